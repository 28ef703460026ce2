//! The tree-shape check: do the trees the parser builds have the shapes `rust.ungram` describes?
//!
//! The typed AST finds a node's parts by kind (and position), so a child the grammar file does
//! not expect is invisible to it: its accessors return `None` without a word. This check reads
//! the table `cargo xtask codegen` generates from the grammar file (`ast/generated/shapes.rs`)
//! and reports, for every node:
//!
//! - a child of a kind its rule does not allow (a `NAME` directly under a `BIN_EXPR`);
//! - a child out of order: one that can only come before an earlier sibling (a `VISIBILITY`
//!   after the `fn` keyword).
//!
//! The children of a node pass when, in order, they are a subsequence of a sequence its rule
//! describes, an enum such as `Expr` standing for every kind it covers. Missing parts are not
//! reported (trees with errors lack parts, and optional parts are often absent). `ERROR` nodes
//! and tokens, and trivia (`WHITESPACE`, `COMMENT`, `BOM`), may be anywhere and are skipped; anything
//! may be inside an `ERROR`; a `TOKEN_TREE` holds any tokens and nested token trees.

use std::fmt;

use rowan::{TextRange, WalkEvent};

use crate::{SyntaxKind, SyntaxNode, ast::shapes::shape};

#[cfg(test)]
mod tests;

/// One part of a rule, as generated: the child kinds it accepts, and the parts that may come
/// after it anywhere in the rule, as a bitset (bit `i` for part `i`; a part under `*` may come
/// after itself).
#[derive(Debug)]
pub(crate) struct Part(pub(crate) &'static [SyntaxKind], pub(crate) u64);

/// What the children of a node may be, as generated.
#[derive(Debug)]
pub(crate) enum Shape {
    /// The parts of the node's rule, in order.
    Parts(&'static [Part]),
    /// Any tokens and nested token trees.
    TokenTree,
    /// Anything (`ERROR`, and kinds that are not nodes).
    Any,
}

/// A child that the rule of its parent does not allow where it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShapeError {
    /// The kind of the parent node.
    pub node: SyntaxKind,
    /// The range of the parent node.
    pub node_range: TextRange,
    /// The kind of the child, node or token.
    pub child: SyntaxKind,
    /// The range of the child.
    pub child_range: TextRange,
    /// What is wrong with it.
    pub problem: ShapeProblem,
}

/// What is wrong with a child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShapeProblem {
    /// The parent's rule has no part of the child's kind.
    NotAllowed,
    /// The parent's rule has parts of the child's kind, but none that may come after the
    /// previous child, of kind `after` (trivia and errors skipped).
    OutOfOrder {
        /// The kind of the previous child.
        after: SyntaxKind,
    },
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ShapeError { node, node_range, child, child_range, problem } = self;
        match problem {
            ShapeProblem::NotAllowed => {
                write!(f, "{child:?}@{child_range:?} may not be a child of {node:?}@{node_range:?}")
            }
            ShapeProblem::OutOfOrder { after } => {
                write!(f, "{child:?}@{child_range:?} may not come after {after:?} in {node:?}@{node_range:?}")
            }
        }
    }
}

/// Whether the grammar file allows a child of kind `child` (anywhere) in a node of kind
/// `parent`. `ERROR` and trivia are allowed everywhere, and anything inside an `ERROR`.
pub fn is_allowed_child(parent: SyntaxKind, child: SyntaxKind) -> bool {
    if child == SyntaxKind::ERROR || child.is_trivia() {
        return true;
    }
    match shape(parent) {
        Shape::Parts(parts) => parts.iter().any(|part| part.0.contains(&child)),
        Shape::TokenTree => !child.is_node() || child == SyntaxKind::TOKEN_TREE,
        Shape::Any => true,
    }
}

/// Checks every node of the tree under `root` (itself included) against the rule of its kind
/// in the grammar file, and returns every child that does not fit, in tree order. See the
/// module's documentation for what fits; the walk is iterative, so any depth is fine.
pub fn check_tree_shape(root: &SyntaxNode) -> Vec<ShapeError> {
    let mut errors = Vec::new();
    for event in root.preorder() {
        if let WalkEvent::Enter(node) = event {
            check_node(&node, &mut errors);
        }
    }
    errors
}

/// Checks the children of one node.
fn check_node(node: &SyntaxNode, errors: &mut Vec<ShapeError>) {
    let mut report = |child: SyntaxKind, child_range: TextRange, problem: ShapeProblem| {
        errors.push(ShapeError { node: node.kind(), node_range: node.text_range(), child, child_range, problem });
    };
    let parts = match shape(node.kind()) {
        Shape::Parts(parts) => parts,
        Shape::TokenTree => {
            for child in node.children() {
                if !matches!(child.kind(), SyntaxKind::TOKEN_TREE | SyntaxKind::ERROR) {
                    report(child.kind(), child.text_range(), ShapeProblem::NotAllowed);
                }
            }
            return;
        }
        Shape::Any => return,
    };
    // The parts the children so far may be (bit `i` for part `i`).
    let mut state = 0u64;
    let mut previous: Option<SyntaxKind> = None;
    for child in node.children_with_tokens() {
        let kind = child.kind();
        if kind == SyntaxKind::ERROR || kind.is_trivia() {
            continue;
        }
        let mut candidates = 0u64;
        // The first child may be any part; a later one, a part after one the previous may be.
        let mut allowed = if previous.is_none() { u64::MAX } else { 0 };
        for (i, part) in parts.iter().enumerate() {
            if part.0.contains(&kind) {
                candidates |= 1 << i;
            }
            if state & (1 << i) != 0 {
                allowed |= part.1;
            }
        }
        if candidates == 0 {
            report(kind, child.text_range(), ShapeProblem::NotAllowed);
            continue;
        }
        state = candidates & allowed;
        if state == 0 {
            if let Some(after) = previous {
                report(kind, child.text_range(), ShapeProblem::OutOfOrder { after });
            }
            // Go on as if the child started the node: one misplaced child is one error.
            state = candidates;
        }
        previous = Some(kind);
    }
}

//! The code of a file that a crate's cfg disables, anywhere in the file: items, fields and
//! variants as `collect_definitions` sees them, and inside bodies, which nothing lowers yet.
//!
//! rustc evaluates `#[cfg]` on every node that it can remove whole, after applying
//! `#[cfg_attr]` (the Reference's "Conditional compilation"): items (nested ones and associated
//! and foreign items included), fields and variants, generic parameters, the parameters of
//! functions, closures and function pointer types, statements (`let`, expression statements and
//! the tail expression of a block), match arms, the fields of struct expressions and struct
//! patterns, and the elements of array and tuple expressions and of call arguments. An
//! expression anywhere else cannot be removed: rustc reports "removing an expression is not
//! supported in this position" and keeps it, and so does [`inactive_code`].
//!
//! Inner attributes count as the attributes of what they are in: a file (`#![cfg(test)]`
//! disables the whole file), an inline module, a trait, an impl, an extern block, a function
//! (its body's inner attributes are the function's, as in rustc), a loop (its body's), and any
//! other block expression.
//!
//! sem's grammar has no attributes on where-clause predicates, so none are evaluated there.

use sem_sources::{CfgOptions, cfg::CfgExpr};
use sem_syntax::{
    SyntaxKind, SyntaxNode, WalkEvent,
    ast::{self, AstNode, HasLoopBody},
};
use text_size::TextRange;

use crate::diagnostics::CfgDiagnosticKind;
use crate::{
    Db,
    expansion::expand_cfg_attrs,
    inputs::{CrateInput, SourceFile},
    items::RawAttr,
    syntax_tree::parse,
};

/// A syntax node that the crate's cfg removes, with everything inside it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct InactiveNode {
    /// The node's kind: `FN`, `LET_STMT`, `EXPR_STMT` (a removed expression statement is listed
    /// with its `;`), `MATCH_ARM`, `PARAM`, `SOURCE_FILE` (a file's `#![cfg]`)…
    pub kind: SyntaxKind,
    /// The node's range in the file, its attributes included.
    pub range: TextRange,
    /// The predicate that does not hold, from a `#[cfg]` or from the `cfg` a `#[cfg_attr]`
    /// stands for; the first one when several do not hold.
    pub predicate: CfgExpr,
}

/// A problem with a `cfg` or `cfg_attr` attribute. The code it is on stays active: rustc
/// reports an error and goes on, and analysis goes on with the code in view.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CfgDiagnostic {
    /// The range of the attribute.
    pub range: TextRange,
    /// What is wrong: an invalid predicate, a malformed attribute, or a `cfg` on something
    /// that rustc cannot remove.
    pub kind: CfgDiagnosticKind,
}

impl CfgDiagnostic {
    /// The message, rendered from the kind.
    pub fn message(&self) -> String {
        crate::diagnostics::DiagnosticKind::message(&self.kind)
    }
}

/// The code of one file that one crate's cfg disables, and the problems with its `cfg`
/// attributes.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct InactiveCode {
    /// The outermost disabled nodes, in text order: they never overlap, and a node inside a
    /// disabled one is not listed.
    pub nodes: Vec<InactiveNode>,
    /// The problems, in text order, outside disabled code only (rustc does not look inside
    /// what it removes).
    pub diagnostics: Vec<CfgDiagnostic>,
}

impl InactiveCode {
    /// Walks the tree under `root` once with the cfg `options`. The walk is iterative, so any
    /// depth of nesting is fine.
    pub fn find(root: &SyntaxNode, options: &CfgOptions) -> InactiveCode {
        let mut finder = Finder { options, found: InactiveCode::default() };
        let mut preorder = root.preorder();
        while let Some(event) = preorder.next() {
            let WalkEvent::Enter(node) = event else { continue };
            if finder.visit(&node) {
                preorder.skip_subtree();
            }
        }
        // A function's inner attributes are looked at with the function, before its
        // parameters: put the problems back in text order.
        finder.found.diagnostics.sort_by_key(|diagnostic| diagnostic.range.start());
        finder.found
    }

    /// The disabled node that `range` lies in, if any.
    pub fn covering(&self, range: TextRange) -> Option<&InactiveNode> {
        // The nodes are disjoint and sorted, so the only candidate is the last one starting at
        // or before `range`.
        let after = self.nodes.partition_point(|node| node.range.start() <= range.start());
        let candidate = self.nodes.get(after.checked_sub(1)?)?;
        candidate.range.contains_range(range).then_some(candidate)
    }

    /// Whether the code at `range` is active: `false` when it lies within one disabled node.
    pub fn is_active(&self, range: TextRange) -> bool {
        self.covering(range).is_none()
    }
}

/// The code of `file` that the cfg of `krate` disables, with the problems of its `cfg` and
/// `cfg_attr` attributes (see the module's documentation for where rustc evaluates them).
///
/// The key is the crate and the file because the cfg belongs to the crate: a file that two
/// crates include (through `#[path]`, say) has a result for each. The key holds no text
/// position (the result does). It reads the crate's data (for its cfg and edition) and the
/// file's [`parse`]. Whether the file is reached at all (a `mod` declaration behind a disabled
/// `cfg`) is the module tree's business, not this query's.
///
/// Salsa attributes, each for a reason:
/// - `returns(ref)`: callers borrow the lists; [`is_active`] searches them in place.
/// - No `no_eq`: the result is compared with the previous one after a re-run, and comparing it
///   costs little next to the walk. The result of a file without disabled code, or after an
///   edit below the last disabled node, is equal, so such edits stop here and readers are
///   spared.
/// - No `lru`: unlike the tree it is computed from, the result is small (a few entries per
///   file), so it stays memoized when the tree is evicted, and asking again does not parse
///   again.
#[salsa::tracked(returns(ref))]
pub fn inactive_code(db: &dyn Db, krate: CrateInput, file: SourceFile) -> InactiveCode {
    let data = krate.data(db);
    let parse = parse(db, file, data.edition);
    InactiveCode::find(&parse.syntax_node(), &data.cfg)
}

/// Whether the code at `range` of `file` is active for `krate`: `false` when it lies within a
/// node that the crate's cfg disables (see [`inactive_code`]).
pub fn is_active(db: &dyn Db, krate: CrateInput, file: SourceFile, range: TextRange) -> bool {
    inactive_code(db, krate, file).is_active(range)
}

/// What happens to a node when one of its `cfg` predicates does not hold.
enum Removal {
    /// This node goes: the node itself, or the statement around an expression statement.
    Removes(SyntaxNode),
    /// Nothing goes: rustc reports an error.
    Unsupported(&'static str),
}

struct Finder<'a> {
    options: &'a CfgOptions,
    found: InactiveCode,
}

impl Finder<'_> {
    /// Evaluates the `cfg` attributes of `node`, if it may have any; returns whether the node is
    /// disabled (so that the walk skips what is inside it).
    fn visit(&mut self, node: &SyntaxNode) -> bool {
        let Some(removal) = removal(node) else { return false };
        let attrs = attributes(node);
        if attrs.is_empty() {
            return false;
        }
        let mut first_cfg: Option<TextRange> = None;
        let mut failed: Option<CfgExpr> = None;
        for attr in &attrs {
            let range = attr.syntax().text_range();
            for predicate in self.cfg_predicates(attr) {
                first_cfg.get_or_insert(range);
                match predicate.eval(self.options) {
                    Some(true) => {}
                    Some(false) => {
                        failed.get_or_insert(predicate);
                    }
                    None => {
                        let reason = predicate.invalid_reason().unwrap_or("invalid predicate").to_owned();
                        self.diagnostic(range, CfgDiagnosticKind::InvalidCfgPredicate { reason });
                    }
                }
            }
        }
        match removal {
            Removal::Removes(removed) => match failed {
                Some(predicate) => {
                    let node = InactiveNode { kind: removed.kind(), range: removed.text_range(), predicate };
                    self.found.nodes.push(node);
                    true
                }
                None => false,
            },
            Removal::Unsupported(what) => {
                if let Some(range) = first_cfg {
                    self.diagnostic(range, CfgDiagnosticKind::UnsupportedPosition { what });
                }
                false
            }
        }
    }

    /// The predicates of `attr` if it is a `cfg`, or of the `cfg`s it stands for if it is a
    /// `cfg_attr` (applied with the crate's cfg, nested ones and several attributes included);
    /// nothing for other attributes. A malformed attribute is reported and gives no predicate.
    fn cfg_predicates(&mut self, attr: &ast::Attr) -> Vec<CfgExpr> {
        let Some(raw) = cfg_or_cfg_attr(attr) else { return Vec::new() };
        if crate::expansion::is_test_harness_item(std::slice::from_ref(&raw)) {
            return vec![CfgExpr::Atom(sem_sources::CfgAtom::Flag("test".into()))];
        }
        let range = attr.syntax().text_range();
        let mut problems = Vec::new();
        let expanded = if raw.is_named("cfg_attr") {
            expand_cfg_attrs(self.options, &[raw], |problem| problems.push(problem))
        } else {
            vec![raw]
        };
        let mut predicates = Vec::new();
        for cfg in expanded.iter().filter(|attr| attr.is_named("cfg")) {
            match crate::expansion::group_tokens(cfg) {
                Some(tokens) => predicates.push(CfgExpr::parse(tokens)),
                None => problems.push(CfgDiagnosticKind::MalformedCfg),
            }
        }
        for problem in problems {
            self.diagnostic(range, problem);
        }
        predicates
    }

    fn diagnostic(&mut self, range: TextRange, kind: CfgDiagnosticKind) {
        self.found.diagnostics.push(CfgDiagnostic { range, kind });
    }
}

/// What a false `cfg` on `node` removes, or `None` for nodes that cannot have attributes of
/// their own (their attributes, if any, are stray ones the parser reported).
fn removal(node: &SyntaxNode) -> Option<Removal> {
    use SyntaxKind::*;
    let kind = node.kind();
    let removes = || Some(Removal::Removes(node.clone()));
    match kind {
        SOURCE_FILE | LET_STMT | PARAM | SELF_PARAM | LIFETIME_PARAM | TYPE_PARAM | CONST_PARAM | RECORD_FIELD
        | TUPLE_FIELD | VARIANT | MATCH_ARM | RECORD_EXPR_FIELD | RECORD_PAT_FIELD => removes(),
        _ if ast::Item::can_cast(kind) => {
            // A macro call is an item in item lists and statements only (a macro expansion's
            // among them); in an expression, pattern or type the attributes are on the node
            // around it.
            let in_item_list = node.parent().is_some_and(|parent| holds_items(parent.kind()));
            in_item_list.then(|| Removal::Removes(node.clone()))
        }
        _ if ast::Expr::can_cast(kind) => {
            let parent = node.parent()?;
            match parent.kind() {
                EXPR_STMT => Some(Removal::Removes(parent)),
                // The tail expression of a block (or of statements a macro expands to), a
                // statement to rustc.
                STMT_LIST | MACRO_STMTS | ARG_LIST | TUPLE_EXPR => removes(),
                ARRAY_EXPR if ast::ArrayExpr::cast(parent).is_some_and(|array| array.semicolon_token().is_none()) => {
                    removes()
                }
                _ => Some(Removal::Unsupported("an expression is not supported in this position")),
            }
        }
        _ if ast::Pat::can_cast(kind) => Some(Removal::Unsupported("a pattern is not supported")),
        _ => None,
    }
}

/// Whether nodes of `kind` hold items: a file, the braced list of a module, trait, impl or
/// extern block, statements, or the items or statements of a macro expansion.
fn holds_items(kind: SyntaxKind) -> bool {
    use SyntaxKind::*;
    matches!(kind, SOURCE_FILE | ITEM_LIST | ASSOC_ITEM_LIST | EXTERN_ITEM_LIST | STMT_LIST | MACRO_ITEMS | MACRO_STMTS)
}

/// The attributes that apply to `node`: its outer attributes, then the inner attributes of the
/// body that belongs to it.
fn attributes(node: &SyntaxNode) -> Vec<ast::Attr> {
    let outer = node
        .children()
        .take_while(|child| child.kind() == SyntaxKind::ATTR)
        .filter_map(ast::Attr::cast)
        .filter(|attr| attr.bang_token().is_none());
    let inner = inner_attribute_holder(node)
        .into_iter()
        .flat_map(|holder| holder.children().filter_map(ast::Attr::cast))
        .filter(|attr| attr.bang_token().is_some());
    outer.chain(inner).collect()
}

/// The node holding the inner attributes that belong to `node`: the file itself, the braced
/// list of a module, trait, impl or extern block, or the statement list of a function's body, a
/// loop's body or a block expression that is neither.
fn inner_attribute_holder(node: &SyntaxNode) -> Option<SyntaxNode> {
    use SyntaxKind::*;
    let statements = |block: Option<ast::BlockExpr>| block?.stmt_list().map(|list| list.syntax().clone());
    match node.kind() {
        SOURCE_FILE => Some(node.clone()),
        MODULE | TRAIT | IMPL | EXTERN_BLOCK => {
            node.children().find(|child| matches!(child.kind(), ITEM_LIST | ASSOC_ITEM_LIST | EXTERN_ITEM_LIST))
        }
        FN => statements(ast::Fn::cast(node.clone())?.body()),
        LOOP_EXPR => statements(ast::LoopExpr::cast(node.clone())?.loop_body()),
        WHILE_EXPR => statements(ast::WhileExpr::cast(node.clone())?.loop_body()),
        FOR_EXPR => statements(ast::ForExpr::cast(node.clone())?.loop_body()),
        BLOCK_EXPR if !is_body_of_parent(node) => statements(ast::BlockExpr::cast(node.clone())),
        _ => None,
    }
}

/// Whether the block expression `block` is the body of a function or of a loop, whose inner
/// attributes are the function's or the loop's.
fn is_body_of_parent(block: &SyntaxNode) -> bool {
    let Some(parent) = block.parent() else { return false };
    let body = match parent.kind() {
        SyntaxKind::FN => ast::Fn::cast(parent).and_then(|function| function.body()),
        SyntaxKind::LOOP_EXPR => ast::LoopExpr::cast(parent).and_then(|it| it.loop_body()),
        SyntaxKind::WHILE_EXPR => ast::WhileExpr::cast(parent).and_then(|it| it.loop_body()),
        SyntaxKind::FOR_EXPR => ast::ForExpr::cast(parent).and_then(|it| it.loop_body()),
        _ => None,
    };
    body.is_some_and(|body| body.syntax() == block)
}

/// `attr` as a [`RawAttr`] if its path is `cfg` or `cfg_attr` (the forms that
/// [`expand_cfg_attrs`] reads), or `test` or `bench` (which stand for `cfg(test)`: see
/// [`crate::expansion::is_test_harness_item`]), else `None`.
fn cfg_or_cfg_attr(attr: &ast::Attr) -> Option<RawAttr> {
    crate::items::lower_attr(attr).filter(|raw| {
        raw.is_named("cfg")
            || raw.is_named("cfg_attr")
            || crate::expansion::is_test_harness_item(std::slice::from_ref(raw))
    })
}

#[cfg(test)]
mod tests;

//! Green trees of any depth, held, compared and released without recursion.
//!
//! rowan releases a green node by releasing its children, and compares two nodes by comparing
//! their children, both recursively: a tree as deep as a chain of 100,000 `+` (which the parser
//! builds without recursing) would overflow the stack. Trees deeper than [`DEEP_TREE`] are
//! compared and taken apart here with explicit stacks instead; shallower ones (all real code)
//! keep rowan's own, faster, recursion.

use rowan::{GreenNode, GreenNodeData, NodeOrToken};

use crate::{SyntaxKind, SyntaxNode};

/// Trees deeper than this are compared and released iteratively.
pub(crate) const DEEP_TREE: u32 = 1_000;

/// Whether the tree under `node` is deeper than 1,000 levels: a walk that stops as soon as it
/// finds out.
pub fn is_deep(node: &GreenNodeData) -> bool {
    let mut stack: Vec<(&GreenNodeData, u32)> = vec![(node, 1)];
    while let Some((node, depth)) = stack.pop() {
        if depth > DEEP_TREE {
            return true;
        }
        for child in node.children() {
            if let NodeOrToken::Node(child) = child {
                stack.push((child, depth + 1));
            }
        }
    }
    false
}

/// Releases `green` top-down: every node is first held in a list, then the root and the list
/// are released in order, so that no node is the last owner of a child when it is freed. Nodes
/// shared by several parents are listed once per parent, which the text's length bounds.
pub(crate) fn release_iteratively(green: GreenNode) {
    let mut nodes: Vec<GreenNode> = Vec::new();
    let mut stack: Vec<GreenNode> = vec![green];
    while let Some(node) = stack.pop() {
        for child in node.children() {
            if let NodeOrToken::Node(child) = child {
                stack.push(child.to_owned());
            }
        }
        nodes.push(node);
    }
    // `nodes` is in pre-order: a node comes before its children, which are still held.
    for node in nodes {
        drop(node);
    }
}

/// Whether two trees are equal (kinds, texts, shapes), without recursion; a shared node is
/// equal to itself without a look inside.
pub fn green_eq_iterative(a: &GreenNodeData, b: &GreenNodeData) -> bool {
    let mut stack: Vec<(&GreenNodeData, &GreenNodeData)> = vec![(a, b)];
    while let Some((a, b)) = stack.pop() {
        if std::ptr::eq(a, b) {
            continue;
        }
        if a.kind() != b.kind() || a.text_len() != b.text_len() || a.children().len() != b.children().len() {
            return false;
        }
        for (a, b) in a.children().zip(b.children()) {
            match (a, b) {
                (NodeOrToken::Node(a), NodeOrToken::Node(b)) => stack.push((a, b)),
                (NodeOrToken::Token(a), NodeOrToken::Token(b)) if a == b => {}
                _ => return false,
            }
        }
    }
    true
}

/// A green tree that can be held in a query result, compared and dropped whatever its depth:
/// one item's tree cut out of its file's, for example.
#[derive(Clone)]
pub struct GreenTree {
    green: GreenNode,
    deep: bool,
}

impl GreenTree {
    /// Holds `green`, finding out once whether it is deep.
    pub fn new(green: GreenNode) -> GreenTree {
        let deep = is_deep(&green);
        GreenTree { green, deep }
    }

    /// The tree.
    pub fn green(&self) -> &GreenNode {
        &self.green
    }

    /// A syntax tree over it, whose offsets start at zero.
    pub fn syntax_node(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }
}

impl PartialEq for GreenTree {
    fn eq(&self, other: &GreenTree) -> bool {
        if self.deep || other.deep {
            return green_eq_iterative(&self.green, &other.green);
        }
        self.green == other.green
    }
}

impl Eq for GreenTree {}

impl std::fmt::Debug for GreenTree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GreenTree")
            .field("kind", &SyntaxKind::from_raw(self.green.kind().0))
            .field("deep", &self.deep)
            .finish()
    }
}

impl Drop for GreenTree {
    fn drop(&mut self) {
        if self.deep {
            let placeholder = GreenNode::new(SyntaxKind::ERROR.into(), std::iter::empty());
            release_iteratively(std::mem::replace(&mut self.green, placeholder));
        }
    }
}

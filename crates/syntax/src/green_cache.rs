//! Building green trees through a cache of tokens and small nodes that many trees can share.
//!
//! rowan comes with such a builder and cache, but its cache recomputes the hash of a node from
//! the node's whole subtree whenever its table grows, which is quadratic (and deeply recursive)
//! on the long left-leaning chains real code has (`a.b().c().d()…`, `x + y + z …`). This cache
//! stores each entry's hash next to it, so growing the table never walks a tree.
//!
//! A node is shared when it has at most three children, all of them shared (leaves first: all
//! tokens are shared). Sharing is by identity of the children, so checking an entry is cheap.

use std::hash::{Hash, Hasher};

use hashbrown::HashTable;
use rowan::{GreenNode, GreenToken, NodeOrToken};
use rustc_hash::FxHasher;

use crate::SyntaxKind;

type GreenElement = NodeOrToken<GreenNode, GreenToken>;

/// Interned tokens and small nodes. Parses that share one store identical pieces once.
#[derive(Default)]
pub struct NodeCache {
    nodes: HashTable<(u64, GreenNode)>,
    tokens: HashTable<(u64, GreenToken)>,
}

impl std::fmt::Debug for NodeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeCache").field("nodes", &self.nodes.len()).field("tokens", &self.tokens.len()).finish()
    }
}

impl NodeCache {
    /// An empty cache.
    pub fn new() -> NodeCache {
        NodeCache::default()
    }

    /// How many distinct small nodes the cache holds.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// How many distinct tokens the cache holds.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    fn token(&mut self, kind: SyntaxKind, text: &str) -> (u64, GreenToken) {
        let hash = {
            let mut hasher = FxHasher::default();
            kind.hash(&mut hasher);
            text.hash(&mut hasher);
            // Zero means "not shared"; a real hash of zero is nudged.
            hasher.finish().max(1)
        };
        let raw = kind.into();
        let entry = self.tokens.entry(
            hash,
            |(entry_hash, token)| *entry_hash == hash && token.kind() == raw && token.text() == text,
            |(entry_hash, _)| *entry_hash,
        );
        let token = entry.or_insert_with(|| (hash, GreenToken::new(raw, text))).get().1.clone();
        (hash, token)
    }

    fn node(&mut self, kind: SyntaxKind, children: &mut Vec<(u64, GreenElement)>, first: usize) -> (u64, GreenNode) {
        let raw = kind.into();
        let own = &children[first..];
        let shareable = own.len() <= 3 && own.iter().all(|(hash, _)| *hash != 0);
        if !shareable {
            let node = GreenNode::new(raw, children.drain(first..).map(|(_, child)| child));
            return (0, node);
        }
        let hash = {
            let mut hasher = FxHasher::default();
            kind.hash(&mut hasher);
            for (child_hash, _) in own {
                child_hash.hash(&mut hasher);
            }
            hasher.finish().max(1)
        };
        let same = |node: &GreenNode| {
            node.kind() == raw
                && node.children().len() == own.len()
                && node.children().zip(own).all(|(old, (_, new))| match (old, new) {
                    (NodeOrToken::Node(old), NodeOrToken::Node(new)) => std::ptr::eq(old, &**new),
                    (NodeOrToken::Token(old), NodeOrToken::Token(new)) => std::ptr::eq(old, &**new),
                    _ => false,
                })
        };
        if let Some((_, node)) = self.nodes.find(hash, |(entry_hash, node)| *entry_hash == hash && same(node)) {
            let node = node.clone();
            children.truncate(first);
            return (hash, node);
        }
        let node = GreenNode::new(raw, children.drain(first..).map(|(_, child)| child));
        self.nodes.insert_unique(hash, (hash, node.clone()), |(entry_hash, _)| *entry_hash);
        (hash, node)
    }
}

/// Builds one green tree, bottom-up, through a [`NodeCache`].
pub(crate) struct GreenBuilder<'c> {
    cache: &'c mut NodeCache,
    /// The open nodes: kind and index of the first child in `children`.
    parents: Vec<(SyntaxKind, usize)>,
    children: Vec<(u64, GreenElement)>,
}

impl<'c> GreenBuilder<'c> {
    pub(crate) fn new(cache: &'c mut NodeCache) -> GreenBuilder<'c> {
        GreenBuilder { cache, parents: Vec::new(), children: Vec::new() }
    }

    pub(crate) fn start_node(&mut self, kind: SyntaxKind) {
        self.parents.push((kind, self.children.len()));
    }

    pub(crate) fn finish_node(&mut self) {
        let (kind, first) = self.parents.pop().expect("finish_node matches a start_node");
        let (hash, node) = self.cache.node(kind, &mut self.children, first);
        self.children.push((hash, NodeOrToken::Node(node)));
    }

    pub(crate) fn token(&mut self, kind: SyntaxKind, text: &str) {
        let (hash, token) = self.cache.token(kind, text);
        self.children.push((hash, NodeOrToken::Token(token)));
    }

    /// The root, once every node is finished.
    pub(crate) fn finish(mut self) -> GreenNode {
        assert!(self.parents.is_empty() && self.children.len() == 1, "a tree has exactly one root");
        match self.children.pop() {
            Some((_, NodeOrToken::Node(node))) => node,
            _ => unreachable!("the root is a node"),
        }
    }
}

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
///
/// Most tokens are punctuation, keywords or indentation, so two tables indexed directly serve
/// them before the hash table: one slot per token kind for kinds that always have the same text,
/// and one slot per run of spaces, with or without a newline before it.
pub struct NodeCache {
    nodes: HashTable<(u64, GreenNode)>,
    tokens: HashTable<(u64, GreenToken)>,
    /// Tokens of kinds with a fixed text, by kind.
    fixed: Box<[Option<(u64, GreenToken)>]>,
    /// Whitespace tokens made of spaces only (`WHITESPACE_RUNS` slots, by length) and of a
    /// newline and spaces (the next `WHITESPACE_RUNS` slots, by length of the spaces).
    whitespace: Box<[Option<(u64, GreenToken)>]>,
}

/// How many hashed tokens [`NodeCache::clear_unbounded`] keeps for the trees to come.
const KEPT_TOKENS: usize = 1 << 16;

/// The longest run of spaces [`NodeCache::whitespace`] keeps a slot for, plus one.
const WHITESPACE_RUNS: usize = 64;

impl Default for NodeCache {
    fn default() -> NodeCache {
        NodeCache {
            nodes: HashTable::new(),
            tokens: HashTable::new(),
            fixed: vec![None; usize::from(u8::MAX) + 1].into_boxed_slice(),
            whitespace: vec![None; 2 * WHITESPACE_RUNS].into_boxed_slice(),
        }
    }
}

impl NodeCache {
    /// Forgets the nodes shared through the hash table, keeping its capacity, and the hashed
    /// tokens once there are more than [`KEPT_TOKENS`]; the fixed-text and whitespace slots stay
    /// (a bounded number of tokens): a cache reused for many small trees then holds on to no
    /// tree's nodes and to a bounded number of tokens.
    pub(crate) fn clear_unbounded(&mut self) {
        self.release_nodes();
        // Tokens hold no tree: they are kept for the next trees (identifiers recur across
        // expansions) while there are few enough of them.
        if self.tokens.len() > KEPT_TOKENS {
            self.tokens.clear();
        }
    }
}

impl NodeCache {
    /// Empties the node table. A shared node's children are shared too, so a chain of shared
    /// nodes (`x.0.0.0…`, 100,000 deep) may be held by nothing but the table: released in the
    /// table's order, a node could be the last owner of the whole chain below it, and rowan
    /// releases that recursively. A big table is released longest text first instead, so that
    /// every node goes before its children (a child's text is part of its parent's), each of
    /// which the table still holds.
    fn release_nodes(&mut self) {
        if self.nodes.len() <= crate::deep_tree::DEEP_TREE as usize {
            self.nodes.clear();
            return;
        }
        let mut nodes: Vec<GreenNode> = self.nodes.drain().map(|(_, node)| node).collect();
        nodes.sort_unstable_by_key(|node| std::cmp::Reverse(node.text_len()));
        for node in nodes {
            drop(node);
        }
    }
}

impl Drop for NodeCache {
    fn drop(&mut self) {
        self.release_nodes();
    }
}

/// The hash a token is shared under. Zero means "not shared", so a real hash of zero is nudged.
fn token_hash(kind: SyntaxKind, text: &str) -> u64 {
    let mut hasher = FxHasher::default();
    kind.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish().max(1)
}

/// The slot of [`NodeCache::whitespace`] for `text`, if it has one.
#[inline]
fn whitespace_slot(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (base, spaces) = match bytes.split_first() {
        Some((b'\n', rest)) => (WHITESPACE_RUNS, rest),
        _ => (0, bytes),
    };
    (spaces.len() < WHITESPACE_RUNS && spaces.iter().all(|&b| b == b' ')).then(|| base + spaces.len())
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

    /// An empty cache with room for the distinct pieces of a text of `tokens` lexed tokens: one
    /// entry in eight for each table. Measured over 6,000 files of the corpus, 0.077 hashed tokens
    /// and 0.128 small nodes per lexed token go into the tables of a file's cache.
    pub fn with_capacity_for_tokens(tokens: usize) -> NodeCache {
        let mut cache = NodeCache::default();
        cache.nodes.reserve(tokens / 8, |(hash, _)| *hash);
        cache.tokens.reserve(tokens / 8, |(hash, _)| *hash);
        cache
    }

    /// How many distinct small nodes the cache holds.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// How many distinct tokens the cache holds.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    fn token(&mut self, kind: SyntaxKind, text: &str) -> (u64, GreenToken) {
        // Token kinds are below 256 (the parser's `TokenSet` relies on it too).
        let fixed_slot = kind as usize;
        if let Some(Some((hash, token))) = self.fixed.get(fixed_slot)
            && token.text() == text
        {
            return (*hash, token.clone());
        }
        if kind == SyntaxKind::WHITESPACE
            && let Some(slot) = whitespace_slot(text)
        {
            let (hash, token) = self.whitespace[slot]
                .get_or_insert_with(|| (token_hash(kind, text), GreenToken::new(kind.into(), text)));
            return (*hash, token.clone());
        }
        let (hash, token) = self.hashed_token(kind, text);
        if kind.text() == Some(text)
            && let Some(slot) = self.fixed.get_mut(fixed_slot)
        {
            *slot = Some((hash, token.clone()));
        }
        (hash, token)
    }

    fn hashed_token(&mut self, kind: SyntaxKind, text: &str) -> (u64, GreenToken) {
        let hash = token_hash(kind, text);
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

#[cfg(test)]
mod tests {
    use rowan::{GreenToken, NodeOrToken};

    use super::{WHITESPACE_RUNS, whitespace_slot};
    use crate::{Edition, SyntaxKind, parse_source_file};

    /// Every token of the tree of `text`.
    fn tokens(text: &str) -> Vec<GreenToken> {
        let parse = parse_source_file(text, Edition::LATEST);
        let mut tokens = Vec::new();
        let mut stack = vec![parse.green().clone()];
        while let Some(node) = stack.pop() {
            for child in node.children() {
                match child {
                    NodeOrToken::Node(node) => stack.push(node.to_owned()),
                    NodeOrToken::Token(token) => tokens.push(token.to_owned()),
                }
            }
        }
        tokens
    }

    #[test]
    fn fixed_text_tokens_and_indentation_are_stored_once_per_tree() {
        let text = "fn a() {\n    x;\n}\nfn b() {\n    y;\n}\n";
        let tokens = tokens(text);
        let same = |kind: SyntaxKind, text: &str| {
            let found: Vec<&GreenToken> =
                tokens.iter().filter(|it| it.kind() == kind.into() && it.text() == text).collect();
            assert!(found.len() >= 2, "{kind:?} {text:?} occurs twice");
            found.windows(2).all(|pair| std::ptr::eq(&**pair[0], &**pair[1]))
        };
        assert!(same(SyntaxKind::FN_KW, "fn"));
        assert!(same(SyntaxKind::SEMICOLON, ";"));
        assert!(same(SyntaxKind::WHITESPACE, "\n    "));
        assert!(same(SyntaxKind::WHITESPACE, "\n"));
    }

    #[test]
    fn whitespace_slots_cover_runs_of_spaces_after_an_optional_newline() {
        assert_eq!(whitespace_slot(""), Some(0));
        assert_eq!(whitespace_slot("   "), Some(3));
        assert_eq!(whitespace_slot("\n"), Some(WHITESPACE_RUNS));
        assert_eq!(whitespace_slot("\n  "), Some(WHITESPACE_RUNS + 2));
        assert_eq!(whitespace_slot("\t"), None);
        assert_eq!(whitespace_slot("\n\n"), None);
        assert_eq!(whitespace_slot(" \n"), None);
        assert_eq!(whitespace_slot(&" ".repeat(WHITESPACE_RUNS)), None);
    }
}

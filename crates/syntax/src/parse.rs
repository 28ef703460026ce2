//! Parsing text into trees: [`Parse`], the entry points, and the text dump used by snapshots.

use std::{fmt::Write as _, marker::PhantomData, sync::Arc};

use rowan::{GreenNode, WalkEvent};
use text_size::TextSize;

use crate::{
    Edition, LexedStr, SyntaxError, SyntaxKind, SyntaxNode,
    ast::{self, AstNode},
    build_tree::build_tree,
    deep_tree::{DEEP_TREE, release_iteratively},
    grammar::TopEntryPoint,
    green_cache::NodeCache,
    parser::Input,
};

/// The result of parsing: a tree and the errors found on the way. Parsing never fails; a tree
/// with errors is still a tree, and its text is the input.
///
/// `T` is the typed AST node of the root (such as [`ast::SourceFile`]), or [`SyntaxNode`].
pub struct Parse<T = SyntaxNode> {
    green: GreenNode,
    errors: Arc<[SyntaxError]>,
    depth: u32,
    /// An upper bound of the deepest nesting of grammar rules in the parse (see
    /// [`crate::NESTING_LIMIT`]); incremental reparsing needs it to know that a piece parsed alone
    /// nests no deeper than the limit in its place.
    nesting: u32,
    _ty: PhantomData<fn() -> T>,
}

impl<T> Clone for Parse<T> {
    fn clone(&self) -> Parse<T> {
        Parse {
            green: self.green.clone(),
            errors: self.errors.clone(),
            depth: self.depth,
            nesting: self.nesting,
            _ty: PhantomData,
        }
    }
}

impl<T> PartialEq for Parse<T> {
    fn eq(&self, other: &Parse<T>) -> bool {
        self.green == other.green && self.errors == other.errors
    }
}

impl<T> Eq for Parse<T> {}

impl<T> std::fmt::Debug for Parse<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parse").field("green", &self.green).field("errors", &self.errors).finish()
    }
}

#[cfg(test)]
mod tests;

impl<T> Drop for Parse<T> {
    /// Dropping a green tree is recursive (each node releases its children), so a deep tree
    /// (say, a chain of 100,000 `+`, which the parser builds without recursion) would overflow
    /// the stack: a deep tree is taken apart top-down instead.
    fn drop(&mut self) {
        if self.depth <= DEEP_TREE {
            return;
        }
        let placeholder = rowan::GreenNode::new(SyntaxKind::ERROR.into(), std::iter::empty());
        release_iteratively(std::mem::replace(&mut self.green, placeholder));
    }
}

impl<T> Parse<T> {
    pub(crate) fn new(green: GreenNode, errors: Vec<SyntaxError>, depth: u32, nesting: u32) -> Parse<T> {
        Parse { green, errors: errors.into(), depth, nesting, _ty: PhantomData }
    }

    /// An upper bound of the deepest nesting of grammar rules in the parse.
    pub(crate) fn nesting(&self) -> u32 {
        self.nesting
    }

    /// The green tree: immutable, shareable, without positions.
    pub fn green(&self) -> &GreenNode {
        &self.green
    }

    /// The root of the tree, as an untyped node.
    pub fn syntax_node(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }

    /// The lexer's and the parser's errors, ordered by position.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// How deep the tree is (the root alone has depth 1).
    pub fn depth(&self) -> u32 {
        self.depth
    }

    /// The same parse with an untyped root.
    pub fn to_syntax(&self) -> Parse<SyntaxNode> {
        Parse {
            green: self.green.clone(),
            errors: self.errors.clone(),
            depth: self.depth,
            nesting: self.nesting,
            _ty: PhantomData,
        }
    }
}

impl<T: AstNode> Parse<T> {
    /// The root of the tree, typed.
    pub fn tree(&self) -> T {
        T::cast(self.syntax_node()).expect("the root of a parse has the kind of its entry point")
    }
}

/// Parses the text of a source file (a shebang line and a frontmatter block are allowed).
pub fn parse_source_file(text: &str, edition: Edition) -> Parse<ast::SourceFile> {
    let lexed = LexedStr::new(text, edition);
    // Sized once for the file, so its tables never grow while the tree is built.
    let mut cache = NodeCache::with_capacity_for_tokens(lexed.len());
    parse_lexed(&lexed, TopEntryPoint::SourceFile, &mut cache)
}

/// Parses the text of a source file without building its function bodies and signatures
/// ([`TopEntryPoint::SourceFileWithoutBodies`]): the items, their names and attributes as
/// [`parse_source_file`] gives them, with the same ranges, for readers that need no body (a
/// summary of the items), each body or signature folded into one `SKIPPED_TOKENS` token. All is
/// parsed all the same, so the errors are exactly [`parse_source_file`]'s.
pub fn parse_source_file_without_bodies(text: &str, edition: Edition) -> Parse<ast::SourceFile> {
    let lexed = LexedStr::new(text, edition);
    let mut cache = NodeCache::with_capacity_for_tokens(lexed.len());
    parse_lexed(&lexed, TopEntryPoint::SourceFileWithoutBodies, &mut cache)
}

/// Parses the text of a source file, storing tokens and small nodes in `cache`: parses that share
/// a cache share identical subtrees, which is how many files take less memory than their sum.
pub fn parse_source_file_with_cache(text: &str, edition: Edition, cache: &mut NodeCache) -> Parse<ast::SourceFile> {
    let lexed = LexedStr::new(text, edition);
    parse_lexed(&lexed, TopEntryPoint::SourceFile, cache)
}

/// Parses a fragment of Rust, such as a macro argument, as a whole `entry`: what the entry does
/// not consume is an error, inside the tree.
pub fn parse_fragment(text: &str, edition: Edition, entry: TopEntryPoint) -> Parse<SyntaxNode> {
    let lexed = LexedStr::new_fragment(text, edition);
    parse_lexed(&lexed, entry, &mut NodeCache::default())
}

fn parse_lexed<T>(lexed: &LexedStr<'_>, entry: TopEntryPoint, cache: &mut NodeCache) -> Parse<T> {
    let input = Input::from_lexed(lexed);
    let output = entry.parse(&input, lexed.edition());
    let built = build_tree(lexed, &output, cache);
    Parse::new(built.green, built.errors, built.depth, built.nesting)
}

/// The tree as indented text, one node or token per line, followed by the errors: the format of
/// the parser's snapshot tests and of `sem parse`.
///
/// ```text
/// SOURCE_FILE@0..9
///   FN@0..9
///     FN_KW@0..2 "fn"
/// ```
pub fn debug_dump(node: &SyntaxNode, errors: &[SyntaxError]) -> String {
    let mut out = String::new();
    let mut indent = 0usize;
    for event in node.preorder_with_tokens() {
        match event {
            WalkEvent::Enter(element) => {
                out.extend(std::iter::repeat_n("  ", indent));
                match element {
                    rowan::NodeOrToken::Node(node) => {
                        let _ = writeln!(out, "{:?}@{:?}", node.kind(), node.text_range());
                        indent += 1;
                    }
                    rowan::NodeOrToken::Token(token) => {
                        let _ = writeln!(out, "{:?}@{:?} {:?}", token.kind(), token.text_range(), token.text());
                    }
                }
            }
            WalkEvent::Leave(rowan::NodeOrToken::Node(_)) => indent -= 1,
            WalkEvent::Leave(rowan::NodeOrToken::Token(_)) => {}
        }
    }
    for error in errors {
        let _ = writeln!(out, "error {:?}: {}", error.range(), error.message());
    }
    out
}

/// Checks the invariants every tree must keep, whatever the input: its text is `text`; the
/// children of a node tile its range in order; tokens are never empty, except that nodes may be
/// empty; and no node has a token kind or a token a node kind.
pub fn check_tree_invariants(root: &SyntaxNode, text: &str) -> Result<(), String> {
    if root.text() != text {
        return Err("the text of the tree is not the input".to_owned());
    }
    if root.text_range().start() != TextSize::from(0) {
        return Err("the root does not start at 0".to_owned());
    }
    for event in root.preorder_with_tokens() {
        let WalkEvent::Enter(element) = event else { continue };
        match element {
            rowan::NodeOrToken::Node(node) => {
                if !node.kind().is_node() {
                    return Err(format!("node {:?}@{:?} has a token kind", node.kind(), node.text_range()));
                }
                let mut offset = node.text_range().start();
                for child in node.children_with_tokens() {
                    if child.text_range().start() != offset {
                        return Err(format!(
                            "child {:?}@{:?} does not start where its previous sibling ends",
                            child.kind(),
                            child.text_range()
                        ));
                    }
                    offset = child.text_range().end();
                }
                if offset != node.text_range().end() {
                    return Err(format!(
                        "the children of {:?}@{:?} do not reach its end",
                        node.kind(),
                        node.text_range()
                    ));
                }
            }
            rowan::NodeOrToken::Token(token) => {
                if token.kind().is_node() && token.kind() != SyntaxKind::ERROR {
                    return Err(format!("token {:?}@{:?} has a node kind", token.kind(), token.text_range()));
                }
                if token.text().is_empty() {
                    return Err(format!("token {:?}@{:?} is empty", token.kind(), token.text_range()));
                }
            }
        }
    }
    Ok(())
}

impl SyntaxKind {
    /// Whether this is the kind of a syntax tree node (`ERROR` can be both).
    pub fn is_node(self) -> bool {
        self == SyntaxKind::ERROR || self > SyntaxKind::YEET_KW
    }
}

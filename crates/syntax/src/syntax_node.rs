//! Syntax trees: rowan's red-green trees over [`SyntaxKind`], and syntax errors.
//!
//! The green tree is immutable and shared: identical tokens and small nodes are stored once
//! (across files too, when the parses share a [`NodeCache`](rowan::NodeCache)). The red tree
//! ([`SyntaxNode`]) is built on demand on top of it and knows parents and offsets.

use std::fmt;

use text_size::TextRange;

use crate::SyntaxKind;

/// The rowan language of Rust syntax trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RustLanguage {}

impl rowan::Language for RustLanguage {
    type Kind = SyntaxKind;

    fn kind_from_raw(raw: rowan::SyntaxKind) -> SyntaxKind {
        SyntaxKind::from_raw(raw.0).unwrap_or(SyntaxKind::ERROR)
    }

    fn kind_to_raw(kind: SyntaxKind) -> rowan::SyntaxKind {
        rowan::SyntaxKind(kind.into_raw())
    }
}

impl From<SyntaxKind> for rowan::SyntaxKind {
    fn from(kind: SyntaxKind) -> rowan::SyntaxKind {
        rowan::SyntaxKind(kind.into_raw())
    }
}

/// A node of a syntax tree, with its parent and its position in the text.
pub type SyntaxNode = rowan::SyntaxNode<RustLanguage>;
/// A token of a syntax tree: a leaf, with its text.
pub type SyntaxToken = rowan::SyntaxToken<RustLanguage>;
/// A node or a token.
pub type SyntaxElement = rowan::NodeOrToken<SyntaxNode, SyntaxToken>;
/// The children of a node that are nodes.
pub type SyntaxNodeChildren = rowan::SyntaxNodeChildren<RustLanguage>;
/// The children of a node, nodes and tokens.
pub type SyntaxElementChildren = rowan::SyntaxElementChildren<RustLanguage>;

/// A syntax error: a message and the range of text it is about (possibly empty).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    message: Box<str>,
    range: TextRange,
}

impl SyntaxError {
    /// An error with this message about this range.
    pub fn new(message: impl Into<Box<str>>, range: TextRange) -> SyntaxError {
        SyntaxError { message: message.into(), range }
    }

    /// What is wrong, as a sentence fragment: "expected `;`".
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where it is wrong.
    pub fn range(&self) -> TextRange {
        self.range
    }

    /// The same error about another range (for errors of a reparsed piece of text).
    pub fn with_range(self, range: TextRange) -> SyntaxError {
        SyntaxError { range, ..self }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.range, self.message)
    }
}

//! The typed AST: a typed view over the untyped syntax tree.
//!
//! Every AST type wraps a [`SyntaxNode`] of one kind (or one of a few kinds, for enums such as
//! `Expr`) and has accessors for its parts. The types are generated from the grammar file
//! (`crates/syntax/rust.ungram`) by `cargo xtask codegen`; this module holds the traits and
//! helpers they share. Accessors return `Option`s: a tree with errors may lack any part.

#![allow(dead_code)] // Until the generated nodes use every helper.

mod generated;

pub use self::generated::*;
use crate::{SyntaxKind, SyntaxNode, SyntaxNodeChildren, SyntaxToken};

/// A typed view of a syntax node.
pub trait AstNode {
    /// Whether nodes of this kind can be viewed as `Self`.
    fn can_cast(kind: SyntaxKind) -> bool
    where
        Self: Sized;

    /// The node viewed as `Self`, if its kind allows.
    fn cast(syntax: SyntaxNode) -> Option<Self>
    where
        Self: Sized;

    /// The untyped node.
    fn syntax(&self) -> &SyntaxNode;
}

/// A typed view of a syntax token.
pub trait AstToken {
    /// Whether tokens of this kind can be viewed as `Self`.
    fn can_cast(kind: SyntaxKind) -> bool
    where
        Self: Sized;

    /// The token viewed as `Self`, if its kind allows.
    fn cast(syntax: SyntaxToken) -> Option<Self>
    where
        Self: Sized;

    /// The untyped token.
    fn syntax(&self) -> &SyntaxToken;

    /// The text of the token.
    fn text(&self) -> &str {
        self.syntax().text()
    }
}

/// An iterator over the children of a node that can be viewed as `N`.
#[derive(Debug, Clone)]
pub struct AstChildren<N> {
    inner: SyntaxNodeChildren,
    _ty: std::marker::PhantomData<N>,
}

impl<N> AstChildren<N> {
    fn new(parent: &SyntaxNode) -> AstChildren<N> {
        AstChildren { inner: parent.children(), _ty: std::marker::PhantomData }
    }
}

impl<N: AstNode> Iterator for AstChildren<N> {
    type Item = N;

    fn next(&mut self) -> Option<N> {
        self.inner.find_map(N::cast)
    }
}

/// Helpers the generated accessors are written with.
mod support {
    use super::{AstChildren, AstNode, SyntaxKind, SyntaxNode, SyntaxToken};

    pub(super) fn child<N: AstNode>(parent: &SyntaxNode) -> Option<N> {
        parent.children().find_map(N::cast)
    }

    pub(super) fn children<N: AstNode>(parent: &SyntaxNode) -> AstChildren<N> {
        AstChildren::new(parent)
    }

    pub(super) fn token(parent: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
        parent.children_with_tokens().filter_map(|it| it.into_token()).find(|it| it.kind() == kind)
    }
}

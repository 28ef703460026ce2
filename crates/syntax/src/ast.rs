//! The typed AST: a typed view over the untyped syntax tree.
//!
//! Every AST type wraps a [`SyntaxNode`] of one kind (or one of a few kinds, for enums such as
//! [`Expr`]) and has accessors for its parts. The types are generated from the grammar file
//! (`crates/syntax/rust.ungram`) by `cargo xtask codegen`; this module holds the traits, macros
//! and helpers they share. Accessors return `Option`s: a tree with errors may lack any part.

/// A struct for one node kind: the struct, [`AstNode`], and `Display` (the node's text).
macro_rules! ast_node {
    ($(#[$attr:meta])* $name:ident = $kind:ident) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) syntax: $crate::SyntaxNode,
        }

        impl $crate::ast::AstNode for $name {
            fn can_cast(kind: $crate::SyntaxKind) -> bool {
                kind == $crate::SyntaxKind::$kind
            }

            fn cast(syntax: $crate::SyntaxNode) -> Option<$name> {
                if syntax.kind() == $crate::SyntaxKind::$kind { Some($name { syntax }) } else { None }
            }

            fn syntax(&self) -> &$crate::SyntaxNode {
                &self.syntax
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.syntax, f)
            }
        }
    };
}

/// An enum for a choice of nodes: the enum, [`AstNode`], `From` each variant, and `Display`.
/// Variants may be enums themselves (`Stmt::Item`).
macro_rules! ast_enum {
    ($(#[$attr:meta])* $name:ident { $($variant:ident),* $(,)? }) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $(
                #[doc = concat!("A [`", stringify!($variant), "`].")]
                $variant($variant),
            )*
        }

        impl $crate::ast::AstNode for $name {
            fn can_cast(kind: $crate::SyntaxKind) -> bool {
                $(<$variant as $crate::ast::AstNode>::can_cast(kind))||*
            }

            fn cast(syntax: $crate::SyntaxNode) -> Option<$name> {
                let kind = syntax.kind();
                $(
                    if <$variant as $crate::ast::AstNode>::can_cast(kind) {
                        return <$variant as $crate::ast::AstNode>::cast(syntax).map($name::$variant);
                    }
                )*
                None
            }

            fn syntax(&self) -> &$crate::SyntaxNode {
                match self {
                    $($name::$variant(it) => $crate::ast::AstNode::syntax(it),)*
                }
            }
        }

        $(
            impl From<$variant> for $name {
                fn from(node: $variant) -> $name {
                    $name::$variant(node)
                }
            }
        )*

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt($crate::ast::AstNode::syntax(self), f)
            }
        }
    };
}

/// A struct for tokens of some kinds: the struct, [`AstToken`], and `Display` (the text).
macro_rules! ast_token {
    ($(#[$attr:meta])* $name:ident = $($kind:ident)|+) => {
        $(#[$attr])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) syntax: $crate::SyntaxToken,
        }

        impl $crate::ast::AstToken for $name {
            fn can_cast(kind: $crate::SyntaxKind) -> bool {
                matches!(kind, $($crate::SyntaxKind::$kind)|+)
            }

            fn cast(syntax: $crate::SyntaxToken) -> Option<$name> {
                if Self::can_cast(syntax.kind()) { Some($name { syntax }) } else { None }
            }

            fn syntax(&self) -> &$crate::SyntaxToken {
                &self.syntax
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.syntax, f)
            }
        }
    };
}

mod generated;
mod node_ext;
#[cfg(test)]
mod tests;
mod traits;

pub use self::{
    generated::*,
    node_ext::{LiteralKind, TokenText, string_literal_value},
    traits::*,
};
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

    /// The first child that can be an `N`.
    pub(super) fn child<N: AstNode>(parent: &SyntaxNode) -> Option<N> {
        parent.children().find_map(N::cast)
    }

    /// The children that can be `N`s.
    pub(super) fn children<N: AstNode>(parent: &SyntaxNode) -> AstChildren<N> {
        AstChildren::new(parent)
    }

    /// The `n`th child that can be a `G`, if it is an `N`: `lhs` and `rhs` are the children 0
    /// and 1 that are expressions.
    pub(super) fn nth_child<G: AstNode, N: AstNode>(parent: &SyntaxNode, n: usize) -> Option<N> {
        parent.children().filter(|it| G::can_cast(it.kind())).nth(n).and_then(N::cast)
    }

    /// The first child token of kind `kind`.
    pub(super) fn token(parent: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
        parent.children_with_tokens().filter_map(|it| it.into_token()).find(|it| it.kind() == kind)
    }

    /// The first child token of one of `kinds`.
    pub(super) fn token_in(parent: &SyntaxNode, kinds: &[SyntaxKind]) -> Option<SyntaxToken> {
        parent.children_with_tokens().filter_map(|it| it.into_token()).find(|it| kinds.contains(&it.kind()))
    }

    /// The first child that can be an `N` before the first token of one of `kinds`; `None`
    /// when there is no such token.
    pub(super) fn child_before_token<N: AstNode>(parent: &SyntaxNode, kinds: &[SyntaxKind]) -> Option<N> {
        token_in(parent, kinds)?;
        parent
            .children_with_tokens()
            .take_while(|it| !(it.as_token().is_some_and(|t| kinds.contains(&t.kind()))))
            .filter_map(|it| it.into_node())
            .find_map(N::cast)
    }

    /// The first child that can be an `N` after the first token of one of `kinds`.
    pub(super) fn child_after_token<N: AstNode>(parent: &SyntaxNode, kinds: &[SyntaxKind]) -> Option<N> {
        parent
            .children_with_tokens()
            .skip_while(|it| !(it.as_token().is_some_and(|t| kinds.contains(&t.kind()))))
            .filter_map(|it| it.into_node())
            .find_map(N::cast)
    }
}

//! Traits shared by AST nodes that have the same parts: a name, attributes, a visibility...
//!
//! The generated code implements a trait for every node whose grammar rule has all the trait's
//! parts, and for every enum whose variants all implement it. The methods are provided here.

use super::{AstChildren, AstNode, support};
use crate::{
    SyntaxKind, SyntaxToken,
    ast::{ArgList, Attr, BlockExpr, GenericArgList, GenericParamList, Item, Label, Name, TypeBoundList, Visibility},
};

/// A node with outer (or inner) attributes.
pub trait HasAttrs: AstNode {
    /// The attributes, in order.
    fn attrs(&self) -> AstChildren<Attr> {
        support::children(self.syntax())
    }
}

/// A definition that introduces a name.
pub trait HasName: AstNode {
    /// The name.
    fn name(&self) -> Option<Name> {
        support::child(self.syntax())
    }
}

/// An item that can have a visibility.
pub trait HasVisibility: AstNode {
    /// The visibility, if one is written.
    fn visibility(&self) -> Option<Visibility> {
        support::child(self.syntax())
    }
}

/// A definition with generic parameters and a where clause.
pub trait HasGenericParams: AstNode {
    /// The generic parameters, `<...>`.
    fn generic_param_list(&self) -> Option<GenericParamList> {
        support::child(self.syntax())
    }

    /// The where clause.
    fn where_clause(&self) -> Option<crate::ast::WhereClause> {
        support::child(self.syntax())
    }
}

/// A node with generic arguments: a path segment, a method call.
pub trait HasGenericArgs: AstNode {
    /// The generic arguments, `<...>` or `::<...>`.
    fn generic_arg_list(&self) -> Option<GenericArgList> {
        support::child(self.syntax())
    }
}

/// A node with bounds after a colon: a type parameter, a trait, an associated type.
pub trait HasTypeBounds: AstNode {
    /// The `:` before the bounds.
    fn colon_token(&self) -> Option<SyntaxToken> {
        support::token(self.syntax(), SyntaxKind::COLON)
    }

    /// The bounds.
    fn type_bound_list(&self) -> Option<TypeBoundList> {
        support::child(self.syntax())
    }
}

/// A node that holds items: a file, a module's item list, a macro expansion.
pub trait HasModuleItem: AstNode {
    /// The items, in order.
    fn items(&self) -> AstChildren<Item> {
        support::children(self.syntax())
    }
}

/// A loop: `loop`, `while` or `for`.
pub trait HasLoopBody: AstNode {
    /// The label, `'a:`.
    fn label(&self) -> Option<Label> {
        support::child(self.syntax())
    }

    /// The body: the last block of the loop (a condition or iterable may be a block too).
    fn loop_body(&self) -> Option<BlockExpr> {
        self.syntax().children().filter_map(BlockExpr::cast).last()
    }
}

/// A call, of a function or a method.
pub trait HasArgList: AstNode {
    /// The arguments, `(...)`.
    fn arg_list(&self) -> Option<ArgList> {
        support::child(self.syntax())
    }
}

//! The per-owner half of sem's query graph (seed 003): the queries keyed by owner, an item-like
//! definition whose signature and body lower together.
//!
//! So far: [`OwnerId`] (a [`sem_db::nameres::DefId`] of an owner's kind, so as stable as its
//! crate and `DefPath`), the owners of a crate ([`crate_owners`]) and the seed's
//! [`item_ast`], where an owner's syntax is as a stable pointer (its fragment and item, never a
//! tree or a text range); owners' signatures as written ([`signature::item_signature`], types and paths
//! in an arena per owner, apart from their source map); their bodies ([`body::body`]:
//! expressions, statements, patterns, desugarings marked in the source map) and what the paths
//! of both name ([`resolver`]: locals in their scopes, then the owner's generics, `Self`, its
//! module's scope and the preludes); the seed's `item_hir`, `index_hir` (every node with a
//! dense local id and its parent: [`index::HirId`]), `hir_owner`, `hir_owner_parent`
//! ([`index`]), `ast_definitions`, `definitions` and `all_definitions` ([`definitions`]). The
//! expansion of macro calls in bodies and the items of blocks build on these.
//!
//! Queries take `&dyn` [`Db`], a trait on [`sem_db::Db`]: this crate reads the file- and
//! expansion-keyed queries of `sem-db`, and nothing in `sem-db` can call a query of this crate.
//! It may depend on `sem-db`, `sem-syntax` and `sem-sources`; never on `sem` or the command line.

mod ast;
pub mod body;
mod counts;
mod db;
pub mod definitions;
mod expander;
pub mod index;
mod owner;
pub mod resolver;
pub mod signature;

#[cfg(test)]
mod tests;

pub use crate::{
    ast::{ItemAst, item_ast, item_green_node},
    counts::HirCounts,
    db::Db,
    owner::{OwnerContainer, OwnerId, OwnerKind, crate_owners},
};

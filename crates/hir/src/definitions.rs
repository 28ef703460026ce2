//! The seed's `ast_definitions`, `definitions` and `all_definitions`: the definitions inside
//! an owner (generic parameters, `impl Trait` types of its signature, closures, `async` and
//! `gen` blocks, `const` blocks and repeat counts, items of blocks), each with the definition
//! it is nested in, and every definition of a crate.
//!
//! They are read off the owner's lowered signature and bodies in one fixed order (generic
//! parameters, then the signature's `impl Trait` types, then the bodies' definitions in the
//! order of [`index_hir`]), once per revision of the owner: `definitions(owner)` never grows
//! while someone iterates over it, and lowering never invents one later. `definitions` will add
//! those that the macro calls of bodies make when they are expanded; today it is
//! `ast_definitions`.

use std::sync::Arc;

use la_arena::{Arena, ArenaMap, Idx};
use sem_db::CrateInput;

use crate::{
    Db, OwnerId,
    body::{BlockItemKind, BlockKind, Expr, Stmt, body},
    crate_owners,
    index::{HirNode, ItemLocalId, index_hir},
    signature::{GenericParamKind, Name, Signature, TypeRef, item_signature},
};

/// A definition inside an owner, by its index there.
pub type LocalDefIndex = Idx<LocalDef>;

/// A definition inside an owner.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocalDef {
    pub kind: LocalDefKind,
    /// The definition it is nested in (a closure in a closure); `None` for the owner.
    pub parent: Option<LocalDefIndex>,
    /// Its node in the owner's index; `None` for generic parameters and signature types.
    pub node: Option<ItemLocalId>,
}

/// What a definition inside an owner is.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LocalDefKind {
    /// The `index`-th generic parameter of the owner.
    GenericParam {
        index: u32,
        name: Name,
        kind: GenericParamDefKind,
    },
    /// An `impl Trait` type of the signature.
    ImplTrait,
    Closure,
    /// An `async` or `gen` block (a coroutine, as rustc has it).
    Coroutine,
    /// A `const` block, or the count of a repeat expression `[x; N]` (an anonymous constant).
    AnonConst,
    /// An item of a block, by kind and name.
    BlockItem {
        kind: BlockItemKind,
        name: Option<Name>,
    },
}

/// What kind of generic parameter.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum GenericParamDefKind {
    Lifetime,
    Type,
    Const,
}

/// The definitions inside one owner.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct OwnerDefinitions {
    pub defs: Arena<LocalDef>,
}

/// The definitions inside `owner` found on its syntax (lowered); `None` when it has no syntax.
///
/// Compared, from compared inputs: an edit that adds no definition re-runs it and spares its
/// readers.
#[salsa::tracked(returns(clone))]
pub fn ast_definitions(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerDefinitions>> {
    let signature = item_signature(db, owner)?;
    let body = body(db, owner)?;
    let nodes = index_hir(db, owner)?;
    let mut defs = OwnerDefinitions::default();
    for (index, param) in generics_of(&signature.signature).iter().enumerate() {
        let kind = match param.kind {
            GenericParamKind::Lifetime { .. } => GenericParamDefKind::Lifetime,
            GenericParamKind::Type { .. } => GenericParamDefKind::Type,
            GenericParamKind::Const { .. } => GenericParamDefKind::Const,
        };
        defs.defs.alloc(LocalDef {
            kind: LocalDefKind::GenericParam { index: index as u32, name: param.name.clone(), kind },
            parent: None,
            node: None,
        });
    }
    for (_, ty) in signature.store.types.iter() {
        if let TypeRef::ImplTrait(_) = ty {
            defs.defs.alloc(LocalDef { kind: LocalDefKind::ImplTrait, parent: None, node: None });
        }
    }
    // The definition each node is inside, in the index's pre-order (a parent before its
    // children, so one pass does).
    let mut enclosing: ArenaMap<ItemLocalId, LocalDefIndex> = ArenaMap::default();
    for (id, node) in nodes.nodes.iter() {
        let parent = node.parent.and_then(|parent| enclosing.get(parent).copied());
        let kind = match node.node {
            HirNode::Expr(expr) => match &body[expr] {
                Expr::Closure(_) => Some(LocalDefKind::Closure),
                Expr::Block { kind: BlockKind::Async { .. } | BlockKind::Gen { .. }, .. } => {
                    Some(LocalDefKind::Coroutine)
                }
                Expr::Block { kind: BlockKind::Const, .. } => Some(LocalDefKind::AnonConst),
                _ => None,
            },
            HirNode::Stmt { block, index } => match &body[block] {
                Expr::Block { stmts, .. } => match &stmts[index as usize] {
                    Stmt::Item { kind, name, .. } => Some(LocalDefKind::BlockItem { kind: *kind, name: name.clone() }),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        // A repeat count is an anonymous constant around its expression.
        let count_of_repeat = match (node.node, node.parent.and_then(|parent| nodes.node(parent))) {
            (HirNode::Expr(expr), Some(HirNode::Expr(outer))) => {
                matches!(body[outer], Expr::Repeat { count, .. } if count == expr)
            }
            _ => false,
        };
        let kind = if count_of_repeat { Some(LocalDefKind::AnonConst) } else { kind };
        match kind {
            Some(kind) => {
                let def = defs.defs.alloc(LocalDef { kind, parent, node: Some(id) });
                enclosing.insert(id, def);
            }
            None => {
                if let Some(parent) = parent {
                    enclosing.insert(id, parent);
                }
            }
        }
    }
    Some(Arc::new(defs))
}

/// The definitions inside `owner`: [`ast_definitions`], and (when bodies' macro calls are
/// expanded) those their expansions make.
pub fn definitions(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerDefinitions>> {
    ast_definitions(db, owner)
}

/// A definition of a crate: an owner, or a definition inside one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CrateDefinition {
    Owner(OwnerId),
    Local { owner: OwnerId, index: LocalDefIndex },
}

/// Every definition of `krate`: each owner (in [`crate_owners`]' order) followed by the
/// definitions inside it. A walk over [`definitions`] of every owner, so it lowers every
/// owner of the crate.
///
/// `returns(ref)`, compared: it changes only when a definition is added or removed.
#[salsa::tracked(returns(ref))]
pub fn all_definitions(db: &dyn Db, krate: CrateInput) -> Vec<CrateDefinition> {
    let mut all = Vec::new();
    for &owner in crate_owners(db, krate) {
        all.push(CrateDefinition::Owner(owner));
        if let Some(defs) = definitions(db, owner) {
            all.extend(defs.defs.iter().map(|(index, _)| CrateDefinition::Local { owner, index }));
        }
    }
    all
}

/// The generic parameters a signature declares.
pub(crate) fn generics_of(signature: &Signature) -> &[crate::signature::GenericParam] {
    match signature {
        Signature::Fn(function) => &function.generics.params,
        Signature::Struct { generics, .. }
        | Signature::Union { generics, .. }
        | Signature::Enum { generics, .. }
        | Signature::Trait { generics, .. }
        | Signature::TraitAlias { generics, .. }
        | Signature::Impl { generics, .. }
        | Signature::TypeAlias { generics, .. }
        | Signature::Const { generics, .. } => &generics.params,
        Signature::Static { .. } | Signature::Macro => &[],
    }
}

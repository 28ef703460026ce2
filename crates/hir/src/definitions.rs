//! The seed's `ast_definitions`, `definitions` and `all_definitions`: the definitions inside
//! an owner (generic parameters, `impl Trait` types of its signature, closures, `async` and
//! `gen` blocks, `const` blocks and repeat counts, items of blocks), each with the definition
//! it is nested in, and every definition of a crate.
//!
//! They are read off the owner's lowered signature and bodies in one fixed order (generic
//! parameters, then the signature's `impl Trait` types, then the bodies' definitions in the
//! order of [`index_hir`]), once per revision of the owner: `definitions(owner)` never grows
//! while someone iterates over it, and lowering never invents one later. `ast_definitions` are
//! those of the item's own syntax; `definitions` adds those that the expansions of its macro calls
//! make, as rustc's `definitions` adds what expansion made to what its AST had.

use std::sync::Arc;

use la_arena::{Arena, ArenaMap, Idx};
use rustc_hash::FxHashSet;
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

/// The definitions inside `owner` found on its item's own syntax, outside the expansions of the
/// macro calls inside it; `None` when it has no syntax.
///
/// Compared, from compared inputs: an edit that adds no definition re-runs it and spares its
/// readers.
#[salsa::tracked(returns(clone))]
pub fn ast_definitions(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerDefinitions>> {
    collect_definitions(db, owner, false)
}

/// The definitions inside `owner`: [`ast_definitions`] and those inside the expansions of the
/// macro calls inside it (what a call is given is tokens until it is expanded, so a closure in
/// `vec![|| 1]` is the expansion's), in the same order; `None` when it has no syntax.
///
/// Compared, as [`ast_definitions`].
#[salsa::tracked(returns(clone))]
pub fn definitions(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerDefinitions>> {
    collect_definitions(db, owner, true)
}

/// The definitions inside `owner`, those inside expansions included when `with_expansions`.
fn collect_definitions(db: &dyn Db, owner: OwnerId, with_expansions: bool) -> Option<Arc<OwnerDefinitions>> {
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
    // The statements a statement macro's expansion spliced into their block.
    let spliced = if with_expansions { FxHashSet::default() } else { spliced_statements(&body) };
    // The nodes inside an expansion, which `ast_definitions` leaves out.
    let mut expanded: ArenaMap<ItemLocalId, ()> = ArenaMap::default();
    // The definition each node is inside, in the index's pre-order (a parent before its
    // children, so one pass does).
    let mut enclosing: ArenaMap<ItemLocalId, LocalDefIndex> = ArenaMap::default();
    for (id, node) in nodes.nodes.iter() {
        if !with_expansions {
            let in_expansion = node.parent.is_some_and(|parent| expanded.contains_idx(parent))
                || is_expansion_root(&body, node.node, node.parent.and_then(|parent| nodes.node(parent)), &spliced);
            if in_expansion {
                expanded.insert(id, ());
                continue;
            }
        }
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

/// The statements of `body`'s blocks that a statement macro's expansion spliced in, by block
/// and index.
fn spliced_statements(body: &crate::body::Body) -> FxHashSet<(crate::body::ExprId, u32)> {
    let mut out = FxHashSet::default();
    for (block, expr) in body.exprs.iter() {
        let Expr::Block { stmts, .. } = expr else { continue };
        let mut covered_until = None;
        for (index, stmt) in stmts.iter().enumerate() {
            if covered_until.is_some_and(|until| index <= until) {
                out.insert((block, index as u32));
            }
            if let Stmt::MacroCall { stmts: count, .. } = stmt {
                let end = index + *count as usize;
                covered_until = Some(covered_until.map_or(end, |until: usize| until.max(end)));
            }
        }
    }
    out
}

/// Whether `node`, under `parent`, is what a macro call expanded to.
fn is_expansion_root(
    body: &crate::body::Body,
    node: HirNode,
    parent: Option<HirNode>,
    spliced: &FxHashSet<(crate::body::ExprId, u32)>,
) -> bool {
    match (node, parent) {
        (HirNode::Expr(expr), Some(HirNode::Expr(outer))) => {
            matches!(body[outer], Expr::MacroCall { expansion: Some(expansion), .. } if expansion == expr)
        }
        (HirNode::Pat(pat), Some(HirNode::Pat(outer))) => {
            matches!(body[outer], crate::body::Pat::MacroCall { expansion: Some(expansion), .. } if expansion == pat)
        }
        (HirNode::Stmt { block, index }, _) => spliced.contains(&(block, index)),
        _ => false,
    }
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

//! Owners: the item-like definitions whose signature and body lower together, and the owners
//! of a crate.

use sem_db::{
    CrateInput,
    expand::{DefKind, collect_definitions},
    nameres::{DefId, DefPath, crate_definitions},
};

use crate::Db;

/// An owner: a function, constant, static, struct, enum, union (with its fields and variants),
/// trait, trait alias, impl, type alias, macro definition, or an associated or foreign item of
/// one of these kinds. It is its [`DefId`] (its crate and `DefPath`), so it stays the same owner
/// across edits that do not touch its name or place; nodes inside it will be numbered from it.
///
/// Interned with `revisions = usize::MAX`, like `DefId`: a consumer may keep an owner across
/// many revisions, so its id must never be reclaimed and reused. Made by [`crate_owners`] and
/// [`OwnerId::of`], which check that the definition is an owner.
#[salsa::interned(unsafe(no_lifetime), revisions = usize::MAX, debug, constructor = new_unchecked)]
pub struct OwnerId {
    /// The definition the owner is.
    #[returns(copy)]
    pub def: DefId,
}

impl OwnerId {
    /// The owner `def` is; `None` when the crate has no such definition or it is not of an
    /// owner's kind (a module, a variant, a `use`, an `extern crate`, an `extern` block).
    pub fn of(db: &dyn Db, def: DefId) -> Option<OwnerId> {
        let location = sem_db::nameres::find_expansion(db, def)?;
        let definition = collect_definitions(db, location.expansion).definition(location.index)?;
        OwnerKind::of(definition.kind)?;
        Some(OwnerId::new_unchecked(db, def))
    }

    /// The crate the owner is in.
    pub fn krate(self, db: &dyn Db) -> CrateInput {
        self.def(db).krate(db)
    }

    /// The owner's path from its crate root.
    pub fn path(self, db: &dyn Db) -> &DefPath {
        self.def(db).path(db)
    }
}

/// What kind of item an owner is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum OwnerKind {
    Function,
    Const,
    Static,
    Struct,
    Enum,
    Union,
    Trait,
    TraitAlias,
    Impl,
    TypeAlias,
    /// A `macro_rules!` definition.
    MacroRules,
    /// A `macro` (2.0) definition.
    MacroDef,
}

impl OwnerKind {
    /// The owner kind of a definition of kind `kind`; `None` for the kinds that own nothing to
    /// lower (modules, whose items are owners of their own; variants, which belong to their
    /// enum; `use` and `extern crate` items and `extern` blocks, which name-resolution reads).
    pub fn of(kind: DefKind) -> Option<OwnerKind> {
        Some(match kind {
            DefKind::Fn => OwnerKind::Function,
            DefKind::Const => OwnerKind::Const,
            DefKind::Static => OwnerKind::Static,
            DefKind::Struct => OwnerKind::Struct,
            DefKind::Enum => OwnerKind::Enum,
            DefKind::Union => OwnerKind::Union,
            DefKind::Trait => OwnerKind::Trait,
            DefKind::TraitAlias => OwnerKind::TraitAlias,
            DefKind::Impl => OwnerKind::Impl,
            DefKind::TypeAlias => OwnerKind::TypeAlias,
            DefKind::MacroRules => OwnerKind::MacroRules,
            DefKind::MacroDef => OwnerKind::MacroDef,
            DefKind::Module | DefKind::Variant | DefKind::Use | DefKind::ExternCrate | DefKind::ForeignMod => {
                return None;
            }
        })
    }
}

/// Where an owner sits: directly in a module, or among the items of a trait, an impl or an
/// `extern` block.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum OwnerContainer {
    Module,
    /// An associated item of this trait.
    Trait(OwnerId),
    /// An associated item of this impl.
    Impl(OwnerId),
    /// A foreign item of an `extern` block.
    Extern,
}

/// Every owner of `krate` outside bodies (items in bodies come with their owner's
/// definitions), in the order of [`crate_definitions`]: module by module, each definition
/// followed by those inside it, then the associated items that macro calls in impls and traits
/// make.
///
/// `returns(ref)`, compared: the owners change only when an item is added, removed or renamed,
/// so readers that walk every owner are spared by edits inside items.
#[salsa::tracked(returns(ref))]
pub fn crate_owners(db: &dyn Db, krate: CrateInput) -> Vec<OwnerId> {
    crate_definitions(db, krate)
        .into_iter()
        .filter(|(_, location)| {
            collect_definitions(db, location.expansion)
                .definition(location.index)
                .is_some_and(|definition| OwnerKind::of(definition.kind).is_some())
        })
        .map(|(path, _)| OwnerId::new_unchecked(db, DefId::new(db, krate, path)))
        .collect()
}

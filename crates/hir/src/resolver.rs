//! The seed's `resolver`: the names an owner's signature sees, and what each path of the
//! signature names.
//!
//! A path of a type or a bound starts, as in rustc, at the owner's generic parameters (its own,
//! then its container's: an impl's or a trait's for an associated item), `Self`, then the
//! scope of the owner's module (its items and imports, from the def map), the extern prelude,
//! the language prelude and, last, the primitive types. `crate::`, `self::`, `super::` and
//! `::` start where the Reference says. The rest of a path walks modules, an enum's variants and
//! a trait's associated items; what follows a type (`T::Item`, `Self::Out`, `Vec::<u8>::Item`)
//! needs the type layer and says so ([`PathResolution::TypeRelative`]).
//!
//! A one-segment generic argument the type namespace has nothing for is looked up in the value
//! namespace (a constant), as rustc does; the paths of a macro call's expansion are resolved as the others.
//!
//! Approximated: `$crate::` names the crate of the macro whose expansion made the owner (a
//! nested expansion's tokens may come from another macro; hygiene will tell them apart), and
//! visibility is not checked (rustc resolves a private name and reports the privacy error
//! apart).

mod body_paths;
#[cfg(test)]
mod tests;

pub use self::body_paths::{BodyResolutions, body_resolutions, dump_body_resolutions};

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use sem_db::{
    CrateInput,
    expand::{DefKind, DefPathData},
    ids::ModuleIndex,
    nameres::{
        BuiltinType, CrateDefMap, DefId, DefLocation, DefPath, ModuleId, Resolution, crate_def_map, crate_definitions,
        crate_module_tree,
    },
};
use sem_sources::Edition;
use smol_str::SmolStr;

use crate::{
    Db, OwnerContainer, OwnerId, OwnerKind, item_ast,
    signature::{GenericArg, GenericParamKind, Path, PathAnchor, PathId, TypeRef, item_signature},
};

/// What a path of a signature names.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum PathResolution {
    /// A definition by its stable id (a crate root is the empty path).
    Def(DefId),
    /// A primitive type.
    BuiltinType(BuiltinType),
    /// A local variable of the owner's body (paths of bodies only).
    Local(crate::body::BindingId),
    /// The `index`-th generic parameter of `owner` (the owner itself or its container).
    GenericParam { owner: OwnerId, index: u32 },
    /// `Self`: the type of this impl, struct, enum or union, or the implementing type of this
    /// trait.
    SelfType(OwnerId),
    /// The type between `<` and `>` of a qualified path, when it is no path (`<[u8]>::Item`).
    QualifiedType,
    /// The path of a macro call: what the call names is its expansion's business
    /// (`sem_db::expand::resolve_macro`), and what the expansion holds is lowered in its place.
    MacroCall,
    /// The first segments name a type (`base`); the `unresolved` segments after it name an
    /// associated item of that type, which needs the type layer.
    TypeRelative { base: Box<PathResolution>, unresolved: u32 },
    /// Nothing: segment `segment` (0-based, after the anchor) is not found.
    Unresolved { segment: u32 },
}

/// The resolution of every path of `owner`'s signature, by [`PathId`] (dense: every path has
/// one); `None` when the owner has no signature.
///
/// Compared: it changes only when a path of the signature or what it names changes, so an
/// edit inside a body, or elsewhere in the crate that names nothing new, spares its readers.
#[salsa::tracked(returns(clone))]
pub fn signature_resolutions(db: &dyn Db, owner: OwnerId) -> Option<Arc<Vec<PathResolution>>> {
    let signature = item_signature(db, owner)?;
    let resolver = Resolver::for_owner(db, owner)?;
    let store = &signature.store;
    // The paths of macro calls, and those written as a generic argument, which may name a
    // constant (`Array<N>`, `Assert<MAX>`): rustc looks in the value namespace when the type
    // namespace has nothing.
    let mut macro_calls = FxHashSet::default();
    let mut arguments = FxHashSet::default();
    for (_, ty) in store.types.iter() {
        if let TypeRef::Macro { path, .. } = ty {
            macro_calls.insert(*path);
        }
    }
    for (_, path) in store.paths.iter() {
        for args in path.segments.iter().filter_map(|segment| segment.args.as_ref()) {
            for arg in &args.args {
                if let GenericArg::Type(ty) = arg
                    && let TypeRef::Path(path) = &store[*ty]
                {
                    arguments.insert(*path);
                }
            }
        }
    }
    Some(Arc::new(
        store
            .paths
            .iter()
            .map(|(id, path)| {
                if macro_calls.contains(&id) {
                    return PathResolution::MacroCall;
                }
                let resolution = resolver.resolve_type_path(db, path, store);
                match (&resolution, path.anchor == PathAnchor::Plain, &path.segments[..]) {
                    (PathResolution::Unresolved { segment: 0 }, true, [segment])
                        if arguments.contains(&id) && segment.args.is_none() =>
                    {
                        resolver.resolve_value(db, &segment.name).unwrap_or(resolution)
                    }
                    _ => resolution,
                }
            })
            .collect(),
    ))
}

/// The resolution of path `path` of `owner`'s signature.
pub fn resolve_signature_path(db: &dyn Db, owner: OwnerId, path: PathId) -> Option<PathResolution> {
    signature_resolutions(db, owner)?.get(path.into_raw().into_u32() as usize).cloned()
}

/// Every path of `owner`'s signature with what it names, one per line, for snapshot tests and
/// `sem dump`.
pub fn dump_signature_resolutions(db: &dyn Db, owner: OwnerId) -> String {
    let (Some(signature), Some(resolutions)) = (item_signature(db, owner), signature_resolutions(db, owner)) else {
        return String::new();
    };
    let mut out = String::new();
    for ((id, _), resolution) in signature.store.paths.iter().zip(resolutions.iter()) {
        out.push_str(&format!(
            "{} -> {}\n",
            crate::signature::render_path(&signature.store, id),
            describe(db, owner.krate(db), resolution)
        ));
    }
    out
}

/// What `resolution` names, as text: definitions by path (`crate::a::B` in `krate`,
/// `dep::a::B` in a crate named `dep`).
pub fn describe(db: &dyn Db, krate: CrateInput, resolution: &PathResolution) -> String {
    let def_text = |def: DefId| {
        let path = def.path(db).to_string();
        if def.krate(db) == krate {
            return path;
        }
        let name = def.krate(db).data(db).display_name.to_string();
        match path.strip_prefix("crate") {
            Some(rest) => format!("{name}{rest}"),
            None => format!("{name}::{path}"),
        }
    };
    let owner_text = |owner: OwnerId| def_text(owner.def(db));
    match resolution {
        PathResolution::Def(def) => def_text(*def),
        PathResolution::BuiltinType(builtin) => format!("builtin {}", builtin.name()),
        PathResolution::Local(binding) => format!("local #{}", binding.into_raw().into_u32()),
        PathResolution::GenericParam { owner, index } => {
            format!("generic parameter #{index} of {}", owner_text(*owner))
        }
        PathResolution::SelfType(owner) => format!("Self of {}", owner_text(*owner)),
        PathResolution::TypeRelative { base, unresolved } => {
            format!("{}, then {unresolved} segment(s) that need types", describe(db, krate, base))
        }
        PathResolution::Unresolved { segment } => format!("unresolved at segment {segment}"),
        PathResolution::QualifiedType => "the qualified type".to_owned(),
        PathResolution::MacroCall => "a macro call".to_owned(),
    }
}

/// Every definition of `krate` by where it is: [`crate_definitions`] the other way round, to
/// turn what a def map holds (a fragment and an index) into a stable [`DefId`].
///
/// A query of its own so that a crate's definitions are walked once for every path that names
/// one of them; `returns(ref)`, compared. Built only for crates whose definitions are named.
#[salsa::tracked(returns(ref))]
pub fn definition_paths(db: &dyn Db, krate: CrateInput) -> FxHashMap<DefLocation, DefPath> {
    let mut paths = FxHashMap::default();
    for (path, location) in crate_definitions(db, krate) {
        paths.entry(location).or_insert(path);
    }
    paths
}

/// Every module of `krate` by its path: which module an owner is in.
///
/// `returns(ref)`, compared: it changes only when a module is added, removed or renamed.
#[salsa::tracked(returns(ref))]
pub fn module_indices(db: &dyn Db, krate: CrateInput) -> FxHashMap<DefPath, ModuleIndex> {
    crate_module_tree(db, krate)
        .modules
        .iter()
        .enumerate()
        .map(|(index, module)| (module.def_path.clone(), ModuleIndex::new(index)))
        .collect()
}

/// The module `owner` is in: the nearest module among its path's prefixes.
pub fn owner_module(db: &dyn Db, owner: OwnerId) -> ModuleId {
    let krate = owner.krate(db);
    let indices = module_indices(db, krate);
    let data = &owner.path(db).data;
    for end in (0..data.len()).rev() {
        if let Some(&index) = indices.get(&DefPath { data: data[..end].to_vec() }) {
            return ModuleId { krate, index };
        }
    }
    ModuleId { krate, index: ModuleIndex::ROOT }
}

/// The scopes a signature's paths start in.
struct Resolver<'db> {
    krate: CrateInput,
    edition: Edition,
    module: ModuleId,
    def_map: &'db CrateDefMap,
    /// The generic parameters in scope, innermost first: each owner with its type and const
    /// parameters' names (a path never names a lifetime; one that names a const parameter is a
    /// generic argument).
    generics: Vec<(OwnerId, Vec<(u32, SmolStr)>)>,
    /// The crate `$crate` names: that of the macro whose expansion made the owner, or the
    /// owner's own.
    dollar_crate: CrateInput,
    /// What `Self` is, if anything.
    self_type: Option<OwnerId>,
}

impl<'db> Resolver<'db> {
    fn for_owner(db: &'db dyn Db, owner: OwnerId) -> Option<Resolver<'db>> {
        let ast = item_ast(db, owner)?;
        let krate = owner.krate(db);
        let container = match ast.container {
            OwnerContainer::Trait(container) | OwnerContainer::Impl(container) => Some(container),
            OwnerContainer::Module | OwnerContainer::Extern => None,
        };
        let mut generics = vec![(owner, type_params(db, owner))];
        if let Some(container) = container {
            generics.push((container, type_params(db, container)));
        }
        let self_type = match ast.kind {
            OwnerKind::Impl | OwnerKind::Trait | OwnerKind::Struct | OwnerKind::Enum | OwnerKind::Union => Some(owner),
            _ => container,
        };
        // `$crate` in an owner a macro wrote names the crate of that macro's definition; the
        // tokens of nested expansions may come from other macros, which hygiene will tell apart.
        let dollar_crate = match sem_db::expand::expansion_point(db, ast.fragment) {
            Some(sem_db::expand::ExpansionPoint::MacroCall { .. }) => {
                sem_db::expand::resolve_macro(db, ast.fragment).map_or(krate, |source| source.expansion.krate(db))
            }
            _ => krate,
        };
        Some(Resolver {
            krate,
            dollar_crate,
            edition: krate.data(db).edition,
            module: owner_module(db, owner),
            def_map: crate_def_map(db, krate),
            generics,
            self_type,
        })
    }

    /// What `path` names in the type namespace.
    fn resolve_type_path(&self, db: &dyn Db, path: &Path, store: &crate::signature::TypeStore) -> PathResolution {
        let segments = &path.segments;
        let (current, rest) = match &path.anchor {
            PathAnchor::Plain => {
                let Some((first, rest)) = segments.split_first() else {
                    return PathResolution::Unresolved { segment: 0 };
                };
                match self.resolve_first(db, &first.name) {
                    Some(resolution) => (resolution, rest),
                    None => return PathResolution::Unresolved { segment: 0 },
                }
            }
            PathAnchor::Crate => (self.module_def(db, ModuleIndex::ROOT), &segments[..]),
            PathAnchor::DollarCrate(krate) => (
                self.convert(
                    db,
                    Resolution::Module(ModuleId {
                        krate: krate.unwrap_or(self.dollar_crate),
                        index: ModuleIndex::ROOT,
                    }),
                ),
                &segments[..],
            ),
            PathAnchor::SelfModule => (self.module_def(db, self.module.index), &segments[..]),
            PathAnchor::Super(count) => {
                let tree = crate_module_tree(db, self.krate);
                let mut index = self.module.index;
                for _ in 0..*count {
                    match tree.modules.get(index.index()).and_then(|module| module.parent) {
                        Some(parent) => index = parent,
                        None => return PathResolution::Unresolved { segment: 0 },
                    }
                }
                (self.module_def(db, index), &segments[..])
            }
            PathAnchor::Global => {
                let Some((first, rest)) = segments.split_first() else {
                    return PathResolution::Unresolved { segment: 0 };
                };
                let extern_prelude =
                    || self.def_map.extern_prelude.get(&first.name).map(|&module| Resolution::Module(module));
                // In 2015 `::a` starts at the crate root. What a macro of a later edition wrote
                // keeps its edition (a built-in derive's `::core::fmt::Debug`): without hygiene
                // to tell, a name the crate root lacks is looked for in the extern prelude.
                let found = if self.edition == Edition::Edition2015 {
                    self.lookup(db, ModuleId { krate: self.krate, index: ModuleIndex::ROOT }, &first.name)
                        .or_else(extern_prelude)
                } else {
                    extern_prelude()
                };
                match found {
                    Some(resolution) => (self.convert(db, resolution), rest),
                    None => return PathResolution::Unresolved { segment: 0 },
                }
            }
            PathAnchor::Qualified { self_type, trait_ } => {
                // `<T>::X` needs the type of `T`; `<T as Trait>::X` names an associated item of
                // the trait, found among the trait's items.
                let base = match trait_ {
                    Some(trait_) => self.resolve_type_path(db, &store[*trait_], store),
                    None => {
                        let base = match &store[*self_type] {
                            crate::signature::TypeRef::Path(path) => self.resolve_type_path(db, &store[*path], store),
                            _ => PathResolution::QualifiedType,
                        };
                        return PathResolution::TypeRelative {
                            base: Box::new(base),
                            unresolved: segments.len() as u32,
                        };
                    }
                };
                (base, &segments[..])
            }
        };
        self.walk_segments(db, current, segments, segments.len() - rest.len())
    }

    /// Walks `segments` from the `done`-th on, from what the ones before name (`current`):
    /// modules, an enum's variants, a trait's or impl's associated types; what follows a type
    /// needs the type layer.
    fn walk_segments(
        &self,
        db: &dyn Db,
        mut current: PathResolution,
        segments: &[crate::signature::PathSegment],
        done: usize,
    ) -> PathResolution {
        for (offset, segment) in segments[done..].iter().enumerate() {
            let position = (done + offset) as u32;
            current = match current {
                PathResolution::Def(def) => match self.child(db, def, &segment.name) {
                    Child::Found(found) => found,
                    Child::NotFound => return PathResolution::Unresolved { segment: position },
                    Child::NeedsTypes => {
                        return PathResolution::TypeRelative {
                            base: Box::new(PathResolution::Def(def)),
                            unresolved: segments.len() as u32 - position,
                        };
                    }
                },
                PathResolution::Unresolved { .. } => return current,
                // `Self::Out` in a trait or an impl: the container's own associated type.
                PathResolution::SelfType(owner)
                    if matches!(item_ast(db, owner).map(|ast| ast.kind), Some(OwnerKind::Trait | OwnerKind::Impl)) =>
                {
                    match self.child(db, owner.def(db), &segment.name) {
                        Child::Found(found) => found,
                        Child::NotFound | Child::NeedsTypes => {
                            return PathResolution::TypeRelative {
                                base: Box::new(PathResolution::SelfType(owner)),
                                unresolved: segments.len() as u32 - position,
                            };
                        }
                    }
                }
                base => {
                    return PathResolution::TypeRelative {
                        base: Box::new(base),
                        unresolved: segments.len() as u32 - position,
                    };
                }
            };
        }
        current
    }

    /// A generic parameter in scope named `name`, or `Self` (`Some(None)` for a `Self` that
    /// names nothing here); `None` when the name is neither.
    fn generic_or_self(&self, name: &SmolStr) -> Option<Option<PathResolution>> {
        for (owner, params) in &self.generics {
            if let Some((index, _)) = params.iter().find(|(_, param)| param == name) {
                return Some(Some(PathResolution::GenericParam { owner: *owner, index: *index }));
            }
        }
        (name == "Self").then(|| self.self_type.map(PathResolution::SelfType))
    }

    /// The first segment of a plain path, in the type namespace.
    fn resolve_first(&self, db: &dyn Db, name: &SmolStr) -> Option<PathResolution> {
        if let Some(found) = self.generic_or_self(name) {
            return found;
        }
        if let Some(entry) = self.def_map.modules.get(self.module.index.index()).and_then(|scope| scope.types.get(name))
        {
            return Some(self.convert(db, entry.resolution));
        }
        if self.edition != Edition::Edition2015
            && let Some(&module) = self.def_map.extern_prelude.get(name)
        {
            return Some(self.convert(db, Resolution::Module(module)));
        }
        if let Some(prelude) = self.def_map.language_prelude
            && let Some(resolution) = self.lookup(db, prelude, name)
        {
            return Some(self.convert(db, resolution));
        }
        BuiltinType::from_name(name).map(PathResolution::BuiltinType)
    }

    /// A one-segment path in the value namespace, for a generic argument the type namespace has
    /// nothing for: a const parameter was found already, so a constant of the module's scope.
    fn resolve_value(&self, db: &dyn Db, name: &SmolStr) -> Option<PathResolution> {
        let entry = self.def_map.modules.get(self.module.index.index())?.values.get(name)?;
        Some(self.convert(db, entry.resolution))
    }

    /// `name` in the type namespace of `module` (of any crate).
    fn lookup(&self, db: &dyn Db, module: ModuleId, name: &str) -> Option<Resolution> {
        let def_map = if module.krate == self.krate { self.def_map } else { crate_def_map(db, module.krate) };
        Some(def_map.modules.get(module.index.index())?.types.get(name)?.resolution)
    }

    /// `name` in the value namespace of `module` (of any crate).
    fn lookup_value(&self, db: &dyn Db, module: ModuleId, name: &str) -> Option<Resolution> {
        let def_map =
            if module.krate == self.krate { self.def_map } else { sem_db::nameres::crate_def_map(db, module.krate) };
        Some(def_map.modules.get(module.index.index())?.values.get(name)?.resolution)
    }

    /// The definition of module `index` of this crate.
    fn module_def(&self, db: &dyn Db, index: ModuleIndex) -> PathResolution {
        self.convert(db, Resolution::Module(ModuleId { krate: self.krate, index }))
    }

    /// A def map's resolution as a stable one.
    fn convert(&self, db: &dyn Db, resolution: Resolution) -> PathResolution {
        match resolution {
            Resolution::Module(module) => {
                let tree = crate_module_tree(db, module.krate);
                match tree.modules.get(module.index.index()) {
                    Some(data) => PathResolution::Def(DefId::new(db, module.krate, data.def_path.clone())),
                    None => PathResolution::Unresolved { segment: 0 },
                }
            }
            Resolution::Def { expansion, index, .. } => {
                let krate = expansion.krate(db);
                match definition_paths(db, krate).get(&DefLocation { expansion, index }) {
                    Some(path) => PathResolution::Def(DefId::new(db, krate, path.clone())),
                    None => PathResolution::Unresolved { segment: 0 },
                }
            }
            Resolution::BuiltinType(builtin) => PathResolution::BuiltinType(builtin),
        }
    }

    /// `name` in the type namespace under the definition `def`: see [`Resolver::child_in`].
    fn child(&self, db: &dyn Db, def: DefId, name: &SmolStr) -> Child {
        self.child_in(db, def, name, sem_db::nameres::Namespace::Types)
    }

    /// `name` in `namespace` under the definition `def`: an item of a module, a variant of an
    /// enum, an associated type (or, in the value namespace, function or constant) of a trait
    /// or an impl; under any other type, an associated item the type layer finds. One a
    /// trait's supertraits hold, or a macro call in it makes, is left to the type layer too.
    fn child_in(&self, db: &dyn Db, def: DefId, name: &SmolStr, namespace: sem_db::nameres::Namespace) -> Child {
        let krate = def.krate(db);
        let path = def.path(db);
        if let Some(&index) = module_indices(db, krate).get(path) {
            let module = ModuleId { krate, index };
            let found = match namespace {
                sem_db::nameres::Namespace::Values => self.lookup_value(db, module, name),
                _ => self.lookup(db, module, name),
            };
            return match found {
                Some(resolution) => Child::Found(self.convert(db, resolution)),
                None => Child::NotFound,
            };
        }
        // An item of a block is named but not collected yet: what is under it is left to later
        // layers.
        let Some(location) = sem_db::nameres::find_expansion(db, def) else { return Child::NeedsTypes };
        let fragment = sem_db::expand::collect_definitions(db, location.expansion);
        let Some(definition) = fragment.definition(location.index) else { return Child::NotFound };
        let wanted = match (definition.kind, namespace) {
            (DefKind::Enum, _) | (DefKind::Trait | DefKind::Impl, sem_db::nameres::Namespace::Types) => {
                DefPathData::TypeNs(name.clone())
            }
            (DefKind::Trait | DefKind::Impl, _) => DefPathData::ValueNs(name.clone()),
            _ => return Child::NeedsTypes,
        };
        let found = fragment
            .indexed_definitions()
            .find(|(_, child)| child.parent == Some(location.index) && child.data == wanted);
        match found {
            Some((_, child)) => Child::Found(PathResolution::Def(DefId::new(
                db,
                krate,
                path.child(child.data.clone(), child.disambiguator),
            ))),
            // An enum's types are its variants; its values may be inherent functions and
            // constants too (`Ordering::from`), which the type layer finds.
            None if definition.kind == DefKind::Enum && namespace == sem_db::nameres::Namespace::Types => {
                Child::NotFound
            }
            None => Child::NeedsTypes,
        }
    }
}

/// What a segment under a definition names.
enum Child {
    Found(PathResolution),
    NotFound,
    NeedsTypes,
}

/// The type and const parameters of `owner`, with their indices among all its generic
/// parameters.
fn type_params(db: &dyn Db, owner: OwnerId) -> Vec<(u32, SmolStr)> {
    let Some(signature) = item_signature(db, owner) else { return Vec::new() };
    crate::definitions::generics_of(&signature.signature)
        .iter()
        .enumerate()
        .filter(|(_, param)| !matches!(param.kind, GenericParamKind::Lifetime { .. }))
        .map(|(index, param)| (index as u32, param.name.clone()))
        .collect()
}

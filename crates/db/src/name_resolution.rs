//! Item-level name resolution: the scope of every module of a crate, with its imports resolved
//! to a fixed point.
//!
//! [`crate_def_map`] starts from the crate's module tree: each module's scope gets its child
//! modules and the definitions of its fragment, in the type, value and macro namespaces (a
//! `#[macro_export]` macro goes to the crate root). Then every import (`use` leaves and
//! `extern crate`) is tried again and again until a round changes nothing: single imports
//! copy what their path names in every namespace it exists in, glob imports copy every name
//! visible through them (and keep doing so as the source scope grows), and explicit names
//! shadow glob ones. An import still unresolved at the fixed point is reported with a reason.
//!
//! Paths follow the Reference: `crate`, `self`, `super`, `::name` (the extern prelude from 2018
//! on, the crate root in 2015), and a plain first segment looked up in the module's scope, then
//! in the extern prelude (2018 on; in 2015, `use` paths start at the crate root); a `use` of a
//! single name also finds the language prelude's names and, last, the primitive types
//! (`use u8 as byte;`, core's `pub use bool;`). Visibility
//! (`pub`, `pub(crate)`, `pub(super)`, `pub(in path)`, private) is honoured for every step.
//! Other crates are read through their own `crate_def_map`: the crate graph is a DAG, so this
//! never cycles.
//!
//! Two glob imports that bring one name with different meanings make it ambiguous unless an
//! explicit name shadows it (`CrateDefMap::ambiguous_names`); an import through such a name is
//! an error, as rustc's E0659 where the name is used. Not yet: the ambiguity between a glob
//! name and one of an outer scope (the extern or language prelude), and uses in bodies.

use std::{collections::BTreeMap, fmt::Write as _};

use sem_sources::Edition;
use smol_str::SmolStr;

use crate::diagnostics::UnresolvedImport;
use crate::{
    Db,
    expansion::{DefKind, ExpnId, collect_definitions},
    ids::{DefIndex, ImportIndex, ModuleIndex},
    inputs::CrateInput,
    items::{ModPath, RawVisibility, SummaryItemKind, UseImportKind, item_summary},
    module_tree::{ModuleTree, crate_module_tree},
};

/// The most rounds of import resolution; each round that changes nothing ends it sooner. A
/// round resolves at least one import or grows a glob's target, so real crates need a few.
pub const MAX_IMPORT_ROUNDS: usize = 10_000;

/// A module of some crate.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ModuleId {
    pub krate: CrateInput,
    pub index: ModuleIndex,
}

/// What a name in a scope stands for.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Resolution {
    /// A module (a crate root, for `extern crate` and the extern prelude).
    Module(ModuleId),
    /// A definition of a fragment: the `index`-th definition of `expansion`'s fragment.
    Def { expansion: ExpnId, index: DefIndex, kind: DefKind },
    /// A primitive type (`use u8 as byte;`, core's `pub use bool;`).
    BuiltinType(BuiltinType),
}

/// The primitive types, which every path may name last (after the modules, the extern prelude
/// and the language prelude), as rustc's builtin-types scope has them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BuiltinType {
    Bool,
    Char,
    Str,
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
    F16,
    F32,
    F64,
    F128,
}

impl BuiltinType {
    const ALL: [BuiltinType; 19] = [
        BuiltinType::Bool,
        BuiltinType::Char,
        BuiltinType::Str,
        BuiltinType::I8,
        BuiltinType::I16,
        BuiltinType::I32,
        BuiltinType::I64,
        BuiltinType::I128,
        BuiltinType::Isize,
        BuiltinType::U8,
        BuiltinType::U16,
        BuiltinType::U32,
        BuiltinType::U64,
        BuiltinType::U128,
        BuiltinType::Usize,
        BuiltinType::F16,
        BuiltinType::F32,
        BuiltinType::F64,
        BuiltinType::F128,
    ];

    /// The type a name stands for, if it names one.
    pub fn from_name(name: &str) -> Option<BuiltinType> {
        BuiltinType::ALL.into_iter().find(|it| it.name() == name)
    }

    /// The type's name, as written in code.
    pub fn name(self) -> &'static str {
        match self {
            BuiltinType::Bool => "bool",
            BuiltinType::Char => "char",
            BuiltinType::Str => "str",
            BuiltinType::I8 => "i8",
            BuiltinType::I16 => "i16",
            BuiltinType::I32 => "i32",
            BuiltinType::I64 => "i64",
            BuiltinType::I128 => "i128",
            BuiltinType::Isize => "isize",
            BuiltinType::U8 => "u8",
            BuiltinType::U16 => "u16",
            BuiltinType::U32 => "u32",
            BuiltinType::U64 => "u64",
            BuiltinType::U128 => "u128",
            BuiltinType::Usize => "usize",
            BuiltinType::F16 => "f16",
            BuiltinType::F32 => "f32",
            BuiltinType::F64 => "f64",
            BuiltinType::F128 => "f128",
        }
    }
}

/// Where a name is visible from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Visibility {
    /// Everywhere.
    Public,
    /// In one crate.
    Crate(CrateInput),
    /// In a module and its descendants.
    Module(ModuleId),
}

/// One name of a scope.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeEntry {
    pub resolution: Resolution,
    pub visibility: Visibility,
    /// Whether it came in through a glob import (explicit names shadow these).
    pub from_glob: bool,
}

/// The names of a module, by namespace, in name order.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ModuleScope {
    pub types: BTreeMap<SmolStr, ScopeEntry>,
    pub values: BTreeMap<SmolStr, ScopeEntry>,
    pub macros: BTreeMap<SmolStr, ScopeEntry>,
}

/// The three namespaces, in the order dumps print them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Namespace {
    Types,
    Values,
    Macros,
}

impl Namespace {
    /// The three, in order.
    pub const ALL: [Namespace; 3] = [Namespace::Types, Namespace::Values, Namespace::Macros];

    /// `t`, `v` or `m`, as dumps print them.
    pub fn letter(self) -> &'static str {
        match self {
            Namespace::Types => "t",
            Namespace::Values => "v",
            Namespace::Macros => "m",
        }
    }
}

impl ModuleScope {
    /// The names of one namespace.
    pub fn namespace(&self, namespace: Namespace) -> &BTreeMap<SmolStr, ScopeEntry> {
        match namespace {
            Namespace::Types => &self.types,
            Namespace::Values => &self.values,
            Namespace::Macros => &self.macros,
        }
    }

    fn namespace_mut(&mut self, namespace: Namespace) -> &mut BTreeMap<SmolStr, ScopeEntry> {
        match namespace {
            Namespace::Types => &mut self.types,
            Namespace::Values => &mut self.values,
            Namespace::Macros => &mut self.macros,
        }
    }

    /// Adds `entry` under `name` unless an entry at least as strong is there: an explicit name
    /// replaces a glob one, a glob name never replaces anything. Returns whether it changed.
    fn insert(&mut self, namespace: Namespace, name: &SmolStr, entry: ScopeEntry) -> bool {
        // One walk of the map: the entry API finds the slot and fills it.
        match self.namespace_mut(namespace).entry(name.clone()) {
            std::collections::btree_map::Entry::Vacant(vacant) => {
                vacant.insert(entry);
                true
            }
            std::collections::btree_map::Entry::Occupied(mut old) => {
                let old = old.get_mut();
                if *old == entry || entry.from_glob || !old.from_glob {
                    return false;
                }
                *old = entry;
                true
            }
        }
    }
}

/// A name of a module that glob imports bring with different meanings.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct AmbiguousName {
    pub module: ModuleIndex,
    pub name: SmolStr,
    /// The namespace the name is ambiguous in.
    pub namespace: Namespace,
    /// The meanings, the scope's first.
    pub candidates: Vec<Resolution>,
}

/// How an import ended.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ImportStatus {
    /// It names something (for a glob: a module or an enum).
    Resolved,
    /// It does not, and why.
    Unresolved(UnresolvedImport),
}

/// One import: a `use` leaf or an `extern crate`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Import {
    /// The module it is in.
    pub module: ModuleIndex,
    /// The expansion and definition of the `use` or `extern crate` item.
    pub expansion: ExpnId,
    pub definition: DefIndex,
    /// The path, as written (an `extern crate` is the crate's name).
    pub path: ModPath,
    pub kind: UseImportKind,
    pub is_extern_crate: bool,
    pub status: ImportStatus,
}

/// The scopes of every module of a crate, and its imports.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CrateDefMap {
    pub krate: CrateInput,
    /// One scope per module of the crate's [`ModuleTree`], in the same order.
    pub modules: Vec<ModuleScope>,
    /// The names that two glob imports of a module bring with different meanings, and no
    /// explicit name shadows: rustc's error E0659 where such a name is used (an import through
    /// one is unresolved, saying so); the scope keeps the first glob's meaning.
    pub ambiguous_names: Vec<AmbiguousName>,
    /// Every import, in module order, then source order; an [`ImportIndex`] is a place here.
    pub imports: Vec<Import>,
    /// The crates known by name everywhere in the crate (dependencies, and `extern crate`
    /// items at the root).
    pub extern_prelude: BTreeMap<SmolStr, ModuleId>,
    /// The standard library's prelude module for the crate's edition (`std::prelude::rust_2021`),
    /// whose names every module sees after its own and the extern prelude's; `None` under
    /// `#![no_implicit_prelude]` or without a standard library.
    pub language_prelude: Option<ModuleId>,
}

impl CrateDefMap {
    /// Import `index`, if the crate has it.
    pub fn import(&self, index: ImportIndex) -> Option<&Import> {
        self.imports.get(index.index())
    }

    /// The imports, each with its index.
    pub fn indexed_imports(&self) -> impl Iterator<Item = (ImportIndex, &Import)> {
        self.imports.iter().enumerate().map(|(index, import)| (ImportIndex::new(index), import))
    }

    /// How many imports resolved and how many did not.
    pub fn import_counts(&self) -> (usize, usize) {
        let resolved = self.imports.iter().filter(|import| import.status == ImportStatus::Resolved).count();
        (resolved, self.imports.len() - resolved)
    }
}

/// The def map of `krate`: every module's scope, imports resolved to a fixed point.
///
/// Reads the module tree and the fragments (so an edit inside a body, which leaves them equal,
/// does not re-run it) and the def maps of the crate's dependencies. `returns(ref)`; the result
/// is compared, so an edit that leaves every scope as it was spares the readers.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn crate_def_map(db: &dyn Db, krate: CrateInput) -> CrateDefMap {
    let tree = crate_module_tree(db, krate);
    let mut resolver = Resolver::new(db, krate, tree);
    resolver.apply_crate_attributes();
    resolver.collect_items();
    resolver.inject_std();
    resolver.resolve_imports();
    resolver.finish()
}

/// A glob import that resolved: copy what `from` has to `into` (for an enum, its variants,
/// once), as `visibility`.
#[derive(Clone, Copy)]
struct GlobEdge {
    into: ModuleIndex,
    from: Resolution,
    visibility: Visibility,
}

struct Resolver<'a> {
    db: &'a dyn Db,
    krate: CrateInput,
    edition: Edition,
    tree: &'a ModuleTree,
    scopes: Vec<ModuleScope>,
    imports: Vec<Import>,
    visibilities: Vec<Visibility>,
    globs: Vec<GlobEdge>,
    /// For each glob, the value of `version` when it was last applied: a glob needs applying
    /// again only once its source module (of this crate) has changed since then, since a
    /// scope only grows and applying a glob to an unchanged source changes nothing.
    glob_applied_at: Vec<u64>,
    /// Counts the changes to scopes while imports are resolved.
    version: u64,
    /// For each module, the `version` of its scope's last change.
    changed_at: Vec<u64>,
    /// The names that glob imports brought into a module with another meaning than the glob
    /// name already there, with every meaning seen.
    glob_conflicts: rustc_hash::FxHashMap<(ModuleIndex, Namespace, SmolStr), Vec<Resolution>>,
    /// The conflicts left at the fixed point.
    ambiguous_names: Vec<AmbiguousName>,
    extern_prelude: BTreeMap<SmolStr, ModuleId>,
    /// The dependencies by the names the crate knows them by: what `extern crate` looks up.
    dependencies: BTreeMap<SmolStr, ModuleId>,
    /// The standard library's prelude module for the crate's edition (`std::prelude::rust_2021`),
    /// the last place a path's first segment is looked for; `None` under
    /// `#![no_implicit_prelude]` or without a standard library.
    language_prelude: Option<ModuleId>,
}

impl<'a> Resolver<'a> {
    fn new(db: &'a dyn Db, krate: CrateInput, tree: &'a ModuleTree) -> Resolver<'a> {
        let data = krate.data(db);
        let workspace = db.workspace();
        let mut dependencies = BTreeMap::new();
        for dependency in &data.dependencies {
            if let Some(dep) = workspace.krate(db, dependency.krate) {
                dependencies.insert(dependency.name.clone(), ModuleId { krate: dep, index: ModuleIndex::ROOT });
            }
        }
        // Every dependency is in the extern prelude but those that only `extern crate` brings in
        // (the sysroot's `alloc` and `test` for most crates; `std` itself has `alloc` in its
        // prelude, as a dependency of its manifest).
        let mut extern_prelude = dependencies.clone();
        for name in &data.outside_prelude {
            extern_prelude.remove(name);
        }
        Resolver {
            db,
            krate,
            edition: data.edition,
            tree,
            scopes: vec![ModuleScope::default(); tree.modules.len()],
            imports: Vec::new(),
            visibilities: Vec::new(),
            globs: Vec::new(),
            glob_applied_at: Vec::new(),
            glob_conflicts: Default::default(),
            ambiguous_names: Vec::new(),
            version: 0,
            changed_at: vec![0; tree.modules.len()],
            dependencies,
            extern_prelude,
            language_prelude: None,
        }
    }

    /// The crate's standard library as the extern prelude has it: `std`, else `core` (under
    /// `#![no_std]`), with its name.
    fn standard_library(&self) -> Option<(&'static str, ModuleId)> {
        ["std", "core"].into_iter().find_map(|name| Some((name, *self.extern_prelude.get(name)?)))
    }

    /// Finds the language prelude (after the crate attributes have said whether `std` or
    /// `core` is the crate's standard library): `prelude::rust_20xx` of the edition, or
    /// `prelude::v1` in older sources. The standard library's own crates (`core`, `std`) name
    /// theirs with `#[prelude_import] use prelude::rust_2024::*;` at their root, which rustc
    /// makes every module's prelude, as it does with the one it injects elsewhere.
    fn find_language_prelude(&mut self, no_implicit_prelude: bool, prelude_import: Option<&[SmolStr]>) {
        let child = |module: ModuleId, name: &str| {
            self.scope_of(module, |scope| match scope.types.get(name)?.resolution {
                Resolution::Module(child) => Some(child),
                _ => None,
            })
        };
        if let Some(segments) = prelude_import {
            // The crate's own scopes are not filled yet: its module tree names the module.
            let segments = segments.strip_prefix(&[SmolStr::new_static("crate")][..]).unwrap_or(segments);
            let index = segments.iter().try_fold(ModuleIndex::ROOT, |module, name| {
                let found =
                    self.tree.modules.iter().position(|data| data.parent == Some(module) && data.name == *name)?;
                Some(ModuleIndex::new(found))
            });
            self.language_prelude = index.map(|index| ModuleId { krate: self.krate, index });
            return;
        }
        if no_implicit_prelude {
            return;
        }
        let Some((_, library)) = self.standard_library() else { return };
        if library.krate == self.krate {
            return;
        }
        let Some(prelude) = child(library, "prelude") else { return };
        let edition_module = match self.edition {
            Edition::Edition2015 => "rust_2015",
            Edition::Edition2018 => "rust_2018",
            Edition::Edition2021 => "rust_2021",
            _ => "rust_2024",
        };
        self.language_prelude = child(prelude, edition_module).or_else(|| child(prelude, "v1"));
    }

    /// What the crate root's inner attributes (with `cfg_attr` applied) say of the extern
    /// prelude: `#![no_std]` takes `std` out of it (an `extern crate std;` brings it back),
    /// `#![no_core]` takes `core` out too.
    fn apply_crate_attributes(&mut self) {
        let root = ExpnId::crate_root(self.db, self.krate);
        let Some(located) = crate::expansion::locate_tokens(self.db, root) else { return };
        let summary = item_summary(self.db, located.file, self.edition);
        let cfg = &self.krate.data(self.db).cfg;
        let attrs = crate::expansion::expand_cfg_attrs(cfg, &summary.inner_attrs, |_| {});
        let has = |name: &str| attrs.iter().any(|attr| attr.is_named(name));
        if has("no_std") || has("no_core") {
            self.extern_prelude.remove("std");
        }
        if has("no_core") {
            self.extern_prelude.remove("core");
        }
        // `#[prelude_import] use path::*;` at the root (the standard library's own crates).
        let prelude_import = summary.items.iter().find_map(|item| {
            let crate::items::SummaryItemKind::Use { imports, .. } = &item.kind else { return None };
            if !item.attrs.iter().any(|attr| attr.is_named("prelude_import")) {
                return None;
            }
            let import = imports.iter().find(|import| matches!(import.kind, crate::items::UseImportKind::Glob))?;
            Some(import.path.segments.clone())
        });
        self.find_language_prelude(has("no_implicit_prelude"), prelude_import.as_deref());
    }

    /// The `extern crate std;` (`core` for `#![no_std]`) that rustc puts at every crate's root:
    /// a private name of the root, which is how `use std::mem;` resolves in 2015 (where `use`
    /// paths start at the root) and `crate::std::mem` in any edition. An item of the root with
    /// that name wins.
    fn inject_std(&mut self) {
        let injected = self.standard_library();
        let Some((name, target)) = injected else { return };
        let name = SmolStr::new_static(name);
        let krate = self.krate;
        // No scope at all when the crate's root file is missing.
        let Some(root) = self.scopes.first_mut() else { return };
        if !root.types.contains_key(&name) {
            let visibility = Visibility::Module(ModuleId { krate, index: ModuleIndex::ROOT });
            let entry = ScopeEntry { resolution: Resolution::Module(target), visibility, from_glob: false };
            root.insert(Namespace::Types, &name, entry);
        }
    }

    /// Child modules and the definitions of every module, and the imports to resolve.
    fn collect_items(&mut self) {
        let db = self.db;
        for (index, module) in self.tree.modules.iter().enumerate() {
            let index = ModuleIndex::new(index);
            if let Some(parent) = module.parent {
                let visibility = match module.declaration {
                    Some(declaration) => {
                        let raw =
                            &collect_definitions(db, declaration.expansion).definitions[declaration.index].visibility;
                        self.visibility(parent, raw)
                    }
                    None => Visibility::Public,
                };
                let entry = ScopeEntry {
                    resolution: Resolution::Module(ModuleId { krate: self.krate, index }),
                    visibility,
                    from_glob: false,
                };
                self.scopes[parent.index()].insert(Namespace::Types, &module.name, entry);
            }
            if module.file.is_none() {
                continue;
            }
            // The module's own fragment, and those of the macro calls in it and in its `extern`
            // blocks (never those in `impl`s and traits, whose items are associated items).
            let own = std::iter::once((module.expansion, module.inline_definition));
            let from_macros =
                module.macro_fragments.iter().chain(&module.foreign_fragments).map(|&expansion| (expansion, None));
            for (expansion, module_definition) in own.chain(from_macros) {
                self.collect_fragment_items(index, expansion, module_definition);
            }
        }
    }

    /// The definitions of `expansion`'s fragment that are directly in module `index` (those whose
    /// parent is `module_definition`, the module's own definition in the fragment, and the items
    /// of `extern` blocks there), in their namespaces; imports to resolve.
    fn collect_fragment_items(&mut self, index: ModuleIndex, expansion: ExpnId, module_definition: Option<DefIndex>) {
        let db = self.db;
        let Some(summary) = crate::expansion::fragment_items(db, expansion) else { return };
        let fragment = collect_definitions(db, expansion);
        let summary_items: Vec<_> = summary.iter().collect();
        let in_module = |parent: Option<DefIndex>| {
            parent == module_definition
                || parent.is_some_and(|parent| {
                    let parent = &fragment.definitions[parent];
                    parent.kind == DefKind::ForeignMod && parent.parent == module_definition
                })
        };
        for (definition_index, definition) in fragment.indexed_definitions() {
            if !in_module(definition.parent) || definition.kind == DefKind::Module {
                continue;
            }
            let summary_item = summary_items.get(definition.item.index());
            let name = summary_item.and_then(|item| item.name.clone()).unwrap_or_default();
            let visibility = self.visibility(index, &definition.visibility);
            let resolution = Resolution::Def { expansion, index: definition_index, kind: definition.kind };
            let entry = ScopeEntry { resolution, visibility, from_glob: false };
            if definition.kind == DefKind::Fn
                && let Some(item) = summary_item
                && let Some(macro_name) = proc_macro_name(item, &name)
            {
                // A procedural macro is a function of its crate, named as a macro at the
                // crate root (they may only be defined there).
                let entry = ScopeEntry { visibility: Visibility::Public, ..entry };
                self.scopes[0].insert(Namespace::Macros, &macro_name, entry);
            }
            let namespaces: &[Namespace] = match definition.kind {
                DefKind::Fn | DefKind::Const | DefKind::Static => &[Namespace::Values],
                // A tuple or unit struct also names its constructor; the summary does not
                // tell the shapes apart yet, so every struct is in both namespaces.
                DefKind::Struct => &[Namespace::Types, Namespace::Values],
                DefKind::Union | DefKind::Enum | DefKind::Trait | DefKind::TraitAlias | DefKind::TypeAlias => {
                    &[Namespace::Types]
                }
                DefKind::MacroDef => &[Namespace::Macros],
                DefKind::MacroRules => {
                    // Only `#[macro_export]` macros have a path: at the crate root.
                    if summary_item.is_some_and(|item| item.attrs_named("macro_export").next().is_some()) {
                        let entry = ScopeEntry { visibility: Visibility::Public, ..entry };
                        self.scopes[0].insert(Namespace::Macros, &name, entry);
                    }
                    // A `use` in the module can name it all the same (`pub(crate) use trace;`
                    // re-exports a `macro_rules!` from 2018 on): it is in the module's scope as
                    // a private name that any explicit name (such an import) replaces.
                    let module_id = ModuleId { krate: self.krate, index };
                    let textual = ScopeEntry { visibility: Visibility::Module(module_id), from_glob: true, ..entry };
                    self.scopes[index.index()].insert(Namespace::Macros, &name, textual);
                    &[]
                }
                DefKind::Use | DefKind::ExternCrate => {
                    let Some(item) = summary_item else { continue };
                    self.add_imports(index, expansion, definition_index, &item.kind, visibility);
                    &[]
                }
                DefKind::Variant | DefKind::Impl | DefKind::ForeignMod | DefKind::Module => &[],
            };
            if name.is_empty() || name == "_" {
                continue;
            }
            for &namespace in namespaces {
                self.scopes[index.index()].insert(namespace, &name, entry);
            }
        }
    }

    fn add_imports(
        &mut self,
        module: ModuleIndex,
        expansion: ExpnId,
        definition: DefIndex,
        kind: &SummaryItemKind,
        visibility: Visibility,
    ) {
        match kind {
            SummaryItemKind::Use { imports } => {
                for import in imports {
                    self.imports.push(Import {
                        module,
                        expansion,
                        definition,
                        path: import.path.clone(),
                        kind: import.kind.clone(),
                        is_extern_crate: false,
                        status: ImportStatus::Unresolved(UnresolvedImport::Pending),
                    });
                    self.visibilities.push(visibility);
                }
            }
            SummaryItemKind::ExternCrate { crate_name } => {
                let alias = {
                    let definition = &collect_definitions(self.db, expansion).definitions[definition];
                    match &definition.data {
                        crate::expansion::DefPathData::TypeNs(name) if name != crate_name => Some(name.clone()),
                        _ => None,
                    }
                };
                self.imports.push(Import {
                    module,
                    expansion,
                    definition,
                    path: ModPath { is_global: false, segments: vec![crate_name.clone()] },
                    kind: UseImportKind::Single { alias },
                    is_extern_crate: true,
                    status: ImportStatus::Unresolved(UnresolvedImport::Pending),
                });
                self.visibilities.push(visibility);
            }
            _ => {}
        }
    }

    /// A visibility as written in module `module`, resolved.
    fn visibility(&self, module: ModuleIndex, raw: &RawVisibility) -> Visibility {
        let here = ModuleId { krate: self.krate, index: module };
        match raw {
            RawVisibility::Public => Visibility::Public,
            RawVisibility::Crate => Visibility::Crate(self.krate),
            RawVisibility::Private | RawVisibility::SelfModule => Visibility::Module(here),
            RawVisibility::Super => {
                let parent = self.tree.modules[module.index()].parent.unwrap_or(module);
                Visibility::Module(ModuleId { krate: self.krate, index: parent })
            }
            RawVisibility::In(path) => match self.module_of_visibility_path(module, path) {
                Some(index) => Visibility::Module(ModuleId { krate: self.krate, index }),
                None => Visibility::Module(here),
            },
        }
    }

    /// The module a `pub(in path)` names: `crate`, `self` and `super` then child modules.
    fn module_of_visibility_path(&self, module: ModuleIndex, path: &ModPath) -> Option<ModuleIndex> {
        let mut current = module;
        for (i, segment) in path.segments.iter().enumerate() {
            current = match segment.as_str() {
                "crate" if i == 0 => ModuleIndex::ROOT,
                "self" if i == 0 => module,
                "super" => self.tree.modules[current.index()].parent?,
                name => (self.tree.modules.iter().enumerate())
                    .find(|(_, it)| it.parent == Some(current) && it.name == name)
                    .map(|(index, _)| ModuleIndex::new(index))?,
            };
        }
        Some(current)
    }

    /// Tries every unresolved import and grows every glob until nothing changes.
    fn resolve_imports(&mut self) {
        let mut done = vec![false; self.imports.len()];
        for _ in 0..MAX_IMPORT_ROUNDS {
            let mut changed = false;
            for (index, done) in done.iter_mut().enumerate() {
                if !*done && self.try_import(index) {
                    *done = true;
                    changed = true;
                }
            }
            for index in 0..self.globs.len() {
                let glob = self.globs[index];
                let source_changed = match glob.from {
                    Resolution::Module(module) if module.krate == self.krate => {
                        self.changed_at[module.index.index()] > self.glob_applied_at[index]
                    }
                    // Another crate's scopes and an enum's variants are final.
                    _ => false,
                };
                if source_changed {
                    self.glob_applied_at[index] = self.version;
                    changed |= self.apply_glob(glob);
                }
            }
            if !changed {
                break;
            }
        }
        let statuses: Vec<ImportStatus> = (done.iter().enumerate())
            .map(
                |(index, &done)| {
                    if done { ImportStatus::Resolved } else { ImportStatus::Unresolved(self.why_unresolved(index)) }
                },
            )
            .collect();
        for (import, status) in self.imports.iter_mut().zip(statuses) {
            import.status = status;
        }
        self.report_ambiguities();
    }

    /// Keeps the glob conflicts that no explicit name shadowed at the fixed point, and makes
    /// every resolved import whose path goes through one of them unresolved, as rustc reports
    /// an ambiguous name where it is used.
    fn report_ambiguities(&mut self) {
        let conflicts = std::mem::take(&mut self.glob_conflicts);
        let mut ambiguous: rustc_hash::FxHashSet<(ModuleIndex, Namespace, SmolStr)> = Default::default();
        let mut names = Vec::new();
        for ((module, namespace, name), candidates) in conflicts {
            let Some(entry) = self.scopes[module.index()].namespace(namespace).get(&name) else { continue };
            if !entry.from_glob {
                continue;
            }
            let mut candidates = candidates;
            candidates.sort_by_key(|resolution| *resolution != entry.resolution);
            names.push(AmbiguousName { module, name: name.clone(), namespace, candidates });
            ambiguous.insert((module, namespace, name));
        }
        names.sort_by(|a, b| (a.module, &a.name, a.namespace).cmp(&(b.module, &b.name, b.namespace)));
        self.ambiguous_names = names;
        if ambiguous.is_empty() {
            return;
        }
        for index in 0..self.imports.len() {
            if self.imports[index].status != ImportStatus::Resolved || self.imports[index].is_extern_crate {
                continue;
            }
            if let Some(name) = self.ambiguous_segment(index, &ambiguous) {
                let path = self.imports[index].path.to_string();
                self.imports[index].status =
                    ImportStatus::Unresolved(UnresolvedImport::Ambiguous { path, name: name.to_string() });
            }
        }
    }

    /// The first segment of import `index`'s path that names an ambiguous glob name of this
    /// crate, if any: the modules on the way are looked in for types, and the last segment of a
    /// single import in every namespace.
    fn ambiguous_segment(
        &self,
        index: usize,
        ambiguous: &rustc_hash::FxHashSet<(ModuleIndex, Namespace, SmolStr)>,
    ) -> Option<SmolStr> {
        let import = &self.imports[index];
        let segments = &import.path.segments;
        let is_single = matches!(import.kind, UseImportKind::Single { .. });
        for (position, segment) in segments.iter().enumerate() {
            if matches!(segment.as_str(), "crate" | "self" | "super" | "$crate") {
                continue;
            }
            let scope = if position == 0 {
                if import.path.is_global {
                    continue;
                }
                import.module
            } else {
                match self.resolve_prefix(import.module, &import.path, position)? {
                    Resolution::Module(ModuleId { krate, index }) if krate == self.krate => index,
                    _ => continue,
                }
            };
            let last = position + 1 == segments.len();
            let namespaces: &[Namespace] = if last && is_single {
                &[Namespace::Types, Namespace::Values, Namespace::Macros]
            } else {
                &[Namespace::Types]
            };
            if namespaces.iter().any(|namespace| ambiguous.contains(&(scope, *namespace, segment.clone()))) {
                return Some(segment.clone());
            }
        }
        None
    }

    /// Resolves import `index` if it can now; returns whether it did.
    fn try_import(&mut self, index: usize) -> bool {
        let import = self.imports[index].clone();
        let visibility = self.visibilities[index];
        if import.is_extern_crate {
            let name = &import.path.segments[0];
            let target = if name == "self" {
                Some(ModuleId { krate: self.krate, index: ModuleIndex::ROOT })
            } else {
                self.dependencies.get(name).copied()
            };
            let Some(target) = target else { return false };
            let alias = match &import.kind {
                UseImportKind::Single { alias: Some(alias) } => alias.clone(),
                _ => name.clone(),
            };
            let entry = ScopeEntry { resolution: Resolution::Module(target), visibility, from_glob: false };
            self.insert(import.module, Namespace::Types, &alias, entry);
            if import.module == ModuleIndex::ROOT && alias != "_" {
                self.extern_prelude.insert(alias, target);
            }
            return true;
        }
        let segments = &import.path.segments;
        match &import.kind {
            UseImportKind::Glob => {
                let Some(from) = self.resolve_prefix(import.module, &import.path, segments.len()) else { return false };
                if !matches!(from, Resolution::Module(_) | Resolution::Def { kind: DefKind::Enum, .. }) {
                    return false;
                }
                let glob = GlobEdge { into: import.module, from, visibility };
                self.globs.push(glob);
                self.glob_applied_at.push(self.version);
                self.apply_glob(glob);
                true
            }
            UseImportKind::Single { alias } => {
                let Some((last, _)) = segments.split_last() else { return false };
                if last == "self" {
                    // `use a::{self}`: the module or enum `a` itself, in the type namespace.
                    let Some(target) = self.resolve_prefix(import.module, &import.path, segments.len() - 1) else {
                        return false;
                    };
                    let name = crate::items::single_import_name(&import.path, alias.as_ref()).unwrap_or_default();
                    let entry = ScopeEntry { resolution: target, visibility, from_glob: false };
                    self.insert(import.module, Namespace::Types, &name, entry);
                    return true;
                }
                let found = self.resolve_last(import.module, &import.path);
                if found.is_empty() {
                    return false;
                }
                let name =
                    crate::items::single_import_name(&import.path, alias.as_ref()).unwrap_or_else(|| last.clone());
                for (namespace, resolution) in found {
                    let entry = ScopeEntry { resolution, visibility, from_glob: false };
                    self.insert(import.module, namespace, &name, entry);
                }
                true
            }
            UseImportKind::Underscore => {
                // `use Trait as _`: nothing gets a name; it resolves if the path does.
                !self.resolve_last(import.module, &import.path).is_empty()
            }
        }
    }

    /// What the first `count` segments of `path` name, seen from `module` (types only).
    fn resolve_prefix(&self, module: ModuleIndex, path: &ModPath, count: usize) -> Option<Resolution> {
        let segments = &path.segments[..count];
        let (mut current, rest) = self.resolve_first(module, path.is_global, segments)?;
        for segment in rest {
            current = self.lookup_in(module, current, segment, Namespace::Types)?;
        }
        Some(current)
    }

    /// The start of a path: what its first segments (`crate`, `self`, `super`s, `::name`, a
    /// name) name, and the segments left.
    fn resolve_first<'p>(
        &self,
        module: ModuleIndex,
        is_global: bool,
        segments: &'p [SmolStr],
    ) -> Option<(Resolution, &'p [SmolStr])> {
        let here = |index| Resolution::Module(ModuleId { krate: self.krate, index });
        if is_global {
            if self.edition == Edition::Edition2015 {
                return Some((here(ModuleIndex::ROOT), segments));
            }
            let (first, rest) = segments.split_first()?;
            return Some((Resolution::Module(*self.extern_prelude.get(first)?), rest));
        }
        let (first, rest) = segments.split_first()?;
        match first.as_str() {
            "crate" | "$crate" => Some((here(ModuleIndex::ROOT), rest)),
            "self" => Some((here(module), rest)),
            "super" => {
                let mut current = self.tree.modules[module.index()].parent?;
                let mut rest = rest;
                while let Some((next, tail)) = rest.split_first() {
                    if next != "super" {
                        break;
                    }
                    current = self.tree.modules[current.index()].parent?;
                    rest = tail;
                }
                Some((here(current), rest))
            }
            _ if self.edition == Edition::Edition2015 => Some((here(ModuleIndex::ROOT), segments)),
            _ => {
                if let Some(entry) = self.scopes[module.index()].types.get(first) {
                    return Some((entry.resolution, rest));
                }
                if let Some(krate) = self.extern_prelude.get(first) {
                    return Some((Resolution::Module(*krate), rest));
                }
                // Last, the language prelude: `use Option::Some;`.
                let prelude = self.language_prelude?;
                let resolution = self.scope_of(prelude, |scope| Some(scope.types.get(first)?.resolution))?;
                Some((resolution, rest))
            }
        }
    }

    /// Every namespace in which the last segment of `path` names something.
    fn resolve_last(&self, module: ModuleIndex, path: &ModPath) -> Vec<(Namespace, Resolution)> {
        let segments = &path.segments;
        let Some((last, _)) = segments.split_last() else { return Vec::new() };
        if segments.len() == 1 {
            if self.edition == Edition::Edition2015 {
                // `use name;` in 2015 names an item of the crate root.
                let root = Resolution::Module(ModuleId { krate: self.krate, index: ModuleIndex::ROOT });
                return [Namespace::Types, Namespace::Values, Namespace::Macros]
                    .into_iter()
                    .filter_map(|namespace| Some((namespace, self.lookup_in(module, root, last, namespace)?)))
                    .collect();
            }
            // `use name;` and `use ::name;` from 2018 on: a crate of the extern prelude, or (without
            // `::`) a name of the module, in any namespace.
            if !path.is_global {
                let scope = &self.scopes[module.index()];
                let here: Vec<(Namespace, Resolution)> = [Namespace::Types, Namespace::Values, Namespace::Macros]
                    .into_iter()
                    .filter_map(|namespace| Some((namespace, scope.namespace(namespace).get(last)?.resolution)))
                    .collect();
                if !here.is_empty() {
                    return here;
                }
            }
            if !path.is_global
                && !self.extern_prelude.contains_key(last)
                && let Some(prelude) = self.language_prelude
            {
                // A name of the language prelude, in each namespace it has (`use Vec;`, `use Some;`);
                // keywords (`use crate as name;`) and the rest go on below.
                let resolution = Resolution::Module(prelude);
                let found: Vec<(Namespace, Resolution)> = [Namespace::Types, Namespace::Values, Namespace::Macros]
                    .into_iter()
                    .filter_map(|namespace| Some((namespace, self.lookup_in(module, resolution, last, namespace)?)))
                    .collect();
                if !found.is_empty() {
                    return found;
                }
            }
            // Last, the primitive types: core's `pub use bool;`, `use u8 as yaml_char_t;`.
            if !path.is_global
                && !self.extern_prelude.contains_key(last)
                && let Some(builtin) = BuiltinType::from_name(last)
            {
                return vec![(Namespace::Types, Resolution::BuiltinType(builtin))];
            }
            return match self.resolve_first(module, path.is_global, segments) {
                Some((resolution, [])) => vec![(Namespace::Types, resolution)],
                _ => Vec::new(),
            };
        }
        let Some(parent) = self.resolve_prefix(module, path, segments.len() - 1) else { return Vec::new() };
        [Namespace::Types, Namespace::Values, Namespace::Macros]
            .into_iter()
            .filter_map(|namespace| Some((namespace, self.lookup_in(module, parent, last, namespace)?)))
            .collect()
    }

    /// `name` in `namespace` of `parent` (a module's scope, or an enum's variants), if visible
    /// from `from`.
    fn lookup_in(&self, from: ModuleIndex, parent: Resolution, name: &str, namespace: Namespace) -> Option<Resolution> {
        match parent {
            Resolution::Module(module) => {
                let entry = self.scope_of(module, |scope| scope.namespace(namespace).get(name).copied())?;
                self.is_visible(from, entry.visibility).then_some(entry.resolution)
            }
            Resolution::Def { expansion, index, kind: DefKind::Enum } => {
                if namespace == Namespace::Macros {
                    return None;
                }
                self.variants(expansion, index).into_iter().find(|(variant, _)| variant == name).map(|(_, it)| it)
            }
            Resolution::Def { .. } | Resolution::BuiltinType(_) => None,
        }
    }

    /// Reads the scope of `module`, in this crate (as resolved so far) or another (final).
    fn scope_of<T>(&self, module: ModuleId, read: impl FnOnce(&ModuleScope) -> T) -> T {
        if module.krate == self.krate {
            read(&self.scopes[module.index.index()])
        } else {
            let other = crate_def_map(self.db, module.krate);
            match other.modules.get(module.index.index()) {
                // A procedural-macro crate exports its macros and nothing else.
                Some(scope) if module.krate.data(self.db).is_proc_macro => {
                    read(&ModuleScope { macros: scope.macros.clone(), ..ModuleScope::default() })
                }
                Some(scope) => read(scope),
                None => read(&ModuleScope::default()),
            }
        }
    }

    /// The variants of the enum that is the `index`-th definition of `expansion`'s fragment.
    fn variants(&self, expansion: ExpnId, index: DefIndex) -> Vec<(SmolStr, Resolution)> {
        let fragment = collect_definitions(self.db, expansion);
        fragment
            .indexed_definitions()
            .filter(|(_, it)| it.parent == Some(index) && it.kind == DefKind::Variant)
            .filter_map(|(variant, it)| match &it.data {
                crate::expansion::DefPathData::TypeNs(name) => {
                    Some((name.clone(), Resolution::Def { expansion, index: variant, kind: DefKind::Variant }))
                }
                _ => None,
            })
            .collect()
    }

    /// Whether something of `visibility` can be named from module `from` of this crate.
    fn is_visible(&self, from: ModuleIndex, visibility: Visibility) -> bool {
        match visibility {
            Visibility::Public => true,
            Visibility::Crate(krate) => krate == self.krate,
            Visibility::Module(module) => {
                if module.krate != self.krate {
                    return false;
                }
                let mut current = Some(from);
                while let Some(index) = current {
                    if index == module.index {
                        return true;
                    }
                    current = self.tree.modules[index.index()].parent;
                }
                false
            }
        }
    }

    /// [`ModuleScope::insert`] into `module`'s scope, recording a change in `changed_at`.
    fn insert(&mut self, module: ModuleIndex, namespace: Namespace, name: &SmolStr, entry: ScopeEntry) -> bool {
        if entry.from_glob
            && let Some(old) = self.scopes[module.index()].namespace(namespace).get(name)
            && old.from_glob
            && old.resolution != entry.resolution
        {
            let seen = self.glob_conflicts.entry((module, namespace, name.clone())).or_default();
            for resolution in [old.resolution, entry.resolution] {
                if !seen.contains(&resolution) {
                    seen.push(resolution);
                }
            }
        }
        let changed = self.scopes[module.index()].insert(namespace, name, entry);
        if changed {
            self.version += 1;
            self.changed_at[module.index()] = self.version;
        }
        changed
    }

    /// Copies what a glob's source has (and `into` may see) into `into`; returns whether
    /// anything changed.
    fn apply_glob(&mut self, glob: GlobEdge) -> bool {
        let mut added: Vec<(Namespace, SmolStr, Resolution)> = Vec::new();
        match glob.from {
            Resolution::Module(module) => {
                for namespace in [Namespace::Types, Namespace::Values, Namespace::Macros] {
                    let entries: Vec<(SmolStr, ScopeEntry)> = self.scope_of(module, |scope| {
                        scope.namespace(namespace).iter().map(|(name, entry)| (name.clone(), *entry)).collect()
                    });
                    for (name, entry) in entries {
                        if self.is_visible(glob.into, entry.visibility) {
                            added.push((namespace, name, entry.resolution));
                        }
                    }
                }
            }
            Resolution::Def { expansion, index, kind: DefKind::Enum } => {
                for (name, resolution) in self.variants(expansion, index) {
                    added.push((Namespace::Types, name.clone(), resolution));
                    added.push((Namespace::Values, name, resolution));
                }
            }
            Resolution::Def { .. } | Resolution::BuiltinType(_) => {}
        }
        let mut changed = false;
        for (namespace, name, resolution) in added {
            let entry = ScopeEntry { resolution, visibility: glob.visibility, from_glob: true };
            changed |= self.insert(glob.into, namespace, &name, entry);
        }
        changed
    }

    /// Why import `index` did not resolve, for its diagnostic.
    fn why_unresolved(&self, index: usize) -> UnresolvedImport {
        let import = &self.imports[index];
        let path = import.path.to_string();
        if import.is_extern_crate {
            return UnresolvedImport::NoSuchCrate { path };
        }
        let segments = &import.path.segments;
        // The longest prefix that resolves, to say where the path stops.
        let mut resolved = 0;
        while resolved < segments.len() && self.resolve_prefix(import.module, &import.path, resolved + 1).is_some() {
            resolved += 1;
        }
        if resolved == 0 {
            let first = segments.first().map(SmolStr::to_string).unwrap_or_default();
            return UnresolvedImport::FirstSegmentNotFound { path, first };
        }
        let parent = segments[..resolved].join("::");
        let missing = segments.get(resolved).map(SmolStr::to_string).unwrap_or_else(|| "*".to_owned());
        // A module of the crate whose file was not found has no names: say so, since the cause
        // is the missing file (often one a `#[cfg_attr(.., path = ..)]` chooses by a cfg that a
        // build script sets) rather than the name.
        let fileless = match self.resolve_prefix(import.module, &import.path, resolved) {
            Some(Resolution::Module(ModuleId { krate, index })) if krate == self.krate => {
                self.tree.modules.get(index.index()).is_some_and(|module| module.file.is_none())
            }
            _ => false,
        };
        UnresolvedImport::NameNotFound { path, missing, parent, module_file_missing: fileless }
    }

    fn finish(self) -> CrateDefMap {
        CrateDefMap {
            krate: self.krate,
            modules: self.scopes,
            imports: self.imports,
            extern_prelude: self.extern_prelude,
            ambiguous_names: self.ambiguous_names,
            language_prelude: self.language_prelude,
        }
    }
}

/// The macro name of a procedural macro function: `#[proc_macro]` and
/// `#[proc_macro_attribute]` name it after the function, `#[proc_macro_derive(Name, ..)]` after
/// the attribute's first argument.
pub(crate) fn proc_macro_name(item: &crate::items::SummaryItem, fn_name: &SmolStr) -> Option<SmolStr> {
    use sem_syntax::token_tree::{Leaf, TokenTree};
    if item.attrs_named("proc_macro").next().is_some() || item.attrs_named("proc_macro_attribute").next().is_some() {
        return Some(fn_name.clone());
    }
    let derive = item.attrs_named("proc_macro_derive").next()?;
    let crate::items::AttrInput::TokenTree(tree) = &derive.input else { return None };
    let [TokenTree::Subtree(group)] = tree.token_trees.as_slice() else { return None };
    match group.token_trees.first() {
        Some(TokenTree::Leaf(Leaf::Ident(ident))) => Some(ident.text.clone()),
        _ => None,
    }
}

impl CrateDefMap {
    /// Every module's scope as text, modules in tree order (`crate`, `crate::a`...), names in
    /// order with the namespaces they are in (`t`, `v`, `m`), then the unresolved imports: the
    /// format of snapshot tests.
    pub fn dump(&self, db: &dyn Db) -> String {
        let tree = crate_module_tree(db, self.krate);
        let mut out = String::new();
        for (index, scope) in self.modules.iter().enumerate() {
            let _ = writeln!(out, "{}", tree.modules[index].def_path);
            let mut names: BTreeMap<&SmolStr, String> = BTreeMap::new();
            for (namespace, letter) in [(&scope.types, "t"), (&scope.values, "v"), (&scope.macros, "m")] {
                for (name, entry) in namespace {
                    let marks = names.entry(name).or_default();
                    marks.push(' ');
                    marks.push_str(letter);
                    if entry.from_glob {
                        marks.push('*');
                    }
                }
            }
            for (name, marks) in names {
                let _ = writeln!(out, "  {name}:{marks}");
            }
        }
        for ambiguous in &self.ambiguous_names {
            let path = &tree.modules[ambiguous.module.index()].def_path;
            let _ = writeln!(out, "ambiguous: {path}::{} ({})", ambiguous.name, ambiguous.namespace.letter());
        }
        for import in &self.imports {
            if let ImportStatus::Unresolved(reason) = &import.status {
                let _ = writeln!(out, "error: {reason}");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;

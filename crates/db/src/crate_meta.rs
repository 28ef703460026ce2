//! Writing an analyzed crate's public interface as a crate meta file
//! ([`sem_sources::CrateMeta`]), which sem loads in place of the crate's source.
//!
//! A meta file is Rust source: the versioned header, `#![no_std]` when the crate has it, then
//! the crate's modules as nested inline `mod`s, each with what its dependents can see of it, read
//! from the crate's [`crate_def_map`]:
//!
//! - every public item, by kind and name, without bodies or types (`pub struct S;`,
//!   `pub enum E { A, B }` with its enabled variants, `pub fn f() {}`, `pub trait T {}`,
//!   `pub type A = ();`, `pub const C: () = ();`, items of `extern` blocks in such blocks), at the
//!   module path where the source declares it, so that its `DefPath` is the source's;
//! - re-exports (`pub use`, glob imports expanded to one `pub use` per name) written against
//!   where the item is declared: `crate::path::Item` for the crate's own items (the modules on
//!   the way are written too, `pub(crate)` when they are not public), `::dep::path` for the items
//!   of a dependency (the shortest public path through the crate's dependencies, which keep
//!   their names in the crate graph; through a private `extern crate` alias where `::dep` would
//!   not work: 2015, `alloc`, `#![no_std]`'s `std`), and `pub extern crate` for crate roots;
//! - `#[macro_export] macro_rules!` macros, those a `use` makes public (`pub use name;`, written
//!   `pub use self::name;`) and `macro` items verbatim (their token trees, with their attributes
//!   but `cfg` and `cfg_attr`), and a procedural-macro crate's `#[proc_macro]`,
//!   `#[proc_macro_derive]` and `#[proc_macro_attribute]` functions as stubs with their
//!   attributes.
//!
//! Private items are left out, but for those a public re-export names (written `pub(crate)`,
//! as dependents cannot see them either). Modules that dependents cannot reach and that hold
//! nothing written are left out, and so are the re-exports of modules they cannot reach.
//!
//! A meta file carries names, not meaning: no types, signatures, fields, associated items,
//! `impl` blocks, bodies, or macros that dependents cannot name. Items that a macro defines are
//! written as plain items. [`dump_resolutions`] prints a crate's def map with every resolution
//! named by crate and `DefPath`, so that a dependent resolved through a dependency's source and
//! through its meta file can be compared.

use std::{collections::VecDeque, fmt::Write as _};

use rustc_hash::{FxHashMap, FxHashSet};
use sem_sources::{CrateMeta, Edition};
use sem_syntax::SyntaxKind;
use smol_str::SmolStr;

use crate::{
    Db,
    expansion::{DefKind, DefPathData, ExpnId, collect_definitions, expand_cfg_attrs, fragment_items},
    ids::{DefIndex, ItemIndex, ModuleIndex},
    inputs::CrateInput,
    items::{AttrInput, RawAttr, SummaryItem, SummaryItemKind, UseImportKind},
    module_tree::{DefPath, ModuleTree, crate_module_tree},
    name_resolution::{
        CrateDefMap, ImportStatus, ModuleId, ModuleScope, Namespace, Resolution, Visibility, crate_def_map,
    },
};

/// The crate meta file of `krate`: its header and public interface as Rust source, for
/// [`sem_sources::CrateMeta::parse`] and [`sem_sources::Sources::add_crate_meta`].
pub fn write_crate_meta(db: &dyn Db, krate: CrateInput) -> String {
    MetaWriter::new(db, krate).write()
}

/// A crate's def map as text, like [`CrateDefMap::dump`] but with what every name resolves to
/// (the crate's name and the `DefPath` of the module or definition, and its kind), its
/// visibility, and then every import with its status: a dependent crate gives the same text
/// whether a dependency is loaded from its source or from its meta file.
pub fn dump_resolutions(db: &dyn Db, krate: CrateInput) -> String {
    let tree = crate_module_tree(db, krate);
    let def_map = crate_def_map(db, krate);
    let mut paths = DefPaths::default();
    let mut out = String::new();
    for (index, scope) in def_map.modules.iter().enumerate() {
        let _ = writeln!(out, "{}", tree.modules[index].def_path);
        for (namespace, map) in namespaces(scope) {
            for (name, entry) in map {
                let glob = if entry.from_glob { "*" } else { "" };
                let target = paths.describe(db, entry.resolution);
                let visibility = paths.describe_visibility(db, entry.visibility);
                let _ = writeln!(out, "  {name} {}{glob}: {target} {visibility}", namespace.letter());
            }
        }
    }
    for import in &def_map.imports {
        let module = &tree.modules[import.module.index()].def_path;
        let kind = match (&import.kind, import.is_extern_crate) {
            (_, true) => "extern crate".to_owned(),
            (UseImportKind::Glob, _) => "use *".to_owned(),
            (UseImportKind::Underscore, _) => "use as _".to_owned(),
            (UseImportKind::Single { alias: Some(alias) }, _) => format!("use as {alias}"),
            (UseImportKind::Single { alias: None }, _) => "use".to_owned(),
        };
        let status = match &import.status {
            ImportStatus::Resolved => "resolved".to_owned(),
            ImportStatus::Unresolved(reason) => reason.to_string(),
        };
        let _ = writeln!(out, "import in {module}: {kind} {}: {status}", import.path);
    }
    out
}

fn namespaces(
    scope: &ModuleScope,
) -> [(Namespace, &std::collections::BTreeMap<SmolStr, crate::name_resolution::ScopeEntry>); 3] {
    Namespace::ALL.map(|namespace| (namespace, scope.namespace(namespace)))
}

/// A definition directly in a module (or in an `extern` block there): where it is declared.
struct Declaration {
    /// The module it is declared in.
    module: ModuleIndex,
    /// Its fragment, and its index among the fragment's definitions.
    expansion: ExpnId,
    index: DefIndex,
    kind: DefKind,
    /// Its name (empty for unnamed definitions: `impl`, `use`, `extern` blocks).
    name: SmolStr,
    data: DefPathData,
    /// Its disambiguator: among the module's definitions across its fragments, as
    /// [`crate::module_definitions`] counts, or inside its `extern` block.
    disambiguator: u32,
    /// The `extern` block it is in, by definition index in the same fragment.
    foreign_mod: Option<DefIndex>,
    /// Its item in the fragment's item summary (pre-order).
    item: ItemIndex,
}

/// Every declaration of a crate's modules, in module order, then declaration order.
#[derive(Default)]
struct Declarations {
    list: Vec<Declaration>,
    by_definition: FxHashMap<(ExpnId, DefIndex), usize>,
}

impl Declarations {
    fn of(db: &dyn Db, tree: &ModuleTree) -> Declarations {
        let mut declarations = Declarations::default();
        for (module_index, module) in tree.modules.iter().enumerate() {
            if module.file.is_none() {
                continue;
            }
            let own = std::iter::once((module.expansion, module.inline_definition));
            let from_macros =
                module.macro_fragments.iter().chain(&module.foreign_fragments).map(|&expansion| (expansion, None));
            let mut counters: FxHashMap<DefPathData, u32> = FxHashMap::default();
            for (expansion, module_definition) in own.chain(from_macros) {
                let fragment = collect_definitions(db, expansion);
                for (index, definition) in fragment.indexed_definitions() {
                    let foreign_mod = if definition.parent == module_definition {
                        None
                    } else {
                        match definition
                            .parent
                            .and_then(|parent| Some((parent, fragment.definitions.get(parent.index())?)))
                        {
                            Some((parent, it)) if it.kind == DefKind::ForeignMod && it.parent == module_definition => {
                                Some(parent)
                            }
                            _ => continue,
                        }
                    };
                    if definition.kind == DefKind::Module {
                        continue;
                    }
                    let disambiguator = match foreign_mod {
                        Some(_) => definition.disambiguator,
                        None => {
                            let counter = counters.entry(definition.data.clone()).or_insert(0);
                            *counter += 1;
                            *counter - 1
                        }
                    };
                    let name = match &definition.data {
                        DefPathData::TypeNs(name) | DefPathData::ValueNs(name) | DefPathData::MacroNs(name) => {
                            name.clone()
                        }
                        _ => SmolStr::default(),
                    };
                    declarations.by_definition.insert((expansion, index), declarations.list.len());
                    declarations.list.push(Declaration {
                        module: ModuleIndex::new(module_index),
                        expansion,
                        index,
                        kind: definition.kind,
                        name,
                        data: definition.data.clone(),
                        disambiguator,
                        foreign_mod,
                        item: definition.item,
                    });
                }
            }
        }
        declarations
    }

    fn get(&self, expansion: ExpnId, index: DefIndex) -> Option<&Declaration> {
        self.by_definition.get(&(expansion, index)).map(|&it| &self.list[it])
    }
}

/// `DefPath`s of definitions of any crate, with each crate's declarations found once.
#[derive(Default)]
struct DefPaths {
    crates: FxHashMap<CrateInput, Declarations>,
}

impl DefPaths {
    fn declarations(&mut self, db: &dyn Db, krate: CrateInput) -> &Declarations {
        self.crates.entry(krate).or_insert_with(|| Declarations::of(db, crate_module_tree(db, krate)))
    }

    /// The path of a definition: its declaration's, or (for variants, associated items) its
    /// parent's and its own data and disambiguator in the fragment.
    fn definition(&mut self, db: &dyn Db, expansion: ExpnId, index: DefIndex) -> Option<DefPath> {
        let krate = expansion.krate(db);
        let tree = crate_module_tree(db, krate);
        // The chain of definitions from this one up to one that is declared in a module.
        let fragment = collect_definitions(db, expansion);
        let mut below = Vec::new();
        let mut current = index;
        // A parent comes before its children in a fragment, so the walk ends; the bound is a
        // safety net all the same.
        for _ in 0..=fragment.definitions.len() {
            if let Some(declaration) = self.declarations(db, krate).get(expansion, current) {
                let module_path = &tree.modules[declaration.module.index()].def_path;
                let mut path = match declaration.foreign_mod {
                    Some(foreign_mod) => {
                        let block = self.declarations(db, krate).get(expansion, foreign_mod)?;
                        module_path.child(block.data.clone(), block.disambiguator)
                    }
                    None => module_path.clone(),
                };
                let declaration = self.declarations(db, krate).get(expansion, current)?;
                path = path.child(declaration.data.clone(), declaration.disambiguator);
                for (data, disambiguator) in below.into_iter().rev() {
                    path = path.child(data, disambiguator);
                }
                return Some(path);
            }
            let definition = fragment.definitions.get(current.index())?;
            below.push((definition.data.clone(), definition.disambiguator));
            current = definition.parent?;
        }
        None
    }

    /// A resolution as `crate-name DefPath (kind)`.
    fn describe(&mut self, db: &dyn Db, resolution: Resolution) -> String {
        match resolution {
            Resolution::Module(module) => {
                let tree = crate_module_tree(db, module.krate);
                let path = tree.modules.get(module.index.index()).map(|it| it.def_path.to_string());
                format!("{} {} (module)", module.krate.data(db).display_name, path.unwrap_or_else(|| "?".to_owned()))
            }
            Resolution::Def { expansion, index, kind } => {
                let path = self.definition(db, expansion, index).map(|it| it.to_string());
                let krate = expansion.krate(db).data(db).display_name.clone();
                format!("{krate} {} ({kind:?})", path.unwrap_or_else(|| "?".to_owned()))
            }
            Resolution::BuiltinType(builtin) => format!("primitive {}", builtin.name()),
        }
    }

    fn describe_visibility(&mut self, db: &dyn Db, visibility: Visibility) -> String {
        match visibility {
            Visibility::Public => "pub".to_owned(),
            Visibility::Crate(krate) => format!("pub(crate {})", krate.data(db).display_name),
            Visibility::Module(module) => format!("pub(in {})", self.describe(db, Resolution::Module(module))),
        }
    }
}

/// A public name of a module that is not the module's own declaration: what it stands for.
struct ReExport {
    name: SmolStr,
    namespace: Namespace,
    target: Resolution,
}

/// How a re-export's target is written.
enum TargetPath {
    /// `pub use PATH as name;`.
    Use(String),
    /// `pub extern crate NAME as name;`: a crate root (`self` for the crate's own).
    ExternCrate(String),
    /// The target cannot be named from the meta file; the reason goes into a comment.
    Omitted(String),
}

/// What writing one crate's meta file reads, and the aliases it finds it needs on the way.
struct MetaWriter<'a> {
    db: &'a dyn Db,
    krate: CrateInput,
    edition: Edition,
    tree: &'a ModuleTree,
    def_map: &'a CrateDefMap,
    declarations: Declarations,
    /// The items of each fragment in pre-order, found once.
    items: FxHashMap<ExpnId, Vec<&'a SummaryItem>>,
    /// The dependencies that are named through a private `extern crate` alias, by name.
    aliased_dependencies: std::collections::BTreeSet<SmolStr>,
    /// Whether the crate root says `#![no_std]`, and `#![no_core]`.
    no_std: bool,
    no_core: bool,
}

impl<'a> MetaWriter<'a> {
    fn new(db: &'a dyn Db, krate: CrateInput) -> MetaWriter<'a> {
        let tree = crate_module_tree(db, krate);
        let (no_std, no_core) = root_attributes(db, krate);
        MetaWriter {
            no_std,
            no_core,
            db,
            krate,
            edition: krate.data(db).edition,
            tree,
            def_map: crate_def_map(db, krate),
            declarations: Declarations::of(db, tree),
            items: FxHashMap::default(),
            aliased_dependencies: Default::default(),
        }
    }

    fn write(mut self) -> String {
        let data = self.krate.data(self.db);
        let mut out = CrateMeta::header(&data.display_name, self.edition, data.is_proc_macro);
        let module_count = self.tree.modules.len().min(self.def_map.modules.len());
        if module_count == 0 {
            return out;
        }
        let plan = self.plan(module_count);
        // Paths to the dependencies' items, found all at once.
        let foreign = self.foreign_paths(&plan);
        let mut bodies: Vec<Vec<String>> = Vec::with_capacity(module_count);
        for module in 0..module_count {
            bodies.push(if plan.needed[module] {
                self.module_body(ModuleIndex::new(module), &plan, &foreign)
            } else {
                Vec::new()
            });
        }
        if self.no_core {
            out.push_str("#![no_core]\n");
        }
        if self.no_std {
            out.push_str("#![no_std]\n");
        }
        for dependency in &self.aliased_dependencies {
            if let Some(name) = ident(dependency, self.edition) {
                let _ = writeln!(out, "extern crate {name} as {};", alias_of(dependency));
            }
        }
        self.write_tree(&mut out, &plan, &bodies);
        out
    }

    /// Decides what is written: which modules, which declarations (and whether `pub`), which
    /// re-exports.
    fn plan(&self, module_count: usize) -> Plan {
        let mut plan = Plan {
            public_link: vec![false; module_count],
            exposed: vec![false; module_count],
            needed: vec![false; module_count],
            children: vec![Vec::new(); module_count],
            declaration_public: vec![false; self.declarations.list.len()],
            written: vec![false; self.declarations.list.len()],
            macro_made_public: vec![false; self.declarations.list.len()],
            re_exports: (0..module_count).map(|_| Vec::new()).collect(),
            by_module: vec![Vec::new(); module_count],
        };
        for (index, declaration) in self.declarations.list.iter().enumerate() {
            if let Some(list) = plan.by_module.get_mut(declaration.module.index()) {
                list.push(index);
            }
        }
        for (index, module) in self.tree.modules.iter().enumerate().take(module_count) {
            if let Some(parent) = module.parent.filter(|&parent| (parent.index()) < module_count) {
                plan.children[parent.index()].push(ModuleIndex::new(index));
            }
        }
        // Every public name: a module's own declaration, a child module, or a re-export.
        for (module, scope) in self.def_map.modules.iter().enumerate().take(module_count) {
            for (namespace, map) in namespaces(scope) {
                for (name, entry) in map {
                    if entry.visibility != Visibility::Public {
                        continue;
                    }
                    match self.own_name(ModuleIndex::new(module), namespace, name, entry.resolution) {
                        OwnName::ChildModule(child) => plan.public_link[child.index()] = true,
                        OwnName::Declaration(index) => plan.declaration_public[index] = true,
                        OwnName::MacroMadePublic(index) => plan.macro_made_public[index] = true,
                        OwnName::ExportedAtRoot(index) => {
                            plan.declaration_public[index] = true;
                            plan.written[index] = true;
                        }
                        OwnName::No => plan.re_exports[module].push(ReExport {
                            name: name.clone(),
                            namespace,
                            target: entry.resolution,
                        }),
                    }
                }
            }
        }
        // What dependents can reach: the root, public children of what they reach, and what
        // re-exports in what they reach name.
        let mut queue = vec![ModuleIndex::ROOT];
        plan.exposed[0] = true;
        while let Some(module) = queue.pop() {
            for &child in &plan.children[module.index()] {
                if plan.public_link[child.index()] && !plan.exposed[child.index()] {
                    plan.exposed[child.index()] = true;
                    queue.push(child);
                }
            }
            for re_export in &plan.re_exports[module.index()] {
                match re_export.target {
                    Resolution::Module(target) if target.krate == self.krate => {
                        let index = target.index.index();
                        if index < module_count && !plan.exposed[index] {
                            plan.exposed[index] = true;
                            queue.push(target.index);
                        }
                    }
                    Resolution::Def { expansion, index, kind } if expansion.krate(self.db) == self.krate => {
                        let declared = match kind {
                            DefKind::Variant => self.enum_of_variant(expansion, index),
                            _ => self.declarations.by_definition.get(&(expansion, index)).copied(),
                        };
                        if let Some(declared) = declared {
                            plan.written[declared] = true;
                        }
                    }
                    _ => {}
                }
            }
        }
        for (index, declaration) in self.declarations.list.iter().enumerate() {
            let module = declaration.module.index();
            if module >= module_count {
                plan.written[index] = false;
                continue;
            }
            let public = plan.declaration_public[index] || plan.macro_made_public[index];
            if public && plan.exposed[module] && is_written_kind(declaration.kind) {
                plan.written[index] = true;
            }
            if plan.written[index] {
                plan.needed[module] = true;
            }
        }
        for module in 0..module_count {
            if plan.exposed[module] {
                plan.needed[module] = true;
            }
        }
        // The modules on the way to everything needed.
        for module in 0..module_count {
            if plan.needed[module] {
                let mut current = self.tree.modules[module].parent;
                while let Some(parent) = current {
                    if plan.needed[parent.index()] {
                        break;
                    }
                    plan.needed[parent.index()] = true;
                    current = self.tree.modules[parent.index()].parent;
                }
            }
        }
        plan
    }

    /// Whether the public name `name` of `module` in `namespace` is the module's own: a child
    /// module of that name, a definition declared there under that name, or (at the root) an
    /// exported `macro_rules!` or a procedural macro.
    fn own_name(&self, module: ModuleIndex, namespace: Namespace, name: &SmolStr, resolution: Resolution) -> OwnName {
        match resolution {
            Resolution::Module(target) if target.krate == self.krate => {
                let child = self.tree.modules.get(target.index.index());
                if namespace == Namespace::Types
                    && child.is_some_and(|child| child.parent == Some(module) && child.name == *name)
                {
                    return OwnName::ChildModule(target.index);
                }
                OwnName::No
            }
            Resolution::Def { expansion, index, kind } => {
                let Some(&declared) = self.declarations.by_definition.get(&(expansion, index)) else {
                    return OwnName::No;
                };
                let declaration = &self.declarations.list[declared];
                match (namespace, kind) {
                    (Namespace::Macros, DefKind::MacroRules)
                        if module == ModuleIndex::ROOT
                            && declaration.name == *name
                            && self.is_macro_export(declaration) =>
                    {
                        OwnName::ExportedAtRoot(declared)
                    }
                    // `pub use name;` next to a `macro_rules! name`, the 2018 way of exporting it.
                    (Namespace::Macros, DefKind::MacroRules)
                        if declaration.module == module && declaration.name == *name =>
                    {
                        OwnName::MacroMadePublic(declared)
                    }
                    (Namespace::Macros, DefKind::Fn)
                        if module == ModuleIndex::ROOT
                            && declaration.module == ModuleIndex::ROOT
                            && self.proc_macro_name(declaration).as_ref() == Some(name) =>
                    {
                        OwnName::ExportedAtRoot(declared)
                    }
                    (Namespace::Macros, DefKind::MacroRules | DefKind::Fn) => OwnName::No,
                    _ if declaration.module == module && declaration.name == *name => OwnName::Declaration(declared),
                    _ => OwnName::No,
                }
            }
            Resolution::Module(_) | Resolution::BuiltinType(_) => OwnName::No,
        }
    }

    /// The declaration of the enum a variant of this crate belongs to.
    fn enum_of_variant(&self, expansion: ExpnId, variant: DefIndex) -> Option<usize> {
        let parent = collect_definitions(self.db, expansion).definitions.get(variant.index())?.parent?;
        self.declarations.by_definition.get(&(expansion, parent)).copied()
    }

    /// The summary item of a declaration.
    fn item(&mut self, expansion: ExpnId, item: ItemIndex) -> Option<&'a SummaryItem> {
        let db = self.db;
        let items = self.items.entry(expansion).or_insert_with(|| {
            fragment_items(db, expansion).map(|summary| summary.iter().collect()).unwrap_or_default()
        });
        items.get(item.index()).copied()
    }

    /// Whether a declaration has `#[macro_export]` (as written: name resolution does not apply
    /// `cfg_attr` to it either).
    fn is_macro_export(&self, declaration: &Declaration) -> bool {
        let Some(items) = fragment_items(self.db, declaration.expansion) else { return false };
        items.iter().nth(declaration.item.index()).is_some_and(|item| item.attrs_named("macro_export").next().is_some())
    }

    /// The macro name of a procedural-macro function (`None` for other functions).
    fn proc_macro_name(&self, declaration: &Declaration) -> Option<SmolStr> {
        let items = fragment_items(self.db, declaration.expansion)?;
        let item = items.iter().nth(declaration.item.index())?;
        crate::name_resolution::proc_macro_name(item, &declaration.name)
    }

    /// The lines of one module: declarations, `extern` blocks, re-exports (children are
    /// written around them by [`MetaWriter::write_tree`]). A line may hold a newline inside a
    /// literal, which indentation must not touch.
    fn module_body(
        &mut self,
        module: ModuleIndex,
        plan: &Plan,
        foreign: &FxHashMap<Resolution, Vec<SmolStr>>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        let declared: Vec<usize> =
            plan.by_module[module.index()].iter().copied().filter(|&index| plan.written[index]).collect();
        let mut foreign_items: Vec<(ExpnId, DefIndex, Vec<String>)> = Vec::new();
        for index in declared {
            let declaration = &self.declarations.list[index];
            let (expansion, foreign_mod) = (declaration.expansion, declaration.foreign_mod);
            let visibility = if plan.declaration_public[index] { "pub " } else { "pub(crate) " };
            let Some(mut lines) = self.declaration_lines(index, visibility, foreign_mod.is_some()) else { continue };
            let declaration = &self.declarations.list[index];
            if declaration.kind == DefKind::MacroRules
                && !self.is_macro_export(declaration)
                && let Some(name) = ident(&declaration.name, self.edition)
            {
                // A `macro_rules!` is a private name of its module; a `use` makes it nameable by
                // path, by dependents where the source does so, else in the crate (for the
                // re-exports that name it from elsewhere).
                let public = plan.macro_made_public[index] && plan.exposed[module.index()];
                lines.push(format!("{} use self::{name};", if public { "pub" } else { "pub(crate)" }));
            }
            match foreign_mod {
                Some(block) => match foreign_items.iter_mut().find(|(e, b, _)| *e == expansion && *b == block) {
                    Some((_, _, items)) => items.extend(lines),
                    None => foreign_items.push((expansion, block, lines)),
                },
                None => out.extend(lines),
            }
        }
        if !foreign_items.is_empty() {
            // Every `extern` block of the module, empty or not, so that the blocks keep their
            // disambiguators and their items their `DefPath`s.
            let blocks: Vec<(ExpnId, DefIndex)> = plan.by_module[module.index()]
                .iter()
                .map(|&index| &self.declarations.list[index])
                .filter(|it| it.kind == DefKind::ForeignMod)
                .map(|it| (it.expansion, it.index))
                .collect();
            for (expansion, block) in blocks {
                out.push("extern \"C\" {".to_owned());
                if let Some((_, _, items)) = foreign_items.iter().find(|(e, b, _)| *e == expansion && *b == block) {
                    out.extend(items.iter().map(|item| format!("    {item}")));
                }
                out.push("}".to_owned());
            }
        }
        // Only dependents see re-exports, so those of modules they cannot reach are left out.
        if plan.exposed[module.index()] {
            self.write_re_exports(&mut out, &plan.re_exports[module.index()], foreign);
        }
        out
    }

    /// One declaration as the lines of an item, or `None` when it cannot be written.
    fn declaration_lines(&mut self, index: usize, visibility: &str, in_extern_block: bool) -> Option<Vec<String>> {
        let (expansion, definition_index, item_index, kind, name) = {
            let it = &self.declarations.list[index];
            (it.expansion, it.index, it.item, it.kind, it.name.clone())
        };
        let name = ident(&name, self.edition)?;
        let item = self.item(expansion, item_index);
        let attrs = |keep: &dyn Fn(&RawAttr) -> bool| -> Vec<String> {
            item.map(|item| item.attrs.iter().filter(|attr| !attr.is_inner && keep(attr)).map(attr_text).collect())
                .unwrap_or_default()
        };
        let no_attrs = Vec::new();
        let (attrs, text) = match kind {
            DefKind::Fn if in_extern_block => (no_attrs, format!("{visibility}fn {name}();")),
            DefKind::Fn => {
                let proc_macro = ["proc_macro", "proc_macro_derive", "proc_macro_attribute"];
                (attrs(&|attr| proc_macro.iter().any(|it| attr.is_named(it))), format!("{visibility}fn {name}() {{}}"))
            }
            DefKind::Struct => (no_attrs, format!("{visibility}struct {name};")),
            DefKind::Union => (no_attrs, format!("{visibility}union {name} {{}}")),
            DefKind::Enum => {
                let fragment = collect_definitions(self.db, expansion);
                let variants: Vec<String> = fragment
                    .definitions
                    .iter()
                    .filter(|it| it.parent == Some(definition_index) && it.kind == DefKind::Variant)
                    .filter_map(|it| match &it.data {
                        DefPathData::TypeNs(variant) => ident(variant, self.edition),
                        _ => None,
                    })
                    .collect();
                (no_attrs, format!("{visibility}enum {name} {{ {} }}", variants.join(", ")))
            }
            DefKind::Trait => (no_attrs, format!("{visibility}trait {name} {{}}")),
            DefKind::TraitAlias => (no_attrs, format!("{visibility}trait {name} = ;")),
            DefKind::TypeAlias if in_extern_block => (no_attrs, format!("{visibility}type {name};")),
            DefKind::TypeAlias => (no_attrs, format!("{visibility}type {name} = ();")),
            DefKind::Const => (no_attrs, format!("{visibility}const {name}: () = ();")),
            DefKind::Static if in_extern_block => (no_attrs, format!("{visibility}static {name}: ();")),
            DefKind::Static => (no_attrs, format!("{visibility}static {name}: () = ();")),
            DefKind::MacroRules => {
                let Some(SummaryItemKind::MacroRules { body }) = item.map(|it| &it.kind) else { return None };
                let body = body.to_text();
                let body = if body.is_empty() { "{}".to_owned() } else { body };
                let semicolon = if body.starts_with('{') { "" } else { ";" };
                (
                    attrs(&|attr| !attr.is_named("cfg") && !attr.is_named("cfg_attr")),
                    format!("macro_rules! {name} {body}{semicolon}"),
                )
            }
            DefKind::MacroDef => {
                let Some(SummaryItemKind::MacroDef { body }) = item.map(|it| &it.kind) else { return None };
                (
                    attrs(&|attr| !attr.is_named("cfg") && !attr.is_named("cfg_attr")),
                    format!("{visibility}macro {name}{}", body.to_text()),
                )
            }
            DefKind::Module
            | DefKind::Variant
            | DefKind::Impl
            | DefKind::Use
            | DefKind::ExternCrate
            | DefKind::ForeignMod => return None,
        };
        let mut lines = attrs;
        lines.push(text);
        Some(lines)
    }

    /// The re-exports of one module: for each name, one `pub use` per target, the targets that
    /// would bring in fewer namespaces than they should first (an import does not replace a
    /// name an earlier one gave).
    fn write_re_exports(
        &mut self,
        out: &mut Vec<String>,
        re_exports: &[ReExport],
        foreign: &FxHashMap<Resolution, Vec<SmolStr>>,
    ) {
        let mut by_name: std::collections::BTreeMap<&SmolStr, Vec<(Resolution, Vec<Namespace>)>> = Default::default();
        for re_export in re_exports {
            let targets = by_name.entry(&re_export.name).or_default();
            match targets.iter_mut().find(|(target, _)| *target == re_export.target) {
                Some((_, namespaces)) => namespaces.push(re_export.namespace),
                None => targets.push((re_export.target, vec![re_export.namespace])),
            }
        }
        for (name, mut targets) in by_name {
            let Some(alias) = ident(name, self.edition) else { continue };
            targets.sort_by_key(|(target, namespaces)| {
                let extra = provided_namespaces(*target).iter().filter(|it| !namespaces.contains(it)).count();
                (extra, namespaces.clone())
            });
            for (target, _) in targets {
                match self.target_path(target, foreign) {
                    TargetPath::Use(path) => {
                        let last = path.rsplit("::").next().unwrap_or_default();
                        if last == alias {
                            out.push(format!("pub use {path};"));
                        } else {
                            out.push(format!("pub use {path} as {alias};"));
                        }
                    }
                    TargetPath::ExternCrate(krate) if krate == alias => out.push(format!("pub extern crate {krate};")),
                    TargetPath::ExternCrate(krate) => out.push(format!("pub extern crate {krate} as {alias};")),
                    TargetPath::Omitted(reason) => out.push(format!("// `{name}` is not written: {reason}")),
                }
            }
        }
    }

    /// How a re-export names its target from the meta file.
    fn target_path(&mut self, target: Resolution, foreign: &FxHashMap<Resolution, Vec<SmolStr>>) -> TargetPath {
        let db = self.db;
        match target {
            Resolution::Module(module) if module.krate == self.krate => {
                if module.index == ModuleIndex::ROOT {
                    return TargetPath::ExternCrate("self".to_owned());
                }
                match self.module_path(module.index) {
                    Some(path) => TargetPath::Use(path),
                    None => TargetPath::Omitted("a module without a name".to_owned()),
                }
            }
            Resolution::Def { expansion, index, kind } if expansion.krate(db) == self.krate => {
                let declared = match kind {
                    DefKind::Variant => self.enum_of_variant(expansion, index),
                    _ => self.declarations.by_definition.get(&(expansion, index)).copied(),
                };
                let Some(declared) = declared else {
                    return TargetPath::Omitted(format!("{kind:?} outside the module tree"));
                };
                let declaration = &self.declarations.list[declared];
                let (module, name) = match kind {
                    // Exported macros and procedural macros are named at the root.
                    DefKind::MacroRules if self.is_macro_export(declaration) => {
                        (ModuleIndex::ROOT, Some(declaration.name.clone()))
                    }
                    DefKind::Fn if self.is_root_macro(target) => {
                        let name = self.proc_macro_name(declaration);
                        (ModuleIndex::ROOT, name)
                    }
                    _ => (declaration.module, Some(declaration.name.clone())),
                };
                let Some(mut path) = self.module_path(module) else {
                    return TargetPath::Omitted("a module without a name".to_owned());
                };
                let Some(name) = name.and_then(|name| ident(&name, self.edition)) else {
                    return TargetPath::Omitted("a name that is not an identifier".to_owned());
                };
                let _ = write!(path, "::{name}");
                if kind == DefKind::Variant {
                    let variant = collect_definitions(db, expansion).definitions.get(index.index()).and_then(|it| {
                        match &it.data {
                            DefPathData::TypeNs(name) => ident(name, self.edition),
                            _ => None,
                        }
                    });
                    let Some(variant) = variant else { return TargetPath::Omitted("an unnamed variant".to_owned()) };
                    let _ = write!(path, "::{variant}");
                }
                TargetPath::Use(path)
            }
            Resolution::Module(ModuleId { krate, index: ModuleIndex::ROOT }) => match self.dependency_name(krate) {
                Some(name) => match ident(&name, self.edition) {
                    Some(name) => TargetPath::ExternCrate(name),
                    None => TargetPath::Omitted("a dependency name that is not an identifier".to_owned()),
                },
                None => self.foreign_target(target, foreign),
            },
            // `pub use u8 as byte;` names the type from any module from 2018 on.
            Resolution::BuiltinType(builtin) if self.edition != Edition::Edition2015 => {
                TargetPath::Use(builtin.name().to_owned())
            }
            Resolution::BuiltinType(_) => TargetPath::Omitted("a primitive type, which no 2015 path names".to_owned()),
            _ => self.foreign_target(target, foreign),
        }
    }

    /// How a re-export names an item of another crate: through the path found to it (for a
    /// variant, to its enum).
    fn foreign_target(&mut self, target: Resolution, foreign: &FxHashMap<Resolution, Vec<SmolStr>>) -> TargetPath {
        let (key, variant) = match target {
            Resolution::Def { expansion, index, kind: DefKind::Variant } => {
                let definitions = &collect_definitions(self.db, expansion).definitions;
                let variant = definitions.get(index.index());
                let parent = variant.and_then(|it| it.parent);
                let name = variant.and_then(|it| match &it.data {
                    DefPathData::TypeNs(name) => Some(name.clone()),
                    _ => None,
                });
                match (parent, name) {
                    (Some(parent), Some(name)) => {
                        (Resolution::Def { expansion, index: parent, kind: DefKind::Enum }, Some(name))
                    }
                    _ => return TargetPath::Omitted("a variant outside an enum".to_owned()),
                }
            }
            _ => (target, None),
        };
        let Some(segments) = foreign.get(&key) else {
            return TargetPath::Omitted("no public path to it through the dependencies".to_owned());
        };
        let mut segments: Vec<SmolStr> = segments.clone();
        segments.extend(variant);
        self.foreign_path_text(&segments)
            .map_or_else(|| TargetPath::Omitted("a name that is not an identifier".to_owned()), TargetPath::Use)
    }

    /// Whether `target` is in the root's macro namespace (a procedural macro of this crate).
    fn is_root_macro(&self, target: Resolution) -> bool {
        self.def_map.modules.first().is_some_and(|root| root.macros.values().any(|entry| entry.resolution == target))
    }

    /// `crate::a::b` for module `index` (`crate` for the root).
    fn module_path(&self, index: ModuleIndex) -> Option<String> {
        let mut names = Vec::new();
        let mut current = index;
        while let Some(parent) = self.tree.modules.get(current.index())?.parent {
            names.push(ident(&self.tree.modules[current.index()].name, self.edition)?);
            current = parent;
        }
        let mut path = "crate".to_owned();
        for name in names.iter().rev() {
            let _ = write!(path, "::{name}");
        }
        Some(path)
    }

    /// A path found through the dependencies (its first segment a dependency's name) as it is
    /// written: `::dep::a::b` where the dependency is in the extern prelude, else through a
    /// private `extern crate` alias at the root.
    fn foreign_path_text(&mut self, segments: &[SmolStr]) -> Option<String> {
        let (first, rest) = segments.split_first()?;
        let mut path = if self.in_extern_prelude(first) {
            format!("::{}", ident(first, self.edition)?)
        } else {
            ident(first, self.edition)?;
            self.aliased_dependencies.insert(first.clone());
            format!("crate::{}", alias_of(first))
        };
        for segment in rest {
            let _ = write!(path, "::{}", ident(segment, self.edition)?);
        }
        Some(path)
    }

    /// Whether `::name` names the dependency `name` in the meta file, as the resolver's extern
    /// prelude has it.
    fn in_extern_prelude(&self, name: &str) -> bool {
        if self.edition == Edition::Edition2015 {
            return false;
        }
        match name {
            "alloc" | "test" => false,
            "proc_macro" => self.krate.data(self.db).is_proc_macro,
            "std" => !self.no_std && !self.no_core,
            "core" => !self.no_core,
            _ => true,
        }
    }

    /// The name this crate knows the crate `krate` by, if it depends on it.
    fn dependency_name(&self, krate: CrateInput) -> Option<SmolStr> {
        let id = krate.id(self.db);
        self.krate.data(self.db).dependencies.iter().find(|dep| dep.krate == id).map(|dep| dep.name.clone())
    }

    /// For every item of another crate that a written re-export names, the shortest public
    /// path to it through this crate's dependencies: the dependency's name, then the names on
    /// the way. The dependencies that define the items are searched first, then all of them.
    fn foreign_paths(&self, plan: &Plan) -> FxHashMap<Resolution, Vec<SmolStr>> {
        let db = self.db;
        let mut wanted: FxHashSet<Resolution> = FxHashSet::default();
        for (module, re_exports) in plan.re_exports.iter().enumerate() {
            if !plan.exposed[module] {
                continue;
            }
            for re_export in re_exports {
                let target = match re_export.target {
                    Resolution::Module(module) if module.krate == self.krate => continue,
                    Resolution::Module(ModuleId { krate, index: ModuleIndex::ROOT })
                        if self.dependency_name(krate).is_some() =>
                    {
                        continue;
                    }
                    Resolution::Def { expansion, .. } if expansion.krate(db) == self.krate => continue,
                    Resolution::BuiltinType(_) => continue,
                    Resolution::Def { expansion, index, kind: DefKind::Variant } => {
                        let Some(parent) =
                            collect_definitions(db, expansion).definitions.get(index.index()).and_then(|it| it.parent)
                        else {
                            continue;
                        };
                        Resolution::Def { expansion, index: parent, kind: DefKind::Enum }
                    }
                    target => target,
                };
                wanted.insert(target);
            }
        }
        let mut found = FxHashMap::default();
        if wanted.is_empty() {
            return found;
        }
        let workspace = db.workspace();
        let dependencies: Vec<(SmolStr, CrateInput)> = self
            .krate
            .data(db)
            .dependencies
            .iter()
            .filter_map(|dep| Some((dep.name.clone(), workspace.krate(db, dep.krate)?)))
            .collect();
        let defining: FxHashSet<CrateInput> = wanted
            .iter()
            .filter_map(|target| match target {
                Resolution::Module(module) => Some(module.krate),
                Resolution::Def { expansion, .. } => Some(expansion.krate(db)),
                Resolution::BuiltinType(_) => None,
            })
            .collect();
        let first: Vec<(SmolStr, CrateInput)> =
            dependencies.iter().filter(|(_, krate)| defining.contains(krate)).cloned().collect();
        search_public_paths(db, &first, &wanted, &mut found);
        if found.len() < wanted.len() {
            search_public_paths(db, &dependencies, &wanted, &mut found);
        }
        found
    }

    /// Writes the needed modules as nested inline `mod`s, the root's body at the top level,
    /// without recursion (modules nest as deep as the source does).
    fn write_tree(&self, out: &mut String, plan: &Plan, bodies: &[Vec<String>]) {
        enum Step {
            Open(ModuleIndex, usize),
            Close(usize),
        }
        let mut stack = vec![Step::Open(ModuleIndex::ROOT, 0)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Open(module, depth) => {
                    let indent = "    ".repeat(depth);
                    let inner = if module == ModuleIndex::ROOT {
                        indent.clone()
                    } else {
                        let data = &self.tree.modules[module.index()];
                        let Some(name) = ident(&data.name, self.edition) else { continue };
                        let visibility = if plan.public_link[module.index()] { "pub" } else { "pub(crate)" };
                        let _ = writeln!(out, "{indent}{visibility} mod {name} {{");
                        stack.push(Step::Close(depth));
                        "    ".repeat(depth + 1)
                    };
                    for line in &bodies[module.index()] {
                        let _ = writeln!(out, "{inner}{line}");
                    }
                    let child_depth = if module == ModuleIndex::ROOT { depth } else { depth + 1 };
                    for &child in plan.children[module.index()].iter().rev() {
                        if plan.needed[child.index()] {
                            stack.push(Step::Open(child, child_depth));
                        }
                    }
                }
                Step::Close(depth) => {
                    let _ = writeln!(out, "{}}}", "    ".repeat(depth));
                }
            }
        }
    }
}

/// What [`MetaWriter::plan`] decides.
struct Plan {
    /// Whether a module's name in its parent is public and names it.
    public_link: Vec<bool>,
    /// Whether dependents can reach a module (through public modules or re-exports).
    exposed: Vec<bool>,
    /// Whether a module is written.
    needed: Vec<bool>,
    children: Vec<Vec<ModuleIndex>>,
    /// Whether a declaration's own name in its module is public (written `pub`, else
    /// `pub(crate)`).
    declaration_public: Vec<bool>,
    /// Whether a declaration is written.
    written: Vec<bool>,
    /// Whether a `macro_rules!` declaration is public in its module through a `use` there.
    macro_made_public: Vec<bool>,
    /// Each module's public names that are not its own declarations or child modules.
    re_exports: Vec<Vec<ReExport>>,
    /// Each module's declarations, in order.
    by_module: Vec<Vec<usize>>,
}

/// What a public name of a module is to that module.
enum OwnName {
    /// The child module of that name.
    ChildModule(ModuleIndex),
    /// A definition the module declares under that name.
    Declaration(usize),
    /// An exported `macro_rules!` or a procedural macro at the root (wherever declared).
    ExportedAtRoot(usize),
    /// A `macro_rules!` of the module that a `use` of the module makes public.
    MacroMadePublic(usize),
    /// Something else: a re-export.
    No,
}

/// Whether a definition of this kind is written when public.
fn is_written_kind(kind: DefKind) -> bool {
    !matches!(
        kind,
        DefKind::Module | DefKind::Variant | DefKind::Impl | DefKind::Use | DefKind::ExternCrate | DefKind::ForeignMod
    )
}

/// The namespaces a `use` of the target's name brings in (for the definition itself).
fn provided_namespaces(target: Resolution) -> &'static [Namespace] {
    match target {
        Resolution::Module(_) | Resolution::BuiltinType(_) => &[Namespace::Types],
        Resolution::Def { kind, .. } => match kind {
            DefKind::Struct | DefKind::Variant => &[Namespace::Types, Namespace::Values],
            DefKind::Fn | DefKind::Const | DefKind::Static => &[Namespace::Values],
            DefKind::MacroRules | DefKind::MacroDef => &[Namespace::Macros],
            _ => &[Namespace::Types],
        },
    }
}

/// Breadth-first search of the public modules of `starts` (dependency roots, by name) for the
/// `wanted` resolutions; records in `found` the first path to each, the dependency's name first.
fn search_public_paths(
    db: &dyn Db,
    starts: &[(SmolStr, CrateInput)],
    wanted: &FxHashSet<Resolution>,
    found: &mut FxHashMap<Resolution, Vec<SmolStr>>,
) {
    let mut visited: FxHashSet<ModuleId> = FxHashSet::default();
    let mut queue: VecDeque<(ModuleId, Vec<SmolStr>)> = VecDeque::new();
    for (name, krate) in starts {
        let root = ModuleId { krate: *krate, index: ModuleIndex::ROOT };
        if visited.insert(root) {
            queue.push_back((root, vec![name.clone()]));
        }
    }
    while let Some((module, path)) = queue.pop_front() {
        if found.len() >= wanted.len() {
            return;
        }
        let def_map = crate_def_map(db, module.krate);
        let Some(scope) = def_map.modules.get(module.index.index()) else { continue };
        // A procedural-macro crate shows its macros and nothing else.
        let only_macros = module.krate.data(db).is_proc_macro;
        for (namespace, map) in namespaces(scope) {
            if only_macros && namespace != Namespace::Macros {
                continue;
            }
            for (name, entry) in map {
                if entry.visibility != Visibility::Public {
                    continue;
                }
                let mut child_path = None;
                if wanted.contains(&entry.resolution) && !found.contains_key(&entry.resolution) {
                    let mut full = path.clone();
                    full.push(name.clone());
                    found.insert(entry.resolution, full.clone());
                    child_path = Some(full);
                }
                if let Resolution::Module(child) = entry.resolution
                    && namespace == Namespace::Types
                    && visited.insert(child)
                {
                    let full = child_path.unwrap_or_else(|| {
                        let mut full = path.clone();
                        full.push(name.clone());
                        full
                    });
                    queue.push_back((child, full));
                }
            }
        }
    }
}

/// Whether the root of `krate` says `#![no_std]` and `#![no_core]` (with `cfg_attr` applied).
fn root_attributes(db: &dyn Db, krate: CrateInput) -> (bool, bool) {
    let Some(items) = fragment_items(db, ExpnId::crate_root(db, krate)) else { return (false, false) };
    let attrs = expand_cfg_attrs(&krate.data(db).cfg, &items.inner_attrs, |_| {});
    let has = |name: &str| attrs.iter().any(|attr| attr.is_named(name));
    (has("no_std"), has("no_core"))
}

/// The private name a dependency gets at the meta file's root when `::name` cannot name it.
fn alias_of(dependency: &str) -> String {
    format!("__sem_extern_{dependency}")
}

/// `name` as an identifier of `edition` (`r#name` for a keyword), or `None` when it cannot be
/// one (empty, a path keyword, not an identifier).
fn ident(name: &str, edition: Edition) -> Option<String> {
    let mut chars = name.chars();
    let first = chars.next()?;
    if !(first == '_' || first.is_alphabetic()) || !chars.all(|c| c == '_' || c.is_alphanumeric()) {
        return None;
    }
    if matches!(name, "_" | "self" | "super" | "crate" | "Self") {
        return None;
    }
    if SyntaxKind::from_keyword(name, edition).is_some() { Some(format!("r#{name}")) } else { Some(name.to_owned()) }
}

/// An attribute as written.
fn attr_text(attr: &RawAttr) -> String {
    match &attr.input {
        AttrInput::None => format!("#[{}]", attr.path),
        AttrInput::TokenTree(tree) => format!("#[{}{}]", attr.path, tree.to_text()),
        AttrInput::Value(value) => format!("#[{} = {value}]", attr.path),
    }
}

#[cfg(test)]
mod tests;

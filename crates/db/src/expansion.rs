//! Expansion points and the definitions of each fragment (seed 003).
//!
//! An *expansion point* is a place whose contents come from elsewhere: the crate root, an
//! out-of-line module (`mod foo;`, whose items are in another file) and a macro call. They form a
//! tree: an [`ExpnId`] is its crate, its parent expansion and its index among the parent's
//! expansion points, in declaration order. The contents of an expansion are its *fragment*.
//!
//! - [`locate_tokens`] finds the file of a module expansion (`foo.rs`, `foo/mod.rs`, the 2018
//!   rule for non-`mod.rs` parents, `#[path]`), with the crate's cfg applied to `cfg_attr`.
//! - [`collect_definitions`] reads the item summary of the fragment's file, drops what the
//!   crate's cfg disables, and lists the fragment's definitions (each named by its
//!   [`DefPathData`] and a disambiguator, relative to the fragment's module) and its own
//!   expansion points. A `mod name;` whose file starts with a `#![cfg]` that does not hold is
//!   no definition at all, as in rustc (which reads the file's inner attributes as the `mod`
//!   item's): only those attributes of the file are read ([`module_file_cfg_attrs`]). A crate
//!   root's own `#![cfg]` that does not hold leaves the crate empty.
//!
//! A macro call among items is an expansion point whose fragment is its expansion's items
//! ([`crate::macros`]). A call inside an item (in a body, a signature, a type) is an expansion
//! too ([`ExpnSite::Inner`], [`crate::inner_calls`]), but no expansion point of a fragment: its
//! fragment holds no items, and the HIR lowers its expansion.
//!
//! Keys hold no text positions: an [`ExpnId`] is a parent and an index, and a definition is a
//! name and a disambiguator under its parent, so moving text around changes no key.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use sem_sources::{
    CfgOptions, FilePath, RelativePath, TargetKind,
    cfg::{CfgAttrProblem, CfgExpr},
};
use sem_syntax::token_tree::{DelimiterKind, TokenTree};
use smol_str::SmolStr;

use crate::diagnostics::{CfgDiagnosticKind, CollectDiagnosticKind};
use crate::inner_calls::{InnerCallKind, inner_calls};
use crate::{
    Db,
    ids::{DefIndex, ExpansionPointIndex, InnerCallIndex, ItemIndex},
    inputs::{CrateInput, SourceFile},
    items::{AttrInput, ModPath, RawAttr, RawVisibility, SummaryItem, SummaryItemKind, item_summary},
};

/// An expansion point: the root of a crate (no parent), or the `index`-th expansion point of
/// its parent's fragment.
///
/// Interned, so equal keys are the same id; `revisions = usize::MAX` keeps an id valid however
/// many revisions pass without it being read, so it can be kept by tools between edits.
/// `unsafe(no_lifetime)` makes it a plain `Copy` id like the inputs (`SourceFile`,
/// `CrateInput`), which results such as [`crate::ModuleTree`] can hold without carrying the
/// database's lifetime; salsa requires it to come with `revisions = usize::MAX`, so that a slot
/// is never reclaimed or reused while an id to it exists. As with the inputs' ids, an id must
/// only be used with the database that made it.
#[salsa::interned(unsafe(no_lifetime), revisions = usize::MAX, debug)]
pub struct ExpnId {
    /// The crate the expansion belongs to: a file in two crates gives two expansions.
    #[returns(copy)]
    pub krate: CrateInput,
    /// The expansion whose fragment holds this expansion point; `None` for the crate root.
    #[returns(copy)]
    pub parent: Option<ExpnId>,
    /// Where under the parent: one of its fragment's expansion points, or a macro call inside
    /// one of its items.
    #[returns(copy)]
    pub site: ExpnSite,
}

/// Where an expansion is under its parent.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ExpnSite {
    /// The parent fragment's expansion point of that index (in declaration order): an
    /// out-of-line module, or a macro call among items. These are what name resolution expands.
    Point(ExpansionPointIndex),
    /// The macro call `call` inside the item `item` of the parent's fragment, in the pre-order
    /// of [`inner_macro_calls`] over the item's syntax: a call in an expression, a statement, a
    /// pattern or a type, which the HIR expands when it lowers the item's owner (name
    /// resolution never sees them). The expansion of such a call is one item, index 0, for the
    /// calls written inside it.
    Inner { item: ItemIndex, call: InnerCallIndex },
}

impl ExpnId {
    /// The expansion of `krate`'s root module.
    pub fn crate_root(db: &dyn Db, krate: CrateInput) -> ExpnId {
        ExpnId::new(db, krate, None, ExpnSite::Point(ExpansionPointIndex::new(0)))
    }

    /// The expansion of the expansion point `index` of `parent`'s fragment.
    pub fn point(db: &dyn Db, parent: ExpnId, index: ExpansionPointIndex) -> ExpnId {
        ExpnId::new(db, parent.krate(db), Some(parent), ExpnSite::Point(index))
    }

    /// The expansion of the macro call `call` inside item `item` of `parent`'s fragment.
    pub fn inner(db: &dyn Db, parent: ExpnId, item: ItemIndex, call: InnerCallIndex) -> ExpnId {
        ExpnId::new(db, parent.krate(db), Some(parent), ExpnSite::Inner { item, call })
    }

    /// Which expansion point of its parent's fragment this is; `None` for a crate root (whose
    /// site is nominal) and for a call inside an item.
    pub fn point_index(self, db: &dyn Db) -> Option<ExpansionPointIndex> {
        match self.site(db) {
            ExpnSite::Point(index) if self.parent(db).is_some() => Some(index),
            _ => None,
        }
    }
}

/// How a definition is named in its parent, as rustc's `DefPathData`: the namespace and name,
/// or the kind of an unnamed definition.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefPathData {
    /// Modules, types, traits, variants, `extern crate`, associated types.
    TypeNs(SmolStr),
    /// Functions, constants (`const _` included), statics, associated functions and constants.
    ValueNs(SmolStr),
    /// `macro_rules!` and `macro` definitions.
    MacroNs(SmolStr),
    /// An `impl` block.
    Impl,
    /// A `use` item.
    Use,
    /// An `extern` block.
    ForeignMod,
}

/// What a definition is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum DefKind {
    Module,
    Fn,
    Struct,
    Union,
    Enum,
    Variant,
    Trait,
    TraitAlias,
    Impl,
    TypeAlias,
    Const,
    Static,
    Use,
    ExternCrate,
    ForeignMod,
    MacroRules,
    MacroDef,
}

/// One definition of a fragment.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Definition {
    /// The enclosing definition in the same fragment (an inline module, an enum, a trait, an
    /// `impl`, an `extern` block), by index; `None` for the fragment's own module.
    pub parent: Option<DefIndex>,
    /// Its name or kind under the parent.
    pub data: DefPathData,
    /// How many definitions with the same parent and data come before it (0 for most).
    pub disambiguator: u32,
    /// What it is.
    pub kind: DefKind,
    /// Its visibility as written.
    pub visibility: RawVisibility,
    /// Its index in the pre-order of the file's item summary (where its attributes and, through
    /// `item_positions`, its text are).
    pub item: ItemIndex,
}

impl Fragment {
    /// Definition `index`, if the fragment has it.
    pub fn definition(&self, index: DefIndex) -> Option<&Definition> {
        self.definitions.get(index.index())
    }

    /// Expansion point `index`, if the fragment has it.
    pub fn expansion_point(&self, index: ExpansionPointIndex) -> Option<&ExpansionPoint> {
        self.expansion_points.get(index.index())
    }

    /// The definitions, each with its index.
    pub fn indexed_definitions(&self) -> impl Iterator<Item = (DefIndex, &Definition)> {
        self.definitions.iter().enumerate().map(|(index, definition)| (DefIndex::new(index), definition))
    }

    /// The expansion points, each with its index (the key of its [`ExpnId`] under this
    /// fragment's).
    pub fn indexed_expansion_points(&self) -> impl Iterator<Item = (ExpansionPointIndex, &ExpansionPoint)> {
        self.expansion_points.iter().enumerate().map(|(index, point)| (ExpansionPointIndex::new(index), point))
    }
}

impl std::ops::Index<DefIndex> for Vec<Definition> {
    type Output = Definition;
    fn index(&self, definition: DefIndex) -> &Definition {
        &self[definition.index()]
    }
}

/// An expansion point of a fragment.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExpansionPoint {
    /// `mod name;`: the module is the definition `definition` of this fragment, and its items
    /// are in the first of `candidates` that exists.
    Module { definition: DefIndex, candidates: ModuleCandidates },
    /// A macro call in item position, in the module `module` of this fragment (`None`: the
    /// fragment's own module), inside the inline modules `inline_path` of the fragment (where
    /// the `mod name;` items of its expansion look for their files); `kind` tells a call
    /// (`name!(..)`) from a derive or an attribute on the item `item`; `position` tells a call
    /// among a module's items from one among an `impl`'s, a trait's or an `extern` block's.
    MacroCall {
        module: Option<DefIndex>,
        path: ModPath,
        item: ItemIndex,
        inline_path: Vec<SmolStr>,
        kind: CallKind,
        position: CallPosition,
    },
}

/// Where a macro call stands, which decides whose items its expansion's are.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CallPosition {
    /// Among a module's items: the expansion's top-level items are the module's, and name
    /// resolution sees them.
    Module,
    /// Among the associated items of an `impl`, a trait or an `extern` block (serde_json's
    /// `deserialize_number!(deserialize_i8);` in `impl Deserializer`): the expansion's
    /// top-level items are that container's associated items, never the module's. `container`
    /// is the container's definition in this fragment, or `None` when the container is the
    /// one of the call that made this fragment (a call inside an associated-item expansion).
    Associated { container: Option<DefIndex> },
    /// Inside an item, where the grammar expects what the kind says
    /// ([`crate::expand::ExpnSite::Inner`]): the expansion holds no items of the module.
    Inner(InnerCallKind),
}

/// How a macro is called in item position.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum CallKind {
    /// `path!(..)`: the item is the call.
    Bang,
    /// One path of a `#[derive(..)]` on the struct, enum or union `item`, whose tokens are the
    /// input; the expansion's items follow the item in its module.
    Derive,
    /// An attribute of `item` (`cfg_attr` applied) whose path is the call's, naming a
    /// registered attribute procedural macro: the expansion replaces the item, which is not
    /// defined.
    Attribute,
}

/// Where the file of an out-of-line module may be.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ModuleCandidates {
    /// The name of the module.
    pub name: SmolStr,
    /// The paths to try, in order, each with whether the file found there owns its directory
    /// (a `mod.rs`, a crate root, a `#[path]` file) rather than opening one named after itself.
    pub paths: Vec<(FilePath, bool)>,
}

impl ModuleCandidates {
    /// The first candidate that exists in the roots' file lists: the module's file.
    pub fn find(&self, db: &dyn Db) -> Option<LocatedFile> {
        let workspace = db.workspace();
        self.paths.iter().find_map(|(path, owns_dir)| {
            Some(LocatedFile { file: workspace.file(db, path)?, owns_dir: *owns_dir, or_own_dir: false })
        })
    }
}

/// A problem found while collecting definitions.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct CollectDiagnostic {
    /// The item it is about, in the pre-order of the file's item summary.
    pub item: ItemIndex,
    /// What is wrong (an attribute macro that is not registered is a warning: a limit of the
    /// analysis rather than an error of the code).
    pub kind: CollectDiagnosticKind,
}

impl CollectDiagnostic {
    /// The message, rendered from the kind.
    pub fn message(&self) -> String {
        crate::diagnostics::DiagnosticKind::message(&self.kind)
    }
}

/// What [`collect_definitions`] finds in one fragment.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Fragment {
    /// Its definitions, in pre-order (a definition before the ones it encloses).
    pub definitions: Vec<Definition>,
    /// Its expansion points, in declaration order: the `index` of their [`ExpnId`]s.
    pub expansion_points: Vec<ExpansionPoint>,
    /// Problems: invalid `cfg` predicates, malformed `cfg_attr`.
    pub diagnostics: Vec<CollectDiagnostic>,
}

/// The file an expansion's tokens come from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LocatedFile {
    /// The file.
    pub file: SourceFile,
    /// Whether the modules it declares are in its own directory (a crate root, a `mod.rs`, a
    /// `#[path]` file) rather than in a directory named after it (`foo.rs` declares `foo/bar.rs`).
    pub owns_dir: bool,
    /// For a file that does not own its directory: whether its modules may be in its own
    /// directory all the same, looked for after the directory named after it. Set for detached
    /// files, which may be modules or crate roots (tests, examples, binaries).
    pub or_own_dir: bool,
}

/// The file of `expn` (the seed's name, kept: it finds where the expansion's tokens come from,
/// and returns that file, not tokens): the crate's root file for a crate root, the file found for an
/// out-of-line module (`None` when it does not exist: the module tree reports it, and the file
/// appearing later fixes it, since the lookup reads the root's file list), and for a macro call
/// the file the call is in (where the modules its expansion declares are looked for; its items
/// come from the expansion, see [`crate::macros`]).
#[salsa::tracked(returns(copy))]
pub fn locate_tokens(db: &dyn Db, expn: ExpnId) -> Option<LocatedFile> {
    let Some(parent) = expn.parent(db) else {
        let data = expn.krate(db).data(db);
        let file = db.workspace().file(db, &data.root_file)?;
        // A crate root owns its directory. A detached file (one no crate reaches) may be a module
        // whose declaration sits in a macro, where `foo.rs` declares its modules in `foo/`, or a
        // crate root Cargo would find by its place (`tests/foo.rs`): both places are tried,
        // `foo/` first, unless it is named like a root or a `mod.rs`.
        let owns_dir = data.target_kind != TargetKind::Detached
            || matches!(data.root_file.path.file_stem(), "mod" | "lib" | "main");
        return Some(LocatedFile { file, owns_dir, or_own_dir: !owns_dir });
    };
    match expansion_point(db, expn)? {
        ExpansionPoint::Module { candidates, .. } => candidates.find(db),
        ExpansionPoint::MacroCall { .. } => locate_tokens(db, parent),
    }
}

/// The expansion point `expn` is, in its parent's fragment (a call inside an item is one too,
/// found on the item's syntax by [`inner_calls`]); `None` for a crate root.
pub fn expansion_point(db: &dyn Db, expn: ExpnId) -> Option<&ExpansionPoint> {
    let parent = expn.parent(db)?;
    match expn.site(db) {
        ExpnSite::Point(index) => collect_definitions(db, parent).expansion_points.get(index.index()),
        ExpnSite::Inner { item, call } => inner_calls(db, parent, item).get(call.index()),
    }
}

/// The definitions and expansion points of the fragment of `expn`, with the crate's cfg applied.
///
/// Reads the item summary of the fragment's file, which compares equal after edits that only
/// move items, so this query does not re-run for them; its own result is compared too, so an
/// edit of a cfg-disabled item stops here. `returns(ref)`: readers borrow the fragment.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn collect_definitions(db: &dyn Db, expn: ExpnId) -> Fragment {
    // The expansion of a call inside an item is no fragment of items: what it defines is the
    // HIR's business.
    if let ExpnSite::Inner { .. } = expn.site(db) {
        return Fragment::default();
    }
    let Some(located) = locate_tokens(db, expn) else { return Fragment::default() };
    let data = expn.krate(db).data(db);
    if expn.parent(db).is_none() {
        // A crate root whose `#![cfg]` does not hold is an empty crate, as in rustc (tokio's
        // `fs_uring_*` tests without `tokio_unstable`).
        let attrs = expand_cfg_attrs(&data.cfg, module_file_cfg_attrs(db, located.file, data.edition), |_| {});
        if !cfg_attrs_hold(&data.cfg, &attrs) {
            return Fragment::default();
        }
    }
    let (summary, base_inline_path) = match expansion_point(db, expn) {
        Some(ExpansionPoint::MacroCall { inline_path, .. }) => match &crate::macros::macro_expansion(db, expn).items {
            Some(items) => (&**items, inline_path.clone()),
            None => return Fragment::default(),
        },
        _ => (item_summary(db, located.file, data.edition), Vec::new()),
    };
    let krate = expn.krate(db);
    // The `use dep::name;` imports of the fragment, for attribute macros named without a path.
    let imports = std::cell::OnceCell::new();
    let attribute_macro = |attr: &RawAttr| {
        let imports = imports.get_or_init(|| crate::macros::single_imports(&summary.items));
        crate::macros::attribute_macro(db, krate, imports, attr)
    };
    // Whether the file a `mod name;` finds is enabled by its own `#![cfg]`: read through
    // `module_file_cfg_attrs`, whose result stays equal when the file's other items change.
    let module_file_enabled = |candidates: &ModuleCandidates| {
        let Some(located) = candidates.find(db) else { return true };
        let attrs = expand_cfg_attrs(&data.cfg, module_file_cfg_attrs(db, located.file, data.edition), |_| {});
        cfg_attrs_hold(&data.cfg, &attrs)
    };
    let mut collector = Collector {
        module_file_enabled: &module_file_enabled,
        cfg: &data.cfg,
        file: located.file.path(db),
        owns_dir: located.owns_dir,
        or_own_dir: located.or_own_dir,
        fragment: Fragment::default(),
        seen: FxHashMap::default(),
        item_index: 0,
        attribute_macro: &attribute_macro,
        replaced: false,
        associated: matches!(
            expansion_point(db, expn),
            Some(ExpansionPoint::MacroCall { position: CallPosition::Associated { .. }, .. })
        ),
    };
    collector.collect(&summary.items, base_inline_path);
    // Kept for the whole session: no room left in the lists.
    let mut fragment = collector.fragment;
    fragment.definitions.shrink_to_fit();
    fragment.expansion_points.shrink_to_fit();
    for point in &mut fragment.expansion_points {
        if let ExpansionPoint::MacroCall { path, inline_path, .. } = point {
            path.segments.shrink_to_fit();
            inline_path.shrink_to_fit();
        }
    }
    fragment
}

/// The `#![cfg]` and `#![cfg_attr]` attributes at the top of `file`: what decides whether a
/// module whose file it is exists at all. Its own query, so that the fragment declaring the
/// module reads only these: an edit of the file's items leaves them equal.
#[salsa::tracked(returns(ref))]
pub fn module_file_cfg_attrs(db: &dyn Db, file: SourceFile, edition: sem_sources::Edition) -> Vec<RawAttr> {
    let summary = item_summary(db, file, edition);
    summary.inner_attrs.iter().filter(|attr| attr.is_named("cfg") || attr.is_named("cfg_attr")).cloned().collect()
}

/// Whether every `cfg` among `attrs` (`cfg_attr` already applied) holds; an invalid predicate
/// counts as holding, as [`Collector::is_enabled`] has it.
fn cfg_attrs_hold(cfg: &CfgOptions, attrs: &[RawAttr]) -> bool {
    attrs.iter().filter(|attr| attr.is_named("cfg")).all(|attr| {
        let Some(inside) = group_tokens(attr) else { return true };
        CfgExpr::parse(inside).eval(cfg).unwrap_or(true)
    })
}

/// Whether the item is a test or a benchmark of the built-in test harness (`#[test]`,
/// `#[bench]`): rustc's `test` and `bench` attribute macros remove such an item unless the crate
/// is compiled with `--cfg test`, so outside test builds it is not defined, as under
/// `#[cfg(test)]`. Only the one-segment names count: `#[tokio::test]` is another macro.
pub(crate) fn is_test_harness_item(attrs: &[RawAttr]) -> bool {
    attrs.iter().any(|attr| !attr.is_inner && (attr.is_named("test") || attr.is_named("bench")))
}

/// Where item `item` of `expn`'s fragment stands in a file: the same item for a fragment read
/// from a file, and for a macro expansion the call that made it (followed up to a file), as the
/// file-based expansion and the item's index in that file's summary.
pub fn item_in_file(db: &dyn Db, expn: ExpnId, item: ItemIndex) -> Option<(ExpnId, ItemIndex)> {
    let (mut expn, mut item) = (expn, item);
    while let Some(ExpansionPoint::MacroCall { item: call, .. }) = expansion_point(db, expn) {
        item = *call;
        expn = expn.parent(db)?;
    }
    Some((expn, item))
}

/// The items of `expn`'s fragment: its file's summary, or its macro call's expansion (`None`
/// when the call was not expanded, and for a call inside an item).
pub fn fragment_items(db: &dyn Db, expn: ExpnId) -> Option<&crate::items::ItemSummary> {
    if let ExpnSite::Inner { .. } = expn.site(db) {
        return None;
    }
    let located = locate_tokens(db, expn)?;
    match expansion_point(db, expn) {
        Some(ExpansionPoint::MacroCall { .. }) => crate::macros::macro_expansion(db, expn).items.as_deref(),
        _ => Some(item_summary(db, located.file, expn.krate(db).data(db).edition)),
    }
}

struct Collector<'a> {
    /// Whether the file an out-of-line module finds (if any) keeps the module: its inner
    /// `#![cfg]` may remove it, as rustc removes a module whose file says `#![cfg(test)]`.
    module_file_enabled: &'a dyn Fn(&ModuleCandidates) -> bool,
    cfg: &'a CfgOptions,
    /// The fragment's file and whether it owns its directory.
    file: &'a FilePath,
    owns_dir: bool,
    or_own_dir: bool,
    fragment: Fragment,
    /// How many definitions each (parent, data) pair has so far: the next disambiguator.
    seen: FxHashMap<(Option<DefIndex>, DefPathData), u32>,
    /// The pre-order index of the next item of the summary.
    item_index: usize,
    /// Whether an attribute names an attribute macro, and whether it is registered.
    attribute_macro: &'a dyn Fn(&RawAttr) -> crate::macros::AttributeMacro,
    /// Set by [`Collector::define`] when an attribute macro replaces the item: its children
    /// are the macro's business, not the fragment's.
    replaced: bool,
    /// Whether the fragment is the expansion of a call in associated-item position, so that its
    /// top-level items are associated items too.
    associated: bool,
}

/// An item still to visit: the item, its parent definition, the inline modules around it
/// (names, outermost first) and whether the cfg enabled everything around it.
struct Visit<'s> {
    item: &'s SummaryItem,
    parent: Option<DefIndex>,
    module: Option<DefIndex>,
    inline_path: Vec<SmolStr>,
    enabled: bool,
}

impl Collector<'_> {
    /// Visits the items in pre-order, with an explicit stack (inline modules nest as deep as the
    /// source does). Disabled items are still counted, so that item indices stay those of the
    /// summary.
    fn collect(&mut self, items: &[SummaryItem], base_inline_path: Vec<SmolStr>) {
        let mut stack: Vec<Visit<'_>> = items
            .iter()
            .rev()
            .map(|item| Visit {
                item,
                parent: None,
                module: None,
                inline_path: base_inline_path.clone(),
                enabled: true,
            })
            .collect();
        while let Some(visit) = stack.pop() {
            let item_index = ItemIndex::new(self.item_index);
            self.item_index += 1;
            let attrs = self.effective_attrs(item_index, &visit.item.attrs);
            let enabled = visit.enabled && self.is_enabled(item_index, &attrs);
            self.replaced = false;
            let definition = if enabled { self.define(&visit, item_index, &attrs) } else { None };
            if self.replaced {
                continue;
            }
            let mut inline_path = visit.inline_path.clone();
            let module = match (&visit.item.kind, definition) {
                (SummaryItemKind::Module { inline_items: Some(_) }, Some(index)) => {
                    inline_path.push(visit.item.name.clone().unwrap_or_default());
                    Some(index)
                }
                _ => visit.module,
            };
            for child in visit.item.children().iter().rev() {
                stack.push(Visit {
                    item: child,
                    parent: definition.or(visit.parent),
                    module,
                    inline_path: inline_path.clone(),
                    enabled,
                });
            }
        }
    }

    /// Records the definition (and expansion point) of an enabled item; returns its index.
    fn define(&mut self, visit: &Visit<'_>, item_index: ItemIndex, attrs: &[RawAttr]) -> Option<DefIndex> {
        let item = visit.item;
        let name = || item.name.clone().unwrap_or_default();
        let position = self.call_position(visit.parent);
        if !matches!(item.kind, SummaryItemKind::MacroCall { .. }) {
            for attr in attrs.iter().filter(|attr| crate::items::may_be_attribute_macro(attr)) {
                match (self.attribute_macro)(attr) {
                    crate::macros::AttributeMacro::Registered => {
                        self.fragment.expansion_points.push(ExpansionPoint::MacroCall {
                            module: visit.module,
                            path: attr.path.clone(),
                            item: item_index,
                            inline_path: visit.inline_path.clone(),
                            kind: CallKind::Attribute,
                            position,
                        });
                        self.replaced = true;
                        return None;
                    }
                    crate::macros::AttributeMacro::Unregistered(error) => {
                        self.fragment.diagnostics.push(CollectDiagnostic {
                            item: item_index,
                            kind: CollectDiagnosticKind::AttributeMacro(error),
                        });
                    }
                    crate::macros::AttributeMacro::NotAMacro => {}
                }
            }
        }
        let mut module_candidates = None;
        let (data, kind) = match &item.kind {
            SummaryItemKind::MacroCall { path, .. } => {
                let point = ExpansionPoint::MacroCall {
                    module: visit.module,
                    path: path.clone(),
                    item: item_index,
                    inline_path: visit.inline_path.clone(),
                    kind: CallKind::Bang,
                    position,
                };
                self.fragment.expansion_points.push(point);
                return None;
            }
            SummaryItemKind::Fn => (DefPathData::ValueNs(name()), DefKind::Fn),
            SummaryItemKind::Struct => (DefPathData::TypeNs(name()), DefKind::Struct),
            SummaryItemKind::Union => (DefPathData::TypeNs(name()), DefKind::Union),
            SummaryItemKind::Enum { .. } => (DefPathData::TypeNs(name()), DefKind::Enum),
            SummaryItemKind::Variant => (DefPathData::TypeNs(name()), DefKind::Variant),
            SummaryItemKind::Trait { .. } => (DefPathData::TypeNs(name()), DefKind::Trait),
            SummaryItemKind::TraitAlias => (DefPathData::TypeNs(name()), DefKind::TraitAlias),
            SummaryItemKind::Impl { .. } => (DefPathData::Impl, DefKind::Impl),
            SummaryItemKind::TypeAlias => (DefPathData::TypeNs(name()), DefKind::TypeAlias),
            SummaryItemKind::Const => {
                (DefPathData::ValueNs(item.name.clone().unwrap_or_else(|| "_".into())), DefKind::Const)
            }
            SummaryItemKind::Static => (DefPathData::ValueNs(name()), DefKind::Static),
            SummaryItemKind::Module { inline_items: None } => {
                let candidates = self.module_candidates(&name(), &visit.inline_path, attrs);
                if !(self.module_file_enabled)(&candidates) {
                    return None;
                }
                module_candidates = Some(candidates);
                (DefPathData::TypeNs(name()), DefKind::Module)
            }
            SummaryItemKind::Module { .. } => (DefPathData::TypeNs(name()), DefKind::Module),
            SummaryItemKind::Use { .. } => (DefPathData::Use, DefKind::Use),
            SummaryItemKind::ExternCrate { .. } => (DefPathData::TypeNs(name()), DefKind::ExternCrate),
            SummaryItemKind::ExternBlock { .. } => (DefPathData::ForeignMod, DefKind::ForeignMod),
            SummaryItemKind::MacroRules { .. } => (DefPathData::MacroNs(name()), DefKind::MacroRules),
            SummaryItemKind::MacroDef { .. } => (DefPathData::MacroNs(name()), DefKind::MacroDef),
        };
        let counter = self.seen.entry((visit.parent, data.clone())).or_insert(0);
        let disambiguator = *counter;
        *counter += 1;
        let index = DefIndex::new(self.fragment.definitions.len());
        self.fragment.definitions.push(Definition {
            parent: visit.parent,
            data,
            disambiguator,
            kind,
            visibility: item.visibility.clone(),
            item: item_index,
        });
        if let Some(candidates) = module_candidates {
            self.fragment.expansion_points.push(ExpansionPoint::Module { definition: index, candidates });
        }
        if item.macro_input.is_some() {
            for path in attrs.iter().filter(|attr| attr.is_named("derive")).flat_map(derive_paths) {
                self.fragment.expansion_points.push(ExpansionPoint::MacroCall {
                    module: visit.module,
                    path,
                    item: item_index,
                    inline_path: visit.inline_path.clone(),
                    kind: CallKind::Derive,
                    position,
                });
            }
        }
        Some(index)
    }

    /// Where a call whose parent definition is `parent` stands: among the associated items of
    /// `parent` if it is an `impl`, a trait or an `extern` block, among those of this
    /// fragment's container if it is at the top of an associated-item expansion, else among a
    /// module's items.
    fn call_position(&self, parent: Option<DefIndex>) -> CallPosition {
        match parent {
            Some(parent)
                if matches!(
                    self.fragment.definitions[parent].kind,
                    DefKind::Impl | DefKind::Trait | DefKind::ForeignMod
                ) =>
            {
                CallPosition::Associated { container: Some(parent) }
            }
            None if self.associated => CallPosition::Associated { container: None },
            _ => CallPosition::Module,
        }
    }

    /// The attributes with `cfg_attr` applied (see [`expand_cfg_attrs`]), problems reported;
    /// borrowed when there is no `cfg_attr` (most items), which leaves them as they are.
    fn effective_attrs<'s>(&mut self, item: ItemIndex, attrs: &'s [RawAttr]) -> Cow<'s, [RawAttr]> {
        if !attrs.iter().any(|attr| attr.is_named("cfg_attr")) {
            return Cow::Borrowed(attrs);
        }
        let mut problems = Vec::new();
        let out = expand_cfg_attrs(self.cfg, attrs, |problem| problems.push(problem));
        for problem in problems {
            self.diagnostic(item, problem);
        }
        Cow::Owned(out)
    }

    /// Whether every `cfg` attribute holds. An invalid predicate is reported and does not
    /// disable the item, so that its contents stay visible to analysis.
    fn is_enabled(&mut self, item: ItemIndex, attrs: &[RawAttr]) -> bool {
        let mut enabled = !is_test_harness_item(attrs) || self.cfg.has_flag("test");
        for attr in attrs.iter().filter(|attr| attr.is_named("cfg")) {
            let Some(inside) = group_tokens(attr) else {
                self.diagnostic(item, CfgDiagnosticKind::MalformedCfg);
                continue;
            };
            let predicate = CfgExpr::parse(inside);
            match predicate.eval(self.cfg) {
                Some(value) => enabled &= value,
                None => {
                    let reason = predicate.invalid_reason().unwrap_or("invalid predicate").to_owned();
                    self.diagnostic(item, CfgDiagnosticKind::InvalidCfgPredicate { reason });
                }
            }
        }
        enabled
    }

    /// Where the file of `mod name;` may be, by the Reference's rules: `#[path]` (relative to
    /// the declaring file's directory, or to the directory of the inline modules around the
    /// declaration), else `name.rs` then `name/mod.rs` in the module's directory (the file's own
    /// directory for a crate root or `mod.rs`, `dir/stem/` for `stem.rs`, plus one directory
    /// per inline module).
    fn module_candidates(&self, name: &str, inline_path: &[SmolStr], attrs: &[RawAttr]) -> ModuleCandidates {
        let file_dir: Vec<String> =
            self.file.path.parent().map(|parent| parent.components().map(str::to_owned).collect()).unwrap_or_default();
        let mut module_dir = file_dir.clone();
        if !self.owns_dir {
            module_dir.push(self.file.path.file_stem().to_owned());
        }
        module_dir.extend(inline_path.iter().map(ToString::to_string));
        let join = |dir: &[String], rest: &str| -> Option<FilePath> {
            let mut text = dir.join("/");
            if !text.is_empty() {
                text.push('/');
            }
            text.push_str(rest);
            RelativePath::new(&text).ok().map(|path| FilePath::new(self.file.root, path))
        };
        let explicit = attrs.iter().filter(|attr| attr.is_named("path")).find_map(|attr| match &attr.input {
            AttrInput::Value(value) => sem_syntax::ast::string_literal_value(value),
            _ => None,
        });
        let paths = match explicit {
            Some(path) => {
                let base = if inline_path.is_empty() { &file_dir } else { &module_dir };
                join(base, &path).map(|path| (path, true)).into_iter().collect()
            }
            None => {
                let mut dirs = vec![module_dir];
                if !self.owns_dir && self.or_own_dir {
                    let mut own_dir = file_dir.clone();
                    own_dir.extend(inline_path.iter().map(ToString::to_string));
                    dirs.push(own_dir);
                }
                dirs.iter()
                    .flat_map(|dir| {
                        [(format!("{name}.rs"), false), (format!("{name}/mod.rs"), true)]
                            .into_iter()
                            .filter_map(|(rest, owns_dir)| Some((join(dir, &rest)?, owns_dir)))
                    })
                    .collect()
            }
        };
        ModuleCandidates { name: name.into(), paths }
    }

    fn diagnostic(&mut self, item: ItemIndex, kind: CfgDiagnosticKind) {
        self.fragment.diagnostics.push(CollectDiagnostic { item, kind: CollectDiagnosticKind::Cfg(kind) });
    }
}

/// `attrs` with every `cfg_attr` whose predicate holds for `cfg` replaced by the attributes it
/// stands for (nested ones too), and the others dropped; each malformed `cfg_attr` or invalid
/// predicate is passed to `problem` and dropped.
pub(crate) fn expand_cfg_attrs(
    cfg: &CfgOptions,
    attrs: &[RawAttr],
    mut problem: impl FnMut(CfgDiagnosticKind),
) -> Vec<RawAttr> {
    let mut out = Vec::with_capacity(attrs.len());
    for attr in attrs {
        if !attr.is_named("cfg_attr") {
            out.push(attr.clone());
            continue;
        }
        let Some(inside) = group_tokens(attr) else {
            problem(CfgDiagnosticKind::MalformedCfgAttr {
                reason: "expected `cfg_attr(predicate, attribute, ..)`".to_owned(),
            });
            continue;
        };
        let applied = sem_sources::cfg::expand_cfg_attr(inside, cfg, |found| {
            problem(match found {
                CfgAttrProblem::Malformed(reason) => CfgDiagnosticKind::MalformedCfgAttr { reason },
                CfgAttrProblem::InvalidPredicate(reason) => CfgDiagnosticKind::InvalidCfgAttrPredicate { reason },
            })
        });
        out.extend(applied.iter().filter_map(|tokens| attr_from_tokens(attr.is_inner, tokens)));
    }
    out
}

/// The tokens inside the parentheses of `#[name( .. )]`.
/// The paths of `#[derive(A, b::B, ::c::C)]`, in order; what is not a path is skipped.
fn derive_paths(attr: &RawAttr) -> Vec<ModPath> {
    use sem_syntax::token_tree::Leaf;
    let Some(tokens) = group_tokens(attr) else { return Vec::new() };
    let mut paths = Vec::new();
    for part in tokens.split(|tree| matches!(tree, TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == ',')) {
        let mut path = ModPath::default();
        let mut valid = !part.is_empty();
        for (index, tree) in part.iter().enumerate() {
            match tree {
                TokenTree::Leaf(Leaf::Ident(ident)) => path.segments.push(ident.text.clone()),
                TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == ':' => {
                    if index == 0 {
                        path.is_global = true;
                    }
                }
                _ => valid = false,
            }
        }
        if valid && !path.segments.is_empty() {
            paths.push(path);
        }
    }
    paths
}

pub(crate) fn group_tokens(attr: &RawAttr) -> Option<&[TokenTree<()>]> {
    let AttrInput::TokenTree(tree) = &attr.input else { return None };
    match tree.token_trees.as_slice() {
        [TokenTree::Subtree(group)] if group.delimiter.kind == DelimiterKind::Parenthesis => Some(&group.token_trees),
        _ => None,
    }
}

/// An attribute written as tokens inside a `cfg_attr`: a path, then nothing, a group, or
/// `= value`.
fn attr_from_tokens(is_inner: bool, tokens: &[TokenTree<()>]) -> Option<RawAttr> {
    use sem_syntax::token_tree::{Delimiter, Leaf, Subtree};
    let mut path = ModPath::default();
    let mut rest = tokens;
    loop {
        match rest {
            [TokenTree::Leaf(Leaf::Punct(a)), TokenTree::Leaf(Leaf::Punct(b)), tail @ ..]
                if a.char == ':' && b.char == ':' =>
            {
                if path.segments.is_empty() {
                    path.is_global = true;
                }
                rest = tail;
            }
            [TokenTree::Leaf(Leaf::Ident(ident)), tail @ ..] => {
                path.segments.push(ident.text.clone());
                rest = tail;
                if !matches!(rest, [TokenTree::Leaf(Leaf::Punct(p)), ..] if p.char == ':') {
                    break;
                }
            }
            _ => return None,
        }
    }
    let input = match rest {
        [] => AttrInput::None,
        [group @ TokenTree::Subtree(_)] => AttrInput::TokenTree(Subtree {
            delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () },
            token_trees: vec![group.clone()],
        }),
        [TokenTree::Leaf(Leaf::Punct(eq)), value @ ..] if eq.char == '=' && !value.is_empty() => {
            let text = Subtree {
                delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () },
                token_trees: value.to_vec(),
            }
            .to_text();
            AttrInput::Value(text.into())
        }
        _ => return None,
    };
    Some(RawAttr { is_inner, path, input })
}

//! Macro calls in item position: which `macro_rules!` a call names (`resolve_macro`), and what
//! it expands to (`macro_expansion`), as the items of its fragment.
//!
//! Resolution follows the textual scope of `macro_rules!`, in the seed's conservative form: a
//! call sees the macros defined before it in its fragment, then those defined before its
//! fragment's own expansion point in the parent fragment, and so on up to the crate root, where
//! the macros of `#[macro_use] extern crate` (and `std`'s, or `core`'s for `#![no_std]`) come
//! last. "Defined before" counts the `macro_rules!` items themselves, those of `#[macro_use]`
//! modules declared before, and those that earlier macro calls' expansions define. The latest
//! definition of a name wins, as shadowing does in rustc. A path (`krate::m!`, `$crate::m!`),
//! or a name that a `use` of the call's module imports from another crate (`use dep::m;`),
//! names a `#[macro_export]` macro of that crate. Every candidate is found in a parent, an
//! earlier expansion or another crate, so resolution never waits on a later expansion and the
//! queries form no cycle (`cycle_result` on `resolve_macro` is a safety net all the same).
//!
//! Fuel: an expansion nested deeper than the crate's recursion limit (128, or
//! `#![recursion_limit = "N"]` up to [`MAX_RECURSION_LIMIT`]) is not expanded; one expansion is bounded by `sem-expand`'s
//! [`Fuel`]; a crate expands at most [`crate::MAX_EXPANSIONS`] calls holding at most
//! [`crate::MAX_EXPANSION_TOKENS`] tokens, and its module tree stops at [`crate::module_tree::MAX_MODULES`]
//! modules.
//!
//! A `macro` 2.0 item is an item, not a textual definition: a call sees the `macro` items of its
//! own module's fragment (and of the calls it sits in) wherever they are, after the textual
//! scope and before the `#[macro_use]` prelude.
//!
//! A function-like procedural macro (a `#[proc_macro]` function of a proc-macro crate, found
//! like an exported macro) expands through the closure registered for it
//! ([`sem_sources::Sources::add_proc_macro`]), never through its source; an unregistered one,
//! an error or a panic of the closure is a diagnostic at the call.
//!
//! Built-in macros (`include!`, `cfg_select!`, `compile_error!`, `concat!`…) go to
//! `sem-expand`'s expander with the crate's cfg, environment and files (`builtin`); `include!`
//! makes the included file's items the call's fragment.
//!
//! Each path of a `#[derive(..)]` (after `cfg_attr`) on a struct, enum or union is an
//! expansion point too (`ExpansionPoint::MacroCall` with `derive`): its input is the item's
//! tokens with the fields and variants that `#[cfg]` disables stripped (`derive`), it resolves
//! to a registered derive procedural macro (imported, by path, or from the `#[macro_use]`
//! prelude) or else to a built-in derive by name, and its impls follow the item in its module.
//!
//! A call may also name a macro of its own crate through a `use crate::a::b::name;` of its
//! module (the module path followed through files and inline modules, not through modules that
//! expansions declare).
//!
//! An attribute of another crate's attribute procedural macro (`#[dep::name]`, or `#[name]`
//! after a `use dep::name;` of the fragment) replaces its item when the macro is registered:
//! the collector of definitions makes the item an expansion point (`CallKind::Attribute`), and
//! the expander gets the attribute's tokens and the item (read from the file's tree) with
//! `cfg_attr` applied and without the attribute. Unregistered, the item stays as written, with
//! a warning. On an item that another macro made, the item's tokens come from that
//! expansion parsed again.
//!
//! Spans and hygiene are not computed here: these queries expand the summaries' tokens, which
//! have none (`()`), and `span.rs` runs the same expander ([`expand_call`]) over tokens with
//! spans when a consumer asks.

use std::{borrow::Cow, sync::Arc};

use rustc_hash::FxHashMap;
use sem_expand::{Fuel, MacroRules};
use sem_sources::{ProcMacroKind, TokenId, TokenStream};
use sem_syntax::{
    TopEntryPoint,
    token_tree::{Subtree, token_tree_to_syntax, token_tree_to_syntax_with_groups},
};
use smol_str::SmolStr;

use crate::{
    Db,
    diagnostics::MacroError,
    expansion::{CallKind, DefKind, ExpansionPoint, ExpnId, collect_definitions, expansion_point, fragment_items},
    ids::{DefIndex, ItemIndex, LocalMacroIndex, ModuleIndex},
    items::{ItemSummary, ModPath, SummaryItemKind, summarize_macro_items},
    module_tree::crate_module_tree,
};

/// The default recursion limit, as in rustc.
pub const DEFAULT_RECURSION_LIMIT: u32 = 128;

/// The deepest nesting of expansions sem follows whatever `#![recursion_limit]` says: resolving
/// a call walks its chain of enclosing expansions, so a chain of depth `d` costs `d²` (1,024
/// keeps that under a second; real crates raise the limit to 256 or 512 at most).
pub const MAX_RECURSION_LIMIT: u32 = 1_024;

/// Where a `macro_rules!` definition is: the fragment of `expansion`, its item `item` (pre-order
/// index in that fragment's item summary).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct MacroSource {
    pub expansion: ExpnId,
    pub item: ItemIndex,
    /// A `macro_rules!` inside that item (in a block of a body), which only the calls after it
    /// in its blocks see; `None`: the item is the definition.
    pub local: Option<LocalMacroIndex>,
}

/// What a macro call in item position expanded to.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct MacroExpansion {
    /// The items of the expansion, summarized; `None` when it was not expanded.
    pub items: Option<Arc<ItemSummary>>,
    /// Why it was not expanded, or what went wrong parsing the expansion (a procedural macro
    /// that is not registered is [`MacroError::Unregistered`]: a limit of the analysis, not an
    /// error of the code).
    pub error: Option<MacroError>,
    /// The number of tokens of the expansion (for the crate's expansion budget).
    pub tokens: usize,
}

/// The `macro_rules!` definition the macro call `expn` names, if sem can find it.
///
/// `cycle_result`: a safety net, so that no input can make resolution wait on itself and panic;
/// the order of resolution (parents and earlier expansions only) makes cycles impossible for
/// the crate's own macros.
#[salsa::tracked(returns(copy), cycle_result = resolve_macro_cycle)]
pub fn resolve_macro(db: &dyn Db, expn: ExpnId) -> Option<MacroSource> {
    let parent = expn.parent(db)?;
    let Some(ExpansionPoint::MacroCall { path, item, module, kind, position, .. }) = expansion_point(db, expn) else {
        return None;
    };
    if let crate::expansion::CallPosition::Inner(_) = position {
        // A call inside an item: a `macro_rules!` before it in its blocks, then what resolves
        // among items (the textual scope, the imports this module's fragments hold), then what
        // the module's scope names, since name resolution is done before any such call expands.
        let local = match path.segments.as_slice() {
            [name] if !path.is_global => crate::inner_calls::local_macro_in_scope(db, expn, name),
            _ => None,
        };
        return local
            .or_else(|| resolve_items_call(db, expn, parent, path, *item, *module, *kind))
            .or_else(|| resolve_in_def_map(db, expn, path));
    }
    resolve_items_call(db, expn, parent, path, *item, *module, *kind)
}

/// [`resolve_macro`] for a call of `parent`'s fragment, by the textual scope before `item`, the
/// imports of the fragments of the module `module`, and the paths that need no def map.
fn resolve_items_call(
    db: &dyn Db,
    expn: ExpnId,
    parent: ExpnId,
    path: &ModPath,
    item: ItemIndex,
    module: Option<DefIndex>,
    kind: CallKind,
) -> Option<MacroSource> {
    let (item, module, kind) = (&item, &module, &kind);
    let textual = |name: &SmolStr| find_in_scope(db, expn, parent, *item, name);
    match path.segments.as_slice() {
        // A derive names no `macro_rules!`: an imported derive macro, or one of the
        // `#[macro_use]` prelude (`#[macro_use] extern crate serde_derive;`); built-in derives
        // are found by name when nothing else is.
        [name] if !path.is_global && *kind == CallKind::Derive => {
            imported_from_other_crate(db, expn.krate(db), parent, *module, name).or_else(|| {
                let prelude = macro_use_prelude(db, expn.krate(db));
                prelude.iter().rev().find(|(it, _)| it == name).map(|(_, source)| *source)
            })
        }
        [name] if !path.is_global => textual(name)
            .or_else(|| imported_from_other_crate(db, expn.krate(db), parent, *module, name))
            .or_else(|| imported_from_own_crate(db, parent, *module, name)),
        [first, name] if !matches!(first.as_str(), "crate" | "self" | "super") => {
            let krate = if first == "$crate" {
                defining_crate(db, parent)?
            } else {
                dependency_named(db, expn.krate(db), first)?
            };
            if krate == expn.krate(db) {
                // `$crate::name!` in the crate's own macro: its `#[macro_export]` macro at the
                // root, wherever the crate defines it (see `exported_macros_in_files`), else
                // what the textual scope has by that name.
                return own_exported_macro(db, krate, name).or_else(|| textual(name));
            }
            exported_macro(db, krate, name).or_else(|| macro_in_other_crate(db, krate, &[], name))
        }
        [first, modules @ .., name] => {
            let krate = expn.krate(db);
            // The module path from the crate root that the path's first segment stands for.
            let start: Vec<SmolStr> = match first.as_str() {
                "$crate" => {
                    let defining = defining_crate(db, parent)?;
                    if defining != krate {
                        return macro_in_other_crate(db, defining, modules, name);
                    }
                    Vec::new()
                }
                "crate" => Vec::new(),
                "self" | "super" => {
                    let mut path = call_module_path(db, parent, *module)?;
                    let supers = usize::from(first == "super") + modules.iter().take_while(|it| *it == "super").count();
                    for _ in 0..supers {
                        path.pop()?;
                    }
                    path
                }
                _ => {
                    let dependency = dependency_named(db, krate, first)?;
                    if dependency != krate {
                        return macro_in_other_crate(db, dependency, modules, name);
                    }
                    Vec::new()
                }
            };
            let modules = modules.iter().skip_while(|it| *it == "super").cloned();
            let path: Vec<SmolStr> = start.into_iter().chain(modules).collect();
            // `crate::a::name!`, `self::name!`, `super::name!` of the crate itself: a macro
            // defined in the module the path names (the 2018 idiom re-exports it there with
            // `pub(crate) use`), or, at the crate root, a `#[macro_export]` macro wherever the
            // crate defines it; the textual scope last.
            let root = ExpnId::crate_root(db, krate);
            macro_in_module_path(db, root, &path, name)
                .or_else(|| if path.is_empty() { own_exported_macro(db, krate, name) } else { None })
                .or_else(|| if path.is_empty() { textual(name) } else { None })
        }
        _ => None,
    }
}

/// What the path of `expn`, a call inside an item, names in the def map of the module the
/// item is in: a macro the module defines with a path-based scope (`macro`, `#[macro_export]`,
/// a procedural macro) or imports (`use core::ptr::addr_of_mut;`, `use futures::ready;`), or at
/// the end of a path of modules (`ptr::addr_of!`, `crate::m::name!`). The crate's own def map
/// is complete before any such call expands (name resolution never expands one), so reading it
/// here makes no cycle.
fn resolve_in_def_map(db: &dyn Db, expn: ExpnId, path: &ModPath) -> Option<MacroSource> {
    use crate::name_resolution::{ModuleId, Resolution, crate_def_map};
    let krate = expn.krate(db);
    let module = ModuleId { krate, index: inner_call_module(db, expn)? };
    let scope = |module: ModuleId| crate_def_map(db, module.krate).modules.get(module.index.index());
    let (name, modules) = path.segments.split_last()?;
    let mut current = module;
    for (position, segment) in modules.iter().enumerate() {
        let found = match segment.as_str() {
            "crate" if position == 0 => Some(ModuleId { krate, index: ModuleIndex::ROOT }),
            "self" if position == 0 => Some(current),
            "super" => crate_module_tree(db, current.krate)
                .modules
                .get(current.index.index())
                .and_then(|data| data.parent)
                .map(|index| ModuleId { krate: current.krate, index }),
            "$crate" if position == 0 => {
                defining_crate(db, expn.parent(db)?).map(|krate| ModuleId { krate, index: ModuleIndex::ROOT })
            }
            _ => match scope(current)?.types.get(segment).map(|entry| entry.resolution) {
                Some(Resolution::Module(next)) => Some(next),
                _ if position == 0 && !path.is_global => crate_def_map(db, krate).extern_prelude.get(segment).copied(),
                _ => None,
            },
        };
        current = found?;
    }
    match scope(current)?.macros.get(name)?.resolution {
        Resolution::Def { expansion, index, kind: DefKind::MacroRules | DefKind::MacroDef | DefKind::Fn } => {
            let item = collect_definitions(db, expansion).definitions.get(index.index())?.item;
            Some(MacroSource { expansion, item, local: None })
        }
        _ => None,
    }
}

/// The module of the item that holds `expn`, a call inside an item (or inside the expansion of
/// one): found from the fragment and inline module of the outermost such call, climbing out of
/// the item-position expansions whose items are in their call's module.
fn inner_call_module(db: &dyn Db, expn: ExpnId) -> Option<ModuleIndex> {
    let mut call = expn;
    while let Some(parent) = call.parent(db)
        && let crate::expansion::ExpnSite::Inner { .. } = parent.site(db)
    {
        call = parent;
    }
    let Some(ExpansionPoint::MacroCall { module, .. }) = expansion_point(db, call) else { return None };
    let (mut fragment, mut module) = (call.parent(db)?, *module);
    let modules = fragment_modules(db, expn.krate(db));
    for _ in 0..=MAX_RECURSION_LIMIT {
        if let Some(index) = modules.get(&(fragment, module)) {
            return Some(*index);
        }
        // An item-position expansion's items are in its call's module (or its container's).
        match expansion_point(db, fragment)? {
            ExpansionPoint::MacroCall { module: outer, .. } if module.is_none() => {
                (fragment, module) = (fragment.parent(db)?, *outer);
            }
            _ => return None,
        }
    }
    None
}

/// The module of each fragment of `krate`'s module tree and of each inline module in one:
/// `(fragment, None)` for a module's own fragment and the fragments of its item-position
/// calls, `(fragment, Some(definition))` for an inline module.
///
/// `returns(ref)`, compared: it changes only with the module tree.
#[salsa::tracked(returns(ref))]
fn fragment_modules(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
) -> FxHashMap<(ExpnId, Option<DefIndex>), ModuleIndex> {
    let tree = crate_module_tree(db, krate);
    let mut out = FxHashMap::default();
    for (index, data) in tree.modules.iter().enumerate() {
        let index = ModuleIndex::new(index);
        out.insert((data.expansion, data.inline_definition), index);
        for &fragment in data.macro_fragments.iter().chain(&data.derive_fragments) {
            out.entry((fragment, None)).or_insert(index);
        }
    }
    out
}

/// The macro `name` of module `modules` of another crate (`dep::a::b::name!`,
/// `$crate::a::name!` in a dependency's macro), as that crate's name resolution has it: every
/// module on the way and the macro public, re-exports followed (std's
/// `$crate::thread::local_impl::thread_local_process_attrs!` is a `pub use` of a `macro`).
fn macro_in_other_crate(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
    modules: &[SmolStr],
    name: &str,
) -> Option<MacroSource> {
    use crate::name_resolution::{ModuleId, Resolution, Visibility, crate_def_map};
    let scope = |module: ModuleId| crate_def_map(db, module.krate).modules.get(module.index.index());
    let mut module = ModuleId { krate, index: ModuleIndex::ROOT };
    for segment in modules {
        let entry = scope(module)?.types.get(segment)?;
        match (entry.resolution, entry.visibility) {
            (Resolution::Module(next), Visibility::Public) => module = next,
            _ => return None,
        }
    }
    let entry = scope(module)?.macros.get(name)?;
    match (entry.resolution, entry.visibility) {
        (
            Resolution::Def { expansion, index, kind: DefKind::MacroRules | DefKind::MacroDef | DefKind::Fn },
            Visibility::Public,
        ) => {
            let item = collect_definitions(db, expansion).definitions.get(index.index())?.item;
            Some(MacroSource { expansion, item, local: None })
        }
        _ => None,
    }
}

/// A macro named `name` by a `use` of the call's module in the same fragment that reaches into
/// another crate: `use dep::name;`, `use dep::{other, name};`, `use dep::real as name;` (the
/// 2018 way of naming a dependency's `#[macro_export]` macro). Only imports whose path is the
/// crate and the macro are followed: the macro lives at that crate's root. Imports from the
/// crate itself need its name resolution, which needs its expansions: they are left out.
fn imported_from_other_crate(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
    fragment_expn: ExpnId,
    module: Option<DefIndex>,
    name: &str,
) -> Option<MacroSource> {
    for (fragment, module) in module_fragments(db, fragment_expn, module) {
        for import in single_use_imports(db, fragment).iter() {
            let [first, last] = import.path.segments.as_slice() else { continue };
            if import.module != module || import.name != name {
                continue;
            }
            if let Some(dep) = dependency_named(db, krate, first)
                && dep != krate
                && let Some(found) = exported_macro(db, dep, last)
            {
                return Some(found);
            }
        }
    }
    None
}

/// The fragments whose items are in the same module as a call in `fragment_expn`'s inline
/// module `module`, innermost first: the fragment itself, and while the call sits at the top
/// of a macro's expansion, the fragment (and inline module) of that macro's call, up to a
/// fragment read from a file or an inline module. A `use` in any of them is in the call's
/// module: `pin_project!` inside tokio's `writer!` expansion sees the file's
/// `use pin_project_lite::pin_project;`. As long as the chain of enclosing expansions, which
/// the recursion limit bounds.
fn module_fragments(db: &dyn Db, fragment_expn: ExpnId, module: Option<DefIndex>) -> Vec<(ExpnId, Option<DefIndex>)> {
    let mut out = vec![(fragment_expn, module)];
    let (mut fragment, mut module) = (fragment_expn, module);
    while module.is_none()
        && let Some(ExpansionPoint::MacroCall { module: outer, .. }) = expansion_point(db, fragment)
        && let Some(parent) = fragment.parent(db)
    {
        (fragment, module) = (parent, *outer);
        out.push((fragment, module));
    }
    out
}

/// A single import of a `use` item (`use a::b;`, `use a::{b as c};`), by the name it brings.
#[derive(Clone, PartialEq, Eq, Debug)]
struct SingleUseImport {
    /// The inline module of the fragment the `use` is in (`None`: the fragment's own).
    module: Option<DefIndex>,
    name: SmolStr,
    path: crate::items::ModPath,
}

/// The single imports of the enabled `use` items of `expn`'s fragment, once per fragment: every
/// macro call and derive of the fragment looks its name up among them (a list per call made a
/// file with thousands of derives quadratic).
#[salsa::tracked(returns(ref))]
fn single_use_imports(db: &dyn Db, expn: ExpnId) -> Arc<[SingleUseImport]> {
    let fragment = collect_definitions(db, expn);
    let Some(items) = fragment_items(db, expn) else { return Arc::from([]) };
    let items: Vec<_> = items.iter().collect();
    let mut out = Vec::new();
    for definition in fragment.definitions.iter().filter(|definition| definition.kind == DefKind::Use) {
        let Some(SummaryItemKind::Use { imports }) = items.get(definition.item.index()).map(|it| &it.kind) else {
            continue;
        };
        for import in imports {
            let Some(name) = import.name() else { continue };
            out.push(SingleUseImport { module: definition.parent, name, path: import.path.clone() });
        }
    }
    out.into()
}

/// A macro named `name` by a `use crate::a::b::name;` (or `as name`) of the call's module in
/// the same fragment: the `macro_rules!` (or `macro`) of that name defined in module `a::b`,
/// wherever in the module (the 2018 idiom re-exports it with `pub(crate) use name;` after
/// it). The path is followed through the `mod` items of files and inline modules only, never
/// through modules that expansions declare: those need the crate's expansions, which need this.
fn imported_from_own_crate(
    db: &dyn Db,
    fragment_expn: ExpnId,
    module: Option<DefIndex>,
    name: &str,
) -> Option<MacroSource> {
    for (fragment, module) in module_fragments(db, fragment_expn, module) {
        for import in single_use_imports(db, fragment).iter() {
            let Some((last, [first, modules @ ..])) = import.path.segments.split_last() else { continue };
            if import.module != module || first != "crate" || import.name != name {
                continue;
            }
            let root = ExpnId::crate_root(db, fragment_expn.krate(db));
            if let Some(found) = macro_in_module_path(db, root, modules, last) {
                return Some(found);
            }
        }
    }
    None
}

/// The `macro_rules!` or `macro` named `name` in the module reached from the root fragment
/// `root` through the module names `modules` (files and inline modules only).
fn macro_in_module_path(db: &dyn Db, root: ExpnId, modules: &[SmolStr], name: &str) -> Option<MacroSource> {
    // The module: a fragment and, for an inline module, its definition there.
    let (mut expn, mut inline) = (root, None);
    for segment in modules {
        let fragment = collect_definitions(db, expn);
        let items = fragment_items(db, expn)?;
        let items: Vec<_> = items.iter().collect();
        let index = fragment
            .definitions
            .iter()
            .position(|definition| {
                definition.kind == DefKind::Module
                    && definition.parent == inline
                    && items.get(definition.item.index()).and_then(|it| it.name.as_ref()) == Some(segment)
            })
            .map(DefIndex::new)?;
        let point = fragment.indexed_expansion_points().find_map(|(point, expansion_point)| {
            matches!(expansion_point, ExpansionPoint::Module { definition, .. } if *definition == index)
                .then_some(point)
        });
        (expn, inline) = match point {
            Some(point) => (ExpnId::point(db, expn, point), None),
            None => (expn, Some(index)),
        };
    }
    let fragment = collect_definitions(db, expn);
    let items = fragment_items(db, expn)?;
    let items: Vec<_> = items.iter().collect();
    fragment.definitions.iter().find_map(|definition| {
        let is_macro = matches!(definition.kind, DefKind::MacroRules | DefKind::MacroDef);
        let named = items.get(definition.item.index()).and_then(|it| it.name.as_deref()) == Some(name);
        (is_macro && named && definition.parent == inline).then_some(MacroSource {
            expansion: expn,
            item: definition.item,
            local: None,
        })
    })
}

/// What [`resolve_macro`] gives when resolving a call needs that very call's expansion (a
/// pathological definition): nothing, as for a macro that cannot be found.
fn resolve_macro_cycle(_db: &dyn Db, _id: salsa::Id, _expn: ExpnId) -> Option<MacroSource> {
    None
}

/// The expansion of the macro call `expn`, parsed as items and summarized (for a call inside
/// an item, only the size of its expansion).
///
/// `returns(ref)`, compared: a call whose expansion comes out the same after an edit spares
/// everything that reads its fragment.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn macro_expansion(db: &dyn Db, expn: ExpnId) -> MacroExpansion {
    let edition = expn.krate(db).data(db).edition;
    if let crate::expansion::ExpnSite::Inner { .. } = expn.site(db) {
        // A call inside an item: the HIR parses its expansion; only its size is kept here.
        return match expand_from(db, expn) {
            Ok(Some(Expanded::Tokens { tokens, .. })) => {
                MacroExpansion { tokens: count_tokens(&tokens), ..MacroExpansion::default() }
            }
            Ok(_) => MacroExpansion::default(),
            Err(error) => MacroExpansion { error: Some(error), ..MacroExpansion::default() },
        };
    }
    match expand_from(db, expn) {
        Ok(None) => MacroExpansion::default(),
        Ok(Some(Expanded::Items { items, .. })) => {
            MacroExpansion { items: Some(Arc::new(items)), ..MacroExpansion::default() }
        }
        Ok(Some(Expanded::Tokens { tokens, what })) => summarize_expansion(&tokens, &what, edition),
        Err(error) => MacroExpansion { error: Some(error), ..MacroExpansion::default() },
    }
}

/// What a macro call expands to, before it is parsed as items: tokens without spans for name
/// resolution, or with [`crate::spans::Span`]s for [`crate::spans::expansion_with_spans`].
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Expanded<S = ()> {
    /// Tokens, with what made them for messages (`m!`, `#[derive(Clone)]`).
    Tokens { tokens: Subtree<S>, what: String },
    /// The items of the file an `include!` names, summarized as any file is.
    Items { file: crate::inputs::SourceFile, items: ItemSummary },
}

/// How deep in a macro definition's hygiene the tokens it writes are: `macro_rules!` is
/// semi-transparent (its local variables and labels are its own, its items are the call
/// site's), `macro` 2.0 and the compiler's own expansions are opaque.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Transparency {
    SemiTransparent,
    Opaque,
}

/// Where an expansion takes its tokens from, and what it does to their spans. The expander
/// ([`expand_call`]) is written once over it: name resolution runs it over the summaries'
/// tokens, without spans (`()`, [`Unspanned`]), and [`crate::spans::expansion_with_spans`] over
/// tokens read from the syntax trees, with [`crate::spans::Span`]s. Both give the same tokens.
pub(crate) trait CallTokens<S: Copy> {
    /// The token tree of the macro call `expn`: an invisible group holding the call's
    /// delimited group (borrowed from the summary when it can be).
    fn call_args<'db>(&self, db: &'db dyn Db, expn: ExpnId) -> Option<Cow<'db, Subtree<S>>>;
    /// The tokens of the item at `item` of `parent`'s fragment that a derive reads, as written.
    fn derive_input<'db>(&self, db: &'db dyn Db, parent: ExpnId, item: ItemIndex) -> Option<Cow<'db, Subtree<S>>>;
    /// The `macro_rules!` or `macro` definition at `source`, parsed.
    fn definition(&self, db: &dyn Db, source: MacroSource) -> Result<Arc<MacroRules<S>>, String>;
    /// The span of the call itself, which the tokens an expansion makes up get.
    fn call_site(&self) -> S;
    /// The span a token that the definition writes gets in this expansion.
    fn mark(&self, span: S, transparency: Transparency) -> S;
    /// The input of a procedural macro: `tokens` numbered in the order written
    /// ([`sem_sources::TokenId`]), each number standing for the token's span.
    fn proc_macro_input(&self, tokens: &Subtree<S>) -> TokenStream;
    /// The output of the procedural macro given [`CallTokens::proc_macro_input`]'s input: a token
    /// with an input token's number gets that token's span, any other the call site.
    fn proc_macro_output(&self, tokens: &TokenStream) -> Subtree<S>;
    /// The output of a procedural macro whose input had no spans to give (an attribute macro's,
    /// read from the summary): every token at the call site.
    fn at_call_site(&self, tokens: &TokenStream) -> Subtree<S>;
}

/// `tokens` numbered in the order written from `next` on (which is left past the last number),
/// with `record` told each span in that order.
pub(crate) fn number_tokens<S: Copy>(tokens: &Subtree<S>, next: &mut u32, mut record: impl FnMut(S)) -> TokenStream {
    tokens.map_spans(|span| {
        record(span);
        let id = TokenId(*next);
        *next = next.saturating_add(1).min(TokenId::UNSPECIFIED.0 - 1);
        id
    })
}

/// The summaries' tokens, without spans: what name resolution expands.
pub(crate) struct Unspanned;

impl CallTokens<()> for Unspanned {
    fn call_args<'db>(&self, db: &'db dyn Db, expn: ExpnId) -> Option<Cow<'db, Subtree<()>>> {
        let parent = expn.parent(db)?;
        if let crate::expansion::ExpnSite::Inner { item, call } = expn.site(db) {
            let input = crate::span::inner_call_inputs(db, parent, item).get(call.index())?;
            return Some(Cow::Owned(input.args.map_spans(|_| ())));
        }
        let Some(ExpansionPoint::MacroCall { item, .. }) = expansion_point(db, expn) else { return None };
        match &fragment_items(db, parent)?.iter().nth(item.index())?.kind {
            SummaryItemKind::MacroCall { args, .. } => Some(args.tree()),
            _ => None,
        }
    }

    fn derive_input<'db>(&self, db: &'db dyn Db, parent: ExpnId, item: ItemIndex) -> Option<Cow<'db, Subtree<()>>> {
        fragment_items(db, parent)?
            .iter()
            .nth(item.index())?
            .macro_input
            .as_ref()
            .map(|input| Cow::Owned(input.unpack()))
    }

    fn definition(&self, db: &dyn Db, source: MacroSource) -> Result<Arc<MacroRules<()>>, String> {
        if source.local.is_some() {
            // Only calls inside items see one: its tokens are read from the syntax, as spans
            // are, and parsed without them.
            let edition = source.expansion.krate(db).data(db).edition;
            let (is_macro_2, body) =
                crate::span::macro_definition_tokens(db, source.expansion, source.item, source.local)
                    .as_ref()
                    .map_err(Clone::clone)?;
            return parse_definition(*is_macro_2, &body.map_spans(|_| ()), edition);
        }
        macro_definition(db, source.expansion, source.item).clone()
    }

    fn call_site(&self) {}

    fn mark(&self, _span: (), _transparency: Transparency) {}

    fn proc_macro_input(&self, tokens: &Subtree<()>) -> TokenStream {
        number_tokens(tokens, &mut 0, |()| {})
    }

    fn proc_macro_output(&self, tokens: &TokenStream) -> Subtree<()> {
        tokens.map_spans(|_| ())
    }

    fn at_call_site(&self, tokens: &TokenStream) -> Subtree<()> {
        tokens.map_spans(|_| ())
    }
}

/// The call's delimited group out of the invisible group around it (or the tree itself, when
/// it holds something else), borrowed when `args` is.
fn delimited_group<S: Copy>(args: Cow<'_, Subtree<S>>) -> Cow<'_, Subtree<S>> {
    use sem_syntax::token_tree::TokenTree;
    match args {
        Cow::Borrowed(args) => match args.token_trees.as_slice() {
            [TokenTree::Subtree(group)] => Cow::Borrowed(group),
            _ => Cow::Borrowed(args),
        },
        Cow::Owned(mut args) => {
            if let [TokenTree::Subtree(_)] = args.token_trees.as_slice()
                && let Some(TokenTree::Subtree(group)) = args.token_trees.pop()
            {
                return Cow::Owned(group);
            }
            Cow::Owned(args)
        }
    }
}

/// The seed's `expand_from`: what the macro call (or derive, or attribute macro) `expn`
/// expands to, as tokens, or why it does not; `Ok(None)` when `expn` is no call. Not a query:
/// [`macro_expansion`] keeps the summary of the result, never its tokens, which would take
/// more memory than the trees; [`dump_expansion`] calls it again for tests and tools, and
/// [`crate::spans::expansion_with_spans`] gives the same tokens with spans.
pub fn expand_from(db: &dyn Db, expn: ExpnId) -> Result<Option<Expanded>, MacroError> {
    expand_call(db, expn, &Unspanned)
}

/// [`expand_from`] over the tokens and spans of `tokens`.
pub(crate) fn expand_call<S: Copy>(
    db: &dyn Db,
    expn: ExpnId,
    tokens: &dyn CallTokens<S>,
) -> Result<Option<Expanded<S>>, MacroError> {
    let Some(parent) = expn.parent(db) else { return Ok(None) };
    let Some(ExpansionPoint::MacroCall { path, item, kind, .. }) = expansion_point(db, expn) else {
        return Ok(None);
    };
    let krate = expn.krate(db);
    let depth = macro_depth(db, expn);
    let limit = recursion_limit(db, krate);
    if depth > limit {
        return Err(MacroError::RecursionLimit { what: format!("{path}!"), limit });
    }
    let edition = krate.data(db).edition;
    if *kind == CallKind::Attribute {
        let summary_item = fragment_items(db, parent).and_then(|items| items.iter().nth(item.index()).cloned());
        let Some(summary_item) = summary_item else { return Ok(None) };
        let Some(input) = item_tokens(db, parent, *item) else {
            return Err(MacroError::ItemNotFound { what: path.to_string() });
        };
        let attrs = crate::expansion::expand_cfg_attrs(&krate.data(db).cfg, &summary_item.attrs, |_| {});
        let expanded = expand_attribute(db, expn, path, &input, &attrs)?;
        return Ok(Some(Expanded::Tokens { tokens: tokens.at_call_site(&expanded), what: format!("#[{path}]") }));
    }
    if *kind == CallKind::Derive {
        let Some(input) = tokens.derive_input(db, parent, *item) else { return Ok(None) };
        let input = derive::strip_disabled_fields(&input, &krate.data(db).cfg);
        let expanded = expand_derive(db, expn, path, &input, tokens)?;
        return Ok(Some(Expanded::Tokens { tokens: expanded, what: format!("#[derive({path})]") }));
    }
    // The call's token tree is its delimited group inside an invisible top; the expander reads
    // what is between the delimiters.
    let Some(args) = tokens.call_args(db, expn).map(delimited_group) else {
        return Ok(None);
    };
    let source = resolve_macro(db, expn);
    let builtin = match source {
        Some(source) => builtin_name(db, source),
        // Not found: a built-in named by its name, or by its path in the standard library or
        // in `core` itself (`crate::cfg_select!`), where it is a `#[rustc_builtin_macro]` item
        // that sem does not resolve through modules.
        None => match path.segments.as_slice() {
            [name] if builtin::is_builtin(name) => Some(name.clone()),
            [first, name]
                if matches!(first.as_str(), "crate" | "$crate" | "core" | "std") && builtin::is_builtin(name) =>
            {
                Some(name.clone())
            }
            _ => None,
        },
    };
    let proc_macro = source.and_then(|source| proc_macro_of(db, source));
    let expanded = match (builtin, source) {
        (Some(name), _) => {
            let call_site = tokens.mark(tokens.call_site(), Transparency::Opaque);
            match builtin::expand_builtin(db, expn, &name, &args, call_site)? {
                builtin::BuiltinOutput::Tokens(tokens) => tokens,
                builtin::BuiltinOutput::Items { file, items } => return Ok(Some(Expanded::Items { file, items })),
            }
        }
        (None, Some(source)) if proc_macro.is_some() => {
            let (name, kind) = proc_macro.expect("checked");
            if kind != ProcMacroKind::FunctionLike {
                return Err(MacroError::WrongKind {
                    what: path.to_string(),
                    expected: "a function-like procedural macro",
                });
            }
            let proc_macro = registered_proc_macro(db, source, &name, kind, &format!("{path}!"))?;
            let output = proc_macro
                .expand(&tokens.proc_macro_input(&args_without_delimiters(&args)), None)
                .map_err(|error| MacroError::ProcMacro { what: format!("{path}!"), reason: error.to_string() })?;
            tokens.proc_macro_output(&output)
        }
        (None, Some(source)) => {
            let rules = tokens
                .definition(db, source)
                .map_err(|reason| MacroError::InvalidDefinition { what: format!("{path}!"), reason })?;
            let transparency = match rules.style() {
                sem_expand::MacroStyle::MacroRules => Transparency::SemiTransparent,
                _ => Transparency::Opaque,
            };
            let mark = |span| tokens.mark(span, transparency);
            // The expansion may hold what the budget of the call written in a file has left
            // after the expansions around this one: a macro that doubles its input stops while
            // transcribing, before its output is parsed.
            let left = crate::module_tree::MAX_EXPANSION_TOKENS_PER_CALL.saturating_sub(tokens_above(db, expn));
            let fuel = Fuel { expansion_tokens: left.min(Fuel::DEFAULT_EXPANSION_TOKENS), ..Fuel::default() };
            rules.expand_marked(&args, tokens.call_site(), edition, &fuel, &mark).map_err(|error| {
                if error.kind() == sem_expand::ExpandErrorKind::ExpansionTooLarge
                    && left < Fuel::DEFAULT_EXPANSION_TOKENS
                {
                    return MacroError::CallTokenBudget {
                        what: format!("{path}!"),
                        limit: crate::module_tree::MAX_EXPANSION_TOKENS_PER_CALL,
                    };
                }
                MacroError::Expansion {
                    what: format!("{path}!"),
                    kind: error.kind(),
                    reason: error.message().to_owned(),
                }
            })?
        }
        (None, None) => return Err(MacroError::Unresolved { what: format!("{path}!"), kind: "macro" }),
    };
    Ok(Some(Expanded::Tokens { tokens: expanded, what: format!("{path}!") }))
}

/// The expansion of `expn` as text, for snapshot tests and tools: the tokens (spaced as
/// [`Subtree::to_text`] spaces them), the items of an included file, or the error.
pub fn dump_expansion(db: &dyn Db, expn: ExpnId) -> String {
    match expand_from(db, expn) {
        Ok(None) => "not a macro call".to_owned(),
        Ok(Some(Expanded::Tokens { tokens, .. })) => tokens.to_text(),
        Ok(Some(Expanded::Items { items, .. })) => format!("included items:\n{}", items.dump().trim_end()),
        Err(error) => format!("error: {error}"),
    }
}

/// An expansion parsed as items and summarized; `what` names the macro in the error.
fn summarize_expansion(
    expanded: &sem_syntax::token_tree::Subtree<()>,
    what: &str,
    edition: sem_sources::Edition,
) -> MacroExpansion {
    let tokens = count_tokens(expanded);
    if let Some(items) = macro_calls_summary(expanded, edition) {
        // Checked against the parse wherever tests run (debug builds): the same summary.
        debug_assert_eq!(
            Some(&items),
            Some(&summarize_macro_items(
                &token_tree_to_syntax(expanded, TopEntryPoint::MacroItems, edition).0.syntax_node(),
                edition
            )),
            "the summary of macro calls read from their tokens differs from the parse's"
        );
        return MacroExpansion { items: Some(Arc::new(items)), error: None, tokens };
    }
    // Parsed without building what the summary does not read: function bodies, and macro calls'
    // inputs, which it takes from their groups in `expanded`.
    let (parse, _, groups) =
        token_tree_to_syntax_with_groups(expanded, TopEntryPoint::MacroItemsWithoutBodies, edition);
    let (items, _) = crate::items::summarize_macro_items_with_positions(&parse.syntax_node(), &groups, edition);
    // Checked against the whole parse wherever tests run (debug builds): the same summary.
    debug_assert_eq!(
        items,
        summarize_macro_items(
            &token_tree_to_syntax(expanded, TopEntryPoint::MacroItems, edition).0.syntax_node(),
            edition
        ),
        "the summary of an expansion parsed without bodies differs from the whole parse's"
    );
    let error = parse
        .errors()
        .first()
        .map(|error| MacroError::NotItems { what: what.to_owned(), reason: error.message().to_string() });
    MacroExpansion { items: Some(Arc::new(items)), error, tokens }
}

/// The summary of an expansion that is nothing but macro calls in item position (`path!(..);`,
/// `path![..];`, `path! {..}`), read straight from its tokens: the shape of most steps of a
/// tt-muncher (and of the doubling bombs), which then cost no syntax tree. `None` for anything
/// else, and for tokens whose trip through text could change them (`$crate`, negative
/// literals, very deep groups), which are parsed. The arguments are normalized as that trip
/// normalizes them (invisible groups flattened, a punctuation joint only to the punctuation
/// right after it); a debug assertion compares the result with the parse's.
fn macro_calls_summary(expanded: &Subtree<()>, edition: sem_sources::Edition) -> Option<ItemSummary> {
    use sem_syntax::token_tree::{DelimiterKind, Leaf, Spacing, TokenTree};
    let punct = |tree: Option<&TokenTree<()>>, char: char| match tree {
        Some(TokenTree::Leaf(Leaf::Punct(punct))) if punct.char == char => Some(punct.spacing),
        _ => None,
    };
    let trees = &expanded.token_trees;
    let mut items = Vec::new();
    let mut at = 0;
    while at < trees.len() {
        let mut path = crate::items::ModPath::default();
        if punct(trees.get(at), ':') == Some(Spacing::Joint) && punct(trees.get(at + 1), ':').is_some() {
            path.is_global = true;
            at += 2;
        }
        loop {
            let Some(TokenTree::Leaf(Leaf::Ident(ident))) = trees.get(at) else { return None };
            let path_keyword = matches!(ident.text.as_str(), "crate" | "self" | "super" | "Self");
            let keyword = sem_syntax::SyntaxKind::from_keyword(&ident.text, edition).is_some()
                || sem_syntax::SyntaxKind::from_contextual_keyword(&ident.text, edition).is_some();
            if ident.text.starts_with('$') || ident.text == "macro_rules" || (!ident.is_raw && keyword && !path_keyword)
            {
                return None;
            }
            path.segments.push(ident.text.clone());
            at += 1;
            if punct(trees.get(at), ':') == Some(Spacing::Joint) && punct(trees.get(at + 1), ':').is_some() {
                at += 2;
                continue;
            }
            break;
        }
        punct(trees.get(at), '!')?;
        let Some(TokenTree::Subtree(group)) = trees.get(at + 1) else { return None };
        at += 2;
        match group.delimiter.kind {
            DelimiterKind::Brace => {
                if punct(trees.get(at), ';').is_some() {
                    at += 1;
                }
            }
            DelimiterKind::Parenthesis | DelimiterKind::Bracket => {
                punct(trees.get(at), ';')?;
                at += 1;
            }
            DelimiterKind::Invisible => return None,
        }
        let args = crate::items::normalized_call_input(group)?;
        items.push(crate::items::SummaryItem {
            kind: SummaryItemKind::MacroCall { path, args },
            name: None,
            visibility: crate::items::RawVisibility::Private,
            attrs: Vec::new(),
            macro_input: None,
        });
    }
    if items.is_empty() {
        return None;
    }
    Some(ItemSummary::new(Vec::new(), items))
}

/// What an attribute of an item is to the collector of definitions.
pub(crate) enum AttributeMacro {
    /// An ordinary attribute (or one sem cannot resolve).
    NotAMacro,
    /// An attribute procedural macro with a registered expander: the call replaces the item.
    Registered,
    /// An attribute procedural macro without one: the item stays as written, and this says so.
    Unregistered(MacroError),
}

/// The `use dep::name;` and `use dep::real as name;` imports among `items` (at any depth), by
/// the name they bring: how an attribute macro written without a path (`#[async_trait]`) is
/// found while the fragment's definitions are being collected (its name resolution needs them).
pub(crate) fn single_imports(items: &[crate::items::SummaryItem]) -> Vec<(SmolStr, crate::items::ModPath)> {
    let mut out = Vec::new();
    let mut stack: Vec<&crate::items::SummaryItem> = items.iter().collect();
    while let Some(item) = stack.pop() {
        if let SummaryItemKind::Use { imports } = &item.kind {
            for import in imports {
                if let Some(name) = import.name() {
                    out.push((name, import.path.clone()));
                }
            }
        }
        stack.extend(item.children());
    }
    out
}

/// Whether `attr` names an attribute procedural macro of another crate: `#[dep::name]` or
/// `#[name]` after a `use dep::name;` of the fragment (`imports`), and whether it is
/// registered. Only other crates are looked at (procedural macros cannot be used in their own
/// crate), so this reads their def maps, never this crate's.
pub(crate) fn attribute_macro(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
    imports: &[(SmolStr, crate::items::ModPath)],
    attr: &crate::items::RawAttr,
) -> AttributeMacro {
    let Some((source, name)) = attribute_proc_macro(db, krate, imports, &attr.path) else {
        return AttributeMacro::NotAMacro;
    };
    match registered_proc_macro(db, source, &name, ProcMacroKind::Attribute, &format!("#[{}]", attr.path)) {
        Ok(_) => AttributeMacro::Registered,
        Err(error) => AttributeMacro::Unregistered(error),
    }
}

/// The attribute procedural macro of another crate that the attribute path `path` names
/// (`dep::name`, or `name` after a `use dep::name;` among `imports`), with its macro name.
fn attribute_proc_macro(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
    imports: &[(SmolStr, crate::items::ModPath)],
    path: &crate::items::ModPath,
) -> Option<(MacroSource, SmolStr)> {
    let segments = match path.segments.as_slice() {
        [name] => imports.iter().rev().find(|(alias, _)| alias == name)?.1.segments.as_slice(),
        segments => segments,
    };
    let [dep_name, name] = segments else { return None };
    let dep = dependency_named(db, krate, dep_name).filter(|dep| *dep != krate)?;
    let source = exported_macro(db, dep, name)?;
    match proc_macro_of(db, source)? {
        (macro_name, ProcMacroKind::Attribute) => Some((source, macro_name)),
        _ => None,
    }
}

/// The registered expander of the procedural macro `name` (of kind `kind`) defined at `source`,
/// or why there is none: not registered (a warning), or registered with another kind. `what`
/// is the call as written, for the message.
fn registered_proc_macro(
    db: &dyn Db,
    source: MacroSource,
    name: &str,
    kind: ProcMacroKind,
    what: &str,
) -> Result<sem_sources::ProcMacro, MacroError> {
    let proc_macro_crate = source.expansion.krate(db);
    let described = match kind {
        ProcMacroKind::FunctionLike => "a procedural macro",
        ProcMacroKind::Derive => "a derive macro",
        ProcMacroKind::Attribute => "an attribute macro",
    };
    match proc_macro_crate.proc_macros(db).get(name) {
        Some(registered) if registered.kind() == kind => Ok(registered.clone()),
        Some(_) => Err(MacroError::WrongKind { what: what.to_owned(), expected: described }),
        None => Err(MacroError::Unregistered {
            what: what.to_owned(),
            kind: described,
            krate: proc_macro_crate.data(db).display_name.to_string(),
        }),
    }
}

/// The tokens of item `item` of `fragment`, read from the syntax tree: the file's, or for a
/// fragment made by a macro the parent expansion's, expanded and parsed again (without spans:
/// name resolution never pays for them). Attribute macros alone ask, and only when
/// registered, so the second expansion stays rare.
fn item_tokens(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Option<Subtree<()>> {
    let edition = fragment.krate(db).data(db).edition;
    let in_file = |file| {
        let range = *crate::items::item_positions(db, file, edition).ranges.get(item.index())?;
        crate::items::node_with_range(&crate::syntax_tree::parse(db, file, edition).syntax_node(), range)
    };
    let node = match expansion_point(db, fragment) {
        Some(ExpansionPoint::MacroCall { .. }) => match expand_from(db, fragment).ok()?? {
            Expanded::Items { file, .. } => in_file(file)?,
            Expanded::Tokens { tokens, .. } => {
                let (parse, _) = token_tree_to_syntax(&tokens, TopEntryPoint::MacroItems, edition);
                let root = parse.syntax_node();
                let (_, positions) = crate::items::summarize_macro_items_with_positions(&root, &[], edition);
                crate::items::node_with_range(&root, *positions.ranges.get(item.index())?)?
            }
        },
        _ => in_file(crate::expansion::locate_tokens(db, fragment)?.file)?,
    };
    Some(sem_syntax::token_tree::syntax_to_token_tree(&node, crate::items::MACRO_INPUT, |_| ()))
}

/// The expansion of the attribute macro call `expn` (the attribute `path` of the item whose
/// tokens are `input`, whose attributes are `attrs`): the registered expander, given the
/// attribute's tokens and the item without that attribute.
fn expand_attribute(
    db: &dyn Db,
    expn: ExpnId,
    path: &crate::items::ModPath,
    input: &sem_syntax::token_tree::Subtree<()>,
    attrs: &[crate::items::RawAttr],
) -> Result<TokenStream, MacroError> {
    let gone = || MacroError::ItemNotFound { what: path.to_string() };
    let imports = fragment_items(db, expn.parent(db).ok_or_else(gone)?)
        .map(|items| single_imports(&items.items))
        .unwrap_or_default();
    let Some(attr) = attrs.iter().find(|attr| attr.path == *path) else {
        return Err(gone());
    };
    let krate = expn.krate(db);
    let Some((source, name)) = attribute_proc_macro(db, krate, &imports, path) else {
        return Err(MacroError::Unresolved { what: format!("#[{path}]"), kind: "attribute macro" });
    };
    let proc_macro = registered_proc_macro(db, source, &name, ProcMacroKind::Attribute, &format!("#[{path}]"))?;
    let attribute_tokens = match &attr.input {
        crate::items::AttrInput::TokenTree(tree) => match tree.token_trees.as_slice() {
            [sem_syntax::token_tree::TokenTree::Subtree(group)] => args_without_delimiters(group),
            _ => args_without_delimiters(tree),
        },
        _ => crate::items::empty_subtree(),
    };
    let item = derive::without_attribute(input, &path.segments, &krate.data(db).cfg);
    // The item's tokens are numbered first, the attribute's after them.
    let mut next = 0;
    let item = number_tokens(&item, &mut next, |()| {});
    let attribute_tokens = number_tokens(&attribute_tokens, &mut next, |()| {});
    proc_macro
        .expand(&item, Some(&attribute_tokens))
        .map_err(|error| MacroError::ProcMacro { what: format!("#[{path}]"), reason: error.to_string() })
}

/// Whether `expn` is a derive that names a built-in derive (`Clone`, `Debug`…), whose expansion
/// holds impls only: the module tree leaves it unexpanded.
pub(crate) fn is_builtin_derive(db: &dyn Db, expn: ExpnId) -> bool {
    let Some(ExpansionPoint::MacroCall { path, kind: CallKind::Derive, .. }) = expansion_point(db, expn) else {
        return false;
    };
    match resolve_macro(db, expn) {
        Some(source) => {
            builtin_name(db, source).is_some_and(|name| sem_expand::BuiltinDerive::from_name(&name).is_some())
        }
        None => path.segments.last().is_some_and(|name| sem_expand::BuiltinDerive::from_name(name).is_some()),
    }
}

/// The expansion of the derive `path` (the call `expn`) of the item whose tokens are `input`: a
/// registered derive procedural macro, or one of the built-in derives.
fn expand_derive<S: Copy>(
    db: &dyn Db,
    expn: ExpnId,
    path: &crate::items::ModPath,
    input: &Subtree<S>,
    tokens: &dyn CallTokens<S>,
) -> Result<Subtree<S>, MacroError> {
    let edition = expn.krate(db).data(db).edition;
    let builtin = |name: &str| {
        let kind = sem_expand::BuiltinDerive::from_name(name)?;
        let call_site = tokens.mark(tokens.call_site(), Transparency::Opaque);
        Some(sem_expand::expand_derive(kind, input, call_site, edition).map_err(|error| MacroError::Expansion {
            what: path.to_string(),
            kind: error.kind(),
            reason: error.message().to_owned(),
        }))
    };
    if let Some(source) = resolve_macro(db, expn) {
        if let Some((name, kind)) = proc_macro_of(db, source) {
            if kind != ProcMacroKind::Derive {
                return Err(MacroError::WrongKind { what: path.to_string(), expected: "a derive macro" });
            }
            let proc_macro = registered_proc_macro(db, source, &name, kind, &path.to_string())?;
            return proc_macro
                .expand(&tokens.proc_macro_input(input), None)
                .map(|output| tokens.proc_macro_output(&output))
                .map_err(|error| MacroError::ProcMacro { what: path.to_string(), reason: error.to_string() });
        }
        if let Some(name) = builtin_name(db, source) {
            return builtin(&name)
                .unwrap_or_else(|| Err(MacroError::UnsupportedBuiltin { name: name.to_string(), derive: true }));
        }
        return Err(MacroError::WrongKind { what: path.to_string(), expected: "a derive macro" });
    }
    // Not found: a built-in derive named by its trait (`Clone`, `core::fmt::Debug`), as the
    // language prelude and `core`'s modules would have it.
    let last = path.segments.last().map(SmolStr::as_str).unwrap_or_default();
    builtin(last).unwrap_or_else(|| Err(MacroError::Unresolved { what: path.to_string(), kind: "derive macro" }))
}

/// The name and kind of the procedural macro that the function at `source` is, if it is one.
fn proc_macro_of(db: &dyn Db, source: MacroSource) -> Option<(SmolStr, ProcMacroKind)> {
    if source.local.is_some() {
        return None;
    }
    let items = fragment_items(db, source.expansion)?;
    let item = items.iter().nth(source.item.index())?;
    if !matches!(item.kind, SummaryItemKind::Fn) {
        return None;
    }
    let name = crate::name_resolution::proc_macro_name(item, item.name.as_ref()?)?;
    let kind = if item.attrs_named("proc_macro").next().is_some() {
        ProcMacroKind::FunctionLike
    } else if item.attrs_named("proc_macro_attribute").next().is_some() {
        ProcMacroKind::Attribute
    } else {
        ProcMacroKind::Derive
    };
    Some((name, kind))
}

/// The tokens between the delimiters of a call's group, as one invisible group: what a
/// function-like procedural macro is given.
fn args_without_delimiters<S: Copy>(args: &Subtree<S>) -> Subtree<S> {
    use sem_syntax::token_tree::{Delimiter, DelimiterKind};
    let delimiter =
        Delimiter { kind: DelimiterKind::Invisible, open: args.delimiter.open, close: args.delimiter.close };
    Subtree { delimiter, token_trees: args.token_trees.clone() }
}

/// The built-in macro that the definition at `source` declares (`#[rustc_builtin_macro]`, or
/// `#[rustc_builtin_macro(name)]`): its body is a placeholder, never to be expanded.
fn builtin_name(db: &dyn Db, source: MacroSource) -> Option<SmolStr> {
    use sem_syntax::token_tree::{Leaf, TokenTree};
    if source.local.is_some() {
        return None;
    }
    let items = fragment_items(db, source.expansion)?;
    let item = items.iter().nth(source.item.index())?;
    let attr = item.attrs_named("rustc_builtin_macro").next()?;
    let name = match &attr.input {
        crate::items::AttrInput::TokenTree(tree) => match tree.token_trees.as_slice() {
            [TokenTree::Subtree(group)] => match group.token_trees.first() {
                Some(TokenTree::Leaf(Leaf::Ident(ident))) => Some(ident.text.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    name.or_else(|| item.name.clone())
}

/// The `macro_rules!` (or `macro` 2.0) definition at item `item` of `expansion`'s fragment,
/// parsed once for all its calls. `no_eq`: a parsed definition is not compared (its text, in
/// the item summary, already was).
#[salsa::tracked(returns(ref), no_eq, heap_size = crate::heap_size::heap_size)]
pub fn macro_definition(db: &dyn Db, expansion: ExpnId, item: ItemIndex) -> Result<Arc<MacroRules<()>>, String> {
    let edition = expansion.krate(db).data(db).edition;
    match fragment_items(db, expansion).map(|items| items.iter().nth(item.index()).map(|it| &it.kind)) {
        Some(Some(SummaryItemKind::MacroRules { body })) => parse_definition(false, &body.unpack(), edition),
        Some(Some(SummaryItemKind::MacroDef { body })) => parse_definition(true, &body.unpack(), edition),
        _ => Err("not a `macro_rules!` or `macro` macro".to_owned()),
    }
}

/// Parses a definition from its tokens as the item summary keeps them: a `macro_rules!`'s body,
/// or (`is_macro2`) the groups after a `macro`'s name (`macro name(args) { body }` or
/// `macro name { rules }`) side by side in one invisible group.
pub(crate) fn parse_definition<S: Copy>(
    is_macro2: bool,
    body: &Subtree<S>,
    edition: sem_sources::Edition,
) -> Result<Arc<MacroRules<S>>, String> {
    use sem_syntax::token_tree::TokenTree;
    let parsed = if is_macro2 {
        match body.token_trees.as_slice() {
            [TokenTree::Subtree(args), TokenTree::Subtree(body)] => MacroRules::parse_macro2(Some(args), body, edition),
            [TokenTree::Subtree(rules)] => MacroRules::parse_macro2(None, rules, edition),
            _ => return Err("the definition is invalid: a `macro` needs a body".to_owned()),
        }
    } else {
        MacroRules::parse(body, edition)
    };
    parsed.map(Arc::new).map_err(|error| format!("the definition is invalid: {}", error.message()))
}

/// The leaves and delimiter pairs of a token tree, counted without recursion.
fn count_tokens<S>(tree: &sem_syntax::token_tree::Subtree<S>) -> usize {
    use sem_syntax::token_tree::TokenTree;
    let mut count = 0;
    let mut stack = vec![tree];
    while let Some(subtree) = stack.pop() {
        count += 1;
        for tree in &subtree.token_trees {
            match tree {
                TokenTree::Subtree(inner) => stack.push(inner),
                TokenTree::Leaf(_) => count += 1,
            }
        }
    }
    count
}

/// The macros a fragment defines for what comes after it: its `macro_rules!` items, and those
/// of its `#[macro_use]` modules (with theirs, to any depth); for a macro call's fragment, the
/// `macro_rules!` items of the expansion itself.
///
/// The macros that the expansions of macro calls *inside* an expansion would define are not
/// looked at: following them would expand every call below before any call could be resolved,
/// which a compilation bomb makes exponential, and real code defines macros through one level
/// of expansion (`define!(name)`) at most.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn macros_defined_in(db: &dyn Db, expn: ExpnId) -> Arc<[(SmolStr, MacroSource)]> {
    let follow_calls = !matches!(expansion_point(db, expn), Some(ExpansionPoint::MacroCall { .. }));
    let mut out = Vec::new();
    for (item, event) in macro_events(db, expn).iter() {
        let child = match event {
            MacroEvent::Define(name) => {
                out.push((name.clone(), MacroSource { expansion: expn, item: *item, local: None }));
                continue;
            }
            MacroEvent::DefineItem { .. } => continue,
            MacroEvent::MacroUseModule(child) => *child,
            MacroEvent::Call(child) if follow_calls => *child,
            MacroEvent::Call(_) => continue,
        };
        out.extend(macros_defined_in(db, child).iter().cloned());
    }
    out.into()
}

/// What in a fragment can change the textual scope of what follows.
#[derive(Clone, PartialEq, Eq, Debug)]
enum MacroEvent {
    /// A `macro_rules!` item, by name.
    Define(SmolStr),
    /// A `macro` 2.0 item, by name, and the inline module of the fragment it is in (`None` for
    /// the fragment's own module): an item like any other, seen from the whole module rather
    /// than from what follows it.
    DefineItem { name: SmolStr, module: Option<DefIndex> },
    /// A `#[macro_use]` out-of-line module: its expansion (interned here once, rather than by
    /// every call that looks past it).
    MacroUseModule(ExpnId),
    /// A macro call: its expansion.
    Call(ExpnId),
}

/// The events of `expn`'s fragment that shape the textual scope, with the pre-order index of
/// their item, in source order: computed once per fragment for all the calls in it.
#[salsa::tracked(returns(ref))]
fn macro_events(db: &dyn Db, expn: ExpnId) -> Arc<[(ItemIndex, MacroEvent)]> {
    let fragment = collect_definitions(db, expn);
    let Some(items) = fragment_items(db, expn) else { return Arc::from([]) };
    let items: Vec<_> = items.iter().collect();
    let mut events: Vec<(ItemIndex, MacroEvent)> = Vec::new();
    for definition in &fragment.definitions {
        let Some(name) = items.get(definition.item.index()).and_then(|it| it.name.clone()) else { continue };
        let event = match definition.kind {
            DefKind::MacroRules => MacroEvent::Define(name),
            DefKind::MacroDef => MacroEvent::DefineItem { name, module: definition.parent },
            _ => continue,
        };
        events.push((definition.item, event));
    }
    for (index, point) in fragment.indexed_expansion_points() {
        let child = || ExpnId::point(db, expn, index);
        match point {
            ExpansionPoint::MacroCall { item, .. } => events.push((*item, MacroEvent::Call(child()))),
            ExpansionPoint::Module { definition, .. } => {
                let item = fragment.definitions[*definition].item;
                // `#[macro_use] mod m;`, or `#![macro_use]` at the top of the module's file
                // (object's `constants.rs`).
                let outer = items.get(item.index()).is_some_and(|it| it.attrs_named("macro_use").next().is_some());
                let inner = || {
                    fragment_items(db, child())
                        .is_some_and(|summary| summary.inner_attrs.iter().any(|attr| attr.is_named("macro_use")))
                };
                if outer || inner() {
                    events.push((item, MacroEvent::MacroUseModule(child())));
                }
            }
        }
    }
    events.sort_by_key(|(item, _)| *item);
    events.into()
}

/// The macro `name` as the textual scope at item `before` of `expn`'s fragment has it: the
/// latest definition before that point in this fragment, else before the point where this
/// fragment sits in its parent, and so on up to the crate root, else a `macro` 2.0 item of the
/// module of `call`, else the crate's `#[macro_use]` prelude. Looked for innermost first, stopping at the first match, so a call
/// costs what lies between it and its definition rather than a copy of the whole scope.
fn find_in_scope(db: &dyn Db, call: ExpnId, expn: ExpnId, before: ItemIndex, name: &str) -> Option<MacroSource> {
    if let Some(found) = find_defined_before(db, expn, before, true, name) {
        return Some(found);
    }
    let mut fragment = expn;
    while let Some((parent, at)) = enclosing_scope(db, fragment) {
        if let Some(found) = find_defined_before(db, parent, at, true, name) {
            return Some(found);
        }
        fragment = parent;
    }
    find_macro_item(db, call, name).or_else(|| {
        macro_use_prelude(db, expn.krate(db)).iter().rev().find(|(it, _)| it == name).map(|(_, source)| *source)
    })
}

/// A `macro` 2.0 item named `name` in the module of `expn`'s fragment: defined anywhere in
/// that fragment or in the fragments of the macro calls it sits in, up to the module's own
/// fragment. (Items that other expansions of the module define, and imports of `macro` items,
/// need the module's name resolution, which needs these expansions: they are not looked at.)
fn find_macro_item(db: &dyn Db, call: ExpnId, name: &str) -> Option<MacroSource> {
    let Some(ExpansionPoint::MacroCall { module, .. }) = expansion_point(db, call) else { return None };
    // The inline module the call is in, in the fragment being searched.
    let mut module = *module;
    let mut fragment = call.parent(db)?;
    loop {
        let found = macro_events(db, fragment).iter().find_map(|(item, event)| match event {
            MacroEvent::DefineItem { name: defined, module: defined_in }
                if defined == name && *defined_in == module =>
            {
                Some(MacroSource { expansion: fragment, item: *item, local: None })
            }
            _ => None,
        });
        if found.is_some() {
            return found;
        }
        match expansion_point(db, fragment) {
            Some(ExpansionPoint::MacroCall { module: outer, .. }) if module.is_none() => {
                module = *outer;
                fragment = fragment.parent(db)?;
            }
            _ => return None,
        }
    }
}

/// The latest definition of `name` that `expn`'s fragment makes before its item `before`
/// (through `#[macro_use]` modules, and with `follow_calls` through its calls' expansions).
fn find_defined_before(
    db: &dyn Db,
    expn: ExpnId,
    before: ItemIndex,
    follow_calls: bool,
    name: &str,
) -> Option<MacroSource> {
    let events = macro_events(db, expn);
    let end = events.partition_point(|(item, _)| *item < before);
    for (item, event) in events[..end].iter().rev() {
        let child = match event {
            MacroEvent::Define(defined) if defined == name => {
                return Some(MacroSource { expansion: expn, item: *item, local: None });
            }
            MacroEvent::Define(_) | MacroEvent::DefineItem { .. } => continue,
            MacroEvent::MacroUseModule(child) => *child,
            MacroEvent::Call(child) if follow_calls => *child,
            MacroEvent::Call(_) => continue,
        };
        if let Some((_, source)) = macros_defined_in(db, child).iter().rev().find(|(it, _)| it == name) {
            return Some(*source);
        }
    }
    None
}

/// The macros every module of `krate` sees last: the `#[macro_export]` macros of the crates
/// brought in with `#[macro_use] extern crate` at the root, and of `std` (`core` for
/// `#![no_std]`) as rustc's implicit `#[macro_use] extern crate std;` does.
///
/// Read from the crate's dependencies and its root file alone, not from its name resolution,
/// which needs the expansions that need this.
#[salsa::tracked(returns(ref))]
pub fn macro_use_prelude(db: &dyn Db, krate: crate::inputs::CrateInput) -> Arc<[(SmolStr, MacroSource)]> {
    let root = ExpnId::crate_root(db, krate);
    let mut crates = Vec::new();
    if let Some(items) = fragment_items(db, root) {
        let attrs = crate::expansion::expand_cfg_attrs(&krate.data(db).cfg, &items.inner_attrs, |_| {});
        let no_std = attrs.iter().any(|attr| attr.is_named("no_std"));
        let implicit = if no_std { "core" } else { "std" };
        crates.extend(dependency_named(db, krate, implicit));
        let summary: Vec<_> = items.iter().collect();
        for definition in &collect_definitions(db, root).definitions {
            if definition.kind != DefKind::ExternCrate || definition.parent.is_some() {
                continue;
            }
            let Some(item) = summary.get(definition.item.index()) else { continue };
            if item.attrs_named("macro_use").next().is_none() {
                continue;
            }
            if let SummaryItemKind::ExternCrate { crate_name } = &item.kind {
                crates.extend(dependency_named(db, krate, crate_name));
            }
        }
    }
    let mut out = Vec::new();
    for dep in crates {
        if dep != krate {
            out.extend(exported_macros(db, dep).iter().cloned());
        }
    }
    out.into()
}

/// The `#[macro_export]` macro `name` of `krate` itself, from [`exported_macros_in_files`].
fn own_exported_macro(db: &dyn Db, krate: crate::inputs::CrateInput, name: &str) -> Option<MacroSource> {
    exported_macros_in_files(db, krate).get(name).copied()
}

/// The `#[macro_export]` macros of `krate` defined in its files and inline modules, by name
/// (the first in module order when two share one): what `crate::name!` and `$crate::name!`
/// name in the crate itself, whatever the textual order of the modules (syn 1's
/// `crate::custom_keyword!` in `expr.rs`, defined in a module declared after `mod expr;`).
///
/// The crate's def map would have them all, but it depends on the crate's expansions, which
/// depend on this: so the walk follows `mod` items of files and inline modules only, never
/// macro expansions (a macro exported from inside an expansion is found through the textual
/// scope, as before). `returns(ref)`, compared: an edit that leaves the exported macros where
/// they are spares every call that reads it.
#[salsa::tracked(returns(ref))]
pub fn exported_macros_in_files(
    db: &dyn Db,
    krate: crate::inputs::CrateInput,
) -> rustc_hash::FxHashMap<SmolStr, MacroSource> {
    let mut out = rustc_hash::FxHashMap::default();
    let mut seen_files = rustc_hash::FxHashSet::default();
    let mut queue = vec![ExpnId::crate_root(db, krate)];
    while let Some(expn) = queue.pop() {
        // A file holds one fragment: a `#[path]` loop, or a file declared twice, is walked once.
        let Some(located) = crate::expansion::locate_tokens(db, expn) else { continue };
        if !seen_files.insert(located.file) || seen_files.len() > crate::module_tree::MAX_MODULES {
            continue;
        }
        let fragment = collect_definitions(db, expn);
        let Some(items) = fragment_items(db, expn) else { continue };
        let items: Vec<_> = items.iter().collect();
        for definition in fragment.definitions.iter().filter(|it| it.kind == DefKind::MacroRules) {
            let Some(item) = items.get(definition.item.index()) else { continue };
            if let Some(name) = &item.name
                && item.attrs_named("macro_export").next().is_some()
            {
                out.entry(name.clone()).or_insert(MacroSource { expansion: expn, item: definition.item, local: None });
            }
        }
        // Children in declaration order: pushed in reverse onto the stack.
        let points: Vec<_> = fragment.indexed_expansion_points().collect();
        for (index, point) in points.into_iter().rev() {
            if matches!(point, ExpansionPoint::Module { .. }) {
                queue.push(ExpnId::point(db, expn, index));
            }
        }
    }
    out
}

/// The module path from the crate root (names of modules) of the inline module `module` of
/// `fragment` (`None`: the fragment's own module), where a call's `self::` and `super::`
/// start; followed up through declaring fragments and the calls of macro fragments, as many
/// steps as the chain of enclosing expansions has.
fn call_module_path(db: &dyn Db, fragment: ExpnId, module: Option<DefIndex>) -> Option<Vec<SmolStr>> {
    let mut reversed = Vec::new();
    let (mut fragment, mut module) = (fragment, module);
    loop {
        // The inline modules around, innermost first.
        let definitions = &collect_definitions(db, fragment).definitions;
        while let Some(index) = module {
            let definition = definitions.get(index.index())?;
            if let crate::expansion::DefPathData::TypeNs(name) = &definition.data
                && definition.kind == DefKind::Module
            {
                reversed.push(name.clone());
            }
            module = definition.parent;
        }
        let Some(parent) = fragment.parent(db) else { break };
        module = match expansion_point(db, fragment)? {
            // A file module: its declaration in the parent fragment names it.
            ExpansionPoint::Module { definition, .. } => Some(*definition),
            // A macro's fragment: its items are in the module of the call.
            ExpansionPoint::MacroCall { module, .. } => *module,
        };
        fragment = parent;
    }
    reversed.reverse();
    Some(reversed)
}

/// The crate `krate` depends on under `name`.
fn dependency_named(db: &dyn Db, krate: crate::inputs::CrateInput, name: &str) -> Option<crate::inputs::CrateInput> {
    let id = krate.data(db).dependencies.iter().find(|dep| dep.name == name)?.krate;
    db.workspace().krate(db, id)
}

/// The `#[macro_export]` macros of `krate`, by name.
#[salsa::tracked(returns(ref))]
pub fn exported_macros(db: &dyn Db, krate: crate::inputs::CrateInput) -> Arc<[(SmolStr, MacroSource)]> {
    let def_map = crate::name_resolution::crate_def_map(db, krate);
    let Some(root) = def_map.modules.first() else { return Arc::from([]) };
    root.macros
        .iter()
        .filter(|(_, entry)| entry.visibility == crate::name_resolution::Visibility::Public)
        .filter_map(|(name, entry)| match entry.resolution {
            // A function here is a procedural macro.
            crate::name_resolution::Resolution::Def {
                expansion,
                index,
                kind: DefKind::MacroRules | DefKind::MacroDef | DefKind::Fn,
            } => {
                let item = collect_definitions(db, expansion).definitions.get(index.index())?.item;
                Some((name.clone(), MacroSource { expansion, item, local: None }))
            }
            _ => None,
        })
        .collect()
}

fn exported_macro(db: &dyn Db, krate: crate::inputs::CrateInput, name: &str) -> Option<MacroSource> {
    exported_macros(db, krate).iter().find(|(it, _)| it == name).map(|(_, source)| *source)
}

/// The crate of the macro whose expansion `expn` is, for `$crate`: the nearest enclosing macro
/// expansion's definition.
fn defining_crate(db: &dyn Db, expn: ExpnId) -> Option<crate::inputs::CrateInput> {
    let mut current = expn;
    loop {
        if let Some(ExpansionPoint::MacroCall { .. }) = expansion_point(db, current) {
            return resolve_macro(db, current).map(|source| source.expansion.krate(db));
        }
        current = current.parent(db)?;
    }
}

/// The tokens of the macro expansions around the call `expn`, up to the call written in a file
/// (its parent fragment's, and that fragment's call's, and so on): what a chain of expansions
/// has spent of [`crate::module_tree::MAX_EXPANSION_TOKENS_PER_CALL`] before `expn` expands.
///
/// A query over the parent's memo, as [`macro_depth`]: a chain of N expansions costs N steps.
/// `returns(copy)`: a number.
#[salsa::tracked(returns(copy))]
fn tokens_above(db: &dyn Db, expn: ExpnId) -> usize {
    let Some(parent) = expn.parent(db) else { return 0 };
    match expansion_point(db, parent) {
        // A call inside an item's expansion: that expansion's tokens are counted on the
        // expansion the HIR reads, not expanded a second time.
        Some(ExpansionPoint::MacroCall { position: crate::expansion::CallPosition::Inner(_), .. }) => {
            let tokens = match crate::span::expansion_with_spans(db, parent) {
                Ok(Some(crate::span::SpannedExpansion::Tokens { span_map, .. })) => span_map.len(),
                _ => 0,
            };
            tokens_above(db, parent) + tokens
        }
        Some(ExpansionPoint::MacroCall { .. }) => tokens_above(db, parent) + macro_expansion(db, parent).tokens,
        _ => 0,
    }
}

/// How many macro calls enclose `expn`, itself included.
///
/// A query, so that a fragment's depth is its parent's plus one, read from the parent's memo:
/// the walks of the module tree and of spans go outermost first, so a chain of N nested
/// expansions costs N steps rather than N²/2 (a 1,024-deep recursion was quadratic).
/// `returns(copy)`: a number.
#[salsa::tracked(returns(copy))]
fn macro_depth(db: &dyn Db, expn: ExpnId) -> u32 {
    let own = u32::from(matches!(expansion_point(db, expn), Some(ExpansionPoint::MacroCall { .. })));
    expn.parent(db).map_or(own, |parent| macro_depth(db, parent) + own)
}

/// The nearest level of the textual scope above `fragment` that may hold a macro: the first
/// enclosing fragment with an event (a definition, a call, a `#[macro_use]` module) before the
/// item where the level below sits in it, with that item; `None` at the crate root.
///
/// A query, for the same reason as [`macro_depth`]: levels without events are skipped through
/// the parent's memo, so a call 1,000 expansions deep does not walk 1,000 empty levels to find
/// its macro at the root (levels without events are exactly those [`find_defined_before`] finds
/// nothing in). `returns(copy)`, compared: an edit below a level leaves it equal.
#[salsa::tracked(returns(copy))]
fn enclosing_scope(db: &dyn Db, fragment: ExpnId) -> Option<(ExpnId, ItemIndex)> {
    let parent = fragment.parent(db)?;
    let at = match expansion_point(db, fragment)? {
        ExpansionPoint::MacroCall { item, .. } => *item,
        ExpansionPoint::Module { definition, .. } => collect_definitions(db, parent).definitions[*definition].item,
    };
    if macro_events(db, parent).first().is_some_and(|(item, _)| *item < at) {
        Some((parent, at))
    } else {
        enclosing_scope(db, parent)
    }
}

/// `#![recursion_limit = "N"]` of the crate root, or [`DEFAULT_RECURSION_LIMIT`]; at most
/// [`MAX_RECURSION_LIMIT`].
fn recursion_limit(db: &dyn Db, krate: crate::inputs::CrateInput) -> u32 {
    let root = ExpnId::crate_root(db, krate);
    let Some(items) = fragment_items(db, root) else { return DEFAULT_RECURSION_LIMIT };
    items
        .inner_attrs
        .iter()
        .filter(|attr| attr.is_named("recursion_limit"))
        .find_map(|attr| match &attr.input {
            crate::items::AttrInput::Value(value) => value.trim_matches('"').parse().ok(),
            _ => None,
        })
        .unwrap_or(DEFAULT_RECURSION_LIMIT)
        .min(MAX_RECURSION_LIMIT)
}

mod builtin;
mod derive;
#[cfg(test)]
mod proc_macro_tests;
#[cfg(test)]
mod tests;

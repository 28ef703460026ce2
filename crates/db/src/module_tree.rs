//! The module tree of a crate, and stable names for its definitions.
//!
//! [`crate_module_tree`] walks the expansion tree from the crate root: each module expansion's
//! fragment gives the module's definitions, its inline modules, and the out-of-line modules
//! whose files [`locate_tokens`] finds. A module whose file is missing, or a file that would
//! contain itself (`#[path]` loops), is a diagnostic; the walk is bounded by [`MAX_MODULES`].
//!
//! Every definition gets a [`DefPath`]: the chain of names (with disambiguators) from the crate
//! root, and a [`DefPathHash`], a stable 64-bit hash of the crate's name and that chain. Neither
//! depends on text positions.

use std::{
    fmt::Write as _,
    hash::{Hash, Hasher},
};

use rustc_hash::FxHasher;
use sem_sources::FilePath;
use smol_str::SmolStr;

use crate::{
    Db,
    diagnostics::{DiagnosticKind, ModuleTreeDiagnosticKind},
    expansion::{
        CallPosition, DefKind, DefPathData, ExpansionPoint, ExpnId, LocatedFile, collect_definitions, locate_tokens,
    },
    ids::{DefIndex, ExpansionPointIndex, ModuleIndex},
    inputs::CrateInput,
};

/// The most modules (inline and out of line) one crate's tree may have; beyond, the walk stops
/// with a diagnostic. Real crates have hundreds at most.
pub const MAX_MODULES: usize = 100_000;

/// The most macro calls in item position one crate may expand (its fan-out fuel); beyond, the
/// walk stops with a diagnostic.
pub const MAX_EXPANSIONS: usize = 20_000;

/// The most expansions one macro call written in a file may lead to, itself and the calls its
/// expansion makes to any depth (the fan-out fuel of one call); beyond, that call's tree of
/// expansions stops with a diagnostic at the call. Real calls stay far below: a tt-muncher
/// is as deep as the recursion limit, a list macro as broad as its list (the corpus's most is
/// funty's `impl_for!`, 697 expansions; libc's `s!` blocks make 270); an exponential bomb
/// reaches it in tens of milliseconds.
pub const MAX_EXPANSIONS_PER_CALL: usize = 2_048;

/// The most tokens the expansions of one macro call written in a file may hold together, its
/// own and those of the calls its expansion makes to any depth (the size fuel of one call);
/// beyond, that call's tree of expansions stops with a diagnostic at the call. A macro whose
/// expansion doubles its input at each step (`grow!($($t)* $($t)*)`) reaches it in a few
/// dozen milliseconds, where the per-expansion limits of `sem-expand` let it run for seconds;
/// the largest call tree of the corpus holds far less (see `docs/benchmarks.md`).
pub const MAX_EXPANSION_TOKENS_PER_CALL: usize = 1 << 18;

/// The most tokens all of one crate's expansions in item position may hold together; beyond,
/// the walk stops with a diagnostic. One expansion is bounded by `sem-expand`'s fuel already.
pub const MAX_EXPANSION_TOKENS: usize = 20_000_000;

impl std::ops::Index<ModuleIndex> for Vec<ModuleData> {
    type Output = ModuleData;
    fn index(&self, module: ModuleIndex) -> &ModuleData {
        &self[module.index()]
    }
}

impl std::ops::IndexMut<ModuleIndex> for Vec<ModuleData> {
    fn index_mut(&mut self, module: ModuleIndex) -> &mut ModuleData {
        &mut self[module.index()]
    }
}

/// The modules of one crate.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ModuleTree {
    /// Every module, the root first, each before its children.
    pub modules: Vec<ModuleData>,
    /// Modules whose files were not found, fuel limits reached, and other problems of the walk.
    pub diagnostics: Vec<ModuleDiagnostic>,
    /// Macro calls in item position that were not expanded for want of support (a macro not
    /// found, built-in or procedural) or whose expansion is not items, each with why.
    pub macro_diagnostics: Vec<ModuleDiagnostic>,
    /// Calls of procedural macros that are not registered (`Sources::add_proc_macro`), left
    /// unexpanded: what the analysis misses, not errors of the code.
    pub unregistered_macros: Vec<ModuleDiagnostic>,
    /// How many macro calls in item position were expanded.
    pub expanded_macro_calls: usize,
    /// The expansions of macro calls in associated-item position (inside an `impl`, a trait or
    /// an `extern` block, or inside such an expansion), in the order the walk met them, each
    /// with the container whose associated items its top-level items are. Name resolution
    /// never reads them: their items are in no module's scope.
    pub associated_fragments: Vec<AssociatedFragment>,
}

/// The expansion of a macro call among the associated items of a container.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct AssociatedFragment {
    /// The `impl`, trait or `extern` block.
    pub container: DefLocation,
    /// The call's expansion, whose top-level items are the container's.
    pub expansion: ExpnId,
}

/// One module.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ModuleData {
    /// The enclosing module; `None` for the crate root.
    pub parent: Option<ModuleIndex>,
    /// Its name; empty for the crate root.
    pub name: SmolStr,
    /// The expansion whose fragment holds the module's items.
    pub expansion: ExpnId,
    /// The definition of the module in `expansion`'s fragment, for inline modules; `None` when
    /// the module is the fragment's own (crate root, out-of-line module).
    pub inline_definition: Option<DefIndex>,
    /// Where the module is declared: its parent's expansion and the index of its definition in
    /// that fragment; `None` for the crate root.
    pub declaration: Option<DefLocation>,
    /// The file that holds the module's items.
    pub file: Option<FilePath>,
    /// The stable name of the module.
    pub def_path: DefPath,
    /// The macro calls in the module whose expansions' top-level items are the module's too.
    pub macro_fragments: Vec<ExpnId>,
    /// The macro calls in the module's `extern` blocks (and in their expansions): their
    /// top-level items are foreign items of a block, named by paths under the block
    /// ([`ModuleTree::associated_fragments`] lists them with it), and like every foreign item
    /// they are in the module's scope.
    pub foreign_fragments: Vec<ExpnId>,
    /// The built-in derives of the module's items (`#[derive(Clone)]`): their expansions hold
    /// impls only, which name nothing in the module, so the tree does not expand them (nor
    /// count them against the crate's budgets); they are expanded when asked for.
    pub derive_fragments: Vec<ExpnId>,
}

/// A problem of the module tree.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ModuleDiagnostic {
    /// The expansion whose fragment declares the module or makes the call.
    pub expansion: ExpnId,
    /// The index of the declaration or the call among that fragment's expansion points; `None`
    /// for a problem of the crate as a whole (a missing root file, too many modules).
    pub expansion_point: Option<ExpansionPointIndex>,
    /// What is wrong.
    pub kind: ModuleTreeDiagnosticKind,
}

impl ModuleDiagnostic {
    /// The message, rendered from the kind.
    pub fn message(&self) -> String {
        self.kind.message()
    }
}

/// A definition's stable name: the data and disambiguator of each definition from the crate
/// root down to it.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct DefPath {
    pub data: Vec<(DefPathData, u32)>,
}

/// A stable hash of a [`DefPath`] and its crate's name: equal across runs and edits for the
/// same definition, so it can key data kept between sessions.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct DefPathHash(pub u64);

impl DefPath {
    /// The path one level down.
    pub fn child(&self, data: DefPathData, disambiguator: u32) -> DefPath {
        let mut path = self.clone();
        path.data.push((data, disambiguator));
        path
    }

    /// The hash of this path in the crate named `crate_name`.
    ///
    /// FxHash takes no random seed, so the value depends only on the input and on the pinned
    /// version of `rustc-hash`.
    pub fn hash_in(&self, crate_name: &str) -> DefPathHash {
        let mut hasher = FxHasher::default();
        crate_name.hash(&mut hasher);
        self.data.hash(&mut hasher);
        DefPathHash(hasher.finish())
    }
}

impl std::fmt::Display for DefPath {
    /// `crate::a::b`, with `{impl#0}`-style names for unnamed definitions and `#n` for a
    /// disambiguator above 0.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("crate")?;
        for (data, disambiguator) in &self.data {
            let name = match data {
                DefPathData::TypeNs(name) | DefPathData::ValueNs(name) | DefPathData::MacroNs(name) => name.clone(),
                DefPathData::Impl => "{impl}".into(),
                DefPathData::Use => "{use}".into(),
                DefPathData::ForeignMod => "{extern}".into(),
            };
            write!(f, "::{name}")?;
            if *disambiguator > 0 {
                write!(f, "#{disambiguator}")?;
            }
        }
        Ok(())
    }
}

/// The module tree of `krate`.
///
/// Reads [`collect_definitions`] of every module expansion, so an edit that leaves every
/// fragment equal (inside a body, say) does not re-run it. `returns(ref)`.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn crate_module_tree(db: &dyn Db, krate: CrateInput) -> ModuleTree {
    let mut tree = ModuleTree::default();
    let root = ExpnId::crate_root(db, krate);
    let Some(located) = locate_tokens(db, root) else {
        // Cargo lists targets whose files a published package leaves out (examples, tests).
        tree.diagnostics.push(ModuleDiagnostic {
            expansion: root,
            expansion_point: None,
            kind: ModuleTreeDiagnosticKind::RootFileMissing { path: krate.data(db).root_file.path.to_string() },
        });
        return tree;
    };
    tree.modules.push(ModuleData {
        parent: None,
        name: SmolStr::default(),
        expansion: root,
        inline_definition: None,
        declaration: None,
        file: Some(located.file.path(db).clone()),
        def_path: DefPath::default(),
        macro_fragments: Vec::new(),
        foreign_fragments: Vec::new(),
        derive_fragments: Vec::new(),
    });
    // Module expansions still to walk: the expansion, the module it is, and the files of the
    // modules around it (a file may not contain itself).
    // Each entry also holds the call written in a file that the fragment comes from, if it is a
    // macro's fragment, for the fan-out fuel of that call.
    // And the container of an associated-item expansion.
    let mut queue = std::collections::VecDeque::from([(root, ModuleIndex::ROOT, vec![located], None::<ExpnId>, None)]);
    let (mut expansions, mut expansion_tokens) = (0usize, 0usize);
    // Per call written in a file: how many expansions and how many tokens its tree has so far.
    let mut expansions_of_call: rustc_hash::FxHashMap<ExpnId, (usize, usize)> = rustc_hash::FxHashMap::default();
    while let Some((expn, module, ancestors, top_call, fragment_container)) = queue.pop_front() {
        let fragment = collect_definitions(db, expn);
        // The fragment's definitions that are modules, by definition index → module index.
        let mut module_of_definition = rustc_hash::FxHashMap::default();
        for (index, definition) in fragment.indexed_definitions() {
            let parent_module = match definition.parent {
                None => module,
                Some(parent) => match module_of_definition.get(&parent) {
                    Some(&parent_module) => parent_module,
                    // Inside an enum, a trait or an impl: no module to add.
                    None => continue,
                },
            };
            if definition.kind != DefKind::Module {
                continue;
            }
            if tree.modules.len() >= MAX_MODULES {
                tree.diagnostics.push(ModuleDiagnostic {
                    expansion: expn,
                    expansion_point: None,
                    kind: ModuleTreeDiagnosticKind::TooManyModules { limit: MAX_MODULES },
                });
                return tree;
            }
            let DefPathData::TypeNs(name) = &definition.data else { continue };
            let def_path =
                tree.modules[parent_module].def_path.child(definition.data.clone(), definition.disambiguator);
            let new_index = ModuleIndex::new(tree.modules.len());
            module_of_definition.insert(index, new_index);
            let file = tree.modules[parent_module].file.clone();
            tree.modules.push(ModuleData {
                parent: Some(parent_module),
                name: name.clone(),
                expansion: expn,
                inline_definition: Some(index),
                declaration: Some(DefLocation { expansion: expn, index }),
                file,
                def_path,
                macro_fragments: Vec::new(),
                foreign_fragments: Vec::new(),
                derive_fragments: Vec::new(),
            });
        }
        for (point_index, point) in fragment.indexed_expansion_points() {
            if let ExpansionPoint::MacroCall { module: call_module, position, .. } = point {
                // The expansion's items belong to the module the call is in.
                let call_module = match call_module {
                    None => module,
                    Some(definition) => match module_of_definition.get(definition) {
                        Some(&index) => index,
                        None => continue,
                    },
                };
                let child = ExpnId::point(db, expn, point_index);
                if crate::macros::is_builtin_derive(db, child) {
                    tree.modules[call_module].derive_fragments.push(child);
                    continue;
                }
                let top = top_call.unwrap_or(child);
                let (count, tokens_of_call) = expansions_of_call.entry(top).or_insert((0, 0));
                if *tokens_of_call > MAX_EXPANSION_TOKENS_PER_CALL {
                    // The call's tree is over its token budget already (reported once, below):
                    // the calls still queued in it are not expanded at all.
                    continue;
                }
                *count += 1;
                if *count > MAX_EXPANSIONS_PER_CALL {
                    if *count == MAX_EXPANSIONS_PER_CALL + 1
                        && let Some(top_parent) = top.parent(db)
                    {
                        tree.diagnostics.push(ModuleDiagnostic {
                            expansion: top_parent,
                            expansion_point: top.point_index(db),
                            kind: ModuleTreeDiagnosticKind::TooManyExpansionsOfCall { limit: MAX_EXPANSIONS_PER_CALL },
                        });
                    }
                    continue;
                }
                expansions += 1;
                if expansions > MAX_EXPANSIONS {
                    tree.diagnostics.push(ModuleDiagnostic {
                        expansion: expn,
                        expansion_point: None,
                        kind: ModuleTreeDiagnosticKind::TooManyExpansions { limit: MAX_EXPANSIONS },
                    });
                    return tree;
                }
                let expansion = crate::macros::macro_expansion(db, child);
                if let Some(error) = &expansion.error {
                    // A fuel limit is the crate's problem; a macro sem cannot expand yet is not,
                    // and a procedural macro that is not registered is the caller's.
                    let list = if error.is_fuel_exhausted() {
                        &mut tree.diagnostics
                    } else if error.is_unregistered() {
                        &mut tree.unregistered_macros
                    } else {
                        &mut tree.macro_diagnostics
                    };
                    list.push(ModuleDiagnostic {
                        expansion: expn,
                        expansion_point: Some(point_index),
                        kind: ModuleTreeDiagnosticKind::Macro(error.clone()),
                    });
                }
                expansion_tokens += expansion.tokens;
                let (_, tokens_of_call) = expansions_of_call.entry(top).or_insert((0, 0));
                let before = *tokens_of_call;
                *tokens_of_call += expansion.tokens;
                if *tokens_of_call > MAX_EXPANSION_TOKENS_PER_CALL {
                    // Reported once, at the call written in a file; its tree stops here.
                    if before <= MAX_EXPANSION_TOKENS_PER_CALL
                        && let Some(top_parent) = top.parent(db)
                    {
                        tree.diagnostics.push(ModuleDiagnostic {
                            expansion: top_parent,
                            expansion_point: top.point_index(db),
                            kind: ModuleTreeDiagnosticKind::TooManyTokensOfCall {
                                limit: MAX_EXPANSION_TOKENS_PER_CALL,
                            },
                        });
                    }
                    continue;
                }
                // A call among associated items expands into its container's items, not the
                // module's.
                let container = match *position {
                    // Never among a fragment's expansion points: calls inside items are the HIR's.
                    CallPosition::Module | CallPosition::Inner(_) => None,
                    CallPosition::Associated { container: Some(index) } => Some(DefLocation { expansion: expn, index }),
                    CallPosition::Associated { container: None } => fragment_container,
                };
                match container {
                    Some(container) => {
                        tree.associated_fragments.push(AssociatedFragment { container, expansion: child });
                        let container_kind =
                            collect_definitions(db, container.expansion).definitions[container.index].kind;
                        if container_kind == DefKind::ForeignMod {
                            tree.modules[call_module].foreign_fragments.push(child);
                        }
                    }
                    None => tree.modules[call_module].macro_fragments.push(child),
                }
                if expansion_tokens > MAX_EXPANSION_TOKENS {
                    tree.diagnostics.push(ModuleDiagnostic {
                        expansion: expn,
                        expansion_point: Some(point_index),
                        kind: ModuleTreeDiagnosticKind::TooManyExpansionTokens { limit: MAX_EXPANSION_TOKENS },
                    });
                    return tree;
                }
                if expansion.items.is_some() {
                    tree.expanded_macro_calls += 1;
                    queue.push_back((child, call_module, ancestors.clone(), Some(top), container));
                }
                continue;
            }
            let ExpansionPoint::Module { definition, candidates } = point else { continue };
            let Some(&child_module) = module_of_definition.get(definition) else { continue };
            let child = ExpnId::point(db, expn, point_index);
            let data = &mut tree.modules[child_module];
            data.inline_definition = None;
            data.expansion = child;
            let Some(found) = locate_tokens(db, child) else {
                data.file = None;
                let tried: Vec<String> = candidates.paths.iter().map(|(path, _)| path.path.to_string()).collect();
                tree.diagnostics.push(ModuleDiagnostic {
                    expansion: expn,
                    expansion_point: Some(point_index),
                    kind: ModuleTreeDiagnosticKind::FileNotFound { name: candidates.name.clone(), tried },
                });
                continue;
            };
            data.file = Some(found.file.path(db).clone());
            if ancestors.iter().any(|ancestor: &LocatedFile| ancestor.file == found.file) {
                data.file = None;
                tree.diagnostics.push(ModuleDiagnostic {
                    expansion: expn,
                    expansion_point: Some(point_index),
                    kind: ModuleTreeDiagnosticKind::CircularModule { file: found.file.path(db).path.to_string() },
                });
                continue;
            }
            let mut child_ancestors = ancestors.clone();
            child_ancestors.push(found);
            queue.push_back((child, child_module, child_ancestors, None, None));
        }
    }
    tree
}

impl ModuleTree {
    /// Every fragment of the crate once: those read from files (inline modules share their
    /// file's) and those of macro expansions, in module order, then those of associated-item
    /// expansions; not the built-in derives' (see [`ModuleTree::derive_fragments`]).
    pub fn fragments(&self) -> Vec<ExpnId> {
        let files = self.modules.iter().filter(|module| module.inline_definition.is_none() && module.file.is_some());
        let files = files.map(|module| module.expansion);
        let macros = self.modules.iter().flat_map(|module| module.macro_fragments.iter().copied());
        let associated = self.associated_fragments.iter().map(|fragment| fragment.expansion);
        files.chain(macros).chain(associated).collect()
    }

    /// The fragments of the built-in derives of every module, not expanded by the tree: each
    /// expands when its definitions are asked for.
    pub fn derive_fragments(&self) -> Vec<ExpnId> {
        self.modules.iter().flat_map(|module| module.derive_fragments.iter().copied()).collect()
    }

    /// The tree as indented text, each module with its own definitions (see
    /// [`module_definitions`]), then the diagnostics: the format of snapshot tests.
    pub fn dump(&self, db: &dyn Db) -> String {
        let mut out = String::new();
        // Children in order, depth first, with an explicit stack.
        let mut children: Vec<Vec<ModuleIndex>> = vec![Vec::new(); self.modules.len()];
        for (index, module) in self.modules.iter().enumerate() {
            if let Some(parent) = module.parent {
                children[parent.index()].push(ModuleIndex::new(index));
            }
        }
        let mut stack: Vec<(ModuleIndex, usize)> =
            if self.modules.is_empty() { Vec::new() } else { vec![(ModuleIndex::ROOT, 0)] };
        while let Some((index, depth)) = stack.pop() {
            let module = &self.modules[index.index()];
            let indent = "  ".repeat(depth);
            let name = if module.parent.is_none() { "crate" } else { module.name.as_str() };
            let file = match (&module.file, module.inline_definition) {
                (_, Some(_)) => String::new(),
                (Some(file), None) => format!(" ({})", file.path),
                (None, None) => " (no file)".to_owned(),
            };
            let _ = writeln!(out, "{indent}mod {name}{file}");
            for (kind, def_path) in module_definitions(db, self, index) {
                let last = def_path.to_string();
                let last = last.rsplit("::").next().unwrap_or_default().to_owned();
                let _ = writeln!(out, "{indent}  {kind:?} {last}");
            }
            for &child in children[index.index()].iter().rev() {
                stack.push((child, depth + 1));
            }
        }
        for diagnostic in &self.diagnostics {
            let _ = writeln!(out, "error: {}", diagnostic.message());
        }
        out
    }
}

/// The definitions directly in module `module` of `tree` (not in its child modules, nor inside
/// enums, traits or impls), other than modules, with their paths, in source order. A module
/// without a file (missing, or circular) has none.
pub fn module_definitions(db: &dyn Db, tree: &ModuleTree, module: ModuleIndex) -> Vec<(DefKind, DefPath)> {
    let data = &tree.modules[module.index()];
    module_members(db, data)
        .map(|((path_data, disambiguator), location)| {
            let kind = collect_definitions(db, location.expansion).definitions[location.index].kind;
            (kind, data.def_path.child(path_data.clone(), disambiguator))
        })
        .collect()
}

/// Where a definition is: `expansion`'s fragment, its definition `index`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct DefLocation {
    pub expansion: ExpnId,
    pub index: DefIndex,
}

/// The definitions directly in `module` but its child modules, each with its data and
/// disambiguator under the module and where it is. Disambiguators count across the module's
/// fragments, its own first, then its macro calls' and derives', so that a name a macro
/// defines again gets the next one (each fragment counts from 0 on its own). A module without
/// a file (missing, or circular) has none.
pub(crate) fn module_members<'db>(
    db: &'db dyn Db,
    module: &'db ModuleData,
) -> impl Iterator<Item = ((&'db DefPathData, u32), DefLocation)> + 'db {
    let own = std::iter::once((module.expansion, module.inline_definition));
    let from_macros = module.macro_fragments.iter().chain(&module.derive_fragments).map(|&expansion| (expansion, None));
    let fragments = own.chain(from_macros).filter(|_| module.file.is_some());
    let mut counters: rustc_hash::FxHashMap<&DefPathData, u32> = rustc_hash::FxHashMap::default();
    fragments
        .flat_map(move |(expansion, parent)| {
            collect_definitions(db, expansion)
                .definitions
                .iter()
                .enumerate()
                .filter(move |(_, definition)| definition.parent == parent && definition.kind != DefKind::Module)
                .map(move |(index, definition)| (expansion, DefIndex::new(index), definition))
        })
        .map(move |(expansion, index, definition)| {
            let counter = counters.entry(&definition.data).or_insert(0);
            *counter += 1;
            ((&definition.data, *counter - 1), DefLocation { expansion, index })
        })
}

#[cfg(test)]
mod tests;

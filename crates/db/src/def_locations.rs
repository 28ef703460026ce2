//! From a definition's stable name to where it is, and back: the seed's `find_expansion`.
//!
//! A definition is named by its crate and its [`DefPath`] (a [`DefId`]); where it is is an
//! expansion (a file's fragment or a macro's) and its index among that fragment's definitions.
//! [`crate_definitions`] walks a crate's modules to list every definition with its path, and
//! [`find_expansion`] goes the other way through the crate's index of paths
//! ([`definition_index`], built from that walk when a definition is first looked for).
//!
//! The numbering is the module tree's: a module's path is its parent's plus its own data and
//! disambiguator; a definition directly in a module counts among the module's definitions of
//! the same data across its fragments (its own first, then its macro calls' and derives', in
//! order, as [`crate::module_definitions`] counts); a definition inside another (a variant, an
//! associated item, an item of an `extern` block) counts among its siblings in its fragment.

#[cfg(test)]
mod tests;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::{
    Db,
    expansion::{DefKind, DefPathData, collect_definitions},
    ids::DefIndex,
    inputs::CrateInput,
    module_tree::{DefLocation, DefPath, crate_module_tree, module_members},
};

/// A definition by its stable name: its crate and its path from the crate root.
///
/// Interned with `revisions = usize::MAX`: a consumer may keep a `DefId` across many
/// revisions (that is what a stable name is for), so its id must never be reclaimed and reused.
#[salsa::interned(unsafe(no_lifetime), revisions = usize::MAX, debug)]
pub struct DefId {
    #[returns(copy)]
    pub krate: CrateInput,
    pub path: DefPath,
}

/// The expansion whose fragment holds the definition `def`, and the definition's index there;
/// `None` when the crate has no such definition (or it is the crate root, which no fragment
/// defines). When two definitions share a path (a name defined again where rustc would
/// report an error), the first in [`crate_definitions`]'s order is found.
///
/// `returns(copy)`, compared: the location of a definition outlives most edits (edits inside
/// bodies, or of other definitions of the crate that move none), so its readers are spared.
#[salsa::tracked(returns(copy))]
pub fn find_expansion(db: &dyn Db, def: DefId) -> Option<DefLocation> {
    definition_index(db, def.krate(db)).get(def.path(db)).copied()
}

/// Every definition of `krate` by its path: [`crate_definitions`] in a map.
///
/// A query of its own so that finding many definitions of a crate costs one walk of the crate,
/// not one walk of a module per definition (a module of windows-sys holds thousands);
/// `returns(ref)`, compared, so that [`find_expansion`] re-runs only when a path or a location
/// changed. Built only when a definition is looked for.
#[salsa::tracked(returns(ref))]
pub fn definition_index(db: &dyn Db, krate: CrateInput) -> FxHashMap<DefPath, DefLocation> {
    let mut index = FxHashMap::default();
    for (path, location) in crate_definitions(db, krate) {
        index.entry(path).or_insert(location);
    }
    index
}

/// Every definition of `krate` with its path (modules but the root included), module by
/// module, each followed by the definitions inside it (variants, associated items, items of
/// `extern` blocks), then the associated items that macro calls in `impl`s, traits and
/// `extern` blocks make, under their container (numbered after the container's own): the walk
/// the seed's `all_definitions` will make over owners.
pub fn crate_definitions(db: &dyn Db, krate: CrateInput) -> Vec<(DefPath, DefLocation)> {
    let tree = crate_module_tree(db, krate);
    let mut out = Vec::new();
    let containers: FxHashSet<DefLocation> =
        tree.associated_fragments.iter().map(|fragment| fragment.container).collect();
    let mut container_paths: FxHashMap<DefLocation, DefPath> = FxHashMap::default();
    for module in &tree.modules {
        if let Some(location) = module
            .inline_definition
            .map(|index| DefLocation { expansion: module.expansion, index })
            .or(module.declaration)
        {
            out.push((module.def_path.clone(), location));
        }
        for ((data, disambiguator), location) in module_members(db, module) {
            let path = module.def_path.child(data.clone(), disambiguator);
            // The descendants in the same fragment, parents before children.
            let definitions = &collect_definitions(db, location.expansion).definitions;
            let mut paths: FxHashMap<DefIndex, DefPath> = FxHashMap::default();
            paths.insert(location.index, path.clone());
            out.push((path, location));
            for (index, definition) in definitions.iter().enumerate().skip(location.index.index() + 1) {
                let Some(parent_path) = definition.parent.and_then(|parent| paths.get(&parent)) else { continue };
                if definition.kind == DefKind::Module {
                    continue;
                }
                let path = parent_path.child(definition.data.clone(), definition.disambiguator);
                paths.insert(DefIndex::new(index), path.clone());
                out.push((path, DefLocation { expansion: location.expansion, index: DefIndex::new(index) }));
            }
            for (index, path) in paths {
                let location = DefLocation { expansion: location.expansion, index };
                if containers.contains(&location) {
                    container_paths.insert(location, path);
                }
            }
        }
    }
    // Each container's next disambiguator per name, its own associated items counted first.
    let mut counters: FxHashMap<DefLocation, FxHashMap<DefPathData, u32>> = FxHashMap::default();
    for fragment in &tree.associated_fragments {
        let Some(container_path) = container_paths.get(&fragment.container) else { continue };
        let counter = counters.entry(fragment.container).or_insert_with(|| {
            let mut own: FxHashMap<DefPathData, u32> = FxHashMap::default();
            let definitions = &collect_definitions(db, fragment.container.expansion).definitions;
            for definition in definitions.iter().filter(|it| it.parent == Some(fragment.container.index)) {
                *own.entry(definition.data.clone()).or_insert(0) += 1;
            }
            own
        });
        let definitions = &collect_definitions(db, fragment.expansion).definitions;
        let mut paths: FxHashMap<DefIndex, DefPath> = FxHashMap::default();
        for (index, definition) in definitions.iter().enumerate() {
            let path = match definition.parent {
                None => {
                    let next = counter.entry(definition.data.clone()).or_insert(0);
                    *next += 1;
                    container_path.child(definition.data.clone(), *next - 1)
                }
                Some(parent) => match paths.get(&parent) {
                    Some(parent_path) => parent_path.child(definition.data.clone(), definition.disambiguator),
                    None => continue,
                },
            };
            paths.insert(DefIndex::new(index), path.clone());
            out.push((path, DefLocation { expansion: fragment.expansion, index: DefIndex::new(index) }));
        }
    }
    out
}

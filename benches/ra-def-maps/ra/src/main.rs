//! rust-analyzer's half of the def-map benchmark: loads a Cargo workspace as rust-analyzer does
//! (`load_workspace_at`, no procedural macros, no build scripts), then computes rust-analyzer's
//! `crate_def_map` of the crates asked for, timed and counted, then `Body::of` of every body
//! owner of their modules (functions, constants, statics and enum variants, associated ones of
//! traits and impls included), timed and counted. `../run.sh` runs it next to sem's
//! half; `common.rs` says what is measured.

#[path = "../../common.rs"]
mod common;

use std::path::{Path, PathBuf};

use ra_ap_base_db::Crate;
use ra_ap_ide_db::RootDatabase;
use serde_json::json;

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

/// A loaded workspace: the database, the files, and every crate with its root file.
struct Loaded {
    db: RootDatabase,
    _vfs: ra_ap_vfs::Vfs,
    roots: Vec<(Crate, PathBuf)>,
}

fn load(workspace: &Path, library: &Path) -> Loaded {
    use ra_ap_load_cargo::{LoadCargoConfig, ProcMacroServerChoice, load_workspace_at};
    use ra_ap_project_model::{CargoConfig, RustLibSource};

    let cargo_config = CargoConfig {
        sysroot: Some(RustLibSource::Discover),
        sysroot_src: Some(ra_ap_paths::AbsPathBuf::assert_utf8(library.to_path_buf())),
        // `cfg(test)` only where sem sets it too: test and bench targets, none of them libraries.
        set_test: false,
        ..CargoConfig::default()
    };
    let load_config = LoadCargoConfig {
        load_out_dirs_from_check: false,
        with_proc_macro_server: ProcMacroServerChoice::None,
        prefill_caches: false,
        num_worker_threads: 1,
        proc_macro_processes: 1,
    };
    let (db, vfs, _server) =
        load_workspace_at(workspace, &cargo_config, &load_config, &|_| ()).expect("rust-analyzer loads the workspace");
    let roots = ra_ap_base_db::all_crates(&db)
        .iter()
        .map(|&krate| {
            let file = krate.data(&db).root_file_id;
            let path = vfs.file_path(file).as_path().map(|path| PathBuf::from(path.as_str())).unwrap_or_default();
            (krate, common::canonical(&path))
        })
        .collect();
    Loaded { db, _vfs: vfs, roots }
}

/// Every body owner of `krate`'s modules: functions, constants, statics, enum variants (their
/// discriminants), the functions and constants of traits and impls, unnamed constants.
fn body_owners(db: &RootDatabase, krate: Crate) -> Vec<ra_ap_hir_def::DefWithBodyId> {
    use ra_ap_hir_def::{AdtId, AssocItemId, DefWithBodyId, ModuleDefId, nameres::assoc::ImplItems};

    let def_map = ra_ap_hir_def::nameres::crate_def_map(db, krate);
    let mut owners: Vec<DefWithBodyId> = Vec::new();
    let assoc = |owners: &mut Vec<DefWithBodyId>, item: AssocItemId| match item {
        AssocItemId::FunctionId(id) => owners.push(id.into()),
        AssocItemId::ConstId(id) => owners.push(id.into()),
        AssocItemId::TypeAliasId(_) => {}
    };
    for (_, module) in def_map.modules() {
        for declaration in module.scope.declarations() {
            match declaration {
                ModuleDefId::FunctionId(id) => owners.push(id.into()),
                ModuleDefId::ConstId(id) => owners.push(id.into()),
                ModuleDefId::StaticId(id) => owners.push(id.into()),
                ModuleDefId::AdtId(AdtId::EnumId(id)) => {
                    owners.extend(
                        id.enum_variants(db).variants.values().map(|(variant, _)| DefWithBodyId::from(*variant)),
                    );
                }
                ModuleDefId::TraitId(id) => {
                    for (_, item) in id.trait_items(db).items.iter() {
                        assoc(&mut owners, *item);
                    }
                }
                _ => {}
            }
        }
        owners.extend(module.scope.unnamed_consts().map(DefWithBodyId::from));
        for id in module.scope.impls() {
            for (_, item) in ImplItems::of(db, id).0.items.iter() {
                assoc(&mut owners, *item);
            }
        }
    }
    owners
}

fn main() {
    let args = common::args();
    let workspace = common::workspace(&args);
    let library = common::sysroot_src();
    match args.command.as_str() {
        "list" => {
            let loaded = load(&workspace, &library);
            for (_, path) in &loaded.roots {
                println!("{}", path.display());
            }
        }
        "measure" => {
            let selected = common::selected(&args);
            let (mut loaded, load_time, load_bytes) = common::load(|| load(&workspace, &library));
            let crates: Vec<Crate> =
                loaded.roots.iter().filter(|(_, path)| selected.contains(path)).map(|(krate, _)| *krate).collect();
            let pass = common::measure(
                &mut loaded.db,
                |db| {
                    crates.iter().map(|&krate| ra_ap_hir_def::nameres::crate_def_map(db, krate).modules().count()).sum()
                },
                |db| salsa::Database::trigger_lru_eviction(db),
            );
            let bodies = common::measure(
                &mut loaded.db,
                |db| {
                    let owners: Vec<_> = crates.iter().flat_map(|&krate| body_owners(db, krate)).collect();
                    for &owner in &owners {
                        ra_ap_hir_def::expr_store::Body::of(db, owner);
                    }
                    owners.len()
                },
                |db| salsa::Database::trigger_lru_eviction(db),
            );
            let info = <dyn salsa::Database>::memory_usage(&loaded.db);
            let ingredient = |name: &str, it: &salsa::IngredientInfo| {
                json!({
                    "name": name,
                    "count": it.count(),
                    "fields": it.size_of_fields(),
                    "metadata": it.size_of_metadata(),
                    "heap": it.heap_size_of_fields(),
                })
            };
            let queries: Vec<_> = info.queries.iter().map(|(name, it)| ingredient(name, it)).collect();
            let structs: Vec<_> = info.structs.iter().map(|it| ingredient(it.debug_name(), it)).collect();
            let mut figures = json!({
                "analyzer": "rust-analyzer 0.0.348",
                "crates_in_graph": loaded.roots.len(),
                "crates": crates.len(),
                "modules": pass.modules,
                "load_ms": common::ms(load_time),
                "load_bytes": load_bytes,
                "def_maps_ms": common::ms(pass.time),
            "def_maps_cpu_ms": common::ms(pass.cpu),
            "def_maps_waiting_ms": common::ms(pass.waiting),
                "held_bytes": pass.held_bytes,
                "evicted_bytes": pass.evicted_bytes,
                "peak_bytes": pass.peak_bytes,
                "rss_before": pass.rss_before,
                "rss_after": pass.rss_after,
                "queries": queries,
                "structs": structs,
            });
            figures.as_object_mut().expect("an object").extend(bodies.json_fields("bodies", "body_owners"));
            let out = args.out.as_ref().expect("--out FILE");
            std::fs::write(out, figures.to_string()).expect("the output file can be written");
            eprintln!(
                "rust-analyzer: {} crates, def maps {:.0} ms, {:.1} MB added ({:.1} MB after LRU eviction); \
                 {} body owners {:.0} ms, {:.1} MB added ({:.1} MB after LRU eviction)",
                crates.len(),
                common::ms(pass.time),
                pass.held_bytes as f64 / 1e6,
                pass.evicted_bytes as f64 / 1e6,
                bodies.modules,
                common::ms(bodies.time),
                bodies.held_bytes as f64 / 1e6,
                bodies.evicted_bytes as f64 / 1e6
            );
        }
        _ => {
            eprintln!("usage: ra-def-maps-ra list WORKSPACE | measure --crates FILE --out FILE WORKSPACE");
            std::process::exit(2);
        }
    }
}

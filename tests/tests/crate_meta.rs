//! Crate meta files of real crates: popular libraries of the corpus are written as meta files
//! and loaded in place of their source, and libraries of the corpus that depend on them must
//! resolve exactly as through the source: every name of every module with what it resolves to
//! (crate and `DefPath`), every import with its status, the module tree and its macro
//! diagnostics (`sem_db::nameres::dump_resolutions`, `ModuleTree::dump`).
//!
//! Two ways: the libraries of [`REPLACED`] from their meta files, the rest from source, for some
//! of their dependents each; then every crate that the libraries of [`ALL_DEPENDENCIES_REPLACED`]
//! depend on, directly or not, the standard library's crates included, from its meta file.
//! Every meta file is written from the analysis of the sources; one database serves all three
//! analyses, the meta files applied to it as changes.

use std::{collections::HashSet, sync::Arc, time::Instant};

use sem_db::{
    Db, RootDatabase,
    meta::write_crate_meta,
    nameres::{ImportStatus, crate_def_map, crate_module_tree, dump_resolutions},
};
use sem_sources::{
    CrateGraph, CrateId, CrateMeta, FileSystem, RealFileSystem, Sources, TargetKind,
    project::{LoadOptions, load_project},
};

/// The libraries replaced by their meta files, each with how many of the libraries that depend
/// on it (the smallest crate roots first) are compared.
const REPLACED: [(&str, usize); 9] = [
    ("serde_core", 3),
    ("serde", 3),
    ("syn", 3),
    ("libc", 2),
    ("log", 3),
    ("bitflags", 3),
    ("either", 2),
    ("memchr", 2),
    ("itertools", 2),
];

/// Libraries of the corpus whose every dependency, the standard library's crates included, is
/// replaced by its meta file.
const ALL_DEPENDENCIES_REPLACED: [&str; 3] = ["env_filter", "serde_urlencoded", "tokio_util"];

#[test]
fn dependents_of_real_crates_resolve_through_meta_files_as_through_sources() {
    // The corpus is fetched by the loader of the other corpus tests.
    sem_tests::corpus::load().unwrap();
    let start = Instant::now();
    let manifest = sem_tests::corpus::manifest_path();
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let project = load_project(&fs, manifest.parent().unwrap(), &LoadOptions::for_host()).unwrap();
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let sources = project.sources;
    let graph = sources.crate_graph();
    let mut db = RootDatabase::from_sources(&sources);

    // What is replaced, and who is compared.
    let replaced: Vec<CrateId> = REPLACED.iter().map(|(name, _)| most_depended_on(&sources, name)).collect();
    let mut dependents: Vec<CrateId> = Vec::new();
    for (&id, (name, count)) in replaced.iter().zip(REPLACED) {
        let mut of_this = lib_dependents(&sources, id);
        assert!(!of_this.is_empty(), "no library depends on `{name}`");
        of_this.sort_by_key(|&dependent| root_size(&sources, dependent));
        dependents.extend(of_this.into_iter().filter(|it| !replaced.contains(it)).take(count));
    }
    let fully_replaced: Vec<CrateId> = ALL_DEPENDENCIES_REPLACED
        .iter()
        .map(|name| {
            let lib = graph.iter().find(|(_, data)| data.display_name == *name && data.target_kind == TargetKind::Lib);
            lib.unwrap_or_else(|| panic!("no library `{name}` in the corpus")).0
        })
        .collect();
    let closure = dependency_closure(graph, &fully_replaced);

    // Through the sources, and the meta files written from that analysis.
    let through_source =
        |db: &RootDatabase, ids: &[CrateId]| -> Vec<String> { ids.iter().map(|&id| observed(db, id)).collect() };
    let expected = through_source(&db, &dependents);
    let expected_fully = through_source(&db, &fully_replaced);
    let mut metas: Vec<(CrateId, CrateMeta)> = Vec::new();
    for &id in replaced.iter().chain(&closure) {
        if !metas.iter().any(|(it, _)| *it == id) {
            let text = write_crate_meta(&db, db.workspace().krate(&db, id).unwrap());
            metas.push((id, CrateMeta::parse(text).expect("a meta file that sem wrote reads back")));
        }
    }
    let source_time = start.elapsed();

    // The libraries of `REPLACED` from their meta files.
    let start = Instant::now();
    let with_metas = |ids: &[CrateId]| -> Sources {
        let mut out = sources.clone();
        for (id, meta) in metas.iter().filter(|(id, _)| ids.contains(id)) {
            out = out.add_crate_meta(*id, meta).unwrap();
        }
        out
    };
    db.apply(&with_metas(&replaced));
    for &id in &replaced {
        let meta = db.workspace().krate(&db, id).unwrap();
        let unresolved: Vec<String> = (crate_def_map(&db, meta).imports.iter())
            .filter(|import| import.status != ImportStatus::Resolved)
            .map(|import| import.path.to_string())
            .collect();
        assert!(
            unresolved.is_empty(),
            "imports of the meta file of `{}` unresolved: {unresolved:?}",
            graph[id].display_name
        );
    }
    compare(&db, &dependents, &expected, "the meta files of its dependencies");
    let meta_time = start.elapsed();

    // Every dependency of the libraries of `ALL_DEPENDENCIES_REPLACED` from its meta file.
    let start = Instant::now();
    db.apply(&with_metas(&closure));
    compare(&db, &fully_replaced, &expected_fully, "the meta files of all its dependencies");
    let fully_time = start.elapsed();

    let names = |ids: &[CrateId]| -> Vec<String> { ids.iter().map(|&id| graph[id].display_name.to_string()).collect() };
    eprintln!(
        "crate_meta: through the sources {:.1} s (the corpus loaded, {} dependents resolved, {} meta files written); \
         {} replaced, {} dependents compared in {:.1} s: {}; {} dependencies all replaced for {} in {:.1} s",
        source_time.as_secs_f64(),
        dependents.len() + fully_replaced.len(),
        metas.len(),
        replaced.len(),
        dependents.len(),
        meta_time.as_secs_f64(),
        names(&dependents).join(", "),
        closure.len(),
        names(&fully_replaced).join(", "),
        fully_time.as_secs_f64(),
    );
}

/// Everything a crate's dependents could see differently, as text.
fn observed(db: &RootDatabase, id: CrateId) -> String {
    let krate = db.workspace().krate(db, id).unwrap();
    let tree = crate_module_tree(db, krate);
    let mut out = dump_resolutions(db, krate);
    out.push_str(&tree.dump(db));
    for diagnostic in &tree.macro_diagnostics {
        out.push_str(&format!("macro error: {}\n", diagnostic.message()));
    }
    out
}

/// Asserts that each crate of `ids` is observed as `expected` says.
fn compare(db: &RootDatabase, ids: &[CrateId], expected: &[String], through: &str) {
    for (&id, expected) in ids.iter().zip(expected) {
        let actual = observed(db, id);
        let name = &db.workspace().krate(db, id).unwrap().data(db).display_name;
        assert!(
            *expected == actual,
            "`{name}` resolves differently through {through}: first difference at {}",
            first_difference(expected, &actual)
        );
    }
}

/// The first line where two texts differ, with its number.
fn first_difference(source: &str, meta: &str) -> String {
    let (mut source_lines, mut meta_lines) = (source.lines(), meta.lines());
    for number in 1.. {
        match (source_lines.next(), meta_lines.next()) {
            (None, None) => break,
            (a, b) if a == b => continue,
            (a, b) => return format!("line {number}: source {a:?}, meta {b:?}"),
        }
    }
    "none".to_owned()
}

/// The libraries (not the corpus's own package) that depend on `id`.
fn lib_dependents(sources: &Sources, id: CrateId) -> Vec<CrateId> {
    sources
        .crate_graph()
        .iter()
        .filter(|(_, data)| {
            data.target_kind == TargetKind::Lib
                && data.package.as_deref() != Some("sem-corpus")
                && data.dependencies.iter().any(|dep| dep.krate == id)
        })
        .map(|(dependent, _)| dependent)
        .collect()
}

/// The version of the library `name` that the most libraries depend on.
fn most_depended_on(sources: &Sources, name: &str) -> CrateId {
    let graph = sources.crate_graph();
    graph
        .iter()
        .filter(|(_, data)| data.display_name == name && data.target_kind == TargetKind::Lib)
        .map(|(id, _)| id)
        .max_by_key(|&id| lib_dependents(sources, id).len())
        .unwrap_or_else(|| panic!("no library `{name}` in the corpus"))
}

/// Every crate that the crates of `ids` depend on, directly or not, each once.
fn dependency_closure(graph: &CrateGraph, ids: &[CrateId]) -> Vec<CrateId> {
    let mut seen: HashSet<CrateId> = ids.iter().copied().collect();
    let mut stack = ids.to_vec();
    let mut out = Vec::new();
    while let Some(krate) = stack.pop() {
        for dependency in &graph[krate].dependencies {
            if seen.insert(dependency.krate) {
                stack.push(dependency.krate);
                out.push(dependency.krate);
            }
        }
    }
    out
}

/// The size of a crate's root file, to pick small dependents.
fn root_size(sources: &Sources, id: CrateId) -> usize {
    let data = &sources.crate_graph()[id];
    sources.get_text(data.root_file.root, &data.root_file.path).map_or(usize::MAX, str::len)
}

//! The corpus loaded as the Cargo workspace it is (`corpus/Cargo.toml`, every package of its
//! resolved graph for this host, with features and dependencies), then every crate's module tree
//! and name resolution: no panic, and the figures printed.
//!
//! What is asserted beyond "no panic": every crate has a module tree rooted at its file (or says
//! that its root file is missing), more than 80% of the imports resolve, and no reason for an
//! import to stay unresolved counts more than `tests/corpus-unresolved-imports.txt` says. The
//! times are printed; `docs/benchmarks.md` has the release figures.

use std::{
    collections::HashSet,
    panic::{self, AssertUnwindSafe},
    path::Path,
    sync::Arc,
    time::{Duration, Instant},
};

use sem_db::{
    Db, RootDatabase,
    nameres::{crate_def_map, crate_module_tree},
    syntax::{item_summary, syntax_errors},
};
use sem_sources::{
    FileSystem, RealFileSystem,
    project::{LoadOptions, load_project},
};

#[test]
fn every_crate_of_the_corpus_gets_a_module_tree_and_name_resolution_without_panicking() {
    // The corpus is fetched by the loader of the other corpus tests.
    sem_tests::corpus::load().unwrap();
    let manifest = sem_tests::corpus::manifest_path();
    let dir = manifest.parent().unwrap();
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let project = load_project(&fs, Path::new(dir), &LoadOptions::for_host()).unwrap();
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let mut db = RootDatabase::from_sources(&project.sources);
    let sources = sem_db::with_detached_crates(&db, &project.sources, sem_sources::Edition::Edition2021);
    db.apply(&sources);
    let crates: Vec<_> = db.workspace().crates(&db).to_vec();

    // Parse each file once, taking its errors and item summary while the tree is at hand (as
    // `sem stats` does), then build the module trees and resolve.
    let start = Instant::now();
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    for &krate in &crates {
        let edition = krate.data(&db).edition;
        for &file in sem_db::syntax::crate_files(&db, krate).files.iter() {
            if seen.insert((file, edition)) {
                files.push((file, edition));
            }
        }
    }
    for (index, &(file, edition)) in files.iter().enumerate() {
        syntax_errors(&db, file, edition);
        item_summary(&db, file, edition);
        if (index + 1) % 256 == 0 {
            db.evict_lru();
        }
    }
    let parse_time = start.elapsed();

    let start = Instant::now();
    let mut panicked = Vec::new();
    // Why imports stay unresolved, grouped by the path's first segment, for the report below.
    let unresolved_by_root: std::sync::Mutex<std::collections::BTreeMap<String, usize>> = Default::default();
    let unresolved_by_reason: std::sync::Mutex<std::collections::BTreeMap<&str, usize>> = Default::default();
    let (mut modules, mut imports, mut resolved, mut module_errors) = (0, 0, 0, 0);
    // Names that glob imports bring with different meanings (used by no import that resolved).
    let ambiguous_names = std::sync::atomic::AtomicUsize::new(0);
    // Expansions of macro calls among the items of impls and traits, and the names of theirs
    // that a module scope holds (there must be none).
    let associated_expansions = std::sync::atomic::AtomicUsize::new(0);
    let associated_in_scope: std::sync::Mutex<Vec<String>> = Default::default();
    // The imports of the code Cargo builds for the corpus: every package's libraries, binaries
    // and build scripts, and the tests, benches and examples of workspace members only.
    let (mut built_imports, mut built_resolved) = (0, 0);
    let mut crates_without_root = Vec::new();
    for &krate in &crates {
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            let tree = crate_module_tree(&db, krate);
            let def_map = crate_def_map(&db, krate);
            let data = krate.data(&db);
            let kind = data.target_kind;
            for import in &def_map.imports {
                if let sem_db::nameres::ImportStatus::Unresolved(message) = &import.status {
                    let root = import.path.segments.first().map(|it| it.to_string()).unwrap_or_default();
                    let names_a_dependency = data.dependencies.iter().any(|dep| dep.name == root.as_str());
                    let reason = unresolved_reason(kind, &root, names_a_dependency, message);
                    *unresolved_by_root.lock().unwrap().entry(format!("{reason}: {root}")).or_default() += 1;
                    *unresolved_by_reason.lock().unwrap().entry(reason).or_default() += 1;
                }
            }
            ambiguous_names.fetch_add(def_map.ambiguous_names.len(), std::sync::atomic::Ordering::Relaxed);
            let associated: HashSet<sem_db::expand::ExpnId> = tree
                .associated_fragments
                .iter()
                .filter(|fragment| {
                    let container = fragment.container;
                    let kind =
                        sem_db::expand::collect_definitions(&db, container.expansion).definitions[container.index].kind;
                    kind != sem_db::expand::DefKind::ForeignMod
                })
                .map(|fragment| fragment.expansion)
                .collect();
            associated_expansions.fetch_add(associated.len(), std::sync::atomic::Ordering::Relaxed);
            for scope in &def_map.modules {
                for (name, entry) in scope.types.iter().chain(&scope.values).chain(&scope.macros) {
                    if let sem_db::nameres::Resolution::Def { expansion, .. } = entry.resolution
                        && associated.contains(&expansion)
                    {
                        associated_in_scope.lock().unwrap().push(format!("{}: {name}", data.display_name));
                    }
                }
            }
            (tree.modules.len(), tree.diagnostics.len(), def_map.import_counts())
        }));
        match outcome {
            Ok((0, errors, _)) => {
                // Allowed only where the package leaves the file out, and then said.
                let data = krate.data(&db);
                let on_disk = sources.root(data.root_file.root).and_then(|root| root.origin.clone());
                let exists = on_disk.is_some_and(|dir| dir.join(data.root_file.path.as_str()).exists());
                if exists || errors != 1 {
                    crates_without_root.push(format!("{} ({})", data.display_name, data.root_file.path));
                }
            }
            Ok((module_count, errors, (ok, not_ok))) => {
                modules += module_count;
                module_errors += errors;
                imports += ok + not_ok;
                resolved += ok;
                if cargo_builds(&sources, krate.data(&db)) {
                    built_imports += ok + not_ok;
                    built_resolved += ok;
                }
            }
            Err(_) => panicked.push(krate.data(&db).display_name.to_string()),
        }
    }
    let resolve_time = start.elapsed();
    let seconds = |it: Duration| it.as_secs_f64();
    let spans = check_spans(&db, &crates);
    eprintln!(
        "corpus_resolve: spans of {} expansions of one crate in {}: {} tokens, {} of them followed to \
         their file, in {:.1} s",
        spans.expansions,
        span_sample(),
        spans.tokens,
        spans.mapped,
        seconds(spans.time)
    );
    assert!(spans.mismatched.is_empty(), "expansions whose tokens differ with spans: {:?}", spans.mismatched);
    assert!(spans.expansions > 1_000, "{} expansions", spans.expansions);
    assert_eq!(spans.mapped, spans.tokens, "every token of an expansion comes from a file");
    let definitions = check_definition_paths(&db, &crates);
    eprintln!(
        "corpus_resolve: {} definitions of one crate in {}, {} found again from their paths, {} paths named \
         twice, in {:.1} s",
        definitions.definitions,
        span_sample(),
        definitions.found,
        definitions.named_twice,
        seconds(definitions.time)
    );
    assert_eq!(definitions.found + definitions.named_twice, definitions.definitions, "{:?}", definitions.lost);
    eprintln!(
        "corpus_resolve: {} crates, {} files parsed in {:.1} s; {modules} modules, {module_errors} module errors; \
         {resolved} of {imports} imports resolved, {} names made ambiguous by glob imports; module trees and \
         resolution in {:.1} s",
        crates.len(),
        files.len(),
        seconds(parse_time),
        ambiguous_names.load(std::sync::atomic::Ordering::Relaxed),
        seconds(resolve_time),
    );
    let mut roots: Vec<(String, usize)> = unresolved_by_root.into_inner().unwrap().into_iter().collect();
    roots.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    let top: Vec<String> = roots.iter().take(25).map(|(root, count)| format!("{root}: {count}")).collect();
    eprintln!("corpus_resolve: unresolved imports by reason and first segment: {}", top.join(", "));
    let reasons: Vec<String> = unresolved_by_reason
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|(reason, count)| format!("{reason}: {count} ({:.2}% of imports)", count as f64 * 100.0 / imports as f64))
        .collect();
    eprintln!("corpus_resolve: unresolved imports by reason: {}", reasons.join(", "));
    assert!(panicked.is_empty(), "module tree or resolution panicked for {panicked:?}");
    let associated_in_scope = associated_in_scope.into_inner().unwrap();
    eprintln!(
        "corpus_resolve: {} expansions of macro calls in impls and traits, {} of their items in a module scope",
        associated_expansions.load(std::sync::atomic::Ordering::Relaxed),
        associated_in_scope.len()
    );
    assert!(associated_in_scope.is_empty(), "associated items in module scopes: {associated_in_scope:?}");
    assert!(crates_without_root.is_empty(), "crates whose root file is not loaded: {crates_without_root:?}");
    assert!(crates.len() > 1_000 && modules > 5_000, "{} crates, {modules} modules", crates.len());
    // With the standard library (`.ci/run` installs its sources) and `macro_rules!` expansion,
    // most imports resolve; what does not needs built-in or procedural macros, build-script
    // output, a newer standard library than the sysroot's, or `use` of macros by path.
    assert!(resolved * 100 > imports * 80, "{resolved} of {imports} imports resolved");
    // In the code Cargo builds (not registry packages' tests, benches and examples, whose
    // dev-dependencies Cargo never resolves, nor files no crate reaches), fewer than 1% of the
    // imports stay unresolved.
    let built_unresolved = built_imports - built_resolved;
    eprintln!(
        "corpus_resolve: in the code Cargo builds, {built_resolved} of {built_imports} imports resolved, \
         {built_unresolved} ({:.2}%) not",
        built_unresolved as f64 * 100.0 / built_imports as f64
    );
    assert!(built_unresolved * 100 < built_imports, "{built_unresolved} of {built_imports} imports unresolved");
    UNRESOLVED_IMPORTS.check(imports, resolved, &roots);
}

/// The crates whose expansions [`check_spans`] and [`check_definition_paths`] take: one in this
/// many, or one in `SEM_SPAN_SAMPLE` (`SEM_SPAN_SAMPLE=1` takes every crate, for a thorough run
/// in release).
fn span_sample() -> usize {
    std::env::var("SEM_SPAN_SAMPLE").ok().and_then(|it| it.parse().ok()).filter(|it| *it > 0).unwrap_or(8)
}

/// What [`check_spans`] found.
struct SpanCheck {
    expansions: usize,
    tokens: usize,
    mapped: usize,
    mismatched: Vec<String>,
    time: Duration,
}

/// Expands every macro call and derive of one crate in [`span_sample`] again with spans: the
/// tokens must be those of the expansion without spans, and every token's span must lead back
/// to a range of a file.
fn check_spans(db: &RootDatabase, crates: &[sem_db::CrateInput]) -> SpanCheck {
    let start = Instant::now();
    let mut check = SpanCheck { expansions: 0, tokens: 0, mapped: 0, mismatched: Vec::new(), time: Duration::ZERO };
    for &krate in crates.iter().step_by(span_sample()) {
        let tree = crate_module_tree(db, krate);
        let calls =
            tree.modules.iter().flat_map(|module| module.macro_fragments.iter().chain(&module.derive_fragments));
        for &expn in calls {
            if let Err(difference) = sem_db::spans::spans_agree_with_expansion(db, expn) {
                check.mismatched.push(format!("{}: {difference}", krate.data(db).display_name));
            }
            let Ok(Some(sem_db::spans::SpannedExpansion::Tokens { span_map, .. })) =
                sem_db::spans::expansion_with_spans(db, expn)
            else {
                continue;
            };
            check.expansions += 1;
            check.tokens += span_map.len();
            check.mapped +=
                span_map.iter().filter(|(_, span)| sem_db::spans::original_range(db, *span).is_some()).count();
        }
    }
    check.time = start.elapsed();
    check
}

/// What [`check_definition_paths`] found.
struct DefinitionCheck {
    definitions: usize,
    found: usize,
    named_twice: usize,
    lost: Vec<String>,
    time: Duration,
}

/// Lists every definition of one crate in [`span_sample`] with its path and finds each again
/// from its path (`find_expansion`). A path that two definitions share finds only one of them;
/// those are counted apart.
fn check_definition_paths(db: &RootDatabase, crates: &[sem_db::CrateInput]) -> DefinitionCheck {
    let start = Instant::now();
    let mut check =
        DefinitionCheck { definitions: 0, found: 0, named_twice: 0, lost: Vec::new(), time: Duration::ZERO };
    for &krate in crates.iter().step_by(span_sample()) {
        let definitions = sem_db::nameres::crate_definitions(db, krate);
        let mut seen = std::collections::HashMap::new();
        for (path, _) in &definitions {
            *seen.entry(path.clone()).or_insert(0usize) += 1;
        }
        for (path, location) in definitions {
            check.definitions += 1;
            if seen[&path] > 1 {
                check.named_twice += 1;
            } else if sem_db::nameres::find_expansion(db, sem_db::nameres::DefId::new(db, krate, path.clone()))
                == Some(location)
            {
                check.found += 1;
            } else if check.lost.len() < 20 {
                check.lost.push(format!("{}: {path}", krate.data(db).display_name));
            }
        }
    }
    check.time = start.elapsed();
    check
}

/// The committed list of the imports that stay unresolved, by reason and first segment.
const UNRESOLVED_IMPORTS: sem_tests::unresolved::UnresolvedList = sem_tests::unresolved::UnresolvedList {
    file: "corpus-unresolved-imports.txt",
    what: "imports",
    command: "cargo test -p sem-tests --test corpus_resolve",
    update_variable: "UPDATE_UNRESOLVED",
    min_count: 1,
    margin: 0.002,
};

/// Whether Cargo builds the crate `data` when it builds the corpus with all its targets: a
/// test, bench or example of a registry package (a library root) is built only when the
/// package is a workspace member, which no registry package is; a detached file is no
/// crate's.
fn cargo_builds(sources: &sem_sources::Sources, data: &sem_sources::CrateData) -> bool {
    use sem_sources::TargetKind;
    let in_library = sources.root(data.root_file.root).is_some_and(|root| root.kind == sem_sources::RootKind::Library);
    match data.target_kind {
        TargetKind::Detached => false,
        TargetKind::Test | TargetKind::Bench | TargetKind::Example => !in_library,
        _ => true,
    }
}

/// Why an import of a crate of `kind` whose path starts with `root` (a dependency's name when
/// `names_a_dependency`) stays unresolved, as far as the crate's kind and the message tell: the
/// loading model's limits first, sem's own gaps last.
fn unresolved_reason(
    kind: sem_sources::TargetKind,
    root: &str,
    names_a_dependency: bool,
    reason: &sem_db::diagnostics::UnresolvedImport,
) -> &'static str {
    use sem_db::diagnostics::UnresolvedImport;
    use sem_sources::TargetKind;
    let names_no_crate =
        matches!(reason, UnresolvedImport::FirstSegmentNotFound { .. } | UnresolvedImport::NoSuchCrate { .. });
    if kind == TargetKind::Detached {
        // A file no crate reaches with the enabled cfg and features: not cfg-enabled code.
        "file no crate reaches"
    } else if root.starts_with("rustc_") && names_no_crate {
        "rustc-private crate (rustc-dev component)"
    } else if matches!(kind, TargetKind::Test | TargetKind::Bench | TargetKind::Example)
        && (names_no_crate || names_a_dependency)
    {
        // Cargo resolves the dev-dependencies of workspace members only, and the features that
        // they enable (derive_more's tests need its `full` feature): a registry package's tests
        // get neither.
        "dev-dependency of a registry package's target"
    } else if matches!(root, "std" | "core" | "alloc") {
        "standard library"
    } else if matches!(reason, UnresolvedImport::NameNotFound { module_file_missing: true, .. }) {
        // The path goes through a module whose file the package does not have: rustix chooses
        // `backend`'s with `#[cfg_attr(linux_raw, path = ..)]`, a cfg its build script sets.
        "module whose file is missing (build-script cfg)"
    } else {
        "other"
    }
}

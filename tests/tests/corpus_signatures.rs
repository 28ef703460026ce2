//! The corpus loaded as the Cargo workspace it is, then every owner of every crate: its syntax,
//! its signature as written, and what each path of the signature names, without a panic.
//!
//! What is asserted beyond "no panic": every crate Cargo builds has owners and each of them has
//! its syntax and its signature, and in the code Cargo builds at least 98.5% of the
//! signatures' paths that need no type inference (nor a macro expansion) resolve: 99.11% when
//! written. The figures are printed (run with
//! `--nocapture`); `docs/benchmarks.md` has the release ones.

use std::{
    collections::BTreeMap,
    panic::{self, AssertUnwindSafe},
    sync::Arc,
    time::Instant,
};

use sem_db::{Db, RootDatabase};
use sem_hir::{
    crate_owners, item_ast,
    resolver::{PathResolution, signature_resolutions},
    signature::{item_signature, render_path},
};
use sem_sources::{
    FileSystem, RealFileSystem, RootKind, TargetKind,
    project::{LoadOptions, load_project},
};

#[test]
fn every_owner_of_the_corpus_gets_its_signature_and_its_paths_resolved_without_panicking() {
    sem_tests::corpus::load().unwrap();
    let manifest = sem_tests::corpus::manifest_path();
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let project = load_project(&fs, manifest.parent().unwrap(), &LoadOptions::for_host()).unwrap();
    let mut db = RootDatabase::from_sources(&project.sources);
    let crates: Vec<_> = db.workspace().crates(&db).to_vec();

    let start = Instant::now();
    let mut panicked = Vec::new();
    let mut without_syntax = Vec::new();
    let (mut owners, mut built_owners) = (0usize, 0usize);
    // Paths by outcome, in the code Cargo builds and in all.
    let mut outcomes: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    // The segments at which paths of the code Cargo builds stay unresolved, for the report.
    let mut unresolved_by_name: BTreeMap<String, usize> = BTreeMap::new();
    for (index, &krate) in crates.iter().enumerate() {
        let data = krate.data(&db);
        let in_library = project.sources.root(data.root_file.root).is_some_and(|root| root.kind == RootKind::Library);
        let built = match data.target_kind {
            TargetKind::Detached => false,
            TargetKind::Test | TargetKind::Bench | TargetKind::Example => !in_library,
            _ => true,
        };
        let name = data.display_name.to_string();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
            let mut missing = Vec::new();
            let mut unresolved_names = Vec::new();
            let owners = crate_owners(&db, krate);
            for &owner in owners {
                if item_ast(&db, owner).and_then(|ast| ast.syntax(&db)).is_none()
                    || item_signature(&db, owner).is_none()
                {
                    missing.push(owner.path(&db).to_string());
                    continue;
                }
                let Some(signature) = item_signature(&db, owner) else { continue };
                let resolutions = signature_resolutions(&db, owner).unwrap_or_default();
                for ((path, _), resolution) in signature.store.paths.iter().zip(resolutions.iter()) {
                    *counts.entry(outcome_of(resolution)).or_default() += 1;
                    if let PathResolution::Unresolved { segment } = resolution {
                        let segments = &signature.store[path].segments;
                        let name = segments.get(*segment as usize).map(|it| it.name.to_string());
                        unresolved_names.push(name.unwrap_or_else(|| render_path(&signature.store, path)));
                    }
                }
            }
            (owners.len(), counts, missing, unresolved_names)
        }));
        match outcome {
            Ok((count, counts, missing, unresolved_names)) => {
                owners += count;
                if built {
                    built_owners += count;
                    for name in unresolved_names {
                        *unresolved_by_name.entry(name).or_default() += 1;
                    }
                    without_syntax.extend(missing.into_iter().map(|path| format!("{name}: {path}")));
                }
                for (outcome, count) in counts {
                    let entry = outcomes.entry(outcome).or_default();
                    entry.1 += count;
                    if built {
                        entry.0 += count;
                    }
                }
            }
            Err(_) => panicked.push(name),
        }
        if (index + 1) % 64 == 0 {
            db.evict_lru();
        }
    }
    let elapsed = start.elapsed();

    eprintln!("{} crates, {owners} owners ({built_owners} in the code Cargo builds) in {elapsed:?}", crates.len());
    for (outcome, (built, all)) in &outcomes {
        eprintln!("  paths {outcome}: {built} built, {all} in all");
    }
    let mut names: Vec<_> = unresolved_by_name.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    eprintln!("  the most frequent unresolved segments: {:?}", &names[..names.len().min(25)]);
    assert!(panicked.is_empty(), "panicked on {panicked:?}");
    assert!(without_syntax.is_empty(), "owners without syntax or signature: {without_syntax:?}");
    assert!(built_owners > 100_000, "only {built_owners} owners");
    let count = |outcome: &str| outcomes.get(outcome).map_or(0, |(built, _)| *built);
    let resolved = count("definition") + count("primitive type") + count("generic parameter") + count("Self");
    let needs_no_types = resolved + count("unresolved");
    let share = resolved as f64 / needs_no_types as f64;
    eprintln!("  {resolved} of {needs_no_types} paths that need no types resolve ({:.2}%)", share * 100.0);
    assert!(share >= 0.985, "only {:.2}% of the paths that need no types resolve", share * 100.0);
}

/// The outcome of a path, as the report counts it.
fn outcome_of(resolution: &PathResolution) -> &'static str {
    match resolution {
        PathResolution::Def(_) => "definition",
        PathResolution::BuiltinType(_) => "primitive type",
        PathResolution::GenericParam { .. } => "generic parameter",
        PathResolution::SelfType(_) => "Self",
        PathResolution::TypeRelative { .. } | PathResolution::QualifiedType => "needs types",
        PathResolution::MacroCall => "macro call",
        PathResolution::Unresolved { .. } => "unresolved",
    }
}

//! The corpus loaded as the Cargo workspace it is, then every owner of every crate: its syntax,
//! its signature as written, what each path of the signature names, and its bodies lowered,
//! without a panic.
//!
//! What is asserted beyond "no panic": every crate Cargo builds has owners and each of them has
//! its syntax, its signature and its bodies (counted: bodies, expressions, patterns, bindings,
//! macro calls and how many expanded: at least 99.5%, 99.72% when written), and in the code
//! Cargo builds at least 99.5% of the signatures' paths that need no type inference resolve
//! (99.92% when written), and at least 99.5% of the bodies', their macro calls' expansions
//! included (99.84% when written); what stays unresolved
//! in bodies, by reason and segment, may not grow beyond the
//! committed `corpus-unresolved-body-paths.txt` (`UPDATE_UNRESOLVED=1` writes it anew). The
//! figures are printed (run with
//! `--nocapture`); `docs/benchmarks.md` has the release ones.

use std::{
    collections::BTreeMap,
    panic::{self, AssertUnwindSafe},
    sync::Arc,
    time::Instant,
};

use sem_db::{Db, RootDatabase};
use sem_hir::{
    body::{Expr, Pat, body},
    crate_owners, item_ast,
    resolver::{PathResolution, body_resolutions, signature_resolutions},
    signature::{item_signature, render_path},
};
use sem_sources::{
    FileSystem, RealFileSystem, RootKind, TargetKind,
    project::{LoadOptions, load_project},
};

#[test]
fn every_owner_of_the_corpus_gets_its_signature_resolved_and_its_bodies_lowered_without_panicking() {
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
    // Body counts in the code Cargo builds.
    let mut body_counts: BTreeMap<&str, usize> = BTreeMap::new();
    // The paths of bodies by outcome, and the segments at which they stay unresolved, in the
    // code Cargo builds.
    let mut body_outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut body_unresolved_by_name: BTreeMap<String, usize> = BTreeMap::new();
    // Why the bodies' macro calls that do not expand do not, in the code Cargo builds.
    let mut unexpanded_by_reason: BTreeMap<String, usize> = BTreeMap::new();
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
            let mut bodies: BTreeMap<&'static str, usize> = BTreeMap::new();
            let mut body_paths: BTreeMap<&'static str, usize> = BTreeMap::new();
            let mut body_unresolved = Vec::new();
            let mut unexpanded = Vec::new();
            let owners = crate_owners(&db, krate);
            for &owner in owners {
                if item_ast(&db, owner).and_then(|ast| ast.syntax(&db)).is_none()
                    || item_signature(&db, owner).is_none()
                    || body(&db, owner).is_none()
                {
                    missing.push(owner.path(&db).to_string());
                    continue;
                }
                if let Some(body) = body(&db, owner) {
                    *bodies.entry("bodies").or_default() += body.roots.len();
                    *bodies.entry("exprs").or_default() += body.exprs.len();
                    *bodies.entry("pats").or_default() += body.pats.len();
                    *bodies.entry("bindings").or_default() += body.bindings.len();
                    let owner_counts = sem_hir::HirCounts::of_owner(&db, owner);
                    *bodies.entry("macro calls").or_default() += owner_counts.body_macro_calls;
                    *bodies.entry("macro calls expanded").or_default() += owner_counts.body_macro_calls_expanded;
                    unexpanded.extend(unexpanded_calls(&body).map(|expn| why_not_expanded(&db, expn)));
                    let resolutions = body_resolutions(&db, owner).unwrap_or_default();
                    for ((path, _), resolution) in body.types.paths.iter().zip(resolutions.paths.iter()) {
                        *body_paths.entry(outcome_of(resolution)).or_default() += 1;
                        if let PathResolution::Unresolved { segment } = resolution {
                            let segments = &body.types[path].segments;
                            let name = segments.get(*segment as usize).map(|it| it.name.to_string());
                            let name = name.unwrap_or_else(|| render_path(&body.types, path));
                            body_unresolved.push(format!("{}: {name}", unresolved_reason(&body, &name)));
                        }
                    }
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
            (owners.len(), counts, missing, unresolved_names, (bodies, body_paths, body_unresolved, unexpanded))
        }));
        match outcome {
            Ok((count, counts, missing, unresolved_names, (bodies, body_paths, body_unresolved, unexpanded))) => {
                owners += count;
                if built {
                    built_owners += count;
                    for (what, count) in bodies {
                        *body_counts.entry(what).or_default() += count;
                    }
                    for (outcome, count) in body_paths {
                        *body_outcomes.entry(outcome).or_default() += count;
                    }
                    for key in body_unresolved {
                        *body_unresolved_by_name.entry(key).or_default() += 1;
                    }
                    for reason in unexpanded {
                        *unexpanded_by_reason.entry(reason).or_default() += 1;
                    }
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
    eprintln!("  in the code Cargo builds: {body_counts:?}");
    let mut unexpanded: Vec<_> = unexpanded_by_reason.into_iter().collect();
    unexpanded.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    eprintln!("  why bodies' macro calls do not expand: {:?}", &unexpanded[..unexpanded.len().min(30)]);
    eprintln!("  the paths of bodies in the code Cargo builds: {body_outcomes:?}");
    let mut body_names: Vec<_> = body_unresolved_by_name.into_iter().collect();
    body_names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    eprintln!("  their most frequent unresolved segments: {:?}", &body_names[..body_names.len().min(40)]);
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for (key, count) in &body_names {
        *by_reason.entry(key.split_once(": ").map_or(key.as_str(), |(reason, _)| reason)).or_default() += count;
    }
    eprintln!("  unresolved paths of bodies by reason: {by_reason:?}");
    for (outcome, (built, all)) in &outcomes {
        eprintln!("  paths {outcome}: {built} built, {all} in all");
    }
    let mut names: Vec<_> = unresolved_by_name.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    eprintln!("  the most frequent unresolved segments: {:?}", &names[..names.len().min(25)]);
    assert!(panicked.is_empty(), "panicked on {panicked:?}");
    assert!(without_syntax.is_empty(), "owners without syntax or signature: {without_syntax:?}");
    assert!(built_owners > 100_000, "only {built_owners} owners");
    let body_count = |what: &str| body_counts.get(what).copied().unwrap_or(0);
    assert!(body_count("bodies") > 100_000, "only {} bodies", body_count("bodies"));
    assert!(body_count("exprs") > 10 * body_count("bodies"), "only {} expressions", body_count("exprs"));
    assert!(body_count("bindings") > body_count("bodies"), "only {} bindings", body_count("bindings"));
    assert!(body_count("macro calls") > 10_000, "only {} macro calls", body_count("macro calls"));
    let expanded = body_count("macro calls expanded") as f64 / body_count("macro calls") as f64;
    assert!(expanded >= 0.995, "only {:.2}% of the bodies' macro calls expand", expanded * 100.0);
    let count = |outcome: &str| outcomes.get(outcome).map_or(0, |(built, _)| *built);
    let resolved = count("definition") + count("primitive type") + count("generic parameter") + count("Self");
    let needs_no_types = resolved + count("unresolved");
    let share = resolved as f64 / needs_no_types as f64;
    eprintln!("  {resolved} of {needs_no_types} paths that need no types resolve ({:.2}%)", share * 100.0);
    assert!(share >= 0.995, "only {:.2}% of the paths that need no types resolve", share * 100.0);
    let body_count = |outcome: &str| body_outcomes.get(outcome).copied().unwrap_or(0);
    let body_resolved =
        ["definition", "local", "primitive type", "generic parameter", "Self"].map(body_count).iter().sum::<usize>();
    let body_needs_no_types = body_resolved + body_count("unresolved");
    let body_share = body_resolved as f64 / body_needs_no_types as f64;
    eprintln!(
        "  {body_resolved} of {body_needs_no_types} paths of bodies that need no types resolve ({:.2}%)",
        body_share * 100.0
    );
    assert!(body_share >= 0.995, "only {:.2}% of the bodies' paths that need no types resolve", body_share * 100.0);
    UNRESOLVED_BODY_PATHS.check(body_needs_no_types, body_resolved, &body_names);
}

/// The committed list of the paths of bodies that stay unresolved, by reason and segment.
const UNRESOLVED_BODY_PATHS: sem_tests::unresolved::UnresolvedList = sem_tests::unresolved::UnresolvedList {
    file: "corpus-unresolved-body-paths.txt",
    what: "paths of bodies",
    command: "cargo test --release -p sem-tests --test corpus_hir",
    update_variable: "UPDATE_UNRESOLVED",
    min_count: 3,
    margin: 0.001,
};

/// Why a path of `body` whose segment `name` names nothing stays unresolved, as far as the
/// body tells: what sem does not do yet, or something else.
fn unresolved_reason(body: &sem_hir::body::Body, name: &str) -> &'static str {
    use sem_hir::body::{BlockItemKind, Stmt};
    let mut block_items = body.exprs.iter().filter_map(|(_, expr)| match expr {
        Expr::Block { stmts, .. } => Some(stmts.iter()),
        _ => None,
    });
    let names_a_block_item = block_items.any(|mut stmts| {
        stmts.any(|stmt| match stmt {
            Stmt::Item { kind: BlockItemKind::Use | BlockItemKind::MacroCall | BlockItemKind::ExternCrate, .. } => true,
            Stmt::Item { name: Some(item), .. } => item == name,
            _ => false,
        })
    });
    if names_a_block_item {
        return "an item or `use` of a block (not collected yet)";
    }
    let unexpanded = body.exprs.iter().any(|(_, expr)| match expr {
        Expr::MacroCall { expansion, .. } => expansion.is_none(),
        Expr::Block { stmts, .. } => stmts.iter().any(|stmt| matches!(stmt, Stmt::MacroCall { expanded: false, .. })),
        _ => false,
    }) || body.pats.iter().any(|(_, pat)| matches!(pat, Pat::MacroCall { expansion: None, .. }));
    if unexpanded {
        return "a body with macro calls not expanded";
    }
    "other"
}

/// The expansions of `body`'s macro calls that did not expand.
fn unexpanded_calls(body: &sem_hir::body::Body) -> impl Iterator<Item = sem_db::expand::ExpnId> + '_ {
    use sem_hir::body::Stmt;
    let in_exprs = body.exprs.iter().flat_map(|(_, expr)| match expr {
        Expr::MacroCall { expn, expansion: None, .. } => vec![*expn],
        Expr::Block { stmts, .. } => stmts
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::MacroCall { expn, expanded: false, .. } => Some(*expn),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    });
    let in_pats = body.pats.iter().filter_map(|(_, pat)| match pat {
        Pat::MacroCall { expn, expansion: None, .. } => Some(*expn),
        _ => None,
    });
    in_exprs.chain(in_pats)
}

/// Why the call `expn` did not expand, by the kind of its error and the macro.
fn why_not_expanded(db: &sem_db::RootDatabase, expn: sem_db::expand::ExpnId) -> String {
    use sem_db::diagnostics::{DiagnosticKind as _, MacroError};
    match sem_db::spans::expansion_with_spans(db, expn) {
        Ok(_) => "expanded, but over the body's budget".to_owned(),
        Err(MacroError::Unresolved { what, .. }) => format!("unresolved {what}"),
        Err(MacroError::Expansion { what, kind, .. }) => format!("{kind:?} in {what}"),
        Err(MacroError::Unregistered { what, .. }) => format!("unregistered {what}"),
        Err(error) => error.message().chars().take(80).collect(),
    }
}

/// The outcome of a path, as the report counts it.
fn outcome_of(resolution: &PathResolution) -> &'static str {
    match resolution {
        PathResolution::Def(_) => "definition",
        PathResolution::Local(_) => "local",
        PathResolution::BuiltinType(_) => "primitive type",
        PathResolution::GenericParam { .. } => "generic parameter",
        PathResolution::SelfType(_) => "Self",
        PathResolution::TypeRelative { .. } | PathResolution::QualifiedType => "needs types",
        PathResolution::MacroCall => "macro call",
        PathResolution::Unresolved { .. } => "unresolved",
    }
}

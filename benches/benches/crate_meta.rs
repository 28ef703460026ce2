//! Name resolution of a dependent crate with a big dependency loaded from its source, from its
//! crate meta file (`sem_db::meta::write_crate_meta`), and with every crate it depends on loaded from
//! its meta file, in the same run.
//!
//! The input is the real Cargo workspace `tests/workspaces/tokio-serde-clap` (or the one at
//! `SEM_BENCH_WORKSPACE`), loaded through `cargo metadata` with the standard library's sources
//! when the machine has them. Each case is a dependency and a crate that depends on it
//! (`SEM_BENCH_CASES`, `dependency:dependent` pairs separated by commas; by default syn for
//! `serde_derive`, libc for `mio` and `clap_builder` for `clap`: dependents whose imports go
//! through the dependency, so that their name resolution needs all of it).
//!
//! Per case, the meta files are written once from an analysis of the sources (the dependency's,
//! then those of every crate the dependent depends on, directly or not, the standard library's
//! crates included) and loaded in place of their source, giving three `Sources` values: all
//! from source; the dependency from its meta file; every dependency from its meta file. Each of
//! `SEM_BENCH_ROUNDS` rounds (default 5) times, in an order that alternates, a fresh database
//! made from each value and the dependent's `crate_def_map` (its module tree, macro expansion
//! and name resolution, with everything they need of the dependencies). Since the standard
//! library's analysis takes most of that time whichever way the dependency is loaded, the first
//! two ways are timed again with the crates the dependent needs that do not need the dependency
//! analyzed before the timing starts: what is left is the dependency's analysis (or its meta
//! file's) and the dependent's.
//!
//! Texts are read in a warm-up round before timing, which also checks that the dependent's
//! resolutions are the same all three ways (`sem_db::nameres::dump_resolutions`). The table gives the
//! best and the median round and the ratio to the sources (how many times faster the dependent
//! resolves); a JSON object with the same figures ends the output.
//!
//! Run with `cargo bench -p sem-benches --bench crate_meta`.

#![allow(clippy::print_stdout)]

use std::{
    collections::HashSet,
    env,
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use sem_db::{
    Db, RootDatabase,
    meta::write_crate_meta,
    nameres::{crate_def_map, dump_resolutions},
    syntax::crate_files,
};
use sem_sources::{
    CrateId, CrateMeta, FileSystem, RealFileSystem, Sources, TargetKind,
    project::{LoadOptions, load_project},
};

/// One dependency and one of its dependents.
struct Case {
    dependency: String,
    dependent: String,
}

/// The figures of one case.
struct Figures {
    case: Case,
    source_files: usize,
    source_bytes: usize,
    meta_lines: usize,
    meta_bytes: usize,
    write_time: Duration,
    through_source: Vec<Duration>,
    through_meta: Vec<Duration>,
    /// How many crates the dependent depends on, directly or not, and their meta files' size.
    all_metas: usize,
    all_meta_bytes: usize,
    through_all_metas: Vec<Duration>,
    /// How many crates the dependent needs that do not need the dependency, and the times of
    /// the dependent's resolution once they are analyzed.
    others: usize,
    source_after_others: Vec<Duration>,
    meta_after_others: Vec<Duration>,
}

fn main() {
    let rounds: usize = env::var("SEM_BENCH_ROUNDS").ok().and_then(|it| it.parse().ok()).unwrap_or(5).max(1);
    let workspace = env::var_os("SEM_BENCH_WORKSPACE").map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("tests").join("workspaces").join("tokio-serde-clap")
    });
    let cases: Vec<Case> = env::var("SEM_BENCH_CASES")
        .unwrap_or_else(|_| "syn:serde_derive,libc:mio,clap_builder:clap".to_owned())
        .split(',')
        .filter_map(|pair| {
            let (dependency, dependent) = pair.trim().split_once(':')?;
            Some(Case { dependency: dependency.to_owned(), dependent: dependent.to_owned() })
        })
        .collect();

    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let project = load_project(&fs, &workspace, &LoadOptions::for_host())
        .unwrap_or_else(|error| panic!("cannot load {}: {error}", workspace.display()));
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let sources = project.sources;
    let with_std = sources.crate_graph().iter().any(|(_, data)| data.display_name == "std");

    let figures: Vec<Figures> = cases.into_iter().map(|case| run_case(&sources, case, rounds)).collect();

    println!(
        "crate meta benchmark: {} ({}), {rounds} rounds; time = a fresh database and the dependent's crate_def_map",
        workspace.display(),
        if with_std { "with the standard library's sources" } else { "without the standard library" },
    );
    println!(
        "{:<26} {:<36} {:>10} {:>9} {:>10} {:>8} {:>8}",
        "dependency -> dependent", "the dependencies from", "KB", "best ms", "median ms", "best x", "med x"
    );
    for it in &figures {
        let (source_best, source_median) = best_and_median(&it.through_source);
        let case = format!("{} -> {}", it.case.dependency, it.case.dependent);
        let ways = [
            (
                format!("source ({} files of {})", it.source_files, it.case.dependency),
                it.source_bytes,
                &it.through_source,
            ),
            (format!("{}'s meta ({} lines)", it.case.dependency, it.meta_lines), it.meta_bytes, &it.through_meta),
            (format!("meta files, all {} crates", it.all_metas), it.all_meta_bytes, &it.through_all_metas),
        ];
        let source_after_others = best_and_median(&it.source_after_others);
        for (index, (way, bytes, times)) in ways.iter().enumerate() {
            let (best, median) = best_and_median(times);
            println!(
                "{:<26} {:<36} {:>10} {:>9.1} {:>10.1} {:>8.2} {:>8.2}",
                if index == 0 { case.as_str() } else { "" },
                way,
                bytes / 1000,
                ms(best),
                ms(median),
                source_best.as_secs_f64() / best.as_secs_f64(),
                source_median.as_secs_f64() / median.as_secs_f64(),
            );
        }
        let warm = [
            (format!("source, {} others analyzed first", it.others), it.source_bytes, &it.source_after_others),
            (format!("{}'s meta, the same", it.case.dependency), it.meta_bytes, &it.meta_after_others),
        ];
        for (way, bytes, times) in warm {
            let (best, median) = best_and_median(times);
            println!(
                "{:<26} {:<36} {:>10} {:>9.1} {:>10.1} {:>8.2} {:>8.2}",
                "",
                way,
                bytes / 1000,
                ms(best),
                ms(median),
                source_after_others.0.as_secs_f64() / best.as_secs_f64(),
                source_after_others.1.as_secs_f64() / median.as_secs_f64(),
            );
        }
    }
    for it in &figures {
        let ratio = |times: &[Duration]| {
            let (source_best, source_median) = best_and_median(&it.through_source);
            let (best, median) = best_and_median(times);
            format!(
                "best {:.2}x, median {:.2}x",
                source_best.as_secs_f64() / best.as_secs_f64(),
                source_median.as_secs_f64() / median.as_secs_f64()
            )
        };
        let (source_best, source_median) = best_and_median(&it.source_after_others);
        let (meta_best, meta_median) = best_and_median(&it.meta_after_others);
        println!(
            "ratio source/meta for `{}`: {} through `{}`'s meta file (written in {:.1} ms); {} through the meta files of all its {} dependencies; \
             best {:.2}x, median {:.2}x through `{}`'s meta file once the {} crates that do not need it are analyzed",
            it.case.dependent,
            ratio(&it.through_meta),
            it.case.dependency,
            ms(it.write_time),
            ratio(&it.through_all_metas),
            it.all_metas,
            source_best.as_secs_f64() / meta_best.as_secs_f64(),
            source_median.as_secs_f64() / meta_median.as_secs_f64(),
            it.case.dependency,
            it.others,
        );
    }
    let cases: Vec<serde_json::Value> = figures
        .iter()
        .map(|it| {
            let (source_best, source_median) = best_and_median(&it.through_source);
            let (meta_best, meta_median) = best_and_median(&it.through_meta);
            serde_json::json!({
                "dependency": it.case.dependency,
                "dependent": it.case.dependent,
                "source_files": it.source_files,
                "source_bytes": it.source_bytes,
                "meta_lines": it.meta_lines,
                "meta_bytes": it.meta_bytes,
                "write_ms": ms(it.write_time),
                "source_best_ms": ms(source_best),
                "source_median_ms": ms(source_median),
                "meta_best_ms": ms(meta_best),
                "meta_median_ms": ms(meta_median),
                "ratio_best": source_best.as_secs_f64() / meta_best.as_secs_f64(),
                "ratio_median": source_median.as_secs_f64() / meta_median.as_secs_f64(),
                "all_metas_crates": it.all_metas,
                "all_metas_bytes": it.all_meta_bytes,
                "all_metas_best_ms": ms(best_and_median(&it.through_all_metas).0),
                "all_metas_median_ms": ms(best_and_median(&it.through_all_metas).1),
                "all_metas_ratio_best": source_best.as_secs_f64() / best_and_median(&it.through_all_metas).0.as_secs_f64(),
                "all_metas_ratio_median": source_median.as_secs_f64() / best_and_median(&it.through_all_metas).1.as_secs_f64(),
                "others_analyzed_first": it.others,
                "source_after_others_best_ms": ms(best_and_median(&it.source_after_others).0),
                "source_after_others_median_ms": ms(best_and_median(&it.source_after_others).1),
                "meta_after_others_best_ms": ms(best_and_median(&it.meta_after_others).0),
                "meta_after_others_median_ms": ms(best_and_median(&it.meta_after_others).1),
            })
        })
        .collect();
    println!("{}", serde_json::json!({ "rounds": rounds, "with_std": with_std, "cases": cases }));
}

/// Writes the meta file of the case's dependency, checks that the dependent resolves the same
/// through it, and times both ways.
fn run_case(sources: &Sources, case: Case, rounds: usize) -> Figures {
    let graph = sources.crate_graph();
    let dependency =
        find_crate(sources, &case.dependency, |kind| matches!(kind, TargetKind::Lib | TargetKind::ProcMacro));
    let dependent = graph
        .iter()
        .find(|(_, data)| {
            data.display_name == case.dependent && data.dependencies.iter().any(|dep| dep.krate == dependency)
        })
        .unwrap_or_else(|| panic!("no crate `{}` that depends on `{}`", case.dependent, case.dependency))
        .0;

    let db = RootDatabase::from_sources(sources);
    let dependency_input = db.workspace().krate(&db, dependency).expect("a crate of the graph");
    let files = crate_files(&db, dependency_input);
    let source_files = files.files.len();
    let source_bytes: usize = files.files.iter().map(|file| file.text(&db).get().len()).sum();
    // The analysis of the dependency is not part of writing its meta file.
    crate_def_map(&db, dependency_input);
    let start = Instant::now();
    let text = write_crate_meta(&db, dependency_input);
    let write_time = start.elapsed();
    let meta = CrateMeta::parse(text.clone()).expect("a meta file that sem wrote reads back");
    let with_meta = sources.add_crate_meta(dependency, &meta).expect("the meta file of the crate it replaces");

    // Every crate the dependent depends on, directly or not, from its meta file.
    let mut all_metas = sources.clone();
    let mut closure = vec![dependent];
    let mut seen = HashSet::from([dependent]);
    let mut all_meta_bytes = 0;
    while let Some(krate) = closure.pop() {
        for dep in &graph[krate].dependencies {
            if seen.insert(dep.krate) {
                closure.push(dep.krate);
                let text = write_crate_meta(&db, db.workspace().krate(&db, dep.krate).expect("a crate of the graph"));
                all_meta_bytes += text.len();
                let meta = CrateMeta::parse(text).expect("a meta file that sem wrote reads back");
                all_metas = all_metas.add_crate_meta(dep.krate, &meta).expect("the meta file of the crate it replaces");
            }
        }
    }

    // The warm-up: every text read, and the same resolutions every way.
    let resolutions = |sources: &Sources| {
        let db = RootDatabase::from_sources(sources);
        dump_resolutions(&db, db.workspace().krate(&db, dependent).expect("a crate of the graph"))
    };
    let expected = resolutions(sources);
    for (way, sources) in
        [("the meta file of the dependency", &with_meta), ("the meta files of all dependencies", &all_metas)]
    {
        let actual = resolutions(sources);
        if expected != actual {
            let difference = expected.lines().zip(actual.lines()).find(|(a, b)| a != b);
            panic!("`{}` resolves differently through {way}: {difference:?}", case.dependent);
        }
    }

    let resolve = |sources: &Sources| {
        let start = Instant::now();
        let db = RootDatabase::from_sources(sources);
        let krate = db.workspace().krate(&db, dependent).expect("a crate of the graph");
        std::hint::black_box(crate_def_map(&db, krate));
        let elapsed = start.elapsed();
        drop(db);
        elapsed
    };
    // The crates the dependent needs that do not need the dependency (the standard library,
    // mostly): analyzed before the timing starts in the rounds that leave out what the two
    // ways share.
    let needing_dependency = dependents_of(graph, dependency);
    let others: Vec<CrateId> =
        seen.iter().copied().filter(|&krate| krate != dependency && !needing_dependency.contains(&krate)).collect();
    let resolve_after_others = |sources: &Sources| {
        let db = RootDatabase::from_sources(sources);
        for &other in &others {
            crate_def_map(&db, db.workspace().krate(&db, other).expect("a crate of the graph"));
        }
        let start = Instant::now();
        let krate = db.workspace().krate(&db, dependent).expect("a crate of the graph");
        std::hint::black_box(crate_def_map(&db, krate));
        let elapsed = start.elapsed();
        drop(db);
        elapsed
    };
    let (mut through_source, mut through_meta, mut through_all_metas) = (Vec::new(), Vec::new(), Vec::new());
    let (mut source_after_others, mut meta_after_others) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        if round % 2 == 0 {
            through_source.push(resolve(sources));
            through_meta.push(resolve(&with_meta));
            through_all_metas.push(resolve(&all_metas));
            source_after_others.push(resolve_after_others(sources));
            meta_after_others.push(resolve_after_others(&with_meta));
        } else {
            meta_after_others.push(resolve_after_others(&with_meta));
            source_after_others.push(resolve_after_others(sources));
            through_all_metas.push(resolve(&all_metas));
            through_meta.push(resolve(&with_meta));
            through_source.push(resolve(sources));
        }
    }
    Figures {
        case,
        source_files,
        source_bytes,
        meta_lines: text.lines().count(),
        meta_bytes: text.len(),
        write_time,
        through_source,
        through_meta,
        all_metas: seen.len() - 1,
        all_meta_bytes,
        through_all_metas,
        others: others.len(),
        source_after_others,
        meta_after_others,
    }
}

/// The crates that depend on `target`, directly or not.
fn dependents_of(graph: &sem_sources::CrateGraph, target: CrateId) -> HashSet<CrateId> {
    let mut out = HashSet::new();
    let mut stack = vec![target];
    while let Some(krate) = stack.pop() {
        for (id, data) in graph.iter() {
            if data.dependencies.iter().any(|dep| dep.krate == krate) && out.insert(id) {
                stack.push(id);
            }
        }
    }
    out
}

/// The crate named `name` whose kind `kind` accepts.
fn find_crate(sources: &Sources, name: &str, kind: impl Fn(TargetKind) -> bool) -> CrateId {
    sources
        .crate_graph()
        .iter()
        .find(|(_, data)| data.display_name == name && kind(data.target_kind))
        .unwrap_or_else(|| panic!("no library `{name}` in the workspace"))
        .0
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn best_and_median(times: &[Duration]) -> (Duration, Duration) {
    let mut sorted = times.to_vec();
    sorted.sort();
    (sorted[0], sorted[sorted.len() / 2])
}

//! sem's half of the def-map benchmark, and its report: loads a Cargo workspace as `sem` does
//! (`sem_sources::project::load_project`, every text read while loading, no procedural macros),
//! then computes sem's `crate_def_map` of the crates asked for, timed and counted.
//! `../run.sh` runs it next to rust-analyzer's half; `common.rs` says what is measured.
//!
//! - `list WORKSPACE`: the root file of every library and proc-macro crate.
//! - `measure --crates FILE --out FILE WORKSPACE`: the def maps, then `item_hir` of every
//!   owner of those crates (the owners' signatures and bodies lowered), with salsa's `memory_usage`
//!   per query afterwards (counts, the memos' own sizes, and the heap sizes of the queries
//!   declared with `heap_size`: `sem_db::heap_size`).
//! - `stages --crates FILE --out FILE WORKSPACE`: the same crates in a fresh database, stage by
//!   stage (item summaries, module trees with macro expansion, name resolution; the syntax trees
//!   for reference), with the bytes each stage adds, then the summaries' and fragments' heap
//!   part by part.
//! - `report RA.json SEM.json [STAGES.json]...`: the tables and ratios of one or more runs.

#[path = "../../common.rs"]
mod common;

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::Instant,
};

use sem_db::{CrateInput, Db as _, RootDatabase};
use serde_json::{Value, json};

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

/// A loaded workspace: the database, every library crate with its root file, and how many
/// crates the graph has in all.
struct Loaded {
    db: RootDatabase,
    sources: sem_sources::Sources,
    libs: Vec<(CrateInput, PathBuf)>,
    crates_in_graph: usize,
}

fn load(workspace: &Path, library: &Path) -> Loaded {
    use sem_sources::{FileSystem, RealFileSystem, TargetKind, load::LoadMode, project};

    let mut options = project::LoadOptions::for_host();
    options.sysroot_src = Some(library.to_path_buf());
    // Every text read while loading, as rust-analyzer's loader does.
    options.mode = LoadMode::Eager;
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let loaded = project::load_project(&fs, workspace, &options).expect("sem loads the workspace");
    for warning in &loaded.warnings {
        eprintln!("sem: {warning}");
    }
    let sources = loaded.sources;
    let db = RootDatabase::from_sources(&sources);
    let graph = sources.crate_graph();
    let libs = graph
        .iter()
        .filter(|(_, data)| matches!(data.target_kind, TargetKind::Lib | TargetKind::ProcMacro))
        .filter_map(|(id, data)| {
            let origin = sources.root(data.root_file.root)?.origin.as_ref()?;
            let krate = db.workspace().krate(&db, id)?;
            Some((krate, common::canonical(&origin.join(data.root_file.path.as_str()))))
        })
        .collect();
    let crates_in_graph = graph.len();
    Loaded { db, sources, libs, crates_in_graph }
}

fn ingredients(db: &mut RootDatabase) -> (Vec<Value>, Vec<Value>) {
    let info = <dyn salsa::Database>::memory_usage(db);
    let ingredient = |name: &str, it: &salsa::IngredientInfo| {
        json!({
            "name": name,
            "count": it.count(),
            "fields": it.size_of_fields(),
            "metadata": it.size_of_metadata(),
            "heap": it.heap_size_of_fields(),
        })
    };
    let queries = info.queries.iter().map(|(name, it)| ingredient(name, it)).collect();
    let structs = info.structs.iter().map(|it| ingredient(it.debug_name(), it)).collect();
    (queries, structs)
}

fn write(args: &common::Args, value: &Value) {
    let out = args.out.as_ref().expect("--out FILE");
    std::fs::write(out, value.to_string()).expect("the output file can be written");
}

fn measure(args: &common::Args, workspace: &Path, library: &Path) {
    let selected = common::selected(args);
    let (mut loaded, load_time, load_bytes) = common::load(|| load(workspace, library));
    let crates: Vec<CrateInput> =
        loaded.libs.iter().filter(|(_, path)| selected.contains(path)).map(|(krate, _)| *krate).collect();
    let pass = common::measure(
        &mut loaded.db,
        |db| crates.iter().map(|&krate| sem_db::nameres::crate_def_map(db, krate).modules.len()).sum(),
        RootDatabase::evict_lru,
    );
    let bodies = common::measure(
        &mut loaded.db,
        |db| {
            let mut owners = 0;
            // `SEM_BODIES_STAGE` stops lowering earlier, to see what each step costs: `ast`
            // (where the owners are), `tree` (their trees), `signature`, `body`; the default is
            // `item_hir`.
            let stage = std::env::var("SEM_BODIES_STAGE").unwrap_or_default();
            for &krate in &crates {
                for &owner in sem_hir::crate_owners(db, krate) {
                    match stage.as_str() {
                        "ast" => drop(sem_hir::item_ast(db, owner)),
                        "tree" => drop(sem_hir::item_green_node(db, owner)),
                        "signature" => drop(sem_hir::signature::item_signature(db, owner)),
                        "body" => drop(sem_hir::body::body(db, owner)),
                        _ => drop(sem_hir::index::item_hir(db, owner)),
                    }
                    owners += 1;
                }
            }
            owners
        },
        RootDatabase::evict_lru,
    );
    let (queries, structs) = ingredients(&mut loaded.db);
    let mut figures = json!({
            "analyzer": "sem",
            "crates_in_graph": loaded.crates_in_graph,
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
    write(args, &figures);
    eprintln!(
        "sem: {} crates, def maps {:.0} ms, {:.1} MB added ({:.1} MB after LRU eviction); \
         {} owners {:.0} ms, {:.1} MB added ({:.1} MB after LRU eviction)",
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

fn stages(args: &common::Args, workspace: &Path, library: &Path) {
    let selected = common::selected(args);
    // A first database finds what the def maps read: the crates they need (the selected ones and
    // their dependencies) and the files of those crates' module trees.
    let first = load(workspace, library);
    let chosen: Vec<CrateInput> =
        first.libs.iter().filter(|(_, path)| selected.contains(path)).map(|(krate, _)| *krate).collect();
    let graph = first.sources.crate_graph();
    let mut needed: Vec<sem_sources::CrateId> = chosen.iter().map(|krate| krate.id(&first.db)).collect();
    let mut seen: std::collections::HashSet<sem_sources::CrateId> = needed.iter().copied().collect();
    let mut next = 0;
    while next < needed.len() {
        for dep in &graph[needed[next]].dependencies {
            if seen.insert(dep.krate) {
                needed.push(dep.krate);
            }
        }
        next += 1;
    }
    let mut files: Vec<(sem_sources::CrateId, sem_sources::FilePath)> = Vec::new();
    for &id in &needed {
        let krate = first.db.workspace().krate(&first.db, id).expect("a crate of the graph");
        let mut paths: Vec<sem_sources::FilePath> = sem_db::nameres::crate_module_tree(&first.db, krate)
            .modules
            .iter()
            .filter_map(|module| module.file.clone())
            .collect();
        paths.sort();
        paths.dedup();
        files.extend(paths.into_iter().map(|path| (id, path)));
    }
    drop(first);

    // A fresh database computes the same, stage by stage.
    let mut loaded = load(workspace, library);
    let db = &loaded.db;
    let crate_of = |id| db.workspace().krate(db, id).expect("a crate of the graph");
    let needed: Vec<CrateInput> = needed.iter().map(|&id| crate_of(id)).collect();
    let files: Vec<(sem_db::SourceFile, sem_sources::Edition)> = files
        .iter()
        .filter_map(|(id, path)| Some((db.workspace().file(db, path)?, crate_of(*id).data(db).edition)))
        .collect();
    let chosen: Vec<CrateInput> =
        loaded.libs.iter().filter(|(_, path)| selected.contains(path)).map(|(krate, _)| *krate).collect();
    let mut stages = Vec::new();
    let mut stage = |name: &str, compute: &dyn Fn()| {
        let before = common::live();
        let start = Instant::now();
        compute();
        stages.push(json!({"stage": name, "ms": common::ms(start.elapsed()), "bytes": common::live() - before}));
    };
    // No eviction between the stages, so that each computes what the def maps need and nothing
    // twice; what the LRU bounds do not keep is freed at the end.
    stage("item summaries (`lower_file` of those files: parse without bodies, summarize, drop the tree)", &|| {
        for &(file, edition) in &files {
            sem_db::syntax::item_summary(db, file, edition);
        }
    });
    stage("module trees (`crate_module_tree`: cfg, macro expansion)", &|| {
        for &krate in &needed {
            sem_db::nameres::crate_module_tree(db, krate);
        }
    });
    stage("name resolution (`crate_def_map`)", &|| {
        for &krate in &chosen {
            sem_db::nameres::crate_def_map(db, krate);
        }
    });
    let before = common::live();
    loaded.db.evict_lru();
    stages.push(json!({
        "stage": "`evict_lru`: LRU eviction, node caches emptied",
        "ms": 0.0,
        "bytes": common::live() - before,
    }));
    let db = &loaded.db;
    // For reference: what the trees the def maps no longer keep would take.
    let before = common::live();
    let start = Instant::now();
    let trees: Vec<_> = files.iter().map(|&(file, edition)| sem_db::syntax::parse(db, file, edition).clone()).collect();
    stages.push(json!({
        "stage": "for reference, not part of the def maps: the syntax trees of those files (`parse`)",
        "ms": common::ms(start.elapsed()),
        "bytes": common::live() - before,
    }));
    drop(trees);
    let mut parts = Parts::default();
    for &(file, edition) in &files {
        parts.summary("files", sem_db::syntax::item_summary(db, file, edition));
    }
    // Every expansion of the crates' module trees: a walk down the fragments from each root.
    let mut stack: Vec<sem_db::expand::ExpnId> =
        needed.iter().map(|&krate| sem_db::expand::ExpnId::crate_root(db, krate)).collect();
    let mut seen = std::collections::HashSet::new();
    use std::mem::size_of;
    while let Some(expn) = stack.pop() {
        if !seen.insert(expn) {
            continue;
        }
        let fragment = sem_db::expand::collect_definitions(db, expn);
        parts.add("fragments (`collect_definitions`)", sem_db::heap_size::heap_size(fragment));
        parts.add(
            &format!(
                "fragments: definition lists (Definition, {} bytes each)",
                size_of::<sem_db::expand::Definition>()
            ),
            fragment.definitions.capacity() * size_of::<sem_db::expand::Definition>(),
        );
        parts.add(
            &format!(
                "fragments: expansion point lists (ExpansionPoint, {} bytes each)",
                size_of::<sem_db::expand::ExpansionPoint>()
            ),
            fragment.expansion_points.capacity() * size_of::<sem_db::expand::ExpansionPoint>(),
        );
        parts.add("fragments: definitions (count)", fragment.definitions.len());
        parts.add("fragments: expansion points (count)", fragment.expansion_points.len());
        for (index, point) in fragment.indexed_expansion_points() {
            let child = sem_db::expand::ExpnId::point(db, expn, index);
            if let sem_db::expand::ExpansionPoint::MacroCall { .. } = point {
                let expansion = sem_db::expand::macro_expansion(db, child);
                if let Some(items) = &expansion.items {
                    parts.summary("expansions", items);
                }
                if expansion.items.is_none() {
                    continue;
                }
            }
            stack.push(child);
        }
    }
    parts.add("expansions walked (count)", seen.len());
    write(args, &json!({"stages": stages, "crates": needed.len(), "files": files.len(), "summary_parts": parts.0}));
}

/// Bytes by part of the item summaries (and a few counts), to see where their memory goes.
#[derive(Default)]
struct Parts(std::collections::BTreeMap<String, usize>);

impl Parts {
    fn add(&mut self, part: &str, bytes: usize) {
        *self.0.entry(part.to_owned()).or_default() += bytes;
    }

    /// Splits a summary's heap into its parts, under `of` (files or expansions).
    fn summary(&mut self, of: &str, summary: &sem_db::syntax::ItemSummary) {
        use sem_db::heap_size::HeapSize;
        use std::mem::size_of;
        self.add(&format!("{of}: summaries (count)"), 1);
        self.add(&format!("{of}: whole heap"), summary.heap_size());
        self.add(&format!("{of}: inner attributes"), summary.inner_attrs.heap_size());
        self.add(
            &format!("{of}: item lists (SummaryItem, {} bytes each)", size_of::<sem_db::syntax::SummaryItem>()),
            summary.items.capacity() * size_of::<sem_db::syntax::SummaryItem>(),
        );
        for item in summary.iter() {
            self.item(of, item);
        }
    }

    fn item(&mut self, of: &str, item: &sem_db::syntax::SummaryItem) {
        use sem_db::heap_size::HeapSize;
        use sem_db::syntax::SummaryItemKind as K;
        use std::mem::size_of;
        self.add(&format!("{of}: items (count)"), 1);
        self.add(&format!("{of}: names"), item.name.heap_size());
        self.add(&format!("{of}: visibilities"), item.visibility.heap_size());
        let attrs = item.attrs.capacity() * size_of::<sem_db::syntax::RawAttr>();
        self.add(
            &format!("{of}: attribute lists (RawAttr, {} bytes each)", size_of::<sem_db::syntax::RawAttr>()),
            attrs,
        );
        self.add(&format!("{of}: attributes (count)"), item.attrs.len());
        for attr in &item.attrs {
            let name = attr.path.to_string();
            let group = if matches!(
                name.as_str(),
                "cfg"
                    | "derive"
                    | "cfg_attr"
                    | "doc"
                    | "inline"
                    | "allow"
                    | "must_use"
                    | "macro_export"
                    | "repr"
                    | "deprecated"
            ) {
                name
            } else {
                "other".to_owned()
            };
            self.add(&format!("{of}: attributes #[{group}] (paths and inputs)"), attr.heap_size());
        }
        self.add(&format!("{of}: derive inputs (token trees)"), item.macro_input.heap_size());
        match &item.kind {
            K::Use { imports } => self.add(&format!("{of}: use imports"), imports.heap_size()),
            K::MacroRules { body } | K::MacroDef { body } => {
                self.add(&format!("{of}: macro definitions' bodies"), body.heap_size())
            }
            K::MacroCall { path, args } => {
                self.add(&format!("{of}: macro calls' paths"), path.heap_size());
                self.add(&format!("{of}: macro calls' arguments (token trees)"), args.heap_size());
            }
            kind => {
                if let Some(children) = match kind {
                    K::Enum { variants } => Some(variants),
                    K::Trait { items } | K::Impl { items } | K::ExternBlock { items } => Some(items),
                    K::Module { inline_items: Some(items) } => Some(items),
                    _ => None,
                } {
                    self.add(
                        &format!(
                            "{of}: item lists (SummaryItem, {} bytes each)",
                            size_of::<sem_db::syntax::SummaryItem>()
                        ),
                        children.capacity() * size_of::<sem_db::syntax::SummaryItem>(),
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report

fn f(value: &Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or(f64::NAN)
}

fn mb(value: &Value, key: &str) -> f64 {
    f(value, key) / 1e6
}

fn read(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"))
}

/// The largest ingredients by their own size, as a table.
fn ingredient_table(title: &str, ingredients: &Value, take: usize) {
    let mut list: Vec<&Value> = ingredients.as_array().map(|it| it.iter().collect()).unwrap_or_default();
    let size = |it: &Value| f(it, "fields") + f(it, "metadata") + it["heap"].as_f64().unwrap_or(0.0);
    list.retain(|it| f(it, "count") > 0.0);
    list.sort_by(|a, b| size(b).total_cmp(&size(a)));
    let total: f64 = list.iter().map(|it| size(it)).sum();
    println!("| {title} | entries | value MB | metadata MB | heap MB |");
    println!("|---|---|---|---|---|");
    for it in list.iter().take(take) {
        let heap = it["heap"].as_f64().map_or("–".to_owned(), |heap| format!("{:.1}", heap / 1e6));
        println!(
            "| `{}` | {} | {:.1} | {:.1} | {heap} |",
            it["name"].as_str().unwrap_or("?"),
            it["count"],
            mb(it, "fields"),
            mb(it, "metadata")
        );
    }
    println!("| all {} | | {:.1} in all | | |", list.len(), total / 1e6);
}

fn report(files: &[String]) {
    // RA.json SEM.json pairs, and STAGES files recognized by their key.
    let values: Vec<Value> = files.iter().map(|path| read(path)).collect();
    let runs: Vec<(&Value, &Value)> = {
        let ra: Vec<&Value> = values.iter().filter(|it| it["analyzer"].as_str().is_some_and(|a| a != "sem")).collect();
        let sem: Vec<&Value> = values.iter().filter(|it| it["analyzer"] == "sem").collect();
        ra.into_iter().zip(sem).collect()
    };
    println!(
        "| run | analyzer | crates | modules | load ms | load MB | def maps ms | on CPU ms | waiting ms | MB added \
         | MB after LRU eviction | peak MB |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut ratios = Vec::new();
    for (index, (ra, sem)) in runs.iter().enumerate() {
        for it in [ra, sem] {
            println!(
                "| {} | {} | {} | {} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.1} | {:.1} | {:.1} |",
                index + 1,
                it["analyzer"].as_str().unwrap_or("?"),
                it["crates"],
                it["modules"],
                f(it, "load_ms"),
                mb(it, "load_bytes"),
                f(it, "def_maps_ms"),
                f(it, "def_maps_cpu_ms"),
                f(it, "def_maps_waiting_ms"),
                mb(it, "held_bytes"),
                mb(it, "evicted_bytes"),
                mb(it, "peak_bytes"),
            );
        }
        let ratio = |key: &str| f(sem, key) / f(ra, key);
        ratios.push(json!({
            "speed": f(ra, "def_maps_ms") / f(sem, "def_maps_ms"),
            "speed_cpu": f(ra, "def_maps_cpu_ms") / f(sem, "def_maps_cpu_ms"),
            "memory_held": ratio("held_bytes"),
            "memory_evicted": ratio("evicted_bytes"),
            "memory_peak": ratio("peak_bytes"),
        }));
    }
    println!();
    println!(
        "Body lowering, after the def maps: rust-analyzer's `Body::of` of every body owner, sem's `item_hir` \
         of every owner (signature and bodies):"
    );
    println!();
    println!("| run | analyzer | owners | ms | on CPU ms | MB added | MB after LRU eviction | peak MB |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut body_ratios = Vec::new();
    for (index, (ra, sem)) in runs.iter().enumerate() {
        for it in [ra, sem] {
            println!(
                "| {} | {} | {} | {:.0} | {:.0} | {:.1} | {:.1} | {:.1} |",
                index + 1,
                it["analyzer"].as_str().unwrap_or("?"),
                it["body_owners"],
                f(it, "bodies_ms"),
                f(it, "bodies_cpu_ms"),
                mb(it, "bodies_held_bytes"),
                mb(it, "bodies_evicted_bytes"),
                mb(it, "bodies_peak_bytes"),
            );
        }
        body_ratios.push(json!({
            "speed": f(ra, "bodies_ms") / f(sem, "bodies_ms"),
            "speed_cpu": f(ra, "bodies_cpu_ms") / f(sem, "bodies_cpu_ms"),
            "memory_held": f(sem, "bodies_held_bytes") / f(ra, "bodies_held_bytes"),
            "memory_evicted": f(sem, "bodies_evicted_bytes") / f(ra, "bodies_evicted_bytes"),
        }));
    }
    println!();
    for (index, it) in body_ratios.iter().enumerate() {
        println!(
            "run {}: body lowering: sem {:.2}x as fast as rust-analyzer (wall), {:.2}x (on CPU); memory added \
             sem/rust-analyzer {:.2}x with memos held, {:.2}x after LRU eviction",
            index + 1,
            f(it, "speed"),
            f(it, "speed_cpu"),
            f(it, "memory_held"),
            f(it, "memory_evicted"),
        );
    }
    println!();
    for (index, it) in ratios.iter().enumerate() {
        println!(
            "run {}: sem {:.2}x as fast as rust-analyzer (wall), {:.2}x (on CPU); memory sem/rust-analyzer \
             {:.2}x with memos held, {:.2}x after LRU eviction, {:.2}x peak",
            index + 1,
            f(it, "speed"),
            f(it, "speed_cpu"),
            f(it, "memory_held"),
            f(it, "memory_evicted"),
            f(it, "memory_peak")
        );
    }
    if let Some((ra, sem)) = runs.last() {
        println!();
        println!("Per query, salsa's memory_usage after the last run's def maps, body lowering and eviction:");
        println!();
        ingredient_table("sem query", &sem["queries"], 15);
        println!();
        ingredient_table("sem salsa struct", &sem["structs"], 8);
        println!();
        ingredient_table("rust-analyzer query", &ra["queries"], 10);
    }
    for stages in values.iter().filter(|it| it.get("stages").is_some()) {
        println!();
        println!(
            "sem stage by stage (a fresh database; the {} crates the def maps need, the {} files of their module trees):",
            stages["crates"], stages["files"]
        );
        println!();
        println!("| stage | ms | MB added |");
        println!("|---|---|---|");
        for stage in stages["stages"].as_array().into_iter().flatten() {
            println!(
                "| {} | {:.0} | {:.1} |",
                stage["stage"].as_str().unwrap_or("?"),
                f(stage, "ms"),
                mb(stage, "bytes")
            );
        }
        if let Some(parts) = stages["summary_parts"].as_object() {
            println!();
            println!("Item summaries and fragments part by part (heap bytes; counts where the name says so):");
            println!();
            println!("| part | MB or count |");
            println!("|---|---|");
            for (part, value) in parts {
                let value = value.as_f64().unwrap_or(f64::NAN);
                if part.ends_with("(count)") {
                    println!("| {part} | {value} |");
                } else {
                    println!("| {part} | {:.1} |", value / 1e6);
                }
            }
        }
    }
    println!();
    println!("{}", json!({"ratios": ratios, "body_ratios": body_ratios}));
}

fn main() {
    let args = common::args();
    if args.command == "report" {
        report(&args.rest);
        return;
    }
    let workspace = common::workspace(&args);
    let library = common::sysroot_src();
    match args.command.as_str() {
        "list" => {
            for (_, path) in &load(&workspace, &library).libs {
                println!("{}", path.display());
            }
        }
        "measure" => measure(&args, &workspace, &library),
        "stages" => stages(&args, &workspace, &library),
        _ => {
            eprintln!(
                "usage: ra-def-maps-sem list WORKSPACE | measure --crates FILE --out FILE WORKSPACE \
                 | stages --crates FILE --out FILE WORKSPACE | report RA.json SEM.json [STAGES.json]..."
            );
            std::process::exit(2);
        }
    }
}

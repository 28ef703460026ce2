//! Loading a project into a database and running each phase over it, timed.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rustc_hash::FxHashMap;
use sem_db::{
    Db, RootDatabase, SourceFile,
    syntax::{syntax_errors, tokens},
};
use sem_sources::{
    Edition, FilePath, FileSystem, RealFileSystem, RootId, Sources,
    load::LoadMode,
    project::{LoadOptions, LoadedProject, load_project},
};

/// A project loaded into a database, with the time each phase took.
pub(crate) struct Analysis {
    pub(crate) project: LoadedProject,
    /// The project's sources plus a detached crate for every file no crate reaches.
    pub(crate) sources: Sources,
    pub(crate) db: RootDatabase,
    /// Each phase with its wall-clock time, in the order they ran.
    pub(crate) timings: Vec<(&'static str, Duration)>,
}

/// Where the standard library's sources come from.
#[derive(Clone, Debug)]
pub(crate) enum Sysroot {
    /// The machine's, if it has them (see `sem_sources::sysroot::find_sysroot_src`).
    Find,
    /// This `library` folder.
    At(PathBuf),
    /// None: the standard library is left out.
    None,
}

/// How the command line loads a project: the standard library's sources, and whether `cargo
/// metadata` may use the network.
#[derive(Clone, Debug)]
pub(crate) struct Loading {
    pub(crate) sysroot: Sysroot,
    /// `--offline`: `cargo metadata` never uses the network.
    pub(crate) offline: bool,
}

impl Loading {
    /// The load options for the machine we run on, as chosen.
    pub(crate) fn options(&self) -> LoadOptions {
        let mut options = LoadOptions::for_host();
        options.sysroot_src = match &self.sysroot {
            Sysroot::Find => options.sysroot_src,
            Sysroot::At(dir) => Some(dir.clone()),
            Sysroot::None => None,
        };
        options.offline = self.offline;
        options
    }
}

impl Analysis {
    /// Loads `path`, reads, lexes and parses every file, and finds the files of every crate.
    pub(crate) fn run(path: &Path, eager: bool, loading: &Loading) -> anyhow::Result<Analysis> {
        Analysis::run_phases(path, eager, true, loading)
    }

    /// Loads `path` and finds the files of every crate (which lexes the files crates reach),
    /// leaving reading and parsing to the caller.
    pub(crate) fn load(path: &Path, loading: &Loading) -> anyhow::Result<Analysis> {
        Analysis::run_phases(path, false, false, loading)
    }

    fn run_phases(path: &Path, eager: bool, every_phase: bool, loading: &Loading) -> anyhow::Result<Analysis> {
        let mut timings = Vec::new();
        let start = Instant::now();
        let mut options = loading.options();
        options.mode = if eager { LoadMode::Eager } else { LoadMode::OnDemand };
        let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
        let project =
            load_project(&fs, path, &options).with_context(|| format!("cannot analyze {}", path.display()))?;
        let mut db = RootDatabase::from_sources(&project.sources);
        timings.push(("load", start.elapsed()));
        if every_phase {
            Analysis::read_lex_parse(&db, &project.sources, options.default_edition, &mut timings);
        }

        let start = Instant::now();
        let sources = sem_db::with_detached_crates(&db, &project.sources, options.default_edition);
        db.apply(&sources);
        for &krate in db.workspace().crates(&db) {
            sem_db::syntax::crate_files(&db, krate);
        }
        timings.push(("modules", start.elapsed()));
        if every_phase {
            // The module tree of every crate, with cfg: the item summaries are ready from the
            // parse phase, so no tree is parsed again here.
            let start = Instant::now();
            for &krate in db.workspace().crates(&db) {
                sem_db::nameres::crate_module_tree(&db, krate);
            }
            timings.push(("definitions", start.elapsed()));
            let start = Instant::now();
            for &krate in db.workspace().crates(&db) {
                sem_db::nameres::crate_def_map(&db, krate);
            }
            timings.push(("resolve", start.elapsed()));
            // Every owner lowered, its signature and bodies, and their paths resolved.
            let start = Instant::now();
            let crates = db.workspace().crates(&db);
            let progress = ProgressBar::new(crates.len() as u64);
            progress.set_style(
                ProgressStyle::with_template("{msg:>8} [{bar:40}] {pos}/{len} crates")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            progress.set_message("lowering");
            let crates = crates.to_vec();
            for (index, &krate) in crates.iter().enumerate() {
                sem_hir::HirCounts::of_crate(&db, krate);
                progress.inc(1);
                // Within one revision no LRU frees anything: every file's tree, parsed again
                // with its bodies, would stay until the end. A new revision every few crates
                // bounds what is held to the trees those crates need.
                if index % 16 == 15 {
                    db.evict_lru();
                }
            }
            progress.finish_and_clear();
            timings.push(("hir", start.elapsed()));
        }
        Ok(Analysis { project, sources, db, timings })
    }

    /// Reads, lexes and parses every file in the edition of its root's crates, so that the
    /// phases after these find the tokens and syntax errors they need already computed.
    fn read_lex_parse(
        db: &RootDatabase,
        project: &Sources,
        default_edition: Edition,
        timings: &mut Vec<(&'static str, Duration)>,
    ) {
        let files = all_files(db);
        let editions = root_editions(project, default_edition);
        let edition_of = |db: &RootDatabase, file: &SourceFile| {
            editions.get(&file.path(db).root).copied().unwrap_or(default_edition)
        };
        let progress = progress_bar(files.len() as u64);
        let start = Instant::now();
        for file in &files {
            file.text(db).get();
            progress.inc(1);
        }
        timings.push(("read", start.elapsed()));
        progress.set_position(0);
        progress.set_message("lexing");
        let start = Instant::now();
        for file in &files {
            tokens(db, *file, edition_of(db, file));
            progress.inc(1);
        }
        timings.push(("lex", start.elapsed()));
        progress.set_position(0);
        progress.set_message("parsing");
        let (mut parse_time, mut items_time) = (Duration::ZERO, Duration::ZERO);
        for file in &files {
            let edition = edition_of(db, file);
            // One parse per file gives its errors and its item summary together (`lower_file`,
            // which keeps no tree): "parse" times that walk, "items" only the summary's
            // projection out of it.
            let start = Instant::now();
            syntax_errors(db, *file, edition);
            let parsed = Instant::now();
            sem_db::syntax::item_summary(db, *file, edition);
            parse_time += parsed - start;
            items_time += parsed.elapsed();
            progress.inc(1);
        }
        timings.push(("parse", parse_time));
        timings.push(("items", items_time));
        progress.finish_and_clear();
    }
}

/// Every Rust file of every root (the roots also hold `Cargo.toml` files), in path order.
pub(crate) fn all_files(db: &RootDatabase) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = db
        .workspace()
        .roots(db)
        .iter()
        .flat_map(|root| root.files(db).values().copied())
        .filter(|file| file.path(db).path.extension() == Some("rs"))
        .collect();
    files.sort_by(|a, b| a.path(db).cmp(b.path(db)));
    files
}

/// The edition of the first crate rooted in each source root.
pub(crate) fn root_editions(sources: &Sources, default: Edition) -> FxHashMap<RootId, Edition> {
    let mut editions = FxHashMap::default();
    for (_, data) in sources.crate_graph().iter() {
        editions.entry(data.root_file.root).or_insert(data.edition);
    }
    for (root, _) in sources.roots() {
        editions.entry(root).or_insert(default);
    }
    editions
}

/// A progress bar on standard error, which hides itself when that is not a terminal.
pub(crate) fn progress_bar(len: u64) -> ProgressBar {
    let progress = ProgressBar::new(len);
    progress.set_style(
        ProgressStyle::with_template("{msg:>8} [{bar:40}] {pos}/{len} files")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    progress.set_message("reading");
    progress
}

/// Where `file` is on disk (its root's directory joined with its path), or its path alone.
pub(crate) fn absolute_path(sources: &Sources, file: &FilePath) -> PathBuf {
    match sources.root(file.root).and_then(|root| root.origin.as_ref()) {
        Some(dir) => dir.join(file.path.as_str()),
        None => PathBuf::from(file.path.as_str()),
    }
}

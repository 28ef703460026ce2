//! `sem stats`: per-crate and total figures, and the time of each phase.

use std::collections::HashMap;

use sem_db::{
    CrateInput, Db, SourceFile,
    diagnostics::DiagnosticKind,
    expand::{DefKind, ExpansionPoint, collect_definitions},
    nameres::crate_module_tree,
    syntax::{crate_files, syntax_errors, tokens},
};
use sem_sources::{Edition, FilePath, LoadError, RootKind, project::ProjectKind};
use serde::Serialize;

use crate::analysis::{Analysis, absolute_path};

/// The figures of a set of files.
#[derive(Serialize, Default, Clone, Copy, Debug)]
struct Figures {
    files: usize,
    bytes: usize,
    lines: usize,
    tokens: usize,
    lex_errors: usize,
    /// The errors of the parse: the lexer's and the parser's.
    syntax_errors: usize,
    load_errors: usize,
}

/// The figures of a crate's module tree, with its cfg applied (macro calls not expanded yet).
#[derive(Serialize, Default, Clone, Copy, Debug)]
struct DefinitionFigures {
    /// Modules, the crate root, inline and out-of-line ones included.
    modules: usize,
    /// Definitions in the modules (items, variants, associated items), modules excluded.
    items: usize,
    /// Macro calls in item position and derives (but the built-in ones), those inside
    /// expansions included.
    macro_calls: usize,
    /// Of those, the ones expanded (`macro_rules!` macros that sem found).
    macro_calls_expanded: usize,
    /// Built-in derives (`#[derive(Clone)]`), which are expanded on demand, not here: their
    /// impls are not in `items`.
    builtin_derives: usize,
    /// Imports: the leaves of the `use` trees and the `extern crate` items, in the modules of
    /// the crate (those of expansions included, those behind a disabled `cfg` not).
    imports: usize,
    /// Of those, the imports that name something, and those that do not.
    imports_resolved: usize,
    imports_unresolved: usize,
    /// Modules whose file is missing or circular, and invalid `cfg` predicates.
    module_errors: usize,
}

impl std::ops::AddAssign for Figures {
    fn add_assign(&mut self, other: Figures) {
        self.files += other.files;
        self.bytes += other.bytes;
        self.lines += other.lines;
        self.tokens += other.tokens;
        self.lex_errors += other.lex_errors;
        self.syntax_errors += other.syntax_errors;
        self.load_errors += other.load_errors;
    }
}

impl std::ops::AddAssign for DefinitionFigures {
    fn add_assign(&mut self, other: DefinitionFigures) {
        self.modules += other.modules;
        self.items += other.items;
        self.macro_calls += other.macro_calls;
        self.macro_calls_expanded += other.macro_calls_expanded;
        self.builtin_derives += other.builtin_derives;
        self.imports += other.imports;
        self.imports_resolved += other.imports_resolved;
        self.imports_unresolved += other.imports_unresolved;
        self.module_errors += other.module_errors;
    }
}

/// The figures of a crate's owners (computed in the `hir` phase): see [`sem_hir::HirCounts`].
#[derive(Serialize, Default, Clone, Copy, Debug)]
struct HirFigures {
    /// Item-like definitions whose signature and bodies lower together.
    owners: usize,
    /// Function bodies, constants' and statics' values, discriminants, field defaults.
    bodies: usize,
    exprs: usize,
    pats: usize,
    bindings: usize,
    /// Macro calls in bodies (expression, statement, pattern and type position).
    body_macro_calls: usize,
    /// Of those, the ones expanded.
    body_macro_calls_expanded: usize,
    /// The paths of signatures and bodies (macro calls' aside), by outcome: resolved to a
    /// definition, a local, a generic parameter, `Self` or a primitive type; needing the type
    /// layer (`T::Item`, `Vec::new`); unresolved.
    paths: usize,
    paths_resolved: usize,
    paths_need_types: usize,
    paths_unresolved: usize,
}

impl From<sem_hir::HirCounts> for HirFigures {
    fn from(counts: sem_hir::HirCounts) -> HirFigures {
        HirFigures {
            owners: counts.owners,
            bodies: counts.bodies,
            exprs: counts.exprs,
            pats: counts.pats,
            bindings: counts.bindings,
            body_macro_calls: counts.body_macro_calls,
            body_macro_calls_expanded: counts.body_macro_calls_expanded,
            paths: counts.paths,
            paths_resolved: counts.paths_resolved,
            paths_need_types: counts.paths_need_types,
            paths_unresolved: counts.paths_unresolved,
        }
    }
}

#[derive(Serialize, Debug)]
struct CrateStats {
    /// Whether the crate is the workspace's own (its root file is in a workspace root: a member
    /// or local path package of a Cargo workspace, any crate of a folder or file); the text
    /// table shows only these without `--all`.
    #[serde(skip)]
    own: bool,
    name: String,
    /// The Cargo package of the crate; `null` for crates of folders and detached files.
    package: Option<String>,
    kind: &'static str,
    root: String,
    edition: &'static str,
    #[serde(flatten)]
    figures: Figures,
    #[serde(flatten)]
    definitions: DefinitionFigures,
    #[serde(flatten)]
    hir: HirFigures,
}

#[derive(Serialize, Debug)]
struct Totals {
    crates: usize,
    roots: usize,
    /// Files that no crate of the project reaches, each analyzed as a detached crate.
    detached_crates: usize,
    #[serde(flatten)]
    figures: Figures,
    #[serde(flatten)]
    definitions: DefinitionFigures,
    #[serde(flatten)]
    hir: HirFigures,
}

#[derive(Serialize, Debug)]
struct Report {
    project: String,
    kind: &'static str,
    crates: Vec<CrateStats>,
    totals: Totals,
    /// Milliseconds per phase.
    timings: serde_json::Map<String, serde_json::Value>,
    load_errors: Vec<String>,
    warnings: Vec<String>,
}

/// What `sem stats` prints.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StatsOutput {
    /// One JSON object (every crate) instead of the text table.
    pub(crate) json: bool,
    /// Every crate of the graph in the text table, not only the workspace's own.
    pub(crate) all: bool,
}

pub(crate) fn run(
    path: &std::path::Path,
    output: StatsOutput,
    eager: bool,
    loading: &crate::analysis::Loading,
) -> anyhow::Result<()> {
    let analysis = Analysis::run(path, eager, loading)?;
    let report = report(path, &analysis);
    if output.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print_text(&report, output.all);
    }
    // The process ends next, which frees the database at once: dropping its values one by one
    // took longer than resolving every crate on the corpus (about 2 s).
    std::mem::forget(analysis);
    Ok(())
}

fn report(path: &std::path::Path, analysis: &Analysis) -> Report {
    let db = &analysis.db;
    let sources = &analysis.sources;
    // Texts read on demand may have added load errors during the phases: read them last.
    let load_errors = analysis.project.errors.to_vec();
    let errors_by_path: HashMap<&std::path::Path, usize> =
        load_errors.iter().fold(HashMap::new(), |mut counts, error| {
            *counts.entry(error.path.as_path()).or_default() += 1;
            counts
        });
    let load_errors_of =
        |file: &FilePath| errors_by_path.get(absolute_path(sources, file).as_path()).copied().unwrap_or(0);

    let workspace = db.workspace();
    let mut crates = Vec::new();
    let mut all_definitions = DefinitionFigures::default();
    let mut all_hir = sem_hir::HirCounts::default();
    for &krate in workspace.crates(db) {
        let data = krate.data(db);
        let own = sources.root(data.root_file.root).is_some_and(|root| root.kind == RootKind::Workspace);
        let definitions = definition_figures(db, krate);
        all_definitions += definitions;
        let hir = sem_hir::HirCounts::of_crate(db, krate);
        all_hir += hir;
        let mut figures = Figures::default();
        for &file in crate_files(db, krate).files.iter() {
            add_file(db, &mut figures, file, data.edition);
            figures.load_errors += load_errors_of(file.path(db));
        }
        crates.push(CrateStats {
            own,
            name: data.display_name.to_string(),
            package: data.package.as_ref().map(ToString::to_string),
            kind: data.target_kind.as_str(),
            root: absolute_path(sources, &data.root_file).display().to_string(),
            edition: data.edition.as_str(),
            figures,
            definitions,
            hir: hir.into(),
        });
    }

    let mut totals = Figures::default();
    let editions = crate::analysis::root_editions(sources, Edition::Edition2021);
    for file in crate::analysis::all_files(db) {
        add_file(db, &mut totals, file, editions[&file.path(db).root]);
    }
    totals.load_errors = load_errors.len();
    // `sources` is the project's graph plus one crate per file that no crate reaches.
    let detached_crates = sources.crate_graph().len() - analysis.project.sources.crate_graph().len();

    let mut timings = serde_json::Map::new();
    let mut total = 0.0;
    for (phase, duration) in &analysis.timings {
        let ms = duration.as_secs_f64() * 1000.0;
        total += ms;
        timings.insert(format!("{phase}_ms"), round(ms).into());
    }
    timings.insert("total_ms".to_owned(), round(total).into());

    Report {
        project: path.display().to_string(),
        kind: match analysis.project.kind {
            ProjectKind::CargoWorkspace { .. } => "cargo-workspace",
            ProjectKind::Folder => "folder",
            ProjectKind::File => "file",
        },
        totals: Totals {
            crates: crates.len(),
            roots: sources.root_count(),
            detached_crates,
            figures: totals,
            definitions: all_definitions,
            hir: all_hir.into(),
        },
        crates,
        timings,
        load_errors: load_errors.iter().map(LoadError::to_string).collect(),
        warnings: analysis.project.warnings.iter().map(ToString::to_string).collect(),
    }
}

/// The figures of `krate`'s module tree (computed in the `definitions` phase).
fn definition_figures(db: &dyn Db, krate: CrateInput) -> DefinitionFigures {
    let tree = crate_module_tree(db, krate);
    let (imports_resolved, imports_unresolved) = sem_db::nameres::crate_def_map(db, krate).import_counts();
    let mut figures = DefinitionFigures {
        modules: tree.modules.len(),
        module_errors: tree.diagnostics.len(),
        imports_resolved,
        imports_unresolved,
        ..DefinitionFigures::default()
    };
    figures.macro_calls_expanded = tree.expanded_macro_calls;
    figures.builtin_derives = tree.derive_fragments().len();
    for expn in tree.fragments() {
        let fragment = collect_definitions(db, expn);
        figures.module_errors +=
            fragment.diagnostics.iter().filter(|it| it.kind.severity() == sem_db::diagnostics::Severity::Error).count();
        figures.items += fragment.definitions.iter().filter(|it| it.kind != DefKind::Module).count();
        figures.macro_calls +=
            fragment.expansion_points.iter().filter(|it| matches!(it, ExpansionPoint::MacroCall { .. })).count();
    }
    // Built-in derives are expansion points of the fragments above, counted apart.
    figures.macro_calls = figures.macro_calls.saturating_sub(figures.builtin_derives);
    // Every `use` leaf and `extern crate`, each resolved or not.
    figures.imports = imports_resolved + imports_unresolved;
    figures
}

fn round(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}

fn add_file(db: &dyn Db, figures: &mut Figures, file: SourceFile, edition: Edition) {
    let text = file.text(db).get();
    let tokens = tokens(db, file, edition);
    figures.files += 1;
    figures.bytes += text.len();
    figures.lines += line_count(text);
    figures.tokens += tokens.len();
    figures.lex_errors += tokens.error_count();
    figures.syntax_errors += syntax_errors(db, file, edition).len();
}

/// Lines as an editor counts them: a last line without a newline still counts.
fn line_count(text: &str) -> usize {
    let newlines = text.bytes().filter(|&byte| byte == b'\n').count();
    newlines + usize::from(!text.is_empty() && !text.ends_with('\n'))
}

/// The crate's name, followed by its package's when that is another name (`xcrate (cfg-if)`).
fn label(krate: &CrateStats) -> String {
    match &krate.package {
        Some(package) if package.replace('-', "_") != krate.name => format!("{} ({package})", krate.name),
        _ => krate.name.clone(),
    }
}

/// The table: the workspace's own crates (every crate with `all`), then the totals: of the rows
/// shown (sums of the rows) when some are left out, and of the whole graph (every file once).
fn print_text(report: &Report, all: bool) {
    let shown: Vec<&CrateStats> = report.crates.iter().filter(|krate| all || krate.own).collect();
    let hidden = report.crates.len() - shown.len();
    let shown_label = format!("total, {} crates shown", shown.len());
    let all_label = format!("total, all {} crates", report.crates.len());
    let name_width = shown
        .iter()
        .map(|krate| label(krate).len())
        .chain([all_label.len(), if hidden > 0 { shown_label.len() } else { 0 }])
        .max()
        .unwrap_or(5)
        .clamp(5, 48);
    println!("{} ({})", report.project, report.kind);
    println!(
        "{:<name_width$}  {:<11}  {:>7}  {:>6}  {:>11}  {:>9}  {:>10}  {:>10}  {:>13}  {:>11}  {:>7}  {:>7}  {:>6}  {:>7}",
        "crate",
        "kind",
        "edition",
        "files",
        "bytes",
        "lines",
        "tokens",
        "lex errors",
        "syntax errors",
        "load errors",
        "modules",
        "items",
        "macros",
        "imports"
    );
    let row = |name: &str, kind: &str, edition: &str, figures: &Figures, definitions: &DefinitionFigures| {
        println!(
            "{:<name_width$}  {:<11}  {:>7}  {:>6}  {:>11}  {:>9}  {:>10}  {:>10}  {:>13}  {:>11}  {:>7}  {:>7}  {:>6}  {:>7}",
            name,
            kind,
            edition,
            figures.files,
            figures.bytes,
            figures.lines,
            figures.tokens,
            figures.lex_errors,
            figures.syntax_errors,
            figures.load_errors,
            definitions.modules,
            definitions.items,
            definitions.macro_calls,
            definitions.imports
        );
    };
    for krate in &shown {
        row(&label(krate), krate.kind, krate.edition, &krate.figures, &krate.definitions);
    }
    if hidden > 0 {
        let (mut figures, mut definitions) = (Figures::default(), DefinitionFigures::default());
        for krate in &shown {
            figures += krate.figures;
            definitions += krate.definitions;
        }
        row(&shown_label, "", "", &figures, &definitions);
    }
    row(&all_label, "", "", &report.totals.figures, &report.totals.definitions);
    if hidden > 0 {
        println!(
            "{} of {} crates shown, the workspace's own (--all shows every one); {} detached crates, {} source roots",
            shown.len(),
            report.totals.crates,
            report.totals.detached_crates,
            report.totals.roots
        );
    } else {
        println!(
            "{} crates ({} detached), {} source roots",
            report.totals.crates, report.totals.detached_crates, report.totals.roots
        );
    }
    let timings: Vec<String> = report
        .timings
        .iter()
        .map(|(phase, ms)| format!("{} {:.1} ms", phase.trim_end_matches("_ms"), ms.as_f64().unwrap_or(0.0)))
        .collect();
    println!("time: {}", timings.join(", "));
    const SHOWN: usize = 20;
    for error in report.load_errors.iter().take(SHOWN) {
        println!("load error: {error}");
    }
    if report.load_errors.len() > SHOWN {
        println!("… and {} more load errors (see --format json)", report.load_errors.len() - SHOWN);
    }
    for warning in &report.warnings {
        println!("warning: {warning}");
    }
}

//! `sem check`: every syntax error and load error of a project, rustc-style or as JSON lines.

use std::{
    io::IsTerminal,
    path::{Path, PathBuf},
    process::ExitCode,
    time::Instant,
};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use rustc_hash::FxHashSet;
use sem_db::{
    Db, SourceFile,
    diagnostics::{DiagnosticCode, DiagnosticKind, Phase, Severity},
    syntax::{crate_files, syntax_errors},
};
use sem_sources::{Edition, RootKind, Sources};
use serde::Serialize;

use crate::{
    analysis::{Analysis, absolute_path, progress_bar},
    output::Output,
};

/// One problem found, as `--format json` prints it (one object per line).
#[derive(Serialize, Debug)]
struct Diagnostic {
    /// The file, relative to the current directory when it is inside it.
    file: String,
    /// The 1-based line of the start of the range; `null` for a load error.
    line: Option<usize>,
    /// The 1-based column of the start of the range, in characters; `null` for a load error.
    column: Option<usize>,
    /// The byte range in the file; `null` for a load error.
    range: Option<[usize; 2]>,
    /// `error`, or `warning` for what the analysis could not do (a procedural macro that is
    /// not registered), which does not fail the check.
    severity: &'static str,
    /// `load`, `syntax`, `module-tree`, `cfg`, `expand` or `resolve` (`sem_db::diagnostics::Phase`).
    phase: &'static str,
    /// The stable code: rustc's (`E0432`) where rustc has one, else sem's (`unresolved-macro`).
    code: &'static str,
    message: String,
}

/// What kind of problem a diagnostic is: its phase, code and severity.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Class {
    phase: Phase,
    code: DiagnosticCode,
    severity: Severity,
}

impl Class {
    fn of(kind: &dyn DiagnosticKind) -> Class {
        Class { phase: kind.phase(), code: kind.code(), severity: kind.severity() }
    }

    const SYNTAX: Class = Class { phase: Phase::Syntax, code: DiagnosticCode::SYNTAX_ERROR, severity: Severity::Error };
    const LOAD: Class = Class { phase: Phase::Load, code: DiagnosticCode::LOAD_ERROR, severity: Severity::Error };
}

/// Runs `sem check` on `path`: exit code 1 when there are errors, 0 when there are none.
pub(crate) fn run(path: &Path, deps: bool, json: bool, loading: &crate::analysis::Loading) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let analysis = Analysis::load(path, loading)?;
    for warning in &analysis.project.warnings {
        eprintln!("warning: {warning}");
    }
    let files = files_to_check(&analysis.db, &analysis.sources, deps);
    let cwd = std::env::current_dir().unwrap_or_default();
    let renderer = if !json && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let printer = Printer { renderer, json };
    let mut out = Output::stdout();
    let mut error_count = 0usize;
    // Limits of the analysis (procedural macros that are not registered), which do not fail
    // the check.
    let mut warning_count = 0usize;
    // The files with an error of either phase, on disk.
    let mut files_with_errors: FxHashSet<PathBuf> = FxHashSet::default();

    let progress = progress_bar(files.len() as u64);
    progress.set_message("checking");
    // Asked once, outside `suspend`: the bar's state is locked while a `suspend` closure runs.
    let progress_is_drawn = !progress.is_hidden();
    for &(file, edition) in &files {
        let db = &analysis.db;
        let errors = syntax_errors(db, file, edition);
        // The same parse gave the item summary, which the module trees below read.
        sem_db::syntax::item_summary(db, file, edition);
        if !errors.is_empty() {
            error_count += errors.len();
            let text = file.text(db).get();
            let absolute = absolute_path(&analysis.sources, file.path(db));
            let display = display_path(&absolute, &cwd);
            files_with_errors.insert(absolute);
            let lines = LineIndex::new(text);
            for error in errors.iter() {
                let range = (error.range().start().into(), error.range().end().into());
                let printed = printer.located(&display, text, &lines, range, Class::SYNTAX, error.message())?;
                // While a progress bar is drawn (on a terminal), each error is written out at
                // once with the bar cleared, so the two never mix.
                progress.suspend(|| {
                    out.write(&printed);
                    if progress_is_drawn {
                        out.flush();
                    }
                });
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();

    // Module files that are missing or circular, invalid `cfg` predicates, macros that fail or
    // run out of fuel, macros and imports that name nothing: what the module tree and the def
    // map of each checked crate find, each once even when files are shared by crates.
    let item_errors = item_diagnostics(&analysis.db, &analysis.sources, deps);
    for ItemDiagnostic { file, range: (start, end), class, message } in item_errors {
        let db = &analysis.db;
        let text = file.text(db).get();
        let absolute = absolute_path(&analysis.sources, file.path(db));
        let display = display_path(&absolute, &cwd);
        let lines = LineIndex::new(text);
        // The item's first line is enough to say which item it is.
        let start = start.min(text.len());
        let first_line_end = text[start..].find('\n').map_or(text.len(), |newline| start + newline);
        let range = (start, end.min(first_line_end));
        out.write(&printer.located(&display, text, &lines, range, class, &message)?);
        match class.severity {
            Severity::Warning => warning_count += 1,
            Severity::Error => {
                files_with_errors.insert(absolute);
                error_count += 1;
            }
        }
    }

    // Texts are read on demand, so their load errors are known only now.
    let load_roots = load_error_roots(&analysis.sources, deps);
    for error in analysis.project.errors.to_vec() {
        if !load_roots.iter().any(|root| error.path.starts_with(root)) {
            continue;
        }
        error_count += 1;
        let display = display_path(&error.path, &cwd);
        let diagnostic = Diagnostic {
            file: display.clone(),
            line: None,
            column: None,
            range: None,
            severity: Class::LOAD.severity.as_str(),
            phase: Class::LOAD.phase.as_str(),
            code: Class::LOAD.code.as_str(),
            message: error.kind.to_string(),
        };
        let printed = if json {
            serde_json::to_string(&diagnostic)? + "\n"
        } else {
            // No snippet: the text is unreadable or was never there.
            let title = Level::ERROR.primary_title(diagnostic.message.as_str()).id(diagnostic.code);
            let report = &[annotate_snippets::Group::with_title(title)];
            format!("{}\n --> {display}\n\n", printer.renderer.render(report))
        };
        out.write(&printed);
        files_with_errors.insert(error.path);
    }
    let warnings = if warning_count > 0 { format!(" and {}", plural(warning_count, "warning")) } else { String::new() };
    let summary = format!(
        "{}{warnings} in {} ({} checked) in {:.2} s",
        plural(error_count, "error"),
        plural(files_with_errors.len(), "file"),
        plural(files.len(), "file"),
        start.elapsed().as_secs_f64()
    );
    if json {
        eprintln!("{summary}");
    } else {
        out.write(&format!("{summary}\n"));
    }
    out.flush();
    Ok(if error_count > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// How diagnostics are printed: JSON lines, or rustc-style snippets with `renderer`.
struct Printer {
    renderer: Renderer,
    json: bool,
}

impl Printer {
    /// One diagnostic at `start..end` of `text`, the text of the file shown as `display`.
    fn located(
        &self,
        display: &str,
        text: &str,
        lines: &LineIndex,
        (start, end): (usize, usize),
        class: Class,
        message: &str,
    ) -> anyhow::Result<String> {
        let range = clamp_range(text, start, end);
        let (line, column) = lines.line_column(text, range.start);
        let diagnostic = Diagnostic {
            file: display.to_owned(),
            line: Some(line),
            column: Some(column),
            range: Some([range.start, range.end]),
            severity: class.severity.as_str(),
            phase: class.phase.as_str(),
            code: class.code.as_str(),
            message: message.to_owned(),
        };
        Ok(if self.json {
            serde_json::to_string(&diagnostic)? + "\n"
        } else {
            render_snippet(&self.renderer, &diagnostic, text, lines, range)
        })
    }
}

/// A problem with an item, found after parsing: where the item starts in its file, and in which
/// phase it was found.
#[derive(Clone, PartialEq, Eq, Hash)]
struct ItemDiagnostic {
    file: SourceFile,
    range: (usize, usize),
    /// Its phase, code and severity (a warning is a limit of the analysis, such as a procedural
    /// macro that is not registered, not an error).
    class: Class,
    message: String,
}

/// The diagnostics of the module trees and def maps of the checked crates (those of the
/// workspace, or all with `deps`), each with the file and range of the item it is about (an item
/// made by a macro is reported at the call), without duplicates, in file and position order.
fn item_diagnostics(db: &dyn Db, sources: &Sources, deps: bool) -> Vec<ItemDiagnostic> {
    let mut found: Vec<ItemDiagnostic> = Vec::new();
    let mut seen: FxHashSet<ItemDiagnostic> = FxHashSet::default();
    for &krate in db.workspace().crates(db) {
        let data = krate.data(db);
        let in_workspace = sources.root(data.root_file.root).is_some_and(|root| root.kind == RootKind::Workspace);
        if !deps && !in_workspace {
            continue;
        }
        let tree = sem_db::nameres::crate_module_tree(db, krate);
        // The item each diagnostic is about, in the fragment of an expansion.
        let mut about: Vec<(sem_db::expand::ExpnId, sem_db::ids::ItemIndex, Class, String)> = Vec::new();
        let mut add = |expn, item, kind: &dyn DiagnosticKind| about.push((expn, item, Class::of(kind), kind.message()));
        let point_item = |diagnostic: &sem_db::nameres::ModuleDiagnostic| {
            let fragment = sem_db::expand::collect_definitions(db, diagnostic.expansion);
            match fragment.expansion_point(diagnostic.expansion_point?)? {
                sem_db::expand::ExpansionPoint::Module { definition, .. } => {
                    Some(fragment.definition(*definition)?.item)
                }
                // A macro that failed or reached a fuel limit, reported at the call.
                sem_db::expand::ExpansionPoint::MacroCall { item, .. } => Some(*item),
            }
        };
        // `None`: a problem of the crate as a whole (its root file is missing).
        for diagnostic in tree.diagnostics.iter().chain(&tree.unregistered_macros).chain(&tree.macro_diagnostics) {
            if let Some(item) = point_item(diagnostic) {
                add(diagnostic.expansion, item, &diagnostic.kind);
            }
        }
        // Built-in derives are not expanded by the module tree: their errors (`Default` on an
        // enum without `#[default]`) are found here.
        for child in tree.derive_fragments() {
            let Some(error) = &sem_db::expand::macro_expansion(db, child).error else { continue };
            let Some(parent) = child.parent(db) else { continue };
            let fragment = sem_db::expand::collect_definitions(db, parent);
            if let Some(sem_db::expand::ExpansionPoint::MacroCall { item, .. }) =
                child.point_index(db).and_then(|index| fragment.expansion_point(index))
            {
                add(parent, *item, error);
            }
        }
        for expn in tree.fragments() {
            for diagnostic in &sem_db::expand::collect_definitions(db, expn).diagnostics {
                add(expn, diagnostic.item, &diagnostic.kind);
            }
        }
        for import in &sem_db::nameres::crate_def_map(db, krate).imports {
            let sem_db::nameres::ImportStatus::Unresolved(reason) = &import.status else { continue };
            let fragment = sem_db::expand::collect_definitions(db, import.expansion);
            let Some(definition) = fragment.definition(import.definition) else { continue };
            add(import.expansion, definition.item, reason);
        }
        for (expn, item, class, message) in about {
            // An item of a macro expansion is reported at the call that made it.
            let Some((expn, item)) = sem_db::expand::item_in_file(db, expn, item) else { continue };
            let Some(located) = sem_db::expand::locate_tokens(db, expn) else { continue };
            let positions = sem_db::syntax::item_positions(db, located.file, data.edition);
            let Some(range) = positions.ranges.get(item.index()) else { continue };
            let diagnostic = ItemDiagnostic {
                file: located.file,
                range: (range.start().into(), range.end().into()),
                class,
                message,
            };
            if seen.insert(diagnostic.clone()) {
                found.push(diagnostic);
            }
        }
    }
    found.sort_by(|a, b| a.file.path(db).cmp(b.file.path(db)).then(a.range.cmp(&b.range)));
    found
}

/// `1 error`, `2 errors`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 { format!("{count} {noun}") } else { format!("{count} {noun}s") }
}

/// The files of the workspace's own crates (every crate with `deps`), each once, with the
/// edition of the first crate that reaches it, sorted by path.
fn files_to_check(db: &dyn Db, sources: &Sources, deps: bool) -> Vec<(SourceFile, Edition)> {
    let mut seen: FxHashSet<SourceFile> = FxHashSet::default();
    let mut files = Vec::new();
    for &krate in db.workspace().crates(db) {
        let data = krate.data(db);
        let in_workspace = sources.root(data.root_file.root).is_some_and(|root| root.kind == RootKind::Workspace);
        if !deps && !in_workspace {
            continue;
        }
        for &file in crate_files(db, krate).files.iter() {
            if seen.insert(file) {
                files.push((file, data.edition));
            }
        }
    }
    files.sort_by(|(a, _), (b, _)| a.path(db).cmp(b.path(db)));
    files
}

/// The directories whose load errors concern the checked crates: those of the workspace roots
/// (of every root with `deps`).
fn load_error_roots(sources: &Sources, deps: bool) -> Vec<PathBuf> {
    sources
        .roots()
        .filter(|(_, root)| deps || root.kind == RootKind::Workspace)
        .filter_map(|(_, root)| root.origin.clone())
        .collect()
}

/// `path` relative to `cwd` when it is inside it, as rustc prints paths given relative.
fn display_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// `start..end` made safe to slice `text` with: inside it, on character boundaries, ordered.
fn clamp_range(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let end = text.floor_char_boundary(end.min(text.len()));
    let start = text.floor_char_boundary(start.min(end));
    start..end
}

/// The start of every line of a text, to turn offsets into lines and columns.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(index, _)| index + 1));
        LineIndex { starts }
    }

    /// The 0-based line holding `offset`.
    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// The 1-based line and column (in characters, as rustc counts them) of `offset`, which
    /// must be a character boundary of `text`.
    fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let column = text[self.starts[line]..offset].chars().count();
        (line + 1, column + 1)
    }

    /// The byte range of the lines that `range` touches, without the last line's newline.
    fn lines_of(&self, text: &str, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        let first = self.starts[self.line(range.start)];
        let last = self.line(range.end);
        let end = self.starts.get(last + 1).map_or(text.len(), |&next| next - 1);
        first..end.max(first)
    }
}

/// The error as rustc prints one: `error: message`, ` --> file:line:column`, and the lines of
/// the range with the range underlined.
fn render_snippet(
    renderer: &Renderer,
    diagnostic: &Diagnostic,
    text: &str,
    lines: &LineIndex,
    range: std::ops::Range<usize>,
) -> String {
    // Only the lines of the range go to the renderer, so a file with many errors is not
    // scanned again for each of them.
    let shown = lines.lines_of(text, &range);
    let source = &text[shown.clone()];
    let span = (range.start - shown.start)..(range.end - shown.start).min(source.len());
    let level = if diagnostic.severity == "warning" { Level::WARNING } else { Level::ERROR };
    let report = &[level.primary_title(diagnostic.message.as_str()).id(diagnostic.code).element(
        Snippet::source(source)
            .line_start(lines.line(range.start) + 1)
            .path(diagnostic.file.as_str())
            .annotation(AnnotationKind::Primary.span(span)),
    )];
    renderer.render(report) + "\n\n"
}

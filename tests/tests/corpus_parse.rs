//! sem's parser on every file of the corpus of real code (`corpus/Cargo.toml`), each in its
//! package's edition, compared with rust-analyzer's published parser (`ra_ap_syntax`).
//!
//! The test fails when
//! - parsing a file panics (each file is parsed under `catch_unwind`, and all panics are listed);
//! - a tree's text is not the file's text;
//! - sem reports an error on a file that `ra_ap_syntax` parses without any error, whatever the
//!   list below says;
//! - the files on which sem reports errors are not exactly those of `tests/corpus-syntax-errors.txt`
//!   (a missing file, or a stale line for a file that sem now parses cleanly);
//! - for any file, errors or not, the tree parsed without building function bodies
//!   (`parse_source_file_without_bodies`, which name resolution and the error counts read) does
//!   not give the item summary and positions of the whole tree, or not its errors.
//!
//! `SEM_BLESS=1 cargo test -p sem-tests --test corpus_parse` rewrites that list, with the first
//! error of sem and the verdict of `ra_ap_syntax` for each file, instead of failing on its
//! differences; the other failures stay failures.

use std::{
    cell::RefCell,
    collections::BTreeMap,
    env, fmt, fs,
    panic::{self, AssertUnwindSafe},
    path::PathBuf,
    sync::{
        Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    thread,
    time::Instant,
};

use sem_syntax::Edition;
use sem_tests::corpus::{self, CorpusFile};

/// How many lines of each kind of failure a report shows.
const SHOWN: usize = 100;

/// The stack of each worker thread: deep nesting in real code must not overflow it in a debug
/// build, where frames are large.
const STACK_SIZE: usize = 64 << 20;

#[test]
fn corpus_parses_like_ra_ap_syntax() {
    let corpus = corpus::load().unwrap();
    let files: Vec<CorpusFile<'_>> = corpus.files().collect();
    let start = Instant::now();
    let outcomes = parse_all(&files);
    let elapsed = start.elapsed();

    let mut panics = Vec::new();
    let mut not_lossless = Vec::new();
    let mut accepted_by_ra = Vec::new();
    let mut summaries_differ = Vec::new();
    let mut with_errors = BTreeMap::new();
    for (file, outcome) in files.iter().zip(&outcomes) {
        let name = file.to_string();
        match outcome {
            Outcome::Panicked(message) => panics.push(format!("{name}: {message}")),
            Outcome::Parsed { lossless, first_error, ra, summaries_agree } => {
                if !lossless {
                    not_lossless.push(name.clone());
                }
                if !summaries_agree {
                    summaries_differ.push(name.clone());
                }
                if let Some(error) = first_error {
                    let ra = ra.as_ref().expect("ra_ap_syntax runs on every file with an error");
                    if matches!(ra, Ra::Accepts) {
                        accepted_by_ra.push(format!("{name}: sem: {error}"));
                    }
                    with_errors.insert(name, format!("sem: {error}; ra_ap_syntax: {ra}"));
                }
            }
        }
    }

    let list_path = list_path();
    let listed = read_list(&list_path);
    let missing: Vec<String> = with_errors
        .iter()
        .filter(|(name, _)| !listed.contains_key(*name))
        .map(|(name, reason)| line(name, reason))
        .collect();
    let stale: Vec<String> = listed
        .iter()
        .filter(|(name, _)| !with_errors.contains_key(*name))
        .map(|(name, reason)| line(name, reason))
        .collect();
    let bless = env::var_os("SEM_BLESS").is_some_and(|it| it == "1");
    if bless {
        write_list(&list_path, &with_errors);
    }

    let bytes: usize = files.iter().map(|it| it.text().len()).sum();
    eprintln!(
        "corpus_parse: {} files, {:.1} MB in {:.1} s; sem reports errors on {} files ({} of which ra_ap_syntax \
         accepts), {} panics, {} not lossless, {} summaries without bodies differ; list: {} lines, {} missing, {} stale{}; {} files left out as not \
         UTF-8",
        files.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        with_errors.len(),
        accepted_by_ra.len(),
        panics.len(),
        not_lossless.len(),
        summaries_differ.len(),
        listed.len(),
        missing.len(),
        stale.len(),
        if bless { " (blessed)" } else { "" },
        corpus.non_utf8_files.len(),
    );

    let mut report = String::new();
    section(&mut report, "parsing panicked on these files", &panics, usize::MAX);
    section(&mut report, "the tree's text is not the file's text for these files", &not_lossless, SHOWN);
    section(
        &mut report,
        "the item summary without function bodies is not the whole tree's for these files",
        &summaries_differ,
        SHOWN,
    );
    section(
        &mut report,
        "sem reports errors on these files, which ra_ap_syntax parses without error",
        &accepted_by_ra,
        SHOWN,
    );
    if !bless {
        let hint = "(SEM_BLESS=1 cargo test -p sem-tests --test corpus_parse rewrites the list)";
        section(
            &mut report,
            &format!("sem reports errors on these files, which {} does not list {hint}", list_path.display()),
            &missing,
            SHOWN,
        );
        section(
            &mut report,
            &format!(
                "{} lists these files, which sem now parses without error (stale lines) {hint}",
                list_path.display()
            ),
            &stale,
            SHOWN,
        );
    }
    assert!(report.is_empty(), "{report}");
}

/// What sem's parser says about one file, and, when it reports an error, what `ra_ap_syntax` says.
enum Outcome {
    Panicked(String),
    Parsed { lossless: bool, first_error: Option<String>, ra: Option<Ra>, summaries_agree: bool },
}

/// The verdict of `ra_ap_syntax` on a file (parse and validation errors alike).
enum Ra {
    Accepts,
    Rejects(String),
    Panicked(String),
}

impl fmt::Display for Ra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ra::Accepts => f.write_str("accepts"),
            Ra::Rejects(error) => write!(f, "rejects: {error}"),
            Ra::Panicked(message) => write!(f, "panics: {message}"),
        }
    }
}

/// Parses every file on worker threads, one outcome per file, in the order of `files`.
fn parse_all(files: &[CorpusFile<'_>]) -> Vec<Outcome> {
    let workers = thread::available_parallelism().map_or(2, |it| it.get()).clamp(1, 8);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::with_capacity(files.len()));

    // A panic is reported with the file it happened on; the default hook would print each one
    // to the terminal as it happens, so a quiet hook keeps the message for the report instead.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|it| *it.borrow_mut() = Some(info.to_string().replace('\n', " ")));
    }));
    thread::scope(|scope| {
        for _ in 0..workers {
            thread::Builder::new()
                .stack_size(STACK_SIZE)
                .spawn_scoped(scope, || {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(index) else { break };
                        mine.push((index, parse_one(file.text(), file.edition())));
                    }
                    results.lock().unwrap().extend(mine);
                })
                .expect("cannot spawn a worker thread");
        }
    });
    panic::set_hook(default_hook);

    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(index, _)| *index);
    assert_eq!(results.len(), files.len(), "a worker thread died");
    results.into_iter().map(|(_, outcome)| outcome).collect()
}

thread_local! {
    /// The message and location of the last panic on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into its message and location.
fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f))
        .map_err(|_| LAST_PANIC.with(|it| it.borrow_mut().take()).unwrap_or_else(|| "a panic".to_owned()))
}

fn parse_one(text: &str, edition: Edition) -> Outcome {
    let sem = catch(|| {
        let parse = sem_syntax::parse_source_file(text, edition);
        let lossless = parse.syntax_node().text() == text;
        let first_error = parse.errors().first().map(|error| {
            let start: u32 = error.range().start().into();
            format!("{} at {}", one_line(error.message()), line_column(text, start as usize))
        });
        // Name resolution summarizes files parsed without building function bodies, and the
        // error counts come from that parse: both must be what the whole tree gives.
        let summaries_agree = {
            let without_bodies = sem_syntax::parse_source_file_without_bodies(text, edition);
            without_bodies.syntax_node().text() == text
                && without_bodies.errors() == parse.errors()
                && sem_db::syntax::summarize_source_file(&without_bodies.tree())
                    == sem_db::syntax::summarize_source_file(&parse.tree())
        };
        (lossless, first_error, summaries_agree)
    });
    let (lossless, first_error, summaries_agree) = match sem {
        Ok(it) => it,
        Err(message) => return Outcome::Panicked(message),
    };
    // `ra_ap_syntax` only matters where sem reports an error, so it only runs there.
    let ra = first_error.is_some().then(|| ra_verdict(text, edition));
    Outcome::Parsed { lossless, first_error, ra, summaries_agree }
}

fn ra_verdict(text: &str, edition: Edition) -> Ra {
    let edition = match edition {
        Edition::Edition2015 => ra_ap_syntax::Edition::Edition2015,
        Edition::Edition2018 => ra_ap_syntax::Edition::Edition2018,
        Edition::Edition2021 => ra_ap_syntax::Edition::Edition2021,
        Edition::Edition2024 => ra_ap_syntax::Edition::Edition2024,
    };
    let errors = catch(|| ra_ap_syntax::SourceFile::parse(text, edition).errors());
    match errors {
        Ok(errors) => match errors.first() {
            None => Ra::Accepts,
            Some(error) => {
                let start: u32 = error.range().start().into();
                Ra::Rejects(format!("{} at {}", one_line(&error.to_string()), line_column(text, start as usize)))
            }
        },
        Err(message) => Ra::Panicked(message),
    }
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> String {
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |it| it.chars().count()) + 1;
    format!("{line}:{column}")
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn list_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus-syntax-errors.txt")
}

fn line(name: &str, reason: &str) -> String {
    format!("{name}: {reason}")
}

/// Reads the committed list: file name to reason; `#` starts a comment line.
fn read_list(path: &PathBuf) -> BTreeMap<String, String> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => panic!("cannot read {}: {error}", path.display()),
    };
    let mut list = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("{}:{}: not `file: reason`: {line}", path.display(), index + 1));
        list.insert(name.to_owned(), reason.to_owned());
    }
    list
}

fn write_list(path: &PathBuf, with_errors: &BTreeMap<String, String>) {
    let mut text = String::from(
        "# The files of the corpus (corpus/Cargo.toml) on which sem's parser reports errors, one per line:\n\
         # `package-version/path: sem: <first error>; ra_ap_syntax: <accepts | rejects: first error>`.\n\
         # Checked, and rewritten with SEM_BLESS=1, by `cargo test -p sem-tests --test corpus_parse`.\n",
    );
    for (name, reason) in with_errors {
        text.push_str(&line(name, reason));
        text.push('\n');
    }
    fs::write(path, text).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

fn section(report: &mut String, title: &str, lines: &[String], shown: usize) {
    if lines.is_empty() {
        return;
    }
    report.push_str(&format!("\n{title} ({}):\n", lines.len()));
    for line in lines.iter().take(shown) {
        report.push_str(&format!("  {line}\n"));
    }
    if lines.len() > shown {
        report.push_str(&format!("  … and {} more\n", lines.len() - shown));
    }
}

//! Parser throughput and memory: sem's parser against its two anchors, rust-analyzer's published
//! parser (`ra_ap_syntax`) and `syn`, in the same run, on the corpus of real code.
//!
//! The input is every `.rs` file of the pinned crates.io corpus (`corpus/Cargo.toml`, loaded
//! through `sem_tests::corpus`, which fetches it with cargo on first use), each file in its
//! package's edition; texts are read before any timing. The three parsers:
//!
//! - sem: `sem_syntax::parse_source_file`, the tree and its errors, each tree with a node cache
//!   of its own; and again with `parse_source_file_with_cache` and one cache for all files, as
//!   sem's database builds trees (its memory figure includes the cache);
//! - `ra_ap_syntax::SourceFile::parse` and its `errors()` (parse and validation errors), each
//!   crate in its own edition;
//! - `syn::parse_file`, which knows no editions and stops at the first error (its failures are
//!   counted).
//!
//! A first pass parses every file once with each parser under `catch_unwind` and counts the files
//! with errors; a file on which any parser panics is left out of everything after, for all three.
//! Then each of `SEM_BENCH_ROUNDS` rounds (default 3) times each parser over all files (every
//! result dropped at once), in an order that rotates from round to round; the table gives the best
//! and the median round in MB/s. Last, for each parser in turn, all trees of the corpus are kept at
//! once in a `Vec` while a counting global allocator tracks the bytes allocated and not freed:
//! that is the memory held by the trees (errors included), reported in MB and per byte of source.
//! A JSON object with the same figures ends the output.
//!
//! Run with `cargo bench -p sem-benches --bench parser`.

#![allow(clippy::print_stdout)]
// A global allocator implements `GlobalAlloc`, an unsafe trait; the one below only forwards to
// the system allocator and counts.
#![allow(unsafe_code)]

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
    env,
    hint::black_box,
    panic::{self, AssertUnwindSafe},
    sync::atomic::{AtomicBool, AtomicIsize, Ordering},
    thread,
    time::{Duration, Instant},
};

use sem_syntax::Edition;

/// The system allocator, counting the bytes allocated and not yet freed while [`COUNTING`] is on.
struct CountingAllocator;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);

fn count(delta: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        LIVE.fetch_add(delta, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the
// `GlobalAlloc` contract; counting touches no memory that is handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees about `layout` are those `System.alloc` needs.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` (every allocation goes through this wrapper)
        // with `layout`, as the caller guarantees.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`, and the caller guarantees `new_size` is valid for `layout`.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The stack of the thread that parses: `syn` is recursive, and real code nests deeply at times.
const STACK_SIZE: usize = 512 << 20;

/// One file to parse.
struct Input<'a> {
    text: &'a str,
    edition: Edition,
    ra_edition: ra_ap_syntax::Edition,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Parser {
    /// `parse_source_file`: each tree built with a node cache of its own, as a tool that parses
    /// one file at a time does.
    Sem,
    /// `parse_source_file_with_cache` with one node cache for the whole corpus, as sem's database
    /// builds trees: identical tokens and small nodes of all files are stored once.
    SemSharedCache,
    Ra,
    Syn,
}

impl Parser {
    const ALL: [Parser; 4] = [Parser::Sem, Parser::SemSharedCache, Parser::Ra, Parser::Syn];

    /// Whether this is one of the anchors sem is compared with.
    fn is_anchor(self) -> bool {
        matches!(self, Parser::Ra | Parser::Syn)
    }

    fn name(self) -> &'static str {
        match self {
            Parser::Sem => "sem",
            Parser::SemSharedCache => "sem_shared_cache",
            Parser::Ra => "ra_ap_syntax",
            Parser::Syn => "syn",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Parser::Sem => "sem (parse_source_file)",
            Parser::SemSharedCache => "sem (one cache for all files)",
            Parser::Ra => "ra_ap_syntax (SourceFile::parse)",
            Parser::Syn => "syn (parse_file)",
        }
    }

    /// Parses `input` and says whether the parser reported an error.
    fn has_errors(self, input: &Input<'_>) -> bool {
        match self {
            Parser::Sem | Parser::SemSharedCache => !parse_sem(input).errors().is_empty(),
            Parser::Ra => !parse_ra(input).1.is_empty(),
            Parser::Syn => parse_syn(input).is_err(),
        }
    }

    /// Parses every input, dropping each result at once.
    fn parse_all(self, inputs: &[Input<'_>]) {
        if self == Parser::SemSharedCache {
            let mut cache = sem_syntax::NodeCache::new();
            for input in inputs {
                drop(black_box(parse_sem_with_cache(black_box(input), &mut cache)));
            }
            return;
        }
        for input in inputs {
            match self {
                Parser::Sem | Parser::SemSharedCache => drop(black_box(parse_sem(black_box(input)))),
                Parser::Ra => drop(black_box(parse_ra(black_box(input)))),
                Parser::Syn => drop(black_box(parse_syn(black_box(input)))),
            }
        }
    }

    /// The bytes held by the results of parsing every input, all kept at once.
    fn held_bytes(self, inputs: &[Input<'_>]) -> isize {
        match self {
            Parser::Sem => held_bytes(inputs, parse_sem),
            Parser::SemSharedCache => held_bytes_with_shared_cache(inputs),
            Parser::Ra => held_bytes(inputs, |input| parse_ra(input).0),
            Parser::Syn => held_bytes(inputs, parse_syn),
        }
    }
}

fn parse_sem(input: &Input<'_>) -> sem_syntax::Parse<sem_syntax::ast::SourceFile> {
    sem_syntax::parse_source_file(input.text, input.edition)
}

/// The tree and the errors of `ra_ap_syntax`: `errors()` adds the validation errors to those of
/// the parse, as rust-analyzer reports them.
fn parse_sem_with_cache(
    input: &Input<'_>,
    cache: &mut sem_syntax::NodeCache,
) -> sem_syntax::Parse<sem_syntax::ast::SourceFile> {
    sem_syntax::parse_source_file_with_cache(input.text, input.edition, cache)
}

fn parse_ra(input: &Input<'_>) -> (ra_ap_syntax::Parse<ra_ap_syntax::SourceFile>, Vec<ra_ap_syntax::SyntaxError>) {
    let parse = ra_ap_syntax::SourceFile::parse(input.text, input.ra_edition);
    let errors = parse.errors();
    (parse, errors)
}

fn parse_syn(input: &Input<'_>) -> syn::Result<syn::File> {
    syn::parse_file(input.text)
}

/// Parses every input, keeping all results at once, and returns the bytes they hold (the `Vec`
/// that keeps them included).
fn held_bytes<T>(inputs: &[Input<'_>], parse: impl Fn(&Input<'_>) -> T) -> isize {
    LIVE.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    let mut trees = Vec::with_capacity(inputs.len());
    for input in inputs {
        trees.push(parse(input));
    }
    let held = LIVE.load(Ordering::SeqCst);
    COUNTING.store(false, Ordering::SeqCst);
    drop(black_box(trees));
    held
}

/// [`held_bytes`] for trees built with one node cache, the cache included (it is created while
/// counting and kept until the count is read).
fn held_bytes_with_shared_cache(inputs: &[Input<'_>]) -> isize {
    LIVE.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    let mut cache = sem_syntax::NodeCache::new();
    let mut trees = Vec::with_capacity(inputs.len());
    for input in inputs {
        trees.push(parse_sem_with_cache(input, &mut cache));
    }
    let held = LIVE.load(Ordering::SeqCst);
    COUNTING.store(false, Ordering::SeqCst);
    drop(black_box((trees, cache)));
    held
}

fn main() {
    let corpus = sem_tests::corpus::load().unwrap_or_else(|error| panic!("{error:#}"));
    let rounds: usize = env::var("SEM_BENCH_ROUNDS").ok().and_then(|it| it.parse().ok()).unwrap_or(3).max(1);
    let inputs: Vec<Input<'_>> = corpus
        .files()
        .map(|file| Input { text: file.text(), edition: file.edition(), ra_edition: ra_edition(file.edition()) })
        .collect();
    thread::scope(|scope| {
        thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || run(inputs, rounds))
            .expect("cannot spawn the benchmark thread")
            .join()
            .expect("the benchmark panicked");
    });
}

fn ra_edition(edition: Edition) -> ra_ap_syntax::Edition {
    match edition {
        Edition::Edition2015 => ra_ap_syntax::Edition::Edition2015,
        Edition::Edition2018 => ra_ap_syntax::Edition::Edition2018,
        Edition::Edition2021 => ra_ap_syntax::Edition::Edition2021,
        Edition::Edition2024 => ra_ap_syntax::Edition::Edition2024,
    }
}

/// The figures of one parser.
struct Figures {
    parser: Parser,
    error_files: usize,
    times: Vec<Duration>,
    held: isize,
}

thread_local! {
    /// Whether a panic on this thread is expected (caught and counted) rather than reported.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

fn run(inputs: Vec<Input<'_>>, rounds: usize) {
    // The first pass: errors, and panics, which leave a file out.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !QUIET.get() {
            default_hook(info);
        }
    }));
    let mut figures: Vec<Figures> =
        Parser::ALL.iter().map(|&parser| Figures { parser, error_files: 0, times: Vec::new(), held: 0 }).collect();
    let mut kept = Vec::with_capacity(inputs.len());
    let mut panicked = [0usize; Parser::ALL.len()];
    QUIET.set(true);
    for input in inputs {
        let verdicts = Parser::ALL.map(|parser| panic::catch_unwind(AssertUnwindSafe(|| parser.has_errors(&input))));
        if verdicts.iter().all(Result::is_ok) {
            for (figures, verdict) in figures.iter_mut().zip(&verdicts) {
                figures.error_files += usize::from(verdict.as_ref().is_ok_and(|&it| it));
            }
            kept.push(input);
        } else {
            for (count, verdict) in panicked.iter_mut().zip(&verdicts) {
                *count += usize::from(verdict.is_err());
            }
        }
    }
    QUIET.set(false);
    let inputs = kept;
    let bytes: usize = inputs.iter().map(|it| it.text.len()).sum();
    let mb = bytes as f64 / 1e6;

    for round in 0..rounds {
        for offset in 0..figures.len() {
            let figures = &mut figures[(round + offset) % Parser::ALL.len()];
            let start = Instant::now();
            figures.parser.parse_all(&inputs);
            figures.times.push(start.elapsed());
        }
    }
    for figures in &mut figures {
        figures.held = figures.parser.held_bytes(&inputs);
    }

    let skipped = panicked.iter().zip(Parser::ALL).filter(|(count, _)| **count > 0);
    let skipped: Vec<String> = skipped.map(|(count, parser)| format!("{count} by {}", parser.name())).collect();
    println!(
        "parser benchmark: {} files, {mb:.2} MB, {rounds} rounds; files left out because a parser panicked: {}",
        inputs.len(),
        if skipped.is_empty() { "none".to_owned() } else { skipped.join(", ") }
    );
    println!(
        "{:<36} {:>11} {:>10} {:>10} {:>9} {:>9} {:>9} {:>12}",
        "parser", "error files", "best ms", "median ms", "best MB/s", "med MB/s", "held MB", "held/source"
    );
    for figures in &figures {
        let (best, median) = best_and_median(&figures.times);
        println!(
            "{:<36} {:>11} {:>10.1} {:>10.1} {:>9.1} {:>9.1} {:>9.1} {:>12.2}",
            figures.parser.label(),
            figures.error_files,
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            mb / best.as_secs_f64(),
            mb / median.as_secs_f64(),
            figures.held as f64 / 1e6,
            figures.held as f64 / bytes as f64
        );
    }
    for sem in figures.iter().filter(|it| !it.parser.is_anchor()) {
        for anchor in figures.iter().filter(|it| it.parser.is_anchor()) {
            let (sem_best, sem_median) = best_and_median(&sem.times);
            let (anchor_best, anchor_median) = best_and_median(&anchor.times);
            println!(
                "ratio {}/{}: throughput best {:.2}x, median {:.2}x; memory held {:.2}x",
                sem.parser.name(),
                anchor.parser.name(),
                anchor_best.as_secs_f64() / sem_best.as_secs_f64(),
                anchor_median.as_secs_f64() / sem_median.as_secs_f64(),
                sem.held as f64 / anchor.held as f64
            );
        }
    }

    let parsers: serde_json::Map<String, serde_json::Value> = figures
        .iter()
        .map(|figures| {
            let (best, median) = best_and_median(&figures.times);
            let value = serde_json::json!({
                "error_files": figures.error_files,
                "best_ms": best.as_secs_f64() * 1e3,
                "median_ms": median.as_secs_f64() * 1e3,
                "best_mb_per_s": mb / best.as_secs_f64(),
                "median_mb_per_s": mb / median.as_secs_f64(),
                "held_bytes": figures.held,
                "held_per_source_byte": figures.held as f64 / bytes as f64,
            });
            (figures.parser.name().to_owned(), value)
        })
        .collect();
    let panicked: serde_json::Map<String, serde_json::Value> =
        Parser::ALL.iter().zip(panicked).map(|(parser, count)| (parser.name().to_owned(), count.into())).collect();
    let json = serde_json::json!({
        "files": inputs.len(),
        "bytes": bytes,
        "rounds": rounds,
        "left_out_for_panics": panicked,
        "parsers": parsers,
    });
    println!("{json}");
}

fn best_and_median(times: &[Duration]) -> (Duration, Duration) {
    let mut sorted = times.to_vec();
    sorted.sort();
    (sorted[0], sorted[sorted.len() / 2])
}

//! What both halves of the def-map benchmark share (each includes this file as a module): the
//! counting allocator, the command line, the standard library's sources, and the timed, counted
//! pass over the def maps.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicUsize, Ordering},
    time::{Duration, Instant},
};

/// The system allocator, counting the bytes currently allocated and their peak.
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call goes to `System` unchanged; only the counters are updated around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        new
    }
}

/// Bytes allocated and not freed, now.
pub fn live() -> isize {
    LIVE.load(Ordering::Relaxed) as isize
}

/// Resident set size, from `/proc/self/statm` (0 where there is none).
pub fn rss() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|it| it.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// This thread's time on a processor and waiting for one, from `/proc/thread-self/schedstat`
/// (zero where there is none): on a busy machine the first is steadier than wall time.
pub fn thread_times() -> (Duration, Duration) {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let mut fields = schedstat.split_whitespace().map(|it| it.parse::<u64>().unwrap_or(0));
    let cpu = fields.next().unwrap_or(0);
    let waiting = fields.next().unwrap_or(0);
    (Duration::from_nanos(cpu), Duration::from_nanos(waiting))
}

pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

/// The command line of either half: `list WORKSPACE` prints the root file of every crate it
/// would measure; `measure --crates FILE --out FILE WORKSPACE` measures the crates whose root
/// file `FILE` lists. sem's half has `report` and `stages` too (see its `main`).
pub struct Args {
    pub command: String,
    pub crates: Option<PathBuf>,
    pub out: Option<PathBuf>,
    /// Everything else, in order.
    pub rest: Vec<String>,
}

pub fn args() -> Args {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let (mut crates, mut out, mut rest) = (None, None, Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--crates" => crates = args.next().map(PathBuf::from),
            "--out" => out = args.next().map(PathBuf::from),
            _ => rest.push(arg),
        }
    }
    Args { command, crates, out, rest }
}

/// The workspace argument, canonical.
pub fn workspace(args: &Args) -> PathBuf {
    let path = args.rest.first().unwrap_or_else(|| panic!("{}: a workspace path is needed", args.command));
    std::fs::canonicalize(path).unwrap_or_else(|error| panic!("cannot open {path}: {error}"))
}

/// The root files listed in `--crates`.
pub fn selected(args: &Args) -> BTreeSet<PathBuf> {
    let file = args.crates.as_ref().expect("--crates FILE");
    let text = std::fs::read_to_string(file).unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
    text.lines().filter(|line| !line.is_empty()).map(PathBuf::from).collect()
}

/// The toolchain's standard library sources (`rust-src`), as both analyzers are given them.
pub fn sysroot_src() -> PathBuf {
    let output = Command::new("rustc").args(["--print", "sysroot"]).output().expect("rustc runs");
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let library = sysroot.join("lib/rustlib/src/rust/library");
    assert!(
        library.join("core/src/lib.rs").is_file(),
        "{} has no standard library sources: `rustup component add rust-src`",
        library.display()
    );
    library
}

pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// What the timed, counted pass measured.
pub struct Pass {
    pub time: Duration,
    /// The time the thread was on a processor, and waiting for one.
    pub cpu: Duration,
    pub waiting: Duration,
    /// Bytes added by the def maps, every memo still held.
    pub held_bytes: isize,
    /// The same after an LRU eviction (a new revision).
    pub evicted_bytes: isize,
    /// The highest count during the def maps, above the count before them.
    pub peak_bytes: isize,
    pub rss_before: usize,
    pub rss_after: usize,
    /// What the pass counted: modules in all the def maps, or body owners lowered.
    pub modules: usize,
}

impl Pass {
    /// The pass's figures as JSON fields named `{prefix}_ms`, `{prefix}_cpu_ms`…
    pub fn json_fields(&self, prefix: &str, count_name: &str) -> serde_json::Map<String, serde_json::Value> {
        let mut fields = serde_json::Map::new();
        fields.insert(count_name.to_owned(), self.modules.into());
        fields.insert(format!("{prefix}_ms"), ms(self.time).into());
        fields.insert(format!("{prefix}_cpu_ms"), ms(self.cpu).into());
        fields.insert(format!("{prefix}_waiting_ms"), ms(self.waiting).into());
        fields.insert(format!("{prefix}_held_bytes"), self.held_bytes.into());
        fields.insert(format!("{prefix}_evicted_bytes"), self.evicted_bytes.into());
        fields.insert(format!("{prefix}_peak_bytes"), self.peak_bytes.into());
        fields
    }
}

/// Times `compute` (which returns the number of modules it found) over `db` and counts the
/// bytes it adds, those still there after `evict`, and its peak.
pub fn measure<D>(db: &mut D, compute: impl FnOnce(&D) -> usize, evict: impl FnOnce(&mut D)) -> Pass {
    let rss_before = rss();
    let before = live();
    PEAK.store(before as usize, Ordering::Relaxed);
    let (cpu_before, waiting_before) = thread_times();
    let start = Instant::now();
    let modules = compute(db);
    let time = start.elapsed();
    let (cpu_after, waiting_after) = thread_times();
    let (cpu, waiting) = (cpu_after - cpu_before, waiting_after - waiting_before);
    let peak_bytes = PEAK.load(Ordering::Relaxed) as isize - before;
    let held_bytes = live() - before;
    evict(db);
    let evicted_bytes = live() - before;
    Pass { time, cpu, waiting, held_bytes, evicted_bytes, peak_bytes, rss_before, rss_after: rss(), modules }
}

/// Loads with `load`, timed and counted.
pub fn load<T>(load: impl FnOnce() -> T) -> (T, Duration, isize) {
    let before = live();
    let start = Instant::now();
    let loaded = load();
    (loaded, start.elapsed(), live() - before)
}

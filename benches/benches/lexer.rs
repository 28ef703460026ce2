//! Lexer throughput: sem's lexer against its anchor, `rustc_lexer`'s `tokenize`, in the same run.
//!
//! The input is every `.rs` file under the directories in `SEM_BENCH_DIRS` (separated by `:`),
//! or by default under the package directories of the real Cargo workspace in
//! `tests/workspaces/tokio-serde-clap` (found with `cargo metadata`). Files are read before any
//! timing. Each round times both lexers over all files, in alternating order; the table gives the
//! best and the median round. `SEM_BENCH_ROUNDS` sets the number of rounds (default 15).
//!
//! Run with `cargo bench -p sem-benches --bench lexer`.

#![allow(clippy::print_stdout)]

use std::{
    collections::BTreeMap,
    env, fs,
    hint::black_box,
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use ra_ap_rustc_lexer::{FrontmatterAllowed, tokenize};
use sem_syntax::{Edition, LexedStr};

struct Input {
    text: String,
    edition: Edition,
}

fn main() {
    let rounds: usize = env::var("SEM_BENCH_ROUNDS").ok().and_then(|it| it.parse().ok()).unwrap_or(15);
    let dirs = input_dirs();
    let inputs = read_inputs(&dirs);
    let bytes: usize = inputs.iter().map(|it| it.text.len()).sum();
    if inputs.is_empty() {
        println!("no .rs files found under {dirs:?}");
        return;
    }

    // Warm up both, and check the lexer on the way.
    let mut tokens = 0;
    let mut errors = 0;
    for input in &inputs {
        let lexed = LexedStr::new(&input.text, input.edition);
        tokens += lexed.len();
        errors += lexed.errors().count();
    }
    let anchor_tokens: usize = inputs.iter().map(|it| anchor(&it.text)).sum();

    let mut sem_times = Vec::with_capacity(rounds);
    let mut anchor_times = Vec::with_capacity(rounds);
    for round in 0..rounds {
        if round % 2 == 0 {
            anchor_times.push(time(|| run_anchor(&inputs)));
            sem_times.push(time(|| run_sem(&inputs)));
        } else {
            sem_times.push(time(|| run_sem(&inputs)));
            anchor_times.push(time(|| run_anchor(&inputs)));
        }
    }

    let mb = bytes as f64 / 1e6;
    println!(
        "lexer benchmark: {} files, {:.2} MB, {} rounds ({} sem tokens, {} anchor tokens, {} sem errors)",
        inputs.len(),
        mb,
        rounds,
        tokens,
        anchor_tokens,
        errors
    );
    println!(
        "{:<28} {:>6} {:>7} {:>11} {:>11} {:>10} {:>10}",
        "lexer", "files", "MB", "best ms", "median ms", "best MB/s", "med MB/s"
    );
    let row = |name: &str, times: &[Duration]| {
        let (best, median) = best_and_median(times);
        println!(
            "{:<28} {:>6} {:>7.2} {:>11.2} {:>11.2} {:>10.1} {:>10.1}",
            name,
            inputs.len(),
            mb,
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            mb / best.as_secs_f64(),
            mb / median.as_secs_f64()
        );
    };
    row("anchor (rustc_lexer tokenize)", &anchor_times);
    row("sem (LexedStr::new)", &sem_times);
    let (sem_best, sem_median) = best_and_median(&sem_times);
    let (anchor_best, anchor_median) = best_and_median(&anchor_times);
    println!(
        "ratio sem/anchor (throughput): best {:.2}x, median {:.2}x",
        anchor_best.as_secs_f64() / sem_best.as_secs_f64(),
        anchor_median.as_secs_f64() / sem_median.as_secs_f64()
    );
}

fn run_sem(inputs: &[Input]) {
    for input in inputs {
        let lexed = LexedStr::new(black_box(&input.text), input.edition);
        black_box(&lexed);
    }
}

fn run_anchor(inputs: &[Input]) {
    for input in inputs {
        black_box(anchor(black_box(&input.text)));
    }
}

fn anchor(text: &str) -> usize {
    let mut count = 0;
    for token in tokenize(text, FrontmatterAllowed::Yes) {
        black_box(&token);
        count += 1;
    }
    count
}

fn time(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn best_and_median(times: &[Duration]) -> (Duration, Duration) {
    let mut sorted = times.to_vec();
    sorted.sort();
    (sorted[0], sorted[sorted.len() / 2])
}

/// The directories to lex, each with the edition of its files.
fn input_dirs() -> Vec<(PathBuf, Edition)> {
    if let Ok(dirs) = env::var("SEM_BENCH_DIRS") {
        return env::split_paths(&dirs).map(|dir| (dir, Edition::LATEST)).collect();
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/workspaces/tokio-serde-clap/Cargo.toml");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let host = host_triple();
    let output = Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--filter-platform", &host, "--manifest-path"])
        .arg(&manifest)
        .output()
        .unwrap_or_else(|err| panic!("cannot run `{cargo} metadata`: {err}"));
    assert!(
        output.status.success(),
        "`cargo metadata` failed for {}:\n{}",
        manifest.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("`cargo metadata` printed invalid JSON");
    let packages = metadata["packages"].as_array().expect("`cargo metadata` has no packages");
    packages
        .iter()
        .filter_map(|package| {
            let manifest_path = Path::new(package["manifest_path"].as_str()?);
            let edition = package["edition"].as_str()?.parse().unwrap_or(Edition::LATEST);
            Some((manifest_path.parent()?.to_path_buf(), edition))
        })
        .collect()
}

fn host_triple() -> String {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(&rustc).arg("-vV").output().expect("cannot run `rustc -vV`");
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout.lines().find_map(|line| line.strip_prefix("host: ")).expect("`rustc -vV` printed no host").trim().to_owned()
}

/// Reads every `.rs` file under the directories, once each, sorted by path.
fn read_inputs(dirs: &[(PathBuf, Edition)]) -> Vec<Input> {
    let mut files = BTreeMap::new();
    for (dir, edition) in dirs {
        let mut stack = vec![dir.clone()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                if file_type.is_dir() {
                    if path.file_name().is_some_and(|name| name != "target" && name != ".git") {
                        stack.push(path);
                    }
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    files.entry(path).or_insert(*edition);
                }
            }
        }
    }
    files
        .into_iter()
        .filter_map(|(path, edition)| {
            let bytes = fs::read(&path).ok()?;
            Some(Input { text: String::from_utf8_lossy(&bytes).into_owned(), edition })
        })
        .collect()
}

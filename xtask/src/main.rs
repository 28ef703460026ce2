//! `cargo xtask <task>`: development tasks of sem that are code, not shell scripts.
//!
//! Tasks so far:
//! - `tidy`: checks the conventions of the repository that no compiler checks (each crate's
//!   root opens with a `//!` doc; every dependency is declared once, pinned, in the workspace).
//! - `codegen`: generates the token and node kinds and the typed AST from the grammar file.
//! - `corpus`: downloads the pinned corpus of crates.io crates that tests and benchmarks parse.
//! - `test`: the whole test suite, after the set-up it needs (the standard library's sources,
//!   fetched dependencies, the corpus), on a machine that has nothing but a Rust toolchain.
//!
//! xtask may depend on nothing of sem: it reads the repository as files.

mod codegen;
mod corpus;
mod test;
mod tidy;

use std::{path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let task = std::env::args().nth(1);
    match task.as_deref() {
        Some("tidy") => match tidy::check(&repository_root()) {
            Ok(()) => {
                println!("tidy: ok");
                ExitCode::SUCCESS
            }
            Err(problems) => {
                for problem in &problems {
                    eprintln!("tidy: {problem}");
                }
                ExitCode::FAILURE
            }
        },
        Some("codegen") => report(codegen::run(&repository_root(), std::env::args().skip(2).collect())),
        Some("corpus") => report(corpus::run(&repository_root(), std::env::args().skip(2).collect())),
        Some("test") => report(test::run(&repository_root(), std::env::args().skip(2).collect())),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\ntasks:\n  tidy     check the repository's conventions\n  codegen  generate kinds and the typed AST from the grammar\n  corpus   download the pinned corpus of crates\n  test     set up what the tests need, then `cargo test --workspace [ARGS]`"
            );
            ExitCode::from(2)
        }
    }
}

/// The repository root: the parent of this package's directory.
fn repository_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().map(PathBuf::from).unwrap_or(manifest_dir)
}

/// Prints a task's error, if any, and turns its result into an exit code.
fn report(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

//! The `sem` command: load a Cargo workspace, a folder or a file, and report on it.
//!
//! This binary is the top of the dependency graph: it may depend on every sem crate, and no
//! crate depends on it. It owns all the printing; the library crates return data.

mod analysis;
mod stats;

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand, ValueEnum};

/// A semantic front end for Rust: loads Rust code and reports what it finds.
#[derive(Parser, Debug)]
#[command(name = "sem", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Load PATH (a Cargo workspace, a folder or a file) and print per-crate figures and timings.
    Stats(StatsArgs),
}

#[derive(clap::Args, Debug)]
struct StatsArgs {
    /// What to analyze: a directory with a Cargo.toml, a Cargo.toml, a folder or a .rs file.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// How to print the result.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Read every file before analysis instead of when it is first needed.
    #[arg(long)]
    eager: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum, Debug)]
enum Format {
    /// A table for people.
    Text,
    /// One JSON object.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Stats(args) => stats::run(&args.path, args.format == Format::Json, args.eager),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

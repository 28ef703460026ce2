//! The `sem` command: load a Cargo workspace, a folder or a file, and report on it.
//!
//! This binary is the top of the dependency graph: it may depend on every sem crate, and no
//! crate depends on it. It owns all the printing; the library crates return data.

mod analysis;
mod check;
mod dump;
mod meta;
mod output;
mod parse_file;
mod stats;

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand, ValueEnum};
use sem_syntax::Edition;

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
    /// Print every syntax error of PATH's crates with a source snippet, then a summary; exit 1
    /// when there are errors.
    Check(CheckArgs),
    /// Print the syntax tree of FILE (standard input when none is given), then its errors.
    Parse(ParseArgs),
    /// Print the owners of one crate of PATH, each with its signature and what its paths name.
    Dump(DumpArgs),
    /// Print the crate meta file of one crate of PATH: its public interface as Rust source, which
    /// sem can load in place of the crate's source.
    Meta(MetaArgs),
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
    /// List every crate of the graph in the table (dependencies and the standard library
    /// included), not only the workspace's own; JSON always has every crate.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    load: LoadArgs,
}

/// How PATH is loaded.
#[derive(clap::Args, Debug)]
struct LoadArgs {
    /// Never let `cargo metadata` use the network: a workspace whose dependencies are not
    /// downloaded (`cargo fetch`) is then loaded as a plain folder, with a warning.
    #[arg(long)]
    offline: bool,
    #[command(flatten)]
    sysroot: SysrootArgs,
}

impl LoadArgs {
    fn loading(&self) -> analysis::Loading {
        analysis::Loading { sysroot: self.sysroot.choice(), offline: self.offline }
    }
}

/// Where the standard library's sources come from.
#[derive(clap::Args, Debug)]
struct SysrootArgs {
    /// The standard library's source folder (the `library` directory of the Rust sources);
    /// by default `$RUST_SRC_PATH`, the toolchain's `rust-src` component, or /usr/src/rustc-*.
    #[arg(long, value_name = "PATH", conflicts_with = "no_sysroot")]
    sysroot_src: Option<PathBuf>,
    /// Leave the standard library out.
    #[arg(long)]
    no_sysroot: bool,
}

impl SysrootArgs {
    fn choice(&self) -> analysis::Sysroot {
        match (&self.sysroot_src, self.no_sysroot) {
            (_, true) => analysis::Sysroot::None,
            (Some(path), false) => analysis::Sysroot::At(path.clone()),
            (None, false) => analysis::Sysroot::Find,
        }
    }
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// What to check: a directory with a Cargo.toml, a Cargo.toml, a folder or a .rs file.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Check every crate of the crate graph (dependencies included), not only the workspace's.
    #[arg(long)]
    deps: bool,
    /// How to print the errors: rustc-style with snippets, or one JSON object per line.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    load: LoadArgs,
}

#[derive(clap::Args, Debug)]
struct ParseArgs {
    /// The file to parse; standard input when absent.
    file: Option<PathBuf>,
    /// The edition to parse in: 2015, 2018, 2021 or 2024.
    #[arg(long, default_value = "2024")]
    edition: Edition,
}

#[derive(clap::Args, Debug)]
struct DumpArgs {
    /// Where the crate is: a directory with a Cargo.toml, a Cargo.toml, a folder or a .rs file.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// The name of the crate (its library when several targets have it).
    #[arg(long = "crate", value_name = "NAME")]
    crate_name: String,
    /// Only this item and what is inside it, by its path from the crate root (`crate::a::S`).
    #[arg(long, value_name = "PATH")]
    item: Option<String>,
    #[command(flatten)]
    load: LoadArgs,
}

#[derive(clap::Args, Debug)]
struct MetaArgs {
    /// Where the crate is: a directory with a Cargo.toml, a Cargo.toml, a folder or a .rs file.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// The name of the crate (its library when several targets have it).
    #[arg(long = "crate", value_name = "NAME")]
    crate_name: String,
    #[command(flatten)]
    load: LoadArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum, Debug)]
enum Format {
    /// For people: a table (`stats`), errors with snippets (`check`).
    Text,
    /// For programs: one JSON object (`stats`), one JSON object per line (`check`).
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Stats(args) => {
            let output = stats::StatsOutput { json: args.format == Format::Json, all: args.all };
            stats::run(&args.path, output, args.eager, &args.load.loading()).map(|()| ExitCode::SUCCESS)
        }
        Command::Check(args) => check::run(&args.path, args.deps, args.format == Format::Json, &args.load.loading()),
        Command::Parse(args) => parse_file::run(args.file.as_deref(), args.edition).map(|()| ExitCode::SUCCESS),
        Command::Dump(args) => dump::run(&args.path, &args.crate_name, args.item.as_deref(), &args.load.loading())
            .map(|()| ExitCode::SUCCESS),
        Command::Meta(args) => {
            meta::run(&args.path, &args.crate_name, &args.load.loading()).map(|()| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

//! `cargo xtask test [ARGS]`: the whole test suite on a machine that has nothing but a Rust
//! toolchain.
//!
//! First the set-up the tests need: the standard library's sources (the tests of name
//! resolution read them), found where sem looks for them or installed; the packages of sem's
//! workspace and of `tests/workspaces/tokio-serde-clap` (`cargo fetch --locked`); the corpus
//! (`cargo xtask corpus`). Then `cargo test --workspace ARGS` (without `--workspace` when ARGS
//! pick packages with `-p`), whose exit status is the task's.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, bail};

/// Runs the set-up, then the tests with `args` passed on to `cargo test`.
pub(crate) fn run(root: &Path, args: Vec<String>) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());

    println!("== xtask test: the standard library's sources (name resolution reads std, core and alloc)");
    let library = ensure_library()?;
    println!("{}", library.display());

    println!("== xtask test: dependencies (sem's, the real workspace the tests analyze, the corpus)");
    for manifest in [root.join("Cargo.toml"), root.join("tests/workspaces/tokio-serde-clap/Cargo.toml")] {
        let mut fetch = Command::new(&cargo);
        fetch.args(["fetch", "--locked", "--manifest-path"]).arg(&manifest);
        run_command(&mut fetch)?;
    }
    crate::corpus::run(root, Vec::new())?;

    println!("== xtask test: cargo {}", test_args(&args).join(" "));
    let mut test = Command::new(&cargo);
    test.current_dir(root).args(test_args(&args));
    run_command(&mut test)
}

/// `cargo test`'s arguments: `--workspace` unless `args` choose packages themselves.
fn test_args(args: &[String]) -> Vec<String> {
    let options = args.iter().take_while(|arg| *arg != "--");
    let picks_packages = options.into_iter().any(|arg| {
        arg == "--package" || arg.starts_with("--package=") || arg.starts_with("-p") || arg == "--workspace"
    });
    let mut all = vec!["test".to_owned()];
    if !picks_packages {
        all.push("--workspace".to_owned());
    }
    all.extend(args.iter().cloned());
    all
}

/// Runs `command`, its output going to ours, and fails unless it succeeds.
fn run_command(command: &mut Command) -> anyhow::Result<()> {
    let described = describe(command);
    let status = command.status().with_context(|| format!("cannot run `{described}`"))?;
    if !status.success() {
        bail!("`{described}` failed ({status})");
    }
    Ok(())
}

fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the standard library's sources can be, in the order sem looks for them.
#[derive(Debug)]
struct Places {
    /// `$RUST_SRC_PATH`.
    rust_src_path: Option<PathBuf>,
    /// The toolchain's `rust-src` component: `$(rustc --print sysroot)/lib/rustlib/src/rust/library`.
    toolchain: Option<PathBuf>,
    /// The folder holding Debian's `rustc-*` source packages, `/usr/src`.
    usr_src: PathBuf,
}

impl Places {
    fn of_this_machine() -> Places {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        let toolchain = Command::new(rustc)
            .args(["--print", "sysroot"])
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| {
                PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()).join("lib/rustlib/src/rust/library")
            });
        Places {
            rust_src_path: std::env::var_os("RUST_SRC_PATH").map(PathBuf::from),
            toolchain,
            usr_src: PathBuf::from("/usr/src"),
        }
    }

    /// `$RUST_SRC_PATH`, else the toolchain's component, as sem looks for them first.
    fn preferred(&self) -> Option<PathBuf> {
        [&self.rust_src_path, &self.toolchain].into_iter().flatten().find(|dir| is_library(dir)).cloned()
    }

    /// Debian's `rust-src` package: the newest `/usr/src/rustc-*/library`.
    fn debian(&self) -> Option<PathBuf> {
        let mut found: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir(&self.usr_src)
            .into_iter()
            .flatten()
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let version = name.strip_prefix("rustc-")?;
                let version = version.split('.').map(|part| part.parse().unwrap_or(0)).collect();
                Some((version, entry.path().join("library")))
            })
            .filter(|(_, dir)| is_library(dir))
            .collect();
        found.sort();
        found.pop().map(|(_, dir)| dir)
    }

    fn find(&self) -> Option<PathBuf> {
        self.preferred().or_else(|| self.debian())
    }
}

/// A `library` folder of the Rust sources: it has `core/src/lib.rs`.
fn is_library(dir: &Path) -> bool {
    dir.join("core/src/lib.rs").is_file()
}

/// The standard library's sources: found, or installed through rustup (preferred: it matches the
/// toolchain, where Debian's package may be years older), or through apt-get when we are root.
fn ensure_library() -> anyhow::Result<PathBuf> {
    let places = Places::of_this_machine();
    if let Some(dir) = places.preferred() {
        return Ok(dir);
    }
    let mut tried = Vec::new();
    if has_program("rustup") {
        let status = try_command(Command::new("rustup").args(["component", "add", "rust-src"]));
        tried.push(format!("`rustup component add rust-src` {}", outcome(status)));
        if let Some(dir) = Places::of_this_machine().preferred() {
            return Ok(dir);
        }
    } else {
        tried.push("rustup: not found".to_owned());
    }
    if let Some(dir) = places.debian() {
        return Ok(dir);
    }
    if !has_program("apt-get") {
        tried.push("apt-get: not found".to_owned());
    } else if !is_root() {
        tried.push("apt-get: not run, as it needs root".to_owned());
    } else {
        let update = try_command(Command::new("apt-get").args(["update", "-qq"]));
        tried.push(format!("`apt-get update` {}", outcome(update)));
        let install = try_command(
            Command::new("apt-get").args(["install", "-y", "-qq", "rust-src"]).env("DEBIAN_FRONTEND", "noninteractive"),
        );
        tried.push(format!("`apt-get install -y rust-src` {}", outcome(install)));
        if let Some(dir) = Places::of_this_machine().find() {
            return Ok(dir);
        }
    }
    bail!("{}", missing_library_message(&places, &tried))
}

/// Why the tests cannot run, and the three ways to fix it.
fn missing_library_message(places: &Places, tried: &[String]) -> String {
    let mut message =
        String::from("the standard library's sources are missing: the tests of name resolution read them.\n");
    let toolchain =
        places.toolchain.as_ref().map_or("rustc --print sysroot failed".to_owned(), |dir| dir.display().to_string());
    message.push_str(&format!(
        "Looked in $RUST_SRC_PATH ({}), the toolchain's rust-src component ({toolchain}) and {}/rustc-*/library.\n",
        places.rust_src_path.as_ref().map_or("unset".to_owned(), |dir| dir.display().to_string()),
        places.usr_src.display(),
    ));
    for attempt in tried {
        message.push_str(&format!("Tried: {attempt}.\n"));
    }
    message.push_str(
        "Any one of these fixes it:\n\
         - `rustup component add rust-src` (needs rustup and access to static.rust-lang.org);\n\
         - `apt-get install rust-src` as root (Debian and Ubuntu; installs /usr/src/rustc-*/library);\n\
         - set RUST_SRC_PATH to the `library` folder of the Rust sources (it holds core/src/lib.rs).",
    );
    message
}

fn outcome(status: std::io::Result<std::process::ExitStatus>) -> String {
    match status {
        Ok(status) if status.success() => "succeeded, yet no sources were found".to_owned(),
        Ok(status) => format!("failed ({status})"),
        Err(error) => format!("could not run ({error})"),
    }
}

/// Runs `command` with its output going to ours.
fn try_command(command: &mut Command) -> std::io::Result<std::process::ExitStatus> {
    println!("$ {}", describe(command));
    command.status()
}

/// Whether `program --version` runs.
fn has_program(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

/// Whether we run as root (`id -u` prints 0), as `apt-get install` needs.
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| output.status.success() && String::from_utf8_lossy(&output.stdout).trim() == "0")
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn library(dir: &Path) -> PathBuf {
        fs::create_dir_all(dir.join("core/src")).unwrap();
        fs::write(dir.join("core/src/lib.rs"), "").unwrap();
        dir.to_path_buf()
    }

    #[test]
    fn the_sources_are_found_where_sem_looks_first() {
        let dir = tempfile::tempdir().unwrap();
        let usr_src = dir.path().join("usr-src");
        let debian_old = library(&usr_src.join("rustc-1.9.0/library"));
        let debian_new = library(&usr_src.join("rustc-1.63.0/library"));
        fs::create_dir_all(usr_src.join("rustc-1.99.0")).unwrap(); // no `library` in it
        let toolchain = library(&dir.path().join("sysroot/lib/rustlib/src/rust/library"));
        let env = library(&dir.path().join("env"));
        let missing = dir.path().join("missing");
        let places = |rust_src_path: &Option<PathBuf>, toolchain: &Option<PathBuf>| Places {
            rust_src_path: rust_src_path.clone(),
            toolchain: toolchain.clone(),
            usr_src: usr_src.clone(),
        };
        assert_eq!(places(&Some(env.clone()), &Some(toolchain.clone())).find(), Some(env));
        assert_eq!(places(&Some(missing.clone()), &Some(toolchain.clone())).find(), Some(toolchain));
        // Debian's newest package, as versions compare (1.63 after 1.9), only after the others.
        let debian_only = places(&Some(missing.clone()), &Some(missing.clone()));
        assert_eq!(debian_only.preferred(), None);
        assert_eq!(debian_only.find(), Some(debian_new.clone()));
        assert_ne!(debian_only.find(), Some(debian_old));
        fs::remove_dir_all(&usr_src).unwrap();
        assert_eq!(debian_only.find(), None);
    }

    #[test]
    fn the_message_names_the_three_fixes() {
        let places = Places {
            rust_src_path: None,
            toolchain: Some(PathBuf::from("/sysroot/lib")),
            usr_src: PathBuf::from("/usr/src"),
        };
        let tried =
            ["`rustup component add rust-src` failed (exit status: 1)".to_owned(), "apt-get: not found".to_owned()];
        let message = missing_library_message(&places, &tried);
        for words in [
            "$RUST_SRC_PATH (unset)",
            "(/sysroot/lib)",
            "/usr/src/rustc-*/library",
            "Tried: `rustup component add rust-src` failed",
            "Tried: apt-get: not found.",
            "- `rustup component add rust-src`",
            "- `apt-get install rust-src` as root",
            "- set RUST_SRC_PATH",
        ] {
            assert!(message.contains(words), "{words}: {message}");
        }
    }

    #[test]
    fn the_whole_workspace_is_tested_unless_packages_are_picked() {
        let args = |args: &[&str]| test_args(&args.iter().map(|arg| (*arg).to_owned()).collect::<Vec<_>>());
        assert_eq!(args(&[]), ["test", "--workspace"]);
        assert_eq!(args(&["--release"]), ["test", "--workspace", "--release"]);
        assert_eq!(args(&["-p", "sem-db"]), ["test", "-p", "sem-db"]);
        assert_eq!(args(&["-psem-db", "--test", "x"]), ["test", "-psem-db", "--test", "x"]);
        assert_eq!(args(&["--package=sem-db"]), ["test", "--package=sem-db"]);
        // After `--`, arguments are the test binaries': `-p` there picks nothing.
        assert_eq!(args(&["--", "-p"]), ["test", "--workspace", "--", "-p"]);
    }
}

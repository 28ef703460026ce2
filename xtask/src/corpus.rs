//! `cargo xtask corpus`: downloads the pinned corpus of crates.io crates in `corpus/` through
//! cargo and checks that it is as broad as the parser's tests need.
//!
//! `corpus/Cargo.toml` pins popular crates with `=` and `corpus/Cargo.lock` pins everything they
//! depend on; the package is never compiled. The task runs `cargo fetch --locked` on it, then
//! `cargo metadata --offline --locked`, and counts the `.rs` files of every package of the
//! resolved graph (for all platforms, as the loader of `sem-tests` reads them: `target` and hidden
//! directories skipped). It fails when the corpus has fewer than 150 packages, 5,000 files or
//! 60 MB of text, or lacks an edition.

use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, bail};

/// The least number of packages the corpus must have.
const MIN_PACKAGES: usize = 150;
/// The least number of `.rs` files.
const MIN_FILES: usize = 5_000;
/// The least number of bytes of `.rs` text.
const MIN_BYTES: u64 = 60_000_000;
/// The editions that must all be represented.
const EDITIONS: [&str; 4] = ["2015", "2018", "2021", "2024"];

/// Runs the task with its command-line arguments (`--packages` also lists every package).
pub(crate) fn run(root: &Path, args: Vec<String>) -> anyhow::Result<()> {
    let mut list_packages = false;
    for arg in &args {
        match arg.as_str() {
            "--packages" => list_packages = true,
            _ => bail!("unknown argument `{arg}`; usage: cargo xtask corpus [--packages]"),
        }
    }
    let manifest = root.join("corpus").join("Cargo.toml");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());

    // The fetch reports its downloads on the terminal, as a fetch should.
    let status = Command::new(&cargo)
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(&manifest)
        .status()
        .with_context(|| format!("cannot run `{cargo} fetch`"))?;
    if !status.success() {
        bail!("`cargo fetch --locked --manifest-path {}` failed ({status})", manifest.display());
    }
    let output = Command::new(&cargo)
        .args(["metadata", "--offline", "--locked", "--format-version", "1", "--manifest-path"])
        .arg(&manifest)
        .output()
        .with_context(|| format!("cannot run `{cargo} metadata`"))?;
    if !output.status.success() {
        bail!(
            "`cargo metadata` failed for {} ({}):\n{}",
            manifest.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("`cargo metadata` printed something that is not JSON")?;
    let Some(packages) = metadata["packages"].as_array() else { bail!("`cargo metadata` printed no packages") };

    let mut per_edition: BTreeMap<String, usize> = EDITIONS.iter().map(|it| ((*it).to_owned(), 0)).collect();
    let (mut package_count, mut file_count, mut byte_count) = (0, 0, 0);
    let mut rows = Vec::new();
    for package in packages {
        // The corpus's own package is the only one without a source.
        if package["source"].is_null() {
            continue;
        }
        let field = |name: &str| {
            package[name].as_str().with_context(|| format!("a package of `cargo metadata` has no `{name}`"))
        };
        let (name, version, edition) = (field("name")?, field("version")?, field("edition")?);
        let dir = Path::new(field("manifest_path")?).parent().context("a manifest path has no parent")?;
        let (files, bytes) = count_rs_files(dir).with_context(|| format!("cannot walk {}", dir.display()))?;
        package_count += 1;
        file_count += files;
        byte_count += bytes;
        *per_edition.entry(edition.to_owned()).or_default() += 1;
        rows.push(format!("{name}-{version}: edition {edition}, {files} files, {:.2} MB", bytes as f64 / 1e6));
    }

    if list_packages {
        rows.sort();
        for row in &rows {
            println!("{row}");
        }
    }
    let editions = per_edition.iter().map(|(edition, count)| format!("{edition}: {count}")).collect::<Vec<_>>();
    println!(
        "corpus: {package_count} packages, {file_count} .rs files, {:.1} MB; packages per edition: {}",
        byte_count as f64 / 1e6,
        editions.join(", ")
    );

    let mut problems = Vec::new();
    if package_count < MIN_PACKAGES {
        problems.push(format!("{package_count} packages, fewer than {MIN_PACKAGES}"));
    }
    if file_count < MIN_FILES {
        problems.push(format!("{file_count} files, fewer than {MIN_FILES}"));
    }
    if byte_count < MIN_BYTES {
        problems.push(format!("{byte_count} bytes of text, fewer than {MIN_BYTES}"));
    }
    for edition in EDITIONS {
        if per_edition[edition] == 0 {
            problems.push(format!("no package of edition {edition}"));
        }
    }
    if !problems.is_empty() {
        bail!("the corpus is too narrow: {}", problems.join("; "));
    }
    Ok(())
}

/// The number and total size of the `.rs` files under `dir`, skipping `target` and hidden
/// directories and symbolic links to directories.
fn count_rs_files(dir: &Path) -> std::io::Result<(usize, u64)> {
    let (mut files, mut bytes) = (0, 0);
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let file_type = entry.file_type()?;
            if file_type.is_dir() {
                if name != "target" && !name.starts_with('.') {
                    stack.push(entry.path());
                }
            } else if name.ends_with(".rs")
                && let Ok(metadata) = fs::metadata(entry.path())
                && metadata.is_file()
            {
                files += 1;
                bytes += metadata.len();
            }
        }
    }
    Ok((files, bytes))
}

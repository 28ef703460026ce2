//! The corpus of real code: every package of the pinned crates.io dependency graph in `corpus/`.
//!
//! [`load`] runs `cargo fetch --locked` on `corpus/Cargo.toml` (so a fresh machine needs no
//! extra step before `cargo test`), then `cargo metadata --offline --locked`, and reads every
//! `.rs` file of every package of the resolved graph, for all platforms, each package with its own
//! edition. The result is read once per process and shared.
//!
//! The walk of a package directory skips `target` and hidden directories and follows no
//! symbolic link to a directory; files and packages come sorted, so every run sees the same
//! corpus in the same order. A file that is not UTF-8 is skipped and counted.

use std::{
    fmt, fs,
    path::{Path, PathBuf},
    process::Command,
    sync::OnceLock,
};

use anyhow::{Context, bail};
use sem_syntax::Edition;

/// The whole corpus: its packages, sorted by name and version.
#[derive(Debug)]
pub struct Corpus {
    /// Every package of the resolved graph except the corpus's own (empty) package.
    pub packages: Vec<Package>,
    /// The `.rs` files skipped because their content is not UTF-8, as `package-version/path`.
    pub non_utf8_files: Vec<String>,
}

/// One package of the corpus, as Cargo unpacked it.
#[derive(Debug)]
pub struct Package {
    /// The package name, such as `serde`.
    pub name: String,
    /// The package version, such as `1.0.229`.
    pub version: String,
    /// The edition of the package's manifest (2015 when it names none).
    pub edition: Edition,
    /// The directory that holds the package's `Cargo.toml`.
    pub root: PathBuf,
    /// The package's `.rs` files, sorted by path.
    pub files: Vec<SourceFile>,
}

/// One `.rs` file of a package.
#[derive(Debug)]
pub struct SourceFile {
    /// The path relative to the package root, with `/` separators.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A file of the corpus, with the package it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct CorpusFile<'a> {
    /// The package holding the file.
    pub package: &'a Package,
    /// The file.
    pub file: &'a SourceFile,
}

impl Corpus {
    /// Every file of every package, in order.
    pub fn files(&self) -> impl Iterator<Item = CorpusFile<'_>> {
        self.packages.iter().flat_map(|package| package.files.iter().map(move |file| CorpusFile { package, file }))
    }

    /// The number of `.rs` files read.
    pub fn file_count(&self) -> usize {
        self.packages.iter().map(|package| package.files.len()).sum()
    }

    /// The number of bytes of `.rs` text read.
    pub fn byte_count(&self) -> usize {
        self.files().map(|it| it.file.text.len()).sum()
    }

    /// The number of packages of each edition, oldest edition first.
    pub fn packages_per_edition(&self) -> [(Edition, usize); 4] {
        Edition::ALL.map(|edition| (edition, self.packages.iter().filter(|it| it.edition == edition).count()))
    }
}

impl Package {
    /// The package's name and version as Cargo writes its directory, such as `serde-1.0.229`.
    pub fn id(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

impl<'a> CorpusFile<'a> {
    /// The edition the file is written in: its package's.
    pub fn edition(self) -> Edition {
        self.package.edition
    }

    /// The file's text.
    pub fn text(self) -> &'a str {
        &self.file.text
    }
}

impl fmt::Display for CorpusFile<'_> {
    /// Writes the file's name in the corpus: `package-version/relative/path.rs`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}/{}", self.package.name, self.package.version, self.file.path)
    }
}

/// The manifest of the corpus: `corpus/Cargo.toml` in the repository.
pub fn manifest_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("corpus").join("Cargo.toml")
}

/// The corpus, fetched and read on the first call and shared by every later call in the process.
///
/// A failure (no network on a machine that never fetched the corpus, a broken manifest) is
/// returned to every caller.
pub fn load() -> anyhow::Result<&'static Corpus> {
    static CORPUS: OnceLock<Result<Corpus, String>> = OnceLock::new();
    match CORPUS.get_or_init(|| load_uncached(&manifest_path()).map_err(|error| format!("{error:#}"))) {
        Ok(corpus) => Ok(corpus),
        Err(error) => bail!("cannot load the corpus: {error}"),
    }
}

/// Fetches and reads the corpus of the manifest at `manifest`, without the cache.
pub fn load_uncached(manifest: &Path) -> anyhow::Result<Corpus> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    run_cargo(&cargo, &["fetch", "--locked", "--manifest-path"], manifest)?;
    let stdout = run_cargo(
        &cargo,
        &["metadata", "--offline", "--locked", "--format-version", "1", "--manifest-path"],
        manifest,
    )?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&stdout).context("`cargo metadata` printed something that is not JSON")?;
    let Some(packages) = metadata["packages"].as_array() else { bail!("`cargo metadata` printed no packages") };

    let mut corpus = Corpus { packages: Vec::new(), non_utf8_files: Vec::new() };
    for package in packages {
        // The corpus's own package is the only one without a source.
        if package["source"].is_null() {
            continue;
        }
        let field = |name: &str| {
            package[name].as_str().with_context(|| format!("a package of `cargo metadata` has no `{name}`"))
        };
        let (name, version, manifest_path) = (field("name")?, field("version")?, field("manifest_path")?);
        let edition: Edition =
            field("edition")?.parse().with_context(|| format!("package {name} {version} has an unknown edition"))?;
        let root = Path::new(manifest_path).parent().context("a manifest path has no parent")?.to_path_buf();
        let mut paths = Vec::new();
        collect_rs_files(&root, "", &mut paths).with_context(|| format!("cannot walk {}", root.display()))?;
        paths.sort();
        let mut files = Vec::with_capacity(paths.len());
        for path in paths {
            let bytes = fs::read(root.join(&path)).with_context(|| format!("cannot read {}/{path}", root.display()))?;
            match String::from_utf8(bytes) {
                Ok(text) => files.push(SourceFile { path, text }),
                Err(_) => corpus.non_utf8_files.push(format!("{name}-{version}/{path}")),
            }
        }
        corpus.packages.push(Package { name: name.to_owned(), version: version.to_owned(), edition, root, files });
    }
    corpus.packages.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    corpus.non_utf8_files.sort();
    Ok(corpus)
}

/// Runs `cargo <args> <manifest>` and returns its standard output, or an error with its
/// standard error.
fn run_cargo(cargo: &str, args: &[&str], manifest: &Path) -> anyhow::Result<Vec<u8>> {
    let output = Command::new(cargo)
        .args(args)
        .arg(manifest)
        .output()
        .with_context(|| format!("cannot run `{cargo} {}`", args[0]))?;
    if !output.status.success() {
        bail!(
            "`cargo {} {}` failed ({}):\n{}",
            args.join(" "),
            manifest.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(output.stdout)
}

/// Pushes the paths of the `.rs` files under `dir` (relative to the package root, `/`-separated,
/// starting with `prefix`), skipping `target` and hidden directories and
/// symbolic links to directories.
fn collect_rs_files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        // A name that is not UTF-8 cannot be written in the list of files; no crate has one.
        let Ok(name) = entry.file_name().into_string() else { continue };
        let file_type = entry.file_type()?;
        let path = format!("{prefix}{name}");
        if file_type.is_dir() {
            if name != "target" && !name.starts_with('.') {
                collect_rs_files(&entry.path(), &format!("{path}/"), out)?;
            }
        } else if name.ends_with(".rs") && fs::metadata(entry.path()).is_ok_and(|it| it.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

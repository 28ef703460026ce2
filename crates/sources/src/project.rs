//! Turning what is on disk into [`Sources`]: a Cargo workspace (through `cargo metadata`), a
//! folder of loose files, or a single file.
//!
//! This is the IO boundary of sem. Nothing here is built and no build script runs: `cargo
//! metadata` is asked for the resolved package graph of the host platform, offline first, and
//! with network access when packages are missing (unless [`LoadOptions::offline`]). Failures
//! that stop a project from loading at all (the path does not exist) are a [`ProjectError`];
//! everything else becomes a [`crate::LoadError`] or a [`ProjectWarning`] and loading goes on.

use std::{
    collections::{BTreeMap, HashMap},
    fmt,
    path::{Path, PathBuf},
    process::Command,
    sync::Arc,
};

use cargo_metadata::{DependencyKind, Metadata, MetadataCommand, Package, PackageId};
use smol_str::SmolStr;

use crate::{
    CfgAtom, CfgOptions, CrateData, CrateGraph, CrateId, Dependency, Edition, FilePath, FileSystem, LoadErrors,
    RelativePath, RootId, RootKind, SourceRoot, Sources, TargetKind,
    load::{FileKind, LoadMode, WalkOptions, load_file, load_folder},
};

/// How to load a project.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Read every text now, or when it is first asked for.
    pub mode: LoadMode,
    /// The edition of crates whose edition nothing states (folders and loose files).
    pub default_edition: Edition,
    /// The `cargo` to run; `cargo` on the `PATH` by default.
    pub cargo: PathBuf,
    /// Options set for every crate, such as the host's `unix` and `target_os = "linux"`.
    /// [`host_cfg`] reads them from `rustc --print cfg`.
    pub host_cfg: CfgOptions,
    /// Restrict `cargo metadata` to the dependencies of this target triple (`--filter-platform`).
    pub target_triple: Option<String>,
    /// The sysroot source folder (`library`) whose standard library is added to every project;
    /// `None` for none. [`crate::sysroot::find_sysroot_src`] finds the machine's.
    pub sysroot_src: Option<PathBuf>,
    /// Cargo's home (`$CARGO_HOME`, else `~/.cargo`), whose unpacked registry sources
    /// (`registry/src/*/`) provide the crates.io dependencies of the standard library
    /// (`cfg-if`, `libc`); `None` to look nowhere.
    pub cargo_home: Option<PathBuf>,
    /// Never let `cargo metadata` use the network. By default, a workspace whose packages are
    /// not all downloaded is asked of cargo again with network access (cargo downloads them);
    /// with `offline`, it is loaded as a plain folder instead, with a warning.
    pub offline: bool,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            mode: LoadMode::OnDemand,
            default_edition: Edition::Edition2021,
            cargo: PathBuf::from("cargo"),
            host_cfg: CfgOptions::new(),
            target_triple: None,
            sysroot_src: None,
            cargo_home: None,
            offline: false,
        }
    }
}

impl LoadOptions {
    /// Options for the machine we run on: the host's cfg set and target triple, asked of
    /// `rustc` (nothing is set when `rustc` cannot be run), and the standard library's source
    /// if the machine has one.
    pub fn for_host() -> LoadOptions {
        LoadOptions {
            host_cfg: host_cfg(),
            target_triple: host_triple(),
            sysroot_src: crate::sysroot::find_sysroot_src(None),
            cargo_home: cargo_home(),
            ..LoadOptions::default()
        }
    }
}

/// `$CARGO_HOME`, else `$HOME/.cargo`, if it is a folder.
fn cargo_home() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))?;
    home.is_dir().then_some(home)
}

/// What kind of project was found at the path.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ProjectKind {
    /// A Cargo workspace, loaded through `cargo metadata`.
    CargoWorkspace {
        /// The workspace root directory.
        root: PathBuf,
    },
    /// A folder loaded file by file.
    Folder,
    /// A single file.
    File,
}

/// Something that kept part of a project from loading as asked, without stopping it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProjectWarning {
    /// What happened, as a sentence.
    pub message: String,
}

impl fmt::Display for ProjectWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A failure that stops a project from loading.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ProjectError {
    /// The path does not exist or cannot be looked at.
    NotFound {
        /// The path asked for.
        path: PathBuf,
        /// What the OS said.
        message: String,
    },
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::NotFound { path, message } => {
                write!(f, "cannot load {}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for ProjectError {}

/// A loaded project: the sources with their crate graph, and what went wrong on the way.
#[derive(Debug)]
pub struct LoadedProject {
    /// The roots and the crate graph.
    pub sources: Sources,
    /// Every file that could not be loaded as it is; texts loaded on demand add to it later.
    pub errors: LoadErrors,
    /// Project-level problems (for example `cargo metadata` failing, and the folder fallback).
    pub warnings: Vec<ProjectWarning>,
    /// What was found at the path.
    pub kind: ProjectKind,
}

/// Loads the project at `path`: a Cargo workspace when `path` is (or holds) a `Cargo.toml`, a
/// single file when it is one, and a folder otherwise. `cargo metadata` runs offline first and,
/// when packages are missing, again with network access unless [`LoadOptions::offline`]. A Cargo
/// project whose metadata cannot be had (a broken manifest, dependencies that cannot be
/// downloaded) falls back to the folder, with a warning that gives each failed command and what
/// cargo said.
/// With [`LoadOptions::sysroot_src`], the standard library is added (see [`crate::sysroot`]).
pub fn load_project(
    fs: &Arc<dyn FileSystem>,
    path: &Path,
    options: &LoadOptions,
) -> Result<LoadedProject, ProjectError> {
    let path = fs
        .canonicalize(path)
        .map_err(|error| ProjectError::NotFound { path: path.to_path_buf(), message: error.to_string() })?;
    let errors = LoadErrors::new();
    let mut warnings = Vec::new();
    let mut project = load_project_without_sysroot(fs, &path, options, &errors, &mut warnings)?;
    if let Some(library) = &options.sysroot_src {
        let (sources, crates) = crate::sysroot::add_sysroot(fs, &project.0, library, options, &errors);
        if crates.is_none() {
            warnings.push(ProjectWarning {
                message: format!(
                    "{} holds no standard library (`core`, `alloc`, `std`, `proc_macro`): it was left out",
                    library.display()
                ),
            });
        }
        project.0 = sources;
    }
    Ok(LoadedProject { sources: project.0, errors, warnings, kind: project.1 })
}

fn load_project_without_sysroot(
    fs: &Arc<dyn FileSystem>,
    path: &Path,
    options: &LoadOptions,
    errors: &LoadErrors,
    warnings: &mut Vec<ProjectWarning>,
) -> Result<(Sources, ProjectKind), ProjectError> {
    let path = path.to_path_buf();
    let (dir, manifest) = if path.file_name().is_some_and(|name| name == "Cargo.toml") {
        (path.parent().map_or_else(|| path.clone(), Path::to_path_buf), Some(path.clone()))
    } else if fs.metadata(&path).is_ok_and(|kind| kind == FileKind::Dir) {
        let manifest = path.join("Cargo.toml");
        let exists = fs.metadata(&manifest).is_ok_and(|kind| kind == FileKind::File);
        (path.clone(), exists.then_some(manifest))
    } else {
        let sources = load_single_file(fs, &path, options, errors);
        return Ok((sources, ProjectKind::File));
    };
    if let Some(manifest) = manifest {
        match cargo_metadata(&manifest, options) {
            Ok(metadata) => {
                let root = metadata.workspace_root.clone().into_std_path_buf();
                let sources = load_cargo_workspace(fs, &metadata, options, errors, warnings);
                return Ok((sources, ProjectKind::CargoWorkspace { root }));
            }
            Err(error) => warnings.push(ProjectWarning {
                message: format!("{} was loaded as a plain folder because {error}", dir.display()),
            }),
        }
    }
    let sources = load_folder_project(fs, &dir, options, errors);
    Ok((sources, ProjectKind::Folder))
}

/// `cargo metadata` for `manifest`: offline first, then with network access when the offline
/// run lacks packages (unless [`LoadOptions::offline`] forbids it); `--locked` until cargo says
/// the lock file must change.
fn cargo_metadata(manifest: &Path, options: &LoadOptions) -> Result<Metadata, MetadataError> {
    let mut locked = true;
    let mut failures: Vec<FailedRun> = Vec::new();
    for network in [false, true] {
        if network {
            let missing = failures.last().is_some_and(|failure| failure.kind == MetadataFailure::PackagesMissing);
            if !missing || options.offline {
                break;
            }
        }
        loop {
            match run_cargo_metadata(manifest, options, network, locked) {
                Ok(metadata) => return Ok(metadata),
                // A workspace without a lock file (or with a stale one) still loads: only
                // `--locked` is given up, and this run is not worth reporting.
                Err(failure) if failure.kind == MetadataFailure::LockOutdated && locked => locked = false,
                Err(failure) => {
                    failures.push(failure);
                    break;
                }
            }
        }
    }
    let network_forbidden = options.offline;
    Err(MetadataError { failures, network_forbidden })
}

/// One run of `cargo metadata`, with or without `--offline` and `--locked`.
fn run_cargo_metadata(
    manifest: &Path,
    options: &LoadOptions,
    network: bool,
    locked: bool,
) -> Result<Metadata, FailedRun> {
    let mut command = MetadataCommand::new();
    command.cargo_path(&options.cargo).manifest_path(manifest);
    let mut other = Vec::new();
    if !network {
        other.push("--offline".to_owned());
    }
    if locked {
        other.push("--locked".to_owned());
    }
    if let Some(triple) = &options.target_triple {
        other.extend(["--filter-platform".to_owned(), triple.clone()]);
    }
    command.other_options(other);
    let mut command = command.cargo_command();
    let described = describe_command(&command);
    let failed = |stderr: String| FailedRun { kind: classify_failure(&stderr), command: described.clone(), stderr };
    let output = command.output().map_err(|error| failed(format!("cannot run it: {error}")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        let stderr = if stderr.is_empty() { format!("nothing ({})", output.status) } else { stderr };
        return Err(failed(stderr));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let json = stdout.lines().find(|line| line.starts_with('{')).unwrap_or_default();
    MetadataCommand::parse(json).map_err(|error| failed(format!("output sem cannot read: {error}")))
}

/// A command line as one would type it.
fn describe_command(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| {
            let part = part.to_string_lossy();
            if part.is_empty() || part.contains(char::is_whitespace) { format!("'{part}'") } else { part.into_owned() }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a `cargo metadata` run failed, as far as what to try next goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MetadataFailure {
    /// Packages it needs are not downloaded (or the local copy of the index does not have
    /// them) and `--offline` kept cargo from fetching them: a run with network access may do.
    PackagesMissing,
    /// The lock file is missing or stale and `--locked` kept cargo from writing it.
    LockOutdated,
    /// Anything else: a broken manifest, a failing network, no cargo at all.
    Other,
}

/// What cargo's standard error says went wrong. Cargo words an offline failure in a few
/// ways: a resolution that finds no package reminds of "offline mode", a download says
/// "--offline was specified", a git checkout says "you are in the offline mode".
fn classify_failure(stderr: &str) -> MetadataFailure {
    let offline = ["offline mode", "--offline was specified", "failed to download"];
    if offline.iter().any(|words| stderr.contains(words)) {
        MetadataFailure::PackagesMissing
    } else if stderr.contains("--locked was passed") || stderr.contains("because --locked") {
        MetadataFailure::LockOutdated
    } else {
        MetadataFailure::Other
    }
}

/// A `cargo metadata` run that failed: the command line and what cargo said.
#[derive(Clone, Debug)]
struct FailedRun {
    command: String,
    /// Cargo's standard error, trimmed.
    stderr: String,
    kind: MetadataFailure,
}

/// Every way `cargo metadata` was tried, and failed.
#[derive(Clone, Debug)]
struct MetadataError {
    /// The last offline run, then the run with network access if there was one.
    failures: Vec<FailedRun>,
    /// Whether network access was forbidden ([`LoadOptions::offline`]).
    network_forbidden: bool,
}

impl fmt::Display for MetadataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let missing = self.failures.last().is_some_and(|failure| failure.kind == MetadataFailure::PackagesMissing);
        match self.failures.len() {
            0 => f.write_str("`cargo metadata` failed")?,
            1 if missing && self.network_forbidden => f.write_str(
                "`cargo metadata` failed offline: packages are missing and network access was forbidden \
                 (`--offline`); `cargo fetch` in the workspace downloads them",
            )?,
            1 => f.write_str("`cargo metadata` failed")?,
            _ => f.write_str("`cargo metadata` failed offline, then with network access")?,
        }
        for failure in &self.failures {
            write!(f, "\n`{}` said:\n{}", failure.command, failure.stderr)?;
        }
        Ok(())
    }
}

/// One root per package directory; one crate per target.
fn load_cargo_workspace(
    fs: &Arc<dyn FileSystem>,
    metadata: &Metadata,
    options: &LoadOptions,
    errors: &LoadErrors,
    warnings: &mut Vec<ProjectWarning>,
) -> Sources {
    let mut sources = Sources::new();
    let resolve = metadata.resolve.as_ref();
    let in_graph: Vec<&Package> = match resolve {
        Some(resolve) => {
            let ids: std::collections::HashSet<&PackageId> = resolve.nodes.iter().map(|node| &node.id).collect();
            metadata.packages.iter().filter(|package| ids.contains(&package.id)).collect()
        }
        None => metadata.packages.iter().collect(),
    };
    let package_dirs: Vec<PathBuf> = in_graph.iter().map(|package| package_dir(package)).collect();
    let members: std::collections::HashSet<&PackageId> = metadata.workspace_members.iter().collect();

    // Roots: one per package directory, without the directories of packages nested in it.
    let mut package_root: HashMap<&PackageId, (RootId, PathBuf)> = HashMap::new();
    for (package, dir) in in_graph.iter().zip(&package_dirs) {
        let skip_dirs = package_dirs.iter().filter(|other| *other != dir && other.starts_with(dir)).cloned().collect();
        let walk = WalkOptions { mode: options.mode, skip_dirs };
        let tree = load_folder(fs, dir, &walk, errors);
        let kind = if package.source.is_none() || members.contains(&package.id) {
            RootKind::Workspace
        } else {
            RootKind::Library
        };
        let (root, next) = sources.add_root(SourceRoot::new(kind, tree).with_origin(dir));
        sources = next;
        package_root.insert(&package.id, (root, dir.clone()));
    }

    // Crates: one per target, dependencies added once every crate exists.
    let mut graph = CrateGraph::new();
    let mut lib_of: HashMap<&PackageId, CrateId> = HashMap::new();
    let mut targets_of: Vec<(&Package, CrateId, TargetKind)> = Vec::new();
    for package in &in_graph {
        let (root, dir) = &package_root[&package.id];
        let features: Vec<&str> = resolve
            .and_then(|resolve| resolve.nodes.iter().find(|node| node.id == package.id))
            .map(|node| node.features.iter().map(|feature| feature.as_str()).collect())
            .unwrap_or_default();
        for target in &package.targets {
            let kind = target_kind(target);
            let src = target.src_path.as_std_path();
            let root_file = match src.strip_prefix(dir).ok().and_then(|p| p.to_str()).map(RelativePath::new) {
                Some(Ok(path)) => FilePath::new(*root, path),
                _ => {
                    // A target whose root lies outside its package: load its directory as a root.
                    let (file, next) = add_outside_file(fs, &sources, src, options, errors);
                    sources = next;
                    file
                }
            };
            let edition = target.edition.as_str().parse().unwrap_or(Edition::LATEST);
            let mut data = CrateData::new(target.name.as_str(), root_file, edition, kind);
            data.package = Some(SmolStr::new(package.name.as_str()));
            data.cfg = options.host_cfg.clone();
            for feature in &features {
                data.cfg.insert_key_value("feature", *feature);
            }
            if matches!(kind, TargetKind::Test | TargetKind::Bench) {
                data.cfg.insert_flag("test");
            }
            data.env = cargo_env(package, target, dir);
            let id = graph.add_crate(data);
            if matches!(kind, TargetKind::Lib | TargetKind::ProcMacro) {
                lib_of.insert(&package.id, id);
            }
            targets_of.push((package, id, kind));
        }
    }
    if let Some(resolve) = resolve {
        let nodes: HashMap<&PackageId, &cargo_metadata::Node> =
            resolve.nodes.iter().map(|node| (&node.id, node)).collect();
        for &(package, krate, kind) in &targets_of {
            // Binaries, tests, examples and benches see their own package's library.
            if !matches!(kind, TargetKind::Lib | TargetKind::ProcMacro | TargetKind::BuildScript)
                && let Some(&lib) = lib_of.get(&package.id)
            {
                let name = SmolStr::new(graph[lib].display_name.replace('-', "_"));
                add_dependency(&mut graph, krate, Dependency { name, krate: lib }, warnings);
            }
            let Some(node) = nodes.get(&package.id) else {
                continue;
            };
            for dep in &node.deps {
                let wanted = dep.dep_kinds.iter().any(|info| match info.kind {
                    DependencyKind::Normal => kind != TargetKind::BuildScript,
                    DependencyKind::Development => {
                        matches!(kind, TargetKind::Test | TargetKind::Bench | TargetKind::Example)
                    }
                    DependencyKind::Build => kind == TargetKind::BuildScript,
                    _ => false,
                }) || dep.dep_kinds.is_empty();
                let Some(&lib) = lib_of.get(&dep.pkg) else {
                    continue;
                };
                if wanted && !dep.name.is_empty() {
                    let dependency = Dependency { name: SmolStr::new(&dep.name), krate: lib };
                    add_dependency(&mut graph, krate, dependency, warnings);
                }
            }
        }
    }
    sources.with_crate_graph(graph)
}

fn add_dependency(graph: &mut CrateGraph, from: CrateId, dependency: Dependency, warnings: &mut Vec<ProjectWarning>) {
    if let Err(cycle) = graph.add_dependency(from, dependency) {
        warnings.push(ProjectWarning { message: format!("dependency left out: {cycle}") });
    }
}

fn package_dir(package: &Package) -> PathBuf {
    let manifest = package.manifest_path.as_std_path();
    manifest.parent().map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

fn target_kind(target: &cargo_metadata::Target) -> TargetKind {
    use cargo_metadata::TargetKind as Cargo;
    let kinds = &target.kind;
    if kinds.contains(&Cargo::ProcMacro) {
        TargetKind::ProcMacro
    } else if kinds
        .iter()
        .any(|k| matches!(k, Cargo::Lib | Cargo::RLib | Cargo::DyLib | Cargo::CDyLib | Cargo::StaticLib))
    {
        TargetKind::Lib
    } else if kinds.contains(&Cargo::Bin) {
        TargetKind::Bin
    } else if kinds.contains(&Cargo::Test) {
        TargetKind::Test
    } else if kinds.contains(&Cargo::Bench) {
        TargetKind::Bench
    } else if kinds.contains(&Cargo::Example) {
        TargetKind::Example
    } else if kinds.contains(&Cargo::CustomBuild) {
        TargetKind::BuildScript
    } else {
        TargetKind::Lib
    }
}

/// The environment Cargo gives a compilation, as far as it is known without building.
fn cargo_env(package: &Package, target: &cargo_metadata::Target, dir: &Path) -> BTreeMap<String, String> {
    let version = &package.version;
    let mut env = BTreeMap::new();
    let mut set = |key: &str, value: String| {
        env.insert(key.to_owned(), value);
    };
    set("CARGO_PKG_NAME", package.name.to_string());
    set("CARGO_PKG_VERSION", version.to_string());
    set("CARGO_PKG_VERSION_MAJOR", version.major.to_string());
    set("CARGO_PKG_VERSION_MINOR", version.minor.to_string());
    set("CARGO_PKG_VERSION_PATCH", version.patch.to_string());
    set("CARGO_PKG_VERSION_PRE", version.pre.to_string());
    set("CARGO_PKG_AUTHORS", package.authors.join(":"));
    set("CARGO_PKG_DESCRIPTION", package.description.clone().unwrap_or_default());
    set("CARGO_PKG_HOMEPAGE", package.homepage.clone().unwrap_or_default());
    set("CARGO_PKG_REPOSITORY", package.repository.clone().unwrap_or_default());
    set("CARGO_PKG_LICENSE", package.license.clone().unwrap_or_default());
    set("CARGO_MANIFEST_DIR", dir.display().to_string());
    set("CARGO_MANIFEST_PATH", package.manifest_path.to_string());
    set("CARGO_CRATE_NAME", target.name.replace('-', "_"));
    if target.is_bin() {
        set("CARGO_BIN_NAME", target.name.clone());
    }
    env
}

/// A file outside every root so far: its directory becomes a root of its own holding just it.
fn add_outside_file(
    fs: &Arc<dyn FileSystem>,
    sources: &Sources,
    file: &Path,
    options: &LoadOptions,
    errors: &LoadErrors,
) -> (FilePath, Sources) {
    let dir = file.parent().map_or_else(|| PathBuf::from("/"), Path::to_path_buf);
    let name = file.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let path = RelativePath::new(&name).unwrap_or_else(|_| RelativePath::new("unnamed.rs").expect("valid"));
    let text = load_file(fs, file, options.mode, errors);
    let mut tree = crate::FileTree::new();
    tree.insert(path.clone(), text);
    let (root, sources) = sources.add_root(SourceRoot::new(RootKind::Workspace, tree).with_origin(dir));
    (FilePath::new(root, path), sources)
}

/// A folder that is no Cargo workspace: one root, one crate per `lib.rs` and `main.rs`.
/// Files that no crate reaches are given crates of their own later, once modules are known.
fn load_folder_project(fs: &Arc<dyn FileSystem>, dir: &Path, options: &LoadOptions, errors: &LoadErrors) -> Sources {
    let walk = WalkOptions { mode: options.mode, skip_dirs: Vec::new() };
    let tree = load_folder(fs, dir, &walk, errors);
    let crate_roots: Vec<RelativePath> =
        tree.paths().filter(|path| matches!(path.file_name(), "lib.rs" | "main.rs")).cloned().collect();
    let (root, sources) = Sources::new().add_root(SourceRoot::new(RootKind::Workspace, tree).with_origin(dir));
    let mut graph = CrateGraph::new();
    for path in crate_roots {
        let kind = if path.file_name() == "lib.rs" { TargetKind::Lib } else { TargetKind::Bin };
        let name = folder_crate_name(&path, dir);
        let mut data = CrateData::new(name, FilePath::new(root, path), options.default_edition, kind);
        data.cfg = options.host_cfg.clone();
        graph.add_crate(data);
    }
    sources.with_crate_graph(graph)
}

/// The name of a crate found in a folder: its directory's name, skipping a `src` directory.
fn folder_crate_name(path: &RelativePath, dir: &Path) -> String {
    let mut components: Vec<&str> = path.components().collect();
    components.pop();
    if components.last() == Some(&"src") {
        components.pop();
    }
    let name = match components.last() {
        Some(name) => (*name).to_owned(),
        None => dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_else(|| "root".to_owned()),
    };
    name.replace('-', "_")
}

fn load_single_file(fs: &Arc<dyn FileSystem>, file: &Path, options: &LoadOptions, errors: &LoadErrors) -> Sources {
    let (root_file, sources) = add_outside_file(fs, &Sources::new(), file, options, errors);
    let name = root_file.path.file_stem().replace('-', "_");
    let mut data = CrateData::new(name, root_file, options.default_edition, TargetKind::Detached);
    data.cfg = options.host_cfg.clone();
    let mut graph = CrateGraph::new();
    graph.add_crate(data);
    sources.with_crate_graph(graph)
}

/// The host's cfg options, from `rustc --print cfg` (empty when `rustc` cannot be run).
pub fn host_cfg() -> CfgOptions {
    let Some(output) = run_rustc(&["--print", "cfg"]) else {
        return CfgOptions::new();
    };
    output.lines().filter_map(parse_cfg_line).collect()
}

fn parse_cfg_line(line: &str) -> Option<CfgAtom> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    Some(match line.split_once('=') {
        Some((key, value)) => {
            CfgAtom::KeyValue { key: SmolStr::new(key.trim()), value: SmolStr::new(value.trim().trim_matches('"')) }
        }
        None => CfgAtom::Flag(SmolStr::new(line)),
    })
}

/// The host's target triple, from `rustc -vV`.
pub fn host_triple() -> Option<String> {
    let output = run_rustc(&["-vV"])?;
    output.lines().find_map(|line| line.strip_prefix("host: ")).map(|triple| triple.trim().to_owned())
}

fn run_rustc(args: &[&str]) -> Option<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc).args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cfg_lines_parse_like_rustc_prints_them() {
        let atoms: Vec<String> = ["unix", "target_os=\"linux\"", "", "feature = \"std\""]
            .into_iter()
            .filter_map(parse_cfg_line)
            .map(|atom| atom.to_string())
            .collect();
        assert_eq!(atoms, ["unix", "target_os = \"linux\"", "feature = \"std\""]);
    }

    /// Cargo's words (1.95), copied from its standard error.
    #[test]
    fn cargo_failures_are_told_apart() {
        let missing_from_index = "error: no matching package named `anyhow` found\n\
            location searched: crates.io index\n\
            required by package `sem-cli v0.1.0 (/work/crates/cli)`\n\
            As a reminder, you're using offline mode (--offline) which can sometimes cause \
            surprising resolution failures, if this error is too confusing you may wish to retry \
            without `--offline`.";
        let not_downloaded = "error: failed to download `itoa v0.4.1`\n\nCaused by:\n  \
            attempting to make an HTTP request, but --offline was specified";
        let git_not_checked_out = "error: failed to get `yy` as a dependency of package `probe v0.1.0 (/tmp/probe)`\n\n\
            Caused by:\n  unable to update https://example.invalid/yy\n\n\
            Caused by:\n  can't checkout from 'https://example.invalid/yy': you are in the offline mode (--offline)";
        for stderr in [missing_from_index, not_downloaded, git_not_checked_out] {
            assert_eq!(classify_failure(stderr), MetadataFailure::PackagesMissing, "{stderr}");
        }
        // The help after a lock-file error names `--offline` too; that is no missing package.
        let stale_lock = "error: cannot update the lock file /tmp/probe/Cargo.lock because --locked was passed \
            to prevent this\nhelp: to generate the lock file without accessing the network, remove the \
            --locked flag and use --offline instead.";
        let no_lock = "error: cannot create the lock file /tmp/probe/Cargo.lock because --locked was passed \
            to prevent this";
        let needs_update =
            "error: the lock file /tmp/probe/Cargo.lock needs to be updated but --locked was passed to prevent this";
        for stderr in [stale_lock, no_lock, needs_update] {
            assert_eq!(classify_failure(stderr), MetadataFailure::LockOutdated, "{stderr}");
        }
        let broken_manifest = "error: unclosed table, expected `]`\n --> Cargo.toml:1:9";
        let no_network = "error: failed to query replaced source registry `crates-io`\n\n\
            Caused by:\n  download of config.json failed\n\nCaused by:\n  [6] Couldn't resolve host name";
        for stderr in [broken_manifest, no_network, ""] {
            assert_eq!(classify_failure(stderr), MetadataFailure::Other, "{stderr}");
        }
    }

    #[test]
    fn the_metadata_warning_gives_each_command_and_what_cargo_said() {
        let run = |command: &str, stderr: &str, kind| FailedRun {
            command: command.to_owned(),
            stderr: stderr.to_owned(),
            kind,
        };
        let offline = run(
            "cargo metadata --offline",
            "error: no matching package … offline mode",
            MetadataFailure::PackagesMissing,
        );
        let online = run("cargo metadata", "error: [6] Couldn't resolve host name", MetadataFailure::Other);
        let both = MetadataError { failures: vec![offline.clone(), online], network_forbidden: false };
        assert_eq!(
            both.to_string(),
            "`cargo metadata` failed offline, then with network access\n\
             `cargo metadata --offline` said:\nerror: no matching package … offline mode\n\
             `cargo metadata` said:\nerror: [6] Couldn't resolve host name"
        );
        let forbidden = MetadataError { failures: vec![offline], network_forbidden: true };
        assert!(
            forbidden
                .to_string()
                .starts_with("`cargo metadata` failed offline: packages are missing and network access was forbidden")
        );
        let mut command = Command::new("cargo");
        command.args(["metadata", "--manifest-path", "/a dir/Cargo.toml", ""]);
        assert_eq!(describe_command(&command), "cargo metadata --manifest-path '/a dir/Cargo.toml' ''");
    }

    #[test]
    fn folder_crates_are_named_after_their_directory() {
        let name = |path: &str| folder_crate_name(&RelativePath::new(path).unwrap(), Path::new("/x/my-proj"));
        assert_eq!(name("src/lib.rs"), "my_proj");
        assert_eq!(name("lib.rs"), "my_proj");
        assert_eq!(name("tools/gen-code/src/main.rs"), "gen_code");
        assert_eq!(name("a/b/main.rs"), "b");
    }
}

//! The standard library as source: `core`, `alloc`, `std`, `proc_macro` and `test` from a sysroot
//! source folder (the `library` directory of the Rust sources), added as library crates that every other
//! crate depends on.
//!
//! Where the folder is found, in order: a path given by the caller; `$RUST_SRC_PATH`; the
//! toolchain's own (`rustc --print sysroot` + `lib/rustlib/src/rust/library`, which rustup's
//! `rust-src` component installs); a Debian-style `/usr/src/rustc-<version>/library` (the
//! `rust-src` package), the newest first. Each crate's `src` directory is one library root; its
//! edition is read from its `Cargo.toml`.

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::Arc,
};

use crate::{
    CrateData, CrateGraph, CrateId, Dependency, Edition, FilePath, FileSystem, LoadErrors, RelativePath, RootKind,
    SourceRoot, Sources, TargetKind,
    load::{LoadMode, WalkOptions, load_folder},
    project::LoadOptions,
};

/// The crates of the standard library that are loaded, each with the crates it depends on
/// (among these).
const SYSROOT_CRATES: [(&str, &[&str]); 5] = [
    ("core", &[]),
    ("alloc", &["core"]),
    ("std", &["alloc", "core"]),
    ("proc_macro", &["core", "std"]),
    ("test", &["core", "std"]),
];

/// The crates of the standard library in a crate graph.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SysrootCrates {
    pub core: CrateId,
    pub alloc: CrateId,
    pub std: CrateId,
    pub proc_macro: CrateId,
    /// The `test` crate, which older or trimmed sysroots may lack.
    pub test: Option<CrateId>,
}

/// The sysroot source folder (`library`): `explicit` if given, else the first that exists of
/// `$RUST_SRC_PATH`, the toolchain's `rust-src` component and `/usr/src/rustc-*/library`. A
/// folder counts when it has `core/src/lib.rs`.
pub fn find_sysroot_src(explicit: Option<&Path>) -> Option<PathBuf> {
    let is_library = |dir: &Path| dir.join("core").join("src").join("lib.rs").is_file();
    if let Some(dir) = explicit {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("RUST_SRC_PATH").map(PathBuf::from)
        && is_library(&dir)
    {
        return Some(dir);
    }
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    if let Ok(output) = Command::new(rustc).args(["--print", "sysroot"]).output()
        && output.status.success()
    {
        let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
        let dir = sysroot.join("lib").join("rustlib").join("src").join("rust").join("library");
        if is_library(&dir) {
            return Some(dir);
        }
    }
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/src")
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with("rustc-")))
        .map(|path| path.join("library"))
        .filter(|dir| is_library(dir))
        .collect();
    // `rustc-1.63.0` before `rustc-1.9.0` as text, so compare versions as numbers.
    debian.sort_by_key(|dir| {
        let name = dir.parent().and_then(|it| it.file_name()).and_then(|it| it.to_str()).unwrap_or_default();
        name.trim_start_matches("rustc-").split('.').map(|part| part.parse::<u32>().unwrap_or(0)).collect::<Vec<_>>()
    });
    debian.pop()
}

/// `sources` with the standard library of `library` added: one library root for the folder
/// (whose crates reach outside their `src` with `#[path]`), the crates with the host's cfg, and `core`, `alloc`, `std` and `test` made
/// dependencies of every crate already in the graph, and `proc_macro` too. Name
/// resolution puts `core` and `std` in the extern prelude (and `proc_macro` for procedural-macro
/// crates) and leaves `alloc`, `test` and `proc_macro` to `extern crate`,
/// as rustc does; a `#![no_std]` crate drops `std`. A crate whose folder is missing is left
/// out, and so are the crates that need it; unreadable files are load errors as anywhere.
pub fn add_sysroot(
    fs: &Arc<dyn FileSystem>,
    sources: &Sources,
    library: &Path,
    options: &LoadOptions,
    errors: &LoadErrors,
) -> (Sources, Option<SysrootCrates>) {
    let mut sources = sources.clone();
    let mut graph: CrateGraph = sources.crate_graph().clone();
    let user_crates: Vec<CrateId> = graph.iter().map(|(id, _)| id).collect();
    let mut added: Vec<(&str, CrateId)> = Vec::new();
    // One root for the whole `library` folder: `core` and `std` reach outside their `src` with
    // `#[path]` (`core::arch` is `../../stdarch/crates/core_arch/src/mod.rs`, std's backtrace
    // `../../backtrace/src/lib.rs`). Its texts are read on demand, so only what the crates
    // reach is read.
    let mut library_root = None;
    for (name, deps) in SYSROOT_CRATES {
        let dir = library.join(name);
        let src = dir.join("src");
        if !src.join("lib.rs").is_file() || !deps.iter().all(|dep| added.iter().any(|(added, _)| added == dep)) {
            continue;
        }
        let root = *library_root.get_or_insert_with(|| {
            let walk = WalkOptions { mode: LoadMode::OnDemand, skip_dirs: Vec::new() };
            let tree = load_folder(fs, library, &walk, errors);
            let root_data =
                SourceRoot { is_sysroot: true, ..SourceRoot::new(RootKind::Library, tree).with_origin(library) };
            let (root, next) = sources.add_root(root_data);
            sources = next;
            root
        });
        let manifest = read_manifest(&dir.join("Cargo.toml"));
        let edition = manifest.as_ref().and_then(edition_of).unwrap_or(Edition::Edition2021);
        let Ok(root_path) = RelativePath::new(&format!("{name}/src/lib.rs")) else { continue };
        let root_file = FilePath::new(root, root_path);
        // std's dependencies that apply to the host: the crates.io ones come first, so that the
        // crate can depend on them, then its own path dependencies (`std_detect`, `unwind`…),
        // in the same root.
        let std_dependencies = match (name, &manifest) {
            ("std", Some(manifest)) => manifest_dependencies(manifest, &sysroot_cfg(options)),
            _ => Vec::new(),
        };
        let registry_deps = match (&options.cargo_home, find_added(&added, "core")) {
            (Some(cargo_home), Some(core)) if !std_dependencies.is_empty() => add_registry_dependencies(
                fs,
                &mut sources,
                &mut graph,
                &std_dependencies,
                cargo_home,
                (core, find_added(&added, "alloc")),
                options,
                errors,
            ),
            _ => Vec::new(),
        };
        let path_deps =
            add_path_dependencies(&mut graph, root, library, &dir, &std_dependencies, &added, &registry_deps, options);
        let mut data = CrateData::new(name, root_file, edition, TargetKind::Lib);
        data.cfg = sysroot_cfg(options);
        let id = graph.add_crate(data);
        for dep in deps.iter() {
            let dep_id = find_added(&added, dep).expect("checked above");
            let _ = graph.add_dependency(id, Dependency { name: (*dep).into(), krate: dep_id });
        }
        for (dep_name, dep_id) in registry_deps.into_iter().chain(path_deps) {
            let _ = graph.add_dependency(id, Dependency { name: dep_name, krate: dep_id });
        }
        added.push((name, id));
    }
    let find = |name: &str| find_added(&added, name);
    let crates = match (find("core"), find("alloc"), find("std"), find("proc_macro")) {
        (Some(core), Some(alloc), Some(std), Some(proc_macro)) => {
            Some(SysrootCrates { core, alloc, std, proc_macro, test: find("test") })
        }
        _ => None,
    };
    for krate in user_crates {
        // `alloc` and `test` are not in the extern prelude but `extern crate alloc;` finds them,
        // like any dependency: name resolution leaves the sysroot-only names out of the prelude.
        let names = [("core", find("core")), ("alloc", find("alloc")), ("std", find("std")), ("test", find("test"))];
        for (name, id) in names {
            let Some(id) = id else { continue };
            // A crate's own dependency of that name (a crate renamed to `core`) wins.
            if graph[krate].dependencies.iter().any(|dep| dep.name == name) {
                continue;
            }
            let _ = graph.add_dependency(krate, Dependency { name: name.into(), krate: id });
            if matches!(name, "alloc" | "test") {
                graph.keep_out_of_prelude(krate, name);
            }
        }
        // `proc_macro` is in the extern prelude of procedural-macro crates (Cargo passes it
        // with `--extern`); any other crate finds it in the sysroot with `extern crate
        // proc_macro;` (proc-macro2 and syn do, behind their `proc-macro` feature).
        if let Some(id) = find("proc_macro")
            && !graph[krate].dependencies.iter().any(|dep| dep.name == "proc_macro")
        {
            let _ = graph.add_dependency(krate, Dependency { name: "proc_macro".into(), krate: id });
            if !graph[krate].is_proc_macro {
                graph.keep_out_of_prelude(krate, "proc_macro");
            }
        }
    }
    (sources.with_crate_graph(graph), crates)
}

fn find_added(added: &[(&str, CrateId)], name: &str) -> Option<CrateId> {
    added.iter().find(|(added, _)| *added == name).map(|(_, id)| *id)
}

/// The cfg set of the standard library's crates: the host's, and for every
/// `target_has_atomic = "N"` also `target_has_atomic_load_store = "N"` and
/// `target_has_atomic_equal_alignment = "N"`, and the bare `target_has_atomic` and
/// `target_has_atomic_load_store` when there is any: rustc sets them for the library (`core`
/// defines `AtomicUsize` under them), but `rustc --print cfg` does not print them.
fn sysroot_cfg(options: &LoadOptions) -> crate::CfgOptions {
    let mut cfg = options.host_cfg.clone();
    let widths: Vec<String> = cfg.values("target_has_atomic").map(str::to_owned).collect();
    if !widths.is_empty() {
        // The bare names too: `core` defines `atomic_int!` under `target_has_atomic_load_store`.
        cfg.insert_flag("target_has_atomic");
        cfg.insert_flag("target_has_atomic_load_store");
    }
    for width in widths {
        cfg.insert_key_value("target_has_atomic_load_store", width.as_str());
        cfg.insert_key_value("target_has_atomic_equal_alignment", width.as_str());
    }
    cfg
}

/// Adds the crates.io dependencies among `std_dependencies` (those of std's manifest that apply
/// to the host), as Cargo unpacked them under `cargo_home`'s `registry/src/*/`: `cfg-if`, whose `cfg_if!` makes std's
/// platform modules, and `libc`. Each is a library root of its own, with the host's cfg and
/// the features std asks for (but `rustc-dep-of-std`, which makes a crate depend on std's
/// workspace shims), depending on `core`, and on `alloc` outside the extern prelude (for
/// `extern crate alloc as stdalloc;`, as hashbrown writes: rustc finds it in the sysroot). The version is the newest that the
/// requirement accepts, else the newest there is (the macros std uses have not changed in
/// years); a dependency that is not unpacked anywhere is left out, and std's code that needs it
/// stays unresolved. Returns each added crate with the name std knows it by.
#[allow(clippy::too_many_arguments)]
fn add_registry_dependencies(
    fs: &Arc<dyn FileSystem>,
    sources: &mut Sources,
    graph: &mut CrateGraph,
    std_dependencies: &[(&String, &toml::Table)],
    cargo_home: &Path,
    (core, alloc): (CrateId, Option<CrateId>),
    options: &LoadOptions,
    errors: &LoadErrors,
) -> Vec<(smol_str::SmolStr, CrateId)> {
    let registries: Vec<PathBuf> = std::fs::read_dir(cargo_home.join("registry").join("src"))
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    let mut out = Vec::new();
    for &(name, spec) in std_dependencies {
        let optional = spec.get("optional").and_then(|it| it.as_bool()).unwrap_or(false);
        let Some(requirement) = spec.get("version").and_then(|it| it.as_str()) else { continue };
        if optional || spec.contains_key("path") || spec.contains_key("package") {
            continue;
        }
        let Some(dir) = unpacked_package(&registries, name, requirement) else { continue };
        let src = dir.join("src");
        if !src.join("lib.rs").is_file() {
            continue;
        }
        let walk = WalkOptions { mode: LoadMode::OnDemand, skip_dirs: Vec::new() };
        let tree = load_folder(fs, &src, &walk, errors);
        let root_data = SourceRoot { is_sysroot: true, ..SourceRoot::new(RootKind::Library, tree).with_origin(src) };
        let (root, next) = sources.add_root(root_data);
        *sources = next;
        let edition = manifest_edition(&dir.join("Cargo.toml")).unwrap_or(Edition::Edition2015);
        let crate_name = name.replace('-', "_");
        let root_file = FilePath::new(root, RelativePath::new("lib.rs").expect("a valid path"));
        let mut data = CrateData::new(crate_name.as_str(), root_file, edition, TargetKind::Lib);
        data.package = Some(name.as_str().into());
        data.cfg = sysroot_cfg(options);
        let features = spec.get("features").and_then(|it| it.as_array()).into_iter().flatten();
        for feature in features.filter_map(|it| it.as_str()).filter(|it| *it != "rustc-dep-of-std") {
            data.cfg.insert_key_value("feature", feature);
        }
        let id = graph.add_crate(data);
        let _ = graph.add_dependency(id, Dependency { name: "core".into(), krate: core });
        if let Some(alloc) = alloc {
            let _ = graph.add_dependency(id, Dependency { name: "alloc".into(), krate: alloc });
            graph.keep_out_of_prelude(id, "alloc");
        }
        out.push((crate_name.into(), id));
    }
    out
}

/// Adds the non-optional path dependencies among `std_dependencies` (relative to `std_dir`)
/// that are not crates of [`SYSROOT_CRATES`] (`std_detect`, which defines `is_x86_feature_detected!`;
/// `unwind`; `panic_abort`) as crates of the library's root `root`, each depending on `core`,
/// `alloc` and std's registry dependencies (`cfg_if`, `libc`). Returns each with its name.
#[allow(clippy::too_many_arguments)]
fn add_path_dependencies(
    graph: &mut CrateGraph,
    root: crate::RootId,
    library: &Path,
    std_dir: &Path,
    std_dependencies: &[(&String, &toml::Table)],
    added: &[(&str, CrateId)],
    registry_deps: &[(smol_str::SmolStr, CrateId)],
    options: &LoadOptions,
) -> Vec<(smol_str::SmolStr, CrateId)> {
    if std_dependencies.is_empty() {
        return Vec::new();
    }
    let Ok(library) = library.canonicalize() else { return Vec::new() };
    let mut out = Vec::new();
    for &(name, spec) in std_dependencies {
        let optional = spec.get("optional").and_then(|it| it.as_bool()).unwrap_or(false);
        let Some(path) = spec.get("path").and_then(|it| it.as_str()) else { continue };
        let crate_name = name.replace('-', "_");
        if optional || SYSROOT_CRATES.iter().any(|(sysroot, _)| *sysroot == crate_name) {
            continue;
        }
        let Ok(dir) = std_dir.join(path).canonicalize() else { continue };
        let Ok(relative) = dir.strip_prefix(&library) else { continue };
        let Some(relative) = relative.to_str() else { continue };
        let Ok(root_path) = RelativePath::new(&format!("{relative}/src/lib.rs")) else { continue };
        if !dir.join("src").join("lib.rs").is_file() {
            continue;
        }
        let edition = manifest_edition(&dir.join("Cargo.toml")).unwrap_or(Edition::Edition2021);
        let mut data = CrateData::new(crate_name.as_str(), FilePath::new(root, root_path), edition, TargetKind::Lib);
        data.package = Some(name.as_str().into());
        data.cfg = sysroot_cfg(options);
        let id = graph.add_crate(data);
        let library_deps = ["core", "alloc"].into_iter().filter_map(|dep| Some((dep.into(), find_added(added, dep)?)));
        for (dep_name, dep_id) in library_deps.chain(registry_deps.iter().cloned()) {
            let _ = graph.add_dependency(id, Dependency { name: dep_name, krate: dep_id });
        }
        out.push((crate_name.into(), id));
    }
    out
}

/// The dependencies of a manifest that apply to the host: `[dependencies]`, and each
/// `[target.'cfg(..)'.dependencies]` whose predicate holds under `cfg` (std 1.9x depends on
/// `libc` there). Tables under a target triple are left out.
fn manifest_dependencies<'m>(manifest: &'m toml::Table, cfg: &crate::CfgOptions) -> Vec<(&'m String, &'m toml::Table)> {
    let tables = |value: Option<&'m toml::Value>| {
        value
            .and_then(|it| it.as_table())
            .into_iter()
            .flatten()
            .filter_map(|(name, spec)| Some((name, spec.as_table()?)))
    };
    let mut out: Vec<(&String, &toml::Table)> = tables(manifest.get("dependencies")).collect();
    for (target, table) in manifest.get("target").and_then(|it| it.as_table()).into_iter().flatten() {
        let Some(predicate) = target.strip_prefix("cfg(").and_then(|it| it.strip_suffix(')')) else { continue };
        if cfg_holds(predicate, cfg) {
            out.extend(tables(table.get("dependencies")));
        }
    }
    out
}

/// Whether the cfg predicate written as `text` (`not(all(windows, target_env = "msvc"))`)
/// holds under `cfg`; an invalid one does not.
fn cfg_holds(text: &str, cfg: &crate::CfgOptions) -> bool {
    let parse = sem_syntax::parse_source_file(text, Edition::Edition2021);
    let tokens = sem_syntax::token_tree::syntax_to_token_tree(&parse.syntax_node(), Default::default(), |_| ());
    crate::cfg::CfgExpr::parse(&tokens.token_trees).eval(cfg) == Some(true)
}

/// The folder `<name>-<version>` in one of `registries` with the newest version that the
/// Cargo requirement `requirement` (`"0.1.8"`, `"^1.0"`, `"=0.2.126"`…, read as a caret
/// requirement on its numbers) accepts, else the newest of any version.
fn unpacked_package(registries: &[PathBuf], name: &str, requirement: &str) -> Option<PathBuf> {
    let required = parse_version(requirement.trim_start_matches(['^', '=', '~', ' ']));
    let mut candidates: Vec<(bool, Vec<u64>, PathBuf)> = Vec::new();
    for registry in registries {
        for entry in std::fs::read_dir(registry).into_iter().flatten().flatten() {
            let file_name = entry.file_name();
            let Some(version) = file_name.to_str().and_then(|it| it.strip_prefix(name)?.strip_prefix('-')) else {
                continue;
            };
            // `cfg-if-1.0.0`, not `cfg-if-impl-0.1.0`: what follows the name is a version.
            if !version.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let Some(version) = parse_version(version) else { continue };
            let compatible = required.as_ref().is_some_and(|required| caret_accepts(required, &version));
            candidates.push((compatible, version, entry.path()));
        }
    }
    candidates.sort();
    candidates.pop().map(|(_, _, path)| path)
}

/// The leading numbers of a version (`1.0.3-beta` → `[1, 0, 3]`).
fn parse_version(text: &str) -> Option<Vec<u64>> {
    let core = text.split(['-', '+']).next()?;
    let numbers: Option<Vec<u64>> = core.split('.').map(|part| part.parse().ok()).collect();
    numbers.filter(|numbers| !numbers.is_empty())
}

/// Whether a caret requirement on `required` accepts `version`: the same leftmost non-zero
/// number (and every number before it), and not older.
fn caret_accepts(required: &[u64], version: &[u64]) -> bool {
    let significant = required.iter().position(|&number| number != 0).unwrap_or(required.len() - 1);
    required[..=significant] == version.get(..=significant).unwrap_or(&[])[..] && version >= required
}

/// A `Cargo.toml`, read and parsed.
fn read_manifest(manifest: &Path) -> Option<toml::Table> {
    std::fs::read_to_string(manifest).ok()?.parse().ok()
}

/// The `edition` of a `Cargo.toml`, if it says one.
fn manifest_edition(manifest: &Path) -> Option<Edition> {
    edition_of(&read_manifest(manifest)?)
}

/// The `edition` a parsed manifest says, if any.
fn edition_of(manifest: &toml::Table) -> Option<Edition> {
    manifest.get("package")?.get("edition")?.as_str()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RealFileSystem;

    #[test]
    fn the_standard_library_is_added_with_its_dependencies_and_every_crate_depends_on_core_and_std() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path();
        for (name, _) in SYSROOT_CRATES {
            std::fs::create_dir_all(library.join(name).join("src")).unwrap();
            std::fs::write(library.join(name).join("src/lib.rs"), "pub fn f() {}\n").unwrap();
            std::fs::write(library.join(name).join("Cargo.toml"), "[package]\nname = \"x\"\nedition = \"2018\"\n")
                .unwrap();
        }
        let mut graph = CrateGraph::new();
        let user_root = FilePath::new(crate::RootId(0), RelativePath::new("lib.rs").unwrap());
        let user = graph.add_crate(CrateData::new("user", user_root, Edition::Edition2021, TargetKind::Lib));
        let sources = Sources::new().with_crate_graph(graph);
        let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
        let (sources, crates) = add_sysroot(&fs, &sources, library, &LoadOptions::default(), &LoadErrors::new());
        let crates = crates.expect("all the crates");
        assert!(crates.test.is_some());
        let graph = sources.crate_graph();
        let deps =
            |id: CrateId| -> Vec<String> { graph[id].dependencies.iter().map(|dep| dep.name.to_string()).collect() };
        assert_eq!(deps(user), ["core", "alloc", "std", "test", "proc_macro"]);
        // Found by `extern crate` only, as in rustc.
        assert_eq!(graph[user].outside_prelude, ["alloc", "test", "proc_macro"]);
        assert_eq!(deps(crates.std), ["alloc", "core"]);
        assert_eq!(deps(crates.core), Vec::<String>::new());
        assert_eq!(graph[crates.std].edition, Edition::Edition2018);
        assert_eq!(sources.root(graph[crates.core].root_file.root).unwrap().kind, RootKind::Library);
        assert_eq!(find_sysroot_src(Some(library)), Some(library.to_path_buf()));
    }

    #[test]
    fn std_gets_its_crates_io_dependencies_from_the_cargo_registry() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("library");
        for (name, _) in SYSROOT_CRATES {
            std::fs::create_dir_all(library.join(name).join("src")).unwrap();
            std::fs::write(library.join(name).join("src/lib.rs"), "pub fn f() {}\n").unwrap();
        }
        std::fs::write(
            library.join("std/Cargo.toml"),
            "[package]\nname = \"std\"\nedition = \"2021\"\n[dependencies]\n\
             core = { path = \"../core\" }\n\
             cfg-if = { version = \"0.1.8\", features = ['rustc-dep-of-std'] }\n\
             hashbrown = { version = \"0.12\" }\n\
             miniz_oxide = { version = \"0.4.0\", optional = true }\n\
             std_detect = { path = \"../stdarch/crates/std_detect\" }\n\
             [target.'cfg(not(windows))'.dependencies]\n\
             libc = { version = \"0.2.126\", default-features = false, features = ['rustc-dep-of-std', 'align'] }\n\
             [target.'cfg(windows)'.dependencies]\n\
             windows-targets = { version = \"0.1\" }\n",
        )
        .unwrap();
        let std_detect = library.join("stdarch/crates/std_detect/src");
        std::fs::create_dir_all(&std_detect).unwrap();
        std::fs::write(std_detect.join("lib.rs"), "").unwrap();
        let cargo_home = dir.path().join("cargo");
        // Two registries; `cfg-if-impl` is another package; hashbrown is not unpacked.
        let packages = [
            "a/cfg-if-0.1.9",
            "b/cfg-if-0.1.10",
            "b/cfg-if-1.0.4",
            "a/cfg-if-impl-0.2.0",
            "a/libc-0.2.191",
            "a/windows-targets-0.1.0",
        ];
        for package in packages {
            let src = cargo_home.join("registry/src").join(package).join("src");
            std::fs::create_dir_all(&src).unwrap();
            std::fs::write(src.join("lib.rs"), "").unwrap();
        }
        let miniz = cargo_home.join("registry/src/a/miniz_oxide-0.4.0/src");
        std::fs::create_dir_all(&miniz).unwrap();
        std::fs::write(miniz.join("lib.rs"), "").unwrap();
        let mut options = LoadOptions { cargo_home: Some(cargo_home), ..LoadOptions::default() };
        options.host_cfg.insert_key_value("target_has_atomic", "ptr");
        let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
        let (sources, crates) = add_sysroot(&fs, &Sources::new(), &library, &options, &LoadErrors::new());
        let crates = crates.expect("all the crates");
        let graph = sources.crate_graph();
        let deps: Vec<(String, String)> = graph[crates.std]
            .dependencies
            .iter()
            .map(|dep| {
                // The library's crates share the library's root; a registry crate has its own.
                let root_file = &graph[dep.krate].root_file;
                let origin = sources.root(root_file.root).unwrap().origin.clone().unwrap();
                let package = if origin == library {
                    root_file.path.components().next().unwrap().to_owned()
                } else {
                    origin.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned()
                };
                (dep.name.to_string(), package)
            })
            .collect();
        // `windows-targets` is for Windows only, `miniz_oxide` optional, `hashbrown` not unpacked;
        // `std_detect` is a path dependency inside the library.
        assert_eq!(
            deps,
            [
                ("alloc".to_owned(), "alloc".to_owned()),
                ("core".to_owned(), "core".to_owned()),
                ("cfg_if".to_owned(), "cfg-if-0.1.10".to_owned()),
                ("libc".to_owned(), "libc-0.2.191".to_owned()),
                ("std_detect".to_owned(), "stdarch".to_owned()),
            ]
        );
        let std_detect = graph[crates.std].dependencies.iter().find(|dep| dep.name == "std_detect").unwrap().krate;
        assert_eq!(graph[std_detect].root_file.path.as_str(), "stdarch/crates/std_detect/src/lib.rs");
        let std_detect_deps: Vec<&str> = graph[std_detect].dependencies.iter().map(|dep| dep.name.as_str()).collect();
        assert_eq!(std_detect_deps, ["core", "alloc", "cfg_if", "libc"]);
        let libc = graph[crates.std].dependencies.iter().find(|dep| dep.name == "libc").unwrap().krate;
        let features: Vec<&str> = graph[libc].cfg.values("feature").collect();
        assert_eq!(features, ["align"]);
        // `alloc` for `extern crate alloc;`, outside the extern prelude.
        assert_eq!(graph[libc].dependencies.iter().map(|dep| dep.name.as_str()).collect::<Vec<_>>(), ["core", "alloc"]);
        assert_eq!(graph[libc].outside_prelude, ["alloc"]);
        // The library tests `target_has_atomic_load_store`, bare and with a width.
        assert_eq!(graph[crates.core].cfg.values("target_has_atomic_load_store").collect::<Vec<_>>(), ["ptr"]);
        assert!(graph[crates.core].cfg.has_flag("target_has_atomic_load_store"));
    }

    #[test]
    fn caret_requirements_keep_the_leftmost_non_zero_number() {
        assert!(caret_accepts(&[0, 1, 8], &[0, 1, 10]));
        assert!(!caret_accepts(&[0, 1, 8], &[0, 1, 7]));
        assert!(!caret_accepts(&[0, 1, 8], &[1, 0, 0]));
        assert!(caret_accepts(&[1, 0], &[1, 9, 2]));
        assert!(!caret_accepts(&[1, 0], &[2, 0, 0]));
        assert!(caret_accepts(&[0, 0, 3], &[0, 0, 3]));
        assert!(!caret_accepts(&[0, 0, 3], &[0, 0, 4]));
        assert_eq!(parse_version("1.0.3-beta.1"), Some(vec![1, 0, 3]));
        assert_eq!(parse_version("impl-0.1"), None);
    }

    #[test]
    fn a_library_folder_without_core_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
        let (sources, crates) =
            add_sysroot(&fs, &Sources::new(), dir.path(), &LoadOptions::default(), &LoadErrors::new());
        assert!(crates.is_none());
        assert!(sources.crate_graph().is_empty());
    }
}

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

/// `sources` with the standard library of `library` added: one library root per crate
/// (its `src`), the crates with the host's cfg, and `core`, `alloc`, `std` and `test` made
/// dependencies of every crate already in the graph (`proc_macro` too, of procedural-macro crates). Name
/// resolution puts `core` and `std` in the extern prelude and leaves `alloc` and `test` to
/// `extern crate`,
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
    for (name, deps) in SYSROOT_CRATES {
        let dir = library.join(name);
        let src = dir.join("src");
        if !src.join("lib.rs").is_file() || !deps.iter().all(|dep| added.iter().any(|(added, _)| added == dep)) {
            continue;
        }
        let walk = WalkOptions { mode: LoadMode::OnDemand, skip_dirs: Vec::new() };
        let tree = load_folder(fs, &src, &walk, errors);
        let root_data =
            SourceRoot { is_sysroot: true, ..SourceRoot::new(RootKind::Library, tree).with_origin(src.clone()) };
        let (root, next) = sources.add_root(root_data);
        sources = next;
        let edition = manifest_edition(&dir.join("Cargo.toml")).unwrap_or(Edition::Edition2021);
        let root_file = FilePath::new(root, RelativePath::new("lib.rs").expect("a valid path"));
        let mut data = CrateData::new(name, root_file, edition, TargetKind::Lib);
        data.cfg = options.host_cfg.clone();
        let id = graph.add_crate(data);
        for dep in deps.iter() {
            let (_, dep_id) = *added.iter().find(|(added, _)| added == dep).expect("checked above");
            let _ = graph.add_dependency(id, Dependency { name: (*dep).into(), krate: dep_id });
        }
        added.push((name, id));
    }
    let find = |name: &str| added.iter().find(|(added, _)| *added == name).map(|(_, id)| *id);
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
        }
        if graph[krate].is_proc_macro
            && let Some(id) = find("proc_macro")
            && !graph[krate].dependencies.iter().any(|dep| dep.name == "proc_macro")
        {
            let _ = graph.add_dependency(krate, Dependency { name: "proc_macro".into(), krate: id });
        }
    }
    (sources.with_crate_graph(graph), crates)
}

/// The `edition` of a `Cargo.toml`, if it says one.
fn manifest_edition(manifest: &Path) -> Option<Edition> {
    let text = std::fs::read_to_string(manifest).ok()?;
    let value: toml::Table = text.parse().ok()?;
    value.get("package")?.get("edition")?.as_str()?.parse().ok()
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
        assert_eq!(deps(user), ["core", "alloc", "std", "test"]);
        assert_eq!(deps(crates.std), ["alloc", "core"]);
        assert_eq!(deps(crates.core), Vec::<String>::new());
        assert_eq!(graph[crates.std].edition, Edition::Edition2018);
        assert_eq!(sources.root(graph[crates.core].root_file.root).unwrap().kind, RootKind::Library);
        assert_eq!(find_sysroot_src(Some(library)), Some(library.to_path_buf()));
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

//! Loading a real Cargo workspace (tests/workspaces/tokio-serde-clap) through `cargo metadata`.

use std::{path::PathBuf, process::Command, sync::Arc};

use sem_sources::{
    CfgAtom, CrateId, Edition, FileSystem, RealFileSystem, RootKind, TargetKind,
    project::{LoadOptions, LoadedProject, ProjectKind, load_project},
};

fn workspace_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/workspaces/tokio-serde-clap")
}

/// Fetches the workspace's dependencies (a no-op when they are in the local registry already),
/// then loads it as `sem` does.
fn load() -> LoadedProject {
    let dir = workspace_dir();
    let status = Command::new(env!("CARGO"))
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo fetch failed for {}", dir.display());
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    // The workspace alone: the standard library's crates are `sysroot`'s to test.
    let options = LoadOptions { sysroot_src: None, ..LoadOptions::for_host() };
    load_project(&fs, &dir, &options).expect("the workspace loads")
}

fn find(project: &LoadedProject, name: &str, kind: TargetKind) -> CrateId {
    let graph = project.sources.crate_graph();
    graph
        .iter()
        .find(|(_, data)| data.display_name == name && data.target_kind == kind)
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("no {kind:?} crate {name}"))
}

#[test]
fn every_package_of_the_graph_becomes_roots_and_crates() {
    let project = load();
    assert!(matches!(project.kind, ProjectKind::CargoWorkspace { .. }));
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let graph = project.sources.crate_graph();

    // The resolved graph for this platform, as cargo itself reports it.
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--manifest-path"])
        .arg(workspace_dir().join("Cargo.toml"))
        .args(["--filter-platform", &sem_sources::project::host_triple().unwrap()])
        .output()
        .unwrap();
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages = metadata["resolve"]["nodes"].as_array().unwrap().len();
    assert_eq!(project.sources.root_count(), packages, "one root per package");
    for node in metadata["resolve"]["nodes"].as_array().unwrap() {
        let id = node["id"].as_str().unwrap();
        let package = metadata["packages"].as_array().unwrap().iter().find(|p| p["id"] == id).unwrap();
        for target in package["targets"].as_array().unwrap() {
            let name = target["name"].as_str().unwrap();
            assert!(graph.iter().any(|(_, data)| data.display_name == name), "target {name} of {id} is a crate");
        }
    }

    let app = find(&project, "app", TargetKind::Bin);
    let model = find(&project, "model", TargetKind::Lib);
    let tokio = find(&project, "tokio", TargetKind::Lib);
    assert_eq!(graph[app].edition, Edition::Edition2021, "inherited from [workspace.package]");
    assert_eq!(graph[model].edition, Edition::Edition2018);
    let roots = |id: CrateId| project.sources.root(graph[id].root_file.root).unwrap().kind;
    assert_eq!(roots(app), RootKind::Workspace);
    assert_eq!(roots(tokio), RootKind::Library);
    assert_eq!(graph[app].root_file.path.as_str(), "src/main.rs");
    assert!(
        project
            .sources
            .get_text(graph[app].root_file.root, &graph[app].root_file.path)
            .unwrap()
            .contains("tokio::main")
    );
}

#[test]
fn dependencies_use_their_extern_names_and_features_become_cfgs() {
    let project = load();
    let graph = project.sources.crate_graph();
    let dep_names = |id: CrateId| -> Vec<String> {
        let mut names: Vec<String> = graph[id].dependencies.iter().map(|dep| dep.name.to_string()).collect();
        names.sort();
        names
    };
    let app = find(&project, "app", TargetKind::Bin);
    let model = find(&project, "model", TargetKind::Lib);
    assert_eq!(dep_names(app), ["clap", "model", "serde_json", "tokio"]);
    // `json` is `serde_json` renamed in model's manifest.
    assert_eq!(dep_names(model), ["json", "serde"]);
    let json = graph[model].dependencies.iter().find(|dep| dep.name == "json").unwrap().krate;
    assert_eq!(graph[json].display_name, "serde_json");

    let tokio = find(&project, "tokio", TargetKind::Lib);
    let feature = |name: &str| CfgAtom::KeyValue { key: "feature".into(), value: name.into() };
    assert!(graph[tokio].cfg.contains(&feature("rt-multi-thread")), "`full` turns on rt-multi-thread");
    assert!(graph[tokio].cfg.has_flag("unix") || !cfg!(unix), "host cfgs are set");
    let tokio_macros = find(&project, "tokio_macros", TargetKind::ProcMacro);
    assert!(graph[tokio_macros].is_proc_macro);
    let serde_test = graph.iter().find(|(_, data)| data.target_kind == TargetKind::Test).unwrap().1;
    assert!(serde_test.cfg.has_flag("test"));
    assert_eq!(graph[app].env["CARGO_PKG_NAME"], "app");
    assert_eq!(graph[app].env["CARGO_BIN_NAME"], "app");
}

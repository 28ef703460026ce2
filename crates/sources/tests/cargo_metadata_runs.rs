//! How `cargo metadata` is run: offline first, with network access when packages are missing
//! (unless `LoadOptions::offline`), and what the warning says when it cannot be had. Real cargo
//! on small workspaces written to temporary folders; nothing here reaches the internet (the
//! one package to download is a git repository on the local disk).

use std::{
    fs,
    os::unix::fs::PermissionsExt,
    path::{Path, PathBuf},
    process::Command,
    sync::Arc,
};

use sem_sources::{
    FileSystem, RealFileSystem, RootKind, TargetKind,
    project::{LoadOptions, LoadedProject, ProjectKind, load_project},
};

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn load(dir: &Path, options: &LoadOptions) -> LoadedProject {
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    load_project(&fs, dir, options).expect("the folder loads")
}

/// The host's options, without the standard library, running the cargo that runs the tests.
fn options() -> LoadOptions {
    LoadOptions { sysroot_src: None, cargo: PathBuf::from(env!("CARGO")), ..LoadOptions::for_host() }
}

/// A workspace `app` depending on a crate `helper` that `dependency` says where to find.
fn workspace(dir: &Path, dependency: &str) {
    write(&dir.join("Cargo.toml"), "[workspace]\nmembers = [\"app\"]\nresolver = \"2\"\n");
    write(
        &dir.join("app/Cargo.toml"),
        &format!(
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n{dependency}\n"
        ),
    );
    write(&dir.join("app/src/main.rs"), "fn main() { helper::help(); }\n");
}

/// The crate `helper` as a package in `dir`.
fn helper(dir: &Path) {
    write(&dir.join("Cargo.toml"), "[package]\nname = \"helper\"\nversion = \"0.1.0\"\nedition = \"2018\"\n");
    write(&dir.join("src/lib.rs"), "pub fn help() {}\n");
}

#[test]
fn a_workspace_with_a_path_dependency_and_no_lock_file_loads_offline() {
    let dir = tempfile::tempdir().unwrap();
    workspace(dir.path(), "helper = { path = \"../helper\" }");
    helper(&dir.path().join("helper"));
    // No network is needed, and none is allowed.
    let project = load(dir.path(), &LoadOptions { offline: true, ..options() });
    assert!(matches!(project.kind, ProjectKind::CargoWorkspace { .. }), "{:?}", project.warnings);
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let graph = project.sources.crate_graph();
    let find = |name: &str| graph.iter().find(|(_, data)| data.display_name == name).map(|(id, _)| id).unwrap();
    let (app, help) = (find("app"), find("helper"));
    assert_eq!(graph[app].target_kind, TargetKind::Bin);
    assert!(graph[app].dependencies.iter().any(|dep| dep.krate == help && dep.name == "helper"));
    // A local path package is the workspace's, as a member is.
    assert_eq!(project.sources.root(graph[help].root_file.root).unwrap().kind, RootKind::Workspace);
    // `--locked` was given up for the run that wrote the lock file.
    assert!(dir.path().join("Cargo.lock").is_file());
}

#[test]
fn a_broken_manifest_is_loaded_as_a_folder_and_cargo_s_words_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("Cargo.toml"), "[package\nname = \"broken\"\n");
    write(&dir.path().join("src/lib.rs"), "pub fn f() {}\n");
    let project = load(dir.path(), &options());
    assert_eq!(project.kind, ProjectKind::Folder);
    let [warning] = &project.warnings[..] else { panic!("{:?}", project.warnings) };
    let warning = &warning.message;
    assert!(warning.contains("was loaded as a plain folder because `cargo metadata` failed\n"), "{warning}");
    // Which command: the offline run (no network run: nothing was missing), and what it said.
    let manifest = fs::canonicalize(dir.path()).unwrap().join("Cargo.toml");
    let command = format!("metadata --format-version 1 --manifest-path {} --offline", manifest.display());
    assert!(warning.contains(&command), "{warning}");
    assert_eq!(warning.matches("` said:\n").count(), 1, "{warning}");
    assert!(warning.contains("said:\nerror: unclosed table, expected `]`"), "{warning}");
}

/// A git repository holding the package `helper`, or `None` when there is no `git` to make one.
fn git_helper(dir: &Path) -> Option<String> {
    helper(dir);
    let git = |args: &[&str]| {
        Command::new("git")
            .args(["-c", "user.name=sem", "-c", "user.email=sem@localhost", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(dir)
            .output()
            .is_ok_and(|output| output.status.success())
    };
    if !(git(&["init", "--quiet"]) && git(&["add", "."]) && git(&["commit", "--quiet", "-m", "helper"])) {
        eprintln!("no usable `git`: the network fallback is not tested");
        return None;
    }
    Some(format!("helper = {{ git = \"file://{}\" }}", dir.display()))
}

#[test]
fn missing_packages_are_downloaded_unless_the_network_is_forbidden() {
    let dir = tempfile::tempdir().unwrap();
    let Some(dependency) = git_helper(&dir.path().join("helper-repo")) else { return };
    workspace(&dir.path().join("ws"), &dependency);
    // A Cargo home of its own, so that the checkout goes nowhere else: a wrapper that runs the
    // real cargo with it.
    let cargo_home = dir.path().join("cargo-home");
    let wrapper = dir.path().join("cargo");
    write(&wrapper, &format!("#!/bin/sh\nCARGO_HOME='{}' exec '{}' \"$@\"\n", cargo_home.display(), env!("CARGO")));
    fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755)).unwrap();
    let options = LoadOptions { cargo: wrapper, ..options() };

    // Offline only: the git package was never fetched, so the workspace is a folder, and the
    // warning says why, with cargo's own words and the command.
    let forbidden = load(&dir.path().join("ws"), &LoadOptions { offline: true, ..options.clone() });
    assert_eq!(forbidden.kind, ProjectKind::Folder);
    let [warning] = &forbidden.warnings[..] else { panic!("{:?}", forbidden.warnings) };
    let warning = &warning.message;
    assert!(warning.contains("network access was forbidden"), "{warning}");
    assert!(warning.contains(" --offline --locked"), "{warning}");
    assert!(warning.contains("offline mode"), "{warning}");
    assert_eq!(warning.matches("` said:\n").count(), 1, "no run with network access: {warning}");

    // With network access allowed, cargo fetches it and the workspace loads as one.
    let project = load(&dir.path().join("ws"), &options);
    assert!(matches!(project.kind, ProjectKind::CargoWorkspace { .. }), "{:?}", project.warnings);
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let graph = project.sources.crate_graph();
    let helper = graph.iter().find(|(_, data)| data.display_name == "helper").map(|(_, data)| data).unwrap();
    assert_eq!(project.sources.root(helper.root_file.root).unwrap().kind, RootKind::Library);
    assert!(cargo_home.join("git").is_dir(), "the checkout is in the test's Cargo home");

    // Now that it is downloaded, offline is enough.
    let offline = load(&dir.path().join("ws"), &LoadOptions { offline: true, ..options });
    assert!(matches!(offline.kind, ProjectKind::CargoWorkspace { .. }), "{:?}", offline.warnings);
}

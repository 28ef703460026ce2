//! `cargo xtask tidy`: conventions of the repository that no compiler checks.

use std::{fs, path::Path};

/// Every package of the workspace, by its directory relative to the repository root.
fn package_dirs(root: &Path) -> Vec<String> {
    let mut dirs: Vec<String> = fs::read_dir(root.join("crates"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| format!("crates/{}", entry.file_name().to_string_lossy()))
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs.extend(["xtask", "tests", "benches"].map(String::from));
    dirs
}

/// Checks the repository at `root`, returning every problem found.
pub(crate) fn check(root: &Path) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    check_workspace_dependencies(root, &mut problems);
    for dir in package_dirs(root) {
        check_package(root, &dir, &mut problems);
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

fn read_toml(path: &Path, problems: &mut Vec<String>) -> Option<toml::Table> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            problems.push(format!("{}: cannot read: {error}", path.display()));
            return None;
        }
    };
    match text.parse::<toml::Table>() {
        Ok(table) => Some(table),
        Err(error) => {
            problems.push(format!("{}: not TOML: {error}", path.display()));
            None
        }
    }
}

/// Every external dependency is pinned to one exact version in `[workspace.dependencies]`.
fn check_workspace_dependencies(root: &Path, problems: &mut Vec<String>) {
    let Some(manifest) = read_toml(&root.join("Cargo.toml"), problems) else { return };
    let Some(dependencies) = manifest.get("workspace").and_then(|w| w.get("dependencies")).and_then(|d| d.as_table())
    else {
        problems.push("Cargo.toml: no [workspace.dependencies]".to_owned());
        return;
    };
    for (name, spec) in dependencies {
        let version = match spec {
            toml::Value::String(version) => Some(version.as_str()),
            toml::Value::Table(table) if table.contains_key("path") => continue,
            toml::Value::Table(table) => table.get("version").and_then(|v| v.as_str()),
            _ => None,
        };
        if !version.is_some_and(|version| version.starts_with('=')) {
            problems.push(format!("Cargo.toml: workspace dependency `{name}` is not pinned with `=`"));
        }
    }
}

/// A package takes its dependencies from the workspace, uses the workspace lints, and its
/// crate root opens with a `//!` doc saying what it is for.
fn check_package(root: &Path, dir: &str, problems: &mut Vec<String>) {
    let manifest_path = root.join(dir).join("Cargo.toml");
    let Some(manifest) = read_toml(&manifest_path, problems) else { return };
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        let Some(dependencies) = manifest.get(section).and_then(|d| d.as_table()) else { continue };
        for (name, spec) in dependencies {
            let from_workspace = spec.get("workspace").and_then(|w| w.as_bool()) == Some(true);
            if !from_workspace {
                problems.push(format!("{dir}/Cargo.toml: [{section}] `{name}` must be `{name}.workspace = true`"));
            }
        }
    }
    if manifest.get("lints").and_then(|l| l.get("workspace")).and_then(|w| w.as_bool()) != Some(true) {
        problems.push(format!("{dir}/Cargo.toml: missing `[lints] workspace = true`"));
    }
    let crate_root = ["src/lib.rs", "src/main.rs"].iter().map(|file| root.join(dir).join(file)).find(|p| p.exists());
    match crate_root.map(fs::read_to_string) {
        Some(Ok(text)) if text.starts_with("//!") => {}
        Some(_) => problems.push(format!("{dir}: the crate root must open with a `//!` doc")),
        None => problems.push(format!("{dir}: no src/lib.rs or src/main.rs")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_is_tidy() {
        let root = crate::repository_root();
        if let Err(problems) = check(&root) {
            panic!("cargo xtask tidy found problems:\n{}", problems.join("\n"));
        }
    }

    #[test]
    fn tidy_finds_each_kind_of_problem() {
        let dir = std::env::temp_dir().join(format!("sem-tidy-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("crates/bad/src")).unwrap();
        fs::create_dir_all(dir.join("xtask/src")).unwrap();
        fs::write(dir.join("Cargo.toml"), "[workspace.dependencies]\nloose = \"1\"\nlocal = { path = \"x\" }\n")
            .unwrap();
        fs::write(dir.join("crates/bad/Cargo.toml"), "[dependencies]\nserde = \"1\"\n").unwrap();
        fs::write(dir.join("crates/bad/src/lib.rs"), "fn undocumented() {}\n").unwrap();
        fs::write(dir.join("xtask/Cargo.toml"), "[lints]\nworkspace = true\n").unwrap();
        fs::write(dir.join("xtask/src/main.rs"), "//! Documented.\n").unwrap();
        let problems = check(&dir).unwrap_err();
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(
            problems,
            [
                "Cargo.toml: workspace dependency `loose` is not pinned with `=`",
                "crates/bad/Cargo.toml: [dependencies] `serde` must be `serde.workspace = true`",
                "crates/bad/Cargo.toml: missing `[lints] workspace = true`",
                "crates/bad: the crate root must open with a `//!` doc",
                &format!(
                    "{}: cannot read: No such file or directory (os error 2)",
                    dir.join("tests/Cargo.toml").display()
                ),
                &format!(
                    "{}: cannot read: No such file or directory (os error 2)",
                    dir.join("benches/Cargo.toml").display()
                ),
            ]
        );
    }
}

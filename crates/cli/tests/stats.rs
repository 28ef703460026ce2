//! `sem stats` end to end: the real binary on a real workspace, loose folders and bad paths.

use std::{fs, os::unix::fs::symlink, path::Path, process::Command};

fn sem(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sem")).args(args).current_dir(dir).output().expect("sem runs")
}

/// `sem stats --format json` of `path`, without the standard library (its crates would be in
/// every count; `the_standard_library_comes_from_the_sysroot_sources` looks at them).
fn stats_json(path: &Path) -> serde_json::Value {
    stats_json_with(path, &["--no-sysroot"])
}

fn stats_json_with(path: &Path, options: &[&str]) -> serde_json::Value {
    let mut args = vec!["stats", "--format", "json", path.to_str().unwrap()];
    args.extend(options);
    let output = sem(&args, Path::new("."));
    assert!(output.status.success(), "sem stats failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

fn crate_names(report: &serde_json::Value) -> Vec<String> {
    report["crates"].as_array().unwrap().iter().map(|krate| krate["name"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn stats_of_a_real_workspace_list_every_package() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/workspaces/tokio-serde-clap");
    let fetch = Command::new(env!("CARGO"))
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .status()
        .unwrap();
    assert!(fetch.success());
    let report = stats_json(&dir);
    assert_eq!(report["kind"], "cargo-workspace");
    let names = crate_names(&report);
    for package in ["app", "model", "tokio", "serde", "serde_json", "clap", "clap_builder", "mio", "libc", "syn"] {
        assert!(names.iter().any(|name| name == package), "{package} is listed");
    }
    let totals = &report["totals"];
    assert!(totals["files"].as_u64().unwrap() > 1000);
    assert!(totals["bytes"].as_u64().unwrap() > 10_000_000);
    assert!(totals["tokens"].as_u64().unwrap() > 1_000_000);
    assert_eq!(totals["load_errors"], 0);
    assert!(totals["syntax_errors"].is_u64());
    for key in [
        "load_ms",
        "read_ms",
        "lex_ms",
        "parse_ms",
        "items_ms",
        "modules_ms",
        "definitions_ms",
        "resolve_ms",
        "hir_ms",
        "total_ms",
    ] {
        assert!(report["timings"][key].is_number(), "timing {key}");
    }
    let model = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "model").unwrap();
    assert_eq!(model["edition"], "2018");
    assert_eq!(model["package"], "model");
    let example = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "once").unwrap();
    assert_eq!(example["package"], "app");
    assert_eq!(example["kind"], "example");
    assert_eq!(model["files"], 2, "lib.rs and greeting.rs");
    let lines: usize = ["lib.rs", "greeting.rs"]
        .map(|name| fs::read_to_string(dir.join("model/src").join(name)).unwrap().lines().count())
        .iter()
        .sum();
    assert_eq!(model["lines"], lines);
    for field in ["root", "kind", "bytes", "lines", "tokens", "lex_errors", "syntax_errors", "load_errors"] {
        assert!(!model[field].is_null(), "crate field {field}");
    }
    // The module tree of `model`: the root and `greeting`; `use`, `pub use`, `Config` and a
    // function in lib.rs, and `Greeting`, its `impl` and `to` in greeting.rs; the derives
    // `Serialize` and `Deserialize` (serde's procedural macros, not registered, so not
    // expanded) and five built-in ones, expanded on demand only; the imports
    // `serde::Deserialize`, `serde::Serialize` and `greeting::Greeting`.
    assert_eq!(
        [
            &model["modules"],
            &model["items"],
            &model["macro_calls"],
            &model["macro_calls_expanded"],
            &model["builtin_derives"],
            &model["imports"],
            &model["module_errors"]
        ],
        [2, 7, 2, 0, 5, 3, 0]
    );
    // `serde::{Deserialize, Serialize}` and `greeting::Greeting` all resolve. (Serde's two
    // names resolve to its derive macros, re-exported from the proc-macro crate `serde_derive`;
    // its traits come out of the `crate_root!()` macro, not expanded yet.)
    assert_eq!([&model["imports_resolved"], &model["imports_unresolved"]], [3, 0]);
    // The owners of `model`: the five written items (two structs, an impl, two functions) and
    // the impls and methods of the five built-in derives; bodies: the two functions' and the
    // derived methods'; one macro call in a body (`format!`), not expanded yet.
    assert!(model["owners"].as_u64().unwrap() >= 5, "{model}");
    assert!(model["bodies"].as_u64().unwrap() >= 2, "{model}");
    assert_eq!([&model["body_macro_calls"], &model["body_macro_calls_expanded"]], [1, 0]);
    let hir = |key: &str| totals[key].as_u64().unwrap();
    assert!(hir("exprs") > 100_000 && hir("pats") > 10_000 && hir("bindings") > 10_000, "{totals}");
    assert_eq!(hir("paths"), hir("paths_resolved") + hir("paths_need_types") + hir("paths_unresolved"));
    assert!(hir("paths_resolved") > hir("paths") / 2, "{totals}");
    assert!(totals["items"].as_u64().unwrap() > 10_000);
    assert!(totals["imports_resolved"].as_u64().unwrap() > 1_000);
    assert!(totals["macro_calls"].as_u64().unwrap() > 1_000);
    // tokio's `cfg_rt! { … }` and the like are expanded, and their modules and items are found.
    assert!(totals["macro_calls_expanded"].as_u64().unwrap() > 1_000, "{totals}");
    let tokio = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "tokio").unwrap();
    assert!(tokio["modules"].as_u64().unwrap() > 200, "{tokio}");

    // The table shows the workspace's own crates (the members' targets), the totals of those
    // and of the whole graph; `--all` shows every crate. JSON has every crate either way.
    let table = |options: &[&str]| {
        let mut args = vec!["stats", "--no-sysroot", dir.to_str().unwrap()];
        args.extend(options);
        let output = sem(&args, Path::new("."));
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let own = table(&[]);
    let rows = |text: &str, start: &str| text.lines().filter(|line| line.starts_with(start)).count();
    for crate_row in ["app ", "once (app) ", "model "] {
        assert_eq!(rows(&own, crate_row), 1, "{crate_row}: {own}");
    }
    assert_eq!(rows(&own, "tokio "), 0, "a dependency is left out: {own}");
    assert_eq!(rows(&own, "total, 3 crates shown "), 1, "{own}");
    let crates = report["crates"].as_array().unwrap().len();
    assert_eq!(rows(&own, &format!("total, all {crates} crates ")), 1, "{own}");
    assert!(own.contains(&format!("3 of {crates} crates shown")), "{own}");
    // The table has the header, the three crates and the two totals before its footer.
    assert_eq!(own.lines().take_while(|line| !line.starts_with("3 of ")).count(), 1 + 1 + 3 + 2, "{own}");

    let all = table(&["--all"]);
    assert_eq!(rows(&all, "tokio "), 1, "{all}");
    assert_eq!(rows(&all, "once (app) "), 1, "{all}");
    assert_eq!(rows(&all, "total, "), 1, "the whole graph's total alone: {all}");
    assert_eq!(rows(&all, &format!("total, all {crates} crates ")), 1, "{all}");
    assert_eq!(all.lines().count(), own.lines().count() + crates - 3 - 1, "{all}");
}

/// `sem stats` of a workspace that depends on a git repository that is not there.
fn stats_of_a_workspace_with_a_missing_git_dependency(options: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("src")).unwrap();
    let missing = dir.path().join("no-such-repository");
    fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [dependencies]\ngone = {{ git = \"file://{}\" }}\n",
            missing.display()
        ),
    )
    .unwrap();
    fs::write(dir.path().join("src/lib.rs"), "pub fn f() {}\n").unwrap();
    let mut args = vec!["stats", "--no-sysroot", "--format", "json", dir.path().to_str().unwrap()];
    args.extend(options);
    // A Cargo home of its own (cargo's attempt to clone leaves a folder in it), and no retries.
    let output = Command::new(env!("CARGO_BIN_EXE_sem"))
        .args(&args)
        .env("CARGO_HOME", dir.path().join("cargo-home"))
        .env("CARGO_NET_RETRY", "0")
        .output()
        .expect("sem runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn offline_forbids_the_network_and_the_warning_says_what_cargo_said() {
    let offline = stats_of_a_workspace_with_a_missing_git_dependency(&["--offline"]);
    assert_eq!(offline["kind"], "folder");
    let warning = offline["warnings"][0].as_str().unwrap();
    assert!(warning.contains("`cargo metadata` failed offline: packages are missing and network access was forbidden"));
    assert_eq!(warning.matches(" --offline --locked --filter-platform ").count(), 1, "{warning}");
    assert_eq!(warning.matches("` said:\n").count(), 1, "{warning}");
    assert!(warning.contains("you are in the offline mode (--offline)"), "{warning}");

    // Without `--offline`, cargo tries the network (here, a clone from a missing local path).
    let online = stats_of_a_workspace_with_a_missing_git_dependency(&[]);
    assert_eq!(online["kind"], "folder");
    let warning = online["warnings"][0].as_str().unwrap();
    assert!(warning.contains("`cargo metadata` failed offline, then with network access"), "{warning}");
    assert_eq!(warning.matches("` said:\n").count(), 2, "{warning}");
    let (_, online_part) = warning.split_once("said:").unwrap();
    assert!(!online_part.contains(" --offline --"), "the second run has network access: {warning}");
    assert!(online_part.contains("no-such-repository"), "{warning}");
}

#[test]
fn a_folder_of_loose_files_with_faults_is_analyzed_and_the_faults_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("tool/src")).unwrap();
    fs::write(root.join("tool/src/main.rs"), "mod util;\nfn main() {}\n").unwrap();
    fs::write(root.join("tool/src/util.rs"), "pub fn help() {}\n").unwrap();
    fs::write(root.join("lib.rs"), "pub fn lib() {}\n").unwrap();
    fs::write(root.join("loose.rs"), "fn loose() { let s = \"unterminated; }\n").unwrap();
    fs::write(root.join("latin1.rs"), b"// caf\xe9\n").unwrap();
    fs::create_dir(root.join("dir.rs")).unwrap();
    symlink(root, root.join("loop")).unwrap();
    symlink(root.join("missing.rs"), root.join("dangling.rs")).unwrap();

    let report = stats_json(root);
    assert_eq!(report["kind"], "folder");
    let mut names = crate_names(&report);
    names.sort();
    let root_name = root.file_name().unwrap().to_str().unwrap().replace('-', "_");
    let mut expected = vec![root_name, "latin1".to_owned(), "loose".to_owned(), "tool".to_owned()];
    expected.sort();
    assert_eq!(names, expected);
    assert_eq!(report["totals"]["detached_crates"], 2);
    let tool = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "tool").unwrap();
    assert_eq!(tool["files"], 2);
    let loose = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "loose").unwrap();
    assert_eq!(loose["lex_errors"], 1, "the unterminated string");
    let errors: Vec<&str> = report["load_errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("latin1.rs")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("dangling.rs")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("loop")), "{errors:?}");
    let latin1 = report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == "latin1").unwrap();
    assert_eq!(latin1["load_errors"], 1);
}

#[test]
fn a_single_file_is_one_detached_crate() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("script.rs");
    fs::write(&file, "#!/usr/bin/env run-cargo-script\nfn main() {}\n").unwrap();
    let report = stats_json(&file);
    assert_eq!(report["kind"], "file");
    assert_eq!(crate_names(&report), ["script"]);
    assert_eq!(report["crates"][0]["kind"], "detached");
    assert_eq!(report["totals"]["lex_errors"], 0);
    assert_eq!(report["totals"]["syntax_errors"], 0, "`fn main() {{}}` parses");
}

#[test]
fn syntax_errors_are_counted_per_crate_and_in_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.rs"), "fn main() {}\n").unwrap();
    fs::write(dir.path().join("broken.rs"), "fn f( {\n").unwrap();
    fs::write(dir.path().join("lexically_broken.rs"), "fn main() {}\n/* unclosed\n").unwrap();
    let report = stats_json(dir.path());
    let of = |name: &str| {
        report["crates"].as_array().unwrap().iter().find(|krate| krate["name"] == name).unwrap()["syntax_errors"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(of("good"), 0);
    assert!(of("broken") >= 1);
    assert!(of("lexically_broken") >= 1, "lexer errors are syntax errors too");
    assert_eq!(report["totals"]["syntax_errors"], of("broken") + of("lexically_broken"));
    let text = sem(&["stats", "--no-sysroot", dir.path().to_str().unwrap()], Path::new("."));
    assert!(String::from_utf8(text.stdout).unwrap().contains("syntax errors"));
}

#[test]
fn a_path_that_does_not_exist_is_a_clear_error() {
    let output = sem(&["stats", "/no/such/place"], Path::new("."));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("cannot analyze /no/such/place"), "{stderr}");
    assert!(stderr.contains("No such file or directory"), "{stderr}");
}

#[test]
fn a_broken_manifest_falls_back_to_the_folder_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("src")).unwrap();
    fs::write(dir.path().join("Cargo.toml"), "[package\nname = \"broken\"\n").unwrap();
    fs::write(dir.path().join("src/lib.rs"), "pub fn f() {}\n").unwrap();
    let report = stats_json(dir.path());
    assert_eq!(report["kind"], "folder");
    assert_eq!(report["crates"].as_array().unwrap().len(), 1);
    let warning = report["warnings"][0].as_str().unwrap();
    assert!(warning.contains("loaded as a plain folder because `cargo metadata` failed"), "{warning}");
}

#[test]
fn the_standard_library_comes_from_the_sysroot_sources() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("lib.rs"), "use std::collections::HashMap;\nuse core::fmt;\nuse std::Missing;\n")
        .unwrap();
    let report = stats_json_with(dir.path(), &[]);
    let crates = report["crates"].as_array().unwrap();
    for name in ["core", "alloc", "std", "proc_macro", "test"] {
        let krate = crates.iter().find(|krate| krate["name"] == name).unwrap_or_else(|| panic!("{name}: {report}"));
        assert_eq!(krate["kind"], "lib");
    }
    // Only the crates: the standard library's other files do not become crates of their own.
    // Beyond the library's crates, there are std's crates.io dependencies (found in the Cargo
    // registry, each with its package) and the folder's own crate.
    let sysroot = ["core", "alloc", "std", "proc_macro", "test"];
    let others: Vec<&serde_json::Value> =
        crates.iter().filter(|krate| !sysroot.iter().any(|name| krate["name"] == *name)).collect();
    assert!(others.iter().all(|krate| krate["kind"] == "lib"), "{others:?}");
    let own: Vec<_> = others.iter().filter(|krate| krate["package"].is_null()).collect();
    assert_eq!(own.len(), 1, "{others:?}");
    let own = own[0];
    assert_eq!([&own["imports_resolved"], &own["imports_unresolved"]], [2, 1]);

    // Without it, nothing of std resolves, and a path given that holds no library is said.
    let without = stats_json(dir.path());
    assert_eq!(without["crates"].as_array().unwrap().len(), 1);
    assert_eq!(without["totals"]["imports_resolved"], 0);
    let elsewhere = stats_json_with(dir.path(), &["--sysroot-src", dir.path().to_str().unwrap()]);
    assert!(elsewhere["warnings"][0].as_str().unwrap().contains("holds no standard library"), "{elsewhere}");
}

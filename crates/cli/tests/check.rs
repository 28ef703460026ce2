//! `sem check` and `sem parse` end to end: the real binary on loose folders, single files,
//! standard input, a real workspace, odd files and bad paths.
//!
//! The grammar is still growing, so these tests assert what holds whatever it parses: exit
//! codes, where errors are (not their messages), that lines and columns agree with ranges, the
//! JSON shape, and that valid trivial input has no error.

use std::{
    fs,
    io::Write,
    os::unix::fs::symlink,
    path::Path,
    process::{Command, Output, Stdio},
};

fn sem(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sem")).args(args).current_dir(dir).output().expect("sem runs")
}

fn sem_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sem"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sem runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Asserts that `sem` did not panic or crash: it exited with a code, and said nothing of a panic.
fn assert_no_panic(output: &Output) {
    let stderr = text(&output.stderr);
    assert!(output.status.code().is_some(), "sem was killed by a signal: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}

/// The JSON objects of `sem check --format json`, one per line, each checked for its shape.
fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    text(&output.stdout)
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("each line is one JSON object");
            let keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["file", "line", "column", "range", "severity", "phase", "code", "message"], "{line}");
            assert!(value["code"].as_str().is_some_and(|code| !code.is_empty()), "{line}");
            assert!(value["severity"] == "error" || value["severity"] == "warning", "{line}");
            assert!(value["file"].is_string() && value["message"].is_string(), "{line}");
            match value["phase"].as_str().unwrap() {
                "syntax" => {
                    assert!(value["line"].as_u64().unwrap() >= 1, "{line}");
                    assert!(value["column"].as_u64().unwrap() >= 1, "{line}");
                    let range = value["range"].as_array().unwrap();
                    assert!(range[0].as_u64().unwrap() <= range[1].as_u64().unwrap(), "{line}");
                }
                "load" => assert!(value["line"].is_null() && value["range"].is_null(), "{line}"),
                "module-tree" | "cfg" | "expand" | "resolve" => assert!(value["line"].as_u64().unwrap() >= 1, "{line}"),
                phase => panic!("unknown phase {phase}"),
            }
            value
        })
        .collect()
}

/// Asserts that the line and column of each syntax error are those of the start of its range
/// in `source` (1-based, columns in characters).
fn assert_positions_agree(errors: &[serde_json::Value], source: &str) {
    for error in errors {
        let start = error["range"][0].as_u64().unwrap() as usize;
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |newline| newline + 1)..].chars().count() + 1;
        assert_eq!(
            (error["line"].as_u64().unwrap() as usize, error["column"].as_u64().unwrap() as usize),
            (line, column)
        );
    }
}

/// The `(K files checked)` figure of a summary line.
fn files_checked(summary: &str) -> usize {
    let (_, rest) = summary.rsplit_once('(').expect("a summary");
    rest.split_whitespace().next().unwrap().parse().expect("a count")
}

const BROKEN: &str = "fn ok() {}\n\nfn f( {\n";
const UNICODE: &str = "// café ☕\nfn é( {\n";

#[test]
fn parse_prints_the_tree_of_a_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("main.rs"), "fn main() {}\n").unwrap();
    let output = sem(&["parse", "main.rs"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let dump = text(&output.stdout);
    assert!(dump.starts_with("SOURCE_FILE@0..13\n"), "{dump}");
    assert!(dump.contains("FN_KW@0..2 \"fn\""), "{dump}");
    assert!(!dump.lines().any(|line| line.starts_with("error")), "valid input has no error: {dump}");
}

#[test]
fn parse_reads_standard_input_and_prints_errors_with_exit_code_0() {
    let output = sem_with_stdin(&["parse"], b"struct S {");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let dump = text(&output.stdout);
    assert!(dump.starts_with("SOURCE_FILE@0..10\n"), "{dump}");
    assert!(dump.contains("STRUCT_KW@0..6 \"struct\""), "{dump}");
    // The unclosed brace is reported at the end of the text (or on the brace itself).
    assert!(dump.lines().any(|line| line.starts_with("error 10..10:") || line.starts_with("error 9..10:")), "{dump}");

    let output = sem_with_stdin(&["parse", "--edition", "2015"], b"fn main() {}\n");
    assert_eq!(output.status.code(), Some(0));
    assert!(!text(&output.stdout).contains("\nerror"));
}

#[test]
fn parse_fails_with_exit_code_2_on_what_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let output = sem(&["parse", "missing.rs"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("cannot read missing.rs"), "{stderr}");

    fs::write(dir.path().join("latin1.rs"), b"// caf\xe9\n").unwrap();
    let output = sem(&["parse", "latin1.rs"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not valid UTF-8"), "{}", text(&output.stderr));

    let output = sem_with_stdin(&["parse"], b"\xff\xfe");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("standard input"));

    let output = sem(&["parse", "--edition", "2030", "latin1.rs"], dir.path());
    assert_eq!(output.status.code(), Some(2), "a usage error");
}

#[test]
fn check_reports_the_errors_of_a_folder_of_loose_files_with_snippets() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.rs"), "fn main() {}\n").unwrap();
    fs::write(dir.path().join("broken.rs"), BROKEN).unwrap();
    let output = sem(&["check", "."], dir.path());
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);

    // Every error is in broken.rs, on the broken line or after it (an unclosed list ends at
    // the end of the file), never on the valid first line.
    let locations: Vec<(usize, usize)> = stdout
        .lines()
        .filter_map(|line| line.strip_prefix(" --> "))
        .map(|location| {
            let mut parts = location.rsplitn(3, ':');
            let column = parts.next().unwrap().parse().unwrap();
            let line = parts.next().unwrap().parse().unwrap();
            assert_eq!(parts.next(), Some("broken.rs"), "{stdout}");
            (line, column)
        })
        .collect();
    assert!(!locations.is_empty(), "{stdout}");
    assert!(locations.iter().all(|&(line, _)| line >= 3), "{stdout}");
    assert!(stdout.lines().any(|line| line.starts_with("error[syntax-error]: ")), "{stdout}");
    // The snippet shows the broken line and underlines a part of it or of the end.
    assert!(stdout.contains("3 | fn f( {"), "{stdout}");
    assert!(stdout.lines().any(|line| line.trim_start().starts_with('|') && line.contains('^')), "{stdout}");
    let summary = stdout.lines().last().unwrap();
    assert!(summary.contains(&format!("{} errors in 1 file (2 files checked)", locations.len())), "{summary}");
}

#[test]
fn check_reports_missing_module_files_and_invalid_cfg_where_they_are_declared() {
    let dir = tempfile::tempdir().unwrap();
    let source = "mod present;\nmod missing;\n#[cfg(not(a, b))]\nfn f() {\n    let x = 1;\n}\n";
    fs::write(dir.path().join("lib.rs"), source).unwrap();
    fs::write(dir.path().join("present.rs"), "#[cfg(windows)] mod only_on_windows;\n").unwrap();
    let output = sem(&["check", "--format", "json", "."], dir.path());
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let errors = json_lines(&output);
    let summary: Vec<(String, u64, &str, &str, String)> = errors
        .iter()
        .map(|error| {
            (
                error["file"].as_str().unwrap().to_owned(),
                error["line"].as_u64().unwrap(),
                error["phase"].as_str().unwrap(),
                error["code"].as_str().unwrap(),
                error["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // The module behind a disabled cfg is not looked for; the invalid predicate is reported on
    // the line where its item starts, and the item stays (nothing else is said of it).
    assert_eq!(
        summary,
        [
            (
                "lib.rs".to_owned(),
                2,
                "module-tree",
                "E0583",
                "file not found for module `missing`: tried missing.rs, missing/mod.rs".to_owned()
            ),
            (
                "lib.rs".to_owned(),
                3,
                "cfg",
                "invalid-cfg-predicate",
                "invalid `cfg` predicate: `not` takes one predicate, found 2".to_owned()
            ),
        ]
    );
    assert_positions_agree(&errors, source);
    // Each range stays on the first line of its item.
    for error in &errors {
        let [start, end] = [0, 1].map(|i| error["range"][i].as_u64().unwrap() as usize);
        assert!(!source[start..end].contains('\n'), "{error}");
    }
}

#[test]
fn problems_inside_macro_expansions_are_reported_at_the_call() {
    let dir = tempfile::tempdir().unwrap();
    let source = "\
macro_rules! items { ($($i:item)*) => { $($i)* } }
items! {
    #[cfg(not(a, b))] fn broken_cfg() {}
}
macro_rules! forever { () => { forever!(); } }
forever!();
";
    fs::write(dir.path().join("lib.rs"), source).unwrap();
    let output = sem(&["check", "--no-sysroot", "--format", "json", "."], dir.path());
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let errors = json_lines(&output);
    let summary: Vec<(u64, &str, String)> = errors
        .iter()
        .map(|error| {
            (
                error["line"].as_u64().unwrap(),
                error["code"].as_str().unwrap(),
                error["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (2, "invalid-cfg-predicate", "invalid `cfg` predicate: `not` takes one predicate, found 2".to_owned()),
            (6, "recursion-limit", "recursion limit reached while expanding `forever!` (limit 128)".to_owned()),
        ]
    );
    assert_positions_agree(&errors, source);
}

#[test]
fn check_reports_unresolved_imports_and_macros_in_the_resolve_phase() {
    let dir = tempfile::tempdir().unwrap();
    let source = "\
mod inner { pub struct Here; }
use inner::Here;
use inner::Missing;
use nowhere::Thing;
not_defined_anywhere!();
macro_rules! fine { () => {} }
fine!();
";
    fs::write(dir.path().join("lib.rs"), source).unwrap();
    let output = sem(&["check", "--no-sysroot", "--format", "json", "."], dir.path());
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let errors = json_lines(&output);
    let summary: Vec<(u64, &str, &str, String)> = errors
        .iter()
        .map(|error| {
            (
                error["line"].as_u64().unwrap(),
                error["phase"].as_str().unwrap(),
                error["code"].as_str().unwrap(),
                error["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (3, "resolve", "E0432", "unresolved import `inner::Missing`: no `Missing` in `inner`".to_owned()),
            (
                4,
                "resolve",
                "E0432",
                "unresolved import `nowhere::Thing`: `nowhere` is neither a crate nor a name in scope".to_owned()
            ),
            (5, "resolve", "unresolved-macro", "cannot find macro `not_defined_anywhere!` in this scope".to_owned()),
        ]
    );
    assert_positions_agree(&errors, source);
}

#[test]
fn check_of_a_clean_single_file_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("main.rs");
    fs::write(&file, "fn main() {}\n").unwrap();
    let output = sem(&["check", file.to_str().unwrap()], Path::new("."));
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let stdout = text(&output.stdout);
    assert!(stdout.starts_with("0 errors in 0 files (1 file checked)"), "{stdout}");
}

#[test]
fn check_prints_json_lines_with_positions_that_agree_with_ranges() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("broken.rs"), BROKEN).unwrap();
    fs::write(dir.path().join("unicode.rs"), UNICODE).unwrap();
    fs::write(dir.path().join("good.rs"), "fn main() {}\n").unwrap();
    let output = sem(&["check", "--format", "json"], dir.path());
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let errors = json_lines(&output);
    assert!(errors.iter().all(|error| error["phase"] == "syntax"));
    for (name, source) in [("broken.rs", BROKEN), ("unicode.rs", UNICODE)] {
        let of_file: Vec<_> = errors.iter().filter(|error| error["file"] == name).cloned().collect();
        assert!(!of_file.is_empty(), "{name} has errors");
        assert_positions_agree(&of_file, source);
        for error in &of_file {
            assert!(error["range"][1].as_u64().unwrap() as usize <= source.len());
        }
    }
    assert!(!errors.iter().any(|error| error["file"] == "good.rs"));
    // No snippet and no summary on standard output: the summary goes to standard error.
    let stderr = text(&output.stderr);
    assert!(stderr.contains(&format!("{} errors in 2 files (3 files checked)", errors.len())), "{stderr}");
}

#[test]
fn check_reports_unreadable_and_odd_files_as_load_errors_and_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("latin1.rs"), b"fn caf\xe9() {}\n").unwrap();
    fs::write(root.join("empty.rs"), "").unwrap();
    fs::write(root.join("bom.rs"), "\u{feff}fn main() {}\n").unwrap();
    fs::write(root.join("nul.rs"), "fn \0 main\0() {\0}\r\n\r").unwrap();
    fs::write(root.join("deep.rs"), format!("fn f() {{ {}{} }}", "(".repeat(5000), ")".repeat(4000))).unwrap();
    fs::write(root.join("unclosed.rs"), "/* never closed\n\"neither\nr#\"nor this").unwrap();
    fs::write(root.join("garbage.rs"), "}}}])) ::: <<<< 'a 'b' 0x 1e 💥 \\ $ @ #![").unwrap();
    fs::create_dir(root.join("dir.rs")).unwrap();
    symlink(root, root.join("loop")).unwrap();
    symlink(root.join("missing.rs"), root.join("dangling.rs")).unwrap();

    for format in ["text", "json"] {
        let output = sem(&["check", "--format", format, "."], root);
        assert_no_panic(&output);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
        if format == "json" {
            let errors = json_lines(&output);
            let load: Vec<&str> = errors
                .iter()
                .filter(|error| error["phase"] == "load")
                .map(|error| error["file"].as_str().unwrap())
                .collect();
            for name in ["latin1.rs", "loop", "dangling.rs"] {
                assert!(load.contains(&name), "{name} is a load error: {load:?}");
            }
            assert!(!errors.iter().any(|error| error["file"] == "empty.rs"), "an empty file has no error");
        } else {
            let stdout = text(&output.stdout);
            assert!(stdout.contains(" --> latin1.rs\n"), "{stdout}");
        }
    }
    for file in ["latin1.rs", "nul.rs", "deep.rs", "unclosed.rs", "garbage.rs", "empty.rs"] {
        let output = sem(&["parse", file], root);
        assert_no_panic(&output);
        let code = output.status.code();
        assert!(code == Some(0) || (file == "latin1.rs" && code == Some(2)), "{file}: {code:?}");
    }
}

#[test]
fn check_of_a_path_that_does_not_exist_exits_2() {
    let output = sem(&["check", "/no/such/place"], Path::new("."));
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("cannot analyze /no/such/place"), "{stderr}");
    assert_eq!(sem(&["check", "--format", "yaml"], Path::new(".")).status.code(), Some(2), "a usage error");
}

#[test]
fn check_deps_widens_the_checked_crates_to_the_whole_graph() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/workspaces/tokio-serde-clap");
    let fetch = Command::new(env!("CARGO"))
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .status()
        .unwrap();
    assert!(fetch.success());
    let dir = dir.canonicalize().unwrap();

    let own = sem(&["check", "--format", "json", "."], &dir);
    assert_no_panic(&own);
    let own_summary = text(&own.stderr).lines().last().unwrap().to_owned();
    let own_errors = json_lines(&own);
    // Only the workspace's own files: paths relative to it, none in the cargo registry.
    assert!(own_errors.iter().all(|error| !error["file"].as_str().unwrap().starts_with('/')), "{own_errors:?}");
    // The workspace's code is fine: what sem says of it is that the procedural macros it uses
    // (serde's and clap's derives, `#[tokio::main]`) are not registered, as warnings, which
    // do not fail the check.
    let unregistered: Vec<(&str, &str)> = own_errors
        .iter()
        .map(|error| (error["severity"].as_str().unwrap(), error["message"].as_str().unwrap()))
        .collect();
    assert_eq!(unregistered.len(), 4, "{unregistered:?}");
    assert!(
        unregistered.iter().all(|(severity, message)| *severity == "warning" && message.contains("not registered"))
    );
    assert!(unregistered.iter().any(|(_, message)| message.starts_with("`#[tokio::main]` is an attribute macro")));
    assert_eq!(own.status.code(), Some(0), "{own_summary}");
    assert!(own_summary.starts_with("0 errors and 4 warnings in 0 files"), "{own_summary}");

    let all = sem(&["check", "--deps", "--format", "json", "."], &dir);
    assert_no_panic(&all);
    assert!(matches!(all.status.code(), Some(0 | 1)));
    let all_summary = text(&all.stderr).lines().last().unwrap().to_owned();
    let (own_count, all_count) = (files_checked(&own_summary), files_checked(&all_summary));
    assert!(own_count >= 4, "app and model: {own_summary}");
    assert!(all_count > 1000, "tokio, serde, clap and the rest: {all_summary}");
    let all_errors = json_lines(&all);
    assert!(all_errors.len() >= own_errors.len());
    let errors = all_errors.iter().filter(|error| error["severity"] == "error").count();
    assert_eq!(all.status.code(), Some(if errors == 0 { 0 } else { 1 }));
}

//! sem's parser on rust-analyzer's parser test data: the `.rs` files of `test_data/parser/{ok,
//! err,inline/ok,inline/err}` in the `ra_ap_parser` package (a dev-dependency pinned like
//! `ra_ap_syntax`, found through `cargo metadata`), each with the `.rast` beside it that holds
//! rust-analyzer's tree and errors.
//!
//! Each file is parsed as a source file in the edition its first line names (`// 2015`), by
//! default in 2024 (rust-analyzer's `Edition::CURRENT`, which its own test harness uses). A file
//! *agrees* when
//! - in `ok` and `inline/ok`: sem reports no error (lexer or parser), and sem's tree is the tree
//!   of the `.rast` (the same nodes and tokens, of the same kinds and texts, nested alike), up to
//!   the differences of representation that [`normalized`] lists (trivia, glued punctuation,
//!   the insides of attributes...);
//! - in `err` and `inline/err`: sem reports at least one error (where and how it recovers may
//!   differ from rust-analyzer).
//!
//! The test fails when a file does not agree and `tests/ra-parser-fixture-exceptions.txt` does not
//! list it, and when the list names a file that agrees (or that does not exist), so that the list
//! never goes stale. Each line of the list is `folder/name.rs — reason` (or a tab for ` — `):
//! the places where sem deliberately parses otherwise, mostly where it follows rustc and
//! rust-analyzer is lax. A file listed because it writes `builtin#` (an unknown prefix for rustc
//! from 2021 on) must agree once written `builtin # `, so its tree is still compared.
//! The agreement figures per folder are printed (`--nocapture` shows them).

use std::{
    collections::BTreeMap,
    env,
    fmt::Write as _,
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use sem_syntax::{Edition, SyntaxElement, SyntaxKind, SyntaxNode};

/// The folders of `test_data/parser` compared, and whether their files parse without error.
const FOLDERS: &[(&str, bool)] = &[("ok", true), ("inline/ok", true), ("err", false), ("inline/err", false)];

/// The separator of a line of the exceptions list, between the file and the reason.
const SEPARATOR: &str = " — ";

/// How the exceptions list starts the reason of a file that only differs by writing
/// `builtin#`, which rustc rejects from 2021 on. Such a file must agree once the `#` is spaced.
const BUILTIN_PREFIX: &str = "rustc: prefix `builtin` is unknown";

#[test]
fn ra_parser_fixtures_parse_as_rust_analyzer_says() {
    let root = test_data_dir();
    let exceptions_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ra-parser-fixture-exceptions.txt");
    let mut exceptions = read_exceptions(&exceptions_path);

    let mut figures = String::new();
    let mut unlisted = Vec::new();
    let mut stale = Vec::new();
    for &(folder, ok) in FOLDERS {
        let dir = root.join(folder);
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|it| it == "rs"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no fixtures in {}", dir.display());
        let mut agreeing = 0;
        let mut excepted = 0;
        for path in &files {
            let name = format!("{folder}/{}", path.file_name().unwrap().to_string_lossy());
            let text =
                fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
            let verdict = disagreement(path, &text, ok);
            let listed = exceptions.remove(&name);
            // A file listed for `builtin#` alone must agree once written `builtin # `.
            if let Some(reason) = listed.as_deref().filter(|it| it.starts_with(BUILTIN_PREFIX))
                && let Some(why) = disagreement(path, &text.replace("builtin#", "builtin # "), ok)
            {
                unlisted.push(format!("{name}: written with `builtin # `: {why} (listed: {reason})"));
            }
            match (verdict, listed) {
                (None, None) => agreeing += 1,
                (None, Some(reason)) => {
                    agreeing += 1;
                    stale.push(format!("{name}{SEPARATOR}{reason}"));
                }
                (Some(_), Some(_)) => excepted += 1,
                (Some(why), None) => unlisted.push(format!("{name}: {why}")),
            }
        }
        let _ = writeln!(
            figures,
            "  {folder:<10} {agreeing:>3} of {:>3} files agree ({:.1}%), {excepted} listed as exceptions",
            files.len(),
            100.0 * agreeing as f64 / files.len() as f64,
        );
    }
    stale.extend(exceptions.into_iter().map(|(name, reason)| format!("{name}{SEPARATOR}{reason} (no such file)")));
    eprintln!("ra_parser_fixtures ({}):\n{figures}", root.display());

    let mut report = String::new();
    if !unlisted.is_empty() {
        let _ = writeln!(
            report,
            "\nthese fixtures do not parse as rust-analyzer says, and {} does not list them ({}):",
            exceptions_path.display(),
            unlisted.len()
        );
        for line in &unlisted {
            let _ = writeln!(report, "  {line}");
        }
    }
    if !stale.is_empty() {
        let _ = writeln!(
            report,
            "\n{} lists these fixtures, which now agree (stale lines) ({}):",
            exceptions_path.display(),
            stale.len()
        );
        for line in &stale {
            let _ = writeln!(report, "  {line}");
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// Why sem disagrees with rust-analyzer on `text`, the fixture at `path` (or that fixture
/// edited), or `None` if it agrees.
fn disagreement(path: &Path, text: &str, ok: bool) -> Option<String> {
    let parse = sem_syntax::parse_source_file(text, edition(text));
    let errors = parse.errors();
    if !ok {
        return errors.is_empty().then(|| "sem reports no error".to_owned());
    }
    if let Some(error) = errors.first() {
        return Some(format!("sem reports an error: {} at {:?}", error.message(), error.range()));
    }
    let rast_path = path.with_extension("rast");
    let rast =
        fs::read_to_string(&rast_path).unwrap_or_else(|error| panic!("cannot read {}: {error}", rast_path.display()));
    let expected = normalized(&read_rast(&rast));
    let actual = normalized(&from_sem(&parse.syntax_node()));
    let len = expected.len().max(actual.len());
    (0..len).find_map(|i| {
        let (e, a) =
            (expected.get(i).map_or("<end>", |it| it.as_str()), actual.get(i).map_or("<end>", |it| it.as_str()));
        (e != a).then(|| format!("the trees differ at node or token {}: ra `{}`, sem `{}`", i + 1, e.trim(), a.trim()))
    })
}

/// A node or a token of either tree: its kind's name, and for a token its text as `{:?}` writes
/// it (as the `.rast` files have it).
#[derive(Debug)]
enum Element {
    Node { kind: String, children: Vec<Element> },
    Token { kind: String, text: String },
}

/// The tree of a `.rast` file: one line per node (`KIND`) or token (`KIND "text"`), two spaces
/// of indent per level, then the error lines (`error 12: …`), which are not read.
fn read_rast(rast: &str) -> Element {
    // The open nodes, innermost last; the root is the first line.
    let mut open: Vec<Element> = Vec::new();
    for line in rast.lines().take_while(|line| !line.starts_with("error ")) {
        let depth = (line.len() - line.trim_start().len()) / 2;
        while open.len() > depth {
            close(&mut open);
        }
        let line = line.trim_start();
        match line.split_once(' ') {
            Some((kind, text)) => push(&mut open, Element::Token { kind: kind.to_owned(), text: text.to_owned() }),
            None => open.push(Element::Node { kind: line.to_owned(), children: Vec::new() }),
        }
    }
    while open.len() > 1 {
        close(&mut open);
    }
    open.pop().expect("a `.rast` file has a root")
}

fn close(open: &mut Vec<Element>) {
    let node = open.pop().unwrap();
    push(open, node);
}

fn push(open: &mut [Element], element: Element) {
    match open.last_mut() {
        Some(Element::Node { children, .. }) => children.push(element),
        _ => panic!("a `.rast` line outside the root"),
    }
}

fn from_sem(node: &SyntaxNode) -> Element {
    let children = node
        .children_with_tokens()
        .map(|child| match child {
            SyntaxElement::Node(node) => from_sem(&node),
            SyntaxElement::Token(token) => {
                Element::Token { kind: format!("{:?}", token.kind()), text: format!("{:?}", token.text()) }
            }
        })
        .collect();
    Element::Node { kind: format!("{:?}", node.kind()), children }
}

/// A tree as the lines compared, one per node or token, indented by depth, after the
/// differences of representation (not of parsing) between the two trees are taken out:
/// - trivia (whitespace, comments, shebang, frontmatter, byte-order mark) is left out: which
///   node takes in a comment, and whether a shebang ends with its newline, are the tree
///   builders' choices;
/// - punctuation counts one character at a time: sem glues the `||` of a closure, ra leaves
///   two `|`;
/// - raw string literals are strings, raw byte strings byte strings, raw C strings C strings
///   (ra has no kinds of their own for them); a trait alias is a `TRAIT` (as in ra);
/// - attribute contents are compared as the texts of their tokens: ra's `PATH_META`,
///   `CFG_META`, `TOKEN_TREE_META`... (ra reads `cfg` predicates into nodes) and sem's `META`
///   (whose arguments stay a token tree, read by `sem-sources`' cfg) are all `META`;
/// - ra's `VISIBILITY_INNER`, around the `(crate)` of `pub(crate)`, is left out (its tokens are
///   the visibility's).
fn normalized(root: &Element) -> Vec<String> {
    let mut lines = Vec::new();
    normalize_into(root, 0, &mut lines);
    lines
}

fn normalize_into(element: &Element, depth: usize, lines: &mut Vec<String>) {
    let indent = "  ".repeat(depth);
    match element {
        Element::Token { kind, text } => {
            if matches!(kind.as_str(), "WHITESPACE" | "COMMENT" | "SHEBANG" | "FRONTMATTER" | "BOM") {
                return;
            }
            let kind = match kind.as_str() {
                "RAW_STRING" => "STRING",
                "RAW_BYTE_STRING" => "BYTE_STRING",
                "RAW_C_STRING" => "C_STRING",
                kind => kind,
            };
            match split_punct(text) {
                Some(chars) => lines.extend(chars.into_iter().map(|(kind, text)| format!("{indent}{kind} {text}"))),
                None => lines.push(format!("{indent}{kind} {text}")),
            }
        }
        Element::Node { kind, children } if kind.ends_with("META") => {
            lines.push(format!("{indent}META"));
            let mut texts = Vec::new();
            meta_texts(children, &mut texts);
            lines.extend(texts.into_iter().map(|text| format!("{indent}  {text}")));
        }
        Element::Node { kind, children } if kind == "VISIBILITY_INNER" => {
            for child in children {
                normalize_into(child, depth, lines);
            }
        }
        Element::Node { kind, children } => {
            let kind = if kind == "TRAIT_ALIAS" { "TRAIT" } else { kind };
            lines.push(format!("{indent}{kind}"));
            for child in children {
                normalize_into(child, depth + 1, lines);
            }
        }
    }
}

/// The texts of the significant tokens under `children`, punctuation split into characters.
fn meta_texts(children: &[Element], texts: &mut Vec<String>) {
    for child in children {
        match child {
            Element::Token { kind, .. } if matches!(kind.as_str(), "WHITESPACE" | "COMMENT") => {}
            Element::Token { text, .. } => match split_punct(text) {
                Some(chars) => texts.extend(chars.into_iter().map(|(_, text)| text)),
                None => texts.push(text.clone()),
            },
            Element::Node { children, .. } => meta_texts(children, texts),
        }
    }
}

/// The characters of a punctuation token of several characters (`"||"`), each with its kind's
/// name and its text as `{:?}` writes it; `None` for any other token.
fn split_punct(text: &str) -> Option<Vec<(String, String)>> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    if inner.len() < 2 {
        return None;
    }
    inner
        .chars()
        .map(|c| {
            let kind = SyntaxKind::from_char(c).filter(|kind| kind.is_punct())?;
            Some((format!("{kind:?}"), format!("{:?}", c.to_string())))
        })
        .collect()
}

/// The edition a fixture is parsed in: the one its first line names (`// 2015`, or rust-analyzer's
/// lexer-test form `//@ edition: 2015`), else 2024.
fn edition(text: &str) -> Edition {
    let first = text.lines().next().unwrap_or("");
    let named = first.strip_prefix("//@ edition:").or_else(|| first.strip_prefix("//")).map(str::trim);
    named.and_then(|it| it.parse().ok()).unwrap_or(Edition::Edition2024)
}

/// `test_data/parser` of the `ra_ap_parser` package this workspace depends on, found with
/// `cargo metadata` (so `CARGO_HOME`, vendoring and the like are followed).
fn test_data_dir() -> PathBuf {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline", "--manifest-path"])
        .arg(&manifest)
        .output()
        .expect("cannot run `cargo metadata`");
    assert!(output.status.success(), "`cargo metadata` failed: {}", String::from_utf8_lossy(&output.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).expect("`cargo metadata` gave no JSON");
    let package = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|package| package["name"] == "ra_ap_parser")
        .expect("`ra_ap_parser` is not a dependency of the workspace");
    let manifest_path = package["manifest_path"].as_str().expect("a package has a manifest path");
    Path::new(manifest_path).parent().unwrap().join("test_data/parser")
}

/// Reads the exceptions list: file (`folder/name.rs`) to reason; `#` starts a comment line.
fn read_exceptions(path: &Path) -> BTreeMap<String, String> {
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let mut list = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line
            .split_once(SEPARATOR)
            .or_else(|| line.split_once('\t'))
            .unwrap_or_else(|| panic!("{}:{}: not `file — reason`: {line}", path.display(), index + 1));
        let reason = reason.trim();
        assert!(!reason.is_empty(), "{}:{}: no reason given", path.display(), index + 1);
        let previous = list.insert(name.trim().to_owned(), reason.to_owned());
        assert!(previous.is_none(), "{}:{}: {name} is listed twice", path.display(), index + 1);
    }
    list
}

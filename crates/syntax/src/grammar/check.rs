//! The snapshot-test helpers of the grammar: parse, check the tree invariants, compare the dump.
//!
//! Every tree a grammar test builds goes through [`check_tree_invariants`]: the text round-trips,
//! children tile their parent in order, and kinds are in their place; and, when it has no errors,
//! through [`check_tree_shape`](crate::check_tree_shape): its shapes are those of `rust.ungram`.

use expect_test::Expect;

use crate::{
    Edition, LexedStr, SyntaxError, SyntaxNode, check_tree_invariants, debug_dump,
    grammar::{PrefixEntryPoint, TopEntryPoint},
    parse_fragment, parse_source_file,
    parser::Input,
};

/// Parses `text` as a source file in the latest edition and compares the tree and its errors.
pub(crate) fn check(text: &str, expect: Expect) {
    check_edition(Edition::LATEST, text, expect);
}

/// Like [`check`], and also asserts that there are no errors.
pub(crate) fn check_ok(text: &str, expect: Expect) {
    let parse = parse_source_file(text, Edition::LATEST);
    assert!(parse.errors().is_empty(), "unexpected errors: {:?}", parse.errors());
    check(text, expect);
}

/// Parses `text` as a source file in `edition` and compares the tree and its errors.
pub(crate) fn check_edition(edition: Edition, text: &str, expect: Expect) {
    let parse = parse_source_file(text, edition);
    let root = parse.syntax_node();
    assert_invariants(&root, text, parse.errors());
    expect.assert_eq(&debug_dump(&root, parse.errors()));
}

/// Parses `text` as a whole `entry` (a macro fragment) and compares the tree and its errors.
pub(crate) fn check_entry(entry: TopEntryPoint, text: &str, expect: Expect) {
    let parse = parse_fragment(text, Edition::LATEST, entry);
    let root = parse.syntax_node();
    assert_invariants(&root, text, parse.errors());
    expect.assert_eq(&debug_dump(&root, parse.errors()));
}

/// Parses a prefix of `text` as `entry` and shows how many tokens it consumed, and the rest.
pub(crate) fn check_prefix(entry: PrefixEntryPoint, text: &str, expect: Expect) {
    let lexed = LexedStr::new_fragment(text, Edition::LATEST);
    let input = Input::from_lexed(&lexed);
    let output = entry.parse(&input, Edition::LATEST);
    let consumed = output.consumed_input_tokens();
    let significant: Vec<&str> =
        (0..lexed.len()).filter(|&i| !crate::parser::is_skipped(lexed.kind(i))).map(|i| lexed.text(i)).collect();
    let rest = significant[consumed.min(significant.len())..].join(" ");
    let errors: Vec<String> = output
        .iter()
        .filter_map(|step| match step {
            crate::parser::Step::Error { message } => Some(message.to_owned()),
            _ => None,
        })
        .collect();
    expect.assert_eq(&format!("consumed {consumed}, rest: {rest:?}, errors: {errors:?}\n"));
}

fn assert_invariants(root: &SyntaxNode, text: &str, errors: &[SyntaxError]) {
    if let Err(problem) = check_tree_invariants(root, text) {
        panic!("tree invariant broken: {problem}\n{}", debug_dump(root, &[]));
    }
    // A tree without errors has the shapes of `rust.ungram` (trees with errors may be odd).
    let shape_errors = if errors.is_empty() { crate::check_tree_shape(root) } else { Vec::new() };
    if !shape_errors.is_empty() {
        let list: Vec<String> = shape_errors.iter().map(|e| format!("{e}\n")).collect();
        panic!("tree shape differs from rust.ungram:\n{}{}", list.concat(), debug_dump(root, &[]));
    }
}

//! Incremental reparsing gives exactly the tree of a parse from scratch, by the cheapest sound
//! strategy.

use text_size::{TextRange, TextSize};

use super::{Indel, ReparseStrategy};
use crate::{Edition, debug_dump, parse_source_file};

/// Applies `edit` (written as `start..end => "insert"`) to `before`, checks that the reparse
/// equals a fresh parse of the new text, and returns the strategy used.
fn reparse(before: &str, range: std::ops::Range<u32>, insert: &str) -> ReparseStrategy {
    let edition = Edition::LATEST;
    let old = parse_source_file(before, edition);
    let edit = Indel {
        delete: TextRange::new(TextSize::from(range.start), TextSize::from(range.end)),
        insert: insert.to_owned(),
    };
    let (new, strategy) = old.reparse_with_strategy(&edit, edition);
    let mut after = before.to_owned();
    edit.apply(&mut after);
    let fresh = parse_source_file(&after, edition);
    assert_eq!(
        debug_dump(&new.syntax_node(), new.errors()),
        debug_dump(&fresh.syntax_node(), fresh.errors()),
        "the reparse ({strategy:?}) differs from a fresh parse of {after:?}"
    );
    assert!(new == fresh, "the trees print the same but are not equal");
    strategy
}

#[test]
fn editing_inside_an_identifier_relexes_one_token() {
    assert_eq!(reparse("fn f() { foo }", 10..11, "x"), ReparseStrategy::Token);
}

#[test]
fn editing_whitespace_relexes_one_token() {
    assert_eq!(reparse("fn f() {  foo }", 9..9, " "), ReparseStrategy::Token);
}

#[test]
fn an_identifier_that_becomes_a_keyword_is_not_relexed() {
    assert_ne!(reparse("fn f() { fox }", 11..12, "r"), ReparseStrategy::Token);
}

#[test]
fn a_blank_line_between_a_comment_and_an_item_is_not_relexed() {
    assert_eq!(reparse("// c\nfn f() {}", 4..4, "\n"), ReparseStrategy::Full);
}

#[test]
fn a_string_edit_with_an_escape_error_keeps_lexer_errors_exact() {
    assert_eq!(reparse("fn f() { \"a\" }", 10..10, "\\q"), ReparseStrategy::Token);
    assert_eq!(reparse("fn f() { \"\\q\" }", 10..12, ""), ReparseStrategy::Token);
}

#[test]
fn an_edit_that_splits_a_token_reparses_the_block() {
    assert_eq!(reparse("fn f() { foo }", 10..10, " "), ReparseStrategy::Block);
}

#[test]
fn an_edit_inside_a_macro_token_tree_reparses_it() {
    assert_eq!(reparse("fn f() { 1 }\nm! { a b }", 19..20, "(c)"), ReparseStrategy::Block);
}

#[test]
fn an_unbalanced_edit_falls_back_to_a_full_parse() {
    assert_eq!(reparse("fn f() { foo }", 10..10, "}"), ReparseStrategy::Full);
    assert_eq!(reparse("fn f() { foo }", 10..10, "/*"), ReparseStrategy::Full);
}

#[test]
fn an_edit_of_a_keyword_falls_back_to_a_full_parse() {
    assert_eq!(reparse("fn f() {}", 0..2, "fm"), ReparseStrategy::Full);
}

#[test]
fn an_insertion_at_the_end_is_exact() {
    reparse("fn f() {}", 9..9, "\n");
}

#[test]
fn an_edit_past_the_end_is_clamped_to_the_text() {
    let old = parse_source_file("fn f() {}", Edition::LATEST);
    let edit = Indel { delete: TextRange::new(TextSize::from(7), TextSize::from(40)), insert: "}".to_owned() };
    let (new, strategy) = old.reparse_with_strategy(&edit, Edition::LATEST);
    assert_eq!(strategy, ReparseStrategy::Full);
    assert_eq!(new.syntax_node().text().to_string(), "fn f() }");
}

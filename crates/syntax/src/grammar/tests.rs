//! Tests of the parser as a whole: entry points, recovery that spans areas, nesting limits.

use expect_test::expect;

use super::check::{check, check_entry, check_prefix};
use crate::grammar::{PrefixEntryPoint, TopEntryPoint};

#[test]
fn empty_file() {
    check(
        "",
        expect![[r#"
        SOURCE_FILE@0..0
    "#]],
    );
}

#[test]
fn trivia_only() {
    check(
        "  // a comment\n",
        expect![[r#"
        SOURCE_FILE@0..15
          WHITESPACE@0..2 "  "
          COMMENT@2..14 "// a comment"
          WHITESPACE@14..15 "\n"
    "#]],
    );
}

#[test]
fn byte_order_mark_is_trivia_of_the_file() {
    check(
        "\u{feff}fn f() {}",
        expect![[r#"
        SOURCE_FILE@0..12
          BOM@0..3 "\u{feff}"
          FN@3..12
            FN_KW@3..5 "fn"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "f"
            PARAM_LIST@7..9
              L_PAREN@7..8 "("
              R_PAREN@8..9 ")"
            WHITESPACE@9..10 " "
            BLOCK_EXPR@10..12
              STMT_LIST@10..12
                L_CURLY@10..11 "{"
                R_CURLY@11..12 "}"
    "#]],
    );
    let text = "\u{feff}#!/usr/bin/env rust\n#![allow(x)]\n// c\nfn f() {}\n";
    let parse = crate::parse_source_file(text, crate::Edition::LATEST);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
    assert_eq!(parse.syntax_node().text(), text);
    // In the middle of a file it stays an error, as in rustc.
    let parse = crate::parse_source_file("fn f() {}\n\u{feff}fn g() {}", crate::Edition::LATEST);
    assert!(!parse.errors().is_empty());
}

#[test]
fn doc_comment_is_taken_by_the_item_below() {
    check(
        "/// Docs.\nfn f() {}\n\n// Loose.\n\nfn g() {}",
        expect![[r#"
        SOURCE_FILE@0..41
          FN@0..19
            COMMENT@0..9 "/// Docs."
            WHITESPACE@9..10 "\n"
            FN_KW@10..12 "fn"
            WHITESPACE@12..13 " "
            NAME@13..14
              IDENT@13..14 "f"
            PARAM_LIST@14..16
              L_PAREN@14..15 "("
              R_PAREN@15..16 ")"
            WHITESPACE@16..17 " "
            BLOCK_EXPR@17..19
              STMT_LIST@17..19
                L_CURLY@17..18 "{"
                R_CURLY@18..19 "}"
          WHITESPACE@19..21 "\n\n"
          COMMENT@21..30 "// Loose."
          WHITESPACE@30..32 "\n\n"
          FN@32..41
            FN_KW@32..34 "fn"
            WHITESPACE@34..35 " "
            NAME@35..36
              IDENT@35..36 "g"
            PARAM_LIST@36..38
              L_PAREN@36..37 "("
              R_PAREN@37..38 ")"
            WHITESPACE@38..39 " "
            BLOCK_EXPR@39..41
              STMT_LIST@39..41
                L_CURLY@39..40 "{"
                R_CURLY@40..41 "}"
    "#]],
    );
}

#[test]
fn stray_closing_brace_is_an_error_and_parsing_goes_on() {
    check(
        "} fn f() {}",
        expect![[r#"
        SOURCE_FILE@0..11
          ERROR@0..1
            R_CURLY@0..1 "}"
          WHITESPACE@1..2 " "
          FN@2..11
            FN_KW@2..4 "fn"
            WHITESPACE@4..5 " "
            NAME@5..6
              IDENT@5..6 "f"
            PARAM_LIST@6..8
              L_PAREN@6..7 "("
              R_PAREN@7..8 ")"
            WHITESPACE@8..9 " "
            BLOCK_EXPR@9..11
              STMT_LIST@9..11
                L_CURLY@9..10 "{"
                R_CURLY@10..11 "}"
        error 0..1: unmatched `}`
    "#]],
    );
}

#[test]
fn expression_fragment() {
    check_entry(
        TopEntryPoint::Expr,
        "1",
        expect![[r#"
        LITERAL@0..1
          INT_NUMBER@0..1 "1"
    "#]],
    );
}

#[test]
fn fragment_with_trailing_input() {
    check_entry(
        TopEntryPoint::Type,
        "u8 u16",
        expect![[r#"
        ERROR@0..6
          PATH_TYPE@0..2
            PATH@0..2
              PATH_SEGMENT@0..2
                NAME_REF@0..2
                  IDENT@0..2 "u8"
          WHITESPACE@2..3 " "
          ERROR@3..6
            IDENT@3..6 "u16"
        error 3..6: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn prefix_expression_stops_where_the_expression_ends() {
    check_prefix(
        PrefixEntryPoint::Expr,
        "a => b",
        expect![[r#"
        consumed 1, rest: "= > b", errors: []
    "#]],
    );
}

#[test]
fn float_split_in_tuple_field_access() {
    check(
        "fn f() { x.0.1 }",
        expect![[r#"
            SOURCE_FILE@0..16
              FN@0..16
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..16
                  STMT_LIST@7..16
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    FIELD_EXPR@9..14
                      FIELD_EXPR@9..12
                        PATH_EXPR@9..10
                          PATH@9..10
                            PATH_SEGMENT@9..10
                              NAME_REF@9..10
                                IDENT@9..10 "x"
                        DOT@10..11 "."
                        NAME_REF@11..12
                          INT_NUMBER@11..12 "0"
                      DOT@12..13 "."
                      NAME_REF@13..14
                        INT_NUMBER@13..14 "1"
                    WHITESPACE@14..15 " "
                    R_CURLY@15..16 "}"
        "#]],
    );
}

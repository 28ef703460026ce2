//! Tests of the grammar of patterns.

use expect_test::{Expect, expect};

use crate::{
    Edition,
    grammar::{
        PrefixEntryPoint, TopEntryPoint,
        check::{check, check_ok, check_prefix},
        types::tests::{deep_errors, on_small_stack},
    },
};

/// Parses `text` as a pattern fragment (or-patterns allowed) in `edition` and compares the tree
/// and its errors.
fn check_pat_edition(edition: Edition, text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, edition, TopEntryPoint::Pattern);
    let root = parse.syntax_node();
    if let Err(problem) = crate::check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}");
    }
    expect.assert_eq(&crate::debug_dump(&root, parse.errors()));
}

/// Parses `text` as a pattern fragment in the latest edition and compares the tree and its
/// errors.
fn check_pat(text: &str, expect: Expect) {
    check_pat_edition(Edition::LATEST, text, expect);
}

/// Like [`check_pat`], and also asserts that there are no errors.
fn check_pat_ok(text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, Edition::LATEST, TopEntryPoint::Pattern);
    assert!(parse.errors().is_empty(), "unexpected errors: {:?}", parse.errors());
    check_pat(text, expect);
}

#[test]
fn ident_patterns() {
    check_pat_ok(
        "x",
        expect![[r#"
        IDENT_PAT@0..1
          NAME@0..1
            IDENT@0..1 "x"
    "#]],
    );
    check_pat_ok(
        "ref mut x",
        expect![[r#"
        IDENT_PAT@0..9
          REF_KW@0..3 "ref"
          WHITESPACE@3..4 " "
          MUT_KW@4..7 "mut"
          WHITESPACE@7..8 " "
          NAME@8..9
            IDENT@8..9 "x"
    "#]],
    );
    check_pat_ok(
        "mut x @ Some(_)",
        expect![[r#"
        IDENT_PAT@0..15
          MUT_KW@0..3 "mut"
          WHITESPACE@3..4 " "
          NAME@4..5
            IDENT@4..5 "x"
          WHITESPACE@5..6 " "
          AT@6..7 "@"
          WHITESPACE@7..8 " "
          TUPLE_STRUCT_PAT@8..15
            PATH@8..12
              PATH_SEGMENT@8..12
                NAME_REF@8..12
                  IDENT@8..12 "Some"
            L_PAREN@12..13 "("
            WILDCARD_PAT@13..14
              UNDERSCORE@13..14 "_"
            R_PAREN@14..15 ")"
    "#]],
    );
    check_pat_ok(
        "ref x @ 1..=5",
        expect![[r#"
        IDENT_PAT@0..13
          REF_KW@0..3 "ref"
          WHITESPACE@3..4 " "
          NAME@4..5
            IDENT@4..5 "x"
          WHITESPACE@5..6 " "
          AT@6..7 "@"
          WHITESPACE@7..8 " "
          RANGE_PAT@8..13
            LITERAL_PAT@8..9
              LITERAL@8..9
                INT_NUMBER@8..9 "1"
            DOT2EQ@9..12 "..="
            LITERAL_PAT@12..13
              LITERAL@12..13
                INT_NUMBER@12..13 "5"
    "#]],
    );
}

#[test]
fn wildcard_and_literal_patterns() {
    check_pat_ok(
        "_",
        expect![[r#"
        WILDCARD_PAT@0..1
          UNDERSCORE@0..1 "_"
    "#]],
    );
    check_pat_ok(
        "-1",
        expect![[r#"
        LITERAL_PAT@0..2
          MINUS@0..1 "-"
          LITERAL@1..2
            INT_NUMBER@1..2 "1"
    "#]],
    );
    check_pat_ok(
        "-1.5",
        expect![[r#"
        LITERAL_PAT@0..4
          MINUS@0..1 "-"
          LITERAL@1..4
            FLOAT_NUMBER@1..4 "1.5"
    "#]],
    );
    check_pat_ok(
        "b\"x\"",
        expect![[r#"
        LITERAL_PAT@0..4
          LITERAL@0..4
            BYTE_STRING@0..4 "b\"x\""
    "#]],
    );
    check_pat_ok(
        "true",
        expect![[r#"
        LITERAL_PAT@0..4
          LITERAL@0..4
            TRUE_KW@0..4 "true"
    "#]],
    );
}

#[test]
fn range_patterns() {
    check_pat_ok(
        "1..=5",
        expect![[r#"
        RANGE_PAT@0..5
          LITERAL_PAT@0..1
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
          DOT2EQ@1..4 "..="
          LITERAL_PAT@4..5
            LITERAL@4..5
              INT_NUMBER@4..5 "5"
    "#]],
    );
    check_pat_ok(
        "'a'..'z'",
        expect![[r#"
        RANGE_PAT@0..8
          LITERAL_PAT@0..3
            LITERAL@0..3
              CHAR@0..3 "'a'"
          DOT2@3..5 ".."
          LITERAL_PAT@5..8
            LITERAL@5..8
              CHAR@5..8 "'z'"
    "#]],
    );
    check_pat_ok(
        "-5..",
        expect![[r#"
        RANGE_PAT@0..4
          LITERAL_PAT@0..2
            MINUS@0..1 "-"
            LITERAL@1..2
              INT_NUMBER@1..2 "5"
          DOT2@2..4 ".."
    "#]],
    );
    check_pat_ok(
        "..=-1",
        expect![[r#"
        RANGE_PAT@0..5
          DOT2EQ@0..3 "..="
          LITERAL_PAT@3..5
            MINUS@3..4 "-"
            LITERAL@4..5
              INT_NUMBER@4..5 "1"
    "#]],
    );
    check_pat_ok(
        "..5",
        expect![[r#"
        RANGE_PAT@0..3
          DOT2@0..2 ".."
          LITERAL_PAT@2..3
            LITERAL@2..3
              INT_NUMBER@2..3 "5"
    "#]],
    );
    check_pat_ok(
        "A..=b::C",
        expect![[r#"
        RANGE_PAT@0..8
          PATH_PAT@0..1
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "A"
          DOT2EQ@1..4 "..="
          PATH_PAT@4..8
            PATH@4..8
              PATH@4..5
                PATH_SEGMENT@4..5
                  NAME_REF@4..5
                    IDENT@4..5 "b"
              COLON2@5..7 "::"
              PATH_SEGMENT@7..8
                NAME_REF@7..8
                  IDENT@7..8 "C"
    "#]],
    );
    check_pat_ok(
        "const { 1 }..=<T>::MAX",
        expect![[r#"
            RANGE_PAT@0..22
              CONST_BLOCK_PAT@0..11
                CONST_KW@0..5 "const"
                WHITESPACE@5..6 " "
                BLOCK_EXPR@6..11
                  STMT_LIST@6..11
                    L_CURLY@6..7 "{"
                    WHITESPACE@7..8 " "
                    LITERAL@8..9
                      INT_NUMBER@8..9 "1"
                    WHITESPACE@9..10 " "
                    R_CURLY@10..11 "}"
              DOT2EQ@11..14 "..="
              PATH_PAT@14..22
                PATH@14..22
                  PATH@14..17
                    PATH_SEGMENT@14..17
                      TYPE_ANCHOR@14..17
                        L_ANGLE@14..15 "<"
                        PATH_TYPE@15..16
                          PATH@15..16
                            PATH_SEGMENT@15..16
                              NAME_REF@15..16
                                IDENT@15..16 "T"
                        R_ANGLE@16..17 ">"
                  COLON2@17..19 "::"
                  PATH_SEGMENT@19..22
                    NAME_REF@19..22
                      IDENT@19..22 "MAX"
        "#]],
    );
}

#[test]
fn half_open_range_pattern_in_a_tuple_and_an_or_pattern() {
    check_pat_ok(
        "(0.., 1.. | 2)",
        expect![[r#"
        TUPLE_PAT@0..14
          L_PAREN@0..1 "("
          RANGE_PAT@1..4
            LITERAL_PAT@1..2
              LITERAL@1..2
                INT_NUMBER@1..2 "0"
            DOT2@2..4 ".."
          COMMA@4..5 ","
          WHITESPACE@5..6 " "
          OR_PAT@6..13
            RANGE_PAT@6..9
              LITERAL_PAT@6..7
                LITERAL@6..7
                  INT_NUMBER@6..7 "1"
              DOT2@7..9 ".."
            WHITESPACE@9..10 " "
            PIPE@10..11 "|"
            WHITESPACE@11..12 " "
            LITERAL_PAT@12..13
              LITERAL@12..13
                INT_NUMBER@12..13 "2"
          R_PAREN@13..14 ")"
    "#]],
    );
}

#[test]
fn legacy_inclusive_range_pattern() {
    check_pat_edition(
        Edition::Edition2015,
        "1...5",
        expect![[r#"
        RANGE_PAT@0..5
          LITERAL_PAT@0..1
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
          DOT3@1..4 "..."
          LITERAL_PAT@4..5
            LITERAL@4..5
              INT_NUMBER@4..5 "5"
    "#]],
    );
    check_pat_edition(
        Edition::Edition2018,
        "'a'...'z'",
        expect![[r#"
        RANGE_PAT@0..9
          LITERAL_PAT@0..3
            LITERAL@0..3
              CHAR@0..3 "'a'"
          DOT3@3..6 "..."
          LITERAL_PAT@6..9
            LITERAL@6..9
              CHAR@6..9 "'z'"
    "#]],
    );
    check_pat_edition(
        Edition::Edition2021,
        "1...5",
        expect![[r#"
        RANGE_PAT@0..5
          LITERAL_PAT@0..1
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
          DOT3@1..4 "..."
          LITERAL_PAT@4..5
            LITERAL@4..5
              INT_NUMBER@4..5 "5"
        error 1..2: `...` range patterns are not allowed from edition 2021 on: use `..=`
    "#]],
    );
}

#[test]
fn range_pattern_errors() {
    check_pat(
        "1..=",
        expect![[r#"
        RANGE_PAT@0..4
          LITERAL_PAT@0..1
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
          DOT2EQ@1..4 "..="
        error 4..4: expected the end of the range pattern
    "#]],
    );
    check_pat(
        "...5",
        expect![[r#"
        RANGE_PAT@0..4
          DOT3@0..3 "..."
          LITERAL_PAT@3..4
            LITERAL@3..4
              INT_NUMBER@3..4 "5"
        error 0..1: a `...` range pattern needs a start: use `..=` instead
    "#]],
    );
    check_pat(
        "1..=_",
        expect![[r#"
        RANGE_PAT@0..5
          LITERAL_PAT@0..1
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
          DOT2EQ@1..4 "..="
          ERROR@4..5
            UNDERSCORE@4..5 "_"
        error 4..5: expected the end of the range pattern
    "#]],
    );
}

#[test]
fn path_patterns() {
    check_pat_ok(
        "None",
        expect![[r#"
        IDENT_PAT@0..4
          NAME@0..4
            IDENT@0..4 "None"
    "#]],
    );
    check_pat_ok(
        "::a::B",
        expect![[r#"
        PATH_PAT@0..6
          PATH@0..6
            PATH@0..3
              PATH_SEGMENT@0..3
                COLON2@0..2 "::"
                NAME_REF@2..3
                  IDENT@2..3 "a"
            COLON2@3..5 "::"
            PATH_SEGMENT@5..6
              NAME_REF@5..6
                IDENT@5..6 "B"
    "#]],
    );
    check_pat_ok(
        "<T as Tr>::C",
        expect![[r#"
        PATH_PAT@0..12
          PATH@0..12
            PATH@0..9
              PATH_SEGMENT@0..9
                TYPE_ANCHOR@0..9
                  L_ANGLE@0..1 "<"
                  PATH_TYPE@1..2
                    PATH@1..2
                      PATH_SEGMENT@1..2
                        NAME_REF@1..2
                          IDENT@1..2 "T"
                  WHITESPACE@2..3 " "
                  AS_KW@3..5 "as"
                  WHITESPACE@5..6 " "
                  PATH_TYPE@6..8
                    PATH@6..8
                      PATH_SEGMENT@6..8
                        NAME_REF@6..8
                          IDENT@6..8 "Tr"
                  R_ANGLE@8..9 ">"
            COLON2@9..11 "::"
            PATH_SEGMENT@11..12
              NAME_REF@11..12
                IDENT@11..12 "C"
    "#]],
    );
    check_pat_ok(
        "Foo::<u8>::Bar",
        expect![[r#"
        PATH_PAT@0..14
          PATH@0..14
            PATH@0..9
              PATH_SEGMENT@0..9
                NAME_REF@0..3
                  IDENT@0..3 "Foo"
                GENERIC_ARG_LIST@3..9
                  COLON2@3..5 "::"
                  L_ANGLE@5..6 "<"
                  TYPE_ARG@6..8
                    PATH_TYPE@6..8
                      PATH@6..8
                        PATH_SEGMENT@6..8
                          NAME_REF@6..8
                            IDENT@6..8 "u8"
                  R_ANGLE@8..9 ">"
            COLON2@9..11 "::"
            PATH_SEGMENT@11..14
              NAME_REF@11..14
                IDENT@11..14 "Bar"
    "#]],
    );
    check_pat_ok(
        "Self",
        expect![[r#"
        PATH_PAT@0..4
          PATH@0..4
            PATH_SEGMENT@0..4
              NAME_REF@0..4
                SELF_TYPE_KW@0..4 "Self"
    "#]],
    );
}

#[test]
fn tuple_struct_patterns() {
    check_pat_ok(
        "S(a, ref b, ..)",
        expect![[r#"
        TUPLE_STRUCT_PAT@0..15
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          L_PAREN@1..2 "("
          IDENT_PAT@2..3
            NAME@2..3
              IDENT@2..3 "a"
          COMMA@3..4 ","
          WHITESPACE@4..5 " "
          IDENT_PAT@5..10
            REF_KW@5..8 "ref"
            WHITESPACE@8..9 " "
            NAME@9..10
              IDENT@9..10 "b"
          COMMA@10..11 ","
          WHITESPACE@11..12 " "
          REST_PAT@12..14
            DOT2@12..14 ".."
          R_PAREN@14..15 ")"
    "#]],
    );
    check_pat_ok(
        "S()",
        expect![[r#"
        TUPLE_STRUCT_PAT@0..3
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          L_PAREN@1..2 "("
          R_PAREN@2..3 ")"
    "#]],
    );
    check_pat_ok(
        "S(A | B,)",
        expect![[r#"
        TUPLE_STRUCT_PAT@0..9
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          L_PAREN@1..2 "("
          OR_PAT@2..7
            IDENT_PAT@2..3
              NAME@2..3
                IDENT@2..3 "A"
            WHITESPACE@3..4 " "
            PIPE@4..5 "|"
            WHITESPACE@5..6 " "
            IDENT_PAT@6..7
              NAME@6..7
                IDENT@6..7 "B"
          COMMA@7..8 ","
          R_PAREN@8..9 ")"
    "#]],
    );
}

#[test]
fn record_patterns() {
    check_pat_ok(
        "S { a, b: [x, ..], ref c, mut d, box e, 0: f, #[cfg(x)] g, .. }",
        expect![[r##"
        RECORD_PAT@0..63
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..63
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..5
              IDENT_PAT@4..5
                NAME@4..5
                  IDENT@4..5 "a"
            COMMA@5..6 ","
            WHITESPACE@6..7 " "
            RECORD_PAT_FIELD@7..17
              NAME_REF@7..8
                IDENT@7..8 "b"
              COLON@8..9 ":"
              WHITESPACE@9..10 " "
              SLICE_PAT@10..17
                L_BRACK@10..11 "["
                IDENT_PAT@11..12
                  NAME@11..12
                    IDENT@11..12 "x"
                COMMA@12..13 ","
                WHITESPACE@13..14 " "
                REST_PAT@14..16
                  DOT2@14..16 ".."
                R_BRACK@16..17 "]"
            COMMA@17..18 ","
            WHITESPACE@18..19 " "
            RECORD_PAT_FIELD@19..24
              IDENT_PAT@19..24
                REF_KW@19..22 "ref"
                WHITESPACE@22..23 " "
                NAME@23..24
                  IDENT@23..24 "c"
            COMMA@24..25 ","
            WHITESPACE@25..26 " "
            RECORD_PAT_FIELD@26..31
              IDENT_PAT@26..31
                MUT_KW@26..29 "mut"
                WHITESPACE@29..30 " "
                NAME@30..31
                  IDENT@30..31 "d"
            COMMA@31..32 ","
            WHITESPACE@32..33 " "
            RECORD_PAT_FIELD@33..38
              BOX_PAT@33..38
                BOX_KW@33..36 "box"
                WHITESPACE@36..37 " "
                IDENT_PAT@37..38
                  NAME@37..38
                    IDENT@37..38 "e"
            COMMA@38..39 ","
            WHITESPACE@39..40 " "
            RECORD_PAT_FIELD@40..44
              NAME_REF@40..41
                INT_NUMBER@40..41 "0"
              COLON@41..42 ":"
              WHITESPACE@42..43 " "
              IDENT_PAT@43..44
                NAME@43..44
                  IDENT@43..44 "f"
            COMMA@44..45 ","
            WHITESPACE@45..46 " "
            RECORD_PAT_FIELD@46..57
              ATTR@46..55
                POUND@46..47 "#"
                L_BRACK@47..48 "["
                META@48..54
                  PATH@48..51
                    PATH_SEGMENT@48..51
                      NAME_REF@48..51
                        IDENT@48..51 "cfg"
                  TOKEN_TREE@51..54
                    L_PAREN@51..52 "("
                    IDENT@52..53 "x"
                    R_PAREN@53..54 ")"
                R_BRACK@54..55 "]"
              WHITESPACE@55..56 " "
              IDENT_PAT@56..57
                NAME@56..57
                  IDENT@56..57 "g"
            COMMA@57..58 ","
            WHITESPACE@58..59 " "
            REST_PAT@59..61
              DOT2@59..61 ".."
            WHITESPACE@61..62 " "
            R_CURLY@62..63 "}"
    "##]],
    );
    check_pat_ok(
        "S {}",
        expect![[r#"
        RECORD_PAT@0..4
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..4
            L_CURLY@2..3 "{"
            R_CURLY@3..4 "}"
    "#]],
    );
    check_pat_ok(
        "a::S { #[cfg(x)] .. }",
        expect![[r##"
        RECORD_PAT@0..21
          PATH@0..4
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "a"
            COLON2@1..3 "::"
            PATH_SEGMENT@3..4
              NAME_REF@3..4
                IDENT@3..4 "S"
          WHITESPACE@4..5 " "
          RECORD_PAT_FIELD_LIST@5..21
            L_CURLY@5..6 "{"
            WHITESPACE@6..7 " "
            REST_PAT@7..19
              ATTR@7..16
                POUND@7..8 "#"
                L_BRACK@8..9 "["
                META@9..15
                  PATH@9..12
                    PATH_SEGMENT@9..12
                      NAME_REF@9..12
                        IDENT@9..12 "cfg"
                  TOKEN_TREE@12..15
                    L_PAREN@12..13 "("
                    IDENT@13..14 "x"
                    R_PAREN@14..15 ")"
                R_BRACK@15..16 "]"
              WHITESPACE@16..17 " "
              DOT2@17..19 ".."
            WHITESPACE@19..20 " "
            R_CURLY@20..21 "}"
    "##]],
    );
    check_pat_ok(
        "S { a: | A | B }",
        expect![[r#"
        RECORD_PAT@0..16
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..16
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..14
              NAME_REF@4..5
                IDENT@4..5 "a"
              COLON@5..6 ":"
              WHITESPACE@6..7 " "
              OR_PAT@7..14
                PIPE@7..8 "|"
                WHITESPACE@8..9 " "
                IDENT_PAT@9..10
                  NAME@9..10
                    IDENT@9..10 "A"
                WHITESPACE@10..11 " "
                PIPE@11..12 "|"
                WHITESPACE@12..13 " "
                IDENT_PAT@13..14
                  NAME@13..14
                    IDENT@13..14 "B"
            WHITESPACE@14..15 " "
            R_CURLY@15..16 "}"
    "#]],
    );
}

#[test]
fn tuple_and_paren_patterns() {
    check_pat_ok(
        "()",
        expect![[r#"
        TUPLE_PAT@0..2
          L_PAREN@0..1 "("
          R_PAREN@1..2 ")"
    "#]],
    );
    check_pat_ok(
        "(a,)",
        expect![[r#"
        TUPLE_PAT@0..4
          L_PAREN@0..1 "("
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
          COMMA@2..3 ","
          R_PAREN@3..4 ")"
    "#]],
    );
    check_pat_ok(
        "(a, .., b)",
        expect![[r#"
        TUPLE_PAT@0..10
          L_PAREN@0..1 "("
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
          COMMA@2..3 ","
          WHITESPACE@3..4 " "
          REST_PAT@4..6
            DOT2@4..6 ".."
          COMMA@6..7 ","
          WHITESPACE@7..8 " "
          IDENT_PAT@8..9
            NAME@8..9
              IDENT@8..9 "b"
          R_PAREN@9..10 ")"
    "#]],
    );
    check_pat_ok(
        "(..)",
        expect![[r#"
        TUPLE_PAT@0..4
          L_PAREN@0..1 "("
          REST_PAT@1..3
            DOT2@1..3 ".."
          R_PAREN@3..4 ")"
    "#]],
    );
    check_pat_ok(
        "(a)",
        expect![[r#"
        PAREN_PAT@0..3
          L_PAREN@0..1 "("
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
          R_PAREN@2..3 ")"
    "#]],
    );
    check_pat_ok(
        "(| A | B)",
        expect![[r#"
        PAREN_PAT@0..9
          L_PAREN@0..1 "("
          OR_PAT@1..8
            PIPE@1..2 "|"
            WHITESPACE@2..3 " "
            IDENT_PAT@3..4
              NAME@3..4
                IDENT@3..4 "A"
            WHITESPACE@4..5 " "
            PIPE@5..6 "|"
            WHITESPACE@6..7 " "
            IDENT_PAT@7..8
              NAME@7..8
                IDENT@7..8 "B"
          R_PAREN@8..9 ")"
    "#]],
    );
}

#[test]
fn slice_patterns() {
    check_pat_ok(
        "[]",
        expect![[r#"
        SLICE_PAT@0..2
          L_BRACK@0..1 "["
          R_BRACK@1..2 "]"
    "#]],
    );
    check_pat_ok(
        "[first, rest @ ..]",
        expect![[r#"
        SLICE_PAT@0..18
          L_BRACK@0..1 "["
          IDENT_PAT@1..6
            NAME@1..6
              IDENT@1..6 "first"
          COMMA@6..7 ","
          WHITESPACE@7..8 " "
          IDENT_PAT@8..17
            NAME@8..12
              IDENT@8..12 "rest"
            WHITESPACE@12..13 " "
            AT@13..14 "@"
            WHITESPACE@14..15 " "
            REST_PAT@15..17
              DOT2@15..17 ".."
          R_BRACK@17..18 "]"
    "#]],
    );
}

#[test]
fn reference_and_box_patterns() {
    check_pat_ok(
        "&&mut x",
        expect![[r#"
        REF_PAT@0..7
          AMP@0..1 "&"
          REF_PAT@1..7
            AMP@1..2 "&"
            MUT_KW@2..5 "mut"
            WHITESPACE@5..6 " "
            IDENT_PAT@6..7
              NAME@6..7
                IDENT@6..7 "x"
    "#]],
    );
    check_pat_ok(
        "&(a, b)",
        expect![[r#"
        REF_PAT@0..7
          AMP@0..1 "&"
          TUPLE_PAT@1..7
            L_PAREN@1..2 "("
            IDENT_PAT@2..3
              NAME@2..3
                IDENT@2..3 "a"
            COMMA@3..4 ","
            WHITESPACE@4..5 " "
            IDENT_PAT@5..6
              NAME@5..6
                IDENT@5..6 "b"
            R_PAREN@6..7 ")"
    "#]],
    );
    check_pat_ok(
        "box ref x",
        expect![[r#"
        BOX_PAT@0..9
          BOX_KW@0..3 "box"
          WHITESPACE@3..4 " "
          IDENT_PAT@4..9
            REF_KW@4..7 "ref"
            WHITESPACE@7..8 " "
            NAME@8..9
              IDENT@8..9 "x"
    "#]],
    );
}

#[test]
fn or_patterns() {
    check_pat_ok(
        "A | B(x) | C { .. }",
        expect![[r#"
        OR_PAT@0..19
          IDENT_PAT@0..1
            NAME@0..1
              IDENT@0..1 "A"
          WHITESPACE@1..2 " "
          PIPE@2..3 "|"
          WHITESPACE@3..4 " "
          TUPLE_STRUCT_PAT@4..8
            PATH@4..5
              PATH_SEGMENT@4..5
                NAME_REF@4..5
                  IDENT@4..5 "B"
            L_PAREN@5..6 "("
            IDENT_PAT@6..7
              NAME@6..7
                IDENT@6..7 "x"
            R_PAREN@7..8 ")"
          WHITESPACE@8..9 " "
          PIPE@9..10 "|"
          WHITESPACE@10..11 " "
          RECORD_PAT@11..19
            PATH@11..12
              PATH_SEGMENT@11..12
                NAME_REF@11..12
                  IDENT@11..12 "C"
            WHITESPACE@12..13 " "
            RECORD_PAT_FIELD_LIST@13..19
              L_CURLY@13..14 "{"
              WHITESPACE@14..15 " "
              REST_PAT@15..17
                DOT2@15..17 ".."
              WHITESPACE@17..18 " "
              R_CURLY@18..19 "}"
    "#]],
    );
    check_pat_ok(
        "| A",
        expect![[r#"
        OR_PAT@0..3
          PIPE@0..1 "|"
          WHITESPACE@1..2 " "
          IDENT_PAT@2..3
            NAME@2..3
              IDENT@2..3 "A"
    "#]],
    );
}

#[test]
fn macro_and_const_block_patterns() {
    check_pat_ok(
        "m!(x)",
        expect![[r#"
        MACRO_PAT@0..5
          MACRO_CALL@0..5
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "m"
            BANG@1..2 "!"
            TOKEN_TREE@2..5
              L_PAREN@2..3 "("
              IDENT@3..4 "x"
              R_PAREN@4..5 ")"
    "#]],
    );
    check_pat_ok(
        "a::m![x]",
        expect![[r#"
        MACRO_PAT@0..8
          MACRO_CALL@0..8
            PATH@0..4
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
              COLON2@1..3 "::"
              PATH_SEGMENT@3..4
                NAME_REF@3..4
                  IDENT@3..4 "m"
            BANG@4..5 "!"
            TOKEN_TREE@5..8
              L_BRACK@5..6 "["
              IDENT@6..7 "x"
              R_BRACK@7..8 "]"
    "#]],
    );
    check_pat_ok(
        "deref!(x)",
        expect![[r#"
        MACRO_PAT@0..9
          MACRO_CALL@0..9
            PATH@0..5
              PATH_SEGMENT@0..5
                NAME_REF@0..5
                  IDENT@0..5 "deref"
            BANG@5..6 "!"
            TOKEN_TREE@6..9
              L_PAREN@6..7 "("
              IDENT@7..8 "x"
              R_PAREN@8..9 ")"
    "#]],
    );
    check_pat_ok(
        "const { N }",
        expect![[r#"
            CONST_BLOCK_PAT@0..11
              CONST_KW@0..5 "const"
              WHITESPACE@5..6 " "
              BLOCK_EXPR@6..11
                STMT_LIST@6..11
                  L_CURLY@6..7 "{"
                  WHITESPACE@7..8 " "
                  PATH_EXPR@8..9
                    PATH@8..9
                      PATH_SEGMENT@8..9
                        NAME_REF@8..9
                          IDENT@8..9 "N"
                  WHITESPACE@9..10 " "
                  R_CURLY@10..11 "}"
        "#]],
    );
}

#[test]
fn contextual_keywords_are_bindings() {
    check_pat_ok(
        "(union, default, raw, safe)",
        expect![[r#"
        TUPLE_PAT@0..27
          L_PAREN@0..1 "("
          IDENT_PAT@1..6
            NAME@1..6
              IDENT@1..6 "union"
          COMMA@6..7 ","
          WHITESPACE@7..8 " "
          IDENT_PAT@8..15
            NAME@8..15
              IDENT@8..15 "default"
          COMMA@15..16 ","
          WHITESPACE@16..17 " "
          IDENT_PAT@17..20
            NAME@17..20
              IDENT@17..20 "raw"
          COMMA@20..21 ","
          WHITESPACE@21..22 " "
          IDENT_PAT@22..26
            NAME@22..26
              IDENT@22..26 "safe"
          R_PAREN@26..27 ")"
    "#]],
    );
}

#[test]
fn async_is_a_binding_in_2015() {
    check_pat_edition(
        Edition::Edition2015,
        "async",
        expect![[r#"
        IDENT_PAT@0..5
          NAME@0..5
            IDENT@0..5 "async"
    "#]],
    );
    check_pat_edition(
        Edition::Edition2018,
        "async",
        expect![[r#"
        ERROR@0..5
          ASYNC_KW@0..5 "async"
        error 0..5: expected a pattern
    "#]],
    );
}

#[test]
fn patterns_as_parameters() {
    check_ok(
        "fn f((a, b): T, [x, ..]: U, S { a }: S, &mut x: T, mut y: u8) {}",
        expect![[r#"
        SOURCE_FILE@0..64
          FN@0..64
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..61
              L_PAREN@4..5 "("
              PARAM@5..14
                TUPLE_PAT@5..11
                  L_PAREN@5..6 "("
                  IDENT_PAT@6..7
                    NAME@6..7
                      IDENT@6..7 "a"
                  COMMA@7..8 ","
                  WHITESPACE@8..9 " "
                  IDENT_PAT@9..10
                    NAME@9..10
                      IDENT@9..10 "b"
                  R_PAREN@10..11 ")"
                COLON@11..12 ":"
                WHITESPACE@12..13 " "
                PATH_TYPE@13..14
                  PATH@13..14
                    PATH_SEGMENT@13..14
                      NAME_REF@13..14
                        IDENT@13..14 "T"
              COMMA@14..15 ","
              WHITESPACE@15..16 " "
              PARAM@16..26
                SLICE_PAT@16..23
                  L_BRACK@16..17 "["
                  IDENT_PAT@17..18
                    NAME@17..18
                      IDENT@17..18 "x"
                  COMMA@18..19 ","
                  WHITESPACE@19..20 " "
                  REST_PAT@20..22
                    DOT2@20..22 ".."
                  R_BRACK@22..23 "]"
                COLON@23..24 ":"
                WHITESPACE@24..25 " "
                PATH_TYPE@25..26
                  PATH@25..26
                    PATH_SEGMENT@25..26
                      NAME_REF@25..26
                        IDENT@25..26 "U"
              COMMA@26..27 ","
              WHITESPACE@27..28 " "
              PARAM@28..38
                RECORD_PAT@28..35
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "S"
                  WHITESPACE@29..30 " "
                  RECORD_PAT_FIELD_LIST@30..35
                    L_CURLY@30..31 "{"
                    WHITESPACE@31..32 " "
                    RECORD_PAT_FIELD@32..33
                      IDENT_PAT@32..33
                        NAME@32..33
                          IDENT@32..33 "a"
                    WHITESPACE@33..34 " "
                    R_CURLY@34..35 "}"
                COLON@35..36 ":"
                WHITESPACE@36..37 " "
                PATH_TYPE@37..38
                  PATH@37..38
                    PATH_SEGMENT@37..38
                      NAME_REF@37..38
                        IDENT@37..38 "S"
              COMMA@38..39 ","
              WHITESPACE@39..40 " "
              PARAM@40..49
                REF_PAT@40..46
                  AMP@40..41 "&"
                  MUT_KW@41..44 "mut"
                  WHITESPACE@44..45 " "
                  IDENT_PAT@45..46
                    NAME@45..46
                      IDENT@45..46 "x"
                COLON@46..47 ":"
                WHITESPACE@47..48 " "
                PATH_TYPE@48..49
                  PATH@48..49
                    PATH_SEGMENT@48..49
                      NAME_REF@48..49
                        IDENT@48..49 "T"
              COMMA@49..50 ","
              WHITESPACE@50..51 " "
              PARAM@51..60
                IDENT_PAT@51..56
                  MUT_KW@51..54 "mut"
                  WHITESPACE@54..55 " "
                  NAME@55..56
                    IDENT@55..56 "y"
                COLON@56..57 ":"
                WHITESPACE@57..58 " "
                PATH_TYPE@58..60
                  PATH@58..60
                    PATH_SEGMENT@58..60
                      NAME_REF@58..60
                        IDENT@58..60 "u8"
              R_PAREN@60..61 ")"
            WHITESPACE@61..62 " "
            BLOCK_EXPR@62..64
              STMT_LIST@62..64
                L_CURLY@62..63 "{"
                R_CURLY@63..64 "}"
    "#]],
    );
}

#[test]
fn or_pattern_is_not_a_parameter() {
    check(
        "fn f(A | B: T) {}",
        expect![[r#"
            SOURCE_FILE@0..17
              FN@0..6
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  PARAM@5..6
                    IDENT_PAT@5..6
                      NAME@5..6
                        IDENT@5..6 "A"
              WHITESPACE@6..7 " "
              ERROR@7..8
                PIPE@7..8 "|"
              WHITESPACE@8..9 " "
              ERROR@9..10
                PATH@9..10
                  PATH_SEGMENT@9..10
                    NAME_REF@9..10
                      IDENT@9..10 "B"
              ERROR@10..11
                COLON@10..11 ":"
              WHITESPACE@11..12 " "
              ERROR@12..13
                PATH@12..13
                  PATH_SEGMENT@12..13
                    NAME_REF@12..13
                      IDENT@12..13 "T"
              ERROR@13..14
                R_PAREN@13..14 ")"
              WHITESPACE@14..15 " "
              ERROR@15..17
                TOKEN_TREE@15..17
                  L_CURLY@15..16 "{"
                  R_CURLY@16..17 "}"
            error 7..8: missing type for function parameter
            error 7..8: expected `)`
            error 7..8: expected a function body or `;`
            error 7..8: expected an item
            error 10..11: expected an item
            error 10..11: expected an item
            error 12..13: expected an item
            error 13..14: expected an item
            error 15..16: expected an item
        "#]],
    );
}

#[test]
fn record_pattern_errors() {
    check_pat(
        "S { a: }",
        expect![[r#"
        RECORD_PAT@0..8
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..8
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..6
              NAME_REF@4..5
                IDENT@4..5 "a"
              COLON@5..6 ":"
            WHITESPACE@6..7 " "
            R_CURLY@7..8 "}"
        error 7..8: expected a pattern
    "#]],
    );
    check_pat(
        "S { a b }",
        expect![[r#"
        RECORD_PAT@0..9
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..9
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..5
              IDENT_PAT@4..5
                NAME@4..5
                  IDENT@4..5 "a"
            WHITESPACE@5..6 " "
            RECORD_PAT_FIELD@6..7
              IDENT_PAT@6..7
                NAME@6..7
                  IDENT@6..7 "b"
            WHITESPACE@7..8 " "
            R_CURLY@8..9 "}"
        error 6..7: expected `,`
    "#]],
    );
    check_pat(
        "S { a = 1 }",
        expect![[r#"
        RECORD_PAT@0..11
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..11
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..9
              NAME_REF@4..5
                IDENT@4..5 "a"
              WHITESPACE@5..6 " "
              ERROR@6..7
                EQ@6..7 "="
              WHITESPACE@7..8 " "
              LITERAL_PAT@8..9
                LITERAL@8..9
                  INT_NUMBER@8..9 "1"
            WHITESPACE@9..10 " "
            R_CURLY@10..11 "}"
        error 6..7: expected `:`
    "#]],
    );
    check_pat(
        "S { ,a }",
        expect![[r#"
        RECORD_PAT@0..8
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..8
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            ERROR@4..5
              COMMA@4..5 ","
            RECORD_PAT_FIELD@5..6
              IDENT_PAT@5..6
                NAME@5..6
                  IDENT@5..6 "a"
            WHITESPACE@6..7 " "
            R_CURLY@7..8 "}"
        error 4..5: expected a field pattern
    "#]],
    );
    check_pat(
        "S { a",
        expect![[r#"
        RECORD_PAT@0..5
          PATH@0..1
            PATH_SEGMENT@0..1
              NAME_REF@0..1
                IDENT@0..1 "S"
          WHITESPACE@1..2 " "
          RECORD_PAT_FIELD_LIST@2..5
            L_CURLY@2..3 "{"
            WHITESPACE@3..4 " "
            RECORD_PAT_FIELD@4..5
              IDENT_PAT@4..5
                NAME@4..5
                  IDENT@4..5 "a"
        error 5..5: expected `,`
        error 5..5: expected `}`
    "#]],
    );
}

#[test]
fn tuple_and_slice_pattern_errors() {
    check_pat(
        "(a b)",
        expect![[r#"
        TUPLE_PAT@0..5
          L_PAREN@0..1 "("
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
          WHITESPACE@2..3 " "
          IDENT_PAT@3..4
            NAME@3..4
              IDENT@3..4 "b"
          R_PAREN@4..5 ")"
        error 3..4: expected `,`
    "#]],
    );
    check_pat(
        "(, a)",
        expect![[r#"
        TUPLE_PAT@0..5
          L_PAREN@0..1 "("
          ERROR@1..2
            COMMA@1..2 ","
          WHITESPACE@2..3 " "
          IDENT_PAT@3..4
            NAME@3..4
              IDENT@3..4 "a"
          R_PAREN@4..5 ")"
        error 1..2: expected a pattern
    "#]],
    );
    check_pat(
        "[a,, b]",
        expect![[r#"
        SLICE_PAT@0..7
          L_BRACK@0..1 "["
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
          COMMA@2..3 ","
          ERROR@3..4
            COMMA@3..4 ","
          WHITESPACE@4..5 " "
          IDENT_PAT@5..6
            NAME@5..6
              IDENT@5..6 "b"
          R_BRACK@6..7 "]"
        error 3..4: expected a pattern
    "#]],
    );
    check_pat(
        "S(a; b)",
        expect![[r#"
        ERROR@0..7
          TUPLE_STRUCT_PAT@0..3
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "S"
            L_PAREN@1..2 "("
            IDENT_PAT@2..3
              NAME@2..3
                IDENT@2..3 "a"
          ERROR@3..7
            SEMICOLON@3..4 ";"
            WHITESPACE@4..5 " "
            IDENT@5..6 "b"
            R_PAREN@6..7 ")"
        error 3..4: expected `)`
        error 3..4: unexpected input after the end of the fragment
    "#]],
    );
    check_pat(
        "(a",
        expect![[r#"
        PAREN_PAT@0..2
          L_PAREN@0..1 "("
          IDENT_PAT@1..2
            NAME@1..2
              IDENT@1..2 "a"
        error 2..2: expected `)`
    "#]],
    );
}

#[test]
fn other_pattern_errors() {
    check_pat(
        "mut",
        expect![[r#"
        IDENT_PAT@0..3
          MUT_KW@0..3 "mut"
        error 3..3: expected a name
    "#]],
    );
    check_pat(
        "-x",
        expect![[r#"
        ERROR@0..2
          ERROR@0..1
            MINUS@0..1 "-"
          ERROR@1..2
            IDENT@1..2 "x"
        error 0..1: expected a pattern
        error 1..2: unexpected input after the end of the fragment
    "#]],
    );
    check_pat(
        "x @",
        expect![[r#"
        IDENT_PAT@0..3
          NAME@0..1
            IDENT@0..1 "x"
          WHITESPACE@1..2 " "
          AT@2..3 "@"
        error 3..3: expected a pattern
    "#]],
    );
    check_pat(
        "const 1",
        expect![[r#"
        ERROR@0..7
          CONST_BLOCK_PAT@0..5
            CONST_KW@0..5 "const"
          WHITESPACE@5..6 " "
          ERROR@6..7
            INT_NUMBER@6..7 "1"
        error 6..7: expected `{` after `const` in a pattern
        error 6..7: unexpected input after the end of the fragment
    "#]],
    );
    check_pat(
        "&",
        expect![[r#"
        REF_PAT@0..1
          AMP@0..1 "&"
        error 1..1: expected a pattern
    "#]],
    );
    check_pat(
        "A |",
        expect![[r#"
        OR_PAT@0..3
          IDENT_PAT@0..1
            NAME@0..1
              IDENT@0..1 "A"
          WHITESPACE@1..2 " "
          PIPE@2..3 "|"
        error 3..3: expected a pattern
    "#]],
    );
    check_pat(
        "m!",
        expect![[r#"
        MACRO_PAT@0..2
          MACRO_CALL@0..2
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "m"
            BANG@1..2 "!"
        error 2..2: expected `(`, `[` or `{` after the macro's `!`
    "#]],
    );
}

#[test]
fn pattern_prefixes() {
    // `pat` (`pattern_top`) takes top-level or-patterns; `pat_param` does not.
    check_prefix(
        PrefixEntryPoint::PatTop,
        "A | B => x",
        expect![[r#"
        consumed 3, rest: "= > x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::PatTop,
        "| A | B, x",
        expect![[r#"
        consumed 4, rest: ", x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "A | B => x",
        expect![[r#"
        consumed 1, rest: "| B = > x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "Some(x) if x",
        expect![[r#"
        consumed 4, rest: "if x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "1..=2, x",
        expect![[r#"
        consumed 5, rest: ", x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "1.. => x",
        expect![[r#"
        consumed 3, rest: "= > x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "x @ y: u8",
        expect![[r#"
        consumed 3, rest: ": u8", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "x in y",
        expect![[r#"
        consumed 1, rest: "in y", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "S { a } = s",
        expect![[r#"
        consumed 4, rest: "= s", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Pat,
        "=",
        expect![[r#"
        consumed 0, rest: "=", errors: ["expected a pattern"]
    "#]],
    );
}

const DEEP: usize = 100_000;

#[test]
fn deeply_nested_patterns_stop_at_the_nesting_limit() {
    on_small_stack(|| {
        let too_deep = format!("this is nested too deeply (the limit is {} levels)", crate::NESTING_LIMIT);
        let texts = [
            format!("{}x{}", "(".repeat(DEEP), ")".repeat(DEEP)),
            format!("{}x", "&".repeat(DEEP)),
            format!("{}x", "&mut ".repeat(DEEP)),
            format!("{}x{}", "[".repeat(DEEP), "]".repeat(DEEP)),
            format!("{}x{}", "S(".repeat(DEEP), ")".repeat(DEEP)),
            format!("{}x{}", "S { a: ".repeat(DEEP), " }".repeat(DEEP)),
            format!("{}x", "box ".repeat(DEEP)),
            format!("{}x", "x @ ".repeat(DEEP)),
            format!("{}x{}", "(a | ".repeat(DEEP), ")".repeat(DEEP)),
            format!("{}T{}", "<".repeat(DEEP), ">::A".repeat(DEEP)),
        ];
        for text in &texts {
            let errors = deep_errors(Some(TopEntryPoint::Pattern), text);
            assert_eq!(errors.first(), Some(&too_deep), "{}", &text[..20]);
            // In a file, the rest of the file is parsed as usual after the too deep pattern.
            let file = format!("fn f({text}: u8, y: u8) {{}} fn g() {{}}");
            let errors = deep_errors(None, &file);
            // An or-pattern can meet the limit twice: at `a` and at the `(` after its `|`.
            assert!(!errors.is_empty() && errors.len() <= 2, "{}: {errors:?}", &text[..20]);
            assert!(errors.iter().all(|error| *error == too_deep), "{}: {errors:?}", &text[..20]);
        }
    });
}

#[test]
fn builtin_deref_pattern() {
    crate::grammar::check::check_ok(
        "fn f() { let builtin # deref(Some(x) | None) = y; }",
        expect![[r##"
        SOURCE_FILE@0..51
          FN@0..51
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..51
              STMT_LIST@7..51
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                LET_STMT@9..49
                  LET_KW@9..12 "let"
                  WHITESPACE@12..13 " "
                  DEREF_PAT@13..44
                    BUILTIN_KW@13..20 "builtin"
                    WHITESPACE@20..21 " "
                    POUND@21..22 "#"
                    WHITESPACE@22..23 " "
                    DEREF_KW@23..28 "deref"
                    L_PAREN@28..29 "("
                    OR_PAT@29..43
                      TUPLE_STRUCT_PAT@29..36
                        PATH@29..33
                          PATH_SEGMENT@29..33
                            NAME_REF@29..33
                              IDENT@29..33 "Some"
                        L_PAREN@33..34 "("
                        IDENT_PAT@34..35
                          NAME@34..35
                            IDENT@34..35 "x"
                        R_PAREN@35..36 ")"
                      WHITESPACE@36..37 " "
                      PIPE@37..38 "|"
                      WHITESPACE@38..39 " "
                      IDENT_PAT@39..43
                        NAME@39..43
                          IDENT@39..43 "None"
                    R_PAREN@43..44 ")"
                  WHITESPACE@44..45 " "
                  EQ@45..46 "="
                  WHITESPACE@46..47 " "
                  PATH_EXPR@47..48
                    PATH@47..48
                      PATH_SEGMENT@47..48
                        NAME_REF@47..48
                          IDENT@47..48 "y"
                  SEMICOLON@48..49 ";"
                WHITESPACE@49..50 " "
                R_CURLY@50..51 "}"
    "##]],
    );
    check_pat(
        "builtin # deref x",
        expect![[r##"
        ERROR@0..17
          DEREF_PAT@0..15
            BUILTIN_KW@0..7 "builtin"
            WHITESPACE@7..8 " "
            POUND@8..9 "#"
            WHITESPACE@9..10 " "
            DEREF_KW@10..15 "deref"
          WHITESPACE@15..16 " "
          ERROR@16..17
            IDENT@16..17 "x"
        error 16..17: expected `(`
        error 16..17: unexpected input after the end of the fragment
    "##]],
    );
    check_pat(
        "builtin # other(x)",
        expect![[r##"
        DEREF_PAT@0..18
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          ERROR@10..15
            IDENT@10..15 "other"
          L_PAREN@15..16 "("
          IDENT_PAT@16..17
            NAME@16..17
              IDENT@16..17 "x"
          R_PAREN@17..18 ")"
        error 10..15: expected `deref` after `builtin #`
    "##]],
    );
}

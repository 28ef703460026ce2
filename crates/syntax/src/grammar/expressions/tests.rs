//! Tests of expressions, blocks and statements.
//!
//! Most tests parse an expression (`check_expr`) or statements (`check_stmts`, the entry point
//! of macro expansions in statement position, `MACRO_STMTS`) rather than a whole file, so that
//! the trees show the area only; `check_ok` and `check` parse source files.

use expect_test::{Expect, expect};

use crate::{
    Edition, LexedStr, check_tree_invariants, debug_dump,
    grammar::{
        PrefixEntryPoint, TopEntryPoint,
        check::{check, check_ok, check_prefix},
    },
    parse_fragment, parse_source_file,
    parser::Input,
};

/// Parses `text` as a fragment of `entry` in `edition`, checks the tree's invariants and, if
/// `ok`, that there are no errors, then compares the dump.
fn check_fragment(entry: TopEntryPoint, edition: Edition, text: &str, ok: bool, expect: Expect) {
    let parse = parse_fragment(text, edition, entry);
    let root = parse.syntax_node();
    if let Err(problem) = check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}\n{}", debug_dump(&root, parse.errors()));
    }
    let dump = debug_dump(&root, parse.errors());
    assert!(!ok || parse.errors().is_empty(), "unexpected errors:\n{dump}");
    expect.assert_eq(&dump);
}

/// An expression, without errors.
fn check_expr_ok(text: &str, expect: Expect) {
    check_fragment(TopEntryPoint::Expr, Edition::LATEST, text, true, expect);
}

/// An expression, with errors.
fn check_expr(text: &str, expect: Expect) {
    check_fragment(TopEntryPoint::Expr, Edition::LATEST, text, false, expect);
}

/// Statements, without errors.
fn check_stmts_ok(text: &str, expect: Expect) {
    check_fragment(TopEntryPoint::MacroStmts, Edition::LATEST, text, true, expect);
}

/// Statements in `edition`, without errors.
fn check_stmts_ok_in(edition: Edition, text: &str, expect: Expect) {
    check_fragment(TopEntryPoint::MacroStmts, edition, text, true, expect);
}

/// Statements, with errors.
fn check_stmts(text: &str, expect: Expect) {
    check_fragment(TopEntryPoint::MacroStmts, Edition::LATEST, text, false, expect);
}

/// `*`, `/` and `%` bind tighter than `+` and `-`; all are left-associative.
#[test]
fn binary_precedence_of_arithmetic() {
    check_expr_ok(
        "a + b * c - d / e % f",
        expect![[r#"
        BIN_EXPR@0..21
          BIN_EXPR@0..9
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
            WHITESPACE@1..2 " "
            PLUS@2..3 "+"
            WHITESPACE@3..4 " "
            BIN_EXPR@4..9
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "b"
              WHITESPACE@5..6 " "
              STAR@6..7 "*"
              WHITESPACE@7..8 " "
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "c"
          WHITESPACE@9..10 " "
          MINUS@10..11 "-"
          WHITESPACE@11..12 " "
          BIN_EXPR@12..21
            BIN_EXPR@12..17
              PATH_EXPR@12..13
                PATH@12..13
                  PATH_SEGMENT@12..13
                    NAME_REF@12..13
                      IDENT@12..13 "d"
              WHITESPACE@13..14 " "
              SLASH@14..15 "/"
              WHITESPACE@15..16 " "
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "e"
            WHITESPACE@17..18 " "
            PERCENT@18..19 "%"
            WHITESPACE@19..20 " "
            PATH_EXPR@20..21
              PATH@20..21
                PATH_SEGMENT@20..21
                  NAME_REF@20..21
                    IDENT@20..21 "f"
    "#]],
    );
}

/// From the loosest: `|`, `^`, `&`, `<<`, `+`.
#[test]
fn binary_precedence_of_bit_and_shift() {
    check_expr_ok(
        "a | b ^ c & d << e + f",
        expect![[r#"
        BIN_EXPR@0..22
          PATH_EXPR@0..1
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "a"
          WHITESPACE@1..2 " "
          PIPE@2..3 "|"
          WHITESPACE@3..4 " "
          BIN_EXPR@4..22
            PATH_EXPR@4..5
              PATH@4..5
                PATH_SEGMENT@4..5
                  NAME_REF@4..5
                    IDENT@4..5 "b"
            WHITESPACE@5..6 " "
            CARET@6..7 "^"
            WHITESPACE@7..8 " "
            BIN_EXPR@8..22
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "c"
              WHITESPACE@9..10 " "
              AMP@10..11 "&"
              WHITESPACE@11..12 " "
              BIN_EXPR@12..22
                PATH_EXPR@12..13
                  PATH@12..13
                    PATH_SEGMENT@12..13
                      NAME_REF@12..13
                        IDENT@12..13 "d"
                WHITESPACE@13..14 " "
                SHL@14..16 "<<"
                WHITESPACE@16..17 " "
                BIN_EXPR@17..22
                  PATH_EXPR@17..18
                    PATH@17..18
                      PATH_SEGMENT@17..18
                        NAME_REF@17..18
                          IDENT@17..18 "e"
                  WHITESPACE@18..19 " "
                  PLUS@19..20 "+"
                  WHITESPACE@20..21 " "
                  PATH_EXPR@21..22
                    PATH@21..22
                      PATH_SEGMENT@21..22
                        NAME_REF@21..22
                          IDENT@21..22 "f"
    "#]],
    );
}

/// `||` is looser than `&&`, which is looser than comparisons, looser than `|`.
#[test]
fn binary_precedence_of_logic_and_comparison() {
    check_expr_ok(
        "a || b && c == d | e",
        expect![[r#"
        BIN_EXPR@0..20
          PATH_EXPR@0..1
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "a"
          WHITESPACE@1..2 " "
          PIPE2@2..4 "||"
          WHITESPACE@4..5 " "
          BIN_EXPR@5..20
            PATH_EXPR@5..6
              PATH@5..6
                PATH_SEGMENT@5..6
                  NAME_REF@5..6
                    IDENT@5..6 "b"
            WHITESPACE@6..7 " "
            AMP2@7..9 "&&"
            WHITESPACE@9..10 " "
            BIN_EXPR@10..20
              PATH_EXPR@10..11
                PATH@10..11
                  PATH_SEGMENT@10..11
                    NAME_REF@10..11
                      IDENT@10..11 "c"
              WHITESPACE@11..12 " "
              EQ2@12..14 "=="
              WHITESPACE@14..15 " "
              BIN_EXPR@15..20
                PATH_EXPR@15..16
                  PATH@15..16
                    PATH_SEGMENT@15..16
                      NAME_REF@15..16
                        IDENT@15..16 "d"
                WHITESPACE@16..17 " "
                PIPE@17..18 "|"
                WHITESPACE@18..19 " "
                PATH_EXPR@19..20
                  PATH@19..20
                    PATH_SEGMENT@19..20
                      NAME_REF@19..20
                        IDENT@19..20 "e"
    "#]],
    );
}

#[test]
fn assignment_is_right_associative() {
    check_expr_ok(
        "a = b = c + 1",
        expect![[r#"
        BIN_EXPR@0..13
          PATH_EXPR@0..1
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "a"
          WHITESPACE@1..2 " "
          EQ@2..3 "="
          WHITESPACE@3..4 " "
          BIN_EXPR@4..13
            PATH_EXPR@4..5
              PATH@4..5
                PATH_SEGMENT@4..5
                  NAME_REF@4..5
                    IDENT@4..5 "b"
            WHITESPACE@5..6 " "
            EQ@6..7 "="
            WHITESPACE@7..8 " "
            BIN_EXPR@8..13
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "c"
              WHITESPACE@9..10 " "
              PLUS@10..11 "+"
              WHITESPACE@11..12 " "
              LITERAL@12..13
                INT_NUMBER@12..13 "1"
    "#]],
    );
}

#[test]
fn compound_assignments() {
    check_stmts_ok(
        "a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1;",
        expect![[r#"
        MACRO_STMTS@0..81
          EXPR_STMT@0..7
            BIN_EXPR@0..6
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              WHITESPACE@1..2 " "
              PLUSEQ@2..4 "+="
              WHITESPACE@4..5 " "
              LITERAL@5..6
                INT_NUMBER@5..6 "1"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..15
            BIN_EXPR@8..14
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "a"
              WHITESPACE@9..10 " "
              MINUSEQ@10..12 "-="
              WHITESPACE@12..13 " "
              LITERAL@13..14
                INT_NUMBER@13..14 "1"
            SEMICOLON@14..15 ";"
          WHITESPACE@15..16 " "
          EXPR_STMT@16..23
            BIN_EXPR@16..22
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "a"
              WHITESPACE@17..18 " "
              STAREQ@18..20 "*="
              WHITESPACE@20..21 " "
              LITERAL@21..22
                INT_NUMBER@21..22 "1"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..31
            BIN_EXPR@24..30
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "a"
              WHITESPACE@25..26 " "
              SLASHEQ@26..28 "/="
              WHITESPACE@28..29 " "
              LITERAL@29..30
                INT_NUMBER@29..30 "1"
            SEMICOLON@30..31 ";"
          WHITESPACE@31..32 " "
          EXPR_STMT@32..39
            BIN_EXPR@32..38
              PATH_EXPR@32..33
                PATH@32..33
                  PATH_SEGMENT@32..33
                    NAME_REF@32..33
                      IDENT@32..33 "a"
              WHITESPACE@33..34 " "
              PERCENTEQ@34..36 "%="
              WHITESPACE@36..37 " "
              LITERAL@37..38
                INT_NUMBER@37..38 "1"
            SEMICOLON@38..39 ";"
          WHITESPACE@39..40 " "
          EXPR_STMT@40..47
            BIN_EXPR@40..46
              PATH_EXPR@40..41
                PATH@40..41
                  PATH_SEGMENT@40..41
                    NAME_REF@40..41
                      IDENT@40..41 "a"
              WHITESPACE@41..42 " "
              AMPEQ@42..44 "&="
              WHITESPACE@44..45 " "
              LITERAL@45..46
                INT_NUMBER@45..46 "1"
            SEMICOLON@46..47 ";"
          WHITESPACE@47..48 " "
          EXPR_STMT@48..55
            BIN_EXPR@48..54
              PATH_EXPR@48..49
                PATH@48..49
                  PATH_SEGMENT@48..49
                    NAME_REF@48..49
                      IDENT@48..49 "a"
              WHITESPACE@49..50 " "
              PIPEEQ@50..52 "|="
              WHITESPACE@52..53 " "
              LITERAL@53..54
                INT_NUMBER@53..54 "1"
            SEMICOLON@54..55 ";"
          WHITESPACE@55..56 " "
          EXPR_STMT@56..63
            BIN_EXPR@56..62
              PATH_EXPR@56..57
                PATH@56..57
                  PATH_SEGMENT@56..57
                    NAME_REF@56..57
                      IDENT@56..57 "a"
              WHITESPACE@57..58 " "
              CARETEQ@58..60 "^="
              WHITESPACE@60..61 " "
              LITERAL@61..62
                INT_NUMBER@61..62 "1"
            SEMICOLON@62..63 ";"
          WHITESPACE@63..64 " "
          EXPR_STMT@64..72
            BIN_EXPR@64..71
              PATH_EXPR@64..65
                PATH@64..65
                  PATH_SEGMENT@64..65
                    NAME_REF@64..65
                      IDENT@64..65 "a"
              WHITESPACE@65..66 " "
              SHLEQ@66..69 "<<="
              WHITESPACE@69..70 " "
              LITERAL@70..71
                INT_NUMBER@70..71 "1"
            SEMICOLON@71..72 ";"
          WHITESPACE@72..73 " "
          EXPR_STMT@73..81
            BIN_EXPR@73..80
              PATH_EXPR@73..74
                PATH@73..74
                  PATH_SEGMENT@73..74
                    NAME_REF@73..74
                      IDENT@73..74 "a"
              WHITESPACE@74..75 " "
              SHREQ@75..78 ">>="
              WHITESPACE@78..79 " "
              LITERAL@79..80
                INT_NUMBER@79..80 "1"
            SEMICOLON@80..81 ";"
    "#]],
    );
}

#[test]
fn comparison_operators() {
    check_stmts_ok(
        "a == b; a != b; a < b; a > b; a <= b; a >= b;",
        expect![[r#"
        MACRO_STMTS@0..45
          EXPR_STMT@0..7
            BIN_EXPR@0..6
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              WHITESPACE@1..2 " "
              EQ2@2..4 "=="
              WHITESPACE@4..5 " "
              PATH_EXPR@5..6
                PATH@5..6
                  PATH_SEGMENT@5..6
                    NAME_REF@5..6
                      IDENT@5..6 "b"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..15
            BIN_EXPR@8..14
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "a"
              WHITESPACE@9..10 " "
              NEQ@10..12 "!="
              WHITESPACE@12..13 " "
              PATH_EXPR@13..14
                PATH@13..14
                  PATH_SEGMENT@13..14
                    NAME_REF@13..14
                      IDENT@13..14 "b"
            SEMICOLON@14..15 ";"
          WHITESPACE@15..16 " "
          EXPR_STMT@16..22
            BIN_EXPR@16..21
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "a"
              WHITESPACE@17..18 " "
              L_ANGLE@18..19 "<"
              WHITESPACE@19..20 " "
              PATH_EXPR@20..21
                PATH@20..21
                  PATH_SEGMENT@20..21
                    NAME_REF@20..21
                      IDENT@20..21 "b"
            SEMICOLON@21..22 ";"
          WHITESPACE@22..23 " "
          EXPR_STMT@23..29
            BIN_EXPR@23..28
              PATH_EXPR@23..24
                PATH@23..24
                  PATH_SEGMENT@23..24
                    NAME_REF@23..24
                      IDENT@23..24 "a"
              WHITESPACE@24..25 " "
              R_ANGLE@25..26 ">"
              WHITESPACE@26..27 " "
              PATH_EXPR@27..28
                PATH@27..28
                  PATH_SEGMENT@27..28
                    NAME_REF@27..28
                      IDENT@27..28 "b"
            SEMICOLON@28..29 ";"
          WHITESPACE@29..30 " "
          EXPR_STMT@30..37
            BIN_EXPR@30..36
              PATH_EXPR@30..31
                PATH@30..31
                  PATH_SEGMENT@30..31
                    NAME_REF@30..31
                      IDENT@30..31 "a"
              WHITESPACE@31..32 " "
              LTEQ@32..34 "<="
              WHITESPACE@34..35 " "
              PATH_EXPR@35..36
                PATH@35..36
                  PATH_SEGMENT@35..36
                    NAME_REF@35..36
                      IDENT@35..36 "b"
            SEMICOLON@36..37 ";"
          WHITESPACE@37..38 " "
          EXPR_STMT@38..45
            BIN_EXPR@38..44
              PATH_EXPR@38..39
                PATH@38..39
                  PATH_SEGMENT@38..39
                    NAME_REF@38..39
                      IDENT@38..39 "a"
              WHITESPACE@39..40 " "
              GTEQ@40..42 ">="
              WHITESPACE@42..43 " "
              PATH_EXPR@43..44
                PATH@43..44
                  PATH_SEGMENT@43..44
                    NAME_REF@43..44
                      IDENT@43..44 "b"
            SEMICOLON@44..45 ";"
    "#]],
    );
}

/// rustc rejects chained comparisons; the tree is left-associative.
#[test]
fn chained_comparison_is_an_error() {
    check_expr(
        "a == b < c",
        expect![[r#"
        BIN_EXPR@0..10
          BIN_EXPR@0..6
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
            WHITESPACE@1..2 " "
            EQ2@2..4 "=="
            WHITESPACE@4..5 " "
            PATH_EXPR@5..6
              PATH@5..6
                PATH_SEGMENT@5..6
                  NAME_REF@5..6
                    IDENT@5..6 "b"
          WHITESPACE@6..7 " "
          L_ANGLE@7..8 "<"
          WHITESPACE@8..9 " "
          PATH_EXPR@9..10
            PATH@9..10
              PATH_SEGMENT@9..10
                NAME_REF@9..10
                  IDENT@9..10 "c"
        error 7..8: comparison operators cannot be chained: use parentheses or `&&`
    "#]],
    );
}

/// `& &` is a binary `&` and a reference; glued operators need joint tokens.
#[test]
fn separated_punctuation_is_not_glued() {
    check_stmts_ok(
        "a & &b; a - -b; a | !b; a < -b;",
        expect![[r#"
        MACRO_STMTS@0..31
          EXPR_STMT@0..7
            BIN_EXPR@0..6
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              WHITESPACE@1..2 " "
              AMP@2..3 "&"
              WHITESPACE@3..4 " "
              REF_EXPR@4..6
                AMP@4..5 "&"
                PATH_EXPR@5..6
                  PATH@5..6
                    PATH_SEGMENT@5..6
                      NAME_REF@5..6
                        IDENT@5..6 "b"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..15
            BIN_EXPR@8..14
              PATH_EXPR@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "a"
              WHITESPACE@9..10 " "
              MINUS@10..11 "-"
              WHITESPACE@11..12 " "
              PREFIX_EXPR@12..14
                MINUS@12..13 "-"
                PATH_EXPR@13..14
                  PATH@13..14
                    PATH_SEGMENT@13..14
                      NAME_REF@13..14
                        IDENT@13..14 "b"
            SEMICOLON@14..15 ";"
          WHITESPACE@15..16 " "
          EXPR_STMT@16..23
            BIN_EXPR@16..22
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "a"
              WHITESPACE@17..18 " "
              PIPE@18..19 "|"
              WHITESPACE@19..20 " "
              PREFIX_EXPR@20..22
                BANG@20..21 "!"
                PATH_EXPR@21..22
                  PATH@21..22
                    PATH_SEGMENT@21..22
                      NAME_REF@21..22
                        IDENT@21..22 "b"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..31
            BIN_EXPR@24..30
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "a"
              WHITESPACE@25..26 " "
              L_ANGLE@26..27 "<"
              WHITESPACE@27..28 " "
              PREFIX_EXPR@28..30
                MINUS@28..29 "-"
                PATH_EXPR@29..30
                  PATH@29..30
                    PATH_SEGMENT@29..30
                      NAME_REF@29..30
                        IDENT@29..30 "b"
            SEMICOLON@30..31 ";"
    "#]],
    );
}

#[test]
fn cast_binds_tighter_than_binary_operators() {
    check_expr_ok(
        "a * b as u32 + c as u8 as i64",
        expect![[r#"
        BIN_EXPR@0..29
          BIN_EXPR@0..12
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
            WHITESPACE@1..2 " "
            STAR@2..3 "*"
            WHITESPACE@3..4 " "
            CAST_EXPR@4..12
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "b"
              WHITESPACE@5..6 " "
              AS_KW@6..8 "as"
              WHITESPACE@8..9 " "
              PATH_TYPE@9..12
                PATH@9..12
                  PATH_SEGMENT@9..12
                    NAME_REF@9..12
                      IDENT@9..12 "u32"
          WHITESPACE@12..13 " "
          PLUS@13..14 "+"
          WHITESPACE@14..15 " "
          CAST_EXPR@15..29
            CAST_EXPR@15..22
              PATH_EXPR@15..16
                PATH@15..16
                  PATH_SEGMENT@15..16
                    NAME_REF@15..16
                      IDENT@15..16 "c"
              WHITESPACE@16..17 " "
              AS_KW@17..19 "as"
              WHITESPACE@19..20 " "
              PATH_TYPE@20..22
                PATH@20..22
                  PATH_SEGMENT@20..22
                    NAME_REF@20..22
                      IDENT@20..22 "u8"
            WHITESPACE@22..23 " "
            AS_KW@23..25 "as"
            WHITESPACE@25..26 " "
            PATH_TYPE@26..29
              PATH@26..29
                PATH_SEGMENT@26..29
                  NAME_REF@26..29
                    IDENT@26..29 "i64"
    "#]],
    );
}

#[test]
fn unary_binds_tighter_than_cast() {
    check_expr_ok(
        "-x as u8",
        expect![[r#"
        CAST_EXPR@0..8
          PREFIX_EXPR@0..2
            MINUS@0..1 "-"
            PATH_EXPR@1..2
              PATH@1..2
                PATH_SEGMENT@1..2
                  NAME_REF@1..2
                    IDENT@1..2 "x"
          WHITESPACE@2..3 " "
          AS_KW@3..5 "as"
          WHITESPACE@5..6 " "
          PATH_TYPE@6..8
            PATH@6..8
              PATH_SEGMENT@6..8
                NAME_REF@6..8
                  IDENT@6..8 "u8"
    "#]],
    );
}

/// rustc reads `u8<y` as the start of generic arguments. The types area parses the generic arguments; with the stub, this is a comparison.
#[test]
fn cast_followed_by_less_than() {
    check_expr(
        "x as u8 < y",
        expect![[r#"
            CAST_EXPR@0..11
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              WHITESPACE@1..2 " "
              AS_KW@2..4 "as"
              WHITESPACE@4..5 " "
              PATH_TYPE@5..11
                PATH@5..11
                  PATH_SEGMENT@5..11
                    NAME_REF@5..7
                      IDENT@5..7 "u8"
                    WHITESPACE@7..8 " "
                    GENERIC_ARG_LIST@8..11
                      L_ANGLE@8..9 "<"
                      WHITESPACE@9..10 " "
                      TYPE_ARG@10..11
                        PATH_TYPE@10..11
                          PATH@10..11
                            PATH_SEGMENT@10..11
                              NAME_REF@10..11
                                IDENT@10..11 "y"
            error 11..11: expected `>`
        "#]],
    );
}

#[test]
fn unary_operators() {
    check_stmts_ok(
        "-x; !x; *x; --x; !!x; **x; -x.y();",
        expect![[r#"
        MACRO_STMTS@0..34
          EXPR_STMT@0..3
            PREFIX_EXPR@0..2
              MINUS@0..1 "-"
              PATH_EXPR@1..2
                PATH@1..2
                  PATH_SEGMENT@1..2
                    NAME_REF@1..2
                      IDENT@1..2 "x"
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..7
            PREFIX_EXPR@4..6
              BANG@4..5 "!"
              PATH_EXPR@5..6
                PATH@5..6
                  PATH_SEGMENT@5..6
                    NAME_REF@5..6
                      IDENT@5..6 "x"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..11
            PREFIX_EXPR@8..10
              STAR@8..9 "*"
              PATH_EXPR@9..10
                PATH@9..10
                  PATH_SEGMENT@9..10
                    NAME_REF@9..10
                      IDENT@9..10 "x"
            SEMICOLON@10..11 ";"
          WHITESPACE@11..12 " "
          EXPR_STMT@12..16
            PREFIX_EXPR@12..15
              MINUS@12..13 "-"
              PREFIX_EXPR@13..15
                MINUS@13..14 "-"
                PATH_EXPR@14..15
                  PATH@14..15
                    PATH_SEGMENT@14..15
                      NAME_REF@14..15
                        IDENT@14..15 "x"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 " "
          EXPR_STMT@17..21
            PREFIX_EXPR@17..20
              BANG@17..18 "!"
              PREFIX_EXPR@18..20
                BANG@18..19 "!"
                PATH_EXPR@19..20
                  PATH@19..20
                    PATH_SEGMENT@19..20
                      NAME_REF@19..20
                        IDENT@19..20 "x"
            SEMICOLON@20..21 ";"
          WHITESPACE@21..22 " "
          EXPR_STMT@22..26
            PREFIX_EXPR@22..25
              STAR@22..23 "*"
              PREFIX_EXPR@23..25
                STAR@23..24 "*"
                PATH_EXPR@24..25
                  PATH@24..25
                    PATH_SEGMENT@24..25
                      NAME_REF@24..25
                        IDENT@24..25 "x"
            SEMICOLON@25..26 ";"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..34
            PREFIX_EXPR@27..33
              MINUS@27..28 "-"
              METHOD_CALL_EXPR@28..33
                PATH_EXPR@28..29
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "x"
                DOT@29..30 "."
                NAME_REF@30..31
                  IDENT@30..31 "y"
                ARG_LIST@31..33
                  L_PAREN@31..32 "("
                  R_PAREN@32..33 ")"
            SEMICOLON@33..34 ";"
    "#]],
    );
}

/// `&&x` is two references; `raw` is a keyword only before `const` or `mut`.
#[test]
fn reference_expressions() {
    check_stmts_ok(
        "&x; &mut x; &&x; &&&mut x; &raw const x; &raw mut x; &raw; &raw.0;",
        expect![[r#"
        MACRO_STMTS@0..66
          EXPR_STMT@0..3
            REF_EXPR@0..2
              AMP@0..1 "&"
              PATH_EXPR@1..2
                PATH@1..2
                  PATH_SEGMENT@1..2
                    NAME_REF@1..2
                      IDENT@1..2 "x"
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..11
            REF_EXPR@4..10
              AMP@4..5 "&"
              MUT_KW@5..8 "mut"
              WHITESPACE@8..9 " "
              PATH_EXPR@9..10
                PATH@9..10
                  PATH_SEGMENT@9..10
                    NAME_REF@9..10
                      IDENT@9..10 "x"
            SEMICOLON@10..11 ";"
          WHITESPACE@11..12 " "
          EXPR_STMT@12..16
            REF_EXPR@12..15
              AMP@12..13 "&"
              REF_EXPR@13..15
                AMP@13..14 "&"
                PATH_EXPR@14..15
                  PATH@14..15
                    PATH_SEGMENT@14..15
                      NAME_REF@14..15
                        IDENT@14..15 "x"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 " "
          EXPR_STMT@17..26
            REF_EXPR@17..25
              AMP@17..18 "&"
              REF_EXPR@18..25
                AMP@18..19 "&"
                REF_EXPR@19..25
                  AMP@19..20 "&"
                  MUT_KW@20..23 "mut"
                  WHITESPACE@23..24 " "
                  PATH_EXPR@24..25
                    PATH@24..25
                      PATH_SEGMENT@24..25
                        NAME_REF@24..25
                          IDENT@24..25 "x"
            SEMICOLON@25..26 ";"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..40
            REF_EXPR@27..39
              AMP@27..28 "&"
              RAW_KW@28..31 "raw"
              WHITESPACE@31..32 " "
              CONST_KW@32..37 "const"
              WHITESPACE@37..38 " "
              PATH_EXPR@38..39
                PATH@38..39
                  PATH_SEGMENT@38..39
                    NAME_REF@38..39
                      IDENT@38..39 "x"
            SEMICOLON@39..40 ";"
          WHITESPACE@40..41 " "
          EXPR_STMT@41..52
            REF_EXPR@41..51
              AMP@41..42 "&"
              RAW_KW@42..45 "raw"
              WHITESPACE@45..46 " "
              MUT_KW@46..49 "mut"
              WHITESPACE@49..50 " "
              PATH_EXPR@50..51
                PATH@50..51
                  PATH_SEGMENT@50..51
                    NAME_REF@50..51
                      IDENT@50..51 "x"
            SEMICOLON@51..52 ";"
          WHITESPACE@52..53 " "
          EXPR_STMT@53..58
            REF_EXPR@53..57
              AMP@53..54 "&"
              PATH_EXPR@54..57
                PATH@54..57
                  PATH_SEGMENT@54..57
                    NAME_REF@54..57
                      IDENT@54..57 "raw"
            SEMICOLON@57..58 ";"
          WHITESPACE@58..59 " "
          EXPR_STMT@59..66
            REF_EXPR@59..65
              AMP@59..60 "&"
              FIELD_EXPR@60..65
                PATH_EXPR@60..63
                  PATH@60..63
                    PATH_SEGMENT@60..63
                      NAME_REF@60..63
                        IDENT@60..63 "raw"
                DOT@63..64 "."
                NAME_REF@64..65
                  INT_NUMBER@64..65 "0"
            SEMICOLON@65..66 ";"
    "#]],
    );
}

#[test]
fn negative_literal_is_a_prefix_expression() {
    check_expr_ok(
        "-1",
        expect![[r#"
        PREFIX_EXPR@0..2
          MINUS@0..1 "-"
          LITERAL@1..2
            INT_NUMBER@1..2 "1"
    "#]],
    );
}

/// Ranges bind looser than `||` and tighter than assignment.
#[test]
fn ranges() {
    check_stmts_ok(
        "..; a..; ..b; a..b; a..=b; ..=b; a.b..c.d(); a || b..c || d; x = a..b;",
        expect![[r#"
        MACRO_STMTS@0..70
          EXPR_STMT@0..3
            RANGE_EXPR@0..2
              DOT2@0..2 ".."
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..8
            RANGE_EXPR@4..7
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "a"
              DOT2@5..7 ".."
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..13
            RANGE_EXPR@9..12
              DOT2@9..11 ".."
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "b"
            SEMICOLON@12..13 ";"
          WHITESPACE@13..14 " "
          EXPR_STMT@14..19
            RANGE_EXPR@14..18
              PATH_EXPR@14..15
                PATH@14..15
                  PATH_SEGMENT@14..15
                    NAME_REF@14..15
                      IDENT@14..15 "a"
              DOT2@15..17 ".."
              PATH_EXPR@17..18
                PATH@17..18
                  PATH_SEGMENT@17..18
                    NAME_REF@17..18
                      IDENT@17..18 "b"
            SEMICOLON@18..19 ";"
          WHITESPACE@19..20 " "
          EXPR_STMT@20..26
            RANGE_EXPR@20..25
              PATH_EXPR@20..21
                PATH@20..21
                  PATH_SEGMENT@20..21
                    NAME_REF@20..21
                      IDENT@20..21 "a"
              DOT2EQ@21..24 "..="
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "b"
            SEMICOLON@25..26 ";"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..32
            RANGE_EXPR@27..31
              DOT2EQ@27..30 "..="
              PATH_EXPR@30..31
                PATH@30..31
                  PATH_SEGMENT@30..31
                    NAME_REF@30..31
                      IDENT@30..31 "b"
            SEMICOLON@31..32 ";"
          WHITESPACE@32..33 " "
          EXPR_STMT@33..44
            RANGE_EXPR@33..43
              FIELD_EXPR@33..36
                PATH_EXPR@33..34
                  PATH@33..34
                    PATH_SEGMENT@33..34
                      NAME_REF@33..34
                        IDENT@33..34 "a"
                DOT@34..35 "."
                NAME_REF@35..36
                  IDENT@35..36 "b"
              DOT2@36..38 ".."
              METHOD_CALL_EXPR@38..43
                PATH_EXPR@38..39
                  PATH@38..39
                    PATH_SEGMENT@38..39
                      NAME_REF@38..39
                        IDENT@38..39 "c"
                DOT@39..40 "."
                NAME_REF@40..41
                  IDENT@40..41 "d"
                ARG_LIST@41..43
                  L_PAREN@41..42 "("
                  R_PAREN@42..43 ")"
            SEMICOLON@43..44 ";"
          WHITESPACE@44..45 " "
          EXPR_STMT@45..60
            RANGE_EXPR@45..59
              BIN_EXPR@45..51
                PATH_EXPR@45..46
                  PATH@45..46
                    PATH_SEGMENT@45..46
                      NAME_REF@45..46
                        IDENT@45..46 "a"
                WHITESPACE@46..47 " "
                PIPE2@47..49 "||"
                WHITESPACE@49..50 " "
                PATH_EXPR@50..51
                  PATH@50..51
                    PATH_SEGMENT@50..51
                      NAME_REF@50..51
                        IDENT@50..51 "b"
              DOT2@51..53 ".."
              BIN_EXPR@53..59
                PATH_EXPR@53..54
                  PATH@53..54
                    PATH_SEGMENT@53..54
                      NAME_REF@53..54
                        IDENT@53..54 "c"
                WHITESPACE@54..55 " "
                PIPE2@55..57 "||"
                WHITESPACE@57..58 " "
                PATH_EXPR@58..59
                  PATH@58..59
                    PATH_SEGMENT@58..59
                      NAME_REF@58..59
                        IDENT@58..59 "d"
            SEMICOLON@59..60 ";"
          WHITESPACE@60..61 " "
          EXPR_STMT@61..70
            BIN_EXPR@61..69
              PATH_EXPR@61..62
                PATH@61..62
                  PATH_SEGMENT@61..62
                    NAME_REF@61..62
                      IDENT@61..62 "x"
              WHITESPACE@62..63 " "
              EQ@63..64 "="
              WHITESPACE@64..65 " "
              RANGE_EXPR@65..69
                PATH_EXPR@65..66
                  PATH@65..66
                    PATH_SEGMENT@65..66
                      NAME_REF@65..66
                        IDENT@65..66 "a"
                DOT2@66..68 ".."
                PATH_EXPR@68..69
                  PATH@68..69
                    PATH_SEGMENT@68..69
                      NAME_REF@68..69
                        IDENT@68..69 "b"
            SEMICOLON@69..70 ";"
    "#]],
    );
}

/// As in rustc, a method call on a range needs parentheses: `(x..).len()`.
#[test]
fn range_followed_by_method_call_is_an_error() {
    check_stmts(
        "x.. .len();",
        expect![[r#"
        MACRO_STMTS@0..11
          EXPR_STMT@0..3
            RANGE_EXPR@0..3
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT2@1..3 ".."
          WHITESPACE@3..4 " "
          ERROR@4..5
            DOT@4..5 "."
          EXPR_STMT@5..11
            CALL_EXPR@5..10
              PATH_EXPR@5..8
                PATH@5..8
                  PATH_SEGMENT@5..8
                    NAME_REF@5..8
                      IDENT@5..8 "len"
              ARG_LIST@8..10
                L_PAREN@8..9 "("
                R_PAREN@9..10 ")"
            SEMICOLON@10..11 ";"
        error 4..5: expected `;`
        error 4..5: expected a statement
    "#]],
    );
}

#[test]
fn ranges_are_not_associative() {
    check_expr(
        "a..b..c",
        expect![[r#"
        ERROR@0..7
          RANGE_EXPR@0..4
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
            DOT2@1..3 ".."
            PATH_EXPR@3..4
              PATH@3..4
                PATH_SEGMENT@3..4
                  NAME_REF@3..4
                    IDENT@3..4 "b"
          ERROR@4..7
            DOT@4..5 "."
            DOT@5..6 "."
            IDENT@6..7 "c"
        error 4..5: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn inclusive_range_needs_an_end() {
    check_stmts(
        "a..=; ..=;",
        expect![[r#"
        MACRO_STMTS@0..10
          EXPR_STMT@0..5
            RANGE_EXPR@0..4
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              DOT2EQ@1..4 "..="
            SEMICOLON@4..5 ";"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..10
            RANGE_EXPR@6..9
              DOT2EQ@6..9 "..="
            SEMICOLON@9..10 ";"
        error 4..5: expected an expression: an inclusive range must have an end
        error 9..10: expected an expression: an inclusive range must have an end
    "#]],
    );
}

#[test]
fn three_dots_is_not_a_range_operator() {
    check_stmts(
        "a...b; ...b;",
        expect![[r#"
        MACRO_STMTS@0..12
          EXPR_STMT@0..6
            RANGE_EXPR@0..5
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              DOT3@1..4 "..."
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "b"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 " "
          EXPR_STMT@7..12
            RANGE_EXPR@7..11
              DOT3@7..10 "..."
              PATH_EXPR@10..11
                PATH@10..11
                  PATH_SEGMENT@10..11
                    NAME_REF@10..11
                      IDENT@10..11 "b"
            SEMICOLON@11..12 ";"
        error 1..2: unexpected `...`: use `..` for an exclusive range or `..=` for an inclusive one
        error 7..8: unexpected `...`: use `..` for an exclusive range or `..=` for an inclusive one
    "#]],
    );
}

#[test]
fn range_without_end_before_a_block_in_a_head() {
    check_stmts_ok(
        "for x in 0.. {} match 1.. { _ => () }",
        expect![[r#"
        MACRO_STMTS@0..37
          EXPR_STMT@0..15
            FOR_EXPR@0..15
              FOR_KW@0..3 "for"
              WHITESPACE@3..4 " "
              IDENT_PAT@4..5
                NAME@4..5
                  IDENT@4..5 "x"
              WHITESPACE@5..6 " "
              IN_KW@6..8 "in"
              WHITESPACE@8..9 " "
              RANGE_EXPR@9..12
                LITERAL@9..10
                  INT_NUMBER@9..10 "0"
                DOT2@10..12 ".."
              WHITESPACE@12..13 " "
              BLOCK_EXPR@13..15
                STMT_LIST@13..15
                  L_CURLY@13..14 "{"
                  R_CURLY@14..15 "}"
          WHITESPACE@15..16 " "
          MATCH_EXPR@16..37
            MATCH_KW@16..21 "match"
            WHITESPACE@21..22 " "
            RANGE_EXPR@22..25
              LITERAL@22..23
                INT_NUMBER@22..23 "1"
              DOT2@23..25 ".."
            WHITESPACE@25..26 " "
            MATCH_ARM_LIST@26..37
              L_CURLY@26..27 "{"
              WHITESPACE@27..28 " "
              MATCH_ARM@28..35
                WILDCARD_PAT@28..29
                  UNDERSCORE@28..29 "_"
                WHITESPACE@29..30 " "
                FAT_ARROW@30..32 "=>"
                WHITESPACE@32..33 " "
                TUPLE_EXPR@33..35
                  L_PAREN@33..34 "("
                  R_PAREN@34..35 ")"
              WHITESPACE@35..36 " "
              R_CURLY@36..37 "}"
    "#]],
    );
}

#[test]
fn literals() {
    check_stmts_ok(
        r##"1; 1.5; 'c'; b'c'; "s"; r"s"; r#"s"#; b"s"; br"s"; c"s"; cr"s"; true; false; 1u8; 2.0f64;"##,
        expect![[r##"
        MACRO_STMTS@0..89
          EXPR_STMT@0..2
            LITERAL@0..1
              INT_NUMBER@0..1 "1"
            SEMICOLON@1..2 ";"
          WHITESPACE@2..3 " "
          EXPR_STMT@3..7
            LITERAL@3..6
              FLOAT_NUMBER@3..6 "1.5"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..12
            LITERAL@8..11
              CHAR@8..11 "'c'"
            SEMICOLON@11..12 ";"
          WHITESPACE@12..13 " "
          EXPR_STMT@13..18
            LITERAL@13..17
              BYTE@13..17 "b'c'"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          EXPR_STMT@19..23
            LITERAL@19..22
              STRING@19..22 "\"s\""
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..29
            LITERAL@24..28
              RAW_STRING@24..28 "r\"s\""
            SEMICOLON@28..29 ";"
          WHITESPACE@29..30 " "
          EXPR_STMT@30..37
            LITERAL@30..36
              RAW_STRING@30..36 "r#\"s\"#"
            SEMICOLON@36..37 ";"
          WHITESPACE@37..38 " "
          EXPR_STMT@38..43
            LITERAL@38..42
              BYTE_STRING@38..42 "b\"s\""
            SEMICOLON@42..43 ";"
          WHITESPACE@43..44 " "
          EXPR_STMT@44..50
            LITERAL@44..49
              RAW_BYTE_STRING@44..49 "br\"s\""
            SEMICOLON@49..50 ";"
          WHITESPACE@50..51 " "
          EXPR_STMT@51..56
            LITERAL@51..55
              C_STRING@51..55 "c\"s\""
            SEMICOLON@55..56 ";"
          WHITESPACE@56..57 " "
          EXPR_STMT@57..63
            LITERAL@57..62
              RAW_C_STRING@57..62 "cr\"s\""
            SEMICOLON@62..63 ";"
          WHITESPACE@63..64 " "
          EXPR_STMT@64..69
            LITERAL@64..68
              TRUE_KW@64..68 "true"
            SEMICOLON@68..69 ";"
          WHITESPACE@69..70 " "
          EXPR_STMT@70..76
            LITERAL@70..75
              FALSE_KW@70..75 "false"
            SEMICOLON@75..76 ";"
          WHITESPACE@76..77 " "
          EXPR_STMT@77..81
            LITERAL@77..80
              INT_NUMBER@77..80 "1u8"
            SEMICOLON@80..81 ";"
          WHITESPACE@81..82 " "
          EXPR_STMT@82..89
            LITERAL@82..88
              FLOAT_NUMBER@82..88 "2.0f64"
            SEMICOLON@88..89 ";"
    "##]],
    );
}

#[test]
fn paths() {
    check_stmts_ok(
        "a; a::b; ::a::b; self; self::a; super::a; crate::a; Self; Self::new;",
        expect![[r#"
            MACRO_STMTS@0..68
              EXPR_STMT@0..2
                PATH_EXPR@0..1
                  PATH@0..1
                    PATH_SEGMENT@0..1
                      NAME_REF@0..1
                        IDENT@0..1 "a"
                SEMICOLON@1..2 ";"
              WHITESPACE@2..3 " "
              EXPR_STMT@3..8
                PATH_EXPR@3..7
                  PATH@3..7
                    PATH@3..4
                      PATH_SEGMENT@3..4
                        NAME_REF@3..4
                          IDENT@3..4 "a"
                    COLON2@4..6 "::"
                    PATH_SEGMENT@6..7
                      NAME_REF@6..7
                        IDENT@6..7 "b"
                SEMICOLON@7..8 ";"
              WHITESPACE@8..9 " "
              EXPR_STMT@9..16
                PATH_EXPR@9..15
                  PATH@9..15
                    PATH@9..12
                      PATH_SEGMENT@9..12
                        COLON2@9..11 "::"
                        NAME_REF@11..12
                          IDENT@11..12 "a"
                    COLON2@12..14 "::"
                    PATH_SEGMENT@14..15
                      NAME_REF@14..15
                        IDENT@14..15 "b"
                SEMICOLON@15..16 ";"
              WHITESPACE@16..17 " "
              EXPR_STMT@17..22
                PATH_EXPR@17..21
                  PATH@17..21
                    PATH_SEGMENT@17..21
                      NAME_REF@17..21
                        SELF_KW@17..21 "self"
                SEMICOLON@21..22 ";"
              WHITESPACE@22..23 " "
              EXPR_STMT@23..31
                PATH_EXPR@23..30
                  PATH@23..30
                    PATH@23..27
                      PATH_SEGMENT@23..27
                        NAME_REF@23..27
                          SELF_KW@23..27 "self"
                    COLON2@27..29 "::"
                    PATH_SEGMENT@29..30
                      NAME_REF@29..30
                        IDENT@29..30 "a"
                SEMICOLON@30..31 ";"
              WHITESPACE@31..32 " "
              EXPR_STMT@32..41
                PATH_EXPR@32..40
                  PATH@32..40
                    PATH@32..37
                      PATH_SEGMENT@32..37
                        NAME_REF@32..37
                          SUPER_KW@32..37 "super"
                    COLON2@37..39 "::"
                    PATH_SEGMENT@39..40
                      NAME_REF@39..40
                        IDENT@39..40 "a"
                SEMICOLON@40..41 ";"
              WHITESPACE@41..42 " "
              EXPR_STMT@42..51
                PATH_EXPR@42..50
                  PATH@42..50
                    PATH@42..47
                      PATH_SEGMENT@42..47
                        NAME_REF@42..47
                          CRATE_KW@42..47 "crate"
                    COLON2@47..49 "::"
                    PATH_SEGMENT@49..50
                      NAME_REF@49..50
                        IDENT@49..50 "a"
                SEMICOLON@50..51 ";"
              WHITESPACE@51..52 " "
              EXPR_STMT@52..57
                PATH_EXPR@52..56
                  PATH@52..56
                    PATH_SEGMENT@52..56
                      NAME_REF@52..56
                        SELF_TYPE_KW@52..56 "Self"
                SEMICOLON@56..57 ";"
              WHITESPACE@57..58 " "
              EXPR_STMT@58..68
                PATH_EXPR@58..67
                  PATH@58..67
                    PATH@58..62
                      PATH_SEGMENT@58..62
                        NAME_REF@58..62
                          SELF_TYPE_KW@58..62 "Self"
                    COLON2@62..64 "::"
                    PATH_SEGMENT@64..67
                      NAME_REF@64..67
                        IDENT@64..67 "new"
                SEMICOLON@67..68 ";"
        "#]],
    );
}

#[test]
fn paren_and_tuple_expressions() {
    check_stmts_ok(
        "(); (a); (a,); (a, b); (a, b,); ((a));",
        expect![[r#"
        MACRO_STMTS@0..38
          EXPR_STMT@0..3
            TUPLE_EXPR@0..2
              L_PAREN@0..1 "("
              R_PAREN@1..2 ")"
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..8
            PAREN_EXPR@4..7
              L_PAREN@4..5 "("
              PATH_EXPR@5..6
                PATH@5..6
                  PATH_SEGMENT@5..6
                    NAME_REF@5..6
                      IDENT@5..6 "a"
              R_PAREN@6..7 ")"
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..14
            TUPLE_EXPR@9..13
              L_PAREN@9..10 "("
              PATH_EXPR@10..11
                PATH@10..11
                  PATH_SEGMENT@10..11
                    NAME_REF@10..11
                      IDENT@10..11 "a"
              COMMA@11..12 ","
              R_PAREN@12..13 ")"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..22
            TUPLE_EXPR@15..21
              L_PAREN@15..16 "("
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "a"
              COMMA@17..18 ","
              WHITESPACE@18..19 " "
              PATH_EXPR@19..20
                PATH@19..20
                  PATH_SEGMENT@19..20
                    NAME_REF@19..20
                      IDENT@19..20 "b"
              R_PAREN@20..21 ")"
            SEMICOLON@21..22 ";"
          WHITESPACE@22..23 " "
          EXPR_STMT@23..31
            TUPLE_EXPR@23..30
              L_PAREN@23..24 "("
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "a"
              COMMA@25..26 ","
              WHITESPACE@26..27 " "
              PATH_EXPR@27..28
                PATH@27..28
                  PATH_SEGMENT@27..28
                    NAME_REF@27..28
                      IDENT@27..28 "b"
              COMMA@28..29 ","
              R_PAREN@29..30 ")"
            SEMICOLON@30..31 ";"
          WHITESPACE@31..32 " "
          EXPR_STMT@32..38
            PAREN_EXPR@32..37
              L_PAREN@32..33 "("
              PAREN_EXPR@33..36
                L_PAREN@33..34 "("
                PATH_EXPR@34..35
                  PATH@34..35
                    PATH_SEGMENT@34..35
                      NAME_REF@34..35
                        IDENT@34..35 "a"
                R_PAREN@35..36 ")"
              R_PAREN@36..37 ")"
            SEMICOLON@37..38 ";"
    "#]],
    );
}

#[test]
fn tuple_with_attributes() {
    check_expr_ok(
        "(#[cfg(x)] a, b)",
        expect![[r##"
        TUPLE_EXPR@0..16
          L_PAREN@0..1 "("
          PATH_EXPR@1..12
            ATTR@1..10
              POUND@1..2 "#"
              L_BRACK@2..3 "["
              META@3..9
                PATH@3..6
                  PATH_SEGMENT@3..6
                    NAME_REF@3..6
                      IDENT@3..6 "cfg"
                TOKEN_TREE@6..9
                  L_PAREN@6..7 "("
                  IDENT@7..8 "x"
                  R_PAREN@8..9 ")"
              R_BRACK@9..10 "]"
            WHITESPACE@10..11 " "
            PATH@11..12
              PATH_SEGMENT@11..12
                NAME_REF@11..12
                  IDENT@11..12 "a"
          COMMA@12..13 ","
          WHITESPACE@13..14 " "
          PATH_EXPR@14..15
            PATH@14..15
              PATH_SEGMENT@14..15
                NAME_REF@14..15
                  IDENT@14..15 "b"
          R_PAREN@15..16 ")"
    "##]],
    );
}

#[test]
fn tuple_with_missing_elements() {
    check_stmts(
        "(,); (a, , b); (a b);",
        expect![[r#"
        MACRO_STMTS@0..21
          EXPR_STMT@0..4
            TUPLE_EXPR@0..3
              L_PAREN@0..1 "("
              ERROR@1..2
                COMMA@1..2 ","
              R_PAREN@2..3 ")"
            SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          EXPR_STMT@5..14
            TUPLE_EXPR@5..13
              L_PAREN@5..6 "("
              PATH_EXPR@6..7
                PATH@6..7
                  PATH_SEGMENT@6..7
                    NAME_REF@6..7
                      IDENT@6..7 "a"
              COMMA@7..8 ","
              WHITESPACE@8..9 " "
              ERROR@9..10
                COMMA@9..10 ","
              WHITESPACE@10..11 " "
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "b"
              R_PAREN@12..13 ")"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..21
            TUPLE_EXPR@15..20
              L_PAREN@15..16 "("
              PATH_EXPR@16..17
                PATH@16..17
                  PATH_SEGMENT@16..17
                    NAME_REF@16..17
                      IDENT@16..17 "a"
              WHITESPACE@17..18 " "
              PATH_EXPR@18..19
                PATH@18..19
                  PATH_SEGMENT@18..19
                    NAME_REF@18..19
                      IDENT@18..19 "b"
              R_PAREN@19..20 ")"
            SEMICOLON@20..21 ";"
        error 1..2: expected an expression
        error 9..10: expected an expression
        error 18..19: expected `,`
    "#]],
    );
}

#[test]
fn array_expressions() {
    check_stmts_ok(
        "[]; [1]; [1, 2,]; [0; 4]; [[1; 2]; 3];",
        expect![[r#"
        MACRO_STMTS@0..38
          EXPR_STMT@0..3
            ARRAY_EXPR@0..2
              L_BRACK@0..1 "["
              R_BRACK@1..2 "]"
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..8
            ARRAY_EXPR@4..7
              L_BRACK@4..5 "["
              LITERAL@5..6
                INT_NUMBER@5..6 "1"
              R_BRACK@6..7 "]"
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..17
            ARRAY_EXPR@9..16
              L_BRACK@9..10 "["
              LITERAL@10..11
                INT_NUMBER@10..11 "1"
              COMMA@11..12 ","
              WHITESPACE@12..13 " "
              LITERAL@13..14
                INT_NUMBER@13..14 "2"
              COMMA@14..15 ","
              R_BRACK@15..16 "]"
            SEMICOLON@16..17 ";"
          WHITESPACE@17..18 " "
          EXPR_STMT@18..25
            ARRAY_EXPR@18..24
              L_BRACK@18..19 "["
              LITERAL@19..20
                INT_NUMBER@19..20 "0"
              SEMICOLON@20..21 ";"
              WHITESPACE@21..22 " "
              LITERAL@22..23
                INT_NUMBER@22..23 "4"
              R_BRACK@23..24 "]"
            SEMICOLON@24..25 ";"
          WHITESPACE@25..26 " "
          EXPR_STMT@26..38
            ARRAY_EXPR@26..37
              L_BRACK@26..27 "["
              ARRAY_EXPR@27..33
                L_BRACK@27..28 "["
                LITERAL@28..29
                  INT_NUMBER@28..29 "1"
                SEMICOLON@29..30 ";"
                WHITESPACE@30..31 " "
                LITERAL@31..32
                  INT_NUMBER@31..32 "2"
                R_BRACK@32..33 "]"
              SEMICOLON@33..34 ";"
              WHITESPACE@34..35 " "
              LITERAL@35..36
                INT_NUMBER@35..36 "3"
              R_BRACK@36..37 "]"
            SEMICOLON@37..38 ";"
    "#]],
    );
}

#[test]
fn array_with_missing_comma() {
    check_stmts(
        "[1 2]; [1; 2; 3];",
        expect![[r#"
        MACRO_STMTS@0..17
          EXPR_STMT@0..6
            ARRAY_EXPR@0..5
              L_BRACK@0..1 "["
              LITERAL@1..2
                INT_NUMBER@1..2 "1"
              WHITESPACE@2..3 " "
              LITERAL@3..4
                INT_NUMBER@3..4 "2"
              R_BRACK@4..5 "]"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 " "
          EXPR_STMT@7..13
            ARRAY_EXPR@7..12
              L_BRACK@7..8 "["
              LITERAL@8..9
                INT_NUMBER@8..9 "1"
              SEMICOLON@9..10 ";"
              WHITESPACE@10..11 " "
              LITERAL@11..12
                INT_NUMBER@11..12 "2"
            SEMICOLON@12..13 ";"
          WHITESPACE@13..14 " "
          EXPR_STMT@14..15
            LITERAL@14..15
              INT_NUMBER@14..15 "3"
          ERROR@15..16
            R_BRACK@15..16 "]"
          SEMICOLON@16..17 ";"
        error 3..4: expected `,`
        error 12..13: expected `]`
        error 15..16: expected `;`
        error 15..16: expected a statement
    "#]],
    );
}

#[test]
fn block_expressions() {
    check_stmts_ok(
        "{} 'a: {} unsafe {} const {} { 1 }",
        expect![[r#"
        MACRO_STMTS@0..34
          EXPR_STMT@0..2
            BLOCK_EXPR@0..2
              STMT_LIST@0..2
                L_CURLY@0..1 "{"
                R_CURLY@1..2 "}"
          WHITESPACE@2..3 " "
          EXPR_STMT@3..9
            BLOCK_EXPR@3..9
              LABEL@3..6
                LIFETIME@3..5
                  LIFETIME_IDENT@3..5 "'a"
                COLON@5..6 ":"
              WHITESPACE@6..7 " "
              STMT_LIST@7..9
                L_CURLY@7..8 "{"
                R_CURLY@8..9 "}"
          WHITESPACE@9..10 " "
          EXPR_STMT@10..19
            BLOCK_EXPR@10..19
              UNSAFE_KW@10..16 "unsafe"
              WHITESPACE@16..17 " "
              STMT_LIST@17..19
                L_CURLY@17..18 "{"
                R_CURLY@18..19 "}"
          WHITESPACE@19..20 " "
          EXPR_STMT@20..28
            BLOCK_EXPR@20..28
              CONST_KW@20..25 "const"
              WHITESPACE@25..26 " "
              STMT_LIST@26..28
                L_CURLY@26..27 "{"
                R_CURLY@27..28 "}"
          WHITESPACE@28..29 " "
          BLOCK_EXPR@29..34
            STMT_LIST@29..34
              L_CURLY@29..30 "{"
              WHITESPACE@30..31 " "
              LITERAL@31..32
                INT_NUMBER@31..32 "1"
              WHITESPACE@32..33 " "
              R_CURLY@33..34 "}"
    "#]],
    );
}

#[test]
fn async_blocks() {
    check_stmts_ok(
        "async {}; async move {}; async { 1 }.await;",
        expect![[r#"
        MACRO_STMTS@0..43
          EXPR_STMT@0..9
            BLOCK_EXPR@0..8
              ASYNC_KW@0..5 "async"
              WHITESPACE@5..6 " "
              STMT_LIST@6..8
                L_CURLY@6..7 "{"
                R_CURLY@7..8 "}"
            SEMICOLON@8..9 ";"
          WHITESPACE@9..10 " "
          EXPR_STMT@10..24
            BLOCK_EXPR@10..23
              ASYNC_KW@10..15 "async"
              WHITESPACE@15..16 " "
              MOVE_KW@16..20 "move"
              WHITESPACE@20..21 " "
              STMT_LIST@21..23
                L_CURLY@21..22 "{"
                R_CURLY@22..23 "}"
            SEMICOLON@23..24 ";"
          WHITESPACE@24..25 " "
          EXPR_STMT@25..43
            AWAIT_EXPR@25..42
              BLOCK_EXPR@25..36
                ASYNC_KW@25..30 "async"
                WHITESPACE@30..31 " "
                STMT_LIST@31..36
                  L_CURLY@31..32 "{"
                  WHITESPACE@32..33 " "
                  LITERAL@33..34
                    INT_NUMBER@33..34 "1"
                  WHITESPACE@34..35 " "
                  R_CURLY@35..36 "}"
              DOT@36..37 "."
              AWAIT_KW@37..42 "await"
            SEMICOLON@42..43 ";"
    "#]],
    );
}

/// `gen` is a keyword from edition 2024.
#[test]
fn gen_blocks() {
    check_stmts_ok(
        "gen {}; gen move {}; async gen {}; async gen move {};",
        expect![[r#"
        MACRO_STMTS@0..53
          EXPR_STMT@0..7
            BLOCK_EXPR@0..6
              GEN_KW@0..3 "gen"
              WHITESPACE@3..4 " "
              STMT_LIST@4..6
                L_CURLY@4..5 "{"
                R_CURLY@5..6 "}"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..20
            BLOCK_EXPR@8..19
              GEN_KW@8..11 "gen"
              WHITESPACE@11..12 " "
              MOVE_KW@12..16 "move"
              WHITESPACE@16..17 " "
              STMT_LIST@17..19
                L_CURLY@17..18 "{"
                R_CURLY@18..19 "}"
            SEMICOLON@19..20 ";"
          WHITESPACE@20..21 " "
          EXPR_STMT@21..34
            BLOCK_EXPR@21..33
              ASYNC_KW@21..26 "async"
              WHITESPACE@26..27 " "
              GEN_KW@27..30 "gen"
              WHITESPACE@30..31 " "
              STMT_LIST@31..33
                L_CURLY@31..32 "{"
                R_CURLY@32..33 "}"
            SEMICOLON@33..34 ";"
          WHITESPACE@34..35 " "
          EXPR_STMT@35..53
            BLOCK_EXPR@35..52
              ASYNC_KW@35..40 "async"
              WHITESPACE@40..41 " "
              GEN_KW@41..44 "gen"
              WHITESPACE@44..45 " "
              MOVE_KW@45..49 "move"
              WHITESPACE@49..50 " "
              STMT_LIST@50..52
                L_CURLY@50..51 "{"
                R_CURLY@51..52 "}"
            SEMICOLON@52..53 ";"
    "#]],
    );
}

#[test]
fn gen_is_an_identifier_before_2024() {
    check_stmts_ok_in(
        Edition::Edition2021,
        "gen; gen {};",
        expect![[r#"
        MACRO_STMTS@0..12
          EXPR_STMT@0..4
            PATH_EXPR@0..3
              PATH@0..3
                PATH_SEGMENT@0..3
                  NAME_REF@0..3
                    IDENT@0..3 "gen"
            SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          EXPR_STMT@5..12
            RECORD_EXPR@5..11
              PATH@5..8
                PATH_SEGMENT@5..8
                  NAME_REF@5..8
                    IDENT@5..8 "gen"
              WHITESPACE@8..9 " "
              RECORD_EXPR_FIELD_LIST@9..11
                L_CURLY@9..10 "{"
                R_CURLY@10..11 "}"
            SEMICOLON@11..12 ";"
    "#]],
    );
}

#[test]
fn try_blocks() {
    check_stmts_ok(
        "let x = try { a? };",
        expect![[r#"
            MACRO_STMTS@0..19
              LET_STMT@0..19
                LET_KW@0..3 "let"
                WHITESPACE@3..4 " "
                IDENT_PAT@4..5
                  NAME@4..5
                    IDENT@4..5 "x"
                WHITESPACE@5..6 " "
                EQ@6..7 "="
                WHITESPACE@7..8 " "
                BLOCK_EXPR@8..18
                  TRY_BLOCK_MODIFIER@8..11
                    TRY_KW@8..11 "try"
                  WHITESPACE@11..12 " "
                  STMT_LIST@12..18
                    L_CURLY@12..13 "{"
                    WHITESPACE@13..14 " "
                    TRY_EXPR@14..16
                      PATH_EXPR@14..15
                        PATH@14..15
                          PATH_SEGMENT@14..15
                            NAME_REF@14..15
                              IDENT@14..15 "a"
                      QUESTION@15..16 "?"
                    WHITESPACE@16..17 " "
                    R_CURLY@17..18 "}"
                SEMICOLON@18..19 ";"
        "#]],
    );
}

#[test]
fn typed_try_blocks() {
    check_ok(
        "fn f() { let x = try bikeshed Result<u8, E> { a? }; try bikeshed T {}; }",
        expect![[r#"
        SOURCE_FILE@0..72
          FN@0..72
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..72
              STMT_LIST@7..72
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                LET_STMT@9..51
                  LET_KW@9..12 "let"
                  WHITESPACE@12..13 " "
                  IDENT_PAT@13..14
                    NAME@13..14
                      IDENT@13..14 "x"
                  WHITESPACE@14..15 " "
                  EQ@15..16 "="
                  WHITESPACE@16..17 " "
                  BLOCK_EXPR@17..50
                    TRY_BLOCK_MODIFIER@17..43
                      TRY_KW@17..20 "try"
                      WHITESPACE@20..21 " "
                      BIKESHED_KW@21..29 "bikeshed"
                      WHITESPACE@29..30 " "
                      PATH_TYPE@30..43
                        PATH@30..43
                          PATH_SEGMENT@30..43
                            NAME_REF@30..36
                              IDENT@30..36 "Result"
                            GENERIC_ARG_LIST@36..43
                              L_ANGLE@36..37 "<"
                              TYPE_ARG@37..39
                                PATH_TYPE@37..39
                                  PATH@37..39
                                    PATH_SEGMENT@37..39
                                      NAME_REF@37..39
                                        IDENT@37..39 "u8"
                              COMMA@39..40 ","
                              WHITESPACE@40..41 " "
                              TYPE_ARG@41..42
                                PATH_TYPE@41..42
                                  PATH@41..42
                                    PATH_SEGMENT@41..42
                                      NAME_REF@41..42
                                        IDENT@41..42 "E"
                              R_ANGLE@42..43 ">"
                    WHITESPACE@43..44 " "
                    STMT_LIST@44..50
                      L_CURLY@44..45 "{"
                      WHITESPACE@45..46 " "
                      TRY_EXPR@46..48
                        PATH_EXPR@46..47
                          PATH@46..47
                            PATH_SEGMENT@46..47
                              NAME_REF@46..47
                                IDENT@46..47 "a"
                        QUESTION@47..48 "?"
                      WHITESPACE@48..49 " "
                      R_CURLY@49..50 "}"
                  SEMICOLON@50..51 ";"
                WHITESPACE@51..52 " "
                EXPR_STMT@52..70
                  BLOCK_EXPR@52..69
                    TRY_BLOCK_MODIFIER@52..66
                      TRY_KW@52..55 "try"
                      WHITESPACE@55..56 " "
                      BIKESHED_KW@56..64 "bikeshed"
                      WHITESPACE@64..65 " "
                      PATH_TYPE@65..66
                        PATH@65..66
                          PATH_SEGMENT@65..66
                            NAME_REF@65..66
                              IDENT@65..66 "T"
                    WHITESPACE@66..67 " "
                    STMT_LIST@67..69
                      L_CURLY@67..68 "{"
                      R_CURLY@68..69 "}"
                  SEMICOLON@69..70 ";"
                WHITESPACE@70..71 " "
                R_CURLY@71..72 "}"
    "#]],
    );
    check_stmts(
        "try bikeshed {}; try bikeshed T;",
        expect![[r#"
        MACRO_STMTS@0..32
          EXPR_STMT@0..16
            BLOCK_EXPR@0..15
              TRY_BLOCK_MODIFIER@0..12
                TRY_KW@0..3 "try"
                WHITESPACE@3..4 " "
                BIKESHED_KW@4..12 "bikeshed"
              WHITESPACE@12..13 " "
              STMT_LIST@13..15
                L_CURLY@13..14 "{"
                R_CURLY@14..15 "}"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 " "
          EXPR_STMT@17..32
            BLOCK_EXPR@17..31
              TRY_BLOCK_MODIFIER@17..31
                TRY_KW@17..20 "try"
                WHITESPACE@20..21 " "
                BIKESHED_KW@21..29 "bikeshed"
                WHITESPACE@29..30 " "
                PATH_TYPE@30..31
                  PATH@30..31
                    PATH_SEGMENT@30..31
                      NAME_REF@30..31
                        IDENT@30..31 "T"
            SEMICOLON@31..32 ";"
        error 13..14: expected a type
        error 31..32: expected a block
    "#]],
    );
}

/// In 2015 `async {}` and `try {}` are struct literals.
#[test]
fn async_and_try_are_identifiers_in_2015() {
    check_stmts_ok_in(
        Edition::Edition2015,
        "async {}; try {}; try!(x);",
        expect![[r#"
        MACRO_STMTS@0..26
          EXPR_STMT@0..9
            RECORD_EXPR@0..8
              PATH@0..5
                PATH_SEGMENT@0..5
                  NAME_REF@0..5
                    IDENT@0..5 "async"
              WHITESPACE@5..6 " "
              RECORD_EXPR_FIELD_LIST@6..8
                L_CURLY@6..7 "{"
                R_CURLY@7..8 "}"
            SEMICOLON@8..9 ";"
          WHITESPACE@9..10 " "
          EXPR_STMT@10..17
            RECORD_EXPR@10..16
              PATH@10..13
                PATH_SEGMENT@10..13
                  NAME_REF@10..13
                    IDENT@10..13 "try"
              WHITESPACE@13..14 " "
              RECORD_EXPR_FIELD_LIST@14..16
                L_CURLY@14..15 "{"
                R_CURLY@15..16 "}"
            SEMICOLON@16..17 ";"
          WHITESPACE@17..18 " "
          EXPR_STMT@18..26
            MACRO_EXPR@18..25
              MACRO_CALL@18..25
                PATH@18..21
                  PATH_SEGMENT@18..21
                    NAME_REF@18..21
                      IDENT@18..21 "try"
                BANG@21..22 "!"
                TOKEN_TREE@22..25
                  L_PAREN@22..23 "("
                  IDENT@23..24 "x"
                  R_PAREN@24..25 ")"
            SEMICOLON@25..26 ";"
    "#]],
    );
}

#[test]
fn label_needs_a_loop_or_block() {
    check_stmts(
        "'a: unsafe {}",
        expect![[r#"
        MACRO_STMTS@0..13
          EXPR_STMT@0..3
            ERROR@0..3
              LABEL@0..3
                LIFETIME@0..2
                  LIFETIME_IDENT@0..2 "'a"
                COLON@2..3 ":"
          WHITESPACE@3..4 " "
          BLOCK_EXPR@4..13
            UNSAFE_KW@4..10 "unsafe"
            WHITESPACE@10..11 " "
            STMT_LIST@11..13
              L_CURLY@11..12 "{"
              R_CURLY@12..13 "}"
        error 4..10: expected `loop`, `while`, `for` or a block after a label
    "#]],
    );
}

#[test]
fn underscore_expression() {
    check_stmts_ok(
        "_ = f(); (_, a) = t;",
        expect![[r#"
        MACRO_STMTS@0..20
          EXPR_STMT@0..8
            BIN_EXPR@0..7
              UNDERSCORE_EXPR@0..1
                UNDERSCORE@0..1 "_"
              WHITESPACE@1..2 " "
              EQ@2..3 "="
              WHITESPACE@3..4 " "
              CALL_EXPR@4..7
                PATH_EXPR@4..5
                  PATH@4..5
                    PATH_SEGMENT@4..5
                      NAME_REF@4..5
                        IDENT@4..5 "f"
                ARG_LIST@5..7
                  L_PAREN@5..6 "("
                  R_PAREN@6..7 ")"
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..20
            BIN_EXPR@9..19
              TUPLE_EXPR@9..15
                L_PAREN@9..10 "("
                UNDERSCORE_EXPR@10..11
                  UNDERSCORE@10..11 "_"
                COMMA@11..12 ","
                WHITESPACE@12..13 " "
                PATH_EXPR@13..14
                  PATH@13..14
                    PATH_SEGMENT@13..14
                      NAME_REF@13..14
                        IDENT@13..14 "a"
                R_PAREN@14..15 ")"
              WHITESPACE@15..16 " "
              EQ@16..17 "="
              WHITESPACE@17..18 " "
              PATH_EXPR@18..19
                PATH@18..19
                  PATH_SEGMENT@18..19
                    NAME_REF@18..19
                      IDENT@18..19 "t"
            SEMICOLON@19..20 ";"
    "#]],
    );
}

#[test]
fn box_is_an_error() {
    check_stmts(
        "box x; let y = box 1;",
        expect![[r#"
        MACRO_STMTS@0..21
          EXPR_STMT@0..6
            ERROR@0..5
              BOX_KW@0..3 "box"
              WHITESPACE@3..4 " "
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "x"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 " "
          LET_STMT@7..21
            LET_KW@7..10 "let"
            WHITESPACE@10..11 " "
            IDENT_PAT@11..12
              NAME@11..12
                IDENT@11..12 "y"
            WHITESPACE@12..13 " "
            EQ@13..14 "="
            WHITESPACE@14..15 " "
            ERROR@15..20
              BOX_KW@15..18 "box"
              WHITESPACE@18..19 " "
              LITERAL@19..20
                INT_NUMBER@19..20 "1"
            SEMICOLON@20..21 ";"
        error 0..3: `box` expressions are not supported: use `Box::new(...)`
        error 15..18: `box` expressions are not supported: use `Box::new(...)`
    "#]],
    );
}

#[test]
fn if_else_chains() {
    check_stmts_ok(
        "if a {} if a {} else {} if a {} else if b {} else if c {} else {}",
        expect![[r#"
        MACRO_STMTS@0..65
          EXPR_STMT@0..7
            IF_EXPR@0..7
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              PATH_EXPR@3..4
                PATH@3..4
                  PATH_SEGMENT@3..4
                    NAME_REF@3..4
                      IDENT@3..4 "a"
              WHITESPACE@4..5 " "
              BLOCK_EXPR@5..7
                STMT_LIST@5..7
                  L_CURLY@5..6 "{"
                  R_CURLY@6..7 "}"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..23
            IF_EXPR@8..23
              IF_KW@8..10 "if"
              WHITESPACE@10..11 " "
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "a"
              WHITESPACE@12..13 " "
              BLOCK_EXPR@13..15
                STMT_LIST@13..15
                  L_CURLY@13..14 "{"
                  R_CURLY@14..15 "}"
              WHITESPACE@15..16 " "
              ELSE_KW@16..20 "else"
              WHITESPACE@20..21 " "
              BLOCK_EXPR@21..23
                STMT_LIST@21..23
                  L_CURLY@21..22 "{"
                  R_CURLY@22..23 "}"
          WHITESPACE@23..24 " "
          IF_EXPR@24..65
            IF_KW@24..26 "if"
            WHITESPACE@26..27 " "
            PATH_EXPR@27..28
              PATH@27..28
                PATH_SEGMENT@27..28
                  NAME_REF@27..28
                    IDENT@27..28 "a"
            WHITESPACE@28..29 " "
            BLOCK_EXPR@29..31
              STMT_LIST@29..31
                L_CURLY@29..30 "{"
                R_CURLY@30..31 "}"
            WHITESPACE@31..32 " "
            ELSE_KW@32..36 "else"
            WHITESPACE@36..37 " "
            IF_EXPR@37..65
              IF_KW@37..39 "if"
              WHITESPACE@39..40 " "
              PATH_EXPR@40..41
                PATH@40..41
                  PATH_SEGMENT@40..41
                    NAME_REF@40..41
                      IDENT@40..41 "b"
              WHITESPACE@41..42 " "
              BLOCK_EXPR@42..44
                STMT_LIST@42..44
                  L_CURLY@42..43 "{"
                  R_CURLY@43..44 "}"
              WHITESPACE@44..45 " "
              ELSE_KW@45..49 "else"
              WHITESPACE@49..50 " "
              IF_EXPR@50..65
                IF_KW@50..52 "if"
                WHITESPACE@52..53 " "
                PATH_EXPR@53..54
                  PATH@53..54
                    PATH_SEGMENT@53..54
                      NAME_REF@53..54
                        IDENT@53..54 "c"
                WHITESPACE@54..55 " "
                BLOCK_EXPR@55..57
                  STMT_LIST@55..57
                    L_CURLY@55..56 "{"
                    R_CURLY@56..57 "}"
                WHITESPACE@57..58 " "
                ELSE_KW@58..62 "else"
                WHITESPACE@62..63 " "
                BLOCK_EXPR@63..65
                  STMT_LIST@63..65
                    L_CURLY@63..64 "{"
                    R_CURLY@64..65 "}"
    "#]],
    );
}

/// In heads, `{` starts the body; parentheses lift the restriction.
#[test]
fn if_head_has_no_struct_literal() {
    check_stmts_ok(
        "if x == S {} while x {} match S {} for x in S {} if (S {}) == x {}",
        expect![[r#"
        MACRO_STMTS@0..66
          EXPR_STMT@0..12
            IF_EXPR@0..12
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              BIN_EXPR@3..9
                PATH_EXPR@3..4
                  PATH@3..4
                    PATH_SEGMENT@3..4
                      NAME_REF@3..4
                        IDENT@3..4 "x"
                WHITESPACE@4..5 " "
                EQ2@5..7 "=="
                WHITESPACE@7..8 " "
                PATH_EXPR@8..9
                  PATH@8..9
                    PATH_SEGMENT@8..9
                      NAME_REF@8..9
                        IDENT@8..9 "S"
              WHITESPACE@9..10 " "
              BLOCK_EXPR@10..12
                STMT_LIST@10..12
                  L_CURLY@10..11 "{"
                  R_CURLY@11..12 "}"
          WHITESPACE@12..13 " "
          EXPR_STMT@13..23
            WHILE_EXPR@13..23
              WHILE_KW@13..18 "while"
              WHITESPACE@18..19 " "
              PATH_EXPR@19..20
                PATH@19..20
                  PATH_SEGMENT@19..20
                    NAME_REF@19..20
                      IDENT@19..20 "x"
              WHITESPACE@20..21 " "
              BLOCK_EXPR@21..23
                STMT_LIST@21..23
                  L_CURLY@21..22 "{"
                  R_CURLY@22..23 "}"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..34
            MATCH_EXPR@24..34
              MATCH_KW@24..29 "match"
              WHITESPACE@29..30 " "
              PATH_EXPR@30..31
                PATH@30..31
                  PATH_SEGMENT@30..31
                    NAME_REF@30..31
                      IDENT@30..31 "S"
              WHITESPACE@31..32 " "
              MATCH_ARM_LIST@32..34
                L_CURLY@32..33 "{"
                R_CURLY@33..34 "}"
          WHITESPACE@34..35 " "
          EXPR_STMT@35..48
            FOR_EXPR@35..48
              FOR_KW@35..38 "for"
              WHITESPACE@38..39 " "
              IDENT_PAT@39..40
                NAME@39..40
                  IDENT@39..40 "x"
              WHITESPACE@40..41 " "
              IN_KW@41..43 "in"
              WHITESPACE@43..44 " "
              PATH_EXPR@44..45
                PATH@44..45
                  PATH_SEGMENT@44..45
                    NAME_REF@44..45
                      IDENT@44..45 "S"
              WHITESPACE@45..46 " "
              BLOCK_EXPR@46..48
                STMT_LIST@46..48
                  L_CURLY@46..47 "{"
                  R_CURLY@47..48 "}"
          WHITESPACE@48..49 " "
          IF_EXPR@49..66
            IF_KW@49..51 "if"
            WHITESPACE@51..52 " "
            BIN_EXPR@52..63
              PAREN_EXPR@52..58
                L_PAREN@52..53 "("
                RECORD_EXPR@53..57
                  PATH@53..54
                    PATH_SEGMENT@53..54
                      NAME_REF@53..54
                        IDENT@53..54 "S"
                  WHITESPACE@54..55 " "
                  RECORD_EXPR_FIELD_LIST@55..57
                    L_CURLY@55..56 "{"
                    R_CURLY@56..57 "}"
                R_PAREN@57..58 ")"
              WHITESPACE@58..59 " "
              EQ2@59..61 "=="
              WHITESPACE@61..62 " "
              PATH_EXPR@62..63
                PATH@62..63
                  PATH_SEGMENT@62..63
                    NAME_REF@62..63
                      IDENT@62..63 "x"
            WHITESPACE@63..64 " "
            BLOCK_EXPR@64..66
              STMT_LIST@64..66
                L_CURLY@64..65 "{"
                R_CURLY@65..66 "}"
    "#]],
    );
}

#[test]
fn struct_literal_inside_block_in_head() {
    check_stmts_ok(
        "if { S {} } {} match { S { a: 1 } } {}",
        expect![[r#"
        MACRO_STMTS@0..38
          EXPR_STMT@0..14
            IF_EXPR@0..14
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              BLOCK_EXPR@3..11
                STMT_LIST@3..11
                  L_CURLY@3..4 "{"
                  WHITESPACE@4..5 " "
                  RECORD_EXPR@5..9
                    PATH@5..6
                      PATH_SEGMENT@5..6
                        NAME_REF@5..6
                          IDENT@5..6 "S"
                    WHITESPACE@6..7 " "
                    RECORD_EXPR_FIELD_LIST@7..9
                      L_CURLY@7..8 "{"
                      R_CURLY@8..9 "}"
                  WHITESPACE@9..10 " "
                  R_CURLY@10..11 "}"
              WHITESPACE@11..12 " "
              BLOCK_EXPR@12..14
                STMT_LIST@12..14
                  L_CURLY@12..13 "{"
                  R_CURLY@13..14 "}"
          WHITESPACE@14..15 " "
          MATCH_EXPR@15..38
            MATCH_KW@15..20 "match"
            WHITESPACE@20..21 " "
            BLOCK_EXPR@21..35
              STMT_LIST@21..35
                L_CURLY@21..22 "{"
                WHITESPACE@22..23 " "
                RECORD_EXPR@23..33
                  PATH@23..24
                    PATH_SEGMENT@23..24
                      NAME_REF@23..24
                        IDENT@23..24 "S"
                  WHITESPACE@24..25 " "
                  RECORD_EXPR_FIELD_LIST@25..33
                    L_CURLY@25..26 "{"
                    WHITESPACE@26..27 " "
                    RECORD_EXPR_FIELD@27..31
                      NAME_REF@27..28
                        IDENT@27..28 "a"
                      COLON@28..29 ":"
                      WHITESPACE@29..30 " "
                      LITERAL@30..31
                        INT_NUMBER@30..31 "1"
                    WHITESPACE@31..32 " "
                    R_CURLY@32..33 "}"
                WHITESPACE@33..34 " "
                R_CURLY@34..35 "}"
            WHITESPACE@35..36 " "
            MATCH_ARM_LIST@36..38
              L_CURLY@36..37 "{"
              R_CURLY@37..38 "}"
    "#]],
    );
}

#[test]
fn if_without_block() {
    check_stmts(
        "if x y; if x {} else y;",
        expect![[r#"
        MACRO_STMTS@0..23
          EXPR_STMT@0..4
            IF_EXPR@0..4
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              PATH_EXPR@3..4
                PATH@3..4
                  PATH_SEGMENT@3..4
                    NAME_REF@3..4
                      IDENT@3..4 "x"
          WHITESPACE@4..5 " "
          EXPR_STMT@5..7
            PATH_EXPR@5..6
              PATH@5..6
                PATH_SEGMENT@5..6
                  NAME_REF@5..6
                    IDENT@5..6 "y"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..20
            IF_EXPR@8..20
              IF_KW@8..10 "if"
              WHITESPACE@10..11 " "
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "x"
              WHITESPACE@12..13 " "
              BLOCK_EXPR@13..15
                STMT_LIST@13..15
                  L_CURLY@13..14 "{"
                  R_CURLY@14..15 "}"
              WHITESPACE@15..16 " "
              ELSE_KW@16..20 "else"
          WHITESPACE@20..21 " "
          EXPR_STMT@21..23
            PATH_EXPR@21..22
              PATH@21..22
                PATH_SEGMENT@21..22
                  NAME_REF@21..22
                    IDENT@21..22 "y"
            SEMICOLON@22..23 ";"
        error 5..6: expected a block
        error 21..22: expected `{` or `if` after `else`
    "#]],
    );
}

#[test]
fn let_chains() {
    check_stmts_ok(
        "if let x = a && b && let y = c {} while let x = a && let y = b {}",
        expect![[r#"
        MACRO_STMTS@0..65
          EXPR_STMT@0..33
            IF_EXPR@0..33
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              BIN_EXPR@3..30
                BIN_EXPR@3..17
                  LET_EXPR@3..12
                    LET_KW@3..6 "let"
                    WHITESPACE@6..7 " "
                    IDENT_PAT@7..8
                      NAME@7..8
                        IDENT@7..8 "x"
                    WHITESPACE@8..9 " "
                    EQ@9..10 "="
                    WHITESPACE@10..11 " "
                    PATH_EXPR@11..12
                      PATH@11..12
                        PATH_SEGMENT@11..12
                          NAME_REF@11..12
                            IDENT@11..12 "a"
                  WHITESPACE@12..13 " "
                  AMP2@13..15 "&&"
                  WHITESPACE@15..16 " "
                  PATH_EXPR@16..17
                    PATH@16..17
                      PATH_SEGMENT@16..17
                        NAME_REF@16..17
                          IDENT@16..17 "b"
                WHITESPACE@17..18 " "
                AMP2@18..20 "&&"
                WHITESPACE@20..21 " "
                LET_EXPR@21..30
                  LET_KW@21..24 "let"
                  WHITESPACE@24..25 " "
                  IDENT_PAT@25..26
                    NAME@25..26
                      IDENT@25..26 "y"
                  WHITESPACE@26..27 " "
                  EQ@27..28 "="
                  WHITESPACE@28..29 " "
                  PATH_EXPR@29..30
                    PATH@29..30
                      PATH_SEGMENT@29..30
                        NAME_REF@29..30
                          IDENT@29..30 "c"
              WHITESPACE@30..31 " "
              BLOCK_EXPR@31..33
                STMT_LIST@31..33
                  L_CURLY@31..32 "{"
                  R_CURLY@32..33 "}"
          WHITESPACE@33..34 " "
          WHILE_EXPR@34..65
            WHILE_KW@34..39 "while"
            WHITESPACE@39..40 " "
            BIN_EXPR@40..62
              LET_EXPR@40..49
                LET_KW@40..43 "let"
                WHITESPACE@43..44 " "
                IDENT_PAT@44..45
                  NAME@44..45
                    IDENT@44..45 "x"
                WHITESPACE@45..46 " "
                EQ@46..47 "="
                WHITESPACE@47..48 " "
                PATH_EXPR@48..49
                  PATH@48..49
                    PATH_SEGMENT@48..49
                      NAME_REF@48..49
                        IDENT@48..49 "a"
              WHITESPACE@49..50 " "
              AMP2@50..52 "&&"
              WHITESPACE@52..53 " "
              LET_EXPR@53..62
                LET_KW@53..56 "let"
                WHITESPACE@56..57 " "
                IDENT_PAT@57..58
                  NAME@57..58
                    IDENT@57..58 "y"
                WHITESPACE@58..59 " "
                EQ@59..60 "="
                WHITESPACE@60..61 " "
                PATH_EXPR@61..62
                  PATH@61..62
                    PATH_SEGMENT@61..62
                      NAME_REF@61..62
                        IDENT@61..62 "b"
            WHITESPACE@62..63 " "
            BLOCK_EXPR@63..65
              STMT_LIST@63..65
                L_CURLY@63..64 "{"
                R_CURLY@64..65 "}"
    "#]],
    );
}

#[test]
fn let_scrutinee_binds_tighter_than_and() {
    check_expr_ok(
        "if let x = a == b && c {}",
        expect![[r#"
        IF_EXPR@0..25
          IF_KW@0..2 "if"
          WHITESPACE@2..3 " "
          BIN_EXPR@3..22
            LET_EXPR@3..17
              LET_KW@3..6 "let"
              WHITESPACE@6..7 " "
              IDENT_PAT@7..8
                NAME@7..8
                  IDENT@7..8 "x"
              WHITESPACE@8..9 " "
              EQ@9..10 "="
              WHITESPACE@10..11 " "
              BIN_EXPR@11..17
                PATH_EXPR@11..12
                  PATH@11..12
                    PATH_SEGMENT@11..12
                      NAME_REF@11..12
                        IDENT@11..12 "a"
                WHITESPACE@12..13 " "
                EQ2@13..15 "=="
                WHITESPACE@15..16 " "
                PATH_EXPR@16..17
                  PATH@16..17
                    PATH_SEGMENT@16..17
                      NAME_REF@16..17
                        IDENT@16..17 "b"
            WHITESPACE@17..18 " "
            AMP2@18..20 "&&"
            WHITESPACE@20..21 " "
            PATH_EXPR@21..22
              PATH@21..22
                PATH_SEGMENT@21..22
                  NAME_REF@21..22
                    IDENT@21..22 "c"
          WHITESPACE@22..23 " "
          BLOCK_EXPR@23..25
            STMT_LIST@23..25
              L_CURLY@23..24 "{"
              R_CURLY@24..25 "}"
    "#]],
    );
}

#[test]
fn let_chain_with_or_is_an_error() {
    check_stmts(
        "if let x = a || b {} if a || let y = b {}",
        expect![[r#"
        MACRO_STMTS@0..41
          EXPR_STMT@0..20
            IF_EXPR@0..20
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              BIN_EXPR@3..17
                LET_EXPR@3..12
                  LET_KW@3..6 "let"
                  WHITESPACE@6..7 " "
                  IDENT_PAT@7..8
                    NAME@7..8
                      IDENT@7..8 "x"
                  WHITESPACE@8..9 " "
                  EQ@9..10 "="
                  WHITESPACE@10..11 " "
                  PATH_EXPR@11..12
                    PATH@11..12
                      PATH_SEGMENT@11..12
                        NAME_REF@11..12
                          IDENT@11..12 "a"
                WHITESPACE@12..13 " "
                PIPE2@13..15 "||"
                WHITESPACE@15..16 " "
                PATH_EXPR@16..17
                  PATH@16..17
                    PATH_SEGMENT@16..17
                      NAME_REF@16..17
                        IDENT@16..17 "b"
              WHITESPACE@17..18 " "
              BLOCK_EXPR@18..20
                STMT_LIST@18..20
                  L_CURLY@18..19 "{"
                  R_CURLY@19..20 "}"
          WHITESPACE@20..21 " "
          IF_EXPR@21..41
            IF_KW@21..23 "if"
            WHITESPACE@23..24 " "
            BIN_EXPR@24..38
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "a"
              WHITESPACE@25..26 " "
              PIPE2@26..28 "||"
              WHITESPACE@28..29 " "
              LET_EXPR@29..38
                LET_KW@29..32 "let"
                WHITESPACE@32..33 " "
                IDENT_PAT@33..34
                  NAME@33..34
                    IDENT@33..34 "y"
                WHITESPACE@34..35 " "
                EQ@35..36 "="
                WHITESPACE@36..37 " "
                PATH_EXPR@37..38
                  PATH@37..38
                    PATH_SEGMENT@37..38
                      NAME_REF@37..38
                        IDENT@37..38 "b"
            WHITESPACE@38..39 " "
            BLOCK_EXPR@39..41
              STMT_LIST@39..41
                L_CURLY@39..40 "{"
                R_CURLY@40..41 "}"
        error 13..14: `||` is not allowed in a `let` chain: only `&&` is
        error 29..32: `let` is only allowed in `if` and `while` conditions and in match guards
    "#]],
    );
}

#[test]
fn let_outside_a_condition_is_an_error() {
    check_stmts(
        "x = let y = 1; if (let x = y) {} f(let x = 1);",
        expect![[r#"
        MACRO_STMTS@0..46
          EXPR_STMT@0..14
            BIN_EXPR@0..13
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              WHITESPACE@1..2 " "
              EQ@2..3 "="
              WHITESPACE@3..4 " "
              LET_EXPR@4..13
                LET_KW@4..7 "let"
                WHITESPACE@7..8 " "
                IDENT_PAT@8..9
                  NAME@8..9
                    IDENT@8..9 "y"
                WHITESPACE@9..10 " "
                EQ@10..11 "="
                WHITESPACE@11..12 " "
                LITERAL@12..13
                  INT_NUMBER@12..13 "1"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..32
            IF_EXPR@15..32
              IF_KW@15..17 "if"
              WHITESPACE@17..18 " "
              PAREN_EXPR@18..29
                L_PAREN@18..19 "("
                LET_EXPR@19..28
                  LET_KW@19..22 "let"
                  WHITESPACE@22..23 " "
                  IDENT_PAT@23..24
                    NAME@23..24
                      IDENT@23..24 "x"
                  WHITESPACE@24..25 " "
                  EQ@25..26 "="
                  WHITESPACE@26..27 " "
                  PATH_EXPR@27..28
                    PATH@27..28
                      PATH_SEGMENT@27..28
                        NAME_REF@27..28
                          IDENT@27..28 "y"
                R_PAREN@28..29 ")"
              WHITESPACE@29..30 " "
              BLOCK_EXPR@30..32
                STMT_LIST@30..32
                  L_CURLY@30..31 "{"
                  R_CURLY@31..32 "}"
          WHITESPACE@32..33 " "
          EXPR_STMT@33..46
            CALL_EXPR@33..45
              PATH_EXPR@33..34
                PATH@33..34
                  PATH_SEGMENT@33..34
                    NAME_REF@33..34
                      IDENT@33..34 "f"
              ARG_LIST@34..45
                L_PAREN@34..35 "("
                LET_EXPR@35..44
                  LET_KW@35..38 "let"
                  WHITESPACE@38..39 " "
                  IDENT_PAT@39..40
                    NAME@39..40
                      IDENT@39..40 "x"
                  WHITESPACE@40..41 " "
                  EQ@41..42 "="
                  WHITESPACE@42..43 " "
                  LITERAL@43..44
                    INT_NUMBER@43..44 "1"
                R_PAREN@44..45 ")"
            SEMICOLON@45..46 ";"
        error 4..7: `let` is only allowed in `if` and `while` conditions and in match guards
        error 19..22: `let` is only allowed in `if` and `while` conditions and in match guards
        error 35..38: `let` is only allowed in `if` and `while` conditions and in match guards
    "#]],
    );
}

#[test]
fn loops() {
    check_stmts_ok(
        "loop {} while c {} for x in xs {} 'a: loop {} 'b: while c {} 'c: for x in xs {}",
        expect![[r#"
        MACRO_STMTS@0..79
          EXPR_STMT@0..7
            LOOP_EXPR@0..7
              LOOP_KW@0..4 "loop"
              WHITESPACE@4..5 " "
              BLOCK_EXPR@5..7
                STMT_LIST@5..7
                  L_CURLY@5..6 "{"
                  R_CURLY@6..7 "}"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..18
            WHILE_EXPR@8..18
              WHILE_KW@8..13 "while"
              WHITESPACE@13..14 " "
              PATH_EXPR@14..15
                PATH@14..15
                  PATH_SEGMENT@14..15
                    NAME_REF@14..15
                      IDENT@14..15 "c"
              WHITESPACE@15..16 " "
              BLOCK_EXPR@16..18
                STMT_LIST@16..18
                  L_CURLY@16..17 "{"
                  R_CURLY@17..18 "}"
          WHITESPACE@18..19 " "
          EXPR_STMT@19..33
            FOR_EXPR@19..33
              FOR_KW@19..22 "for"
              WHITESPACE@22..23 " "
              IDENT_PAT@23..24
                NAME@23..24
                  IDENT@23..24 "x"
              WHITESPACE@24..25 " "
              IN_KW@25..27 "in"
              WHITESPACE@27..28 " "
              PATH_EXPR@28..30
                PATH@28..30
                  PATH_SEGMENT@28..30
                    NAME_REF@28..30
                      IDENT@28..30 "xs"
              WHITESPACE@30..31 " "
              BLOCK_EXPR@31..33
                STMT_LIST@31..33
                  L_CURLY@31..32 "{"
                  R_CURLY@32..33 "}"
          WHITESPACE@33..34 " "
          EXPR_STMT@34..45
            LOOP_EXPR@34..45
              LABEL@34..37
                LIFETIME@34..36
                  LIFETIME_IDENT@34..36 "'a"
                COLON@36..37 ":"
              WHITESPACE@37..38 " "
              LOOP_KW@38..42 "loop"
              WHITESPACE@42..43 " "
              BLOCK_EXPR@43..45
                STMT_LIST@43..45
                  L_CURLY@43..44 "{"
                  R_CURLY@44..45 "}"
          WHITESPACE@45..46 " "
          EXPR_STMT@46..60
            WHILE_EXPR@46..60
              LABEL@46..49
                LIFETIME@46..48
                  LIFETIME_IDENT@46..48 "'b"
                COLON@48..49 ":"
              WHITESPACE@49..50 " "
              WHILE_KW@50..55 "while"
              WHITESPACE@55..56 " "
              PATH_EXPR@56..57
                PATH@56..57
                  PATH_SEGMENT@56..57
                    NAME_REF@56..57
                      IDENT@56..57 "c"
              WHITESPACE@57..58 " "
              BLOCK_EXPR@58..60
                STMT_LIST@58..60
                  L_CURLY@58..59 "{"
                  R_CURLY@59..60 "}"
          WHITESPACE@60..61 " "
          FOR_EXPR@61..79
            LABEL@61..64
              LIFETIME@61..63
                LIFETIME_IDENT@61..63 "'c"
              COLON@63..64 ":"
            WHITESPACE@64..65 " "
            FOR_KW@65..68 "for"
            WHITESPACE@68..69 " "
            IDENT_PAT@69..70
              NAME@69..70
                IDENT@69..70 "x"
            WHITESPACE@70..71 " "
            IN_KW@71..73 "in"
            WHITESPACE@73..74 " "
            PATH_EXPR@74..76
              PATH@74..76
                PATH_SEGMENT@74..76
                  NAME_REF@74..76
                    IDENT@74..76 "xs"
            WHITESPACE@76..77 " "
            BLOCK_EXPR@77..79
              STMT_LIST@77..79
                L_CURLY@77..78 "{"
                R_CURLY@78..79 "}"
    "#]],
    );
}

#[test]
fn for_without_in() {
    check_stmts(
        "for x xs {}",
        expect![[r#"
        MACRO_STMTS@0..11
          FOR_EXPR@0..11
            FOR_KW@0..3 "for"
            WHITESPACE@3..4 " "
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "x"
            WHITESPACE@5..6 " "
            PATH_EXPR@6..8
              PATH@6..8
                PATH_SEGMENT@6..8
                  NAME_REF@6..8
                    IDENT@6..8 "xs"
            WHITESPACE@8..9 " "
            BLOCK_EXPR@9..11
              STMT_LIST@9..11
                L_CURLY@9..10 "{"
                R_CURLY@10..11 "}"
        error 6..8: expected `in`
    "#]],
    );
}

#[test]
fn break_and_continue() {
    check_stmts_ok(
        "loop { break; break 'a; break 1; break 'a 1; continue; continue 'a; }",
        expect![[r#"
        MACRO_STMTS@0..69
          LOOP_EXPR@0..69
            LOOP_KW@0..4 "loop"
            WHITESPACE@4..5 " "
            BLOCK_EXPR@5..69
              STMT_LIST@5..69
                L_CURLY@5..6 "{"
                WHITESPACE@6..7 " "
                EXPR_STMT@7..13
                  BREAK_EXPR@7..12
                    BREAK_KW@7..12 "break"
                  SEMICOLON@12..13 ";"
                WHITESPACE@13..14 " "
                EXPR_STMT@14..23
                  BREAK_EXPR@14..22
                    BREAK_KW@14..19 "break"
                    WHITESPACE@19..20 " "
                    LIFETIME@20..22
                      LIFETIME_IDENT@20..22 "'a"
                  SEMICOLON@22..23 ";"
                WHITESPACE@23..24 " "
                EXPR_STMT@24..32
                  BREAK_EXPR@24..31
                    BREAK_KW@24..29 "break"
                    WHITESPACE@29..30 " "
                    LITERAL@30..31
                      INT_NUMBER@30..31 "1"
                  SEMICOLON@31..32 ";"
                WHITESPACE@32..33 " "
                EXPR_STMT@33..44
                  BREAK_EXPR@33..43
                    BREAK_KW@33..38 "break"
                    WHITESPACE@38..39 " "
                    LIFETIME@39..41
                      LIFETIME_IDENT@39..41 "'a"
                    WHITESPACE@41..42 " "
                    LITERAL@42..43
                      INT_NUMBER@42..43 "1"
                  SEMICOLON@43..44 ";"
                WHITESPACE@44..45 " "
                EXPR_STMT@45..54
                  CONTINUE_EXPR@45..53
                    CONTINUE_KW@45..53 "continue"
                  SEMICOLON@53..54 ";"
                WHITESPACE@54..55 " "
                EXPR_STMT@55..67
                  CONTINUE_EXPR@55..66
                    CONTINUE_KW@55..63 "continue"
                    WHITESPACE@63..64 " "
                    LIFETIME@64..66
                      LIFETIME_IDENT@64..66 "'a"
                  SEMICOLON@66..67 ";"
                WHITESPACE@67..68 " "
                R_CURLY@68..69 "}"
    "#]],
    );
}

#[test]
fn break_in_heads() {
    check_stmts_ok(
        "if break {} while break {} for x in break {} match break {}",
        expect![[r#"
        MACRO_STMTS@0..59
          EXPR_STMT@0..11
            IF_EXPR@0..11
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              BREAK_EXPR@3..8
                BREAK_KW@3..8 "break"
              WHITESPACE@8..9 " "
              BLOCK_EXPR@9..11
                STMT_LIST@9..11
                  L_CURLY@9..10 "{"
                  R_CURLY@10..11 "}"
          WHITESPACE@11..12 " "
          EXPR_STMT@12..26
            WHILE_EXPR@12..26
              WHILE_KW@12..17 "while"
              WHITESPACE@17..18 " "
              BREAK_EXPR@18..23
                BREAK_KW@18..23 "break"
              WHITESPACE@23..24 " "
              BLOCK_EXPR@24..26
                STMT_LIST@24..26
                  L_CURLY@24..25 "{"
                  R_CURLY@25..26 "}"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..44
            FOR_EXPR@27..44
              FOR_KW@27..30 "for"
              WHITESPACE@30..31 " "
              IDENT_PAT@31..32
                NAME@31..32
                  IDENT@31..32 "x"
              WHITESPACE@32..33 " "
              IN_KW@33..35 "in"
              WHITESPACE@35..36 " "
              BREAK_EXPR@36..41
                BREAK_KW@36..41 "break"
              WHITESPACE@41..42 " "
              BLOCK_EXPR@42..44
                STMT_LIST@42..44
                  L_CURLY@42..43 "{"
                  R_CURLY@43..44 "}"
          WHITESPACE@44..45 " "
          MATCH_EXPR@45..59
            MATCH_KW@45..50 "match"
            WHITESPACE@50..51 " "
            BREAK_EXPR@51..56
              BREAK_KW@51..56 "break"
            WHITESPACE@56..57 " "
            MATCH_ARM_LIST@57..59
              L_CURLY@57..58 "{"
              R_CURLY@58..59 "}"
    "#]],
    );
}

#[test]
fn jumps() {
    check_stmts_ok(
        "return; return 1; return a + b; become f(); yield; yield 1; do yeet; do yeet 1;",
        expect![[r#"
        MACRO_STMTS@0..79
          EXPR_STMT@0..7
            RETURN_EXPR@0..6
              RETURN_KW@0..6 "return"
            SEMICOLON@6..7 ";"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..17
            RETURN_EXPR@8..16
              RETURN_KW@8..14 "return"
              WHITESPACE@14..15 " "
              LITERAL@15..16
                INT_NUMBER@15..16 "1"
            SEMICOLON@16..17 ";"
          WHITESPACE@17..18 " "
          EXPR_STMT@18..31
            RETURN_EXPR@18..30
              RETURN_KW@18..24 "return"
              WHITESPACE@24..25 " "
              BIN_EXPR@25..30
                PATH_EXPR@25..26
                  PATH@25..26
                    PATH_SEGMENT@25..26
                      NAME_REF@25..26
                        IDENT@25..26 "a"
                WHITESPACE@26..27 " "
                PLUS@27..28 "+"
                WHITESPACE@28..29 " "
                PATH_EXPR@29..30
                  PATH@29..30
                    PATH_SEGMENT@29..30
                      NAME_REF@29..30
                        IDENT@29..30 "b"
            SEMICOLON@30..31 ";"
          WHITESPACE@31..32 " "
          EXPR_STMT@32..43
            BECOME_EXPR@32..42
              BECOME_KW@32..38 "become"
              WHITESPACE@38..39 " "
              CALL_EXPR@39..42
                PATH_EXPR@39..40
                  PATH@39..40
                    PATH_SEGMENT@39..40
                      NAME_REF@39..40
                        IDENT@39..40 "f"
                ARG_LIST@40..42
                  L_PAREN@40..41 "("
                  R_PAREN@41..42 ")"
            SEMICOLON@42..43 ";"
          WHITESPACE@43..44 " "
          EXPR_STMT@44..50
            YIELD_EXPR@44..49
              YIELD_KW@44..49 "yield"
            SEMICOLON@49..50 ";"
          WHITESPACE@50..51 " "
          EXPR_STMT@51..59
            YIELD_EXPR@51..58
              YIELD_KW@51..56 "yield"
              WHITESPACE@56..57 " "
              LITERAL@57..58
                INT_NUMBER@57..58 "1"
            SEMICOLON@58..59 ";"
          WHITESPACE@59..60 " "
          EXPR_STMT@60..68
            YEET_EXPR@60..67
              DO_KW@60..62 "do"
              WHITESPACE@62..63 " "
              YEET_KW@63..67 "yeet"
            SEMICOLON@67..68 ";"
          WHITESPACE@68..69 " "
          EXPR_STMT@69..79
            YEET_EXPR@69..78
              DO_KW@69..71 "do"
              WHITESPACE@71..72 " "
              YEET_KW@72..76 "yeet"
              WHITESPACE@76..77 " "
              LITERAL@77..78
                INT_NUMBER@77..78 "1"
            SEMICOLON@78..79 ";"
    "#]],
    );
}

#[test]
fn match_arms() {
    check_stmts_ok(
        "match x { _ => (), #[cfg(a)] a => {} b if b > 1 => 1, c if let d = c => c, 1 => { 2 }, | e => f }",
        expect![[r##"
            MACRO_STMTS@0..97
              MATCH_EXPR@0..97
                MATCH_KW@0..5 "match"
                WHITESPACE@5..6 " "
                PATH_EXPR@6..7
                  PATH@6..7
                    PATH_SEGMENT@6..7
                      NAME_REF@6..7
                        IDENT@6..7 "x"
                WHITESPACE@7..8 " "
                MATCH_ARM_LIST@8..97
                  L_CURLY@8..9 "{"
                  WHITESPACE@9..10 " "
                  MATCH_ARM@10..18
                    WILDCARD_PAT@10..11
                      UNDERSCORE@10..11 "_"
                    WHITESPACE@11..12 " "
                    FAT_ARROW@12..14 "=>"
                    WHITESPACE@14..15 " "
                    TUPLE_EXPR@15..17
                      L_PAREN@15..16 "("
                      R_PAREN@16..17 ")"
                    COMMA@17..18 ","
                  WHITESPACE@18..19 " "
                  MATCH_ARM@19..36
                    ATTR@19..28
                      POUND@19..20 "#"
                      L_BRACK@20..21 "["
                      META@21..27
                        PATH@21..24
                          PATH_SEGMENT@21..24
                            NAME_REF@21..24
                              IDENT@21..24 "cfg"
                        TOKEN_TREE@24..27
                          L_PAREN@24..25 "("
                          IDENT@25..26 "a"
                          R_PAREN@26..27 ")"
                      R_BRACK@27..28 "]"
                    WHITESPACE@28..29 " "
                    IDENT_PAT@29..30
                      NAME@29..30
                        IDENT@29..30 "a"
                    WHITESPACE@30..31 " "
                    FAT_ARROW@31..33 "=>"
                    WHITESPACE@33..34 " "
                    BLOCK_EXPR@34..36
                      STMT_LIST@34..36
                        L_CURLY@34..35 "{"
                        R_CURLY@35..36 "}"
                  WHITESPACE@36..37 " "
                  MATCH_ARM@37..53
                    IDENT_PAT@37..38
                      NAME@37..38
                        IDENT@37..38 "b"
                    WHITESPACE@38..39 " "
                    MATCH_GUARD@39..47
                      IF_KW@39..41 "if"
                      WHITESPACE@41..42 " "
                      BIN_EXPR@42..47
                        PATH_EXPR@42..43
                          PATH@42..43
                            PATH_SEGMENT@42..43
                              NAME_REF@42..43
                                IDENT@42..43 "b"
                        WHITESPACE@43..44 " "
                        R_ANGLE@44..45 ">"
                        WHITESPACE@45..46 " "
                        LITERAL@46..47
                          INT_NUMBER@46..47 "1"
                    WHITESPACE@47..48 " "
                    FAT_ARROW@48..50 "=>"
                    WHITESPACE@50..51 " "
                    LITERAL@51..52
                      INT_NUMBER@51..52 "1"
                    COMMA@52..53 ","
                  WHITESPACE@53..54 " "
                  MATCH_ARM@54..74
                    IDENT_PAT@54..55
                      NAME@54..55
                        IDENT@54..55 "c"
                    WHITESPACE@55..56 " "
                    MATCH_GUARD@56..68
                      IF_KW@56..58 "if"
                      WHITESPACE@58..59 " "
                      LET_EXPR@59..68
                        LET_KW@59..62 "let"
                        WHITESPACE@62..63 " "
                        IDENT_PAT@63..64
                          NAME@63..64
                            IDENT@63..64 "d"
                        WHITESPACE@64..65 " "
                        EQ@65..66 "="
                        WHITESPACE@66..67 " "
                        PATH_EXPR@67..68
                          PATH@67..68
                            PATH_SEGMENT@67..68
                              NAME_REF@67..68
                                IDENT@67..68 "c"
                    WHITESPACE@68..69 " "
                    FAT_ARROW@69..71 "=>"
                    WHITESPACE@71..72 " "
                    PATH_EXPR@72..73
                      PATH@72..73
                        PATH_SEGMENT@72..73
                          NAME_REF@72..73
                            IDENT@72..73 "c"
                    COMMA@73..74 ","
                  WHITESPACE@74..75 " "
                  MATCH_ARM@75..86
                    LITERAL_PAT@75..76
                      LITERAL@75..76
                        INT_NUMBER@75..76 "1"
                    WHITESPACE@76..77 " "
                    FAT_ARROW@77..79 "=>"
                    WHITESPACE@79..80 " "
                    BLOCK_EXPR@80..85
                      STMT_LIST@80..85
                        L_CURLY@80..81 "{"
                        WHITESPACE@81..82 " "
                        LITERAL@82..83
                          INT_NUMBER@82..83 "2"
                        WHITESPACE@83..84 " "
                        R_CURLY@84..85 "}"
                    COMMA@85..86 ","
                  WHITESPACE@86..87 " "
                  MATCH_ARM@87..95
                    OR_PAT@87..90
                      PIPE@87..88 "|"
                      WHITESPACE@88..89 " "
                      IDENT_PAT@89..90
                        NAME@89..90
                          IDENT@89..90 "e"
                    WHITESPACE@90..91 " "
                    FAT_ARROW@91..93 "=>"
                    WHITESPACE@93..94 " "
                    PATH_EXPR@94..95
                      PATH@94..95
                        PATH_SEGMENT@94..95
                          NAME_REF@94..95
                            IDENT@94..95 "f"
                  WHITESPACE@95..96 " "
                  R_CURLY@96..97 "}"
        "##]],
    );
}

#[test]
fn match_arm_comma_rules() {
    check_stmts(
        "match x { a => {} b => 1 c => 2, d => if x {} else {} e => loop {}, f => m! {} g => h }",
        expect![[r#"
            MACRO_STMTS@0..87
              MATCH_EXPR@0..87
                MATCH_KW@0..5 "match"
                WHITESPACE@5..6 " "
                PATH_EXPR@6..7
                  PATH@6..7
                    PATH_SEGMENT@6..7
                      NAME_REF@6..7
                        IDENT@6..7 "x"
                WHITESPACE@7..8 " "
                MATCH_ARM_LIST@8..87
                  L_CURLY@8..9 "{"
                  WHITESPACE@9..10 " "
                  MATCH_ARM@10..17
                    IDENT_PAT@10..11
                      NAME@10..11
                        IDENT@10..11 "a"
                    WHITESPACE@11..12 " "
                    FAT_ARROW@12..14 "=>"
                    WHITESPACE@14..15 " "
                    BLOCK_EXPR@15..17
                      STMT_LIST@15..17
                        L_CURLY@15..16 "{"
                        R_CURLY@16..17 "}"
                  WHITESPACE@17..18 " "
                  MATCH_ARM@18..24
                    IDENT_PAT@18..19
                      NAME@18..19
                        IDENT@18..19 "b"
                    WHITESPACE@19..20 " "
                    FAT_ARROW@20..22 "=>"
                    WHITESPACE@22..23 " "
                    LITERAL@23..24
                      INT_NUMBER@23..24 "1"
                  WHITESPACE@24..25 " "
                  MATCH_ARM@25..32
                    IDENT_PAT@25..26
                      NAME@25..26
                        IDENT@25..26 "c"
                    WHITESPACE@26..27 " "
                    FAT_ARROW@27..29 "=>"
                    WHITESPACE@29..30 " "
                    LITERAL@30..31
                      INT_NUMBER@30..31 "2"
                    COMMA@31..32 ","
                  WHITESPACE@32..33 " "
                  MATCH_ARM@33..53
                    IDENT_PAT@33..34
                      NAME@33..34
                        IDENT@33..34 "d"
                    WHITESPACE@34..35 " "
                    FAT_ARROW@35..37 "=>"
                    WHITESPACE@37..38 " "
                    IF_EXPR@38..53
                      IF_KW@38..40 "if"
                      WHITESPACE@40..41 " "
                      PATH_EXPR@41..42
                        PATH@41..42
                          PATH_SEGMENT@41..42
                            NAME_REF@41..42
                              IDENT@41..42 "x"
                      WHITESPACE@42..43 " "
                      BLOCK_EXPR@43..45
                        STMT_LIST@43..45
                          L_CURLY@43..44 "{"
                          R_CURLY@44..45 "}"
                      WHITESPACE@45..46 " "
                      ELSE_KW@46..50 "else"
                      WHITESPACE@50..51 " "
                      BLOCK_EXPR@51..53
                        STMT_LIST@51..53
                          L_CURLY@51..52 "{"
                          R_CURLY@52..53 "}"
                  WHITESPACE@53..54 " "
                  MATCH_ARM@54..67
                    IDENT_PAT@54..55
                      NAME@54..55
                        IDENT@54..55 "e"
                    WHITESPACE@55..56 " "
                    FAT_ARROW@56..58 "=>"
                    WHITESPACE@58..59 " "
                    LOOP_EXPR@59..66
                      LOOP_KW@59..63 "loop"
                      WHITESPACE@63..64 " "
                      BLOCK_EXPR@64..66
                        STMT_LIST@64..66
                          L_CURLY@64..65 "{"
                          R_CURLY@65..66 "}"
                    COMMA@66..67 ","
                  WHITESPACE@67..68 " "
                  MATCH_ARM@68..78
                    IDENT_PAT@68..69
                      NAME@68..69
                        IDENT@68..69 "f"
                    WHITESPACE@69..70 " "
                    FAT_ARROW@70..72 "=>"
                    WHITESPACE@72..73 " "
                    MACRO_EXPR@73..78
                      MACRO_CALL@73..78
                        PATH@73..74
                          PATH_SEGMENT@73..74
                            NAME_REF@73..74
                              IDENT@73..74 "m"
                        BANG@74..75 "!"
                        WHITESPACE@75..76 " "
                        TOKEN_TREE@76..78
                          L_CURLY@76..77 "{"
                          R_CURLY@77..78 "}"
                  WHITESPACE@78..79 " "
                  MATCH_ARM@79..85
                    IDENT_PAT@79..80
                      NAME@79..80
                        IDENT@79..80 "g"
                    WHITESPACE@80..81 " "
                    FAT_ARROW@81..83 "=>"
                    WHITESPACE@83..84 " "
                    PATH_EXPR@84..85
                      PATH@84..85
                        PATH_SEGMENT@84..85
                          NAME_REF@84..85
                            IDENT@84..85 "h"
                  WHITESPACE@85..86 " "
                  R_CURLY@86..87 "}"
            error 25..26: expected `,`
            error 79..80: expected `,`
        "#]],
    );
}

/// `(b)` is the next arm's pattern, not a call (the tuple pattern is the patterns area's).
/// Unlike at the start of a statement, a braced macro call is not block-like in a match arm: it
/// takes calls, and needs a comma.
#[test]
fn braced_macro_in_match_arm() {
    check_stmts(
        "match x { a => m! {} (), b => m! {} c => d }",
        expect![[r#"
        MACRO_STMTS@0..44
          MATCH_EXPR@0..44
            MATCH_KW@0..5 "match"
            WHITESPACE@5..6 " "
            PATH_EXPR@6..7
              PATH@6..7
                PATH_SEGMENT@6..7
                  NAME_REF@6..7
                    IDENT@6..7 "x"
            WHITESPACE@7..8 " "
            MATCH_ARM_LIST@8..44
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              MATCH_ARM@10..24
                IDENT_PAT@10..11
                  NAME@10..11
                    IDENT@10..11 "a"
                WHITESPACE@11..12 " "
                FAT_ARROW@12..14 "=>"
                WHITESPACE@14..15 " "
                CALL_EXPR@15..23
                  MACRO_EXPR@15..20
                    MACRO_CALL@15..20
                      PATH@15..16
                        PATH_SEGMENT@15..16
                          NAME_REF@15..16
                            IDENT@15..16 "m"
                      BANG@16..17 "!"
                      WHITESPACE@17..18 " "
                      TOKEN_TREE@18..20
                        L_CURLY@18..19 "{"
                        R_CURLY@19..20 "}"
                  WHITESPACE@20..21 " "
                  ARG_LIST@21..23
                    L_PAREN@21..22 "("
                    R_PAREN@22..23 ")"
                COMMA@23..24 ","
              WHITESPACE@24..25 " "
              MATCH_ARM@25..35
                IDENT_PAT@25..26
                  NAME@25..26
                    IDENT@25..26 "b"
                WHITESPACE@26..27 " "
                FAT_ARROW@27..29 "=>"
                WHITESPACE@29..30 " "
                MACRO_EXPR@30..35
                  MACRO_CALL@30..35
                    PATH@30..31
                      PATH_SEGMENT@30..31
                        NAME_REF@30..31
                          IDENT@30..31 "m"
                    BANG@31..32 "!"
                    WHITESPACE@32..33 " "
                    TOKEN_TREE@33..35
                      L_CURLY@33..34 "{"
                      R_CURLY@34..35 "}"
              WHITESPACE@35..36 " "
              MATCH_ARM@36..42
                IDENT_PAT@36..37
                  NAME@36..37
                    IDENT@36..37 "c"
                WHITESPACE@37..38 " "
                FAT_ARROW@38..40 "=>"
                WHITESPACE@40..41 " "
                PATH_EXPR@41..42
                  PATH@41..42
                    PATH_SEGMENT@41..42
                      NAME_REF@41..42
                        IDENT@41..42 "d"
              WHITESPACE@42..43 " "
              R_CURLY@43..44 "}"
        error 36..37: expected `,`
    "#]],
    );
}

#[test]
fn try_macro_is_an_error_from_2018() {
    check_stmts(
        "try!(x);",
        expect![[r#"
        MACRO_STMTS@0..8
          EXPR_STMT@0..8
            MACRO_EXPR@0..7
              MACRO_CALL@0..7
                PATH@0..3
                  PATH_SEGMENT@0..3
                    NAME_REF@0..3
                      IDENT@0..3 "try"
                BANG@3..4 "!"
                TOKEN_TREE@4..7
                  L_PAREN@4..5 "("
                  IDENT@5..6 "x"
                  R_PAREN@6..7 ")"
            SEMICOLON@7..8 ";"
        error 0..3: `try` is a keyword since edition 2018: use the `?` operator, or `r#try!`
    "#]],
    );
}

#[test]
fn match_arm_block_body_does_not_take_calls() {
    check_stmts(
        "match x { a => {} (b) => {} }",
        expect![[r#"
            MACRO_STMTS@0..29
              MATCH_EXPR@0..29
                MATCH_KW@0..5 "match"
                WHITESPACE@5..6 " "
                PATH_EXPR@6..7
                  PATH@6..7
                    PATH_SEGMENT@6..7
                      NAME_REF@6..7
                        IDENT@6..7 "x"
                WHITESPACE@7..8 " "
                MATCH_ARM_LIST@8..29
                  L_CURLY@8..9 "{"
                  WHITESPACE@9..10 " "
                  MATCH_ARM@10..17
                    IDENT_PAT@10..11
                      NAME@10..11
                        IDENT@10..11 "a"
                    WHITESPACE@11..12 " "
                    FAT_ARROW@12..14 "=>"
                    WHITESPACE@14..15 " "
                    BLOCK_EXPR@15..17
                      STMT_LIST@15..17
                        L_CURLY@15..16 "{"
                        R_CURLY@16..17 "}"
                  WHITESPACE@17..18 " "
                  MATCH_ARM@18..27
                    PAREN_PAT@18..21
                      L_PAREN@18..19 "("
                      IDENT_PAT@19..20
                        NAME@19..20
                          IDENT@19..20 "b"
                      R_PAREN@20..21 ")"
                    WHITESPACE@21..22 " "
                    FAT_ARROW@22..24 "=>"
                    WHITESPACE@24..25 " "
                    BLOCK_EXPR@25..27
                      STMT_LIST@25..27
                        L_CURLY@25..26 "{"
                        R_CURLY@26..27 "}"
                  WHITESPACE@27..28 " "
                  R_CURLY@28..29 "}"
        "#]],
    );
}

#[test]
fn match_inner_attributes() {
    check_stmts_ok(
        "match x { #![attr] _ => () }",
        expect![[r##"
        MACRO_STMTS@0..28
          MATCH_EXPR@0..28
            MATCH_KW@0..5 "match"
            WHITESPACE@5..6 " "
            PATH_EXPR@6..7
              PATH@6..7
                PATH_SEGMENT@6..7
                  NAME_REF@6..7
                    IDENT@6..7 "x"
            WHITESPACE@7..8 " "
            MATCH_ARM_LIST@8..28
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              ATTR@10..18
                POUND@10..11 "#"
                BANG@11..12 "!"
                L_BRACK@12..13 "["
                META@13..17
                  PATH@13..17
                    PATH_SEGMENT@13..17
                      NAME_REF@13..17
                        IDENT@13..17 "attr"
                R_BRACK@17..18 "]"
              WHITESPACE@18..19 " "
              MATCH_ARM@19..26
                WILDCARD_PAT@19..20
                  UNDERSCORE@19..20 "_"
                WHITESPACE@20..21 " "
                FAT_ARROW@21..23 "=>"
                WHITESPACE@23..24 " "
                TUPLE_EXPR@24..26
                  L_PAREN@24..25 "("
                  R_PAREN@25..26 ")"
              WHITESPACE@26..27 " "
              R_CURLY@27..28 "}"
    "##]],
    );
}

#[test]
fn match_arms_recovery() {
    check_stmts(
        "match x { _ => (),, _ => , => 1, a if => 2, ) }",
        expect![[r#"
        MACRO_STMTS@0..47
          MATCH_EXPR@0..47
            MATCH_KW@0..5 "match"
            WHITESPACE@5..6 " "
            PATH_EXPR@6..7
              PATH@6..7
                PATH_SEGMENT@6..7
                  NAME_REF@6..7
                    IDENT@6..7 "x"
            WHITESPACE@7..8 " "
            MATCH_ARM_LIST@8..47
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              MATCH_ARM@10..18
                WILDCARD_PAT@10..11
                  UNDERSCORE@10..11 "_"
                WHITESPACE@11..12 " "
                FAT_ARROW@12..14 "=>"
                WHITESPACE@14..15 " "
                TUPLE_EXPR@15..17
                  L_PAREN@15..16 "("
                  R_PAREN@16..17 ")"
                COMMA@17..18 ","
              ERROR@18..19
                COMMA@18..19 ","
              WHITESPACE@19..20 " "
              MATCH_ARM@20..26
                WILDCARD_PAT@20..21
                  UNDERSCORE@20..21 "_"
                WHITESPACE@21..22 " "
                FAT_ARROW@22..24 "=>"
                WHITESPACE@24..25 " "
                COMMA@25..26 ","
              WHITESPACE@26..27 " "
              MATCH_ARM@27..32
                FAT_ARROW@27..29 "=>"
                WHITESPACE@29..30 " "
                LITERAL@30..31
                  INT_NUMBER@30..31 "1"
                COMMA@31..32 ","
              WHITESPACE@32..33 " "
              MATCH_ARM@33..43
                IDENT_PAT@33..34
                  NAME@33..34
                    IDENT@33..34 "a"
                WHITESPACE@34..35 " "
                MATCH_GUARD@35..37
                  IF_KW@35..37 "if"
                WHITESPACE@37..38 " "
                FAT_ARROW@38..40 "=>"
                WHITESPACE@40..41 " "
                LITERAL@41..42
                  INT_NUMBER@41..42 "2"
                COMMA@42..43 ","
              WHITESPACE@43..44 " "
              ERROR@44..45
                R_PAREN@44..45 ")"
              WHITESPACE@45..46 " "
              R_CURLY@46..47 "}"
        error 18..19: expected a pattern
        error 25..26: expected an expression
        error 27..28: expected a pattern
        error 38..39: expected an expression
        error 44..45: expected a pattern
    "#]],
    );
}

#[test]
fn match_without_arms() {
    check_stmts(
        "match x; match x y",
        expect![[r#"
        MACRO_STMTS@0..18
          EXPR_STMT@0..8
            MATCH_EXPR@0..7
              MATCH_KW@0..5 "match"
              WHITESPACE@5..6 " "
              PATH_EXPR@6..7
                PATH@6..7
                  PATH_SEGMENT@6..7
                    NAME_REF@6..7
                      IDENT@6..7 "x"
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..16
            MATCH_EXPR@9..16
              MATCH_KW@9..14 "match"
              WHITESPACE@14..15 " "
              PATH_EXPR@15..16
                PATH@15..16
                  PATH_SEGMENT@15..16
                    NAME_REF@15..16
                      IDENT@15..16 "x"
          WHITESPACE@16..17 " "
          PATH_EXPR@17..18
            PATH@17..18
              PATH_SEGMENT@17..18
                NAME_REF@17..18
                  IDENT@17..18 "y"
        error 7..8: expected `{`
        error 17..18: expected `{`
    "#]],
    );
}

#[test]
fn closures() {
    check_stmts_ok(
        "|| (); |x| x; |x, y: u32,| x + y; || -> u32 { 1 }; move || x; async || {}; async move |x| x; static || {}; static move || {}; const || 1;",
        expect![[r#"
        MACRO_STMTS@0..137
          EXPR_STMT@0..6
            CLOSURE_EXPR@0..5
              PARAM_LIST@0..2
                PIPE2@0..2 "||"
              WHITESPACE@2..3 " "
              TUPLE_EXPR@3..5
                L_PAREN@3..4 "("
                R_PAREN@4..5 ")"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 " "
          EXPR_STMT@7..13
            CLOSURE_EXPR@7..12
              PARAM_LIST@7..10
                PIPE@7..8 "|"
                PARAM@8..9
                  IDENT_PAT@8..9
                    NAME@8..9
                      IDENT@8..9 "x"
                PIPE@9..10 "|"
              WHITESPACE@10..11 " "
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "x"
            SEMICOLON@12..13 ";"
          WHITESPACE@13..14 " "
          EXPR_STMT@14..33
            CLOSURE_EXPR@14..32
              PARAM_LIST@14..26
                PIPE@14..15 "|"
                PARAM@15..16
                  IDENT_PAT@15..16
                    NAME@15..16
                      IDENT@15..16 "x"
                COMMA@16..17 ","
                WHITESPACE@17..18 " "
                PARAM@18..24
                  IDENT_PAT@18..19
                    NAME@18..19
                      IDENT@18..19 "y"
                  COLON@19..20 ":"
                  WHITESPACE@20..21 " "
                  PATH_TYPE@21..24
                    PATH@21..24
                      PATH_SEGMENT@21..24
                        NAME_REF@21..24
                          IDENT@21..24 "u32"
                COMMA@24..25 ","
                PIPE@25..26 "|"
              WHITESPACE@26..27 " "
              BIN_EXPR@27..32
                PATH_EXPR@27..28
                  PATH@27..28
                    PATH_SEGMENT@27..28
                      NAME_REF@27..28
                        IDENT@27..28 "x"
                WHITESPACE@28..29 " "
                PLUS@29..30 "+"
                WHITESPACE@30..31 " "
                PATH_EXPR@31..32
                  PATH@31..32
                    PATH_SEGMENT@31..32
                      NAME_REF@31..32
                        IDENT@31..32 "y"
            SEMICOLON@32..33 ";"
          WHITESPACE@33..34 " "
          EXPR_STMT@34..50
            CLOSURE_EXPR@34..49
              PARAM_LIST@34..36
                PIPE2@34..36 "||"
              WHITESPACE@36..37 " "
              RET_TYPE@37..43
                THIN_ARROW@37..39 "->"
                WHITESPACE@39..40 " "
                PATH_TYPE@40..43
                  PATH@40..43
                    PATH_SEGMENT@40..43
                      NAME_REF@40..43
                        IDENT@40..43 "u32"
              WHITESPACE@43..44 " "
              BLOCK_EXPR@44..49
                STMT_LIST@44..49
                  L_CURLY@44..45 "{"
                  WHITESPACE@45..46 " "
                  LITERAL@46..47
                    INT_NUMBER@46..47 "1"
                  WHITESPACE@47..48 " "
                  R_CURLY@48..49 "}"
            SEMICOLON@49..50 ";"
          WHITESPACE@50..51 " "
          EXPR_STMT@51..61
            CLOSURE_EXPR@51..60
              MOVE_KW@51..55 "move"
              WHITESPACE@55..56 " "
              PARAM_LIST@56..58
                PIPE2@56..58 "||"
              WHITESPACE@58..59 " "
              PATH_EXPR@59..60
                PATH@59..60
                  PATH_SEGMENT@59..60
                    NAME_REF@59..60
                      IDENT@59..60 "x"
            SEMICOLON@60..61 ";"
          WHITESPACE@61..62 " "
          EXPR_STMT@62..74
            CLOSURE_EXPR@62..73
              ASYNC_KW@62..67 "async"
              WHITESPACE@67..68 " "
              PARAM_LIST@68..70
                PIPE2@68..70 "||"
              WHITESPACE@70..71 " "
              BLOCK_EXPR@71..73
                STMT_LIST@71..73
                  L_CURLY@71..72 "{"
                  R_CURLY@72..73 "}"
            SEMICOLON@73..74 ";"
          WHITESPACE@74..75 " "
          EXPR_STMT@75..92
            CLOSURE_EXPR@75..91
              ASYNC_KW@75..80 "async"
              WHITESPACE@80..81 " "
              MOVE_KW@81..85 "move"
              WHITESPACE@85..86 " "
              PARAM_LIST@86..89
                PIPE@86..87 "|"
                PARAM@87..88
                  IDENT_PAT@87..88
                    NAME@87..88
                      IDENT@87..88 "x"
                PIPE@88..89 "|"
              WHITESPACE@89..90 " "
              PATH_EXPR@90..91
                PATH@90..91
                  PATH_SEGMENT@90..91
                    NAME_REF@90..91
                      IDENT@90..91 "x"
            SEMICOLON@91..92 ";"
          WHITESPACE@92..93 " "
          EXPR_STMT@93..106
            CLOSURE_EXPR@93..105
              STATIC_KW@93..99 "static"
              WHITESPACE@99..100 " "
              PARAM_LIST@100..102
                PIPE2@100..102 "||"
              WHITESPACE@102..103 " "
              BLOCK_EXPR@103..105
                STMT_LIST@103..105
                  L_CURLY@103..104 "{"
                  R_CURLY@104..105 "}"
            SEMICOLON@105..106 ";"
          WHITESPACE@106..107 " "
          EXPR_STMT@107..125
            CLOSURE_EXPR@107..124
              STATIC_KW@107..113 "static"
              WHITESPACE@113..114 " "
              MOVE_KW@114..118 "move"
              WHITESPACE@118..119 " "
              PARAM_LIST@119..121
                PIPE2@119..121 "||"
              WHITESPACE@121..122 " "
              BLOCK_EXPR@122..124
                STMT_LIST@122..124
                  L_CURLY@122..123 "{"
                  R_CURLY@123..124 "}"
            SEMICOLON@124..125 ";"
          WHITESPACE@125..126 " "
          EXPR_STMT@126..137
            CLOSURE_EXPR@126..136
              CONST_KW@126..131 "const"
              WHITESPACE@131..132 " "
              PARAM_LIST@132..134
                PIPE2@132..134 "||"
              WHITESPACE@134..135 " "
              LITERAL@135..136
                INT_NUMBER@135..136 "1"
            SEMICOLON@136..137 ";"
    "#]],
    );
}

/// `for<'a>` is the generics area's `for_binder`; with the stub, the generic parameters are
/// left over.
#[test]
fn closure_with_binder() {
    check_expr(
        "for<'a> |x: &'a u8| -> u8 { *x }",
        expect![[r#"
            CLOSURE_EXPR@0..32
              FOR_BINDER@0..7
                FOR_KW@0..3 "for"
                GENERIC_PARAM_LIST@3..7
                  L_ANGLE@3..4 "<"
                  LIFETIME_PARAM@4..6
                    LIFETIME@4..6
                      LIFETIME_IDENT@4..6 "'a"
                  R_ANGLE@6..7 ">"
              WHITESPACE@7..8 " "
              PARAM_LIST@8..19
                PIPE@8..9 "|"
                PARAM@9..18
                  IDENT_PAT@9..10
                    NAME@9..10
                      IDENT@9..10 "x"
                  COLON@10..11 ":"
                  WHITESPACE@11..12 " "
                  REF_TYPE@12..18
                    AMP@12..13 "&"
                    LIFETIME@13..15
                      LIFETIME_IDENT@13..15 "'a"
                    WHITESPACE@15..16 " "
                    PATH_TYPE@16..18
                      PATH@16..18
                        PATH_SEGMENT@16..18
                          NAME_REF@16..18
                            IDENT@16..18 "u8"
                PIPE@18..19 "|"
              WHITESPACE@19..20 " "
              RET_TYPE@20..25
                THIN_ARROW@20..22 "->"
                WHITESPACE@22..23 " "
                PATH_TYPE@23..25
                  PATH@23..25
                    PATH_SEGMENT@23..25
                      NAME_REF@23..25
                        IDENT@23..25 "u8"
              WHITESPACE@25..26 " "
              BLOCK_EXPR@26..32
                STMT_LIST@26..32
                  L_CURLY@26..27 "{"
                  WHITESPACE@27..28 " "
                  PREFIX_EXPR@28..30
                    STAR@28..29 "*"
                    PATH_EXPR@29..30
                      PATH@29..30
                        PATH_SEGMENT@29..30
                          NAME_REF@29..30
                            IDENT@29..30 "x"
                  WHITESPACE@30..31 " "
                  R_CURLY@31..32 "}"
        "#]],
    );
}

#[test]
fn closure_body_takes_the_rest() {
    check_expr_ok(
        "|x| x + 1 == y",
        expect![[r#"
        CLOSURE_EXPR@0..14
          PARAM_LIST@0..3
            PIPE@0..1 "|"
            PARAM@1..2
              IDENT_PAT@1..2
                NAME@1..2
                  IDENT@1..2 "x"
            PIPE@2..3 "|"
          WHITESPACE@3..4 " "
          BIN_EXPR@4..14
            BIN_EXPR@4..9
              PATH_EXPR@4..5
                PATH@4..5
                  PATH_SEGMENT@4..5
                    NAME_REF@4..5
                      IDENT@4..5 "x"
              WHITESPACE@5..6 " "
              PLUS@6..7 "+"
              WHITESPACE@7..8 " "
              LITERAL@8..9
                INT_NUMBER@8..9 "1"
            WHITESPACE@9..10 " "
            EQ2@10..12 "=="
            WHITESPACE@12..13 " "
            PATH_EXPR@13..14
              PATH@13..14
                PATH_SEGMENT@13..14
                  NAME_REF@13..14
                    IDENT@13..14 "y"
    "#]],
    );
}

#[test]
fn closure_with_return_type_needs_a_block() {
    check_stmts(
        "|| -> u32 1;",
        expect![[r#"
        MACRO_STMTS@0..12
          EXPR_STMT@0..12
            CLOSURE_EXPR@0..11
              PARAM_LIST@0..2
                PIPE2@0..2 "||"
              WHITESPACE@2..3 " "
              RET_TYPE@3..9
                THIN_ARROW@3..5 "->"
                WHITESPACE@5..6 " "
                PATH_TYPE@6..9
                  PATH@6..9
                    PATH_SEGMENT@6..9
                      NAME_REF@6..9
                        IDENT@6..9 "u32"
              WHITESPACE@9..10 " "
              LITERAL@10..11
                INT_NUMBER@10..11 "1"
            SEMICOLON@11..12 ";"
        error 10..11: expected a block: a closure with a return type needs a block body
    "#]],
    );
}

#[test]
fn closure_with_block_body_is_called() {
    check_expr_ok(
        "|| -> u32 { 1 }()",
        expect![[r#"
        CALL_EXPR@0..17
          CLOSURE_EXPR@0..15
            PARAM_LIST@0..2
              PIPE2@0..2 "||"
            WHITESPACE@2..3 " "
            RET_TYPE@3..9
              THIN_ARROW@3..5 "->"
              WHITESPACE@5..6 " "
              PATH_TYPE@6..9
                PATH@6..9
                  PATH_SEGMENT@6..9
                    NAME_REF@6..9
                      IDENT@6..9 "u32"
            WHITESPACE@9..10 " "
            BLOCK_EXPR@10..15
              STMT_LIST@10..15
                L_CURLY@10..11 "{"
                WHITESPACE@11..12 " "
                LITERAL@12..13
                  INT_NUMBER@12..13 "1"
                WHITESPACE@13..14 " "
                R_CURLY@14..15 "}"
          ARG_LIST@15..17
            L_PAREN@15..16 "("
            R_PAREN@16..17 ")"
    "#]],
    );
}

#[test]
fn record_expressions() {
    check_stmts_ok(
        "S {}; S { a }; S { a, b: 1, }; S { a: 1, ..base }; S { .. }; S { 0: x, 1: y }; S { #[cfg(x)] a: 1 }; a::S { a }; Self { a };",
        expect![[r##"
        MACRO_STMTS@0..124
          EXPR_STMT@0..5
            RECORD_EXPR@0..4
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "S"
              WHITESPACE@1..2 " "
              RECORD_EXPR_FIELD_LIST@2..4
                L_CURLY@2..3 "{"
                R_CURLY@3..4 "}"
            SEMICOLON@4..5 ";"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..14
            RECORD_EXPR@6..13
              PATH@6..7
                PATH_SEGMENT@6..7
                  NAME_REF@6..7
                    IDENT@6..7 "S"
              WHITESPACE@7..8 " "
              RECORD_EXPR_FIELD_LIST@8..13
                L_CURLY@8..9 "{"
                WHITESPACE@9..10 " "
                RECORD_EXPR_FIELD@10..11
                  PATH_EXPR@10..11
                    PATH@10..11
                      PATH_SEGMENT@10..11
                        NAME_REF@10..11
                          IDENT@10..11 "a"
                WHITESPACE@11..12 " "
                R_CURLY@12..13 "}"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..30
            RECORD_EXPR@15..29
              PATH@15..16
                PATH_SEGMENT@15..16
                  NAME_REF@15..16
                    IDENT@15..16 "S"
              WHITESPACE@16..17 " "
              RECORD_EXPR_FIELD_LIST@17..29
                L_CURLY@17..18 "{"
                WHITESPACE@18..19 " "
                RECORD_EXPR_FIELD@19..20
                  PATH_EXPR@19..20
                    PATH@19..20
                      PATH_SEGMENT@19..20
                        NAME_REF@19..20
                          IDENT@19..20 "a"
                COMMA@20..21 ","
                WHITESPACE@21..22 " "
                RECORD_EXPR_FIELD@22..26
                  NAME_REF@22..23
                    IDENT@22..23 "b"
                  COLON@23..24 ":"
                  WHITESPACE@24..25 " "
                  LITERAL@25..26
                    INT_NUMBER@25..26 "1"
                COMMA@26..27 ","
                WHITESPACE@27..28 " "
                R_CURLY@28..29 "}"
            SEMICOLON@29..30 ";"
          WHITESPACE@30..31 " "
          EXPR_STMT@31..50
            RECORD_EXPR@31..49
              PATH@31..32
                PATH_SEGMENT@31..32
                  NAME_REF@31..32
                    IDENT@31..32 "S"
              WHITESPACE@32..33 " "
              RECORD_EXPR_FIELD_LIST@33..49
                L_CURLY@33..34 "{"
                WHITESPACE@34..35 " "
                RECORD_EXPR_FIELD@35..39
                  NAME_REF@35..36
                    IDENT@35..36 "a"
                  COLON@36..37 ":"
                  WHITESPACE@37..38 " "
                  LITERAL@38..39
                    INT_NUMBER@38..39 "1"
                COMMA@39..40 ","
                WHITESPACE@40..41 " "
                DOT2@41..43 ".."
                PATH_EXPR@43..47
                  PATH@43..47
                    PATH_SEGMENT@43..47
                      NAME_REF@43..47
                        IDENT@43..47 "base"
                WHITESPACE@47..48 " "
                R_CURLY@48..49 "}"
            SEMICOLON@49..50 ";"
          WHITESPACE@50..51 " "
          EXPR_STMT@51..60
            RECORD_EXPR@51..59
              PATH@51..52
                PATH_SEGMENT@51..52
                  NAME_REF@51..52
                    IDENT@51..52 "S"
              WHITESPACE@52..53 " "
              RECORD_EXPR_FIELD_LIST@53..59
                L_CURLY@53..54 "{"
                WHITESPACE@54..55 " "
                DOT2@55..57 ".."
                WHITESPACE@57..58 " "
                R_CURLY@58..59 "}"
            SEMICOLON@59..60 ";"
          WHITESPACE@60..61 " "
          EXPR_STMT@61..78
            RECORD_EXPR@61..77
              PATH@61..62
                PATH_SEGMENT@61..62
                  NAME_REF@61..62
                    IDENT@61..62 "S"
              WHITESPACE@62..63 " "
              RECORD_EXPR_FIELD_LIST@63..77
                L_CURLY@63..64 "{"
                WHITESPACE@64..65 " "
                RECORD_EXPR_FIELD@65..69
                  NAME_REF@65..66
                    INT_NUMBER@65..66 "0"
                  COLON@66..67 ":"
                  WHITESPACE@67..68 " "
                  PATH_EXPR@68..69
                    PATH@68..69
                      PATH_SEGMENT@68..69
                        NAME_REF@68..69
                          IDENT@68..69 "x"
                COMMA@69..70 ","
                WHITESPACE@70..71 " "
                RECORD_EXPR_FIELD@71..75
                  NAME_REF@71..72
                    INT_NUMBER@71..72 "1"
                  COLON@72..73 ":"
                  WHITESPACE@73..74 " "
                  PATH_EXPR@74..75
                    PATH@74..75
                      PATH_SEGMENT@74..75
                        NAME_REF@74..75
                          IDENT@74..75 "y"
                WHITESPACE@75..76 " "
                R_CURLY@76..77 "}"
            SEMICOLON@77..78 ";"
          WHITESPACE@78..79 " "
          EXPR_STMT@79..100
            RECORD_EXPR@79..99
              PATH@79..80
                PATH_SEGMENT@79..80
                  NAME_REF@79..80
                    IDENT@79..80 "S"
              WHITESPACE@80..81 " "
              RECORD_EXPR_FIELD_LIST@81..99
                L_CURLY@81..82 "{"
                WHITESPACE@82..83 " "
                RECORD_EXPR_FIELD@83..97
                  ATTR@83..92
                    POUND@83..84 "#"
                    L_BRACK@84..85 "["
                    META@85..91
                      PATH@85..88
                        PATH_SEGMENT@85..88
                          NAME_REF@85..88
                            IDENT@85..88 "cfg"
                      TOKEN_TREE@88..91
                        L_PAREN@88..89 "("
                        IDENT@89..90 "x"
                        R_PAREN@90..91 ")"
                    R_BRACK@91..92 "]"
                  WHITESPACE@92..93 " "
                  NAME_REF@93..94
                    IDENT@93..94 "a"
                  COLON@94..95 ":"
                  WHITESPACE@95..96 " "
                  LITERAL@96..97
                    INT_NUMBER@96..97 "1"
                WHITESPACE@97..98 " "
                R_CURLY@98..99 "}"
            SEMICOLON@99..100 ";"
          WHITESPACE@100..101 " "
          EXPR_STMT@101..112
            RECORD_EXPR@101..111
              PATH@101..105
                PATH@101..102
                  PATH_SEGMENT@101..102
                    NAME_REF@101..102
                      IDENT@101..102 "a"
                COLON2@102..104 "::"
                PATH_SEGMENT@104..105
                  NAME_REF@104..105
                    IDENT@104..105 "S"
              WHITESPACE@105..106 " "
              RECORD_EXPR_FIELD_LIST@106..111
                L_CURLY@106..107 "{"
                WHITESPACE@107..108 " "
                RECORD_EXPR_FIELD@108..109
                  PATH_EXPR@108..109
                    PATH@108..109
                      PATH_SEGMENT@108..109
                        NAME_REF@108..109
                          IDENT@108..109 "a"
                WHITESPACE@109..110 " "
                R_CURLY@110..111 "}"
            SEMICOLON@111..112 ";"
          WHITESPACE@112..113 " "
          EXPR_STMT@113..124
            RECORD_EXPR@113..123
              PATH@113..117
                PATH_SEGMENT@113..117
                  NAME_REF@113..117
                    SELF_TYPE_KW@113..117 "Self"
              WHITESPACE@117..118 " "
              RECORD_EXPR_FIELD_LIST@118..123
                L_CURLY@118..119 "{"
                WHITESPACE@119..120 " "
                RECORD_EXPR_FIELD@120..121
                  PATH_EXPR@120..121
                    PATH@120..121
                      PATH_SEGMENT@120..121
                        NAME_REF@120..121
                          IDENT@120..121 "a"
                WHITESPACE@121..122 " "
                R_CURLY@122..123 "}"
            SEMICOLON@123..124 ";"
    "##]],
    );
}

#[test]
fn record_expression_recovery() {
    check_stmts(
        "S { a = 1 }; S { 0 }; S { ..a, b }; S { a: 1 b: 2 }; S { + };",
        expect![[r#"
        MACRO_STMTS@0..61
          EXPR_STMT@0..12
            RECORD_EXPR@0..11
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "S"
              WHITESPACE@1..2 " "
              RECORD_EXPR_FIELD_LIST@2..11
                L_CURLY@2..3 "{"
                WHITESPACE@3..4 " "
                RECORD_EXPR_FIELD@4..9
                  NAME_REF@4..5
                    IDENT@4..5 "a"
                  WHITESPACE@5..6 " "
                  ERROR@6..7
                    EQ@6..7 "="
                  WHITESPACE@7..8 " "
                  LITERAL@8..9
                    INT_NUMBER@8..9 "1"
                WHITESPACE@9..10 " "
                R_CURLY@10..11 "}"
            SEMICOLON@11..12 ";"
          WHITESPACE@12..13 " "
          EXPR_STMT@13..21
            RECORD_EXPR@13..20
              PATH@13..14
                PATH_SEGMENT@13..14
                  NAME_REF@13..14
                    IDENT@13..14 "S"
              WHITESPACE@14..15 " "
              RECORD_EXPR_FIELD_LIST@15..20
                L_CURLY@15..16 "{"
                WHITESPACE@16..17 " "
                RECORD_EXPR_FIELD@17..18
                  NAME_REF@17..18
                    INT_NUMBER@17..18 "0"
                WHITESPACE@18..19 " "
                R_CURLY@19..20 "}"
            SEMICOLON@20..21 ";"
          WHITESPACE@21..22 " "
          EXPR_STMT@22..35
            RECORD_EXPR@22..34
              PATH@22..23
                PATH_SEGMENT@22..23
                  NAME_REF@22..23
                    IDENT@22..23 "S"
              WHITESPACE@23..24 " "
              RECORD_EXPR_FIELD_LIST@24..34
                L_CURLY@24..25 "{"
                WHITESPACE@25..26 " "
                DOT2@26..28 ".."
                PATH_EXPR@28..29
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "a"
                ERROR@29..30
                  COMMA@29..30 ","
                WHITESPACE@30..31 " "
                RECORD_EXPR_FIELD@31..32
                  PATH_EXPR@31..32
                    PATH@31..32
                      PATH_SEGMENT@31..32
                        NAME_REF@31..32
                          IDENT@31..32 "b"
                WHITESPACE@32..33 " "
                R_CURLY@33..34 "}"
            SEMICOLON@34..35 ";"
          WHITESPACE@35..36 " "
          EXPR_STMT@36..52
            RECORD_EXPR@36..51
              PATH@36..37
                PATH_SEGMENT@36..37
                  NAME_REF@36..37
                    IDENT@36..37 "S"
              WHITESPACE@37..38 " "
              RECORD_EXPR_FIELD_LIST@38..51
                L_CURLY@38..39 "{"
                WHITESPACE@39..40 " "
                RECORD_EXPR_FIELD@40..44
                  NAME_REF@40..41
                    IDENT@40..41 "a"
                  COLON@41..42 ":"
                  WHITESPACE@42..43 " "
                  LITERAL@43..44
                    INT_NUMBER@43..44 "1"
                WHITESPACE@44..45 " "
                RECORD_EXPR_FIELD@45..49
                  NAME_REF@45..46
                    IDENT@45..46 "b"
                  COLON@46..47 ":"
                  WHITESPACE@47..48 " "
                  LITERAL@48..49
                    INT_NUMBER@48..49 "2"
                WHITESPACE@49..50 " "
                R_CURLY@50..51 "}"
            SEMICOLON@51..52 ";"
          WHITESPACE@52..53 " "
          EXPR_STMT@53..61
            RECORD_EXPR@53..60
              PATH@53..54
                PATH_SEGMENT@53..54
                  NAME_REF@53..54
                    IDENT@53..54 "S"
              WHITESPACE@54..55 " "
              RECORD_EXPR_FIELD_LIST@55..60
                L_CURLY@55..56 "{"
                WHITESPACE@56..57 " "
                ERROR@57..58
                  PLUS@57..58 "+"
                WHITESPACE@58..59 " "
                R_CURLY@59..60 "}"
            SEMICOLON@60..61 ";"
        error 6..7: expected `:`
        error 19..20: expected `:` after a tuple field index
        error 29..30: expected `}`: the base expression comes last, without a comma after it
        error 45..46: expected `,`
        error 57..58: expected a field
    "#]],
    );
}

#[test]
fn macro_calls() {
    check_stmts_ok(
        "m!(); m![]; m! {} a::m!(1); m!{} .f(); m!() + 1;",
        expect![[r#"
        MACRO_STMTS@0..48
          EXPR_STMT@0..5
            MACRO_EXPR@0..4
              MACRO_CALL@0..4
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "m"
                BANG@1..2 "!"
                TOKEN_TREE@2..4
                  L_PAREN@2..3 "("
                  R_PAREN@3..4 ")"
            SEMICOLON@4..5 ";"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..11
            MACRO_EXPR@6..10
              MACRO_CALL@6..10
                PATH@6..7
                  PATH_SEGMENT@6..7
                    NAME_REF@6..7
                      IDENT@6..7 "m"
                BANG@7..8 "!"
                TOKEN_TREE@8..10
                  L_BRACK@8..9 "["
                  R_BRACK@9..10 "]"
            SEMICOLON@10..11 ";"
          WHITESPACE@11..12 " "
          EXPR_STMT@12..17
            MACRO_EXPR@12..17
              MACRO_CALL@12..17
                PATH@12..13
                  PATH_SEGMENT@12..13
                    NAME_REF@12..13
                      IDENT@12..13 "m"
                BANG@13..14 "!"
                WHITESPACE@14..15 " "
                TOKEN_TREE@15..17
                  L_CURLY@15..16 "{"
                  R_CURLY@16..17 "}"
          WHITESPACE@17..18 " "
          EXPR_STMT@18..27
            MACRO_EXPR@18..26
              MACRO_CALL@18..26
                PATH@18..22
                  PATH@18..19
                    PATH_SEGMENT@18..19
                      NAME_REF@18..19
                        IDENT@18..19 "a"
                  COLON2@19..21 "::"
                  PATH_SEGMENT@21..22
                    NAME_REF@21..22
                      IDENT@21..22 "m"
                BANG@22..23 "!"
                TOKEN_TREE@23..26
                  L_PAREN@23..24 "("
                  INT_NUMBER@24..25 "1"
                  R_PAREN@25..26 ")"
            SEMICOLON@26..27 ";"
          WHITESPACE@27..28 " "
          EXPR_STMT@28..38
            METHOD_CALL_EXPR@28..37
              MACRO_EXPR@28..32
                MACRO_CALL@28..32
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "m"
                  BANG@29..30 "!"
                  TOKEN_TREE@30..32
                    L_CURLY@30..31 "{"
                    R_CURLY@31..32 "}"
              WHITESPACE@32..33 " "
              DOT@33..34 "."
              NAME_REF@34..35
                IDENT@34..35 "f"
              ARG_LIST@35..37
                L_PAREN@35..36 "("
                R_PAREN@36..37 ")"
            SEMICOLON@37..38 ";"
          WHITESPACE@38..39 " "
          EXPR_STMT@39..48
            BIN_EXPR@39..47
              MACRO_EXPR@39..43
                MACRO_CALL@39..43
                  PATH@39..40
                    PATH_SEGMENT@39..40
                      NAME_REF@39..40
                        IDENT@39..40 "m"
                  BANG@40..41 "!"
                  TOKEN_TREE@41..43
                    L_PAREN@41..42 "("
                    R_PAREN@42..43 ")"
              WHITESPACE@43..44 " "
              PLUS@44..45 "+"
              WHITESPACE@45..46 " "
              LITERAL@46..47
                INT_NUMBER@46..47 "1"
            SEMICOLON@47..48 ";"
    "#]],
    );
}

#[test]
fn macro_call_without_delimiters() {
    check_stmts(
        "m!;",
        expect![[r#"
        MACRO_STMTS@0..3
          EXPR_STMT@0..3
            MACRO_EXPR@0..2
              MACRO_CALL@0..2
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "m"
                BANG@1..2 "!"
            SEMICOLON@2..3 ";"
        error 2..3: expected `(`, `[` or `{`
    "#]],
    );
}

#[test]
fn not_equal_is_not_a_macro_call() {
    check_expr_ok(
        "a != b",
        expect![[r#"
        BIN_EXPR@0..6
          PATH_EXPR@0..1
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "a"
          WHITESPACE@1..2 " "
          NEQ@2..4 "!="
          WHITESPACE@4..5 " "
          PATH_EXPR@5..6
            PATH@5..6
              PATH_SEGMENT@5..6
                NAME_REF@5..6
                  IDENT@5..6 "b"
    "#]],
    );
}

#[test]
fn builtin_offset_of() {
    check_expr_ok(
        "builtin # offset_of(Foo, a.b.0)",
        expect![[r##"
        OFFSET_OF_EXPR@0..31
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          OFFSET_OF_KW@10..19 "offset_of"
          L_PAREN@19..20 "("
          PATH_TYPE@20..23
            PATH@20..23
              PATH_SEGMENT@20..23
                NAME_REF@20..23
                  IDENT@20..23 "Foo"
          COMMA@23..24 ","
          WHITESPACE@24..25 " "
          NAME_REF@25..26
            IDENT@25..26 "a"
          DOT@26..27 "."
          NAME_REF@27..28
            IDENT@27..28 "b"
          DOT@28..29 "."
          NAME_REF@29..30
            INT_NUMBER@29..30 "0"
          R_PAREN@30..31 ")"
    "##]],
    );
}

#[test]
fn builtin_format_args() {
    check_expr_ok(
        r#"builtin # format_args("{} {x} {type}", a, x = 1, type = 2,)"#,
        expect![[r##"
        FORMAT_ARGS_EXPR@0..59
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          FORMAT_ARGS_KW@10..21 "format_args"
          L_PAREN@21..22 "("
          LITERAL@22..37
            STRING@22..37 "\"{} {x} {type}\""
          COMMA@37..38 ","
          WHITESPACE@38..39 " "
          FORMAT_ARGS_ARG@39..40
            PATH_EXPR@39..40
              PATH@39..40
                PATH_SEGMENT@39..40
                  NAME_REF@39..40
                    IDENT@39..40 "a"
          COMMA@40..41 ","
          WHITESPACE@41..42 " "
          FORMAT_ARGS_ARG@42..47
            NAME@42..43
              IDENT@42..43 "x"
            WHITESPACE@43..44 " "
            EQ@44..45 "="
            WHITESPACE@45..46 " "
            LITERAL@46..47
              INT_NUMBER@46..47 "1"
          COMMA@47..48 ","
          WHITESPACE@48..49 " "
          FORMAT_ARGS_ARG@49..57
            NAME@49..53
              IDENT@49..53 "type"
            WHITESPACE@53..54 " "
            EQ@54..55 "="
            WHITESPACE@55..56 " "
            LITERAL@56..57
              INT_NUMBER@56..57 "2"
          COMMA@57..58 ","
          R_PAREN@58..59 ")"
    "##]],
    );
}

#[test]
fn builtin_asm() {
    check_stmts_ok(
        r#"builtin # asm("nop", options(nomem)); builtin # global_asm(""); builtin # naked_asm("");"#,
        expect![[r##"
            MACRO_STMTS@0..88
              EXPR_STMT@0..37
                ASM_EXPR@0..36
                  BUILTIN_KW@0..7 "builtin"
                  WHITESPACE@7..8 " "
                  POUND@8..9 "#"
                  WHITESPACE@9..10 " "
                  ASM_KW@10..13 "asm"
                  L_PAREN@13..14 "("
                  LITERAL@14..19
                    STRING@14..19 "\"nop\""
                  COMMA@19..20 ","
                  WHITESPACE@20..21 " "
                  ASM_OPTIONS@21..35
                    OPTIONS_KW@21..28 "options"
                    L_PAREN@28..29 "("
                    ASM_OPTION@29..34
                      NOMEM_KW@29..34 "nomem"
                    R_PAREN@34..35 ")"
                  R_PAREN@35..36 ")"
                SEMICOLON@36..37 ";"
              WHITESPACE@37..38 " "
              ASM_EXPR@38..62
                BUILTIN_KW@38..45 "builtin"
                WHITESPACE@45..46 " "
                POUND@46..47 "#"
                WHITESPACE@47..48 " "
                GLOBAL_ASM_KW@48..58 "global_asm"
                L_PAREN@58..59 "("
                LITERAL@59..61
                  STRING@59..61 "\"\""
                R_PAREN@61..62 ")"
              SEMICOLON@62..63 ";"
              WHITESPACE@63..64 " "
              EXPR_STMT@64..88
                ASM_EXPR@64..87
                  BUILTIN_KW@64..71 "builtin"
                  WHITESPACE@71..72 " "
                  POUND@72..73 "#"
                  WHITESPACE@73..74 " "
                  NAKED_ASM_KW@74..83 "naked_asm"
                  L_PAREN@83..84 "("
                  LITERAL@84..86
                    STRING@84..86 "\"\""
                  R_PAREN@86..87 ")"
                SEMICOLON@87..88 ";"
        "##]],
    );
}

#[test]
fn builtin_asm_operands() {
    check_ok(
        r#"fn f() { builtin # asm("a {x}", "b", x = inout(reg) x => y, in("eax") 1, out(reg) _, lateout(reg) z, inlateout(reg) w, const 5, sym a::f, sym (g), label {}, fn = const 0, clobber_abi("C", "system"), options(nostack, pure,), #[cfg(x)] options(raw),); }"#,
        expect![[r##"
            SOURCE_FILE@0..251
              FN@0..251
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..251
                  STMT_LIST@7..251
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    EXPR_STMT@9..249
                      ASM_EXPR@9..248
                        BUILTIN_KW@9..16 "builtin"
                        WHITESPACE@16..17 " "
                        POUND@17..18 "#"
                        WHITESPACE@18..19 " "
                        ASM_KW@19..22 "asm"
                        L_PAREN@22..23 "("
                        LITERAL@23..30
                          STRING@23..30 "\"a {x}\""
                        COMMA@30..31 ","
                        WHITESPACE@31..32 " "
                        LITERAL@32..35
                          STRING@32..35 "\"b\""
                        COMMA@35..36 ","
                        WHITESPACE@36..37 " "
                        ASM_OPERAND_NAMED@37..58
                          NAME@37..38
                            IDENT@37..38 "x"
                          WHITESPACE@38..39 " "
                          EQ@39..40 "="
                          WHITESPACE@40..41 " "
                          ASM_REG_OPERAND@41..58
                            ASM_DIR_SPEC@41..46
                              INOUT_KW@41..46 "inout"
                            L_PAREN@46..47 "("
                            ASM_REG_SPEC@47..50
                              NAME_REF@47..50
                                IDENT@47..50 "reg"
                            R_PAREN@50..51 ")"
                            WHITESPACE@51..52 " "
                            ASM_OPERAND_EXPR@52..58
                              PATH_EXPR@52..53
                                PATH@52..53
                                  PATH_SEGMENT@52..53
                                    NAME_REF@52..53
                                      IDENT@52..53 "x"
                              WHITESPACE@53..54 " "
                              FAT_ARROW@54..56 "=>"
                              WHITESPACE@56..57 " "
                              PATH_EXPR@57..58
                                PATH@57..58
                                  PATH_SEGMENT@57..58
                                    NAME_REF@57..58
                                      IDENT@57..58 "y"
                        COMMA@58..59 ","
                        WHITESPACE@59..60 " "
                        ASM_OPERAND_NAMED@60..71
                          ASM_REG_OPERAND@60..71
                            ASM_DIR_SPEC@60..62
                              IN_KW@60..62 "in"
                            L_PAREN@62..63 "("
                            ASM_REG_SPEC@63..68
                              STRING@63..68 "\"eax\""
                            R_PAREN@68..69 ")"
                            WHITESPACE@69..70 " "
                            ASM_OPERAND_EXPR@70..71
                              LITERAL@70..71
                                INT_NUMBER@70..71 "1"
                        COMMA@71..72 ","
                        WHITESPACE@72..73 " "
                        ASM_OPERAND_NAMED@73..83
                          ASM_REG_OPERAND@73..83
                            ASM_DIR_SPEC@73..76
                              OUT_KW@73..76 "out"
                            L_PAREN@76..77 "("
                            ASM_REG_SPEC@77..80
                              NAME_REF@77..80
                                IDENT@77..80 "reg"
                            R_PAREN@80..81 ")"
                            WHITESPACE@81..82 " "
                            ASM_OPERAND_EXPR@82..83
                              UNDERSCORE_EXPR@82..83
                                UNDERSCORE@82..83 "_"
                        COMMA@83..84 ","
                        WHITESPACE@84..85 " "
                        ASM_OPERAND_NAMED@85..99
                          ASM_REG_OPERAND@85..99
                            ASM_DIR_SPEC@85..92
                              LATEOUT_KW@85..92 "lateout"
                            L_PAREN@92..93 "("
                            ASM_REG_SPEC@93..96
                              NAME_REF@93..96
                                IDENT@93..96 "reg"
                            R_PAREN@96..97 ")"
                            WHITESPACE@97..98 " "
                            ASM_OPERAND_EXPR@98..99
                              PATH_EXPR@98..99
                                PATH@98..99
                                  PATH_SEGMENT@98..99
                                    NAME_REF@98..99
                                      IDENT@98..99 "z"
                        COMMA@99..100 ","
                        WHITESPACE@100..101 " "
                        ASM_OPERAND_NAMED@101..117
                          ASM_REG_OPERAND@101..117
                            ASM_DIR_SPEC@101..110
                              INLATEOUT_KW@101..110 "inlateout"
                            L_PAREN@110..111 "("
                            ASM_REG_SPEC@111..114
                              NAME_REF@111..114
                                IDENT@111..114 "reg"
                            R_PAREN@114..115 ")"
                            WHITESPACE@115..116 " "
                            ASM_OPERAND_EXPR@116..117
                              PATH_EXPR@116..117
                                PATH@116..117
                                  PATH_SEGMENT@116..117
                                    NAME_REF@116..117
                                      IDENT@116..117 "w"
                        COMMA@117..118 ","
                        WHITESPACE@118..119 " "
                        ASM_OPERAND_NAMED@119..126
                          ASM_CONST@119..126
                            CONST_KW@119..124 "const"
                            WHITESPACE@124..125 " "
                            LITERAL@125..126
                              INT_NUMBER@125..126 "5"
                        COMMA@126..127 ","
                        WHITESPACE@127..128 " "
                        ASM_OPERAND_NAMED@128..136
                          ASM_SYM@128..136
                            SYM_KW@128..131 "sym"
                            WHITESPACE@131..132 " "
                            PATH@132..136
                              PATH@132..133
                                PATH_SEGMENT@132..133
                                  NAME_REF@132..133
                                    IDENT@132..133 "a"
                              COLON2@133..135 "::"
                              PATH_SEGMENT@135..136
                                NAME_REF@135..136
                                  IDENT@135..136 "f"
                        COMMA@136..137 ","
                        WHITESPACE@137..138 " "
                        ASM_OPERAND_NAMED@138..145
                          ASM_SYM@138..145
                            SYM_KW@138..141 "sym"
                            WHITESPACE@141..142 " "
                            L_PAREN@142..143 "("
                            PATH@143..144
                              PATH_SEGMENT@143..144
                                NAME_REF@143..144
                                  IDENT@143..144 "g"
                            R_PAREN@144..145 ")"
                        COMMA@145..146 ","
                        WHITESPACE@146..147 " "
                        ASM_OPERAND_NAMED@147..155
                          ASM_LABEL@147..155
                            LABEL_KW@147..152 "label"
                            WHITESPACE@152..153 " "
                            BLOCK_EXPR@153..155
                              STMT_LIST@153..155
                                L_CURLY@153..154 "{"
                                R_CURLY@154..155 "}"
                        COMMA@155..156 ","
                        WHITESPACE@156..157 " "
                        ASM_OPERAND_NAMED@157..169
                          NAME@157..159
                            IDENT@157..159 "fn"
                          WHITESPACE@159..160 " "
                          EQ@160..161 "="
                          WHITESPACE@161..162 " "
                          ASM_CONST@162..169
                            CONST_KW@162..167 "const"
                            WHITESPACE@167..168 " "
                            LITERAL@168..169
                              INT_NUMBER@168..169 "0"
                        COMMA@169..170 ","
                        WHITESPACE@170..171 " "
                        ASM_CLOBBER_ABI@171..197
                          CLOBBER_ABI_KW@171..182 "clobber_abi"
                          L_PAREN@182..183 "("
                          STRING@183..186 "\"C\""
                          COMMA@186..187 ","
                          WHITESPACE@187..188 " "
                          STRING@188..196 "\"system\""
                          R_PAREN@196..197 ")"
                        COMMA@197..198 ","
                        WHITESPACE@198..199 " "
                        ASM_OPTIONS@199..222
                          OPTIONS_KW@199..206 "options"
                          L_PAREN@206..207 "("
                          ASM_OPTION@207..214
                            NOSTACK_KW@207..214 "nostack"
                          COMMA@214..215 ","
                          WHITESPACE@215..216 " "
                          ASM_OPTION@216..220
                            PURE_KW@216..220 "pure"
                          COMMA@220..221 ","
                          R_PAREN@221..222 ")"
                        COMMA@222..223 ","
                        WHITESPACE@223..224 " "
                        ASM_OPTIONS@224..246
                          ATTR@224..233
                            POUND@224..225 "#"
                            L_BRACK@225..226 "["
                            META@226..232
                              PATH@226..229
                                PATH_SEGMENT@226..229
                                  NAME_REF@226..229
                                    IDENT@226..229 "cfg"
                              TOKEN_TREE@229..232
                                L_PAREN@229..230 "("
                                IDENT@230..231 "x"
                                R_PAREN@231..232 ")"
                            R_BRACK@232..233 "]"
                          WHITESPACE@233..234 " "
                          OPTIONS_KW@234..241 "options"
                          L_PAREN@241..242 "("
                          ASM_OPTION@242..245
                            RAW_KW@242..245 "raw"
                          R_PAREN@245..246 ")"
                        COMMA@246..247 ","
                        R_PAREN@247..248 ")"
                      SEMICOLON@248..249 ";"
                    WHITESPACE@249..250 " "
                    R_CURLY@250..251 "}"
        "##]],
    );
}

#[test]
fn builtin_asm_errors() {
    check_stmts(
        r#"builtin # asm("", in(reg) x, "late template", options(bogus), clobber_abi(1), out() y); builtin # asm();"#,
        expect![[r##"
            MACRO_STMTS@0..104
              EXPR_STMT@0..87
                ASM_EXPR@0..86
                  BUILTIN_KW@0..7 "builtin"
                  WHITESPACE@7..8 " "
                  POUND@8..9 "#"
                  WHITESPACE@9..10 " "
                  ASM_KW@10..13 "asm"
                  L_PAREN@13..14 "("
                  LITERAL@14..16
                    STRING@14..16 "\"\""
                  COMMA@16..17 ","
                  WHITESPACE@17..18 " "
                  ASM_OPERAND_NAMED@18..27
                    ASM_REG_OPERAND@18..27
                      ASM_DIR_SPEC@18..20
                        IN_KW@18..20 "in"
                      L_PAREN@20..21 "("
                      ASM_REG_SPEC@21..24
                        NAME_REF@21..24
                          IDENT@21..24 "reg"
                      R_PAREN@24..25 ")"
                      WHITESPACE@25..26 " "
                      ASM_OPERAND_EXPR@26..27
                        PATH_EXPR@26..27
                          PATH@26..27
                            PATH_SEGMENT@26..27
                              NAME_REF@26..27
                                IDENT@26..27 "x"
                  COMMA@27..28 ","
                  WHITESPACE@28..29 " "
                  ASM_OPERAND_NAMED@29..44
                    ERROR@29..44
                      STRING@29..44 "\"late template\""
                  COMMA@44..45 ","
                  WHITESPACE@45..46 " "
                  ASM_OPTIONS@46..60
                    OPTIONS_KW@46..53 "options"
                    L_PAREN@53..54 "("
                    ERROR@54..59
                      IDENT@54..59 "bogus"
                    R_PAREN@59..60 ")"
                  COMMA@60..61 ","
                  WHITESPACE@61..62 " "
                  ASM_CLOBBER_ABI@62..76
                    CLOBBER_ABI_KW@62..73 "clobber_abi"
                    L_PAREN@73..74 "("
                    ERROR@74..75
                      INT_NUMBER@74..75 "1"
                    R_PAREN@75..76 ")"
                  COMMA@76..77 ","
                  WHITESPACE@77..78 " "
                  ASM_OPERAND_NAMED@78..85
                    ASM_REG_OPERAND@78..85
                      ASM_DIR_SPEC@78..81
                        OUT_KW@78..81 "out"
                      L_PAREN@81..82 "("
                      ASM_REG_SPEC@82..82
                      R_PAREN@82..83 ")"
                      WHITESPACE@83..84 " "
                      ASM_OPERAND_EXPR@84..85
                        PATH_EXPR@84..85
                          PATH@84..85
                            PATH_SEGMENT@84..85
                              NAME_REF@84..85
                                IDENT@84..85 "y"
                  R_PAREN@85..86 ")"
                SEMICOLON@86..87 ";"
              WHITESPACE@87..88 " "
              EXPR_STMT@88..104
                ASM_EXPR@88..103
                  BUILTIN_KW@88..95 "builtin"
                  WHITESPACE@95..96 " "
                  POUND@96..97 "#"
                  WHITESPACE@97..98 " "
                  ASM_KW@98..101 "asm"
                  L_PAREN@101..102 "("
                  R_PAREN@102..103 ")"
                SEMICOLON@103..104 ";"
            error 29..44: expected an asm operand
            error 54..59: expected an asm option
            error 74..75: expected an ABI string
            error 82..83: expected a register class or an explicit register
            error 102..103: expected an asm template
        "##]],
    );
}

#[test]
fn builtin_global_asm_is_an_item() {
    check_ok(
        r#"#[cfg(x)] builtin # global_asm("", options(att_syntax)) fn f() { builtin # global_asm(""); }"#,
        expect![[r##"
            SOURCE_FILE@0..92
              ASM_EXPR@0..55
                ATTR@0..9
                  POUND@0..1 "#"
                  L_BRACK@1..2 "["
                  META@2..8
                    PATH@2..5
                      PATH_SEGMENT@2..5
                        NAME_REF@2..5
                          IDENT@2..5 "cfg"
                    TOKEN_TREE@5..8
                      L_PAREN@5..6 "("
                      IDENT@6..7 "x"
                      R_PAREN@7..8 ")"
                  R_BRACK@8..9 "]"
                WHITESPACE@9..10 " "
                BUILTIN_KW@10..17 "builtin"
                WHITESPACE@17..18 " "
                POUND@18..19 "#"
                WHITESPACE@19..20 " "
                GLOBAL_ASM_KW@20..30 "global_asm"
                L_PAREN@30..31 "("
                LITERAL@31..33
                  STRING@31..33 "\"\""
                COMMA@33..34 ","
                WHITESPACE@34..35 " "
                ASM_OPTIONS@35..54
                  OPTIONS_KW@35..42 "options"
                  L_PAREN@42..43 "("
                  ASM_OPTION@43..53
                    ATT_SYNTAX_KW@43..53 "att_syntax"
                  R_PAREN@53..54 ")"
                R_PAREN@54..55 ")"
              WHITESPACE@55..56 " "
              FN@56..92
                FN_KW@56..58 "fn"
                WHITESPACE@58..59 " "
                NAME@59..60
                  IDENT@59..60 "f"
                PARAM_LIST@60..62
                  L_PAREN@60..61 "("
                  R_PAREN@61..62 ")"
                WHITESPACE@62..63 " "
                BLOCK_EXPR@63..92
                  STMT_LIST@63..92
                    L_CURLY@63..64 "{"
                    WHITESPACE@64..65 " "
                    ASM_EXPR@65..89
                      BUILTIN_KW@65..72 "builtin"
                      WHITESPACE@72..73 " "
                      POUND@73..74 "#"
                      WHITESPACE@74..75 " "
                      GLOBAL_ASM_KW@75..85 "global_asm"
                      L_PAREN@85..86 "("
                      LITERAL@86..88
                        STRING@86..88 "\"\""
                      R_PAREN@88..89 ")"
                    SEMICOLON@89..90 ";"
                    WHITESPACE@90..91 " "
                    R_CURLY@91..92 "}"
        "##]],
    );
}

#[test]
fn builtin_include_bytes() {
    check_expr_ok(
        "builtin # include_bytes",
        expect![[r##"
        INCLUDE_BYTES_EXPR@0..23
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          INCLUDE_BYTES_KW@10..23 "include_bytes"
    "##]],
    );
}

#[test]
fn builtin_offset_of_parenthesized_fields() {
    check_expr(
        "builtin # offset_of(Foo, (a.b.0))",
        expect![[r##"
        OFFSET_OF_EXPR@0..33
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          OFFSET_OF_KW@10..19 "offset_of"
          L_PAREN@19..20 "("
          PATH_TYPE@20..23
            PATH@20..23
              PATH_SEGMENT@20..23
                NAME_REF@20..23
                  IDENT@20..23 "Foo"
          COMMA@23..24 ","
          WHITESPACE@24..25 " "
          ERROR@25..32
            TOKEN_TREE@25..32
              L_PAREN@25..26 "("
              IDENT@26..27 "a"
              DOT@27..28 "."
              IDENT@28..29 "b"
              DOT@29..30 "."
              INT_NUMBER@30..31 "0"
              R_PAREN@31..32 ")"
          R_PAREN@32..33 ")"
        error 25..26: expected a field name: `offset_of` takes no expression
    "##]],
    );
}

#[test]
fn field_names_may_be_path_keywords() {
    check_expr_ok(
        "(x.self, x.Self, x.super, x.crate.f, x.self())",
        expect![[r#"
        TUPLE_EXPR@0..46
          L_PAREN@0..1 "("
          FIELD_EXPR@1..7
            PATH_EXPR@1..2
              PATH@1..2
                PATH_SEGMENT@1..2
                  NAME_REF@1..2
                    IDENT@1..2 "x"
            DOT@2..3 "."
            NAME_REF@3..7
              SELF_KW@3..7 "self"
          COMMA@7..8 ","
          WHITESPACE@8..9 " "
          FIELD_EXPR@9..15
            PATH_EXPR@9..10
              PATH@9..10
                PATH_SEGMENT@9..10
                  NAME_REF@9..10
                    IDENT@9..10 "x"
            DOT@10..11 "."
            NAME_REF@11..15
              SELF_TYPE_KW@11..15 "Self"
          COMMA@15..16 ","
          WHITESPACE@16..17 " "
          FIELD_EXPR@17..24
            PATH_EXPR@17..18
              PATH@17..18
                PATH_SEGMENT@17..18
                  NAME_REF@17..18
                    IDENT@17..18 "x"
            DOT@18..19 "."
            NAME_REF@19..24
              SUPER_KW@19..24 "super"
          COMMA@24..25 ","
          WHITESPACE@25..26 " "
          FIELD_EXPR@26..35
            FIELD_EXPR@26..33
              PATH_EXPR@26..27
                PATH@26..27
                  PATH_SEGMENT@26..27
                    NAME_REF@26..27
                      IDENT@26..27 "x"
              DOT@27..28 "."
              NAME_REF@28..33
                CRATE_KW@28..33 "crate"
            DOT@33..34 "."
            NAME_REF@34..35
              IDENT@34..35 "f"
          COMMA@35..36 ","
          WHITESPACE@36..37 " "
          METHOD_CALL_EXPR@37..45
            PATH_EXPR@37..38
              PATH@37..38
                PATH_SEGMENT@37..38
                  NAME_REF@37..38
                    IDENT@37..38 "x"
            DOT@38..39 "."
            NAME_REF@39..43
              SELF_KW@39..43 "self"
            ARG_LIST@43..45
              L_PAREN@43..44 "("
              R_PAREN@44..45 ")"
          R_PAREN@45..46 ")"
    "#]],
    );
    check_expr(
        "x.fn",
        expect![[r#"
        ERROR@0..4
          FIELD_EXPR@0..2
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "x"
            DOT@1..2 "."
          ERROR@2..4
            FN_KW@2..4 "fn"
        error 2..4: expected a field name, a method call or `await`
        error 2..4: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn builtin_type_ascribe() {
    check_expr_ok(
        "builtin # type_ascribe(x, u32)",
        expect![[r##"
        TYPE_ASCRIPTION_EXPR@0..30
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          IDENT@10..22 "type_ascribe"
          L_PAREN@22..23 "("
          PATH_EXPR@23..24
            PATH@23..24
              PATH_SEGMENT@23..24
                NAME_REF@23..24
                  IDENT@23..24 "x"
          COMMA@24..25 ","
          WHITESPACE@25..26 " "
          PATH_TYPE@26..29
            PATH@26..29
              PATH_SEGMENT@26..29
                NAME_REF@26..29
                  IDENT@26..29 "u32"
          R_PAREN@29..30 ")"
    "##]],
    );
}

#[test]
fn builtin_unknown() {
    check_stmts(
        "builtin # 1;",
        expect![[r##"
        MACRO_STMTS@0..12
          EXPR_STMT@0..9
            ERROR@0..9
              BUILTIN_KW@0..7 "builtin"
              WHITESPACE@7..8 " "
              POUND@8..9 "#"
          WHITESPACE@9..10 " "
          EXPR_STMT@10..12
            LITERAL@10..11
              INT_NUMBER@10..11 "1"
            SEMICOLON@11..12 ";"
        error 10..11: expected `offset_of`, `format_args`, `asm` or `type_ascribe` after `builtin #`
        error 10..11: expected `;`
    "##]],
    );
}

#[test]
fn calls_and_method_calls() {
    check_stmts_ok(
        "f(); f(1, 2,); f(a)(b); x.f(); x.f(1).g(); x.0.f(); x.f()?; f(#[attr] 1);",
        expect![[r##"
        MACRO_STMTS@0..73
          EXPR_STMT@0..4
            CALL_EXPR@0..3
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "f"
              ARG_LIST@1..3
                L_PAREN@1..2 "("
                R_PAREN@2..3 ")"
            SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          EXPR_STMT@5..14
            CALL_EXPR@5..13
              PATH_EXPR@5..6
                PATH@5..6
                  PATH_SEGMENT@5..6
                    NAME_REF@5..6
                      IDENT@5..6 "f"
              ARG_LIST@6..13
                L_PAREN@6..7 "("
                LITERAL@7..8
                  INT_NUMBER@7..8 "1"
                COMMA@8..9 ","
                WHITESPACE@9..10 " "
                LITERAL@10..11
                  INT_NUMBER@10..11 "2"
                COMMA@11..12 ","
                R_PAREN@12..13 ")"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..23
            CALL_EXPR@15..22
              CALL_EXPR@15..19
                PATH_EXPR@15..16
                  PATH@15..16
                    PATH_SEGMENT@15..16
                      NAME_REF@15..16
                        IDENT@15..16 "f"
                ARG_LIST@16..19
                  L_PAREN@16..17 "("
                  PATH_EXPR@17..18
                    PATH@17..18
                      PATH_SEGMENT@17..18
                        NAME_REF@17..18
                          IDENT@17..18 "a"
                  R_PAREN@18..19 ")"
              ARG_LIST@19..22
                L_PAREN@19..20 "("
                PATH_EXPR@20..21
                  PATH@20..21
                    PATH_SEGMENT@20..21
                      NAME_REF@20..21
                        IDENT@20..21 "b"
                R_PAREN@21..22 ")"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..30
            METHOD_CALL_EXPR@24..29
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "x"
              DOT@25..26 "."
              NAME_REF@26..27
                IDENT@26..27 "f"
              ARG_LIST@27..29
                L_PAREN@27..28 "("
                R_PAREN@28..29 ")"
            SEMICOLON@29..30 ";"
          WHITESPACE@30..31 " "
          EXPR_STMT@31..42
            METHOD_CALL_EXPR@31..41
              METHOD_CALL_EXPR@31..37
                PATH_EXPR@31..32
                  PATH@31..32
                    PATH_SEGMENT@31..32
                      NAME_REF@31..32
                        IDENT@31..32 "x"
                DOT@32..33 "."
                NAME_REF@33..34
                  IDENT@33..34 "f"
                ARG_LIST@34..37
                  L_PAREN@34..35 "("
                  LITERAL@35..36
                    INT_NUMBER@35..36 "1"
                  R_PAREN@36..37 ")"
              DOT@37..38 "."
              NAME_REF@38..39
                IDENT@38..39 "g"
              ARG_LIST@39..41
                L_PAREN@39..40 "("
                R_PAREN@40..41 ")"
            SEMICOLON@41..42 ";"
          WHITESPACE@42..43 " "
          EXPR_STMT@43..51
            METHOD_CALL_EXPR@43..50
              FIELD_EXPR@43..46
                PATH_EXPR@43..44
                  PATH@43..44
                    PATH_SEGMENT@43..44
                      NAME_REF@43..44
                        IDENT@43..44 "x"
                DOT@44..45 "."
                NAME_REF@45..46
                  INT_NUMBER@45..46 "0"
              DOT@46..47 "."
              NAME_REF@47..48
                IDENT@47..48 "f"
              ARG_LIST@48..50
                L_PAREN@48..49 "("
                R_PAREN@49..50 ")"
            SEMICOLON@50..51 ";"
          WHITESPACE@51..52 " "
          EXPR_STMT@52..59
            TRY_EXPR@52..58
              METHOD_CALL_EXPR@52..57
                PATH_EXPR@52..53
                  PATH@52..53
                    PATH_SEGMENT@52..53
                      NAME_REF@52..53
                        IDENT@52..53 "x"
                DOT@53..54 "."
                NAME_REF@54..55
                  IDENT@54..55 "f"
                ARG_LIST@55..57
                  L_PAREN@55..56 "("
                  R_PAREN@56..57 ")"
              QUESTION@57..58 "?"
            SEMICOLON@58..59 ";"
          WHITESPACE@59..60 " "
          EXPR_STMT@60..73
            CALL_EXPR@60..72
              PATH_EXPR@60..61
                PATH@60..61
                  PATH_SEGMENT@60..61
                    NAME_REF@60..61
                      IDENT@60..61 "f"
              ARG_LIST@61..72
                L_PAREN@61..62 "("
                LITERAL@62..71
                  ATTR@62..69
                    POUND@62..63 "#"
                    L_BRACK@63..64 "["
                    META@64..68
                      PATH@64..68
                        PATH_SEGMENT@64..68
                          NAME_REF@64..68
                            IDENT@64..68 "attr"
                    R_BRACK@68..69 "]"
                  WHITESPACE@69..70 " "
                  INT_NUMBER@70..71 "1"
                R_PAREN@71..72 ")"
            SEMICOLON@72..73 ";"
    "##]],
    );
}

/// The generic arguments are the generic-args area's; with the stub, `::` is left over.
#[test]
fn method_call_with_turbofish() {
    check_expr(
        "x.f::<u32>(a)",
        expect![[r#"
            METHOD_CALL_EXPR@0..13
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT@1..2 "."
              NAME_REF@2..3
                IDENT@2..3 "f"
              GENERIC_ARG_LIST@3..10
                COLON2@3..5 "::"
                L_ANGLE@5..6 "<"
                TYPE_ARG@6..9
                  PATH_TYPE@6..9
                    PATH@6..9
                      PATH_SEGMENT@6..9
                        NAME_REF@6..9
                          IDENT@6..9 "u32"
                R_ANGLE@9..10 ">"
              ARG_LIST@10..13
                L_PAREN@10..11 "("
                PATH_EXPR@11..12
                  PATH@11..12
                    PATH_SEGMENT@11..12
                      NAME_REF@11..12
                        IDENT@11..12 "a"
                R_PAREN@12..13 ")"
        "#]],
    );
}

#[test]
fn field_expressions() {
    check_stmts_ok(
        "x.a; x.0; x.a.b; x.0.a; x.0.1; x.0.1.2; x.0. 1;",
        expect![[r#"
        MACRO_STMTS@0..47
          EXPR_STMT@0..4
            FIELD_EXPR@0..3
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT@1..2 "."
              NAME_REF@2..3
                IDENT@2..3 "a"
            SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          EXPR_STMT@5..9
            FIELD_EXPR@5..8
              PATH_EXPR@5..6
                PATH@5..6
                  PATH_SEGMENT@5..6
                    NAME_REF@5..6
                      IDENT@5..6 "x"
              DOT@6..7 "."
              NAME_REF@7..8
                INT_NUMBER@7..8 "0"
            SEMICOLON@8..9 ";"
          WHITESPACE@9..10 " "
          EXPR_STMT@10..16
            FIELD_EXPR@10..15
              FIELD_EXPR@10..13
                PATH_EXPR@10..11
                  PATH@10..11
                    PATH_SEGMENT@10..11
                      NAME_REF@10..11
                        IDENT@10..11 "x"
                DOT@11..12 "."
                NAME_REF@12..13
                  IDENT@12..13 "a"
              DOT@13..14 "."
              NAME_REF@14..15
                IDENT@14..15 "b"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 " "
          EXPR_STMT@17..23
            FIELD_EXPR@17..22
              FIELD_EXPR@17..20
                PATH_EXPR@17..18
                  PATH@17..18
                    PATH_SEGMENT@17..18
                      NAME_REF@17..18
                        IDENT@17..18 "x"
                DOT@18..19 "."
                NAME_REF@19..20
                  INT_NUMBER@19..20 "0"
              DOT@20..21 "."
              NAME_REF@21..22
                IDENT@21..22 "a"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..30
            FIELD_EXPR@24..29
              FIELD_EXPR@24..27
                PATH_EXPR@24..25
                  PATH@24..25
                    PATH_SEGMENT@24..25
                      NAME_REF@24..25
                        IDENT@24..25 "x"
                DOT@25..26 "."
                NAME_REF@26..27
                  INT_NUMBER@26..27 "0"
              DOT@27..28 "."
              NAME_REF@28..29
                INT_NUMBER@28..29 "1"
            SEMICOLON@29..30 ";"
          WHITESPACE@30..31 " "
          EXPR_STMT@31..39
            FIELD_EXPR@31..38
              FIELD_EXPR@31..36
                FIELD_EXPR@31..34
                  PATH_EXPR@31..32
                    PATH@31..32
                      PATH_SEGMENT@31..32
                        NAME_REF@31..32
                          IDENT@31..32 "x"
                  DOT@32..33 "."
                  NAME_REF@33..34
                    INT_NUMBER@33..34 "0"
                DOT@34..35 "."
                NAME_REF@35..36
                  INT_NUMBER@35..36 "1"
              DOT@36..37 "."
              NAME_REF@37..38
                INT_NUMBER@37..38 "2"
            SEMICOLON@38..39 ";"
          WHITESPACE@39..40 " "
          EXPR_STMT@40..47
            FIELD_EXPR@40..46
              FIELD_EXPR@40..43
                PATH_EXPR@40..41
                  PATH@40..41
                    PATH_SEGMENT@40..41
                      NAME_REF@40..41
                        IDENT@40..41 "x"
                DOT@41..42 "."
                NAME_REF@42..43
                  INT_NUMBER@42..43 "0"
              DOT@43..44 "."
              WHITESPACE@44..45 " "
              NAME_REF@45..46
                INT_NUMBER@45..46 "1"
            SEMICOLON@46..47 ";"
    "#]],
    );
}

#[test]
fn index_and_try() {
    check_stmts_ok(
        "x[1]; x[1][2]; x?; x??; x[a..b]; x[..];",
        expect![[r#"
        MACRO_STMTS@0..39
          EXPR_STMT@0..5
            INDEX_EXPR@0..4
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              L_BRACK@1..2 "["
              LITERAL@2..3
                INT_NUMBER@2..3 "1"
              R_BRACK@3..4 "]"
            SEMICOLON@4..5 ";"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..14
            INDEX_EXPR@6..13
              INDEX_EXPR@6..10
                PATH_EXPR@6..7
                  PATH@6..7
                    PATH_SEGMENT@6..7
                      NAME_REF@6..7
                        IDENT@6..7 "x"
                L_BRACK@7..8 "["
                LITERAL@8..9
                  INT_NUMBER@8..9 "1"
                R_BRACK@9..10 "]"
              L_BRACK@10..11 "["
              LITERAL@11..12
                INT_NUMBER@11..12 "2"
              R_BRACK@12..13 "]"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..18
            TRY_EXPR@15..17
              PATH_EXPR@15..16
                PATH@15..16
                  PATH_SEGMENT@15..16
                    NAME_REF@15..16
                      IDENT@15..16 "x"
              QUESTION@16..17 "?"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          EXPR_STMT@19..23
            TRY_EXPR@19..22
              TRY_EXPR@19..21
                PATH_EXPR@19..20
                  PATH@19..20
                    PATH_SEGMENT@19..20
                      NAME_REF@19..20
                        IDENT@19..20 "x"
                QUESTION@20..21 "?"
              QUESTION@21..22 "?"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..32
            INDEX_EXPR@24..31
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "x"
              L_BRACK@25..26 "["
              RANGE_EXPR@26..30
                PATH_EXPR@26..27
                  PATH@26..27
                    PATH_SEGMENT@26..27
                      NAME_REF@26..27
                        IDENT@26..27 "a"
                DOT2@27..29 ".."
                PATH_EXPR@29..30
                  PATH@29..30
                    PATH_SEGMENT@29..30
                      NAME_REF@29..30
                        IDENT@29..30 "b"
              R_BRACK@30..31 "]"
            SEMICOLON@31..32 ";"
          WHITESPACE@32..33 " "
          EXPR_STMT@33..39
            INDEX_EXPR@33..38
              PATH_EXPR@33..34
                PATH@33..34
                  PATH_SEGMENT@33..34
                    NAME_REF@33..34
                      IDENT@33..34 "x"
              L_BRACK@34..35 "["
              RANGE_EXPR@35..37
                DOT2@35..37 ".."
              R_BRACK@37..38 "]"
            SEMICOLON@38..39 ";"
    "#]],
    );
}

#[test]
fn await_expressions() {
    check_stmts_ok(
        "x.await; x.await?; x.0.await; x.0.1.await; f().await.g();",
        expect![[r#"
        MACRO_STMTS@0..57
          EXPR_STMT@0..8
            AWAIT_EXPR@0..7
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT@1..2 "."
              AWAIT_KW@2..7 "await"
            SEMICOLON@7..8 ";"
          WHITESPACE@8..9 " "
          EXPR_STMT@9..18
            TRY_EXPR@9..17
              AWAIT_EXPR@9..16
                PATH_EXPR@9..10
                  PATH@9..10
                    PATH_SEGMENT@9..10
                      NAME_REF@9..10
                        IDENT@9..10 "x"
                DOT@10..11 "."
                AWAIT_KW@11..16 "await"
              QUESTION@16..17 "?"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          EXPR_STMT@19..29
            AWAIT_EXPR@19..28
              FIELD_EXPR@19..22
                PATH_EXPR@19..20
                  PATH@19..20
                    PATH_SEGMENT@19..20
                      NAME_REF@19..20
                        IDENT@19..20 "x"
                DOT@20..21 "."
                NAME_REF@21..22
                  INT_NUMBER@21..22 "0"
              DOT@22..23 "."
              AWAIT_KW@23..28 "await"
            SEMICOLON@28..29 ";"
          WHITESPACE@29..30 " "
          EXPR_STMT@30..42
            AWAIT_EXPR@30..41
              FIELD_EXPR@30..35
                FIELD_EXPR@30..33
                  PATH_EXPR@30..31
                    PATH@30..31
                      PATH_SEGMENT@30..31
                        NAME_REF@30..31
                          IDENT@30..31 "x"
                  DOT@31..32 "."
                  NAME_REF@32..33
                    INT_NUMBER@32..33 "0"
                DOT@33..34 "."
                NAME_REF@34..35
                  INT_NUMBER@34..35 "1"
              DOT@35..36 "."
              AWAIT_KW@36..41 "await"
            SEMICOLON@41..42 ";"
          WHITESPACE@42..43 " "
          EXPR_STMT@43..57
            METHOD_CALL_EXPR@43..56
              AWAIT_EXPR@43..52
                CALL_EXPR@43..46
                  PATH_EXPR@43..44
                    PATH@43..44
                      PATH_SEGMENT@43..44
                        NAME_REF@43..44
                          IDENT@43..44 "f"
                  ARG_LIST@44..46
                    L_PAREN@44..45 "("
                    R_PAREN@45..46 ")"
                DOT@46..47 "."
                AWAIT_KW@47..52 "await"
              DOT@52..53 "."
              NAME_REF@53..54
                IDENT@53..54 "g"
              ARG_LIST@54..56
                L_PAREN@54..55 "("
                R_PAREN@55..56 ")"
            SEMICOLON@56..57 ";"
    "#]],
    );
}

#[test]
fn await_is_a_field_in_2015() {
    check_stmts_ok_in(
        Edition::Edition2015,
        "x.await;",
        expect![[r#"
        MACRO_STMTS@0..8
          EXPR_STMT@0..8
            FIELD_EXPR@0..7
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT@1..2 "."
              NAME_REF@2..7
                IDENT@2..7 "await"
            SEMICOLON@7..8 ";"
    "#]],
    );
}

#[test]
fn missing_field_name() {
    check_stmts(
        "x.; x.(1);",
        expect![[r#"
        MACRO_STMTS@0..10
          EXPR_STMT@0..3
            FIELD_EXPR@0..2
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "x"
              DOT@1..2 "."
            SEMICOLON@2..3 ";"
          WHITESPACE@3..4 " "
          EXPR_STMT@4..10
            CALL_EXPR@4..9
              FIELD_EXPR@4..6
                PATH_EXPR@4..5
                  PATH@4..5
                    PATH_SEGMENT@4..5
                      NAME_REF@4..5
                        IDENT@4..5 "x"
                DOT@5..6 "."
              ARG_LIST@6..9
                L_PAREN@6..7 "("
                LITERAL@7..8
                  INT_NUMBER@7..8 "1"
                R_PAREN@8..9 ")"
            SEMICOLON@9..10 ";"
        error 2..3: expected a field name, a method call or `await`
        error 6..7: expected a field name, a method call or `await`
    "#]],
    );
}

#[test]
fn arg_list_recovery() {
    check_stmts(
        "f(1, , 2); f(1 2); f(a; g();",
        expect![[r#"
        MACRO_STMTS@0..28
          EXPR_STMT@0..10
            CALL_EXPR@0..9
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "f"
              ARG_LIST@1..9
                L_PAREN@1..2 "("
                LITERAL@2..3
                  INT_NUMBER@2..3 "1"
                COMMA@3..4 ","
                WHITESPACE@4..5 " "
                ERROR@5..6
                  COMMA@5..6 ","
                WHITESPACE@6..7 " "
                LITERAL@7..8
                  INT_NUMBER@7..8 "2"
                R_PAREN@8..9 ")"
            SEMICOLON@9..10 ";"
          WHITESPACE@10..11 " "
          EXPR_STMT@11..18
            CALL_EXPR@11..17
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "f"
              ARG_LIST@12..17
                L_PAREN@12..13 "("
                LITERAL@13..14
                  INT_NUMBER@13..14 "1"
                WHITESPACE@14..15 " "
                LITERAL@15..16
                  INT_NUMBER@15..16 "2"
                R_PAREN@16..17 ")"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          EXPR_STMT@19..23
            CALL_EXPR@19..22
              PATH_EXPR@19..20
                PATH@19..20
                  PATH_SEGMENT@19..20
                    NAME_REF@19..20
                      IDENT@19..20 "f"
              ARG_LIST@20..22
                L_PAREN@20..21 "("
                PATH_EXPR@21..22
                  PATH@21..22
                    PATH_SEGMENT@21..22
                      NAME_REF@21..22
                        IDENT@21..22 "a"
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 " "
          EXPR_STMT@24..28
            CALL_EXPR@24..27
              PATH_EXPR@24..25
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "g"
              ARG_LIST@25..27
                L_PAREN@25..26 "("
                R_PAREN@26..27 ")"
            SEMICOLON@27..28 ";"
        error 5..6: expected an expression
        error 15..16: expected `,`
        error 22..23: expected `)`
    "#]],
    );
}

#[test]
fn let_statements() {
    check_stmts_ok(
        "let x; let x = 1; let x: u32 = 1; let x: u32; let _ = f(); let x = y else { return };",
        expect![[r#"
        MACRO_STMTS@0..85
          LET_STMT@0..6
            LET_KW@0..3 "let"
            WHITESPACE@3..4 " "
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "x"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 " "
          LET_STMT@7..17
            LET_KW@7..10 "let"
            WHITESPACE@10..11 " "
            IDENT_PAT@11..12
              NAME@11..12
                IDENT@11..12 "x"
            WHITESPACE@12..13 " "
            EQ@13..14 "="
            WHITESPACE@14..15 " "
            LITERAL@15..16
              INT_NUMBER@15..16 "1"
            SEMICOLON@16..17 ";"
          WHITESPACE@17..18 " "
          LET_STMT@18..33
            LET_KW@18..21 "let"
            WHITESPACE@21..22 " "
            IDENT_PAT@22..23
              NAME@22..23
                IDENT@22..23 "x"
            COLON@23..24 ":"
            WHITESPACE@24..25 " "
            PATH_TYPE@25..28
              PATH@25..28
                PATH_SEGMENT@25..28
                  NAME_REF@25..28
                    IDENT@25..28 "u32"
            WHITESPACE@28..29 " "
            EQ@29..30 "="
            WHITESPACE@30..31 " "
            LITERAL@31..32
              INT_NUMBER@31..32 "1"
            SEMICOLON@32..33 ";"
          WHITESPACE@33..34 " "
          LET_STMT@34..45
            LET_KW@34..37 "let"
            WHITESPACE@37..38 " "
            IDENT_PAT@38..39
              NAME@38..39
                IDENT@38..39 "x"
            COLON@39..40 ":"
            WHITESPACE@40..41 " "
            PATH_TYPE@41..44
              PATH@41..44
                PATH_SEGMENT@41..44
                  NAME_REF@41..44
                    IDENT@41..44 "u32"
            SEMICOLON@44..45 ";"
          WHITESPACE@45..46 " "
          LET_STMT@46..58
            LET_KW@46..49 "let"
            WHITESPACE@49..50 " "
            WILDCARD_PAT@50..51
              UNDERSCORE@50..51 "_"
            WHITESPACE@51..52 " "
            EQ@52..53 "="
            WHITESPACE@53..54 " "
            CALL_EXPR@54..57
              PATH_EXPR@54..55
                PATH@54..55
                  PATH_SEGMENT@54..55
                    NAME_REF@54..55
                      IDENT@54..55 "f"
              ARG_LIST@55..57
                L_PAREN@55..56 "("
                R_PAREN@56..57 ")"
            SEMICOLON@57..58 ";"
          WHITESPACE@58..59 " "
          LET_STMT@59..85
            LET_KW@59..62 "let"
            WHITESPACE@62..63 " "
            IDENT_PAT@63..64
              NAME@63..64
                IDENT@63..64 "x"
            WHITESPACE@64..65 " "
            EQ@65..66 "="
            WHITESPACE@66..67 " "
            PATH_EXPR@67..68
              PATH@67..68
                PATH_SEGMENT@67..68
                  NAME_REF@67..68
                    IDENT@67..68 "y"
            WHITESPACE@68..69 " "
            LET_ELSE@69..84
              ELSE_KW@69..73 "else"
              WHITESPACE@73..74 " "
              BLOCK_EXPR@74..84
                STMT_LIST@74..84
                  L_CURLY@74..75 "{"
                  WHITESPACE@75..76 " "
                  RETURN_EXPR@76..82
                    RETURN_KW@76..82 "return"
                  WHITESPACE@82..83 " "
                  R_CURLY@83..84 "}"
            SEMICOLON@84..85 ";"
    "#]],
    );
}

#[test]
fn super_let() {
    check_stmts_ok(
        "super let x = 1;",
        expect![[r#"
        MACRO_STMTS@0..16
          LET_STMT@0..16
            SUPER_KW@0..5 "super"
            WHITESPACE@5..6 " "
            LET_KW@6..9 "let"
            WHITESPACE@9..10 " "
            IDENT_PAT@10..11
              NAME@10..11
                IDENT@10..11 "x"
            WHITESPACE@11..12 " "
            EQ@12..13 "="
            WHITESPACE@13..14 " "
            LITERAL@14..15
              INT_NUMBER@14..15 "1"
            SEMICOLON@15..16 ";"
    "#]],
    );
}

#[test]
fn let_else_initializer_ending_in_curly_anywhere() {
    // Macro calls in braces, the right operand of a binary expression, closures, `do yeet`:
    // rustc rejects every initializer whose last token is `}`.
    let errors = |text: &str| {
        let parse = crate::parse_fragment(text, Edition::LATEST, TopEntryPoint::MacroStmts);
        parse.errors().iter().map(|error| error.message().to_owned()).collect::<Vec<_>>()
    };
    for text in [
        "let x = m! {} else { return };",
        "let x = a + S {} else { return };",
        "let x = || {} else { return };",
        "let x = &unsafe {} else { return };",
        "let x = do yeet {} else { return };",
    ] {
        assert_eq!(
            errors(text),
            ["a `let ... else` initializer cannot end with `}`: wrap it in parentheses"],
            "{text}"
        );
    }
    for text in ["let x = m!() else { return };", "let x = f({}) else { return };", "let x = (S {}) else { return };"] {
        assert!(errors(text).is_empty(), "{text}: {:?}", errors(text));
    }
}

#[test]
fn let_else_initializer_ending_in_curly() {
    check_stmts(
        "let x = if a { b } else { c } else { return };",
        expect![[r#"
        MACRO_STMTS@0..46
          LET_STMT@0..46
            LET_KW@0..3 "let"
            WHITESPACE@3..4 " "
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "x"
            WHITESPACE@5..6 " "
            EQ@6..7 "="
            WHITESPACE@7..8 " "
            IF_EXPR@8..29
              IF_KW@8..10 "if"
              WHITESPACE@10..11 " "
              PATH_EXPR@11..12
                PATH@11..12
                  PATH_SEGMENT@11..12
                    NAME_REF@11..12
                      IDENT@11..12 "a"
              WHITESPACE@12..13 " "
              BLOCK_EXPR@13..18
                STMT_LIST@13..18
                  L_CURLY@13..14 "{"
                  WHITESPACE@14..15 " "
                  PATH_EXPR@15..16
                    PATH@15..16
                      PATH_SEGMENT@15..16
                        NAME_REF@15..16
                          IDENT@15..16 "b"
                  WHITESPACE@16..17 " "
                  R_CURLY@17..18 "}"
              WHITESPACE@18..19 " "
              ELSE_KW@19..23 "else"
              WHITESPACE@23..24 " "
              BLOCK_EXPR@24..29
                STMT_LIST@24..29
                  L_CURLY@24..25 "{"
                  WHITESPACE@25..26 " "
                  PATH_EXPR@26..27
                    PATH@26..27
                      PATH_SEGMENT@26..27
                        NAME_REF@26..27
                          IDENT@26..27 "c"
                  WHITESPACE@27..28 " "
                  R_CURLY@28..29 "}"
            WHITESPACE@29..30 " "
            LET_ELSE@30..45
              ELSE_KW@30..34 "else"
              WHITESPACE@34..35 " "
              BLOCK_EXPR@35..45
                STMT_LIST@35..45
                  L_CURLY@35..36 "{"
                  WHITESPACE@36..37 " "
                  RETURN_EXPR@37..43
                    RETURN_KW@37..43 "return"
                  WHITESPACE@43..44 " "
                  R_CURLY@44..45 "}"
            SEMICOLON@45..46 ";"
        error 30..34: a `let ... else` initializer cannot end with `}`: wrap it in parentheses
    "#]],
    );
}

#[test]
fn let_recovery() {
    check_stmts(
        "let x = ; let = 1; let x = 1 let y = 2;",
        expect![[r#"
        MACRO_STMTS@0..39
          LET_STMT@0..9
            LET_KW@0..3 "let"
            WHITESPACE@3..4 " "
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "x"
            WHITESPACE@5..6 " "
            EQ@6..7 "="
            WHITESPACE@7..8 " "
            SEMICOLON@8..9 ";"
          WHITESPACE@9..10 " "
          LET_STMT@10..18
            LET_KW@10..13 "let"
            WHITESPACE@13..14 " "
            EQ@14..15 "="
            WHITESPACE@15..16 " "
            LITERAL@16..17
              INT_NUMBER@16..17 "1"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          LET_STMT@19..28
            LET_KW@19..22 "let"
            WHITESPACE@22..23 " "
            IDENT_PAT@23..24
              NAME@23..24
                IDENT@23..24 "x"
            WHITESPACE@24..25 " "
            EQ@25..26 "="
            WHITESPACE@26..27 " "
            LITERAL@27..28
              INT_NUMBER@27..28 "1"
          WHITESPACE@28..29 " "
          LET_STMT@29..39
            LET_KW@29..32 "let"
            WHITESPACE@32..33 " "
            IDENT_PAT@33..34
              NAME@33..34
                IDENT@33..34 "y"
            WHITESPACE@34..35 " "
            EQ@35..36 "="
            WHITESPACE@36..37 " "
            LITERAL@37..38
              INT_NUMBER@37..38 "2"
            SEMICOLON@38..39 ";"
        error 8..9: expected an expression
        error 14..15: expected a pattern
        error 29..32: expected `;`
    "#]],
    );
}

#[test]
fn expression_statements_need_semicolons() {
    check_stmts(
        "a b; c",
        expect![[r#"
        MACRO_STMTS@0..6
          EXPR_STMT@0..1
            PATH_EXPR@0..1
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
          WHITESPACE@1..2 " "
          EXPR_STMT@2..4
            PATH_EXPR@2..3
              PATH@2..3
                PATH_SEGMENT@2..3
                  NAME_REF@2..3
                    IDENT@2..3 "b"
            SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          PATH_EXPR@5..6
            PATH@5..6
              PATH_SEGMENT@5..6
                NAME_REF@5..6
                  IDENT@5..6 "c"
        error 2..3: expected `;`
    "#]],
    );
}

#[test]
fn block_like_statements_end_without_semicolon() {
    check_stmts_ok(
        "if a {} loop {} match x {} while c {} for x in y {} {} unsafe {} 'a: {} const {} m! {} x",
        expect![[r#"
        MACRO_STMTS@0..88
          EXPR_STMT@0..7
            IF_EXPR@0..7
              IF_KW@0..2 "if"
              WHITESPACE@2..3 " "
              PATH_EXPR@3..4
                PATH@3..4
                  PATH_SEGMENT@3..4
                    NAME_REF@3..4
                      IDENT@3..4 "a"
              WHITESPACE@4..5 " "
              BLOCK_EXPR@5..7
                STMT_LIST@5..7
                  L_CURLY@5..6 "{"
                  R_CURLY@6..7 "}"
          WHITESPACE@7..8 " "
          EXPR_STMT@8..15
            LOOP_EXPR@8..15
              LOOP_KW@8..12 "loop"
              WHITESPACE@12..13 " "
              BLOCK_EXPR@13..15
                STMT_LIST@13..15
                  L_CURLY@13..14 "{"
                  R_CURLY@14..15 "}"
          WHITESPACE@15..16 " "
          EXPR_STMT@16..26
            MATCH_EXPR@16..26
              MATCH_KW@16..21 "match"
              WHITESPACE@21..22 " "
              PATH_EXPR@22..23
                PATH@22..23
                  PATH_SEGMENT@22..23
                    NAME_REF@22..23
                      IDENT@22..23 "x"
              WHITESPACE@23..24 " "
              MATCH_ARM_LIST@24..26
                L_CURLY@24..25 "{"
                R_CURLY@25..26 "}"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..37
            WHILE_EXPR@27..37
              WHILE_KW@27..32 "while"
              WHITESPACE@32..33 " "
              PATH_EXPR@33..34
                PATH@33..34
                  PATH_SEGMENT@33..34
                    NAME_REF@33..34
                      IDENT@33..34 "c"
              WHITESPACE@34..35 " "
              BLOCK_EXPR@35..37
                STMT_LIST@35..37
                  L_CURLY@35..36 "{"
                  R_CURLY@36..37 "}"
          WHITESPACE@37..38 " "
          EXPR_STMT@38..51
            FOR_EXPR@38..51
              FOR_KW@38..41 "for"
              WHITESPACE@41..42 " "
              IDENT_PAT@42..43
                NAME@42..43
                  IDENT@42..43 "x"
              WHITESPACE@43..44 " "
              IN_KW@44..46 "in"
              WHITESPACE@46..47 " "
              PATH_EXPR@47..48
                PATH@47..48
                  PATH_SEGMENT@47..48
                    NAME_REF@47..48
                      IDENT@47..48 "y"
              WHITESPACE@48..49 " "
              BLOCK_EXPR@49..51
                STMT_LIST@49..51
                  L_CURLY@49..50 "{"
                  R_CURLY@50..51 "}"
          WHITESPACE@51..52 " "
          EXPR_STMT@52..54
            BLOCK_EXPR@52..54
              STMT_LIST@52..54
                L_CURLY@52..53 "{"
                R_CURLY@53..54 "}"
          WHITESPACE@54..55 " "
          EXPR_STMT@55..64
            BLOCK_EXPR@55..64
              UNSAFE_KW@55..61 "unsafe"
              WHITESPACE@61..62 " "
              STMT_LIST@62..64
                L_CURLY@62..63 "{"
                R_CURLY@63..64 "}"
          WHITESPACE@64..65 " "
          EXPR_STMT@65..71
            BLOCK_EXPR@65..71
              LABEL@65..68
                LIFETIME@65..67
                  LIFETIME_IDENT@65..67 "'a"
                COLON@67..68 ":"
              WHITESPACE@68..69 " "
              STMT_LIST@69..71
                L_CURLY@69..70 "{"
                R_CURLY@70..71 "}"
          WHITESPACE@71..72 " "
          EXPR_STMT@72..80
            BLOCK_EXPR@72..80
              CONST_KW@72..77 "const"
              WHITESPACE@77..78 " "
              STMT_LIST@78..80
                L_CURLY@78..79 "{"
                R_CURLY@79..80 "}"
          WHITESPACE@80..81 " "
          EXPR_STMT@81..86
            MACRO_EXPR@81..86
              MACRO_CALL@81..86
                PATH@81..82
                  PATH_SEGMENT@81..82
                    NAME_REF@81..82
                      IDENT@81..82 "m"
                BANG@82..83 "!"
                WHITESPACE@83..84 " "
                TOKEN_TREE@84..86
                  L_CURLY@84..85 "{"
                  R_CURLY@85..86 "}"
          WHITESPACE@86..87 " "
          PATH_EXPR@87..88
            PATH@87..88
              PATH_SEGMENT@87..88
                NAME_REF@87..88
                  IDENT@87..88 "x"
    "#]],
    );
}

#[test]
fn block_like_statement_is_not_an_operand() {
    check_stmts_ok(
        "{ 1 } - 1; match x {} (1); if a {} [1]; {} &x; loop {} *x;",
        expect![[r#"
        MACRO_STMTS@0..58
          EXPR_STMT@0..5
            BLOCK_EXPR@0..5
              STMT_LIST@0..5
                L_CURLY@0..1 "{"
                WHITESPACE@1..2 " "
                LITERAL@2..3
                  INT_NUMBER@2..3 "1"
                WHITESPACE@3..4 " "
                R_CURLY@4..5 "}"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..10
            PREFIX_EXPR@6..9
              MINUS@6..7 "-"
              WHITESPACE@7..8 " "
              LITERAL@8..9
                INT_NUMBER@8..9 "1"
            SEMICOLON@9..10 ";"
          WHITESPACE@10..11 " "
          EXPR_STMT@11..21
            MATCH_EXPR@11..21
              MATCH_KW@11..16 "match"
              WHITESPACE@16..17 " "
              PATH_EXPR@17..18
                PATH@17..18
                  PATH_SEGMENT@17..18
                    NAME_REF@17..18
                      IDENT@17..18 "x"
              WHITESPACE@18..19 " "
              MATCH_ARM_LIST@19..21
                L_CURLY@19..20 "{"
                R_CURLY@20..21 "}"
          WHITESPACE@21..22 " "
          EXPR_STMT@22..26
            PAREN_EXPR@22..25
              L_PAREN@22..23 "("
              LITERAL@23..24
                INT_NUMBER@23..24 "1"
              R_PAREN@24..25 ")"
            SEMICOLON@25..26 ";"
          WHITESPACE@26..27 " "
          EXPR_STMT@27..34
            IF_EXPR@27..34
              IF_KW@27..29 "if"
              WHITESPACE@29..30 " "
              PATH_EXPR@30..31
                PATH@30..31
                  PATH_SEGMENT@30..31
                    NAME_REF@30..31
                      IDENT@30..31 "a"
              WHITESPACE@31..32 " "
              BLOCK_EXPR@32..34
                STMT_LIST@32..34
                  L_CURLY@32..33 "{"
                  R_CURLY@33..34 "}"
          WHITESPACE@34..35 " "
          EXPR_STMT@35..39
            ARRAY_EXPR@35..38
              L_BRACK@35..36 "["
              LITERAL@36..37
                INT_NUMBER@36..37 "1"
              R_BRACK@37..38 "]"
            SEMICOLON@38..39 ";"
          WHITESPACE@39..40 " "
          EXPR_STMT@40..42
            BLOCK_EXPR@40..42
              STMT_LIST@40..42
                L_CURLY@40..41 "{"
                R_CURLY@41..42 "}"
          WHITESPACE@42..43 " "
          EXPR_STMT@43..46
            REF_EXPR@43..45
              AMP@43..44 "&"
              PATH_EXPR@44..45
                PATH@44..45
                  PATH_SEGMENT@44..45
                    NAME_REF@44..45
                      IDENT@44..45 "x"
            SEMICOLON@45..46 ";"
          WHITESPACE@46..47 " "
          EXPR_STMT@47..54
            LOOP_EXPR@47..54
              LOOP_KW@47..51 "loop"
              WHITESPACE@51..52 " "
              BLOCK_EXPR@52..54
                STMT_LIST@52..54
                  L_CURLY@52..53 "{"
                  R_CURLY@53..54 "}"
          WHITESPACE@54..55 " "
          EXPR_STMT@55..58
            PREFIX_EXPR@55..57
              STAR@55..56 "*"
              PATH_EXPR@56..57
                PATH@56..57
                  PATH_SEGMENT@56..57
                    NAME_REF@56..57
                      IDENT@56..57 "x"
            SEMICOLON@57..58 ";"
    "#]],
    );
}

#[test]
fn block_like_statement_takes_dot_and_question_mark() {
    check_stmts_ok(
        "{ 1 }.f() + 1; match x {}? - 1; if a { b } else { c }.d;",
        expect![[r#"
        MACRO_STMTS@0..56
          EXPR_STMT@0..14
            BIN_EXPR@0..13
              METHOD_CALL_EXPR@0..9
                BLOCK_EXPR@0..5
                  STMT_LIST@0..5
                    L_CURLY@0..1 "{"
                    WHITESPACE@1..2 " "
                    LITERAL@2..3
                      INT_NUMBER@2..3 "1"
                    WHITESPACE@3..4 " "
                    R_CURLY@4..5 "}"
                DOT@5..6 "."
                NAME_REF@6..7
                  IDENT@6..7 "f"
                ARG_LIST@7..9
                  L_PAREN@7..8 "("
                  R_PAREN@8..9 ")"
              WHITESPACE@9..10 " "
              PLUS@10..11 "+"
              WHITESPACE@11..12 " "
              LITERAL@12..13
                INT_NUMBER@12..13 "1"
            SEMICOLON@13..14 ";"
          WHITESPACE@14..15 " "
          EXPR_STMT@15..31
            BIN_EXPR@15..30
              TRY_EXPR@15..26
                MATCH_EXPR@15..25
                  MATCH_KW@15..20 "match"
                  WHITESPACE@20..21 " "
                  PATH_EXPR@21..22
                    PATH@21..22
                      PATH_SEGMENT@21..22
                        NAME_REF@21..22
                          IDENT@21..22 "x"
                  WHITESPACE@22..23 " "
                  MATCH_ARM_LIST@23..25
                    L_CURLY@23..24 "{"
                    R_CURLY@24..25 "}"
                QUESTION@25..26 "?"
              WHITESPACE@26..27 " "
              MINUS@27..28 "-"
              WHITESPACE@28..29 " "
              LITERAL@29..30
                INT_NUMBER@29..30 "1"
            SEMICOLON@30..31 ";"
          WHITESPACE@31..32 " "
          EXPR_STMT@32..56
            FIELD_EXPR@32..55
              IF_EXPR@32..53
                IF_KW@32..34 "if"
                WHITESPACE@34..35 " "
                PATH_EXPR@35..36
                  PATH@35..36
                    PATH_SEGMENT@35..36
                      NAME_REF@35..36
                        IDENT@35..36 "a"
                WHITESPACE@36..37 " "
                BLOCK_EXPR@37..42
                  STMT_LIST@37..42
                    L_CURLY@37..38 "{"
                    WHITESPACE@38..39 " "
                    PATH_EXPR@39..40
                      PATH@39..40
                        PATH_SEGMENT@39..40
                          NAME_REF@39..40
                            IDENT@39..40 "b"
                    WHITESPACE@40..41 " "
                    R_CURLY@41..42 "}"
                WHITESPACE@42..43 " "
                ELSE_KW@43..47 "else"
                WHITESPACE@47..48 " "
                BLOCK_EXPR@48..53
                  STMT_LIST@48..53
                    L_CURLY@48..49 "{"
                    WHITESPACE@49..50 " "
                    PATH_EXPR@50..51
                      PATH@50..51
                        PATH_SEGMENT@50..51
                          NAME_REF@50..51
                            IDENT@50..51 "c"
                    WHITESPACE@51..52 " "
                    R_CURLY@52..53 "}"
              DOT@53..54 "."
              NAME_REF@54..55
                IDENT@54..55 "d"
            SEMICOLON@55..56 ";"
    "#]],
    );
}

#[test]
fn block_like_in_expression_position_is_an_operand() {
    check_stmts_ok(
        "let x = { 1 } - 1; let y = match x {} (1); a = {1} & 2;",
        expect![[r#"
        MACRO_STMTS@0..55
          LET_STMT@0..18
            LET_KW@0..3 "let"
            WHITESPACE@3..4 " "
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "x"
            WHITESPACE@5..6 " "
            EQ@6..7 "="
            WHITESPACE@7..8 " "
            BIN_EXPR@8..17
              BLOCK_EXPR@8..13
                STMT_LIST@8..13
                  L_CURLY@8..9 "{"
                  WHITESPACE@9..10 " "
                  LITERAL@10..11
                    INT_NUMBER@10..11 "1"
                  WHITESPACE@11..12 " "
                  R_CURLY@12..13 "}"
              WHITESPACE@13..14 " "
              MINUS@14..15 "-"
              WHITESPACE@15..16 " "
              LITERAL@16..17
                INT_NUMBER@16..17 "1"
            SEMICOLON@17..18 ";"
          WHITESPACE@18..19 " "
          LET_STMT@19..42
            LET_KW@19..22 "let"
            WHITESPACE@22..23 " "
            IDENT_PAT@23..24
              NAME@23..24
                IDENT@23..24 "y"
            WHITESPACE@24..25 " "
            EQ@25..26 "="
            WHITESPACE@26..27 " "
            CALL_EXPR@27..41
              MATCH_EXPR@27..37
                MATCH_KW@27..32 "match"
                WHITESPACE@32..33 " "
                PATH_EXPR@33..34
                  PATH@33..34
                    PATH_SEGMENT@33..34
                      NAME_REF@33..34
                        IDENT@33..34 "x"
                WHITESPACE@34..35 " "
                MATCH_ARM_LIST@35..37
                  L_CURLY@35..36 "{"
                  R_CURLY@36..37 "}"
              WHITESPACE@37..38 " "
              ARG_LIST@38..41
                L_PAREN@38..39 "("
                LITERAL@39..40
                  INT_NUMBER@39..40 "1"
                R_PAREN@40..41 ")"
            SEMICOLON@41..42 ";"
          WHITESPACE@42..43 " "
          EXPR_STMT@43..55
            BIN_EXPR@43..54
              PATH_EXPR@43..44
                PATH@43..44
                  PATH_SEGMENT@43..44
                    NAME_REF@43..44
                      IDENT@43..44 "a"
              WHITESPACE@44..45 " "
              EQ@45..46 "="
              WHITESPACE@46..47 " "
              BIN_EXPR@47..54
                BLOCK_EXPR@47..50
                  STMT_LIST@47..50
                    L_CURLY@47..48 "{"
                    LITERAL@48..49
                      INT_NUMBER@48..49 "1"
                    R_CURLY@49..50 "}"
                WHITESPACE@50..51 " "
                AMP@51..52 "&"
                WHITESPACE@52..53 " "
                LITERAL@53..54
                  INT_NUMBER@53..54 "2"
            SEMICOLON@54..55 ";"
    "#]],
    );
}

/// As in rustc, only blocks, `if`, `match`, loops and `unsafe`, `const` and `try` blocks end a statement.
#[test]
fn async_block_statement_needs_a_semicolon() {
    check_stmts(
        "async {} x",
        expect![[r#"
        MACRO_STMTS@0..10
          EXPR_STMT@0..8
            BLOCK_EXPR@0..8
              ASYNC_KW@0..5 "async"
              WHITESPACE@5..6 " "
              STMT_LIST@6..8
                L_CURLY@6..7 "{"
                R_CURLY@7..8 "}"
          WHITESPACE@8..9 " "
          PATH_EXPR@9..10
            PATH@9..10
              PATH_SEGMENT@9..10
                NAME_REF@9..10
                  IDENT@9..10 "x"
        error 9..10: expected `;`
    "#]],
    );
}

#[test]
fn empty_statements() {
    check_stmts_ok(
        ";;a;;;{};;",
        expect![[r#"
        MACRO_STMTS@0..10
          SEMICOLON@0..1 ";"
          SEMICOLON@1..2 ";"
          EXPR_STMT@2..4
            PATH_EXPR@2..3
              PATH@2..3
                PATH_SEGMENT@2..3
                  NAME_REF@2..3
                    IDENT@2..3 "a"
            SEMICOLON@3..4 ";"
          SEMICOLON@4..5 ";"
          SEMICOLON@5..6 ";"
          EXPR_STMT@6..9
            BLOCK_EXPR@6..8
              STMT_LIST@6..8
                L_CURLY@6..7 "{"
                R_CURLY@7..8 "}"
            SEMICOLON@8..9 ";"
          SEMICOLON@9..10 ";"
    "#]],
    );
}

#[test]
fn attributes_on_statements() {
    check_stmts_ok(
        "#[a] let x = 1; #[b] f(); #[c] {} #[d] x + 1; #[e] #[f] return;",
        expect![[r##"
        MACRO_STMTS@0..63
          LET_STMT@0..15
            ATTR@0..4
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..3
                PATH@2..3
                  PATH_SEGMENT@2..3
                    NAME_REF@2..3
                      IDENT@2..3 "a"
              R_BRACK@3..4 "]"
            WHITESPACE@4..5 " "
            LET_KW@5..8 "let"
            WHITESPACE@8..9 " "
            IDENT_PAT@9..10
              NAME@9..10
                IDENT@9..10 "x"
            WHITESPACE@10..11 " "
            EQ@11..12 "="
            WHITESPACE@12..13 " "
            LITERAL@13..14
              INT_NUMBER@13..14 "1"
            SEMICOLON@14..15 ";"
          WHITESPACE@15..16 " "
          EXPR_STMT@16..25
            CALL_EXPR@16..24
              ATTR@16..20
                POUND@16..17 "#"
                L_BRACK@17..18 "["
                META@18..19
                  PATH@18..19
                    PATH_SEGMENT@18..19
                      NAME_REF@18..19
                        IDENT@18..19 "b"
                R_BRACK@19..20 "]"
              WHITESPACE@20..21 " "
              PATH_EXPR@21..22
                PATH@21..22
                  PATH_SEGMENT@21..22
                    NAME_REF@21..22
                      IDENT@21..22 "f"
              ARG_LIST@22..24
                L_PAREN@22..23 "("
                R_PAREN@23..24 ")"
            SEMICOLON@24..25 ";"
          WHITESPACE@25..26 " "
          EXPR_STMT@26..33
            BLOCK_EXPR@26..33
              ATTR@26..30
                POUND@26..27 "#"
                L_BRACK@27..28 "["
                META@28..29
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "c"
                R_BRACK@29..30 "]"
              WHITESPACE@30..31 " "
              STMT_LIST@31..33
                L_CURLY@31..32 "{"
                R_CURLY@32..33 "}"
          WHITESPACE@33..34 " "
          EXPR_STMT@34..45
            BIN_EXPR@34..44
              PATH_EXPR@34..40
                ATTR@34..38
                  POUND@34..35 "#"
                  L_BRACK@35..36 "["
                  META@36..37
                    PATH@36..37
                      PATH_SEGMENT@36..37
                        NAME_REF@36..37
                          IDENT@36..37 "d"
                  R_BRACK@37..38 "]"
                WHITESPACE@38..39 " "
                PATH@39..40
                  PATH_SEGMENT@39..40
                    NAME_REF@39..40
                      IDENT@39..40 "x"
              WHITESPACE@40..41 " "
              PLUS@41..42 "+"
              WHITESPACE@42..43 " "
              LITERAL@43..44
                INT_NUMBER@43..44 "1"
            SEMICOLON@44..45 ";"
          WHITESPACE@45..46 " "
          EXPR_STMT@46..63
            RETURN_EXPR@46..62
              ATTR@46..50
                POUND@46..47 "#"
                L_BRACK@47..48 "["
                META@48..49
                  PATH@48..49
                    PATH_SEGMENT@48..49
                      NAME_REF@48..49
                        IDENT@48..49 "e"
                R_BRACK@49..50 "]"
              WHITESPACE@50..51 " "
              ATTR@51..55
                POUND@51..52 "#"
                L_BRACK@52..53 "["
                META@53..54
                  PATH@53..54
                    PATH_SEGMENT@53..54
                      NAME_REF@53..54
                        IDENT@53..54 "f"
                R_BRACK@54..55 "]"
              WHITESPACE@55..56 " "
              RETURN_KW@56..62 "return"
            SEMICOLON@62..63 ";"
    "##]],
    );
}

#[test]
fn attributes_without_statement() {
    check_stmts(
        "#[a]",
        expect![[r##"
        MACRO_STMTS@0..4
          ATTR@0..4
            POUND@0..1 "#"
            L_BRACK@1..2 "["
            META@2..3
              PATH@2..3
                PATH_SEGMENT@2..3
                  NAME_REF@2..3
                    IDENT@2..3 "a"
            R_BRACK@3..4 "]"
        error 4..4: expected a statement after the attributes
    "##]],
    );
}

#[test]
fn stray_tokens_in_a_block() {
    check_stmts(
        ") ] else 1",
        expect![[r#"
        MACRO_STMTS@0..10
          ERROR@0..1
            R_PAREN@0..1 ")"
          WHITESPACE@1..2 " "
          ERROR@2..3
            R_BRACK@2..3 "]"
          WHITESPACE@3..4 " "
          ERROR@4..8
            ELSE_KW@4..8 "else"
          WHITESPACE@8..9 " "
          LITERAL@9..10
            INT_NUMBER@9..10 "1"
        error 0..1: expected a statement
        error 2..3: expected a statement
        error 4..8: expected a statement
    "#]],
    );
}

#[test]
fn items_in_blocks() {
    check_ok(
        "fn f() { fn g() {} let x = 1; fn h() {} x }",
        expect![[r#"
        SOURCE_FILE@0..43
          FN@0..43
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..43
              STMT_LIST@7..43
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                FN@9..18
                  FN_KW@9..11 "fn"
                  WHITESPACE@11..12 " "
                  NAME@12..13
                    IDENT@12..13 "g"
                  PARAM_LIST@13..15
                    L_PAREN@13..14 "("
                    R_PAREN@14..15 ")"
                  WHITESPACE@15..16 " "
                  BLOCK_EXPR@16..18
                    STMT_LIST@16..18
                      L_CURLY@16..17 "{"
                      R_CURLY@17..18 "}"
                WHITESPACE@18..19 " "
                LET_STMT@19..29
                  LET_KW@19..22 "let"
                  WHITESPACE@22..23 " "
                  IDENT_PAT@23..24
                    NAME@23..24
                      IDENT@23..24 "x"
                  WHITESPACE@24..25 " "
                  EQ@25..26 "="
                  WHITESPACE@26..27 " "
                  LITERAL@27..28
                    INT_NUMBER@27..28 "1"
                  SEMICOLON@28..29 ";"
                WHITESPACE@29..30 " "
                FN@30..39
                  FN_KW@30..32 "fn"
                  WHITESPACE@32..33 " "
                  NAME@33..34
                    IDENT@33..34 "h"
                  PARAM_LIST@34..36
                    L_PAREN@34..35 "("
                    R_PAREN@35..36 ")"
                  WHITESPACE@36..37 " "
                  BLOCK_EXPR@37..39
                    STMT_LIST@37..39
                      L_CURLY@37..38 "{"
                      R_CURLY@38..39 "}"
                WHITESPACE@39..40 " "
                PATH_EXPR@40..41
                  PATH@40..41
                    PATH_SEGMENT@40..41
                      NAME_REF@40..41
                        IDENT@40..41 "x"
                WHITESPACE@41..42 " "
                R_CURLY@42..43 "}"
    "#]],
    );
}

#[test]
fn expression_keywords_are_not_items() {
    check_ok(
        "fn f() { unsafe {} const {} async {}; static || {}; const || {}; }",
        expect![[r#"
        SOURCE_FILE@0..66
          FN@0..66
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..66
              STMT_LIST@7..66
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                EXPR_STMT@9..18
                  BLOCK_EXPR@9..18
                    UNSAFE_KW@9..15 "unsafe"
                    WHITESPACE@15..16 " "
                    STMT_LIST@16..18
                      L_CURLY@16..17 "{"
                      R_CURLY@17..18 "}"
                WHITESPACE@18..19 " "
                EXPR_STMT@19..27
                  BLOCK_EXPR@19..27
                    CONST_KW@19..24 "const"
                    WHITESPACE@24..25 " "
                    STMT_LIST@25..27
                      L_CURLY@25..26 "{"
                      R_CURLY@26..27 "}"
                WHITESPACE@27..28 " "
                EXPR_STMT@28..37
                  BLOCK_EXPR@28..36
                    ASYNC_KW@28..33 "async"
                    WHITESPACE@33..34 " "
                    STMT_LIST@34..36
                      L_CURLY@34..35 "{"
                      R_CURLY@35..36 "}"
                  SEMICOLON@36..37 ";"
                WHITESPACE@37..38 " "
                EXPR_STMT@38..51
                  CLOSURE_EXPR@38..50
                    STATIC_KW@38..44 "static"
                    WHITESPACE@44..45 " "
                    PARAM_LIST@45..47
                      PIPE2@45..47 "||"
                    WHITESPACE@47..48 " "
                    BLOCK_EXPR@48..50
                      STMT_LIST@48..50
                        L_CURLY@48..49 "{"
                        R_CURLY@49..50 "}"
                  SEMICOLON@50..51 ";"
                WHITESPACE@51..52 " "
                EXPR_STMT@52..64
                  CLOSURE_EXPR@52..63
                    CONST_KW@52..57 "const"
                    WHITESPACE@57..58 " "
                    PARAM_LIST@58..60
                      PIPE2@58..60 "||"
                    WHITESPACE@60..61 " "
                    BLOCK_EXPR@61..63
                      STMT_LIST@61..63
                        L_CURLY@61..62 "{"
                        R_CURLY@62..63 "}"
                  SEMICOLON@63..64 ";"
                WHITESPACE@64..65 " "
                R_CURLY@65..66 "}"
    "#]],
    );
}

#[test]
fn tail_expression() {
    check_ok(
        "fn f() { a; b }",
        expect![[r#"
        SOURCE_FILE@0..15
          FN@0..15
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..15
              STMT_LIST@7..15
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                EXPR_STMT@9..11
                  PATH_EXPR@9..10
                    PATH@9..10
                      PATH_SEGMENT@9..10
                        NAME_REF@9..10
                          IDENT@9..10 "a"
                  SEMICOLON@10..11 ";"
                WHITESPACE@11..12 " "
                PATH_EXPR@12..13
                  PATH@12..13
                    PATH_SEGMENT@12..13
                      NAME_REF@12..13
                        IDENT@12..13 "b"
                WHITESPACE@13..14 " "
                R_CURLY@14..15 "}"
    "#]],
    );
}

#[test]
fn inner_attributes_in_blocks() {
    check_ok(
        "fn f() { #![allow(x)] #![deny(y)] a }",
        expect![[r##"
        SOURCE_FILE@0..37
          FN@0..37
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..37
              STMT_LIST@7..37
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                ATTR@9..21
                  POUND@9..10 "#"
                  BANG@10..11 "!"
                  L_BRACK@11..12 "["
                  META@12..20
                    PATH@12..17
                      PATH_SEGMENT@12..17
                        NAME_REF@12..17
                          IDENT@12..17 "allow"
                    TOKEN_TREE@17..20
                      L_PAREN@17..18 "("
                      IDENT@18..19 "x"
                      R_PAREN@19..20 ")"
                  R_BRACK@20..21 "]"
                WHITESPACE@21..22 " "
                ATTR@22..33
                  POUND@22..23 "#"
                  BANG@23..24 "!"
                  L_BRACK@24..25 "["
                  META@25..32
                    PATH@25..29
                      PATH_SEGMENT@25..29
                        NAME_REF@25..29
                          IDENT@25..29 "deny"
                    TOKEN_TREE@29..32
                      L_PAREN@29..30 "("
                      IDENT@30..31 "y"
                      R_PAREN@31..32 ")"
                  R_BRACK@32..33 "]"
                WHITESPACE@33..34 " "
                PATH_EXPR@34..35
                  PATH@34..35
                    PATH_SEGMENT@34..35
                      NAME_REF@34..35
                        IDENT@34..35 "a"
                WHITESPACE@35..36 " "
                R_CURLY@36..37 "}"
    "##]],
    );
}

#[test]
fn unclosed_block() {
    check(
        "fn f() { a + ",
        expect![[r#"
        SOURCE_FILE@0..13
          FN@0..12
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..12
              STMT_LIST@7..12
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                BIN_EXPR@9..12
                  PATH_EXPR@9..10
                    PATH@9..10
                      PATH_SEGMENT@9..10
                        NAME_REF@9..10
                          IDENT@9..10 "a"
                  WHITESPACE@10..11 " "
                  PLUS@11..12 "+"
          WHITESPACE@12..13 " "
        error 13..13: expected an expression
        error 13..13: expected `}`
    "#]],
    );
}

#[test]
fn unclosed_call_in_block() {
    check(
        "fn f() { g(1, 2 }
fn h() {}",
        expect![[r#"
    SOURCE_FILE@0..27
      FN@0..17
        FN_KW@0..2 "fn"
        WHITESPACE@2..3 " "
        NAME@3..4
          IDENT@3..4 "f"
        PARAM_LIST@4..6
          L_PAREN@4..5 "("
          R_PAREN@5..6 ")"
        WHITESPACE@6..7 " "
        BLOCK_EXPR@7..17
          STMT_LIST@7..17
            L_CURLY@7..8 "{"
            WHITESPACE@8..9 " "
            CALL_EXPR@9..15
              PATH_EXPR@9..10
                PATH@9..10
                  PATH_SEGMENT@9..10
                    NAME_REF@9..10
                      IDENT@9..10 "g"
              ARG_LIST@10..15
                L_PAREN@10..11 "("
                LITERAL@11..12
                  INT_NUMBER@11..12 "1"
                COMMA@12..13 ","
                WHITESPACE@13..14 " "
                LITERAL@14..15
                  INT_NUMBER@14..15 "2"
            WHITESPACE@15..16 " "
            R_CURLY@16..17 "}"
      WHITESPACE@17..18 "\n"
      FN@18..27
        FN_KW@18..20 "fn"
        WHITESPACE@20..21 " "
        NAME@21..22
          IDENT@21..22 "h"
        PARAM_LIST@22..24
          L_PAREN@22..23 "("
          R_PAREN@23..24 ")"
        WHITESPACE@24..25 " "
        BLOCK_EXPR@25..27
          STMT_LIST@25..27
            L_CURLY@25..26 "{"
            R_CURLY@26..27 "}"
    error 16..17: expected `)`
"#]],
    );
}

#[test]
fn missing_operand() {
    check_stmts(
        "a + ; * ;",
        expect![[r#"
        MACRO_STMTS@0..9
          EXPR_STMT@0..5
            BIN_EXPR@0..3
              PATH_EXPR@0..1
                PATH@0..1
                  PATH_SEGMENT@0..1
                    NAME_REF@0..1
                      IDENT@0..1 "a"
              WHITESPACE@1..2 " "
              PLUS@2..3 "+"
            WHITESPACE@3..4 " "
            SEMICOLON@4..5 ";"
          WHITESPACE@5..6 " "
          EXPR_STMT@6..9
            PREFIX_EXPR@6..7
              STAR@6..7 "*"
            WHITESPACE@7..8 " "
            SEMICOLON@8..9 ";"
        error 4..5: expected an expression
        error 8..9: expected an expression
    "#]],
    );
}

// ---- Fragments of macros (prefix entry points) ----

#[test]
fn expr_fragment_stops_at_comma_semicolon_and_fat_arrow() {
    check_prefix(
        PrefixEntryPoint::Expr,
        "a + b, c",
        expect![[r#"
        consumed 3, rest: ", c", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "a = b; c",
        expect![[r#"
        consumed 3, rest: "; c", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "1 => 2",
        expect![[r#"
        consumed 1, rest: "= > 2", errors: []
    "#]],
    );
}

#[test]
fn expr_fragment_takes_a_whole_expression() {
    check_prefix(
        PrefixEntryPoint::Expr,
        "if x {} else {} + 1 ;",
        expect![[r#"
        consumed 9, rest: ";", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "S { a } . b ? x",
        expect![[r#"
        consumed 7, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "|x| x + 1 ) x",
        expect![[r#"
        consumed 6, rest: ") x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "_ = 1",
        expect![[r#"
        consumed 3, rest: "", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Expr,
        "const { 1 } x",
        expect![[r#"
        consumed 4, rest: "x", errors: []
    "#]],
    );
}

#[test]
fn expr_fragment_rejects_let() {
    check_prefix(
        PrefixEntryPoint::Expr,
        "let x = 1",
        expect![[r#"
        consumed 4, rest: "", errors: ["`let` is only allowed in `if` and `while` conditions and in match guards"]
    "#]],
    );
}

#[test]
fn stmt_fragment_stops_before_its_semicolon() {
    check_prefix(
        PrefixEntryPoint::Stmt,
        "let x = 1; y",
        expect![[r#"
        consumed 4, rest: "; y", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Stmt,
        "a + b; c",
        expect![[r#"
        consumed 3, rest: "; c", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Stmt,
        "if x {} - 1",
        expect![[r#"
        consumed 4, rest: "- 1", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Stmt,
        "fn f() {} x",
        expect![[r#"
        consumed 6, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Stmt,
        "m! {} x",
        expect![[r#"
        consumed 4, rest: "x", errors: []
    "#]],
    );
}

#[test]
fn block_fragment() {
    check_prefix(
        PrefixEntryPoint::Block,
        "{ a } b",
        expect![[r#"
        consumed 3, rest: "b", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Block,
        "unsafe { a }",
        expect![[r#"
        consumed 0, rest: "unsafe { a }", errors: ["expected a block"]
    "#]],
    );
}

#[test]
fn literal_fragment() {
    check_prefix(
        PrefixEntryPoint::Literal,
        "-1 x",
        expect![[r#"
        consumed 2, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Literal,
        "\"s\" x",
        expect![[r#"
        consumed 1, rest: "x", errors: []
    "#]],
    );
}

// ---- Deep nesting ----

/// Parses `text` as a file on a thread with a 2 MiB stack, and checks that the text
/// round-trips and that an error says the input is nested too deeply.
fn check_too_deep(text: String) {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let parse = parse_source_file(&text, Edition::LATEST);
            let root = parse.syntax_node();
            assert_eq!(root.text().to_string(), text);
            assert!(
                parse.errors().iter().any(|error| error.message().contains("nested too deeply")),
                "no nesting error: {:?}",
                parse.errors().iter().take(5).collect::<Vec<_>>()
            );
            // A handful of errors, not one per nesting level.
            assert!(parse.errors().len() < 10, "{} errors", parse.errors().len());
            assert!(parse.depth() < 2_000, "depth {}", parse.depth());
        })
        .unwrap();
    handle.join().unwrap();
}

const DEEP: usize = 100_000;

#[test]
fn deeply_nested_parentheses() {
    check_too_deep(format!("fn f() {{ {}1{} }}", "(".repeat(DEEP), ")".repeat(DEEP)));
}

#[test]
fn deeply_nested_blocks() {
    check_too_deep(format!("fn f() {}{}", "{".repeat(DEEP), "}".repeat(DEEP)));
}

#[test]
fn deeply_nested_closures() {
    check_too_deep(format!("fn f() {{ {}1 }}", "|| ".repeat(DEEP)));
}

#[test]
fn deeply_nested_unary_operators() {
    check_too_deep(format!("fn f() {{ {}1 }}", "- ".repeat(DEEP)));
}

#[test]
fn deeply_nested_references() {
    check_too_deep(format!("fn f() {{ {}x }}", "&".repeat(DEEP)));
}

#[test]
fn deeply_nested_arrays_and_calls() {
    check_too_deep(format!("fn f() {{ {}{} }}", "[f(".repeat(DEEP / 2), ")]".repeat(DEEP / 2)));
}

#[test]
fn deeply_nested_right_associative_assignments() {
    check_too_deep(format!("fn f() {{ {}1 }}", "a = ".repeat(DEEP)));
}

#[test]
fn deeply_nested_items_and_blocks() {
    check_too_deep(format!("fn f() {}{}", "{ fn g() ".repeat(DEEP / 4), "{}}".repeat(DEEP / 4)));
}

/// A long chain of a left-associative operator does not recurse in the parser, and is no
/// error; its tree is as deep as the chain, so it is parsed on a big stack (dropping a
/// 100,000-deep tree recurses, and overflows a 2 MiB stack). The `?` chain is shorter: the tree
/// builder's node cache hashes small nodes with all their descendants, which is quadratic in
/// the depth of a chain of small nodes.
#[test]
fn long_chains_are_not_too_deep() {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            for text in [
                format!("fn f() {{ 1{} }}", " + 1".repeat(DEEP)),
                format!("fn f() {{ x{} }}", ".f()".repeat(DEEP)),
                format!("fn f() {{ x{} }}", "?".repeat(DEEP / 20)),
                format!("fn f() {{ if a {{}}{} }}", " else if a {}".repeat(DEEP)),
            ] {
                let parse = parse_source_file(&text, Edition::LATEST);
                assert!(parse.errors().is_empty(), "{:?}", &parse.errors()[..1]);
                assert_eq!(parse.syntax_node().text().to_string(), text);
                assert!(parse.depth() > DEEP as u32 / 20);
            }
        })
        .unwrap();
    handle.join().unwrap();
}

/// The parser must not loop or panic on any prefix of tricky inputs.
#[test]
fn every_prefix_of_tricky_inputs_parses() {
    let inputs = [
        "fn f() { match x { a if let b = c && d => { e } | f => g!(), _ => h.0.1.await? } }",
        "fn f() { let x: u32 = 'a: loop { break 'a |x| -> u32 { x } } else { return }; }",
        "fn f() { if let S { a, .. } = b && c..=d {} else if x as u8 > 1 { y[..] } }",
        "fn f() { builtin # offset_of(T, a.0.1); builtin # format_args(\"{}\", type = 1) }",
        "fn f() { async move { x.await }; for<'a> static async move |x| -> T { x }; }",
    ];
    for input in inputs {
        for end in (0..=input.len()).filter(|&end| input.is_char_boundary(end)) {
            let text = &input[..end];
            let parse = parse_source_file(text, Edition::LATEST);
            assert_eq!(parse.syntax_node().text().to_string(), text);
            // Also as fragments.
            for entry in [TopEntryPoint::Expr, TopEntryPoint::MacroStmts] {
                let parse = parse_fragment(text, Edition::LATEST, entry);
                assert_eq!(parse.syntax_node().text().to_string(), text);
            }
            let lexed = LexedStr::new_fragment(text, Edition::LATEST);
            let input = Input::from_lexed(&lexed);
            for entry in [PrefixEntryPoint::Expr, PrefixEntryPoint::Stmt, PrefixEntryPoint::Block] {
                let output = entry.parse(&input, Edition::LATEST);
                assert!(output.consumed_input_tokens() <= input.len());
            }
        }
    }
}

/// An outer attribute on an expression whose left side was wrapped by a postfix operator: the
/// attribute's node start moves to the wrapping node, which is entered once (a regression: it
/// was entered twice, once through each node pointing at it, and the tree had two roots).
#[test]
fn outer_attribute_before_a_postfix_expression() {
    check_stmts_ok(
        "#[a] x.y; #[b] f(x).0",
        expect![[r##"
            MACRO_STMTS@0..21
              EXPR_STMT@0..9
                FIELD_EXPR@0..8
                  ATTR@0..4
                    POUND@0..1 "#"
                    L_BRACK@1..2 "["
                    META@2..3
                      PATH@2..3
                        PATH_SEGMENT@2..3
                          NAME_REF@2..3
                            IDENT@2..3 "a"
                    R_BRACK@3..4 "]"
                  WHITESPACE@4..5 " "
                  PATH_EXPR@5..6
                    PATH@5..6
                      PATH_SEGMENT@5..6
                        NAME_REF@5..6
                          IDENT@5..6 "x"
                  DOT@6..7 "."
                  NAME_REF@7..8
                    IDENT@7..8 "y"
                SEMICOLON@8..9 ";"
              WHITESPACE@9..10 " "
              FIELD_EXPR@10..21
                ATTR@10..14
                  POUND@10..11 "#"
                  L_BRACK@11..12 "["
                  META@12..13
                    PATH@12..13
                      PATH_SEGMENT@12..13
                        NAME_REF@12..13
                          IDENT@12..13 "b"
                  R_BRACK@13..14 "]"
                WHITESPACE@14..15 " "
                CALL_EXPR@15..19
                  PATH_EXPR@15..16
                    PATH@15..16
                      PATH_SEGMENT@15..16
                        NAME_REF@15..16
                          IDENT@15..16 "f"
                  ARG_LIST@16..19
                    L_PAREN@16..17 "("
                    PATH_EXPR@17..18
                      PATH@17..18
                        PATH_SEGMENT@17..18
                          NAME_REF@17..18
                            IDENT@17..18 "x"
                    R_PAREN@18..19 ")"
                DOT@19..20 "."
                NAME_REF@20..21
                  INT_NUMBER@20..21 "0"
        "##]],
    );
}

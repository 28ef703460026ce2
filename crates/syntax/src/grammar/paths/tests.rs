//! Tests of the grammar of paths.

use expect_test::expect;

use crate::grammar::{
    PrefixEntryPoint,
    check::{check, check_ok, check_prefix},
};

#[test]
fn use_paths_in_attributes_and_visibilities() {
    check_ok(
        "#[rustfmt::skip] pub(crate) fn f() {}",
        expect![[r##"
        SOURCE_FILE@0..37
          FN@0..37
            ATTR@0..16
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..15
                PATH@2..15
                  PATH@2..9
                    PATH_SEGMENT@2..9
                      NAME_REF@2..9
                        IDENT@2..9 "rustfmt"
                  COLON2@9..11 "::"
                  PATH_SEGMENT@11..15
                    NAME_REF@11..15
                      IDENT@11..15 "skip"
              R_BRACK@15..16 "]"
            WHITESPACE@16..17 " "
            VISIBILITY@17..27
              PUB_KW@17..20 "pub"
              L_PAREN@20..21 "("
              PATH@21..26
                PATH_SEGMENT@21..26
                  NAME_REF@21..26
                    CRATE_KW@21..26 "crate"
              R_PAREN@26..27 ")"
            WHITESPACE@27..28 " "
            FN_KW@28..30 "fn"
            WHITESPACE@30..31 " "
            NAME@31..32
              IDENT@31..32 "f"
            PARAM_LIST@32..34
              L_PAREN@32..33 "("
              R_PAREN@33..34 ")"
            WHITESPACE@34..35 " "
            BLOCK_EXPR@35..37
              STMT_LIST@35..37
                L_CURLY@35..36 "{"
                R_CURLY@36..37 "}"
    "##]],
    );
}

#[test]
fn use_paths_take_no_generic_args() {
    check(
        "#[a::b<T>] fn f() {}",
        expect![[r##"
            SOURCE_FILE@0..20
              FN@0..20
                ATTR@0..10
                  POUND@0..1 "#"
                  L_BRACK@1..2 "["
                  META@2..6
                    PATH@2..6
                      PATH@2..3
                        PATH_SEGMENT@2..3
                          NAME_REF@2..3
                            IDENT@2..3 "a"
                      COLON2@3..5 "::"
                      PATH_SEGMENT@5..6
                        NAME_REF@5..6
                          IDENT@5..6 "b"
                  ERROR@6..9
                    L_ANGLE@6..7 "<"
                    IDENT@7..8 "T"
                    R_ANGLE@8..9 ">"
                  R_BRACK@9..10 "]"
                WHITESPACE@10..11 " "
                FN_KW@11..13 "fn"
                WHITESPACE@13..14 " "
                NAME@14..15
                  IDENT@14..15 "f"
                PARAM_LIST@15..17
                  L_PAREN@15..16 "("
                  R_PAREN@16..17 ")"
                WHITESPACE@17..18 " "
                BLOCK_EXPR@18..20
                  STMT_LIST@18..20
                    L_CURLY@18..19 "{"
                    R_CURLY@19..20 "}"
            error 6..7: expected `]`
        "##]],
    );
}

#[test]
fn expression_paths() {
    check_ok(
        "fn f() { ::std::mem::swap }",
        expect![[r#"
            SOURCE_FILE@0..27
              FN@0..27
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..27
                  STMT_LIST@7..27
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    PATH_EXPR@9..25
                      PATH@9..25
                        PATH@9..19
                          PATH@9..14
                            PATH_SEGMENT@9..14
                              COLON2@9..11 "::"
                              NAME_REF@11..14
                                IDENT@11..14 "std"
                          COLON2@14..16 "::"
                          PATH_SEGMENT@16..19
                            NAME_REF@16..19
                              IDENT@16..19 "mem"
                        COLON2@19..21 "::"
                        PATH_SEGMENT@21..25
                          NAME_REF@21..25
                            IDENT@21..25 "swap"
                    WHITESPACE@25..26 " "
                    R_CURLY@26..27 "}"
        "#]],
    );
    check_ok(
        "fn f() { <T as Default>::default }",
        expect![[r#"
            SOURCE_FILE@0..34
              FN@0..34
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..34
                  STMT_LIST@7..34
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    PATH_EXPR@9..32
                      PATH@9..32
                        PATH@9..23
                          PATH_SEGMENT@9..23
                            TYPE_ANCHOR@9..23
                              L_ANGLE@9..10 "<"
                              PATH_TYPE@10..11
                                PATH@10..11
                                  PATH_SEGMENT@10..11
                                    NAME_REF@10..11
                                      IDENT@10..11 "T"
                              WHITESPACE@11..12 " "
                              AS_KW@12..14 "as"
                              WHITESPACE@14..15 " "
                              PATH_TYPE@15..22
                                PATH@15..22
                                  PATH_SEGMENT@15..22
                                    NAME_REF@15..22
                                      IDENT@15..22 "Default"
                              R_ANGLE@22..23 ">"
                        COLON2@23..25 "::"
                        PATH_SEGMENT@25..32
                          NAME_REF@25..32
                            IDENT@25..32 "default"
                    WHITESPACE@32..33 " "
                    R_CURLY@33..34 "}"
        "#]],
    );
    check_ok(
        "fn f() { <[u8]>::len }",
        expect![[r#"
            SOURCE_FILE@0..22
              FN@0..22
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..22
                  STMT_LIST@7..22
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    PATH_EXPR@9..20
                      PATH@9..20
                        PATH@9..15
                          PATH_SEGMENT@9..15
                            TYPE_ANCHOR@9..15
                              L_ANGLE@9..10 "<"
                              SLICE_TYPE@10..14
                                L_BRACK@10..11 "["
                                PATH_TYPE@11..13
                                  PATH@11..13
                                    PATH_SEGMENT@11..13
                                      NAME_REF@11..13
                                        IDENT@11..13 "u8"
                                R_BRACK@13..14 "]"
                              R_ANGLE@14..15 ">"
                        COLON2@15..17 "::"
                        PATH_SEGMENT@17..20
                          NAME_REF@17..20
                            IDENT@17..20 "len"
                    WHITESPACE@20..21 " "
                    R_CURLY@21..22 "}"
        "#]],
    );
    check_ok(
        "fn f() { Self::new }",
        expect![[r#"
            SOURCE_FILE@0..20
              FN@0..20
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..20
                  STMT_LIST@7..20
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    PATH_EXPR@9..18
                      PATH@9..18
                        PATH@9..13
                          PATH_SEGMENT@9..13
                            NAME_REF@9..13
                              SELF_TYPE_KW@9..13 "Self"
                        COLON2@13..15 "::"
                        PATH_SEGMENT@15..18
                          NAME_REF@15..18
                            IDENT@15..18 "new"
                    WHITESPACE@18..19 " "
                    R_CURLY@19..20 "}"
        "#]],
    );
}

#[test]
fn path_prefix_is_a_type_path() {
    check_prefix(
        PrefixEntryPoint::Path,
        "a::b<T>::c d",
        expect![[r#"
        consumed 10, rest: "d", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "Fn(u8) -> u8 + Send",
        expect![[r#"
        consumed 7, rest: "+ Send", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "<T as Tr>::X::<u8> = 1",
        expect![[r#"
        consumed 13, rest: "= 1", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "a::b!()",
        expect![[r#"
        consumed 4, rest: "! ( )", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "a<= b",
        expect![[r#"
        consumed 1, rest: "< = b", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "self::super::crate",
        expect![[r#"
        consumed 7, rest: "", errors: []
    "#]],
    );
}

#[test]
fn path_ending_in_colons() {
    check(
        "fn f() { a::b:: }",
        expect![[r#"
            SOURCE_FILE@0..17
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
                    PATH_EXPR@9..15
                      PATH@9..15
                        PATH@9..13
                          PATH@9..10
                            PATH_SEGMENT@9..10
                              NAME_REF@9..10
                                IDENT@9..10 "a"
                          COLON2@10..12 "::"
                          PATH_SEGMENT@12..13
                            NAME_REF@12..13
                              IDENT@12..13 "b"
                        COLON2@13..15 "::"
                    WHITESPACE@15..16 " "
                    R_CURLY@16..17 "}"
            error 16..17: expected an identifier, `self`, `super`, `crate` or `Self`
        "#]],
    );
    check_prefix(
        PrefixEntryPoint::Path,
        "a::, b",
        expect![[r#"
        consumed 3, rest: ", b", errors: ["expected an identifier, `self`, `super`, `crate` or `Self`"]
    "#]],
    );
}

#[test]
fn path_with_a_bad_segment() {
    check(
        "fn f(x: a::1) {}",
        expect![[r#"
        SOURCE_FILE@0..16
          FN@0..16
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..13
              L_PAREN@4..5 "("
              PARAM@5..12
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                PATH_TYPE@8..12
                  PATH@8..12
                    PATH@8..9
                      PATH_SEGMENT@8..9
                        NAME_REF@8..9
                          IDENT@8..9 "a"
                    COLON2@9..11 "::"
                    PATH_SEGMENT@11..12
                      ERROR@11..12
                        INT_NUMBER@11..12 "1"
              R_PAREN@12..13 ")"
            WHITESPACE@13..14 " "
            BLOCK_EXPR@14..16
              STMT_LIST@14..16
                L_CURLY@14..15 "{"
                R_CURLY@15..16 "}"
        error 11..12: expected an identifier, `self`, `super`, `crate` or `Self`
    "#]],
    );
}

#[test]
fn leading_colons_alone() {
    check_prefix(
        PrefixEntryPoint::Path,
        ":: ;",
        expect![[r#"
        consumed 2, rest: ";", errors: ["expected an identifier, `self`, `super`, `crate` or `Self`"]
    "#]],
    );
}

/// How many input tokens `use_path` consumes at the start of `text`, and its errors.
fn use_path_prefix(text: &str) -> (usize, Vec<String>) {
    let lexed = crate::LexedStr::new_fragment(text, crate::Edition::LATEST);
    let input = crate::parser::Input::from_lexed(&lexed);
    let mut p = crate::parser::Parser::new(&input, crate::Edition::LATEST);
    super::use_path(&mut p);
    let output = p.finish();
    let errors = output
        .iter()
        .filter_map(|step| match step {
            crate::parser::Step::Error { message } => Some(message.to_owned()),
            _ => None,
        })
        .collect();
    (output.consumed_input_tokens(), errors)
}

#[test]
fn use_path_stops_before_a_use_tree_list_or_glob() {
    assert_eq!(use_path_prefix("a::b::{c, d}"), (4, vec![]));
    assert_eq!(use_path_prefix("a::*"), (1, vec![]));
    assert_eq!(use_path_prefix("::a::b as c"), (6, vec![]));
    assert_eq!(use_path_prefix("a::b<T>"), (4, vec![]));
    assert_eq!(use_path_prefix("crate::a::self"), (7, vec![]));
}

#[test]
fn macro_in_a_generic_argument() {
    check_ok(
        "fn f(x: S<a::m!(u8)>) {}",
        expect![[r#"
        SOURCE_FILE@0..24
          FN@0..24
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..21
              L_PAREN@4..5 "("
              PARAM@5..20
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                PATH_TYPE@8..20
                  PATH@8..20
                    PATH_SEGMENT@8..20
                      NAME_REF@8..9
                        IDENT@8..9 "S"
                      GENERIC_ARG_LIST@9..20
                        L_ANGLE@9..10 "<"
                        TYPE_ARG@10..19
                          MACRO_TYPE@10..19
                            MACRO_CALL@10..19
                              PATH@10..14
                                PATH@10..11
                                  PATH_SEGMENT@10..11
                                    NAME_REF@10..11
                                      IDENT@10..11 "a"
                                COLON2@11..13 "::"
                                PATH_SEGMENT@13..14
                                  NAME_REF@13..14
                                    IDENT@13..14 "m"
                              BANG@14..15 "!"
                              TOKEN_TREE@15..19
                                L_PAREN@15..16 "("
                                IDENT@16..18 "u8"
                                R_PAREN@18..19 ")"
                        R_ANGLE@19..20 ">"
              R_PAREN@20..21 ")"
            WHITESPACE@21..22 " "
            BLOCK_EXPR@22..24
              STMT_LIST@22..24
                L_CURLY@22..23 "{"
                R_CURLY@23..24 "}"
    "#]],
    );
}

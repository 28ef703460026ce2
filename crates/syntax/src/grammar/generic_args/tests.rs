//! Tests of the grammar of generic arguments.

use expect_test::{Expect, expect};

use crate::{
    Edition,
    grammar::{
        PrefixEntryPoint, TopEntryPoint,
        check::{check, check_ok, check_prefix},
    },
};

/// Parses `text` as a type fragment and compares the tree and its errors.
fn check_type(text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, Edition::LATEST, TopEntryPoint::Type);
    let root = parse.syntax_node();
    if let Err(problem) = crate::check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}");
    }
    expect.assert_eq(&crate::debug_dump(&root, parse.errors()));
}

/// Like [`check_type`], and also asserts that there are no errors.
fn check_type_ok(text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, Edition::LATEST, TopEntryPoint::Type);
    assert!(parse.errors().is_empty(), "unexpected errors: {:?}", parse.errors());
    check_type(text, expect);
}

#[test]
fn type_lifetime_and_const_args() {
    check_type_ok(
        "S<'a, T, 3, -1, { N }, true, \"s\", 'c'>",
        expect![[r#"
            PATH_TYPE@0..38
              PATH@0..38
                PATH_SEGMENT@0..38
                  NAME_REF@0..1
                    IDENT@0..1 "S"
                  GENERIC_ARG_LIST@1..38
                    L_ANGLE@1..2 "<"
                    LIFETIME_ARG@2..4
                      LIFETIME@2..4
                        LIFETIME_IDENT@2..4 "'a"
                    COMMA@4..5 ","
                    WHITESPACE@5..6 " "
                    TYPE_ARG@6..7
                      PATH_TYPE@6..7
                        PATH@6..7
                          PATH_SEGMENT@6..7
                            NAME_REF@6..7
                              IDENT@6..7 "T"
                    COMMA@7..8 ","
                    WHITESPACE@8..9 " "
                    CONST_ARG@9..10
                      LITERAL@9..10
                        INT_NUMBER@9..10 "3"
                    COMMA@10..11 ","
                    WHITESPACE@11..12 " "
                    CONST_ARG@12..14
                      PREFIX_EXPR@12..14
                        MINUS@12..13 "-"
                        LITERAL@13..14
                          INT_NUMBER@13..14 "1"
                    COMMA@14..15 ","
                    WHITESPACE@15..16 " "
                    CONST_ARG@16..21
                      BLOCK_EXPR@16..21
                        STMT_LIST@16..21
                          L_CURLY@16..17 "{"
                          WHITESPACE@17..18 " "
                          PATH_EXPR@18..19
                            PATH@18..19
                              PATH_SEGMENT@18..19
                                NAME_REF@18..19
                                  IDENT@18..19 "N"
                          WHITESPACE@19..20 " "
                          R_CURLY@20..21 "}"
                    COMMA@21..22 ","
                    WHITESPACE@22..23 " "
                    CONST_ARG@23..27
                      LITERAL@23..27
                        TRUE_KW@23..27 "true"
                    COMMA@27..28 ","
                    WHITESPACE@28..29 " "
                    CONST_ARG@29..32
                      LITERAL@29..32
                        STRING@29..32 "\"s\""
                    COMMA@32..33 ","
                    WHITESPACE@33..34 " "
                    CONST_ARG@34..37
                      LITERAL@34..37
                        CHAR@34..37 "'c'"
                    R_ANGLE@37..38 ">"
        "#]],
    );
}

#[test]
fn bare_path_arg_is_a_type() {
    check_type_ok(
        "S<N, a::B>",
        expect![[r#"
        PATH_TYPE@0..10
          PATH@0..10
            PATH_SEGMENT@0..10
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..10
                L_ANGLE@1..2 "<"
                TYPE_ARG@2..3
                  PATH_TYPE@2..3
                    PATH@2..3
                      PATH_SEGMENT@2..3
                        NAME_REF@2..3
                          IDENT@2..3 "N"
                COMMA@3..4 ","
                WHITESPACE@4..5 " "
                TYPE_ARG@5..9
                  PATH_TYPE@5..9
                    PATH@5..9
                      PATH@5..6
                        PATH_SEGMENT@5..6
                          NAME_REF@5..6
                            IDENT@5..6 "a"
                      COLON2@6..8 "::"
                      PATH_SEGMENT@8..9
                        NAME_REF@8..9
                          IDENT@8..9 "B"
                R_ANGLE@9..10 ">"
    "#]],
    );
}

#[test]
fn lifetime_with_bounds_is_a_trait_object() {
    check_type_ok(
        "S<'a + Trait>",
        expect![[r#"
        PATH_TYPE@0..13
          PATH@0..13
            PATH_SEGMENT@0..13
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..13
                L_ANGLE@1..2 "<"
                TYPE_ARG@2..12
                  DYN_TRAIT_TYPE@2..12
                    TYPE_BOUND_LIST@2..12
                      TYPE_BOUND@2..4
                        LIFETIME@2..4
                          LIFETIME_IDENT@2..4 "'a"
                      WHITESPACE@4..5 " "
                      PLUS@5..6 "+"
                      WHITESPACE@6..7 " "
                      TYPE_BOUND@7..12
                        PATH_TYPE@7..12
                          PATH@7..12
                            PATH_SEGMENT@7..12
                              NAME_REF@7..12
                                IDENT@7..12 "Trait"
                R_ANGLE@12..13 ">"
    "#]],
    );
}

#[test]
fn assoc_type_bindings() {
    check_type_ok(
        "Iterator<Item = u8>",
        expect![[r#"
        PATH_TYPE@0..19
          PATH@0..19
            PATH_SEGMENT@0..19
              NAME_REF@0..8
                IDENT@0..8 "Iterator"
              GENERIC_ARG_LIST@8..19
                L_ANGLE@8..9 "<"
                ASSOC_TYPE_ARG@9..18
                  NAME_REF@9..13
                    IDENT@9..13 "Item"
                  WHITESPACE@13..14 " "
                  EQ@14..15 "="
                  WHITESPACE@15..16 " "
                  PATH_TYPE@16..18
                    PATH@16..18
                      PATH_SEGMENT@16..18
                        NAME_REF@16..18
                          IDENT@16..18 "u8"
                R_ANGLE@18..19 ">"
    "#]],
    );
    check_type_ok(
        "StreamingIterator<Item<'a> = &'a u8>",
        expect![[r#"
        PATH_TYPE@0..36
          PATH@0..36
            PATH_SEGMENT@0..36
              NAME_REF@0..17
                IDENT@0..17 "StreamingIterator"
              GENERIC_ARG_LIST@17..36
                L_ANGLE@17..18 "<"
                ASSOC_TYPE_ARG@18..35
                  NAME_REF@18..22
                    IDENT@18..22 "Item"
                  GENERIC_ARG_LIST@22..26
                    L_ANGLE@22..23 "<"
                    LIFETIME_ARG@23..25
                      LIFETIME@23..25
                        LIFETIME_IDENT@23..25 "'a"
                    R_ANGLE@25..26 ">"
                  WHITESPACE@26..27 " "
                  EQ@27..28 "="
                  WHITESPACE@28..29 " "
                  REF_TYPE@29..35
                    AMP@29..30 "&"
                    LIFETIME@30..32
                      LIFETIME_IDENT@30..32 "'a"
                    WHITESPACE@32..33 " "
                    PATH_TYPE@33..35
                      PATH@33..35
                        PATH_SEGMENT@33..35
                          NAME_REF@33..35
                            IDENT@33..35 "u8"
                R_ANGLE@35..36 ">"
    "#]],
    );
}

#[test]
fn assoc_const_equality() {
    check_type_ok(
        "Foo<N = 3, M = { N }, L = -1>",
        expect![[r#"
            PATH_TYPE@0..29
              PATH@0..29
                PATH_SEGMENT@0..29
                  NAME_REF@0..3
                    IDENT@0..3 "Foo"
                  GENERIC_ARG_LIST@3..29
                    L_ANGLE@3..4 "<"
                    ASSOC_TYPE_ARG@4..9
                      NAME_REF@4..5
                        IDENT@4..5 "N"
                      WHITESPACE@5..6 " "
                      EQ@6..7 "="
                      WHITESPACE@7..8 " "
                      CONST_ARG@8..9
                        LITERAL@8..9
                          INT_NUMBER@8..9 "3"
                    COMMA@9..10 ","
                    WHITESPACE@10..11 " "
                    ASSOC_TYPE_ARG@11..20
                      NAME_REF@11..12
                        IDENT@11..12 "M"
                      WHITESPACE@12..13 " "
                      EQ@13..14 "="
                      WHITESPACE@14..15 " "
                      CONST_ARG@15..20
                        BLOCK_EXPR@15..20
                          STMT_LIST@15..20
                            L_CURLY@15..16 "{"
                            WHITESPACE@16..17 " "
                            PATH_EXPR@17..18
                              PATH@17..18
                                PATH_SEGMENT@17..18
                                  NAME_REF@17..18
                                    IDENT@17..18 "N"
                            WHITESPACE@18..19 " "
                            R_CURLY@19..20 "}"
                    COMMA@20..21 ","
                    WHITESPACE@21..22 " "
                    ASSOC_TYPE_ARG@22..28
                      NAME_REF@22..23
                        IDENT@22..23 "L"
                      WHITESPACE@23..24 " "
                      EQ@24..25 "="
                      WHITESPACE@25..26 " "
                      CONST_ARG@26..28
                        PREFIX_EXPR@26..28
                          MINUS@26..27 "-"
                          LITERAL@27..28
                            INT_NUMBER@27..28 "1"
                    R_ANGLE@28..29 ">"
        "#]],
    );
}

#[test]
fn assoc_type_constraints() {
    check_type_ok(
        "Trait<Assoc: Copy + 'static>",
        expect![[r#"
            PATH_TYPE@0..28
              PATH@0..28
                PATH_SEGMENT@0..28
                  NAME_REF@0..5
                    IDENT@0..5 "Trait"
                  GENERIC_ARG_LIST@5..28
                    L_ANGLE@5..6 "<"
                    ASSOC_TYPE_ARG@6..27
                      NAME_REF@6..11
                        IDENT@6..11 "Assoc"
                      COLON@11..12 ":"
                      WHITESPACE@12..13 " "
                      TYPE_BOUND_LIST@13..27
                        TYPE_BOUND@13..17
                          PATH_TYPE@13..17
                            PATH@13..17
                              PATH_SEGMENT@13..17
                                NAME_REF@13..17
                                  IDENT@13..17 "Copy"
                        WHITESPACE@17..18 " "
                        PLUS@18..19 "+"
                        WHITESPACE@19..20 " "
                        TYPE_BOUND@20..27
                          LIFETIME@20..27
                            LIFETIME_IDENT@20..27 "'static"
                    R_ANGLE@27..28 ">"
        "#]],
    );
    check_type_ok(
        "Trait<method(..): Send, Item(u8): Copy>",
        expect![[r#"
        PATH_TYPE@0..39
          PATH@0..39
            PATH_SEGMENT@0..39
              NAME_REF@0..5
                IDENT@0..5 "Trait"
              GENERIC_ARG_LIST@5..39
                L_ANGLE@5..6 "<"
                ASSOC_TYPE_ARG@6..22
                  NAME_REF@6..12
                    IDENT@6..12 "method"
                  RETURN_TYPE_SYNTAX@12..16
                    L_PAREN@12..13 "("
                    DOT2@13..15 ".."
                    R_PAREN@15..16 ")"
                  COLON@16..17 ":"
                  WHITESPACE@17..18 " "
                  TYPE_BOUND_LIST@18..22
                    TYPE_BOUND@18..22
                      PATH_TYPE@18..22
                        PATH@18..22
                          PATH_SEGMENT@18..22
                            NAME_REF@18..22
                              IDENT@18..22 "Send"
                COMMA@22..23 ","
                WHITESPACE@23..24 " "
                ASSOC_TYPE_ARG@24..38
                  NAME_REF@24..28
                    IDENT@24..28 "Item"
                  PARENTHESIZED_ARG_LIST@28..32
                    L_PAREN@28..29 "("
                    TYPE_ARG@29..31
                      PATH_TYPE@29..31
                        PATH@29..31
                          PATH_SEGMENT@29..31
                            NAME_REF@29..31
                              IDENT@29..31 "u8"
                    R_PAREN@31..32 ")"
                  COLON@32..33 ":"
                  WHITESPACE@33..34 " "
                  TYPE_BOUND_LIST@34..38
                    TYPE_BOUND@34..38
                      PATH_TYPE@34..38
                        PATH@34..38
                          PATH_SEGMENT@34..38
                            NAME_REF@34..38
                              IDENT@34..38 "Copy"
                R_ANGLE@38..39 ">"
    "#]],
    );
}

#[test]
fn parenthesized_args() {
    check_type_ok(
        "Fn(u8, u16,) -> u32",
        expect![[r#"
        PATH_TYPE@0..19
          PATH@0..19
            PATH_SEGMENT@0..19
              NAME_REF@0..2
                IDENT@0..2 "Fn"
              PARENTHESIZED_ARG_LIST@2..12
                L_PAREN@2..3 "("
                TYPE_ARG@3..5
                  PATH_TYPE@3..5
                    PATH@3..5
                      PATH_SEGMENT@3..5
                        NAME_REF@3..5
                          IDENT@3..5 "u8"
                COMMA@5..6 ","
                WHITESPACE@6..7 " "
                TYPE_ARG@7..10
                  PATH_TYPE@7..10
                    PATH@7..10
                      PATH_SEGMENT@7..10
                        NAME_REF@7..10
                          IDENT@7..10 "u16"
                COMMA@10..11 ","
                R_PAREN@11..12 ")"
              WHITESPACE@12..13 " "
              RET_TYPE@13..19
                THIN_ARROW@13..15 "->"
                WHITESPACE@15..16 " "
                PATH_TYPE@16..19
                  PATH@16..19
                    PATH_SEGMENT@16..19
                      NAME_REF@16..19
                        IDENT@16..19 "u32"
    "#]],
    );
    check_type_ok(
        "FnOnce::()",
        expect![[r#"
        PATH_TYPE@0..10
          PATH@0..10
            PATH_SEGMENT@0..10
              NAME_REF@0..6
                IDENT@0..6 "FnOnce"
              PARENTHESIZED_ARG_LIST@6..10
                COLON2@6..8 "::"
                L_PAREN@8..9 "("
                R_PAREN@9..10 ")"
    "#]],
    );
    check_type_ok(
        "T::method(..)",
        expect![[r#"
        PATH_TYPE@0..13
          PATH@0..13
            PATH@0..1
              PATH_SEGMENT@0..1
                NAME_REF@0..1
                  IDENT@0..1 "T"
            COLON2@1..3 "::"
            PATH_SEGMENT@3..13
              NAME_REF@3..9
                IDENT@3..9 "method"
              RETURN_TYPE_SYNTAX@9..13
                L_PAREN@9..10 "("
                DOT2@10..12 ".."
                R_PAREN@12..13 ")"
    "#]],
    );
}

#[test]
fn turbofish_in_type_position() {
    check_type_ok(
        "Vec::<u8>",
        expect![[r#"
        PATH_TYPE@0..9
          PATH@0..9
            PATH_SEGMENT@0..9
              NAME_REF@0..3
                IDENT@0..3 "Vec"
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
    "#]],
    );
}

#[test]
fn generic_args_in_an_expression_path() {
    check_ok(
        "fn f() { iter::<u8, 'a, 3>::new }",
        expect![[r#"
            SOURCE_FILE@0..33
              FN@0..33
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..33
                  STMT_LIST@7..33
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    PATH_EXPR@9..31
                      PATH@9..31
                        PATH@9..26
                          PATH_SEGMENT@9..26
                            NAME_REF@9..13
                              IDENT@9..13 "iter"
                            GENERIC_ARG_LIST@13..26
                              COLON2@13..15 "::"
                              L_ANGLE@15..16 "<"
                              TYPE_ARG@16..18
                                PATH_TYPE@16..18
                                  PATH@16..18
                                    PATH_SEGMENT@16..18
                                      NAME_REF@16..18
                                        IDENT@16..18 "u8"
                              COMMA@18..19 ","
                              WHITESPACE@19..20 " "
                              LIFETIME_ARG@20..22
                                LIFETIME@20..22
                                  LIFETIME_IDENT@20..22 "'a"
                              COMMA@22..23 ","
                              WHITESPACE@23..24 " "
                              CONST_ARG@24..25
                                LITERAL@24..25
                                  INT_NUMBER@24..25 "3"
                              R_ANGLE@25..26 ">"
                        COLON2@26..28 "::"
                        PATH_SEGMENT@28..31
                          NAME_REF@28..31
                            IDENT@28..31 "new"
                    WHITESPACE@31..32 " "
                    R_CURLY@32..33 "}"
        "#]],
    );
}

#[test]
fn less_than_in_an_expression_path_is_not_generic_args() {
    check_prefix(
        PrefixEntryPoint::Expr,
        "a<b>",
        expect![[r#"
            consumed 4, rest: "", errors: ["comparison operators cannot be chained: use parentheses or `&&`", "expected an expression"]
        "#]],
    );
}

#[test]
fn joint_greater_than_and_equals_after_generic_args() {
    // The lexer never glues punctuation: `>=` is `>` then `=`, and only `>` closes the list.
    check(
        "fn f(x: Vec<u8>=) {}",
        expect![[r#"
            SOURCE_FILE@0..20
              FN@0..15
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..15
                  L_PAREN@4..5 "("
                  PARAM@5..15
                    IDENT_PAT@5..6
                      NAME@5..6
                        IDENT@5..6 "x"
                    COLON@6..7 ":"
                    WHITESPACE@7..8 " "
                    PATH_TYPE@8..15
                      PATH@8..15
                        PATH_SEGMENT@8..15
                          NAME_REF@8..11
                            IDENT@8..11 "Vec"
                          GENERIC_ARG_LIST@11..15
                            L_ANGLE@11..12 "<"
                            TYPE_ARG@12..14
                              PATH_TYPE@12..14
                                PATH@12..14
                                  PATH_SEGMENT@12..14
                                    NAME_REF@12..14
                                      IDENT@12..14 "u8"
                            R_ANGLE@14..15 ">"
              ERROR@15..16
                EQ@15..16 "="
              ERROR@16..17
                R_PAREN@16..17 ")"
              WHITESPACE@17..18 " "
              ERROR@18..20
                TOKEN_TREE@18..20
                  L_CURLY@18..19 "{"
                  R_CURLY@19..20 "}"
            error 15..16: expected `)`
            error 15..16: expected a function body or `;`
            error 15..16: expected an item
            error 16..17: expected an item
            error 18..19: expected an item
        "#]],
    );
}

#[test]
fn missing_comma_and_closing_angle() {
    check_type(
        "S<u8 u16>",
        expect![[r#"
        PATH_TYPE@0..9
          PATH@0..9
            PATH_SEGMENT@0..9
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..9
                L_ANGLE@1..2 "<"
                TYPE_ARG@2..4
                  PATH_TYPE@2..4
                    PATH@2..4
                      PATH_SEGMENT@2..4
                        NAME_REF@2..4
                          IDENT@2..4 "u8"
                WHITESPACE@4..5 " "
                TYPE_ARG@5..8
                  PATH_TYPE@5..8
                    PATH@5..8
                      PATH_SEGMENT@5..8
                        NAME_REF@5..8
                          IDENT@5..8 "u16"
                R_ANGLE@8..9 ">"
        error 5..8: expected `,`
    "#]],
    );
    check_type(
        "S<u8",
        expect![[r#"
        PATH_TYPE@0..4
          PATH@0..4
            PATH_SEGMENT@0..4
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..4
                L_ANGLE@1..2 "<"
                TYPE_ARG@2..4
                  PATH_TYPE@2..4
                    PATH@2..4
                      PATH_SEGMENT@2..4
                        NAME_REF@2..4
                          IDENT@2..4 "u8"
        error 4..4: expected `>`
    "#]],
    );
    check(
        "fn f(x: Vec<u8) {}",
        expect![[r#"
        SOURCE_FILE@0..18
          FN@0..18
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..15
              L_PAREN@4..5 "("
              PARAM@5..14
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                PATH_TYPE@8..14
                  PATH@8..14
                    PATH_SEGMENT@8..14
                      NAME_REF@8..11
                        IDENT@8..11 "Vec"
                      GENERIC_ARG_LIST@11..14
                        L_ANGLE@11..12 "<"
                        TYPE_ARG@12..14
                          PATH_TYPE@12..14
                            PATH@12..14
                              PATH_SEGMENT@12..14
                                NAME_REF@12..14
                                  IDENT@12..14 "u8"
              R_PAREN@14..15 ")"
            WHITESPACE@15..16 " "
            BLOCK_EXPR@16..18
              STMT_LIST@16..18
                L_CURLY@16..17 "{"
                R_CURLY@17..18 "}"
        error 14..15: expected `>`
    "#]],
    );
}

#[test]
fn missing_argument() {
    check_type(
        "S<u8, , u16>",
        expect![[r#"
        PATH_TYPE@0..12
          PATH@0..12
            PATH_SEGMENT@0..12
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..12
                L_ANGLE@1..2 "<"
                TYPE_ARG@2..4
                  PATH_TYPE@2..4
                    PATH@2..4
                      PATH_SEGMENT@2..4
                        NAME_REF@2..4
                          IDENT@2..4 "u8"
                COMMA@4..5 ","
                WHITESPACE@5..6 " "
                ERROR@6..7
                  COMMA@6..7 ","
                WHITESPACE@7..8 " "
                TYPE_ARG@8..11
                  PATH_TYPE@8..11
                    PATH@8..11
                      PATH_SEGMENT@8..11
                        NAME_REF@8..11
                          IDENT@8..11 "u16"
                R_ANGLE@11..12 ">"
        error 6..7: expected a generic argument
    "#]],
    );
    check_type(
        "S<;>",
        expect![[r#"
        PATH_TYPE@0..4
          PATH@0..4
            PATH_SEGMENT@0..4
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..4
                L_ANGLE@1..2 "<"
                ERROR@2..3
                  SEMICOLON@2..3 ";"
                R_ANGLE@3..4 ">"
        error 2..3: expected a generic argument
    "#]],
    );
}

#[test]
fn missing_binding() {
    check_type(
        "Iterator<Item = >",
        expect![[r#"
        PATH_TYPE@0..17
          PATH@0..17
            PATH_SEGMENT@0..17
              NAME_REF@0..8
                IDENT@0..8 "Iterator"
              GENERIC_ARG_LIST@8..17
                L_ANGLE@8..9 "<"
                ASSOC_TYPE_ARG@9..15
                  NAME_REF@9..13
                    IDENT@9..13 "Item"
                  WHITESPACE@13..14 " "
                  EQ@14..15 "="
                WHITESPACE@15..16 " "
                R_ANGLE@16..17 ">"
        error 16..17: expected a type or a constant after `=`
    "#]],
    );
    check_type(
        "S<-x>",
        expect![[r#"
        PATH_TYPE@0..5
          PATH@0..5
            PATH_SEGMENT@0..5
              NAME_REF@0..1
                IDENT@0..1 "S"
              GENERIC_ARG_LIST@1..5
                L_ANGLE@1..2 "<"
                CONST_ARG@2..4
                  PREFIX_EXPR@2..4
                    MINUS@2..3 "-"
                    ERROR@3..4
                      IDENT@3..4 "x"
                R_ANGLE@4..5 ">"
        error 3..4: expected a literal after `-`
    "#]],
    );
}

#[test]
fn unclosed_generic_args_before_a_body() {
    check(
        "fn f() -> Vec<u8 {}",
        expect![[r#"
        SOURCE_FILE@0..19
          FN@0..19
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            RET_TYPE@7..16
              THIN_ARROW@7..9 "->"
              WHITESPACE@9..10 " "
              PATH_TYPE@10..16
                PATH@10..16
                  PATH_SEGMENT@10..16
                    NAME_REF@10..13
                      IDENT@10..13 "Vec"
                    GENERIC_ARG_LIST@13..16
                      L_ANGLE@13..14 "<"
                      TYPE_ARG@14..16
                        PATH_TYPE@14..16
                          PATH@14..16
                            PATH_SEGMENT@14..16
                              NAME_REF@14..16
                                IDENT@14..16 "u8"
            WHITESPACE@16..17 " "
            BLOCK_EXPR@17..19
              STMT_LIST@17..19
                L_CURLY@17..18 "{"
                R_CURLY@18..19 "}"
        error 17..18: expected `>`
    "#]],
    );
}

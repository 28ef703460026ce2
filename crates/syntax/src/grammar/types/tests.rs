//! Tests of the grammar of types.

use expect_test::{Expect, expect};

use crate::{
    Edition,
    grammar::{
        PrefixEntryPoint, TopEntryPoint,
        check::{check, check_edition, check_ok, check_prefix},
    },
};

/// Parses `text` as a type fragment in `edition` and compares the tree and its errors.
fn check_type_edition(edition: Edition, text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, edition, TopEntryPoint::Type);
    let root = parse.syntax_node();
    if let Err(problem) = crate::check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}");
    }
    expect.assert_eq(&crate::debug_dump(&root, parse.errors()));
}

/// Parses `text` as a type fragment in the latest edition and compares the tree and its errors.
fn check_type(text: &str, expect: Expect) {
    check_type_edition(Edition::LATEST, text, expect);
}

/// Like [`check_type`], and also asserts that there are no errors.
fn check_type_ok(text: &str, expect: Expect) {
    let parse = crate::parse_fragment(text, Edition::LATEST, TopEntryPoint::Type);
    assert!(parse.errors().is_empty(), "unexpected errors: {:?}", parse.errors());
    check_type(text, expect);
}

#[test]
fn path_types() {
    check_type_ok(
        "u32",
        expect![[r#"
        PATH_TYPE@0..3
          PATH@0..3
            PATH_SEGMENT@0..3
              NAME_REF@0..3
                IDENT@0..3 "u32"
    "#]],
    );
    check_type_ok(
        "::std::vec::Vec",
        expect![[r#"
        PATH_TYPE@0..15
          PATH@0..15
            PATH@0..10
              PATH@0..5
                PATH_SEGMENT@0..5
                  COLON2@0..2 "::"
                  NAME_REF@2..5
                    IDENT@2..5 "std"
              COLON2@5..7 "::"
              PATH_SEGMENT@7..10
                NAME_REF@7..10
                  IDENT@7..10 "vec"
            COLON2@10..12 "::"
            PATH_SEGMENT@12..15
              NAME_REF@12..15
                IDENT@12..15 "Vec"
    "#]],
    );
    check_type_ok(
        "self::Foo",
        expect![[r#"
        PATH_TYPE@0..9
          PATH@0..9
            PATH@0..4
              PATH_SEGMENT@0..4
                NAME_REF@0..4
                  SELF_KW@0..4 "self"
            COLON2@4..6 "::"
            PATH_SEGMENT@6..9
              NAME_REF@6..9
                IDENT@6..9 "Foo"
    "#]],
    );
    check_type_ok(
        "super::super::Foo",
        expect![[r#"
        PATH_TYPE@0..17
          PATH@0..17
            PATH@0..12
              PATH@0..5
                PATH_SEGMENT@0..5
                  NAME_REF@0..5
                    SUPER_KW@0..5 "super"
              COLON2@5..7 "::"
              PATH_SEGMENT@7..12
                NAME_REF@7..12
                  SUPER_KW@7..12 "super"
            COLON2@12..14 "::"
            PATH_SEGMENT@14..17
              NAME_REF@14..17
                IDENT@14..17 "Foo"
    "#]],
    );
    check_type_ok(
        "crate::Foo",
        expect![[r#"
        PATH_TYPE@0..10
          PATH@0..10
            PATH@0..5
              PATH_SEGMENT@0..5
                NAME_REF@0..5
                  CRATE_KW@0..5 "crate"
            COLON2@5..7 "::"
            PATH_SEGMENT@7..10
              NAME_REF@7..10
                IDENT@7..10 "Foo"
    "#]],
    );
    check_type_ok(
        "Self::Assoc",
        expect![[r#"
        PATH_TYPE@0..11
          PATH@0..11
            PATH@0..4
              PATH_SEGMENT@0..4
                NAME_REF@0..4
                  SELF_TYPE_KW@0..4 "Self"
            COLON2@4..6 "::"
            PATH_SEGMENT@6..11
              NAME_REF@6..11
                IDENT@6..11 "Assoc"
    "#]],
    );
}

#[test]
fn generic_types() {
    check_type_ok(
        "HashMap<K, Vec<Vec<u8>>>",
        expect![[r#"
        PATH_TYPE@0..24
          PATH@0..24
            PATH_SEGMENT@0..24
              NAME_REF@0..7
                IDENT@0..7 "HashMap"
              GENERIC_ARG_LIST@7..24
                L_ANGLE@7..8 "<"
                TYPE_ARG@8..9
                  PATH_TYPE@8..9
                    PATH@8..9
                      PATH_SEGMENT@8..9
                        NAME_REF@8..9
                          IDENT@8..9 "K"
                COMMA@9..10 ","
                WHITESPACE@10..11 " "
                TYPE_ARG@11..23
                  PATH_TYPE@11..23
                    PATH@11..23
                      PATH_SEGMENT@11..23
                        NAME_REF@11..14
                          IDENT@11..14 "Vec"
                        GENERIC_ARG_LIST@14..23
                          L_ANGLE@14..15 "<"
                          TYPE_ARG@15..22
                            PATH_TYPE@15..22
                              PATH@15..22
                                PATH_SEGMENT@15..22
                                  NAME_REF@15..18
                                    IDENT@15..18 "Vec"
                                  GENERIC_ARG_LIST@18..22
                                    L_ANGLE@18..19 "<"
                                    TYPE_ARG@19..21
                                      PATH_TYPE@19..21
                                        PATH@19..21
                                          PATH_SEGMENT@19..21
                                            NAME_REF@19..21
                                              IDENT@19..21 "u8"
                                    R_ANGLE@21..22 ">"
                          R_ANGLE@22..23 ">"
                R_ANGLE@23..24 ">"
    "#]],
    );
    check_type_ok(
        "Foo::<T>::Bar<'a>",
        expect![[r#"
        PATH_TYPE@0..17
          PATH@0..17
            PATH@0..8
              PATH_SEGMENT@0..8
                NAME_REF@0..3
                  IDENT@0..3 "Foo"
                GENERIC_ARG_LIST@3..8
                  COLON2@3..5 "::"
                  L_ANGLE@5..6 "<"
                  TYPE_ARG@6..7
                    PATH_TYPE@6..7
                      PATH@6..7
                        PATH_SEGMENT@6..7
                          NAME_REF@6..7
                            IDENT@6..7 "T"
                  R_ANGLE@7..8 ">"
            COLON2@8..10 "::"
            PATH_SEGMENT@10..17
              NAME_REF@10..13
                IDENT@10..13 "Bar"
              GENERIC_ARG_LIST@13..17
                L_ANGLE@13..14 "<"
                LIFETIME_ARG@14..16
                  LIFETIME@14..16
                    LIFETIME_IDENT@14..16 "'a"
                R_ANGLE@16..17 ">"
    "#]],
    );
}

#[test]
fn qualified_path_types() {
    check_type_ok(
        "<T as Trait>::Assoc",
        expect![[r#"
        PATH_TYPE@0..19
          PATH@0..19
            PATH@0..12
              PATH_SEGMENT@0..12
                TYPE_ANCHOR@0..12
                  L_ANGLE@0..1 "<"
                  PATH_TYPE@1..2
                    PATH@1..2
                      PATH_SEGMENT@1..2
                        NAME_REF@1..2
                          IDENT@1..2 "T"
                  WHITESPACE@2..3 " "
                  AS_KW@3..5 "as"
                  WHITESPACE@5..6 " "
                  PATH_TYPE@6..11
                    PATH@6..11
                      PATH_SEGMENT@6..11
                        NAME_REF@6..11
                          IDENT@6..11 "Trait"
                  R_ANGLE@11..12 ">"
            COLON2@12..14 "::"
            PATH_SEGMENT@14..19
              NAME_REF@14..19
                IDENT@14..19 "Assoc"
    "#]],
    );
    check_type_ok(
        "<T>::Assoc",
        expect![[r#"
        PATH_TYPE@0..10
          PATH@0..10
            PATH@0..3
              PATH_SEGMENT@0..3
                TYPE_ANCHOR@0..3
                  L_ANGLE@0..1 "<"
                  PATH_TYPE@1..2
                    PATH@1..2
                      PATH_SEGMENT@1..2
                        NAME_REF@1..2
                          IDENT@1..2 "T"
                  R_ANGLE@2..3 ">"
            COLON2@3..5 "::"
            PATH_SEGMENT@5..10
              NAME_REF@5..10
                IDENT@5..10 "Assoc"
    "#]],
    );
    check_type_ok(
        "<Vec<T> as IntoIterator>::Item::Foo",
        expect![[r#"
        PATH_TYPE@0..35
          PATH@0..35
            PATH@0..30
              PATH@0..24
                PATH_SEGMENT@0..24
                  TYPE_ANCHOR@0..24
                    L_ANGLE@0..1 "<"
                    PATH_TYPE@1..7
                      PATH@1..7
                        PATH_SEGMENT@1..7
                          NAME_REF@1..4
                            IDENT@1..4 "Vec"
                          GENERIC_ARG_LIST@4..7
                            L_ANGLE@4..5 "<"
                            TYPE_ARG@5..6
                              PATH_TYPE@5..6
                                PATH@5..6
                                  PATH_SEGMENT@5..6
                                    NAME_REF@5..6
                                      IDENT@5..6 "T"
                            R_ANGLE@6..7 ">"
                    WHITESPACE@7..8 " "
                    AS_KW@8..10 "as"
                    WHITESPACE@10..11 " "
                    PATH_TYPE@11..23
                      PATH@11..23
                        PATH_SEGMENT@11..23
                          NAME_REF@11..23
                            IDENT@11..23 "IntoIterator"
                    R_ANGLE@23..24 ">"
              COLON2@24..26 "::"
              PATH_SEGMENT@26..30
                NAME_REF@26..30
                  IDENT@26..30 "Item"
            COLON2@30..32 "::"
            PATH_SEGMENT@32..35
              NAME_REF@32..35
                IDENT@32..35 "Foo"
    "#]],
    );
    check_type_ok(
        "<<T as A>::B as C>::D",
        expect![[r#"
        PATH_TYPE@0..21
          PATH@0..21
            PATH@0..18
              PATH_SEGMENT@0..18
                TYPE_ANCHOR@0..18
                  L_ANGLE@0..1 "<"
                  PATH_TYPE@1..12
                    PATH@1..12
                      PATH@1..9
                        PATH_SEGMENT@1..9
                          TYPE_ANCHOR@1..9
                            L_ANGLE@1..2 "<"
                            PATH_TYPE@2..3
                              PATH@2..3
                                PATH_SEGMENT@2..3
                                  NAME_REF@2..3
                                    IDENT@2..3 "T"
                            WHITESPACE@3..4 " "
                            AS_KW@4..6 "as"
                            WHITESPACE@6..7 " "
                            PATH_TYPE@7..8
                              PATH@7..8
                                PATH_SEGMENT@7..8
                                  NAME_REF@7..8
                                    IDENT@7..8 "A"
                            R_ANGLE@8..9 ">"
                      COLON2@9..11 "::"
                      PATH_SEGMENT@11..12
                        NAME_REF@11..12
                          IDENT@11..12 "B"
                  WHITESPACE@12..13 " "
                  AS_KW@13..15 "as"
                  WHITESPACE@15..16 " "
                  PATH_TYPE@16..17
                    PATH@16..17
                      PATH_SEGMENT@16..17
                        NAME_REF@16..17
                          IDENT@16..17 "C"
                  R_ANGLE@17..18 ">"
            COLON2@18..20 "::"
            PATH_SEGMENT@20..21
              NAME_REF@20..21
                IDENT@20..21 "D"
    "#]],
    );
}

#[test]
fn tuple_and_paren_types() {
    check_type_ok(
        "()",
        expect![[r#"
        TUPLE_TYPE@0..2
          L_PAREN@0..1 "("
          R_PAREN@1..2 ")"
    "#]],
    );
    check_type_ok(
        "(u8,)",
        expect![[r#"
        TUPLE_TYPE@0..5
          L_PAREN@0..1 "("
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          COMMA@3..4 ","
          R_PAREN@4..5 ")"
    "#]],
    );
    check_type_ok(
        "(u8, (u16, u32),)",
        expect![[r#"
        TUPLE_TYPE@0..17
          L_PAREN@0..1 "("
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          COMMA@3..4 ","
          WHITESPACE@4..5 " "
          TUPLE_TYPE@5..15
            L_PAREN@5..6 "("
            PATH_TYPE@6..9
              PATH@6..9
                PATH_SEGMENT@6..9
                  NAME_REF@6..9
                    IDENT@6..9 "u16"
            COMMA@9..10 ","
            WHITESPACE@10..11 " "
            PATH_TYPE@11..14
              PATH@11..14
                PATH_SEGMENT@11..14
                  NAME_REF@11..14
                    IDENT@11..14 "u32"
            R_PAREN@14..15 ")"
          COMMA@15..16 ","
          R_PAREN@16..17 ")"
    "#]],
    );
    check_type_ok(
        "(u8)",
        expect![[r#"
        PAREN_TYPE@0..4
          L_PAREN@0..1 "("
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          R_PAREN@3..4 ")"
    "#]],
    );
}

#[test]
fn never_infer_pointer_and_reference_types() {
    check_type_ok(
        "!",
        expect![[r#"
        NEVER_TYPE@0..1
          BANG@0..1 "!"
    "#]],
    );
    check_type_ok(
        "_",
        expect![[r#"
        INFER_TYPE@0..1
          UNDERSCORE@0..1 "_"
    "#]],
    );
    check_type_ok(
        "*const u8",
        expect![[r#"
        PTR_TYPE@0..9
          STAR@0..1 "*"
          CONST_KW@1..6 "const"
          WHITESPACE@6..7 " "
          PATH_TYPE@7..9
            PATH@7..9
              PATH_SEGMENT@7..9
                NAME_REF@7..9
                  IDENT@7..9 "u8"
    "#]],
    );
    check_type_ok(
        "*mut *const ()",
        expect![[r#"
        PTR_TYPE@0..14
          STAR@0..1 "*"
          MUT_KW@1..4 "mut"
          WHITESPACE@4..5 " "
          PTR_TYPE@5..14
            STAR@5..6 "*"
            CONST_KW@6..11 "const"
            WHITESPACE@11..12 " "
            TUPLE_TYPE@12..14
              L_PAREN@12..13 "("
              R_PAREN@13..14 ")"
    "#]],
    );
    check_type_ok(
        "&'a mut &u8",
        expect![[r#"
        REF_TYPE@0..11
          AMP@0..1 "&"
          LIFETIME@1..3
            LIFETIME_IDENT@1..3 "'a"
          WHITESPACE@3..4 " "
          MUT_KW@4..7 "mut"
          WHITESPACE@7..8 " "
          REF_TYPE@8..11
            AMP@8..9 "&"
            PATH_TYPE@9..11
              PATH@9..11
                PATH_SEGMENT@9..11
                  NAME_REF@9..11
                    IDENT@9..11 "u8"
    "#]],
    );
    check_type_ok(
        "&&'static str",
        expect![[r#"
        REF_TYPE@0..13
          AMP@0..1 "&"
          REF_TYPE@1..13
            AMP@1..2 "&"
            LIFETIME@2..9
              LIFETIME_IDENT@2..9 "'static"
            WHITESPACE@9..10 " "
            PATH_TYPE@10..13
              PATH@10..13
                PATH_SEGMENT@10..13
                  NAME_REF@10..13
                    IDENT@10..13 "str"
    "#]],
    );
}

#[test]
fn array_and_slice_types() {
    check_type_ok(
        "[u8; 4]",
        expect![[r#"
        ARRAY_TYPE@0..7
          L_BRACK@0..1 "["
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          CONST_ARG@5..6
            LITERAL@5..6
              INT_NUMBER@5..6 "4"
          R_BRACK@6..7 "]"
    "#]],
    );
    check_type_ok(
        "[[u8; N]]",
        expect![[r#"
        SLICE_TYPE@0..9
          L_BRACK@0..1 "["
          ARRAY_TYPE@1..8
            L_BRACK@1..2 "["
            PATH_TYPE@2..4
              PATH@2..4
                PATH_SEGMENT@2..4
                  NAME_REF@2..4
                    IDENT@2..4 "u8"
            SEMICOLON@4..5 ";"
            WHITESPACE@5..6 " "
            CONST_ARG@6..7
              PATH_EXPR@6..7
                PATH@6..7
                  PATH_SEGMENT@6..7
                    NAME_REF@6..7
                      IDENT@6..7 "N"
            R_BRACK@7..8 "]"
          R_BRACK@8..9 "]"
    "#]],
    );
    check_type_ok(
        "[u8; { N }]",
        expect![[r#"
            ARRAY_TYPE@0..11
              L_BRACK@0..1 "["
              PATH_TYPE@1..3
                PATH@1..3
                  PATH_SEGMENT@1..3
                    NAME_REF@1..3
                      IDENT@1..3 "u8"
              SEMICOLON@3..4 ";"
              WHITESPACE@4..5 " "
              CONST_ARG@5..10
                BLOCK_EXPR@5..10
                  STMT_LIST@5..10
                    L_CURLY@5..6 "{"
                    WHITESPACE@6..7 " "
                    PATH_EXPR@7..8
                      PATH@7..8
                        PATH_SEGMENT@7..8
                          NAME_REF@7..8
                            IDENT@7..8 "N"
                    WHITESPACE@8..9 " "
                    R_CURLY@9..10 "}"
              R_BRACK@10..11 "]"
        "#]],
    );
}

#[test]
fn fn_pointer_types() {
    check_type_ok(
        "fn()",
        expect![[r#"
        FN_PTR_TYPE@0..4
          FN_KW@0..2 "fn"
          PARAM_LIST@2..4
            L_PAREN@2..3 "("
            R_PAREN@3..4 ")"
    "#]],
    );
    check_type_ok(
        "fn(x: u8) -> !",
        expect![[r#"
        FN_PTR_TYPE@0..14
          FN_KW@0..2 "fn"
          PARAM_LIST@2..9
            L_PAREN@2..3 "("
            PARAM@3..8
              IDENT_PAT@3..4
                NAME@3..4
                  IDENT@3..4 "x"
              COLON@4..5 ":"
              WHITESPACE@5..6 " "
              PATH_TYPE@6..8
                PATH@6..8
                  PATH_SEGMENT@6..8
                    NAME_REF@6..8
                      IDENT@6..8 "u8"
            R_PAREN@8..9 ")"
          WHITESPACE@9..10 " "
          RET_TYPE@10..14
            THIN_ARROW@10..12 "->"
            WHITESPACE@12..13 " "
            NEVER_TYPE@13..14
              BANG@13..14 "!"
    "#]],
    );
    check_type_ok(
        "unsafe extern \"C\" fn() -> *mut u8",
        expect![[r#"
        FN_PTR_TYPE@0..33
          UNSAFE_KW@0..6 "unsafe"
          WHITESPACE@6..7 " "
          ABI@7..17
            EXTERN_KW@7..13 "extern"
            WHITESPACE@13..14 " "
            STRING@14..17 "\"C\""
          WHITESPACE@17..18 " "
          FN_KW@18..20 "fn"
          PARAM_LIST@20..22
            L_PAREN@20..21 "("
            R_PAREN@21..22 ")"
          WHITESPACE@22..23 " "
          RET_TYPE@23..33
            THIN_ARROW@23..25 "->"
            WHITESPACE@25..26 " "
            PTR_TYPE@26..33
              STAR@26..27 "*"
              MUT_KW@27..30 "mut"
              WHITESPACE@30..31 " "
              PATH_TYPE@31..33
                PATH@31..33
                  PATH_SEGMENT@31..33
                    NAME_REF@31..33
                      IDENT@31..33 "u8"
    "#]],
    );
    check_type_ok(
        "extern fn()",
        expect![[r#"
        FN_PTR_TYPE@0..11
          ABI@0..6
            EXTERN_KW@0..6 "extern"
          WHITESPACE@6..7 " "
          FN_KW@7..9 "fn"
          PARAM_LIST@9..11
            L_PAREN@9..10 "("
            R_PAREN@10..11 ")"
    "#]],
    );
    check_type_ok(
        "unsafe extern r\"system\" fn()",
        expect![[r#"
        FN_PTR_TYPE@0..28
          UNSAFE_KW@0..6 "unsafe"
          WHITESPACE@6..7 " "
          ABI@7..23
            EXTERN_KW@7..13 "extern"
            WHITESPACE@13..14 " "
            RAW_STRING@14..23 "r\"system\""
          WHITESPACE@23..24 " "
          FN_KW@24..26 "fn"
          PARAM_LIST@26..28
            L_PAREN@26..27 "("
            R_PAREN@27..28 ")"
    "#]],
    );
}

#[test]
fn fn_pointer_return_type_takes_no_bounds() {
    // `fn() -> A + Send` is not a valid type; the `+` is left to the caller.
    check_type(
        "fn() -> A + Send",
        expect![[r#"
        ERROR@0..16
          FN_PTR_TYPE@0..9
            FN_KW@0..2 "fn"
            PARAM_LIST@2..4
              L_PAREN@2..3 "("
              R_PAREN@3..4 ")"
            WHITESPACE@4..5 " "
            RET_TYPE@5..9
              THIN_ARROW@5..7 "->"
              WHITESPACE@7..8 " "
              PATH_TYPE@8..9
                PATH@8..9
                  PATH_SEGMENT@8..9
                    NAME_REF@8..9
                      IDENT@8..9 "A"
          WHITESPACE@9..10 " "
          ERROR@10..16
            PLUS@10..11 "+"
            WHITESPACE@11..12 " "
            IDENT@12..16 "Send"
        error 10..11: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn impl_and_dyn_trait_types() {
    check_type_ok(
        "impl Iterator<Item = u8>",
        expect![[r#"
        IMPL_TRAIT_TYPE@0..24
          IMPL_KW@0..4 "impl"
          WHITESPACE@4..5 " "
          TYPE_BOUND_LIST@5..24
            TYPE_BOUND@5..24
              PATH_TYPE@5..24
                PATH@5..24
                  PATH_SEGMENT@5..24
                    NAME_REF@5..13
                      IDENT@5..13 "Iterator"
                    GENERIC_ARG_LIST@13..24
                      L_ANGLE@13..14 "<"
                      ASSOC_TYPE_ARG@14..23
                        NAME_REF@14..18
                          IDENT@14..18 "Item"
                        WHITESPACE@18..19 " "
                        EQ@19..20 "="
                        WHITESPACE@20..21 " "
                        PATH_TYPE@21..23
                          PATH@21..23
                            PATH_SEGMENT@21..23
                              NAME_REF@21..23
                                IDENT@21..23 "u8"
                      R_ANGLE@23..24 ">"
    "#]],
    );
    check_type_ok(
        "dyn Debug",
        expect![[r#"
        DYN_TRAIT_TYPE@0..9
          DYN_KW@0..3 "dyn"
          WHITESPACE@3..4 " "
          TYPE_BOUND_LIST@4..9
            TYPE_BOUND@4..9
              PATH_TYPE@4..9
                PATH@4..9
                  PATH_SEGMENT@4..9
                    NAME_REF@4..9
                      IDENT@4..9 "Debug"
    "#]],
    );
    check_type_ok(
        "&dyn Debug",
        expect![[r#"
        REF_TYPE@0..10
          AMP@0..1 "&"
          DYN_TRAIT_TYPE@1..10
            DYN_KW@1..4 "dyn"
            WHITESPACE@4..5 " "
            TYPE_BOUND_LIST@5..10
              TYPE_BOUND@5..10
                PATH_TYPE@5..10
                  PATH@5..10
                    PATH_SEGMENT@5..10
                      NAME_REF@5..10
                        IDENT@5..10 "Debug"
    "#]],
    );
    check_type_ok(
        "Box<dyn Fn(u8, u16) -> u32 + Send>",
        expect![[r#"
            PATH_TYPE@0..34
              PATH@0..34
                PATH_SEGMENT@0..34
                  NAME_REF@0..3
                    IDENT@0..3 "Box"
                  GENERIC_ARG_LIST@3..34
                    L_ANGLE@3..4 "<"
                    TYPE_ARG@4..33
                      DYN_TRAIT_TYPE@4..33
                        DYN_KW@4..7 "dyn"
                        WHITESPACE@7..8 " "
                        TYPE_BOUND_LIST@8..33
                          TYPE_BOUND@8..26
                            PATH_TYPE@8..26
                              PATH@8..26
                                PATH_SEGMENT@8..26
                                  NAME_REF@8..10
                                    IDENT@8..10 "Fn"
                                  PARENTHESIZED_ARG_LIST@10..19
                                    L_PAREN@10..11 "("
                                    TYPE_ARG@11..13
                                      PATH_TYPE@11..13
                                        PATH@11..13
                                          PATH_SEGMENT@11..13
                                            NAME_REF@11..13
                                              IDENT@11..13 "u8"
                                    COMMA@13..14 ","
                                    WHITESPACE@14..15 " "
                                    TYPE_ARG@15..18
                                      PATH_TYPE@15..18
                                        PATH@15..18
                                          PATH_SEGMENT@15..18
                                            NAME_REF@15..18
                                              IDENT@15..18 "u16"
                                    R_PAREN@18..19 ")"
                                  WHITESPACE@19..20 " "
                                  RET_TYPE@20..26
                                    THIN_ARROW@20..22 "->"
                                    WHITESPACE@22..23 " "
                                    PATH_TYPE@23..26
                                      PATH@23..26
                                        PATH_SEGMENT@23..26
                                          NAME_REF@23..26
                                            IDENT@23..26 "u32"
                          WHITESPACE@26..27 " "
                          PLUS@27..28 "+"
                          WHITESPACE@28..29 " "
                          TYPE_BOUND@29..33
                            PATH_TYPE@29..33
                              PATH@29..33
                                PATH_SEGMENT@29..33
                                  NAME_REF@29..33
                                    IDENT@29..33 "Send"
                    R_ANGLE@33..34 ">"
        "#]],
    );
}

#[test]
fn bare_trait_objects() {
    check_type_ok(
        "Box<Trait + Send>",
        expect![[r#"
        PATH_TYPE@0..17
          PATH@0..17
            PATH_SEGMENT@0..17
              NAME_REF@0..3
                IDENT@0..3 "Box"
              GENERIC_ARG_LIST@3..17
                L_ANGLE@3..4 "<"
                TYPE_ARG@4..16
                  DYN_TRAIT_TYPE@4..16
                    TYPE_BOUND_LIST@4..16
                      TYPE_BOUND@4..9
                        PATH_TYPE@4..9
                          PATH@4..9
                            PATH_SEGMENT@4..9
                              NAME_REF@4..9
                                IDENT@4..9 "Trait"
                      WHITESPACE@9..10 " "
                      PLUS@10..11 "+"
                      WHITESPACE@11..12 " "
                      TYPE_BOUND@12..16
                        PATH_TYPE@12..16
                          PATH@12..16
                            PATH_SEGMENT@12..16
                              NAME_REF@12..16
                                IDENT@12..16 "Send"
                R_ANGLE@16..17 ">"
    "#]],
    );
    check_type_ok(
        "&(Trait + 'static)",
        expect![[r#"
        REF_TYPE@0..18
          AMP@0..1 "&"
          PAREN_TYPE@1..18
            L_PAREN@1..2 "("
            DYN_TRAIT_TYPE@2..17
              TYPE_BOUND_LIST@2..17
                TYPE_BOUND@2..7
                  PATH_TYPE@2..7
                    PATH@2..7
                      PATH_SEGMENT@2..7
                        NAME_REF@2..7
                          IDENT@2..7 "Trait"
                WHITESPACE@7..8 " "
                PLUS@8..9 "+"
                WHITESPACE@9..10 " "
                TYPE_BOUND@10..17
                  LIFETIME@10..17
                    LIFETIME_IDENT@10..17 "'static"
            R_PAREN@17..18 ")"
    "#]],
    );
    check_type_ok(
        "'a + Trait",
        expect![[r#"
        DYN_TRAIT_TYPE@0..10
          TYPE_BOUND_LIST@0..10
            TYPE_BOUND@0..2
              LIFETIME@0..2
                LIFETIME_IDENT@0..2 "'a"
            WHITESPACE@2..3 " "
            PLUS@3..4 "+"
            WHITESPACE@4..5 " "
            TYPE_BOUND@5..10
              PATH_TYPE@5..10
                PATH@5..10
                  PATH_SEGMENT@5..10
                    NAME_REF@5..10
                      IDENT@5..10 "Trait"
    "#]],
    );
}

#[test]
fn dyn_is_contextual_in_2015() {
    check_type_edition(
        Edition::Edition2015,
        "dyn Trait",
        expect![[r#"
        DYN_TRAIT_TYPE@0..9
          DYN_KW@0..3 "dyn"
          WHITESPACE@3..4 " "
          TYPE_BOUND_LIST@4..9
            TYPE_BOUND@4..9
              PATH_TYPE@4..9
                PATH@4..9
                  PATH_SEGMENT@4..9
                    NAME_REF@4..9
                      IDENT@4..9 "Trait"
    "#]],
    );
    check_type_edition(
        Edition::Edition2015,
        "Box<dyn Trait>",
        expect![[r#"
        PATH_TYPE@0..14
          PATH@0..14
            PATH_SEGMENT@0..14
              NAME_REF@0..3
                IDENT@0..3 "Box"
              GENERIC_ARG_LIST@3..14
                L_ANGLE@3..4 "<"
                TYPE_ARG@4..13
                  DYN_TRAIT_TYPE@4..13
                    DYN_KW@4..7 "dyn"
                    WHITESPACE@7..8 " "
                    TYPE_BOUND_LIST@8..13
                      TYPE_BOUND@8..13
                        PATH_TYPE@8..13
                          PATH@8..13
                            PATH_SEGMENT@8..13
                              NAME_REF@8..13
                                IDENT@8..13 "Trait"
                R_ANGLE@13..14 ">"
    "#]],
    );
    check_type_edition(
        Edition::Edition2015,
        "dyn::Path",
        expect![[r#"
        PATH_TYPE@0..9
          PATH@0..9
            PATH@0..3
              PATH_SEGMENT@0..3
                NAME_REF@0..3
                  IDENT@0..3 "dyn"
            COLON2@3..5 "::"
            PATH_SEGMENT@5..9
              NAME_REF@5..9
                IDENT@5..9 "Path"
    "#]],
    );
    check_type_edition(
        Edition::Edition2015,
        "dyn",
        expect![[r#"
        PATH_TYPE@0..3
          PATH@0..3
            PATH_SEGMENT@0..3
              NAME_REF@0..3
                IDENT@0..3 "dyn"
    "#]],
    );
    check_type_edition(
        Edition::Edition2018,
        "dyn Trait",
        expect![[r#"
        DYN_TRAIT_TYPE@0..9
          DYN_KW@0..3 "dyn"
          WHITESPACE@3..4 " "
          TYPE_BOUND_LIST@4..9
            TYPE_BOUND@4..9
              PATH_TYPE@4..9
                PATH@4..9
                  PATH_SEGMENT@4..9
                    NAME_REF@4..9
                      IDENT@4..9 "Trait"
    "#]],
    );
}

#[test]
fn for_types() {
    // The `<'a>` of the binder is parsed by `generics::for_binder`.
    check_type(
        "for<'a> fn(x: &'a u8)",
        expect![[r#"
            FOR_TYPE@0..21
              FOR_BINDER@0..7
                FOR_KW@0..3 "for"
                GENERIC_PARAM_LIST@3..7
                  L_ANGLE@3..4 "<"
                  LIFETIME_PARAM@4..6
                    LIFETIME@4..6
                      LIFETIME_IDENT@4..6 "'a"
                  R_ANGLE@6..7 ">"
              WHITESPACE@7..8 " "
              FN_PTR_TYPE@8..21
                FN_KW@8..10 "fn"
                PARAM_LIST@10..21
                  L_PAREN@10..11 "("
                  PARAM@11..20
                    IDENT_PAT@11..12
                      NAME@11..12
                        IDENT@11..12 "x"
                    COLON@12..13 ":"
                    WHITESPACE@13..14 " "
                    REF_TYPE@14..20
                      AMP@14..15 "&"
                      LIFETIME@15..17
                        LIFETIME_IDENT@15..17 "'a"
                      WHITESPACE@17..18 " "
                      PATH_TYPE@18..20
                        PATH@18..20
                          PATH_SEGMENT@18..20
                            NAME_REF@18..20
                              IDENT@18..20 "u8"
                  R_PAREN@20..21 ")"
        "#]],
    );
    check_type(
        "for<'a> Trait<'a> + Send",
        expect![[r#"
            DYN_TRAIT_TYPE@0..24
              TYPE_BOUND_LIST@0..24
                TYPE_BOUND@0..17
                  FOR_TYPE@0..17
                    FOR_BINDER@0..7
                      FOR_KW@0..3 "for"
                      GENERIC_PARAM_LIST@3..7
                        L_ANGLE@3..4 "<"
                        LIFETIME_PARAM@4..6
                          LIFETIME@4..6
                            LIFETIME_IDENT@4..6 "'a"
                        R_ANGLE@6..7 ">"
                    WHITESPACE@7..8 " "
                    PATH_TYPE@8..17
                      PATH@8..17
                        PATH_SEGMENT@8..17
                          NAME_REF@8..13
                            IDENT@8..13 "Trait"
                          GENERIC_ARG_LIST@13..17
                            L_ANGLE@13..14 "<"
                            LIFETIME_ARG@14..16
                              LIFETIME@14..16
                                LIFETIME_IDENT@14..16 "'a"
                            R_ANGLE@16..17 ">"
                WHITESPACE@17..18 " "
                PLUS@18..19 "+"
                WHITESPACE@19..20 " "
                TYPE_BOUND@20..24
                  PATH_TYPE@20..24
                    PATH@20..24
                      PATH_SEGMENT@20..24
                        NAME_REF@20..24
                          IDENT@20..24 "Send"
        "#]],
    );
}

#[test]
fn macro_types() {
    check_type_ok(
        "foo!()",
        expect![[r#"
        MACRO_TYPE@0..6
          MACRO_CALL@0..6
            PATH@0..3
              PATH_SEGMENT@0..3
                NAME_REF@0..3
                  IDENT@0..3 "foo"
            BANG@3..4 "!"
            TOKEN_TREE@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
    "#]],
    );
    check_type_ok(
        "a::b![x y]",
        expect![[r#"
        MACRO_TYPE@0..10
          MACRO_CALL@0..10
            PATH@0..4
              PATH@0..1
                PATH_SEGMENT@0..1
                  NAME_REF@0..1
                    IDENT@0..1 "a"
              COLON2@1..3 "::"
              PATH_SEGMENT@3..4
                NAME_REF@3..4
                  IDENT@3..4 "b"
            BANG@4..5 "!"
            TOKEN_TREE@5..10
              L_BRACK@5..6 "["
              IDENT@6..7 "x"
              WHITESPACE@7..8 " "
              IDENT@8..9 "y"
              R_BRACK@9..10 "]"
    "#]],
    );
    check_type_ok(
        "Vec<m!{}>",
        expect![[r#"
        PATH_TYPE@0..9
          PATH@0..9
            PATH_SEGMENT@0..9
              NAME_REF@0..3
                IDENT@0..3 "Vec"
              GENERIC_ARG_LIST@3..9
                L_ANGLE@3..4 "<"
                TYPE_ARG@4..8
                  MACRO_TYPE@4..8
                    MACRO_CALL@4..8
                      PATH@4..5
                        PATH_SEGMENT@4..5
                          NAME_REF@4..5
                            IDENT@4..5 "m"
                      BANG@5..6 "!"
                      TOKEN_TREE@6..8
                        L_CURLY@6..7 "{"
                        R_CURLY@7..8 "}"
                R_ANGLE@8..9 ">"
    "#]],
    );
}

#[test]
fn macro_type_without_arguments() {
    check_type(
        "foo! u8",
        expect![[r#"
        ERROR@0..7
          MACRO_TYPE@0..4
            MACRO_CALL@0..4
              PATH@0..3
                PATH_SEGMENT@0..3
                  NAME_REF@0..3
                    IDENT@0..3 "foo"
              BANG@3..4 "!"
          WHITESPACE@4..5 " "
          ERROR@5..7
            IDENT@5..7 "u8"
        error 5..7: expected `(`, `[` or `{` after the macro's `!`
        error 5..7: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn types_in_a_function() {
    check_ok(
        "fn f(x: &'a mut [u8; 4], y: <T as Tr>::A) -> Option<Box<dyn Fn()>> {}",
        expect![[r#"
        SOURCE_FILE@0..69
          FN@0..69
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..41
              L_PAREN@4..5 "("
              PARAM@5..23
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                REF_TYPE@8..23
                  AMP@8..9 "&"
                  LIFETIME@9..11
                    LIFETIME_IDENT@9..11 "'a"
                  WHITESPACE@11..12 " "
                  MUT_KW@12..15 "mut"
                  WHITESPACE@15..16 " "
                  ARRAY_TYPE@16..23
                    L_BRACK@16..17 "["
                    PATH_TYPE@17..19
                      PATH@17..19
                        PATH_SEGMENT@17..19
                          NAME_REF@17..19
                            IDENT@17..19 "u8"
                    SEMICOLON@19..20 ";"
                    WHITESPACE@20..21 " "
                    CONST_ARG@21..22
                      LITERAL@21..22
                        INT_NUMBER@21..22 "4"
                    R_BRACK@22..23 "]"
              COMMA@23..24 ","
              WHITESPACE@24..25 " "
              PARAM@25..40
                IDENT_PAT@25..26
                  NAME@25..26
                    IDENT@25..26 "y"
                COLON@26..27 ":"
                WHITESPACE@27..28 " "
                PATH_TYPE@28..40
                  PATH@28..40
                    PATH@28..37
                      PATH_SEGMENT@28..37
                        TYPE_ANCHOR@28..37
                          L_ANGLE@28..29 "<"
                          PATH_TYPE@29..30
                            PATH@29..30
                              PATH_SEGMENT@29..30
                                NAME_REF@29..30
                                  IDENT@29..30 "T"
                          WHITESPACE@30..31 " "
                          AS_KW@31..33 "as"
                          WHITESPACE@33..34 " "
                          PATH_TYPE@34..36
                            PATH@34..36
                              PATH_SEGMENT@34..36
                                NAME_REF@34..36
                                  IDENT@34..36 "Tr"
                          R_ANGLE@36..37 ">"
                    COLON2@37..39 "::"
                    PATH_SEGMENT@39..40
                      NAME_REF@39..40
                        IDENT@39..40 "A"
              R_PAREN@40..41 ")"
            WHITESPACE@41..42 " "
            RET_TYPE@42..66
              THIN_ARROW@42..44 "->"
              WHITESPACE@44..45 " "
              PATH_TYPE@45..66
                PATH@45..66
                  PATH_SEGMENT@45..66
                    NAME_REF@45..51
                      IDENT@45..51 "Option"
                    GENERIC_ARG_LIST@51..66
                      L_ANGLE@51..52 "<"
                      TYPE_ARG@52..65
                        PATH_TYPE@52..65
                          PATH@52..65
                            PATH_SEGMENT@52..65
                              NAME_REF@52..55
                                IDENT@52..55 "Box"
                              GENERIC_ARG_LIST@55..65
                                L_ANGLE@55..56 "<"
                                TYPE_ARG@56..64
                                  DYN_TRAIT_TYPE@56..64
                                    DYN_KW@56..59 "dyn"
                                    WHITESPACE@59..60 " "
                                    TYPE_BOUND_LIST@60..64
                                      TYPE_BOUND@60..64
                                        PATH_TYPE@60..64
                                          PATH@60..64
                                            PATH_SEGMENT@60..64
                                              NAME_REF@60..62
                                                IDENT@60..62 "Fn"
                                              PARENTHESIZED_ARG_LIST@62..64
                                                L_PAREN@62..63 "("
                                                R_PAREN@63..64 ")"
                                R_ANGLE@64..65 ">"
                      R_ANGLE@65..66 ">"
            WHITESPACE@66..67 " "
            BLOCK_EXPR@67..69
              STMT_LIST@67..69
                L_CURLY@67..68 "{"
                R_CURLY@68..69 "}"
    "#]],
    );
}

#[test]
fn raw_pointer_without_mutability() {
    check_type(
        "*u8",
        expect![[r#"
        PTR_TYPE@0..3
          STAR@0..1 "*"
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
        error 1..3: expected `const` or `mut` after `*` in a raw pointer type
    "#]],
    );
}

#[test]
fn array_type_errors() {
    check_type(
        "[u8 4]",
        expect![[r#"
        ERROR@0..6
          SLICE_TYPE@0..3
            L_BRACK@0..1 "["
            PATH_TYPE@1..3
              PATH@1..3
                PATH_SEGMENT@1..3
                  NAME_REF@1..3
                    IDENT@1..3 "u8"
          WHITESPACE@3..4 " "
          ERROR@4..6
            INT_NUMBER@4..5 "4"
            R_BRACK@5..6 "]"
        error 4..5: expected `;` or `]`
        error 4..5: unexpected input after the end of the fragment
    "#]],
    );
    check_type(
        "[u8; ]",
        expect![[r#"
            ARRAY_TYPE@0..6
              L_BRACK@0..1 "["
              PATH_TYPE@1..3
                PATH@1..3
                  PATH_SEGMENT@1..3
                    NAME_REF@1..3
                      IDENT@1..3 "u8"
              SEMICOLON@3..4 ";"
              WHITESPACE@4..5 " "
              CONST_ARG@5..5
              R_BRACK@5..6 "]"
            error 5..6: expected an expression
            error 5..6: expected the length of the array
        "#]],
    );
    check_type(
        "[u8; 4",
        expect![[r#"
        ARRAY_TYPE@0..6
          L_BRACK@0..1 "["
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          SEMICOLON@3..4 ";"
          WHITESPACE@4..5 " "
          CONST_ARG@5..6
            LITERAL@5..6
              INT_NUMBER@5..6 "4"
        error 6..6: expected `]`
    "#]],
    );
}

#[test]
fn tuple_type_errors() {
    check_type(
        "(u8 u16)",
        expect![[r#"
        TUPLE_TYPE@0..8
          L_PAREN@0..1 "("
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
          WHITESPACE@3..4 " "
          PATH_TYPE@4..7
            PATH@4..7
              PATH_SEGMENT@4..7
                NAME_REF@4..7
                  IDENT@4..7 "u16"
          R_PAREN@7..8 ")"
        error 4..7: expected `,`
    "#]],
    );
    check_type(
        "(, u8)",
        expect![[r#"
            TUPLE_TYPE@0..6
              L_PAREN@0..1 "("
              ERROR@1..2
                COMMA@1..2 ","
              WHITESPACE@2..3 " "
              PATH_TYPE@3..5
                PATH@3..5
                  PATH_SEGMENT@3..5
                    NAME_REF@3..5
                      IDENT@3..5 "u8"
              R_PAREN@5..6 ")"
            error 1..2: expected a type
        "#]],
    );
    check_type(
        "(u8",
        expect![[r#"
        PAREN_TYPE@0..3
          L_PAREN@0..1 "("
          PATH_TYPE@1..3
            PATH@1..3
              PATH_SEGMENT@1..3
                NAME_REF@1..3
                  IDENT@1..3 "u8"
        error 3..3: expected `)`
    "#]],
    );
}

#[test]
fn missing_type() {
    check(
        "fn f(x: ) {}",
        expect![[r#"
        SOURCE_FILE@0..12
          FN@0..12
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..9
              L_PAREN@4..5 "("
              PARAM@5..7
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
              WHITESPACE@7..8 " "
              R_PAREN@8..9 ")"
            WHITESPACE@9..10 " "
            BLOCK_EXPR@10..12
              STMT_LIST@10..12
                L_CURLY@10..11 "{"
                R_CURLY@11..12 "}"
        error 8..9: expected a type
    "#]],
    );
    check(
        "fn f() -> {}",
        expect![[r#"
        SOURCE_FILE@0..12
          FN@0..12
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            RET_TYPE@7..9
              THIN_ARROW@7..9 "->"
            WHITESPACE@9..10 " "
            BLOCK_EXPR@10..12
              STMT_LIST@10..12
                L_CURLY@10..11 "{"
                R_CURLY@11..12 "}"
        error 10..11: expected a type
    "#]],
    );
    check_type(
        "&",
        expect![[r#"
        REF_TYPE@0..1
          AMP@0..1 "&"
        error 1..1: expected a type
    "#]],
    );
    check_type(
        "unsafe u8",
        expect![[r#"
        ERROR@0..9
          FN_PTR_TYPE@0..6
            UNSAFE_KW@0..6 "unsafe"
          WHITESPACE@6..7 " "
          ERROR@7..9
            IDENT@7..9 "u8"
        error 7..9: expected `fn`
        error 7..9: unexpected input after the end of the fragment
    "#]],
    );
}

#[test]
fn missing_type_after_the_colon() {
    check(
        "fn f(x: = 1) {}",
        expect![[r#"
            SOURCE_FILE@0..15
              FN@0..7
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..7
                  L_PAREN@4..5 "("
                  PARAM@5..7
                    IDENT_PAT@5..6
                      NAME@5..6
                        IDENT@5..6 "x"
                    COLON@6..7 ":"
              WHITESPACE@7..8 " "
              ERROR@8..9
                EQ@8..9 "="
              WHITESPACE@9..10 " "
              ERROR@10..11
                INT_NUMBER@10..11 "1"
              ERROR@11..12
                R_PAREN@11..12 ")"
              WHITESPACE@12..13 " "
              ERROR@13..15
                TOKEN_TREE@13..15
                  L_CURLY@13..14 "{"
                  R_CURLY@14..15 "}"
            error 8..9: expected a type
            error 8..9: expected `)`
            error 8..9: expected a function body or `;`
            error 8..9: expected an item
            error 10..11: expected an item
            error 11..12: expected an item
            error 13..14: expected an item
        "#]],
    );
}

#[test]
fn qualified_path_errors() {
    check_type(
        "<T>",
        expect![[r#"
        PATH_TYPE@0..3
          PATH@0..3
            PATH_SEGMENT@0..3
              TYPE_ANCHOR@0..3
                L_ANGLE@0..1 "<"
                PATH_TYPE@1..2
                  PATH@1..2
                    PATH_SEGMENT@1..2
                      NAME_REF@1..2
                        IDENT@1..2 "T"
                R_ANGLE@2..3 ">"
        error 3..3: expected `::` after a qualified path's `<...>`
    "#]],
    );
    check_type(
        "<T as >::X",
        expect![[r#"
        PATH_TYPE@0..10
          PATH@0..10
            PATH@0..7
              PATH_SEGMENT@0..7
                TYPE_ANCHOR@0..7
                  L_ANGLE@0..1 "<"
                  PATH_TYPE@1..2
                    PATH@1..2
                      PATH_SEGMENT@1..2
                        NAME_REF@1..2
                          IDENT@1..2 "T"
                  WHITESPACE@2..3 " "
                  AS_KW@3..5 "as"
                  WHITESPACE@5..6 " "
                  R_ANGLE@6..7 ">"
            COLON2@7..9 "::"
            PATH_SEGMENT@9..10
              NAME_REF@9..10
                IDENT@9..10 "X"
        error 6..7: expected a trait
    "#]],
    );
    check_type(
        "<T as Tr::X",
        expect![[r#"
        PATH_TYPE@0..11
          PATH@0..11
            PATH_SEGMENT@0..11
              TYPE_ANCHOR@0..11
                L_ANGLE@0..1 "<"
                PATH_TYPE@1..2
                  PATH@1..2
                    PATH_SEGMENT@1..2
                      NAME_REF@1..2
                        IDENT@1..2 "T"
                WHITESPACE@2..3 " "
                AS_KW@3..5 "as"
                WHITESPACE@5..6 " "
                PATH_TYPE@6..11
                  PATH@6..11
                    PATH@6..8
                      PATH_SEGMENT@6..8
                        NAME_REF@6..8
                          IDENT@6..8 "Tr"
                    COLON2@8..10 "::"
                    PATH_SEGMENT@10..11
                      NAME_REF@10..11
                        IDENT@10..11 "X"
        error 11..11: expected `>`
        error 11..11: expected `::` after a qualified path's `<...>`
    "#]],
    );
}

#[test]
fn type_prefix_stops_where_the_type_ends() {
    check_prefix(
        PrefixEntryPoint::Ty,
        "Vec<u8>= v",
        expect![[r#"
        consumed 4, rest: "= v", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "Vec<Vec<u8>>= v",
        expect![[r#"
        consumed 7, rest: "= v", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "Vec<u8>>= v",
        expect![[r#"
        consumed 4, rest: "> = v", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "A + B, C",
        expect![[r#"
        consumed 3, rest: ", C", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "&A + B",
        expect![[r#"
        consumed 2, rest: "+ B", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "fn() -> u8 => x",
        expect![[r#"
        consumed 6, rest: "= > x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "[u8; 4] ;",
        expect![[r#"
        consumed 5, rest: ";", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "m!() + x",
        expect![[r#"
        consumed 4, rest: "+ x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Ty,
        "1",
        expect![[r#"
        consumed 1, rest: "", errors: ["expected a type"]
    "#]],
    );
}

#[test]
fn lifetime_and_literal_prefixes() {
    check_prefix(
        PrefixEntryPoint::Lifetime,
        "'a + b",
        expect![[r#"
        consumed 1, rest: "+ b", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Lifetime,
        "a",
        expect![[r#"
        consumed 0, rest: "a", errors: ["expected a lifetime"]
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Literal,
        "-1 .. 2",
        expect![[r#"
        consumed 2, rest: ". . 2", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Literal,
        "\"s\" x",
        expect![[r#"
        consumed 1, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Literal,
        "x",
        expect![[r#"
        consumed 0, rest: "x", errors: ["expected a literal"]
    "#]],
    );
}

#[test]
fn edition_2015_type_in_a_function() {
    check_edition(
        Edition::Edition2015,
        "fn f(x: &(Trait + Send), y: dyn::Foo) {}",
        expect![[r#"
        SOURCE_FILE@0..40
          FN@0..40
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..37
              L_PAREN@4..5 "("
              PARAM@5..23
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                REF_TYPE@8..23
                  AMP@8..9 "&"
                  PAREN_TYPE@9..23
                    L_PAREN@9..10 "("
                    DYN_TRAIT_TYPE@10..22
                      TYPE_BOUND_LIST@10..22
                        TYPE_BOUND@10..15
                          PATH_TYPE@10..15
                            PATH@10..15
                              PATH_SEGMENT@10..15
                                NAME_REF@10..15
                                  IDENT@10..15 "Trait"
                        WHITESPACE@15..16 " "
                        PLUS@16..17 "+"
                        WHITESPACE@17..18 " "
                        TYPE_BOUND@18..22
                          PATH_TYPE@18..22
                            PATH@18..22
                              PATH_SEGMENT@18..22
                                NAME_REF@18..22
                                  IDENT@18..22 "Send"
                    R_PAREN@22..23 ")"
              COMMA@23..24 ","
              WHITESPACE@24..25 " "
              PARAM@25..36
                IDENT_PAT@25..26
                  NAME@25..26
                    IDENT@25..26 "y"
                COLON@26..27 ":"
                WHITESPACE@27..28 " "
                PATH_TYPE@28..36
                  PATH@28..36
                    PATH@28..31
                      PATH_SEGMENT@28..31
                        NAME_REF@28..31
                          IDENT@28..31 "dyn"
                    COLON2@31..33 "::"
                    PATH_SEGMENT@33..36
                      NAME_REF@33..36
                        IDENT@33..36 "Foo"
              R_PAREN@36..37 ")"
            WHITESPACE@37..38 " "
            BLOCK_EXPR@38..40
              STMT_LIST@38..40
                L_CURLY@38..39 "{"
                R_CURLY@39..40 "}"
    "#]],
    );
}

/// Runs `f` on a thread with a 2 MiB stack, the size of a default spawned thread.
pub(in crate::grammar) fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new().stack_size(2 << 20).spawn(f).expect("spawning a thread");
    thread.join().expect("the test panicked on its thread");
}

/// Parses `text` as `entry`, checks the tree invariants, and returns the error messages.
pub(in crate::grammar) fn deep_errors(entry: Option<TopEntryPoint>, text: &str) -> Vec<String> {
    let (root, errors) = match entry {
        Some(entry) => {
            let parse = crate::parse_fragment(text, Edition::LATEST, entry);
            (parse.syntax_node(), parse.errors().to_vec())
        }
        None => {
            let parse = crate::parse_source_file(text, Edition::LATEST);
            (parse.syntax_node(), parse.errors().to_vec())
        }
    };
    if let Err(problem) = crate::check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}");
    }
    errors.iter().map(|error| error.message().to_owned()).collect()
}

const DEEP: usize = 100_000;

#[test]
fn deeply_nested_types_stop_at_the_nesting_limit() {
    on_small_stack(|| {
        let too_deep = format!("this is nested too deeply (the limit is {} levels)", crate::NESTING_LIMIT);
        let texts = [
            format!("{}u8", "&".repeat(DEEP)),
            format!("{}u8", "*const ".repeat(DEEP)),
            format!("{}u8{}", "Vec<".repeat(DEEP), ">".repeat(DEEP)),
            format!("{}u8{}", "(".repeat(DEEP), ")".repeat(DEEP)),
            format!("{}u8{}", "[".repeat(DEEP), "]".repeat(DEEP)),
            format!("{}u8{}", "<".repeat(DEEP), ">::A".repeat(DEEP)),
            format!("{}u8", "fn() -> ".repeat(DEEP)),
            format!("{}u8{}", "Fn(".repeat(DEEP), ")".repeat(DEEP)),
        ];
        for text in &texts {
            let errors = deep_errors(Some(TopEntryPoint::Type), text);
            assert_eq!(errors, std::slice::from_ref(&too_deep), "{}", &text[..20]);
            // In a file, the rest of the file is parsed as usual after the too deep type.
            let file = format!("fn f(x: {text}, y: u8) {{}} fn g() {{}}");
            let errors = deep_errors(None, &file);
            assert_eq!(errors, std::slice::from_ref(&too_deep), "{}", &text[..20]);
        }
    });
}

#[test]
fn nesting_limit_at_a_leading_double_colon() {
    // Whatever the depth at which the limit takes the first `:` of `::`, the second goes too.
    let too_deep = format!("this is nested too deeply (the limit is {} levels)", crate::NESTING_LIMIT);
    let limit = crate::NESTING_LIMIT as usize;
    for depth in limit - 2..limit + 2 {
        let text = format!("{}::u8", "&".repeat(depth));
        let errors = deep_errors(Some(TopEntryPoint::Type), &text);
        assert!(errors.len() <= 1 && errors.iter().all(|error| *error == too_deep), "{depth}: {errors:?}");
        let text = format!("{}::x", "&".repeat(depth));
        let errors = deep_errors(Some(TopEntryPoint::Pattern), &text);
        assert!(errors.len() <= 1 && errors.iter().all(|error| *error == too_deep), "{depth}: {errors:?}");
    }
}

#[test]
fn builtin_pattern_type() {
    crate::grammar::check::check_ok(
        "type T = builtin # pattern_type(u32 is 1..); type U = builtin # pattern_type(*const u8 is !null);",
        expect![[r##"
            SOURCE_FILE@0..97
              TYPE_ALIAS@0..44
                TYPE_KW@0..4 "type"
                WHITESPACE@4..5 " "
                NAME@5..6
                  IDENT@5..6 "T"
                WHITESPACE@6..7 " "
                EQ@7..8 "="
                WHITESPACE@8..9 " "
                PATTERN_TYPE@9..43
                  BUILTIN_KW@9..16 "builtin"
                  WHITESPACE@16..17 " "
                  POUND@17..18 "#"
                  WHITESPACE@18..19 " "
                  PATTERN_TYPE_KW@19..31 "pattern_type"
                  L_PAREN@31..32 "("
                  PATH_TYPE@32..35
                    PATH@32..35
                      PATH_SEGMENT@32..35
                        NAME_REF@32..35
                          IDENT@32..35 "u32"
                  WHITESPACE@35..36 " "
                  IS_KW@36..38 "is"
                  WHITESPACE@38..39 " "
                  RANGE_PAT@39..42
                    LITERAL_PAT@39..40
                      LITERAL@39..40
                        INT_NUMBER@39..40 "1"
                    DOT2@40..42 ".."
                  R_PAREN@42..43 ")"
                SEMICOLON@43..44 ";"
              WHITESPACE@44..45 " "
              TYPE_ALIAS@45..97
                TYPE_KW@45..49 "type"
                WHITESPACE@49..50 " "
                NAME@50..51
                  IDENT@50..51 "U"
                WHITESPACE@51..52 " "
                EQ@52..53 "="
                WHITESPACE@53..54 " "
                PATTERN_TYPE@54..96
                  BUILTIN_KW@54..61 "builtin"
                  WHITESPACE@61..62 " "
                  POUND@62..63 "#"
                  WHITESPACE@63..64 " "
                  PATTERN_TYPE_KW@64..76 "pattern_type"
                  L_PAREN@76..77 "("
                  PTR_TYPE@77..86
                    STAR@77..78 "*"
                    CONST_KW@78..83 "const"
                    WHITESPACE@83..84 " "
                    PATH_TYPE@84..86
                      PATH@84..86
                        PATH_SEGMENT@84..86
                          NAME_REF@84..86
                            IDENT@84..86 "u8"
                  WHITESPACE@86..87 " "
                  IS_KW@87..89 "is"
                  WHITESPACE@89..90 " "
                  NOT_NULL@90..95
                    BANG@90..91 "!"
                    NULL_KW@91..95 "null"
                  R_PAREN@95..96 ")"
                SEMICOLON@96..97 ";"
        "##]],
    );
    check_type(
        "builtin # pattern_type(u8 0..)",
        expect![[r##"
        PATTERN_TYPE@0..30
          BUILTIN_KW@0..7 "builtin"
          WHITESPACE@7..8 " "
          POUND@8..9 "#"
          WHITESPACE@9..10 " "
          PATTERN_TYPE_KW@10..22 "pattern_type"
          L_PAREN@22..23 "("
          PATH_TYPE@23..25
            PATH@23..25
              PATH_SEGMENT@23..25
                NAME_REF@23..25
                  IDENT@23..25 "u8"
          WHITESPACE@25..26 " "
          RANGE_PAT@26..29
            LITERAL_PAT@26..27
              LITERAL@26..27
                INT_NUMBER@26..27 "0"
            DOT2@27..29 ".."
          R_PAREN@29..30 ")"
        error 26..27: expected `is`
    "##]],
    );
}

//! Tests of generic parameters, where clauses, bounds and `for<...>` binders.

use crate::NodeCache;
use expect_test::{Expect, expect};

use crate::{
    Edition, LexedStr, SyntaxNode,
    build_tree::build_tree,
    check_tree_invariants, debug_dump,
    grammar::{
        check::{check, check_ok},
        generics,
    },
    parse_source_file,
    parser::{Input, Parser},
};

/// Parses `text` with one grammar rule, for rules that the stubs of other areas do not reach yet
/// (bounds of `impl Trait` types, for example).
fn check_rule(rule: fn(&mut Parser<'_>), text: &str, expect: Expect) {
    let lexed = LexedStr::new_fragment(text, Edition::LATEST);
    let input = Input::from_lexed(&lexed);
    let mut p = Parser::new(&input, Edition::LATEST);
    rule(&mut p);
    let built = build_tree(&lexed, &p.finish(), &mut NodeCache::default());
    let root = SyntaxNode::new_root(built.green);
    if let Err(problem) = check_tree_invariants(&root, text) {
        panic!("tree invariant broken: {problem}");
    }
    expect.assert_eq(&debug_dump(&root, &built.errors));
}

#[test]
fn lifetime_params() {
    check_ok(
        "fn f<'a: 'b + 'c, 'b, 'c:, 'd: 'static>() {}",
        expect![[r#"
        SOURCE_FILE@0..44
          FN@0..44
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..39
              L_ANGLE@4..5 "<"
              LIFETIME_PARAM@5..16
                LIFETIME@5..7
                  LIFETIME_IDENT@5..7 "'a"
                COLON@7..8 ":"
                WHITESPACE@8..9 " "
                TYPE_BOUND_LIST@9..16
                  TYPE_BOUND@9..11
                    LIFETIME@9..11
                      LIFETIME_IDENT@9..11 "'b"
                  WHITESPACE@11..12 " "
                  PLUS@12..13 "+"
                  WHITESPACE@13..14 " "
                  TYPE_BOUND@14..16
                    LIFETIME@14..16
                      LIFETIME_IDENT@14..16 "'c"
              COMMA@16..17 ","
              WHITESPACE@17..18 " "
              LIFETIME_PARAM@18..20
                LIFETIME@18..20
                  LIFETIME_IDENT@18..20 "'b"
              COMMA@20..21 ","
              WHITESPACE@21..22 " "
              LIFETIME_PARAM@22..25
                LIFETIME@22..24
                  LIFETIME_IDENT@22..24 "'c"
                COLON@24..25 ":"
                TYPE_BOUND_LIST@25..25
              COMMA@25..26 ","
              WHITESPACE@26..27 " "
              LIFETIME_PARAM@27..38
                LIFETIME@27..29
                  LIFETIME_IDENT@27..29 "'d"
                COLON@29..30 ":"
                WHITESPACE@30..31 " "
                TYPE_BOUND_LIST@31..38
                  TYPE_BOUND@31..38
                    LIFETIME@31..38
                      LIFETIME_IDENT@31..38 "'static"
              R_ANGLE@38..39 ">"
            PARAM_LIST@39..41
              L_PAREN@39..40 "("
              R_PAREN@40..41 ")"
            WHITESPACE@41..42 " "
            BLOCK_EXPR@42..44
              STMT_LIST@42..44
                L_CURLY@42..43 "{"
                R_CURLY@43..44 "}"
    "#]],
    );
}

#[test]
fn type_params() {
    check_ok(
        "struct S<T, U: Clone + Copy, V = u8, W: Clone = u16, X:>;",
        expect![[r#"
        SOURCE_FILE@0..57
          STRUCT@0..57
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            GENERIC_PARAM_LIST@8..56
              L_ANGLE@8..9 "<"
              TYPE_PARAM@9..10
                NAME@9..10
                  IDENT@9..10 "T"
              COMMA@10..11 ","
              WHITESPACE@11..12 " "
              TYPE_PARAM@12..27
                NAME@12..13
                  IDENT@12..13 "U"
                COLON@13..14 ":"
                WHITESPACE@14..15 " "
                TYPE_BOUND_LIST@15..27
                  TYPE_BOUND@15..20
                    PATH_TYPE@15..20
                      PATH@15..20
                        PATH_SEGMENT@15..20
                          NAME_REF@15..20
                            IDENT@15..20 "Clone"
                  WHITESPACE@20..21 " "
                  PLUS@21..22 "+"
                  WHITESPACE@22..23 " "
                  TYPE_BOUND@23..27
                    PATH_TYPE@23..27
                      PATH@23..27
                        PATH_SEGMENT@23..27
                          NAME_REF@23..27
                            IDENT@23..27 "Copy"
              COMMA@27..28 ","
              WHITESPACE@28..29 " "
              TYPE_PARAM@29..35
                NAME@29..30
                  IDENT@29..30 "V"
                WHITESPACE@30..31 " "
                EQ@31..32 "="
                WHITESPACE@32..33 " "
                PATH_TYPE@33..35
                  PATH@33..35
                    PATH_SEGMENT@33..35
                      NAME_REF@33..35
                        IDENT@33..35 "u8"
              COMMA@35..36 ","
              WHITESPACE@36..37 " "
              TYPE_PARAM@37..51
                NAME@37..38
                  IDENT@37..38 "W"
                COLON@38..39 ":"
                WHITESPACE@39..40 " "
                TYPE_BOUND_LIST@40..45
                  TYPE_BOUND@40..45
                    PATH_TYPE@40..45
                      PATH@40..45
                        PATH_SEGMENT@40..45
                          NAME_REF@40..45
                            IDENT@40..45 "Clone"
                WHITESPACE@45..46 " "
                EQ@46..47 "="
                WHITESPACE@47..48 " "
                PATH_TYPE@48..51
                  PATH@48..51
                    PATH_SEGMENT@48..51
                      NAME_REF@48..51
                        IDENT@48..51 "u16"
              COMMA@51..52 ","
              WHITESPACE@52..53 " "
              TYPE_PARAM@53..55
                NAME@53..54
                  IDENT@53..54 "X"
                COLON@54..55 ":"
                TYPE_BOUND_LIST@55..55
              R_ANGLE@55..56 ">"
            SEMICOLON@56..57 ";"
    "#]],
    );
}

#[test]
fn const_params() {
    check_ok(
        "struct S<const N: usize, const M: u8 = 3, const K: i8 = -1, const L: bool = true, const B: u8 = { 1 }, \
         const P: u8 = X>;",
        expect![[r#"
            SOURCE_FILE@0..120
              STRUCT@0..120
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "S"
                GENERIC_PARAM_LIST@8..119
                  L_ANGLE@8..9 "<"
                  CONST_PARAM@9..23
                    CONST_KW@9..14 "const"
                    WHITESPACE@14..15 " "
                    NAME@15..16
                      IDENT@15..16 "N"
                    COLON@16..17 ":"
                    WHITESPACE@17..18 " "
                    PATH_TYPE@18..23
                      PATH@18..23
                        PATH_SEGMENT@18..23
                          NAME_REF@18..23
                            IDENT@18..23 "usize"
                  COMMA@23..24 ","
                  WHITESPACE@24..25 " "
                  CONST_PARAM@25..40
                    CONST_KW@25..30 "const"
                    WHITESPACE@30..31 " "
                    NAME@31..32
                      IDENT@31..32 "M"
                    COLON@32..33 ":"
                    WHITESPACE@33..34 " "
                    PATH_TYPE@34..36
                      PATH@34..36
                        PATH_SEGMENT@34..36
                          NAME_REF@34..36
                            IDENT@34..36 "u8"
                    WHITESPACE@36..37 " "
                    EQ@37..38 "="
                    WHITESPACE@38..39 " "
                    CONST_ARG@39..40
                      LITERAL@39..40
                        INT_NUMBER@39..40 "3"
                  COMMA@40..41 ","
                  WHITESPACE@41..42 " "
                  CONST_PARAM@42..58
                    CONST_KW@42..47 "const"
                    WHITESPACE@47..48 " "
                    NAME@48..49
                      IDENT@48..49 "K"
                    COLON@49..50 ":"
                    WHITESPACE@50..51 " "
                    PATH_TYPE@51..53
                      PATH@51..53
                        PATH_SEGMENT@51..53
                          NAME_REF@51..53
                            IDENT@51..53 "i8"
                    WHITESPACE@53..54 " "
                    EQ@54..55 "="
                    WHITESPACE@55..56 " "
                    CONST_ARG@56..58
                      PREFIX_EXPR@56..58
                        MINUS@56..57 "-"
                        LITERAL@57..58
                          INT_NUMBER@57..58 "1"
                  COMMA@58..59 ","
                  WHITESPACE@59..60 " "
                  CONST_PARAM@60..80
                    CONST_KW@60..65 "const"
                    WHITESPACE@65..66 " "
                    NAME@66..67
                      IDENT@66..67 "L"
                    COLON@67..68 ":"
                    WHITESPACE@68..69 " "
                    PATH_TYPE@69..73
                      PATH@69..73
                        PATH_SEGMENT@69..73
                          NAME_REF@69..73
                            IDENT@69..73 "bool"
                    WHITESPACE@73..74 " "
                    EQ@74..75 "="
                    WHITESPACE@75..76 " "
                    CONST_ARG@76..80
                      LITERAL@76..80
                        TRUE_KW@76..80 "true"
                  COMMA@80..81 ","
                  WHITESPACE@81..82 " "
                  CONST_PARAM@82..101
                    CONST_KW@82..87 "const"
                    WHITESPACE@87..88 " "
                    NAME@88..89
                      IDENT@88..89 "B"
                    COLON@89..90 ":"
                    WHITESPACE@90..91 " "
                    PATH_TYPE@91..93
                      PATH@91..93
                        PATH_SEGMENT@91..93
                          NAME_REF@91..93
                            IDENT@91..93 "u8"
                    WHITESPACE@93..94 " "
                    EQ@94..95 "="
                    WHITESPACE@95..96 " "
                    CONST_ARG@96..101
                      BLOCK_EXPR@96..101
                        STMT_LIST@96..101
                          L_CURLY@96..97 "{"
                          WHITESPACE@97..98 " "
                          LITERAL@98..99
                            INT_NUMBER@98..99 "1"
                          WHITESPACE@99..100 " "
                          R_CURLY@100..101 "}"
                  COMMA@101..102 ","
                  WHITESPACE@102..103 " "
                  CONST_PARAM@103..118
                    CONST_KW@103..108 "const"
                    WHITESPACE@108..109 " "
                    NAME@109..110
                      IDENT@109..110 "P"
                    COLON@110..111 ":"
                    WHITESPACE@111..112 " "
                    PATH_TYPE@112..114
                      PATH@112..114
                        PATH_SEGMENT@112..114
                          NAME_REF@112..114
                            IDENT@112..114 "u8"
                    WHITESPACE@114..115 " "
                    EQ@115..116 "="
                    WHITESPACE@116..117 " "
                    CONST_ARG@117..118
                      PATH_EXPR@117..118
                        PATH@117..118
                          PATH_SEGMENT@117..118
                            NAME_REF@117..118
                              IDENT@117..118 "X"
                  R_ANGLE@118..119 ">"
                SEMICOLON@119..120 ";"
        "#]],
    );
}

#[test]
fn generic_param_recovery() {
    check(
        "fn f<T: Clone,, U, 1, V>() {}\nfn g<const N = 3, const>() {}\nfn h<#[a]>() {}",
        expect![[r##"
        SOURCE_FILE@0..75
          FN@0..29
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..24
              L_ANGLE@4..5 "<"
              TYPE_PARAM@5..13
                NAME@5..6
                  IDENT@5..6 "T"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                TYPE_BOUND_LIST@8..13
                  TYPE_BOUND@8..13
                    PATH_TYPE@8..13
                      PATH@8..13
                        PATH_SEGMENT@8..13
                          NAME_REF@8..13
                            IDENT@8..13 "Clone"
              COMMA@13..14 ","
              ERROR@14..15
                COMMA@14..15 ","
              WHITESPACE@15..16 " "
              TYPE_PARAM@16..17
                NAME@16..17
                  IDENT@16..17 "U"
              COMMA@17..18 ","
              WHITESPACE@18..19 " "
              ERROR@19..20
                INT_NUMBER@19..20 "1"
              ERROR@20..21
                COMMA@20..21 ","
              WHITESPACE@21..22 " "
              TYPE_PARAM@22..23
                NAME@22..23
                  IDENT@22..23 "V"
              R_ANGLE@23..24 ">"
            PARAM_LIST@24..26
              L_PAREN@24..25 "("
              R_PAREN@25..26 ")"
            WHITESPACE@26..27 " "
            BLOCK_EXPR@27..29
              STMT_LIST@27..29
                L_CURLY@27..28 "{"
                R_CURLY@28..29 "}"
          WHITESPACE@29..30 "\n"
          FN@30..59
            FN_KW@30..32 "fn"
            WHITESPACE@32..33 " "
            NAME@33..34
              IDENT@33..34 "g"
            GENERIC_PARAM_LIST@34..54
              L_ANGLE@34..35 "<"
              CONST_PARAM@35..46
                CONST_KW@35..40 "const"
                WHITESPACE@40..41 " "
                NAME@41..42
                  IDENT@41..42 "N"
                WHITESPACE@42..43 " "
                EQ@43..44 "="
                WHITESPACE@44..45 " "
                CONST_ARG@45..46
                  LITERAL@45..46
                    INT_NUMBER@45..46 "3"
              COMMA@46..47 ","
              WHITESPACE@47..48 " "
              CONST_PARAM@48..53
                CONST_KW@48..53 "const"
              R_ANGLE@53..54 ">"
            PARAM_LIST@54..56
              L_PAREN@54..55 "("
              R_PAREN@55..56 ")"
            WHITESPACE@56..57 " "
            BLOCK_EXPR@57..59
              STMT_LIST@57..59
                L_CURLY@57..58 "{"
                R_CURLY@58..59 "}"
          WHITESPACE@59..60 "\n"
          FN@60..75
            FN_KW@60..62 "fn"
            WHITESPACE@62..63 " "
            NAME@63..64
              IDENT@63..64 "h"
            GENERIC_PARAM_LIST@64..70
              L_ANGLE@64..65 "<"
              ERROR@65..69
                ATTR@65..69
                  POUND@65..66 "#"
                  L_BRACK@66..67 "["
                  META@67..68
                    PATH@67..68
                      PATH_SEGMENT@67..68
                        NAME_REF@67..68
                          IDENT@67..68 "a"
                  R_BRACK@68..69 "]"
              R_ANGLE@69..70 ">"
            PARAM_LIST@70..72
              L_PAREN@70..71 "("
              R_PAREN@71..72 ")"
            WHITESPACE@72..73 " "
            BLOCK_EXPR@73..75
              STMT_LIST@73..75
                L_CURLY@73..74 "{"
                R_CURLY@74..75 "}"
        error 14..15: expected a generic parameter
        error 19..20: expected a generic parameter
        error 20..21: expected a generic parameter
        error 43..44: missing type for const parameter
        error 53..54: expected a name
        error 53..54: missing type for const parameter
        error 69..70: expected a generic parameter after the attributes
    "##]],
    );
}

#[test]
fn unclosed_generic_params() {
    check(
        "fn f<T() {}\nstruct S<T;",
        expect![[r#"
        SOURCE_FILE@0..23
          FN@0..11
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..6
              L_ANGLE@4..5 "<"
              TYPE_PARAM@5..6
                NAME@5..6
                  IDENT@5..6 "T"
            PARAM_LIST@6..8
              L_PAREN@6..7 "("
              R_PAREN@7..8 ")"
            WHITESPACE@8..9 " "
            BLOCK_EXPR@9..11
              STMT_LIST@9..11
                L_CURLY@9..10 "{"
                R_CURLY@10..11 "}"
          WHITESPACE@11..12 "\n"
          STRUCT@12..23
            STRUCT_KW@12..18 "struct"
            WHITESPACE@18..19 " "
            NAME@19..20
              IDENT@19..20 "S"
            GENERIC_PARAM_LIST@20..22
              L_ANGLE@20..21 "<"
              TYPE_PARAM@21..22
                NAME@21..22
                  IDENT@21..22 "T"
            SEMICOLON@22..23 ";"
        error 6..7: expected `>`
        error 22..23: expected `>`
    "#]],
    );
}

#[test]
fn where_clauses() {
    check_ok(
        "fn f() where 'a: 'b + 'c, T: Clone, for<'a> F: Tr, Self: Sized, {}\nfn g() where {}\n\
         impl<T> S where T: Copy {}\ntrait Tr where Self: Sized {}\n",
        expect![[r#"
            SOURCE_FILE@0..140
              FN@0..66
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                WHERE_CLAUSE@7..63
                  WHERE_KW@7..12 "where"
                  WHITESPACE@12..13 " "
                  WHERE_PRED@13..24
                    LIFETIME@13..15
                      LIFETIME_IDENT@13..15 "'a"
                    COLON@15..16 ":"
                    WHITESPACE@16..17 " "
                    TYPE_BOUND_LIST@17..24
                      TYPE_BOUND@17..19
                        LIFETIME@17..19
                          LIFETIME_IDENT@17..19 "'b"
                      WHITESPACE@19..20 " "
                      PLUS@20..21 "+"
                      WHITESPACE@21..22 " "
                      TYPE_BOUND@22..24
                        LIFETIME@22..24
                          LIFETIME_IDENT@22..24 "'c"
                  COMMA@24..25 ","
                  WHITESPACE@25..26 " "
                  WHERE_PRED@26..34
                    PATH_TYPE@26..27
                      PATH@26..27
                        PATH_SEGMENT@26..27
                          NAME_REF@26..27
                            IDENT@26..27 "T"
                    COLON@27..28 ":"
                    WHITESPACE@28..29 " "
                    TYPE_BOUND_LIST@29..34
                      TYPE_BOUND@29..34
                        PATH_TYPE@29..34
                          PATH@29..34
                            PATH_SEGMENT@29..34
                              NAME_REF@29..34
                                IDENT@29..34 "Clone"
                  COMMA@34..35 ","
                  WHITESPACE@35..36 " "
                  WHERE_PRED@36..49
                    FOR_BINDER@36..43
                      FOR_KW@36..39 "for"
                      GENERIC_PARAM_LIST@39..43
                        L_ANGLE@39..40 "<"
                        LIFETIME_PARAM@40..42
                          LIFETIME@40..42
                            LIFETIME_IDENT@40..42 "'a"
                        R_ANGLE@42..43 ">"
                    WHITESPACE@43..44 " "
                    PATH_TYPE@44..45
                      PATH@44..45
                        PATH_SEGMENT@44..45
                          NAME_REF@44..45
                            IDENT@44..45 "F"
                    COLON@45..46 ":"
                    WHITESPACE@46..47 " "
                    TYPE_BOUND_LIST@47..49
                      TYPE_BOUND@47..49
                        PATH_TYPE@47..49
                          PATH@47..49
                            PATH_SEGMENT@47..49
                              NAME_REF@47..49
                                IDENT@47..49 "Tr"
                  COMMA@49..50 ","
                  WHITESPACE@50..51 " "
                  WHERE_PRED@51..62
                    PATH_TYPE@51..55
                      PATH@51..55
                        PATH_SEGMENT@51..55
                          NAME_REF@51..55
                            SELF_TYPE_KW@51..55 "Self"
                    COLON@55..56 ":"
                    WHITESPACE@56..57 " "
                    TYPE_BOUND_LIST@57..62
                      TYPE_BOUND@57..62
                        PATH_TYPE@57..62
                          PATH@57..62
                            PATH_SEGMENT@57..62
                              NAME_REF@57..62
                                IDENT@57..62 "Sized"
                  COMMA@62..63 ","
                WHITESPACE@63..64 " "
                BLOCK_EXPR@64..66
                  STMT_LIST@64..66
                    L_CURLY@64..65 "{"
                    R_CURLY@65..66 "}"
              WHITESPACE@66..67 "\n"
              FN@67..82
                FN_KW@67..69 "fn"
                WHITESPACE@69..70 " "
                NAME@70..71
                  IDENT@70..71 "g"
                PARAM_LIST@71..73
                  L_PAREN@71..72 "("
                  R_PAREN@72..73 ")"
                WHITESPACE@73..74 " "
                WHERE_CLAUSE@74..79
                  WHERE_KW@74..79 "where"
                WHITESPACE@79..80 " "
                BLOCK_EXPR@80..82
                  STMT_LIST@80..82
                    L_CURLY@80..81 "{"
                    R_CURLY@81..82 "}"
              WHITESPACE@82..83 "\n"
              IMPL@83..109
                IMPL_KW@83..87 "impl"
                GENERIC_PARAM_LIST@87..90
                  L_ANGLE@87..88 "<"
                  TYPE_PARAM@88..89
                    NAME@88..89
                      IDENT@88..89 "T"
                  R_ANGLE@89..90 ">"
                WHITESPACE@90..91 " "
                PATH_TYPE@91..92
                  PATH@91..92
                    PATH_SEGMENT@91..92
                      NAME_REF@91..92
                        IDENT@91..92 "S"
                WHITESPACE@92..93 " "
                WHERE_CLAUSE@93..106
                  WHERE_KW@93..98 "where"
                  WHITESPACE@98..99 " "
                  WHERE_PRED@99..106
                    PATH_TYPE@99..100
                      PATH@99..100
                        PATH_SEGMENT@99..100
                          NAME_REF@99..100
                            IDENT@99..100 "T"
                    COLON@100..101 ":"
                    WHITESPACE@101..102 " "
                    TYPE_BOUND_LIST@102..106
                      TYPE_BOUND@102..106
                        PATH_TYPE@102..106
                          PATH@102..106
                            PATH_SEGMENT@102..106
                              NAME_REF@102..106
                                IDENT@102..106 "Copy"
                WHITESPACE@106..107 " "
                ASSOC_ITEM_LIST@107..109
                  L_CURLY@107..108 "{"
                  R_CURLY@108..109 "}"
              WHITESPACE@109..110 "\n"
              TRAIT@110..139
                TRAIT_KW@110..115 "trait"
                WHITESPACE@115..116 " "
                NAME@116..118
                  IDENT@116..118 "Tr"
                WHITESPACE@118..119 " "
                WHERE_CLAUSE@119..136
                  WHERE_KW@119..124 "where"
                  WHITESPACE@124..125 " "
                  WHERE_PRED@125..136
                    PATH_TYPE@125..129
                      PATH@125..129
                        PATH_SEGMENT@125..129
                          NAME_REF@125..129
                            SELF_TYPE_KW@125..129 "Self"
                    COLON@129..130 ":"
                    WHITESPACE@130..131 " "
                    TYPE_BOUND_LIST@131..136
                      TYPE_BOUND@131..136
                        PATH_TYPE@131..136
                          PATH@131..136
                            PATH_SEGMENT@131..136
                              NAME_REF@131..136
                                IDENT@131..136 "Sized"
                WHITESPACE@136..137 " "
                ASSOC_ITEM_LIST@137..139
                  L_CURLY@137..138 "{"
                  R_CURLY@138..139 "}"
              WHITESPACE@139..140 "\n"
        "#]],
    );
}

#[test]
fn where_clause_recovery() {
    check(
        "fn f() where T Clone, U: Copy V: Copy, 'a {}\nfn g() where for T: X {}",
        expect![[r#"
        SOURCE_FILE@0..69
          FN@0..44
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            WHERE_CLAUSE@7..41
              WHERE_KW@7..12 "where"
              WHITESPACE@12..13 " "
              WHERE_PRED@13..20
                PATH_TYPE@13..14
                  PATH@13..14
                    PATH_SEGMENT@13..14
                      NAME_REF@13..14
                        IDENT@13..14 "T"
                WHITESPACE@14..15 " "
                TYPE_BOUND_LIST@15..20
                  TYPE_BOUND@15..20
                    PATH_TYPE@15..20
                      PATH@15..20
                        PATH_SEGMENT@15..20
                          NAME_REF@15..20
                            IDENT@15..20 "Clone"
              COMMA@20..21 ","
              WHITESPACE@21..22 " "
              WHERE_PRED@22..29
                PATH_TYPE@22..23
                  PATH@22..23
                    PATH_SEGMENT@22..23
                      NAME_REF@22..23
                        IDENT@22..23 "U"
                COLON@23..24 ":"
                WHITESPACE@24..25 " "
                TYPE_BOUND_LIST@25..29
                  TYPE_BOUND@25..29
                    PATH_TYPE@25..29
                      PATH@25..29
                        PATH_SEGMENT@25..29
                          NAME_REF@25..29
                            IDENT@25..29 "Copy"
              WHITESPACE@29..30 " "
              WHERE_PRED@30..37
                PATH_TYPE@30..31
                  PATH@30..31
                    PATH_SEGMENT@30..31
                      NAME_REF@30..31
                        IDENT@30..31 "V"
                COLON@31..32 ":"
                WHITESPACE@32..33 " "
                TYPE_BOUND_LIST@33..37
                  TYPE_BOUND@33..37
                    PATH_TYPE@33..37
                      PATH@33..37
                        PATH_SEGMENT@33..37
                          NAME_REF@33..37
                            IDENT@33..37 "Copy"
              COMMA@37..38 ","
              WHITESPACE@38..39 " "
              WHERE_PRED@39..41
                LIFETIME@39..41
                  LIFETIME_IDENT@39..41 "'a"
            WHITESPACE@41..42 " "
            BLOCK_EXPR@42..44
              STMT_LIST@42..44
                L_CURLY@42..43 "{"
                R_CURLY@43..44 "}"
          WHITESPACE@44..45 "\n"
          FN@45..69
            FN_KW@45..47 "fn"
            WHITESPACE@47..48 " "
            NAME@48..49
              IDENT@48..49 "g"
            PARAM_LIST@49..51
              L_PAREN@49..50 "("
              R_PAREN@50..51 ")"
            WHITESPACE@51..52 " "
            WHERE_CLAUSE@52..66
              WHERE_KW@52..57 "where"
              WHITESPACE@57..58 " "
              WHERE_PRED@58..66
                FOR_BINDER@58..61
                  FOR_KW@58..61 "for"
                WHITESPACE@61..62 " "
                PATH_TYPE@62..63
                  PATH@62..63
                    PATH_SEGMENT@62..63
                      NAME_REF@62..63
                        IDENT@62..63 "T"
                COLON@63..64 ":"
                WHITESPACE@64..65 " "
                TYPE_BOUND_LIST@65..66
                  TYPE_BOUND@65..66
                    PATH_TYPE@65..66
                      PATH@65..66
                        PATH_SEGMENT@65..66
                          NAME_REF@65..66
                            IDENT@65..66 "X"
            WHITESPACE@66..67 " "
            BLOCK_EXPR@67..69
              STMT_LIST@67..69
                L_CURLY@67..68 "{"
                R_CURLY@68..69 "}"
        error 15..20: expected `:`
        error 30..31: expected `,`
        error 42..43: expected `:`
        error 62..63: expected `<`
    "#]],
    );
}

#[test]
fn bounds() {
    check_ok(
        "fn f<T: ?Sized + ~const A + const B + [const] C + async D + for<'a> E + (F) + G + 'a + !H + \
         use<'a, T, Self> + (?Sized) + for<'a> const async I + ::J + K +>() {}",
        expect![[r#"
            SOURCE_FILE@0..161
              FN@0..161
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                GENERIC_PARAM_LIST@4..156
                  L_ANGLE@4..5 "<"
                  TYPE_PARAM@5..155
                    NAME@5..6
                      IDENT@5..6 "T"
                    COLON@6..7 ":"
                    WHITESPACE@7..8 " "
                    TYPE_BOUND_LIST@8..155
                      TYPE_BOUND@8..14
                        QUESTION@8..9 "?"
                        PATH_TYPE@9..14
                          PATH@9..14
                            PATH_SEGMENT@9..14
                              NAME_REF@9..14
                                IDENT@9..14 "Sized"
                      WHITESPACE@14..15 " "
                      PLUS@15..16 "+"
                      WHITESPACE@16..17 " "
                      TYPE_BOUND@17..25
                        TILDE@17..18 "~"
                        CONST_KW@18..23 "const"
                        WHITESPACE@23..24 " "
                        PATH_TYPE@24..25
                          PATH@24..25
                            PATH_SEGMENT@24..25
                              NAME_REF@24..25
                                IDENT@24..25 "A"
                      WHITESPACE@25..26 " "
                      PLUS@26..27 "+"
                      WHITESPACE@27..28 " "
                      TYPE_BOUND@28..35
                        CONST_KW@28..33 "const"
                        WHITESPACE@33..34 " "
                        PATH_TYPE@34..35
                          PATH@34..35
                            PATH_SEGMENT@34..35
                              NAME_REF@34..35
                                IDENT@34..35 "B"
                      WHITESPACE@35..36 " "
                      PLUS@36..37 "+"
                      WHITESPACE@37..38 " "
                      TYPE_BOUND@38..47
                        L_BRACK@38..39 "["
                        CONST_KW@39..44 "const"
                        R_BRACK@44..45 "]"
                        WHITESPACE@45..46 " "
                        PATH_TYPE@46..47
                          PATH@46..47
                            PATH_SEGMENT@46..47
                              NAME_REF@46..47
                                IDENT@46..47 "C"
                      WHITESPACE@47..48 " "
                      PLUS@48..49 "+"
                      WHITESPACE@49..50 " "
                      TYPE_BOUND@50..57
                        ASYNC_KW@50..55 "async"
                        WHITESPACE@55..56 " "
                        PATH_TYPE@56..57
                          PATH@56..57
                            PATH_SEGMENT@56..57
                              NAME_REF@56..57
                                IDENT@56..57 "D"
                      WHITESPACE@57..58 " "
                      PLUS@58..59 "+"
                      WHITESPACE@59..60 " "
                      TYPE_BOUND@60..69
                        FOR_BINDER@60..67
                          FOR_KW@60..63 "for"
                          GENERIC_PARAM_LIST@63..67
                            L_ANGLE@63..64 "<"
                            LIFETIME_PARAM@64..66
                              LIFETIME@64..66
                                LIFETIME_IDENT@64..66 "'a"
                            R_ANGLE@66..67 ">"
                        WHITESPACE@67..68 " "
                        PATH_TYPE@68..69
                          PATH@68..69
                            PATH_SEGMENT@68..69
                              NAME_REF@68..69
                                IDENT@68..69 "E"
                      WHITESPACE@69..70 " "
                      PLUS@70..71 "+"
                      WHITESPACE@71..72 " "
                      TYPE_BOUND@72..75
                        L_PAREN@72..73 "("
                        PATH_TYPE@73..74
                          PATH@73..74
                            PATH_SEGMENT@73..74
                              NAME_REF@73..74
                                IDENT@73..74 "F"
                        R_PAREN@74..75 ")"
                      WHITESPACE@75..76 " "
                      PLUS@76..77 "+"
                      WHITESPACE@77..78 " "
                      TYPE_BOUND@78..79
                        PATH_TYPE@78..79
                          PATH@78..79
                            PATH_SEGMENT@78..79
                              NAME_REF@78..79
                                IDENT@78..79 "G"
                      WHITESPACE@79..80 " "
                      PLUS@80..81 "+"
                      WHITESPACE@81..82 " "
                      TYPE_BOUND@82..84
                        LIFETIME@82..84
                          LIFETIME_IDENT@82..84 "'a"
                      WHITESPACE@84..85 " "
                      PLUS@85..86 "+"
                      WHITESPACE@86..87 " "
                      TYPE_BOUND@87..89
                        BANG@87..88 "!"
                        PATH_TYPE@88..89
                          PATH@88..89
                            PATH_SEGMENT@88..89
                              NAME_REF@88..89
                                IDENT@88..89 "H"
                      WHITESPACE@89..90 " "
                      PLUS@90..91 "+"
                      WHITESPACE@91..92 " "
                      TYPE_BOUND@92..108
                        USE_KW@92..95 "use"
                        USE_BOUND_GENERIC_ARGS@95..108
                          L_ANGLE@95..96 "<"
                          LIFETIME@96..98
                            LIFETIME_IDENT@96..98 "'a"
                          COMMA@98..99 ","
                          WHITESPACE@99..100 " "
                          NAME_REF@100..101
                            IDENT@100..101 "T"
                          COMMA@101..102 ","
                          WHITESPACE@102..103 " "
                          NAME_REF@103..107
                            SELF_TYPE_KW@103..107 "Self"
                          R_ANGLE@107..108 ">"
                      WHITESPACE@108..109 " "
                      PLUS@109..110 "+"
                      WHITESPACE@110..111 " "
                      TYPE_BOUND@111..119
                        L_PAREN@111..112 "("
                        QUESTION@112..113 "?"
                        PATH_TYPE@113..118
                          PATH@113..118
                            PATH_SEGMENT@113..118
                              NAME_REF@113..118
                                IDENT@113..118 "Sized"
                        R_PAREN@118..119 ")"
                      WHITESPACE@119..120 " "
                      PLUS@120..121 "+"
                      WHITESPACE@121..122 " "
                      TYPE_BOUND@122..143
                        FOR_BINDER@122..129
                          FOR_KW@122..125 "for"
                          GENERIC_PARAM_LIST@125..129
                            L_ANGLE@125..126 "<"
                            LIFETIME_PARAM@126..128
                              LIFETIME@126..128
                                LIFETIME_IDENT@126..128 "'a"
                            R_ANGLE@128..129 ">"
                        WHITESPACE@129..130 " "
                        CONST_KW@130..135 "const"
                        WHITESPACE@135..136 " "
                        ASYNC_KW@136..141 "async"
                        WHITESPACE@141..142 " "
                        PATH_TYPE@142..143
                          PATH@142..143
                            PATH_SEGMENT@142..143
                              NAME_REF@142..143
                                IDENT@142..143 "I"
                      WHITESPACE@143..144 " "
                      PLUS@144..145 "+"
                      WHITESPACE@145..146 " "
                      TYPE_BOUND@146..149
                        PATH_TYPE@146..149
                          PATH@146..149
                            PATH_SEGMENT@146..149
                              COLON2@146..148 "::"
                              NAME_REF@148..149
                                IDENT@148..149 "J"
                      WHITESPACE@149..150 " "
                      PLUS@150..151 "+"
                      WHITESPACE@151..152 " "
                      TYPE_BOUND@152..153
                        PATH_TYPE@152..153
                          PATH@152..153
                            PATH_SEGMENT@152..153
                              NAME_REF@152..153
                                IDENT@152..153 "K"
                      WHITESPACE@153..154 " "
                      PLUS@154..155 "+"
                  R_ANGLE@155..156 ">"
                PARAM_LIST@156..158
                  L_PAREN@156..157 "("
                  R_PAREN@157..158 ")"
                WHITESPACE@158..159 " "
                BLOCK_EXPR@159..161
                  STMT_LIST@159..161
                    L_CURLY@159..160 "{"
                    R_CURLY@160..161 "}"
        "#]],
    );
}

#[test]
fn bound_recovery() {
    check(
        "fn f<T: ? + 'a, U: for<'a>, V: (), 'a: T>() {}",
        expect![[r#"
        SOURCE_FILE@0..46
          FN@0..46
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..41
              L_ANGLE@4..5 "<"
              TYPE_PARAM@5..14
                NAME@5..6
                  IDENT@5..6 "T"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                TYPE_BOUND_LIST@8..14
                  TYPE_BOUND@8..9
                    QUESTION@8..9 "?"
                  WHITESPACE@9..10 " "
                  PLUS@10..11 "+"
                  WHITESPACE@11..12 " "
                  TYPE_BOUND@12..14
                    LIFETIME@12..14
                      LIFETIME_IDENT@12..14 "'a"
              COMMA@14..15 ","
              WHITESPACE@15..16 " "
              TYPE_PARAM@16..26
                NAME@16..17
                  IDENT@16..17 "U"
                COLON@17..18 ":"
                WHITESPACE@18..19 " "
                TYPE_BOUND_LIST@19..26
                  TYPE_BOUND@19..26
                    FOR_BINDER@19..26
                      FOR_KW@19..22 "for"
                      GENERIC_PARAM_LIST@22..26
                        L_ANGLE@22..23 "<"
                        LIFETIME_PARAM@23..25
                          LIFETIME@23..25
                            LIFETIME_IDENT@23..25 "'a"
                        R_ANGLE@25..26 ">"
              COMMA@26..27 ","
              WHITESPACE@27..28 " "
              TYPE_PARAM@28..33
                NAME@28..29
                  IDENT@28..29 "V"
                COLON@29..30 ":"
                WHITESPACE@30..31 " "
                TYPE_BOUND_LIST@31..33
                  TYPE_BOUND@31..33
                    L_PAREN@31..32 "("
                    R_PAREN@32..33 ")"
              COMMA@33..34 ","
              WHITESPACE@34..35 " "
              LIFETIME_PARAM@35..40
                LIFETIME@35..37
                  LIFETIME_IDENT@35..37 "'a"
                COLON@37..38 ":"
                WHITESPACE@38..39 " "
                TYPE_BOUND_LIST@39..40
                  TYPE_BOUND@39..40
                    PATH_TYPE@39..40
                      PATH@39..40
                        PATH_SEGMENT@39..40
                          NAME_REF@39..40
                            IDENT@39..40 "T"
              R_ANGLE@40..41 ">"
            PARAM_LIST@41..43
              L_PAREN@41..42 "("
              R_PAREN@42..43 ")"
            WHITESPACE@43..44 " "
            BLOCK_EXPR@44..46
              STMT_LIST@44..46
                L_CURLY@44..45 "{"
                R_CURLY@45..46 "}"
        error 10..11: expected a trait
        error 26..27: expected a trait
        error 32..33: expected a bound
        error 39..40: expected a lifetime
    "#]],
    );
}

#[test]
fn bounds_of_types() {
    check_rule(
        generics::bounds_without_colon,
        "Tr + Send + 'a",
        expect![[r#"
        TYPE_BOUND_LIST@0..14
          TYPE_BOUND@0..2
            PATH_TYPE@0..2
              PATH@0..2
                PATH_SEGMENT@0..2
                  NAME_REF@0..2
                    IDENT@0..2 "Tr"
          WHITESPACE@2..3 " "
          PLUS@3..4 "+"
          WHITESPACE@4..5 " "
          TYPE_BOUND@5..9
            PATH_TYPE@5..9
              PATH@5..9
                PATH_SEGMENT@5..9
                  NAME_REF@5..9
                    IDENT@5..9 "Send"
          WHITESPACE@9..10 " "
          PLUS@10..11 "+"
          WHITESPACE@11..12 " "
          TYPE_BOUND@12..14
            LIFETIME@12..14
              LIFETIME_IDENT@12..14 "'a"
    "#]],
    );
    check_rule(
        generics::bounds_without_colon,
        "use<> + for<'a, 'b: 'a> Tr",
        expect![[r#"
        TYPE_BOUND_LIST@0..26
          TYPE_BOUND@0..5
            USE_KW@0..3 "use"
            USE_BOUND_GENERIC_ARGS@3..5
              L_ANGLE@3..4 "<"
              R_ANGLE@4..5 ">"
          WHITESPACE@5..6 " "
          PLUS@6..7 "+"
          WHITESPACE@7..8 " "
          TYPE_BOUND@8..26
            FOR_BINDER@8..23
              FOR_KW@8..11 "for"
              GENERIC_PARAM_LIST@11..23
                L_ANGLE@11..12 "<"
                LIFETIME_PARAM@12..14
                  LIFETIME@12..14
                    LIFETIME_IDENT@12..14 "'a"
                COMMA@14..15 ","
                WHITESPACE@15..16 " "
                LIFETIME_PARAM@16..22
                  LIFETIME@16..18
                    LIFETIME_IDENT@16..18 "'b"
                  COLON@18..19 ":"
                  WHITESPACE@19..20 " "
                  TYPE_BOUND_LIST@20..22
                    TYPE_BOUND@20..22
                      LIFETIME@20..22
                        LIFETIME_IDENT@20..22 "'a"
                R_ANGLE@22..23 ">"
            WHITESPACE@23..24 " "
            PATH_TYPE@24..26
              PATH@24..26
                PATH_SEGMENT@24..26
                  NAME_REF@24..26
                    IDENT@24..26 "Tr"
    "#]],
    );
}

#[test]
fn for_binder() {
    check_rule(
        generics::for_binder,
        "for<'a, 'b>",
        expect![[r#"
        FOR_BINDER@0..11
          FOR_KW@0..3 "for"
          GENERIC_PARAM_LIST@3..11
            L_ANGLE@3..4 "<"
            LIFETIME_PARAM@4..6
              LIFETIME@4..6
                LIFETIME_IDENT@4..6 "'a"
            COMMA@6..7 ","
            WHITESPACE@7..8 " "
            LIFETIME_PARAM@8..10
              LIFETIME@8..10
                LIFETIME_IDENT@8..10 "'b"
            R_ANGLE@10..11 ">"
    "#]],
    );
    check_rule(
        generics::for_binder,
        "for 'a",
        expect![[r#"
        FOR_BINDER@0..6
          FOR_KW@0..3 "for"
          WHITESPACE@3..4 " "
          ERROR@4..6
            LIFETIME_IDENT@4..6 "'a"
        error 4..6: expected `<`
        error 4..4: unexpected input: the parser stopped here
    "#]],
    );
}

#[test]
fn deeply_nested_binders_are_cut_at_the_nesting_limit() {
    let text = format!("fn f<{}>() {{}}", "T: for<".repeat(400));
    let parse = parse_source_file(&text, Edition::LATEST);
    let errors: Vec<_> = parse.errors().iter().map(|error| error.message()).collect();
    assert!(errors.iter().any(|message| message.contains("nested too deeply")), "{:?}", &errors[..errors.len().min(5)]);
    assert!(parse.depth() < 2000);
}

#[test]
fn binder_after_a_polarity_is_an_error() {
    check(
        "fn f<T: ?for<'a> G>() {}",
        expect![[r#"
        SOURCE_FILE@0..24
          FN@0..24
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..19
              L_ANGLE@4..5 "<"
              TYPE_PARAM@5..18
                NAME@5..6
                  IDENT@5..6 "T"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                TYPE_BOUND_LIST@8..18
                  TYPE_BOUND@8..18
                    QUESTION@8..9 "?"
                    FOR_BINDER@9..16
                      FOR_KW@9..12 "for"
                      GENERIC_PARAM_LIST@12..16
                        L_ANGLE@12..13 "<"
                        LIFETIME_PARAM@13..15
                          LIFETIME@13..15
                            LIFETIME_IDENT@13..15 "'a"
                        R_ANGLE@15..16 ">"
                    WHITESPACE@16..17 " "
                    PATH_TYPE@17..18
                      PATH@17..18
                        PATH_SEGMENT@17..18
                          NAME_REF@17..18
                            IDENT@17..18 "G"
              R_ANGLE@18..19 ">"
            PARAM_LIST@19..21
              L_PAREN@19..20 "("
              R_PAREN@20..21 ")"
            WHITESPACE@21..22 " "
            BLOCK_EXPR@22..24
              STMT_LIST@22..24
                L_CURLY@22..23 "{"
                R_CURLY@23..24 "}"
        error 9..12: `for<...>` binder should be placed before trait bound modifiers
    "#]],
    );
}

#[test]
fn binder_with_polarity_is_an_error() {
    check(
        "fn f<T>() where T: for<> ?Sized, T: for<'a> !Tr<'a> {}",
        expect![[r#"
        SOURCE_FILE@0..54
          FN@0..54
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            GENERIC_PARAM_LIST@4..7
              L_ANGLE@4..5 "<"
              TYPE_PARAM@5..6
                NAME@5..6
                  IDENT@5..6 "T"
              R_ANGLE@6..7 ">"
            PARAM_LIST@7..9
              L_PAREN@7..8 "("
              R_PAREN@8..9 ")"
            WHITESPACE@9..10 " "
            WHERE_CLAUSE@10..51
              WHERE_KW@10..15 "where"
              WHITESPACE@15..16 " "
              WHERE_PRED@16..31
                PATH_TYPE@16..17
                  PATH@16..17
                    PATH_SEGMENT@16..17
                      NAME_REF@16..17
                        IDENT@16..17 "T"
                COLON@17..18 ":"
                WHITESPACE@18..19 " "
                TYPE_BOUND_LIST@19..31
                  TYPE_BOUND@19..31
                    FOR_BINDER@19..24
                      FOR_KW@19..22 "for"
                      GENERIC_PARAM_LIST@22..24
                        L_ANGLE@22..23 "<"
                        R_ANGLE@23..24 ">"
                    WHITESPACE@24..25 " "
                    QUESTION@25..26 "?"
                    PATH_TYPE@26..31
                      PATH@26..31
                        PATH_SEGMENT@26..31
                          NAME_REF@26..31
                            IDENT@26..31 "Sized"
              COMMA@31..32 ","
              WHITESPACE@32..33 " "
              WHERE_PRED@33..51
                PATH_TYPE@33..34
                  PATH@33..34
                    PATH_SEGMENT@33..34
                      NAME_REF@33..34
                        IDENT@33..34 "T"
                COLON@34..35 ":"
                WHITESPACE@35..36 " "
                TYPE_BOUND_LIST@36..51
                  TYPE_BOUND@36..51
                    FOR_BINDER@36..43
                      FOR_KW@36..39 "for"
                      GENERIC_PARAM_LIST@39..43
                        L_ANGLE@39..40 "<"
                        LIFETIME_PARAM@40..42
                          LIFETIME@40..42
                            LIFETIME_IDENT@40..42 "'a"
                        R_ANGLE@42..43 ">"
                    WHITESPACE@43..44 " "
                    BANG@44..45 "!"
                    PATH_TYPE@45..51
                      PATH@45..51
                        PATH_SEGMENT@45..51
                          NAME_REF@45..47
                            IDENT@45..47 "Tr"
                          GENERIC_ARG_LIST@47..51
                            L_ANGLE@47..48 "<"
                            LIFETIME_ARG@48..50
                              LIFETIME@48..50
                                LIFETIME_IDENT@48..50 "'a"
                            R_ANGLE@50..51 ">"
            WHITESPACE@51..52 " "
            BLOCK_EXPR@52..54
              STMT_LIST@52..54
                L_CURLY@52..53 "{"
                R_CURLY@53..54 "}"
        error 25..26: `for<...>` binder not allowed with `?` trait polarity modifier
        error 44..45: `for<...>` binder not allowed with `!` trait polarity modifier
    "#]],
    );
}

#[test]
fn const_param_default_paths_need_braces() {
    check_ok(
        "struct A<const N: i32 = M, const O: i32 = { i32::MAX }>;",
        expect![[r#"
        SOURCE_FILE@0..56
          STRUCT@0..56
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "A"
            GENERIC_PARAM_LIST@8..55
              L_ANGLE@8..9 "<"
              CONST_PARAM@9..25
                CONST_KW@9..14 "const"
                WHITESPACE@14..15 " "
                NAME@15..16
                  IDENT@15..16 "N"
                COLON@16..17 ":"
                WHITESPACE@17..18 " "
                PATH_TYPE@18..21
                  PATH@18..21
                    PATH_SEGMENT@18..21
                      NAME_REF@18..21
                        IDENT@18..21 "i32"
                WHITESPACE@21..22 " "
                EQ@22..23 "="
                WHITESPACE@23..24 " "
                CONST_ARG@24..25
                  PATH_EXPR@24..25
                    PATH@24..25
                      PATH_SEGMENT@24..25
                        NAME_REF@24..25
                          IDENT@24..25 "M"
              COMMA@25..26 ","
              WHITESPACE@26..27 " "
              CONST_PARAM@27..54
                CONST_KW@27..32 "const"
                WHITESPACE@32..33 " "
                NAME@33..34
                  IDENT@33..34 "O"
                COLON@34..35 ":"
                WHITESPACE@35..36 " "
                PATH_TYPE@36..39
                  PATH@36..39
                    PATH_SEGMENT@36..39
                      NAME_REF@36..39
                        IDENT@36..39 "i32"
                WHITESPACE@39..40 " "
                EQ@40..41 "="
                WHITESPACE@41..42 " "
                CONST_ARG@42..54
                  BLOCK_EXPR@42..54
                    STMT_LIST@42..54
                      L_CURLY@42..43 "{"
                      WHITESPACE@43..44 " "
                      PATH_EXPR@44..52
                        PATH@44..52
                          PATH@44..47
                            PATH_SEGMENT@44..47
                              NAME_REF@44..47
                                IDENT@44..47 "i32"
                          COLON2@47..49 "::"
                          PATH_SEGMENT@49..52
                            NAME_REF@49..52
                              IDENT@49..52 "MAX"
                      WHITESPACE@52..53 " "
                      R_CURLY@53..54 "}"
              R_ANGLE@54..55 ">"
            SEMICOLON@55..56 ";"
    "#]],
    );
    check(
        "struct A<const N: i32 = i32::MAX, const O: u8 = ::m::X, const P: u8 = f::<u8>>;",
        expect![[r#"
        SOURCE_FILE@0..79
          STRUCT@0..79
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "A"
            GENERIC_PARAM_LIST@8..78
              L_ANGLE@8..9 "<"
              CONST_PARAM@9..32
                CONST_KW@9..14 "const"
                WHITESPACE@14..15 " "
                NAME@15..16
                  IDENT@15..16 "N"
                COLON@16..17 ":"
                WHITESPACE@17..18 " "
                PATH_TYPE@18..21
                  PATH@18..21
                    PATH_SEGMENT@18..21
                      NAME_REF@18..21
                        IDENT@18..21 "i32"
                WHITESPACE@21..22 " "
                EQ@22..23 "="
                WHITESPACE@23..24 " "
                CONST_ARG@24..32
                  PATH_EXPR@24..32
                    PATH@24..32
                      PATH@24..27
                        PATH_SEGMENT@24..27
                          NAME_REF@24..27
                            IDENT@24..27 "i32"
                      COLON2@27..29 "::"
                      PATH_SEGMENT@29..32
                        NAME_REF@29..32
                          IDENT@29..32 "MAX"
              COMMA@32..33 ","
              WHITESPACE@33..34 " "
              CONST_PARAM@34..54
                CONST_KW@34..39 "const"
                WHITESPACE@39..40 " "
                NAME@40..41
                  IDENT@40..41 "O"
                COLON@41..42 ":"
                WHITESPACE@42..43 " "
                PATH_TYPE@43..45
                  PATH@43..45
                    PATH_SEGMENT@43..45
                      NAME_REF@43..45
                        IDENT@43..45 "u8"
                WHITESPACE@45..46 " "
                EQ@46..47 "="
                WHITESPACE@47..48 " "
                CONST_ARG@48..54
                  PATH_EXPR@48..54
                    PATH@48..54
                      PATH@48..51
                        PATH_SEGMENT@48..51
                          COLON2@48..50 "::"
                          NAME_REF@50..51
                            IDENT@50..51 "m"
                      COLON2@51..53 "::"
                      PATH_SEGMENT@53..54
                        NAME_REF@53..54
                          IDENT@53..54 "X"
              COMMA@54..55 ","
              WHITESPACE@55..56 " "
              CONST_PARAM@56..77
                CONST_KW@56..61 "const"
                WHITESPACE@61..62 " "
                NAME@62..63
                  IDENT@62..63 "P"
                COLON@63..64 ":"
                WHITESPACE@64..65 " "
                PATH_TYPE@65..67
                  PATH@65..67
                    PATH_SEGMENT@65..67
                      NAME_REF@65..67
                        IDENT@65..67 "u8"
                WHITESPACE@67..68 " "
                EQ@68..69 "="
                WHITESPACE@69..70 " "
                CONST_ARG@70..77
                  PATH_EXPR@70..77
                    PATH@70..77
                      PATH_SEGMENT@70..77
                        NAME_REF@70..71
                          IDENT@70..71 "f"
                        GENERIC_ARG_LIST@71..77
                          COLON2@71..73 "::"
                          L_ANGLE@73..74 "<"
                          TYPE_ARG@74..76
                            PATH_TYPE@74..76
                              PATH@74..76
                                PATH_SEGMENT@74..76
                                  NAME_REF@74..76
                                    IDENT@74..76 "u8"
                          R_ANGLE@76..77 ">"
              R_ANGLE@77..78 ">"
            SEMICOLON@78..79 ";"
        error 24..27: expressions must be enclosed in braces to be used as const generic arguments
        error 48..49: expressions must be enclosed in braces to be used as const generic arguments
        error 70..71: expressions must be enclosed in braces to be used as const generic arguments
    "#]],
    );
}

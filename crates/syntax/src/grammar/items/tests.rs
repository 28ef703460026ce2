//! Tests of the item grammar: every item, qualifiers, visibility, macros, and recovery.

use expect_test::expect;

use crate::{
    Edition,
    grammar::{
        PrefixEntryPoint, TopEntryPoint,
        check::{check, check_edition, check_entry, check_ok, check_prefix},
    },
    parse_source_file,
};

#[test]
fn fn_items() {
    check_ok(
        "fn a() {}\npub fn b(x: u32) -> u32 { x }\nfn c<T>() where T: Copy {}\n",
        expect![[r#"
            SOURCE_FILE@0..67
              FN@0..9
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "a"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..9
                  STMT_LIST@7..9
                    L_CURLY@7..8 "{"
                    R_CURLY@8..9 "}"
              WHITESPACE@9..10 "\n"
              FN@10..39
                VISIBILITY@10..13
                  PUB_KW@10..13 "pub"
                WHITESPACE@13..14 " "
                FN_KW@14..16 "fn"
                WHITESPACE@16..17 " "
                NAME@17..18
                  IDENT@17..18 "b"
                PARAM_LIST@18..26
                  L_PAREN@18..19 "("
                  PARAM@19..25
                    IDENT_PAT@19..20
                      NAME@19..20
                        IDENT@19..20 "x"
                    COLON@20..21 ":"
                    WHITESPACE@21..22 " "
                    PATH_TYPE@22..25
                      PATH@22..25
                        PATH_SEGMENT@22..25
                          NAME_REF@22..25
                            IDENT@22..25 "u32"
                  R_PAREN@25..26 ")"
                WHITESPACE@26..27 " "
                RET_TYPE@27..33
                  THIN_ARROW@27..29 "->"
                  WHITESPACE@29..30 " "
                  PATH_TYPE@30..33
                    PATH@30..33
                      PATH_SEGMENT@30..33
                        NAME_REF@30..33
                          IDENT@30..33 "u32"
                WHITESPACE@33..34 " "
                BLOCK_EXPR@34..39
                  STMT_LIST@34..39
                    L_CURLY@34..35 "{"
                    WHITESPACE@35..36 " "
                    PATH_EXPR@36..37
                      PATH@36..37
                        PATH_SEGMENT@36..37
                          NAME_REF@36..37
                            IDENT@36..37 "x"
                    WHITESPACE@37..38 " "
                    R_CURLY@38..39 "}"
              WHITESPACE@39..40 "\n"
              FN@40..66
                FN_KW@40..42 "fn"
                WHITESPACE@42..43 " "
                NAME@43..44
                  IDENT@43..44 "c"
                GENERIC_PARAM_LIST@44..47
                  L_ANGLE@44..45 "<"
                  TYPE_PARAM@45..46
                    NAME@45..46
                      IDENT@45..46 "T"
                  R_ANGLE@46..47 ">"
                PARAM_LIST@47..49
                  L_PAREN@47..48 "("
                  R_PAREN@48..49 ")"
                WHITESPACE@49..50 " "
                WHERE_CLAUSE@50..63
                  WHERE_KW@50..55 "where"
                  WHITESPACE@55..56 " "
                  WHERE_PRED@56..63
                    PATH_TYPE@56..57
                      PATH@56..57
                        PATH_SEGMENT@56..57
                          NAME_REF@56..57
                            IDENT@56..57 "T"
                    COLON@57..58 ":"
                    WHITESPACE@58..59 " "
                    TYPE_BOUND_LIST@59..63
                      TYPE_BOUND@59..63
                        PATH_TYPE@59..63
                          PATH@59..63
                            PATH_SEGMENT@59..63
                              NAME_REF@59..63
                                IDENT@59..63 "Copy"
                WHITESPACE@63..64 " "
                BLOCK_EXPR@64..66
                  STMT_LIST@64..66
                    L_CURLY@64..65 "{"
                    R_CURLY@65..66 "}"
              WHITESPACE@66..67 "\n"
        "#]],
    );
}

#[test]
fn fn_without_body() {
    check_ok(
        "fn f();",
        expect![[r#"
        SOURCE_FILE@0..7
          FN@0..7
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            SEMICOLON@6..7 ";"
    "#]],
    );
}

#[test]
fn fn_qualifiers() {
    check_ok(
        "const fn a() {}\nasync fn b() {}\nunsafe fn c() {}\nextern fn d() {}\nextern \"C\" fn e() {}\n\
         const async unsafe extern \"C\" fn f() {}\nasync gen fn g() {}\ngen fn h() {}\nsafe fn i();\n",
        expect![[r#"
            SOURCE_FILE@0..174
              FN@0..15
                CONST_KW@0..5 "const"
                WHITESPACE@5..6 " "
                FN_KW@6..8 "fn"
                WHITESPACE@8..9 " "
                NAME@9..10
                  IDENT@9..10 "a"
                PARAM_LIST@10..12
                  L_PAREN@10..11 "("
                  R_PAREN@11..12 ")"
                WHITESPACE@12..13 " "
                BLOCK_EXPR@13..15
                  STMT_LIST@13..15
                    L_CURLY@13..14 "{"
                    R_CURLY@14..15 "}"
              WHITESPACE@15..16 "\n"
              FN@16..31
                ASYNC_KW@16..21 "async"
                WHITESPACE@21..22 " "
                FN_KW@22..24 "fn"
                WHITESPACE@24..25 " "
                NAME@25..26
                  IDENT@25..26 "b"
                PARAM_LIST@26..28
                  L_PAREN@26..27 "("
                  R_PAREN@27..28 ")"
                WHITESPACE@28..29 " "
                BLOCK_EXPR@29..31
                  STMT_LIST@29..31
                    L_CURLY@29..30 "{"
                    R_CURLY@30..31 "}"
              WHITESPACE@31..32 "\n"
              FN@32..48
                UNSAFE_KW@32..38 "unsafe"
                WHITESPACE@38..39 " "
                FN_KW@39..41 "fn"
                WHITESPACE@41..42 " "
                NAME@42..43
                  IDENT@42..43 "c"
                PARAM_LIST@43..45
                  L_PAREN@43..44 "("
                  R_PAREN@44..45 ")"
                WHITESPACE@45..46 " "
                BLOCK_EXPR@46..48
                  STMT_LIST@46..48
                    L_CURLY@46..47 "{"
                    R_CURLY@47..48 "}"
              WHITESPACE@48..49 "\n"
              FN@49..65
                ABI@49..55
                  EXTERN_KW@49..55 "extern"
                WHITESPACE@55..56 " "
                FN_KW@56..58 "fn"
                WHITESPACE@58..59 " "
                NAME@59..60
                  IDENT@59..60 "d"
                PARAM_LIST@60..62
                  L_PAREN@60..61 "("
                  R_PAREN@61..62 ")"
                WHITESPACE@62..63 " "
                BLOCK_EXPR@63..65
                  STMT_LIST@63..65
                    L_CURLY@63..64 "{"
                    R_CURLY@64..65 "}"
              WHITESPACE@65..66 "\n"
              FN@66..86
                ABI@66..76
                  EXTERN_KW@66..72 "extern"
                  WHITESPACE@72..73 " "
                  STRING@73..76 "\"C\""
                WHITESPACE@76..77 " "
                FN_KW@77..79 "fn"
                WHITESPACE@79..80 " "
                NAME@80..81
                  IDENT@80..81 "e"
                PARAM_LIST@81..83
                  L_PAREN@81..82 "("
                  R_PAREN@82..83 ")"
                WHITESPACE@83..84 " "
                BLOCK_EXPR@84..86
                  STMT_LIST@84..86
                    L_CURLY@84..85 "{"
                    R_CURLY@85..86 "}"
              WHITESPACE@86..87 "\n"
              FN@87..126
                CONST_KW@87..92 "const"
                WHITESPACE@92..93 " "
                ASYNC_KW@93..98 "async"
                WHITESPACE@98..99 " "
                UNSAFE_KW@99..105 "unsafe"
                WHITESPACE@105..106 " "
                ABI@106..116
                  EXTERN_KW@106..112 "extern"
                  WHITESPACE@112..113 " "
                  STRING@113..116 "\"C\""
                WHITESPACE@116..117 " "
                FN_KW@117..119 "fn"
                WHITESPACE@119..120 " "
                NAME@120..121
                  IDENT@120..121 "f"
                PARAM_LIST@121..123
                  L_PAREN@121..122 "("
                  R_PAREN@122..123 ")"
                WHITESPACE@123..124 " "
                BLOCK_EXPR@124..126
                  STMT_LIST@124..126
                    L_CURLY@124..125 "{"
                    R_CURLY@125..126 "}"
              WHITESPACE@126..127 "\n"
              FN@127..146
                ASYNC_KW@127..132 "async"
                WHITESPACE@132..133 " "
                GEN_KW@133..136 "gen"
                WHITESPACE@136..137 " "
                FN_KW@137..139 "fn"
                WHITESPACE@139..140 " "
                NAME@140..141
                  IDENT@140..141 "g"
                PARAM_LIST@141..143
                  L_PAREN@141..142 "("
                  R_PAREN@142..143 ")"
                WHITESPACE@143..144 " "
                BLOCK_EXPR@144..146
                  STMT_LIST@144..146
                    L_CURLY@144..145 "{"
                    R_CURLY@145..146 "}"
              WHITESPACE@146..147 "\n"
              FN@147..160
                GEN_KW@147..150 "gen"
                WHITESPACE@150..151 " "
                FN_KW@151..153 "fn"
                WHITESPACE@153..154 " "
                NAME@154..155
                  IDENT@154..155 "h"
                PARAM_LIST@155..157
                  L_PAREN@155..156 "("
                  R_PAREN@156..157 ")"
                WHITESPACE@157..158 " "
                BLOCK_EXPR@158..160
                  STMT_LIST@158..160
                    L_CURLY@158..159 "{"
                    R_CURLY@159..160 "}"
              WHITESPACE@160..161 "\n"
              FN@161..173
                SAFE_KW@161..165 "safe"
                WHITESPACE@165..166 " "
                FN_KW@166..168 "fn"
                WHITESPACE@168..169 " "
                NAME@169..170
                  IDENT@169..170 "i"
                PARAM_LIST@170..172
                  L_PAREN@170..171 "("
                  R_PAREN@171..172 ")"
                SEMICOLON@172..173 ";"
              WHITESPACE@173..174 "\n"
        "#]],
    );
}

#[test]
fn fn_qualifiers_in_the_wrong_order() {
    check(
        "unsafe const fn a() {}\nextern \"C\" unsafe fn b() {}\nunsafe unsafe fn c() {}\n",
        expect![[r#"
        SOURCE_FILE@0..75
          FN@0..22
            UNSAFE_KW@0..6 "unsafe"
            WHITESPACE@6..7 " "
            CONST_KW@7..12 "const"
            WHITESPACE@12..13 " "
            FN_KW@13..15 "fn"
            WHITESPACE@15..16 " "
            NAME@16..17
              IDENT@16..17 "a"
            PARAM_LIST@17..19
              L_PAREN@17..18 "("
              R_PAREN@18..19 ")"
            WHITESPACE@19..20 " "
            BLOCK_EXPR@20..22
              STMT_LIST@20..22
                L_CURLY@20..21 "{"
                R_CURLY@21..22 "}"
          WHITESPACE@22..23 "\n"
          FN@23..50
            ABI@23..33
              EXTERN_KW@23..29 "extern"
              WHITESPACE@29..30 " "
              STRING@30..33 "\"C\""
            WHITESPACE@33..34 " "
            UNSAFE_KW@34..40 "unsafe"
            WHITESPACE@40..41 " "
            FN_KW@41..43 "fn"
            WHITESPACE@43..44 " "
            NAME@44..45
              IDENT@44..45 "b"
            PARAM_LIST@45..47
              L_PAREN@45..46 "("
              R_PAREN@46..47 ")"
            WHITESPACE@47..48 " "
            BLOCK_EXPR@48..50
              STMT_LIST@48..50
                L_CURLY@48..49 "{"
                R_CURLY@49..50 "}"
          WHITESPACE@50..51 "\n"
          FN@51..74
            UNSAFE_KW@51..57 "unsafe"
            WHITESPACE@57..58 " "
            UNSAFE_KW@58..64 "unsafe"
            WHITESPACE@64..65 " "
            FN_KW@65..67 "fn"
            WHITESPACE@67..68 " "
            NAME@68..69
              IDENT@68..69 "c"
            PARAM_LIST@69..71
              L_PAREN@69..70 "("
              R_PAREN@70..71 ")"
            WHITESPACE@71..72 " "
            BLOCK_EXPR@72..74
              STMT_LIST@72..74
                L_CURLY@72..73 "{"
                R_CURLY@73..74 "}"
          WHITESPACE@74..75 "\n"
        error 7..12: `const` must come before `unsafe`
        error 34..40: `unsafe` must come before `extern`
        error 58..64: `unsafe` is repeated
    "#]],
    );
}

#[test]
fn gen_fn_before_2024() {
    check_edition(
        Edition::Edition2021,
        "gen fn f() {}",
        expect![[r#"
        SOURCE_FILE@0..13
          ERROR@0..3
            PATH@0..3
              PATH_SEGMENT@0..3
                NAME_REF@0..3
                  IDENT@0..3 "gen"
          WHITESPACE@3..4 " "
          FN@4..13
            FN_KW@4..6 "fn"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "f"
            PARAM_LIST@8..10
              L_PAREN@8..9 "("
              R_PAREN@9..10 ")"
            WHITESPACE@10..11 " "
            BLOCK_EXPR@11..13
              STMT_LIST@11..13
                L_CURLY@11..12 "{"
                R_CURLY@12..13 "}"
        error 0..3: expected an item
    "#]],
    );
}

#[test]
fn async_fn_in_2015() {
    check_edition(
        Edition::Edition2015,
        "async fn f() {}",
        expect![[r#"
        SOURCE_FILE@0..15
          ERROR@0..5
            PATH@0..5
              PATH_SEGMENT@0..5
                NAME_REF@0..5
                  IDENT@0..5 "async"
          WHITESPACE@5..6 " "
          FN@6..15
            FN_KW@6..8 "fn"
            WHITESPACE@8..9 " "
            NAME@9..10
              IDENT@9..10 "f"
            PARAM_LIST@10..12
              L_PAREN@10..11 "("
              R_PAREN@11..12 ")"
            WHITESPACE@12..13 " "
            BLOCK_EXPR@13..15
              STMT_LIST@13..15
                L_CURLY@13..14 "{"
                R_CURLY@14..15 "}"
        error 0..5: expected an item
    "#]],
    );
}

#[test]
fn fn_missing_parts() {
    check(
        "fn () {}\nfn g\nfn h() -> u8\nfn i() {}",
        expect![[r#"
        SOURCE_FILE@0..36
          FN@0..8
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            PARAM_LIST@3..5
              L_PAREN@3..4 "("
              R_PAREN@4..5 ")"
            WHITESPACE@5..6 " "
            BLOCK_EXPR@6..8
              STMT_LIST@6..8
                L_CURLY@6..7 "{"
                R_CURLY@7..8 "}"
          WHITESPACE@8..9 "\n"
          FN@9..13
            FN_KW@9..11 "fn"
            WHITESPACE@11..12 " "
            NAME@12..13
              IDENT@12..13 "g"
          WHITESPACE@13..14 "\n"
          FN@14..26
            FN_KW@14..16 "fn"
            WHITESPACE@16..17 " "
            NAME@17..18
              IDENT@17..18 "h"
            PARAM_LIST@18..20
              L_PAREN@18..19 "("
              R_PAREN@19..20 ")"
            WHITESPACE@20..21 " "
            RET_TYPE@21..26
              THIN_ARROW@21..23 "->"
              WHITESPACE@23..24 " "
              PATH_TYPE@24..26
                PATH@24..26
                  PATH_SEGMENT@24..26
                    NAME_REF@24..26
                      IDENT@24..26 "u8"
          WHITESPACE@26..27 "\n"
          FN@27..36
            FN_KW@27..29 "fn"
            WHITESPACE@29..30 " "
            NAME@30..31
              IDENT@30..31 "i"
            PARAM_LIST@31..33
              L_PAREN@31..32 "("
              R_PAREN@32..33 ")"
            WHITESPACE@33..34 " "
            BLOCK_EXPR@34..36
              STMT_LIST@34..36
                L_CURLY@34..35 "{"
                R_CURLY@35..36 "}"
        error 3..4: expected a name
        error 14..16: expected function parameters
        error 14..16: expected a function body or `;`
        error 27..29: expected a function body or `;`
    "#]],
    );
}

#[test]
fn fn_missing_the_fn_keyword() {
    check(
        "foo() {}\npub bar(x: u8) -> u8 { x }\nimpl S { baz(&self) {} }",
        expect![[r#"
            SOURCE_FILE@0..60
              FN@0..8
                NAME@0..3
                  IDENT@0..3 "foo"
                PARAM_LIST@3..5
                  L_PAREN@3..4 "("
                  R_PAREN@4..5 ")"
                WHITESPACE@5..6 " "
                BLOCK_EXPR@6..8
                  STMT_LIST@6..8
                    L_CURLY@6..7 "{"
                    R_CURLY@7..8 "}"
              WHITESPACE@8..9 "\n"
              FN@9..35
                VISIBILITY@9..12
                  PUB_KW@9..12 "pub"
                WHITESPACE@12..13 " "
                NAME@13..16
                  IDENT@13..16 "bar"
                PARAM_LIST@16..23
                  L_PAREN@16..17 "("
                  PARAM@17..22
                    IDENT_PAT@17..18
                      NAME@17..18
                        IDENT@17..18 "x"
                    COLON@18..19 ":"
                    WHITESPACE@19..20 " "
                    PATH_TYPE@20..22
                      PATH@20..22
                        PATH_SEGMENT@20..22
                          NAME_REF@20..22
                            IDENT@20..22 "u8"
                  R_PAREN@22..23 ")"
                WHITESPACE@23..24 " "
                RET_TYPE@24..29
                  THIN_ARROW@24..26 "->"
                  WHITESPACE@26..27 " "
                  PATH_TYPE@27..29
                    PATH@27..29
                      PATH_SEGMENT@27..29
                        NAME_REF@27..29
                          IDENT@27..29 "u8"
                WHITESPACE@29..30 " "
                BLOCK_EXPR@30..35
                  STMT_LIST@30..35
                    L_CURLY@30..31 "{"
                    WHITESPACE@31..32 " "
                    PATH_EXPR@32..33
                      PATH@32..33
                        PATH_SEGMENT@32..33
                          NAME_REF@32..33
                            IDENT@32..33 "x"
                    WHITESPACE@33..34 " "
                    R_CURLY@34..35 "}"
              WHITESPACE@35..36 "\n"
              IMPL@36..60
                IMPL_KW@36..40 "impl"
                WHITESPACE@40..41 " "
                PATH_TYPE@41..42
                  PATH@41..42
                    PATH_SEGMENT@41..42
                      NAME_REF@41..42
                        IDENT@41..42 "S"
                WHITESPACE@42..43 " "
                ASSOC_ITEM_LIST@43..60
                  L_CURLY@43..44 "{"
                  WHITESPACE@44..45 " "
                  FN@45..58
                    NAME@45..48
                      IDENT@45..48 "baz"
                    PARAM_LIST@48..55
                      L_PAREN@48..49 "("
                      SELF_PARAM@49..54
                        AMP@49..50 "&"
                        NAME@50..54
                          SELF_KW@50..54 "self"
                      R_PAREN@54..55 ")"
                    WHITESPACE@55..56 " "
                    BLOCK_EXPR@56..58
                      STMT_LIST@56..58
                        L_CURLY@56..57 "{"
                        R_CURLY@57..58 "}"
                  WHITESPACE@58..59 " "
                  R_CURLY@59..60 "}"
            error 0..3: missing `fn` before the function name
            error 13..16: missing `fn` before the function name
            error 45..48: missing `fn` before the function name
        "#]],
    );
}

#[test]
fn qualifiers_before_an_identifier() {
    check(
        "unsafe foo\nfn f() {}",
        expect![[r#"
        SOURCE_FILE@0..20
          ERROR@0..6
            UNSAFE_KW@0..6 "unsafe"
          WHITESPACE@6..7 " "
          ERROR@7..10
            PATH@7..10
              PATH_SEGMENT@7..10
                NAME_REF@7..10
                  IDENT@7..10 "foo"
          WHITESPACE@10..11 "\n"
          FN@11..20
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
        error 7..10: expected `fn`, `trait`, `impl` or an extern block after the qualifiers
        error 7..10: expected an item
    "#]],
    );
}

#[test]
fn fn_unbalanced_brackets_after_the_signature() {
    check(
        "fn f() -> u8>]) {}",
        expect![[r#"
        SOURCE_FILE@0..18
          FN@0..18
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            RET_TYPE@7..12
              THIN_ARROW@7..9 "->"
              WHITESPACE@9..10 " "
              PATH_TYPE@10..12
                PATH@10..12
                  PATH_SEGMENT@10..12
                    NAME_REF@10..12
                      IDENT@10..12 "u8"
            ERROR@12..13
              R_ANGLE@12..13 ">"
            ERROR@13..14
              R_BRACK@13..14 "]"
            ERROR@14..15
              R_PAREN@14..15 ")"
            WHITESPACE@15..16 " "
            BLOCK_EXPR@16..18
              STMT_LIST@16..18
                L_CURLY@16..17 "{"
                R_CURLY@17..18 "}"
        error 12..13: expected `{` or `;`
        error 13..14: expected `{` or `;`
        error 14..15: expected `{` or `;`
    "#]],
    );
}

#[test]
fn struct_items() {
    check_ok(
        "struct A;\nstruct B(u8, pub u16);\nstruct C { a: u8, pub b: u16, }\nstruct D<T>(T) where T: Copy;\n\
         struct E<T> where T: Copy { t: T }\nstruct F<T> where T: Copy;\nstruct G {}\nstruct H();\n",
        expect![[r#"
            SOURCE_FILE@0..181
              STRUCT@0..9
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "A"
                SEMICOLON@8..9 ";"
              WHITESPACE@9..10 "\n"
              STRUCT@10..32
                STRUCT_KW@10..16 "struct"
                WHITESPACE@16..17 " "
                NAME@17..18
                  IDENT@17..18 "B"
                TUPLE_FIELD_LIST@18..31
                  L_PAREN@18..19 "("
                  TUPLE_FIELD@19..21
                    PATH_TYPE@19..21
                      PATH@19..21
                        PATH_SEGMENT@19..21
                          NAME_REF@19..21
                            IDENT@19..21 "u8"
                  COMMA@21..22 ","
                  WHITESPACE@22..23 " "
                  TUPLE_FIELD@23..30
                    VISIBILITY@23..26
                      PUB_KW@23..26 "pub"
                    WHITESPACE@26..27 " "
                    PATH_TYPE@27..30
                      PATH@27..30
                        PATH_SEGMENT@27..30
                          NAME_REF@27..30
                            IDENT@27..30 "u16"
                  R_PAREN@30..31 ")"
                SEMICOLON@31..32 ";"
              WHITESPACE@32..33 "\n"
              STRUCT@33..64
                STRUCT_KW@33..39 "struct"
                WHITESPACE@39..40 " "
                NAME@40..41
                  IDENT@40..41 "C"
                WHITESPACE@41..42 " "
                RECORD_FIELD_LIST@42..64
                  L_CURLY@42..43 "{"
                  WHITESPACE@43..44 " "
                  RECORD_FIELD@44..49
                    NAME@44..45
                      IDENT@44..45 "a"
                    COLON@45..46 ":"
                    WHITESPACE@46..47 " "
                    PATH_TYPE@47..49
                      PATH@47..49
                        PATH_SEGMENT@47..49
                          NAME_REF@47..49
                            IDENT@47..49 "u8"
                  COMMA@49..50 ","
                  WHITESPACE@50..51 " "
                  RECORD_FIELD@51..61
                    VISIBILITY@51..54
                      PUB_KW@51..54 "pub"
                    WHITESPACE@54..55 " "
                    NAME@55..56
                      IDENT@55..56 "b"
                    COLON@56..57 ":"
                    WHITESPACE@57..58 " "
                    PATH_TYPE@58..61
                      PATH@58..61
                        PATH_SEGMENT@58..61
                          NAME_REF@58..61
                            IDENT@58..61 "u16"
                  COMMA@61..62 ","
                  WHITESPACE@62..63 " "
                  R_CURLY@63..64 "}"
              WHITESPACE@64..65 "\n"
              STRUCT@65..94
                STRUCT_KW@65..71 "struct"
                WHITESPACE@71..72 " "
                NAME@72..73
                  IDENT@72..73 "D"
                GENERIC_PARAM_LIST@73..76
                  L_ANGLE@73..74 "<"
                  TYPE_PARAM@74..75
                    NAME@74..75
                      IDENT@74..75 "T"
                  R_ANGLE@75..76 ">"
                TUPLE_FIELD_LIST@76..79
                  L_PAREN@76..77 "("
                  TUPLE_FIELD@77..78
                    PATH_TYPE@77..78
                      PATH@77..78
                        PATH_SEGMENT@77..78
                          NAME_REF@77..78
                            IDENT@77..78 "T"
                  R_PAREN@78..79 ")"
                WHITESPACE@79..80 " "
                WHERE_CLAUSE@80..93
                  WHERE_KW@80..85 "where"
                  WHITESPACE@85..86 " "
                  WHERE_PRED@86..93
                    PATH_TYPE@86..87
                      PATH@86..87
                        PATH_SEGMENT@86..87
                          NAME_REF@86..87
                            IDENT@86..87 "T"
                    COLON@87..88 ":"
                    WHITESPACE@88..89 " "
                    TYPE_BOUND_LIST@89..93
                      TYPE_BOUND@89..93
                        PATH_TYPE@89..93
                          PATH@89..93
                            PATH_SEGMENT@89..93
                              NAME_REF@89..93
                                IDENT@89..93 "Copy"
                SEMICOLON@93..94 ";"
              WHITESPACE@94..95 "\n"
              STRUCT@95..129
                STRUCT_KW@95..101 "struct"
                WHITESPACE@101..102 " "
                NAME@102..103
                  IDENT@102..103 "E"
                GENERIC_PARAM_LIST@103..106
                  L_ANGLE@103..104 "<"
                  TYPE_PARAM@104..105
                    NAME@104..105
                      IDENT@104..105 "T"
                  R_ANGLE@105..106 ">"
                WHITESPACE@106..107 " "
                WHERE_CLAUSE@107..120
                  WHERE_KW@107..112 "where"
                  WHITESPACE@112..113 " "
                  WHERE_PRED@113..120
                    PATH_TYPE@113..114
                      PATH@113..114
                        PATH_SEGMENT@113..114
                          NAME_REF@113..114
                            IDENT@113..114 "T"
                    COLON@114..115 ":"
                    WHITESPACE@115..116 " "
                    TYPE_BOUND_LIST@116..120
                      TYPE_BOUND@116..120
                        PATH_TYPE@116..120
                          PATH@116..120
                            PATH_SEGMENT@116..120
                              NAME_REF@116..120
                                IDENT@116..120 "Copy"
                WHITESPACE@120..121 " "
                RECORD_FIELD_LIST@121..129
                  L_CURLY@121..122 "{"
                  WHITESPACE@122..123 " "
                  RECORD_FIELD@123..127
                    NAME@123..124
                      IDENT@123..124 "t"
                    COLON@124..125 ":"
                    WHITESPACE@125..126 " "
                    PATH_TYPE@126..127
                      PATH@126..127
                        PATH_SEGMENT@126..127
                          NAME_REF@126..127
                            IDENT@126..127 "T"
                  WHITESPACE@127..128 " "
                  R_CURLY@128..129 "}"
              WHITESPACE@129..130 "\n"
              STRUCT@130..156
                STRUCT_KW@130..136 "struct"
                WHITESPACE@136..137 " "
                NAME@137..138
                  IDENT@137..138 "F"
                GENERIC_PARAM_LIST@138..141
                  L_ANGLE@138..139 "<"
                  TYPE_PARAM@139..140
                    NAME@139..140
                      IDENT@139..140 "T"
                  R_ANGLE@140..141 ">"
                WHITESPACE@141..142 " "
                WHERE_CLAUSE@142..155
                  WHERE_KW@142..147 "where"
                  WHITESPACE@147..148 " "
                  WHERE_PRED@148..155
                    PATH_TYPE@148..149
                      PATH@148..149
                        PATH_SEGMENT@148..149
                          NAME_REF@148..149
                            IDENT@148..149 "T"
                    COLON@149..150 ":"
                    WHITESPACE@150..151 " "
                    TYPE_BOUND_LIST@151..155
                      TYPE_BOUND@151..155
                        PATH_TYPE@151..155
                          PATH@151..155
                            PATH_SEGMENT@151..155
                              NAME_REF@151..155
                                IDENT@151..155 "Copy"
                SEMICOLON@155..156 ";"
              WHITESPACE@156..157 "\n"
              STRUCT@157..168
                STRUCT_KW@157..163 "struct"
                WHITESPACE@163..164 " "
                NAME@164..165
                  IDENT@164..165 "G"
                WHITESPACE@165..166 " "
                RECORD_FIELD_LIST@166..168
                  L_CURLY@166..167 "{"
                  R_CURLY@167..168 "}"
              WHITESPACE@168..169 "\n"
              STRUCT@169..180
                STRUCT_KW@169..175 "struct"
                WHITESPACE@175..176 " "
                NAME@176..177
                  IDENT@176..177 "H"
                TUPLE_FIELD_LIST@177..179
                  L_PAREN@177..178 "("
                  R_PAREN@178..179 ")"
                SEMICOLON@179..180 ";"
              WHITESPACE@180..181 "\n"
        "#]],
    );
}

#[test]
fn struct_where_clause_before_tuple_fields() {
    check(
        "struct S<T> where T: Copy, (T);",
        expect![[r#"
        SOURCE_FILE@0..31
          STRUCT@0..31
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            GENERIC_PARAM_LIST@8..11
              L_ANGLE@8..9 "<"
              TYPE_PARAM@9..10
                NAME@9..10
                  IDENT@9..10 "T"
              R_ANGLE@10..11 ">"
            WHITESPACE@11..12 " "
            WHERE_CLAUSE@12..26
              WHERE_KW@12..17 "where"
              WHITESPACE@17..18 " "
              WHERE_PRED@18..25
                PATH_TYPE@18..19
                  PATH@18..19
                    PATH_SEGMENT@18..19
                      NAME_REF@18..19
                        IDENT@18..19 "T"
                COLON@19..20 ":"
                WHITESPACE@20..21 " "
                TYPE_BOUND_LIST@21..25
                  TYPE_BOUND@21..25
                    PATH_TYPE@21..25
                      PATH@21..25
                        PATH_SEGMENT@21..25
                          NAME_REF@21..25
                            IDENT@21..25 "Copy"
              COMMA@25..26 ","
            WHITESPACE@26..27 " "
            TUPLE_FIELD_LIST@27..30
              L_PAREN@27..28 "("
              TUPLE_FIELD@28..29
                PATH_TYPE@28..29
                  PATH@28..29
                    PATH_SEGMENT@28..29
                      NAME_REF@28..29
                        IDENT@28..29 "T"
              R_PAREN@29..30 ")"
            SEMICOLON@30..31 ";"
        error 27..28: where clauses are not allowed before tuple struct bodies
    "#]],
    );
}

#[test]
fn struct_field_recovery() {
    check(
        "struct S { a: u8 b: u16, c u32, 1, }\nstruct T(u8,, u16 u32);\nstruct U { a: u8",
        expect![[r#"
        SOURCE_FILE@0..77
          STRUCT@0..36
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            WHITESPACE@8..9 " "
            RECORD_FIELD_LIST@9..36
              L_CURLY@9..10 "{"
              WHITESPACE@10..11 " "
              RECORD_FIELD@11..16
                NAME@11..12
                  IDENT@11..12 "a"
                COLON@12..13 ":"
                WHITESPACE@13..14 " "
                PATH_TYPE@14..16
                  PATH@14..16
                    PATH_SEGMENT@14..16
                      NAME_REF@14..16
                        IDENT@14..16 "u8"
              WHITESPACE@16..17 " "
              RECORD_FIELD@17..23
                NAME@17..18
                  IDENT@17..18 "b"
                COLON@18..19 ":"
                WHITESPACE@19..20 " "
                PATH_TYPE@20..23
                  PATH@20..23
                    PATH_SEGMENT@20..23
                      NAME_REF@20..23
                        IDENT@20..23 "u16"
              COMMA@23..24 ","
              WHITESPACE@24..25 " "
              RECORD_FIELD@25..30
                NAME@25..26
                  IDENT@25..26 "c"
                WHITESPACE@26..27 " "
                PATH_TYPE@27..30
                  PATH@27..30
                    PATH_SEGMENT@27..30
                      NAME_REF@27..30
                        IDENT@27..30 "u32"
              COMMA@30..31 ","
              WHITESPACE@31..32 " "
              ERROR@32..33
                INT_NUMBER@32..33 "1"
              COMMA@33..34 ","
              WHITESPACE@34..35 " "
              R_CURLY@35..36 "}"
          WHITESPACE@36..37 "\n"
          STRUCT@37..60
            STRUCT_KW@37..43 "struct"
            WHITESPACE@43..44 " "
            NAME@44..45
              IDENT@44..45 "T"
            TUPLE_FIELD_LIST@45..59
              L_PAREN@45..46 "("
              TUPLE_FIELD@46..48
                PATH_TYPE@46..48
                  PATH@46..48
                    PATH_SEGMENT@46..48
                      NAME_REF@46..48
                        IDENT@46..48 "u8"
              COMMA@48..49 ","
              ERROR@49..50
                COMMA@49..50 ","
              WHITESPACE@50..51 " "
              TUPLE_FIELD@51..54
                PATH_TYPE@51..54
                  PATH@51..54
                    PATH_SEGMENT@51..54
                      NAME_REF@51..54
                        IDENT@51..54 "u16"
              WHITESPACE@54..55 " "
              TUPLE_FIELD@55..58
                PATH_TYPE@55..58
                  PATH@55..58
                    PATH_SEGMENT@55..58
                      NAME_REF@55..58
                        IDENT@55..58 "u32"
              R_PAREN@58..59 ")"
            SEMICOLON@59..60 ";"
          WHITESPACE@60..61 "\n"
          STRUCT@61..77
            STRUCT_KW@61..67 "struct"
            WHITESPACE@67..68 " "
            NAME@68..69
              IDENT@68..69 "U"
            WHITESPACE@69..70 " "
            RECORD_FIELD_LIST@70..77
              L_CURLY@70..71 "{"
              WHITESPACE@71..72 " "
              RECORD_FIELD@72..77
                NAME@72..73
                  IDENT@72..73 "a"
                COLON@73..74 ":"
                WHITESPACE@74..75 " "
                PATH_TYPE@75..77
                  PATH@75..77
                    PATH_SEGMENT@75..77
                      NAME_REF@75..77
                        IDENT@75..77 "u8"
        error 17..18: expected `,`
        error 27..30: expected `:`
        error 32..33: expected a field
        error 49..50: expected a tuple field
        error 55..58: expected `,`
        error 77..77: expected `}`
    "#]],
    );
}

#[test]
fn struct_without_body() {
    check(
        "struct S\nfn f() {}",
        expect![[r#"
        SOURCE_FILE@0..18
          STRUCT@0..8
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
          WHITESPACE@8..9 "\n"
          FN@9..18
            FN_KW@9..11 "fn"
            WHITESPACE@11..12 " "
            NAME@12..13
              IDENT@12..13 "f"
            PARAM_LIST@13..15
              L_PAREN@13..14 "("
              R_PAREN@14..15 ")"
            WHITESPACE@15..16 " "
            BLOCK_EXPR@16..18
              STMT_LIST@16..18
                L_CURLY@16..17 "{"
                R_CURLY@17..18 "}"
        error 9..11: expected `;`, `{` or `(`
    "#]],
    );
}

#[test]
fn record_field_unsafe_and_default_value() {
    check_ok(
        "struct S { unsafe a: u8, b: u8 = 1 }",
        expect![[r#"
        SOURCE_FILE@0..36
          STRUCT@0..36
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            WHITESPACE@8..9 " "
            RECORD_FIELD_LIST@9..36
              L_CURLY@9..10 "{"
              WHITESPACE@10..11 " "
              RECORD_FIELD@11..23
                UNSAFE_KW@11..17 "unsafe"
                WHITESPACE@17..18 " "
                NAME@18..19
                  IDENT@18..19 "a"
                COLON@19..20 ":"
                WHITESPACE@20..21 " "
                PATH_TYPE@21..23
                  PATH@21..23
                    PATH_SEGMENT@21..23
                      NAME_REF@21..23
                        IDENT@21..23 "u8"
              COMMA@23..24 ","
              WHITESPACE@24..25 " "
              RECORD_FIELD@25..34
                NAME@25..26
                  IDENT@25..26 "b"
                COLON@26..27 ":"
                WHITESPACE@27..28 " "
                PATH_TYPE@28..30
                  PATH@28..30
                    PATH_SEGMENT@28..30
                      NAME_REF@28..30
                        IDENT@28..30 "u8"
                WHITESPACE@30..31 " "
                EQ@31..32 "="
                WHITESPACE@32..33 " "
                CONST_ARG@33..34
                  LITERAL@33..34
                    INT_NUMBER@33..34 "1"
              WHITESPACE@34..35 " "
              R_CURLY@35..36 "}"
    "#]],
    );
}

#[test]
fn tuple_field_visibility_or_type() {
    check_ok(
        "struct S(pub (), pub(crate) u8, pub (crate) u8, pub(in a::b) u8, pub(super) ());",
        expect![[r#"
        SOURCE_FILE@0..80
          STRUCT@0..80
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            TUPLE_FIELD_LIST@8..79
              L_PAREN@8..9 "("
              TUPLE_FIELD@9..15
                VISIBILITY@9..12
                  PUB_KW@9..12 "pub"
                WHITESPACE@12..13 " "
                TUPLE_TYPE@13..15
                  L_PAREN@13..14 "("
                  R_PAREN@14..15 ")"
              COMMA@15..16 ","
              WHITESPACE@16..17 " "
              TUPLE_FIELD@17..30
                VISIBILITY@17..27
                  PUB_KW@17..20 "pub"
                  L_PAREN@20..21 "("
                  PATH@21..26
                    PATH_SEGMENT@21..26
                      NAME_REF@21..26
                        CRATE_KW@21..26 "crate"
                  R_PAREN@26..27 ")"
                WHITESPACE@27..28 " "
                PATH_TYPE@28..30
                  PATH@28..30
                    PATH_SEGMENT@28..30
                      NAME_REF@28..30
                        IDENT@28..30 "u8"
              COMMA@30..31 ","
              WHITESPACE@31..32 " "
              TUPLE_FIELD@32..46
                VISIBILITY@32..43
                  PUB_KW@32..35 "pub"
                  WHITESPACE@35..36 " "
                  L_PAREN@36..37 "("
                  PATH@37..42
                    PATH_SEGMENT@37..42
                      NAME_REF@37..42
                        CRATE_KW@37..42 "crate"
                  R_PAREN@42..43 ")"
                WHITESPACE@43..44 " "
                PATH_TYPE@44..46
                  PATH@44..46
                    PATH_SEGMENT@44..46
                      NAME_REF@44..46
                        IDENT@44..46 "u8"
              COMMA@46..47 ","
              WHITESPACE@47..48 " "
              TUPLE_FIELD@48..63
                VISIBILITY@48..60
                  PUB_KW@48..51 "pub"
                  L_PAREN@51..52 "("
                  IN_KW@52..54 "in"
                  WHITESPACE@54..55 " "
                  PATH@55..59
                    PATH@55..56
                      PATH_SEGMENT@55..56
                        NAME_REF@55..56
                          IDENT@55..56 "a"
                    COLON2@56..58 "::"
                    PATH_SEGMENT@58..59
                      NAME_REF@58..59
                        IDENT@58..59 "b"
                  R_PAREN@59..60 ")"
                WHITESPACE@60..61 " "
                PATH_TYPE@61..63
                  PATH@61..63
                    PATH_SEGMENT@61..63
                      NAME_REF@61..63
                        IDENT@61..63 "u8"
              COMMA@63..64 ","
              WHITESPACE@64..65 " "
              TUPLE_FIELD@65..78
                VISIBILITY@65..75
                  PUB_KW@65..68 "pub"
                  L_PAREN@68..69 "("
                  PATH@69..74
                    PATH_SEGMENT@69..74
                      NAME_REF@69..74
                        SUPER_KW@69..74 "super"
                  R_PAREN@74..75 ")"
                WHITESPACE@75..76 " "
                TUPLE_TYPE@76..78
                  L_PAREN@76..77 "("
                  R_PAREN@77..78 ")"
              R_PAREN@78..79 ")"
            SEMICOLON@79..80 ";"
    "#]],
    );
}

#[test]
fn union_items() {
    check_ok(
        "union U { a: u8, b: u16 }\npub union V<T> where T: Copy { t: T }\n",
        expect![[r#"
        SOURCE_FILE@0..64
          UNION@0..25
            UNION_KW@0..5 "union"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "U"
            WHITESPACE@7..8 " "
            RECORD_FIELD_LIST@8..25
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              RECORD_FIELD@10..15
                NAME@10..11
                  IDENT@10..11 "a"
                COLON@11..12 ":"
                WHITESPACE@12..13 " "
                PATH_TYPE@13..15
                  PATH@13..15
                    PATH_SEGMENT@13..15
                      NAME_REF@13..15
                        IDENT@13..15 "u8"
              COMMA@15..16 ","
              WHITESPACE@16..17 " "
              RECORD_FIELD@17..23
                NAME@17..18
                  IDENT@17..18 "b"
                COLON@18..19 ":"
                WHITESPACE@19..20 " "
                PATH_TYPE@20..23
                  PATH@20..23
                    PATH_SEGMENT@20..23
                      NAME_REF@20..23
                        IDENT@20..23 "u16"
              WHITESPACE@23..24 " "
              R_CURLY@24..25 "}"
          WHITESPACE@25..26 "\n"
          UNION@26..63
            VISIBILITY@26..29
              PUB_KW@26..29 "pub"
            WHITESPACE@29..30 " "
            UNION_KW@30..35 "union"
            WHITESPACE@35..36 " "
            NAME@36..37
              IDENT@36..37 "V"
            GENERIC_PARAM_LIST@37..40
              L_ANGLE@37..38 "<"
              TYPE_PARAM@38..39
                NAME@38..39
                  IDENT@38..39 "T"
              R_ANGLE@39..40 ">"
            WHITESPACE@40..41 " "
            WHERE_CLAUSE@41..54
              WHERE_KW@41..46 "where"
              WHITESPACE@46..47 " "
              WHERE_PRED@47..54
                PATH_TYPE@47..48
                  PATH@47..48
                    PATH_SEGMENT@47..48
                      NAME_REF@47..48
                        IDENT@47..48 "T"
                COLON@48..49 ":"
                WHITESPACE@49..50 " "
                TYPE_BOUND_LIST@50..54
                  TYPE_BOUND@50..54
                    PATH_TYPE@50..54
                      PATH@50..54
                        PATH_SEGMENT@50..54
                          NAME_REF@50..54
                            IDENT@50..54 "Copy"
            WHITESPACE@54..55 " "
            RECORD_FIELD_LIST@55..63
              L_CURLY@55..56 "{"
              WHITESPACE@56..57 " "
              RECORD_FIELD@57..61
                NAME@57..58
                  IDENT@57..58 "t"
                COLON@58..59 ":"
                WHITESPACE@59..60 " "
                PATH_TYPE@60..61
                  PATH@60..61
                    PATH_SEGMENT@60..61
                      NAME_REF@60..61
                        IDENT@60..61 "T"
              WHITESPACE@61..62 " "
              R_CURLY@62..63 "}"
          WHITESPACE@63..64 "\n"
    "#]],
    );
}

#[test]
fn union_is_an_identifier_elsewhere() {
    check_ok(
        "fn union() { union; union::f; }\nunion! {}\n",
        expect![[r#"
        SOURCE_FILE@0..42
          FN@0..31
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..8
              IDENT@3..8 "union"
            PARAM_LIST@8..10
              L_PAREN@8..9 "("
              R_PAREN@9..10 ")"
            WHITESPACE@10..11 " "
            BLOCK_EXPR@11..31
              STMT_LIST@11..31
                L_CURLY@11..12 "{"
                WHITESPACE@12..13 " "
                EXPR_STMT@13..19
                  PATH_EXPR@13..18
                    PATH@13..18
                      PATH_SEGMENT@13..18
                        NAME_REF@13..18
                          IDENT@13..18 "union"
                  SEMICOLON@18..19 ";"
                WHITESPACE@19..20 " "
                EXPR_STMT@20..29
                  PATH_EXPR@20..28
                    PATH@20..28
                      PATH@20..25
                        PATH_SEGMENT@20..25
                          NAME_REF@20..25
                            IDENT@20..25 "union"
                      COLON2@25..27 "::"
                      PATH_SEGMENT@27..28
                        NAME_REF@27..28
                          IDENT@27..28 "f"
                  SEMICOLON@28..29 ";"
                WHITESPACE@29..30 " "
                R_CURLY@30..31 "}"
          WHITESPACE@31..32 "\n"
          MACRO_CALL@32..41
            PATH@32..37
              PATH_SEGMENT@32..37
                NAME_REF@32..37
                  IDENT@32..37 "union"
            BANG@37..38 "!"
            WHITESPACE@38..39 " "
            TOKEN_TREE@39..41
              L_CURLY@39..40 "{"
              R_CURLY@40..41 "}"
          WHITESPACE@41..42 "\n"
    "#]],
    );
}

#[test]
fn enum_items() {
    check_ok(
        "enum E {}\nenum F { A, B(u8), C { x: u8 }, D = 1, #[attr] E, pub F, }\nenum G<T> where T: Copy { A(T) }\n",
        expect![[r##"
            SOURCE_FILE@0..102
              ENUM@0..9
                ENUM_KW@0..4 "enum"
                WHITESPACE@4..5 " "
                NAME@5..6
                  IDENT@5..6 "E"
                WHITESPACE@6..7 " "
                VARIANT_LIST@7..9
                  L_CURLY@7..8 "{"
                  R_CURLY@8..9 "}"
              WHITESPACE@9..10 "\n"
              ENUM@10..68
                ENUM_KW@10..14 "enum"
                WHITESPACE@14..15 " "
                NAME@15..16
                  IDENT@15..16 "F"
                WHITESPACE@16..17 " "
                VARIANT_LIST@17..68
                  L_CURLY@17..18 "{"
                  WHITESPACE@18..19 " "
                  VARIANT@19..20
                    NAME@19..20
                      IDENT@19..20 "A"
                  COMMA@20..21 ","
                  WHITESPACE@21..22 " "
                  VARIANT@22..27
                    NAME@22..23
                      IDENT@22..23 "B"
                    TUPLE_FIELD_LIST@23..27
                      L_PAREN@23..24 "("
                      TUPLE_FIELD@24..26
                        PATH_TYPE@24..26
                          PATH@24..26
                            PATH_SEGMENT@24..26
                              NAME_REF@24..26
                                IDENT@24..26 "u8"
                      R_PAREN@26..27 ")"
                  COMMA@27..28 ","
                  WHITESPACE@28..29 " "
                  VARIANT@29..40
                    NAME@29..30
                      IDENT@29..30 "C"
                    WHITESPACE@30..31 " "
                    RECORD_FIELD_LIST@31..40
                      L_CURLY@31..32 "{"
                      WHITESPACE@32..33 " "
                      RECORD_FIELD@33..38
                        NAME@33..34
                          IDENT@33..34 "x"
                        COLON@34..35 ":"
                        WHITESPACE@35..36 " "
                        PATH_TYPE@36..38
                          PATH@36..38
                            PATH_SEGMENT@36..38
                              NAME_REF@36..38
                                IDENT@36..38 "u8"
                      WHITESPACE@38..39 " "
                      R_CURLY@39..40 "}"
                  COMMA@40..41 ","
                  WHITESPACE@41..42 " "
                  VARIANT@42..47
                    NAME@42..43
                      IDENT@42..43 "D"
                    WHITESPACE@43..44 " "
                    EQ@44..45 "="
                    WHITESPACE@45..46 " "
                    CONST_ARG@46..47
                      LITERAL@46..47
                        INT_NUMBER@46..47 "1"
                  COMMA@47..48 ","
                  WHITESPACE@48..49 " "
                  VARIANT@49..58
                    ATTR@49..56
                      POUND@49..50 "#"
                      L_BRACK@50..51 "["
                      META@51..55
                        PATH@51..55
                          PATH_SEGMENT@51..55
                            NAME_REF@51..55
                              IDENT@51..55 "attr"
                      R_BRACK@55..56 "]"
                    WHITESPACE@56..57 " "
                    NAME@57..58
                      IDENT@57..58 "E"
                  COMMA@58..59 ","
                  WHITESPACE@59..60 " "
                  VARIANT@60..65
                    VISIBILITY@60..63
                      PUB_KW@60..63 "pub"
                    WHITESPACE@63..64 " "
                    NAME@64..65
                      IDENT@64..65 "F"
                  COMMA@65..66 ","
                  WHITESPACE@66..67 " "
                  R_CURLY@67..68 "}"
              WHITESPACE@68..69 "\n"
              ENUM@69..101
                ENUM_KW@69..73 "enum"
                WHITESPACE@73..74 " "
                NAME@74..75
                  IDENT@74..75 "G"
                GENERIC_PARAM_LIST@75..78
                  L_ANGLE@75..76 "<"
                  TYPE_PARAM@76..77
                    NAME@76..77
                      IDENT@76..77 "T"
                  R_ANGLE@77..78 ">"
                WHITESPACE@78..79 " "
                WHERE_CLAUSE@79..92
                  WHERE_KW@79..84 "where"
                  WHITESPACE@84..85 " "
                  WHERE_PRED@85..92
                    PATH_TYPE@85..86
                      PATH@85..86
                        PATH_SEGMENT@85..86
                          NAME_REF@85..86
                            IDENT@85..86 "T"
                    COLON@86..87 ":"
                    WHITESPACE@87..88 " "
                    TYPE_BOUND_LIST@88..92
                      TYPE_BOUND@88..92
                        PATH_TYPE@88..92
                          PATH@88..92
                            PATH_SEGMENT@88..92
                              NAME_REF@88..92
                                IDENT@88..92 "Copy"
                WHITESPACE@92..93 " "
                VARIANT_LIST@93..101
                  L_CURLY@93..94 "{"
                  WHITESPACE@94..95 " "
                  VARIANT@95..99
                    NAME@95..96
                      IDENT@95..96 "A"
                    TUPLE_FIELD_LIST@96..99
                      L_PAREN@96..97 "("
                      TUPLE_FIELD@97..98
                        PATH_TYPE@97..98
                          PATH@97..98
                            PATH_SEGMENT@97..98
                              NAME_REF@97..98
                                IDENT@97..98 "T"
                      R_PAREN@98..99 ")"
                  WHITESPACE@99..100 " "
                  R_CURLY@100..101 "}"
              WHITESPACE@101..102 "\n"
        "##]],
    );
}

#[test]
fn enum_recovery() {
    check(
        "enum E { A B, 1, C = , D }\nenum F",
        expect![[r#"
        SOURCE_FILE@0..33
          ENUM@0..26
            ENUM_KW@0..4 "enum"
            WHITESPACE@4..5 " "
            NAME@5..6
              IDENT@5..6 "E"
            WHITESPACE@6..7 " "
            VARIANT_LIST@7..26
              L_CURLY@7..8 "{"
              WHITESPACE@8..9 " "
              VARIANT@9..10
                NAME@9..10
                  IDENT@9..10 "A"
              WHITESPACE@10..11 " "
              VARIANT@11..12
                NAME@11..12
                  IDENT@11..12 "B"
              COMMA@12..13 ","
              WHITESPACE@13..14 " "
              ERROR@14..15
                INT_NUMBER@14..15 "1"
              COMMA@15..16 ","
              WHITESPACE@16..17 " "
              VARIANT@17..21
                NAME@17..18
                  IDENT@17..18 "C"
                WHITESPACE@18..19 " "
                EQ@19..20 "="
                WHITESPACE@20..21 " "
                CONST_ARG@21..21
              COMMA@21..22 ","
              WHITESPACE@22..23 " "
              VARIANT@23..24
                NAME@23..24
                  IDENT@23..24 "D"
              WHITESPACE@24..25 " "
              R_CURLY@25..26 "}"
          WHITESPACE@26..27 "\n"
          ENUM@27..33
            ENUM_KW@27..31 "enum"
            WHITESPACE@31..32 " "
            NAME@32..33
              IDENT@32..33 "F"
        error 11..12: expected `,`
        error 14..15: expected a variant
        error 21..22: expected an expression
        error 33..33: expected `{`
    "#]],
    );
}

#[test]
fn trait_items() {
    check_ok(
        "trait A {}\npub unsafe trait B: C + D where Self: Sized {\n    type T: E;\n    const N: u8 = 1;\n    \
         const M: u8;\n    fn f(&self);\n    fn g() {}\n}\nauto trait F {}\nunsafe auto trait G {}\nconst trait H {}\n",
        expect![[r#"
            SOURCE_FILE@0..199
              TRAIT@0..10
                TRAIT_KW@0..5 "trait"
                WHITESPACE@5..6 " "
                NAME@6..7
                  IDENT@6..7 "A"
                WHITESPACE@7..8 " "
                ASSOC_ITEM_LIST@8..10
                  L_CURLY@8..9 "{"
                  R_CURLY@9..10 "}"
              WHITESPACE@10..11 "\n"
              TRAIT@11..142
                VISIBILITY@11..14
                  PUB_KW@11..14 "pub"
                WHITESPACE@14..15 " "
                UNSAFE_KW@15..21 "unsafe"
                WHITESPACE@21..22 " "
                TRAIT_KW@22..27 "trait"
                WHITESPACE@27..28 " "
                NAME@28..29
                  IDENT@28..29 "B"
                COLON@29..30 ":"
                WHITESPACE@30..31 " "
                TYPE_BOUND_LIST@31..36
                  TYPE_BOUND@31..32
                    PATH_TYPE@31..32
                      PATH@31..32
                        PATH_SEGMENT@31..32
                          NAME_REF@31..32
                            IDENT@31..32 "C"
                  WHITESPACE@32..33 " "
                  PLUS@33..34 "+"
                  WHITESPACE@34..35 " "
                  TYPE_BOUND@35..36
                    PATH_TYPE@35..36
                      PATH@35..36
                        PATH_SEGMENT@35..36
                          NAME_REF@35..36
                            IDENT@35..36 "D"
                WHITESPACE@36..37 " "
                WHERE_CLAUSE@37..54
                  WHERE_KW@37..42 "where"
                  WHITESPACE@42..43 " "
                  WHERE_PRED@43..54
                    PATH_TYPE@43..47
                      PATH@43..47
                        PATH_SEGMENT@43..47
                          NAME_REF@43..47
                            SELF_TYPE_KW@43..47 "Self"
                    COLON@47..48 ":"
                    WHITESPACE@48..49 " "
                    TYPE_BOUND_LIST@49..54
                      TYPE_BOUND@49..54
                        PATH_TYPE@49..54
                          PATH@49..54
                            PATH_SEGMENT@49..54
                              NAME_REF@49..54
                                IDENT@49..54 "Sized"
                WHITESPACE@54..55 " "
                ASSOC_ITEM_LIST@55..142
                  L_CURLY@55..56 "{"
                  WHITESPACE@56..61 "\n    "
                  TYPE_ALIAS@61..71
                    TYPE_KW@61..65 "type"
                    WHITESPACE@65..66 " "
                    NAME@66..67
                      IDENT@66..67 "T"
                    COLON@67..68 ":"
                    WHITESPACE@68..69 " "
                    TYPE_BOUND_LIST@69..70
                      TYPE_BOUND@69..70
                        PATH_TYPE@69..70
                          PATH@69..70
                            PATH_SEGMENT@69..70
                              NAME_REF@69..70
                                IDENT@69..70 "E"
                    SEMICOLON@70..71 ";"
                  WHITESPACE@71..76 "\n    "
                  CONST@76..92
                    CONST_KW@76..81 "const"
                    WHITESPACE@81..82 " "
                    NAME@82..83
                      IDENT@82..83 "N"
                    COLON@83..84 ":"
                    WHITESPACE@84..85 " "
                    PATH_TYPE@85..87
                      PATH@85..87
                        PATH_SEGMENT@85..87
                          NAME_REF@85..87
                            IDENT@85..87 "u8"
                    WHITESPACE@87..88 " "
                    EQ@88..89 "="
                    WHITESPACE@89..90 " "
                    LITERAL@90..91
                      INT_NUMBER@90..91 "1"
                    SEMICOLON@91..92 ";"
                  WHITESPACE@92..97 "\n    "
                  CONST@97..109
                    CONST_KW@97..102 "const"
                    WHITESPACE@102..103 " "
                    NAME@103..104
                      IDENT@103..104 "M"
                    COLON@104..105 ":"
                    WHITESPACE@105..106 " "
                    PATH_TYPE@106..108
                      PATH@106..108
                        PATH_SEGMENT@106..108
                          NAME_REF@106..108
                            IDENT@106..108 "u8"
                    SEMICOLON@108..109 ";"
                  WHITESPACE@109..114 "\n    "
                  FN@114..126
                    FN_KW@114..116 "fn"
                    WHITESPACE@116..117 " "
                    NAME@117..118
                      IDENT@117..118 "f"
                    PARAM_LIST@118..125
                      L_PAREN@118..119 "("
                      SELF_PARAM@119..124
                        AMP@119..120 "&"
                        NAME@120..124
                          SELF_KW@120..124 "self"
                      R_PAREN@124..125 ")"
                    SEMICOLON@125..126 ";"
                  WHITESPACE@126..131 "\n    "
                  FN@131..140
                    FN_KW@131..133 "fn"
                    WHITESPACE@133..134 " "
                    NAME@134..135
                      IDENT@134..135 "g"
                    PARAM_LIST@135..137
                      L_PAREN@135..136 "("
                      R_PAREN@136..137 ")"
                    WHITESPACE@137..138 " "
                    BLOCK_EXPR@138..140
                      STMT_LIST@138..140
                        L_CURLY@138..139 "{"
                        R_CURLY@139..140 "}"
                  WHITESPACE@140..141 "\n"
                  R_CURLY@141..142 "}"
              WHITESPACE@142..143 "\n"
              TRAIT@143..158
                AUTO_KW@143..147 "auto"
                WHITESPACE@147..148 " "
                TRAIT_KW@148..153 "trait"
                WHITESPACE@153..154 " "
                NAME@154..155
                  IDENT@154..155 "F"
                WHITESPACE@155..156 " "
                ASSOC_ITEM_LIST@156..158
                  L_CURLY@156..157 "{"
                  R_CURLY@157..158 "}"
              WHITESPACE@158..159 "\n"
              TRAIT@159..181
                UNSAFE_KW@159..165 "unsafe"
                WHITESPACE@165..166 " "
                AUTO_KW@166..170 "auto"
                WHITESPACE@170..171 " "
                TRAIT_KW@171..176 "trait"
                WHITESPACE@176..177 " "
                NAME@177..178
                  IDENT@177..178 "G"
                WHITESPACE@178..179 " "
                ASSOC_ITEM_LIST@179..181
                  L_CURLY@179..180 "{"
                  R_CURLY@180..181 "}"
              WHITESPACE@181..182 "\n"
              TRAIT@182..198
                CONST_KW@182..187 "const"
                WHITESPACE@187..188 " "
                TRAIT_KW@188..193 "trait"
                WHITESPACE@193..194 " "
                NAME@194..195
                  IDENT@194..195 "H"
                WHITESPACE@195..196 " "
                ASSOC_ITEM_LIST@196..198
                  L_CURLY@196..197 "{"
                  R_CURLY@197..198 "}"
              WHITESPACE@198..199 "\n"
        "#]],
    );
}

#[test]
fn trait_aliases() {
    check_ok(
        "trait A = B + C;\ntrait D<T> = E where T: F;\ntrait G = where Self: H;\n",
        expect![[r#"
        SOURCE_FILE@0..69
          TRAIT_ALIAS@0..16
            TRAIT_KW@0..5 "trait"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "A"
            WHITESPACE@7..8 " "
            EQ@8..9 "="
            WHITESPACE@9..10 " "
            TYPE_BOUND_LIST@10..15
              TYPE_BOUND@10..11
                PATH_TYPE@10..11
                  PATH@10..11
                    PATH_SEGMENT@10..11
                      NAME_REF@10..11
                        IDENT@10..11 "B"
              WHITESPACE@11..12 " "
              PLUS@12..13 "+"
              WHITESPACE@13..14 " "
              TYPE_BOUND@14..15
                PATH_TYPE@14..15
                  PATH@14..15
                    PATH_SEGMENT@14..15
                      NAME_REF@14..15
                        IDENT@14..15 "C"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 "\n"
          TRAIT_ALIAS@17..43
            TRAIT_KW@17..22 "trait"
            WHITESPACE@22..23 " "
            NAME@23..24
              IDENT@23..24 "D"
            GENERIC_PARAM_LIST@24..27
              L_ANGLE@24..25 "<"
              TYPE_PARAM@25..26
                NAME@25..26
                  IDENT@25..26 "T"
              R_ANGLE@26..27 ">"
            WHITESPACE@27..28 " "
            EQ@28..29 "="
            WHITESPACE@29..30 " "
            TYPE_BOUND_LIST@30..31
              TYPE_BOUND@30..31
                PATH_TYPE@30..31
                  PATH@30..31
                    PATH_SEGMENT@30..31
                      NAME_REF@30..31
                        IDENT@30..31 "E"
            WHITESPACE@31..32 " "
            WHERE_CLAUSE@32..42
              WHERE_KW@32..37 "where"
              WHITESPACE@37..38 " "
              WHERE_PRED@38..42
                PATH_TYPE@38..39
                  PATH@38..39
                    PATH_SEGMENT@38..39
                      NAME_REF@38..39
                        IDENT@38..39 "T"
                COLON@39..40 ":"
                WHITESPACE@40..41 " "
                TYPE_BOUND_LIST@41..42
                  TYPE_BOUND@41..42
                    PATH_TYPE@41..42
                      PATH@41..42
                        PATH_SEGMENT@41..42
                          NAME_REF@41..42
                            IDENT@41..42 "F"
            SEMICOLON@42..43 ";"
          WHITESPACE@43..44 "\n"
          TRAIT_ALIAS@44..68
            TRAIT_KW@44..49 "trait"
            WHITESPACE@49..50 " "
            NAME@50..51
              IDENT@50..51 "G"
            WHITESPACE@51..52 " "
            EQ@52..53 "="
            WHITESPACE@53..54 " "
            TYPE_BOUND_LIST@54..54
            WHERE_CLAUSE@54..67
              WHERE_KW@54..59 "where"
              WHITESPACE@59..60 " "
              WHERE_PRED@60..67
                PATH_TYPE@60..64
                  PATH@60..64
                    PATH_SEGMENT@60..64
                      NAME_REF@60..64
                        SELF_TYPE_KW@60..64 "Self"
                COLON@64..65 ":"
                WHITESPACE@65..66 " "
                TYPE_BOUND_LIST@66..67
                  TYPE_BOUND@66..67
                    PATH_TYPE@66..67
                      PATH@66..67
                        PATH_SEGMENT@66..67
                          NAME_REF@66..67
                            IDENT@66..67 "H"
            SEMICOLON@67..68 ";"
          WHITESPACE@68..69 "\n"
    "#]],
    );
}

#[test]
fn auto_is_an_identifier_elsewhere() {
    check_ok(
        "fn f() { auto; }\nauto!();",
        expect![[r#"
        SOURCE_FILE@0..25
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
                EXPR_STMT@9..14
                  PATH_EXPR@9..13
                    PATH@9..13
                      PATH_SEGMENT@9..13
                        NAME_REF@9..13
                          IDENT@9..13 "auto"
                  SEMICOLON@13..14 ";"
                WHITESPACE@14..15 " "
                R_CURLY@15..16 "}"
          WHITESPACE@16..17 "\n"
          MACRO_CALL@17..25
            PATH@17..21
              PATH_SEGMENT@17..21
                NAME_REF@17..21
                  IDENT@17..21 "auto"
            BANG@21..22 "!"
            TOKEN_TREE@22..24
              L_PAREN@22..23 "("
              R_PAREN@23..24 ")"
            SEMICOLON@24..25 ";"
    "#]],
    );
}

#[test]
fn impl_items() {
    check_ok(
        "impl S {}\nimpl<T> Tr for S where T: Copy {}\nunsafe impl Send for S {}\nimpl<T> !Send for S {}\n\
         impl const Tr for S {}\ndefault impl Tr for S {}\ndefault unsafe impl Tr for S {}\nimpl<'a, const N: usize> S {}\n",
        expect![[r#"
            SOURCE_FILE@0..203
              IMPL@0..9
                IMPL_KW@0..4 "impl"
                WHITESPACE@4..5 " "
                PATH_TYPE@5..6
                  PATH@5..6
                    PATH_SEGMENT@5..6
                      NAME_REF@5..6
                        IDENT@5..6 "S"
                WHITESPACE@6..7 " "
                ASSOC_ITEM_LIST@7..9
                  L_CURLY@7..8 "{"
                  R_CURLY@8..9 "}"
              WHITESPACE@9..10 "\n"
              IMPL@10..43
                IMPL_KW@10..14 "impl"
                GENERIC_PARAM_LIST@14..17
                  L_ANGLE@14..15 "<"
                  TYPE_PARAM@15..16
                    NAME@15..16
                      IDENT@15..16 "T"
                  R_ANGLE@16..17 ">"
                WHITESPACE@17..18 " "
                PATH_TYPE@18..20
                  PATH@18..20
                    PATH_SEGMENT@18..20
                      NAME_REF@18..20
                        IDENT@18..20 "Tr"
                WHITESPACE@20..21 " "
                FOR_KW@21..24 "for"
                WHITESPACE@24..25 " "
                PATH_TYPE@25..26
                  PATH@25..26
                    PATH_SEGMENT@25..26
                      NAME_REF@25..26
                        IDENT@25..26 "S"
                WHITESPACE@26..27 " "
                WHERE_CLAUSE@27..40
                  WHERE_KW@27..32 "where"
                  WHITESPACE@32..33 " "
                  WHERE_PRED@33..40
                    PATH_TYPE@33..34
                      PATH@33..34
                        PATH_SEGMENT@33..34
                          NAME_REF@33..34
                            IDENT@33..34 "T"
                    COLON@34..35 ":"
                    WHITESPACE@35..36 " "
                    TYPE_BOUND_LIST@36..40
                      TYPE_BOUND@36..40
                        PATH_TYPE@36..40
                          PATH@36..40
                            PATH_SEGMENT@36..40
                              NAME_REF@36..40
                                IDENT@36..40 "Copy"
                WHITESPACE@40..41 " "
                ASSOC_ITEM_LIST@41..43
                  L_CURLY@41..42 "{"
                  R_CURLY@42..43 "}"
              WHITESPACE@43..44 "\n"
              IMPL@44..69
                UNSAFE_KW@44..50 "unsafe"
                WHITESPACE@50..51 " "
                IMPL_KW@51..55 "impl"
                WHITESPACE@55..56 " "
                PATH_TYPE@56..60
                  PATH@56..60
                    PATH_SEGMENT@56..60
                      NAME_REF@56..60
                        IDENT@56..60 "Send"
                WHITESPACE@60..61 " "
                FOR_KW@61..64 "for"
                WHITESPACE@64..65 " "
                PATH_TYPE@65..66
                  PATH@65..66
                    PATH_SEGMENT@65..66
                      NAME_REF@65..66
                        IDENT@65..66 "S"
                WHITESPACE@66..67 " "
                ASSOC_ITEM_LIST@67..69
                  L_CURLY@67..68 "{"
                  R_CURLY@68..69 "}"
              WHITESPACE@69..70 "\n"
              IMPL@70..92
                IMPL_KW@70..74 "impl"
                GENERIC_PARAM_LIST@74..77
                  L_ANGLE@74..75 "<"
                  TYPE_PARAM@75..76
                    NAME@75..76
                      IDENT@75..76 "T"
                  R_ANGLE@76..77 ">"
                WHITESPACE@77..78 " "
                BANG@78..79 "!"
                PATH_TYPE@79..83
                  PATH@79..83
                    PATH_SEGMENT@79..83
                      NAME_REF@79..83
                        IDENT@79..83 "Send"
                WHITESPACE@83..84 " "
                FOR_KW@84..87 "for"
                WHITESPACE@87..88 " "
                PATH_TYPE@88..89
                  PATH@88..89
                    PATH_SEGMENT@88..89
                      NAME_REF@88..89
                        IDENT@88..89 "S"
                WHITESPACE@89..90 " "
                ASSOC_ITEM_LIST@90..92
                  L_CURLY@90..91 "{"
                  R_CURLY@91..92 "}"
              WHITESPACE@92..93 "\n"
              IMPL@93..115
                IMPL_KW@93..97 "impl"
                WHITESPACE@97..98 " "
                CONST_KW@98..103 "const"
                WHITESPACE@103..104 " "
                PATH_TYPE@104..106
                  PATH@104..106
                    PATH_SEGMENT@104..106
                      NAME_REF@104..106
                        IDENT@104..106 "Tr"
                WHITESPACE@106..107 " "
                FOR_KW@107..110 "for"
                WHITESPACE@110..111 " "
                PATH_TYPE@111..112
                  PATH@111..112
                    PATH_SEGMENT@111..112
                      NAME_REF@111..112
                        IDENT@111..112 "S"
                WHITESPACE@112..113 " "
                ASSOC_ITEM_LIST@113..115
                  L_CURLY@113..114 "{"
                  R_CURLY@114..115 "}"
              WHITESPACE@115..116 "\n"
              IMPL@116..140
                DEFAULT_KW@116..123 "default"
                WHITESPACE@123..124 " "
                IMPL_KW@124..128 "impl"
                WHITESPACE@128..129 " "
                PATH_TYPE@129..131
                  PATH@129..131
                    PATH_SEGMENT@129..131
                      NAME_REF@129..131
                        IDENT@129..131 "Tr"
                WHITESPACE@131..132 " "
                FOR_KW@132..135 "for"
                WHITESPACE@135..136 " "
                PATH_TYPE@136..137
                  PATH@136..137
                    PATH_SEGMENT@136..137
                      NAME_REF@136..137
                        IDENT@136..137 "S"
                WHITESPACE@137..138 " "
                ASSOC_ITEM_LIST@138..140
                  L_CURLY@138..139 "{"
                  R_CURLY@139..140 "}"
              WHITESPACE@140..141 "\n"
              IMPL@141..172
                DEFAULT_KW@141..148 "default"
                WHITESPACE@148..149 " "
                UNSAFE_KW@149..155 "unsafe"
                WHITESPACE@155..156 " "
                IMPL_KW@156..160 "impl"
                WHITESPACE@160..161 " "
                PATH_TYPE@161..163
                  PATH@161..163
                    PATH_SEGMENT@161..163
                      NAME_REF@161..163
                        IDENT@161..163 "Tr"
                WHITESPACE@163..164 " "
                FOR_KW@164..167 "for"
                WHITESPACE@167..168 " "
                PATH_TYPE@168..169
                  PATH@168..169
                    PATH_SEGMENT@168..169
                      NAME_REF@168..169
                        IDENT@168..169 "S"
                WHITESPACE@169..170 " "
                ASSOC_ITEM_LIST@170..172
                  L_CURLY@170..171 "{"
                  R_CURLY@171..172 "}"
              WHITESPACE@172..173 "\n"
              IMPL@173..202
                IMPL_KW@173..177 "impl"
                GENERIC_PARAM_LIST@177..197
                  L_ANGLE@177..178 "<"
                  LIFETIME_PARAM@178..180
                    LIFETIME@178..180
                      LIFETIME_IDENT@178..180 "'a"
                  COMMA@180..181 ","
                  WHITESPACE@181..182 " "
                  CONST_PARAM@182..196
                    CONST_KW@182..187 "const"
                    WHITESPACE@187..188 " "
                    NAME@188..189
                      IDENT@188..189 "N"
                    COLON@189..190 ":"
                    WHITESPACE@190..191 " "
                    PATH_TYPE@191..196
                      PATH@191..196
                        PATH_SEGMENT@191..196
                          NAME_REF@191..196
                            IDENT@191..196 "usize"
                  R_ANGLE@196..197 ">"
                WHITESPACE@197..198 " "
                PATH_TYPE@198..199
                  PATH@198..199
                    PATH_SEGMENT@198..199
                      NAME_REF@198..199
                        IDENT@198..199 "S"
                WHITESPACE@199..200 " "
                ASSOC_ITEM_LIST@200..202
                  L_CURLY@200..201 "{"
                  R_CURLY@201..202 "}"
              WHITESPACE@202..203 "\n"
        "#]],
    );
}

#[test]
fn impl_with_associated_items() {
    check_ok(
        "impl Tr for S {\n    #![attr]\n    type A = u8;\n    const B: u8 = 1;\n    fn c(self) {}\n    \
         pub(crate) fn d() {}\n    default fn e() {}\n    default type F = u8;\n    default const G: u8 = 1;\n    \
         default async fn h() {}\n    default unsafe fn i() {}\n    m!();\n}\n",
        expect![[r##"
            SOURCE_FILE@0..255
              IMPL@0..254
                IMPL_KW@0..4 "impl"
                WHITESPACE@4..5 " "
                PATH_TYPE@5..7
                  PATH@5..7
                    PATH_SEGMENT@5..7
                      NAME_REF@5..7
                        IDENT@5..7 "Tr"
                WHITESPACE@7..8 " "
                FOR_KW@8..11 "for"
                WHITESPACE@11..12 " "
                PATH_TYPE@12..13
                  PATH@12..13
                    PATH_SEGMENT@12..13
                      NAME_REF@12..13
                        IDENT@12..13 "S"
                WHITESPACE@13..14 " "
                ASSOC_ITEM_LIST@14..254
                  L_CURLY@14..15 "{"
                  WHITESPACE@15..20 "\n    "
                  ATTR@20..28
                    POUND@20..21 "#"
                    BANG@21..22 "!"
                    L_BRACK@22..23 "["
                    META@23..27
                      PATH@23..27
                        PATH_SEGMENT@23..27
                          NAME_REF@23..27
                            IDENT@23..27 "attr"
                    R_BRACK@27..28 "]"
                  WHITESPACE@28..33 "\n    "
                  TYPE_ALIAS@33..45
                    TYPE_KW@33..37 "type"
                    WHITESPACE@37..38 " "
                    NAME@38..39
                      IDENT@38..39 "A"
                    WHITESPACE@39..40 " "
                    EQ@40..41 "="
                    WHITESPACE@41..42 " "
                    PATH_TYPE@42..44
                      PATH@42..44
                        PATH_SEGMENT@42..44
                          NAME_REF@42..44
                            IDENT@42..44 "u8"
                    SEMICOLON@44..45 ";"
                  WHITESPACE@45..50 "\n    "
                  CONST@50..66
                    CONST_KW@50..55 "const"
                    WHITESPACE@55..56 " "
                    NAME@56..57
                      IDENT@56..57 "B"
                    COLON@57..58 ":"
                    WHITESPACE@58..59 " "
                    PATH_TYPE@59..61
                      PATH@59..61
                        PATH_SEGMENT@59..61
                          NAME_REF@59..61
                            IDENT@59..61 "u8"
                    WHITESPACE@61..62 " "
                    EQ@62..63 "="
                    WHITESPACE@63..64 " "
                    LITERAL@64..65
                      INT_NUMBER@64..65 "1"
                    SEMICOLON@65..66 ";"
                  WHITESPACE@66..71 "\n    "
                  FN@71..84
                    FN_KW@71..73 "fn"
                    WHITESPACE@73..74 " "
                    NAME@74..75
                      IDENT@74..75 "c"
                    PARAM_LIST@75..81
                      L_PAREN@75..76 "("
                      SELF_PARAM@76..80
                        NAME@76..80
                          SELF_KW@76..80 "self"
                      R_PAREN@80..81 ")"
                    WHITESPACE@81..82 " "
                    BLOCK_EXPR@82..84
                      STMT_LIST@82..84
                        L_CURLY@82..83 "{"
                        R_CURLY@83..84 "}"
                  WHITESPACE@84..89 "\n    "
                  FN@89..109
                    VISIBILITY@89..99
                      PUB_KW@89..92 "pub"
                      L_PAREN@92..93 "("
                      PATH@93..98
                        PATH_SEGMENT@93..98
                          NAME_REF@93..98
                            CRATE_KW@93..98 "crate"
                      R_PAREN@98..99 ")"
                    WHITESPACE@99..100 " "
                    FN_KW@100..102 "fn"
                    WHITESPACE@102..103 " "
                    NAME@103..104
                      IDENT@103..104 "d"
                    PARAM_LIST@104..106
                      L_PAREN@104..105 "("
                      R_PAREN@105..106 ")"
                    WHITESPACE@106..107 " "
                    BLOCK_EXPR@107..109
                      STMT_LIST@107..109
                        L_CURLY@107..108 "{"
                        R_CURLY@108..109 "}"
                  WHITESPACE@109..114 "\n    "
                  FN@114..131
                    DEFAULT_KW@114..121 "default"
                    WHITESPACE@121..122 " "
                    FN_KW@122..124 "fn"
                    WHITESPACE@124..125 " "
                    NAME@125..126
                      IDENT@125..126 "e"
                    PARAM_LIST@126..128
                      L_PAREN@126..127 "("
                      R_PAREN@127..128 ")"
                    WHITESPACE@128..129 " "
                    BLOCK_EXPR@129..131
                      STMT_LIST@129..131
                        L_CURLY@129..130 "{"
                        R_CURLY@130..131 "}"
                  WHITESPACE@131..136 "\n    "
                  TYPE_ALIAS@136..156
                    DEFAULT_KW@136..143 "default"
                    WHITESPACE@143..144 " "
                    TYPE_KW@144..148 "type"
                    WHITESPACE@148..149 " "
                    NAME@149..150
                      IDENT@149..150 "F"
                    WHITESPACE@150..151 " "
                    EQ@151..152 "="
                    WHITESPACE@152..153 " "
                    PATH_TYPE@153..155
                      PATH@153..155
                        PATH_SEGMENT@153..155
                          NAME_REF@153..155
                            IDENT@153..155 "u8"
                    SEMICOLON@155..156 ";"
                  WHITESPACE@156..161 "\n    "
                  CONST@161..185
                    DEFAULT_KW@161..168 "default"
                    WHITESPACE@168..169 " "
                    CONST_KW@169..174 "const"
                    WHITESPACE@174..175 " "
                    NAME@175..176
                      IDENT@175..176 "G"
                    COLON@176..177 ":"
                    WHITESPACE@177..178 " "
                    PATH_TYPE@178..180
                      PATH@178..180
                        PATH_SEGMENT@178..180
                          NAME_REF@178..180
                            IDENT@178..180 "u8"
                    WHITESPACE@180..181 " "
                    EQ@181..182 "="
                    WHITESPACE@182..183 " "
                    LITERAL@183..184
                      INT_NUMBER@183..184 "1"
                    SEMICOLON@184..185 ";"
                  WHITESPACE@185..190 "\n    "
                  FN@190..213
                    DEFAULT_KW@190..197 "default"
                    WHITESPACE@197..198 " "
                    ASYNC_KW@198..203 "async"
                    WHITESPACE@203..204 " "
                    FN_KW@204..206 "fn"
                    WHITESPACE@206..207 " "
                    NAME@207..208
                      IDENT@207..208 "h"
                    PARAM_LIST@208..210
                      L_PAREN@208..209 "("
                      R_PAREN@209..210 ")"
                    WHITESPACE@210..211 " "
                    BLOCK_EXPR@211..213
                      STMT_LIST@211..213
                        L_CURLY@211..212 "{"
                        R_CURLY@212..213 "}"
                  WHITESPACE@213..218 "\n    "
                  FN@218..242
                    DEFAULT_KW@218..225 "default"
                    WHITESPACE@225..226 " "
                    UNSAFE_KW@226..232 "unsafe"
                    WHITESPACE@232..233 " "
                    FN_KW@233..235 "fn"
                    WHITESPACE@235..236 " "
                    NAME@236..237
                      IDENT@236..237 "i"
                    PARAM_LIST@237..239
                      L_PAREN@237..238 "("
                      R_PAREN@238..239 ")"
                    WHITESPACE@239..240 " "
                    BLOCK_EXPR@240..242
                      STMT_LIST@240..242
                        L_CURLY@240..241 "{"
                        R_CURLY@241..242 "}"
                  WHITESPACE@242..247 "\n    "
                  MACRO_CALL@247..252
                    PATH@247..248
                      PATH_SEGMENT@247..248
                        NAME_REF@247..248
                          IDENT@247..248 "m"
                    BANG@248..249 "!"
                    TOKEN_TREE@249..251
                      L_PAREN@249..250 "("
                      R_PAREN@250..251 ")"
                    SEMICOLON@251..252 ";"
                  WHITESPACE@252..253 "\n"
                  R_CURLY@253..254 "}"
              WHITESPACE@254..255 "\n"
        "##]],
    );
}

#[test]
fn impl_recovery() {
    check(
        "impl impl S {}\nimpl S\nfn f() {}\nimpl Tr for {}",
        expect![[r#"
        SOURCE_FILE@0..46
          IMPL@0..4
            IMPL_KW@0..4 "impl"
          WHITESPACE@4..5 " "
          IMPL@5..14
            IMPL_KW@5..9 "impl"
            WHITESPACE@9..10 " "
            PATH_TYPE@10..11
              PATH@10..11
                PATH_SEGMENT@10..11
                  NAME_REF@10..11
                    IDENT@10..11 "S"
            WHITESPACE@11..12 " "
            ASSOC_ITEM_LIST@12..14
              L_CURLY@12..13 "{"
              R_CURLY@13..14 "}"
          WHITESPACE@14..15 "\n"
          IMPL@15..21
            IMPL_KW@15..19 "impl"
            WHITESPACE@19..20 " "
            PATH_TYPE@20..21
              PATH@20..21
                PATH_SEGMENT@20..21
                  NAME_REF@20..21
                    IDENT@20..21 "S"
          WHITESPACE@21..22 "\n"
          FN@22..31
            FN_KW@22..24 "fn"
            WHITESPACE@24..25 " "
            NAME@25..26
              IDENT@25..26 "f"
            PARAM_LIST@26..28
              L_PAREN@26..27 "("
              R_PAREN@27..28 ")"
            WHITESPACE@28..29 " "
            BLOCK_EXPR@29..31
              STMT_LIST@29..31
                L_CURLY@29..30 "{"
                R_CURLY@30..31 "}"
          WHITESPACE@31..32 "\n"
          IMPL@32..46
            IMPL_KW@32..36 "impl"
            WHITESPACE@36..37 " "
            PATH_TYPE@37..39
              PATH@37..39
                PATH_SEGMENT@37..39
                  NAME_REF@37..39
                    IDENT@37..39 "Tr"
            WHITESPACE@39..40 " "
            FOR_KW@40..43 "for"
            WHITESPACE@43..44 " "
            ASSOC_ITEM_LIST@44..46
              L_CURLY@44..45 "{"
              R_CURLY@45..46 "}"
        error 5..9: expected a trait or a type
        error 22..24: expected `{`
        error 44..45: expected a type
    "#]],
    );
}

#[test]
fn type_aliases() {
    check_ok(
        "type A = B;\ntype C<T> = T;\ntype D: E + F = G;\ntype H where T: I = J;\ntype K = L where T: M;\n\
         trait N { type O; type P: Q; }\n",
        expect![[r#"
            SOURCE_FILE@0..123
              TYPE_ALIAS@0..11
                TYPE_KW@0..4 "type"
                WHITESPACE@4..5 " "
                NAME@5..6
                  IDENT@5..6 "A"
                WHITESPACE@6..7 " "
                EQ@7..8 "="
                WHITESPACE@8..9 " "
                PATH_TYPE@9..10
                  PATH@9..10
                    PATH_SEGMENT@9..10
                      NAME_REF@9..10
                        IDENT@9..10 "B"
                SEMICOLON@10..11 ";"
              WHITESPACE@11..12 "\n"
              TYPE_ALIAS@12..26
                TYPE_KW@12..16 "type"
                WHITESPACE@16..17 " "
                NAME@17..18
                  IDENT@17..18 "C"
                GENERIC_PARAM_LIST@18..21
                  L_ANGLE@18..19 "<"
                  TYPE_PARAM@19..20
                    NAME@19..20
                      IDENT@19..20 "T"
                  R_ANGLE@20..21 ">"
                WHITESPACE@21..22 " "
                EQ@22..23 "="
                WHITESPACE@23..24 " "
                PATH_TYPE@24..25
                  PATH@24..25
                    PATH_SEGMENT@24..25
                      NAME_REF@24..25
                        IDENT@24..25 "T"
                SEMICOLON@25..26 ";"
              WHITESPACE@26..27 "\n"
              TYPE_ALIAS@27..45
                TYPE_KW@27..31 "type"
                WHITESPACE@31..32 " "
                NAME@32..33
                  IDENT@32..33 "D"
                COLON@33..34 ":"
                WHITESPACE@34..35 " "
                TYPE_BOUND_LIST@35..40
                  TYPE_BOUND@35..36
                    PATH_TYPE@35..36
                      PATH@35..36
                        PATH_SEGMENT@35..36
                          NAME_REF@35..36
                            IDENT@35..36 "E"
                  WHITESPACE@36..37 " "
                  PLUS@37..38 "+"
                  WHITESPACE@38..39 " "
                  TYPE_BOUND@39..40
                    PATH_TYPE@39..40
                      PATH@39..40
                        PATH_SEGMENT@39..40
                          NAME_REF@39..40
                            IDENT@39..40 "F"
                WHITESPACE@40..41 " "
                EQ@41..42 "="
                WHITESPACE@42..43 " "
                PATH_TYPE@43..44
                  PATH@43..44
                    PATH_SEGMENT@43..44
                      NAME_REF@43..44
                        IDENT@43..44 "G"
                SEMICOLON@44..45 ";"
              WHITESPACE@45..46 "\n"
              TYPE_ALIAS@46..68
                TYPE_KW@46..50 "type"
                WHITESPACE@50..51 " "
                NAME@51..52
                  IDENT@51..52 "H"
                WHITESPACE@52..53 " "
                WHERE_CLAUSE@53..63
                  WHERE_KW@53..58 "where"
                  WHITESPACE@58..59 " "
                  WHERE_PRED@59..63
                    PATH_TYPE@59..60
                      PATH@59..60
                        PATH_SEGMENT@59..60
                          NAME_REF@59..60
                            IDENT@59..60 "T"
                    COLON@60..61 ":"
                    WHITESPACE@61..62 " "
                    TYPE_BOUND_LIST@62..63
                      TYPE_BOUND@62..63
                        PATH_TYPE@62..63
                          PATH@62..63
                            PATH_SEGMENT@62..63
                              NAME_REF@62..63
                                IDENT@62..63 "I"
                WHITESPACE@63..64 " "
                EQ@64..65 "="
                WHITESPACE@65..66 " "
                PATH_TYPE@66..67
                  PATH@66..67
                    PATH_SEGMENT@66..67
                      NAME_REF@66..67
                        IDENT@66..67 "J"
                SEMICOLON@67..68 ";"
              WHITESPACE@68..69 "\n"
              TYPE_ALIAS@69..91
                TYPE_KW@69..73 "type"
                WHITESPACE@73..74 " "
                NAME@74..75
                  IDENT@74..75 "K"
                WHITESPACE@75..76 " "
                EQ@76..77 "="
                WHITESPACE@77..78 " "
                PATH_TYPE@78..79
                  PATH@78..79
                    PATH_SEGMENT@78..79
                      NAME_REF@78..79
                        IDENT@78..79 "L"
                WHITESPACE@79..80 " "
                WHERE_CLAUSE@80..90
                  WHERE_KW@80..85 "where"
                  WHITESPACE@85..86 " "
                  WHERE_PRED@86..90
                    PATH_TYPE@86..87
                      PATH@86..87
                        PATH_SEGMENT@86..87
                          NAME_REF@86..87
                            IDENT@86..87 "T"
                    COLON@87..88 ":"
                    WHITESPACE@88..89 " "
                    TYPE_BOUND_LIST@89..90
                      TYPE_BOUND@89..90
                        PATH_TYPE@89..90
                          PATH@89..90
                            PATH_SEGMENT@89..90
                              NAME_REF@89..90
                                IDENT@89..90 "M"
                SEMICOLON@90..91 ";"
              WHITESPACE@91..92 "\n"
              TRAIT@92..122
                TRAIT_KW@92..97 "trait"
                WHITESPACE@97..98 " "
                NAME@98..99
                  IDENT@98..99 "N"
                WHITESPACE@99..100 " "
                ASSOC_ITEM_LIST@100..122
                  L_CURLY@100..101 "{"
                  WHITESPACE@101..102 " "
                  TYPE_ALIAS@102..109
                    TYPE_KW@102..106 "type"
                    WHITESPACE@106..107 " "
                    NAME@107..108
                      IDENT@107..108 "O"
                    SEMICOLON@108..109 ";"
                  WHITESPACE@109..110 " "
                  TYPE_ALIAS@110..120
                    TYPE_KW@110..114 "type"
                    WHITESPACE@114..115 " "
                    NAME@115..116
                      IDENT@115..116 "P"
                    COLON@116..117 ":"
                    WHITESPACE@117..118 " "
                    TYPE_BOUND_LIST@118..119
                      TYPE_BOUND@118..119
                        PATH_TYPE@118..119
                          PATH@118..119
                            PATH_SEGMENT@118..119
                              NAME_REF@118..119
                                IDENT@118..119 "Q"
                    SEMICOLON@119..120 ";"
                  WHITESPACE@120..121 " "
                  R_CURLY@121..122 "}"
              WHITESPACE@122..123 "\n"
        "#]],
    );
}

#[test]
fn const_items() {
    check_ok(
        "const A: u8 = 1;\npub const _: () = X;\nconst B<T>: u8 = 1 where T: C;\n",
        expect![[r#"
        SOURCE_FILE@0..69
          CONST@0..16
            CONST_KW@0..5 "const"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "A"
            COLON@7..8 ":"
            WHITESPACE@8..9 " "
            PATH_TYPE@9..11
              PATH@9..11
                PATH_SEGMENT@9..11
                  NAME_REF@9..11
                    IDENT@9..11 "u8"
            WHITESPACE@11..12 " "
            EQ@12..13 "="
            WHITESPACE@13..14 " "
            LITERAL@14..15
              INT_NUMBER@14..15 "1"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 "\n"
          CONST@17..37
            VISIBILITY@17..20
              PUB_KW@17..20 "pub"
            WHITESPACE@20..21 " "
            CONST_KW@21..26 "const"
            WHITESPACE@26..27 " "
            UNDERSCORE@27..28 "_"
            COLON@28..29 ":"
            WHITESPACE@29..30 " "
            TUPLE_TYPE@30..32
              L_PAREN@30..31 "("
              R_PAREN@31..32 ")"
            WHITESPACE@32..33 " "
            EQ@33..34 "="
            WHITESPACE@34..35 " "
            PATH_EXPR@35..36
              PATH@35..36
                PATH_SEGMENT@35..36
                  NAME_REF@35..36
                    IDENT@35..36 "X"
            SEMICOLON@36..37 ";"
          WHITESPACE@37..38 "\n"
          CONST@38..68
            CONST_KW@38..43 "const"
            WHITESPACE@43..44 " "
            NAME@44..45
              IDENT@44..45 "B"
            GENERIC_PARAM_LIST@45..48
              L_ANGLE@45..46 "<"
              TYPE_PARAM@46..47
                NAME@46..47
                  IDENT@46..47 "T"
              R_ANGLE@47..48 ">"
            COLON@48..49 ":"
            WHITESPACE@49..50 " "
            PATH_TYPE@50..52
              PATH@50..52
                PATH_SEGMENT@50..52
                  NAME_REF@50..52
                    IDENT@50..52 "u8"
            WHITESPACE@52..53 " "
            EQ@53..54 "="
            WHITESPACE@54..55 " "
            LITERAL@55..56
              INT_NUMBER@55..56 "1"
            WHITESPACE@56..57 " "
            WHERE_CLAUSE@57..67
              WHERE_KW@57..62 "where"
              WHITESPACE@62..63 " "
              WHERE_PRED@63..67
                PATH_TYPE@63..64
                  PATH@63..64
                    PATH_SEGMENT@63..64
                      NAME_REF@63..64
                        IDENT@63..64 "T"
                COLON@64..65 ":"
                WHITESPACE@65..66 " "
                TYPE_BOUND_LIST@66..67
                  TYPE_BOUND@66..67
                    PATH_TYPE@66..67
                      PATH@66..67
                        PATH_SEGMENT@66..67
                          NAME_REF@66..67
                            IDENT@66..67 "C"
            SEMICOLON@67..68 ";"
          WHITESPACE@68..69 "\n"
    "#]],
    );
}

#[test]
fn type_const_items() {
    check_ok(
        "type const N: usize = 3;\ntrait T { type const M: usize; }\nimpl S { default type const K: u8 = 1; }",
        expect![[r#"
        SOURCE_FILE@0..98
          CONST@0..24
            TYPE_KW@0..4 "type"
            WHITESPACE@4..5 " "
            CONST_KW@5..10 "const"
            WHITESPACE@10..11 " "
            NAME@11..12
              IDENT@11..12 "N"
            COLON@12..13 ":"
            WHITESPACE@13..14 " "
            PATH_TYPE@14..19
              PATH@14..19
                PATH_SEGMENT@14..19
                  NAME_REF@14..19
                    IDENT@14..19 "usize"
            WHITESPACE@19..20 " "
            EQ@20..21 "="
            WHITESPACE@21..22 " "
            LITERAL@22..23
              INT_NUMBER@22..23 "3"
            SEMICOLON@23..24 ";"
          WHITESPACE@24..25 "\n"
          TRAIT@25..57
            TRAIT_KW@25..30 "trait"
            WHITESPACE@30..31 " "
            NAME@31..32
              IDENT@31..32 "T"
            WHITESPACE@32..33 " "
            ASSOC_ITEM_LIST@33..57
              L_CURLY@33..34 "{"
              WHITESPACE@34..35 " "
              CONST@35..55
                TYPE_KW@35..39 "type"
                WHITESPACE@39..40 " "
                CONST_KW@40..45 "const"
                WHITESPACE@45..46 " "
                NAME@46..47
                  IDENT@46..47 "M"
                COLON@47..48 ":"
                WHITESPACE@48..49 " "
                PATH_TYPE@49..54
                  PATH@49..54
                    PATH_SEGMENT@49..54
                      NAME_REF@49..54
                        IDENT@49..54 "usize"
                SEMICOLON@54..55 ";"
              WHITESPACE@55..56 " "
              R_CURLY@56..57 "}"
          WHITESPACE@57..58 "\n"
          IMPL@58..98
            IMPL_KW@58..62 "impl"
            WHITESPACE@62..63 " "
            PATH_TYPE@63..64
              PATH@63..64
                PATH_SEGMENT@63..64
                  NAME_REF@63..64
                    IDENT@63..64 "S"
            WHITESPACE@64..65 " "
            ASSOC_ITEM_LIST@65..98
              L_CURLY@65..66 "{"
              WHITESPACE@66..67 " "
              CONST@67..96
                DEFAULT_KW@67..74 "default"
                WHITESPACE@74..75 " "
                TYPE_KW@75..79 "type"
                WHITESPACE@79..80 " "
                CONST_KW@80..85 "const"
                WHITESPACE@85..86 " "
                NAME@86..87
                  IDENT@86..87 "K"
                COLON@87..88 ":"
                WHITESPACE@88..89 " "
                PATH_TYPE@89..91
                  PATH@89..91
                    PATH_SEGMENT@89..91
                      NAME_REF@89..91
                        IDENT@89..91 "u8"
                WHITESPACE@91..92 " "
                EQ@92..93 "="
                WHITESPACE@93..94 " "
                LITERAL@94..95
                  INT_NUMBER@94..95 "1"
                SEMICOLON@95..96 ";"
              WHITESPACE@96..97 " "
              R_CURLY@97..98 "}"
    "#]],
    );
}

#[test]
fn const_recovery() {
    check(
        "const A = 1;\nconst mut B: u8 = 1;\nconst C: u8 =;\nconst D: u8",
        expect![[r#"
        SOURCE_FILE@0..60
          CONST@0..12
            CONST_KW@0..5 "const"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "A"
            WHITESPACE@7..8 " "
            EQ@8..9 "="
            WHITESPACE@9..10 " "
            LITERAL@10..11
              INT_NUMBER@10..11 "1"
            SEMICOLON@11..12 ";"
          WHITESPACE@12..13 "\n"
          CONST@13..33
            CONST_KW@13..18 "const"
            WHITESPACE@18..19 " "
            ERROR@19..22
              MUT_KW@19..22 "mut"
            WHITESPACE@22..23 " "
            NAME@23..24
              IDENT@23..24 "B"
            COLON@24..25 ":"
            WHITESPACE@25..26 " "
            PATH_TYPE@26..28
              PATH@26..28
                PATH_SEGMENT@26..28
                  NAME_REF@26..28
                    IDENT@26..28 "u8"
            WHITESPACE@28..29 " "
            EQ@29..30 "="
            WHITESPACE@30..31 " "
            LITERAL@31..32
              INT_NUMBER@31..32 "1"
            SEMICOLON@32..33 ";"
          WHITESPACE@33..34 "\n"
          CONST@34..48
            CONST_KW@34..39 "const"
            WHITESPACE@39..40 " "
            NAME@40..41
              IDENT@40..41 "C"
            COLON@41..42 ":"
            WHITESPACE@42..43 " "
            PATH_TYPE@43..45
              PATH@43..45
                PATH_SEGMENT@43..45
                  NAME_REF@43..45
                    IDENT@43..45 "u8"
            WHITESPACE@45..46 " "
            EQ@46..47 "="
            SEMICOLON@47..48 ";"
          WHITESPACE@48..49 "\n"
          CONST@49..60
            CONST_KW@49..54 "const"
            WHITESPACE@54..55 " "
            NAME@55..56
              IDENT@55..56 "D"
            COLON@56..57 ":"
            WHITESPACE@57..58 " "
            PATH_TYPE@58..60
              PATH@58..60
                PATH_SEGMENT@58..60
                  NAME_REF@58..60
                    IDENT@58..60 "u8"
        error 8..9: missing type for `const` item
        error 19..22: a constant cannot be `mut`
        error 47..48: expected an expression
        error 60..60: expected `;`
    "#]],
    );
}

#[test]
fn static_items() {
    check_ok(
        "static A: u8 = 1;\npub static mut B: u8 = 1;\n",
        expect![[r#"
        SOURCE_FILE@0..44
          STATIC@0..17
            STATIC_KW@0..6 "static"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "A"
            COLON@8..9 ":"
            WHITESPACE@9..10 " "
            PATH_TYPE@10..12
              PATH@10..12
                PATH_SEGMENT@10..12
                  NAME_REF@10..12
                    IDENT@10..12 "u8"
            WHITESPACE@12..13 " "
            EQ@13..14 "="
            WHITESPACE@14..15 " "
            LITERAL@15..16
              INT_NUMBER@15..16 "1"
            SEMICOLON@16..17 ";"
          WHITESPACE@17..18 "\n"
          STATIC@18..43
            VISIBILITY@18..21
              PUB_KW@18..21 "pub"
            WHITESPACE@21..22 " "
            STATIC_KW@22..28 "static"
            WHITESPACE@28..29 " "
            MUT_KW@29..32 "mut"
            WHITESPACE@32..33 " "
            NAME@33..34
              IDENT@33..34 "B"
            COLON@34..35 ":"
            WHITESPACE@35..36 " "
            PATH_TYPE@36..38
              PATH@36..38
                PATH_SEGMENT@36..38
                  NAME_REF@36..38
                    IDENT@36..38 "u8"
            WHITESPACE@38..39 " "
            EQ@39..40 "="
            WHITESPACE@40..41 " "
            LITERAL@41..42
              INT_NUMBER@41..42 "1"
            SEMICOLON@42..43 ";"
          WHITESPACE@43..44 "\n"
    "#]],
    );
}

#[test]
fn static_recovery() {
    check(
        "static A = 1;\nstatic B<T>: u8 = 1;",
        expect![[r#"
        SOURCE_FILE@0..34
          STATIC@0..13
            STATIC_KW@0..6 "static"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "A"
            WHITESPACE@8..9 " "
            EQ@9..10 "="
            WHITESPACE@10..11 " "
            LITERAL@11..12
              INT_NUMBER@11..12 "1"
            SEMICOLON@12..13 ";"
          WHITESPACE@13..14 "\n"
          STATIC@14..34
            STATIC_KW@14..20 "static"
            WHITESPACE@20..21 " "
            NAME@21..22
              IDENT@21..22 "B"
            GENERIC_PARAM_LIST@22..25
              L_ANGLE@22..23 "<"
              TYPE_PARAM@23..24
                NAME@23..24
                  IDENT@23..24 "T"
              R_ANGLE@24..25 ">"
            COLON@25..26 ":"
            WHITESPACE@26..27 " "
            PATH_TYPE@27..29
              PATH@27..29
                PATH_SEGMENT@27..29
                  NAME_REF@27..29
                    IDENT@27..29 "u8"
            WHITESPACE@29..30 " "
            EQ@30..31 "="
            WHITESPACE@31..32 " "
            LITERAL@32..33
              INT_NUMBER@32..33 "1"
            SEMICOLON@33..34 ";"
        error 9..10: missing type for `static` item
        error 22..23: a static cannot have generic parameters
    "#]],
    );
}

#[test]
fn use_items() {
    check_ok(
        "use a;\nuse a::b;\nuse ::a::b;\nuse a::*;\nuse *;\nuse ::*;\nuse {a, b};\nuse ::{a};\nuse a::{b, c::{d, e}, *};\n\
         use a as b;\nuse a as _;\nuse a::{self, b as c};\nuse self::a;\nuse super::a;\nuse crate::a;\npub use a::b;\n",
        expect![[r#"
            SOURCE_FILE@0..206
              USE@0..6
                USE_KW@0..3 "use"
                WHITESPACE@3..4 " "
                USE_TREE@4..5
                  PATH@4..5
                    PATH_SEGMENT@4..5
                      NAME_REF@4..5
                        IDENT@4..5 "a"
                SEMICOLON@5..6 ";"
              WHITESPACE@6..7 "\n"
              USE@7..16
                USE_KW@7..10 "use"
                WHITESPACE@10..11 " "
                USE_TREE@11..15
                  PATH@11..15
                    PATH@11..12
                      PATH_SEGMENT@11..12
                        NAME_REF@11..12
                          IDENT@11..12 "a"
                    COLON2@12..14 "::"
                    PATH_SEGMENT@14..15
                      NAME_REF@14..15
                        IDENT@14..15 "b"
                SEMICOLON@15..16 ";"
              WHITESPACE@16..17 "\n"
              USE@17..28
                USE_KW@17..20 "use"
                WHITESPACE@20..21 " "
                USE_TREE@21..27
                  PATH@21..27
                    PATH@21..24
                      PATH_SEGMENT@21..24
                        COLON2@21..23 "::"
                        NAME_REF@23..24
                          IDENT@23..24 "a"
                    COLON2@24..26 "::"
                    PATH_SEGMENT@26..27
                      NAME_REF@26..27
                        IDENT@26..27 "b"
                SEMICOLON@27..28 ";"
              WHITESPACE@28..29 "\n"
              USE@29..38
                USE_KW@29..32 "use"
                WHITESPACE@32..33 " "
                USE_TREE@33..37
                  PATH@33..34
                    PATH_SEGMENT@33..34
                      NAME_REF@33..34
                        IDENT@33..34 "a"
                  COLON2@34..36 "::"
                  STAR@36..37 "*"
                SEMICOLON@37..38 ";"
              WHITESPACE@38..39 "\n"
              USE@39..45
                USE_KW@39..42 "use"
                WHITESPACE@42..43 " "
                USE_TREE@43..44
                  STAR@43..44 "*"
                SEMICOLON@44..45 ";"
              WHITESPACE@45..46 "\n"
              USE@46..54
                USE_KW@46..49 "use"
                WHITESPACE@49..50 " "
                USE_TREE@50..53
                  COLON2@50..52 "::"
                  STAR@52..53 "*"
                SEMICOLON@53..54 ";"
              WHITESPACE@54..55 "\n"
              USE@55..66
                USE_KW@55..58 "use"
                WHITESPACE@58..59 " "
                USE_TREE@59..65
                  USE_TREE_LIST@59..65
                    L_CURLY@59..60 "{"
                    USE_TREE@60..61
                      PATH@60..61
                        PATH_SEGMENT@60..61
                          NAME_REF@60..61
                            IDENT@60..61 "a"
                    COMMA@61..62 ","
                    WHITESPACE@62..63 " "
                    USE_TREE@63..64
                      PATH@63..64
                        PATH_SEGMENT@63..64
                          NAME_REF@63..64
                            IDENT@63..64 "b"
                    R_CURLY@64..65 "}"
                SEMICOLON@65..66 ";"
              WHITESPACE@66..67 "\n"
              USE@67..77
                USE_KW@67..70 "use"
                WHITESPACE@70..71 " "
                USE_TREE@71..76
                  COLON2@71..73 "::"
                  USE_TREE_LIST@73..76
                    L_CURLY@73..74 "{"
                    USE_TREE@74..75
                      PATH@74..75
                        PATH_SEGMENT@74..75
                          NAME_REF@74..75
                            IDENT@74..75 "a"
                    R_CURLY@75..76 "}"
                SEMICOLON@76..77 ";"
              WHITESPACE@77..78 "\n"
              USE@78..103
                USE_KW@78..81 "use"
                WHITESPACE@81..82 " "
                USE_TREE@82..102
                  PATH@82..83
                    PATH_SEGMENT@82..83
                      NAME_REF@82..83
                        IDENT@82..83 "a"
                  COLON2@83..85 "::"
                  USE_TREE_LIST@85..102
                    L_CURLY@85..86 "{"
                    USE_TREE@86..87
                      PATH@86..87
                        PATH_SEGMENT@86..87
                          NAME_REF@86..87
                            IDENT@86..87 "b"
                    COMMA@87..88 ","
                    WHITESPACE@88..89 " "
                    USE_TREE@89..98
                      PATH@89..90
                        PATH_SEGMENT@89..90
                          NAME_REF@89..90
                            IDENT@89..90 "c"
                      COLON2@90..92 "::"
                      USE_TREE_LIST@92..98
                        L_CURLY@92..93 "{"
                        USE_TREE@93..94
                          PATH@93..94
                            PATH_SEGMENT@93..94
                              NAME_REF@93..94
                                IDENT@93..94 "d"
                        COMMA@94..95 ","
                        WHITESPACE@95..96 " "
                        USE_TREE@96..97
                          PATH@96..97
                            PATH_SEGMENT@96..97
                              NAME_REF@96..97
                                IDENT@96..97 "e"
                        R_CURLY@97..98 "}"
                    COMMA@98..99 ","
                    WHITESPACE@99..100 " "
                    USE_TREE@100..101
                      STAR@100..101 "*"
                    R_CURLY@101..102 "}"
                SEMICOLON@102..103 ";"
              WHITESPACE@103..104 "\n"
              USE@104..115
                USE_KW@104..107 "use"
                WHITESPACE@107..108 " "
                USE_TREE@108..114
                  PATH@108..109
                    PATH_SEGMENT@108..109
                      NAME_REF@108..109
                        IDENT@108..109 "a"
                  WHITESPACE@109..110 " "
                  RENAME@110..114
                    AS_KW@110..112 "as"
                    WHITESPACE@112..113 " "
                    NAME@113..114
                      IDENT@113..114 "b"
                SEMICOLON@114..115 ";"
              WHITESPACE@115..116 "\n"
              USE@116..127
                USE_KW@116..119 "use"
                WHITESPACE@119..120 " "
                USE_TREE@120..126
                  PATH@120..121
                    PATH_SEGMENT@120..121
                      NAME_REF@120..121
                        IDENT@120..121 "a"
                  WHITESPACE@121..122 " "
                  RENAME@122..126
                    AS_KW@122..124 "as"
                    WHITESPACE@124..125 " "
                    UNDERSCORE@125..126 "_"
                SEMICOLON@126..127 ";"
              WHITESPACE@127..128 "\n"
              USE@128..150
                USE_KW@128..131 "use"
                WHITESPACE@131..132 " "
                USE_TREE@132..149
                  PATH@132..133
                    PATH_SEGMENT@132..133
                      NAME_REF@132..133
                        IDENT@132..133 "a"
                  COLON2@133..135 "::"
                  USE_TREE_LIST@135..149
                    L_CURLY@135..136 "{"
                    USE_TREE@136..140
                      PATH@136..140
                        PATH_SEGMENT@136..140
                          NAME_REF@136..140
                            SELF_KW@136..140 "self"
                    COMMA@140..141 ","
                    WHITESPACE@141..142 " "
                    USE_TREE@142..148
                      PATH@142..143
                        PATH_SEGMENT@142..143
                          NAME_REF@142..143
                            IDENT@142..143 "b"
                      WHITESPACE@143..144 " "
                      RENAME@144..148
                        AS_KW@144..146 "as"
                        WHITESPACE@146..147 " "
                        NAME@147..148
                          IDENT@147..148 "c"
                    R_CURLY@148..149 "}"
                SEMICOLON@149..150 ";"
              WHITESPACE@150..151 "\n"
              USE@151..163
                USE_KW@151..154 "use"
                WHITESPACE@154..155 " "
                USE_TREE@155..162
                  PATH@155..162
                    PATH@155..159
                      PATH_SEGMENT@155..159
                        NAME_REF@155..159
                          SELF_KW@155..159 "self"
                    COLON2@159..161 "::"
                    PATH_SEGMENT@161..162
                      NAME_REF@161..162
                        IDENT@161..162 "a"
                SEMICOLON@162..163 ";"
              WHITESPACE@163..164 "\n"
              USE@164..177
                USE_KW@164..167 "use"
                WHITESPACE@167..168 " "
                USE_TREE@168..176
                  PATH@168..176
                    PATH@168..173
                      PATH_SEGMENT@168..173
                        NAME_REF@168..173
                          SUPER_KW@168..173 "super"
                    COLON2@173..175 "::"
                    PATH_SEGMENT@175..176
                      NAME_REF@175..176
                        IDENT@175..176 "a"
                SEMICOLON@176..177 ";"
              WHITESPACE@177..178 "\n"
              USE@178..191
                USE_KW@178..181 "use"
                WHITESPACE@181..182 " "
                USE_TREE@182..190
                  PATH@182..190
                    PATH@182..187
                      PATH_SEGMENT@182..187
                        NAME_REF@182..187
                          CRATE_KW@182..187 "crate"
                    COLON2@187..189 "::"
                    PATH_SEGMENT@189..190
                      NAME_REF@189..190
                        IDENT@189..190 "a"
                SEMICOLON@190..191 ";"
              WHITESPACE@191..192 "\n"
              USE@192..205
                VISIBILITY@192..195
                  PUB_KW@192..195 "pub"
                WHITESPACE@195..196 " "
                USE_KW@196..199 "use"
                WHITESPACE@199..200 " "
                USE_TREE@200..204
                  PATH@200..204
                    PATH@200..201
                      PATH_SEGMENT@200..201
                        NAME_REF@200..201
                          IDENT@200..201 "a"
                    COLON2@201..203 "::"
                    PATH_SEGMENT@203..204
                      NAME_REF@203..204
                        IDENT@203..204 "b"
                SEMICOLON@204..205 ";"
              WHITESPACE@205..206 "\n"
        "#]],
    );
}

#[test]
fn use_recovery() {
    check(
        "use a::b\nuse {a;\nuse;\nuse {a,, b, 1};\nuse a::;\nfn f() {}",
        expect![[r#"
            SOURCE_FILE@0..56
              USE@0..8
                USE_KW@0..3 "use"
                WHITESPACE@3..4 " "
                USE_TREE@4..8
                  PATH@4..8
                    PATH@4..5
                      PATH_SEGMENT@4..5
                        NAME_REF@4..5
                          IDENT@4..5 "a"
                    COLON2@5..7 "::"
                    PATH_SEGMENT@7..8
                      NAME_REF@7..8
                        IDENT@7..8 "b"
              WHITESPACE@8..9 "\n"
              USE@9..16
                USE_KW@9..12 "use"
                WHITESPACE@12..13 " "
                USE_TREE@13..15
                  USE_TREE_LIST@13..15
                    L_CURLY@13..14 "{"
                    USE_TREE@14..15
                      PATH@14..15
                        PATH_SEGMENT@14..15
                          NAME_REF@14..15
                            IDENT@14..15 "a"
                SEMICOLON@15..16 ";"
              WHITESPACE@16..17 "\n"
              USE@17..21
                USE_KW@17..20 "use"
                SEMICOLON@20..21 ";"
              WHITESPACE@21..22 "\n"
              USE@22..37
                USE_KW@22..25 "use"
                WHITESPACE@25..26 " "
                USE_TREE@26..36
                  USE_TREE_LIST@26..36
                    L_CURLY@26..27 "{"
                    USE_TREE@27..28
                      PATH@27..28
                        PATH_SEGMENT@27..28
                          NAME_REF@27..28
                            IDENT@27..28 "a"
                    COMMA@28..29 ","
                    ERROR@29..30
                      COMMA@29..30 ","
                    WHITESPACE@30..31 " "
                    USE_TREE@31..32
                      PATH@31..32
                        PATH_SEGMENT@31..32
                          NAME_REF@31..32
                            IDENT@31..32 "b"
                    COMMA@32..33 ","
                    WHITESPACE@33..34 " "
                    ERROR@34..35
                      INT_NUMBER@34..35 "1"
                    R_CURLY@35..36 "}"
                SEMICOLON@36..37 ";"
              WHITESPACE@37..38 "\n"
              USE@38..46
                USE_KW@38..41 "use"
                WHITESPACE@41..42 " "
                USE_TREE@42..45
                  PATH@42..45
                    PATH@42..43
                      PATH_SEGMENT@42..43
                        NAME_REF@42..43
                          IDENT@42..43 "a"
                    COLON2@43..45 "::"
                SEMICOLON@45..46 ";"
              WHITESPACE@46..47 "\n"
              FN@47..56
                FN_KW@47..49 "fn"
                WHITESPACE@49..50 " "
                NAME@50..51
                  IDENT@50..51 "f"
                PARAM_LIST@51..53
                  L_PAREN@51..52 "("
                  R_PAREN@52..53 ")"
                WHITESPACE@53..54 " "
                BLOCK_EXPR@54..56
                  STMT_LIST@54..56
                    L_CURLY@54..55 "{"
                    R_CURLY@55..56 "}"
            error 9..12: expected `;`
            error 15..16: expected `}`
            error 20..21: expected a use path, `*` or `{`
            error 29..30: expected a use tree
            error 34..35: expected a use tree
            error 45..46: expected an identifier, `self`, `super`, `crate` or `Self`
        "#]],
    );
}

#[test]
fn extern_crate_items() {
    check_ok(
        "extern crate a;\nextern crate b as c;\nextern crate self as d;\npub extern crate e as _;\n",
        expect![[r#"
        SOURCE_FILE@0..86
          EXTERN_CRATE@0..15
            EXTERN_KW@0..6 "extern"
            WHITESPACE@6..7 " "
            CRATE_KW@7..12 "crate"
            WHITESPACE@12..13 " "
            NAME_REF@13..14
              IDENT@13..14 "a"
            SEMICOLON@14..15 ";"
          WHITESPACE@15..16 "\n"
          EXTERN_CRATE@16..36
            EXTERN_KW@16..22 "extern"
            WHITESPACE@22..23 " "
            CRATE_KW@23..28 "crate"
            WHITESPACE@28..29 " "
            NAME_REF@29..30
              IDENT@29..30 "b"
            WHITESPACE@30..31 " "
            RENAME@31..35
              AS_KW@31..33 "as"
              WHITESPACE@33..34 " "
              NAME@34..35
                IDENT@34..35 "c"
            SEMICOLON@35..36 ";"
          WHITESPACE@36..37 "\n"
          EXTERN_CRATE@37..60
            EXTERN_KW@37..43 "extern"
            WHITESPACE@43..44 " "
            CRATE_KW@44..49 "crate"
            WHITESPACE@49..50 " "
            NAME_REF@50..54
              SELF_KW@50..54 "self"
            WHITESPACE@54..55 " "
            RENAME@55..59
              AS_KW@55..57 "as"
              WHITESPACE@57..58 " "
              NAME@58..59
                IDENT@58..59 "d"
            SEMICOLON@59..60 ";"
          WHITESPACE@60..61 "\n"
          EXTERN_CRATE@61..85
            VISIBILITY@61..64
              PUB_KW@61..64 "pub"
            WHITESPACE@64..65 " "
            EXTERN_KW@65..71 "extern"
            WHITESPACE@71..72 " "
            CRATE_KW@72..77 "crate"
            WHITESPACE@77..78 " "
            NAME_REF@78..79
              IDENT@78..79 "e"
            WHITESPACE@79..80 " "
            RENAME@80..84
              AS_KW@80..82 "as"
              WHITESPACE@82..83 " "
              UNDERSCORE@83..84 "_"
            SEMICOLON@84..85 ";"
          WHITESPACE@85..86 "\n"
    "#]],
    );
}

#[test]
fn extern_crate_recovery() {
    check(
        "extern crate;\nextern crate a as;",
        expect![[r#"
        SOURCE_FILE@0..32
          EXTERN_CRATE@0..13
            EXTERN_KW@0..6 "extern"
            WHITESPACE@6..7 " "
            CRATE_KW@7..12 "crate"
            SEMICOLON@12..13 ";"
          WHITESPACE@13..14 "\n"
          EXTERN_CRATE@14..32
            EXTERN_KW@14..20 "extern"
            WHITESPACE@20..21 " "
            CRATE_KW@21..26 "crate"
            WHITESPACE@26..27 " "
            NAME_REF@27..28
              IDENT@27..28 "a"
            WHITESPACE@28..29 " "
            RENAME@29..31
              AS_KW@29..31 "as"
            SEMICOLON@31..32 ";"
        error 12..13: expected a crate name
        error 31..32: expected a name
    "#]],
    );
}

#[test]
fn extern_blocks() {
    check_ok(
        "extern {}\nextern \"C\" {\n    #![attr]\n    fn f(x: u8, ...) -> u8;\n    static A: u8;\n    type T;\n}\n\
         unsafe extern \"C\" {\n    pub safe fn g();\n    pub unsafe fn h(fmt: u8, args: ...);\n    safe static B: u8;\n    \
         unsafe static mut C: u8;\n    m!();\n}\n",
        expect![[r##"
            SOURCE_FILE@0..242
              EXTERN_BLOCK@0..9
                ABI@0..6
                  EXTERN_KW@0..6 "extern"
                WHITESPACE@6..7 " "
                EXTERN_ITEM_LIST@7..9
                  L_CURLY@7..8 "{"
                  R_CURLY@8..9 "}"
              WHITESPACE@9..10 "\n"
              EXTERN_BLOCK@10..95
                ABI@10..20
                  EXTERN_KW@10..16 "extern"
                  WHITESPACE@16..17 " "
                  STRING@17..20 "\"C\""
                WHITESPACE@20..21 " "
                EXTERN_ITEM_LIST@21..95
                  L_CURLY@21..22 "{"
                  WHITESPACE@22..27 "\n    "
                  ATTR@27..35
                    POUND@27..28 "#"
                    BANG@28..29 "!"
                    L_BRACK@29..30 "["
                    META@30..34
                      PATH@30..34
                        PATH_SEGMENT@30..34
                          NAME_REF@30..34
                            IDENT@30..34 "attr"
                    R_BRACK@34..35 "]"
                  WHITESPACE@35..40 "\n    "
                  FN@40..63
                    FN_KW@40..42 "fn"
                    WHITESPACE@42..43 " "
                    NAME@43..44
                      IDENT@43..44 "f"
                    PARAM_LIST@44..56
                      L_PAREN@44..45 "("
                      PARAM@45..50
                        IDENT_PAT@45..46
                          NAME@45..46
                            IDENT@45..46 "x"
                        COLON@46..47 ":"
                        WHITESPACE@47..48 " "
                        PATH_TYPE@48..50
                          PATH@48..50
                            PATH_SEGMENT@48..50
                              NAME_REF@48..50
                                IDENT@48..50 "u8"
                      COMMA@50..51 ","
                      WHITESPACE@51..52 " "
                      PARAM@52..55
                        DOT3@52..55 "..."
                      R_PAREN@55..56 ")"
                    WHITESPACE@56..57 " "
                    RET_TYPE@57..62
                      THIN_ARROW@57..59 "->"
                      WHITESPACE@59..60 " "
                      PATH_TYPE@60..62
                        PATH@60..62
                          PATH_SEGMENT@60..62
                            NAME_REF@60..62
                              IDENT@60..62 "u8"
                    SEMICOLON@62..63 ";"
                  WHITESPACE@63..68 "\n    "
                  STATIC@68..81
                    STATIC_KW@68..74 "static"
                    WHITESPACE@74..75 " "
                    NAME@75..76
                      IDENT@75..76 "A"
                    COLON@76..77 ":"
                    WHITESPACE@77..78 " "
                    PATH_TYPE@78..80
                      PATH@78..80
                        PATH_SEGMENT@78..80
                          NAME_REF@78..80
                            IDENT@78..80 "u8"
                    SEMICOLON@80..81 ";"
                  WHITESPACE@81..86 "\n    "
                  TYPE_ALIAS@86..93
                    TYPE_KW@86..90 "type"
                    WHITESPACE@90..91 " "
                    NAME@91..92
                      IDENT@91..92 "T"
                    SEMICOLON@92..93 ";"
                  WHITESPACE@93..94 "\n"
                  R_CURLY@94..95 "}"
              WHITESPACE@95..96 "\n"
              EXTERN_BLOCK@96..241
                UNSAFE_KW@96..102 "unsafe"
                WHITESPACE@102..103 " "
                ABI@103..113
                  EXTERN_KW@103..109 "extern"
                  WHITESPACE@109..110 " "
                  STRING@110..113 "\"C\""
                WHITESPACE@113..114 " "
                EXTERN_ITEM_LIST@114..241
                  L_CURLY@114..115 "{"
                  WHITESPACE@115..120 "\n    "
                  FN@120..136
                    VISIBILITY@120..123
                      PUB_KW@120..123 "pub"
                    WHITESPACE@123..124 " "
                    SAFE_KW@124..128 "safe"
                    WHITESPACE@128..129 " "
                    FN_KW@129..131 "fn"
                    WHITESPACE@131..132 " "
                    NAME@132..133
                      IDENT@132..133 "g"
                    PARAM_LIST@133..135
                      L_PAREN@133..134 "("
                      R_PAREN@134..135 ")"
                    SEMICOLON@135..136 ";"
                  WHITESPACE@136..141 "\n    "
                  FN@141..177
                    VISIBILITY@141..144
                      PUB_KW@141..144 "pub"
                    WHITESPACE@144..145 " "
                    UNSAFE_KW@145..151 "unsafe"
                    WHITESPACE@151..152 " "
                    FN_KW@152..154 "fn"
                    WHITESPACE@154..155 " "
                    NAME@155..156
                      IDENT@155..156 "h"
                    PARAM_LIST@156..176
                      L_PAREN@156..157 "("
                      PARAM@157..164
                        IDENT_PAT@157..160
                          NAME@157..160
                            IDENT@157..160 "fmt"
                        COLON@160..161 ":"
                        WHITESPACE@161..162 " "
                        PATH_TYPE@162..164
                          PATH@162..164
                            PATH_SEGMENT@162..164
                              NAME_REF@162..164
                                IDENT@162..164 "u8"
                      COMMA@164..165 ","
                      WHITESPACE@165..166 " "
                      PARAM@166..175
                        IDENT_PAT@166..170
                          NAME@166..170
                            IDENT@166..170 "args"
                        COLON@170..171 ":"
                        WHITESPACE@171..172 " "
                        DOT3@172..175 "..."
                      R_PAREN@175..176 ")"
                    SEMICOLON@176..177 ";"
                  WHITESPACE@177..182 "\n    "
                  STATIC@182..200
                    SAFE_KW@182..186 "safe"
                    WHITESPACE@186..187 " "
                    STATIC_KW@187..193 "static"
                    WHITESPACE@193..194 " "
                    NAME@194..195
                      IDENT@194..195 "B"
                    COLON@195..196 ":"
                    WHITESPACE@196..197 " "
                    PATH_TYPE@197..199
                      PATH@197..199
                        PATH_SEGMENT@197..199
                          NAME_REF@197..199
                            IDENT@197..199 "u8"
                    SEMICOLON@199..200 ";"
                  WHITESPACE@200..205 "\n    "
                  STATIC@205..229
                    UNSAFE_KW@205..211 "unsafe"
                    WHITESPACE@211..212 " "
                    STATIC_KW@212..218 "static"
                    WHITESPACE@218..219 " "
                    MUT_KW@219..222 "mut"
                    WHITESPACE@222..223 " "
                    NAME@223..224
                      IDENT@223..224 "C"
                    COLON@224..225 ":"
                    WHITESPACE@225..226 " "
                    PATH_TYPE@226..228
                      PATH@226..228
                        PATH_SEGMENT@226..228
                          NAME_REF@226..228
                            IDENT@226..228 "u8"
                    SEMICOLON@228..229 ";"
                  WHITESPACE@229..234 "\n    "
                  MACRO_CALL@234..239
                    PATH@234..235
                      PATH_SEGMENT@234..235
                        NAME_REF@234..235
                          IDENT@234..235 "m"
                    BANG@235..236 "!"
                    TOKEN_TREE@236..238
                      L_PAREN@236..237 "("
                      R_PAREN@237..238 ")"
                    SEMICOLON@238..239 ";"
                  WHITESPACE@239..240 "\n"
                  R_CURLY@240..241 "}"
              WHITESPACE@241..242 "\n"
        "##]],
    );
}

#[test]
fn safe_is_an_identifier_elsewhere() {
    check_ok(
        "fn f() { safe; }\nsafe!();",
        expect![[r#"
        SOURCE_FILE@0..25
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
                EXPR_STMT@9..14
                  PATH_EXPR@9..13
                    PATH@9..13
                      PATH_SEGMENT@9..13
                        NAME_REF@9..13
                          IDENT@9..13 "safe"
                  SEMICOLON@13..14 ";"
                WHITESPACE@14..15 " "
                R_CURLY@15..16 "}"
          WHITESPACE@16..17 "\n"
          MACRO_CALL@17..25
            PATH@17..21
              PATH_SEGMENT@17..21
                NAME_REF@17..21
                  IDENT@17..21 "safe"
            BANG@21..22 "!"
            TOKEN_TREE@22..24
              L_PAREN@22..23 "("
              R_PAREN@23..24 ")"
            SEMICOLON@24..25 ";"
    "#]],
    );
}

#[test]
fn modules() {
    check_ok(
        "mod a;\npub mod b {\n    #![attr]\n    fn f() {}\n    mod c {}\n}\n",
        expect![[r##"
        SOURCE_FILE@0..61
          MODULE@0..6
            MOD_KW@0..3 "mod"
            WHITESPACE@3..4 " "
            NAME@4..5
              IDENT@4..5 "a"
            SEMICOLON@5..6 ";"
          WHITESPACE@6..7 "\n"
          MODULE@7..60
            VISIBILITY@7..10
              PUB_KW@7..10 "pub"
            WHITESPACE@10..11 " "
            MOD_KW@11..14 "mod"
            WHITESPACE@14..15 " "
            NAME@15..16
              IDENT@15..16 "b"
            WHITESPACE@16..17 " "
            ITEM_LIST@17..60
              L_CURLY@17..18 "{"
              WHITESPACE@18..23 "\n    "
              ATTR@23..31
                POUND@23..24 "#"
                BANG@24..25 "!"
                L_BRACK@25..26 "["
                META@26..30
                  PATH@26..30
                    PATH_SEGMENT@26..30
                      NAME_REF@26..30
                        IDENT@26..30 "attr"
                R_BRACK@30..31 "]"
              WHITESPACE@31..36 "\n    "
              FN@36..45
                FN_KW@36..38 "fn"
                WHITESPACE@38..39 " "
                NAME@39..40
                  IDENT@39..40 "f"
                PARAM_LIST@40..42
                  L_PAREN@40..41 "("
                  R_PAREN@41..42 ")"
                WHITESPACE@42..43 " "
                BLOCK_EXPR@43..45
                  STMT_LIST@43..45
                    L_CURLY@43..44 "{"
                    R_CURLY@44..45 "}"
              WHITESPACE@45..50 "\n    "
              MODULE@50..58
                MOD_KW@50..53 "mod"
                WHITESPACE@53..54 " "
                NAME@54..55
                  IDENT@54..55 "c"
                WHITESPACE@55..56 " "
                ITEM_LIST@56..58
                  L_CURLY@56..57 "{"
                  R_CURLY@57..58 "}"
              WHITESPACE@58..59 "\n"
              R_CURLY@59..60 "}"
          WHITESPACE@60..61 "\n"
    "##]],
    );
}

#[test]
fn module_recovery() {
    check(
        "mod a\nmod b { fn f() {}",
        expect![[r#"
        SOURCE_FILE@0..23
          MODULE@0..5
            MOD_KW@0..3 "mod"
            WHITESPACE@3..4 " "
            NAME@4..5
              IDENT@4..5 "a"
          WHITESPACE@5..6 "\n"
          MODULE@6..23
            MOD_KW@6..9 "mod"
            WHITESPACE@9..10 " "
            NAME@10..11
              IDENT@10..11 "b"
            WHITESPACE@11..12 " "
            ITEM_LIST@12..23
              L_CURLY@12..13 "{"
              WHITESPACE@13..14 " "
              FN@14..23
                FN_KW@14..16 "fn"
                WHITESPACE@16..17 " "
                NAME@17..18
                  IDENT@17..18 "f"
                PARAM_LIST@18..20
                  L_PAREN@18..19 "("
                  R_PAREN@19..20 ")"
                WHITESPACE@20..21 " "
                BLOCK_EXPR@21..23
                  STMT_LIST@21..23
                    L_CURLY@21..22 "{"
                    R_CURLY@22..23 "}"
        error 6..9: expected `;` or `{`
        error 23..23: expected `}`
    "#]],
    );
}

#[test]
fn macro_rules_items() {
    check_ok(
        "macro_rules! a { () => {}; }\nmacro_rules! b ( () => {} );\nmacro_rules! c [ () => {} ];\n\
         #[macro_export]\nmacro_rules! d { ($e:expr) => { $e }; }\n",
        expect![[r##"
            SOURCE_FILE@0..143
              MACRO_RULES@0..28
                MACRO_RULES_KW@0..11 "macro_rules"
                BANG@11..12 "!"
                WHITESPACE@12..13 " "
                NAME@13..14
                  IDENT@13..14 "a"
                WHITESPACE@14..15 " "
                TOKEN_TREE@15..28
                  L_CURLY@15..16 "{"
                  WHITESPACE@16..17 " "
                  TOKEN_TREE@17..19
                    L_PAREN@17..18 "("
                    R_PAREN@18..19 ")"
                  WHITESPACE@19..20 " "
                  EQ@20..21 "="
                  R_ANGLE@21..22 ">"
                  WHITESPACE@22..23 " "
                  TOKEN_TREE@23..25
                    L_CURLY@23..24 "{"
                    R_CURLY@24..25 "}"
                  SEMICOLON@25..26 ";"
                  WHITESPACE@26..27 " "
                  R_CURLY@27..28 "}"
              WHITESPACE@28..29 "\n"
              MACRO_RULES@29..57
                MACRO_RULES_KW@29..40 "macro_rules"
                BANG@40..41 "!"
                WHITESPACE@41..42 " "
                NAME@42..43
                  IDENT@42..43 "b"
                WHITESPACE@43..44 " "
                TOKEN_TREE@44..56
                  L_PAREN@44..45 "("
                  WHITESPACE@45..46 " "
                  TOKEN_TREE@46..48
                    L_PAREN@46..47 "("
                    R_PAREN@47..48 ")"
                  WHITESPACE@48..49 " "
                  EQ@49..50 "="
                  R_ANGLE@50..51 ">"
                  WHITESPACE@51..52 " "
                  TOKEN_TREE@52..54
                    L_CURLY@52..53 "{"
                    R_CURLY@53..54 "}"
                  WHITESPACE@54..55 " "
                  R_PAREN@55..56 ")"
                SEMICOLON@56..57 ";"
              WHITESPACE@57..58 "\n"
              MACRO_RULES@58..86
                MACRO_RULES_KW@58..69 "macro_rules"
                BANG@69..70 "!"
                WHITESPACE@70..71 " "
                NAME@71..72
                  IDENT@71..72 "c"
                WHITESPACE@72..73 " "
                TOKEN_TREE@73..85
                  L_BRACK@73..74 "["
                  WHITESPACE@74..75 " "
                  TOKEN_TREE@75..77
                    L_PAREN@75..76 "("
                    R_PAREN@76..77 ")"
                  WHITESPACE@77..78 " "
                  EQ@78..79 "="
                  R_ANGLE@79..80 ">"
                  WHITESPACE@80..81 " "
                  TOKEN_TREE@81..83
                    L_CURLY@81..82 "{"
                    R_CURLY@82..83 "}"
                  WHITESPACE@83..84 " "
                  R_BRACK@84..85 "]"
                SEMICOLON@85..86 ";"
              WHITESPACE@86..87 "\n"
              MACRO_RULES@87..142
                ATTR@87..102
                  POUND@87..88 "#"
                  L_BRACK@88..89 "["
                  META@89..101
                    PATH@89..101
                      PATH_SEGMENT@89..101
                        NAME_REF@89..101
                          IDENT@89..101 "macro_export"
                  R_BRACK@101..102 "]"
                WHITESPACE@102..103 "\n"
                MACRO_RULES_KW@103..114 "macro_rules"
                BANG@114..115 "!"
                WHITESPACE@115..116 " "
                NAME@116..117
                  IDENT@116..117 "d"
                WHITESPACE@117..118 " "
                TOKEN_TREE@118..142
                  L_CURLY@118..119 "{"
                  WHITESPACE@119..120 " "
                  TOKEN_TREE@120..129
                    L_PAREN@120..121 "("
                    DOLLAR@121..122 "$"
                    IDENT@122..123 "e"
                    COLON@123..124 ":"
                    IDENT@124..128 "expr"
                    R_PAREN@128..129 ")"
                  WHITESPACE@129..130 " "
                  EQ@130..131 "="
                  R_ANGLE@131..132 ">"
                  WHITESPACE@132..133 " "
                  TOKEN_TREE@133..139
                    L_CURLY@133..134 "{"
                    WHITESPACE@134..135 " "
                    DOLLAR@135..136 "$"
                    IDENT@136..137 "e"
                    WHITESPACE@137..138 " "
                    R_CURLY@138..139 "}"
                  SEMICOLON@139..140 ";"
                  WHITESPACE@140..141 " "
                  R_CURLY@141..142 "}"
              WHITESPACE@142..143 "\n"
        "##]],
    );
}

#[test]
fn macro_rules_is_an_identifier_elsewhere() {
    check_ok(
        "macro_rules! {}\nfn f() { macro_rules; }",
        expect![[r#"
        SOURCE_FILE@0..39
          MACRO_CALL@0..15
            PATH@0..11
              PATH_SEGMENT@0..11
                NAME_REF@0..11
                  IDENT@0..11 "macro_rules"
            BANG@11..12 "!"
            WHITESPACE@12..13 " "
            TOKEN_TREE@13..15
              L_CURLY@13..14 "{"
              R_CURLY@14..15 "}"
          WHITESPACE@15..16 "\n"
          FN@16..39
            FN_KW@16..18 "fn"
            WHITESPACE@18..19 " "
            NAME@19..20
              IDENT@19..20 "f"
            PARAM_LIST@20..22
              L_PAREN@20..21 "("
              R_PAREN@21..22 ")"
            WHITESPACE@22..23 " "
            BLOCK_EXPR@23..39
              STMT_LIST@23..39
                L_CURLY@23..24 "{"
                WHITESPACE@24..25 " "
                EXPR_STMT@25..37
                  PATH_EXPR@25..36
                    PATH@25..36
                      PATH_SEGMENT@25..36
                        NAME_REF@25..36
                          IDENT@25..36 "macro_rules"
                  SEMICOLON@36..37 ";"
                WHITESPACE@37..38 " "
                R_CURLY@38..39 "}"
    "#]],
    );
}

#[test]
fn macro_rules_recovery() {
    check(
        "macro_rules! a ( () => {} )\nmacro_rules! b;",
        expect![[r#"
        SOURCE_FILE@0..43
          MACRO_RULES@0..27
            MACRO_RULES_KW@0..11 "macro_rules"
            BANG@11..12 "!"
            WHITESPACE@12..13 " "
            NAME@13..14
              IDENT@13..14 "a"
            WHITESPACE@14..15 " "
            TOKEN_TREE@15..27
              L_PAREN@15..16 "("
              WHITESPACE@16..17 " "
              TOKEN_TREE@17..19
                L_PAREN@17..18 "("
                R_PAREN@18..19 ")"
              WHITESPACE@19..20 " "
              EQ@20..21 "="
              R_ANGLE@21..22 ">"
              WHITESPACE@22..23 " "
              TOKEN_TREE@23..25
                L_CURLY@23..24 "{"
                R_CURLY@24..25 "}"
              WHITESPACE@25..26 " "
              R_PAREN@26..27 ")"
          WHITESPACE@27..28 "\n"
          MACRO_RULES@28..42
            MACRO_RULES_KW@28..39 "macro_rules"
            BANG@39..40 "!"
            WHITESPACE@40..41 " "
            NAME@41..42
              IDENT@41..42 "b"
          ERROR@42..43
            SEMICOLON@42..43 ";"
        error 28..39: expected `;`
        error 42..43: expected `{`, `(` or `[`
        error 42..43: expected an item, found `;`
    "#]],
    );
}

#[test]
fn macro_definitions() {
    check_ok(
        "macro m($x:expr) { $x }\npub macro n {\n    ($x:expr) => { $x },\n}\n",
        expect![[r#"
        SOURCE_FILE@0..65
          MACRO_DEF@0..23
            MACRO_KW@0..5 "macro"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "m"
            TOKEN_TREE@7..16
              L_PAREN@7..8 "("
              DOLLAR@8..9 "$"
              IDENT@9..10 "x"
              COLON@10..11 ":"
              IDENT@11..15 "expr"
              R_PAREN@15..16 ")"
            WHITESPACE@16..17 " "
            TOKEN_TREE@17..23
              L_CURLY@17..18 "{"
              WHITESPACE@18..19 " "
              DOLLAR@19..20 "$"
              IDENT@20..21 "x"
              WHITESPACE@21..22 " "
              R_CURLY@22..23 "}"
          WHITESPACE@23..24 "\n"
          MACRO_DEF@24..64
            VISIBILITY@24..27
              PUB_KW@24..27 "pub"
            WHITESPACE@27..28 " "
            MACRO_KW@28..33 "macro"
            WHITESPACE@33..34 " "
            NAME@34..35
              IDENT@34..35 "n"
            WHITESPACE@35..36 " "
            TOKEN_TREE@36..64
              L_CURLY@36..37 "{"
              WHITESPACE@37..42 "\n    "
              TOKEN_TREE@42..51
                L_PAREN@42..43 "("
                DOLLAR@43..44 "$"
                IDENT@44..45 "x"
                COLON@45..46 ":"
                IDENT@46..50 "expr"
                R_PAREN@50..51 ")"
              WHITESPACE@51..52 " "
              EQ@52..53 "="
              R_ANGLE@53..54 ">"
              WHITESPACE@54..55 " "
              TOKEN_TREE@55..61
                L_CURLY@55..56 "{"
                WHITESPACE@56..57 " "
                DOLLAR@57..58 "$"
                IDENT@58..59 "x"
                WHITESPACE@59..60 " "
                R_CURLY@60..61 "}"
              COMMA@61..62 ","
              WHITESPACE@62..63 "\n"
              R_CURLY@63..64 "}"
          WHITESPACE@64..65 "\n"
    "#]],
    );
}

#[test]
fn macro_calls() {
    check_ok(
        "foo!(a b);\nfoo![a b];\nfoo! { a b }\na::b!(c);\n::a::b! {}\ncrate::m!();\nself::m!();\n",
        expect![[r#"
            SOURCE_FILE@0..81
              MACRO_CALL@0..10
                PATH@0..3
                  PATH_SEGMENT@0..3
                    NAME_REF@0..3
                      IDENT@0..3 "foo"
                BANG@3..4 "!"
                TOKEN_TREE@4..9
                  L_PAREN@4..5 "("
                  IDENT@5..6 "a"
                  WHITESPACE@6..7 " "
                  IDENT@7..8 "b"
                  R_PAREN@8..9 ")"
                SEMICOLON@9..10 ";"
              WHITESPACE@10..11 "\n"
              MACRO_CALL@11..21
                PATH@11..14
                  PATH_SEGMENT@11..14
                    NAME_REF@11..14
                      IDENT@11..14 "foo"
                BANG@14..15 "!"
                TOKEN_TREE@15..20
                  L_BRACK@15..16 "["
                  IDENT@16..17 "a"
                  WHITESPACE@17..18 " "
                  IDENT@18..19 "b"
                  R_BRACK@19..20 "]"
                SEMICOLON@20..21 ";"
              WHITESPACE@21..22 "\n"
              MACRO_CALL@22..34
                PATH@22..25
                  PATH_SEGMENT@22..25
                    NAME_REF@22..25
                      IDENT@22..25 "foo"
                BANG@25..26 "!"
                WHITESPACE@26..27 " "
                TOKEN_TREE@27..34
                  L_CURLY@27..28 "{"
                  WHITESPACE@28..29 " "
                  IDENT@29..30 "a"
                  WHITESPACE@30..31 " "
                  IDENT@31..32 "b"
                  WHITESPACE@32..33 " "
                  R_CURLY@33..34 "}"
              WHITESPACE@34..35 "\n"
              MACRO_CALL@35..44
                PATH@35..39
                  PATH@35..36
                    PATH_SEGMENT@35..36
                      NAME_REF@35..36
                        IDENT@35..36 "a"
                  COLON2@36..38 "::"
                  PATH_SEGMENT@38..39
                    NAME_REF@38..39
                      IDENT@38..39 "b"
                BANG@39..40 "!"
                TOKEN_TREE@40..43
                  L_PAREN@40..41 "("
                  IDENT@41..42 "c"
                  R_PAREN@42..43 ")"
                SEMICOLON@43..44 ";"
              WHITESPACE@44..45 "\n"
              MACRO_CALL@45..55
                PATH@45..51
                  PATH@45..48
                    PATH_SEGMENT@45..48
                      COLON2@45..47 "::"
                      NAME_REF@47..48
                        IDENT@47..48 "a"
                  COLON2@48..50 "::"
                  PATH_SEGMENT@50..51
                    NAME_REF@50..51
                      IDENT@50..51 "b"
                BANG@51..52 "!"
                WHITESPACE@52..53 " "
                TOKEN_TREE@53..55
                  L_CURLY@53..54 "{"
                  R_CURLY@54..55 "}"
              WHITESPACE@55..56 "\n"
              MACRO_CALL@56..68
                PATH@56..64
                  PATH@56..61
                    PATH_SEGMENT@56..61
                      NAME_REF@56..61
                        CRATE_KW@56..61 "crate"
                  COLON2@61..63 "::"
                  PATH_SEGMENT@63..64
                    NAME_REF@63..64
                      IDENT@63..64 "m"
                BANG@64..65 "!"
                TOKEN_TREE@65..67
                  L_PAREN@65..66 "("
                  R_PAREN@66..67 ")"
                SEMICOLON@67..68 ";"
              WHITESPACE@68..69 "\n"
              MACRO_CALL@69..80
                PATH@69..76
                  PATH@69..73
                    PATH_SEGMENT@69..73
                      NAME_REF@69..73
                        SELF_KW@69..73 "self"
                  COLON2@73..75 "::"
                  PATH_SEGMENT@75..76
                    NAME_REF@75..76
                      IDENT@75..76 "m"
                BANG@76..77 "!"
                TOKEN_TREE@77..79
                  L_PAREN@77..78 "("
                  R_PAREN@78..79 ")"
                SEMICOLON@79..80 ";"
              WHITESPACE@80..81 "\n"
        "#]],
    );
}

#[test]
fn macro_call_recovery() {
    check(
        "foo!(a)\nfn f() {}\nbar!;\nbaz\nfn g() {}",
        expect![[r#"
        SOURCE_FILE@0..37
          MACRO_CALL@0..7
            PATH@0..3
              PATH_SEGMENT@0..3
                NAME_REF@0..3
                  IDENT@0..3 "foo"
            BANG@3..4 "!"
            TOKEN_TREE@4..7
              L_PAREN@4..5 "("
              IDENT@5..6 "a"
              R_PAREN@6..7 ")"
          WHITESPACE@7..8 "\n"
          FN@8..17
            FN_KW@8..10 "fn"
            WHITESPACE@10..11 " "
            NAME@11..12
              IDENT@11..12 "f"
            PARAM_LIST@12..14
              L_PAREN@12..13 "("
              R_PAREN@13..14 ")"
            WHITESPACE@14..15 " "
            BLOCK_EXPR@15..17
              STMT_LIST@15..17
                L_CURLY@15..16 "{"
                R_CURLY@16..17 "}"
          WHITESPACE@17..18 "\n"
          MACRO_CALL@18..22
            PATH@18..21
              PATH_SEGMENT@18..21
                NAME_REF@18..21
                  IDENT@18..21 "bar"
            BANG@21..22 "!"
          ERROR@22..23
            SEMICOLON@22..23 ";"
          WHITESPACE@23..24 "\n"
          ERROR@24..27
            PATH@24..27
              PATH_SEGMENT@24..27
                NAME_REF@24..27
                  IDENT@24..27 "baz"
          WHITESPACE@27..28 "\n"
          FN@28..37
            FN_KW@28..30 "fn"
            WHITESPACE@30..31 " "
            NAME@31..32
              IDENT@31..32 "g"
            PARAM_LIST@32..34
              L_PAREN@32..33 "("
              R_PAREN@33..34 ")"
            WHITESPACE@34..35 " "
            BLOCK_EXPR@35..37
              STMT_LIST@35..37
                L_CURLY@35..36 "{"
                R_CURLY@36..37 "}"
        error 8..10: expected `;`
        error 22..23: expected `(`, `[` or `{`
        error 22..23: expected an item, found `;`
        error 24..27: expected an item
    "#]],
    );
}

#[test]
fn semicolon_after_an_item() {
    check(
        "struct S {};\nfoo! {};",
        expect![[r#"
        SOURCE_FILE@0..21
          STRUCT@0..11
            STRUCT_KW@0..6 "struct"
            WHITESPACE@6..7 " "
            NAME@7..8
              IDENT@7..8 "S"
            WHITESPACE@8..9 " "
            RECORD_FIELD_LIST@9..11
              L_CURLY@9..10 "{"
              R_CURLY@10..11 "}"
          ERROR@11..12
            SEMICOLON@11..12 ";"
          WHITESPACE@12..13 "\n"
          MACRO_CALL@13..20
            PATH@13..16
              PATH_SEGMENT@13..16
                NAME_REF@13..16
                  IDENT@13..16 "foo"
            BANG@16..17 "!"
            WHITESPACE@17..18 " "
            TOKEN_TREE@18..20
              L_CURLY@18..19 "{"
              R_CURLY@19..20 "}"
          ERROR@20..21
            SEMICOLON@20..21 ";"
        error 11..12: expected an item, found `;`
        error 20..21: expected an item, found `;`
    "#]],
    );
}

#[test]
fn visibilities() {
    check_ok(
        "pub fn a() {}\npub(crate) fn b() {}\npub(self) fn c() {}\npub(super) fn d() {}\npub(in a::b) fn e() {}\n\
         crate fn f() {}\ncrate::m!();\n",
        expect![[r#"
            SOURCE_FILE@0..128
              FN@0..13
                VISIBILITY@0..3
                  PUB_KW@0..3 "pub"
                WHITESPACE@3..4 " "
                FN_KW@4..6 "fn"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "a"
                PARAM_LIST@8..10
                  L_PAREN@8..9 "("
                  R_PAREN@9..10 ")"
                WHITESPACE@10..11 " "
                BLOCK_EXPR@11..13
                  STMT_LIST@11..13
                    L_CURLY@11..12 "{"
                    R_CURLY@12..13 "}"
              WHITESPACE@13..14 "\n"
              FN@14..34
                VISIBILITY@14..24
                  PUB_KW@14..17 "pub"
                  L_PAREN@17..18 "("
                  PATH@18..23
                    PATH_SEGMENT@18..23
                      NAME_REF@18..23
                        CRATE_KW@18..23 "crate"
                  R_PAREN@23..24 ")"
                WHITESPACE@24..25 " "
                FN_KW@25..27 "fn"
                WHITESPACE@27..28 " "
                NAME@28..29
                  IDENT@28..29 "b"
                PARAM_LIST@29..31
                  L_PAREN@29..30 "("
                  R_PAREN@30..31 ")"
                WHITESPACE@31..32 " "
                BLOCK_EXPR@32..34
                  STMT_LIST@32..34
                    L_CURLY@32..33 "{"
                    R_CURLY@33..34 "}"
              WHITESPACE@34..35 "\n"
              FN@35..54
                VISIBILITY@35..44
                  PUB_KW@35..38 "pub"
                  L_PAREN@38..39 "("
                  PATH@39..43
                    PATH_SEGMENT@39..43
                      NAME_REF@39..43
                        SELF_KW@39..43 "self"
                  R_PAREN@43..44 ")"
                WHITESPACE@44..45 " "
                FN_KW@45..47 "fn"
                WHITESPACE@47..48 " "
                NAME@48..49
                  IDENT@48..49 "c"
                PARAM_LIST@49..51
                  L_PAREN@49..50 "("
                  R_PAREN@50..51 ")"
                WHITESPACE@51..52 " "
                BLOCK_EXPR@52..54
                  STMT_LIST@52..54
                    L_CURLY@52..53 "{"
                    R_CURLY@53..54 "}"
              WHITESPACE@54..55 "\n"
              FN@55..75
                VISIBILITY@55..65
                  PUB_KW@55..58 "pub"
                  L_PAREN@58..59 "("
                  PATH@59..64
                    PATH_SEGMENT@59..64
                      NAME_REF@59..64
                        SUPER_KW@59..64 "super"
                  R_PAREN@64..65 ")"
                WHITESPACE@65..66 " "
                FN_KW@66..68 "fn"
                WHITESPACE@68..69 " "
                NAME@69..70
                  IDENT@69..70 "d"
                PARAM_LIST@70..72
                  L_PAREN@70..71 "("
                  R_PAREN@71..72 ")"
                WHITESPACE@72..73 " "
                BLOCK_EXPR@73..75
                  STMT_LIST@73..75
                    L_CURLY@73..74 "{"
                    R_CURLY@74..75 "}"
              WHITESPACE@75..76 "\n"
              FN@76..98
                VISIBILITY@76..88
                  PUB_KW@76..79 "pub"
                  L_PAREN@79..80 "("
                  IN_KW@80..82 "in"
                  WHITESPACE@82..83 " "
                  PATH@83..87
                    PATH@83..84
                      PATH_SEGMENT@83..84
                        NAME_REF@83..84
                          IDENT@83..84 "a"
                    COLON2@84..86 "::"
                    PATH_SEGMENT@86..87
                      NAME_REF@86..87
                        IDENT@86..87 "b"
                  R_PAREN@87..88 ")"
                WHITESPACE@88..89 " "
                FN_KW@89..91 "fn"
                WHITESPACE@91..92 " "
                NAME@92..93
                  IDENT@92..93 "e"
                PARAM_LIST@93..95
                  L_PAREN@93..94 "("
                  R_PAREN@94..95 ")"
                WHITESPACE@95..96 " "
                BLOCK_EXPR@96..98
                  STMT_LIST@96..98
                    L_CURLY@96..97 "{"
                    R_CURLY@97..98 "}"
              WHITESPACE@98..99 "\n"
              FN@99..114
                VISIBILITY@99..104
                  CRATE_KW@99..104 "crate"
                WHITESPACE@104..105 " "
                FN_KW@105..107 "fn"
                WHITESPACE@107..108 " "
                NAME@108..109
                  IDENT@108..109 "f"
                PARAM_LIST@109..111
                  L_PAREN@109..110 "("
                  R_PAREN@110..111 ")"
                WHITESPACE@111..112 " "
                BLOCK_EXPR@112..114
                  STMT_LIST@112..114
                    L_CURLY@112..113 "{"
                    R_CURLY@113..114 "}"
              WHITESPACE@114..115 "\n"
              MACRO_CALL@115..127
                PATH@115..123
                  PATH@115..120
                    PATH_SEGMENT@115..120
                      NAME_REF@115..120
                        CRATE_KW@115..120 "crate"
                  COLON2@120..122 "::"
                  PATH_SEGMENT@122..123
                    NAME_REF@122..123
                      IDENT@122..123 "m"
                BANG@123..124 "!"
                TOKEN_TREE@124..126
                  L_PAREN@124..125 "("
                  R_PAREN@125..126 ")"
                SEMICOLON@126..127 ";"
              WHITESPACE@127..128 "\n"
        "#]],
    );
}

#[test]
fn visibility_recovery() {
    check(
        "pub(a) fn f() {}\npub\npub(in) fn g() {}\n",
        expect![[r#"
        SOURCE_FILE@0..39
          FN@0..16
            VISIBILITY@0..6
              PUB_KW@0..3 "pub"
              L_PAREN@3..4 "("
              PATH@4..5
                PATH_SEGMENT@4..5
                  NAME_REF@4..5
                    IDENT@4..5 "a"
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            FN_KW@7..9 "fn"
            WHITESPACE@9..10 " "
            NAME@10..11
              IDENT@10..11 "f"
            PARAM_LIST@11..13
              L_PAREN@11..12 "("
              R_PAREN@12..13 ")"
            WHITESPACE@13..14 " "
            BLOCK_EXPR@14..16
              STMT_LIST@14..16
                L_CURLY@14..15 "{"
                R_CURLY@15..16 "}"
          WHITESPACE@16..17 "\n"
          ERROR@17..20
            VISIBILITY@17..20
              PUB_KW@17..20 "pub"
          WHITESPACE@20..21 "\n"
          FN@21..38
            VISIBILITY@21..28
              PUB_KW@21..24 "pub"
              L_PAREN@24..25 "("
              IN_KW@25..27 "in"
              R_PAREN@27..28 ")"
            WHITESPACE@28..29 " "
            FN_KW@29..31 "fn"
            WHITESPACE@31..32 " "
            NAME@32..33
              IDENT@32..33 "g"
            PARAM_LIST@33..35
              L_PAREN@33..34 "("
              R_PAREN@34..35 ")"
            WHITESPACE@35..36 " "
            BLOCK_EXPR@36..38
              STMT_LIST@36..38
                L_CURLY@36..37 "{"
                R_CURLY@37..38 "}"
          WHITESPACE@38..39 "\n"
        error 4..5: incorrect visibility restriction: write `pub(in path)`
        error 21..24: expected an item after the visibility
        error 27..28: expected a path
    "#]],
    );
}

#[test]
fn items_in_blocks() {
    check_ok(
        "fn f() {\n    fn g() {}\n    struct S;\n    use a::b;\n    const A: u8 = 1;\n    static B: u8 = 1;\n    \
         impl S {}\n    trait T {}\n    extern \"C\" {}\n    macro_rules! m { () => {} }\n    mod m {}\n    \
         unsafe fn h() {}\n}\n",
        expect![[r#"
            SOURCE_FILE@0..209
              FN@0..208
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..208
                  STMT_LIST@7..208
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..13 "\n    "
                    FN@13..22
                      FN_KW@13..15 "fn"
                      WHITESPACE@15..16 " "
                      NAME@16..17
                        IDENT@16..17 "g"
                      PARAM_LIST@17..19
                        L_PAREN@17..18 "("
                        R_PAREN@18..19 ")"
                      WHITESPACE@19..20 " "
                      BLOCK_EXPR@20..22
                        STMT_LIST@20..22
                          L_CURLY@20..21 "{"
                          R_CURLY@21..22 "}"
                    WHITESPACE@22..27 "\n    "
                    STRUCT@27..36
                      STRUCT_KW@27..33 "struct"
                      WHITESPACE@33..34 " "
                      NAME@34..35
                        IDENT@34..35 "S"
                      SEMICOLON@35..36 ";"
                    WHITESPACE@36..41 "\n    "
                    USE@41..50
                      USE_KW@41..44 "use"
                      WHITESPACE@44..45 " "
                      USE_TREE@45..49
                        PATH@45..49
                          PATH@45..46
                            PATH_SEGMENT@45..46
                              NAME_REF@45..46
                                IDENT@45..46 "a"
                          COLON2@46..48 "::"
                          PATH_SEGMENT@48..49
                            NAME_REF@48..49
                              IDENT@48..49 "b"
                      SEMICOLON@49..50 ";"
                    WHITESPACE@50..55 "\n    "
                    CONST@55..71
                      CONST_KW@55..60 "const"
                      WHITESPACE@60..61 " "
                      NAME@61..62
                        IDENT@61..62 "A"
                      COLON@62..63 ":"
                      WHITESPACE@63..64 " "
                      PATH_TYPE@64..66
                        PATH@64..66
                          PATH_SEGMENT@64..66
                            NAME_REF@64..66
                              IDENT@64..66 "u8"
                      WHITESPACE@66..67 " "
                      EQ@67..68 "="
                      WHITESPACE@68..69 " "
                      LITERAL@69..70
                        INT_NUMBER@69..70 "1"
                      SEMICOLON@70..71 ";"
                    WHITESPACE@71..76 "\n    "
                    STATIC@76..93
                      STATIC_KW@76..82 "static"
                      WHITESPACE@82..83 " "
                      NAME@83..84
                        IDENT@83..84 "B"
                      COLON@84..85 ":"
                      WHITESPACE@85..86 " "
                      PATH_TYPE@86..88
                        PATH@86..88
                          PATH_SEGMENT@86..88
                            NAME_REF@86..88
                              IDENT@86..88 "u8"
                      WHITESPACE@88..89 " "
                      EQ@89..90 "="
                      WHITESPACE@90..91 " "
                      LITERAL@91..92
                        INT_NUMBER@91..92 "1"
                      SEMICOLON@92..93 ";"
                    WHITESPACE@93..98 "\n    "
                    IMPL@98..107
                      IMPL_KW@98..102 "impl"
                      WHITESPACE@102..103 " "
                      PATH_TYPE@103..104
                        PATH@103..104
                          PATH_SEGMENT@103..104
                            NAME_REF@103..104
                              IDENT@103..104 "S"
                      WHITESPACE@104..105 " "
                      ASSOC_ITEM_LIST@105..107
                        L_CURLY@105..106 "{"
                        R_CURLY@106..107 "}"
                    WHITESPACE@107..112 "\n    "
                    TRAIT@112..122
                      TRAIT_KW@112..117 "trait"
                      WHITESPACE@117..118 " "
                      NAME@118..119
                        IDENT@118..119 "T"
                      WHITESPACE@119..120 " "
                      ASSOC_ITEM_LIST@120..122
                        L_CURLY@120..121 "{"
                        R_CURLY@121..122 "}"
                    WHITESPACE@122..127 "\n    "
                    EXTERN_BLOCK@127..140
                      ABI@127..137
                        EXTERN_KW@127..133 "extern"
                        WHITESPACE@133..134 " "
                        STRING@134..137 "\"C\""
                      WHITESPACE@137..138 " "
                      EXTERN_ITEM_LIST@138..140
                        L_CURLY@138..139 "{"
                        R_CURLY@139..140 "}"
                    WHITESPACE@140..145 "\n    "
                    MACRO_RULES@145..172
                      MACRO_RULES_KW@145..156 "macro_rules"
                      BANG@156..157 "!"
                      WHITESPACE@157..158 " "
                      NAME@158..159
                        IDENT@158..159 "m"
                      WHITESPACE@159..160 " "
                      TOKEN_TREE@160..172
                        L_CURLY@160..161 "{"
                        WHITESPACE@161..162 " "
                        TOKEN_TREE@162..164
                          L_PAREN@162..163 "("
                          R_PAREN@163..164 ")"
                        WHITESPACE@164..165 " "
                        EQ@165..166 "="
                        R_ANGLE@166..167 ">"
                        WHITESPACE@167..168 " "
                        TOKEN_TREE@168..170
                          L_CURLY@168..169 "{"
                          R_CURLY@169..170 "}"
                        WHITESPACE@170..171 " "
                        R_CURLY@171..172 "}"
                    WHITESPACE@172..177 "\n    "
                    MODULE@177..185
                      MOD_KW@177..180 "mod"
                      WHITESPACE@180..181 " "
                      NAME@181..182
                        IDENT@181..182 "m"
                      WHITESPACE@182..183 " "
                      ITEM_LIST@183..185
                        L_CURLY@183..184 "{"
                        R_CURLY@184..185 "}"
                    WHITESPACE@185..190 "\n    "
                    FN@190..206
                      UNSAFE_KW@190..196 "unsafe"
                      WHITESPACE@196..197 " "
                      FN_KW@197..199 "fn"
                      WHITESPACE@199..200 " "
                      NAME@200..201
                        IDENT@200..201 "h"
                      PARAM_LIST@201..203
                        L_PAREN@201..202 "("
                        R_PAREN@202..203 ")"
                      WHITESPACE@203..204 " "
                      BLOCK_EXPR@204..206
                        STMT_LIST@204..206
                          L_CURLY@204..205 "{"
                          R_CURLY@205..206 "}"
                    WHITESPACE@206..207 "\n"
                    R_CURLY@207..208 "}"
              WHITESPACE@208..209 "\n"
        "#]],
    );
}

#[test]
fn block_expressions_are_not_items() {
    // The stub expression parser of this branch knows none of these expressions: what matters is
    // that no item consumed their first token.
    check(
        "fn f() { unsafe {} async move {} const {} async {} static || {} }",
        expect![[r#"
            SOURCE_FILE@0..65
              FN@0..65
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..65
                  STMT_LIST@7..65
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
                    EXPR_STMT@19..32
                      BLOCK_EXPR@19..32
                        ASYNC_KW@19..24 "async"
                        WHITESPACE@24..25 " "
                        MOVE_KW@25..29 "move"
                        WHITESPACE@29..30 " "
                        STMT_LIST@30..32
                          L_CURLY@30..31 "{"
                          R_CURLY@31..32 "}"
                    WHITESPACE@32..33 " "
                    EXPR_STMT@33..41
                      BLOCK_EXPR@33..41
                        CONST_KW@33..38 "const"
                        WHITESPACE@38..39 " "
                        STMT_LIST@39..41
                          L_CURLY@39..40 "{"
                          R_CURLY@40..41 "}"
                    WHITESPACE@41..42 " "
                    EXPR_STMT@42..50
                      BLOCK_EXPR@42..50
                        ASYNC_KW@42..47 "async"
                        WHITESPACE@47..48 " "
                        STMT_LIST@48..50
                          L_CURLY@48..49 "{"
                          R_CURLY@49..50 "}"
                    WHITESPACE@50..51 " "
                    CLOSURE_EXPR@51..63
                      STATIC_KW@51..57 "static"
                      WHITESPACE@57..58 " "
                      PARAM_LIST@58..60
                        PIPE2@58..60 "||"
                      WHITESPACE@60..61 " "
                      BLOCK_EXPR@61..63
                        STMT_LIST@61..63
                          L_CURLY@61..62 "{"
                          R_CURLY@62..63 "}"
                    WHITESPACE@63..64 " "
                    R_CURLY@64..65 "}"
            error 33..38: expected `;`
            error 51..57: expected `;`
        "#]],
    );
}

#[test]
fn stray_tokens_between_items() {
    check(
        "fn f() {} 1 + fn g() {}\n{ x }\n}\nlet x = 1;",
        expect![[r#"
        SOURCE_FILE@0..42
          FN@0..9
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..9
              STMT_LIST@7..9
                L_CURLY@7..8 "{"
                R_CURLY@8..9 "}"
          WHITESPACE@9..10 " "
          ERROR@10..11
            INT_NUMBER@10..11 "1"
          WHITESPACE@11..12 " "
          ERROR@12..13
            PLUS@12..13 "+"
          WHITESPACE@13..14 " "
          FN@14..23
            FN_KW@14..16 "fn"
            WHITESPACE@16..17 " "
            NAME@17..18
              IDENT@17..18 "g"
            PARAM_LIST@18..20
              L_PAREN@18..19 "("
              R_PAREN@19..20 ")"
            WHITESPACE@20..21 " "
            BLOCK_EXPR@21..23
              STMT_LIST@21..23
                L_CURLY@21..22 "{"
                R_CURLY@22..23 "}"
          WHITESPACE@23..24 "\n"
          ERROR@24..29
            TOKEN_TREE@24..29
              L_CURLY@24..25 "{"
              WHITESPACE@25..26 " "
              IDENT@26..27 "x"
              WHITESPACE@27..28 " "
              R_CURLY@28..29 "}"
          WHITESPACE@29..30 "\n"
          ERROR@30..31
            R_CURLY@30..31 "}"
          WHITESPACE@31..32 "\n"
          ERROR@32..42
            LET_KW@32..35 "let"
            WHITESPACE@35..36 " "
            IDENT@36..37 "x"
            WHITESPACE@37..38 " "
            EQ@38..39 "="
            WHITESPACE@39..40 " "
            INT_NUMBER@40..41 "1"
            SEMICOLON@41..42 ";"
        error 10..11: expected an item
        error 12..13: expected an item
        error 24..25: expected an item
        error 30..31: unmatched `}`
        error 32..35: expected an item, found a `let` statement
    "#]],
    );
}

#[test]
fn attributes_without_an_item() {
    check(
        "#[attr]",
        expect![[r##"
        SOURCE_FILE@0..7
          ATTR@0..7
            POUND@0..1 "#"
            L_BRACK@1..2 "["
            META@2..6
              PATH@2..6
                PATH_SEGMENT@2..6
                  NAME_REF@2..6
                    IDENT@2..6 "attr"
            R_BRACK@6..7 "]"
        error 7..7: expected an item
    "##]],
    );
}

#[test]
fn qualifiers_without_an_item() {
    check(
        "unsafe struct S;\npub const;\nfn f() {}",
        expect![[r#"
        SOURCE_FILE@0..37
          ERROR@0..6
            UNSAFE_KW@0..6 "unsafe"
          WHITESPACE@6..7 " "
          STRUCT@7..16
            STRUCT_KW@7..13 "struct"
            WHITESPACE@13..14 " "
            NAME@14..15
              IDENT@14..15 "S"
            SEMICOLON@15..16 ";"
          WHITESPACE@16..17 "\n"
          ERROR@17..27
            VISIBILITY@17..20
              PUB_KW@17..20 "pub"
            WHITESPACE@20..21 " "
            CONST_KW@21..26 "const"
            SEMICOLON@26..27 ";"
          WHITESPACE@27..28 "\n"
          FN@28..37
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
        error 7..13: expected `fn`, `trait`, `impl` or an extern block after the qualifiers
        error 26..27: expected `fn`, `trait`, `impl` or an extern block after the qualifiers
    "#]],
    );
}

#[test]
fn macro_items_entry() {
    check_entry(
        TopEntryPoint::MacroItems,
        "fn f() {} struct S;",
        expect![[r#"
        MACRO_ITEMS@0..19
          FN@0..9
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..6
              L_PAREN@4..5 "("
              R_PAREN@5..6 ")"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..9
              STMT_LIST@7..9
                L_CURLY@7..8 "{"
                R_CURLY@8..9 "}"
          WHITESPACE@9..10 " "
          STRUCT@10..19
            STRUCT_KW@10..16 "struct"
            WHITESPACE@16..17 " "
            NAME@17..18
              IDENT@17..18 "S"
            SEMICOLON@18..19 ";"
    "#]],
    );
}

#[test]
fn macro_items_end_at_the_first_token_that_starts_no_item() {
    // rustc ignores that token and every one after it, `struct B` included: one error node,
    // one error, however long the rest (an expansion may hold many thousand tokens).
    check_entry(
        TopEntryPoint::MacroItems,
        "struct A; * x ( y ) struct B;",
        expect![[r#"
            MACRO_ITEMS@0..29
              STRUCT@0..9
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "A"
                SEMICOLON@8..9 ";"
              WHITESPACE@9..10 " "
              ERROR@10..29
                STAR@10..11 "*"
                WHITESPACE@11..12 " "
                IDENT@12..13 "x"
                WHITESPACE@13..14 " "
                L_PAREN@14..15 "("
                WHITESPACE@15..16 " "
                IDENT@16..17 "y"
                WHITESPACE@17..18 " "
                R_PAREN@18..19 ")"
                WHITESPACE@19..20 " "
                STRUCT_KW@20..26 "struct"
                WHITESPACE@26..27 " "
                IDENT@27..28 "B"
                SEMICOLON@28..29 ";"
            error 10..11: expected an item: macro expansion ignores this token and any following
        "#]],
    );
    // A path that is not a macro call is where they end too, its tokens in the error node.
    check_entry(
        TopEntryPoint::MacroItems,
        "a::b c!();",
        expect![[r#"
            MACRO_ITEMS@0..10
              ERROR@0..10
                PATH@0..4
                  PATH@0..1
                    PATH_SEGMENT@0..1
                      NAME_REF@0..1
                        IDENT@0..1 "a"
                  COLON2@1..3 "::"
                  PATH_SEGMENT@3..4
                    NAME_REF@3..4
                      IDENT@3..4 "b"
                WHITESPACE@4..5 " "
                IDENT@5..6 "c"
                BANG@6..7 "!"
                L_PAREN@7..8 "("
                R_PAREN@8..9 ")"
                SEMICOLON@9..10 ";"
            error 5..6: expected an item: macro expansion ignores this token and any following
        "#]],
    );
    // Without bodies, the rest is one token.
    check_entry(
        TopEntryPoint::MacroItemsWithoutBodies,
        "struct A; * x ( y ) struct B;",
        expect![[r#"
            MACRO_ITEMS@0..29
              STRUCT@0..9
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "A"
                SEMICOLON@8..9 ";"
              WHITESPACE@9..10 " "
              ERROR@10..29
                SKIPPED_TOKENS@10..29 "* x ( y ) struct B;"
            error 10..11: expected an item: macro expansion ignores this token and any following
        "#]],
    );
}

#[test]
fn prefix_item() {
    check_prefix(
        PrefixEntryPoint::Item,
        "fn f() {} struct S;",
        expect![[r#"
        consumed 6, rest: "struct S ;", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Item,
        "pub struct S; x",
        expect![[r#"
        consumed 4, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Item,
        "m!(x) y",
        expect![[r#"
        consumed 5, rest: "y", errors: ["expected `;`"]
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Item,
        "#[a] mod m {} x",
        expect![[r#"
        consumed 8, rest: "x", errors: []
    "#]],
    );
}

#[test]
fn prefix_visibility() {
    check_prefix(
        PrefixEntryPoint::Vis,
        "pub(crate) fn",
        expect![[r#"
        consumed 4, rest: "fn", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Vis,
        "pub fn",
        expect![[r#"
        consumed 1, rest: "fn", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Vis,
        "pub (u8)",
        expect![[r#"
        consumed 1, rest: "( u8 )", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Vis,
        "pub(in a::b) x",
        expect![[r#"
        consumed 8, rest: "x", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Vis,
        "fn",
        expect![[r#"
        consumed 0, rest: "fn", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::Vis,
        "crate fn",
        expect![[r#"
        consumed 1, rest: "fn", errors: []
    "#]],
    );
}

#[test]
fn more_expressions_that_are_not_items() {
    check(
        "fn f() { gen {} gen move {} async |x| x; const || {}; use || x; static move || {}; default; default::x; }",
        expect![[r#"
            SOURCE_FILE@0..105
              FN@0..105
                FN_KW@0..2 "fn"
                WHITESPACE@2..3 " "
                NAME@3..4
                  IDENT@3..4 "f"
                PARAM_LIST@4..6
                  L_PAREN@4..5 "("
                  R_PAREN@5..6 ")"
                WHITESPACE@6..7 " "
                BLOCK_EXPR@7..105
                  STMT_LIST@7..105
                    L_CURLY@7..8 "{"
                    WHITESPACE@8..9 " "
                    EXPR_STMT@9..15
                      BLOCK_EXPR@9..15
                        GEN_KW@9..12 "gen"
                        WHITESPACE@12..13 " "
                        STMT_LIST@13..15
                          L_CURLY@13..14 "{"
                          R_CURLY@14..15 "}"
                    WHITESPACE@15..16 " "
                    EXPR_STMT@16..27
                      BLOCK_EXPR@16..27
                        GEN_KW@16..19 "gen"
                        WHITESPACE@19..20 " "
                        MOVE_KW@20..24 "move"
                        WHITESPACE@24..25 " "
                        STMT_LIST@25..27
                          L_CURLY@25..26 "{"
                          R_CURLY@26..27 "}"
                    WHITESPACE@27..28 " "
                    EXPR_STMT@28..40
                      CLOSURE_EXPR@28..39
                        ASYNC_KW@28..33 "async"
                        WHITESPACE@33..34 " "
                        PARAM_LIST@34..37
                          PIPE@34..35 "|"
                          PARAM@35..36
                            IDENT_PAT@35..36
                              NAME@35..36
                                IDENT@35..36 "x"
                          PIPE@36..37 "|"
                        WHITESPACE@37..38 " "
                        PATH_EXPR@38..39
                          PATH@38..39
                            PATH_SEGMENT@38..39
                              NAME_REF@38..39
                                IDENT@38..39 "x"
                      SEMICOLON@39..40 ";"
                    WHITESPACE@40..41 " "
                    EXPR_STMT@41..53
                      CLOSURE_EXPR@41..52
                        CONST_KW@41..46 "const"
                        WHITESPACE@46..47 " "
                        PARAM_LIST@47..49
                          PIPE2@47..49 "||"
                        WHITESPACE@49..50 " "
                        BLOCK_EXPR@50..52
                          STMT_LIST@50..52
                            L_CURLY@50..51 "{"
                            R_CURLY@51..52 "}"
                      SEMICOLON@52..53 ";"
                    WHITESPACE@53..54 " "
                    ERROR@54..57
                      USE_KW@54..57 "use"
                    WHITESPACE@57..58 " "
                    EXPR_STMT@58..63
                      CLOSURE_EXPR@58..62
                        PARAM_LIST@58..60
                          PIPE2@58..60 "||"
                        WHITESPACE@60..61 " "
                        PATH_EXPR@61..62
                          PATH@61..62
                            PATH_SEGMENT@61..62
                              NAME_REF@61..62
                                IDENT@61..62 "x"
                      SEMICOLON@62..63 ";"
                    WHITESPACE@63..64 " "
                    EXPR_STMT@64..82
                      CLOSURE_EXPR@64..81
                        STATIC_KW@64..70 "static"
                        WHITESPACE@70..71 " "
                        MOVE_KW@71..75 "move"
                        WHITESPACE@75..76 " "
                        PARAM_LIST@76..78
                          PIPE2@76..78 "||"
                        WHITESPACE@78..79 " "
                        BLOCK_EXPR@79..81
                          STMT_LIST@79..81
                            L_CURLY@79..80 "{"
                            R_CURLY@80..81 "}"
                      SEMICOLON@81..82 ";"
                    WHITESPACE@82..83 " "
                    EXPR_STMT@83..91
                      PATH_EXPR@83..90
                        PATH@83..90
                          PATH_SEGMENT@83..90
                            NAME_REF@83..90
                              IDENT@83..90 "default"
                      SEMICOLON@90..91 ";"
                    WHITESPACE@91..92 " "
                    EXPR_STMT@92..103
                      PATH_EXPR@92..102
                        PATH@92..102
                          PATH@92..99
                            PATH_SEGMENT@92..99
                              NAME_REF@92..99
                                IDENT@92..99 "default"
                          COLON2@99..101 "::"
                          PATH_SEGMENT@101..102
                            NAME_REF@101..102
                              IDENT@101..102 "x"
                      SEMICOLON@102..103 ";"
                    WHITESPACE@103..104 " "
                    R_CURLY@104..105 "}"
            error 16..19: expected `;`
            error 28..33: expected `;`
            error 54..57: expected a statement
        "#]],
    );
}

#[test]
fn raw_identifiers_are_not_contextual_keywords() {
    check(
        "r#union U {}\nr#auto trait T {}",
        expect![[r#"
    SOURCE_FILE@0..30
      ERROR@0..7
        PATH@0..7
          PATH_SEGMENT@0..7
            NAME_REF@0..7
              IDENT@0..7 "r#union"
      WHITESPACE@7..8 " "
      ERROR@8..9
        PATH@8..9
          PATH_SEGMENT@8..9
            NAME_REF@8..9
              IDENT@8..9 "U"
      WHITESPACE@9..10 " "
      ERROR@10..12
        TOKEN_TREE@10..12
          L_CURLY@10..11 "{"
          R_CURLY@11..12 "}"
      WHITESPACE@12..13 "\n"
      ERROR@13..19
        PATH@13..19
          PATH_SEGMENT@13..19
            NAME_REF@13..19
              IDENT@13..19 "r#auto"
      WHITESPACE@19..20 " "
      TRAIT@20..30
        TRAIT_KW@20..25 "trait"
        WHITESPACE@25..26 " "
        NAME@26..27
          IDENT@26..27 "T"
        WHITESPACE@27..28 " "
        ASSOC_ITEM_LIST@28..30
          L_CURLY@28..29 "{"
          R_CURLY@29..30 "}"
    error 0..7: expected an item
    error 8..9: expected an item
    error 10..11: expected an item
    error 13..19: expected an item
"#]],
    );
}

#[test]
fn macro_rules_named_try_in_2015() {
    check_edition(
        Edition::Edition2015,
        "macro_rules! try { () => {} }",
        expect![[r#"
        SOURCE_FILE@0..29
          MACRO_RULES@0..29
            MACRO_RULES_KW@0..11 "macro_rules"
            BANG@11..12 "!"
            WHITESPACE@12..13 " "
            NAME@13..16
              IDENT@13..16 "try"
            WHITESPACE@16..17 " "
            TOKEN_TREE@17..29
              L_CURLY@17..18 "{"
              WHITESPACE@18..19 " "
              TOKEN_TREE@19..21
                L_PAREN@19..20 "("
                R_PAREN@20..21 ")"
              WHITESPACE@21..22 " "
              EQ@22..23 "="
              R_ANGLE@23..24 ">"
              WHITESPACE@24..25 " "
              TOKEN_TREE@25..27
                L_CURLY@25..26 "{"
                R_CURLY@26..27 "}"
              WHITESPACE@27..28 " "
              R_CURLY@28..29 "}"
    "#]],
    );
}

#[test]
fn deeply_nested_modules_are_cut_at_the_nesting_limit() {
    let text = format!("{}{}", "mod m { ".repeat(400), "}".repeat(400));
    let parse = parse_source_file(&text, Edition::LATEST);
    let errors: Vec<_> = parse.errors().iter().map(|error| error.message()).collect();
    assert!(errors.iter().any(|message| message.contains("nested too deeply")), "{:?}", &errors[..errors.len().min(5)]);
}

#[test]
fn deeply_nested_use_trees_are_cut_at_the_nesting_limit() {
    let text = format!("use {}{};", "a::{".repeat(400), "}".repeat(400));
    let parse = parse_source_file(&text, Edition::LATEST);
    let errors: Vec<_> = parse.errors().iter().map(|error| error.message()).collect();
    assert!(errors.iter().any(|message| message.contains("nested too deeply")), "{:?}", &errors[..errors.len().min(5)]);
}

#[test]
fn impl_restrictions() {
    check_ok(
        "pub impl(crate) unsafe trait A {} impl(in super::m) auto trait B {} impl(self) trait C = D; impl () {} impl (u8) {}",
        expect![[r#"
            SOURCE_FILE@0..115
              TRAIT@0..33
                VISIBILITY@0..3
                  PUB_KW@0..3 "pub"
                WHITESPACE@3..4 " "
                IMPL_RESTRICTION@4..15
                  IMPL_KW@4..8 "impl"
                  L_PAREN@8..9 "("
                  PATH@9..14
                    PATH_SEGMENT@9..14
                      NAME_REF@9..14
                        CRATE_KW@9..14 "crate"
                  R_PAREN@14..15 ")"
                WHITESPACE@15..16 " "
                UNSAFE_KW@16..22 "unsafe"
                WHITESPACE@22..23 " "
                TRAIT_KW@23..28 "trait"
                WHITESPACE@28..29 " "
                NAME@29..30
                  IDENT@29..30 "A"
                WHITESPACE@30..31 " "
                ASSOC_ITEM_LIST@31..33
                  L_CURLY@31..32 "{"
                  R_CURLY@32..33 "}"
              WHITESPACE@33..34 " "
              TRAIT@34..67
                IMPL_RESTRICTION@34..51
                  IMPL_KW@34..38 "impl"
                  L_PAREN@38..39 "("
                  IN_KW@39..41 "in"
                  WHITESPACE@41..42 " "
                  PATH@42..50
                    PATH@42..47
                      PATH_SEGMENT@42..47
                        NAME_REF@42..47
                          SUPER_KW@42..47 "super"
                    COLON2@47..49 "::"
                    PATH_SEGMENT@49..50
                      NAME_REF@49..50
                        IDENT@49..50 "m"
                  R_PAREN@50..51 ")"
                WHITESPACE@51..52 " "
                AUTO_KW@52..56 "auto"
                WHITESPACE@56..57 " "
                TRAIT_KW@57..62 "trait"
                WHITESPACE@62..63 " "
                NAME@63..64
                  IDENT@63..64 "B"
                WHITESPACE@64..65 " "
                ASSOC_ITEM_LIST@65..67
                  L_CURLY@65..66 "{"
                  R_CURLY@66..67 "}"
              WHITESPACE@67..68 " "
              TRAIT_ALIAS@68..91
                IMPL_RESTRICTION@68..78
                  IMPL_KW@68..72 "impl"
                  L_PAREN@72..73 "("
                  PATH@73..77
                    PATH_SEGMENT@73..77
                      NAME_REF@73..77
                        SELF_KW@73..77 "self"
                  R_PAREN@77..78 ")"
                WHITESPACE@78..79 " "
                TRAIT_KW@79..84 "trait"
                WHITESPACE@84..85 " "
                NAME@85..86
                  IDENT@85..86 "C"
                WHITESPACE@86..87 " "
                EQ@87..88 "="
                WHITESPACE@88..89 " "
                TYPE_BOUND_LIST@89..90
                  TYPE_BOUND@89..90
                    PATH_TYPE@89..90
                      PATH@89..90
                        PATH_SEGMENT@89..90
                          NAME_REF@89..90
                            IDENT@89..90 "D"
                SEMICOLON@90..91 ";"
              WHITESPACE@91..92 " "
              IMPL@92..102
                IMPL_KW@92..96 "impl"
                WHITESPACE@96..97 " "
                TUPLE_TYPE@97..99
                  L_PAREN@97..98 "("
                  R_PAREN@98..99 ")"
                WHITESPACE@99..100 " "
                ASSOC_ITEM_LIST@100..102
                  L_CURLY@100..101 "{"
                  R_CURLY@101..102 "}"
              WHITESPACE@102..103 " "
              IMPL@103..115
                IMPL_KW@103..107 "impl"
                WHITESPACE@107..108 " "
                PAREN_TYPE@108..112
                  L_PAREN@108..109 "("
                  PATH_TYPE@109..111
                    PATH@109..111
                      PATH_SEGMENT@109..111
                        NAME_REF@109..111
                          IDENT@109..111 "u8"
                  R_PAREN@111..112 ")"
                WHITESPACE@112..113 " "
                ASSOC_ITEM_LIST@113..115
                  L_CURLY@113..114 "{"
                  R_CURLY@114..115 "}"
        "#]],
    );
    check(
        "impl(crate) fn f() {} impl(super) struct S;",
        expect![[r#"
        SOURCE_FILE@0..43
          ERROR@0..11
            IMPL_RESTRICTION@0..11
              IMPL_KW@0..4 "impl"
              L_PAREN@4..5 "("
              PATH@5..10
                PATH_SEGMENT@5..10
                  NAME_REF@5..10
                    CRATE_KW@5..10 "crate"
              R_PAREN@10..11 ")"
          WHITESPACE@11..12 " "
          FN@12..21
            FN_KW@12..14 "fn"
            WHITESPACE@14..15 " "
            NAME@15..16
              IDENT@15..16 "f"
            PARAM_LIST@16..18
              L_PAREN@16..17 "("
              R_PAREN@17..18 ")"
            WHITESPACE@18..19 " "
            BLOCK_EXPR@19..21
              STMT_LIST@19..21
                L_CURLY@19..20 "{"
                R_CURLY@20..21 "}"
          WHITESPACE@21..22 " "
          ERROR@22..33
            IMPL_RESTRICTION@22..33
              IMPL_KW@22..26 "impl"
              L_PAREN@26..27 "("
              PATH@27..32
                PATH_SEGMENT@27..32
                  NAME_REF@27..32
                    SUPER_KW@27..32 "super"
              R_PAREN@32..33 ")"
          WHITESPACE@33..34 " "
          STRUCT@34..43
            STRUCT_KW@34..40 "struct"
            WHITESPACE@40..41 " "
            NAME@41..42
              IDENT@41..42 "S"
            SEMICOLON@42..43 ";"
        error 12..14: expected a trait after the `impl` restriction
        error 34..40: expected a trait after the `impl` restriction
    "#]],
    );
}

#[test]
fn mut_restrictions() {
    check_ok(
        "struct S { pub mut(crate) a: u8, unsafe mut(super) b: u8, mut(self) unsafe c: u8 } struct T(pub(crate) mut(in m) u8, mut(crate) u8);",
        expect![[r#"
            SOURCE_FILE@0..132
              STRUCT@0..82
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "S"
                WHITESPACE@8..9 " "
                RECORD_FIELD_LIST@9..82
                  L_CURLY@9..10 "{"
                  WHITESPACE@10..11 " "
                  RECORD_FIELD@11..31
                    VISIBILITY@11..14
                      PUB_KW@11..14 "pub"
                    WHITESPACE@14..15 " "
                    MUT_RESTRICTION@15..25
                      MUT_KW@15..18 "mut"
                      L_PAREN@18..19 "("
                      PATH@19..24
                        PATH_SEGMENT@19..24
                          NAME_REF@19..24
                            CRATE_KW@19..24 "crate"
                      R_PAREN@24..25 ")"
                    WHITESPACE@25..26 " "
                    NAME@26..27
                      IDENT@26..27 "a"
                    COLON@27..28 ":"
                    WHITESPACE@28..29 " "
                    PATH_TYPE@29..31
                      PATH@29..31
                        PATH_SEGMENT@29..31
                          NAME_REF@29..31
                            IDENT@29..31 "u8"
                  COMMA@31..32 ","
                  WHITESPACE@32..33 " "
                  RECORD_FIELD@33..56
                    UNSAFE_KW@33..39 "unsafe"
                    WHITESPACE@39..40 " "
                    MUT_RESTRICTION@40..50
                      MUT_KW@40..43 "mut"
                      L_PAREN@43..44 "("
                      PATH@44..49
                        PATH_SEGMENT@44..49
                          NAME_REF@44..49
                            SUPER_KW@44..49 "super"
                      R_PAREN@49..50 ")"
                    WHITESPACE@50..51 " "
                    NAME@51..52
                      IDENT@51..52 "b"
                    COLON@52..53 ":"
                    WHITESPACE@53..54 " "
                    PATH_TYPE@54..56
                      PATH@54..56
                        PATH_SEGMENT@54..56
                          NAME_REF@54..56
                            IDENT@54..56 "u8"
                  COMMA@56..57 ","
                  WHITESPACE@57..58 " "
                  RECORD_FIELD@58..80
                    MUT_RESTRICTION@58..67
                      MUT_KW@58..61 "mut"
                      L_PAREN@61..62 "("
                      PATH@62..66
                        PATH_SEGMENT@62..66
                          NAME_REF@62..66
                            SELF_KW@62..66 "self"
                      R_PAREN@66..67 ")"
                    WHITESPACE@67..68 " "
                    UNSAFE_KW@68..74 "unsafe"
                    WHITESPACE@74..75 " "
                    NAME@75..76
                      IDENT@75..76 "c"
                    COLON@76..77 ":"
                    WHITESPACE@77..78 " "
                    PATH_TYPE@78..80
                      PATH@78..80
                        PATH_SEGMENT@78..80
                          NAME_REF@78..80
                            IDENT@78..80 "u8"
                  WHITESPACE@80..81 " "
                  R_CURLY@81..82 "}"
              WHITESPACE@82..83 " "
              STRUCT@83..132
                STRUCT_KW@83..89 "struct"
                WHITESPACE@89..90 " "
                NAME@90..91
                  IDENT@90..91 "T"
                TUPLE_FIELD_LIST@91..131
                  L_PAREN@91..92 "("
                  TUPLE_FIELD@92..115
                    VISIBILITY@92..102
                      PUB_KW@92..95 "pub"
                      L_PAREN@95..96 "("
                      PATH@96..101
                        PATH_SEGMENT@96..101
                          NAME_REF@96..101
                            CRATE_KW@96..101 "crate"
                      R_PAREN@101..102 ")"
                    WHITESPACE@102..103 " "
                    MUT_RESTRICTION@103..112
                      MUT_KW@103..106 "mut"
                      L_PAREN@106..107 "("
                      IN_KW@107..109 "in"
                      WHITESPACE@109..110 " "
                      PATH@110..111
                        PATH_SEGMENT@110..111
                          NAME_REF@110..111
                            IDENT@110..111 "m"
                      R_PAREN@111..112 ")"
                    WHITESPACE@112..113 " "
                    PATH_TYPE@113..115
                      PATH@113..115
                        PATH_SEGMENT@113..115
                          NAME_REF@113..115
                            IDENT@113..115 "u8"
                  COMMA@115..116 ","
                  WHITESPACE@116..117 " "
                  TUPLE_FIELD@117..130
                    MUT_RESTRICTION@117..127
                      MUT_KW@117..120 "mut"
                      L_PAREN@120..121 "("
                      PATH@121..126
                        PATH_SEGMENT@121..126
                          NAME_REF@121..126
                            CRATE_KW@121..126 "crate"
                      R_PAREN@126..127 ")"
                    WHITESPACE@127..128 " "
                    PATH_TYPE@128..130
                      PATH@128..130
                        PATH_SEGMENT@128..130
                          NAME_REF@128..130
                            IDENT@128..130 "u8"
                  R_PAREN@130..131 ")"
                SEMICOLON@131..132 ";"
        "#]],
    );
}

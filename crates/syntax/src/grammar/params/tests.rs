//! Tests of parameter lists (functions, `self`, C variadics, edition 2015 trait methods,
//! function pointers, closures) and return types.

use crate::NodeCache;
use expect_test::{Expect, expect};

use crate::{
    Edition, LexedStr, SyntaxNode,
    build_tree::build_tree,
    check_tree_invariants, debug_dump,
    grammar::{
        check::{check, check_edition, check_ok},
        params,
    },
    parser::{Input, Parser},
};

/// Parses `text` with one grammar rule, for the parameter lists of function pointer types and
/// closures, which the stubs of the type and expression areas do not reach yet.
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
fn fn_params() {
    check_ok(
        "fn f(a: u8, _: u16, b: u32,) -> u64 {}",
        expect![[r#"
        SOURCE_FILE@0..38
          FN@0..38
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..28
              L_PAREN@4..5 "("
              PARAM@5..10
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "a"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                PATH_TYPE@8..10
                  PATH@8..10
                    PATH_SEGMENT@8..10
                      NAME_REF@8..10
                        IDENT@8..10 "u8"
              COMMA@10..11 ","
              WHITESPACE@11..12 " "
              PARAM@12..18
                WILDCARD_PAT@12..13
                  UNDERSCORE@12..13 "_"
                COLON@13..14 ":"
                WHITESPACE@14..15 " "
                PATH_TYPE@15..18
                  PATH@15..18
                    PATH_SEGMENT@15..18
                      NAME_REF@15..18
                        IDENT@15..18 "u16"
              COMMA@18..19 ","
              WHITESPACE@19..20 " "
              PARAM@20..26
                IDENT_PAT@20..21
                  NAME@20..21
                    IDENT@20..21 "b"
                COLON@21..22 ":"
                WHITESPACE@22..23 " "
                PATH_TYPE@23..26
                  PATH@23..26
                    PATH_SEGMENT@23..26
                      NAME_REF@23..26
                        IDENT@23..26 "u32"
              COMMA@26..27 ","
              R_PAREN@27..28 ")"
            WHITESPACE@28..29 " "
            RET_TYPE@29..35
              THIN_ARROW@29..31 "->"
              WHITESPACE@31..32 " "
              PATH_TYPE@32..35
                PATH@32..35
                  PATH_SEGMENT@32..35
                    NAME_REF@32..35
                      IDENT@32..35 "u64"
            WHITESPACE@35..36 " "
            BLOCK_EXPR@36..38
              STMT_LIST@36..38
                L_CURLY@36..37 "{"
                R_CURLY@37..38 "}"
    "#]],
    );
}

#[test]
fn self_params() {
    check_ok(
        "impl S {\n    fn a(self) {}\n    fn b(&self,) {}\n    fn c(&'a self, x: u8) {}\n    fn d(&'a mut self) {}\n    \
         fn e(mut self) {}\n    fn f(&mut self) {}\n    fn g(self: Foo) {}\n    fn h(mut self: Foo) {}\n}\n",
        expect![[r#"
            SOURCE_FILE@0..199
              IMPL@0..198
                IMPL_KW@0..4 "impl"
                WHITESPACE@4..5 " "
                PATH_TYPE@5..6
                  PATH@5..6
                    PATH_SEGMENT@5..6
                      NAME_REF@5..6
                        IDENT@5..6 "S"
                WHITESPACE@6..7 " "
                ASSOC_ITEM_LIST@7..198
                  L_CURLY@7..8 "{"
                  WHITESPACE@8..13 "\n    "
                  FN@13..26
                    FN_KW@13..15 "fn"
                    WHITESPACE@15..16 " "
                    NAME@16..17
                      IDENT@16..17 "a"
                    PARAM_LIST@17..23
                      L_PAREN@17..18 "("
                      SELF_PARAM@18..22
                        NAME@18..22
                          SELF_KW@18..22 "self"
                      R_PAREN@22..23 ")"
                    WHITESPACE@23..24 " "
                    BLOCK_EXPR@24..26
                      STMT_LIST@24..26
                        L_CURLY@24..25 "{"
                        R_CURLY@25..26 "}"
                  WHITESPACE@26..31 "\n    "
                  FN@31..46
                    FN_KW@31..33 "fn"
                    WHITESPACE@33..34 " "
                    NAME@34..35
                      IDENT@34..35 "b"
                    PARAM_LIST@35..43
                      L_PAREN@35..36 "("
                      SELF_PARAM@36..41
                        AMP@36..37 "&"
                        NAME@37..41
                          SELF_KW@37..41 "self"
                      COMMA@41..42 ","
                      R_PAREN@42..43 ")"
                    WHITESPACE@43..44 " "
                    BLOCK_EXPR@44..46
                      STMT_LIST@44..46
                        L_CURLY@44..45 "{"
                        R_CURLY@45..46 "}"
                  WHITESPACE@46..51 "\n    "
                  FN@51..75
                    FN_KW@51..53 "fn"
                    WHITESPACE@53..54 " "
                    NAME@54..55
                      IDENT@54..55 "c"
                    PARAM_LIST@55..72
                      L_PAREN@55..56 "("
                      SELF_PARAM@56..64
                        AMP@56..57 "&"
                        LIFETIME@57..59
                          LIFETIME_IDENT@57..59 "'a"
                        WHITESPACE@59..60 " "
                        NAME@60..64
                          SELF_KW@60..64 "self"
                      COMMA@64..65 ","
                      WHITESPACE@65..66 " "
                      PARAM@66..71
                        IDENT_PAT@66..67
                          NAME@66..67
                            IDENT@66..67 "x"
                        COLON@67..68 ":"
                        WHITESPACE@68..69 " "
                        PATH_TYPE@69..71
                          PATH@69..71
                            PATH_SEGMENT@69..71
                              NAME_REF@69..71
                                IDENT@69..71 "u8"
                      R_PAREN@71..72 ")"
                    WHITESPACE@72..73 " "
                    BLOCK_EXPR@73..75
                      STMT_LIST@73..75
                        L_CURLY@73..74 "{"
                        R_CURLY@74..75 "}"
                  WHITESPACE@75..80 "\n    "
                  FN@80..101
                    FN_KW@80..82 "fn"
                    WHITESPACE@82..83 " "
                    NAME@83..84
                      IDENT@83..84 "d"
                    PARAM_LIST@84..98
                      L_PAREN@84..85 "("
                      SELF_PARAM@85..97
                        AMP@85..86 "&"
                        LIFETIME@86..88
                          LIFETIME_IDENT@86..88 "'a"
                        WHITESPACE@88..89 " "
                        MUT_KW@89..92 "mut"
                        WHITESPACE@92..93 " "
                        NAME@93..97
                          SELF_KW@93..97 "self"
                      R_PAREN@97..98 ")"
                    WHITESPACE@98..99 " "
                    BLOCK_EXPR@99..101
                      STMT_LIST@99..101
                        L_CURLY@99..100 "{"
                        R_CURLY@100..101 "}"
                  WHITESPACE@101..106 "\n    "
                  FN@106..123
                    FN_KW@106..108 "fn"
                    WHITESPACE@108..109 " "
                    NAME@109..110
                      IDENT@109..110 "e"
                    PARAM_LIST@110..120
                      L_PAREN@110..111 "("
                      SELF_PARAM@111..119
                        MUT_KW@111..114 "mut"
                        WHITESPACE@114..115 " "
                        NAME@115..119
                          SELF_KW@115..119 "self"
                      R_PAREN@119..120 ")"
                    WHITESPACE@120..121 " "
                    BLOCK_EXPR@121..123
                      STMT_LIST@121..123
                        L_CURLY@121..122 "{"
                        R_CURLY@122..123 "}"
                  WHITESPACE@123..128 "\n    "
                  FN@128..146
                    FN_KW@128..130 "fn"
                    WHITESPACE@130..131 " "
                    NAME@131..132
                      IDENT@131..132 "f"
                    PARAM_LIST@132..143
                      L_PAREN@132..133 "("
                      SELF_PARAM@133..142
                        AMP@133..134 "&"
                        MUT_KW@134..137 "mut"
                        WHITESPACE@137..138 " "
                        NAME@138..142
                          SELF_KW@138..142 "self"
                      R_PAREN@142..143 ")"
                    WHITESPACE@143..144 " "
                    BLOCK_EXPR@144..146
                      STMT_LIST@144..146
                        L_CURLY@144..145 "{"
                        R_CURLY@145..146 "}"
                  WHITESPACE@146..151 "\n    "
                  FN@151..169
                    FN_KW@151..153 "fn"
                    WHITESPACE@153..154 " "
                    NAME@154..155
                      IDENT@154..155 "g"
                    PARAM_LIST@155..166
                      L_PAREN@155..156 "("
                      SELF_PARAM@156..165
                        NAME@156..160
                          SELF_KW@156..160 "self"
                        COLON@160..161 ":"
                        WHITESPACE@161..162 " "
                        PATH_TYPE@162..165
                          PATH@162..165
                            PATH_SEGMENT@162..165
                              NAME_REF@162..165
                                IDENT@162..165 "Foo"
                      R_PAREN@165..166 ")"
                    WHITESPACE@166..167 " "
                    BLOCK_EXPR@167..169
                      STMT_LIST@167..169
                        L_CURLY@167..168 "{"
                        R_CURLY@168..169 "}"
                  WHITESPACE@169..174 "\n    "
                  FN@174..196
                    FN_KW@174..176 "fn"
                    WHITESPACE@176..177 " "
                    NAME@177..178
                      IDENT@177..178 "h"
                    PARAM_LIST@178..193
                      L_PAREN@178..179 "("
                      SELF_PARAM@179..192
                        MUT_KW@179..182 "mut"
                        WHITESPACE@182..183 " "
                        NAME@183..187
                          SELF_KW@183..187 "self"
                        COLON@187..188 ":"
                        WHITESPACE@188..189 " "
                        PATH_TYPE@189..192
                          PATH@189..192
                            PATH_SEGMENT@189..192
                              NAME_REF@189..192
                                IDENT@189..192 "Foo"
                      R_PAREN@192..193 ")"
                    WHITESPACE@193..194 " "
                    BLOCK_EXPR@194..196
                      STMT_LIST@194..196
                        L_CURLY@194..195 "{"
                        R_CURLY@195..196 "}"
                  WHITESPACE@196..197 "\n"
                  R_CURLY@197..198 "}"
              WHITESPACE@198..199 "\n"
        "#]],
    );
}

#[test]
fn attributes_on_params() {
    check_ok(
        "impl S { fn f(#[a] &self, #[b] #[c] x: u8) {} }",
        expect![[r##"
        SOURCE_FILE@0..47
          IMPL@0..47
            IMPL_KW@0..4 "impl"
            WHITESPACE@4..5 " "
            PATH_TYPE@5..6
              PATH@5..6
                PATH_SEGMENT@5..6
                  NAME_REF@5..6
                    IDENT@5..6 "S"
            WHITESPACE@6..7 " "
            ASSOC_ITEM_LIST@7..47
              L_CURLY@7..8 "{"
              WHITESPACE@8..9 " "
              FN@9..45
                FN_KW@9..11 "fn"
                WHITESPACE@11..12 " "
                NAME@12..13
                  IDENT@12..13 "f"
                PARAM_LIST@13..42
                  L_PAREN@13..14 "("
                  SELF_PARAM@14..24
                    ATTR@14..18
                      POUND@14..15 "#"
                      L_BRACK@15..16 "["
                      META@16..17
                        PATH@16..17
                          PATH_SEGMENT@16..17
                            NAME_REF@16..17
                              IDENT@16..17 "a"
                      R_BRACK@17..18 "]"
                    WHITESPACE@18..19 " "
                    AMP@19..20 "&"
                    NAME@20..24
                      SELF_KW@20..24 "self"
                  COMMA@24..25 ","
                  WHITESPACE@25..26 " "
                  PARAM@26..41
                    ATTR@26..30
                      POUND@26..27 "#"
                      L_BRACK@27..28 "["
                      META@28..29
                        PATH@28..29
                          PATH_SEGMENT@28..29
                            NAME_REF@28..29
                              IDENT@28..29 "b"
                      R_BRACK@29..30 "]"
                    WHITESPACE@30..31 " "
                    ATTR@31..35
                      POUND@31..32 "#"
                      L_BRACK@32..33 "["
                      META@33..34
                        PATH@33..34
                          PATH_SEGMENT@33..34
                            NAME_REF@33..34
                              IDENT@33..34 "c"
                      R_BRACK@34..35 "]"
                    WHITESPACE@35..36 " "
                    IDENT_PAT@36..37
                      NAME@36..37
                        IDENT@36..37 "x"
                    COLON@37..38 ":"
                    WHITESPACE@38..39 " "
                    PATH_TYPE@39..41
                      PATH@39..41
                        PATH_SEGMENT@39..41
                          NAME_REF@39..41
                            IDENT@39..41 "u8"
                  R_PAREN@41..42 ")"
                WHITESPACE@42..43 " "
                BLOCK_EXPR@43..45
                  STMT_LIST@43..45
                    L_CURLY@43..44 "{"
                    R_CURLY@44..45 "}"
              WHITESPACE@45..46 " "
              R_CURLY@46..47 "}"
    "##]],
    );
}

#[test]
fn c_variadic_params() {
    check_ok(
        "extern \"C\" { fn f(x: u8, ...); fn g(x: u8, args: ...); }\nunsafe extern \"C\" fn h(x: u8, args: ...) {}",
        expect![[r#"
        SOURCE_FILE@0..100
          EXTERN_BLOCK@0..56
            ABI@0..10
              EXTERN_KW@0..6 "extern"
              WHITESPACE@6..7 " "
              STRING@7..10 "\"C\""
            WHITESPACE@10..11 " "
            EXTERN_ITEM_LIST@11..56
              L_CURLY@11..12 "{"
              WHITESPACE@12..13 " "
              FN@13..30
                FN_KW@13..15 "fn"
                WHITESPACE@15..16 " "
                NAME@16..17
                  IDENT@16..17 "f"
                PARAM_LIST@17..29
                  L_PAREN@17..18 "("
                  PARAM@18..23
                    IDENT_PAT@18..19
                      NAME@18..19
                        IDENT@18..19 "x"
                    COLON@19..20 ":"
                    WHITESPACE@20..21 " "
                    PATH_TYPE@21..23
                      PATH@21..23
                        PATH_SEGMENT@21..23
                          NAME_REF@21..23
                            IDENT@21..23 "u8"
                  COMMA@23..24 ","
                  WHITESPACE@24..25 " "
                  PARAM@25..28
                    DOT3@25..28 "..."
                  R_PAREN@28..29 ")"
                SEMICOLON@29..30 ";"
              WHITESPACE@30..31 " "
              FN@31..54
                FN_KW@31..33 "fn"
                WHITESPACE@33..34 " "
                NAME@34..35
                  IDENT@34..35 "g"
                PARAM_LIST@35..53
                  L_PAREN@35..36 "("
                  PARAM@36..41
                    IDENT_PAT@36..37
                      NAME@36..37
                        IDENT@36..37 "x"
                    COLON@37..38 ":"
                    WHITESPACE@38..39 " "
                    PATH_TYPE@39..41
                      PATH@39..41
                        PATH_SEGMENT@39..41
                          NAME_REF@39..41
                            IDENT@39..41 "u8"
                  COMMA@41..42 ","
                  WHITESPACE@42..43 " "
                  PARAM@43..52
                    IDENT_PAT@43..47
                      NAME@43..47
                        IDENT@43..47 "args"
                    COLON@47..48 ":"
                    WHITESPACE@48..49 " "
                    DOT3@49..52 "..."
                  R_PAREN@52..53 ")"
                SEMICOLON@53..54 ";"
              WHITESPACE@54..55 " "
              R_CURLY@55..56 "}"
          WHITESPACE@56..57 "\n"
          FN@57..100
            UNSAFE_KW@57..63 "unsafe"
            WHITESPACE@63..64 " "
            ABI@64..74
              EXTERN_KW@64..70 "extern"
              WHITESPACE@70..71 " "
              STRING@71..74 "\"C\""
            WHITESPACE@74..75 " "
            FN_KW@75..77 "fn"
            WHITESPACE@77..78 " "
            NAME@78..79
              IDENT@78..79 "h"
            PARAM_LIST@79..97
              L_PAREN@79..80 "("
              PARAM@80..85
                IDENT_PAT@80..81
                  NAME@80..81
                    IDENT@80..81 "x"
                COLON@81..82 ":"
                WHITESPACE@82..83 " "
                PATH_TYPE@83..85
                  PATH@83..85
                    PATH_SEGMENT@83..85
                      NAME_REF@83..85
                        IDENT@83..85 "u8"
              COMMA@85..86 ","
              WHITESPACE@86..87 " "
              PARAM@87..96
                IDENT_PAT@87..91
                  NAME@87..91
                    IDENT@87..91 "args"
                COLON@91..92 ":"
                WHITESPACE@92..93 " "
                DOT3@93..96 "..."
              R_PAREN@96..97 ")"
            WHITESPACE@97..98 " "
            BLOCK_EXPR@98..100
              STMT_LIST@98..100
                L_CURLY@98..99 "{"
                R_CURLY@99..100 "}"
    "#]],
    );
}

#[test]
fn anonymous_params_in_2015_trait_methods() {
    check_edition(
        Edition::Edition2015,
        "trait T { fn f(&self, u8, x: u16, Foo); fn g(_: u8, a::B); }",
        expect![[r#"
        SOURCE_FILE@0..60
          TRAIT@0..60
            TRAIT_KW@0..5 "trait"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "T"
            WHITESPACE@7..8 " "
            ASSOC_ITEM_LIST@8..60
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              FN@10..39
                FN_KW@10..12 "fn"
                WHITESPACE@12..13 " "
                NAME@13..14
                  IDENT@13..14 "f"
                PARAM_LIST@14..38
                  L_PAREN@14..15 "("
                  SELF_PARAM@15..20
                    AMP@15..16 "&"
                    NAME@16..20
                      SELF_KW@16..20 "self"
                  COMMA@20..21 ","
                  WHITESPACE@21..22 " "
                  PARAM@22..24
                    PATH_TYPE@22..24
                      PATH@22..24
                        PATH_SEGMENT@22..24
                          NAME_REF@22..24
                            IDENT@22..24 "u8"
                  COMMA@24..25 ","
                  WHITESPACE@25..26 " "
                  PARAM@26..32
                    IDENT_PAT@26..27
                      NAME@26..27
                        IDENT@26..27 "x"
                    COLON@27..28 ":"
                    WHITESPACE@28..29 " "
                    PATH_TYPE@29..32
                      PATH@29..32
                        PATH_SEGMENT@29..32
                          NAME_REF@29..32
                            IDENT@29..32 "u16"
                  COMMA@32..33 ","
                  WHITESPACE@33..34 " "
                  PARAM@34..37
                    PATH_TYPE@34..37
                      PATH@34..37
                        PATH_SEGMENT@34..37
                          NAME_REF@34..37
                            IDENT@34..37 "Foo"
                  R_PAREN@37..38 ")"
                SEMICOLON@38..39 ";"
              WHITESPACE@39..40 " "
              FN@40..58
                FN_KW@40..42 "fn"
                WHITESPACE@42..43 " "
                NAME@43..44
                  IDENT@43..44 "g"
                PARAM_LIST@44..57
                  L_PAREN@44..45 "("
                  PARAM@45..50
                    WILDCARD_PAT@45..46
                      UNDERSCORE@45..46 "_"
                    COLON@46..47 ":"
                    WHITESPACE@47..48 " "
                    PATH_TYPE@48..50
                      PATH@48..50
                        PATH_SEGMENT@48..50
                          NAME_REF@48..50
                            IDENT@48..50 "u8"
                  COMMA@50..51 ","
                  WHITESPACE@51..52 " "
                  PARAM@52..56
                    PATH_TYPE@52..56
                      PATH@52..56
                        PATH@52..53
                          PATH_SEGMENT@52..53
                            NAME_REF@52..53
                              IDENT@52..53 "a"
                        COLON2@53..55 "::"
                        PATH_SEGMENT@55..56
                          NAME_REF@55..56
                            IDENT@55..56 "B"
                  R_PAREN@56..57 ")"
                SEMICOLON@57..58 ";"
              WHITESPACE@58..59 " "
              R_CURLY@59..60 "}"
    "#]],
    );
}

#[test]
fn anonymous_params_are_errors_since_2018() {
    check_edition(
        Edition::Edition2018,
        "trait T { fn f(u8); }",
        expect![[r#"
        SOURCE_FILE@0..21
          TRAIT@0..21
            TRAIT_KW@0..5 "trait"
            WHITESPACE@5..6 " "
            NAME@6..7
              IDENT@6..7 "T"
            WHITESPACE@7..8 " "
            ASSOC_ITEM_LIST@8..21
              L_CURLY@8..9 "{"
              WHITESPACE@9..10 " "
              FN@10..19
                FN_KW@10..12 "fn"
                WHITESPACE@12..13 " "
                NAME@13..14
                  IDENT@13..14 "f"
                PARAM_LIST@14..18
                  L_PAREN@14..15 "("
                  PARAM@15..17
                    IDENT_PAT@15..17
                      NAME@15..17
                        IDENT@15..17 "u8"
                  R_PAREN@17..18 ")"
                SEMICOLON@18..19 ";"
              WHITESPACE@19..20 " "
              R_CURLY@20..21 "}"
        error 17..18: missing type for function parameter
    "#]],
    );
}

#[test]
fn param_recovery() {
    check(
        "fn f(x: u8 y: u8, z, @, #[a]) {}\nfn g(x: u8, self) {}\nfn h(x: u8;\nfn i(,) {}",
        expect![[r##"
        SOURCE_FILE@0..76
          FN@0..32
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            PARAM_LIST@4..29
              L_PAREN@4..5 "("
              PARAM@5..10
                IDENT_PAT@5..6
                  NAME@5..6
                    IDENT@5..6 "x"
                COLON@6..7 ":"
                WHITESPACE@7..8 " "
                PATH_TYPE@8..10
                  PATH@8..10
                    PATH_SEGMENT@8..10
                      NAME_REF@8..10
                        IDENT@8..10 "u8"
              WHITESPACE@10..11 " "
              PARAM@11..16
                IDENT_PAT@11..12
                  NAME@11..12
                    IDENT@11..12 "y"
                COLON@12..13 ":"
                WHITESPACE@13..14 " "
                PATH_TYPE@14..16
                  PATH@14..16
                    PATH_SEGMENT@14..16
                      NAME_REF@14..16
                        IDENT@14..16 "u8"
              COMMA@16..17 ","
              WHITESPACE@17..18 " "
              PARAM@18..19
                IDENT_PAT@18..19
                  NAME@18..19
                    IDENT@18..19 "z"
              COMMA@19..20 ","
              WHITESPACE@20..21 " "
              ERROR@21..22
                AT@21..22 "@"
              COMMA@22..23 ","
              WHITESPACE@23..24 " "
              PARAM@24..28
                ATTR@24..28
                  POUND@24..25 "#"
                  L_BRACK@25..26 "["
                  META@26..27
                    PATH@26..27
                      PATH_SEGMENT@26..27
                        NAME_REF@26..27
                          IDENT@26..27 "a"
                  R_BRACK@27..28 "]"
              R_PAREN@28..29 ")"
            WHITESPACE@29..30 " "
            BLOCK_EXPR@30..32
              STMT_LIST@30..32
                L_CURLY@30..31 "{"
                R_CURLY@31..32 "}"
          WHITESPACE@32..33 "\n"
          FN@33..53
            FN_KW@33..35 "fn"
            WHITESPACE@35..36 " "
            NAME@36..37
              IDENT@36..37 "g"
            PARAM_LIST@37..50
              L_PAREN@37..38 "("
              PARAM@38..43
                IDENT_PAT@38..39
                  NAME@38..39
                    IDENT@38..39 "x"
                COLON@39..40 ":"
                WHITESPACE@40..41 " "
                PATH_TYPE@41..43
                  PATH@41..43
                    PATH_SEGMENT@41..43
                      NAME_REF@41..43
                        IDENT@41..43 "u8"
              COMMA@43..44 ","
              WHITESPACE@44..45 " "
              SELF_PARAM@45..49
                NAME@45..49
                  SELF_KW@45..49 "self"
              R_PAREN@49..50 ")"
            WHITESPACE@50..51 " "
            BLOCK_EXPR@51..53
              STMT_LIST@51..53
                L_CURLY@51..52 "{"
                R_CURLY@52..53 "}"
          WHITESPACE@53..54 "\n"
          FN@54..65
            FN_KW@54..56 "fn"
            WHITESPACE@56..57 " "
            NAME@57..58
              IDENT@57..58 "h"
            PARAM_LIST@58..64
              L_PAREN@58..59 "("
              PARAM@59..64
                IDENT_PAT@59..60
                  NAME@59..60
                    IDENT@59..60 "x"
                COLON@60..61 ":"
                WHITESPACE@61..62 " "
                PATH_TYPE@62..64
                  PATH@62..64
                    PATH_SEGMENT@62..64
                      NAME_REF@62..64
                        IDENT@62..64 "u8"
            SEMICOLON@64..65 ";"
          WHITESPACE@65..66 "\n"
          FN@66..76
            FN_KW@66..68 "fn"
            WHITESPACE@68..69 " "
            NAME@69..70
              IDENT@69..70 "i"
            PARAM_LIST@70..73
              L_PAREN@70..71 "("
              ERROR@71..72
                COMMA@71..72 ","
              R_PAREN@72..73 ")"
            WHITESPACE@73..74 " "
            BLOCK_EXPR@74..76
              STMT_LIST@74..76
                L_CURLY@74..75 "{"
                R_CURLY@75..76 "}"
        error 11..12: expected `,`
        error 19..20: missing type for function parameter
        error 21..22: expected a parameter
        error 28..29: expected a parameter after the attributes
        error 45..49: `self` must be the first parameter
        error 64..65: expected `)`
        error 71..72: expected a parameter
    "##]],
    );
}

#[test]
fn fn_pointer_params() {
    check_rule(
        params::param_list_fn_ptr,
        "(u8, name: u16, _: u32, a::B, ...)",
        expect![[r#"
        PARAM_LIST@0..34
          L_PAREN@0..1 "("
          PARAM@1..3
            PATH_TYPE@1..3
              PATH@1..3
                PATH_SEGMENT@1..3
                  NAME_REF@1..3
                    IDENT@1..3 "u8"
          COMMA@3..4 ","
          WHITESPACE@4..5 " "
          PARAM@5..14
            IDENT_PAT@5..9
              NAME@5..9
                IDENT@5..9 "name"
            COLON@9..10 ":"
            WHITESPACE@10..11 " "
            PATH_TYPE@11..14
              PATH@11..14
                PATH_SEGMENT@11..14
                  NAME_REF@11..14
                    IDENT@11..14 "u16"
          COMMA@14..15 ","
          WHITESPACE@15..16 " "
          PARAM@16..22
            WILDCARD_PAT@16..17
              UNDERSCORE@16..17 "_"
            COLON@17..18 ":"
            WHITESPACE@18..19 " "
            PATH_TYPE@19..22
              PATH@19..22
                PATH_SEGMENT@19..22
                  NAME_REF@19..22
                    IDENT@19..22 "u32"
          COMMA@22..23 ","
          WHITESPACE@23..24 " "
          PARAM@24..28
            PATH_TYPE@24..28
              PATH@24..28
                PATH@24..25
                  PATH_SEGMENT@24..25
                    NAME_REF@24..25
                      IDENT@24..25 "a"
                COLON2@25..27 "::"
                PATH_SEGMENT@27..28
                  NAME_REF@27..28
                    IDENT@27..28 "B"
          COMMA@28..29 ","
          WHITESPACE@29..30 " "
          PARAM@30..33
            DOT3@30..33 "..."
          R_PAREN@33..34 ")"
    "#]],
    );
    check_rule(
        params::param_list_fn_ptr,
        "()",
        expect![[r#"
        PARAM_LIST@0..2
          L_PAREN@0..1 "("
          R_PAREN@1..2 ")"
    "#]],
    );
}

#[test]
fn closure_params() {
    check_rule(
        params::param_list_closure,
        "|a, b: u32, _, #[attr] c|",
        expect![[r##"
        PARAM_LIST@0..25
          PIPE@0..1 "|"
          PARAM@1..2
            IDENT_PAT@1..2
              NAME@1..2
                IDENT@1..2 "a"
          COMMA@2..3 ","
          WHITESPACE@3..4 " "
          PARAM@4..10
            IDENT_PAT@4..5
              NAME@4..5
                IDENT@4..5 "b"
            COLON@5..6 ":"
            WHITESPACE@6..7 " "
            PATH_TYPE@7..10
              PATH@7..10
                PATH_SEGMENT@7..10
                  NAME_REF@7..10
                    IDENT@7..10 "u32"
          COMMA@10..11 ","
          WHITESPACE@11..12 " "
          PARAM@12..13
            WILDCARD_PAT@12..13
              UNDERSCORE@12..13 "_"
          COMMA@13..14 ","
          WHITESPACE@14..15 " "
          PARAM@15..24
            ATTR@15..22
              POUND@15..16 "#"
              L_BRACK@16..17 "["
              META@17..21
                PATH@17..21
                  PATH_SEGMENT@17..21
                    NAME_REF@17..21
                      IDENT@17..21 "attr"
              R_BRACK@21..22 "]"
            WHITESPACE@22..23 " "
            IDENT_PAT@23..24
              NAME@23..24
                IDENT@23..24 "c"
          PIPE@24..25 "|"
    "##]],
    );
    check_rule(
        params::param_list_closure,
        "||",
        expect![[r#"
        PARAM_LIST@0..2
          PIPE2@0..2 "||"
    "#]],
    );
    check_rule(
        params::param_list_closure,
        "| |",
        expect![[r#"
        PARAM_LIST@0..3
          PIPE@0..1 "|"
          WHITESPACE@1..2 " "
          PIPE@2..3 "|"
    "#]],
    );
    check_rule(
        params::param_list_closure,
        "|a: u8, |",
        expect![[r#"
        PARAM_LIST@0..9
          PIPE@0..1 "|"
          PARAM@1..6
            IDENT_PAT@1..2
              NAME@1..2
                IDENT@1..2 "a"
            COLON@2..3 ":"
            WHITESPACE@3..4 " "
            PATH_TYPE@4..6
              PATH@4..6
                PATH_SEGMENT@4..6
                  NAME_REF@4..6
                    IDENT@4..6 "u8"
          COMMA@6..7 ","
          WHITESPACE@7..8 " "
          PIPE@8..9 "|"
    "#]],
    );
}

#[test]
fn closure_param_recovery() {
    check_rule(
        params::param_list_closure,
        "|a b, *|",
        expect![[r#"
        PARAM_LIST@0..8
          PIPE@0..1 "|"
          PARAM@1..2
            IDENT_PAT@1..2
              NAME@1..2
                IDENT@1..2 "a"
          WHITESPACE@2..3 " "
          PARAM@3..4
            IDENT_PAT@3..4
              NAME@3..4
                IDENT@3..4 "b"
          COMMA@4..5 ","
          WHITESPACE@5..6 " "
          ERROR@6..7
            STAR@6..7 "*"
          PIPE@7..8 "|"
        error 3..4: expected `,`
        error 6..7: expected a parameter
    "#]],
    );
    check_rule(
        params::param_list_closure,
        "|a",
        expect![[r#"
        PARAM_LIST@0..2
          PIPE@0..1 "|"
          PARAM@1..2
            IDENT_PAT@1..2
              NAME@1..2
                IDENT@1..2 "a"
        error 2..2: expected `|`
    "#]],
    );
}

#[test]
fn ret_types() {
    check_ok(
        "fn f() -> u8 {}\nfn g() -> () {}",
        expect![[r#"
        SOURCE_FILE@0..31
          FN@0..15
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
            WHITESPACE@12..13 " "
            BLOCK_EXPR@13..15
              STMT_LIST@13..15
                L_CURLY@13..14 "{"
                R_CURLY@14..15 "}"
          WHITESPACE@15..16 "\n"
          FN@16..31
            FN_KW@16..18 "fn"
            WHITESPACE@18..19 " "
            NAME@19..20
              IDENT@19..20 "g"
            PARAM_LIST@20..22
              L_PAREN@20..21 "("
              R_PAREN@21..22 ")"
            WHITESPACE@22..23 " "
            RET_TYPE@23..28
              THIN_ARROW@23..25 "->"
              WHITESPACE@25..26 " "
              TUPLE_TYPE@26..28
                L_PAREN@26..27 "("
                R_PAREN@27..28 ")"
            WHITESPACE@28..29 " "
            BLOCK_EXPR@29..31
              STMT_LIST@29..31
                L_CURLY@29..30 "{"
                R_CURLY@30..31 "}"
    "#]],
    );
    check_rule(
        |p| {
            params::opt_ret_type(p);
        },
        "-> u8",
        expect![[r#"
            RET_TYPE@0..5
              THIN_ARROW@0..2 "->"
              WHITESPACE@2..3 " "
              PATH_TYPE@3..5
                PATH@3..5
                  PATH_SEGMENT@3..5
                    NAME_REF@3..5
                      IDENT@3..5 "u8"
        "#]],
    );
}

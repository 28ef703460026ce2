//! Tests of attributes: outer and inner, the forms of meta items, where attributes go.

use expect_test::expect;

use crate::grammar::{
    PrefixEntryPoint, TopEntryPoint,
    check::{check, check_entry, check_ok, check_prefix},
};

#[test]
fn inner_and_outer_attributes() {
    check_ok(
        "#![no_std]\n#![allow(dead_code)]\n\n#[inline]\n#[derive(Debug)]\nfn f() {}\n",
        expect![[r##"
        SOURCE_FILE@0..70
          ATTR@0..10
            POUND@0..1 "#"
            BANG@1..2 "!"
            L_BRACK@2..3 "["
            META@3..9
              PATH@3..9
                PATH_SEGMENT@3..9
                  NAME_REF@3..9
                    IDENT@3..9 "no_std"
            R_BRACK@9..10 "]"
          WHITESPACE@10..11 "\n"
          ATTR@11..31
            POUND@11..12 "#"
            BANG@12..13 "!"
            L_BRACK@13..14 "["
            META@14..30
              PATH@14..19
                PATH_SEGMENT@14..19
                  NAME_REF@14..19
                    IDENT@14..19 "allow"
              TOKEN_TREE@19..30
                L_PAREN@19..20 "("
                IDENT@20..29 "dead_code"
                R_PAREN@29..30 ")"
            R_BRACK@30..31 "]"
          WHITESPACE@31..33 "\n\n"
          FN@33..69
            ATTR@33..42
              POUND@33..34 "#"
              L_BRACK@34..35 "["
              META@35..41
                PATH@35..41
                  PATH_SEGMENT@35..41
                    NAME_REF@35..41
                      IDENT@35..41 "inline"
              R_BRACK@41..42 "]"
            WHITESPACE@42..43 "\n"
            ATTR@43..59
              POUND@43..44 "#"
              L_BRACK@44..45 "["
              META@45..58
                PATH@45..51
                  PATH_SEGMENT@45..51
                    NAME_REF@45..51
                      IDENT@45..51 "derive"
                TOKEN_TREE@51..58
                  L_PAREN@51..52 "("
                  IDENT@52..57 "Debug"
                  R_PAREN@57..58 ")"
              R_BRACK@58..59 "]"
            WHITESPACE@59..60 "\n"
            FN_KW@60..62 "fn"
            WHITESPACE@62..63 " "
            NAME@63..64
              IDENT@63..64 "f"
            PARAM_LIST@64..66
              L_PAREN@64..65 "("
              R_PAREN@65..66 ")"
            WHITESPACE@66..67 " "
            BLOCK_EXPR@67..69
              STMT_LIST@67..69
                L_CURLY@67..68 "{"
                R_CURLY@68..69 "}"
          WHITESPACE@69..70 "\n"
    "##]],
    );
}

#[test]
fn meta_forms() {
    check_ok(
        "#[a]\n#[a::b]\n#[a = \"x\"]\n#[a::b = 1]\n#[a(b c)]\n#[a[b c]]\n#[a{b c}]\n#[::a]\nfn f() {}\n",
        expect![[r##"
            SOURCE_FILE@0..83
              FN@0..82
                ATTR@0..4
                  POUND@0..1 "#"
                  L_BRACK@1..2 "["
                  META@2..3
                    PATH@2..3
                      PATH_SEGMENT@2..3
                        NAME_REF@2..3
                          IDENT@2..3 "a"
                  R_BRACK@3..4 "]"
                WHITESPACE@4..5 "\n"
                ATTR@5..12
                  POUND@5..6 "#"
                  L_BRACK@6..7 "["
                  META@7..11
                    PATH@7..11
                      PATH@7..8
                        PATH_SEGMENT@7..8
                          NAME_REF@7..8
                            IDENT@7..8 "a"
                      COLON2@8..10 "::"
                      PATH_SEGMENT@10..11
                        NAME_REF@10..11
                          IDENT@10..11 "b"
                  R_BRACK@11..12 "]"
                WHITESPACE@12..13 "\n"
                ATTR@13..23
                  POUND@13..14 "#"
                  L_BRACK@14..15 "["
                  META@15..22
                    PATH@15..16
                      PATH_SEGMENT@15..16
                        NAME_REF@15..16
                          IDENT@15..16 "a"
                    WHITESPACE@16..17 " "
                    EQ@17..18 "="
                    WHITESPACE@18..19 " "
                    LITERAL@19..22
                      STRING@19..22 "\"x\""
                  R_BRACK@22..23 "]"
                WHITESPACE@23..24 "\n"
                ATTR@24..35
                  POUND@24..25 "#"
                  L_BRACK@25..26 "["
                  META@26..34
                    PATH@26..30
                      PATH@26..27
                        PATH_SEGMENT@26..27
                          NAME_REF@26..27
                            IDENT@26..27 "a"
                      COLON2@27..29 "::"
                      PATH_SEGMENT@29..30
                        NAME_REF@29..30
                          IDENT@29..30 "b"
                    WHITESPACE@30..31 " "
                    EQ@31..32 "="
                    WHITESPACE@32..33 " "
                    LITERAL@33..34
                      INT_NUMBER@33..34 "1"
                  R_BRACK@34..35 "]"
                WHITESPACE@35..36 "\n"
                ATTR@36..45
                  POUND@36..37 "#"
                  L_BRACK@37..38 "["
                  META@38..44
                    PATH@38..39
                      PATH_SEGMENT@38..39
                        NAME_REF@38..39
                          IDENT@38..39 "a"
                    TOKEN_TREE@39..44
                      L_PAREN@39..40 "("
                      IDENT@40..41 "b"
                      WHITESPACE@41..42 " "
                      IDENT@42..43 "c"
                      R_PAREN@43..44 ")"
                  R_BRACK@44..45 "]"
                WHITESPACE@45..46 "\n"
                ATTR@46..55
                  POUND@46..47 "#"
                  L_BRACK@47..48 "["
                  META@48..54
                    PATH@48..49
                      PATH_SEGMENT@48..49
                        NAME_REF@48..49
                          IDENT@48..49 "a"
                    TOKEN_TREE@49..54
                      L_BRACK@49..50 "["
                      IDENT@50..51 "b"
                      WHITESPACE@51..52 " "
                      IDENT@52..53 "c"
                      R_BRACK@53..54 "]"
                  R_BRACK@54..55 "]"
                WHITESPACE@55..56 "\n"
                ATTR@56..65
                  POUND@56..57 "#"
                  L_BRACK@57..58 "["
                  META@58..64
                    PATH@58..59
                      PATH_SEGMENT@58..59
                        NAME_REF@58..59
                          IDENT@58..59 "a"
                    TOKEN_TREE@59..64
                      L_CURLY@59..60 "{"
                      IDENT@60..61 "b"
                      WHITESPACE@61..62 " "
                      IDENT@62..63 "c"
                      R_CURLY@63..64 "}"
                  R_BRACK@64..65 "]"
                WHITESPACE@65..66 "\n"
                ATTR@66..72
                  POUND@66..67 "#"
                  L_BRACK@67..68 "["
                  META@68..71
                    PATH@68..71
                      PATH_SEGMENT@68..71
                        COLON2@68..70 "::"
                        NAME_REF@70..71
                          IDENT@70..71 "a"
                  R_BRACK@71..72 "]"
                WHITESPACE@72..73 "\n"
                FN_KW@73..75 "fn"
                WHITESPACE@75..76 " "
                NAME@76..77
                  IDENT@76..77 "f"
                PARAM_LIST@77..79
                  L_PAREN@77..78 "("
                  R_PAREN@78..79 ")"
                WHITESPACE@79..80 " "
                BLOCK_EXPR@80..82
                  STMT_LIST@80..82
                    L_CURLY@80..81 "{"
                    R_CURLY@81..82 "}"
              WHITESPACE@82..83 "\n"
        "##]],
    );
}

#[test]
fn unsafe_meta() {
    check_ok(
        "#[unsafe(no_mangle)]\n#[unsafe(export_name = \"x\")]\n#[unsafe(link_section(x))]\nfn f() {}\n",
        expect![[r##"
        SOURCE_FILE@0..87
          FN@0..86
            ATTR@0..20
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..19
                UNSAFE_KW@2..8 "unsafe"
                L_PAREN@8..9 "("
                PATH@9..18
                  PATH_SEGMENT@9..18
                    NAME_REF@9..18
                      IDENT@9..18 "no_mangle"
                R_PAREN@18..19 ")"
              R_BRACK@19..20 "]"
            WHITESPACE@20..21 "\n"
            ATTR@21..49
              POUND@21..22 "#"
              L_BRACK@22..23 "["
              META@23..48
                UNSAFE_KW@23..29 "unsafe"
                L_PAREN@29..30 "("
                PATH@30..41
                  PATH_SEGMENT@30..41
                    NAME_REF@30..41
                      IDENT@30..41 "export_name"
                WHITESPACE@41..42 " "
                EQ@42..43 "="
                WHITESPACE@43..44 " "
                LITERAL@44..47
                  STRING@44..47 "\"x\""
                R_PAREN@47..48 ")"
              R_BRACK@48..49 "]"
            WHITESPACE@49..50 "\n"
            ATTR@50..76
              POUND@50..51 "#"
              L_BRACK@51..52 "["
              META@52..75
                UNSAFE_KW@52..58 "unsafe"
                L_PAREN@58..59 "("
                PATH@59..71
                  PATH_SEGMENT@59..71
                    NAME_REF@59..71
                      IDENT@59..71 "link_section"
                TOKEN_TREE@71..74
                  L_PAREN@71..72 "("
                  IDENT@72..73 "x"
                  R_PAREN@73..74 ")"
                R_PAREN@74..75 ")"
              R_BRACK@75..76 "]"
            WHITESPACE@76..77 "\n"
            FN_KW@77..79 "fn"
            WHITESPACE@79..80 " "
            NAME@80..81
              IDENT@80..81 "f"
            PARAM_LIST@81..83
              L_PAREN@81..82 "("
              R_PAREN@82..83 ")"
            WHITESPACE@83..84 " "
            BLOCK_EXPR@84..86
              STMT_LIST@84..86
                L_CURLY@84..85 "{"
                R_CURLY@85..86 "}"
          WHITESPACE@86..87 "\n"
    "##]],
    );
}

#[test]
fn cfg_attr_is_a_meta_with_a_token_tree() {
    check_ok(
        "#[cfg_attr(feature = \"x\", derive(Debug), inline)]\nfn f() {}",
        expect![[r##"
        SOURCE_FILE@0..59
          FN@0..59
            ATTR@0..49
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..48
                PATH@2..10
                  PATH_SEGMENT@2..10
                    NAME_REF@2..10
                      IDENT@2..10 "cfg_attr"
                TOKEN_TREE@10..48
                  L_PAREN@10..11 "("
                  IDENT@11..18 "feature"
                  WHITESPACE@18..19 " "
                  EQ@19..20 "="
                  WHITESPACE@20..21 " "
                  STRING@21..24 "\"x\""
                  COMMA@24..25 ","
                  WHITESPACE@25..26 " "
                  IDENT@26..32 "derive"
                  TOKEN_TREE@32..39
                    L_PAREN@32..33 "("
                    IDENT@33..38 "Debug"
                    R_PAREN@38..39 ")"
                  COMMA@39..40 ","
                  WHITESPACE@40..41 " "
                  IDENT@41..47 "inline"
                  R_PAREN@47..48 ")"
              R_BRACK@48..49 "]"
            WHITESPACE@49..50 "\n"
            FN_KW@50..52 "fn"
            WHITESPACE@52..53 " "
            NAME@53..54
              IDENT@53..54 "f"
            PARAM_LIST@54..56
              L_PAREN@54..55 "("
              R_PAREN@55..56 ")"
            WHITESPACE@56..57 " "
            BLOCK_EXPR@57..59
              STMT_LIST@57..59
                L_CURLY@57..58 "{"
                R_CURLY@58..59 "}"
    "##]],
    );
}

#[test]
fn doc_comments_are_trivia() {
    check_ok(
        "//! Crate docs.\n\n/// Docs.\n#[inline]\n/** More. */\nfn f() {}",
        expect![[r##"
        SOURCE_FILE@0..59
          COMMENT@0..15 "//! Crate docs."
          WHITESPACE@15..17 "\n\n"
          FN@17..59
            COMMENT@17..26 "/// Docs."
            WHITESPACE@26..27 "\n"
            ATTR@27..36
              POUND@27..28 "#"
              L_BRACK@28..29 "["
              META@29..35
                PATH@29..35
                  PATH_SEGMENT@29..35
                    NAME_REF@29..35
                      IDENT@29..35 "inline"
              R_BRACK@35..36 "]"
            WHITESPACE@36..37 "\n"
            COMMENT@37..49 "/** More. */"
            WHITESPACE@49..50 "\n"
            FN_KW@50..52 "fn"
            WHITESPACE@52..53 " "
            NAME@53..54
              IDENT@53..54 "f"
            PARAM_LIST@54..56
              L_PAREN@54..55 "("
              R_PAREN@55..56 ")"
            WHITESPACE@56..57 " "
            BLOCK_EXPR@57..59
              STMT_LIST@57..59
                L_CURLY@57..58 "{"
                R_CURLY@58..59 "}"
    "##]],
    );
}

#[test]
fn attributes_on_fields_variants_and_params() {
    check_ok(
        "struct S(#[a] u8);\nstruct T { #[a] x: u8 }\nenum E { #[a] A(#[b] u8) }\n\
         impl S { fn f(#[a] self, #[b] x: u8) {} }\nfn g<#[a] 'a, #[b] T, #[c] const N: u8>() {}\n",
        expect![[r##"
            SOURCE_FILE@0..157
              STRUCT@0..18
                STRUCT_KW@0..6 "struct"
                WHITESPACE@6..7 " "
                NAME@7..8
                  IDENT@7..8 "S"
                TUPLE_FIELD_LIST@8..17
                  L_PAREN@8..9 "("
                  TUPLE_FIELD@9..16
                    ATTR@9..13
                      POUND@9..10 "#"
                      L_BRACK@10..11 "["
                      META@11..12
                        PATH@11..12
                          PATH_SEGMENT@11..12
                            NAME_REF@11..12
                              IDENT@11..12 "a"
                      R_BRACK@12..13 "]"
                    WHITESPACE@13..14 " "
                    PATH_TYPE@14..16
                      PATH@14..16
                        PATH_SEGMENT@14..16
                          NAME_REF@14..16
                            IDENT@14..16 "u8"
                  R_PAREN@16..17 ")"
                SEMICOLON@17..18 ";"
              WHITESPACE@18..19 "\n"
              STRUCT@19..42
                STRUCT_KW@19..25 "struct"
                WHITESPACE@25..26 " "
                NAME@26..27
                  IDENT@26..27 "T"
                WHITESPACE@27..28 " "
                RECORD_FIELD_LIST@28..42
                  L_CURLY@28..29 "{"
                  WHITESPACE@29..30 " "
                  RECORD_FIELD@30..40
                    ATTR@30..34
                      POUND@30..31 "#"
                      L_BRACK@31..32 "["
                      META@32..33
                        PATH@32..33
                          PATH_SEGMENT@32..33
                            NAME_REF@32..33
                              IDENT@32..33 "a"
                      R_BRACK@33..34 "]"
                    WHITESPACE@34..35 " "
                    NAME@35..36
                      IDENT@35..36 "x"
                    COLON@36..37 ":"
                    WHITESPACE@37..38 " "
                    PATH_TYPE@38..40
                      PATH@38..40
                        PATH_SEGMENT@38..40
                          NAME_REF@38..40
                            IDENT@38..40 "u8"
                  WHITESPACE@40..41 " "
                  R_CURLY@41..42 "}"
              WHITESPACE@42..43 "\n"
              ENUM@43..69
                ENUM_KW@43..47 "enum"
                WHITESPACE@47..48 " "
                NAME@48..49
                  IDENT@48..49 "E"
                WHITESPACE@49..50 " "
                VARIANT_LIST@50..69
                  L_CURLY@50..51 "{"
                  WHITESPACE@51..52 " "
                  VARIANT@52..67
                    ATTR@52..56
                      POUND@52..53 "#"
                      L_BRACK@53..54 "["
                      META@54..55
                        PATH@54..55
                          PATH_SEGMENT@54..55
                            NAME_REF@54..55
                              IDENT@54..55 "a"
                      R_BRACK@55..56 "]"
                    WHITESPACE@56..57 " "
                    NAME@57..58
                      IDENT@57..58 "A"
                    TUPLE_FIELD_LIST@58..67
                      L_PAREN@58..59 "("
                      TUPLE_FIELD@59..66
                        ATTR@59..63
                          POUND@59..60 "#"
                          L_BRACK@60..61 "["
                          META@61..62
                            PATH@61..62
                              PATH_SEGMENT@61..62
                                NAME_REF@61..62
                                  IDENT@61..62 "b"
                          R_BRACK@62..63 "]"
                        WHITESPACE@63..64 " "
                        PATH_TYPE@64..66
                          PATH@64..66
                            PATH_SEGMENT@64..66
                              NAME_REF@64..66
                                IDENT@64..66 "u8"
                      R_PAREN@66..67 ")"
                  WHITESPACE@67..68 " "
                  R_CURLY@68..69 "}"
              WHITESPACE@69..70 "\n"
              IMPL@70..111
                IMPL_KW@70..74 "impl"
                WHITESPACE@74..75 " "
                PATH_TYPE@75..76
                  PATH@75..76
                    PATH_SEGMENT@75..76
                      NAME_REF@75..76
                        IDENT@75..76 "S"
                WHITESPACE@76..77 " "
                ASSOC_ITEM_LIST@77..111
                  L_CURLY@77..78 "{"
                  WHITESPACE@78..79 " "
                  FN@79..109
                    FN_KW@79..81 "fn"
                    WHITESPACE@81..82 " "
                    NAME@82..83
                      IDENT@82..83 "f"
                    PARAM_LIST@83..106
                      L_PAREN@83..84 "("
                      SELF_PARAM@84..93
                        ATTR@84..88
                          POUND@84..85 "#"
                          L_BRACK@85..86 "["
                          META@86..87
                            PATH@86..87
                              PATH_SEGMENT@86..87
                                NAME_REF@86..87
                                  IDENT@86..87 "a"
                          R_BRACK@87..88 "]"
                        WHITESPACE@88..89 " "
                        NAME@89..93
                          SELF_KW@89..93 "self"
                      COMMA@93..94 ","
                      WHITESPACE@94..95 " "
                      PARAM@95..105
                        ATTR@95..99
                          POUND@95..96 "#"
                          L_BRACK@96..97 "["
                          META@97..98
                            PATH@97..98
                              PATH_SEGMENT@97..98
                                NAME_REF@97..98
                                  IDENT@97..98 "b"
                          R_BRACK@98..99 "]"
                        WHITESPACE@99..100 " "
                        IDENT_PAT@100..101
                          NAME@100..101
                            IDENT@100..101 "x"
                        COLON@101..102 ":"
                        WHITESPACE@102..103 " "
                        PATH_TYPE@103..105
                          PATH@103..105
                            PATH_SEGMENT@103..105
                              NAME_REF@103..105
                                IDENT@103..105 "u8"
                      R_PAREN@105..106 ")"
                    WHITESPACE@106..107 " "
                    BLOCK_EXPR@107..109
                      STMT_LIST@107..109
                        L_CURLY@107..108 "{"
                        R_CURLY@108..109 "}"
                  WHITESPACE@109..110 " "
                  R_CURLY@110..111 "}"
              WHITESPACE@111..112 "\n"
              FN@112..156
                FN_KW@112..114 "fn"
                WHITESPACE@114..115 " "
                NAME@115..116
                  IDENT@115..116 "g"
                GENERIC_PARAM_LIST@116..151
                  L_ANGLE@116..117 "<"
                  LIFETIME_PARAM@117..124
                    ATTR@117..121
                      POUND@117..118 "#"
                      L_BRACK@118..119 "["
                      META@119..120
                        PATH@119..120
                          PATH_SEGMENT@119..120
                            NAME_REF@119..120
                              IDENT@119..120 "a"
                      R_BRACK@120..121 "]"
                    WHITESPACE@121..122 " "
                    LIFETIME@122..124
                      LIFETIME_IDENT@122..124 "'a"
                  COMMA@124..125 ","
                  WHITESPACE@125..126 " "
                  TYPE_PARAM@126..132
                    ATTR@126..130
                      POUND@126..127 "#"
                      L_BRACK@127..128 "["
                      META@128..129
                        PATH@128..129
                          PATH_SEGMENT@128..129
                            NAME_REF@128..129
                              IDENT@128..129 "b"
                      R_BRACK@129..130 "]"
                    WHITESPACE@130..131 " "
                    NAME@131..132
                      IDENT@131..132 "T"
                  COMMA@132..133 ","
                  WHITESPACE@133..134 " "
                  CONST_PARAM@134..150
                    ATTR@134..138
                      POUND@134..135 "#"
                      L_BRACK@135..136 "["
                      META@136..137
                        PATH@136..137
                          PATH_SEGMENT@136..137
                            NAME_REF@136..137
                              IDENT@136..137 "c"
                      R_BRACK@137..138 "]"
                    WHITESPACE@138..139 " "
                    CONST_KW@139..144 "const"
                    WHITESPACE@144..145 " "
                    NAME@145..146
                      IDENT@145..146 "N"
                    COLON@146..147 ":"
                    WHITESPACE@147..148 " "
                    PATH_TYPE@148..150
                      PATH@148..150
                        PATH_SEGMENT@148..150
                          NAME_REF@148..150
                            IDENT@148..150 "u8"
                  R_ANGLE@150..151 ">"
                PARAM_LIST@151..153
                  L_PAREN@151..152 "("
                  R_PAREN@152..153 ")"
                WHITESPACE@153..154 " "
                BLOCK_EXPR@154..156
                  STMT_LIST@154..156
                    L_CURLY@154..155 "{"
                    R_CURLY@155..156 "}"
              WHITESPACE@156..157 "\n"
        "##]],
    );
}

#[test]
fn inner_attributes_in_item_lists_and_blocks() {
    check_ok(
        "mod m { #![a] }\nimpl S { #![a] }\ntrait T { #![a] }\nextern \"C\" { #![a] }\n",
        expect![[r##"
            SOURCE_FILE@0..72
              MODULE@0..15
                MOD_KW@0..3 "mod"
                WHITESPACE@3..4 " "
                NAME@4..5
                  IDENT@4..5 "m"
                WHITESPACE@5..6 " "
                ITEM_LIST@6..15
                  L_CURLY@6..7 "{"
                  WHITESPACE@7..8 " "
                  ATTR@8..13
                    POUND@8..9 "#"
                    BANG@9..10 "!"
                    L_BRACK@10..11 "["
                    META@11..12
                      PATH@11..12
                        PATH_SEGMENT@11..12
                          NAME_REF@11..12
                            IDENT@11..12 "a"
                    R_BRACK@12..13 "]"
                  WHITESPACE@13..14 " "
                  R_CURLY@14..15 "}"
              WHITESPACE@15..16 "\n"
              IMPL@16..32
                IMPL_KW@16..20 "impl"
                WHITESPACE@20..21 " "
                PATH_TYPE@21..22
                  PATH@21..22
                    PATH_SEGMENT@21..22
                      NAME_REF@21..22
                        IDENT@21..22 "S"
                WHITESPACE@22..23 " "
                ASSOC_ITEM_LIST@23..32
                  L_CURLY@23..24 "{"
                  WHITESPACE@24..25 " "
                  ATTR@25..30
                    POUND@25..26 "#"
                    BANG@26..27 "!"
                    L_BRACK@27..28 "["
                    META@28..29
                      PATH@28..29
                        PATH_SEGMENT@28..29
                          NAME_REF@28..29
                            IDENT@28..29 "a"
                    R_BRACK@29..30 "]"
                  WHITESPACE@30..31 " "
                  R_CURLY@31..32 "}"
              WHITESPACE@32..33 "\n"
              TRAIT@33..50
                TRAIT_KW@33..38 "trait"
                WHITESPACE@38..39 " "
                NAME@39..40
                  IDENT@39..40 "T"
                WHITESPACE@40..41 " "
                ASSOC_ITEM_LIST@41..50
                  L_CURLY@41..42 "{"
                  WHITESPACE@42..43 " "
                  ATTR@43..48
                    POUND@43..44 "#"
                    BANG@44..45 "!"
                    L_BRACK@45..46 "["
                    META@46..47
                      PATH@46..47
                        PATH_SEGMENT@46..47
                          NAME_REF@46..47
                            IDENT@46..47 "a"
                    R_BRACK@47..48 "]"
                  WHITESPACE@48..49 " "
                  R_CURLY@49..50 "}"
              WHITESPACE@50..51 "\n"
              EXTERN_BLOCK@51..71
                ABI@51..61
                  EXTERN_KW@51..57 "extern"
                  WHITESPACE@57..58 " "
                  STRING@58..61 "\"C\""
                WHITESPACE@61..62 " "
                EXTERN_ITEM_LIST@62..71
                  L_CURLY@62..63 "{"
                  WHITESPACE@63..64 " "
                  ATTR@64..69
                    POUND@64..65 "#"
                    BANG@65..66 "!"
                    L_BRACK@66..67 "["
                    META@67..68
                      PATH@67..68
                        PATH_SEGMENT@67..68
                          NAME_REF@67..68
                            IDENT@67..68 "a"
                    R_BRACK@68..69 "]"
                  WHITESPACE@69..70 " "
                  R_CURLY@70..71 "}"
              WHITESPACE@71..72 "\n"
        "##]],
    );
}

#[test]
fn inner_attribute_after_an_item() {
    check(
        "fn f() {}\n#![a]\nfn g() {}",
        expect![[r##"
        SOURCE_FILE@0..25
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
          WHITESPACE@9..10 "\n"
          FN@10..25
            ATTR@10..15
              POUND@10..11 "#"
              BANG@11..12 "!"
              L_BRACK@12..13 "["
              META@13..14
                PATH@13..14
                  PATH_SEGMENT@13..14
                    NAME_REF@13..14
                      IDENT@13..14 "a"
              R_BRACK@14..15 "]"
            WHITESPACE@15..16 "\n"
            FN_KW@16..18 "fn"
            WHITESPACE@18..19 " "
            NAME@19..20
              IDENT@19..20 "g"
            PARAM_LIST@20..22
              L_PAREN@20..21 "("
              R_PAREN@21..22 ")"
            WHITESPACE@22..23 " "
            BLOCK_EXPR@23..25
              STMT_LIST@23..25
                L_CURLY@23..24 "{"
                R_CURLY@24..25 "}"
        error 10..11: an inner attribute is not permitted in this context
    "##]],
    );
}

#[test]
fn attribute_recovery() {
    check(
        "#[a b]\nfn f() {}\n#[]\nfn g() {}\n#[a\nfn h() {}\n#a\nfn i() {}\n#[a = ]\nfn j() {}\n",
        expect![[r##"
        SOURCE_FILE@0..76
          FN@0..16
            ATTR@0..6
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..3
                PATH@2..3
                  PATH_SEGMENT@2..3
                    NAME_REF@2..3
                      IDENT@2..3 "a"
              WHITESPACE@3..4 " "
              ERROR@4..5
                IDENT@4..5 "b"
              R_BRACK@5..6 "]"
            WHITESPACE@6..7 "\n"
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
          FN@17..30
            ATTR@17..20
              POUND@17..18 "#"
              L_BRACK@18..19 "["
              META@19..19
              R_BRACK@19..20 "]"
            WHITESPACE@20..21 "\n"
            FN_KW@21..23 "fn"
            WHITESPACE@23..24 " "
            NAME@24..25
              IDENT@24..25 "g"
            PARAM_LIST@25..27
              L_PAREN@25..26 "("
              R_PAREN@26..27 ")"
            WHITESPACE@27..28 " "
            BLOCK_EXPR@28..30
              STMT_LIST@28..30
                L_CURLY@28..29 "{"
                R_CURLY@29..30 "}"
          WHITESPACE@30..31 "\n"
          FN@31..44
            ATTR@31..34
              POUND@31..32 "#"
              L_BRACK@32..33 "["
              META@33..34
                PATH@33..34
                  PATH_SEGMENT@33..34
                    NAME_REF@33..34
                      IDENT@33..34 "a"
            WHITESPACE@34..35 "\n"
            FN_KW@35..37 "fn"
            WHITESPACE@37..38 " "
            NAME@38..39
              IDENT@38..39 "h"
            PARAM_LIST@39..41
              L_PAREN@39..40 "("
              R_PAREN@40..41 ")"
            WHITESPACE@41..42 " "
            BLOCK_EXPR@42..44
              STMT_LIST@42..44
                L_CURLY@42..43 "{"
                R_CURLY@43..44 "}"
          WHITESPACE@44..45 "\n"
          ERROR@45..47
            ATTR@45..46
              POUND@45..46 "#"
            PATH@46..47
              PATH_SEGMENT@46..47
                NAME_REF@46..47
                  IDENT@46..47 "a"
          WHITESPACE@47..48 "\n"
          FN@48..57
            FN_KW@48..50 "fn"
            WHITESPACE@50..51 " "
            NAME@51..52
              IDENT@51..52 "i"
            PARAM_LIST@52..54
              L_PAREN@52..53 "("
              R_PAREN@53..54 ")"
            WHITESPACE@54..55 " "
            BLOCK_EXPR@55..57
              STMT_LIST@55..57
                L_CURLY@55..56 "{"
                R_CURLY@56..57 "}"
          WHITESPACE@57..58 "\n"
          FN@58..75
            ATTR@58..65
              POUND@58..59 "#"
              L_BRACK@59..60 "["
              META@60..63
                PATH@60..61
                  PATH_SEGMENT@60..61
                    NAME_REF@60..61
                      IDENT@60..61 "a"
                WHITESPACE@61..62 " "
                EQ@62..63 "="
              WHITESPACE@63..64 " "
              R_BRACK@64..65 "]"
            WHITESPACE@65..66 "\n"
            FN_KW@66..68 "fn"
            WHITESPACE@68..69 " "
            NAME@69..70
              IDENT@69..70 "j"
            PARAM_LIST@70..72
              L_PAREN@70..71 "("
              R_PAREN@71..72 ")"
            WHITESPACE@72..73 " "
            BLOCK_EXPR@73..75
              STMT_LIST@73..75
                L_CURLY@73..74 "{"
                R_CURLY@74..75 "}"
          WHITESPACE@75..76 "\n"
        error 4..5: expected `]`
        error 19..20: expected an attribute path
        error 35..37: expected `]`
        error 46..47: expected `[`
        error 46..47: expected an item
        error 64..65: expected an expression
    "##]],
    );
}

#[test]
fn unsafe_meta_recovery() {
    check(
        "#[unsafe(a]\nfn f() {}\n#[unsafe]\nfn g() {}",
        expect![[r##"
        SOURCE_FILE@0..41
          FN@0..21
            ATTR@0..11
              POUND@0..1 "#"
              L_BRACK@1..2 "["
              META@2..10
                UNSAFE_KW@2..8 "unsafe"
                L_PAREN@8..9 "("
                PATH@9..10
                  PATH_SEGMENT@9..10
                    NAME_REF@9..10
                      IDENT@9..10 "a"
              R_BRACK@10..11 "]"
            WHITESPACE@11..12 "\n"
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
          WHITESPACE@21..22 "\n"
          FN@22..41
            ATTR@22..31
              POUND@22..23 "#"
              L_BRACK@23..24 "["
              META@24..30
                ERROR@24..30
                  UNSAFE_KW@24..30 "unsafe"
              R_BRACK@30..31 "]"
            WHITESPACE@31..32 "\n"
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
        error 10..11: expected `)`
        error 24..30: expected an attribute path
    "##]],
    );
}

#[test]
fn meta_entry_point() {
    check_entry(
        TopEntryPoint::MetaItem,
        "unsafe(no_mangle)",
        expect![[r#"
        META@0..17
          UNSAFE_KW@0..6 "unsafe"
          L_PAREN@6..7 "("
          PATH@7..16
            PATH_SEGMENT@7..16
              NAME_REF@7..16
                IDENT@7..16 "no_mangle"
          R_PAREN@16..17 ")"
    "#]],
    );
    check_entry(
        TopEntryPoint::MetaItem,
        "doc = \"x\"",
        expect![[r#"
        META@0..9
          PATH@0..3
            PATH_SEGMENT@0..3
              NAME_REF@0..3
                IDENT@0..3 "doc"
          WHITESPACE@3..4 " "
          EQ@4..5 "="
          WHITESPACE@5..6 " "
          LITERAL@6..9
            STRING@6..9 "\"x\""
    "#]],
    );
}

#[test]
fn prefix_meta() {
    check_prefix(
        PrefixEntryPoint::MetaItem,
        "a(b) c",
        expect![[r#"
        consumed 4, rest: "c", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::MetaItem,
        "a::b = 1, c",
        expect![[r#"
        consumed 6, rest: ", c", errors: []
    "#]],
    );
    check_prefix(
        PrefixEntryPoint::MetaItem,
        "a => b",
        expect![[r#"
        consumed 1, rest: "= > b", errors: []
    "#]],
    );
}

//! Tests of the lexer and the token kinds.

use std::{fmt::Write, fs, path::Path};

use expect_test::{Expect, expect};

use crate::{CommentKind, CommentShape, DocStyle, Edition, LexedStr, SyntaxKind, T};

/// Lexes `text` as a whole file in the latest edition and compares the dump with `expect`.
fn check(text: &str, expect: Expect) {
    check_in(Edition::LATEST, text, expect);
}

/// Lexes `text` as a whole file in `edition` and compares the dump with `expect`.
fn check_in(edition: Edition, text: &str, expect: Expect) {
    let lexed = LexedStr::new(text, edition);
    expect.assert_eq(&dump(&lexed));
}

/// One line per token, `KIND "text"`, followed by the token's errors.
fn dump(lexed: &LexedStr<'_>) -> String {
    assert_lossless(lexed);
    let mut out = String::new();
    for i in 0..lexed.len() {
        write!(out, "{:?} {:?}", lexed.kind(i), lexed.text(i)).unwrap();
        for msg in lexed.token_errors(i) {
            write!(out, " error: {msg}").unwrap();
        }
        out.push('\n');
    }
    out
}

/// Checks that the tokens cover the text exactly, with an `EOF` at the end.
fn assert_lossless(lexed: &LexedStr<'_>) {
    let text = lexed.as_str();
    let mut joined = String::with_capacity(text.len());
    let mut offset = 0u32;
    for i in 0..lexed.len() {
        let range = lexed.text_range(i);
        assert_eq!(u32::from(range.start()), offset, "token {i} does not start where the last ended");
        assert!(!range.is_empty(), "token {i} is empty");
        offset = range.end().into();
        joined.push_str(lexed.text(i));
    }
    assert_eq!(joined, text);
    assert_eq!(lexed.kind(lexed.len()), SyntaxKind::EOF);
    assert_eq!(lexed.kinds().len(), lexed.len() + 1);
    assert!(lexed.text_range(lexed.len()).is_empty());
    let mut last = 0;
    for (token, _) in lexed.errors() {
        assert!(token >= last && token < lexed.len(), "error on a token that does not exist");
        last = token;
    }
}

/// The kinds of the tokens of `text` in `edition`, trivia excluded.
fn kinds(edition: Edition, text: &str) -> Vec<SyntaxKind> {
    let lexed = LexedStr::new_fragment(text, edition);
    lexed.kinds().iter().copied().filter(|k| !k.is_trivia() && *k != SyntaxKind::EOF).collect()
}

#[test]
fn empty_input() {
    check("", expect![[r#""#]]);
    let lexed = LexedStr::new("", Edition::LATEST);
    assert!(lexed.is_empty());
    assert_eq!(lexed.kinds(), &[SyntaxKind::EOF]);
}

#[test]
fn simple_items() {
    check(
        "fn main() {\n    let _x = a::b(1, 'c');\n}\n",
        expect![[r#"
            FN_KW "fn"
            WHITESPACE " "
            IDENT "main"
            L_PAREN "("
            R_PAREN ")"
            WHITESPACE " "
            L_CURLY "{"
            WHITESPACE "\n    "
            LET_KW "let"
            WHITESPACE " "
            IDENT "_x"
            WHITESPACE " "
            EQ "="
            WHITESPACE " "
            IDENT "a"
            COLON ":"
            COLON ":"
            IDENT "b"
            L_PAREN "("
            INT_NUMBER "1"
            COMMA ","
            WHITESPACE " "
            CHAR "'c'"
            R_PAREN ")"
            SEMICOLON ";"
            WHITESPACE "\n"
            R_CURLY "}"
            WHITESPACE "\n"
        "#]],
    );
}

#[test]
fn every_punctuation_is_its_own_token() {
    check(
        ";,(){}[]<>@#~?$&|+*/^%_.:=!-",
        expect![[r##"
        SEMICOLON ";"
        COMMA ","
        L_PAREN "("
        R_PAREN ")"
        L_CURLY "{"
        R_CURLY "}"
        L_BRACK "["
        R_BRACK "]"
        L_ANGLE "<"
        R_ANGLE ">"
        AT "@"
        POUND "#"
        TILDE "~"
        QUESTION "?"
        DOLLAR "$"
        AMP "&"
        PIPE "|"
        PLUS "+"
        STAR "*"
        SLASH "/"
        CARET "^"
        PERCENT "%"
        UNDERSCORE "_"
        DOT "."
        COLON ":"
        EQ "="
        BANG "!"
        MINUS "-"
    "##]],
    );
    check(
        "::->..=>=<<=",
        expect![[r#"
        COLON ":"
        COLON ":"
        MINUS "-"
        R_ANGLE ">"
        DOT "."
        DOT "."
        EQ "="
        R_ANGLE ">"
        EQ "="
        L_ANGLE "<"
        L_ANGLE "<"
        EQ "="
    "#]],
    );
}

#[test]
fn keywords_depend_on_the_edition() {
    let text = "async await dyn try gen union macro_rules abstract yield Self self";
    check_in(
        Edition::Edition2015,
        text,
        expect![[r#"
        IDENT "async"
        WHITESPACE " "
        IDENT "await"
        WHITESPACE " "
        IDENT "dyn"
        WHITESPACE " "
        IDENT "try"
        WHITESPACE " "
        IDENT "gen"
        WHITESPACE " "
        IDENT "union"
        WHITESPACE " "
        IDENT "macro_rules"
        WHITESPACE " "
        ABSTRACT_KW "abstract"
        WHITESPACE " "
        YIELD_KW "yield"
        WHITESPACE " "
        SELF_TYPE_KW "Self"
        WHITESPACE " "
        SELF_KW "self"
    "#]],
    );
    check_in(
        Edition::Edition2018,
        text,
        expect![[r#"
        ASYNC_KW "async"
        WHITESPACE " "
        AWAIT_KW "await"
        WHITESPACE " "
        DYN_KW "dyn"
        WHITESPACE " "
        TRY_KW "try"
        WHITESPACE " "
        IDENT "gen"
        WHITESPACE " "
        IDENT "union"
        WHITESPACE " "
        IDENT "macro_rules"
        WHITESPACE " "
        ABSTRACT_KW "abstract"
        WHITESPACE " "
        YIELD_KW "yield"
        WHITESPACE " "
        SELF_TYPE_KW "Self"
        WHITESPACE " "
        SELF_KW "self"
    "#]],
    );
    check_in(
        Edition::Edition2021,
        text,
        expect![[r#"
        ASYNC_KW "async"
        WHITESPACE " "
        AWAIT_KW "await"
        WHITESPACE " "
        DYN_KW "dyn"
        WHITESPACE " "
        TRY_KW "try"
        WHITESPACE " "
        IDENT "gen"
        WHITESPACE " "
        IDENT "union"
        WHITESPACE " "
        IDENT "macro_rules"
        WHITESPACE " "
        ABSTRACT_KW "abstract"
        WHITESPACE " "
        YIELD_KW "yield"
        WHITESPACE " "
        SELF_TYPE_KW "Self"
        WHITESPACE " "
        SELF_KW "self"
    "#]],
    );
    check_in(
        Edition::Edition2024,
        text,
        expect![[r#"
        ASYNC_KW "async"
        WHITESPACE " "
        AWAIT_KW "await"
        WHITESPACE " "
        DYN_KW "dyn"
        WHITESPACE " "
        TRY_KW "try"
        WHITESPACE " "
        GEN_KW "gen"
        WHITESPACE " "
        IDENT "union"
        WHITESPACE " "
        IDENT "macro_rules"
        WHITESPACE " "
        ABSTRACT_KW "abstract"
        WHITESPACE " "
        YIELD_KW "yield"
        WHITESPACE " "
        SELF_TYPE_KW "Self"
        WHITESPACE " "
        SELF_KW "self"
    "#]],
    );
}

#[test]
fn keyword_lookup() {
    use Edition::*;
    assert_eq!(SyntaxKind::from_keyword("fn", Edition2015), Some(T![fn]));
    assert_eq!(SyntaxKind::from_keyword("Self", Edition2015), Some(T![Self]));
    assert_eq!(SyntaxKind::from_keyword("async", Edition2015), None);
    assert_eq!(SyntaxKind::from_keyword("async", Edition2018), Some(T![async]));
    assert_eq!(SyntaxKind::from_keyword("dyn", Edition2015), None);
    assert_eq!(SyntaxKind::from_keyword("dyn", Edition2018), Some(T![dyn]));
    assert_eq!(SyntaxKind::from_keyword("try", Edition2015), None);
    assert_eq!(SyntaxKind::from_keyword("try", Edition2018), Some(T![try]));
    assert_eq!(SyntaxKind::from_keyword("gen", Edition2021), None);
    assert_eq!(SyntaxKind::from_keyword("gen", Edition2024), Some(T![gen]));
    assert_eq!(SyntaxKind::from_keyword("union", Edition2024), None);
    assert_eq!(SyntaxKind::from_keyword("macro_rules", Edition2024), None);
    assert_eq!(SyntaxKind::from_keyword("_", Edition2024), None);
    assert_eq!(SyntaxKind::from_keyword("Fn", Edition2024), None);

    assert_eq!(SyntaxKind::from_contextual_keyword("union", Edition2015), Some(T![union]));
    assert_eq!(SyntaxKind::from_contextual_keyword("dyn", Edition2015), Some(T![dyn]));
    assert_eq!(SyntaxKind::from_contextual_keyword("dyn", Edition2018), None);
    assert_eq!(SyntaxKind::from_contextual_keyword("macro_rules", Edition2021), Some(T![macro_rules]));
    assert_eq!(SyntaxKind::from_contextual_keyword("fn", Edition2021), None);

    assert!(T![dyn].is_keyword(Edition2018));
    assert!(!T![dyn].is_keyword(Edition2015));
    assert!(T![dyn].is_contextual_keyword(Edition2015));
    assert!(!T![dyn].is_contextual_keyword(Edition2018));
    assert!(T![gen].is_keyword(Edition2024));
    assert!(!T![gen].is_keyword(Edition2021));
    assert!(T![union].is_contextual_keyword(Edition2024));
    assert!(!T![union].is_keyword(Edition2024));
    assert!(T![union].is_any_keyword());
    assert!(T![abstract].is_keyword(Edition2015));

    // Every keyword kind's text maps back to it in every edition where it is a keyword.
    for &kind in SyntaxKind::ALL.iter().filter(|k| k.is_any_keyword()) {
        let text = kind.text().unwrap();
        for edition in Edition::ALL {
            let strict = SyntaxKind::from_keyword(text, edition);
            let contextual = SyntaxKind::from_contextual_keyword(text, edition);
            assert_eq!(strict == Some(kind), kind.is_keyword(edition), "{text} in {edition}");
            assert_eq!(contextual == Some(kind), kind.is_contextual_keyword(edition), "{text} in {edition}");
            assert!(strict.is_none() || contextual.is_none());
        }
    }
}

#[test]
fn kind_table_is_consistent() {
    for (i, &kind) in SyntaxKind::ALL.iter().enumerate() {
        assert_eq!(kind as usize, i);
        assert_eq!(SyntaxKind::from_raw(kind.into_raw()), Some(kind));
        let categories = [kind.is_trivia(), kind.is_punct(), kind.is_any_keyword(), kind.is_literal()];
        assert!(categories.iter().filter(|&&it| it).count() <= 1, "{kind:?}");
        if kind.is_punct() || kind.is_any_keyword() {
            assert!(kind.text().is_some(), "{kind:?}");
        }
        if let Some(text) = kind.text() {
            let mut chars = text.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                assert_eq!(SyntaxKind::from_char(c), Some(kind));
            }
        }
    }
    assert_eq!(SyntaxKind::from_raw(SyntaxKind::ALL.len() as u16), None);
    assert_eq!(T!['{'], SyntaxKind::L_CURLY);
    assert_eq!(T![$], SyntaxKind::DOLLAR);
    assert_eq!(T![_], SyntaxKind::UNDERSCORE);
    assert_eq!(T![::], SyntaxKind::COLON2);
    assert_eq!(T![ident], SyntaxKind::IDENT);
    assert!(T![;].is_punct() && T![..=].is_punct());
    assert!(SyntaxKind::RAW_C_STRING.is_literal() && !T![true].is_literal());
    assert!(SyntaxKind::COMMENT.is_trivia() && !SyntaxKind::SHEBANG.is_trivia());
}

#[test]
fn contextual_keywords_stay_identifiers() {
    check(
        "union auto default macro_rules raw safe yeet builtin",
        expect![[r#"
            IDENT "union"
            WHITESPACE " "
            IDENT "auto"
            WHITESPACE " "
            IDENT "default"
            WHITESPACE " "
            IDENT "macro_rules"
            WHITESPACE " "
            IDENT "raw"
            WHITESPACE " "
            IDENT "safe"
            WHITESPACE " "
            IDENT "yeet"
            WHITESPACE " "
            IDENT "builtin"
        "#]],
    );
    check_in(
        Edition::Edition2015,
        "dyn",
        expect![[r#"
        IDENT "dyn"
    "#]],
    );
}

#[test]
fn comments() {
    check(
        "// plain\n/// outer\n//! inner\n//// not doc\n/* block */\n/** outer */\n/*! inner */\n/*** not doc */\n/**/\n/* a /* nested */ b */",
        expect![[r#"
            COMMENT "// plain"
            WHITESPACE "\n"
            COMMENT "/// outer"
            WHITESPACE "\n"
            COMMENT "//! inner"
            WHITESPACE "\n"
            COMMENT "//// not doc"
            WHITESPACE "\n"
            COMMENT "/* block */"
            WHITESPACE "\n"
            COMMENT "/** outer */"
            WHITESPACE "\n"
            COMMENT "/*! inner */"
            WHITESPACE "\n"
            COMMENT "/*** not doc */"
            WHITESPACE "\n"
            COMMENT "/**/"
            WHITESPACE "\n"
            COMMENT "/* a /* nested */ b */"
        "#]],
    );
    check(
        "/* a /* nested */",
        expect![[r#"
        COMMENT "/* a /* nested */" error: unterminated block comment
    "#]],
    );
    check(
        "/*",
        expect![[r#"
        COMMENT "/*" error: unterminated block comment
    "#]],
    );
    check(
        "/* */ */",
        expect![[r#"
        COMMENT "/* */"
        WHITESPACE " "
        STAR "*"
        SLASH "/"
    "#]],
    );
}

#[test]
fn doc_comment_styles() {
    let lexed = LexedStr::new("/// a\n//! b\n// c\n/** d */\nx", Edition::LATEST);
    let styles: Vec<_> = (0..lexed.len()).map(|i| lexed.doc_style(i)).collect();
    assert_eq!(
        styles,
        [Some(DocStyle::Outer), None, Some(DocStyle::Inner), None, None, None, Some(DocStyle::Outer), None, None]
    );
    assert_eq!(
        CommentKind::from_text("/*! x */"),
        CommentKind { shape: CommentShape::Block, doc: Some(DocStyle::Inner) }
    );
    assert!(!CommentKind::from_text("/**/").is_doc());
    assert!(!CommentKind::from_text("////").is_doc());
    assert!(CommentKind::from_text("///").is_doc());
}

#[test]
fn bare_cr_in_doc_comments() {
    check(
        "/// a\rb\n/// c\r\n// d\re\n",
        expect![[r#"
            COMMENT "/// a\rb" error: bare CR not allowed in doc comment
            WHITESPACE "\n"
            COMMENT "/// c\r"
            WHITESPACE "\n"
            COMMENT "// d\re"
            WHITESPACE "\n"
        "#]],
    );
}

#[test]
fn strings() {
    check(
        r#""abc" "a\"b\\c\n\t\0\x7f\u{1F980}" "multi
line" "cont\
    inued""#,
        expect![[r#"
            STRING "\"abc\""
            WHITESPACE " "
            STRING "\"a\\\"b\\\\c\\n\\t\\0\\x7f\\u{1F980}\""
            WHITESPACE " "
            STRING "\"multi\nline\""
            WHITESPACE " "
            STRING "\"cont\\\n    inued\""
        "#]],
    );
    check(
        r#""invalid \q escape" "\x80" "\u{D800}" "\u{110000}" "\u{}" "\u{12" "\u12""#,
        expect![[r#"
        STRING "\"invalid \\q escape\"" error: invalid escape `\q` in string
        WHITESPACE " "
        STRING "\"\\x80\"" error: out of range hex escape `\x80` in string: must be at most `\x7f`
        WHITESPACE " "
        STRING "\"\\u{D800}\"" error: invalid unicode escape `\u{D800}` in string: it must not be a surrogate
        WHITESPACE " "
        STRING "\"\\u{110000}\"" error: invalid unicode escape `\u{110000}` in string: it must be at most 10FFFF
        WHITESPACE " "
        STRING "\"\\u{}\"" error: empty unicode escape in string
        WHITESPACE " "
        STRING "\"\\u{12\"" error: unterminated unicode escape `\u{12` in string
        WHITESPACE " "
        STRING "\"\\u12\"" error: incorrect unicode escape sequence `\u1` in string: expected `{`
    "#]],
    );
    check(
        "\"unterminated",
        expect![[r#"
        STRING "\"unterminated" error: unterminated double-quoted string
    "#]],
    );
    check(
        "\"a\\",
        expect![[r#"
        STRING "\"a\\" error: unterminated double-quoted string
    "#]],
    );
    check(
        "\"crlf\r\nline\" \"cont\\\r\n  x\" \"bare\rcr\"",
        expect![[r#"
        STRING "\"crlf\r\nline\""
        WHITESPACE " "
        STRING "\"cont\\\r\n  x\""
        WHITESPACE " "
        STRING "\"bare\rcr\"" error: bare CR not allowed in string, use `\r` instead
    "#]],
    );
}

#[test]
fn byte_and_c_strings() {
    check(
        r#"b"abc" b"\xff" b"é" b"\u{41}" b"unterminated"#,
        expect![[r#"
        BYTE_STRING "b\"abc\""
        WHITESPACE " "
        BYTE_STRING "b\"\\xff\""
        WHITESPACE " "
        BYTE_STRING "b\"é\"" error: non-ASCII character `é` in byte string
        WHITESPACE " "
        BYTE_STRING "b\"\\u{41}\"" error: unicode escape `\u{41}` in byte string: only `\x` escapes are allowed
        WHITESPACE " "
        BYTE_STRING "b\"unterminated" error: unterminated double-quoted byte string
    "#]],
    );
    check(
        r#"c"abc" c"é\xff" c"a\0b" c"\u{0}" c"unterminated"#,
        expect![[r#"
        C_STRING "c\"abc\""
        WHITESPACE " "
        C_STRING "c\"é\\xff\""
        WHITESPACE " "
        C_STRING "c\"a\\0b\"" error: null characters are not allowed in a C string
        WHITESPACE " "
        C_STRING "c\"\\u{0}\"" error: null characters are not allowed in a C string
        WHITESPACE " "
        C_STRING "c\"unterminated" error: unterminated C string
    "#]],
    );
    check_in(
        Edition::Edition2018,
        r##"c"abc" cr"raw" cr#"raw"#"##,
        expect![[r##"
        IDENT "c"
        STRING "\"abc\""
        WHITESPACE " "
        IDENT "cr"
        STRING "\"raw\""
        WHITESPACE " "
        IDENT "cr"
        POUND "#"
        STRING "\"raw\""
        POUND "#"
    "##]],
    );
    check_in(
        Edition::Edition2021,
        r##"c"abc" cr"raw" cr#"raw"#"##,
        expect![[r##"
        C_STRING "c\"abc\""
        WHITESPACE " "
        RAW_C_STRING "cr\"raw\""
        WHITESPACE " "
        RAW_C_STRING "cr#\"raw\"#"
    "##]],
    );
}

#[test]
fn chars_and_bytes() {
    check(
        r"'a' '\n' '\'' '\u{1F980}' '🦀' 'ab' '' '\q' '\x80' '	' b'a' b'\xff' b'é' b'' b'\u{41}'",
        expect![[r#"
            CHAR "'a'"
            WHITESPACE " "
            CHAR "'\\n'"
            WHITESPACE " "
            CHAR "'\\''"
            WHITESPACE " "
            CHAR "'\\u{1F980}'"
            WHITESPACE " "
            CHAR "'🦀'"
            WHITESPACE " "
            CHAR "'ab'" error: character literal may only contain one codepoint
            WHITESPACE " "
            CHAR "''" error: empty character literal
            WHITESPACE " "
            CHAR "'\\q'" error: invalid escape `\q` in character literal
            WHITESPACE " "
            CHAR "'\\x80'" error: out of range hex escape `\x80` in character literal: must be at most `\x7f`
            WHITESPACE " "
            CHAR "'\t'" error: character `\t` must be escaped in character literal
            WHITESPACE " "
            BYTE "b'a'"
            WHITESPACE " "
            BYTE "b'\\xff'"
            WHITESPACE " "
            BYTE "b'é'" error: non-ASCII character `é` in byte literal
            WHITESPACE " "
            BYTE "b''" error: empty byte literal
            WHITESPACE " "
            BYTE "b'\\u{41}'" error: unicode escape `\u{41}` in byte literal: only `\x` escapes are allowed
        "#]],
    );
    check(
        "'\\",
        expect![[r#"
        CHAR "'\\" error: unterminated character literal
    "#]],
    );
    check(
        "b'a",
        expect![[r#"
        BYTE "b'a" error: unterminated byte literal
    "#]],
    );
    check(
        "'a\n'",
        expect![[r#"
        LIFETIME_IDENT "'a"
        WHITESPACE "\n"
        CHAR "'" error: unterminated character literal
    "#]],
    );
}

#[test]
fn raw_strings() {
    check(
        r####"r"a" r#"a"b"# r##"a"#b"## br"raw" br#"é"# r#"unterminated"####,
        expect![[r###"
            RAW_STRING "r\"a\""
            WHITESPACE " "
            RAW_STRING "r#\"a\"b\"#"
            WHITESPACE " "
            RAW_STRING "r##\"a\"#b\"##"
            WHITESPACE " "
            RAW_BYTE_STRING "br\"raw\""
            WHITESPACE " "
            RAW_BYTE_STRING "br#\"é\"#" error: non-ASCII character `é` in raw byte string
            WHITESPACE " "
            RAW_STRING "r#\"unterminated" error: unterminated raw string: expected a closing `"#`
        "###]],
    );
    check(
        r###"r##"a"#"###,
        expect![[r###"
        RAW_STRING "r##\"a\"#" error: unterminated raw string: expected a closing `"##`
    "###]],
    );
    check(
        "r#~\"a\"#",
        expect![[r##"
        RAW_STRING "r#~" error: found invalid character `~` in raw string prefix; only `#` is allowed
        STRING "\"a\""
        POUND "#"
    "##]],
    );
    check(
        "r#",
        expect![[r#"
        RAW_STRING "r#" error: unterminated raw string
    "#]],
    );
    check(
        r###"r#"a"## extra"###,
        expect![[r##"
        RAW_STRING "r#\"a\"#"
        POUND "#"
        WHITESPACE " "
        IDENT "extra"
    "##]],
    );
    let many = format!("r{0}\"x\"{0}", "#".repeat(256));
    check(
        &many[..20],
        expect![[r#"
        RAW_STRING "r###################" error: unterminated raw string
    "#]],
    );
    let lexed = LexedStr::new(&many, Edition::LATEST);
    assert_eq!(lexed.kind(0), SyntaxKind::RAW_STRING);
    assert_eq!(
        lexed.errors().collect::<Vec<_>>(),
        [(0, "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found 256")]
    );
    check(
        "r\"bare\rcr\" br\"\r\n\"",
        expect![[r#"
        RAW_STRING "r\"bare\rcr\"" error: bare CR not allowed in raw string
        WHITESPACE " "
        RAW_BYTE_STRING "br\"\r\n\""
    "#]],
    );
}

#[test]
fn literal_suffixes() {
    check(
        r#"1u8 1.0f32 1e10_f64 "a"suffix b'a'x 'c'_ "a"_ 1_ 1px 1.0_"#,
        expect![[r#"
        INT_NUMBER "1u8"
        WHITESPACE " "
        FLOAT_NUMBER "1.0f32"
        WHITESPACE " "
        FLOAT_NUMBER "1e10_f64"
        WHITESPACE " "
        STRING "\"a\"suffix"
        WHITESPACE " "
        BYTE "b'a'x"
        WHITESPACE " "
        CHAR "'c'_" error: invalid suffix `_`: underscore literal suffix is not allowed
        WHITESPACE " "
        STRING "\"a\"_" error: invalid suffix `_`: underscore literal suffix is not allowed
        WHITESPACE " "
        INT_NUMBER "1_"
        WHITESPACE " "
        INT_NUMBER "1px"
        WHITESPACE " "
        FLOAT_NUMBER "1.0_"
    "#]],
    );
}

#[test]
fn numbers() {
    check(
        "1 1_000 0x 0xFF 0b 0b102 0o78 0o17 1.0 1. 1e10 1e 1.0e+ 1E-3 0b1e3 0x1.5 0o7.0 1.foo 1..2 1.0.0",
        expect![[r#"
            INT_NUMBER "1"
            WHITESPACE " "
            INT_NUMBER "1_000"
            WHITESPACE " "
            INT_NUMBER "0x" error: missing digits after the integer base prefix
            WHITESPACE " "
            INT_NUMBER "0xFF"
            WHITESPACE " "
            INT_NUMBER "0b" error: missing digits after the integer base prefix
            WHITESPACE " "
            INT_NUMBER "0b102" error: invalid digit `2` for a base 2 literal
            WHITESPACE " "
            INT_NUMBER "0o78" error: invalid digit `8` for a base 8 literal
            WHITESPACE " "
            INT_NUMBER "0o17"
            WHITESPACE " "
            FLOAT_NUMBER "1.0"
            WHITESPACE " "
            FLOAT_NUMBER "1."
            WHITESPACE " "
            FLOAT_NUMBER "1e10"
            WHITESPACE " "
            FLOAT_NUMBER "1e" error: missing digits after the exponent
            WHITESPACE " "
            FLOAT_NUMBER "1.0e+" error: missing digits after the exponent
            WHITESPACE " "
            FLOAT_NUMBER "1E-3"
            WHITESPACE " "
            FLOAT_NUMBER "0b1e3" error: binary float literal is not supported
            WHITESPACE " "
            FLOAT_NUMBER "0x1.5" error: hexadecimal float literal is not supported
            WHITESPACE " "
            FLOAT_NUMBER "0o7.0" error: octal float literal is not supported
            WHITESPACE " "
            INT_NUMBER "1"
            DOT "."
            IDENT "foo"
            WHITESPACE " "
            INT_NUMBER "1"
            DOT "."
            DOT "."
            INT_NUMBER "2"
            WHITESPACE " "
            FLOAT_NUMBER "1.0"
            DOT "."
            INT_NUMBER "0"
        "#]],
    );
}

#[test]
fn raw_identifiers() {
    check(
        "r#foo r#fn r#_ r#self r#crate r#super r#Self r#union r#async",
        expect![[r#"
        IDENT "r#foo"
        WHITESPACE " "
        IDENT "r#fn"
        WHITESPACE " "
        IDENT "r#_" error: `_` cannot be a raw identifier
        WHITESPACE " "
        IDENT "r#self" error: `self` cannot be a raw identifier
        WHITESPACE " "
        IDENT "r#crate" error: `crate` cannot be a raw identifier
        WHITESPACE " "
        IDENT "r#super" error: `super` cannot be a raw identifier
        WHITESPACE " "
        IDENT "r#Self" error: `Self` cannot be a raw identifier
        WHITESPACE " "
        IDENT "r#union"
        WHITESPACE " "
        IDENT "r#async"
    "#]],
    );
}

#[test]
fn lifetimes_and_labels() {
    check(
        "'a 'static '_ 'outer: loop {} 'r#a 'r#_ 'r#self '1 'a🦀 '🦀",
        expect![[r#"
        LIFETIME_IDENT "'a"
        WHITESPACE " "
        LIFETIME_IDENT "'static"
        WHITESPACE " "
        LIFETIME_IDENT "'_"
        WHITESPACE " "
        LIFETIME_IDENT "'outer"
        COLON ":"
        WHITESPACE " "
        LOOP_KW "loop"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
        WHITESPACE " "
        LIFETIME_IDENT "'r#a"
        WHITESPACE " "
        LIFETIME_IDENT "'r#_" error: `_` cannot be a raw lifetime
        WHITESPACE " "
        LIFETIME_IDENT "'r#self" error: `self` cannot be a raw lifetime
        WHITESPACE " "
        LIFETIME_IDENT "'1" error: lifetimes cannot start with a number
        WHITESPACE " "
        LIFETIME_IDENT "'a🦀" error: lifetimes cannot contain emoji: `'a🦀`
        WHITESPACE " "
        LIFETIME_IDENT "'🦀" error: lifetimes cannot contain emoji: `'🦀`
    "#]],
    );
    check_in(
        Edition::Edition2018,
        "'r#a",
        expect![[r##"
        LIFETIME_IDENT "'r"
        POUND "#"
        IDENT "a"
    "##]],
    );
    check(
        "'r#a'",
        expect![[r#"
        CHAR "'r#a'" error: character literal may only contain one codepoint
    "#]],
    );
}

#[test]
fn char_or_lifetime() {
    check(
        "'a' 'a 'ab' 'a, ' ', '''",
        expect![[r#"
        CHAR "'a'"
        WHITESPACE " "
        LIFETIME_IDENT "'a"
        WHITESPACE " "
        CHAR "'ab'" error: character literal may only contain one codepoint
        WHITESPACE " "
        LIFETIME_IDENT "'a"
        COMMA ","
        WHITESPACE " "
        CHAR "' '"
        COMMA ","
        WHITESPACE " "
        CHAR "'''" error: character `'` must be escaped in character literal
    "#]],
    );
}

#[test]
fn byte_order_mark() {
    // At the start of a file, a byte-order mark is trivia of its own; a shebang or a
    // frontmatter may follow it, as rustc drops the mark before looking for them.
    check(
        "\u{feff}fn f() {}",
        expect![[r#"
        BOM "\u{feff}"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "f"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
    "#]],
    );
    check(
        "\u{feff}#!/usr/bin/env rust\n",
        expect![[r##"
        BOM "\u{feff}"
        SHEBANG "#!/usr/bin/env rust"
        WHITESPACE "\n"
    "##]],
    );
    check(
        "\u{feff}---\nx\n---\n",
        expect![[r#"
        BOM "\u{feff}"
        FRONTMATTER "---\nx\n---"
        WHITESPACE "\n"
    "#]],
    );
    // Anywhere else, and in a fragment, it is an unknown character, as in rustc.
    check(
        "fn\u{feff}f",
        expect![[r#"
        FN_KW "fn"
        ERROR "\u{feff}" error: unknown character `\u{feff}`
        IDENT "f"
    "#]],
    );
    check(
        "\u{feff}\u{feff}",
        expect![[r#"
        BOM "\u{feff}"
        ERROR "\u{feff}" error: unknown character `\u{feff}`
    "#]],
    );
    let lexed = LexedStr::new_fragment("\u{feff}x", Edition::LATEST);
    assert_eq!(lexed.kind(0), SyntaxKind::ERROR);
    assert!(SyntaxKind::BOM.is_trivia());
}

#[test]
fn shebang() {
    check(
        "#!/usr/bin/env rust\nfn main() {}",
        expect![[r##"
        SHEBANG "#!/usr/bin/env rust"
        WHITESPACE "\n"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "main"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
    "##]],
    );
    check(
        "#!",
        expect![[r##"
        SHEBANG "#!"
    "##]],
    );
    check(
        "#![allow(dead_code)]",
        expect![[r##"
        POUND "#"
        BANG "!"
        L_BRACK "["
        IDENT "allow"
        L_PAREN "("
        IDENT "dead_code"
        R_PAREN ")"
        R_BRACK "]"
    "##]],
    );
    check(
        "#! // comment\n [allow(x)]",
        expect![[r##"
        POUND "#"
        BANG "!"
        WHITESPACE " "
        COMMENT "// comment"
        WHITESPACE "\n "
        L_BRACK "["
        IDENT "allow"
        L_PAREN "("
        IDENT "x"
        R_PAREN ")"
        R_BRACK "]"
    "##]],
    );
    check(
        " #!/not/a/shebang",
        expect![[r##"
        WHITESPACE " "
        POUND "#"
        BANG "!"
        SLASH "/"
        IDENT "not"
        SLASH "/"
        IDENT "a"
        SLASH "/"
        IDENT "shebang"
    "##]],
    );
    check(
        "fn f() {}\n#!/not/a/shebang",
        expect![[r##"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "f"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
        WHITESPACE "\n"
        POUND "#"
        BANG "!"
        SLASH "/"
        IDENT "not"
        SLASH "/"
        IDENT "a"
        SLASH "/"
        IDENT "shebang"
    "##]],
    );
    let lexed = LexedStr::new_fragment("#!/usr/bin/env rust", Edition::LATEST);
    assert_eq!(lexed.kind(0), T![#]);
}

#[test]
fn frontmatter() {
    check(
        "---\n[dependencies]\n---\nfn main() {}",
        expect![[r#"
        FRONTMATTER "---\n[dependencies]\n---"
        WHITESPACE "\n"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "main"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
    "#]],
    );
    check(
        "#!/usr/bin/env cargo\n---cargo\nx = 1\n---\n",
        expect![[r##"
        SHEBANG "#!/usr/bin/env cargo"
        WHITESPACE "\n"
        FRONTMATTER "---cargo\nx = 1\n---"
        WHITESPACE "\n"
    "##]],
    );
    check(
        "\n\n---\nx\n---\n",
        expect![[r#"
        WHITESPACE "\n\n"
        FRONTMATTER "---\nx\n---"
        WHITESPACE "\n"
    "#]],
    );
    check(
        "---\nunclosed\n",
        expect![[r#"
        FRONTMATTER "---\nunclosed\n" error: unclosed frontmatter
    "#]],
    );
    check(
        "----\nx\n---\n",
        expect![[r#"
        FRONTMATTER "----\nx\n---" error: frontmatter close does not match the opening
        WHITESPACE "\n"
    "#]],
    );
    check(
        "---\nx\n--- extra\n",
        expect![[r#"
        FRONTMATTER "---\nx\n--- extra" error: extra characters after frontmatter close are not allowed
        WHITESPACE "\n"
    "#]],
    );
    check(
        "---cargo toml\nx\n---\n",
        expect![[r#"
        FRONTMATTER "---cargo toml\nx\n---" error: invalid infostring for frontmatter
        WHITESPACE "\n"
    "#]],
    );
    check(
        "  ---\nx\n---\n",
        expect![[r#"
        FRONTMATTER "  ---\nx\n---" error: invalid preceding whitespace for frontmatter opening
        WHITESPACE "\n"
    "#]],
    );
    check(
        "---\r\nx\r\n---\r\nfn f() {}",
        expect![[r#"
        FRONTMATTER "---\r\nx\r\n---\r"
        WHITESPACE "\n"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "f"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
    "#]],
    );
    check(
        "fn f() {}\n---\nx\n---\n",
        expect![[r#"
        FN_KW "fn"
        WHITESPACE " "
        IDENT "f"
        L_PAREN "("
        R_PAREN ")"
        WHITESPACE " "
        L_CURLY "{"
        R_CURLY "}"
        WHITESPACE "\n"
        MINUS "-"
        MINUS "-"
        MINUS "-"
        WHITESPACE "\n"
        IDENT "x"
        WHITESPACE "\n"
        MINUS "-"
        MINUS "-"
        MINUS "-"
        WHITESPACE "\n"
    "#]],
    );
    let lexed = LexedStr::new_fragment("---\nx\n---\n", Edition::LATEST);
    assert_eq!(lexed.kind(0), T![-]);
}

#[test]
fn reserved_prefixes() {
    let text = "foo\"bar\" foo#bar k#foo 'foo#bar prefix'x'";
    check_in(
        Edition::Edition2018,
        text,
        expect![[r##"
        IDENT "foo"
        STRING "\"bar\""
        WHITESPACE " "
        IDENT "foo"
        POUND "#"
        IDENT "bar"
        WHITESPACE " "
        IDENT "k"
        POUND "#"
        IDENT "foo"
        WHITESPACE " "
        LIFETIME_IDENT "'foo"
        POUND "#"
        IDENT "bar"
        WHITESPACE " "
        IDENT "prefix"
        CHAR "'x'"
    "##]],
    );
    check_in(
        Edition::Edition2021,
        text,
        expect![[r##"
        IDENT "foo" error: prefix `foo` is unknown
        STRING "\"bar\""
        WHITESPACE " "
        IDENT "foo" error: prefix `foo` is unknown
        POUND "#"
        IDENT "bar"
        WHITESPACE " "
        IDENT "k" error: prefix `k` is unknown
        POUND "#"
        IDENT "foo"
        WHITESPACE " "
        LIFETIME_IDENT "'foo" error: prefix `'foo` is unknown
        POUND "#"
        IDENT "bar"
        WHITESPACE " "
        IDENT "prefix" error: prefix `prefix` is unknown
        CHAR "'x'"
    "##]],
    );
}

#[test]
fn guarded_strings() {
    let text = "#\"a\"# ##\"b\"## ## ### #[x]";
    check_in(
        Edition::Edition2021,
        text,
        expect![[r##"
        POUND "#"
        STRING "\"a\""
        POUND "#"
        WHITESPACE " "
        POUND "#"
        POUND "#"
        STRING "\"b\""
        POUND "#"
        POUND "#"
        WHITESPACE " "
        POUND "#"
        POUND "#"
        WHITESPACE " "
        POUND "#"
        POUND "#"
        POUND "#"
        WHITESPACE " "
        POUND "#"
        L_BRACK "["
        IDENT "x"
        R_BRACK "]"
    "##]],
    );
    check_in(
        Edition::Edition2024,
        text,
        expect![[r##"
        POUND "#" error: invalid string literal: unprefixed guarded string literals are reserved since Rust 2024
        STRING "\"a\""
        POUND "#"
        WHITESPACE " "
        POUND "#" error: invalid string literal: unprefixed guarded string literals are reserved since Rust 2024
        POUND "#"
        STRING "\"b\""
        POUND "#"
        POUND "#"
        WHITESPACE " "
        POUND "#" error: reserved token `##` in Rust 2024
        POUND "#"
        WHITESPACE " "
        POUND "#" error: reserved token `###` in Rust 2024
        POUND "#"
        POUND "#"
        WHITESPACE " "
        POUND "#"
        L_BRACK "["
        IDENT "x"
        R_BRACK "]"
    "##]],
    );
    check(
        "#\"unterminated",
        expect![[r##"
        POUND "#" error: unterminated guarded string literal: unprefixed guarded string literals are reserved since Rust 2024
        STRING "\"unterminated" error: unterminated double-quoted string
    "##]],
    );
}

#[test]
fn unicode_and_unknown_characters() {
    check(
        "été 日本 🦀 a🦀b № \u{a0} \0 \r x\u{200e}y",
        expect![[r#"
        IDENT "été"
        WHITESPACE " "
        IDENT "日本"
        WHITESPACE " "
        IDENT "🦀" error: identifiers cannot contain emoji: `🦀`
        WHITESPACE " "
        IDENT "a🦀b" error: identifiers cannot contain emoji: `a🦀b`
        WHITESPACE " "
        ERROR "№" error: unknown character `№`
        WHITESPACE " "
        ERROR "\u{a0}" error: unknown character `\u{a0}`
        WHITESPACE " "
        ERROR "\0" error: unknown character `\0`
        WHITESPACE " \r "
        IDENT "x"
        WHITESPACE "\u{200e}"
        IDENT "y"
    "#]],
    );
}

#[test]
fn single_token() {
    use Edition::*;
    assert_eq!(LexedStr::single_token("fn", Edition2015), Some((T![fn], None)));
    assert_eq!(LexedStr::single_token("async", Edition2015), Some((T![ident], None)));
    assert_eq!(
        LexedStr::single_token("\"a", Edition2015),
        Some((SyntaxKind::STRING, Some("unterminated double-quoted string".to_owned())))
    );
    assert_eq!(LexedStr::single_token("a b", Edition2015), None);
    assert_eq!(LexedStr::single_token("", Edition2015), None);
    assert_eq!(LexedStr::single_token("c\"x\"", Edition2018), None);
}

#[test]
fn edition_differences_in_kinds() {
    use Edition::*;
    use SyntaxKind::*;
    assert_eq!(kinds(Edition2015, "async fn"), [IDENT, FN_KW]);
    assert_eq!(kinds(Edition2018, "async fn"), [ASYNC_KW, FN_KW]);
    assert_eq!(kinds(Edition2021, "gen"), [IDENT]);
    assert_eq!(kinds(Edition2024, "gen"), [GEN_KW]);
    assert_eq!(kinds(Edition2015, "try"), [IDENT]);
    assert_eq!(kinds(Edition2018, "try"), [TRY_KW]);
    assert_eq!(kinds(Edition2018, "c\"x\""), [IDENT, STRING]);
    assert_eq!(kinds(Edition2021, "c\"x\""), [C_STRING]);
    assert_eq!(kinds(Edition2018, "'r#a"), [LIFETIME_IDENT, POUND, IDENT]);
    assert_eq!(kinds(Edition2021, "'r#a"), [LIFETIME_IDENT]);
}

/// Snippets that stress the lexer; every prefix of each must lex losslessly without panicking.
const WEIRD: &[&str] = &[
    "",
    "\r",
    "\r\n",
    "\0",
    "\u{feff}fn main() {}",
    "#!/usr/bin/env rust\n#![allow(x)]\nfn main() {}",
    "#!\n",
    "---\n[package]\n---\n",
    "---cargo\nx\n----\n",
    "  \n ---\n",
    "/* /* */",
    "/*/",
    "/**/ /***/ //// ///! /*! */",
    "r#\"a\"# r##\"a\"# r#~ br#\"é\"# cr\"x\" r#",
    "'r#a' 'r#_ '1 'a' 'ab' '' ''' '\\' '\\u{'",
    "b'\\xff' b\"\\u{0}\" c\"\\0\" c\"\\xff\"",
    "\"\\q\\x\\u{d800}\\u{110000}\\u{_1}\\u{1234567}\" \"\\",
    "0b 0x 0o 1e 1e+ 1.e3 0x1.p3 1_ 1.0_ 2.0f32.0",
    "k#fn k# r#_ r#self 'foo#x foo'x'",
    "#\"a\"# ##\"a\"## ## ### #\"",
    "🦀a🦀 é\u{301} 日本 № \u{a0} \u{200e}\u{2028}",
    "a::b::<c>()->d=>e..=f...g<<=h>>=i",
    "'\u{1F980}' '\u{1F980} '\u{301}",
    "\"é\u{0}\r\n\\\r\n\"",
];

fn char_boundary_prefixes(text: &str) -> impl Iterator<Item = &str> {
    (0..=text.len()).filter(|&i| text.is_char_boundary(i)).map(move |i| &text[..i])
}

#[test]
fn every_prefix_of_weird_snippets_is_lossless() {
    for snippet in WEIRD {
        for prefix in char_boundary_prefixes(snippet) {
            for edition in Edition::ALL {
                assert_lossless(&LexedStr::new(prefix, edition));
                assert_lossless(&LexedStr::new_fragment(prefix, edition));
            }
        }
        // Suffixes too: they start in the middle of tokens.
        for start in (0..snippet.len()).filter(|&i| snippet.is_char_boundary(i)) {
            assert_lossless(&LexedStr::new(&snippet[start..], Edition::LATEST));
        }
    }
}

#[test]
fn all_pairs_of_ascii_characters_are_lossless() {
    let mut text = String::new();
    for a in 0u8..128 {
        for b in 0u8..128 {
            text.clear();
            text.push(a as char);
            text.push(b as char);
            for edition in Edition::ALL {
                assert_lossless(&LexedStr::new(&text, edition));
            }
        }
    }
}

#[test]
fn lexes_the_sources_of_this_repository_losslessly() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = 0;
    let mut stack = vec![crates];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                if path.file_name().is_some_and(|name| name != "target") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let Ok(bytes) = fs::read(&path) else { continue };
                let text = String::from_utf8_lossy(&bytes);
                let lexed = LexedStr::new(&text, Edition::LATEST);
                let total: u32 = (0..lexed.len()).map(|i| u32::from(lexed.text_len(i))).sum();
                assert_eq!(total as usize, text.len(), "{}", path.display());
                assert_lossless(&lexed);
                files += 1;
            }
        }
    }
    assert!(files > 0, "no .rs file found under the crates directory");
}

#[test]
fn crlf_line_endings_are_not_bare_carriage_returns_in_doc_comments() {
    check(
        "//! inner\r\n/// outer\r\n/** block\r\n */\r\n/// bare\r in the middle\n/// at the end\r",
        expect![[r#"
        COMMENT "//! inner\r"
        WHITESPACE "\n"
        COMMENT "/// outer\r"
        WHITESPACE "\n"
        COMMENT "/** block\r\n */"
        WHITESPACE "\r\n"
        COMMENT "/// bare\r in the middle" error: bare CR not allowed in doc comment
        WHITESPACE "\n"
        COMMENT "/// at the end\r" error: bare CR not allowed in doc comment
    "#]],
    );
}

//! The table of token kinds, and the generator of `syntax_kind/generated.rs`.
//!
//! Tokens are not in the grammar: their names, texts, categories and edition rules live here.
//! Each category is a contiguous range of kinds, in this order: special tokens, literals,
//! punctuation (single, then glued), keywords (strict, reserved, contextual). Node kinds follow,
//! from the grammar, after the last contextual keyword.

use std::fmt::Write as _;

use super::{PREAMBLE, grammar::Model};

/// Tokens that are neither punctuation, keywords nor literals: (kind, name in `T![]`, doc).
const SPECIAL: &[(&str, Option<&str>, &str)] = &[
    ("EOF", None, "The end of the input; the lexer puts exactly one at the end, with an empty range."),
    ("ERROR", None, "A character or sequence of characters that is not a token of Rust."),
    ("WHITESPACE", None, "A run of whitespace characters."),
    ("COMMENT", None, "A line or block comment, doc comments included (see [`CommentKind`](crate::CommentKind))."),
    ("BOM", None, "A UTF-8 byte-order mark (U+FEFF) at the very start of a file, which rustc ignores: trivia."),
    (
        "SKIPPED_TOKENS",
        None,
        "What a parse without bodies folded (a function body's statements, a signature after its name...), with the trivia between them, as one token.",
    ),
    ("SHEBANG", Some("shebang"), "A `#!` line at the very start of a file, such as `#!/usr/bin/env rustx`."),
    ("FRONTMATTER", Some("frontmatter"), "A `---` frontmatter block at the start of a file (cargo scripts)."),
    ("IDENT", Some("ident"), "An identifier, a raw identifier (`r#fn`) or a contextual keyword."),
    ("LIFETIME_IDENT", Some("lifetime_ident"), "A lifetime or a label, such as `'a`, `'static` or `'r#fn`."),
];

/// Literal tokens (`true` and `false` are keywords): (kind, doc). Their name in `T![]` is the
/// kind in lower case.
const LITERALS: &[(&str, &str)] = &[
    ("INT_NUMBER", "An integer literal, such as `92`, `0xFF_u8` or `1f32`."),
    ("FLOAT_NUMBER", "A floating-point literal, such as `1.0`, `2e10` or `1.5f64`."),
    ("CHAR", "A character literal, such as `'a'`."),
    ("BYTE", "A byte literal, such as `b'a'`."),
    ("STRING", "A string literal, such as `\"hello\"`."),
    ("RAW_STRING", "A raw string literal, such as `r#\"hello\"#`."),
    ("BYTE_STRING", "A byte string literal, such as `b\"hello\"`."),
    ("RAW_BYTE_STRING", "A raw byte string literal, such as `br#\"hello\"#`."),
    ("C_STRING", "A C string literal, such as `c\"hello\"` (edition 2021 and later)."),
    ("RAW_C_STRING", "A raw C string literal, such as `cr#\"hello\"#` (edition 2021 and later)."),
];

/// Single-character punctuation, as the lexer produces it: (text, kind, description).
const PUNCT: &[(&str, &str, &str)] = &[
    (";", "SEMICOLON", "semicolon"),
    (",", "COMMA", "comma"),
    ("(", "L_PAREN", "left parenthesis"),
    (")", "R_PAREN", "right parenthesis"),
    ("{", "L_CURLY", "left curly brace"),
    ("}", "R_CURLY", "right curly brace"),
    ("[", "L_BRACK", "left square bracket"),
    ("]", "R_BRACK", "right square bracket"),
    ("<", "L_ANGLE", "less-than sign"),
    (">", "R_ANGLE", "greater-than sign"),
    ("@", "AT", "at sign"),
    ("#", "POUND", "pound sign"),
    ("~", "TILDE", "tilde"),
    ("?", "QUESTION", "question mark"),
    ("$", "DOLLAR", "dollar sign"),
    ("&", "AMP", "ampersand"),
    ("|", "PIPE", "vertical bar"),
    ("+", "PLUS", "plus sign"),
    ("*", "STAR", "asterisk"),
    ("/", "SLASH", "slash"),
    ("^", "CARET", "caret"),
    ("%", "PERCENT", "percent sign"),
    ("_", "UNDERSCORE", "underscore"),
    (".", "DOT", "dot"),
    (":", "COLON", "colon"),
    ("=", "EQ", "equals sign"),
    ("!", "BANG", "exclamation mark"),
    ("-", "MINUS", "minus sign"),
];

/// Punctuation of several characters, glued by the parser: (text, kind).
const GLUED: &[(&str, &str)] = &[
    ("...", "DOT3"),
    ("..", "DOT2"),
    ("..=", "DOT2EQ"),
    ("::", "COLON2"),
    ("==", "EQ2"),
    ("=>", "FAT_ARROW"),
    ("!=", "NEQ"),
    ("->", "THIN_ARROW"),
    ("<=", "LTEQ"),
    (">=", "GTEQ"),
    ("+=", "PLUSEQ"),
    ("-=", "MINUSEQ"),
    ("|=", "PIPEEQ"),
    ("&=", "AMPEQ"),
    ("^=", "CARETEQ"),
    ("/=", "SLASHEQ"),
    ("*=", "STAREQ"),
    ("%=", "PERCENTEQ"),
    ("&&", "AMP2"),
    ("||", "PIPE2"),
    ("<<", "SHL"),
    (">>", "SHR"),
    ("<<=", "SHLEQ"),
    (">>=", "SHREQ"),
];

/// How a keyword behaves across editions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A strict keyword from the given edition on (every edition for `None`); with
    /// `contextual_before`, a contextual keyword in the editions before.
    Strict { since: Option<&'static str>, contextual_before: bool },
    /// A reserved keyword from the given edition on (every edition for `None`).
    Reserved { since: Option<&'static str> },
    /// A contextual keyword in every edition: an identifier for the lexer.
    Contextual,
}

const STRICT: Rule = Rule::Strict { since: None, contextual_before: false };
const STRICT_2018: Rule = Rule::Strict { since: Some("2018"), contextual_before: false };
const RESERVED: Rule = Rule::Reserved { since: None };

/// Keywords by text, in kind order: strict, strict since an edition, reserved, reserved since
/// an edition, contextual.
const KEYWORDS: &[(&str, Rule)] = &[
    ("as", STRICT),
    ("break", STRICT),
    ("const", STRICT),
    ("continue", STRICT),
    ("crate", STRICT),
    ("else", STRICT),
    ("enum", STRICT),
    ("extern", STRICT),
    ("false", STRICT),
    ("fn", STRICT),
    ("for", STRICT),
    ("if", STRICT),
    ("impl", STRICT),
    ("in", STRICT),
    ("let", STRICT),
    ("loop", STRICT),
    ("match", STRICT),
    ("mod", STRICT),
    ("move", STRICT),
    ("mut", STRICT),
    ("pub", STRICT),
    ("ref", STRICT),
    ("return", STRICT),
    ("self", STRICT),
    ("Self", STRICT),
    ("static", STRICT),
    ("struct", STRICT),
    ("super", STRICT),
    ("trait", STRICT),
    ("true", STRICT),
    ("type", STRICT),
    ("unsafe", STRICT),
    ("use", STRICT),
    ("where", STRICT),
    ("while", STRICT),
    ("async", STRICT_2018),
    ("await", STRICT_2018),
    ("dyn", Rule::Strict { since: Some("2018"), contextual_before: true }),
    ("abstract", RESERVED),
    ("become", RESERVED),
    ("box", RESERVED),
    ("do", RESERVED),
    ("final", RESERVED),
    ("macro", RESERVED),
    ("override", RESERVED),
    ("priv", RESERVED),
    ("typeof", RESERVED),
    ("unsized", RESERVED),
    ("virtual", RESERVED),
    ("yield", RESERVED),
    ("try", Rule::Reserved { since: Some("2018") }),
    ("gen", Rule::Reserved { since: Some("2024") }),
    ("asm", Rule::Contextual),
    ("att_syntax", Rule::Contextual),
    ("auto", Rule::Contextual),
    ("bikeshed", Rule::Contextual),
    ("builtin", Rule::Contextual),
    ("clobber_abi", Rule::Contextual),
    ("default", Rule::Contextual),
    ("deref", Rule::Contextual),
    ("format_args", Rule::Contextual),
    ("global_asm", Rule::Contextual),
    ("include_bytes", Rule::Contextual),
    ("inlateout", Rule::Contextual),
    ("inout", Rule::Contextual),
    ("is", Rule::Contextual),
    ("label", Rule::Contextual),
    ("lateout", Rule::Contextual),
    ("macro_rules", Rule::Contextual),
    ("may_unwind", Rule::Contextual),
    ("naked_asm", Rule::Contextual),
    ("nomem", Rule::Contextual),
    ("noreturn", Rule::Contextual),
    ("null", Rule::Contextual),
    ("nostack", Rule::Contextual),
    ("offset_of", Rule::Contextual),
    ("options", Rule::Contextual),
    ("out", Rule::Contextual),
    ("pattern_type", Rule::Contextual),
    ("preserves_flags", Rule::Contextual),
    ("pure", Rule::Contextual),
    ("raw", Rule::Contextual),
    ("readonly", Rule::Contextual),
    ("safe", Rule::Contextual),
    ("sym", Rule::Contextual),
    ("union", Rule::Contextual),
    ("yeet", Rule::Contextual),
];

/// The kind of a keyword: `fn` -> `FN_KW`, `Self` -> `SELF_TYPE_KW`.
fn keyword_kind(text: &str) -> String {
    if text == "Self" { "SELF_TYPE_KW".to_owned() } else { format!("{}_KW", text.to_ascii_uppercase()) }
}

fn edition(year: &str) -> String {
    format!("Edition::Edition{year}")
}

/// The kind of the token the grammar writes as `name` (a text, or a class in lower case).
pub(crate) fn token_kind(name: &str) -> Option<String> {
    if let Some(&(_, kind, _)) = PUNCT.iter().find(|(text, _, _)| *text == name) {
        return Some(kind.to_owned());
    }
    if let Some(&(_, kind)) = GLUED.iter().find(|(text, _)| *text == name) {
        return Some(kind.to_owned());
    }
    if KEYWORDS.iter().any(|(text, _)| *text == name) {
        return Some(keyword_kind(name));
    }
    let class = name.to_ascii_uppercase();
    let is_class = SPECIAL.iter().any(|(kind, t, _)| *kind == class && t.is_some())
        || LITERALS.iter().any(|(kind, _)| *kind == class);
    is_class.then_some(class)
}

/// One token kind with its doc, in kind order.
struct Token {
    kind: String,
    doc: String,
    /// How `T![]` names it, if it does.
    macro_name: Option<String>,
}

fn all_tokens() -> Vec<Token> {
    let mut tokens = Vec::new();
    for &(kind, name, doc) in SPECIAL {
        tokens.push(Token { kind: kind.to_owned(), doc: doc.to_owned(), macro_name: name.map(str::to_owned) });
    }
    for &(kind, doc) in LITERALS {
        tokens.push(Token { kind: kind.to_owned(), doc: doc.to_owned(), macro_name: Some(kind.to_ascii_lowercase()) });
    }
    for &(text, kind, description) in PUNCT {
        let doc = format!("The punctuation `{text}` ({description}).");
        tokens.push(Token { kind: kind.to_owned(), doc, macro_name: Some(macro_punct(text)) });
    }
    for &(text, kind) in GLUED {
        let doc = format!("The punctuation `{text}`, glued by the parser, never produced by the lexer.");
        tokens.push(Token { kind: kind.to_owned(), doc, macro_name: Some(text.to_owned()) });
    }
    for &(text, rule) in KEYWORDS {
        let doc = match rule {
            Rule::Strict { since: None, .. } => format!("The keyword `{text}`, strict in every edition."),
            Rule::Strict { since: Some(year), contextual_before: false } => {
                format!("The keyword `{text}`, strict since edition {year}.")
            }
            Rule::Strict { since: Some(year), contextual_before: true } => {
                format!("The keyword `{text}`, strict since edition {year} and contextual in 2015.")
            }
            Rule::Reserved { since: None } => format!("The keyword `{text}`, reserved in every edition."),
            Rule::Reserved { since: Some(year) } => format!("The keyword `{text}`, reserved since edition {year}."),
            Rule::Contextual => {
                format!("The contextual keyword `{text}`; the lexer gives it as [`IDENT`](SyntaxKind::IDENT).")
            }
        };
        tokens.push(Token { kind: keyword_kind(text), doc, macro_name: Some(text.to_owned()) });
    }
    tokens
}

/// Delimiters are quoted in `T![]`: `T!['(']`.
fn macro_punct(text: &str) -> String {
    if "()[]{}".contains(text) { format!("'{text}'") } else { text.to_owned() }
}

/// The text of `syntax_kind/generated.rs`, before formatting.
pub(crate) fn generate_kinds(model: &Model) -> String {
    let tokens = all_tokens();
    assert!(tokens.len() <= 256, "token kinds must fit the parser's 256-bit TokenSet");
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "{PREAMBLE}");
    let _ = writeln!(w, "//!");
    let _ = writeln!(w, "//! The table of token and node kinds: token kinds come from the table in");
    let _ = writeln!(w, "//! `xtask/src/codegen/tokens.rs`, node kinds from the grammar. Hand-written logic over");
    let _ = writeln!(w, "//! these tables lives in `syntax_kind.rs`.");
    let _ = writeln!(w, "\n#![allow(bad_style)]\n\nuse crate::Edition;\n");
    let _ = writeln!(w, "/// The kind of a token or of a syntax tree node.");
    let _ = writeln!(w, "///");
    let _ = writeln!(w, "/// The variants are grouped so that each category is a contiguous range of discriminants:");
    let _ =
        writeln!(w, "/// tokens first (all below 256), then nodes, from [`SOURCE_FILE`](SyntaxKind::SOURCE_FILE) on.");
    let _ = writeln!(w, "#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]\n#[repr(u16)]");
    let _ = writeln!(w, "pub enum SyntaxKind {{");
    for token in &tokens {
        let _ = writeln!(w, "    /// {}\n    {},", token.doc, token.kind);
    }
    let _ = writeln!(w, "    // Nodes of the syntax tree.");
    for node in &model.kinds {
        for line in &node.doc {
            let _ = writeln!(w, "    /// {line}");
        }
        let _ = writeln!(w, "    {},", node.kind);
    }
    let _ = writeln!(w, "}}\n\nuse self::SyntaxKind::*;\n\nimpl SyntaxKind {{");

    let _ = writeln!(w, "/// Every kind, in discriminant order: `SyntaxKind::ALL[k as usize] == k`.");
    let _ = writeln!(w, "pub const ALL: &'static [SyntaxKind] = &[");
    for kind in tokens.iter().map(|t| &t.kind).chain(model.kinds.iter().map(|n| &n.kind)) {
        let _ = writeln!(w, "{kind},");
    }
    let _ = writeln!(w, "];\n");

    let first_literal = LITERALS[0].0;
    let last_literal = LITERALS[LITERALS.len() - 1].0;
    let first_punct = PUNCT[0].1;
    let last_punct = GLUED[GLUED.len() - 1].1;
    let first_keyword = keyword_kind(KEYWORDS[0].0);
    let contextual: Vec<&str> =
        KEYWORDS.iter().filter(|(_, rule)| *rule == Rule::Contextual).map(|(text, _)| *text).collect();
    let first_contextual = keyword_kind(contextual[0]);
    let last_keyword = keyword_kind(KEYWORDS[KEYWORDS.len() - 1].0);
    let ranges = [
        (
            "Whether the kind is a literal (number, character, byte or string; not `true` or `false`).",
            "is_literal",
            first_literal.to_owned(),
            last_literal.to_owned(),
        ),
        (
            "Whether the kind is punctuation, single-character or glued.",
            "is_punct",
            first_punct.to_owned(),
            last_punct.to_owned(),
        ),
        (
            "Whether the kind is a keyword of some edition, reserved and contextual keywords included.",
            "is_any_keyword",
            first_keyword,
            last_keyword.clone(),
        ),
        (
            "Whether the kind is only ever a contextual keyword (`dyn` is not: it is strict since 2018).",
            "is_contextual_keyword_kind",
            first_contextual,
            last_keyword,
        ),
    ];
    for (doc, name, first, last) in ranges {
        let _ = writeln!(
            w,
            "/// {doc}\npub fn {name}(self) -> bool {{ {first} as u16 <= self as u16 && self as u16 <= {last} as u16 }}\n"
        );
    }

    let _ = writeln!(w, "/// The fixed text of a punctuation or keyword kind.");
    let _ = writeln!(w, "pub fn text(self) -> Option<&'static str> {{ let text = match self {{");
    for &(text, kind, _) in PUNCT {
        let _ = writeln!(w, "{kind} => {text:?},");
    }
    for &(text, kind) in GLUED {
        let _ = writeln!(w, "{kind} => {text:?},");
    }
    for &(text, _) in KEYWORDS {
        let _ = writeln!(w, "{} => {text:?},", keyword_kind(text));
    }
    let _ = writeln!(w, "_ => return None, }}; Some(text) }}\n");

    let _ = writeln!(w, "/// The kind of a single-character punctuation.");
    let _ = writeln!(w, "pub fn from_char(c: char) -> Option<SyntaxKind> {{ let kind = match c {{");
    for &(text, kind, _) in PUNCT {
        let _ = writeln!(w, "{:?} => {kind},", text.chars().next().unwrap_or_default());
    }
    let _ = writeln!(w, "_ => return None, }}; Some(kind) }}\n");

    // Strict and reserved keywords: those of every edition first, then the edition-gated ones.
    let lexer_keywords: Vec<(&str, Option<&str>)> = KEYWORDS
        .iter()
        .filter_map(|&(text, rule)| match rule {
            Rule::Strict { since, .. } | Rule::Reserved { since } => Some((text, since)),
            Rule::Contextual => None,
        })
        .collect();
    let min = lexer_keywords.iter().map(|(t, _)| t.len()).min().unwrap_or(0);
    let max = lexer_keywords.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    let _ = writeln!(
        w,
        "/// The keyword kind of `ident` in `edition`, for strict and reserved keywords.\n///\n/// Returns `None` for contextual keywords: see [`SyntaxKind::from_contextual_keyword`]."
    );
    let _ = writeln!(
        w,
        "pub fn from_keyword(ident: &str, edition: Edition) -> Option<SyntaxKind> {{ SyntaxKind::from_keyword_bytes(ident.as_bytes(), edition) }}\n"
    );
    let _ =
        writeln!(w, "/// [`SyntaxKind::from_keyword`] on bytes, so that the lexer need not make a `&str`.\n#[inline]");
    let _ = writeln!(w, "pub(crate) fn from_keyword_bytes(ident: &[u8], edition: Edition) -> Option<SyntaxKind> {{");
    let _ = writeln!(w, "// No strict or reserved keyword is shorter than {min} or longer than {max} bytes.");
    let _ = writeln!(w, "if ident.len() < {min} || ident.len() > {max} {{ return None; }}\nlet kind = match ident {{");
    for &(text, _) in lexer_keywords.iter().filter(|(_, since)| since.is_none()) {
        let _ = writeln!(w, "b{text:?} => {},", keyword_kind(text));
    }
    for &(text, since) in &lexer_keywords {
        if let Some(year) = since {
            let _ = writeln!(w, "b{text:?} if edition >= {} => {},", edition(year), keyword_kind(text));
        }
    }
    let _ = writeln!(w, "_ => return None, }}; Some(kind) }}\n");

    let _ = writeln!(
        w,
        "/// The contextual keyword kind of `ident` in `edition`.\n///\n/// A contextual keyword is an identifier for the lexer and a keyword only where the parser\n/// expects one, such as `union` before a name or `dyn` before a trait in edition 2015."
    );
    let _ = writeln!(
        w,
        "pub fn from_contextual_keyword(ident: &str, edition: Edition) -> Option<SyntaxKind> {{ let kind = match ident {{"
    );
    for text in &contextual {
        let _ = writeln!(w, "{text:?} => {},", keyword_kind(text));
    }
    let contextual_before: Vec<(&str, &str)> = KEYWORDS
        .iter()
        .filter_map(|&(text, rule)| match rule {
            Rule::Strict { since: Some(year), contextual_before: true } => Some((text, year)),
            _ => None,
        })
        .collect();
    for &(text, year) in &contextual_before {
        let _ = writeln!(w, "{text:?} if edition < {} => {},", edition(year), keyword_kind(text));
    }
    let _ = writeln!(w, "_ => return None, }}; Some(kind) }}\n");

    let _ = writeln!(w, "/// Whether the kind is a strict or reserved keyword in `edition`.");
    let _ = writeln!(w, "pub fn is_keyword(self, edition: Edition) -> bool {{ match self {{");
    let always: Vec<String> =
        lexer_keywords.iter().filter(|(_, since)| since.is_none()).map(|(t, _)| keyword_kind(t)).collect();
    let _ = writeln!(w, "{} => true,", always.join(" | "));
    let mut years: Vec<&str> = lexer_keywords.iter().filter_map(|(_, since)| *since).collect();
    years.dedup();
    for year in years {
        let gated: Vec<String> =
            lexer_keywords.iter().filter(|(_, since)| *since == Some(year)).map(|(t, _)| keyword_kind(t)).collect();
        let _ = writeln!(w, "{} => edition >= {},", gated.join(" | "), edition(year));
    }
    let _ = writeln!(w, "_ => false, }} }}\n");

    let _ = writeln!(w, "/// Whether the kind is a contextual keyword in `edition`.");
    let _ = writeln!(w, "pub fn is_contextual_keyword(self, edition: Edition) -> bool {{ match self {{");
    for &(text, year) in &contextual_before {
        let _ = writeln!(w, "{} => edition < {},", keyword_kind(text), edition(year));
    }
    let _ = writeln!(w, "_ => self.is_contextual_keyword_kind(), }} }}\n}}\n");

    let _ = writeln!(
        w,
        "/// The kind of a punctuation, keyword or token class, by its text: `T![;]`, `T![fn]`, `T![ident]`."
    );
    let _ = writeln!(w, "#[macro_export]\nmacro_rules! T {{");
    for token in &tokens {
        if let Some(name) = &token.macro_name {
            let _ = writeln!(w, "    [{name}] => {{ $crate::SyntaxKind::{} }};", token.kind);
        }
    }
    let _ = writeln!(w, "}}");
    out
}

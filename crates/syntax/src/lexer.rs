//! The lexer: text in, tokens with kinds, ranges and errors out.
//!
//! The heavy lifting is done by `rustc_lexer` (as published by rust-analyzer), which splits text
//! into edition-independent raw tokens and records problems as flags. This module "cooks" them
//! the way rustc's parser-side lexer does: keywords depend on the edition, reserved prefixes and
//! guarded strings are errors where rustc makes them errors, some raw tokens are split into
//! several (so the token stream is what rustc sees), and the contents of literals are validated.
//!
//! Every byte of the input belongs to exactly one token, so concatenating the token texts gives
//! back the input. Problems never stop lexing: they are errors attached to a token.

use std::ops;

use ra_ap_rustc_lexer::{self as rustc_lexer, Base, Cursor, FrontmatterAllowed, LiteralKind, RawStrError, TokenKind};
use rustc_literal_escaper::{EscapeError, Mode};
use text_size::{TextRange, TextSize};

use crate::{DocStyle, Edition, SyntaxKind};

/// The tokens of a text, with their errors.
///
/// Token `i` has a kind, a range and possibly errors. After the last token there is always one
/// more, [`SyntaxKind::EOF`], with an empty range at the end of the text; [`LexedStr::len`] does not
/// count it.
///
/// The text must be shorter than 4 GiB, as every offset is a [`TextSize`].
#[derive(Debug)]
pub struct LexedStr<'a> {
    text: &'a str,
    edition: Edition,
    kind: Vec<SyntaxKind>,
    /// The start offset of every token, plus the end of the text.
    start: Vec<u32>,
    error: Vec<LexError>,
}

/// An error attached to a token.
#[derive(Debug)]
struct LexError {
    token: u32,
    msg: String,
}

impl<'a> LexedStr<'a> {
    /// Lexes the whole text of a source file: a byte-order mark, a first-line shebang and a
    /// frontmatter block at the start are recognized.
    pub fn new(text: &'a str, edition: Edition) -> LexedStr<'a> {
        Converter::run(text, edition, true)
    }

    /// Lexes a piece of Rust, such as the text of a macro argument: no shebang, no frontmatter.
    pub fn new_fragment(text: &'a str, edition: Edition) -> LexedStr<'a> {
        Converter::run(text, edition, false)
    }

    /// The kind and the first error of `text`, if `text` is exactly one token.
    pub fn single_token(text: &str, edition: Edition) -> Option<(SyntaxKind, Option<String>)> {
        let lexed = LexedStr::new_fragment(text, edition);
        if lexed.len() != 1 {
            return None;
        }
        let error = lexed.errors().next().map(|(_, msg)| msg.to_owned());
        Some((lexed.kind(0), error))
    }

    /// The lexed text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The edition the text was lexed in.
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// The number of tokens, not counting the final [`SyntaxKind::EOF`].
    pub fn len(&self) -> usize {
        self.kind.len() - 1
    }

    /// Whether the text has no tokens, that is, whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The kinds of all tokens, the final [`SyntaxKind::EOF`] included.
    pub fn kinds(&self) -> &[SyntaxKind] {
        &self.kind
    }

    /// The kind of token `i`; `i == self.len()` gives [`SyntaxKind::EOF`].
    pub fn kind(&self, i: usize) -> SyntaxKind {
        self.kind[i]
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &'a str {
        self.range_text(i..i + 1)
    }

    /// The text of the tokens in `range`, from the start of the first to the end of the last.
    pub fn range_text(&self, range: ops::Range<usize>) -> &'a str {
        assert!(range.start <= range.end && range.end <= self.len() + 1);
        let start = self.start[range.start] as usize;
        let end = self.start[range.end.min(self.len())] as usize;
        &self.text[start..end]
    }

    /// The start offset of token `i`.
    pub fn text_start(&self, i: usize) -> TextSize {
        TextSize::new(self.start[i])
    }

    /// The range of token `i`.
    pub fn text_range(&self, i: usize) -> TextRange {
        let start = self.start[i];
        let end = self.start.get(i + 1).copied().unwrap_or(start);
        TextRange::new(start.into(), end.into())
    }

    /// The length of token `i`.
    pub fn text_len(&self, i: usize) -> TextSize {
        self.text_range(i).len()
    }

    /// All errors, as `(token index, message)`, in token order. A token may have several.
    pub fn errors(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        self.error.iter().map(|it| (it.token as usize, it.msg.as_str()))
    }

    /// The errors of token `i`.
    pub fn token_errors(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        let i = i as u32;
        let first = self.error.partition_point(|it| it.token < i);
        self.error[first..].iter().take_while(move |it| it.token == i).map(|it| it.msg.as_str())
    }

    /// Whether token `i` is a doc comment, and of which style.
    pub fn doc_style(&self, i: usize) -> Option<DocStyle> {
        if self.kind(i) != SyntaxKind::COMMENT {
            return None;
        }
        crate::CommentKind::from_text(self.text(i)).doc
    }
}

/// Drives `rustc_lexer` and turns its tokens into ours.
struct Converter<'a> {
    text: &'a str,
    edition: Edition,
    /// The start of the token being converted.
    offset: usize,
    /// The index the token being converted will get.
    index: u32,
    error: Vec<LexError>,
    /// In 2024, errors for guarded strings are reported once per run of `#`: no more errors
    /// for `#` tokens that start before this offset.
    guard_until: usize,
}

/// How many bytes the converter took from a raw token.
enum Taken {
    /// The whole raw token: `rustc_lexer` goes on where it is.
    All,
    /// A different length: `rustc_lexer` starts again after what was taken.
    Bytes(usize),
}

impl<'a> Converter<'a> {
    fn run(text: &'a str, edition: Edition, whole_file: bool) -> LexedStr<'a> {
        assert!(u32::try_from(text.len()).is_ok(), "cannot lex 4 GiB or more of text");
        // Real code has about one token per four bytes; reallocating costs more than a little
        // unused capacity.
        let capacity = text.len() / 3 + 16;
        // The token vectors and the offset are locals, not fields: the hot loop keeps them in
        // registers.
        let mut kinds: Vec<SyntaxKind> = Vec::with_capacity(capacity);
        let mut starts: Vec<u32> = Vec::with_capacity(capacity);
        let mut offset = 0;
        let mut conv = Converter { text, edition, offset: 0, index: 0, error: Vec::new(), guard_until: 0 };

        let mut frontmatter = FrontmatterAllowed::No;
        if whole_file {
            // As rustc does, a byte-order mark at the start is set aside first (here as a
            // trivia token), then the shebang and the frontmatter are looked for after it.
            // Anywhere else, U+FEFF is an unknown character.
            if text.starts_with('\u{feff}') {
                kinds.push(SyntaxKind::BOM);
                starts.push(0);
                offset = '\u{feff}'.len_utf8();
            }
            if let Some(len) = rustc_lexer::strip_shebang(&text[offset..]) {
                kinds.push(SyntaxKind::SHEBANG);
                starts.push(offset as u32);
                offset += len;
            }
            frontmatter = FrontmatterAllowed::Yes;
        }

        let bytes = text.as_bytes();
        let mut cursor = Cursor::new(&text[offset..], frontmatter);
        loop {
            let token = cursor.advance_token();
            let len = token.len as usize;

            // The fast paths: one-byte tokens, whitespace and identifiers are most tokens, and
            // none of them can have an error.
            if len == 1 {
                let kind = ONE_BYTE_TOKENS[usize::from(bytes[offset] & 0x7f)];
                if kind != SyntaxKind::EOF
                    && (!matches!(kind, SyntaxKind::IDENT | SyntaxKind::UNDERSCORE)
                        || matches!(token.kind, TokenKind::Ident))
                {
                    kinds.push(kind);
                    starts.push(offset as u32);
                    offset += 1;
                    continue;
                }
            } else if matches!(token.kind, TokenKind::Whitespace | TokenKind::Ident) {
                let kind = if matches!(token.kind, TokenKind::Whitespace) {
                    SyntaxKind::WHITESPACE
                } else {
                    SyntaxKind::from_keyword_bytes(&bytes[offset..offset + len], edition).unwrap_or(SyntaxKind::IDENT)
                };
                kinds.push(kind);
                starts.push(offset as u32);
                offset += len;
                continue;
            }

            if matches!(token.kind, TokenKind::Eof) {
                break;
            }
            conv.offset = offset;
            conv.index = kinds.len() as u32;
            let (kind, taken) = conv.token(token.kind, &text[offset..offset + len]);
            kinds.push(kind);
            starts.push(offset as u32);
            match taken {
                Taken::All => offset += len,
                Taken::Bytes(n) => {
                    offset += n;
                    cursor = Cursor::new(&text[offset..], FrontmatterAllowed::No);
                }
            }
        }
        debug_assert_eq!(offset, text.len());

        kinds.push(SyntaxKind::EOF);
        starts.push(text.len() as u32);
        LexedStr { text, edition, kind: kinds, start: starts, error: conv.error }
    }

    /// Attaches an error to the token being converted.
    fn error(&mut self, msg: String) {
        self.error.push(LexError { token: self.index, msg });
    }

    /// Converts one raw token of text `text` at `self.offset` into one token of ours.
    ///
    /// This is the slow path, kept out of line so that the main loop stays small.
    #[inline(never)]
    fn token(&mut self, kind: TokenKind, text: &str) -> (SyntaxKind, Taken) {
        let edition = self.edition;
        let mut taken = Taken::All;
        let syntax_kind = match kind {
            TokenKind::Whitespace => SyntaxKind::WHITESPACE,
            TokenKind::Ident => {
                if text == "_" {
                    SyntaxKind::UNDERSCORE
                } else {
                    SyntaxKind::from_keyword(text, edition).unwrap_or(SyntaxKind::IDENT)
                }
            }
            TokenKind::Semi => SyntaxKind::SEMICOLON,
            TokenKind::Comma => SyntaxKind::COMMA,
            TokenKind::Dot => SyntaxKind::DOT,
            TokenKind::OpenParen => SyntaxKind::L_PAREN,
            TokenKind::CloseParen => SyntaxKind::R_PAREN,
            TokenKind::OpenBrace => SyntaxKind::L_CURLY,
            TokenKind::CloseBrace => SyntaxKind::R_CURLY,
            TokenKind::OpenBracket => SyntaxKind::L_BRACK,
            TokenKind::CloseBracket => SyntaxKind::R_BRACK,
            TokenKind::At => SyntaxKind::AT,
            TokenKind::Pound => SyntaxKind::POUND,
            TokenKind::Tilde => SyntaxKind::TILDE,
            TokenKind::Question => SyntaxKind::QUESTION,
            TokenKind::Colon => SyntaxKind::COLON,
            TokenKind::Dollar => SyntaxKind::DOLLAR,
            TokenKind::Eq => SyntaxKind::EQ,
            TokenKind::Bang => SyntaxKind::BANG,
            TokenKind::Lt => SyntaxKind::L_ANGLE,
            TokenKind::Gt => SyntaxKind::R_ANGLE,
            TokenKind::Minus => SyntaxKind::MINUS,
            TokenKind::And => SyntaxKind::AMP,
            TokenKind::Or => SyntaxKind::PIPE,
            TokenKind::Plus => SyntaxKind::PLUS,
            TokenKind::Star => SyntaxKind::STAR,
            TokenKind::Slash => SyntaxKind::SLASH,
            TokenKind::Caret => SyntaxKind::CARET,
            TokenKind::Percent => SyntaxKind::PERCENT,
            TokenKind::LineComment { doc_style } => {
                if doc_style.is_some() {
                    // A line comment stops before `\n`, so in a file with CRLF line endings
                    // its text ends with the `\r` of `\r\n`, which is not a bare CR.
                    let after = &self.text[self.offset + text.len()..];
                    let body = match text.strip_suffix('\r') {
                        Some(body) if after.starts_with('\n') => body,
                        _ => text,
                    };
                    self.check_bare_cr_in_doc_comment(body);
                }
                SyntaxKind::COMMENT
            }
            TokenKind::BlockComment { doc_style, terminated } => {
                if !terminated {
                    self.error("unterminated block comment".to_owned());
                }
                if doc_style.is_some() {
                    self.check_bare_cr_in_doc_comment(text);
                }
                SyntaxKind::COMMENT
            }
            TokenKind::Literal { kind, suffix_start } => {
                match self.literal(kind, suffix_start as usize, text) {
                    Some(kind) => kind,
                    None => {
                        // A C string before 2021: `c` or `cr` is a name, the rest is lexed again.
                        let prefix = if matches!(kind, LiteralKind::CStr { .. }) { 1 } else { 2 };
                        taken = Taken::Bytes(prefix);
                        SyntaxKind::IDENT
                    }
                }
            }
            TokenKind::Lifetime { starts_with_number } => {
                if starts_with_number {
                    let second = text[1..].chars().next().unwrap_or('\0');
                    if second.is_ascii_digit() {
                        self.error("lifetimes cannot start with a number".to_owned());
                    } else {
                        self.error(format!("lifetimes cannot contain emoji: `{text}`"));
                    }
                }
                SyntaxKind::LIFETIME_IDENT
            }
            TokenKind::RawIdent => {
                let name = &text[2..];
                if !can_be_raw(name) {
                    self.error(format!("`{name}` cannot be a raw identifier"));
                }
                SyntaxKind::IDENT
            }
            TokenKind::RawLifetime => {
                if edition < Edition::Edition2021 {
                    // Before 2021, `'r#a` is the lifetime `'r`, then `#` and `a`.
                    taken = Taken::Bytes(2);
                    SyntaxKind::LIFETIME_IDENT
                } else if self.text[self.offset + text.len()..].starts_with('\'') {
                    // `'r#a'` is a character literal with too many characters, as in rustc.
                    self.error("character literal may only contain one codepoint".to_owned());
                    taken = Taken::Bytes(text.len() + 1);
                    SyntaxKind::CHAR
                } else {
                    let name = &text[3..];
                    if !can_be_raw(name) {
                        self.error(format!("`{name}` cannot be a raw lifetime"));
                    }
                    SyntaxKind::LIFETIME_IDENT
                }
            }
            TokenKind::UnknownPrefix => {
                if edition >= Edition::Edition2021 {
                    self.error(format!("prefix `{text}` is unknown"));
                }
                SyntaxKind::from_keyword(text, edition).unwrap_or(SyntaxKind::IDENT)
            }
            TokenKind::UnknownPrefixLifetime => {
                if edition >= Edition::Edition2021 {
                    self.error(format!("prefix `{text}` is unknown"));
                }
                SyntaxKind::LIFETIME_IDENT
            }
            TokenKind::ForcedKeywordIdent => {
                // `k#kw` is reserved syntax without a meaning yet: `k` is an unknown prefix,
                // and lexing goes on at the `#`.
                if edition >= Edition::Edition2021 {
                    self.error("prefix `k` is unknown".to_owned());
                }
                taken = Taken::Bytes(1);
                SyntaxKind::IDENT
            }
            TokenKind::GuardedStrPrefix => {
                // As in rustc, `#"` and `##` are a `#`, then lexing goes on after it. In 2024 a
                // guarded string (`#"…"#`) and `##` are reserved, so they are errors.
                if edition >= Edition::Edition2024 && self.offset >= self.guard_until {
                    self.guarded_str_error();
                }
                taken = Taken::Bytes(1);
                SyntaxKind::POUND
            }
            TokenKind::InvalidIdent => {
                self.error(format!("identifiers cannot contain emoji: `{text}`"));
                SyntaxKind::IDENT
            }
            TokenKind::Frontmatter { has_invalid_preceding_whitespace, .. } => {
                self.validate_frontmatter(text, has_invalid_preceding_whitespace);
                SyntaxKind::FRONTMATTER
            }
            TokenKind::Unknown => {
                let c = text.chars().next().unwrap_or('\0');
                self.error(format!("unknown character `{}`", c.escape_debug()));
                SyntaxKind::ERROR
            }
            TokenKind::Eof => SyntaxKind::EOF,
        };
        (syntax_kind, taken)
    }

    /// The kind of a literal, after checking it; `None` for a C string before 2021.
    fn literal(&mut self, kind: LiteralKind, suffix_start: usize, text: &str) -> Option<SyntaxKind> {
        let edition = self.edition;
        let (syntax_kind, mode, prefix_len, terminated) = match kind {
            LiteralKind::Int { base, empty_int } => {
                if empty_int {
                    self.error("missing digits after the integer base prefix".to_owned());
                } else if matches!(base, Base::Binary | Base::Octal) {
                    self.check_digits(base, &text[2..suffix_start]);
                }
                self.check_suffix(text, suffix_start);
                return Some(SyntaxKind::INT_NUMBER);
            }
            LiteralKind::Float { base, empty_exponent } => {
                match base {
                    Base::Decimal => {}
                    Base::Binary => self.error("binary float literal is not supported".to_owned()),
                    Base::Octal => self.error("octal float literal is not supported".to_owned()),
                    Base::Hexadecimal => self.error("hexadecimal float literal is not supported".to_owned()),
                }
                if empty_exponent {
                    self.error("missing digits after the exponent".to_owned());
                }
                self.check_suffix(text, suffix_start);
                return Some(SyntaxKind::FLOAT_NUMBER);
            }
            LiteralKind::Char { terminated } => (SyntaxKind::CHAR, Mode::Char, 1, terminated),
            LiteralKind::Byte { terminated } => (SyntaxKind::BYTE, Mode::Byte, 2, terminated),
            LiteralKind::Str { terminated } => (SyntaxKind::STRING, Mode::Str, 1, terminated),
            LiteralKind::ByteStr { terminated } => (SyntaxKind::BYTE_STRING, Mode::ByteStr, 2, terminated),
            LiteralKind::CStr { terminated } => {
                if edition < Edition::Edition2021 {
                    return None;
                }
                (SyntaxKind::C_STRING, Mode::CStr, 2, terminated)
            }
            LiteralKind::RawStr { n_hashes } => {
                return Some(self.raw_literal(SyntaxKind::RAW_STRING, Mode::RawStr, 1, n_hashes, text, suffix_start));
            }
            LiteralKind::RawByteStr { n_hashes } => {
                return Some(self.raw_literal(
                    SyntaxKind::RAW_BYTE_STRING,
                    Mode::RawByteStr,
                    2,
                    n_hashes,
                    text,
                    suffix_start,
                ));
            }
            LiteralKind::RawCStr { n_hashes } => {
                if edition < Edition::Edition2021 {
                    return None;
                }
                return Some(self.raw_literal(
                    SyntaxKind::RAW_C_STRING,
                    Mode::RawCStr,
                    2,
                    n_hashes,
                    text,
                    suffix_start,
                ));
            }
        };
        if !terminated {
            let msg = match mode {
                Mode::Char => "unterminated character literal",
                Mode::Byte => "unterminated byte literal",
                Mode::Str => "unterminated double-quoted string",
                Mode::ByteStr => "unterminated double-quoted byte string",
                _ => "unterminated C string",
            };
            self.error(msg.to_owned());
            return Some(syntax_kind);
        }
        self.check_contents(mode, &text[prefix_len..suffix_start - 1]);
        self.check_suffix(text, suffix_start);
        Some(syntax_kind)
    }

    fn raw_literal(
        &mut self,
        kind: SyntaxKind,
        mode: Mode,
        prefix_len: usize,
        n_hashes: Option<u8>,
        text: &str,
        suffix_start: usize,
    ) -> SyntaxKind {
        match n_hashes {
            Some(n) => {
                let n = usize::from(n);
                self.check_contents(mode, &text[prefix_len + n + 1..suffix_start - n - 1]);
                self.check_suffix(text, suffix_start);
            }
            None => {
                let msg = match rustc_lexer::validate_raw_str(text, prefix_len as u32) {
                    Err(RawStrError::InvalidStarter { bad_char }) if text.ends_with(bad_char) => {
                        format!(
                            "found invalid character `{}` in raw string prefix; only `#` is allowed",
                            bad_char.escape_debug()
                        )
                    }
                    Err(RawStrError::InvalidStarter { .. }) => "unterminated raw string".to_owned(),
                    Err(RawStrError::TooManyDelimiters { found }) => format!(
                        "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found {found}"
                    ),
                    Err(RawStrError::NoTerminator { expected, .. }) => {
                        let hashes = "#".repeat(expected as usize);
                        format!("unterminated raw string: expected a closing `\"{hashes}`")
                    }
                    Ok(()) => "invalid raw string".to_owned(),
                };
                self.error(msg);
            }
        }
        kind
    }

    /// Validates the escapes and characters of a literal's contents, quotes excluded.
    fn check_contents(&mut self, mode: Mode, contents: &str) {
        // The fast path: most literals have nothing the escaper could object to.
        let suspicious = match mode {
            Mode::Char | Mode::Byte => true,
            Mode::Str => contents.bytes().any(|b| b == b'\\' || b == b'\r'),
            Mode::ByteStr => contents.bytes().any(|b| b == b'\\' || b == b'\r' || b >= 0x80),
            Mode::CStr => contents.bytes().any(|b| b == b'\\' || b == b'\r' || b == 0),
            Mode::RawStr => contents.bytes().any(|b| b == b'\r'),
            Mode::RawByteStr => contents.bytes().any(|b| b == b'\r' || b >= 0x80),
            Mode::RawCStr => contents.bytes().any(|b| b == b'\r' || b == 0),
        };
        if !suspicious {
            return;
        }
        // rustc turns `\r\n` into `\n` before lexing; so do we, for checking only.
        let normalized;
        let contents = if contents.contains("\r\n") {
            normalized = contents.replace("\r\n", "\n");
            normalized.as_str()
        } else {
            contents
        };
        let mut errors = Vec::new();
        rustc_literal_escaper::check_for_errors(contents, mode, |range, err| {
            if err.is_fatal() {
                errors.push(escape_error_message(mode, &contents[range], err));
            }
        });
        for msg in errors {
            self.error(msg);
        }
    }

    fn check_digits(&mut self, base: Base, digits: &str) {
        let limit = if base == Base::Binary { b'2' } else { b'8' };
        if let Some(&bad) = digits.as_bytes().iter().find(|&&b| b.is_ascii_digit() && b >= limit) {
            let base = base as u32;
            self.error(format!("invalid digit `{}` for a base {base} literal", bad as char));
        }
    }

    fn check_suffix(&mut self, text: &str, suffix_start: usize) {
        // rustc's lexer accepts every suffix but `_`: whether a suffix is valid depends on where
        // the literal is (`1px` is fine as a macro argument), which is for the parser to say.
        if &text[suffix_start..] == "_" {
            self.error("invalid suffix `_`: underscore literal suffix is not allowed".to_owned());
        }
    }

    fn check_bare_cr_in_doc_comment(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let bare_cr = bytes.iter().enumerate().any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if bare_cr {
            self.error("bare CR not allowed in doc comment".to_owned());
        }
    }

    fn guarded_str_error(&mut self) {
        let rest = &self.text[self.offset..];
        let guarded = Cursor::new(rest, FrontmatterAllowed::No).guarded_double_quoted_string();
        match guarded {
            Some(guarded) => {
                self.guard_until = self.offset + guarded.token_len as usize;
                let msg = if guarded.terminated {
                    "invalid string literal: unprefixed guarded string literals are reserved since Rust 2024"
                } else {
                    "unterminated guarded string literal: unprefixed guarded string literals are reserved since Rust 2024"
                };
                self.error(msg.to_owned());
            }
            None => {
                let hashes = rest.bytes().take_while(|&b| b == b'#').count();
                self.guard_until = self.offset + hashes;
                self.error(format!("reserved token `{}` in Rust 2024", &rest[..hashes]));
            }
        }
    }

    /// Checks a frontmatter block the way rustc does.
    fn validate_frontmatter(&mut self, text: &str, has_invalid_preceding_whitespace: bool) {
        let Some(real_start) = text.find("---") else {
            return;
        };
        let opening = &text[real_start..];
        let within = opening.trim_start_matches('-');
        let len_opening = opening.len() - within.len();
        if has_invalid_preceding_whitespace {
            self.error("invalid preceding whitespace for frontmatter opening".to_owned());
        }
        let info_line = within.split('\n').next().unwrap_or("");
        if !is_valid_infostring(info_line.strip_suffix('\r').unwrap_or(info_line)) {
            self.error("invalid infostring for frontmatter".to_owned());
        }

        let last_line_start = within.rfind('\n').map_or(0, |i| i + 1);
        let last_line = &within[last_line_start..];
        let last_line = last_line.strip_suffix('\r').unwrap_or(last_line);
        let last_line_trimmed = last_line.trim_start_matches(rustc_lexer::is_horizontal_whitespace);
        if last_line_start == 0 || !last_line_trimmed.starts_with("---") {
            self.error("unclosed frontmatter".to_owned());
            return;
        }
        if last_line_trimmed.len() != last_line.len() {
            self.error("invalid preceding whitespace for frontmatter close".to_owned());
        }
        let rest = last_line_trimmed.trim_start_matches('-');
        let len_close = last_line_trimmed.len() - rest.len();
        if len_close != len_opening {
            self.error("frontmatter close does not match the opening".to_owned());
        }
        if !rest.trim_matches(rustc_lexer::is_horizontal_whitespace).is_empty() {
            self.error("extra characters after frontmatter close are not allowed".to_owned());
        }
        if len_opening > 255 {
            self.error(
                "too many `-` symbols: frontmatter openings may be delimited by up to 255 `-` symbols".to_owned(),
            );
        }
    }
}

/// The kind of a token of one byte, by that byte, where the byte alone says it; `EOF` where it
/// does not (a lone quote, an unknown character). A letter is an identifier only if `rustc_lexer`
/// says so: `f` in `f"…"` is an unknown prefix.
static ONE_BYTE_TOKENS: [SyntaxKind; 128] = {
    let mut table = [SyntaxKind::EOF; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => SyntaxKind::WHITESPACE,
            b'a'..=b'z' | b'A'..=b'Z' => SyntaxKind::IDENT,
            b'_' => SyntaxKind::UNDERSCORE,
            b'0'..=b'9' => SyntaxKind::INT_NUMBER,
            b';' => SyntaxKind::SEMICOLON,
            b',' => SyntaxKind::COMMA,
            b'.' => SyntaxKind::DOT,
            b'(' => SyntaxKind::L_PAREN,
            b')' => SyntaxKind::R_PAREN,
            b'{' => SyntaxKind::L_CURLY,
            b'}' => SyntaxKind::R_CURLY,
            b'[' => SyntaxKind::L_BRACK,
            b']' => SyntaxKind::R_BRACK,
            b'@' => SyntaxKind::AT,
            b'#' => SyntaxKind::POUND,
            b'~' => SyntaxKind::TILDE,
            b'?' => SyntaxKind::QUESTION,
            b':' => SyntaxKind::COLON,
            b'$' => SyntaxKind::DOLLAR,
            b'=' => SyntaxKind::EQ,
            b'!' => SyntaxKind::BANG,
            b'<' => SyntaxKind::L_ANGLE,
            b'>' => SyntaxKind::R_ANGLE,
            b'-' => SyntaxKind::MINUS,
            b'&' => SyntaxKind::AMP,
            b'|' => SyntaxKind::PIPE,
            b'+' => SyntaxKind::PLUS,
            b'*' => SyntaxKind::STAR,
            b'/' => SyntaxKind::SLASH,
            b'^' => SyntaxKind::CARET,
            b'%' => SyntaxKind::PERCENT,
            _ => SyntaxKind::EOF,
        };
        byte += 1;
    }
    table
};

/// Whether the rest of a frontmatter's opening line, after the dashes, is a valid infostring:
/// optional horizontal whitespace, an optional identifier-like word (`-` and `.` allowed), and
/// optional horizontal whitespace.
fn is_valid_infostring(line: &str) -> bool {
    let line = line.trim_matches(rustc_lexer::is_horizontal_whitespace);
    let mut chars = line.chars();
    match chars.next() {
        None => true,
        Some(c) => rustc_lexer::is_id_start(c) && chars.all(|c| rustc_lexer::is_id_continue(c) || c == '-' || c == '.'),
    }
}

/// Whether `name` may follow `r#` (rustc's `Symbol::can_be_raw`).
fn can_be_raw(name: &str) -> bool {
    !matches!(name, "" | "_" | "crate" | "self" | "super" | "Self")
}

fn escape_error_message(mode: Mode, text: &str, err: EscapeError) -> String {
    let what = match mode {
        Mode::Char => "character literal",
        Mode::Byte => "byte literal",
        Mode::Str => "string",
        Mode::RawStr => "raw string",
        Mode::ByteStr => "byte string",
        Mode::RawByteStr => "raw byte string",
        Mode::CStr => "C string",
        Mode::RawCStr => "raw C string",
    };
    // Control characters are escaped, everything else is shown as written.
    let shown: String =
        text.chars().map(|c| if c.is_control() { c.escape_debug().to_string() } else { c.to_string() }).collect();
    match err {
        EscapeError::ZeroChars => format!("empty {what}"),
        EscapeError::MoreThanOneChar => format!("{what} may only contain one codepoint"),
        EscapeError::LoneSlash => format!("invalid trailing slash in {what}"),
        EscapeError::InvalidEscape => {
            let rest = text.strip_prefix('\\').unwrap_or(text);
            format!("invalid escape `\\{}` in {what}", rest.escape_debug())
        }
        EscapeError::BareCarriageReturn => {
            format!("bare CR not allowed in {what}, use `\\r` instead")
        }
        EscapeError::BareCarriageReturnInRawString => format!("bare CR not allowed in {what}"),
        EscapeError::EscapeOnlyChar => format!("character `{shown}` must be escaped in {what}"),
        EscapeError::TooShortHexEscape => {
            format!("numeric character escape `{shown}` is too short in {what}")
        }
        EscapeError::InvalidCharInHexEscape => {
            format!("invalid character in numeric character escape `{shown}` in {what}")
        }
        EscapeError::OutOfRangeHexEscape => {
            format!("out of range hex escape `{shown}` in {what}: must be at most `\\x7f`")
        }
        EscapeError::NoBraceInUnicodeEscape => {
            format!("incorrect unicode escape sequence `{shown}` in {what}: expected `{{`")
        }
        EscapeError::InvalidCharInUnicodeEscape => {
            format!("invalid character in unicode escape `{shown}` in {what}")
        }
        EscapeError::EmptyUnicodeEscape => format!("empty unicode escape in {what}"),
        EscapeError::UnclosedUnicodeEscape => {
            format!("unterminated unicode escape `{shown}` in {what}")
        }
        EscapeError::LeadingUnderscoreUnicodeEscape => {
            format!("invalid start of unicode escape `{shown}` in {what}: `_`")
        }
        EscapeError::OverlongUnicodeEscape => {
            format!("overlong unicode escape `{shown}` in {what}: at most 6 hex digits")
        }
        EscapeError::LoneSurrogateUnicodeEscape => {
            format!("invalid unicode escape `{shown}` in {what}: it must not be a surrogate")
        }
        EscapeError::OutOfRangeUnicodeEscape => {
            format!("invalid unicode escape `{shown}` in {what}: it must be at most 10FFFF")
        }
        EscapeError::UnicodeEscapeInByte => {
            format!("unicode escape `{shown}` in {what}: only `\\x` escapes are allowed")
        }
        EscapeError::NonAsciiCharInByte => {
            format!("non-ASCII character `{shown}` in {what}")
        }
        EscapeError::NulInCStr => format!("null characters are not allowed in a {what}"),
        EscapeError::UnskippedWhitespaceWarning | EscapeError::MultipleSkippedLinesWarning => {
            format!("whitespace after a line continuation in {what}")
        }
    }
}

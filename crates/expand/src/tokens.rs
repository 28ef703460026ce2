//! Tokens as rustc's macro matcher sees them: sem's token trees hold punctuation one character
//! at a time, but rustc matches `=>`, `::` or `..=` as single tokens (and a `tt` is one of them),
//! so joint characters are glued back here, with rustc's gluing rules; `'` joint with an
//! identifier is a lifetime.

use sem_syntax::token_tree::{DelimiterKind, Ident, Literal, Punct, Spacing};
use smol_str::SmolStr;

/// The operators rustc glues from joint characters, each reachable one character at a time
/// (`<<=` is `<<` then `=`).
const GLUED: [&str; 25] = [
    "==", "=>", "<=", "<<", "<-", "<<=", ">=", ">>", ">>=", "!=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=", "&=",
    "|=", "->", "..", "...", "..=", "::",
];

/// One punctuation token: one to three characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct PunctToken {
    chars: [char; 3],
    len: u8,
}

impl PunctToken {
    pub(crate) fn single(char: char) -> PunctToken {
        PunctToken { chars: [char, '\0', '\0'], len: 1 }
    }

    /// The number of characters (of token-tree leaves).
    pub(crate) fn len(self) -> usize {
        usize::from(self.len)
    }

    pub(crate) fn chars(&self) -> &[char] {
        &self.chars[..self.len()]
    }

    /// Whether the token is `text`.
    pub(crate) fn is(&self, text: &str) -> bool {
        text.chars().eq(self.chars().iter().copied())
    }

    pub(crate) fn text(&self) -> String {
        self.chars().iter().collect()
    }

    /// This token with `next` glued on, if rustc glues them.
    fn glue(self, next: char) -> Option<PunctToken> {
        if self.len() == 3 {
            return None;
        }
        let mut glued = self;
        glued.chars[self.len()] = next;
        glued.len += 1;
        GLUED.iter().any(|op| glued.is(op)).then_some(glued)
    }
}

/// Glues the punctuation characters `puncts` (consecutive leaves, starting where a token
/// starts) into the token rustc would see there.
pub(crate) fn glue<'a, S: 'a>(mut puncts: impl Iterator<Item = &'a Punct<S>>) -> Option<PunctToken> {
    let first = puncts.next()?;
    let mut token = PunctToken::single(first.char);
    let mut joint = first.spacing == Spacing::Joint;
    for punct in puncts {
        if !joint {
            break;
        }
        match token.glue(punct.char) {
            Some(glued) => token = glued,
            None => break,
        }
        joint = punct.spacing == Spacing::Joint;
    }
    Some(token)
}

/// A token of a macro call's input, at some position.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Token<'a, S> {
    Ident(&'a Ident<S>),
    /// `'` and this identifier.
    Lifetime(&'a Ident<S>),
    Literal(&'a Literal<S>),
    Punct(PunctToken),
    Open(DelimiterKind),
    Close(DelimiterKind),
    Eof,
}

impl<S> Token<'_, S> {
    /// How many positions of the flat input the token covers.
    pub(crate) fn len(&self) -> usize {
        match self {
            Token::Ident(_) | Token::Literal(_) | Token::Open(_) | Token::Close(_) => 1,
            Token::Lifetime(_) => 2,
            Token::Punct(punct) => punct.len(),
            Token::Eof => 0,
        }
    }

    /// Whether the token is the punctuation `text`.
    pub(crate) fn is_punct(&self, text: &str) -> bool {
        matches!(self, Token::Punct(punct) if punct.is(text))
    }

    /// Whether the token is the identifier `text` (not raw).
    pub(crate) fn is_ident(&self, text: &str) -> bool {
        matches!(self, Token::Ident(ident) if !ident.is_raw && ident.text == text)
    }

    /// The token as it would be written, for messages.
    pub(crate) fn describe(&self) -> String {
        match self {
            Token::Ident(ident) => ident_text(&ident.text, ident.is_raw),
            Token::Lifetime(ident) => format!("'{}", ident_text(&ident.text, ident.is_raw)),
            Token::Literal(literal) => literal.text.to_string(),
            Token::Punct(punct) => punct.text(),
            Token::Open(kind) => delimiter_text(*kind).0.to_owned(),
            Token::Close(kind) => delimiter_text(*kind).1.to_owned(),
            Token::Eof => "end of input".to_owned(),
        }
    }
}

/// A token a matcher expects literally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MatchToken {
    Ident { text: SmolStr, is_raw: bool },
    Lifetime { text: SmolStr, is_raw: bool },
    Literal(SmolStr),
    Punct(PunctToken),
}

impl MatchToken {
    /// Whether `token` is this token: identifiers compare by text and rawness, literals by
    /// text, punctuation by its glued characters (`=>` does not match `=` `>` written apart).
    pub(crate) fn matches<S>(&self, token: &Token<'_, S>) -> bool {
        match (self, token) {
            (MatchToken::Ident { text, is_raw }, Token::Ident(ident))
            | (MatchToken::Lifetime { text, is_raw }, Token::Lifetime(ident)) => {
                ident.text == *text && ident.is_raw == *is_raw
            }
            (MatchToken::Literal(text), Token::Literal(literal)) => literal.text == *text,
            (MatchToken::Punct(expected), Token::Punct(punct)) => expected == punct,
            _ => false,
        }
    }

    pub(crate) fn describe(&self) -> String {
        match self {
            MatchToken::Ident { text, is_raw } => ident_text(text, *is_raw),
            MatchToken::Lifetime { text, is_raw } => format!("'{}", ident_text(text, *is_raw)),
            MatchToken::Literal(text) => text.to_string(),
            MatchToken::Punct(punct) => punct.text(),
        }
    }
}

fn ident_text(text: &str, is_raw: bool) -> String {
    if is_raw { format!("r#{text}") } else { text.to_owned() }
}

/// The opening and closing text of a delimiter kind (empty for invisible ones).
pub(crate) fn delimiter_text(kind: DelimiterKind) -> (&'static str, &'static str) {
    match kind {
        DelimiterKind::Parenthesis => ("(", ")"),
        DelimiterKind::Brace => ("{", "}"),
        DelimiterKind::Bracket => ("[", "]"),
        DelimiterKind::Invisible => ("⟦", "⟧"),
    }
}

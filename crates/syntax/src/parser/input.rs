//! What the parser reads: the kinds of the significant tokens, with whitespace and comments gone.
//!
//! The parser never sees text. It sees a kind per token, whether the token touches the next one
//! (so that `>` `>` can be read as `>>` but `> >` cannot), and for identifiers the contextual
//! keyword they spell, if any. An `Input` can be built from lexed text (the usual case, see
//! [`Input::from_lexed`]) or token by token, which is how the macro expander feeds token trees
//! to the parser.

use crate::{Edition, LexedStr, SyntaxKind};

/// The tokens the parser reads. Indexing past the end gives [`SyntaxKind::EOF`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Input {
    kind: Vec<SyntaxKind>,
    /// For identifiers, the contextual keyword they spell (or `IDENT`); for other tokens, their kind.
    contextual_kind: Vec<SyntaxKind>,
    /// Bit `i`: token `i` is immediately followed by token `i + 1`, with nothing in between.
    joint: Vec<u64>,
    /// Bit `i`: token `i` is a float literal whose text ends with `.` (such as `1.`).
    float_ends_in_dot: Vec<u64>,
}

impl Input {
    /// An empty input.
    pub fn new() -> Input {
        Input::default()
    }

    /// The significant tokens of a lexed text. Whitespace, comments, a shebang and a frontmatter
    /// block are left out; the tree builder puts them back.
    pub fn from_lexed(lexed: &LexedStr<'_>) -> Input {
        let edition = lexed.edition();
        let mut input = Input::with_capacity(lexed.len() / 2 + 1);
        let mut previous_was_trivia = true;
        for i in 0..lexed.len() {
            let kind = lexed.kind(i);
            if is_skipped(kind) {
                previous_was_trivia = true;
                continue;
            }
            if !previous_was_trivia {
                input.was_joint();
            }
            previous_was_trivia = false;
            match kind {
                SyntaxKind::IDENT => input.push_ident(lexed.text(i), edition),
                SyntaxKind::FLOAT_NUMBER => input.push_float(lexed.text(i).ends_with('.')),
                _ => input.push(kind),
            }
        }
        input
    }

    fn with_capacity(capacity: usize) -> Input {
        Input {
            kind: Vec::with_capacity(capacity),
            contextual_kind: Vec::with_capacity(capacity),
            joint: Vec::with_capacity(capacity / 64 + 1),
            float_ends_in_dot: Vec::new(),
        }
    }

    /// Appends a token that is not an identifier.
    pub fn push(&mut self, kind: SyntaxKind) {
        self.push_with_contextual(kind, kind);
    }

    /// Appends an identifier, remembering the contextual keyword its text spells in `edition`.
    pub fn push_ident(&mut self, text: &str, edition: Edition) {
        let contextual = SyntaxKind::from_contextual_keyword(text, edition).unwrap_or(SyntaxKind::IDENT);
        self.push_with_contextual(SyntaxKind::IDENT, contextual);
    }

    /// Appends a float literal; `ends_in_dot` tells whether its text ends with `.`.
    pub fn push_float(&mut self, ends_in_dot: bool) {
        let index = self.kind.len();
        self.push(SyntaxKind::FLOAT_NUMBER);
        if ends_in_dot {
            set_bit(&mut self.float_ends_in_dot, index);
        }
    }

    /// Marks the last token pushed as touching the next one.
    pub fn was_joint(&mut self) {
        if let Some(last) = self.kind.len().checked_sub(1) {
            set_bit(&mut self.joint, last);
        }
    }

    fn push_with_contextual(&mut self, kind: SyntaxKind, contextual: SyntaxKind) {
        self.kind.push(kind);
        self.contextual_kind.push(contextual);
        if self.kind.len().div_ceil(64) > self.joint.len() {
            self.joint.push(0);
        }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.kind.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.kind.is_empty()
    }

    #[inline]
    pub(crate) fn kind(&self, i: usize) -> SyntaxKind {
        self.kind.get(i).copied().unwrap_or(SyntaxKind::EOF)
    }

    #[inline]
    pub(crate) fn contextual_kind(&self, i: usize) -> SyntaxKind {
        self.contextual_kind.get(i).copied().unwrap_or(SyntaxKind::EOF)
    }

    #[inline]
    pub(crate) fn is_joint(&self, i: usize) -> bool {
        get_bit(&self.joint, i)
    }

    pub(crate) fn float_ends_in_dot(&self, i: usize) -> bool {
        get_bit(&self.float_ends_in_dot, i)
    }
}

/// Whether the parser skips tokens of this kind (the tree builder re-attaches them).
pub(crate) fn is_skipped(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        SyntaxKind::WHITESPACE | SyntaxKind::COMMENT | SyntaxKind::BOM | SyntaxKind::SHEBANG | SyntaxKind::FRONTMATTER
    )
}

fn set_bit(words: &mut Vec<u64>, i: usize) {
    let word = i / 64;
    if words.len() <= word {
        words.resize(word + 1, 0);
    }
    words[word] |= 1 << (i % 64);
}

fn get_bit(words: &[u64], i: usize) -> bool {
    words.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
}

//! The `tokens(file)` query: the lexed tokens of one file in one edition.

use sem_sources::Edition;
use sem_syntax::{LexedStr, SyntaxKind};
use text_size::{TextRange, TextSize};

use crate::{Db, inputs::SourceFile};

/// The tokens of a file: kinds, offsets and lexer errors, without the text itself (which the
/// file input holds), so that equal token streams compare equal cheaply.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Tokens {
    kinds: Box<[SyntaxKind]>,
    /// The start of every token, then the end of the text.
    starts: Box<[u32]>,
    errors: Box<[(u32, Box<str>)]>,
}

impl Tokens {
    /// Lexes `text` as a whole source file of `edition`.
    pub fn lex(text: &str, edition: Edition) -> Tokens {
        let lexed = LexedStr::new(text, edition);
        let count = lexed.len();
        Tokens {
            kinds: lexed.kinds()[..count].into(),
            starts: (0..=count).map(|index| u32::from(lexed.text_start(index))).collect(),
            errors: lexed.errors().map(|(index, message)| (index as u32, message.into())).collect(),
        }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Whether there is no token (the text is empty).
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The kind of token `index`.
    pub fn kind(&self, index: usize) -> SyntaxKind {
        self.kinds[index]
    }

    /// The range of token `index`.
    pub fn range(&self, index: usize) -> TextRange {
        TextRange::new(TextSize::new(self.starts[index]), TextSize::new(self.starts[index + 1]))
    }

    /// The text of token `index`, given the text the tokens were lexed from.
    pub fn text<'t>(&self, text: &'t str, index: usize) -> &'t str {
        &text[self.range(index)]
    }

    /// The lexer errors as (token index, message).
    pub fn errors(&self) -> impl Iterator<Item = (usize, &str)> {
        self.errors.iter().map(|(index, message)| (*index as usize, &**message))
    }

    /// The number of lexer errors.
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }
}

/// The tokens of `file` lexed in `edition` (the edition of the crate that reads the file; a
/// file shared by crates of two editions is lexed once for each).
///
/// The result is compared with the previous one after a re-run, so an edit that leaves the
/// token stream identical (there is none for a real edit, but a reverted one is) stops here.
#[salsa::tracked(returns(ref))]
pub fn tokens(db: &dyn Db, file: SourceFile, edition: Edition) -> Tokens {
    Tokens::lex(file.text(db).get(), edition)
}

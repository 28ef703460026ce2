//! Syntax for sem: token kinds and a lossless, error-tolerant lexer for all editions of Rust.
//!
//! This crate turns text into tokens (and, later, into syntax trees). It works on `&str` values
//! handed to it and nothing else: it must not depend on salsa, on `sem-sources` or on any crate
//! above it, and it does no IO. Everything here is a pure function of the text and the edition.
//!
//! The lexer is lossless: every byte of the input belongs to exactly one token, for any UTF-8
//! input, so the text of the tokens, concatenated, is the input. It never fails: a problem is an
//! error attached to a token, and lexing goes on.

mod edition;
mod lexer;
mod syntax_kind;

#[cfg(test)]
mod tests;

pub use crate::{
    edition::{Edition, ParseEditionError},
    lexer::LexedStr,
    syntax_kind::{CommentKind, CommentShape, DocStyle, SyntaxKind},
};

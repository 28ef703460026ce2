//! Syntax for sem: a lossless, error-tolerant lexer and parser for all editions of Rust.
//!
//! This crate turns text into tokens and tokens into syntax trees (rowan green trees with a typed
//! AST over them). It works on `&str` values
//! handed to it and nothing else: it must not depend on salsa, on `sem-sources` or on any crate
//! above it, and it does no IO. Everything here is a pure function of the text and the edition.
//!
//! The lexer is lossless: every byte of the input belongs to exactly one token, for any UTF-8
//! input, so the text of the tokens, concatenated, is the input. It never fails: a problem is an
//! error attached to a token, and lexing goes on.
//!
//! A few choices, for the parser's sake:
//!
//! - All comments are [`SyntaxKind::COMMENT`]; [`CommentKind::from_text`] (or
//!   [`LexedStr::doc_style`]) tells doc comments apart.
//! - Raw strings have kinds of their own (`RAW_STRING`, `RAW_BYTE_STRING`, `RAW_C_STRING`).
//! - Punctuation is lexed one character at a time; the parser glues `::`, `->` and the like.
//! - Contextual keywords are lexed as [`SyntaxKind::IDENT`]; the parser remaps them with
//!   [`SyntaxKind::from_contextual_keyword`].
//! - As in rustc's lexer, a literal suffix is only an error when it is `_`: whether `1px` is valid
//!   depends on where it is (it is fine as a macro argument), which is for the parser to say.
//! - Edition-dependent syntax follows rustc: C strings and raw lifetimes exist from 2021 on (and
//!   are split into their parts before), unknown prefixes are errors from 2021 on, and guarded
//!   strings (`#"…"#`) and `##` are errors on a `#` token in 2024.

pub mod ast;
mod build_tree;
mod deep_tree;
mod edition;
mod grammar;
mod green_cache;
mod lexer;
mod parse;
mod parser;
mod reparsing;
mod shape;
mod syntax_kind;
mod syntax_node;
pub mod token_tree;

#[cfg(test)]
mod tests;

pub use rowan::{GreenNode, TextRange, TextSize, WalkEvent};

pub use crate::{
    deep_tree::{GreenTree, green_eq_iterative, is_deep},
    edition::{Edition, ParseEditionError},
    grammar::{PrefixEntryPoint, TopEntryPoint},
    green_cache::NodeCache,
    lexer::LexedStr,
    parse::{
        Parse, check_tree_invariants, debug_dump, parse_fragment, parse_source_file, parse_source_file_with_cache,
        parse_source_file_without_bodies,
    },
    parser::{Input, NESTING_LIMIT, Output, Step},
    reparsing::{Indel, ReparseStrategy},
    shape::{ShapeError, ShapeProblem, check_tree_shape, is_allowed_child},
    syntax_kind::{CommentKind, CommentShape, DocStyle, SyntaxKind},
    syntax_node::{
        RustLanguage, SyntaxElement, SyntaxElementChildren, SyntaxError, SyntaxNode, SyntaxNodeChildren, SyntaxToken,
    },
};

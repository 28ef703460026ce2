//! Hand-written additions to the generated AST: parsing a file, the text of names, the kind of
//! a literal, and the accessors whose part cannot be found by position alone.

use std::{borrow::Cow, fmt, ops::Deref};

use rowan::GreenToken;

use super::{AstNode, support};
use crate::{
    Edition, Parse, SyntaxKind, SyntaxNode, SyntaxToken,
    ast::{self, Impl, Literal, MacroDef, Name, NameRef, SourceFile, TokenTree, Type},
};

impl SourceFile {
    /// Parses the text of a source file (see [`crate::parse_source_file`]).
    pub fn parse(text: &str, edition: Edition) -> Parse<SourceFile> {
        crate::parse_source_file(text, edition)
    }
}

/// The text of a token, borrowed from the tree when it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenText<'a>(Repr<'a>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr<'a> {
    Borrowed(&'a str),
    Owned(GreenToken),
}

impl TokenText<'_> {
    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(text) => text,
            Repr::Owned(token) => token.text(),
        }
    }
}

impl Deref for TokenText<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for TokenText<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for TokenText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text of the first token of `node` that is not trivia (empty if there is none).
fn first_token_text(node: &SyntaxNode) -> TokenText<'_> {
    let is_text = |kind: rowan::SyntaxKind| SyntaxKind::from_raw(kind.0).is_some_and(|k| !k.is_trivia());
    match node.green() {
        Cow::Borrowed(green) => {
            let token = green.children().filter_map(|it| it.into_token()).find(|it| is_text(it.kind()));
            TokenText(Repr::Borrowed(token.map_or("", |it| it.text())))
        }
        Cow::Owned(green) => {
            let token = green.children().filter_map(|it| it.into_token()).find(|it| is_text(it.kind()));
            match token {
                Some(token) => TokenText(Repr::Owned(token.to_owned())),
                None => TokenText(Repr::Borrowed("")),
            }
        }
    }
}

impl Name {
    /// The name as written (`r#fn` keeps its `r#`).
    pub fn text(&self) -> TokenText<'_> {
        first_token_text(self.syntax())
    }
}

impl NameRef {
    /// The name as written: an identifier, a tuple index, `self`, `super`, `crate` or `Self`.
    pub fn text(&self) -> TokenText<'_> {
        first_token_text(self.syntax())
    }
}

/// What a literal is, with its token typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiteralKind {
    /// An integer: `92`.
    IntNumber(ast::IntNumber),
    /// A floating-point number: `1.5`.
    FloatNumber(ast::FloatNumber),
    /// A character: `'a'`.
    Char(ast::Char),
    /// A byte: `b'a'`.
    Byte(ast::Byte),
    /// A string, raw or not.
    String(ast::String),
    /// A byte string, raw or not.
    ByteString(ast::ByteString),
    /// A C string, raw or not.
    CString(ast::CString),
    /// `true` or `false`.
    Bool(bool),
}

impl Literal {
    /// The literal's token.
    pub fn token(&self) -> Option<SyntaxToken> {
        self.value_token()
    }

    /// What the literal is.
    pub fn kind(&self) -> Option<LiteralKind> {
        let syntax = self.token()?;
        let kind = match syntax.kind() {
            SyntaxKind::TRUE_KW => LiteralKind::Bool(true),
            SyntaxKind::FALSE_KW => LiteralKind::Bool(false),
            SyntaxKind::INT_NUMBER => LiteralKind::IntNumber(ast::IntNumber { syntax }),
            SyntaxKind::FLOAT_NUMBER => LiteralKind::FloatNumber(ast::FloatNumber { syntax }),
            SyntaxKind::CHAR => LiteralKind::Char(ast::Char { syntax }),
            SyntaxKind::BYTE => LiteralKind::Byte(ast::Byte { syntax }),
            SyntaxKind::STRING | SyntaxKind::RAW_STRING => LiteralKind::String(ast::String { syntax }),
            SyntaxKind::BYTE_STRING | SyntaxKind::RAW_BYTE_STRING => {
                LiteralKind::ByteString(ast::ByteString { syntax })
            }
            SyntaxKind::C_STRING | SyntaxKind::RAW_C_STRING => LiteralKind::CString(ast::CString { syntax }),
            _ => return None,
        };
        Some(kind)
    }
}

impl Impl {
    /// The trait of a trait impl: the type before `for`.
    pub fn trait_(&self) -> Option<Type> {
        support::child_before_token(self.syntax(), &[SyntaxKind::FOR_KW])
    }

    /// The implementing type: the type after `for`, or the only type of an inherent impl.
    pub fn self_ty(&self) -> Option<Type> {
        match self.for_token() {
            Some(_) => support::child_after_token(self.syntax(), &[SyntaxKind::FOR_KW]),
            None => support::child(self.syntax()),
        }
    }
}

impl MacroDef {
    /// The parameters of a `macro m($x:expr) { ... }` (`None` for `macro m { rules }`).
    pub fn args(&self) -> Option<TokenTree> {
        let mut trees = support::children::<TokenTree>(self.syntax());
        let first = trees.next();
        trees.next().and(first)
    }

    /// The body: the last token tree.
    pub fn body(&self) -> Option<TokenTree> {
        support::children(self.syntax()).last()
    }
}

/// The value of a string literal as written (`"std"`, `"a\\nb"`, `r#"x"#`): escapes decoded,
/// `None` for anything else (a byte or C string, an unterminated string, an invalid escape).
/// `cfg` predicates and `#[path]` attributes read their values with it.
pub fn string_literal_value(text: &str) -> Option<String> {
    if let Some(raw) = text.strip_prefix('r') {
        let count = raw.len() - raw.trim_start_matches('#').len();
        let inner = raw[count..].strip_prefix('"')?;
        return Some(inner.strip_suffix(&"#".repeat(count))?.strip_suffix('"')?.to_owned());
    }
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        return Some(inner.to_owned());
    }
    let mut value = String::with_capacity(inner.len());
    let mut valid = true;
    rustc_literal_escaper::unescape_str(inner, |_, char| match char {
        Ok(char) => value.push(char),
        Err(error) => valid &= !error.is_fatal(),
    });
    valid.then_some(value)
}

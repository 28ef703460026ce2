//! Building token trees for the output of built-in macros and derives: template text lexed into
//! tokens that all get one span (the call site), with token trees of the input spliced in
//! between, and the escaping of the literals the built-ins make.

use sem_syntax::{
    Edition, LexedStr, SyntaxKind,
    token_tree::{Delimiter, DelimiterKind, Ident, Leaf, Literal, Punct, Spacing, Subtree, TokenTree},
};

/// A token tree under construction. Template text may open a group in one call and close it in
/// a later one, so that input trees can be spliced inside; [`TokenBuilder::finish`] closes what
/// is left open.
#[derive(Debug)]
pub(crate) struct TokenBuilder<S> {
    span: S,
    /// The groups being built: the top (invisible delimiters) and each group opened and not yet
    /// closed, innermost last.
    stack: Vec<Subtree<S>>,
}

impl<S: Copy> TokenBuilder<S> {
    /// An empty builder whose template tokens get `span`.
    pub(crate) fn new(span: S) -> TokenBuilder<S> {
        TokenBuilder { span, stack: vec![group(DelimiterKind::Invisible, span, Vec::new())] }
    }

    /// The span template tokens get.
    pub(crate) fn span(&self) -> S {
        self.span
    }

    fn push(&mut self, tree: TokenTree<S>) {
        self.stack.last_mut().expect("the top group is never popped").token_trees.push(tree);
    }

    /// Appends the tokens of `text`, Rust source text without comments. Punctuation written
    /// together (`::`, `=>`) is joint, as the lexer sees it; `(`, `[` and `{` open groups that a
    /// `)`, `]` or `}` of this call or of a later one closes.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        let lexed = LexedStr::new_fragment(text, Edition::Edition2021);
        let span = self.span;
        for i in 0..lexed.len() {
            let kind = lexed.kind(i);
            let token = lexed.text(i);
            match kind {
                SyntaxKind::WHITESPACE | SyntaxKind::COMMENT => {}
                SyntaxKind::L_PAREN => self.open(DelimiterKind::Parenthesis),
                SyntaxKind::L_BRACK => self.open(DelimiterKind::Bracket),
                SyntaxKind::L_CURLY => self.open(DelimiterKind::Brace),
                SyntaxKind::R_PAREN | SyntaxKind::R_BRACK | SyntaxKind::R_CURLY => self.close(),
                SyntaxKind::LIFETIME_IDENT => {
                    self.push(punct('\'', Spacing::Joint, span));
                    self.push(ident(&token[1..], span));
                }
                _ if kind.is_literal() => {
                    self.push(TokenTree::Leaf(Leaf::Literal(Literal { text: token.into(), kind, span })));
                }
                _ if kind.is_punct() => {
                    let next = lexed.kind(i + 1);
                    let glued_to_next = next.is_punct() && !is_delimiter(next);
                    let count = token.chars().count();
                    for (n, char) in token.chars().enumerate() {
                        let spacing = if n + 1 < count || glued_to_next { Spacing::Joint } else { Spacing::Alone };
                        self.push(punct(char, spacing, span));
                    }
                }
                _ => match token.strip_prefix("r#") {
                    Some(name) => self.push(raw_ident(name, span)),
                    None => self.push(ident(token, span)),
                },
            }
        }
        self
    }

    /// Appends one tree.
    pub(crate) fn tree(&mut self, tree: TokenTree<S>) -> &mut Self {
        self.push(tree);
        self
    }

    /// Appends trees, cloned.
    pub(crate) fn trees(&mut self, trees: &[TokenTree<S>]) -> &mut Self {
        for tree in trees {
            self.push(tree.clone());
        }
        self
    }

    /// Appends an identifier with the template span.
    pub(crate) fn ident(&mut self, text: &str) -> &mut Self {
        let span = self.span;
        self.push(ident(text, span));
        self
    }

    /// Appends a string literal whose value is `value`, with the template span.
    pub(crate) fn str_literal(&mut self, value: &str) -> &mut Self {
        let span = self.span;
        self.push(str_literal(value, span));
        self
    }

    /// Appends an integer literal `value` with `suffix` (such as `usize`), with the template span.
    pub(crate) fn int_literal(&mut self, value: impl std::fmt::Display, suffix: &str) -> &mut Self {
        let span = self.span;
        self.push(literal(format!("{value}{suffix}"), SyntaxKind::INT_NUMBER, span));
        self
    }

    /// Opens a group that a later [`TokenBuilder::close`] (or `)`, `]`, `}` in template text)
    /// closes.
    pub(crate) fn open(&mut self, kind: DelimiterKind) {
        self.stack.push(group(kind, self.span, Vec::new()));
    }

    /// Closes the innermost open group. Closing more groups than were opened is a bug of the
    /// template and is ignored.
    pub(crate) fn close(&mut self) {
        if self.stack.len() > 1 {
            let subtree = self.stack.pop().expect("more than one group");
            self.push(TokenTree::Subtree(subtree));
        } else {
            debug_assert!(false, "a template closes a group it did not open");
        }
    }

    /// Appends `trees` inside a new group of `kind`.
    pub(crate) fn group(&mut self, kind: DelimiterKind, trees: &[TokenTree<S>]) -> &mut Self {
        self.open(kind);
        self.trees(trees);
        self.close();
        self
    }

    /// The tokens built, as one group with invisible delimiters; groups left open are closed.
    pub(crate) fn finish(mut self) -> Subtree<S> {
        debug_assert_eq!(self.stack.len(), 1, "a template left a group open");
        while self.stack.len() > 1 {
            self.close();
        }
        self.stack.pop().expect("the top group")
    }
}

fn is_delimiter(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        SyntaxKind::L_PAREN
            | SyntaxKind::R_PAREN
            | SyntaxKind::L_BRACK
            | SyntaxKind::R_BRACK
            | SyntaxKind::L_CURLY
            | SyntaxKind::R_CURLY
    )
}

/// A group of `kind` whose delimiters both have `span`.
pub(crate) fn group<S: Copy>(kind: DelimiterKind, span: S, token_trees: Vec<TokenTree<S>>) -> Subtree<S> {
    Subtree { delimiter: Delimiter { kind, open: span, close: span }, token_trees }
}

/// A punctuation leaf.
pub(crate) fn punct<S>(char: char, spacing: Spacing, span: S) -> TokenTree<S> {
    TokenTree::Leaf(Leaf::Punct(Punct { char, spacing, span }))
}

/// An identifier leaf (not raw).
pub(crate) fn ident<S>(text: &str, span: S) -> TokenTree<S> {
    TokenTree::Leaf(Leaf::Ident(Ident { text: text.into(), is_raw: false, span }))
}

/// A raw identifier leaf (`r#text`).
pub(crate) fn raw_ident<S>(text: &str, span: S) -> TokenTree<S> {
    TokenTree::Leaf(Leaf::Ident(Ident { text: text.into(), is_raw: true, span }))
}

/// A literal leaf.
pub(crate) fn literal<S>(text: String, kind: SyntaxKind, span: S) -> TokenTree<S> {
    TokenTree::Leaf(Leaf::Literal(Literal { text: text.into(), kind, span }))
}

/// A string literal leaf whose value is `value`.
pub(crate) fn str_literal<S>(value: &str, span: S) -> TokenTree<S> {
    literal(escape_str(value), SyntaxKind::STRING, span)
}

/// `value` as the text of a string literal: quoted, with `"`, `\` and control characters
/// escaped.
pub(crate) fn escape_str(value: &str) -> String {
    // `Debug` of a `str` escapes exactly what a Rust string literal needs escaped, in escapes a
    // Rust string literal accepts.
    format!("{value:?}")
}

/// `bytes` as the text of a byte string literal: `b"..."`, printable ASCII as itself (but `"`
/// and `\`), the usual escapes, `\xNN` for the rest.
pub(crate) fn escape_bytes(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + 3);
    text.push_str("b\"");
    for &byte in bytes {
        match byte {
            b'"' => text.push_str("\\\""),
            b'\\' => text.push_str("\\\\"),
            b'\n' => text.push_str("\\n"),
            b'\r' => text.push_str("\\r"),
            b'\t' => text.push_str("\\t"),
            b'\0' => text.push_str("\\0"),
            0x20..=0x7e => text.push(char::from(byte)),
            _ => text.push_str(&format!("\\x{byte:02x}")),
        }
    }
    text.push('"');
    text
}

/// The span of the first token of a tree.
pub(crate) fn tree_span<S: Copy>(tree: &TokenTree<S>) -> S {
    match tree {
        TokenTree::Leaf(leaf) => crate::input::leaf_span(leaf),
        TokenTree::Subtree(subtree) => subtree.delimiter.open,
    }
}

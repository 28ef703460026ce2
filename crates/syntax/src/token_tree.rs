//! Token trees, and conversions between them and syntax trees.
//!
//! A token tree is what macros consume and produce: identifiers, punctuation and literals,
//! grouped by delimiters, without whitespace or comments. Every token carries a span of a type
//! chosen by the caller (the expander uses "this range of this file or expansion"); this crate
//! knows nothing about spans beyond copying them around.
//!
//! - [`syntax_to_token_tree`] turns a syntax node (a macro call's argument, an item under an
//!   attribute macro) into a token tree. Glued punctuation (`::`, `->`) becomes single-character
//!   [`Punct`]s with [`Spacing::Joint`], as in `proc_macro`; lifetimes become `'` + identifier;
//!   doc comments become `#[doc = "..."]` attributes when asked, as rustc passes them to macros.
//! - [`token_tree_to_syntax`] parses a token tree with an entry point (a macro expansion as
//!   items, statements, an expression...) into a syntax tree whose text is the tokens separated
//!   by single spaces where needed, and returns a map from the tree's token ranges to spans.

use smol_str::SmolStr;
use text_size::{TextRange, TextSize};

mod packed;
#[cfg(test)]
mod tests;

pub use self::packed::{PackedTokens, PackedTokensWriter};

use crate::{
    CommentKind, DocStyle, Edition, LexedStr, Parse, SyntaxKind, SyntaxNode,
    build_tree::{TextTokens, build_tree_from_tokens},
    grammar::TopEntryPoint,
    parser::Input,
};

/// The kind of a group's delimiters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DelimiterKind {
    /// `( ... )`
    Parenthesis,
    /// `{ ... }`
    Brace,
    /// `[ ... ]`
    Bracket,
    /// No delimiters: the top of a macro's input or output, or a fragment substituted by
    /// `macro_rules!` (rustc's invisible delimiters).
    Invisible,
}

/// A group's delimiters and their spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Delimiter<S> {
    /// Which delimiters.
    pub kind: DelimiterKind,
    /// The span of the opening delimiter.
    pub open: S,
    /// The span of the closing delimiter.
    pub close: S,
}

/// Whether a punctuation character is immediately followed by another one, so that the two
/// can form one operator (`:` `:` as `::`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spacing {
    /// Followed by whitespace, a non-punctuation token, or nothing.
    Alone,
    /// Immediately followed by another punctuation character.
    Joint,
}

/// An identifier or a keyword.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ident<S> {
    /// The text, without `r#` for raw identifiers.
    pub text: SmolStr,
    /// Whether it was written `r#text`.
    pub is_raw: bool,
    /// Where it comes from.
    pub span: S,
}

/// One punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Punct<S> {
    /// The character.
    pub char: char,
    /// Whether it is glued to the next punctuation character.
    pub spacing: Spacing,
    /// Where it comes from.
    pub span: S,
}

/// A literal: number, character, string (of any kind), with its suffix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Literal<S> {
    /// The text as written, such as `1u8`, `"a\n"` or `r#"x"#`.
    pub text: SmolStr,
    /// Its token kind: `INT_NUMBER`, `FLOAT_NUMBER`, `STRING`, `RAW_STRING`...
    pub kind: SyntaxKind,
    /// Where it comes from.
    pub span: S,
}

/// A token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Leaf<S> {
    /// An identifier or keyword.
    Ident(Ident<S>),
    /// A punctuation character.
    Punct(Punct<S>),
    /// A literal.
    Literal(Literal<S>),
}

/// A token or a delimited group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TokenTree<S> {
    /// A token.
    Leaf(Leaf<S>),
    /// A delimited group.
    Subtree(Subtree<S>),
}

/// A delimited group of token trees.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Subtree<S> {
    /// Its delimiters.
    pub delimiter: Delimiter<S>,
    /// What is inside them.
    pub token_trees: Vec<TokenTree<S>>,
}

impl<S> Subtree<S> {
    /// The tokens as text, separated by single spaces where they are not joint (for tests and
    /// for `stringify!`-like uses).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        write_subtree(self, &mut out, true);
        out
    }
}

impl<S: Copy> Subtree<S> {
    /// The same tree with every span replaced by `f` of it, in the order the tokens are
    /// written (an opening delimiter before its group, the closing one after). Walks with an
    /// explicit stack, so any depth is fine.
    pub fn map_spans<T: Copy>(&self, mut f: impl FnMut(S) -> T) -> Subtree<T> {
        // The closing span is set when the group is done; the opening one stands in until then.
        let top = |subtree: &Subtree<S>, f: &mut dyn FnMut(S) -> T| {
            let open = f(subtree.delimiter.open);
            Subtree {
                delimiter: Delimiter { kind: subtree.delimiter.kind, open, close: open },
                token_trees: Vec::with_capacity(subtree.token_trees.len()),
            }
        };
        let mut stack: Vec<(&Subtree<S>, usize, Subtree<T>)> = vec![(self, 0, top(self, &mut f))];
        loop {
            let (source, index, _) = stack.last_mut().expect("popped only below");
            let source: &Subtree<S> = source;
            let Some(tree) = source.token_trees.get(*index) else {
                let (source, _, mut done) = stack.pop().expect("not empty");
                done.delimiter.close = f(source.delimiter.close);
                match stack.last_mut() {
                    Some((_, _, parent)) => parent.token_trees.push(TokenTree::Subtree(done)),
                    None => return done,
                }
                continue;
            };
            *index += 1;
            let leaf = match tree {
                TokenTree::Subtree(inner) => {
                    let started = top(inner, &mut f);
                    stack.push((inner, 0, started));
                    continue;
                }
                TokenTree::Leaf(Leaf::Ident(ident)) => {
                    Leaf::Ident(Ident { text: ident.text.clone(), is_raw: ident.is_raw, span: f(ident.span) })
                }
                TokenTree::Leaf(Leaf::Punct(punct)) => {
                    Leaf::Punct(Punct { char: punct.char, spacing: punct.spacing, span: f(punct.span) })
                }
                TokenTree::Leaf(Leaf::Literal(literal)) => {
                    Leaf::Literal(Literal { text: literal.text.clone(), kind: literal.kind, span: f(literal.span) })
                }
            };
            stack.last_mut().expect("not empty").2.token_trees.push(TokenTree::Leaf(leaf));
        }
    }
}

fn write_subtree<S>(subtree: &Subtree<S>, out: &mut String, top: bool) {
    let (open, close) = match subtree.delimiter.kind {
        DelimiterKind::Parenthesis => ("(", ")"),
        DelimiterKind::Brace => ("{", "}"),
        DelimiterKind::Bracket => ("[", "]"),
        DelimiterKind::Invisible => ("", ""),
    };
    let _ = top;
    out.push_str(open);
    let mut glue_next = false;
    for (i, tree) in subtree.token_trees.iter().enumerate() {
        if i > 0 && !glue_next {
            out.push(' ');
        }
        glue_next = false;
        match tree {
            TokenTree::Subtree(inner) => write_subtree(inner, out, false),
            TokenTree::Leaf(Leaf::Ident(ident)) => {
                if ident.is_raw {
                    out.push_str("r#");
                }
                out.push_str(&ident.text);
            }
            TokenTree::Leaf(Leaf::Literal(literal)) => out.push_str(&literal.text),
            TokenTree::Leaf(Leaf::Punct(punct)) => {
                out.push(punct.char);
                glue_next = punct.spacing == Spacing::Joint || punct.char == '\'';
            }
        }
    }
    out.push_str(close);
}

/// Options of [`syntax_to_token_tree`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ToTokenTreeOptions {
    /// Turn doc comments into `#[doc = "..."]` (or `#![doc = "..."]`) attributes, as rustc does
    /// for the input of macros.
    pub doc_comments_as_attributes: bool,
}

/// How deep groups may nest in a token tree made by [`syntax_to_token_tree`]: deeper delimiters
/// stay tokens ([`Punct`]s), so that the derived, recursive `Clone`, `PartialEq`, `Hash` and
/// `Drop` of [`Subtree`] never overflow the stack, whatever the text. It matches the parser's
/// [`crate::NESTING_LIMIT`], beyond which the syntax tree is flat too.
pub const TOKEN_TREE_DEPTH_LIMIT: usize = crate::NESTING_LIMIT as usize;

/// The tokens of `node` as a token tree with invisible delimiters at the top. `span` gives the
/// span of a token from its text range. Unbalanced delimiters do not stop the conversion: an
/// unclosed group is closed at the end (with the span of its opening), and a stray closing
/// delimiter becomes a [`Punct`]. Groups deeper than [`TOKEN_TREE_DEPTH_LIMIT`] are not made:
/// their delimiters stay [`Punct`]s.
pub fn syntax_to_token_tree<S: Copy>(
    node: &SyntaxNode,
    options: ToTokenTreeOptions,
    mut span: impl FnMut(TextRange) -> S,
) -> Subtree<S> {
    let end = span(TextRange::empty(node.text_range().end()));
    let start = span(TextRange::empty(node.text_range().start()));
    let mut stack: Vec<(Subtree<S>, char)> = vec![(
        Subtree {
            delimiter: Delimiter { kind: DelimiterKind::Invisible, open: start, close: end },
            token_trees: Vec::new(),
        },
        '\0',
    )];
    let green = node.green();
    let mut tokens = GreenTokens { stack: vec![green.children()], offset: node.text_range().start() }.peekable();
    // Opening delimiters beyond the depth limit that were kept as tokens, still to be matched.
    let mut flattened = 0usize;
    while let Some((kind, text, start)) = tokens.next() {
        let range = TextRange::at(start, TextSize::of(text));
        // Whether the next token is punctuation that touches this one.
        let punct_follows =
            tokens.peek().is_some_and(|&(next, _, next_start)| is_punct_char(next) && next_start == range.end());
        let push = |stack: &mut Vec<(Subtree<S>, char)>, tree: TokenTree<S>| {
            stack.last_mut().expect("the top group is never popped").0.token_trees.push(tree);
        };
        match kind {
            SyntaxKind::WHITESPACE | SyntaxKind::BOM | SyntaxKind::SHEBANG | SyntaxKind::FRONTMATTER => {}
            SyntaxKind::COMMENT => {
                if let Some(style) = CommentKind::from_text(text).doc.filter(|_| options.doc_comments_as_attributes) {
                    let s = span(range);
                    for tree in doc_attribute(text, style, s) {
                        push(&mut stack, tree);
                    }
                }
            }
            SyntaxKind::L_PAREN | SyntaxKind::L_BRACK | SyntaxKind::L_CURLY => {
                let delimiter_kind = match kind {
                    SyntaxKind::L_PAREN => DelimiterKind::Parenthesis,
                    SyntaxKind::L_BRACK => DelimiterKind::Bracket,
                    _ => DelimiterKind::Brace,
                };
                let closing = match kind {
                    SyntaxKind::L_PAREN => ')',
                    SyntaxKind::L_BRACK => ']',
                    _ => '}',
                };
                let s = span(range);
                if stack.len() > TOKEN_TREE_DEPTH_LIMIT {
                    // Too deep: the delimiter stays a token, and so will its match.
                    flattened += 1;
                    let char = text.chars().next().unwrap_or('(');
                    push(&mut stack, TokenTree::Leaf(Leaf::Punct(Punct { char, spacing: Spacing::Alone, span: s })));
                    continue;
                }
                stack.push((
                    Subtree {
                        delimiter: Delimiter { kind: delimiter_kind, open: s, close: s },
                        token_trees: Vec::new(),
                    },
                    closing,
                ));
            }
            SyntaxKind::R_PAREN | SyntaxKind::R_BRACK | SyntaxKind::R_CURLY => {
                let char = text.chars().next().unwrap_or(')');
                if flattened > 0 {
                    flattened -= 1;
                    let s = span(range);
                    push(&mut stack, TokenTree::Leaf(Leaf::Punct(Punct { char, spacing: Spacing::Alone, span: s })));
                } else if stack.len() > 1 && stack.last().is_some_and(|(_, closing)| *closing == char) {
                    let (mut subtree, _) = stack.pop().expect("checked above");
                    subtree.delimiter.close = span(range);
                    push(&mut stack, TokenTree::Subtree(subtree));
                } else {
                    let s = span(range);
                    push(&mut stack, TokenTree::Leaf(Leaf::Punct(Punct { char, spacing: Spacing::Alone, span: s })));
                }
            }
            SyntaxKind::LIFETIME_IDENT => {
                // `'a` is `'` joint with the identifier `a`, as in proc_macro.
                let quote = TextRange::at(range.start(), TextSize::from(1));
                let name_range = TextRange::new(quote.end(), range.end());
                let (name, is_raw) = match text[1..].strip_prefix("r#") {
                    Some(name) => (name, true),
                    None => (&text[1..], false),
                };
                let s = span(quote);
                push(&mut stack, TokenTree::Leaf(Leaf::Punct(Punct { char: '\'', spacing: Spacing::Joint, span: s })));
                let s = span(name_range);
                push(&mut stack, TokenTree::Leaf(Leaf::Ident(Ident { text: name.into(), is_raw, span: s })));
            }
            _ if kind.is_literal() => {
                let s = span(range);
                push(&mut stack, TokenTree::Leaf(Leaf::Literal(Literal { text: text.into(), kind, span: s })));
            }
            _ if is_punct_char(kind) => {
                // Glued punctuation (`::`, `..=`) is split into characters, joint but the last.
                let count = text.chars().count();
                let mut offset = range.start();
                for (n, char) in text.chars().enumerate() {
                    let width = TextSize::of(char);
                    let last = n + 1 == count;
                    let spacing = if !last || punct_follows { Spacing::Joint } else { Spacing::Alone };
                    let s = span(TextRange::at(offset, width));
                    push(&mut stack, TokenTree::Leaf(Leaf::Punct(Punct { char, spacing, span: s })));
                    offset += width;
                }
            }
            _ => {
                // Identifiers, keywords, and anything else (error tokens) as identifiers.
                let (name, is_raw) = match text.strip_prefix("r#") {
                    Some(name) if kind == SyntaxKind::IDENT => (name, true),
                    _ => (text, false),
                };
                let s = span(range);
                push(&mut stack, TokenTree::Leaf(Leaf::Ident(Ident { text: name.into(), is_raw, span: s })));
            }
        }
    }
    // Groups left open close at the end.
    while stack.len() > 1 {
        let (subtree, _) = stack.pop().expect("more than one");
        stack.last_mut().expect("the top group").0.token_trees.push(TokenTree::Subtree(subtree));
    }
    stack.pop().expect("the top group").0
}

/// The tokens below a green node in text order, each with its kind, text and start, read from
/// the green tree: walking the red tree would allocate a cursor per node and token. An explicit
/// stack of the children still to visit, so that deep trees do not recurse.
struct GreenTokens<'g> {
    stack: Vec<rowan::Children<'g>>,
    /// The start of the next token.
    offset: TextSize,
}

impl<'g> Iterator for GreenTokens<'g> {
    type Item = (SyntaxKind, &'g str, TextSize);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let children = self.stack.last_mut()?;
            match children.next() {
                None => {
                    self.stack.pop();
                }
                Some(rowan::NodeOrToken::Node(node)) => self.stack.push(node.children()),
                Some(rowan::NodeOrToken::Token(token)) => {
                    let text = token.text();
                    let start = self.offset;
                    self.offset += TextSize::of(text);
                    return Some((SyntaxKind::from_raw(token.kind().0).unwrap_or(SyntaxKind::ERROR), text, start));
                }
            }
        }
    }
}

/// Whether a token kind is punctuation other than a delimiter.
fn is_punct_char(kind: SyntaxKind) -> bool {
    kind.is_punct()
        && !matches!(
            kind,
            SyntaxKind::L_PAREN
                | SyntaxKind::R_PAREN
                | SyntaxKind::L_BRACK
                | SyntaxKind::R_BRACK
                | SyntaxKind::L_CURLY
                | SyntaxKind::R_CURLY
        )
}

/// `#[doc = "text"]` (or `#![doc = ...]`) for a doc comment, every token with the comment's span.
fn doc_attribute<S: Copy>(comment: &str, style: DocStyle, span: S) -> Vec<TokenTree<S>> {
    let content = doc_comment_content(comment);
    let punct = |char| TokenTree::Leaf(Leaf::Punct(Punct { char, spacing: Spacing::Alone, span }));
    let mut trees = vec![punct('#')];
    if style == DocStyle::Inner {
        trees.push(punct('!'));
    }
    let literal = format!("{content:?}");
    trees.push(TokenTree::Subtree(Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Bracket, open: span, close: span },
        token_trees: vec![
            TokenTree::Leaf(Leaf::Ident(Ident { text: "doc".into(), is_raw: false, span })),
            punct('='),
            TokenTree::Leaf(Leaf::Literal(Literal { text: literal.into(), kind: SyntaxKind::STRING, span })),
        ],
    }));
    trees
}

/// The text of a doc comment without its markers: `/// a` is ` a`, `/** a */` is ` a `.
fn doc_comment_content(comment: &str) -> &str {
    if let Some(block) = comment.strip_prefix("/*") {
        let block = block.strip_suffix("*/").unwrap_or(block);
        return &block[1.min(block.len())..];
    }
    let line = comment.strip_prefix("//").unwrap_or(comment);
    &line[1.min(line.len())..]
}

/// Parses a token tree as `entry`. The tree's text is the tokens, separated by single spaces
/// where needed for them to lex back as the same tokens. Returns the parse and, for every token
/// of the tree that came from a leaf or delimiter, its range in the tree with that span, ordered
/// by range.
pub fn token_tree_to_syntax<S: Copy>(
    tt: &Subtree<S>,
    entry: TopEntryPoint,
    edition: Edition,
) -> (Parse<SyntaxNode>, Vec<(TextRange, S)>) {
    let (parse, spans, _) = token_tree_to_syntax_with_groups(tt, entry, edition);
    (parse, spans)
}

/// The delimited groups of a token tree, each with its range in the text made of the tree
/// (from its opening delimiter to the end of its closing one), in text order.
pub type GroupRanges<'t, S> = Vec<(TextRange, &'t Subtree<S>)>;

/// [`token_tree_to_syntax`], and every delimited group of the token tree with its range in the
/// text (from its opening delimiter to the end of its closing one), in text order: a reader of
/// the parse can take a group from the token tree instead of reading it back from the syntax.
pub fn token_tree_to_syntax_with_groups<'t, S: Copy>(
    tt: &'t Subtree<S>,
    entry: TopEntryPoint,
    edition: Edition,
) -> (Parse<SyntaxNode>, Vec<(TextRange, S)>, GroupRanges<'t, S>) {
    let mut flat =
        FlatTokens { input: Input::new(), tokens: TextTokens::default(), spans: Vec::new(), glue_next: false };
    let groups = flatten(tt, edition, &mut flat);
    flat.tokens.starts.push(flat.tokens.text.len() as u32);
    let output = entry.parse(&flat.input, edition);
    let built = build_tree_from_tokens(&flat.tokens, &output);
    let mut spans = Vec::with_capacity(flat.spans.len());
    let mut significant = 0usize;
    for (i, kind) in flat.tokens.kinds.iter().enumerate() {
        if *kind != SyntaxKind::WHITESPACE {
            let starts = &flat.tokens.starts;
            spans.push((TextRange::new(starts[i].into(), starts[i + 1].into()), flat.spans[significant]));
            significant += 1;
        }
    }
    (Parse::new(built.green, built.errors, built.depth, built.nesting), spans, groups)
}

/// A token tree laid out as the parser's input plus the texts of the tree tokens (with the
/// whitespace that separates them).
struct FlatTokens<S> {
    input: Input,
    /// Text, kind and start of every token of the tree to build, whitespace included, in one
    /// buffer (the end of the text is pushed to the starts once all are in).
    tokens: TextTokens,
    /// The span of every significant token, in order.
    spans: Vec<S>,
    /// Whether the last token pushed glues to the next (a joint punct, or `'` of a lifetime).
    glue_next: bool,
}

impl<S: Copy> FlatTokens<S> {
    fn push(&mut self, text: &str, kind: SyntaxKind, span: S, needs_space_before: bool) {
        self.start(kind, span, needs_space_before);
        self.tokens.text.push_str(text);
    }

    /// Starts a token of kind `kind` (after a space if it needs one), whose text the caller
    /// appends to `tokens.text`.
    fn start(&mut self, kind: SyntaxKind, span: S, needs_space_before: bool) {
        let tokens = &mut self.tokens;
        if !tokens.kinds.is_empty() && needs_space_before && !self.glue_next {
            tokens.starts.push(tokens.text.len() as u32);
            tokens.text.push(' ');
            tokens.kinds.push(SyntaxKind::WHITESPACE);
        }
        tokens.starts.push(tokens.text.len() as u32);
        tokens.kinds.push(kind);
        self.spans.push(span);
        self.glue_next = false;
    }
}

/// Lays `subtree` out in `flat`; returns every delimited group written, with its range.
fn flatten<'t, S: Copy>(subtree: &'t Subtree<S>, edition: Edition, flat: &mut FlatTokens<S>) -> GroupRanges<'t, S> {
    let mut groups = Vec::new();
    // An explicit stack, so that deeply nested trees do not recurse; each group with the place of
    // its range in `groups` (none for an invisible group).
    let mut stack: Vec<(&Subtree<S>, usize, Option<usize>)> =
        vec![(subtree, 0, open_delimiter(subtree, flat, &mut groups))];
    while let Some((current, index, group)) = stack.pop() {
        let Some(tree) = current.token_trees.get(index) else {
            close_delimiter(current, flat);
            if let Some(group) = group {
                let (range, _) = &mut groups[group];
                *range = TextRange::new(range.start(), TextSize::from(flat.tokens.text.len() as u32));
            }
            continue;
        };
        stack.push((current, index + 1, group));
        match tree {
            TokenTree::Subtree(inner) => {
                let group = open_delimiter(inner, flat, &mut groups);
                stack.push((inner, 0, group));
            }
            TokenTree::Leaf(Leaf::Ident(ident)) => {
                if flat.glue_next && flat.tokens.kinds.last() == Some(&SyntaxKind::LIFETIME_IDENT) {
                    // `'` + identifier: one lifetime token (the last one: its text ends the
                    // buffer).
                    let text = &mut flat.tokens.text;
                    if ident.is_raw {
                        text.push_str("r#");
                    }
                    text.push_str(&ident.text);
                    flat.glue_next = false;
                    continue;
                }
                let kind = if ident.is_raw { None } else { SyntaxKind::from_keyword(&ident.text, edition) };
                match kind {
                    Some(keyword) => flat.input.push(keyword),
                    None => flat.input.push_ident(&ident.text, edition),
                }
                flat.start(kind.unwrap_or(SyntaxKind::IDENT), ident.span, true);
                if ident.is_raw {
                    flat.tokens.text.push_str("r#");
                }
                flat.tokens.text.push_str(&ident.text);
            }
            TokenTree::Leaf(Leaf::Literal(literal)) => {
                let text = literal.text.as_str();
                if let Some(positive) = text.strip_prefix('-') {
                    flat.input.push(SyntaxKind::MINUS);
                    flat.push("-", SyntaxKind::MINUS, literal.span, true);
                    flat.glue_next = true;
                    push_literal(positive, literal.span, edition, flat);
                } else {
                    push_literal(text, literal.span, edition, flat);
                }
            }
            TokenTree::Leaf(Leaf::Punct(punct)) => {
                if punct.char == '\'' {
                    // The start of a lifetime; the identifier that follows completes it.
                    flat.input.push(SyntaxKind::LIFETIME_IDENT);
                    flat.push("'", SyntaxKind::LIFETIME_IDENT, punct.span, true);
                    flat.glue_next = true;
                    continue;
                }
                let kind = SyntaxKind::from_char(punct.char).unwrap_or(SyntaxKind::ERROR);
                flat.input.push(kind);
                let mut buffer = [0u8; 4];
                flat.push(punct.char.encode_utf8(&mut buffer), kind, punct.span, true);
                if punct.spacing == Spacing::Joint {
                    flat.input.was_joint();
                    flat.glue_next = true;
                }
            }
        }
    }
    groups
}

fn push_literal<S: Copy>(text: &str, span: S, edition: Edition, flat: &mut FlatTokens<S>) {
    let kind = LexedStr::single_token(text, edition).map_or(SyntaxKind::ERROR, |(kind, _)| kind);
    if kind == SyntaxKind::FLOAT_NUMBER {
        flat.input.push_float(text.ends_with('.'));
    } else {
        flat.input.push(kind);
    }
    flat.push(text, kind, span, true);
}

/// Writes the opening delimiter of `subtree`, if it has one, and records the group in `groups`
/// (its range ends where it starts until the group is closed); returns its place there.
fn open_delimiter<'t, S: Copy>(
    subtree: &'t Subtree<S>,
    flat: &mut FlatTokens<S>,
    groups: &mut GroupRanges<'t, S>,
) -> Option<usize> {
    let (text, kind) = match subtree.delimiter.kind {
        DelimiterKind::Parenthesis => ("(", SyntaxKind::L_PAREN),
        DelimiterKind::Brace => ("{", SyntaxKind::L_CURLY),
        DelimiterKind::Bracket => ("[", SyntaxKind::L_BRACK),
        DelimiterKind::Invisible => return None,
    };
    flat.input.push(kind);
    flat.start(kind, subtree.delimiter.open, true);
    groups.push((TextRange::empty(TextSize::from(flat.tokens.text.len() as u32)), subtree));
    flat.tokens.text.push_str(text);
    Some(groups.len() - 1)
}

fn close_delimiter<S: Copy>(subtree: &Subtree<S>, flat: &mut FlatTokens<S>) {
    let (text, kind) = match subtree.delimiter.kind {
        DelimiterKind::Parenthesis => (")", SyntaxKind::R_PAREN),
        DelimiterKind::Brace => ("}", SyntaxKind::R_CURLY),
        DelimiterKind::Bracket => ("]", SyntaxKind::R_BRACK),
        DelimiterKind::Invisible => return,
    };
    flat.input.push(kind);
    flat.push(text, kind, subtree.delimiter.close, true);
}

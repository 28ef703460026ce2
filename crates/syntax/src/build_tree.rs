//! Builds a rowan green tree from lexed text and the parser's output.
//!
//! The parser saw significant tokens only; this is where whitespace and comments come back.
//! The rules, which keep the tree lossless and predictable:
//! - Trivia before a token goes right before it, in the innermost open node.
//! - Trivia before the start of a node goes outside the node, except that an item, a field, a
//!   variant or a statement takes the comments right above it (doc comments, usually) unless a
//!   blank line separates them from it.
//! - Trivia at the end of the input goes into the root node.
//! - Input the parser did not consume (it stopped early) goes into an `ERROR` node at the end of
//!   the root, with an error, so no byte is ever lost.

use rowan::GreenNode;
use text_size::{TextRange, TextSize};

use crate::{
    LexedStr, SyntaxKind,
    green_cache::{GreenBuilder, NodeCache},
    parser::{Output, Step, is_skipped},
    syntax_node::SyntaxError,
};

/// The green tree, its errors (lexer and parser, ordered by position) and its depth.
pub(crate) struct BuiltTree {
    pub(crate) green: GreenNode,
    pub(crate) errors: Vec<SyntaxError>,
    pub(crate) depth: u32,
    /// The deepest nesting of grammar rules the parse reached.
    pub(crate) nesting: u32,
}

/// The tokens a tree is built from: lexed text, or the tokens of a token tree laid out as text.
pub(crate) trait Tokens {
    /// The number of tokens.
    fn len(&self) -> usize;
    fn kind(&self, i: usize) -> SyntaxKind;
    fn text(&self, i: usize) -> &str;
    /// The text of tokens `range.start` up to (not including) `range.end`.
    fn range_text(&self, range: std::ops::Range<usize>) -> &str;
    fn text_range(&self, i: usize) -> TextRange;
    /// The length of the whole text.
    fn text_len(&self) -> TextSize;
}

impl Tokens for LexedStr<'_> {
    fn len(&self) -> usize {
        LexedStr::len(self)
    }
    fn kind(&self, i: usize) -> SyntaxKind {
        LexedStr::kind(self, i)
    }
    fn text(&self, i: usize) -> &str {
        LexedStr::text(self, i)
    }
    fn range_text(&self, range: std::ops::Range<usize>) -> &str {
        LexedStr::range_text(self, range)
    }
    fn text_range(&self, i: usize) -> TextRange {
        LexedStr::text_range(self, i)
    }
    fn text_len(&self) -> TextSize {
        TextSize::of(self.as_str())
    }
}

/// Tokens given as a text and the kind and start of each token.
#[derive(Default)]
pub(crate) struct TextTokens {
    pub(crate) text: String,
    pub(crate) kinds: Vec<SyntaxKind>,
    /// The start of every token, plus the end of the text.
    pub(crate) starts: Vec<u32>,
}

impl Tokens for TextTokens {
    fn len(&self) -> usize {
        self.kinds.len()
    }
    fn kind(&self, i: usize) -> SyntaxKind {
        self.kinds[i]
    }
    fn text(&self, i: usize) -> &str {
        self.range_text(i..i + 1)
    }
    fn range_text(&self, range: std::ops::Range<usize>) -> &str {
        &self.text[self.starts[range.start] as usize..self.starts[range.end] as usize]
    }
    fn text_range(&self, i: usize) -> TextRange {
        TextRange::new(self.starts[i].into(), self.starts[i + 1].into())
    }
    fn text_len(&self) -> TextSize {
        TextSize::of(self.text.as_str())
    }
}

/// Builds the tree of a token tree laid out as `tokens` (see `token_tree`).
pub(crate) fn build_tree_from_tokens(tokens: &TextTokens, output: &Output) -> BuiltTree {
    thread_local! {
        /// One node cache per thread for the trees of token trees (macro expansions, which
        /// are many and small): a fresh cache costs more than building a small tree (its
        /// fixed-token and whitespace slots), so it is reused, and emptied of its nodes after
        /// each tree (its tokens, which hold no tree, stay up to a bound).
        static CACHE: std::cell::RefCell<NodeCache> = std::cell::RefCell::new(NodeCache::default());
    }
    CACHE.with(|cache| match cache.try_borrow_mut() {
        Ok(mut cache) => {
            let built = build(tokens, output, &mut cache);
            cache.clear_unbounded();
            built
        }
        // Not reentered today; should it be, a fresh cache is correct, only slower.
        Err(_) => build(tokens, output, &mut NodeCache::default()),
    })
}

pub(crate) fn build_tree(lexed: &LexedStr<'_>, output: &Output, cache: &mut NodeCache) -> BuiltTree {
    let mut built = build(lexed, output, cache);
    for (token, message) in lexed.errors() {
        built.errors.push(SyntaxError::new(message, lexed.text_range(token)));
    }
    built.errors.sort_by_key(|error| error.range().start());
    built
}

fn build<T: Tokens>(lexed: &T, output: &Output, cache: &mut NodeCache) -> BuiltTree {
    let mut builder = Builder {
        lexed,
        pos: 0,
        inner: GreenBuilder::new(cache),
        errors: Vec::new(),
        depth: 0,
        max_depth: 0,
        wrapped: false,
    };
    // A fragment entry point may produce a forest; an `ERROR` root holds it together.
    let wrap = !output.is_single_tree();
    if wrap {
        builder.open(SyntaxKind::ERROR);
        builder.wrapped = true;
    }
    let mut steps = output.iter();
    while let Some(step) = steps.next() {
        match step {
            // A function body in a parse without bodies (see `grammar::folded_block`).
            Step::Enter { kind: SyntaxKind::SKIPPED_TOKENS } => builder.fold(&mut steps),
            Step::Enter { kind } => builder.enter(kind),
            Step::Exit => builder.exit(),
            Step::Token { kind, n_input_tokens } => builder.token(kind, usize::from(n_input_tokens)),
            Step::FloatSplit { ends_in_dot } => builder.float_split(ends_in_dot),
            Step::Error { message } => builder.error(message),
        }
    }
    if wrap {
        builder.finish_root();
        builder.inner.finish_node();
    }
    BuiltTree {
        green: builder.inner.finish(),
        errors: builder.errors,
        depth: builder.max_depth,
        nesting: output.max_nesting(),
    }
}

struct Builder<'b, 'c, T> {
    lexed: &'b T,
    /// The next lexed token to emit.
    pos: usize,
    inner: GreenBuilder<'c>,
    errors: Vec<SyntaxError>,
    depth: u32,
    max_depth: u32,
    /// Whether an `ERROR` root was opened around a forest.
    wrapped: bool,
}

impl<T: Tokens> Builder<'_, '_, T> {
    fn enter(&mut self, kind: SyntaxKind) {
        if self.depth == 0 {
            // The root starts before any trivia.
            self.open(kind);
            return;
        }
        let trivia_end = self.trivia_end();
        let attached = if takes_comments_above(kind) { self.attached_trivia(trivia_end) } else { 0 };
        let outside_end = trivia_end - attached;
        while self.pos < outside_end {
            self.emit_one(self.lexed.kind(self.pos), 1);
        }
        self.open(kind);
    }

    fn open(&mut self, kind: SyntaxKind) {
        self.inner.start_node(kind);
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
    }

    fn exit(&mut self) {
        if self.depth == 1 && !self.wrapped {
            self.finish_root();
        }
        self.inner.finish_node();
        self.depth -= 1;
    }

    fn finish_root(&mut self) {
        self.eat_trivia();
        if self.pos < self.lexed.len() {
            self.error_at(self.lexed.text_range(self.pos).start(), "unexpected input: the parser stopped here");
            self.inner.start_node(SyntaxKind::ERROR);
            while self.pos < self.lexed.len() {
                self.emit_one(self.lexed.kind(self.pos), 1);
            }
            self.inner.finish_node();
        }
    }

    fn token(&mut self, kind: SyntaxKind, n_input_tokens: usize) {
        self.eat_trivia();
        self.emit_one(kind, n_input_tokens);
    }

    /// Folds the steps up to the exit of the `SKIPPED_TOKENS` marker node just entered into one
    /// `SKIPPED_TOKENS` token. No node is built, but the errors are kept at the positions the
    /// whole tree would give them, and the token covers exactly the trivia the whole tree would
    /// put inside the marker's parent: the whole tree emits pending trivia when a token comes or
    /// a node starts (even an empty one at the end of input), so the token reaches to there.
    /// Trivia before the first of those goes out as trivia, and trivia after the last is left to
    /// what comes next; nothing is emitted for a marker without either.
    fn fold(&mut self, steps: &mut crate::parser::Steps<'_>) {
        // Where the token starts: set at the first token or node, so that a marker without
        // either leaves the trivia after it to whatever comes next.
        let mut start = None;
        let mut depth = 1u32;
        for step in steps {
            let n_input_tokens = match step {
                // A fold marker inside this one (a function inside a body): not a node of the
                // whole tree, so it takes no trivia.
                Step::Enter { kind: SyntaxKind::SKIPPED_TOKENS } => {
                    depth += 1;
                    continue;
                }
                Step::Enter { kind } => {
                    depth += 1;
                    // As `enter` emits: the trivia before the node, but the comments it takes in.
                    let trivia_end = self.trivia_end();
                    let attached = if takes_comments_above(kind) { self.attached_trivia(trivia_end) } else { 0 };
                    if trivia_end - attached > self.pos {
                        if start.is_none() {
                            self.eat_trivia_to(trivia_end - attached);
                            start = Some(self.pos);
                        }
                        self.pos = trivia_end - attached;
                    }
                    continue;
                }
                Step::Exit => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    continue;
                }
                Step::Token { n_input_tokens, .. } => usize::from(n_input_tokens),
                // Ends the field expression it splits, a node inside the marker.
                Step::FloatSplit { .. } => {
                    depth = depth.saturating_sub(1).max(1);
                    1
                }
                Step::Error { message } => {
                    self.error(message);
                    continue;
                }
            };
            if start.is_none() {
                self.eat_trivia();
                start = Some(self.pos);
            }
            self.pos = (self.trivia_end() + n_input_tokens).min(self.lexed.len());
        }
        if let Some(start) = start
            && self.pos > start
        {
            let text = self.lexed.range_text(start..self.pos);
            self.inner.token(SyntaxKind::SKIPPED_TOKENS, text);
        }
    }

    fn float_split(&mut self, ends_in_dot: bool) {
        self.eat_trivia();
        let text = self.lexed.text(self.pos);
        self.pos += 1;
        let (first, rest) = match text.find('.') {
            Some(dot) => (&text[..dot], &text[dot + 1..]),
            None => (text, ""),
        };
        self.inner.start_node(SyntaxKind::NAME_REF);
        self.inner.token(SyntaxKind::INT_NUMBER, first);
        self.inner.finish_node();
        // The step ends the inner field expression.
        self.inner.finish_node();
        self.depth -= 1;
        if text.len() > first.len() {
            self.inner.token(SyntaxKind::DOT, ".");
        }
        if !ends_in_dot && !rest.is_empty() {
            self.inner.start_node(SyntaxKind::NAME_REF);
            self.inner.token(SyntaxKind::INT_NUMBER, rest);
            self.inner.finish_node();
        }
    }

    fn error(&mut self, message: &str) {
        let end = self.trivia_end();
        let range =
            if end < self.lexed.len() { self.lexed.text_range(end) } else { TextRange::empty(self.lexed.text_len()) };
        self.errors.push(SyntaxError::new(message, range));
    }

    fn error_at(&mut self, offset: TextSize, message: &str) {
        self.errors.push(SyntaxError::new(message, TextRange::empty(offset)));
    }

    /// Emits `n` lexed tokens as one tree token of kind `kind`.
    fn emit_one(&mut self, kind: SyntaxKind, n: usize) {
        let end = (self.pos + n).min(self.lexed.len());
        let text = self.lexed.range_text(self.pos..end);
        self.inner.token(kind, text);
        self.pos = end;
    }

    /// Emits the trivia tokens from `pos` up to `end`.
    fn eat_trivia_to(&mut self, end: usize) {
        while self.pos < end {
            self.emit_one(self.lexed.kind(self.pos), 1);
        }
    }

    fn eat_trivia(&mut self) {
        while self.pos < self.lexed.len() && is_skipped(self.lexed.kind(self.pos)) {
            self.emit_one(self.lexed.kind(self.pos), 1);
        }
    }

    /// The index of the first significant token at or after `pos`.
    fn trivia_end(&self) -> usize {
        let mut end = self.pos;
        while end < self.lexed.len() && is_skipped(self.lexed.kind(end)) {
            end += 1;
        }
        end
    }

    /// How many of the trivia tokens right before `end` a node starting there takes in: the
    /// comments above it, up to a blank line, with the whitespace between them.
    fn attached_trivia(&self, end: usize) -> usize {
        let mut attached = 0;
        let mut i = end;
        while i > self.pos {
            i -= 1;
            match self.lexed.kind(i) {
                SyntaxKind::COMMENT => attached = end - i,
                SyntaxKind::WHITESPACE if is_blank_line(self.lexed.text(i)) => break,
                SyntaxKind::WHITESPACE => {}
                _ => break,
            }
        }
        attached
    }
}

fn is_blank_line(whitespace: &str) -> bool {
    whitespace.bytes().filter(|&b| b == b'\n').nth(1).is_some()
}

/// Whether a node of this kind takes the comments right above it.
fn takes_comments_above(kind: SyntaxKind) -> bool {
    use SyntaxKind::*;
    matches!(
        kind,
        FN | STRUCT
            | UNION
            | ENUM
            | TRAIT
            | TRAIT_ALIAS
            | IMPL
            | TYPE_ALIAS
            | CONST
            | STATIC
            | USE
            | EXTERN_CRATE
            | EXTERN_BLOCK
            | MODULE
            | MACRO_CALL
            | MACRO_RULES
            | MACRO_DEF
            | RECORD_FIELD
            | TUPLE_FIELD
            | VARIANT
            | LET_STMT
            | MATCH_ARM
    )
}

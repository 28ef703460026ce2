//! The parser's machinery: a cursor over [`Input`], markers that open and close nodes, and the
//! events they record. The grammar (in `grammar/`) is written against this API only.
//!
//! Invariants the grammar relies on:
//! - The parser never sees trivia; [`Parser::nth`] looks at significant tokens only.
//! - Punctuation is single-character in the input. `p.at(T![::])` checks for two joint `:`
//!   tokens, and `p.bump(T![::])` consumes both as one tree token. Contextual keywords are
//!   identifiers in the input; `p.at_contextual_kw(T![union])` checks and
//!   `p.bump_remap(T![union])` consumes one as that keyword.
//! - The parser always terminates: every loop of the grammar either consumes a token or stops,
//!   and as a safety net, [`Parser::nth`] reports end of input once the parser has looked at
//!   tokens [`LOOKAHEAD_FUEL`] times without consuming one.
//! - Recursion is bounded: grammar functions that can nest call [`Parser::nested`], which stops
//!   descending at [`NESTING_LIMIT`] and skips the too-deep input as an error node.

// Until the whole grammar is in, some of the machinery has no caller yet.
#![allow(dead_code)]

mod input;
mod output;
mod token_set;

use std::cell::Cell;

pub use self::{
    input::Input,
    output::{Output, Step},
};
pub(crate) use self::{
    input::is_skipped,
    output::{Event, Steps, TOMBSTONE},
    token_set::TokenSet,
};
use crate::{Edition, SyntaxKind, T};

/// How many times the parser may look at tokens without consuming one before it concludes that
/// it is stuck and reports end of input.
pub(crate) const LOOKAHEAD_FUEL: u32 = 10_000;

/// How deep grammar rules may nest (parentheses, blocks, types, patterns, closures, unary
/// operators...). Beyond it the parser reports an error and skips the nested input flatly, so
/// that no input can overflow the stack and every tree has a bounded depth of nested rules.
pub const NESTING_LIMIT: u32 = 256;

/// A recursive-descent parser over an [`Input`], recording [`Event`]s.
pub(crate) struct Parser<'t> {
    input: &'t Input,
    pos: usize,
    events: Vec<Event>,
    errors: Vec<String>,
    fuel: Cell<u32>,
    depth: u32,
    /// The deepest `depth` reached.
    max_depth: u32,
    edition: Edition,
    /// Whether function bodies are parsed inside a `SKIPPED_TOKENS` marker node, for the tree
    /// builder to fold ([`crate::TopEntryPoint::SourceFileWithoutBodies`]).
    folds_fn_bodies: bool,
    /// Whether the token trees of macro calls in item position are parsed inside a
    /// `SKIPPED_TOKENS` marker node ([`crate::TopEntryPoint::MacroItemsWithoutBodies`]).
    folds_macro_call_args: bool,
}

impl<'t> Parser<'t> {
    pub(crate) fn new(input: &'t Input, edition: Edition) -> Parser<'t> {
        Parser {
            input,
            pos: 0,
            events: Vec::with_capacity(input.len() * 2),
            errors: Vec::new(),
            fuel: Cell::new(LOOKAHEAD_FUEL),
            depth: 0,
            max_depth: 0,
            edition,
            folds_fn_bodies: false,
            folds_macro_call_args: false,
        }
    }

    /// From now on, function bodies are parsed inside a `SKIPPED_TOKENS` marker node, which the
    /// tree builder folds into one token.
    pub(crate) fn fold_fn_bodies(&mut self) {
        self.folds_fn_bodies = true;
    }

    /// Whether function bodies are folded ([`Parser::fold_fn_bodies`]).
    pub(crate) fn folds_fn_bodies(&self) -> bool {
        self.folds_fn_bodies
    }

    /// Runs `f`, inside a `SKIPPED_TOKENS` marker node that the tree builder folds into one token
    /// when the parser folds function bodies ([`Parser::fold_fn_bodies`]): for the parts of items
    /// that a summary of the items never reads (a function's signature after its name, a
    /// constant's or a static's type and value, a type alias after its name, an impl's header).
    /// What `f` parses, and its errors, are the same either way.
    pub(crate) fn folded_when_skimming(&mut self, f: impl FnOnce(&mut Parser<'t>)) {
        if self.folds_fn_bodies {
            let fold = self.start();
            f(self);
            fold.complete(self, SyntaxKind::SKIPPED_TOKENS);
        } else {
            f(self);
        }
    }

    /// Runs `f` with folding off (bodies, signatures and calls' inputs all built): for structs,
    /// enums and unions, whose whole syntax a derive reads, the functions of a broken one's
    /// recovery and of a discriminant's block included.
    pub(crate) fn unfolded<R>(&mut self, f: impl FnOnce(&mut Parser<'t>) -> R) -> R {
        let folds = (self.folds_fn_bodies, self.folds_macro_call_args);
        self.folds_fn_bodies = false;
        self.folds_macro_call_args = false;
        let result = f(self);
        (self.folds_fn_bodies, self.folds_macro_call_args) = folds;
        result
    }

    /// From now on, the token tree of a macro call in item position is parsed inside a
    /// `SKIPPED_TOKENS` marker node, which the tree builder folds into one token.
    pub(crate) fn fold_macro_call_args(&mut self) {
        self.folds_macro_call_args = true;
    }

    /// Whether the token trees of macro calls in item position are folded
    /// ([`Parser::fold_macro_call_args`]).
    pub(crate) fn folds_macro_call_args(&self) -> bool {
        self.folds_macro_call_args
    }

    pub(crate) fn finish(self) -> Output {
        Output::from_events(self.events, self.errors, self.max_depth)
    }

    /// The edition of the code being parsed.
    pub(crate) fn edition(&self) -> Edition {
        self.edition
    }

    /// The kind of the current token.
    #[inline]
    pub(crate) fn current(&self) -> SyntaxKind {
        self.nth(0)
    }

    /// The kind of the `n`-th token from the current one (single-character punctuation).
    #[inline]
    pub(crate) fn nth(&self, n: usize) -> SyntaxKind {
        let fuel = self.fuel.get();
        if fuel == 0 {
            return SyntaxKind::EOF;
        }
        self.fuel.set(fuel - 1);
        self.input.kind(self.pos + n)
    }

    /// Whether the current token is `kind`; glued punctuation such as `::` is recognised.
    #[inline]
    pub(crate) fn at(&self, kind: SyntaxKind) -> bool {
        self.nth_at(0, kind)
    }

    /// Whether the `n`-th token is `kind`; glued punctuation such as `::` is recognised.
    #[inline]
    pub(crate) fn nth_at(&self, n: usize, kind: SyntaxKind) -> bool {
        match kind {
            T![-=] => self.at_composite2(n, T![-], T![=]),
            T![->] => self.at_composite2(n, T![-], T![>]),
            T![::] => self.at_composite2(n, T![:], T![:]),
            T![!=] => self.at_composite2(n, T![!], T![=]),
            T![..] => self.at_composite2(n, T![.], T![.]),
            T![*=] => self.at_composite2(n, T![*], T![=]),
            T![/=] => self.at_composite2(n, T![/], T![=]),
            T![&&] => self.at_composite2(n, T![&], T![&]),
            T![&=] => self.at_composite2(n, T![&], T![=]),
            T![%=] => self.at_composite2(n, T![%], T![=]),
            T![^=] => self.at_composite2(n, T![^], T![=]),
            T![+=] => self.at_composite2(n, T![+], T![=]),
            T![<<] => self.at_composite2(n, T![<], T![<]),
            T![<=] => self.at_composite2(n, T![<], T![=]),
            T![==] => self.at_composite2(n, T![=], T![=]),
            T![=>] => self.at_composite2(n, T![=], T![>]),
            T![>=] => self.at_composite2(n, T![>], T![=]),
            T![>>] => self.at_composite2(n, T![>], T![>]),
            T![|=] => self.at_composite2(n, T![|], T![=]),
            T![||] => self.at_composite2(n, T![|], T![|]),
            T![...] => self.at_composite3(n, T![.], T![.], T![.]),
            T![..=] => self.at_composite3(n, T![.], T![.], T![=]),
            T![<<=] => self.at_composite3(n, T![<], T![<], T![=]),
            T![>>=] => self.at_composite3(n, T![>], T![>], T![=]),
            _ => self.nth(n) == kind,
        }
    }

    #[inline]
    fn at_composite2(&self, n: usize, first: SyntaxKind, second: SyntaxKind) -> bool {
        self.nth(n) == first && self.nth(n + 1) == second && self.input.is_joint(self.pos + n)
    }

    #[inline]
    fn at_composite3(&self, n: usize, first: SyntaxKind, second: SyntaxKind, third: SyntaxKind) -> bool {
        self.nth(n) == first
            && self.nth(n + 1) == second
            && self.nth(n + 2) == third
            && self.input.is_joint(self.pos + n)
            && self.input.is_joint(self.pos + n + 1)
    }

    /// Whether the current token is one of `kinds` (single-character punctuation only).
    #[inline]
    pub(crate) fn at_ts(&self, kinds: TokenSet) -> bool {
        kinds.contains(self.current())
    }

    /// Whether the current token is an identifier spelling the contextual keyword `kw`.
    #[inline]
    pub(crate) fn at_contextual_kw(&self, kw: SyntaxKind) -> bool {
        self.nth_at_contextual_kw(0, kw)
    }

    /// Whether the `n`-th token is an identifier spelling the contextual keyword `kw`.
    #[inline]
    pub(crate) fn nth_at_contextual_kw(&self, n: usize, kw: SyntaxKind) -> bool {
        self.nth(n) == SyntaxKind::IDENT && self.input.contextual_kind(self.pos + n) == kw
    }

    /// Whether the last token consumed is `kind` (single-character punctuation only).
    pub(crate) fn prev_is(&self, kind: SyntaxKind) -> bool {
        self.pos > 0 && self.input.kind(self.pos - 1) == kind
    }

    /// Whether the current token touches the next one (no whitespace or comment between).
    #[inline]
    pub(crate) fn is_joint_with_next(&self) -> bool {
        self.input.is_joint(self.pos)
    }

    /// Starts a node at the current position.
    #[inline]
    pub(crate) fn start(&mut self) -> Marker {
        let pos = self.events.len() as u32;
        self.events.push(Event::Start { kind: TOMBSTONE, forward_parent: 0, is_forward_target: false });
        Marker { pos }
    }

    /// Consumes the current token, which must be `kind` (glued punctuation included).
    pub(crate) fn bump(&mut self, kind: SyntaxKind) {
        assert!(self.eat(kind), "bump({kind:?}) at {:?}", self.current());
    }

    /// Consumes the current token, whatever it is; at the end of input, does nothing.
    pub(crate) fn bump_any(&mut self) {
        let kind = self.nth(0);
        if kind == SyntaxKind::EOF {
            return;
        }
        self.do_bump(kind, 1);
    }

    /// Consumes the current token as a token of kind `kind` (a contextual keyword, usually).
    pub(crate) fn bump_remap(&mut self, kind: SyntaxKind) {
        if self.nth(0) == SyntaxKind::EOF {
            return;
        }
        self.do_bump(kind, 1);
    }

    /// Consumes the current token if it is `kind` (glued punctuation included).
    #[inline]
    pub(crate) fn eat(&mut self, kind: SyntaxKind) -> bool {
        if !self.at(kind) {
            return false;
        }
        let n_input_tokens = match kind {
            T![-=]
            | T![->]
            | T![::]
            | T![!=]
            | T![..]
            | T![*=]
            | T![/=]
            | T![&&]
            | T![&=]
            | T![%=]
            | T![^=]
            | T![+=]
            | T![<<]
            | T![<=]
            | T![==]
            | T![=>]
            | T![>=]
            | T![>>]
            | T![|=]
            | T![||] => 2,
            T![...] | T![..=] | T![<<=] | T![>>=] => 3,
            _ => 1,
        };
        self.do_bump(kind, n_input_tokens);
        true
    }

    /// Consumes the current token as the contextual keyword `kw` if it spells it.
    pub(crate) fn eat_contextual_kw(&mut self, kw: SyntaxKind) -> bool {
        if !self.at_contextual_kw(kw) {
            return false;
        }
        self.do_bump(kw, 1);
        true
    }

    /// Consumes the current token if it is `kind`, and reports an error otherwise.
    pub(crate) fn expect(&mut self, kind: SyntaxKind) -> bool {
        if self.eat(kind) {
            return true;
        }
        self.error(format!("expected {}", describe(kind)));
        false
    }

    /// Records an error at the current position.
    pub(crate) fn error(&mut self, message: impl Into<String>) {
        let index = self.errors.len() as u32;
        self.errors.push(message.into());
        self.events.push(Event::Error { index });
    }

    /// Records an error and consumes the current token inside an `ERROR` node; at `{`, `}` or
    /// the end of input it consumes nothing, so that blocks stay balanced.
    pub(crate) fn err_and_bump(&mut self, message: &str) {
        self.err_recover(message, TokenSet::EMPTY);
    }

    /// Records an error, and consumes the current token inside an `ERROR` node unless it is in
    /// `recovery`, a curly brace, or the end of input.
    pub(crate) fn err_recover(&mut self, message: &str, recovery: TokenSet) {
        if matches!(self.current(), T!['{'] | T!['}'] | SyntaxKind::EOF) || self.at_ts(recovery) {
            self.error(message);
            return;
        }
        let m = self.start();
        self.error(message);
        self.bump_any();
        m.complete(self, SyntaxKind::ERROR);
    }

    /// Runs `f` one nesting level deeper. Past [`NESTING_LIMIT`], `f` is not run: the parser
    /// reports an error and consumes the current token (a whole delimited group if it opens
    /// one) as an `ERROR` node, without recursion. Returns `None` in that case.
    pub(crate) fn nested<R>(&mut self, f: impl FnOnce(&mut Parser<'t>) -> R) -> Option<R> {
        if self.depth >= NESTING_LIMIT {
            self.skip_too_deep();
            return None;
        }
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        let result = f(self);
        self.depth -= 1;
        Some(result)
    }

    fn skip_too_deep(&mut self) {
        let m = self.start();
        self.error(format!("this is nested too deeply (the limit is {NESTING_LIMIT} levels)"));
        let mut open = 0usize;
        loop {
            match self.current() {
                SyntaxKind::EOF => break,
                T!['('] | T!['['] | T!['{'] => open += 1,
                T![')'] | T![']'] | T!['}'] => {
                    if open == 0 {
                        break;
                    }
                    open -= 1;
                }
                _ => {}
            }
            self.bump_any();
            if open == 0 {
                break;
            }
        }
        m.complete(self, SyntaxKind::ERROR);
    }

    /// Splits the float literal at the current token (the `0.1` of `x.0.1`) into two field
    /// names. `m` is the marker of the inner field expression, opened before its `.`: it is
    /// completed as `FIELD_EXPR` after the first name. Returns whether the literal ends with `.`
    /// (then there is no second name) and a marker for the outer field expression.
    pub(crate) fn split_float(&mut self, m: Marker) -> (bool, Marker) {
        debug_assert!(self.at(SyntaxKind::FLOAT_NUMBER));
        let ends_in_dot = self.input.float_ends_in_dot(self.pos);
        self.events.push(Event::FloatSplit { ends_in_dot });
        // The FloatSplit step exits the inner node itself, so it gets its kind but no Finish.
        match &mut self.events[m.pos as usize] {
            Event::Start { kind, .. } => *kind = SyntaxKind::FIELD_EXPR,
            _ => unreachable!("a marker points to a Start event"),
        }
        self.pos += 1;
        self.fuel.set(LOOKAHEAD_FUEL);
        let inner = CompletedMarker { pos: m.pos, kind: SyntaxKind::FIELD_EXPR };
        (ends_in_dot, inner.precede(self))
    }

    #[inline]
    fn do_bump(&mut self, kind: SyntaxKind, n_input_tokens: u8) {
        self.pos += usize::from(n_input_tokens);
        self.fuel.set(LOOKAHEAD_FUEL);
        self.events.push(Event::Token { kind, n_input_tokens });
    }
}

/// How an error message names a token kind: `` `;` ``, `` `fn` ``, "an identifier".
pub(crate) fn describe(kind: SyntaxKind) -> String {
    match kind.text() {
        Some(text) => format!("`{text}`"),
        None => match kind {
            SyntaxKind::IDENT => "an identifier".to_owned(),
            SyntaxKind::LIFETIME_IDENT => "a lifetime".to_owned(),
            SyntaxKind::INT_NUMBER => "an integer".to_owned(),
            SyntaxKind::EOF => "the end of input".to_owned(),
            _ => format!("{kind:?}"),
        },
    }
}

/// An open node. It must be completed or abandoned.
pub(crate) struct Marker {
    pos: u32,
}

impl Marker {
    /// Finishes the node as `kind`.
    pub(crate) fn complete(self, p: &mut Parser<'_>, kind: SyntaxKind) -> CompletedMarker {
        match &mut p.events[self.pos as usize] {
            Event::Start { kind: slot, .. } => *slot = kind,
            _ => unreachable!("a marker points to a Start event"),
        }
        p.events.push(Event::Finish);
        CompletedMarker { pos: self.pos, kind }
    }

    /// Drops the node; its children become children of its parent.
    ///
    /// The `Start` event is removed when it is the last event, unless an earlier node points
    /// to it as its forward parent (a `precede` whose new node was abandoned): then it stays as
    /// a tombstone, so that the pointer never lands on an event pushed later.
    pub(crate) fn abandon(self, p: &mut Parser<'_>) {
        let index = self.pos as usize;
        let is_forward_target = matches!(p.events[index], Event::Start { is_forward_target: true, .. });
        if index == p.events.len() - 1 && !is_forward_target {
            p.events.pop();
        }
    }
}

/// A finished node, which can still be wrapped in a new parent.
#[derive(Clone, Copy)]
pub(crate) struct CompletedMarker {
    pos: u32,
    kind: SyntaxKind,
}

/// Makes the node started at `parent` the forward parent of the node started at `child`, and
/// marks it as entered through `child`. A forward parent set before (a second `precede` of the
/// same completed marker) loses its mark, so that it is entered where it stands.
fn set_forward_parent(p: &mut Parser<'_>, child: u32, parent: u32) {
    debug_assert!(child < parent);
    let Event::Start { forward_parent, .. } = &mut p.events[child as usize] else {
        unreachable!("a marker points to a Start event")
    };
    let previous = std::mem::replace(forward_parent, parent - child);
    if previous != 0
        && let Event::Start { is_forward_target, .. } = &mut p.events[(child + previous) as usize]
    {
        *is_forward_target = false;
    }
    let Event::Start { is_forward_target, .. } = &mut p.events[parent as usize] else {
        unreachable!("a forward parent is a Start event")
    };
    *is_forward_target = true;
}

impl CompletedMarker {
    /// Starts a node that will enclose this one (for `a + b`, the `BIN_EXPR` around `a`).
    pub(crate) fn precede(self, p: &mut Parser<'_>) -> Marker {
        let new = p.start();
        set_forward_parent(p, self.pos, new.pos);
        new
    }

    /// Makes this node start where `m` starts instead (for outer attributes parsed before the
    /// node they belong to was known).
    ///
    /// The node's `Start` event moves to `m`'s place (which holds an unfinished tombstone), and
    /// its old place becomes a tombstone, so the node is entered once, at `m`. A forward parent
    /// pointer would not do: a node that preceded this one already points at the old place.
    pub(crate) fn extend_to(self, p: &mut Parser<'_>, m: Marker) -> CompletedMarker {
        debug_assert!(m.pos < self.pos);
        let Event::Start { kind, forward_parent, .. } = std::mem::replace(
            &mut p.events[self.pos as usize],
            Event::Start { kind: TOMBSTONE, forward_parent: 0, is_forward_target: true },
        ) else {
            unreachable!("a marker points to a Start event")
        };
        let Event::Start { kind: slot, forward_parent: moved, .. } = &mut p.events[m.pos as usize] else {
            unreachable!("a marker points to a Start event")
        };
        *slot = kind;
        *moved = if forward_parent == 0 { 0 } else { forward_parent + (self.pos - m.pos) };
        CompletedMarker { pos: m.pos, kind: self.kind }
    }

    /// The kind the node was completed as.
    pub(crate) fn kind(&self) -> SyntaxKind {
        self.kind
    }
}

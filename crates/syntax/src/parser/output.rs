//! What the parser produces: a flat list of steps that describe a tree over the input tokens.
//!
//! The parser first records [`Event`]s, in which a node may be started before the node that
//! will contain it (that is how `a + b` gets its `BIN_EXPR` around `a` after `a` is parsed).
//! [`Output::from_events`] resolves those "forward parents" once, so that consumers read plain
//! enter/exit/token steps in tree order.

use crate::SyntaxKind;

/// One event of the parser, before forward parents are resolved.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event {
    /// Starts a node. `forward_parent`, if not zero, is the distance to the `Start` event of the
    /// node that must enclose this one. A `Start` of kind `TOMBSTONE` is an abandoned node.
    Start { kind: SyntaxKind, forward_parent: u32 },
    /// Finishes the node started last.
    Finish,
    /// Consumes `n_input_tokens` input tokens as one tree token of kind `kind`.
    Token { kind: SyntaxKind, n_input_tokens: u8 },
    /// Splits the float literal at the current input token in two tuple-field names, finishing
    /// the current node between them (see [`Step::FloatSplit`]).
    FloatSplit { ends_in_dot: bool },
    /// An error at the current position; the message is `Parser::errors[index]`.
    Error { index: u32 },
}

/// The kind of an abandoned `Start` event.
pub(crate) const TOMBSTONE: SyntaxKind = SyntaxKind::EOF;

/// One step of the parser's output, in tree order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Enters a node of this kind.
    Enter { kind: SyntaxKind },
    /// Leaves the node entered last.
    Exit,
    /// A tree token of this kind, made of this many input tokens (more than one for glued
    /// punctuation such as `::` or `>>=`).
    Token { kind: SyntaxKind, n_input_tokens: u8 },
    /// The input token is a float literal such as `0.1` that is really two tuple-field names
    /// (`x.0.1`). The consumer emits `NAME_REF(INT_NUMBER "0")`, exits the current node, emits
    /// `DOT`, then, unless `ends_in_dot`, `NAME_REF(INT_NUMBER "1")`.
    FloatSplit { ends_in_dot: bool },
    /// A syntax error at the current position.
    Error { message: &'a str },
}

/// The steps of one parse.
#[derive(Debug, Default, Clone)]
pub struct Output {
    steps: Vec<RawStep>,
    errors: Vec<String>,
    /// The deepest nesting of grammar rules the parse reached (see `Parser::nested`).
    max_nesting: u32,
}

#[derive(Debug, Clone, Copy)]
enum RawStep {
    Enter(SyntaxKind),
    Exit,
    Token(SyntaxKind, u8),
    FloatSplit(bool),
    Error(u32),
}

impl Output {
    /// Resolves forward parents: every `Start` with a forward parent is emitted after the
    /// starts of its ancestors, outermost first.
    pub(crate) fn from_events(mut events: Vec<Event>, errors: Vec<String>, max_nesting: u32) -> Output {
        let mut steps = Vec::with_capacity(events.len());
        let mut forward_kinds: Vec<SyntaxKind> = Vec::new();
        for i in 0..events.len() {
            match std::mem::replace(&mut events[i], Event::Start { kind: TOMBSTONE, forward_parent: 0 }) {
                Event::Start { kind, forward_parent } => {
                    // Walk the chain of forward parents, collecting the kinds innermost first.
                    forward_kinds.push(kind);
                    let mut index = i;
                    let mut forward = forward_parent;
                    while forward != 0 {
                        index += forward as usize;
                        match std::mem::replace(&mut events[index], Event::Start { kind: TOMBSTONE, forward_parent: 0 })
                        {
                            Event::Start { kind, forward_parent } => {
                                forward_kinds.push(kind);
                                forward = forward_parent;
                            }
                            _ => unreachable!("a forward parent is always a Start event"),
                        }
                    }
                    for kind in forward_kinds.drain(..).rev() {
                        if kind != TOMBSTONE {
                            steps.push(RawStep::Enter(kind));
                        }
                    }
                }
                Event::Finish => steps.push(RawStep::Exit),
                Event::Token { kind, n_input_tokens } => steps.push(RawStep::Token(kind, n_input_tokens)),
                Event::FloatSplit { ends_in_dot } => steps.push(RawStep::FloatSplit(ends_in_dot)),
                Event::Error { index } => steps.push(RawStep::Error(index)),
            }
        }
        Output { steps, errors, max_nesting }
    }

    /// The steps, in tree order.
    pub fn iter(&self) -> impl Iterator<Item = Step<'_>> + '_ {
        self.steps.iter().map(|step| match *step {
            RawStep::Enter(kind) => Step::Enter { kind },
            RawStep::Exit => Step::Exit,
            RawStep::Token(kind, n_input_tokens) => Step::Token { kind, n_input_tokens },
            RawStep::FloatSplit(ends_in_dot) => Step::FloatSplit { ends_in_dot },
            RawStep::Error(index) => Step::Error { message: &self.errors[index as usize] },
        })
    }

    /// The deepest nesting of grammar rules the parse reached; at [`crate::NESTING_LIMIT`], the
    /// parser skipped input as too deep.
    pub fn max_nesting(&self) -> u32 {
        self.max_nesting
    }

    /// Whether the steps describe one tree (one root node with everything inside it), rather
    /// than a forest or loose tokens, as a fragment entry point may produce.
    pub fn is_single_tree(&self) -> bool {
        let mut depth = 0usize;
        let mut roots = 0usize;
        for step in &self.steps {
            match step {
                RawStep::Enter(_) => {
                    if depth == 0 {
                        roots += 1;
                    }
                    depth += 1;
                }
                RawStep::Exit => depth = depth.saturating_sub(1),
                RawStep::Token(..) | RawStep::FloatSplit(_) if depth == 0 => return false,
                _ => {}
            }
        }
        roots == 1
    }

    /// The number of input tokens the steps consume (for prefix entry points: how far the
    /// fragment reaches).
    pub fn consumed_input_tokens(&self) -> usize {
        self.steps
            .iter()
            .map(|step| match *step {
                RawStep::Token(_, n) => usize::from(n),
                RawStep::FloatSplit(_) => 1,
                _ => 0,
            })
            .sum()
    }
}

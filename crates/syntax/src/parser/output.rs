//! What the parser produces: the events that describe a tree over the input tokens, read as a
//! flat list of steps in tree order.
//!
//! In the events, a node may be started before the node that will contain it (that is how
//! `a + b` gets its `BIN_EXPR` around `a` after `a` is parsed): such a `Start` has a "forward
//! parent". [`Output::iter`] resolves forward parents as it goes, so consumers read plain
//! enter/exit/token steps in tree order, and no second copy of the events is ever made.

use crate::SyntaxKind;

/// One event of the parser.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event {
    /// Starts a node. `forward_parent`, if not zero, is the distance to the `Start` event of the
    /// node that must enclose this one; that event has `is_forward_target` set, and is entered
    /// through this one. A `Start` of kind `TOMBSTONE` is an abandoned node.
    Start { kind: SyntaxKind, forward_parent: u32, is_forward_target: bool },
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

/// The events of one parse.
#[derive(Debug, Default, Clone)]
pub struct Output {
    events: Vec<Event>,
    errors: Vec<String>,
    /// The deepest nesting of grammar rules the parse reached (see `Parser::nested`).
    max_nesting: u32,
    /// Set when the grammar guarantees one root: an entry point that starts its root node
    /// first and completes it last (`SOURCE_FILE`, `MACRO_ITEMS`...). Saves a pass over the
    /// events.
    known_single_tree: bool,
}

impl Output {
    pub(crate) fn from_events(events: Vec<Event>, errors: Vec<String>, max_nesting: u32) -> Output {
        Output { events, errors, max_nesting, known_single_tree: false }
    }

    /// Records that the events describe one tree (see [`Output::is_single_tree`]).
    pub(crate) fn set_known_single_tree(&mut self) {
        self.known_single_tree = true;
    }

    /// The steps, in tree order.
    pub fn iter(&self) -> Steps<'_> {
        Steps { output: self, index: 0, pending: Vec::new() }
    }

    /// The deepest nesting of grammar rules the parse reached; at [`crate::NESTING_LIMIT`], the
    /// parser skipped input as too deep.
    pub fn max_nesting(&self) -> u32 {
        self.max_nesting
    }

    /// Whether the steps describe one tree (one root node with everything inside it), rather
    /// than a forest or loose tokens, as a fragment entry point may produce.
    pub fn is_single_tree(&self) -> bool {
        if self.known_single_tree {
            debug_assert!(self.walk_is_single_tree(), "an entry point's root does not hold the whole tree");
            return true;
        }
        self.walk_is_single_tree()
    }

    /// [`Output::is_single_tree`], found by walking the steps.
    fn walk_is_single_tree(&self) -> bool {
        let mut depth = 0usize;
        let mut roots = 0usize;
        for step in self.iter() {
            match step {
                Step::Enter { .. } => {
                    if depth == 0 {
                        roots += 1;
                    }
                    depth += 1;
                }
                Step::Exit => depth = depth.saturating_sub(1),
                Step::Token { .. } | Step::FloatSplit { .. } if depth == 0 => return false,
                _ => {}
            }
        }
        roots == 1
    }

    /// The number of input tokens the steps consume (for prefix entry points: how far the
    /// fragment reaches).
    pub fn consumed_input_tokens(&self) -> usize {
        self.events
            .iter()
            .map(|event| match *event {
                Event::Token { n_input_tokens, .. } => usize::from(n_input_tokens),
                Event::FloatSplit { .. } => 1,
                _ => 0,
            })
            .sum()
    }
}

/// The steps of an [`Output`], in tree order.
#[derive(Debug)]
pub struct Steps<'a> {
    output: &'a Output,
    index: usize,
    /// Nodes to enter before going on: the chain of forward parents of the last `Start`, the
    /// next to enter last.
    pending: Vec<SyntaxKind>,
}

impl<'a> Iterator for Steps<'a> {
    type Item = Step<'a>;

    // Inlined into the tree builder's loop, its one hot caller, so that the match on the event
    // and the match on the step become one.
    #[inline(always)]
    fn next(&mut self) -> Option<Step<'a>> {
        if let Some(kind) = self.pending.pop() {
            return Some(Step::Enter { kind });
        }
        let events = &self.output.events;
        loop {
            let event = *events.get(self.index)?;
            let index = self.index;
            self.index += 1;
            let step = match event {
                Event::Start { is_forward_target: true, .. } => continue,
                Event::Start { kind, forward_parent: 0, .. } => {
                    if kind == TOMBSTONE {
                        continue;
                    }
                    Step::Enter { kind }
                }
                Event::Start { kind, forward_parent, .. } => {
                    // The chain of forward parents, innermost first: enter outermost first.
                    if kind != TOMBSTONE {
                        self.pending.push(kind);
                    }
                    let mut at = index + forward_parent as usize;
                    loop {
                        let Event::Start { kind, forward_parent, .. } = events[at] else {
                            unreachable!("a forward parent is always a Start event")
                        };
                        if kind != TOMBSTONE {
                            self.pending.push(kind);
                        }
                        if forward_parent == 0 {
                            break;
                        }
                        at += forward_parent as usize;
                    }
                    match self.pending.pop() {
                        Some(kind) => Step::Enter { kind },
                        None => continue,
                    }
                }
                Event::Finish => Step::Exit,
                Event::Token { kind, n_input_tokens } => Step::Token { kind, n_input_tokens },
                Event::FloatSplit { ends_in_dot } => Step::FloatSplit { ends_in_dot },
                Event::Error { index } => Step::Error { message: &self.output.errors[index as usize] },
            };
            return Some(step);
        }
    }
}

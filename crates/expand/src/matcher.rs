//! Matching a call's input against one rule's matcher, the way rustc's `macro_parser` does it:
//! the matcher is a flat list of locations, and the input is read token by token while every
//! position the matcher could be at is kept at once (an NFA), so there is no backtracking. At
//! each token:
//!
//! - positions at a literal token (or delimiter, or separator) that equals the input token move
//!   past it;
//! - positions at a fragment (`$e:expr`) that may start with the token wait for the parser;
//! - if some positions can move past the token and none wait, the token is consumed; if exactly
//!   one waits and none can move, the fragment is parsed there; both at once is rustc's "local
//!   ambiguity" error.
//!
//! Bindings are recorded as a log shared between positions (a persistent list), so that
//! branching at a repetition copies nothing; the winning position's log is replayed into the
//! binding trees at the end. Every position processed is charged to the meter.
//!
//! One shape is matched without the NFA: a lone position at `$($x:tt)*` (or `+`) that ends its
//! group or the matcher, the tail of every tt-muncher. There the NFA could only take token
//! trees one by one until the group closes, so they are taken in one go and logged as one
//! entry, charged as the NFA would be charged.

use std::rc::Rc;

use sem_syntax::{Edition, token_tree::DelimiterKind};

use crate::{
    ExpandError, ExpandErrorKind,
    fragment::{self, FragmentKind},
    fuel::Meter,
    input::{FlatInput, FlatItem},
    parser::{MatcherLoc, RepeatOp, Rule},
    tokens::{Token, delimiter_text},
};

/// The value of a metavariable after a match: one fragment, or one value per repetition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Binding {
    Single(Fragment),
    Seq(Vec<Binding>),
}

/// A fragment of the input: the flat positions `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fragment {
    pub(crate) kind: FragmentKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The bindings of a match, indexed by variable; `None` only for variables of a repetition
/// that was never entered nor skipped, which a successful match does not leave.
pub(crate) type Bindings = Vec<Option<Binding>>;

/// Why a rule did not match: where (a flat position, to pick the rule that got furthest) and
/// what to tell the user.
#[derive(Debug)]
pub(crate) struct Failure<S> {
    pub(crate) position: usize,
    pub(crate) message: String,
    pub(crate) span: Option<S>,
}

#[derive(Debug)]
pub(crate) enum MatchOutcome<S> {
    Matched(Bindings),
    Failed(Failure<S>),
}

/// What a position records for variable `var` inside `depth` repetitions.
#[derive(Debug)]
struct LogEntry {
    prev: Option<Rc<LogEntry>>,
    var: usize,
    depth: usize,
    value: Logged,
}

/// A value in the log.
#[derive(Debug)]
enum Logged {
    /// A new, empty repetition.
    NewSequence,
    /// One fragment.
    Fragment(Fragment),
    /// Consecutive fragments of the same repetition, taken in one go.
    Fragments(Vec<Fragment>),
}

impl Drop for LogEntry {
    // The log is a linked list as long as the input: drop it in a loop, not recursively.
    fn drop(&mut self) {
        let mut next = self.prev.take();
        while let Some(entry) = next {
            match Rc::try_unwrap(entry) {
                Ok(mut entry) => next = entry.prev.take(),
                Err(_) => break,
            }
        }
    }
}

/// A position in the matcher, with the bindings recorded on the way to it.
#[derive(Debug, Clone)]
struct Position {
    loc: usize,
    log: Option<Rc<LogEntry>>,
}

impl Position {
    fn record(&mut self, var: usize, depth: usize, value: Logged) {
        self.log = Some(Rc::new(LogEntry { prev: self.log.take(), var, depth, value }));
    }

    /// Records a new repetition for every variable of a sequence.
    fn open_sequence(&mut self, first_var: usize, var_count: usize, depth: usize) {
        for var in first_var..first_var + var_count {
            self.record(var, depth, Logged::NewSequence);
        }
    }
}

/// The NFA steps one token tree costs a position looping at `$($x:tt)*`: the metavariable,
/// the loop's end, and the location after the loop.
const STEPS_PER_LOOPED_TT: usize = 3;

/// If `position`, the only one left, waits at the metavariable of `$($x:tt)*` or `$($x:tt)+`
/// and the loop is the last thing of its group or of the matcher, takes every token tree from
/// `start` to the end of the group (there is at least one), records them and moves `position`
/// to the loop's end; returns where the input stands then. `None` when the shape is another.
fn take_looped_tts<S: Copy>(
    matcher: &[MatcherLoc],
    position: &mut Position,
    input: &FlatInput<'_, S>,
    start: usize,
    meter: &mut Meter,
) -> Result<Option<usize>, ExpandError<S>> {
    let loc = position.loc;
    let (MatcherLoc::MetaVar { kind: FragmentKind::Tt, var, depth }, Some(&MatcherLoc::KleeneOpNoSep { op, first })) =
        (&matcher[loc], matcher.get(loc + 1))
    else {
        return Ok(None);
    };
    if first != loc
        || op == RepeatOp::ZeroOrOne
        || !matches!(matcher.get(loc + 2), Some(MatcherLoc::Eof | MatcherLoc::Close(_)))
    {
        return Ok(None);
    }
    let mut fragments = Vec::new();
    let mut at = start;
    while let Some(end) = fragment::match_leaf_fragment(FragmentKind::Tt, input, at) {
        meter.charge(STEPS_PER_LOOPED_TT)?;
        fragments.push(Fragment { kind: FragmentKind::Tt, start: at, end });
        at = end;
    }
    if fragments.is_empty() {
        return Ok(None);
    }
    position.record(*var, *depth, Logged::Fragments(fragments));
    position.loc = loc + 1;
    Ok(Some(at))
}

/// Matches `input` against `rule`'s matcher.
pub(crate) fn match_rule<S: Copy>(
    rule: &Rule<S>,
    input: &FlatInput<'_, S>,
    edition: Edition,
    meter: &mut Meter,
) -> Result<MatchOutcome<S>, ExpandError<S>> {
    let matcher = &rule.matcher;
    let mut current = vec![Position { loc: 0, log: None }];
    let mut next: Vec<Position> = Vec::new();
    let mut waiting: Vec<Position> = Vec::new();
    let mut at_end: Vec<Position> = Vec::new();
    // The locations that wanted the current token, for the message if nothing takes it.
    let mut expected: Vec<usize> = Vec::new();
    let mut position = 0usize;
    // The ends of the groups the current position is in, innermost last.
    let mut group_ends = vec![input.end()];
    loop {
        let token = input.token(position);
        next.clear();
        waiting.clear();
        at_end.clear();
        expected.clear();
        while let Some(mut current_position) = current.pop() {
            meter.charge(1)?;
            let loc = current_position.loc;
            match &matcher[loc] {
                MatcherLoc::Token(expected_token) => {
                    expected.push(loc);
                    if expected_token.matches(&token) {
                        current_position.loc += 1;
                        next.push(current_position);
                    }
                }
                MatcherLoc::Open(kind) => {
                    expected.push(loc);
                    if matches!(token, Token::Open(open) if open == *kind) {
                        current_position.loc += 1;
                        next.push(current_position);
                    }
                }
                MatcherLoc::Close(kind) => {
                    expected.push(loc);
                    if matches!(token, Token::Close(close) if close == *kind) {
                        current_position.loc += 1;
                        next.push(current_position);
                    }
                }
                &MatcherLoc::Sequence { op, end, first_var, var_count, depth } => {
                    if op != RepeatOp::OneOrMore {
                        let mut skip = current_position.clone();
                        skip.open_sequence(first_var, var_count, depth);
                        skip.loc = end + 1;
                        current.push(skip);
                    }
                    current_position.open_sequence(first_var, var_count, depth);
                    current_position.loc += 1;
                    current.push(current_position);
                }
                &MatcherLoc::KleeneOpNoSep { op, first } => {
                    current.push(Position { loc: loc + 1, log: current_position.log.clone() });
                    if op != RepeatOp::ZeroOrOne {
                        current_position.loc = first;
                        current.push(current_position);
                    }
                }
                MatcherLoc::Separator(separator) => {
                    expected.push(loc);
                    current.push(Position { loc: loc + 2, log: current_position.log.clone() });
                    if separator.matches(&token) {
                        current_position.loc += 1;
                        next.push(current_position);
                    }
                }
                &MatcherLoc::KleeneOpAfterSep { first } => {
                    current_position.loc = first;
                    current.push(current_position);
                }
                &MatcherLoc::MetaVar { kind, var, depth } => {
                    expected.push(loc);
                    if kind == FragmentKind::Vis && matches!(token, Token::Close(_) | Token::Eof) {
                        // rustc fails here, but it has the empty nonterminal that a forwarded
                        // empty `$vis` leaves (`[$vis struct S $vis]`, pin-project-lite) where
                        // sem, whose expansions pass through syntax, has nothing: an empty
                        // `vis` is taken at the end of a group too, as rust-analyzer does.
                        current_position.record(
                            var,
                            depth,
                            Logged::Fragment(Fragment { kind, start: position, end: position }),
                        );
                        current_position.loc += 1;
                        current.push(current_position);
                    } else if fragment::may_begin_with(kind, &token, edition) {
                        waiting.push(current_position);
                    }
                }
                MatcherLoc::Eof => {
                    if matches!(token, Token::Eof) {
                        at_end.push(current_position);
                    } else {
                        expected.push(loc);
                    }
                }
            }
        }

        if matches!(token, Token::Eof) {
            return match at_end.len() {
                0 => Ok(MatchOutcome::Failed(Failure {
                    position,
                    message: format!("unexpected end of macro invocation{}", describe_expected(rule, &expected)),
                    span: Some(input.span(position)),
                })),
                1 => {
                    let log = at_end.pop().expect("one position").log;
                    Ok(MatchOutcome::Matched(replay(log, rule.vars.len())))
                }
                _ => Err(ExpandError::new(
                    ExpandErrorKind::Ambiguous,
                    "ambiguity: multiple successful parses".to_owned(),
                    Some(input.span(position)),
                )),
            };
        }

        match (next.len(), waiting.len()) {
            (0, 0) => {
                return Ok(MatchOutcome::Failed(Failure {
                    position,
                    message: format!(
                        "no rules expected the token `{}`{}",
                        token.describe(),
                        describe_expected(rule, &expected)
                    ),
                    span: Some(input.span(position)),
                }));
            }
            (_, 0) => {
                std::mem::swap(&mut current, &mut next);
                match input.item(position) {
                    FlatItem::Open { close, .. } => group_ends.push(close),
                    FlatItem::Close { .. } => {
                        group_ends.pop();
                    }
                    FlatItem::Leaf(_) | FlatItem::Eof => {}
                }
                position += token.len();
            }
            (0, 1) => {
                let mut waiting_position = waiting.pop().expect("one position");
                if let Some(after) = take_looped_tts(matcher, &mut waiting_position, input, position, meter)? {
                    current.push(waiting_position);
                    position = after;
                    continue;
                }
                let MatcherLoc::MetaVar { var, kind, depth } = matcher[waiting_position.loc] else {
                    unreachable!("only metavariables wait")
                };
                let group_end = *group_ends.last().expect("the input's end is never popped");
                match fragment::match_fragment(kind, input, position, group_end, edition, meter)? {
                    Some(end) => {
                        waiting_position.record(var, depth, Logged::Fragment(Fragment { kind, start: position, end }));
                        waiting_position.loc += 1;
                        current.push(waiting_position);
                        position = end;
                    }
                    None => {
                        let declaration = &rule.vars[var];
                        return Ok(MatchOutcome::Failed(Failure {
                            position,
                            message: format!(
                                "no rules expected the token `{}`: it does not start a `${}:{}` fragment",
                                token.describe(),
                                declaration.name,
                                declaration.specifier
                            ),
                            span: Some(input.span(position)),
                        }));
                    }
                }
            }
            (others, _) => {
                let names: Vec<String> = waiting
                    .iter()
                    .filter_map(|waiting_position| match matcher[waiting_position.loc] {
                        MatcherLoc::MetaVar { var, .. } => {
                            Some(format!("{} ('{}')", rule.vars[var].specifier, rule.vars[var].name))
                        }
                        _ => None,
                    })
                    .collect();
                let others = if others == 0 { String::new() } else { format!(" or {others} other option(s)") };
                return Err(ExpandError::new(
                    ExpandErrorKind::Ambiguous,
                    format!(
                        "local ambiguity when calling macro: multiple parsing options: built-in NTs {}{others}",
                        names.join(", ")
                    ),
                    Some(input.span(position)),
                ));
            }
        }
    }
}

/// ", expected `a`, `b` or `$x:expr`" for the locations that wanted the token.
fn describe_expected<S>(rule: &Rule<S>, expected: &[usize]) -> String {
    let mut descriptions: Vec<String> = Vec::new();
    for &loc in expected {
        let description = match &rule.matcher[loc] {
            MatcherLoc::Token(token) | MatcherLoc::Separator(token) => format!("`{}`", token.describe()),
            MatcherLoc::Open(kind) if *kind != DelimiterKind::Invisible => format!("`{}`", delimiter_text(*kind).0),
            MatcherLoc::Close(kind) if *kind != DelimiterKind::Invisible => format!("`{}`", delimiter_text(*kind).1),
            MatcherLoc::MetaVar { var, .. } => format!("`${}:{}`", rule.vars[*var].name, rule.vars[*var].specifier),
            MatcherLoc::Eof => "the end of the input".to_owned(),
            _ => continue,
        };
        if !descriptions.contains(&description) {
            descriptions.push(description);
        }
    }
    match descriptions.as_slice() {
        [] => String::new(),
        [one] => format!(", expected {one}"),
        [init @ .., last] => format!(", expected {} or {last}", init.join(", ")),
    }
}

/// Rebuilds the bindings from the log of the winning position.
fn replay(log: Option<Rc<LogEntry>>, var_count: usize) -> Bindings {
    let mut entries = Vec::new();
    let mut next = log.as_deref();
    while let Some(entry) = next {
        entries.push(entry);
        next = entry.prev.as_deref();
    }
    let mut bindings: Bindings = vec![None; var_count];
    for entry in entries.into_iter().rev() {
        if entry.depth == 0 {
            bindings[entry.var] = Some(match &entry.value {
                Logged::NewSequence => Binding::Seq(Vec::new()),
                Logged::Fragment(fragment) => Binding::Single(*fragment),
                Logged::Fragments(fragments) => Binding::Seq(fragments.iter().copied().map(Binding::Single).collect()),
            });
            continue;
        }
        let mut target = bindings[entry.var].get_or_insert_with(|| Binding::Seq(Vec::new()));
        for _ in 1..entry.depth {
            target = match target {
                Binding::Seq(items) => {
                    if items.is_empty() {
                        items.push(Binding::Seq(Vec::new()));
                    }
                    items.last_mut().expect("not empty")
                }
                Binding::Single(_) => break,
            };
        }
        if let Binding::Seq(items) = target {
            match &entry.value {
                Logged::NewSequence => items.push(Binding::Seq(Vec::new())),
                Logged::Fragment(fragment) => items.push(Binding::Single(*fragment)),
                Logged::Fragments(fragments) => items.extend(fragments.iter().copied().map(Binding::Single)),
            }
        }
    }
    bindings
}

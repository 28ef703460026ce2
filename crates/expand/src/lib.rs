//! Macro expansion for sem: the `macro_rules!` engine (and `macro` 2.0), rustc's built-in macros
//! and rustc's built-in derives, all over token trees.
//!
//! This crate may depend on `sem-syntax` and small utility crates only (`smol_str`); it knows
//! nothing of salsa, of `Sources`, or of the database. It does one expansion step: match a call's
//! input against a definition's rules and transcribe the first rule that matches, or expand one
//! built-in. Expanding the result again (a macro calling itself) is the caller's job.
//!
//! - [`MacroRules::parse`] reads the body of a `macro_rules!` definition (and
//!   [`MacroRules::parse_macro2`] a `macro` 2.0 one) into rules; a malformed definition is a
//!   [`DefinitionError`].
//! - [`MacroRules::expand`] matches and transcribes, within the limits of a [`Fuel`]; every
//!   failure is an [`ExpandError`] whose [`ExpandErrorKind`] tells "no rule matched" from
//!   "transcription failed" from "fuel exhausted".
//! - [`expand_builtin`] expands a call of a [`BuiltinMacro`] (`concat!`, `format_args!`,
//!   `env!`, `include_str!`, `asm!`...: every `#[rustc_builtin_macro]` function-like macro of
//!   `core` and `std`), with what it needs from outside (environment, `cfg`, positions, files)
//!   asked of a [`BuiltinContext`]; `include!` comes back as [`BuiltinExpansion::Include`] for
//!   the caller to parse. Arguments that must be literals are expanded first when they are
//!   macro calls ([`EagerCall`]), as rustc does.
//! - [`expand_derive`] expands a [`BuiltinDerive`] (`Clone`, `Copy`, `Debug`, `Default`,
//!   `Hash`, `PartialEq`, `Eq`, `PartialOrd`, `Ord`) of a struct, enum or union into the impl
//!   rustc writes, with real bodies; the item is read with sem's parser.
//!
//! Where rustc's expansion is not plain Rust (`format_args!` and `asm!` become special syntax
//! nodes in rustc), the built-ins write an equivalent expression that sem's parser accepts and
//! in which every argument expression and captured name appears, so that names resolve: the
//! forms are documented on each [`BuiltinMacro`] variant. Errors of built-ins have the kinds
//! [`ExpandErrorKind::Builtin`], [`ExpandErrorKind::CompileError`] and
//! [`ExpandErrorKind::Derive`].
//!
//! The matcher follows rustc's `macro_parser`: a rule's matcher is compiled to a flat list of
//! locations and matched against the input token by token, all the ways the matcher could go at
//! once, so it needs no backtracking; a fragment (`$e:expr`) is handed to sem's parser
//! ([`sem_syntax::PrefixEntryPoint`]) when it is the only way forward. Nothing here recurses on
//! the depth of the input or of the definition: token trees are walked with explicit stacks
//! (the one recursion, built-ins written as arguments of built-ins, stops at
//! [`EAGER_DEPTH_LIMIT`]).
//!
//! Spans: tokens written in the transcriber keep the definition's spans, tokens of a binding keep
//! the input's, and the delimiters of the top of an expansion get the call site's.

mod build;
mod builtin;
mod derive;
mod error;
mod fragment;
mod fuel;
mod input;
mod matcher;
mod parser;
mod tokens;
mod transcriber;

#[cfg(test)]
mod tests;

use sem_syntax::{
    Edition,
    token_tree::{Delimiter, DelimiterKind, Subtree},
};

pub use crate::{
    builtin::{BuiltinContext, BuiltinExpansion, BuiltinMacro, EAGER_DEPTH_LIMIT, EagerCall, expand_builtin},
    derive::{BuiltinDerive, expand_derive},
    error::{DefinitionError, ExpandError, ExpandErrorKind},
    fragment::FragmentKind,
    fuel::Fuel,
};
use crate::{fuel::Meter, input::FlatInput, matcher::MatchOutcome, parser::Rule};

/// Whether a definition was written `macro_rules!` or `macro` (2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MacroStyle {
    /// `macro_rules! name { (matcher) => { transcriber }; ... }`.
    MacroRules,
    /// `macro name(matcher) { transcriber }` or `macro name { (matcher) => { transcriber }, ... }`.
    Macro2,
}

/// A parsed `macro_rules!` (or `macro` 2.0) definition: its rules, in order.
#[derive(Debug, Clone)]
pub struct MacroRules<S> {
    rules: Vec<Rule<S>>,
    style: MacroStyle,
    edition: Edition,
}

impl<S: Copy> MacroRules<S> {
    /// Parses the body of `macro_rules! name BODY`: a group (any delimiters) holding rules
    /// `(matcher) => {transcriber}` separated by `;`. `body` may be that group itself or a group
    /// with invisible delimiters around it (what [`sem_syntax::token_tree::syntax_to_token_tree`]
    /// gives for a `TOKEN_TREE` node). `edition` is the edition of the definition: it decides
    /// what `$p:pat` and `$e:expr` match, as in rustc.
    pub fn parse(body: &Subtree<S>, edition: Edition) -> Result<MacroRules<S>, DefinitionError<S>> {
        let rules = parser::parse_rules(unwrap_invisible(body), parser::RuleSeparator::Semicolon, edition)?;
        Ok(MacroRules { rules, style: MacroStyle::MacroRules, edition })
    }

    /// Parses a `macro` 2.0 definition: `args` is `Some` for the single-rule form
    /// `macro name(args) { body }` (`args` is the matcher, `body` the transcriber), `None` for
    /// the multi-rule form `macro name { (matcher) => { transcriber }, ... }` (rules separated
    /// by `,`).
    pub fn parse_macro2(
        args: Option<&Subtree<S>>,
        body: &Subtree<S>,
        edition: Edition,
    ) -> Result<MacroRules<S>, DefinitionError<S>> {
        let rules = match args {
            Some(args) => vec![parser::parse_rule(unwrap_invisible(args), unwrap_invisible(body), edition)?],
            None => parser::parse_rules(unwrap_invisible(body), parser::RuleSeparator::Comma, edition)?,
        };
        Ok(MacroRules { rules, style: MacroStyle::Macro2, edition })
    }

    /// How the definition was written.
    pub fn style(&self) -> MacroStyle {
        self.style
    }

    /// The edition of the definition.
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// The number of rules.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// The bytes the compiled rules hold on the heap (their lists; the few names too long to be
    /// stored inline are left out), for memory reports.
    pub fn heap_size(&self) -> usize {
        use std::mem::size_of;
        let rules = self.rules.capacity() * size_of::<parser::Rule<S>>();
        let per_rule = self.rules.iter().map(|rule| {
            let separators: usize = rule
                .template
                .iter()
                .map(|op| match op {
                    parser::TemplateOp::Repeat { separator, vars, .. } => {
                        separator.capacity() * size_of::<sem_syntax::token_tree::Leaf<S>>()
                            + vars.capacity() * size_of::<usize>()
                    }
                    _ => 0,
                })
                .sum();
            rule.matcher.capacity() * size_of::<parser::MatcherLoc>()
                + rule.vars.capacity() * size_of::<parser::VarDecl>()
                + rule.template.capacity() * size_of::<parser::TemplateOp<S>>()
                + separators
        });
        rules + per_rule.sum::<usize>()
    }

    /// Expands a call whose input (what is between the call's delimiters; the delimiters of
    /// `input` itself are ignored) is `input`: the first rule whose matcher matches is
    /// transcribed. `edition` is the edition of the call site, the one its tokens are parsed
    /// in when a fragment such as `$e:expr` is matched. The result has invisible delimiters
    /// with the span `call_site`.
    pub fn expand(
        &self,
        input: &Subtree<S>,
        call_site: S,
        edition: Edition,
        fuel: &Fuel,
    ) -> Result<Subtree<S>, ExpandError<S>> {
        self.expand_with_rule(input, call_site, edition, fuel, &|span| span).map(|(subtree, _)| subtree)
    }

    /// [`MacroRules::expand`], with the spans of the tokens the definition writes (not those
    /// of the input it passes on) given by `mark`: how a caller gives an expansion's own
    /// tokens their hygiene, as rustc marks them with the expansion.
    pub fn expand_marked(
        &self,
        input: &Subtree<S>,
        call_site: S,
        edition: Edition,
        fuel: &Fuel,
        mark: &dyn Fn(S) -> S,
    ) -> Result<Subtree<S>, ExpandError<S>> {
        self.expand_with_rule(input, call_site, edition, fuel, mark).map(|(subtree, _)| subtree)
    }

    /// [`MacroRules::expand_marked`], also returning the index of the rule that matched.
    pub fn expand_with_rule(
        &self,
        input: &Subtree<S>,
        call_site: S,
        edition: Edition,
        fuel: &Fuel,
        mark: &dyn Fn(S) -> S,
    ) -> Result<(Subtree<S>, usize), ExpandError<S>> {
        let flat = FlatInput::new(input);
        let mut meter = Meter::new(fuel);
        let mut best_failure: Option<(usize, matcher::Failure<S>)> = None;
        for (index, rule) in self.rules.iter().enumerate() {
            match matcher::match_rule(rule, &flat, edition, &mut meter)? {
                MatchOutcome::Matched(bindings) => {
                    let subtree = transcriber::transcribe(rule, &bindings, &flat, call_site, fuel, mark)?;
                    return Ok((subtree, index));
                }
                MatchOutcome::Failed(failure) => {
                    if best_failure.as_ref().is_none_or(|(_, best)| failure.position > best.position) {
                        best_failure = Some((index, failure));
                    }
                }
            }
        }
        Err(match best_failure {
            Some((index, failure)) => {
                let which = if self.rules.len() == 1 {
                    String::new()
                } else {
                    format!(" (rule {} of {} matched furthest)", index + 1, self.rules.len())
                };
                ExpandError::new(
                    ExpandErrorKind::NoMatchingRule,
                    format!("{}{which}", failure.message),
                    failure.span.or(Some(input.delimiter.open)),
                )
            }
            None => ExpandError::new(
                ExpandErrorKind::NoMatchingRule,
                "this macro has no rules".to_owned(),
                Some(input.delimiter.open),
            ),
        })
    }
}

/// The group inside invisible delimiters that hold nothing else, or `subtree` itself.
fn unwrap_invisible<S>(subtree: &Subtree<S>) -> &Subtree<S> {
    let mut current = subtree;
    while current.delimiter.kind == DelimiterKind::Invisible {
        match current.token_trees.as_slice() {
            [sem_syntax::token_tree::TokenTree::Subtree(inner)] => current = inner,
            _ => break,
        }
    }
    current
}

/// A group with invisible delimiters whose spans are both `span`.
fn invisible<S: Copy>(span: S) -> Subtree<S> {
    Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Invisible, open: span, close: span },
        token_trees: Vec::new(),
    }
}

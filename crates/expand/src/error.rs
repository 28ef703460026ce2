//! The errors of parsing a definition and of expanding a call.

use std::fmt;

/// A malformed `macro_rules!` (or `macro`) definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionError<S> {
    message: String,
    span: Option<S>,
}

impl<S> DefinitionError<S> {
    pub(crate) fn new(message: impl Into<String>, span: Option<S>) -> DefinitionError<S> {
        DefinitionError { message: message.into(), span }
    }

    /// What is wrong, as a sentence for a diagnostic.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where, when a token can be blamed.
    pub fn span(&self) -> Option<&S> {
        self.span.as_ref()
    }
}

impl<S> fmt::Display for DefinitionError<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// What kind of failure an [`ExpandError`] is, so that callers can report fuel exhaustion apart
/// from ordinary errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExpandErrorKind {
    /// No rule's matcher matched the input.
    NoMatchingRule,
    /// The input could be matched in more than one way at some token (rustc's "local
    /// ambiguity"): an error for the whole call, as in rustc.
    Ambiguous,
    /// A rule matched but its transcriber could not be expanded: repetitions whose variables
    /// repeat a different number of times, a variable used at the wrong repetition depth, a
    /// metavariable expression out of bounds.
    Transcription,
    /// Matching took more steps than [`crate::Fuel::matcher_steps`] allows.
    MatcherFuelExhausted,
    /// The expansion grew past [`crate::Fuel::expansion_tokens`] tokens.
    ExpansionTooLarge,
    /// A built-in macro ([`crate::BuiltinMacro`]) was called with input it does not accept (a
    /// non-literal where a literal is wanted, a malformed format string, an unset `env!`
    /// variable, an unreadable included file...).
    Builtin,
    /// `compile_error!` was expanded: the message is the macro's argument, an error the user
    /// asked for at the call site.
    CompileError,
    /// A built-in derive ([`crate::BuiltinDerive`]) was applied to an item it does not accept
    /// (not a struct, enum or union; a union for a trait other than `Clone`, `Copy` and `Eq`;
    /// an enum without a `#[default]` variant for `Default`...).
    Derive,
}

/// Why a call could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpandError<S> {
    kind: ExpandErrorKind,
    message: String,
    span: Option<S>,
}

impl<S> ExpandError<S> {
    pub(crate) fn new(kind: ExpandErrorKind, message: String, span: Option<S>) -> ExpandError<S> {
        ExpandError { kind, message, span }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ExpandErrorKind {
        self.kind
    }

    /// What went wrong, as a sentence for a diagnostic.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where, when a token can be blamed (of the input or of the definition).
    pub fn span(&self) -> Option<&S> {
        self.span.as_ref()
    }

    /// Whether the error is fuel exhaustion (too many matcher steps or too large an expansion).
    pub fn is_fuel_exhausted(&self) -> bool {
        matches!(self.kind, ExpandErrorKind::MatcherFuelExhausted | ExpandErrorKind::ExpansionTooLarge)
    }
}

impl<S> fmt::Display for ExpandError<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

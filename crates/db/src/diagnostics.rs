//! Typed diagnostics: what every phase of the database reports, as kinds that consumers match
//! on, each with a stable code, a severity and a message rendered from the kind.
//!
//! One enum of kinds per phase: [`ModuleTreeDiagnosticKind`] (module files and the walk's
//! limits), [`CfgDiagnosticKind`] (`cfg` and `cfg_attr` attributes), [`MacroError`] (macro
//! calls that name nothing or do not expand), [`UnresolvedImport`] (name resolution). Syntax
//! errors and load errors keep their own types in `sem-syntax` and `sem-sources`; [`Phase`]
//! and [`DiagnosticCode`] name them too, so that a tool reports all six the same way.
//!
//! Codes are rustc's where rustc has one for the same problem (`E0432` for an unresolved
//! import, `E0659` for an ambiguous name, `E0583` for a module file not found), else sem's own,
//! a lower-case name with dashes (`unresolved-macro`, `recursion-limit`); a code never changes
//! meaning once released.

use std::fmt;

/// How bad a diagnostic is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Severity {
    /// A limit of the analysis rather than of the code (a procedural macro that is not
    /// registered): the code may be fine.
    Warning,
    /// An error rustc would report, or a limit the code reached (a fuel limit).
    Error,
}

impl Severity {
    /// `error` or `warning`, as rustc prints them.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The phase of the analysis that found a problem.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Phase {
    /// Reading files and projects (`sem_sources::LoadError`).
    Load,
    /// Lexing and parsing (`sem_syntax::SyntaxError`).
    Syntax,
    /// The module tree: module files, and the limits of its walk.
    ModuleTree,
    /// `cfg` and `cfg_attr` attributes.
    Cfg,
    /// Expanding macro calls.
    MacroExpansion,
    /// Resolving names: imports, and the macros calls name.
    NameResolution,
}

impl Phase {
    /// A short stable name: `load`, `syntax`, `module-tree`, `cfg`, `expand`, `resolve`.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Load => "load",
            Phase::Syntax => "syntax",
            Phase::ModuleTree => "module-tree",
            Phase::Cfg => "cfg",
            Phase::MacroExpansion => "expand",
            Phase::NameResolution => "resolve",
        }
    }
}

/// A diagnostic's stable code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum DiagnosticCode {
    /// rustc's code for the same problem, `E0432`.
    Rustc(&'static str),
    /// sem's own, for problems rustc has no code for: `unresolved-macro`.
    Sem(&'static str),
}

impl DiagnosticCode {
    /// The code as text: `E0432`, `unresolved-macro`.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::Rustc(code) | DiagnosticCode::Sem(code) => code,
        }
    }

    /// The code of every syntax error (the parser's messages are its kinds for now).
    pub const SYNTAX_ERROR: DiagnosticCode = DiagnosticCode::Sem("syntax-error");
    /// The code of every load error.
    pub const LOAD_ERROR: DiagnosticCode = DiagnosticCode::Sem("load-error");
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What every kind of diagnostic tells: its phase, code, severity and message.
pub trait DiagnosticKind {
    /// The phase that found it.
    fn phase(&self) -> Phase;
    /// Its stable code.
    fn code(&self) -> DiagnosticCode;
    /// How bad it is.
    fn severity(&self) -> Severity;
    /// The message, rendered from the kind.
    fn message(&self) -> String;
}

/// A problem of a crate's module tree.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ModuleTreeDiagnosticKind {
    /// `mod name;` whose file is in none of the places the Reference gives (rustc's E0583).
    FileNotFound {
        /// The module.
        name: smol_str::SmolStr,
        /// The paths tried, in order.
        tried: Vec<String>,
    },
    /// A module whose file is one of the files of the modules around it.
    CircularModule {
        /// The file.
        file: String,
    },
    /// The crate's root file is not there (Cargo lists targets whose files a published
    /// package leaves out).
    RootFileMissing {
        /// The root file's path in its source root.
        path: String,
    },
    /// The crate has more than `limit` modules (`MAX_MODULES`): the rest are left out.
    TooManyModules { limit: usize },
    /// The crate has more than `limit` expansions (`MAX_EXPANSIONS`): the rest are left out.
    TooManyExpansions { limit: usize },
    /// The call leads to more than `limit` expansions (`MAX_EXPANSIONS_PER_CALL`).
    TooManyExpansionsOfCall { limit: usize },
    /// The call's expansions hold more than `limit` tokens (`MAX_EXPANSION_TOKENS_PER_CALL`).
    TooManyTokensOfCall { limit: usize },
    /// The crate's expansions hold more than `limit` tokens (`MAX_EXPANSION_TOKENS`).
    TooManyExpansionTokens { limit: usize },
    /// A macro call that was not expanded, or whose expansion has problems.
    Macro(MacroError),
}

impl DiagnosticKind for ModuleTreeDiagnosticKind {
    fn phase(&self) -> Phase {
        match self {
            ModuleTreeDiagnosticKind::Macro(error) => error.phase(),
            _ => Phase::ModuleTree,
        }
    }

    fn code(&self) -> DiagnosticCode {
        match self {
            ModuleTreeDiagnosticKind::FileNotFound { .. } => DiagnosticCode::Rustc("E0583"),
            ModuleTreeDiagnosticKind::CircularModule { .. } => DiagnosticCode::Sem("circular-module"),
            ModuleTreeDiagnosticKind::RootFileMissing { .. } => DiagnosticCode::Sem("root-file-missing"),
            ModuleTreeDiagnosticKind::TooManyModules { .. } => DiagnosticCode::Sem("module-limit"),
            ModuleTreeDiagnosticKind::TooManyExpansions { .. } => DiagnosticCode::Sem("expansion-limit"),
            ModuleTreeDiagnosticKind::TooManyExpansionsOfCall { .. } => DiagnosticCode::Sem("call-expansion-limit"),
            ModuleTreeDiagnosticKind::TooManyTokensOfCall { .. } => DiagnosticCode::Sem("call-token-limit"),
            ModuleTreeDiagnosticKind::TooManyExpansionTokens { .. } => DiagnosticCode::Sem("expansion-token-limit"),
            ModuleTreeDiagnosticKind::Macro(error) => error.code(),
        }
    }

    fn severity(&self) -> Severity {
        match self {
            ModuleTreeDiagnosticKind::Macro(error) => error.severity(),
            _ => Severity::Error,
        }
    }

    fn message(&self) -> String {
        match self {
            ModuleTreeDiagnosticKind::FileNotFound { name, tried } => {
                format!("file not found for module `{name}`: tried {}", tried.join(", "))
            }
            ModuleTreeDiagnosticKind::CircularModule { file } => format!("circular modules: `{file}` contains itself"),
            ModuleTreeDiagnosticKind::RootFileMissing { path } => {
                format!("the crate's root file `{path}` does not exist")
            }
            ModuleTreeDiagnosticKind::TooManyModules { limit } => {
                format!("the crate has more than {limit} modules: the rest are left out")
            }
            ModuleTreeDiagnosticKind::TooManyExpansions { limit } => {
                format!("the crate has more than {limit} macro expansions: the rest are left out")
            }
            ModuleTreeDiagnosticKind::TooManyExpansionsOfCall { limit } => {
                format!("this macro call leads to more than {limit} macro expansions: the rest are left out")
            }
            ModuleTreeDiagnosticKind::TooManyTokensOfCall { limit } => {
                format!("the expansions of this macro call hold more than {limit} tokens: the rest are left out")
            }
            ModuleTreeDiagnosticKind::TooManyExpansionTokens { limit } => {
                format!("the crate's macro expansions hold more than {limit} tokens: the rest are left out")
            }
            ModuleTreeDiagnosticKind::Macro(error) => error.message(),
        }
    }
}

/// Why a macro call (a `name!(..)` call, a derive, an attribute macro) was not expanded, or
/// what is wrong with its expansion.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacroError {
    /// The path names no macro sem can find.
    Unresolved {
        /// The call as written: `m!`, a derive's path, `#[attr]`.
        what: String,
        /// What was looked for: `macro`, `derive macro`, `attribute macro`.
        kind: &'static str,
    },
    /// The call is deeper than the crate's recursion limit.
    RecursionLimit { what: String, limit: u32 },
    /// The macro is not of the kind the call needs (a derive macro called as `m!`).
    WrongKind { what: String, expected: &'static str },
    /// The definition is malformed (reported at each call, as rustc does once).
    InvalidDefinition { what: String, reason: String },
    /// Expanding failed in the engine: no rule matched, an ambiguity, a transcription error,
    /// a fuel limit, `compile_error!`, a built-in macro or derive given input it refuses.
    Expansion { what: String, kind: sem_expand::ExpandErrorKind, reason: String },
    /// The expansion would take the tokens of the expansions from one call written in a file
    /// past `limit` (`MAX_EXPANSION_TOKENS_PER_CALL`): it stops while transcribing.
    CallTokenBudget { what: String, limit: usize },
    /// A procedural macro failed or panicked.
    ProcMacro { what: String, reason: String },
    /// A procedural macro that is not registered (`Sources::add_proc_macro`): a limit of the
    /// analysis, so a warning.
    Unregistered { what: String, kind: &'static str, krate: String },
    /// A built-in macro or derive sem does not expand yet.
    UnsupportedBuiltin { name: String, derive: bool },
    /// `compile_error!("..")` was expanded: its message, the error the code asks for.
    CompileError { message: String },
    /// An attribute macro's item could not be read back from its syntax.
    ItemNotFound { what: String },
    /// The expansion parsed with errors as items.
    NotItems { what: String, reason: String },
}

impl MacroError {
    /// Whether a fuel limit stopped it (recursion depth, expansion size, matcher steps).
    pub fn is_fuel_exhausted(&self) -> bool {
        match self {
            MacroError::RecursionLimit { .. } | MacroError::CallTokenBudget { .. } => true,
            MacroError::Expansion { kind, .. } => matches!(
                kind,
                sem_expand::ExpandErrorKind::MatcherFuelExhausted | sem_expand::ExpandErrorKind::ExpansionTooLarge
            ),
            _ => false,
        }
    }

    /// Whether it is a procedural macro that is not registered.
    pub fn is_unregistered(&self) -> bool {
        matches!(self, MacroError::Unregistered { .. })
    }
}

impl DiagnosticKind for MacroError {
    fn phase(&self) -> Phase {
        match self {
            MacroError::Unresolved { .. } => Phase::NameResolution,
            _ => Phase::MacroExpansion,
        }
    }

    fn code(&self) -> DiagnosticCode {
        use sem_expand::ExpandErrorKind as Kind;
        DiagnosticCode::Sem(match self {
            MacroError::Unresolved { .. } => "unresolved-macro",
            MacroError::RecursionLimit { .. } => "recursion-limit",
            MacroError::CallTokenBudget { .. } => "call-token-limit",
            MacroError::WrongKind { .. } => "wrong-macro-kind",
            MacroError::InvalidDefinition { .. } => "invalid-macro-definition",
            MacroError::Expansion { kind, .. } => match kind {
                Kind::NoMatchingRule => "no-matching-rule",
                Kind::Ambiguous => "ambiguous-macro-input",
                Kind::Transcription => "macro-transcription",
                Kind::MatcherFuelExhausted => "matcher-step-limit",
                Kind::ExpansionTooLarge => "expansion-size-limit",
                Kind::Builtin => "builtin-macro-input",
                Kind::CompileError => "compile-error",
                Kind::Derive => "invalid-derive",
            },
            MacroError::ProcMacro { .. } => "proc-macro-error",
            MacroError::Unregistered { .. } => "unregistered-proc-macro",
            MacroError::UnsupportedBuiltin { .. } => "unsupported-builtin",
            MacroError::CompileError { .. } => "compile-error",
            MacroError::ItemNotFound { .. } => "attribute-item-not-found",
            MacroError::NotItems { .. } => "expansion-not-items",
        })
    }

    fn severity(&self) -> Severity {
        if self.is_unregistered() { Severity::Warning } else { Severity::Error }
    }

    fn message(&self) -> String {
        match self {
            MacroError::Unresolved { what, kind } => format!("cannot find {kind} `{what}` in this scope"),
            MacroError::RecursionLimit { what, limit } => {
                format!("recursion limit reached while expanding `{what}` (limit {limit})")
            }
            MacroError::CallTokenBudget { what, limit } => format!(
                "`{what}`: the expansions of the macro call written in the file would hold more than {limit} tokens: \
                 this one is left out"
            ),
            MacroError::WrongKind { what, expected } => format!("`{what}` is not {expected}"),
            MacroError::InvalidDefinition { what, reason }
            | MacroError::Expansion { what, reason, .. }
            | MacroError::ProcMacro { what, reason } => format!("`{what}`: {reason}"),
            MacroError::Unregistered { what, kind, krate } => {
                format!("`{what}` is {kind} of `{krate}` that is not registered (Sources::add_proc_macro)")
            }
            MacroError::UnsupportedBuiltin { name, derive: true } => {
                format!("the built-in derive `{name}` is not expanded yet")
            }
            MacroError::UnsupportedBuiltin { name, derive: false } => {
                format!("the built-in macro `{name}!` is not expanded yet")
            }
            MacroError::CompileError { message } => message.clone(),
            MacroError::ItemNotFound { what } => format!("`#[{what}]`: the item's tokens are not found"),
            MacroError::NotItems { what, reason } => format!("the expansion of `{what}` is not items: {reason}"),
        }
    }
}

impl fmt::Display for MacroError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A problem with a `cfg` or `cfg_attr` attribute. The code it is on stays active: rustc
/// reports an error and goes on, and analysis goes on with the code in view.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CfgDiagnosticKind {
    /// `#[cfg]` without a parenthesized predicate.
    MalformedCfg,
    /// A `cfg` predicate that is not valid (rustc's E0537 and its kin), with why.
    InvalidCfgPredicate { reason: String },
    /// `#[cfg_attr]` that is not `cfg_attr(predicate, attribute, ..)`, with why.
    MalformedCfgAttr { reason: String },
    /// A `cfg_attr` predicate that is not valid, with why.
    InvalidCfgAttrPredicate { reason: String },
    /// A `cfg` on an expression rustc cannot remove in that position.
    UnsupportedPosition { what: &'static str },
}

impl DiagnosticKind for CfgDiagnosticKind {
    fn phase(&self) -> Phase {
        Phase::Cfg
    }

    fn code(&self) -> DiagnosticCode {
        match self {
            CfgDiagnosticKind::MalformedCfg => DiagnosticCode::Sem("malformed-cfg"),
            CfgDiagnosticKind::InvalidCfgPredicate { .. } => DiagnosticCode::Sem("invalid-cfg-predicate"),
            CfgDiagnosticKind::MalformedCfgAttr { .. } => DiagnosticCode::Sem("malformed-cfg-attr"),
            CfgDiagnosticKind::InvalidCfgAttrPredicate { .. } => DiagnosticCode::Sem("invalid-cfg-predicate"),
            CfgDiagnosticKind::UnsupportedPosition { .. } => DiagnosticCode::Sem("cfg-unsupported-position"),
        }
    }

    fn severity(&self) -> Severity {
        Severity::Error
    }

    fn message(&self) -> String {
        match self {
            CfgDiagnosticKind::MalformedCfg => "malformed `cfg`: expected `cfg(predicate)`".to_owned(),
            CfgDiagnosticKind::InvalidCfgPredicate { reason } => format!("invalid `cfg` predicate: {reason}"),
            CfgDiagnosticKind::MalformedCfgAttr { reason } => format!("malformed `cfg_attr`: {reason}"),
            CfgDiagnosticKind::InvalidCfgAttrPredicate { reason } => format!("invalid `cfg_attr` predicate: {reason}"),
            CfgDiagnosticKind::UnsupportedPosition { what } => format!("removing {what}"),
        }
    }
}

/// A problem found while collecting a fragment's definitions.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CollectDiagnosticKind {
    /// A `cfg` or `cfg_attr` problem.
    Cfg(CfgDiagnosticKind),
    /// An attribute macro that could not be expanded (one that is not registered: a warning,
    /// the item is analyzed as written).
    AttributeMacro(MacroError),
}

impl DiagnosticKind for CollectDiagnosticKind {
    fn phase(&self) -> Phase {
        match self {
            CollectDiagnosticKind::Cfg(kind) => kind.phase(),
            CollectDiagnosticKind::AttributeMacro(error) => error.phase(),
        }
    }

    fn code(&self) -> DiagnosticCode {
        match self {
            CollectDiagnosticKind::Cfg(kind) => kind.code(),
            CollectDiagnosticKind::AttributeMacro(error) => error.code(),
        }
    }

    fn severity(&self) -> Severity {
        match self {
            CollectDiagnosticKind::Cfg(kind) => kind.severity(),
            CollectDiagnosticKind::AttributeMacro(error) => error.severity(),
        }
    }

    fn message(&self) -> String {
        match self {
            CollectDiagnosticKind::Cfg(kind) => kind.message(),
            CollectDiagnosticKind::AttributeMacro(error @ MacroError::Unregistered { .. }) => {
                format!("{}: the item is analyzed as written", error.message())
            }
            CollectDiagnosticKind::AttributeMacro(error) => error.message(),
        }
    }
}

/// Why an import (a `use` leaf or an `extern crate`) names nothing after name resolution.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UnresolvedImport {
    /// Not resolved yet: the state of every import while resolution runs, never in a finished
    /// def map.
    Pending,
    /// `extern crate name;` where the crate has no dependency of that name (rustc's E0463).
    NoSuchCrate { path: String },
    /// The path's first segment is neither a crate nor a name in scope (rustc's E0432).
    FirstSegmentNotFound { path: String, first: String },
    /// A later segment is not in the module (or enum) the path has reached (rustc's E0432);
    /// `module_file_missing` when that module's file was not found, which is the likelier
    /// cause (a file a build script's cfg chooses).
    NameNotFound { path: String, missing: String, parent: String, module_file_missing: bool },
    /// The path goes through a name that two glob imports bring with different meanings
    /// (rustc's E0659).
    Ambiguous { path: String, name: String },
}

impl DiagnosticKind for UnresolvedImport {
    fn phase(&self) -> Phase {
        Phase::NameResolution
    }

    fn code(&self) -> DiagnosticCode {
        match self {
            UnresolvedImport::NoSuchCrate { .. } => DiagnosticCode::Rustc("E0463"),
            UnresolvedImport::Ambiguous { .. } => DiagnosticCode::Rustc("E0659"),
            _ => DiagnosticCode::Rustc("E0432"),
        }
    }

    fn severity(&self) -> Severity {
        Severity::Error
    }

    fn message(&self) -> String {
        match self {
            UnresolvedImport::Pending => "unresolved import: resolution has not finished".to_owned(),
            UnresolvedImport::NoSuchCrate { path } => {
                format!("unresolved extern crate `{path}`: no dependency of that name")
            }
            UnresolvedImport::FirstSegmentNotFound { path, first } => {
                format!("unresolved import `{path}`: `{first}` is neither a crate nor a name in scope")
            }
            UnresolvedImport::NameNotFound { path, missing, parent, module_file_missing: false } => {
                format!("unresolved import `{path}`: no `{missing}` in `{parent}`")
            }
            UnresolvedImport::NameNotFound { path, missing, parent, module_file_missing: true } => {
                format!("unresolved import `{path}`: no `{missing}` in `{parent}`, a module whose file is missing")
            }
            UnresolvedImport::Ambiguous { path, name } => {
                format!("`{name}` is ambiguous in `{path}`: glob imports bring it with different meanings")
            }
        }
    }
}

impl fmt::Display for UnresolvedImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

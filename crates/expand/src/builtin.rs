//! rustc's built-in function-like macros (`#[rustc_builtin_macro]` in `core` and `std`) as pure
//! functions over token trees.
//!
//! [`expand_builtin`] expands one call of a [`BuiltinMacro`]; everything it needs from outside
//! (environment variables, `cfg` evaluation, the position of the call, the text of included
//! files) comes through a [`BuiltinContext`] that the caller (the database) implements, so that
//! nothing here does IO. `include!` is the exception that cannot be finished here: its expansion
//! is the parse of another file, so [`BuiltinExpansion::Include`] hands the path back.
//!
//! Built-ins whose arguments must be literals (`concat!`, `env!`, `include!`, `format_args!`'s
//! format string...) expand a macro call written as an argument first, as rustc does: a call
//! of another built-in (`concat!(env!("OUT_DIR"), "/a.rs")`) is expanded here, any other call
//! is offered to [`BuiltinContext::eager_call`]. These nested expansions are the only recursion
//! of this module, and they stop at [`EAGER_DEPTH_LIMIT`]; every walk over the input itself is
//! iterative.
//!
//! The output forms, where rustc's expansion is not plain Rust (rustc lowers `format_args!` and
//! `asm!` to special syntax nodes), are documented on each [`BuiltinMacro`] variant. Generated
//! tokens have the call site's span; tokens of the input keep theirs.

mod args;
mod asm;
mod concat;
mod format;
mod literal;
mod panic;
mod stringify;

use sem_syntax::{
    Edition, SyntaxKind,
    token_tree::{DelimiterKind, Leaf, Subtree, TokenTree},
};

use crate::{
    ExpandError, ExpandErrorKind,
    build::{self, TokenBuilder},
    tokens,
};

#[cfg(test)]
pub(crate) use self::stringify::tokens_to_lines;
pub(crate) use self::stringify::tokens_to_string;

/// How deeply calls of built-ins written as arguments of built-ins (`concat!(concat!(...))`) may
/// nest before the expansion stops with an error. rustc's own limit is its recursion limit; no
/// real code comes near this one, and it keeps the stack small whatever the input.
pub const EAGER_DEPTH_LIMIT: usize = 64;

/// A built-in function-like macro, named as rustc registers it (the name in
/// `#[rustc_builtin_macro(name)]`, or the macro's own name when the attribute has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BuiltinMacro {
    /// `asm!(templates, operands, options)`. Expands to a block that mentions every operand
    /// expression, so that the names in them resolve: `{ let _ = &(x); let _ = &(y); }` for
    /// `in(reg) x, out(reg) y` (an `inout` operand gives both expressions, `sym path` gives the
    /// path, `const EXPR` the expression, `label { ... }` the block as a statement; `_` outputs,
    /// templates, `options` and `clobber_abi` give nothing). With `options(noreturn)` the
    /// block ends in `loop {}`, so that it has rustc's type `!`.
    Asm,
    /// `assert!(cond)` is `if !(cond) { ::core::panicking::panic("assertion failed: cond") }`
    /// (the condition as [`BuiltinMacro::Stringify`] prints it); `assert!(cond, msg...)` puts
    /// the expansion of `panic!(msg...)` of the call's edition in the block (`core`'s flavour).
    Assert,
    /// `cfg!(predicate)`: `true` or `false`, as [`BuiltinContext::cfg`] evaluates it.
    Cfg,
    /// `cfg_select! { predicate => { tokens } ... _ => { tokens } }`: the tokens of the first
    /// arm whose predicate holds (`_` always holds).
    CfgSelect,
    /// `column!()`: the column of the call, a `u32` literal.
    Column,
    /// `compile_error!("message")`: an error of kind [`ExpandErrorKind::CompileError`]
    /// carrying the message.
    CompileError,
    /// `concat!(literals...)`: one string literal.
    Concat,
    /// `concat_bytes!(byte literals, byte strings, arrays of bytes...)`: one byte string
    /// literal.
    ConcatBytes,
    /// `concat_idents!(idents...)`: one identifier (removed from recent `core`, kept for old
    /// standard libraries).
    ConcatIdents,
    /// `const_format_args!(...)`: as [`BuiltinMacro::FormatArgs`].
    ConstFormatArgs,
    /// `core::panic!(...)`: the expansion of `core::panic::panic_2015!` or `panic_2021!`
    /// (by the call's edition) written out: `::core::panicking::panic("explicit panic")`,
    /// `::core::panicking::panic_display(&arg)` for `panic!("{}", arg)`,
    /// `::core::panicking::panic_fmt(format_args...)` for the rest (and, before 2021,
    /// `::core::panicking::panic(lit)` for one literal and `::core::panicking::panic_str(expr)`
    /// for one expression).
    CorePanic,
    /// `env!("NAME")` or `env!("NAME", "message")`: the variable's value as a string literal,
    /// or an error (with the message, if given).
    Env,
    /// `file!()`: the name of the calling file, a string literal.
    File,
    /// `format_args!(fmt, args...)`: the format string parsed as rustc does (`{{`, `}}`, `{}`,
    /// `{0}`, `{name}`, implicit captures, `{:>width$.prec$}`, `{:.*}`, every flag and trait),
    /// and written out as `core` 1.63 spells it (the standard library of Debian's
    /// `/usr/src/rustc-1.63.0`; later versions renamed `ArgumentV1` and the `rt` types, so
    /// against a newer `core` only the argument expressions are the same):
    /// `::core::fmt::Arguments::new_v1(&["pieces"], &match (&(a), &(b),) { args =>
    /// [::core::fmt::ArgumentV1::new(args.0, ::core::fmt::Display::fmt), ...] })`, or
    /// `::core::fmt::Arguments::new_v1_formatted(&pieces, &match ... { args => [...] },
    /// &[::core::fmt::rt::v1::Argument { position, format: FormatSpec { fill, align, flags,
    /// precision, width } }, ...], unsafe { ::core::fmt::UnsafeArg::new() })` when some
    /// placeholder has a format spec. Every argument expression and every implicitly captured
    /// name (`{x}`, `{:width$}`) is in the tuple the `match` takes, as plain expressions.
    FormatArgs,
    /// `format_args_nl!(...)`: [`BuiltinMacro::FormatArgs`] with `\n` after the format string.
    FormatArgsNl,
    /// `global_asm!(...)`: in item position; nothing when it has no operands, otherwise
    /// `const _: () = { let _ = &(operand); ... };` so that the names of its `const` and `sym`
    /// operands resolve.
    GlobalAsm,
    /// `include!("path")`: [`BuiltinExpansion::Include`]; the caller parses the file.
    Include,
    /// `include_bytes!("path")`: the file's bytes as a byte string literal `b"..."`, whose type
    /// `&'static [u8; N]` is the type of rustc's expansion.
    IncludeBytes,
    /// `include_str!("path")`: the file's text as a string literal.
    IncludeStr,
    /// `iter!(closure)`: the closure, unchanged (rustc makes it a generator closure).
    Iter,
    /// `line!()`: the line of the call, a `u32` literal.
    Line,
    /// `log_syntax!(...)`: nothing.
    LogSyntax,
    /// `module_path!()`: the path of the calling module, a string literal.
    ModulePath,
    /// `naked_asm!(...)`: as [`BuiltinMacro::Asm`], always ending in `loop {}` (its type is `!`).
    NakedAsm,
    /// `option_env!("NAME")`: `::core::option::Option::Some("value")` or
    /// `::core::option::Option::None::<&'static str>`.
    OptionEnv,
    /// `pattern_type!(Type is pattern)`: the type alone (the pattern has no surface syntax).
    PatternType,
    /// `std::panic!(...)`: as [`BuiltinMacro::CorePanic`], but before 2021 `std`'s
    /// `panic_2015!`: `::std::rt::begin_panic(msg)`, `::std::rt::panic_display(&arg)`,
    /// `::std::rt::panic_fmt(format_args...)`.
    StdPanic,
    /// `stringify!(tokens)`: the tokens as a string literal. rustc prints the spacing of the
    /// source, which token trees do not keep; the tokens are spaced here by rules that give
    /// rustfmt-formatted source back in the common cases (`a + b`, `Vec<u8>`, `f(&x, y)`,
    /// `x.y[0]`, `a::b::<c>()`, `{ x }`, `use a::{b, c}`; they match rustc 1.97 on 60 samples
    /// of such code) and differ on source written otherwise (`A < B` with an uppercase left
    /// operand prints as a generic `A<B`, `x -1` prints as `x - 1`, rustc's line breaks of
    /// long output are not made). Doc comments print as `#[doc = "..."]`.
    Stringify,
    /// `trace_macros!(true | false)`: nothing.
    TraceMacros,
    /// `unreachable!(...)`: the expansion of `core::panic::unreachable_2015!` or
    /// `unreachable_2021!` written out, as for [`BuiltinMacro::CorePanic`].
    Unreachable,
}

/// Every built-in, with its name.
const BUILTINS: [(BuiltinMacro, &str); 30] = [
    (BuiltinMacro::Asm, "asm"),
    (BuiltinMacro::Assert, "assert"),
    (BuiltinMacro::Cfg, "cfg"),
    (BuiltinMacro::CfgSelect, "cfg_select"),
    (BuiltinMacro::Column, "column"),
    (BuiltinMacro::CompileError, "compile_error"),
    (BuiltinMacro::Concat, "concat"),
    (BuiltinMacro::ConcatBytes, "concat_bytes"),
    (BuiltinMacro::ConcatIdents, "concat_idents"),
    (BuiltinMacro::ConstFormatArgs, "const_format_args"),
    (BuiltinMacro::CorePanic, "core_panic"),
    (BuiltinMacro::Env, "env"),
    (BuiltinMacro::File, "file"),
    (BuiltinMacro::FormatArgs, "format_args"),
    (BuiltinMacro::FormatArgsNl, "format_args_nl"),
    (BuiltinMacro::GlobalAsm, "global_asm"),
    (BuiltinMacro::Include, "include"),
    (BuiltinMacro::IncludeBytes, "include_bytes"),
    (BuiltinMacro::IncludeStr, "include_str"),
    (BuiltinMacro::Iter, "iter"),
    (BuiltinMacro::Line, "line"),
    (BuiltinMacro::LogSyntax, "log_syntax"),
    (BuiltinMacro::ModulePath, "module_path"),
    (BuiltinMacro::NakedAsm, "naked_asm"),
    (BuiltinMacro::OptionEnv, "option_env"),
    (BuiltinMacro::PatternType, "pattern_type"),
    (BuiltinMacro::StdPanic, "std_panic"),
    (BuiltinMacro::Stringify, "stringify"),
    (BuiltinMacro::TraceMacros, "trace_macros"),
    (BuiltinMacro::Unreachable, "unreachable"),
];

impl BuiltinMacro {
    /// The built-in rustc registers under `name` (`"concat"`, `"core_panic"`, `"std_panic"`...),
    /// the name a `#[rustc_builtin_macro]` or `#[rustc_builtin_macro(name)]` definition gives.
    pub fn from_name(name: &str) -> Option<BuiltinMacro> {
        BUILTINS.iter().find(|(_, candidate)| *candidate == name).map(|(kind, _)| *kind)
    }

    /// The name rustc registers the built-in under.
    pub fn name(self) -> &'static str {
        BUILTINS.iter().find(|(kind, _)| *kind == self).map_or("", |(_, name)| name)
    }

    /// Every built-in, in the order of their names.
    pub fn all() -> impl Iterator<Item = BuiltinMacro> {
        BUILTINS.iter().map(|(kind, _)| *kind)
    }
}

/// What a macro call written as an argument of a built-in that wants a literal is, as the
/// caller sees it (see [`BuiltinContext::eager_call`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EagerCall<S> {
    /// A call of this built-in: it is expanded here.
    Builtin(BuiltinMacro),
    /// A call the caller expanded (a `macro_rules!` macro, say): these are its tokens.
    Expanded(Subtree<S>),
    /// A call the caller cannot expand: the argument is not a literal, an error.
    Unknown,
}

/// What the expansion of a built-in needs from its caller (the database). Nothing in this
/// module does IO: every fact about the crate, the environment or the file system comes from
/// here.
pub trait BuiltinContext<S> {
    /// The value of the environment variable `key` of the crate being compiled (its Cargo
    /// environment and the like), if set.
    fn env(&self, key: &str) -> Option<String>;

    /// Evaluates the `cfg` predicate whose tokens are `predicate` (such as `unix` or
    /// `all(feature = "a", not(test))`, between invisible delimiters) against the crate's
    /// options; `None` when the predicate is not valid.
    fn cfg(&self, predicate: &Subtree<S>) -> Option<bool>;

    /// The name of the calling file, as `file!()` gives it.
    fn file_name(&self) -> String;

    /// The 1-based line of the call whose span is `call_site` (the call site handed to
    /// [`expand_builtin`], or the first token of a `line!()` written as an argument of another
    /// built-in). rustc reports the position of the outermost macro call in the source.
    fn line(&self, call_site: S) -> u32;

    /// The 1-based column of the call whose span is `call_site`, as for [`BuiltinContext::line`].
    fn column(&self, call_site: S) -> u32;

    /// The path of the calling module, as `module_path!()` gives it (`my_crate::a::b`).
    fn module_path(&self) -> String;

    /// The text of the file `path` (as written in `include_str!`; the caller resolves it
    /// relative to the calling file), or why it cannot be read.
    fn read_text(&self, path: &str) -> Result<String, String>;

    /// The bytes of the file `path`, for `include_bytes!`. By default, the bytes of
    /// [`BuiltinContext::read_text`].
    fn read_bytes(&self, path: &str) -> Result<Vec<u8>, String> {
        self.read_text(path).map(String::into_bytes)
    }

    /// What the macro call `path!(input)` written as an argument of a built-in that wants a
    /// literal is. By default, a call whose path ends in the name of a built-in
    /// ([`BuiltinMacro::from_name`]) is that built-in and any other call is unknown; a caller
    /// that resolves macro paths can do better (and expand `macro_rules!` macros, as rustc does).
    /// Whether `format_args!` (and the panics that format) expand to the syntax
    /// `builtin # format_args(template, args)`, which rustc's parser and sem's read as one
    /// expression (what a HIR lowers, as rustc lowers its `FormatArgs` node), rather than to the
    /// rustc 1.63 expansion, whose paths later versions of `core` renamed. The call is checked
    /// the same way either way. By default, the rustc 1.63 expansion.
    fn format_args_as_syntax(&self) -> bool {
        false
    }

    fn eager_call(&self, path: &[TokenTree<S>], input: &Subtree<S>) -> EagerCall<S> {
        let _ = input;
        match path.last() {
            Some(TokenTree::Leaf(Leaf::Ident(ident))) if !ident.is_raw => {
                BuiltinMacro::from_name(&ident.text).map_or(EagerCall::Unknown, EagerCall::Builtin)
            }
            _ => EagerCall::Unknown,
        }
    }
}

/// The expansion of a built-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuiltinExpansion<S> {
    /// The tokens of the expansion, with invisible delimiters whose spans are the call site.
    Tokens(Subtree<S>),
    /// `include!`: the expansion is the file at `path` (as written; the caller resolves it
    /// relative to the calling file), parsed as the call's position needs (an expression or
    /// items).
    Include {
        /// The path as written.
        path: String,
    },
}

/// Expands the call of `kind` whose input (what is between the call's delimiters; the
/// delimiters of `input` itself are ignored) is `input`. `edition` is the edition of the call
/// site (it decides between the 2015 and the 2021 forms of `panic!`, `assert!` and
/// `unreachable!`, and how arguments parse). Generated tokens get the span `call_site`.
pub fn expand_builtin<S: Copy>(
    kind: BuiltinMacro,
    input: &Subtree<S>,
    call_site: S,
    edition: Edition,
    ctx: &dyn BuiltinContext<S>,
) -> Result<BuiltinExpansion<S>, ExpandError<S>> {
    Expander { ctx, edition, call_site, depth: 0 }.expand(kind, input)
}

/// One expansion: the context, and how deep in eager expansions it is.
struct Expander<'a, S> {
    ctx: &'a dyn BuiltinContext<S>,
    edition: Edition,
    call_site: S,
    depth: usize,
}

/// An error of kind [`ExpandErrorKind::Builtin`].
pub(crate) fn error<S>(message: impl Into<String>, span: Option<S>) -> ExpandError<S> {
    ExpandError::new(ExpandErrorKind::Builtin, message.into(), span)
}

impl<'a, S: Copy> Expander<'a, S> {
    fn expand(&self, kind: BuiltinMacro, input: &Subtree<S>) -> Result<BuiltinExpansion<S>, ExpandError<S>> {
        let tokens = match kind {
            BuiltinMacro::Asm => self.asm(input, asm::AsmKind::Asm)?,
            BuiltinMacro::NakedAsm => self.asm(input, asm::AsmKind::Naked)?,
            BuiltinMacro::GlobalAsm => self.asm(input, asm::AsmKind::Global)?,
            BuiltinMacro::Assert => self.assert(input)?,
            BuiltinMacro::CorePanic => self.panic(input, panic::Flavour::Core)?,
            BuiltinMacro::StdPanic => self.panic(input, panic::Flavour::Std)?,
            BuiltinMacro::Unreachable => self.unreachable(input)?,
            BuiltinMacro::Cfg => self.cfg(input)?,
            BuiltinMacro::CfgSelect => self.cfg_select(input)?,
            BuiltinMacro::Line | BuiltinMacro::Column => {
                self.no_arguments(kind, input)?;
                let value = if kind == BuiltinMacro::Line {
                    self.ctx.line(self.call_site)
                } else {
                    self.ctx.column(self.call_site)
                };
                self.single(build::literal(format!("{value}u32"), SyntaxKind::INT_NUMBER, self.call_site))
            }
            BuiltinMacro::File => {
                self.no_arguments(kind, input)?;
                self.single(build::str_literal(&self.ctx.file_name(), self.call_site))
            }
            BuiltinMacro::ModulePath => {
                self.no_arguments(kind, input)?;
                self.single(build::str_literal(&self.ctx.module_path(), self.call_site))
            }
            BuiltinMacro::CompileError => {
                let message = self.single_string(kind, input)?;
                return Err(ExpandError::new(ExpandErrorKind::CompileError, message, Some(self.call_site)));
            }
            BuiltinMacro::Concat => self.concat(input)?,
            BuiltinMacro::ConcatBytes => self.concat_bytes(input)?,
            BuiltinMacro::ConcatIdents => self.concat_idents(input)?,
            BuiltinMacro::FormatArgs | BuiltinMacro::ConstFormatArgs => self.format_args(input, false)?,
            BuiltinMacro::FormatArgsNl => self.format_args(input, true)?,
            BuiltinMacro::Env => self.env(input)?,
            BuiltinMacro::OptionEnv => self.option_env(input)?,
            BuiltinMacro::Include => {
                let path = self.single_string(kind, input)?;
                return Ok(BuiltinExpansion::Include { path });
            }
            BuiltinMacro::IncludeStr => {
                let path = self.single_string(kind, input)?;
                let text = self
                    .ctx
                    .read_text(&path)
                    .map_err(|why| error(format!("couldn't read `{path}`: {why}"), Some(self.call_site)))?;
                self.single(build::str_literal(&text, self.call_site))
            }
            BuiltinMacro::IncludeBytes => {
                let path = self.single_string(kind, input)?;
                let bytes = self
                    .ctx
                    .read_bytes(&path)
                    .map_err(|why| error(format!("couldn't read `{path}`: {why}"), Some(self.call_site)))?;
                self.single(build::literal(build::escape_bytes(&bytes), SyntaxKind::BYTE_STRING, self.call_site))
            }
            BuiltinMacro::Stringify => {
                let text = tokens_to_string(&input.token_trees);
                self.single(build::str_literal(&text, self.call_site))
            }
            BuiltinMacro::TraceMacros => {
                match input.token_trees.as_slice() {
                    [TokenTree::Leaf(Leaf::Ident(ident))]
                        if !ident.is_raw && (ident.text == "true" || ident.text == "false") => {}
                    _ => {
                        return Err(error(
                            "trace_macros! accepts only `true` or `false`",
                            Some(first_span(input, self.call_site)),
                        ));
                    }
                }
                TokenBuilder::new(self.call_site).finish()
            }
            BuiltinMacro::LogSyntax => TokenBuilder::new(self.call_site).finish(),
            BuiltinMacro::Iter => {
                let mut out = TokenBuilder::new(self.call_site);
                out.trees(&input.token_trees);
                out.finish()
            }
            BuiltinMacro::PatternType => self.pattern_type(input)?,
        };
        Ok(BuiltinExpansion::Tokens(tokens))
    }

    /// An expansion of one token.
    fn single(&self, tree: TokenTree<S>) -> Subtree<S> {
        build::group(DelimiterKind::Invisible, self.call_site, vec![tree])
    }

    /// The expander for a call written as an argument, at `call_site`, one level deeper.
    fn nested(&self, call_site: S) -> Result<Expander<'a, S>, ExpandError<S>> {
        if self.depth >= EAGER_DEPTH_LIMIT {
            return Err(error(
                format!("calls of built-in macros written as arguments nest more than {EAGER_DEPTH_LIMIT} deep"),
                Some(call_site),
            ));
        }
        Ok(Expander { ctx: self.ctx, edition: self.edition, call_site, depth: self.depth + 1 })
    }

    /// rustc's check that `line!()` and the like have no arguments.
    fn no_arguments(&self, kind: BuiltinMacro, input: &Subtree<S>) -> Result<(), ExpandError<S>> {
        match input.token_trees.first() {
            None => Ok(()),
            Some(tree) => Err(error(format!("{}! takes no arguments", kind.name()), Some(build::tree_span(tree)))),
        }
    }

    /// The value of the one string literal argument of `include!`, `compile_error!` and the
    /// like (a trailing comma allowed, a macro call expanded first).
    fn single_string(&self, kind: BuiltinMacro, input: &Subtree<S>) -> Result<String, ExpandError<S>> {
        let arguments = args::split(input, self.edition, false)?;
        let [argument] = arguments.as_slice() else {
            return Err(error(format!("{}! takes 1 argument", kind.name()), Some(first_span(input, self.call_site))));
        };
        self.string_argument(argument.trees, argument.span)
    }

    /// The value of an argument that must be a string literal (after expansion).
    fn string_argument(&self, trees: &[TokenTree<S>], span: S) -> Result<String, ExpandError<S>> {
        match self.eval_literal(trees)? {
            Some(args::Lit { value: literal::LitValue::Str(value), .. }) => Ok(value),
            _ => Err(error("expected string literal", Some(span))),
        }
    }

    fn cfg(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut trees = input.token_trees.as_slice();
        if let [rest @ .., last] = trees
            && is_punct(last, ',')
        {
            trees = rest;
        }
        if trees.is_empty() {
            return Err(error("macro requires a cfg-pattern as an argument", Some(self.call_site)));
        }
        if let Some(comma) = trees.iter().find(|tree| is_punct(tree, ',')) {
            return Err(error("expected 1 cfg-pattern", Some(build::tree_span(comma))));
        }
        let predicate = build::group(DelimiterKind::Invisible, input.delimiter.open, trees.to_vec());
        match self.ctx.cfg(&predicate) {
            Some(value) => Ok(self.single(build::ident(if value { "true" } else { "false" }, self.call_site))),
            None => Err(error("invalid cfg predicate", Some(build::tree_span(&trees[0])))),
        }
    }

    fn cfg_select(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let trees = input.token_trees.as_slice();
        let mut position = 0;
        let mut selected: Option<&Subtree<S>> = None;
        while position < trees.len() {
            // The predicate: everything up to `=>`.
            let start = position;
            while position < trees.len() && !is_fat_arrow(trees, position) {
                position += 1;
            }
            if position == trees.len() {
                return Err(error("expected `=>` after a cfg_select predicate", Some(build::tree_span(&trees[start]))));
            }
            let predicate = &trees[start..position];
            position += 2;
            let body = match trees.get(position) {
                Some(TokenTree::Subtree(body)) if body.delimiter.kind == DelimiterKind::Brace => body,
                other => {
                    let span = other.map_or(self.call_site, build::tree_span);
                    return Err(error("expected `{` after `=>` in cfg_select", Some(span)));
                }
            };
            position += 1;
            if trees.get(position).is_some_and(|tree| is_punct(tree, ',')) {
                position += 1;
            }
            if predicate.is_empty() {
                return Err(error("expected a cfg predicate before `=>`", Some(body.delimiter.open)));
            }
            if selected.is_some() {
                continue;
            }
            let holds = if let [wildcard] = predicate
                && is_punct(wildcard, '_')
            {
                true
            } else {
                let predicate_tree = build::group(DelimiterKind::Invisible, self.call_site, predicate.to_vec());
                self.ctx
                    .cfg(&predicate_tree)
                    .ok_or_else(|| error("invalid cfg predicate", Some(build::tree_span(&predicate[0]))))?
            };
            if holds {
                selected = Some(body);
            }
        }
        match selected {
            Some(body) => {
                let mut out = TokenBuilder::new(self.call_site);
                out.trees(&body.token_trees);
                Ok(out.finish())
            }
            None => Err(error("none of the predicates in this `cfg_select` evaluated to true", Some(self.call_site))),
        }
    }

    fn env(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let arguments = args::split(input, self.edition, false)?;
        let (name, message) = match arguments.as_slice() {
            [name] => (name, None),
            [name, message] => (name, Some(message)),
            _ => return Err(error("env! takes 1 or 2 arguments", Some(first_span(input, self.call_site)))),
        };
        let key = self.string_argument(name.trees, name.span)?;
        let message = message.map(|message| self.string_argument(message.trees, message.span)).transpose()?;
        match self.ctx.env(&key) {
            Some(value) => Ok(self.single(build::str_literal(&value, self.call_site))),
            None => Err(error(
                message.unwrap_or_else(|| format!("environment variable `{key}` not defined at compile time")),
                Some(name.span),
            )),
        }
    }

    fn option_env(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let arguments = args::split(input, self.edition, false)?;
        let [name] = arguments.as_slice() else {
            return Err(error("option_env! takes 1 argument", Some(first_span(input, self.call_site))));
        };
        let key = self.string_argument(name.trees, name.span)?;
        let mut out = TokenBuilder::new(self.call_site);
        match self.ctx.env(&key) {
            Some(value) => {
                out.text("::core::option::Option::Some(").str_literal(&value).text(")");
            }
            None => {
                out.text("::core::option::Option::None::<&'static str>");
            }
        }
        Ok(out.finish())
    }

    fn pattern_type(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let trees = input.token_trees.as_slice();
        let is = trees.iter().position(
            |tree| matches!(tree, TokenTree::Leaf(Leaf::Ident(ident)) if !ident.is_raw && ident.text == "is"),
        );
        match is {
            Some(is) if is > 0 => {
                let mut out = TokenBuilder::new(self.call_site);
                out.trees(&trees[..is]);
                Ok(out.finish())
            }
            _ => Err(error("expected `Type is pattern` in pattern_type!", Some(first_span(input, self.call_site)))),
        }
    }
}

/// Whether `tree` is the punctuation `char`.
pub(crate) fn is_punct<S>(tree: &TokenTree<S>, char: char) -> bool {
    matches!(tree, TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == char)
}

/// Whether `trees[position..]` starts with `=>` written as one token.
fn is_fat_arrow<S>(trees: &[TokenTree<S>], position: usize) -> bool {
    let puncts = trees[position..].iter().map_while(|tree| match tree {
        TokenTree::Leaf(Leaf::Punct(punct)) => Some(punct),
        _ => None,
    });
    tokens::glue(puncts).is_some_and(|token| token.is("=>"))
}

/// The span of the first token of the input, or `fallback` for an empty input.
fn first_span<S: Copy>(input: &Subtree<S>, fallback: S) -> S {
    input.token_trees.first().map_or(fallback, build::tree_span)
}

//! `format_args!` and its kin: rustc's format string grammar, the arguments it refers to, and
//! the expression written out in the form of `core` 1.63 (see [`super::BuiltinMacro::FormatArgs`]).
//!
//! ```text
//! format      := '{' [ argument ] [ ':' format_spec ] [ ws ] * '}'
//! argument    := integer | identifier
//! format_spec := [[fill]align][sign]['#']['0'][width]['.' precision]type
//! width       := count
//! precision   := count | '*'
//! type        := '' | '?' | 'x?' | 'X?' | identifier
//! count       := parameter | integer
//! parameter   := argument '$'
//! ```

use std::collections::HashMap;

use sem_syntax::token_tree::{DelimiterKind, Subtree, TokenTree};

use super::{Expander, args::Arg, error, literal::LitValue};
use crate::{ExpandError, build::TokenBuilder};

/// A reference to an argument, as written in the format string.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ArgRef {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`
    Index(usize),
    /// `{name}`
    Name(String),
}

/// A width or a precision.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Count {
    /// `5`
    Is(usize),
    /// `1$`
    Index(usize),
    /// `name$`
    Name(String),
    /// `.*`: the next positional argument.
    Star,
}

/// A formatting trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Trait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Octal,
    Binary,
    LowerExp,
    UpperExp,
    Pointer,
}

impl Trait {
    fn path(self) -> &'static str {
        match self {
            Trait::Display => "::core::fmt::Display::fmt",
            Trait::Debug => "::core::fmt::Debug::fmt",
            Trait::LowerHex => "::core::fmt::LowerHex::fmt",
            Trait::UpperHex => "::core::fmt::UpperHex::fmt",
            Trait::Octal => "::core::fmt::Octal::fmt",
            Trait::Binary => "::core::fmt::Binary::fmt",
            Trait::LowerExp => "::core::fmt::LowerExp::fmt",
            Trait::UpperExp => "::core::fmt::UpperExp::fmt",
            Trait::Pointer => "::core::fmt::Pointer::fmt",
        }
    }
}

/// A `{...}` of a format string.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Placeholder {
    arg: ArgRef,
    fill: Option<char>,
    /// `<`, `^`, `>`, or none.
    align: Option<char>,
    /// The flags, as `core::fmt::rt::v1::FlagV1` numbers them.
    flags: u32,
    width: Option<Count>,
    precision: Option<Count>,
    format_trait: Trait,
}

impl Placeholder {
    /// Whether the placeholder needs a format spec in the output (anything but the trait).
    fn has_spec(&self) -> bool {
        self.fill.is_some()
            || self.align.is_some()
            || self.flags != 0
            || self.width.is_some()
            || self.precision.is_some()
    }
}

const FLAG_SIGN_PLUS: u32 = 1 << 0;
const FLAG_SIGN_MINUS: u32 = 1 << 1;
const FLAG_ALTERNATE: u32 = 1 << 2;
const FLAG_ZERO_PAD: u32 = 1 << 3;
const FLAG_DEBUG_LOWER_HEX: u32 = 1 << 4;
const FLAG_DEBUG_UPPER_HEX: u32 = 1 << 5;

/// A piece of a format string.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Literal(String),
    Placeholder(Placeholder),
}

/// A format string being read.
struct Parser {
    chars: Vec<char>,
    position: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.position).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.position + offset).copied()
    }

    fn eat(&mut self, char: char) -> bool {
        if self.peek() == Some(char) {
            self.position += 1;
            true
        } else {
            false
        }
    }

    fn integer(&mut self) -> Result<Option<usize>, String> {
        let start = self.position;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.position += 1;
        }
        if start == self.position {
            return Ok(None);
        }
        let text: String = self.chars[start..self.position].iter().collect();
        text.parse().map(Some).map_err(|_| format!("invalid format string: integer `{text}` does not fit into `usize`"))
    }

    fn identifier(&mut self) -> Option<String> {
        let first = self.peek()?;
        if !(first.is_alphabetic() || first == '_') {
            return None;
        }
        let start = self.position;
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.position += 1;
        }
        Some(self.chars[start..self.position].iter().collect())
    }

    /// A width or precision: `5`, `1$` or `name$`; the position is left unchanged when there
    /// is none.
    fn count(&mut self) -> Result<Option<Count>, String> {
        let start = self.position;
        if let Some(value) = self.integer()? {
            return Ok(Some(if self.eat('$') { Count::Index(value) } else { Count::Is(value) }));
        }
        if let Some(name) = self.identifier() {
            if self.eat('$') {
                return Ok(Some(Count::Name(name)));
            }
            self.position = start;
        }
        Ok(None)
    }

    /// The inside of `{...}`, after `{`, up to and with `}`.
    fn placeholder(&mut self) -> Result<Placeholder, String> {
        let arg = if let Some(index) = self.integer()? {
            ArgRef::Index(index)
        } else if let Some(name) = self.identifier() {
            if name == "_" {
                return Err("invalid format string: invalid argument name `_`".to_owned());
            }
            ArgRef::Name(name)
        } else {
            ArgRef::Next
        };
        let mut placeholder = Placeholder {
            arg,
            fill: None,
            align: None,
            flags: 0,
            width: None,
            precision: None,
            format_trait: Trait::Display,
        };
        if self.eat(':') {
            self.spec(&mut placeholder)?;
        }
        while self.peek().is_some_and(char::is_whitespace) {
            self.position += 1;
        }
        match self.peek() {
            Some('}') => {
                self.position += 1;
                Ok(placeholder)
            }
            Some(found) => Err(format!("invalid format string: expected `}}`, found `{found}`")),
            None => Err("invalid format string: expected `}` but string was terminated".to_owned()),
        }
    }

    fn spec(&mut self, placeholder: &mut Placeholder) -> Result<(), String> {
        let is_align = |c: Option<char>| matches!(c, Some('<' | '^' | '>'));
        if is_align(self.peek_at(1)) && self.peek().is_some() {
            placeholder.fill = self.peek();
            placeholder.align = self.peek_at(1);
            self.position += 2;
        } else if is_align(self.peek()) {
            placeholder.align = self.peek();
            self.position += 1;
        }
        if self.eat('+') {
            placeholder.flags |= FLAG_SIGN_PLUS;
        } else if self.eat('-') {
            placeholder.flags |= FLAG_SIGN_MINUS;
        }
        if self.eat('#') {
            placeholder.flags |= FLAG_ALTERNATE;
        }
        if self.peek() == Some('0') && self.peek_at(1) != Some('$') {
            self.position += 1;
            placeholder.flags |= FLAG_ZERO_PAD;
        }
        placeholder.width = self.count()?;
        if self.eat('.') {
            if self.eat('*') {
                placeholder.precision = Some(Count::Star);
            } else {
                match self.count()? {
                    Some(count) => placeholder.precision = Some(count),
                    None => return Err("invalid format string: expected a precision after `.`".to_owned()),
                }
            }
        }
        if self.eat('?') {
            placeholder.format_trait = Trait::Debug;
        } else if (self.peek() == Some('x') || self.peek() == Some('X')) && self.peek_at(1) == Some('?') {
            placeholder.flags |= if self.peek() == Some('x') { FLAG_DEBUG_LOWER_HEX } else { FLAG_DEBUG_UPPER_HEX };
            placeholder.format_trait = Trait::Debug;
            self.position += 2;
        } else if let Some(name) = self.identifier() {
            placeholder.format_trait = match name.as_str() {
                "x" => Trait::LowerHex,
                "X" => Trait::UpperHex,
                "o" => Trait::Octal,
                "b" => Trait::Binary,
                "e" => Trait::LowerExp,
                "E" => Trait::UpperExp,
                "p" => Trait::Pointer,
                _ => return Err(format!("unknown format trait `{name}`")),
            };
        }
        Ok(())
    }
}

/// The pieces of a format string, or the message of its first error.
fn parse(text: &str) -> Result<Vec<Piece>, String> {
    let mut parser = Parser { chars: text.chars().collect(), position: 0 };
    let mut pieces = Vec::new();
    let mut literal = String::new();
    while let Some(char) = parser.peek() {
        parser.position += 1;
        match char {
            '{' if parser.eat('{') => literal.push('{'),
            '}' if parser.eat('}') => literal.push('}'),
            '{' => {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Placeholder(parser.placeholder()?));
            }
            '}' => return Err("invalid format string: unmatched `}` found".to_owned()),
            _ => literal.push(char),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// A call of `format_args!` read: the format string's value and the arguments after it.
pub(super) struct FormatCall<'a, S> {
    pub(super) format: String,
    pub(super) format_span: S,
    /// Whether the format string is a literal written in the call, so that `{name}` may capture
    /// a variable (not when it comes from a macro such as `concat!`, as in rustc).
    pub(super) may_capture: bool,
    pub(super) args: Vec<Arg<'a, S>>,
}

/// An argument of the expansion: explicit or captured.
struct Argument<'a, S> {
    trees: ArgumentTrees<'a, S>,
    span: S,
    named: bool,
    used: bool,
}

enum ArgumentTrees<'a, S> {
    Explicit(&'a [TokenTree<S>]),
    Captured(String),
}

/// A width or a precision with its argument found: the index of the argument, or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ResolvedCount {
    Argument(usize),
    Number(usize),
}

/// The arguments array of `new_v1_formatted`: an entry per argument and trait used (`None`
/// for an argument used as a count), each once.
#[derive(Debug, Default)]
struct Entries {
    list: Vec<(usize, Option<Trait>)>,
    positions: HashMap<(usize, Option<Trait>), usize>,
}

impl Entries {
    fn entry(&mut self, argument: usize, format_trait: Option<Trait>) -> usize {
        *self.positions.entry((argument, format_trait)).or_insert_with(|| {
            self.list.push((argument, format_trait));
            self.list.len() - 1
        })
    }

    fn count(&mut self, count: ResolvedCount) -> ResolvedCount {
        match count {
            ResolvedCount::Argument(argument) => ResolvedCount::Argument(self.entry(argument, None)),
            ResolvedCount::Number(number) => ResolvedCount::Number(number),
        }
    }
}

/// A placeholder with its arguments found.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    value: usize,
    width: Option<ResolvedCount>,
    precision: Option<ResolvedCount>,
}

/// Finds the arguments placeholders refer to, capturing names no argument has, and records
/// the first invalid reference of each kind.
struct Resolver<'a, S> {
    arguments: Vec<Argument<'a, S>>,
    names: HashMap<String, usize>,
    /// How many arguments the call has.
    explicit: usize,
    /// The next positional argument `{}` takes.
    next: usize,
    /// How many `{}` and `.*` there are.
    implicit_references: usize,
    invalid_reference: Option<usize>,
    missing_name: Option<String>,
    may_capture: bool,
    format_span: S,
}

impl<S: Copy> Resolver<'_, S> {
    fn next(&mut self) -> usize {
        self.implicit_references += 1;
        self.next += 1;
        self.next - 1
    }

    fn index(&mut self, index: usize) -> usize {
        if index >= self.explicit && self.invalid_reference.is_none() {
            self.invalid_reference = Some(index);
        }
        index
    }

    fn name(&mut self, name: &str) -> usize {
        if let Some(index) = self.names.get(name) {
            return *index;
        }
        if !self.may_capture && self.missing_name.is_none() {
            self.missing_name = Some(name.to_owned());
        }
        let index = self.arguments.len();
        self.arguments.push(Argument {
            trees: ArgumentTrees::Captured(name.to_owned()),
            span: self.format_span,
            named: true,
            used: false,
        });
        self.names.insert(name.to_owned(), index);
        index
    }

    fn count(&mut self, count: &Count) -> ResolvedCount {
        match count {
            Count::Is(value) => ResolvedCount::Number(*value),
            Count::Index(index) => ResolvedCount::Argument(self.index(*index)),
            Count::Star => ResolvedCount::Argument(self.next()),
            Count::Name(name) => ResolvedCount::Argument(self.name(name)),
        }
    }
}

fn argument_count_text(count: usize) -> String {
    match count {
        0 => "no arguments were given".to_owned(),
        1 => "there is 1 argument".to_owned(),
        _ => format!("there are {count} arguments"),
    }
}

impl<S: Copy> Expander<'_, S> {
    /// `format_args!`, `const_format_args!`, and `format_args_nl!` with `newline`.
    pub(super) fn format_args(&self, input: &Subtree<S>, newline: bool) -> Result<Subtree<S>, ExpandError<S>> {
        let mut call = self.format_call(input)?;
        if newline {
            call.format.push('\n');
        }
        self.expand_format(&call)
    }

    /// Reads the arguments of a `format_args!`-like call: a format string (possibly from a
    /// macro call), positional arguments, then named ones.
    pub(super) fn format_call<'a>(&self, input: &'a Subtree<S>) -> Result<FormatCall<'a, S>, ExpandError<S>> {
        let arguments = super::args::split(input, self.edition, true)?;
        let Some((first, rest)) = arguments.split_first() else {
            return Err(error("requires at least a format string argument", Some(self.call_site)));
        };
        if first.name.is_some() {
            return Err(error("format argument must be a string literal", Some(first.span)));
        }
        let (format, may_capture) = match self.eval_literal(first.trees)? {
            Some(super::args::Lit { value: LitValue::Str(format), from_expansion, .. }) => (format, !from_expansion),
            _ => return Err(error("format argument must be a string literal", Some(first.span))),
        };
        Ok(FormatCall { format, format_span: first.span, may_capture, args: rest.to_vec() })
    }

    /// The expression of a read `format_args!` call: the rustc 1.63 expansion, or the
    /// `builtin # format_args(template, args)` syntax when the context asks for it
    /// ([`super::BuiltinContext::format_args_as_syntax`]); the call is checked either way.
    pub(super) fn expand_format(&self, call: &FormatCall<'_, S>) -> Result<Subtree<S>, ExpandError<S>> {
        let expanded = self.expand_format_rustc_1_63(call)?;
        if !self.ctx.format_args_as_syntax() {
            return Ok(expanded);
        }
        let mut out = TokenBuilder::new(self.call_site);
        out.text("builtin # format_args");
        out.open(DelimiterKind::Parenthesis);
        out.tree(crate::build::str_literal(&call.format, call.format_span));
        for arg in &call.args {
            out.text(",");
            if let Some(name) = arg.name {
                out.tree(crate::build::ident(&name.text, name.span));
                out.text("=");
            }
            out.trees(arg.trees);
        }
        out.close();
        Ok(out.finish())
    }

    /// The rustc 1.63 expansion of a read `format_args!` call.
    fn expand_format_rustc_1_63(&self, call: &FormatCall<'_, S>) -> Result<Subtree<S>, ExpandError<S>> {
        let pieces = parse(&call.format).map_err(|message| error(message, Some(call.format_span)))?;

        // The explicit arguments, positional first, then named.
        let mut arguments: Vec<Argument<'_, S>> = Vec::with_capacity(call.args.len());
        let mut names: HashMap<String, usize> = HashMap::new();
        for arg in &call.args {
            match arg.name {
                Some(name) if names.insert(name.text.to_string(), arguments.len()).is_some() => {
                    return Err(error(format!("duplicate argument named `{}`", name.text), Some(name.span)));
                }
                Some(_) => {}
                None if !names.is_empty() => {
                    return Err(error("positional arguments cannot follow named arguments", Some(arg.span)));
                }
                None => {}
            }
            arguments.push(Argument {
                trees: ArgumentTrees::Explicit(arg.trees),
                span: arg.span,
                named: arg.name.is_some(),
                used: false,
            });
        }
        let explicit = arguments.len();

        // Every reference resolved to an index of `arguments`; names not given are captured.
        let mut resolver = Resolver {
            arguments,
            names,
            explicit,
            next: 0,
            implicit_references: 0,
            invalid_reference: None,
            missing_name: None,
            may_capture: call.may_capture,
            format_span: call.format_span,
        };
        let mut resolved: Vec<Resolved> = Vec::new();
        for piece in &pieces {
            let Piece::Placeholder(placeholder) = piece else { continue };
            let width = placeholder.width.as_ref().map(|count| resolver.count(count));
            let precision = placeholder.precision.as_ref().map(|count| resolver.count(count));
            let value = match &placeholder.arg {
                ArgRef::Next => resolver.next(),
                ArgRef::Index(index) => resolver.index(*index),
                ArgRef::Name(name) => resolver.name(name),
            };
            resolved.push(Resolved { value, width, precision });
        }
        if resolver.next > explicit {
            let count = resolver.implicit_references;
            let s = if count == 1 { "" } else { "s" };
            return Err(error(
                format!("{count} positional argument{s} in format string, but {}", argument_count_text(explicit)),
                Some(call.format_span),
            ));
        }
        if let Some(index) = resolver.invalid_reference {
            return Err(error(
                format!("invalid reference to positional argument {index} ({})", argument_count_text(explicit)),
                Some(call.format_span),
            ));
        }
        if let Some(name) = resolver.missing_name {
            return Err(error(format!("there is no argument named `{name}`"), Some(call.format_span)));
        }
        let mut arguments = resolver.arguments;
        for placeholder in &resolved {
            arguments[placeholder.value].used = true;
            for count in [placeholder.width, placeholder.precision].into_iter().flatten() {
                if let ResolvedCount::Argument(index) = count {
                    arguments[index].used = true;
                }
            }
        }
        let unused: Vec<&Argument<'_, S>> = arguments[..explicit].iter().filter(|argument| !argument.used).collect();
        match unused.as_slice() {
            [] => {}
            [argument] => {
                let message = if argument.named { "named argument never used" } else { "argument never used" };
                return Err(error(message, Some(argument.span)));
            }
            [argument, ..] => return Err(error("multiple unused formatting arguments", Some(argument.span))),
        }

        // The pieces: the text before each placeholder, and the text after the last one.
        let mut texts: Vec<String> = Vec::new();
        let mut pending = String::new();
        let mut placeholders: Vec<&Placeholder> = Vec::new();
        for piece in &pieces {
            match piece {
                Piece::Literal(text) => pending.push_str(text),
                Piece::Placeholder(placeholder) => {
                    texts.push(std::mem::take(&mut pending));
                    placeholders.push(placeholder);
                }
            }
        }
        if !pending.is_empty() {
            texts.push(pending);
        }

        let mut out = TokenBuilder::new(self.call_site);
        let formatted = placeholders.iter().any(|placeholder| placeholder.has_spec());
        out.text(if formatted { "::core::fmt::Arguments::new_v1_formatted" } else { "::core::fmt::Arguments::new_v1" });
        out.open(DelimiterKind::Parenthesis);
        out.text("&[");
        for (index, text) in texts.iter().enumerate() {
            if index > 0 {
                out.text(",");
            }
            out.str_literal(text);
        }
        out.text("],");
        if placeholders.is_empty() {
            out.text("&[]");
        } else {
            // The arguments are evaluated once, in a tuple a `match` binds, as rustc did.
            out.text("&match");
            out.open(DelimiterKind::Parenthesis);
            for argument in &arguments {
                out.text("&");
                match &argument.trees {
                    ArgumentTrees::Explicit([tree]) => {
                        out.tree(tree.clone());
                    }
                    ArgumentTrees::Explicit(trees) => {
                        out.group(DelimiterKind::Parenthesis, trees);
                    }
                    ArgumentTrees::Captured(name) => {
                        out.tree(crate::build::ident(name, argument.span));
                    }
                }
                out.text(",");
            }
            out.close();
            out.text("{ args => [");
            if formatted {
                // One entry per argument and trait used, and one per argument used as a count.
                let mut entries = Entries::default();
                let mut specs = Vec::new();
                for (placeholder, resolved) in placeholders.iter().zip(&resolved) {
                    let position = entries.entry(resolved.value, Some(placeholder.format_trait));
                    let width = resolved.width.map(|count| entries.count(count));
                    let precision = resolved.precision.map(|count| entries.count(count));
                    specs.push((position, width, precision));
                }
                for (index, (argument, format_trait)) in entries.list.iter().enumerate() {
                    if index > 0 {
                        out.text(",");
                    }
                    match format_trait {
                        Some(format_trait) => {
                            out.text("::core::fmt::ArgumentV1::new(args.").int_literal(argument, "");
                            out.text(",").text(format_trait.path()).text(")");
                        }
                        None => {
                            out.text("::core::fmt::ArgumentV1::from_usize(args.").int_literal(argument, "");
                            out.text(")");
                        }
                    }
                }
                out.text("] }, &[");
                for (index, (placeholder, (position, width, precision))) in placeholders.iter().zip(&specs).enumerate()
                {
                    if index > 0 {
                        out.text(",");
                    }
                    out.text("::core::fmt::rt::v1::Argument { position:").int_literal(position, "usize");
                    out.text(", format: ::core::fmt::rt::v1::FormatSpec { fill:");
                    let fill = placeholder.fill.unwrap_or(' ');
                    out.tree(crate::build::literal(format!("{fill:?}"), sem_syntax::SyntaxKind::CHAR, out.span()));
                    out.text(", align: ::core::fmt::rt::v1::Alignment::").text(match placeholder.align {
                        Some('<') => "Left",
                        Some('>') => "Right",
                        Some('^') => "Center",
                        _ => "Unknown",
                    });
                    out.text(", flags:").int_literal(placeholder.flags, "u32");
                    out.text(", precision:");
                    write_count(&mut out, *precision);
                    out.text(", width:");
                    write_count(&mut out, *width);
                    out.text("} }");
                }
                out.text("], unsafe { ::core::fmt::UnsafeArg::new() }");
            } else {
                for (index, (placeholder, resolved)) in placeholders.iter().zip(&resolved).enumerate() {
                    if index > 0 {
                        out.text(",");
                    }
                    out.text("::core::fmt::ArgumentV1::new(args.").int_literal(resolved.value, "");
                    out.text(",").text(placeholder.format_trait.path()).text(")");
                }
                out.text("] }");
            }
        }
        out.close();
        Ok(out.finish())
    }
}

/// `::core::fmt::rt::v1::Count::...` for a count (whose argument is an entry of the arguments
/// array).
fn write_count<S: Copy>(out: &mut TokenBuilder<S>, count: Option<ResolvedCount>) {
    match count {
        None => {
            out.text("::core::fmt::rt::v1::Count::Implied");
        }
        Some(ResolvedCount::Number(value)) => {
            out.text("::core::fmt::rt::v1::Count::Is(").int_literal(value, "usize").text(")");
        }
        Some(ResolvedCount::Argument(entry)) => {
            out.text("::core::fmt::rt::v1::Count::Param(").int_literal(entry, "usize").text(")");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ArgRef, Count, Piece, Trait, parse};

    #[test]
    fn parses_format_specs() {
        let pieces = parse("a{{b}} {x:>+#08.*} {0:_^w$.p$x?} {:e}").unwrap();
        assert_eq!(pieces.len(), 6);
        let Piece::Placeholder(first) = &pieces[1] else { panic!("not a placeholder: {:?}", pieces[1]) };
        assert_eq!(first.arg, ArgRef::Name("x".into()));
        assert_eq!((first.fill, first.align), (None, Some('>')));
        assert_eq!(first.flags, super::FLAG_SIGN_PLUS | super::FLAG_ALTERNATE | super::FLAG_ZERO_PAD);
        assert_eq!((first.width.clone(), first.precision.clone()), (Some(Count::Is(8)), Some(Count::Star)));
        let Piece::Placeholder(second) = &pieces[3] else { panic!("not a placeholder") };
        assert_eq!((second.fill, second.align), (Some('_'), Some('^')));
        assert_eq!(second.width, Some(Count::Name("w".into())));
        assert_eq!(second.precision, Some(Count::Name("p".into())));
        assert_eq!((second.format_trait, second.flags), (Trait::Debug, super::FLAG_DEBUG_LOWER_HEX));
        assert_eq!(pieces[0], Piece::Literal("a{b} ".into()));
        assert_eq!(parse("{:0$}").unwrap()[0], parse("{:0$}").unwrap()[0]);
        let Piece::Placeholder(zero) = &parse("{:0$}").unwrap()[0] else { panic!("not a placeholder") };
        assert_eq!((zero.flags, zero.width.clone()), (0, Some(Count::Index(0))));
    }
}

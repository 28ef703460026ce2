//! `assert!`, `panic!` (of `core` and of `std`) and `unreachable!`: rustc expands the latter two
//! to `panic_2015!`/`panic_2021!` (`unreachable_2015!`/`unreachable_2021!`) of the defining
//! crate by the caller's edition, `macro`s whose `$crate` paths token trees cannot spell; their
//! expansions are written out here instead, as `core` and `std` 1.63 define them.

use sem_syntax::{
    Edition, SyntaxKind,
    token_tree::{DelimiterKind, Leaf, Subtree, TokenTree},
};

use super::{
    Expander,
    args::{self, Arg},
    error,
    format::FormatCall,
    literal::LitValue,
    tokens_to_string,
};
use crate::{ExpandError, build::TokenBuilder};

/// Whose `panic!`: they differ before 2021.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavour {
    Core,
    Std,
}

const UNREACHABLE: &str = "internal error: entered unreachable code";

impl<S: Copy> Expander<'_, S> {
    /// `assert!(cond)` and `assert!(cond, message...)`.
    pub(super) fn assert(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut cursor = args::Cursor::new(input, self.edition);
        if cursor.at_end() {
            return Err(error("macro requires a boolean expression as an argument", Some(self.call_site)));
        }
        let condition = cursor.expr()?;
        let mut message: Option<&[TokenTree<S>]> = None;
        if !cursor.at_end() {
            cursor.expect_comma()?;
            if !cursor.at_end() {
                message = Some(cursor.rest());
            }
        }
        let mut out = TokenBuilder::new(self.call_site);
        out.text("if !");
        out.group(DelimiterKind::Parenthesis, condition);
        out.open(DelimiterKind::Brace);
        match message {
            None => {
                let text = format!("assertion failed: {}", tokens_to_string(condition));
                out.text("::core::panicking::panic(").str_literal(&text).text(")");
            }
            Some(message) => {
                let message = crate::build::group(DelimiterKind::Invisible, self.call_site, message.to_vec());
                let panic = self.panic(&message, Flavour::Core)?;
                out.trees(&panic.token_trees);
            }
        }
        out.close();
        Ok(out.finish())
    }

    /// `panic!(...)` of `core` or `std`, in the call's edition.
    pub(super) fn panic(&self, input: &Subtree<S>, flavour: Flavour) -> Result<Subtree<S>, ExpandError<S>> {
        let mut out = TokenBuilder::new(self.call_site);
        let arguments = args::split(input, self.edition, true)?;
        let std_2015 = flavour == Flavour::Std && self.edition < Edition::Edition2021;
        let prefix = if std_2015 { "::std::rt::" } else { "::core::panicking::" };
        if arguments.is_empty() {
            if std_2015 {
                out.text("::std::rt::begin_panic(\"explicit panic\")");
            } else {
                out.text("::core::panicking::panic(\"explicit panic\")");
            }
            return Ok(out.finish());
        }
        if let [format, value] = arguments.as_slice()
            && format.name.is_none()
            && value.name.is_none()
            && is_plain_display(format.trees)
        {
            // `panic!("{}", x)`, special-cased for const panics.
            out.text(prefix).text("panic_display(&");
            out.group(DelimiterKind::Parenthesis, value.trees);
            out.text(")");
            return Ok(out.finish());
        }
        if self.edition < Edition::Edition2021
            && let [message] = arguments.as_slice()
            && message.name.is_none()
        {
            match flavour {
                Flavour::Std => out.text("::std::rt::begin_panic").group(DelimiterKind::Parenthesis, message.trees),
                Flavour::Core if is_literal(message.trees) => {
                    out.text("::core::panicking::panic").group(DelimiterKind::Parenthesis, message.trees)
                }
                Flavour::Core => {
                    out.text("::core::panicking::panic_str").group(DelimiterKind::Parenthesis, message.trees)
                }
            };
            return Ok(out.finish());
        }
        let format = self.format_args(input, false)?;
        out.text(prefix).text("panic_fmt");
        out.group(DelimiterKind::Parenthesis, &format.token_trees);
        Ok(out.finish())
    }

    /// `unreachable!(...)`, in the call's edition.
    pub(super) fn unreachable(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut out = TokenBuilder::new(self.call_site);
        let arguments = args::split(input, self.edition, true)?;
        if arguments.is_empty() {
            out.text("::core::panicking::panic(").str_literal(UNREACHABLE).text(")");
            return Ok(out.finish());
        }
        let format = if self.edition >= Edition::Edition2021 {
            // `panic!("internal error: entered unreachable code: {}", format_args!(...))`.
            let inner = self.format_args(input, false)?;
            let call = FormatCall {
                format: format!("{UNREACHABLE}: {{}}"),
                format_span: self.call_site,
                may_capture: false,
                args: vec![Arg { name: None, trees: &inner.token_trees, span: self.call_site }],
            };
            self.expand_format(&call)?
        } else {
            if let [message] = arguments.as_slice()
                && message.name.is_none()
            {
                out.text("::core::panicking::unreachable_display(&");
                out.group(DelimiterKind::Parenthesis, message.trees);
                out.text(")");
                return Ok(out.finish());
            }
            // `panic!(concat!("internal error: entered unreachable code: ", $fmt), $($arg)*)`.
            let mut call = self.format_call(input)?;
            call.format = format!("{UNREACHABLE}: {}", call.format);
            self.expand_format(&call)?
        };
        out.text("::core::panicking::panic_fmt");
        out.group(DelimiterKind::Parenthesis, &format.token_trees);
        Ok(out.finish())
    }
}

/// Whether `trees` are the string literal `"{}"` itself.
fn is_plain_display<S>(trees: &[TokenTree<S>]) -> bool {
    match args::strip_invisible(trees) {
        [TokenTree::Leaf(Leaf::Literal(literal))] => {
            super::literal::decode(&literal.text, literal.kind) == Some(LitValue::Str("{}".to_owned()))
                && matches!(literal.kind, SyntaxKind::STRING | SyntaxKind::RAW_STRING)
        }
        _ => false,
    }
}

/// Whether `trees` are one literal (what `$msg:literal` matches, but negative numbers).
fn is_literal<S>(trees: &[TokenTree<S>]) -> bool {
    matches!(args::strip_invisible(trees), [TokenTree::Leaf(Leaf::Literal(_))])
}

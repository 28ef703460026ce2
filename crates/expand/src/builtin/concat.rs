//! `concat!`, `concat_bytes!` and `concat_idents!`.

use sem_syntax::{
    SyntaxKind,
    token_tree::{DelimiterKind, Leaf, Subtree, TokenTree},
};

use super::{Expander, args, error, first_span, is_punct, literal::LitValue};
use crate::{ExpandError, build};

impl<S: Copy> Expander<'_, S> {
    /// `concat!`: every argument a literal (or a macro call expanding to one), their values
    /// written one after the other, as one string literal. Strings and characters give their
    /// value, integers their decimal value (`0x10` gives `16`, without suffix), floats their
    /// text without suffix or underscores, `true` and `false` themselves.
    pub(super) fn concat(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut text = String::new();
        for argument in args::split(input, self.edition, false)? {
            let Some(lit) = self.eval_literal(argument.trees)? else {
                return Err(error(
                    "expected a literal (only literals like `\"foo\"`, `-42` and `3.14` can be passed to `concat!()`)",
                    Some(argument.span),
                ));
            };
            match lit.value {
                LitValue::Str(value) => text.push_str(&value),
                LitValue::Char(value) => text.push(value),
                LitValue::Int { value, negative, .. } => {
                    if negative {
                        text.push('-');
                    }
                    text.push_str(&value.to_string());
                }
                LitValue::Float(value) => text.push_str(&value),
                LitValue::Bool(value) => text.push_str(if value { "true" } else { "false" }),
                LitValue::Byte(_) | LitValue::ByteStr(_) => {
                    return Err(error("cannot concatenate a byte string literal", Some(lit.span)));
                }
                LitValue::CStr => return Err(error("cannot concatenate a C string literal", Some(lit.span))),
            }
        }
        Ok(self.single(build::str_literal(&text, self.call_site)))
    }

    /// `concat_bytes!`: byte literals, byte strings and arrays of bytes (`[1, b'a']`, `[0; 4]`)
    /// as one byte string literal.
    pub(super) fn concat_bytes(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut bytes = Vec::new();
        for argument in args::split(input, self.edition, false)? {
            if let [TokenTree::Subtree(array)] = args::strip_invisible(argument.trees)
                && array.delimiter.kind == DelimiterKind::Bracket
            {
                self.byte_array(array, &mut bytes)?;
                continue;
            }
            let Some(lit) = self.eval_literal(argument.trees)? else {
                return Err(error("expected a byte literal", Some(argument.span)));
            };
            match lit.value {
                LitValue::Byte(byte) => bytes.push(byte),
                LitValue::ByteStr(value) => bytes.extend_from_slice(&value),
                other => return Err(error(cannot_concatenate(&other), Some(lit.span))),
            }
        }
        Ok(self.single(build::literal(build::escape_bytes(&bytes), SyntaxKind::BYTE_STRING, self.call_site)))
    }

    /// The bytes of an array argument of `concat_bytes!`: `[byte, ...]` or `[byte; count]`.
    fn byte_array(&self, array: &Subtree<S>, bytes: &mut Vec<u8>) -> Result<(), ExpandError<S>> {
        if let Some(semicolon) = array.token_trees.iter().position(|tree| is_punct(tree, ';')) {
            let element = &array.token_trees[..semicolon];
            let count = &array.token_trees[semicolon + 1..];
            let byte = self.array_byte(element, array.delimiter.open)?;
            let count = match args::strip_invisible(count) {
                [TokenTree::Leaf(Leaf::Literal(literal))] if literal.kind == SyntaxKind::INT_NUMBER => {
                    match super::literal::parse_int(&literal.text) {
                        Some((count, "" | "usize")) => usize::try_from(count).ok(),
                        _ => None,
                    }
                }
                _ => None,
            };
            let Some(count) = count else {
                return Err(error("repeat count is not a positive number", Some(array.delimiter.open)));
            };
            // The count is bounded by the output a caller can hold: refuse absurd ones.
            if count > (1 << 24) {
                return Err(error("repeat count is too large", Some(array.delimiter.open)));
            }
            bytes.extend(std::iter::repeat_n(byte, count));
            return Ok(());
        }
        let elements = args::split(array, self.edition, false)?;
        for element in elements {
            bytes.push(self.array_byte(element.trees, element.span)?);
        }
        Ok(())
    }

    /// One element of an array argument of `concat_bytes!`: an integer of `0..=255` (no
    /// suffix or `u8`) or a byte literal.
    fn array_byte(&self, trees: &[TokenTree<S>], span: S) -> Result<u8, ExpandError<S>> {
        let Some(lit) = self.eval_literal(trees)? else {
            return Err(error("expected a byte literal", Some(span)));
        };
        match lit.value {
            LitValue::Byte(byte) => Ok(byte),
            LitValue::Int { value, negative: false, suffix } if suffix.is_empty() || suffix == "u8" => {
                u8::try_from(value).map_err(|_| error("numeric literal is out of bounds", Some(lit.span)))
            }
            LitValue::Int { .. } => Err(error("numeric literal is not a `u8`", Some(lit.span))),
            other => Err(error(cannot_concatenate(&other), Some(lit.span))),
        }
    }

    /// `concat_idents!`: identifiers separated by commas, glued into one identifier.
    pub(super) fn concat_idents(&self, input: &Subtree<S>) -> Result<Subtree<S>, ExpandError<S>> {
        let mut text = String::new();
        let trees = input.token_trees.as_slice();
        for (index, tree) in trees.iter().enumerate() {
            if index % 2 == 1 {
                if !is_punct(tree, ',') {
                    return Err(error("concat_idents! expecting comma", Some(build::tree_span(tree))));
                }
                continue;
            }
            match tree {
                TokenTree::Leaf(Leaf::Ident(ident)) => text.push_str(&ident.text),
                _ => return Err(error("concat_idents! requires ident args", Some(build::tree_span(tree)))),
            }
        }
        if text.is_empty() {
            return Err(error("concat_idents! takes 1 or more arguments", Some(first_span(input, self.call_site))));
        }
        Ok(self.single(build::ident(&text, self.call_site)))
    }
}

/// rustc's message for a literal `concat_bytes!` does not take.
fn cannot_concatenate(value: &LitValue) -> &'static str {
    match value {
        LitValue::Str(_) => "cannot concatenate string literals (use a byte string literal instead)",
        LitValue::Char(_) => "cannot concatenate character literals (use a byte literal instead)",
        LitValue::Int { .. } => "cannot concatenate numeric literals (wrap the number in an array: `[1]`)",
        LitValue::Float(_) => "cannot concatenate float literals",
        LitValue::Bool(_) => "cannot concatenate boolean literals",
        LitValue::CStr => "cannot concatenate C string literals",
        LitValue::Byte(_) | LitValue::ByteStr(_) => "cannot concatenate this literal",
    }
}

//! The arguments of built-ins: comma-separated expressions (each found with sem's parser, so
//! that commas inside closures and generic arguments do not split it), possibly named
//! (`name = expr`), and the literal an argument stands for, after expanding a macro call
//! written there.

use sem_syntax::{
    Edition,
    token_tree::{DelimiterKind, Ident, Leaf, Subtree, TokenTree},
};

use super::{BuiltinExpansion, EagerCall, Expander, error, literal::LitValue};
use crate::{
    ExpandError, Fuel,
    build::tree_span,
    fragment::{FragmentKind, match_fragment},
    fuel::Meter,
    input::{FlatInput, FlatItem},
    tokens::Token,
};

/// One argument.
#[derive(Debug, Clone, Copy)]
pub(super) struct Arg<'a, S> {
    /// `name` of `name = expr`.
    pub(super) name: Option<&'a Ident<S>>,
    /// The expression's trees.
    pub(super) trees: &'a [TokenTree<S>],
    /// The span of the expression's first token.
    pub(super) span: S,
}

/// Splits the input into comma-separated expressions (a trailing comma allowed). With
/// `named`, `ident = expr` is a named argument.
pub(super) fn split<S: Copy>(
    input: &Subtree<S>,
    edition: Edition,
    named: bool,
) -> Result<Vec<Arg<'_, S>>, ExpandError<S>> {
    let mut arguments = Vec::new();
    let mut cursor = Cursor::new(input, edition);
    while !cursor.at_end() {
        let mut name = None;
        if named
            && let FlatItem::Leaf(Leaf::Ident(ident)) = cursor.flat.item(cursor.position)
            && cursor.flat.token(cursor.position + 1).is_punct("=")
        {
            name = Some(ident);
            cursor.position += 2;
        }
        let trees = cursor.expr()?;
        arguments.push(Arg { name, trees, span: tree_span(&trees[0]) });
        if cursor.at_end() {
            break;
        }
        cursor.expect_comma()?;
    }
    Ok(arguments)
}

/// A position in the top level of an input, with the parser at hand for expressions.
pub(super) struct Cursor<'a, S> {
    pub(super) input: &'a Subtree<S>,
    pub(super) flat: FlatInput<'a, S>,
    /// The flat position where each top-level tree starts, and the end.
    starts: Vec<usize>,
    /// The current flat position, always at the start of a top-level tree or the end.
    pub(super) position: usize,
    edition: Edition,
    meter: Meter,
}

impl<'a, S: Copy> Cursor<'a, S> {
    pub(super) fn new(input: &'a Subtree<S>, edition: Edition) -> Cursor<'a, S> {
        let flat = FlatInput::new(input);
        let mut starts = Vec::with_capacity(input.token_trees.len() + 1);
        let mut position = 0;
        while position < flat.end() {
            starts.push(position);
            position = match flat.item(position) {
                FlatItem::Open { close, .. } => close + 1,
                _ => position + 1,
            };
        }
        starts.push(flat.end());
        Cursor { input, flat, starts, position: 0, edition, meter: Meter::new(&Fuel::default()) }
    }

    pub(super) fn at_end(&self) -> bool {
        self.position >= self.flat.end()
    }

    /// The index of the top-level tree at flat position `position`.
    fn index(&self, position: usize) -> usize {
        self.starts.partition_point(|start| *start < position)
    }

    /// The top-level tree at the cursor.
    pub(super) fn tree(&self) -> Option<&'a TokenTree<S>> {
        self.input.token_trees.get(self.index(self.position))
    }

    /// The token at the cursor.
    pub(super) fn token(&self) -> Token<'a, S> {
        self.flat.token(self.position)
    }

    /// The span of the token at the cursor (of the input's end at the end).
    pub(super) fn span(&self) -> S {
        self.flat.span(self.position)
    }

    /// The top-level trees from the cursor on.
    pub(super) fn rest(&self) -> &'a [TokenTree<S>] {
        &self.input.token_trees[self.index(self.position).min(self.input.token_trees.len())..]
    }

    /// Moves past the top-level tree at the cursor.
    pub(super) fn bump_tree(&mut self) {
        let index = self.index(self.position);
        self.position = self.starts.get(index + 1).copied().unwrap_or(self.flat.end());
    }

    /// Moves past the token at the cursor (a glued operator whole).
    pub(super) fn bump_token(&mut self) {
        self.position += self.token().len().max(1);
    }

    /// Takes one fragment of `kind`: its trees, or an error naming what was found.
    pub(super) fn fragment(&mut self, kind: FragmentKind, what: &str) -> Result<&'a [TokenTree<S>], ExpandError<S>> {
        let start = self.position;
        let end = match_fragment(kind, &self.flat, start, self.flat.end(), self.edition, &mut self.meter)?;
        match end {
            Some(end) if end > start => {
                let (first, last) = (self.index(start), self.index(end));
                if self.starts.get(first) != Some(&start) || self.starts.get(last) != Some(&end) {
                    return Err(error(format!("expected {what}"), Some(self.span())));
                }
                self.position = end;
                Ok(&self.input.token_trees[first..last])
            }
            _ => Err(error(format!("expected {what}, found `{}`", self.token().describe()), Some(self.span()))),
        }
    }

    /// Takes one expression.
    pub(super) fn expr(&mut self) -> Result<&'a [TokenTree<S>], ExpandError<S>> {
        let kind = if self.edition >= Edition::Edition2024 { FragmentKind::Expr } else { FragmentKind::Expr2021 };
        self.fragment(kind, "expression")
    }

    /// Takes a `,`, or fails.
    pub(super) fn expect_comma(&mut self) -> Result<(), ExpandError<S>> {
        if self.token().is_punct(",") {
            self.bump_token();
            Ok(())
        } else {
            Err(error(format!("expected `,`, found `{}`", self.token().describe()), Some(self.span())))
        }
    }
}

/// A literal an argument stands for.
#[derive(Debug, Clone)]
pub(super) struct Lit<S> {
    pub(super) value: LitValue,
    /// The span of the literal (of the macro call, when it comes from one).
    pub(super) span: S,
    /// Whether it comes from the expansion of a macro call rather than from the input.
    pub(super) from_expansion: bool,
}

impl<S: Copy> Expander<'_, S> {
    /// The literal `trees` stand for: a literal (possibly negative), `true` or `false`, or a
    /// macro call expanding to one. `None` when they are none of these; an error when a macro
    /// call fails to expand.
    pub(super) fn eval_literal(&self, trees: &[TokenTree<S>]) -> Result<Option<Lit<S>>, ExpandError<S>> {
        let trees = strip_invisible(trees);
        if let Some(lit) = literal_of(trees) {
            return Ok(Some(lit));
        }
        // A macro call: `path ! (input)`.
        let [path @ .., bang, TokenTree::Subtree(call_input)] = trees else {
            return Ok(None);
        };
        if path.is_empty()
            || !super::is_punct(bang, '!')
            || call_input.delimiter.kind == DelimiterKind::Invisible
            || !is_path(path)
        {
            return Ok(None);
        }
        let span = tree_span(path.last().expect("not empty"));
        let expansion = match self.ctx.eager_call(path, call_input) {
            EagerCall::Builtin(kind) => match self.nested(span)?.expand(kind, call_input)? {
                BuiltinExpansion::Tokens(tokens) => tokens,
                BuiltinExpansion::Include { .. } => {
                    return Err(error("include! cannot be expanded as an argument of a built-in", Some(span)));
                }
            },
            EagerCall::Expanded(tokens) => tokens,
            EagerCall::Unknown => return Ok(None),
        };
        let found = self.nested(span)?.eval_literal(&expansion.token_trees)?;
        Ok(found.map(|lit| Lit { span, from_expansion: true, ..lit }))
    }
}

/// The trees inside invisible delimiters that hold nothing else (a fragment forwarded by
/// `macro_rules!`), iteratively.
pub(super) fn strip_invisible<S>(mut trees: &[TokenTree<S>]) -> &[TokenTree<S>] {
    while let [TokenTree::Subtree(inner)] = trees {
        if inner.delimiter.kind != DelimiterKind::Invisible {
            break;
        }
        trees = &inner.token_trees;
    }
    trees
}

/// The literal `trees` are, without expansion.
fn literal_of<S: Copy>(trees: &[TokenTree<S>]) -> Option<Lit<S>> {
    let (negative, literal) = match trees {
        [TokenTree::Leaf(Leaf::Literal(literal))] => (false, literal),
        [minus, TokenTree::Leaf(Leaf::Literal(literal))] if super::is_punct(minus, '-') => (true, literal),
        [TokenTree::Leaf(Leaf::Ident(ident))] if !ident.is_raw && (ident.text == "true" || ident.text == "false") => {
            return Some(Lit { value: LitValue::Bool(ident.text == "true"), span: ident.span, from_expansion: false });
        }
        _ => return None,
    };
    let (negative, text) = match literal.text.strip_prefix('-') {
        Some(positive) => (!negative, positive),
        None => (negative, literal.text.as_str()),
    };
    let value = super::literal::decode(text, literal.kind)?;
    let value = if negative { value.negated()? } else { value };
    Some(Lit { value, span: literal.span, from_expansion: false })
}

/// Whether `trees` are a path: identifiers separated by `::`, possibly starting with `::`.
fn is_path<S>(trees: &[TokenTree<S>]) -> bool {
    let mut expect_ident = true;
    let mut index = 0;
    if trees.len() >= 2 && super::is_punct(&trees[0], ':') && super::is_punct(&trees[1], ':') {
        index = 2;
    }
    while index < trees.len() {
        if expect_ident {
            if !matches!(&trees[index], TokenTree::Leaf(Leaf::Ident(_))) {
                return false;
            }
            index += 1;
        } else {
            if !(index + 1 < trees.len()
                && super::is_punct(&trees[index], ':')
                && super::is_punct(&trees[index + 1], ':'))
            {
                return false;
            }
            index += 2;
        }
        expect_ident = !expect_ident;
    }
    !expect_ident
}

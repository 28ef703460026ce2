//! Conditional compilation: `cfg` predicates read from token trees and evaluated against a
//! crate's [`CfgOptions`], and the parts of a `cfg_attr`.
//!
//! The predicate grammar is the Reference's ("Conditional compilation"): an option name, a
//! `key = "value"` pair, `all(..)`, `any(..)`, `not(..)`, and the boolean literals `true` and
//! `false` (stable since Rust 1.88). Anything else (`not` with other than one predicate, a
//! value that is not a string, a stray token, the unstable `version(..)`) is an invalid
//! predicate: it carries a message, and evaluating it gives no answer, so that each caller
//! decides (rustc reports an error; a tool usually keeps the code and says why).

use std::fmt;

use sem_syntax::token_tree::{DelimiterKind, Leaf, Spacing, TokenTree};
use smol_str::SmolStr;

use crate::{CfgAtom, CfgOptions};

/// A `cfg` predicate.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CfgExpr {
    /// An option: `unix`, `feature = "std"`.
    Atom(CfgAtom),
    /// `true` or `false`.
    Bool(bool),
    /// `all(..)`: true when every predicate is (so `all()` is true).
    All(Vec<CfgExpr>),
    /// `any(..)`: true when some predicate is (so `any()` is false).
    Any(Vec<CfgExpr>),
    /// `not(..)`.
    Not(Box<CfgExpr>),
    /// Not a valid predicate, with the reason.
    Invalid(SmolStr),
}

impl CfgExpr {
    /// Reads the predicate written as `tokens`: the inside of `cfg( .. )`, or the part of a
    /// `cfg_attr( .. )` before its first top-level comma. A single trailing comma is allowed,
    /// as rustc allows it.
    pub fn parse<S>(tokens: &[TokenTree<S>]) -> CfgExpr {
        let tokens = match tokens {
            [rest @ .., TokenTree::Leaf(Leaf::Punct(comma))] if comma.char == ',' => rest,
            _ => tokens,
        };
        let mut cursor = Cursor { tokens, pos: 0 };
        let expr = cursor.predicate();
        if matches!(expr, CfgExpr::Invalid(_)) || cursor.pos == tokens.len() {
            return expr;
        }
        CfgExpr::Invalid("expected one predicate, found more tokens after it".into())
    }

    /// Whether the predicate holds for `options`; `None` when it (or a part that decides the
    /// answer) is invalid.
    pub fn eval(&self, options: &CfgOptions) -> Option<bool> {
        match self {
            CfgExpr::Atom(atom) => Some(options.contains(atom)),
            CfgExpr::Bool(value) => Some(*value),
            CfgExpr::All(all) => {
                // Every part is looked at, as rustc validates them all: an invalid part makes
                // the whole invalid even when another part is false.
                let mut result = Some(true);
                for expr in all {
                    match (expr.eval(options), result) {
                        (None, _) => return None,
                        (Some(false), _) => result = Some(false),
                        _ => {}
                    }
                }
                result
            }
            CfgExpr::Any(any) => {
                let mut result = Some(false);
                for expr in any {
                    match expr.eval(options) {
                        None => return None,
                        Some(true) => result = Some(true),
                        Some(false) => {}
                    }
                }
                result
            }
            CfgExpr::Not(expr) => expr.eval(options).map(|value| !value),
            CfgExpr::Invalid(_) => None,
        }
    }

    /// The first reason the predicate is invalid, if it is.
    pub fn invalid_reason(&self) -> Option<&str> {
        match self {
            CfgExpr::Invalid(reason) => Some(reason),
            CfgExpr::All(exprs) | CfgExpr::Any(exprs) => exprs.iter().find_map(CfgExpr::invalid_reason),
            CfgExpr::Not(expr) => expr.invalid_reason(),
            CfgExpr::Atom(_) | CfgExpr::Bool(_) => None,
        }
    }
}

impl fmt::Display for CfgExpr {
    /// The predicate as rustc would print it: `all(unix, not(feature = "std"))`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |f: &mut fmt::Formatter<'_>, name: &str, exprs: &[CfgExpr]| {
            write!(f, "{name}(")?;
            for (i, expr) in exprs.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{expr}")?;
            }
            f.write_str(")")
        };
        match self {
            CfgExpr::Atom(atom) => write!(f, "{atom}"),
            CfgExpr::Bool(value) => write!(f, "{value}"),
            CfgExpr::All(exprs) => list(f, "all", exprs),
            CfgExpr::Any(exprs) => list(f, "any", exprs),
            CfgExpr::Not(expr) => write!(f, "not({expr})"),
            CfgExpr::Invalid(reason) => write!(f, "<invalid: {reason}>"),
        }
    }
}

/// The parts of a `cfg_attr( .. )`.
#[derive(Debug)]
pub struct CfgAttr<'a, S> {
    /// The predicate.
    pub predicate: CfgExpr,
    /// The attributes it stands for when the predicate holds, each as its tokens
    /// (`derive(Debug)`, `path = "x.rs"`).
    pub attributes: Vec<&'a [TokenTree<S>]>,
}

/// Splits the inside of a `cfg_attr( .. )` into its predicate and attributes. `Err` with a
/// message when there is no attribute after the predicate. Empty attributes between commas are
/// skipped, and a trailing comma is fine (`cfg_attr(unix, a, b,)`).
pub fn split_cfg_attr<S>(tokens: &[TokenTree<S>]) -> Result<CfgAttr<'_, S>, String> {
    let mut parts = tokens.split(|tree| matches!(tree, TokenTree::Leaf(Leaf::Punct(p)) if p.char == ','));
    let predicate = parts.next().unwrap_or_default();
    if predicate.is_empty() {
        return Err("expected a predicate: `cfg_attr(predicate, attribute, ..)`".to_owned());
    }
    let attributes: Vec<&[TokenTree<S>]> = parts.filter(|part| !part.is_empty()).collect();
    if attributes.is_empty() {
        return Err("expected an attribute after the predicate: `cfg_attr(predicate, attribute, ..)`".to_owned());
    }
    Ok(CfgAttr { predicate: CfgExpr::parse(predicate), attributes })
}

/// What is wrong with a `cfg_attr` that [`expand_cfg_attr`] drops.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CfgAttrProblem {
    /// Not `cfg_attr(predicate, attribute, ..)`, with why.
    Malformed(String),
    /// The predicate is not valid, with why.
    InvalidPredicate(String),
}

/// The attributes that the inside of one `cfg_attr( .. )` stands for under `cfg`, in order,
/// each as its tokens (`derive(Debug)`, `path = "x.rs"`): those of a predicate that holds,
/// with every nested `cfg_attr` among them applied the same way, and nothing for one that
/// does not. A malformed `cfg_attr` or an invalid predicate (at any depth) is passed to
/// `problem` and stands for nothing. Every crate reads `cfg_attr` through this one function.
///
/// Iterative: a nested `cfg_attr` takes tokens out of its parent at every step, so this ends,
/// and the depth of nesting costs no stack.
pub fn expand_cfg_attr<S: Clone>(
    inside: &[TokenTree<S>],
    options: &CfgOptions,
    mut problem: impl FnMut(CfgAttrProblem),
) -> Vec<Vec<TokenTree<S>>> {
    let mut out = Vec::new();
    // The insides of `cfg_attr`s still to apply and the attributes still to emit, next on top.
    enum Work<'a, S> {
        CfgAttr(&'a [TokenTree<S>]),
        Attribute(&'a [TokenTree<S>]),
    }
    let mut work = vec![Work::CfgAttr(inside)];
    while let Some(next) = work.pop() {
        let inside = match next {
            Work::Attribute(tokens) => match tokens {
                [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Subtree(group)]
                    if name.text == "cfg_attr"
                        && !name.is_raw
                        && group.delimiter.kind == DelimiterKind::Parenthesis =>
                {
                    &group.token_trees[..]
                }
                [TokenTree::Leaf(Leaf::Ident(name)), ..] if name.text == "cfg_attr" && !name.is_raw => {
                    problem(CfgAttrProblem::Malformed("expected `cfg_attr(predicate, attribute, ..)`".to_owned()));
                    continue;
                }
                _ => {
                    out.push(tokens.to_vec());
                    continue;
                }
            },
            Work::CfgAttr(inside) => inside,
        };
        match split_cfg_attr(inside) {
            Ok(cfg_attr) => match cfg_attr.predicate.eval(options) {
                Some(true) => work.extend(cfg_attr.attributes.iter().rev().map(|tokens| Work::Attribute(tokens))),
                Some(false) => {}
                None => {
                    let reason = cfg_attr.predicate.invalid_reason().unwrap_or("invalid predicate");
                    problem(CfgAttrProblem::InvalidPredicate(reason.to_owned()));
                }
            },
            Err(message) => problem(CfgAttrProblem::Malformed(message)),
        }
    }
    out
}

/// A cursor over the tokens of a predicate.
struct Cursor<'a, S> {
    tokens: &'a [TokenTree<S>],
    pos: usize,
}

impl<S> Cursor<'_, S> {
    fn predicate(&mut self) -> CfgExpr {
        let Some(TokenTree::Leaf(Leaf::Ident(ident))) = self.tokens.get(self.pos) else {
            return CfgExpr::Invalid(match self.tokens.get(self.pos) {
                None => "expected a predicate, found nothing".into(),
                Some(_) => "expected an option name, `all`, `any` or `not`".into(),
            });
        };
        self.pos += 1;
        let name = ident.text.clone();
        match self.tokens.get(self.pos) {
            Some(TokenTree::Subtree(group)) if group.delimiter.kind == DelimiterKind::Parenthesis && !ident.is_raw => {
                self.pos += 1;
                let list = || split_list(&group.token_trees);
                match name.as_str() {
                    "all" => CfgExpr::All(list()),
                    "any" => CfgExpr::Any(list()),
                    "not" => match <[CfgExpr; 1]>::try_from(list()) {
                        Ok([expr]) => CfgExpr::Not(Box::new(expr)),
                        Err(exprs) => {
                            CfgExpr::Invalid(format!("`not` takes one predicate, found {}", exprs.len()).into())
                        }
                    },
                    _ => CfgExpr::Invalid(format!("unknown predicate `{name}(..)`").into()),
                }
            }
            Some(TokenTree::Leaf(Leaf::Punct(eq))) if eq.char == '=' && eq.spacing == Spacing::Alone => {
                self.pos += 1;
                match self.tokens.get(self.pos) {
                    Some(TokenTree::Leaf(Leaf::Literal(literal))) => {
                        self.pos += 1;
                        match sem_syntax::ast::string_literal_value(&literal.text) {
                            Some(value) => CfgExpr::Atom(CfgAtom::KeyValue { key: name, value: value.into() }),
                            None => CfgExpr::Invalid(format!("the value of `{name}` must be a string").into()),
                        }
                    }
                    _ => CfgExpr::Invalid(format!("expected a string after `{name} =`").into()),
                }
            }
            _ if !ident.is_raw && (name == "true" || name == "false") => CfgExpr::Bool(name == "true"),
            _ => CfgExpr::Atom(CfgAtom::Flag(name)),
        }
    }
}

/// The predicates of a comma-separated list (the inside of `all( .. )`); a trailing comma is
/// fine, an empty one between two commas is invalid.
fn split_list<S>(tokens: &[TokenTree<S>]) -> Vec<CfgExpr> {
    if tokens.is_empty() {
        return Vec::new();
    }
    let tokens = match tokens {
        [rest @ .., TokenTree::Leaf(Leaf::Punct(comma))] if comma.char == ',' => rest,
        _ => tokens,
    };
    tokens
        .split(|tree| matches!(tree, TokenTree::Leaf(Leaf::Punct(p)) if p.char == ','))
        .map(|part| {
            if part.is_empty() {
                CfgExpr::Invalid("expected a predicate between commas".into())
            } else {
                CfgExpr::parse(part)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;

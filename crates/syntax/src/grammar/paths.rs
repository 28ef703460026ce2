//! Paths, in their three styles: use paths, type paths and expression paths.
//!
//! The tree shape is rust-analyzer's. A path nests to the left, one `PATH` per segment:
//! `a::b::c` is `PATH(PATH(PATH(PATH_SEGMENT(a)) :: PATH_SEGMENT(b)) :: PATH_SEGMENT(c))`.
//! A leading `::` belongs to the first `PATH_SEGMENT`. A qualified path starts with a segment
//! holding a `TYPE_ANCHOR`: `<T as Trait>::Assoc` is
//! `PATH(PATH(PATH_SEGMENT(TYPE_ANCHOR(< PATH_TYPE as PATH_TYPE >))) :: PATH_SEGMENT(Assoc))`,
//! and `<T>::f` the same without `as` and the trait.
//!
//! The styles differ in the arguments a segment may have:
//! - use paths (`use` items, visibilities, attributes): none;
//! - type paths: `GENERIC_ARG_LIST` with or without `::` (`Vec<T>`, `Vec::<T>`),
//!   `PARENTHESIZED_ARG_LIST` followed by an optional `RET_TYPE` (`Fn(A, B) -> C`), or return
//!   type notation, `RETURN_TYPE_SYNTAX` (`method(..)`);
//! - expression paths (expressions and patterns): `GENERIC_ARG_LIST` after `::` only
//!   (`iter::<T>`), since a bare `<` is the less-than operator there.

use super::*;
use crate::parser::CompletedMarker;

/// The tokens a path can start with (`::` starts with `:`, `<T>::f` with `<`).
pub(crate) const PATH_FIRST: TokenSet = TokenSet::new(&[IDENT, T![self], T![super], T![crate], T![Self], T![:], T![<]]);

/// The tokens a path segment's name can be.
pub(crate) const PATH_NAME_REF_KINDS: TokenSet = TokenSet::new(&[IDENT, T![self], T![super], T![crate], T![Self]]);

/// Where the error recovery of a path segment in type position stops.
const TYPE_SEGMENT_RECOVERY: TokenSet =
    TokenSet::new(&[T![')'], T![']'], T![>], T![,], T![;], T![=], T![+], T![pub], T![where], T![|]]);

/// Where the error recovery of a path segment in expression or pattern position stops.
const EXPR_SEGMENT_RECOVERY: TokenSet = TokenSet::new(&[
    T![')'],
    T![']'],
    T![,],
    T![;],
    T![=],
    T![|],
    T![.],
    T![?],
    T![let],
    T![if],
    T![while],
    T![loop],
    T![match],
    T![return],
    T![fn],
    T![struct],
    T![enum],
    T![impl],
    T![trait],
    T![use],
    T![mod],
    T![const],
    T![static],
    T![type],
    T![pub],
]);

/// Where the error recovery of a path segment in a `use` item stops.
const USE_SEGMENT_RECOVERY: TokenSet = TokenSet::new(&[
    T![;],
    T![,],
    T![')'],
    T![']'],
    T![=],
    T![#],
    T![as],
    T![fn],
    T![struct],
    T![enum],
    T![impl],
    T![trait],
    T![use],
    T![mod],
    T![const],
    T![static],
    T![type],
    T![pub],
]);

/// The style of a path: what its segments may carry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Use,
    Type,
    Expr,
}

/// Whether a path starts here: a name, `self`, `super`, `crate`, `Self`, `::` or `<`.
pub(crate) fn is_path_start(p: &Parser<'_>) -> bool {
    match p.current() {
        IDENT | T![self] | T![super] | T![crate] | T![Self] | T![<] => true,
        T![:] => p.at(T![::]),
        _ => false,
    }
}

/// Whether a path without a qualified `<...>` start begins here (as in `use` items).
pub(crate) fn is_use_path_start(p: &Parser<'_>) -> bool {
    match p.current() {
        IDENT | T![self] | T![super] | T![crate] | T![Self] => true,
        T![:] => p.at(T![::]),
        _ => false,
    }
}

/// A path in a `use` item, a visibility or an attribute: `a::b::c`, no generic arguments.
/// It stops before a `::` followed by `*` or `{`, which belongs to the use tree.
pub(crate) fn use_path(p: &mut Parser<'_>) {
    path(p, Mode::Use);
}

/// A path in type position: `Vec<T>`, `Vec::<T>`, `Fn(A) -> B`, `T::method(..)`,
/// `<T as Trait>::Assoc`.
pub(crate) fn type_path(p: &mut Parser<'_>) {
    path(p, Mode::Type);
}

/// A path in expression or pattern position: `Vec::<T>::new`, `<T>::f`.
pub(crate) fn expr_path(p: &mut Parser<'_>) {
    path(p, Mode::Expr);
}

/// The rest of a type path whose first `PATH` is `qualifier`: `::b::c` after `a`.
pub(crate) fn type_path_for_qualifier(p: &mut Parser<'_>, qualifier: CompletedMarker) -> CompletedMarker {
    path_for_qualifier(p, Mode::Type, qualifier)
}

/// `PATH`: `first_segment (:: segment)*`.
fn path(p: &mut Parser<'_>, mode: Mode) -> Option<CompletedMarker> {
    let m = p.start();
    if !path_segment(p, mode, true) {
        m.abandon(p);
        return None;
    }
    let qualifier = m.complete(p, PATH);
    Some(path_for_qualifier(p, mode, qualifier))
}

/// `(:: segment)*`, each step wrapping the path so far in a new `PATH`.
fn path_for_qualifier(p: &mut Parser<'_>, mode: Mode, mut qualifier: CompletedMarker) -> CompletedMarker {
    while p.at(T![::]) {
        // In a use tree, `a::{b, c}` and `a::*` end the path before the `::`.
        if mode == Mode::Use && matches!(p.nth(2), T![*] | T!['{']) {
            break;
        }
        let m = qualifier.precede(p);
        p.bump(T![::]);
        path_segment(p, mode, false);
        qualifier = m.complete(p, PATH);
    }
    qualifier
}

/// `PATH_SEGMENT`: `::? name args?`, or a `TYPE_ANCHOR` (`<T as Trait>`) at the start of a path.
/// Returns whether a segment was built.
fn path_segment(p: &mut Parser<'_>, mode: Mode, first: bool) -> bool {
    let m = p.start();
    if first && p.at(T![<]) {
        type_anchor(p);
        if !p.at(T![::]) {
            p.error("expected `::` after a qualified path's `<...>`");
        }
        m.complete(p, PATH_SEGMENT);
        return true;
    }
    let leading_colons = first && p.eat(T![::]);
    if p.at_ts(PATH_NAME_REF_KINDS) {
        name_ref_mod_path(p);
        match mode {
            Mode::Use => {}
            Mode::Type => opt_path_type_args(p),
            Mode::Expr => generic_args::opt_generic_arg_list_expr(p),
        }
    } else {
        let recovery = match mode {
            Mode::Use => USE_SEGMENT_RECOVERY,
            Mode::Type => TYPE_SEGMENT_RECOVERY,
            Mode::Expr => EXPR_SEGMENT_RECOVERY,
        };
        // Whether `err_recover` will consume the current token into the segment.
        let consumes = !matches!(p.current(), T!['{'] | T!['}'] | EOF) && !p.at_ts(recovery);
        p.err_recover("expected an identifier, `self`, `super`, `crate` or `Self`", recovery);
        if !consumes && !leading_colons {
            m.abandon(p);
            return false;
        }
    }
    m.complete(p, PATH_SEGMENT);
    true
}

/// `TYPE_ANCHOR`: `<Type>` or `<Type as Trait>`, the start of a qualified path.
fn type_anchor(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![<]);
    types::type_(p);
    if p.eat(T![as]) {
        if is_use_path_start(p) {
            let trait_ = p.start();
            type_path(p);
            trait_.complete(p, PATH_TYPE);
        } else {
            p.error("expected a trait");
        }
    }
    p.expect(T![>]);
    m.complete(p, TYPE_ANCHOR);
}

/// `NAME_REF` of a path segment: an identifier, `self`, `super`, `crate` or `Self`.
pub(crate) fn name_ref_mod_path(p: &mut Parser<'_>) {
    debug_assert!(p.at_ts(PATH_NAME_REF_KINDS));
    let m = p.start();
    p.bump_any();
    m.complete(p, NAME_REF);
}

/// The arguments of a segment in a type path, if there are any: `<T>`, `::<T>`, `(A, B) -> C`,
/// `::(A) -> C` or `(..)`.
pub(crate) fn opt_path_type_args(p: &mut Parser<'_>) {
    let m;
    if p.at(T![::]) && matches!(p.nth(2), T![<] | T!['(']) {
        m = p.start();
        p.bump(T![::]);
    } else if (p.at(T![<]) && !p.at(T![<=])) || p.at(T!['(']) {
        m = p.start();
    } else {
        return;
    }
    if p.at(T![<]) {
        generic_args::generic_arg_list(p, m);
    } else if p.nth_at(1, T![..]) && p.nth(3) == T![')'] {
        // Return type notation: `T::method(..): Send`.
        p.bump(T!['(']);
        p.bump(T![..]);
        p.bump(T![')']);
        m.complete(p, RETURN_TYPE_SYNTAX);
    } else {
        generic_args::parenthesized_arg_list(p, m);
        params::opt_ret_type(p);
    }
}

/// A `MACRO_CALL` whose path `m` has been parsed: `! token_tree`. The caller completes `m`.
pub(crate) fn macro_call_after_bang(p: &mut Parser<'_>) {
    p.bump(T![!]);
    if matches!(p.current(), T!['('] | T!['['] | T!['{']) {
        token_tree(p);
    } else {
        p.error("expected `(`, `[` or `{` after the macro's `!`");
    }
}

#[cfg(test)]
mod tests;

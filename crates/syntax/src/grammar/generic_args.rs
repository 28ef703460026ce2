//! Generic arguments: `<T, 'a, N, Item = T, Assoc: Bound>`, `(A, B) -> C` and `(..)`.
//!
//! A `GENERIC_ARG_LIST` holds `TYPE_ARG`, `LIFETIME_ARG`, `CONST_ARG` and `ASSOC_TYPE_ARG`
//! nodes. A bare path argument (`S<N>`) is ambiguous between a type and a constant; like rustc
//! and rust-analyzer, it is parsed as a type. The closing `>` is a single token in the input, so
//! `Vec<Vec<u8>>` needs no splitting, and `Vec<u8>= v` leaves the `=` to the caller.

use super::*;

/// The tokens a generic argument can start with.
pub(crate) const GENERIC_ARG_FIRST: TokenSet =
    TokenSet::new(&[LIFETIME_IDENT, T!['{'], T![-]]).union(expressions::LITERAL_FIRST).union(types::TYPE_FIRST);

/// The tokens after which a missing `,` between generic arguments is reported and the list goes
/// on. A `{` is left out: after `Vec<u8 {`, it is much more likely a body than a const argument.
const GENERIC_ARG_LIST_CONTINUE: TokenSet =
    TokenSet::new(&[LIFETIME_IDENT, T![-]]).union(expressions::LITERAL_FIRST).union(types::TYPE_FIRST);

/// Where the error recovery inside generic arguments stops.
const GENERIC_ARG_RECOVERY: TokenSet = TokenSet::new(&[T![>], T![,]]);

/// `GENERIC_ARG_LIST` in type position (`Vec<T>`, `Vec::<T>`), if one starts here.
pub(crate) fn opt_generic_arg_list_type(p: &mut Parser<'_>) {
    let m;
    if p.at(T![::]) && p.nth(2) == T![<] {
        m = p.start();
        p.bump(T![::]);
    } else if p.at(T![<]) && !p.at(T![<=]) {
        m = p.start();
    } else {
        return;
    }
    generic_arg_list(p, m);
}

/// `GENERIC_ARG_LIST` in expression position (`iter::<T>`), if one starts here.
pub(crate) fn opt_generic_arg_list_expr(p: &mut Parser<'_>) {
    if !(p.at(T![::]) && p.nth(2) == T![<]) {
        return;
    }
    let m = p.start();
    p.bump(T![::]);
    generic_arg_list(p, m);
}

/// `GENERIC_ARG_LIST` from its `<`, in the node started by `m` (which may hold a `::`).
pub(crate) fn generic_arg_list(p: &mut Parser<'_>, m: Marker) {
    debug_assert!(p.at(T![<]));
    let done = p.nested(|p| {
        delimited(p, T![<], T![>], T![,], "expected a generic argument", GENERIC_ARG_LIST_CONTINUE, generic_arg);
    });
    if done.is_none() {
        // The `<` went into the error node of the nesting limit; skip to the matching `>`.
        types::skip_too_deep_rest(p, T![<], types::TYPE_SKIP_STOP);
    }
    m.complete(p, GENERIC_ARG_LIST);
}

/// `PARENTHESIZED_ARG_LIST`: `(A, B)` of `Fn(A, B) -> C`, in the node started by `m` (which may
/// hold a `::`). The return type is the caller's.
pub(crate) fn parenthesized_arg_list(p: &mut Parser<'_>, m: Marker) {
    debug_assert!(p.at(T!['(']));
    delimited(p, T!['('], T![')'], T![,], "expected a type", types::TYPE_FIRST, |p| {
        if !p.at_ts(types::TYPE_FIRST) {
            return false;
        }
        type_arg(p);
        true
    });
    m.complete(p, PARENTHESIZED_ARG_LIST);
}

/// One generic argument: a type, a lifetime, a constant, or an associated item binding or
/// constraint (`Item = T`, `Item: Bound`, `Item<'a> = T`, `N = 3`, `method(..): Send`).
/// Returns whether something was parsed.
pub(crate) fn generic_arg(p: &mut Parser<'_>) -> bool {
    match p.current() {
        LIFETIME_IDENT if !p.nth_at(1, T![+]) => lifetime_arg(p),
        T!['{'] | T![-] => const_arg(p),
        kind if expressions::LITERAL_FIRST.contains(kind) => const_arg(p),
        IDENT if p.edition() < Edition::Edition2018 && types::is_dyn_weak(p) => type_arg(p),
        kind if paths::PATH_NAME_REF_KINDS.contains(kind) => name_led_generic_arg(p),
        _ if p.at_ts(types::TYPE_FIRST) => type_arg(p),
        _ => return false,
    }
    true
}

/// A generic argument that starts with a name: an associated item binding or constraint, or a
/// type whose path starts with that name.
fn name_led_generic_arg(p: &mut Parser<'_>) {
    let m = p.start();
    paths::name_ref_mod_path(p);
    paths::opt_path_type_args(p);
    match p.current() {
        // `Item = Type` or `N = 3`. The `=` of `==` is not a binding.
        T![=] if !p.at(T![==]) => {
            p.bump(T![=]);
            if p.at_ts(types::TYPE_FIRST) {
                types::type_(p);
            } else if p.at_ts(GENERIC_ARG_RECOVERY) {
                p.error("expected a type or a constant after `=`");
            } else {
                const_arg(p);
            }
            m.complete(p, ASSOC_TYPE_ARG);
        }
        // `Item: Bound + Bound`.
        T![:] if !p.at(T![::]) => {
            p.bump(T![:]);
            generics::bounds_without_colon(p);
            m.complete(p, ASSOC_TYPE_ARG);
        }
        // A type after all: finish its path the way `types::type_` would have.
        _ => {
            let path = m.complete(p, PATH_SEGMENT).precede(p).complete(p, PATH);
            let path = paths::type_path_for_qualifier(p, path);
            let ty = if p.at(T![!]) && !p.at(T![!=]) {
                let call = path.precede(p);
                paths::macro_call_after_bang(p);
                call.complete(p, MACRO_CALL).precede(p).complete(p, MACRO_TYPE)
            } else {
                path.precede(p).complete(p, PATH_TYPE)
            };
            types::opt_bounds_as_dyn_trait_type(p, ty).precede(p).complete(p, TYPE_ARG);
        }
    }
}

/// `LIFETIME_ARG`: `'a`.
fn lifetime_arg(p: &mut Parser<'_>) {
    let m = p.start();
    lifetime(p);
    m.complete(p, LIFETIME_ARG);
}

/// `TYPE_ARG`: a type as a generic argument.
pub(crate) fn type_arg(p: &mut Parser<'_>) {
    let m = p.start();
    types::type_(p);
    m.complete(p, TYPE_ARG);
}

/// `CONST_ARG`: `{ expr }`, a literal, `-literal`, or a path.
pub(crate) fn const_arg(p: &mut Parser<'_>) {
    let m = p.start();
    const_arg_expr(p);
    m.complete(p, CONST_ARG);
}

/// The expression of a constant argument: `{ expr }` (`BLOCK_EXPR`), a `LITERAL`, `-literal`
/// (`PREFIX_EXPR`) or a path (`PATH_EXPR`).
pub(crate) fn const_arg_expr(p: &mut Parser<'_>) {
    match p.current() {
        T!['{'] => expressions::block_expr(p),
        T![-] => {
            let m = p.start();
            p.bump(T![-]);
            if expressions::literal(p).is_none() {
                p.err_recover("expected a literal after `-`", GENERIC_ARG_RECOVERY);
            }
            m.complete(p, PREFIX_EXPR);
        }
        kind if expressions::LITERAL_FIRST.contains(kind) => {
            expressions::literal(p);
        }
        _ if paths::is_path_start(p) => {
            let m = p.start();
            paths::expr_path(p);
            m.complete(p, PATH_EXPR);
        }
        _ => p.err_recover("expected a constant argument", GENERIC_ARG_RECOVERY),
    }
}

#[cfg(test)]
mod tests;

//! Types.
//!
//! Tree shapes follow rust-analyzer: `PATH_TYPE(PATH)`, `REF_TYPE(& LIFETIME? mut? Type)`,
//! `PTR_TYPE(* const|mut Type)`, `ARRAY_TYPE([ Type ; CONST_ARG ])`, `SLICE_TYPE([ Type ])`,
//! `TUPLE_TYPE` (`()`, `(A,)`, `(A, B)`), `PAREN_TYPE` (`(A)`), `NEVER_TYPE`, `INFER_TYPE`,
//! `FN_PTR_TYPE(unsafe? ABI? fn PARAM_LIST RET_TYPE?)`, `FOR_TYPE(FOR_BINDER Type)`,
//! `IMPL_TRAIT_TYPE(impl TYPE_BOUND_LIST)`, `DYN_TRAIT_TYPE(dyn? TYPE_BOUND_LIST)` and
//! `MACRO_TYPE(MACRO_CALL)`.
//!
//! A type that may take bounds (`type_`) turns `Path + Bound` into a bare trait object:
//! `DYN_TRAIT_TYPE(TYPE_BOUND_LIST(TYPE_BOUND(PATH_TYPE) + TYPE_BOUND ...))`, as in 2015's
//! `Box<Trait + Send>`. After `&`, `*`, `->` and `as`, `type_no_bounds` leaves the `+` alone.

use super::*;
use crate::parser::CompletedMarker;

/// The tokens a type can start with.
pub(crate) const TYPE_FIRST: TokenSet = paths::PATH_FIRST.union(TokenSet::new(&[
    T!['('],
    T!['['],
    T![!],
    T![*],
    T![&],
    T![_],
    T![fn],
    T![unsafe],
    T![extern],
    T![for],
    T![impl],
    T![dyn],
    LIFETIME_IDENT,
]));

/// Where the error recovery of a missing type stops.
pub(crate) const TYPE_RECOVERY_SET: TokenSet =
    TokenSet::new(&[T![')'], T![']'], T![>], T![,], T![;], T![=], T![|], T![pub], T![where]]);

/// Where the skipping of a type nested past the nesting limit stops, outside any brackets.
pub(crate) const TYPE_SKIP_STOP: TokenSet =
    TokenSet::new(&[T![,], T![;], T![=], T!['{'], T![:], T![|], T![where], T![as], T![else]]);

/// A type, bounds included (`dyn A + B` style sums are allowed).
pub(crate) fn type_(p: &mut Parser<'_>) {
    type_with_bounds_cond(p, true);
}

/// A type where a `+` would be ambiguous (after `&`, `*`, `->` and `as`): the `+` is left alone.
pub(crate) fn type_no_bounds(p: &mut Parser<'_>) {
    type_with_bounds_cond(p, false);
}

/// `: Type`, the annotation of a `let`, a parameter or a field. Reports a missing colon.
pub(crate) fn ascription(p: &mut Parser<'_>) {
    p.expect(T![:]);
    if p.at(T![=]) {
        // `let x: = 1;`: no type starts with `=`, so leave it to the caller.
        p.error("expected a type");
        return;
    }
    type_(p);
}

fn type_with_bounds_cond(p: &mut Parser<'_>, allow_bounds: bool) {
    let first = p.current();
    if p.nested(|p| type_inner(p, allow_bounds)).is_none() {
        skip_too_deep_rest(p, first, TYPE_SKIP_STOP);
    }
}

fn type_inner(p: &mut Parser<'_>, allow_bounds: bool) {
    match p.current() {
        T!['('] => paren_or_tuple_type(p),
        T![!] => never_type(p),
        T![*] => ptr_type(p),
        T!['['] => array_or_slice_type(p),
        T![&] => ref_type(p),
        T![_] => infer_type(p),
        T![fn] | T![unsafe] | T![extern] => fn_ptr_type(p),
        T![for] => for_type(p, allow_bounds),
        T![impl] => impl_trait_type(p),
        IDENT if p.nth(1) == T![#] && p.at_contextual_kw(T![builtin]) => pattern_type(p),
        T![dyn] => dyn_trait_type(p),
        IDENT if p.edition() < Edition::Edition2018 && is_dyn_weak(p) => dyn_trait_type_weak(p),
        _ if paths::is_path_start(p) => path_or_macro_type(p, allow_bounds),
        LIFETIME_IDENT if p.nth_at(1, T![+]) => bare_dyn_trait_type(p),
        _ => p.err_recover("expected a type", TYPE_RECOVERY_SET),
    }
}

/// Whether a 2015 `dyn` (a contextual keyword then) starts a trait object here: `dyn Trait`,
/// `dyn 'a + Trait`, `dyn ?Sized`, `dyn for<'a> Trait<'a>`, `dyn (Trait)`, but not the paths
/// `dyn::Trait` and `dyn<T>`.
pub(crate) fn is_dyn_weak(p: &Parser<'_>) -> bool {
    const WEAK_DYN_BOUND_FIRST: TokenSet =
        TokenSet::new(&[IDENT, T![self], T![super], T![crate], T![Self], LIFETIME_IDENT, T![?], T![for], T!['(']]);
    p.at_contextual_kw(T![dyn]) && WEAK_DYN_BOUND_FIRST.contains(p.nth(1))
}

/// `PAREN_TYPE`, `(T)`, or `TUPLE_TYPE`: `()`, `(T,)`, `(A, B)`.
fn paren_or_tuple_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T!['(']);
    let mut n_types = 0u32;
    let mut has_comma = false;
    while !p.at(EOF) && !p.at(T![')']) {
        if !p.at_ts(TYPE_FIRST) {
            if p.at(T![,]) {
                // `(, u8)` or `(u8,,)`: a missing type.
                let e = p.start();
                p.error("expected a type");
                p.bump(T![,]);
                e.complete(p, ERROR);
                has_comma = true;
                continue;
            }
            break;
        }
        n_types += 1;
        type_(p);
        let comma = p.eat(T![,]);
        has_comma |= comma;
        if !comma {
            if p.at_ts(TYPE_FIRST) {
                p.error("expected `,`");
                continue;
            }
            break;
        }
    }
    if !p.eat(T![')']) {
        if p.at(T!['{']) || p.at(T!['}']) || p.at(EOF) {
            p.error("expected `)`");
        } else {
            p.err_recover("expected `)`", TYPE_RECOVERY_SET.union(TokenSet::new(&[T![')']])));
            p.eat(T![')']);
        }
    }
    // `(A)` is a parenthesized type; `()`, `(A,)` and `(A, B)` are tuples.
    let kind = if n_types == 1 && !has_comma { PAREN_TYPE } else { TUPLE_TYPE };
    m.complete(p, kind);
}

/// `NEVER_TYPE`: `!`.
fn never_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![!]);
    m.complete(p, NEVER_TYPE);
}

/// `PTR_TYPE`: `*const T`, `*mut T`.
fn ptr_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![*]);
    if !p.eat(T![const]) && !p.eat(T![mut]) {
        p.error("expected `const` or `mut` after `*` in a raw pointer type");
    }
    type_no_bounds(p);
    m.complete(p, PTR_TYPE);
}

/// `ARRAY_TYPE`, `[T; N]` (the length is an expression, in a `CONST_ARG`), or `SLICE_TYPE`,
/// `[T]`.
fn array_or_slice_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T!['[']);
    type_(p);
    let kind = if p.eat(T![;]) {
        let len = p.start();
        if expressions::expr(p).is_none() {
            p.error("expected the length of the array");
        }
        len.complete(p, CONST_ARG);
        ARRAY_TYPE
    } else {
        if !p.at(T![']']) {
            p.error("expected `;` or `]`");
        }
        SLICE_TYPE
    };
    if kind == ARRAY_TYPE {
        p.expect(T![']']);
    } else {
        p.eat(T![']']);
    }
    m.complete(p, kind);
}

/// `REF_TYPE`: `&T`, `&'a T`, `&mut T`, `&'a mut T`.
fn ref_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![&]);
    if p.at(LIFETIME_IDENT) {
        lifetime(p);
    }
    p.eat(T![mut]);
    type_no_bounds(p);
    m.complete(p, REF_TYPE);
}

/// `INFER_TYPE`: `_`.
fn infer_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![_]);
    m.complete(p, INFER_TYPE);
}

/// `FN_PTR_TYPE`: `unsafe? (extern "abi"?)? fn(params) (-> Type)?`.
fn fn_ptr_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.eat(T![unsafe]);
    if p.at(T![extern]) {
        abi(p);
    }
    if !p.eat(T![fn]) {
        p.error("expected `fn`");
        m.complete(p, FN_PTR_TYPE);
        return;
    }
    if p.at(T!['(']) {
        params::param_list_fn_ptr(p);
    } else {
        p.error("expected the parameters of the function pointer type");
    }
    params::opt_ret_type(p);
    m.complete(p, FN_PTR_TYPE);
}

/// `ABI`: `extern` and an optional string, `extern "C"`.
pub(crate) fn abi(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![extern]);
    if matches!(p.current(), STRING | RAW_STRING) {
        p.bump_any();
    }
    m.complete(p, ABI);
}

/// `FOR_TYPE`: `for<'a> fn(&'a u8)`, `for<'a> Trait<'a>`. With bounds allowed,
/// `for<'a> Trait<'a> + Send` is a trait object.
fn for_type(p: &mut Parser<'_>, allow_bounds: bool) {
    let m = p.start();
    generics::for_binder(p);
    match p.current() {
        T![fn] | T![unsafe] | T![extern] => {}
        _ if paths::is_use_path_start(p) => {}
        _ => p.error("expected a function pointer type or a trait after `for<...>`"),
    }
    type_no_bounds(p);
    let ty = m.complete(p, FOR_TYPE);
    if allow_bounds {
        opt_bounds_as_dyn_trait_type(p, ty);
    }
}

/// `IMPL_TRAIT_TYPE`: `impl Bound + Bound`.
fn impl_trait_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![impl]);
    generics::bounds_without_colon(p);
    m.complete(p, IMPL_TRAIT_TYPE);
}

/// `DYN_TRAIT_TYPE`: `dyn Bound + Bound` (2018 and later).
fn dyn_trait_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![dyn]);
    generics::bounds_without_colon(p);
    m.complete(p, DYN_TRAIT_TYPE);
}

/// `DYN_TRAIT_TYPE` with 2015's contextual `dyn`: `dyn Bound + Bound`.
fn dyn_trait_type_weak(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump_remap(T![dyn]);
    generics::bounds_without_colon(p);
    m.complete(p, DYN_TRAIT_TYPE);
}

/// A bare trait object that starts with a lifetime: `'a + Trait`.
fn bare_dyn_trait_type(p: &mut Parser<'_>) {
    let m = p.start();
    generics::bounds_without_colon(p);
    m.complete(p, DYN_TRAIT_TYPE);
}

/// `PATH_TYPE`, or `MACRO_TYPE` for a macro call in type position (`mac!(...)`). With bounds
/// allowed, `Path + Bound` is a bare trait object.
fn path_or_macro_type(p: &mut Parser<'_>, allow_bounds: bool) {
    let outer = p.start();
    let call = p.start();
    paths::type_path(p);
    let kind = if p.at(T![!]) && !p.at(T![!=]) {
        paths::macro_call_after_bang(p);
        call.complete(p, MACRO_CALL);
        MACRO_TYPE
    } else {
        call.abandon(p);
        PATH_TYPE
    };
    let ty = outer.complete(p, kind);
    if allow_bounds {
        opt_bounds_as_dyn_trait_type(p, ty);
    }
}

/// `PATH_TYPE` alone, bounds after it included when `allow_bounds`.
pub(crate) fn path_type_bounds(p: &mut Parser<'_>, allow_bounds: bool) {
    let m = p.start();
    paths::type_path(p);
    let ty = m.complete(p, PATH_TYPE);
    if allow_bounds {
        opt_bounds_as_dyn_trait_type(p, ty);
    }
}

/// Turns a finished `PATH_TYPE` or `FOR_TYPE` followed by `+` into a bare trait object,
/// `DYN_TRAIT_TYPE(TYPE_BOUND_LIST(TYPE_BOUND(ty) + ...))`. A macro type stays as it is: a
/// `+` after it is for the caller to report.
pub(crate) fn opt_bounds_as_dyn_trait_type(p: &mut Parser<'_>, ty: CompletedMarker) -> CompletedMarker {
    if !p.at(T![+]) || !matches!(ty.kind(), PATH_TYPE | FOR_TYPE) {
        return ty;
    }
    let bound = ty.precede(p).complete(p, TYPE_BOUND);
    let list = bound.precede(p);
    p.bump(T![+]);
    let list = generics::bounds_without_colon_m(p, list);
    list.precede(p).complete(p, DYN_TRAIT_TYPE)
}

/// Skips the rest of a construct whose start went past the nesting limit, as one `ERROR` node.
/// The limit's own error node took the first token, of kind `first`. Skipping goes to the next
/// token of `stop` outside any brackets, or to a `>` that closes an angle bracket opened before.
/// No error is added: the nesting limit has reported it.
pub(crate) fn skip_too_deep_rest(p: &mut Parser<'_>, first: SyntaxKind, stop: TokenSet) {
    let m = p.start();
    let mut consumed = false;
    // The limit took the `<` of a generic argument list or a qualified path: skip to its `>`.
    let mut angles = u32::from(first == T![<]);
    if first == T![:] && p.at(T![:]) {
        // The limit took the first `:` of a `::`; the second one goes too.
        p.bump_any();
        consumed = true;
    }
    let mut groups = 0u32;
    loop {
        let kind = p.current();
        match kind {
            EOF => break,
            T![')'] | T![']'] | T!['}'] => {
                if groups == 0 {
                    break;
                }
                groups -= 1;
            }
            T!['{'] if groups == 0 && angles == 0 && stop.contains(T!['{']) => break,
            T!['('] | T!['['] | T!['{'] => groups += 1,
            _ if groups > 0 => {}
            T![<] => angles += 1,
            T![>] => {
                if angles == 0 {
                    break;
                }
                angles -= 1;
            }
            T![-] if p.at(T![->]) => {
                p.bump(T![->]);
                consumed = true;
                continue;
            }
            T![:] if p.at(T![::]) => {
                p.bump(T![::]);
                consumed = true;
                continue;
            }
            _ if angles == 0 && stop.contains(kind) => break,
            _ => {}
        }
        p.bump_any();
        consumed = true;
    }
    if consumed {
        m.complete(p, ERROR);
    } else {
        m.abandon(p);
    }
}

#[cfg(test)]
pub(super) mod tests;

/// `PATTERN_TYPE`, the expansion of `pattern_type!`: `builtin # pattern_type(u32 is 1..)`, the
/// one `builtin #` form of types. Its pattern may also be `!null` (`NOT_NULL`), for pointers.
fn pattern_type(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump_remap(T![builtin]);
    p.bump(T![#]);
    if !p.eat_contextual_kw(T![pattern_type]) {
        p.err_recover("expected `pattern_type` after `builtin #`", TokenSet::new(&[T!['('], T![')']]));
    }
    if p.expect(T!['(']) {
        type_(p);
        if !p.eat_contextual_kw(T![is]) {
            p.error("expected `is`");
        }
        if p.at(T![!]) && p.nth_at_contextual_kw(1, T![null]) {
            let not_null = p.start();
            p.bump(T![!]);
            p.bump_remap(T![null]);
            not_null.complete(p, NOT_NULL);
        } else if !p.at(T![')']) {
            patterns::pattern_top(p);
        }
        p.expect(T![')']);
    }
    m.complete(p, PATTERN_TYPE);
}

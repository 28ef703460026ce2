//! Generic parameters, where clauses, bounds and `for<...>` binders.

#[cfg(test)]
mod tests;

use super::*;
use crate::parser::CompletedMarker;

/// `GENERIC_PARAM_LIST`, `<...>`, if one starts here.
pub(crate) fn opt_generic_param_list(p: &mut Parser<'_>) {
    if p.at(T![<]) {
        generic_param_list(p);
    }
}

/// The tokens that start a generic parameter.
const GENERIC_PARAM_FIRST: TokenSet = TokenSet::new(&[IDENT, LIFETIME_IDENT, T![const], T![#]]);

/// `GENERIC_PARAM_LIST`: `<'a: 'b, T: Bound = Default, const N: usize = 3>`.
pub(crate) fn generic_param_list(p: &mut Parser<'_>) {
    debug_assert!(p.at(T![<]));
    p.nested(|p| {
        let m = p.start();
        delimited(p, T![<], T![>], T![,], "expected a generic parameter", GENERIC_PARAM_FIRST, |p| {
            let m = p.start();
            let has_attributes = p.at(T![#]);
            attributes::outer_attrs(p);
            generic_param(p, m, has_attributes)
        });
        m.complete(p, GENERIC_PARAM_LIST);
    });
}

/// One generic parameter after its attributes (started by `m`). Returns whether anything was
/// consumed.
fn generic_param(p: &mut Parser<'_>, m: Marker, has_attributes: bool) -> bool {
    match p.current() {
        LIFETIME_IDENT => lifetime_param(p, m),
        IDENT => type_param(p, m),
        T![const] => const_param(p, m),
        _ if has_attributes => {
            p.error("expected a generic parameter after the attributes");
            m.complete(p, ERROR);
        }
        _ => {
            m.abandon(p);
            return false;
        }
    }
    true
}

/// `LIFETIME_PARAM`: `'a`, `'a: 'b + 'c`.
fn lifetime_param(p: &mut Parser<'_>, m: Marker) {
    lifetime(p);
    if p.eat(T![:]) {
        lifetime_bounds(p);
    }
    m.complete(p, LIFETIME_PARAM);
}

/// `TYPE_PARAM`: `T`, `T: Bound + Bound`, `T = Default`, `T: Bound = Default`.
fn type_param(p: &mut Parser<'_>, m: Marker) {
    name(p);
    if p.at(T![:]) {
        bounds(p);
    }
    if p.eat(T![=]) {
        types::type_(p);
    }
    m.complete(p, TYPE_PARAM);
}

/// `CONST_PARAM`: `const N: usize`, `const N: usize = 3`.
fn const_param(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![const]);
    name_r(p, TokenSet::new(&[T![:], T![=], T![,], T![>]]));
    if p.at(T![:]) {
        types::ascription(p);
    } else {
        p.error("missing type for const parameter");
    }
    if p.eat(T![=]) {
        const_arg(p);
    }
    m.complete(p, CONST_PARAM);
}

/// `CONST_ARG`, the default value of a const parameter: a block, a literal (possibly negated)
/// or a name, since `>` ends the list.
fn const_arg(p: &mut Parser<'_>) {
    let m = p.start();
    match p.current() {
        T!['{'] => expressions::block_expr(p),
        T![-] => {
            let prefix = p.start();
            p.bump(T![-]);
            if expressions::literal(p).is_none() {
                p.error("expected a literal");
            }
            prefix.complete(p, PREFIX_EXPR);
        }
        kind if expressions::LITERAL_FIRST.contains(kind) => {
            expressions::literal(p);
        }
        IDENT | T![self] | T![super] | T![crate] | T![Self] => const_arg_path(p),
        T![:] if p.at(T![::]) => const_arg_path(p),
        _ => {
            m.abandon(p);
            p.err_recover("expected a const argument: a literal, a block or a path", TokenSet::new(&[T![,], T![>]]));
            return;
        }
    }
    m.complete(p, CONST_ARG);
}

/// `PATH_EXPR`, a const argument that names a constant. As in rustc, only a name stands
/// unbraced: a longer path (`i32::MAX`) is an expression, to be written in a block.
fn const_arg_path(p: &mut Parser<'_>) {
    let one_name = !p.at(T![::]) && !p.nth_at(1, T![::]) && p.nth(1) != T![<];
    let m = p.start();
    if !one_name {
        p.error("expressions must be enclosed in braces to be used as const generic arguments");
    }
    paths::expr_path(p);
    m.complete(p, PATH_EXPR);
}

/// The bounds of a lifetime parameter: `'b + 'c`, as a `TYPE_BOUND_LIST`.
fn lifetime_bounds(p: &mut Parser<'_>) {
    let m = p.start();
    loop {
        if p.at(LIFETIME_IDENT) {
            let bound = p.start();
            lifetime(p);
            bound.complete(p, TYPE_BOUND);
        } else if at_bound_start(p) {
            p.error("expected a lifetime");
            type_bound(p);
        } else {
            break;
        }
        if !p.eat(T![+]) {
            break;
        }
    }
    m.complete(p, TYPE_BOUND_LIST);
}

/// `: Bound + Bound`, the colon included, if there is a colon.
pub(crate) fn bounds(p: &mut Parser<'_>) {
    if p.eat(T![:]) {
        bounds_without_colon(p);
    }
}

/// `TYPE_BOUND_LIST`: `Bound + Bound`, possibly empty, with a trailing `+` allowed.
pub(crate) fn bounds_without_colon(p: &mut Parser<'_>) {
    let m = p.start();
    bounds_without_colon_m(p, m);
}

/// `TYPE_BOUND_LIST` in the node started by `m` (`impl` and `dyn` types start it before their
/// keyword's bounds, or before a path that turns out to be the first bound).
pub(crate) fn bounds_without_colon_m(p: &mut Parser<'_>, m: Marker) -> CompletedMarker {
    while type_bound(p) {
        if !p.eat(T![+]) {
            break;
        }
    }
    m.complete(p, TYPE_BOUND_LIST)
}

/// The tokens that start a bound, besides paths.
const BOUND_FIRST: TokenSet = TokenSet::new(&[
    LIFETIME_IDENT,
    T!['('],
    T![for],
    T![?],
    T![!],
    T![~],
    T![const],
    T![async],
    IDENT,
    T![self],
    T![super],
    T![crate],
    T![Self],
]);

/// Whether a bound starts here.
fn at_bound_start(p: &Parser<'_>) -> bool {
    match p.current() {
        T![:] => p.at(T![::]),
        T!['['] => p.nth(1) == T![const],
        T![use] => p.nth(1) == T![<],
        kind => BOUND_FIRST.contains(kind),
    }
}

/// `TYPE_BOUND`, if one starts here: `'a`, `Trait`, `?Sized`, `!Trait`, `~const Trait`,
/// `const Trait`, `[const] Trait`, `async Fn()`, `for<'a> Trait<'a>`, `?for<'a> Trait`,
/// `(Trait)`, `use<'a, T>`. Returns whether there was one.
pub(crate) fn type_bound(p: &mut Parser<'_>) -> bool {
    if !at_bound_start(p) {
        return false;
    }
    let m = p.start();
    let has_paren = p.eat(T!['(']);
    match p.current() {
        LIFETIME_IDENT => lifetime(p),
        T![use] if p.nth(1) == T![<] => {
            p.bump(T![use]);
            use_bound_generic_args(p);
        }
        _ => {
            if !trait_bound(p) && !has_paren {
                m.abandon(p);
                return false;
            }
        }
    }
    if has_paren {
        p.expect(T![')']);
    }
    m.complete(p, TYPE_BOUND);
    true
}

/// The parts of a trait bound: binder, modifiers and path. Returns whether anything was
/// consumed; reports an error when modifiers are not followed by a path.
fn trait_bound(p: &mut Parser<'_>) -> bool {
    let mut consumed = false;
    let has_binder = p.at(T![for]);
    if has_binder {
        for_binder(p);
        consumed = true;
    }
    match p.current() {
        T![~] => {
            p.bump(T![~]);
            p.expect(T![const]);
            consumed = true;
        }
        T!['['] if p.nth(1) == T![const] => {
            p.bump(T!['[']);
            p.bump(T![const]);
            p.expect(T![']']);
            consumed = true;
        }
        T![const] => {
            p.bump(T![const]);
            consumed = true;
        }
        _ => {}
    }
    consumed |= p.eat(T![async]);
    if p.at(T![?]) || p.at(T![!]) {
        if has_binder {
            // As rustc, which has no meaning for a binder on `?Sized` or `!Trait`.
            let polarity = if p.at(T![?]) { "?" } else { "!" };
            p.error(format!("`for<...>` binder not allowed with `{polarity}` trait polarity modifier"));
        }
        p.bump_any();
        consumed = true;
        // `?for<'a> Trait`: rustc rejects the binder after the polarity; parse it, with an error.
        if p.at(T![for]) {
            p.error("`for<...>` binder should be placed before trait bound modifiers");
            for_binder(p);
        }
    }
    let at_path = match p.current() {
        IDENT | T![self] | T![super] | T![crate] | T![Self] => true,
        T![:] => p.at(T![::]),
        _ => false,
    };
    if at_path {
        let path_type = p.start();
        paths::type_path(p);
        path_type.complete(p, PATH_TYPE);
        return true;
    }
    p.error(if consumed { "expected a trait" } else { "expected a bound" });
    consumed
}

/// `USE_BOUND_GENERIC_ARGS`: `<'a, T, Self>`, the precise capturing list of `use<...>`.
fn use_bound_generic_args(p: &mut Parser<'_>) {
    let m = p.start();
    delimited(
        p,
        T![<],
        T![>],
        T![,],
        "expected a lifetime or a type parameter",
        TokenSet::new(&[LIFETIME_IDENT, IDENT, T![Self]]),
        |p| match p.current() {
            LIFETIME_IDENT => {
                lifetime(p);
                true
            }
            IDENT | T![Self] => {
                let name_ref = p.start();
                p.bump_any();
                name_ref.complete(p, NAME_REF);
                true
            }
            _ => false,
        },
    );
    m.complete(p, USE_BOUND_GENERIC_ARGS);
}

/// `WHERE_CLAUSE`, if one starts here: `where 'a: 'b, T: Bound, for<'a> F: Fn(&'a u8),`.
pub(crate) fn opt_where_clause(p: &mut Parser<'_>) {
    where_clause(p, false);
}

/// `WHERE_CLAUSE` before the fields of a struct: a parenthesized group that is not followed by
/// `:` ends it, since it is a misplaced tuple struct body (`struct S<T> where T: Copy, (T);`).
pub(crate) fn opt_where_clause_before_fields(p: &mut Parser<'_>) {
    where_clause(p, true);
}

/// `WHERE_CLAUSE`, if one starts here: `where Pred, Pred,`.
fn where_clause(p: &mut Parser<'_>, before_fields: bool) {
    if !p.at(T![where]) {
        return;
    }
    let m = p.start();
    p.bump(T![where]);
    loop {
        if !at_where_predicate_start(p) || (before_fields && p.at(T!['(']) && !paren_group_followed_by_colon(p)) {
            break;
        }
        where_predicate(p);
        if !p.eat(T![,]) {
            if at_where_predicate_start(p) && !p.at(T!['(']) {
                p.error("expected `,`");
                continue;
            }
            break;
        }
    }
    m.complete(p, WHERE_CLAUSE);
}

/// Whether a where predicate starts here: a lifetime, `for`, or a type (not `impl Trait`).
fn at_where_predicate_start(p: &Parser<'_>) -> bool {
    match p.current() {
        LIFETIME_IDENT | T![for] => true,
        T![impl] => false,
        T![:] => p.at(T![::]),
        kind => params::TYPE_FIRST.contains(kind),
    }
}

/// Whether the parenthesized group here is followed by `:` (looking at most a few dozen tokens
/// ahead).
fn paren_group_followed_by_colon(p: &Parser<'_>) -> bool {
    let mut depth = 0u32;
    for n in 0..64 {
        match p.nth(n) {
            T!['('] | T!['['] | T!['{'] => depth += 1,
            T![')'] | T![']'] | T!['}'] => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return p.nth(n + 1) == T![:] && !p.nth_at(n + 1, T![::]);
                }
            }
            EOF => return false,
            _ => {}
        }
    }
    false
}

/// `WHERE_PRED`: `'a: 'b + 'c`, `T: Bound`, `for<'a> F: Fn(&'a u8)`, `Vec<T>: Clone`.
fn where_predicate(p: &mut Parser<'_>) {
    let m = p.start();
    if p.at(LIFETIME_IDENT) {
        lifetime(p);
        if p.eat(T![:]) {
            lifetime_bounds(p);
        } else {
            p.error("expected `:`");
        }
    } else {
        if p.at(T![for]) {
            for_binder(p);
        }
        types::type_(p);
        if p.at(T![:]) && !p.at(T![::]) {
            bounds(p);
        } else {
            p.error("expected `:`");
            // `T Clone`: the bounds are there, the colon is not.
            if at_bound_start(p) && !p.at(LIFETIME_IDENT) {
                bounds_without_colon(p);
            }
        }
    }
    m.complete(p, WHERE_PRED);
}

/// `FOR_BINDER`: `for<'a, 'b>`.
pub(crate) fn for_binder(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![for]);
    if p.at(T![<]) {
        generic_param_list(p);
    } else {
        p.error("expected `<`");
    }
    m.complete(p, FOR_BINDER);
}

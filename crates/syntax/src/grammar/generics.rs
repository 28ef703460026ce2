//! Generic parameters, where clauses, bounds and `for<...>` binders.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// `GENERIC_PARAM_LIST`, `<...>`, if one starts here.
pub(crate) fn opt_generic_param_list(p: &mut Parser<'_>) {
    let _ = p;
}

/// `WHERE_CLAUSE`, if one starts here.
pub(crate) fn opt_where_clause(p: &mut Parser<'_>) {
    let _ = p;
}

/// `: Bound + Bound`, the colon included, if there is a colon.
pub(crate) fn bounds(p: &mut Parser<'_>) {
    if p.eat(T![:]) {
        bounds_without_colon(p);
    }
}

/// `TYPE_BOUND_LIST`: `Bound + Bound`.
pub(crate) fn bounds_without_colon(p: &mut Parser<'_>) {
    let m = p.start();
    bounds_without_colon_m(p, m);
}

/// `TYPE_BOUND_LIST` in the node started by `m`.
pub(crate) fn bounds_without_colon_m(p: &mut Parser<'_>, m: Marker) -> crate::parser::CompletedMarker {
    while paths::is_path_start(p) || p.at(LIFETIME_IDENT) {
        let bound = p.start();
        if p.at(LIFETIME_IDENT) {
            lifetime(p);
        } else {
            types::type_(p);
        }
        bound.complete(p, TYPE_BOUND);
        if !p.eat(T![+]) {
            break;
        }
    }
    m.complete(p, TYPE_BOUND_LIST)
}

/// `FOR_BINDER`: `for<'a, 'b>`.
pub(crate) fn for_binder(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T![for]);
    opt_generic_param_list(p);
    m.complete(p, FOR_BINDER);
}

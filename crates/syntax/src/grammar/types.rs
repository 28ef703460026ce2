//! Types.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// A type, bounds included (`dyn A + B` style sums are allowed).
pub(crate) fn type_(p: &mut Parser<'_>) {
    if paths::is_path_start(p) {
        let m = p.start();
        paths::type_path(p);
        m.complete(p, PATH_TYPE);
    } else if p.at(T!['(']) && p.nth(1) == T![')'] {
        let m = p.start();
        p.bump(T!['(']);
        p.bump(T![')']);
        m.complete(p, TUPLE_TYPE);
    } else {
        p.err_recover("expected a type", TokenSet::new(&[T![,], T![')'], T![>], T![;], T![=]]));
    }
}

/// A type where a `+` would be ambiguous (after `&` or `->`, for example).
pub(crate) fn type_no_bounds(p: &mut Parser<'_>) {
    type_(p);
}

/// `: Type`.
pub(crate) fn ascription(p: &mut Parser<'_>) {
    p.expect(T![:]);
    type_(p);
}

//! Constants and statics.

use super::*;

/// `CONST`: `const NAME: Type = value;`, `const _: Type = value;`, without a value in traits,
/// with the unstable generic parameters and where clause (`const C<T>: u32 = 0 where ...;`), and
/// as the unstable `type const N: usize = 3;`.
pub(super) fn konst(p: &mut Parser<'_>, m: Marker) {
    p.eat(T![type]);
    p.bump(T![const]);
    if p.at(T![mut]) {
        p.err_and_bump("a constant cannot be `mut`");
    }
    if !p.eat(T![_]) {
        name_r(p, NAME_RECOVERY_SET);
    }
    p.folded_when_skimming(|p| {
        generics::opt_generic_param_list(p);
        if p.at(T![:]) {
            types::ascription(p);
        } else {
            p.error("missing type for `const` item");
        }
        if p.eat(T![=]) {
            expr_or_error(p);
        }
        generics::opt_where_clause(p);
    });
    p.expect(T![;]);
    m.complete(p, CONST);
}

/// `STATIC`: `static NAME: Type = value;`, `static mut NAME: Type = value;`, and without a value
/// in extern blocks (where it may be `safe` or `unsafe`, consumed by the caller).
pub(super) fn static_(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![static]);
    p.eat(T![mut]);
    name_r(p, NAME_RECOVERY_SET);
    p.folded_when_skimming(|p| {
        if p.at(T![<]) {
            p.error("a static cannot have generic parameters");
            generics::opt_generic_param_list(p);
        }
        if p.at(T![:]) {
            types::ascription(p);
        } else {
            p.error("missing type for `static` item");
        }
        if p.eat(T![=]) {
            expr_or_error(p);
        }
    });
    p.expect(T![;]);
    m.complete(p, STATIC);
}

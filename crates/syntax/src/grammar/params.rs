//! Parameter lists of functions, closures and function pointer types, and return types.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// The `PARAM_LIST` of a function definition, `self` parameters included.
pub(crate) fn param_list_fn_def(p: &mut Parser<'_>) {
    param_list(p, T!['('], T![')']);
}

/// The `PARAM_LIST` of a function pointer type, where names are optional.
pub(crate) fn param_list_fn_ptr(p: &mut Parser<'_>) {
    param_list(p, T!['('], T![')']);
}

/// The `PARAM_LIST` of a closure, `|a, b: u32|` (or `||`).
pub(crate) fn param_list_closure(p: &mut Parser<'_>) {
    let m = p.start();
    if p.eat(T![||]) {
        m.complete(p, PARAM_LIST);
        return;
    }
    p.bump(T![|]);
    while !p.at(T![|]) && !p.at(EOF) {
        let param = p.start();
        patterns::pattern_single(p);
        if p.at(T![:]) {
            types::ascription(p);
        }
        param.complete(p, PARAM);
        if !p.eat(T![,]) {
            break;
        }
    }
    p.expect(T![|]);
    m.complete(p, PARAM_LIST);
}

fn param_list(p: &mut Parser<'_>, bra: SyntaxKind, ket: SyntaxKind) {
    let m = p.start();
    delimited(p, bra, ket, T![,], "expected a parameter", TokenSet::EMPTY, |p| {
        if p.at(ket) {
            return false;
        }
        let param = p.start();
        patterns::pattern_single(p);
        types::ascription(p);
        param.complete(p, PARAM);
        true
    });
    m.complete(p, PARAM_LIST);
}

/// `RET_TYPE`, `-> Type`, if there is one.
pub(crate) fn opt_ret_type(p: &mut Parser<'_>) -> bool {
    if !p.at(T![->]) {
        return false;
    }
    let m = p.start();
    p.bump(T![->]);
    types::type_no_bounds(p);
    m.complete(p, RET_TYPE);
    true
}

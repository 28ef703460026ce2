//! Attributes: `#[outer]`, `#![inner]`, and the meta item inside them.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// Inner attributes, `#![...]`, as many as there are.
pub(crate) fn inner_attrs(p: &mut Parser<'_>) {
    while p.at(T![#]) && p.nth(1) == T![!] {
        attr(p, true);
    }
}

/// Outer attributes, `#[...]`, as many as there are.
pub(crate) fn outer_attrs(p: &mut Parser<'_>) {
    while p.at(T![#]) {
        attr(p, false);
    }
}

fn attr(p: &mut Parser<'_>, inner: bool) {
    let m = p.start();
    p.bump(T![#]);
    if inner {
        p.bump(T![!]);
    }
    if p.eat(T!['[']) {
        meta(p);
        p.expect(T![']']);
    } else {
        p.error("expected `[`");
    }
    m.complete(p, ATTR);
}

/// `META`: `path`, `path = expr`, or `path` followed by a token tree.
pub(crate) fn meta(p: &mut Parser<'_>) {
    let m = p.start();
    paths::use_path(p);
    match p.current() {
        T![=] => {
            p.bump(T![=]);
            if expressions::expr(p).is_none() {
                p.error("expected an expression");
            }
        }
        T!['('] | T!['['] | T!['{'] => token_tree(p),
        _ => {}
    }
    m.complete(p, META);
}

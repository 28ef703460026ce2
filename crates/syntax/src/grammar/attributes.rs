//! Attributes: `#[outer]`, `#![inner]`, and the meta item inside them.
//!
//! Doc comments are comments, not attributes: the tree builder attaches them as trivia.

#[cfg(test)]
mod tests;

use super::*;

/// The tokens that start an attribute.
pub(crate) const ATTRIBUTE_FIRST: TokenSet = TokenSet::new(&[T![#]]);

/// Where the recovery of a malformed attribute stops: the tokens that start an item, and those
/// that end or follow an attribute.
const ATTR_RECOVERY_SET: TokenSet = items::ITEM_RECOVERY_SET.union(TokenSet::new(&[T![']'], T![#]]));

/// Inner attributes, `#![...]`, as many as there are.
pub(crate) fn inner_attrs(p: &mut Parser<'_>) {
    while p.at(T![#]) && p.nth(1) == T![!] {
        attr(p, true);
    }
}

/// Outer attributes, `#[...]`, as many as there are. An inner attribute here is parsed, with an
/// error.
pub(crate) fn outer_attrs(p: &mut Parser<'_>) {
    while p.at(T![#]) {
        if p.nth(1) == T![!] {
            p.error("an inner attribute is not permitted in this context");
            attr(p, true);
        } else {
            attr(p, false);
        }
    }
}

/// `ATTR`: `#[meta]` or `#![meta]`.
fn attr(p: &mut Parser<'_>, inner: bool) {
    let m = p.start();
    p.bump(T![#]);
    if inner {
        p.bump(T![!]);
    }
    if p.eat(T!['[']) {
        meta(p);
        if !p.eat(T![']']) {
            p.error("expected `]`");
            skip_to_attr_end(p);
        }
    } else {
        p.error("expected `[`");
    }
    m.complete(p, ATTR);
}

/// Skips what is left of a malformed attribute, up to and including its `]`, stopping at what
/// starts an item.
fn skip_to_attr_end(p: &mut Parser<'_>) {
    if matches!(p.current(), EOF | T!['{'] | T!['}']) || p.at_ts(ATTR_RECOVERY_SET) {
        return;
    }
    let m = p.start();
    loop {
        match p.current() {
            T!['('] | T!['['] => token_tree(p),
            EOF | T!['{'] | T!['}'] | T![']'] => break,
            _ if p.at_ts(ATTR_RECOVERY_SET) => break,
            _ => p.bump_any(),
        }
    }
    m.complete(p, ERROR);
    p.eat(T![']']);
}

/// `META`, the inside of an attribute: `path`, `path = expr`, `path(tokens)` (also `[...]` and
/// `{...}`), each possibly wrapped as `unsafe(...)`: `#[unsafe(no_mangle)]`.
pub(crate) fn meta(p: &mut Parser<'_>) {
    let m = p.start();
    let is_unsafe = p.at(T![unsafe]) && p.nth(1) == T!['('];
    if is_unsafe {
        p.bump(T![unsafe]);
        p.bump(T!['(']);
    }
    if at_attr_path_start(p) {
        paths::use_path(p);
        match p.current() {
            T![=] if !p.at(T![==]) && !p.at(T![=>]) => {
                p.bump(T![=]);
                items::expr_or_error(p);
            }
            T!['('] | T!['['] | T!['{'] => token_tree(p),
            _ => {}
        }
    } else {
        p.err_recover("expected an attribute path", TokenSet::new(&[T![']'], T![=], T![')']]));
    }
    if is_unsafe {
        p.expect(T![')']);
    }
    m.complete(p, META);
}

/// Whether an attribute path starts here.
fn at_attr_path_start(p: &Parser<'_>) -> bool {
    match p.current() {
        IDENT | T![self] | T![super] | T![crate] => true,
        T![:] => p.at(T![::]),
        _ => false,
    }
}

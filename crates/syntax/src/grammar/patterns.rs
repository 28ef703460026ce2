//! Patterns.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// A pattern where or-patterns are allowed at the top, with an optional leading `|`.
pub(crate) fn pattern_top(p: &mut Parser<'_>) {
    p.eat(T![|]);
    pattern_single(p);
}

/// A pattern without top-level or-patterns (closure and function parameters, `pat_param`).
pub(crate) fn pattern_single(p: &mut Parser<'_>) {
    if p.at(IDENT) {
        let m = p.start();
        name(p);
        m.complete(p, IDENT_PAT);
    } else if p.at(T![_]) {
        let m = p.start();
        p.bump(T![_]);
        m.complete(p, WILDCARD_PAT);
    } else if p.at_ts(expressions::LITERAL_FIRST) {
        let m = p.start();
        expressions::literal(p);
        m.complete(p, LITERAL_PAT);
    } else {
        p.err_recover("expected a pattern", TokenSet::new(&[T![,], T![')'], T![|], T![=], T![:]]));
    }
}

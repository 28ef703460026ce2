//! Expressions, blocks and statements, with rustc's precedence and restrictions.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;
use crate::parser::CompletedMarker;

/// The tokens that start a literal.
pub(crate) const LITERAL_FIRST: TokenSet = TokenSet::new(&[
    T![true],
    T![false],
    INT_NUMBER,
    FLOAT_NUMBER,
    BYTE,
    CHAR,
    STRING,
    BYTE_STRING,
    C_STRING,
    RAW_STRING,
    RAW_BYTE_STRING,
    RAW_C_STRING,
]);

/// `LITERAL`, if one starts here.
pub(crate) fn literal(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if !p.at_ts(LITERAL_FIRST) {
        return None;
    }
    let m = p.start();
    p.bump_any();
    Some(m.complete(p, LITERAL))
}

/// An expression, if one starts here (otherwise nothing is consumed or an error is reported).
pub(crate) fn expr(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if let Some(literal) = literal(p) {
        return Some(literal);
    }
    if paths::is_path_start(p) {
        let m = p.start();
        paths::expr_path(p);
        return Some(m.complete(p, PATH_EXPR));
    }
    if p.at(T!['{']) {
        let m = p.start();
        block_expr(p);
        return Some(m.complete(p, BLOCK_EXPR));
    }
    None
}

/// `BLOCK_EXPR`: `{ statements }`.
pub(crate) fn block_expr(p: &mut Parser<'_>) {
    let m = p.start();
    let list = p.start();
    p.bump(T!['{']);
    stmt_list_contents(p);
    p.expect(T!['}']);
    list.complete(p, STMT_LIST);
    m.complete(p, BLOCK_EXPR);
}

/// The statements of a block (or of a macro expansion in statement position), up to `}`.
pub(crate) fn stmt_list_contents(p: &mut Parser<'_>) {
    while !p.at(EOF) && !p.at(T!['}']) {
        if p.eat(T![;]) {
            continue;
        }
        stmt(p);
    }
}

/// One statement: an item, a `let`, or an expression statement.
pub(crate) fn stmt(p: &mut Parser<'_>) {
    let m = p.start();
    attributes::outer_attrs(p);
    let m = match items::opt_item(p, m) {
        Ok(()) => return,
        Err(m) => m,
    };
    if expr(p).is_some() {
        p.eat(T![;]);
        m.complete(p, EXPR_STMT);
    } else {
        m.abandon(p);
        p.err_and_bump("expected a statement");
    }
}

//! Statements and blocks: `let`, items in blocks, expression statements and the tail
//! expression.

use super::{
    atoms::{body_block, stmt_list},
    *,
};

/// Whether a statement needs its `;`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Semicolon {
    /// In a block: `;` is required after `let` and after an expression that is not block-like,
    /// except for the tail expression.
    Required,
    /// The `stmt` fragment of macros: the statement stops before its `;`.
    Forbidden,
}

/// `BLOCK_EXPR`: `{ statements }`. Reports an error if there is no `{`. This is the entry for
/// other areas (function bodies, const arguments) and the `block` fragment of macros; it runs
/// one nesting level deeper, as items nest in blocks and blocks in items.
pub(crate) fn block_expr(p: &mut Parser<'_>) {
    if !p.at(T!['{']) {
        p.error("expected a block");
        return;
    }
    p.nested(|p| {
        let m = p.start();
        stmt_list(p);
        m.complete(p, BLOCK_EXPR);
    });
}

/// A function body in a parse without bodies ([`crate::TopEntryPoint::SourceFileWithoutBodies`]):
/// parsed exactly as [`block_expr`] parses it, so that its errors are found, but with its
/// statements (everything after the inner attributes, which are the function's) inside a
/// `SKIPPED_TOKENS` marker node, which the tree builder folds into one `SKIPPED_TOKENS` token.
pub(crate) fn folded_block(p: &mut Parser<'_>) {
    p.nested(|p| {
        let m = p.start();
        let list = p.start();
        p.bump(T!['{']);
        attributes::inner_attrs(p);
        let fold = p.start();
        statements(p);
        fold.complete(p, SKIPPED_TOKENS);
        p.expect(T!['}']);
        list.complete(p, STMT_LIST);
        m.complete(p, BLOCK_EXPR);
    });
}

/// The statements of a block (or of a macro expansion in statement position, `MACRO_STMTS`),
/// up to `}` or the end of input: inner attributes, then statements, empty statements (`;`)
/// and an optional tail expression, which is a direct child of the list (no `EXPR_STMT`).
pub(crate) fn stmt_list_contents(p: &mut Parser<'_>) {
    attributes::inner_attrs(p);
    statements(p);
}

/// The statements of [`stmt_list_contents`], after the inner attributes.
fn statements(p: &mut Parser<'_>) {
    loop {
        match p.current() {
            EOF | T!['}'] => break,
            T![;] => {
                p.bump(T![;]);
                continue;
            }
            _ => {}
        }
        stmt_with(p, Semicolon::Required);
    }
}

/// One statement without its trailing `;` (the `stmt` fragment of macros): an item, a
/// `let` statement, or an expression statement.
pub(crate) fn stmt(p: &mut Parser<'_>) {
    stmt_with(p, Semicolon::Forbidden);
}

/// A statement: `#[attr] let pat: Type = init else { diverge };`, an item, or `expr;`.
fn stmt_with(p: &mut Parser<'_>, semicolon: Semicolon) {
    let m = p.start();
    attributes::outer_attrs(p);
    let current = p.current();
    if current == T![let] || (current == T![super] && p.nth(1) == T![let]) {
        let_stmt(p, m, semicolon);
        return;
    }
    let m = if at_expr_keyword(p) {
        m
    } else {
        match items::opt_item(p, m) {
            Ok(()) => return,
            Err(m) => m,
        }
    };
    if !at_expr_start(p) {
        m.abandon(p);
        if p.at(T!['}']) || p.at(EOF) {
            // Only attributes get here: `{ #[attr] }`.
            p.error("expected a statement after the attributes");
        } else {
            p.err_and_bump("expected a statement");
        }
        return;
    }
    let Some((expr, block_like)) = expr_bp(p, Some(m), STMT, 1) else {
        return;
    };
    if matches!(p.current(), T!['}'] | EOF) {
        // The tail expression of the block.
        return;
    }
    let m = expr.precede(p);
    if semicolon == Semicolon::Required {
        if block_like == BlockLike::Block {
            p.eat(T![;]);
        } else {
            p.expect(T![;]);
        }
    }
    m.complete(p, EXPR_STMT);
}

/// Whether a keyword that can start an item starts an expression here: `unsafe {}`,
/// `const {}`, `const ||`, `static ||`, `async {}`, `async move ||`, `gen {}`.
fn at_expr_keyword(p: &Parser<'_>) -> bool {
    match p.current() {
        T![unsafe] => p.nth(1) == T!['{'],
        T![const] => match p.nth(1) {
            T!['{'] | T![|] | T![move] | T![static] => true,
            // `const async fn` is an item, `const async ||` a closure.
            T![async] => matches!(p.nth(2), T![|] | T![move]),
            _ => false,
        },
        T![static] => matches!(p.nth(1), T![|] | T![move] | T![async]),
        T![async] | T![gen] => {
            let mut n = 1;
            if p.at(T![async]) && p.nth(1) == T![gen] {
                n = 2;
            }
            if p.nth(n) == T![move] {
                n += 1;
            }
            matches!(p.nth(n), T!['{'] | T![|])
        }
        _ => false,
    }
}

/// `LET_STMT`: `let pat: Type = init else { diverge };`, or `super let` (unstable); `m` was
/// started before the outer attributes.
fn let_stmt(p: &mut Parser<'_>, m: Marker, semicolon: Semicolon) {
    p.eat(T![super]);
    p.bump(T![let]);
    patterns::pattern_top(p);
    if p.at(T![:]) {
        types::ascription(p);
    }
    let init = if p.eat(T![=]) { expr(p) } else { None };
    if p.at(T![else]) {
        // rustc's check (`expr_trailing_brace`) follows the rightmost operand down to a block-like
        // expression, a struct expression or a macro call in braces: whatever ends with `}`.
        if init.is_some() && p.prev_is(T!['}']) {
            p.error("a `let ... else` initializer cannot end with `}`: wrap it in parentheses");
        }
        let else_branch = p.start();
        p.bump(T![else]);
        body_block(p);
        else_branch.complete(p, LET_ELSE);
    }
    if semicolon == Semicolon::Required {
        p.expect(T![;]);
    }
    m.complete(p, LET_STMT);
}

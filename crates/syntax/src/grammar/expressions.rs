//! Expressions, blocks and statements, with rustc's precedence and restrictions.
//!
//! Binary operators are parsed by precedence climbing ([`expr_bp`]): each operator has a binding
//! power, and the right operand of an operator is parsed with a minimum binding power one above
//! it (left-associative) or equal to it (right-associative: assignments). Operands are unary
//! expressions ([`lhs`]): prefix operators, then an atom (`atoms.rs`) with its postfix
//! operators (calls, indexing, fields, method calls, `?`, `.await`).
//!
//! From the loosest to the tightest, as in the Reference:
//!
//! | binding power | operators                                  | associativity         |
//! | ------------- | ------------------------------------------ | --------------------- |
//! | 1             | `=` `+=` `-=` `*=` `/=` `%=` `&=` `\|=` `^=` `<<=` `>>=` | right |
//! | 2             | `..` `..=`                                 | none                  |
//! | 3             | `\|\|`                                     | left                  |
//! | 4             | `&&`                                       | left                  |
//! | 5             | `==` `!=` `<` `>` `<=` `>=`                | none (an error)       |
//! | 6             | `\|`                                       | left                  |
//! | 7             | `^`                                        | left                  |
//! | 8             | `&`                                        | left                  |
//! | 9             | `<<` `>>`                                  | left                  |
//! | 10            | `+` `-`                                    | left                  |
//! | 11            | `*` `/` `%`                                | left                  |
//! | 12            | `as`                                       | left                  |
//! | above         | unary `-` `!` `*` `&` `&mut` `&raw`, then postfix operators |      |
//!
//! `return`, `break`, closures and the like take everything to their right, so they bind the
//! loosest of all.
//!
//! Restrictions ([`Restrictions`]) carry rustc's context-sensitive rules: no struct literal in the
//! head of `if`, `while`, `match` and `for`; at the start of a statement, a block-like
//! expression (`{}`, `if`, `match`, loops, `unsafe {}`...) is a whole statement; `let` is an
//! expression only in the conditions of `if` and `while` and in match guards.
//!
//! Recursion is bounded: every expression goes through [`expr_bp`], which runs one nesting level
//! deeper with [`Parser::nested`]; past the limit, the rest of the too-deep expression is skipped
//! flatly.

mod asm;
mod atoms;
mod statements;

#[cfg(test)]
mod tests;

use super::*;
use crate::parser::CompletedMarker;

/// The rules that parse one `{}` node on their own, for incremental reparsing.
pub(crate) mod reparsers {
    pub(crate) use super::atoms::match_arm_list;

    /// `STMT_LIST`, the inside of a block.
    pub(crate) fn stmt_list(p: &mut crate::parser::Parser<'_>) {
        super::atoms::stmt_list(p);
    }
}

pub(crate) use self::{
    asm::global_asm_item,
    atoms::{LITERAL_FIRST, literal},
    statements::{block_expr, folded_block, stmt, stmt_list_contents},
};

/// The tokens that can start an expression, except for `::` (a path) and `..` (a range), which
/// are glued and checked by [`at_expr_start`].
pub(crate) const EXPR_FIRST: TokenSet = LITERAL_FIRST.union(TokenSet::new(&[
    IDENT,
    LIFETIME_IDENT,
    T![self],
    T![super],
    T![crate],
    T![Self],
    T![<],
    T!['('],
    T!['['],
    T!['{'],
    T![|],
    T![&],
    T![*],
    T![!],
    T![-],
    T![#],
    T![_],
    T![async],
    T![become],
    T![box],
    T![break],
    T![const],
    T![continue],
    T![do],
    T![for],
    T![gen],
    T![if],
    T![let],
    T![loop],
    T![match],
    T![move],
    T![return],
    T![static],
    T![try],
    T![unsafe],
    T![while],
    T![yield],
]));

/// Where error recovery inside an expression stops: the tokens that close what contains it.
pub(crate) const EXPR_RECOVERY_SET: TokenSet = TokenSet::new(&[T!['}'], T![')'], T![']'], T![,], T![;]]);

/// Whether an expression starts here.
pub(crate) fn at_expr_start(p: &Parser<'_>) -> bool {
    match p.current() {
        T![:] => p.at(T![::]),
        T![.] => p.at(T![..]),
        kind => EXPR_FIRST.contains(kind),
    }
}

/// What an expression is parsed under.
#[derive(Clone, Copy)]
struct Restrictions {
    /// No struct literal at the top level: the head of `if`, `while`, `match` and `for`, where
    /// `{` starts the body (`if x == S {}` compares with the path `S`).
    forbid_structs: bool,
    /// The expression starts a statement (or a match arm body): a block-like expression is the
    /// whole statement, not the operand of a binary operator, a call or an index.
    prefer_stmt: bool,
    /// `let` is an expression here: the condition of `if` or `while`, a match guard, and the
    /// operands of `&&` in them.
    allow_let: bool,
    /// The expression is the body of a match arm, where (unlike at the start of a statement) a
    /// braced macro call is not block-like: `_ => m! {} (),` calls what the macro gives.
    arm_body: bool,
}

/// An ordinary expression.
const EXPR: Restrictions =
    Restrictions { forbid_structs: false, prefer_stmt: false, allow_let: false, arm_body: false };
/// The head of `match` and `for`.
const HEAD: Restrictions = Restrictions { forbid_structs: true, prefer_stmt: false, allow_let: false, arm_body: false };
/// The condition of `if` and `while`.
const CONDITION: Restrictions =
    Restrictions { forbid_structs: true, prefer_stmt: false, allow_let: true, arm_body: false };
/// A match guard.
const GUARD: Restrictions =
    Restrictions { forbid_structs: false, prefer_stmt: false, allow_let: true, arm_body: false };
/// An expression statement.
const STMT: Restrictions = Restrictions { forbid_structs: false, prefer_stmt: true, allow_let: false, arm_body: false };
/// The body of a match arm.
const ARM_BODY: Restrictions =
    Restrictions { forbid_structs: false, prefer_stmt: true, allow_let: false, arm_body: true };

impl Restrictions {
    /// The restrictions of an operand inside this expression: only the struct restriction
    /// carries over.
    fn operand(self) -> Restrictions {
        Restrictions { forbid_structs: self.forbid_structs, ..EXPR }
    }
}

/// Whether an expression ends a statement without a semicolon (rustc's "expression is
/// complete").
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockLike {
    /// A block, `if`, `match`, a loop, `unsafe {}`, `const {}`, `try {}`, or `m! {}`.
    Block,
    /// Anything else.
    NotBlock,
}

/// The binding powers of the binary operators (see the table in the module documentation).
mod bp {
    pub(super) const ASSIGN: u8 = 1;
    pub(super) const RANGE: u8 = 2;
    pub(super) const OR: u8 = 3;
    pub(super) const AND: u8 = 4;
    pub(super) const COMPARE: u8 = 5;
    pub(super) const BIT_OR: u8 = 6;
    pub(super) const BIT_XOR: u8 = 7;
    pub(super) const BIT_AND: u8 = 8;
    pub(super) const SHIFT: u8 = 9;
    pub(super) const ADD: u8 = 10;
    pub(super) const MUL: u8 = 11;
    pub(super) const AS: u8 = 12;
    /// The operand of a unary operator: above every binary operator, `as` included.
    pub(super) const UNARY: u8 = 13;
}

/// An expression, if one starts here; otherwise an error is reported and at most one token is
/// consumed.
pub(crate) fn expr(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    expr_bp(p, None, EXPR, 1).map(|(m, _)| m)
}

/// An expression whose operators all bind at least as tightly as `min_bp`. `m`, if given, was
/// started before outer attributes that belong to the expression. This is the one recursive
/// entry of expressions: it runs one nesting level deeper.
fn expr_bp(p: &mut Parser<'_>, m: Option<Marker>, r: Restrictions, min_bp: u8) -> Option<(CompletedMarker, BlockLike)> {
    match p.nested(|p| expr_bp_unbounded(p, m, r, min_bp)) {
        Some(result) => result,
        None => {
            skip_rest_of_too_deep_expr(p);
            None
        }
    }
}

/// Past the nesting limit, [`Parser::nested`] skipped one token (or delimited group) with an
/// error; this skips the rest of the expression, flatly, up to what ends it (`;`, `,`, a closing
/// delimiter of an enclosing group, or the end of input), so that a long run of prefix operators
/// makes one error rather than one per operator.
fn skip_rest_of_too_deep_expr(p: &mut Parser<'_>) {
    if matches!(p.current(), EOF | T![;] | T![,] | T![')'] | T![']'] | T!['}']) {
        return;
    }
    let m = p.start();
    let mut open = 0usize;
    loop {
        match p.current() {
            EOF => break,
            T!['('] | T!['['] | T!['{'] => open += 1,
            T![')'] | T![']'] | T!['}'] => {
                if open == 0 {
                    break;
                }
                open -= 1;
            }
            T![;] | T![,] if open == 0 => break,
            _ => {}
        }
        p.bump_any();
    }
    m.complete(p, ERROR);
}

fn expr_bp_unbounded(
    p: &mut Parser<'_>,
    m: Option<Marker>,
    r: Restrictions,
    min_bp: u8,
) -> Option<(CompletedMarker, BlockLike)> {
    let m = match m {
        Some(m) => Some(m),
        None if p.current() == T![#] => {
            let m = p.start();
            attributes::outer_attrs(p);
            Some(m)
        }
        None => None,
    };
    if !at_expr_start(p) {
        if p.at(T![=>]) {
            // A missing match arm body or guard: the `=>` is the arm's.
            p.error("expected an expression");
        } else {
            p.err_recover("expected an expression", EXPR_RECOVERY_SET);
        }
        if let Some(m) = m {
            m.abandon(p);
        }
        return None;
    }
    let Some((lhs, block_like)) = lhs(p, r) else {
        if let Some(m) = m {
            m.abandon(p);
        }
        return None;
    };
    let mut lhs = match m {
        Some(m) => lhs.extend_to(p, m),
        None => lhs,
    };
    if r.prefer_stmt && block_like == BlockLike::Block {
        // `{ 1 } - 1` at the start of a statement is two statements.
        return Some((lhs, BlockLike::Block));
    }

    // Whether a `let` is an operand of the `&&` chain being parsed, for the `||` error.
    let mut chain_has_let = lhs.kind() == LET_EXPR;
    // Whether `lhs` is a comparison made at this level, for the chained comparison error.
    let mut lhs_is_comparison = false;
    loop {
        if lhs.kind() == RANGE_EXPR {
            // Ranges are non-associative: `a..b..c` is an error, reported by the caller.
            break;
        }
        let (op_bp, op, right_assoc) = current_op(p);
        if op_bp < min_bp {
            break;
        }
        if op == T![as] {
            lhs = cast_expr(p, lhs);
            lhs_is_comparison = false;
            continue;
        }
        if op_bp == bp::COMPARE && lhs_is_comparison {
            p.error("comparison operators cannot be chained: use parentheses or `&&`");
        }
        if op == T![||] && r.allow_let && chain_has_let {
            p.error("`||` is not allowed in a `let` chain: only `&&` is");
        }
        if op == T![...] {
            p.error("unexpected `...`: use `..` for an exclusive range or `..=` for an inclusive one");
        }
        let m = lhs.precede(p);
        p.bump(op);
        if op_bp == bp::RANGE {
            if at_range_end_start(p, r) {
                expr_bp(p, None, r.operand(), bp::RANGE + 1);
            } else if op == T![..=] {
                p.error("expected an expression: an inclusive range must have an end");
            }
            lhs = m.complete(p, RANGE_EXPR);
            continue;
        }
        let rhs_bp = if right_assoc { op_bp } else { op_bp + 1 };
        let rhs_r = Restrictions { allow_let: r.allow_let && op == T![&&], ..r.operand() };
        if let Some((rhs, _)) = expr_bp(p, None, rhs_r, rhs_bp)
            && rhs.kind() == LET_EXPR
        {
            chain_has_let = true;
        }
        lhs = m.complete(p, BIN_EXPR);
        lhs_is_comparison = op_bp == bp::COMPARE;
    }
    Some((lhs, BlockLike::NotBlock))
}

/// The kind of the next token if it touches the current one (the second half of a glued
/// operator), or `EOF`.
fn joint_next(p: &Parser<'_>) -> SyntaxKind {
    if p.is_joint_with_next() { p.nth(1) } else { EOF }
}

/// The binary operator at the current token: its binding power, its (glued) kind, and whether
/// it is right-associative. Binding power 0 means "not a binary operator". Glued operators are
/// told apart by the joint next token, without `Parser::at`'s general lookup.
fn current_op(p: &Parser<'_>) -> (u8, SyntaxKind, bool) {
    const NOT_AN_OP: (u8, SyntaxKind, bool) = (0, EOF, false);
    let left = |bp: u8, op: SyntaxKind| (bp, op, false);
    let assign = |op: SyntaxKind| (bp::ASSIGN, op, true);
    match p.current() {
        T![|] => match joint_next(p) {
            T![|] => left(bp::OR, T![||]),
            T![=] => assign(T![|=]),
            _ => left(bp::BIT_OR, T![|]),
        },
        T![&] => match joint_next(p) {
            T![&] => left(bp::AND, T![&&]),
            T![=] => assign(T![&=]),
            _ => left(bp::BIT_AND, T![&]),
        },
        T![=] => match joint_next(p) {
            T![=] => left(bp::COMPARE, T![==]),
            T![>] => NOT_AN_OP,
            _ => assign(T![=]),
        },
        T![<] => match joint_next(p) {
            T![<] if p.at(T![<<=]) => assign(T![<<=]),
            T![<] => left(bp::SHIFT, T![<<]),
            T![=] => left(bp::COMPARE, T![<=]),
            _ => left(bp::COMPARE, T![<]),
        },
        T![>] => match joint_next(p) {
            T![>] if p.at(T![>>=]) => assign(T![>>=]),
            T![>] => left(bp::SHIFT, T![>>]),
            T![=] => left(bp::COMPARE, T![>=]),
            _ => left(bp::COMPARE, T![>]),
        },
        T![!] if joint_next(p) == T![=] => left(bp::COMPARE, T![!=]),
        T![.] if joint_next(p) == T![.] => {
            if p.at(T![...]) {
                left(bp::RANGE, T![...])
            } else if p.at(T![..=]) {
                left(bp::RANGE, T![..=])
            } else {
                left(bp::RANGE, T![..])
            }
        }
        kind @ (T![+] | T![-] | T![*] | T![/] | T![%] | T![^]) => {
            let (bp, assign_op) = match kind {
                T![+] => (bp::ADD, T![+=]),
                T![-] => (bp::ADD, T![-=]),
                T![*] => (bp::MUL, T![*=]),
                T![/] => (bp::MUL, T![/=]),
                T![%] => (bp::MUL, T![%=]),
                _ => (bp::BIT_XOR, T![^=]),
            };
            if joint_next(p) == T![=] { assign(assign_op) } else { left(bp, kind) }
        }
        T![as] => left(bp::AS, T![as]),
        _ => NOT_AN_OP,
    }
}

/// Whether the end of a range starts here, after `..` or `..=`: `x..` has none before `;`, `)`,
/// `]`, `,`, before the body `{` of `for x in 0.. {}`, or before a method call on the range
/// (`x.. .len()`).
fn at_range_end_start(p: &Parser<'_>, r: Restrictions) -> bool {
    match p.current() {
        T!['{'] => !r.forbid_structs,
        _ => at_expr_start(p),
    }
}

/// `CAST_EXPR`: `expr as Type`. The type has no bounds (`x as dyn A + B` is an error in
/// rustc), and `x as u8 < y` reads `u8<y...` as generic arguments, as rustc does.
fn cast_expr(p: &mut Parser<'_>, lhs: CompletedMarker) -> CompletedMarker {
    let m = lhs.precede(p);
    p.bump(T![as]);
    types::type_no_bounds(p);
    m.complete(p, CAST_EXPR)
}

/// A unary expression: prefix operators (`-x`, `!x`, `*x`, `&x`, `&mut x`, `&raw const x`,
/// `&raw mut x`), a prefix range (`..x`, `..=x`, `..`), or an atom with its postfix operators.
fn lhs(p: &mut Parser<'_>, r: Restrictions) -> Option<(CompletedMarker, BlockLike)> {
    if !matches!(p.current(), T![&] | T![*] | T![!] | T![-] | T![box] | T![.]) {
        let (atom, block_like) = atoms::atom_expr(p, r)?;
        let allow_calls = !(r.prefer_stmt && block_like == BlockLike::Block);
        return Some(postfix_expr(p, atom, block_like, allow_calls));
    }
    let m = p.start();
    let kind = match p.current() {
        T![&] => {
            p.bump(T![&]);
            if p.at_contextual_kw(T![raw]) && matches!(p.nth(1), T![const] | T![mut]) {
                p.bump_remap(T![raw]);
                p.bump_any();
            } else {
                p.eat(T![mut]);
            }
            REF_EXPR
        }
        T![box] => {
            p.error("`box` expressions are not supported: use `Box::new(...)`");
            p.bump(T![box]);
            ERROR
        }
        T![.] => {
            // `at_expr_start` has checked that this is `..`, `..=` or `...`.
            return Some((prefix_range_expr(p, m, r), BlockLike::NotBlock));
        }
        _ => {
            // `*`, `!` or `-`.
            p.bump_any();
            PREFIX_EXPR
        }
    };
    // The operand binds tighter than `as`: `-x as u8` is `(-x) as u8`.
    expr_bp(p, None, r.operand(), bp::UNARY);
    Some((m.complete(p, kind), BlockLike::NotBlock))
}

/// `RANGE_EXPR` without a start: `..`, `..end`, `..=end`.
fn prefix_range_expr(p: &mut Parser<'_>, m: Marker, r: Restrictions) -> CompletedMarker {
    let op = if p.at(T![...]) {
        p.error("unexpected `...`: use `..` for an exclusive range or `..=` for an inclusive one");
        T![...]
    } else if p.at(T![..=]) {
        T![..=]
    } else {
        T![..]
    };
    p.bump(op);
    if at_range_end_start(p, r) {
        expr_bp(p, None, r.operand(), bp::RANGE + 1);
    } else if op != T![..] {
        p.error("expected an expression: an inclusive range must have an end");
    }
    m.complete(p, RANGE_EXPR)
}

/// The postfix operators after an atom: `f(args)`, `x[i]`, `x.field`, `x.0`, `x.method(args)`,
/// `x.await`, `x?`. A block-like statement takes only `.` and `?` (`{} (1)` is two statements).
fn postfix_expr(
    p: &mut Parser<'_>,
    mut lhs: CompletedMarker,
    mut block_like: BlockLike,
    mut allow_calls: bool,
) -> (CompletedMarker, BlockLike) {
    loop {
        lhs = match p.current() {
            T!['('] if allow_calls => call_expr(p, lhs),
            T!['['] if allow_calls => index_expr(p, lhs),
            // `x..` is a range, not a field access.
            T![.] if joint_next(p) != T![.] => {
                let m = lhs.precede(p);
                p.bump(T![.]);
                after_dot(p, m)
            }
            T![?] => {
                let m = lhs.precede(p);
                p.bump(T![?]);
                m.complete(p, TRY_EXPR)
            }
            _ => break,
        };
        allow_calls = true;
        block_like = BlockLike::NotBlock;
    }
    (lhs, block_like)
}

/// What follows the `.` of a postfix expression; `m` encloses the receiver and the dot.
/// `FIELD_EXPR` (`x.a`, `x.0`, and `x.0.1`, whose `0.1` the lexer made one float), `AWAIT_EXPR`
/// or `METHOD_CALL_EXPR` (`x.f(a)`, `x.f::<T>(a)`).
fn after_dot(p: &mut Parser<'_>, mut m: Marker) -> CompletedMarker {
    loop {
        return match p.current() {
            IDENT | T![self] | T![Self] | T![super] | T![crate] if p.nth(1) == T!['('] || p.nth_at(1, T![::]) => {
                field_name(p);
                generic_args::opt_generic_arg_list_expr(p);
                if p.at(T!['(']) {
                    arg_list(p);
                } else {
                    p.error("expected an argument list");
                }
                m.complete(p, METHOD_CALL_EXPR)
            }
            T![await] => {
                p.bump(T![await]);
                m.complete(p, AWAIT_EXPR)
            }
            IDENT | INT_NUMBER => {
                name_ref_or_index(p);
                m.complete(p, FIELD_EXPR)
            }
            // As in rustc, the path keywords are names here (`x.self`): that there is no such
            // field is for type checking to say.
            T![self] | T![Self] | T![super] | T![crate] => {
                field_name(p);
                m.complete(p, FIELD_EXPR)
            }
            FLOAT_NUMBER => {
                let (ends_in_dot, outer) = p.split_float(m);
                if ends_in_dot {
                    // `x.0. await` or `x.0. f()`: the float's dot was the second dot.
                    m = outer;
                    continue;
                }
                outer.complete(p, FIELD_EXPR)
            }
            _ => {
                p.error("expected a field name, a method call or `await`");
                m.complete(p, FIELD_EXPR)
            }
        };
    }
}

/// The `NAME_REF` of a field or a method: an identifier, or a path keyword (`self`, `Self`,
/// `super`, `crate`).
fn field_name(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump_any();
    m.complete(p, NAME_REF);
}

/// `CALL_EXPR`: `f(a, b)`.
fn call_expr(p: &mut Parser<'_>, lhs: CompletedMarker) -> CompletedMarker {
    let m = lhs.precede(p);
    arg_list(p);
    m.complete(p, CALL_EXPR)
}

/// `INDEX_EXPR`: `x[i]`.
fn index_expr(p: &mut Parser<'_>, lhs: CompletedMarker) -> CompletedMarker {
    let m = lhs.precede(p);
    p.bump(T!['[']);
    expr(p);
    p.expect(T![']']);
    m.complete(p, INDEX_EXPR)
}

/// `ARG_LIST`: `(a, b, c)`, with a trailing comma allowed and attributes on arguments.
fn arg_list(p: &mut Parser<'_>) {
    let m = p.start();
    delimited(p, T!['('], T![')'], T![,], "expected an expression", EXPR_FIRST, |p| {
        if !at_expr_start(p) {
            return false;
        }
        expr(p);
        true
    });
    m.complete(p, ARG_LIST);
}

//! Primary expressions: literals, paths, record and macro expressions, tuples, arrays, blocks,
//! control flow, closures, jumps and the `builtin #` forms.

use super::*;

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

/// `LITERAL`, if one starts here: `1`, `1.5`, `'c'`, `b'c'`, `"s"`, `r"s"`, `b"s"`, `c"s"`,
/// `true`, `false`. A negative literal is a `PREFIX_EXPR`.
pub(crate) fn literal(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if !p.at_ts(LITERAL_FIRST) {
        return None;
    }
    let m = p.start();
    p.bump_any();
    Some(m.complete(p, LITERAL))
}

/// A primary expression. The caller has checked [`at_expr_start`]; on an unexpected token, this
/// reports an error, consumes it and returns `None`.
pub(super) fn atom_expr(p: &mut Parser<'_>, r: Restrictions) -> Option<(CompletedMarker, BlockLike)> {
    if let Some(m) = literal(p) {
        return Some((m, BlockLike::NotBlock));
    }
    let la = p.nth(1);
    let done = match p.current() {
        IDENT if la == T![#] && p.at_contextual_kw(T![builtin]) => builtin_expr(p),
        IDENT | T![self] | T![super] | T![crate] | T![Self] | T![<] => return Some(path_expr(p, r)),
        T!['('] => paren_or_tuple_expr(p),
        T!['['] => array_expr(p),
        T!['{'] => {
            let m = p.start();
            stmt_list(p);
            return Some((m.complete(p, BLOCK_EXPR), BlockLike::Block));
        }
        T![|] | T![move] | T![static] => closure_expr(p, r),
        T![for] if la == T![<] => closure_expr(p, r),
        T![if] => return Some((if_expr(p), BlockLike::Block)),
        T![match] => return Some((match_expr(p), BlockLike::Block)),
        T![loop] => {
            let m = p.start();
            return Some((loop_expr(p, m), BlockLike::Block));
        }
        T![while] => {
            let m = p.start();
            return Some((while_expr(p, m), BlockLike::Block));
        }
        T![for] => {
            let m = p.start();
            return Some((for_expr(p, m), BlockLike::Block));
        }
        LIFETIME_IDENT if la == T![:] => return Some(labeled_expr(p)),
        T![try] if la == T![!] => try_macro_call(p),
        T![unsafe] => return Some((effect_block(p), BlockLike::Block)),
        T![try] => return Some((try_block(p), BlockLike::Block)),
        T![const] if la == T!['{'] => return Some((effect_block(p), BlockLike::Block)),
        T![const] if matches!(la, T![|] | T![move] | T![static] | T![async]) => closure_expr(p, r),
        T![const] => {
            let m = p.start();
            p.bump(T![const]);
            p.error("expected a block or a closure after `const`");
            m.complete(p, ERROR)
        }
        T![async] | T![gen] => async_or_gen_expr(p, r),
        T![let] => let_expr(p, r),
        T![_] => {
            let m = p.start();
            p.bump(T![_]);
            m.complete(p, UNDERSCORE_EXPR)
        }
        T![return] => jump_expr(p, r, T![return], RETURN_EXPR),
        T![yield] => jump_expr(p, r, T![yield], YIELD_EXPR),
        T![break] => break_expr(p, r),
        T![continue] => continue_expr(p),
        T![become] => {
            let m = p.start();
            p.bump(T![become]);
            expr_bp(p, None, r.operand(), 1);
            m.complete(p, BECOME_EXPR)
        }
        T![do] if p.nth_at_contextual_kw(1, T![yeet]) => {
            let m = p.start();
            p.bump(T![do]);
            p.bump_remap(T![yeet]);
            opt_jump_value(p, r);
            m.complete(p, YEET_EXPR)
        }
        _ if paths::is_path_start(p) => return Some(path_expr(p, r)),
        _ => {
            p.err_and_bump("expected an expression");
            return None;
        }
    };
    Some((done, BlockLike::NotBlock))
}

/// `PATH_EXPR` (`a::b`, `<T as Trait>::f`), `RECORD_EXPR` (`S { a: 1 }`, unless struct
/// literals are forbidden here), or `MACRO_EXPR` (`m!(...)`, `m![...]`, `m! {...}`; only the
/// braced form is block-like).
fn path_expr(p: &mut Parser<'_>, r: Restrictions) -> (CompletedMarker, BlockLike) {
    let m = p.start();
    paths::expr_path(p);
    match p.current() {
        T!['{'] if !r.forbid_structs => {
            record_expr_field_list(p);
            (m.complete(p, RECORD_EXPR), BlockLike::NotBlock)
        }
        T![!] if !p.at(T![!=]) => {
            p.bump(T![!]);
            let block_like = match p.current() {
                T!['{'] => {
                    token_tree(p);
                    if r.arm_body { BlockLike::NotBlock } else { BlockLike::Block }
                }
                T!['('] | T!['['] => {
                    token_tree(p);
                    BlockLike::NotBlock
                }
                _ => {
                    p.error("expected `(`, `[` or `{`");
                    BlockLike::NotBlock
                }
            };
            let call = m.complete(p, MACRO_CALL);
            (call.precede(p).complete(p, MACRO_EXPR), block_like)
        }
        _ => (m.complete(p, PATH_EXPR), BlockLike::NotBlock),
    }
}

/// `RECORD_EXPR_FIELD_LIST`: `{ a, b: 1, #[cfg(x)] c: 2, 0: x, ..base }`, or `{ .. }` (default
/// field values, and the rest of a destructuring assignment).
fn record_expr_field_list(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T!['{']);
    while !p.at(EOF) && !p.at(T!['}']) {
        if p.at(T![..]) {
            p.bump(T![..]);
            if !p.at(T!['}']) {
                expr(p);
                if !p.at(T!['}']) {
                    p.error("expected `}`: the base expression comes last, without a comma after it");
                    if p.at(T![,]) {
                        let comma = p.start();
                        p.bump(T![,]);
                        comma.complete(p, ERROR);
                    }
                }
            }
            continue;
        }
        let field = p.start();
        attributes::outer_attrs(p);
        match p.current() {
            IDENT | INT_NUMBER if p.nth(1) == T![:] && !p.nth_at(1, T![::]) => {
                name_ref_or_index(p);
                p.bump(T![:]);
                expr(p);
                field.complete(p, RECORD_EXPR_FIELD);
            }
            IDENT | INT_NUMBER if p.nth(1) == T![=] && !p.nth_at(1, T![==]) && !p.nth_at(1, T![=>]) => {
                // `S { a = 1 }`: a common slip.
                name_ref_or_index(p);
                p.err_and_bump("expected `:`");
                expr(p);
                field.complete(p, RECORD_EXPR_FIELD);
            }
            INT_NUMBER => {
                name_ref_or_index(p);
                p.error("expected `:` after a tuple field index");
                field.complete(p, RECORD_EXPR_FIELD);
            }
            IDENT => {
                // The shorthand `S { a }` holds the expression `a`.
                expr(p);
                field.complete(p, RECORD_EXPR_FIELD);
            }
            T!['{'] => {
                field.abandon(p);
                error_block(p, "expected a field");
            }
            _ => {
                field.abandon(p);
                p.err_and_bump("expected a field");
            }
        }
        if !p.at(T!['}']) {
            p.expect(T![,]);
        }
    }
    p.expect(T!['}']);
    m.complete(p, RECORD_EXPR_FIELD_LIST);
}

/// `PAREN_EXPR` (`(a)`) or `TUPLE_EXPR` (`()`, `(a,)`, `(a, b)`).
fn paren_or_tuple_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T!['(']);
    let mut saw_comma = false;
    let mut saw_expr = false;
    while !p.at(EOF) && !p.at(T![')']) {
        if p.at(T![,]) {
            // A missing element, as in `(,)` or `(a, , b)`.
            p.err_and_bump("expected an expression");
            saw_comma = true;
            continue;
        }
        if !at_expr_start(p) {
            break;
        }
        saw_expr = true;
        expr(p);
        if p.at(T![')']) {
            break;
        }
        if p.eat(T![,]) {
            saw_comma = true;
        } else if at_expr_start(p) {
            p.error("expected `,`");
            saw_comma = true;
        } else {
            break;
        }
    }
    p.expect(T![')']);
    m.complete(p, if saw_expr && !saw_comma { PAREN_EXPR } else { TUPLE_EXPR })
}

/// `ARRAY_EXPR`: `[]`, `[a, b, c]`, or `[x; N]`.
fn array_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T!['[']);
    let mut first = true;
    while !p.at(EOF) && !p.at(T![']']) {
        if p.at(T![,]) {
            p.err_and_bump("expected an expression");
            continue;
        }
        if !at_expr_start(p) {
            break;
        }
        expr(p);
        if first && p.eat(T![;]) {
            // `[x; N]`: one more expression, the length.
            expr(p);
            break;
        }
        first = false;
        if p.at(T![']']) {
            break;
        }
        if !p.eat(T![,]) {
            if !at_expr_start(p) {
                break;
            }
            p.error("expected `,`");
        }
    }
    p.expect(T![']']);
    m.complete(p, ARRAY_EXPR)
}

/// `STMT_LIST`: `{ statements }`, with inner attributes at its start.
pub(super) fn stmt_list(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T!['{']);
    stmt_list_contents(p);
    p.expect(T!['}']);
    m.complete(p, STMT_LIST)
}

/// A `BLOCK_EXPR` without modifiers where one is required (the body of `if`, of a loop, of
/// `let ... else`), already inside an expression's nesting level.
pub(super) fn body_block(p: &mut Parser<'_>) {
    if !p.at(T!['{']) {
        p.error("expected a block");
        return;
    }
    let m = p.start();
    stmt_list(p);
    m.complete(p, BLOCK_EXPR);
}

/// `BLOCK_EXPR` with a modifier: `unsafe {}`, `const {}`.
fn effect_block(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump_any();
    if p.at(T!['{']) {
        stmt_list(p);
    } else {
        p.error("expected a block");
    }
    m.complete(p, BLOCK_EXPR)
}

/// `BLOCK_EXPR` of a try block: `try {}`, or the unstable typed `try bikeshed Type {}`; the
/// `try` part is a `TRY_BLOCK_MODIFIER`.
fn try_block(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    let modifier = p.start();
    p.bump(T![try]);
    if p.eat_contextual_kw(T![bikeshed]) {
        types::type_(p);
    }
    modifier.complete(p, TRY_BLOCK_MODIFIER);
    if p.at(T!['{']) {
        stmt_list(p);
    } else {
        p.error("expected a block");
    }
    m.complete(p, BLOCK_EXPR)
}

/// `try!(...)` from edition 2018, where `try` is a keyword: a `MACRO_EXPR` with an error.
fn try_macro_call(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.error("`try` is a keyword since edition 2018: use the `?` operator, or `r#try!`");
    let path = p.start();
    let segment = p.start();
    let name = p.start();
    p.bump_remap(IDENT);
    name.complete(p, NAME_REF);
    segment.complete(p, PATH_SEGMENT);
    path.complete(p, PATH);
    p.bump(T![!]);
    if matches!(p.current(), T!['('] | T!['['] | T!['{']) {
        token_tree(p);
    } else {
        p.error("expected `(`, `[` or `{`");
    }
    m.complete(p, MACRO_CALL).precede(p).complete(p, MACRO_EXPR)
}

/// `async`, `gen` and `async gen` blocks (`BLOCK_EXPR`: `async {}`, `async move {}`,
/// `gen {}`, `async gen move {}`), or closures (`async |x| ...`, `async move || ...`).
fn async_or_gen_expr(p: &mut Parser<'_>, r: Restrictions) -> CompletedMarker {
    let mut n = 1;
    if p.at(T![async]) && p.nth(1) == T![gen] {
        n = 2;
    }
    if p.nth(n) == T![move] {
        n += 1;
    }
    if p.nth(n) != T!['{'] {
        return closure_expr(p, r);
    }
    let m = p.start();
    p.eat(T![async]);
    p.eat(T![gen]);
    p.eat(T![move]);
    stmt_list(p);
    m.complete(p, BLOCK_EXPR)
}

/// An expression with a label: `'a: loop {}`, `'a: while c {}`, `'a: for x in y {}`, `'a: {}`.
fn labeled_expr(p: &mut Parser<'_>) -> (CompletedMarker, BlockLike) {
    let m = p.start();
    label(p);
    let done = match p.current() {
        T![loop] => loop_expr(p, m),
        T![while] => while_expr(p, m),
        T![for] => for_expr(p, m),
        T!['{'] => {
            stmt_list(p);
            m.complete(p, BLOCK_EXPR)
        }
        _ => {
            // Block-like, so that what follows is a new statement without another error.
            p.error("expected `loop`, `while`, `for` or a block after a label");
            return (m.complete(p, ERROR), BlockLike::Block);
        }
    };
    (done, BlockLike::Block)
}

/// `LABEL`: `'a:`.
fn label(p: &mut Parser<'_>) {
    let m = p.start();
    lifetime(p);
    p.bump(T![:]);
    m.complete(p, LABEL);
}

/// `IF_EXPR`: `if cond {} else if cond {} else {}`. An `else if` is an `IF_EXPR` inside the
/// outer one; the chain is parsed in a loop, so that a long chain does not recurse.
fn if_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    if_head_and_body(p);
    if !p.at(T![else]) {
        return m.complete(p, IF_EXPR);
    }
    let mut outer: Vec<Marker> = Vec::new();
    let mut current = m;
    while p.eat(T![else]) {
        match p.current() {
            T![if] => {
                outer.push(current);
                current = p.start();
                if_head_and_body(p);
            }
            T!['{'] => {
                body_block(p);
                break;
            }
            _ => {
                p.error("expected `{` or `if` after `else`");
                break;
            }
        }
    }
    let mut done = current.complete(p, IF_EXPR);
    while let Some(m) = outer.pop() {
        done = m.complete(p, IF_EXPR);
    }
    done
}

/// `if cond {}`, without the `else`.
fn if_head_and_body(p: &mut Parser<'_>) {
    p.bump(T![if]);
    expr_bp(p, None, CONDITION, 1);
    body_block(p);
}

/// `LET_EXPR`: `let pat = expr`, in a condition. The scrutinee binds tighter than `&&`, so that
/// `if let Some(x) = a && b {}` is a chain of two conditions.
fn let_expr(p: &mut Parser<'_>, r: Restrictions) -> CompletedMarker {
    let m = p.start();
    if !r.allow_let {
        p.error("`let` is only allowed in `if` and `while` conditions and in match guards");
    }
    p.bump(T![let]);
    patterns::pattern_top(p);
    p.expect(T![=]);
    expr_bp(p, None, r.operand(), bp::COMPARE);
    m.complete(p, LET_EXPR)
}

/// `LOOP_EXPR`: `loop {}`; `m` was started before the label, if any.
fn loop_expr(p: &mut Parser<'_>, m: Marker) -> CompletedMarker {
    p.bump(T![loop]);
    body_block(p);
    m.complete(p, LOOP_EXPR)
}

/// `WHILE_EXPR`: `while cond {}`, `while let pat = expr {}`.
fn while_expr(p: &mut Parser<'_>, m: Marker) -> CompletedMarker {
    p.bump(T![while]);
    expr_bp(p, None, CONDITION, 1);
    body_block(p);
    m.complete(p, WHILE_EXPR)
}

/// `FOR_EXPR`: `for pat in expr {}`.
fn for_expr(p: &mut Parser<'_>, m: Marker) -> CompletedMarker {
    p.bump(T![for]);
    patterns::pattern_top(p);
    // Without `in`, the head is still parsed: `for x xs {}`.
    if p.expect(T![in]) || (at_expr_start(p) && !p.at(T!['{'])) {
        expr_bp(p, None, HEAD, 1);
    }
    body_block(p);
    m.complete(p, FOR_EXPR)
}

/// `MATCH_EXPR`: `match expr { arms }`.
fn match_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![match]);
    expr_bp(p, None, HEAD, 1);
    if p.at(T!['{']) {
        match_arm_list(p);
    } else {
        p.error("expected `{`");
    }
    m.complete(p, MATCH_EXPR)
}

/// `MATCH_ARM_LIST`: `{ #![inner] arms }`.
pub(crate) fn match_arm_list(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T!['{']);
    attributes::inner_attrs(p);
    while !p.at(EOF) && !p.at(T!['}']) {
        if p.at(T!['{']) {
            error_block(p, "expected a match arm");
        } else if p.at_ts(ARM_FIRST) || p.at(T![::]) || p.at(T![..]) || p.at(T![=>]) {
            match_arm(p);
        } else {
            // Every arm consumes its first token, so that recovery always makes progress.
            p.err_and_bump("expected a pattern");
        }
    }
    p.expect(T!['}']);
    m.complete(p, MATCH_ARM_LIST);
}

/// The tokens that start a match arm: attributes, a pattern, and `if` (a missing pattern).
/// `::`, `..` and `=>` are glued, and checked apart.
const ARM_FIRST: TokenSet = LITERAL_FIRST.union(TokenSet::new(&[
    IDENT,
    T![self],
    T![super],
    T![crate],
    T![Self],
    T![<],
    T![_],
    T![&],
    T![-],
    T!['('],
    T!['['],
    T![|],
    T![#],
    T![ref],
    T![mut],
    T![box],
    T![const],
    T![if],
]));

/// `MATCH_ARM`: `#[attr] pat if guard => expr,`. The comma is optional after a block-like body
/// and before `}`.
fn match_arm(p: &mut Parser<'_>) {
    let m = p.start();
    attributes::outer_attrs(p);
    patterns::pattern_top(p);
    if p.at(T![if]) {
        let guard = p.start();
        p.bump(T![if]);
        expr_bp(p, None, GUARD, 1);
        guard.complete(p, MATCH_GUARD);
    }
    p.expect(T![=>]);
    let block_like = if at_expr_start(p) {
        expr_bp(p, None, ARM_BODY, 1).map_or(BlockLike::NotBlock, |(_, block_like)| block_like)
    } else {
        p.error("expected an expression");
        BlockLike::NotBlock
    };
    if !p.eat(T![,]) && block_like == BlockLike::NotBlock && !p.at(T!['}']) {
        p.error("expected `,`");
    }
    m.complete(p, MATCH_ARM);
}

/// `CLOSURE_EXPR`: `|a, b| expr`, `|| expr`, `move |x| x`, `async move || {}`,
/// `static || {}`, `const || {}`, `for<'a> |x: &'a u8| -> u8 { *x }`. With a return type, the
/// body must be a block.
fn closure_expr(p: &mut Parser<'_>, r: Restrictions) -> CompletedMarker {
    let m = p.start();
    if p.at(T![for]) {
        generics::for_binder(p);
    }
    p.eat(T![const]);
    p.eat(T![static]);
    p.eat(T![async]);
    p.eat(T![gen]);
    p.eat(T![move]);
    if !p.at(T![|]) {
        p.error("expected `|`");
        return m.complete(p, CLOSURE_EXPR);
    }
    params::param_list_closure(p);
    if params::opt_ret_type(p) {
        if p.at(T!['{']) {
            body_block(p);
        } else {
            p.error("expected a block: a closure with a return type needs a block body");
            if at_expr_start(p) {
                expr_bp(p, None, r.operand(), 1);
            }
        }
    } else if at_expr_start(p) {
        expr_bp(p, None, r.operand(), 1);
    } else {
        p.error("expected an expression");
    }
    m.complete(p, CLOSURE_EXPR)
}

/// `RETURN_EXPR` (`return`, `return x`) or `YIELD_EXPR` (`yield`, `yield x`).
fn jump_expr(p: &mut Parser<'_>, r: Restrictions, keyword: SyntaxKind, kind: SyntaxKind) -> CompletedMarker {
    let m = p.start();
    p.bump(keyword);
    opt_jump_value(p, r);
    m.complete(p, kind)
}

/// The value of `return`, `break`, `yield` or `do yeet`, if one starts here. In the head of
/// `if`, `while`, `match` or `for`, a `{` is the body: `if break {}`.
fn opt_jump_value(p: &mut Parser<'_>, r: Restrictions) {
    if at_expr_start(p) && !(r.forbid_structs && p.at(T!['{'])) {
        expr_bp(p, None, r.operand(), 1);
    }
}

/// `BREAK_EXPR`: `break`, `break 'a`, `break value`, `break 'a value`.
fn break_expr(p: &mut Parser<'_>, r: Restrictions) -> CompletedMarker {
    let m = p.start();
    p.bump(T![break]);
    if p.at(LIFETIME_IDENT) && p.nth(1) != T![:] {
        lifetime(p);
    }
    opt_jump_value(p, r);
    m.complete(p, BREAK_EXPR)
}

/// `CONTINUE_EXPR`: `continue`, `continue 'a`.
fn continue_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![continue]);
    if p.at(LIFETIME_IDENT) {
        lifetime(p);
    }
    m.complete(p, CONTINUE_EXPR)
}

/// The unstable `builtin #` forms: `OFFSET_OF_EXPR` (`builtin # offset_of(Type, a.b.0)`),
/// `FORMAT_ARGS_EXPR` (`builtin # format_args("{}", x, name = y)`), `ASM_EXPR` (`builtin #
/// asm(...)`, also `global_asm` and `naked_asm`), `INCLUDE_BYTES_EXPR` (`builtin #
/// include_bytes`, rust-analyzer's expansion of `include_bytes!`) and `TYPE_ASCRIPTION_EXPR`
/// (`builtin # type_ascribe(expr, Type)`).
fn builtin_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump_remap(T![builtin]);
    p.bump(T![#]);
    if p.eat_contextual_kw(T![offset_of]) {
        offset_of_args(p);
        return m.complete(p, OFFSET_OF_EXPR);
    }
    if p.eat_contextual_kw(T![format_args]) {
        format_args_args(p);
        return m.complete(p, FORMAT_ARGS_EXPR);
    }
    if p.eat_contextual_kw(T![asm]) || p.eat_contextual_kw(T![global_asm]) || p.eat_contextual_kw(T![naked_asm]) {
        asm::asm_args(p);
        return m.complete(p, ASM_EXPR);
    }
    if p.at_contextual_kw(T![include_bytes]) && p.nth(1) != T!['('] {
        p.bump_remap(T![include_bytes]);
        return m.complete(p, INCLUDE_BYTES_EXPR);
    }
    if !p.at(IDENT) {
        p.error("expected `offset_of`, `format_args`, `asm` or `type_ascribe` after `builtin #`");
        return m.complete(p, ERROR);
    }
    // The lexer does not tell `type_ascribe` from other names: any other builtin is read as
    // `name(expr, Type)` (`type_ascribe`), or `name(expr)`.
    p.bump(IDENT);
    if p.expect(T!['(']) {
        expr(p);
        if p.eat(T![,]) && !p.at(T![')']) {
            types::type_(p);
            p.eat(T![,]);
        }
        p.expect(T![')']);
    }
    m.complete(p, TYPE_ASCRIPTION_EXPR)
}

/// `(Type, field.path)` of `offset_of`. As in rustc, the path is not an expression: `(a.b)` is
/// an error.
fn offset_of_args(p: &mut Parser<'_>) {
    if !p.expect(T!['(']) {
        return;
    }
    types::type_(p);
    p.expect(T![,]);
    loop {
        match p.current() {
            IDENT | INT_NUMBER => name_ref_or_index(p),
            FLOAT_NUMBER => {
                // `a.0.1`: the lexer made `0.1` one token, kept whole in the name.
                let m = p.start();
                p.bump(FLOAT_NUMBER);
                m.complete(p, NAME_REF);
            }
            T!['('] => {
                let m = p.start();
                p.error("expected a field name: `offset_of` takes no expression");
                token_tree(p);
                m.complete(p, ERROR);
                break;
            }
            _ => {
                p.err_recover("expected a field name", TokenSet::new(&[T![')']]));
                break;
            }
        }
        if !p.eat(T![.]) {
            break;
        }
    }
    p.eat(T![,]);
    p.expect(T![')']);
}

/// `("template", args)` of `format_args`: each argument is a `FORMAT_ARGS_ARG`, `expr` or
/// `name = expr` (the name may be a keyword: `type = 1`).
fn format_args_args(p: &mut Parser<'_>) {
    if !p.expect(T!['(']) {
        return;
    }
    expr(p);
    while p.eat(T![,]) {
        if p.at(T![')']) {
            break;
        }
        let arg = p.start();
        let kind = p.current();
        if (kind == IDENT || kind.is_keyword(p.edition())) && p.nth(1) == T![=] && !p.nth_at(1, T![==]) {
            let name = p.start();
            p.bump_remap(IDENT);
            name.complete(p, NAME);
            p.bump(T![=]);
        }
        expr(p);
        arg.complete(p, FORMAT_ARGS_ARG);
    }
    p.expect(T![')']);
}

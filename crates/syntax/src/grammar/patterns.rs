//! Patterns.
//!
//! Tree shapes follow rust-analyzer: `IDENT_PAT(ref? mut? NAME (@ Pat)?)`, `WILDCARD_PAT`,
//! `REST_PAT(..)`, `LITERAL_PAT(-? LITERAL)`, `RANGE_PAT(Pat? op Pat?)`, `PATH_PAT(PATH)`,
//! `TUPLE_STRUCT_PAT(PATH ( Pat, ... ))`, `RECORD_PAT(PATH RECORD_PAT_FIELD_LIST)`,
//! `TUPLE_PAT`, `PAREN_PAT`, `SLICE_PAT`, `REF_PAT(& mut? Pat)`, `BOX_PAT`, `OR_PAT`,
//! `MACRO_PAT(MACRO_CALL)` and `CONST_BLOCK_PAT(const BLOCK_EXPR)`.
//!
//! An identifier followed by `(`, `{`, `::`, `!` or a range operator is a path (or a macro
//! call), not a binding. Or-patterns are allowed at the top (`pattern_top`, with an optional
//! leading `|`) and inside parentheses, tuples, slices and fields, but not in `pattern_single`
//! (function and closure parameters, `$p:pat_param`). `deref!(p)` is a macro pattern.

use super::*;
use crate::parser::CompletedMarker;

/// The tokens a pattern can start with, but for `::` (which `at_pattern_start` checks).
pub(crate) const PATTERN_FIRST: TokenSet = expressions::LITERAL_FIRST.union(TokenSet::new(&[
    IDENT,
    T![self],
    T![super],
    T![crate],
    T![Self],
    T![<],
    T![box],
    T![ref],
    T![mut],
    T![const],
    T!['('],
    T!['['],
    T![&],
    T![_],
    T![-],
    T![.],
]));

/// The tokens the end of a range pattern can start with, but for `::`.
const RANGE_PAT_END_FIRST: TokenSet = expressions::LITERAL_FIRST.union(TokenSet::new(&[
    IDENT,
    T![self],
    T![super],
    T![crate],
    T![Self],
    T![<],
    T![-],
    T![const],
]));

/// Where the error recovery of a missing pattern stops.
const PAT_RECOVERY_SET: TokenSet = TokenSet::new(&[
    T![let],
    T![if],
    T![while],
    T![loop],
    T![match],
    T![in],
    T![')'],
    T![']'],
    T![,],
    T![=],
    T![|],
    T![:],
    T![;],
]);

/// Where the skipping of a pattern nested past the nesting limit stops, outside any brackets.
const PAT_SKIP_STOP: TokenSet = TokenSet::new(&[T![,], T![=], T![|], T![:], T![;], T![if], T![in], T![else]]);

/// Whether a pattern starts here (a leading `|` included).
pub(crate) fn at_pattern_start(p: &Parser<'_>) -> bool {
    p.at_ts(PATTERN_FIRST) || p.at(T![|]) || p.at(T![::])
}

/// A pattern where or-patterns are allowed at the top, with an optional leading `|`:
/// `| A | B(x) | C { .. }` (`OR_PAT`), or a single pattern.
pub(crate) fn pattern_top(p: &mut Parser<'_>) {
    pattern_top_r(p, PAT_RECOVERY_SET);
}

/// Like [`pattern_top`], with error recovery that stops at `recovery`.
pub(crate) fn pattern_top_r(p: &mut Parser<'_>, recovery: TokenSet) -> Option<CompletedMarker> {
    let m = p.start();
    let leading_pipe = p.eat(T![|]);
    let single = pattern_single_r(p, recovery);
    if !leading_pipe && !p.at(T![|]) {
        m.abandon(p);
        return single;
    }
    while p.eat(T![|]) {
        pattern_single_r(p, recovery);
    }
    Some(m.complete(p, OR_PAT))
}

/// A pattern without top-level or-patterns (closure and function parameters, `pat_param`).
pub(crate) fn pattern_single(p: &mut Parser<'_>) {
    pattern_single_r(p, PAT_RECOVERY_SET);
}

/// A pattern without top-level or-patterns, with error recovery that stops at `recovery`.
/// Returns the pattern's node, if one was built.
pub(crate) fn pattern_single_r(p: &mut Parser<'_>, recovery: TokenSet) -> Option<CompletedMarker> {
    let first = p.current();
    match p.nested(|p| range_or_atom_pat(p, recovery)) {
        Some(pat) => pat,
        None => {
            types::skip_too_deep_rest(p, first, PAT_SKIP_STOP);
            None
        }
    }
}

/// A range pattern (`a..=b`, `a..b`, `a..`, `..=b`, `..b`, 2015's `a...b`), a rest pattern
/// (`..`), or an atom.
fn range_or_atom_pat(p: &mut Parser<'_>, recovery: TokenSet) -> Option<CompletedMarker> {
    match range_op(p) {
        // `...b` has no start in any edition.
        Some(T![...]) => {
            let m = p.start();
            p.error("a `...` range pattern needs a start: use `..=` instead");
            p.bump(T![...]);
            range_pat_end(p, recovery);
            return Some(m.complete(p, RANGE_PAT));
        }
        Some(T![..=]) => {
            let m = p.start();
            p.bump(T![..=]);
            range_pat_end(p, recovery);
            return Some(m.complete(p, RANGE_PAT));
        }
        // `..b`, or `..` alone.
        Some(_) => {
            let m = p.start();
            p.bump(T![..]);
            if at_range_pat_end(p) {
                range_pat_end(p, recovery);
                return Some(m.complete(p, RANGE_PAT));
            }
            return Some(m.complete(p, REST_PAT));
        }
        None => {}
    }
    let start = atom_pat(p, recovery)?;
    let Some(op) = range_op(p) else { return Some(start) };
    let m = start.precede(p);
    if op == T![...] && p.edition() >= Edition::Edition2021 {
        p.error("`...` range patterns are not allowed from edition 2021 on: use `..=`");
    }
    p.bump(op);
    // After `a..`, the end is optional: `a..` is half-open when `=>`, `,`, `)`, `|`, `if`... follow.
    if op != T![..] || at_range_pat_end(p) {
        range_pat_end(p, recovery);
    }
    Some(m.complete(p, RANGE_PAT))
}

/// The range operator at the current position, if there is one: `...`, `..=` or `..`.
fn range_op(p: &Parser<'_>) -> Option<SyntaxKind> {
    if p.current() != T![.] {
        return None;
    }
    if p.at(T![...]) {
        Some(T![...])
    } else if p.at(T![..=]) {
        Some(T![..=])
    } else if p.at(T![..]) {
        Some(T![..])
    } else {
        None
    }
}

fn at_range_pat_end(p: &Parser<'_>) -> bool {
    p.at_ts(RANGE_PAT_END_FIRST) || p.at(T![::])
}

/// The end of a range pattern: a literal (`-1` included), a path, or a `const { ... }` block.
fn range_pat_end(p: &mut Parser<'_>, recovery: TokenSet) {
    if is_literal_pat_start(p) {
        literal_pat(p);
    } else if p.at(T![const]) {
        const_block_pat(p);
    } else if paths::is_path_start(p) {
        let m = p.start();
        paths::expr_path(p);
        m.complete(p, PATH_PAT);
    } else {
        p.err_recover("expected the end of the range pattern", recovery);
    }
}

/// A pattern that is not a range, an or-pattern or a rest pattern.
fn atom_pat(p: &mut Parser<'_>, recovery: TokenSet) -> Option<CompletedMarker> {
    let pat = match p.current() {
        T![box] => box_pat(p),
        T![ref] | T![mut] => ident_pat(p, true, recovery),
        T![const] => const_block_pat(p),
        IDENT if p.nth(1) == T![#] && p.at_contextual_kw(T![builtin]) => builtin_pat(p),
        IDENT => match p.nth(1) {
            T!['('] | T!['{'] | T![!] => path_or_macro_pat(p),
            T![:] if p.nth_at(1, T![::]) => path_or_macro_pat(p),
            // `A..=B`: the bound of a range is a constant, not a binding.
            T![.] if p.nth_at(1, T![..]) => path_or_macro_pat(p),
            _ => ident_pat(p, true, recovery),
        },
        _ if paths::is_path_start(p) => path_or_macro_pat(p),
        _ if is_literal_pat_start(p) => literal_pat(p),
        T![_] => wildcard_pat(p),
        T![&] => ref_pat(p),
        T!['('] => tuple_pat(p),
        T!['['] => slice_pat(p),
        _ => {
            p.err_recover("expected a pattern", recovery);
            return None;
        }
    };
    Some(pat)
}

/// `DEREF_PAT`, the expansion of `deref!`: `builtin # deref(pat)`, the one `builtin #` form of
/// patterns.
fn builtin_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump_remap(T![builtin]);
    p.bump(T![#]);
    if !p.eat_contextual_kw(T![deref]) {
        p.err_recover("expected `deref` after `builtin #`", TokenSet::new(&[T!['('], T![')'], T![,], T![=]]));
    }
    if p.expect(T!['(']) {
        pattern_top(p);
        p.expect(T![')']);
    }
    m.complete(p, DEREF_PAT)
}

fn is_literal_pat_start(p: &Parser<'_>) -> bool {
    p.at_ts(expressions::LITERAL_FIRST) || (p.at(T![-]) && matches!(p.nth(1), INT_NUMBER | FLOAT_NUMBER))
}

/// `LITERAL_PAT`: `1`, `-1`, `'c'`, `"s"`, `true`.
fn literal_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.eat(T![-]);
    expressions::literal(p);
    m.complete(p, LITERAL_PAT)
}

/// `PATH_PAT` (`a::B`, `<T>::C`), `TUPLE_STRUCT_PAT` (`S(a, ..)`), `RECORD_PAT` (`S { a, .. }`)
/// or `MACRO_PAT` (`m!(...)`).
fn path_or_macro_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    paths::expr_path(p);
    let kind = match p.current() {
        T!['('] => {
            p.bump(T!['(']);
            pat_list(p, T![')']);
            p.expect(T![')']);
            TUPLE_STRUCT_PAT
        }
        T!['{'] => {
            record_pat_field_list(p);
            RECORD_PAT
        }
        T![!] if !p.at(T![!=]) => {
            paths::macro_call_after_bang(p);
            return m.complete(p, MACRO_CALL).precede(p).complete(p, MACRO_PAT);
        }
        _ => PATH_PAT,
    };
    m.complete(p, kind)
}

/// `RECORD_PAT_FIELD_LIST`: `{ a, b: pat, ref c, #[attr] d, .. }`.
fn record_pat_field_list(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(T!['{']);
    while !p.at(EOF) && !p.at(T!['}']) {
        if p.at(T![,]) {
            // `S { , a }` or `S { a,, b }`: a missing field.
            let e = p.start();
            p.error("expected a field pattern");
            p.bump(T![,]);
            e.complete(p, ERROR);
            continue;
        }
        let field = p.start();
        attributes::outer_attrs(p);
        if p.at(T![..]) {
            p.bump(T![..]);
            field.complete(p, REST_PAT);
        } else if p.at(T!['{']) {
            field.abandon(p);
            error_block(p, "expected a field pattern");
        } else {
            record_pat_field(p);
            field.complete(p, RECORD_PAT_FIELD);
        }
        if !p.at(T!['}']) {
            p.expect(T![,]);
        }
    }
    p.expect(T!['}']);
    m.complete(p, RECORD_PAT_FIELD_LIST);
}

/// The inside of a `RECORD_PAT_FIELD`: `name: pat`, `0: pat`, or a shorthand binding
/// (`a`, `ref mut a`, `box a`).
fn record_pat_field(p: &mut Parser<'_>) {
    match p.current() {
        IDENT | INT_NUMBER if p.nth(1) == T![:] && !p.nth_at(1, T![::]) => {
            name_ref_or_index(p);
            p.bump(T![:]);
            pattern_top(p);
        }
        // `S { a = 1 }`: a `=` typed for a `:`.
        IDENT | INT_NUMBER if p.nth(1) == T![=] => {
            name_ref_or_index(p);
            p.err_and_bump("expected `:`");
            pattern_top(p);
        }
        T![box] => {
            box_pat(p);
        }
        T![ref] | T![mut] | IDENT => {
            ident_pat(p, false, PAT_RECOVERY_SET);
        }
        _ => p.err_and_bump("expected a field pattern"),
    }
}

/// Patterns separated by commas, up to `ket` (not consumed), for tuples, tuple structs and
/// slices. Returns how many patterns there were, whether there was a comma, and whether one of
/// the patterns was a rest pattern.
fn pat_list(p: &mut Parser<'_>, ket: SyntaxKind) -> (u32, bool, bool) {
    let mut count = 0u32;
    let mut has_comma = false;
    let mut has_rest = false;
    while !p.at(EOF) && !p.at(ket) {
        if !at_pattern_start(p) {
            if p.at(T![,]) {
                // `(, a)` or `(a,, b)`: a missing pattern.
                let m = p.start();
                p.error("expected a pattern");
                p.bump(T![,]);
                m.complete(p, ERROR);
                has_comma = true;
                continue;
            }
            break;
        }
        count += 1;
        let pat = pattern_top_r(p, PAT_RECOVERY_SET);
        has_rest |= pat.is_some_and(|pat| pat.kind() == REST_PAT);
        if p.eat(T![,]) {
            has_comma = true;
        } else if at_pattern_start(p) {
            p.error("expected `,`");
        } else {
            break;
        }
    }
    (count, has_comma, has_rest)
}

/// `WILDCARD_PAT`: `_`.
fn wildcard_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![_]);
    m.complete(p, WILDCARD_PAT)
}

/// `REF_PAT`: `&pat`, `&mut pat`. `&&pat` is two of them (the lexer gives two `&`).
fn ref_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![&]);
    p.eat(T![mut]);
    pattern_single(p);
    m.complete(p, REF_PAT)
}

/// `TUPLE_PAT` (`()`, `(a,)`, `(a, b)`, `(..)`) or `PAREN_PAT` (`(a)`, `(a | b)`).
fn tuple_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T!['(']);
    let (count, has_comma, has_rest) = pat_list(p, T![')']);
    p.expect(T![')']);
    let kind = if count == 1 && !has_comma && !has_rest { PAREN_PAT } else { TUPLE_PAT };
    m.complete(p, kind)
}

/// `SLICE_PAT`: `[a, .., b]`.
fn slice_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T!['[']);
    pat_list(p, T![']']);
    p.expect(T![']']);
    m.complete(p, SLICE_PAT)
}

/// `IDENT_PAT`: `a`, `mut a`, `ref a`, `ref mut a`, and with `with_at`, `a @ pat`.
fn ident_pat(p: &mut Parser<'_>, with_at: bool, recovery: TokenSet) -> CompletedMarker {
    let m = p.start();
    p.eat(T![ref]);
    p.eat(T![mut]);
    name_r(p, recovery);
    if with_at && p.eat(T![@]) {
        pattern_single(p);
    }
    m.complete(p, IDENT_PAT)
}

/// `BOX_PAT`: `box pat` (unstable).
fn box_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![box]);
    pattern_single(p);
    m.complete(p, BOX_PAT)
}

/// `CONST_BLOCK_PAT`: `const { expr }`.
fn const_block_pat(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(T![const]);
    if p.at(T!['{']) {
        expressions::block_expr(p);
    } else {
        p.error("expected `{` after `const` in a pattern");
    }
    m.complete(p, CONST_BLOCK_PAT)
}

#[cfg(test)]
mod tests;

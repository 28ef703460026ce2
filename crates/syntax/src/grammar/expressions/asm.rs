//! The arguments of `builtin # asm(...)` (and `global_asm`, `naked_asm`), the expansion of the
//! `asm!` macros: templates first, then operands, `clobber_abi(...)` and `options(...)`, as
//! rustc's `parse_asm_args` reads them.

use super::*;

/// The options `options(...)` may list.
const OPTIONS: &[SyntaxKind] = &[
    T![pure],
    T![nomem],
    T![readonly],
    T![preserves_flags],
    T![noreturn],
    T![nostack],
    T![att_syntax],
    T![raw],
    T![may_unwind],
];

/// `ASM_EXPR` as an item: `builtin # global_asm(...)`; `m` was started before its attributes.
pub(crate) fn global_asm_item(p: &mut Parser<'_>, m: Marker) {
    p.bump_remap(T![builtin]);
    p.bump(T![#]);
    p.bump_remap(T![global_asm]);
    asm_args(p);
    m.complete(p, ASM_EXPR);
}

/// `("template", ..., operand, ...)` after `builtin # asm`, up to its `)`.
pub(super) fn asm_args(p: &mut Parser<'_>) {
    if !p.expect(T!['(']) {
        return;
    }
    if p.at(T![')']) {
        p.error("expected an asm template");
    } else {
        template(p);
    }
    // Templates may follow templates, until the first operand.
    let mut templates = true;
    while !p.at(T![')']) && !p.at(EOF) {
        if !p.eat(T![,]) {
            if p.at(T!['}']) || p.at(T![;]) {
                break;
            }
            p.err_recover("expected `,`", TokenSet::new(&[T![')']]));
            continue;
        }
        if p.at(T![')']) {
            break;
        }
        piece(p, &mut templates);
    }
    p.expect(T![')']);
}

fn template(p: &mut Parser<'_>) {
    if expr(p).is_none() {
        p.err_recover("expected an asm template", TokenSet::new(&[T![,], T![')']]));
    }
}

/// One template, operand, `clobber_abi` or `options`, with its attributes.
fn piece(p: &mut Parser<'_>, templates: &mut bool) {
    let m = p.start();
    let attrs = p.at(T![#]);
    attributes::outer_attrs(p);
    if p.at_contextual_kw(T![clobber_abi]) && p.nth(1) == T!['('] {
        p.bump_remap(T![clobber_abi]);
        clobber_abis(p);
        m.complete(p, ASM_CLOBBER_ABI);
        *templates = false;
        return;
    }
    if p.at_contextual_kw(T![options]) && p.nth(1) == T!['('] {
        p.bump_remap(T![options]);
        options(p);
        m.complete(p, ASM_OPTIONS);
        *templates = false;
        return;
    }
    // A name may be a keyword: `fn = const 0`.
    let kind = p.current();
    let named = (kind == IDENT || kind.is_keyword(p.edition()))
        && p.nth(1) == T![=]
        && !p.nth_at(1, T![==])
        && !p.nth_at(1, T![=>]);
    if named {
        let name = p.start();
        p.bump_remap(IDENT);
        name.complete(p, NAME);
        p.bump(T![=]);
    }
    if operand(p) {
        m.complete(p, ASM_OPERAND_NAMED);
        *templates = false;
        return;
    }
    if *templates && !named && !attrs {
        m.abandon(p);
        template(p);
        return;
    }
    p.err_recover("expected an asm operand", TokenSet::new(&[T![,], T![')']]));
    m.complete(p, ASM_OPERAND_NAMED);
}

/// An operand, if one starts here: a register operand, `label`, `const` or `sym`.
fn operand(p: &mut Parser<'_>) -> bool {
    let m = p.start();
    let dir = match p.current() {
        T![in] => Some(T![in]),
        IDENT => [T![out], T![lateout], T![inout], T![inlateout]].into_iter().find(|&kw| p.at_contextual_kw(kw)),
        _ => None,
    };
    if let Some(dir) = dir {
        let spec = p.start();
        p.bump_remap(dir);
        spec.complete(p, ASM_DIR_SPEC);
        reg_spec(p);
        let operand_expr = p.start();
        expr_or_error(p);
        if matches!(dir, T![inout] | T![inlateout]) && p.eat(T![=>]) {
            expr_or_error(p);
        }
        operand_expr.complete(p, ASM_OPERAND_EXPR);
        m.complete(p, ASM_REG_OPERAND);
        return true;
    }
    if p.at_contextual_kw(T![label]) && p.nth(1) == T!['{'] {
        p.bump_remap(T![label]);
        block_expr(p);
        m.complete(p, ASM_LABEL);
        return true;
    }
    if p.eat(T![const]) {
        expr_or_error(p);
        m.complete(p, ASM_CONST);
        return true;
    }
    if p.at_contextual_kw(T![sym]) {
        p.bump_remap(T![sym]);
        let parenthesized = p.eat(T!['(']);
        if paths::is_path_start(p) {
            paths::expr_path(p);
        } else {
            p.error("expected a path");
        }
        if parenthesized {
            p.expect(T![')']);
        }
        m.complete(p, ASM_SYM);
        return true;
    }
    m.abandon(p);
    false
}

fn expr_or_error(p: &mut Parser<'_>) {
    if expr(p).is_none() {
        p.error("expected an expression");
    }
}

/// `(reg)` or `("eax")` of a register operand.
fn reg_spec(p: &mut Parser<'_>) {
    if !p.expect(T!['(']) {
        return;
    }
    let m = p.start();
    match p.current() {
        STRING => p.bump(STRING),
        IDENT => name_ref(p),
        _ => p.err_recover("expected a register class or an explicit register", TokenSet::new(&[T![')']])),
    }
    m.complete(p, ASM_REG_SPEC);
    p.expect(T![')']);
}

/// `("C", "system")` of `clobber_abi`.
fn clobber_abis(p: &mut Parser<'_>) {
    p.bump(T!['(']);
    if p.at(T![')']) {
        p.error("expected an ABI string");
    }
    while !p.at(T![')']) && !p.at(EOF) {
        if p.at(STRING) {
            p.bump(STRING);
        } else {
            p.err_recover("expected an ABI string", TokenSet::new(&[T![,], T![')']]));
        }
        if !p.eat(T![,]) {
            break;
        }
    }
    p.expect(T![')']);
}

/// `(nostack, pure)` of `options`.
fn options(p: &mut Parser<'_>) {
    p.bump(T!['(']);
    while !p.at(T![')']) && !p.at(EOF) {
        match OPTIONS.iter().copied().find(|&option| p.at_contextual_kw(option)) {
            Some(option) => {
                let m = p.start();
                p.bump_remap(option);
                m.complete(p, ASM_OPTION);
            }
            None => p.err_recover("expected an asm option", TokenSet::new(&[T![,], T![')']])),
        }
        if !p.eat(T![,]) {
            break;
        }
    }
    p.expect(T![')']);
}

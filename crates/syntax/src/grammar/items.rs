//! Items: functions, types, traits, impls, modules, uses, macros and the rest.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// The items of a module body or a file, up to `}` (when `stop_on_r_curly`) or the end of input.
pub(crate) fn mod_contents(p: &mut Parser<'_>, stop_on_r_curly: bool) {
    loop {
        let at_end = p.at(EOF) || (stop_on_r_curly && p.at(T!['}']));
        if at_end {
            break;
        }
        item_or_macro(p, stop_on_r_curly);
    }
}

/// One item or macro call in item position, with its attributes.
pub(crate) fn item_or_macro(p: &mut Parser<'_>, stop_on_r_curly: bool) {
    let m = p.start();
    attributes::outer_attrs(p);
    let m = match opt_item(p, m) {
        Ok(()) => return,
        Err(m) => m,
    };
    m.abandon(p);
    if p.at(T!['{']) {
        error_block(p, "expected an item");
    } else if p.at(T!['}']) && !stop_on_r_curly {
        let e = p.start();
        p.error("unmatched `}`");
        p.bump(T!['}']);
        e.complete(p, ERROR);
    } else if !p.at(EOF) && !p.at(T!['}']) {
        p.err_and_bump("expected an item");
    } else {
        p.error("expected an item");
    }
}

/// An item, if one starts here; `m` was started before its outer attributes. Gives `m` back
/// when there is no item.
pub(crate) fn opt_item(p: &mut Parser<'_>, m: Marker) -> Result<(), Marker> {
    let has_visibility = opt_visibility(p, false);
    if p.at(T![fn]) {
        p.bump(T![fn]);
        name(p);
        generics::opt_generic_param_list(p);
        if p.at(T!['(']) {
            params::param_list_fn_def(p);
        } else {
            p.error("expected function parameters");
        }
        params::opt_ret_type(p);
        generics::opt_where_clause(p);
        if p.at(T!['{']) {
            expressions::block_expr(p);
        } else {
            p.expect(T![;]);
        }
        m.complete(p, FN);
        return Ok(());
    }
    if has_visibility {
        p.error("expected an item after the visibility");
        m.complete(p, ERROR);
        return Ok(());
    }
    Err(m)
}

/// `VISIBILITY`: `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`, `crate`.
/// Returns whether there was one. `in_tuple_field` tells that `pub (` starts a type, not a
/// restriction, when what follows is not a restriction.
pub(crate) fn opt_visibility(p: &mut Parser<'_>, in_tuple_field: bool) -> bool {
    let _ = in_tuple_field;
    if !p.at(T![pub]) {
        return false;
    }
    let m = p.start();
    p.bump(T![pub]);
    if p.at(T!['(']) && matches!(p.nth(1), T![crate] | T![self] | T![super]) && p.nth(2) == T![')'] {
        p.bump(T!['(']);
        paths::use_path(p);
        p.bump(T![')']);
    }
    m.complete(p, VISIBILITY);
    true
}

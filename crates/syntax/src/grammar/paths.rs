//! Paths, in their three styles: use paths, type paths and expression paths.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// Whether a path starts here.
pub(crate) fn is_path_start(p: &Parser<'_>) -> bool {
    matches!(p.current(), IDENT | T![self] | T![super] | T![crate] | T![Self] | T![<]) || p.at(T![::])
}

/// A path in a `use` item or a visibility: no generic arguments.
pub(crate) fn use_path(p: &mut Parser<'_>) {
    path(p);
}

/// A path in type position: generic arguments without `::`.
pub(crate) fn type_path(p: &mut Parser<'_>) {
    path(p);
}

/// A path in expression position: generic arguments need `::<`.
pub(crate) fn expr_path(p: &mut Parser<'_>) {
    path(p);
}

fn path(p: &mut Parser<'_>) {
    let mut qualifier = p.start();
    p.eat(T![::]);
    loop {
        let segment = p.start();
        if matches!(p.current(), T![self] | T![super] | T![crate] | T![Self]) {
            let name = p.start();
            p.bump_any();
            name.complete(p, NAME_REF);
        } else {
            name_ref(p);
        }
        generic_args::opt_generic_arg_list_type(p);
        segment.complete(p, PATH_SEGMENT);
        let done = qualifier.complete(p, PATH);
        if !(p.at(T![::]) && p.nth(2) == IDENT) {
            break;
        }
        qualifier = done.precede(p);
        p.bump(T![::]);
    }
}

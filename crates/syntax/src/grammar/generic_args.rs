//! Generic arguments: `<T, 'a, N, Item = T, Assoc: Bound>`, `(A, B) -> C` and `(..)`.
//!
//! STUB: the smallest working version, to be replaced by the full grammar.

use super::*;

/// `GENERIC_ARG_LIST` in type position (`Vec<T>`), if one starts here.
pub(crate) fn opt_generic_arg_list_type(p: &mut Parser<'_>) {
    let _ = p;
}

/// `GENERIC_ARG_LIST` in expression position (`iter::<T>`), if one starts here.
pub(crate) fn opt_generic_arg_list_expr(p: &mut Parser<'_>) {
    let _ = p;
}

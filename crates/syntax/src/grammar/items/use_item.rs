//! `use` items and their trees.

use super::*;

/// `USE`: `use tree;`.
pub(super) fn use_(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![use]);
    use_tree(p, true);
    p.expect(T![;]);
    m.complete(p, USE);
}

/// `USE_TREE`: `path`, `path as name`, `path as _`, `path::*`, `path::{trees}`, `*`, `::*`,
/// `{trees}`, `::{trees}`. Returns whether there was one.
fn use_tree(p: &mut Parser<'_>, top_level: bool) -> bool {
    let m = p.start();
    match p.current() {
        T![*] => p.bump(T![*]),
        T!['{'] => use_tree_list(p),
        T![:] if p.at(T![::]) && p.nth(2) == T![*] => {
            p.bump(T![::]);
            p.bump(T![*]);
        }
        T![:] if p.at(T![::]) && p.nth(2) == T!['{'] => {
            p.bump(T![::]);
            use_tree_list(p);
        }
        IDENT | T![self] | T![super] | T![crate] | T![Self] | T![:] if at_macro_path_start(p) || p.at(T![Self]) => {
            paths::use_path(p);
            match p.current() {
                T![as] => opt_rename(p),
                T![:] if p.at(T![::]) => {
                    p.bump(T![::]);
                    match p.current() {
                        T![*] => p.bump(T![*]),
                        T!['{'] => use_tree_list(p),
                        _ => p.error("expected `{` or `*`"),
                    }
                }
                _ => {}
            }
        }
        _ => {
            m.abandon(p);
            if top_level {
                p.err_recover("expected a use path, `*` or `{`", ITEM_RECOVERY_SET);
            }
            return false;
        }
    }
    m.complete(p, USE_TREE);
    true
}

/// The tokens that start a use tree.
const USE_TREE_FIRST: TokenSet = TokenSet::new(&[IDENT, T![self], T![super], T![crate], T![Self], T![*], T!['{']]);

/// `USE_TREE_LIST`: `{a, b::c, self, d::{e, f}}`.
pub(crate) fn use_tree_list(p: &mut Parser<'_>) {
    debug_assert!(p.at(T!['{']));
    p.nested(|p| {
        let m = p.start();
        delimited(p, T!['{'], T!['}'], T![,], "expected a use tree", USE_TREE_FIRST, |p| use_tree(p, false));
        m.complete(p, USE_TREE_LIST);
    });
}

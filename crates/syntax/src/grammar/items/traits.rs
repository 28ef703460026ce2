//! Traits, trait aliases and impls, with their associated items.

use super::*;

/// `TRAIT`: `unsafe auto trait Name<T>: Supertraits where ... { items }` (the unstable `const
/// trait` too, its `const` consumed by the caller), or `TRAIT_ALIAS`: `trait Name<T> = Bounds
/// where ...;`.
pub(super) fn trait_(p: &mut Parser<'_>, m: Marker) {
    p.eat_contextual_kw(T![auto]);
    p.bump(T![trait]);
    name_r(p, NAME_RECOVERY_SET);
    generics::opt_generic_param_list(p);
    if p.eat(T![=]) {
        generics::bounds_without_colon(p);
        generics::opt_where_clause(p);
        p.expect(T![;]);
        m.complete(p, TRAIT_ALIAS);
        return;
    }
    if p.at(T![:]) {
        generics::bounds(p);
    }
    generics::opt_where_clause(p);
    if p.at(T!['{']) {
        assoc_item_list_in(p, ItemCtx::Trait);
    } else {
        p.error("expected `{`");
    }
    m.complete(p, TRAIT);
}

/// A `TRAIT` with an `IMPL_RESTRICTION` (`pub impl(crate) unsafe trait T {}`): the restriction
/// comes right after the visibility, before the qualifiers.
pub(super) fn restricted_trait(p: &mut Parser<'_>, m: Marker, ctx: ItemCtx, has_visibility: bool) {
    opt_restriction(p, T![impl], IMPL_RESTRICTION);
    let mut n = 0;
    while matches!(p.nth(n), T![const] | T![unsafe]) {
        n += 1;
    }
    let at_trait = p.nth(n) == T![trait] || (p.nth_at_contextual_kw(n, T![auto]) && p.nth(n + 1) == T![trait]);
    if !at_trait {
        p.error("expected a trait after the `impl` restriction");
        m.complete(p, ERROR);
        return;
    }
    if n == 0 {
        trait_(p, m);
    } else if let Err(m) = qualified_item(p, m, ctx, has_visibility) {
        m.complete(p, ERROR);
    }
}

/// `IMPL`: `impl<T> Type { ... }`, `impl<T> Trait for Type where ... { ... }`, with `const`
/// (`impl const Trait for X`) and `!` (`impl !Send for X`); `default` and `unsafe` before
/// `impl` are consumed by the caller.
pub(super) fn impl_(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![impl]);
    let mut without_type = false;
    p.folded_when_skimming(|p| {
        if p.at(T![<]) && not_a_qualified_path(p) {
            generics::opt_generic_param_list(p);
        }
        p.eat(T![const]);
        // `impl ! {}` is an inherent impl of the never type.
        if p.at(T![!]) && p.nth(1) != T!['{'] {
            p.bump(T![!]);
        }
        if p.at(T![impl]) {
            p.error("expected a trait or a type");
            without_type = true;
            return;
        }
        types::type_(p);
        if p.eat(T![for]) {
            impl_type(p);
        }
        generics::opt_where_clause(p);
    });
    if without_type {
        m.complete(p, IMPL);
        return;
    }
    if p.at(T!['{']) {
        assoc_item_list_in(p, ItemCtx::Impl);
    } else {
        p.error("expected `{`");
    }
    m.complete(p, IMPL);
}

/// Whether the `<` after `impl` starts generic parameters rather than a qualified path
/// (`impl <T as Trait>::Assoc {}`, which the type checker rejects anyway). `impl<T> ::a::B<T>`
/// is read as generic parameters, as rustc does.
fn not_a_qualified_path(p: &Parser<'_>) -> bool {
    match p.nth(1) {
        T![#] | T![>] | T![const] => true,
        LIFETIME_IDENT | IDENT => matches!(p.nth(2), T![>] | T![,] | T![:] | T![=]),
        _ => false,
    }
}

/// The trait or the self type of an impl.
fn impl_type(p: &mut Parser<'_>) {
    if p.at(T![impl]) {
        p.error("expected a trait or a type");
        return;
    }
    types::type_(p);
}

/// `ASSOC_ITEM_LIST`: `{ #![inner] items }`, the body of an impl or a trait.
pub(crate) fn assoc_item_list(p: &mut Parser<'_>) {
    assoc_item_list_in(p, ItemCtx::Impl);
}

/// `ASSOC_ITEM_LIST`: the body of a trait.
pub(crate) fn trait_assoc_item_list(p: &mut Parser<'_>) {
    assoc_item_list_in(p, ItemCtx::Trait);
}

/// `ASSOC_ITEM_LIST` of a trait or of an impl, as `ctx` tells.
fn assoc_item_list_in(p: &mut Parser<'_>, ctx: ItemCtx) {
    item_list_of(p, ASSOC_ITEM_LIST, ctx);
}

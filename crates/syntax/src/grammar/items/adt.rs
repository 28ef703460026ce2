//! Structs, unions and enums, with their fields and variants.

use super::*;

/// `STRUCT`: `struct S;`, `struct S(A, B);`, `struct S { a: A }`, with generic parameters and a
/// where clause (before record fields, after tuple fields).
pub(super) fn strukt(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![struct]);
    p.unfolded(|p| struct_or_union(p, m, true));
}

/// `UNION`: `union U { a: A, b: B }` (`union` is a contextual keyword).
pub(super) fn union(p: &mut Parser<'_>, m: Marker) {
    p.bump_remap(T![union]);
    p.unfolded(|p| struct_or_union(p, m, false));
}

/// What follows `struct` or `union`: the name, generic parameters, where clause and fields.
fn struct_or_union(p: &mut Parser<'_>, m: Marker, is_struct: bool) {
    name_r(p, NAME_RECOVERY_SET);
    generics::opt_generic_param_list(p);
    if p.at(T![where]) {
        generics::opt_where_clause_before_fields(p);
        match p.current() {
            T![;] if is_struct => p.bump(T![;]),
            T!['{'] => record_field_list(p),
            // rustc's recovery of `struct S<T> where T: Copy, (T);`.
            T!['('] if is_struct => {
                p.error("where clauses are not allowed before tuple struct bodies");
                tuple_field_list(p);
                p.expect(T![;]);
            }
            _ => p.error(if is_struct { "expected `;` or `{`" } else { "expected `{`" }),
        }
    } else {
        match p.current() {
            T!['{'] => record_field_list(p),
            T![;] if is_struct => p.bump(T![;]),
            T!['('] if is_struct => {
                tuple_field_list(p);
                generics::opt_where_clause(p);
                p.expect(T![;]);
            }
            _ => p.error(if is_struct { "expected `;`, `{` or `(`" } else { "expected `{`" }),
        }
    }
    m.complete(p, if is_struct { STRUCT } else { UNION });
}

/// `ENUM`: `enum E<T> where ... { A, B(T), C { x: T }, D = 1 }`.
pub(super) fn enum_(p: &mut Parser<'_>, m: Marker) {
    p.unfolded(|p| enum_after_marker(p, m));
}

/// [`enum_`], never folding: a derive reads the whole enum.
fn enum_after_marker(p: &mut Parser<'_>, m: Marker) {
    p.bump(T![enum]);
    name_r(p, NAME_RECOVERY_SET);
    generics::opt_generic_param_list(p);
    generics::opt_where_clause(p);
    if p.at(T!['{']) {
        variant_list(p);
    } else {
        p.error("expected `{`");
    }
    m.complete(p, ENUM);
}

/// `VARIANT_LIST`: `{ A, B(T), C { x: T }, D = 1 }`.
pub(crate) fn variant_list(p: &mut Parser<'_>) {
    debug_assert!(p.at(T!['{']));
    let m = p.start();
    p.bump(T!['{']);
    while !p.at(EOF) && !p.at(T!['}']) {
        if p.at(T!['{']) {
            error_block(p, "expected a variant");
            continue;
        }
        variant(p);
        if !p.at(T!['}']) && !p.at(EOF) {
            p.expect(T![,]);
        }
    }
    p.expect(T!['}']);
    m.complete(p, VARIANT_LIST);
}

/// `VARIANT`: `#[attr] Name`, `Name(A, B)`, `Name { a: A }`, `Name = discriminant`.
fn variant(p: &mut Parser<'_>) {
    let m = p.start();
    attributes::outer_attrs(p);
    opt_visibility(p, false);
    if !p.at(IDENT) {
        m.abandon(p);
        p.err_recover("expected a variant", TokenSet::new(&[T![,]]));
        return;
    }
    name(p);
    match p.current() {
        T!['{'] => record_field_list(p),
        T!['('] => tuple_field_list(p),
        _ => {}
    }
    if p.eat(T![=]) {
        let discriminant = p.start();
        expr_or_error(p);
        discriminant.complete(p, CONST_ARG);
    }
    m.complete(p, VARIANT);
}

/// `RECORD_FIELD_LIST`: `{ a: A, pub b: B }`.
pub(crate) fn record_field_list(p: &mut Parser<'_>) {
    debug_assert!(p.at(T!['{']));
    let m = p.start();
    p.bump(T!['{']);
    while !p.at(T!['}']) && !p.at(EOF) {
        if p.at(T!['{']) {
            error_block(p, "expected a field");
            continue;
        }
        record_field(p);
        if !p.at(T!['}']) && !p.at(EOF) {
            p.expect(T![,]);
        }
    }
    p.expect(T!['}']);
    m.complete(p, RECORD_FIELD_LIST);
}

/// `RECORD_FIELD`: `#[attr] pub name: Type`, with the unstable `unsafe` fields, `mut`
/// restrictions (`pub mut(crate) name: Type`) and default values (`name: Type = value`).
fn record_field(p: &mut Parser<'_>) {
    let m = p.start();
    attributes::outer_attrs(p);
    opt_visibility(p, false);
    // `unsafe` and a `mut` restriction come in either order.
    let unsafe_first = p.at(T![unsafe]) && (p.nth(1) == IDENT || p.nth(1) == T![mut]);
    if unsafe_first {
        p.bump(T![unsafe]);
    }
    if opt_restriction(p, T![mut], MUT_RESTRICTION) && !unsafe_first && p.at(T![unsafe]) && p.nth(1) == IDENT {
        p.bump(T![unsafe]);
    }
    if !p.at(IDENT) {
        m.abandon(p);
        p.err_recover("expected a field", TokenSet::new(&[T![,]]));
        return;
    }
    name(p);
    if p.at(T![:]) {
        types::ascription(p);
    } else {
        p.error("expected `:`");
        if p.at_ts(params::TYPE_FIRST) {
            types::type_(p);
        }
    }
    if p.eat(T![=]) {
        let default = p.start();
        expr_or_error(p);
        default.complete(p, CONST_ARG);
    }
    m.complete(p, RECORD_FIELD);
}

/// The tokens that start a tuple field.
const TUPLE_FIELD_FIRST: TokenSet =
    params::TYPE_FIRST.union(attributes::ATTRIBUTE_FIRST).union(TokenSet::new(&[T![pub], T![crate], T![mut]]));

/// `TUPLE_FIELD_LIST`: `(A, pub B, #[attr] C)`.
pub(crate) fn tuple_field_list(p: &mut Parser<'_>) {
    debug_assert!(p.at(T!['(']));
    let m = p.start();
    delimited(p, T!['('], T![')'], T![,], "expected a tuple field", TUPLE_FIELD_FIRST, |p| {
        let m = p.start();
        attributes::outer_attrs(p);
        let has_visibility = opt_visibility(p, true) | opt_restriction(p, T![mut], MUT_RESTRICTION);
        if !p.at_ts(params::TYPE_FIRST) {
            if has_visibility || p.at(T![')']) {
                // Attributes or a visibility without a type: the field is there, its type is not.
                p.error("expected a type");
                m.complete(p, TUPLE_FIELD);
                return true;
            }
            m.abandon(p);
            return false;
        }
        types::type_(p);
        m.complete(p, TUPLE_FIELD);
        true
    });
    m.complete(p, TUPLE_FIELD_LIST);
}

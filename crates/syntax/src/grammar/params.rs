//! Parameter lists of functions, closures and function pointer types, and return types.

#[cfg(test)]
mod tests;

use super::*;

/// The tokens that start a type.
pub(crate) const TYPE_FIRST: TokenSet = TokenSet::new(&[
    IDENT,
    T![:],
    T![<],
    T!['('],
    T!['['],
    T![&],
    T![*],
    T![!],
    T![_],
    T![fn],
    T![unsafe],
    T![extern],
    T![for],
    T![impl],
    T![dyn],
    T![Self],
    T![self],
    T![super],
    T![crate],
]);

/// The tokens that start a pattern.
pub(crate) const PATTERN_FIRST: TokenSet = expressions::LITERAL_FIRST.union(TokenSet::new(&[
    IDENT,
    T![_],
    T![&],
    T!['('],
    T!['['],
    T![mut],
    T![ref],
    T![box],
    T![-],
    T![:],
    T![<],
    T![.],
    T![self],
    T![super],
    T![crate],
    T![Self],
    T![const],
]));

/// The tokens that start a parameter, its attributes included (`.` for `...`).
const PARAM_FIRST: TokenSet = PATTERN_FIRST.union(TYPE_FIRST).union(attributes::ATTRIBUTE_FIRST);

/// The tokens that start a closure parameter, its attributes included.
const CLOSURE_PARAM_FIRST: TokenSet = PATTERN_FIRST.union(attributes::ATTRIBUTE_FIRST);

/// Where a parameter list that meets an unexpected token stops.
const PARAM_LIST_RECOVERY_SET: TokenSet =
    TokenSet::new(&[T!['{'], T!['}'], T![;], T![=], T![')'], T![']'], T![|], T![->]]);

/// What kind of parameter list is parsed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Flavor {
    /// A function definition: `self` first, patterns with types.
    FnDef,
    /// A trait method in edition 2015: patterns may be left out (`fn f(u8);`).
    FnTrait2015,
    /// A function pointer type: names are optional (`fn(u8, name: u16)`).
    FnPtr,
    /// A closure: `|a, b: u32|`, types optional.
    Closure,
}

/// The `PARAM_LIST` of a function definition: `(self, a: A, (b, c): (B, C), ...)`.
pub(crate) fn param_list_fn_def(p: &mut Parser<'_>) {
    param_list(p, Flavor::FnDef);
}

/// The `PARAM_LIST` of a trait method in edition 2015, where parameters may be bare types.
pub(crate) fn param_list_fn_trait_2015(p: &mut Parser<'_>) {
    param_list(p, Flavor::FnTrait2015);
}

/// The `PARAM_LIST` of a function pointer type, where names are optional: `(u8, name: u16)`.
pub(crate) fn param_list_fn_ptr(p: &mut Parser<'_>) {
    param_list(p, Flavor::FnPtr);
}

/// The `PARAM_LIST` of a closure, `|a, b: u32, (c, d)|` (or `||`).
pub(crate) fn param_list_closure(p: &mut Parser<'_>) {
    param_list(p, Flavor::Closure);
}

/// `PARAM_LIST` of the given flavor: `(params)` or `|params|`.
fn param_list(p: &mut Parser<'_>, flavor: Flavor) {
    let list = p.start();
    let ket = if flavor == Flavor::Closure {
        if p.eat(T![||]) {
            list.complete(p, PARAM_LIST);
            return;
        }
        T![|]
    } else {
        T![')']
    };
    if flavor == Flavor::Closure {
        p.bump(T![|]);
    } else {
        p.bump(T!['(']);
    }
    let takes_self = matches!(flavor, Flavor::FnDef | Flavor::FnTrait2015);
    let first_set = if flavor == Flavor::Closure { CLOSURE_PARAM_FIRST } else { PARAM_FIRST };
    let mut first = true;
    while !p.at(ket) && !p.at(EOF) {
        let m = p.start();
        let has_attributes = p.at(T![#]);
        attributes::outer_attrs(p);
        if takes_self && at_self_param(p) {
            if !first {
                p.error("`self` must be the first parameter");
            }
            self_param(p, m);
        } else if p.at_ts(first_set) {
            param(p, m, flavor);
        } else if has_attributes {
            p.error("expected a parameter after the attributes");
            m.complete(p, PARAM);
        } else {
            m.abandon(p);
            if p.at(ket) || p.at_ts(PARAM_LIST_RECOVERY_SET) {
                p.error("expected a parameter");
                break;
            }
            p.err_and_bump("expected a parameter");
            p.eat(T![,]);
            first = false;
            continue;
        }
        first = false;
        if !p.eat(T![,]) {
            if p.at_ts(first_set) {
                p.error("expected `,`");
            } else {
                break;
            }
        }
    }
    p.expect(ket);
    list.complete(p, PARAM_LIST);
}

/// Whether a `self` parameter starts here: `self`, `mut self`, `&self`, `&mut self`,
/// `&'a self`, `&'a mut self`.
fn at_self_param(p: &Parser<'_>) -> bool {
    match p.current() {
        T![self] => !p.nth_at(1, T![::]),
        T![mut] => p.nth(1) == T![self],
        T![&] => match p.nth(1) {
            T![self] => true,
            T![mut] => p.nth(2) == T![self],
            LIFETIME_IDENT => match p.nth(2) {
                T![self] => true,
                T![mut] => p.nth(3) == T![self],
                _ => false,
            },
            _ => false,
        },
        _ => false,
    }
}

/// `SELF_PARAM`, after its attributes (started by `m`): `self`, `mut self`, `&'a mut self`,
/// `self: Type`, `mut self: Type`.
fn self_param(p: &mut Parser<'_>, m: Marker) {
    if p.eat(T![&]) && p.at(LIFETIME_IDENT) {
        lifetime(p);
    }
    p.eat(T![mut]);
    let name = p.start();
    p.bump(T![self]);
    name.complete(p, NAME);
    if p.at(T![:]) && !p.at(T![::]) {
        types::ascription(p);
    }
    m.complete(p, SELF_PARAM);
}

/// `PARAM`, after its attributes (started by `m`).
fn param(p: &mut Parser<'_>, m: Marker, flavor: Flavor) {
    match flavor {
        Flavor::FnDef | Flavor::FnTrait2015 | Flavor::FnPtr if p.at(T![...]) => p.bump(T![...]),
        Flavor::FnDef => pattern_and_type(p),
        Flavor::FnTrait2015 | Flavor::FnPtr => {
            if at_named_param(p) {
                pattern_and_type(p);
            } else {
                types::type_(p);
            }
        }
        Flavor::Closure => {
            patterns::pattern_single(p);
            if p.at(T![:]) && !p.at(T![::]) {
                types::ascription(p);
            }
        }
    }
    m.complete(p, PARAM);
}

/// `pattern: Type`, or `pattern: ...` (a named C variadic parameter).
fn pattern_and_type(p: &mut Parser<'_>) {
    patterns::pattern_single(p);
    if p.at(T![:]) && !p.at(T![::]) {
        if p.nth_at(1, T![...]) {
            p.bump(T![:]);
            p.bump(T![...]);
        } else {
            types::ascription(p);
        }
    } else {
        p.error("missing type for function parameter");
    }
}

/// Whether a parameter whose name is optional has one: `name:`, `_:`, `&name:`, `mut name:`
/// (rustc's `is_named_param`).
fn at_named_param(p: &Parser<'_>) -> bool {
    let offset = match p.current() {
        T![&] if p.nth(1) == T![&] => 2,
        T![&] | T![mut] => 1,
        _ => 0,
    };
    matches!(p.nth(offset), IDENT | T![_]) && p.nth(offset + 1) == T![:] && !p.nth_at(offset + 1, T![::])
}

/// `RET_TYPE`, `-> Type`, if there is one.
pub(crate) fn opt_ret_type(p: &mut Parser<'_>) -> bool {
    if !p.at(T![->]) {
        return false;
    }
    let m = p.start();
    p.bump(T![->]);
    types::type_no_bounds(p);
    m.complete(p, RET_TYPE);
    true
}

//! Built-in derives, through [`check_derive`]: an item written as source text, the impl printed
//! as Rust on several lines (or the error). Every expansion is also parsed as items, which must
//! have no syntax errors.

use expect_test::{Expect, expect};
use sem_syntax::{Edition, TopEntryPoint, token_tree::token_tree_to_syntax};
use text_size::TextRange;

use super::{Span, token_tree};
use crate::{BuiltinDerive, ExpandErrorKind, builtin::tokens_to_lines, expand_derive};

fn call_site() -> Span {
    Span { in_call: true, range: TextRange::default() }
}

/// Derives `kind` for the item `text` and renders the impl, checking that it parses as items.
fn render_derive(kind: BuiltinDerive, text: &str) -> String {
    let item = token_tree(text, true, Edition::Edition2021);
    match expand_derive(kind, &item, call_site(), Edition::Edition2021) {
        Ok(tokens) => {
            let (parse, _) = token_tree_to_syntax(&tokens, TopEntryPoint::MacroItems, Edition::Edition2021);
            assert!(
                parse.errors().is_empty(),
                "the derive of {kind:?} for {text} does not parse as items: {:?}\n{}",
                parse.errors(),
                tokens.to_text()
            );
            tokens_to_lines(&tokens.token_trees)
        }
        Err(error) => format!("error ({:?}): {}", error.kind(), error.message()),
    }
}

fn check_derive(kind: BuiltinDerive, text: &str, expect: Expect) {
    expect.assert_eq(&render_derive(kind, text));
}

/// Items of every shape, for the test that every derive of every one parses.
const ITEMS: [&str; 13] = [
    "struct Unit;",
    "struct Empty {}",
    "pub(crate) struct Tuple<T>(pub u8, T);",
    "#[derive(Clone)] /// Docs.\n#[repr(C)] pub struct Named<'a, 'b: 'a, T: Clone + ?Sized, const N: usize = 3> where T: Copy, 'b: 'static { a: &'a T, pub b: [u8; N], r#type: &'b str }",
    "#[repr(u8)] enum E<T> { #[default] A, B(T, u8), C { x: T }, D = 4 }",
    "enum Single { #[default] Only }",
    "enum Carrier { #[default] Nothing, One(Box<Carrier>) }",
    "enum Fieldless { #[default] A = 1, B, C }",
    "struct P<T: Tr, U: Tr> { x: T::Item, y: Vec<<U as Tr>::Item>, z: Option<T::Other<'static>> }",
    "enum r#enum { #[default] r#type, r#fn(r#struct) }",
    "#[cfg_attr(test, derive(Debug))] struct W<T = u8, #[cfg(x)] U: ?Sized = str>(T, Box<U>) where T: Copy,;",
    "struct Attrs { #[serde(rename = \"b\")] /// Docs.\n pub a: u8, #[cfg(x)] c: (u8, u16) }",
    "enum OneVariant<'a> { V { a: &'a str, b: fn(u8) -> u8 } }",
];

#[test]
fn names_round_trip() {
    for kind in BuiltinDerive::all() {
        assert_eq!(BuiltinDerive::from_name(kind.name()), Some(kind));
    }
    assert_eq!(BuiltinDerive::from_name("Serialize"), None);
}

/// Every derive of every item expands (but `Default` of an enum without a `#[default]`
/// variant, an error) and parses as items ([`render_derive`] checks).
#[test]
fn every_derive_of_every_item_parses() {
    for item in ITEMS {
        for kind in BuiltinDerive::all() {
            let rendered = render_derive(kind, item);
            if kind == BuiltinDerive::Default && rendered.starts_with("error (Derive): no default declared") {
                continue;
            }
            assert!(!rendered.starts_with("error"), "{kind:?} on {item}: {rendered}");
        }
    }
}

#[test]
fn clone() {
    check_derive(
        BuiltinDerive::Clone,
        ITEMS[3],
        expect![[r#"
            #[automatically_derived] impl<'a, 'b: 'a, T: ::core::clone::Clone + Clone + ?Sized, const N: usize> ::core::clone::Clone for Named<'a, 'b, T, N> where T: Copy, 'b: 'static {
                #[inline] fn clone(&self) -> Self {
                    Named {
                        a: ::core::clone::Clone::clone(&self.a),
                        b: ::core::clone::Clone::clone(&self.b),
                        r#type: ::core::clone::Clone::clone(&self.r#type)
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Clone,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::clone::Clone> ::core::clone::Clone for E<T> {
                #[inline] fn clone(&self) -> Self {
                    match self {
                        E::A => E::A,
                        E::B(__self_0, __self_1) => E::B(::core::clone::Clone::clone(__self_0), ::core::clone::Clone::clone(__self_1)),
                        E::C {
                            x: __self_0
                        } => E::C {
                            x: ::core::clone::Clone::clone(__self_0)
                        },
                        E::D => E::D,
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Clone,
        "union U<T: Copy> { a: u32, b: T }",
        expect![[r#"
            #[automatically_derived] impl<T: ::core::clone::Clone + Copy> ::core::clone::Clone for U<T> {
                #[inline] fn clone(&self) -> Self {
                    let _: ::core::clone::AssertParamIsCopy<Self>;
                    *self
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Clone,
        "enum Never {}",
        expect![[r#"
            #[automatically_derived] impl ::core::clone::Clone for Never {
                #[inline] fn clone(&self) -> Self {
                    match *self {}
                }
            }"#]],
    );
}

#[test]
fn unions() {
    check_derive(
        BuiltinDerive::Eq,
        "union U { a: u32, b: [u8; 4] }",
        expect![[r#"
        #[automatically_derived] impl ::core::cmp::Eq for U {
            #[inline] #[doc(hidden)] fn assert_receiver_is_total_eq(&self) {
                let _: ::core::cmp::AssertParamIsEq<u32>;
                let _: ::core::cmp::AssertParamIsEq<[u8; 4]>;
            }
        }"#]],
    );
}

#[test]
fn copy() {
    check_derive(
        BuiltinDerive::Copy,
        ITEMS[2],
        expect!["#[automatically_derived] impl<T: ::core::marker::Copy> ::core::marker::Copy for Tuple<T> {}"],
    );
    check_derive(
        BuiltinDerive::Copy,
        "union U { a: u32 }",
        expect!["#[automatically_derived] impl ::core::marker::Copy for U {}"],
    );
}

#[test]
fn debug() {
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[0],
        expect![[r#"
            #[automatically_derived] impl ::core::fmt::Debug for Unit {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    ::core::fmt::Formatter::write_str(f, "Unit")
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[2],
        expect![[r##"
            #[automatically_derived] impl<T: ::core::fmt::Debug> ::core::fmt::Debug for Tuple<T> {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    ::core::fmt::Formatter::debug_tuple(f, "Tuple").field(&self.0).field(&&self.1).finish()
                }
            }"##]],
    );
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[3],
        expect![[r##"
            #[automatically_derived] impl<'a, 'b: 'a, T: ::core::fmt::Debug + Clone + ?Sized, const N: usize> ::core::fmt::Debug for Named<'a, 'b, T, N> where T: Copy, 'b: 'static {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    ::core::fmt::Formatter::debug_struct(f, "Named").field("a", &self.a).field("b", &self.b).field("type", &&self.r#type).finish()
                }
            }"##]],
    );
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[4],
        expect![[r##"
            #[automatically_derived] impl<T: ::core::fmt::Debug> ::core::fmt::Debug for E<T> {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    match self {
                        E::A => ::core::fmt::Formatter::write_str(f, "A"),
                        E::B(__self_0, __self_1) => ::core::fmt::Formatter::debug_tuple(f, "B").field(__self_0).field(&__self_1).finish(),
                        E::C {
                            x: __self_0
                        } => ::core::fmt::Formatter::debug_struct(f, "C").field("x", &__self_0).finish(),
                        E::D => ::core::fmt::Formatter::write_str(f, "D"),
                    }
                }
            }"##]],
    );
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[9],
        expect![[r#"
            #[automatically_derived] impl ::core::fmt::Debug for r#enum {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    match self {
                        r#enum::r#type => ::core::fmt::Formatter::write_str(f, "type"),
                        r#enum::r#fn(__self_0) => ::core::fmt::Formatter::debug_tuple(f, "fn").field(&__self_0).finish(),
                    }
                }
            }"#]],
    );
}

#[test]
fn default() {
    check_derive(
        BuiltinDerive::Default,
        ITEMS[0],
        expect![[r#"
            #[automatically_derived] impl ::core::default::Default for Unit {
                #[inline] fn default() -> Self {
                    Unit {}
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Default,
        ITEMS[2],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::default::Default> ::core::default::Default for Tuple<T> {
                #[inline] fn default() -> Self {
                    Tuple(::core::default::Default::default(), ::core::default::Default::default())
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Default,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T> ::core::default::Default for E<T> {
                #[inline] fn default() -> Self {
                    E::A
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Default,
        "enum E { A, B }",
        expect![
            "error (Derive): no default declared: `#[derive(Default)]` on an enum needs a unit variant marked `#[default]`"
        ],
    );
    check_derive(
        BuiltinDerive::Default,
        "enum E { #[default] A, #[default] B }",
        expect!["error (Derive): multiple declared defaults"],
    );
    check_derive(
        BuiltinDerive::Default,
        "enum E { #[default] A(u8) }",
        expect!["error (Derive): the `#[default]` attribute may only be used on unit enum variants"],
    );
}

#[test]
fn hash() {
    check_derive(
        BuiltinDerive::Hash,
        ITEMS[3],
        expect![[r#"
            #[automatically_derived] impl<'a, 'b: 'a, T: ::core::hash::Hash + Clone + ?Sized, const N: usize> ::core::hash::Hash for Named<'a, 'b, T, N> where T: Copy, 'b: 'static {
                #[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                    ::core::hash::Hash::hash(&self.a, state);
                    ::core::hash::Hash::hash(&self.b, state);
                    ::core::hash::Hash::hash(&self.r#type, state);
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Hash,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::hash::Hash> ::core::hash::Hash for E<T> {
                #[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    ::core::hash::Hash::hash(&__self_discr, state);
                    match self {
                        E::B(__self_0, __self_1) => {
                            ::core::hash::Hash::hash(__self_0, state);
                            ::core::hash::Hash::hash(__self_1, state);
                        }
                        E::C {
                            x: __self_0
                        } => {
                            ::core::hash::Hash::hash(__self_0, state);
                        }
                        _ => {}
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Hash,
        ITEMS[7],
        expect![[r#"
            #[automatically_derived] impl ::core::hash::Hash for Fieldless {
                #[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    ::core::hash::Hash::hash(&__self_discr, state);
                }
            }"#]],
    );
}

#[test]
fn partial_eq_and_eq() {
    check_derive(
        BuiltinDerive::PartialEq,
        ITEMS[2],
        expect![[r#"
            #[automatically_derived] impl<T> ::core::marker::StructuralPartialEq for Tuple<T> {}
            #[automatically_derived] impl<T: ::core::cmp::PartialEq> ::core::cmp::PartialEq for Tuple<T> {
                #[inline] fn eq(&self, other: &Self) -> bool {
                    self.0 == other.0 && self.1 == other.1
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::PartialEq,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T> ::core::marker::StructuralPartialEq for E<T> {}
            #[automatically_derived] impl<T: ::core::cmp::PartialEq> ::core::cmp::PartialEq for E<T> {
                #[inline] fn eq(&self, other: &Self) -> bool {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                    __self_discr == __arg1_discr && match (self, other) {
                        (E::B(__self_0, __self_1), E::B(__arg1_0, __arg1_1)) => __self_0 == __arg1_0 && __self_1 == __arg1_1,
                        (E::C {
                            x: __self_0
                        }, E::C {
                            x: __arg1_0
                        }) => __self_0 == __arg1_0,
                        _ => true,
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::PartialEq,
        ITEMS[5],
        expect![[r#"
            #[automatically_derived] impl ::core::marker::StructuralPartialEq for Single {}
            #[automatically_derived] impl ::core::cmp::PartialEq for Single {
                #[inline] fn eq(&self, other: &Self) -> bool {
                    true
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Eq,
        ITEMS[3],
        expect![[r#"
            #[automatically_derived] impl<'a, 'b: 'a, T: ::core::cmp::Eq + Clone + ?Sized, const N: usize> ::core::cmp::Eq for Named<'a, 'b, T, N> where T: Copy, 'b: 'static {
                #[inline] #[doc(hidden)] fn assert_receiver_is_total_eq(&self) {
                    let _: ::core::cmp::AssertParamIsEq<&'a T>;
                    let _: ::core::cmp::AssertParamIsEq<[u8; N]>;
                    let _: ::core::cmp::AssertParamIsEq<&'b str>;
                }
            }"#]],
    );
}

#[test]
fn partial_ord_and_ord() {
    check_derive(
        BuiltinDerive::PartialOrd,
        ITEMS[3],
        expect![[r#"
            #[automatically_derived] impl<'a, 'b: 'a, T: ::core::cmp::PartialOrd + Clone + ?Sized, const N: usize> ::core::cmp::PartialOrd for Named<'a, 'b, T, N> where T: Copy, 'b: 'static {
                #[inline] fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    match ::core::cmp::PartialOrd::partial_cmp(&self.a, &other.a) {
                        ::core::option::Option::Some(::core::cmp::Ordering::Equal) => {}
                        cmp => return cmp,
                    }
                    match ::core::cmp::PartialOrd::partial_cmp(&self.b, &other.b) {
                        ::core::option::Option::Some(::core::cmp::Ordering::Equal) => {}
                        cmp => return cmp,
                    }
                    ::core::cmp::PartialOrd::partial_cmp(&self.r#type, &other.r#type)
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::PartialOrd,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::cmp::PartialOrd> ::core::cmp::PartialOrd for E<T> {
                #[inline] fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                    match (self, other) {
                        (E::B(__self_0, __self_1), E::B(__arg1_0, __arg1_1)) => {
                            match ::core::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0) {
                                ::core::option::Option::Some(::core::cmp::Ordering::Equal) => {}
                                cmp => return cmp,
                            }
                            ::core::cmp::PartialOrd::partial_cmp(__self_1, __arg1_1)
                        }
                        (E::C {
                            x: __self_0
                        }, E::C {
                            x: __arg1_0
                        }) => {
                            ::core::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                        }
                        _ => ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr),
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Ord,
        ITEMS[4],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::cmp::Ord> ::core::cmp::Ord for E<T> {
                #[inline] fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                    match ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr) {
                        ::core::cmp::Ordering::Equal => match (self, other) {
                            (E::B(__self_0, __self_1), E::B(__arg1_0, __arg1_1)) => {
                                match ::core::cmp::Ord::cmp(__self_0, __arg1_0) {
                                    ::core::cmp::Ordering::Equal => {}
                                    cmp => return cmp,
                                }
                                ::core::cmp::Ord::cmp(__self_1, __arg1_1)
                            }
                            (E::C {
                                x: __self_0
                            }, E::C {
                                x: __arg1_0
                            }) => {
                                ::core::cmp::Ord::cmp(__self_0, __arg1_0)
                            }
                            _ => ::core::cmp::Ordering::Equal,
                        },
                        cmp => cmp,
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Ord,
        ITEMS[7],
        expect![[r#"
            #[automatically_derived] impl ::core::cmp::Ord for Fieldless {
                #[inline] fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    let __self_discr = ::core::intrinsics::discriminant_value(self);
                    let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                    ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr)
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Ord,
        ITEMS[1],
        expect![[r#"
            #[automatically_derived] impl ::core::cmp::Ord for Empty {
                #[inline] fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    ::core::cmp::Ordering::Equal
                }
            }"#]],
    );
}

#[test]
fn defaults_and_attributes_of_parameters_are_dropped() {
    check_derive(
        BuiltinDerive::Hash,
        ITEMS[10],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::hash::Hash, U: ::core::hash::Hash + ?Sized> ::core::hash::Hash for W<T, U> where T: Copy, {
                #[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                    ::core::hash::Hash::hash(&self.0, state);
                    ::core::hash::Hash::hash(&self.1, state);
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Debug,
        ITEMS[11],
        expect![[r##"
            #[automatically_derived] impl ::core::fmt::Debug for Attrs {
                #[inline] fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                    ::core::fmt::Formatter::debug_struct(f, "Attrs").field("a", &self.a).field("c", &&self.c).finish()
                }
            }"##]],
    );
}

#[test]
fn single_variant_enums() {
    check_derive(
        BuiltinDerive::PartialOrd,
        ITEMS[12],
        expect![[r#"
            #[automatically_derived] impl<'a> ::core::cmp::PartialOrd for OneVariant<'a> {
                #[inline] fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    match (self, other) {
                        (OneVariant::V {
                            a: __self_0,
                            b: __self_1
                        }, OneVariant::V {
                            a: __arg1_0,
                            b: __arg1_1
                        }) => {
                            match ::core::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0) {
                                ::core::option::Option::Some(::core::cmp::Ordering::Equal) => {}
                                cmp => return cmp,
                            }
                            ::core::cmp::PartialOrd::partial_cmp(__self_1, __arg1_1)
                        }
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::Hash,
        ITEMS[12],
        expect![[r#"
            #[automatically_derived] impl<'a> ::core::hash::Hash for OneVariant<'a> {
                #[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
                    match self {
                        OneVariant::V {
                            a: __self_0,
                            b: __self_1
                        } => {
                            ::core::hash::Hash::hash(__self_0, state);
                            ::core::hash::Hash::hash(__self_1, state);
                        }
                    }
                }
            }"#]],
    );
    check_derive(
        BuiltinDerive::PartialEq,
        "enum Wrapper { A(u8) }",
        expect![[r#"
            #[automatically_derived] impl ::core::marker::StructuralPartialEq for Wrapper {}
            #[automatically_derived] impl ::core::cmp::PartialEq for Wrapper {
                #[inline] fn eq(&self, other: &Self) -> bool {
                    match (self, other) {
                        (Wrapper::A(__self_0), Wrapper::A(__arg1_0)) => __self_0 == __arg1_0,
                    }
                }
            }"#]],
    );
}

#[test]
fn projections_get_where_predicates() {
    check_derive(
        BuiltinDerive::Clone,
        ITEMS[8],
        expect![[r#"
            #[automatically_derived] impl<T: ::core::clone::Clone + Tr, U: ::core::clone::Clone + Tr> ::core::clone::Clone for P<T, U> where T::Item: ::core::clone::Clone, T::Other<'static>: ::core::clone::Clone {
                #[inline] fn clone(&self) -> Self {
                    P {
                        x: ::core::clone::Clone::clone(&self.x),
                        y: ::core::clone::Clone::clone(&self.y),
                        z: ::core::clone::Clone::clone(&self.z)
                    }
                }
            }"#]],
    );
}

#[test]
fn errors() {
    check_derive(
        BuiltinDerive::Clone,
        "fn f() {}",
        expect!["error (Derive): `derive` may only be applied to `struct`s, `enum`s and `union`s"],
    );
    check_derive(
        BuiltinDerive::Debug,
        "union U { a: u32 }",
        expect!["error (Derive): this trait cannot be derived for unions"],
    );
    check_derive(
        BuiltinDerive::PartialEq,
        "union U { a: u32 }",
        expect!["error (Derive): this trait cannot be derived for unions"],
    );
    let item = token_tree("", true, Edition::Edition2021);
    let error = expand_derive(BuiltinDerive::Hash, &item, call_site(), Edition::Edition2021).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::Derive);
}

/// Spans: tokens repeated from the item keep the item's spans, generated ones get the call
/// site's.
#[test]
fn spans() {
    let text = "struct S<T> { field: T }";
    let item = token_tree(text, false, Edition::Edition2021);
    let tokens = expand_derive(BuiltinDerive::Clone, &item, call_site(), Edition::Edition2021).unwrap();
    let mut from_item = Vec::new();
    let mut stack = vec![&tokens];
    while let Some(subtree) = stack.pop() {
        for tree in &subtree.token_trees {
            match tree {
                sem_syntax::token_tree::TokenTree::Subtree(inner) => stack.push(inner),
                sem_syntax::token_tree::TokenTree::Leaf(leaf) => {
                    let span = crate::input::leaf_span(leaf);
                    if !span.in_call {
                        from_item.push(text[span.range].to_owned());
                    }
                }
            }
        }
    }
    from_item.sort();
    assert_eq!(from_item, ["S", "S", "T", "T", "field", "field"]);
}

/// A struct with many fields and a deeply nested field type derives without deep output or
/// a deep walk.
#[test]
fn large_and_deep_items() {
    let fields: Vec<String> = (0..300).map(|i| format!("f{i}: u8")).collect();
    let text = format!("struct Wide {{ {} }}", fields.join(", "));
    for kind in BuiltinDerive::all() {
        let rendered = render_derive(kind, &text);
        assert!(!rendered.starts_with("error"), "{rendered}");
    }
    let depth = 200;
    let ty = format!("{}u8{}", "Option<".repeat(depth), ">".repeat(depth));
    let text = format!("struct Deep<T> {{ a: {ty}, b: [[[[T; 1]; 1]; 1]; 1] }}");
    for kind in BuiltinDerive::all() {
        let rendered = render_derive(kind, &text);
        assert!(!rendered.starts_with("error"), "{rendered}");
    }
}

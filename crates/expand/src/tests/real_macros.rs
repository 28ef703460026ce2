//! Real `macro_rules!` definitions from the standard library and popular crates.

use expect_test::{Expect, expect};
use sem_syntax::{
    Edition,
    token_tree::{Leaf, Subtree, TokenTree},
};

use super::{Span, call_input, check, definition};
use crate::{Fuel, MacroRules};

#[test]
fn std_vec() {
    let def = "macro_rules! vec {
        () => ( $crate::vec::Vec::new() );
        ($elem:expr; $n:expr) => ( $crate::vec::from_elem($elem, $n) );
        ($($x:expr),+ $(,)?) => ( <[_]>::into_vec($crate::boxed::box_new([$($x),+])) );
    }";
    check(def, "vec![]", expect!["$crate :: vec :: Vec :: new ()"]);
    check(def, "vec![0u8; n * 2]", expect!["$crate :: vec :: from_elem (0u8 , n * 2)"]);
    check(
        def,
        "vec![1, a.b(), { c },]",
        expect!["< [_] >:: into_vec ($crate :: boxed :: box_new ([1 , a . b () , {c}]))"],
    );
}

#[test]
fn std_matches() {
    let def = "macro_rules! matches {
        ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
            match $expression {
                $pattern $(if $guard)? => true,
                _ => false
            }
        };
    }";
    check(
        def,
        "matches!(c, 'a'..='z' | 'A'..='Z')",
        expect!["match c {'a' ..= 'z' | 'A' ..= 'Z' => true , _ => false}"],
    );
    check(def, "matches!(x, Some(n) if n > 2,)", expect!["match x {Some (n) if n > 2 => true , _ => false}"]);
}

#[test]
fn bitflags_style() {
    let def = "macro_rules! bitflags {
        (
            $(#[$outer:meta])*
            $vis:vis struct $Name:ident: $T:ty {
                $(
                    $(#[$inner:meta])*
                    const $Flag:ident = $value:expr;
                )*
            }
        ) => {
            $(#[$outer])*
            #[derive(Copy, Clone, PartialEq, Eq)]
            $vis struct $Name { bits: $T }
            impl $Name {
                $(
                    $(#[$inner])*
                    pub const $Flag: Self = Self { bits: $value };
                )*
                pub const fn bits(&self) -> $T { self.bits }
            }
        };
    }";
    check(
        def,
        "bitflags! {
            /// Flags.
            pub struct Flags: u32 {
                const A = 0b001;
                #[doc = \"B\"]
                const B = 1 << 1;
                const AB = Self::A.bits | Self::B.bits;
            }
        }",
        expect![[
            r##"# [doc = " Flags."] # [derive (Copy , Clone , PartialEq , Eq)] pub struct Flags {bits : u32} impl Flags {pub const A : Self = Self {bits : 0b001} ; # [doc = "B"] pub const B : Self = Self {bits : 1 << 1} ; pub const AB : Self = Self {bits : Self :: A . bits | Self :: B . bits} ; pub const fn bits (& self) -> u32 {self . bits}}"##
        ]],
    );
}

#[test]
fn serde_forward_to_deserialize_any() {
    let method = "macro_rules! forward_to_deserialize_any_method {
        ($func:ident<$l:tt, $v:ident>($($arg:ident : $ty:ty),*)) => {
            #[inline]
            fn $func<$v>(self, $($arg: $ty,)* visitor: $v) -> $crate::__private::Result<$v::Value, Self::Error>
            where
                $v: $crate::de::Visitor<$l>,
            {
                $(
                    let _ = $arg;
                )*
                self.deserialize_any(visitor)
            }
        };
    }";
    let any = "macro_rules! forward_to_deserialize_any {
        (<$visitor:ident: Visitor<$lifetime:tt>> $($func:ident)*) => {
            $(forward_to_deserialize_any_helper!{$func<$lifetime, $visitor>})*
        };
        ($($func:ident)*) => {
            $(forward_to_deserialize_any_helper!{$func<'de, V>})*
        };
    }";
    let helper = "macro_rules! forward_to_deserialize_any_helper {
        (bool<$l:tt, $v:ident>) => { forward_to_deserialize_any_method!{deserialize_bool<$l, $v>()} };
        (u8<$l:tt, $v:ident>) => { forward_to_deserialize_any_method!{deserialize_u8<$l, $v>()} };
        (tuple<$l:tt, $v:ident>) => { forward_to_deserialize_any_method!{deserialize_tuple<$l, $v>(len: usize)} };
        (tuple_struct<$l:tt, $v:ident>) => {
            forward_to_deserialize_any_method!{deserialize_tuple_struct<$l, $v>(name: &'static str, len: usize)}
        };
    }";
    check(
        any,
        "forward_to_deserialize_any! { bool u8 tuple }",
        expect![
            "forward_to_deserialize_any_helper ! {bool < 'de , V >} forward_to_deserialize_any_helper ! {u8 < 'de , V >} forward_to_deserialize_any_helper ! {tuple < 'de , V >}"
        ],
    );
    check(
        any,
        "forward_to_deserialize_any! { <W: Visitor<'q>> bool }",
        expect!["forward_to_deserialize_any_helper ! {bool < 'q , W >}"],
    );
    check(
        helper,
        "forward_to_deserialize_any_helper!{tuple_struct<'de, V>}",
        expect![
            "forward_to_deserialize_any_method ! {deserialize_tuple_struct < 'de , V > (name : & 'static str , len : usize)}"
        ],
    );
    check(
        method,
        "forward_to_deserialize_any_method!{deserialize_tuple_struct<'de, V>(name: &'static str, len: usize)}",
        expect![
            "# [inline] fn deserialize_tuple_struct < V > (self , name : & 'static str , len : usize , visitor : V) -> $crate :: __private :: Result < V :: Value , Self :: Error > where V : $crate :: de :: Visitor < 'de >, {let _ = name ; let _ = len ; self . deserialize_any (visitor)}"
        ],
    );
}

/// Expands `call` with `rules` and then, in the result, every call of `name` again, until
/// none is left (the caller's job, done here for tt munchers).
fn expand_all(rules: &MacroRules<Span>, name: &str, input: &Subtree<Span>, depth: usize) -> Subtree<Span> {
    assert!(depth < 64, "runaway recursion");
    let call_site = Span { in_call: true, range: Default::default() };
    let out = rules.expand(input, call_site, Edition::Edition2021, &Fuel::default()).unwrap_or_else(|error| {
        panic!("{}: {}", input.to_text(), error.message());
    });
    replace_calls(rules, name, out, depth)
}

fn replace_calls(rules: &MacroRules<Span>, name: &str, subtree: Subtree<Span>, depth: usize) -> Subtree<Span> {
    let mut result = Vec::new();
    let mut trees = subtree.token_trees.into_iter().peekable();
    while let Some(tree) = trees.next() {
        let is_call = matches!(&tree, TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == name);
        if is_call
            && let Some(TokenTree::Leaf(Leaf::Punct(bang))) = trees.peek()
            && bang.char == '!'
        {
            trees.next();
            let Some(TokenTree::Subtree(arguments)) = trees.next() else { panic!("a call without arguments") };
            let expansion = expand_all(rules, name, &arguments, depth + 1);
            result.push(TokenTree::Subtree(expansion));
            continue;
        }
        result.push(match tree {
            TokenTree::Subtree(inner) => TokenTree::Subtree(replace_calls(rules, name, inner, depth)),
            leaf => leaf,
        });
    }
    Subtree { delimiter: subtree.delimiter, token_trees: result }
}

fn check_recursive(definition_text: &str, name: &str, call: &str, expect: Expect) {
    let rules = definition(definition_text, Edition::Edition2021).unwrap();
    let out = expand_all(&rules, name, &call_input(call, Edition::Edition2021), 0);
    expect.assert_eq(&out.to_text());
}

#[test]
fn tt_muncher_counting_tokens() {
    // From "The Little Book of Rust Macros": counting by halves.
    let def = "macro_rules! count_tts {
        () => { 0 };
        ($odd:tt $($a:tt $b:tt)*) => { (count_tts!($($a)*) << 1) | 1 };
        ($($a:tt $even:tt)*) => { count_tts!($($a)*) << 1 };
    }";
    check_recursive(def, "count_tts", "count_tts!(a b c d e f g)", expect!["(((0 << 1) | 1 << 1) | 1 << 1) | 1"]);
}

#[test]
fn maplit_hashmap_with_internal_rules() {
    let def = "macro_rules! hashmap {
        (@single $($x:tt)*) => (());
        (@count $($rest:expr),*) => (<[()]>::len(&[$(hashmap!(@single $rest)),*]));
        ($($key:expr => $value:expr,)+) => { hashmap!($($key => $value),+) };
        ($($key:expr => $value:expr),*) => {
            {
                let _cap = hashmap!(@count $($key),*);
                let mut _map = ::std::collections::HashMap::with_capacity(_cap);
                $(
                    let _ = _map.insert($key, $value);
                )*
                _map
            }
        };
    }";
    check_recursive(
        def,
        "hashmap",
        r#"hashmap!{ "a" => 1, "b" => 2, }"#,
        expect![[
            r#"{let _cap = < [()] >:: len (& [() , ()]) ; let mut _map = :: std :: collections :: HashMap :: with_capacity (_cap) ; let _ = _map . insert ("a" , 1) ; let _ = _map . insert ("b" , 2) ; _map}"#
        ]],
    );
}

#[test]
fn lazy_static_style_munching_with_attributes_and_visibility() {
    let def = "macro_rules! statics {
        ($(#[$attr:meta])* static ref $N:ident : $T:ty = $e:expr; $($t:tt)*) => {
            $(#[$attr])* struct $N { __private_field: () }
            impl Deref for $N { type Target = $T; fn deref(&self) -> &$T { static LAZY: Lazy<$T> = Lazy::new(|| $e); &LAZY } }
            statics!($($t)*);
        };
        ($(#[$attr:meta])* pub static ref $N:ident : $T:ty = $e:expr; $($t:tt)*) => {
            $(#[$attr])* pub struct $N { __private_field: () }
            statics!($($t)*);
        };
        () => ()
    }";
    check_recursive(
        def,
        "statics",
        "statics! { #[doc = \"x\"] static ref A: Vec<u8> = vec![1]; pub static ref B: u8 = 2; }",
        expect![[
            r##"# [doc = "x"] struct A {__private_field : ()} impl Deref for A {type Target = Vec < u8 > ; fn deref (& self) -> & Vec < u8 > {static LAZY : Lazy < Vec < u8 > > = Lazy :: new (|| vec ! [1]) ; & LAZY}} pub struct B {__private_field : ()}  ; ;"##
        ]],
    );
}

#[test]
fn an_empty_vis_forwarded_to_another_rule_still_matches_a_vis() {
    // pin-project-lite forwards `[$vis struct $ident $proj_vis]` with both visibilities empty;
    // an empty `vis` is an empty nonterminal in rustc, which a `$v:vis` before `]` matches.
    let def = "macro_rules! pin {
        ([$vis:vis $kind:ident $name:ident $proj_vis:vis]) => { $vis $kind $name; };
        ($vis:vis struct $name:ident) => { pin!([$vis struct $name $vis]); };
    }";
    check_recursive(def, "pin", "pin!(struct S)", expect![" struct S ; ;"]);
    check_recursive(def, "pin", "pin!(pub(crate) struct S)", expect!["pub (crate) struct S ; ;"]);
}

//! What the paths of signatures name, as snapshots.

use expect_test::{Expect, expect};
use sem_db::fixture::database_from_fixture;

use crate::{crate_owners, resolver::dump_signature_resolutions, signature::dump_signature};

/// Every owner of the fixture's first crate with a path in its signature: the signature, then
/// each path and what it names.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let mut out = String::new();
    for &owner in crate_owners(&db, krate) {
        let resolutions = dump_signature_resolutions(&db, owner);
        if resolutions.is_empty() {
            continue;
        }
        out.push_str(&dump_signature(&db, owner));
        out.push('\n');
        for line in resolutions.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    expect.assert_eq(&out);
}

#[test]
fn paths_start_at_generics_self_the_module_the_preludes_and_the_primitive_types() {
    check(
        r#"
//- /lib.rs crate:a deps:std,dep edition:2021
mod inner { pub struct Deep; pub mod more { pub enum E { V } } }
use inner::Deep as Imported;
pub struct S<T> { t: T, d: inner::Deep, i: Imported, v: Vec<u8>, o: Option<T>, e: dep::Thing, s: Self }
pub fn f<U: Clone>(u: U, n: inner::more::E, w: crate::inner::more::E::V, x: self::S<U>) -> Missing { loop {} }
type Shadowed = u8;
mod sub { pub fn g(_: super::S<u8>, _: ::dep::Thing) {} }
//- /dep.rs crate:dep
pub struct Thing;
pub trait Clone {}
//- /std/lib.rs crate:std
pub mod prelude {
    pub mod v1 { pub use crate::option::Option; pub use crate::vec::Vec; pub use crate::clone::Clone; }
    pub mod rust_2021 { pub use super::v1::*; }
}
pub mod option { pub enum Option<T> { Some(T), None } }
pub mod vec { pub struct Vec<T>(T); }
pub mod clone { pub trait Clone {} }
"#,
        expect![[r#"
            struct S<T> { t: T, d: inner::Deep, i: Imported, v: Vec<u8>, o: Option<T>, e: dep::Thing, s: Self }
                T -> generic parameter #0 of crate::S
                inner::Deep -> crate::inner::Deep
                Imported -> crate::inner::Deep
                u8 -> builtin u8
                Vec<u8> -> std::vec::Vec
                T -> generic parameter #0 of crate::S
                Option<T> -> std::option::Option
                dep::Thing -> dep::Thing
                Self -> Self of crate::S
            fn f<U: Clone>(U, inner::more::E, crate::inner::more::E::V, self::S<U>) -> Missing
                Clone -> std::clone::Clone
                U -> generic parameter #0 of crate::f
                inner::more::E -> crate::inner::more::E
                crate::inner::more::E::V -> crate::inner::more::E::V
                U -> generic parameter #0 of crate::f
                self::S<U> -> crate::S
                Missing -> unresolved at segment 0
            type Shadowed = u8
                u8 -> builtin u8
            fn g(super::S<u8>, ::dep::Thing)
                u8 -> builtin u8
                super::S<u8> -> crate::S
                ::dep::Thing -> dep::Thing
        "#]],
    );
}

#[test]
fn associated_items_through_traits_and_types() {
    check(
        r#"
//- /lib.rs crate:a
pub trait Tr { type Out; fn make() -> Self::Out; }
pub struct S;
impl Tr for S { type Out = <S as Tr>::Out; fn make() -> Self::Out { loop {} } }
pub fn g<T: Tr>(t: T::Out, u: <T as Tr>::Out, v: Tr::Out, w: S::Assoc, x: <T>::Out, y: <[T]>::Out) {}
"#,
        expect![[r#"
            fn make() -> Self::Out;
                Self::Out -> crate::Tr::Out
            impl Tr for S
                Tr -> crate::Tr
                S -> crate::S
            type Out = <S as Tr>::Out
                S -> crate::S
                Tr -> crate::Tr
                <S as Tr>::Out -> crate::Tr::Out
            fn make() -> Self::Out
                Self::Out -> crate::{impl}::Out
            fn g<T: Tr>(T::Out, <T as Tr>::Out, Tr::Out, S::Assoc, <T>::Out, <[T]>::Out)
                Tr -> crate::Tr
                T::Out -> generic parameter #0 of crate::g, then 1 segment(s) that need types
                T -> generic parameter #0 of crate::g
                Tr -> crate::Tr
                <T as Tr>::Out -> crate::Tr::Out
                Tr::Out -> crate::Tr::Out
                S::Assoc -> crate::S, then 1 segment(s) that need types
                T -> generic parameter #0 of crate::g
                <T>::Out -> generic parameter #0 of crate::g, then 1 segment(s) that need types
                T -> generic parameter #0 of crate::g
                <[T]>::Out -> the qualified type, then 1 segment(s) that need types
        "#]],
    );
}

#[test]
fn generic_arguments_may_name_constants_and_macro_calls_wait_for_expansion() {
    check(
        r#"
//- /lib.rs crate:a
const MAX: usize = 8;
pub struct Array<const N: usize>;
pub struct Wrap<T>(T);
pub fn f<const N: usize>(_: Array<N>, _: Array<MAX>, _: Wrap<Missing>, _: ty!(u8)) {}
"#,
        expect![[r#"
            const MAX: usize = …
                usize -> builtin usize
            struct Array<const N: usize>
                usize -> builtin usize
            struct Wrap<T>(T)
                T -> generic parameter #0 of crate::Wrap
            fn f<const N: usize>(Array<N>, Array<MAX>, Wrap<Missing>, ty!(…) /* not expanded */)
                usize -> builtin usize
                N -> generic parameter #0 of crate::f
                Array<N> -> crate::Array
                MAX -> crate::MAX
                Array<MAX> -> crate::Array
                Missing -> unresolved at segment 0
                Wrap<Missing> -> crate::Wrap
                ty -> a macro call
        "#]],
    );
}

#[test]
fn dollar_crate_names_the_crate_of_the_macro_that_wrote_the_owner() {
    check(
        r#"
//- /lib.rs crate:a deps:m
m::make!();
pub struct Local;
//- /m.rs crate:m
pub struct Remote;
#[macro_export]
macro_rules! make { () => { pub fn made(_: $crate::Remote, _: crate::Local) {} } }
"#,
        expect![[r#"
            fn made($crate::Remote, crate::Local)
                $crate::Remote -> m::Remote
                crate::Local -> crate::Local
        "#]],
    );
}

/// Every owner of the fixture's first crate with a path in its bodies: each path and what it
/// names, then the identifier patterns that name something.
fn check_bodies(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let mut out = String::new();
    for &owner in crate_owners(&db, krate) {
        let resolutions = crate::resolver::dump_body_resolutions(&db, owner);
        if resolutions.is_empty() {
            continue;
        }
        out.push_str(&format!("{}\n", owner.path(&db)));
        for line in resolutions.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    expect.assert_eq(&out);
}

const STD: &str = r#"
//- /std/lib.rs crate:std
pub mod prelude {
    pub mod rust_2021 {
        pub use crate::option::Option::{self, None, Some};
        pub use crate::vec::Vec;
        pub use crate::mem::drop;
        pub use crate::default::Default;
    }
}
pub mod option { pub enum Option<T> { Some(T), None } }
pub mod vec { pub struct Vec<T>(T); impl<T> Vec<T> { pub fn new() -> Self { loop {} } } }
pub mod mem { pub fn drop<T>(_: T) {} }
pub mod default { pub trait Default { fn default() -> Self; } }
"#;

#[test]
fn locals_shadow_in_order_and_stay_in_their_scopes() {
    check_bodies(
        &format!(
            r#"
//- /lib.rs crate:a deps:std edition:2021
fn f(x: u8, (a, b): (u8, u8)) -> u8 {{
    let y = x;
    let x = y + x;
    let z = {{ let inner = 1; inner }};
    inner;
    let Some(w) = a else {{ w; return b }};
    if let Some(c) = w && c > y {{ c }} else {{ c }};
    match z {{ Some(m) if m > 0 => m, n => n }};
    for i in 0..x {{ i; }}
    let k = |p: u8, q| p + q + x;
    f(x, (a, b))
}}
{STD}"#
        ),
        expect![[r#"
            crate::f
                x -> local x #0
                y -> local y #3
                x -> local x #0
                inner -> local inner #5
                inner -> unresolved at segment 0
                a -> local a #1
                w -> unresolved at segment 0
                b -> local b #2
                Some -> std::option::Option::Some
                w -> local w #7
                Some -> std::option::Option::Some
                c -> local c #8
                y -> local y #3
                c -> local c #8
                c -> unresolved at segment 0
                z -> local z #6
                Some -> std::option::Option::Some
                m -> local m #9
                m -> local m #9
                n -> local n #10
                x -> local x #4
                i -> local i #11
                <iter> -> local <iter> #12
                u8 -> builtin u8
                p -> local p #13
                q -> local q #14
                x -> local x #4
                f -> crate::f
                x -> local x #4
                a -> local a #1
                b -> local b #2
        "#]],
    );
}

#[test]
fn value_paths_name_items_variants_and_associated_items() {
    check_bodies(
        &format!(
            r#"
//- /lib.rs crate:a deps:std edition:2021
mod m {{ pub fn g() {{}} pub const K: u8 = 1; pub struct Unit; pub struct Tuple(pub u8); pub struct Rec {{ pub a: u8 }} }}
use m::{{Unit, K}};
enum E {{ A, B(u8), C {{ x: u8 }} }}
trait Tr {{ const C: u8; fn method(&self); }}
struct S;
impl S {{ const OWN: u8 = 2; fn new() -> Self {{ Self }} fn use_self(&self) {{ Self::OWN; Self::new(); Self::missing; }} }}
fn f<T: Tr, const N: usize>(t: T) {{
    m::g(); m::K; K; Unit; m::Tuple(1); m::Rec {{ a: 1 }};
    E::A; E::B(1); E::C {{ x: 1 }}; E::D;
    Tr::method(&t); <T as Tr>::C; T::C; N;
    Vec::new(); Vec::<u8>::new; Default::default(); drop(t); Some(1); None::<u8>;
    missing; m::missing; crate::m::g;
    match t {{ None => {{}} Some(K) => {{}} Unit => {{}} E::B(x) => {{ x; }} m::Rec {{ a }} => {{ a; }} other => {{ other; }} }}
    let v: Vec<u8> = 0 as _;
    println!("{{}}", 1);
}}
{STD}"#
        ),
        expect![[r#"
            crate::{impl}::new
                Self -> Self of crate::{impl}
            crate::{impl}::use_self
                Self::OWN -> crate::{impl}::OWN
                Self::new -> crate::{impl}::new
                Self::missing -> Self of crate::{impl}, then 1 segment(s) that need types
            crate::f
                m::g -> crate::m::g
                m::K -> crate::m::K
                K -> crate::m::K
                Unit -> crate::m::Unit
                m::Tuple -> crate::m::Tuple
                m::Rec -> crate::m::Rec
                E::A -> crate::E::A
                E::B -> crate::E::B
                E::C -> crate::E::C
                E::D -> crate::E, then 1 segment(s) that need types
                Tr::method -> crate::Tr::method
                t -> local t #0
                T -> generic parameter #0 of crate::f
                Tr -> crate::Tr
                <T as Tr>::C -> crate::Tr::C
                T::C -> generic parameter #0 of crate::f, then 1 segment(s) that need types
                N -> generic parameter #1 of crate::f
                Vec::new -> std::vec::Vec, then 1 segment(s) that need types
                u8 -> builtin u8
                Vec<u8>::new -> std::vec::Vec, then 1 segment(s) that need types
                Default::default -> std::default::Default::default
                drop -> std::mem::drop
                t -> local t #0
                Some -> std::option::Option::Some
                u8 -> builtin u8
                None<u8> -> std::option::Option::None
                missing -> unresolved at segment 0
                m::missing -> unresolved at segment 1
                crate::m::g -> crate::m::g
                t -> local t #0
                Some -> std::option::Option::Some
                E::B -> crate::E::B
                x -> local x #4
                m::Rec -> crate::m::Rec
                a -> local a #5
                other -> local other #6
                u8 -> builtin u8
                Vec<u8> -> std::vec::Vec
                println -> a macro call
                pattern None -> std::option::Option::None
                pattern K -> crate::m::K
                pattern Unit -> crate::m::Unit
        "#]],
    );
}

#[test]
fn a_global_path_a_later_edition_wrote_finds_the_extern_prelude_in_a_2015_crate() {
    check_bodies(
        r#"
//- /lib.rs crate:a deps:core edition:2015
#[derive(Clone)]
pub struct S;
mod inner {}
fn f() { ::inner::g; ::core::clone::Clone::clone; }
//- /core/lib.rs crate:core
pub mod clone { pub trait Clone { fn clone(&self) -> Self; } }
"#,
        expect![[r#"
            crate::f
                ::inner::g -> unresolved at segment 1
                ::core::clone::Clone::clone -> core::clone::Clone::clone
            crate::{impl}::clone
                S -> crate::S
        "#]],
    );
}

#[test]
fn items_and_use_declarations_of_blocks_are_seen_in_the_whole_block() {
    check_bodies(
        &format!(
            r#"
//- /lib.rs crate:a deps:std edition:2021
mod m {{ pub fn g() {{}} pub enum E {{ A, B }} }}
fn f(x: m::E) {{
    before();
    fn before() {{}}
    const K: u8 = 1;
    struct Local;
    use m::g as renamed;
    use m::E::*;
    {{ use self::m::E; E::A; }}
    renamed(); K; Local; Local::new; A;
    match x {{ A => {{}} B => {{}} K => {{}} other => {{}} }}
    let s = Local {{}};
}}
fn outside() {{ K; renamed(); A; }}
{STD}"#
        ),
        expect![[r#"
            crate::f
                before -> crate::f::before
                E::A -> crate::m::E::A
                renamed -> crate::m::g
                K -> crate::f::K
                Local -> crate::f::Local
                Local::new -> crate::f::Local, then 1 segment(s) that need types
                A -> crate::m::E::A
                x -> local x #0
                Local -> crate::f::Local
                pattern A -> crate::m::E::A
                pattern B -> crate::m::E::B
                pattern K -> crate::f::K
            crate::outside
                K -> unresolved at segment 0
                renamed -> unresolved at segment 0
                A -> unresolved at segment 0
        "#]],
    );
}

#[test]
fn locals_and_labels_a_macro_writes_and_those_of_its_call_site_do_not_see_each_other() {
    check_bodies(
        r#"
//- /lib.rs crate:a
macro_rules! make_x { () => { let x = 1; } }
macro_rules! use_x { () => { x } }
macro_rules! bind { ($n:ident) => { let $n = 2; } }
macro_rules! add_tmp { ($a:expr) => {{ let tmp = 3; $a + tmp }} }
macro_rules! leave { () => { break 'outer } }
macro_rules! leave_given { ($l:lifetime) => { break $l } }
fn f() {
    let x = 0;
    make_x!();
    let a = x;
    let b = use_x!();
    bind!(y);
    let c = y;
    let tmp = 4;
    let d = add_tmp!(tmp);
    'outer: loop { leave!(); }
    'outer: loop { leave_given!('outer); }
}
"#,
        expect![[r#"
            crate::f
                make_x -> a macro call
                x -> local x #0
                use_x -> a macro call
                x -> unresolved at segment 0
                bind -> a macro call
                y -> local y #4
                add_tmp -> a macro call
                tmp -> local tmp #6
                tmp -> local tmp #7
                leave -> a macro call
                leave_given -> a macro call
        "#]],
    );
}

#[test]
fn the_names_of_an_item_a_macro_wrote_are_seen_inside_its_calls() {
    check_bodies(
        r#"
//- /lib.rs crate:a
macro_rules! tri { ($e:expr) => { match $e { Ok(v) => v, Err(e) => return Err(e) } } }
macro_rules! make_fn {
    ($name:ident) => {
        fn $name(input: Result<u8, u8>) -> Result<u8, u8> { let x = tri!(input); Ok(x) }
    };
}
make_fn!(parse);
"#,
        expect![[r#"
            crate::parse
                tri -> a macro call
                input -> local input #0
                Ok -> unresolved at segment 0
                v -> local v #1
                Err -> unresolved at segment 0
                Err -> unresolved at segment 0
                e -> local e #2
                Ok -> unresolved at segment 0
                x -> local x #3
        "#]],
    );
}

#[test]
fn self_of_a_method_a_macro_wrote_is_seen_inside_its_calls() {
    check_bodies(
        r#"
//- /lib.rs crate:a
macro_rules! id { ($e:expr) => { $e } }
macro_rules! make_method { () => { impl S { fn get(&self) -> u8 { id!(self).0 } } } }
struct S(u8);
make_method!();
impl S { fn plain(&self) -> u8 { self.0 } }
"#,
        expect![[r#"
            crate::{impl}::plain
                self -> local self #0
            crate::{impl}#1::get
                id -> a macro call
                self -> local self #0
        "#]],
    );
}

#[test]
fn a_use_a_macro_writes_in_a_block_names_the_macro_s_crate_with_dollar_crate() {
    check_bodies(
        r#"
//- /lib.rs crate:a deps:dep
fn g() { dep::call!(); }
//- /dep.rs crate:dep
pub mod inner { pub fn f() {} }
#[macro_export]
macro_rules! call { () => {{ use $crate::inner; inner::f() }} }
"#,
        expect![[r#"
            crate::g
                dep::call -> a macro call
                inner::f -> dep::inner::f
        "#]],
    );
}

#[test]
fn a_macro_rules_defined_in_a_body_sees_the_locals_where_it_is_defined() {
    check_bodies(
        r#"
//- /lib.rs crate:a
macro_rules! outside { () => { input } }
fn f(input: u8) -> u8 {
    macro_rules! inside { () => { input } }
    inside!() + outside!()
}
"#,
        expect![[r#"
            crate::f
                inside -> a macro call
                input -> local input #0
                outside -> a macro call
                input -> unresolved at segment 0
        "#]],
    );
}

//! Module scopes of multi-crate fixtures, imports resolved.

use expect_test::{Expect, expect};

use super::crate_def_map;
use crate::{
    Db, RootDatabase,
    fixture::{database_from_fixture, sources_from_fixture},
};

/// Dumps the def map of the fixture's first crate.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    expect.assert_eq(&crate_def_map(&db, krate).dump(&db));
}

/// [`check`] for the crates named `names`, each dump under its name.
fn check_crates(fixture: &str, names: &[&str], expect: Expect) {
    let db = RootDatabase::from_sources(&sources_from_fixture(fixture));
    let mut dump = String::new();
    for name in names {
        let krate = db.workspace().crates(&db).iter().find(|it| it.data(&db).display_name == *name).unwrap();
        dump.push_str(&format!("== {name}\n{}", crate_def_map(&db, *krate).dump(&db)));
    }
    expect.assert_eq(&dump);
}

#[test]
fn items_go_to_their_namespaces() {
    check(
        r#"
//- /lib.rs crate:a
mod m;
pub struct S;
pub enum E { A }
pub fn f() {}
pub const C: u8 = 1;
static X: u8 = 0;
pub trait T {}
type Alias = u8;
#[macro_export]
macro_rules! exported { () => {} }
macro_rules! local { () => {} }
pub macro two() {}
extern "C" { fn ffi(); }
//- /m.rs
pub union U { a: u8 }
"#,
        expect![[r#"
            crate
              Alias: t
              C: v
              E: t
              S: t v
              T: t
              X: v
              exported: m
              f: v
              ffi: v
              local: m*
              m: t
              two: m
            crate::m
              U: t
        "#]],
    );
}

#[test]
fn single_renamed_nested_and_self_imports() {
    check(
        r#"
//- /lib.rs crate:a
mod a {
    pub mod b {
        pub struct S;
        pub fn f() {}
        pub mod c { pub struct Deep; }
    }
}
use a::b::S;
use a::b::{f as g, c::{self, Deep}};
use self::a::b as renamed;
use crate::a::b::c::Deep as _;
"#,
        expect![[r#"
            crate
              Deep: t v
              S: t v
              a: t
              c: t
              g: v
              renamed: t
            crate::a
              b: t
            crate::a::b
              S: t v
              c: t
              f: v
            crate::a::b::c
              Deep: t v
        "#]],
    );
}

#[test]
fn globs_import_what_is_visible_and_explicit_names_shadow_them() {
    check(
        r#"
//- /lib.rs crate:a
mod inner {
    pub struct Public;
    struct Private;
    pub(crate) fn in_crate() {}
    pub struct Shadowed;
}
pub struct Shadowed;
use inner::*;
pub enum E { X, Y }
use E::*;
"#,
        expect![[r#"
            crate
              E: t
              Public: t* v*
              Shadowed: t v
              X: t* v*
              Y: t* v*
              in_crate: v*
              inner: t
            crate::inner
              Private: t v
              Public: t v
              Shadowed: t v
              in_crate: v
        "#]],
    );
}

#[test]
fn import_chains_and_cycles_of_globs_reach_a_fixed_point() {
    check(
        r#"
//- /lib.rs crate:a
pub mod x { pub use crate::y::*; pub struct FromX; }
pub mod y { pub use crate::x::*; pub use crate::z::Z as Renamed; pub struct FromY; }
pub mod z { pub use super::y::Renamed as Again; pub struct Z; }
use z::Again;
"#,
        expect![[r#"
            crate
              Again: t v
              x: t
              y: t
              z: t
            crate::x
              FromX: t v
              FromY: t* v*
              Renamed: t* v*
            crate::y
              FromX: t* v*
              FromY: t v
              Renamed: t v
            crate::z
              Again: t v
              Z: t v
        "#]],
    );
}

#[test]
fn private_items_of_other_modules_are_not_importable() {
    check(
        r#"
//- /lib.rs crate:a
mod m {
    struct Hidden;
    pub(super) struct ForParent;
    pub(in crate::m) struct OnlyHere;
}
use m::Hidden;
use m::ForParent;
use m::OnlyHere;
use m::Missing;
use nowhere::Thing;
"#,
        expect![[r#"
            crate
              ForParent: t v
              m: t
            crate::m
              ForParent: t v
              Hidden: t v
              OnlyHere: t v
            error: unresolved import `m::Hidden`: no `Hidden` in `m`
            error: unresolved import `m::OnlyHere`: no `OnlyHere` in `m`
            error: unresolved import `m::Missing`: no `Missing` in `m`
            error: unresolved import `nowhere::Thing`: `nowhere` is neither a crate nor a name in scope
        "#]],
    );
}

#[test]
fn other_crates_through_the_extern_prelude_and_extern_crate() {
    check(
        r#"
//- /main.rs crate:app deps:lib,renamed_dep
use lib::{Api, inner::Deep};
use ::lib::macros_here;
use renamed_dep::Thing;
extern crate lib as also;
use also::Api as ViaAlias;
use lib::private_item;
//- /lib/lib.rs crate:lib
pub struct Api;
pub mod inner { pub struct Deep; }
fn private_item() {}
#[macro_export]
macro_rules! macros_here { () => {} }
//- /other/lib.rs crate:renamed_dep
pub struct Thing;
"#,
        expect![[r#"
            crate
              Api: t v
              Deep: t v
              Thing: t v
              ViaAlias: t v
              also: t
              macros_here: m
            error: unresolved import `lib::private_item`: no `private_item` in `lib`
        "#]],
    );
}

#[test]
fn edition_2015_paths_start_at_the_crate_root() {
    check(
        r#"
//- /lib.rs crate:a edition:2015 deps:dep
extern crate dep;
mod m {
    use S;
    use dep::D;
    use ::S as Global;
}
pub struct S;
//- /dep/lib.rs crate:dep
pub struct D;
"#,
        expect![[r#"
            crate
              S: t v
              dep: t
              m: t
            crate::m
              D: t v
              Global: t v
              S: t v
        "#]],
    );
}

#[test]
fn every_crate_root_has_the_injected_extern_crate_std_or_core_for_no_std() {
    // rustc puts `extern crate std;` at the root: 2015 `use std::mem;` and `crate::std` need it.
    check_crates(
        r#"
//- /lib.rs crate:a edition:2015 deps:std,core
mod m {
    use std::mem;
    use ::std::mem as global;
}
use crate::std::mem as through_crate;
//- /nostd.rs crate:b edition:2018 deps:std,core
#![no_std]
use crate::core::mem;
use crate::std::mem as missing;
//- /own.rs crate:c edition:2018 deps:std
pub mod std { pub mod mem {} }
use crate::std::mem;
//- /std/lib.rs crate:std
pub mod mem {}
//- /core/lib.rs crate:core
pub mod mem {}
"#,
        &["a", "b", "c"],
        expect![[r#"
            == a
            crate
              m: t
              std: t
              through_crate: t
            crate::m
              global: t
              mem: t
            == b
            crate
              core: t
              mem: t
            error: unresolved import `crate::std::mem`: no `std` in `crate`
            == c
            crate
              mem: t
              std: t
            crate::std
              mem: t
            crate::std::mem
        "#]],
    );
}

#[test]
fn a_macro_rules_re_exported_with_use_is_importable_by_path() {
    // The 2018 idiom: `pub(crate) use trace;` after `macro_rules! trace`.
    check_crates(
        r#"
//- /lib.rs crate:a edition:2021
mod log {
    macro_rules! trace { () => {} }
    pub(crate) use trace;
    macro_rules! hidden { () => {} }
}
use crate::log::trace;
use crate::log::hidden;
//- /b.rs crate:b deps:a edition:2021
use a::trace;
"#,
        &["a", "b"],
        expect![[r#"
            == a
            crate
              log: t
              trace: m
            crate::log
              hidden: m*
              trace: m
            error: unresolved import `crate::log::hidden`: no `hidden` in `crate::log`
            == b
            crate
            error: unresolved import `a::trace`: no `trace` in `a`
        "#]],
    );
}

#[test]
fn the_language_prelude_of_the_edition_is_the_last_place_a_path_starts() {
    check_crates(
        r#"
//- /lib.rs crate:a deps:std edition:2021
use Option::Some;
use Vec as V;
use crate as me;
mod m { use Option::None; }
//- /old.rs crate:b deps:std edition:2015
use Option::Some;
//- /none.rs crate:c deps:std edition:2021
#![no_implicit_prelude]
use Option::Some;
//- /std/lib.rs crate:std
pub mod prelude {
    pub mod v1 { pub use crate::option::Option; }
    pub mod rust_2021 { pub use super::v1::*; pub use crate::option::Option::{None, Some}; pub use crate::vec::Vec; }
}
pub mod option { pub enum Option<T> { Some(T), None } }
pub mod vec { pub struct Vec; }
"#,
        &["a", "b", "c"],
        expect![[r#"
            == a
            crate
              Some: t v
              V: t v
              m: t
              me: t
              std: t
            crate::m
              None: t v
            == b
            crate
              std: t
            error: unresolved import `Option::Some`: `Option` is neither a crate nor a name in scope
            == c
            crate
              std: t
            error: unresolved import `Option::Some`: `Option` is neither a crate nor a name in scope
        "#]],
    );
}

#[test]
fn the_standard_library_names_its_own_prelude_with_prelude_import() {
    // core's and std's roots say `#[prelude_import] use prelude::rust_2024::*;`, which rustc
    // makes every module's prelude (std is `#![no_std]`: core's prelude would lack `Vec`).
    check_crates(
        r#"
//- /std/lib.rs crate:std deps:core edition:2021
#![no_std]
pub mod prelude {
    pub mod rust_2021 { pub use crate::option::Option::{self, None, Some}; pub use crate::vec::Vec; }
}
#[prelude_import]
use prelude::rust_2021::*;
pub mod option { pub enum Option<T> { Some(T), None } }
pub mod vec { pub struct Vec; }
mod m { use Option::None; use Vec as V; }
//- /core/lib.rs crate:core
pub mod prelude { pub mod rust_2021 { pub use crate::marker::Copy; } }
pub mod marker { pub trait Copy {} }
"#,
        &["std"],
        expect![[r#"
            == std
            crate
              None: t* v*
              Option: t*
              Some: t* v*
              Vec: t* v*
              core: t
              m: t
              option: t
              prelude: t
              vec: t
            crate::prelude
              rust_2021: t
            crate::prelude::rust_2021
              None: t v
              Option: t
              Some: t v
              Vec: t v
            crate::option
              Option: t
            crate::vec
              Vec: t v
            crate::m
              None: t v
              V: t v
        "#]],
    );
}

#[test]
fn a_use_of_a_single_name_finds_the_primitive_types_last() {
    // core's `primitive` module re-exports them; unsafe-libyaml renames them from there.
    check_crates(
        r#"
//- /lib.rs crate:a deps:core edition:2021
pub use core::primitive::{u8 as yaml_char_t, i64 as ptrdiff_t};
use core::primitive::u8::MAX;
mod shadowed {
    pub struct str;
    pub use str as mine;
}
//- /old.rs crate:b edition:2015
use bool;
//- /core/lib.rs crate:core edition:2021
pub mod primitive {
    pub use bool;
    pub use u8;
    pub use i64;
    pub use f128;
}
"#,
        &["a", "b", "core"],
        expect![[r#"
            == a
            crate
              core: t
              ptrdiff_t: t
              shadowed: t
              yaml_char_t: t
            crate::shadowed
              mine: t v
              str: t v
            error: unresolved import `core::primitive::u8::MAX`: no `MAX` in `core::primitive::u8`
            == b
            crate
            error: unresolved import `bool`: `bool` is neither a crate nor a name in scope
            == core
            crate
              primitive: t
            crate::primitive
              bool: t
              f128: t
              i64: t
              u8: t
        "#]],
    );
}

#[test]
fn an_import_through_a_module_whose_file_is_missing_says_so() {
    // rustix picks `backend`'s file with `#[cfg_attr(linux_raw, path = ..)]`, a cfg its build
    // script sets.
    check(
        r#"
//- /lib.rs crate:a
#[cfg_attr(linux_raw, path = "backend/linux_raw/mod.rs")]
mod backend;
mod present;
use backend::fd::AsFd;
use present::Missing;
//- /present.rs
"#,
        expect![[r#"
            crate
              backend: t
              present: t
            crate::backend
            crate::present
            error: unresolved import `backend::fd::AsFd`: no `fd` in `backend`, a module whose file is missing
            error: unresolved import `present::Missing`: no `Missing` in `present`
        "#]],
    );
}

#[test]
fn cfg_disabled_imports_and_items_are_not_in_scope() {
    check(
        r#"
//- /lib.rs crate:a cfg:feature=on
mod m { pub struct On; pub struct Off; }
#[cfg(feature = "on")] use m::On;
#[cfg(feature = "off")] use m::Off;
#[cfg(feature = "off")] use missing::Nothing;
"#,
        expect![[r#"
            crate
              On: t v
              m: t
            crate::m
              Off: t v
              On: t v
        "#]],
    );
}

#[test]
fn procedural_macros_are_macros_of_their_crate_root() {
    check(
        r#"
//- /lib.rs crate:user deps:derive
pub use derive::{Serialize, make_thing, Traced};
//- /derive/lib.rs crate:derive proc_macro:true
#[proc_macro_derive(Serialize, attributes(serde))]
pub fn derive_serialize(input: TokenStream) -> TokenStream { input }
#[proc_macro]
pub fn make_thing(input: TokenStream) -> TokenStream { input }
#[proc_macro_attribute]
pub fn Traced(attr: TokenStream, item: TokenStream) -> TokenStream { item }
"#,
        expect![[r#"
            crate
              Serialize: m
              Traced: m
              make_thing: m
        "#]],
    );
}

#[test]
fn no_std_takes_std_out_of_the_extern_prelude_unless_it_is_declared() {
    check(
        r#"
//- /lib.rs crate:a deps:std,core cfg:feature=x
#![cfg_attr(feature = "x", no_std)]
use core::Fine;
use std::Gone;
mod inner { extern crate std; use self::std::Back; }
//- /core/lib.rs crate:core
pub struct Fine;
//- /std/lib.rs crate:std
pub struct Gone;
pub struct Back;
"#,
        expect![[r#"
            crate
              Fine: t v
              core: t
              inner: t
            crate::inner
              Back: t v
              std: t
            error: unresolved import `std::Gone`: `std` is neither a crate nor a name in scope
        "#]],
    );
}

#[test]
fn a_name_two_globs_bring_with_different_meanings_is_ambiguous_where_it_is_used() {
    check(
        r#"
//- /lib.rs crate:a
mod left { pub struct Same; pub struct Clash; pub fn clash() {} }
mod right { pub use crate::left::Same; pub struct Clash; }
mod shadowed_here {
    pub use crate::left::*;
    pub use crate::right::*;
    pub struct Clash;
}
pub use left::*;
pub use right::*;
use self::Same as SameOk;
use self::Clash as Error;
use self::clash as value_ok;
use shadowed_here::Clash as ShadowedOk;
"#,
        expect![[r#"
            crate
              Clash: t* v*
              Error: t v
              Same: t* v*
              SameOk: t v
              ShadowedOk: t v
              clash: v*
              left: t
              right: t
              shadowed_here: t
              value_ok: v
            crate::left
              Clash: t v
              Same: t v
              clash: v
            crate::right
              Clash: t v
              Same: t v
            crate::shadowed_here
              Clash: t v
              Same: t* v*
              clash: v*
            ambiguous: crate::Clash (t)
            ambiguous: crate::Clash (v)
            error: `Clash` is ambiguous in `self::Clash`: glob imports bring it with different meanings
        "#]],
    );
}

#[test]
fn macro_calls_in_impls_and_traits_make_associated_items_that_no_module_scope_holds() {
    // serde_json's `deserialize_number!(deserialize_i8);` in `impl Deserializer`: the function
    // is an associated function, so `use self::deserialize_i8;` names nothing. Calls in an
    // `extern` block make foreign items, which are in the module's scope like written ones.
    check(
        r#"
//- /lib.rs crate:a
macro_rules! method { ($name:ident) => { fn $name(&self) {} }; }
macro_rules! nested { ($name:ident) => { method!($name); const NESTED: u8 = 0; }; }
macro_rules! foreign { ($name:ident) => { fn $name(); }; }
pub struct S;
impl S {
    method!(deserialize_i8);
    nested!(deserialize_u8);
}
pub trait T { method!(read); }
extern "C" { foreign!(ffi); }
use self::deserialize_i8;
use self::NESTED;
use self::read;
pub use self::ffi as reexported;
"#,
        expect![[r#"
            crate
              S: t v
              T: t
              ffi: v
              foreign: m*
              method: m*
              nested: m*
              reexported: v
            error: unresolved import `self::deserialize_i8`: no `deserialize_i8` in `self`
            error: unresolved import `self::NESTED`: no `NESTED` in `self`
            error: unresolved import `self::read`: no `read` in `self`
        "#]],
    );
}

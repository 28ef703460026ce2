//! Definitions found from their paths, and every definition of a crate listed with its path.

use expect_test::{Expect, expect};

use super::{DefId, crate_definitions, find_expansion};
use crate::{expand::collect_definitions, fixture::database_from_fixture};

/// Lists every definition of the first crate with its path and where it is, and checks that
/// [`find_expansion`] finds each one from its path.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let mut dump = String::new();
    for (path, location) in crate_definitions(&db, krate) {
        let found = find_expansion(&db, DefId::new(&db, krate, path.clone()));
        assert_eq!(found, Some(location), "{path}");
        let definition = &collect_definitions(&db, location.expansion).definitions[location.index];
        let fragment = match crate::expand::expansion_point(&db, location.expansion) {
            None => "the root".to_owned(),
            Some(crate::expand::ExpansionPoint::Module { candidates, .. }) => format!("mod {}", candidates.name),
            Some(crate::expand::ExpansionPoint::MacroCall { path, .. }) => format!("{path}!"),
        };
        dump.push_str(&format!("{path} {:?} in {fragment} #{}\n", definition.kind, location.index));
    }
    expect.assert_eq(&dump);
}

#[test]
fn every_definition_is_found_from_its_path() {
    check(
        r#"
//- /lib.rs crate:a
pub mod outer {
    pub enum E { A, B(u8) }
    pub trait T { fn required(&self); const C: u8; }
    impl T for E { fn required(&self) {} const C: u8 = 1; }
    impl E {}
}
mod file;
extern "C" { fn ffi(); static S: u8; }
macro_rules! make { ($n:ident) => { pub fn $n() {} pub struct Twice; }; }
make!(made);
pub struct Twice;
#[derive(Clone)]
struct Derived;
//- /file.rs
pub fn in_file() {}
"#,
        expect![[r#"
            crate::{extern} ForeignMod in the root #12
            crate::{extern}::ffi Fn in the root #13
            crate::{extern}::S Static in the root #14
            crate::make MacroRules in the root #15
            crate::Twice Struct in the root #16
            crate::Derived Struct in the root #17
            crate::made Fn in make! #0
            crate::Twice#1 Struct in make! #1
            crate::{impl} Impl in Clone! #0
            crate::{impl}::clone Fn in Clone! #1
            crate::outer Module in the root #0
            crate::outer::E Enum in the root #1
            crate::outer::E::A Variant in the root #2
            crate::outer::E::B Variant in the root #3
            crate::outer::T Trait in the root #4
            crate::outer::T::required Fn in the root #5
            crate::outer::T::C Const in the root #6
            crate::outer::{impl} Impl in the root #7
            crate::outer::{impl}::required Fn in the root #8
            crate::outer::{impl}::C Const in the root #9
            crate::outer::{impl}#1 Impl in the root #10
            crate::file Module in the root #11
            crate::file::in_file Fn in mod file #0
        "#]],
    );
}

#[test]
fn a_path_that_names_nothing_finds_nothing() {
    let (db, krate) = database_from_fixture("//- /lib.rs crate:a\npub mod m { pub fn f() {} }\n");
    let paths: Vec<_> = crate_definitions(&db, krate).into_iter().map(|(path, _)| path).collect();
    let f = paths.iter().find(|path| path.to_string().ends_with("::f")).unwrap().clone();
    let mut missing = f.clone();
    missing.data.last_mut().unwrap().1 = 1;
    assert_eq!(find_expansion(&db, DefId::new(&db, krate, missing)), None);
    let mut deeper = f.clone();
    deeper.data.push(deeper.data[0].clone());
    assert_eq!(find_expansion(&db, DefId::new(&db, krate, deeper)), None);
    assert_eq!(find_expansion(&db, DefId::new(&db, krate, crate::nameres::DefPath::default())), None, "the crate root");
}

#[test]
fn associated_items_that_macro_calls_make_are_found_under_their_container() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! method { ($name:ident) => { fn $name(&self) {} }; }
macro_rules! nested { ($name:ident) => { method!($name); const C: u8 = 0; }; }
macro_rules! foreign { ($name:ident) => { fn $name(); }; }
pub struct S;
impl S {
    const C: u8 = 1;
    method!(deserialize_i8);
    nested!(deserialize_u8);
}
pub trait T { method!(read); }
extern "C" { foreign!(ffi); }
"#,
        expect![[r#"
            crate::method MacroRules in the root #0
            crate::nested MacroRules in the root #1
            crate::foreign MacroRules in the root #2
            crate::S Struct in the root #3
            crate::{impl} Impl in the root #4
            crate::{impl}::C Const in the root #5
            crate::T Trait in the root #6
            crate::{extern} ForeignMod in the root #7
            crate::{impl}::deserialize_i8 Fn in method! #0
            crate::{impl}::C#1 Const in nested! #0
            crate::T::read Fn in method! #0
            crate::{extern}::ffi Fn in foreign! #0
            crate::{impl}::deserialize_u8 Fn in method! #0
        "#]],
    );
}

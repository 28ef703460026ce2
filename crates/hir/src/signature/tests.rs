//! Signatures as written, as snapshots of their text form.

use expect_test::{Expect, expect};
use sem_db::fixture::database_from_fixture;

use crate::{crate_owners, signature::dump_signature};

/// The signature of every owner of the fixture's first crate, one per line.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    let out: String =
        crate_owners(&db, krate).iter().map(|&owner| format!("{}\n", dump_signature(&db, owner))).collect();
    expect.assert_eq(&out);
}

#[test]
fn functions() {
    check(
        r#"
//- /lib.rs crate:a
pub fn plain() {}
pub const unsafe extern "C" fn qualified(x: u8, _: &mut [u8; 4]) -> *const u8 { loop {} }
async fn generic<'a, 'b: 'a, T: Clone + ?Sized + 'a, const N: usize = 3>(t: &'a T) -> impl Iterator<Item = &'a T> + use<'a, T> where T: Send, for<'c> &'c T: Copy { todo!() }
extern "C" { fn printf(format: *const u8, ...) -> i32; }
trait Methods {
    fn by_value(self);
    fn by_ref(&'static mut self) -> Self;
    fn typed(self: Box<Self>) {}
}
"#,
        expect![[r#"
            fn plain()
            const unsafe extern "C" fn qualified(u8, &mut [u8; 4]) -> *const u8
            async fn generic<'a, 'b: 'a, T: Clone + ?Sized + 'a, const N: usize = 3>(&'a T) -> impl Iterator<Item = &'a T> + use<'a, T> where T: Send, for<'c> &'c T: Copy
            fn printf(*const u8, ...) -> i32;
            trait Methods
            fn by_value(self);
            fn by_ref(&'static mut self) -> Self;
            fn typed(self: Box<Self>)
        "#]],
    );
}

#[test]
fn types_of_every_form() {
    check(
        r#"
//- /lib.rs crate:a
type A = (u8,);
type B = ((), (u8, i8), [u8], [[u8; 2]; N + 1], !, _);
type C = for<'a> unsafe extern "C" fn(x: &'a u8, ...) -> &'a u8;
type D = Box<dyn Fn(u8, u16) -> u32 + Send + 'static>;
type E = <Vec<u8> as IntoIterator>::Item;
type F = <T>::Assoc;
type G = ::std::vec::Vec<crate::a::B, self::C, super::super::D>;
type H = Option<ty!(u8)>;
type I<T: Iterator<Item: Clone, Assoc<'a> = u8>> = ((T));
"#,
        expect![[r#"
            type A = (u8,)
            type B = ((), (u8, i8), [u8], [[u8; 2]; N + 1], !, _)
            type C = for<'a> unsafe extern "C" fn(x: &'a u8, ...) -> &'a u8
            type D = Box<dyn Fn(u8, u16) -> u32 + Send + 'static>
            type E = <Vec<u8> as IntoIterator>::Item
            type F = <T>::Assoc
            type G = ::std::vec::Vec<crate::a::B, self::C, super::super::D>
            type H = Option<ty!(…) /* not expanded */>
            type I<T: Iterator<Item: Clone, Assoc<'a> = u8>> = T
        "#]],
    );
}

#[test]
fn data_types_traits_and_impls() {
    check(
        r#"
//- /lib.rs crate:a
pub struct Record<T> where T: Copy { pub a: T, b: Vec<T> }
struct Tuple(pub u8, i8);
struct Unit;
union U { a: u8, b: f32 }
enum E<T = ()> { A, B(T), C { x: u8 } = 3 }
pub unsafe trait Tr<X>: Clone + Sized where X: Tr<X> { type Out: Copy; const K: u8; }
trait Alias<T> = Clone + Tr<T>;
unsafe impl<T> Tr<T> for Tuple where T: Tr<T> { type Out = u8; const K: u8 = 1; }
impl !Send for Unit {}
static mut S: &str = "";
const _: () = ();
"#,
        expect![[r#"
            struct Record<T> where T: Copy { pub a: T, b: Vec<T> }
            struct Tuple(pub u8, i8)
            struct Unit
            union U { a: u8, b: f32 }
            enum E<T = ()> { A, B(T), C { x: u8 } = 3 }
            unsafe trait Tr<X>: Clone + Sized where X: Tr<X>
            type Out: Copy
            const K: u8
            trait Alias<T> = Clone + Tr<T>
            unsafe impl<T> Tr<T> for Tuple where T: Tr<T>
            type Out = u8
            const K: u8 = …
            impl !Send for Unit
            static mut S: &str = …
            const _: () = …
        "#]],
    );
}

#[test]
fn macro_calls_in_types_expand() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! pair { ($t:ty) => { ($t, $t) } }
macro_rules! boxed { ($t:ty) => { Box<pair!($t)> } }
pub struct S { field: pair!(u8), nested: boxed!(i32) }
pub fn f(x: pair!(bool)) -> missing!() { loop {} }
"#,
        expect![[r#"
            macro pair
            macro boxed
            struct S { field: pair!(…) ~> (u8, u8), nested: boxed!(…) ~> Box<pair!(…) ~> (i32, i32)> }
            fn f(pair!(…) ~> (bool, bool)) -> missing!(…) /* not expanded */
        "#]],
    );
}

#[test]
fn broken_signatures_lower_with_errors_in_place() {
    check(
        r#"
//- /lib.rs crate:a
fn f(x: , y: &) -> {}
struct S { a: , b: u8 }
impl Clone for {}
"#,
        expect![[r#"
            fn f({error}, &{error})
            struct S { a: {error}, b: u8 }
            impl Clone for {error}
        "#]],
    );
}

#[test]
fn an_edit_inside_one_body_lowers_that_owner_s_signature_alone_and_it_compares_equal() {
    use sem_db::{Db as _, RootDatabase};
    let (mut db, log) = RootDatabase::with_execution_log();
    let sources = sem_db::fixture::sources_from_fixture(
        "//- /lib.rs crate:a\nfn f() { let x = 1; }\nfn g(a: u8) -> u8 { a }\nstruct S { a: u8 }\n",
    );
    db.apply(&sources);
    let krate = db.workspace().crates(&db)[0];
    let owners = crate_owners(&db, krate).clone();
    let before: Vec<_> = owners.iter().map(|&owner| crate::signature::item_signature(&db, owner)).collect();
    let resolved_before: Vec<_> =
        owners.iter().map(|&owner| crate::resolver::signature_resolutions(&db, owner)).collect();
    log.take();
    let path = sem_sources::FilePath::new(sem_sources::RootId(0), sem_sources::RelativePath::new("lib.rs").unwrap());
    db.apply(
        &sources.set_file(&path, "fn f() { let x = 2; let y = x; }\nfn g(a: u8) -> u8 { a }\nstruct S { a: u8 }\n"),
    );
    let after: Vec<_> = owners.iter().map(|&owner| crate::signature::item_signature(&db, owner)).collect();
    let resolved_after: Vec<_> =
        owners.iter().map(|&owner| crate::resolver::signature_resolutions(&db, owner)).collect();
    // Every owner of the file cuts its tree out again; only `f`'s changed, so only `f`'s
    // signature is lowered again, and it compares equal: no path is resolved again.
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        item_green_node ×3
        parse ×1
        tokens ×1
        item_signature_with_source_map ×1
        item_signature ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert_eq!(before, after);
    assert_eq!(resolved_before, resolved_after);
}

#[test]
fn types_nested_past_every_limit_lower_without_overflowing_the_stack() {
    // Parentheses, references and generic arguments, 20,000 deep each: the parser cuts them at
    // its nesting limit, and lowering counts every level (parentheses included) against its own.
    let depth = 20_000;
    let fixture = format!(
        "//- /lib.rs crate:a\ntype P = {}u8{};\ntype R = {}u8;\ntype G = {}u8{};\n",
        "(".repeat(depth),
        ")".repeat(depth),
        "&".repeat(depth),
        "Vec<".repeat(depth),
        ">".repeat(depth),
    );
    let (db, krate) = database_from_fixture(&fixture);
    let owners = crate_owners(&db, krate);
    assert_eq!(owners.len(), 3);
    for &owner in owners {
        assert!(dump_signature(&db, owner).starts_with("type "));
        assert!(crate::resolver::signature_resolutions(&db, owner).is_some());
    }
}

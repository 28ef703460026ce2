//! The owners of a crate and their syntax, as snapshots; what re-runs after an edit.

use expect_test::{Expect, expect};
use sem_db::{Db as _, RootDatabase, fixture::database_from_fixture};

use crate::{OwnerContainer, crate_owners, item_ast};

/// Every owner of the fixture's first crate: its path, kind and container, and the first line
/// of its syntax.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    expect.assert_eq(&dump_owners(&db, krate));
}

fn dump_owners(db: &RootDatabase, krate: sem_db::CrateInput) -> String {
    let mut out = String::new();
    for &owner in crate_owners(db, krate) {
        let Some(ast) = item_ast(db, owner) else {
            out.push_str(&format!("{}: no syntax\n", owner.path(db)));
            continue;
        };
        let container = match ast.container {
            OwnerContainer::Module => String::new(),
            OwnerContainer::Trait(of) | OwnerContainer::Impl(of) => format!(" in {}", of.path(db)),
            OwnerContainer::Extern => " in an extern block".to_owned(),
        };
        let text = ast.syntax(db).map(|node| node.text().to_string()).unwrap_or_else(|| "no tree".to_owned());
        let first_line = text.lines().next().unwrap_or("").trim();
        out.push_str(&format!("{} {:?}{container}: {first_line}\n", owner.path(db), ast.kind));
    }
    out
}

#[test]
fn every_item_like_definition_is_an_owner_with_its_syntax() {
    check(
        r#"
//- /lib.rs crate:a
use std::fmt;
extern crate core;
pub fn free() {}
pub struct S { field: u32 }
enum E { A, B(u8) }
union U { a: u8 }
const C: u8 = 1;
static ST: u8 = 2;
type Alias = S;
trait Tr { type Out; const K: u8; fn required(&self); fn provided() {} }
impl Tr for S { type Out = u8; const K: u8 = 3; fn required(&self) {} }
impl S { fn new() -> S { S { field: 0 } } }
extern "C" { fn foreign(); static FOREIGN: u8; }
macro_rules! m { () => { fn made_by_m() {} } }
m!();
mod inner { pub fn nested() {} }
#[cfg(any())]
fn disabled() {}
"#,
        expect![[r#"
            crate::free Function: pub fn free() {}
            crate::S Struct: pub struct S { field: u32 }
            crate::E Enum: enum E { A, B(u8) }
            crate::U Union: union U { a: u8 }
            crate::C Const: const C: u8 = 1;
            crate::ST Static: static ST: u8 = 2;
            crate::Alias TypeAlias: type Alias = S;
            crate::Tr Trait: trait Tr { type Out; const K: u8; fn required(&self); fn provided() {} }
            crate::Tr::Out TypeAlias in crate::Tr: type Out;
            crate::Tr::K Const in crate::Tr: const K: u8;
            crate::Tr::required Function in crate::Tr: fn required(&self);
            crate::Tr::provided Function in crate::Tr: fn provided() {}
            crate::{impl} Impl: impl Tr for S { type Out = u8; const K: u8 = 3; fn required(&self) {} }
            crate::{impl}::Out TypeAlias in crate::{impl}: type Out = u8;
            crate::{impl}::K Const in crate::{impl}: const K: u8 = 3;
            crate::{impl}::required Function in crate::{impl}: fn required(&self) {}
            crate::{impl}#1 Impl: impl S { fn new() -> S { S { field: 0 } } }
            crate::{impl}#1::new Function in crate::{impl}#1: fn new() -> S { S { field: 0 } }
            crate::{extern}::foreign Function in an extern block: fn foreign();
            crate::{extern}::FOREIGN Static in an extern block: static FOREIGN: u8;
            crate::m MacroRules: macro_rules! m { () => { fn made_by_m() {} } }
            crate::made_by_m Function: fn made_by_m ( ) { }
            crate::inner::nested Function: pub fn nested() {}
        "#]],
    );
}

#[test]
fn only_definitions_of_an_owner_kind_are_owners() {
    let (db, krate) = database_from_fixture(
        "//- /lib.rs crate:a\nmod m { pub enum E { A } }\nuse m::E;\nextern { fn f(); }\npub fn g() {}\n",
    );
    let owners = crate_owners(&db, krate);
    let mut seen = Vec::new();
    for (path, _) in sem_db::nameres::crate_definitions(&db, krate) {
        let def = sem_db::nameres::DefId::new(&db, krate, path.clone());
        let owner = crate::OwnerId::of(&db, def);
        assert_eq!(owner.is_some(), owners.contains(&crate::OwnerId::new_unchecked(&db, def)), "{path}");
        seen.push(format!("{path}: {}", if owner.is_some() { "owner" } else { "not an owner" }));
    }
    expect![[r#"
        crate::{use}: not an owner
        crate::{extern}: not an owner
        crate::{extern}::f: owner
        crate::g: owner
        crate::m: not an owner
        crate::m::E: owner
        crate::m::E::A: not an owner"#]]
    .assert_eq(&seen.join("\n"));
}

#[test]
fn a_macro_call_in_an_impl_makes_owners_of_that_impl() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! methods { ($($name:ident)*) => { $(fn $name(&self) {})* } }
struct S;
impl S {
    fn own(&self) {}
    methods!(one two);
}
"#,
        expect![[r#"
            crate::methods MacroRules: macro_rules! methods { ($($name:ident)*) => { $(fn $name(&self) {})* } }
            crate::S Struct: struct S;
            crate::{impl} Impl: impl S {
            crate::{impl}::own Function in crate::{impl}: fn own(&self) {}
            crate::{impl}::one Function in crate::{impl}: fn one ( & self ) { }
            crate::{impl}::two Function in crate::{impl}: fn two ( & self ) { }
        "#]],
    );
}

#[test]
fn an_edit_inside_a_body_reruns_no_owner_query() {
    let fixture = "//- /lib.rs crate:a\npub fn f() { let x = 1; }\npub struct S;\n";
    let (mut db, log) = RootDatabase::with_execution_log();
    let sources = sem_db::fixture::sources_from_fixture(fixture);
    db.apply(&sources);
    let krate = db.workspace().crates(&db)[0];
    let before = dump_owners(&db, krate);
    log.take();
    let path = sem_sources::FilePath::new(sem_sources::RootId(0), sem_sources::RelativePath::new("lib.rs").unwrap());
    db.apply(&sources.set_file(&path, "pub fn f() { let x = 2; let y = x; }\npub struct S;\n"));
    let after = dump_owners(&db, krate);
    // The file is lowered again and its summary compares equal: nothing above it re-runs, no
    // owner query among them. The syntax is read again from a new parse.
    expect![[r#"
        lower_file ×1
        item_summary ×1
        item_positions ×1
        parse ×1
        tokens ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert_eq!(before.lines().count(), after.lines().count());
}

/// A database of `fixture` whose executions are logged, with its sources, first crate and
/// the path of its `lib.rs`, for the tests of what re-runs after an edit.
pub(crate) struct Logged {
    pub(crate) db: RootDatabase,
    pub(crate) log: sem_db::ExecutionLog,
    pub(crate) sources: sem_sources::Sources,
    pub(crate) krate: sem_db::CrateInput,
    pub(crate) lib_rs: sem_sources::FilePath,
}

impl Logged {
    pub(crate) fn new(fixture: &str) -> Logged {
        let (mut db, log) = RootDatabase::with_execution_log();
        let sources = sem_db::fixture::sources_from_fixture(fixture);
        db.apply(&sources);
        let krate = db.workspace().crates(&db)[0];
        let lib_rs =
            sem_sources::FilePath::new(sem_sources::RootId(0), sem_sources::RelativePath::new("lib.rs").unwrap());
        Logged { db, log, sources, krate, lib_rs }
    }

    /// The owner of the crate whose path ends with `name`.
    pub(crate) fn owner(&self, name: &str) -> crate::OwnerId {
        *crate_owners(&self.db, self.krate)
            .iter()
            .find(|owner| owner.path(&self.db).to_string().ends_with(name))
            .expect("the fixture has the owner")
    }

    /// Sets `lib.rs` to `text` (keeping the sources for the next edit).
    pub(crate) fn edit(&mut self, text: &str) {
        self.sources = self.sources.set_file(&self.lib_rs, text);
        self.db.apply(&self.sources);
    }
}

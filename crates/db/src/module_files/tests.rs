use expect_test::{Expect, expect};

use crate::{
    Db, RootDatabase,
    fixture::sources_from_fixture,
    syntax::{crate_files, unreached_files},
};

/// Dumps, for each crate of the fixture, the files it reaches; then the files no crate reaches.
fn check(fixture: &str, expect: Expect) {
    let db = RootDatabase::from_sources(&sources_from_fixture(fixture));
    let mut dump = String::new();
    for &krate in db.workspace().crates(&db) {
        dump.push_str(&format!("{}:", krate.data(&db).display_name));
        for file in crate_files(&db, krate).files.iter() {
            dump.push_str(&format!(" {}", file.path(&db).path));
        }
        dump.push('\n');
    }
    let unreached: Vec<String> = unreached_files(&db).iter().map(|file| file.path.to_string()).collect();
    dump.push_str(&format!("unreached: {}\n", unreached.join(" ")));
    expect.assert_eq(&dump);
}

#[test]
fn follows_mod_rs_and_non_mod_rs_files() {
    check(
        r#"
//- /src/lib.rs crate:a
mod foo;
pub mod bar;
mod missing;
//- /src/foo.rs
mod inner;
//- /src/foo/inner.rs
//- /src/bar/mod.rs
mod baz;
//- /src/bar/baz.rs
//- /src/stray.rs
fn stray() {}
"#,
        expect![[r#"
            a: src/lib.rs src/foo.rs src/bar/mod.rs src/foo/inner.rs src/bar/baz.rs
            unreached: src/stray.rs
        "#]],
    );
}

#[test]
fn inline_modules_open_directories() {
    check(
        r#"
//- /lib.rs crate:a
mod outer {
    mod inner {
        mod leaf;
    }
    fn f() { let x = { 1 }; }
    mod sibling;
}
mod top;
//- /outer/inner/leaf.rs
//- /outer/sibling.rs
//- /top.rs
mod nested {
    mod deep;
}
//- /top/nested/deep.rs
"#,
        expect![[r#"
            a: lib.rs outer/inner/leaf.rs outer/sibling.rs top.rs top/nested/deep.rs
            unreached: 
        "#]],
    );
}

#[test]
fn path_attributes_follow_the_reference() {
    check(
        r#"
//- /src/lib.rs crate:a
#[path = "generated/out.rs"]
mod out;
mod m;
mod inl {
    #[path = "x.rs"]
    mod x;
}
//- /src/generated/out.rs
mod child;
//- /src/generated/child.rs
//- /src/m.rs
#[path = "sibling_of_m.rs"]
mod s;
mod inl2 {
    #[path = "y.rs"]
    mod y;
}
//- /src/sibling_of_m.rs
//- /src/m/inl2/y.rs
//- /src/inl/x.rs
"#,
        expect![[r#"
            a: src/lib.rs src/generated/out.rs src/m.rs src/inl/x.rs src/generated/child.rs src/sibling_of_m.rs src/m/inl2/y.rs
            unreached: 
        "#]],
    );
}

#[test]
fn raw_identifiers_keywords_and_editions() {
    check(
        r#"
//- /lib.rs crate:a edition:2015
mod r#async;
mod async_user;
//- /async.rs
//- /async_user.rs
fn f() { let r#mod = 1; }
//- /b.rs crate:b edition:2018
mod r#dyn;
//- /dyn.rs
"#,
        expect![[r#"
            a: lib.rs async.rs async_user.rs
            b: b.rs dyn.rs
            unreached: 
        "#]],
    );
}

#[test]
fn several_crates_may_share_files() {
    check(
        r#"
//- /src/lib.rs crate:lib
mod shared;
//- /src/main.rs crate:main deps:lib
mod shared;
//- /src/shared.rs
"#,
        expect![[r#"
            lib: src/lib.rs src/shared.rs
            main: src/main.rs src/shared.rs
            unreached: 
        "#]],
    );
}

#[test]
fn every_alternative_of_a_cfg_attr_path_is_reached() {
    check(
        r#"
//- /src/lib.rs crate:a
#[cfg_attr(all(unix, not(target_os = "linux")), path = "sys/bsd.rs")]
#[cfg_attr(target_os = "linux", path = "sys/linux.rs")]
mod sys;
#[cfg_attr(any(windows, doc), path = "other.rs", allow(dead_code))]
#[doc(hidden)]
mod plain;
#[path = "only.rs"]
#[cfg_attr(test, path = "never_default.rs")]
mod pinned;
//- /src/sys/bsd.rs
//- /src/sys/linux.rs
//- /src/sys.rs
//- /src/other.rs
//- /src/plain.rs
//- /src/only.rs
//- /src/never_default.rs
//- /src/pinned.rs
"#,
        expect![[r#"
            a: src/lib.rs src/sys/bsd.rs src/sys/linux.rs src/sys.rs src/other.rs src/plain.rs src/only.rs src/never_default.rs
            unreached: src/pinned.rs
        "#]],
    );
}

//! Module trees of multi-file fixtures, with cfg, `#[path]`, missing files and loops.

use expect_test::{Expect, expect};

use super::crate_module_tree;
use crate::{Db, RootDatabase, fixture::database_from_fixture};

/// Dumps the module tree of the fixture's first crate.
fn check(fixture: &str, expect: Expect) {
    let (db, krate) = database_from_fixture(fixture);
    expect.assert_eq(&crate_module_tree(&db, krate).dump(&db));
}

#[test]
fn inline_and_out_of_line_modules_with_the_2018_directory_rules() {
    check(
        r#"
//- /lib.rs crate:a
mod foo;
mod bar;
mod inline {
    mod deeper;
    pub fn f() {}
}
pub struct S;
//- /foo.rs
mod child;
fn in_foo() {}
//- /foo/child.rs
struct Child;
//- /bar/mod.rs
mod child;
//- /bar/child.rs
enum E { A }
//- /inline/deeper.rs
const C: u8 = 1;
"#,
        expect![[r#"
            mod crate (lib.rs)
              Struct S
              mod foo (foo.rs)
                Fn in_foo
                mod child (foo/child.rs)
                  Struct Child
              mod bar (bar/mod.rs)
                mod child (bar/child.rs)
                  Enum E
              mod inline
                Fn f
                mod deeper (inline/deeper.rs)
                  Const C
        "#]],
    );
}

#[test]
fn cfg_and_cfg_attr_decide_items_and_module_paths() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix,feature=std
#[cfg(unix)] fn on_unix() {}
#[cfg(windows)] fn on_windows() {}
#[cfg(all(unix, feature = "std"))] mod with_std;
#[cfg(not(feature = "std"))] mod without_std;
#[cfg_attr(unix, path = "platform/unix.rs")]
#[cfg_attr(windows, path = "platform/windows.rs")]
mod platform;
#[cfg_attr(feature = "std", cfg(windows))] struct Hidden;
#[cfg(any())] mod never { fn inside() {} }
//- /with_std.rs
pub fn std_only() {}
//- /platform/unix.rs
pub fn unix_only() {}
//- /platform/windows.rs
pub fn windows_only() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
              Fn on_unix
              mod with_std (with_std.rs)
                Fn std_only
              mod platform (platform/unix.rs)
                Fn unix_only
        "#]],
    );
}

#[test]
fn a_module_files_inner_cfg_decides_whether_the_module_exists() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix,feature=std
mod tests;
mod serde;
mod kept;
mod via_cfg_attr;
mod missing;
fn after() {}
//- /tests.rs
#![cfg(test)]
mod deeper;
fn test_only() {}
//- /serde.rs
//! Serialization.
#![cfg(feature = "serde")]
#![cfg_attr(docsrs, doc(cfg(feature = "serde")))]
fn serde_only() {}
//- /kept.rs
#![cfg(all(unix, feature = "std"))]
#![allow(unused)]
fn kept() {}
//- /via_cfg_attr.rs
#![cfg_attr(unix, cfg(windows))]
fn windows_only() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
              Fn after
              mod kept (kept.rs)
                Fn kept
              mod missing (no file)
            error: file not found for module `missing`: tried missing.rs, missing/mod.rs
        "#]],
    );
}

#[test]
fn a_crate_roots_inner_cfg_that_does_not_hold_leaves_the_crate_empty() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
#![cfg(all(unix, tokio_unstable))]
mod support;
fn dropped() {}
//- /support.rs
fn support() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
        "#]],
    );
}

#[test]
fn a_functions_inner_cfg_decides_whether_it_is_defined() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn kept() { #![cfg(unix)] }
fn dropped() {
    #![cfg(windows)]
    let body = 1;
}
fn kept_too() { #![allow(unused)] }
"#,
        expect![[r#"
            mod crate (lib.rs)
              Fn kept
              Fn kept_too
        "#]],
    );
}

#[test]
fn path_attributes_inside_inline_modules_and_on_files_that_own_their_directory() {
    check(
        r#"
//- /lib.rs crate:a
#[path = "elsewhere/x.rs"] mod x;
mod outer {
    #[path = "y.rs"] mod y;
}
//- /elsewhere/x.rs
mod z;
//- /elsewhere/z.rs
fn in_z() {}
//- /outer/y.rs
fn in_y() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
              mod x (elsewhere/x.rs)
                mod z (elsewhere/z.rs)
                  Fn in_z
              mod outer
                mod y (outer/y.rs)
                  Fn in_y
        "#]],
    );
}

#[test]
fn missing_files_and_circular_modules_are_diagnostics() {
    check(
        r#"
//- /lib.rs crate:a
mod missing;
#[path = "lib.rs"] mod again;
fn f() {}
"#,
        expect![[r#"
            mod crate (lib.rs)
              Fn f
              mod missing (no file)
              mod again (no file)
            error: file not found for module `missing`: tried missing.rs, missing/mod.rs
            error: circular modules: `lib.rs` contains itself
        "#]],
    );
}

#[test]
fn definitions_with_the_same_name_get_disambiguators_and_all_kinds_are_named() {
    let (db, krate) = database_from_fixture(
        r#"
//- /lib.rs crate:a
impl A {}
impl B {}
use x;
use y;
const _: () = ();
const _: () = ();
struct S;
fn S() {}
macro_rules! m { () => {} }
extern "C" {}
"#,
    );
    let tree = crate_module_tree(&db, krate);
    let paths: Vec<String> = super::module_definitions(&db, tree, super::ModuleIndex::ROOT)
        .into_iter()
        .map(|(kind, path)| format!("{kind:?} {path}"))
        .collect();
    expect![[r#"
        [
            "Impl crate::{impl}",
            "Impl crate::{impl}#1",
            "Use crate::{use}",
            "Use crate::{use}#1",
            "Const crate::_",
            "Const crate::_#1",
            "Struct crate::S",
            "Fn crate::S",
            "MacroRules crate::m",
            "ForeignMod crate::{extern}",
        ]
    "#]]
    .assert_debug_eq(&paths);
}

#[test]
fn a_detached_file_has_its_modules_in_the_directory_named_after_it_or_else_beside_it() {
    use sem_sources::{
        CrateData, CrateGraph, Edition, FilePath, FileTree, RelativePath, RootKind, Sources, TargetKind,
    };
    let mut files = FileTree::new();
    files.insert(RelativePath::new("runtime/driver.rs").unwrap(), "mod io;\n");
    files.insert(RelativePath::new("runtime/driver/io.rs").unwrap(), "fn poll() {}\n");
    // A test file Cargo would make a crate of: its module is beside it.
    files.insert(RelativePath::new("tests/smoke.rs").unwrap(), "mod common;\n");
    files.insert(RelativePath::new("tests/common.rs").unwrap(), "pub fn setup() {}\n");
    let (root, sources) = Sources::new().add_file_tree(RootKind::Workspace, files);
    let mut graph = CrateGraph::new();
    let file = FilePath::new(root, RelativePath::new("runtime/driver.rs").unwrap());
    graph.add_crate(CrateData::new("driver", file, Edition::Edition2021, TargetKind::Detached));
    let file = FilePath::new(root, RelativePath::new("tests/smoke.rs").unwrap());
    graph.add_crate(CrateData::new("smoke", file, Edition::Edition2021, TargetKind::Detached));
    let db = RootDatabase::from_sources(&sources.with_crate_graph(graph));
    let crates = db.workspace().crates(&db);
    expect![[r#"
        mod crate (runtime/driver.rs)
          mod io (runtime/driver/io.rs)
            Fn poll
    "#]]
    .assert_eq(&crate_module_tree(&db, crates[0]).dump(&db));
    expect![[r#"
        mod crate (tests/smoke.rs)
          mod common (tests/common.rs)
            Fn setup
    "#]]
    .assert_eq(&crate_module_tree(&db, crates[1]).dump(&db));
}

#[test]
fn test_and_bench_functions_exist_only_when_the_crate_is_built_with_cfg_test() {
    // rustc's `#[test]` and `#[bench]` remove their item outside `--test` builds; other
    // attributes that end in `test` (`#[tokio::test]`) are other macros.
    let code = r#"
#[test]
fn unit() {}
#[bench]
fn speed() {}
#[tokio::test]
async fn with_runtime() {}
#[cfg_attr(unix, test)]
fn through_cfg_attr() {}
fn helper() {}
"#;
    check(
        &format!("//- /lib.rs crate:a cfg:unix\n{code}"),
        expect![[r#"
            mod crate (lib.rs)
              Fn with_runtime
              Fn helper
        "#]],
    );
    check(
        &format!("//- /lib.rs crate:a cfg:unix,test\n{code}"),
        expect![[r#"
            mod crate (lib.rs)
              Fn unit
              Fn speed
              Fn with_runtime
              Fn through_cfg_attr
              Fn helper
        "#]],
    );
}

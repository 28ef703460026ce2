//! `sem dump` end to end: the real binary on a one-file crate, whole and one item, and a
//! missing item.

use std::{fs, process::Command};

use expect_test::expect;

fn sem(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sem")).args(args).output().expect("sem runs")
}

#[test]
fn dump_prints_every_owner_with_its_signature_its_bodies_and_what_their_paths_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lib.rs");
    fs::write(
        &file,
        "pub mod a { pub struct S<T> { pub t: T } }\npub fn f(x: a::S<u8>) -> Missing { for i in x { i?; } loop {} }\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let output = sem(&["dump", file, "--crate", "lib", "--no-sysroot"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    expect![[r#"
        crate::f (Function)
          fn f(a::S<u8>) -> Missing
            u8 -> builtin u8
            a::S<u8> -> crate::a::S
            Missing -> unresolved at segment 0
          body:
            fn f(x) {
                /* for loop */ match {lang IntoIterator::into_iter}(x) {
                    mut <iter> => loop match {lang Iterator::next}(&mut <iter>) {
                        {lang Option::None} => break,
                        {lang Option::Some}(i) => {
                            /* ? */ match {lang Try::branch}(i) {
                                {lang ControlFlow::Continue}(<val>) => <val>,
                                {lang ControlFlow::Break}(<residual>) => return {lang FromResidual::from_residual}(<residual>),
                            };
                        },
                    },
                }
                loop {}
            }
          paths of the body:
            x -> local x #0
            i -> local i #1
            <val> -> local <val> #2
            <residual> -> local <residual> #3
            <iter> -> local <iter> #4
        crate::a::S (Struct)
          struct S<T> { pub t: T }
            T -> generic parameter #0 of crate::a::S
    "#]]
    .assert_eq(&String::from_utf8(output.stdout).unwrap());

    let output = sem(&["dump", file, "--crate", "lib", "--no-sysroot", "--item", "crate::a"]);
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout).unwrap().starts_with("crate::a::S (Struct)\n"));

    let output = sem(&["dump", file, "--crate", "lib", "--no-sysroot", "--item", "crate::zz"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr).unwrap().contains("no item `crate::zz` in crate `lib`"));
}

//! The item summary of real-looking files, as text dumps.

use expect_test::{Expect, expect};
use sem_syntax::{Edition, parse_source_file};

use super::{ItemSummary, summarize_source_file};

/// Summarizes `source` (which must parse without errors) and compares the dump; also checks
/// that there is one position per item, each the text of an item, and that the tree parsed
/// without function bodies, which `lower_file` reads, gives the same summary and positions.
fn check(source: &str, expect: Expect) {
    let parse = parse_source_file(source, Edition::LATEST);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
    let (summary, positions) = summarize_source_file(&parse.tree());
    let without_bodies = sem_syntax::parse_source_file_without_bodies(source, Edition::LATEST);
    assert_eq!(summarize_source_file(&without_bodies.tree()), (summary.clone(), positions.clone()));
    assert_eq!(summary.iter().count(), positions.ranges.len());
    for range in &positions.ranges {
        assert!(range.end() <= sem_syntax::TextSize::of(source));
    }
    expect.assert_eq(&summary.dump());
}

fn summary(source: &str) -> ItemSummary {
    summarize_source_file(&parse_source_file(source, Edition::LATEST).tree()).0
}

#[test]
fn every_kind_of_item_with_names_and_visibility() {
    check(
        r#"
pub fn f() {}
pub(crate) struct S;
pub(super) union U { a: u8 }
pub(self) enum E { A, #[cfg(unix)] B(u8), C { x: u8 } }
pub(in crate::a) trait T { fn m(&self); const C: u8; type Ty; }
trait Alias = T;
impl T for S { fn m(&self) {} }
type Ty = u8;
const _: () = ();
const C: u8 = 1;
static mut X: u8 = 0;
crate struct Old;
extern crate alloc;
extern crate std as core2;
extern crate self as this;
unsafe extern "C" { safe fn g(); static Y: u8; type Opaque; }
macro_rules! m { ($x:expr) => { $x }; }
pub macro n($x:expr) { $x }
m!(1);
r#fn::r#type! { a }
"#,
        expect![[r#"
            fn f [pub]
            struct S [pub(crate)]
            union U [pub(super)]
            enum E [pub(self)]
              variant A
              variant B #[cfg(unix)]
              variant C
            trait T [pub(in crate::a)]
              fn m
              const C
              type Ty
            trait alias Alias
            impl
              fn m
            type Ty
            const
            const C
            static X
            struct Old [pub(crate)]
            extern crate alloc (crate alloc)
            extern crate core2 (crate std)
            extern crate this (crate self)
            extern {}
              fn g
              static Y
              type Opaque
            macro_rules! m {($ x : expr) => {$ x} ;}
            macro n [pub] ($ x : expr) {$ x}
            macro call m!(1)
            macro call fn::type!{a}
        "#]],
    );
}

#[test]
fn use_trees_are_flattened_into_imports() {
    check(
        r#"
use a;
use a::b as c;
use ::std::fmt;
use self::x::{self, y, z::{w as _, *}};
use crate::{p, q::r};
pub use super::*;
use {m, n};
use ::{o};
"#,
        expect![[r#"
            use a
            use a::b as c
            use ::std::fmt
            use self::x::self self::x::y self::x::z::w as _ self::x::z::*
            use crate::p crate::q::r
            use [pub] super::*
            use m n
            use ::o
        "#]],
    );
}

#[test]
fn attributes_are_kept_but_doc_comments_and_doc_attributes_are_not() {
    check(
        r#"
/// A doc comment.
#[doc = "docs"]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[derive(Clone, Debug)]
#[path = "other.rs"]
#[tokio::main]
#[::core::prelude::v1::test]
mod m;
#[macro_use]
mod inline {
    #![cfg(test)]
    //! Inner docs.
    fn f() {}
}
"#,
        expect![[r#"
            mod; m #[cfg_attr(feature = "serde" , derive (serde :: Serialize))] #[derive(Clone , Debug)] #[path = "other.rs"] #[tokio::main] #[::core::prelude::v1::test]
            mod {} inline #[macro_use] #![cfg(test)]
              fn f
        "#]],
    );
}

#[test]
fn bodies_and_items_inside_them_are_not_in_the_summary() {
    check(
        "fn outer() { fn inner() {} struct Local; m!(); }\nconst C: () = { struct InConst; };\n",
        expect![[r#"
            fn outer
            const C
        "#]],
    );
}

#[test]
fn edits_that_only_move_items_give_an_equal_summary() {
    let before = summary("fn a() { 1 }\n\nstruct S;\n");
    assert_eq!(before, summary("// a comment\nfn a() {\n    let x = 2;\n    x\n}\nstruct   S;\n"));
    assert_ne!(before, summary("fn a() { 1 }\nstruct T;\n"));
    assert_ne!(before, summary("fn a() { 1 }\n#[cfg(test)]\nstruct S;\n"));
}

#[test]
fn deeply_nested_inline_modules_are_summarized_without_recursion_on_the_input() {
    let depth = 200;
    let source = format!("{}fn f() {{}}{}", "mod m { ".repeat(depth), "}".repeat(depth));
    let summary = summary(&source);
    assert_eq!(summary.iter().count(), depth + 1);
}

#[test]
fn broken_items_keep_what_can_be_read() {
    let parse = parse_source_file("fn () {}\nstruct { a: u8 }\nuse a::{b,;\nmod m", Edition::LATEST);
    assert!(!parse.errors().is_empty());
    let (summary, positions) = summarize_source_file(&parse.tree());
    assert_eq!(summary.iter().count(), positions.ranges.len());
    expect![[r#"
        fn
        struct
        use a::b a::m
    "#]]
    .assert_eq(&summary.dump());
}

#[test]
fn a_macro_call_with_deeply_nested_groups_is_summarized_compared_and_dropped() {
    let depth = 100_000;
    let source = format!("m!({}{});\n", "(".repeat(depth), ")".repeat(depth));
    let first = summary(&source);
    let second = summary(&source);
    assert_eq!(first, second);
    assert_eq!(first.items.len(), 1);
}

#[test]
fn the_files_own_inner_attributes_are_kept_apart_from_its_items() {
    check(
        "//! Crate docs.\n#![no_std]\n#![recursion_limit = \"256\"]\n#![cfg_attr(test, allow(dead_code))]\nfn f() {}\n",
        expect![[r#"
            #![no_std]
            #![recursion_limit = "256"]
            #![cfg_attr(test , allow (dead_code))]
            fn f
        "#]],
    );
}

#[test]
fn bodies_left_unparsed_keep_the_functions_inner_attributes_and_nothing_else() {
    check(
        r#"
fn outer() {
    #![cfg(windows)]
    struct Inner;
    let f = |x: u8| { x + 1 };
    mod not_a_module {}
}
impl S {
    fn method(&self) -> u8 { if true { { 1 } } else { 2 } }
    const C: u8 = { 3 };
}
trait T {
    fn provided() { "}" ; '}'; }
}
m! { fn in_macro() {} }
"#,
        expect![[r#"
            fn outer #![cfg(windows)]
            impl
              fn method
              const C
            trait T
              fn provided
            macro call m!{fn in_macro () {}}
        "#]],
    );
}

#[test]
fn only_the_inner_attributes_that_open_a_body_are_the_items() {
    // The fuzzer's finds: inner attributes after a statement, an item or an outer attribute
    // are errors that apply to nothing (rustc), and the parse without bodies, which folds
    // everything after the opening ones, must give the same summary as the whole tree.
    let source = "fn f() { #![a] let x = 1; #![b] }\nmod m { #![c] struct S; #![d] }\n\
                  fn g() { #[e] #![h] }\nfn k() { assert!(x) cfg(y)] #[test] #[cfg(z)] }\n\
                  pub const C: u8 =#[inline]\n fn l(&self) {}\n\
                  #[derive(X)] enum E { A = { fn f() { 1 } 2 } }\n\
                  #[derive(Y)] struct S { #[t {x} fn h() { a(&0); } }\n";
    let whole = parse_source_file(source, Edition::LATEST);
    assert!(!whole.errors().is_empty());
    let folded = sem_syntax::parse_source_file_without_bodies(source, Edition::LATEST);
    assert_eq!(folded.errors(), whole.errors());
    let summary = summarize_source_file(&whole.tree());
    assert_eq!(summarize_source_file(&folded.tree()), summary);
    expect![[r#"
        fn f #![a]
        mod {} m #![c]
          struct S
        fn g
        fn k
        const C [pub]
        fn l
        enum E #[derive(X)]
          variant A
        struct S #[derive(Y)]
    "#]]
    .assert_eq(&summary.0.dump());
}

/// Every input kept in `fuzz/regressions/parse` (an edition byte, then a file's text): the
/// parse without bodies gives the whole parse's errors and item summary.
#[test]
fn inputs_the_parse_fuzzer_found_summarize_alike_whole_and_folded() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/parse");
    let mut inputs: Vec<_> = std::fs::read_dir(&folder)
        .expect("fuzz/regressions/parse is in the repository")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "bin"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 8, "{} inputs", inputs.len());
    for path in inputs {
        let data = std::fs::read(&path).expect("a readable input");
        let edition = Edition::ALL[usize::from(data[0]) % Edition::ALL.len()];
        let text = std::str::from_utf8(&data[1..]).expect("the fuzzer's inputs are text");
        let whole = parse_source_file(text, edition);
        let folded = sem_syntax::parse_source_file_without_bodies(text, edition);
        assert_eq!(folded.syntax_node().text(), text, "{}", path.display());
        assert_eq!(folded.errors(), whole.errors(), "{}", path.display());
        assert_eq!(summarize_source_file(&folded.tree()), summarize_source_file(&whole.tree()), "{}", path.display());
    }
}

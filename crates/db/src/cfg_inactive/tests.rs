use expect_test::{Expect, expect};
use sem_sources::{FilePath, RelativePath, RootId};
use text_size::{TextRange, TextSize};

use crate::{
    Db, RootDatabase,
    expand::{inactive_code, is_active},
    fixture::sources_from_fixture,
    syntax::crate_files,
};

/// Dumps, for each crate of the fixture and each file it reaches, the disabled nodes (kind,
/// range, predicate, text with whitespace runs as single spaces), then the problems.
fn check(fixture: &str, expect: Expect) {
    let db = RootDatabase::from_sources(&sources_from_fixture(fixture));
    let mut dump = String::new();
    for &krate in db.workspace().crates(&db) {
        for &file in crate_files(&db, krate).files.iter() {
            dump.push_str(&format!("{} {}\n", krate.data(&db).display_name, file.path(&db).path));
            let text = file.text(&db).get();
            let inactive = inactive_code(&db, krate, file);
            for node in &inactive.nodes {
                let code = text[node.range].split_whitespace().collect::<Vec<_>>().join(" ");
                dump.push_str(&format!("  {:?} {:?} {}: {code}\n", node.kind, node.range, node.predicate));
            }
            for diagnostic in &inactive.diagnostics {
                dump.push_str(&format!("  error {:?}: {}\n", diagnostic.range, diagnostic.message()));
            }
        }
    }
    expect.assert_eq(&dump);
}

#[test]
fn parameters_of_functions_closures_and_function_pointers() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f(#[cfg(windows)] a: u8, #[cfg(unix)] b: u8, #[cfg(windows)] ...) {}
struct S;
impl S {
    fn m(#[cfg(windows)] self, x: u8) {}
}
fn g() {
    let c = |#[cfg(windows)] a, b| b;
    let p: fn(#[cfg(windows)] u8, u16);
}
"#,
        expect![[r#"
            a lib.rs
              PARAM 5..26 windows: #[cfg(windows)] a: u8
              PARAM 48..67 windows: #[cfg(windows)] ...
              SELF_PARAM 100..120 windows: #[cfg(windows)] self
              PARAM 156..173 windows: #[cfg(windows)] a
              PARAM 195..213 windows: #[cfg(windows)] u8
        "#]],
    );
}

#[test]
fn let_and_expression_statements_and_the_tail_expression() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f() -> u8 {
    #[cfg(windows)]
    let a = 1;
    #[cfg(unix)]
    let b = 2;
    #[cfg(windows)]
    call();
    #[cfg(windows)]
    object.method().chain();
    #[cfg(windows)]
    println!("gone");
    #[cfg(windows)]
    { 1 }
    #[cfg(windows)] {
        #![cfg(unix)]
    };
    { #![cfg(windows)] }
    loop { #![cfg(windows)] break; }
    while { #![cfg(unix)] true } {}
    #[cfg(windows)]
    0
}
"#,
        expect![[r#"
            a lib.rs
              LET_STMT 19..49 windows: #[cfg(windows)] let a = 1;
              EXPR_STMT 86..113 windows: #[cfg(windows)] call();
              EXPR_STMT 118..162 windows: #[cfg(windows)] object.method().chain();
              EXPR_STMT 167..204 windows: #[cfg(windows)] println!("gone");
              EXPR_STMT 209..234 windows: #[cfg(windows)] { 1 }
              EXPR_STMT 239..285 windows: #[cfg(windows)] { #![cfg(unix)] };
              EXPR_STMT 290..310 windows: { #![cfg(windows)] }
              EXPR_STMT 315..347 windows: loop { #![cfg(windows)] break; }
              LITERAL 388..409 windows: #[cfg(windows)] 0
              error 360..373: removing an expression is not supported in this position
        "#]],
    );
}

#[test]
fn items_in_blocks_and_their_contents() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f() {
    #[cfg(windows)]
    fn nested() {}
    struct Local {
        #[cfg(windows)]
        field: u8,
        kept: u8,
    }
    enum E {
        #[cfg(windows)]
        A,
        B(#[cfg(windows)] u8, u16),
    }
    impl Local {
        #[cfg(windows)]
        const C: u8 = 0;
        fn kept<#[cfg(windows)] 'a, #[cfg(windows)] T, #[cfg(windows)] const N: usize, U>() {}
    }
    extern "C" {
        #[cfg(windows)]
        fn foreign();
    }
    #[cfg(windows)]
    macro_rules! m { () => {} }
    #[cfg(windows)]
    use std::fmt;
}
"#,
        expect![[r#"
            a lib.rs
              FN 13..47 windows: #[cfg(windows)] fn nested() {}
              RECORD_FIELD 75..108 windows: #[cfg(windows)] field: u8
              VARIANT 155..180 windows: #[cfg(windows)] A
              TUPLE_FIELD 192..210 windows: #[cfg(windows)] u8
              CONST 249..289 windows: #[cfg(windows)] const C: u8 = 0;
              LIFETIME_PARAM 306..324 windows: #[cfg(windows)] 'a
              TYPE_PARAM 326..343 windows: #[cfg(windows)] T
              CONST_PARAM 345..375 windows: #[cfg(windows)] const N: usize
              FN 416..453 windows: #[cfg(windows)] fn foreign();
              MACRO_RULES 464..511 windows: #[cfg(windows)] macro_rules! m { () => {} }
              USE 516..549 windows: #[cfg(windows)] use std::fmt;
        "#]],
    );
}

#[test]
fn match_arms_and_struct_expression_and_pattern_fields() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
struct P { x: u8, y: u8 }
fn f(value: Option<u8>, p: P) -> P {
    match value {
        #[cfg(windows)]
        Some(0) => {}
        #[cfg(unix)]
        Some(_) => {}
        #[cfg(windows)]
        None => {},
        _ => {}
    }
    let P { #[cfg(windows)] x, #[cfg(windows)] y: renamed } = p;
    P { #[cfg(windows)] x: 1, #[cfg(windows)] y, ..p }
}
"#,
        expect![[r#"
            a lib.rs
              MATCH_ARM 89..126 windows: #[cfg(windows)] Some(0) => {}
              MATCH_ARM 178..213 windows: #[cfg(windows)] None => {},
              RECORD_PAT_FIELD 248..265 windows: #[cfg(windows)] x
              RECORD_PAT_FIELD 267..293 windows: #[cfg(windows)] y: renamed
              RECORD_EXPR_FIELD 309..329 windows: #[cfg(windows)] x: 1
              RECORD_EXPR_FIELD 331..348 windows: #[cfg(windows)] y
        "#]],
    );
}

/// The attribute before `a + b` is on `a`, as in rustc, and `a` cannot be removed alone.
#[test]
fn elements_of_arrays_tuples_and_call_arguments() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f(o: O) {
    let array = [#[cfg(windows)] 1, 2];
    let tuple = (#[cfg(windows)] 1, 2);
    g(#[cfg(windows)] 1, 2);
    o.h(#[cfg(windows)] a + b, 2);
    S(#[cfg(windows)] 1);
}
"#,
        expect![[r#"
            a lib.rs
              LITERAL 30..47 windows: #[cfg(windows)] 1
              LITERAL 70..87 windows: #[cfg(windows)] 1
              LITERAL 99..116 windows: #[cfg(windows)] 1
              LITERAL 163..180 windows: #[cfg(windows)] 1
              error 130..145: removing an expression is not supported in this position
        "#]],
    );
}

#[test]
fn predicates_all_any_not_and_key_value() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix,feature=std,target_os=linux
#[cfg(all(unix, feature = "std"))]
fn all_hold() {}
#[cfg(all(unix, feature = "alloc"))]
fn all_fail() {}
#[cfg(any(windows, target_os = "linux"))]
fn any_holds() {}
#[cfg(any(windows, target_os = "macos"))]
fn any_fails() {}
#[cfg(not(unix))]
fn not_fails() {}
#[cfg(not(windows))]
fn not_holds() {}
#[cfg(feature = "std")]
#[cfg(feature = "serde")]
fn second_fails() {}
#[cfg(true)]
fn literal_true() {}
#[cfg(false)]
fn literal_false() {}
"#,
        expect![[r#"
            a lib.rs
              FN 52..105 all(unix, feature = "alloc"): #[cfg(all(unix, feature = "alloc"))] fn all_fail() {}
              FN 166..225 any(windows, target_os = "macos"): #[cfg(any(windows, target_os = "macos"))] fn any_fails() {}
              FN 226..261 not(unix): #[cfg(not(unix))] fn not_fails() {}
              FN 301..371 feature = "serde": #[cfg(feature = "std")] #[cfg(feature = "serde")] fn second_fails() {}
              FN 406..441 false: #[cfg(false)] fn literal_false() {}
        "#]],
    );
}

#[test]
fn cfg_attr_is_applied_first() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f() {
    #[cfg_attr(unix, cfg(windows))]
    let yields_a_false_cfg = 1;
    #[cfg_attr(windows, cfg(windows))]
    let predicate_fails_so_no_cfg = 2;
    #[cfg_attr(unix, allow(unused), cfg(feature = "x"))]
    let several_attributes = 3;
    #[cfg_attr(unix, cfg_attr(not(windows), cfg(any())))]
    let nested = 4;
    #[cfg_attr(unix, cfg(unix))]
    let yields_a_true_cfg = 5;
}
"#,
        expect![[r#"
            a lib.rs
              LET_STMT 13..76 windows: #[cfg_attr(unix, cfg(windows))] let yields_a_false_cfg = 1;
              LET_STMT 159..243 feature = "x": #[cfg_attr(unix, allow(unused), cfg(feature = "x"))] let several_attributes = 3;
              LET_STMT 248..321 any(): #[cfg_attr(unix, cfg_attr(not(windows), cfg(any())))] let nested = 4;
        "#]],
    );
}

#[test]
fn nodes_inside_disabled_nodes_are_not_listed_again() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
#[cfg(windows)]
mod windows {
    #[cfg(windows)]
    fn inner(#[cfg(windows)] x: u8) {
        #[cfg(windows)]
        let y = 1;
        #[cfg(invalid = 1)]
        let z = 2;
    }
}
fn f() {
    #![cfg(windows)]
    #[cfg(windows)]
    let y = 1;
}
mod m {
    #![cfg(windows)]
    fn g() {}
}
"#,
        expect![[r#"
            a lib.rs
              MODULE 0..185 windows: #[cfg(windows)] mod windows { #[cfg(windows)] fn inner(#[cfg(windows)] x: u8) { #[cfg(windows)] let y = 1; #[cfg(invalid = 1)] let z = 2; } }
              FN 186..252 windows: fn f() { #![cfg(windows)] #[cfg(windows)] let y = 1; }
              MODULE 253..297 windows: mod m { #![cfg(windows)] fn g() {} }
        "#]],
    );
}

#[test]
fn a_file_disabled_by_its_inner_attribute() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
mod tests;
//- /tests.rs
#![cfg(test)]
#[cfg(test)]
fn helper() {}
"#,
        expect![[r#"
            a lib.rs
            a tests.rs
              SOURCE_FILE 0..42 test: #![cfg(test)] #[cfg(test)] fn helper() {}
        "#]],
    );
}

#[test]
fn invalid_predicates_keep_the_code_and_are_reported() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f() {
    #[cfg(feature = 1)]
    let not_a_string = 1;
    #[cfg(not(unix, windows))]
    let two_in_not = 2;
    #[cfg(all(windows, unknown(x)))]
    let invalid_part = 3;
    #[cfg]
    let no_predicate = 4;
    #[cfg_attr(unix)]
    let no_attribute = 5;
    #[cfg_attr(feature = 1, cfg(windows))]
    let invalid_cfg_attr = 6;
    #[cfg_attr(unix, cfg(feature = 2))]
    let invalid_cfg_from_cfg_attr = 7;
    #[cfg(feature = 1)]
    #[cfg(windows)]
    let invalid_then_false = 8;
}
"#,
        expect![[r#"
            a lib.rs
              LET_STMT 418..489 windows: #[cfg(feature = 1)] #[cfg(windows)] let invalid_then_false = 8;
              error 13..32: invalid `cfg` predicate: the value of `feature` must be a string
              error 63..89: invalid `cfg` predicate: `not` takes one predicate, found 2
              error 118..150: invalid `cfg` predicate: unknown predicate `unknown(..)`
              error 181..187: malformed `cfg`: expected `cfg(predicate)`
              error 218..235: malformed `cfg_attr`: expected an attribute after the predicate: `cfg_attr(predicate, attribute, ..)`
              error 266..304: invalid `cfg_attr` predicate: the value of `feature` must be a string
              error 339..374: invalid `cfg` predicate: the value of `feature` must be a string
              error 418..437: invalid `cfg` predicate: the value of `feature` must be a string
        "#]],
    );
}

#[test]
fn expressions_that_cannot_be_removed_are_kept_and_reported() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix
fn f() {
    let x = #[cfg(windows)] 1;
    #[cfg(windows)] a + b;
    let p = (#[cfg(windows)] 1);
    let r = [#[cfg(windows)] 0; 4];
    let c = || { #![cfg(windows)] };
    let S { #[cfg(windows)] .. } = s;
    let kept = #[cfg_attr(windows, cfg(windows))] 1;
}
"#,
        expect![[r#"
            a lib.rs
              error 21..36: removing an expression is not supported in this position
              error 44..59: removing an expression is not supported in this position
              error 80..95: removing an expression is not supported in this position
              error 113..128: removing an expression is not supported in this position
              error 153..169: removing an expression is not supported in this position
              error 185..200: removing a pattern is not supported
        "#]],
    );
}

#[test]
fn enabled_predicates_leave_the_code_listed_nowhere() {
    check(
        r#"
//- /lib.rs crate:a cfg:unix,test,feature=x
#![cfg(unix)]
#[cfg(test)]
fn f(#[cfg(feature = "x")] a: u8) {
    #[cfg(all(unix, not(windows)))]
    let b = a;
    match b {
        #[cfg(any(unix, windows))]
        _ => {}
    }
    #[cfg_attr(unix, cfg(unix))]
    g(#[cfg(unix)] 1);
}
"#,
        expect![[r#"
            a lib.rs
        "#]],
    );
}

#[test]
fn a_file_shared_by_two_crates_is_evaluated_with_each_crate_cfg() {
    check(
        r#"
//- /a/lib.rs crate:a cfg:unix
#[path = "../shared.rs"]
mod shared;
//- /b/lib.rs crate:b cfg:windows
#[path = "../shared.rs"]
mod shared;
//- /shared.rs
#[cfg(unix)]
fn on_unix() {}
#[cfg(windows)]
fn on_windows() {}
"#,
        expect![[r#"
            a a/lib.rs
            a shared.rs
              FN 29..63 windows: #[cfg(windows)] fn on_windows() {}
            b b/lib.rs
            b shared.rs
              FN 0..28 unix: #[cfg(unix)] fn on_unix() {}
        "#]],
    );
}

#[test]
fn is_active_answers_for_ranges_inside_and_outside_disabled_code() {
    let text = "fn f() {\n    #[cfg(windows)]\n    let a = 1;\n    let b = 2;\n}\n";
    let db = RootDatabase::from_sources(&sources_from_fixture(&format!("//- /lib.rs crate:a\n{text}")));
    let krate = db.workspace().crates(&db)[0];
    let file = crate_files(&db, krate).files[0];
    let range_of = |needle: &str| {
        let start = text.find(needle).expect("the needle is in the text");
        TextRange::at(TextSize::new(start as u32), TextSize::new(needle.len() as u32))
    };
    assert!(!is_active(&db, krate, file, range_of("let a = 1;")));
    assert!(!is_active(&db, krate, file, range_of("a")));
    assert!(!is_active(&db, krate, file, TextRange::empty(range_of("1;").start())));
    assert!(is_active(&db, krate, file, range_of("let b = 2;")));
    assert!(is_active(&db, krate, file, range_of("fn f()")));
    // A range reaching out of the disabled statement is partly active.
    assert!(is_active(&db, krate, file, range_of("1;\n    let b")));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let text = format!("fn f() {{ #[cfg(windows)] let x = {}1{}; }}\n", "(".repeat(depth), ")".repeat(depth));
    let db = RootDatabase::from_sources(&sources_from_fixture(&format!("//- /lib.rs crate:a\n{text}")));
    let krate = db.workspace().crates(&db)[0];
    let file = crate_files(&db, krate).files[0];
    let inactive = inactive_code(&db, krate, file);
    assert_eq!(inactive.nodes.len(), 1);
    assert_eq!(inactive.nodes[0].kind, sem_syntax::SyntaxKind::LET_STMT);
}

#[test]
fn editing_one_file_does_not_recompute_another_file() {
    let fixture = r#"
//- /lib.rs crate:a
mod other;
fn f() {
    #[cfg(windows)]
    let a = 1;
}
//- /other.rs
fn g(#[cfg(windows)] x: u8) {}
"#;
    let (mut db, log) = RootDatabase::with_execution_log();
    let sources = sources_from_fixture(fixture);
    db.apply(&sources);
    let krate = db.workspace().crates(&db)[0];
    let files = crate_files(&db, krate).files.clone();
    let [lib, other] = [files[0], files[1]];
    assert_eq!(inactive_code(&db, krate, lib).nodes.len(), 1);
    assert_eq!(inactive_code(&db, krate, other).nodes.len(), 1);
    assert_eq!(log.count("inactive_code"), 2, "{:?}", log.take());
    log.take();

    let path = FilePath::new(RootId(0), RelativePath::new("lib.rs").expect("a valid path"));
    let edited = "mod other;\nfn f() {\n    #[cfg(windows)]\n    let a = 2;\n    #[cfg(windows)]\n    let b = 3;\n}\n";
    db.apply(&sources.set_file(&path, edited));
    assert_eq!(inactive_code(&db, krate, lib).nodes.len(), 2);
    assert_eq!(inactive_code(&db, krate, other).nodes.len(), 1);
    assert_eq!(log.count("inactive_code"), 1, "{:?}", log.take());
}

#[test]
fn test_functions_are_inactive_outside_test_builds_as_under_cfg_test() {
    let code = r#"
#[test]
fn unit() {
    #[bench]
    fn inner() {}
}
#[tokio::test]
async fn with_runtime() {}
"#;
    check(
        &format!("//- /lib.rs crate:a cfg:unix\n{code}"),
        expect![[r#"
            a lib.rs
              FN 1..53 test: #[test] fn unit() { #[bench] fn inner() {} }
        "#]],
    );
    check(
        &format!("//- /lib.rs crate:a cfg:unix,test\n{code}"),
        expect![[r#"
            a lib.rs
        "#]],
    );
}

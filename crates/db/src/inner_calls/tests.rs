//! Macro calls inside items: found, numbered, expanded with spans as what their position
//! expects, and the calls inside their expansions in turn.

use expect_test::{Expect, expect};

use crate::{
    Db, RootDatabase,
    expand::{CallPosition, ExpansionPoint, ExpnId, expansion_point, fragment_items},
    fixture::sources_from_fixture,
    ids::{InnerCallIndex, ItemIndex},
    spans::{SpannedExpansion, dump_expansion_spans, expansion_with_spans, spans_agree_with_expansion},
};

/// Every call inside the root file's items, and inside their expansions, depth first: its
/// path and position, and its expansion's tokens with where they come from and their marks.
fn check(fixture: &str, expect: Expect) {
    let db = RootDatabase::from_sources(&sources_from_fixture(fixture));
    let krate = db.workspace().crates(&db)[0];
    let root = ExpnId::crate_root(&db, krate);
    let items = fragment_items(&db, root).map_or(0, |items| items.iter().count());
    let mut out = String::new();
    for item in (0..items).map(ItemIndex::new) {
        dump_calls(&db, root, item, 0, &mut out);
    }
    expect.assert_eq(&out);
}

fn dump_calls(db: &dyn Db, fragment: ExpnId, item: ItemIndex, depth: usize, out: &mut String) {
    let count = super::inner_calls(db, fragment, item).len();
    for call in (0..count).map(InnerCallIndex::new) {
        let expn = ExpnId::inner(db, fragment, item, call);
        spans_agree_with_expansion(db, expn).unwrap();
        let Some(ExpansionPoint::MacroCall { path, position: CallPosition::Inner(kind), .. }) =
            expansion_point(db, expn)
        else {
            panic!("a call inside an item is an inner call")
        };
        let indent = "  ".repeat(depth);
        out.push_str(&format!("{indent}item {item} call {call}: {path}! as {kind:?}\n"));
        if let Ok(Some(SpannedExpansion::Tokens { parse, .. })) = expansion_with_spans(db, expn) {
            out.push_str(&format!("{indent}  {}\n", parse.syntax_node().text()));
            if !parse.errors().is_empty() {
                out.push_str(&format!("{indent}  errors: {:?}\n", parse.errors()));
            }
        } else {
            out.push_str(&format!("{indent}  {}\n", dump_expansion_spans(db, expn).trim_end()));
        }
        dump_calls(db, expn, ItemIndex::new(0), depth + 1, out);
    }
}

#[test]
fn calls_in_expressions_statements_patterns_and_types_are_numbered_and_expanded() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! double { ($e:expr) => { $e * 2 } }
macro_rules! stmts { ($x:ident) => { let $x = 1; let y = $x; } }
macro_rules! pat { () => { Some(_) } }
macro_rules! ty { () => { u8 } }
fn f(x: i32) -> i32 {
    let y: ty!() = double!(x);
    stmts!(z);
    if let pat!() = None::<u8> {}
    double!(y)
}
struct S { field: [u8; double!(2)] }
impl S {
    fn g() { double!(1); }
}
"#,
        expect![[r#"
            item 4 call 0: ty! as Type
              u8
            item 4 call 1: double! as Expr
              x * 2
            item 4 call 2: stmts! as Stmts
              let z = 1 ; let y = z ;
            item 4 call 3: pat! as Pat
              Some ( _ )
            item 4 call 4: double! as Stmts
              y * 2
            item 5 call 0: double! as Expr
              2 * 2
            item 7 call 0: double! as Stmts
              1 * 2
        "#]],
    );
}

#[test]
fn calls_inside_an_expansion_are_calls_of_its_one_item() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! inner { ($e:expr) => { $e + 1 } }
macro_rules! outer { ($e:expr) => { inner!($e) * inner!(2) } }
fn f() { let _ = outer!(3); }
"#,
        expect![[r#"
            item 2 call 0: outer! as Expr
              inner ! ( 3 ) * inner ! ( 2 )
              item 0 call 0: inner! as Expr
                3 + 1
              item 0 call 1: inner! as Expr
                2 + 1
        "#]],
    );
}

#[test]
fn a_call_that_names_no_macro_is_an_error_of_its_expansion() {
    check(
        r#"
//- /lib.rs crate:a
fn f() { nowhere!(1); }
"#,
        expect![[r#"
            item 0 call 0: nowhere! as Stmts
              error: cannot find macro `nowhere!` in this scope
        "#]],
    );
}

#[test]
fn a_call_inside_an_item_also_sees_what_its_module_s_def_map_names() {
    check(
        r#"
//- /lib.rs crate:a deps:dep
use dep::inner::helper;
mod local {
    macro_rules! rules { () => { 0 } }
    pub(crate) use rules as renamed;
}
fn f() {
    helper!(1);
    dep::inner::helper!(2);
    local::renamed!();
}
//- /dep.rs crate:dep
pub mod inner { pub macro helper($e:expr) { $e + 1 } }
"#,
        expect![[r#"
            item 4 call 0: helper! as Stmts
              1 + 1
            item 4 call 1: dep::inner::helper! as Stmts
              2 + 1
            item 4 call 2: local::renamed! as Stmts
              0
        "#]],
    );
}

#[test]
fn a_macro_rules_inside_a_body_is_seen_by_the_calls_after_it_in_its_blocks() {
    check(
        r#"
//- /lib.rs crate:a
macro_rules! m { () => { "module's" } }
fn f() {
    m!();
    macro_rules! m { () => { "outer block's" } }
    m!();
    {
        macro_rules! m { () => { "inner block's" } }
        m!();
        macro_rules! n { () => { m!() } }
        n!();
    }
    m!();
}
"#,
        expect![[r#"
            item 1 call 0: m! as Stmts
              "module's"
            item 1 call 1: m! as Stmts
              "outer block's"
            item 1 call 2: m! as Stmts
              "inner block's"
            item 1 call 3: n! as Stmts
              m ! ( )
              item 0 call 0: m! as Stmts
                "inner block's"
            item 1 call 4: m! as Stmts
              "outer block's"
        "#]],
    );
}

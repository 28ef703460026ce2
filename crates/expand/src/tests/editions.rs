//! Edition rules of fragments: `pat` takes or-patterns from 2021, `expr` takes `_` and
//! `const { ... }` from 2024, `expr_2021` never does. The definition's edition decides.

use expect_test::expect;
use sem_syntax::Edition;

use super::check_edition;

#[test]
fn pat_before_2021_stops_at_the_vertical_bar() {
    let def = "macro_rules! m { ($a:pat | $b:pat) => { ($a) ($b) }; ($a:pat) => { or $a } }";
    check_edition(Edition::Edition2018, def, "m!(Some(x) | None)", expect!["(Some (x)) (None)"]);
    check_edition(Edition::Edition2021, def, "m!(Some(x) | None)", expect!["or Some (x) | None"]);
}

#[test]
fn pat_from_2021_may_start_with_a_vertical_bar() {
    let def = "macro_rules! m { ($a:pat) => { $a }; (| $a:pat_param) => { leading $a } }";
    check_edition(
        Edition::Edition2018,
        def,
        "m!(| A | B)",
        expect![
            "error (NoMatchingRule): no rules expected the token `|`, expected the end of the input (rule 2 of 2 matched furthest)"
        ],
    );
    check_edition(Edition::Edition2021, def, "m!(| A | B)", expect!["| A | B"]);
}

#[test]
fn expr_takes_underscore_and_const_blocks_from_2024() {
    let def = "macro_rules! m { ($e:expr) => { expr $e }; ($($t:tt)*) => { tokens } }";
    let rendered: Vec<String> = ["m!(_)", "m!(const { 1 })"]
        .iter()
        .map(|call| {
            let old = super::render(super::expand(def, call, Edition::Edition2021, &crate::Fuel::default()));
            let new = super::render(super::expand(def, call, Edition::Edition2024, &crate::Fuel::default()));
            format!("{call}: 2021 {old}, 2024 {new}")
        })
        .collect();
    expect![[r#"
        m!(_): 2021 tokens, 2024 expr _
        m!(const { 1 }): 2021 tokens, 2024 expr const {1}"#]]
    .assert_eq(&rendered.join("\n"));
}

#[test]
fn expr_2021_never_takes_underscore_or_const_blocks() {
    let def = "macro_rules! m { ($e:expr_2021) => { expr $e }; ($($t:tt)*) => { tokens } }";
    check_edition(Edition::Edition2024, def, "m!(_)", expect!["tokens"]);
    check_edition(Edition::Edition2024, def, "m!(const { 1 })", expect!["tokens"]);
    check_edition(Edition::Edition2024, def, "m!(f(_))", expect!["expr f (_)"]);
}

#[test]
fn let_never_starts_an_expr_fragment() {
    let def = "macro_rules! m { ($e:expr) => { expr }; (let $($t:tt)*) => { let } }";
    check_edition(Edition::Edition2024, def, "m!(let x = 1)", expect!["let"]);
}

#[test]
fn keywords_follow_the_edition_of_the_call() {
    // `async` and `dyn` are identifiers in 2015, keywords from 2018: `$t:ty` reads `dyn T` as a
    // trait object only then, and an `expr` cannot start with `dyn` when it is a keyword.
    let def = "macro_rules! m { ($e:expr) => { expr $e }; ($t:ty) => { ty $t } }";
    check_edition(Edition::Edition2015, def, "m!(dyn)", expect!["expr dyn"]);
    check_edition(Edition::Edition2018, def, "m!(dyn Tr)", expect!["ty dyn Tr"]);
}

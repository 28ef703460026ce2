//! Repetitions, separators, rule selection, literal tokens, `$crate`, spans, and the errors of
//! matching and transcription.

use expect_test::expect;
use sem_syntax::{
    Edition,
    token_tree::{Leaf, TokenTree},
};

use super::{Span, call_input, check, definition};
use crate::{ExpandErrorKind, Fuel};

#[test]
fn separators_and_operators() {
    // As in rustc, `+` right after the group is the operator, and `*` a token after it.
    let def = "macro_rules! m { ($($x:ident),*) => { $($x)+* }; }";
    check(def, "m!()", expect!["error (Transcription): this must repeat at least once"]);
    check(def, "m!(a)", expect!["a *"]);
    check(def, "m!(a, b, c)", expect!["a b c *"]);
    check(def, "m!(a, b,)", expect!["error (NoMatchingRule): unexpected end of macro invocation, expected `$x:ident`"]);
    check("macro_rules! m { ($($x:ident),* $(,)?) => { $($x);* } }", "m!(a, b,)", expect!["a ; b"]);
    check("macro_rules! m { ($($x:ident)=>+) => { $($x)::* } }", "m!(a => b => c)", expect!["a :: b :: c"]);
    check("macro_rules! m { ($($x:ident)-*) => { $($x)-* } }", "m!(a - b)", expect!["a - b"]);
}

#[test]
fn token_tree_loops_that_end_a_group_bind_every_tree_in_order() {
    // `$($t:tt)*` at the end of the matcher or of a group is taken in one go; the bindings are
    // those of the NFA: one per token tree, glued punctuation and lifetimes as one, nested.
    let muncher = "macro_rules! m { (@ $x:tt $($rest:tt)*) => { [$x] $(<$rest>)* }; () => {} }";
    check(muncher, "m!(@ a (b c) 'd => -1)", expect!["[a] < (b c) > < 'd > < => > < - > < 1 >"]);
    check(muncher, "m!(@ a)", expect!["[a]"]);
    let nested = "macro_rules! m { ($( ( $($t:tt)+ ) )*) => { $( [$($t),*] )* } }";
    check(nested, "m!((a b) (c) ([d] e))", expect!["[a , b] [c] [[d] , e]"]);
    check(nested, "m!((a) ())", expect!["error (NoMatchingRule): no rules expected the token `)`, expected `$t:tt`"]);
    // Followed by something other than the group's end, the loop is the NFA's, ambiguous here as in rustc.
    check(
        "macro_rules! m { ($($t:tt)* ; $last:tt) => { $($t)* | $last } }",
        "m!(a b ; c)",
        expect![
            "error (Ambiguous): local ambiguity when calling macro: multiple parsing options: built-in NTs tt ('t') or 1 other option(s)"
        ],
    );
}

#[test]
fn one_or_more_needs_one() {
    check(
        "macro_rules! m { ($($x:ident)+) => { $($x)* } }",
        "m!()",
        expect!["error (NoMatchingRule): unexpected end of macro invocation, expected `$x:ident`"],
    );
}

#[test]
fn optional_repetitions() {
    let def = "macro_rules! m { ($a:ident $(= $b:expr)?) => { let $a $(= $b)?; } }";
    check(def, "m!(x)", expect!["let x ;"]);
    check(def, "m!(x = 1 + 2)", expect!["let x = 1 + 2 ;"]);
    check(def, "m!(x = 1 = 2)", expect!["let x = 1 = 2 ;"]);
}

#[test]
fn nested_repetitions() {
    let def = "macro_rules! m { ($($k:ident: [$($v:expr),*]);*) => { $($(($k, $v))*)|* } }";
    check(def, "m!(a: [1, 2]; b: []; c: [3])", expect!["(a , 1) (a , 2) | | (c , 3)"]);
    // A variable of an outer repetition is repeated in an inner one.
    check(
        "macro_rules! m { ($($k:ident [$($v:ident)*])*) => { $($($k.$v)*)* } }",
        "m!(a [x y] b [z])",
        expect!["a . x a . y b . z"],
    );
}

#[test]
fn rules_are_tried_in_order_and_the_first_match_wins() {
    let def = "macro_rules! m { (a) => { first }; ($i:ident) => { second }; (a) => { unreachable }; ($($t:tt)*) => { last } }";
    check(def, "m!(a)", expect!["first"]);
    check(def, "m!(b)", expect!["second"]);
    check(def, "m!(1 2)", expect!["last"]);
}

#[test]
fn a_fragment_that_does_not_parse_fails_its_rule_only() {
    let def = "macro_rules! m { ($e:expr) => { expr }; ($($t:tt)*) => { tokens } }";
    check(def, "m!(1 +)", expect!["tokens"]);
}

#[test]
fn literal_tokens_match_glued_punctuation_as_written() {
    let def = "macro_rules! m { (a => b) => { arrow }; (a = > b) => { apart }; (:: x ..= y) => { path range }; ('a) => { lifetime } }";
    check(def, "m!(a => b)", expect!["arrow"]);
    check(def, "m!(a = > b)", expect!["apart"]);
    check(def, "m!(:: x ..= y)", expect!["path range"]);
    check(
        def,
        "m!(: : x ..= y)",
        expect!["error (NoMatchingRule): no rules expected the token `:`, expected `a` (rule 1 of 4 matched furthest)"],
    );
    check(def, "m!('a)", expect!["lifetime"]);
    check("macro_rules! m { (r#fn 1u8 \"s\") => { ok } }", "m!(r#fn 1u8 \"s\")", expect!["ok"]);
    check(
        "macro_rules! m { (r#fn) => { ok } }",
        "m!(fn)",
        expect!["error (NoMatchingRule): no rules expected the token `fn`, expected `r#fn`"],
    );
}

#[test]
fn dollar_crate_is_one_identifier() {
    let rules = definition("macro_rules! m { () => { $crate::f() } }", Edition::Edition2021).unwrap();
    let call_site = Span { in_call: true, range: Default::default() };
    let out = rules
        .expand(&call_input("m!()", Edition::Edition2021), call_site, Edition::Edition2021, &Fuel::default())
        .unwrap();
    let TokenTree::Leaf(Leaf::Ident(krate)) = &out.token_trees[0] else { panic!("{out:?}") };
    assert_eq!(krate.text, "$crate");
    assert!(!krate.span.in_call);
    expect!["$crate :: f ()"].assert_eq(&out.to_text());
    // `$crate` in a matcher matches a `$crate` left by an earlier expansion.
    let matcher = definition("macro_rules! n { ($crate :: $i:ident ()) => { $i } }", Edition::Edition2021).unwrap();
    let again = matcher.expand(&out, call_site, Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(again.to_text(), "f");
}

#[test]
fn spans_come_from_the_definition_or_the_input() {
    let rules = definition("macro_rules! m { ($x:ident) => { let $x; } }", Edition::Edition2021).unwrap();
    let call_site = Span { in_call: true, range: Default::default() };
    let out = rules
        .expand(&call_input("m!(y)", Edition::Edition2021), call_site, Edition::Edition2021, &Fuel::default())
        .unwrap();
    let origins: Vec<(String, bool)> = out
        .token_trees
        .iter()
        .map(|tree| match tree {
            TokenTree::Leaf(Leaf::Ident(ident)) => (ident.text.to_string(), ident.span.in_call),
            TokenTree::Leaf(Leaf::Punct(punct)) => (punct.char.to_string(), punct.span.in_call),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(origins, [("let".to_owned(), false), ("y".to_owned(), true), (";".to_owned(), false)]);
    assert_eq!(out.delimiter.open, call_site);
}

#[test]
fn no_rule_matched_says_where_and_what_was_expected() {
    let def = "macro_rules! m { (a $x:ident ;) => {}; (a b c) => {} }";
    check(
        def,
        "m!(a b d)",
        expect!["error (NoMatchingRule): no rules expected the token `d`, expected `;` (rule 1 of 2 matched furthest)"],
    );
    check(
        def,
        "m!(a)",
        expect![
            "error (NoMatchingRule): unexpected end of macro invocation, expected `$x:ident` (rule 1 of 2 matched furthest)"
        ],
    );
    check(
        "macro_rules! m { ($e:expr) => {} }",
        "m!(=)",
        expect!["error (NoMatchingRule): no rules expected the token `=`, expected `$e:expr`"],
    );
}

#[test]
fn local_ambiguity_is_an_error() {
    check(
        "macro_rules! m { ($($t:tt)* ;) => {} }",
        "m!(a ;)",
        expect![
            "error (Ambiguous): local ambiguity when calling macro: multiple parsing options: built-in NTs tt ('t') or 1 other option(s)"
        ],
    );
    check(
        "macro_rules! m { ($($i:ident)* $j:ident) => {} }",
        "m!(a b)",
        expect![
            "error (Ambiguous): local ambiguity when calling macro: multiple parsing options: built-in NTs ident ('i'), ident ('j')"
        ],
    );
}

#[test]
fn repetition_count_mismatch() {
    check(
        "macro_rules! m { ($($a:ident)*; $($b:ident)*) => { $($a $b)* } }",
        "m!(x y; z)",
        expect!["error (Transcription): meta-variable `a` repeats 2 times, but `b` repeats 1 times"],
    );
}

#[test]
fn variables_at_the_wrong_depth() {
    check(
        "macro_rules! m { ($($a:ident)*) => { $a } }",
        "m!(x y)",
        expect!["error (Transcription): variable `a` is still repeating at this depth"],
    );
    check(
        "macro_rules! m { ($a:ident) => { $($a)* } }",
        "m!(x)",
        expect![
            "error (Transcription): attempted to repeat an expression containing no syntax variables matched as repeating at this depth"
        ],
    );
    check(
        "macro_rules! m { ($($a:ident)*) => { $($($a)*)* } }",
        "m!(x)",
        expect![
            "error (Transcription): attempted to repeat an expression containing no syntax variables matched as repeating at this depth"
        ],
    );
}

#[test]
fn unknown_variables_are_written_out() {
    check("macro_rules! m { ($a:ident) => { $a $b } }", "m!(x)", expect!["x $b"]);
}

#[test]
fn error_kinds() {
    let kind = |def: &str, call: &str| {
        super::expand(def, call, Edition::Edition2021, &Fuel::default()).unwrap().unwrap_err().kind()
    };
    assert_eq!(kind("macro_rules! m { (a) => {} }", "m!(b)"), ExpandErrorKind::NoMatchingRule);
    assert_eq!(kind("macro_rules! m { ($($t:tt)* ;) => {} }", "m!(;)"), ExpandErrorKind::Ambiguous);
    assert_eq!(kind("macro_rules! m { ($($a:ident)*) => { $a } }", "m!(x)"), ExpandErrorKind::Transcription);
}

#[test]
fn expand_with_rule_tells_which_rule_matched() {
    let rules = definition(
        "macro_rules! m { (a) => { first }; ($i:ident) => { second }; ($($t:tt)*) => { last } }",
        Edition::Edition2021,
    )
    .unwrap();
    let call_site = Span { in_call: true, range: Default::default() };
    let rule = |call: &str| {
        let input = call_input(call, Edition::Edition2021);
        rules.expand_with_rule(&input, call_site, Edition::Edition2021, &Fuel::default(), &|span| span).unwrap().1
    };
    assert_eq!([rule("m!(a)"), rule("m!(b)"), rule("m!(1 2)")], [0, 1, 2]);
}

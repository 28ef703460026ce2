//! Every fragment specifier: what it matches, where it stops, how it is substituted (in a group
//! with invisible delimiters, shown here with `⟦⟧` by `show`, except `tt`, `ident`, `lifetime`).

use expect_test::{Expect, expect};
use sem_syntax::{
    Edition,
    token_tree::{DelimiterKind, Leaf, Spacing, Subtree, TokenTree},
};

use super::{Span, check, expand};
use crate::Fuel;

/// Like `check`, but shows invisible groups as `⟦...⟧`.
fn check_groups(definition: &str, call: &str, expect: Expect) {
    let shown = match expand(definition, call, Edition::Edition2021, &Fuel::default()).unwrap() {
        Ok(subtree) => show(&subtree),
        Err(error) => format!("error: {}", error.message()),
    };
    expect.assert_eq(&shown);
}

fn show(subtree: &Subtree<Span>) -> String {
    let mut out = String::new();
    let mut glue_next = false;
    for (i, tree) in subtree.token_trees.iter().enumerate() {
        if i > 0 && !glue_next {
            out.push(' ');
        }
        glue_next = false;
        match tree {
            TokenTree::Subtree(inner) => {
                let (open, close) = match inner.delimiter.kind {
                    DelimiterKind::Invisible => ("⟦", "⟧"),
                    DelimiterKind::Parenthesis => ("(", ")"),
                    DelimiterKind::Brace => ("{", "}"),
                    DelimiterKind::Bracket => ("[", "]"),
                };
                out.push_str(&format!("{open}{}{close}", show(inner)));
            }
            TokenTree::Leaf(leaf) => {
                if let Leaf::Punct(punct) = leaf {
                    glue_next = punct.spacing == Spacing::Joint || punct.char == '\'';
                }
                let single = Subtree { delimiter: subtree.delimiter, token_trees: vec![tree.clone()] };
                let text = single.to_text();
                let (open, close) = match subtree.delimiter.kind {
                    DelimiterKind::Invisible => (0, 0),
                    _ => (1, 1),
                };
                out.push_str(&text[open..text.len() - close]);
            }
        }
    }
    out
}

#[test]
fn item() {
    let def = "macro_rules! m { ($($i:item)*) => { $($i)* } }";
    check_groups(
        def,
        "m!(fn f() {} struct S; pub(crate) use a::b;)",
        expect!["⟦fn f () {}⟧ ⟦struct S ;⟧ ⟦pub (crate) use a :: b ;⟧"],
    );
    check(
        def,
        "m!(1 + 1)",
        expect!["error (NoMatchingRule): no rules expected the token `1`: it does not start a `$i:item` fragment"],
    );
}

#[test]
fn block() {
    let def = "macro_rules! m { ($b:block) => { f($b) } }";
    check_groups(def, "m!({ let x = 1; x })", expect!["f (⟦{let x = 1 ; x}⟧)"]);
    check(def, "m!(x)", expect!["error (NoMatchingRule): no rules expected the token `x`, expected `$b:block`"]);
}

#[test]
fn stmt() {
    let def = "macro_rules! m { ($($s:stmt);*) => { $($s;)* } }";
    check_groups(def, "m!(let x = 1; x += 1; fn f() {})", expect!["⟦let x = 1⟧ ; ⟦x += 1⟧ ; ⟦fn f () {}⟧ ;"]);
}

#[test]
fn pat_and_pat_param() {
    check_groups("macro_rules! m { ($p:pat) => { $p } }", "m!(Some(x) | None)", expect!["⟦Some (x) | None⟧"]);
    check_groups(
        "macro_rules! m { ($p:pat_param | $q:pat_param) => { $q $p } }",
        "m!(Some(1..=2) | [a, ..])",
        expect!["⟦[a , ..]⟧ ⟦Some (1 ..= 2)⟧"],
    );
}

#[test]
fn expr_stops_before_comma_and_takes_whole_expressions() {
    let def = "macro_rules! m { ($($e:expr),*) => { $([$e])* } }";
    check_groups(
        def,
        "m!(a + b * c, f(x)?.y, if c { 1 } else { 2 }, |x| x + 1, -1..=5)",
        expect!["[⟦a + b * c⟧] [⟦f (x) ?. y⟧] [⟦if c {1} else {2}⟧] [⟦| x | x + 1⟧] [⟦- 1 ..= 5⟧]"],
    );
    check(
        def,
        "m!(let x = 1)",
        expect![
            "error (NoMatchingRule): no rules expected the token `let`, expected `$e:expr` or the end of the input"
        ],
    );
}

#[test]
fn ty() {
    let def = "macro_rules! m { ($t:ty, $u:ty) => { $u $t } }";
    check_groups(
        def,
        "m!(Vec<HashMap<K, V>>, &'a mut dyn Fn(u8) -> u8)",
        expect!["⟦& 'a mut dyn Fn (u8) -> u8⟧ ⟦Vec < HashMap < K , V >>⟧"],
    );
}

#[test]
fn type_fragment_splits_glued_greater_than() {
    // rustc splits `>>` when a type ends inside it; the rest is matched as `>`.
    check_groups("macro_rules! m { ($t:ty > $u:ident) => { $u $t } }", "m!(Vec<u8>> x)", expect!["x ⟦Vec < u8 >⟧"]);
}

#[test]
fn ident_matches_keywords_and_raw_identifiers_but_not_underscore() {
    let def = "macro_rules! m { ($($i:ident)*) => { $($i),* } }";
    check(def, "m!(foo self fn r#match async Self)", expect!["foo , self , fn , r#match , async , Self"]);
    check(
        def,
        "m!(_)",
        expect!["error (NoMatchingRule): no rules expected the token `_`, expected `$i:ident` or the end of the input"],
    );
    check(
        def,
        "m!(1)",
        expect!["error (NoMatchingRule): no rules expected the token `1`, expected `$i:ident` or the end of the input"],
    );
}

#[test]
fn path() {
    let def = "macro_rules! m { ($p:path) => { $p } }";
    check_groups(def, "m!(::std::collections::HashMap<K, V>)", expect!["⟦:: std :: collections :: HashMap < K , V >⟧"]);
    check_groups(def, "m!(Vec::<u8>::new)", expect!["⟦Vec ::< u8 >:: new⟧"]);
}

#[test]
fn tt_is_one_token_with_glued_punctuation_or_one_group() {
    let def = "macro_rules! m { ($($t:tt)*) => { $([$t])* } }";
    check_groups(
        def,
        "m!(a :: b => 'a (x y) ..= -1 'c')",
        expect!["[a] [::] [b] [=>] ['a] [(x y)] [..=] [-] [1] ['c']"],
    );
}

#[test]
fn meta() {
    let def = "macro_rules! m { ($(#[$m:meta])*) => { $(#[$m])* } }";
    check_groups(
        def,
        r#"m!(#[derive(Debug)] #[cfg(all(unix, feature = "x"))] #[doc = "a"] #[inline])"#,
        expect![[r##"# [⟦derive (Debug)⟧] # [⟦cfg (all (unix , feature = "x"))⟧] # [⟦doc = "a"⟧] # [⟦inline⟧]"##]],
    );
}

#[test]
fn lifetime() {
    let def = "macro_rules! m { ($l:lifetime) => { &$l () } }";
    check_groups(def, "m!('a)", expect!["& 'a ()"]);
    check(def, "m!(a)", expect!["error (NoMatchingRule): no rules expected the token `a`, expected `$l:lifetime`"]);
}

#[test]
fn vis_may_be_empty_even_at_the_end_of_a_group() {
    // rustc refuses an empty `vis` before `)`, but sem has no empty nonterminal to stand for a
    // forwarded empty `$v`, so it takes one there (as rust-analyzer does).
    let def = "macro_rules! m { ($v:vis fn) => { $v struct } }";
    check_groups(def, "m!(pub(crate) fn)", expect!["⟦pub (crate)⟧ struct"]);
    check_groups(def, "m!(fn)", expect!["⟦⟧ struct"]);
    check("macro_rules! m { ($v:vis) => { x } }", "m!()", expect!["x"]);
}

#[test]
fn literal() {
    let def = "macro_rules! m { ($($l:literal)*) => { $([$l])* } }";
    check_groups(
        def,
        r#"m!(1 -2.5 "s" b'c' true false)"#,
        expect![[r#"[⟦1⟧] [⟦- 2.5⟧] [⟦"s"⟧] [⟦b'c'⟧] [⟦true⟧] [⟦false⟧]"#]],
    );
    check(
        def,
        "m!(x)",
        expect![
            "error (NoMatchingRule): no rules expected the token `x`, expected `$l:literal` or the end of the input"
        ],
    );
}

#[test]
fn fragments_forwarded_in_invisible_groups_match_as_one_token_tree() {
    // `$e` forwarded by a first expansion is a group with invisible delimiters: a `tt`, an
    // `expr`, but no literal token.
    let first = crate::tests::definition("macro_rules! m { ($e:expr) => { $e } }", Edition::Edition2021).unwrap();
    let input = crate::tests::call_input("m!(1 + 2)", Edition::Edition2021);
    let call_site = Span { in_call: true, range: Default::default() };
    let forwarded = first.expand(&input, call_site, Edition::Edition2021, &Fuel::default()).unwrap();
    let second =
        crate::tests::definition("macro_rules! n { (1 + 2) => { literal }; ($t:tt) => { tt } }", Edition::Edition2021)
            .unwrap();
    let expansion = second.expand(&forwarded, call_site, Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(expansion.to_text(), "tt");
}

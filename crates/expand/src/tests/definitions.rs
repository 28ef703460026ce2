//! Reading definitions: the forms of `macro_rules!` and `macro`, and malformed definitions.

use expect_test::expect;
use sem_syntax::Edition;

use super::{check, definition};
use crate::MacroStyle;

#[test]
fn rules_in_any_delimiters_with_optional_trailing_separator() {
    check("macro_rules! m { () => { a }; }", "m!()", expect!["a"]);
    check("macro_rules! m ( () => ( b ) );", "m!()", expect!["b"]);
    check("macro_rules! m [ (x) => [ c ]; [y] => { d } ];", "m![y]", expect!["d"]);
    check("macro_rules! m { {} => ( e ) }", "m!{}", expect!["e"]);
}

#[test]
fn macro2_single_rule_form() {
    let rules = definition("macro m($x:expr) { $x + 1 }", Edition::Edition2021).unwrap();
    assert_eq!(rules.style(), MacroStyle::Macro2);
    assert_eq!(rules.rule_count(), 1);
    check("macro m($x:expr) { $x + 1 }", "m!(2 * 3)", expect!["2 * 3 + 1"]);
}

#[test]
fn macro2_multi_rule_form_separates_rules_with_commas() {
    let text = "macro m { (a) => { 1 }, ($x:ident) => { 2 + $x }, }";
    assert_eq!(definition(text, Edition::Edition2021).unwrap().rule_count(), 2);
    check(text, "m!(a)", expect!["1"]);
    check(text, "m!(b)", expect!["2 + b"]);
    check("macro m { (a) => { 1 }; (b) => { 2 } }", "m!(a)", expect!["definition error: expected `,` after a rule"]);
}

#[test]
fn malformed_definitions_are_errors() {
    let cases = [
        "macro_rules! m {}",
        "macro_rules! m { () }",
        "macro_rules! m { () = { } }",
        "macro_rules! m { () => }",
        "macro_rules! m { a => {} }",
        "macro_rules! m { () => {} () => {} }",
        "macro_rules! m { ($x) => {} }",
        "macro_rules! m { ($x:exp) => {} }",
        "macro_rules! m { ($x:ident $x:expr) => {} }",
        "macro_rules! m { ($($x:ident)) => {} }",
        "macro_rules! m { ($($x:ident),) => {} }",
        "macro_rules! m { ($($x:ident),?) => {} }",
        "macro_rules! m { ($()*) => {} }",
        "macro_rules! m { ($($v:vis)*) => {} }",
        "macro_rules! m { ($($($x:ident)*)*) => {} }",
        "macro_rules! m { (${count(x)}) => {} }",
        "macro_rules! m { ($1) => {} }",
        "macro_rules! m { () => { ${frobnicate(x)} } }",
        "macro_rules! m { ($x:ident) => { ${count()} } }",
        "macro_rules! m { ($x:ident) => { ${index(x)} } }",
        "macro_rules! m { () => { $(a) } }",
    ];
    let rendered: Vec<String> = cases
        .iter()
        .map(|text| match definition(text, Edition::Edition2021) {
            Ok(_) => format!("{text}\n    ok"),
            Err(error) => format!("{text}\n    {}", error.message()),
        })
        .collect();
    expect![[r#"
        macro_rules! m {}
            a macro needs at least one rule
        macro_rules! m { () }
            expected `=>` after the matcher of a rule
        macro_rules! m { () = { } }
            expected `=>` after the matcher of a rule
        macro_rules! m { () => }
            expected a transcriber in parentheses, brackets or braces after `=>`
        macro_rules! m { a => {} }
            expected a matcher in parentheses, brackets or braces, found `a`
        macro_rules! m { () => {} () => {} }
            expected `;` after a rule
        macro_rules! m { ($x) => {} }
            missing fragment specifier for `$x`
        macro_rules! m { ($x:exp) => {} }
            invalid fragment specifier `exp`: expected one of `block`, `expr`, `expr_2021`, `ident`, `item`, `lifetime`, `literal`, `meta`, `pat`, `pat_param`, `path`, `stmt`, `tt`, `ty`, `vis`
        macro_rules! m { ($x:ident $x:expr) => {} }
            duplicate matcher binding `$x`
        macro_rules! m { ($($x:ident)) => {} }
            expected one of: `*`, `+`, or `?` after a repetition
        macro_rules! m { ($($x:ident),) => {} }
            expected one of: `*`, `+`, or `?` after a repetition
        macro_rules! m { ($($x:ident),?) => {} }
            the `?` macro repetition operator does not take a separator
        macro_rules! m { ($()*) => {} }
            repetition matches empty token tree
        macro_rules! m { ($($v:vis)*) => {} }
            repetition matches empty token tree
        macro_rules! m { ($($($x:ident)*)*) => {} }
            repetition matches empty token tree
        macro_rules! m { (${count(x)}) => {} }
            meta-variable expressions are only allowed in transcribers, not in matchers
        macro_rules! m { ($1) => {} }
            expected an identifier after `$`, found `1`
        macro_rules! m { () => { ${frobnicate(x)} } }
            unrecognized meta-variable expression `frobnicate`: expected one of `concat`, `count`, `ignore`, `index`, `len`
        macro_rules! m { ($x:ident) => { ${count()} } }
            expected a meta-variable name in `count`
        macro_rules! m { ($x:ident) => { ${index(x)} } }
            expected a number as the depth of `index`
        macro_rules! m { () => { $(a) } }
            expected one of: `*`, `+`, or `?` after a repetition"#]].assert_eq(&rendered.join("\n"));
}

#[test]
fn dollar_forms_in_transcribers() {
    // `$$` is a `$`, a `$` ending a group is a `$`, an unknown `$name` is written out.
    check("macro_rules! m { () => { $$ x ($) $y } }", "m!()", expect!["$ x ($) $y"]);
}

#[test]
fn an_underscore_is_a_metavariable_name_as_in_rustc() {
    // libc's `custom_struct!` binds what it ignores as `$_:tt`.
    check("macro_rules! m { (flag: $_:tt, $x:ident) => { $x } }", "m!(flag: true, kept)", expect!["kept"]);
    check("macro_rules! m { ($_:tt) => { $_ } }", "m!(echoed)", expect!["echoed"]);
}

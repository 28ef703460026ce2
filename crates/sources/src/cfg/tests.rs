//! `cfg` predicates and `cfg_attr` read from real attributes, and evaluated.

use expect_test::{Expect, expect};
use sem_syntax::{
    Edition,
    ast::{self, AstNode},
    token_tree::{DelimiterKind, Subtree, ToTokenTreeOptions, TokenTree, syntax_to_token_tree},
};

use super::{CfgExpr, expand_cfg_attr, split_cfg_attr};
use crate::CfgOptions;

/// The tokens inside the parentheses of the first attribute of `source`.
fn attribute_arguments(source: &str) -> Vec<TokenTree<()>> {
    let parse = sem_syntax::parse_source_file(source, Edition::LATEST);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
    let attr = parse.syntax_node().descendants().find_map(ast::Attr::cast).expect("an attribute");
    let token_tree = attr.meta().and_then(|meta| meta.token_tree()).expect("an attribute with arguments");
    let tt: Subtree<()> = syntax_to_token_tree(token_tree.syntax(), ToTokenTreeOptions::default(), |_| ());
    // The invisible top holds the one parenthesized group.
    match tt.token_trees.as_slice() {
        [TokenTree::Subtree(group)] => group.token_trees.clone(),
        other => panic!("expected one group, found {other:?}"),
    }
}

/// The options `unix`, `test`, `feature = "std"`, `feature = "derive"`, `target_os = "linux"`.
fn options() -> CfgOptions {
    let mut options = CfgOptions::new();
    options.insert_flag("unix");
    options.insert_flag("test");
    options.insert_key_value("feature", "std");
    options.insert_key_value("feature", "derive");
    options.insert_key_value("target_os", "linux");
    options
}

/// Reads the predicate of the `#[cfg(..)]` in `source` and shows it with its value under
/// [`options`].
fn check(source: &str, expect: Expect) {
    let expr = CfgExpr::parse(&attribute_arguments(source));
    let value = match expr.eval(&options()) {
        Some(value) => value.to_string(),
        None => format!("invalid: {}", expr.invalid_reason().unwrap_or("?")),
    };
    expect.assert_eq(&format!("{expr} => {value}"));
}

#[test]
fn options_and_key_value_pairs() {
    check("#[cfg(unix)] fn f() {}", expect![["unix => true"]]);
    check("#[cfg(windows)] fn f() {}", expect![["windows => false"]]);
    check(r#"#[cfg(feature = "std")] fn f() {}"#, expect![[r#"feature = "std" => true"#]]);
    check(r#"#[cfg(feature = "alloc")] fn f() {}"#, expect![[r#"feature = "alloc" => false"#]]);
    check(r##"#[cfg(target_os = r#"linux"#)] fn f() {}"##, expect![[r#"target_os = "linux" => true"#]]);
    check(r#"#[cfg(feature = "st\x64")] fn f() {}"#, expect![[r#"feature = "std" => true"#]]);
}

#[test]
fn all_any_not_and_their_empty_forms() {
    check(r#"#[cfg(all(unix, feature = "std"))] fn f() {}"#, expect![[r#"all(unix, feature = "std") => true"#]]);
    check("#[cfg(all(unix, windows))] fn f() {}", expect![["all(unix, windows) => false"]]);
    check("#[cfg(any(windows, test))] fn f() {}", expect![["any(windows, test) => true"]]);
    check("#[cfg(any(windows, miri))] fn f() {}", expect![["any(windows, miri) => false"]]);
    check("#[cfg(not(windows))] fn f() {}", expect![["not(windows) => true"]]);
    check("#[cfg(all())] fn f() {}", expect![["all() => true"]]);
    check("#[cfg(any())] fn f() {}", expect![["any() => false"]]);
    check(
        r#"#[cfg(all(not(any(windows, target_os = "macos")), feature = "derive",))] fn f() {}"#,
        expect![[r#"all(not(any(windows, target_os = "macos")), feature = "derive") => true"#]],
    );
}

#[test]
fn boolean_literals_and_raw_identifiers() {
    check("#[cfg(true)] fn f() {}", expect![["true => true"]]);
    check("#[cfg(not(false))] fn f() {}", expect![["not(false) => true"]]);
    // A raw identifier is an option name, never a literal or an operator.
    check("#[cfg(r#true)] fn f() {}", expect![["true => false"]]);
    check("#[cfg(unix,)] fn f() {}", expect![["unix => true"]]);
}

#[test]
fn invalid_predicates_have_no_value_and_say_why() {
    check(
        "#[cfg(not(unix, windows))] fn f() {}",
        expect![["<invalid: `not` takes one predicate, found 2> => invalid: `not` takes one predicate, found 2"]],
    );
    check(
        "#[cfg(feature = 1)] fn f() {}",
        expect![[
            "<invalid: the value of `feature` must be a string> => invalid: the value of `feature` must be a string"
        ]],
    );
    check(
        "#[cfg(unix windows)] fn f() {}",
        expect![[
            "<invalid: expected one predicate, found more tokens after it> => invalid: expected one predicate, found more tokens after it"
        ]],
    );
    check(
        r#"#[cfg(version("1.80"))] fn f() {}"#,
        expect![["<invalid: unknown predicate `version(..)`> => invalid: unknown predicate `version(..)`"]],
    );
    check(
        "#[cfg()] fn f() {}",
        expect![["<invalid: expected a predicate, found nothing> => invalid: expected a predicate, found nothing"]],
    );
    check(
        "#[cfg(all(unix,,test))] fn f() {}",
        expect![[
            "all(unix, <invalid: expected a predicate between commas>, test) => invalid: expected a predicate between commas"
        ]],
    );
    // An invalid part makes the whole invalid even where another part decides the answer.
    check(
        "#[cfg(all(windows, not()))] fn f() {}",
        expect![[
            "all(windows, <invalid: `not` takes one predicate, found 0>) => invalid: `not` takes one predicate, found 0"
        ]],
    );
}

#[test]
fn cfg_attr_splits_into_a_predicate_and_attributes() {
    let tokens = attribute_arguments(r#"#[cfg_attr(feature = "std", derive(Debug), path = "x.rs",)] struct S;"#);
    let super::CfgAttr { predicate, attributes } = split_cfg_attr(&tokens).unwrap();
    assert_eq!(predicate.to_string(), r#"feature = "std""#);
    assert_eq!(predicate.eval(&options()), Some(true));
    let attributes: Vec<String> = attributes
        .iter()
        .map(|tokens| {
            let subtree = Subtree {
                delimiter: sem_syntax::token_tree::Delimiter {
                    kind: sem_syntax::token_tree::DelimiterKind::Invisible,
                    open: (),
                    close: (),
                },
                token_trees: tokens.to_vec(),
            };
            subtree.to_text()
        })
        .collect();
    // `to_text` separates a group from the token before it.
    assert_eq!(attributes, ["derive (Debug)", r#"path = "x.rs""#]);

    let missing = attribute_arguments("#[cfg_attr(unix)] struct S;");
    assert_eq!(
        split_cfg_attr(&missing).unwrap_err(),
        "expected an attribute after the predicate: `cfg_attr(predicate, attribute, ..)`"
    );
    let empty = attribute_arguments("#[cfg_attr()] struct S;");
    assert!(split_cfg_attr(&empty).unwrap_err().starts_with("expected a predicate"));
}

/// The attributes the `#[cfg_attr(..)]` of `source` stands for under [`options`], as text,
/// then the problems.
fn check_cfg_attr(source: &str, expect: Expect) {
    let mut problems = Vec::new();
    let attributes = expand_cfg_attr(&attribute_arguments(source), &options(), |problem| problems.push(problem));
    let mut out: Vec<String> = attributes
        .iter()
        .map(|tokens| {
            let delimiter = sem_syntax::token_tree::Delimiter { kind: DelimiterKind::Invisible, open: (), close: () };
            Subtree { delimiter, token_trees: tokens.clone() }.to_text()
        })
        .collect();
    out.extend(problems.iter().map(|problem| format!("problem: {problem:?}")));
    expect.assert_eq(&out.join("\n"));
}

#[test]
fn cfg_attr_applies_nested_cfg_attrs_and_reports_problems_at_any_depth() {
    check_cfg_attr(
        "#[cfg_attr(unix, a, cfg_attr(test, b, c), cfg_attr(windows, d), e)] fn f() {}",
        expect![[r#"
        a
        b
        c
        e"#]],
    );
    check_cfg_attr("#[cfg_attr(windows, a)] fn f() {}", expect![[""]]);
    check_cfg_attr(
        "#[cfg_attr(unix, cfg_attr(not(a, b), x), cfg_attr(unix), y)] fn f() {}",
        expect![[r#"
        y
        problem: InvalidPredicate("`not` takes one predicate, found 2")
        problem: Malformed("expected an attribute after the predicate: `cfg_attr(predicate, attribute, ..)`")"#]],
    );
}

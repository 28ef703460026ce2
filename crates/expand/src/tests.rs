//! Tests of the engine, one area per file, nearly all through [`check`]: a definition and a call
//! written as source text, the expansion (or the error) printed as text.

mod builtins;
mod definitions;
mod derives;
mod editions;
mod fragments;
mod fuel;
mod metavar_exprs;
mod real_macros;
mod repetitions;

use expect_test::Expect;
use sem_syntax::{
    Edition, parse_source_file,
    token_tree::{Subtree, ToTokenTreeOptions, TokenTree, syntax_to_token_tree},
};
use text_size::TextRange;

use crate::{DefinitionError, ExpandError, Fuel, MacroRules};

/// Where a token of a test comes from: the definition's text or the call's, and the range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Span {
    pub(crate) in_call: bool,
    pub(crate) range: TextRange,
}

/// The tokens of `text`, as one group with invisible delimiters.
pub(crate) fn token_tree(text: &str, in_call: bool, edition: Edition) -> Subtree<Span> {
    let parse = parse_source_file(text, edition);
    syntax_to_token_tree(&parse.syntax_node(), ToTokenTreeOptions { doc_comments_as_attributes: true }, |range| Span {
        in_call,
        range,
    })
}

fn groups(tt: &Subtree<Span>) -> Vec<&Subtree<Span>> {
    tt.token_trees
        .iter()
        .filter_map(|tree| match tree {
            TokenTree::Subtree(subtree) => Some(subtree),
            TokenTree::Leaf(_) => None,
        })
        .collect()
}

/// Parses `macro_rules! name { ... }`, `macro name(...) { ... }` or `macro name { ... }`.
pub(crate) fn definition(text: &str, edition: Edition) -> Result<MacroRules<Span>, DefinitionError<Span>> {
    let tt = token_tree(text, false, edition);
    let groups = groups(&tt);
    if text.trim_start().starts_with("macro_rules") {
        MacroRules::parse(groups.last().expect("a body"), edition)
    } else {
        match groups.as_slice() {
            [args, body] => MacroRules::parse_macro2(Some(args), body, edition),
            [body] => MacroRules::parse_macro2(None, body, edition),
            _ => panic!("not a macro definition: {text}"),
        }
    }
}

/// The input of a call `name!(...)`: its last group.
pub(crate) fn call_input(text: &str, edition: Edition) -> Subtree<Span> {
    let tt = token_tree(text, true, edition);
    (*groups(&tt).last().expect("a call has a group")).clone()
}

/// Expands `call` with the macro `definition` (both in `edition`).
pub(crate) fn expand(
    definition_text: &str,
    call: &str,
    edition: Edition,
    fuel: &Fuel,
) -> Result<Result<Subtree<Span>, ExpandError<Span>>, DefinitionError<Span>> {
    let rules = definition(definition_text, edition)?;
    let input = call_input(call, edition);
    let call_site = Span { in_call: true, range: TextRange::default() };
    Ok(rules.expand(&input, call_site, edition, fuel))
}

fn render(result: Result<Result<Subtree<Span>, ExpandError<Span>>, DefinitionError<Span>>) -> String {
    match result {
        Ok(Ok(subtree)) => subtree.to_text(),
        Ok(Err(error)) => format!("error ({:?}): {}", error.kind(), error.message()),
        Err(error) => format!("definition error: {}", error.message()),
    }
}

/// Expands `call` with `definition` in edition 2021 and compares the text of the expansion (or
/// the error) with `expect`.
pub(crate) fn check(definition: &str, call: &str, expect: Expect) {
    check_edition(Edition::Edition2021, definition, call, expect);
}

/// [`check`] in `edition`.
pub(crate) fn check_edition(edition: Edition, definition: &str, call: &str, expect: Expect) {
    expect.assert_eq(&render(expand(definition, call, edition, &Fuel::default())));
}

/// `expand_marked` marks the tokens the definition writes (delimiters, `$crate`, separators
/// and `${..}` results included) and leaves the tokens of the input as they are.
#[test]
fn expand_marked_marks_the_definitions_tokens_only() {
    let edition = Edition::Edition2021;
    let rules =
        definition("macro_rules! m { ($($a:ident),*) => { fn f() { $crate::g($($a + ${index()}),*); } } }", edition)
            .unwrap();
    let input = call_input("m!(x, y)", edition);
    let call_site = Span { in_call: true, range: TextRange::default() };
    let marked = TextRange::empty(9_999.into());
    let mark = |span: Span| Span { range: marked, ..span };
    let expansion = rules.expand_marked(&input, call_site, edition, &Fuel::default(), &mark).unwrap();
    // Every token, `*` after the marked ones.
    let mut out = Vec::new();
    let mut stack = vec![(&expansion, 0usize)];
    while let Some((subtree, index)) = stack.pop() {
        let Some(tree) = subtree.token_trees.get(index) else { continue };
        stack.push((subtree, index + 1));
        let (text, span) = match tree {
            TokenTree::Subtree(inner) => {
                stack.push((inner, 0));
                (format!("{:?}", inner.delimiter.kind), inner.delimiter.open)
            }
            TokenTree::Leaf(sem_syntax::token_tree::Leaf::Ident(ident)) => (ident.text.to_string(), ident.span),
            TokenTree::Leaf(sem_syntax::token_tree::Leaf::Punct(punct)) => (punct.char.to_string(), punct.span),
            TokenTree::Leaf(sem_syntax::token_tree::Leaf::Literal(literal)) => (literal.text.to_string(), literal.span),
        };
        out.push(if span.range == marked { format!("{text}*") } else { text });
    }
    expect_test::expect![[r#"fn* f* Parenthesis* Brace* $crate* :* :* g* Parenthesis* x +* 0* ,* y +* 1* ;*"#]]
        .assert_eq(&out.join(" "));
}

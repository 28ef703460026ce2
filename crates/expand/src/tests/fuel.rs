//! Compilation bombs: each ends in an error of its own kind, quickly; deep nesting does not
//! overflow the stack.

use std::time::{Duration, Instant};

use sem_syntax::{
    Edition, SyntaxKind,
    token_tree::{Delimiter, DelimiterKind, Ident, Leaf, Literal, Subtree, TokenTree},
};

use super::{Span, definition};
use crate::{ExpandErrorKind, Fuel};

/// How long a bomb may take to be defused. The work is well under 100 ms on an idle machine
/// (unoptimized); the bound leaves room for a loaded one.
const QUICKLY: Duration = Duration::from_millis(500);

fn span() -> Span {
    Span { in_call: true, range: Default::default() }
}

fn group(kind: DelimiterKind, token_trees: Vec<TokenTree<Span>>) -> Subtree<Span> {
    Subtree { delimiter: Delimiter { kind, open: span(), close: span() }, token_trees }
}

fn ident(text: &str) -> TokenTree<Span> {
    TokenTree::Leaf(Leaf::Ident(Ident { text: text.into(), is_raw: false, span: span() }))
}

/// `count` identifiers `a`.
fn many_idents(count: usize) -> Subtree<Span> {
    group(DelimiterKind::Parenthesis, (0..count).map(|_| ident("a")).collect())
}

/// `depth` nested parentheses around `x`, built without recursion.
fn deeply_nested(depth: usize) -> Subtree<Span> {
    let mut tree = group(DelimiterKind::Parenthesis, vec![ident("x")]);
    for _ in 1..depth {
        tree = group(DelimiterKind::Parenthesis, vec![TokenTree::Subtree(tree)]);
    }
    tree
}

/// How deep groups nest in `subtree`, without recursion.
fn depth_of(subtree: &Subtree<Span>) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(subtree, 1)];
    while let Some((current, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        for tree in &current.token_trees {
            if let TokenTree::Subtree(inner) = tree {
                stack.push((inner, depth + 1));
            }
        }
    }
    deepest
}

/// Drops a deep tree without recursion (`Subtree`'s own drop recurses).
fn dismantle(subtree: Subtree<Span>) {
    let mut stack = vec![subtree];
    while let Some(mut current) = stack.pop() {
        for tree in current.token_trees.drain(..) {
            if let TokenTree::Subtree(inner) = tree {
                stack.push(inner);
            }
        }
    }
}

#[test]
fn huge_repetition_exhausts_matcher_fuel() {
    let rules = definition("macro_rules! m { ($($x:ident)*) => { $($x)* } }", Edition::Edition2021).unwrap();
    let input = many_idents(500_000);
    let start = Instant::now();
    let error = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap_err();
    let elapsed = start.elapsed();
    eprintln!("huge repetition: {elapsed:?}");
    assert_eq!(error.kind(), ExpandErrorKind::MatcherFuelExhausted, "{}", error.message());
    assert!(error.is_fuel_exhausted());
    assert!(elapsed < QUICKLY, "took {elapsed:?}");
}

#[test]
fn huge_repetition_within_the_fuel_expands() {
    let rules = definition("macro_rules! m { ($($x:ident)*) => { $($x)* } }", Edition::Edition2021).unwrap();
    let out = rules.expand(&many_idents(100_000), span(), Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(out.token_trees.len(), 100_000);
}

#[test]
fn exponentially_many_matcher_positions_exhaust_fuel() {
    // After each `a`, both repetitions may go on: the positions double at every token.
    let rules = definition("macro_rules! m { ($($(a)+)+ b) => { matched } }", Edition::Edition2021).unwrap();
    let start = Instant::now();
    let error = rules.expand(&many_idents(64), span(), Edition::Edition2021, &Fuel::default()).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::MatcherFuelExhausted, "{}", error.message());
    eprintln!("exponential positions: {:?}", start.elapsed());
    assert!(start.elapsed() < QUICKLY, "took {:?}", start.elapsed());
    // With few tokens, the rule is ambiguous, as in rustc ("multiple successful parses").
    let small = group(DelimiterKind::Parenthesis, vec![ident("a"), ident("a"), ident("a"), ident("b")]);
    let error = rules.expand(&small, span(), Edition::Edition2021, &Fuel::default()).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::Ambiguous, "{}", error.message());
}

#[test]
fn fan_out_in_one_transcription_exceeds_the_size_limit() {
    let copies = ["$x"; 64].join(" ");
    let rules =
        definition(&format!("macro_rules! m {{ ($($x:tt)*) => {{ $({copies})* }} }}"), Edition::Edition2021).unwrap();
    let start = Instant::now();
    let error = rules.expand(&many_idents(20_000), span(), Edition::Edition2021, &Fuel::default()).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::ExpansionTooLarge, "{}", error.message());
    eprintln!("fan out: {:?}", start.elapsed());
    assert!(start.elapsed() < QUICKLY, "took {:?}", start.elapsed());
}

#[test]
fn exponential_growth_over_repeated_expansion_stops_at_the_size_limit() {
    // Each step doubles its input, as `m!(x)` → `m!(x x)` would; the caller re-expands.
    let rules = definition("macro_rules! m { ($($t:tt)*) => { m!($($t)* $($t)*) } }", Edition::Edition2021).unwrap();
    let fuel = Fuel { expansion_tokens: 100_000, ..Fuel::default() };
    let mut input = many_idents(1);
    let start = Instant::now();
    let mut steps = 0;
    let error = loop {
        match rules.expand(&input, span(), Edition::Edition2021, &fuel) {
            Ok(out) => {
                let Some(TokenTree::Subtree(arguments)) = out.token_trees.last() else { panic!("{}", out.to_text()) };
                input = arguments.clone();
                steps += 1;
            }
            Err(error) => break error,
        }
    };
    assert_eq!(error.kind(), ExpandErrorKind::ExpansionTooLarge, "{}", error.message());
    assert_eq!(steps, 16, "2^16 tokens fit in 100,000, 2^17 do not");
    eprintln!("exponential growth: {:?}", start.elapsed());
    assert!(start.elapsed() < QUICKLY, "took {:?}", start.elapsed());
}

#[test]
fn small_fuel_limits_are_honoured() {
    let rules = definition("macro_rules! m { ($($x:ident)*) => { $($x)* } }", Edition::Edition2021).unwrap();
    let tight = Fuel { matcher_steps: 10, expansion_tokens: 1_000 };
    let error = rules.expand(&many_idents(100), span(), Edition::Edition2021, &tight).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::MatcherFuelExhausted);
    let tight = Fuel { matcher_steps: 1_000_000, expansion_tokens: 10 };
    let error = rules.expand(&many_idents(100), span(), Edition::Edition2021, &tight).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::ExpansionTooLarge);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    const DEPTH: usize = 10_000;
    let input = group(DelimiterKind::Parenthesis, vec![TokenTree::Subtree(deeply_nested(DEPTH))]);
    // As a `tt`, copied whole.
    let rules = definition("macro_rules! m { ($t:tt) => { [$t] } }", Edition::Edition2021).unwrap();
    let out = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(depth_of(&out), DEPTH + 2);
    dismantle(out);
    // As an `expr`, too deep for the parser: the rule fails and the next one is tried.
    let rules = definition("macro_rules! m { ($e:expr) => { expr }; ($($t:tt)*) => { tokens } }", Edition::Edition2021)
        .unwrap();
    let out = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(out.to_text(), "tokens");
    // Matched literally, group by group.
    let matcher = deeply_nested(DEPTH);
    let transcriber = group(DelimiterKind::Brace, vec![TokenTree::Subtree(deeply_nested(DEPTH))]);
    let body = group(
        DelimiterKind::Brace,
        vec![
            TokenTree::Subtree(group(DelimiterKind::Parenthesis, vec![TokenTree::Subtree(matcher)])),
            TokenTree::Leaf(Leaf::Punct(sem_syntax::token_tree::Punct {
                char: '=',
                spacing: sem_syntax::token_tree::Spacing::Joint,
                span: span(),
            })),
            TokenTree::Leaf(Leaf::Punct(sem_syntax::token_tree::Punct {
                char: '>',
                spacing: sem_syntax::token_tree::Spacing::Alone,
                span: span(),
            })),
            TokenTree::Subtree(transcriber),
        ],
    );
    let rules = crate::MacroRules::parse(&body, Edition::Edition2021).unwrap();
    let out = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(depth_of(&out), DEPTH + 1);
    dismantle(out);
    dismantle(body);
    dismantle(input);
}

#[test]
fn parser_tokens_are_charged_to_the_fuel() {
    // A long expression is handed to the parser in growing windows; all of it is charged.
    let mut tokens = Vec::new();
    for i in 0..50_000 {
        if i > 0 {
            tokens.push(TokenTree::Leaf(Leaf::Punct(sem_syntax::token_tree::Punct {
                char: '+',
                spacing: sem_syntax::token_tree::Spacing::Alone,
                span: span(),
            })));
        }
        tokens.push(TokenTree::Leaf(Leaf::Literal(Literal {
            text: "1".into(),
            kind: SyntaxKind::INT_NUMBER,
            span: span(),
        })));
    }
    let input = group(DelimiterKind::Parenthesis, tokens);
    let rules = definition("macro_rules! m { ($e:expr) => { $e } }", Edition::Edition2021).unwrap();
    let out = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap();
    assert_eq!(out.token_trees.len(), 1, "one invisible group");
    let tight = Fuel { matcher_steps: 50_000, ..Fuel::default() };
    let error = rules.expand(&input, span(), Edition::Edition2021, &tight).unwrap_err();
    assert_eq!(error.kind(), ExpandErrorKind::MatcherFuelExhausted);
}

#[test]
fn a_large_generated_call_fits_in_the_default_fuel() {
    // Generated tables such as `vec![0, 1, 2, ...]` with a hundred thousand elements.
    let mut tokens = Vec::new();
    for _ in 0..100_000 {
        tokens.push(TokenTree::Leaf(Leaf::Literal(Literal {
            text: "1".into(),
            kind: SyntaxKind::INT_NUMBER,
            span: span(),
        })));
        tokens.push(TokenTree::Leaf(Leaf::Punct(sem_syntax::token_tree::Punct {
            char: ',',
            spacing: sem_syntax::token_tree::Spacing::Alone,
            span: span(),
        })));
    }
    let input = group(DelimiterKind::Bracket, tokens);
    let rules = definition("macro_rules! vec { ($($x:expr),+ $(,)?) => { [$($x),+] } }", Edition::Edition2021).unwrap();
    let start = Instant::now();
    let out = rules.expand(&input, span(), Edition::Edition2021, &Fuel::default()).unwrap();
    eprintln!("large call: {:?}", start.elapsed());
    let TokenTree::Subtree(array) = &out.token_trees[0] else { panic!() };
    assert_eq!(array.token_trees.len(), 2 * 100_000 - 1);
}

//! Fuzzes the macro engine alone, faster than `expand`: a `macro_rules!` definition and a call,
//! both from the input (the layout of `expand`: an edition selector byte, the rules, a NUL
//! byte, the call's input), expanded with the default fuel; calls `m!(...)` at the top of the
//! expansion are expanded again, a few levels and calls deep. Every expansion stays within the
//! fuel's token budget, and parses as items into a tree whose tokens are the expansion's own,
//! in the same groups.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sem_expand::{Fuel, MacroRules};
use sem_syntax::{
    Edition, TopEntryPoint, check_tree_invariants, parse_source_file,
    token_tree::{
        DelimiterKind, Leaf, Subtree, TOKEN_TREE_DEPTH_LIMIT, ToTokenTreeOptions, TokenTree, syntax_to_token_tree,
        token_tree_to_syntax,
    },
};

/// How many times calls in expansions are expanded again, at most, and how deep.
const MAX_EXPANSIONS: usize = 16;
const MAX_DEPTH: usize = 4;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(rest) = std::str::from_utf8(rest) else { return };
    let (rules, input) = rest.split_once('\0').unwrap_or((rest, ""));
    let edition = Edition::ALL[usize::from(selector) % Edition::ALL.len()];

    let definition = tokens(&format!("macro_rules! m {{ {rules} }}"), edition);
    let [
        TokenTree::Leaf(Leaf::Ident(_)),
        TokenTree::Leaf(Leaf::Punct(_)),
        TokenTree::Leaf(Leaf::Ident(_)),
        TokenTree::Subtree(body),
    ] = definition.token_trees.as_slice()
    else {
        return;
    };
    let Ok(rules) = MacroRules::parse(body, edition) else { return };
    let fuel = Fuel::default();
    let mut work = vec![(tokens(input, edition), 0usize)];
    let mut expansions = 0;
    while let Some((input, depth)) = work.pop() {
        expansions += 1;
        let Ok(expansion) = rules.expand(&input, (), edition, &fuel) else { continue };
        let (count, visible_depth, delimiter_punct) = measure(&expansion);
        assert!(count <= fuel.expansion_tokens, "{count} tokens, over the budget of {}", fuel.expansion_tokens);
        check_round_trip(&expansion, visible_depth < TOKEN_TREE_DEPTH_LIMIT && !delimiter_punct, edition);
        if depth + 1 < MAX_DEPTH {
            for call in calls_of_m(&expansion) {
                if expansions + work.len() < MAX_EXPANSIONS {
                    work.push((call.clone(), depth + 1));
                }
            }
        }
    }
});

/// The tokens of `text`, in an invisible group.
fn tokens(text: &str, edition: Edition) -> Subtree<()> {
    let parse = parse_source_file(text, edition);
    syntax_to_token_tree(&parse.syntax_node(), ToTokenTreeOptions { doc_comments_as_attributes: true }, |_| ())
}

/// The number of tokens (leaves and groups) of `tree`, how deeply its visible groups nest, and
/// whether a delimiter is a token of it (a [`Leaf::Punct`]: how the tokens of text with unbalanced
/// delimiters, or groups nested too deep, are kept).
fn measure(tree: &Subtree<()>) -> (usize, usize, bool) {
    let mut count = 0;
    let mut deepest = 0;
    let mut delimiter_punct = false;
    let mut stack = vec![(tree, 0usize)];
    while let Some((subtree, depth)) = stack.pop() {
        count += 1;
        let depth = depth + usize::from(subtree.delimiter.kind != DelimiterKind::Invisible);
        deepest = deepest.max(depth);
        for tree in &subtree.token_trees {
            match tree {
                TokenTree::Subtree(inner) => stack.push((inner, depth)),
                TokenTree::Leaf(leaf) => {
                    count += 1;
                    delimiter_punct |= matches!(leaf, Leaf::Punct(punct) if "()[]{}".contains(punct.char));
                }
            }
        }
    }
    (count, deepest, delimiter_punct)
}

/// Parses `expansion` as items, checks the tree's invariants, and that the tree's tokens are
/// the expansion's, in the same visible groups. Tokens are compared as text, glued within a
/// group: the parser may split a token (`0.1` after `x.` is a field access `0`, `.`, `1`) or
/// glue two (`>` `>` is `>>`), and spacing is not kept. Only when `compare_tokens`: not when
/// groups nest deeper than token trees are made, or a delimiter is a token of the expansion.
fn check_round_trip(expansion: &Subtree<()>, compare_tokens: bool, edition: Edition) {
    let (parse, _) = token_tree_to_syntax(expansion, TopEntryPoint::MacroItems, edition);
    let node = parse.syntax_node();
    let text = node.text().to_string();
    if let Err(problem) = check_tree_invariants(&node, &text) {
        panic!("tree invariant broken in {edition} for {text:?}: {problem}");
    }
    if !compare_tokens {
        return;
    }
    let reread = syntax_to_token_tree(&node, ToTokenTreeOptions { doc_comments_as_attributes: false }, |_| ());
    let (expected, found) = (shape(expansion), shape(&reread));
    assert!(expected == found, "the parse of {:?} has other tokens: {found:?}, not {expected:?}", expansion.to_text());
}

/// The visible groups and the text of the tokens of `tree`, invisible groups flattened.
fn shape(tree: &Subtree<()>) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut stack = vec![(tree, 0usize)];
    while let Some((subtree, index)) = stack.pop() {
        let Some(tree) = subtree.token_trees.get(index) else {
            if subtree.delimiter.kind != DelimiterKind::Invisible {
                out.push(format!("close {:?}", subtree.delimiter.kind));
                out.push(String::new());
            }
            continue;
        };
        stack.push((subtree, index + 1));
        match tree {
            TokenTree::Subtree(inner) => {
                if inner.delimiter.kind != DelimiterKind::Invisible {
                    out.push(format!("open {:?}", inner.delimiter.kind));
                    out.push(String::new());
                }
                stack.push((inner, 0));
            }
            TokenTree::Leaf(leaf) => {
                let text = out.last_mut().expect("never empty");
                let mut buffer = [0; 4];
                match leaf {
                    Leaf::Ident(ident) if ident.is_raw => text.push_str("r#"),
                    _ => {}
                }
                text.push_str(match leaf {
                    Leaf::Ident(ident) => &ident.text,
                    Leaf::Punct(punct) => punct.char.encode_utf8(&mut buffer),
                    Leaf::Literal(literal) => &literal.text,
                });
            }
        }
    }
    out
}

/// The inputs of the calls `m!(...)` (any delimiters) at the top of `expansion`, invisible
/// groups flattened.
fn calls_of_m(expansion: &Subtree<()>) -> Vec<&Subtree<()>> {
    let mut top = Vec::new();
    let mut stack = vec![(expansion, 0usize)];
    while let Some((subtree, index)) = stack.pop() {
        let Some(tree) = subtree.token_trees.get(index) else { continue };
        stack.push((subtree, index + 1));
        match tree {
            TokenTree::Subtree(inner) if inner.delimiter.kind == DelimiterKind::Invisible => stack.push((inner, 0)),
            tree => top.push(tree),
        }
    }
    top.windows(3)
        .filter_map(|window| match window {
            [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Leaf(Leaf::Punct(bang)), TokenTree::Subtree(input)]
                if name.text == "m" && !name.is_raw && bang.char == '!' =>
            {
                Some(input)
            }
            _ => None,
        })
        .collect()
}

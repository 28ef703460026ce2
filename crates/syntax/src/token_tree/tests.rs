//! Conversions between syntax trees and token trees, both ways.

use expect_test::{Expect, expect};
use text_size::TextRange;

use super::{
    DelimiterKind, Leaf, Spacing, Subtree, ToTokenTreeOptions, TokenTree, syntax_to_token_tree, token_tree_to_syntax,
};
use crate::{Edition, TopEntryPoint, check_tree_invariants, debug_dump, parse_source_file};

fn to_tt(text: &str, doc_comments_as_attributes: bool) -> Subtree<TextRange> {
    let parse = parse_source_file(text, Edition::LATEST);
    syntax_to_token_tree(&parse.syntax_node(), ToTokenTreeOptions { doc_comments_as_attributes }, |range| range)
}

fn check_text(text: &str, expect: Expect) {
    expect.assert_eq(&to_tt(text, true).to_text());
}

/// Parses `text`, converts it to a token tree, parses that back as items, and compares the
/// dump of the new tree.
fn check_round_trip(text: &str, expect: Expect) {
    let tt = to_tt(text, false);
    let (parse, spans) = token_tree_to_syntax(&tt, TopEntryPoint::MacroItems, Edition::LATEST);
    let root = parse.syntax_node();
    let new_text = root.text().to_string();
    check_tree_invariants(&root, &new_text).expect("the tree of a token tree keeps the invariants");
    // Every span points back to text of the same token in the original.
    for (range, span) in &spans {
        let original = &text[*span];
        let converted = &new_text[*range];
        assert!(
            original.starts_with(converted) || converted.starts_with(original) || original.ends_with(converted),
            "token {converted:?} at {range:?} maps to {original:?} at {span:?}"
        );
    }
    expect.assert_eq(&debug_dump(&root, parse.errors()));
}

#[test]
fn glued_punctuation_is_split_into_joint_characters() {
    let tt = to_tt("a::b", false);
    let puncts: Vec<(char, Spacing)> = tt
        .token_trees
        .iter()
        .filter_map(|tree| match tree {
            TokenTree::Leaf(Leaf::Punct(punct)) => Some((punct.char, punct.spacing)),
            _ => None,
        })
        .collect();
    assert_eq!(puncts, [(':', Spacing::Joint), (':', Spacing::Alone)]);
}

#[test]
fn delimiters_become_groups_and_stray_ones_stay_tokens() {
    let tt = to_tt("f(a, [b]) }", false);
    assert_eq!(tt.delimiter.kind, DelimiterKind::Invisible);
    let kinds: Vec<&str> = tt
        .token_trees
        .iter()
        .map(|tree| match tree {
            TokenTree::Subtree(subtree) if subtree.delimiter.kind == DelimiterKind::Parenthesis => "(group)",
            TokenTree::Subtree(_) => "other group",
            TokenTree::Leaf(Leaf::Punct(_)) => "punct",
            TokenTree::Leaf(_) => "token",
        })
        .collect();
    assert_eq!(kinds, ["token", "(group)", "punct"]);
    check_text("f(a, [b]) }", expect![[r#"f (a , [b]) }"#]]);
}

#[test]
fn doc_comments_become_attributes() {
    check_text(
        "/// Hello \"x\"\n//! Inner\nfn f() {}",
        expect![[r#"# [doc = " Hello \"x\""] # ! [doc = " Inner"] fn f () {}"#]],
    );
}

#[test]
fn lifetimes_are_a_joint_quote_and_an_identifier() {
    check_text("fn f<'a>(x: &'a u8) {}", expect!["fn f < 'a > (x : & 'a u8) {}"]);
}

#[test]
fn an_unclosed_group_closes_at_the_end() {
    check_text("fn f() { a", expect![[r#"fn f () {a}"#]]);
}

#[test]
fn a_function_round_trips_through_a_token_tree() {
    check_round_trip(
        "fn  f ( )  {  }",
        expect![[r#"
        MACRO_ITEMS@0..12
          FN@0..12
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            WHITESPACE@4..5 " "
            PARAM_LIST@5..8
              L_PAREN@5..6 "("
              WHITESPACE@6..7 " "
              R_PAREN@7..8 ")"
            WHITESPACE@8..9 " "
            BLOCK_EXPR@9..12
              STMT_LIST@9..12
                L_CURLY@9..10 "{"
                WHITESPACE@10..11 " "
                R_CURLY@11..12 "}"
    "#]],
    );
}

#[test]
fn groups_deeper_than_the_limit_stay_tokens_and_every_token_is_kept() {
    let depth = 10_000;
    let text = format!("m!{}{};", "(".repeat(depth), ")".repeat(depth));
    let tt = to_tt(&text, false);
    // The depth of groups, walked without recursion.
    let mut deepest = 0;
    let mut stack = vec![(&tt, 0usize)];
    let mut delimiters_as_tokens = 0;
    while let Some((subtree, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        for tree in &subtree.token_trees {
            match tree {
                TokenTree::Subtree(inner) => stack.push((inner, depth + 1)),
                TokenTree::Leaf(Leaf::Punct(punct)) if matches!(punct.char, '(' | ')') => delimiters_as_tokens += 1,
                TokenTree::Leaf(_) => {}
            }
        }
    }
    assert_eq!(deepest, super::TOKEN_TREE_DEPTH_LIMIT);
    // The groups made and the delimiters kept as tokens account for every parenthesis.
    assert_eq!(delimiters_as_tokens, 2 * (depth - super::TOKEN_TREE_DEPTH_LIMIT));
    // Cloning, comparing and dropping recurse on the depth; they are fine at the limit.
    assert_eq!(tt.clone(), tt);
}

#[test]
fn map_spans_visits_every_span_in_written_order_and_keeps_the_tokens() {
    let text = "fn f(a: u8) -> [u8; 2] { g::<'a>(\"s\") }";
    let tt = to_tt(text, false);
    let mut seen = Vec::new();
    let mapped = tt.map_spans(|range| {
        seen.push(range);
        u32::from(range.start())
    });
    assert_eq!(mapped.to_text(), tt.to_text());
    // Opening delimiters come before their contents and closing ones after.
    let starts: Vec<u32> = seen.iter().map(|range| u32::from(range.start())).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts[1..starts.len() - 1], sorted[1..sorted.len() - 1], "the top group's spans come first and last");
    // The walk keeps its own stack; a deep tree maps, and every closing span is mapped too.
    let mut deep: Subtree<u8> = Subtree {
        delimiter: super::Delimiter { kind: DelimiterKind::Parenthesis, open: 0, close: 7 },
        token_trees: Vec::new(),
    };
    for _ in 0..1_000 {
        deep = Subtree {
            delimiter: super::Delimiter { kind: DelimiterKind::Parenthesis, open: 0, close: 7 },
            token_trees: vec![TokenTree::Subtree(deep)],
        };
    }
    let mapped = deep.map_spans(|span| u16::from(span) + 1);
    assert_eq!((mapped.delimiter.open, mapped.delimiter.close), (1, 8));
    assert_eq!(mapped.to_text(), deep.to_text());
}

#[test]
fn packed_tokens_unpack_to_the_tree_that_was_packed() {
    let text = r#"#[cfg(all(unix, feature = "x"))] pub(crate) fn r#match<'a>(x: &'a [u8; 4]) -> Option<(i32, f64)> {
        let s = br"raw"; let c = 'c'; let n = -1.5e3f64; x.iter().map(|b| *b as u32).sum::<u32>() >>= 2; $crate::m!{}
        /// A doc comment, "quoted"
        struct Ü { long_identifier_beyond_the_inline_limit_of_smol_str: () }
    }"#;
    let tree = to_tt(text, true).map_spans(|_| ());
    let packed = super::PackedTokens::pack(&tree);
    assert_eq!(packed.unpack(), tree);
    assert_eq!(packed.to_text(), tree.to_text());
    // Smaller than the tree's token list alone (32 bytes a token).
    let tokens = tree.to_text().split_whitespace().count();
    assert!(packed.len() < tokens * 8, "{} bytes for about {tokens} tokens", packed.len());
    // Equal trees pack equal; a different spacing packs differently.
    assert_eq!(super::PackedTokens::pack(&tree), packed);
    let mut joint = tree.clone();
    let Some(TokenTree::Leaf(Leaf::Punct(punct))) = joint.token_trees.first_mut() else { panic!("starts with `#`") };
    punct.spacing = Spacing::Joint;
    assert_ne!(super::PackedTokens::pack(&joint), packed);
}

#[test]
fn packed_tokens_keep_what_only_procedural_macros_make() {
    use super::{Delimiter, Ident, Punct};
    // A character that is not ASCII, an empty invisible group, an identifier of 200 bytes.
    let long = "x".repeat(200);
    let tree = Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () },
        token_trees: vec![
            TokenTree::Leaf(Leaf::Punct(Punct { char: 'λ', spacing: Spacing::Joint, span: () })),
            TokenTree::Subtree(Subtree {
                delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () },
                token_trees: Vec::new(),
            }),
            TokenTree::Leaf(Leaf::Ident(Ident { text: long.as_str().into(), is_raw: false, span: () })),
        ],
    };
    assert_eq!(super::PackedTokens::pack(&tree).unpack(), tree);
}

#[test]
fn packed_tokens_of_a_deep_tree_pack_and_unpack_without_recursion() {
    use super::Delimiter;
    let group = |token_trees| Subtree {
        delimiter: Delimiter { kind: DelimiterKind::Parenthesis, open: (), close: () },
        token_trees,
    };
    let mut tree = group(Vec::new());
    for _ in 0..100_000 {
        tree = group(vec![TokenTree::Subtree(tree)]);
    }
    let packed = super::PackedTokens::pack(&tree);
    assert_eq!(packed.len(), 2 * 100_001);
    let unpacked = packed.unpack();
    assert_eq!(super::PackedTokens::pack(&unpacked), packed);
    // Dropping a tree this deep would recurse: the test leaks its two trees instead.
    std::mem::forget(unpacked);
    std::mem::forget(tree);
}

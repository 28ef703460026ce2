//! Tests of `Parse` itself: dropping deep trees.

use rowan::{GreenNode, GreenToken, NodeOrToken};

use super::Parse;
use crate::{SyntaxKind, SyntaxNode};

/// A chain of `depth` nested `PAREN_EXPR` nodes around one token, built without recursion.
fn deep_green(depth: u32) -> GreenNode {
    let token = GreenToken::new(SyntaxKind::IDENT.into(), "x");
    let mut node = GreenNode::new(SyntaxKind::PATH_EXPR.into(), [NodeOrToken::Token(token)]);
    for _ in 1..depth {
        node = GreenNode::new(SyntaxKind::PAREN_EXPR.into(), [NodeOrToken::Node(node)]);
    }
    node
}

#[test]
fn dropping_a_very_deep_tree_does_not_overflow_a_small_stack() {
    let depth = 200_000;
    let parse: Parse<SyntaxNode> = Parse::new(deep_green(depth), Vec::new(), depth, 0);
    let handle = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            assert_eq!(parse.syntax_node().text().len(), 1.into());
            drop(parse);
        })
        .expect("a thread can be spawned");
    handle.join().expect("dropping the tree on a 256 KiB stack does not overflow it");
}

#[test]
fn a_clone_keeps_the_tree_alive_after_the_original_is_dropped() {
    let depth = 5_000;
    let parse: Parse<SyntaxNode> = Parse::new(deep_green(depth), Vec::new(), depth, 0);
    let clone = parse.clone();
    drop(parse);
    assert_eq!(clone.syntax_node().text().to_string(), "x");
    assert_eq!(clone.depth(), depth);
}

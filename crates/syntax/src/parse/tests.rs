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

#[test]
fn a_body_left_unparsed_holds_its_inner_attributes_then_the_rest_as_one_token() {
    let text = "fn f() { #![allow(x)] let a = { 1 }; } fn g();";
    let parse = crate::parse_source_file_without_bodies(text, crate::Edition::LATEST);
    expect_test::expect![[r##"
        SOURCE_FILE@0..46
          FN@0..38
            FN_KW@0..2 "fn"
            WHITESPACE@2..3 " "
            NAME@3..4
              IDENT@3..4 "f"
            SKIPPED_TOKENS@4..6 "()"
            WHITESPACE@6..7 " "
            BLOCK_EXPR@7..38
              STMT_LIST@7..38
                L_CURLY@7..8 "{"
                WHITESPACE@8..9 " "
                ATTR@9..21
                  POUND@9..10 "#"
                  BANG@10..11 "!"
                  L_BRACK@11..12 "["
                  META@12..20
                    PATH@12..17
                      PATH_SEGMENT@12..17
                        NAME_REF@12..17
                          IDENT@12..17 "allow"
                    TOKEN_TREE@17..20
                      L_PAREN@17..18 "("
                      IDENT@18..19 "x"
                      R_PAREN@19..20 ")"
                  R_BRACK@20..21 "]"
                WHITESPACE@21..22 " "
                SKIPPED_TOKENS@22..36 "let a = { 1 };"
                WHITESPACE@36..37 " "
                R_CURLY@37..38 "}"
          WHITESPACE@38..39 " "
          FN@39..46
            FN_KW@39..41 "fn"
            WHITESPACE@41..42 " "
            NAME@42..43
              IDENT@42..43 "g"
            SKIPPED_TOKENS@43..45 "()"
            SEMICOLON@45..46 ";"
    "##]]
    .assert_eq(&crate::debug_dump(&parse.syntax_node(), parse.errors()));
    // The whole tree has the same items at the same ranges.
    let whole = crate::parse_source_file(text, crate::Edition::LATEST);
    let ranges = |node: SyntaxNode| node.children().map(|it| (it.kind(), it.text_range())).collect::<Vec<_>>();
    assert_eq!(ranges(parse.syntax_node()), ranges(whole.syntax_node()));
}

#[test]
fn a_parse_without_bodies_finds_the_errors_of_the_whole_parse_bodies_included() {
    let texts = [
        // Unclosed body: it runs to the end of input.
        "fn f() { { }",
        // Errors inside bodies, at several depths, with items after them.
        "fn f() { let = ; } struct S;",
        // Errors in the parts of signatures that are folded too.
        "fn f(x: ) -> { } const C: = 1 + ; static S: u8 = (;",
        "impl<T> Tr for { fn g() {} } impl impl {} type A<T> = ; type B: + where = u8;",
        // Found by the fuzzer: a node the parser starts at the end of input, inside a folded
        // part, takes the trivia before it into the item, in the whole tree as in the folded.
        "fn case<T>() where T: >)\n",
        "impl S {\n    fn fi\n\n    fn new() {}\n}\n// end\n",
        "fn f() -> u8 { g(\n  // c\n",
        "fn f() { fn g() {\n \n   ",
        "fn f() { if { } else } fn g() { x.0.1 + ; }",
        "impl S { fn f(&self) { match x { 1 => , } } fn g() {} }",
        "fn f() { fn inner() { let } } mod m { fn h() { ) } }",
        // A lexer error inside a body, and a stray `}` after it.
        "fn f() { let s = 'ab; } }",
        // A body nested too deeply for the parser.
        &format!("fn f() {{ {}{} }}", "(".repeat(400), ")".repeat(400)),
    ];
    for text in texts {
        let folded = crate::parse_source_file_without_bodies(text, crate::Edition::LATEST);
        let whole = crate::parse_source_file(text, crate::Edition::LATEST);
        assert_eq!(folded.syntax_node().text(), text);
        assert!(!whole.errors().is_empty(), "{text:?} has errors");
        assert_eq!(folded.errors(), whole.errors(), "{text:?}");
        // The items, their names, visibilities and attributes are the same nodes, outside
        // bodies: what a summary of the items reads.
        let items = |node: SyntaxNode| {
            use SyntaxKind::*;
            node.descendants()
                .filter(|it| match it.kind() {
                    FN | STRUCT | CONST | STATIC | IMPL | MODULE | ITEM_LIST => true,
                    NAME | VISIBILITY | ATTR => {
                        it.parent().is_some_and(|parent| matches!(parent.kind(), FN | STRUCT | CONST | STATIC | MODULE))
                    }
                    _ => false,
                })
                .filter(|it| !it.ancestors().any(|ancestor| ancestor.kind() == STMT_LIST))
                .map(|it| (it.kind(), it.text_range()))
                .collect::<Vec<_>>()
        };
        assert_eq!(items(folded.syntax_node()), items(whole.syntax_node()), "{text:?}");
    }
}

/// Runs `f` on a thread with a 256 KiB stack.
fn on_a_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(f)
        .expect("a thread can be spawned")
        .join()
        .expect("the work fits on a 256 KiB stack");
}

#[test]
fn deep_green_trees_are_compared_and_released_on_a_small_stack() {
    let (a, b, c) = (deep_green(200_000), deep_green(200_000), deep_green(199_999));
    let (a, b, c) = (crate::GreenTree::new(a), crate::GreenTree::new(b), crate::GreenTree::new(c));
    on_a_small_stack(move || {
        assert!(a == b);
        assert!(a != c);
        drop((a, b, c));
    });
    // A shallow tree is not walked at all.
    assert!(!crate::is_deep(&deep_green(10)));
    assert!(crate::is_deep(&deep_green(1_001)));
}

#[test]
fn a_node_cache_that_alone_holds_a_deep_chain_is_released_on_a_small_stack() {
    // `x.0.0.0…`: every field access has three shared children, so the cache holds the chain.
    let text = format!("fn f() {{ x{} }}", ".0".repeat(100_000));
    let mut cache = crate::NodeCache::new();
    let parse = crate::parse_source_file_with_cache(&text, crate::Edition::LATEST, &mut cache);
    assert!(parse.errors().is_empty());
    assert!(cache.node_count() > 100_000);
    drop(parse);
    on_a_small_stack(move || drop(cache));
}

//! Tests of the tree-shape check, on hand-built trees and on parses.

use rowan::{GreenNode, GreenToken, NodeOrToken};

use super::{Shape, shape};
use crate::{
    Edition, Parse, ShapeError, ShapeProblem,
    SyntaxKind::{self, *},
    SyntaxNode, check_tree_shape, is_allowed_child, parse_source_file,
};

type Element = NodeOrToken<GreenNode, GreenToken>;

fn node(kind: SyntaxKind, children: Vec<Element>) -> Element {
    NodeOrToken::Node(GreenNode::new(kind.into(), children))
}

fn token(kind: SyntaxKind, text: &str) -> Element {
    NodeOrToken::Token(GreenToken::new(kind.into(), text))
}

fn root(element: Element) -> SyntaxNode {
    match element {
        NodeOrToken::Node(green) => SyntaxNode::new_root(green),
        NodeOrToken::Token(_) => panic!("a root must be a node"),
    }
}

/// The errors, one per line, as their `Display` says.
fn errors(root: &SyntaxNode) -> String {
    check_tree_shape(root).iter().map(|e| format!("{e}\n")).collect()
}

fn name(text: &str) -> Element {
    node(NAME, vec![token(IDENT, text)])
}

fn path_expr(text: &str) -> Element {
    node(PATH_EXPR, vec![node(PATH, vec![node(PATH_SEGMENT, vec![node(NAME_REF, vec![token(IDENT, text)])])])])
}

/// `a + b`, as the parser builds it.
fn a_plus_b() -> Element {
    node(
        BIN_EXPR,
        vec![path_expr("a"), token(WHITESPACE, " "), token(PLUS, "+"), token(WHITESPACE, " "), path_expr("b")],
    )
}

#[test]
fn a_valid_tree_passes() {
    // `fn f(x: u8) { a + b; }`
    let tree = node(
        SOURCE_FILE,
        vec![node(
            FN,
            vec![
                token(FN_KW, "fn"),
                token(WHITESPACE, " "),
                name("f"),
                node(
                    PARAM_LIST,
                    vec![
                        token(L_PAREN, "("),
                        node(
                            PARAM,
                            vec![
                                node(IDENT_PAT, vec![name("x")]),
                                token(COLON, ":"),
                                token(WHITESPACE, " "),
                                node(
                                    PATH_TYPE,
                                    vec![node(
                                        PATH,
                                        vec![node(PATH_SEGMENT, vec![node(NAME_REF, vec![token(IDENT, "u8")])])],
                                    )],
                                ),
                            ],
                        ),
                        token(R_PAREN, ")"),
                    ],
                ),
                token(WHITESPACE, " "),
                node(
                    BLOCK_EXPR,
                    vec![node(
                        STMT_LIST,
                        vec![
                            token(L_CURLY, "{"),
                            token(WHITESPACE, " "),
                            node(EXPR_STMT, vec![a_plus_b(), token(SEMICOLON, ";")]),
                            // A lone `;` is a statement: `Stmt` covers it.
                            token(SEMICOLON, ";"),
                            token(WHITESPACE, " "),
                            token(COMMENT, "// done"),
                            token(WHITESPACE, "\n"),
                            token(R_CURLY, "}"),
                        ],
                    )],
                ),
            ],
        )],
    );
    assert_eq!(errors(&root(tree)), "");
}

#[test]
fn a_node_of_a_kind_the_rule_does_not_have_is_reported() {
    // `a + b` with the `b` a `NAME`.
    let tree = node(BIN_EXPR, vec![path_expr("a"), token(PLUS, "+"), name("b")]);
    let root = root(tree);
    assert_eq!(
        check_tree_shape(&root),
        vec![ShapeError {
            node: BIN_EXPR,
            node_range: root.text_range(),
            child: NAME,
            child_range: rowan::TextRange::new(2.into(), 3.into()),
            problem: ShapeProblem::NotAllowed,
        }]
    );
    assert_eq!(errors(&root), "NAME@2..3 may not be a child of BIN_EXPR@0..3\n");
}

#[test]
fn a_token_the_rule_does_not_have_is_reported() {
    // `a . b` as a binary expression: `.` is no operator.
    let tree = node(BIN_EXPR, vec![path_expr("a"), token(DOT, "."), path_expr("b")]);
    assert_eq!(errors(&root(tree)), "DOT@1..2 may not be a child of BIN_EXPR@0..3\n");
}

#[test]
fn nested_nodes_are_checked_too() {
    let tree = node(
        EXPR_STMT,
        vec![node(
            PAREN_EXPR,
            vec![token(L_PAREN, "("), node(BIN_EXPR, vec![path_expr("a"), name("b")]), token(R_PAREN, ")")],
        )],
    );
    assert_eq!(errors(&root(tree)), "NAME@2..3 may not be a child of BIN_EXPR@1..3\n");
}

#[test]
fn a_child_out_of_order_is_reported() {
    // `fn pub f() {}`: the visibility comes before `fn` in the rule.
    let tree = node(
        FN,
        vec![
            token(FN_KW, "fn"),
            token(WHITESPACE, " "),
            node(VISIBILITY, vec![token(PUB_KW, "pub")]),
            token(WHITESPACE, " "),
            name("f"),
            node(PARAM_LIST, vec![token(L_PAREN, "("), token(R_PAREN, ")")]),
        ],
    );
    assert_eq!(errors(&root(tree)), "VISIBILITY@3..6 may not come after FN_KW in FN@0..10\n");

    // `-> u8 (x)`: the return type before the parameters.
    let ret = node(RET_TYPE, vec![token(THIN_ARROW, "->")]);
    let params = node(PARAM_LIST, vec![token(L_PAREN, "("), token(R_PAREN, ")")]);
    let tree = node(FN, vec![token(FN_KW, "fn"), name("f"), ret, params]);
    assert_eq!(errors(&root(tree)), "PARAM_LIST@5..7 may not come after RET_TYPE in FN@0..7\n");
}

#[test]
fn missing_parts_and_repeated_parts_pass() {
    // `fn` alone, and a use tree with only its `*`.
    assert_eq!(errors(&root(node(FN, vec![token(FN_KW, "fn")]))), "");
    assert_eq!(errors(&root(node(USE_TREE, vec![token(STAR, "*")]))), "");
    // Attributes, then `'a: 'b + 'c` bounds repeat.
    let lifetime = |text: &str| node(LIFETIME, vec![token(LIFETIME_IDENT, text)]);
    let attr = || node(ATTR, vec![token(POUND, "#")]);
    let bound = |text: &str| node(TYPE_BOUND, vec![lifetime(text)]);
    let bounds = node(TYPE_BOUND_LIST, vec![bound("'b"), token(PLUS, "+"), bound("'c"), token(PLUS, "+")]);
    let param = node(LIFETIME_PARAM, vec![attr(), attr(), lifetime("'a"), token(COLON, ":"), bounds]);
    assert_eq!(errors(&root(param)), "");
}

#[test]
fn a_choice_between_alternatives_is_kept() {
    // `UseTree = (Path? '::')? ('*' | UseTreeList) | Path Rename?`: `a::*` and `a as b` pass,
    // `* as b` mixes the alternatives.
    let path = || node(PATH, vec![node(PATH_SEGMENT, vec![node(NAME_REF, vec![token(IDENT, "a")])])]);
    let rename = || node(RENAME, vec![token(AS_KW, "as"), name("b")]);
    assert_eq!(errors(&root(node(USE_TREE, vec![path(), token(COLON2, "::"), token(STAR, "*")]))), "");
    assert_eq!(errors(&root(node(USE_TREE, vec![path(), rename()]))), "");
    assert_eq!(
        errors(&root(node(USE_TREE, vec![token(STAR, "*"), rename()]))),
        "RENAME@1..4 may not come after STAR in USE_TREE@0..4\n"
    );
}

#[test]
fn errors_and_trivia_may_be_anywhere_and_hold_anything() {
    let error = node(ERROR, vec![name("x"), token(FN_KW, "fn"), node(SOURCE_FILE, vec![])]);
    let tree = node(
        BIN_EXPR,
        vec![
            token(COMMENT, "/**/"),
            path_expr("a"),
            error,
            token(ERROR, "$"),
            token(PLUS, "+"),
            token(WHITESPACE, " "),
            path_expr("b"),
        ],
    );
    assert_eq!(errors(&root(tree)), "");
    // The nodes inside an error are checked against their own rules.
    let tree = node(ERROR, vec![node(BIN_EXPR, vec![name("x")])]);
    assert_eq!(errors(&root(tree)), "NAME@0..1 may not be a child of BIN_EXPR@0..1\n");
}

#[test]
fn token_trees_hold_any_tokens_and_token_trees() {
    let inner = node(TOKEN_TREE, vec![token(L_BRACK, "["), token(FN_KW, "fn"), token(R_BRACK, "]")]);
    let tree =
        node(TOKEN_TREE, vec![token(L_PAREN, "("), token(IDENT, "a"), inner, token(DOLLAR, "$"), token(R_PAREN, ")")]);
    assert_eq!(errors(&root(tree)), "");
    let tree = node(TOKEN_TREE, vec![token(L_PAREN, "("), name("a"), token(R_PAREN, ")")]);
    assert_eq!(errors(&root(tree)), "NAME@1..2 may not be a child of TOKEN_TREE@0..3\n");
}

#[test]
fn allowed_children() {
    assert!(is_allowed_child(BIN_EXPR, PATH_EXPR), "an enum stands for its variants");
    assert!(is_allowed_child(BIN_EXPR, SHLEQ), "a labelled choice of tokens");
    assert!(!is_allowed_child(BIN_EXPR, NAME));
    assert!(is_allowed_child(STMT_LIST, FN), "`Stmt` covers `Item`, recursively");
    assert!(is_allowed_child(STMT_LIST, SEMICOLON), "`Stmt` covers `;`");
    assert!(is_allowed_child(MATCH_ARM, ERROR));
    assert!(is_allowed_child(NAME, WHITESPACE));
    assert!(is_allowed_child(ERROR, SOURCE_FILE));
    assert!(is_allowed_child(TOKEN_TREE, SEMICOLON));
    assert!(!is_allowed_child(TOKEN_TREE, NAME));
}

#[test]
fn every_node_kind_has_a_shape() {
    for &kind in SyntaxKind::ALL {
        if kind.is_node() && kind != ERROR {
            assert!(!matches!(shape(kind), Shape::Any), "{kind:?} has no shape");
        }
    }
}

#[test]
fn deep_trees_are_checked_without_recursion() {
    // `((((...a...))))`, 100,000 deep, with a `NAME` at the bottom.
    const DEPTH: usize = 100_000;
    let mut tree = node(PAREN_EXPR, vec![token(L_PAREN, "("), name("a"), token(R_PAREN, ")")]);
    for _ in 0..DEPTH {
        tree = node(PAREN_EXPR, vec![token(L_PAREN, "("), tree, token(R_PAREN, ")")]);
    }
    let NodeOrToken::Node(green) = tree else { unreachable!() };
    // A `Parse` takes the deep tree apart without recursion when it is dropped.
    let parse: Parse = Parse::new(green, Vec::new(), DEPTH as u32 + 1, 0);
    let errors = check_tree_shape(&parse.syntax_node());
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].node, errors[0].child), (PAREN_EXPR, NAME));
}

#[test]
fn parsed_trees_without_errors_pass() {
    for text in ["", "fn f() {}\n", "struct S;\n", "#![allow(x)]\nmod m;\n"] {
        let parse = parse_source_file(text, Edition::LATEST);
        if parse.errors().is_empty() {
            assert_eq!(errors(&parse.syntax_node()), "", "{text:?}");
        }
    }
}

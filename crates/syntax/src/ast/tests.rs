//! Tests of the typed AST: accessors over trees written as dumps (the format of
//! [`crate::debug_dump`]), so that they do not depend on the parser's progress.

use std::string::String;

use rowan::GreenNodeBuilder;

use super::*;
use crate::{Edition, SyntaxKind, SyntaxNode};

/// Builds a tree from a dump: `KIND` lines are nodes, `KIND "text"` lines tokens; children are
/// indented by two spaces under their parent. Ranges (`@0..1`) may be left out.
fn tree(dump: &str) -> SyntaxNode {
    let kind = |name: &str| {
        let name = name.split('@').next().unwrap_or(name);
        *SyntaxKind::ALL.iter().find(|k| format!("{k:?}") == name).unwrap_or_else(|| panic!("no kind {name}"))
    };
    let mut builder = GreenNodeBuilder::new();
    let mut open: Vec<usize> = Vec::new();
    for line in dump.lines().filter(|l| !l.trim().is_empty()) {
        let indent = line.len() - line.trim_start().len();
        while open.last().is_some_and(|&i| i >= indent) {
            open.pop();
            builder.finish_node();
        }
        match line.trim().split_once(' ') {
            Some((name, text)) => {
                let text: String = text.trim_matches('"').replace("\\\"", "\"");
                builder.token(kind(name).into(), &text);
            }
            None => {
                builder.start_node(kind(line.trim()).into());
                open.push(indent);
            }
        }
    }
    for _ in open {
        builder.finish_node();
    }
    SyntaxNode::new_root(builder.finish())
}

fn path_expr(indent: &str, name: &str) -> String {
    format!(
        "{indent}PATH_EXPR\n{indent}  PATH\n{indent}    PATH_SEGMENT\n{indent}      NAME_REF\n{indent}        IDENT \"{name}\"\n"
    )
}

#[test]
fn binary_operands_are_found_by_position() {
    let dump = format!("BIN_EXPR\n{}  WHITESPACE \" \"\n  PLUS \"+\"\n{}", path_expr("  ", "a"), path_expr("  ", "b"));
    let bin = BinExpr::cast(tree(&dump)).unwrap();
    assert_eq!(bin.lhs().unwrap().to_string(), "a");
    assert_eq!(bin.op_token().unwrap().kind(), SyntaxKind::PLUS);
    assert_eq!(bin.rhs().unwrap().to_string(), "b");
    assert_eq!(bin.to_string(), "a +b");
    let expr = Expr::from(bin.clone());
    assert_eq!(expr.syntax(), bin.syntax());
    assert!(matches!(Expr::cast(bin.syntax().clone()), Some(Expr::BinExpr(_))));
}

#[test]
fn range_operands_are_found_around_the_operator() {
    let range = RangeExpr::cast(tree(&format!("RANGE_EXPR\n  DOT2 \"..\"\n{}", path_expr("  ", "end")))).unwrap();
    assert!(range.start().is_none());
    assert_eq!(range.end().unwrap().to_string(), "end");
    let range = RangeExpr::cast(tree(&format!("RANGE_EXPR\n{}  DOT2EQ \"..=\"\n", path_expr("  ", "start")))).unwrap();
    assert_eq!(range.start().unwrap().to_string(), "start");
    assert!(range.end().is_none());
}

#[test]
fn if_expressions_have_condition_branches_and_else() {
    let block = |indent: &str| {
        format!("{indent}BLOCK_EXPR\n{indent}  STMT_LIST\n{indent}    L_CURLY \"{{\"\n{indent}    R_CURLY \"}}\"\n")
    };
    let dump =
        format!("IF_EXPR\n  IF_KW \"if\"\n{}{}  ELSE_KW \"else\"\n{}", path_expr("  ", "c"), block("  "), block("  "));
    let if_expr = IfExpr::cast(tree(&dump)).unwrap();
    assert_eq!(if_expr.condition().unwrap().to_string(), "c");
    assert_eq!(if_expr.then_branch().unwrap().to_string(), "{}");
    assert!(matches!(if_expr.else_branch(), Some(ElseBranch::BlockExpr(_))));
}

#[test]
fn impls_tell_the_trait_from_the_self_type() {
    let path_type = |name: &str| {
        format!("  PATH_TYPE\n    PATH\n      PATH_SEGMENT\n        NAME_REF\n          IDENT \"{name}\"\n")
    };
    let list = "  ASSOC_ITEM_LIST\n    L_CURLY \"{\"\n    R_CURLY \"}\"\n";
    let inherent = Impl::cast(tree(&format!("IMPL\n  IMPL_KW \"impl\"\n{}{list}", path_type("S")))).unwrap();
    assert!(inherent.trait_().is_none());
    assert_eq!(inherent.self_ty().unwrap().to_string(), "S");
    let dump = format!("IMPL\n  IMPL_KW \"impl\"\n{}  FOR_KW \"for\"\n{}{list}", path_type("Tr"), path_type("S"));
    let of_trait = Impl::cast(tree(&dump)).unwrap();
    assert_eq!(of_trait.trait_().unwrap().to_string(), "Tr");
    assert_eq!(of_trait.self_ty().unwrap().to_string(), "S");
    assert!(of_trait.assoc_item_list().is_some());
}

#[test]
fn literals_know_their_kind() {
    let literal = |token: &str| Literal::cast(tree(&format!("LITERAL\n  {token}"))).unwrap().kind();
    assert!(matches!(literal("INT_NUMBER \"92\""), Some(LiteralKind::IntNumber(n)) if n.text() == "92"));
    assert!(matches!(literal("RAW_STRING \"r\\\"s\\\"\""), Some(LiteralKind::String(_))));
    assert!(matches!(literal("FALSE_KW \"false\""), Some(LiteralKind::Bool(false))));
}

#[test]
fn a_parsed_file_has_typed_items_and_names() {
    let file = SourceFile::parse("fn main() {}\n", Edition::LATEST).tree();
    let items: Vec<Item> = file.items().collect();
    let [Item::Fn(f)] = items.as_slice() else { panic!("expected one fn: {items:?}") };
    assert_eq!(f.name().unwrap().text(), "main");
    assert!(f.param_list().is_some());
    assert!(f.body().is_some());
    assert_eq!(f.to_string(), "fn main() {}");
    assert!(f.visibility().is_none());
    assert_eq!(f.attrs().count(), 0);
}

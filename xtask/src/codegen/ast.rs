//! The generator of the typed AST: `ast/generated.rs`, `ast/generated/{nodes,tokens}.rs`
//! (`ast/generated/shapes.rs` comes from `shapes.rs`).
//!
//! The generated code leans on three macros of `ast.rs` (`ast_node!`, `ast_enum!`,
//! `ast_token!`) for the parts every type shares, and on the generic functions of its `support`
//! module for accessors, so that it stays short.

use std::fmt::Write as _;

use super::{
    PREAMBLE,
    grammar::{FieldType, Model, Place},
};

/// Typed tokens: (type, kinds, doc).
const TOKENS: &[(&str, &[&str], &str)] = &[
    ("Whitespace", &["WHITESPACE"], "A run of whitespace."),
    ("Comment", &["COMMENT"], "A comment, doc comments included."),
    ("Ident", &["IDENT"], "An identifier (or a contextual keyword the parser left as one)."),
    ("LifetimeIdent", &["LIFETIME_IDENT"], "A lifetime or label: `'a`."),
    ("IntNumber", &["INT_NUMBER"], "An integer literal: `92`, `0xFF_u8`."),
    ("FloatNumber", &["FLOAT_NUMBER"], "A floating-point literal: `1.5`, `2e10f64`."),
    ("Char", &["CHAR"], "A character literal: `'a'`."),
    ("Byte", &["BYTE"], "A byte literal: `b'a'`."),
    ("String", &["STRING", "RAW_STRING"], "A string literal, raw or not: `\"s\"`, `r#\"s\"#`."),
    ("ByteString", &["BYTE_STRING", "RAW_BYTE_STRING"], "A byte string literal, raw or not: `b\"s\"`, `br\"s\"`."),
    ("CString", &["C_STRING", "RAW_C_STRING"], "A C string literal, raw or not: `c\"s\"`, `cr\"s\"`."),
];

/// The text of `ast/generated.rs`.
pub(crate) fn generate_module() -> String {
    format!("{PREAMBLE}\n\nmod nodes;\npub(crate) mod shapes;\nmod tokens;\n\npub use self::{{nodes::*, tokens::*}};\n")
}

/// The text of `ast/generated/tokens.rs`, before formatting.
pub(crate) fn generate_tokens() -> String {
    let mut out =
        format!("{PREAMBLE}\n//!\n//! Typed tokens: the token kinds that carry text worth a type of its own.\n\n");
    for (name, kinds, doc) in TOKENS {
        let _ = writeln!(out, "ast_token! {{\n    /// {doc}\n    {name} = {}\n}}\n", kinds.join(" | "));
    }
    out
}

/// The text of `ast/generated/nodes.rs`, before formatting.
pub(crate) fn generate_nodes(model: &Model) -> String {
    let mut out = format!("{PREAMBLE}\n//!\n//! AST nodes: a struct per node kind, an enum per choice of nodes.\n\n");
    out.push_str("use crate::{SyntaxKind::*, SyntaxToken, ast::{AstChildren, support, traits::*}};\n\n");
    for node in &model.nodes {
        let _ = writeln!(out, "ast_node! {{");
        for line in &node.doc {
            let _ = writeln!(out, "    /// {line}");
        }
        let _ = writeln!(out, "    {} = {}\n}}\n", node.name, node.kind);
        for t in &node.traits {
            let _ = writeln!(out, "impl {t} for {} {{}}", node.name);
        }
        if node.fields.is_empty() {
            out.push('\n');
            continue;
        }
        let _ = writeln!(out, "\nimpl {} {{", node.name);
        for field in &node.fields {
            let part = match &field.label {
                Some(label) => format!("The `{label}` part"),
                None => "The".to_owned(),
            };
            let (doc, ret, body) = match &field.ty {
                FieldType::Token { names, kinds } if kinds.len() == 1 => (
                    format!("{part} `{}` token.", names[0]),
                    "Option<SyntaxToken>".to_owned(),
                    format!("support::token(&self.syntax, {})", kinds[0]),
                ),
                FieldType::Token { names, kinds } => {
                    let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                    (
                        format!("{part}: one token of {}.", list.join(", ")),
                        "Option<SyntaxToken>".to_owned(),
                        format!("support::token_in(&self.syntax, &[{}])", kinds.join(", ")),
                    )
                }
                FieldType::Many(ty) => {
                    let doc = match &field.label {
                        Some(label) => format!("The `{label}` part: the [`{ty}`] children."),
                        None => format!("The [`{ty}`] children."),
                    };
                    (doc, format!("AstChildren<{ty}>"), "support::children(&self.syntax)".to_owned())
                }
                FieldType::One(ty, place) => {
                    let doc = match &field.label {
                        Some(label) => format!("The `{label}` part, a [`{ty}`]."),
                        None => format!("The [`{ty}`] child."),
                    };
                    let body = match place {
                        Place::First => "support::child(&self.syntax)".to_owned(),
                        Place::Nth { group, n } => format!("support::nth_child::<{group}, _>(&self.syntax, {n})"),
                        Place::Before(kinds) => {
                            format!("support::child_before_token(&self.syntax, &[{}])", kinds.join(", "))
                        }
                        Place::After(kinds) => {
                            format!("support::child_after_token(&self.syntax, &[{}])", kinds.join(", "))
                        }
                    };
                    (doc, format!("Option<{ty}>"), body)
                }
            };
            let _ = writeln!(out, "/// {doc}\npub fn {}(&self) -> {ret} {{ {body} }}", field.name);
        }
        let _ = writeln!(out, "}}\n");
    }
    for e in &model.enums {
        let _ = writeln!(out, "ast_enum! {{");
        for line in &e.doc {
            let _ = writeln!(out, "    /// {line}");
        }
        let _ = writeln!(out, "    {} {{", e.name);
        for variant in &e.variants {
            let _ = writeln!(out, "        {variant},");
        }
        let _ = writeln!(out, "    }}\n}}\n");
        for t in &e.traits {
            let _ = writeln!(out, "impl {t} for {} {{}}", e.name);
        }
        out.push('\n');
    }
    out
}

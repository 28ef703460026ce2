//! Reading the grammar: from ungrammar rules to a model of AST structs, enums and accessors.
//!
//! - A rule that is a plain choice of nodes is an enum (`Expr = ArrayExpr | ...`), with no kind.
//! - Any other rule is a struct and a node kind. Its accessors come from the parts of the rule,
//!   in order: a node gives a child (or the children, under `*` or in a `,`-separated list), a
//!   token gives a token, a labelled choice of tokens gives one token of that set.
//! - Parts shared with a trait of `ast/traits.rs` (`HasName` for `name`...) become an impl of
//!   the trait instead of accessors.
//! - When several single children can be of the same kind (`lhs:Expr op rhs:Expr`), each is
//!   found by its position among those children; the range operands are found on either side
//!   of the operator, and a few accessors are written by hand in `ast/node_ext.rs`.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context as _, bail};
use ungrammar::{Grammar, Rule};

use super::{lower_snake, tokens::token_kind, upper_snake};

/// The grammar, lowered.
#[derive(Debug)]
pub(crate) struct Model {
    /// Node kinds, in the order the grammar defines them.
    pub(crate) kinds: Vec<NodeKind>,
    /// AST structs, in grammar order.
    pub(crate) nodes: Vec<Node>,
    /// AST enums, in grammar order.
    pub(crate) enums: Vec<Enum>,
}

/// A node kind with its documentation.
#[derive(Debug)]
pub(crate) struct NodeKind {
    pub(crate) kind: String,
    pub(crate) doc: Vec<String>,
}

/// An AST struct.
#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) name: String,
    pub(crate) kind: String,
    pub(crate) doc: Vec<String>,
    pub(crate) fields: Vec<Field>,
    pub(crate) traits: Vec<&'static str>,
}

/// An AST enum.
#[derive(Debug)]
pub(crate) struct Enum {
    pub(crate) name: String,
    pub(crate) doc: Vec<String>,
    pub(crate) variants: Vec<String>,
    pub(crate) traits: Vec<&'static str>,
}

/// An accessor of a struct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// The method's name.
    pub(crate) name: String,
    /// The label the grammar gives, if any.
    pub(crate) label: Option<String>,
    pub(crate) ty: FieldType,
}

/// What an accessor returns, and how it finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldType {
    /// The first token of one of these kinds (the grammar's names, and the kinds).
    Token { names: Vec<String>, kinds: Vec<String> },
    /// Every child of this AST type.
    Many(String),
    /// One child of this AST type, found as `place` says.
    One(String, Place),
}

/// How a single child is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Place {
    /// The first child of the type.
    First,
    /// The `n`th child that can be of the `group` type, if it is of this one.
    Nth { group: String, n: usize },
    /// The first child before the first of these tokens (and `None` without such a token).
    Before(Vec<String>),
    /// The first child after the first of these tokens.
    After(Vec<String>),
}

/// The shared traits of `ast/traits.rs` and the accessors each one stands for.
pub(crate) const TRAITS: &[(&str, &[&str])] = &[
    ("HasAttrs", &["attrs"]),
    ("HasName", &["name"]),
    ("HasVisibility", &["visibility"]),
    ("HasGenericParams", &["generic_param_list", "where_clause"]),
    ("HasGenericArgs", &["generic_arg_list"]),
    ("HasTypeBounds", &["colon_token", "type_bound_list"]),
    ("HasModuleItem", &["items"]),
    ("HasLoopBody", &["label", "loop_body"]),
    ("HasArgList", &["arg_list"]),
];

/// Accessors written by hand in `ast/node_ext.rs`, where position alone cannot tell.
const MANUAL: &[(&str, &str)] = &[("Impl", "trait"), ("Impl", "self_ty"), ("MacroDef", "args"), ("MacroDef", "body")];

/// Operands found on either side of their node's `op` token: (node, label, before the op).
const AROUND_OP: &[(&str, &str, bool)] = &[
    ("RangeExpr", "start", true),
    ("RangeExpr", "end", false),
    ("RangePat", "start", true),
    ("RangePat", "end", false),
];

/// Lowers the text of the grammar.
pub(crate) fn lower(text: &str) -> anyhow::Result<Model> {
    let grammar: Grammar = text.parse().context("parsing the grammar")?;
    let docs = rule_docs(text);
    let mut order: Vec<&str> = docs.keys().map(String::as_str).collect();
    order.sort_by_key(|name| docs[*name].0);

    let mut nodes = Vec::new();
    let mut enums = Vec::new();
    for name in &order {
        let Some(node) = grammar.iter().find(|&node| grammar[node].name == *name) else {
            bail!("`{name}` looks like a rule but is not one");
        };
        let doc = docs[*name].1.clone();
        if doc.is_empty() {
            bail!("rule `{name}` has no comment above it to document it");
        }
        let rule = &grammar[node].rule;
        if let Some(variants) = enum_variants(&grammar, rule) {
            enums.push(Enum { name: name.to_string(), doc, variants, traits: Vec::new() });
        } else {
            let mut fields = Vec::new();
            lower_rule(&grammar, rule, None, false, &mut fields)?;
            let fields = dedup(name, fields)?;
            nodes.push(Node { name: name.to_string(), kind: upper_snake(name), doc, fields, traits: Vec::new() });
        }
    }
    if order.len() != grammar.iter().count() {
        bail!("every rule must start a line: `Name =`");
    }

    for node in &mut nodes {
        use_enum_fields(node, &enums);
        extract_traits(node);
        place_fields(node, &enums)?;
    }
    enum_traits(&nodes, &mut enums);
    let kinds = nodes.iter().map(|n| NodeKind { kind: n.kind.clone(), doc: n.doc.clone() }).collect();
    Ok(Model { kinds, nodes, enums })
}

/// The comment lines right above each `Name =` line, with the line number of the rule.
fn rule_docs(text: &str) -> BTreeMap<String, (usize, Vec<String>)> {
    let mut docs = BTreeMap::new();
    let mut comment: Vec<String> = Vec::new();
    for (line_number, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("//") {
            comment.push(rest.strip_prefix(' ').unwrap_or(rest).to_owned());
            continue;
        }
        let name: String = line.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let is_rule = !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && line[name.len()..].trim_start().starts_with('=');
        if is_rule {
            docs.insert(name, (line_number, std::mem::take(&mut comment)));
        }
        comment.clear();
    }
    docs
}

/// The variants, if the rule is a plain choice of nodes (a `';'` among them is no variant:
/// the empty statement stays a token).
fn enum_variants(grammar: &Grammar, rule: &Rule) -> Option<Vec<String>> {
    let Rule::Alt(alternatives) = rule else { return None };
    alternatives
        .iter()
        .filter(|rule| !matches!(rule, Rule::Token(token) if grammar[*token].name == ";"))
        .map(|rule| match rule {
            Rule::Node(node) => Some(grammar[*node].name.clone()),
            _ => None,
        })
        .collect()
}

/// Adds the accessors for `rule`, labelled `label`, under a repetition if `many`.
fn lower_rule(
    grammar: &Grammar,
    rule: &Rule,
    label: Option<&str>,
    many: bool,
    fields: &mut Vec<Field>,
) -> anyhow::Result<()> {
    match rule {
        Rule::Node(node) => {
            let ty = grammar[*node].name.clone();
            let name = match label {
                Some(label) => label.to_owned(),
                None if many => format!("{}s", field_name(&ty)),
                None => field_name(&ty),
            };
            let ty = if many { FieldType::Many(ty) } else { FieldType::One(ty, Place::First) };
            fields.push(Field { name, label: label.map(str::to_owned), ty });
        }
        Rule::Token(token) => {
            let text = &grammar[*token].name;
            let kind = token_kind(text).with_context(|| format!("unknown token `{text}`"))?;
            let name = match label {
                Some(label) => format!("{label}_token"),
                None => format!("{}_token", kind.strip_suffix("_KW").unwrap_or(&kind).to_ascii_lowercase()),
            };
            let ty = FieldType::Token { names: vec![text.clone()], kinds: vec![kind] };
            fields.push(Field { name, label: label.map(str::to_owned), ty });
        }
        Rule::Labeled { label, rule } => {
            if let Some(tokens) = token_choice(grammar, rule) {
                let kinds = tokens
                    .iter()
                    .map(|text| token_kind(text).with_context(|| format!("unknown token `{text}`")))
                    .collect::<anyhow::Result<_>>()?;
                let ty = FieldType::Token { names: tokens, kinds };
                fields.push(Field { name: format!("{label}_token"), label: Some(label.clone()), ty });
            } else {
                lower_rule(grammar, rule, Some(label), many, fields)?;
            }
        }
        Rule::Seq(rules) => {
            if let Some(element) = separated_list(rules) {
                return lower_rule(grammar, element, label, true, fields);
            }
            for rule in rules {
                lower_rule(grammar, rule, label, many, fields)?;
            }
        }
        Rule::Alt(rules) => {
            for rule in rules {
                lower_rule(grammar, rule, label, many, fields)?;
            }
        }
        Rule::Opt(rule) => lower_rule(grammar, rule, label, many, fields)?,
        Rule::Rep(rule) => lower_rule(grammar, rule, label, true, fields)?,
    }
    Ok(())
}

/// The element of `T (sep T)* sep?`, a separated list of nodes.
fn separated_list(rules: &[Rule]) -> Option<&Rule> {
    let (first, repeat, trailing) = match rules {
        [first, Rule::Rep(repeat)] => (first, repeat, None),
        [first, Rule::Rep(repeat), Rule::Opt(trailing)] => (first, repeat, Some(trailing)),
        _ => return None,
    };
    let Rule::Node(_) = first else { return None };
    let Rule::Seq(pair) = &**repeat else { return None };
    match pair.as_slice() {
        [Rule::Token(sep), element] if element == first => match trailing.map(|t| &**t) {
            None => Some(first),
            Some(Rule::Token(t)) if t == sep => Some(first),
            _ => None,
        },
        _ => None,
    }
}

/// The token names, if the rule is a choice of tokens.
fn token_choice(grammar: &Grammar, rule: &Rule) -> Option<Vec<String>> {
    let Rule::Alt(alternatives) = rule else { return None };
    alternatives
        .iter()
        .map(|rule| match rule {
            Rule::Token(token) => Some(grammar[*token].name.clone()),
            _ => None,
        })
        .collect()
}

/// The default accessor name of a child of type `ty`.
fn field_name(ty: &str) -> String {
    match lower_snake(ty).as_str() {
        "type" => "ty".to_owned(),
        name => name.to_owned(),
    }
}

/// Merges repeated accessors (a part that appears in two alternatives).
fn dedup(node: &str, fields: Vec<Field>) -> anyhow::Result<Vec<Field>> {
    let mut out: Vec<Field> = Vec::new();
    for field in fields {
        match out.iter_mut().find(|f| f.name == field.name) {
            None => out.push(field),
            Some(existing) => match (&mut existing.ty, &field.ty) {
                (FieldType::Token { names, kinds }, FieldType::Token { names: n2, kinds: k2 }) => {
                    for (name, kind) in n2.iter().zip(k2) {
                        if !kinds.contains(kind) {
                            names.push(name.clone());
                            kinds.push(kind.clone());
                        }
                    }
                }
                (a, b) if a == b => {}
                (FieldType::One(a, _), FieldType::Many(b)) if a == b => existing.ty = field.ty.clone(),
                (FieldType::Many(a), FieldType::One(b, _)) if a == b => {}
                _ => bail!("`{node}` has two parts called `{}` of different types", field.name),
            },
        }
    }
    Ok(out)
}

/// Replaces single children that together make up every variant of an enum with that enum
/// (`RecordFieldList` and `TupleFieldList` in `Struct` become a `FieldList`).
fn use_enum_fields(node: &mut Node, enums: &[Enum]) {
    for e in enums {
        let positions: Vec<usize> = e
            .variants
            .iter()
            .filter_map(|variant| {
                node.fields
                    .iter()
                    .position(|f| f.label.is_none() && f.ty == FieldType::One(variant.clone(), Place::First))
            })
            .collect();
        if positions.len() == e.variants.len() && positions.len() > 1 {
            let first = *positions.iter().min().unwrap_or(&0);
            let field =
                Field { name: field_name(&e.name), label: None, ty: FieldType::One(e.name.clone(), Place::First) };
            node.fields[first] = field;
            let mut rest: Vec<usize> = positions.into_iter().filter(|&p| p != first).collect();
            rest.sort_unstable();
            for p in rest.into_iter().rev() {
                node.fields.remove(p);
            }
        }
    }
}

/// Replaces the accessors a shared trait stands for with the trait.
fn extract_traits(node: &mut Node) {
    for &(name, methods) in TRAITS {
        if methods.iter().all(|m| node.fields.iter().any(|f| f.name == *m)) {
            node.fields.retain(|f| !methods.contains(&f.name.as_str()));
            node.traits.push(name);
        }
    }
    node.fields.retain(|f| !MANUAL.contains(&(node.name.as_str(), f.label.as_deref().unwrap_or(""))));
}

/// Every struct an AST type can be.
fn structs_of(ty: &str, enums: &[Enum]) -> BTreeSet<String> {
    match enums.iter().find(|e| e.name == ty) {
        Some(e) => e.variants.iter().flat_map(|v| structs_of(v, enums)).collect(),
        None => BTreeSet::from([ty.to_owned()]),
    }
}

/// Decides how each single child is found when several could be of the same kind.
fn place_fields(node: &mut Node, enums: &[Enum]) -> anyhow::Result<()> {
    let op_kinds = node.fields.iter().find_map(|f| match (&f.label, &f.ty) {
        (Some(label), FieldType::Token { kinds, .. }) if label == "op" => Some(kinds.clone()),
        _ => None,
    });
    let singles: Vec<(usize, String)> = node
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match &f.ty {
            FieldType::One(ty, _) => Some((i, ty.clone())),
            _ => None,
        })
        .collect();
    for &(i, ref ty) in &singles {
        let label = node.fields[i].label.clone().unwrap_or_default();
        if let Some(&(_, _, before)) = AROUND_OP.iter().find(|(n, l, _)| *n == node.name && *l == label) {
            let kinds = op_kinds.clone().with_context(|| format!("`{}` has no `op`", node.name))?;
            let place = if before { Place::Before(kinds) } else { Place::After(kinds) };
            node.fields[i].ty = FieldType::One(ty.clone(), place);
            continue;
        }
        let mine = structs_of(ty, enums);
        let group: Vec<&(usize, String)> = singles
            .iter()
            .filter(|(j, other)| {
                let around_op =
                    AROUND_OP.iter().any(|(n, l, _)| *n == node.name && Some(*l) == node.fields[*j].label.as_deref());
                !around_op && !structs_of(other, enums).is_disjoint(&mine)
            })
            .collect();
        if group.len() < 2 {
            continue;
        }
        let all: BTreeSet<String> = group.iter().flat_map(|(_, t)| structs_of(t, enums)).collect();
        let Some((_, widest)) = group.iter().find(|(_, t)| structs_of(t, enums) == all) else {
            bail!("`{}`: cannot tell apart the children of types {:?}; add a rule", node.name, group);
        };
        let n = group.iter().position(|(j, _)| *j == i).unwrap_or(0);
        node.fields[i].ty = FieldType::One(ty.clone(), Place::Nth { group: widest.clone(), n });
    }
    Ok(())
}

/// An enum has the traits all its variants have.
fn enum_traits(nodes: &[Node], enums: &mut [Enum]) {
    fn traits_of(name: &str, nodes: &[Node], enums: &[Enum]) -> BTreeSet<&'static str> {
        if let Some(node) = nodes.iter().find(|n| n.name == name) {
            return node.traits.iter().copied().collect();
        }
        let Some(e) = enums.iter().find(|e| e.name == name) else { return BTreeSet::new() };
        let mut variants = e.variants.iter().map(|v| traits_of(v, nodes, enums));
        let first = variants.next().unwrap_or_default();
        variants.fold(first, |acc, t| acc.intersection(&t).copied().collect())
    }
    let traits: Vec<Vec<&'static str>> = enums
        .iter()
        .map(|e| {
            let set = traits_of(&e.name, nodes, enums);
            TRAITS.iter().map(|(t, _)| *t).filter(|t| set.contains(t)).collect()
        })
        .collect();
    for (e, traits) in enums.iter_mut().zip(traits) {
        e.traits = traits;
    }
}

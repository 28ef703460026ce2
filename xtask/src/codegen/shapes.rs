//! The generator of `ast/generated/shapes.rs`: which children each node kind may have, and in
//! which order, for the tree-shape check of `crates/syntax/src/shape.rs`.
//!
//! Each rule of a node kind becomes a list of *parts* (the positions of the rule, as in a
//! Glushkov automaton): each part is a set of child kinds (a node, every kind an enum such as
//! `Expr` stands for, recursively, a token, or a labelled choice of tokens) and the set of parts
//! that may come after it somewhere in the rule (the transitive closure of "directly follows",
//! so that a part may follow itself under `*`). The check accepts the children of a node when
//! they are, in order, a subsequence of a sequence the rule describes: missing parts are not
//! reported, misplaced and foreign ones are.
//!
//! `TokenTree` is the one rule whose text does not say its children: any token and nested
//! token trees may be inside one.

use std::{collections::BTreeSet, fmt::Write as _};

use anyhow::{Context as _, bail};
use ungrammar::{Grammar, Node, Rule};

use super::{PREAMBLE, grammar::Model, tokens::token_kind, upper_snake};

/// Rules whose children are any tokens and nested nodes of their own kind.
const TOKEN_TREES: &[&str] = &["TokenTree"];

/// The most parts a rule may have (they are a `u64` bitset).
const MAX_PARTS: usize = 64;

/// One part of a rule: the kinds it accepts (a constant's name, or a list of kinds) and the
/// parts that may come after it.
struct Part {
    kinds: Kinds,
    later: u64,
}

/// The kinds of a part: one enum's kinds, by its constant, or a literal list.
enum Kinds {
    Enum(String),
    List(Vec<String>),
}

/// The parts of a subexpression of a rule, while they are being built.
struct Fragment {
    nullable: bool,
    first: u64,
    last: u64,
}

/// Builds the parts of one rule.
struct Builder<'a> {
    grammar: &'a Grammar,
    enums: &'a BTreeSet<String>,
    parts: Vec<Kinds>,
    /// `follow[p]`: the parts that may come directly after part `p`.
    follow: Vec<u64>,
    rule: String,
}

impl Builder<'_> {
    fn part(&mut self, kinds: Kinds) -> anyhow::Result<Fragment> {
        if self.parts.len() == MAX_PARTS {
            bail!("rule `{}` has more than {MAX_PARTS} parts", self.rule);
        }
        let bit = 1u64 << self.parts.len();
        self.parts.push(kinds);
        self.follow.push(0);
        Ok(Fragment { nullable: false, first: bit, last: bit })
    }

    /// Every part of `from` may be directly followed by every part of `to`.
    fn link(&mut self, from: u64, to: u64) {
        for (p, follow) in self.follow.iter_mut().enumerate() {
            if from & (1u64 << p) != 0 {
                *follow |= to;
            }
        }
    }

    fn lower(&mut self, rule: &Rule) -> anyhow::Result<Fragment> {
        match rule {
            Rule::Node(node) => {
                let name = &self.grammar[*node].name;
                let kinds = if self.enums.contains(name) {
                    Kinds::Enum(const_name(name))
                } else {
                    Kinds::List(vec![upper_snake(name)])
                };
                self.part(kinds)
            }
            Rule::Token(token) => {
                let kind = token_kind_of(self.grammar, *token)?;
                self.part(Kinds::List(vec![kind]))
            }
            Rule::Labeled { rule, .. } => self.lower(rule),
            Rule::Seq(rules) => {
                let mut acc = Fragment { nullable: true, first: 0, last: 0 };
                for rule in rules {
                    let next = self.lower(rule)?;
                    self.link(acc.last, next.first);
                    acc = Fragment {
                        nullable: acc.nullable && next.nullable,
                        first: if acc.nullable { acc.first | next.first } else { acc.first },
                        last: if next.nullable { acc.last | next.last } else { next.last },
                    };
                }
                Ok(acc)
            }
            Rule::Alt(rules) => {
                // A choice of tokens is one part: it follows and is followed by the same parts.
                let tokens: Option<Vec<ungrammar::Token>> = rules
                    .iter()
                    .map(|rule| match rule {
                        Rule::Token(token) => Some(*token),
                        _ => None,
                    })
                    .collect();
                if let Some(tokens) = tokens {
                    let kinds =
                        tokens.iter().map(|&t| token_kind_of(self.grammar, t)).collect::<anyhow::Result<_>>()?;
                    return self.part(Kinds::List(kinds));
                }
                let mut acc = Fragment { nullable: false, first: 0, last: 0 };
                for rule in rules {
                    let next = self.lower(rule)?;
                    acc = Fragment {
                        nullable: acc.nullable || next.nullable,
                        first: acc.first | next.first,
                        last: acc.last | next.last,
                    };
                }
                Ok(acc)
            }
            Rule::Opt(rule) => Ok(Fragment { nullable: true, ..self.lower(rule)? }),
            Rule::Rep(rule) => {
                let inner = self.lower(rule)?;
                self.link(inner.last, inner.first);
                Ok(Fragment { nullable: true, ..inner })
            }
        }
    }

    /// The parts, each with the parts that may come after it (directly or not).
    fn finish(self) -> Vec<Part> {
        let mut later = self.follow.clone();
        loop {
            let mut changed = false;
            for p in 0..later.len() {
                let mut reach = later[p];
                for (q, &after_q) in later.iter().enumerate() {
                    if later[p] & (1u64 << q) != 0 {
                        reach |= after_q;
                    }
                }
                if reach != later[p] {
                    later[p] = reach;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        self.parts.into_iter().zip(later).map(|(kinds, later)| Part { kinds, later }).collect()
    }
}

fn token_kind_of(grammar: &Grammar, token: ungrammar::Token) -> anyhow::Result<String> {
    let text = &grammar[token].name;
    token_kind(text).with_context(|| format!("unknown token `{text}`"))
}

/// The name of the constant holding the kinds of an enum: `Expr` -> `ANY_EXPR`.
fn const_name(name: &str) -> String {
    format!("ANY_{}", upper_snake(name))
}

/// Every kind an enum stands for: its variants' kinds, recursively, and its tokens (the `;` of
/// `Stmt`), in the order the grammar lists them.
fn enum_kinds(grammar: &Grammar, node: Node, enums: &BTreeSet<String>, out: &mut Vec<String>) -> anyhow::Result<()> {
    let data = &grammar[node];
    if !enums.contains(&data.name) {
        let kind = upper_snake(&data.name);
        if !out.contains(&kind) {
            out.push(kind);
        }
        return Ok(());
    }
    let Rule::Alt(alternatives) = &data.rule else { bail!("enum `{}` is not a choice", data.name) };
    for alternative in alternatives {
        match alternative {
            Rule::Node(variant) => enum_kinds(grammar, *variant, enums, out)?,
            Rule::Token(token) => {
                let kind = token_kind_of(grammar, *token)?;
                if !out.contains(&kind) {
                    out.push(kind);
                }
            }
            _ => bail!("enum `{}` has an alternative that is neither a node nor a token", data.name),
        }
    }
    Ok(())
}

/// The text of `ast/generated/shapes.rs`, before formatting.
pub(crate) fn generate_shapes(text: &str, model: &Model) -> anyhow::Result<String> {
    let grammar: Grammar = text.parse().context("parsing the grammar")?;
    let enums: BTreeSet<String> = model.enums.iter().map(|e| e.name.clone()).collect();
    let node_of = |name: &str| grammar.iter().find(|&node| grammar[node].name == name);

    let mut out = format!("{PREAMBLE}\n//!\n");
    out.push_str(
        "//! The shapes of the rules, for the tree-shape check of `shape.rs`: for each node kind, the\n\
         //! parts of its rule in order, each with the child kinds it accepts and the parts that may\n\
         //! come after it (bit `i` stands for part `i`).\n\n",
    );
    out.push_str("use crate::{SyntaxKind::{self, *}, shape::{Part, Shape}};\n\n");

    // The enums the rules use, as constants.
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut rules = Vec::new();
    for node in &model.nodes {
        let grammar_node = node_of(&node.name).with_context(|| format!("no rule `{}`", node.name))?;
        if TOKEN_TREES.contains(&node.name.as_str()) {
            rules.push((node.kind.clone(), None));
            continue;
        }
        let mut builder = Builder {
            grammar: &grammar,
            enums: &enums,
            parts: Vec::new(),
            follow: Vec::new(),
            rule: node.name.clone(),
        };
        builder.lower(&grammar[grammar_node].rule)?;
        let parts = builder.finish();
        for part in &parts {
            if let Kinds::Enum(name) = &part.kinds {
                used.insert(name.clone());
            }
        }
        rules.push((node.kind.clone(), Some(parts)));
    }
    for e in &model.enums {
        let name = const_name(&e.name);
        if used.contains(&name) {
            let grammar_node = node_of(&e.name).with_context(|| format!("no rule `{}`", e.name))?;
            let mut kinds = Vec::new();
            enum_kinds(&grammar, grammar_node, &enums, &mut kinds)?;
            if model.kinds.iter().any(|k| k.kind == name) {
                bail!("the constant `{name}` would hide the node kind of the same name");
            }
            let _ = writeln!(out, "/// The kinds of [`{0}`](crate::ast::{0}).", e.name);
            let _ = writeln!(out, "const {name}: &[SyntaxKind] = &[{}];\n", kinds.join(", "));
        }
    }

    out.push_str(
        "/// The shape of the children of a node of kind `kind`: the parts of its rule, any tokens\n\
         /// and token trees (`TOKEN_TREE`), or anything (`ERROR`, and kinds that are not nodes).\n",
    );
    out.push_str("pub(crate) fn shape(kind: SyntaxKind) -> Shape {\nlet parts: &'static [Part] = match kind {\n");
    for (kind, parts) in &rules {
        let Some(parts) = parts else {
            let _ = writeln!(out, "{kind} => return Shape::TokenTree,");
            continue;
        };
        let _ = writeln!(out, "{kind} => &[");
        for part in parts {
            let kinds = match &part.kinds {
                Kinds::Enum(name) => name.clone(),
                Kinds::List(kinds) => format!("&[{}]", kinds.join(", ")),
            };
            let _ = writeln!(out, "Part({kinds}, {:#b}),", part.later);
        }
        out.push_str("],\n");
    }
    out.push_str("_ => return Shape::Any,\n};\nShape::Parts(parts)\n}\n");
    Ok(out)
}

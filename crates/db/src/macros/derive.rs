//! The input of a derive: the item's tokens as the crate's cfg leaves them. rustc strips the
//! fields and variants that a `#[cfg]` disables (and applies `#[cfg_attr]` to them) before a
//! derive sees the item, so a derived impl never mentions a field that is not there.

use sem_sources::{CfgOptions, cfg::CfgExpr};
use sem_syntax::token_tree::{DelimiterKind, Leaf, Subtree, TokenTree};

/// `item` (a struct, enum or union) without the fields and variants whose `#[cfg(..)]` does not
/// hold under `cfg`, and with the `#[cfg_attr(..)]` of the rest applied (the fields of a
/// variant too). Everything before the item's keyword (its own attributes and visibility) is
/// kept as it is.
pub(crate) fn strip_disabled_fields<S: Copy>(item: &Subtree<S>, cfg: &CfgOptions) -> Subtree<S> {
    let trees = unwrap_invisible(item);
    let keyword = trees.iter().position(|tree| {
        matches!(tree, TokenTree::Leaf(Leaf::Ident(ident)) if matches!(ident.text.as_str(), "struct" | "enum" | "union"))
    });
    let Some(keyword) = keyword else { return item.clone() };
    let is_enum = matches!(&trees[keyword], TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == "enum");
    let mut out = Vec::with_capacity(trees.len());
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Subtree(group)
                if index > keyword
                    && matches!(group.delimiter.kind, DelimiterKind::Brace | DelimiterKind::Parenthesis) =>
            {
                out.push(TokenTree::Subtree(filter_entries(group, cfg, is_enum)));
            }
            _ => out.push(tree.clone()),
        }
    }
    Subtree { delimiter: item.delimiter, token_trees: out }
}

/// The trees of `item`, looking through invisible groups that hold nothing else.
fn unwrap_invisible<S: Copy>(item: &Subtree<S>) -> &[TokenTree<S>] {
    let mut current = item;
    while current.delimiter.kind == DelimiterKind::Invisible {
        match current.token_trees.as_slice() {
            [TokenTree::Subtree(inner)] => current = inner,
            _ => break,
        }
    }
    &current.token_trees
}

/// `group`'s comma-separated entries (fields, or variants with `nested`), those disabled by a
/// `#[cfg]` dropped and `#[cfg_attr]` applied; with `nested`, the field groups of each variant
/// are filtered too.
fn filter_entries<S: Copy>(group: &Subtree<S>, cfg: &CfgOptions, nested: bool) -> Subtree<S> {
    let mut out: Vec<TokenTree<S>> = Vec::with_capacity(group.token_trees.len());
    for entry in split_entries(&group.token_trees) {
        if entry.is_empty() {
            continue;
        }
        let Some(entry) = apply_attributes(entry, cfg) else { continue };
        if !out.is_empty() {
            out.push(comma(group.delimiter.close));
        }
        for tree in entry {
            match tree {
                TokenTree::Subtree(fields)
                    if nested && matches!(fields.delimiter.kind, DelimiterKind::Brace | DelimiterKind::Parenthesis) =>
                {
                    out.push(TokenTree::Subtree(filter_entries(&fields, cfg, false)));
                }
                other => out.push(other),
            }
        }
    }
    Subtree { delimiter: group.delimiter, token_trees: out }
}

/// One entry with its leading attributes looked at: `None` when a `#[cfg(..)]` does not hold,
/// else the entry with `#[cfg]` dropped and each `#[cfg_attr(p, a, ..)]` replaced by its
/// attributes when `p` holds (by nothing when it does not). Invalid predicates keep the entry.
fn apply_attributes<S: Copy>(entry: &[TokenTree<S>], cfg: &CfgOptions) -> Option<Vec<TokenTree<S>>> {
    let mut out = Vec::with_capacity(entry.len());
    let mut at = 0;
    while let (Some(hash), Some(TokenTree::Subtree(attr))) = (entry.get(at), entry.get(at + 1)) {
        if !is_punct(hash, '#') || attr.delimiter.kind != DelimiterKind::Bracket {
            break;
        }
        at += 2;
        match attr.token_trees.as_slice() {
            [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Subtree(args)] if name.text == "cfg" => {
                if CfgExpr::parse(&args.token_trees).eval(cfg) == Some(false) {
                    return None;
                }
            }
            [TokenTree::Leaf(Leaf::Ident(name)), TokenTree::Subtree(args)] if name.text == "cfg_attr" => {
                // Nested `cfg_attr`s applied too; problems are the collector's to report.
                for attribute in sem_sources::cfg::expand_cfg_attr(&args.token_trees, cfg, |_| {}) {
                    let is_cfg =
                        matches!(attribute.first(), Some(TokenTree::Leaf(Leaf::Ident(name))) if name.text == "cfg");
                    if is_cfg
                        && let Some(TokenTree::Subtree(args)) = attribute.get(1)
                        && CfgExpr::parse(&args.token_trees).eval(cfg) == Some(false)
                    {
                        return None;
                    }
                    out.push(hash.clone());
                    out.push(TokenTree::Subtree(Subtree { delimiter: attr.delimiter, token_trees: attribute }));
                }
            }
            _ => {
                out.push(hash.clone());
                out.push(TokenTree::Subtree(attr.clone()));
            }
        }
    }
    out.extend(entry[at..].iter().cloned());
    Some(out)
}

fn is_punct<S: Copy>(tree: &TokenTree<S>, char: char) -> bool {
    matches!(tree, TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == char)
}

/// A comma between kept entries; it gets the span of the group's closing delimiter, as the
/// commas of the source are dropped with their entries.
fn comma<S: Copy>(span: S) -> TokenTree<S> {
    TokenTree::Leaf(Leaf::Punct(sem_syntax::token_tree::Punct {
        char: ',',
        spacing: sem_syntax::token_tree::Spacing::Alone,
        span,
    }))
}

/// `trees` split at the commas outside angle brackets (`a: HashMap<K, V>, b: u8` is two
/// entries); `->` closes no bracket.
fn split_entries<S: Copy>(trees: &[TokenTree<S>]) -> Vec<&[TokenTree<S>]> {
    let mut entries = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, tree) in trees.iter().enumerate() {
        let TokenTree::Leaf(Leaf::Punct(punct)) = tree else { continue };
        match punct.char {
            '<' => depth += 1,
            '>' if index > 0 && is_punct(&trees[index - 1], '-') => {}
            '>' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                entries.push(&trees[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    entries.push(&trees[start..]);
    entries
}

/// `item` with its `cfg_attr`s applied and without its first outer attribute whose path is
/// `path` (`#[tokio::main]`): what an attribute macro is given, as rustc gives it.
/// Attributes are `#` and a bracketed group at the top of the item.
pub(crate) fn without_attribute<S: Copy>(
    item: &Subtree<S>,
    path: &[smol_str::SmolStr],
    cfg: &CfgOptions,
) -> Subtree<S> {
    let trees = unwrap_invisible(item);
    let applied = apply_attributes(trees, cfg).unwrap_or_else(|| trees.to_vec());
    let trees = applied.as_slice();
    let mut out = Vec::with_capacity(trees.len());
    let mut removed = false;
    let mut at = 0;
    while at < trees.len() {
        if !removed
            && is_punct(&trees[at], '#')
            && let Some(TokenTree::Subtree(group)) = trees.get(at + 1)
            && group.delimiter.kind == DelimiterKind::Bracket
            && attribute_path_is(&group.token_trees, path)
        {
            removed = true;
            at += 2;
            continue;
        }
        out.push(trees[at].clone());
        at += 1;
    }
    Subtree { delimiter: item.delimiter, token_trees: out }
}

/// Whether the tokens inside `#[..]` start with the path `path` (`tokio :: main`), followed by
/// nothing, a group or `=`.
fn attribute_path_is<S: Copy>(tokens: &[TokenTree<S>], path: &[smol_str::SmolStr]) -> bool {
    let mut at = 0;
    for (index, segment) in path.iter().enumerate() {
        if index > 0 {
            if !(tokens.get(at).is_some_and(|it| is_punct(it, ':'))
                && tokens.get(at + 1).is_some_and(|it| is_punct(it, ':')))
            {
                return false;
            }
            at += 2;
        }
        match tokens.get(at) {
            Some(TokenTree::Leaf(Leaf::Ident(ident))) if ident.text == *segment => at += 1,
            _ => return false,
        }
    }
    !matches!(tokens.get(at), Some(TokenTree::Leaf(Leaf::Ident(_))))
        && !tokens.get(at).is_some_and(|it| is_punct(it, ':'))
}

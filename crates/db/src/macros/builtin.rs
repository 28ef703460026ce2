//! Built-in macros that need the crate's inputs, expanded here rather than in `sem-expand`:
//! `cfg_select!` reads the crate's cfg set.
//!
//! A call names a built-in macro when the definition it resolves to carries
//! `#[rustc_builtin_macro]` (how `core` declares them), or when its single-segment name names
//! nothing else and is a built-in's name (the language prelude, which brings `core`'s built-ins
//! into every module, is not modelled as imports yet).

use sem_sources::{CfgOptions, cfg::CfgExpr};
use sem_syntax::token_tree::{DelimiterKind, Leaf, Spacing, Subtree, TokenTree};

/// The built-in macros expanded here.
const BUILTINS: [&str; 1] = ["cfg_select"];

/// Whether `name` is the name of a built-in macro expanded here.
pub(crate) fn is_builtin(name: &str) -> bool {
    BUILTINS.contains(&name)
}

/// Expands the built-in `name` with the call's input `args` (the tokens between its
/// delimiters) in a crate with the cfg set `cfg`.
pub(crate) fn expand_builtin(name: &str, args: &Subtree<()>, cfg: &CfgOptions) -> Result<Subtree<()>, String> {
    match name {
        "cfg_select" => cfg_select(args, cfg),
        _ => Err(format!("the built-in macro `{name}!` is not expanded yet")),
    }
}

/// `cfg_select! { predicate => { tokens } ... _ => { tokens } }`: the tokens of the first arm
/// whose predicate holds (`_` always does); an arm's right side is a braced group or, as in
/// expression position, the tokens up to the next `,`. None holding is an error, as in rustc.
fn cfg_select(args: &Subtree<()>, cfg: &CfgOptions) -> Result<Subtree<()>, String> {
    let trees = &args.token_trees;
    let mut at = 0;
    while at < trees.len() {
        // The predicate: everything up to `=>`.
        let start = at;
        while at < trees.len() && !is_fat_arrow(trees, at) {
            at += 1;
        }
        if at >= trees.len() {
            return Err("`cfg_select!`: expected `=>` after a predicate".to_owned());
        }
        let predicate = &trees[start..at];
        at += 2;
        let body: Vec<TokenTree<()>> = match trees.get(at) {
            Some(TokenTree::Subtree(group)) if group.delimiter.kind == DelimiterKind::Brace => {
                at += 1;
                group.token_trees.clone()
            }
            _ => {
                let body_start = at;
                while at < trees.len() && !is_punct(&trees[at], ',') {
                    at += 1;
                }
                trees[body_start..at].to_vec()
            }
        };
        if trees.get(at).is_some_and(|tree| is_punct(tree, ',')) {
            at += 1;
        }
        let holds = match predicate {
            [tree] if is_punct(tree, '_') => true,
            _ => {
                let expr = CfgExpr::parse(predicate);
                match expr.eval(cfg) {
                    Some(holds) => holds,
                    None => {
                        let reason = expr.invalid_reason().unwrap_or("invalid predicate");
                        return Err(format!("`cfg_select!`: invalid predicate: {reason}"));
                    }
                }
            }
        };
        if holds {
            let mut out = crate::items::empty_subtree();
            out.token_trees = body;
            return Ok(out);
        }
    }
    Err("`cfg_select!`: none of the predicates in this `cfg_select!` holds".to_owned())
}

fn is_punct(tree: &TokenTree<()>, char: char) -> bool {
    matches!(tree, TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == char)
}

/// Whether `=>` (joint `=` then `>`) starts at `at`.
fn is_fat_arrow(trees: &[TokenTree<()>], at: usize) -> bool {
    matches!(&trees[at], TokenTree::Leaf(Leaf::Punct(punct)) if punct.char == '=' && punct.spacing == Spacing::Joint)
        && trees.get(at + 1).is_some_and(|tree| is_punct(tree, '>'))
}

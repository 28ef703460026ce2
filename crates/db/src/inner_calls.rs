//! Macro calls inside items: in expressions, statements, patterns and types.
//!
//! Name resolution expands only the calls among items (a fragment's expansion points). The
//! calls inside an item are expanded when the HIR lowers the item's owner; each is an
//! [`ExpnId`] all the same ([`ExpnSite::Inner`]), numbered by its place in the pre-order of
//! [`inner_macro_calls`] over the item's syntax, so that the expander, its budgets, spans and
//! hygiene serve them as they serve the others. The number is a key without a position: an
//! edit that moves the call, or changes what it is given, keeps it.

use std::sync::Arc;

use sem_syntax::{
    SyntaxKind, SyntaxNode,
    ast::{self, AstNode, HasName},
};
use smol_str::SmolStr;

use crate::{
    Db,
    expansion::{CallKind, CallPosition, DefKind, ExpansionPoint, ExpnId, ExpnSite, collect_definitions},
    ids::{DefIndex, ItemIndex, LocalMacroIndex},
    macros::MacroSource,
};

/// What the grammar expects where a macro call inside an item stands: what its expansion is
/// parsed as.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum InnerCallKind {
    /// An expression.
    Expr,
    /// Statements, with an optional trailing expression: a call that is a statement of a block
    /// or its tail, as rustc parses any call at the start of a statement.
    Stmts,
    /// A pattern.
    Pat,
    /// A type.
    Type,
    /// Items: a call among the items of a module inside a block, or in a position the HIR does
    /// not lower.
    Items,
}

/// The macro calls inside the item `node`, in pre-order, each with what it expands to; the calls
/// of the items it holds that are items of their own in a fragment's summary (an `impl`'s or a
/// trait's associated items, an `extern` block's, an inline module's) are theirs, not its.
/// The HIR and [`inner_calls`] both number calls by this order.
pub fn inner_macro_calls(node: &SyntaxNode) -> Vec<(ast::MacroCall, InnerCallKind)> {
    let mut calls = Vec::new();
    let mut walk = node.preorder();
    while let Some(event) = walk.next() {
        let sem_syntax::WalkEvent::Enter(current) = event else { continue };
        if current == *node {
            continue;
        }
        match current.kind() {
            SyntaxKind::ASSOC_ITEM_LIST | SyntaxKind::EXTERN_ITEM_LIST | SyntaxKind::ITEM_LIST => {
                walk.skip_subtree();
            }
            SyntaxKind::MACRO_CALL => {
                walk.skip_subtree();
                let kind = call_kind(&current);
                if let Some(call) = ast::MacroCall::cast(current) {
                    calls.push((call, kind));
                }
            }
            _ => {}
        }
    }
    calls
}

/// The `macro_rules!` definitions inside the item `node` (in its bodies' blocks), in pre-order,
/// skipping what [`inner_macro_calls`] skips: the [`LocalMacroIndex`] order.
pub fn local_macro_rules(node: &SyntaxNode) -> Vec<ast::MacroRules> {
    let mut rules = Vec::new();
    let mut walk = node.preorder();
    while let Some(event) = walk.next() {
        let sem_syntax::WalkEvent::Enter(current) = event else { continue };
        if current == *node {
            continue;
        }
        match current.kind() {
            SyntaxKind::ASSOC_ITEM_LIST
            | SyntaxKind::EXTERN_ITEM_LIST
            | SyntaxKind::ITEM_LIST
            | SyntaxKind::MACRO_CALL => {
                walk.skip_subtree();
            }
            SyntaxKind::MACRO_RULES => {
                walk.skip_subtree();
                rules.extend(ast::MacroRules::cast(current));
            }
            _ => {}
        }
    }
    rules
}

/// The `macro_rules!` of an item's blocks that one of its calls sees, by name, outermost and
/// earliest first.
pub type VisibleLocalMacros = Arc<[(SmolStr, LocalMacroIndex)]>;

/// For each macro call inside item `item` of `fragment`'s fragment (in the order of
/// [`inner_macro_calls`]), the `macro_rules!` of the item's blocks it sees, by name, outermost
/// and earliest first: those before it in its block and in the blocks around it, as rustc's
/// textual scope has them. Empty when the item defines none (most items).
///
/// One walk per item rather than one per call; compared (names and indices, no positions).
#[salsa::tracked(returns(ref))]
pub fn local_macro_scopes(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Arc<[VisibleLocalMacros]> {
    let Some(node) = crate::span::item_syntax(db, fragment, item) else { return Arc::from([]) };
    let rules = local_macro_rules(&node);
    if rules.is_empty() {
        return Arc::from([]);
    }
    let index_of: rustc_hash::FxHashMap<_, _> = rules
        .iter()
        .enumerate()
        .map(|(index, rules)| (rules.syntax().text_range(), LocalMacroIndex::new(index)))
        .collect();
    inner_macro_calls(&node)
        .iter()
        .map(|(call, _)| {
            let mut levels = Vec::new();
            let mut child = call.syntax().clone();
            while let Some(parent) = child.parent() {
                if matches!(parent.kind(), SyntaxKind::STMT_LIST | SyntaxKind::MACRO_STMTS) {
                    let level: Vec<_> = parent
                        .children()
                        .take_while(|sibling| sibling.text_range().start() < child.text_range().start())
                        .filter_map(ast::MacroRules::cast)
                        .filter_map(|rules| {
                            let name = rules.name()?.text().as_str().into();
                            Some((name, *index_of.get(&rules.syntax().text_range())?))
                        })
                        .collect();
                    levels.push(level);
                }
                if parent == node {
                    break;
                }
                child = parent;
            }
            levels.into_iter().rev().flatten().collect()
        })
        .collect()
}

/// The `macro_rules!` named `name` that the call `expn` (a call inside an item) sees in the
/// blocks around it: in its own tree, then around the call whose expansion that tree is, and so
/// on out to the item's; the innermost and latest wins.
pub(crate) fn local_macro_in_scope(db: &dyn Db, expn: ExpnId, name: &str) -> Option<MacroSource> {
    let mut current = expn;
    while let ExpnSite::Inner { item, call } = current.site(db) {
        let parent = current.parent(db)?;
        if let Some(visible) = local_macro_scopes(db, parent, item).get(call.index())
            && let Some((_, local)) = visible.iter().rev().find(|(it, _)| it == name)
        {
            return Some(MacroSource { expansion: parent, item, local: Some(*local) });
        }
        current = parent;
    }
    None
}

/// What the call `call` expands to, from where it stands.
fn call_kind(call: &SyntaxNode) -> InnerCallKind {
    let Some(parent) = call.parent() else { return InnerCallKind::Items };
    match parent.kind() {
        SyntaxKind::MACRO_EXPR => match parent.parent().map(|it| it.kind()) {
            Some(SyntaxKind::EXPR_STMT | SyntaxKind::STMT_LIST | SyntaxKind::MACRO_STMTS) => InnerCallKind::Stmts,
            _ => InnerCallKind::Expr,
        },
        SyntaxKind::MACRO_PAT => InnerCallKind::Pat,
        SyntaxKind::MACRO_TYPE => InnerCallKind::Type,
        SyntaxKind::STMT_LIST | SyntaxKind::MACRO_STMTS => InnerCallKind::Stmts,
        _ => InnerCallKind::Items,
    }
}

/// The macro calls inside item `item` of `fragment`'s fragment, as expansion points, in the
/// order of [`inner_macro_calls`]: the [`ExpansionPoint`] of each [`ExpnSite::Inner`] expansion.
/// For the expansion of such a call, item 0 is the whole expansion.
///
/// Reads the fragment's syntax tree, so it runs again after any edit of the file; `returns(ref)`,
/// compared: the points hold no positions, so only a call added, removed or renamed changes the
/// value, and the expansions that read it are spared otherwise.
#[salsa::tracked(returns(ref))]
pub fn inner_calls(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Arc<[ExpansionPoint]> {
    let Some(node) = crate::span::item_syntax(db, fragment, item) else { return Arc::from([]) };
    let module = match fragment.site(db) {
        ExpnSite::Inner { .. } => None,
        ExpnSite::Point(_) => enclosing_module(db, fragment, item),
    };
    inner_macro_calls(&node)
        .into_iter()
        .map(|(call, kind)| ExpansionPoint::MacroCall {
            module,
            path: call.path().map(|path| crate::items::lower_path(&path)).unwrap_or_default(),
            item,
            inline_path: Vec::new(),
            kind: CallKind::Bang,
            position: CallPosition::Inner(kind),
        })
        .collect()
}

/// The inline module of `fragment`'s fragment that holds its item `item` (`None`: the
/// fragment's own module).
fn enclosing_module(db: &dyn Db, fragment: ExpnId, item: ItemIndex) -> Option<DefIndex> {
    let definitions = &collect_definitions(db, fragment).definitions;
    let mut current = definitions.iter().find(|definition| definition.item == item)?.parent;
    while let Some(index) = current {
        let definition = definitions.get(index.index())?;
        if definition.kind == DefKind::Module {
            return Some(index);
        }
        current = definition.parent;
    }
    None
}

#[cfg(test)]
mod tests;

//! Expanding the macro calls inside an owner's item while it is lowered: which tree is being
//! lowered (the item's, or an expansion's), where its ranges go in the lowered data's virtual
//! text, and the owner's budget of expansions. Signatures and bodies share it.

use rustc_hash::FxHashMap;
use sem_db::{
    CrateInput,
    expand::{ExpnId, InnerCallKind, inner_macro_calls},
    ids::{InnerCallIndex, ItemIndex},
    spans::{SpannedExpansion, SyntaxContext},
};
use sem_syntax::{SyntaxNode, TextRange, TextSize, ast, ast::AstNode};

use crate::{Db, ItemAst};

/// How many macro expansions one owner's lowering may make, nested ones included, and how
/// much text they may add up to: past either, calls stay unexpanded (a body says so with a
/// diagnostic). Far above real code, and they keep the virtual text within its 32 bits.
pub const MAX_BODY_EXPANSIONS: usize = 1 << 16;
pub const MAX_BODY_EXPANSION_TEXT: u32 = 1 << 28;

/// An expansion's tree and where its tokens come from.
pub(crate) type Expansion<'a> = (SyntaxNode, &'a SpannedExpansion);

/// The tree being lowered: the owner's item, or the expansion of a macro call inside it.
struct Tree<'a> {
    /// Whose inner calls this tree's calls are (`sem_db::expand::ExpnSite::Inner`): the owner's
    /// fragment and item, or the expansion and its one item, 0.
    fragment: ExpnId,
    item: ItemIndex,
    /// The tree's root.
    node: SyntaxNode,
    /// Where the tree's tokens come from, for their hygiene: an expansion's span map, and where
    /// the tree starts in that expansion's text; `None` for a file's item, all in the root
    /// context.
    spans: Option<(&'a SpannedExpansion, TextSize)>,
    /// The calls of the tree by where they start, with their number and what they expand to;
    /// found when the first call is met.
    calls: Option<FxHashMap<TextSize, (InnerCallIndex, InnerCallKind)>>,
    /// Where the tree's text starts, and where that is in the virtual text.
    start: TextSize,
    base: TextSize,
    /// The crate `$crate` names in the tree: that of the macro of the expansion.
    dollar_crate: Option<CrateInput>,
}

/// Where the tokens of `ast`'s item come from, when a macro wrote it and it has macro calls
/// inside: the expansion that holds it, and where the item starts there. The contexts of its
/// names matter then, to be compared with those of the names its calls' expansions write (a
/// parameter of a function a macro wrote, used inside a call's arguments); without calls, all
/// the item's names are compared with each other alone, and the root context does for all.
/// (The item's tree is cut out of that expansion's tree, so its offsets start at 0.)
fn item_spans(db: &dyn Db, ast: ItemAst) -> Option<(&SpannedExpansion, TextSize)> {
    let Some(sem_db::expand::ExpansionPoint::MacroCall { .. }) = sem_db::expand::expansion_point(db, ast.fragment)
    else {
        return None;
    };
    if sem_db::expand::inner_calls(db, ast.fragment, ast.item).is_empty() {
        return None;
    }
    match sem_db::spans::expansion_with_spans(db, ast.fragment) {
        Ok(Some(expansion @ SpannedExpansion::Tokens { item_ranges, .. })) => {
            Some((expansion, item_ranges.get(ast.item.index())?.start()))
        }
        _ => None,
    }
}

/// What [`Expander::enter`] replaced, for [`Expander::exit`].
pub(crate) struct Outer<'a>(Tree<'a>);

pub(crate) struct Expander<'a> {
    db: &'a dyn Db,
    tree: Tree<'a>,
    /// Where the next expansion's text goes in the virtual text.
    next_base: TextSize,
    /// How many more expansions the owner may make.
    expansions_left: usize,
    /// Whether the budget has stopped an expansion.
    pub(crate) limit_reached: bool,
    /// The expansions entered, each with the range its text takes in the virtual text.
    pub(crate) expansions: Vec<(TextRange, ExpnId)>,
}

impl<'a> Expander<'a> {
    /// An expander for the item `node`, the syntax of `ast`: its ranges are kept relative to
    /// its start, and its expansions' after its end.
    pub(crate) fn new(db: &'a dyn Db, ast: ItemAst, node: &SyntaxNode) -> Expander<'a> {
        let range = node.text_range();
        Expander {
            db,
            tree: Tree {
                fragment: ast.fragment,
                item: ast.item,
                node: node.clone(),
                spans: item_spans(db, ast),
                calls: None,
                start: range.start(),
                base: TextSize::new(0),
                dollar_crate: None,
            },
            next_base: range.len(),
            expansions_left: MAX_BODY_EXPANSIONS,
            limit_reached: false,
            expansions: Vec::new(),
        }
    }

    /// Where `range` of the tree being lowered is in the virtual text.
    pub(crate) fn range(&self, range: TextRange) -> TextRange {
        range - self.tree.start + self.tree.base
    }

    /// Whether the tokens of the tree being lowered may be in other contexts than the root:
    /// an expansion's, or an item a macro wrote that has macro calls inside.
    pub(crate) fn has_contexts(&self) -> bool {
        self.tree.spans.is_some()
    }

    /// The hygiene of the token at `range` of the tree being lowered (a range of the tree, not
    /// of the virtual text): the root context in the item's own text.
    pub(crate) fn context_at(&self, range: TextRange) -> SyntaxContext {
        let Some((spans, offset)) = self.tree.spans else { return SyntaxContext::Root };
        spans.span_at(range + offset).map_or(SyntaxContext::Root, |span| span.ctx)
    }

    /// The crate `$crate` names in the tree being lowered, when it is an expansion's.
    pub(crate) fn dollar_crate(&self) -> Option<CrateInput> {
        self.tree.dollar_crate
    }

    /// The expansion of the macro call `call` of the tree being lowered: its key, what it
    /// expands to, and the expansion's tree when it could be expanded and the budget allows;
    /// `None` when `call` is no call of the tree.
    pub(crate) fn expansion_of(
        &mut self,
        call: &ast::MacroCall,
    ) -> Option<(ExpnId, InnerCallKind, Option<Expansion<'a>>)> {
        let tree = &mut self.tree;
        let calls = tree.calls.get_or_insert_with(|| {
            inner_macro_calls(&tree.node)
                .into_iter()
                .enumerate()
                .map(|(index, (call, kind))| (call.syntax().text_range().start(), (InnerCallIndex::new(index), kind)))
                .collect()
        });
        let (index, kind) = *calls.get(&call.syntax().text_range().start())?;
        let expn = ExpnId::inner(self.db, tree.fragment, tree.item, index);
        let expansion = match sem_db::spans::expansion_with_spans(self.db, expn) {
            Ok(Some(expansion @ SpannedExpansion::Tokens { parse, .. })) => (parse.syntax_node(), expansion),
            _ => return Some((expn, kind, None)),
        };
        let text_left = MAX_BODY_EXPANSION_TEXT.saturating_sub(u32::from(self.next_base));
        if self.expansions_left == 0 || u32::from(expansion.0.text_range().len()) > text_left {
            self.limit_reached = true;
            return Some((expn, kind, None));
        }
        self.expansions_left -= 1;
        Some((expn, kind, Some(expansion)))
    }

    /// Makes `expansion`, the expansion of `expn`, the tree being lowered: its ranges go after
    /// what the virtual text holds so far. [`Expander::exit`] goes back.
    pub(crate) fn enter(&mut self, expn: ExpnId, expansion: &Expansion<'a>) -> Outer<'a> {
        let (root, spans) = expansion;
        let range = root.text_range();
        let base = self.next_base;
        self.next_base += range.len();
        self.expansions.push((TextRange::at(base, range.len()), expn));
        let dollar_crate = sem_db::expand::resolve_macro(self.db, expn).map(|source| source.expansion.krate(self.db));
        let tree = Tree {
            fragment: expn,
            item: ItemIndex::new(0),
            node: root.clone(),
            spans: Some((spans, range.start())),
            calls: None,
            start: range.start(),
            base,
            dollar_crate: dollar_crate.or(self.tree.dollar_crate),
        };
        Outer(std::mem::replace(&mut self.tree, tree))
    }

    /// Goes back to the tree [`Expander::enter`] left.
    pub(crate) fn exit(&mut self, outer: Outer<'a>) {
        self.tree = outer.0;
    }
}

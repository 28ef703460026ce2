//! The seed's `item_ast`: where an owner's syntax is.

use sem_db::{expand::ExpnId, ids::ItemIndex, nameres::DefId};
use sem_syntax::{GreenTree, SyntaxNode};

use crate::{
    Db,
    owner::{OwnerContainer, OwnerId, OwnerKind},
};

/// An owner's syntax as a stable pointer: the fragment (a file's, or a macro expansion's) that
/// holds the item, and the item's index in that fragment's pre-order of items; never a tree
/// (trees are evicted) nor a text range (ranges move with every edit above the item). With
/// the owner's kind and container, which lowering needs before it looks at the syntax.
///
/// The crate's cfg is applied: a disabled item is no owner at all, and what cfg disables
/// inside the item is left to lowering (`sem_db::expand::inactive_code`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ItemAst {
    /// The fragment that holds the item.
    pub fragment: ExpnId,
    /// The item in the fragment's item summary.
    pub item: ItemIndex,
    /// What kind of owner it is.
    pub kind: OwnerKind,
    /// Where it sits.
    pub container: OwnerContainer,
}

impl ItemAst {
    /// The item's syntax node: in its file's tree, or in the tree of the macro expansion that
    /// made it. `None` when the tree cannot be had any more (the expansion failed since).
    pub fn syntax(self, db: &dyn Db) -> Option<SyntaxNode> {
        sem_db::spans::item_syntax(db, self.fragment, self.item)
    }
}

/// Where `owner`'s syntax is; `None` when its crate has no such definition any more.
///
/// `returns(copy)`, compared: the pointer holds no position, so an edit inside the item, or
/// anywhere that moves no item of its fragment, leaves it equal and spares what reads it.
#[salsa::tracked(returns(copy))]
pub fn item_ast(db: &dyn Db, owner: OwnerId) -> Option<ItemAst> {
    let def = owner.def(db);
    let location = sem_db::nameres::find_expansion(db, def)?;
    let definition = sem_db::expand::collect_definitions(db, location.expansion).definition(location.index)?;
    let kind = OwnerKind::of(definition.kind)?;
    Some(ItemAst { fragment: location.expansion, item: definition.item, kind, container: container_of(db, def) })
}

/// Where the definition `def` sits, read from the definition its path's parent names.
fn container_of(db: &dyn Db, def: DefId) -> OwnerContainer {
    let path = def.path(db);
    let Some((_, parent_path)) = path.data.split_last() else { return OwnerContainer::Module };
    let parent = DefId::new(db, def.krate(db), sem_db::nameres::DefPath { data: parent_path.to_vec() });
    let Some(location) = sem_db::nameres::find_expansion(db, parent) else { return OwnerContainer::Module };
    let Some(definition) = sem_db::expand::collect_definitions(db, location.expansion).definition(location.index)
    else {
        return OwnerContainer::Module;
    };
    match definition.kind {
        sem_db::expand::DefKind::Trait => OwnerContainer::Trait(OwnerId::new_unchecked(db, parent)),
        sem_db::expand::DefKind::Impl => OwnerContainer::Impl(OwnerId::new_unchecked(db, parent)),
        sem_db::expand::DefKind::ForeignMod => OwnerContainer::Extern,
        _ => OwnerContainer::Module,
    }
}

/// The green tree of `owner`'s item alone, cut out of its file's (or expansion's) tree: the
/// syntax every per-owner lowering reads, so that an edit elsewhere in the file re-runs no
/// lowering of this owner. `SyntaxNode::new_root` makes it a tree whose offsets are relative
/// to the item's start.
///
/// `returns(clone)`, compared: after an edit of the file this re-runs for every owner of the
/// file (a lookup and a comparison), but the tree is equal unless the item's own text changed,
/// and only then does its lowering run again.
///
/// `lru = 2048`: the trees of every owner held at once are every file's tree, which `parse`
/// bounds with an LRU of its own; an owner's tree is needed while its signature and bodies are
/// lowered, right after each other. An evicted tree cannot be compared, so after an edit of
/// its file that owner is lowered again, and its compared results (`item_signature`, `body`)
/// spare everything after them.
#[salsa::tracked(returns(clone), lru = 2048)]
pub fn item_green_node(db: &dyn Db, owner: OwnerId) -> Option<GreenTree> {
    Some(GreenTree::new(item_ast(db, owner)?.syntax(db)?.green().into_owned()))
}

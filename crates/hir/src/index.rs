//! The seed's `item_hir`, `index_hir` and its projections: an owner's lowered signature and
//! bodies together, every node of the owner with a dense local id and its parent
//! ([`OwnerNodes`], [`HirId`]), the owner's own node and the owner's parent.
//!
//! Local ids are given in one fixed walk: the owner's node first, then each body in order, a
//! node before the nodes under it, children in the order of the syntax ([`crate::body::walk`]),
//! and a statement's or an arm's pattern before its expressions. An edit inside one owner
//! changes no other owner's ids, and one that leaves a body equal leaves its ids equal.
//!
//! Indexed so far: the owner, the expressions, statements, match arms, patterns, bindings and
//! labels of its bodies. The types and paths of signatures and bodies are not nodes of the
//! index yet.

#[cfg(test)]
mod tests;

use std::sync::Arc;

use la_arena::{Arena, ArenaMap, Idx};
use sem_db::nameres::{DefId, DefPath};

use crate::{
    Db, OwnerContainer, OwnerId, OwnerKind,
    body::{BindingId, Body, Expr, ExprId, LabelId, Pat, PatId, Stmt, body, walk},
    item_ast,
    signature::{ItemSignature, item_signature},
};

/// An owner's signature and bodies, lowered: the seed's `item_hir`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ItemHir {
    pub signature: Arc<ItemSignature>,
    pub body: Arc<Body>,
}

/// `owner`'s lowered signature and bodies; `None` when it has no syntax.
///
/// Compared, from the compared [`item_signature`] and [`body`]: an edit that changes neither
/// (a comment, white space) spares every reader.
#[salsa::tracked(returns(clone))]
pub fn item_hir(db: &dyn Db, owner: OwnerId) -> Option<Arc<ItemHir>> {
    Some(Arc::new(ItemHir { signature: item_signature(db, owner)?, body: body(db, owner)? }))
}

/// A node of an owner, by its local id.
pub type ItemLocalId = Idx<ParentedNode>;

/// A node anywhere in a crate: its owner and its local id there, as rustc's `HirId`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct HirId {
    pub owner: OwnerId,
    pub local_id: ItemLocalId,
}

/// The local id of every owner's own node.
pub fn owner_local_id() -> ItemLocalId {
    Idx::from_raw(la_arena::RawIdx::from_u32(0))
}

/// What a node is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum HirNode {
    /// The owner itself (local id 0).
    Owner,
    Expr(ExprId),
    /// The `index`-th statement of the block `block`.
    Stmt {
        block: ExprId,
        index: u32,
    },
    /// The `index`-th arm of the match `match_`.
    Arm {
        match_: ExprId,
        index: u32,
    },
    Pat(PatId),
    Binding(BindingId),
    Label(LabelId),
}

/// A node and its parent (`None` for the owner's own node).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ParentedNode {
    pub node: HirNode,
    pub parent: Option<ItemLocalId>,
}

/// Every node of one owner with its parent, and the local id of each expression, pattern,
/// binding and label.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct OwnerNodes {
    pub nodes: Arena<ParentedNode>,
    pub exprs: ArenaMap<ExprId, ItemLocalId>,
    pub pats: ArenaMap<PatId, ItemLocalId>,
    pub bindings: ArenaMap<BindingId, ItemLocalId>,
    pub labels: ArenaMap<LabelId, ItemLocalId>,
}

impl OwnerNodes {
    /// The parent of node `id`; `None` for the owner's own node or an id of no node.
    pub fn parent(&self, id: ItemLocalId) -> Option<ItemLocalId> {
        self.get(id)?.parent
    }

    /// What node `id` is.
    pub fn node(&self, id: ItemLocalId) -> Option<HirNode> {
        self.get(id).map(|node| node.node)
    }

    fn get(&self, id: ItemLocalId) -> Option<&ParentedNode> {
        ((id.into_raw().into_u32() as usize) < self.nodes.len()).then(|| &self.nodes[id])
    }
}

/// Every node of `owner` with its parent: the seed's `index_hir`; `None` when it has no
/// syntax.
///
/// Compared, from the compared [`body`]: a body edit that leaves the body equal leaves the
/// index equal, and one that changes it re-runs this owner's index alone.
#[salsa::tracked(returns(clone))]
pub fn index_hir(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerNodes>> {
    let body = body(db, owner)?;
    let mut indexer = Indexer { body: &body, nodes: OwnerNodes::default() };
    let root = indexer.push(HirNode::Owner, None);
    for body_root in &body.roots {
        if let Some(binding) = body_root.self_param {
            let id = indexer.push(HirNode::Binding(binding), Some(root));
            indexer.nodes.bindings.insert(binding, id);
        }
        for &param in &body_root.params {
            indexer.pat(param, root);
        }
        indexer.expr(body_root.value, root);
    }
    Some(Arc::new(indexer.nodes))
}

/// The nodes of `owner`: a projection of [`index_hir`] (the seed's `hir_owner_nodes`).
pub fn hir_owner_nodes(db: &dyn Db, owner: OwnerId) -> Option<Arc<OwnerNodes>> {
    index_hir(db, owner)
}

/// An owner's own node: what it is, where it sits, its signature.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct OwnerNode {
    pub kind: OwnerKind,
    pub container: OwnerContainer,
    pub signature: Arc<ItemSignature>,
}

/// `owner`'s own node (the seed's `hir_owner`): compared, and independent of the owner's
/// bodies, so an edit inside a body spares every reader of it.
#[salsa::tracked(returns(clone))]
pub fn hir_owner(db: &dyn Db, owner: OwnerId) -> Option<OwnerNode> {
    let ast = item_ast(db, owner)?;
    Some(OwnerNode { kind: ast.kind, container: ast.container, signature: item_signature(db, owner)? })
}

/// What an owner hangs under.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum OwnerParent {
    /// A module (the crate root is the empty path), for items of modules and of `extern`
    /// blocks in them.
    Module(DefId),
    /// A node of another owner: the trait or impl of an associated item (its own node).
    Node(HirId),
}

/// The parent of `owner` (the seed's `hir_owner_parent`): its trait's or impl's node, or the
/// module it is in. (Items of blocks, whose parent is a statement of another owner's body,
/// are not owners yet.)
///
/// A plain function of [`item_ast`] and the owner's path, both compared.
pub fn hir_owner_parent(db: &dyn Db, owner: OwnerId) -> Option<OwnerParent> {
    let ast = item_ast(db, owner)?;
    match ast.container {
        OwnerContainer::Trait(container) | OwnerContainer::Impl(container) => {
            Some(OwnerParent::Node(HirId { owner: container, local_id: owner_local_id() }))
        }
        OwnerContainer::Module | OwnerContainer::Extern => {
            let module = crate::resolver::owner_module(db, owner);
            let tree = sem_db::nameres::crate_module_tree(db, module.krate);
            let path = tree.modules.get(module.index.index()).map_or_else(DefPath::default, |it| it.def_path.clone());
            Some(OwnerParent::Module(DefId::new(db, module.krate, path)))
        }
    }
}

/// Every node of `owner` as text, one per line: its local id, what it is and its parent's id,
/// for snapshot tests.
pub fn dump_index(db: &dyn Db, owner: OwnerId) -> String {
    let (Some(nodes), Some(body)) = (index_hir(db, owner), body(db, owner)) else { return String::new() };
    let mut out = String::new();
    for (id, node) in nodes.nodes.iter() {
        let what = match node.node {
            HirNode::Owner => "owner".to_owned(),
            HirNode::Expr(expr) => {
                let text = format!("{:?}", body[expr]);
                let kind = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_owned();
                format!("expr {kind}")
            }
            HirNode::Stmt { index, .. } => format!("stmt #{index}"),
            HirNode::Arm { index, .. } => format!("arm #{index}"),
            HirNode::Pat(pat) => {
                let text = format!("{:?}", body[pat]);
                let kind = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_owned();
                format!("pat {kind}")
            }
            HirNode::Binding(binding) => format!("binding {}", body[binding].name),
            HirNode::Label(label) => format!("label {}", body[label].name),
        };
        let id = id.into_raw().into_u32();
        match node.parent {
            Some(parent) => out.push_str(&format!("{id} {what} <- {}\n", parent.into_raw().into_u32())),
            None => out.push_str(&format!("{id} {what}\n")),
        }
    }
    out
}

struct Indexer<'a> {
    body: &'a Body,
    nodes: OwnerNodes,
}

impl Indexer<'_> {
    fn push(&mut self, node: HirNode, parent: Option<ItemLocalId>) -> ItemLocalId {
        self.nodes.nodes.alloc(ParentedNode { node, parent })
    }

    /// Indexes expression `id` and what is under it in pre-order, with an explicit stack
    /// (bodies nest as deep as a chain of 100,000 `+`).
    fn expr(&mut self, id: ExprId, parent: ItemLocalId) {
        enum Work {
            Expr(ExprId, ItemLocalId),
            Pat(PatId, ItemLocalId),
            Stmt(ExprId, u32, ItemLocalId),
            Arm(ExprId, u32, ItemLocalId),
        }
        let body = self.body;
        let mut stack = vec![Work::Expr(id, parent)];
        while let Some(work) = stack.pop() {
            // What goes under the node, in order; pushed in reverse so that it is indexed in
            // order.
            let mut under: Vec<Work> = Vec::new();
            match work {
                Work::Pat(pat, parent) => self.pat(pat, parent),
                Work::Stmt(block, index, parent) => {
                    let local = self.push(HirNode::Stmt { block, index }, Some(parent));
                    let Expr::Block { stmts, .. } = &body[block] else { continue };
                    match &stmts[index as usize] {
                        Stmt::Let { pat, initializer, else_branch, .. } => {
                            under.push(Work::Pat(*pat, local));
                            under.extend(initializer.map(|it| Work::Expr(it, local)));
                            under.extend(else_branch.map(|it| Work::Expr(it, local)));
                        }
                        Stmt::Expr { expr, .. } => under.push(Work::Expr(*expr, local)),
                        Stmt::Item { .. } | Stmt::MacroCall { .. } => {}
                    }
                }
                Work::Arm(match_, index, parent) => {
                    let local = self.push(HirNode::Arm { match_, index }, Some(parent));
                    let Expr::Match { arms, .. } = &body[match_] else { continue };
                    let arm = &arms[index as usize];
                    under.push(Work::Pat(arm.pat, local));
                    under.extend(arm.guard.map(|it| Work::Expr(it, local)));
                    under.push(Work::Expr(arm.expr, local));
                }
                Work::Expr(expr, parent) => {
                    let local = self.push(HirNode::Expr(expr), Some(parent));
                    self.nodes.exprs.insert(expr, local);
                    match &body[expr] {
                        Expr::Block { label, stmts, tail, .. } => {
                            self.label(*label, local);
                            under.extend((0..stmts.len() as u32).map(|index| Work::Stmt(expr, index, local)));
                            under.extend(tail.map(|it| Work::Expr(it, local)));
                        }
                        Expr::Match { scrutinee, arms, .. } => {
                            under.push(Work::Expr(*scrutinee, local));
                            under.extend((0..arms.len() as u32).map(|index| Work::Arm(expr, index, local)));
                        }
                        Expr::Let { pat, expr: value } => {
                            under.push(Work::Pat(*pat, local));
                            under.push(Work::Expr(*value, local));
                        }
                        Expr::Loop { label, body: loop_body, .. } => {
                            self.label(*label, local);
                            under.push(Work::Expr(*loop_body, local));
                        }
                        Expr::Closure(closure) => {
                            under.extend(closure.params.iter().map(|&param| Work::Pat(param, local)));
                            under.push(Work::Expr(closure.body, local));
                        }
                        other => {
                            let mut children = Vec::new();
                            walk::expr_children(other, &mut children);
                            under.extend(children.into_iter().map(|child| Work::Expr(child, local)));
                        }
                    }
                }
            }
            stack.extend(under.into_iter().rev());
        }
    }

    fn label(&mut self, label: Option<LabelId>, parent: ItemLocalId) {
        if let Some(label) = label {
            let id = self.push(HirNode::Label(label), Some(parent));
            self.nodes.labels.insert(label, id);
        }
    }

    /// Indexes pattern `id`, its bindings and the patterns under it.
    fn pat(&mut self, id: PatId, parent: ItemLocalId) {
        let body = self.body;
        let mut stack = vec![(id, parent)];
        while let Some((pat, parent)) = stack.pop() {
            let local = self.push(HirNode::Pat(pat), Some(parent));
            self.nodes.pats.insert(pat, local);
            match &body[pat] {
                Pat::Bind { binding, .. } => {
                    let id = self.push(HirNode::Binding(*binding), Some(local));
                    self.nodes.bindings.insert(*binding, id);
                }
                Pat::ConstBlock(expr) => self.expr(*expr, local),
                _ => {}
            }
            let mut children = Vec::new();
            walk::pat_children(&body[pat], &mut children);
            stack.extend(children.into_iter().rev().map(|child| (child, local)));
        }
    }
}

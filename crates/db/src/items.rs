//! The item summary of a file: its items, as definition collection and name resolution read
//! them, without bodies and without text positions.
//!
//! A summary lists every item of the file (modules' items nested inside them), each with its
//! kind, name, visibility as written, attributes (every one but `doc`: `cfg`, `cfg_attr`,
//! `path`, `macro_use`, `derive`, and any attribute that may be a macro), the imports of a `use`
//! flattened into paths, and the token trees of macro calls and `macro_rules!` bodies. Function
//! bodies, types and expressions are left out: they belong to the owner's HIR.
//!
//! The summary holds no positions, so an edit that only moves items (whitespace, comments, a
//! function body) gives an equal summary, and salsa's early cutoff stops there: nothing that
//! reads it runs again. The positions are in [`ItemPositions`], a separate query, in the same
//! pre-order as [`ItemSummary::iter`].
//!
//! Invariants: the summary is plain owned data (no syntax nodes, no `Arc`s into trees), so it can
//! be compared, hashed and, later, persisted; and it is a function of the file's text and
//! edition alone (cfg is evaluated later, per crate, because a file may sit in several crates).

use std::{
    fmt::{self, Write as _},
    sync::Arc,
};

use sem_sources::Edition;
use sem_syntax::{
    SyntaxError, SyntaxKind, SyntaxNode, TextRange,
    ast::{self, AstNode, HasModuleItem, HasName},
    token_tree::{PackedTokens, Subtree, ToTokenTreeOptions, TokenTree, syntax_to_token_tree},
};
use smol_str::SmolStr;

use crate::{Db, inputs::SourceFile};

/// The items of one file, outermost first, in source order.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct ItemSummary {
    /// The file's own inner attributes (`#![no_std]`, `#![recursion_limit = "256"]`), in order,
    /// without `doc`: those of the crate when the file is a crate root, of the module otherwise.
    pub inner_attrs: Vec<RawAttr>,
    /// The top-level items.
    pub items: Vec<SummaryItem>,
}

/// One item of an [`ItemSummary`].
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct SummaryItem {
    /// What kind of item, with the parts of it resolution needs.
    pub kind: SummaryItemKind,
    /// The name it defines, as written without `r#`; `None` for items without one (`impl`,
    /// `use`, `extern` blocks, macro calls) and for names lost to a syntax error.
    pub name: Option<SmolStr>,
    /// The visibility as written.
    pub visibility: RawVisibility,
    /// Its attributes, outer then inner, in order, without `doc` attributes.
    pub attrs: Vec<RawAttr>,
    /// The item's tokens, which derive macros take as input: kept for a struct, enum or union
    /// with a `derive` (or a `cfg_attr` that holds one). Only there, since any edit inside such
    /// an item changes it. (An attribute macro, rarely registered, reads its item from the
    /// file's tree when it expands.)
    pub macro_input: Option<PackedTokens>,
}

/// The kinds of items, and what each brings beyond its name.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SummaryItemKind {
    Fn,
    Struct,
    Union,
    /// An enum and its variants (each a [`SummaryItem`] of kind `Variant`).
    Enum {
        variants: Vec<SummaryItem>,
    },
    Variant,
    /// A trait and its associated items.
    Trait {
        items: Vec<SummaryItem>,
    },
    TraitAlias,
    /// An `impl` block and its associated items.
    Impl {
        items: Vec<SummaryItem>,
    },
    TypeAlias,
    Const,
    Static,
    /// A module: inline, with its items, or out of line (`mod name;`), found in another file.
    Module {
        inline_items: Option<Vec<SummaryItem>>,
    },
    /// A `use` item, flattened: one import per leaf of its use tree.
    Use {
        imports: Vec<UseImport>,
    },
    /// `extern crate name [as alias];`: the item's name is the alias, or the crate's name.
    ExternCrate {
        crate_name: SmolStr,
    },
    /// An `extern` block and the items it declares.
    ExternBlock {
        items: Vec<SummaryItem>,
    },
    /// `macro_rules! name { body }`.
    MacroRules {
        body: PackedTokens,
    },
    /// `macro name(..) { .. }` (macros 2.0): the tokens after the name.
    MacroDef {
        body: PackedTokens,
    },
    /// A macro call in item position: `path!(args)`.
    MacroCall {
        path: ModPath,
        args: CallArgs,
    },
}

/// A macro call's input as a summary keeps it: an invisible group around the call's delimited
/// group.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallArgs {
    /// Packed, in the summaries of files: they live as long as the session and their calls are
    /// expanded once in a while.
    Packed(PackedTokens),
    /// As a tree, in the summaries of expansions: their calls are expanded right after (every
    /// step of a `tt`-muncher reads the input its previous step wrote), and packing each step
    /// only to unpack it at the next cost the growing chain bomb a fifth more time.
    Tree(Arc<Subtree<()>>),
}

impl CallArgs {
    /// The input as a tree, borrowed when it is kept as one.
    pub fn tree(&self) -> std::borrow::Cow<'_, Subtree<()>> {
        match self {
            CallArgs::Packed(packed) => std::borrow::Cow::Owned(packed.unpack()),
            CallArgs::Tree(tree) => std::borrow::Cow::Borrowed(tree),
        }
    }

    /// The tokens as text, as [`Subtree::to_text`] writes them.
    pub fn to_text(&self) -> String {
        self.tree().to_text()
    }
}

/// A visibility as written; resolving its path is for name resolution.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RawVisibility {
    /// No visibility: private to the module (or, for enum variants and trait items, that of
    /// their parent).
    Private,
    /// `pub`.
    Public,
    /// `pub(crate)`, or the old `crate` visibility.
    Crate,
    /// `pub(self)`.
    SelfModule,
    /// `pub(super)`.
    Super,
    /// `pub(in path)`.
    In(ModPath),
}

/// An attribute: its path and what follows the path.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct RawAttr {
    /// Whether it is an inner attribute (`#![..]`).
    pub is_inner: bool,
    /// The path: `cfg`, `derive`, `serde`, `tokio::main`.
    pub path: ModPath,
    /// What follows the path.
    pub input: AttrInput,
}

/// What follows an attribute's path.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttrInput {
    /// Nothing: `#[test]`.
    None,
    /// A delimited token tree: `#[cfg(unix)]` (the tree holds the group with its delimiters).
    TokenTree(Subtree<()>),
    /// `= expr`, as the expression's text: `#[path = "x.rs"]` gives `"x.rs"`.
    Value(SmolStr),
}

/// A path of names, as in `use` trees, visibilities, attributes and macro calls.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct ModPath {
    /// Whether it starts with `::`.
    pub is_global: bool,
    /// The segments, keywords included as written (`self`, `super`, `crate`, `$crate`, `Self`),
    /// identifiers without `r#`. Generic arguments are left out.
    pub segments: Vec<SmolStr>,
}

/// One import of a `use` item.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct UseImport {
    /// The path, with the prefixes of enclosing use-tree lists joined in: `use a::{b::c}` gives
    /// `a::b::c`, and `use a::{self}` gives `a::self`.
    pub path: ModPath,
    /// What is imported.
    pub kind: UseImportKind,
}

impl UseImport {
    /// The name a single import brings into scope: its alias (`use a::b as c;` brings `c`),
    /// else its last segment, or for `use a::{self};` the segment before (`a`); `None` for a
    /// glob or `as _`, which bring no name of their own.
    pub fn name(&self) -> Option<SmolStr> {
        let UseImportKind::Single { alias } = &self.kind else { return None };
        single_import_name(&self.path, alias.as_ref())
    }
}

/// The name a single import of `path` (`as alias`) brings: see [`UseImport::name`].
pub(crate) fn single_import_name(path: &ModPath, alias: Option<&SmolStr>) -> Option<SmolStr> {
    if let Some(alias) = alias {
        return Some(alias.clone());
    }
    match path.segments.as_slice() {
        [.., before, last] if last == "self" => Some(before.clone()),
        [.., last] if last != "self" => Some(last.clone()),
        _ => None,
    }
}

/// What a [`UseImport`] brings in.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UseImportKind {
    /// The last segment, under its own name or under `as name`.
    Single { alias: Option<SmolStr> },
    /// The last segment as `_`: its traits are in scope, its name is not.
    Underscore,
    /// `path::*`.
    Glob,
}

/// The text ranges of the items of an [`ItemSummary`], in the order of [`ItemSummary::iter`].
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ItemPositions {
    /// One range per item: the whole item, attributes included.
    pub ranges: Vec<TextRange>,
}

impl ItemSummary {
    /// The summary of `items` with the file's `inner_attrs`, every list in it shrunk to its
    /// length: summaries are kept for a whole session, and the room that growing lists leave
    /// was about a third of their memory (on the corpus, 159 of 355 MB of item lists and
    /// attributes).
    pub(crate) fn new(mut inner_attrs: Vec<RawAttr>, mut items: Vec<SummaryItem>) -> ItemSummary {
        shrink_attrs(&mut inner_attrs);
        let mut lists = vec![&mut items];
        while let Some(list) = lists.pop() {
            list.shrink_to_fit();
            for item in list.iter_mut() {
                shrink_attrs(&mut item.attrs);
                if let RawVisibility::In(path) = &mut item.visibility {
                    path.segments.shrink_to_fit();
                }
                match &mut item.kind {
                    SummaryItemKind::Use { imports } => {
                        imports.shrink_to_fit();
                        imports.iter_mut().for_each(|import| import.path.segments.shrink_to_fit());
                    }
                    SummaryItemKind::MacroCall { path, .. } => path.segments.shrink_to_fit(),
                    _ => {}
                }
                if let Some(children) = item.children_mut() {
                    lists.push(children);
                }
            }
        }
        ItemSummary { inner_attrs, items }
    }

    /// Every item, nested ones included, in pre-order (an item, then what it holds).
    pub fn iter(&self) -> impl Iterator<Item = &SummaryItem> {
        let mut stack: Vec<&SummaryItem> = self.items.iter().rev().collect();
        std::iter::from_fn(move || {
            let item = stack.pop()?;
            stack.extend(item.children().iter().rev());
            Some(item)
        })
    }

    /// The summary as indented text, one item per line: the format of the snapshot tests.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for attr in &self.inner_attrs {
            let _ = match &attr.input {
                AttrInput::None => writeln!(out, "#![{}]", attr.path),
                AttrInput::TokenTree(tt) => writeln!(out, "#![{}{}]", attr.path, tt.to_text()),
                AttrInput::Value(value) => writeln!(out, "#![{} = {value}]", attr.path),
            };
        }
        for item in &self.items {
            dump_item(item, 0, &mut out);
        }
        out
    }
}

impl SummaryItem {
    /// The items this one holds: an inline module's items, variants, associated items, the
    /// items of an `extern` block.
    pub fn children(&self) -> &[SummaryItem] {
        match &self.kind {
            SummaryItemKind::Enum { variants } => variants,
            SummaryItemKind::Trait { items } | SummaryItemKind::Impl { items } => items,
            SummaryItemKind::ExternBlock { items } => items,
            SummaryItemKind::Module { inline_items: Some(items) } => items,
            _ => &[],
        }
    }

    /// The attributes whose path is the single name `name` (`cfg`, `path`, `macro_use`).
    pub fn attrs_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a RawAttr> + 'a {
        self.attrs.iter().filter(move |attr| attr.is_named(name))
    }

    /// The list of items this one holds, to fill while lowering (see [`SummaryItem::children`]).
    fn children_mut(&mut self) -> Option<&mut Vec<SummaryItem>> {
        match &mut self.kind {
            SummaryItemKind::Enum { variants } => Some(variants),
            SummaryItemKind::Trait { items } | SummaryItemKind::Impl { items } => Some(items),
            SummaryItemKind::ExternBlock { items } => Some(items),
            SummaryItemKind::Module { inline_items: Some(items) } => Some(items),
            _ => None,
        }
    }
}

/// Shrinks a list of attributes and their paths to their lengths (see [`ItemSummary::new`]).
fn shrink_attrs(attrs: &mut Vec<RawAttr>) {
    attrs.shrink_to_fit();
    attrs.iter_mut().for_each(|attr| attr.path.segments.shrink_to_fit());
}

impl RawAttr {
    /// Whether the attribute's path is the single name `name` (`cfg`, not `::cfg` or `a::cfg`).
    pub fn is_named(&self, name: &str) -> bool {
        !self.path.is_global && self.path.segments.len() == 1 && self.path.segments[0] == name
    }
}

impl fmt::Display for ModPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_global {
            f.write_str("::")?;
        }
        for (i, segment) in self.segments.iter().enumerate() {
            if i > 0 {
                f.write_str("::")?;
            }
            f.write_str(segment)?;
        }
        Ok(())
    }
}

/// The item summary of `file` read in `edition`, without positions.
///
/// A projection of [`lower_file`]: it re-runs whenever the file changes, but its result
/// compares equal after any edit that leaves the items as they were (whitespace, comments,
/// bodies), and then salsa's early cutoff spares every query that reads it. `returns(deref)`:
/// callers borrow the summary, which it shares with [`lower_file`] rather than copying it.
/// `heap_size`: salsa's memory report counts the summary here (see [`crate::heap_size`]).
#[salsa::tracked(returns(deref), heap_size = crate::heap_size::heap_size)]
pub fn item_summary(db: &dyn Db, file: SourceFile, edition: Edition) -> Arc<ItemSummary> {
    Arc::clone(&lower_file(db, file, edition).summary)
}

/// The positions of the items of [`item_summary`], in the same order.
///
/// A projection of [`lower_file`] like it, so that readers of positions (diagnostics, the
/// source maps of the API) do not make readers of the summary depend on positions.
#[salsa::tracked(returns(ref), heap_size = crate::heap_size::heap_size)]
pub fn item_positions(db: &dyn Db, file: SourceFile, edition: Edition) -> ItemPositions {
    lower_file(db, file, edition).positions.clone()
}

/// What one parse of a file gives: the summary of its items, their positions, and the file's
/// syntax errors.
#[derive(Debug)]
pub(crate) struct LoweredFile {
    pub(crate) summary: Arc<ItemSummary>,
    pub(crate) positions: ItemPositions,
    pub(crate) errors: Arc<[SyntaxError]>,
}

/// The summary and the positions of `file` read in `edition`, and its syntax errors, from one
/// parse whose function bodies are parsed but not built
/// ([`sem_syntax::parse_source_file_without_bodies`]); the tree is dropped at the end.
///
/// Name resolution needs summaries, not trees, and no body: a body's items are not the
/// module's. Building bodies' nodes (most of a file's tree) only to drop them, or keeping every
/// file's tree until the next revision as [`crate::syntax::parse`] does within its LRU bound for
/// those who want trees, would cost several times the summaries (on the corpus, 739 MB of trees
/// against 143 MB of summaries). The bodies are still parsed, so the errors are the whole
/// file's, the same as a full parse's, and tools that count errors and resolve names parse each
/// file once ([`crate::syntax::syntax_errors`] is a projection of this query). A file that is
/// both summarized and looked at is parsed twice, the second time into a whole tree. The tree is
/// built with a node cache of its own, not the database's: what it shares dies with it, where
/// the database's caches would keep every token alive.
///
/// `no_eq`: the positions change with almost every edit, so comparing the whole would rarely
/// pay; the projections ([`item_summary`], [`item_positions`], `syntax_errors`) compare their
/// parts instead. `heap_size`: the positions and the errors; the summary is counted by
/// [`item_summary`], which shares it.
#[salsa::tracked(returns(ref), no_eq, heap_size = lowered_file_heap_size)]
pub(crate) fn lower_file(db: &dyn Db, file: SourceFile, edition: Edition) -> LoweredFile {
    let parse = sem_syntax::parse_source_file_without_bodies(file.text(db).get(), edition);
    let (summary, positions) = summarize_source_file(&parse.tree());
    LoweredFile { summary: Arc::new(summary), positions, errors: parse.errors().into() }
}

/// What [`lower_file`] holds on the heap beyond the summary (see there).
fn lowered_file_heap_size(value: &LoweredFile) -> usize {
    crate::heap_size::heap_size(&value.positions)
        + value.errors.iter().map(|error| size_of::<SyntaxError>() + error.message().len()).sum::<usize>()
}

/// Summarizes the items of a source file (an entry point of its own for tests and tools that
/// have a tree but no database).
pub fn summarize_source_file(file: &ast::SourceFile) -> (ItemSummary, ItemPositions) {
    let mut positions = ItemPositions::default();
    let mut items = Vec::new();
    lower_item_list(file.items(), None, &mut items, &mut positions);
    // The file's inner attributes belong to the module (or crate) it is, not to an item.
    let inner_attrs =
        file.syntax().children().filter_map(ast::Attr::cast).filter_map(|attr| lower_attr(&attr)).collect();
    positions.ranges.shrink_to_fit();
    (ItemSummary::new(inner_attrs, items), positions)
}

/// The outermost node below `root` whose range is `range` (an item's, from
/// [`ItemPositions`]), walking down through the children that contain it.
pub(crate) fn node_with_range(root: &SyntaxNode, range: text_size::TextRange) -> Option<SyntaxNode> {
    let mut node = root.children().find(|child| child.text_range().contains_range(range))?;
    while node.text_range() != range {
        node = node.children().find(|child| child.text_range().contains_range(range))?;
    }
    Some(node)
}

/// Summarizes the items of a macro expansion parsed as items in `edition` (a `MACRO_ITEMS`
/// node, of [`sem_syntax::TopEntryPoint::MacroItems`] or `MacroItemsWithoutBodies`); any other
/// node gives an empty summary.
pub fn summarize_macro_items(node: &SyntaxNode, edition: Edition) -> ItemSummary {
    summarize_macro_items_with_positions(node, &[], edition).0
}

/// [`summarize_macro_items`], with the items' ranges in the expansion's text. `groups` are the
/// delimited groups of the token tree the expansion was parsed from, with their ranges in its
/// text (what `token_tree_to_syntax_with_groups` gives; empty when there is none): the input of
/// each macro call is taken from its group rather than read back from the syntax, the same
/// tokens at a fraction of the cost.
pub(crate) fn summarize_macro_items_with_positions(
    node: &SyntaxNode,
    groups: &[(TextRange, &Subtree<()>)],
    edition: Edition,
) -> (ItemSummary, ItemPositions) {
    let mut positions = ItemPositions::default();
    let mut items = Vec::new();
    if let Some(list) = ast::MacroItems::cast(node.clone()) {
        lower_item_list(list.items(), Some(ExpansionGroups { groups, edition }), &mut items, &mut positions);
    }
    positions.ranges.shrink_to_fit();
    (ItemSummary::new(Vec::new(), items), positions)
}

/// The groups of a `macro` 2.0 item after its name: the optional argument group and the body.
pub(crate) fn macro_def_groups(node: &SyntaxNode) -> impl Iterator<Item = SyntaxNode> {
    let name_end = node.children().find(|it| it.kind() == SyntaxKind::NAME).map(|it| it.text_range().end());
    node.children().filter(move |it| {
        it.kind() == SyntaxKind::TOKEN_TREE && name_end.is_none_or(|end| it.text_range().start() >= end)
    })
}

/// The delimited groups of the token tree an expansion was parsed from, with their ranges in its
/// text, and the edition it was parsed in: where the summary of an expansion takes its macro
/// calls' inputs from (see [`call_input`]).
#[derive(Clone, Copy)]
struct ExpansionGroups<'a> {
    groups: &'a [(TextRange, &'a Subtree<()>)],
    edition: Edition,
}

/// Appends the summaries of `source` to `out`, recording positions in pre-order. `groups` is
/// `None` for a file, whose calls' inputs are packed, and the groups of the token tree for an
/// expansion, whose calls' inputs are kept as trees and taken from `groups` where they are there
/// (see [`call_input`]).
///
/// Nested items (inline modules, associated items...) are lowered with an explicit stack of
/// lists still being walked, each with the index path of the list it fills, so that a file of
/// deeply nested modules cannot overflow the stack.
fn lower_item_list(
    source: impl Iterator<Item = ast::Item>,
    groups: Option<ExpansionGroups<'_>>,
    out: &mut Vec<SummaryItem>,
    positions: &mut ItemPositions,
) {
    let top: Vec<SyntaxNode> = source.map(|item| item.syntax().clone()).collect();
    let mut stack: Vec<(Vec<usize>, std::vec::IntoIter<SyntaxNode>)> = vec![(Vec::new(), top.into_iter())];
    while let Some((path, nodes)) = stack.last_mut() {
        let Some(node) = nodes.next() else {
            stack.pop();
            continue;
        };
        let Some((item, children)) = lower_one(&node, groups) else { continue };
        positions.ranges.push(node.text_range());
        let mut child_path = path.clone();
        let siblings = children_at(out, &child_path);
        siblings.push(item);
        child_path.push(siblings.len() - 1);
        if !children.is_empty() {
            stack.push((child_path, children.into_iter()));
        }
    }
}

/// The list of children of the item at `path` (indices from the top-level list), or the top
/// level itself for an empty path.
fn children_at<'a>(top: &'a mut Vec<SummaryItem>, path: &[usize]) -> &'a mut Vec<SummaryItem> {
    let mut list = top;
    for &index in path {
        list = list[index].children_mut().expect("only items that hold items get children");
    }
    list
}

/// The summary of one item node (with its children left empty) and the nodes of its children,
/// or `None` for a node that is no item.
fn lower_one(node: &SyntaxNode, groups: Option<ExpansionGroups<'_>>) -> Option<(SummaryItem, Vec<SyntaxNode>)> {
    let nodes = |it: Option<Vec<SyntaxNode>>| it.unwrap_or_default();
    let (kind, children) = match node.kind() {
        SyntaxKind::FN => (SummaryItemKind::Fn, Vec::new()),
        SyntaxKind::STRUCT => (SummaryItemKind::Struct, Vec::new()),
        SyntaxKind::UNION => (SummaryItemKind::Union, Vec::new()),
        SyntaxKind::ENUM => {
            let variants = ast::Enum::cast(node.clone())?
                .variant_list()
                .map(|list| list.variants().map(|it| it.syntax().clone()).collect());
            (SummaryItemKind::Enum { variants: Vec::new() }, nodes(variants))
        }
        SyntaxKind::VARIANT => (SummaryItemKind::Variant, Vec::new()),
        SyntaxKind::TRAIT => {
            let items = ast::Trait::cast(node.clone())?
                .assoc_item_list()
                .map(|list| list.assoc_items().map(|it| it.syntax().clone()).collect());
            (SummaryItemKind::Trait { items: Vec::new() }, nodes(items))
        }
        SyntaxKind::TRAIT_ALIAS => (SummaryItemKind::TraitAlias, Vec::new()),
        SyntaxKind::IMPL => {
            let items = ast::Impl::cast(node.clone())?
                .assoc_item_list()
                .map(|list| list.assoc_items().map(|it| it.syntax().clone()).collect());
            (SummaryItemKind::Impl { items: Vec::new() }, nodes(items))
        }
        SyntaxKind::TYPE_ALIAS => (SummaryItemKind::TypeAlias, Vec::new()),
        SyntaxKind::CONST => (SummaryItemKind::Const, Vec::new()),
        SyntaxKind::STATIC => (SummaryItemKind::Static, Vec::new()),
        SyntaxKind::MODULE => {
            let module = ast::Module::cast(node.clone())?;
            match module.item_list() {
                Some(list) => (
                    SummaryItemKind::Module { inline_items: Some(Vec::new()) },
                    list.items().map(|it| it.syntax().clone()).collect(),
                ),
                None => (SummaryItemKind::Module { inline_items: None }, Vec::new()),
            }
        }
        SyntaxKind::USE => {
            let mut imports = Vec::new();
            if let Some(tree) = ast::Use::cast(node.clone())?.use_tree() {
                lower_use_tree(&tree, &mut imports);
            }
            (SummaryItemKind::Use { imports }, Vec::new())
        }
        SyntaxKind::EXTERN_CRATE => {
            let extern_crate = ast::ExternCrate::cast(node.clone())?;
            let crate_name = extern_crate.name_ref().map(|it| unraw(&it.text())).unwrap_or_default();
            (SummaryItemKind::ExternCrate { crate_name }, Vec::new())
        }
        SyntaxKind::EXTERN_BLOCK => {
            let items = ast::ExternBlock::cast(node.clone())?
                .extern_item_list()
                .map(|list| list.extern_items().map(|it| it.syntax().clone()).collect());
            (SummaryItemKind::ExternBlock { items: Vec::new() }, nodes(items))
        }
        SyntaxKind::MACRO_RULES => {
            let body = ast::MacroRules::cast(node.clone())?.token_tree();
            (SummaryItemKind::MacroRules { body: (&token_tree(body.as_ref().map(AstNode::syntax))).into() }, Vec::new())
        }
        SyntaxKind::MACRO_DEF => {
            let body = macro_def_groups(node).map(|it| token_tree(Some(&it))).fold(empty_subtree(), |mut all, part| {
                all.token_trees.extend(part.token_trees);
                all
            });
            (SummaryItemKind::MacroDef { body: (&body).into() }, Vec::new())
        }
        SyntaxKind::MACRO_CALL => {
            let call = ast::MacroCall::cast(node.clone())?;
            let path = call.path().map(|it| lower_path(&it)).unwrap_or_default();
            let args = call_input(&call, groups);
            (SummaryItemKind::MacroCall { path, args }, Vec::new())
        }
        _ => return None,
    };
    let name = match &kind {
        SummaryItemKind::ExternCrate { crate_name } => {
            let alias = ast::ExternCrate::cast(node.clone()).and_then(|it| it.rename());
            match alias {
                Some(rename) => rename_name(&rename),
                None => Some(crate_name.clone()),
            }
        }
        _ => node
            .children()
            .find(|it| it.kind() == SyntaxKind::NAME)
            .and_then(ast::Name::cast)
            .map(|it| unraw(&it.text())),
    };
    let visibility =
        node.children().find_map(ast::Visibility::cast).map_or(RawVisibility::Private, |it| lower_visibility(&it));
    let attrs = lower_attrs(node);
    let derivable = matches!(kind, SummaryItemKind::Struct | SummaryItemKind::Union | SummaryItemKind::Enum { .. });
    let may_derive =
        |attr: &RawAttr| attr.is_named("derive") || (attr.is_named("cfg_attr") && mentions_derive(&attr.input));
    let macro_input = (derivable && attrs.iter().any(may_derive)).then(|| (&token_tree(Some(node))).into());
    Some((SummaryItem { kind, name, visibility, attrs, macro_input }, children))
}

/// The attributes of an item node: its outer attributes, then the inner ones that open its body
/// (`mod m { #![cfg(test)] }`, and a function's: `fn f() { #![cfg(test)] }` is the function's
/// attribute in rustc), without `doc`.
fn lower_attrs(node: &SyntaxNode) -> Vec<RawAttr> {
    // Only the attributes that open the item are its own: one the parser's recovery left
    // further in (`const C: T = #[inline] fn ...`) is an error that applies to nothing.
    let outer = node
        .children_with_tokens()
        .filter(|child| !matches!(child.kind(), SyntaxKind::WHITESPACE | SyntaxKind::COMMENT))
        .map_while(|child| child.into_node().and_then(ast::Attr::cast));
    let body = node.children().find_map(|it| match it.kind() {
        SyntaxKind::ITEM_LIST
        | SyntaxKind::ASSOC_ITEM_LIST
        | SyntaxKind::EXTERN_ITEM_LIST
        | SyntaxKind::VARIANT_LIST => Some(it),
        SyntaxKind::BLOCK_EXPR if node.kind() == SyntaxKind::FN => {
            it.children().find(|block| block.kind() == SyntaxKind::STMT_LIST)
        }
        _ => None,
    });
    // Only the inner attributes that open the body are the item's, as in rustc: one after a
    // statement, an item or an outer attribute is an error and applies to nothing.
    let inner = body.into_iter().flat_map(|body| {
        body.children().map_while(ast::Attr::cast).take_while(|attr| attr.bang_token().is_some()).collect::<Vec<_>>()
    });
    outer.chain(inner).filter_map(|attr| lower_attr(&attr)).collect()
}

pub(crate) fn lower_attr(attr: &ast::Attr) -> Option<RawAttr> {
    let meta = attr.meta()?;
    let path = lower_path(&meta.path()?);
    if !path.is_global && path.segments == ["doc"] {
        return None;
    }
    let input = if let Some(tree) = meta.token_tree() {
        AttrInput::TokenTree(token_tree(Some(tree.syntax())))
    } else if let Some(expr) = meta.expr() {
        AttrInput::Value(expr.syntax().text().to_string().into())
    } else {
        AttrInput::None
    };
    Some(RawAttr { is_inner: attr.bang_token().is_some(), path, input })
}

fn lower_visibility(visibility: &ast::Visibility) -> RawVisibility {
    if visibility.pub_token().is_none() {
        // The old `crate` visibility.
        return if visibility.crate_token().is_some() { RawVisibility::Crate } else { RawVisibility::Private };
    }
    let Some(path) = visibility.path() else { return RawVisibility::Public };
    let path = lower_path(&path);
    if visibility.in_token().is_some() {
        return RawVisibility::In(path);
    }
    match path.segments.as_slice() {
        [only] if only == "crate" => RawVisibility::Crate,
        [only] if only == "self" => RawVisibility::SelfModule,
        [only] if only == "super" => RawVisibility::Super,
        _ => RawVisibility::In(path),
    }
}

/// A path's segments, outermost first, without generic arguments. Written iteratively: a path
/// is a left-leaning chain of qualifiers, as long as the source makes it.
pub(crate) fn lower_path(path: &ast::Path) -> ModPath {
    let mut segments = Vec::new();
    let mut current = Some(path.clone());
    let mut is_global = false;
    while let Some(path) = current {
        if let Some(segment) = path.segment() {
            let text = segment.name_ref().map(|it| unraw(&it.text())).unwrap_or_default();
            segments.push(text);
            // `::a` has the `::` in its only segment.
            if path.qualifier().is_none() && segment.colon2_token().is_some() {
                is_global = true;
            }
        }
        current = path.qualifier();
    }
    segments.reverse();
    ModPath { is_global, segments }
}

/// The imports of a `use` item, its tree flattened (`use a::{b, c::*}` is `a::b` and `a::c::*`):
/// what a `use` of a block brings, for the HIR.
pub fn use_imports(item: &ast::Use) -> Vec<UseImport> {
    let mut imports = Vec::new();
    if let Some(tree) = item.use_tree() {
        lower_use_tree(&tree, &mut imports);
    }
    imports
}

/// Flattens a use tree into imports. Iterative, for the same reason as [`lower_path`].
fn lower_use_tree(tree: &ast::UseTree, imports: &mut Vec<UseImport>) {
    let mut stack = vec![(ModPath::default(), tree.clone())];
    while let Some((prefix, tree)) = stack.pop() {
        let mut path = prefix;
        if let Some(own) = tree.path() {
            let own = lower_path(&own);
            path.is_global |= own.is_global && path.segments.is_empty();
            path.segments.extend(own.segments);
        } else if tree.colon2_token().is_some() && path.segments.is_empty() {
            // `use ::{a, b}` and `use ::*`.
            path.is_global = true;
        }
        if let Some(list) = tree.use_tree_list() {
            let children: Vec<ast::UseTree> = list.use_trees().collect();
            for child in children.into_iter().rev() {
                stack.push((path.clone(), child));
            }
        } else if tree.star_token().is_some() {
            imports.push(UseImport { path, kind: UseImportKind::Glob });
        } else {
            let kind = match tree.rename() {
                Some(rename) if rename.underscore_token().is_some() => UseImportKind::Underscore,
                Some(rename) => UseImportKind::Single { alias: rename_name(&rename) },
                None => UseImportKind::Single { alias: None },
            };
            imports.push(UseImport { path, kind });
        }
    }
}

/// The name of `as name`, or `_`.
fn rename_name(rename: &ast::Rename) -> Option<SmolStr> {
    if rename.underscore_token().is_some() {
        return Some("_".into());
    }
    rename.name().map(|it| unraw(&it.text()))
}

/// An identifier without its `r#`.
fn unraw(text: &str) -> SmolStr {
    text.strip_prefix("r#").unwrap_or(text).into()
}

pub(crate) fn empty_subtree() -> Subtree<()> {
    use sem_syntax::token_tree::{Delimiter, DelimiterKind};
    Subtree { delimiter: Delimiter { kind: DelimiterKind::Invisible, open: (), close: () }, token_trees: Vec::new() }
}

/// The token tree of a `TOKEN_TREE` node, without spans (positions live apart), or an empty one.
/// The attributes rustc defines (and the tools it knows), which are never attribute macros.
const BUILTIN_ATTRIBUTES: &[&str] = &[
    "allow",
    "automatically_derived",
    "bench",
    "cfg",
    "cfg_attr",
    "cold",
    "collapse_debuginfo",
    "crate_name",
    "crate_type",
    "debugger_visualizer",
    "default",
    "deny",
    "deprecated",
    "derive",
    "doc",
    "expect",
    "export_name",
    "feature",
    "forbid",
    "global_allocator",
    "ignore",
    "inline",
    "instruction_set",
    "link",
    "link_name",
    "link_ordinal",
    "link_section",
    "macro_escape",
    "macro_export",
    "macro_use",
    "must_use",
    "naked",
    "no_builtins",
    "no_core",
    "no_implicit_prelude",
    "no_link",
    "no_main",
    "no_mangle",
    "no_std",
    "non_exhaustive",
    "panic_handler",
    "path",
    "proc_macro",
    "proc_macro_attribute",
    "proc_macro_derive",
    "recursion_limit",
    "repr",
    "should_panic",
    "stable",
    "target_feature",
    "test",
    "test_runner",
    "track_caller",
    "type_length_limit",
    "unsafe",
    "unstable",
    "used",
    "warn",
    "windows_subsystem",
    "const_trait",
    "const_stable",
    "const_unstable",
    "fundamental",
    "lang",
    "marker",
    "may_dangle",
    "optimize",
    "coverage",
    "patchable_function_entry",
];

/// The first segments of tool attributes (`#[rustfmt::skip]`, `#[clippy::allow(..)]`).
const TOOLS: &[&str] = &["clippy", "diagnostic", "miri", "rust_analyzer", "rustdoc", "rustfmt"];

/// Whether `attr` may name an attribute macro: not a built-in attribute (or a `rustc_` one),
/// nor a tool's.
pub(crate) fn may_be_attribute_macro(attr: &RawAttr) -> bool {
    match attr.path.segments.as_slice() {
        [] => false,
        [name] => !BUILTIN_ATTRIBUTES.contains(&name.as_str()) && !name.starts_with("rustc_"),
        [first, ..] => !TOOLS.contains(&first.as_str()),
    }
}

/// Whether the tokens of an attribute's input hold the identifier `derive` (at any depth: a
/// `cfg_attr` may nest).
fn mentions_derive(input: &AttrInput) -> bool {
    use sem_syntax::token_tree::{Leaf, TokenTree};
    let AttrInput::TokenTree(tree) = input else { return false };
    let mut stack = vec![tree];
    while let Some(subtree) = stack.pop() {
        for tree in &subtree.token_trees {
            match tree {
                TokenTree::Leaf(Leaf::Ident(ident)) if ident.text == "derive" => return true,
                TokenTree::Subtree(inner) => stack.push(inner),
                TokenTree::Leaf(_) => {}
            }
        }
    }
    false
}

/// How the tokens that macros read are made from syntax: doc comments become `#[doc = "..."]`
/// attributes, as rustc hands them to macros (syn's `define_delimiters!` matches
/// `$(#[$doc:meta])*`, and derives see the item's docs).
pub(crate) const MACRO_INPUT: ToTokenTreeOptions = ToTokenTreeOptions { doc_comments_as_attributes: true };

/// The input of the macro call `call`: for a file (`groups` is `None`), read from the syntax
/// and packed; for an expansion, as a tree, the group of `groups` whose range is exactly the
/// call's token tree (a node, or one `SKIPPED_TOKENS` token in a parse that folds calls'
/// inputs), normalized as the trip through text normalizes it; or else as the syntax reads it
/// (for a folded call, the group's own trip through text and syntax). For an unfolded call, a
/// debug assertion checks that both ways agree.
fn call_input(call: &ast::MacroCall, groups: Option<ExpansionGroups<'_>>) -> CallArgs {
    let tree = call.token_tree();
    let Some(ExpansionGroups { groups, edition }) = groups else {
        return CallArgs::Packed(PackedTokens::pack(&token_tree(tree.as_ref().map(AstNode::syntax))));
    };
    let folded = match &tree {
        Some(_) => None,
        None => call
            .syntax()
            .children_with_tokens()
            .filter_map(|child| child.into_token())
            .find(|token| token.kind() == SyntaxKind::SKIPPED_TOKENS),
    };
    let range = match (&tree, &folded) {
        (Some(tree), _) => Some(tree.syntax().text_range()),
        (None, Some(folded)) => Some(folded.text_range()),
        (None, None) => None,
    };
    let group = range.and_then(|range| {
        let at = groups.binary_search_by_key(&range.start(), |(range, _)| range.start()).ok()?;
        (groups[at].0 == range).then_some(groups[at].1)
    });
    if let Some(input) = group.and_then(normalized_call_input) {
        if let Some(tree) = &tree {
            debug_assert_eq!(
                input,
                CallArgs::Tree(Arc::new(token_tree(Some(tree.syntax())))),
                "a call's input from its group differs from the syntax's"
            );
        }
        return input;
    }
    match (folded, group) {
        // The trip through text that the whole parse makes, for this group alone.
        (Some(_), Some(group)) => CallArgs::Tree(Arc::new(group_through_syntax(group, edition))),
        (Some(folded), None) => CallArgs::Tree(Arc::new(token_tree_of_text(folded.text(), edition))),
        (None, _) => CallArgs::Tree(Arc::new(token_tree(tree.as_ref().map(AstNode::syntax)))),
    }
}

/// `group` as the syntax of an expansion holding it reads it back: laid out as text and parsed
/// (as the input of a call), then read from that syntax, which is what a call's input in an
/// expansion parsed whole is.
fn group_through_syntax(group: &Subtree<()>, edition: Edition) -> Subtree<()> {
    use sem_syntax::token_tree::{Ident, Leaf, Punct, Spacing};
    let call = Subtree {
        delimiter: empty_subtree().delimiter,
        token_trees: vec![
            TokenTree::Leaf(Leaf::Ident(Ident { text: "m".into(), is_raw: false, span: () })),
            TokenTree::Leaf(Leaf::Punct(Punct { char: '!', spacing: Spacing::Alone, span: () })),
            TokenTree::Subtree(group.clone()),
        ],
    };
    let (parse, _) =
        sem_syntax::token_tree::token_tree_to_syntax(&call, sem_syntax::TopEntryPoint::MacroItems, edition);
    let tree = parse.syntax_node().descendants().find(|node| node.kind() == SyntaxKind::TOKEN_TREE);
    token_tree(tree.as_ref())
}

/// The token tree of `text`, one delimited group, as [`token_tree`] reads it from the syntax of
/// that group parsed in `edition`: for a folded call's input that matches no group of its
/// expansion, which the parse does not make (each call's token tree is one of the groups).
fn token_tree_of_text(text: &str, edition: Edition) -> Subtree<()> {
    let call = format!("m!{text}");
    let parse = sem_syntax::parse_fragment(&call, edition, sem_syntax::TopEntryPoint::MacroItems);
    let group = parse.syntax_node().descendants().find(|node| node.kind() == SyntaxKind::TOKEN_TREE);
    token_tree(group.as_ref())
}

/// The input of a macro call of an expansion whose delimited group is `group`, as the summaries
/// keep it (an invisible group around `group`), as a trip through text and back gives it (the
/// summaries of expansions, which take their calls' inputs from the tokens): invisible groups
/// flattened, and a punctuation character joint only when it was and punctuation (not a
/// lifetime's `'`) follows it. `None` when the trip could change more.
pub(crate) fn normalized_call_input(group: &Subtree<()>) -> Option<CallArgs> {
    let group = normalized_group(group, 0)?;
    Some(CallArgs::Tree(Arc::new(Subtree {
        delimiter: empty_subtree().delimiter,
        token_trees: vec![TokenTree::Subtree(group)],
    })))
}

/// `group` normalized (see [`normalized_call_input`]); groups nest at most 64 deep.
fn normalized_group(group: &Subtree<()>, depth: usize) -> Option<Subtree<()>> {
    use sem_syntax::token_tree::{DelimiterKind, Leaf, Spacing};
    if depth > 64 {
        return None;
    }
    let mut out: Vec<TokenTree<()>> = Vec::with_capacity(group.token_trees.len());
    // A punctuation character waits for what follows it, which decides its spacing.
    let mut waiting: Option<sem_syntax::token_tree::Punct<()>> = None;
    // The children, invisible groups spliced in (iteratively: they nest).
    let mut stack: Vec<std::slice::Iter<'_, TokenTree<()>>> = vec![group.token_trees.iter()];
    while let Some(top) = stack.last_mut() {
        let Some(tree) = top.next() else {
            stack.pop();
            continue;
        };
        match tree {
            TokenTree::Subtree(inner) if inner.delimiter.kind == DelimiterKind::Invisible => {
                if stack.len() > 64 {
                    return None;
                }
                stack.push(inner.token_trees.iter());
                continue;
            }
            TokenTree::Leaf(Leaf::Ident(ident)) if ident.text.starts_with('$') => return None,
            TokenTree::Leaf(Leaf::Literal(literal)) if literal.text.starts_with('-') => return None,
            _ => {}
        }
        if let Some(mut punct) = waiting.take() {
            let next_is_punct = matches!(tree, TokenTree::Leaf(Leaf::Punct(next)) if next.char != '\'');
            if !next_is_punct {
                punct.spacing = Spacing::Alone;
            }
            out.push(TokenTree::Leaf(Leaf::Punct(punct)));
        }
        match tree {
            TokenTree::Subtree(inner) => out.push(TokenTree::Subtree(normalized_group(inner, depth + 1)?)),
            TokenTree::Leaf(Leaf::Punct(punct)) if punct.char != '\'' => waiting = Some(*punct),
            TokenTree::Leaf(leaf) => out.push(TokenTree::Leaf(leaf.clone())),
        }
    }
    if let Some(mut punct) = waiting {
        punct.spacing = Spacing::Alone;
        out.push(TokenTree::Leaf(Leaf::Punct(punct)));
    }
    Some(Subtree { delimiter: group.delimiter, token_trees: out })
}

fn token_tree(node: Option<&SyntaxNode>) -> Subtree<()> {
    match node {
        Some(node) => syntax_to_token_tree(node, MACRO_INPUT, |_| ()),
        None => empty_subtree(),
    }
}

fn dump_item(item: &SummaryItem, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let kind = match &item.kind {
        SummaryItemKind::Fn => "fn",
        SummaryItemKind::Struct => "struct",
        SummaryItemKind::Union => "union",
        SummaryItemKind::Enum { .. } => "enum",
        SummaryItemKind::Variant => "variant",
        SummaryItemKind::Trait { .. } => "trait",
        SummaryItemKind::TraitAlias => "trait alias",
        SummaryItemKind::Impl { .. } => "impl",
        SummaryItemKind::TypeAlias => "type",
        SummaryItemKind::Const => "const",
        SummaryItemKind::Static => "static",
        SummaryItemKind::Module { inline_items: Some(_) } => "mod {}",
        SummaryItemKind::Module { inline_items: None } => "mod;",
        SummaryItemKind::Use { .. } => "use",
        SummaryItemKind::ExternCrate { .. } => "extern crate",
        SummaryItemKind::ExternBlock { .. } => "extern {}",
        SummaryItemKind::MacroRules { .. } => "macro_rules!",
        SummaryItemKind::MacroDef { .. } => "macro",
        SummaryItemKind::MacroCall { .. } => "macro call",
    };
    let _ = write!(out, "{indent}{kind}");
    if let Some(name) = &item.name {
        let _ = write!(out, " {name}");
    }
    match &item.visibility {
        RawVisibility::Private => {}
        RawVisibility::Public => out.push_str(" [pub]"),
        RawVisibility::Crate => out.push_str(" [pub(crate)]"),
        RawVisibility::SelfModule => out.push_str(" [pub(self)]"),
        RawVisibility::Super => out.push_str(" [pub(super)]"),
        RawVisibility::In(path) => {
            let _ = write!(out, " [pub(in {path})]");
        }
    }
    for attr in &item.attrs {
        let bang = if attr.is_inner { "!" } else { "" };
        let _ = match &attr.input {
            AttrInput::None => write!(out, " #{bang}[{}]", attr.path),
            AttrInput::TokenTree(tt) => write!(out, " #{bang}[{}{}]", attr.path, tt.to_text()),
            AttrInput::Value(value) => write!(out, " #{bang}[{} = {value}]", attr.path),
        };
    }
    match &item.kind {
        SummaryItemKind::Use { imports } => {
            for import in imports {
                let _ = match &import.kind {
                    UseImportKind::Single { alias: None } => write!(out, " {}", import.path),
                    UseImportKind::Single { alias: Some(alias) } => write!(out, " {} as {alias}", import.path),
                    UseImportKind::Underscore => write!(out, " {} as _", import.path),
                    UseImportKind::Glob => write!(out, " {}::*", import.path),
                };
            }
        }
        SummaryItemKind::ExternCrate { crate_name } => {
            let _ = write!(out, " (crate {crate_name})");
        }
        SummaryItemKind::MacroRules { body } | SummaryItemKind::MacroDef { body } => {
            let _ = write!(out, " {}", body.to_text());
        }
        SummaryItemKind::MacroCall { path, args } => {
            let _ = write!(out, " {path}!{}", args.to_text());
        }
        _ => {}
    }
    out.push('\n');
    for child in item.children() {
        dump_item(child, depth + 1, out);
    }
}

#[cfg(test)]
mod tests;

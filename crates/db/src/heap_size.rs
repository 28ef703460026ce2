//! How many bytes a query's value holds on the heap, for salsa's memory report.
//!
//! salsa's `memory_usage` (feature `salsa_unstable`) lists, per query, the memos and the size of
//! their values, but what a value holds on the heap only for queries declared with
//! `heap_size = path`. The larger queries of this crate name [`heap_size`], which adds up
//! [`HeapSize`] over the value. Benchmarks read the report to say where the memory goes.
//!
//! The figures are the bytes asked of the allocator (a `Vec`'s capacity, an `Arc`'s counts and
//! value), without the allocator's own rounding and headers. A value behind an `Arc` is counted
//! by each holder: [`crate::syntax::item_summary`] and the query it projects share one summary.
//! A `BTreeMap` is counted as its entries, without the slack of its nodes.
//!
//! Nothing here is read by analysis; it may depend on every data type of the crate and on
//! nothing else.

use std::{collections::BTreeMap, mem::size_of, sync::Arc};

use smol_str::SmolStr;

use crate::{
    diagnostics::{CfgDiagnosticKind, CollectDiagnosticKind, MacroError, ModuleTreeDiagnosticKind, UnresolvedImport},
    expansion::{CollectDiagnostic, DefPathData, Definition, ExpansionPoint, Fragment, ModuleCandidates},
    items::{
        AttrInput, ItemPositions, ItemSummary, ModPath, RawAttr, RawVisibility, SummaryItem, SummaryItemKind,
        UseImport, UseImportKind,
    },
    macros::MacroExpansion,
    module_tree::{ModuleData, ModuleDiagnostic, ModuleTree},
    name_resolution::{AmbiguousName, CrateDefMap, Import, ImportStatus, ModuleScope},
};

/// The bytes a value holds on the heap, beyond its own `size_of`.
pub trait HeapSize {
    /// The bytes `self` holds on the heap (see the module's documentation for what is counted).
    fn heap_size(&self) -> usize;
}

/// The heap size of a query's value: the function the `heap_size` attributes name.
pub fn heap_size<T: HeapSize>(value: &T) -> usize {
    value.heap_size()
}

/// Types that hold nothing on the heap.
macro_rules! no_heap {
    ($($ty:ty),* $(,)?) => {
        $(impl HeapSize for $ty {
            fn heap_size(&self) -> usize {
                0
            }
        })*
    };
}

/// Structs whose heap is that of their fields.
macro_rules! fields {
    ($($ty:ty { $($field:ident),* $(,)? })*) => {
        $(impl HeapSize for $ty {
            fn heap_size(&self) -> usize {
                0 $(+ self.$field.heap_size())*
            }
        })*
    };
}

no_heap!(
    bool,
    u32,
    usize,
    (),
    text_size::TextRange,
    crate::ids::ItemIndex,
    crate::ids::DefIndex,
    crate::expansion::ExpnId,
    crate::expansion::DefKind,
    crate::expansion::CallKind,
    crate::expansion::CallPosition,
    crate::name_resolution::ScopeEntry,
    crate::name_resolution::ModuleId,
    crate::name_resolution::Resolution,
    crate::module_tree::AssociatedFragment,
    crate::macros::MacroSource,
    sem_syntax::SyntaxKind,
);

impl HeapSize for SmolStr {
    fn heap_size(&self) -> usize {
        // A heap string is an `Arc<str>`: two counts and the bytes.
        if self.is_heap_allocated() { 2 * size_of::<usize>() + self.len() } else { 0 }
    }
}

impl HeapSize for String {
    fn heap_size(&self) -> usize {
        self.capacity()
    }
}

impl HeapSize for sem_sources::FilePath {
    fn heap_size(&self) -> usize {
        self.path.as_str().len()
    }
}

impl<T: HeapSize> HeapSize for Vec<T> {
    fn heap_size(&self) -> usize {
        self.capacity() * size_of::<T>() + self.iter().map(HeapSize::heap_size).sum::<usize>()
    }
}

impl<T: HeapSize> HeapSize for [T] {
    fn heap_size(&self) -> usize {
        self.iter().map(HeapSize::heap_size).sum()
    }
}

impl<T: HeapSize> HeapSize for Option<T> {
    fn heap_size(&self) -> usize {
        self.as_ref().map_or(0, HeapSize::heap_size)
    }
}

impl<T: HeapSize, E: HeapSize> HeapSize for Result<T, E> {
    fn heap_size(&self) -> usize {
        match self {
            Ok(value) => value.heap_size(),
            Err(error) => error.heap_size(),
        }
    }
}

impl<A: HeapSize, B: HeapSize> HeapSize for (A, B) {
    fn heap_size(&self) -> usize {
        self.0.heap_size() + self.1.heap_size()
    }
}

impl<T: HeapSize> HeapSize for Arc<T> {
    fn heap_size(&self) -> usize {
        2 * size_of::<usize>() + size_of::<T>() + T::heap_size(self)
    }
}

impl<T: HeapSize> HeapSize for Arc<[T]> {
    fn heap_size(&self) -> usize {
        2 * size_of::<usize>() + self.len() * size_of::<T>() + <[T]>::heap_size(self)
    }
}

impl<K: HeapSize, V: HeapSize> HeapSize for BTreeMap<K, V> {
    fn heap_size(&self) -> usize {
        self.iter().map(|(key, value)| size_of::<K>() + size_of::<V>() + key.heap_size() + value.heap_size()).sum()
    }
}

impl HeapSize for sem_syntax::token_tree::PackedTokens {
    fn heap_size(&self) -> usize {
        self.len()
    }
}

impl HeapSize for crate::items::CallArgs {
    fn heap_size(&self) -> usize {
        match self {
            crate::items::CallArgs::Packed(packed) => packed.heap_size(),
            crate::items::CallArgs::Tree(tree) => tree.heap_size(),
        }
    }
}

impl<S> HeapSize for sem_syntax::token_tree::Subtree<S> {
    fn heap_size(&self) -> usize {
        use sem_syntax::token_tree::{Leaf, TokenTree};
        let trees = &self.token_trees;
        trees.capacity() * size_of::<TokenTree<S>>()
            + trees
                .iter()
                .map(|tree| match tree {
                    TokenTree::Subtree(group) => group.heap_size(),
                    TokenTree::Leaf(Leaf::Ident(ident)) => ident.text.heap_size(),
                    TokenTree::Leaf(Leaf::Literal(literal)) => literal.text.heap_size(),
                    TokenTree::Leaf(Leaf::Punct(_)) => 0,
                })
                .sum::<usize>()
    }
}

fields! {
    ItemSummary { inner_attrs, items }
    SummaryItem { kind, name, visibility, attrs, macro_input }
    RawAttr { path, input }
    ModPath { segments }
    UseImport { path, kind }
    ItemPositions { ranges }
    MacroExpansion { items, error }
    Fragment { definitions, expansion_points, diagnostics }
    Definition { data, visibility }
    ModuleCandidates { name, paths }
    CollectDiagnostic { kind }
    ModuleTree { modules, diagnostics, macro_diagnostics, unregistered_macros, associated_fragments }
    ModuleData { name }
    ModuleDiagnostic { kind }
    CrateDefMap { modules, ambiguous_names, imports, extern_prelude }
    ModuleScope { types, values, macros }
    AmbiguousName { name, candidates }
    Import { path, kind, status }
}

impl HeapSize for SummaryItemKind {
    fn heap_size(&self) -> usize {
        match self {
            SummaryItemKind::Enum { variants: items }
            | SummaryItemKind::Trait { items }
            | SummaryItemKind::Impl { items }
            | SummaryItemKind::ExternBlock { items }
            | SummaryItemKind::Module { inline_items: Some(items) } => items.heap_size(),
            SummaryItemKind::Use { imports } => imports.heap_size(),
            SummaryItemKind::ExternCrate { crate_name } => crate_name.heap_size(),
            SummaryItemKind::MacroRules { body } | SummaryItemKind::MacroDef { body } => body.heap_size(),
            SummaryItemKind::MacroCall { path, args } => path.heap_size() + args.heap_size(),
            SummaryItemKind::Fn
            | SummaryItemKind::Struct
            | SummaryItemKind::Union
            | SummaryItemKind::Variant
            | SummaryItemKind::TraitAlias
            | SummaryItemKind::TypeAlias
            | SummaryItemKind::Const
            | SummaryItemKind::Static
            | SummaryItemKind::Module { inline_items: None } => 0,
        }
    }
}

impl HeapSize for RawVisibility {
    fn heap_size(&self) -> usize {
        match self {
            RawVisibility::In(path) => path.heap_size(),
            _ => 0,
        }
    }
}

impl HeapSize for AttrInput {
    fn heap_size(&self) -> usize {
        match self {
            AttrInput::None => 0,
            AttrInput::TokenTree(tree) => tree.heap_size(),
            AttrInput::Value(value) => value.heap_size(),
        }
    }
}

impl HeapSize for UseImportKind {
    fn heap_size(&self) -> usize {
        match self {
            UseImportKind::Single { alias } => alias.heap_size(),
            UseImportKind::Underscore | UseImportKind::Glob => 0,
        }
    }
}

impl HeapSize for DefPathData {
    fn heap_size(&self) -> usize {
        match self {
            DefPathData::TypeNs(name) | DefPathData::ValueNs(name) | DefPathData::MacroNs(name) => name.heap_size(),
            _ => 0,
        }
    }
}

impl HeapSize for ExpansionPoint {
    fn heap_size(&self) -> usize {
        match self {
            ExpansionPoint::Module { candidates, .. } => candidates.heap_size(),
            ExpansionPoint::MacroCall { path, inline_path, .. } => path.heap_size() + inline_path.heap_size(),
        }
    }
}

impl HeapSize for ImportStatus {
    fn heap_size(&self) -> usize {
        match self {
            ImportStatus::Resolved => 0,
            ImportStatus::Unresolved(reason) => reason.heap_size(),
        }
    }
}

/// Diagnostics hold their strings; they are few, and counted through their `Debug` text's
/// length, which holds every string they have (an estimate good to a few bytes per diagnostic).
macro_rules! by_debug_text {
    ($($ty:ty),*) => {
        $(impl HeapSize for $ty {
            fn heap_size(&self) -> usize {
                format!("{self:?}").len()
            }
        })*
    };
}

by_debug_text!(MacroError, UnresolvedImport, CfgDiagnosticKind, CollectDiagnosticKind, ModuleTreeDiagnosticKind);

impl<S: Copy> HeapSize for sem_expand::MacroRules<S> {
    fn heap_size(&self) -> usize {
        sem_expand::MacroRules::heap_size(self)
    }
}

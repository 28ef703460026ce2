//! The salsa database of sem and its query graph (seed 003).
//!
//! Inputs mirror a [`sem_sources::Sources`] value ([`RootDatabase::apply`] sets only what
//! changed, with the durability of each root's kind); queries are keyed by file, expansion
//! point, owner or crate, never by text positions. So far: `tokens(file)`, `parse(file)` (with
//! an LRU bound, and trees sharing one database's node caches), `syntax_errors(file)`,
//! `item_summary(file)` (the items of a file without positions, which `item_positions` keeps
//! apart), the seed's expansion points (`ExpnId`) with `locate_tokens` and
//! `collect_definitions`, the module tree of a crate with stable `DefPath`s, and the files each
//! crate reaches through `mod` declarations (found from tokens, for `sem stats`); macro calls
//! resolved and expanded (`resolve_macro`, `macro_expansion`), name resolution
//! (`crate_def_map`); for consumers, expansions with spans and hygiene
//! (`expansion_with_spans`, `original_range`), the code a crate's cfg disables anywhere in a
//! file (`inactive_code`), and a definition found from its stable name (`find_expansion`).
//! [`meta::write_crate_meta`] writes a crate's public interface as a crate meta file, which
//! `sem_sources::Sources::add_crate_meta` loads in place of the crate's source.
//!
//! The public surface is grouped: the crate root has the database ([`Db`], [`RootDatabase`])
//! and its inputs; [`syntax`] the per-file queries (tokens, trees, item summaries, a crate's
//! files); [`expand`] expansion points, fragments, cfg and macros; [`spans`] expansions with
//! spans and hygiene; [`nameres`] module trees, def maps and stable definition names; [`meta`]
//! crate meta files; [`diagnostics`] the typed diagnostics of every phase; [`ids`] the index
//! newtypes. Each item is public in one place only.
//!
//! This crate may depend on `sem-sources`, `sem-syntax` and `sem-expand`; never on `sem` or the
//! command line.

mod apply;
mod cfg_inactive;
mod crate_meta;
mod database;
mod def_locations;
mod detached;
pub mod diagnostics;
mod expansion;
#[cfg(any(test, feature = "testing"))]
pub mod fixture;
pub mod heap_size;
pub mod ids;
mod inner_calls;
mod inputs;
mod items;
mod lex;
mod macros;
mod module_files;
mod module_tree;
mod name_resolution;
mod node_caches;
mod span;
mod syntax_tree;

pub use crate::{
    apply::AppliedChange,
    database::{Db, ExecutionLog, RootDatabase},
    detached::with_detached_crates,
    inputs::{CrateInput, SourceFile, SourceRootInput, Workspace},
    node_caches::NodeCachePool,
};
pub use salsa::{self, Cancelled, Durability};

/// Files: their tokens, syntax trees and errors, their item summaries, and the files a crate
/// reaches through `mod` declarations.
pub mod syntax {
    pub use crate::{
        items::{
            AttrInput, CallArgs, ItemPositions, ItemSummary, ModPath, RawAttr, RawVisibility, SummaryItem,
            SummaryItemKind, UseImport, UseImportKind, item_positions, item_summary, summarize_macro_items,
            summarize_source_file, use_imports,
        },
        lex::{Tokens, tokens},
        module_files::{CrateFiles, crate_files, unreached_files},
        syntax_tree::{PARSE_LRU_CAPACITY, parse, syntax_errors},
    };
}

/// Expansion points and their fragments (files and macro calls), cfg applied, and macro
/// resolution and expansion.
pub mod expand {
    pub use crate::{
        cfg_inactive::{CfgDiagnostic, InactiveCode, InactiveNode, inactive_code, is_active},
        expansion::{
            CallKind, CallPosition, CollectDiagnostic, DefKind, DefPathData, Definition, ExpansionPoint, ExpnId,
            ExpnSite, Fragment, LocatedFile, ModuleCandidates, collect_definitions, expansion_point, fragment_items,
            item_in_file, locate_tokens,
        },
        inner_calls::{
            InnerCallKind, VisibleLocalMacros, inner_calls, inner_macro_calls, local_macro_rules, local_macro_scopes,
        },
        macros::{
            DEFAULT_RECURSION_LIMIT, Expanded, MAX_RECURSION_LIMIT, MacroExpansion, MacroSource, Transparency,
            dump_expansion, expand_from, exported_macros, macro_expansion, macro_use_prelude, macros_defined_in,
            resolve_macro,
        },
    };
}

/// Expansions with spans and hygiene, and the maps between expansion and file ranges.
pub mod spans {
    pub use crate::span::{
        FileRange, Mark, Span, SpanAnchor, SpannedExpansion, SyntaxContext, dump_expansion_spans, expansion_with_spans,
        item_syntax, original_range, ranges_in_expansion, spans_agree_with_expansion,
    };
}

/// A crate's module tree, its def map (every module's scope, imports resolved) and the stable
/// names of its definitions.
pub mod nameres {
    pub use crate::{
        crate_meta::dump_resolutions,
        def_locations::{DefId, crate_definitions, find_expansion},
        module_tree::{
            AssociatedFragment, DefLocation, DefPath, DefPathHash, MAX_EXPANSION_TOKENS, MAX_EXPANSION_TOKENS_PER_CALL,
            MAX_EXPANSIONS, MAX_EXPANSIONS_PER_CALL, MAX_MODULES, ModuleData, ModuleDiagnostic, ModuleTree,
            crate_module_tree, module_definitions,
        },
        name_resolution::{
            AmbiguousName, BuiltinType, CrateDefMap, Import, ImportStatus, MAX_IMPORT_ROUNDS, ModuleId, ModuleScope,
            Namespace, Resolution, ScopeEntry, Visibility, crate_def_map,
        },
    };
}

/// Crate meta files: a crate's public interface as Rust source.
pub mod meta {
    pub use crate::crate_meta::write_crate_meta;
}

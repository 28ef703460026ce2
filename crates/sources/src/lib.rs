//! The Sources model of sem (seed 001): the whole input of an analysis as one value.
//!
//! A source root is an idealised file tree (relative path → text); its directory on disk is kept
//! apart, so analysis never does IO behind the back of [`Sources`]. Beside the roots, `Sources`
//! holds editor overlays and the [`CrateGraph`]. The `load` module fills trees from a
//! [`FileSystem`], recording every failure as a [`LoadError`] instead of returning
//! `io::Error`, and `project` turns a Cargo workspace or a plain folder into roots and crates.
//!
//! Procedural macros are inputs too ([`Sources::add_proc_macro`]): closures over sem's token
//! trees that the caller registers, never derived from a proc-macro crate's source.
//!
//! A crate may be given by its public interface instead of its source: a [`CrateMeta`] file
//! (written by `sem_db::write_crate_meta`), loaded with [`Sources::add_crate_meta`].
//!
//! The `cfg` module reads `cfg` predicates and `cfg_attr` from token trees and evaluates them
//! against a crate's [`CfgOptions`].
//!
//! This crate knows nothing of salsa or of the database; it may depend on `sem-syntax` only (for
//! [`Edition`] and, in `cfg`, token trees).

pub mod cfg;
mod crate_graph;
mod crate_meta;
mod file_tree;
pub mod load;
mod proc_macro;
pub mod project;
mod relative_path;
mod sources;
pub mod sysroot;

pub use crate::{
    crate_graph::{CfgAtom, CfgOptions, CrateData, CrateGraph, CrateId, CyclicDependency, Dependency, TargetKind},
    crate_meta::{CRATE_META_VERSION, CrateMeta, CrateMetaError},
    file_tree::{FileText, FileTree},
    load::{FileSystem, LoadError, LoadErrorKind, LoadErrors, RealFileSystem},
    proc_macro::{ProcMacro, ProcMacroExpander, ProcMacroKind, ProcMacros, TokenId, TokenStream},
    relative_path::{RelativePath, RelativePathError, RelativePathErrorKind},
    sources::{FilePath, RootId, RootKind, SourceRoot, Sources},
};
pub use sem_syntax::Edition;

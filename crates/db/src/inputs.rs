//! The salsa inputs: one per file, per root and per crate, and the workspace that lists them.
//!
//! Each is set by `RootDatabase::apply` from a [`sem_sources::Sources`] value and
//! never by queries.

use std::sync::Arc;

use rustc_hash::FxHashMap;
use sem_sources::{CrateData, CrateId, FilePath, FileText, ProcMacros, RelativePath, RootId, RootKind};

/// One file: its place and its text (which may still be unread, for on-demand loading).
///
/// `path` never changes for a given input, so queries that only need the path do not re-run
/// when the text does.
#[salsa::input(debug)]
pub struct SourceFile {
    /// The root and relative path of the file.
    #[returns(ref)]
    pub path: FilePath,
    /// The text, overlay included.
    #[returns(ref)]
    pub text: FileText,
}

/// One source root: its kind and its files by path.
///
/// `files` changes only when files are added or removed, not when a text changes, so the queries
/// that look files up by path (module discovery) survive edits.
#[salsa::input(debug)]
pub struct SourceRootInput {
    /// The id of the root in `Sources`.
    #[returns(copy)]
    pub id: RootId,
    /// Workspace or library; decides the durability of everything in the root.
    #[returns(copy)]
    pub kind: RootKind,
    /// Every file of the root.
    #[returns(ref)]
    pub files: Arc<FxHashMap<RelativePath, SourceFile>>,
}

/// One crate of the crate graph.
#[salsa::input(debug)]
pub struct CrateInput {
    /// The id of the crate in the crate graph.
    #[returns(copy)]
    pub id: CrateId,
    /// Everything the crate graph says of the crate.
    #[returns(ref)]
    pub data: CrateData,
    /// The procedural macros registered for the crate (a proc-macro crate), apart from `data`
    /// so that registering them again re-expands their calls and nothing else.
    #[returns(ref)]
    pub proc_macros: ProcMacros,
}

/// The list of roots and crates. There is exactly one, created with the database.
#[salsa::input(debug)]
pub struct Workspace {
    /// Every root, indexed by `RootId`.
    #[returns(ref)]
    pub roots: Vec<SourceRootInput>,
    /// Every crate, indexed by `CrateId`.
    #[returns(ref)]
    pub crates: Vec<CrateInput>,
}

impl Workspace {
    /// The crate `id` (crates are kept in `CrateId` order).
    pub fn krate(self, db: &dyn salsa::Database, id: sem_sources::CrateId) -> Option<CrateInput> {
        self.crates(db).get(id.0 as usize).copied()
    }

    /// The file at `path`, if it exists.
    pub fn file(self, db: &dyn salsa::Database, path: &FilePath) -> Option<SourceFile> {
        let root = self.roots(db).get(path.root.0 as usize)?;
        root.files(db).get(&path.path).copied()
    }
}

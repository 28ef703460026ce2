//! The `parse(file)` query: the syntax tree of one file in one edition, and the node caches its
//! trees share.

use std::sync::Arc;

use sem_sources::Edition;
use sem_syntax::{Parse, SyntaxError, ast, parse_source_file_with_cache};

use crate::{Db, inputs::SourceFile};

/// How many trees [`parse`] keeps memoized across revisions (the `lru` bound of its attribute,
/// which must be a literal): the files being edited and those looked at around them. Trees are
/// the largest values of the database (several times their text), and a whole workspace's worth
/// would dwarf everything else, so older ones are dropped and parsed again when asked for.
/// [`crate::RootDatabase::set_parse_lru_capacity`] changes it at run time.
pub const PARSE_LRU_CAPACITY: usize = 128;

/// The syntax tree of `file` parsed in `edition` (the edition of the crate that reads the file;
/// a file shared by crates of two editions is parsed once for each), with the lexer's and the
/// parser's errors. It never fails: broken text gives a tree with errors.
///
/// Salsa attributes, each for a reason:
/// - `returns(ref)`: callers borrow the memoized [`Parse`] and clone it only when they keep it
///   (a clone is two reference-count increments).
/// - `lru = PARSE_LRU_CAPACITY`: at the start of each new revision, the values of all but the
///   most recently used trees are freed; the memo's dependencies stay, so callers of an evicted
///   tree stay valid, and asking for it again parses the text again (with an equal result).
///   Eviction only happens between revisions: within one revision every tree asked for stays.
///
/// The result is compared with the previous one after a re-run (no `no_eq`), so an edit that
/// gives back the same tree, such as a reverted one, stops here and its dependents do not
/// re-run.
///
/// Trees are built through the database's [`crate::NodeCachePool`], so identical tokens and small
/// nodes of all files are stored once. The cache is not a salsa input: what it holds never
/// changes a tree's value, only how its memory is shared, so reading it is not a dependency.
#[salsa::tracked(returns(ref), lru = 128)]
pub fn parse(db: &dyn Db, file: SourceFile, edition: Edition) -> Parse<ast::SourceFile> {
    let text = file.text(db).get();
    db.node_caches().with_cache(|cache| parse_source_file_with_cache(text, edition, cache))
}

impl crate::RootDatabase {
    /// Sets how many trees [`parse`] keeps memoized across revisions (0: all of them); the
    /// default is [`PARSE_LRU_CAPACITY`]. Takes effect at the next revision. (Here because salsa
    /// makes the setter private to this module.)
    pub fn set_parse_lru_capacity(&mut self, capacity: usize) {
        parse::set_lru_capacity(self, capacity);
    }
}

/// The syntax errors of `file` parsed in `edition`, the same as those of [`parse`]'s tree: a
/// projection of [`crate::items::lower_file`]'s parse, which also gives the file's item
/// summary and keeps no tree, so that tools that count or print errors for a whole workspace
/// (`sem stats`, `sem check`) parse each file once and keep no tree. Without an LRU bound: the
/// errors (a few bytes per file) stay memoized when trees are evicted. `returns(ref)` for the
/// same reason as [`parse`]; the result is compared after a re-run, so an edit that leaves the
/// errors as they were does not re-run this query's dependents.
#[salsa::tracked(returns(ref))]
pub fn syntax_errors(db: &dyn Db, file: SourceFile, edition: Edition) -> Arc<[SyntaxError]> {
    Arc::clone(&crate::items::lower_file(db, file, edition).errors)
}

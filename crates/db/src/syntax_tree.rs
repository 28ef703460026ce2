//! The `parse(file)` query: the syntax tree of one file in one edition, and the node caches its
//! trees share.

use std::sync::{Arc, Mutex};

use sem_sources::Edition;
use sem_syntax::{NodeCache, Parse, SyntaxError, ast, parse_source_file_with_cache};

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
/// Trees are built through the database's [`NodeCachePool`], so identical tokens and small
/// nodes of all files are stored once. The cache is not a salsa input: what it holds never
/// changes a tree's value, only how its memory is shared, so reading it is not a dependency.
#[salsa::tracked(returns(ref), lru = 128)]
pub fn parse(db: &dyn Db, file: SourceFile, edition: Edition) -> Parse<ast::SourceFile> {
    let text = file.text(db).get();
    db.node_caches().with_cache(|cache| parse_source_file_with_cache(text, edition, cache))
}

/// Sets the `lru` bound of [`parse`] (salsa makes the setter private to this module).
pub(crate) fn set_parse_lru_capacity(db: &mut dyn Db, capacity: usize) {
    parse::set_lru_capacity(db, capacity);
}

/// The syntax errors of `file` parsed in `edition`: those of [`parse`], kept apart.
///
/// A separate query without an LRU bound, so that the errors (a few bytes per file) stay
/// memoized when the tree they come from has been evicted: tools that count or print errors for
/// a whole workspace (`sem stats`, `sem check`) ask for them again without parsing again.
/// `returns(ref)` for the same reason as [`parse`]; the result is compared after a re-run, so an
/// edit that leaves the errors as they were does not re-run this query's dependents.
#[salsa::tracked(returns(ref))]
pub fn syntax_errors(db: &dyn Db, file: SourceFile, edition: Edition) -> Arc<[SyntaxError]> {
    parse(db, file, edition).errors().into()
}

/// The rowan node caches that the trees of one database are built with, shared by its clones.
///
/// A [`NodeCache`] interns tokens and small nodes (up to three children), so the trees of
/// different files share identical pieces (`self`, `::`, `Option<T>`, `)`), and so do the trees
/// of one file before and after an edit.
///
/// The choice: a pool rather than one cache behind a `Mutex`. Parsing a file runs the lexer,
/// the parser and the tree builder all while the cache is borrowed; with one cache behind a
/// lock, two threads parsing at once would take turns. With the pool, a parse takes a cache out
/// (the lock is held only for the `pop`), parses, and puts it back, so there are as many caches
/// as threads ever parsed at the same time: one for single-threaded tools, which then share
/// everything, and a few with parallel readers, which share less but never wait.
///
/// A cache only grows: it keeps every distinct token and small node it has seen alive, even
/// after the trees holding them are evicted. That is bounded by the vocabulary of the code (the
/// distinct identifiers, literals and small shapes), not by its size; [`NodeCachePool::clear`]
/// drops it all.
#[derive(Default)]
pub struct NodeCachePool {
    caches: Mutex<Vec<NodeCache>>,
}

impl std::fmt::Debug for NodeCachePool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeCachePool").field("caches", &self.lock().len()).finish()
    }
}

impl NodeCachePool {
    /// An empty pool: caches are created when first needed.
    pub fn new() -> NodeCachePool {
        NodeCachePool::default()
    }

    /// Runs `f` with a cache of the pool to itself: an idle one, or a new one when every cache
    /// is in use on another thread. If `f` unwinds (a salsa cancellation), the cache is dropped,
    /// which only costs some sharing.
    pub fn with_cache<R>(&self, f: impl FnOnce(&mut NodeCache) -> R) -> R {
        let mut cache = self.lock().pop().unwrap_or_default();
        let result = f(&mut cache);
        self.lock().push(cache);
        result
    }

    /// Drops every cache, and with them the tokens and nodes that only the caches still hold.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// How many caches the pool holds now (those in use are not counted).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether the pool holds no cache now.
    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<NodeCache>> {
        // A panic while the lock is held can only happen in `Vec::pop`/`push`, which leave the
        // list valid: a poisoned lock is safe to use.
        self.caches.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

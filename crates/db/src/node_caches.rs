//! The node caches that the trees of one database share ([`NodeCachePool`]): plain data, below
//! every query, so that the `Db` trait can name it without reaching the queries that use it.

use std::sync::Mutex;

use sem_syntax::NodeCache;

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

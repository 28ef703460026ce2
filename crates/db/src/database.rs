//! The database type and the trait that queries take.

use std::sync::{Arc, Mutex};

use sem_sources::Sources;

use crate::{
    inputs::{CrateInput, SourceFile, SourceRootInput, Workspace},
    node_caches::NodeCachePool,
};

/// What every query of this crate needs from a database.
#[salsa::db]
pub trait Db: salsa::Database {
    /// The inputs mirroring the current [`Sources`].
    fn workspace(&self) -> Workspace;

    /// The node caches that [`crate::syntax::parse`] builds trees with, shared by every clone of the
    /// database.
    fn node_caches(&self) -> &NodeCachePool;
}

/// The database: salsa's storage, the inputs mirroring the last applied [`Sources`], and (in
/// tests) a log of the queries that executed.
#[salsa::db]
#[derive(Clone)]
pub struct RootDatabase {
    storage: salsa::Storage<RootDatabase>,
    /// The handles of the inputs, kept to diff the next [`Sources`] against.
    pub(crate) mirror: Arc<Mirror>,
    /// The node caches of the trees, shared by the clones like the storage is.
    node_caches: Arc<NodeCachePool>,
    log: Option<ExecutionLog>,
}

impl std::fmt::Debug for RootDatabase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RootDatabase").finish_non_exhaustive()
    }
}

/// The names of the queries that executed (not those reused from memo), in order.
///
/// Logging costs time on every query, so only tests turn it on, through
/// [`RootDatabase::with_execution_log`].
#[derive(Clone, Default, Debug)]
pub struct ExecutionLog(Arc<Mutex<Vec<String>>>);

impl ExecutionLog {
    /// Takes the names logged so far, leaving the log empty.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Takes what executed so far as text for a snapshot: each query once, in the order it
    /// first ran, with how many times it ran (`parse ×2`); empty when nothing ran.
    pub fn take_summary(&self) -> String {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for name in self.take() {
            match counts.iter_mut().find(|(seen, _)| *seen == name) {
                Some((_, count)) => *count += 1,
                None => counts.push((name, 1)),
            }
        }
        counts.iter().map(|(name, count)| format!("{name} ×{count}\n")).collect()
    }

    /// How many times the query named `query` executed since the log was last taken.
    pub fn count(&self, query: &str) -> usize {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().filter(|name| *name == query).count()
    }
}

impl Default for RootDatabase {
    fn default() -> RootDatabase {
        RootDatabase::new()
    }
}

impl RootDatabase {
    /// An empty database: no roots, no crates.
    pub fn new() -> RootDatabase {
        let mut db = RootDatabase {
            storage: salsa::Storage::default(),
            mirror: Arc::default(),
            node_caches: Arc::default(),
            log: None,
        };
        db.init_workspace();
        db
    }

    /// An empty database that logs every query execution, for tests.
    pub fn with_execution_log() -> (RootDatabase, ExecutionLog) {
        let log = ExecutionLog::default();
        let events = log.clone();
        let storage = salsa::Storage::new(Some(Box::new(move |event: salsa::Event| {
            if let salsa::EventKind::WillExecute { database_key } = event.kind {
                let name = salsa::with_attached_database(|db| {
                    db.ingredient_debug_name(database_key.ingredient_index()).into_owned()
                });
                if let Some(name) = name {
                    events.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(name);
                }
            }
        })));
        let mut db =
            RootDatabase { storage, mirror: Arc::default(), node_caches: Arc::default(), log: Some(log.clone()) };
        db.init_workspace();
        (db, log)
    }

    /// A database holding `sources`.
    pub fn from_sources(sources: &Sources) -> RootDatabase {
        let mut db = RootDatabase::new();
        db.apply(sources);
        db
    }

    /// The execution log, if this database keeps one.
    pub fn execution_log(&self) -> Option<&ExecutionLog> {
        self.log.as_ref()
    }

    /// Starts a new revision without changing any input, so that the trees beyond the
    /// [`crate::syntax::parse`] LRU bound are freed now rather than at the next edit, and empties
    /// the [`NodeCachePool`], whose caches would otherwise keep every token and small node of the
    /// freed trees alive (on the corpus, 146 MB after the def maps). Queries stay valid: each is
    /// re-validated (cheaply, without executing) when next asked for; trees parsed later share
    /// pieces with one another again, not with the trees still held.
    ///
    /// Like any write, this waits until every other clone of the database is dropped.
    pub fn evict_lru(&mut self) {
        use salsa::Database as _;
        self.synthetic_write(salsa::Durability::LOW);
        self.node_caches.clear();
    }
}

#[salsa::db]
impl salsa::Database for RootDatabase {}

#[salsa::db]
impl Db for RootDatabase {
    fn workspace(&self) -> Workspace {
        self.mirror.workspace.expect("the workspace input is created with the database")
    }

    fn node_caches(&self) -> &NodeCachePool {
        &self.node_caches
    }
}

/// The input handles created so far, kept to diff the next [`Sources`] (applied by `RootDatabase::apply`) against.
#[derive(Clone, Default)]
pub(crate) struct Mirror {
    pub(crate) workspace: Option<Workspace>,
    pub(crate) roots: Vec<MirroredRoot>,
    pub(crate) crates: Vec<CrateInput>,
    /// The value applied last, to skip the roots whose files are the same shared data.
    pub(crate) last: Option<Sources>,
}

#[derive(Clone)]
pub(crate) struct MirroredRoot {
    pub(crate) input: SourceRootInput,
    pub(crate) files: Arc<rustc_hash::FxHashMap<sem_sources::RelativePath, SourceFile>>,
}

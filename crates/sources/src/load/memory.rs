//! An in-memory file system with injectable faults, for tests.

use std::{
    collections::{BTreeMap, VecDeque},
    ffi::OsString,
    io,
    path::{Component, Path, PathBuf},
    sync::{
        Mutex, MutexGuard, PoisonError,
        atomic::{AtomicUsize, Ordering},
    },
};

use super::{FileKind, FileSystem, symlink_loop_error};

/// How many symbolic links a path may go through before it is a loop, as on Linux.
const MAX_LINK_HOPS: usize = 40;

/// An in-memory [`FileSystem`] for tests, where every failure of a real disk can be injected.
///
/// It holds files (any bytes), directories, symbolic links (to relative or absolute targets,
/// which may dangle or loop), special files (FIFOs, sockets: [`FileKind::Other`]) and names
/// that are not UTF-8 (build them with `std::os::unix::ffi::OsStringExt`). Paths are absolute;
/// a relative path is taken from `/`, which always exists. Adding an entry creates its missing
/// parent directories. [`MemoryFileSystem::fault`] makes an operation on a path fail.
///
/// `read_dir` lists entries newest first, since no real file system promises an order: a walk
/// that does not sort would show it. [`MemoryFileSystem::reads`] counts calls to `read`, to
/// test when files are read.
#[derive(Debug, Default)]
pub struct MemoryFileSystem {
    state: Mutex<State>,
    reads: AtomicUsize,
}

/// A failure injected at one path of a [`MemoryFileSystem`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Fault {
    /// Reading the file fails with `PermissionDenied`, as for a file without read permission.
    Unreadable,
    /// Listing the directory fails with `PermissionDenied`.
    UnreadableDirectory,
    /// The entry is still listed by its directory, but every other operation on it (or through
    /// it) fails with `NotFound`: it was removed right after the listing.
    VanishesAfterListing,
    /// The entry is listed and has metadata, but reading it (or listing it) fails with
    /// `NotFound`: it was removed between the walk and the read.
    VanishesBeforeRead,
}

#[derive(Debug, Default)]
struct State {
    /// Every entry but `/`, by normalised absolute path, with the order it was added in.
    nodes: BTreeMap<PathBuf, (u64, Node)>,
    faults: BTreeMap<PathBuf, Fault>,
    next_order: u64,
}

#[derive(Clone, Debug)]
enum Node {
    File(Vec<u8>),
    Dir,
    Symlink(PathBuf),
    Other,
}

impl MemoryFileSystem {
    /// A file system holding only the directory `/`.
    pub fn new() -> MemoryFileSystem {
        MemoryFileSystem::default()
    }

    /// Adds (or replaces) a file at `path` holding `content`.
    pub fn file(&self, path: impl AsRef<Path>, content: impl Into<Vec<u8>>) -> &Self {
        self.add(path.as_ref(), Node::File(content.into()))
    }

    /// Adds (or replaces) a directory at `path`.
    pub fn dir(&self, path: impl AsRef<Path>) -> &Self {
        self.add(path.as_ref(), Node::Dir)
    }

    /// Adds (or replaces) a symbolic link at `path` to `target`, which is resolved from the
    /// link's directory when it is relative. The target need not exist.
    pub fn symlink(&self, path: impl AsRef<Path>, target: impl Into<PathBuf>) -> &Self {
        self.add(path.as_ref(), Node::Symlink(target.into()))
    }

    /// Adds (or replaces) a special file at `path`: something that is neither a file nor a
    /// directory, such as a FIFO. Reading it fails (a real FIFO would block).
    pub fn special(&self, path: impl AsRef<Path>) -> &Self {
        self.add(path.as_ref(), Node::Other)
    }

    /// Injects `fault` at `path`. The fault applies to the path as given to an operation and to
    /// the path it resolves to, so it may be put on a link or on its target.
    pub fn fault(&self, path: impl AsRef<Path>, fault: Fault) -> &Self {
        self.lock().faults.insert(normalise(path.as_ref()), fault);
        self
    }

    /// Removes the entry at `path` and everything under it.
    pub fn remove(&self, path: impl AsRef<Path>) -> &Self {
        let path = normalise(path.as_ref());
        self.lock().nodes.retain(|key, _| !key.starts_with(&path));
        self
    }

    /// How many times `read` has been called.
    pub fn reads(&self) -> usize {
        self.reads.load(Ordering::SeqCst)
    }

    fn add(&self, path: &Path, node: Node) -> &Self {
        let path = normalise(path);
        let mut state = self.lock();
        for ancestor in path.ancestors().skip(1) {
            if ancestor.parent().is_some() && !state.nodes.contains_key(ancestor) {
                let order = state.take_order();
                state.nodes.insert(ancestor.to_owned(), (order, Node::Dir));
            }
        }
        if path.parent().is_some() {
            let order = state.take_order();
            state.nodes.insert(path, (order, node));
        }
        self
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl State {
    fn take_order(&mut self) -> u64 {
        self.next_order += 1;
        self.next_order
    }

    fn node(&self, path: &Path) -> Option<&Node> {
        if path.parent().is_none() {
            return Some(&Node::Dir);
        }
        self.nodes.get(path).map(|(_, node)| node)
    }

    /// The fault at `given` (as an operation received it) or at `resolved`.
    fn fault(&self, given: &Path, resolved: &Path) -> Option<Fault> {
        self.faults.get(&normalise(given)).or_else(|| self.faults.get(resolved)).copied()
    }

    /// The path `path` names once every link on it is followed (but the last component's only
    /// if `follow_last`).
    fn resolve(&self, path: &Path, follow_last: bool) -> io::Result<PathBuf> {
        let mut pending: VecDeque<Step> = steps(path).collect();
        let mut current = PathBuf::from("/");
        let mut hops = 0;
        while let Some(step) = pending.pop_front() {
            let name = match step {
                Step::Parent => {
                    current.pop();
                    continue;
                }
                Step::Name(name) => name,
            };
            let next = current.join(name);
            let is_last = pending.is_empty();
            if self.faults.get(&next) == Some(&Fault::VanishesAfterListing) {
                return Err(io::Error::from(io::ErrorKind::NotFound));
            }
            match self.node(&next) {
                None => return Err(io::Error::from(io::ErrorKind::NotFound)),
                Some(Node::Symlink(target)) if !is_last || follow_last => {
                    hops += 1;
                    if hops > MAX_LINK_HOPS {
                        return Err(symlink_loop_error());
                    }
                    if target.is_absolute() {
                        current = PathBuf::from("/");
                    }
                    // The target's components come before the rest of the path.
                    for step in steps(target).collect::<Vec<_>>().into_iter().rev() {
                        pending.push_front(step);
                    }
                }
                Some(Node::File(_) | Node::Other) if !is_last => {
                    return Err(io::Error::from(io::ErrorKind::NotADirectory));
                }
                Some(_) => current = next,
            }
        }
        Ok(current)
    }
}

/// One step of a path to resolve.
enum Step {
    Parent,
    Name(OsString),
}

/// The steps of `path`; a root or a `.` is no step.
fn steps(path: &Path) -> impl Iterator<Item = Step> + '_ {
    path.components().filter_map(|component| match component {
        Component::Prefix(_) | Component::RootDir | Component::CurDir => None,
        Component::ParentDir => Some(Step::Parent),
        Component::Normal(name) => Some(Step::Name(name.to_owned())),
    })
}

/// `path` made absolute (from `/`) with `.` and `..` removed lexically.
fn normalise(path: &Path) -> PathBuf {
    let mut normal = PathBuf::from("/");
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir | Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            Component::Normal(name) => normal.push(name),
        }
    }
    normal
}

fn injected(kind: io::ErrorKind, what: &str) -> io::Error {
    io::Error::new(kind, format!("{what} (injected fault)"))
}

fn kind_of(node: &Node) -> FileKind {
    match node {
        Node::File(_) => FileKind::File,
        Node::Dir => FileKind::Dir,
        Node::Symlink(_) => FileKind::Symlink,
        Node::Other => FileKind::Other,
    }
}

impl FileSystem for MemoryFileSystem {
    fn read_dir(&self, dir: &Path) -> io::Result<Vec<OsString>> {
        let state = self.lock();
        let resolved = state.resolve(dir, true)?;
        match state.fault(dir, &resolved) {
            Some(Fault::UnreadableDirectory) => {
                return Err(injected(io::ErrorKind::PermissionDenied, "permission denied"));
            }
            Some(Fault::VanishesBeforeRead) => {
                return Err(io::Error::from(io::ErrorKind::NotFound));
            }
            _ => {}
        }
        if !matches!(state.node(&resolved), Some(Node::Dir)) {
            return Err(io::Error::from(io::ErrorKind::NotADirectory));
        }
        let mut children: Vec<(u64, OsString)> = state
            .nodes
            .iter()
            .filter(|(path, _)| path.parent() == Some(&*resolved))
            .filter_map(|(path, (order, _))| Some((*order, path.file_name()?.to_owned())))
            .collect();
        children.sort_by_key(|(order, _)| std::cmp::Reverse(*order));
        Ok(children.into_iter().map(|(_, name)| name).collect())
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind> {
        let state = self.lock();
        let resolved = state.resolve(path, false)?;
        state.node(&resolved).map(kind_of).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }

    fn metadata(&self, path: &Path) -> io::Result<FileKind> {
        let state = self.lock();
        let resolved = state.resolve(path, true)?;
        state.node(&resolved).map(kind_of).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        self.lock().resolve(path, true)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.reads.fetch_add(1, Ordering::SeqCst);
        let state = self.lock();
        let resolved = state.resolve(path, true)?;
        match state.fault(path, &resolved) {
            Some(Fault::Unreadable) => {
                return Err(injected(io::ErrorKind::PermissionDenied, "permission denied"));
            }
            Some(Fault::VanishesBeforeRead) => {
                return Err(io::Error::from(io::ErrorKind::NotFound));
            }
            _ => {}
        }
        match state.node(&resolved) {
            Some(Node::File(content)) => Ok(content.clone()),
            Some(Node::Dir) => Err(io::Error::from(io::ErrorKind::IsADirectory)),
            Some(Node::Other) => Err(injected(io::ErrorKind::WouldBlock, "a special file")),
            Some(Node::Symlink(_)) | None => Err(io::Error::from(io::ErrorKind::NotFound)),
        }
    }
}

//! Loading file trees from disk, behind a small [`FileSystem`] trait.
//!
//! File systems are complicated: names need not be UTF-8, symbolic links dangle or form cycles,
//! reading fails for many reasons, and files come and go while they are read. This module turns
//! all of that into data: a walk always returns a [`FileTree`], every failure becomes a
//! [`LoadError`] recorded in a shared [`LoadErrors`] sink (reported at the end of a run), and a
//! file that cannot be read gets empty text. No `io::Error` escapes this module: it appears only
//! in the [`FileSystem`] trait, whose few operations are all the walk needs.
//!
//! The walk reads the disk through an `Arc<dyn FileSystem>`: [`RealFileSystem`] is `std::fs`,
//! and [`MemoryFileSystem`] is an in-memory file system with injectable faults, so that every
//! failure can be tested without racing a real disk.
//!
//! Files are loaded eagerly or on demand ([`LoadMode`]). On demand, the walk only lists the
//! files; each text is read the first time [`FileText::get`] asks for it, and a failure is
//! recorded then.

mod memory;
#[cfg(all(test, unix))]
mod tests;

use std::{
    ffi::{OsStr, OsString},
    fmt, fs, io,
    path::{Path, PathBuf},
    sync::{Arc, Mutex, PoisonError},
};

use crate::{FileText, FileTree, RelativePath};

pub use self::memory::{Fault, MemoryFileSystem};

/// What a path names, as told by [`FileSystem::symlink_metadata`] and [`FileSystem::metadata`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum FileKind {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// A symbolic link (only from [`FileSystem::symlink_metadata`], which does not follow it).
    Symlink,
    /// Anything else: a FIFO, a socket, a device. Never read, since reading may block.
    Other,
}

/// The few file-system operations a walk needs.
///
/// Paths are absolute (or relative to the current directory of the process, for the real file
/// system). Implementations must be safe to share between threads, since texts loaded on demand
/// read through the file system from whichever thread asks first.
pub trait FileSystem: Send + Sync + fmt::Debug {
    /// The names of the entries of the directory `dir`, without `.` and `..`, in any order.
    fn read_dir(&self, dir: &Path) -> io::Result<Vec<OsString>>;

    /// What `path` names, without following a symbolic link at its end.
    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind>;

    /// What `path` names, following symbolic links; never [`FileKind::Symlink`].
    fn metadata(&self, path: &Path) -> io::Result<FileKind>;

    /// The absolute path of `path` with every symbolic link resolved and no `.` or `..`.
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;

    /// The whole content of the file at `path`, following symbolic links.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
}

/// The real file system, through `std::fs`.
#[derive(Clone, Copy, Default, Debug)]
pub struct RealFileSystem;

impl FileSystem for RealFileSystem {
    fn read_dir(&self, dir: &Path) -> io::Result<Vec<OsString>> {
        fs::read_dir(dir)?.map(|entry| entry.map(|entry| entry.file_name())).collect()
    }

    fn symlink_metadata(&self, path: &Path) -> io::Result<FileKind> {
        fs::symlink_metadata(path).map(|metadata| kind_of(metadata.file_type()))
    }

    fn metadata(&self, path: &Path) -> io::Result<FileKind> {
        fs::metadata(path).map(|metadata| kind_of(metadata.file_type()))
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        fs::canonicalize(path)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }
}

fn kind_of(file_type: fs::FileType) -> FileKind {
    if file_type.is_symlink() {
        FileKind::Symlink
    } else if file_type.is_dir() {
        FileKind::Dir
    } else if file_type.is_file() {
        FileKind::File
    } else {
        FileKind::Other
    }
}

/// A failure met while loading, with the path it concerns.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct LoadError {
    /// The absolute path of the file, directory or link, as reached by the walk (through
    /// symbolic links, not at their targets).
    pub path: PathBuf,
    /// What went wrong.
    pub kind: LoadErrorKind,
}

/// The ways loading a file or a directory can fail.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum LoadErrorKind {
    /// The file exists but cannot be read (no permission, an IO error…); its text is empty.
    Unreadable {
        /// The operating system's description of the error.
        message: String,
    },
    /// The name is not valid UTF-8, so it cannot be part of a [`RelativePath`]; the entry (a
    /// source file or a directory) is skipped.
    NonUtf8Name,
    /// The name is UTF-8 but cannot be a [`RelativePath`] (such as `C:x.rs`); the file is
    /// skipped.
    InvalidName {
        /// Why the path was rejected.
        message: String,
    },
    /// The content is not valid UTF-8; the text keeps it with every invalid sequence replaced
    /// by U+FFFD (as `String::from_utf8_lossy` does).
    NonUtf8Content,
    /// The entry was listed (or expected) but did not exist any more when it was inspected or
    /// read; a file's text is empty.
    Vanished,
    /// A symbolic link whose target does not exist; it is skipped.
    DanglingLink,
    /// A symbolic link that leads back to a directory being walked, or that resolves to itself
    /// (the system's "too many levels of symbolic links"); it is skipped, the walk goes on.
    SymlinkLoop,
    /// A directory that cannot be listed; none of its files are loaded.
    UnreadableDirectory {
        /// The operating system's description of the error.
        message: String,
    },
    /// A path expected to be a file is a directory, a FIFO, a socket or a device; it is not
    /// read.
    NotAFile,
}

impl fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadErrorKind::Unreadable { message } => write!(f, "cannot read the file: {message}"),
            LoadErrorKind::NonUtf8Name => f.write_str("the name is not valid UTF-8; skipped"),
            LoadErrorKind::InvalidName { message } => write!(f, "skipped: {message}"),
            LoadErrorKind::NonUtf8Content => {
                f.write_str("the content is not valid UTF-8; invalid bytes read as U+FFFD")
            }
            LoadErrorKind::Vanished => f.write_str("it vanished while it was being loaded"),
            LoadErrorKind::DanglingLink => f.write_str("the symbolic link points to nothing; skipped"),
            LoadErrorKind::SymlinkLoop => f.write_str("the symbolic link forms a loop; skipped"),
            LoadErrorKind::UnreadableDirectory { message } => {
                write!(f, "cannot list the directory: {message}")
            }
            LoadErrorKind::NotAFile => f.write_str("not a regular file; skipped"),
        }
    }
}

impl LoadError {
    /// An error of `kind` about `path`.
    pub fn new(path: impl Into<PathBuf>, kind: LoadErrorKind) -> LoadError {
        LoadError { path: path.into(), kind }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.kind)
    }
}

impl std::error::Error for LoadError {}

/// A shared sink for [`LoadError`]s: clones record into the same list, from any thread.
///
/// A walk records into it as it goes, and so do texts loaded on demand, whenever they are
/// first read; the errors are reported at the end of a run.
#[derive(Clone, Default, Debug)]
pub struct LoadErrors(Arc<Mutex<Vec<LoadError>>>);

impl LoadErrors {
    /// An empty sink.
    pub fn new() -> LoadErrors {
        LoadErrors::default()
    }

    /// Adds `error`.
    pub fn record(&self, error: LoadError) {
        self.lock().push(error);
    }

    /// The errors recorded so far, sorted by path and then by kind, whatever the order (or the
    /// thread) they were recorded in.
    pub fn to_vec(&self) -> Vec<LoadError> {
        let mut errors = self.lock().clone();
        errors.sort();
        errors
    }

    /// The number of errors recorded so far.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no error has been recorded.
    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<LoadError>> {
        // A panic while the lock was held cannot leave a `Vec::push` half done, so the list is
        // still good.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// When the texts of the files found by a walk are read.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub enum LoadMode {
    /// Every file is read during the walk.
    #[default]
    Eager,
    /// The walk only lists files; each is read the first time its text is asked for (see
    /// [`FileText::on_demand`]). Errors met then are recorded then.
    OnDemand,
}

/// How [`load_folder`] walks.
#[derive(Clone, Default, Debug)]
pub struct WalkOptions {
    /// When the files are read.
    pub mode: LoadMode,
    /// Directories the walk must not enter, as absolute paths: either as reached by joining
    /// names under the start directory, or canonical. Used to keep a nested Cargo package out
    /// of the root of the package that contains it. The start directory itself is always
    /// walked.
    pub skip_dirs: Vec<PathBuf>,
}

/// Loads every Rust file (`*.rs`) and every `Cargo.toml` under `dir` into a tree of paths
/// relative to `dir`, recording every failure in `errors`.
///
/// The walk:
/// - skips hidden entries (names starting with `.`: VCS data such as `.git`, editor lock files
///   such as Emacs's dangling `.#main.rs` links) and directories named `target` that are Cargo's
///   build output (beside a `Cargo.toml`, or holding Cargo's `CACHEDIR.TAG`), which holds
///   generated copies and can be huge; a source directory of that name (`src/target/`) is kept;
/// - skips the directories of [`WalkOptions::skip_dirs`];
/// - follows symbolic links to files and directories; a file's relative path is the path
///   through the links (their names), not their targets. A link back to a directory on the
///   current walk stack (or to an ancestor of one, which would lead back to it), or one that
///   resolves to itself, is a [`LoadErrorKind::SymlinkLoop`] recorded once for that link, and
///   a link to nothing is a [`LoadErrorKind::DanglingLink`]; both are skipped. Links that reach
///   the same directory without a loop walk it once for each way in;
/// - walks a directory named like a source file (`x.rs`) as a directory, and skips a FIFO,
///   socket or device named like one with a [`LoadErrorKind::NotAFile`] (reading would block);
/// - skips, with a [`LoadErrorKind::NonUtf8Name`], a source file or a directory whose name is
///   not UTF-8 (other entries with such names are ignored silently);
/// - visits entries in name order, so that the tree and the errors are the same from run to run
///   on the same disk.
///
/// Files are read as [`load_file`] does. The walk never panics and never stops early; a
/// directory that cannot be listed loses its own files only. An entry that disappears while
/// the walk inspects it is recorded as [`LoadErrorKind::Vanished`] whatever its name, since it
/// may have been a directory of sources.
pub fn load_folder(fs: &Arc<dyn FileSystem>, dir: &Path, options: &WalkOptions, errors: &LoadErrors) -> FileTree {
    let mut walk = Walk::new(fs, options, errors);
    match fs.canonicalize(dir) {
        Ok(canonical) => walk.run(dir, canonical),
        // Whatever the reason (it may never have existed), the start cannot be listed.
        Err(error) => errors.record(LoadError::new(
            dir,
            match directory_error(&error) {
                LoadErrorKind::SymlinkLoop => LoadErrorKind::SymlinkLoop,
                _ => LoadErrorKind::UnreadableDirectory { message: error.to_string() },
            },
        )),
    }
    walk.tree
}

/// The text of the file at `path`: read now ([`LoadMode::Eager`]) or the first time it is
/// asked for ([`LoadMode::OnDemand`]).
///
/// Reading never fails: a path that does not name a readable file gives empty text and
/// records why in `errors` ([`LoadErrorKind::Vanished`] when nothing is there,
/// [`LoadErrorKind::DanglingLink`], [`LoadErrorKind::SymlinkLoop`],
/// [`LoadErrorKind::NotAFile`] or [`LoadErrorKind::Unreadable`]). Content that is not UTF-8 is
/// kept as lossy text and recorded as [`LoadErrorKind::NonUtf8Content`].
pub fn load_file(fs: &Arc<dyn FileSystem>, path: &Path, mode: LoadMode, errors: &LoadErrors) -> FileText {
    match mode {
        LoadMode::Eager => FileText::new(read_text(&**fs, path, errors)),
        LoadMode::OnDemand => {
            let (fs, path, errors) = (Arc::clone(fs), path.to_owned(), errors.clone());
            FileText::on_demand(move || read_text(&*fs, &path, &errors))
        }
    }
}

fn read_text(fs: &dyn FileSystem, path: &Path, errors: &LoadErrors) -> String {
    let fail = |kind| {
        errors.record(LoadError::new(path, kind));
        String::new()
    };
    // Checking first keeps the read away from FIFOs, where it would block.
    match fs.metadata(path) {
        Ok(FileKind::File) => {}
        Ok(FileKind::Dir | FileKind::Symlink | FileKind::Other) => {
            return fail(LoadErrorKind::NotAFile);
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return match fs.symlink_metadata(path) {
                Ok(FileKind::Symlink) => fail(LoadErrorKind::DanglingLink),
                _ => fail(LoadErrorKind::Vanished),
            };
        }
        Err(error) => return fail(file_error(&error)),
    }
    match fs.read(path) {
        Ok(bytes) => String::from_utf8(bytes).unwrap_or_else(|error| {
            errors.record(LoadError::new(path, LoadErrorKind::NonUtf8Content));
            String::from_utf8_lossy(error.as_bytes()).into_owned()
        }),
        Err(error) => fail(file_error(&error)),
    }
}

/// The `errno` the operating system gives for "too many levels of symbolic links".
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    not(any(target_arch = "mips", target_arch = "mips64", target_arch = "sparc", target_arch = "sparc64"))
))]
const ELOOP: i32 = 40;
/// The `errno` the operating system gives for "too many levels of symbolic links"
/// (`ERROR_CANT_RESOLVE_FILENAME` on Windows).
#[cfg(windows)]
const ELOOP: i32 = 1921;
/// The `errno` the operating system gives for "too many levels of symbolic links" (the BSDs
/// and macOS).
#[cfg(not(any(
    windows,
    all(
        any(target_os = "linux", target_os = "android"),
        not(any(target_arch = "mips", target_arch = "mips64", target_arch = "sparc", target_arch = "sparc64"))
    )
)))]
const ELOOP: i32 = 62;

/// The error of a symbolic link that resolves to itself, as the operating system gives it.
fn symlink_loop_error() -> io::Error {
    io::Error::from_raw_os_error(ELOOP)
}

fn is_symlink_loop(error: &io::Error) -> bool {
    // `io::ErrorKind::FilesystemLoop` is not stable yet, so it is matched by name too.
    error.raw_os_error() == Some(ELOOP) || format!("{:?}", error.kind()) == "FilesystemLoop"
}

/// What an error from inspecting or reading a file means.
fn file_error(error: &io::Error) -> LoadErrorKind {
    if error.kind() == io::ErrorKind::NotFound {
        LoadErrorKind::Vanished
    } else if is_symlink_loop(error) {
        LoadErrorKind::SymlinkLoop
    } else {
        LoadErrorKind::Unreadable { message: error.to_string() }
    }
}

/// What an error from listing or resolving a directory means.
fn directory_error(error: &io::Error) -> LoadErrorKind {
    match file_error(error) {
        LoadErrorKind::Unreadable { message } => LoadErrorKind::UnreadableDirectory { message },
        kind => kind,
    }
}

/// Whether the walk keeps a file of this name.
fn is_source_name(name: &[u8]) -> bool {
    name.ends_with(b".rs") || name == b"Cargo.toml"
}

/// A directory on the walk stack.
struct Frame {
    /// The path as reached: the start directory joined with the names walked.
    path: PathBuf,
    /// The path relative to the start directory, `""` for the start directory itself.
    relative: String,
    /// The canonical path, to detect links back to a directory on the stack.
    canonical: PathBuf,
    /// The entries not visited yet, in name order.
    entries: std::vec::IntoIter<OsString>,
}

struct Walk<'a> {
    fs: &'a Arc<dyn FileSystem>,
    mode: LoadMode,
    skip_dirs: &'a [PathBuf],
    /// The canonical forms of `skip_dirs` (those that could be resolved).
    skip_canonical: Vec<PathBuf>,
    errors: &'a LoadErrors,
    tree: FileTree,
}

impl<'a> Walk<'a> {
    fn new(fs: &'a Arc<dyn FileSystem>, options: &'a WalkOptions, errors: &'a LoadErrors) -> Walk<'a> {
        let skip_canonical = options.skip_dirs.iter().filter_map(|dir| fs.canonicalize(dir).ok()).collect();
        Walk { fs, mode: options.mode, skip_dirs: &options.skip_dirs, skip_canonical, errors, tree: FileTree::new() }
    }

    fn record(&self, path: &Path, kind: LoadErrorKind) {
        self.errors.record(LoadError::new(path, kind));
    }

    /// Walks depth first with an explicit stack, so that a deep tree cannot overflow the
    /// thread's stack.
    fn run(&mut self, dir: &Path, canonical: PathBuf) {
        let mut stack: Vec<Frame> = Vec::new();
        stack.extend(self.open(dir.to_owned(), String::new(), canonical));
        while let Some(top) = stack.last_mut() {
            let Some(name) = top.entries.next() else {
                stack.pop();
                continue;
            };
            if let Some(frame) = self.visit(&stack, &name) {
                stack.push(frame);
            }
        }
    }

    /// Lists the directory at `path`, or records why it cannot be.
    fn open(&self, path: PathBuf, relative: String, canonical: PathBuf) -> Option<Frame> {
        match self.fs.read_dir(&path) {
            Ok(mut names) => {
                names.sort();
                Some(Frame { path, relative, canonical, entries: names.into_iter() })
            }
            Err(error) => {
                self.record(&path, directory_error(&error));
                None
            }
        }
    }

    /// Loads the entry `name` of the directory on top of `stack`, or returns the frame of the
    /// directory it names, to be walked next.
    fn visit(&mut self, stack: &[Frame], name: &OsStr) -> Option<Frame> {
        let parent = stack.last()?;
        let bytes = name.as_encoded_bytes();
        if bytes.is_empty() || bytes.starts_with(b".") {
            return None;
        }
        let path = parent.path.join(name);
        if bytes == b"target" && self.is_cargo_target_dir(&parent.path, &path) {
            return None;
        }
        let (kind, is_link) = match self.fs.symlink_metadata(&path) {
            Ok(FileKind::Symlink) => match self.fs.metadata(&path) {
                Ok(kind) => (kind, true),
                Err(error) if error.kind() == io::ErrorKind::NotFound => {
                    self.record(&path, LoadErrorKind::DanglingLink);
                    return None;
                }
                Err(error) => {
                    self.record(&path, file_error(&error));
                    return None;
                }
            },
            Ok(kind) => (kind, false),
            Err(error) => {
                self.record(&path, file_error(&error));
                return None;
            }
        };
        match kind {
            FileKind::Dir => self.enter(stack, parent, path, name, is_link),
            FileKind::File | FileKind::Other | FileKind::Symlink => {
                if !is_source_name(bytes) {
                    return None;
                }
                let Some(name) = name.to_str() else {
                    self.record(&path, LoadErrorKind::NonUtf8Name);
                    return None;
                };
                if kind != FileKind::File {
                    self.record(&path, LoadErrorKind::NotAFile);
                    return None;
                }
                let relative = match RelativePath::new(&join(&parent.relative, name)) {
                    Ok(relative) => relative,
                    Err(error) => {
                        let message = error.to_string();
                        self.record(&path, LoadErrorKind::InvalidName { message });
                        return None;
                    }
                };
                let text = load_file(self.fs, &path, self.mode, self.errors);
                self.tree.insert(relative, text);
                None
            }
        }
    }

    /// Whether `path`, an entry named `target` of the directory `parent`, is Cargo's build
    /// output: beside a `Cargo.toml` (where Cargo puts it), or tagged with the `CACHEDIR.TAG`
    /// that Cargo writes into it. A module's directory of that name (`src/target.rs` with
    /// `src/target/parser.rs`) is source like any other.
    fn is_cargo_target_dir(&self, parent: &Path, path: &Path) -> bool {
        let exists = |path: PathBuf| self.fs.metadata(&path).is_ok();
        exists(parent.join("Cargo.toml")) || exists(path.join("CACHEDIR.TAG"))
    }

    /// The frame of the directory `path`, unless it is skipped or closes a loop.
    fn enter(&self, stack: &[Frame], parent: &Frame, path: PathBuf, name: &OsStr, is_link: bool) -> Option<Frame> {
        if self.skip_dirs.contains(&path) {
            return None;
        }
        let canonical = if is_link {
            match self.fs.canonicalize(&path) {
                Ok(canonical) => canonical,
                Err(error) => {
                    self.record(&path, directory_error(&error));
                    return None;
                }
            }
        } else {
            // A directory that is not a link sits at its name inside its parent.
            parent.canonical.join(name)
        };
        if self.skip_canonical.contains(&canonical) {
            return None;
        }
        let Some(name) = name.to_str() else {
            self.record(&path, LoadErrorKind::NonUtf8Name);
            return None;
        };
        // A link to a directory on the stack, or to one of its ancestors, would lead back to
        // where the walk stands.
        if stack.iter().any(|frame| frame.canonical.starts_with(&canonical)) {
            self.record(&path, LoadErrorKind::SymlinkLoop);
            return None;
        }
        let relative = join(&parent.relative, name);
        self.open(path, relative, canonical)
    }
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() { name.to_owned() } else { format!("{parent}/{name}") }
}

//! File trees: relative path → text, with cheap persistent updates.

use std::{
    fmt,
    sync::{Arc, Mutex, OnceLock},
};

use crate::RelativePath;

/// The text of one file. Cloning shares the text; it is never copied.
///
/// A text is either given up front or read on demand, the first time [`FileText::get`] is
/// called (the command line loads large projects this way). Reading never fails: a loader
/// that meets an error returns empty text and records the error elsewhere.
#[derive(Clone)]
pub struct FileText(Arc<TextCell>);

type Reader = Box<dyn FnOnce() -> String + Send>;

struct TextCell {
    text: OnceLock<Box<str>>,
    reader: Mutex<Option<Reader>>,
}

impl FileText {
    /// A text known now.
    pub fn new(text: impl Into<String>) -> FileText {
        let cell = TextCell { text: OnceLock::from(text.into().into_boxed_str()), reader: Mutex::new(None) };
        FileText(Arc::new(cell))
    }

    /// A text produced by `read` the first time it is asked for, then kept.
    pub fn on_demand(read: impl FnOnce() -> String + Send + 'static) -> FileText {
        let cell = TextCell { text: OnceLock::new(), reader: Mutex::new(Some(Box::new(read))) };
        FileText(Arc::new(cell))
    }

    /// The text, reading it first if it is loaded on demand.
    pub fn get(&self) -> &str {
        self.0.text.get_or_init(|| {
            // `get_or_init` runs this at most once, so the reader is always still there; a
            // poisoned lock only means an earlier reader panicked, and then the text is empty.
            let reader = self.0.reader.lock().ok().and_then(|mut reader| reader.take());
            reader.map_or_else(String::new, |read| read()).into_boxed_str()
        })
    }

    /// Whether the text has been read already (always true for [`FileText::new`]).
    pub fn is_loaded(&self) -> bool {
        self.0.text.get().is_some()
    }

    /// Whether `self` and `other` are the same shared text (not merely equal strings).
    /// This is how a change is detected without reading or comparing texts.
    pub fn same(&self, other: &FileText) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl From<&str> for FileText {
    fn from(text: &str) -> FileText {
        FileText::new(text)
    }
}

impl From<String> for FileText {
    fn from(text: String) -> FileText {
        FileText::new(text)
    }
}

impl fmt::Debug for FileText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.text.get() {
            Some(text) => write!(f, "FileText({} bytes)", text.len()),
            None => f.write_str("FileText(not loaded)"),
        }
    }
}

/// An idealised file tree: relative path → text. A value type; every update returns a new
/// tree that shares all unchanged entries with the old one, which stays valid.
#[derive(Clone, Default)]
pub struct FileTree {
    files: imbl::OrdMap<RelativePath, FileText>,
}

impl FileTree {
    /// An empty tree.
    pub fn new() -> FileTree {
        FileTree::default()
    }

    /// The number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the tree holds no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The text of the file at `path`.
    pub fn get(&self, path: &RelativePath) -> Option<&FileText> {
        self.files.get(path)
    }

    /// Whether there is a file at `path`.
    pub fn contains(&self, path: &RelativePath) -> bool {
        self.files.contains_key(path)
    }

    /// Adds or replaces the file at `path` in place.
    pub fn insert(&mut self, path: RelativePath, text: impl Into<FileText>) {
        self.files.insert(path, text.into());
    }

    /// Removes the file at `path` in place, returning its text.
    pub fn remove(&mut self, path: &RelativePath) -> Option<FileText> {
        self.files.remove(path)
    }

    /// A new tree with the file at `path` set to `text`; `self` is unchanged.
    pub fn with_file(&self, path: RelativePath, text: impl Into<FileText>) -> FileTree {
        FileTree { files: self.files.update(path, text.into()) }
    }

    /// A new tree without the file at `path`; `self` is unchanged.
    pub fn without_file(&self, path: &RelativePath) -> FileTree {
        FileTree { files: self.files.without(path) }
    }

    /// Whether `self` and `other` are the same shared tree (not merely equal ones): then no
    /// file differs, and nothing needs to be compared.
    pub fn same(&self, other: &FileTree) -> bool {
        self.files.ptr_eq(&other.files)
    }

    /// The files in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&RelativePath, &FileText)> {
        self.files.iter()
    }

    /// The paths in order.
    pub fn paths(&self) -> impl Iterator<Item = &RelativePath> {
        self.files.keys()
    }
}

impl fmt::Debug for FileTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.files.iter()).finish()
    }
}

impl<T: Into<FileText>> FromIterator<(RelativePath, T)> for FileTree {
    fn from_iter<I: IntoIterator<Item = (RelativePath, T)>>(iter: I) -> FileTree {
        FileTree { files: iter.into_iter().map(|(path, text)| (path, text.into())).collect() }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn path(text: &str) -> RelativePath {
        RelativePath::new(text).unwrap()
    }

    #[test]
    fn on_demand_text_is_read_once_and_only_when_asked() {
        static READS: AtomicUsize = AtomicUsize::new(0);
        let text = FileText::on_demand(|| {
            READS.fetch_add(1, Ordering::SeqCst);
            "fn main() {}".to_owned()
        });
        let shared = text.clone();
        assert!(!text.is_loaded());
        assert_eq!(READS.load(Ordering::SeqCst), 0);
        assert_eq!(shared.get(), "fn main() {}");
        assert_eq!(text.get(), "fn main() {}");
        assert!(text.is_loaded());
        assert_eq!(READS.load(Ordering::SeqCst), 1);
        assert!(text.same(&shared));
        assert!(!text.same(&FileText::new("fn main() {}")));
    }

    #[test]
    fn older_trees_stay_unchanged_and_texts_are_shared() {
        let old: FileTree = [(path("a.rs"), "a"), (path("b.rs"), "b")].into_iter().collect();
        let new = old.with_file(path("a.rs"), "A").without_file(&path("b.rs"));
        assert_eq!(old.get(&path("a.rs")).unwrap().get(), "a");
        assert_eq!(old.get(&path("b.rs")).unwrap().get(), "b");
        assert_eq!(new.get(&path("a.rs")).unwrap().get(), "A");
        assert!(new.get(&path("b.rs")).is_none());

        let other = old.with_file(path("c.rs"), "c");
        assert!(other.get(&path("a.rs")).unwrap().same(old.get(&path("a.rs")).unwrap()));
    }
}

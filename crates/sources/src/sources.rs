//! `Sources`: every source root, the editor overlays and the crate graph, as one value.

use std::{fmt, path::PathBuf, sync::Arc};

use crate::{CrateGraph, CrateId, FileText, FileTree, ProcMacro, ProcMacros, RelativePath};

/// The index of a source root in a [`Sources`] value. Ids are never reused.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct RootId(pub u32);

/// How often a root is expected to change; the database gives each kind its own durability.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RootKind {
    /// The user's own code: edited often.
    Workspace,
    /// Dependencies from a registry, git, or the standard library: rarely change.
    Library,
}

/// A file named by its root and its path inside that root.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FilePath {
    /// The root that holds the file.
    pub root: RootId,
    /// The path of the file inside its root.
    pub path: RelativePath,
}

impl FilePath {
    /// The file at `path` in `root`.
    pub fn new(root: RootId, path: RelativePath) -> FilePath {
        FilePath { root, path }
    }
}

impl fmt::Debug for FilePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.root.0, self.path)
    }
}

/// One source root: a file tree, its kind, and (apart from the tree, so that analysis never
/// sees it) the directory it was loaded from.
#[derive(Clone, Debug)]
pub struct SourceRoot {
    /// How often the root changes.
    pub kind: RootKind,
    /// The files.
    pub tree: FileTree,
    /// The directory the tree was loaded from, for messages and for reloading; `None` for a
    /// root that exists only in memory.
    pub origin: Option<PathBuf>,
    /// Whether it is a crate of the standard library: its files that no crate reaches (docs,
    /// tests, other platforms) do not become crates of their own.
    pub is_sysroot: bool,
}

impl SourceRoot {
    /// A root of `kind` holding `tree`, with no directory on disk.
    pub fn new(kind: RootKind, tree: FileTree) -> SourceRoot {
        SourceRoot { kind, tree, origin: None, is_sysroot: false }
    }

    /// The same root, recorded as loaded from `dir`.
    pub fn with_origin(self, dir: impl Into<PathBuf>) -> SourceRoot {
        SourceRoot { origin: Some(dir.into()), ..self }
    }
}

/// All the input of an analysis: source roots, editor overlays and the crate graph.
///
/// `Sources` is a value: every update returns a new `Sources` and leaves `self` valid and
/// unchanged. Updates share everything they do not change (trees, texts, the crate graph), so
/// that a one-file edit costs a few pointer copies, not a copy of every text.
#[derive(Clone, Default)]
pub struct Sources {
    roots: imbl::Vector<SourceRoot>,
    /// Editor buffers; each takes precedence over the text of the same file in its root.
    overlays: imbl::OrdMap<FilePath, FileText>,
    crate_graph: Arc<CrateGraph>,
    /// The procedural macros registered for each proc-macro crate.
    proc_macros: imbl::OrdMap<CrateId, ProcMacros>,
}

impl Sources {
    /// No roots, no overlays, an empty crate graph.
    pub fn new() -> Sources {
        Sources::default()
    }

    /// Adds a root of `kind` holding `tree`.
    pub fn add_file_tree(&self, kind: RootKind, tree: FileTree) -> (RootId, Sources) {
        self.add_root(SourceRoot::new(kind, tree))
    }

    /// Adds `root`.
    pub fn add_root(&self, root: SourceRoot) -> (RootId, Sources) {
        let id = RootId(u32::try_from(self.roots.len()).expect("more than u32::MAX source roots"));
        let mut roots = self.roots.clone();
        roots.push_back(root);
        (id, Sources { roots, ..self.clone() })
    }

    /// Replaces the tree of `root`, keeping its kind and origin.
    ///
    /// # Panics
    /// If `root` does not belong to this `Sources` (ids come from [`Sources::add_file_tree`]).
    pub fn change_file_tree(&self, root: RootId, tree: FileTree) -> Sources {
        self.update_root(root, |source_root| source_root.tree = tree)
    }

    /// Sets the text of one file in its root (adding the file if it is new).
    pub fn set_file(&self, file: &FilePath, text: impl Into<FileText>) -> Sources {
        let text = text.into();
        self.update_root(file.root, |root| root.tree.insert(file.path.clone(), text))
    }

    /// Removes one file from its root (its overlay, if any, stays).
    pub fn remove_file(&self, file: &FilePath) -> Sources {
        self.update_root(file.root, |root| {
            root.tree.remove(&file.path);
        })
    }

    /// Lays an editor buffer over `file`: until it is cleared, the overlay is the file's text,
    /// whatever the root holds. A file that exists only as an overlay is a file of the root.
    pub fn set_overlay(&self, file: &FilePath, text: impl Into<FileText>) -> Sources {
        self.assert_root(file.root);
        Sources { overlays: self.overlays.update(file.clone(), text.into()), ..self.clone() }
    }

    /// Removes the overlay of `file`, so that the root's text shows again.
    pub fn clear_overlay(&self, file: &FilePath) -> Sources {
        Sources { overlays: self.overlays.without(file), ..self.clone() }
    }

    /// Registers `proc_macro` as a macro of the proc-macro crate `krate`, replacing one of the
    /// same name. Nothing is checked against the crate's source: a call resolves to the macro
    /// through the crate's `#[proc_macro]` function (or derive, or attribute), and finds its
    /// expander here. Registering again, even the same closure, is a change: the calls re-expand.
    pub fn add_proc_macro(&self, krate: CrateId, proc_macro: ProcMacro) -> Sources {
        let macros = self.proc_macros.get(&krate).cloned().unwrap_or_default().with(proc_macro);
        Sources { proc_macros: self.proc_macros.update(krate, macros), ..self.clone() }
    }

    /// The procedural macros registered for `krate` (none for most crates).
    pub fn proc_macros(&self, krate: CrateId) -> ProcMacros {
        self.proc_macros.get(&krate).cloned().unwrap_or_default()
    }

    /// Replaces the crate graph.
    pub fn with_crate_graph(&self, crate_graph: CrateGraph) -> Sources {
        Sources { crate_graph: Arc::new(crate_graph), ..self.clone() }
    }

    /// The text of `path` in `root`: the overlay if there is one, else the root's text.
    pub fn get_text(&self, root: RootId, path: &RelativePath) -> Option<&str> {
        self.file(&FilePath::new(root, path.clone())).map(FileText::get)
    }

    /// The shared text of `file` (the overlay if there is one), without reading it.
    pub fn file(&self, file: &FilePath) -> Option<&FileText> {
        self.overlays
            .get(file)
            .or_else(|| self.roots.get(file.root.0 as usize).and_then(|root| root.tree.get(&file.path)))
    }

    /// Whether `file` has an overlay.
    pub fn has_overlay(&self, file: &FilePath) -> bool {
        self.overlays.contains_key(file)
    }

    /// Every file of `root` with the text that counts (overlays included), in path order.
    pub fn files(&self, root: RootId) -> Vec<(RelativePath, FileText)> {
        let mut files: std::collections::BTreeMap<RelativePath, FileText> = self
            .root(root)
            .map(|r| r.tree.iter().map(|(path, text)| (path.clone(), text.clone())).collect())
            .unwrap_or_default();
        // Overlays are few (the buffers open in an editor), so a scan is cheap.
        for (file, text) in self.overlays.iter().filter(|(file, _)| file.root == root) {
            files.insert(file.path.clone(), text.clone());
        }
        files.into_iter().collect()
    }

    /// Whether the files of `root` (its tree and the overlays) are the very same shared data
    /// in `self` and in `older`, so that nothing in the root can have changed. A change to
    /// any overlay makes this false for every root.
    pub fn root_files_same(&self, older: &Sources, root: RootId) -> bool {
        let tree = |sources: &Sources| sources.root(root).map(|r| r.tree.clone());
        match (tree(self), tree(older)) {
            (Some(new), Some(old)) => new.same(&old) && self.overlays.ptr_eq(&older.overlays),
            _ => false,
        }
    }

    /// The root with id `root`.
    pub fn root(&self, root: RootId) -> Option<&SourceRoot> {
        self.roots.get(root.0 as usize)
    }

    /// Every root with its id.
    pub fn roots(&self) -> impl Iterator<Item = (RootId, &SourceRoot)> {
        self.roots.iter().enumerate().map(|(index, root)| (RootId(index as u32), root))
    }

    /// The number of roots.
    pub fn root_count(&self) -> usize {
        self.roots.len()
    }

    /// The crate graph.
    pub fn crate_graph(&self) -> &CrateGraph {
        &self.crate_graph
    }

    /// The crate graph, shared.
    pub fn crate_graph_arc(&self) -> &Arc<CrateGraph> {
        &self.crate_graph
    }

    fn update_root(&self, root: RootId, update: impl FnOnce(&mut SourceRoot)) -> Sources {
        self.assert_root(root);
        let mut roots = self.roots.clone();
        update(&mut roots[root.0 as usize]);
        Sources { roots, ..self.clone() }
    }

    fn assert_root(&self, root: RootId) {
        assert!((root.0 as usize) < self.roots.len(), "{root:?} is not a root of these Sources");
    }
}

impl fmt::Debug for Sources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sources")
            .field("roots", &self.roots)
            .field("overlays", &self.overlays)
            .field("crates", &self.crate_graph.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> RelativePath {
        RelativePath::new(text).unwrap()
    }

    fn tree(files: &[(&str, &str)]) -> FileTree {
        files.iter().map(|&(p, text)| (path(p), text)).collect()
    }

    #[test]
    fn every_update_leaves_the_older_value_as_it_was() {
        let empty = Sources::new();
        let (app, one) = empty.add_file_tree(RootKind::Workspace, tree(&[("main.rs", "fn main() {}")]));
        let (lib, two) = one.add_file_tree(RootKind::Library, tree(&[("lib.rs", "pub fn f() {}")]));
        assert_eq!((app, lib), (RootId(0), RootId(1)));
        assert_eq!(empty.root_count(), 0);
        assert_eq!(one.root_count(), 1);

        let changed = two.change_file_tree(lib, tree(&[("lib.rs", "pub fn g() {}"), ("extra.rs", "")]));
        let set = changed.set_file(&FilePath::new(app, path("main.rs")), "fn main() { run() }");
        let removed = set.remove_file(&FilePath::new(lib, path("extra.rs")));

        assert_eq!(two.get_text(lib, &path("lib.rs")), Some("pub fn f() {}"));
        assert_eq!(two.get_text(lib, &path("extra.rs")), None);
        assert_eq!(changed.get_text(lib, &path("lib.rs")), Some("pub fn g() {}"));
        assert_eq!(changed.get_text(app, &path("main.rs")), Some("fn main() {}"));
        assert_eq!(set.get_text(app, &path("main.rs")), Some("fn main() { run() }"));
        assert_eq!(set.get_text(lib, &path("extra.rs")), Some(""));
        assert_eq!(removed.get_text(lib, &path("extra.rs")), None);
        assert_eq!(removed.root(lib).unwrap().kind, RootKind::Library);
    }

    #[test]
    fn updates_share_the_texts_they_do_not_change() {
        let (root, before) = Sources::new().add_file_tree(RootKind::Workspace, tree(&[("a.rs", "a"), ("b.rs", "b")]));
        let after = before.set_file(&FilePath::new(root, path("a.rs")), "A");
        let b = FilePath::new(root, path("b.rs"));
        assert!(before.file(&b).unwrap().same(after.file(&b).unwrap()), "b.rs is shared, not copied");
        let a = FilePath::new(root, path("a.rs"));
        assert!(!before.file(&a).unwrap().same(after.file(&a).unwrap()));
    }

    #[test]
    fn overlays_take_precedence_until_cleared() {
        let (root, loaded) = Sources::new().add_file_tree(RootKind::Workspace, tree(&[("lib.rs", "on disk")]));
        let lib = FilePath::new(root, path("lib.rs"));
        let unsaved = FilePath::new(root, path("new.rs"));
        let editing = loaded.set_overlay(&lib, "in the editor").set_overlay(&unsaved, "not saved yet");
        assert_eq!(editing.get_text(root, &lib.path), Some("in the editor"));
        assert_eq!(editing.get_text(root, &unsaved.path), Some("not saved yet"));
        assert!(editing.has_overlay(&lib));

        // A change on disk under an overlay does not show until the overlay is cleared.
        let saved_elsewhere = editing.set_file(&lib, "changed on disk");
        assert_eq!(saved_elsewhere.get_text(root, &lib.path), Some("in the editor"));
        let closed = saved_elsewhere.clear_overlay(&lib);
        assert_eq!(closed.get_text(root, &lib.path), Some("changed on disk"));

        let files: Vec<(String, String)> =
            closed.files(root).into_iter().map(|(p, text)| (p.to_string(), text.get().to_owned())).collect();
        assert_eq!(
            files,
            [("lib.rs".to_owned(), "changed on disk".to_owned()), ("new.rs".to_owned(), "not saved yet".to_owned())]
        );
        assert_eq!(loaded.get_text(root, &lib.path), Some("on disk"));
        assert_eq!(loaded.get_text(root, &unsaved.path), None);
    }

    #[test]
    fn a_root_untouched_by_an_update_is_the_same_shared_data() {
        let (app, one) = Sources::new().add_file_tree(RootKind::Workspace, tree(&[("main.rs", "")]));
        let (lib, two) = one.add_file_tree(RootKind::Library, tree(&[("lib.rs", "")]));
        let edited = two.set_file(&FilePath::new(app, path("main.rs")), "fn main() {}");
        assert!(edited.root_files_same(&two, lib));
        assert!(!edited.root_files_same(&two, app));
        let overlaid = edited.set_overlay(&FilePath::new(app, path("main.rs")), "typing");
        assert!(!overlaid.root_files_same(&edited, lib), "any overlay change is a possible change");
        assert!(!two.root_files_same(&one, lib), "a root the older value does not have");
    }

    #[test]
    fn the_crate_graph_is_part_of_the_value() {
        let (root, sources) = Sources::new().add_file_tree(RootKind::Workspace, tree(&[("lib.rs", "")]));
        let mut graph = CrateGraph::new();
        graph.add_crate(crate::CrateData::new(
            "a",
            FilePath::new(root, path("lib.rs")),
            sem_syntax::Edition::Edition2024,
            crate::TargetKind::Lib,
        ));
        let with_graph = sources.with_crate_graph(graph);
        assert!(sources.crate_graph().is_empty());
        assert_eq!(with_graph.crate_graph().len(), 1);
    }

    #[test]
    #[should_panic(expected = "RootId(3) is not a root of these Sources")]
    fn a_root_of_other_sources_is_refused() {
        let _ = Sources::new().set_file(&FilePath::new(RootId(3), path("x.rs")), "");
    }
}

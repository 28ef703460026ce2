//! Mirroring a [`Sources`] value into the salsa inputs, setting only what changed.

use std::sync::Arc;

use rustc_hash::FxHashMap;
use salsa::{Durability, Setter};
use sem_sources::{CrateData, FilePath, RootKind, Sources};

use crate::{
    RootDatabase,
    database::{Mirror, MirroredRoot},
    inputs::{CrateInput, SourceFile, SourceRootInput, Workspace},
};

/// What one [`RootDatabase::apply`] changed.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct AppliedChange {
    /// Files that are new.
    pub files_added: usize,
    /// Files whose text is a different text.
    pub files_changed: usize,
    /// Files that are gone.
    pub files_removed: usize,
    /// Crates that are new or whose data changed.
    pub crates_changed: usize,
}

/// The durability of everything in a root of `kind`: library code rarely changes, so the
/// queries over it need not be re-validated after an edit of workspace code.
fn durability(kind: RootKind) -> Durability {
    match kind {
        RootKind::Workspace => Durability::LOW,
        RootKind::Library => Durability::HIGH,
    }
}

impl RootDatabase {
    pub(crate) fn init_workspace(&mut self) {
        let workspace = Workspace::builder(Vec::new(), Vec::new())
            .roots_durability(Durability::MEDIUM)
            .crates_durability(Durability::MEDIUM)
            .new(self);
        Arc::make_mut(&mut self.mirror).workspace = Some(workspace);
    }

    /// Makes the inputs mirror `sources`. Only what differs from the last applied value is set:
    /// a text that is the same shared [`sem_sources::FileText`] is not touched, so queries over
    /// unchanged files stay valid. Texts are compared by identity and never read here.
    pub fn apply(&mut self, sources: &Sources) -> AppliedChange {
        let mut change = AppliedChange::default();
        let mut mirror = Mirror::clone(&self.mirror);
        let workspace = mirror.workspace.expect("created with the database");

        let mut roots_grew = false;
        for (root_id, root) in sources.roots() {
            let durability = durability(root.kind);
            let index = root_id.0 as usize;
            if index == mirror.roots.len() {
                let files = Arc::new(FxHashMap::default());
                let input = SourceRootInput::builder(root_id, root.kind, Arc::clone(&files))
                    .id_durability(durability)
                    .kind_durability(durability)
                    .files_durability(durability)
                    .new(self);
                mirror.roots.push(MirroredRoot { input, files });
                roots_grew = true;
            }
            let mirrored = &mut mirror.roots[index];
            if mirrored.input.kind(self) != root.kind {
                mirrored.input.set_kind(self).with_durability(durability).to(root.kind);
            }
            if mirror.last.as_ref().is_some_and(|last| sources.root_files_same(last, root_id)) {
                continue;
            }
            let mut files = FxHashMap::default();
            files.reserve(mirrored.files.len());
            let mut file_set_changed = false;
            for (path, text) in sources.files(root_id) {
                let file = match mirrored.files.get(&path) {
                    Some(&file) => {
                        if !file.text(self).same(&text) {
                            file.set_text(self).with_durability(durability).to(text);
                            change.files_changed += 1;
                        }
                        file
                    }
                    None => {
                        change.files_added += 1;
                        file_set_changed = true;
                        SourceFile::builder(FilePath::new(root_id, path.clone()), text)
                            .path_durability(durability)
                            .text_durability(durability)
                            .new(self)
                    }
                };
                files.insert(path, file);
            }
            let kept = files.keys().filter(|path| mirrored.files.contains_key(*path)).count();
            let removed_here = mirrored.files.len() - kept;
            change.files_removed += removed_here;
            if file_set_changed || removed_here > 0 {
                let files = Arc::new(files);
                mirrored.input.set_files(self).with_durability(durability).to(Arc::clone(&files));
                mirrored.files = files;
            }
        }
        if roots_grew {
            let roots = mirror.roots.iter().map(|root| root.input).collect();
            workspace.set_roots(self).with_durability(Durability::MEDIUM).to(roots);
        }

        let graph = sources.crate_graph();
        let mut crates_resized = graph.len() != mirror.crates.len();
        mirror.crates.truncate(graph.len());
        for (id, data) in graph.iter() {
            match mirror.crates.get(id.0 as usize) {
                Some(&input) => {
                    if input.data(self) != data {
                        input.set_data(self).with_durability(Durability::MEDIUM).to(data.clone());
                        change.crates_changed += 1;
                    }
                    let proc_macros = sources.proc_macros(id);
                    if *input.proc_macros(self) != proc_macros {
                        input.set_proc_macros(self).with_durability(Durability::MEDIUM).to(proc_macros);
                        change.crates_changed += 1;
                    }
                }
                None => {
                    let input: CrateInput = CrateInput::builder(id, CrateData::clone(data), sources.proc_macros(id))
                        .id_durability(Durability::MEDIUM)
                        .data_durability(Durability::MEDIUM)
                        .proc_macros_durability(Durability::MEDIUM)
                        .new(self);
                    mirror.crates.push(input);
                    change.crates_changed += 1;
                    crates_resized = true;
                }
            }
        }
        if crates_resized {
            workspace.set_crates(self).with_durability(Durability::MEDIUM).to(mirror.crates.clone());
        }
        mirror.last = Some(sources.clone());
        self.mirror = Arc::new(mirror);
        change
    }
}

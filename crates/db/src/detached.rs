//! Crates of their own for the files that no crate reaches.

use sem_sources::{CrateData, Edition, Sources, TargetKind};

use crate::{Db, module_files::unreached_files};

/// `sources` with a detached single-file crate for every `.rs` file that no crate of `db`
/// (which must hold `sources`) reaches, so that loose files get analysis too; files of the
/// standard library's roots are left out.
///
/// A detached crate takes the edition and cfg options of the first crate rooted in the same
/// source root (its package's), or `default_edition` and no options when there is none.
pub fn with_detached_crates(db: &dyn Db, sources: &Sources, default_edition: Edition) -> Sources {
    // The standard library's unreached files (docs, tests, other platforms) are not wanted.
    let unreached: Vec<_> = unreached_files(db)
        .into_iter()
        .filter(|file| !sources.root(file.root).is_some_and(|root| root.is_sysroot))
        .collect();
    if unreached.is_empty() {
        return sources.clone();
    }
    let mut graph = sources.crate_graph().clone();
    for file in unreached {
        let neighbour = graph.iter().find(|(_, data)| data.root_file.root == file.root).map(|(_, data)| data);
        let edition = neighbour.map_or(default_edition, |data| data.edition);
        let cfg = neighbour.map(|data| data.cfg.clone()).unwrap_or_default();
        let name = file.path.file_stem().replace('-', "_");
        let mut data = CrateData::new(name, file, edition, TargetKind::Detached);
        data.cfg = cfg;
        graph.add_crate(data);
    }
    sources.with_crate_graph(graph)
}

//! `sem meta`: the crate meta file of one crate of a project, printed to standard output.

use std::{path::Path, sync::Arc};

use anyhow::{Context, bail};
use sem_db::{CrateInput, Db, RootDatabase, meta::write_crate_meta};
use sem_sources::{FileSystem, RealFileSystem, TargetKind, project::load_project};

use crate::{analysis::Loading, output::Output};

/// Loads `path` and prints the meta file of its crate named `crate_name` (its library when
/// several targets have that name).
pub(crate) fn run(path: &Path, crate_name: &str, loading: &Loading) -> anyhow::Result<()> {
    let (db, krate) = load_crate(path, crate_name, loading)?;
    let mut out = Output::stdout();
    out.write(&write_crate_meta(&db, krate));
    out.flush();
    Ok(())
}

/// Loads `path` and finds its crate named `crate_name` (its library when several targets have
/// that name), or says which crates there are.
pub(crate) fn load_crate(
    path: &Path,
    crate_name: &str,
    loading: &Loading,
) -> anyhow::Result<(RootDatabase, CrateInput)> {
    let options = loading.options();
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let project = load_project(&fs, path, &options).with_context(|| format!("cannot analyze {}", path.display()))?;
    for warning in &project.warnings {
        eprintln!("warning: {warning}");
    }
    let db = RootDatabase::from_sources(&project.sources);
    let named: Vec<_> =
        project.sources.crate_graph().iter().filter(|(_, data)| data.display_name == crate_name).collect();
    let library = named.iter().find(|(_, data)| matches!(data.target_kind, TargetKind::Lib | TargetKind::ProcMacro));
    let Some(&(id, _)) = library.or(named.first()) else {
        let mut names: Vec<&str> =
            project.sources.crate_graph().iter().map(|(_, data)| data.display_name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        bail!("no crate named `{crate_name}` in {}; its crates: {}", path.display(), names.join(", "));
    };
    let krate = db.workspace().krate(&db, id).context("the crate graph and the database disagree")?;
    Ok((db, krate))
}

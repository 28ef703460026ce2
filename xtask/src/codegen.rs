//! Generates the kinds and the typed AST from the grammar file (to be written).

use std::path::Path;

/// Runs the task with its command-line arguments.
pub(crate) fn run(_root: &Path, _args: Vec<String>) -> anyhow::Result<()> {
    anyhow::bail!("not written yet")
}

//! `sem parse`: the syntax tree of one file (or of standard input) as indented text.

use std::{io::Read, path::Path};

use anyhow::Context;
use sem_syntax::{Edition, debug_dump, parse_source_file};

use crate::output::Output;

/// Prints the tree of `file` (standard input when `None`) parsed in `edition`, followed by its
/// syntax errors. Syntax errors are part of the output, not a failure; a file that cannot be
/// read (or is not UTF-8) is.
pub(crate) fn run(file: Option<&Path>, edition: Edition) -> anyhow::Result<()> {
    let (bytes, name) = match file {
        Some(path) => (
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
            path.display().to_string(),
        ),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
            (bytes, "standard input".to_owned())
        }
    };
    let text = String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        anyhow::anyhow!("cannot parse {name}: it is not valid UTF-8 (invalid byte at offset {at})")
    })?;
    let parse = parse_source_file(&text, edition);
    let mut out = Output::stdout();
    out.write(&debug_dump(&parse.syntax_node(), parse.errors()));
    out.flush();
    Ok(())
}

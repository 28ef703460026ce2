//! `sem dump`: the lowered form of one crate's owners, as text, for people and snapshot tests:
//! each owner's signature as written and what each of its paths names, then its bodies (with
//! their desugarings marked) and what each of their paths names.

use std::path::Path;

use anyhow::bail;
use sem_hir::{
    body::dump_body,
    crate_owners, item_ast,
    resolver::{dump_body_resolutions, dump_signature_resolutions},
    signature::dump_signature,
};

use crate::{analysis::Loading, meta::load_crate, output::Output};

/// Loads `path` and prints every owner of its crate named `crate_name` (only `item` and what is
/// inside it, when given: a path such as `crate::a::S`).
pub(crate) fn run(path: &Path, crate_name: &str, item: Option<&str>, loading: &Loading) -> anyhow::Result<()> {
    let (db, krate) = load_crate(path, crate_name, loading)?;
    let mut out = Output::stdout();
    let mut printed = 0;
    for &owner in crate_owners(&db, krate) {
        let owner_path = owner.path(&db).to_string();
        if let Some(item) = item
            && owner_path != item
            && !owner_path.starts_with(&format!("{item}::"))
        {
            continue;
        }
        printed += 1;
        let kind = item_ast(&db, owner).map(|ast| format!("{:?}", ast.kind)).unwrap_or_default();
        out.write(&format!("{owner_path} ({kind})\n  {}\n", dump_signature(&db, owner)));
        for line in dump_signature_resolutions(&db, owner).lines() {
            out.write(&format!("    {line}\n"));
        }
        let body = dump_body(&db, owner);
        if !body.is_empty() {
            out.write("  body:\n");
            for line in body.lines() {
                out.write(&format!("    {line}\n"));
            }
            out.write("  paths of the body:\n");
            for line in dump_body_resolutions(&db, owner).lines() {
                out.write(&format!("    {line}\n"));
            }
        }
    }
    out.flush();
    if printed == 0
        && let Some(item) = item
    {
        bail!("no item `{item}` in crate `{crate_name}` (write its path from the crate root: `crate::a::S`)");
    }
    Ok(())
}

//! Fuzzes macro expansion the way production runs it: a `macro_rules!` definition and a call,
//! both from the input, in a one-file crate of an in-memory database whose module tree and def
//! map are asked for. That runs the whole chain with the production budgets: the per-call fuel,
//! re-expansion of the output up to the recursion limit, nested calls and definitions, and the
//! per-call and per-crate caps on expansions and tokens.
//!
//! Input layout: an edition selector byte, then the definition's rules, a NUL byte, and the
//! call's input; the crate root is `macro_rules! m { RULES }` and `m!(INPUT);` on the next line.
//! Without a NUL byte, the whole rest is the rules and the call's input is empty.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sem_db::{Db, RootDatabase, nameres::{crate_def_map, crate_module_tree}};
use sem_sources::{CrateData, CrateGraph, Edition, FilePath, FileTree, RelativePath, RootKind, Sources, TargetKind};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(rest) = std::str::from_utf8(rest) else { return };
    let (rules, input) = rest.split_once('\0').unwrap_or((rest, ""));
    let edition = Edition::ALL[usize::from(selector) % Edition::ALL.len()];
    let text = format!("macro_rules! m {{ {rules} }}\nm!({input});\n");

    let mut tree = FileTree::new();
    let lib = RelativePath::new("lib.rs").expect("a valid path");
    tree.insert(lib.clone(), text);
    let (root, sources) = Sources::new().add_file_tree(RootKind::Workspace, tree);
    let mut graph = CrateGraph::new();
    graph.add_crate(CrateData::new("fuzzed", FilePath::new(root, lib), edition, TargetKind::Lib));
    let db = RootDatabase::from_sources(&sources.with_crate_graph(graph));
    let krate = db.workspace().crates(&db)[0];
    let _ = crate_module_tree(&db, krate);
    let _ = crate_def_map(&db, krate);
});

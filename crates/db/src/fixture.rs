//! Multi-file fixtures for tests: one text that describes files and crates.
//!
//! ```text
//! //- /lib.rs crate:a deps:b edition:2021 cfg:test,feature=std env:KEY=value
//! mod foo;
//! //- /foo.rs
//! pub struct S;
//! //- /b/lib.rs crate:b proc_macro:true
//! ```
//!
//! Every file goes into one workspace root. A file with `crate:NAME` is the root of a crate;
//! `deps:` names crates defined anywhere in the fixture, `cfg:` takes flags and `key=value`
//! pairs, `env:` takes `KEY=value` pairs, all comma-separated; `proc_macro:true` makes the crate
//! a procedural-macro crate.

use sem_sources::{
    CrateData, CrateGraph, Dependency, Edition, FilePath, FileTree, RelativePath, RootKind, Sources, TargetKind,
};

/// The [`Sources`] a fixture describes.
///
/// # Panics
/// On a malformed fixture: this is for tests, where a clear panic is the right report.
pub fn sources_from_fixture(fixture: &str) -> Sources {
    struct CrateSpec {
        name: String,
        deps: Vec<String>,
        data: CrateData,
    }
    let mut tree = FileTree::new();
    let mut specs: Vec<CrateSpec> = Vec::new();
    let mut current: Option<(RelativePath, String)> = None;
    let finish = |current: &mut Option<(RelativePath, String)>, tree: &mut FileTree| {
        if let Some((path, text)) = current.take() {
            tree.insert(path, text);
        }
    };
    for line in fixture.split_inclusive('\n') {
        let Some(header) = line.trim_start().strip_prefix("//- ") else {
            if let Some((_, text)) = &mut current {
                text.push_str(line);
            }
            continue;
        };
        finish(&mut current, &mut tree);
        let mut words = header.split_whitespace();
        let path = words.next().expect("a fixture file needs a path");
        let path = RelativePath::new(path.trim_start_matches('/')).expect("a valid fixture path");
        let file = FilePath::new(sem_sources::RootId(0), path.clone());
        let mut spec: Option<CrateSpec> = None;
        let mut deps = Vec::new();
        let mut edition = Edition::Edition2021;
        let mut cfg = Vec::new();
        let mut env = Vec::new();
        let mut is_proc_macro = false;
        for word in words {
            let (key, value) = word.split_once(':').expect("fixture options are `key:value`");
            match key {
                "crate" => {
                    let data = CrateData::new(value, file.clone(), edition, TargetKind::Lib);
                    spec = Some(CrateSpec { name: value.to_owned(), deps: Vec::new(), data });
                }
                "deps" => deps.extend(value.split(',').map(str::to_owned)),
                "edition" => edition = value.parse().expect("a valid edition"),
                "cfg" => cfg.extend(value.split(',').map(str::to_owned)),
                "env" => env.extend(value.split(',').map(str::to_owned)),
                "proc_macro" => is_proc_macro = value == "true",
                _ => panic!("unknown fixture option `{key}`"),
            }
        }
        if let Some(mut spec) = spec {
            spec.deps = deps;
            spec.data.edition = edition;
            spec.data.is_proc_macro = is_proc_macro;
            if is_proc_macro {
                spec.data.target_kind = TargetKind::ProcMacro;
            }
            for atom in cfg {
                match atom.split_once('=') {
                    Some((key, value)) => spec.data.cfg.insert_key_value(key, value),
                    None => spec.data.cfg.insert_flag(atom),
                }
            }
            for pair in env {
                let (key, value) = pair.split_once('=').expect("env entries are `KEY=value`");
                spec.data.env.insert(key.to_owned(), value.to_owned());
            }
            specs.push(spec);
        }
        current = Some((path, String::new()));
    }
    finish(&mut current, &mut tree);

    let (root, sources) = Sources::new().add_file_tree(RootKind::Workspace, tree);
    assert_eq!(root.0, 0);
    let mut graph = CrateGraph::new();
    let ids: Vec<_> = specs.iter().map(|spec| graph.add_crate(spec.data.clone())).collect();
    for (spec, &id) in specs.iter().zip(&ids) {
        for dep in &spec.deps {
            let index = specs.iter().position(|other| &other.name == dep).unwrap_or_else(|| panic!("no crate `{dep}`"));
            graph.add_dependency(id, Dependency { name: dep.into(), krate: ids[index] }).expect("no cycle");
        }
    }
    sources.with_crate_graph(graph)
}

/// A database holding the fixture's sources, and the fixture's first crate: how most tests
/// start.
pub fn database_from_fixture(fixture: &str) -> (crate::RootDatabase, crate::CrateInput) {
    let db = crate::RootDatabase::from_sources(&sources_from_fixture(fixture));
    let krate = crate::Db::workspace(&db).crates(&db)[0];
    (db, krate)
}

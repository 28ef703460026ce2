//! Incrementality as a property: after each change, a snapshot of the queries that executed
//! (each with how many times), as rust-analyzer's and salsa's incremental tests check them.

use expect_test::expect;
use sem_db::{
    Db, RootDatabase,
    fixture::sources_from_fixture,
    syntax::{crate_files, parse, syntax_errors, tokens},
};
use sem_sources::{Edition, FilePath, RelativePath, RootId, Sources};

fn file(path: &str) -> FilePath {
    FilePath::new(RootId(0), RelativePath::new(path).unwrap())
}

const PROJECT: &str = r#"
//- /lib.rs crate:a
mod first;
mod second;
fn body() { let x = 1; }
//- /first.rs
pub fn one() -> u32 { 1 }
//- /second.rs
pub fn two() -> u32 { 2 }
"#;

/// Asks for the tokens and the tree of every file and the files of every crate.
fn analyze(db: &RootDatabase) {
    let workspace = db.workspace();
    for root in workspace.roots(db) {
        for &source_file in root.files(db).values() {
            let _ = tokens(db, source_file, Edition::Edition2021);
            let _ = parse(db, source_file, Edition::Edition2021);
        }
    }
    for &krate in workspace.crates(db) {
        let _ = crate_files(db, krate);
    }
}

fn setup() -> (RootDatabase, sem_db::ExecutionLog, Sources) {
    let sources = sources_from_fixture(PROJECT);
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources);
    analyze(&db);
    assert_eq!(log.count("tokens"), 3);
    assert_eq!(log.count("parse"), 3);
    log.take();
    (db, log, sources)
}

#[test]
fn changing_one_file_relexes_and_reparses_that_file_only() {
    let (mut db, log, sources) = setup();
    let first = db.workspace().file(&db, &file("first.rs")).unwrap();
    let second = db.workspace().file(&db, &file("second.rs")).unwrap();
    let second_before = parse(&db, second, Edition::Edition2021).clone();
    let sources = sources.set_file(&file("first.rs"), "pub fn one() -> u32 { 11 }\n");
    let change = db.apply(&sources);
    assert_eq!((change.files_changed, change.files_added, change.files_removed), (1, 0, 0));
    analyze(&db);
    expect![[r#"
        tokens ×1
        parse ×1
        mod_declarations ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert!(parse(&db, first, Edition::Edition2021).syntax_node().text().to_string().contains("11"));
    assert_eq!(parse(&db, second, Edition::Edition2021), &second_before);
    assert!(log.take().is_empty());
}

#[test]
fn the_tree_of_a_file_is_lossless_and_valid_input_has_no_error() {
    let db = RootDatabase::from_sources(&sources_from_fixture("//- /main.rs crate:m\nfn main() {}\n"));
    let main = db.workspace().file(&db, &file("main.rs")).unwrap();
    let tree = parse(&db, main, Edition::Edition2024);
    assert_eq!(tree.syntax_node().text().to_string(), "fn main() {}\n");
    assert_eq!(tree.errors(), &[]);
    assert!(syntax_errors(&db, main, Edition::Edition2024).is_empty());
}

#[test]
fn broken_input_has_errors_and_edition_is_part_of_the_key() {
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources_from_fixture("//- /lib.rs crate:a\nstruct S {\n"));
    let lib = db.workspace().file(&db, &file("lib.rs")).unwrap();
    assert!(!syntax_errors(&db, lib, Edition::Edition2021).is_empty());
    assert!(!syntax_errors(&db, lib, Edition::Edition2015).is_empty());
    // One parse per edition.
    expect![[r#"
        syntax_errors ×2
        lower_file ×2
    "#]]
    .assert_eq(&log.take_summary());
}

#[test]
fn the_errors_and_the_item_summary_of_a_file_come_from_one_parse() {
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources_from_fixture("//- /lib.rs crate:a\nfn f() { let = ; }\nstruct S;\n"));
    let lib = db.workspace().file(&db, &file("lib.rs")).unwrap();
    // The error is inside a body, which the summary's parse parses without building it.
    let errors = syntax_errors(&db, lib, Edition::Edition2021).clone();
    assert_eq!(&errors[..], parse(&db, lib, Edition::Edition2021).errors());
    assert!(!errors.is_empty() && errors.iter().all(|error| error.range().end() <= 18.into()));
    assert_eq!(sem_db::syntax::item_summary(&db, lib, Edition::Edition2021).items.len(), 2);
    expect![[r#"
        syntax_errors ×1
        lower_file ×1
        parse ×1
        item_summary ×1
    "#]]
    .assert_eq(&log.take_summary());
}

#[test]
fn an_evicted_tree_is_parsed_again_on_demand_with_an_equal_result() {
    let (mut db, log, _sources) = setup();
    db.set_parse_lru_capacity(1);
    let files: Vec<_> = ["lib.rs", "first.rs", "second.rs"]
        .map(|path| db.workspace().file(&db, &file(path)).unwrap())
        .into_iter()
        .collect();
    // The errors come from the parse that summarizes the items (`lower_file`), which keeps no
    // tree: the memoized trees are not read for them.
    let before: Vec<_> = files.iter().map(|&f| parse(&db, f, Edition::Edition2021).clone()).collect();
    for &f in &files {
        let _ = syntax_errors(&db, f, Edition::Edition2021);
    }
    expect![[r#"
        syntax_errors ×3
        lower_file ×3
    "#]]
    .assert_eq(&log.take_summary());

    // A new revision frees all but the most recently used tree.
    db.evict_lru();
    // The errors survive the eviction: no tree is parsed again for them.
    for &f in &files {
        let _ = syntax_errors(&db, f, Edition::Edition2021);
    }
    expect![[""]].assert_eq(&log.take_summary());
    for (&f, before) in files.iter().zip(&before) {
        assert_eq!(parse(&db, f, Edition::Edition2021), before);
    }
    // The two evicted trees are parsed again.
    expect![[r#"
        parse ×2
    "#]]
    .assert_eq(&log.take_summary());
    // Once parsed again, they are memoized for this revision.
    for &f in &files {
        let _ = parse(&db, f, Edition::Edition2021);
    }
    assert!(log.take().is_empty());
}

#[test]
fn trees_of_different_files_share_nodes_through_the_node_cache() {
    let db = RootDatabase::from_sources(&sources_from_fixture(PROJECT));
    assert!(db.node_caches().is_empty());
    let first = db.workspace().file(&db, &file("first.rs")).unwrap();
    let second = db.workspace().file(&db, &file("second.rs")).unwrap();
    let one = parse(&db, first, Edition::Edition2021).syntax_node();
    let two = parse(&db, second, Edition::Edition2021).syntax_node();
    assert_eq!(db.node_caches().len(), 1, "one thread, one cache");
    // The `pub` keyword tokens of the two files are one green token.
    let first_token = |node: &sem_syntax::SyntaxNode| node.first_token().unwrap().green().to_owned();
    assert_eq!(first_token(&one).text(), "pub");
    assert!(std::ptr::eq(&*first_token(&one), &*first_token(&two)));
}

#[test]
fn evicting_empties_the_node_caches_and_leaves_the_trees_equal() {
    let mut db = RootDatabase::from_sources(&sources_from_fixture(PROJECT));
    db.set_parse_lru_capacity(1);
    let first = db.workspace().file(&db, &file("first.rs")).unwrap();
    let second = db.workspace().file(&db, &file("second.rs")).unwrap();
    let before = parse(&db, first, Edition::Edition2021).syntax_node().green().into_owned();
    let _ = parse(&db, second, Edition::Edition2021);
    assert_eq!(db.node_caches().len(), 1);
    // `first`'s tree is evicted (one tree is kept), and parsed again with a new cache.
    db.evict_lru();
    assert!(db.node_caches().is_empty(), "the caches would keep the evicted trees' tokens alive");
    let after = parse(&db, first, Edition::Edition2021).syntax_node().green().into_owned();
    assert_eq!(before, after);
}

#[test]
fn an_edit_inside_a_body_does_not_recompute_the_crate_files() {
    let (mut db, log, sources) = setup();
    let sources = sources.set_file(&file("lib.rs"), "mod first;\nmod second;\nfn body() { let x = 2; }\n");
    db.apply(&sources);
    analyze(&db);
    // lib.rs is lexed and parsed again, its `mod` declarations are equal: no `crate_files`.
    expect![[r#"
        tokens ×1
        parse ×1
        mod_declarations ×1
    "#]]
    .assert_eq(&log.take_summary());
}

#[test]
fn a_new_mod_declaration_reaches_a_new_file() {
    let (mut db, log, sources) = setup();
    let sources = sources
        .set_file(&file("third.rs"), "pub fn three() {}\n")
        .set_file(&file("lib.rs"), "mod first;\nmod second;\nmod third;\n");
    let change = db.apply(&sources);
    assert_eq!((change.files_changed, change.files_added), (1, 1));
    analyze(&db);
    expect![[r#"
        tokens ×2
        parse ×2
        crate_files ×1
        mod_declarations ×2
    "#]]
    .assert_eq(&log.take_summary());
    let krate = db.workspace().crates(&db)[0];
    let files: Vec<String> = crate_files(&db, krate).files.iter().map(|file| file.path(&db).path.to_string()).collect();
    assert_eq!(files, ["lib.rs", "first.rs", "second.rs", "third.rs"]);
}

#[test]
fn applying_the_same_sources_again_changes_nothing() {
    let (mut db, log, sources) = setup();
    let change = db.apply(&sources.clone());
    assert_eq!(change, sem_db::AppliedChange::default());
    analyze(&db);
    assert!(log.take().is_empty());
}

#[test]
fn overlays_replace_the_text_until_cleared() {
    let (mut db, log, sources) = setup();
    let with_overlay = sources.set_overlay(&file("second.rs"), "pub fn two() -> u32 { /* typing */ }\n");
    db.apply(&with_overlay);
    analyze(&db);
    expect![[r#"
        tokens ×1
        parse ×1
        mod_declarations ×1
    "#]]
    .assert_eq(&log.take_summary());
    let second = db.workspace().file(&db, &file("second.rs")).unwrap();
    assert!(second.text(&db).get().contains("typing"));

    db.apply(&with_overlay.clear_overlay(&file("second.rs")));
    assert_eq!(second.text(&db).get(), "pub fn two() -> u32 { 2 }\n");
    // The older value still has its overlay.
    assert!(with_overlay.get_text(RootId(0), &file("second.rs").path).unwrap().contains("typing"));
}

#[test]
fn removing_a_file_removes_it_from_its_root() {
    let (mut db, _log, sources) = setup();
    let change = db.apply(&sources.remove_file(&file("second.rs")));
    assert_eq!(change.files_removed, 1);
    assert!(db.workspace().file(&db, &file("second.rs")).is_none());
    let krate = db.workspace().crates(&db)[0];
    assert_eq!(crate_files(&db, krate).files.len(), 2);
}

#[test]
fn the_default_lru_bound_is_the_documented_one() {
    let count = sem_db::syntax::PARSE_LRU_CAPACITY + 2;
    let mut fixture = String::from("//- /lib.rs crate:a\n");
    for index in 0..count - 1 {
        fixture.push_str(&format!("//- /f{index}.rs\nfn f{index}() {{}}\n"));
    }
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources_from_fixture(&fixture));
    let mut files: Vec<_> = db.workspace().roots(&db)[0].files(&db).values().copied().collect();
    files.sort_by_key(|f| f.path(&db).clone());
    for &f in &files {
        let _ = parse(&db, f, Edition::Edition2021);
    }
    assert_eq!(log.count("parse"), count);
    log.take();
    db.evict_lru();
    for &f in &files {
        let _ = parse(&db, f, Edition::Edition2021);
    }
    // Only the two least recently used trees were freed.
    expect![[r#"
        parse ×2
    "#]]
    .assert_eq(&log.take_summary());
}

/// A reader of the item summary, standing for definition collection and name resolution: how
/// often it runs tells whether the summary's early cutoff works.
#[salsa::tracked(returns(copy))]
fn item_count(db: &dyn Db, file: sem_db::SourceFile) -> usize {
    sem_db::syntax::item_summary(db, file, Edition::Edition2021).iter().count()
}

#[test]
fn edits_that_only_move_items_rerun_no_reader_of_the_item_summary() {
    let (mut db, log, sources) = setup();
    let lib = db.workspace().file(&db, &file("lib.rs")).unwrap();
    assert_eq!(item_count(&db, lib), 3);
    let positions_before = sem_db::syntax::item_positions(&db, lib, Edition::Edition2021).clone();
    log.take();

    // A body edit and a whitespace edit between items: the file is parsed and summarized again,
    // but the summary is equal, so its reader does not run again; the positions did move.
    let edited = "mod first;\n\n\nmod second;\nfn body() { let x = 2; let y = 3; }\n";
    let sources = sources.set_file(&file("lib.rs"), edited);
    db.apply(&sources);
    assert_eq!(item_count(&db, lib), 3);
    expect![[r#"
        lower_file ×1
        item_summary ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert_ne!(sem_db::syntax::item_positions(&db, lib, Edition::Edition2021), &positions_before);

    // A new item changes the summary: the reader runs again.
    let sources = sources.set_file(&file("lib.rs"), format!("{edited}struct S;\n"));
    db.apply(&sources);
    assert_eq!(item_count(&db, lib), 4);
    expect![[r#"
        item_positions ×1
        lower_file ×1
        item_summary ×1
        item_count ×1
    "#]]
    .assert_eq(&log.take_summary());
}

/// Every definition of every module of the first crate, with its stable hash.
fn def_path_hashes(db: &RootDatabase) -> Vec<(String, sem_db::nameres::DefPathHash)> {
    let krate = db.workspace().crates(db)[0];
    let name = krate.data(db).display_name.clone();
    let tree = sem_db::nameres::crate_module_tree(db, krate);
    let mut hashes: Vec<(String, sem_db::nameres::DefPathHash)> =
        tree.modules.iter().map(|module| (module.def_path.to_string(), module.def_path.hash_in(&name))).collect();
    for index in 0..tree.modules.len() {
        for (_, path) in sem_db::nameres::module_definitions(db, tree, sem_db::ids::ModuleIndex::new(index)) {
            hashes.push((path.to_string(), path.hash_in(&name)));
        }
    }
    hashes
}

#[test]
fn typing_in_a_body_or_between_items_reruns_no_definition_collection_nor_name_resolution_and_keeps_every_def_path_hash()
{
    let (mut db, log, sources) = setup();
    let before = def_path_hashes(&db);
    assert_eq!(before.len(), 6, "{before:?}");
    let krate = db.workspace().crates(&db)[0];
    let _ = sem_db::nameres::crate_def_map(&db, krate);
    log.take();

    let sources =
        sources.set_file(&file("lib.rs"), "mod first;\n\n  mod second;\n// note\nfn body() { let x = 12; }\n");
    db.apply(&sources);
    let after = def_path_hashes(&db);
    let _ = sem_db::nameres::crate_def_map(&db, krate);
    // Only lib.rs is parsed and summarized again; no definition collection, module tree or name
    // resolution runs.
    expect![[r#"
        lower_file ×1
        item_summary ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert_eq!(before, after);

    // A new item is a new definition; the others keep their hashes.
    let sources = sources.set_file(&file("first.rs"), "pub fn zero() {}\npub fn one() -> u32 { 1 }\n");
    db.apply(&sources);
    let with_new = def_path_hashes(&db);
    assert_eq!(with_new.len(), before.len() + 1);
    assert!(before.iter().all(|entry| with_new.contains(entry)), "{with_new:?}");
    expect![[r#"
        lower_file ×1
        item_summary ×1
        module_file_cfg_attrs ×1
        collect_definitions ×1
        crate_module_tree ×1
    "#]]
    .assert_eq(&log.take_summary());
}

#[test]
fn a_missing_module_file_appearing_later_fixes_the_module_tree() {
    let sources = sources_from_fixture("//- /lib.rs crate:a\nmod later;\n");
    let (mut db, _log) = RootDatabase::with_execution_log();
    db.apply(&sources);
    let krate = db.workspace().crates(&db)[0];
    let tree = sem_db::nameres::crate_module_tree(&db, krate);
    assert_eq!(tree.diagnostics.len(), 1, "{tree:?}");
    assert!(tree.modules[1].file.is_none());

    db.apply(&sources.set_file(&file("later.rs"), "pub fn now() {}\n"));
    let tree = sem_db::nameres::crate_module_tree(&db, krate);
    assert!(tree.diagnostics.is_empty(), "{tree:?}");
    assert_eq!(tree.modules[1].file.as_ref().map(|it| it.path.as_str()), Some("later.rs"));
    assert_eq!(sem_db::nameres::module_definitions(&db, tree, sem_db::ids::ModuleIndex::new(1)).len(), 1);
}

#[test]
fn typing_in_a_body_reexpands_no_macro_and_reruns_no_name_resolution() {
    let fixture = r#"
//- /lib.rs crate:a
macro_rules! make { ($name:ident) => { pub struct $name; pub fn helper() {} }; }
make!(Made);
mod inner;
fn body() { let x = 1; }
//- /inner.rs
make!(Again);
use crate::Made;
"#;
    let sources = sources_from_fixture(fixture);
    let (mut db, log) = RootDatabase::with_execution_log();
    db.apply(&sources);
    let krate = db.workspace().crates(&db)[0];
    let before = sem_db::nameres::crate_def_map(&db, krate).clone();
    assert_eq!(sem_db::nameres::crate_module_tree(&db, krate).expanded_macro_calls, 2);
    assert!(before.imports.iter().all(|it| it.status == sem_db::nameres::ImportStatus::Resolved), "{before:?}");
    log.take();

    let edited = fixture_text(fixture, "lib.rs").replace("let x = 1;", "let x = 1 + 2;\n    let y = x;");
    db.apply(&sources.set_file(&file("lib.rs"), edited));
    let after = sem_db::nameres::crate_def_map(&db, krate).clone();
    // No macro is resolved or expanded again, no definition collection or name resolution runs.
    expect![[r#"
        lower_file ×1
        item_summary ×1
    "#]]
    .assert_eq(&log.take_summary());
    assert_eq!(before, after);
}

/// The text of `path` in a fixture.
fn fixture_text(fixture: &str, path: &str) -> String {
    let header = format!("//- /{path}");
    let start = fixture.find(&header).unwrap();
    let body = &fixture[start..];
    let body = &body[body.find('\n').unwrap() + 1..];
    body[..body.find("//- ").unwrap_or(body.len())].to_owned()
}

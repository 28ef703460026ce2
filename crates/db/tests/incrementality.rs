//! Incrementality as a property: count the queries that execute after each change.

use sem_db::{Db, RootDatabase, crate_files, fixture::sources_from_fixture, tokens};
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

/// Asks for the tokens of every file and the files of every crate.
fn analyze(db: &RootDatabase) {
    let workspace = db.workspace();
    for root in workspace.roots(db) {
        for &source_file in root.files(db).values() {
            let _ = tokens(db, source_file, Edition::Edition2021);
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
    assert_eq!(log.count("tokens"), 3, "{:?}", log.take());
    log.take();
    (db, log, sources)
}

#[test]
fn changing_one_file_relexes_that_file_only() {
    let (mut db, log, sources) = setup();
    let sources = sources.set_file(&file("first.rs"), "pub fn one() -> u32 { 11 }\n");
    let change = db.apply(&sources);
    assert_eq!((change.files_changed, change.files_added, change.files_removed), (1, 0, 0));
    analyze(&db);
    assert_eq!(log.count("tokens"), 1, "{:?}", log.take());
}

#[test]
fn an_edit_inside_a_body_does_not_recompute_the_crate_files() {
    let (mut db, log, sources) = setup();
    let sources = sources.set_file(&file("lib.rs"), "mod first;\nmod second;\nfn body() { let x = 2; }\n");
    db.apply(&sources);
    analyze(&db);
    let executed = log.take();
    assert_eq!(executed.iter().filter(|name| *name == "tokens").count(), 1, "{executed:?}");
    assert_eq!(executed.iter().filter(|name| *name == "mod_declarations").count(), 1, "{executed:?}");
    assert_eq!(executed.iter().filter(|name| *name == "crate_files").count(), 0, "{executed:?}");
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
    assert_eq!(log.count("crate_files"), 1);
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
    assert_eq!(log.count("tokens"), 1);
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

//! The standard library from the machine's sysroot source folder: found, loaded as crates, and
//! resolved through by a real project's imports.
//!
//! This needs a sysroot source folder: the toolchain's `rust-src` component, Debian's
//! `rust-src` package (which `.ci/run` installs), or `$RUST_SRC_PATH`.

use std::{fs, path::Path, sync::Arc};

use sem_db::{
    Db, RootDatabase,
    nameres::{ImportStatus, crate_def_map},
};
use sem_sources::{
    FileSystem, RealFileSystem,
    project::{LoadOptions, load_project},
    sysroot::find_sysroot_src,
};

#[test]
fn imports_of_std_core_and_alloc_resolve_through_the_sysroot_sources() {
    let library = find_sysroot_src(None)
        .expect("no sysroot source folder: install rust-src (rustup component or Debian package)");
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("src")).unwrap();
    fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"user\"\nversion = \"0.1.0\"\nedition = \"2021\"\n")
        .unwrap();
    let source = "\
use std::collections::HashMap;
use std::sync::Arc;
use core::fmt::Debug;
use std::io::{self, Read};
extern crate alloc;
use alloc::vec::Vec;
use std::sync::atomic::AtomicUsize;
use std::NoSuchThing;
";
    fs::write(dir.path().join("src/lib.rs"), source).unwrap();
    let fs: Arc<dyn FileSystem> = Arc::new(RealFileSystem);
    let options = LoadOptions { sysroot_src: Some(library.clone()), ..LoadOptions::for_host() };
    let project = load_project(&fs, Path::new(dir.path()), &options).unwrap();
    assert!(project.warnings.is_empty(), "{:?}", project.warnings);
    let db = RootDatabase::from_sources(&project.sources);
    let names: Vec<String> =
        db.workspace().crates(&db).iter().map(|it| it.data(&db).display_name.to_string()).collect();
    for name in ["user", "core", "alloc", "std", "proc_macro", "test"] {
        assert!(names.iter().any(|it| it == name), "{name} in {names:?} (from {})", library.display());
    }
    let user = *db.workspace().crates(&db).iter().find(|it| it.data(&db).display_name == "user").unwrap();
    let statuses: Vec<(String, bool)> = crate_def_map(&db, user)
        .imports
        .iter()
        .map(|import| (import.path.to_string(), import.status == ImportStatus::Resolved))
        .collect();
    let expected: Vec<(String, bool)> = [
        ("std::collections::HashMap", true),
        ("std::sync::Arc", true),
        ("core::fmt::Debug", true),
        ("std::io::self", true),
        ("std::io::Read", true),
        ("alloc", true),
        ("alloc::vec::Vec", true),
        // `core` defines atomics under `target_has_atomic_load_store`, which older sources test.
        ("std::sync::atomic::AtomicUsize", true),
        ("std::NoSuchThing", false),
    ]
    .into_iter()
    .map(|(path, ok)| (path.to_owned(), ok))
    .collect();
    assert_eq!(statuses, expected);

    // std's platform layer (`std::sys`) is chosen by `cfg_if::cfg_if!`, a crates.io crate that
    // the library sources do not ship: it comes from the Cargo registry, which the corpus fetch
    // fills (`cargo xtask corpus`, as `.ci/run` does).
    let std = *db.workspace().crates(&db).iter().find(|it| it.data(&db).display_name == "std").unwrap();
    let std_dependencies: Vec<&str> = std.data(&db).dependencies.iter().map(|dep| dep.name.as_str()).collect();
    assert!(std_dependencies.contains(&"cfg_if"), "{std_dependencies:?}");
    let std_imports = &crate_def_map(&db, std).imports;
    // Nearly all of std's own imports resolve (98% with the sources of 1.95 and of 1.63): its
    // platform layer (`sys`) is chosen by `cfg_if::cfg_if!` in older sources and by the
    // built-in `cfg_select!` in newer ones.
    let resolved = std_imports.iter().filter(|import| import.status == ImportStatus::Resolved).count();
    eprintln!("std: {resolved} of {} imports resolved ({})", std_imports.len(), library.display());
    assert!(resolved * 100 >= std_imports.len() * 97, "{resolved} of {}", std_imports.len());
}

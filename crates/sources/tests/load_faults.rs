//! Loading from the real file system, with the faults a Linux disk can really produce.
//!
//! A file removed between the listing of its directory and its read cannot be staged reliably
//! on a real disk (it would race the walk); that case is tested with the fault-injecting
//! `MemoryFileSystem` in the unit tests of `load`, as is an unreadable file when these tests
//! run as root (where `chmod 000` does not stop reads).

#![cfg(unix)]

use std::{
    ffi::OsStr,
    fmt::Write,
    fs,
    os::unix::{
        ffi::OsStrExt,
        fs::{PermissionsExt, symlink},
    },
    path::Path,
    sync::Arc,
};

use expect_test::expect;
use sem_sources::{
    FileSystem, FileTree, LoadErrorKind, LoadErrors, RealFileSystem,
    load::{LoadMode, WalkOptions, load_file, load_folder},
};

fn real() -> Arc<dyn FileSystem> {
    Arc::new(RealFileSystem)
}

/// Every file with its text (read now), then every error, with `root` shown as `<root>`.
fn render(root: &Path, tree: &FileTree, errors: &LoadErrors) -> String {
    let mut out = String::new();
    for (path, text) in tree.iter() {
        writeln!(out, "{path}: {:?}", text.get()).unwrap();
    }
    for error in errors.to_vec() {
        writeln!(out, "error {error}").unwrap();
    }
    out.replace(&*root.to_string_lossy(), "<root>")
}

fn walk(root: &Path, mode: LoadMode) -> (FileTree, LoadErrors) {
    let errors = LoadErrors::new();
    let options = WalkOptions { mode, skip_dirs: Vec::new() };
    let tree = load_folder(&real(), root, &options, &errors);
    (tree, errors)
}

#[test]
fn real_disk_faults() {
    let temp = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root = temp.path();
    let src = root.join("src");
    fs::create_dir_all(src.join("x.rs")).unwrap();
    fs::create_dir_all(root.join("target/debug")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join("Cargo.toml"), "[package]\n").unwrap();
    fs::write(root.join("README.md"), "# readme\n").unwrap();
    fs::write(root.join("target/debug/out.rs"), "// generated").unwrap();
    fs::write(root.join(".git/hook.rs"), "").unwrap();
    fs::write(src.join("lib.rs"), "mod a;\n").unwrap();
    // A name that is not UTF-8.
    fs::write(src.join(OsStr::from_bytes(b"bad\xff.rs")), "fn bad() {}").unwrap();
    // Content that is not UTF-8 (Latin-1).
    fs::write(src.join("latin1.rs"), b"// caf\xe9\n").unwrap();
    // A directory named like a source file.
    fs::write(src.join("x.rs/inner.rs"), "// inner").unwrap();
    // A link to an ancestor directory, and two links to each other.
    symlink("..", src.join("up")).unwrap();
    symlink("b.rs", src.join("a.rs")).unwrap();
    symlink("a.rs", src.join("b.rs")).unwrap();
    // A link to nothing.
    symlink("nowhere.rs", src.join("dangling.rs")).unwrap();
    // A link to a file and a link to a directory outside the root, both followed.
    symlink("lib.rs", src.join("alias.rs")).unwrap();
    fs::write(outside.path().join("util.rs"), "// util").unwrap();
    symlink(outside.path(), src.join("linked")).unwrap();

    let (tree, errors) = walk(root, LoadMode::Eager);
    expect![[r#"
        Cargo.toml: "[package]\n"
        src/alias.rs: "mod a;\n"
        src/latin1.rs: "// caf�\n"
        src/lib.rs: "mod a;\n"
        src/linked/util.rs: "// util"
        src/x.rs/inner.rs: "// inner"
        error <root>/src/a.rs: the symbolic link forms a loop; skipped
        error <root>/src/b.rs: the symbolic link forms a loop; skipped
        error <root>/src/bad�.rs: the name is not valid UTF-8; skipped
        error <root>/src/dangling.rs: the symbolic link points to nothing; skipped
        error <root>/src/latin1.rs: the content is not valid UTF-8; invalid bytes read as U+FFFD
        error <root>/src/up: the symbolic link forms a loop; skipped
    "#]]
    .assert_eq(&render(root, &tree, &errors));

    // On demand, nothing is recorded until the texts are read, and then the same is.
    let (lazy_tree, lazy_errors) = walk(root, LoadMode::OnDemand);
    assert!(lazy_tree.iter().all(|(_, text)| !text.is_loaded()));
    assert_eq!(lazy_errors.len(), 5);
    assert_eq!(render(root, &lazy_tree, &lazy_errors), render(root, &tree, &errors));

    // A second walk gives the same result.
    let (again_tree, again_errors) = walk(root, LoadMode::Eager);
    assert_eq!(render(root, &again_tree, &again_errors), render(root, &tree, &errors));
}

#[test]
fn unreadable_file_and_directory() {
    let temp = tempfile::tempdir().unwrap();
    let root = temp.path();
    fs::write(root.join("lib.rs"), "mod secret;").unwrap();
    fs::write(root.join("secret.rs"), "fn secret() {}").unwrap();
    fs::create_dir(root.join("locked")).unwrap();
    fs::write(root.join("locked/inner.rs"), "// inner").unwrap();
    fs::set_permissions(root.join("secret.rs"), fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    // As root, permissions do not stop reads: then the files load like any other.
    let file_unreadable = fs::File::open(root.join("secret.rs")).is_err();
    let dir_unreadable = fs::read_dir(root.join("locked")).is_err();

    let (tree, errors) = walk(root, LoadMode::Eager);
    let rendered = render(root, &tree, &errors);
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();

    let mut expected = String::from("lib.rs: \"mod secret;\"\n");
    if !dir_unreadable {
        expected.push_str("locked/inner.rs: \"// inner\"\n");
    }
    expected.push_str(if file_unreadable { "secret.rs: \"\"\n" } else { "secret.rs: \"fn secret() {}\"\n" });
    if dir_unreadable {
        expected.push_str("error <root>/locked: cannot list the directory: Permission denied (os error 13)\n");
    }
    if file_unreadable {
        expected.push_str("error <root>/secret.rs: cannot read the file: Permission denied (os error 13)\n");
    }
    assert_eq!(rendered, expected);
}

#[test]
fn load_file_on_the_real_disk() {
    let temp = tempfile::tempdir().unwrap();
    let root = temp.path();
    fs::write(root.join("a.rs"), "fn a() {}").unwrap();
    fs::create_dir(root.join("dir.rs")).unwrap();
    symlink("loop.rs", root.join("loop.rs")).unwrap();
    symlink("nowhere.rs", root.join("dangling.rs")).unwrap();
    let fs = real();
    let mut out = String::new();
    for name in ["a.rs", "missing.rs", "dir.rs", "loop.rs", "dangling.rs"] {
        let errors = LoadErrors::new();
        let text = load_file(&fs, &root.join(name), LoadMode::OnDemand, &errors);
        assert!(errors.is_empty());
        let kinds: Vec<LoadErrorKind> = errors_after(&text, &errors);
        writeln!(out, "{name}: {:?} {kinds:?}", text.get()).unwrap();
    }
    expect![[r#"
        a.rs: "fn a() {}" []
        missing.rs: "" [Vanished]
        dir.rs: "" [NotAFile]
        loop.rs: "" [SymlinkLoop]
        dangling.rs: "" [DanglingLink]
    "#]]
    .assert_eq(&out);
}

/// The kinds of the errors recorded once `text` is read.
fn errors_after(text: &sem_sources::FileText, errors: &LoadErrors) -> Vec<LoadErrorKind> {
    text.get();
    errors.to_vec().into_iter().map(|error| error.kind).collect()
}

//! Tests of the walk and of file loading against [`MemoryFileSystem`], one fault at a time.

use std::{
    ffi::OsString,
    fmt::Write,
    os::unix::ffi::OsStringExt,
    path::{Path, PathBuf},
    sync::Arc,
};

use expect_test::{Expect, expect};

use super::*;

fn memory() -> Arc<MemoryFileSystem> {
    Arc::new(MemoryFileSystem::new())
}

fn as_dyn(fs: &Arc<MemoryFileSystem>) -> Arc<dyn FileSystem> {
    fs.clone()
}

/// A path with a name that is not UTF-8.
fn raw(bytes: &[u8]) -> PathBuf {
    PathBuf::from(OsString::from_vec(bytes.to_vec()))
}

fn walk(fs: &Arc<MemoryFileSystem>, dir: &str, options: &WalkOptions) -> (FileTree, LoadErrors) {
    let errors = LoadErrors::new();
    let tree = load_folder(&as_dyn(fs), Path::new(dir), options, &errors);
    (tree, errors)
}

/// Every file with its text (read now), then every error.
fn render(tree: &FileTree, errors: &LoadErrors) -> String {
    let mut out = String::new();
    for (path, text) in tree.iter() {
        writeln!(out, "{path}: {:?}", text.get()).unwrap();
    }
    for error in errors.to_vec() {
        writeln!(out, "error {}: {:?}", error.path.display(), error.kind).unwrap();
    }
    out
}

fn check(fs: &Arc<MemoryFileSystem>, dir: &str, expect: Expect) {
    let (tree, errors) = walk(fs, dir, &WalkOptions::default());
    expect.assert_eq(&render(&tree, &errors));
}

fn on_demand() -> WalkOptions {
    WalkOptions { mode: LoadMode::OnDemand, skip_dirs: Vec::new() }
}

#[test]
fn keeps_rust_files_and_manifests_only() {
    let fs = memory();
    fs.file("/p/Cargo.toml", "[package]")
        .file("/p/README.md", "# p")
        .file("/p/build.rs", "fn main() {}")
        .file("/p/src/lib.rs", "mod a;")
        .file("/p/src/a/b.rs", "")
        .file("/p/src/a/Cargo.toml.orig", "")
        .file("/p/src/a/cargo.toml", "")
        .file("/p/src/rs", "");
    check(
        &fs,
        "/p",
        expect![[r#"
            Cargo.toml: "[package]"
            build.rs: "fn main() {}"
            src/a/b.rs: ""
            src/lib.rs: "mod a;"
        "#]],
    );
}

#[test]
fn unreadable_file_gets_empty_text() {
    let fs = memory();
    fs.file("/p/lib.rs", "mod secret;").file("/p/secret.rs", "fn hidden() {}").fault("/p/secret.rs", Fault::Unreadable);
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: "mod secret;"
            secret.rs: ""
            error /p/secret.rs: Unreadable { message: "permission denied (injected fault)" }
        "#]],
    );
}

#[test]
fn non_utf8_names_are_skipped() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .file(raw(b"/p/bad\xff.rs"), "fn bad() {}")
        .file(raw(b"/p/notes\xff.txt"), "")
        .file(raw(b"/p/dir\xfe/inner.rs"), "")
        .file(raw(b"/p/.hidden\xfe/inner.rs"), "")
        .file(raw(b"/p/ok/\xffCargo.toml"), "");
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            error /p/bad�.rs: NonUtf8Name
            error /p/dir�: NonUtf8Name
        "#]],
    );
    // The message shows the name lossily.
    let (_, errors) = walk(&fs, "/p", &WalkOptions::default());
    expect![[r#"
        [
            "/p/bad�.rs: the name is not valid UTF-8; skipped",
            "/p/dir�: the name is not valid UTF-8; skipped",
        ]
    "#]]
    .assert_debug_eq(&errors.to_vec().iter().map(ToString::to_string).collect::<Vec<_>>());
}

#[test]
fn non_utf8_content_is_kept_as_lossy_text() {
    let fs = memory();
    fs.file("/p/latin1.rs", b"// caf\xe9\nfn main() {}\n".to_vec()).file("/p/ok.rs", "// café");
    check(
        &fs,
        "/p",
        expect![[r#"
            latin1.rs: "// caf�\nfn main() {}\n"
            ok.rs: "// café"
            error /p/latin1.rs: NonUtf8Content
        "#]],
    );
}

#[test]
fn vanished_files_eagerly() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .file("/p/gone_before_read.rs", "x")
        .fault("/p/gone_before_read.rs", Fault::VanishesBeforeRead)
        .file("/p/gone_after_listing.rs", "x")
        .fault("/p/gone_after_listing.rs", Fault::VanishesAfterListing)
        .dir("/p/gone_dir")
        .file("/p/gone_dir/a.rs", "")
        .fault("/p/gone_dir", Fault::VanishesAfterListing);
    check(
        &fs,
        "/p",
        expect![[r#"
            gone_before_read.rs: ""
            lib.rs: ""
            error /p/gone_after_listing.rs: Vanished
            error /p/gone_before_read.rs: Vanished
            error /p/gone_dir: Vanished
        "#]],
    );
}

#[test]
fn vanished_file_on_demand_is_recorded_when_read() {
    let fs = memory();
    fs.file("/p/lib.rs", "mod gone;").file("/p/gone.rs", "x").fault("/p/gone.rs", Fault::VanishesBeforeRead);
    let (tree, errors) = walk(&fs, "/p", &on_demand());
    assert_eq!(tree.paths().map(RelativePath::as_str).collect::<Vec<_>>(), ["gone.rs", "lib.rs"]);
    assert!(errors.is_empty());
    let gone = tree.get(&RelativePath::new("gone.rs").unwrap()).unwrap();
    assert_eq!(gone.get(), "");
    assert_eq!(errors.to_vec(), [LoadError::new("/p/gone.rs", LoadErrorKind::Vanished)]);
    // Reading again neither reads nor records again.
    assert_eq!(gone.get(), "");
    assert_eq!(errors.len(), 1);
}

#[test]
fn dangling_links_are_skipped() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .symlink("/p/missing.rs", "nowhere.rs")
        .symlink("/p/missing_dir", "/elsewhere/dir")
        .symlink("/p/.#lib.rs", "user@host.1234");
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            error /p/missing.rs: DanglingLink
            error /p/missing_dir: DanglingLink
        "#]],
    );
}

#[test]
fn link_to_an_ancestor_is_a_loop_recorded_once() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .file("/p/src/a.rs", "")
        .symlink("/p/src/up", "..")
        .symlink("/p/src/root", "/p")
        .symlink("/p/src/self", ".")
        .symlink("/p/src/slash", "/")
        .file("/p/src/z.rs", "");
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            src/a.rs: ""
            src/z.rs: ""
            error /p/src/root: SymlinkLoop
            error /p/src/self: SymlinkLoop
            error /p/src/slash: SymlinkLoop
            error /p/src/up: SymlinkLoop
        "#]],
    );
}

#[test]
fn links_that_resolve_to_themselves_are_loops() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .symlink("/p/me.rs", "me.rs")
        .symlink("/p/a.rs", "b.rs")
        .symlink("/p/b.rs", "a.rs")
        .symlink("/p/d", "d");
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            error /p/a.rs: SymlinkLoop
            error /p/b.rs: SymlinkLoop
            error /p/d: SymlinkLoop
            error /p/me.rs: SymlinkLoop
        "#]],
    );
}

#[test]
fn followed_links_keep_the_path_through_the_link() {
    let fs = memory();
    fs.file("/p/lib.rs", "lib")
        .symlink("/p/alias.rs", "lib.rs")
        .file("/shared/util.rs", "util")
        .file("/shared/deep/more.rs", "more")
        .symlink("/p/linked", "/shared")
        .symlink("/p/linked_again", "linked")
        .symlink("/p/notes.rs.txt", "lib.rs");
    check(
        &fs,
        "/p",
        expect![[r#"
            alias.rs: "lib"
            lib.rs: "lib"
            linked/deep/more.rs: "more"
            linked/util.rs: "util"
            linked_again/deep/more.rs: "more"
            linked_again/util.rs: "util"
        "#]],
    );
}

#[test]
fn directory_named_like_a_source_file_is_walked() {
    let fs = memory();
    fs.file("/p/x.rs/inner.rs", "inner").file("/p/x.rs/Cargo.toml/y.rs", "y");
    check(
        &fs,
        "/p",
        expect![[r#"
            x.rs/Cargo.toml/y.rs: "y"
            x.rs/inner.rs: "inner"
        "#]],
    );
}

#[test]
fn unreadable_directory_loses_its_own_files_only() {
    let fs = memory();
    fs.file("/p/lib.rs", "")
        .file("/p/locked/a.rs", "")
        .file("/p/locked/sub/b.rs", "")
        .file("/p/open/c.rs", "")
        .fault("/p/locked", Fault::UnreadableDirectory);
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            open/c.rs: ""
            error /p/locked: UnreadableDirectory { message: "permission denied (injected fault)" }
        "#]],
    );
}

#[test]
fn start_directory_that_cannot_be_walked() {
    let fs = memory();
    fs.file("/file.rs", "").dir("/locked").fault("/locked", Fault::UnreadableDirectory);
    check(
        &fs,
        "/missing",
        expect![[r#"
            error /missing: UnreadableDirectory { message: "entity not found" }
        "#]],
    );
    check(
        &fs,
        "/file.rs",
        expect![[r#"
        error /file.rs: UnreadableDirectory { message: "not a directory" }
    "#]],
    );
    check(
        &fs,
        "/locked",
        expect![[r#"
        error /locked: UnreadableDirectory { message: "permission denied (injected fault)" }
    "#]],
    );
}

#[test]
fn hidden_entries_and_cargo_target_directories_are_skipped() {
    let fs = memory();
    fs.file("/p/Cargo.toml", "")
        .file("/p/src/lib.rs", "")
        .file("/p/src/target.rs", "")
        .file("/p/.git/hooks/x.rs", "")
        .file("/p/.hidden.rs", "")
        .file("/p/target/debug/build/out.rs", "")
        .file("/p/elsewhere/target/CACHEDIR.TAG", "")
        .file("/p/elsewhere/target/debug/out.rs", "")
        .file("/p/src/target/generated.rs", "")
        .file("/p/targets/kept.rs", "");
    // `src/target/` is the directory of the module `src/target.rs` (cc's): neither beside a
    // `Cargo.toml` nor tagged by Cargo, so it is source.
    check(
        &fs,
        "/p",
        expect![[r#"
            Cargo.toml: ""
            src/lib.rs: ""
            src/target.rs: ""
            src/target/generated.rs: ""
            targets/kept.rs: ""
        "#]],
    );
}

#[test]
fn skip_dirs_are_not_entered() {
    let fs = memory();
    fs.file("/ws/Cargo.toml", "")
        .file("/ws/src/lib.rs", "")
        .file("/ws/nested/Cargo.toml", "")
        .file("/ws/nested/src/lib.rs", "")
        .file("/ws/crates/inner/src/lib.rs", "")
        .symlink("/ws/crates/link_to_nested", "../nested");
    let options = WalkOptions {
        mode: LoadMode::Eager,
        skip_dirs: vec![PathBuf::from("/ws/nested"), PathBuf::from("/ws/crates/inner")],
    };
    let (tree, errors) = walk(&fs, "/ws", &options);
    expect![[r#"
        Cargo.toml: ""
        src/lib.rs: ""
    "#]]
    .assert_eq(&render(&tree, &errors));
    // The start directory itself is walked even if skipped.
    let (tree, errors) = walk(&fs, "/ws/nested", &options);
    expect![[r#"
        Cargo.toml: ""
        src/lib.rs: ""
    "#]]
    .assert_eq(&render(&tree, &errors));
}

#[test]
fn special_files_are_not_read() {
    let fs = memory();
    fs.file("/p/lib.rs", "").special("/p/fifo.rs").special("/p/socket");
    check(
        &fs,
        "/p",
        expect![[r#"
            lib.rs: ""
            error /p/fifo.rs: NotAFile
        "#]],
    );
    assert_eq!(fs.reads(), 1);
}

#[test]
fn names_that_cannot_be_relative_paths_are_skipped() {
    let fs = memory();
    fs.file("/p/C:x.rs", "").file("/p/ok.rs", "");
    check(
        &fs,
        "/p",
        expect![[r#"
            ok.rs: ""
            error /p/C:x.rs: InvalidName { message: "`C:x.rs` is not a relative path: it is absolute; paths in a source root are relative" }
        "#]],
    );
}

#[test]
fn walks_are_deterministic() {
    // Entries are added in a scrambled order, and the memory file system lists them newest
    // first: the walk sorts.
    let fs = memory();
    for name in ["m", "b", "z", "a", "q"] {
        fs.file(format!("/p/{name}/{name}.rs"), name)
            .symlink(format!("/p/{name}/dangling.rs"), "nowhere")
            .file(format!("/p/{name}.rs"), name);
    }
    let (first_tree, first_errors) = walk(&fs, "/p", &WalkOptions::default());
    let first = render(&first_tree, &first_errors);
    for _ in 0..3 {
        let (tree, errors) = walk(&fs, "/p", &WalkOptions::default());
        assert_eq!(render(&tree, &errors), first);
    }
    expect![[r#"
        a.rs: "a"
        a/a.rs: "a"
        b.rs: "b"
        b/b.rs: "b"
        m.rs: "m"
        m/m.rs: "m"
        q.rs: "q"
        q/q.rs: "q"
        z.rs: "z"
        z/z.rs: "z"
        error /p/a/dangling.rs: DanglingLink
        error /p/b/dangling.rs: DanglingLink
        error /p/m/dangling.rs: DanglingLink
        error /p/q/dangling.rs: DanglingLink
        error /p/z/dangling.rs: DanglingLink
    "#]]
    .assert_eq(&first);
}

#[test]
fn errors_are_sorted_whatever_the_order_they_come_in() {
    let errors = LoadErrors::new();
    let clone = errors.clone();
    std::thread::scope(|scope| {
        scope.spawn(|| clone.record(LoadError::new("/b.rs", LoadErrorKind::Vanished)));
        scope.spawn(|| clone.record(LoadError::new("/a.rs", LoadErrorKind::NonUtf8Content)));
        scope.spawn(|| clone.record(LoadError::new("/a.rs", LoadErrorKind::NonUtf8Name)));
    });
    assert_eq!(errors.len(), 3);
    assert_eq!(
        errors.to_vec(),
        [
            LoadError::new("/a.rs", LoadErrorKind::NonUtf8Name),
            LoadError::new("/a.rs", LoadErrorKind::NonUtf8Content),
            LoadError::new("/b.rs", LoadErrorKind::Vanished),
        ]
    );
}

#[test]
fn load_errors_survive_a_poisoned_lock() {
    let errors = LoadErrors::new();
    let clone = errors.clone();
    let panicked = std::thread::spawn(move || {
        let _guard = clone.0.lock();
        panic!("poison the lock");
    })
    .join();
    assert!(panicked.is_err());
    errors.record(LoadError::new("/a.rs", LoadErrorKind::Vanished));
    assert_eq!(errors.len(), 1);
    assert!(!errors.is_empty());
    assert_eq!(errors.to_vec(), [LoadError::new("/a.rs", LoadErrorKind::Vanished)]);
}

#[test]
fn on_demand_reads_nothing_until_asked() {
    let fs = memory();
    fs.file("/p/a.rs", "a").file("/p/b.rs", "b").file("/p/c/d.rs", "d");
    let (tree, errors) = walk(&fs, "/p", &on_demand());
    assert_eq!(fs.reads(), 0);
    assert!(tree.iter().all(|(_, text)| !text.is_loaded()));
    let b = tree.get(&RelativePath::new("b.rs").unwrap()).unwrap();
    assert_eq!(b.get(), "b");
    assert_eq!(b.get(), "b");
    assert_eq!(fs.reads(), 1);
    assert!(!tree.get(&RelativePath::new("a.rs").unwrap()).unwrap().is_loaded());
    expect![[r#"
        a.rs: "a"
        b.rs: "b"
        c/d.rs: "d"
    "#]]
    .assert_eq(&render(&tree, &errors));
    assert_eq!(fs.reads(), 3);

    let (tree, _) = walk(&fs, "/p", &WalkOptions::default());
    assert!(tree.iter().all(|(_, text)| text.is_loaded()));
    assert_eq!(fs.reads(), 6);
}

#[test]
fn on_demand_errors_match_eager_errors() {
    let fs = memory();
    fs.file("/p/bad.rs", b"\xff".to_vec())
        .file("/p/locked.rs", "")
        .fault("/p/locked.rs", Fault::Unreadable)
        .file("/p/ok.rs", "ok");
    let (eager_tree, eager_errors) = walk(&fs, "/p", &WalkOptions::default());
    let (lazy_tree, lazy_errors) = walk(&fs, "/p", &on_demand());
    assert!(lazy_errors.is_empty());
    assert_eq!(render(&lazy_tree, &lazy_errors), render(&eager_tree, &eager_errors));
}

#[test]
fn load_file_reports_what_is_not_a_readable_file() {
    let fs = memory();
    fs.file("/p/a.rs", "a")
        .dir("/p/dir.rs")
        .special("/p/fifo.rs")
        .symlink("/p/dangling.rs", "nowhere.rs")
        .symlink("/p/loop.rs", "loop.rs")
        .file("/p/locked.rs", "")
        .fault("/p/locked.rs", Fault::Unreadable);
    let dyn_fs = as_dyn(&fs);
    let mut out = String::new();
    for name in ["a.rs", "missing.rs", "dir.rs", "fifo.rs", "dangling.rs", "loop.rs", "locked.rs"] {
        let errors = LoadErrors::new();
        let path = Path::new("/p").join(name);
        let text = load_file(&dyn_fs, &path, LoadMode::Eager, &errors);
        let kinds: Vec<_> = errors.to_vec().into_iter().map(|error| error.kind).collect();
        writeln!(out, "{name}: {:?} {kinds:?}", text.get()).unwrap();
    }
    expect![[r#"
        a.rs: "a" []
        missing.rs: "" [Vanished]
        dir.rs: "" [NotAFile]
        fifo.rs: "" [NotAFile]
        dangling.rs: "" [DanglingLink]
        loop.rs: "" [SymlinkLoop]
        locked.rs: "" [Unreadable { message: "permission denied (injected fault)" }]
    "#]]
    .assert_eq(&out);
    // Only the regular files were read.
    assert_eq!(fs.reads(), 2);
}

#[test]
fn errors_display_the_path_lossily() {
    let errors = [
        LoadError::new(raw(b"/p/bad\xff.rs"), LoadErrorKind::NonUtf8Name),
        LoadError::new("/p/a.rs", LoadErrorKind::Unreadable { message: "Permission denied".into() }),
        LoadError::new("/p/d", LoadErrorKind::UnreadableDirectory { message: "I/O error".into() }),
        LoadError::new("/p/b.rs", LoadErrorKind::NonUtf8Content),
        LoadError::new("/p/c.rs", LoadErrorKind::Vanished),
        LoadError::new("/p/e.rs", LoadErrorKind::DanglingLink),
        LoadError::new("/p/f", LoadErrorKind::SymlinkLoop),
        LoadError::new("/p/g.rs", LoadErrorKind::NotAFile),
        LoadError::new("/p/C:x.rs", LoadErrorKind::InvalidName { message: "it is absolute".into() }),
    ];
    let text: String = errors.iter().map(|error| format!("{error}\n")).collect();
    expect![[r#"
        /p/bad�.rs: the name is not valid UTF-8; skipped
        /p/a.rs: cannot read the file: Permission denied
        /p/d: cannot list the directory: I/O error
        /p/b.rs: the content is not valid UTF-8; invalid bytes read as U+FFFD
        /p/c.rs: it vanished while it was being loaded
        /p/e.rs: the symbolic link points to nothing; skipped
        /p/f: the symbolic link forms a loop; skipped
        /p/g.rs: not a regular file; skipped
        /p/C:x.rs: skipped: it is absolute
    "#]]
    .assert_eq(&text);
}

/// A tiny deterministic generator (xorshift), so that the test needs no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Random file systems full of links, faults and odd names: the walk never panics, always ends,
/// is deterministic, and loads the same texts with the same errors in both modes.
#[test]
fn any_file_system_state_is_survived() {
    let names: [&[u8]; 10] =
        [b"a.rs", b"b", b"x.rs", b"Cargo.toml", b".h", b"target", b"n\xff.rs", b"d\xfe", b"c", b"mod.rs"];
    let targets = ["..", "../..", ".", "/", "/p", "/p/b", "b", "a.rs", "missing", "/p/c/x.rs", "c/../b"];
    let faults =
        [Fault::Unreadable, Fault::UnreadableDirectory, Fault::VanishesAfterListing, Fault::VanishesBeforeRead];
    let (mut files, mut errors) = (0, 0);
    for seed in 1..=300u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let fs = memory();
        fs.dir("/p");
        for _ in 0..rng.below(25) {
            let mut path = PathBuf::from("/p");
            for _ in 0..=rng.below(3) {
                path.push(OsString::from_vec(rng.pick(&names).to_vec()));
            }
            match rng.below(6) {
                0 | 1 => fs.file(&path, if rng.below(4) == 0 { b"\xc3(".to_vec() } else { b"ok".to_vec() }),
                2 => fs.dir(&path),
                3 | 4 => fs.symlink(&path, *rng.pick(&targets)),
                _ => fs.special(&path),
            };
            if rng.below(5) == 0 {
                fs.fault(&path, *rng.pick(&faults));
            }
        }
        let (eager_tree, eager_errors) = walk(&fs, "/p", &WalkOptions::default());
        let eager = render(&eager_tree, &eager_errors);
        let (again_tree, again_errors) = walk(&fs, "/p", &WalkOptions::default());
        assert_eq!(render(&again_tree, &again_errors), eager, "seed {seed}");
        let (lazy_tree, lazy_errors) = walk(&fs, "/p", &on_demand());
        assert_eq!(render(&lazy_tree, &lazy_errors), eager, "seed {seed}");
        files += eager_tree.len();
        errors += eager_errors.len();
    }
    // The states were not all empty.
    assert!(files > 100 && errors > 300, "{files} files, {errors} errors");
}

//! The corpus of real code is what the project's issue asks for: at least 150 packages, 5,000
//! `.rs` files and 60 MB of text, with every edition represented.

use sem_syntax::Edition;
use sem_tests::corpus;

#[test]
fn corpus_is_broad_enough() {
    let corpus = corpus::load().unwrap();
    let packages = corpus.packages.len();
    let files = corpus.file_count();
    let bytes = corpus.byte_count();
    let per_edition = corpus.packages_per_edition();
    let summary = format!(
        "{packages} packages, {files} files, {:.1} MB, per edition: {}; {} files not UTF-8",
        bytes as f64 / 1e6,
        per_edition.iter().map(|(edition, count)| format!("{edition}: {count}")).collect::<Vec<_>>().join(", "),
        corpus.non_utf8_files.len()
    );
    eprintln!("corpus: {summary}");
    assert!(packages >= 150, "too few packages: {summary}");
    assert!(files >= 5_000, "too few files: {summary}");
    assert!(bytes >= 60_000_000, "too little text: {summary}");
    for (edition, count) in per_edition {
        assert!(count > 0, "no package of edition {edition}: {summary}");
    }
}

#[test]
fn corpus_is_sorted_and_complete() {
    let corpus = corpus::load().unwrap();
    // Loading is deterministic: packages and files come sorted, without duplicates.
    for pair in corpus.packages.windows(2) {
        assert!((&pair[0].name, &pair[0].version) < (&pair[1].name, &pair[1].version), "packages out of order");
    }
    for package in &corpus.packages {
        for pair in package.files.windows(2) {
            assert!(pair[0].path < pair[1].path, "files of {} out of order", package.id());
        }
        assert!(package.root.join("Cargo.toml").is_file(), "{} has no manifest", package.id());
    }
    // Packages that every Rust project depends on are there, in the edition of their manifest.
    let edition_of = |name: &str, version: &str| {
        corpus.packages.iter().find(|it| it.name == name && it.version == version).map(|it| it.edition)
    };
    assert_eq!(edition_of("winapi", "0.3.9"), Some(Edition::Edition2015));
    assert_eq!(edition_of("syn", "2.0.119"), Some(Edition::Edition2021));
    // The same value is shared by every caller.
    assert!(std::ptr::eq(corpus, corpus::load().unwrap()));
}

//! Fuzzes the parser: any text, in any edition, parses without panicking into a tree that keeps
//! the tree invariants (its text is the input, children tile their parent); and the parse that
//! name resolution reads, which folds function bodies and signatures
//! (`parse_source_file_without_bodies`), keeps them too, with the whole parse's errors and the
//! same item summary.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sem_syntax::{Edition, check_tree_invariants, parse_source_file, parse_source_file_without_bodies};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let edition = Edition::ALL[usize::from(selector) % Edition::ALL.len()];
    let parse = parse_source_file(text, edition);
    if let Err(problem) = check_tree_invariants(&parse.syntax_node(), text) {
        panic!("tree invariant broken in {edition}: {problem}");
    }
    let folded = parse_source_file_without_bodies(text, edition);
    if let Err(problem) = check_tree_invariants(&folded.syntax_node(), text) {
        panic!("tree invariant broken without bodies in {edition}: {problem}");
    }
    assert_eq!(folded.errors(), parse.errors(), "the errors without bodies differ in {edition}");
    assert_eq!(
        sem_db::syntax::summarize_source_file(&folded.tree()),
        sem_db::syntax::summarize_source_file(&parse.tree()),
        "the summary without bodies differs in {edition}"
    );
});

//! Fuzzes the parser: any text, in any edition, parses without panicking into a tree that keeps
//! the tree invariants (its text is the input, children tile their parent).

#![no_main]

use libfuzzer_sys::fuzz_target;
use sem_syntax::{Edition, check_tree_invariants, parse_source_file};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let edition = Edition::ALL[usize::from(selector) % Edition::ALL.len()];
    let parse = parse_source_file(text, edition);
    if let Err(problem) = check_tree_invariants(&parse.syntax_node(), text) {
        panic!("tree invariant broken in {edition}: {problem}");
    }
});

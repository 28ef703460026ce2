//! Fuzzes incremental reparsing: for any text and any edit, the reparse equals a fresh parse of
//! the edited text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sem_syntax::{Edition, Indel, TextRange, TextSize, parse_source_file};

fuzz_target!(|data: &[u8]| {
    // Layout: edition selector, start, length, insert length, then the insert and the text.
    let [selector, start, length, insert_length, rest @ ..] = data else { return };
    let insert_length = usize::from(*insert_length % 8).min(rest.len());
    let (insert, text) = rest.split_at(insert_length);
    let (Ok(insert), Ok(text)) = (std::str::from_utf8(insert), std::str::from_utf8(text)) else { return };
    let edition = Edition::ALL[usize::from(*selector) % Edition::ALL.len()];
    let mut start = usize::from(*start).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + usize::from(*length % 16)).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let to_size = |offset: usize| TextSize::try_from(offset).expect("short input");
    let edit = Indel { delete: TextRange::new(to_size(start), to_size(end)), insert: insert.to_owned() };
    let old = parse_source_file(text, edition);
    let (new, strategy) = old.reparse_with_strategy(&edit, edition);
    let mut edited = text.to_owned();
    edit.apply(&mut edited);
    let fresh = parse_source_file(&edited, edition);
    assert!(new == fresh, "{strategy:?} reparse differs from a fresh parse of {edited:?}");
});

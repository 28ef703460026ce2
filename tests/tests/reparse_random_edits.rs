//! 10,000 random edits on files of the real corpus: after each one, the incremental reparse
//! equals a fresh parse of the edited text, whatever strategy it took.
//!
//! The edits are drawn from a fixed-seed generator, so a failure reproduces; each failure
//! prints the file, the edit, and the strategy that went wrong.

use sem_syntax::{Indel, ReparseStrategy, TextRange, TextSize, debug_dump, parse_source_file};

/// How many edits the test makes.
const EDITS: usize = 10_000;
/// Edits go to files up to this size, so that the test's fresh parses stay cheap.
const MAX_FILE_SIZE: usize = 16 * 1024;
/// How many edits each chosen file gets, one after the other (each on the previous result).
const EDITS_PER_FILE: usize = 10;

/// A small, deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

/// Texts an edit may insert: what typing in an editor produces most, and what breaks most.
const SNIPPETS: &[&str] = &[
    "a",
    "x",
    "_",
    "1",
    " ",
    "  ",
    "\n",
    "\n\n",
    ";",
    ",",
    ".",
    ":",
    "::",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "<",
    ">",
    "\"",
    "'",
    "#",
    "!",
    "&",
    "|",
    "=",
    "->",
    "=>",
    "//",
    "/*",
    "*/",
    "r#",
    "fn",
    "let ",
    "mut",
    "struct",
    "if x ",
    "match",
    "{ }",
    "()",
    "foo(bar)",
    "self.",
    "'a",
    "0.1",
    "b\"",
    "ü",
    "\\",
    "/// doc\n",
];

fn char_boundary_at_or_before(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn random_edit(rng: &mut Rng, text: &str) -> Indel {
    let start = char_boundary_at_or_before(text, rng.below(text.len() + 1));
    let length = match rng.below(4) {
        0 => 0,
        1 => 1,
        2 => rng.below(8),
        _ => rng.below(64),
    };
    let end = char_boundary_at_or_before(text, start + length);
    let insert = match rng.below(5) {
        0 => String::new(),
        1 => {
            // A piece of the same file, as pasting does.
            let from = char_boundary_at_or_before(text, rng.below(text.len() + 1));
            let to = char_boundary_at_or_before(text, from + rng.below(40));
            text[from..to].to_owned()
        }
        _ => SNIPPETS[rng.below(SNIPPETS.len())].to_owned(),
    };
    let to_size = |offset: usize| TextSize::try_from(offset).expect("corpus files are smaller than 4 GiB");
    Indel { delete: TextRange::new(to_size(start), to_size(end)), insert }
}

#[test]
fn incremental_reparse_equals_a_fresh_parse_on_10_000_random_edits() {
    let corpus = sem_tests::corpus::load().expect("the corpus loads");
    let files: Vec<_> = corpus.files().filter(|file| file.text().len() <= MAX_FILE_SIZE).collect();
    assert!(files.len() > 1_000, "the corpus has enough small files ({})", files.len());
    let mut rng = Rng(0x5EED_CAFE_F00D_u64);
    let mut strategies = [0usize; 3];
    let mut edits = 0;
    while edits < EDITS {
        let file = files[rng.below(files.len())];
        let edition = file.edition();
        let mut text = file.text().to_owned();
        let mut parse = parse_source_file(&text, edition);
        for _ in 0..EDITS_PER_FILE {
            let edit = random_edit(&mut rng, &text);
            let (reparsed, strategy) = parse.reparse_with_strategy(&edit, edition);
            let before = text.clone();
            edit.apply(&mut text);
            let fresh = parse_source_file(&text, edition);
            if reparsed != fresh {
                let expected = debug_dump(&fresh.syntax_node(), fresh.errors());
                let actual = debug_dump(&reparsed.syntax_node(), reparsed.errors());
                let first_difference = expected
                    .lines()
                    .zip(actual.lines())
                    .find(|(a, b)| a != b)
                    .map(|(a, b)| format!("fresh: {a}\nreparse: {b}"))
                    .unwrap_or_else(|| match expected.lines().count().cmp(&actual.lines().count()) {
                        std::cmp::Ordering::Equal => "the dumps are equal but the trees are not".to_owned(),
                        _ => format!(
                            "the fresh dump has {} lines, the reparse {}",
                            expected.lines().count(),
                            actual.lines().count()
                        ),
                    });
                // The text before the edit, to reproduce the failure from.
                let saved = std::env::temp_dir().join("sem-reparse-failure.rs");
                let _ = std::fs::write(&saved, &before);
                panic!(
                    "edit #{edits} of {file} ({edition}), {edit:?}, strategy {strategy:?} (text before the edit saved \
                     to {}):\n{first_difference}",
                    saved.display()
                );
            }
            strategies[match strategy {
                ReparseStrategy::Token => 0,
                ReparseStrategy::Block => 1,
                ReparseStrategy::Full => 2,
            }] += 1;
            parse = reparsed;
            edits += 1;
        }
    }
    let [token, block, full] = strategies;
    eprintln!("{edits} edits: {token} relexed one token, {block} reparsed a block, {full} parsed the file again");
    // The incremental strategies must actually be exercised, or this test proves little.
    assert!(token > EDITS / 20, "too few single-token relexes: {token}");
    assert!(block > EDITS / 10, "too few block reparses: {block}");
}

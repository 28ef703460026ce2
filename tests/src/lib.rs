//! End-to-end tests of sem against real projects live in this package's `tests/` folder; this
//! library only makes `cargo test` compile and run the examples of the README.
//!
//! It may depend on any sem crate; nothing depends on it.

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;

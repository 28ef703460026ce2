//! End-to-end tests of sem against real projects live in this package's `tests/` folder; this
//! library makes `cargo test` compile and run the examples of the README, and holds what tests
//! and benchmarks share: [`corpus`], the loader of the crates.io corpus, and [`unresolved`],
//! the committed lists of what stays unresolved on it.
//!
//! It may depend on any sem crate; nothing but tests and benchmarks depends on it.

pub mod corpus;
pub mod unresolved;

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;

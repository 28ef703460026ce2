//! The pinned corpus of crates.io crates that sem's parser tests and benchmarks read.
//!
//! This package is never compiled: `cargo xtask corpus` (and the corpus loader of `sem-tests`)
//! only fetch its locked dependency graph and read the `.rs` files of every package in it.

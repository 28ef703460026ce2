//! The HIR 2.0 API of sem: a tree-shaped, fully expanded, fully resolved view of Rust code.
//!
//! Empty until the HIR issue. This is the one crate a consumer depends on; it may depend on
//! `sem-db` and below, and nothing below it may depend on it.

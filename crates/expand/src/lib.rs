//! Macro expansion for sem: the `macro_rules!` engine and built-in macros over token trees.
//!
//! Empty until the expansion issue. This crate may depend on `sem-syntax` only; it knows
//! nothing of salsa, of `Sources`, or of the database.

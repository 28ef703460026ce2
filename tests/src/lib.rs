//! End-to-end tests of sem live in `tests/`; this library is empty.

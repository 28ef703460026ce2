//! Tests of the params grammar.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

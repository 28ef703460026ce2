//! Tests of the grammar of patterns.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

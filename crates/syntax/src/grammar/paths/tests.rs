//! Tests of the grammar of paths.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

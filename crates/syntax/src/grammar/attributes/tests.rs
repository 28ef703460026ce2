//! Tests of the attributes grammar.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

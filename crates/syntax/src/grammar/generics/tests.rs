//! Tests of the generics grammar.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

//! Tests of the grammar of generic_args.

use expect_test::expect;

use crate::grammar::check::{check, check_ok};

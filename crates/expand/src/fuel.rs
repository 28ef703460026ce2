//! The limits of one expansion step, and the meter that enforces them.
//!
//! Every loop of the engine that input can make long is charged to a meter: each matcher
//! position processed, each token handed to the parser for a fragment, each token of the
//! output. Running out is an error of its own kind, reported as soon as it happens.

use crate::{ExpandError, ExpandErrorKind};

/// The limits of one call to [`crate::MacroRules::expand`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fuel {
    /// How many matcher steps (a matcher position processed at one token, or one token fed
    /// to the parser for a fragment) matching may take, over all rules tried.
    pub matcher_steps: usize,
    /// How many tokens (leaves and groups) one expansion may have.
    pub expansion_tokens: usize,
}

impl Fuel {
    /// The default number of matcher steps: about a million, a few tens of milliseconds of
    /// work, and far more than any real macro call takes.
    pub const DEFAULT_MATCHER_STEPS: usize = 1 << 20;
    /// The default size limit of an expansion, in tokens (rust-analyzer's limit too).
    pub const DEFAULT_EXPANSION_TOKENS: usize = 1 << 20;
}

impl Default for Fuel {
    fn default() -> Fuel {
        Fuel { matcher_steps: Fuel::DEFAULT_MATCHER_STEPS, expansion_tokens: Fuel::DEFAULT_EXPANSION_TOKENS }
    }
}

/// The matcher steps left for one call.
#[derive(Debug)]
pub(crate) struct Meter {
    left: usize,
    limit: usize,
}

impl Meter {
    pub(crate) fn new(fuel: &Fuel) -> Meter {
        Meter { left: fuel.matcher_steps, limit: fuel.matcher_steps }
    }

    /// Takes `steps` steps, or fails if fewer are left.
    pub(crate) fn charge<S>(&mut self, steps: usize) -> Result<(), ExpandError<S>> {
        match self.left.checked_sub(steps) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => {
                self.left = 0;
                Err(ExpandError::new(
                    ExpandErrorKind::MatcherFuelExhausted,
                    format!("matching the macro call took more than {} steps", self.limit),
                    None,
                ))
            }
        }
    }
}

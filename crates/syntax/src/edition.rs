//! Rust editions.
//!
//! The lexer needs the edition (keywords, reserved prefixes and guarded strings depend on it), so
//! the type lives here; the crate graph in `sem-sources` re-uses it.

use std::{fmt, str::FromStr};

/// A Rust edition.
///
/// Editions are ordered by time, so `edition >= Edition::Edition2018` reads as "2018 or later".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Edition {
    /// Rust 2015, the edition of a crate that names none.
    Edition2015,
    /// Rust 2018.
    Edition2018,
    /// Rust 2021.
    Edition2021,
    /// Rust 2024.
    Edition2024,
}

impl Edition {
    /// The newest edition this crate knows.
    pub const LATEST: Edition = Edition::Edition2024;

    /// Every edition, oldest first.
    pub const ALL: [Edition; 4] =
        [Edition::Edition2015, Edition::Edition2018, Edition::Edition2021, Edition::Edition2024];

    /// The year of the edition as Cargo writes it, such as `"2021"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Edition::Edition2015 => "2015",
            Edition::Edition2018 => "2018",
            Edition::Edition2021 => "2021",
            Edition::Edition2024 => "2024",
        }
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Edition {
    type Err = ParseEditionError;

    fn from_str(s: &str) -> Result<Edition, ParseEditionError> {
        let edition = match s {
            "2015" => Edition::Edition2015,
            "2018" => Edition::Edition2018,
            "2021" => Edition::Edition2021,
            "2024" => Edition::Edition2024,
            _ => {
                return Err(ParseEditionError { input: s.to_owned() });
            }
        };
        Ok(edition)
    }
}

/// The error of parsing a string that names no known edition.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseEditionError {
    input: String,
}

impl ParseEditionError {
    /// The string that was not an edition.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseEditionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown edition `{}`: expected one of 2015, 2018, 2021, 2024", self.input)
    }
}

impl std::error::Error for ParseEditionError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_strings() {
        for edition in Edition::ALL {
            assert_eq!(edition.as_str().parse::<Edition>(), Ok(edition));
            assert_eq!(edition.to_string(), edition.as_str());
        }
        assert_eq!(Edition::LATEST, *Edition::ALL.last().unwrap());
    }

    #[test]
    fn rejects_unknown_editions() {
        let err = "2019".parse::<Edition>().unwrap_err();
        assert_eq!(err.input(), "2019");
        assert_eq!(err.to_string(), "unknown edition `2019`: expected one of 2015, 2018, 2021, 2024");
        assert!(" 2018".parse::<Edition>().is_err());
        assert!("".parse::<Edition>().is_err());
    }

    #[test]
    fn editions_are_ordered_by_time() {
        assert!(Edition::Edition2015 < Edition::Edition2018);
        assert!(Edition::Edition2021 < Edition::Edition2024);
    }
}

//! The data model of the example application.
use serde::{Deserialize, Serialize};

mod greeting;
pub use greeting::Greeting;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    pub name: String,
    pub times: u32,
}

pub fn renamed_dependency_is_visible() -> bool {
    // `json` is `serde_json` under another name.
    json::to_string(&1u8).is_ok()
}

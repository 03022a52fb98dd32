//! Data transfer objects shared by the server and the browser. Plain serde types: no database
//! rows, no secrets.

use serde::{Deserialize, Serialize};

/// Live totals shown on the home page and exported as metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub feeds: i64,
    pub articles: i64,
    /// Claims that carry at least one red flag.
    pub flagged_claims: i64,
    pub published_verdicts: i64,
}

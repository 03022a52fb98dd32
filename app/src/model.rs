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

/// Where a feed stands, as the feeds page and `pollwatch feeds list` show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedStatus {
    /// Never fetched yet.
    New,
    /// The last fetch worked.
    Ok,
    /// The last fetch failed; the feed is retried with backoff.
    Failing,
    /// Not crawled (by hand, after too many failures, or on 410 Gone).
    Disabled,
}

impl FeedStatus {
    pub fn label(self) -> &'static str {
        match self {
            FeedStatus::New => "new",
            FeedStatus::Ok => "ok",
            FeedStatus::Failing => "failing",
            FeedStatus::Disabled => "disabled",
        }
    }

    /// The `.badge` class in `style/main.css`.
    pub fn badge_class(self) -> &'static str {
        match self {
            FeedStatus::New | FeedStatus::Ok => "ok",
            FeedStatus::Failing => "warn",
            FeedStatus::Disabled => "bad",
        }
    }
}

/// One feed on the feeds page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedInfo {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub outlet: String,
    pub country: Option<String>,
    pub state_affiliated: bool,
    pub status: FeedStatus,
    pub disabled_reason: Option<String>,
    pub last_fetched_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` while disabled.
    pub next_check_at: Option<chrono::DateTime<chrono::Utc>>,
    pub error_count: i32,
    pub last_error: Option<String>,
    pub article_count: i64,
}

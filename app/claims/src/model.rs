//! The engine's input and output types: the stable JSON contract.
//!
//! Owns [`Document`], [`Context`] and the serialized output ([`ExtractResult`], [`Claim`] and
//! their parts). Field names and shapes here are a public contract (`pollwatch extract`,
//! `POST /v1/extract`): fields may be added, never renamed or removed.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::ElectionCalendar;
use crate::registry::{MatchKind, PollsterStatus};

/// One article or passage to analyse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The caller's identifier, echoed in the result.
    #[serde(default)]
    pub id: Option<String>,
    /// Plain text; spans in the result are byte offsets into it.
    pub text: String,
    /// A language tag if known ("fr", "fr-FR"); detected otherwise.
    #[serde(default)]
    pub lang: Option<String>,
    /// Where it was published.
    #[serde(default)]
    pub url: Option<String>,
    /// When it was published (RFC 3339).
    #[serde(default)]
    pub published_at: Option<DateTime<FixedOffset>>,
    /// The outlet's name.
    #[serde(default)]
    pub outlet: Option<String>,
}

impl Document {
    /// A document with only text.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
}

/// What the caller knows beyond the text.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The outlet is flagged state-affiliated (raises `state_media_source`).
    pub state_affiliated: bool,
    /// ISO 3166-1 alpha-2 country of the outlet, for blackout rules and ambiguous pollsters.
    /// When absent it is guessed from the URL's country domain, then from the language.
    pub country: Option<String>,
    /// Election dates with their legal poll blackouts.
    pub calendar: Arc<ElectionCalendar>,
}

/// The result for one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtractResult {
    /// The document's id.
    pub id: Option<String>,
    /// ISO 639-1 code, given or detected ("und" if unknown).
    pub lang: String,
    /// Poll claims, in text order.
    pub claims: Vec<Claim>,
}

/// What kind of claim. Only polls for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A statement of poll results.
    Poll,
}

/// One poll claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Always `poll`.
    pub kind: ClaimKind,
    /// Byte offsets `[start, end)` of the claim's sentences in the text.
    pub span: [usize; 2],
    /// The text of the span.
    pub quote: String,
    /// Who conducted the poll.
    pub pollster: PollsterRef,
    /// Who commissioned or published it ("the Times", "Paris-Match").
    pub sponsor: Option<String>,
    /// Subject–figure pairs, in text order.
    pub figures: Vec<Figure>,
    /// Number of respondents.
    pub sample_size: Option<u32>,
    /// When the interviews took place.
    pub fieldwork: Option<Fieldwork>,
    /// Stated margin of error, in percentage points.
    pub margin_of_error: Option<f64>,
    /// Interview mode, if stated.
    pub method: Option<Method>,
    /// Share of the five disclosure items present (sample size, fieldwork dates, sponsor,
    /// method, margin of error), in [0, 1].
    pub transparency: f64,
    /// Problems found, each with a sentence for the fact-checker.
    pub flags: Vec<Flag>,
    /// Combined risk in [0, 1].
    pub risk: f64,
}

/// The pollster as written and as resolved against the registry.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PollsterRef {
    /// The name as it appears in the text.
    pub as_written: Option<String>,
    /// The registry's canonical name.
    pub canonical: Option<String>,
    /// The registry's status.
    pub status: Option<PollsterStatus>,
    /// How the name was resolved.
    #[serde(rename = "match")]
    pub match_kind: Option<MatchKind>,
    /// The registry id.
    pub registry_id: Option<String>,
    /// Canonical names of the candidates when the match is ambiguous.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
}

/// One number reported by the poll.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// What it measures ("Labour", "approve of the reform").
    pub subject: String,
    /// Percent.
    pub value: f64,
    /// Change since the previous poll, in points.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<f64>,
}

/// Fieldwork dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fieldwork {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

/// Interview mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Online panel or web questionnaire.
    Online,
    /// Telephone interviews (CATI).
    Telephone,
    /// Face-to-face interviews (CAPI, door-to-door).
    FaceToFace,
    /// Automated phone calls (IVR, robocalls).
    Ivr,
    /// More than one mode.
    Mixed,
}

/// The fixed flag codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagCode {
    /// A named source the registry does not know.
    UnknownPollster,
    /// Not a polling organisation, or not a poll (click poll, social-media analysis, odds).
    NotAPollster,
    /// No source named at all.
    NoPollsterNamed,
    /// Disclosure items absent.
    MissingDisclosure,
    /// Numbers that cannot all be right.
    ImplausibleNumbers,
    /// The outlet is state-affiliated.
    StateMediaSource,
    /// Published inside a legal poll blackout.
    BlackoutPeriod,
}

impl FlagCode {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownPollster => "unknown_pollster",
            Self::NotAPollster => "not_a_pollster",
            Self::NoPollsterNamed => "no_pollster_named",
            Self::MissingDisclosure => "missing_disclosure",
            Self::ImplausibleNumbers => "implausible_numbers",
            Self::StateMediaSource => "state_media_source",
            Self::BlackoutPeriod => "blackout_period",
        }
    }
}

/// A flag with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// The fixed code.
    pub code: FlagCode,
    /// One sentence a fact-checker can read.
    pub detail: String,
}

//! pollwatch claims engine: pure text in, structured poll claims out.
//!
//! Detects statements of opinion-poll results in news text (English, French, German, Spanish,
//! Russian, Portuguese, Italian, Ukrainian), parses each claim (pollster as written, sponsor,
//! figures, sample size, fieldwork, method, margin of error), resolves the pollster against a
//! registry, and raises flags with a combined risk score. It also clusters reports of the same
//! poll and drives the JSON Lines `extract` format.
//!
//! This crate owns no database, no HTTP and no UI: callers pass a [`Document`], a [`Context`]
//! and a [`Registry`], and store what comes back.

mod calendar;
mod cluster;
mod cues;
mod detect;
mod fastre;
mod flags;
mod gloss;
mod homoglyph;
mod jsonl;
mod lang;
mod lexicon;
mod model;
pub mod normalize;
mod parse;
mod prefilter;
mod registry;
mod screen;
mod segment;
mod sources;

pub use calendar::{
    CalendarError, Election, ElectionCalendar, BUILTIN_CSV as BUILTIN_ELECTIONS_CSV,
};
pub use cluster::{cluster, same_poll, ClaimSummary, Cluster};
pub use detect::{extract, try_extract, ExtractFailed};
pub use jsonl::{run_jsonl, Summary};
pub use lang::{detect as detect_language, normalise_tag as normalise_language_tag};
pub use model::{
    Claim, ClaimKind, Context, Document, ExtractResult, Fieldwork, Figure, Flag, FlagCode, Method,
    PollsterRef,
};
pub use registry::{
    Lookup, MatchKind, PollsterRecord, PollsterStatus, Registry, RegistryError,
    BUILTIN_CSV as BUILTIN_POLLSTERS_CSV,
};
pub use segment::sentences;

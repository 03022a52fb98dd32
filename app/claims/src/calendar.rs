//! Election calendar and legal poll blackouts.
//!
//! Owns the `data/elections.csv` format and the question "was this published inside a
//! blackout?". It knows nothing about the law beyond what each row says: the window is
//! `blackout_days_before` days before the first voting day through the last voting day.

use std::io::Read;
use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// The seed calendar shipped with the repository.
pub const BUILTIN_CSV: &str = include_str!("../../../data/elections.csv");

/// One vote with its blackout rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Election {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// What is elected.
    pub election: String,
    /// First voting day.
    pub vote_start: NaiveDate,
    /// Last voting day.
    pub vote_end: NaiveDate,
    /// Days before `vote_start` on which publishing polls is banned (1 = the eve).
    pub blackout_days_before: u32,
    /// The law that sets the blackout.
    pub legal_basis: String,
    /// Where the dates come from.
    pub source: String,
}

impl Election {
    /// Is `day` inside the blackout window?
    pub fn in_blackout(&self, day: NaiveDate) -> bool {
        let from = self.vote_start - Duration::days(i64::from(self.blackout_days_before));
        day >= from && day <= self.vote_end
    }
}

/// Errors reading the calendar CSV.
#[derive(Debug, thiserror::Error)]
pub enum CalendarError {
    /// Bad CSV or a bad value.
    #[error("election calendar CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// A set of elections.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ElectionCalendar {
    elections: Vec<Election>,
}

static BUILTIN: LazyLock<ElectionCalendar> = LazyLock::new(|| {
    ElectionCalendar::from_csv_reader(BUILTIN_CSV.as_bytes()).expect("data/elections.csv is valid")
});

impl ElectionCalendar {
    /// The calendar seeded from `data/elections.csv`.
    pub fn builtin() -> &'static ElectionCalendar {
        &BUILTIN
    }

    /// Reads `country,election,vote_start,vote_end,blackout_days_before,legal_basis,source`.
    pub fn from_csv_reader<R: Read>(reader: R) -> Result<Self, CalendarError> {
        let mut rdr = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(reader);
        let elections = rdr.deserialize().collect::<Result<Vec<Election>, _>>()?;
        Ok(Self { elections })
    }

    /// Builds a calendar from rows.
    pub fn new(elections: Vec<Election>) -> Self {
        Self { elections }
    }

    /// All rows.
    pub fn elections(&self) -> &[Election] {
        &self.elections
    }

    /// The election whose blackout covers `day` in `country`, if any.
    pub fn blackout(&self, country: &str, day: NaiveDate) -> Option<&Election> {
        self.elections
            .iter()
            .find(|e| e.country.eq_ignore_ascii_case(country) && e.in_blackout(day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn french_blackout_is_the_eve_and_the_day() {
        let cal = ElectionCalendar::builtin();
        assert!(cal.blackout("FR", d("2022-04-09")).is_some());
        assert!(cal.blackout("FR", d("2022-04-10")).is_some());
        assert!(cal.blackout("FR", d("2022-04-08")).is_none());
        assert!(cal.blackout("DE", d("2022-04-09")).is_none());
    }

    #[test]
    fn multi_day_votes_cover_every_voting_day() {
        let cal = ElectionCalendar::builtin();
        assert!(cal.blackout("RU", d("2024-03-10")).is_some());
        assert!(cal.blackout("RU", d("2024-03-17")).is_some());
        assert!(cal.blackout("RU", d("2024-03-18")).is_none());
    }
}

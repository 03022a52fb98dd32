//! Flags and risk: what is wrong with a poll claim, in words a fact-checker can read.
//!
//! Owns the fixed flag codes' conditions, the transparency score (after France's law of
//! 19 July 1977 art. 2, the British Polling Council's rules of disclosure and AAPOR's
//! disclosure list: who conducted it, who paid, sample size, fieldwork dates, method, margin
//! of error) and the combination of flags into one risk in [0, 1].

use std::sync::LazyLock;

use crate::fastre::Re;
use chrono::NaiveDate;

use crate::calendar::Election;
use crate::model::{Fieldwork, Flag, FlagCode, Method, PollsterRef};
use crate::registry::{MatchKind, PollsterStatus};

/// What the assessment looks at.
pub struct Assessment<'a> {
    /// The resolved pollster.
    pub pollster: &'a PollsterRef,
    /// The sponsor, if named.
    pub sponsor: Option<&'a str>,
    /// Sample size, if stated.
    pub sample_size: Option<u32>,
    /// Fieldwork dates, if stated.
    pub fieldwork: Option<Fieldwork>,
    /// Margin of error, if stated.
    pub margin_of_error: Option<f64>,
    /// Interview mode, if stated.
    pub method: Option<Method>,
    /// The text describing an informal vote or analysis, if any.
    pub informal: Option<&'a str>,
    /// Vote shares of one question (named subjects in one vote-intention sentence).
    pub vote_groups: &'a [Vec<f64>],
    /// Publication day.
    pub published: Option<NaiveDate>,
    /// The outlet is state-affiliated.
    pub state_affiliated: bool,
    /// The election whose blackout covers the publication day.
    pub blackout: Option<&'a Election>,
}

/// Flags, transparency and risk.
pub struct Outcome {
    /// Flags in a fixed order.
    pub flags: Vec<Flag>,
    /// Share of disclosure items present.
    pub transparency: f64,
    /// Combined risk.
    pub risk: f64,
}

static VOTE_SHARE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)(?:vot|intention|would win|first round|second round|premier tour|second tour|runoff|run-off|ballot|stimm|wähl|sonntagsfrage|umfragewert|voto|vuelta|turno|ballottaggio|голос|тур|выбор|вибор|elect|élect|wahl|elecc|eleiç|elezion|партия|партию|партии|party|parti|partei|partido)",
    )
});

/// Does the sentence give vote shares (so its named figures should sum to about 100 or less)?
pub fn is_vote_share_sentence(s: &str) -> bool {
    VOTE_SHARE.is_match(s)
}

fn weight(code: FlagCode) -> f64 {
    match code {
        FlagCode::NotAPollster => 0.7,
        FlagCode::UnknownPollster => 0.5,
        FlagCode::ImplausibleNumbers => 0.5,
        FlagCode::BlackoutPeriod => 0.5,
        FlagCode::NoPollsterNamed => 0.4,
        FlagCode::StateMediaSource => 0.25,
        FlagCode::MissingDisclosure => 0.0, // scaled by how much is missing, below
    }
}

/// Assesses one claim.
pub fn assess(a: &Assessment<'_>) -> Outcome {
    let mut flags = Vec::new();
    let p = a.pollster;
    let status = p.status;
    if status == Some(PollsterStatus::NotAPollster) {
        flags.push(Flag {
            code: FlagCode::NotAPollster,
            detail: format!(
                "The registry lists {} as not a polling organisation, so its figures are not a survey of a population.",
                p.canonical.as_deref().unwrap_or("this source")
            ),
        });
    } else if let Some(cue) = a.informal {
        flags.push(Flag {
            code: FlagCode::NotAPollster,
            detail: format!(
                "The text describes \u{201c}{}\u{201d}: an informal vote, social-media analysis or forecast is not a representative poll.",
                cue.trim()
            ),
        });
    }
    match (&p.as_written, p.match_kind) {
        (None, _) => flags.push(Flag {
            code: FlagCode::NoPollsterNamed,
            detail: match a.sponsor.filter(|s| crate::sources::is_media(s)) {
                Some(outlet) => format!(
                    "Only the news outlet \u{201c}{outlet}\u{201d} is named, not the polling organisation that carried the poll out, so it cannot be traced or checked."
                ),
                None => "No polling organisation is named, so the poll cannot be traced or checked.".to_owned(),
            },
        }),
        (Some(w), None) if crate::sources::is_media(w) => flags.push(Flag {
            code: FlagCode::UnknownPollster,
            detail: format!(
                "\u{201c}{w}\u{201d} is a news outlet, not a registered pollster, and no polling organisation is named as having run its poll."
            ),
        }),
        (Some(w), None) => flags.push(Flag {
            code: FlagCode::UnknownPollster,
            detail: format!(
                "\u{201c}{w}\u{201d} is not in the pollster registry: check that this organisation exists and publishes its methodology."
            ),
        }),
        _ => {}
    }
    if p.match_kind == Some(MatchKind::Fuzzy) {
        // A near-miss spelling is worth a look but is not an unknown source.
    }

    // Disclosure (transparency).
    let mut missing = Vec::new();
    if a.sample_size.is_none() {
        missing.push("sample size");
    }
    if a.fieldwork.is_none() {
        missing.push("fieldwork dates");
    }
    if a.sponsor.is_none() {
        missing.push("sponsor");
    }
    if a.method.is_none() {
        missing.push("method");
    }
    if a.margin_of_error.is_none() {
        missing.push("margin of error");
    }
    let transparency = (5 - missing.len()) as f64 / 5.0;
    if !missing.is_empty() {
        flags.push(Flag {
            code: FlagCode::MissingDisclosure,
            detail: format!(
                "Not disclosed: {} ({} of 5 disclosure items present, as required by France's law of 19 July 1977 art. 2, the BPC and AAPOR disclosure rules).",
                missing.join(", "),
                5 - missing.len()
            ),
        });
    }

    // Implausible numbers.
    let mut problems = Vec::new();
    for g in a.vote_groups {
        let sum: f64 = g.iter().sum();
        if sum > 102.5 {
            problems.push(format!("vote shares of one question add up to {sum:.1}%"));
            break;
        }
    }
    if let (Some(n), Some(moe)) = (a.sample_size, a.margin_of_error) {
        // 95% confidence, p = 0.5: 1.96 * sqrt(0.25 / n) * 100 ≈ 98 / sqrt(n) points.
        let expected = 98.0 / f64::from(n).sqrt();
        if moe < expected * 0.6 - 0.2 || moe > expected * 3.0 + 0.5 {
            problems.push(format!(
                "a margin of error of {moe} points does not fit a sample of {n} (about {expected:.1} expected)"
            ));
        }
    }
    if let Some(n) = a.sample_size {
        if n < 100 {
            problems.push(format!(
                "a sample of {n} is too small for percentages to mean much"
            ));
        }
    }
    if let (Some(fw), Some(pubd)) = (a.fieldwork, a.published) {
        if fw.end > pubd {
            problems.push(format!(
                "fieldwork ending {} is after publication on {}",
                fw.end, pubd
            ));
        }
    }
    if !problems.is_empty() {
        let mut d = problems.join("; ");
        if let Some(f) = d.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        flags.push(Flag {
            code: FlagCode::ImplausibleNumbers,
            detail: format!("{d}."),
        });
    }
    if a.state_affiliated {
        flags.push(Flag {
            code: FlagCode::StateMediaSource,
            detail: "The outlet is flagged as state-affiliated; check the poll against independent reports.".to_owned(),
        });
    }
    if let (Some(e), Some(d)) = (a.blackout, a.published) {
        flags.push(Flag {
            code: FlagCode::BlackoutPeriod,
            detail: format!(
                "Published on {d}, inside the legal poll blackout before the {} of {} ({}).",
                e.election, e.vote_start, e.legal_basis
            ),
        });
    }

    let mut keep = 1.0;
    for f in &flags {
        let w = if f.code == FlagCode::MissingDisclosure {
            0.25 * missing.len() as f64 / 5.0
        } else {
            weight(f.code)
        };
        keep *= 1.0 - w;
    }
    let risk = ((1.0 - keep) * 1000.0).round() / 1000.0;
    Outcome {
        flags,
        transparency,
        risk: risk.clamp(0.0, 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_source_and_bad_margin() {
        let p = PollsterRef {
            as_written: Some("Zephyr Analytics".into()),
            ..Default::default()
        };
        let o = assess(&Assessment {
            pollster: &p,
            sponsor: None,
            sample_size: Some(1000),
            fieldwork: None,
            margin_of_error: Some(0.5),
            method: None,
            informal: None,
            vote_groups: &[vec![60.0, 55.0]],
            published: None,
            state_affiliated: false,
            blackout: None,
        });
        let codes: Vec<_> = o.flags.iter().map(|f| f.code).collect();
        assert!(codes.contains(&FlagCode::UnknownPollster));
        assert!(codes.contains(&FlagCode::ImplausibleNumbers));
        assert!(o.risk > 0.7 && o.risk <= 1.0);
        assert!((o.transparency - 0.4).abs() < 1e-9);
    }
}

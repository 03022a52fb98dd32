//! Clustering: the same poll reported by many outlets becomes one cluster.
//!
//! Owns [`ClaimSummary`] (the few fields of a stored claim that identify a poll), the pairwise
//! test [`same_poll`], a coarse [`ClaimSummary::fingerprint`] for database indexing, and
//! [`cluster`] for a batch. Pure functions: the caller stores and queries.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::Claim;
use crate::normalize::name_key;

/// What identifies a poll across reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimSummary {
    /// The caller's id for the stored claim.
    pub id: String,
    /// Canonical pollster if resolved, else as written.
    pub pollster: Option<String>,
    /// Subject–value pairs.
    pub figures: Vec<(String, f64)>,
    /// Last fieldwork day, if known.
    pub fieldwork_end: Option<NaiveDate>,
    /// Publication day of the report, if known.
    pub published: Option<NaiveDate>,
}

impl ClaimSummary {
    /// Summarises an extracted claim.
    pub fn from_claim(id: impl Into<String>, claim: &Claim, published: Option<NaiveDate>) -> Self {
        Self {
            id: id.into(),
            pollster: claim
                .pollster
                .canonical
                .clone()
                .or_else(|| claim.pollster.as_written.clone()),
            figures: claim
                .figures
                .iter()
                .map(|f| (f.subject.clone(), f.value))
                .collect(),
            fieldwork_end: claim.fieldwork.map(|f| f.end),
            published,
        }
    }

    fn pollster_key(&self) -> Option<String> {
        self.pollster
            .as_deref()
            .map(name_key)
            .filter(|k| !k.is_empty())
    }

    /// A coarse key: pollster and ISO week of the fieldwork end (or publication). Claims of one
    /// poll share it except across a week boundary, so look up this week's and last week's key,
    /// then confirm with [`same_poll`].
    pub fn fingerprint(&self) -> Option<String> {
        use chrono::Datelike;
        let p = self.pollster_key()?;
        let d = self.fieldwork_end.or(self.published)?;
        let w = d.iso_week();
        Some(format!("{p}|{}-W{:02}", w.year(), w.week()))
    }

    fn day(&self) -> Option<NaiveDate> {
        self.fieldwork_end.or(self.published)
    }
}

/// Are two claims reports of the same poll? Same pollster, close dates (fieldwork within
/// 3 days, or reports within 10 days), and close figures (matched subjects within 1 point).
pub fn same_poll(a: &ClaimSummary, b: &ClaimSummary) -> bool {
    let (Some(pa), Some(pb)) = (a.pollster_key(), b.pollster_key()) else {
        return false;
    };
    if pa != pb {
        return false;
    }
    let close_dates = match (a.fieldwork_end, b.fieldwork_end) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= 3,
        _ => match (a.day(), b.day()) {
            (Some(x), Some(y)) => (x - y).num_days().abs() <= 10,
            _ => false,
        },
    };
    if !close_dates {
        return false;
    }
    if a.figures.is_empty() || b.figures.is_empty() {
        return a.fieldwork_end.is_some() && a.fieldwork_end == b.fieldwork_end;
    }
    let index: HashMap<String, f64> = b.figures.iter().map(|(s, v)| (name_key(s), *v)).collect();
    let mut matched = 0;
    for (s, v) in &a.figures {
        if let Some(w) = index.get(&name_key(s)) {
            if (v - w).abs() > 2.0 {
                return false;
            }
            if (v - w).abs() <= 1.0 {
                matched += 1;
            }
        }
    }
    let need = a.figures.len().min(b.figures.len()).min(2);
    if matched >= need {
        return true;
    }
    // Subjects written differently ("les Républicains" / "LR"): compare the sorted values.
    let mut va: Vec<f64> = a.figures.iter().map(|f| f.1).collect();
    let mut vb: Vec<f64> = b.figures.iter().map(|f| f.1).collect();
    va.sort_by(|x, y| y.total_cmp(x));
    vb.sort_by(|x, y| y.total_cmp(x));
    let n = va.len().min(vb.len()).min(3);
    n >= 2
        && va
            .iter()
            .zip(&vb)
            .take(n)
            .all(|(x, y)| (x - y).abs() <= 1.0)
}

/// A group of reports of one poll, earliest appearance first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cluster {
    /// Indexes into the input slice.
    pub members: Vec<usize>,
}

/// Groups claims into clusters (single linkage over [`same_poll`]). Clusters are ordered by
/// their earliest member; members by publication day (unknown last), then input order.
pub fn cluster(items: &[ClaimSummary]) -> Vec<Cluster> {
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for i in 0..n {
        for j in i + 1..n {
            if same_poll(&items[i], &items[j]) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                if a != b {
                    parent[b] = a;
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let key = |i: &usize| (items[*i].published.unwrap_or(NaiveDate::MAX), *i);
    let mut out: Vec<Cluster> = groups
        .into_values()
        .map(|mut m| {
            m.sort_by_key(key);
            Cluster { members: m }
        })
        .collect();
    out.sort_by_key(|c| key(&c.members[0]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: &str, p: &str, figs: &[(&str, f64)], pubd: &str) -> ClaimSummary {
        ClaimSummary {
            id: id.into(),
            pollster: Some(p.into()),
            figures: figs.iter().map(|(a, b)| ((*a).to_owned(), *b)).collect(),
            fieldwork_end: None,
            published: Some(pubd.parse().unwrap()),
        }
    }

    #[test]
    fn groups_reports_of_one_poll_earliest_first() {
        let items = vec![
            s(
                "b",
                "YouGov",
                &[("Labour", 40.0), ("Conservatives", 22.0)],
                "2024-05-07",
            ),
            s(
                "a",
                "YouGov",
                &[("Labour", 40.0), ("Conservatives", 22.0)],
                "2024-05-06",
            ),
            s(
                "c",
                "Opinium",
                &[("Labour", 40.0), ("Conservatives", 22.0)],
                "2024-05-06",
            ),
            s(
                "d",
                "YouGov",
                &[("Labour", 45.0), ("Conservatives", 20.0)],
                "2024-05-07",
            ),
        ];
        let c = cluster(&items);
        assert_eq!(c[0].members, vec![1, 0]);
        assert_eq!(c.len(), 3);
        assert!(!same_poll(&items[0], &items[3]));
        assert_eq!(items[0].fingerprint(), Some("yougov|2024-W19".into()));
    }
}

//! A prefilter for the keyword automaton: proves that most of an article holds no keyword, so
//! the automaton runs only over the few stretches that may.
//!
//! Built from the automaton's own patterns at start-up, so it cannot drift from the keyword
//! tables. It must not change what the scan finds: see [`Prefilter::runs`].

use aho_corasick::packed;

/// Anchors are this many characters long: long enough to be rare in text, short enough that
/// a few dozen cover every keyword.
const ANCHOR_CHARS: usize = 4;

/// SIMD search (Teddy) handles at most this many patterns.
const MAX_ANCHORS: usize = 64;

/// The stretches of a text where some pattern may match.
pub struct Prefilter {
    /// Bytes that occur in some pattern. No match spans any other byte.
    live: [bool; 256],
    /// Finds anchors: every pattern contains one. `None`: every run may match.
    anchors: Option<packed::Searcher>,
}

impl Prefilter {
    /// A prefilter for `patterns` (non-empty byte strings, valid UTF-8).
    pub fn new(patterns: &[String]) -> Prefilter {
        let mut live = [false; 256];
        for p in patterns {
            for &b in p.as_bytes() {
                live[usize::from(b)] = true;
            }
        }
        let anchors = choose_anchors(patterns).and_then(|anchors| {
            let mut b = packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .builder();
            b.extend(anchors);
            b.build()
        });
        Prefilter { live, anchors }
    }

    /// Maximal runs of pattern bytes, `(start, end)` left to right, that hold an anchor.
    ///
    /// Why scanning only these gives the same matches as scanning `hay` whole, with any
    /// leftmost match semantics: a match holds only pattern bytes, so it lies inside one
    /// maximal run; a search resumed at the start of a run (or anywhere after the previous
    /// run) finds the same leftmost match in it as a search resumed earlier, since nothing
    /// between can match; and a run without an anchor holds no pattern at all.
    pub fn runs<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = (usize, usize)> + 'h {
        let mut at = 0;
        std::iter::from_fn(move || {
            if at >= hay.len() {
                return None;
            }
            let Some(anchors) = &self.anchors else {
                at = hay.len();
                return Some((0, hay.len()));
            };
            let m = anchors.find_in(hay, packed_span(at, hay.len()))?;
            let mut s = m.start();
            // Back to the start of the run; the byte before `at` ended the previous run (or
            // `at` is 0), so the runs never overlap.
            while s > at && self.live[usize::from(hay[s - 1])] {
                s -= 1;
            }
            let e = m.end()
                + hay[m.end()..]
                    .iter()
                    .position(|&b| !self.live[usize::from(b)])
                    .unwrap_or(hay.len() - m.end());
            at = e;
            Some((s, e))
        })
    }
}

fn packed_span(s: usize, e: usize) -> aho_corasick::Span {
    aho_corasick::Span { start: s, end: e }
}

/// Substrings of [`ANCHOR_CHARS`] characters (a whole pattern if shorter) such that every
/// pattern contains one, chosen greedily by how many patterns each covers; `None` if more
/// than [`MAX_ANCHORS`] are needed.
fn choose_anchors(patterns: &[String]) -> Option<Vec<String>> {
    let subs: Vec<Vec<&str>> = patterns
        .iter()
        .map(|p| {
            let starts: Vec<usize> = p.char_indices().map(|(i, _)| i).collect();
            if starts.len() <= ANCHOR_CHARS {
                return vec![p.as_str()];
            }
            (0..=starts.len() - ANCHOR_CHARS)
                .map(|k| {
                    let e = starts.get(k + ANCHOR_CHARS).copied().unwrap_or(p.len());
                    &p[starts[k]..e]
                })
                .collect()
        })
        .collect();
    let mut uncovered: Vec<usize> = (0..patterns.len()).collect();
    let mut anchors: Vec<String> = Vec::new();
    while !uncovered.is_empty() {
        if anchors.len() == MAX_ANCHORS {
            return None;
        }
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for &i in &uncovered {
            let mut seen: Vec<&str> = Vec::new();
            for &s in &subs[i] {
                if seen.contains(&s) {
                    continue;
                }
                seen.push(s);
                match counts.iter_mut().find(|(c, _)| *c == s) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((s, 1)),
                }
            }
        }
        // Most patterns covered; then the longest in bytes (rarer); then the first in byte
        // order, so the choice does not depend on the order of the tables.
        let best = counts
            .iter()
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(a.0.len().cmp(&b.0.len()))
                    .then(b.0.cmp(a.0))
            })
            .map(|(s, _)| *s)?;
        anchors.push(best.to_owned());
        uncovered.retain(|&i| !patterns[i].contains(best));
    }
    Some(anchors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_holds_an_anchor() {
        let pats: Vec<String> = ["poll", "polling", "sondage", "опрос", "ab"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let anchors = choose_anchors(&pats).expect("few anchors");
        for p in &pats {
            assert!(anchors.iter().any(|a| p.contains(a.as_str())), "{p}");
        }
    }

    #[test]
    fn runs_hold_the_anchored_stretches() {
        let pats = vec!["poll".to_owned(), "opinion poll".to_owned()];
        let pf = Prefilter::new(&pats);
        let hay = b"A new opinion poll, 12 polls. Nothing here; the pollen.";
        let runs: Vec<&str> = pf
            .runs(hay)
            .map(|(s, e)| std::str::from_utf8(&hay[s..e]).expect("utf8"))
            .collect();
        assert_eq!(runs, vec![" opinion poll", " poll", " poll"]);
    }
}

//! Built-in regexes, compiled small: a forward lazy DFA to reject, a forward NFA to match.
//!
//! Memory first. The regex crate builds, for every pattern, a forward NFA, a *reverse* NFA
//! (four to five times the forward one for Unicode classes: `\w`, `\p{L}`, `[^»]{2,60}`), two
//! lazy DFAs and their caches. With some 125 built-in patterns that was ~75 MB of automata and
//! ~40 MB of caches, most of the engine's peak RSS. A [`Re`] keeps only forward automata:
//!
//! - `exact`: a `regex_automata::meta::Regex` with the lazy and full DFAs switched off, so it
//!   builds no reverse NFA; it matches with the one-pass DFA, the bounded backtracker or the
//!   PikeVM, which give the same leftmost-first matches as the regex crate (whose engine it
//!   is, with the same syntax and `utf8_empty` settings).
//! - `scan`: a forward lazy DFA without capture states over the *gate*: the pattern with its
//!   `\b`s removed (or the pattern itself when it has none). The lazy DFA cannot evaluate a
//!   Unicode `\b` on non-ASCII text; dropping a zero-width assertion only widens the
//!   language, so a text the gate rejects from an offset on has no exact match from there.
//!   Most searches end here, at lazy-DFA speed.
//!
//! When the scan runs the exact pattern and it cannot match the empty string, the end it
//! reports *is* the end of the exact leftmost-first match (the forward half of what the regex
//! crate does), so the exact search is bounded by it, and `is_match` needs no second search.
//! It must not change what any pattern means.

use std::ops::{Index, Range};
use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{meta, Input, MatchKind};

/// Largest NFA a built-in pattern may compile to (the biggest is ~1.6 MB).
const NFA_LIMIT: usize = 64 << 20;
/// Lazy-DFA cache limit per pattern (per thread). Only speed depends on it, never results: a
/// full cache is cleared and refilled. A cache grows only as states are built, so the limit
/// costs memory only where a gate needs the states: no other pattern filled 2 MiB, but
/// `cues::ECON_SURVEY` (`[^.;]{0,60}?` after an alternation: its states count positions)
/// filled 2 MiB every few dozen sentences of poll reports and spent half of `poll_heavy`'s
/// time rebuilding them; with 8 MiB it is not cleared once over the bench mixes.
const DFA_CACHE: usize = 8 << 20;

type CacheFn = Box<dyn Fn() -> DfaCache + Send + Sync + RefUnwindSafe + UnwindSafe>;

/// The forward lazy DFA of a gate, with a pool of caches (one per thread).
struct Scan {
    dfa: DFA,
    caches: Pool<DfaCache, CacheFn>,
}

/// A compiled built-in regex: the exact matcher, plus a lazy DFA that rejects first.
pub struct Re {
    exact: meta::Regex,
    scan: Option<Scan>,
    /// The scan's match end is the exact match's end (same pattern, no empty match).
    scan_gives_end: bool,
}

fn syntax_config() -> syntax::Config {
    syntax::Config::new().utf8(true)
}

/// The exact matcher, as `regex::Regex::new` configures it, without lazy or full DFA.
fn build_exact(s: &str) -> meta::Regex {
    let config = meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(NFA_LIMIT))
        .hybrid(false)
        .dfa(false);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax_config())
        .build(s)
        .unwrap_or_else(|e| panic!("bad built-in regex {s}: {e}"))
}

/// The forward lazy DFA of `s` (no capture states), and whether the NFA can match empty.
/// `None` when the lazy DFA cannot run the pattern (a Unicode word boundary).
fn build_scan(s: &str) -> Option<(Scan, bool)> {
    let nfa = thompson::Compiler::new()
        .syntax(syntax_config())
        .configure(
            thompson::Config::new()
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(NFA_LIMIT)),
        )
        .build(s)
        .unwrap_or_else(|e| panic!("bad built-in regex {s}: {e}"));
    let has_empty = nfa.has_empty();
    let dfa = DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::LeftmostFirst)
                .cache_capacity(DFA_CACHE)
                .skip_cache_capacity_check(true),
        )
        .build_from_nfa(nfa)
        .ok()?;
    let for_cache = dfa.clone();
    let make: CacheFn = Box::new(move || for_cache.create_cache());
    Some((
        Scan {
            dfa,
            caches: Pool::new(make),
        },
        has_empty,
    ))
}

/// `pattern` with every `\b` outside character classes removed (inside a class `\b` is a
/// backspace and stays). `None` when there is none.
fn without_word_boundaries(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    let mut class_depth = 0usize;
    let mut changed = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next();
                if class_depth == 0 && next == Some('b') {
                    changed = true;
                    continue;
                }
                out.push('\\');
                out.extend(next);
            }
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    changed.then_some(out)
}

impl Re {
    /// Compiles a built-in pattern; panics on a bad one (they are constants).
    pub fn new(pattern: &str) -> Re {
        let gate = without_word_boundaries(pattern);
        let scan = build_scan(gate.as_deref().unwrap_or(pattern));
        let scan_gives_end = gate.is_none() && scan.as_ref().is_some_and(|(_, empty)| !empty);
        Re {
            exact: build_exact(pattern),
            scan: scan.map(|(scan, _)| scan),
            scan_gives_end,
        }
    }

    /// Where the exact regex's next match at or after `from` can lie: `None` when there is
    /// none. Every exact match is a gate match, so a gate that finds nothing from `from`
    /// rules the exact regex out; when the gate is the pattern itself, its leftmost-first
    /// end is the exact match's end and bounds the search (look-around still sees the text
    /// beyond the span).
    fn open(&self, s: &str, from: usize) -> Option<Range<usize>> {
        let Some(scan) = &self.scan else {
            return Some(from..s.len());
        };
        let mut cache = scan.caches.get();
        match scan
            .dfa
            .try_search_fwd(&mut cache, &Input::new(s).range(from..))
        {
            Ok(None) => None,
            Ok(Some(end)) if self.scan_gives_end => Some(from..end.offset()),
            _ => Some(from..s.len()),
        }
    }

    /// As `regex::Regex::is_match`.
    pub fn is_match(&self, s: &str) -> bool {
        let Some(span) = self.open(s, 0) else {
            return false;
        };
        self.scan_gives_end
            || self
                .exact
                .search_half(&Input::new(s).range(span).earliest(true))
                .is_some()
    }

    /// As `regex::Regex::find`.
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        Match::search(self, s, self.open(s, 0)?)
    }

    /// As `regex::Regex::find_iter`.
    pub fn find_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Match<'h>> {
        Iter::new(self, s)
    }

    /// As `regex::Regex::captures`.
    pub fn captures<'h>(&self, s: &'h str) -> Option<Captures<'h>> {
        Captures::search(self, s, self.open(s, 0)?)
    }

    /// As `regex::Regex::captures_iter`.
    pub fn captures_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Captures<'h>> {
        Iter::new(self, s)
    }
}

/// A match: a span of the haystack (as `regex::Match`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    s: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Byte offset where the match starts.
    pub fn start(&self) -> usize {
        self.start
    }
    /// Byte offset where the match ends.
    pub fn end(&self) -> usize {
        self.end
    }
    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.s[self.start..self.end]
    }
    /// `start..end`.
    #[cfg(test)]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The groups of one match (as `regex::Captures`).
pub struct Captures<'h> {
    s: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let span = self.slots.get_group(i)?;
        Some(Match {
            s: self.s,
            start: span.start,
            end: span.end,
        })
    }
    /// The named group, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let span = self.slots.get_group_by_name(name)?;
        Some(Match {
            s: self.s,
            start: span.start,
            end: span.end,
        })
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index {i}"))
    }
}

impl Index<&str> for Captures<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named {name}"))
    }
}

/// What an [`Iter`] yields: a match or its captures.
pub trait Found<'h>: Sized {
    /// The leftmost-first match of `re`'s exact regex within `span` of `s`.
    fn search(re: &Re, s: &'h str, span: Range<usize>) -> Option<Self>;
    /// The whole match.
    fn span(&self) -> (usize, usize);
    /// Every match of `re` in `s`, as the regex crate iterates them.
    fn all(re: &Re, s: &'h str) -> Vec<Self>;
}

impl<'h> Found<'h> for Match<'h> {
    fn search(re: &Re, s: &'h str, span: Range<usize>) -> Option<Self> {
        let m = re.exact.search(&Input::new(s).range(span))?;
        Some(Match {
            s,
            start: m.start(),
            end: m.end(),
        })
    }
    fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    fn all(re: &Re, s: &'h str) -> Vec<Self> {
        re.exact
            .find_iter(s)
            .map(|m| Match {
                s,
                start: m.start(),
                end: m.end(),
            })
            .collect()
    }
}

impl<'h> Found<'h> for Captures<'h> {
    fn search(re: &Re, s: &'h str, span: Range<usize>) -> Option<Self> {
        let mut slots = re.exact.create_captures();
        re.exact
            .search_captures(&Input::new(s).range(span), &mut slots);
        slots.is_match().then_some(Captures { s, slots })
    }
    fn span(&self) -> (usize, usize) {
        let m = self.get(0).expect("group 0 always matches");
        (m.start, m.end)
    }
    fn all(re: &Re, s: &'h str) -> Vec<Self> {
        re.exact
            .captures_iter(s)
            .map(|slots| Captures { s, slots })
            .collect()
    }
}

/// The successive non-overlapping matches of a [`Re`], as `regex::Regex::find_iter` and
/// `captures_iter` give them: each search starts where the last match ended, after the scan
/// agreed. An empty match (none of the built-in patterns has one, but the regex crate has
/// special rules for them) hands over to the matcher's own iterator, past the matches
/// already given.
pub struct Iter<'r, 'h, T> {
    re: &'r Re,
    s: &'h str,
    /// Where the next search starts; `None` when done.
    at: Option<usize>,
    given: usize,
    fallback: Option<std::vec::IntoIter<T>>,
}

impl<'r, 'h, T: Found<'h>> Iter<'r, 'h, T> {
    fn new(re: &'r Re, s: &'h str) -> Self {
        Iter {
            re,
            s,
            at: Some(0),
            given: 0,
            fallback: None,
        }
    }
}

impl<'h, T: Found<'h>> Iterator for Iter<'_, 'h, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if let Some(f) = self.fallback.as_mut() {
            return f.next();
        }
        let from = self.at?;
        let found = self
            .re
            .open(self.s, from)
            .and_then(|span| T::search(self.re, self.s, span));
        let Some(m) = found else {
            self.at = None;
            return None;
        };
        let (start, end) = m.span();
        if start == end {
            let mut rest = T::all(self.re, self.s).into_iter();
            if self.given > 0 {
                rest.nth(self.given - 1);
            }
            let next = rest.next();
            self.fallback = Some(rest);
            return next;
        }
        self.at = Some(end);
        self.given += 1;
        Some(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn gate_drops_only_word_boundaries() {
        assert_eq!(
            without_word_boundaries(r"(?i)\bfoo[\b\w]\b|\\b\d").as_deref(),
            Some(r"(?i)foo[\b\w]|\\b\d")
        );
        assert_eq!(without_word_boundaries(r"\d+%"), None);
    }

    #[test]
    fn gated_regex_matches_like_the_exact_one() {
        let r = Re::new(r"(?i)\b(?:опрос\w*|sondage)\b");
        assert!(r.is_match("Selon un sondage publié"));
        assert!(!r.is_match("Les sondages publiés"));
        assert!(r.is_match("По данным опроса ВЦИОМ"));
        assert!(!r.is_match("переопросить"));
        assert_eq!(r.find("été: sondage").map(|m| m.start()), Some(7));
    }

    #[test]
    fn iterators_give_the_regex_crate_matches() {
        let texts = [
            "Les sondages publiés: sondage, опрос и опросы; переопросить sondage",
            "été sondage été",
            "",
            "sondage",
        ];
        for pat in [
            r"(?i)\b(?:опрос\w*|sondage)\b",
            r"\b\w*",
            r"(?i)(?:s|é)?\b",
            r"x*\b",
        ] {
            let (r, plain) = (Re::new(pat), Regex::new(pat).unwrap());
            for t in texts {
                let a: Vec<_> = r.find_iter(t).map(|m| m.range()).collect();
                let b: Vec<_> = plain.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{pat} on {t}");
                let a: Vec<_> = r.captures_iter(t).map(|c| c[0].to_owned()).collect();
                let b: Vec<_> = plain.captures_iter(t).map(|c| c[0].to_owned()).collect();
                assert_eq!(a, b, "{pat} on {t}");
                assert_eq!(r.is_match(t), plain.is_match(t));
                assert_eq!(
                    r.find(t).map(|m| m.range()),
                    plain.find(t).map(|m| m.range())
                );
            }
        }
    }
}

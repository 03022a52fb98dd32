//! Built-in regexes with a cheap gate in front.
//!
//! The lexicon regexes use Unicode `\b`. The regex crate's lazy DFA cannot evaluate a Unicode
//! word boundary on non-ASCII text, so on French, German, Russian… sentences every search
//! falls back to the backtracker or the PikeVM, 10–50× slower (this was most of `extract`'s
//! time in the profile). Each [`Re`] therefore also compiles a *gate*: the same pattern with
//! every `\b` removed. Dropping a zero-width assertion only widens the language, so a sentence
//! the gate rejects cannot match the exact regex; the gate has no look-around and always runs
//! on the lazy DFA. The exact regex runs only on the few sentences the gate lets through, so
//! results are identical to the exact regex alone. It must not change what any pattern means.

use regex::{Captures, Match, Regex, RegexBuilder};

/// A compiled built-in regex: the exact pattern, plus a gate when the pattern uses `\b`.
pub struct Re {
    exact: Regex,
    gate: Option<Regex>,
}

fn build(s: &str) -> Regex {
    RegexBuilder::new(s)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("bad built-in regex {s}: {e}"))
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
        Re {
            exact: build(pattern),
            gate: without_word_boundaries(pattern).map(|g| build(&g)),
        }
    }

    /// Where, at or after `from`, the exact regex can start its next match: `None` when it
    /// cannot match there at all. Every match of the exact regex is a match of the gate, so no
    /// exact match starts before the gate's leftmost one, and searching from there finds the
    /// same leftmost-first match as searching from `from` (`find_at` keeps the text before it
    /// as `\b` context). The exact search then starts at the first place worth looking, which
    /// keeps the slow engines off the rest of the sentence. ASCII text needs no gate: there the
    /// exact regex runs on the lazy DFA already.
    fn open(&self, s: &str, from: usize) -> Option<usize> {
        match &self.gate {
            Some(g) if !s.is_ascii() => g.find_at(s, from).map(|m| m.start()),
            _ => Some(from),
        }
    }

    /// As [`Regex::is_match`].
    pub fn is_match(&self, s: &str) -> bool {
        self.open(s, 0)
            .is_some_and(|at| self.exact.is_match_at(s, at))
    }

    /// As [`Regex::find`].
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        self.exact.find_at(s, self.open(s, 0)?)
    }

    /// As [`Regex::find_iter`].
    pub fn find_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Match<'h>> {
        Iter::new(self, s)
    }

    /// As [`Regex::captures`].
    pub fn captures<'h>(&self, s: &'h str) -> Option<Captures<'h>> {
        self.exact.captures_at(s, self.open(s, 0)?)
    }

    /// As [`Regex::captures_iter`].
    pub fn captures_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Captures<'h>> {
        Iter::new(self, s)
    }
}

/// What an [`Iter`] yields: a match or its captures, found from a given offset.
pub trait Found<'h>: Sized {
    /// The leftmost-first match of `re` starting at or after `at`.
    fn search(re: &Regex, s: &'h str, at: usize) -> Option<Self>;
    /// The whole match.
    fn span(&self) -> (usize, usize);
    /// Every match of `re` in `s`, as the regex crate iterates them.
    fn all(re: &Regex, s: &'h str) -> Vec<Self>;
}

impl<'h> Found<'h> for Match<'h> {
    fn search(re: &Regex, s: &'h str, at: usize) -> Option<Self> {
        re.find_at(s, at)
    }
    fn span(&self) -> (usize, usize) {
        (self.start(), self.end())
    }
    fn all(re: &Regex, s: &'h str) -> Vec<Self> {
        re.find_iter(s).collect()
    }
}

impl<'h> Found<'h> for Captures<'h> {
    fn search(re: &Regex, s: &'h str, at: usize) -> Option<Self> {
        re.captures_at(s, at)
    }
    fn span(&self) -> (usize, usize) {
        let m = self.get(0).expect("group 0 always matches");
        (m.start(), m.end())
    }
    fn all(re: &Regex, s: &'h str) -> Vec<Self> {
        re.captures_iter(s).collect()
    }
}

/// The successive non-overlapping matches of a [`Re`], as [`Regex::find_iter`] and
/// [`Regex::captures_iter`] give them: each search starts where the last match ended, skipped
/// forward to the gate's next match. An empty match (none of the built-in patterns has one,
/// but the regex crate has special rules for them) hands over to the regex crate's own
/// iterator, past the matches already given.
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
            .and_then(|at| T::search(&self.re.exact, self.s, at));
        let Some(m) = found else {
            self.at = None;
            return None;
        };
        let (start, end) = m.span();
        if start == end {
            let mut rest = T::all(&self.re.exact, self.s).into_iter();
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

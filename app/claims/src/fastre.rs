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

use regex::{CaptureMatches, Captures, Match, Matches, Regex, RegexBuilder};

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

    /// Can the exact regex match `s` at all? ASCII text needs no gate: there the exact regex
    /// runs on the lazy DFA already.
    fn open(&self, s: &str) -> bool {
        match &self.gate {
            Some(g) if !s.is_ascii() => g.is_match(s),
            _ => true,
        }
    }

    /// As [`Regex::is_match`].
    pub fn is_match(&self, s: &str) -> bool {
        self.open(s) && self.exact.is_match(s)
    }

    /// As [`Regex::find`].
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        if self.open(s) {
            self.exact.find(s)
        } else {
            None
        }
    }

    /// As [`Regex::find_iter`].
    pub fn find_iter<'r, 'h>(&'r self, s: &'h str) -> Matches<'r, 'h> {
        let s = if self.open(s) { s } else { &s[..0] };
        self.exact.find_iter(s)
    }

    /// As [`Regex::captures`].
    pub fn captures<'h>(&self, s: &'h str) -> Option<Captures<'h>> {
        if self.open(s) {
            self.exact.captures(s)
        } else {
            None
        }
    }

    /// As [`Regex::captures_iter`].
    pub fn captures_iter<'r, 'h>(&'r self, s: &'h str) -> CaptureMatches<'r, 'h> {
        let s = if self.open(s) { s } else { &s[..0] };
        self.exact.captures_iter(s)
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
}

//! Built-in regexes, compiled small: a forward lazy DFA to reject, a forward NFA to match.
//!
//! Memory first. The regex crate builds, for every pattern, a forward NFA, a *reverse* NFA
//! (four to five times the forward one for Unicode classes: `\w`, `\p{L}`, `[^»]{2,60}`), two
//! lazy DFAs and their caches. With some 125 built-in patterns that was ~75 MB of automata and
//! ~40 MB of caches, most of the engine's peak RSS. A [`Re`] keeps only forward automata:
//!
//! - `exact`: a `regex_automata::meta::Regex` with the lazy and full DFAs switched off, so it
//!   builds no reverse NFA; it matches with the bounded backtracker or the PikeVM, which give
//!   the same leftmost-first matches as the regex crate (whose engine it is, with the same
//!   syntax and `utf8_empty` settings). The one-pass DFA is off too: built eagerly for every
//!   pattern with groups, it took ~12 MB and saved no instructions on the bench mixes.
//! - `scan`: a forward lazy DFA without capture states over the *gate* (see [`gate`]): the
//!   pattern itself, or `\b X \b` with its boundaries turned into the characters they look
//!   at, or else a wider language (Unicode word assertions dropped, long counts unbounded).
//!   A text the gate rejects from an offset on has no exact match from there. Most searches
//!   end here, at lazy-DFA speed. A gate that is wider anyway also has its large classes
//!   coarsened beyond U+07FF ([`coarsen`]): a third of the engine's automata went there.
//!
//! When the gate fits the pattern ([`Fit::Same`], [`Fit::Edges`]), a scan match proves an
//! exact one and its end bounds it (the forward half of what the regex crate does), so the
//! exact search runs on a shorter span and `is_match` needs no second search.
//! It must not change what any pattern means.

use std::ops::{Index, Range};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::LazyLock;

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{meta, Anchored, Input, MatchKind};
use regex_syntax::hir::{
    Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, LookSet, Repetition,
};

/// Largest NFA a built-in pattern may compile to (the biggest is ~1.6 MB).
const NFA_LIMIT: usize = 64 << 20;
/// Lazy-DFA cache limit per pattern (per thread). Only speed depends on it, never results: a
/// full cache is cleared and refilled. A cache grows only as states are built, so the limit
/// costs memory only where a gate needs the states: no other pattern filled 2 MiB, but
/// `cues::ECON_SURVEY` (`[^.;]{0,60}?` after an alternation: its states count positions)
/// filled 2 MiB every few dozen sentences of poll reports and spent half of `poll_heavy`'s
/// time rebuilding them; with 8 MiB it is not cleared once over the bench mixes.
const DFA_CACHE: usize = 8 << 20;

/// Repetitions bounded above this are unbounded in a gate (see [`gate`]).
const GATE_MAX_COUNT: u32 = 8;

type CacheFn = Box<dyn Fn() -> DfaCache + Send + Sync + RefUnwindSafe + UnwindSafe>;

/// The forward lazy DFA of a gate, with a pool of caches (one per thread).
struct Scan {
    dfa: DFA,
    caches: Pool<DfaCache, CacheFn>,
}

/// A compiled built-in regex: the exact matcher, plus a lazy DFA that rejects first.
pub struct Re {
    exact: meta::Regex,
    /// Its number in [`crate::screen`], where its prefixes are found once per article.
    screen: Option<u32>,
    scan: Option<Scan>,
    /// How the scan's language relates to the pattern's.
    fit: Fit,
}

/// How a gate relates to its pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    /// The gate is the pattern and matches no empty string: the scan's match end is the
    /// exact match's end.
    Same,
    /// `\b X \b` (either `\b` optional): the gate is `(?:\A|\W) X (?:\z|\W)`, the word
    /// boundaries turned into the characters they look at. It matches where the pattern does,
    /// one character wider on each side, so a scan proves a match and its end bounds the
    /// exact match's. `lead`: the gate consumes the character before the match, so its
    /// search starts one character early.
    Edges { lead: bool },
    /// A wider language (or the pattern with an empty match): a scan can only reject.
    Wider,
}

fn syntax_config() -> syntax::Config {
    syntax::Config::new().utf8(true)
}

/// The exact matcher of `pattern` (parsed to `hir` with [`syntax_config`]), as
/// `regex::Regex::new` configures it, without lazy or full DFA.
fn build_exact(pattern: &str, hir: &Hir) -> meta::Regex {
    let config = meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(NFA_LIMIT))
        .hybrid(false)
        .onepass(false)
        .dfa(false);
    meta::Builder::new()
        .configure(config)
        .build_from_hir(hir)
        .unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"))
}

/// The forward lazy DFA of `gate` (no capture states). `None` when the lazy DFA cannot run it.
fn build_scan(gate: &Hir) -> Option<Scan> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(NFA_LIMIT)),
        )
        .build_from_hir(gate)
        .ok()?;
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
    Some(Scan {
        dfa,
        caches: Pool::new(make),
    })
}

/// The gate of a pattern: a language that contains the pattern's and that a lazy DFA runs
/// fast, and how it fits the pattern ([`Fit`]). The lazy DFA cannot evaluate a Unicode word
/// assertion on non-ASCII text, so:
///
/// - `\b X \b` with `X` starting and ending with word characters becomes
///   `(?:\A|\W) X (?:\z|\W)`, which is exact (see [`Fit::Edges`]);
/// - otherwise every Unicode word assertion (`\b`, `\B`, `\b{start}`…) is dropped, and a
///   repetition bounded above [`GATE_MAX_COUNT`] loses its upper bound: `[^.;]{0,60}?` makes
///   a DFA count positions, one state per count and alternative, and a gate over such a
///   pattern filled megabytes of states that missed the CPU caches on every byte; `[^.;]*?`
///   needs a handful. Both only widen the language.
fn gate(hir: &Hir) -> (Hir, Fit) {
    if let Some(edges) = edge_gate(hir) {
        return edges;
    }
    let mut changed = false;
    let widened = widen(hir, &mut changed);
    if changed || hir.properties().minimum_len() == Some(0) {
        (coarsen(&widened), Fit::Wider)
    } else {
        (widened, Fit::Same)
    }
}

/// Ranges beyond U+07FF above which a class of a [`Fit::Wider`] gate takes in all of them
/// ([`coarsen`]).
const GATE_MAX_RANGES: usize = 8;

/// `h` with every class of many ranges beyond U+07FF (`\w`, `\W`, `\p{L}`, `[^»]`…) made to
/// take in every character from U+0800 on. Such a class compiles to a UTF-8 automaton of
/// hundreds of states (its three- and four-byte ranges) at each place it occurs: in the gates
/// of patterns whose gate is wider anyway they came to ~24 MB of NFA, in every process that
/// runs detection. The classes stay exact below U+0800 (ASCII, Latin, Greek, Cyrillic), so
/// on European text the gate rejects as much as before.
fn coarsen(h: &Hir) -> Hir {
    match h.kind() {
        HirKind::Class(Class::Unicode(c))
            if c.ranges().iter().filter(|r| r.end() >= '\u{800}').count() > GATE_MAX_RANGES =>
        {
            let mut ranges: Vec<ClassUnicodeRange> = c
                .ranges()
                .iter()
                .filter(|r| r.start() < '\u{800}')
                .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\u{7ff}')))
                .collect();
            ranges.push(ClassUnicodeRange::new('\u{800}', char::MAX));
            Hir::class(Class::Unicode(ClassUnicode::new(ranges)))
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(coarsen(&rep.sub)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => coarsen(&cap.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(coarsen).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(coarsen).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => h.clone(),
    }
}

fn widen(h: &Hir, changed: &mut bool) -> Hir {
    match h.kind() {
        HirKind::Look(look) if LookSet::singleton(*look).contains_word_unicode() => {
            *changed = true;
            Hir::empty()
        }
        HirKind::Repetition(rep) => {
            let max = match rep.max {
                Some(n) if n > GATE_MAX_COUNT => {
                    *changed = true;
                    None
                }
                max => max,
            };
            Hir::repetition(Repetition {
                min: rep.min,
                max,
                greedy: rep.greedy,
                sub: Box::new(widen(&rep.sub, changed)),
            })
        }
        // The gate's NFA has no capture states.
        HirKind::Capture(cap) => widen(&cap.sub, changed),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|s| widen(s, changed)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|s| widen(s, changed)).collect())
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => h.clone(),
    }
}

/// The [`Fit::Edges`] gate of `\b X \b`, `\b X` or `X \b`, when `X` has no other Unicode
/// word assertion and no long count, cannot match empty, and the characters the boundary
/// looks across from (the first of `X` for a leading `\b`, the last for a trailing one) are
/// all word characters: then `\b` holds exactly when the character outside is not one.
fn edge_gate(hir: &Hir) -> Option<(Hir, Fit)> {
    let HirKind::Concat(subs) = hir.kind() else {
        return None;
    };
    let is_b = |h: &Hir| matches!(h.kind(), HirKind::Look(Look::WordUnicode));
    let lead = subs.first().is_some_and(is_b);
    let trail = subs.len() > 1 && subs.last().is_some_and(is_b);
    if !lead && !trail {
        return None;
    }
    let inner = &subs[usize::from(lead)..subs.len() - usize::from(trail)];
    let x = Hir::concat(inner.to_vec());
    let mut changed = false;
    widen(&x, &mut changed);
    if changed || x.properties().minimum_len().is_none_or(|n| n == 0) {
        return None;
    }
    let all_word = |c: Option<ClassUnicode>| {
        c.is_some_and(|mut c| {
            c.difference(&WORD);
            c.ranges().is_empty()
        })
    };
    if (lead && !all_word(edge_chars(&x, true))) || (trail && !all_word(edge_chars(&x, false))) {
        return None;
    }
    let outside = |look| {
        Hir::alternation(vec![
            Hir::look(look),
            Hir::class(Class::Unicode(NON_WORD.clone())),
        ])
    };
    let mut parts = Vec::with_capacity(3);
    if lead {
        parts.push(outside(Look::Start));
    }
    parts.push(x);
    if trail {
        parts.push(outside(Look::End));
    }
    Some((Hir::concat(parts), Fit::Edges { lead }))
}

/// The Unicode classes of `\w` and `\W`, built once for all patterns' gates.
static WORD: LazyLock<ClassUnicode> = LazyLock::new(|| perl_class(r"\w"));
static NON_WORD: LazyLock<ClassUnicode> = LazyLock::new(|| perl_class(r"\W"));

fn perl_class(p: &str) -> ClassUnicode {
    match syntax::parse_with(p, &syntax_config()).map(Hir::into_kind) {
        Ok(HirKind::Class(Class::Unicode(c))) => c,
        other => panic!("{p} is not a Unicode class: {other:?}"),
    }
}

/// The characters a non-empty match of `h` can start (`first`) or end with; `None` when
/// unknown (a byte class).
fn edge_chars(h: &Hir, first: bool) -> Option<ClassUnicode> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(ClassUnicode::empty()),
        HirKind::Literal(lit) => {
            let text = std::str::from_utf8(&lit.0).ok()?;
            let c = if first {
                text.chars().next()
            } else {
                text.chars().next_back()
            }?;
            Some(ClassUnicode::new([ClassUnicodeRange::new(c, c)]))
        }
        HirKind::Class(Class::Unicode(c)) => Some(c.clone()),
        HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Repetition(rep) => edge_chars(&rep.sub, first),
        HirKind::Capture(cap) => edge_chars(&cap.sub, first),
        HirKind::Alternation(subs) => {
            let mut all = ClassUnicode::empty();
            for sub in subs {
                all.union(&edge_chars(sub, first)?);
            }
            Some(all)
        }
        HirKind::Concat(subs) => {
            let mut all = ClassUnicode::empty();
            let walk: Box<dyn Iterator<Item = &Hir>> = if first {
                Box::new(subs.iter())
            } else {
                Box::new(subs.iter().rev())
            };
            // Up to and including the first part that cannot match empty.
            for sub in walk {
                all.union(&edge_chars(sub, first)?);
                if sub.properties().minimum_len().is_some_and(|n| n > 0) {
                    break;
                }
            }
            Some(all)
        }
    }
}

impl Re {
    /// Compiles a built-in pattern; panics on a bad one (they are constants).
    pub fn new(pattern: &str) -> Re {
        let hir = syntax::parse_with(pattern, &syntax_config())
            .unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"));
        Re::from_hir(pattern, &hir)
    }

    /// Compiles a parsed built-in pattern (`pattern` names it in a panic).
    fn from_hir(pattern: &str, hir: &Hir) -> Re {
        let (gate, fit) = gate(hir);
        let scan = build_scan(&gate);
        Re {
            exact: build_exact(pattern, hir),
            screen: crate::screen::register(hir),
            fit: if scan.is_some() { fit } else { Fit::Wider },
            scan,
        }
    }

    /// Where the exact regex's next match at or after `from` can lie, and whether one is
    /// certain there: `None` when there is none. Every exact match is a gate match, so a
    /// gate that finds nothing rules the exact regex out; when the gate fits the pattern
    /// ([`Fit::Same`], [`Fit::Edges`]) its match proves an exact one and its end bounds it
    /// (look-around still sees the text beyond the span).
    fn open(&self, s: &str, from: usize) -> Option<(Range<usize>, bool)> {
        // A match can only start where one of the pattern's prefixes was found in the article:
        // the first such place where the gate matches, anchored, is where the search opens.
        if let Some(found) = self.screen.and_then(|id| {
            crate::screen::find_first(id, s, from, |at| self.gate_at(s, from, at, Anchored::Yes))
        }) {
            return found;
        }
        self.gate_at(s, from, from, Anchored::No)
    }

    /// Its number in the screen, if it is screened.
    #[cfg(test)]
    pub(crate) fn screen_id(&self) -> Option<u32> {
        self.screen
    }

    /// [`Re::open`]'s gate search from `at` (≥ `from`; no match starts in `from..at`):
    /// unanchored from `from` itself, or anchored at a place where the screen found one of the
    /// pattern's prefixes. `None` when the gate rules a match there out.
    fn gate_at(
        &self,
        s: &str,
        from: usize,
        at: usize,
        anchored: Anchored,
    ) -> Option<(Range<usize>, bool)> {
        let Some(scan) = &self.scan else {
            return Some((at..s.len(), false));
        };
        let start = match self.fit {
            Fit::Edges { lead: true } if at > 0 => {
                // Start on the character before `at`, which the gate consumes. At 0, `\A`
                // would let the gate match where the pattern starts before `from`.
                let before = s[..at].char_indices().next_back().map_or(0, |(i, _)| i);
                if before == 0 && from > 0 {
                    return Some((at..s.len(), false));
                }
                before
            }
            _ => at,
        };
        let mut cache = scan.caches.get();
        let input = Input::new(s).range(start..).anchored(anchored);
        match scan.dfa.try_search_fwd(&mut cache, &input) {
            Ok(None) => None,
            Ok(Some(end)) if self.fit != Fit::Wider => Some((at..end.offset(), true)),
            _ => Some((at..s.len(), false)),
        }
    }

    /// As `regex::Regex::is_match`.
    pub fn is_match(&self, s: &str) -> bool {
        let Some((span, certain)) = self.open(s, 0) else {
            return false;
        };
        certain
            || self
                .exact
                .search_half(&Input::new(s).range(span).earliest(true))
                .is_some()
    }

    /// As `regex::Regex::find`.
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        Match::search(self, s, self.open(s, 0)?.0)
    }

    /// As `regex::Regex::find_iter`.
    pub fn find_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Match<'h>> {
        Iter::new(self, s)
    }

    /// As `regex::Regex::captures`.
    pub fn captures<'h>(&self, s: &'h str) -> Option<Captures<'h>> {
        Captures::search(self, s, self.open(s, 0)?.0)
    }

    /// As `regex::Regex::captures_iter`.
    pub fn captures_iter<'r, 'h>(&'r self, s: &'h str) -> Iter<'r, 'h, Captures<'h>> {
        Iter::new(self, s)
    }
}

/// A pattern whose top-level alternation (`P(?:A|B|…)S`) is compiled as several regexes of a
/// few alternatives each, `P(?:A|B)S`, `P(?:C|D)S`…, for the cue lists that run to a hundred
/// alternatives. One such regex compiles to an NFA so large that, wherever its gate lets a
/// sentence through, the exact search runs the PikeVM over thousands of states per byte; a
/// part's NFA is small enough for the bounded backtracker, and most parts' gates reject.
///
/// Matches as the whole pattern does: its leftmost-first match starts at the leftmost start
/// of any part's match, and at that start the first alternative that matches wins, which is
/// the first part's match there (each part keeps the alternatives' order).
pub struct Split {
    /// The gate of the whole pattern: one scan rejects most sentences before any part runs.
    gate: Option<Scan>,
    /// The whole pattern's number in [`crate::screen`].
    screen: Option<u32>,
    parts: Vec<Re>,
}

impl Split {
    /// Compiles `pattern` in parts of at most `per_part` top-level alternatives; panics on a
    /// bad pattern (they are constants). A pattern without one top-level alternation is one
    /// part.
    pub fn new(pattern: &str, per_part: usize) -> Split {
        let hir = syntax::parse_with(pattern, &syntax_config())
            .unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"));
        let (before, alts, after): (&[Hir], &[Hir], &[Hir]) = match hir.kind() {
            HirKind::Alternation(alts) => (&[], alts, &[]),
            HirKind::Concat(subs) => {
                let mut found = subs
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| matches!(h.kind(), HirKind::Alternation(_)));
                match (found.next(), found.next()) {
                    (Some((i, h)), None) => match h.kind() {
                        HirKind::Alternation(alts) => (&subs[..i], alts, &subs[i + 1..]),
                        _ => unreachable!("filtered on alternations"),
                    },
                    _ => (&[], &[], &[]),
                }
            }
            _ => (&[], &[], &[]),
        };
        if alts.is_empty() {
            return Split {
                gate: None,
                screen: None,
                parts: vec![Re::from_hir(pattern, &hir)],
            };
        }
        // An alternative with a long count ("{0,80}") is a part of its own: its copies of the
        // repeated class make most of the NFA. Each chunk keeps the index of its first
        // alternative.
        let mut chunks: Vec<(usize, Vec<Hir>)> = Vec::new();
        let mut open: Option<(usize, Vec<Hir>)> = None;
        for (i, alt) in alts.iter().enumerate() {
            let mut long = false;
            widen(alt, &mut long);
            if long {
                chunks.push((i, vec![alt.clone()]));
            } else {
                let (_, group) = open.get_or_insert_with(|| (i, Vec::new()));
                group.push(alt.clone());
                if group.len() == per_part.max(1) {
                    chunks.extend(open.take());
                }
            }
        }
        chunks.extend(open);
        // Parts keep the alternatives' order, so that a tie at one start goes to the first.
        chunks.sort_by_key(|(first, _)| *first);
        let parts = chunks
            .into_iter()
            .map(|(_, chunk)| {
                let mut subs = before.to_vec();
                subs.push(Hir::alternation(chunk));
                subs.extend_from_slice(after);
                Re::from_hir(pattern, &Hir::concat(subs))
            })
            .collect();
        Split {
            gate: build_scan(&gate(&hir).0),
            screen: crate::screen::register(&hir),
            parts,
        }
    }

    /// False when the whole pattern's gate rules every match out.
    fn maybe(&self, s: &str) -> bool {
        if self.screen.and_then(|id| crate::screen::any(id, s)) == Some(false) {
            return false;
        }
        let Some(scan) = &self.gate else {
            return true;
        };
        let mut cache = scan.caches.get();
        !matches!(
            scan.dfa.try_search_fwd(&mut cache, &Input::new(s)),
            Ok(None)
        )
    }

    /// As `regex::Regex::is_match`.
    pub fn is_match(&self, s: &str) -> bool {
        self.maybe(s) && self.parts.iter().any(|p| p.is_match(s))
    }

    /// As `regex::Regex::find`.
    pub fn find<'h>(&self, s: &'h str) -> Option<Match<'h>> {
        if !self.maybe(s) {
            return None;
        }
        let mut best: Option<Match<'h>> = None;
        for p in &self.parts {
            // A later part can only win with a match that starts earlier.
            let found = match best {
                Some(b) if b.start == 0 => break,
                _ => p.find(s),
            };
            if let Some(m) = found {
                if best.is_none_or(|b| m.start < b.start) {
                    best = Some(m);
                }
            }
        }
        best
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
            .and_then(|(span, _)| T::search(self.re, self.s, span));
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

    fn hir(p: &str) -> Hir {
        syntax::parse_with(p, &syntax_config()).unwrap()
    }

    #[test]
    fn gate_turns_edge_boundaries_into_characters() {
        let (g, fit) = gate(&hir(r"(?i)\b(?:poll|sondage)s?\b"));
        assert_eq!(fit, Fit::Edges { lead: true });
        assert_eq!(g, hir(r"(?i)(?:\A|\W)(?:poll|sondage)s?(?:\z|\W)"));
        let (g, fit) = gate(&hir(r"\d+ (?:people|personnes)\b"));
        assert_eq!(fit, Fit::Edges { lead: false });
        assert_eq!(g, hir(r"\d+ (?:people|personnes)(?:\z|\W)"));
        // A boundary next to a character that may be a non-word one is only dropped.
        assert_eq!(gate(&hir(r"\b(?:x|-)y")), (hir(r"(?:x|-)y"), Fit::Wider));
    }

    #[test]
    fn gate_drops_inner_word_assertions_and_unbounds_long_counts() {
        // A wider gate also takes in every character from U+0800 on where a class has many
        // ranges there (`\w`); below U+0800 the class stays as it was.
        assert_eq!(
            gate(&hir(r"(?i)\bfoo\w\b|\\b\d")),
            (
                hir(
                    r"(?i)foo[[\w&&\x{0}-\x{7FF}]\x{800}-\x{10FFFF}]|\\b(?-i:[[\d&&\x{0}-\x{7FF}]\x{800}-\x{10FFFF}])"
                ),
                Fit::Wider
            )
        );
        assert_eq!(
            gate(&hir(r"(?i)\b(?P<k>poll|vote)\b[^.;]{0,60}?\d{1,3}\B")),
            (
                hir(r"(?i)(?:poll|vote)[^.;]*?(?-i:[[\d&&\x{0}-\x{7FF}]\x{800}-\x{10FFFF}]){1,3}"),
                Fit::Wider
            )
        );
        assert_eq!(gate(&hir(r"\d{1,8}\s?%")), (hir(r"\d{1,8}\s?%"), Fit::Same));
        assert_eq!(gate(&hir(r"\d*")).1, Fit::Wider);
    }

    #[test]
    fn coarse_gates_are_smaller_and_reject_european_text_as_before() {
        let p = hir(r"(?i)(?:опрос\w*|umfrage\w*|sondage\w*)\s(?:\S+\s){0,12}?\p{L}+ \d");
        let (g, fit) = gate(&p);
        assert_eq!(fit, Fit::Wider);
        let nfa = |h: &Hir| {
            thompson::Compiler::new()
                .build_from_hir(h)
                .unwrap()
                .memory_usage()
        };
        assert!(nfa(&g) * 3 < nfa(&widen(&p, &mut false)));
        let scan = build_scan(&g).unwrap();
        let mut cache = scan.dfa.create_cache();
        let mut gate_matches = |s: &str| {
            scan.dfa
                .try_search_fwd(&mut cache, &Input::new(s))
                .unwrap()
                .is_some()
        };
        assert!(gate_matches("По данным опроса ВЦИОМ 45"));
        assert!(!gate_matches("По данным опроса ВЦИОМ, сорок пять"));
        assert!(!gate_matches("Laut der Umfrage: Mehrheit ohne Zahl"));
        assert!(gate_matches("Laut der Umfrage wählen Grüne 12"));
        // Beyond U+07FF the gate may only let more through.
        assert!(gate_matches("sondage 東京 9"));
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
    fn split_alternations_match_like_the_whole_pattern() {
        let texts = [
            "our online poll: 60% of readers voted",
            "readers voted in our online poll",
            "x posts y z analysed, then an online vote",
            "Die Auswertung von 2 Millionen Tweets zeigt",
            "nothing here",
            "vote online vote",
            "abcd: a tie at one start goes to the first alternative",
            "",
        ];
        for (pat, per_part) in [
            (
                r"(?i)\b(?:our (?:online )?poll|online vote|readers voted|vote|posts\s(?:[^.!?]|\.\d){0,40}?analysed|auswertung\s(?:[^.!?]){0,80}?tweets)\b",
                2,
            ),
            (r"(?i)(?:a|ab|abc|online|vote)", 1),
            (r"(?i)(?:poll|vote)s?", 3),
            (r"\d+%", 2),
        ] {
            let (split, plain) = (Split::new(pat, per_part), Regex::new(pat).unwrap());
            for t in texts {
                assert_eq!(
                    split.find(t).map(|m| m.range()),
                    plain.find(t).map(|m| m.range()),
                    "{pat} on {t}"
                );
                assert_eq!(split.is_match(t), plain.is_match(t), "{pat} on {t}");
            }
        }
    }

    #[test]
    fn iterators_give_the_regex_crate_matches() {
        let texts = [
            "Les sondages publiés: sondage, опрос и опросы; переопросить sondage",
            "été sondage été",
            "",
            "sondage",
            "é sondage",
            "ésondage sondageé sondage_ x sondage",
            "опрос",
            "Xопрос опрос, -опросы",
        ];
        for pat in [
            r"(?i)\b(?:опрос\w*|sondage)\b",
            r"(?i)\b(?:опрос|sondage)",
            r"(?i)(?:опрос\w*|sondage)\b",
            r"\b(?:x|-)\w+",
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

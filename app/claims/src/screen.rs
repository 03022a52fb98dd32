//! One pass for every regex: the literal prefixes of the built-in patterns, found all at once
//! in an article's case-folded text, so that a pattern none of whose prefixes occurs in a
//! sentence is ruled out there without a scan of its own.
//!
//! Poll sentences go through dozens of cue regexes (`Sentence::reject`'s hard-negative cues,
//! `OPINION`, `CIRCULATING`, the informal-vote cues…), each a lazy-DFA scan of the sentence,
//! most of which find nothing. Most of those patterns start with a word from a list
//! ("turnout", "taux de participation", "wahlbeteiligung"…). This module takes each pattern's
//! possible first bytes as a finite set of literals ([`prefixes`]), puts the literals of every
//! built-in pattern into one Aho-Corasick automaton, and runs it over the stretches of an
//! article that reaches the sentence rules ([`enter`]) as they are searched, or once over all
//! of it when those would add up to more ([`Article::region`]). A pattern's search in a slice
//! of that article then
//! only tries the places where one of its prefixes was found ([`find_first`]), and is over at
//! once when there is none.
//!
//! Sound by construction, so results never change (`fastre` relies on that):
//!
//! - The prefixes are those of the pattern with every literal and every small class mapped
//!   through [`lexicon::fold_case`], the function that folds the text: a character `c` that
//!   the pattern accepts (in any case the pattern allows) has `fold(c)` in the mapped class,
//!   and `fold_case` keeps every character's length, so a match of the pattern at `[p, q)` of
//!   the text is a match of the mapped pattern at `[p, q)` of the folded text, and starts
//!   with one of its prefixes (`regex_syntax`'s literal extractor gives a prefix of every
//!   match). A class too large to map is left as it is; the extractor gives up on it (it only
//!   expands classes of at most [`LIMIT_CLASS`] characters), which makes the set infinite
//!   and the pattern unscreened.
//! - A pattern with an infinite set, an empty literal or a very short one is not screened.
//! - A slice that is not part of the article entered, and a pattern registered after the
//!   automaton was built, are answered "don't know": the caller scans as before.
//!
//! Patterns register when they are compiled (they are all statics, compiled on first use);
//! the automaton is rebuilt when an article starts and patterns were registered since the
//! last build, at most after 1, 2, 4, 8… articles, so the first few articles of a process run
//! with part of the patterns screened.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode};
use regex_syntax::hir::{ClassUnicodeRange, Hir, HirKind, Repetition};

use crate::lexicon::fold_case;

/// Classes of up to this many characters are mapped through the fold; larger ones are left
/// as they are (more than [`LIMIT_CLASS`], so the extractor gives up on them).
const MAP_CLASS: usize = 64;
/// Classes of up to this many characters are expanded into literals.
const LIMIT_CLASS: usize = 10;
/// A pattern with a prefix shorter than this (in bytes) is not screened: it would be found
/// in nearly every sentence.
const MIN_PREFIX: usize = 3;
/// Literals kept per pattern; beyond that the extractor shortens them (still prefixes).
const LIMIT_TOTAL: usize = 2048;
/// Prefixes are cut to this many bytes in the automaton (a prefix of a prefix is one too):
/// the cut ones are few and the automaton small enough to be a DFA; the places they give are
/// checked one by one by the caller.
const PREFIX_CUT: usize = 6;
/// Literals held inside matches are cut to this many bytes: they rule a slice out only if
/// none is there, so they are kept longer.
const HELD_CUT: usize = 12;
/// Patterns screened at most; later ones are not (the built-in ones are a few hundred).
const MAX_PATTERNS: usize = 4096;

/// Every screened pattern's literals, by pattern number, and the rare characters left out of
/// them.
static REGISTERED: Mutex<Registered> = Mutex::new(Registered {
    patterns: Vec::new(),
    rare: BTreeSet::new(),
});

#[derive(Clone)]
struct Registered {
    patterns: Vec<Screened>,
    /// Characters that fold apart from the rest of their case (the long s "ſ" and the Kelvin
    /// sign, which `fold_case` keeps, beside "s" and "k"): left out of the prefixes, which
    /// they would multiply, so an article holding one is not screened.
    rare: BTreeSet<char>,
}
/// The automaton over the patterns registered when it was built.
static BUILT: RwLock<Option<Arc<Built>>> = RwLock::new(None);
/// Held while an automaton is built; others go on with the last one.
static BUILDING: Mutex<()> = Mutex::new(());
/// Articles entered so far, and the count at which the automaton may next be rebuilt.
static ENTERED: AtomicUsize = AtomicUsize::new(0);
static NEXT_BUILD: AtomicUsize = AtomicUsize::new(0);

/// What a pattern is screened with.
#[derive(Clone)]
struct Screened {
    literals: Vec<Vec<u8>>,
    /// Every match starts with one of `literals`; otherwise it only holds one somewhere.
    prefix: bool,
}

struct Built {
    ac: AhoCorasick,
    /// By pattern number: are its literals prefixes ([`Screened::prefix`])?
    prefix: Vec<bool>,
    /// For each automaton pattern, the screened patterns it is a prefix of:
    /// `owners[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    owners: Vec<u32>,
    /// Patterns `0..covered` are in the automaton.
    covered: usize,
}

/// The prefixes of `hir` through the fold, if it can be screened: its number for
/// [`find_first`].
pub(crate) fn register(hir: &Hir) -> Option<u32> {
    let mut rare = BTreeSet::new();
    let lits = literals(hir, &mut rare)?;
    let mut reg = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
    if reg.patterns.len() >= MAX_PATTERNS {
        return None;
    }
    reg.patterns.push(lits);
    reg.rare.extend(rare);
    u32::try_from(reg.patterns.len() - 1).ok()
}

/// What `hir` is screened with in a text without any of the characters added to `rare`: the
/// folded prefixes of its matches, or else literals one of which every match holds; `None`
/// when there is no finite set of literals of at least [`MIN_PREFIX`] bytes either way.
fn literals(hir: &Hir, rare: &mut BTreeSet<char>) -> Option<Screened> {
    let f = folded(hir, rare);
    if let Some(literals) = prefixes(&f) {
        return Some(Screened {
            literals,
            prefix: true,
        });
    }
    Some(Screened {
        literals: held(&f)?,
        prefix: false,
    })
}

/// The prefixes of every match of the folded `f`, if they are a finite set of literals of at
/// least [`MIN_PREFIX`] bytes.
fn prefixes(f: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(LIMIT_CLASS)
        .limit_repeat(8)
        .limit_literal_len(32)
        .limit_total(LIMIT_TOTAL)
        .extract(f);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().len() < MIN_PREFIX) {
        return None;
    }
    let mut out: Vec<Vec<u8>> = lits.iter().map(|l| l.as_bytes().to_vec()).collect();
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Literals one of which every match of the folded `f` holds: its prefixes, or those of a
/// part every match goes through (an alternation's branches each giving theirs; the part of
/// a concatenation with the longest shortest literal; a repetition's body when it must occur).
fn held(f: &Hir) -> Option<Vec<Vec<u8>>> {
    if let Some(p) = prefixes(f) {
        return Some(p);
    }
    match f.kind() {
        HirKind::Capture(c) => held(&c.sub),
        HirKind::Repetition(r) if r.min > 0 => held(&r.sub),
        HirKind::Alternation(subs) => {
            let mut out = Vec::new();
            for sub in subs {
                out.extend(held(sub)?);
                if out.len() > LIMIT_TOTAL {
                    return None;
                }
            }
            out.sort_unstable();
            out.dedup();
            Some(out)
        }
        // Each part's own literals, and the prefixes of the concatenation from each part on
        // (the parser splits "people|personnes" into "pe" and "ople|rsonnes").
        HirKind::Concat(subs) => (0..subs.len())
            .filter_map(|i| prefixes(&Hir::concat(subs[i..].to_vec())).or_else(|| held(&subs[i])))
            .max_by_key(|l| l.iter().map(Vec::len).min().unwrap_or(0)),
        _ => None,
    }
}

/// The character `fold_case` turns `c` into.
fn fold_char(c: char) -> char {
    let mut buf = [0u8; 4];
    fold_case(c.encode_utf8(&mut buf))
        .chars()
        .next()
        .unwrap_or(c)
}

/// Does `c` fold to something else than the first character of its case (`ſ`, the Kelvin
/// sign, `ς`…)? Then a class holding it would have two folded forms where one would do.
fn folds_apart(c: char) -> bool {
    let mut case = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    case.case_fold_simple();
    let first = case.ranges().first().map_or(c, |r| r.start());
    fold_char(c) != fold_char(first)
}

/// `h` with its literals and small classes mapped through [`fold_char`] (see the module
/// comment), the characters of those classes that [`folds_apart`] left out and added to
/// `rare`: every match of `h` in a text without them is a match of the result in the folded
/// text.
fn folded(h: &Hir, rare: &mut BTreeSet<char>) -> Hir {
    match h.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => Hir::literal(fold_case(s).into_bytes()),
            Err(_) => Hir::literal(lit.0.to_ascii_lowercase()),
        },
        HirKind::Class(Class::Unicode(c)) => {
            let size: usize = c
                .ranges()
                .iter()
                .map(|r| r.end() as usize - r.start() as usize + 1)
                .sum();
            if size > MAP_CLASS {
                return h.clone();
            }
            let mut mapped = Vec::new();
            for ch in c.ranges().iter().flat_map(|r| r.start()..=r.end()) {
                if folds_apart(ch) {
                    rare.insert(ch);
                } else {
                    let f = fold_char(ch);
                    mapped.push(ClassUnicodeRange::new(f, f));
                }
            }
            Hir::class(Class::Unicode(ClassUnicode::new(mapped)))
        }
        HirKind::Class(Class::Bytes(c)) => {
            let mapped = c
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .map(|b| {
                    let f = b.to_ascii_lowercase();
                    ClassBytesRange::new(f, f)
                });
            Hir::class(Class::Bytes(ClassBytes::new(mapped)))
        }
        HirKind::Look(look) => Hir::look(*look),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(folded(&r.sub, rare)),
            ..r.clone()
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(folded(&c.sub, rare)),
            ..c.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| folded(h, rare)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| folded(h, rare)).collect())
        }
    }
}

/// The automaton to screen an article with: the last one built, rebuilt first when patterns
/// were registered since and the article count has reached the next build.
fn automaton() -> Option<Arc<Built>> {
    let n = ENTERED.fetch_add(1, Ordering::Relaxed);
    let last = BUILT.read().unwrap_or_else(|e| e.into_inner()).clone();
    let stale = {
        let reg = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
        last.as_ref().map_or(0, |b| b.covered) < reg.patterns.len()
    };
    if !stale || n < NEXT_BUILD.load(Ordering::Relaxed) {
        return last;
    }
    let Ok(_building) = BUILDING.try_lock() else {
        return last;
    };
    NEXT_BUILD.store(n.saturating_mul(2).max(n + 1), Ordering::Relaxed);
    let snapshot = REGISTERED.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let built = build(&snapshot).map(Arc::new);
    if let Some(b) = &built {
        publish(b);
    }
    built.or(last)
}

/// Makes `b` the automaton articles start with, unless one covering more is there.
fn publish(b: &Arc<Built>) {
    let mut current = BUILT.write().unwrap_or_else(|e| e.into_inner());
    if current.as_ref().is_none_or(|c| c.covered <= b.covered) {
        *current = Some(b.clone());
    }
}

/// Builds the automaton over every pattern registered so far, now.
#[cfg(test)]
fn rebuild() {
    let _building = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    let snapshot = REGISTERED.lock().unwrap_or_else(|e| e.into_inner()).clone();
    publish(&Arc::new(build(&snapshot).expect("automaton builds")));
}

/// Owner of the automaton's rare characters: one found leaves the article unscreened.
const RARE: u32 = u32::MAX;

/// One automaton over the distinct prefixes of the patterns and the rare characters.
fn build(reg: &Registered) -> Option<Built> {
    let patterns = &reg.patterns;
    let rare: Vec<String> = reg.rare.iter().map(|c| c.to_string()).collect();
    let mut by_literal: std::collections::BTreeMap<&[u8], Vec<u32>> = Default::default();
    for r in &rare {
        by_literal.entry(r.as_bytes()).or_default().push(RARE);
    }
    for (id, screened) in patterns.iter().enumerate() {
        let cut = if screened.prefix {
            PREFIX_CUT
        } else {
            HELD_CUT
        };
        for lit in &screened.literals {
            let lit = &lit[..lit.len().min(cut)];
            let owners = by_literal.entry(lit).or_default();
            let id = u32::try_from(id).ok()?;
            if owners.last() != Some(&id) {
                owners.push(id);
            }
        }
    }
    let mut starts = Vec::with_capacity(by_literal.len() + 1);
    let mut owners = Vec::new();
    let mut literals = Vec::with_capacity(by_literal.len());
    for (lit, ids) in by_literal {
        starts.push(u32::try_from(owners.len()).ok()?);
        owners.extend(ids);
        literals.push(lit);
    }
    starts.push(u32::try_from(owners.len()).ok()?);
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&literals)
        .ok()?;
    Some(Built {
        ac,
        prefix: patterns.iter().map(|p| p.prefix).collect(),
        starts,
        owners,
        covered: patterns.len(),
    })
}

/// The article being analysed on this thread: where its text lies, its folded copy, and the
/// literals found in it so far.
struct Article {
    base: usize,
    folded: String,
    built: Arc<Built>,
    /// Stretches scanned one by one, while their lengths add up to less than the article's.
    regions: Vec<Region>,
    scanned: usize,
    /// All of the article, scanned once when the stretches asked for would add up to more.
    whole: Option<Found>,
}

/// A stretch of the article scanned once, with what was found in it.
struct Region {
    start: usize,
    end: usize,
    found: Found,
}

/// Literals as `(pattern, start, end)`, sorted, and where the rare characters are (a stretch
/// holding one is not screened).
struct Found {
    hits: Vec<(u32, u32, u32)>,
    rare: Vec<(u32, u32)>,
}

impl Found {
    /// The literals, unless `[start, end)` holds a rare character.
    fn within(&self, start: usize, end: usize) -> Option<&[(u32, u32, u32)]> {
        let (start, end) = (start as u32, end as u32);
        if self.rare.iter().any(|&(s, e)| start <= s && e <= end) {
            return None;
        }
        Some(&self.hits)
    }
}

impl Article {
    /// The literals of the stretch `[start, end)` (others may come with them: `find_first`
    /// keeps those inside the stretch it searches), or `None` when it holds a rare character.
    /// A stretch inside one scanned before is not scanned again. The rules search sentences
    /// and windows of sentences that overlap, so once the stretches scanned would add up to
    /// more than the article, all of it is scanned once instead: a match of the automaton
    /// inside a stretch is one in the whole text, and the reverse for those `find_first`
    /// keeps. An article with a poll report in it is searched all over; a news story with
    /// one poll sentence only there.
    fn region(&mut self, start: usize, end: usize) -> Option<&[(u32, u32, u32)]> {
        if self.whole.is_none() {
            if let Some(i) = self
                .regions
                .iter()
                .rposition(|r| r.start <= start && end <= r.end)
            {
                return self.regions[i].found.within(start, end);
            }
            self.scanned += end - start;
            if self.scanned <= self.folded.len() {
                let found = scan(&self.built, &self.folded, start, end);
                self.regions.push(Region { start, end, found });
                return self.regions.last()?.found.within(start, end);
            }
            self.regions = Vec::new();
            self.whole = Some(scan(&self.built, &self.folded, 0, self.folded.len()));
        }
        self.whole.as_ref()?.within(start, end)
    }
}

/// Every literal in `folded[start..end]`, sorted, and where the rare characters are.
fn scan(b: &Built, folded: &str, start: usize, end: usize) -> Found {
    let mut hits = Vec::new();
    let mut rare = Vec::new();
    for m in
        b.ac.find_overlapping_iter(Input::new(folded).span(start..end))
    {
        let i = m.pattern().as_usize();
        for &id in &b.owners[b.starts[i] as usize..b.starts[i + 1] as usize] {
            // Offsets fit u32 (checked in `enter`).
            if id == RARE {
                rare.push((m.start() as u32, m.end() as u32));
            } else {
                hits.push((id, m.start() as u32, m.end() as u32));
            }
        }
    }
    hits.sort_unstable();
    Found { hits, rare }
}

thread_local! {
    static ARTICLE: RefCell<Option<Article>> = const { RefCell::new(None) };
}

/// While alive, searches of the built-in patterns in slices of `text` are screened on this
/// thread; the article entered before (if any) is restored when it drops.
pub(crate) struct Entered {
    previous: Option<Article>,
}

impl Drop for Entered {
    fn drop(&mut self) {
        let previous = self.previous.take();
        ARTICLE.with_borrow_mut(|a| *a = previous);
    }
}

/// Screens the searches in `text` (`folded` its `lexicon::fold_case`) on this thread until
/// the guard drops. Each slice searched is scanned for the literals once, when first searched.
pub(crate) fn enter(text: &str, folded: &str) -> Entered {
    let article = automaton()
        .filter(|_| u32::try_from(text.len()).is_ok() && folded.len() == text.len())
        .map(|built| Article {
            base: text.as_ptr() as usize,
            folded: folded.to_owned(),
            built,
            regions: Vec::new(),
            scanned: 0,
            whole: None,
        });
    let previous = ARTICLE.with_borrow_mut(|a| std::mem::replace(a, article));
    Entered { previous }
}

/// The first of the places in `s` at or after byte `from` where a prefix of pattern `id` is
/// found (a match can start nowhere else) that `accept` takes: `Some(None)` when `accept`
/// takes none (or there is none), `None` when the screen cannot tell (`s` is not part of the
/// article entered on this thread, or holds a rare character, or the pattern is not in its
/// automaton, or it is screened with literals held inside its matches and one is there).
pub(crate) fn find_first<T>(
    id: u32,
    s: &str,
    from: usize,
    mut accept: impl FnMut(usize) -> Option<T>,
) -> Option<Option<T>> {
    ARTICLE.with_borrow_mut(|a| {
        let a = a.as_mut()?;
        let prefix = *a.built.prefix.get(id as usize)?;
        let p = s.as_ptr() as usize;
        if p < a.base || p + s.len() > a.base + a.folded.len() {
            return None;
        }
        let o = p - a.base;
        let hits = a.region(o, o + s.len())?;
        // Both fit u32: the article's length does.
        let (lo, hi) = ((o + from) as u32, (o + s.len()) as u32);
        let i = hits.partition_point(|&(h, start, _)| (h, start) < (id, lo));
        let mut found = hits[i..]
            .iter()
            .take_while(|&&(h, start, _)| h == id && start < hi)
            .filter(|&&(_, _, end)| end <= hi)
            .peekable();
        // Literals held inside matches only rule out a slice without any of them.
        if !prefix {
            return found.peek().is_none().then_some(None);
        }
        let mut last = None;
        for &(_, start, _) in found {
            // One place per start (several prefixes may start there).
            if last == Some(start) {
                continue;
            }
            last = Some(start);
            if let Some(t) = accept(start as usize - o) {
                return Some(Some(t));
            }
        }
        Some(None)
    })
}

/// Can pattern `id` match in `s` at all? `None` when the screen cannot tell.
pub(crate) fn any(id: u32, s: &str) -> Option<bool> {
    find_first(id, s, 0, |_| Some(())).map(|f| f.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::util::syntax;

    fn hir(p: &str) -> Hir {
        syntax::parse_with(p, &syntax::Config::new().utf8(true)).unwrap()
    }

    fn lits(p: &str) -> Option<Vec<String>> {
        literals(&hir(p), &mut BTreeSet::new()).map(|v| {
            let v = v.literals;
            v.into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect()
        })
    }

    #[test]
    fn prefixes_are_folded_words_or_nothing() {
        assert_eq!(
            lits(r"(?i)\b(?:Turnout|taux de participation|Wahlbeteiligung)\b"),
            Some(vec![
                "taux de participation".into(),
                "turnout".into(),
                "wahlbeteiligung".into()
            ])
        );
        // Cyrillic capitals fold as the text does (the old letter forms that `(?i)` also
        // accepts for "о" and "с" are kept beside them).
        let l = lits(r"(?i)ОПРОС\w*").unwrap();
        assert!(l.contains(&"опрос".to_owned()) && !l.contains(&"ОПРОС".to_owned()));
        // An open start: a literal every match holds.
        let held = |p: &str| literals(&hir(p), &mut BTreeSet::new()).filter(|s| !s.prefix);
        assert_eq!(
            held(r"(?i)\w*befragung").unwrap().literals,
            vec![b"befragung".to_vec()]
        );
        assert_eq!(
            held(r"(?i)^\W*(?:ce|le) (?:chiffre|taux)|\d+ (?:personnes|people)")
                .unwrap()
                .literals,
            [
                " people",
                " personnes",
                "ce chiffre",
                "ce taux",
                "le chiffre",
                "le taux"
            ]
            .map(|l| l.as_bytes().to_vec())
        );
        // An empty alternative or a one-letter word: not screened.
        assert_eq!(lits(r"(?i)(?:poll|)s"), None);
        assert_eq!(lits(r"(?i)\b(?:a|poll)\b"), None);
    }

    #[test]
    fn characters_folding_apart_are_rare_instead_of_prefixes() {
        // `(?i)s` also matches the long s and `(?i)k` the Kelvin sign, which `fold_case`
        // leaves as they are: they are set apart, and the prefixes stay one per word.
        let mut rare = BTreeSet::new();
        let l = literals(&hir(r"(?i)\b(?:skal|ОПРОС)\w*"), &mut rare)
            .unwrap()
            .literals;
        assert_eq!(l, vec![b"skal".to_vec(), "опрос".as_bytes().to_vec()]);
        assert!(
            rare.contains(&'ſ') && rare.contains(&'\u{212a}'),
            "{rare:?}"
        );
        assert!(rare.iter().all(|c| !c.is_ascii()));
    }

    #[test]
    fn screened_searches_find_what_unscreened_ones_do() {
        use crate::fastre::Re;
        let patterns = [
            r"(?i)\b(?:turnout|taux de participation|ſtimmen)\b",
            r"(?i)\bskal\w*",
            r"(?i)(?:опрос|опитування)\w*\s+\d+",
            r"(?i)\bwent to the polls\b",
            r"(?i)(?P<n>\d+) (?:people|personnes)\b",
        ];
        // The second text holds rare characters: it is not screened, and must match as well.
        let texts = [
            "Turnout was 51%. Le TAUX DE PARTICIPATION a baissé. Die Stimmen.",
            "The \u{212a}AL poll; a ſKALA index and SKALE.",
            "ОПРОС 2024 года и опитування 300 людей",
            "Voters WENT TO THE POLLS; 12 People said so, 13 personnes aussi.",
            "nothing here at all",
        ];
        let res: Vec<(Re, regex::Regex)> = patterns
            .iter()
            .map(|p| (Re::new(p), regex::Regex::new(p).unwrap()))
            .collect();
        rebuild();
        for text in texts {
            let folded = fold_case(text);
            let _g = enter(text, &folded);
            let rare = text.contains('ſ');
            for (i, (re, plain)) in res.iter().enumerate() {
                // (The last only when nothing it needs is there: it is screened with literals
                // its matches hold, not with prefixes.)
                let id = re.screen_id().expect("screened");
                if rare || i < patterns.len() - 1 {
                    assert_eq!(any(id, text).is_none(), rare, "{}", patterns[i]);
                }
                // Every sentence-like slice, as the detector passes them.
                for (s, e) in [
                    (0, text.len()),
                    (0, text.len() / 2),
                    (text.len() / 3, text.len()),
                ] {
                    let (Some(sub), true) = (text.get(s..e), text.is_char_boundary(s)) else {
                        continue;
                    };
                    let got: Vec<_> = re.find_iter(sub).map(|m| m.range()).collect();
                    let want: Vec<_> = plain.find_iter(sub).map(|m| m.range()).collect();
                    assert_eq!(got, want, "{} in {sub:?}", patterns[i]);
                    assert_eq!(re.is_match(sub), plain.is_match(sub));
                }
            }
        }
    }
}

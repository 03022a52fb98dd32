//! Poll vocabulary in every supported language and the one-pass keyword scanner.
//!
//! Owns the keyword lists (what counts as poll vocabulary, respondents, voting intention,
//! pollster words) and the Aho-Corasick automaton that finds them in one pass over an article.
//! Articles without any hit cost one scan and nothing else. It must not decide about claims.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// What a keyword says about its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Unambiguous poll nouns: poll, sondage, Umfrage, encuesta, опрос, sondagem, sondaggio.
    Poll,
    /// Poll nouns that also mean something else: enquête (inquiry), pesquisa (research),
    /// Befragung (questioning), исследование (study). They need support in the sentence.
    WeakPoll,
    /// Respondents: sondés, Befragten, encuestados, опрошенных, entrevistados.
    Respondent,
    /// Voting intention: intentions de vote, intención de voto, Sonntagsfrage.
    VoteIntention,
    /// The trade: pollster, sondeur, Meinungsforscher, социолог.
    PollsterWord,
    /// Informal votes presented as polls: click polls, online votes, "enquete".
    InformalVote,
}

/// How a keyword must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// A whole word.
    Word,
    /// The start of a word; inflections may follow ("опроса", "encuestados").
    Prefix,
    /// Anywhere, for German compounds ("Wahlumfrage", "Forsa-Umfrage").
    Any,
}

use Bound::{Any, Prefix, Word};
use Class::{InformalVote, Poll, PollsterWord, Respondent, VoteIntention, WeakPoll};

/// Keywords, lower-case; they are matched against [`fold_case`] of the text.
const KEYWORDS: &[(&str, Class, Bound)] = &[
    // English
    ("poll", Poll, Word),
    ("polls", Poll, Word),
    ("polled", Poll, Word),
    ("polling", Poll, Word),
    ("opinion poll", Poll, Word),
    ("survey", Poll, Word),
    ("surveys", Poll, Word),
    ("surveyed", Poll, Word),
    ("respondents", Respondent, Word),
    ("interviews", Respondent, Word),
    ("entrevistas", Respondent, Word),
    ("voting intention", VoteIntention, Prefix),
    ("would vote for", VoteIntention, Word),
    ("pollster", PollsterWord, Prefix),
    ("straw poll", InformalVote, Word),
    ("online vote", InformalVote, Word),
    ("click poll", InformalVote, Word),
    ("study", WeakPoll, Word),
    ("research", WeakPoll, Word),
    ("barometer", WeakPoll, Word),
    ("tracker", WeakPoll, Word),
    // French
    ("sondage", Poll, Prefix),
    ("sondé", Respondent, Prefix),
    ("sondeur", PollsterWord, Prefix),
    ("personnes interrogées", Respondent, Word),
    ("interrogés", Respondent, Word),
    ("interrogées", Respondent, Word),
    ("intentions de vote", VoteIntention, Word),
    ("intention de vote", VoteIntention, Word),
    ("baromètre", Poll, Prefix),
    ("enquête", WeakPoll, Prefix),
    ("étude", WeakPoll, Prefix),
    ("vote en ligne", InformalVote, Word),
    ("notre vote", InformalVote, Word),
    // Audiences counted as if they were a sample ("83 % des internautes"): informal only when
    // `cues::NOT_A_POLL` also matches the sentence.
    ("internautes", InformalVote, Word),
    ("internautas", InformalVote, Word),
    ("lectores", InformalVote, Word),
    ("leitores", InformalVote, Word),
    ("lettori", InformalVote, Word),
    ("readers", InformalVote, Word),
    ("leser", InformalVote, Prefix),
    ("usuarios", InformalVote, Word),
    ("seguidores", InformalVote, Word),
    ("abonnés", InformalVote, Word),
    // German
    ("umfrage", Poll, Any),
    ("befragung", WeakPoll, Any),
    ("befragte", Respondent, Prefix),
    ("befragt", Respondent, Word),
    ("ermittelte", Respondent, Word),
    ("politbarometer", Poll, Any),
    ("deutschlandtrend", Poll, Any),
    ("trendbarometer", Poll, Any),
    ("sonntagsfrage", VoteIntention, Any),
    ("wahlabsicht", VoteIntention, Any),
    ("meinungsforsch", PollsterWord, Any),
    ("demoskop", PollsterWord, Any),
    ("erhebung", WeakPoll, Prefix),
    ("studie", WeakPoll, Prefix),
    ("online-abstimmung", InformalVote, Any),
    ("abstimmung", InformalVote, Word),
    // Spanish
    ("encuesta", Poll, Prefix),
    ("sondeo", Poll, Prefix),
    ("macroencuesta", Poll, Prefix),
    ("barómetro", Poll, Prefix),
    ("intención de voto", VoteIntention, Word),
    ("estimación de voto", VoteIntention, Word),
    ("entrevistados", Respondent, Word),
    ("entrevistadas", Respondent, Word),
    ("estudio", WeakPoll, Word),
    // Latin-American usage: "relevamiento" (Argentina), "medición" (Colombia, Mexico).
    ("relevamiento", WeakPoll, Word),
    ("medición", WeakPoll, Word),
    ("consultados", Respondent, Word),
    ("consultadas", Respondent, Word),
    ("votación en línea", InformalVote, Word),
    ("votación online", InformalVote, Word),
    // Russian
    ("опрос", Poll, Prefix),
    ("соцопрос", Poll, Prefix),
    ("опрошен", Respondent, Prefix),
    ("респондент", Respondent, Prefix),
    ("социолог", PollsterWord, Prefix),
    ("исследовани", WeakPoll, Prefix),
    ("замер", WeakPoll, Prefix),
    ("голосовани", InformalVote, Prefix),
    ("рейтинг", WeakPoll, Prefix),
    // Ukrainian
    ("опитуван", Poll, Prefix),
    ("опитан", Respondent, Prefix),
    ("соціолог", PollsterWord, Prefix),
    ("дослідженн", WeakPoll, Prefix),
    // Portuguese
    ("pesquisa", WeakPoll, Prefix),
    ("sondagem", Poll, Prefix),
    ("sondagens", Poll, Prefix),
    ("intenção de voto", VoteIntention, Word),
    ("intenções de voto", VoteIntention, Word),
    ("entrevistados", Respondent, Word),
    ("inquiridos", Respondent, Word),
    ("levantamento", WeakPoll, Prefix),
    ("inquérito", WeakPoll, Prefix),
    ("enquete", InformalVote, Prefix),
    ("votação", InformalVote, Prefix),
    ("estudo", WeakPoll, Word),
    // Italian
    ("sondaggi", Poll, Prefix),
    ("intenzioni di voto", VoteIntention, Word),
    ("intervistati", Respondent, Word),
    ("rilevazione", WeakPoll, Prefix),
    ("indagine", WeakPoll, Prefix),
    ("televoto", InformalVote, Word),
    ("votazione online", InformalVote, Word),
    // Social-media analysis presented as polling
    ("mentions", InformalVote, Word),
    ("erwähnungen", InformalVote, Word),
    ("menciones", InformalVote, Word),
    ("упоминани", InformalVote, Prefix),
    ("menções", InformalVote, Word),
    ("menzioni", InformalVote, Word),
];

/// A keyword found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the match.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// What the keyword says.
    pub class: Class,
}

struct Scanner {
    ac: AhoCorasick,
    meta: Vec<(Class, Bound)>,
}

static SCANNER: LazyLock<Scanner> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut meta = Vec::new();
    for &(kw, class, bound) in KEYWORDS {
        let f = fold_case(kw);
        if !pats.contains(&f) {
            pats.push(f);
            meta.push((class, bound));
        }
    }
    // A full DFA: a few hundred KB for ~100 keywords, and the fastest scan per byte.
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&pats)
        .expect("keyword automaton builds");
    Scanner { ac, meta }
});

/// Lower-cases every character whose lower-case form has the same UTF-8 length, so byte
/// offsets into the result are byte offsets into `text`. Covers Latin, Greek and Cyrillic.
pub fn fold_case(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // ASCII runs are copied and lower-cased in bulk.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if run > 0 {
            let from = out.len();
            out.push_str(&rest[..run]);
            out[from..].make_ascii_lowercase();
            rest = &rest[run..];
            continue;
        }
        let c = rest.chars().next().expect("non-empty");
        rest = &rest[c.len_utf8()..];
        // Fast paths for the capitals of Latin-1 and basic Cyrillic, the bulk of non-ASCII
        // letters in the supported languages; the rest go through the Unicode tables.
        let u = c as u32;
        let fast = match u {
            0xC0..=0xDE if u != 0xD7 => Some(u + 0x20),
            0x410..=0x42F => Some(u + 0x20),
            0x400..=0x40F => Some(u + 0x50),
            // Caseless: Latin-1 symbols, general punctuation (curly quotes, dashes, spaces).
            0xDF..=0xFF | 0x430..=0x45F | 0xA0..=0xBF | 0x2000..=0x206F => Some(u),
            _ => None,
        };
        if let Some(l) = fast.and_then(char::from_u32) {
            out.push(l);
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Every poll keyword in `text`, left to right.
pub fn scan(text: &str) -> Vec<Hit> {
    scan_folded(&fold_case(text))
}

/// [`scan`] over text already passed through [`fold_case`].
pub fn scan_folded(text: &str) -> Vec<Hit> {
    let sc = &*SCANNER;
    let mut out = Vec::new();
    for m in sc.ac.find_iter(text) {
        let (class, bound) = sc.meta[m.pattern().as_usize()];
        let ok = match bound {
            Word => is_word_boundary(text, m.start(), m.end()),
            Prefix => starts_word(text, m.start()),
            Any => true,
        };
        if ok {
            out.push(Hit {
                start: m.start(),
                end: m.end(),
                class,
            });
        }
    }
    out
}

/// Is `[s, e)` a whole word (no letter or digit on either side)?
pub fn is_word_boundary(text: &str, s: usize, e: usize) -> bool {
    starts_word(text, s) && text[e..].chars().next().is_none_or(|c| !is_alnum(c))
}

fn starts_word(text: &str, s: usize) -> bool {
    text[..s].chars().next_back().is_none_or(|c| !is_alnum(c))
}

/// [`char::is_alphanumeric`], without the Unicode table lookup for the letters of Latin-1 and
/// basic Cyrillic (every one of them is alphabetic).
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0xFF => c != '×' && c != '÷',
        0x400..=0x45F => true,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(t: &str) -> Vec<Class> {
        scan(t).into_iter().map(|h| h.class).collect()
    }

    #[test]
    fn fast_paths_agree_with_unicode_tables() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            let mut lower = c.to_lowercase();
            let expect = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            let s = format!("aB{c}Cd");
            assert_eq!(fold_case(&s), format!("ab{expect}cd"), "{c:?}");
        }
    }

    #[test]
    fn finds_keywords_with_boundaries() {
        assert_eq!(classes("A new Poll shows"), vec![Poll]);
        assert!(classes("pollen and pollution").is_empty());
        assert_eq!(classes("die Forsa-Umfrage"), vec![Poll]);
        assert_eq!(classes("Опрос ВЦИОМ и опроса"), vec![Poll, Poll]);
        assert!(classes("это вопрос").is_empty());
        assert_eq!(classes("les personnes interrogées"), vec![Respondent]);
    }
}

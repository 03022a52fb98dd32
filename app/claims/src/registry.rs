//! The pollster registry: records, the CSV format, and name matching.
//!
//! Owns [`PollsterRecord`] (what the caller stores), the CSV import/export format and every way a
//! name written in an article is resolved to a record: exact, alias, fuzzy (small misspellings)
//! or ambiguous. It also finds registry names inside a sentence. It must not decide whether a
//! sentence is a poll claim; `detect` does that.

use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::normalize::{compact_key, name_key};

/// The seed registry shipped with the repository (`data/pollsters.csv`).
pub const BUILTIN_CSV: &str = include_str!("../../../data/pollsters.csv");

/// What the registry knows about an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollsterStatus {
    /// A verified member of a registering body (BPC, Commission des sondages, CNE…).
    Registered,
    /// A known polling organisation whose membership of a registering body is not verified.
    Established,
    /// Owned or run by the state (VTsIOM, FOM).
    StateControlled,
    /// Designated a "foreign agent" by its government (Levada Center in Russia).
    ForeignAgentDesignated,
    /// Not a polling organisation: analytics firm, prediction market, click poll, advocacy group.
    NotAPollster,
    /// No longer operating.
    Defunct,
}

impl PollsterStatus {
    /// The snake_case name used in CSV and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::Established => "established",
            Self::StateControlled => "state_controlled",
            Self::ForeignAgentDesignated => "foreign_agent_designated",
            Self::NotAPollster => "not_a_pollster",
            Self::Defunct => "defunct",
        }
    }
}

impl std::fmt::Display for PollsterStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PollsterStatus {
    type Err = RegistryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim() {
            "registered" => Self::Registered,
            "established" => Self::Established,
            "state_controlled" => Self::StateControlled,
            "foreign_agent_designated" => Self::ForeignAgentDesignated,
            "not_a_pollster" => Self::NotAPollster,
            "defunct" => Self::Defunct,
            other => return Err(RegistryError::Status(other.to_owned())),
        })
    }
}

/// Marks an alias that is looked up but never searched for in text ("~Datum").
pub const LOOKUP_ONLY: char = '~';

/// One organisation, as stored in `data/pollsters.csv` and in the caller's database.
///
/// List fields are `|`-separated in CSV. `memberships` uses codes such as `BPC`, `AAPOR_TI`,
/// `FR_COMMISSION_SONDAGES`, `BR_TSE`, `ESOMAR`, `CO_CNE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollsterRecord {
    /// Stable slug, unique in the registry.
    pub id: String,
    /// The name to display.
    pub canonical: String,
    /// Other spellings seen in text, in any script; one that starts with [`LOOKUP_ONLY`] is
    /// a common word matched only as a name a pattern read ("~Datum"), never found in text
    /// by itself.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 codes where it publishes.
    pub countries: Vec<String>,
    /// Registering bodies it is a verified member of.
    pub memberships: Vec<String>,
    /// What it is.
    pub status: PollsterStatus,
    /// `true` when the facts come from a page actually read; `false` for general knowledge.
    pub verified: bool,
    /// What the facts rest on, in words.
    pub evidence: String,
    /// Where they come from (URLs or references).
    pub source: String,
    /// Anything a fact-checker should know.
    pub notes: String,
}

/// Errors reading or writing the registry CSV.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The CSV could not be read or written.
    #[error("pollster registry CSV: {0}")]
    Csv(#[from] csv::Error),
    /// An unknown `status` value.
    #[error("pollster registry: unknown status {0:?}")]
    Status(String),
    /// A `verified` value other than true/false.
    #[error("pollster registry: bad verified value {0:?} (expected true or false)")]
    Verified(String),
    /// Two records share an id.
    #[error("pollster registry: duplicate id {0:?}")]
    DuplicateId(String),
    /// A record with an empty id or canonical name.
    #[error("pollster registry: record {0} has an empty id or canonical name")]
    Empty(usize),
    /// The names could not be indexed (too many or too long).
    #[error("pollster registry: cannot index the names: {0}")]
    Index(String),
}

/// The flat CSV row.
#[derive(Debug, Serialize, Deserialize)]
struct CsvRow {
    id: String,
    canonical: String,
    aliases: String,
    countries: String,
    memberships: String,
    status: String,
    verified: String,
    evidence: String,
    source: String,
    notes: String,
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How a name was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The canonical name, after normalisation.
    Exact,
    /// One of the aliases, after normalisation.
    Alias,
    /// Within a small edit distance of a name or alias.
    Fuzzy,
    /// Several records fit equally well.
    Ambiguous,
}

/// The result of [`Registry::lookup`].
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup<'r> {
    /// One record.
    Found {
        record: &'r PollsterRecord,
        kind: MatchKind,
    },
    /// Several records fit; none can be preferred.
    Ambiguous(Vec<&'r PollsterRecord>),
    /// Nothing fits.
    NotFound,
}

/// A registry name found inside a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextMention {
    /// Byte offsets in the searched text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// The pollster registry with its match indexes. Build it once and share it.
#[derive(Debug, Clone)]
pub struct Registry {
    records: Vec<PollsterRecord>,
    /// name_key → record indexes, with whether the key is the canonical name.
    keys: HashMap<String, Vec<(usize, bool)>>,
    /// compact_key → record indexes.
    compact: HashMap<String, Vec<usize>>,
    /// word_set_key → record indexes: the same words in another order.
    word_sets: HashMap<String, Vec<usize>>,
    /// gloss::concept_key → record indexes: the same name in another language.
    concepts: HashMap<String, Vec<usize>>,
    /// (compact key, record) for fuzzy matching, keys of 4 characters or more.
    fuzzy: Vec<(Vec<char>, usize)>,
    /// Case-folded surface forms, for finding names in text.
    trie: Trie,
    /// The surface forms that can match where the text's first letter is lower-case.
    lower_trie: Trie,
    /// The scanner patterns.
    surface: Vec<String>,
    /// For each scanner pattern: the case rule applied to a hit.
    scan_case: Vec<CaseRule>,
    /// Multi-word Cyrillic names as word stems, for their inflected forms.
    inflected: Vec<Inflected>,
    /// The distinct first stems of `inflected`, found in one pass over a text, and for each
    /// the names that start with it.
    inflected_starts: aho_corasick::AhoCorasick,
    inflected_by_start: Vec<Vec<usize>>,
}

/// A multi-word Cyrillic name ("Київський міжнародний інститут соціології") as the stems of
/// its case-folded words: Russian and Ukrainian inflect every word of it ("Київського
/// міжнародного інституту соціології", "Київським міжнародним інститутом…"), so the exact
/// forms miss most mentions. A word matches a stem it starts with, followed by at most
/// `extra` more letters (an ending).
#[derive(Debug, Clone)]
struct Inflected {
    stems: Vec<(String, usize)>,
    record: usize,
}

impl Inflected {
    /// `None` unless `name` is two or more Cyrillic words (quotes aside) starting upper-case.
    fn new(name: &str, record: usize) -> Option<Inflected> {
        let words: Vec<&str> = name
            .split(|c: char| c.is_whitespace() || is_quote(c))
            .filter(|w| !w.is_empty())
            .collect();
        let cyrillic = |w: &str| {
            w.chars()
                .all(|c| matches!(c as u32, 0x400..=0x4FF) || c == '-')
        };
        if words.len() < 2
            || !words.iter().all(|w| cyrillic(w))
            || !name.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        let stems = words
            .iter()
            .map(|w| {
                let folded = crate::lexicon::fold_case(w);
                let n = folded.chars().count();
                // An acronym ("РАН") is not inflected.
                if w.chars().all(|c| !c.is_lowercase()) {
                    return (folded, 0);
                }
                let keep = if n <= 4 { n } else { (n - 2).max(4) };
                let stem: String = folded.chars().take(keep).collect();
                (stem, if n <= 4 { 2 } else { 4 })
            })
            .collect();
        Some(Inflected { stems, record })
    }

    /// The end of this name inflected at word start `p` of `folded`, if it is there.
    fn match_at(&self, folded: &str, p: usize) -> Option<usize> {
        let mut at = p;
        for (k, (stem, extra)) in self.stems.iter().enumerate() {
            if k > 0 {
                let skip = folded[at..]
                    .char_indices()
                    .find(|&(_, c)| !(c.is_whitespace() || is_quote(c)))
                    .map_or(folded.len() - at, |(i, _)| i);
                if skip == 0 {
                    return None;
                }
                at += skip;
            }
            let word_len = folded[at..]
                .char_indices()
                .find(|&(_, c)| !(crate::lexicon::is_alnum(c) || c == '-'))
                .map_or(folded.len() - at, |(i, _)| i);
            let word = &folded[at..at + word_len];
            let rest = word.strip_prefix(stem.as_str())?;
            if rest.chars().count() > *extra {
                return None;
            }
            at += word_len;
        }
        // "группы «Рейтинг»": the closing quote of a quoted word belongs to the name.
        let opened = folded[p..at].chars().any(|c| matches!(c, '«' | '„' | '“'));
        match folded[at..].chars().next() {
            Some(c @ ('»' | '”' | '“' | '"')) if opened => Some(at + c.len_utf8()),
            _ => Some(at),
        }
    }
}

/// Does `s` hold a Cyrillic letter (a UTF-8 lead byte 0xD0–0xD4: U+0400–U+053F)?
fn has_cyrillic(s: &str) -> bool {
    s.bytes().any(|b| (0xD0..=0xD4).contains(&b))
}

fn is_quote(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '„' | '“' | '”')
}

/// Ordered from strictest to most permissive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CaseRule {
    /// Exactly as written (acronyms such as "CIS", "ORB", "ФОМ").
    Exact,
    /// Any case, but the first letter must be upper-case in the text.
    Capitalised,
    /// Every word capitalised in the text, as in the form: "One Poll" (OnePoll), where
    /// "One poll, by …" is English.
    Words,
    /// Any case at all.
    Any,
}

static BUILTIN: LazyLock<Registry> = LazyLock::new(|| {
    Registry::from_csv_reader(BUILTIN_CSV.as_bytes()).expect("data/pollsters.csv is valid")
});

impl Registry {
    /// The registry seeded from `data/pollsters.csv`, embedded at build time.
    pub fn builtin() -> &'static Registry {
        &BUILTIN
    }

    /// Reads the CSV format (header `id,canonical,aliases,countries,memberships,status,verified,
    /// evidence,source,notes`; lists `|`-separated).
    pub fn from_csv_reader<R: Read>(reader: R) -> Result<Self, RegistryError> {
        let mut rdr = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(reader);
        let mut records = Vec::new();
        for row in rdr.deserialize::<CsvRow>() {
            let row = row?;
            let verified = match row.verified.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => true,
                "false" | "0" | "no" | "" => false,
                other => return Err(RegistryError::Verified(other.to_owned())),
            };
            records.push(PollsterRecord {
                id: row.id,
                canonical: row.canonical,
                aliases: split_list(&row.aliases),
                countries: split_list(&row.countries),
                memberships: split_list(&row.memberships),
                status: row.status.parse()?,
                verified,
                evidence: row.evidence,
                source: row.source,
                notes: row.notes,
            });
        }
        Self::from_records(records)
    }

    /// Writes the same CSV format that [`Registry::from_csv_reader`] reads.
    pub fn to_csv_writer<W: Write>(&self, writer: W) -> Result<(), RegistryError> {
        let mut w = csv::Writer::from_writer(writer);
        for r in &self.records {
            w.serialize(CsvRow {
                id: r.id.clone(),
                canonical: r.canonical.clone(),
                aliases: r.aliases.join("|"),
                countries: r.countries.join("|"),
                memberships: r.memberships.join("|"),
                status: r.status.as_str().to_owned(),
                verified: r.verified.to_string(),
                evidence: r.evidence.clone(),
                source: r.source.clone(),
                notes: r.notes.clone(),
            })?;
        }
        w.flush().map_err(csv::Error::from)?;
        Ok(())
    }

    /// Builds the indexes over records (e.g. rows loaded from the caller's database).
    pub fn from_records(records: Vec<PollsterRecord>) -> Result<Self, RegistryError> {
        let mut ids = HashSet::new();
        for (i, r) in records.iter().enumerate() {
            if r.id.trim().is_empty() || r.canonical.trim().is_empty() {
                return Err(RegistryError::Empty(i));
            }
            if !ids.insert(r.id.as_str()) {
                return Err(RegistryError::DuplicateId(r.id.clone()));
            }
        }
        let mut keys: HashMap<String, Vec<(usize, bool)>> = HashMap::new();
        let mut compact: HashMap<String, Vec<usize>> = HashMap::new();
        let mut word_sets: HashMap<String, Vec<usize>> = HashMap::new();
        let mut concepts: HashMap<String, Vec<usize>> = HashMap::new();
        let mut fuzzy = Vec::new();
        let mut surface: Vec<(String, CaseRule)> = Vec::new();
        // Case-folded form → index in `surface`: the automaton runs over case-folded text, so
        // forms differing only in case share one pattern with the most permissive case rule.
        let mut seen_surface: HashMap<String, usize> = HashMap::new();
        let mut folded_forms: Vec<String> = Vec::new();
        // A Cyrillic acronym's Latin spellings ("ВЦИОМ": "VTsIOM", "WZIOM", "VCIOM"…) are
        // aliases too, unless another record has the spelling as a name of its own.
        let written: HashSet<String> = records
            .iter()
            .flat_map(|r| std::iter::once(&r.canonical).chain(&r.aliases))
            .map(|n| name_key(n))
            .collect();
        let mut spelled: Vec<Vec<String>> = vec![Vec::new(); records.len()];
        for (i, r) in records.iter().enumerate() {
            for n in std::iter::once(&r.canonical).chain(&r.aliases) {
                for v in crate::gloss::acronym_variants(n) {
                    if !written.contains(&name_key(&v)) && !spelled[i].contains(&v) {
                        spelled[i].push(v);
                    }
                }
            }
        }
        for (i, r) in records.iter().enumerate() {
            let names = std::iter::once((&r.canonical, true))
                .chain(r.aliases.iter().map(|a| (a, false)))
                .chain(spelled[i].iter().map(|a| (a, false)));
            for (name, is_canonical) in names {
                // "~Datum": a name as a pattern reads it, looked up but never searched for in
                // text (a common word: "Datum" is a date in German, "Noto" a Sicilian town).
                let lookup_only = name.starts_with(LOOKUP_ONLY);
                let name = name.trim_start_matches(LOOKUP_ONLY);
                let k = name_key(name);
                if k.is_empty() {
                    continue;
                }
                if let Some(w) = crate::gloss::concept_key(name) {
                    let e = concepts.entry(w).or_default();
                    if !e.contains(&i) {
                        e.push(i);
                    }
                }
                let e = keys.entry(k.clone()).or_default();
                if !e.iter().any(|(j, _)| *j == i) {
                    e.push((i, is_canonical));
                }
                let c = compact_key(name);
                let e = compact.entry(c.clone()).or_default();
                if !e.contains(&i) {
                    e.push(i);
                }
                if let Some(w) = crate::normalize::word_set_key(name) {
                    let e = word_sets.entry(w).or_default();
                    if !e.contains(&i) {
                        e.push(i);
                    }
                }
                if c.chars().count() >= 4 {
                    fuzzy.push((c.chars().collect(), i));
                }
                if lookup_only {
                    continue;
                }
                let form = name.trim().to_owned();
                let rule = case_rule(&form);
                let folded = crate::lexicon::fold_case(&form);
                match seen_surface.get(&folded) {
                    Some(&j) => {
                        if rule > surface[j].1 {
                            surface[j].1 = rule;
                        }
                    }
                    None => {
                        seen_surface.insert(folded.clone(), surface.len());
                        surface.push((form, rule));
                        folded_forms.push(folded);
                    }
                }
            }
        }
        let trie = Trie::new(folded_forms.iter().enumerate());
        // A hit whose first character is lower-case passes the case rule only for `Any` forms
        // and for `Exact` forms that themselves start lower-case.
        let lower_trie = Trie::new(folded_forms.iter().enumerate().filter(|&(i, _)| {
            let (form, rule) = &surface[i];
            rule == &CaseRule::Any
                || rule == &CaseRule::Exact && form.chars().next().is_some_and(char::is_lowercase)
        }));
        let (surface, scan_case) = surface.into_iter().unzip();
        let mut inflected: Vec<Inflected> = Vec::new();
        for (i, r) in records.iter().enumerate() {
            for n in std::iter::once(&r.canonical).chain(&r.aliases) {
                if let Some(f) = Inflected::new(n.trim(), i) {
                    // Inflected aliases of one name reduce to the same stems.
                    if !inflected
                        .iter()
                        .any(|g| g.record == f.record && g.stems == f.stems)
                    {
                        inflected.push(f);
                    }
                }
            }
        }
        let mut starts: Vec<&str> = Vec::new();
        let mut inflected_by_start: Vec<Vec<usize>> = Vec::new();
        for (k, f) in inflected.iter().enumerate() {
            let stem = f.stems[0].0.as_str();
            match starts.iter().position(|s| *s == stem) {
                Some(j) => inflected_by_start[j].push(k),
                None => {
                    starts.push(stem);
                    inflected_by_start.push(vec![k]);
                }
            }
        }
        let inflected_starts = aho_corasick::AhoCorasick::new(&starts)
            .map_err(|e| RegistryError::Index(e.to_string()))?;
        Ok(Registry {
            records,
            keys,
            compact,
            word_sets,
            concepts,
            fuzzy,
            trie,
            lower_trie,
            surface,
            scan_case,
            inflected,
            inflected_starts,
            inflected_by_start,
        })
    }

    /// All records, in file order.
    pub fn records(&self) -> &[PollsterRecord] {
        &self.records
    }

    /// The record with this id.
    pub fn get(&self, id: &str) -> Option<&PollsterRecord> {
        self.records.iter().find(|r| r.id == id)
    }

    /// Is `name`, normalised ([`name_key`]), a name or alias of the registry as it stands, with
    /// no product, co-brand, compact or fuzzy reading?
    pub fn knows_exactly(&self, name: &str) -> bool {
        self.keys.contains_key(&name_key(name))
    }

    /// Is `name` a registry name of three words or more written in another order ("Kyiv
    /// Institute for International Sociology" for "Kyiv International Institute of Sociology")?
    pub fn knows_words(&self, name: &str) -> bool {
        crate::normalize::word_set_key(name).is_some_and(|w| self.word_sets.contains_key(&w))
    }

    /// Resolves a name as written. `country` (ISO alpha-2) breaks ties between records that
    /// share an alias ("Kantar" in GB, FR and DE).
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Lookup<'_> {
        // A name disguised with look-alike letters of another script ("Цeнтрoм Рaзyмкoвa").
        if let Some((clean, _)) = crate::homoglyph::unmask(name) {
            return self.lookup(&clean, country);
        }
        let key = name_key(name);
        if key.is_empty() {
            return Lookup::NotFound;
        }
        // The generic words the name dropped, worked out only for a name that matched.
        let query = std::cell::OnceCell::new();
        let query = || query.get_or_init(|| crate::normalize::dropped_generics(name));
        let hits = self.keys.get(&key).map(|hits| {
            hits.iter()
                .copied()
                .filter(|&(i, _)| self.generics_fit(i, query(), |f| name_key(f) == key))
                .collect::<Vec<_>>()
        });
        if hits.as_ref().is_some_and(Vec::is_empty) {
            // The same words with a generic word of another kind ("Public Policy Institute"
            // against "Public Policy Polling"): another organisation, not a misspelling.
            return Lookup::NotFound;
        }
        if let Some(hits) = hits {
            let idx: Vec<usize> = hits.iter().map(|(i, _)| *i).collect();
            let kind = if hits.iter().all(|(_, c)| *c) {
                MatchKind::Exact
            } else {
                MatchKind::Alias
            };
            let kind = if hits.len() == 1 && hits[0].1 {
                MatchKind::Exact
            } else {
                kind
            };
            return self.resolve(idx, kind, country);
        }
        let ckey = compact_key(name);
        if let Some(hits) = self.compact.get(&ckey) {
            let hits: Vec<usize> = hits
                .iter()
                .copied()
                .filter(|&i| self.generics_fit(i, query(), |f| compact_key(f) == ckey))
                .collect();
            if !hits.is_empty() {
                return self.resolve(hits, MatchKind::Alias, country);
            }
        }
        if let Some(found) = self.co_brand(name, country) {
            return found;
        }
        // The same words in another order ("Kyiv International Sociology Institute").
        if let Some(hits) =
            crate::normalize::word_set_key(name).and_then(|w| self.word_sets.get(&w))
        {
            return self.resolve(hits.clone(), MatchKind::Alias, country);
        }
        // "Linzer Market-Instituts", "Allensbacher Institut für Demoskopie": a German place
        // adjective before a registered name.
        if let Some((first, rest)) = name.trim().split_once(' ') {
            if crate::normalize::is_place_adjective(first) {
                if let found @ Lookup::Found { .. } = self.lookup(rest, country) {
                    return found;
                }
            }
        }
        // "Istituto Noto", "Instituto Ipespe": the head noun before a registered name.
        if let Some(rest) = [
            "Istituto ",
            "Instituto ",
            "Institut ",
            "Institute ",
            "Instytut ",
        ]
        .iter()
        .find_map(|h| name.trim().strip_prefix(h))
        {
            if let Some(found) = self.alias_by_key(rest, country) {
                return found;
            }
        }
        // A misspelt generic word ("Pew Reseach Center"): the name with it spelt right.
        if let Some(spelt) = crate::normalize::with_generic_words_spelt(name) {
            if let Lookup::Found { record, .. } = self.lookup(&spelt, country) {
                return Lookup::Found {
                    record,
                    kind: MatchKind::Fuzzy,
                };
            }
        }
        if let Some(found) = self.product_of(name, country) {
            return found;
        }
        let name = name.trim();
        if has_cyrillic(name) {
            let folded = crate::lexicon::fold_case(name);
            let inflected: Vec<usize> = self
                .inflected
                .iter()
                .filter(|f| f.match_at(&folded, 0) == Some(folded.len()))
                .map(|f| f.record)
                .collect();
            if !inflected.is_empty() {
                return self.resolve(inflected, MatchKind::Alias, country);
            }
            // A Latin name written in Cyrillic letters, perhaps in another case
            // ("Лазарсфельда" for "Lazarsfeld").
            let latin = crate::gloss::transliterate(name);
            if latin.chars().count() >= 5 {
                let stems = std::iter::once(latin.as_str()).chain(
                    ["a", "u", "om", "e", "y", "i", "oi", "ym"]
                        .iter()
                        .filter_map(|e| latin.strip_suffix(e)),
                );
                if let Some(found) = stems
                    .into_iter()
                    .find_map(|stem| self.alias_by_key(stem, country))
                {
                    return found;
                }
            }
            // A one-word feminine name in another case: "Левадой", "Левады", "Левади" for
            // "Левада".
            if !name.contains(char::is_whitespace) {
                for ending in ["ой", "ою", "ей", "ы", "и", "е", "у", "ю"] {
                    let Some(stem) = name.strip_suffix(ending) else {
                        continue;
                    };
                    if stem.chars().count() < 3 {
                        continue;
                    }
                    for nominative in ["а", "я"] {
                        if let Some(found) =
                            self.alias_by_key(&format!("{stem}{nominative}"), country)
                        {
                            return found;
                        }
                    }
                }
            }
        }
        if let found @ Lookup::Found { .. } = self.lookup_translated(name, country) {
            return found;
        }
        self.fuzzy_lookup(&ckey, country)
    }

    /// Resolves a name by its meaning only: the same words as a registered name in another
    /// language or script ("Kiewer internationales Soziologie-Institut" for "Kyiv
    /// International Institute of Sociology"; see [`crate::gloss::concept_key`]).
    pub fn lookup_translated(&self, name: &str, country: Option<&str>) -> Lookup<'_> {
        match crate::gloss::concept_key(name).and_then(|k| self.concepts.get(&k)) {
            Some(hits) => self.resolve(hits.clone(), MatchKind::Alias, country),
            None => Lookup::NotFound,
        }
    }

    /// A registered name and one of its products: "Ipsos Global Trends Survey", "Toluna
    /// Global Consumer Barometer Study" (words of the trade after the name). Words
    /// that could name another organisation ("Ipsos Zephyr Analytics") leave the name
    /// unknown, as in [`Registry::co_brand`].
    fn product_of(&self, name: &str, country: Option<&str>) -> Option<Lookup<'_>> {
        const PRODUCT_WORDS: &[&str] = &[
            "global",
            "consumer",
            "consumers",
            "barometer",
            "barometre",
            "barometro",
            "study",
            "survey",
            "poll",
            "tracker",
            "tracking",
            "index",
            "monitor",
            "omnibus",
            "panel",
            "pulse",
            "trends",
            "trend",
            "monthly",
            "weekly",
            "annual",
            "national",
            "political",
            "public",
            "opinion",
            "confidence",
            "sentiment",
            "shopper",
            "report",
            "studie",
            "umfrage",
            "sondage",
            "encuesta",
            "estudio",
            "pesquisa",
            "sondaggio",
        ];
        let name = name.trim();
        // Each word with its end in `name`: the owner is `name` up to the end of a word,
        // whatever whitespace stands between the words.
        let words: Vec<(&str, usize)> = name
            .split_whitespace()
            .map(|w| (w, w.as_ptr() as usize - name.as_ptr() as usize + w.len()))
            .collect();
        (1..words.len()).rev().find_map(|k| {
            let rest_is_product = words[k..]
                .iter()
                .all(|(w, _)| PRODUCT_WORDS.contains(&crate::normalize::fold(w).as_str()));
            if !rest_is_product {
                return None;
            }
            self.full_form_by_key(&name[..words[k - 1].1], country)
        })
    }

    /// The records with a name or alias that is `name` in full, not after dropping a generic
    /// word: "Ipsos" is a form of Ipsos, but "Delta" only the key of "Delta Poll" ("Delta
    /// Monitor" is another body, not a Deltapoll product).
    fn full_form_by_key(&self, name: &str, country: Option<&str>) -> Option<Lookup<'_>> {
        let key = name_key(name);
        let idx: Vec<usize> = self
            .keys
            .get(&key)?
            .iter()
            .map(|(i, _)| *i)
            .filter(|&i| {
                let r = &self.records[i];
                std::iter::once(&r.canonical)
                    .chain(r.aliases.iter())
                    .any(|f| name_key(f) == key && crate::normalize::dropped_generics(f).is_empty())
            })
            .collect();
        (!idx.is_empty()).then(|| self.resolve(idx, MatchKind::Alias, country))
    }

    /// The records whose name or alias has `name`'s key, as an alias match.
    fn alias_by_key(&self, name: &str, country: Option<&str>) -> Option<Lookup<'_>> {
        let hits = self.keys.get(&name_key(name))?;
        let idx = hits.iter().map(|(i, _)| *i).collect();
        Some(self.resolve(idx, MatchKind::Alias, country))
    }

    /// A joint or merged brand whose every part is a registered name ("Ipsos-BVA",
    /// "Harris Interactive/Toluna") or a media sponsor ("Odoxa-LCP-Public Sénat", "Elabe-BFMTV"):
    /// the first part's pollster, as an alias match. A part the registry does not know
    /// ("Ipsos-Zephyr Analytics", "Социс-Плюс") leaves the whole name unknown: a registered
    /// name with something added is how a fake poll borrows a real pollster's credit. Real
    /// partnerships ("TNS Sofres-OnePoint") are registry aliases.
    fn co_brand(&self, name: &str, country: Option<&str>) -> Option<Lookup<'_>> {
        let parts: Vec<&str> = name.split(['-', '/', '–', '+']).map(str::trim).collect();
        if parts.len() < 2 || parts.iter().any(|p| p.chars().count() < 2) {
            return None;
        }
        let ids = |part: &str| -> Option<Vec<usize>> {
            match self.keys.get(&name_key(part)) {
                Some(hits) => Some(hits.iter().map(|(i, _)| *i).collect()),
                None => self.compact.get(&compact_key(part)).cloned(),
            }
        };
        // The first registered part is the pollster ("Dire-Tecnè": a news agency, then the
        // pollster); every other part must be registered or an outlet.
        let (k, first) = parts
            .iter()
            .enumerate()
            .find_map(|(k, p)| Some((k, ids(p)?)))?;
        parts
            .iter()
            .enumerate()
            .all(|(j, p)| j == k || ids(p).is_some() || media_list(p))
            .then(|| self.resolve(first, MatchKind::Alias, country))
    }

    /// Record `i` has a form that matched (`matched`: by its key or compact key) whose dropped
    /// generic words fit the query's (see [`crate::normalize::generics_compatible`]).
    fn generics_fit(
        &self,
        i: usize,
        query: &[crate::normalize::Generic],
        matched: impl Fn(&str) -> bool,
    ) -> bool {
        if query.is_empty() {
            return true;
        }
        let r = &self.records[i];
        std::iter::once(&r.canonical)
            .chain(r.aliases.iter())
            .filter(|f| matched(f))
            .any(|f| {
                crate::normalize::generics_compatible(query, &crate::normalize::dropped_generics(f))
            })
    }

    fn resolve(&self, mut idx: Vec<usize>, kind: MatchKind, country: Option<&str>) -> Lookup<'_> {
        idx.sort_unstable();
        idx.dedup();
        if idx.len() > 1 {
            if let Some(c) = country {
                let local: Vec<usize> = idx
                    .iter()
                    .copied()
                    .filter(|&i| {
                        self.records[i]
                            .countries
                            .iter()
                            .any(|x| x.eq_ignore_ascii_case(c))
                    })
                    .collect();
                if local.len() == 1 {
                    return Lookup::Found {
                        record: &self.records[local[0]],
                        kind,
                    };
                }
            }
            return Lookup::Ambiguous(idx.iter().map(|&i| &self.records[i]).collect());
        }
        match idx.first() {
            Some(&i) => Lookup::Found {
                record: &self.records[i],
                kind,
            },
            None => Lookup::NotFound,
        }
    }

    fn fuzzy_lookup(&self, ckey: &str, country: Option<&str>) -> Lookup<'_> {
        let q: Vec<char> = ckey.chars().collect();
        if q.len() < 5 {
            return Lookup::NotFound;
        }
        // One edit for names up to 8 characters, two beyond: "Odoxa Dentus", "Datafolia", "Survaton".
        let max = if q.len() <= 8 { 1 } else { 2 };
        let mut best = usize::MAX;
        let mut hits = Vec::new();
        for (k, i) in &self.fuzzy {
            // Misspellings rarely touch the first letter; checking it first skips most keys.
            if k.len().abs_diff(q.len()) > max || k.first() != q.first() {
                continue;
            }
            // A key of four letters meets only a letter added to it ("Ifpop" for "Ifop"): a
            // letter changed in a word that short is as likely another name.
            if k.len() < 5 && q.len() != k.len() + 1 {
                continue;
            }
            // Letters one has and the other lacks bound every edit distance from below (a
            // transposition keeps them): most keys are ruled out without the full distance.
            if bag_distance(k, &q) > max {
                continue;
            }
            let d = strsim::generic_damerau_levenshtein(k, &q);
            if d > max {
                continue;
            }
            if d < best {
                best = d;
                hits.clear();
            }
            if d == best {
                hits.push(*i);
            }
        }
        if hits.is_empty() {
            return Lookup::NotFound;
        }
        self.resolve(hits, MatchKind::Fuzzy, country)
    }

    /// Registry names occurring in `text`, left to right, on word boundaries, with the case
    /// rules that keep common words out ("demos", "market", "CIS" only in capitals).
    pub fn mentions(&self, text: &str) -> Vec<TextMention> {
        self.mentions_folded(text, &crate::lexicon::fold_case(text))
    }

    /// [`Registry::mentions`] with `folded` = `lexicon::fold_case(text)` already computed.
    pub(crate) fn mentions_folded(&self, text: &str, folded: &str) -> Vec<TextMention> {
        // Every occurrence of every form ("l'institut CSA" must still yield "CSA" when the
        // longer alias "Institut CSA" fails its case rule), then the longest non-overlapping
        // hits. A hit starts a word, so only word starts are tried: a walk down the trie of
        // folded forms from each.
        let mut hits: Vec<TextMention> = Vec::new();
        let bytes = text.as_bytes();
        let fbytes = folded.as_bytes();
        let mut prev_alnum = false;
        let mut p = 0;
        while p < bytes.len() {
            let b = bytes[p];
            // Inside a word only the end of the word matters: skip ASCII letters and digits
            // in a tight loop.
            if prev_alnum && b.is_ascii_alphanumeric() {
                p += 1;
                continue;
            }
            let (alnum, len) = crate::lexicon::alnum_at(text, p);
            if !prev_alnum {
                // `lower_trie` for a lower-case start; the root tells at once whether any form
                // begins with this byte.
                let lower = if b < 0x80 {
                    b.is_ascii_lowercase()
                } else {
                    text[p..].chars().next().is_some_and(char::is_lowercase)
                };
                let trie = if lower { &self.lower_trie } else { &self.trie };
                if trie.root[fbytes[p] as usize] != 0 {
                    self.walk_from(trie, text, folded, p, &mut hits);
                }
            }
            prev_alnum = alnum;
            p += len;
        }
        // Inflected multi-word Cyrillic names, in texts with Cyrillic letters.
        // One pass for every name's first stem, not one per name.
        if has_cyrillic(folded) {
            for m in self.inflected_starts.find_overlapping_iter(folded) {
                let p = m.start();
                let word_start = text[..p]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !crate::lexicon::is_alnum(c));
                let upper = text[p..].chars().next().is_some_and(char::is_uppercase);
                if !(word_start && upper) {
                    continue;
                }
                for &k in &self.inflected_by_start[m.pattern().as_usize()] {
                    if let Some(end) = self.inflected[k].match_at(folded, p) {
                        hits.push(TextMention { start: p, end });
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<TextMention> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.start >= l.end) {
                out.push(h);
            }
        }
        out
    }

    /// Every form of `trie` starting at word start `p` that ends on a word boundary and passes
    /// its case rule, into `hits`.
    fn walk_from(
        &self,
        trie: &Trie,
        text: &str,
        folded: &str,
        p: usize,
        hits: &mut Vec<TextMention>,
    ) {
        trie.walk(folded.as_bytes(), p, |e, pattern| {
            if text[e..]
                .chars()
                .next()
                .is_some_and(crate::lexicon::is_alnum)
            {
                return;
            }
            // "Populus.MX", "sondea.es": a name run on into a domain or a longer token with a
            // dot is another name.
            if text[e..]
                .strip_prefix('.')
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic)
            {
                return;
            }
            let found = &text[p..e];
            let ok = match self.scan_case[pattern] {
                CaseRule::Exact => {
                    found == self.surface[pattern] || title_case_of(found, &self.surface[pattern])
                }
                CaseRule::Capitalised => found.chars().next().is_some_and(|c| !c.is_lowercase()),
                CaseRule::Words => found
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase())),
                CaseRule::Any => true,
            };
            if ok {
                hits.push(TextMention { start: p, end: e });
            }
        });
    }
}

/// A byte trie of case-folded surface forms.
#[derive(Debug, Clone, Default)]
struct Trie {
    /// Children of each node, sorted by byte; node 0 is the root.
    next: Vec<Vec<(u8, u32)>>,
    /// Forms (indexes into `Registry::surface`) ending at each node.
    out: Vec<Vec<usize>>,
    /// The root's children by byte (0: none), since every word start looks there.
    root: Vec<u32>,
}

impl Trie {
    fn new<'s>(forms: impl Iterator<Item = (usize, &'s String)>) -> Trie {
        let mut t = Trie {
            next: vec![Vec::new()],
            out: vec![Vec::new()],
            root: vec![0; 256],
        };
        for (i, form) in forms {
            let mut node = 0usize;
            for &b in form.as_bytes() {
                node = match t.next[node].binary_search_by_key(&b, |e| e.0) {
                    Ok(k) => t.next[node][k].1 as usize,
                    Err(k) => {
                        let n = t.next.len();
                        t.next[node].insert(k, (b, n as u32));
                        t.next.push(Vec::new());
                        t.out.push(Vec::new());
                        n
                    }
                };
            }
            t.out[node].push(i);
        }
        for &(b, n) in &t.next[0] {
            t.root[b as usize] = n;
        }
        t
    }

    /// Calls `found(end, form)` for every form that `hay[start..end]` spells, shortest first.
    fn walk(&self, hay: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
        let Some(&first) = hay.get(start) else {
            return;
        };
        let mut node = match self.root.get(first as usize) {
            Some(&n) if n != 0 => n as usize,
            _ => return,
        };
        for &f in &self.out[node] {
            found(start + 1, f);
        }
        for (e, &b) in hay.iter().enumerate().skip(start + 1) {
            let next = &self.next[node];
            match next.binary_search_by_key(&b, |x| x.0) {
                Ok(k) => node = next[k].1 as usize,
                Err(_) => return,
            }
            for &f in &self.out[node] {
                found(e + 1, f);
            }
        }
    }
}

/// Is `found` an acronym of five letters or more written as a word ("Socis" for "SOCIS",
/// "Elabe" for "ELABE")? Shorter acronyms ("CIS", "ORB") stay exact: as words they are common.
fn title_case_of(found: &str, acronym: &str) -> bool {
    let mut f = found.chars();
    let mut a = acronym.chars();
    acronym.chars().filter(|c| c.is_alphabetic()).count() >= 5
        && f.next().zip(a.next()).is_some_and(|(x, y)| x == y)
        && f.clone().all(|c| !c.is_uppercase())
        && f.flat_map(char::to_uppercase).eq(a)
}

fn case_rule(form: &str) -> CaseRule {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return CaseRule::Any;
    }
    let all_upper = letters.iter().all(|c| c.is_uppercase());
    let words: Vec<&str> = form.split_whitespace().collect();
    if all_upper && letters.len() <= 5 {
        CaseRule::Exact
    } else if words.len() >= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words.last().is_some_and(|w| {
            matches!(
                crate::normalize::fold(w).as_str(),
                "poll" | "polls" | "survey" | "surveys"
            )
        })
    {
        // A common word and a poll word: only capitalised throughout is it the name.
        CaseRule::Words
    } else if form.chars().next().is_some_and(|c| c.is_uppercase()) {
        CaseRule::Capitalised
    } else {
        CaseRule::Any
    }
}

/// An outlet, or outlets joined by "and" ("Het Laatste Nieuws et VTM"): a co-brand's media
/// sponsors.
fn media_list(part: &str) -> bool {
    part.split([',', '&'])
        .flat_map(|p| {
            p.split(" et ")
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" e "))
                .flat_map(|p| p.split(" y "))
        })
        .map(str::trim)
        .all(|p| !p.is_empty() && crate::sources::is_media(p))
}

/// The bag distance of two names: the larger of the counts of letters each has beyond the
/// other (as multisets). A lower bound of the Levenshtein and Damerau–Levenshtein distances.
/// Letters outside ASCII and Cyrillic are not counted, which only lowers the bound.
fn bag_distance(a: &[char], b: &[char]) -> usize {
    let slot = |c: char| match c as u32 {
        n @ 0..=127 => Some(n as usize),
        n @ 0x400..=0x4ff => Some(128 + (n as usize - 0x400)),
        _ => None,
    };
    let mut counts = [0i16; 384];
    for &c in a {
        if let Some(i) = slot(c) {
            counts[i] += 1;
        }
    }
    for &c in b {
        if let Some(i) = slot(c) {
            counts[i] -= 1;
        }
    }
    let (mut more_a, mut more_b) = (0usize, 0usize);
    for &c in a.iter().chain(b) {
        if let Some(i) = slot(c) {
            let n = std::mem::take(&mut counts[i]);
            if n > 0 {
                more_a += n as usize;
            } else {
                more_b += n.unsigned_abs() as usize;
            }
        }
    }
    more_a.max(more_b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_only_aliases_are_not_searched_for_in_text() {
        let r = Registry::builtin();
        assert!(
            matches!(r.lookup("Datum", None), Lookup::Found { record, .. } if record.id == "datum")
        );
        assert!(r.mentions("Das Datum der Wahl steht fest.").is_empty());
        assert!(r.mentions("Un sondeo de Datum muestra…").is_empty());
        // Exported as written, so the mark survives a round trip.
        let mut out = Vec::new();
        r.to_csv_writer(&mut out).expect("export");
        assert!(String::from_utf8(out).expect("utf-8").contains("~Datum"));
    }

    #[test]
    fn misspelt_generic_words() {
        let r = Registry::builtin();
        for (name, id) in [
            ("Pew Reseach Center", "pew"),
            ("Euromedia Reserach", "euromedia"),
        ] {
            match r.lookup(name, None) {
                Lookup::Found { record, .. } => assert_eq!(record.id, id, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
        // Not a misspelling: another word.
        assert!(matches!(
            r.lookup("Pew Resort Center", None),
            Lookup::NotFound
        ));
    }

    #[test]
    fn bag_distance_never_exceeds_the_edit_distance() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        for (a, b) in [
            ("ifop", "ipof"),
            ("ifop", "ifpop"),
            ("quinnipiac", "quinipiac"),
            ("odoxa", "odoxa dentsu"),
            ("вциом", "вцыом"),
            ("datafolha", "datafolia"),
            ("elabe", "label"),
            ("kantar", "ratnak"),
        ] {
            let (a, b) = (chars(a), chars(b));
            assert!(
                bag_distance(&a, &b) <= strsim::generic_damerau_levenshtein(&a, &b),
                "{a:?} {b:?}"
            );
        }
        // Letters one name has beyond the other: "ipsos" has two "s" that "ifop" lacks.
        assert_eq!(bag_distance(&chars("ifop"), &chars("ipsos")), 2);
        assert_eq!(bag_distance(&chars("ifop"), &chars("ipof")), 0);
    }

    #[test]
    fn long_acronyms_written_as_words() {
        let reg = Registry::builtin();
        let t = "проведеного Центром соціальних та маркетингових досліджень Socis, презентовані";
        let found: Vec<&str> = reg.mentions(t).iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(found, ["Socis"]);
        // Short acronyms stay exact: "Cis" is no mention of the CIS.
        let t = "La encuesta del Cis se publica hoy.";
        assert!(reg.mentions(t).is_empty(), "{:?}", reg.mentions(t));
    }

    #[test]
    fn joint_brands_and_head_nouns() {
        let reg = Registry::builtin();
        let id = |name: &str| match reg.lookup(name, None) {
            Lookup::Found { record, .. } => Some(record.id.as_str()),
            _ => None,
        };
        // An outlet before the pollster in a joint brand, and an institute's head noun.
        assert_eq!(id("Dire-Tecnè"), Some("tecne"));
        assert_eq!(id("Odoxa-LCP"), Some("odoxa"));
        // A one-word Cyrillic name in another case.
        assert_eq!(id("Левадой"), Some("levada"));
        assert_eq!(id("Левады"), Some("levada"));
        assert_eq!(id("Istituto Noto"), Some("noto"));
        assert_eq!(id("Instituto Datafolha"), Some("datafolha"));
        assert_eq!(id("Linzer Market-Instituts"), Some("marketinstitut"));
        // A generic word of another kind is another organisation.
        assert_eq!(id("Public Policy Institute"), None);
        assert_eq!(id("Public Policy Polling"), Some("ppp"));
        assert_eq!(id("Forsa-Institut"), Some("forsa"));
        // A part nobody knows leaves a joint brand unknown: a registered name with something
        // added is how a fake poll borrows a real one's credit. Real partnerships are aliases.
        assert_eq!(id("Ipsos-Zephyr Analytics"), None);
        assert_eq!(id("Социс-Плюс"), None);
        assert_eq!(id("Istituto Zephyr"), None);
        // A registered name and words of the trade, whatever spaces stand between the words
        // (a no-break space before a Cyrillic word once cut a character in two).
        assert_eq!(id("YouGov Global Consumer Tracker"), Some("yougov"));
        assert_eq!(id("Ipsos Zephyr Analytics"), None);
        assert_eq!(id("Ipsos\u{a0}Глобал Survey"), None);
        // The owner must be a name of the pollster in full: "Delta" is only the key of "Delta
        // Poll", and "Delta Monitor" another body.
        assert_eq!(id("Delta Monitor"), None);
        assert_eq!(id("Deltapoll Monitor"), Some("deltapoll"));
        assert_eq!(id("TNS Sofres-Onepoint"), Some("kantarsofres"));
        // What the institute is, before its name.
        assert_eq!(id("Istituto Demoscopico Noto Sondaggi"), Some("noto"));
        // The same words in another order, and "Associates" as a corporate suffix.
        assert_eq!(id("Kyiv International Sociology Institute"), Some("kiis"));
        assert_eq!(id("Hart Research"), Some("nbcpoll"));
        // Two words in another order may be another organisation.
        assert_eq!(id("Sociology Kyiv Institute"), None);
    }

    #[test]
    fn csv_round_trip() {
        let reg = Registry::builtin();
        let mut out = Vec::new();
        reg.to_csv_writer(&mut out).unwrap();
        let again = Registry::from_csv_reader(out.as_slice()).unwrap();
        assert_eq!(again.records(), reg.records());
        assert!(reg.records().len() > 100);
    }

    #[test]
    fn lookups() {
        let reg = Registry::builtin();
        let found = |n: &str, c: Option<&str>| match reg.lookup(n, c) {
            Lookup::Found { record, kind } => Some((record.id.as_str(), kind)),
            _ => None,
        };
        assert_eq!(found("l'Ifop", None), Some(("ifop", MatchKind::Exact)));
        assert_eq!(found("IFOP", None), Some(("ifop", MatchKind::Exact)));
        assert_eq!(found("Ipsos MORI", None), Some(("ipsos", MatchKind::Alias)));
        assert_eq!(
            found("Odoxa Dentsu Consulting", None),
            Some(("odoxa", MatchKind::Alias))
        );
        assert_eq!(
            found("Datafolia", None),
            Some(("datafolha", MatchKind::Fuzzy))
        );
        assert_eq!(
            found("data folha", None),
            Some(("datafolha", MatchKind::Alias))
        );
        assert_eq!(found("Левада-Центра", None).map(|f| f.0), Some("levada"));
        assert_eq!(found("Survaton", None).map(|f| f.0), Some("survation"));
        // A short name with a letter added; not one with a letter changed.
        assert_eq!(found("Ifpop", None).map(|f| f.0), Some("ifop"));
        assert_eq!(found("Ifap", None), None);
        // "One poll, by …" is English; "One Poll" is the firm.
        assert!(reg
            .mentions("One poll, by a little-known firm, gives him 46%.")
            .is_empty());
        assert_eq!(reg.mentions("A One Poll survey of 2,000 adults").len(), 1);
        assert!(matches!(reg.lookup("Kantar", None), Lookup::Ambiguous(_)));
        assert_eq!(
            found("Kantar", Some("FR")).map(|f| f.0),
            Some("kantarsofres")
        );
        assert_eq!(found("Zephyr Analytics", None), None);
        // Joint and merged brands: every part registered.
        assert_eq!(found("Ipsos-BVA", None), Some(("ipsos", MatchKind::Alias)));
        assert_eq!(found("Elabe / Ifop", None).map(|f| f.0), Some("elabe"));
        assert_eq!(found("Ipsos-Zephyr Analytics", None), None);
        // Inflected multi-word Cyrillic names.
        assert_eq!(
            found("Київським міжнародним інститутом соціології", None).map(|f| f.0),
            Some("kiis")
        );
        assert_eq!(
            found("Всероссийского центра изучения общественного мнения", None).map(|f| f.0),
            Some("vtsiom")
        );
        assert_eq!(found("Киевского международного института", None), None);
    }

    #[test]
    fn mentions_respect_case_rules() {
        let reg = Registry::builtin();
        let m = |t: &str| {
            reg.mentions(t)
                .into_iter()
                .map(|m| t[m.start..m.end].to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(m("Pour l'institut CSA, qui a interrogé"), vec!["CSA"]);
        assert_eq!(m("CIS countries and the cis-gender debate"), vec!["CIS"]);
        assert!(m("street demos and a unique research design").is_empty());
        assert_eq!(
            m("дані опитування, проведеного Київським міжнародним інститутом соціології."),
            vec!["Київським міжнародним інститутом соціології"]
        );
        assert_eq!(
            m("сотрудники Социологической группы «Рейтинг» и Института социологии РАН"),
            vec![
                "Социологической группы «Рейтинг»",
                "Института социологии РАН"
            ]
        );
        assert!(m("киевского международного института социологии").is_empty());
        assert_eq!(
            m("социологи «Левада-Центра» и ВЦИОМ"),
            vec!["Левада-Центра", "ВЦИОМ"]
        );
    }
}

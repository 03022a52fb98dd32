//! Text folding for name matching: case, diacritics, punctuation, articles and corporate suffixes.
//!
//! Owns the one definition of "the same name" used by the registry, the media list and the
//! evaluation. It must stay cheap and allocation-light: it runs on short names, never on whole
//! articles.

use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Lower-cases, strips diacritics (NFD then drops combining marks), maps `ё` to `е`, and turns
/// every run of non-alphanumeric characters into one space.
/// Is `c` a letter of the basic Cyrillic block (U+0400–U+04FF)?
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            for l in c.to_lowercase() {
                out.push(match l {
                    'ё' => 'е',
                    other => other,
                });
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// Is `word` an article or particle that [`name_key`] drops from the start of a name ("The",
/// "l'", "der")?
pub fn is_leading_article(word: &str) -> bool {
    LEADING.contains(&fold(word).as_str())
}

/// Leading words dropped from a name: articles ("l'Ifop", "the", "der"), possessive particles.
const LEADING: &[&str] = &[
    "the", "a", "an", "l", "le", "la", "les", "d", "de", "du", "des", "der", "die", "das", "dem",
    "den", "el", "los", "las", "o", "os", "as", "il", "lo", "gli", "i", "del", "della", "dell",
];

/// Generic organisation words dropped anywhere at the ends of a name ("Institut Elabe" = "Elabe").
const GENERIC_WORDS: &[&str] = &[
    "institut",
    "institute",
    "instituto",
    "istituto",
    "institutu",
    "instituts",
    "institutes",
    "institutos",
    "istituti",
    "forschungsinstitut",
    "forschungsinstituts",
    "институт",
    "института",
    "інститут",
    "інституту",
    // "Razumkov Centre" = "Razumkov", "Levada-Zentrum" = "Levada": what the body is.
    "centre",
    "center",
    "centro",
    "zentrum",
    "zentrums",
    "poll",
    "polls",
    "polling",
    "umfrage",
    "sondage",
    "sondages",
    "encuesta",
    "pesquisa",
    "sondaggio",
    "опрос",
    "опитування",
    "company",
    "firm",
    // "Lazarsfeld-Gesellschaft" = "Lazarsfeld".
    "gesellschaft",
    // "Centre analytique Levada", "Levada Analytical Center" = "Levada": what the centre is.
    "analytique",
    "analytical",
    "analítico",
    "analitico",
    "аналитический",
    "аналитического",
    "аналитическим",
    "аналитическом",
    // "TIFA Research" = "TIFA", "Ipsos Research": the trade, not the name.
    "research",
    // "Istituto Demoscopico Noto Sondaggi": what the institute is, not its name.
    "demoscopico",
    "demoscopica",
    // "Centre indépendant Levada", "unabhängiges Lewada-Zentrum": what the body says it is.
    "independant",
    "independent",
    "independiente",
    "independente",
    "indipendente",
    "unabhangige",
    "unabhangiges",
    "unabhangigen",
    "независимый",
    "независимого",
    "незалежний",
    "незалежного",
    // "соціологічною групою «Рейтинг»", "социологической группы": the group, inflected.
    "група",
    "групи",
    "групою",
    "групі",
    "группа",
    "группы",
    "группой",
    "группе",
    "соціологічна",
    "соціологічної",
    "соціологічною",
    "социологическая",
    "социологической",
    "социологическую",
];

/// [`GENERIC_WORDS`] as [`fold`] writes them ("й" folds to "и", "é" to "e"): the form name
/// keys are compared in.
static GENERIC: LazyLock<HashSet<String>> =
    LazyLock::new(|| GENERIC_WORDS.iter().map(|w| fold(w)).collect());

/// Corporate suffixes dropped at the end ("Ltd", "GmbH", "S.A.", "ООО").
const SUFFIXES: &[&str] = &[
    "ltd",
    "limited",
    "inc",
    "llc",
    "llp",
    "gmbh",
    "mbh",
    "ag",
    "sa",
    "sas",
    "sarl",
    "plc",
    "ltda",
    "srl",
    "spa",
    "corp",
    "co",
    "ооо",
    "ао",
    "ано",
    "пао",
    "тов",
    "bv",
    "nv",
    "ab",
    "sagl",
    "associates",
];

/// The key under which names are compared: [`fold`], then articles, generic organisation words
/// and corporate suffixes removed from both ends. Never returns an empty key for a non-empty
/// name: if everything would be stripped, the folded name is kept.
pub fn name_key(s: &str) -> String {
    let folded = fold(s);
    let toks: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    let (mut a, mut b) = (0, toks.len());
    loop {
        let before = (a, b);
        while a < b && (LEADING.contains(&toks[a]) || GENERIC.contains(toks[a])) {
            a += 1;
        }
        while b > a && (SUFFIXES.contains(&toks[b - 1]) || GENERIC.contains(toks[b - 1])) {
            b -= 1;
        }
        // A suffix written with full stops folds to single letters: "S.p.A.", "S.A.", "B.V.".
        let letters = toks[a..b]
            .iter()
            .rev()
            .take_while(|t| t.chars().count() == 1)
            .count();
        if (2..=4).contains(&letters) && b - a > letters {
            let joined: String = toks[b - letters..b].concat();
            if SUFFIXES.contains(&joined.as_str()) {
                b -= letters;
            }
        }
        if before == (a, b) {
            break;
        }
    }
    if a >= b {
        return folded;
    }
    // "Trends & Insights for Africa" = "Trends and Insights for Africa": the '&' is already
    // a space, so a conjunction inside the name is dropped too.
    let kept: Vec<&str> = toks[a..b]
        .iter()
        .copied()
        .filter(|t| !CONJUNCTIONS.contains(t))
        .collect();
    if kept.is_empty() {
        return toks[a..b].join(" ");
    }
    kept.join(" ")
}

/// A German place adjective ("Linzer", "Allensbacher", "Dortmunder"): one capitalised word of
/// more than four letters ending in "-er", otherwise lower case. Before an organisation's
/// name it says where the organisation is, not what it is called.
pub fn is_place_adjective(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("er")
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
}

/// Conjunctions inside a name, which writers swap for '&' ("Buendía y Márquez", "Buendía &
/// Márquez").
const CONJUNCTIONS: &[&str] = &["and", "und", "et", "y", "e", "и", "і", "та"];

/// What kind of generic organisation word [`name_key`] dropped from a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generic {
    Institute,
    Poll,
    Company,
}

fn generic_kind(tok: &str) -> Option<Generic> {
    if !GENERIC.contains(tok) {
        return None;
    }
    Some(match tok {
        "company" | "firm" => Generic::Company,
        t if t.starts_with("inst")
            || t.starts_with("ist")
            || t.starts_with("cent")
            || t.starts_with("anal")
            || t.starts_with("анал")
            || t.starts_with("zentr")
            || t.starts_with("forsch")
            || t.starts_with("инст")
            || t.starts_with("інст") =>
        {
            Generic::Institute
        }
        _ => Generic::Poll,
    })
}

/// The generic words [`name_key`] drops from `s`, by kind.
pub fn dropped_generics(s: &str) -> Vec<Generic> {
    let folded = fold(s);
    let toks: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    let key = name_key(s);
    let kept: Vec<&str> = key.split(' ').collect();
    // The key is a run of the folded tokens; everything around it was dropped.
    let start = toks
        .windows(kept.len().max(1))
        .position(|w| w == kept.as_slice())
        .unwrap_or(0);
    toks.iter()
        .enumerate()
        .filter(|(i, _)| *i < start || *i >= start + kept.len())
        .filter_map(|(_, t)| generic_kind(t))
        .collect()
}

/// Can a name that dropped generic words `query` be the same organisation as a registry form
/// that dropped `form`? "Institut Elabe" is "Elabe" (the form dropped nothing), "YouGov poll"
/// is "YouGov"; "Public Policy Institute" is not "Public Policy Polling" (both dropped a word,
/// of different kinds).
pub fn generics_compatible(query: &[Generic], form: &[Generic]) -> bool {
    query.is_empty() || form.is_empty() || query.iter().all(|g| form.contains(g))
}

/// [`name_key`] without spaces, so "data folha" meets "Datafolha".
pub fn compact_key(s: &str) -> String {
    name_key(s).replace(' ', "")
}

/// `s` with its misspelt generic words written right ("Pew Reseach Center" → "Pew research
/// Center", "Razumkov Cetnre" → "Razumkov centre"): one edit (a transposition
/// counts as one) from a generic word of six letters or more, with the same first letter.
/// `None` when no such word is there. A misspelt generic word stays in the name key and
/// hides the name from both the exact and the fuzzy lookup, which compares whole keys.
pub fn with_generic_words_spelt(s: &str) -> Option<String> {
    // The generic words of six letters or more, folded, as characters.
    static LONG: LazyLock<Vec<(&'static str, Vec<char>)>> = LazyLock::new(|| {
        GENERIC_WORDS
            .iter()
            .map(|g| (*g, fold(g).chars().collect::<Vec<char>>()))
            .filter(|(_, f)| f.len() >= 6)
            .collect()
    });
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let spelt = |w: &str| -> Option<&'static str> {
        // Most words are short or spelt right: the fold only for the others.
        if w.chars().count() < 5 {
            return None;
        }
        let f = fold(w);
        let fc: Vec<char> = f.chars().collect();
        if fc.len() < 6 || GENERIC.contains(f.as_str()) {
            return None;
        }
        LONG.iter()
            .find(|(_, g)| {
                g.first() == fc.first()
                    && g.len().abs_diff(fc.len()) <= 1
                    && strsim::generic_damerau_levenshtein(g, &fc) == 1
            })
            .map(|(g, _)| *g)
    };
    let mut out: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    let mut changed = false;
    for (k, w) in words.iter().enumerate() {
        if let Some(g) = spelt(w) {
            out[k] = g.to_owned();
            changed = true;
        }
    }
    changed.then(|| out.join(" "))
}

/// The words of a name in any order, for names of three words or more: [`name_key`]'s words
/// without connectors ("of", "de", "für") or generic organisation words, sorted. "Kyiv International Sociology Institute"
/// and "Kyiv International Institute of Sociology" share it. `None` for shorter names, where
/// another order is more often another organisation.
pub fn word_set_key(s: &str) -> Option<String> {
    const CONNECTORS: &[&str] = &[
        "of", "for", "and", "de", "d", "du", "des", "et", "für", "und", "y", "e", "da", "do",
        "dos", "das", "di", "del", "della", "и", "і", "та",
    ];
    let key = name_key(s);
    let mut words: Vec<&str> = key
        .split(' ')
        // "Kyiv's" folds to "kyiv s": the possessive is no word of the name.
        .filter(|w| !w.is_empty() && *w != "s" && !CONNECTORS.contains(w) && !GENERIC.contains(*w))
        .collect();
    if words.len() < 3 {
        return None;
    }
    words.sort_unstable();
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(
            fold("Institut français d'opinion publique"),
            "institut francais d opinion publique"
        );
        assert_eq!(fold("Левада-Центр"), "левада центр");
        assert_eq!(fold("Sociométrica"), "sociometrica");
        assert_eq!(fold("«Рейтинг»"), "реитинг");
    }

    #[test]
    fn keys_drop_articles_generic_words_and_suffixes() {
        assert_eq!(name_key("l'Ifop"), "ifop");
        assert_eq!(name_key("l’institut Elabe"), "elabe");
        assert_eq!(name_key("Forsa-Institut"), "forsa");
        assert_eq!(name_key("ICM Unlimited Ltd"), "icm unlimited");
        assert_eq!(name_key("Zephyr Analytics GmbH"), "zephyr analytics");
        assert_eq!(name_key("SWG S.p.a."), "swg");
        assert_eq!(name_key("Centre indépendant Levada"), "levada");
        assert_eq!(name_key("Lazarsfeld-Gesellschaft"), "lazarsfeld");
        assert_eq!(name_key("соціологічною групою \"Рейтинг\""), "реитинг");
        assert_eq!(name_key("Datos S.A."), "datos");
        assert_eq!(name_key("Ipsos B.V."), "ipsos");
        assert_eq!(name_key("The Institute"), "the institute");
        assert_eq!(compact_key("data folha"), "datafolha");
    }
}

//! Language identification: ISO 639-1 code for a document.
//!
//! Owns the mapping from whatlang's ISO 639-3 codes and the cheap overrides (Ukrainian letters).
//! It looks at a bounded prefix of the text so long articles cost the same as short ones.

use std::sync::LazyLock;

use whatlang::{Detector, Lang};

/// How many bytes of text are enough to identify a language (about 100 words).
const SAMPLE_BYTES: usize = 600;

/// The languages told apart. A bounded list keeps trigram scoring cheap; others come out as
/// the closest listed language or "und".
static DETECTOR: LazyLock<Detector> = LazyLock::new(|| {
    Detector::with_allowlist(vec![
        Lang::Eng,
        Lang::Fra,
        Lang::Deu,
        Lang::Spa,
        Lang::Rus,
        Lang::Por,
        Lang::Ita,
        Lang::Ukr,
        Lang::Nld,
        Lang::Pol,
        Lang::Tur,
        Lang::Swe,
        Lang::Dan,
        Lang::Nob,
        Lang::Fin,
        Lang::Ces,
        Lang::Ron,
        Lang::Hun,
        Lang::Ell,
        Lang::Bul,
        Lang::Srp,
        Lang::Hrv,
        Lang::Bel,
        Lang::Cat,
        Lang::Lit,
        Lang::Ara,
        Lang::Heb,
        Lang::Cmn,
        Lang::Jpn,
        Lang::Kor,
        Lang::Hin,
    ])
});

/// Frequent function words of the supported languages. Counting them over a case-folded prefix
/// settles most news articles without trigram scoring.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "was", "that", "with", "said", "is", "are", "has", "have", "from",
            "for", "by", "new", "shows", "this", "were", "will", "would", "their", "who", "than",
            "which", "poll", "survey", "polls",
        ],
    ),
    (
        "fr",
        &[
            "les", "des", "et", "est", "une", "dans", "du", "au", "pour", "qui", "sur", "pas",
            "avec", "le", "selon", "sondage", "sont", "ont", "aux",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "auf", "sich", "dem",
            "eine", "wurde", "laut", "umfrage", "sind", "nach", "zufolge",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "del", "por", "una", "con", "es", "se", "más", "según",
            "este", "encuesta", "sondeo",
        ],
    ),
    (
        "pt",
        &[
            "os", "do", "da", "dos", "das", "em", "não", "com", "uma", "à", "ao", "mais",
            "segundo", "é", "nesta", "neste", "pelo", "pela", "foi", "são", "pesquisa", "sondagem",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "per", "gli", "della", "non", "sono", "nel", "alla", "delle",
            "anche", "è", "secondo",
        ],
    ),
    (
        "ru",
        &[
            "и", "в", "не", "что", "на", "с", "по", "это", "как", "для", "из", "от", "его", "был",
        ],
    ),
    (
        "uk",
        &[
            "і", "в", "не", "що", "на", "з", "та", "це", "як", "для", "від", "у", "до", "є",
        ],
    ),
];

/// A word of up to eight bytes packed into an integer (words hold no NUL), so that looking a
/// word up is a search over integers.
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    (b.len() <= 8).then(|| {
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        u64::from_le_bytes(buf)
    })
}

/// Slots of the function-word table (a power of two, at least twice the words).
const STOP_SLOTS: usize = 512;

fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % STOP_SLOTS
}

/// The function words packed by [`pack`] in an open-addressing table (0: empty slot), each
/// with the languages it counts for (bit `i`: index `i` in [`STOPWORDS`]), and the longest
/// function word in bytes.
static STOP_WORDS: LazyLock<(Vec<u64>, Vec<u8>, usize)> = LazyLock::new(|| {
    let mut keys = vec![0u64; STOP_SLOTS];
    let mut langs = vec![0u8; STOP_SLOTS];
    let mut longest = 0;
    for (li, (_, ws)) in STOPWORDS.iter().enumerate() {
        for &w in ws.iter() {
            // Whole words are then exactly the alphanumeric runs of the text.
            assert!(w.chars().all(crate::lexicon::is_alnum) && !w.contains('\0'));
            let k = pack(w).expect("function words are short");
            longest = longest.max(w.len());
            let mut i = slot(k);
            while keys[i] != 0 && keys[i] != k {
                i = (i + 1) % STOP_SLOTS;
            }
            keys[i] = k;
            langs[i] |= 1 << li;
        }
    }
    (keys, langs, longest)
});

/// The languages a packed word counts for, as a bit set.
fn stop_langs(k: u64) -> u8 {
    let (keys, langs, _) = &*STOP_WORDS;
    let mut i = slot(k);
    while keys[i] != 0 {
        if keys[i] == k {
            return langs[i];
        }
        i = (i + 1) % STOP_SLOTS;
    }
    0
}

/// Function words of each language of [`STOPWORDS`] in a case-folded text.
fn stopword_counts(folded: &str) -> [u32; 8] {
    let mut counts = [0u32; 8];
    // Every function word is made of letters, so a whole-word occurrence is a maximal run of
    // letters and digits equal to it.
    let longest = STOP_WORDS.2;
    let n = folded.len();
    let mut i = 0;
    while i < n {
        let (alnum, len) = crate::lexicon::alnum_at(folded, i);
        if !alnum {
            i += len;
            continue;
        }
        let s = i;
        i += len;
        while i < n {
            let (alnum, len) = crate::lexicon::alnum_at(folded, i);
            if !alnum {
                break;
            }
            i += len;
        }
        if i - s <= longest {
            let mut langs = pack(&folded[s..i]).map_or(0, stop_langs);
            while langs != 0 {
                counts[langs.trailing_zeros() as usize] += 1;
                langs &= langs - 1;
            }
        }
        // The character after the word is not alphanumeric: step over it.
        if i < n {
            i += crate::lexicon::alnum_at(folded, i).1;
        }
    }
    counts
}

/// Letters of Russian alone (ы э ъ ё) and of Ukrainian alone (і ї є ґ) in a case-folded text:
/// they tell apart the two languages, which share most function words.
fn own_letters(folded: &str) -> (u32, u32) {
    let (mut ru, mut uk) = (0u32, 0u32);
    for w in folded.as_bytes().windows(2) {
        match w {
            // ы э ъ ё
            [0xD1, 0x8B | 0x8D | 0x8A | 0x91] => ru += 1,
            // і ї є ґ
            [0xD1, 0x96 | 0x97 | 0x94] | [0xD2, 0x91] => uk += 1,
            _ => {}
        }
    }
    (ru, uk)
}

/// The index in [`STOPWORDS`] of the language with the most function words, its count and the
/// runner-up's.
fn leader(counts: &[u32; 8]) -> (usize, u32, u32) {
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
    (order[0], counts[order[0]], counts[order[1]])
}

/// Counts function words in a case-folded sample; a clear winner is the language.
fn by_stopwords(folded: &str) -> Option<&'static str> {
    let counts = stopword_counts(folded);
    // Russian and Ukrainian share most function words; their own letters tell them apart.
    let latin_best = counts[..6].iter().copied().max().unwrap_or(0);
    let cyrillic = counts[6].max(counts[7]);
    if cyrillic >= 4 && cyrillic >= 2 * latin_best {
        let (ru, uk) = own_letters(folded);
        if uk >= 2 && uk >= 2 * ru {
            return Some("uk");
        }
        if ru >= 2 && ru >= 2 * uk {
            return Some("ru");
        }
    }
    let (lead, best, second) = leader(&counts);
    (best >= 4 && best >= 2 * second).then(|| STOPWORDS[lead].0)
}

/// The language whose function words lead, by any margin (at least two of them): for a short
/// text whose trigrams are unreliable ("A new YouGov poll shows Labour on 40%.").
fn lead_by_stopwords(folded: &str) -> Option<&'static str> {
    let (lead, best, second) = leader(&stopword_counts(folded));
    let code = STOPWORDS[lead].0;
    if matches!(code, "ru" | "uk") {
        // Russian and Ukrainian share their short function words: only their own letters
        // tell them apart.
        let (ru, uk) = own_letters(folded);
        return match ru.cmp(&uk) {
            std::cmp::Ordering::Greater => Some("ru"),
            std::cmp::Ordering::Less => Some("uk"),
            std::cmp::Ordering::Equal => None,
        };
    }
    (best >= 2 && best > second).then_some(code)
}

/// [`detect`] on text already passed through `lexicon::fold_case`.
pub fn detect_folded(folded: &str) -> &'static str {
    let mut end = folded.len().min(SAMPLE_BYTES * 2);
    while !folded.is_char_boundary(end) {
        end -= 1;
    }
    by_stopwords(&folded[..end]).unwrap_or_else(|| detect_trigrams(&folded[..end]))
}

/// The ISO 639-1 code of the text, or `"und"` when it cannot be told.
pub fn detect(text: &str) -> &'static str {
    detect_folded(&crate::lexicon::fold_case(text))
}

fn detect_trigrams(text: &str) -> &'static str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let Some(info) = DETECTOR.detect(sample) else {
        return lead_by_stopwords(sample).unwrap_or("und");
    };
    if !info.is_reliable() {
        if let Some(code) = lead_by_stopwords(sample) {
            return code;
        }
    }
    let mut code = iso639_1(info.lang());
    // Short Russian passages without ы, э or ё score close to Bulgarian, Serbian or
    // Belarusian; without those languages' own letters (ъ as a vowel; ђ ћ љ њ џ ј; ў) they
    // are Russian or Ukrainian, the languages pollwatch reads.
    let own: &[char] = match code {
        "bg" => &['ъ', 'Ъ'],
        "sr" => &['ђ', 'ћ', 'љ', 'њ', 'џ', 'ј', 'Ђ', 'Ћ', 'Љ', 'Њ', 'Џ', 'Ј'],
        "be" => &['ў', 'Ў'],
        _ => &[],
    };
    if !own.is_empty() && !sample.contains(own) {
        code = "ru";
    }
    if code == "ru"
        && sample
            .chars()
            .any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є'))
    {
        return "uk";
    }
    if code == "uk"
        && sample
            .chars()
            .any(|c| matches!(c, 'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э'))
    {
        return "ru";
    }
    code
}

/// Normalises a caller-given language tag ("fr-FR", "FRA", "French") to ISO 639-1.
pub fn normalise_tag(tag: &str) -> String {
    let t = tag.trim().to_ascii_lowercase();
    let primary = t.split(['-', '_']).next().unwrap_or("");
    if primary.len() == 2 {
        return primary.to_owned();
    }
    if let Some(l) = Lang::from_code(primary) {
        return iso639_1(l).to_owned();
    }
    match primary {
        "english" => "en",
        "french" | "français" | "francais" => "fr",
        "german" | "deutsch" => "de",
        "spanish" | "español" | "espanol" => "es",
        "russian" => "ru",
        "portuguese" | "português" => "pt",
        "italian" | "italiano" => "it",
        "ukrainian" => "uk",
        _ => "und",
    }
    .to_owned()
}

fn iso639_1(l: Lang) -> &'static str {
    match l {
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Rus => "ru",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ukr => "uk",
        Lang::Nld => "nl",
        Lang::Pol => "pl",
        Lang::Tur => "tr",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "nb",
        Lang::Fin => "fi",
        Lang::Ces => "cs",
        Lang::Slk => "sk",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Srp => "sr",
        Lang::Hrv => "hr",
        Lang::Bel => "be",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Cat => "ca",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Hin => "hi",
        _ => "und",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_supported_languages() {
        assert_eq!(detect("Selon un sondage Ifop publié dimanche, la majorité des Français soutiennent la réforme."), "fr");
        assert_eq!(
            detect("Laut einer Umfrage von Forsa kommt die Union auf 30 Prozent der Stimmen."),
            "de"
        );
        assert_eq!(
            detect("Según una encuesta de GAD3, el partido obtendría la mayoría absoluta."),
            "es"
        );
        assert_eq!(
            detect("По данным опроса ВЦИОМ, большинство россиян поддерживают это решение."),
            "ru"
        );
        assert_eq!(
            detect("За даними опитування КМІС, більшість українців підтримують це рішення."),
            "uk"
        );
        assert_eq!(
            detect("Segundo pesquisa Datafolha, a maioria dos eleitores aprova o governo."),
            "pt"
        );
        assert_eq!(
            detect("A new YouGov poll for the Times shows Labour ahead of the Conservatives."),
            "en"
        );
    }

    #[test]
    fn short_portuguese_with_few_function_words() {
        assert_eq!(
            detect("Levantamento da Quaest divulgado nesta terça mostra o prefeito com 41,2% contra 38,5% do rival."),
            "pt"
        );
    }

    #[test]
    fn one_short_sentence_by_its_function_words() {
        // Trigrams alone read these as French and Spanish.
        assert_eq!(detect("A new Harbour poll shows Labour on 40%."), "en");
        assert_eq!(detect("Laut Forsa liegt die Union bei 30 Prozent."), "de");
    }

    #[test]
    fn short_russian_without_its_own_letters_is_not_bulgarian() {
        assert_eq!(
            detect("По данным избиркома после подсчета 98 процентов протоколов, действующий мэр набирает 71 процент голосов."),
            "ru"
        );
        // Bulgarian keeps its own letter.
        assert_eq!(
            detect("Според проучването на агенцията, партията получава подкрепата на 24 процента от българите."),
            "bg"
        );
    }

    #[test]
    fn normalises_tags() {
        assert_eq!(normalise_tag("fr-FR"), "fr");
        assert_eq!(normalise_tag("deu"), "de");
        assert_eq!(normalise_tag("Portuguese"), "pt");
    }
}

//! Names across scripts and languages.
//!
//! A pollster is written in the press of other countries in two ways the registry's own
//! aliases cannot list in full:
//!
//! - **transliterated**: a Cyrillic acronym in Latin letters, by the reporter's language's own
//!   scheme ("ВЦИОМ" is "VTsIOM" in English, "WZIOM" in German, "VCIOM" in Italian, "VZIOM"
//!   in Spanish; "КМІС" is "KMIS"). [`acronym_variants`] spells each Cyrillic acronym of the
//!   registry every way these schemes do, and the registry indexes the spellings as aliases.
//! - **translated**: a descriptive name put word by word into the reporter's language ("Kiewer
//!   internationales Soziologie-Institut", "Centro Russo para Estudos da Opinião Pública",
//!   "Всероссийский центр изучения общественного мнения"). [`concept_key`] glosses each word of
//!   a name into a language-neutral concept ("Institut", "istituto", "інститут" → institute;
//!   "Kiewer", "Київський" → Kyiv), keeps the words it does not know (proper names) in Latin
//!   letters, and sorts them: two names with the same key are the same name in two languages.
//!
//! Both run on short names only (registry forms when the registry is built, and a claim's
//! pollster name when nothing else matched), never on whole articles.

use crate::normalize::fold;

/// The Latin spelling of a folded (lower-case, diacritic-free) Cyrillic letter in a plain
/// scheme close to the English one; `None` for any other character.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'й' => "i",
        'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' | '\'' | '’' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// `s` folded ([`fold`]) with its Cyrillic letters in Latin ones ("Київський" → "kiivskii").
pub fn transliterate(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        match latin(c) {
            Some(l) => out.push_str(l),
            None => out.push(c),
        }
    }
    out
}

/// How the press of each language spells a Cyrillic letter of an acronym, in capitals: the
/// English, German, French, Spanish, Italian and Portuguese schemes and the scholarly one
/// ("Ц": TS in English, Z in German and Spanish, C in Italian and the scholarly scheme).
fn acronym_letter(c: char) -> Option<&'static [&'static str]> {
    Some(match c {
        'А' => &["A"],
        'Б' => &["B"],
        'В' => &["V", "W"],
        'Г' => &["G", "H"],
        'Ґ' => &["G"],
        'Д' => &["D"],
        'Е' | 'Э' => &["E"],
        'Є' => &["YE", "JE", "IE"],
        'Ж' => &["ZH", "J", "Z"],
        'З' => &["Z", "S"],
        'И' | 'Й' => &["I", "Y"],
        'І' | 'Ї' => &["I"],
        'Ы' => &["Y", "I"],
        'К' => &["K"],
        'Л' => &["L"],
        'М' => &["M"],
        'Н' => &["N"],
        'О' => &["O"],
        'П' => &["P"],
        'Р' => &["R"],
        'С' => &["S"],
        'Т' => &["T"],
        'У' => &["U"],
        'Ф' => &["F"],
        'Х' => &["KH", "H", "CH"],
        'Ц' => &["TS", "C", "Z", "TZ"],
        'Ч' => &["CH", "TCH", "TSCH", "C"],
        'Ш' => &["SH", "SCH", "CH"],
        'Щ' => &["SHCH", "SCH"],
        'Ю' => &["YU", "JU", "IU"],
        'Я' => &["YA", "JA", "IA"],
        _ => return None,
    })
}

/// Every Latin spelling of a Cyrillic acronym ("ВЦИОМ" → "VTSIOM", "VCIOM", "VZIOM", "WZIOM",
/// …), in capitals. Empty unless `name` is three to seven Cyrillic capitals (quotes aside);
/// at most 64 spellings.
pub fn acronym_variants(name: &str) -> Vec<String> {
    let letters: Vec<char> = name
        .trim()
        .chars()
        .filter(|c| !matches!(c, '«' | '»' | '"' | '„' | '“' | '”'))
        .collect();
    if !(3..=7).contains(&letters.len()) {
        return Vec::new();
    }
    let Some(options) = letters
        .iter()
        .map(|&c| acronym_letter(c))
        .collect::<Option<Vec<_>>>()
    else {
        return Vec::new();
    };
    let mut out = vec![String::new()];
    for opts in options {
        let mut next = Vec::with_capacity(out.len() * opts.len());
        for prefix in &out {
            for o in opts {
                next.push(format!("{prefix}{o}"));
            }
        }
        if next.len() > 64 {
            return Vec::new();
        }
        out = next;
    }
    // "KMIC" for "КМІС": the Latin letters that look like the Cyrillic ones.
    let look_alike: Option<String> = letters.iter().map(|&c| look_alike(c)).collect();
    if let Some(l) = look_alike {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// The Latin capital that looks like a Cyrillic one, if any.
fn look_alike(c: char) -> Option<char> {
    Some(match c {
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'У' => 'Y',
        'Х' => 'X',
        'І' => 'I',
        _ => return None,
    })
}

/// Words that join the words of a name and carry no meaning of their own, in every language
/// (Cyrillic ones transliterated).
const CONNECTORS: &[&str] = &[
    "of", "for", "the", "and", "on", "de", "d", "du", "des", "et", "pour", "sur", "l", "la", "le",
    "les", "fur", "und", "der", "die", "das", "den", "dem", "von", "zur", "zum", "y", "e", "da",
    "do", "dos", "das", "para", "el", "los", "las", "del", "di", "della", "dell", "dello", "degli",
    "per", "lo", "il", "al", "i", "ta", "po", "imeni", "im", "sull", "sulla", "sul", "nell",
    "nella", "sobre", "en", "in", "a", "na", "no",
];

/// Word stems glossed into concepts (each entry: the concepts, then the stems that carry them),
/// over transliterated folded words. A word takes the
/// concepts of the longest stem it starts with, when what follows the stem is an ending (at
/// most six letters: "allruss-ischen") or, in a compound ("Meinungsforschungsinstitut"), more glossed words.
/// Concepts that only say what kind of body a name is are in [`GENERIC_CONCEPTS`].
const GLOSSES: &[(&[&str], &[&str])] = &[
    // What the body is.
    (
        &["org"],
        &[
            "center",
            "centre",
            "centro",
            "zentrum",
            "tsentr",
            "institut",
            "istitut",
            "foundation",
            "fondation",
            "fundacion",
            "fundacao",
            "fondazione",
            "stiftung",
            "fond",
            "agency",
            "agence",
            "agencia",
            "agenzia",
            "agentur",
            "agentstv",
            "group",
            "grupo",
            "grupp",
            "grup",
            "service",
            "servizio",
            "servicio",
            "servico",
            "dienst",
            "sluzhb",
            "bureau",
            "buro",
            "byuro",
            "laborator",
        ],
    ),
    // What it does.
    (
        &["research"],
        &[
            "research",
            "recherche",
            "investigac",
            "investigaz",
            "ricerc",
            "forschung",
            "issledovan",
            "doslidzh",
            "izuchen",
            "vivchen",
            "study",
            "studies",
            "etude",
            "estud",
            "studi",
        ],
    ),
    (&["analysis"], &["analys", "analis", "anali"]),
    (&["monitoring"], &["monitor"]),
    (
        &["opinion"],
        &["opinion", "opiniao", "opinione", "meinung", "mneni", "dumk"],
    ),
    (&["opinion", "research"], &["demoskop"]),
    (
        &["public"],
        &[
            "public",
            "publiqu",
            "publica",
            "pubblic",
            "offentlich",
            "obshchestvenn",
            "gromadsk",
        ],
    ),
    (&["social"], &["social", "sozial", "sociale", "sotsialn"]),
    (&["sociology"], &["sociolog", "soziolog", "sotsiolog"]),
    (
        &["international"],
        &[
            "international",
            "internacional",
            "internazional",
            "mezhdunarodn",
            "mizhnarodn",
        ],
    ),
    (
        &["national"],
        &["national", "nacional", "nazional", "natsionaln"],
    ),
    (
        &["politics"],
        &[
            "politic",
            "politiq",
            "politisch",
            "politik",
            "politichesk",
            "politichn",
        ],
    ),
    (&["economics"], &["econom", "ekonom", "wirtschaft"]),
    (
        &["market"],
        &[
            "market", "marche", "mercad", "mercat", "markt", "rynk", "rynok",
        ],
    ),
    (&["democracy"], &["democrat", "demokrat"]),
    (
        &["initiative"],
        &[
            "initiative",
            "iniciativ",
            "initiativ",
            "iniziativ",
            "initsiativ",
            "initsiatyv",
        ],
    ),
    (&["field"], &["field", "feld"]),
    // Where it is: places whose adjectives are written in every language.
    (
        &["all", "russia"],
        &["vserossiisk", "vserosiisk", "allruss", "panruss", "panrus"],
    ),
    // "de Toda Rusia", "di tutta la Russia": "all" before the country.
    (&["all"], &["toda", "tutta", "toute"]),
    (
        &["russia"],
        &[
            "russia", "russian", "russ", "ruso", "rusia", "rossiisk", "rosiisk", "rossii", "rossiy",
        ],
    ),
    (&["ukraine"], &["ukrain", "ucrain", "ukrayin"]),
    (&["kyiv"], &["kyiv", "kiev", "kiew", "kiiv", "kyjiw"]),
    (
        &["france"],
        &[
            "francais",
            "frantsuz",
            "french",
            "franzosisch",
            "frances",
            "francese",
        ],
    ),
];

/// Concepts that say only what kind of body a name is or does: a key made of these alone
/// ("Public Opinion Foundation") fits too many organisations to identify one.
const GENERIC_CONCEPTS: &[&str] = &[
    "org",
    "research",
    "analysis",
    "monitoring",
    "opinion",
    "public",
    "social",
    "sociology",
    "international",
    "national",
    "politics",
    "economics",
    "market",
    "all",
];

/// The concepts of one transliterated folded word, or `None` if it is not glossed.
fn gloss_word(word: &str, out: &mut Vec<&'static str>) -> bool {
    let mut best: Option<(&str, &[&str])> = None;
    for &(concepts, stems) in GLOSSES {
        for &stem in stems {
            if word.starts_with(stem) && best.is_none_or(|(b, _)| stem.len() > b.len()) {
                best = Some((stem, concepts));
            }
        }
    }
    let Some((stem, concepts)) = best else {
        return false;
    };
    let rest = &word[stem.len()..];
    let mark = out.len();
    out.extend_from_slice(concepts);
    if rest.chars().count() <= 6 {
        return true;
    }
    // A compound: the rest, after a linking letter, is glossed too.
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    if gloss_word(rest, out) {
        return true;
    }
    out.truncate(mark);
    false
}

/// The language-neutral key of a name (module docs): its words glossed into concepts or kept
/// transliterated, connectors dropped, "public" dropped beside "opinion" ("opinion research"
/// = "public opinion research"), sorted and deduplicated. `None` unless the name has two
/// words or more, at least one of them glossed (otherwise the name has nothing to translate)
/// and at least one concept or word that is not [`GENERIC_CONCEPTS`].
pub fn concept_key(name: &str) -> Option<String> {
    let latin = transliterate(name);
    let words: Vec<_> = glossed_words(&latin).collect();
    let glossed = words.iter().filter(|(_, g)| g.is_some()).count();
    if words.len() < 2 || glossed == 0 {
        return None;
    }
    let mut concepts: Vec<&str> = Vec::new();
    for (w, g) in &words {
        match g {
            Some(found) => concepts.extend(found),
            None => concepts.push(w),
        }
    }
    if concepts.contains(&"opinion") {
        concepts.retain(|c| *c != "public");
    }
    concepts.sort_unstable();
    concepts.dedup();
    if concepts.iter().all(|c| GENERIC_CONCEPTS.contains(c)) {
        return None;
    }
    Some(concepts.join(" "))
}

/// Is `s` a description of a body and nothing else: every word glossed (no proper name), and
/// one of them saying what kind of body it is ("Allrussischen Meinungsforschungsinstituts",
/// "Kyiv International Institute")? Before a registered name it describes that name.
pub fn is_description(s: &str) -> bool {
    let latin = transliterate(s);
    fully_glossed(&latin).is_some_and(|concepts| {
        concepts
            .iter()
            .any(|c| matches!(*c, "org" | "research" | "opinion"))
    })
}

/// The words of `latin` (a name through [`transliterate`]) but its connectors, each with its
/// concepts if [`gloss_word`] knows it.
fn glossed_words(latin: &str) -> impl Iterator<Item = (&str, Option<Vec<&'static str>>)> {
    latin
        .split(' ')
        .filter(|w| !w.is_empty() && !CONNECTORS.contains(w))
        .map(|w| {
            let mut found = Vec::new();
            let glossed = gloss_word(w, &mut found);
            (w, glossed.then_some(found))
        })
}

/// The concepts of `latin` when it has words and every one of them is glossed.
fn fully_glossed(latin: &str) -> Option<Vec<&'static str>> {
    let mut concepts = Vec::new();
    let mut words = 0;
    for (_, g) in glossed_words(latin) {
        concepts.extend(g?);
        words += 1;
    }
    (words > 0).then_some(concepts)
}

/// Where the proper name starts in a name made of a description and a proper name
/// ("Institut für Markt- und Meinungsforschung Isopublic", "Meinungsforschungszentrums
/// GORBI"): the description is glossed throughout, says at least three things (kind, trade,
/// place: "Istituto Demetra" is a name with its kind, not a description) and ends on the kind
/// of body or its trade;
/// the proper name is one to three capitalised words, none of them glossed. `None` for any
/// other name ("Zentrum für soziale Überwachung": the last word is the description's own).
/// Words that join two items of one list.
const AND: &[&str] = &["und", "and", "&", "et", "y", "e", "ed", "и", "і", "та"];

pub fn proper_name_after_description(name: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let glossed = |w: &str| fully_glossed(&transliterate(w));
    let mut last_kind = false;
    let mut described = 0;
    for (k, &(at, w)) in words.iter().enumerate() {
        let folded = fold(w);
        if CONNECTORS.contains(&folded.as_str()) || w.ends_with('-') {
            continue;
        }
        if let Some(concepts) = glossed(w) {
            last_kind = concepts.iter().any(|c| matches!(*c, "org" | "research"));
            described += concepts.len();
            continue;
        }
        // A word after "und" / "and" continues the description's list ("Institut für
        // Demoskopie und Datenanalyse": every German noun is capitalised).
        if k > 0 && AND.contains(&fold(words[k - 1].1).as_str()) {
            return None;
        }
        let rest = &words[k..];
        let proper = rest.len() <= 3
            && rest.iter().all(|(_, w)| {
                w.starts_with(char::is_uppercase)
                    && glossed(w).is_none()
                    && !CONNECTORS.contains(&fold(w).as_str())
            });
        return (described >= 3 && last_kind && proper).then_some(at);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_russian_and_ukrainian() {
        assert_eq!(transliterate("Київський"), "kiivskii");
        assert_eq!(transliterate("Всероссийский центр"), "vserossiiskii tsentr");
        assert_eq!(transliterate("Levada"), "levada");
    }

    #[test]
    fn acronyms_in_every_scheme() {
        let v = acronym_variants("ВЦИОМ");
        for s in ["VTSIOM", "VCIOM", "VZIOM", "WZIOM", "WCIOM"] {
            assert!(v.iter().any(|x| x == s), "{s} missing from {v:?}");
        }
        assert!(acronym_variants("КМІС").contains(&"KMIS".to_owned()));
        assert!(
            acronym_variants("КМІС").contains(&"KMIC".to_owned()),
            "look-alike letters"
        );
        assert!(acronym_variants("«Рейтинг»").is_empty(), "not an acronym");
        assert!(acronym_variants("Левада").is_empty());
        assert!(acronym_variants("YouGov").is_empty());
    }

    #[test]
    fn translated_names_share_a_key() {
        let k = |s| concept_key(s).unwrap_or_else(|| panic!("no key for {s}"));
        let kiis = k("Kyiv International Institute of Sociology");
        assert_eq!(k("Kiewer internationalen Soziologie-Instituts"), kiis);
        assert_eq!(k("Київський міжнародний інститут соціології"), kiis);
        assert_eq!(k("Instituto Internacional de Sociología de Kiev"), kiis);
        let vtsiom = k("All-Russian Public Opinion Research Center");
        assert_eq!(
            k("Всероссийский центр изучения общественного мнения"),
            vtsiom
        );
        assert_eq!(k("Allrussisches Meinungsforschungszentrum"), vtsiom);
        assert_eq!(
            k("Centro panrusso per lo studio dell'opinione pubblica"),
            vtsiom
        );
        assert_eq!(
            k("Centro Russo para Estudos da Opinião Pública"),
            k("Russian Public Opinion Research Center")
        );
        assert_eq!(k("Russisches Feld"), k("Russian Field"));
        assert_eq!(
            k("Французского института общественного мнения"),
            k("Institut français d'opinion publique")
        );
        // Other organisations keep other keys.
        assert_ne!(k("Russian Institute of Sociology"), kiis);
        assert_ne!(k("Ukrainian Institute of Sociology"), kiis);
    }

    #[test]
    fn descriptions_name_no_one() {
        assert!(is_description("Allrussischen Meinungsforschungsinstituts"));
        assert!(is_description("Kyiv International Institute"));
        assert!(is_description(
            "Centro russo per lo studio dell'opinione pubblica"
        ));
        assert!(!is_description("Russian Field"), "no kind of body");
        assert!(!is_description("Instituto Gallup"), "a proper name");
        assert!(!is_description(""));
    }

    #[test]
    fn proper_names_after_descriptions() {
        let name = "Institut für Markt- und Meinungsforschung Isopublic";
        assert_eq!(
            proper_name_after_description(name).map(|i| &name[i..]),
            Some("Isopublic")
        );
        let name = "Meinungsforschungszentrums GORBI";
        assert_eq!(
            proper_name_after_description(name).map(|i| &name[i..]),
            Some("GORBI")
        );
        assert_eq!(
            proper_name_after_description("Zentrum für soziale Überwachung"),
            None
        );
        assert_eq!(
            proper_name_after_description("Instituto Brasileiro de Opinião Pública"),
            None
        );
        assert_eq!(
            proper_name_after_description("Kyiv International Institute"),
            None
        );
        assert_eq!(
            proper_name_after_description("Istituto Demetra Sondaggi"),
            None
        );
        assert_eq!(proper_name_after_description("Demoskopia Nord"), None);
    }

    #[test]
    fn names_with_nothing_to_translate_have_no_key() {
        assert_eq!(concept_key("Public Opinion Foundation"), None);
        assert_eq!(concept_key("Institut"), None);
        assert_eq!(concept_key("Harris Interactive"), None);
        assert_eq!(concept_key("Levada"), None);
    }
}

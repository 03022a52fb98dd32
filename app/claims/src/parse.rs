//! Parsing the parts of a poll claim: figures and changes, sample size, fieldwork dates,
//! margin of error, method, sponsor and the names of pollsters as written.
//!
//! Owns every regular expression that reads numbers, dates and names out of a claim's
//! sentences, compiled once. Functions take a sentence (or the claim's text) and return values
//! with byte offsets relative to what they were given. It must not decide whether text is a
//! poll claim, nor look anything up in the registry.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::fastre::{Match, Re};
use chrono::{Datelike, NaiveDate};

use crate::model::Method;
use crate::normalize::{fold, is_cyrillic};

/// Compiles a built-in regex (with its `\b`-free gate, see `fastre`).
fn re(s: &str) -> Re {
    Re::new(s)
}

/// A percentage: "28%", "28 %", "28,5 %", "28 Prozent", "28 por ciento", "28 процентов", and
/// with the earlier wave's value between the number and its unit, as German reports give it
/// ("34 (48) Prozent").
static PERCENT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?P<num>\d{1,3}(?:[.,]\d{1,2})?)(?:\s\(\d{1,3}(?:[.,]\d{1,2})?\))?\s?(?:%|per[\s-]?cent\b|percent\b|pour[\s-]?cent\b|prozent\b|por\s?ciento\b|por\s?cento\b|per\s?cento\b|процент\w*|проц\.|відсот\w*|pct\b|p\.c\.)",
    )
});

/// A percentage spelt out in English, as style guides want at the start of a sentence:
/// "Sixty-one per cent", "forty percent".
static WORD_PERCENT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)\s+(?:per[\s-]?cent|percent)\b",
    )
});

/// A small percentage spelt out, as German, French, Spanish, Portuguese and Italian style
/// wants for numbers up to twelve: "neun Prozent", "neuf pour cent", "nueve por ciento".
static WORD_PERCENT_INTL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<w>eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|um|dois|três|quatro|sete|oito|nove|dez|due|tre|quattro|sei|sette|otto|dieci|undici|dodici|один|одна|два|две|дві|три|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|одиннадцать|одинадцять|двенадцать|дванадцять)\s+(?:prozent|pour[\s-]?cent|por\s?ciento|por\s?cento|per\s?cento|процент(?:а|ов)?|відсот(?:ок|ки|ків))\b",
    )
});

/// Reads the value of a spelt-out number.
type NumberWord = fn(&str) -> Option<f64>;

/// The value of a number word of [`WORD_PERCENT_INTL`].
fn intl_number(w: &str) -> Option<f64> {
    const WORDS: [&[&str]; 12] = [
        &["ein", "eins", "un", "une", "uno", "um", "один", "одна"],
        &["zwei", "deux", "dos", "dois", "due", "два", "две", "дві"],
        &["drei", "trois", "tres", "três", "tre", "три"],
        &[
            "vier",
            "quatre",
            "cuatro",
            "quatro",
            "quattro",
            "четыре",
            "чотири",
        ],
        &["fünf", "cinq", "cinco", "пять", "п'ять"],
        &["sechs", "six", "seis", "sei", "шесть", "шість"],
        &["sieben", "sept", "siete", "sete", "sette", "семь", "сім"],
        &["acht", "huit", "ocho", "oito", "otto", "восемь", "вісім"],
        &["neun", "neuf", "nueve", "nove", "девять", "дев'ять"],
        &["zehn", "dix", "diez", "dez", "dieci", "десять"],
        &["elf", "onze", "once", "undici", "одиннадцать", "одинадцять"],
        &[
            "zwölf",
            "douze",
            "doce",
            "dodici",
            "двенадцать",
            "дванадцять",
        ],
    ];
    let w = w.to_lowercase().replace('’', "'");
    WORDS
        .iter()
        .position(|ws| ws.contains(&w.as_str()))
        .map(|i| i as f64 + 1.0)
}

/// The value of an English number word from one to ninety-nine.
fn english_number(w: &str) -> Option<f64> {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let w = w.to_lowercase();
    let mut parts = w.split(['-', ' ']).filter(|p| !p.is_empty());
    let first = parts.next()?;
    let unit = |p: &str| UNITS.iter().position(|u| *u == p).map(|i| i as f64 + 1.0);
    let value = match TENS.iter().position(|t| *t == first) {
        Some(t) => (t as f64 + 2.0) * 10.0 + parts.next().and_then(unit).unwrap_or(0.0),
        None => unit(first)?,
    };
    Some(value)
}

/// The first number of a pair whose second carries the percent sign, right before that second
/// number: "(84 и 79%", "52 and 48 per cent", "73 et 27 %". Not a range ("16 à 19 %", "33-35%"):
/// a range is one figure.
static PAIRED_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(])(?P<a>\d{1,2}(?:[.,]\d{1,2})?)\s+(?:и|і|та|and|et|und|y|e|против|проти|vs\.?|versus|contre|gegen|contra|contro)\s+$",
    )
});

/// "six in ten", "2 out of 3", "deux Français sur trois", "7 von 10", "8 de cada 10".
static RATIO: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<a>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|zwei|drei|vier|fünf|sechs|sieben|acht|neun|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|duas|três|quatro|sete|oito|nove|due|tre|quattro|sei|sette|otto|nove)\s+(?:\p{L}+\s+)?(?:in|out of|sur|von|de cada|em cada|de|su|из)\s+(?P<b>100|1000|\d{1,2}|ten|two|three|four|five|dix|deux|trois|quatre|cinq|zehn|zwei|drei|vier|fünf|diez|dos|tres|cuatro|cinco|dez|dois|três|quatro|dieci|due|tre|quattro|десяти|двух|трёх|трех)\b",
    )
});

/// A share in words: "every third" ("jeder dritte", "каждый третий"), fractions ("two thirds",
/// "zwei Drittel", "deux tiers", "dos tercios", "две трети") and halves.
static SHARE_WORDS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:jede[rs]?|каждый|каждая|каждое|кожен|кожна|кожний)\s+(?:zweite[rn]?|dritte[rn]?|vierte[rn]?|fünfte[rn]?|sechste[rn]?|siebte[rn]?|achte[rn]?|neunte[rn]?|zehnte[rn]?|второй|вторая|третий|третья|четвертый|четвёртый|пятый|шестой|седьмой|восьмой|девятый|десятый|другий|друга|третій|третя|четвертий|п['’]ятий|шостий|сьомий|восьмий|дев['’]ятий|десятий)\b|\b(?:two|zwei|deux|dos|dois|due|две|дві)[\s-](?:thirds|drittel|tiers|tercios|terços|terzi|трети|третини)\b|\b(?:three|drei|trois|tres|três|tre|три)[\s-](?:quarters|viertel|quarts|cuartos|quartos|quarti|четверти|чверті)\b|\b(?:one|a|un|une|ein|uno|um|una|uma)[\s-](?:third|tiers|drittel|tercio|terço|terzo)\b|\b(?:треть|трети|третина|третини|половин[аыу]|половини)\s+(?:опрошенн\w*|респондент\w*|россиян|граждан|жител\w*|избирател\w*|українців|громадян|опитан\w*|мешканц\w*|виборців|\p{Cyrillic}+(?:чей|цев|цов|ян|ан|ців|чан))|\b(?:half of|(?:la )?moitié d|(?:la )?mitad de|(?:a )?metade d|(?:la )?metà d|die hälfte d)",
    )
});

/// The percentage a [`SHARE_WORDS`] match stands for (lower-cased text).
fn share_word_value(w: &str) -> Option<f64> {
    let has = |xs: &[&str]| xs.iter().any(|x| w.contains(x));
    // "one third", "ein Drittel", "un terzo", "треть": a single third, not two.
    let single = ["one", "a", "un", "une", "ein", "uno", "um", "una", "uma"]
        .iter()
        .any(|a| w.strip_prefix(a).is_some_and(|r| r.starts_with([' ', '-'])))
        || w.starts_with("трет") && !w.starts_with("третини");
    let v = if single {
        33.3
    } else if has(&[
        "half",
        "moitié",
        "mitad",
        "metade",
        "metà",
        "hälfte",
        "половин",
    ]) {
        50.0
    } else if has(&[
        "thirds",
        "drittel",
        "tiers",
        "tercios",
        "terços",
        "terzi",
        "трети",
        "третини",
    ]) {
        66.7
    } else if has(&[
        "quarters",
        "viertel",
        "quarts",
        "cuartos",
        "quartos",
        "quarti",
        "четверти",
        "чверті",
    ]) {
        75.0
    } else if has(&["zweite", "второй", "вторая", "другий", "друга"]) {
        50.0
    } else if has(&["dritte", "трет"]) {
        33.3
    } else if has(&["vierte", "четверт", "четвёрт"]) {
        25.0
    } else if has(&["fünfte", "пятый", "п'ятий", "п’ятий"]) {
        20.0
    } else if has(&["sechste", "шест", "шост"]) {
        16.7
    } else if has(&["siebte", "седьм", "сьом"]) {
        14.3
    } else if has(&["achte", "восьм"]) {
        12.5
    } else if has(&["neunte", "девят", "дев'ят", "дев’ят"]) {
        11.1
    } else if has(&["zehnte", "десят"]) {
        10.0
    } else {
        return None;
    };
    Some(v)
}

/// A share without a percent sign followed by its change in parentheses: "LAB 27 (-1)".
static SCORE_WITH_CHANGE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?P<num>\d{1,2}(?:[.,]\d{1,2})?)\s?\(\s*(?:[+\-−–±]\s?\d{1,2}(?:[.,]\d{1,2})?\s*(?:pts?\.?|points?|pp|p\.p\.|punti|puntos|pontos|Punkte)?|=|nc|n\.c\.|unch(?:anged)?|stable|inchangé|unverändert|sin cambios|estável|invariato)\s*\)",
    )
});

/// A change after a figure: "(-0,5)", "(+2 pts)", "down 2 points", "en baisse de 1,5 point".
static CHANGE_PAREN: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s*[,;]?\s*\(\s*(?:(?P<sign>[+\-−–±=])\s?(?P<num>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:pts?\.?|points?|pp|p\.p\.|п\.п\.|Punkte|Prozentpunkte|puntos|pontos|punti|%)?|(?P<same>=|nc|n\.c\.|unch(?:anged)?|stable|inchangé|unverändert|sin cambios|estável|invariato|0))\s*\)",
    )
});
/// A change in words right before its figure: "verliert zwei Punkte auf 15 Prozent", "drops
/// two points to 31%", "perd 2 points à 18 %".
static CHANGE_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<dir>down|up|fell|rose|dropped|drops|gained|gains|lost|loses|falls|rises|perd|gagne|recule|progresse|verliert|gewinnt|legt|sinkt|steigt|verlor|gewann|baja|sube|cae|pierde|gana|retrocede|avanza|снизил\w*|вырос\w*|потерял\w*|прибавил\w*|упал\w*|caiu|subiu|cai|sobe|perde|ganha|recua|avança|cala|sale|guadagna)\s+(?:(?:de|by|um|en|em|di|на|of)\s+)?(?P<num>\d{1,2}(?:[.,]\d{1,2})?|one|two|three|four|five|un|deux|trois|eins|einen|zwei|drei|vier|uno|dos|tres|cuatro|um|dois|três|due|tre)\s*(?:percentage\s+points?|points?|pts?|Prozentpunkte|Punkte|puntos|pontos|punti|п\.п\.|пункт\w*)\s+(?:to|à|a|al|auf|para|на|до|zu)\s*$",
    )
});
static CHANGE_WORDS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)^[^\d%]{0,25}?\b(?P<dir>down|up|lower|higher|fell|rose|dropped|gained|lost|falling|rising|en baisse|en hausse|en recul|en progression|perd|gagne|recule|progresse|minus|plus|verliert|gewinnt|legt|sinkt|steigt|verlor|gewann|baja|sube|cae|pierde|gana|retrocede|avanza|снизил\w*|вырос\w*|потерял\w*|прибавил\w*|упал\w*|минус|плюс|caiu|subiu|cai|sobe|perde|ganha|recua|avança|oscilou|cala|sale|perde|guadagna|in calo|in crescita)\b(?:\s+(?:de|by|um|en|em|di|на|of))?\s+(?P<num>\d{1,2}(?:[.,]\d{1,2})?|one|two|three|four|five|un|deux|trois|eins|zwei|drei|vier|uno|dos|tres|cuatro|um|dois|três|due|tre)\s*(?:percentage\s+points?|points?|pts?|Prozentpunkte|Punkte|puntos|pontos|punti|п\.п\.|пункт\w*|процентн\w* пункт\w*|p\.p\.)",
    )
});

/// Words that introduce a margin of error, in every language.
const MOE_WORDS: &str = r"margin of (?:sampling )?error|error margin|размер\w* (?:статистической )?ошибки|ошибк\w* выборки|статистическ\w* погрешност\w*|помилк\w* вибірки|margins? d['’]erreur|marge d['’]erreur|marges? d['’]incertitude|fehlertoleranz|fehlerbereich|fehlerspanne|fehlermarge|statistische(?:r|n)? fehler|schwankungsbreite|margen de error|погрешност\w*|похибк\w*|margem de erro|margine di errore|margine d['’]errore|statistical error";

static MOE: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:{MOE_WORDS})[^.\d]{{0,60}}?(?:(?:вероятност\w*|ймовірніст\w*|probability|confidence(?: level)?|confiance|confianza|confiança|confidenza|konfidenz\w*|vertrauens\w*)\s+(?:\S+\s+){{0,2}}?\d{{2}}(?:[.,]\d)?\s?%[^.\d]{{0,40}}?)?(?P<num>\d{{1,2}}(?:[.,]\d{{1,2}})?)"
    ))
});
/// The upper end of a margin given as a range, right after its lower end.
static MOE_RANGE_END: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s*(?:%|points?|pts?)?\s*(?:et|and|und|y|e|и|і|à|to|bis|a)\s+(?P<hi>\d{1,2}(?:[.,]\d{1,2})?)",
    )
});

/// A margin written in words: "two percentage points", "dois pontos percentuais".
static MOE_WORDNUM: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:{MOE_WORDS})[^.\d]{{0,60}}?\b(?P<word>one|two|three|four|five|un|deux|trois|quatre|cinq|ein|einen|zwei|drei|vier|fünf|uno|dos|tres|cuatro|cinco|um|dois|três|quatro|due|tre|quattro|cinque|один|два|три|четыре|пять|одного|двух|трех|трёх)\s+(?:percentage points?|points?|pontos|puntos|punti|prozentpunkte?|punkte?|пункт\w*|процентн\w*)"
    ))
});

/// The value of a small number word (one to five) in the supported languages.
fn small_number_word(w: &str) -> Option<f64> {
    Some(match w.to_lowercase().as_str() {
        "one" | "un" | "ein" | "einen" | "uno" | "um" | "один" | "одного" => 1.0,
        "two" | "deux" | "zwei" | "dos" | "dois" | "due" | "два" | "двух" => 2.0,
        "three" | "trois" | "drei" | "tres" | "três" | "tre" | "три" | "трех" | "трёх" => {
            3.0
        }
        "four" | "quatre" | "vier" | "cuatro" | "quatro" | "quattro" | "четыре" => 4.0,
        "five" | "cinq" | "fünf" | "cinco" | "cinque" | "пять" => 5.0,
        _ => return None,
    })
}

static MOE_PLUSMINUS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:±|\+/-|\+/−|plus or minus|plus ou moins|plus/minus|más/menos|más o menos|mais ou menos|più o meno|плюс-минус|плюс/минус)\s?(?P<num>\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percentage points?|points?|pts?|Prozentpunkte|puntos|pontos|punti|п\.п\.|процент\w*)",
    )
});
static MOE_POINT: LazyLock<Re> = LazyLock::new(|| {
    re(r"(?i)(?P<num>\d{1,2}(?:[.,]\d{1,2})?)[- ](?:percentage[- ])?points? margin of error")
});

/// Text just before a percentage that makes it not a result: margins, confidence levels.
static NOT_A_RESULT_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:{MOE_WORDS}|±|\+/-|plus or minus|plus ou moins|confidence|confiance|konfidenz|vertrauensniveau|confianza|доверительн\w*|вероятност\w*|ймовірніст\w*|confiança|confidenza|(?:niveau|nivel|level) (?:de|of) (?:signifi|significance)\w*)[^%\d]{{0,40}}$|(?:не превышает|не превышала|не перевищує|does not exceed|n['’]excède pas|ne dépasse pas|no supera|não ultrapassa|non supera|nicht überschreitet|überschreitet nicht)\s*$"
    ))
});

/// Sample sizes after the number: "2,000 adults", "1 003 personnes", "1.502 Befragte".
static SAMPLE_AFTER: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?P<num>\d{1,3}(?:[ ,.'’\u{a0}\u{202f}]\d{3})+|\d{2,7})\s+(?:[\p{L}.'’\-]+\s+){0,3}?(?:adults|people|voters|respondents|britons|americans|participants|interviews|persons|residents|citizens|parents|members|households|likely voters|registered voters|personnes|français|électeurs|individus|adultes|sondés|internautes|befragte\w*|personen|wahlberechtigte\w*|stimmberechtigte\w*|bürger\w*|menschen|erwachsene\w*|bundesbürger\w*|interviews|wähler\w*|personas|encuestados|entrevistas|entrevistados|electores|ciudadanos|españoles|votantes|hogares|человек|респондент\w*|россиян\w*|граждан\w*|жител\w*|опрошенных|избирател\w*|pessoas|eleitores|entrevistas|brasileiros|portugueses|cidadãos|inquiridos|domicílios|persone|intervistati|interviste|elettori|cittadini|italiani|осіб|людей|громадян|українців|виборців|schweizer\w*|österreicher\w*|deutsche[n]?|canadians|australians|belges|suisses|québécois|canadiens|mexicanos|argentinos|chilenos|colombianos|peruanos|venezolanos|angolanos|moçambicanos|ukrainians|russians|ucranianos|rusos)\b",
    )
});
/// Sample sizes after a sample word: "sample of 1,500", "échantillon de 1 012", "N=1,000".
static SAMPLE_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:sample (?:size )?of|sample:|échantillon (?:représentatif )?(?:national )?de|stichprobe(?:ngröße)? (?:von|mit)?|muestra de|выборк\w*(?: составил\w*| —| -| в| из)?|amostra de|campione di|вибірк\w*(?: —| -)?|\bn\s?=|опрошено|опросили|приняли участие|приняло участие|взяли участь|взяло участь|took part|ont participé|participaron|participaram|hanno partecipato|were (?:interviewed|polled|surveyed|questioned)[^.\d]{0,10}|ont été interrogé\w*|wurden befragt|befragte|interrogé\w*|entrevistó a|entrevistou|encuestó a|preguntó a|опрошены|\binterviewed|\bsurveyed|\bpolled|ha intervistato|hanno intervistato|ha sentito|опросил\w*|опитал\w*|опитав|опитано)\s*(?:(?:more than|over|some|about|plus de|près de|más de|mais de|oltre|более|понад)\s+)?(?P<num>\d{1,3}(?:[ ,.'’\u{a0}\u{202f}]\d{3})+|\d{2,7})",
    )
});

/// Method keywords.
static ONLINE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:online|on-line|internet|web panel|cawi|en ligne|par internet|auto-administré|onlinebefragung|online-befragung|online-panel|en línea|por internet|онлайн|интернет|в интернете|pela internet|via internet|on line|in rete)\b",
    )
});
static PHONE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:telephone|phone|cati|landline|cellphone|mobile phones|téléphone|téléphonique|telefonisch\w*|telefoninterview\w*|telefon\w*|telefónic\w*|por teléfono|телефон\w*|por telefone|telefônic\w*|telefonic\w*|telefonat\w*)\b",
    )
});
static F2F: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:face-to-face|face to face|in[- ]person|door-to-door|\bcapi\b|en face-à-face|face à face|en face à face|persönlich\w*|mündlich\w*|presencial\w*|cara a cara|личн\w+ интервью|по месту жительства|поквартирн\w*|face a face|domiciliar\w*|\bdi persona\b)",
    )
});
static IVR: LazyLock<Re> = LazyLock::new(|| {
    re(r"(?i)\b(?:ivr|robocall\w*|automated (?:phone|telephone)|interactive voice)\b")
});

/// A capitalised name: up to six words, connectors allowed between capitalised words, or a
/// quoted name in any quotation marks, a web address or a social-media handle or hashtag ("la
/// encuestadora #opinaargentina", "@DataViva_ve").
pub const NAME: &str = r#"(?P<name>[a-z][a-z0-9\-]{1,30}\.(?:de|com|ua|ru|fr|es|it|pt|br|org|net|info|uk|at|ch|pl|by|kz)\b|[@#][\p{L}\p{N}_]{3,30}\b|«[^»]{2,60}»|„[^“”]{2,60}[“”]|“[^”]{2,60}”|"[^"]{2,60}"|'\p{Lu}[^']{1,59}'|‘\p{Lu}[^’]{1,59}’|(?:\p{Lu}|\d|\p{Ll}\p{Lu})[\p{L}\p{N}&'’.\-/+]*(?:[ \u{a0}](?:(?:de|du|des|of|and|und|für|y|e|et|da|do|di|del|della|dello|degli|delle|dei|sulle|sul|sulla|sui|sugli|dos|das|las|los|zur|zum|am|on|&)[ \u{a0}])?(?:\p{Lu}|&|\d)[\p{L}\p{N}&'’.\-/+]*){0,5})"#;

/// Patterns that name the pollster, in every language. Keywords are case-insensitive; the
/// name must be capitalised (or quoted).
static POLLSTER_PATTERNS: LazyLock<Vec<(&str, Re)>> = LazyLock::new(|| {
    let p = [
        // English
        (
            "en",
            r"(?i:poll(?:s|ing)?|survey|study|research|analysis|barometer|tracker)\s+(?i:(?:was\s+)?(?:conducted|carried out|fielded|run|done|published|released|produced|compiled|undertaken|performed|administered|organi[sz]ed|led|coordinated|presented|unveiled)(?:\s+(?:between|from|on|in|over|during)\s+[^;:()]{1,40}?)?\s+)?(?i:by|from|attributed to)\s+(?i:the\s+)?(?:(?:(?:\p{Ll}[\p{L}\-]*|\p{Lu}\p{L}*-based|\p{Lu}\p{Ll}+(?:ish|ian|an|ese|ch|ic)|\p{Lu}{2,3})\s+){0,2}?(?:(?i:pollsters?|polling (?:firm|company|agency|organi[sz]ation|outfit)|research (?:firm|company|group|agency|institute)|market research (?:firm|company)|survey firm|analytics (?:firm|company)|data firm|consultancy|firm|company|institute|outfit|agency|group|think tank)\s+|(?:newspaper|daily|paper|tabloid|magazine|broadcaster|channel|network|website|news (?:site|portal|outlet|agency)|outlet|portal),?\s+))?NAME",
        ),
        (
            "en",
            r"\b(?i:a|an|the|this|that|its|new|latest|recent|fresh|exclusive|separate|last|weekly|monthly|snap|rolling|nationwide|national|another|today's|this week's|last week's)\s+(?:(?i:new|latest|recent|fresh|exclusive|separate|weekly|monthly|snap|rolling|online|nationwide|national|post-debate|telephone|phone)\s+|\p{L}[\p{L}.]*-(?i:commissioned|sponsored|funded|backed)\s+)*NAME(?:['’]s)?\s+(?:(?:agency|institute|company|firm)\s+)?(?:poll|survey|tracker|tracking poll|study|research|opinion poll|public[- ]opinion poll|opinion survey|polling)\b",
        ),
        ("en", r"^NAME\s+(?:poll|survey|polling|research)\b"),
        // Findings credited to their source: "The findings from Acme Research also found…".
        (
            "en",
            r"(?i:findings|results)\s+(?i:from|by)\s+(?i:the\s+)?NAME",
        ),
        // Whom it asked, how, then who asked: "questioned 1,000 adults from the UK by
        // telephone by GlobeScan in March".
        (
            "en",
            r"(?i:questioned|interviewed|surveyed|polled)\s+(?:(?i:more than|over|some|about|around|nearly|almost)\s+)?\d[\d,.]*\s+[^.;:()]{1,60}?\s+(?i:by)\s+(?i:the\s+)?NAME",
        ),
        // An aside between the poll word and its maker: "The poll, undertaken by IpsosMori for
        // STV", "The survey, which was carried out by Acme Research,".
        (
            "en",
            r"(?i:poll|survey|study|research),\s+(?i:(?:which|that)\s+)?(?i:was\s+)?(?i:conducted|carried out|fielded|undertaken|run|done|compiled|performed|administered|organi[sz]ed)\s+(?:(?i:between|from|on|in|over|during)\s+[^;:(),]{1,40}?\s+)?(?i:by)\s+(?i:the\s+)?NAME",
        ),
        // A label line: "InsiderAdvantage: Surveys of 800 likely voters".
        (
            "en",
            r"(?:^|\n)NAME:\s+(?i:(?:a |the |new |latest )*(?:polls?|surveys?)\s+(?:of|among|conducted|taken)\b)",
        ),
        // A source line under the figures, in any language: "Source: Harbour Research",
        // "Fuente: consultora FixData", "Quelle: Institut Allensbach", "Источник: ФОМ".
        (
            "en",
            r"(?:^|\n)\W*(?i:SOURCEHEAD)\s*(?i:(?:the|la|el|le|l['’]|a|o|die|der|das|il)\s*)?(?i:(?:pollster|polling firm|research firm|consultora|consultoría|consultoria|encuestadora|empresa|instituto|institut|istituto|institute|société|cabinet|firma|agentur|агентство|компания|компанія|центр)\s+)?NAME",
        ),
        // Whom it asked, then who asked: "A survey of over 33,000 supporters by the Football
        // Supporters Association", "a poll of 1,000 adults for the paper by Redfield".
        (
            "en",
            r"(?i:poll|survey|study)\s+of\s+(?:(?:more than|over|some|about|around|nearly|almost|just over)\s+)?\d[\d,.]*\s+[^.;:()]{1,60}?\s+(?i:by|from)\s+(?i:the\s+)?NAME",
        ),
        // "atribuida a una empresa llamada Encuesta2", "an organization calling itself X",
        // "une société appelée X": a firm introduced by what it is called.
        (
            "en",
            r"(?i:company|firm|organi[sz]ation|institute|outfit|agency|empresa|firma|entidad|encuestadora|consultora|société|entreprise|institut|instituto|istituto|società|agenzia|unternehmen|agentur|компани\w*|компані\w*|организаци\w*|організаці\w*)(?:\s+(?i:de sondages?|d['’]études|de recherche|de pesquisas?|de encuestas|di ricerca|de opinión))?,?\s+(?i:called|named|calling itself|llamad[ao]|denominad[ao]|chamad[ao]|appelée?|nommée?|dénommée?|chiamat[ao]|denominat[ao]|namens|genannt|под названием|під назвою)\s+NAME",
        ),
        // "Toronto-based Environics pollsters found", "Public Agenda, which yesterday released
        // its parenting survey".
        (
            "en",
            r"NAME\s+(?:pollsters|researchers)\s+(?i:found|find|say|said|reported|report|asked)\b",
        ),
        (
            "en",
            r"NAME,\s+which\s+(?:[\p{L}\d]+\s+){0,3}?(?:released|published|conducted|carried out|ran|commissioned)\s+(?:its|the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:poll|survey|study)\b",
        ),
        (
            "en",
            r"(?i:pollsters?|poll(?:ing)? (?:firm|company|agency|outfit|group)|research (?:firm|company|group|agency)|market research (?:firm|company)|survey firm|analytics (?:firm|company)|consultancy)\s+NAME",
        ),
        (
            "en",
            r"NAME['’]s\s+(?:(?:latest|new|last|recent|monthly|weekly)\s+)?(?:poll|survey|tracker|polling|research)",
        ),
        // French
        (
            "fr",
            r"(?i:sondage|enquête|enquete|baromètre|étude|sondages)(?:\s+(?i:d['’]opinion|d['’]intentions? de vote))?(?:\s+(?i:annuelle?|mensuelle?|hebdomadaire|trimestrielle?|internationale?|européenne?|nationale?|inédite?|exclusive?|récente?|nouvelle|nouveau))?\s+(?:(?i:(?:commandé|confié)e?s?\s+)(?i:(?:à\s+l['’]|à|au|par|de\s+l['’])\s*)|(?i:(?:(?:a|avait|aurait|ont|avaient|auraient)\s+été\s+|est\s+|sont\s+)?(?:exclusif|inédit|publié|réalisé|mené|effectué|paru|attribué|conduit|livré)e?s?\s+)?(?i:(?:par|de|du|d['’]|de\s+l['’]|de\s+la|par\s+une?)\s*)?)(?i:l['’])?(?:(?:[Ll]['’]|la\s+|le\s+)?(?:institut|cabinet|société|organisme|firme|agence|entreprise|groupe|observatoire|plateforme|site|réseau|banque|assureur|mutuelle|start-up|startup)\s+ODESC)?NAME",
        ),
        (
            "fr",
            r"(?:[Ll]['’]institut|institut de sondage|[Ll]e sondeur|[Ll]['’]organisme|[Ll]e cabinet(?: de conseil| d['’]études)?|[Ll]a firme(?: de sondage)?|[Ll]a maison(?: de sondage)?)\s+DESCNAME",
        ),
        // German
        (
            "de",
            r"(?P<name>\p{Lu}[\p{L}\p{N}&]*(?:[ \-/]\p{Lu}[\p{L}\p{N}&]*){0,2})-(?i:Umfrage|Erhebung|Befragung|Studie|Blitzumfrage|Trend)",
        ),
        (
            "de",
            r"(?i:Umfragen?|Erhebung(?:en)?|Befragung(?:en)?|Untersuchung(?:en)?|Studien?|Blitzumfragen?)\s+(?i:des|der|von|vom|durch\s+das|durch\s+die)\s+(?i:(?:Meinungsforschungsinstituts?|Umfrageinstituts?|Instituts?|Forschungsinstituts?|Meinungsforscher[ns]?|Demoskopen|Marktforschungsinstituts?|Unternehmens|Firma|Agentur|Analysefirma|Datenfirma|Krankenkasse|Versicherung|Stiftung|Verbands?|Portals?|Beratungsfirma|Beratungsgesellschaft)\s+)?NAME",
        ),
        (
            "de",
            r"(?i:Meinungsforschungsinstitut|Umfrageinstitut|Meinungsforscher|Demoskopen|Marktforschungsinstitut|Wahlforschungsinstitut|Forschungsinstitut|Institut|Umfrageportal|Umfrageplattform|Prognoseportal|Wahlforschungsunternehmen|Meinungsforschungsunternehmen|Marktforschungsunternehmen|Umfrageunternehmen|Meinungsforschungsagentur|Marktforschungsagentur|Umfrageagentur)(?i:s|es|en)?\s+NAME",
        ),
        // The agent before the participle of the poll noun: "einer von CGTN durchgeführten
        // globalen Online-Umfrage", "die vom Institut Insa erstellte Erhebung".
        (
            "de",
            r"\b(?i:von|vom|durch)\s+(?:(?i:der|dem|den|das)\s+)?(?:(?i:Institut|Meinungsforschungsinstitut|Umfrageinstitut)\s+)?NAME\s+(?i:durchgeführt|erstellt|erhoben|realisiert)\w*\s+(?:\p{L}+\s+){0,2}?[\p{L}-]*(?i:umfrage|erhebung|befragung|studie)\b",
        ),
        // A German institute "für" its fields, named whole ("Das Institut für Demoskopie und
        // Datenanalyse hat 1.250 Wiener befragt"): the "für" is no sponsor.
        (
            "de",
            r"\b(?:[Dd]as|[Dd]es|[Dd]em|[Vv]om)\s+(?P<name>(?:Institut|Zentrum|Centrum|Forschungsinstitut)(?:e?s)?\s+für\s+\p{Lu}[\p{L}\-]+(?:\s+(?:(?:und|&)\s+)?\p{Lu}[\p{L}\-]+){0,3}(?:\s+an\s+der\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)?)",
        ),
        // Spanish
        (
            "es",
            r"(?i:encuestas?|sondeos?|barómetros?|estudios?|macroencuestas?|informes?|medici(?:ón|ones))(?:\s+(?i:de opinión(?: pública)?|de intención de voto))?\s+DESC(?i:(?:realizad[ao]s?|elaborad[ao]s?|hech[ao]s?|publicad[ao]s?|difundid[ao]s?|efectuad[ao]s?|atribuid[ao]s?|llevad[ao]s? a cabo|levantad[ao]s?|lanzad[ao]s?)\s+)?(?i:(?:de|del|por|al|a)\s+)?(?i:(?:la|el)\s+)?(?:(?:firma|empresa|consultora|encuestadora|instituto|compañía|agencia|demoscópica|grupo|bolsa|plataforma|portal|banco|aseguradora|observatorio|startup)\s+ODESC)?NAME",
        ),
        (
            "es",
            r"(?:(?:[Ll]a )?(?:casa )?encuestadora|[Ll]a casa de encuestas|(?:[Ll]a )?consultora|[Ee]l instituto|[Ll]a firma(?: demoscópica| encuestadora| consultora)?|[Ll]a empresa(?: demoscópica| encuestadora| consultora)?|[Ll]a compañía)\s+DESCNAME",
        ),
        // Russian and Ukrainian
        (
            "ru",
            r"(?i:опрос\w*|соцопрос\w*|исследовани\w*|замер\w*|опитуван\w*|дослідженн\w*)(?:,?\s+(?i:провел[аи]?|проведенн\w*|проведённ\w*|провів|провела|провели|проведен\w*)\s+|\s+)(?:(?:\p{Ll}+\s+)?(?:компани\w*|центр\w*|фонд\w*|институт\w*|інститут\w*|агентств\w*|агенці\w*|социолог\w*|соціолог\w*|служб\w*|групп\w*|груп\w*|компані\w*|соціологічн\w* груп\w*|социологическ\w* групп\w*)\s+)?NAME",
        ),
        (
            "ru",
            r"(?i:по данным|согласно данным|согласно|по информации|за даними|згідно з даними)\s+(?i:(?:опроса|исследования|соцопроса|опитування|дослідження)\s+)?(?:(?:\p{Ll}+\s+)?(?:компании|центра|фонда|института|агентства|агенції|социологов|соціологів|компанії|центру|групи|группы)\s+)?NAME",
        ),
        ("ru", r"(?i:социолог\w*|соціолог\w*|аналитик\w*)\s+NAME"),
        // The people asked, then who asked them, in the instrumental: "опрошенных «Левадой»",
        // "опитаних Центром Разумкова".
        (
            "ru",
            r"(?i:опрошенн\w*|опитан\w*)\s+(?:(?i:компанией|компанією|центром|фондом|институтом|інститутом|агентством|агенцією|социологами|соціологами)\s+)?NAME",
        ),
        // A research company cited as the source: "…, утверждает компания Nielsen".
        (
            "ru",
            r"(?i:утверждает|утверждают|считает|отмечает|подсчитал\w*|выяснил\w*|стверджує|вважає|зазначає|підрахував\w*|з'ясував\w*)\s+(?:(?:\p{Ll}+\s+)?(?i:компания|компанія|центр|фонд|институт|інститут|холдинг))\s+NAME",
        ),
        // An acronym after "рейтинг" names whose ranking it is ("у рейтингу ІДРРУ", "рейтинг
        // КМІС"); a capitalised word there is rather the one ranked ("рейтинг Зеленського").
        (
            "ru",
            r"(?i:рейтинг\w*)\s+(?P<name>[А-ЯЁІЇЄҐ]{3,}(?:-[А-ЯЁІЇЄҐ]+)?)\b",
        ),
        // The agent of a passive participle, in the instrumental: "опроса, представленного 3
        // февраля социологической компанией CBS-Research", "исследование проводилось
        // компанией «Вектор»", "опитування, проведене соціологічною групою X".
        (
            "ru",
            r"(?i:проведен\w*|проведён\w*|проводил\w*|представленн\w*|подготовленн\w*|выполненн\w*|организованн\w*|проведене|проведеного|представлене|підготовлене|виконане)\s+(?:[^.;:!?]{0,30}?\s)??(?:\p{Ll}[\p{L}\-]*\s+){0,3}?(?i:компанией|центром|фондом|институтом|агентством|службой|группой|лабораторией|ассоциацией|компанією|інститутом|агенцією|службою|групою|асоціацією|фундацією)\s+NAME",
        ),
        // The body that presented the poll's results, later in the sentence: "данные нового
        // социологического опроса, результаты которого представила в среду компания Intellect
        // Group", "опитування, результати якого оприлюднила компанія X".
        (
            "ru",
            r"(?i:опрос\w*|исследовани\w*|опитуван\w*|дослідженн\w*)[^.!?;]{0,80}?(?i:представил[аио]?|презентовал[аио]?|обнародовал[аио]?|опубликовал[аио]?|оприлюднил[аио]?|презентувал[аио]?|опублікувал[аио]?)\s+(?:(?:в|во|у)\s+\p{Ll}+\s+)?(?i:компания|компанія|центр|агентство|агенція|фонд|институт|інститут|служба|группа|група|организация|організація)\s+NAME",
        ),
        // A Latin-script name a few lower-case words after the poll word: "В опросе сервиса по
        // поиску работы SuperJob", "опитування компанії Gradus Research".
        (
            "ru",
            r"(?i:опрос\w*|исследовани\w*|опитуван\w*|дослідженн\w*),?\s+(?:\p{Ll}[\p{Ll}\-]*,?\s+){1,5}?(?P<name>(?:\p{Lu}|[a-z]\p{Lu})[A-Za-z0-9.&\-]+(?:\s+\p{Lu}[A-Za-z0-9.&\-]+){0,2})",
        ),
        (
            "ru",
            r"(?P<name>(?:\p{Lu}\p{Ll}+(?:ий|ый|ой|ій|ая|яя|ое|е)\s+(?:\p{Ll}+(?:ий|ый|ой|ій|ая|яя|ое|е)\s+){0,2}(?:институт|центр|фонд|агентство|служба|лаборатория|інститут|агенція|фундація|компания|компанія|група|группа)(?:\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}\p{Ll}[\p{L}\-]*)?|(?:Институт|Центр|Фонд|Агентство|Служба|Лаборатория|Інститут|Агенція|Фундація|Компания|Компанія)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}(?:«[^»]{2,60}»|\p{Ll}[\p{L}\-]*)))(?:\s*\([^)]{1,20}\))?\s+(?:провел\w*|провів|провели|презенту\w*|презентовал\w*|представив|представила|представля\w*|опросил\w*|опитав\w*|выяснил\w*|зафиксировал\w*|установил\w*|представил\w*|опубликовал\w*|оприлюднив\w*)",
        ),
        (
            "ru",
            r"(?:опрос\w*|исследовани\w*|опитуван\w*|по данным|за даними)\s+(?P<name>(?:Институт|Центр|Фонд|Агентств|Служб|Лаборатори|Інститут|Агенці|Компани|Компані)\p{L}*\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}(?:«[^»]{2,60}»|“[^”]{2,60}”|„[^“”]{2,60}[“”]))",
        ),
        // A product or study "carried out by" its maker, in any language, whatever words come
        // between the poll noun and the verb ("le dernier Baromètre du numérique réalisé par
        // le Credoc").
        (
            "en",
            r"(?i:\b(?:sondage|enquête|baromètre|étude|survey|poll|study|encuesta|sondeo|estudio|barómetro|pesquisa|sondagem|levantamento|barómetro|sondaggio|indagine|ricerca|umfrage|studie|befragung|barometer)s?\b)(?:\s+[\p{L}\-’']+){0,5}?\s+(?i:\b(?:réalisée?s?|menée?s?|effectuée?s?|conducted|carried out|realizad[ao]s?|elaborad[ao]s?|efectuad[ao]s?|realizzat[oa]|condott[oa]|elaborat[oa]|durchgeführt|erstellt|feit[ao]s?|conduzid[ao]s?))\s+(?i:par|by|por|pel[oa]|da|dal|dalla|von|vom)\s+(?:(?i:le|la|l['’]|the|el|il|o|a|der|die|das|dem)\s*)?NAME",
        ),
        // The body as the subject that ran the poll, in Spanish, Portuguese, Italian and French
        // ("Kairos Opinión ha realizado una encuesta", "o Instituto X realizou uma pesquisa",
        // The people asked, then who asked them: "des Tunisiens interrogés par Emrhod
        // Consulting", "voters surveyed by Marist", "von Forsa befragten", "encuestados por
        // Cadem", "опрошенных ВЦИОМ". Filed under "en", which every language runs.
        (
            "en",
            r"(?i:interrogés|interrogées|sondés|sondées|questionnés|interviewed|surveyed|polled|questioned|encuestados|encuestadas|entrevistados|entrevistadas|consultados|consultadas|ouvidos|ouvidas|questionados|questionadas|inquiridos|inquiridas|auscultados|auscultadas|interpellati|interpellate|intervistati|intervistate|sondati)\s+(?i:par|by|por|pel[oa]|da|dal|dalla|dall['’])\s+(?:(?i:l['’]|le |la |the |el |o |a |il |lo )\s*)?(?:(?i:institut|instituto|institute|istituto|firm|société|cabinet|empresa|consultora|société|agenzia|agence)\s+)?NAME",
        ),
        // "Demos ha condotto un sondaggio", "Ifop pour Sud Radio a réalisé une enquête", "el
        // CNC, en alianza con …, hizo una encuesta"); filed under "en", which every language
        // runs.
        (
            "en",
            r"NAME(?:\s*\([\p{Lu}\d&.\-]{2,12}\))?(?:\s+(?i:pour|para|per)\s+[^,.;:!?]{1,40}?|,[^,.;:!?]{1,60},)?,?\s+(?:(?i:ha|han|hanno|a)\s+)?(?i:realizado|elaborado|hecho|publicado|llevado a cabo|realizó|elaboró|publicó|hizo|efectuó|ejecutó|realizou|fez|divulgou|publicou|conduziu|realizzato|condotto|effettuato|pubblicato|réalisé|mené|effectué|publié|réalise|mène)\s+(?i:una|un|uma|um|uno|la|el|a|o|il|lo|une|le)\s+(?:\p{Ll}+\s+)?(?i:encuesta|sondeo|estudio|pesquisa|sondagem|levantamento|sondaggio|indagine|rilevazione|sondage|enquête)\b",
        ),
        // "La encuesta, a cargo de Panterra Research, …", "a pesquisa, a cargo do Instituto X",
        // "il sondaggio, a cura di Demos": who carried it out, in a phrase of its own (three
        // languages: filed under "en", which every language runs).
        (
            "en",
            r"(?i:\b(?:encuesta|sondeo|estudio|barómetro|pesquisa|sondagem|levantamento|sondaggio|indagine|rilevazione)s?\b),?\s+(?i:a cargo d(?:e|el|e la|o|a)|a cura d(?:i|el|ella|ell['’]))\s+(?:(?i:la|el|o|a|il|l['’])\s*)?NAME",
        ),
        // An organisation as the subject that ran the poll: "Ассоциация социологов и демографов
        // провела новый опрос", "Центр «Ромир» провёл исследование".
        (
            "ru",
            r#"(?P<name>(?:Ассоциаци|Институт|Центр|Фонд|Агентств|Служб|Лаборатори|Компани|Групп|Асоціаці|Інститут|Агенці|Компані|Груп)\p{L}*(?:\s+\p{Ll}[\p{L}\-]*){0,4}(?:\s+(?:«[^»]{2,60}»|"[^"]{2,60}"|“[^”]{2,60}”))?)\s+(?:провел[аои]?|провёл|провів|опросил[аои]?|опитал[аои]?)\s+(?:\p{Ll}+\s+){0,2}(?:опрос|соцопрос|исследовани|опитуванн|дослідженн)"#,
        ),
        // Portuguese
        (
            "pt",
            r"(?i:pesquisas?|sondage(?:m|ns)|levantamentos?|enquetes?|inquéritos?|estudos?)(?:\s+(?i:de opinião(?: pública)?|de intenção de voto))?\s+DESC(?i:(?:(?:é|foi|são|foram)\s+)?(?:realizad[ao]s?|feit[ao]s?|divulgad[ao]s?|encomendad[ao]s?|publicad[ao]s?|conduzid[ao]s?|atribuíd[ao]s?|creditad[ao]s?|assinad[ao]s?|levad[ao]s? a cabo|lançad[ao]s?)\s+(?:(?:na|no|em|pela)\s+(?:internet|web|redes sociais|site)\s+)?)?(?i:(?:pel[oa]|d[oa]|de|por|à|ao|a)\s+)?(?:(?:instituto|empresa|consultoria|consultora|agência|centro|fundação|núcleo|grupo|plataforma|portal|banco|seguradora|observatório|startup|rede|emissora|canal|site)\s+ODESC)?NAME",
        ),
        (
            "pt",
            r"(?:[Oo] [Ii]nstituto|[Aa] [Ee]mpresa|[Aa] [Cc]onsultoria)\s+DESCNAME",
        ),
        // Italian
        (
            "it",
            r"(?i:sondaggio|sondaggi|rilevazion[ei]|indagin[ei]|inchiest[ae]|ricerca|exit poll|instant poll|supermedia)(?:\s+(?i:d['’]opinione|sulle intenzioni di voto))?\s+DESC(?i:(?:realizzat[oaie]|condott[oaie]|elaborat[oaie]|pubblicat[oaie]|diffus[oaie]|attribuit[oaie]|svolt[oaie]|effettuat[oaie]|promoss[oaie])\s+)?(?i:(?:dal|dalla|dall['’]|dai|dagli|da|di|dell['’]|della|del|all['’]|alla|al|a)\s*)?(?:(?:l['’])?(?:istituto|consorzio|portale|sito|società|agenzia|osservatorio|associazione|fondazione|gruppo|piattaforma|banca|compagnia|startup)\s+ODESC)?NAME",
        ),
        ("it", r"(?i:l['’]istituto|la società)\s+DESCNAME"),
        // Apposition: "Ágora Sondeos, una firma creada hace…", "Opinea, un institut
        // lyonnais…", "Zephyr, a little-known polling firm…".
        (
            "en",
            r"NAME,\s+(?i:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?i:pollster|polling (?:firm|company|agency|outfit)|research (?:firm|company|agency|institute)|survey (?:firm|company)|market research (?:firm|company))\b",
        ),
        (
            "fr",
            r"NAME,\s+(?i:un|une|l['’]|le|la)?\s*(?:[\p{L}\-]+\s+){0,2}?(?i:institut|cabinet|société d['’]études|sondeur|agence d['’]études|observatoire|centre d['’]études|groupe d['’]études)\b",
        ),
        // "Die britische Denkfabrik Chatham House hat kürzlich die Umfrage … durchgeführt":
        // the German participle comes last.
        (
            "de",
            r"NAME\s+(?i:hat|haben|hatte|hatten)\s+[^.;:!?]*?(?i:umfrage|befragung|studie|erhebung|untersuchung)[^.;:!?]*?\b(?i:durchgeführt|veröffentlicht|vorgelegt|vorgestellt|erstellt|gemacht|präsentiert|unternommen|gestartet)\b",
        ),
        (
            "de",
            r"NAME,\s+(?i:ein|eine|das|die|der)\s+(?:[\p{L}\-]+\s+){0,2}?(?i:Institut|Meinungsforschungsinstitut|Umfrageinstitut|Marktforschungsinstitut|Meinungsforscher|Marktforscher|Umfragefirma)",
        ),
        (
            "es",
            r"NAME,\s+(?:(?i:una|la|un|el|su)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?i:firma|empresa|consultora|encuestadora|demoscópica|instituto|compañía|agencia|observatorio|centro de estudios|grupo de estudios)\b",
        ),
        (
            "pt",
            r"NAME,\s+(?:(?i:uma|um|a|o)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?i:empresa|instituto|consultoria|agência|observatório|centro de estudos|grupo de estudos|núcleo de estudos)\b",
        ),
        (
            "it",
            r"NAME,\s+(?i:una|un|la|l['’]|il)?\s*(?:[\p{L}\-]+\s+){0,2}?(?i:società|istituto|agenzia|osservatorio|centro studi|centro di ricerca)\b",
        ),
        // The pollster as the subject of the survey verb: "Cadem preguntó a 703 personas",
        // "L'ORSEP a interrogé 1 004 exploitants", "Il CRESO ha intervistato 1.500 giovani",
        // "«Социоскан» опросил 1 000 горожан", "Brenneisen & Partner hat … 1.000
        // Wahlberechtigte befragt". Run for every language: the construction is the same.
        (
            "en",
            r"(?:^|[\s(])(?i:l['’]|il |lo |la |el |o |a |the |der |die |das )?NAME(?:,\s+[^,.;:()]{3,80},)?\s+(?:(?:has|have|had|a|ont|ha|hanno|hat|haben)\s+)?(?:(?:also|then|again|aussi|également|también|também|anche|auch|ещё|также|також)\s+)?(?:interviewed|surveyed|polled|questioned|asked|interrogé|sondé|questionné|interrogeait|preguntó a|entrevistó a|encuestó a|consultó a|entrevistou|ouviu|consultou|intervistato|raccolto|sentito|опросил\w*|опросила|опитал\w*|опитав)\s+(?:(?i:its|their|sa|son|ses|su|sus|seu|sua|seus|suas|la sua|il suo|i suoi|seine|ihre|свою|своих|свої|своїх)\s+(?:[\p{L}'’]+\s+){0,2}?)?(?:(?:more than|over|some|about|around|nearly|plus de|près de|environ|más de|unos|cerca de|mais de|oltre|circa|более|около|понад|близько)\s+)?\d",
        ),
        (
            "de",
            r"NAME\s+(?:hat|haben)\s+(?:[^.;:]{0,80}?\s)?\d[\d.\u{a0} ]*\s+(?:\p{L}+\s+){0,2}?(?:befragt|interviewt)",
        ),
        // A date before the name of the poll: "the December 10-14, 2022 Social Weather
        // Stations (SWS) survey", "the Jan. 3-4 Harbor Metrics poll".
        (
            "en",
            r"\b(?i:the|a|an)\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2})?,?\s+(?:\d{4}\s+)?NAME(?:\s+\(\p{Lu}{2,8}\))?\s+(?i:poll|survey)\b",
        ),
        // The trade before the name: "the South Korean polling agency Realmeter", "the research
        // firm Harbor Metrics conducted…".
        (
            "en",
            r"(?i:polling|research|survey|market research|opinion research)\s+(?i:agency|firm|company|institute|organi[sz]ation|outfit|group|house)\s+NAME",
        ),
        // The pollster as the subject of its finding: "Massiva Caller coloca a Rocío Nahle con
        // el 47,9%", "X puts Labour on 40%", "X crédite le RN de 32 %" (not German, whose
        // nouns are all capitalised: "Eine Analyse von Beiträgen sieht…").
        (
            "en",
            r"NAME\s+(?i:puts|put|places|gives|coloca|sitúa|situa|ubica|otorga|pone|le da|da a|coloca a|place|crédite|accorde|donne|colloca|assegna|attribuisce|dà)\s+(?:(?i:a|al|à|ao|aos|le|la|les|the|il|lo|el)\s+){0,2}\p{L}[^.;]{0,60}?\d",
        ),
        // The report or barometer of a named source: "selon le dernier baromètre politique de
        // Sigma Conseil", "selon un rapport International Political Poll".
        (
            "en",
            r"(?i:selon|d['’]après|according to|según|de acuerdo con|segundo|de acordo com|secondo|laut)\s+(?i:un|une|le|la|l['’]|the|a|an|el|la|o|a|um|uma|il|lo|der|die|das|dem|ein|eine|einer)\s*(?:\p{Ll}+\s+){0,2}(?:(?i:rapport|report|informe|relatório)(?:\s+\p{Ll}+){0,2}\s+(?:(?i:de|d['’]|del|of|by|von|der|des|do|da|di|della|dell['’])\s*)?|(?i:baromètre|barómetro|barometer|barometro)(?:\s+\p{Ll}+){0,2}\s+(?i:de|d['’]|del|of|by|von|der|des|do|da|di|della|dell['’])\s*)NAME",
        ),
        // A methodology box: "Feldarbeit: Research Affairs", "Fieldwork: Harbor Metrics".
        (
            "en",
            r"(?i:feldarbeit|durchführung|fieldwork|field work|fieldwork by|terrain|travail de terrain|trabajo de campo|trabalho de campo|realización|realizzazione|institut|institute|pollster)\s*:\s*NAME",
        ),
        // A firm named after its kind, with what it did: "компания ИНСОМАР выяснила",
        // "агентство Ромир провело опрос".
        (
            "ru",
            r"(?i:компани[яию]|компанія|агентство|агенція|центр|фонд|институт|інститут|служба)\s+NAME\s+(?:\p{Ll}+\s+)?(?i:выяснил\w*|установил\w*|провел\w*|провёл\w*|опросил\w*|з['’]ясува\w*|провів|провела|провело|опитал\w*|опитувал\w*|опубликовал\w*|представил\w*|обнародовал\w*|опублікува\w*|оприлюднил\w*|оприлюдни\w*)",
        ),
        // The firm after its kind, with what it did: "Das Unternehmen INFO interviewte 1.000
        // Personen", "das Institut Nordlicht befragte".
        (
            "de",
            r"(?i:unternehmen|firma|institut|agentur|meinungsforschungsinstitut|umfrageinstitut|marktforschungsinstitut)\s+NAME\s+(?:\p{Ll}+\s+)?(?i:interviewte\w*|befragte\w*|ermittelte\w*|erhob\w*|führte\w*)",
        ),
        // The agent before the participle of the poll, German word order: "in einer von der
        // Bertelsmann-Stiftung veröffentlichten Befragung", "die vom Institut X durchgeführte
        // Umfrage".
        (
            "de",
            r"(?i:von|vom)\s+(?:(?i:der|dem|den)\s+)?NAME\s+(?:(?i:im auftrag)\s+(?i:der|des|von|vom)\s+[^,.;:!?]{2,60}?\s+)?(?:\p{Ll}[\p{L}\-]*\s+){0,2}?(?i:veröffentlicht|durchgeführt|erstellt|erhoben|realisiert|vorgelegt|vorgestellt)\w*\s+(?:\p{L}+\s+)?(?i:umfrage|befragung|erhebung|studie|untersuchung)",
        ),
        // The firm whose head speaks for the poll, before the person: "por el titular de
        // Opción, Rafael Porzecanski, quien indicó…", "the head of Prairie Insight, Jane Roe,
        // said…".
        (
            "en",
            r"\b(?i:titular|director|directora|presidente|presidenta|jefe|jefa|head|chief executive|ceo|founder|fundador|fundadora|directeur|directrice|président|présidente|leiter|leiterin|geschäftsführer|geschäftsführerin|direttore|direttrice|diretor|diretora)\s+(?i:de|del|of|du|des|der|di|della|dell['’]|do|da|von|vom)\s+(?:(?i:the|la|le|el|o|a|il|lo|l['’])\s*)?(?:(?i:instituto|institut|institute|istituto|consultora|encuestadora|empresa|firm|company|agency|pollster)\s+)?NAME\s*,\s*\p{Lu}",
        ),
        // The agent after the participle that follows a poll noun: "sondaggio della RSI,
        // elaborato da Assolo Sagl", "le sondage réalisé à Dakar et Thiès par StatInfo", "conducted for the
        // paper by Redfield".
        (
            "en",
            r"(?i:poll|survey|sondage|enquête|étude|umfrage|erhebung|befragung|encuesta|sondeo|estudio|pesquisa|levantamento|sondage[mn]|sondaggi|rilevazion|indagin|inquérit|enquete|barom[eèé]tr|barômetr|опрос|исследовани|опитуванн|дослідженн)\w*[^.;:!?%]*?(?i:conducted|carried out|fielded|released|published|unveiled|collected|gathered|compiled|elaborat[oaie]|realizzat[oaie]|condott[oaie]|eseguit[oaie]|pubblicat[oaie]|réalisée?s?|menée?s?|effectuée?s?|publiée?s?|dévoilée?s?|realizad[ao]s?|elaborad[ao]s?|efectuad[ao]s?|publicad[ao]s?|divulgad[ao]s?|difundid[ao]s?|feit[ao]s?|conduzid[ao]s?|durchgeführt|erstellt|veröffentlicht|presented|présentée?s?|presentad[ao]s?|apresentad[ao]s?|presentat[oaie]|vorgestellt|fatt[oaie]|svolt[oaie]|effettuat[oaie]|curat[oaie]|hech[ao]s?|dad[ao] a conocer|done|made)\s+(?:[^.;:!?%]{0,80}?\s)??(?i:by|par|por|pel[oa]|da|dal|dalla|dall['’]|von|vom|durch)\s+(?:(?i:l['’])|(?i:the|la|le|el|o|a|il|der|die|das|dem|den)\s+)?(?:(?i:institut|instituto|istituto|institute|firm|company|società|empresa|consultora|consultoria|agence|agencia|agência|agenzia|cabinet|sondeur|encuestadora|gruppo|group|grupo|gruppe|aliança|alianza|alliance|alleanza|consórcio|consorcio|consortium|consorzio)\s+(?:[\p{Ll}'’\-]+\s+){0,5}?|(?i:programma|programme|program|programa|sito|site|portale|portal|canale|channel|chaîne|canal)\s+(?:\p{Ll}[\p{L}\-]*\s+)?)?NAME",
        ),
        // The pollster in a relative clause after the poll: "il sondaggio di opinione che
        // Eumetra ha condotto in città", "l'enquête qu'Elabe a réalisée", "la encuesta que
        // Cadem realizó", "a pesquisa que a Quaest fez".
        (
            "en",
            r"(?i:poll|survey|sondage|enquête|étude|encuesta|sondeo|estudio|pesquisa|levantamento|sondage[mn]|sondaggi|rilevazion|indagin|inquérit)\w*(?:\s+[\p{Ll}’']+){0,3}?\s+(?i:che|que|qu['’]|that|which)\s*(?:(?i:l['’]|la |le |el |il |lo |o |a |the )\s*)?NAME\s+(?:(?i:ha|a|has|had|have|avait|había|ha|havia|aveva)\s+)?(?i:condott[oa]|realizzat[oa]|effettuat[oa]|svolt[oa]|elaborat[oa]|réalisée?|menée?|effectuée?|realizó|elaboró|hizo|efectuó|realizad[ao]|realizou|fez|conduziu|conducted|carried out|ran|did|fielded)\b",
        ),
        // The same with the verb first: "la encuesta … que ejecutó la Agencia de investigación
        // y marketing INTEGRAL", "a pesquisa que realizou o Instituto X".
        (
            "en",
            r"(?i:encuesta|sondeo|estudio|pesquisa|levantamento|sondagem|sondaggio|rilevazione|indagine|sondage|enquête|étude)s?\b[^.;:!?]{0,120}?\s(?i:que|che|qu['’])\s+(?i:ejecutó|realizó|elaboró|hizo|efectuó|llevó a cabo|realizou|fez|conduziu|ha realizzato|ha condotto|ha effettuato|ha svolto|a réalisée?|a menée?|réalisa|mena)\s+(?:(?i:la|el|o|a|il|l['’]|le)\s*)?(?:(?i:agencia|agência|agenzia|agence|empresa|firma|consultora|encuestadora|instituto|institut|istituto|società|société|cabinet)\s+(?:[\p{Ll}'’\-]+\s+){0,5}?)?NAME",
        ),
        // A poll commissioned from its pollster: "ha commissionato un sondaggio ad IPR",
        // "commissioned a poll from Redfield", "encargó una encuesta a GAD3".
        (
            "en",
            r"(?i:commissionat[oaie]|affidat[oaie]|commissioned|encarg[óa]|encargad[ao]|encomendou|encomendad[ao]|a commandé|commandée?|beauftragte)\s+(?:(?i:un|una|uno|a|an|the|il|lo|la|le|el|uma|o|eine|einen|die)\s+)?(?:(?i:new|nuevo|nueva|nouveau|nouvelle|nuovo|nova|novo|neue)\s+)?(?i:sondaggio|poll|survey|encuesta|sondeo|pesquisa|sondagem|sondage|enquête|umfrage|indagine)\s+(?i:ad|a|à|al|ao|from|to|bei)\s+(?:(?i:l['’]|the |la |il |el |o |der |dem )\s*)?NAME",
        ),
        // Commissioned by one from another: "una encuesta encargada por AS a Ikerfel",
        // "sondagem encomendada pela SIC à Aximage", "commissionato da Rai a Ipsos".
        (
            "en",
            r"(?i:encargad[ao]|encomendad[ao]|commissionat[oa]|commandée?)\s+(?i:por|pel[oa]|da|dalla|dal|par)\s+[^,.;:()]{1,40}?\s+(?i:a|al|à|ao|ad|auprès d['’]|auprès de)\s*(?:(?i:la|el|o|a|l['’]|il)\s*)?NAME",
        ),
        // A poll's brand after a determiner or an ordinal: "the first Marquette Law School Poll".
        (
            "en",
            r"\b(?i:the|a|an|first|latest|new|last|this|each|every|second|third)\s+NAME\s+(?:Poll|Survey)\b",
        ),
        // A poll's brand names its maker: "Afrobaromètre précise…", "the latest Newspoll",
        // "Latinobarómetro", "Eurobarometer".
        (
            "en",
            r"(?:^|[\s(«“'])(?P<name>\p{Lu}[\p{L}\-]*(?i:barometer|baromètre|barómetro|barômetro|barometro|poll))\b",
        ),
        // The pollster as the subject of a verb that releases or runs a poll named after it:
        // "O Instituto RealTime Big Data divulgou nesta terça-feira o seu levantamento",
        // "Elabe a publié mardi une enquête", "Левада-центр опубликовал результаты опроса".
        (
            "en",
            r"(?:^|[\s(])(?i:l['’]|il |lo |la |el |o |a |the |der |die |das )?NAME(?:\s*,\s*\p{Lu}[\p{Lu}\d&]{1,7}\s*,|\s*\(\p{Lu}[\p{Lu}\d&]{1,7}\))?\s+(?:(?:has|have|had|a|ont|ha|hanno|hat|haben)\s+)?(?:(?:also|just|now|aussi|également|también|também|anche|auch|ещё|также|також|вчера|сегодня|вчора|сьогодні)\s+)?(?:released|published|unveiled|conducted|carried out|divulgou|divulga|publicou|publica|apresentou|realizou|publié|publie|réalisé|réalise|mené|dévoilé|publicó|divulgó|dio a conocer|realizó|presentó|difundió|veröffentlichte|veröffentlicht|pubblicato|pubblica|diffuso|diffonde|realizzato|condotto|presentato|опубликовал\w*|провел\w*|провёл|представил\w*|обнародовал\w*|оприлюднил\w*|оприлюднив|оприлюднила|оприлюднили|провів|провела|провели|опублікував\w*|опублікувала)[\s,][^.;:!?]*?(?i:poll|survey|research|tracker|sondage|enquête|baromètre|étude|umfrage|erhebung|befragung|studie|encuesta|sondeo|barómetro|estudio|pesquisa|sondagem|levantamento|inquérito|enquete|sondaggio|rilevazione|indagine|опрос|исследовани|замер|опитуванн|дослідженн)",
        ),
        // A platform that ran a vote, its quoted name right after it: "на портале «Активный
        // гражданин»", "у застосунку «Дія»", "в Telegram-канале «Сводки Севера»".
        (
            "ru",
            r#"(?i:портал\w*|приложени[еяию]\w*|застосунк\w*|застосунок|додат(?:ок|ку)|(?:telegram|телеграм)-канал\w*|сервис\w*|сервіс\w*|платформ\w*)\s+(?P<name>«[^»]{2,60}»|„[^“”]{2,60}[“”]|"[^"]{2,60}")"#,
        ),
        // An app or platform and its name: "l'application de rencontres Kiffly", "aplicativo de
        // transporte RotaJá".
        (
            "en",
            r"(?i:application|appli|aplicativo|aplicación|applicazione|plateforme|plataforma|piattaforma|platform|app)\s+(?:(?:de|da|do|des|di|del|della|per|for)\s+\p{Ll}[\p{L}\-]*\s+)?NAME",
        ),
        // The firm named after its description: "el trabajo de su firma, Garrido y Asociados, que…".
        (
            "en",
            r"(?i:firm|company|consultancy|institute|agency|firma|empresa|consultora|encuestadora|instituto|institut|cabinet|società|istituto|agenzia|agência|consultoria),\s+NAME,",
        ),
        // A research body as the subject of a reporting verb: "The Institute for Social Attitudes
        // and Trends (ISAT) says…", "L'Osservatorio Nazionale sulle Tendenze Civiche sostiene…".
        (
            "en",
            r"(?:^|[\s(])(?i:the |l['’]|le |la |el |il |lo |o |a |der |die |das )?(?P<name>(?:Institute|Institut|Instituto|Istituto|Center|Centre|Centro|Zentrum|Observatory|Observatoire|Observatorio|Observatório|Osservatorio|Foundation|Fondation|Fundación|Fundação|Fondazione|Stiftung)(?:\s+[^\s,.;:()«»\d]+){2,8}?)(?:\s+\([^)]{2,12}\))?,?\s+(?:says|said|reports|reported|found|finds|estimates|affirme|assure|indique|révèle|estime|asegura|afirma|señala|revela|sostiene|afferma|rileva|indica|berichtet|ermittelte|meldet|утверждает|сообщает|заявляет|стверджує|повідомляє)\b",
        ),
        // The attribution in parentheses: "(Sondaxis, 1.200 entrevistas, del 3 al 7 de marzo)",
        // "(Ipsos pour Le Monde, 1 000 personnes)".
        (
            "en",
            r"\(\s*NAME(?:\s+(?:for|pour|für|para|per|для)\s+[^,;)]{2,40})?\s*[,;:]\s*(?:n\s?=\s?)?\d",
        ),
        // An organisation noun, its description, then its quoted name: "компании «Вектор-Опрос»",
        // "Агенція соціальних досліджень «Індекс думки»", "Центру соціального та
        // маркетингового дослідження «СОЦИС»".
        (
            "ru",
            r#"(?i:компани(?:я|и|ю|ей|ею|е)|компані(?:я|ї|ю|єю|і)|агентств(?:о|а|у|е|ом)|агенці(?:я|ї|ю|єю|і)|центр(?:а|у|ом|е|і)?|фонд(?:а|у|ом|е|і)?|институт(?:а|у|ом|е)?|інститут(?:у|ом|і)?|служб(?:а|ы|у|е|і|ой|ою)|лаборатори(?:я|и|ю|ей|ею)|лабораторі(?:я|ї|ю|єю)|организаци(?:я|и|ю|ей|ею)|організаці(?:я|ї|ю|єю|і)|групп(?:а|ы|у|е|ой|ою)|груп(?:а|и|у|і|о|ою)|холдинг(?:а|у|ом|е|і)?|фирм(?:а|ы|у|е|ой|ою)|фірм(?:а|и|у|і|ою))\s+(?:\p{Ll}[\p{L}\-]*\s+){0,4}(?P<name>«[^»]{2,60}»|„[^“”]{2,60}[“”]|"[^"]{2,60}")"#,
        ),
    ];
    let desc = format!(r"(?:{ADJECTIVE}\s+)?");
    // What an organisation is, in lower case, between its kind and its name: "du groupe de
    // crédit à la consommation Cetelem", "por la bolsa de trabajo en línea OCC México".
    let odesc = r"(?:[\p{Ll}'’\-]+\s+){0,5}?";
    p.iter()
        .map(|(l, s)| {
            let s = s
                .replace("SOURCEHEAD", crate::cues::SOURCE_LINE_HEAD)
                .replace("ODESC", odesc)
                .replace("DESC", &desc)
                .replace("NAME", NAME);
            (*l, re(&s))
        })
        .collect()
});

/// "according to X", "selon X", "laut X", "según X", "segundo X", "secondo X": a source that
/// counts as the pollster only when it is in the registry or looks like an organisation.
static SOURCE_PATTERNS: LazyLock<Re> = LazyLock::new(|| {
    re(&r"(?i:according to|says|said|selon|згідно з даними|згідно з|d['’]après|pour|laut|zufolge|nach Angaben (?:von|des|der)|según|de acuerdo con|segundo|conforme|de acordo com|secondo|по данным|по оценке|за даними|как показал|как сообщает)\s+(?:(?:l['’]|le |la |the |das |die |der |el |o |a |(?i:l['’]istituto |l['’]institut |institut |instituto |istituto ))\s*)?NAME".replace("NAME", NAME))
});

/// Data credited to a name: "de acordo com os dados da Marktest", "i dati di Keix", "data from
/// Civiqs", "die Daten von Civey", "по данным компании X" is in [`SOURCE_PATTERNS`].
static DATA_SOURCE: LazyLock<Re> = LazyLock::new(|| {
    re(&r"(?i:\b(?:data|figures) (?:from|of|by|compiled by|collected by)|\bdaten (?:von|des|der|vom)|\bdonnées (?:de|d['’]|du|recueillies par|collectées par)|\bdatos (?:de|del|recogidos por|recopilados por)|\bdados (?:d[oa]s?|recolhidos pel[oa]|coletados pel[oa])|\bdati (?:di|del|dell['’]|della|raccolti da|rilevati da|elaborati da))\s+(?:(?:l['’]|le |la |the |das |die |der |el |o |a |il |lo )\s*)?NAME".replace("NAME", NAME))
});

/// Who paid: "for the Times", "pour Paris-Match", "im Auftrag von", "para El País", "по заказу".
static SPONSOR_STRONG: LazyLock<Re> = LazyLock::new(|| {
    re(&r"(?i:commissioned by|on behalf of|sponsored by|paid for by|at the request of|commandée? par|à la demande de|pour le compte de|im Auftrag (?:von|der|des|vom)|in Auftrag gegeben von|encargad[ao] por|por encargo de|a petición de|по заказу|на замовлення|encomendad[ao] (?:pel[oa]|por)|(?:sob|por) encomenda d[aoe]|contratad[ao] (?:pel[oa]|por)|a pedido d[aoe]|commissionat[oa] da|su commissione di|per conto di)\s+(?:(?:the|le|la|les|l['’]|der|die|des|dem|den|el|los|o|a|il|lo)\s+)?(?i:(?:newspaper|broadcaster|channel|magazine|journal|quotidien|hebdomadaire|chaîne|Zeitung|Magazins?|Senders?|diario|periódico|cadena|jornal|revista|emissora|газеты|телеканала|издания|quotidiano|settimanale|partido|party|parti|Partei)\s+)?NAME".replace("NAME", NAME))
});
/// The commissioner before the participle, German word order: "in einer vom NDR in Auftrag
/// gegebenen Umfrage", "die von der Stiftung beauftragte Studie".
static SPONSOR_BEFORE_PARTICIPLE: LazyLock<Re> = LazyLock::new(|| {
    re(&r"(?i:von|vom)\s+(?:(?i:der|dem|den)\s+)?NAME\s+(?i:in auftrag gegeben|beauftragt)\w*\s+(?:\p{L}+\s+){0,2}?(?i:umfrage|befragung|erhebung|studie|untersuchung)".replace("NAME", NAME))
});
/// "for X" only right after a poll word or a pollster name (checked by the caller).
static SPONSOR_FOR: LazyLock<Re> = LazyLock::new(|| {
    re(&r"^\s*(?:,\s*)?(?i:(?:conducted|carried out|réalisée?|realizad[ao]|realizzat[oa]|durchgeführt|проведенн\w*|exclusivement|exclusive(?:ly)?|exclusif)\s+)?(?i:for|pour|für|para|per|для)\s+(?:(?:the|le|la|les|die|den|das|el|o|a|il|lo)\s+|l['’]\s*|la)?(?i:(?:newspaper|broadcaster|channel|magazine|journal|quotidien|hebdomadaire|chaîne|Zeitung|Magazin|Sender|diario|periódico|cadena|jornal|revista|emissora|газеты|телеканала|издания|quotidiano|settimanale)\s+)?NAME".replace("NAME", NAME))
});
/// "the Gleaner-commissioned Bill Johnson poll", "a Times-sponsored survey": the commissioner
/// as a compound adjective.
static SPONSOR_COMPOUND: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?:\b(?:The|A|An)\s+)?(?P<name>\p{Lu}[\p{L}\p{N}&.]*(?:\s\p{Lu}[\p{L}\p{N}&.]*){0,3})-(?i:commissioned|sponsored|funded)\b",
    )
});
/// German broadcaster products: "ZDF-Politbarometer", "ARD-Deutschlandtrend", "RTL/ntv-Trendbarometer".
static SPONSOR_PRODUCT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"\b(?P<name>ARD|ZDF|RTL/ntv|RTL|Bild|Spiegel)[- ](?i:DeutschlandTrend|Politbarometer|Trendbarometer|Meinungstrend)",
    )
});

/// Months in every supported language, lower-case, to month number.
static MONTHS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let lists: [&[&str]; 12] = [
        &[
            "january",
            "jan",
            "janvier",
            "januar",
            "jänner",
            "enero",
            "января",
            "январь",
            "січня",
            "janeiro",
            "gennaio",
        ],
        &[
            "february",
            "feb",
            "février",
            "fevrier",
            "februar",
            "febrero",
            "февраля",
            "февраль",
            "лютого",
            "fevereiro",
            "febbraio",
        ],
        &[
            "march",
            "mar",
            "mars",
            "märz",
            "maerz",
            "marzo",
            "марта",
            "март",
            "березня",
            "março",
            "marco",
        ],
        &[
            "april",
            "apr",
            "avril",
            "abril",
            "апреля",
            "апрель",
            "квітня",
            "aprile",
        ],
        &[
            "may",
            "mai",
            "mayo",
            "мая",
            "май",
            "травня",
            "maio",
            "maggio",
        ],
        &[
            "june",
            "jun",
            "juin",
            "juni",
            "junio",
            "июня",
            "июнь",
            "червня",
            "junho",
            "giugno",
        ],
        &[
            "july",
            "jul",
            "juillet",
            "juli",
            "julio",
            "июля",
            "июль",
            "липня",
            "julho",
            "luglio",
        ],
        &[
            "august",
            "aug",
            "août",
            "aout",
            "agosto",
            "августа",
            "август",
            "серпня",
        ],
        &[
            "september",
            "sep",
            "sept",
            "septembre",
            "septiembre",
            "setiembre",
            "сентября",
            "сентябрь",
            "вересня",
            "setembro",
            "settembre",
        ],
        &[
            "october",
            "oct",
            "octobre",
            "oktober",
            "octubre",
            "октября",
            "октябрь",
            "жовтня",
            "outubro",
            "ottobre",
        ],
        &[
            "november",
            "nov",
            "novembre",
            "noviembre",
            "ноября",
            "ноябрь",
            "листопада",
            "novembro",
        ],
        &[
            "december",
            "dec",
            "décembre",
            "decembre",
            "dezember",
            "diciembre",
            "декабря",
            "декабрь",
            "грудня",
            "dezembro",
            "dicembre",
        ],
    ];
    let mut m = HashMap::new();
    for (i, l) in lists.iter().enumerate() {
        for w in l.iter() {
            m.insert(*w, i as u32 + 1);
        }
    }
    m
});

fn month_alt() -> String {
    let mut words: Vec<&str> = MONTHS.keys().copied().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.join("|")
}

const DAY: &str = r"(\d{1,2})(?:er|\.|st|nd|rd|th|º|°)?";
const SEP: &str = r"\s*(?:-|–|—|/|to|and|through|au|et|bis|und|all['’]|al|y|a|e|по|и|до|à)\s*(?:el\s+|le\s+|the\s+|il\s+|o\s+|dia\s+|zum\s+)?";
const YEAR: &str = r"(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?";

/// Day–day month: "3-5 May 2024", "du 3 au 5 mai", "vom 3. bis 5. Mai", "del 3 al 5 de mayo".
static DATE_DDM: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{DAY}{SEP}{DAY}\s+(?:de\s+)?({m})\b{YEAR}",
        m = month_alt()
    ))
});
/// Day month – day month: "30 April to 2 May", "du 30 avril au 2 mai".
static DATE_DMDM: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{DAY}\s+(?:de\s+)?({m})\b{YEAR}{SEP}{DAY}\s+(?:de\s+)?({m})\b{YEAR}",
        m = month_alt()
    ))
});
/// Month day – (month) day: "May 3-5, 2024", "April 30 to May 2".
static DATE_MDD: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?{SEP}(?:({m})\.?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b{YEAR}",
        m = month_alt()
    ))
});
/// A single day: "3 May 2024", "le 3 mai", "am 3. Mai", "el 3 de mayo", "May 3, 2024".
static DATE_DM: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{DAY}\s+(?:de\s+)?({m})\b{YEAR}",
        m = month_alt()
    ))
});
static DATE_MD: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{YEAR}",
        m = month_alt()
    ))
});
static DATE_NUM: LazyLock<Re> =
    LazyLock::new(|| re(r"\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b"));
/// Words that make a date a fieldwork date rather than a publication or election date.
static FIELDWORK_CUE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:conducted|carried out|fieldwork|fielded|interviewed|polled|surveyed|questioned|took place|between|réalisée?s?|effectuée?s?|menée?s?|interrogée?s?|terrain|durchgeführt|befragt|erhoben|zwischen|realizad[ao]s?|efectuad[ao]s?|entre|llevad[ao] a cabo|проведен\w*|проводил\w*|прош[её]л|проходил\w*|опрошен\w*|feit[ao]s?|ouvid[ao]s?|entrevistad[ao]s?|realizzat[oa]|condott[oa]|effettuat[oa]|tra il|fra il|dal|vom|du|del|from|с|з)\b",
    )
});

/// Number words used in changes.
fn small_number(s: &str) -> Option<f64> {
    let n = match fold(s).as_str() {
        "one" | "un" | "eins" | "uno" | "um" => 1.0,
        "two" | "deux" | "zwei" | "dos" | "dois" | "due" => 2.0,
        "three" | "trois" | "drei" | "tres" | "tres " | "tre" => 3.0,
        "four" | "quatre" | "vier" | "cuatro" | "quatro" | "quattro" => 4.0,
        "five" | "cinq" | "funf" | "cinco" | "cinque" => 5.0,
        "six" | "sechs" | "seis" | "sei" => 6.0,
        "seven" | "sept" | "sieben" | "siete" | "sete" | "sette" => 7.0,
        "eight" | "huit" | "acht" | "ocho" | "oito" | "otto" => 8.0,
        "nine" | "neuf" | "neun" | "nueve" | "nove" => 9.0,
        "ten" | "dix" | "zehn" | "diez" | "dez" | "dieci" | "десяти" => 10.0,
        "трех" => 3.0,
        "двух" => 2.0,
        other => return other.replace(',', ".").parse().ok(),
    };
    Some(n)
}

/// Parses "28,5" or "28.5".
pub fn decimal(s: &str) -> Option<f64> {
    s.replace(',', ".").parse().ok()
}

/// A figure found in a sentence, offsets relative to it.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFigure {
    /// Where the number starts.
    pub start: usize,
    /// Where the figure (with its change, if any) ends.
    pub end: usize,
    /// Percent.
    pub value: f64,
    /// Change in points.
    pub change: Option<f64>,
}

/// Percentages and ratios in `s` that read as results (not margins or confidence levels).
pub fn figures(s: &str) -> Vec<RawFigure> {
    let mut out: Vec<RawFigure> = Vec::new();
    for m in PERCENT.captures_iter(s) {
        let whole = m.get(0).expect("match");
        let num = m.name("num").expect("group");
        let before = &s[..num.start()];
        // "(+2%)" or "(-0.5 %)" is a change, attached to the previous figure.
        let tail = before.trim_end();
        if tail
            .strip_suffix(['+', '-', '−', '–'])
            .is_some_and(|t| t.trim_end().ends_with('('))
        {
            continue;
        }
        if tail.ends_with(['+', '±']) {
            continue;
        }
        if NOT_A_RESULT_BEFORE.is_match(before) {
            continue;
        }
        let Some(value) = decimal(num.as_str()) else {
            continue;
        };
        if value > 100.0 {
            continue;
        }
        out.push(RawFigure {
            start: num.start(),
            end: whole.end(),
            value,
            change: None,
        });
    }
    // "84 и 79% соответственно", "52 and 48 per cent": a pair shares the sign of its second.
    let mut paired = Vec::new();
    for f in &out {
        // The pair is short: only the few bytes before the figure are searched.
        let mut from = f.start.saturating_sub(32);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        if let Some(c) = PAIRED_BEFORE.captures(&s[from..f.start]) {
            let a = c.name("a").expect("group");
            if let Some(value) = decimal(a.as_str()).filter(|v| *v <= 100.0) {
                paired.push(RawFigure {
                    start: from + a.start(),
                    end: from + a.end(),
                    value,
                    change: None,
                });
            }
        }
    }
    if !paired.is_empty() {
        out.extend(paired);
        out.sort_by_key(|f| f.start);
    }
    // Figures that overlap one already read are the same figure.
    let overlaps = |out: &[RawFigure], m: Match<'_>| {
        out.iter().any(|f| f.start < m.end() && m.start() < f.end)
    };
    for m in RATIO.captures_iter(s) {
        let whole = m.get(0).expect("match");
        if overlaps(&out, whole) {
            continue;
        }
        let (Some(a), Some(b)) = (small_number(&m["a"]), small_number(&m["b"])) else {
            continue;
        };
        // "un échantillon de 1 500 personnes" is not "one in one": a ratio compares a part
        // with a whole of at least two, and its denominator is not the start of a larger number.
        let rest = s[whole.end()..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if b < 2.0 || a > b || rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        out.push(RawFigure {
            start: whole.start(),
            end: whole.end(),
            value: (a / b * 1000.0).round() / 10.0,
            change: None,
        });
    }
    // "Jeder dritte Kölner", "каждый второй", "two thirds", "deux tiers": a share in words.
    for m in SHARE_WORDS.captures_iter(s) {
        let whole = m.get(0).expect("match");
        if overlaps(&out, whole) {
            continue;
        }
        if let Some(value) = share_word_value(&whole.as_str().to_lowercase()) {
            out.push(RawFigure {
                start: whole.start(),
                end: whole.end(),
                value,
                change: None,
            });
        }
    }
    // Poll tables and tickers give shares without a sign but with their change: "LAB 27 (-1)",
    // "scende a 41 (-3)", "Greens 8 (nc)".
    for m in SCORE_WITH_CHANGE.captures_iter(s) {
        let num = m.name("num").expect("group");
        if overlaps(&out, num)
            || s[..num.start()].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        {
            continue;
        }
        if let Some(value) = decimal(num.as_str()).filter(|v| *v <= 100.0) {
            out.push(RawFigure {
                start: num.start(),
                end: num.end(),
                value,
                change: None,
            });
        }
    }
    // Spelt-out percentages: English, then the other languages.
    let spelt: [(&Re, NumberWord); 2] = [
        (&WORD_PERCENT, english_number),
        (&WORD_PERCENT_INTL, intl_number),
    ];
    for (re, number) in spelt {
        for m in re.captures_iter(s) {
            let whole = m.get(0).expect("match");
            if overlaps(&out, whole) {
                continue;
            }
            if let Some(value) = number(&m["w"]) {
                out.push(RawFigure {
                    start: whole.start(),
                    end: whole.end(),
                    value,
                    change: None,
                });
            }
        }
    }
    out.sort_by_key(|f| f.start);
    // Changes: in the text between a figure and the next one.
    for i in 0..out.len() {
        let limit = out.get(i + 1).map_or(s.len(), |n| n.start);
        let after = &s[out[i].end..limit];
        let after = &after[..floor_boundary(after, 80)];
        if let Some(c) = CHANGE_PAREN.captures(after) {
            let v = c
                .name("num")
                .and_then(|n| decimal(n.as_str()))
                .unwrap_or(0.0);
            let v = match c.name("sign").map(|m| m.as_str()) {
                Some("-" | "−" | "–") => -v,
                Some("=") | None => 0.0,
                _ => v,
            };
            out[i].change = Some(v);
            out[i].end += c.get(0).expect("match").end();
        } else if let Some(c) = CHANGE_WORDS
            .captures(after)
            // "…die AfD auf 19 Prozent, die SPD verliert zwei Punkte auf 15": a new subject
            // before the verb moves the change to the figure that follows.
            .filter(|c| !new_subject_before(&after[..c.name("dir").expect("group").start()]))
        {
            if let Some(v) = small_number(&c["num"]) {
                let negative = is_negative_dir(&fold(&c["dir"]));
                out[i].change = Some(if negative { -v } else { v });
                out[i].end += c.get(0).expect("match").end();
            }
        }
    }
    // A change stated before its figure: "verliert zwei Punkte auf 15 Prozent", "drops two
    // points to 31%".
    for i in 0..out.len() {
        if out[i].change.is_some() {
            continue;
        }
        let floor = if i == 0 { 0 } else { out[i - 1].end };
        let before = &s[floor..out[i].start];
        let from = before.len() - floor_boundary_rev(before, 60);
        if let Some(c) = CHANGE_BEFORE.captures(&before[from..]) {
            if let Some(v) = small_number(&c["num"]) {
                out[i].change = Some(if is_negative_dir(&fold(&c["dir"])) {
                    -v
                } else {
                    v
                });
            }
        }
    }
    out
}

/// Is a change verb or word ("verliert", "en baisse", "снизился") a fall?
fn is_negative_dir(dir: &str) -> bool {
    const NEG: &[&str] = &[
        "down",
        "lower",
        "fell",
        "falls",
        "dropped",
        "drops",
        "lost",
        "loses",
        "falling",
        "en baisse",
        "en recul",
        "perd",
        "recule",
        "minus",
        "verliert",
        "sinkt",
        "verlor",
        "baja",
        "cae",
        "pierde",
        "retrocede",
        "caiu",
        "cai",
        "perde",
        "recua",
        "cala",
        "in calo",
        "минус",
    ];
    NEG.contains(&dir)
        || dir.starts_with("снизил")
        || dir.starts_with("потерял")
        || dir.starts_with("упал")
}

/// A capitalised word (a new subject) in the text between a figure and a change verb.
fn new_subject_before(gap: &str) -> bool {
    gap.split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// How many bytes at the end of `s`, at most `max`, start on a character boundary.
fn floor_boundary_rev(s: &str, max: usize) -> usize {
    let mut n = s.len().min(max);
    while !s.is_char_boundary(s.len() - n) {
        n -= 1;
    }
    n
}

/// The largest char boundary of `s` at or before `max`.
pub(crate) fn floor_boundary(s: &str, max: usize) -> usize {
    let mut e = s.len().min(max);
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    e
}

/// Words that are capitalised but never a subject or a name.
const NOT_SUBJECT: &[&str] = &[
    // Openers of a sentence ("Dessa forma, 58% dos russos…").
    "dessa",
    "desta",
    "assim",
    // German capitalises every noun: units of a change are not what is measured.
    "punkt",
    "punkte",
    "punkten",
    "prozentpunkt",
    "prozentpunkte",
    "prozentpunkten",
    "prozent",
    "the",
    "a",
    "an",
    // Indefinite articles opening the sentence ("Une enquête de l'Ifop montre que 40 %…").
    "une",
    "un",
    "ein",
    "eine",
    "una",
    "uno",
    "um",
    "uma",
    "according",
    "in",
    "on",
    "at",
    "for",
    "with",
    "and",
    "but",
    "among",
    "of",
    "le",
    "la",
    "les",
    "l",
    "selon",
    "dans",
    "en",
    "pour",
    "et",
    "avec",
    "parmi",
    "der",
    "die",
    "das",
    "laut",
    "nach",
    "im",
    "mit",
    "und",
    "bei",
    "unter",
    "el",
    "los",
    "las",
    "según",
    "con",
    "y",
    "entre",
    "по",
    "согласно",
    "в",
    "на",
    "за",
    "и",
    "среди",
    "segundo",
    "na",
    "no",
    "em",
    "de",
    "com",
    "e",
    "o",
    "os",
    "as",
    "il",
    "secondo",
    "nel",
    "per",
    "tra",
    "se",
    "it",
    "they",
    "its",
    "only",
    "just",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "more",
    "less",
    "poll",
    "survey",
    "study",
    "enquête",
    "étude",
    "studie",
    "estudio",
    "estudo",
    "studio",
    "sondeo",
    "sondagem",
    "исследование",
    "опитування",
    "sondage",
    "umfrage",
    "encuesta",
    "опрос",
    "pesquisa",
    "sondaggio",
    "prozent",
    "prozentpunkte",
    "punkte",
    "befragten",
    "befragte",
    "wahler",
    "wahlberechtigten",
    "deutschen",
    "burger",
    "mehrheit",
    "halfte",
    "sonntagsfrage",
    "institut",
    "umfragen",
    "this",
    "that",
    "these",
    "those",
    "ce",
    "cette",
    "dieser",
    "diese",
    "este",
    "esta",
    "этот",
    "estes",
    "questo",
    "questa",
    "ещё",
    "еще",
    "уже",
    "лишь",
    "всего",
    "около",
    "почти",
    "более",
    "менее",
    "mais",
    "menos",
    "plus",
    "moins",
    "mehr",
    "weniger",
    "más",
    "più",
    "meno",
    // Source introductions at the head of a sentence ("D'après un sondage…", "Згідно з…").
    "d'après",
    "d’après",
    "zufolge",
    "conforme",
    "згідно",
    "згідно з",
    "за даними",
    "по данным",
    "как",
    "як",
    // Sentence openers: conjunctions, adverbs and pronouns are not what is measured ("Пока
    // вариант с увольнением лидирует, 60% считают…", "Кроме того…").
    "пока",
    "кроме",
    "однако",
    "также",
    "при",
    "поки",
    "крім",
    "однак",
    "також",
    "i",
    "we",
    "you",
    "he",
    "she",
    "then",
    "yet",
    "still",
    "so",
    "also",
    "however",
    "meanwhile",
    "while",
    "mais",
    "pourtant",
    "cependant",
    "aber",
    "doch",
    "jedoch",
    "pero",
    "sin embargo",
    "porém",
    "però",
    "tuttavia",
    "intanto",
];

/// [`NOT_SUBJECT`] folded as names are (`normalize::fold` drops diacritics and apostrophes).
static NOT_SUBJECT_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| NOT_SUBJECT.iter().map(|w| fold(w)).collect());

/// Could `sent` name an organisation for [`pollster_names`]? A cheap test before the name
/// patterns: a capitalised word other than the first (unless the next one is capitalised
/// too) that is not a weekday, a month or another word [`NOT_A_NAME`] lists, a word with a
/// capital after its first letter ("iData"), quotation marks, or a web address. It may say
/// yes where the patterns find nothing, never the reverse for a name of two words or more,
/// a quoted one or one inside the sentence.
pub fn could_name(sent: &str) -> bool {
    if sent.is_ascii() {
        // Most sentences, in one pass over the bytes: no quotation mark, no capital but the
        // first word's first letter (the next word then is not capitalised either), no dot
        // inside a word. No test below says yes to such a sentence.
        let b = sent.as_bytes();
        if b.contains(&b'"') {
            return true;
        }
        let first_letter = b.iter().position(u8::is_ascii_alphanumeric);
        let plain = b.iter().enumerate().all(|(i, &c)| {
            if c.is_ascii_uppercase() {
                return Some(i) == first_letter;
            }
            c != b'.'
                || i == 0
                || i + 1 == b.len()
                || !(b[i - 1].is_ascii_alphanumeric() && b[i + 1].is_ascii_alphanumeric())
        });
        if plain {
            return false;
        }
    } else if sent.contains(['«', '„', '“', '"', '‘']) {
        return true;
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut words = sent.split_whitespace().peekable();
    let mut first = true;
    while let Some(raw) = words.next() {
        let at_start = std::mem::replace(&mut first, false);
        // Most words: lower-case ASCII letters, digits, punctuation other than a dot. None of
        // the tests below can say yes to them.
        if raw.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || (b.is_ascii_punctuation() && b != b'.')
        }) {
            continue;
        }
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if w.contains('.')
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || matches!(c, '.' | '-' | '0'..='9'))
        {
            return true;
        }
        if w.chars().skip(1).any(char::is_uppercase) {
            return true;
        }
        if !capital(w) {
            continue;
        }
        let could = if at_start {
            words
                .peek()
                .is_some_and(|n| capital(n.trim_start_matches(|c: char| !c.is_alphanumeric())))
        } else {
            !NOT_A_NAME_KEYS.contains(&fold(w))
        };
        if could {
            return true;
        }
    }
    false
}

/// [`NOT_A_NAME`] through [`fold`], as the words it is compared with are ("según" is "segun").
static NOT_A_NAME_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| NOT_A_NAME.iter().map(|w| fold(w)).collect());

/// Countries, as written in news in these languages: a name that is only a country is no
/// pollster ("El presidente de Nicaragua, Daniel Ortega, …" heads no polling firm). Compared
/// with whole names only: a country ending a name is part of it ("Vox Populi Brasil").
const COUNTRIES: &[&str] = &[
    "mexico",
    "argentina",
    "colombia",
    "chile",
    "peru",
    "venezuela",
    "bolivia",
    "ecuador",
    "paraguay",
    "uruguay",
    "cuba",
    "nicaragua",
    "honduras",
    "guatemala",
    "panama",
    "canada",
    "quebec",
    "brasil",
    "angola",
    "mocambique",
    "mozambique",
    "senegal",
    "maroc",
    "marruecos",
    "algerie",
    "tunisie",
    "cameroun",
    "kenya",
    "nigeria",
    "espana",
    "espagne",
    "spanien",
    "frankreich",
    "francia",
    "franca",
    "deutschland",
    "alemania",
    "allemagne",
    "alemanha",
    "germania",
    "italia",
    "italien",
    "italie",
    "russland",
    "rusia",
    "russie",
    "ucrania",
    "ucraina",
    "osterreich",
    "austria",
    "autriche",
    "schweiz",
    "suisse",
    "suiza",
    "svizzera",
    "belgique",
    "belgien",
    "belgica",
    "polska",
    "polen",
    "pologne",
    "polonia",
    "turkey",
    "turkiye",
    "turquie",
    "israel",
    "iran",
    "china",
    "chine",
    "japan",
    "india",
    "kazakhstan",
    "belarus",
    "moldova",
    "armenia",
    "россия",
    "украина",
    "україна",
    "беларусь",
    "казахстан",
    "молдова",
    "costa rica",
    "el salvador",
];

static COUNTRY_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| COUNTRIES.iter().map(|w| fold(w)).collect());

/// [`GENERIC_ORG`] through [`fold`] ("компанії" is "компаніі").
static GENERIC_ORG_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| GENERIC_ORG.iter().map(|w| fold(w)).collect());

static CAP_RUN: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?:\p{Lu}|\d\p{L})[\p{L}\p{N}'’.\-/&]*(?:\s+(?:(?:de|du|des|von|van|der|da|di|del|do|dos|la|le)\s+|(?:d|dell)['’])?\p{Lu}[\p{L}\p{N}'’.\-/&]*)*",
    )
});
static FOR_NAME: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s*(?i:for|pour|für|para|per|за|a favor de|in favour of|in favor of)\s+(?P<name>(?:\p{Lu}|\d)[\p{L}\p{N}'’.\-/&]*(?:\s+(?:(?:de|du|des|von|der|da|di|del|do|dos|la|le)\s+)?\p{Lu}[\p{L}\p{N}'’.\-/&]*){0,4})",
    )
});
static WORDS: LazyLock<Re> = LazyLock::new(|| re(r"[\p{L}\p{N}'’\-]+"));

/// Does `r` hold a letter outside round and square brackets ("(+2)", "[1]")?
fn has_letter_outside_brackets(r: &str) -> bool {
    let mut depth = 0i32;
    r.chars().any(|c| {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => return depth <= 0 && c.is_alphabetic(),
        }
        false
    })
}

/// Words of `s` holding a letter (runs of letters and digits with at least one letter).
pub(crate) fn letter_words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// The subject of figure `i`: the nearest capitalised name before it in its clause ("Labour
/// 40%", "la CDU/CSU kommt auf 30 Prozent"), a "for X" after it ("31 % pour Marine Le Pen"),
/// or the words around it ("58% support the reform").
pub fn subject(s: &str, figs: &[RawFigure], i: usize, exclude: &[&str]) -> String {
    let lo = if i == 0 { 0 } else { figs[i - 1].end };
    let full_left = &s[lo..figs[i].start];
    // A parenthesised figure ("devant Marine Le Pen (24 %)") belongs to the words before
    // its bracket, so the clause starts before that bracket.
    let head = full_left.trim_end();
    let head = head.strip_suffix('(').unwrap_or(full_left);
    let after_sep = |p: usize| p + head[p..].chars().next().map_or(1, char::len_utf8);
    let sep = head.rfind([';', ':', '—', '–', '(']);
    let clause_start = sep.map_or(0, after_sep);
    // "Labour: 31%", "Зеленський – 31,2% (+1)": a list line's label before its separator is
    // the subject, when nothing but a change follows the figure on its line ("Eine Umfrage
    // zeigt: 59 Prozent der Deutschen…" is a lead-in).
    let only_change_after = || {
        let hi = figs.get(i + 1).map_or(s.len(), |n| n.start);
        let r = &s[figs[i].end..hi];
        !has_letter_outside_brackets(&r[..r.find('\n').unwrap_or(r.len())])
    };
    let left = match sep {
        Some(p)
            if head[p..].starts_with([':', '—', '–'])
                && !head[clause_start..].chars().any(char::is_alphanumeric)
                && only_change_after() =>
        {
            let line = &head[..p];
            &line[line
                .rfind([';', ':', '—', '–', '(', '\n'])
                .map_or(0, after_sep)..]
        }
        _ => &head[clause_start..],
    };
    let usable = |name: &str| -> bool {
        let k = fold(name);
        !k.is_empty()
            && !NOT_SUBJECT_KEYS.contains(&k)
            && !crate::sources::is_media(name)
            && !MONTHS.contains_key(k.as_str())
            // "Online-Umfrage", "SRG-Trendumfrage": the poll, not what it measured.
            && (name.contains(' ') || !POLL_NOUN_ENDINGS.iter().any(|p| k.ends_with(p)))
            && !exclude.iter().any(|x| {
                let fx = fold(x);
                !fx.is_empty() && (fx.contains(&k) || k.contains(&fx))
            })
    };
    let mut best: Option<&str> = None;
    for m in CAP_RUN.find_iter(left) {
        let full = m.as_str();
        // "Trump's approval rating at 41%": a possessive owns what follows it.
        if full.ends_with("'s") || full.ends_with("’s") {
            // The lower-case words after it, up to the verb or preposition of the figure.
            let tail_end = WORDS
                .find_iter(&left[m.end()..])
                .take_while(|w| {
                    let w = w.as_str();
                    let f = fold(w);
                    w.chars().next().is_some_and(char::is_lowercase)
                        && !FIGURE_VERBS.contains(&f.as_str())
                        // Movement verbs: "…'s approval rating slipped to 38%".
                        && !f.ends_with("ed")
                        && !matches!(
                            f.as_str(),
                            "to" | "rose" | "fell" | "rises" | "falls" | "hit" | "hits" | "stood"
                        )
                })
                .take(4)
                .last()
                .map(|w| m.end() + w.end());
            if let Some(end) = tail_end.filter(|_| usable(full)) {
                best = Some(&left[m.start()..end]);
                continue;
            }
        }
        let mut name = full.trim_end_matches(['.', ',', '\'', '’']);
        // Drop a leading sentence-initial function word: "Le RN" keeps "RN".
        loop {
            let first = name.split_whitespace().next().unwrap_or("");
            if name.contains(' ') && NOT_SUBJECT_KEYS.contains(&fold(first)) {
                name = name[first.len()..].trim_start();
            } else {
                break;
            }
        }
        if usable(name) {
            best = Some(name);
        }
    }
    if let Some(b) = best {
        return b.to_owned();
    }
    let hi = figs.get(i + 1).map_or(s.len(), |n| n.start);
    let right = &s[figs[i].end..hi];
    if let Some(c) = FOR_NAME.captures(right) {
        return c["name"].trim_end_matches(['.', ',']).to_owned();
    }
    // The words after the figure, up to the end of the clause: "58% back the plan".
    let clause = right
        .split([',', ';', '.', '(', ')', '—'])
        .next()
        .unwrap_or("");
    let mut words: Vec<&str> = WORDS
        .find_iter(clause)
        .map(|m| m.as_str())
        .take(8)
        .collect();
    let right_words = words.join(" ");
    if words.len() >= 2 {
        // "33% de Bolsonaro", "61% of Britons back…": the partitive word is not the subject.
        // So is the article after it: "40% de los chilenos".
        const PARTITIVE: [&str; 20] = [
            "of", "de", "des", "du", "d", "der", "von", "del", "di", "da", "do", "dos", "das",
            "из", "the", "los", "las", "les", "os", "degli",
        ];
        while words.len() > 1 && PARTITIVE.contains(&fold(words[0]).as_str()) {
            words.remove(0);
        }
        return words.join(" ");
    }
    // The words before the figure, in its own clause, without the pollster or sponsor, and up
    // to the verb that introduces the figure: "…, the president leads with 61%" gives "the
    // president".
    let clause = left
        .rsplit([',', ';'])
        .find(|c| WORDS.is_match(c))
        .unwrap_or(left);
    let mut words: Vec<&str> = WORDS
        .find_iter(clause)
        .map(|m| m.as_str())
        .filter(|w| {
            let fw = fold(w);
            !exclude
                .iter()
                .any(|x| fold(x).split(' ').any(|p| !p.is_empty() && p == fw))
        })
        .collect();
    if let Some(cut) = words
        .iter()
        .skip(1)
        .position(|w| FIGURE_VERBS.contains(&fold(w).as_str()))
    {
        words.truncate(cut + 1);
    }
    let n = words.len();
    let before = words[n.saturating_sub(6)..].join(" ");
    // "…, with 55% disapproving": nothing but function words before the figure.
    if right_words.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && before.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && NOT_SUBJECT_KEYS.contains(&fold(w))
        })
    {
        return right_words;
    }
    before
}

/// A single word ending in one of these is a poll's noun ("Online-Umfrage", "Befragung").
const POLL_NOUN_ENDINGS: &[&str] = &[
    "umfrage",
    "erhebung",
    "befragung",
    "studie",
    "barometer",
    "sondage",
    "survey",
    "poll",
];

/// Verbs and prepositions that introduce a figure ("leads with", "stands at", "obtient",
/// "kommt auf"): a subject taken from the words before a figure stops at them.
const FIGURE_VERBS: &[&str] = &[
    "leads",
    "lead",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "gets",
    "get",
    "got",
    "stands",
    "stand",
    "sits",
    "polls",
    "polled",
    "scores",
    "scored",
    "holds",
    "receives",
    "wins",
    "with",
    "at",
    "on",
    "by",
    "obtient",
    "obtiennent",
    "recueille",
    "est",
    "sont",
    "a",
    "ont",
    "atteint",
    "avec",
    "kommt",
    "kommen",
    "liegt",
    "liegen",
    "erhalt",
    "erhalten",
    "erreicht",
    "bei",
    "auf",
    "mit",
    "obtiene",
    "obtienen",
    "obtendria",
    "tiene",
    "tienen",
    "esta",
    "estan",
    "alcanza",
    "con",
    "tem",
    "teria",
    "fica",
    "ficou",
    "aparece",
    "alcanca",
    "obtem",
    "ottiene",
    "ha",
    "hanno",
    "avrebbe",
    "sarebbe",
    "al",
    "con",
    "набирает",
    "набрал",
    "получает",
    "имеет",
    "у",
    "набирает",
    "отримує",
    "має",
    "набрав",
];

/// The sample size stated in `s`.
pub fn sample_size(s: &str) -> Option<u32> {
    let parse = |t: &str, strict_year: bool| -> Option<u32> {
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        let n: u32 = digits.parse().ok()?;
        let looks_like_year = digits.len() == 4 && (1900..=2100).contains(&n) && t.len() == 4;
        if !(30..=1_000_000).contains(&n) || (strict_year && looks_like_year) {
            return None;
        }
        Some(n)
    };
    for c in SAMPLE_BEFORE.captures_iter(s) {
        if let Some(n) = parse(&c["num"], false) {
            return Some(n);
        }
    }
    for c in SAMPLE_AFTER.captures_iter(s) {
        let m = c.name("num").expect("group");
        // Not a percentage of respondents: "55 % des personnes", "58 Prozent der Befragten".
        let rest = s[m.end()..].trim_start().to_lowercase();
        if rest.starts_with('%')
            || [
                "per cent",
                "percent",
                "pour cent",
                "prozent",
                "por ciento",
                "por cento",
                "per cento",
                "процент",
                "відсот",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            continue;
        }
        if let Some(n) = parse(m.as_str(), true) {
            return Some(n);
        }
    }
    None
}

/// The stated margin of error, in points.
pub fn margin_of_error(s: &str) -> Option<f64> {
    let c = match MOE
        .captures(s)
        .or_else(|| MOE_PLUSMINUS.captures(s))
        .or_else(|| MOE_POINT.captures(s))
    {
        Some(c) => c,
        None => {
            let w = MOE_WORDNUM.captures(s)?;
            return small_number_word(&w["word"]);
        }
    };
    let mut v = decimal(&c["num"])?;
    // "entre 1,1 et 2,5 points", "between 1.4 and 3.1 points": the margin depends on the share;
    // the largest one is what the sample supports.
    let num_end = c.name("num").expect("group").end();
    if let Some(r) = MOE_RANGE_END.captures(&s[num_end..]) {
        if let Some(hi) = decimal(&r["hi"]) {
            v = v.max(hi);
        }
    }
    (0.1..=20.0).contains(&v).then_some(v)
}

/// The interview mode stated in `s`.
pub fn method(s: &str) -> Option<Method> {
    let online = ONLINE.is_match(s);
    let phone = PHONE.is_match(s);
    let f2f = F2F.is_match(s);
    let ivr = IVR.is_match(s);
    match (online as u8) + (phone as u8) + (f2f as u8) + (ivr as u8) {
        0 => None,
        1 if online => Some(Method::Online),
        1 if phone => Some(Method::Telephone),
        1 if f2f => Some(Method::FaceToFace),
        1 => Some(Method::Ivr),
        _ => Some(Method::Mixed),
    }
}

/// Fieldwork dates in `s`. `year` fills in dates written without one; `reference` (the
/// publication day, else today) moves a yearless date that would fall after it to the year
/// before: fieldwork precedes publication.
pub fn fieldwork(
    s: &str,
    year: Option<i32>,
    reference: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let mk = |y: Option<&str>, m: u32, d: &str| -> Option<NaiveDate> {
        let d: u32 = d.parse().ok()?;
        // A four-digit number after a date is not always its year ("14. Oktober 1203 Personen").
        let explicit = y
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1900..=2100).contains(y));
        let y0 = explicit.or(year)?;
        let date = NaiveDate::from_ymd_opt(y0, m, d)?;
        if explicit.is_none() {
            if let Some(r) = reference {
                if date > r {
                    return NaiveDate::from_ymd_opt(y0 - 1, m, d);
                }
            }
        }
        Some(date)
    };
    let month = |w: &str| MONTHS.get(w.to_lowercase().as_str()).copied();
    if let Some(c) = DATE_DMDM.captures(s) {
        let y = c.get(6).or(c.get(3)).map(|m| m.as_str());
        let a = mk(c.get(3).map(|m| m.as_str()).or(y), month(&c[2])?, &c[1]);
        let b = mk(y, month(&c[5])?, &c[4]);
        if let (Some(a), Some(b)) = (a, b) {
            if a <= b {
                return Some((a, b));
            }
        }
    }
    if let Some(c) = DATE_DDM.captures(s) {
        let y = c.get(4).map(|m| m.as_str());
        let m = month(&c[3])?;
        if let (Some(a), Some(b)) = (mk(y, m, &c[1]), mk(y, m, &c[2])) {
            if a <= b {
                return Some((a, b));
            }
        }
    }
    if let Some(c) = DATE_MDD.captures(s) {
        let y = c.get(5).map(|m| m.as_str());
        let m1 = month(&c[1])?;
        let m2 = c.get(3).and_then(|m| month(m.as_str())).unwrap_or(m1);
        if let (Some(a), Some(b)) = (mk(y, m1, &c[2]), mk(y, m2, &c[4])) {
            if a <= b {
                return Some((a, b));
            }
        }
    }
    if !FIELDWORK_CUE.is_match(s) {
        return None;
    }
    if let Some(c) = DATE_NUM.captures(s) {
        let d = if c.get(1).is_some() {
            NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
        } else {
            NaiveDate::from_ymd_opt(c[6].parse().ok()?, c[5].parse().ok()?, c[4].parse().ok()?)
        };
        if let Some(d) = d {
            return Some((d, d));
        }
    }
    if let Some(c) = DATE_DM.captures(s) {
        if let Some(d) = mk(c.get(3).map(|m| m.as_str()), month(&c[2])?, &c[1]) {
            return Some((d, d));
        }
    }
    if let Some(c) = DATE_MD.captures(s) {
        // "May" is also a verb and a name: require a day after it.
        if let Some(d) = mk(c.get(3).map(|m| m.as_str()), month(&c[1])?, &c[2]) {
            return Some((d, d));
        }
    }
    None
}

static YEAR_RE: LazyLock<Re> = LazyLock::new(|| re(r"\b20\d{2}\b"));

/// Every year written in `s` (2000–2099), used when dates omit it: start, end, year.
pub fn years(s: &str) -> Vec<(usize, usize, i32)> {
    YEAR_RE
        .find_iter(s)
        .filter_map(|m| Some((m.start(), m.end(), m.as_str().parse().ok()?)))
        .collect()
}

/// The year of a date, for callers holding a `NaiveDate`.
pub fn year_of(d: NaiveDate) -> i32 {
    d.year()
}

/// A name candidate with its offsets in the searched text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameAt {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// The cleaned name.
    pub name: String,
}

/// Names introduced as the poll's author ("a poll by X", "sondage X", "X-Umfrage", "опрос X").
/// `lang` (ISO 639-1) selects that language's patterns plus the English ones; an unsupported
/// language uses them all.
pub fn pollster_names(s: &str, lang: &str) -> Vec<NameAt> {
    let lang = if lang == "uk" { "ru" } else { lang };
    let known = matches!(lang, "en" | "fr" | "de" | "es" | "ru" | "pt" | "it");
    let mut out: Vec<NameAt> = Vec::new();
    for (l, r) in POLLSTER_PATTERNS.iter() {
        if known && *l != lang && *l != "en" {
            continue;
        }
        for c in r.captures_iter(s) {
            if let Some(n) = c
                .name("name")
                .and_then(|m| clean_name(s, m.start(), m.end()))
                .map(|n| poll_word_in_name(s, n.start).unwrap_or(n))
                .map(|n| with_owner_of_suffix(s, n))
                .map(|n| with_cyrillic_adjective_before(s, n))
                .map(|n| with_body_attached_before(s, n))
                .map(|n| with_outlet_title(s, with_new_of_outlet(s, n)))
                .filter(|n| !is_relaying_outlet(s, n.start) && !is_publishing_outlet(s, n))
                .map(|n| lower_case_institute_after(s, n))
            {
                match out.iter_mut().find(|o| o.start == n.start) {
                    Some(o) if n.end > o.end => *o = n,
                    Some(_) => {}
                    None => out.push(n),
                }
            }
        }
    }
    // A name inside a longer one is part of it ("Pesquisas Eleitorais" in "Instituto Carioca
    // de Pesquisas Eleitorais").
    let spans: Vec<(usize, usize)> = out.iter().map(|n| (n.start, n.end)).collect();
    out.retain(|n| {
        !spans
            .iter()
            .any(|&(a, b)| a <= n.start && n.end <= b && (a, b) != (n.start, n.end))
    });
    out.sort_by_key(|n| n.start);
    out
}

/// Does the text between a name and a later one make the first a poll compound's first part
/// and credit the poll to the second ("-Umfrage von ", "-Umfrage des Instituts ")?
pub fn maker_follows_compound(between: &str) -> bool {
    static MAKER: LazyLock<Re> = LazyLock::new(|| {
        re(
            r"^-(?i:Umfrage|Erhebung|Befragung|Studie|Blitzumfrage)\w*\s+(?i:von|vom|des|der|durch)\s+(?:(?i:dem|der|das|den)\s+)?(?:(?i:Meinungsforschungsinstituts?|Umfrageinstituts?|Instituts?)\s+)?$",
        )
    });
    MAKER.is_match(between)
}

/// "Социологическое агентство «МЦКТ»", "Моніторинговий центр «Соціо»": a capitalised
/// adjective (and the lower-case noun of what the body is) before the name a pattern read
/// ("агентство «МЦКТ»", "Соціо") begin the name.
fn with_cyrillic_adjective_before(s: &str, n: NameAt) -> NameAt {
    const NOUNS: &[&str] = &[
        "агентств",
        "агенці",
        "центр",
        "фонд",
        "институт",
        "інститут",
        "служб",
        "груп",
        "компани",
        "компані",
        "лаборатор",
    ];
    static ADJ_BEFORE: LazyLock<Re> = LazyLock::new(|| {
        re(&format!(
            r"(?:^|[\s(])(?P<adj>\p{{Lu}}\p{{Ll}}+(?:ое|ее|ий|ый|ой|ій|ая|яя|а))\s+(?P<noun>(?:{})\p{{Ll}}*\s+)?(?P<quote>[«\x22„“])?$",
            NOUNS.join("|")
        ))
    });
    let Some(c) = ADJ_BEFORE.captures(&s[..n.start]) else {
        return n;
    };
    let quoted = c.name("quote").is_some();
    let noun_in_name = NOUNS.iter().any(|h| n.name.starts_with(h));
    // The noun is either before the name (then the name was the quoted part) or its start.
    let noun_before = c.name("noun").is_some();
    if noun_before == noun_in_name || (noun_before && !quoted) {
        return n;
    }
    let Some(adj) = c.name("adj") else { return n };
    let start = adj.start();
    let mut end = n.end;
    if quoted {
        if let Some(close) = s[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '»' | '"' | '“' | '”'))
        {
            end += close.len_utf8();
        }
    }
    NameAt {
        start,
        end,
        name: s[start..end].to_owned(),
    }
}

/// "Казахстанский институт стратегических исследований при Президенте РК (КИСИ)": a name
/// read after "при" (a body attached to the president, a government) is the end of the
/// body's name described before it.
fn with_body_attached_before(s: &str, n: NameAt) -> NameAt {
    let Some(head) = s[..n.start].strip_suffix("при ") else {
        return n;
    };
    let from = floor_boundary(head, head.len().saturating_sub(200));
    let body = head[from..]
        .char_indices()
        .map(|(i, _)| from + i)
        .filter(|&i| i == 0 || head[..i].ends_with([' ', '\n', '(', '«', '"']))
        .find(|&i| {
            CYRILLIC_ADJ_HEAD.find(&head[i..]).is_some_and(|m| {
                let e = i + m.end();
                e + cyrillic_org_tail(&head[e..]) == head.len() - 1
            })
        });
    match body {
        Some(start) => NameAt {
            start,
            end: n.end,
            name: s[start..n.end].to_owned(),
        },
        None => n,
    }
}

/// "исследования Turu-uuringute AS": a name read as its corporate suffix alone ("AS", "AG",
/// "Ltd") is the word before it with the suffix.
fn with_owner_of_suffix(s: &str, n: NameAt) -> NameAt {
    const SUFFIX_ONLY: &[&str] = &[
        "as", "ag", "sa", "oy", "ab", "oü", "ou", "gmbh", "ltd", "inc", "llc", "plc", "srl", "sas",
    ];
    if !SUFFIX_ONLY.contains(&fold(&n.name).as_str()) {
        return n;
    }
    let before = s[..n.start].trim_end();
    let Some(word) = before.rsplit(char::is_whitespace).next() else {
        return n;
    };
    if !word.starts_with(char::is_uppercase)
        || !word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '&')
    {
        return n;
    }
    let start = before.len() - word.len();
    NameAt {
        start,
        end: n.end,
        name: s[start..n.end].to_owned(),
    }
}

/// "el Centro de Estudios Políticos de la UCAB", "o Instituto de Pesquisas Sociais do
/// Paraná": the name a pattern read (`start`: "Políticos", after the poll word "Estudios") is
/// the end of a longer name, whose head noun and capitalised poll word stand before it. That
/// name, head to tail, is the pollster.
fn poll_word_in_name(s: &str, start: usize) -> Option<NameAt> {
    static HEAD_BEFORE: LazyLock<Re> = LazyLock::new(|| {
        re(
            r"(?:^|[\s(«“„])(?P<head>\p{Lu}\p{L}+)\s+(?:(?:de|des|di|do|da|del|della|of|for|per|para|für)\s+(?:(?:la|las|los|the)\s+)?|d['’]|dell['’])\p{Lu}\p{L}+\s+$",
        )
    });
    let c = HEAD_BEFORE.captures(&s[..start])?;
    let head = c.name("head")?;
    if !ORG_HEAD.is_match(head.as_str()) {
        return None;
    }
    // The tail as `extend_org_name` reads it, without its test against poll words: here the
    // poll word is known to be part of the name.
    let tail = ORG_TAIL.captures(&s[head.end()..])?.name("tail")?;
    let end = head.end() + tail.end();
    (end > start).then(|| clean_name(s, head.start(), end))?
}

/// "vom Dortmunder start-Institut": a place adjective the name patterns took for the name,
/// before an institute whose name starts in lower case. The institute is the name.
fn lower_case_institute_after(s: &str, n: NameAt) -> NameAt {
    if n.name.contains(' ') || !crate::normalize::is_place_adjective(&n.name) {
        return n;
    }
    match LOWER_INSTITUTE.captures(&s[n.end..]) {
        Some(c) => {
            let m = c.name("inst").expect("group");
            NameAt {
                start: n.end + m.start(),
                end: n.end + m.end(),
                name: m.as_str().to_owned(),
            }
        }
        None => n,
    }
}

static LOWER_INSTITUTE: LazyLock<Re> = LazyLock::new(|| {
    re(r"^\s+(?P<inst>\p{Ll}[\p{L}\d]*-(?:Institut|Instituts|Institutes|Institute))\b")
});

/// "… провел массовый опрос населения, передает агентство Kazinform": the outlet that relays
/// the report, named after a reporting verb, did not carry out the poll.
static RELAY_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:переда[её]т|сообщает|сообщило|пишет|переда[єе]|повідомляє|повідомило|пише|informa|informó|rapporte|berichtet|reports|reported)\s+(?:(?i:агентств\w*|издани\w*|газет\w*|сайт\w*|портал\w*|видання|агенці\w*|la agencia|l['’]agence|die agentur|the agency|agency|news agency)\s+)?[«“]?$|(?i:shared|reshared|circulated|partagée?s?|compartid[ao]s?|compartilhad[ao]s?|geteilt|condivis[oaie])\s+(?:(?i:on|sur|en|em|auf|su)\s+\S+\s+)?(?i:by|par|por|pel[oa]|von|da)\s+(?:(?i:the|le|la|el|o|a|der|die|il)\s+)?$",
    )
});

fn is_relaying_outlet(s: &str, start: usize) -> bool {
    let from = floor_boundary(s, start.saturating_sub(60));
    RELAY_BEFORE.is_match(&s[from..start])
}

/// "a new poll published by The Washington Post", "le sondage publié par Le Figaro": a news
/// outlet that published the poll is its publisher, not who carried it out.
static PUBLISHED_BY_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:published|released|publié|publiée|publiés|publiées|publicad[ao]s?|divulgad[ao]s?|veröffentlicht|pubblicat[oaie]|diffus[oaie]|опубликованн?\w*|опублікован\w*|оприлюднен\w*)\s+(?:(?i:online\s+|today\s+|on \w+day\s+|aujourd['’]hui\s+|hoy\s+|hoje\s+|oggi\s+|ce matin\s+|this morning\s+))?(?i:by|par|por|pel[oa]|von|vom|da|dal|dalla|dall['’])\s+(?i:the\s+|le\s+|la\s+|el\s+|o\s+|a\s+|der\s+|die\s+|il\s+)?$",
    )
});

fn is_publishing_outlet(s: &str, n: &NameAt) -> bool {
    let from = floor_boundary(s, n.start.saturating_sub(50));
    PUBLISHED_BY_BEFORE.is_match(&s[from..n.start]) && crate::sources::is_media(&n.name)
}

/// "Porta a Porta pubblica il sondaggio": a name cut at a connector the name patterns do not
/// take ("a"), on either side, is an outlet's whole title when the outlets list has it.
fn with_outlet_title(s: &str, n: NameAt) -> NameAt {
    // A plain space too: "un sondage Ouest France" (the outlet is "Ouest-France"; the name
    // patterns stop before a country's name).
    const CONNECTORS: [&str; 8] = [" a ", " à ", " di ", " de ", " do ", " da ", " del ", " "];
    // The title's first part before the name ("Porta a" + "Porta").
    let before = &s[..n.start];
    for connector in CONNECTORS {
        let Some(head) = before.strip_suffix(connector) else {
            continue;
        };
        let word_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if head[word_start..].starts_with(char::is_uppercase)
            && crate::sources::is_media(&s[word_start..n.end])
        {
            return NameAt {
                start: word_start,
                end: n.end,
                name: s[word_start..n.end].to_owned(),
            };
        }
        break;
    }
    let after = &s[n.end..];
    for connector in CONNECTORS {
        let Some(rest) = after.strip_prefix(connector) else {
            continue;
        };
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..word_len];
        if !word.starts_with(char::is_uppercase) {
            return n;
        }
        let end = n.end + connector.len() + word_len;
        if crate::sources::is_media(&s[n.start..end]) {
            return NameAt {
                start: n.start,
                end,
                name: s[n.start..end].to_owned(),
            };
        }
        return n;
    }
    n
}

/// "a New York Times/Siena College poll": a pattern that reads "New" as an adjective leaves
/// it out; it belongs to the outlet's name.
fn with_new_of_outlet(s: &str, n: NameAt) -> NameAt {
    let before = &s[..n.start];
    let first = n.name.split('/').next().unwrap_or(&n.name);
    if before.ends_with("New ") && crate::sources::is_media(&format!("New {first}")) {
        let start = n.start - "New ".len();
        return NameAt {
            start,
            end: n.end,
            name: s[start..n.end].to_owned(),
        };
    }
    n
}

static ORG_RUN: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?:\p{Lu}|\d)[\p{L}\p{N}&'’.\-/+]*(?:[ \u{a0}](?:(?:de|du|des|of|for|and|und|für|y|e|et|da|do|di|del|della|dello|degli|delle|dei|sulle|sul|sulla|sui|sugli|de la|am|&)[ \u{a0}])?(?:\p{Lu}|&|\d)[\p{L}\p{N}&'’.\-/+]*){0,6}|(?:Институт|Центр|Фонд|Агентство|Служба|Лаборатория|Інститут|Агенція|Фундація|Компания|Компанія)\p{L}*(?:\s+\p{Ll}[\p{L}\-]*){1,3}(?:\s+«[^»]{2,60}»)?",
    )
});

/// Capitalised runs anywhere in `s` (for organisation-like names), cleaned.
pub fn org_names(s: &str) -> Vec<NameAt> {
    ORG_RUN
        .find_iter(s)
        .filter_map(|m| clean_name(s, m.start(), m.end()))
        .collect()
}

/// Who ran an informal vote or quoted odds: the outlet, programme, channel or exchange
/// ("on the Evening Clarion's website", "sul sito del quotidiano «La Voce del Tirreno»",
/// "зрителей телеканала «Регион-24»", "les cotes de Betfair").
static INFORMAL_SOURCE: LazyLock<Vec<Re>> = LazyLock::new(|| {
    [
        r"(?i:website|site|web|sitio|página|pagina|seite|portal|nachrichtenportal|onlineportal|sito|quotidiano|diario|jornal|giornale|journal|zeitung|periódico|programa|programma|programme|émission|sendung|talkshow|show|chaîne|canal|kanal|channel|canale|телеканал\w*|сайт\w*|газет\w*|канал\w*|видання|програм\w*|передач\w*|портал\w*)(?:\s+(?i:telegram|youtube|tiktok))?\s+(?:(?i:of|de|do|da|del|della|des|du|di|von|der|dem)\s+)?(?:(?i:l['’])|(?i:the|la|le|el|o|a|il|dem|der|die)\s+)?(?:(?i:portal|quotidiano|diario|jornal|giornale|journal|zeitung|periódico|programa|programma|telecanal|телеканал\w*|газет\w*)\s+)?NAME",
        r"(?i:on|at|in)\s+(?:the\s+)?NAME['’]s\s+(?i:website|site|app|page|channel|show|programme|program)",
        r"(?i:cotes|odds|cuotas|quote|quotas|quoten|коэффициент\w*)\s+(?i:de|of|von|di|на|d['’])\s*NAME",
        r"(?i:al|at the|au|en el|no|na|beim|на)\s+NAME\s+(?i:il |le |the |el |o |a |der )?(?i:televoto|télévote|televote|televoting|teleabstimmung|televotación)",
        // Who ran it, after the vote itself: "a Twitter poll by the platform's new owner Elon
        // Musk", "enquete do UOL", "Umfrage von Elon Musk", "голосование от «Знай.ua»", "an
        // Internet poll sponsored by NewsMax", "sondaggio settimanale di X".
        r"(?i:poll|survey|vote|sondage|vote|encuesta|votación|enquete|votação|umfrage|abstimmung|befragung|sondaggio|votazione|опрос\w*|голосовани\w*|опитуванн\w*|голосуванн\w*)\s+(?:\p{Ll}+\s+)?(?:(?i:sponsored|run|conducted|organi[sz]ed|hosted|launched|published|posted|created|promosso|lanciato|realizado|realizada|feita|feito|lancée?|organisée?|durchgeführt\w*|gestartet\w*|проведенн\w*|запущенн\w*)\s+)?(?i:by|from|of|de|du|des|von|vom|di|del|della|do|da|del|pelo|pela|par|por|от|від)\s+(?:(?i:the|la|le|el|o|a|il|der|die|das)\s+)?(?:[\p{Ll}'’\-]+\s+){0,4}?NAME",
        // Who ran it, as the subject: "Elon Musk polled the site's users", "O VILHENA
        // NOTÍCIAS fez uma enquete", "Вячеслав Володин запустил в своем Телеграм-канале опрос".
        r"NAME\s+(?:(?i:has|had|have|a|ha|hat|hatte)\s+)?(?i:polled|asked|launched|ran|started|posted|fez|faz|realizou|lançou|lanzó|lanza|realizó|hizo|lancé|lance|lanciato|lancia|startete|startet|запустил\w*|провел\w*|провёл\w*|устроил\w*|организовал\w*|запустив|провів|влаштував)\s+(?:[\p{L}'’\-]+\s+){0,4}?(?i:poll|polled|survey|vote|sondage|vote|encuesta|votación|enquete|votação|umfrage|abstimmung|befragung|sondaggio|votazione|опрос\w*|голосовани\w*|опитуванн\w*|голосуванн\w*|users|followers|readers|subscribers|viewers|listeners)",
        // Whose own vote it is: "AlterNet's reader survey", "The Freeman’s online reader poll".
        r"NAME['’]s?\s+(?:(?i:online|reader|readers['’]?|website|web|twitter|facebook|instagram|telegram|straw|text|listener|listeners['’]?|viewer|viewers['’]?|own)\s+){1,2}(?i:poll|survey|vote)",
    ]
    .iter()
    .map(|p| re(&p.replace("NAME", NAME)))
    .collect()
});

/// A person named with their role in a firm: "Roberto Baldassari, direttore generale di
/// Lab2101", "Gaël Sliman, président d'Odoxa", "Frédéric Dabi, directeur général de l'Ifop".
/// Matched right after the person's name.
static ROLE_IN_FIRM: LazyLock<Re> = LazyLock::new(|| {
    re(&r"^\s*,\s*(?:(?i:il|the|le|la|el|o|a|der|die)\s+)?(?i:direttore|direttrice|presidente|president|président|présidente|directeur|directrice|director|directora|diretor|diretora|fondatore|fondatrice|founder|fondateur|fundador|fundadora|ceo|chief executive|head|chef|leiter|leiterin|geschäftsführer|geschäftsführerin|gründer|gründerin|responsable|responsabile|amministratore delegato|managing director|socio|sócio|partner|директор|руководитель|глава|основатель|керівник|засновник)(?:\s+\p{Ll}[\p{Ll}\-]*){0,2}\s+(?i:of|at|di|del|della|dell['’]|de|du|des|de la|d['’]|do|da|von|vom|der|des|bei|компании|центра|фонда|института|компанії|центру|фонду|інституту)\s*(?:(?i:l['’]|the|la|le|el|o|a|il|lo|der|die|das)\s*)?(?:(?i:istituto|institut|instituto|institute|firm|società|empresa|consultora|consultoria|agenzia|agence|agencia|cabinet|instituts|unternehmens)\s+(?:\p{Ll}[\p{Ll}\-]*\s+)?)?NAME".replace("NAME", NAME))
});

/// The firm of a person named just before `after` ([`ROLE_IN_FIRM`]), offsets into `after`.
pub fn firm_after_role(after: &str) -> Option<NameAt> {
    ROLE_IN_FIRM.captures(after).and_then(|c| {
        c.name("name")
            .and_then(|m| clean_name(after, m.start(), m.end()))
    })
}

/// A website named as who ran an informal vote: "il sondaggio settimanale di gonews.it",
/// "a enquete feita pelo site ferendur.com".
static INFORMAL_SITE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:site|sito|sitio|website|portal|portale|сайт\w*|di|de|del|do|da|by|from|on|of|sur|auf|von|su|на|pelo site|pelo|sul sito)\s+(?P<name>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|info|it|fr|de|es|pt|br|ru|ua|mx|ar|cl|co|pe|uk|at|ch|be|ro|pl)(?:\.(?:br|ar|mx|uk|ua|ru))?)\b",
    )
});

/// Is `sentence` written in capitals (a headline, a shouted post)? At least 20 letters, and
/// four in five of them capitals.
pub fn is_shouting(sentence: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in sentence.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 20 && upper * 5 >= letters * 4
}

/// The names [`INFORMAL_SOURCE`] finds in `s`, leftmost first.
pub fn informal_source_names(s: &str) -> Vec<NameAt> {
    let caps = is_shouting(s);
    let mut out: Vec<NameAt> = INFORMAL_SOURCE
        .iter()
        .flat_map(|r| r.captures_iter(s))
        .filter_map(|c| {
            c.name("name")
                .and_then(|m| clean_name(s, m.start(), m.end()))
        })
        // In upper-case text any run of words looks like a name; keep acronyms only.
        .filter(|n| {
            !caps
                || n.name.chars().any(char::is_lowercase)
                || n.name.chars().filter(|c| c.is_alphabetic()).count() <= 5
        })
        .chain(INFORMAL_SITE.captures_iter(s).filter_map(|c| {
            c.name("name").map(|m| NameAt {
                start: m.start(),
                end: m.end(),
                name: m.as_str().to_owned(),
            })
        }))
        .collect();
    out.sort_by_key(|n| n.start);
    out
}

/// Names introduced as a source ("according to X", "selon X", "laut X").
pub fn source_names(s: &str) -> Vec<NameAt> {
    cited_names(&SOURCE_PATTERNS, s)
}

/// Names whose data a sentence cites ([`DATA_SOURCE`]).
pub fn data_source_names(s: &str) -> Vec<NameAt> {
    cited_names(&DATA_SOURCE, s)
}

/// The names a citing pattern captures in `s`: a statistics office cited for its figures
/// publishes statistics, not polls, and two people's names are no source.
fn cited_names(pattern: &Re, s: &str) -> Vec<NameAt> {
    pattern
        .captures_iter(s)
        .filter_map(|c| {
            c.name("name")
                .and_then(|m| clean_name(s, m.start(), m.end()))
        })
        .filter(|n| !crate::sources::is_statistics_office(&n.name))
        .filter(|n| !crate::sources::looks_like_people(&n.name))
        .collect()
}

/// Sponsor introduced by a strong phrase ("commissioned by", "im Auftrag von", "по заказу").
pub fn sponsor_strong(s: &str) -> Option<NameAt> {
    if let Some(c) = SPONSOR_PRODUCT.captures(s) {
        let m = c.name("name").expect("group");
        return Some(NameAt {
            start: m.start(),
            end: m.end(),
            name: m.as_str().to_owned(),
        });
    }
    SPONSOR_STRONG
        .captures_iter(s)
        .chain(SPONSOR_COMPOUND.captures_iter(s))
        .chain(SPONSOR_BEFORE_PARTICIPLE.captures_iter(s))
        .find_map(|c| {
            c.name("name")
                .and_then(|m| clean_name(s, m.start(), m.end()))
        })
        // "по заказу Института общественных исследований": the body's name goes on past its
        // head noun, as a pollster's does.
        .map(|n| {
            let end = extend_org_name(s, n.start, n.end);
            NameAt {
                name: s[n.start..end].to_owned(),
                end,
                ..n
            }
        })
}

/// An organisation's head noun at the end of a name: "Eurasian Institute", "Public Opinion
/// Center". Such a name often continues with "for/of/für/de…" + capitalised words.
static ORG_HEAD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\s)(?:institute|institut|instituts|instituto|istituto|gabinet|gabinete|center|centre|centro|zentrum|zentrums|foundation|fondation|fundación|fundação|fondazione|stiftung|council|agency|bureau|association|society|committee|laboratory|observatory|observatoire|observatorio|osservatorio|forum|academy|académie|academia|accademia|school|école|escuela|escola|university|université|universität|universidad|universidade|università|college|faculty|faculté|facultad|faculdade|facoltà|department|département|departamento|dipartimento)$",
    )
});

/// The rest of an organisation's name after its head noun: "for Social Monitoring",
/// "für Demoskopie Allensbach", "de Investigaciones Sociológicas". An article right after the
/// preposition ("for the Times") introduces a sponsor instead, and is not taken.
static ORG_TAIL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:for|of|on|für|de|des|du|pour|para|per|di|del|della)\s+|d['’]|dell['’]|per l['’])(?P<tail>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|&|of|for|on|de|del|des|du|und|für|y|i|e|di|en|per|de la|de los|de las|do|da|dos|das)\s+|d['’]|dell['’])?\p{Lu}[\p{L}'’-]*){0,5})",
    )
});

/// A German name's description after "für": adjectives in lower case, then the noun
/// ("Zentrum" + " für soziale Überwachung", "für politische und soziale Forschung").
static ORG_TAIL_FUR: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s+für\s+(?P<tail>(?:\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em)\s+(?:und\s+)?){1,3}\p{Lu}[\p{L}'’-]*)",
    )
});

/// The length of a name in quotation marks at the start of `after` (after a space),
/// quotation marks included: `“Causa Europeia Comum”`, `«Рейтинг»`, `"Соціальний моніторинг"`.
/// The name starts with a capital and holds no sentence punctuation.
pub fn quoted_name_after(after: &str) -> Option<usize> {
    let trimmed = after.trim_start_matches([' ', '\u{a0}']);
    let gap = after.len() - trimmed.len();
    if gap == 0 {
        return None;
    }
    let open = trimmed.chars().next()?;
    let close: &[char] = match open {
        '«' => &['»'],
        '“' | '„' => &['”', '“'],
        '"' => &['"'],
        _ => return None,
    };
    let inner = &trimmed[open.len_utf8()..];
    if !inner.starts_with(char::is_uppercase) {
        return None;
    }
    let len = inner.find(close)?;
    let name = &inner[..len];
    let ok = (2..=80).contains(&name.chars().count())
        && !name.contains(['.', ',', ';', ':', '!', '?', '\n']);
    let closing = inner[len..].chars().next()?;
    ok.then(|| gap + open.len_utf8() + len + closing.len_utf8())
}

/// Does `name` start with an organisation's head noun ("Centro de Investigaciones…")?
pub fn starts_with_org_head(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| ORG_HEAD.is_match(w))
}

/// Where a pollster name that ends with an organisation's head noun really ends in `text`
/// (byte offsets): "Eurasian Institute" + " for Social Monitoring".
pub fn extend_org_name(text: &str, start: usize, end: usize) -> usize {
    // "Centro Analítico “Causa Europeia Comum”", "Центром \"Соціальний моніторинг\"": a body
    // named by its kind, then its own name in quotation marks.
    // So is an acronym of what the body is: "МГО „Школа лідера”", "ONG «Vox Civica»".
    let first_word = text[start..end].split_whitespace().next().unwrap_or("");
    let acronym = text[start..end] == *first_word
        && (2..=6).contains(&first_word.chars().count())
        && first_word.chars().all(char::is_uppercase);
    if ORG_HEAD.is_match(first_word) || CYRILLIC_ORG_HEAD.is_match(first_word) || acronym {
        if let Some(len) = quoted_name_after(&text[end..]) {
            return end + len;
        }
    }
    // "Центром суспільного розвитку \"ІНТЕР-АКЦІЯ\"": the description, then the quoted name.
    if CYRILLIC_ORG_HEAD.is_match(&text[start..end]) {
        let tail_end = end + cyrillic_org_tail(&text[end..]);
        return tail_end + quoted_name_after(&text[tail_end..]).unwrap_or(0);
    }
    // "Независимого института социальных трендов": a capitalised adjective, then the head
    // noun in lower case and its description.
    if let Some(m) = CYRILLIC_ADJ_HEAD.find(&text[start..]) {
        if start + m.end() > end {
            let head_end = start + m.end();
            return head_end + cyrillic_org_tail(&text[head_end..]);
        }
    }
    // "Centro" + " per la ricerca, la trasparenza e la responsabilità (Crta)": a head noun,
    // its description in lower case, then the body's acronym in brackets.
    if ORG_HEAD.is_match(&text[start..end]) && !text[start..end].contains(' ') {
        if let Some(m) = DESCRIPTION_TO_ACRONYM.find(&text[end..]) {
            return end + m.end();
        }
    }
    if !ORG_HEAD.is_match(&text[start..end]) {
        // "Facultad de Economía" + " de la Universidad de Chile", "Departamento de Sociología"
        // + " da USP": a unit named by its head noun belongs to the university after it.
        if ORG_HEAD.is_match(first_word) {
            if let Some(m) = INSTITUTION_OWNER.find(&text[end..]) {
                return end + m.end();
            }
        }
        return end;
    }
    match ORG_TAIL
        .captures(&text[end..])
        .or_else(|| ORG_TAIL_FUR.captures(&text[end..]))
        .or_else(|| ORG_TAIL_DESCRIPTIVE.captures(&text[end..]))
        .and_then(|c| c.name("tail"))
    {
        // Not a weekday or a month ("Polling Institute on Wednesday"), nor an adjective of the
        // poll that follows ("Quinnipiac University national poll").
        // A tail of two capitalised words or more is a name's ("Institute for Public Policy").
        Some(t)
            if t.as_str().starts_with(char::is_uppercase)
                && NOT_A_NAME_KEYS.contains(
                    fold(t.as_str().split_whitespace().next().unwrap_or("")).as_str(),
                )
                && !t
                    .as_str()
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                || POLL_AFTER.is_match(&text[end + t.end()..]) =>
        {
            end
        }
        // "Institut d'opinion publique Hexagone": the proper name after the description; or
        // whose it is, "Centre de recherches politiques de Sciences Po".
        Some(t) => {
            let tail_end = end + t.end();
            let after = &text[tail_end..];
            tail_end
                + PROPER_AFTER_DESCRIPTION
                    .find(after)
                    .or_else(|| {
                        t.as_str()
                            .starts_with(char::is_lowercase)
                            .then(|| OWNER_AFTER_DESCRIPTION.find(after))
                            .flatten()
                    })
                    .map_or(0, |m| m.end())
        }
        None => end,
    }
}

/// The end of the longest run of up to eight words after a name (`start..end` in `text`),
/// within `limit`, that `fits` together with the name: a translated name cut at a lower-case
/// word ("Centro Russo" + " para Estudos da Opinião Pública"). A run stops at punctuation
/// other than a hyphen or an apostrophe inside a word ("Soziologie-Instituts",
/// "dell'opinione").
pub fn translated_name_end(
    text: &str,
    start: usize,
    end: usize,
    limit: usize,
    fits: impl Fn(&str) -> bool,
) -> Option<usize> {
    let rest = text.get(end..limit)?;
    let mut best = None;
    let mut at = 0;
    for _ in 0..8 {
        let gap = rest[at..]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len() - at);
        if gap == 0 || !rest[at..].starts_with(char::is_whitespace) {
            break;
        }
        let word_start = at + gap;
        let len = rest[word_start..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
            .unwrap_or(rest.len() - word_start);
        if len == 0 {
            break;
        }
        at = word_start + len;
        if fits(&text[start..end + at]) {
            best = Some(end + at);
        }
    }
    best
}

/// A day of the month after a name, with its preposition.
static TRAILING_DAY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"\s+(?:(?:del|dal|de|du|le|el|do|da|vom|am|on|of|the)\s+\d{1,2}\.?|(?:(?:am|on|le|el|lo|il|do|da|de|vom|this|last)\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b.*|\s*(?:on|in|am|im|le|en|el|em|il)\s+(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)$",
    )
});

/// A share and its unit after a name, to the end of the name: " 22 Prozentpunkte".
static TRAILING_SHARE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"\s+\d{1,3}(?:[.,]\d+)?\s*(?:%|(?i:prozent\w*|punkte?n?|percent|per cent|pour cent|por ciento|por cento|per cento|процент\w*|відсот\w*)\b).*$",
    )
});

/// A count of three or more digits and the word after it, to the end of a name.
static TRAILING_COUNT: LazyLock<Re> =
    LazyLock::new(|| re(r"\s+(?:\d{1,3}(?:[.,\u{a0} ]\d{3})+|\d{3,})\s+(?P<next>\p{L}+).*$"));

/// A poll noun right after a name's tail: the tail described the poll, not the organisation.
static POLL_AFTER: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:poll|survey|sondage|enquête|umfrage|encuesta|sondeo|pesquisa|sondagem|sondaggio|опрос|опитування)\b",
    )
});

/// Capitalised words right after an organisation's lower-case description.
/// The owner of a body named by its description: " de Sciences Po", " de l'Université
/// Laval", " da Universidade de Lisboa" (not a sponsor's "pour", "for", "para").
static OWNER_AFTER_DESCRIPTION: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:de|du|des|di|del|della|da|do|of)\s+(?:(?:la|the)\s+)?|de l['’]|dell['’])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|di|da|do|of)\s+)?\p{Lu}[\p{L}'’-]*){0,3}",
    )
});

/// A lower-case description after a head noun, introduced by a preposition or an adjective, up
/// to the body's acronym in brackets: " per la ricerca, la trasparenza e la responsabilità
/// (Crta)", " strategico latinoamericano di geopolitica (Celag)", and a proper name just before
/// it: " de la famille Ichikovitz (IFF)".
static DESCRIPTION_TO_ACRONYM: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"^\s+(?:per|for|of|de|di|des|du|del|della|für|para|pour|{ADJECTIVE})\s+(?:[\p{{Ll}}'’-]+,?\s+){{1,10}}?(?:\p{{Lu}}[\p{{Ll}}'’-]+\s+){{0,2}}\(\p{{Lu}}[\p{{L}}&-]{{1,9}}\)"
    ))
});

/// The university or school a unit belongs to, after the unit's name: " de la Universidad de
/// Chile", " of the University of Essex", " da USP", " de l'Université Laval".
static INSTITUTION_OWNER: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:de|du|del|da|do|of|der|des|di|della)\s+(?:(?:la|the|l['’])\s*)?|de l['’]|dell['’])(?:\p{Lu}{2,6}\b|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?i:universidad|universidade|université|university|universität|università|universitat|escuela|escola|école|school|college|colegio|hochschule|politecnico|politécnico|polytechnique)\b(?:\s+(?:(?:de|del|do|da|of|di|der|de la|d['’])\s+)?\p{Lu}[\p{L}'’-]*){0,4})",
    )
});

static PROPER_AFTER_DESCRIPTION: LazyLock<Re> =
    LazyLock::new(|| re(r"^[ \u{a0}]\p{Lu}[\p{L}\-]+(?:[ \u{a0}]\p{Lu}[\p{L}\-]+){0,2}"));

/// A capitalised Cyrillic adjective (any case ending) and a lower-case organisation noun.
static CYRILLIC_ADJ_HEAD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\p{Lu}\p{Ll}+(?:ого|его|ой|ий|ый|ій|ої|ому|ему|им|ым|ая|яя|ое|ее|а|е|у|ю)\s+(?:\p{Ll}+(?:ого|его|ой|ий|ый|ій|ої|ому|ему|им|ым|ім|ая|яя|ое|ее)\s+){0,2}(?:институт|інститут|центр|фонд|агентств|агенці|служб|лаборатор|групп|груп|компани|компані|фундаці|организаци|організаці|ассоциаци|асоціаці|мастерск|майстерн|бюро|консорциум|консорціум)\p{Ll}*",
    )
});

/// A Russian or Ukrainian organisation's head noun, inflected, ending a name: "Института",
/// "Інституту", "Центра".
static CYRILLIC_ORG_HEAD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|\s)(?:институт|інститут|центр|фонд|агентств|агенці|служб|лаборатор|групп|груп|компани|компані|фундаці|организаци|організаці|ассоциаци|асоціаці|мастерск|майстерн|бюро|консорциум|консорціум)\p{L}*$",
    )
});

/// Participle endings: "представленные", "проведенный", "опубликовавшие", "работающие". A
/// name's description does not go on into one.
const CYRILLIC_PARTICIPLE_ENDINGS: &[&str] = &[
    "нные", "нный", "нная", "нное", "нных", "вшие", "вший", "вшая", "ющие", "ющий", "ющая", "ящие",
    "ящий", "ящая",
];

/// Past-tense and present verb endings: a lower-case word after a Cyrillic head noun that ends
/// so ("провели", "оприлюднив", "считает") is what the organisation did, not its name.
const CYRILLIC_VERB_ENDINGS: &[&str] = &[
    "л", "ла", "ло", "ли", "ив", "ав", "ів", "ет", "ют", "ут", "ит", "ат", "ять",
];

/// A capitalised Cyrillic word in the genitive of a place ("Молдовы", "России", "Украины",
/// "Казахстана", "Москвы") or a Cyrillic acronym ("НАН", "РК").
fn is_cyrillic_genitive_place(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() && is_cyrillic(first)) {
        return false;
    }
    let n = word.chars().count();
    let acronym = (2..=5).contains(&n) && word.chars().all(|c| c.is_uppercase() && is_cyrillic(c));
    acronym || n >= 4 && ["ы", "и", "а", "я"].iter().any(|e| word.ends_with(e))
}

/// The length of " (АБВ)" / "(ABC)" at the start of `s`: an acronym of 2 to 8 capitals in
/// brackets.
fn acronym_in_brackets(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acr = &inner[..close];
    ((2..=8).contains(&acr.chars().count())
        && acr
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-'))
    .then_some(1 + close + 1)
}

/// Does `s` start with a lower-case Cyrillic letter?
fn starts_cyrillic_lower(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && is_cyrillic(c))
}

/// The lower-case description after a Cyrillic head noun, with a quoted name after it
/// ("Института региональных социальных исследований", "Інституту громадської думки
/// «Полісся»"): its length in bytes from the start of `after`, 0 when there is none.
fn cyrillic_org_tail(after: &str) -> usize {
    let mut taken = 0;
    let mut words = 0;
    let mut rest = after;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        let gap = rest.len() - trimmed.len();
        if gap == 0 {
            return taken;
        }
        if let Some(q) = trimmed.strip_prefix('«') {
            return match q.find('»') {
                Some(close) if (2..=120).contains(&close) => {
                    taken + gap + '«'.len_utf8() + close + '»'.len_utf8()
                }
                _ => taken,
            };
        }
        let word_len = trimmed
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(trimmed.len());
        let word = &trimmed[..word_len];
        let cyrillic_lower = starts_cyrillic_lower(word);
        // "социально-экономических и политических исследований": a conjunction joins two
        // words of the name when another lower-case word follows.
        // Not before a participle ("…демографов и представленные сегодня").
        let conjunction = matches!(word, "и" | "та" | "і" | "й") && words > 0 && {
            let next = trimmed[word_len..].trim_start_matches([' ', '\u{a0}']);
            let next_word = next
                .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
                .next()
                .unwrap_or("");
            starts_cyrillic_lower(next)
                && !CYRILLIC_VERB_ENDINGS.iter().any(|e| next_word.ends_with(e))
                && !CYRILLIC_PARTICIPLE_ENDINGS
                    .iter()
                    .any(|e| next_word.ends_with(e))
        };
        // "…демографов Молдовы", "…социологии НАН Украины": a place in the genitive (or an
        // acronym) ends the description, when no other capitalised word follows it (that
        // would be a person's name).
        if !cyrillic_lower && words > 0 && is_cyrillic_genitive_place(word) {
            let next = trimmed[word_len..].trim_start_matches([' ', '\u{a0}']);
            let next_word = next
                .split(|c: char| !(c.is_alphabetic() || c == '-'))
                .next()
                .unwrap_or("");
            if !next_word.starts_with(char::is_uppercase) || is_cyrillic_genitive_place(next_word) {
                words += 1;
                taken += gap + word_len;
                rest = &trimmed[word_len..];
                continue;
            }
        }
        // Genitive plurals that end like a gerund: "инициатив", "перспектив".
        let gerund = CYRILLIC_VERB_ENDINGS.iter().any(|e| word.ends_with(e))
            && !["атив", "ктив", "архив"].iter().any(|e| word.ends_with(e));
        if words == 6 || !cyrillic_lower || word.chars().count() < 3 && !conjunction || gerund {
            // "(КИСИ)": the acronym of the body just named.
            if words > 0 {
                if let Some(len) = acronym_in_brackets(trimmed) {
                    return taken + gap + len;
                }
            }
            return taken;
        }
        words += 1;
        taken += gap + word_len;
        rest = &trimmed[word_len..];
    }
}

/// A lower-case Romance adjective, by its ending: "européen", "lyonnais", "madrileña",
/// "milanese", "paulista".
const ADJECTIVE: &str = r"\p{Ll}[\p{Ll}-]*(?:ique|iques|al|ale|ales|aux|el|elle|elles|aire|aires|ien|ienne|iennes|ais|aise|aises|ois|oise|oises|on|onne|ain|aine|aines|and|ande|if|ive|ives|ico|ica|icos|icas|ano|ana|anos|anas|ario|aria|ivo|iva|ivos|ivas|ista|istas|éen|éenne|éennes|éens|ês|és|esa|ese|esi|eño|eña|ense|enses|ino|ina|ali|iale|iali|ici|iche|ente|entes|enti|ante|antes|anti|ant|ants|ante)";

/// A Romance-language name written in lower case after its head noun: adjectives and a
/// "de/d'" complement ("Institut européen d'opinion publique", "Instituto nacional de estudios
/// sociales", "Istituto italiano di ricerca demoscopica"). Only adjective-like words (by their
/// endings) are taken around the complement, so a verb after the name ("l'Institut de sondage
/// a publié") is left out.
static ORG_TAIL_DESCRIPTIVE: LazyLock<Re> = LazyLock::new(|| {
    const ADJ: &str = ADJECTIVE;
    const COMP: &str =
        r"(?:d['’]\s*|(?:de|du|des|di|del|della|da|do|dos|das)\s+)\p{Ll}[\p{Ll}'’-]*";
    re(&format!(
        r"^\s+(?P<tail>(?:{ADJ}\s+){{0,2}}{COMP}(?:\s+{ADJ}|\s+{COMP}|\s+(?:y|e|et|ed)\s+(?:{ADJ}|{COMP})){{0,3}}|{ADJ}(?:\s+{ADJ})?)\b"
    ))
});

/// Sponsor introduced by "for/pour/für/para/per/для" right at the start of `after`.
pub fn sponsor_for(after: &str) -> Option<NameAt> {
    let c = SPONSOR_FOR.captures(after)?;
    let m = c.name("name")?;
    clean_name(after, m.start(), m.end())
}

/// A German place adjective ("Leipziger", "Münchner") and an organisation noun before a
/// capitalised name: `rest` is the name.
static DESCRIBED_NAME: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^(?:\p{Lu}\p{L}+er\s+)?(?:\p{Lu}\p{Ll}*(?:institut|instituts|instituten|unternehmen|unternehmens|firma|agentur|gesellschaft)|Instituts?|Agentur|Firma|Unternehmens|Denkfabrik|Thinktank|Think-Tank|Beratungsunternehmens?|Beratungsfirma|Marktforscher|Meinungsforscher)\s+(?P<rest>\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}\-]*)*(?:\s+(?:research|consulting|analytics|insights|group))?)$",
    )
});

/// A name that starts with a count: a number of three or more digits (or with a thousands
/// separator) and a word.
static COUNT_LED: LazyLock<Re> =
    LazyLock::new(|| re(r"^(?:\d{1,3}(?:[.,\u{a0}\u{202f} ]\d{3})+|\d{3,})\s+\p{L}"));

/// An organisation noun that refers back to a pollster named earlier ("In der Erhebung des
/// Instituts…", "l'Institut a interrogé…"): never a name on its own, though it may start one
/// ("Institut Allensbach").
const GENERIC_ORG: &[&str] = &[
    "institut",
    "instituts",
    "institutes",
    "institute",
    "instituto",
    "istituto",
    "meinungsforschungsinstitut",
    "meinungsforschungsinstituts",
    "umfrageinstitut",
    "umfrageinstituts",
    "forschungsinstitut",
    "forschungsinstituts",
    "unternehmen",
    "unternehmens",
    "firma",
    "empresa",
    "consultora",
    "encuestadora",
    "societe",
    "societa",
    "agentur",
    "agency",
    "company",
    "firm",
    "institut de sondage",
    "instituto de pesquisa",
    "institutul",
    "институт",
    "института",
    "інститут",
    "інституту",
    "центр",
    "центра",
    "центру",
    "компания",
    "компании",
    "компанія",
    "компанії",
];

/// Is `name` a quoted title rather than a name: a survey's or programme's title in quotation
/// marks ("«Проблеми соціальної згуртованості в Україні»", "«За кого ви віддасте свій голос?»")?
/// Firms in quotation marks are short and capitalised ("«Рейтинг»", "«Нью Імідж Маркетинг
/// Груп»", "«Демократичні ініціативи»").
pub fn is_quoted_title(sentence: &str, start: usize, end: usize) -> bool {
    const OPEN: [char; 6] = ['«', '„', '“', '"', '\'', '‘'];
    const CLOSE: [char; 6] = ['»', '“', '”', '"', '\'', '’'];
    let Some(inner) = sentence.get(start..end) else {
        return false;
    };
    let inner = inner.trim_matches(|c| OPEN.contains(&c) || CLOSE.contains(&c));
    // A title opening on an elided article the name leaves out ("\"L'Opinion en direct\"").
    let before = &sentence[..start];
    let before = ["L'", "L’", "l'", "l’"]
        .iter()
        .find_map(|a| before.strip_suffix(a))
        .unwrap_or(before);
    let quoted = before.ends_with(OPEN) && sentence[end..].starts_with(CLOSE)
        || sentence[start..].starts_with(OPEN) && sentence[..end].ends_with(CLOSE);
    if !quoted {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    // Cyrillic firm names capitalise only their first word ("«Громадська думка плюс»"), and
    // an organisation's full name, opening on its head noun, is no title ("«Института изучения
    // общественных настроений»").
    !words
        .first()
        .is_some_and(|w| crate::sources::looks_like_org(w))
        && (inner.ends_with('?')
            || words.len() >= 4 && lower >= 3
            // "Pesquisa “Global Views On Climate Change”, da Ipsos": a title and its maker.
            || words.len() >= 3 && MAKER_AFTER_TITLE.is_match(&sentence[end..]))
}

/// The maker right after a quoted title: "”, da Ipsos", "», de l'Ifop", "" by YouGov".
static MAKER_AFTER_TITLE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r#"^[»“”"'’]?\s*,?\s*(?:da|do|de|by|of|from|von|vom|der|des|du|di|del|della|dell['’]|de la|de l['’]|d['’])\s*\p{Lu}"#,
    )
});

/// A name as a claim gives it: without a possessive ending ("Elon Musk’s" poll) or a
/// sentence's opening conjunction or preposition ("As UK Polling Report points out").
/// A German article of the genitive or dative right after a name: " der Deutschen".
static GENITIVE_AFTER: LazyLock<Re> = LazyLock::new(|| re(r"^\s+(?:der|des|dem|den)\s"));

/// A sentence's opening conjunctions and prepositions, capitalised (see [`tidy_name`]).
const OPENERS: [&str; 16] = [
    "As ",
    "In ",
    "On ",
    "At ",
    "By ",
    "For ",
    "With ",
    "But ",
    "And ",
    "While ",
    "When ",
    "If ",
    "Since ",
    "After ",
    "Also ",
    "Meanwhile ",
];

fn tidy_name(name: &str) -> (usize, &str) {
    let mut start = 0;
    let mut n = name;
    if let Some(rest) = OPENERS.iter().find_map(|o| n.strip_prefix(o)) {
        if rest.starts_with(|c: char| c.is_uppercase()) {
            start = n.len() - rest.len();
            n = rest;
        }
    }
    // "Red C/ Sunday Business Post poll": the slash of a co-brand is not the name's.
    let n = n.trim_end_matches(['/', ' ']);
    let n = n
        .strip_suffix("’s")
        .or_else(|| n.strip_suffix("'s"))
        .filter(|r| r.len() > 1)
        .unwrap_or(n);
    // "Kantar's June ShopperScape", "Pew Forum's U.S. Religious Landscape Survey": an
    // owner's product; the owner ran the poll (an owner of several words only when the
    // product is named as a survey or poll).
    let n = match n.split_once("'s ").or_else(|| n.split_once("’s ")) {
        // Not a place's body: "Kyiv's Institute for International Sociology".
        Some((owner, rest))
            if owner.chars().count() >= 3
                && rest.starts_with(char::is_uppercase)
                && !starts_with_org_head(rest)
                && (!owner.contains(' ')
                    || owner.split(' ').count() <= 3
                        && rest.split(' ').next_back().is_some_and(|w| {
                            matches!(
                                fold(w).as_str(),
                                "survey" | "poll" | "study" | "tracker" | "index" | "barometer"
                            )
                        })) =>
        {
            owner
        }
        _ => n,
    };
    // A sentence run on without a space after its full stop: "Insomar.Les résultats…". The
    // word after the stop opens the next sentence (an article or a pronoun), not a domain.
    let n = match n.find('.') {
        Some(i) if i > 1 => {
            let next = n[i + 1..].split([' ', '\u{a0}']).next().unwrap_or("");
            let opener = next.starts_with(char::is_uppercase)
                && next.chars().skip(1).all(char::is_lowercase)
                && (crate::normalize::is_leading_article(next)
                    || matches!(
                        next,
                        "Il" | "Elle"
                            | "Ils"
                            | "Elles"
                            | "Ce"
                            | "Cette"
                            | "This"
                            | "It"
                            | "They"
                            | "Er"
                            | "Sie"
                            | "Es"
                            | "Ella"
                            | "Ele"
                            | "Ela"
                            | "Esta"
                            | "Este"
                            | "Questo"
                            | "Questa"
                    ));
            // A date glued to the stop ("Consultoría.2011-08-17 Le…"): the name ends at a
            // letter before it.
            let dated = next.starts_with(|c: char| c.is_ascii_digit())
                && n[..i].ends_with(char::is_alphabetic);
            if opener || dated {
                &n[..i]
            } else {
                n
            }
        }
        _ => n,
    };
    // Two organisations joined: "DataSenado e Universidade de Brasília", "Ifop and the
    // University of…": the first ran the poll (the second is a partner).
    // Not the halves of a suspended compound ("Markt- und Meinungsforschung").
    let n = match JOINED_ORG.find(n) {
        Some(m) if m.start() > 0 && !n[..m.start()].ends_with('-') => &n[..m.start()],
        _ => n,
    };
    // The edition's year is not the name's: "Eurispes 2022", "Barometer 2024". But a word of
    // the trade alone needs its number: "Research 2000" is a firm.
    let n = match n.rsplit_once(' ') {
        Some((head, year))
            if year.len() == 4
                && (year.starts_with("19") || year.starts_with("20"))
                && year.bytes().all(|b| b.is_ascii_digit())
                && !matches!(
                    fold(head).as_str(),
                    "research" | "polling" | "data" | "analytics" | "insights" | "consulting"
                ) =>
        {
            head
        }
        _ => n,
    };
    // Days of fieldwork after the name ("Active Group 17-20 февраля"): not the name's.
    let n = match n.rsplit_once(' ') {
        Some((head, days))
            if head.contains(char::is_alphabetic)
                && days.split(['-', '–']).count() == 2
                && days.trim_end_matches('.').split(['-', '–']).all(|d| {
                    (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
                }) =>
        {
            head
        }
        _ => n,
    };
    // "Chris Anderson of Beacon Research": a person of the organisation that ran the poll.
    if let Some(c) = PERSON_OF_ORG.captures(n) {
        let org = c.name("org").expect("group");
        if crate::sources::looks_like_org(org.as_str())
            && !crate::sources::looks_like_org(&n[..org.start()])
        {
            return (start + org.start(), org.as_str());
        }
    }
    (start, n)
}

/// A person's two capitalised names, then "of"/"from"/"at" and an organisation.
static PERSON_OF_ORG: LazyLock<Re> =
    LazyLock::new(|| re(r"^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s(?:of|from|at)\s(?P<org>\p{Lu}.*)$"));

/// The short name in brackets that closes a long one: in `after` (the text right after a
/// name), "(Ipespe)" in ", Políticas e Econômicas (Ipespe), encomendada…" or " (ФНИСЦ) РАН".
/// Only the rest of the name may come before the bracket (words and commas, no clause
/// break), and the bracket holds one short word. Offsets of the short name in `after`.
pub fn short_name_after(after: &str) -> Option<(usize, usize)> {
    let open = after.find('(')?;
    let before = &after[..open];
    if before.chars().count() > 60
        || before.contains(['.', ';', ':', '!', '?', '"', '«', '»', ')'])
        || before.split_whitespace().count() > 6
    {
        return None;
    }
    let inner_start = open + 1;
    let close = inner_start + after[inner_start..].find(')')?;
    let inner = &after[inner_start..close];
    let trimmed = inner.trim();
    if trimmed.is_empty()
        || trimmed.chars().count() > 24
        || trimmed.contains(char::is_whitespace)
        || !trimmed.chars().next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    Some((inner_start + lead, inner_start + lead + trimmed.len()))
}

/// " e Universidade…", " and University…": a second organisation joined to a name.
static JOINED_ORG: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"\s(?:e|y|and|et|und|и|і|та)\s(?:(?:the|la|le|l['’]|a|o|die|der)\s)?(?:Universidade|Universidad|University|Université|Universität|Università|Университет\w*|Університет\w*|Fundação|Fundación|Foundation|Fondation|Stiftung|Fondazione|Фонд\w*)\b",
    )
});

/// Where the owner's name starts in `after` (the text right after a product's name): past an
/// optional quoted title and ", da " / " of " / " de l'" ("“Predictions”, da Ipsos").
pub fn owner_after(after: &str) -> Option<usize> {
    static OWNER: LazyLock<Re> = LazyLock::new(|| {
        re(
            r#"^\s*(?:[“"«„][^”"»“]{1,60}[”"»“]\s*)?,?\s*(?:da|do|de|del|della|dell['’]|di|of|by|von|der|des|du|de la|d['’])\s*(?:l['’]|la\s+|the\s+)?"#,
        )
    });
    OWNER.find(after).map(|m| m.end())
}

/// A name without a trailing place ("Zubán Córdoba de Argentina" → "Zubán Córdoba"): the
/// head before the last " de " / " of " / " in "…, if one capitalised word follows.
pub fn without_place_tail(name: &str) -> Option<&str> {
    static TAIL: LazyLock<Re> =
        LazyLock::new(|| re(r"\s(?:de|do|da|del|di|of|in|en|em|aus|из|з)\s\p{Lu}\p{L}+$"));
    TAIL.find(name)
        .map(|m| name[..m.start()].trim_end())
        .filter(|h| !h.is_empty())
}

/// `n` as [`tidy_name`] gives it, its offsets moved with it.
pub fn tidy(n: NameAt) -> NameAt {
    let (cut, tidy) = tidy_name(&n.name);
    if tidy.len() == n.name.len() {
        return n;
    }
    NameAt {
        start: n.start + cut,
        end: n.start + cut + tidy.len(),
        name: tidy.to_owned(),
    }
}

/// Is `name` only an organisation noun ("Instituts", "Центра"), referring back to a pollster
/// named elsewhere ([`GENERIC_ORG`])?
pub fn is_generic_org(name: &str) -> bool {
    let folded = fold(name);
    if GENERIC_ORG_KEYS.contains(folded.as_str()) {
        return true;
    }
    // German compounds naming the trade: "Wahlforschungsunternehmen",
    // "Meinungsforschungsinstitut", "Umfrageinstitut" (the name follows them), also with a
    // first compound joined by "und" ("Markt- und Meinungsforschungsinstituts").
    let (core, core_folded) = match name.split_once("- und ") {
        Some((first, rest)) if !first.trim().contains(' ') => (rest, fold(rest)),
        _ => (name, folded.clone()),
    };
    if !core_folded.contains(' ')
        && !core.contains('-')
        && core_folded.chars().count() > 12
        && [
            "forschungsinstitut",
            "forschungsinstituts",
            "forschungsunternehmen",
            "forschungsunternehmens",
            "umfrageinstitut",
            "umfrageinstituts",
            "umfrageunternehmen",
            "forschungsfirma",
            "forschungsagentur",
            "umfrageagentur",
        ]
        .iter()
        .any(|suffix| core_folded.ends_with(suffix))
    {
        return true;
    }
    // "Opinion polling", "Recent Poll", "Latest Survey": poll vocabulary, capitalised at the
    // start of a sentence or in a headline, names no one.
    const POLL_VOCABULARY: &[&str] = &[
        "opinion",
        "public",
        "polling",
        "poll",
        "polls",
        "survey",
        "surveys",
        "research",
        "recent",
        "new",
        "latest",
        "national",
        "online",
        "exit",
        "snap",
        "tracking",
        "various",
        "several",
        "umfrage",
        "umfragen",
        "verschiedene",
        "mehrere",
        "neue",
        "neueste",
        "aktuelle",
        "jüngste",
        "letzte",
        "sondage",
        "sondages",
        "plusieurs",
        "divers",
        "nouveau",
        "nouveaux",
        "nouvelle",
        "dernier",
        "dernière",
        "encuesta",
        "encuestas",
        "sondeo",
        "sondeos",
        "varias",
        "varios",
        "nueva",
        "nuevo",
        "última",
        "último",
        "pesquisa",
        "pesquisas",
        "sondagem",
        "sondagens",
        "vários",
        "várias",
        "nova",
        "novo",
        "sondaggio",
        "sondaggi",
        "etude",
        "etudes",
        "estudio",
        "estudios",
        "estudo",
        "estudos",
        "studio",
        "studi",
        "studie",
        "studien",
        "recherche",
        "recherches",
        "investigaciones",
        "diversi",
        "nuovo",
        "ultimo",
    ];
    if folded
        .split_whitespace()
        .all(|w| POLL_VOCABULARY.contains(&w))
    {
        return true;
    }
    // "Umfrage des Instituts", "Survey of the Center": a poll noun and what follows it; the
    // name comes after ("des Instituts ratinggroup").
    const POLL_NOUNS: &[&str] = &[
        "poll",
        "polls",
        "survey",
        "surveys",
        "umfrage",
        "umfragen",
        "sondage",
        "sondages",
        "encuesta",
        "encuestas",
        "sondeo",
        "pesquisa",
        "sondagem",
        "sondaggio",
        "sondaggi",
        "опрос",
        "опитування",
    ];
    // A firm may be called "Encuestas Horizonte": only a poll noun followed by a preposition
    // or article is the poll's description.
    const LINKS: &[&str] = &[
        "des", "der", "de", "du", "of", "del", "di", "do", "da", "della", "dell", "von", "vom",
        "by", "from", "par", "por", "pelo", "pela", "the", "la", "le", "el", "il",
    ];
    const ARTICLES: &[&str] = &[
        "a", "an", "the", "eine", "ein", "die", "der", "das", "une", "un", "le", "la", "una", "el",
        "uma", "um", "o", "il",
    ];
    let mut words = folded
        .split_whitespace()
        .skip_while(|w| ARTICLES.contains(w));
    if let (Some(first), Some(second)) = (words.next(), words.next()) {
        if POLL_NOUNS.contains(&first) && LINKS.contains(&second) {
            return true;
        }
    }
    // "die Berliner Demoskopen", "die Mannheimer Wahlforscher": a German place adjective and
    // the people of the trade describe a pollster named elsewhere.
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() == 2 && words[0].starts_with(char::is_uppercase) && words[0].ends_with("er") && {
        // Not "des Berliner Instituts pollytix": an institute noun may precede the name.
        let noun = fold(words[1]);
        matches!(
            noun.as_str(),
            "demoskopen"
                | "meinungsforscher"
                | "wahlforscher"
                | "umfrageexperten"
                | "sozialforscher"
                | "marktforscher"
        )
    }
}

/// The rest of a name after a place that is part of it: a channel or outlet title such as
/// "Kyiv Live", "Moscow Times", "Odessa Online" (one word that names no one on its own).
fn is_place_led_title(rest: &str) -> bool {
    const TITLES: &[&str] = &[
        "live",
        "today",
        "news",
        "times",
        "post",
        "daily",
        "online",
        "tv",
        "info",
        "express",
        "herald",
        "journal",
        "tribune",
        "mail",
        "star",
        "insider",
        "life",
        "24",
        "inform",
        "новости",
        "вести",
        "правда",
        "онлайн",
        "новини",
        "live24",
    ];
    let rest = rest.trim();
    !rest.contains(' ') && TITLES.contains(&fold(rest).as_str())
}

/// Do the first two to four words of `name` name an outlet ("Paris Match et Sud Radio")?
fn starts_with_media(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=words.len().min(4)).any(|k| crate::sources::is_media(&words[..k].join(" ")))
        // "Sunday Independent/Ireland Thinks": an outlet and its pollster.
        || name
            .split_once('/')
            .is_some_and(|(a, _)| crate::sources::is_media(a.trim()))
}

/// "Public Policy Institute of California", "National Research Council": three or more
/// capitalised words (and connectors) naming an organisation keep their first word, though
/// alone it would be a descriptor ("public", "national").
fn proper_org_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Campaign Research", "Strategic Polling": a common word, then a trade word that ends a
    // firm's name. Not a headline's adjective ("Latest Polling", "New Research").
    if let [first, trade] = words[..] {
        let first = fold(first);
        if first.chars().count() >= 4
            && crate::sources::is_trade_word(trade)
            && !MONTHS.contains_key(first.as_str())
            && !matches!(
                first.as_str(),
                "latest"
                    | "recent"
                    | "fresh"
                    | "national"
                    | "internal"
                    | "private"
                    | "public"
                    | "independent"
                    | "online"
                    | "further"
                    | "more"
                    | "other"
                    | "their"
                    | "these"
                    | "those"
                    | "some"
                    | "this"
                    | "that"
                    | "market"
                    | "opinion"
                    | "survey"
                    | "poll"
                    | "polls"
            )
        {
            return true;
        }
    }
    words.len() >= 3
        && !crate::normalize::is_leading_article(words[0])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "for" | "and" | "&" | "de" | "du" | "des")
        })
        && crate::sources::looks_like_org(name.split_once(' ').map_or("", |(_, r)| r))
}

/// Lower-case nouns that say what an organisation is, before its name.
const LOWER_DESCRIPTORS: &[&str] = &[
    "institut",
    "institute",
    "instituto",
    "istituto",
    "cabinet",
    "société",
    "agence",
    "firme",
    "firm",
    "company",
    "empresa",
    "consultora",
    "encuestadora",
    "agencia",
    "agência",
    "agenzia",
    "società",
    "firma",
    "unternehmen",
    "компания",
    "компанія",
    "агентство",
    "агенція",
];

/// Words that are capitalised but never a pollster's name on their own.
const NOT_A_NAME: &[&str] = &[
    // What a headline or a sentence's first word says of a poll ("Interesting poll on the
    // website", "Shocking new survey").
    "interesting",
    "shocking",
    "stunning",
    "surprising",
    "striking",
    "alarming",
    "worrying",
    "damning",
    "devastating",
    "fascinating",
    "explosive",
    "unscientific",
    "informal",
    "unofficial",
    // Offices of state, whose head is no pollster's ("El presidente de la República, Nayib
    // Bukele, …").
    "republica",
    "republic",
    "republique",
    "repubblica",
    "nacion",
    "nation",
    "gobierno",
    "government",
    "gouvernement",
    "governo",
    "regierung",
    "generalitat",
    "xunta",
    "junta",
    "senado",
    "senate",
    "senat",
    "congreso",
    "congress",
    "parlamento",
    "parliament",
    "parlement",
    "bundestag",
    "duma",
    "rada",
    // Countries after "from" ("dagli Usa").
    "usa",
    "stati uniti",
    "estados unidos",
    "etats unis",
    "united states",
    // People and pronouns that ask questions but are not organisations ("Researchers
    // interviewed 1,000 adults", "Elle a interrogé…").
    "researchers",
    // Participles opening a sentence ("Consultados sobre si…", "Interrogés sur…").
    "consultados",
    "consultadas",
    "preguntados",
    "encuestados",
    "interrogés",
    "interrogées",
    "sondés",
    "befragt",
    "gefragt",
    "intervistati",
    "interpellati",
    "perguntados",
    "questionados",
    "entrevistados",
    "ouvidos",
    "опрошенные",
    "опитані",
    // Adjectives opening a sentence before a poll noun ("Соціологічне дослідження виявило…").
    "социологическое",
    "социологический",
    "соціологічне",
    "соціологічний",
    "соціологічні",
    "социологические",
    "соціологічних",
    "социологических",
    "всероссийский",
    "всероссийское",
    "общероссийский",
    "общероссийское",
    "всеукраїнське",
    "всеукраїнський",
    // Titles written as capitals ("a Twitter poll posted by the MP").
    "mp",
    "mps",
    "pm",
    "ceo",
    "scientists",
    "investigators",
    "interviewers",
    "officials",
    "police",
    "they",
    "we",
    "he",
    "she",
    "it",
    "elle",
    "ils",
    "elles",
    "nous",
    "er",
    "wir",
    "forscher",
    "wissenschaftler",
    // Election authorities, whose figures are results, not polls ("за даними ЦВК переміг").
    "цвк",
    "цик",
    "tse",
    "cne",
    "ine",
    "electoral commission",
    "election commission",
    "bundeswahlleiter",
    // What the poll is called by those who expose it ("Fake: pesquisa do instituto X").
    "fake",
    "soi disant",
    // Party abbreviations in a list of standings ("Con 28%, Lab 40%").
    "lab",
    "con",
    "ld",
    "falso",
    "falsa",
    "faux",
    "sociologists",
    "analysts",
    "experts",
    "soziologen",
    "experten",
    "sociologues",
    "analystes",
    "sociólogos",
    "analistas",
    "expertos",
    "especialistas",
    "sociologi",
    "esperti",
    "аналитики",
    "эксперты",
    "аналітики",
    "експерти",
    "chercheurs",
    "enquêteurs",
    "investigadores",
    "pesquisadores",
    "ricercatori",
    "исследователи",
    "социологи",
    "следователи",
    "полиция",
    "соціологи",
    "дослідники",
    "слідчі",
    "поліція",
    // Audiences: "IL SONDAGGIO DEI LETTORI" names no pollster.
    "lettori",
    "lecteurs",
    "leser",
    "readers",
    "lectores",
    "leitores",
    "internautes",
    "internautas",
    "dei",
    "degli",
    "delle",
    "the",
    "a",
    "an",
    "new",
    "latest",
    "recent",
    "exclusive",
    "dazu",
    "damit",
    "dafur",
    "deshalb",
    "daher",
    "darauf",
    "davon",
    "danach",
    "zudem",
    "ausserdem",
    "außerdem",
    "trotzdem",
    "allerdings",
    "inzwischen",
    "bereits",
    "zuletzt",
    "demnach",
    "hierzu",
    "dabei",
    "exclusif",
    "exklusiv",
    "exclusivo",
    "exclusiva",
    "esclusivo",
    "esclusiva",
    "national",
    "nationwide",
    "online",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    // Weekdays and months as German and English capitalise them, and other languages at the
    // start of a sentence ("wie die am Dienstag veröffentlichte Vimentis-Umfrage").
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "sabato",
    "треть",
    "половина",
    "большинство",
    "четверть",
    "третина",
    "більшість",
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середа",
    "середу",
    "четвер",
    "субота",
    "суботу",
    "неділя",
    "неділю",
    "jan",
    "feb",
    "apr",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    // The part of a month: "Ende Januar hat die Zeitung eine Umfrage gestartet".
    "ende",
    "anfang",
    "mitte",
    "january",
    "february",
    "march",
    "june",
    "july",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "marz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "today",
    "yesterday",
    "this",
    "that",
    "last",
    "french",
    "british",
    "german",
    "american",
    "spanish",
    "russian",
    "brazilian",
    "portuguese",
    "italian",
    "ukrainian",
    "european",
    "scottish",
    "welsh",
    "irish",
    "english",
    "uk",
    "us",
    "eu",
    "un",
    "une",
    "le",
    "la",
    "les",
    "l",
    "el",
    "los",
    "las",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "o",
    "os",
    "il",
    "lo",
    "gli",
    "i",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    // Possessives and demonstratives that open a sentence or a compound ("Unsere
    // Online-Umfrage", "Notre sondage", "Nuestra encuesta").
    "unsere",
    "unser",
    "unserer",
    "unseren",
    "unserem",
    "ihre",
    "seine",
    "diese",
    "dieser",
    "diesem",
    "dieses",
    "notre",
    "votre",
    "nuestra",
    "nuestro",
    "nossa",
    "nosso",
    "nostra",
    "nostro",
    "наш",
    "наша",
    "наше",
    "new york",
    "washington",
    "paris",
    "london",
    "berlin",
    "madrid",
    "moscow",
    "lisbon",
    "rome",
    "brasilia",
    "kyiv",
    "kiev",
    "france",
    "germany",
    "spain",
    "russia",
    "brazil",
    "portugal",
    "italy",
    "ukraine",
    "britain",
    "england",
    "scotland",
    "wales",
    "america",
    "europe",
    "poll",
    "polls",
    "survey",
    "surveys",
    "polling",
    "exit",
    "umfragen",
    "pesquisas",
    "sondages",
    "encuestas",
    "sondeos",
    "sondaggi",
    "опросы",
    "опросов",
    "опитування",
    "sondagens",
    "studie",
    "studien",
    "analyse",
    "analysis",
    "análisis",
    "election",
    "presidential",
    "general",
    "local",
    "regional",
    "federal",
    "public",
    "private",
    "independent",
    "official",
    "government",
    "internal",
    "party",
    "campaign",
    "republican",
    "democratic",
    "labour",
    "conservative",
    "tory",
    "liberal",
    "green",
    "de",
    "du",
    "des",
    "en",
    "et",
    "und",
    "y",
    "e",
    "и",
    "в",
    "на",
    "по",
    "с",
    "о",
    "об",
    "al",
    "del",
    "do",
    "da",
    "dos",
    "das",
    "non",
    "nicht",
    "not",
    "no",
    "sondage",
    "umfrage",
    "encuesta",
    "pesquisa",
    "sondaggio",
    "опрос",
    "it's",
    "one",
    "two",
    "three",
    "first",
    "second",
    "wave",
    "vague",
    "all",
    "each",
    "every",
    "several",
    "many",
    "other",
    "another",
    "such",
    "which",
    "who",
    "bundestagswahl",
    "landtagswahl",
    "wahl",
    "präsidentschaftswahl",
    "présidentielle",
    "législatives",
    "européennes",
    "elecciones",
    "generales",
    "eleições",
    "выборы",
    "elezioni",
    "prozent",
    "mehrheit",
    "neue",
    "neuen",
    "aktuelle",
    "aktuellen",
    "jüngste",
    "jüngsten",
    "repräsentative",
    "repräsentativen",
    "nueva",
    "nuevo",
    "última",
    "último",
    "nova",
    "novo",
    "nuovo",
    "nuova",
    "ultimo",
    "ultima",
    "новый",
    "новом",
    "последний",
    "свежий",
    "ein",
    "einer",
    "einem",
    "eines",
    "los",
    "aux",
    "au",
    "à",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "am",
    "on",
    "of",
    "and",
    "for",
    "für",
    "pour",
    "para",
    "per",
    "для",
    "fresh",
    "early",
    "final",
    "secret",
    "pollster",
    "pollsters",
    "twitter",
    "x",
    "facebook",
    "instagram",
    "telegram",
    "tiktok",
    "youtube",
    "whatsapp",
    "reddit",
    "results",
    "résultat",
    "resultado",
    "ergebnis",
    "según",
    "selon",
    "laut",
    "segundo",
    "secondo",
    "according",
    "nach",
];

/// Poll words: a name may start or end with one ("Encuestas Horizonte", "Demetra Sondaggi"), but
/// one alone is not a name.
const POLL_WORDS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "polling",
    "umfragen",
    "pesquisas",
    "sondages",
    "encuestas",
    "sondeos",
    "sondaggi",
    "опросы",
    "опросов",
    "опитування",
    "sondagens",
];

/// A lower-case place noun right after a name ("the Tar Heel state"), unless a poll word
/// follows it ("a Marist state poll").
static PLACE_NOUN_AFTER: LazyLock<Re> = LazyLock::new(|| {
    re(r"^(?:['’]s)?\s+(?:state|county|region|province)\b(?P<poll>\s+(?:poll|survey|polling)\b)?")
});

/// "according to the poll" (with its definite article) right before a name.
static AFTER_THE_POLL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:secondo|stando a|según|segundo|de acordo com|conforme|selon|d['’]après|according to|laut)\s+(?i:il|lo|la|el|le|l['’]|o|a|the|der|die|dem|ese|esa|este|esta|aquel|aquella|esse|essa|este|esta|questo|questa|quel|quella|ce|cet|cette|this|that|dieser|diese|diesem)\s*(?i:sondaggio|rilevazione|encuesta|sondeo|sondage|enquête|pesquisa|levantamento|sondagem|poll|survey|umfrage|estudio|estudo|studio|étude|study|studie)\s+$",
    )
});

/// A verb of the figure right after a name (past an aside in brackets), a figure close after:
/// the name is who the figure is about.
static SUBJECT_AFTER_POLL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^\s*(?:\([^)]{1,60}\)\s*)?(?i:tem|teria|terá|obtém|obteria|lidera|aparece|raggiunge|raggiungerebbe|ottiene|otterrebbe|avrebbe|è al|sarebbe|obtiene|obtendría|tiene|tendría|alcanza|alcanzaría|encabeza|logra|lograría|consigue|conseguiría|obtient|obtiendrait|recueille|recueillerait|atteint|arrive|kommt|käme|liegt|läge|erreicht|erhält|leads|has|gets|would get|wins|would win)\b[^.;:!?]{0,40}?\d",
    )
});

/// A percent word at the start of a text ("процентов", "per cent", "Prozent").
static PERCENT_WORD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^(?i:per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\b",
    )
});

/// Trims a raw capture to a usable name, or rejects it.
/// A poll's or a report's noun right before a title.
static POLL_NOUN_BEFORE_TITLE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:дослідженн\w*|опитуванн\w*|опрос\w*|исследовани\w*|доклад\w*|звіт\w*|study|survey|poll|report|enquête|étude|sondage|rapport|studie|umfrage|bericht|estudio|encuesta|informe|estudo|pesquisa|relatório|studio|indagine|sondaggio|rapporto)\s*$",
    )
});

/// Two words joined by a full stop with no space, each with lower-case letters: "Group.Sputnik".
static RUN_ON_CREDIT: LazyLock<Re> = LazyLock::new(|| re(r"\p{Ll}\p{Ll}\.\p{Lu}\p{Ll}"));

fn clean_name(s: &str, start: usize, end: usize) -> Option<NameAt> {
    let raw = &s[start..end];
    let (mut a, mut b) = (start, end);
    // Quotes are part of the capture but not of the name.
    let quoted = raw.starts_with(['«', '„', '“', '"', '‘'])
        || raw.starts_with('\'') && raw.ends_with('\'') && raw.len() > 2;
    if quoted {
        let q = raw.chars().next().expect("non-empty").len_utf8();
        let l = raw.chars().last().expect("non-empty").len_utf8();
        a += q;
        b -= l;
        // French spacing inside the marks: "« Centre d'études »".
        let inner = &s[a..b];
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        if lead + trail < inner.len() {
            a += lead;
            b -= trail;
        }
    }
    // "Eine Umfrage der Körber-Stiftung zur Sicht der Deutschen": a German name does not go
    // on into "zur/zum" and a noun when a genitive follows (the topic, not the name).
    if let Some(cut) = raw.rfind(" zur ").or_else(|| raw.rfind(" zum ")) {
        let rest = &raw[cut + 5..];
        if !rest.contains(' ') && GENITIVE_AFTER.is_match(&s[end..]) {
            if let Some(n) = clean_name(s, start, start + cut) {
                return Some(n);
            }
        }
    }
    // "Markt- und Meinungsforschung": the first half of a suspended compound is no name.
    if raw.ends_with('-') {
        return None;
    }
    // "компания Intellect Group.Sputnik Молдова": a page's credit line run on after the name
    // with no space is not part of it.
    if let Some(m) = RUN_ON_CREDIT.find(raw) {
        let dot = m.start() + m.as_str().find('.').expect("in the pattern");
        return clean_name(s, start, start + dot);
    }
    // "the CNN-commissioned study": who paid, and a participle, is no pollster's name.
    if raw.rsplit_once('-').is_some_and(|(_, p)| {
        matches!(
            p,
            "commissioned" | "sponsored" | "funded" | "backed" | "financed" | "paid" | "ordered"
        )
    }) {
        return None;
    }
    // "In 2 Regioni, l'Istituto diretto da…": an opening phrase with a count, not a name.
    if OPENERS.iter().any(|o| {
        raw.strip_prefix(o)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    }) {
        return None;
    }
    // A phrase in quotation marks with no capital letter ("« mesures imprécises »") is quoted
    // speech, not an organisation (unless the whole sentence is in lower case).
    let inner = s[a..b].trim_matches(|c: char| c.is_whitespace() || "«»„“”\"‘’'".contains(c));
    let in_quotes = quoted
        || s[..start].trim_end().ends_with(['«', '„', '“', '"'])
            && s[end..].trim_start().starts_with(['»', '“', '”', '"']);
    if in_quotes
        && !inner.chars().any(|c| c.is_uppercase() || c.is_numeric())
        && s.chars().any(char::is_uppercase)
    {
        return None;
    }
    // "Secondo il sondaggio Milei raggiungerebbe il 33,2%", "De acordo com o levantamento
    // Milei tem 31,1%": after "according to the poll" with no comma, the capitalised word is
    // the subject of the figure, not the poll's author.
    if !quoted && SUBJECT_AFTER_POLL.is_match(&s[end..]) && AFTER_THE_POLL.is_match(&s[..start]) {
        return None;
    }
    // A title in quotation marks after the poll's noun: 'дослідження «Суспільно-політичні
    // настрої українців (грудень 2024 року)»', 'the study "Young People and Work 2025"'.
    let first_word = || inner.split_whitespace().next().unwrap_or("");
    if quoted
        && (inner.split_whitespace().count() >= 4 || inner.contains(['(', ')']))
        // Not a body's name ('исследования «Института изучения общественных настроений»').
        && !ORG_HEAD.is_match(first_word())
        && !CYRILLIC_ORG_HEAD.is_match(first_word())
        && POLL_NOUN_BEFORE_TITLE.is_match(&s[floor_boundary(s, start.saturating_sub(40))..start])
    {
        return None;
    }
    // A word in quotation marks that names no one ("a pesquisa “Fake”").
    if quoted && NOT_A_NAME_KEYS.contains(fold(inner).as_str()) {
        return None;
    }
    // A mode of interviewing, as text in capitals writes it ("INTERVIEWED 1,004 ADULTS BY
    // TELEPHONE").
    if matches!(
        fold(inner).as_str(),
        "telephone" | "phone" | "internet" | "mail" | "email" | "e-mail" | "text" | "sms" | "post"
    ) {
        return None;
    }
    // A place used as an adjective ("a second poll from the Tar Heel state", "the Sunshine
    // state's voters"): a name followed by a lower-case place noun is no organisation.
    if PLACE_NOUN_AFTER
        .captures(&s[end..])
        .is_some_and(|c| c.name("poll").is_none())
    {
        return None;
    }
    // Trailing punctuation and possessives.
    loop {
        let t = &s[a..b];
        if let Some(x) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) {
            b = a + x.len();
        } else if t.ends_with(['.', ',', '\'', '’', '-', '/', ':', ';']) && !t.ends_with("dB.") {
            // '’' is three bytes.
            b -= t.chars().next_back().map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    // A figure after the name is not part of it ("в опросе Деминициатив 93% назвали"): a
    // last word of digits followed by a percent sign or word.
    if let Some((head, last)) = s[a..b].rsplit_once(' ') {
        let after = s[b..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if !head.is_empty()
            && last
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
            && (after.starts_with('%') || PERCENT_WORD.find(after).is_some_and(|m| m.start() == 0))
        {
            b = a + head.len();
        }
    }
    // Elided articles: "l'Ifop", "d'Elabe".
    for p in [
        "l'", "l’", "L'", "L’", "d'", "d’", "D'", "D’", "dell'", "dell’",
    ] {
        if s[a..b].starts_with(p) {
            a += p.len();
        }
    }
    // A poll series' name before its pollster ("Barómetro Opinião COVID-19 da Marktest"):
    // the pollster is the name.
    if let Some((first, rest)) = s[a..b].split_once(' ') {
        if matches!(
            fold(first).as_str(),
            "barometro" | "barometre" | "barometer"
        ) && rest.starts_with(char::is_uppercase)
        {
            let of = [
                " da ", " de ", " do ", " du ", " des ", " of ", " di ", " del ", " della ",
                " von ", " der ",
            ]
            .iter()
            .filter_map(|p| rest.rfind(p).map(|i| i + p.len()))
            .filter(|&i| rest[i..].starts_with(char::is_uppercase))
            .max();
            if let Some(of) = of {
                a += first.len() + 1 + of;
            }
        }
    }
    // An indefinite article that opened the sentence ("A CGTN and Renmin University
    // survey"): not part of the name.
    for p in ["A ", "An "] {
        if s[a..b].starts_with(p) && s[a + p.len()..b].starts_with(char::is_uppercase) {
            a += p.len();
        }
    }
    // A hyphenated adjective before the name ("ÖVP-nahen Fessel-Institut", "SPD-nahe
    // Stiftung"): who the organisation is close to, not what it is called.
    if let Some((first, rest)) = s[a..b].split_once(' ') {
        if let Some((_, tail)) = first.rsplit_once('-') {
            if tail.starts_with(char::is_lowercase)
                && tail.chars().all(char::is_lowercase)
                && ["e", "en", "er", "es", "em"]
                    .iter()
                    .any(|e| tail.ends_with(e))
                && rest.starts_with(char::is_uppercase)
            {
                a += first.len() + 1;
            }
        }
    }
    // A lower-case descriptor before the name ("l'institut Azur Études", "la société X"):
    // what the organisation is, not what it is called.
    if let Some((first, rest)) = s[a..b].split_once(' ') {
        if first.chars().all(char::is_lowercase)
            && rest.starts_with(char::is_uppercase)
            && LOWER_DESCRIPTORS.contains(&first)
        {
            a += first.len() + 1;
        }
    }
    // A date or weekday after the name ("Swg del 3 marzo", "Forsa vom 12.", "am Mittwoch"):
    // not part of it.
    // Not an outlet's own name ("Bild am Sonntag").
    if let Some(m) = TRAILING_DAY.find(&s[a..b]) {
        if !crate::sources::is_media(&s[a..b]) {
            b = a + m.start();
        }
    }
    // A count of people after the name ("Hamburger Demoskopen 1000 Bürger befragt"), not a
    // number that is part of it ("Research 2000 of Rockville").
    // "laut dem Umfrageportal Wahlkreisprognose 22 Prozentpunkte": a share after the name.
    if let Some(m) = TRAILING_SHARE.find(&s[a..b]) {
        b = a + m.start();
    }
    if let Some(c) = TRAILING_COUNT.captures(&s[a..b]) {
        let next = c.name("next").expect("group").as_str();
        if !matches!(
            fold(next).as_str(),
            "of" | "de" | "del" | "di" | "du" | "des" | "von" | "fur" | "for" | "and" | "und"
        ) {
            b = a + c.get(0).expect("group 0").start();
        }
    }
    // Drop trailing words that cannot be part of a name (a following capitalised sentence word).
    let mut name = s[a..b].trim().to_owned();
    if !quoted {
        loop {
            let words: Vec<&str> = name.split_whitespace().collect();
            let last = fold(words[words.len() - 1]);
            // "Zentrum für Geopolitische Studien": after a connector the word is the name's.
            // (Not in upper-case text, where every word looks like a name's.)
            let after_connector = words.len() > 2
                && words[words.len() - 1].chars().any(char::is_lowercase)
                && words[1..words.len() - 1].iter().any(|w| {
                    matches!(
                        fold(w).as_str(),
                        "fur"
                            | "for"
                            | "of"
                            | "de"
                            | "di"
                            | "del"
                            | "della"
                            | "do"
                            | "da"
                            | "des"
                            | "du"
                    )
                });
            // "Datos & Análisis": a word after an ampersand is the firm's.
            let after_ampersand = words.len() > 2 && words[words.len() - 2] == "&";
            if words.len() > 1
                && NOT_A_NAME_KEYS.contains(last.as_str())
                && !POLL_WORDS.contains(&last.as_str())
                && !after_connector
                && !after_ampersand
            {
                let last = words[words.len() - 1];
                name = name[..name.len() - last.len()].trim_end().to_owned();
            } else {
                break;
            }
        }
        // Leading words that cannot start a name ("New YouGov polling", "Sunday Times"), unless
        // the whole is an outlet ("New York Times").
        if !crate::sources::is_media(&name)
            && !name.split('/').next().is_some_and(crate::sources::is_media)
            && !starts_with_media(&name)
        {
            loop {
                let first = name.split_whitespace().next().unwrap_or("").to_owned();
                let f = fold(&first);
                // "De las Heras Demotecnia": a capital particle before a lower-case one.
                let particle = name
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
                if name.contains(' ')
                    && !particle
                    && !proper_org_name(&name)
                    && NOT_A_NAME_KEYS.contains(f.as_str())
                    && !POLL_WORDS.contains(&f.as_str())
                    && !is_place_led_title(&name[first.len()..])
                {
                    let old = name.len();
                    name = name[first.len()..].trim_start().to_owned();
                    a += old - name.len();
                } else {
                    break;
                }
            }
        }
        // "Leipziger Instituts Sachsenpuls", "Münchner Agentur Stimmungslage Consulting": a
        // German place adjective and an organisation noun describe the name that follows.
        if let Some(c) = DESCRIBED_NAME.captures(&name) {
            let rest = c.name("rest").expect("group").start();
            a += rest;
            name = name[rest..].to_owned();
        }
        // "Copenhagen-based Nordlys Analyse", "Winter Springs-based Gravis Marketing": the
        // description goes.
        let based = name
            .split_whitespace()
            .take_while(|w| {
                let f = w.to_lowercase();
                !(f.ends_with("-based") || f.ends_with("-basierte") || f.ends_with("-based,"))
            })
            .count();
        if based < name.split_whitespace().count() - 1 {
            let words: Vec<&str> = name.split_whitespace().collect();
            let first = words[based + 1];
            let skip = name.find(first).unwrap_or(0);
            // Only where what comes first is the town's name, capitalised.
            if words[..=based]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            {
                a += skip;
                name = name[skip..].to_owned();
            }
        }
        // "2.000 Bundesbürgern", "1 500 personnes": a count, not a name.
        if COUNT_LED.is_match(&name) {
            return None;
        }
        let first = fold(name.split_whitespace().next().unwrap_or(""));
        let media = crate::sources::is_media(&name) || starts_with_media(&name);
        let poll_led = POLL_WORDS.contains(&first.as_str()) && name.contains(' ');
        if !media
            && ((NOT_A_NAME_KEYS.contains(first.as_str())
                && !poll_led
                && !proper_org_name(&name)
                && !name
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && !is_place_led_title(name.split_once(' ').map_or("", |(_, r)| r)))
                || NOT_A_NAME_KEYS.contains(fold(&name).as_str())
                || COUNTRY_KEYS.contains(fold(&name).as_str()))
        {
            return None;
        }
        // "AN OPINION poll on…": a poll word in capitals names no one.
        if !name.contains(' ')
            && matches!(
                first.as_str(),
                "opinion" | "public" | "polling" | "poll" | "polls" | "survey" | "surveys"
            )
        {
            return None;
        }
        if !media && MONTHS.contains_key(first.as_str()) {
            return None;
        }
        // "7 JUILLET", "vom 23. August 2024", "18 Pallas Data" after "a November": a date, or a
        // day before the name. (`first` is the first word folded: "23." is "23", "1º" stays.)
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2
            && first
                .trim_end_matches('º')
                .bytes()
                .all(|b| b.is_ascii_digit())
            && MONTHS.contains_key(fold(words[1]).as_str())
        {
            return None;
        }
        if words.len() >= 2 && words[0].len() <= 2 && words[0].chars().all(|c| c.is_ascii_digit()) {
            let month_before = s[..a]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| MONTHS.contains_key(fold(w.trim_end_matches('.')).as_str()));
            if month_before {
                let skip = name.len() - name[words[0].len()..].trim_start().len();
                a += skip;
                name = name[skip..].to_owned();
            }
        }
        // "Newshub-Reid Research Poll for Labour": the poll and whom it was for are not the
        // name.
        if let Some(m) = POLL_FOR_TAIL.find(&name) {
            name.truncate(m.start());
        }
    }
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let mut b = a + name.len();
    // "Компания ИНСОМАР": the kind of firm, capitalised at a sentence's start, before its
    // name in capitals.
    if let Some((first, rest)) = name.split_once(' ') {
        if matches!(
            fold(first).as_str(),
            "компания"
                | "компанія"
                | "агентство"
                | "агенція"
                | "фирма"
                | "фірма"
                | "company"
                | "firm"
        ) && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && rest.chars().all(|c| !c.is_lowercase())
        {
            a += first.len() + 1;
            name = rest.to_owned();
            b = a + name.len();
        }
    }
    // "В Україні провели опитування": a place after a preposition of place is no agent.
    if !name.contains(' ')
        && name.chars().any(is_cyrillic)
        && s[..a]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "в" | "у" | "во" | "на"))
    {
        return None;
    }
    // "Research 2000 of Rockville, Md.": the firm's town is not its name.
    if let Some(c) = OF_TOWN.captures(&name) {
        if TOWN_STATE_AFTER.is_match(&s[b..]) {
            let head = c.name("head").expect("group").as_str();
            b = a + head.len();
            name = head.to_owned();
        }
    }
    // "MLS group", "Dnipro research": a lower-case organisation word after a capitalised
    // name is part of it.
    if name.chars().any(char::is_uppercase) {
        if let Some(c) = LOWER_ORG_TAIL.find(&s[b..]) {
            b += c.end();
            name = s[a..b].to_owned();
        }
    }
    // "The South Korean polling agency Realmeter": a description of the firm named next.
    if matches!(
        name.split_whitespace().last().map(fold).as_deref(),
        Some("polling" | "research" | "survey" | "pollster")
    ) && DESCRIPTION_NOUN_AFTER.is_match(&s[b..])
    {
        return None;
    }
    Some(NameAt {
        start: a,
        end: b,
        name,
    })
}

/// A poll noun and whom the poll was for, closing a name ("… Research Poll for Labour").
static POLL_FOR_TAIL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"\s+(?i:poll|survey|sondage|umfrage|encuesta|sondaggio|pesquisa)\s+(?i:for|pour|für|para|per)\s.*$",
    )
});
/// The noun that a description of a firm ends on, before the firm's name ("polling agency X").
static DESCRIPTION_NOUN_AFTER: LazyLock<Re> = LazyLock::new(|| {
    re(r"^\s+(?i:agency|firm|company|institute|organi[sz]ation|outfit|group|house)\s+\p{Lu}")
});
/// A name that ends on "of" and a town ("Research 2000 of Rockville").
static OF_TOWN: LazyLock<Re> =
    LazyLock::new(|| re(r"^(?P<head>.+?\S) of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$"));
/// A US state or Canadian province, or its abbreviation, after a town and a comma.
static TOWN_STATE_AFTER: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^,\s*(?:\p{Lu}\p{Ll}{1,3}\.|[A-Z]{2}\b|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New \p{Lu}\p{Ll}+|North \p{Lu}\p{Ll}+|South \p{Lu}\p{Ll}+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec)",
    )
});
/// A lower-case organisation word after a name ("MLS group").
static LOWER_ORG_TAIL: LazyLock<Re> = LazyLock::new(|| {
    re(r"^ (?:group|research|consulting|analytics|insights|strategies|polling|partners)\b")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(s: &str) -> Vec<(f64, Option<f64>)> {
        figures(s)
            .into_iter()
            .map(|f| (f.value, f.change))
            .collect()
    }

    #[test]
    fn a_share_of_respondents_is_not_a_sample() {
        assert_eq!(
            sample_size(
                "Nach einer YouGov-Erhebung halten 58 Prozent der Befragten das für falsch."
            ),
            None
        );
        assert_eq!(
            sample_size("Durchgeführt hat die Befragung gfs.bern bei 12'284 Stimmberechtigten."),
            Some(12284)
        );
        assert_eq!(
            figures("Die FDP kommt nur noch auf vier Prozent, die Linke auf neun Prozent.")
                .iter()
                .map(|f| f.value)
                .collect::<Vec<_>>(),
            vec![4.0, 9.0]
        );
    }

    #[test]
    fn reads_percentages_in_every_format() {
        assert_eq!(
            vals("Labour 40%, Tories 22 per cent"),
            vec![(40.0, None), (22.0, None)]
        );
        assert_eq!(
            vals("Renaissance 16,5 % (-0,5), RN 31 % (+2)"),
            vec![(16.5, Some(-0.5)), (31.0, Some(2.0))]
        );
        assert_eq!(
            vals("die Union kommt auf 30 Prozent, zwei Punkte weniger"),
            vec![(30.0, None)]
        );
        assert_eq!(
            vals("el PP obtendría un 33,1 por ciento"),
            vec![(33.1, None)]
        );
        assert_eq!(
            vals("«Единую Россию» поддерживают 45 процентов"),
            vec![(45.0, None)]
        );
        assert_eq!(
            vals("Labour is on 38%, down 2 points"),
            vec![(38.0, Some(-2.0))]
        );
        assert_eq!(vals("margin of error of 3%"), vec![]);
        assert_eq!(vals("six in ten voters"), vec![(60.0, None)]);
    }

    #[test]
    fn finds_subjects() {
        let s = "Labour is on 40%, the Conservatives 22% and 31 % pour Marine Le Pen";
        let f = figures(s);
        assert_eq!(subject(s, &f, 0, &[]), "Labour");
        assert_eq!(subject(s, &f, 1, &[]), "Conservatives");
        assert_eq!(subject(s, &f, 2, &[]), "Marine Le Pen");
        // A source introduction, a pollster or a news agency is not what the figure measures.
        for (s, exclude, want) in [
            (
                "D'après un sondage Elabe pour BFMTV, 58 % des Français jugent la réforme injuste",
                &["Elabe", "BFMTV"][..],
                "Français jugent la réforme injuste",
            ),
            (
                "Згідно з опитуванням, 58% громадян вважають так",
                &[][..],
                "громадян вважають так",
            ),
            (
                "A poll cited by RIA Novosti shows 72% of Moldovans favour the plan",
                &[][..],
                "Moldovans favour the plan",
            ),
            (
                "Secondo l'istituto, Fratelli d'Italia è al 30%",
                &[][..],
                "Fratelli d'Italia",
            ),
            // The article opening the sentence is not the subject, nor the one after "of".
            (
                "Une enquête de l'Ifop montre que 40 % des Français sont inquiets",
                &["Ifop"][..],
                "Français sont inquiets",
            ),
            (
                "Laut einer vom Institut Insa durchgeführten Online-Umfrage sind 46 Prozent der Deutschen dagegen",
                &["Insa"][..],
                "Deutschen dagegen",
            ),
            (
                "Una encuesta de Cadem revela que el 40% de los chilenos está preocupado",
                &["Cadem"][..],
                "chilenos está preocupado",
            ),
        ] {
            let f = figures(s);
            assert_eq!(subject(s, &f, 0, exclude), want, "{s}");
        }
    }

    #[test]
    fn reads_samples_margins_methods() {
        assert_eq!(sample_size("The survey of 2,000 adults"), Some(2000));
        assert_eq!(
            sample_size("auprès d'un échantillon de 1 003 personnes"),
            Some(1003)
        );
        assert_eq!(
            sample_size("Befragt wurden 1.502 Wahlberechtigte"),
            Some(1502)
        );
        assert_eq!(sample_size("опрошено 1600 человек"), Some(1600));
        assert_eq!(sample_size("In 2024 voters said"), None);
        assert_eq!(
            margin_of_error("with a margin of error of plus or minus 3.1 points"),
            Some(3.1)
        );
        assert_eq!(margin_of_error("marge d'erreur de 2,5 points"), Some(2.5));
        assert_eq!(margin_of_error("погрешность не превышает 3,5%"), Some(3.5));
        assert_eq!(
            method("réalisé en ligne du 3 au 5 mai"),
            Some(Method::Online)
        );
        assert_eq!(method("telefonisch befragt"), Some(Method::Telephone));
    }

    #[test]
    fn reads_fieldwork_dates() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            fieldwork("conducted 3-5 May 2024", None, None),
            Some((d("2024-05-03"), d("2024-05-05")))
        );
        assert_eq!(
            fieldwork("réalisé du 30 avril au 2 mai", Some(2024), None),
            Some((d("2024-04-30"), d("2024-05-02")))
        );
        assert_eq!(
            fieldwork("vom 3. bis 5. Juni 2023", None, None),
            Some((d("2023-06-03"), d("2023-06-05")))
        );
        assert_eq!(
            fieldwork("entre el 3 y el 5 de mayo", Some(2024), None),
            Some((d("2024-05-03"), d("2024-05-05")))
        );
        assert_eq!(
            fieldwork("с 3 по 5 мая 2024 года", None, None),
            Some((d("2024-05-03"), d("2024-05-05")))
        );
        assert_eq!(
            fieldwork("fielded May 3-5", Some(2024), None),
            Some((d("2024-05-03"), d("2024-05-05")))
        );
        assert_eq!(
            fieldwork("realizada em 12 de março", Some(2024), None),
            Some((d("2024-03-12"), d("2024-03-12")))
        );
        // The number after the month is the sample size, not a year.
        assert_eq!(
            fieldwork(
                "Für die Erhebung wurden vom 10. bis 14. Oktober 1203 Personen befragt.",
                Some(2024),
                None
            ),
            Some((d("2024-10-10"), d("2024-10-14")))
        );
    }

    #[test]
    fn finds_pollster_names() {
        let n = |s: &str| {
            pollster_names(s, "und")
                .into_iter()
                .map(|n| n.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(n("A new YouGov poll for the Times"), vec!["YouGov"]);
        assert_eq!(n("selon un sondage de l'Ifop pour le JDD"), vec!["Ifop"]);
        assert_eq!(n("laut einer Forsa-Umfrage"), vec!["Forsa"]);
        assert_eq!(
            n("según una encuesta de Zephyr Analytics"),
            vec!["Zephyr Analytics"]
        );
        assert_eq!(n("по данным опроса ВЦИОМ"), vec!["ВЦИОМ"]);
        assert_eq!(
            n("опрос компании «Зефир Аналитикс»"),
            vec!["Зефир Аналитикс"]
        );
        assert_eq!(n("segundo pesquisa Datafolha divulgada"), vec!["Datafolha"]);
        // A source line, in any language, with or without the noun of what the source is.
        for (line, want) in [
            ("Fuente: consultora FixData.", "FixData"),
            ("La fuente: consultora FixData.", "FixData"),
            ("Source: Harbour Research", "Harbour Research"),
            ("Источник: ФОМ", "ФОМ"),
        ] {
            assert_eq!(pollster_names(line, "es")[0].name, want, "{line}");
        }
        // A capitalised adjective and the noun of what the body is begin its name.
        assert_eq!(
            n("опроса, который провело Социологическое агентство «Вектор-М» в мае"),
            vec!["Социологическое агентство «Вектор-М»"]
        );
        // A corporate suffix alone is the end of the name before it.
        assert_eq!(
            n("следует из результатов исследования Turu-uuringute AS, проведенного по заказу"),
            vec!["Turu-uuringute AS"]
        );
        // Days of fieldwork after a name are not part of it.
        assert_eq!(
            pollster_names("по данным опроса компании Active Group 17-20 февраля", "ru")
                .into_iter()
                .map(|n| tidy(n).name)
                .collect::<Vec<_>>(),
            vec!["Active Group"]
        );
        assert_eq!(
            n("Ifop-Fiducial pour Sud Radio a réalisé une enquête sur un échantillon de 1206 personnes")[0],
            "Ifop-Fiducial"
        );
        assert_eq!(
            n("el Centro Nacional de Consultoría, en alianza con dos diarios, hizo una encuesta"),
            vec!["Centro Nacional de Consultoría"]
        );
        // A common word before a trade word is a firm's name; a headline's adjective is not.
        assert_eq!(
            n("a new poll from Campaign Research shows the Liberals ahead"),
            vec!["Campaign Research"]
        );
        // The poll word a pattern opened on is a word of a longer name: the whole name.
        assert_eq!(
            n("Una de ellas fue el Centro de Estudios Políticos de la Universidad Andina, que mostró"),
            vec!["Centro de Estudios Políticos de la Universidad Andina"]
        );
        assert_eq!(
            n("segundo o Instituto de Pesquisas Sociais do Paraná, que ouviu 800 eleitores"),
            vec!["Instituto de Pesquisas Sociais do Paraná"]
        );

        assert!(n("A new poll shows").is_empty());
    }

    #[test]
    fn german_unit_nouns_are_not_subjects() {
        let s = "Die SPD legt um einen Punkt auf 16 Prozent zu.";
        let f = figures(s);
        assert_eq!(subject(s, &f, 0, &[]), "SPD");
    }

    #[test]
    fn partitive_words_are_not_subjects() {
        let s = "Lula tem 47%, contra 33% de Bolsonaro.";
        let f = figures(s);
        assert_eq!(subject(s, &f, 1, &[]), "Bolsonaro");
    }

    #[test]
    fn spelt_out_english_percentages() {
        let v: Vec<f64> = figures("Sixty-one per cent of Britons, up from forty percent")
            .iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(v, vec![61.0, 40.0]);
        assert_eq!(english_number("Seventy three"), Some(73.0));
        assert_eq!(english_number("nineteen"), Some(19.0));
    }

    #[test]
    fn shares_in_words() {
        for (text, want) in [
            ("Jeder dritte Kölner wünscht sich das.", 33.3),
            ("Кожен третій респондент назвав енергетику.", 33.3),
            ("Каждый второй россиянин против.", 50.0),
            ("Two thirds of voters agree.", 66.7),
            ("Лише кожен восьмий виступає проти.", 12.5),
        ] {
            let f = figures(text);
            assert_eq!(f.first().map(|f| f.value), Some(want), "{text}");
        }
    }

    #[test]
    fn a_figure_after_a_dash_dateline_is_read() {
        // A multi-byte dash before the number: "MAINZ – 62 Prozent", "(– 2 %)".
        let v: Vec<f64> = figures("MAINZ – 62 Prozent der Befragten, Mainz − 3 % (– 2 %)")
            .iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(v, vec![62.0, 3.0]);
    }

    #[test]
    fn a_sample_description_is_not_a_ratio() {
        let f = figures("réalisée auprès d'un échantillon de 1 500 personnes représentatif");
        assert!(f.is_empty(), "{f:?}");
        assert_eq!(figures("deux Français sur trois")[0].value, 66.7);
    }

    #[test]
    fn margin_ranges_take_the_upper_end() {
        assert_eq!(
            margin_of_error("Marge d'erreur : entre 1,1 et 2,5 points."),
            Some(2.5)
        );
        assert_eq!(
            margin_of_error("a margin of error of between 1.4 and 3.1 points"),
            Some(3.1)
        );
    }

    #[test]
    fn margins_written_in_words() {
        assert_eq!(
            margin_of_error(
                "A margem de erro é de dois pontos percentuais, para mais ou para menos."
            ),
            Some(2.0)
        );
        assert_eq!(
            margin_of_error("The margin of error is three percentage points."),
            Some(3.0)
        );
        assert_eq!(margin_of_error("margen de error de 3,1 puntos"), Some(3.1));
    }

    #[test]
    fn sample_sizes_with_abbreviated_qualifiers() {
        assert_eq!(
            sample_size("gathered responses from 1,029 U.S. adults nationwide"),
            Some(1029)
        );
    }

    #[test]
    fn org_names_run_past_their_head_noun() {
        fn ext<'a>(s: &'a str, name: &str) -> &'a str {
            let start = s.find(name).unwrap();
            &s[start..extend_org_name(s, start, start + name.len())]
        }
        assert_eq!(
            ext(
                "a survey by the Eurasian Institute for Social Monitoring shows",
                "Eurasian Institute"
            ),
            "Eurasian Institute for Social Monitoring"
        );
        assert_eq!(
            ext("laut Institut für Demoskopie Allensbach", "Institut"),
            "Institut für Demoskopie Allensbach"
        );
        // A sponsor after an article is not part of the name; other names are left alone.
        assert_eq!(
            ext("the Polling Institute for the Times", "Polling Institute"),
            "Polling Institute"
        );
        assert_eq!(ext("a YouGov poll for Reuters", "YouGov"), "YouGov");
        assert_eq!(
            ext(
                "según la Facultad de Ciencias Sociales de la Universidad del Sur, el 40%",
                "Facultad"
            ),
            "Facultad de Ciencias Sociales de la Universidad del Sur"
        );
        // A unit read up to its subject belongs to the university or school after it.
        for (text, name, want) in [
            (
                "una encuesta de la Facultad de Economía de la Universidad de Chile, el 38%",
                "Facultad de Economía",
                "Facultad de Economía de la Universidad de Chile",
            ),
            (
                "a pesquisa do Departamento de Ciência Política da USP mostra",
                "Departamento de Ciência Política",
                "Departamento de Ciência Política da USP",
            ),
            (
                "a survey by the Department of Government of the London School of Economics found",
                "Department of Government",
                "Department of Government of the London School of Economics",
            ),
        ] {
            assert_eq!(ext(text, name), want);
        }
        // Not a place or a sponsor after it.
        assert_eq!(
            ext(
                "la Facultad de Economía de Santiago para El Mercurio",
                "Facultad de Economía"
            ),
            "Facultad de Economía"
        );
        // A body named by its description, then whose it is; not who it worked for.
        assert_eq!(
            ext(
                "une enquête du Centre de recherches politiques de Sciences Po, réalisée pour",
                "Centre"
            ),
            "Centre de recherches politiques de Sciences Po"
        );
        assert_eq!(
            ext("l'Institut d'études politiques pour Le Monde", "Institut"),
            "Institut d'études politiques"
        );
        // Romance names in lower case after the head noun; a verb after them is left out.
        assert_eq!(
            ext(
                "réalisé par l'Institut européen d'opinion publique, inconnu",
                "Institut"
            ),
            "Institut européen d'opinion publique"
        );
        assert_eq!(
            ext(
                "según el Instituto nacional de estudios sociales, que",
                "Instituto"
            ),
            "Instituto nacional de estudios sociales"
        );
        assert_eq!(
            ext("l'Institut de sondage a publié", "Institut"),
            "Institut de sondage"
        );
        assert_eq!(ext("l'Institut a publié", "Institut"), "Institut");
    }

    #[test]
    fn finds_sponsors() {
        assert_eq!(
            sponsor_for(" for The Sunday Times shows").map(|n| n.name),
            Some("The Sunday Times".into())
        );
        // A title's own capitalised article stays; a lower-case one and an elision go.
        assert_eq!(
            sponsor_for(" per La7, Fratelli d'Italia").map(|n| n.name),
            Some("La7".into())
        );
        assert_eq!(
            sponsor_for(" para El País").map(|n| n.name),
            Some("El País".into())
        );
        assert_eq!(sponsor_for(" para ABC").map(|n| n.name), Some("ABC".into()));
        assert_eq!(
            sponsor_for(" para laSexta").map(|n| n.name),
            Some("Sexta".into())
        );
        assert_eq!(
            sponsor_for(" pour l'Express").map(|n| n.name),
            Some("Express".into())
        );
        assert_eq!(
            sponsor_for(" for the New York Times").map(|n| n.name),
            Some("New York Times".into())
        );
        assert_eq!(
            sponsor_for(" pour Paris-Match").map(|n| n.name),
            Some("Paris-Match".into())
        );
        assert_eq!(
            sponsor_strong("im Auftrag der Bild am Sonntag").map(|n| n.name),
            Some("Bild am Sonntag".into())
        );
        assert_eq!(
            sponsor_strong("по заказу телеканала «Звезда»").map(|n| n.name),
            Some("Звезда".into())
        );
        // A body's name goes on past its head noun.
        assert_eq!(
            sponsor_strong("по заказу Института общественных исследований: 54% россиян")
                .map(|n| n.name),
            Some("Института общественных исследований".into())
        );
    }
}

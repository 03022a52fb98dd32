//! Language identification: ISO 639-1 code for a document.
//!
//! Owns the mapping from whatlang's ISO 639-3 codes and the cheap overrides (Ukrainian letters).
//! It looks at a bounded prefix of the text so long articles cost the same as short ones.

use whatlang::Lang;

/// How many bytes of text are enough to identify a language.
const SAMPLE_BYTES: usize = 1200;

/// The ISO 639-1 code of the text, or `"und"` when it cannot be told.
pub fn detect(text: &str) -> &'static str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let Some(info) = whatlang::detect(sample) else { return "und" };
    let code = iso639_1(info.lang());
    if code == "ru" && sample.chars().any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є')) {
        return "uk";
    }
    if code == "uk" && sample.chars().any(|c| matches!(c, 'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э')) {
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
        assert_eq!(detect("Laut einer Umfrage von Forsa kommt die Union auf 30 Prozent der Stimmen."), "de");
        assert_eq!(detect("Según una encuesta de GAD3, el partido obtendría la mayoría absoluta."), "es");
        assert_eq!(detect("По данным опроса ВЦИОМ, большинство россиян поддерживают это решение."), "ru");
        assert_eq!(detect("За даними опитування КМІС, більшість українців підтримують це рішення."), "uk");
        assert_eq!(detect("Segundo pesquisa Datafolha, a maioria dos eleitores aprova o governo."), "pt");
        assert_eq!(detect("A new YouGov poll for the Times shows Labour ahead of the Conservatives."), "en");
    }

    #[test]
    fn normalises_tags() {
        assert_eq!(normalise_tag("fr-FR"), "fr");
        assert_eq!(normalise_tag("deu"), "de");
        assert_eq!(normalise_tag("Portuguese"), "pt");
    }
}

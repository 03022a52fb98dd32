//! Sentence segmentation with byte offsets.
//!
//! Owns where one sentence ends and the next begins, for every supported language. It knows
//! abbreviations ("Mr.", "z.B.", "т.е."), decimals ("28.5"), initials and German ordinal dates
//! ("am 3. Mai"). It must never allocate a copy of the text: spans only.

use std::sync::LazyLock;

/// Words that end with a dot but do not end a sentence (compared lower-cased, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "nos",
    "inc", "ltd", "co", "corp", "gov", "sen", "rep", "gen", "col", "lt", "mt", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "m",
    "mme", "mlle", "mm", "cf", "env", "av", "bd", "dir", "hr", "fr", "frau", "z.b", "bzw", "ca",
    "usw", "vgl", "nr", "str", "d.h", "u.a", "sog", "evtl", "inkl", "sra", "sres", "srta", "ud",
    "uds", "av", "pág", "núm", "aprox", "dña", "dª", "т.е", "т.д", "т.п", "г", "гг", "им", "ул",
    "руб", "млн", "млрд", "тыс", "др", "проф", "св", "pe", "sto", "dott", "sig", "ecc", "pág",
    "ex", "art", "al", "pp", "p", "vol", "ed", "eds", "op", "ibid",
];

/// German month names: "am 3. Mai" keeps its ordinal dot.
const DE_MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// The bytes that may end a sentence: newline, `.`, `!`, `?`, and the first byte of `…`.
static MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// Sentence spans `(start, end)` in byte offsets, trimmed of surrounding whitespace. A newline
/// also ends a sentence, unless the next line goes on in lower case (a hard wrap).
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let n = bytes.len();
    while i < n {
        // Most bytes cannot end a sentence: skip them in a tight loop.
        match bytes[i..].iter().position(|&b| MAY_END[b as usize]) {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        let boundary_after = match b {
            b'\n' => {
                // A newline ends a sentence (headlines, list items, paragraphs), unless the next
                // line goes on in lower case: a hard-wrapped line ("Об этом\nсообщает
                // пресс-служба…").
                let next = text[i + 1..].trim_start_matches([' ', '\t', '\r']);
                if next.chars().next().is_some_and(char::is_lowercase) || soft_wrap(text, i) {
                    None
                } else {
                    Some(i + 1)
                }
            }
            b'.' | b'!' | b'?' => {
                if is_terminal(text, start, i) {
                    // Swallow closing quotes/brackets and repeated punctuation.
                    let mut j = i + 1;
                    while j < n {
                        let c = text[j..].chars().next().unwrap_or(' ');
                        if matches!(
                            c,
                            '.' | '!' | '?' | '"' | '\'' | ')' | '»' | '”' | '’' | '“'
                        ) {
                            j += c.len_utf8();
                        } else {
                            break;
                        }
                    }
                    Some(j)
                } else {
                    None
                }
            }
            _ => {
                // '…' (U+2026) ends a sentence like '.'.
                if b == 0xE2
                    && text.is_char_boundary(i)
                    && text[i..].starts_with('…')
                    && next_starts_sentence(text, i + '…'.len_utf8())
                {
                    Some(i + '…'.len_utf8())
                } else {
                    None
                }
            }
        };
        if let Some(end) = boundary_after {
            push_trimmed(text, start, end, &mut out);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, n, &mut out);
    out
}

/// Lines this long or longer, with no closing punctuation, are hard-wrapped text when the line
/// before was broken mid-sentence too and the next line is as long or closes the sentence (a
/// wire story's paragraph broken every ~70 characters: "…undertaken by the Lurio\nUniversity,
/// and published…"). A headline or a subheading follows a closed paragraph or nothing, and is
/// followed by a blank or short line, so it stays apart.
const WRAPPED_LINE: usize = 60;

/// What a line ends with when its sentence (or quotation, or aside) is closed.
const LINE_CLOSES: [char; 10] = ['.', '!', '?', '…', ':', ';', '"', '»', '”', ')'];

/// Is the newline at byte `nl` of `text` a hard wrap inside a sentence (see [`WRAPPED_LINE`])?
fn soft_wrap(text: &str, nl: usize) -> bool {
    let line_start = text[..nl].rfind('\n').map_or(0, |p| p + 1);
    let line = text[line_start..nl].trim_end();
    if line.chars().count() < WRAPPED_LINE || line.ends_with(LINE_CLOSES) {
        return false;
    }
    // Inside a wrapped block: the line before this one was broken mid-sentence too. A
    // subheading after a closed paragraph is not.
    let Some(prev_end) = line_start.checked_sub(1) else {
        return false;
    };
    let prev_start = text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
    let prev = text[prev_start..prev_end].trim_end();
    if prev.chars().count() < WRAPPED_LINE / 2 || prev.ends_with(LINE_CLOSES) {
        return false;
    }
    let rest = &text[nl + 1..];
    let next = rest.split('\n').next().unwrap_or("").trim();
    if next.is_empty() || next.starts_with(['•', '·', '▪', '►', '-', '–', '—', '*', '|'])
    {
        return false;
    }
    next.chars().count() >= WRAPPED_LINE || next.ends_with(['.', '!', '?', '…'])
}

fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let (a, b) = (s + lead, e - trail);
    if a < b {
        out.push((a, b));
    }
}

/// Does the next non-space text look like the start of a sentence?
fn next_starts_sentence(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return true;
    }
    if trimmed.len() == rest.len() {
        // No space after the dot: "28.5", "e.g.", "www.x.com".
        return false;
    }
    let c = trimmed.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '«' | '“' | '„' | '\'' | '(' | '[' | '—' | '–' | '-' | '¿' | '¡'
        )
}

/// [`ABBREVIATIONS`] sorted, and the most characters one has.
static SORTED_ABBREVIATIONS: LazyLock<(Vec<&'static str>, usize)> = LazyLock::new(|| {
    let mut v = ABBREVIATIONS.to_vec();
    v.sort_unstable();
    v.dedup();
    let longest = v.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    (v, longest)
});

/// Is `word`, lower-cased, one of [`ABBREVIATIONS`]? Lower-casing never gives fewer
/// characters, so longer words are not looked up.
fn is_abbreviation(word: &str) -> bool {
    let (sorted, longest) = &*SORTED_ABBREVIATIONS;
    if word.len() > 4 * longest || word.chars().count() > *longest {
        return false;
    }
    let mut buf = [0u8; 32];
    let lower;
    let key: &str = if word.is_ascii() && word.len() <= buf.len() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).expect("ASCII")
    } else {
        lower = word.to_lowercase();
        &lower
    };
    sorted.binary_search(&key).is_ok()
}

/// German words after which "13." is an ordinal, not the end of a sentence.
const DE_ORDINAL_BEFORE: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "am", "im",
    "zum", "zur", "vom", "beim", "ihre", "ihrer", "seine", "seiner", "seit", "bis",
];

fn is_terminal(text: &str, sent_start: usize, dot: usize) -> bool {
    let bytes = text.as_bytes();
    if !next_starts_sentence(text, dot + 1) {
        return false;
    }
    if bytes[dot] != b'.' {
        return true;
    }
    // The word before the dot.
    let before = &text[sent_start..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '«' | '“'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    if is_abbreviation(word) {
        return false;
    }
    // A single capital letter or a run of them: initials ("J. Smith", "J.L. Partners").
    if word
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return false;
    }
    // "am 3. Mai", "vom 1. bis 3. März": a German ordinal before a month name.
    if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        let next: String = text[dot + 1..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if DE_MONTHS.contains(&next.as_str()) {
            return false;
        }
        // "für eine 13. AHV-Rente", "zum 3. Mal": an ordinal after an article or preposition.
        let prev = before[..word_start]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        if DE_ORDINAL_BEFORE.contains(&prev.as_str()) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            split("Labour is on 40.5%. The Tories trail! Why?"),
            vec!["Labour is on 40.5%.", "The Tories trail!", "Why?"]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_ordinals() {
        assert_eq!(
            split("Mr. Smith met J. Doe. Dann kam am 3. Mai die Umfrage."),
            vec!["Mr. Smith met J. Doe.", "Dann kam am 3. Mai die Umfrage."]
        );
        assert_eq!(
            split("Polling by J.L. Partners shows 54%. Next."),
            vec!["Polling by J.L. Partners shows 54%.", "Next."]
        );
        assert_eq!(
            split("Опрос провели т.е. социологи. Итог ясен."),
            vec!["Опрос провели т.е. социологи.", "Итог ясен."]
        );
    }

    #[test]
    fn newlines_end_sentences_and_offsets_are_bytes() {
        let t = "Titre : sondage\n\nÉlabe donne 28 %.";
        let s = sentences(t);
        assert_eq!(&t[s[0].0..s[0].1], "Titre : sondage");
        assert_eq!(&t[s[1].0..s[1].1], "Élabe donne 28 %.");
        // A hard-wrapped line goes on in lower case: one sentence.
        let t = "Об этом\nсообщает пресс-служба центра.\nНовая строка.";
        let s = sentences(t);
        assert_eq!(s.len(), 2);
        assert_eq!(&t[s[0].0..s[0].1], "Об этом\nсообщает пресс-служба центра.");
        // A paragraph wrapped every ~70 characters goes on across a capital: one sentence.
        // A headline before a short line stays apart.
        let t = "If presidential elections were held now in\nthe northern city of Nampula, the candidate of the ruling Frelimo\nParty would win with just over 41 per cent, according to a poll by the Lurio\nUniversity, published in Wednesday's issue of the independent daily O Pais.\nNext line.";
        assert_eq!(split(t).len(), 2, "{:?}", split(t));
        let t = "The survey closed in May.\nHappiness index in the long-term comparison at a high level of 3.3\nDespite several crises the country is happy, the survey of 500 people found.";
        assert_eq!(split(t).len(), 3, "{:?}", split(t));
        let t = "Labour lead narrows to 11 points in a new national poll for the Times\nBy Jane Doe\nThe survey shows Labour on 36%.";
        assert_eq!(split(t).len(), 3, "{:?}", split(t));
    }
}

//! Words written in two scripts at once: Latin letters that look like Cyrillic ones inside a
//! Cyrillic word ("Цeнтрoм Рaзyмкoвa", "oпuтaнuх"), or the reverse ("Ipsоs" with a Cyrillic
//! "о"). Propaganda sites mix them to slip past keyword filters; to a reader the text looks
//! normal. [`unmask`] writes every such word in its main script and keeps a map back to the
//! original offsets, so claims are found in the clean text and quoted from the original.

use crate::normalize::is_cyrillic;

/// A Latin (or Greek, Armenian) letter and the Cyrillic letter it imitates.
const TO_CYRILLIC: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('i', 'і'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('u', 'и'),
    ('k', 'к'),
    ('m', 'м'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
    ('ο', 'о'),
    ('α', 'а'),
    ('ա', 'ш'),
];

/// A Cyrillic letter and the Latin letter it imitates.
const TO_LATIN: &[(char, char)] = &[
    ('а', 'a'),
    ('с', 'c'),
    ('е', 'e'),
    ('і', 'i'),
    ('о', 'o'),
    ('р', 'p'),
    ('х', 'x'),
    ('у', 'y'),
    ('А', 'A'),
    ('В', 'B'),
    ('С', 'C'),
    ('Е', 'E'),
    ('Н', 'H'),
    ('І', 'I'),
    ('К', 'K'),
    ('М', 'M'),
    ('О', 'O'),
    ('Р', 'P'),
    ('Т', 'T'),
    ('Х', 'X'),
];

/// Does a Cyrillic letter (UTF-8 lead byte 0xD0–0xD4) sit right next to an ASCII letter or a
/// Greek or Armenian one (lead bytes 0xCE, 0xCF, 0xD5, 0xD6)?
fn scripts_touch(b: &[u8]) -> bool {
    let cyrillic_lead = |x: u8| (0xD0..=0xD4).contains(&x);
    let other_lead = |x: u8| x.is_ascii_alphabetic() || matches!(x, 0xCE | 0xCF | 0xD5 | 0xD6);
    // Latin text holds no Cyrillic lead byte at all: find the first one fast (almost every
    // Cyrillic letter starts 0xD0 or 0xD1; the rest are found by the walk after it).
    let Some(first) = memchr::memchr2(0xD0, 0xD1, b) else {
        return false;
    };
    let mut i = first.saturating_sub(4);
    while i < b.len() {
        let x = b[i];
        if cyrillic_lead(x) {
            // The character before ends at i; the one after starts at i + 2.
            let before = i.checked_sub(1).map(|k| b[k]);
            let after = b.get(i + 2).copied();
            if before.is_some_and(|p| p.is_ascii_alphabetic())
                || after.is_some_and(other_lead)
                // A Greek or Armenian letter (two bytes) right before.
                || i >= 2 && matches!(b[i - 2], 0xCE | 0xCF | 0xD5 | 0xD6) && b[i - 1] >= 0x80
            {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

fn lookup(table: &[(char, char)], c: char) -> Option<char> {
    table
        .iter()
        .find(|&&(from, _)| from == c)
        .map(|&(_, to)| to)
}

/// The text with its mixed-script words written in one script, and for every byte offset of
/// the clean text (and its end) the offset in `text`; `None` when no word mixes scripts.
pub fn unmask(text: &str) -> Option<(String, Vec<usize>)> {
    // Cheap test first, on bytes: most texts hold no word where a Cyrillic letter touches a
    // letter of another script.
    if !scripts_touch(text.as_bytes()) {
        return None;
    }
    let words = mixed_words(text);
    if words.is_empty() {
        return None;
    }
    let mut clean = String::with_capacity(text.len() + 16);
    let mut map = Vec::with_capacity(text.len() + 17);
    let mut w = 0;
    for (i, c) in text.char_indices() {
        while w < words.len() && words[w].1 <= i {
            w += 1;
        }
        let out = match words.get(w) {
            Some(&(s, _, true)) if s <= i => lookup(TO_CYRILLIC, c).unwrap_or(c),
            Some(&(s, _, false)) if s <= i => lookup(TO_LATIN, c).unwrap_or(c),
            _ => c,
        };
        for _ in 0..out.len_utf8() {
            map.push(i);
        }
        clean.push(out);
    }
    map.push(text.len());
    Some((clean, map))
}

/// The words (start, end, whether to write them in Cyrillic) that mix Cyrillic letters with
/// look-alikes from another script.
fn mixed_words(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut start = None;
    let flush = |s: usize, e: usize, out: &mut Vec<(usize, usize, bool)>| {
        let word = &text[s..e];
        let cyr = word.chars().filter(|&c| is_cyrillic(c)).count();
        let other = word.chars().filter(|&c| !is_cyrillic(c)).count();
        if cyr == 0 || other == 0 {
            return;
        }
        if cyr >= other {
            // Cyrillic with look-alikes: every non-Cyrillic letter must be one.
            if word
                .chars()
                .all(|c| is_cyrillic(c) || lookup(TO_CYRILLIC, c).is_some())
            {
                out.push((s, e, true));
            }
        } else if word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || lookup(TO_LATIN, c).is_some())
        {
            out.push((s, e, false));
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            flush(s, i, &mut out);
        }
    }
    if let Some(s) = start {
        flush(s, text.len(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_words_are_written_in_their_main_script() {
        let text = "Прo цe свідчaть дaні, прoвeдeнoгo Цeнтрoм Рaзyмкoвa. Ipsоs said 70%.";
        let (clean, map) = unmask(text).expect("mixed words");
        assert_eq!(
            clean,
            "Про це свідчать дані, проведеного Центром Разумкова. Ipsos said 70%."
        );
        assert_eq!(map.len(), clean.len() + 1);
        // Every clean offset maps back onto a character boundary of the original.
        let at = clean.find("Разумкова").unwrap();
        assert_eq!(&text[map[at]..map[at + "Разумкова".len()]], "Рaзyмкoвa");
        assert_eq!(&text[map[clean.len() - 4]..], "70%.");
    }

    #[test]
    fn clean_text_and_other_scripts_are_left_alone() {
        assert!(unmask("Опрос ВЦИОМ и Ipsos: 70% за.").is_none());
        assert!(unmask("A poll by Ipsos found 70% support.").is_none());
        // A Latin name inside Cyrillic text stays Latin; a word of letters with no look-alike
        // is not rewritten.
        assert!(unmask("Опрос компании SuperJob показал 40%.").is_none());
    }
}

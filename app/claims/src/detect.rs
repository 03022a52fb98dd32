//! Poll-claim detection and assembly: which sentences state poll results, and which nearby
//! sentences belong to the same poll ("the poll", "l'enquête", a methodology note).
//!
//! Owns the per-sentence signals and the left-to-right assembly of claims, then hands each
//! claim to `parse` for its parts and to `flags` for its assessment. It must stay cheap on
//! articles without poll vocabulary: one keyword scan, one registry scan, nothing else.

use crate::cues;
use crate::flags::{self, Assessment};
use crate::lang;
use crate::lexicon::{self, Class, Hit};
use crate::model::{
    Claim, ClaimKind, Context, Document, ExtractResult, Fieldwork, Figure, PollsterRef,
};
use crate::normalize::name_key;
use crate::parse::{self, NameAt, RawFigure};
use crate::registry::{Lookup, MatchKind, Registry, TextMention};
use crate::segment;
use crate::sources;

/// How far (in sentences) a claim reaches forward for "the poll…" and methodology notes.
const LINK_WINDOW: usize = 3;
/// How many sentences of bare figures may follow a claim sentence ("The Tories are on 22%.").
const MAX_CONTINUATION: usize = 2;

/// Everything the assembly needs to know about one sentence.
#[derive(Debug, Default)]
struct SentInfo {
    /// Poll vocabulary used in the poll sense (or a registry pollster cited as a source).
    signal: bool,
    /// A hard negative: economic survey, official result, sports ranking.
    reject: bool,
    /// Figures, offsets relative to the sentence.
    figures: Vec<RawFigure>,
    /// Introduces a poll other than the one before.
    new_poll: bool,
    /// Methodology: sample, margin, dates, mode.
    meta: bool,
    /// Cites a non-poll source (ministry, statistics office).
    other_source: bool,
    /// Reports a vote count.
    result_verb: bool,
    /// Name key of a pollster named here.
    pollster_key: Option<String>,
}

/// Extracts poll claims from one document.
pub fn extract(doc: &Document, ctx: &Context, registry: &Registry) -> ExtractResult {
    let text = doc.text.as_str();
    let folded = lexicon::fold_case(text);
    let lang = doc
        .lang
        .as_deref()
        .map(lang::normalise_tag)
        .filter(|l| l != "und")
        .unwrap_or_else(|| lang::detect_folded(&folded).to_owned());
    let mut result = ExtractResult {
        id: doc.id.clone(),
        lang,
        claims: Vec::new(),
    };
    let hits = lexicon::scan_folded(&folded);
    let mentions = registry.mentions_folded(text, &folded);
    if hits.is_empty() && mentions.is_empty() {
        return result;
    }
    let sents = segment::sentences(text);
    let country = sources::country(ctx, doc, &result.lang);
    // Only sentences holding vocabulary, and the few after them that a claim can reach, are
    // analysed; the rest of a long article costs nothing more.
    let mut reach_until = 0usize;
    // Keywords seen in a non-poll sense ("the British Geological Survey"): a later definite
    // "the survey" in the same article refers back to that, not to a poll.
    let mut dead: Vec<String> = Vec::new();
    let mut infos: Vec<SentInfo> = Vec::with_capacity(sents.len());
    for (i, &(s, e)) in sents.iter().enumerate() {
        let holds = !in_span(&hits, s, e, |h| h.start).is_empty()
            || !in_span(&mentions, s, e, |m| m.start).is_empty();
        if holds {
            reach_until = i + LINK_WINDOW + 1;
        }
        if holds || i < reach_until {
            infos.push(analyse(
                text,
                s,
                e,
                &hits,
                &mentions,
                registry,
                &result.lang,
                &mut dead,
            ));
        } else {
            infos.push(SentInfo::default());
        }
    }
    for group in assemble(&infos) {
        result.claims.push(build_claim(
            doc,
            ctx,
            registry,
            country.as_deref(),
            &sents,
            &infos,
            &group,
            &mentions,
            &result.lang,
        ));
    }
    result
}

fn in_span<T>(items: &[T], s: usize, e: usize, start: impl Fn(&T) -> usize) -> &[T] {
    let a = items.partition_point(|x| start(x) < s);
    let b = items.partition_point(|x| start(x) < e);
    &items[a..b]
}

#[allow(clippy::too_many_arguments)]
fn analyse(
    text: &str,
    s: usize,
    e: usize,
    hits: &[Hit],
    mentions: &[TextMention],
    registry: &Registry,
    lang: &str,
    dead: &mut Vec<String>,
) -> SentInfo {
    let sent = &text[s..e];
    let hs = in_span(hits, s, e, |h| h.start);
    let ms = in_span(mentions, s, e, |m| m.start);
    let has_digit = sent.bytes().any(|b| b.is_ascii_digit());
    let figures = if has_digit {
        parse::figures(sent)
    } else {
        Vec::new()
    };
    if hs.is_empty() && ms.is_empty() {
        // Figures, samples, margins and dates all need digits.
        if !has_digit {
            return SentInfo::default();
        }
        let with_figures = !figures.is_empty();
        return SentInfo {
            meta: is_meta(sent),
            reject: with_figures && is_reject(sent, false),
            other_source: with_figures && cues::OTHER_SOURCE.is_match(sent),
            result_verb: with_figures && cues::RESULT_VERB.is_match(sent),
            figures,
            ..SentInfo::default()
        };
    }
    // Keywords inside "went to the polls", "polling station", "enquête judiciaire" do not count.
    let acts: Vec<(usize, usize)> = cues::VOTING_ACT
        .find_iter(sent)
        .map(|m| (m.start() + s, m.end() + s))
        .collect();
    let mut live: Vec<&Hit> = Vec::with_capacity(hs.len());
    for h in hs {
        let word = text[h.start..h.end].to_lowercase();
        if acts.iter().any(|&(a, b)| h.start >= a && h.end <= b) {
            if !dead.contains(&word) {
                dead.push(word);
            }
        } else if !(dead.contains(&word) && after_definite(&text[s..h.start])) {
            live.push(h);
        }
    }
    let has = |c: Class| live.iter().any(|h| h.class == c);
    let strong = has(Class::Poll);
    let resp = has(Class::Respondent) || has(Class::VoteIntention) || has(Class::PollsterWord);
    let weak = has(Class::WeakPoll);
    let informal_kw = has(Class::InformalVote);
    let informal = (informal_kw || strong || weak) && cues::NOT_A_POLL.is_match(sent);
    let opinion = cues::OPINION.is_match(sent);
    let sample = parse::sample_size(sent).is_some();
    let moe = parse::margin_of_error(sent).is_some();
    let support = resp
        || !ms.is_empty()
        || sample
        || moe
        || opinion
        || is_conditional(sent)
        || cues::WEAK_SUPPORT.is_match(sent);
    let reg_source = !ms.is_empty()
        && (opinion
            || strong
            || resp
            || weak
            || sample
            || figures.len() >= 2
            || cues::WEAK_SUPPORT.is_match(sent)
            || !parse::source_names(sent).is_empty())
        && ms.iter().any(|m| {
            !matches!(
                registry.lookup(&text[m.start..m.end], None),
                Lookup::Found { record, .. } if record.status == crate::registry::PollsterStatus::NotAPollster
            ) || strong
        });
    let signal = strong || resp || informal || (weak && support) || reg_source;
    let pollster_key = if signal {
        parse::pollster_names(sent, lang)
            .first()
            .map(|n| name_key(&n.name))
            .or_else(|| ms.first().map(|m| name_key(&text[m.start..m.end])))
    } else {
        None
    };
    SentInfo {
        signal,
        reject: is_reject(sent, strong || resp),
        new_poll: cues::NEW_POLL.is_match(sent),
        meta: sample || moe || is_meta(sent),
        other_source: cues::OTHER_SOURCE.is_match(sent),
        result_verb: cues::RESULT_VERB.is_match(sent) && !is_conditional(sent),
        figures,
        pollster_key,
    }
}

/// Does `before` end with a definite article or demonstrative ("the ", "cette ", "l'")?
fn after_definite(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let word = tail
        .trim_end()
        .rsplit([' ', '\n', '(', '"', '«', '“'])
        .next()
        .unwrap_or("");
    matches!(
        word,
        "the"
            | "this"
            | "that"
            | "le"
            | "la"
            | "ce"
            | "cette"
            | "die"
            | "der"
            | "das"
            | "diese"
            | "dieser"
            | "el"
            | "este"
            | "esta"
            | "o"
            | "a"
            | "il"
            | "lo"
            | "questo"
            | "questa"
    ) || tail.ends_with("l'")
        || tail.ends_with("l’")
}

fn is_meta(sent: &str) -> bool {
    parse::sample_size(sent).is_some()
        || parse::margin_of_error(sent).is_some()
        || parse::method(sent).is_some() && parse::fieldwork(sent, Some(2000), None).is_some()
}

fn is_conditional(sent: &str) -> bool {
    let l = sent.to_lowercase();
    [
        " would ",
        " бы ",
        " würde",
        " votaría",
        " obtendría",
        " votaria",
        " obteria",
        " otterrebbe",
        " voteraient",
        " obtiendrait",
    ]
    .iter()
    .any(|w| l.contains(w))
}

fn is_reject(sent: &str, poll_words: bool) -> bool {
    if cues::ECON_SURVEY.is_match(sent) {
        return true;
    }
    if cues::ECON_TERMS.is_match(sent) && !cues::OPINION.is_match(sent) {
        return true;
    }
    let official = cues::OFFICIAL_RESULT.is_match(sent);
    if official && cues::RESULT_VERB.is_match(sent) && !is_conditional(sent) {
        return true;
    }
    official && !poll_words
}

/// Groups sentence indexes into claims. The first index of each group is its first sentence;
/// groups are sorted and disjoint.
fn assemble(infos: &[SentInfo]) -> Vec<Vec<usize>> {
    let mut claims: Vec<Vec<usize>> = Vec::new();
    let mut current: Option<usize> = None; // index into `claims`
    let mut current_key: Option<String> = None;
    let mut continuation = 0usize;
    let mut pending: Option<usize> = None; // a poll sentence without figures
    for (i, info) in infos.iter().enumerate() {
        let last = current.map(|c| *claims[c].last().expect("non-empty"));
        let near = last.is_some_and(|l| i - l <= LINK_WINDOW);
        if info.reject {
            pending = None;
            continuation = MAX_CONTINUATION;
            continue;
        }
        let has_fig = !info.figures.is_empty();
        let other_pollster = match (&current_key, &info.pollster_key) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        };
        if info.signal && has_fig {
            if near && !info.new_poll && !other_pollster {
                let c = current.expect("near implies current");
                claims[c].push(i);
                if current_key.is_none() {
                    current_key.clone_from(&info.pollster_key);
                }
            } else {
                let mut g = Vec::new();
                if let Some(p) = pending.filter(|&p| i - p <= 2) {
                    g.push(p);
                    current_key = infos[p]
                        .pollster_key
                        .clone()
                        .or_else(|| info.pollster_key.clone());
                } else {
                    current_key.clone_from(&info.pollster_key);
                }
                g.push(i);
                claims.push(g);
                current = Some(claims.len() - 1);
            }
            continuation = 0;
            pending = None;
        } else if info.signal {
            if near && !info.new_poll && !other_pollster {
                let c = current.expect("near implies current");
                claims[c].push(i);
            } else {
                pending = Some(i);
                current = None;
                current_key = None;
            }
            continuation = MAX_CONTINUATION;
        } else if has_fig && !info.other_source && !info.result_verb {
            if let (Some(c), Some(l)) = (current, last) {
                if i == l + 1 && continuation < MAX_CONTINUATION {
                    claims[c].push(i);
                    continuation += 1;
                    continue;
                }
            }
            if let Some(p) = pending.filter(|&p| i - p <= 2) {
                claims.push(vec![p, i]);
                current = Some(claims.len() - 1);
                current_key = infos[p].pollster_key.clone();
                continuation = 1;
                pending = None;
                continue;
            }
            continuation = MAX_CONTINUATION;
        } else if info.meta && near && !info.other_source {
            let c = current.expect("near implies current");
            claims[c].push(i);
        } else {
            continuation = MAX_CONTINUATION;
        }
    }
    claims
}

/// The pollster chosen for a claim.
struct Chosen {
    name: NameAt,
    sentence: usize,
    offset: usize,
}

#[allow(clippy::too_many_arguments)]
fn build_claim(
    doc: &Document,
    ctx: &Context,
    registry: &Registry,
    country: Option<&str>,
    sents: &[(usize, usize)],
    infos: &[SentInfo],
    group: &[usize],
    mentions: &[TextMention],
    lang: &str,
) -> Claim {
    let text = doc.text.as_str();
    let first = group[0];
    let last = *group.last().expect("non-empty group");
    let span = [sents[first].0, sents[last].1];
    // Anchor: the first sentence with figures and poll vocabulary, else the first.
    let anchor = group
        .iter()
        .copied()
        .find(|&i| infos[i].signal && !infos[i].figures.is_empty())
        .unwrap_or(first);
    let mut order: Vec<usize> = vec![anchor];
    order.extend(group.iter().copied().filter(|&i| i != anchor));

    // Pollster and sponsor.
    let mut sponsor: Option<String> = None;
    let mut chosen: Option<Chosen> = None;
    'outer: for &i in &order {
        let (s, e) = sents[i];
        let sent = &text[s..e];
        let ms = in_span(mentions, s, e, |m| m.start);
        let mut cands = parse::pollster_names(sent, lang);
        for src in parse::source_names(sent) {
            let known = !matches!(registry.lookup(&src.name, country), Lookup::NotFound);
            let mentioned = ms
                .iter()
                .any(|m| m.start - s <= src.start && src.start < m.end - s);
            if known || mentioned || sources::looks_like_org(&src.name) {
                cands.push(src);
            }
        }
        cands.sort_by_key(|c| c.start);
        for c in cands {
            let c = widen_to_mention(c, ms, s, text);
            if sources::is_media(&c.name) || sources::is_sponsor_like(&c.name) {
                if sponsor.is_none() {
                    sponsor = Some(c.name.clone());
                }
                continue;
            }
            // A product alias ("ZDF-Politbarometer") gives way to the pollster's own name
            // written in the same sentence ("der Forschungsgruppe Wahlen").
            let c = prefer_exact(registry, country, c, ms, s, text);
            let c = narrow_to_mention(registry, country, c, ms, s, text);
            chosen = Some(Chosen {
                name: c,
                sentence: i,
                offset: s,
            });
            break 'outer;
        }
        if let Some(m) = ms.first() {
            let name = text[m.start..m.end].to_owned();
            let c = NameAt {
                start: m.start - s,
                end: m.end - s,
                name,
            };
            let c = prefer_exact(registry, country, c, ms, s, text);
            chosen = Some(Chosen {
                name: c,
                sentence: i,
                offset: s,
            });
            break;
        }
    }

    // Last resort: an organisation-like name in the anchor sentence ("Die Zephyr Analytics GmbH
    // will in einer Befragung…", "Институт региональной социологии провел опрос…").
    if chosen.is_none() {
        let (s, e) = sents[anchor];
        if let Some(n) = parse::org_names(&text[s..e]).into_iter().find(|n| {
            sources::looks_like_org(&n.name)
                && !sources::is_media(&n.name)
                && !sources::is_sponsor_like(&n.name)
        }) {
            chosen = Some(Chosen {
                name: n,
                sentence: anchor,
                offset: s,
            });
        }
    }

    let mut pollster = PollsterRef::default();
    if let Some(ch) = &chosen {
        let written = ch.name.name.clone();
        pollster.as_written = Some(written.clone());
        let lookup = resolve(registry, &written, country, &mut sponsor);
        match lookup {
            Lookup::Found { record, kind } => {
                pollster.canonical = Some(record.canonical.clone());
                pollster.status = Some(record.status);
                pollster.match_kind = Some(kind);
                pollster.registry_id = Some(record.id.clone());
            }
            Lookup::Ambiguous(recs) => {
                pollster.match_kind = Some(MatchKind::Ambiguous);
                pollster.candidates = recs.iter().map(|r| r.canonical.clone()).collect();
            }
            Lookup::NotFound => {}
        }
        if sponsor.is_none() {
            let (s, e) = sents[ch.sentence];
            let after = &text[ch.offset + ch.name.end..e];
            if let Some(sp) = parse::sponsor_for(after) {
                if !sources::is_generic_audience(&sp.name) {
                    sponsor = Some(sp.name);
                }
            }
            let _ = s;
        }
    }
    // Sponsor phrases anywhere in the claim, and "poll for X" after a poll word.
    for &i in &order {
        if sponsor.is_some() {
            break;
        }
        let (s, e) = sents[i];
        let sent = &text[s..e];
        if let Some(sp) = parse::sponsor_strong(sent) {
            sponsor = Some(sp.name);
            break;
        }
        for h in lexicon::scan(sent)
            .iter()
            .filter(|h| matches!(h.class, Class::Poll | Class::WeakPoll))
        {
            if let Some(sp) = parse::sponsor_for(&sent[h.end..]) {
                if !sources::is_generic_audience(&sp.name)
                    && Some(&sp.name) != pollster.as_written.as_ref()
                {
                    sponsor = Some(sp.name);
                    break;
                }
            }
        }
    }

    // Figures, sample, margin, dates, method.
    let exclude: Vec<&str> = pollster
        .as_written
        .iter()
        .chain(sponsor.iter())
        .map(String::as_str)
        .collect();
    let mut figures = Vec::new();
    let mut vote_groups: Vec<Vec<f64>> = Vec::new();
    for &i in group {
        let (s, e) = sents[i];
        let sent = &text[s..e];
        let figs = &infos[i].figures;
        let mut named = Vec::new();
        for (k, f) in figs.iter().enumerate() {
            let subject = parse::subject(sent, figs, k, &exclude);
            if subject.chars().next().is_some_and(char::is_uppercase)
                && f.change.is_none_or(|_| true)
            {
                named.push(f.value);
            }
            figures.push(Figure {
                subject,
                value: f.value,
                change: f.change,
            });
        }
        if named.len() >= 2 && flags::is_vote_share_sentence(sent) {
            vote_groups.push(named);
        }
    }
    let claim_text = &text[span[0]..span[1]];
    let sample_size = group
        .iter()
        .find_map(|&i| parse::sample_size(&text[sents[i].0..sents[i].1]));
    let margin_of_error = group
        .iter()
        .find_map(|&i| parse::margin_of_error(&text[sents[i].0..sents[i].1]));
    let method = group
        .iter()
        .find_map(|&i| parse::method(&text[sents[i].0..sents[i].1]));
    let published = doc.published_at.map(|d| d.date_naive());
    // Dates written without a year take the publication year, else a year written in the
    // article (not a future one: "the 2027 election"), else the current one; then the most
    // recent such date not after publication (or today) wins.
    let today = chrono::Utc::now().date_naive();
    let reference = published.unwrap_or(today);
    let year = published
        .map(parse::year_of)
        .or_else(|| parse::any_year(claim_text).filter(|&y| y <= parse::year_of(today)))
        .or_else(|| parse::any_year(text).filter(|&y| y <= parse::year_of(today)))
        .unwrap_or_else(|| parse::year_of(today));
    let fieldwork = group
        .iter()
        .find_map(|&i| parse::fieldwork(&text[sents[i].0..sents[i].1], Some(year), Some(reference)))
        .map(|(start, end)| Fieldwork { start, end });
    let informal = group.iter().find_map(|&i| {
        cues::NOT_A_POLL
            .find(&text[sents[i].0..sents[i].1])
            .map(|m| m.as_str().to_owned())
    });

    let assessment = flags::assess(&Assessment {
        pollster: &pollster,
        sponsor: sponsor.as_deref(),
        sample_size,
        fieldwork,
        margin_of_error,
        method,
        informal: informal.as_deref(),
        vote_groups: &vote_groups,
        published,
        state_affiliated: ctx.state_affiliated,
        blackout: published.and_then(|d| country.and_then(|c| ctx.calendar.blackout(c, d))),
    });
    Claim {
        kind: ClaimKind::Poll,
        span,
        quote: claim_text.to_owned(),
        pollster,
        sponsor,
        figures,
        sample_size,
        fieldwork,
        margin_of_error,
        method,
        transparency: assessment.transparency,
        flags: assessment.flags,
        risk: assessment.risk,
    }
}

fn prefer_exact(
    registry: &Registry,
    country: Option<&str>,
    c: NameAt,
    ms: &[TextMention],
    s: usize,
    text: &str,
) -> NameAt {
    let Lookup::Found {
        record,
        kind: MatchKind::Alias,
    } = registry.lookup(&c.name, country)
    else {
        return c;
    };
    for m in ms {
        let name = &text[m.start..m.end];
        if let Lookup::Found {
            record: r,
            kind: MatchKind::Exact,
        } = registry.lookup(name, country)
        {
            if r.id == record.id {
                return NameAt {
                    start: m.start - s,
                    end: m.end - s,
                    name: name.to_owned(),
                };
            }
        }
    }
    c
}

/// An unknown captured name holding a registry name ("Cadem Plaza Pública": pollster plus
/// product) is that registry name. Not when the rest is glued to it or reads like a firm of its
/// own ("Социс-Плюс", "Ifop Opinion Research"): lookalike names are how fake pollsters borrow
/// credibility, and they must stay unknown.
fn narrow_to_mention(
    registry: &Registry,
    country: Option<&str>,
    c: NameAt,
    ms: &[TextMention],
    s: usize,
    text: &str,
) -> NameAt {
    if !matches!(registry.lookup(&c.name, country), Lookup::NotFound) {
        return c;
    }
    for m in ms {
        let (ms_, me) = (m.start - s, m.end - s);
        if c.start <= ms_ && me <= c.end && (me - ms_) < (c.end - c.start) {
            let name = &text[m.start..m.end];
            let (before, after) = (&text[s + c.start..m.start], &text[m.end..s + c.end]);
            let glued = !(before.is_empty() || before.ends_with(' '))
                || !(after.is_empty() || after.starts_with(' '));
            if glued || sources::looks_like_org(before) || sources::looks_like_org(after) {
                continue;
            }
            if matches!(registry.lookup(name, country), Lookup::Found { .. }) {
                return NameAt {
                    start: ms_,
                    end: me,
                    name: name.to_owned(),
                };
            }
        }
    }
    c
}

/// If a registry name overlaps the captured name, the registry's span wins ("Infratest dimap"
/// over "Infratest").
fn widen_to_mention(c: NameAt, ms: &[TextMention], s: usize, text: &str) -> NameAt {
    for m in ms {
        let (ms_, me) = (m.start - s, m.end - s);
        if ms_ < c.end && c.start < me && (me - ms_) > (c.end - c.start) {
            return NameAt {
                start: ms_,
                end: me,
                name: text[m.start..m.end].to_owned(),
            };
        }
    }
    c
}

/// Looks a written name up, splitting "Reuters/Ipsos" or "Ifop-Fiducial pour X" style pairs:
/// the part the registry knows is the pollster, a media part is the sponsor.
fn resolve<'r>(
    registry: &'r Registry,
    written: &str,
    country: Option<&str>,
    sponsor: &mut Option<String>,
) -> Lookup<'r> {
    let direct = registry.lookup(written, country);
    let parts: Vec<&str> = written
        .split('/')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return direct;
    }
    let mut found: Option<Lookup<'r>> = None;
    let mut others = Vec::new();
    for p in &parts {
        match registry.lookup(p, country) {
            l @ Lookup::Found { .. } if found.is_none() => found = Some(l),
            _ => others.push(*p),
        }
    }
    if sponsor.is_none() && !others.is_empty() && found.is_some() {
        let media: Vec<&str> = others
            .iter()
            .copied()
            .filter(|o| sources::is_media(o))
            .collect();
        if !media.is_empty() {
            *sponsor = Some(media.join("/"));
        }
    }
    match direct {
        Lookup::NotFound => found.unwrap_or(Lookup::NotFound),
        d => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> ExtractResult {
        extract(
            &Document::new(text),
            &Context::default(),
            Registry::builtin(),
        )
    }

    #[test]
    fn finds_a_simple_english_poll() {
        let r = run("A new YouGov poll for the Times puts Labour on 40%, the Conservatives on 22% and Reform UK on 18%. The survey of 2,000 adults was conducted online on 3-5 May 2024.");
        assert_eq!(r.lang, "en");
        assert_eq!(r.claims.len(), 1);
        let c = &r.claims[0];
        assert_eq!(c.pollster.as_written.as_deref(), Some("YouGov"));
        assert_eq!(c.pollster.canonical.as_deref(), Some("YouGov"));
        assert_eq!(c.sponsor.as_deref(), Some("Times"));
        assert_eq!(c.figures.len(), 3);
        assert_eq!(c.figures[0].subject, "Labour");
        assert_eq!(c.sample_size, Some(2000));
        assert!(c.fieldwork.is_some());
    }

    #[test]
    fn parenthesised_figures_and_yearless_dates() {
        let t = "Selon un sondage Ifop pour le JDD réalisé du 3 au 5 avril auprès de 1 003 personnes, Emmanuel Macron obtient 28 % des intentions de vote, devant Marine Le Pen (24 %).";
        let c = &run(t).claims[0];
        assert_eq!(c.figures[1].subject, "Marine Le Pen");
        let fw = c.fieldwork.expect("fieldwork without a year");
        assert!(fw.end <= chrono::Utc::now().date_naive());
        let mut doc = Document::new(t);
        doc.published_at = chrono::DateTime::parse_from_rfc3339("2022-04-07T10:00:00+02:00").ok();
        let r = extract(&doc, &Context::default(), Registry::builtin());
        let fw = r.claims[0].fieldwork.expect("fieldwork");
        assert_eq!(fw.start.to_string(), "2022-04-03");
    }

    #[test]
    fn subject_never_holds_the_pollster() {
        let r = run("According to a poll by Zephyr Analytics, the president leads with 61%.");
        assert_eq!(r.claims[0].figures[0].subject, "the president");
    }

    #[test]
    fn rejects_hard_negatives() {
        for t in [
            "Voters went to the polls on Sunday and turnout reached 67%.",
            "Inflation rose to 2.4% in March, the statistics office said, while the central bank kept interest rates at 5.25%.",
            "Labour won 33.7% of the vote, according to official results.",
            "The bookmakers make Arsenal 60% favourites to win the league.",
            "A Reuters poll of economists expects GDP to grow 1.5% next year.",
        ] {
            assert!(run(t).claims.is_empty(), "{t}");
        }
    }
}

//! Poll-claim detection and assembly: which sentences state poll results, and which nearby
//! sentences belong to the same poll ("the poll", "l'enquête", a methodology note).
//!
//! Owns the per-sentence signals and the left-to-right assembly of claims, then hands each
//! claim to `parse` for its parts and to `flags` for its assessment. It must stay cheap on
//! articles without poll vocabulary: one keyword scan, one registry scan, nothing else.

use std::cell::{OnceCell, RefCell};

use crate::cues;
use crate::flags::{self, Assessment};
use crate::lang;
use crate::lexicon::{self, Class, Hit};
use crate::model::{
    Claim, ClaimKind, Context, Document, ExtractResult, Fieldwork, Figure, PollsterRef,
};
use crate::normalize::{self, name_key};
use crate::parse::{self, NameAt, RawFigure};
use crate::registry::{Lookup, MatchKind, Registry, TextMention};
use crate::segment;
use crate::sources;

/// `POLLWATCH_TRACE` set: each analysed sentence's signals go to stderr, for working out why
/// a passage gives the claims it does (`POLLWATCH_TRACE=1 pollwatch extract < passages.jsonl`).
static TRACE: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("POLLWATCH_TRACE").is_some());

/// How far (in sentences) a claim reaches forward for "the poll…" and methodology notes.
const LINK_WINDOW: usize = 3;
/// How many sentences of figures a sentence that names their poll afterwards may attribute
/// ("Il 56% … Per il 34,7% … Un ulteriore 21,3% … È quanto emerge dal sondaggio…").
const FIGURES_BEFORE: usize = 4;
/// How far (in sentences) a poll sentence without figures waits for them: a quotation between
/// the poll and its figures is often two sentences ("…с помощью опроса в Telegram. «…? …», -
/// написал чиновник. …60% считают…").
const PENDING_WINDOW: usize = 3;
/// How many sentences of bare figures may follow a claim sentence ("The Tories are on 22%.").
const MAX_CONTINUATION: usize = 2;

/// Everything the assembly needs to know about one sentence. Filled on demand by
/// [`Analyser`]: a field the assembly does not read for this sentence keeps its default.
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
    /// `parse::pollster_names` of the sentence, kept from the analysis for the claim.
    pollster_names: Option<Vec<NameAt>>,
    /// The signal is only a weak poll word stating a finding without figures ("Un estudio …
    /// revela que…"): studies are research as often as polls, so only figures about a
    /// population or its views that follow are its findings.
    weak_finding: bool,
    /// `new_poll`, `pollster_key` and `pollster_names` are filled in ([`Analyser::ensure_key`]):
    /// only a signal sentence that has figures or meets a claim needs them, and a page of poll
    /// vocabulary without figures never does.
    keyed: bool,
    /// A poll sentence without percentages that projects seats ("150-154 escaños").
    seats: bool,
    /// A poll sentence without percentages that states a majority ("Umfragen zufolge hat
    /// eine klare Mehrheit der Deutschen…") or who leads ("gave Labour a five-point lead").
    majority: bool,
    /// A poll sentence without figures that attributes the figures just before it ("Das
    /// ergab eine Umfrage…", "C'est ce que révèle…").
    back_ref: bool,
    /// The back reference is only a sample described after the figures ("Опрошены 800
    /// жителей"): it attributes only figures about people's views.
    sample_ref: bool,
    /// A back reference that also describes whom the poll asked ("A pesquisa ouviu 2.379
    /// eleitores"): with no figures before to attribute, it is a poll sentence of its own.
    back_ref_sample: bool,
    /// The signal is only a weak poll word referring back ([`Current::by_reference`]): the
    /// sentence attributes figures about views before it, and does nothing else.
    by_reference: bool,
    /// The signal comes from weak poll words alone (no strong vocabulary, no registry name):
    /// as a back reference it attributes only figures about people's views ("Die Exporte
    /// stiegen um 4 Prozent. Das zeigen Daten einer Studie des Instituts.").
    weak_only: bool,
    /// `cues::NOT_A_POLL` in the sentence (its span, relative to the sentence), once searched.
    not_a_poll: OnceCell<Option<(usize, usize)>>,
    /// A sentence without vocabulary or figures that describes the claim's figures as an
    /// informal vote, analytics or odds; it joins a claim nearby.
    unmasks: bool,
    /// A line of a list of figures ("• Labour 28% (-2)", "CON 22 (+2)"): any number of them
    /// may follow a claim sentence.
    list_line: bool,
    /// A poll sentence without figures that states what the poll found ([`cues::FINDING`]):
    /// "révèle un nouveau sondage Léger", "the poll has shown Kiwis believing…".
    finding: bool,
}

/// A chart's caption credited to the pollster at the end of its line: "Наскільки Ви
/// довіряєте…? / КМІС", "Vote intention | Ipsos".
fn caption_credit(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    let line_rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    line_rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ')')).is_empty()
        && (before.ends_with('/') || before.ends_with('|'))
        // Not a pair of names ("Reuters/Ipsos"), which a space does not part.
        && text[..start].ends_with([' ', '\u{a0}'])
}

/// Longest line read as a list item of figures.
const LIST_LINE_MAX: usize = 80;

/// `text` is one line of a list of figures: a bullet, or a short label with its figure near
/// the start ("Reform UK 24% (+3)", "LAB 27 (-1)").
fn is_list_line(text: &str, figures: &[RawFigure]) -> bool {
    let t = text.trim();
    !figures.is_empty()
        && t.len() <= LIST_LINE_MAX
        && (t.starts_with(['•', '·', '▪', '►', '-', '–', '—', '*', '|'])
            || figures[0].start <= 40 && !t.contains(['.', '!', '?']))
}

/// [`extract`], with a fault of the engine on one text (a panic: a bug) turned into an error
/// for that text, so a stream of articles, a crawl or a request goes on. The panic itself is
/// still reported on standard error by the panic hook.
pub fn try_extract(
    doc: &Document,
    ctx: &Context,
    registry: &Registry,
) -> Result<ExtractResult, ExtractFailed> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(doc, ctx, registry))).map_err(
        |payload| {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown fault".to_owned());
            ExtractFailed { message }
        },
    )
}

/// The engine failed on one text: an internal error, never the text's fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractFailed {
    /// What the engine reported.
    pub message: String,
}

impl std::fmt::Display for ExtractFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "internal error while extracting claims: {}",
            self.message
        )
    }
}

impl std::error::Error for ExtractFailed {}

/// Extracts poll claims from one document.
pub fn extract(doc: &Document, ctx: &Context, registry: &Registry) -> ExtractResult {
    // Words disguised with look-alike letters of another script are read as written in their
    // own; spans and quotes are the original text's.
    if let Some((clean, map)) = crate::homoglyph::unmask(&doc.text) {
        let unmasked = Document {
            text: clean,
            ..doc.clone()
        };
        let mut result = extract(&unmasked, ctx, registry);
        for c in &mut result.claims {
            c.span = [map[c.span[0]], map[c.span[1]]];
            c.quote = doc.text[c.span[0]..c.span[1]].to_owned();
        }
        return result;
    }
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
    let registry = &Lookups::new(registry);
    // Without poll vocabulary or a registry name, only a population's views stated as a share
    // can make a claim (see `cues::VIEWS_SHARE`).
    if hits.is_empty() && mentions.is_empty() && !states_views_share(text, &folded) {
        return result;
    }
    // Every built-in pattern's prefixes, found once for the sentence rules below.
    let _screened = crate::screen::enter(text, &folded);
    let sents = segment::sentences(text);
    let country = sources::country(ctx, doc, &result.lang);
    let mut an = Analyser {
        text,
        folded: &folded,
        sents: &sents,
        hits: &hits,
        mentions: &mentions,
        registry,
        lang: &result.lang,
        dead: Vec::new(),
        reach_until: 0,
        infos: Vec::with_capacity(sents.len()),
        current: 0,
        population_figures: RefCell::new(vec![None; sents.len()]),
    };
    let mut groups = assemble(&mut an);
    let infos = an.infos;
    groups.retain(|g| !odds_reported_as_odds(text, &sents, &infos, &hits, g));
    // The years written in the article, found once for all its claims.
    let years = OnceCell::new();
    let mut lead_from = 0;
    for group in groups {
        let next = group.last().map_or(lead_from, |&l| l + 1);
        result.claims.push(build_claim(
            doc,
            ctx,
            registry,
            country.as_deref(),
            &sents,
            &infos,
            (&group, lead_from),
            (&mentions, &hits),
            &result.lang,
            &years,
        ));
        lead_from = next;
    }
    result
}

/// A name that can be the poll's author: no outlet ("SRG-Trendumfrage" is a sponsor's) and
/// nothing shaped like a sponsor. A poll brand and the pollster's own name
/// ("ARD-Deutschlandtrend", "Infratest dimap") are one.
fn is_author_name(name: &str) -> bool {
    !sources::is_media(name) && !sources::is_sponsor_like(name)
}

/// A sentence (`folded` its `lexicon::fold_case`) that reads an index or barometer in points,
/// without shares ([`cues::ECON_INDEX`]): an economic indicator. Asked only with digits in it.
fn reads_index(t: &str, folded: &str) -> bool {
    !has_percent(folded) && cues::ECON_INDEX.is_match(t)
}

/// `(ACRONYM)` right after `name` in `sent`, where the name is found nearest byte `near`: a
/// short token of capitals (at least two) and digits, "&", "-", "." or "/" in parentheses.
fn acronym_after<'s>(sent: &'s str, name: &str, near: usize) -> Option<&'s str> {
    if name.ends_with(')') {
        return None;
    }
    let at = sent
        .match_indices(name)
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(near))?;
    let rest = &sent[at + name.len()..];
    // "Instituto França de Pesquisas – IFP": the acronym after a dash, in capitals, made of the
    // initials of the name's capitalised words (not a sponsor: "Ifop – JDD").
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    for dash in [" – ", " - ", " — "] {
        if let Some(after) = rest.strip_prefix(dash) {
            let len = after
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(after.len());
            let token = &after[..len];
            if token.chars().count() >= 2 && token == initials {
                return Some(&rest[1..dash.len() + len]);
            }
        }
    }
    let inner = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('('))?;
    let close = inner.find(')')?;
    let token = &inner[..close];
    let capitals = token.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=12).contains(&token.chars().count())
        && capitals >= 2
        && token.chars().next().is_some_and(char::is_uppercase)
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.' | '/'));
    let open = rest.len() - inner.len() - 1;
    ok.then(|| &rest[open..open + close + 2])
}

/// `name` without the quotation marks around the whole of it.
fn unquote(name: &str) -> &str {
    const PAIRS: &[(char, char)] = &[
        ('«', '»'),
        ('“', '”'),
        ('„', '“'),
        ('"', '"'),
        ('‘', '’'),
        ('\'', '\''),
    ];
    PAIRS
        .iter()
        .find_map(|&(open, close)| {
            let inner = name.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.is_empty() && !inner.contains([open, close])).then_some(inner)
        })
        .unwrap_or(name)
}

/// Does `gap` (the text between two names, the first one's own words perhaps left in it: "for
/// the Study and Resolution of Global Conflicts") end with "and" in some language, and an
/// article, within one short clause?
fn joined_by_and(gap: &str) -> bool {
    if gap.len() > 80 || gap.contains(['.', ';', ':', '(', ')']) {
        return false;
    }
    // An apposition of the firm's full name that ends in the registered one ("la empresa
    // Apoyo, Opinión y Mercado, Ipsos"): one short run of words between two commas.
    let t = gap.trim();
    if t.len() > 1 && t.starts_with(',') && t.ends_with(',') && t.matches(',').count() == 2 {
        let inner = t[1..t.len() - 1].trim();
        if inner.split_whitespace().count() <= 4 && inner.starts_with(char::is_uppercase) {
            return true;
        }
    }
    let mut words = gap.split_whitespace().rev();
    let mut last = words.next().unwrap_or("").to_lowercase();
    if matches!(
        last.as_str(),
        "the" | "la" | "le" | "el" | "die" | "der" | "das" | "o" | "a" | "il" | "lo"
    ) {
        last = words.next().unwrap_or("").to_lowercase();
    }
    matches!(
        last.as_str(),
        "and" | "et" | "y" | "e" | "und" | "и" | "і" | "та"
    )
}

/// Sentences a headline's claim and its body's claim may have between them (a dateline, a
/// byline) and still be merged as one poll in [`assemble`].
const HEADLINE_GAP: usize = 2;

/// Is every sentence of `group` a headline: a line of its own with no closing punctuation?
fn is_headline(text: &str, sents: &[(usize, usize)], group: &[usize]) -> bool {
    !group.is_empty()
        && group.iter().all(|&i| {
            let (s, e) = sents[i];
            let line_ends = text[e..]
                .chars()
                .find(|c| !matches!(c, ' ' | '\t' | '\r'))
                .is_none_or(|c| c == '\n');
            line_ends && !text[s..e].trim_end().ends_with(['.', '!', '?', '…', ':'])
        })
}

/// What starts a pollster key ([`Analyser::key_of`]) that is a registry record's id rather
/// than a name's key.
const REGISTRY_KEY: char = '#';

/// Is `key` ([`SentInfo::pollster_key`]) a registered pollster's?
fn is_registry_key(key: Option<&str>) -> bool {
    key.is_some_and(|k| k.starts_with(REGISTRY_KEY))
}

fn in_span<T>(items: &[T], s: usize, e: usize, start: impl Fn(&T) -> usize) -> &[T] {
    let a = items.partition_point(|x| start(x) < s);
    let b = items.partition_point(|x| start(x) < e);
    // An empty span when `s` is past `e` (a name widened past its sentence).
    &items[a..b.max(a)]
}

/// One sentence and its regex results, each computed at most once and only when asked.
struct Sentence<'a> {
    text: &'a str,
    /// `text` case-folded (`lexicon::fold_case`).
    folded: &'a str,
    has_digit: OnceCell<bool>,
    any_digit: OnceCell<bool>,
    figures: OnceCell<Vec<RawFigure>>,
    sample: OnceCell<bool>,
    moe: OnceCell<bool>,
    opinion: OnceCell<bool>,
    conditional: OnceCell<bool>,
    weak_support: OnceCell<bool>,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str, folded: &'a str) -> Self {
        Sentence {
            text,
            folded,
            has_digit: OnceCell::new(),
            any_digit: OnceCell::new(),
            figures: OnceCell::new(),
            sample: OnceCell::new(),
            moe: OnceCell::new(),
            opinion: OnceCell::new(),
            conditional: OnceCell::new(),
            weak_support: OnceCell::new(),
        }
    }

    /// An ASCII digit: figures are read only from such sentences.
    fn has_digit(&self) -> bool {
        *self
            .has_digit
            .get_or_init(|| self.text.bytes().any(|b| b.is_ascii_digit()))
    }

    /// Any decimal digit (`\d` is Unicode): samples, margins and dates all need one.
    fn any_digit(&self) -> bool {
        *self.any_digit.get_or_init(|| {
            self.has_digit()
                || (!self.text.is_ascii() && self.text.chars().any(|c| {
                    // Latin-1 letters, Cyrillic and punctuation hold no digits.
                    !matches!(c as u32, 0..=0x7F | 0xC0..=0xFF | 0x400..=0x45F | 0x2000..=0x206F)
                        && c.is_numeric()
                }))
        })
    }

    /// Figures can be spelt out: see [`may_spell_figures`].
    fn may_spell_figures(&self) -> bool {
        may_spell_figures(self.folded)
    }

    fn figures(&self) -> &[RawFigure] {
        self.figures.get_or_init(|| {
            if self.has_digit() || self.may_spell_figures() {
                parse::figures(self.text)
            } else {
                Vec::new()
            }
        })
    }

    fn take_figures(&mut self) -> Vec<RawFigure> {
        self.figures();
        self.figures.take().unwrap_or_default()
    }

    fn sample(&self) -> bool {
        *self
            .sample
            .get_or_init(|| self.any_digit() && parse::sample_size(self.text).is_some())
    }

    fn moe(&self) -> bool {
        *self.moe.get_or_init(|| {
            (self.any_digit() || margin_in_words(self.folded))
                && parse::margin_of_error(self.text).is_some()
        })
    }

    fn opinion(&self) -> bool {
        *self.opinion.get_or_init(|| cues::states_opinion(self.text))
    }

    fn conditional(&self) -> bool {
        *self.conditional.get_or_init(|| is_conditional(self.folded))
    }

    fn weak_support(&self) -> bool {
        *self
            .weak_support
            .get_or_init(|| cues::WEAK_SUPPORT.is_match(self.text))
    }

    /// Methodology: a sample, a margin, or an interview mode with fieldwork dates (all of
    /// which need digits).
    fn meta(&self) -> bool {
        self.sample()
            || self.moe()
            || self.any_digit()
                && parse::method(self.text).is_some()
                && parse::fieldwork(self.text, Some(2000), None).is_some()
            // "Méthode des quotas, questionnaire auto-administré en ligne."
            || methodology_note(self.folded) && parse::method(self.text).is_some()
    }

    /// A hard negative. `poll_words`: the sentence holds strong poll vocabulary; `named`: it
    /// names a registered pollster.
    fn reject(&self, poll_words: bool, named: bool) -> bool {
        let t = self.text;
        if cues::ECON_SURVEY.is_match(t)
            || cues::STATION_SHARE.is_match(t)
            || cues::share_of_polls(t)
        {
            return true;
        }
        if self.any_digit() && reads_index(t, self.folded) {
            return true;
        }
        // TV audiences and market shares; with poll words only when none is a poll's own noun
        // (the French "interviews politiques" of an audience report are no respondents).
        if (cues::TV_AUDIENCE.is_match(t) || cues::MARKET_SHARE.is_match(t))
            && (!poll_words
                || !lexicon::scan(t)
                    .iter()
                    .any(|h| matches!(h.class, Class::Poll | Class::VoteIntention)))
        {
            return true;
        }
        // A census counts everyone; its shares are no poll's ("Conforme o Censo de 2022,
        // 56,7% da população do país se declara católica").
        if !poll_words && cues::CENSUS.is_match(t) {
            return true;
        }
        // Figures of a clinical or scientific study ("…підвищує ризик ранньої смерті на 14%"),
        // not stated in poll words.
        if !poll_words && !self.figures().is_empty() && cues::SCIENCE_STUDY.is_match(t) {
            return true;
        }
        // Views, not a people's name used as an adjective ("Le PIB français a augmenté…").
        // Nor a registered pollster's survey of a sample ("Ifop a réalisé une enquête sur un
        // échantillon de 1206 personnes" on inflation).
        if cues::ECON_TERMS.is_match(t)
            && !(named && self.sample())
            && !(self.opinion()
                && cues::OPINION.find_iter(t).any(|m| {
                    !cues::is_people_adjective(m.as_str())
                        || cues::is_population(t, m.start(), m.end())
                })
                || cues::POPULATION_SHARE.is_match(t))
        {
            return true;
        }
        if !cues::OFFICIAL_RESULT.is_match(t) {
            return false;
        }
        // The results of an informal vote ("With 17,502,391 users voting, the final results
        // show…") are that vote's, a claim flagged as no poll; not an election's.
        if !cues::TURNOUT.is_match(t) && cues::NOT_A_POLL.is_match(t) {
            return false;
        }
        // "…le taux de participation était de 51,45 %, confirmant les analyses des instituts de
        // sondage": turnout stated, whatever poll words sit beside it.
        // A poll's own forecast of turnout ("Segundo a sondagem …, a taxa de abstenção ficará
        // entre 45% e 50%") stays a poll result.
        if cues::TURNOUT.is_match(t)
            && !self.figures().is_empty()
            && !self.conditional()
            && !cues::FINDING.is_match(t)
        {
            return true;
        }
        if cues::RESULT_VERB.is_match(t) && !self.conditional() {
            return true;
        }
        // "the results show that … 10 per cent said they were most concerned about…": views,
        // and nothing else of a count of votes.
        let only_views = self.opinion()
            && cues::OFFICIAL_RESULT
                .find_iter(t)
                .all(|m| m.as_str().to_lowercase().starts_with("results"));
        !poll_words && !only_views
    }
}

/// The sentence being assembled, after [`Analyser::begin`].
struct Current<'a> {
    sent: Sentence<'a>,
    /// Holds a keyword or a registry name, or follows one closely enough to join its claim.
    analysable: bool,
    /// Holds a keyword or a registry name.
    holds: bool,
    /// Strong poll vocabulary: poll nouns, respondents, voting intention, pollster words.
    poll_words: bool,
    /// A weak poll word whose only support is a reference back to the figures before ("Об
    /// этом свидетельствуют данные исследования Russian Fields").
    by_reference: bool,
    /// Holds a registry name.
    mentions: bool,
    /// The signal is only a weak poll word stating a finding, without figures ("Un estudio …
    /// revela que la IA forma parte de nuestro día a día"): see [`SentInfo::weak_finding`].
    weak_finding: bool,
}

/// Per-sentence signals of one document, computed in sentence order and lazily: the assembly
/// asks every sentence whether it carries a poll signal, and asks for the rest only where a
/// claim is open nearby. Sentences without vocabulary far from any claim cost nothing.
struct Analyser<'a> {
    text: &'a str,
    /// `lexicon::fold_case(text)`: same byte offsets.
    folded: &'a str,
    sents: &'a [(usize, usize)],
    hits: &'a [Hit],
    mentions: &'a [TextMention],
    registry: &'a Lookups<'a>,
    lang: &'a str,
    /// Keywords seen in a non-poll sense ("the British Geological Survey"): a later definite
    /// "the survey" in the same article refers back to that, not to a poll.
    dead: Vec<&'a str>,
    /// Sentences holding vocabulary, and the few after them that a claim can reach, are
    /// analysed; the rest of a long article costs nothing more.
    reach_until: usize,
    infos: Vec<SentInfo>,
    /// The sentence [`Analyser::begin`] is on.
    current: usize,
    /// Sentences known to state (or not) a population's share with figures, by index: asked
    /// by every weak finding before them (see [`Analyser::population_figures_ahead`]).
    population_figures: RefCell<Vec<Option<bool>>>,
}

impl<'a> Analyser<'a> {
    fn len(&self) -> usize {
        self.sents.len()
    }

    /// Starts sentence `i` (called once per sentence, in order) and decides its `signal`.
    fn begin(&mut self, i: usize) -> Current<'a> {
        debug_assert_eq!(self.infos.len(), i);
        let (s, e) = self.sents[i];
        let text: &'a str = self.text;
        let sent = Sentence::new(&text[s..e], &self.folded[s..e]);
        let hs = in_span(self.hits, s, e, |h| h.start);
        let ms = in_span(self.mentions, s, e, |m| m.start);
        // A population's views stated as a share, with no poll word ("L'84 per cento degli
        // italiani ritiene…"): a poll claim all the same, naming no poll.
        let views_only = hs.is_empty()
            && ms.is_empty()
            && states_views_share(&text[s..e], &self.folded[s..e])
            && !self.tally_near(i);
        let holds = !hs.is_empty() || !ms.is_empty() || views_only;
        if holds {
            self.reach_until = i + LINK_WINDOW + 1;
        }
        let analysable = holds || i < self.reach_until;
        let mut cur = Current {
            sent,
            analysable,
            holds,
            poll_words: false,
            by_reference: false,
            mentions: !ms.is_empty(),
            weak_finding: false,
        };
        let mut info = SentInfo::default();
        if views_only {
            info.signal = true;
        } else if holds {
            self.current = i;
            let (signal, poll_words, by_reference, weak_finding) =
                self.hit_signal(&cur.sent, s, hs, ms, &info.not_a_poll);
            // Vocabulary that signals nothing ("personas", "lectores") does not hide a
            // population's views stated as a share.
            info.signal =
                signal || ms.is_empty() && states_views_share(&text[s..e], &self.folded[s..e]);
            cur.poll_words = poll_words;
            cur.by_reference = by_reference;
            cur.weak_finding = weak_finding;
        }
        if *TRACE {
            eprintln!(
                "pollwatch-trace begin {i}: keywords={} registry_names={} views_only={views_only} signal={}",
                hs.len(),
                ms.len(),
                info.signal
            );
        }
        self.infos.push(info);
        cur
    }

    /// Does `re` match one of sentences `from..to` (clipped to the document)?
    fn matches_in(&self, from: usize, to: usize, re: &crate::fastre::Re) -> bool {
        (from..to.min(self.sents.len())).any(|j| {
            let (s, e) = self.sents[j];
            re.is_match(&self.text[s..e])
        })
    }

    /// Is a business or economic survey ([`cues::ECON_SURVEY`]) reported within three
    /// sentences of sentence `i`? Asked only of a standing or majority without figures.
    fn economic_survey_near(&self, i: usize) -> bool {
        self.matches_in(i.saturating_sub(2), i + 4, &cues::ECON_SURVEY)
    }

    /// Is sentence `i` next to a measurement that is no opinion poll: a business or economic
    /// survey, an index read in points ("Індекс споживчих настроїв … знизився на 6,5
    /// пунктів"), or TV audiences ("la cuota de pantalla fue de un 46,5%")? A research firm
    /// named there ran that measurement, not a poll.
    fn measures_near(&self, i: usize) -> bool {
        let from = i.saturating_sub(1);
        let to = (i + 3).min(self.sents.len());
        self.economic_survey_near(i)
            || self.matches_in(from, to, &cues::TV_AUDIENCE)
            || (from..to).filter(|&j| j != i).any(|j| {
                let (s, e) = self.sents[j];
                let t = &self.text[s..e];
                t.bytes().any(|b| b.is_ascii_digit()) && reads_index(t, &self.folded[s..e])
            })
    }

    /// Does sentence `i` or one of the two after it tally votes cast ([`cues::VOTE_TALLY`])?
    fn tally_near(&self, i: usize) -> bool {
        self.matches_in(i, i + 3, &cues::VOTE_TALLY)
    }

    /// Does the sentence before the current one, or the one before that, state figures (one
    /// sentence without figures may sit between the figures and a reference back: see
    /// `figures_before`)? Asked only of a weak poll word that could refer back.
    fn prev_has_figures(&self) -> bool {
        (self.current.saturating_sub(2)..self.current).any(|j| {
            let (ps, pe) = self.sents[j];
            has_percent(&self.folded[ps..pe]) || may_spell_figures(&self.folded[ps..pe])
        })
    }

    /// Does the sentence before the current one state a share of people in words ("the
    /// majority of voters", "большинство жителей")?
    fn prev_shares_in_words(&self) -> bool {
        self.current.checked_sub(1).is_some_and(|j| {
            let (ps, pe) = self.sents[j];
            cues::SHARE_IN_WORDS.is_match(&self.text[ps..pe])
        })
    }

    /// Does one of the few sentences after the current one state a population's share or
    /// views with figures ("…el 29,1% de los españoles utiliza…")? What a weak word's
    /// finding waits for (see [`SentInfo::weak_finding`]).
    fn population_figures_ahead(&self) -> bool {
        let i = self.current;
        (i + 1..(i + 2 + PENDING_WINDOW).min(self.sents.len())).any(|j| {
            if let Some(known) = self.population_figures.borrow()[j] {
                return known;
            }
            let (s, e) = self.sents[j];
            let t = &self.text[s..e];
            let found = t.bytes().any(|b| b.is_ascii_digit())
                && (cues::POPULATION_SHARE.is_match(t) || cues::states_opinion(t));
            self.population_figures.borrow_mut()[j] = Some(found);
            found
        })
    }

    /// Is the current sentence (`t`, at `s`) a pollster's name alone on its line, with at most
    /// a date or a few words ("КМІС (14-22 березня)", "YouGov, 3–5 May:"), over lines of
    /// standings ("Зеленський – 31,2%")? The heading of a poll's results.
    fn heads_a_list(&self, s: usize, t: &str, ms: &[TextMention]) -> bool {
        let [m] = ms else {
            return false;
        };
        let (before, after) = (&t[..m.start - s], &t[m.end - s..]);
        let last = match after.trim_end() {
            "" => before.trim_end(),
            after => after,
        };
        if parse::letter_words(before) + parse::letter_words(after) > 3
            || last.ends_with(['.', '!', '?'])
        {
            return false;
        }
        self.figure_lines_follow()
    }

    /// Are the two sentences after the current one short lines of their own, each with a
    /// percentage ("Зеленський – 31,2%", "Attilio Fontana al 42%;")? The lines of a list that
    /// the current sentence heads.
    fn figure_lines_follow(&self) -> bool {
        let (i, n) = (self.current, self.sents.len());
        i + 2 < n
            && (i + 1..=i + 2).all(|j| {
                let (a, b) = self.sents[j];
                let line = self.text[a..b].trim();
                line.len() <= LIST_LINE_MAX
                    && self.text[self.sents[j - 1].1..a].contains('\n')
                    && has_percent(&self.folded[a..b])
            })
    }

    /// Does the current sentence (`t`) end on a colon with lines of figures after it, each on
    /// its own line ("Secondo l'ultima rilevazione Index, il centro-destra è in netto
    /// vantaggio:" then "Attilio Fontana al 42%;")?
    fn opens_a_list(&self, t: &str) -> bool {
        if !t.trim_end().ends_with(':') {
            return false;
        }
        self.figure_lines_follow()
    }

    /// The signal of a sentence holding vocabulary; also whether it holds strong poll words,
    /// and whether a weak poll word is supported only by a reference back to earlier figures.
    fn hit_signal(
        &mut self,
        sent: &Sentence<'_>,
        s: usize,
        hs: &[Hit],
        ms: &[TextMention],
        not_a_poll: &OnceCell<Option<(usize, usize)>>,
    ) -> (bool, bool, bool, bool) {
        let text = self.text;
        let folded: &'a str = self.folded;
        let lang = self.lang;
        let t = sent.text;
        let mut live: Vec<&Hit> = Vec::with_capacity(hs.len());
        if !hs.is_empty() {
            // Keywords inside "went to the polls", "polling station", "enquête judiciaire" do
            // not count.
            let acts: Vec<(usize, usize)> = cues::VOTING_ACT
                .find_iter(t)
                .map(|m| (m.start() + s, m.end() + s))
                .collect();
            for h in hs {
                // The folded keyword is its lower-case form: every hit matched a lower-case
                // keyword in the folded text.
                let word: &'a str = &folded[h.start..h.end];
                if acts.iter().any(|&(a, b)| h.start >= a && h.end <= b) {
                    if !self.dead.contains(&word) {
                        self.dead.push(word);
                    }
                } else if !(self.dead.contains(&word) && after_definite(&text[s..h.start])) {
                    live.push(h);
                }
            }
        }
        let has = |c: Class| live.iter().any(|h| h.class == c);
        let strong = has(Class::Poll);
        let resp = has(Class::Respondent) || has(Class::VoteIntention) || has(Class::PollsterWord);
        let weak = has(Class::WeakPoll);
        let informal_kw = has(Class::InformalVote);
        let poll_words = strong || resp;
        if poll_words {
            return (true, true, false, false);
        }
        // A rating in the public's eyes stated as a share ("la desaprobación del gobierno ya
        // alcanza el 61,6%", "Lula goza de um índice de aprovação de 52%"): a poll's finding,
        // named or not. Not a vote of an assembly or an approval by a regulator.
        if has(Class::Rating)
            && has_percent(sent.folded)
            && !cues::RATING_VOTES.is_match(t)
            && !cues::SCIENCE_STUDY.is_match(t)
        {
            return (true, false, false, false);
        }
        // A population's views stated as a share, with no poll word ("Quasi 7 italiani su
        // 10 considera difficile…", "62% of Britons think…"): a poll's finding, its source
        // unnamed. The share comes before the verb that states the view.
        if has(Class::PublicView) {
            if let Some(p) = cues::POPULATION_SHARE.find(t) {
                let view_after = live
                    .iter()
                    .any(|h| h.class == Class::PublicView && h.start >= s + p.start());
                if view_after
                    && !cues::RATING_VOTES.is_match(t)
                    && !cues::SCIENCE_STUDY.is_match(t)
                    && !cues::OFFICIAL_RESULT.is_match(t)
                {
                    return (true, false, false, false);
                }
            }
        }
        // Social-media analytics presented as opinion, with no poll word: a claim that is
        // not a poll (`not_a_pollster`).
        if has(Class::Analytics) && cues::social_analytics(t).is_some() {
            return (true, false, false, false);
        }
        // Cheapest tests first; every one is a pure function of the sentence.
        let informal =
            (informal_kw || weak) && not_a_poll.get_or_init(|| not_a_poll_span(t)).is_some();
        let support = || {
            !ms.is_empty()
                || sent.conditional()
                // A research body is not support for its own figures ("the Institute for
                // Fiscal Studies said 40% of households…").
                || (if sent.figures().is_empty() {
                    sent.weak_support()
                } else {
                    cues::WEAK_SUPPORT_EXCEPT_BODIES.is_match(t)
                })
                || sent.opinion()
                || sent.sample()
                || sent.moe()
                // "our global study of more than 32,000 workers … shows that 58% of employees…",
                // "según un reciente estudio del portal Infojobs, … el 21% de la población en
                // activo teletrabaja": a study of people, or cited as the source, stating a
                // share of people.
                || !sent.figures().is_empty()
                    && (cues::STUDY_OF_PEOPLE.is_match(t) || cues::ACCORDING_TO_STUDY.is_match(t))
                    && cues::POPULATION_SHARE.is_match(t)
                // A weak poll word heading lines of figures.
                || self.opens_a_list(t)
                // "une enquête de Pallas Data réalisée pour L'Actualité concédait aux péquistes
                // 30 % des voix": a weak word stated as a poll's finding, with its figures.
                // Not "a study … found": studies are research more often than polls.
                // Or, without figures, by an organisation of the research trade ("A pesquisa
                // foi realizada pelo Instituto França de Pesquisas").
                || cues::SURVEY_WORD.is_match(t)
                    && (cues::FINDING.is_match(t) || cues::CONDUCTED.is_match(t))
                    && (!sent.figures().is_empty()
                        || parse::pollster_names(t, lang).iter().any(|n| {
                            sources::looks_like_org(&n.name) && !sources::is_media(&n.name)
                        }))
        };
        let reg_source = || {
            !ms.is_empty()
                && (weak
                    || sent.opinion()
                    || sent.weak_support()
                    || sent.sample()
                    || sent.figures().len() >= 2
                    || !parse::source_names(t).is_empty()
                    || cues::BACK_REFERENCE.is_match(t)
                    || ms.iter().any(|m| cues::NAME_FINDS.is_match(&text[m.end..s + t.len()]))
                    || has_percent(sent.folded) && cues::REPORTED_BY_DE.is_match(t)
                    || ms.iter().any(|m| {
                        let from = m.start.saturating_sub(48).max(s);
                        let from = (from..m.start)
                            .find(|&k| text.is_char_boundary(k))
                            .unwrap_or(m.start);
                        cues::data_of(&text[from..m.start], &folded[from..m.start])
                    })
                    || ms.iter().any(|m| caption_credit(text, m.start, m.end))
                    || self.heads_a_list(s, t, ms)
                    // A poll brand stating who leads ("The latest Newspoll has Labor and the
                    // Coalition tied").
                    || names_poll_brand(text, ms)
                        && (cues::states_standing(t) || cues::SHIFT.is_match(t)))
                && ms.iter().any(|m| {
                    // A registered non-pollster (an analytics firm, a betting exchange) counts
                    // only when its figures are presented as opinion ("Filteris … says Fillon
                    // leads with 30% of voters' support"): that is the fake poll to flag.
                    !matches!(
                        self.registry.lookup(&text[m.start..m.end], None),
                        Lookup::Found { record, .. } if record.status == crate::registry::PollsterStatus::NotAPollster
                    ) || sent.opinion()
                        || sent.weak_support()
                        || cues::SOCIAL_MEDIA.is_match(t)
                        // Odds described as odds, with no poll word, are not presented as a
                        // poll ("Polymarket, a prediction market, gives Trump a 66% chance").
                        || (weak || informal_kw)
                            && not_a_poll.get_or_init(|| not_a_poll_span(t)).is_some()
                })
        };
        // "A study of 2,539 patients published in the NEJM": clinical research, not opinion.
        let science = || cues::SCIENCE_STUDY.is_match(t);
        let signal = informal || (weak && support() && !science()) || reg_source();
        // "Un estudio … revela que…", "according to this SurveyMonkey study": a weak word
        // stating a finding without figures waits for them; only figures about a population
        // or its views will do (see `SentInfo::weak_finding`).
        // Most weak words in news are research, with no such figures ahead.
        // Only a study's own noun ("un estudio", "une étude", "a survey of…"), not an
        // institute or "public opinion".
        let study_noun = || {
            live.iter().any(|h| {
                let word = &folded[h.start..h.end];
                h.class == Class::WeakPoll
                    && !matches!(
                        word,
                        "institut"
                            | "instituto"
                            | "istituto"
                            | "institute"
                            | "instituts"
                            | "институт"
                            | "інститут"
                            | "consultora"
                            | "рейтинг"
                    )
                    && ![
                        "opini",
                        "observ",
                        "osserv",
                        "centr",
                        "мнени",
                        "думк",
                        "meinung",
                    ]
                    .iter()
                    .any(|stem| word.contains(stem))
            })
        };
        let weak_finding = || {
            ms.is_empty()
                && study_noun()
                && !cues::names_research_body(sent.folded)
                && self.population_figures_ahead()
                && cues::FINDING_HINT.is_match(t)
                && sent.figures().is_empty()
                && cues::FINDING.is_match(t)
                && !science()
                && not_a_poll.get_or_init(|| not_a_poll_span(t)).is_none()
        };
        if !signal && weak && weak_finding() {
            return (true, false, false, true);
        }
        // Only a sentence right after figures, or right after shares stated in words
        // ("большинство жителей … видят…. Это следует из исследования ИНСОМАР"), can refer
        // back to them.
        if signal || !weak || !(self.prev_has_figures() || self.prev_shares_in_words()) {
            return (signal, false, false, false);
        }
        // "Об этом свидетельствуют данные исследования X", "È il risultato dello studio…": a
        // weak poll word that refers back attributes the figures before, if they are views.
        // (Such sentences open on the reference: a cheap anchored test first.)
        let by_reference = cues::OPENS_ON_REFERENCE.is_match(t)
            && cues::BACK_REFERENCE.is_match(t)
            && sent.figures().is_empty()
            && !science();
        (by_reference, false, by_reference, false)
    }

    /// The registry mentions in sentence `i`.
    fn mentions_of(&self, i: usize) -> &'a [TextMention] {
        let (s, e) = self.sents[i];
        in_span(self.mentions, s, e, |m| m.start)
    }

    /// Fills in what the assembly reads of sentence `i` beyond its signal.
    fn complete(&mut self, i: usize, mut cur: Current<'_>) {
        if !cur.analysable {
            return;
        }
        let sent = &mut cur.sent;
        let signal = self.infos[i].signal;
        let mut info = SentInfo {
            signal,
            not_a_poll: std::mem::take(&mut self.infos[i].not_a_poll),
            ..SentInfo::default()
        };
        if cur.holds {
            info.reject = sent.reject(cur.poll_words, cur.mentions);
            if !signal {
                info.meta = sent.meta();
                info.other_source = cues::OTHER_SOURCE.is_match(sent.text);
                info.result_verb = cues::RESULT_VERB.is_match(sent.text) && !sent.conditional();
            }
            info.figures = sent.take_figures();
            info.list_line = is_list_line(sent.text, &info.figures);
            if signal && info.figures.is_empty() {
                info.seats = sent.has_digit() && cues::SEATS.is_match(sent.text);
                // A lead or a standing counts only with poll words or a pollster cited as the
                // source ("D'après une enquête Odoxa, X figure en tête"): "Ipsos leads the
                // market research industry" is no result.
                // Bookmakers' favourites are odds ("Las casas de apuestas, como las encuestas,
                // tienen claro su favorito").
                info.majority = !info.seats
                    && (cues::MAJORITY.is_match(sent.text)
                        || (cur.poll_words
                            || cur.mentions
                                && (cues::CITED_AS_SOURCE.is_match(sent.text)
                                    || names_poll_brand(self.text, self.mentions_of(i))))
                            && (cues::states_standing(sent.text)
                                || cur.poll_words && cues::SHIFT.is_match(sent.text))
                            && !cues::BETTING.is_match(sent.text))
                    // "Die meisten Befragten äußerten sich vor der Wahl. Der
                    // Ifo-Geschäftsklima-Index stieg…": the respondents of a business survey.
                    && !self.economic_survey_near(i);
                info.back_ref = !info.seats && cues::BACK_REFERENCE.is_match(sent.text);
                // "Opinium interviewed 2,050 adults", "Опрошены 800 жителей": a sample described
                // after the figures attributes them as much as "The figures come from…".
                info.sample_ref = !info.seats && !info.back_ref && sent.sample();
                info.back_ref_sample = info.back_ref && sent.sample();
                info.by_reference = cur.by_reference;
                info.weak_finding = cur.weak_finding;
                info.weak_only = !cur.poll_words && !cur.mentions;
                // Weak words alone ("a study", "Daten einer Studie") state or report a poll
                // only about people's views or as survey words; never a scientific study.
                let t = sent.text;
                let survey_word = || cues::SURVEY_WORD.is_match(t);
                let not_science = || !cues::SCIENCE_STUDY.is_match(t);
                info.finding = !info.seats
                    && ((!info.weak_only || sent.opinion() || survey_word())
                        && cues::FINDING.is_match(t)
                        && not_science()
                        // Analytics presented as opinion state their finding themselves.
                        || !cur.poll_words && cues::social_analytics(t).is_some());
            }
        } else if sent.has_digit() || margin_in_words(sent.folded) || methodology_note(sent.folded)
        {
            // Figures, samples, margins and dates all need digits.
            let with_figures = !sent.figures().is_empty();
            info.meta = sent.meta();
            info.reject = with_figures && sent.reject(false, false);
            info.other_source = with_figures && cues::OTHER_SOURCE.is_match(sent.text);
            info.result_verb = with_figures && cues::RESULT_VERB.is_match(sent.text);
            info.figures = sent.take_figures();
            info.list_line = is_list_line(sent.text, &info.figures);
        }
        if !info.signal && info.figures.is_empty() {
            // "Il s'agit en réalité des cotes de Betfair": a sentence after a claim that says
            // what its figures really are.
            info.unmasks = info
                .not_a_poll
                .get_or_init(|| not_a_poll_span(sent.text))
                .is_some();
        }
        if *TRACE {
            eprintln!(
                "pollwatch-trace sentence {i}: {:?} signal={} reject={} figures={} meta={} other_source={} result_verb={} back_ref={} weak_only={} weak_finding={} majority={} finding={}",
                sent.text,
                info.signal,
                info.reject,
                info.figures.len(),
                info.meta,
                info.other_source,
                info.result_verb,
                info.back_ref,
                info.weak_only,
                info.weak_finding,
                info.majority,
                info.finding
            );
        }
        self.infos[i] = info;
    }

    /// Fills in whether signal sentence `i` introduces a new poll and which pollster it names
    /// (see [`SentInfo::keyed`]).
    fn ensure_key(&mut self, i: usize) {
        if !self.infos[i].signal || self.infos[i].keyed {
            return;
        }
        let (s, e) = self.sents[i];
        let text: &'a str = self.text;
        let sent = &text[s..e];
        let names = parse::pollster_names(sent, self.lang);
        // A sponsor ("SRG-Trendumfrage") is not the pollster; a poll brand and the pollster's
        // own name ("ARD-Deutschlandtrend", "Infratest dimap") are one.
        let keyed = names
            .iter()
            .find(|n| is_author_name(&n.name))
            .map(|n| (self.key_of(&n.name), n.start))
            .or_else(|| {
                self.mentions_of(i)
                    .first()
                    .map(|m| (self.key_of(&text[m.start..m.end]), m.start - s))
            });
        // A sentence that only compares with another poll ("Os números diferem de outro
        // levantamento, do Instituto Sigma") opens no claim of its own; one that names its own
        // poll's pollster before the comparison does ("Segundo pesquisa realizada pelo
        // Datafolha, … em comparação com uma outra pesquisa").
        let only_compares = cues::OTHER_POLL.find(sent).is_some_and(|o| {
            !has_percent(&self.folded[s..e])
                && keyed.as_ref().is_none_or(|&(_, at)| at >= o.start())
        });
        let key = keyed.map(|(k, _)| k);
        let key = key.filter(|_| !only_compares);
        let info = &mut self.infos[i];
        info.new_poll = !only_compares && cues::NEW_POLL.is_match(sent);
        info.pollster_key = key;
        info.pollster_names = Some(names);
        info.keyed = true;
    }

    /// The key that tells pollsters apart: the registry entry a name resolves to, else the
    /// name itself.
    fn key_of(&self, name: &str) -> String {
        match self.registry.lookup(name, None) {
            Lookup::Found { record, .. } => format!("{REGISTRY_KEY}{}", record.id),
            _ => name_key(name),
        }
    }

    /// Sentence `i` states a share of a population ([`cues::POPULATION_SHARE`]).
    fn population_share(&self, i: usize) -> bool {
        let (s, e) = self.sents[i];
        cues::POPULATION_SHARE.is_match(&self.text[s..e])
    }

    /// Sentence `i` states people's views (as [`Self::figures_before`] asks of a run), who
    /// leads, or shares of several options ("Lula tem 48%, contra 30% de Bolsonaro").
    fn states_views(&self, i: usize) -> bool {
        let (s, e) = self.sents[i];
        let sent = Sentence::new(&self.text[s..e], &self.folded[s..e]);
        self.infos[i].figures.len() >= 2
            || sent.opinion()
            || sent.conditional()
            || sent.weak_support()
            || cues::states_standing(sent.text)
    }

    /// The sentences right before `i` (at most [`FIGURES_BEFORE`], after sentence `after`) that state figures
    /// a later sentence attributes to a poll: "46% think… Only 22% approve. The figures come
    /// from Opinium's tracker". Their figures are filled in; hard negatives, vote counts and
    /// official sources stop the search.
    fn figures_before(&mut self, i: usize, after: Option<usize>, views_only: bool) -> Vec<usize> {
        let mut out = Vec::new();
        let mut views = false;
        // One sentence without figures may sit inside the run ("Più di due italiani su tre
        // sono favorevoli… E tra questi, in maggioranza, anche gli elettori di Lega… È il
        // risultato di un sondaggio…").
        // Two, when the reference is a poll's own word ("Drei Viertel (75 Prozent) aller
        // Bundesbürger nutzen das Internet. [two sentences of comparisons] Das ergab eine
        // Umfrage…").
        let max_gaps = if views_only { 1 } else { 2 };
        let mut gaps = 0;
        let lo = i.saturating_sub(FIGURES_BEFORE + usize::from(!views_only));
        // The sentence after the current one, built when a gap looked at it.
        let mut ahead: Option<Sentence<'_>> = None;
        for j in (lo..i).rev() {
            if after.is_some_and(|a| j <= a) {
                break;
            }
            let (s, e) = self.sents[j];
            let mut sent = ahead
                .take()
                .unwrap_or_else(|| Sentence::new(&self.text[s..e], &self.folded[s..e]));
            if sent.figures().is_empty() && gaps < max_gaps && j > 0 {
                // A gap only matters if figures come right before it (or, for a second gap,
                // before the sentence before it): look there first (the gap's own tests are
                // the costly part).
                let k = j - 1;
                if k < lo || after.is_some_and(|a| k <= a) {
                    break;
                }
                let (ks, ke) = self.sents[k];
                let next = Sentence::new(&self.text[ks..ke], &self.folded[ks..ke]);
                let figures_next = !next.figures().is_empty()
                    || gaps + 1 < max_gaps && k > lo && after.is_none_or(|a| k - 1 > a) && {
                        let (ps, pe) = self.sents[k - 1];
                        has_percent(&self.folded[ps..pe])
                    };
                if !figures_next {
                    break;
                }
                if !sent.reject(false, false) && !cues::OTHER_SOURCE.is_match(sent.text) {
                    gaps += 1;
                    ahead = Some(next);
                    continue;
                }
            }
            if sent.figures().is_empty()
                || sent.reject(false, false)
                || cues::OTHER_SOURCE.is_match(sent.text)
                || cues::RESULT_VERB.is_match(sent.text) && !sent.conditional()
            {
                break;
            }
            // When only views count, one sentence of the run must state them ("81% россиян
            // хотел бы…"); the others may go on with the breakdown ("В Красноярске … 73 и 74%").
            views = views
                || !views_only
                || sent.opinion()
                || sent.conditional()
                || sent.weak_support()
                || !parse::source_names(sent.text).is_empty()
                // A share of a population is what a survey of people measures ("Entre os
                // jovens, 58% usam…" is not "Die Exporte stiegen um 4 Prozent").
                || cues::POPULATION_SHARE.is_match(sent.text);
            out.push((j, sent.take_figures()));
        }
        if !views {
            return Vec::new();
        }
        out.reverse();
        out.into_iter()
            .map(|(j, figures)| {
                self.infos[j].figures = figures;
                j
            })
            .collect()
    }
}

/// Does a sentence (through `lexicon::fold_case`) state a percentage? A cheap test: a digit
/// and a percent sign or word.
fn has_percent(folded: &str) -> bool {
    folded.bytes().any(|b| b.is_ascii_digit())
        && (folded.contains('%')
            || contains_any(
                folded,
                &[
                    "per cent",
                    "percent",
                    "prozent",
                    "pour cent",
                    "por ciento",
                    "por cento",
                    "per cento",
                    "процент",
                    "відсот",
                ],
            ))
}

/// Does `folded` contain any of `words`? The cheap substring prefilters below are lists of
/// this kind.
fn contains_any(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| folded.contains(w))
}

/// Does `text` (`folded` its `lexicon::fold_case`) state a population's views as a share
/// ([`cues::VIEWS_SHARE`])?
fn states_views_share(text: &str, folded: &str) -> bool {
    views_candidate(folded)
        && (cues::VIEWS_SHARE.is_match(text)
            || cues::VIEWS_SHARE_OF.is_match(text)
            || cues::PASSIVE_VIEWS_SHARE.is_match(text))
}

/// Could a sentence (through `lexicon::fold_case`) state a population's views as a share
/// ([`cues::VIEWS_SHARE`])? A percentage, or "N de cada 100", "N em cada 10", "N out of 10".
/// Only a prefilter: it may say yes where the regex says no, never the reverse (the regex's
/// figure is a digit followed by a sign or word that holds one of these strings).
fn views_candidate(folded: &str) -> bool {
    let Some(first_digit) = folded.bytes().position(|b| b.is_ascii_digit()) else {
        return false;
    };
    let tail = &folded[first_digit..];
    tail.contains('%')
        || contains_any(
            tail,
            &[
                "cent",
                "cient",
                "zent",
                "процент",
                "відсот",
                " de cada ",
                " em cada ",
                " out of ",
            ],
        )
}

/// Does a sentence (through `lexicon::fold_case`) describe a poll's method in words
/// ("Méthode des quotas, questionnaire auto-administré en ligne")?
fn methodology_note(folded: &str) -> bool {
    contains_any(
        folded,
        &[
            "method",
            "méthod",
            "methodik",
            "método",
            "metod",
            "метод",
            "questionnaire",
            "fragebogen",
            "cuestionario",
            "questionário",
            "questionario",
        ],
    )
}

/// Could a sentence without digits (through `lexicon::fold_case`) state a margin of error in
/// words ("A margem de erro é de dois pontos percentuais")? A cheap test before the regex.
fn margin_in_words(folded: &str) -> bool {
    contains_any(
        folded,
        &[
            "margin",
            "marge",
            "margem",
            "margen",
            "margine",
            "fehler",
            "schwankung",
            "погрешн",
            "похиб",
            "ошибк",
        ],
    )
}

/// Figures can be spelt out ("Sixty-one per cent", "six in ten", "deux sur trois"): worth
/// parsing even without a digit. `folded`: through `lexicon::fold_case`.
fn may_spell_figures(folded: &str) -> bool {
    const CUES: [&str; 38] = [
        "cent",
        "ciento",
        "prozent",
        "процент",
        "відсот",
        " in ",
        " out of ",
        " sur ",
        " von ",
        " de cada ",
        " em cada ",
        " su ",
        " из ",
        // Shares in words: "jeder dritte", "каждый второй", "кожен третій", "two thirds".
        "jede",
        "кажд",
        "кожн",
        "коже",
        "third",
        "drittel",
        "tiers",
        "terc",
        "terç",
        "terz",
        "трет",
        "half of",
        "moitié d",
        "mitad de",
        "metade d",
        "metà d",
        "половин",
        " quarters",
        " quarts",
        " cuartos",
        " quartos",
        " quarti",
        "viertel",
        "четверт",
        "чверт",
    ];
    static AUTOMATON: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| cue_automaton(CUES));
    AUTOMATON.is_match(folded)
}

/// Does `before` end with a definite article or demonstrative ("the ", "cette ", "l'")?
fn after_definite(before: &str) -> bool {
    let tail: String = before
        .chars()
        .rev()
        .take(16)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let mut words = tail
        .trim_end()
        .rsplit([' ', '\n', '(', '"', '«', '“'])
        .filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    // "the 14 surveys", "les 14 sondages": the article before a count.
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
        word = words.next().unwrap_or("");
    }
    matches!(
        word,
        "the"
            | "these"
            | "those"
            | "les"
            | "ces"
            | "los"
            | "las"
            | "os"
            | "as"
            | "gli"
            | "i"
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

/// `folded`: the sentence through `lexicon::fold_case`, which lower-cases every letter of
/// these words as `to_lowercase` does.
fn is_conditional(folded: &str) -> bool {
    CONDITIONAL.is_match(folded)
}

/// The conditional of a vote or a result, for [`is_conditional`]: one automaton, not a search
/// for each word.
static CONDITIONAL: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        cue_automaton([
            " would ",
            " бы ",
            " würde",
            " votaría",
            " obtendría",
            " votaria",
            " obteria",
            " otterrebbe",
            " voteraient",
            " voterait",
            " obtiendrait",
            " votarían",
            " votariam",
            " voterebbe",
            " voterebbero",
            " andrebbe",
            " andrebbero",
            " vorrebbe",
            " vorrebbero",
            " sarebbe",
            " voudraient",
            " irait",
            " iraient",
            " iría",
            " irían",
            " wählen würden",
            " käme",
            " kämen",
            " проголосовали бы",
            " проголосували б",
            " ganaría",
            " volvería a ganar",
            " volverían a ganar",
            " ganarían",
            " perdería",
            " perderían",
            " obtendrían",
            " se impondría",
            " ganharia",
            " ganhariam",
            " perderia",
            " obteriam",
            " venceria",
            " gagnerait",
            " gagneraient",
            " perdrait",
            " obtiendraient",
            " l'emporterait",
            " vincerebbe",
            " vincerebbero",
            " perderebbe",
            " otterrebbero",
            // Shares won in a vote held now: "recueillerait entre 26 et 28 % des suffrages",
            // "raccoglierebbe il 51%", "lograría el 30%", "erhielte 25 Prozent".
            " recueillerait",
            " recueilleraient",
            " remporterait",
            " remporteraient",
            " récolterait",
            " récolteraient",
            " arriverait",
            " arriveraient",
            " devancerait",
            " raccoglierebbe",
            " raccoglierebbero",
            " prenderebbe",
            " prenderebbero",
            " conquisterebbe",
            " lograría",
            " lograrían",
            " conseguiría",
            " conseguirían",
            " alcanzaría",
            " alcanzarían",
            " obtendria",
            " conseguiria",
            " conseguiriam",
            " alcançaria",
            " alcançariam",
            " teria",
            " teriam",
            " erhielte",
            " erhielten",
            " bekäme",
            " bekämen",
            " получил бы",
            " получила бы",
            " набрал бы",
            " набрала бы",
            " отримав би",
            " отримала б",
        ])
    });

/// A small automaton of cue words for sentence tests: a DFA and no prefilter. Many cues
/// start with a space or a common letter, where a prefilter stops at nearly every word.
fn cue_automaton<I, P>(cues: I) -> aho_corasick::AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(cues)
        .expect("cue words build an automaton")
}

/// Poll sentences without figures waiting for their figures ([`assemble`]). Whether a poll
/// sentence continues the run before it depends on the pollster each names
/// ([`Analyser::ensure_key`], the costly part of a poll sentence), so sentences are kept as
/// pushed and the run is worked out only when it is used or dropped: an article that mentions
/// polls without figures never pays for names no claim will show. The keys worked out are the
/// same, in the same order, as deciding at each push would give.
#[derive(Default)]
struct Pending {
    /// The run as decided so far.
    settled: Vec<usize>,
    /// Sentences pushed since, each with whether it must continue the run (a poll sentence)
    /// or simply joins it (a line announcing results).
    raw: Vec<(usize, bool)>,
}

impl Pending {
    fn last(&self) -> Option<usize> {
        self.raw
            .last()
            .map(|&(i, _)| i)
            .or_else(|| self.settled.last().copied())
    }

    fn is_empty(&self) -> bool {
        self.raw.is_empty() && self.settled.is_empty()
    }

    /// Every waiting sentence, settled or not, in order.
    fn all(&self) -> Vec<usize> {
        let mut out = self.settled.clone();
        out.extend(self.raw.iter().map(|&(i, _)| i));
        out
    }

    fn push(&mut self, i: usize, must_continue: bool) {
        self.raw.push((i, must_continue));
    }

    /// Decides the run: a poll sentence right after another continues it unless it brings a
    /// poll or pollster of its own.
    fn settle(&mut self, an: &mut Analyser<'_>) {
        for (i, must_continue) in std::mem::take(&mut self.raw) {
            if must_continue {
                let continues = match self.settled.last() {
                    Some(&p) if i - p <= PENDING_WINDOW => {
                        an.ensure_key(i);
                        an.ensure_key(p);
                        let infos = &an.infos;
                        let mut keys = self
                            .settled
                            .iter()
                            .filter_map(|&q| infos[q].pollster_key.as_ref());
                        !infos[i].new_poll
                            && infos[i]
                                .pollster_key
                                .as_ref()
                                .is_none_or(|k| keys.all(|q| q == k))
                    }
                    _ => false,
                };
                if !continues {
                    self.settled.clear();
                }
            }
            self.settled.push(i);
        }
    }

    /// Drops the run, once decided (so the same keys are worked out as ever).
    fn clear(&mut self, an: &mut Analyser<'_>) {
        self.settle(an);
        self.settled.clear();
    }
}

/// Groups sentence indexes into claims. The first index of each group is its first sentence;
/// groups are sorted and disjoint.
fn assemble(an: &mut Analyser<'_>) -> Vec<Vec<usize>> {
    let mut claims: Vec<Vec<usize>> = Vec::new();
    let mut current: Option<usize> = None; // index into `claims`
    let mut current_key: Option<String> = None;
    let mut continuation = 0usize;
    // Poll sentences without figures waiting for their figures: the last one, and the ones
    // before it that it continues ("Ce sondage de l'Ifop est le premier depuis… Selon les
    // résultats, Marine Le Pen est la favorite… Elle récolterait 31 %").
    let mut pending = Pending::default();
    for i in 0..an.len() {
        let cur = an.begin(i);
        let last = current.map(|c| *claims[c].last().expect("non-empty"));
        let near = last.is_some_and(|l| i - l <= LINK_WINDOW);
        if !an.infos[i].signal && !near && pending.last().is_none_or(|p| i - p > PENDING_WINDOW) {
            // Without a signal, a sentence joins only a claim or a pending poll sentence
            // nearby; with neither, whatever it holds, all it does is end a run of bare
            // figures (a pending sentence further back can no longer be used).
            continuation = MAX_CONTINUATION;
            continue;
        }
        an.complete(i, cur);
        if an.infos[i].reject {
            pending.clear(an);
            continuation = MAX_CONTINUATION;
            continue;
        }
        // A sample described after the figures attributes them only with no claim open nearby
        // (otherwise it joins that claim below).
        let sample_ref = an.infos[i].sample_ref && !near;
        if an.infos[i].back_ref && near && !an.infos[i].weak_only {
            // "Questi i risultati di un sondaggio di Ipsos" right after a claim: it names the
            // poll of the figures just before, "un sondaggio" and all. The claim takes it, and
            // figures about views right before the claim.
            let c = current.expect("near implies current");
            let start = claims[c][0];
            let floor = c.checked_sub(1).and_then(|p| claims[p].last().copied());
            let before = an.figures_before(start, floor, true);
            claims[c].splice(0..0, before);
            claims[c].push(i);
            an.ensure_key(i);
            if current_key.is_none() {
                current_key.clone_from(&an.infos[i].pollster_key);
            }
            continuation = 0;
            pending.clear(an);
            continue;
        }
        // A poll sentence that names its pollster, without figures, right after figures no
        // claim holds ("Alessandra Todde al 20 per cento, seguono… Circola il primo sondaggio…
        // commissionato all'Istituto Piepoli"): the lede's figures are that poll's, when they
        // state views, who leads or several shares.
        if !near
            && !an.infos[i].back_ref
            && !sample_ref
            && an.infos[i].figures.is_empty()
            && !an.infos[i].seats
            && !an.infos[i].majority
            && !an.infos[i].weak_only
            && i > 0
            && !an.infos[i - 1].signal
            && pending.is_empty()
            && claims
                .last()
                .and_then(|g| g.last())
                .is_none_or(|&l| l + 1 < i)
        {
            // Figures first (cheap, and most poll sentences have none before them), then the
            // pollster's name (the costly part).
            let after = claims.last().and_then(|g| g.last().copied());
            let mut g = an.figures_before(i, after, false);
            let lede = g.last() == Some(&(i - 1)) && g.iter().any(|&j| an.states_views(j));
            if lede && {
                an.ensure_key(i);
                an.infos[i].pollster_key.is_some()
            } {
                g.push(i);
                claims.push(g);
                current = Some(claims.len() - 1);
                current_key.clone_from(&an.infos[i].pollster_key);
                continuation = 0;
                continue;
            }
        }
        if an.infos[i].back_ref || sample_ref {
            let after = claims.last().and_then(|g| g.last().copied());
            let views_only = sample_ref || an.infos[i].weak_only;
            let mut g = an.figures_before(i, after, views_only);
            // Or a result without figures just before ("…її електоральна підтримка знижується…
            // Про це свідчать результати дослідження Центру SOCIS").
            if g.is_empty()
                && an.infos[i].back_ref
                && !an.infos[i].weak_only
                && i > 0
                && after.is_none_or(|a| a + 1 < i)
                && (states_result(an.text, an.sents[i - 1])
                    // A projection in the conditional ("Feijóo volvería a ganar las
                    // elecciones. Así se desprende del último sondeo…").
                    || is_conditional(&an.folded[an.sents[i - 1].0..an.sents[i - 1].1]))
                && !an.infos[i - 1].reject
            {
                g.push(i - 1);
            }
            if !g.is_empty() {
                g.push(i);
                claims.push(g);
                current = Some(claims.len() - 1);
                an.ensure_key(i);
                current_key.clone_from(&an.infos[i].pollster_key);
                continuation = 0;
                pending.clear(an);
                continue;
            }
            // A weak poll word describing whom it asked ("A pesquisa ouviu 2.379 eleitores"),
            // with no figures before to attribute, is a poll sentence of its own: the figures
            // may follow ("Lula tem 48%…").
            let describes_sample =
                (sample_ref || an.infos[i].back_ref_sample) && !an.infos[i].by_reference;
            if (an.infos[i].by_reference || an.infos[i].weak_only) && !near && !describes_sample {
                // Weak words referring back to nothing they can attribute: not a poll sentence
                // of its own.
                continuation = MAX_CONTINUATION;
                continue;
            }
        }
        let has_fig = !an.infos[i].figures.is_empty() || an.infos[i].seats || an.infos[i].majority;
        if has_fig || near {
            an.ensure_key(i);
            pending.settle(an);
            for k in 0..pending.settled.len() {
                an.ensure_key(pending.settled[k]);
            }
        }
        let infos = &an.infos;
        let info = &infos[i];
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
                // A study stating a finding in words, waiting alone, is not the poll whose
                // figures a sentence introducing a poll gives ("Eine Studie zeigt, dass… Eine
                // neue Umfrage zeigt: 59 Prozent…"). Among other poll sentences it is the
                // same poll's headline ("Pesquisa mostra empate…").
                if info.new_poll && pending.settled.iter().all(|&p| infos[p].weak_finding) {
                    pending.settled.clear();
                }
                if pending.last().is_some_and(|p| i - p <= PENDING_WINDOW) {
                    g.append(&mut pending.settled);
                    current_key = g
                        .iter()
                        .find_map(|&p| infos[p].pollster_key.clone())
                        .or_else(|| info.pollster_key.clone());
                } else {
                    current_key.clone_from(&info.pollster_key);
                }
                g.push(i);
                claims.push(g);
                current = Some(claims.len() - 1);
            }
            continuation = 0;
            pending.settled.clear();
        } else if info.signal {
            if near && !info.new_poll && !other_pollster {
                let c = current.expect("near implies current");
                claims[c].push(i);
            } else {
                // A poll sentence right after another continues it unless it brings a poll or
                // pollster of its own (decided when the run is used: `Pending`).
                pending.push(i, true);
                current = None;
                current_key = None;
            }
            continuation = MAX_CONTINUATION;
        } else if has_fig
            && !info.other_source
            && (!info.result_verb
                || informal_vote_waits(an, &pending.all(), i)
                // "…дослідження … виявило очікувану трійку лідерів. … партія набрала 27,4%
                // симпатій": right after a poll's finding, "won 27%" is its result.
                || pending
                    .last()
                    .is_some_and(|p| i - p <= PENDING_WINDOW && an.infos[p].finding)
                || near && informal_vote_waits(an, &claims[current.expect("near")], i))
        {
            let infos = &an.infos;
            if let (Some(c), Some(l)) = (current, last) {
                if i == l + 1 && (continuation < MAX_CONTINUATION || info.list_line) {
                    claims[c].push(i);
                    continuation += 1;
                    continue;
                }
            }
            // Figures after a weak word that only described whom it asked ("A pesquisa ouviu
            // 2.379 eleitores") are its findings only when they are views: "Die Studie befragte
            // 2.000 Patienten. Die Sterblichkeit sank um 30 Prozent" is research.
            let only_described_sample = || {
                pending.settled.iter().all(|&p| {
                    infos[p].weak_only
                        && (infos[p].back_ref_sample
                            || infos[p].sample_ref
                            || infos[p].weak_finding)
                })
            };
            if pending.last().is_some_and(|p| i - p <= PENDING_WINDOW)
                && (!only_described_sample() || an.states_views(i) || an.population_share(i))
            {
                let mut g = std::mem::take(&mut pending.settled);
                current_key = g.iter().find_map(|&p| infos[p].pollster_key.clone());
                g.push(i);
                claims.push(g);
                current = Some(claims.len() - 1);
                continuation = 1;
                continue;
            }
            continuation = MAX_CONTINUATION;
        } else if (info.meta || info.unmasks) && near && !info.other_source {
            let c = current.expect("near implies current");
            claims[c].push(i);
        } else if !info.signal
            && !info.other_source
            && !info.result_verb
            && pending.last().is_some_and(|p| i - p <= PENDING_WINDOW)
            && states_result(an.text, an.sents[i])
        {
            // The poll sentence named the poll; the next says who leads without a figure ("Le
            // sondage réalisé par X … On découvre que le RN arriverait en tête").
            pending.settle(an);
            let mut g = std::mem::take(&mut pending.settled);
            current_key = g.iter().find_map(|&p| an.infos[p].pollster_key.clone());
            g.push(i);
            claims.push(g);
            current = Some(claims.len() - 1);
            continuation = 0;
        } else if !info.signal
            && info.figures.is_empty()
            && pending.last().is_some_and(|p| i - p <= PENDING_WINDOW)
            && announces_results(&an.text[an.sents[i].0..an.sents[i].1])
        {
            // "Here are the results.", the poll's question: the figures come after them, and
            // the poll sentence waits for them from here (the lines after are read as it was).
            pending.push(i, false);
            an.reach_until = an.reach_until.max(i + LINK_WINDOW + 1);
            continuation = MAX_CONTINUATION;
        } else {
            continuation = MAX_CONTINUATION;
        }
    }
    // The keys of a run still waiting are read only by claims (their spans, their leads).
    if !claims.is_empty() {
        pending.settle(an);
    }
    orphan_polls(an, &mut claims);
    if !claims.is_empty() {
        pending.settle(an);
    }
    // A claim without figures right before a claim with figures is its headline or lead ("FPÖ
    // baut Vorsprung aus, Umfrage zeigt" then "Laut einer Umfrage des Instituts X… 36
    // Prozent"): one poll, reviewed once, with the pollster the body names.
    // So is a claim that names no pollster right before one that does ("…as a poll revealed
    // that more than half of the population want an election. Some 54% backed…, in a Populus
    // survey for ITV News").
    let mut merged: Vec<Vec<usize>> = Vec::with_capacity(claims.len());
    for g in claims {
        if let Some(prev) = merged.last_mut() {
            let bare = |g: &[usize]| g.iter().all(|&j| an.infos[j].figures.is_empty());
            let unnamed = |g: &[usize]| g.iter().all(|&j| an.infos[j].pollster_key.is_none());
            let key = |g: &[usize]| g.iter().find_map(|&j| an.infos[j].pollster_key.as_ref());
            // Two pollsters are two polls ("Ifop published a survey… Elabe also released one…
            // 58% oppose").
            let other = matches!((key(prev), key(&g)), (Some(a), Some(b)) if a != b);
            // A registered pollster named as who carried out a poll whose claim named only an
            // organisation the registry does not know (its commissioner, as a rule).
            let registered = |g: &[usize]| {
                g.iter()
                    .any(|&j| is_registry_key(an.infos[j].pollster_key.as_deref()))
            };
            // So is one whose claim says it worked for another ("…einer Umfrage der
            // DAK-Krankenkasse…" then "In der Erhebung des Forsa-Instituts im Auftrag der
            // Kasse bekundeten 87 Prozent…").
            let commissioned = |g: &[usize]| {
                g.iter().any(|&j| {
                    let (s, e) = an.sents[j];
                    parse::sponsor_strong(&an.text[s..e]).is_some()
                })
            };
            let conductor =
                registered(&g) && !registered(prev) && (bare(&g) || bare(prev) && commissioned(&g));
            let last = *prev.last().expect("non-empty");
            // A headline may have a dateline or a byline between it and its body.
            let gap = if is_headline(an.text, an.sents, prev) {
                1 + HEADLINE_GAP
            } else {
                2
            };
            if g[0].checked_sub(last).is_some_and(|d| d <= gap)
                && (!other || conductor)
                && (bare(prev) && !bare(&g) || unnamed(prev) && !unnamed(&g) || conductor)
            {
                prev.extend(g);
                continue;
            }
        }
        merged.push(g);
    }
    credit_later_name(an, merged)
}

/// How many sentences may stand between a claim that names no pollster and the claim further
/// down that names the document's one pollster, for the two to be one poll.
const LATER_NAME_WINDOW: usize = 10;

/// A report that credits its poll further down: the headline and lead state the findings
/// ("Sondaggi politici, FdI primo sfiora il 30%"), the pollster comes later ("Ecco l'ultimo
/// sondaggio condotto da Demos"). When the document's claims name one pollster only, the
/// claims before its first naming that name none are that poll's, unless they speak of
/// another poll or describe an informal vote.
fn credit_later_name(an: &Analyser<'_>, claims: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let key = |g: &[usize]| g.iter().find_map(|&j| an.infos[j].pollster_key.clone());
    let keys: Vec<Option<String>> = claims.iter().map(|g| key(g)).collect();
    let Some(first_named) = keys.iter().position(Option::is_some) else {
        return claims;
    };
    let one_pollster = keys
        .iter()
        .flatten()
        .all(|k| Some(k) == keys[first_named].as_ref());
    if first_named == 0 || !one_pollster {
        return claims;
    }
    let other_poll = |g: &[usize]| {
        g.iter().any(|&j| {
            let (s, e) = an.sents[j];
            cues::OTHER_POLL.is_match(&an.text[s..e])
                || an.infos[j].not_a_poll.get().is_some_and(Option::is_some)
        })
    };
    let named_start = claims[first_named][0];
    // The unnamed claims right before the named one, back to the first that is too far or
    // speaks of another poll.
    let mut from = first_named;
    while from > 0 {
        let g = &claims[from - 1];
        let last = *g.last().expect("non-empty");
        let reach = claims[from][0];
        if reach - last > LATER_NAME_WINDOW
            || named_start - g[0] > 2 * LATER_NAME_WINDOW
            || other_poll(g)
        {
            break;
        }
        from -= 1;
    }
    if from == first_named {
        return claims;
    }
    let mut out: Vec<Vec<usize>> = Vec::with_capacity(claims.len());
    let mut joined: Vec<usize> = Vec::new();
    for (i, g) in claims.into_iter().enumerate() {
        if (from..first_named).contains(&i) {
            joined.extend(g);
        } else if i == first_named {
            joined.extend(g);
            out.push(std::mem::take(&mut joined));
        } else {
            out.push(g);
        }
    }
    out
}

/// Poll sentences that no claim took (their figures never came): one right after figures about
/// views attributes them, whatever words it refers back with ("…fiducia del 54% degli
/// italiani… Questo ci racconta il sondaggio realizzato dall'Istituto Demopolis"); one that
/// states a finding in words is a claim of its own ("…, révèle un nouveau sondage Léger").
/// A sentence that only compares with another poll is neither.
/// "Here are the results.", "Voici les résultats :", or the poll's question on a line of its
/// own ("Which Candidate Do You Support?"): what stands between a poll and its figures.
fn announces_results(t: &str) -> bool {
    let t = t.trim();
    (t.trim_end_matches(['»', '"', '”', '“', '\'', '’'])
        .ends_with('?')
        && t.len() <= 200
        && !t.contains('\n'))
        || cues::RESULTS_FOLLOW.is_match(t)
        || (t.ends_with(':')
            && t.len() <= 100
            && !t.contains('\n')
            && cues::RESULTS_NOUN.is_match(t))
}

fn orphan_polls(an: &mut Analyser<'_>, claims: &mut Vec<Vec<usize>>) {
    let mut used = vec![false; an.len()];
    for &j in claims.iter().flatten() {
        used[j] = true;
    }
    let mut found = Vec::new();
    let mut last_used = None;
    for i in 0..an.len() {
        if used[i] {
            last_used = Some(i);
            continue;
        }
        let info = &an.infos[i];
        if !info.signal || info.reject || !info.figures.is_empty() || info.seats {
            continue;
        }
        let (s, e) = an.sents[i];
        if cues::OTHER_POLL.is_match(&an.text[s..e]) {
            continue;
        }
        let (finding, by_reference) = (info.finding, info.by_reference);
        // A finding in words whose figures the next sentence gives as an economic index ("Die
        // Geschäftstätigkeit ist laut einer Umfrage von S&P Global gefallen. Der
        // Einkaufsmanagerindex fiel auf 48,1 Punkte"): a business survey, not an opinion poll.
        if finding
            && an
                .sents
                .get(i + 1)
                .is_some_and(|&(s, e)| cues::ECON_SURVEY.is_match(&an.text[s..e]))
        {
            continue;
        }
        // A looser reference than `BACK_REFERENCE`'s phrases: the figures before must state
        // views ("…aumentar un 12 %. Es el tercer sondeo que se perfora" is a drilling).
        let mut g = if by_reference {
            Vec::new()
        } else {
            an.figures_before(i, last_used, true)
        };
        // A reference back to shares stated in words just before ("…четверть респондентов
        // убеждена, что… Об этом сообщает 24 Канал со ссылкой на опрос Gallup"): the poll's
        // finding, without figures.
        let shares_in_words = g.is_empty()
            && i > 0
            && last_used.is_none_or(|l| l < i - 1)
            && (by_reference || cues::BACK_REFERENCE.is_match(&an.text[s..e]))
            && {
                let (s, e) = an.sents[i - 1];
                let prev = &an.text[s..e];
                cues::SHARE_IN_WORDS.is_match(prev) && !cues::OTHER_SOURCE.is_match(prev)
            };
        if shares_in_words {
            g.push(i - 1);
        }
        // Party standings ("FdI al 31,1%… il Pd… la Lega all'8,3%") are views too, and so
        // are shares stated in words, without figures of their own.
        let views = shares_in_words && an.infos[i - 1].figures.is_empty()
            || g.iter().any(|&j| {
                let (s, e) = an.sents[j];
                an.infos[j].figures.len() >= 2 || cues::OPINION.is_match(&an.text[s..e])
            });
        if !views {
            g.clear();
        }
        // A poll reported as conducted, with no finding ("Die Umfrage wurde vom
        // Forschungsinstitut gfs.bern durchgeführt", "DEMOSCOPE провело опрос граждан"): a
        // methodology note states nothing a fact-checker could check, and is no claim.
        if g.is_empty() && !finding {
            // Unless it names who ran the poll of a claim just before that names no one ("The
            // majority of Ukrainians (57%) support the police force. This is evidenced by
            // results of a survey conducted by pollster Razumkov Center"): it joins that claim
            // (see the merge in `assemble`).
            // Or a poll said to be going round that names its pollster ("Circula nos grupos
            // de WhatsApp uma pesquisa… creditada ao Instituto X"): what a fact-checker must
            // check is whether X exists, figures quoted or not.
            let circulating = || {
                (i.saturating_sub(1)..(i + 2).min(an.len())).any(|j| {
                    let (s, e) = an.sents[j];
                    cues::CIRCULATING.is_match(&an.text[s..e])
                })
            };
            // Or a poll said to be carried out by a body it names, findings quoted or not
            // ("dans un sondage réalisé par l'IFOP, les personnes interrogées s'avèrent très
            // critiques", "Соціополіс провела опитування громадської думки", "La encuesta, a
            // cargo de Panterra Research, fue realizada del 5 al 23 de marzo"): the same
            // check is due. A study or an inquiry (weak words alone) only with a registered
            // pollster's name.
            if last_used.is_none_or(|l| i - l > 2) {
                let circulates = circulating();
                // (The name patterns run only where a name could be.)
                if !circulates && an.mentions_of(i).is_empty() && !parse::could_name(&an.text[s..e])
                {
                    continue;
                }
                an.ensure_key(i);
                let info = &an.infos[i];
                let key = info.pollster_key.as_deref();
                // Named as the poll's author (not only mentioned: "Ipsos leads the market
                // research industry" is business news), with poll words of its own, and a
                // poll already out.
                let author = info
                    .pollster_names
                    .as_ref()
                    .is_some_and(|names| names.iter().any(|n| is_author_name(&n.name)));
                let named = key.is_some()
                    && author
                    && (!info.weak_only || is_registry_key(key))
                    && in_span(an.hits, s, e, |h| h.start).iter().any(|h| {
                        matches!(
                            h.class,
                            Class::Poll
                                | Class::WeakPoll
                                | Class::VoteIntention
                                | Class::Respondent
                                | Class::InformalVote
                        )
                    })
                    && !cues::NOT_YET_OUT.is_match(&an.text[s..e])
                    && !an.measures_near(i);
                if circulates || named {
                    if key.is_some() {
                        used[i] = true;
                        last_used = Some(i);
                        found.push(vec![i]);
                    }
                    continue;
                }
            }
            let Some(l) = last_used.filter(|&l| i - l <= 2) else {
                continue;
            };
            // Or names only organisations the registry does not know, where this sentence
            // names a registered pollster ("…eine Umfrage der Bertelsmann Stiftung…
            // Durchgeführt wurde die Umfrage von der Forschungsgruppe Wahlen").
            let Some(prev) = claims.iter().find(|c| c.contains(&l)) else {
                continue;
            };
            let unnamed = prev.iter().all(|&j| an.infos[j].pollster_key.is_none());
            let unregistered = prev
                .iter()
                .all(|&j| !is_registry_key(an.infos[j].pollster_key.as_deref()));
            if !unnamed && !unregistered {
                continue;
            }
            an.ensure_key(i);
            let key = an.infos[i].pollster_key.as_deref();
            if key.is_none() || !unnamed && !is_registry_key(key) {
                continue;
            }
        }
        for &j in &g {
            used[j] = true;
        }
        g.push(i);
        used[i] = true;
        last_used = Some(i);
        an.ensure_key(i);
        found.push(g);
    }
    if !found.is_empty() {
        claims.extend(found);
        claims.sort_by_key(|g| g[0]);
    }
}

/// Is the name at `start..end` of `sent` in an aside about another poll ("unlike Ifop", "como
/// hizo el CIS", "Newspoll aside, …")?
fn in_aside(sent: &str, start: usize, end: usize) -> bool {
    sources::in_aside(sent.get(..start).unwrap_or(""))
        || sent
            .get(end..)
            .is_some_and(|r| r.trim_start().starts_with("aside"))
        || in_parenthetical_clause(sent, start)
}

/// Is `start` inside a parenthesis that opens a clause of its own ("(qui vient de rejoindre
/// les concurrents de l'Ifop)", "(who later joined YouGov)")? An acronym or a short gloss in
/// parentheses ("Social Weather Stations (SWS)") is not one.
fn in_parenthetical_clause(sent: &str, start: usize) -> bool {
    let Some(before) = sent.get(..start) else {
        return false;
    };
    let Some(open) = before.rfind('(') else {
        return false;
    };
    if before[open..].contains(')') {
        return false;
    }
    let inside = &before[open + 1..];
    let first = inside
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    inside.split_whitespace().count() >= 3
        && matches!(
            first.as_str(),
            "qui"
                | "que"
                | "who"
                | "which"
                | "der"
                | "die"
                | "das"
                | "che"
                | "quien"
                | "quienes"
                | "el"
                | "la"
                | "ancien"
                | "former"
                | "formerly"
                | "ex"
                | "который"
                | "которая"
                | "которые"
                | "який"
                | "яка"
                | "які"
        )
}

/// Sentence `span` states a result without a figure: who leads, or a majority.
fn states_result(text: &str, (s, e): (usize, usize)) -> bool {
    let t = &text[s..e];
    cues::states_standing(t) || cues::MAJORITY.is_match(t) || cues::SHIFT.is_match(t)
}

/// A poll sentence without figures waiting for them (or the claim just before) describes an
/// informal vote: its figures are stated as a vote count ("…readers cast their straw vote in our reader survey. … Gore
/// received 35 percent of the vote").
fn informal_vote_waits(an: &Analyser<'_>, pending: &[usize], i: usize) -> bool {
    pending
        .last()
        .is_some_and(|&p| i - p <= PENDING_WINDOW.max(LINK_WINDOW))
        && pending.iter().any(|&p| {
            let (s, e) = an.sents[p];
            an.infos[p]
                .not_a_poll
                .get_or_init(|| not_a_poll_span(&an.text[s..e]))
                .is_some()
        })
}

/// The registry lookups of one document, memoised: a claim looks the same names up several
/// times (candidates, the chosen name, its parts), and `Registry::lookup` may run a fuzzy
/// search over every key.
struct Lookups<'r> {
    registry: &'r Registry,
    seen: RefCell<Vec<(String, Option<String>, Lookup<'r>)>>,
}

impl<'r> Lookups<'r> {
    fn new(registry: &'r Registry) -> Self {
        Lookups {
            registry,
            seen: RefCell::new(Vec::new()),
        }
    }

    /// As [`Registry::lookup`].
    fn lookup(&self, name: &str, country: Option<&str>) -> Lookup<'r> {
        let cached = self
            .seen
            .borrow()
            .iter()
            .find(|(n, c, _)| n == name && c.as_deref() == country)
            .map(|(_, _, l)| l.clone());
        if let Some(l) = cached {
            return l;
        }
        let l = self.registry.lookup(name, country);
        self.seen
            .borrow_mut()
            .push((name.to_owned(), country.map(str::to_owned), l.clone()));
        l
    }
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
    registry: &Lookups<'_>,
    country: Option<&str>,
    sents: &[(usize, usize)],
    infos: &[SentInfo],
    (group, lead_from): (&[usize], usize),
    (mentions, hits): (&[TextMention], &[Hit]),
    lang: &str,
    years: &OnceCell<Vec<(usize, usize, i32)>>,
) -> Claim {
    let text = doc.text.as_str();
    let first = group[0];
    let last = *group.last().expect("non-empty group");
    let span = [sents[first].0, sents[last].1];
    // Anchor: the first sentence with figures and poll vocabulary, else the first with poll
    // vocabulary ("The figures come from…" after the figures), else the first.
    let anchor = group
        .iter()
        .copied()
        .find(|&i| infos[i].signal && !infos[i].figures.is_empty())
        .or_else(|| group.iter().copied().find(|&i| infos[i].signal))
        .unwrap_or(first);
    let mut order: Vec<usize> = vec![anchor];
    order.extend(group.iter().copied().filter(|&i| i != anchor));
    // Then the sentences the claim's span covers between its own ("…new polling shows. The
    // latest Newspoll conducted for The Australian… Albanese leads 54 per cent to 28").
    order.extend((first..=last).filter(|i| !group.contains(i)));
    // A sentence that compares with another poll ("Os resultados diferem de outro levantamento
    // divulgado pelo Instituto Opinião") names that poll's pollster, not this one's.
    // One that names its own pollster before the comparison keeps it (see `ensure_key`).
    order.retain(|&i| {
        i == anchor
            || infos[i].keyed && infos[i].pollster_key.is_some()
            || !cues::OTHER_POLL.is_match(&text[sents[i].0..sents[i].1])
    });
    // A source line credits the figures above it ("… 45%. Fuente: consultora FixData"); one
    // above every figure credits the report to a news agency ("Source: Beta").
    order.retain(|&i| {
        !cues::SOURCE_LINE.is_match(&text[sents[i].0..sents[i].1])
            || group.iter().any(|&j| j < i && !infos[j].figures.is_empty())
    });

    // Pollster and sponsor.
    let mut sponsor: Option<String> = None;
    let mut chosen: Option<Chosen> = None;
    // An outlet named where a pollster would be ("A CGTN poll reveals…", "Опрос провела
    // компания Global Times", "una encuesta de El Financiero"), not as the commissioner ("for
    // the Times"): the poll's source when no pollster is named at all.
    let mut outlet: Option<Chosen> = None;
    'outer: for &i in &order {
        let (s, e) = sents[i];
        let sent = &text[s..e];
        let ms = in_span(mentions, s, e, |m| m.start);
        let mut cands = match &infos[i].pollster_names {
            Some(names) => names.clone(),
            None => parse::pollster_names(sent, lang),
        };
        if *TRACE {
            let names: Vec<&str> = cands.iter().map(|n| n.name.as_str()).collect();
            eprintln!("pollwatch-trace names {i}: {names:?}");
        }
        let mut cited = Vec::new();
        for src in parse::source_names(sent) {
            let known = !matches!(registry.lookup(&src.name, country), Lookup::NotFound);
            let mentioned = ms
                .iter()
                .any(|m| m.start - s <= src.start && src.start < m.end - s);
            if known || mentioned || sources::looks_like_org(&src.name) {
                cited.push(src.start);
                cands.push(src);
            }
        }
        // Whose data a poll sentence cites ("de acordo com os dados da Marktest, 65,5% dos
        // portugueses inquiridos…").
        if infos[i].signal && ms.is_empty() {
            for src in parse::data_source_names(sent) {
                if cands
                    .iter()
                    .all(|c| c.end <= src.start || src.end <= c.start)
                {
                    cited.push(src.start);
                    cands.push(src);
                }
            }
        }
        // A registry name written before the pattern's name is a candidate too: "проведеного
        // Центром Разумкова спільно з Фондом «Демократичні ініціативи»", and so is one after
        // it as the poll's agent.
        // So is one named as a partner ("…em parceria com a MDA Pesquisas").
        let partnership = cues::PARTNERSHIP.is_match(sent);
        for m in ms {
            let (a, b) = (m.start - s, m.end - s);
            if cands.iter().all(|c| c.end <= a || b <= c.start)
                && (partnership
                    || cands.iter().any(|c| b <= c.start)
                    // A second pollster joined to the first ("a poll from the X Institute and
                    // The Associated Press-NORC Center"): the registered one is named.
                    || cands
                        .iter()
                        .any(|c| c.end <= a && joined_by_and(&sent[c.end..a]))
                    // Named as the agent after a title the patterns read ("del estudio
                    // «Ciudadanía y democracia», hecho por el CNC").
                    || sources::after_agent(&sent[..a]))
            {
                cands.push(NameAt {
                    start: a,
                    end: b,
                    name: text[m.start..m.end].to_owned(),
                });
            }
        }
        // In order, but a name in an aside about another poll ("Just days after YouGov
        // published polling…, Opinium's latest poll shows") after the others.
        // The agent of the poll ("elaborato da Assolo Sagl") before a name the poll is "of".
        // A name cited as the source ("According to the Christian Science Monitor, a Pew
        // Research Center poll found…"), or one that does not read like an organisation (a
        // place, a person: "Präsidentschaftswahlen in Russland veröffentlichte das Institut
        // WZIOM…"), gives way to a registered pollster in the sentence.
        // A name the patterns cut inside a longer registry name ("…NORC Center for Public
        // Affairs Research") is that name, before any comparison.
        let mut cands: Vec<NameAt> = cands
            .into_iter()
            .map(|c| widen_to_mention(c, ms, s, text))
            .collect();
        let known_here = cands
            .iter()
            .any(|c| matches!(registry.lookup(&c.name, country), Lookup::Found { .. }));
        // Names joined by "and" to a registered name after them ("a poll from the Pearson
        // Institute … and The Associated Press-NORC Center"): the registered one is named.
        let joined_to_known: Vec<usize> = if known_here {
            cands
                .iter()
                .filter(|c| {
                    cands.iter().any(|d| {
                        d.start >= c.end
                            && joined_by_and(&sent[c.end.min(sent.len())..d.start.min(sent.len())])
                            && matches!(registry.lookup(&d.name, country), Lookup::Found { .. })
                    })
                })
                .map(|c| c.start)
                .collect()
        } else {
            Vec::new()
        };
        // Names inside a longer candidate ("Brasil Opinião" in "Instituto Brasil Opinião").
        let nested: Vec<usize> = cands
            .iter()
            .filter(|c| cands.iter().any(|d| d.start < c.start && d.end >= c.end))
            .map(|c| c.start)
            .collect();
        // "die jüngste Schnickschnack-Umfrage von CORSA": a compound's first part the
        // registry does not know names the kind of poll when its maker follows.
        let kinds_of_poll: Vec<usize> = cands
            .iter()
            .filter(|c| {
                cands.iter().any(|d| {
                    d.start > c.end
                        && parse::maker_follows_compound(&sent[c.end..d.start])
                        && !sources::is_media(&d.name)
                }) && matches!(registry.lookup(&c.name, country), Lookup::NotFound)
            })
            .map(|c| c.start)
            .collect();
        // "il sondaggio Ispos di Nando Pagnoncelli": the firm named before the person who heads
        // it, when the registry knows both (a firm's name can look like a person's: "Harris
        // Interactive").
        let heads_of_firms: Vec<usize> = cands
            .iter()
            .filter(|c| {
                sources::looks_like_person(&c.name)
                    && cands.iter().any(|d| {
                        d.end <= c.start
                            && !sources::looks_like_person(&d.name)
                            && matches!(registry.lookup(&d.name, country), Lookup::Found { .. })
                    })
            })
            .map(|c| c.start)
            .collect();
        cands.sort_by_key(|c| {
            let before = &sent[..c.start.min(sent.len())];
            let after = &sent[c.end.min(sent.len())..];
            let unknown =
                || known_here && matches!(registry.lookup(&c.name, country), Lookup::NotFound);
            // "realizada pela Confederação Nacional dos Transportes em parceria com a MDA
            // Pesquisas": with a partner the registry knows, the other is the sponsor.
            let partnered =
                partnership && unknown() || joined_to_known.contains(&c.start) && unknown();
            (
                sources::in_aside(before) || kinds_of_poll.contains(&c.start),
                heads_of_firms.contains(&c.start),
                // A person or place, even as the agent ("un sondaggio EMG presentato ad
                // Agorà, il programma condotto da Luisella Costamagna").
                (!sources::looks_like_org(&c.name) || partnered) && unknown(),
                !(sources::after_agent(before) || sources::agent_before_participle(before, after)),
                // "Umfrage des IT-Branchenverbands Bitkom und des Meinungsforschungsinstituts
                // Aris": a name the text calls a pollster before one it calls something else.
                !sources::after_pollster_noun(before) || nested.contains(&c.start),
                cited.contains(&c.start) && unknown(),
                c.start,
            )
        });
        // In text written in capitals every run of words reads as a name: only names the
        // registry knows count there.
        let shouting = parse::is_shouting(sent);
        for c in cands {
            // A name in an aside about another poll ("como hizo recientemente el CIS") is not
            // this poll's pollster, even when it is the only one.
            if in_aside(sent, c.start, c.end) {
                continue;
            }
            let c = widen_to_mention(c, ms, s, text);
            // A survey's title in quotation marks is not who ran it, nor is the host of the
            // programme that presented it.
            if parse::is_quoted_title(sent, c.start, c.end)
                || sources::after_host(&sent[..c.start.min(sent.len())])
            {
                continue;
            }
            let c = parse::tidy(c);
            if (shouting || sources::looks_like_people(&c.name) || sources::is_poll_noun(&c.name))
                && matches!(registry.lookup(&c.name, country), Lookup::NotFound)
            {
                continue;
            }
            // "In der Erhebung des Instituts im Auftrag…": the noun refers back to a pollster
            // named elsewhere, unless the name goes on ("Institut breton d'études d'opinion").
            if parse::is_generic_org(&c.name)
                && parse::extend_org_name(text, s + c.start, s + c.end) == s + c.end
            {
                continue;
            }
            // "Pour le compte de Business News et Attassiaâ TV, l'institut Emrhod Consulting
            // livre…": who paid, when another name follows; "Im Auftrag der DZ BANK hat das
            // Meinungsforschungsinstitut nhi2 … befragt": who paid, whoever asked.
            if sources::after_strong_commissioner_word(&sent[..c.start.min(sent.len())])
                && matches!(registry.lookup(&c.name, country), Lookup::NotFound)
            {
                if sponsor.is_none() {
                    sponsor = Some(c.name.clone());
                }
                continue;
            }
            // "pesquisa do instituto Vox Brasilis": named as the institute, a name that holds a
            // party word ("Vox") is the pollster, not a party commissioning it.
            if sources::is_media(&c.name)
                || (sources::is_sponsor_like(&c.name)
                    && !sources::after_pollster_noun(&sent[..c.start.min(sent.len())]))
            {
                let as_outlet = sources::outlet_name(&c.name);
                if sponsor.is_none() {
                    let name = as_outlet.map_or(&*c.name, |(_, n)| n);
                    sponsor = Some(name.to_owned());
                }
                if outlet.is_none()
                    && !sources::after_commissioner_word(&sent[..c.start.min(sent.len())])
                {
                    if let Some((skip, name)) = as_outlet {
                        outlet = Some(Chosen {
                            name: NameAt {
                                start: c.start + skip,
                                end: c.start + skip + name.len(),
                                name: name.to_owned(),
                            },
                            sentence: i,
                            offset: s,
                        });
                    }
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
        if let Some(m) = ms.iter().find(|m| !in_aside(sent, m.start - s, m.end - s)) {
            let c = mention_name(text, m, s);
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
    // Then in the claim's other poll sentences: a headline that says who leads may be the
    // anchor, and the body names the firm ("…according to a poll of 1,500 voters by X").
    // When the poll is credited to an outlet, only a name after it ("a poll by the Financial
    // Times and the University of X's School of Business"), not one before it ("…following
    // the Group of Seven summit, an Asahi Shimbun survey showed").
    let after_outlet = outlet.as_ref().map(|o| o.offset + o.name.start);
    for &i in order.iter().filter(|&&i| i == anchor || infos[i].signal) {
        if chosen.is_some() {
            break;
        }
        let (s, e) = sents[i];
        if parse::is_shouting(&text[s..e]) {
            continue;
        }
        if let Some(n) = parse::org_names(&text[s..e]).into_iter().find(|n| {
            after_outlet.is_none_or(|at| s + n.start > at)
                && sources::looks_like_org(&n.name)
                && !sources::is_media(&n.name)
                && !sources::is_sponsor_like(&n.name)
                // "Das Meinungsforschungsinstitut gab bekannt": a pollster named elsewhere.
                && !parse::is_generic_org(&n.name)
                // "Im Auftrag der DZ BANK hat das Institut … befragt": who paid for it.
                && !sources::after_commissioner_word(&text[s..s + n.start])
        }) {
            chosen = Some(Chosen {
                name: n,
                sentence: i,
                offset: s,
            });
        }
    }

    // What the claim's sentences say its figures really are (`cues::NOT_A_POLL`), if anything.
    let informal_at = |i: usize| {
        let (s, e) = sents[i];
        let (a, b) = (*infos[i]
            .not_a_poll
            .get_or_init(|| not_a_poll_span(&text[s..e])))?;
        Some(text[s + a..s + b].to_owned())
    };
    let informal = group.iter().find_map(|&i| informal_at(i));
    // A claim that names no source, right after the sentence that says the figures are votes
    // ("Après 5 jours et près de 9500 votes, les résultats intermédiaires peuvent surprendre…
    // Marine Le Pen arrive en tête avec plus de 30%"): that sentence describes it.
    let informal = informal.or_else(|| {
        if chosen.is_some() || cues::NEW_POLL.is_match(&text[sents[anchor].0..sents[anchor].1]) {
            return None;
        }
        (group[0].saturating_sub(2).max(lead_from)..group[0])
            .rev()
            .find_map(informal_at)
    });
    // An informal vote or a betting market: the outlet, programme, channel or exchange that
    // ran it is the source to name ("sul sito del quotidiano «La Voce del Tirreno»").
    if chosen.is_none() && informal.is_some() {
        chosen = group.iter().find_map(|&i| {
            let (s, e) = sents[i];
            parse::informal_source_names(&text[s..e])
                .into_iter()
                .next()
                .map(|n| Chosen {
                    name: n,
                    sentence: i,
                    offset: s,
                })
        });
    }

    // Analytics presented as opinion, its source named in the study sentence just before or
    // after it ("Lo rivela una ricerca di SocialCom. «Più del 75% degli utenti in rete…»",
    // "…il sentiment negativo… E' quanto emerge da una ricerca di SocialData").
    if chosen.is_none() && informal.is_some() {
        let first = group[0];
        let last = group[group.len() - 1];
        chosen = [first.checked_sub(1), Some(last + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| j < sents.len() && j >= lead_from && !group.contains(&j))
            .find_map(|j| {
                let (s, e) = sents[j];
                if !cues::STUDY_NOUN.is_match(&text[s..e]) || cues::OTHER_POLL.is_match(&text[s..e])
                {
                    return None;
                }
                parse::pollster_names(&text[s..e], lang)
                    .into_iter()
                    .find(|n| !sources::is_media(&n.name) && !sources::is_sponsor_like(&n.name))
                    .map(|n| Chosen {
                        name: n,
                        sentence: j,
                        offset: s,
                    })
            });
    }

    // The pollster named in the sentences just before the claim, after any earlier claim: the
    // lead that introduced the poll ("Sorride solo la Meloni nei sondaggi di EMG per Agorà.
    // … Fratelli d'Italia al 20,4%"). Not for a claim that opens a poll of its own ("a new
    // poll", "un autre sondage") or describes an informal vote.
    if chosen.is_none()
        && informal.is_none()
        && !cues::NEW_POLL.is_match(&text[sents[anchor].0..sents[anchor].1])
    {
        chosen = lead_pollster(
            text,
            sents,
            infos,
            (mentions, hits),
            (registry, country, lang),
            group[0],
            lead_from,
        );
    }

    // A person or a place read as the name ("…los resultados mostrados por Maduro"), not
    // written as the poll's agent, gives way to the pollster named just before the claim
    // ("Un estudio realizado por Datincorp indica…").
    if informal.is_none() && !cues::NEW_POLL.is_match(&text[sents[anchor].0..sents[anchor].1]) {
        let person = chosen.as_ref().is_some_and(|ch| {
            let (s, e) = sents[ch.sentence];
            let before = &text[s..s + ch.name.start];
            let after = &text[s + ch.name.end..e];
            !sources::looks_like_org(&ch.name.name)
                && !sources::is_media(&ch.name.name)
                && matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound)
                && !sources::after_agent(before)
                && !sources::agent_before_participle(before, after)
        });
        if person {
            if let Some(lead) = lead_pollster(
                text,
                sents,
                infos,
                (mentions, hits),
                (registry, country, lang),
                group[0],
                lead_from,
            ) {
                chosen = Some(lead);
            }
        }
    }

    // No pollster named, but an outlet named as the poll's source: the outlet ran it, and a
    // fact-checker needs to see that it is not a polling organisation.
    if chosen.is_none() {
        chosen = outlet;
    }

    // A person named with their role in a firm: the firm is the pollster ("realizzato da
    // Roberto Baldassari, direttore generale di Lab2101").
    if let Some(ch) = chosen.as_mut() {
        let (_, e) = sents[ch.sentence];
        let from = ch.offset + ch.name.end;
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            if let Some(firm) = text.get(from..e).and_then(parse::firm_after_role) {
                ch.name = NameAt {
                    start: ch.name.end + firm.start,
                    end: ch.name.end + firm.end,
                    name: firm.name,
                };
            }
        }
    }

    // "Eurasian Institute" + " for Social Monitoring": the name goes on past its head noun.
    if let Some(ch) = chosen.as_mut() {
        let (abs_s, abs_e) = (ch.offset + ch.name.start, ch.offset + ch.name.end);
        let new_end = parse::extend_org_name(text, abs_s, abs_e);
        if new_end > abs_e && text.get(abs_s..new_end).is_some() {
            ch.name.end = new_end - ch.offset;
            ch.name.name = text[abs_s..new_end].to_string();
            // The longer name may close on the registry's ("… дослідження «СОЦИС»").
            let (s, e) = sents[ch.sentence];
            let ms = in_span(mentions, s, e, |m| m.start);
            ch.name = narrow_to_mention(registry, country, ch.name.clone(), ms, s, text);
        }
    }
    // A registered name translated word by word, cut at its first lower-case word ("Centro
    // Russo" + " para Estudos da Opinião Pública", "Kiewer" + " internationalen
    // Soziologie-Instituts"): the longest run of the words that follow, within the sentence,
    // that makes the registered name.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let abs_s = ch.offset + ch.name.start;
            let abs_e = ch.offset + ch.name.end;
            let sentence_end = sents[ch.sentence].1.max(abs_e);
            if let Some(end) = parse::translated_name_end(text, abs_s, abs_e, sentence_end, |n| {
                matches!(
                    registry.registry.lookup_translated(n, country),
                    Lookup::Found { .. }
                )
            }) {
                ch.name.end = end - ch.offset;
                ch.name.name = text[abs_s..end].to_owned();
            }
        }
    }
    // "Russia’s independent Levada Center": a possessor the registry does not know, then the
    // registered pollster.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let abs_e = ch.offset + ch.name.end;
            let sentence_end = sents[ch.sentence].1.max(abs_e);
            let after = &text[abs_e..sentence_end];
            let possessive = ["’s ", "'s "].iter().find_map(|p| after.strip_prefix(p));
            if let Some(rest) = possessive {
                let from = sentence_end - rest.len();
                let near = in_span(mentions, from, sentence_end, |m| m.start)
                    .iter()
                    .find(|m| {
                        text[from..m.start].split_whitespace().count() <= 2
                            && text[from..m.start]
                                .split_whitespace()
                                .all(|w| w.starts_with(char::is_lowercase))
                            && matches!(
                                registry.lookup(&text[m.start..m.end], country),
                                Lookup::Found { .. }
                            )
                    });
                if let Some(m) = near {
                    ch.name = mention_name(text, m, ch.offset);
                }
            }
        }
    }
    // "Centre for Cities and Focal data": two bodies, one of them a registered pollster, which
    // ran the poll; "Institut für Markt- und Meinungsforschung Isopublic": a description,
    // then the name.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let n = &ch.name.name;
            // A half counts only as written: "Cifras & Conceptos" is one firm, not a
            // misspelt "Cifra" and a word.
            let registered = |s: &str| {
                matches!(
                    registry.lookup(s, country),
                    Lookup::Found { kind, .. } if kind != MatchKind::Fuzzy
                )
            };
            let part = [
                " and ", " & ", " et ", " und ", " y ", " e ", " и ", " і ", " та ",
            ]
            .iter()
            .find_map(|c| n.split_once(c).map(|(a, b)| (a, n.len() - b.len())))
            // Not the halves of a suspended compound ("Markt- und Meinungsforschung").
            .filter(|(a, _)| !a.trim_end().ends_with('-'))
            .and_then(|(a, b_at)| {
                let b = &n[b_at..];
                match (registered(a.trim()), registered(b.trim())) {
                    (true, false) => Some((0, a.trim_end().len())),
                    (false, true) => Some((b_at, n.len())),
                    _ => None,
                }
            })
            .or_else(|| crate::gloss::proper_name_after_description(n).map(|at| (at, n.len())))
            // "Encuesta Política de España del GESOP": a poll's title, then whose it is.
            .or_else(|| {
                [
                    " del ", " de la ", " da ", " do ", " of the ", " du ", " des ", " dell'",
                ]
                .iter()
                .filter_map(|c| n.rfind(c).map(|i| i + c.len()))
                .max()
                .filter(|&b_at| !parse::starts_with_org_head(n) && registered(&n[b_at..]))
                .map(|b_at| (b_at, n.len()))
            });
            if let Some((a, b)) = part {
                ch.name = NameAt {
                    start: ch.name.start + a,
                    end: ch.name.start + b,
                    name: n[a..b].to_owned(),
                };
            }
        }
    }
    // "Newshub-Reid Research": a joint brand the registry does not know, of an outlet and
    // a firm: the firm ran the poll, the outlet is its sponsor.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound)
            && !sources::is_media(&ch.name.name)
        {
            if let Some((head, tail)) = ch.name.name.split_once('-') {
                let (h, t) = (head.trim(), tail.trim());
                // "CBS-Research" is one firm's name: a trade word alone names no firm.
                let firm = |p: &str| {
                    !p.is_empty() && !sources::is_media(p) && !sources::only_trade_words(p)
                };
                let keep = if sources::is_media(h) && firm(t) {
                    Some((ch.name.name.len() - tail.len(), tail.len(), h))
                } else if sources::is_media(t) && firm(h) {
                    Some((0, head.len(), t))
                } else {
                    None
                };
                if let Some((skip, len, outlet)) = keep {
                    if sponsor.is_none() {
                        sponsor = Some(outlet.to_owned());
                    }
                    let start = ch.name.start + skip;
                    ch.name = NameAt {
                        start,
                        end: start + len,
                        name: ch.name.name[skip..skip + len].to_owned(),
                    };
                }
            }
        }
    }
    // "Центром соціальних та маркетингових досліджень Socis": a description the registry
    // does not know, followed by the name it does.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let abs_e = ch.offset + ch.name.end;
            let rest = &text[abs_e..sents[ch.sentence].1];
            let word = rest.trim_start_matches([' ', '\u{a0}']);
            let start = abs_e + (rest.len() - word.len());
            let len = word
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(word.len());
            if start > abs_e
                && len > 1
                && word.starts_with(char::is_uppercase)
                && matches!(registry.lookup(&word[..len], country), Lookup::Found { .. })
            {
                ch.name = NameAt {
                    start: start - ch.offset,
                    end: start + len - ch.offset,
                    name: word[..len].to_owned(),
                };
            }
        }
    }
    // "Instituto de Pesquisas Sociais, Políticas e Econômicas (Ipespe)": a long name the
    // registry does not know, followed by the short name it does.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let abs_e = ch.offset + ch.name.end;
            let sentence_end = sents[ch.sentence].1;
            if let Some((a, b)) = text
                .get(abs_e..sentence_end)
                .and_then(parse::short_name_after)
            {
                let short = &text[abs_e + a..abs_e + b];
                if matches!(registry.lookup(short, country), Lookup::Found { .. }) {
                    ch.name = NameAt {
                        start: abs_e + a - ch.offset,
                        end: abs_e + b - ch.offset,
                        name: short.to_owned(),
                    };
                }
            }
        }
    }
    // A product of a registered pollster, named after it ("a nova pesquisa Global Advisor
    // “Predictions”, da Ipsos"), or a registered name with its country ("la consultora
    // Zubán Córdoba de Argentina"): the registered pollster.
    if let Some(ch) = chosen.as_mut() {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let abs_e = ch.offset + ch.name.end;
            let sentence_end = sents[ch.sentence].1;
            let owner = text
                .get(abs_e..sentence_end)
                .and_then(parse::owner_after)
                .and_then(|k| {
                    mentions.iter().find(|m| {
                        m.start >= abs_e + k
                            && m.start <= abs_e + k + 1
                            && matches!(
                                registry.lookup(&text[m.start..m.end], country),
                                Lookup::Found { .. }
                            )
                    })
                });
            if let Some(m) = owner {
                ch.name = mention_name(text, m, ch.offset);
            } else if let Some(head) = parse::without_place_tail(&ch.name.name) {
                if matches!(registry.lookup(head, country), Lookup::Found { .. }) {
                    ch.name.end = ch.name.start + head.len();
                    ch.name.name = head.to_owned();
                }
            }
        }
    }
    // Whichever way it was found, the name without a possessive, an opening preposition or an
    // edition's year.
    if let Some(ch) = chosen.as_mut() {
        ch.name = parse::tidy(std::mem::take(&mut ch.name));
    }
    if let Some(ch) = chosen.as_mut() {
        let (_, e) = sents[ch.sentence];
        match registry.lookup(&ch.name.name, country) {
            // "опитування Київського міжнародного інституту соціології (КМІС)", "Института
            // социологии ФНИСЦ РАН": an inflected description, then the registered name or
            // acronym it describes.
            Lookup::NotFound => {
                let from = ch.offset + ch.name.end;
                if let Some(m) = in_span(mentions, from, e, |m| m.start).first() {
                    let gap = &text[from..m.start];
                    let descriptive = gap.len() <= 120
                        && gap.starts_with(char::is_whitespace)
                        && gap.chars().all(|c| {
                            c.is_lowercase()
                                || c.is_whitespace()
                                || matches!(c, '(' | '«' | '„' | '"' | '“' | '-')
                        });
                    if descriptive {
                        ch.name = mention_name(text, m, ch.offset);
                    }
                }
            }
            // A poll brand ("ARD-Deutschlandtrend", "ZDF-Politbarometer") gives way to the
            // pollster's own name anywhere in the claim ("Infratest dimap hatte dafür…").
            Lookup::Found {
                record,
                kind: MatchKind::Alias,
            } if is_poll_brand(&ch.name.name) => {
                let own = group.iter().find_map(|&i| {
                    let (s, e) = sents[i];
                    in_span(mentions, s, e, |m| m.start)
                        .iter()
                        .find(|m| {
                            matches!(
                                registry.lookup(&text[m.start..m.end], country),
                                Lookup::Found { record: r, kind: MatchKind::Exact } if r.id == record.id
                            )
                        })
                        .map(|m| (i, s, m))
                });
                if let Some((i, s, m)) = own {
                    *ch = Chosen {
                        name: mention_name(text, m, s),
                        sentence: i,
                        offset: s,
                    };
                }
            }
            _ => {}
        }
    }
    // A name the registry does not know, and a registered pollster named in another of the
    // claim's sentences as the agent ("…Umfrage der Bertelsmann Stiftung… Durchgeführt wurde
    // die Umfrage von der Forschungsgruppe Wahlen"): the registered one ran the poll, the
    // other commissioned it.
    if let Some(ch) = &chosen {
        if matches!(registry.lookup(&ch.name.name, country), Lookup::NotFound) {
            let agent = group.iter().filter(|&&i| i != ch.sentence).find_map(|&i| {
                let (s, e) = sents[i];
                let conducted = OnceCell::new();
                in_span(mentions, s, e, |m| m.start)
                    .iter()
                    .find(|m| {
                        m.end <= e
                            && matches!(
                                registry.lookup(&text[m.start..m.end], country),
                                Lookup::Found { .. }
                            )
                            && (sources::after_agent(&text[s..m.start])
                                || *conducted.get_or_init(|| cues::CONDUCTED.is_match(&text[s..e])))
                    })
                    .map(|m| (i, s, m))
            });
            if let Some((i, s, m)) = agent {
                if sponsor.is_none() {
                    sponsor = Some(unquote(&ch.name.name).to_owned());
                }
                chosen = Some(Chosen {
                    name: mention_name(text, m, s),
                    sentence: i,
                    offset: s,
                });
            }
        }
    }
    // A poll's own noun read as a name ("le Baromètre politique") names nobody.
    let chosen = chosen.filter(|ch| {
        let name = unquote(&ch.name.name);
        !sources::is_poll_noun(name) || !matches!(registry.lookup(name, country), Lookup::NotFound)
    });
    let mut pollster = PollsterRef::default();
    let pollster_span = chosen
        .as_ref()
        .map(|ch| (ch.offset + ch.name.start, ch.offset + ch.name.end));
    if let Some(ch) = &chosen {
        // A name in quotation marks ("the sociological group “Rating”") is written without
        // them.
        let mut written = unquote(&ch.name.name).to_owned();
        let mut lookup = resolve(registry, &written, country, &mut sponsor);
        // A pollster's website named for it ("le site Gallup.com"): the registry knows the
        // firm.
        if matches!(lookup, Lookup::NotFound) {
            if let Some((site, _)) = written.rsplit_once('.').filter(|(site, tld)| {
                !site.is_empty()
                    && (2..=4).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_lowercase())
            }) {
                if let found @ Lookup::Found { .. } = registry.lookup(site, country) {
                    lookup = found;
                }
            }
        }
        // "une enquête de l'institut Français d'opinion publique": a registered name the
        // name patterns cut short at its lower-case words. The registry knows the whole.
        if matches!(lookup, Lookup::NotFound) {
            let (s, e) = sents[ch.sentence];
            let at = ch.offset + ch.name.start - s;
            if let Some((wider, found)) =
                registered_around(registry, &text[s..e], at, &written, country)
            {
                written = wider;
                lookup = found;
            }
        }
        // "NatCen British Social Attitudes Survey": a registered name and its survey's title.
        if matches!(lookup, Lookup::NotFound) {
            if let Some(head) = registered_head_of_survey(registry, &written) {
                lookup = registry.lookup(head, country);
                written = head.to_owned();
            }
        }
        // A registered pollster and its head or office after "di" / "de" / "of" ("Ipsos di
        // Nando Pagnoncelli", "Kantar de Madrid"): the pollster is the part before.
        if matches!(lookup, Lookup::NotFound) {
            if let Some(head) = registered_before_connector(registry, &written, country) {
                lookup = registry.lookup(head, country);
                written = head.to_owned();
            } else {
                let (cut, outlet) = sources::trim_unknown_name(&written);
                if cut != written && !cut.is_empty() {
                    if sponsor.is_none() {
                        sponsor = outlet.map(str::to_owned);
                    }
                    let cut = cut.to_owned();
                    lookup = registry.lookup(&cut, country);
                    written = cut;
                }
            }
        }
        pollster.as_written = Some(written.clone());
        match lookup {
            Lookup::Found { record, kind } => {
                pollster.canonical = Some(record.canonical.clone());
                pollster.status = Some(record.status);
                pollster.match_kind = Some(kind);
                pollster.registry_id = Some(record.id.clone());
            }
            Lookup::Ambiguous(recs) => {
                // Another name of one of the candidates in the same sentence settles it ("Ispos
                // di Nando Pagnoncelli": Ipsos, not ISPO).
                let (s, e) = sents[ch.sentence];
                let mentioned: Vec<&str> = in_span(mentions, s, e, |m| m.start)
                    .iter()
                    .filter_map(|m| match registry.lookup(&text[m.start..m.end], country) {
                        Lookup::Found { record, .. } => Some(record.id.as_str()),
                        _ => None,
                    })
                    .collect();
                let named: Vec<_> = recs
                    .iter()
                    .filter(|r| mentioned.contains(&r.id.as_str()))
                    .collect();
                if let [record] = named[..] {
                    pollster.canonical = Some(record.canonical.clone());
                    pollster.status = Some(record.status);
                    pollster.match_kind = Some(MatchKind::Fuzzy);
                    pollster.registry_id = Some(record.id.clone());
                } else {
                    pollster.match_kind = Some(MatchKind::Ambiguous);
                    pollster.candidates = recs.iter().map(|r| r.canonical.clone()).collect();
                }
            }
            Lookup::NotFound => {
                if let Some(full) = unknown_name_in_full(text, sents[ch.sentence], ch) {
                    pollster.as_written = Some(full);
                }
            }
        }
        // The acronym the text gives right after the name is part of it as written
        // ("Київський міжнародний інститут соціології (КМІС)", "Centro de Investigaciones
        // Sociológicas (CIS)").
        if let Some(w) = pollster.as_written.as_mut() {
            let (s, e) = sents[ch.sentence];
            if let Some(acronym) = acronym_after(&text[s..e], w, ch.offset + ch.name.start - s) {
                w.push(' ');
                w.push_str(acronym);
            }
        }
        if sponsor.is_none() {
            let e = sents[ch.sentence].1;
            // A name widened to a registry mention may end past its sentence.
            let after = text.get(ch.offset + ch.name.end..e).unwrap_or("");
            if let Some(sp) = parse::sponsor_for(after) {
                if !sources::is_generic_audience(&sp.name) {
                    sponsor = Some(sp.name);
                }
            }
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
                // "Institute for Policy and Social Research": a "for" inside the pollster's
                // own name introduces no sponsor.
                let at = s + h.end + sp.start;
                if !sources::is_generic_audience(&sp.name)
                    && Some(&sp.name) != pollster.as_written.as_ref()
                    && !pollster_span.is_some_and(|(ps, pe)| (ps..pe).contains(&at))
                {
                    sponsor = Some(sp.name);
                    break;
                }
            }
        }
    }

    // A news outlet named as the poll's only source ("a Spiegel poll", "commissioned by the
    // Times") published or paid for it; it did not carry it out. It is the sponsor, and no
    // polling organisation is named.
    // An outlet said to have carried the poll out ("conducted by the newspaper X", "опрос,
    // проведённый каналом RT") stays its pollster.
    // (Worked out only for an unknown outlet: it copies the text before the name.)
    let ran_it = || {
        chosen.as_ref().is_some_and(|ch| {
            let s = sents[ch.sentence].0;
            text.get(s..ch.offset + ch.name.start)
                .is_some_and(|before| {
                    let before = before.replace('ё', "е");
                    sources::after_agent(&before) && !sources::after_commissioner_word(&before)
                })
        })
    };
    if pollster.match_kind.is_none()
        && pollster
            .as_written
            .as_deref()
            .is_some_and(sources::is_media)
        && !ran_it()
    {
        let outlet = pollster.as_written.take();
        if sponsor.is_none() || sponsor == outlet {
            sponsor = outlet;
        }
        pollster = PollsterRef::default();
    }
    // An outlet that ran its own poll is its pollster, not also its sponsor.
    if sponsor.is_some() && sponsor == pollster.as_written {
        sponsor = None;
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
        .or_else(|| {
            let years = years.get_or_init(|| parse::years(text));
            let past = |y: &&(usize, usize, i32)| y.2 <= parse::year_of(today);
            let in_claim = years.iter().find(|y| y.0 >= span[0] && y.1 <= span[1]);
            in_claim
                .filter(past)
                .or_else(|| years.first().filter(past))
                .map(|y| y.2)
        })
        .unwrap_or_else(|| parse::year_of(today));
    let fieldwork = group
        .iter()
        .find_map(|&i| parse::fieldwork(&text[sents[i].0..sents[i].1], Some(year), Some(reference)))
        .map(|(start, end)| Fieldwork { start, end });

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

/// A claim that only reports betting odds or a prediction market's prices, as such: no poll
/// vocabulary in its sentences with figures and nothing in its sentences or the two after that
/// presents the figures as a poll ("Traders on Polymarket gave the governor a 64% chance…";
/// "…they react faster than conventional surveys" is no presentation). Like sports odds,
/// that is not a poll claim; odds passed off as a poll are ("…shared widely as 'the latest
/// poll'"), and are flagged `not_a_pollster`.
fn odds_reported_as_odds(
    text: &str,
    sents: &[(usize, usize)],
    infos: &[SentInfo],
    hits: &[Hit],
    group: &[usize],
) -> bool {
    let (first, last) = (group[0], *group.last().expect("non-empty group"));
    let (s, e) = (sents[first].0, sents[last].1);
    if !cues::BETTING.is_match(&text[s..e]) {
        return false;
    }
    let poll_vocabulary = group
        .iter()
        .filter(|&&i| !infos[i].figures.is_empty())
        .flat_map(|&i| in_span(hits, sents[i].0, sents[i].1, |h| h.start))
        .any(|h| {
            matches!(
                h.class,
                Class::Poll | Class::Respondent | Class::VoteIntention | Class::PollsterWord
            )
        });
    let after = sents
        .get(last + 2)
        .or(sents.get(last + 1))
        .map_or(e, |x| x.1);
    !poll_vocabulary && !cues::PRESENTED_AS_POLL.is_match(&text[s..after])
}

/// How many sentences before a claim [`lead_pollster`] looks at.
const LEAD_WINDOW: usize = 3;

/// The pollster named closest before sentence `first` (within [`LEAD_WINDOW`] sentences, not
/// before `from`): a registry name that is not a medium, or a name a poll sentence gives its
/// pollster. A hard negative in between ends the search.
#[allow(clippy::too_many_arguments)]
fn lead_pollster(
    text: &str,
    sents: &[(usize, usize)],
    infos: &[SentInfo],
    (mentions, hits): (&[TextMention], &[Hit]),
    (registry, country, lang): (&Lookups<'_>, Option<&str>, &str),
    first: usize,
    from: usize,
) -> Option<Chosen> {
    for j in (first.saturating_sub(LEAD_WINDOW).max(from)..first).rev() {
        let info = infos.get(j)?;
        if info.reject {
            return None;
        }
        let (s, e) = sents[j];
        // A sentence about another poll names that one's pollster.
        if cues::OTHER_POLL.is_match(&text[s..e]) {
            continue;
        }
        // A name the patterns read (not a registry name) counts only in the claim's own
        // paragraph and not from a scientific study: an article's unrelated paragraph ("Eine
        // Studie der Universität Göttingen zeigt…") does not name the next paragraph's poll.
        let lines: Vec<&str> = text[e..sents[first].0].split('\n').collect();
        let same_paragraph = lines.len() < 3
            || !lines[1..lines.len() - 1]
                .iter()
                .any(|line| line.trim().is_empty());
        let names_count = same_paragraph
            && !cues::SCIENCE_STUDY.is_match(&text[s..e])
            && !parse::is_shouting(&text[s..e]);
        // A poll sentence that was not a signal ("A pesquisa Atlas/Intel divulgada nesta
        // quarta-feira revela que…") still names its pollster.
        let parsed = match &info.pollster_names {
            None if names_count
                && in_span(hits, s, e, |h| h.start)
                    .iter()
                    .any(|h| matches!(h.class, Class::Poll | Class::WeakPoll)) =>
            {
                Some(parse::pollster_names(&text[s..e], lang))
            }
            _ => None,
        };
        let named = info
            .pollster_names
            .iter()
            .filter(|_| names_count)
            .chain(parsed.iter())
            .flatten()
            .filter(|n| !sources::is_media(&n.name) && !sources::is_sponsor_like(&n.name))
            .map(|n| (n.start, n.end))
            .chain(
                in_span(mentions, s, e, |m| m.start)
                    .iter()
                    .filter(|m| {
                        !sources::is_media(&text[m.start..m.end])
                            && !matches!(
                                registry.lookup(&text[m.start..m.end], country),
                                Lookup::NotFound
                            )
                    })
                    .map(|m| (m.start - s, m.end - s)),
            )
            .filter(|&(a, _)| !sources::in_aside(&text[s..s + a]))
            .min_by_key(|&(a, _)| a);
        if let Some((a, b)) = named {
            return Some(Chosen {
                name: NameAt {
                    start: a,
                    end: b,
                    name: text[s + a..s + b].to_owned(),
                },
                sentence: j,
                offset: s,
            });
        }
    }
    None
}

/// Where `cues::NOT_A_POLL` (or else `cues::social_analytics`) matches in a sentence,
/// relative to it.
fn not_a_poll_span(sentence: &str) -> Option<(usize, usize)> {
    cues::NOT_A_POLL
        .find(sentence)
        .map(|m| (m.start(), m.end()))
        .or_else(|| cues::social_analytics(sentence))
}

/// Does one of the registry mentions `ms` of `text` name a poll brand ("Newspoll")?
fn names_poll_brand(text: &str, ms: &[TextMention]) -> bool {
    ms.iter()
        .any(|m| crate::lexicon::fold_case(&text[m.start..m.end]).contains("poll"))
}

/// A poll's brand rather than its pollster: "ARD-Deutschlandtrend", "Politbarometer",
/// "Opinium tracker".
fn is_poll_brand(name: &str) -> bool {
    let f = crate::lexicon::fold_case(name);
    ["trend", "barometer", "tracker", "monitor"]
        .iter()
        .any(|w| f.contains(w))
}

fn prefer_exact(
    registry: &Lookups<'_>,
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
        // A part of the name itself ("Ipsos" in the joint brand "Ipsos-BVA") is not another
        // mention of the pollster.
        if c.start <= m.start - s && m.end - s <= c.end {
            continue;
        }
        let name = &text[m.start..m.end];
        if let Lookup::Found {
            record: r,
            kind: MatchKind::Exact,
        } = registry.lookup(name, country)
        {
            if r.id == record.id {
                return mention_name(text, m, s);
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
    registry: &Lookups<'_>,
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
            // "Ipsos's Economic Optimism Index": a possessive names the pollster's product.
            let possessive = ["'s ", "’s ", "' ", "’ "]
                .iter()
                .any(|p| after.starts_with(p));
            // A name in quotation marks after its description ("Центру … дослідження
            // «СОЦИС»") is not glued to it.
            let quoted =
                before.ends_with(['«', '„', '“', '"']) && after.starts_with(['»', '“', '”', '"']);
            let (before, after) = (
                before.strip_suffix(['«', '„', '“', '"']).unwrap_or(before),
                after.strip_prefix(['»', '“', '”', '"']).unwrap_or(after),
            );
            let glued = !(before.is_empty() || before.ends_with(' '))
                || !(after.is_empty() || after.starts_with(' ') || possessive);
            let product = if possessive { "" } else { after };
            // A bare organisation noun before the name is the same organisation ("Центру
            // SOCIS", "l'Institut Ifop"), not a lookalike.
            let generic_head =
                parse::is_generic_org(before.trim()) || crate::gloss::is_description(before.trim());
            // An acronym the registry does not know before the name is another firm's
            // ("CID Gallup", the Central American firm, is not Gallup).
            let acronym_head = {
                let head = before.trim();
                (2..=5).contains(&head.len())
                    && head.bytes().all(|b| b.is_ascii_uppercase())
                    && matches!(registry.lookup(head, country), Lookup::NotFound)
            };
            // "Ispos di Nando Pagnoncelli": the person heads the firm named first.
            let head_of_named_firm = !before.trim().is_empty() && sources::looks_like_person(name);
            if glued
                || acronym_head
                || head_of_named_firm
                || (sources::looks_like_org(before) && !generic_head && !quoted)
                || sources::looks_like_org(product)
            {
                continue;
            }
            if matches!(registry.lookup(name, country), Lookup::Found { .. }) {
                return mention_name(text, m, s);
            }
        }
    }
    c
}

/// If a registry name overlaps the captured name, the registry's span wins ("Infratest dimap"
/// over "Infratest").
/// Registry mention `m` of `text` as a name in the sentence that starts at byte `offset`.
fn mention_name(text: &str, m: &TextMention, offset: usize) -> NameAt {
    NameAt {
        start: m.start - offset,
        end: m.end - offset,
        name: text[m.start..m.end].to_owned(),
    }
}

fn widen_to_mention(c: NameAt, ms: &[TextMention], s: usize, text: &str) -> NameAt {
    for m in ms {
        let (ms_, me) = (m.start - s, m.end - s);
        if ms_ < c.end && c.start < me && (me - ms_) > (c.end - c.start) {
            return mention_name(text, m, s);
        }
    }
    c
}

/// An unknown name written in full, when the name as chosen is only part of it: a Cyrillic
/// organisation noun before a quoted name ("фонда «Социум»", not "Социум": the quoted part
/// alone may be a city or a common phrase), else a capitalised institute noun before a
/// descriptive name ("Instituto Brasileiro de Pesquisa") and a Cyrillic genitive body after
/// one ("Центром соціальних експертиз Інституту соціології"). `(s, e)` is the name's sentence.
fn unknown_name_in_full(text: &str, (s, e): (usize, usize), ch: &Chosen) -> Option<String> {
    let (start, end) = (ch.offset + ch.name.start, ch.offset + ch.name.end);
    let before = &text[s..start];
    let quoted = ch.name.name.starts_with(['«', '"', '“', '„']);
    let open = if quoted {
        Some(before)
    } else {
        before.strip_suffix(['«', '"', '“', '„'])
    };
    let inner = unquote(&ch.name.name);
    let head = open.and_then(sources::cyrillic_org_head).filter(|&at| {
        // A lower-case noun only before a one-word Cyrillic name ("агентства «Свои»");
        // "центра «Социальный мониторинг»" and "компании «Active Group»" are named by the
        // quoted part.
        before[at..].starts_with(char::is_uppercase)
            || !inner.contains(' ') && inner.chars().any(normalize::is_cyrillic)
    });
    if let Some(at) = head {
        let close = text[end..]
            .chars()
            .next()
            .filter(|c| ['»', '"', '”', '“'].contains(c));
        return Some(text[s + at..end + close.map_or(0, char::len_utf8)].to_owned());
    }
    // The institute noun only before a descriptive name, one with a connector ("Brasileiro de
    // Pesquisa"); "Institut Nordlicht" is named "Nordlicht".
    let descriptive = [
        " de ", " di ", " du ", " für ", " of ", " for ", " do ", " da ",
    ]
    .iter()
    .any(|c| ch.name.name.contains(c));
    let head_noun = INSTITUTE_HEAD
        .find(before)
        .filter(|_| descriptive)
        .map(|m| {
            let lead = m.as_str().len() - m.as_str().trim_start().len();
            s + m.start() + lead
        });
    let tail = GENITIVE_BODY
        .find(&text[end..e])
        .filter(|_| ch.name.name.chars().any(normalize::is_cyrillic))
        .map_or(end, |m| {
            let body = m.as_str().trim_end_matches([' ', ',', '.', ';', ':', ')']);
            end + body.len()
        });
    (head_noun.is_some() || tail > end).then(|| text[head_noun.unwrap_or(start)..tail].to_owned())
}

/// A capitalised institute noun right before a name (at the end of the text before it).
static INSTITUTE_HEAD: std::sync::LazyLock<crate::fastre::Re> = std::sync::LazyLock::new(|| {
    crate::fastre::Re::new(
        r"(?:^|\s)(?:Instituto|Institut|Institute|Istituto|Centro|Centre|Center|Zentrum|Centrum)\s+$",
    )
});

/// A capitalised Cyrillic body in the genitive right after a name, up to two lower-case words
/// ("Інституту соціології"), ending the clause.
static GENITIVE_BODY: std::sync::LazyLock<crate::fastre::Re> = std::sync::LazyLock::new(|| {
    crate::fastre::Re::new(
        r"^\s+(?:Інституту|Института|Центру|Центра|Фонду|Фонда|Академії|Академии|Університету|Университета)(?:\s+\p{Ll}[\p{L}\-]*){0,2}(?:[\s,.;:)]|$)",
    )
});

/// An unknown name (`name`, at byte `at` of sentence `sent`) widened to a registry name
/// around it: by the word before it ("institut", "Centre"), by up to five words after it
/// ("Français" → "institut Français d'opinion publique"), or both, up to punctuation. Only
/// a span that is a registry name or alias as written counts: a fuzzy match, or a product or
/// co-brand reading, of a longer span would find what is not there.
fn registered_around<'r>(
    registry: &Lookups<'r>,
    sent: &str,
    at: usize,
    name: &str,
    country: Option<&str>,
) -> Option<(String, Lookup<'r>)> {
    let end = (at + name.len()).min(sent.len());
    if sent.get(at..end) != Some(name) {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    // Word ends after the name, up to punctuation.
    let mut ends = vec![end];
    let mut rest = &sent[end..];
    let mut pos = end;
    while ends.len() <= 5 {
        let trimmed = rest.trim_start_matches(' ');
        if !trimmed.starts_with(is_word) {
            break;
        }
        let gap = rest.len() - trimmed.len();
        let word = trimmed.find(|c: char| !is_word(c)).unwrap_or(trimmed.len());
        pos += gap + word;
        ends.push(pos);
        rest = &sent[pos..];
    }
    // The word before the name, if only a space lies between.
    let mut starts = vec![at];
    let before = &sent[..at];
    if let Some(b) = before.strip_suffix(' ') {
        let word = &b[b.trim_end_matches(is_word).len()..];
        // Without an elided article ("l'institut").
        let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
        if !word.is_empty() {
            starts.push(b.len() - word.len());
        }
    }
    let mut best: Option<(usize, usize, Lookup<'r>)> = None;
    for &a in &starts {
        for &b in &ends {
            if (a, b) == (at, end) || best.as_ref().is_some_and(|(x, y, _)| y - x >= b - a) {
                continue;
            }
            let span = &sent[a..b];
            if !registry.registry.knows_exactly(span) && !registry.registry.knows_words(span) {
                continue;
            }
            if let found @ Lookup::Found {
                kind: MatchKind::Exact | MatchKind::Alias,
                ..
            } = registry.lookup(span, country)
            {
                best = Some((a, b, found));
            }
        }
    }
    best.map(|(a, b, found)| (sent[a..b].to_owned(), found))
}

/// The longest first words of a name ending in a poll noun ("NatCen British Social Attitudes
/// Survey", "Ipsos Political Monitor") that are a registry name as written.
fn registered_head_of_survey<'w>(registry: &Lookups<'_>, written: &'w str) -> Option<&'w str> {
    const POLL_NOUNS: &[&str] = &[
        "survey",
        "poll",
        "study",
        "barometer",
        "tracker",
        "monitor",
        "index",
        "umfrage",
        "studie",
        "sondage",
        "baromètre",
        "encuesta",
        "barómetro",
        "pesquisa",
        "sondaggio",
        "опрос",
        "опитування",
    ];
    let last = written.split_whitespace().next_back()?.to_lowercase();
    if !POLL_NOUNS.contains(&last.as_str()) {
        return None;
    }
    let cuts: Vec<usize> = written.match_indices(' ').map(|(i, _)| i).collect();
    cuts.iter()
        .rev()
        .skip(1)
        .map(|&i| written[..i].trim_end())
        .find(|head| !head.is_empty() && registry.registry.knows_exactly(head))
}

/// The part of an unknown name before a connector word ("di", "de", "of", "von", "del",
/// "da", "do") when that part alone is a registry name.
fn registered_before_connector<'w>(
    registry: &Lookups<'_>,
    written: &'w str,
    country: Option<&str>,
) -> Option<&'w str> {
    let at = [" di ", " de ", " of ", " von ", " del ", " da ", " do "]
        .iter()
        .filter_map(|c| written.find(c))
        .min()?;
    let head = written[..at].trim();
    (!head.is_empty() && matches!(registry.lookup(head, country), Lookup::Found { .. }))
        .then_some(head)
}

/// Looks a written name up, splitting "Reuters/Ipsos" or "Ifop-Fiducial pour X" style pairs:
/// the part the registry knows is the pollster, a media part is the sponsor.
fn resolve<'r>(
    registry: &Lookups<'r>,
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
        // "Odoxa-CGI", "Elabe-Berger Levrault": a registered pollster and its partner, joined
        // by a hyphen. Only one part known exactly, and both parts more than a letter.
        if matches!(direct, Lookup::NotFound) {
            if let Some((a, b)) = written.split_once('-') {
                let (a, b) = (a.trim(), b.trim());
                let long = |p: &str| p.chars().count() > 1;
                let known = |p: &str| {
                    Some(registry.lookup(p, country)).filter(|l| {
                        long(p)
                            && matches!(
                                l,
                                Lookup::Found {
                                    kind: MatchKind::Exact | MatchKind::Alias,
                                    ..
                                }
                            )
                    })
                };
                match (known(a), known(b)) {
                    (Some(found), None) if long(b) => return found,
                    (None, Some(found)) if long(a) => return found,
                    _ => {}
                }
            }
        }
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
    // The media part of a pair is the sponsor, whether the registry knows the other part
    // ("Reuters/Ipsos") or not ("Sunday Independent/Ireland Thinks").
    if sponsor.is_none() && !others.is_empty() {
        let media: Vec<&str> = others
            .iter()
            .copied()
            .filter(|o| sources::is_media(o))
            .collect();
        if !media.is_empty() && (found.is_some() || media.len() < parts.len()) {
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

    /// Fails naming every text that gives a claim.
    #[track_caller]
    fn assert_no_claims(texts: &[&str]) {
        let claimed: Vec<String> = claims_in(texts).collect();
        assert!(claimed.is_empty(), "{}", claimed.join("\n"));
    }

    /// The texts that give a claim, each with what came out.
    fn claims_in<'a>(texts: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
        texts.iter().filter_map(|t| {
            let r = run(t);
            (!r.claims.is_empty()).then(|| format!("{t:?}: a claim: {r:?}"))
        })
    }

    fn run(text: &str) -> ExtractResult {
        extract(
            &Document::new(text),
            &Context::default(),
            Registry::builtin(),
        )
    }

    /// Each text makes one claim, whose pollster is written and registered as given.
    /// `text` yields at least one claim, and every claim is flagged `not_a_pollster`.
    fn assert_not_a_pollster(text: &str) {
        let r = run(text);
        assert!(!r.claims.is_empty(), "{text:?}: {r:?}");
        assert!(
            r.claims.iter().all(|c| c
                .flags
                .iter()
                .any(|f| f.code == crate::model::FlagCode::NotAPollster)),
            "{text:?}: {r:?}"
        );
    }

    fn assert_pollsters(cases: &[(&str, Option<&str>, Option<&str>)]) {
        for &(text, written, canonical) in cases {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let p = &r.claims[0].pollster;
            assert_eq!(p.as_written.as_deref(), written, "{text}");
            assert_eq!(p.canonical.as_deref(), canonical, "{text}");
        }
    }

    /// The one claim `text` makes, which must carry flag `code`.
    fn one_flagged(text: &str, code: crate::model::FlagCode) -> Claim {
        let r = run(text);
        assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
        assert!(
            r.claims[0].flags.iter().any(|f| f.code == code),
            "{text:?}: {r:?}"
        );
        r.claims.into_iter().next().expect("one claim")
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
        assert_no_claims(&[
            "Voters went to the polls on Sunday and turnout reached 67%.",
            "Inflation rose to 2.4% in March, the statistics office said, while the central bank kept interest rates at 5.25%.",
            "Labour won 33.7% of the vote, according to official results.",
            "The bookmakers make Arsenal 60% favourites to win the league.",
            "A Reuters poll of economists expects GDP to grow 1.5% next year.",
            // A household or employment survey of a statistics office; business activity
            // from a purchasing survey; test pits in the ground; a round's result quoted
            // beside a remark on polls.
            "Según la Encuesta Nacional de Empleo, la tasa de desocupación llegó al 7,1% en el trimestre.",
            "Factory activity in the region shrank faster than expected in May, according to a closely watched survey.",
            "Des sondages sont effectués sur 5 à 10 % de la surface pour repérer d'éventuels vestiges.",
            "Le candidat est arrivé en tête du premier tour avec 48 % des voix.\n« Nous avons battu les sondages », a-t-il lancé.",
            // A poll still running, to come, or open to take part in; a price index.
            "Chi abbia commissionato il sondaggio che l'istituto Ricerche Alfa sta realizzando in città resta un mistero.",
            "Na próxima sexta-feira, o Instituto Delta Norte vai divulgar pesquisa eleitoral com a intenção de votos na cidade.",
            "Центр соціальних студій «Обрій» запрошує долучитися до всеукраїнського соціологічного опитування про умови життя.",
            "Las tasas municipales subirán un 3,5 por ciento, lo mismo que el IPC interanual de abril.",
            // TV audiences from their measurement firms.
            "La cadena fue líder de audiencia en mayo, un punto más que en abril, según datos de Kantar Media (14,4%).",
            "Згідно з рейтингом українських телеканалів, який провела компанія Nielsen, лідером є канал «Зірка» (2,3%).",
            // Official results compared with the polls, in the same sentence.
            "Preliminary results give the ruling party 52.3 percent, above the margin of error of the last Ipsos polling.",
            "Nach inoffiziellen Ergebnissen holte die Amtsinhaberin 48,2 Prozent, während ihr Herausforderer, der in den Umfragen vorn lag, auf 45,1 Prozent kam.",
        ]);
    }

    #[test]
    fn a_majority_without_a_figure_is_a_claim() {
        for text in [
            "Umfragen zufolge hat eine klare Mehrheit der Deutschen genug von den Sanktionen.",
            "According to recent polls, a clear majority of Europeans want talks.",
            "Según las encuestas, la mayoría de los votantes rechaza el acuerdo.",
            "По данным опросов, большинство жителей против застройки.",
        ] {
            let r = run(text);
            let c = r
                .claims
                .first()
                .unwrap_or_else(|| panic!("no claim in {text:?}"));
            assert!(c.figures.is_empty(), "{text:?}");
            assert!(
                c.flags
                    .iter()
                    .any(|f| f.code == crate::model::FlagCode::NoPollsterNamed),
                "{text:?}"
            );
        }
        // Not a poll: a majority in a vote count.
        assert!(
            run("A majority of lawmakers voted for the bill on Tuesday.")
                .claims
                .is_empty()
        );
    }

    /// A result stated as who leads, without a share: with poll words or a pollster cited as
    /// the source, a claim with no figures; a pollster's own business is not.
    #[test]
    fn a_lead_without_a_share_is_a_claim() {
        for (text, pollster) in [
            ("A Survation poll for the Mirror gave the Greens a seven-point lead over Labour.", Some("Survation")),
            ("Selon un sondage Elabe pour BFMTV publié lundi, la maire sortante arrive en tête au premier tour.", Some("Elabe")),
            ("Una encuesta de Cadem sitúa al candidato oficialista en el primer lugar, con ventaja sobre la oposición.", Some("Cadem")),
            ("Il nuovo sondaggio di Tecnè per l'agenzia Dire vede il centrosinistra in vantaggio di tre punti.", Some("Tecnè")),
            ("Uma sondagem da Intercampus para o Correio da Manhã coloca o PS à frente, mas em empate técnico com a AD.", Some("Intercampus")),
            ("Nach der jüngsten Umfrage liegen Union und SPD gleichauf.", None),
            ("Опрос показал, что действующий губернатор лидирует с большим отрывом.", None),
        ] {
            let r = run(text);
            let c = r.claims.first().unwrap_or_else(|| panic!("no claim in {text:?}"));
            assert!(c.figures.is_empty(), "{text:?}");
            assert_eq!(c.pollster.as_written.as_deref(), pollster, "{text:?}");
        }
        assert_no_claims(&[
            "Los corredores de apuestas, como las encuestas, tienen a la alcaldesa como favorita.",
            "Ipsos leads the market research industry in Europe.",
            "Kantar est en tête du marché des études en France.",
            "Candidates campaigned in the rain ahead of Sunday's polls, with the governor seen as the favourite.",
        ]);
    }

    /// Constructions seen in published articles (written anew here, never quoted): figures
    /// attributed to the poll several sentences later, shares in words, a headline that says
    /// who leads above the body that names the pollster, survey titles in quotation marks.
    #[test]
    fn reads_constructions_of_published_articles() {
        // Four sentences of figures, then the poll.
        let r = run(
            "Il 48% degli elettori approva la riforma. Per il 22% andrebbe rivista. \
             Un ulteriore 17% si dice contrario. Oltre un terzo degli intervistati chiede un \
             referendum. È quanto emerge dalla rilevazione settimanale di Euromedia Research.",
        );
        assert_eq!(r.claims.len(), 1);
        let c = &r.claims[0];
        assert_eq!(c.pollster.as_written.as_deref(), Some("Euromedia Research"));
        assert!(c.figures.len() >= 3, "{:?}", c.figures);
        assert!(c.figures.iter().any(|f| (f.value - 33.3).abs() < 0.1));
        // Shares in words.
        let r = run("Почти три четверти опрошенных поддерживают реформу. Об этом свидетельствуют данные опроса Левада-Центра.");
        assert_eq!(r.claims.len(), 1);
        assert!((r.claims[0].figures[0].value - 75.0).abs() < 0.1);
        // A headline that says who leads, then the body: one claim, the body's pollster.
        let r = run("Umfrage: Grüne bauen Vorsprung aus\n\nLaut einer Umfrage von Forsa für RTL kommen die Grünen auf 24 Prozent, die Union auf 21 Prozent.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Forsa"));
        // A lead that names no pollster, then the detail that does: one claim.
        let r = run("The mayor faces calls to resign after a poll revealed that more than half of residents want a new vote.\n\nSome 55% backed an early election, against 35% who did not, in a Survation survey for the Courier.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Survation")
        );
        let r = run("Según un estudio realizado por la firma encuestadora Delphos, el 61 por ciento de los entrevistados apoya el acuerdo.");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Delphos"));
        // A sentence opener is not the subject of a figure.
        let r = run("Однако, по данным опроса ФОМ, 48% считают, что цены выросли.");
        assert!(!r.claims[0].figures[0].subject.starts_with("Однако"));
        // A sample described after the figures: "took part".
        let r = run("62% россиян планируют отпуск летом. В опросе сервиса HeadHunter приняли участие 2300 человек.");
        assert_eq!(r.claims.len(), 1);
        assert_eq!(r.claims[0].sample_size, Some(2300));
        // A survey's title in quotation marks is not its pollster; a firm's name is.
        let r = run("Більшість українців (64%) довіряють армії, свідчать результати дослідження «Довіра до соціальних інститутів під час війни», проведеного Центром Разумкова.");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Центром Разумкова")
        );
        let r = run(
            "Опитування агенції «Соціальний моніторинг плюс» показало, що 41% киян за реформу.",
        );
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Соціальний моніторинг плюс")
        );
        // An election-night projection is a pollster's estimate; the firm's own lower case.
        let r = run("Die erste Hochrechnung von infratest dimap liegt vor: Die CDU kommt auf 31,2 Prozent, die SPD auf 24,8 Prozent.");
        assert_eq!(r.claims.len(), 1);
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("infratest dimap")
        );
        // Exit polls, in each language's words.
        for text in [
            "Selon le sondage sortie des urnes d'Elabe, la candidate obtiendrait 51 %.",
            "Según la encuesta a pie de urna de Sigma Dos, el partido logra el 31 % de los votos.",
            "За даними екзит-полу, 64% виборців підтримали кандидата.",
            "Laut der Nachwahlbefragung der Forschungsgruppe Wahlen kommt die CDU auf 30 Prozent.",
        ] {
            assert_eq!(run(text).claims.len(), 1, "{text:?}");
        }
        // Views on vaccination are a poll; a vaccine's efficacy in a study is not.
        assert_eq!(
            run("Secondo il sondaggio di Tecnè, il 31,5% è contrario alla vaccinazione.")
                .claims
                .len(),
            1
        );
        assert!(run("По данным исследований вакцины, она эффективна на 91%, в группе плацебо заболели 40 человек.")
            .claims
            .is_empty());
        // Turnout measured at the close of the polls is an official count.
        assert!(run("La percentuale di votanti rilevata alla chiusura dei seggi è stata del 58,2%, in calo rispetto al 61%.")
            .claims
            .is_empty());
        // A possessive and an opening preposition are not part of the name.
        let r = run("In Harris Insights' latest survey, 52% of adults back the plan.");
        assert!(r.claims[0].pollster.as_written.is_some());
        let r = run(
            "Some 61% of voters said yes in the mayor’s Twitter poll, the mayor’s office said.",
        );
        assert!(r.claims[0]
            .flags
            .iter()
            .any(|f| f.code == crate::model::FlagCode::NotAPollster));
    }

    /// Informal votes as published: the figures stated as a vote count, a quotation between the
    /// vote and its figures, the outlet that ran it named by a possessive.
    #[test]
    fn informal_votes_as_published() {
        let r = run(
            "Nearly 9,000 listeners took part in the Morning Drive's text vote last week. \
             Callers were asked who should lead the council. The deputy mayor received 41 \
             percent of the vote, ahead of the opposition leader at 30 percent.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
        let c = &r.claims[0];
        assert_eq!(c.pollster.as_written.as_deref(), Some("Morning Drive"));
        assert!(c
            .flags
            .iter()
            .any(|f| f.code == crate::model::FlagCode::NotAPollster));
        assert!(c.figures.iter().any(|f| f.value == 41.0));
        let r = run(
            "Глава района предложил жителям оценить его работу в опросе в Telegram. \
             «Мне важно ваше мнение. Решайте сами», - написал он. \
             К вечеру 57% проголосовавших высказались за отставку.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert!(r.claims[0]
            .flags
            .iter()
            .any(|f| f.code == crate::model::FlagCode::NotAPollster));
        // Police questioning residents is no poll, whatever figures follow.
        assert!(run(
            "Die Polizei befragte 30 Anwohner zu dem Brand. Die Schäden stiegen um 12 Prozent."
        )
        .claims
        .is_empty());
        assert!(run(
            "Слідчі опитали понад 20 мешканців будинку. Торік таких пожеж стало на 9% більше."
        )
        .claims
        .is_empty());
    }

    /// Which name in a sentence ran the poll: the agent in German word order, a registered
    /// pollster over an outlet cited as the source or over a place.
    #[test]
    fn picks_the_agent_among_names() {
        for (text, pollster) in [
            ("Laut einer Umfrage, die von Forsa durchgeführt wurde, kommt die Partei von Friedrich Merz auf 31 Prozent.", "Forsa"),
            ("According to the Daily Ledger, an Ipsos poll found that 44 percent of voters back the plan.", "Ipsos"),
            ("Vor der Wahl in Frankreich veröffentlichte das Institut Ifop eine Umfrage: 28 Prozent wollen Le Pen wählen.", "Ifop"),
            // A name that opens on "A" is not "a" and a name.
            ("The poll, conducted by AJF Associates, had the senator leading 49 percent to 41 percent.", "AJF Associates"),
        ] {
            let r = run(text);
            let c = r.claims.first().unwrap_or_else(|| panic!("no claim in {text:?}"));
            assert_eq!(c.pollster.as_written.as_deref(), Some(pollster), "{text:?}");
        }
    }

    /// A breakdown after the headline figure, then the sample: one claim with every figure.
    #[test]
    fn a_breakdown_before_the_sample_is_one_claim() {
        let r = run(
            "72% россиян хотели бы сократить рабочую неделю. Среди молодежи таких 80%. \
             В Москве и Петербурге — 76 и 74%. В опросе сервиса Работа.ру приняли участие \
             3000 человек.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].figures.len(), 4, "{:?}", r.claims[0].figures);
        assert_eq!(r.claims[0].sample_size, Some(3000));
        // Economic figures are not views, however many.
        assert!(run(
            "Exports rose 4% in May. Imports fell 2%. The survey of 1,200 households \
             was carried out by the statistics office."
        )
        .claims
        .is_empty());
    }

    /// The constructions fixed against the blind set, in other words than the blind set's:
    /// each family, not each passage.
    #[test]
    fn generalises_over_construction_families() {
        let cases: &[(&str, Option<&str>)] = &[
            // The figures first, their poll named in the next sentence.
            ("Some 58% of voters back the plan, while 31% oppose it. That is according to a YouGov survey for The Times.", Some("YouGov")),
            ("Die Union kommt auf 31 Prozent, die SPD auf 15 Prozent. Das geht aus dem neuen Deutschlandtrend von Infratest dimap hervor.", Some("Infratest dimap")),
            ("El 62% de los españoles cree que la legislatura no llegará a su fin. Así lo refleja el último barómetro del CIS.", Some("CIS")),
            ("Il 41% degli italiani è contrario al ponte sullo Stretto. Sono questi i dati di un sondaggio Swg per La7.", Some("Swg")),
            ("Lula tem 44% e Bolsonaro 38%. É o que mostra pesquisa Datafolha divulgada nesta quinta.", Some("Datafolha")),
            ("За отставку правительства выступают 41% россиян. Такие данные приводит «Левада-центр».", Some("Левада-центр")),
            ("Зеленському довіряють 64% українців. Про це свідчать дані опитування КМІС.", Some("КМІС")),
            // Appositions.
            ("Zephyr Metrics, a little-known polling firm based in Ohio, says 54% of voters want a recount.", Some("Zephyr Metrics")),
            ("Trendwerk, ein junges Meinungsforschungsinstitut aus Leipzig, sieht die AfD in einer Umfrage bei 35 Prozent.", Some("Trendwerk")),
            // Inflected descriptions, then the registered name or acronym.
            ("По данным Всероссийского центра изучения общественного мнения (ВЦИОМ), 76% россиян доверяют президенту.", Some("Всероссийского центра изучения общественного мнения (ВЦИОМ)")),
            ("Як показало опитування, проведене Київським міжнародним інститутом соціології, 57% українців готові до компромісів.", Some("Київським міжнародним інститутом соціології")),
            ("Як показало опитування Київського міжнародного інституту соціології, 57% українців готові до компромісів.", Some("Київського міжнародного інституту соціології")),
            // A quoted name after an organisation noun.
            ("По данным опроса холдинга «Ромир», 38% россиян экономят на продуктах.", Some("Ромир")),
            // A name holding a party word, named as the institute.
            ("Uma pesquisa do instituto Vox Brasilis, que não está registrado no TSE, aponta o candidato com 52% das intenções de voto.", Some("Vox Brasilis")),
            // A registered non-pollster whose figures are presented as opinion (flagged below).
            ("Filteris, a firm that analyses social media, says Fillon leads with 30% of voters' support.", Some("Filteris")),
            // A pollster's product after a possessive.
            ("Just 18 per cent of Britons think the economy will improve, according to Ipsos's Economic Optimism Index.", Some("Ipsos")),
            // Seat projections.
            ("Labour would win 410 seats, according to a YouGov MRP poll published on Tuesday.", Some("YouGov")),
            // Spelt-out percentages.
            ("Laut einer Forsa-Umfrage kommt die FDP nur noch auf vier Prozent.", Some("Forsa")),
            ("Die Grünen erreichen zwölf Prozent. Das zeigt eine neue Umfrage des Instituts Civey für den Spiegel.", Some("Civey")),
            // The definite poll after the figures.
            ("Labour's lead has narrowed to six points, with the party on 39% and the Conservatives on 33%. The survey, carried out by Savanta for the Telegraph, interviewed 2,200 adults.", Some("Savanta")),
            // Unknown names after a pollster-like noun.
            ("Selon l'institut Opinea, 38 % des électeurs voteraient pour la liste divers droite.", Some("Opinea")),
            ("Según la consultora Trazo Datos, el 41% de los votantes apoyaría al alcalde.", Some("Trazo Datos")),
            ("Согласно исследованию агентства «Прогноз-М», 63% жителей региона поддерживают губернатора.", Some("агентства «Прогноз-М»")),
            // The attribution in parentheses after the figures.
            ("Deux tiers des Français (66 %) jugent la mesure injuste.\n(Elabe pour BFMTV, échantillon de 1 001 personnes, interrogées les 4 et 5 mars.)", Some("Elabe")),
            ("Some 44% of voters back the plan, and 39% oppose it. (Source: Savanta for the Telegraph, 2,100 adults.)", Some("Savanta")),
            // Shares without a sign, with their change, in a ticker or table.
            ("Latest voting intention from Techne for the Independent: REF 30 (nc), LAB 22 (-1), CON 18 (+2).", Some("Techne")),
            ("Secondo Tecnè per l'agenzia Dire, la fiducia nel governo sale a 44 (+2).", Some("Tecnè")),
            // The survey as a verb, with no poll noun.
            ("Агенція «Соцмоніторинг» опитала 1200 киян: 54% підтримують заборону.", Some("Агенція «Соцмоніторинг»")),
            ("Secondo Tecnè, che ha intervistato 1.000 persone, il 38% degli italiani è favorevole.", Some("Tecnè")),
            // Inflected descriptions after a Cyrillic head noun, with or without a quoted name.
            ("Согласно опросу Центра политических технологий, 48% граждан поддерживают реформу.", Some("Центра политических технологий")),
            ("За даними Інституту соціальних досліджень «Вектор», 41% мешканців міста проти забудови.", Some("Інституту соціальних досліджень «Вектор»")),
            // Romance descriptions with several complements.
            ("Selon un sondage de l'Institut breton d'études d'opinion, 44 % des électeurs hésitent encore.", Some("Institut breton d'études d'opinion")),
            // A German place adjective and organisation noun before the name.
            ("Laut einer Umfrage des Kölner Instituts Meinungsbild halten 40 Prozent der Befragten das für richtig.", Some("Meinungsbild")),
            // A place adjective and a lower-case head noun, then what the centre did.
            ("Харківський центр соціальних досліджень провів опитування: 61% харків'ян проти.", Some("Харківський центр соціальних досліджень")),
            // An observatory cited as the source of a survey.
            ("Según el Observatorio Social Andaluz, que entrevistó a 900 personas, el 47% de los vecinos rechaza la tasa.", Some("Observatorio Social Andaluz")),
            // The pollster named after a list of figures.
            ("Reform has pulled ahead, the latest survey for the Observer shows.\n• Reform 29% (+2)\n• Labour 25% (-1)\n• Conservatives 19% (nc)\n• Lib Dems 13% (=)\n• Greens 9% (-1)\nOpinium interviewed 2,003 adults online.", Some("Opinium")),
            // Descriptions around the organisation noun: adjectives before it in English, after
            // it in the Romance languages.
            ("The Tories would fall to 17 per cent, a poll by the little-known firm Civic Lens suggests.", Some("Civic Lens")),
            ("Selon l'institut lyonnais Opinea, 38 % des électeurs hésitent encore.", Some("Opinea")),
            ("Un sondeo de la consultora madrileña Trazo Datos otorga al alcalde el 41% de los votos.", Some("Trazo Datos")),
            ("Secondo l'istituto milanese Quadrante Civico, il 44% degli elettori è indeciso.", Some("Quadrante Civico")),
            ("Pesquisa do instituto paulista Vox Populi Brasil mostra o prefeito com 39% das intenções de voto.", Some("Vox Populi Brasil")),
            // Initials inside a name do not end the sentence ("J.L. Partners").
            ("Some 54 percent back the bill, according to polling by R.T. Partners for the Sunday Post. The firm surveyed 2,007 adults.", Some("R.T. Partners")),
            // Shares in words, the poll named in the next sentence.
            ("Jeder vierte Hamburger lehnt die Pläne ab. Das ergab eine Umfrage des Instituts Nordblick.", Some("Nordblick")),
            // A research body as the subject of a reporting verb; its description after it.
            ("The Institute for Civic Trends and Attitudes (ICTA) says two thirds of Scots say they back the plan.", Some("Institute for Civic Trends and Attitudes (ICTA)")),
            ("D'après l'Institut d'études politiques Horizon, 41 % des électeurs hésitent.", Some("Institut d'études politiques Horizon")),
            ("Согласно данным Независимого центра политических исследований, 44% граждан поддерживают реформу.", Some("Независимого центра политических исследований")),
            ("L'Osservatorio Regionale sulle Politiche Sociali sostiene che il 38% dei giovani andrebbe all'estero.", Some("Osservatorio Regionale sulle Politiche Sociali")),
            // A quoted name in single quotes, and a described agency.
            ("Most voters want a ceasefire, according to a survey by the 'Caledonian Opinion Watch'. It found 61 percent backed talks.", Some("Caledonian Opinion Watch")),
            ("Some 55 percent oppose the tax, according to a poll by the Oslo-based agency Fjord Insight.", Some("Fjord Insight")),
            // The outlet or programme that ran an informal vote.
            ("Il 72% dei lettori è contrario, secondo il sondaggio online sul sito del quotidiano «Il Corriere di Valle».", Some("Il Corriere di Valle")),
            ("Na votação por telefone do programa «Tribuna Livre», 64% dos espectadores disseram ser contra.", Some("Tribuna Livre")),
            // Wire-style attributions: a German compound organisation noun, a newspaper pair
            // (narrowed to its registered alias),
            // an exit poll by a consortium, an adjective after the poll noun.
            ("Laut einer Umfrage des Meinungsforschungsunternehmens Nordwerk halten 40 Prozent der Befragten das für richtig.", Some("Nordwerk")),
            ("The two candidates are tied at 46 percent, according to a New York Times/Siena College poll released on Sunday.", Some("New York Times/Siena College")),
            ("Il candidato è al 54% secondo l'exit poll realizzato dal consorzio Quadrante Sud per la Rai.", Some("Quadrante Sud")),
            ("Il 52% degli italiani boccia la manovra, secondo il sondaggio settimanale di Barometro Civico.", Some("Barometro Civico")),
            // "соцопитування": the survey noun with its prefix.
            ("За даними соцопитування, проведеного центром «Громадський барометр», 57% мешканців підтримують реформу.", Some("Громадський барометр")),
            // The pollster as the subject of the survey verb, in any language.
            ("Vantage Research interviewed 1,200 adults, and 44% back the plan.", Some("Vantage Research")),
            ("L'OPRA a interrogé 1 000 personnes : 52 % jugent la réforme injuste.", Some("OPRA")),
            ("«Вектор-М» опросил 900 горожан: 47% недовольны работой транспорта.", Some("Вектор-М")),
            ("Nordwerk Analytics hat im Auftrag der Zeitung 1.100 Bürger befragt: 38 Prozent sind dafür.", Some("Nordwerk Analytics")),
            // The attribution in parentheses, name first.
            ("El 44% de los votantes apoya la ley (Sondametro, 1.100 entrevistas, del 3 al 5 de mayo).", Some("Sondametro")),
            // A sample described after figures about views.
            ("Quasi un elettore su due (48%) voterebbe per il centrodestra. Demoskopika Sud ha intervistato 800 residenti.", Some("Demoskopika Sud")),
            // A platform that ran a vote, named in quotes after it.
            ("У застосунку «Мій Київ» завершилося голосування: 61% користувачів підтримали зміни.", Some("Мій Київ")),

            ("Wie eine Befragung von 1.500 Bundesbürgern ergab, halten 55 Prozent die Rente für unsicher.", None),
            // A country heading an apposition is no pollster's head.
            ("El presidente de Honduras, Juan Pérez, cuenta con un 58% de aprobación, según un sondeo de la firma Datamétrica Sur.", Some("Datamétrica Sur")),
            // The outlet relaying the report did not carry out the poll.
            ("Большинство жителей (61%) поддерживают реформу, показал опрос населения, передает агентство NewsPro.", None),
            // A place used as an adjective.
            ("A second poll from the Sunshine state puts the governor at 47%.", None),
            // The agent right after the participle, not a later "por".
            ("Una encuesta realizada por la firma Opinómetro en cinco ciudades, que fue difundida el lunes por el canal Tele Norte, da al alcalde un 54% de aprobación.", Some("Opinómetro")),
            // A participle's agent is not looked for past the figures.
            ("Selon ce sondage réalisé pour LCI, 35 % voteraient pour la liste menée par Jean Dupont.", None),
            // Whom an institute is close to is not its name.
            ("Eine vom SPD-nahen Nordmann-Institut erstellte Umfrage sieht die Partei bei 31 Prozent.", Some("Nordmann-Institut")),
            // A possessive opening a compound.
            ("Unsere Online-Umfrage: 64 Prozent der Teilnehmer lehnen die Maßnahme ab.", None),
            // The voting-intention question alone makes the figures a poll's.
            ("Si las elecciones tuvieran lugar hoy, el partido obtendría el 38% de los votos.", None),
            // The agent of "released", past what the poll asked and when.
            ("A survey of 1,500 parents released on Monday by Brightline Insight found that 61% oppose the change.", Some("Brightline Insight")),
            // An organisation with two adjectives and its acronym, then "провів опитування".
            ("Регіональний незалежний інститут (РНІ) провів опитування мешканців міста. Реформу підтримують 58%, проти – 30%.", Some("Регіональний незалежний інститут (РНІ)")),
            // An institute whose name starts in lower case, after a place adjective.
            ("Die SPD kommt auf 38 Prozent, die CDU auf 31 Prozent. Erstellt wurde die Umfrage vom Kasseler nord-Institut im Auftrag der Fraktion.", Some("nord-Institut")),
            // The lede's shares, then the poll named without a phrase referring back.
            ("Marta Rossi al 31 per cento, seguono Luca Bianchi al 24 per cento e Anna Verdi al 18 per cento. Circola il primo sondaggio sulla corsa per la Regione, commissionato all'istituto Demopolis.", Some("Demopolis")),
            // An organisation presenting its study's results, then the figures.
            ("Південний інститут громадської думки презентує результати соціологічного дослідження. Так, 64% респондентів незадоволені роботою влади.", Some("Південний інститут громадської думки")),
            // The indefinite article opening the sentence is not part of the name.
            ("A Northgate Research and Civic University survey shows 54% of residents oppose the plan.", Some("Northgate Research and Civic University")),
            // A firm's full name in apposition, ending in the registered one.
            ("Un sondeo realizado por la firma Norte, Datos y Opinión, Ipsos, en tres ciudades da al gobernador un 61% de aprobación.", Some("Ipsos")),
            // A registered name written with '&' and another trade word ("Research Ltd").
            ("A new poll by Trends & Insights For Africa Research Ltd shows 44% backing the governor.", Some("Trends & Insights For Africa Research Ltd")),
            // The poll described by whom it asked, its shares in the next sentence.
            ("A pesquisa ouviu 2.379 eleitores em todo o estado. O prefeito tem 48%, contra 30% do adversário.", None),
        ];
        let mut misses = Vec::new();
        for (text, want) in cases {
            let r = run(text);
            let got = r.claims.first().map(|c| c.pollster.as_written.as_deref());
            match (got, want) {
                (None, _) => misses.push(format!("no claim in {text:?}")),
                (Some(g), Some(w)) if g != Some(*w) => {
                    misses.push(format!("{text:?}: pollster {g:?}, want {w:?}"));
                }
                (Some(Some(g)), None) => {
                    misses.push(format!("{text:?}: pollster {g:?}, want none"));
                }
                _ => {}
            }
        }
        // Informal votes on social networks and portals.
        for text in [
            "En un sondeo en su cuenta de Instagram, el 70% de los participantes pidió su dimisión.",
            "Nel sondaggio lanciato sul suo profilo Instagram il 65% dei partecipanti ha votato sì.",
            "In einer Umfrage auf seinem Instagram-Kanal stimmten 70 Prozent für ein Verbot.",
            "В голосовании в приложении «Госуслуги» 74% пользователей поддержали идею.",
            "Опрос проходил на ресурсах медиахолдинга «Северный вестник», в нем приняли участие 12 000 человек. Большинство респондентов (61%) против.",
            "Кандидата от оппозиции в опросе Telegram поддержали пять процентов подписчиков канала.",
            "Sur sa page Facebook, le maire a lancé un sondage : 82 % des votants veulent la piétonnisation.",
            "A poll on his X account drew 120,000 votes, with 71% backing the move.",
            "Em enquete no Instagram do prefeito, 64% dos participantes votaram sim.",
            "En la consulta online del ayuntamiento participaron 12.000 vecinos; el 58% votó a favor.",
            "Filteris, a firm that analyses social media, says Fillon leads with 30% of voters' support.",
            // Social-media analysis presented as opinion figures, with no poll word at all.
            "Die Agentur Mediascope Analytics will in einer Auswertung von zwei Millionen Tweets herausgefunden haben, dass 58 Prozent der Deutschen die Regierung ablehnen.",
            "Tras el análisis de 300.000 tuits, la agencia concluye que el 61% de los votantes rechaza la reforma.",
            // Audience shares of a website vote, whatever the percent word.
            "83 Prozent unserer Leserinnen und Leser lehnen das Tempolimit ab, wie unsere Online-Abstimmung zeigt.",
            "Il 64 per cento dei lettori che hanno votato sul nostro sito è contrario.",
            "Au total, 71 % des internautes ayant participé à notre consultation en ligne disent non.",
            // Audiences voting by text message, in an app or a Telegram channel; prediction
            // markets; an analytics firm counting posts.
            "Les auditeurs de la station ont voté par SMS : 58 % sont pour la réforme.",
            "В Telegram-канале «Новости Урала» подписчикам предложили проголосовать. Из 12 тысяч проголосовавших 64% поддержали идею.",
            "Kalshi traders now give the governor a 58% chance of re-election, a figure his campaign touts as the latest poll.",
            "Talkwalker counted 300,000 posts on X, and the senator drew 41% of all mentions.",
            // A share of mentions counted by a monitoring firm.
            "O ministro concentrou 62% das menções negativas nas redes sociais, segundo levantamento da consultoria Vértice.",
            // Betting odds passed off as a poll.
            "Le candidat serait « donné gagnant à 58 % », selon un message présenté comme un sondage. Il s'agit en réalité des cotes de Betfair, une plateforme de paris en ligne.",
            // Mentions counted on social networks.
            "Платформа підрахувала згадки в соцмережах: 68% згадок про мера були негативними.",
        ] {
            let r = run(text);
            if !r.claims.first().is_some_and(|c| {
                c.flags
                    .iter()
                    .any(|f| f.code == crate::model::FlagCode::NotAPollster)
            }) {
                misses.push(format!("{text:?}: not flagged not_a_pollster"));
            }
        }
        // Not polls: a clinical study, and figures attributed to statistics, results or
        // economic surveys.
        misses.extend(claims_in(&[
            "In a study of 1,200 patients, 35% responded to the new drug, researchers reported.",
            "Unemployment fell to 4.1% in March. These figures come from the labour force survey.",
            "Patients lost 15% of their body weight. The findings come from a study published in The Lancet.",
            "A pesquisa ouviu 2.000 pacientes em três hospitais. A mortalidade caiu 30%.",
            "Unemployment fell to 4.1% in March. A new YouGov poll will be published next week.",
            "The minister said the survey was biased and would be ignored.",
            "The poll was flawed from the start, the campaign's spokesman said on Tuesday.",
            "The party sees the poll as a distraction from its campaign.",
            "Police found the survey forms in a bin behind the town hall.",
            "The mayor highlighted the survey during his speech on Monday.",
            "El ministro confirmó que la encuesta se hará en mayo.",
            "The minister confirmed the survey will go ahead next month.",
            "El debate reunió a 6.100.000 espectadores, con una cuota de pantalla del 41,2%, según la medición de Kantar.",
            "Das Duell sahen laut Kantar 9,1 Millionen Zuschauer, ein Marktanteil von 31 Prozent.",
            "Turnout reached 71%. That is according to the electoral commission.",
            "Die Inflation lag im Mai bei 2,4 Prozent. Das ergab eine Schnellschätzung des Statistischen Bundesamts.",
            "Явка составила 67%. Такие данные привел ЦИК по итогам голосования.",
            "Real Madrid won 70% of their matches. That's according to a study by the CIES Football Observatory.",
            "Les ventes ont progressé de 12 % sur un an. C'est ce que révèle une enquête de l'Insee auprès des entreprises.",
            // A research body's own figures are not a poll without people's views.
            "The Institute for Fiscal Studies said 40% of households will pay more tax next year.",
            "Das Robert Koch-Institut meldete, dass 30 Prozent der Proben positiv waren.",
            // A statistics office is not a polling institute.
            "L'indice harmonisé augmente de 1,0 % sur un an, selon l'institut de statistique.",
            // Other senses of "survey", "sondage" and "опрос", and business surveys.
            "Engineers surveyed the wreckage and found that 40% of the hull was damaged.",
            "Le sondage urinaire est en cause dans 20 % des infections à l'hôpital.",
            "Dans le commerce, 31 % des chefs d'entreprise interrogés prévoient des embauches.",
            "Следователи опросили более 20 очевидцев, а число аварий выросло на 3%.",
        ]));
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }

    /// The pollster named sentences before the figures (a lead that introduces the poll, a
    /// methodology note in between), as the subject of a verb that releases the poll, or
    /// beside another pollster mentioned in an aside.
    #[test]
    fn names_the_pollster_of_a_poll_introduced_earlier() {
        let cases: &[(&str, &str)] = &[
            // A lead sentence, then another poll sentence without figures, then the figures.
            ("Ce sondage de l'Ifop est le premier depuis la rentrée. Selon les résultats, la candidate reste la favorite des intentions de vote. Elle obtiendrait entre 29 et 31 % des voix.", "Ifop"),
            ("Соціологічна служба Центру Разумкова провела дослідження у жовтні. Було опитано 2000 респондентів. 41% опитаних вважають, що події розвиваються у правильному напрямі.", "Центру Разумкова"),
            // The pollster as the subject of a verb that releases or runs the poll.
            ("O Instituto Vértice divulgou nesta segunda-feira o seu mais recente levantamento sobre a disputa. O governador chegou a 47% das intenções de voto.", "Instituto Vértice"),
            ("Northgate Research published a survey on Monday. It found that 46% of voters back the plan.", "Northgate Research"),
            ("Forsa veröffentlichte am Dienstag eine neue Umfrage. Die Union kommt darin auf 30 Prozent.", "Forsa"),
            ("Demopolis ha pubblicato ieri una nuova rilevazione: il centrodestra è al 44%.", "Demopolis"),
            // Another pollster in an aside before the poll's own.
            ("Days after YouGov published polling on the race, Opinium's latest poll puts both parties on 37%.", "Opinium"),
            ("A diferencia de Cadem, el último sondeo de Criteria sitúa al oficialismo en el 31%.", "Criteria"),
            // The pollster named in a lead that is not itself a poll sentence.
            ("Terceira vaga do tracking diário da Pitagórica para a TVI. A AD fica com 31,2% e o PS com 27,5%, segundo a sondagem.", "Pitagórica"),
            // A lead poll sentence that is not a signal on its own.
            ("A pesquisa Vértice/Dados divulgada nesta quarta-feira revela que o prefeito lidera a disputa.\nEle tem 31,5% das intenções de voto, contra 22% do rival.", "Vértice/Dados"),
            // A registry name before another name the patterns read.
            ("Лише 20% українців вважають, що країна рухається правильно, свідчать результати опитування, проведеного Центром Разумкова спільно з фондом «Нова думка».", "Центром Разумкова"),
            // Other polls named in an aside.
            ("Enquanto outras pesquisas, como Datafolha e Quaest, apontam empate, o levantamento feito pelo Instituto Vértice mostra o deputado com 31% das intenções de voto.", "Instituto Vértice"),
            // Plural poll nouns and participles.
            ("Las encuestas realizadas por Cuadrante Opinión indican que el 61 por ciento aprueba la gestión del presidente.", "Cuadrante Opinión"),
            // The agent of the poll outranks what the poll is "of", and a place is no pollster.
            ("L’atteso sondaggio della Radio Lugano, elaborato da Demoskopia Sagl, indica che il 42% degli elettori è indeciso.", "Demoskopia Sagl"),
            ("Selon le sondage réalisé à Dakar et Thiès par DataSahel, 45 % des électeurs voteraient pour le président sortant.", "DataSahel"),
            // An organisation noun that refers back to the pollster named before.
            ("Die Union gewinnt laut einer Umfrage des Meinungsforschungsinstituts Civey an Zustimmung. In der Erhebung des Instituts kommt sie auf 33 Prozent.", "Civey"),
            // A back reference right after a claim names its poll, "un sondaggio" and all.
            ("Solo sei italiani su dieci (57%) dicono di stare con l’Ucraina. In mezzo c’è un 38% di intervistati che non prende posizione. Questi i risultati di un sondaggio di Demopolis sulla guerra.", "Demopolis"),
            // In capitals only registry names count.
            ("SONDAGE IFOP POUR LE JDD : 32 % DES FRANÇAIS VOTERAIENT POUR LE RN AU PREMIER TOUR", "IFOP"),
            // A registry name in a sentence the claim's span covers between its own.
            ("Support for the premier fell, new polling shows.\n\nThe latest Newspoll conducted for The Australian shows her rating falling.\n\nShe still leads as preferred leader 54 per cent to 28 per cent, according to the survey.", "Newspoll"),
            // A person named with their role in a firm.
            ("Il sondaggio realizzato da Marco Ferri, direttore generale di Demoskopia Sud, assegna al sindaco il 41% dei consensi.", "Demoskopia Sud"),
            // A poll's brand names its maker.
            ("Eurasiabaromètre précise que 61 % des personnes interrogées soutiennent la limitation des mandats.", "Eurasiabaromètre"),
            // Who ran an informal vote.
            ("A Twitter poll by the platform's new owner Elon Musk drew 15 million votes, with 52% backing the move.", "Elon Musk"),
            // A weak poll word that refers back to views stated before it.
            ("Почти 60% россиян стали считать, что цены растут быстрее зарплат. Об этом свидетельствуют данные исследования Russian Field.", "Russian Field"),
            ("Il 57% degli italiani ritiene che le tasse siano troppo alte. E’ il risultato principale dello studio realizzato da Demopolis.", "Demopolis"),
            // The voting-intention question itself, sentences after the poll's name.
            ("Habeck überholt in der am Donnerstag veröffentlichten Umfrage der Forschungsgruppe Wahlen die Kanzlerin. Auf der Skala erreicht er 1,4.\n\nWenn am nächsten Sonntag Bundestagswahl wäre, käme die Union auf 30 Prozent.", "Forschungsgruppe Wahlen"),
        ];
        let mut misses = Vec::new();
        for (text, want) in cases {
            let r = run(text);
            let got = r.claims.iter().find_map(|c| c.pollster.as_written.clone());
            if got.as_deref() != Some(*want) {
                misses.push(format!("{text:?}: pollster {got:?}, want {want:?}"));
            }
        }
        // A weak poll word referring back to figures that are not views is nothing, and does
        // not open a poll for the figures after it.
        misses.extend(claims_in(&[
            "Patients lost 15% of their weight. These findings come from a study in a medical journal. Another 20% reported side effects.",
            "Die Exporte stiegen um 4 Prozent. Das zeigen Daten einer Studie des Instituts. Die Importe sanken um 2 Prozent.",
        ]));
        // Odds reported as odds are not a poll claim (like sports odds); passed off as a poll
        // they are (above).
        misses.extend(claims_in(&[
            "Kalshi traders now give the governor a 58% chance of re-election.",
            "Según Polymarket, la plataforma de apuestas, el candidato tiene un 67 % de probabilidades de ganar, frente al 33 % de su rival.",
            "Bei der Wettbörse Betfair liegt die Wahrscheinlichkeit eines Sieges der Union bei 78 Prozent.",
        ]));
        // Figures of a medical study and an expectations survey of analysts are no poll, even
        // after a poll word.
        misses.extend(claims_in(&[
            "Добровольці пройшли опитування щодо способу життя. Виявилося, що склянка газованої води на день підвищує ризик ранньої смерті на 14%.",
            "Los especialistas ven la tasa en 7,0 por ciento al cierre del trimestre, de acuerdo con la Encuesta Citi de Expectativas.",
        ]));
        // In capitals, a run of words the registry does not know is no name.
        let r = run("UNE ENQUÊTE DE L'INSTITUT HORIZON OPINION MONTRE QUE 58 % DES FRANÇAIS SONT CONTRE LA RÉFORME");
        if r.claims
            .first()
            .is_none_or(|c| c.pollster.as_written.is_some())
        {
            misses.push(format!(
                "capitals: {:?}",
                r.claims.first().map(|c| &c.pollster.as_written)
            ));
        }
        // A research body named in an unrelated paragraph does not name the next one's poll.
        let r = run("Eine Studie der Universität Tübingen zeigt, dass Stadtbäume die Straßen kühlen.\n\nUmfragen zufolge liegt die Union derzeit bei rund 30 Prozent.");
        if r.claims
            .first()
            .is_none_or(|c| c.pollster.as_written.is_some())
        {
            misses.push(format!(
                "study paragraph: {:?}",
                r.claims.first().map(|c| &c.pollster.as_written)
            ));
        }
        // A poll sentence naming another pollster does not continue the one before: Ifop's
        // survey is reported without figures (a claim of its own), the figures are Elabe's.
        let r = run("Ifop published a survey on pensions last week. Elabe also released a survey on Monday. Some 58% of respondents oppose the reform.");
        let names: Vec<_> = r
            .claims
            .iter()
            .map(|c| (c.pollster.as_written.clone(), c.figures.len()))
            .collect();
        if names != [(Some("Ifop".to_owned()), 0), (Some("Elabe".to_owned()), 1)] {
            misses.push(format!("two leads: {names:?}, want Elabe's figures alone"));
        }
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }

    fn not_a_pollster(c: &Claim) -> bool {
        c.flags
            .iter()
            .any(|f| f.code == crate::model::FlagCode::NotAPollster)
    }

    /// Names as published articles write them (families found on real passages, 2026-12-06,
    /// second round; the sentences here are the team's own).
    #[test]
    fn names_as_articles_write_them() {
        for (text, pollster) in [
            // A person (the host of the programme) gives way to the registered pollster.
            ("Un sondaggio EMG presentato ieri a Quarta Serata, il programma condotto da Nicola Porro, dà la Lega al 24%.", Some("EMG")),
            // A place that opens a channel's title stays.
            ("Опитування у Telegram-каналі Odesa Live показало, що 40% підтримують мера.", Some("Odesa Live")),
            // The registered short name in brackets after a long unknown one.
            ("A pesquisa do Instituto de Pesquisas Sociais, Políticas e Econômicas (Ipespe) mostra que 45% aprovam o governo.", Some("Ipespe")),
            // A bare organisation noun refers to a pollster named elsewhere.
            ("Das Meinungsforschungsinstitut teilte mit, dass 55 Prozent der Befragten dafür sind.", None),
            // A capital particle before a lower-case one is part of the name.
            ("Según un sondeo de la encuestadora De los Santos Opinión, el 48% aprueba al gobernador.", Some("De los Santos Opinión")),
            // A name joined to a university: the first organisation.
            ("Pesquisa Instituto Veritá e Universidade Federal de Goiás aponta que 52% dos eleitores aprovam o prefeito.", Some("Instituto Veritá")),
            // A sentence about another poll names that poll's pollster.
            ("A TV Aurora divulgou uma pesquisa do Datafolha sobre a eleição. Os números diferem de outro levantamento divulgado pelo Instituto Sigma. No cenário principal, Lula tem 41% e Bolsonaro 33%.", Some("Datafolha")),
            // Asides: "como hizo el CIS", "Newspoll aside".
            ("El sondeo de 40dB muestra que la vivienda preocupa al 38% de los españoles, como hizo antes el CIS.", Some("40dB")),
            ("Newspoll aside, the week's other poll came from Essential Research, which has the Coalition up a point to 36%.", Some("Essential Research")),
            // A registered partner beats the organisation it works with.
            ("Uma pesquisa realizada pela Federação das Indústrias em parceria com a MDA Pesquisa ouviu 2.000 pessoas: 47% aprovam o governo.", Some("MDA Pesquisa")),
            // A participle that opens the sentence is no name.
            ("Consultados sobre la reforma, el 41% de los encuestados opinó que sí y el 30% que no.", None),
            // "<Firm> pollsters found", "<Firm>, which released its survey".
            ("Vancouver-based Mainstreet pollsters found that 44 per cent of Canadians back the plan.", Some("Mainstreet")),
            ("Voters are restless, said the head of Civic Pulse, which on Monday released its annual survey: 61 percent say the country is on the wrong track.", Some("Civic Pulse")),
            // A registered name with its country; a product named before its owner.
            ("Según la consultora Zuban Córdoba de Argentina, el 52% desaprueba la gestión del gobierno.", Some("Zuban Córdoba")),
            ("Os dados são da pesquisa Global Advisor “Tendências”, da Ipsos: 64% dos brasileiros acham que a economia vai piorar.", Some("Ipsos")),
            // A bare organisation noun before a registered name is that organisation.
            ("За даними опитування Центру SOCIS, 31% виборців підтримують партію.", Some("SOCIS")),
            // Descriptive nouns before the name, a comma after the poll word.
            ("Un sondage mené par la firme Léger pour le compte de la Ville indique que 61 % des citoyens préfèrent une piscine.", Some("Léger")),
            ("Опрос, проведенный «Голос Региона», выявил, что 57% читателей против реформы.", Some("Голос Региона")),
            ("Lo rivela un sondaggio del portale Studenti.it: il 62% dei ragazzi si sente europeo.", Some("Studenti.it")),
            ("Selon une étude du cabinet de conseil Altavia, 41 % des salariés pensent à démissionner.", Some("Altavia")),
        ] {
            let r = run(text);
            let c = r.claims.first().unwrap_or_else(|| panic!("no claim in {text:?}"));
            assert_eq!(c.pollster.as_written.as_deref(), pollster, "{text:?}");
        }
    }

    /// Informal votes as articles report them: who ran them is named, and what they are is
    /// flagged.
    #[test]
    fn informal_votes_name_their_organiser() {
        for (text, organiser) in [
            ("Radio host Tom Baker polled his followers on Friday: 64% said the stadium should not be built.", Some("Tom Baker")),
            ("Il sondaggio settimanale di cittanews.it si è chiuso ieri. Secondo i nostri lettori, che hanno potuto votare per cinque giorni, il sindaco uscente vince con il 58%.", Some("cittanews.it")),
            ("Après trois jours et plus de 4 000 votes, les résultats sont clairs. Le maire sortant arrive en tête des intentions de vote avec 46 %.", None),
            ("In unserer Online-Umfrage stimmten 68 Prozent der Teilnehmer gegen das Projekt.", None),
            ("An Internet poll run by the Daily Clarion drew 40,000 votes: 71% oppose the new tax.", Some("Daily Clarion")),
        ] {
            let r = run(text);
            let c = r.claims.first().unwrap_or_else(|| panic!("no claim in {text:?}"));
            assert!(not_a_pollster(c), "{text:?}: {:?}", c.flags);
            if organiser.is_some() {
                assert_eq!(c.pollster.as_written.as_deref(), organiser, "{text:?}");
            }
        }
    }

    /// Results stated as a shift or a lean, without a share; agreement; figures two sentences
    /// before their reference; the election commission as "poll body".
    #[test]
    fn fields_as_articles_state_them() {
        // A margin after a confidence level, and the level is no figure.
        let r = run("По данным опроса ФОМ, работу мэра одобряют 61% жителей. Максимальный размер ошибки с вероятностью 95% не превышает 3,4%.");
        let c = &r.claims[0];
        assert_eq!(c.margin_of_error, Some(3.4), "{r:?}");
        assert_eq!(c.figures.len(), 1, "{r:?}");
        // A margin in words, and a method stated in a sentence of its own without digits.
        let r = run("A pesquisa Datafolha ouviu 2.004 eleitores entre 19 e 20 de setembro. Lula tem 47% das intenções de voto. A margem de erro é de dois pontos percentuais, para mais ou para menos.");
        assert_eq!(r.claims[0].margin_of_error, Some(2.0), "{r:?}");
        let r = run("Selon un sondage Ifop pour Paris Match et Sud Radio, Marine Le Pen recueille 31,5 % des intentions de vote. Méthode des quotas, questionnaire auto-administré en ligne.");
        let c = &r.claims[0];
        assert_eq!(c.method, Some(crate::model::Method::Online), "{r:?}");
        assert_eq!(
            c.sponsor.as_deref(),
            Some("Paris Match et Sud Radio"),
            "{r:?}"
        );
        // "dal 6 all'11 marzo".
        let r = run("Secondo il sondaggio Swg, realizzato dal 6 all'11 marzo 2024 su 1.200 maggiorenni, Fratelli d'Italia è al 27,3%.");
        let fw = r.claims[0].fieldwork.as_ref().expect("fieldwork");
        assert_eq!(
            (fw.start.to_string(), fw.end.to_string()),
            ("2024-03-06".into(), "2024-03-11".into())
        );
        // A change in words before its figure belongs to that figure, not the one before.
        let r = run("Laut INSA kommt die Union auf 32 Prozent, die AfD auf 19 Prozent, die SPD verliert zwei Punkte auf 15 Prozent.");
        let figs: Vec<_> = r.claims[0]
            .figures
            .iter()
            .map(|f| (f.subject.as_str(), f.value, f.change))
            .collect();
        assert_eq!(
            figs,
            [
                ("Union", 32.0, None),
                ("AfD", 19.0, None),
                ("SPD", 15.0, Some(-2.0))
            ],
            "{r:?}"
        );
        // Every fall that can stand before its figure is a fall.
        for verb in ["drops", "loses", "falls", "fell"] {
            let text = format!(
                "In the latest YouGov poll Labour is on 40%, while Reform {verb} two points to 25%."
            );
            let r = run(&text);
            let reform = r.claims[0].figures.iter().find(|f| f.value == 25.0);
            assert_eq!(reform.and_then(|f| f.change), Some(-2.0), "{text:?}: {r:?}");
        }
    }

    #[test]
    fn names_where_articles_put_them() {
        for (text, pollster) in [
            // A weekday after the name, even behind "am", and a sample after it.
            ("Dazu hat das Institut Nordlicht am Dienstag 1200 Wahlberechtigte befragt: 40 Prozent sind dafür.", Some("Nordlicht")),
            // The people of the trade in a city describe a pollster named elsewhere.
            ("Dazu haben die Hamburger Demoskopen 1000 Bürger befragt. 55 Prozent sind für das Projekt.", None),
            // A quoted phrase in lower case is speech, not a firm; a headline's "EXCLUSIF" no
            // name either.
            ("Les critiques pleuvent, « mesures imprécises », l'institut qui publie ce sondage donne pourtant 22 % au candidat.", None),
            ("SONDAGE EXCLUSIF - 61% des Français estiment que le système est en danger.", None),
            // The agent in the instrumental case wins over the survey's title.
            ("Такі результати дослідження «Національний моніторинг», проведеного дослідницькою компанією «Бета Груп» у травні: 41% підтримують реформу.", Some("Бета Груп")),
            // German word order: the agent before the participle of the poll.
            ("In einer von der Nordsee-Stiftung veröffentlichten Umfrage gaben 48 Prozent der Befragten an, der Regierung zu vertrauen.", Some("Nordsee-Stiftung")),
            // The firm whose head presents the poll.
            ("El sondeo fue presentado por el director de Sondea Sur, Juan Pérez, quien indicó que el 28% de los encuestados aprueba la gestión.", Some("Sondea Sur")),
            // The firm's town and state are not its name; a lower-case "group" is.
            ("The poll was conducted by Harbor Metrics of Rockville, Md., and found 54% of voters back the levy.", Some("Harbor Metrics")),
            ("По данным опроса, проведенного компанией Nord group, 31,8% респондентов против новых киосков.", Some("Nord group")),
            // A town of two words before "-based"; a one-word quoted term; a show's host.
            ("A newly released poll from Palm Coast-based Tidewater Research finds the mayor at 44%.", Some("Tidewater Research")),
            ("Un sondage \"rolling\" place la candidate à 24 % des intentions de vote.", None),
            ("Il sondaggio è stato presentato a Linea Sera, il programma condotto da Marco Bianchi: il 59 per cento degli intervistati è favorevole.", None),
            // The agent after a survey's quoted title.
            ("Es una de las conclusiones del estudio \"Pulso urbano\", hecho por el CNC, que señala que el 61,7 % de los consultados siente que el país no va por buen camino.", Some("CNC")),
            // A date before the name of the poll, and its acronym after it.
            ("Based on the March 3-7, 2024 Harbor Metrics (HM) survey, 61% of adults were satisfied with the mayor.", Some("Harbor Metrics (HM)")),
            // Dates between "conducted" and "by".
            ("A poll conducted between Jan. 3 and 4 by KORSA found that 40 percent of respondents supported the president.", Some("KORSA")),
            // The trade described before the name.
            ("The Dutch polling agency Peilpunt conducted a survey of 1,012 voters, and the results showed the premier's approval at 17.3%.", Some("Peilpunt")),
            // The pollster as the subject of its finding.
            ("Datos Veraces coloca a la candidata oficialista con el 47,9% de la intención de voto.", Some("Datos Veraces")),
            // A barometer or a report of a named source.
            ("Selon le dernier baromètre politique de Sahel Conseil, le président sortant est en tête avec 23,8 %.", Some("Sahel Conseil")),
            // A methodology box.
            ("Umfrage für die Tageszeitung, Feldarbeit: Alpen Research, Stichprobe: n=600. Die SPÖ liegt bei 24 Prozent, die ÖVP bei 33 Prozent.", Some("Alpen Research")),
            // A German institute noun inflected before a name with a lower-case tail.
            ("In der Monatsumfrage des Meinungsforschungsinstituten Alpenblick research liegt die FPÖ bei 32%, die ÖVP bei 24%.", Some("Alpenblick research")),
            // A registered name in a parenthetical clause is not this poll's.
            ("Le dernier des sondages Harbor Metrics (réalisé sous la direction d'un ancien de l'Ifop, qui vient de partir) donne 60 % au président sortant.", Some("Harbor Metrics")),
            // A firm after its kind, with what it did; an attitude stated as a share.
            ("Вчера компания ДАТАСКОП выяснила, что 65 % россиян положительно относятся к новой инициативе.", Some("ДАТАСКОП")),
            ("Компания ДАТАСКОП выяснила, что 65 % россиян положительно относятся к новой инициативе.", Some("ДАТАСКОП")),
            // A Cyrillic name whose words a conjunction joins; a place after "в" is no agent.
            ("По данным опроса Северного института социально-экономических и политических исследований, 37,7% жителей доверяют мэру.", Some("Северного института социально-экономических и политических исследований")),
            ("В Україні провели соціологічне опитування: 61% мешканців задоволені роботою міського голови.", None),
            // A date and a day before the name; the outlet of a joint brand; whom a poll was for.
            ("Since a November 18 Harbor Metrics poll showed the PQ leading by 30.4% to 24.1%, more polls have agreed.", Some("Harbor Metrics")),
            ("After a grim Newshub-Tasman Research Poll for Labour saw the party trailing by 8.4 per cent, the minister spoke.", Some("Tasman Research")),
            ("Die Umfrage zeigt die Stimmung im Land. Das Unternehmen NORDA interviewte 1.000 Personen ab 16 Jahren: 77 % blicken optimistisch in die Zukunft.", Some("NORDA")),
            // A word of the trade keeps its number.
            ("The poll was conducted by Research 2000, which interviewed 1,800 adults: 54% said yes.", Some("Research 2000")),
            // A region's adjective is no organisation.
            ("Согласны с этим лишь 5% опрошенных (3% в Центральном и 15% в Южном регионах).", None),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert_eq!(r.claims[0].pollster.as_written.as_deref(), pollster, "{text:?}");
        }
        // A person read as the name gives way to the firm named just before.
        let r = run("Un estudio realizado por Datasur indica que ninguno de los dos líderes convence a los votantes. El sondeo señala que 63% está insatisfecho con los resultados mostrados por Gómez.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Datasur"),
            "{r:?}"
        );
        // A description the registry does not know, then the name it does.
        let r = run("Про це свідчать результати дослідження, проведеного Центром соціальних та маркетингових досліджень Socis: 41% підтримують кандидата.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.canonical.as_deref(),
            Some("SOCIS"),
            "{r:?}"
        );
        // A joint brand of a pollster and an outlet is the pollster's poll.
        let r = run(
            "The latest LucidTalk-Belfast Telegraph poll puts Sinn Féin on 26% and the DUP on 19%.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.canonical.as_deref(),
            Some("LucidTalk"),
            "{r:?}"
        );
    }

    #[test]
    fn standings_respondents_and_figures_in_more_words() {
        // The largest party in a poll is its finding, with no figure.
        for text in [
            "Labour is the largest party in a new YouGov poll of voting intention.",
            "Die AfD ist in einer neuen Insa-Umfrage erstmals stärkste Kraft.",
            "Fratelli d'Italia è per la prima volta primo partito in un sondaggio Swg.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(r.claims[0].pollster.canonical.is_some(), "{text:?}: {r:?}");
        }
        // The earlier wave's value between a figure and its unit.
        let r = run("In der Umfrage der Forschungsgruppe Wahlen gaben 34 (48) Prozent an, die Straßen seien eher schlecht.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].figures.first().map(|f| f.value),
            Some(34.0),
            "{r:?}"
        );
        // Respondents in words the lists lacked.
        for text in [
            "Ont été questionnés des habitants de zones rurales et de métropoles. 43% préfèrent une ville moyenne, 35% une commune rurale.",
            "По результатам исследования доверие к мэру достигло 61%, а 58% опрашиваемых довольны работой транспорта.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
        }
    }

    #[test]
    fn attribution_is_not_agreement() {
        // "de acuerdo con" after a comma attributes a statistic; after a verb it states views.
        let r = run("El paro cerró el año en el 12,1%, de acuerdo con los datos adelantados por el Instituto Nacional de Estadística.");
        assert!(r.claims.is_empty(), "{r:?}");
        let r = run("La inflación cerró el año en el 3,1%, de acuerdo con el Instituto Nacional de Estadística.");
        assert!(r.claims.is_empty(), "{r:?}");
        let r = run(
            "El 58% de los encuestados está de acuerdo con la reforma, según el Instituto Andino.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
    }

    #[test]
    fn outlets_running_their_own_polls() {
        // An outlet said to have carried the poll out, and no pollster: the outlet is the
        // source, flagged as no registered pollster (state media's own "polls" above all).
        for (text, outlet) in [
            ("Опрос, проведённый каналом RT, показал, что 64 процента опрошенных поддерживают реформу.", "RT"),
            ("A survey conducted by the Global Times found 71% of respondents back the new trade measures.", "Global Times"),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let c = &r.claims[0];
            let name = c.pollster.as_written.as_deref().unwrap_or_default();
            assert!(name.ends_with(outlet) && !name.starts_with("A "), "{text:?}: {c:?}");
            assert!(
                c.flags.iter().any(|f| f.code == crate::model::FlagCode::UnknownPollster
                    && f.detail.contains("news outlet")),
                "{text:?}: {c:?}"
            );
        }
        // An outlet the poll is only credited to published or paid for it: the sponsor, and no
        // polling organisation named.
        for (text, outlet) in [
            ("A Global Times poll suggests 71% of respondents back the new trade measures.", "Global Times"),
            ("Laut einer aktuellen Umfrage der Leipziger Volkszeitung käme die CDU auf 36 Prozent.", "Leipziger Volkszeitung"),
            ("Согласно результатам опроса, проведённого по заказу газеты Times, лишь 29% британцев поддержали бы выход из ЕС.", "Times"),
            ("Die Hälfte der in einer Spiegel-Umfrage Befragten gab an, dass die Lieferungen ausgeweitet werden sollen.", "Spiegel"),
            ("Na liderança surge o PS com 40% das intenções de voto, segundo a nova sondagem SIC/Expresso.", "SIC/Expresso"),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let c = &r.claims[0];
            assert_eq!(c.pollster.as_written, None, "{text:?}: {c:?}");
            assert_eq!(c.sponsor.as_deref(), Some(outlet), "{text:?}: {c:?}");
            assert!(
                c.flags.iter().any(|f| f.code == crate::model::FlagCode::NoPollsterNamed
                    && f.detail.contains("news outlet")),
                "{text:?}: {c:?}"
            );
        }
        // A "global online poll" of netizens is a self-selected vote, whoever ran it.
        let r = run("The think tank of Global Times released a global online poll in which 72 percent of respondents said the sanctions had failed.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert!(
            r.claims[0]
                .flags
                .iter()
                .any(|f| f.code == crate::model::FlagCode::NotAPollster),
            "{r:?}"
        );
        // An outlet that commissioned the poll is its sponsor; the pollster is still unnamed.
        for text in [
            "A survey commissioned by the Evening Standard found 58% of Londoners oppose the plan.",
            "Selon un sondage pour Le Parisien, le candidat obtient 24 % des intentions de vote.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let c = &r.claims[0];
            assert_eq!(c.pollster.as_written, None, "{text:?}: {c:?}");
            assert!(c.sponsor.is_some(), "{text:?}: {c:?}");
            assert!(
                c.flags
                    .iter()
                    .any(|f| f.code == crate::model::FlagCode::NoPollsterNamed),
                "{text:?}: {c:?}"
            );
        }
    }

    #[test]
    fn findings_in_words_and_loose_references_back() {
        // A poll stated as the source of a finding, no figure at all: a claim, with its name.
        for (text, pollster) in [
            ("Most Manitobans want the bridge rebuilt before the new arena, a new Prairie Insight poll has found.", Some("Prairie Insight")),
            ("Selon un sondage réalisé par l'institut Sahel Opinion, le maire sortant reste la personnalité la plus appréciée de la ville.", Some("Sahel Opinion")),
            ("Die Mehrheit der Pendler ist mit dem neuen Fahrplan unzufrieden. Das ergibt eine Umfrage des Beratungsunternehmens Rheinblick.", Some("Rheinblick")),
            ("Una encuesta de la consultora Andina Datos refleja que los votantes jóvenes se inclinan por la oposición.", Some("Andina Datos")),
            ("Опрос показал, что жители области в целом довольны работой нового губернатора.", None),
            ("Il quadro che emerge dal sondaggio è quello di un Paese stanco e diviso.", None),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert_eq!(r.claims[0].pollster.as_written.as_deref(), pollster, "{text:?}");
        }
        // Views stated first, the poll named after in any words: one claim with the figures.
        let r = run("Tre cittadini su quattro ritengono che il servizio sia peggiorato, e solo il 21% lo giudica buono. Lo racconta il sondaggio realizzato questa settimana dall'Istituto Lagunare.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        let name = r.claims[0].pollster.as_written.as_deref();
        assert!(name.is_some_and(|n| n.ends_with("Lagunare")), "{r:?}");
        assert!(!r.claims[0].figures.is_empty(), "{r:?}");
        // A finding just before the figures lets "won 27%" be the poll's result.
        let r = run("Соціологічне дослідження, яке провела компанія «Полтава Аналітика», виявило трійку лідерів. Партія «Зелений край» набрала 27,4% симпатій, «Рух» — 16,5%.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert!(r.claims[0].figures.len() >= 2, "{r:?}");
        // A poll reported as conducted or published by a body it names is a claim, findings
        // quoted or not: whether that body is a pollster is what a fact-checker checks (the
        // twelfth round's four blind sets of published passages label such reports as polls;
        // four earlier sets had counted the bare methodology notes among hard negatives, see
        // app/claims/README.md). Without a name, or with a weak word ("pesquisa", "study")
        // and a name the registry does not know, or a poll still to come, it is none.
        for (text, pollster) in [
            ("Соціологічна компанія «Дніпро Соціо» провела опитування щодо ситуації в області.", "Дніпро Соціо"),
            ("L'institut Azur Études a publié vendredi un sondage régional des intentions de vote.", "Azur Études"),
            ("Die Umfrage hat das Forschungsinstitut Nordblick im Auftrag des Senders durchgeführt. Befragt wurden 1203 Personen.", "Nordblick"),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let written = r.claims[0].pollster.as_written.as_deref().unwrap_or("");
            assert!(written.contains(pollster), "{text:?}: {written:?}");
        }
        assert_no_claims(&[
            "Un sondage réalisé par un cabinet étranger a interrogé un échantillon de 1 000 électeurs.",
            "As eleições acontecem em outubro. A pesquisa foi realizada pelo Instituto Serrano de Pesquisas.",
            "L'institut Azur Études publiera lundi un sondage régional. Il sera dévoilé à 20 heures.",
            "Die neue Umfrage des Instituts Nordblick wird am Montag veröffentlicht.",
        ]);
        for (text, pollster) in [
            ("La coalición volvería a ganar en la provincia. Así se desprende del último sondeo realizado por Demoscopia Atlántica.", "Demoscopia Atlántica"),
            ("Le maire sortant l'emporterait dès le premier tour. C'est ce que montre le sondage réalisé par l'institut Azur Études.", "Azur Études"),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some(pollster), "{text:?}");
            assert_eq!(r.claims[0].span[0], 0, "the finding before is the claim's: {r:?}");
        }
        // A poll brand's standing, a camel-case firm, answers stated as a share, a partner
        // named with "em conjunto com", a Latin name after a Cyrillic description and a comma.
        for (text, pollster) in [
            ("A CNT divulgou a Pesquisa CNT de Opinião realizada em conjunto com o Instituto MDA: 70% aprovam a medida.", Some("MDA")),
            ("Die Denkfabrik Nordbrücke hat im Mai eine Umfrage unter 900 Personen durchgeführt, 61 Prozent der Befragten sind unzufrieden.", Some("Nordbrücke")),
            // What follows a name is not its own: a weekday, an adjective of the poll, a date.
            ("The survey, released by the Lakeside University Polling Institute on Wednesday, found 45% back the mayor.", Some("Lakeside University Polling Institute")),
            ("A Quinnipiac University national poll found 45% back the mayor.", Some("Quinnipiac University")),
            ("Secondo l'ultimo sondaggio di Demolab del 3 marzo, il sindaco è al 48%.", Some("Demolab")),
            ("Опитування, проведене Міжнародним соціологічним інститутом, показало, що 60% мешканців підтримують мера.", Some("Міжнародним соціологічним інститутом")),
            ("Die Deutschen sehen das Verhältnis zu Frankreich kritisch (48 Prozent der Befragten). Dies wird durch die Daten des Instituts Allensbach belegt.", Some("Allensbach")),
            ("Об этом свидетельствует опрос общественного мнения, проведенный компанией Nistru Data: 73% жителей уверены в победе.", Some("Nistru Data")),
            ("The latest Newspoll has Labor and the Coalition tied on two-party preferred.", Some("Newspoll")),
            ("Menée par l'institut de sondage iQuanta auprès de 1.000 Belges, l'enquête montre que 62 % d'entre eux ont confiance dans les agriculteurs.", Some("iQuanta")),
            ("El 55% ha contestado que sí debería convocarse una consulta, frente al 36% que se inclina por el no.", None),
            ("Більше 40% громадян не вірять у здатність лікарень впоратися з епідемією.", None),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert_eq!(r.claims[0].pollster.as_written.as_deref(), pollster, "{text:?}");
        }
        // A survey word run by a research organisation; an Italian confirmation; a turnout
        // forecast attributed to a poll; a finding "said in the poll".
        for (text, pollster) in [
            ("A pesquisa do Clube da Opinião Serrana aponta o prefeito nas primeiras colocações.", Some("Clube da Opinião Serrana")),
            ("Если бы выборы проводились сейчас, в парламент прошли бы пять партий, говорится в опросе социологической группы «Вектор».", Some("группы «Вектор»")),
            ("Il sondaggio Ipsos conferma la Lega come primo partito.", Some("Ipsos")),
            ("Segundo a sondagem da Universidade Católica, a taxa de abstenção ficará entre os 45% e os 50%.", Some("Universidade Católica")),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let name = r.claims[0].pollster.as_written.as_deref();
            assert!(name.is_some_and(|n| n.ends_with(pollster.unwrap())), "{text:?}: {r:?}");
        }
        // Social-media analytics presented as opinion, with no poll word, and a site's own
        // votes counted in visitors, clicks or "our questionnaire": claims that are not polls.
        for text in [
            "Teilgenommen haben über 300 Besucher unserer Webseite. 51 Prozent der Teilnehmer wählten den Bürgermeister, auf die Herausforderin entfielen 40 Prozent der Klicks.",
            "Notre questionnaire en ligne met en évidence 64 % de oui.",
            "The analytics firm Tweetscope analysed two million tweets and found the senator is now the most popular candidate.",
            "Un estudio de la consultora Redmetría demuestra, a base de análisis de redes sociales, quién es el candidato más popular.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(not_a_pollster(&r.claims[0]), "{text:?}: {r:?}");
        }
        // Not findings of an opinion poll.
        assert_no_claims(&[
            "The minister wrote on Twitter that inflation fell to 3% in May.",
            "Une enquête menée par la police judiciaire a permis d'identifier le suspect.",
            "Les réseaux sociaux ont beaucoup commenté la décision du maire.",
            "Exit polls will be published at 9 pm, based on surveys conducted by Ipsos for the public broadcaster.",
            "Le taux de participation était de 51,45 % à 17 heures, confirmant les analyses des instituts de sondage.",
            "Pollsters have struggled to reach younger voters for years.",
            "Polls were wrong in 2016, and many voters no longer trust them.",
            "Police surveyed the damage and found three cars burnt out.",
            "La production pourrait augmenter de 12 % en 2027. C'est le troisième sondage géologique foré dans la zone cette année.",
            "Явка избирателей к полудню составила 15,3%. В ЦИК уточнили, что данные собраны телефонным опросом участковых комиссий.",
            "A study published in the Lancet found that patients on the new drug recovered faster.",
        ]);
    }

    #[test]
    fn ratings_and_views_stated_as_shares() {
        // A rating in the public's eyes stated as a share is a poll's finding, named or not.
        for text in [
            "La desaprobación del gobierno ya alcanza el 61,6% y la imagen negativa del presidente el 59,6%.",
            "Le taux d'approbation du président est passé de 41 % à 38 % en un mois.",
            "Die Beliebtheit der Kanzlerin sank im Juni auf 42 Prozent.",
            "Рівень довіри до уряду впав до 23%.",
            "O governador goza de um índice de aprovação de 52%, pouco mais de um ano após a posse.",
            "Il gradimento del premier resta alto, al 69 per cento.",
            // "Nivel de" is no confidence level; votes elsewhere in the sentence are no vote.
            "El nivel de aprobación de su gestión es del 53%, pese a las medidas.",
            "Sempre alto, al 69 per cento, il gradimento del premier, con quattro partiti divisi da pochi voti.",
            "Su cento elettori il 64 per cento è per l'obbligo.",
            // Any population, with a verb of support, opposition, trust or a stated view.
            "El 80% de los gallegos tienen una opinión negativa sobre la reforma.",
            "El 57% de los votantes hispanos apoya a los demócratas.",
            "Among them, 54% are against any military participation.",
            "En outre, 56,4 % ne font pas confiance au maire pour redresser les comptes.",
            "63% of Zambians prefer democracy to other forms of government.",
            "Questionados sobre o culpado, 62% dos eleitores apontaram o governo.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert_eq!(r.claims[0].pollster.as_written, None, "{text:?}");
        }
        // A share in words, stated by a named poll.
        let r = run("Dos terceras partes de los votantes apoyan la reforma, aseguró hoy un sondeo de Cifras Andinas.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Cifras Andinas")
        );
        // Votes of assemblies, approvals by regulators and counts are not ratings.
        assert_no_claims(&[
            "The bill won approval with 61% of the votes in the Senate.",
            "FDA approval came after a trial in which 40% of patients improved.",
            "La aprobación de la ley en el Congreso llegó con el 58% de los votos.",
            "He added that with 50 percent of votes already tallied, more than 95 percent are in favor of joining.",
            "96.8% of islanders want to join the federation\n96.8% of island electors voted for joining. All ballots have been counted.",
        ]);
        // Poll vocabulary at the head of a sentence is no pollster's name.
        let r = run(
            "Opinion polling in late April showed that over 80% of residents approve of the mayor.",
        );
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written, None, "{r:?}");
    }

    #[test]
    fn names_in_more_published_constructions() {
        for (text, pollster) in [
            // A head of state before a person is no firm's head.
            ("El presidente de la República, Carlos Mena, recibió un 71 % de aprobación, de acuerdo con la encuesta más reciente de la firma Consultores Andinos.", Some("Consultores Andinos")),
            // A date after the name is not part of it.
            ("Some 61% of residents back the plan, according to a survey published by the Harbour Civic Foundation on Aug. 22.", Some("Harbour Civic Foundation")),
            // A source in a trade's words, an outlet that ran its own poll, a poll noun right
            // before a party-like name, a Latin name after Cyrillic words.
            ("Selon Sigma Conseil, le parti reste le plus fort avec 32,6 % des intentions de vote.", Some("Sigma Conseil")),
            ("President Mena ended the year with a 69% approval rating, according to the latest national poll conducted by the newspaper Valley Courier.", Some("Valley Courier")),
            ("Pesquisa Vox Populi encomendada pelo sindicato revelou que 58% dos eleitores aprovam o prefeito.", Some("Vox Populi")),
            ("Об этом свидетельствуют данные опроса, представленного сегодня компанией iPoll. Таким образом 30% опрошенных считают мэра сильным политиком.", Some("iPoll")),
            // Poll vocabulary is nobody's name.
            ("Verschiedene Umfragen sehen die Partei bei 20 Prozent.", None),
            // Who ran the poll, named right after a claim that named no one.
            ("The majority of residents (57%) support the new bridge. This is evidenced by results of a survey conducted by pollster Delta Metrics.", Some("Delta Metrics")),
            // A standing that emerges from a poll.
            ("Dupont, Martin et Leroy : c'est le trio de tête qui émerge du sondage réalisé par Statis Conseil.", Some("Statis Conseil")),
            // A majority of the respondents without an article.
            ("Grande parte dos entrevistados concorda que os impostos são altos.", None),
            // A Cyrillic association's description stops before a participle.
            ("За партию проголосовали бы 47,3% респондентов. Таковы данные опроса, проведенного Ассоциацией социологов и демографов и представленные сегодня.", Some("Ассоциацией социологов и демографов")),
            // Two pollsters joined by "and": the registered one is named, whole.
            ("A new poll from the Lakeside Institute for Peace Studies and The Associated Press-NORC Center for Public Affairs Research finds that 61% of adults back the treaty.", Some("Associated Press-NORC Center for Public Affairs Research")),
            // A finding in words after an abbreviation's dot ("registrada no TSE sob o no. …").
            ("Um levantamento realizado pela Serra Dados, registrado no TSE sob o no. BA-00025/2012, aponta a ex-prefeita como a candidata mais bem situada.", Some("Serra Dados")),
            // "de opinión" between the poll noun and its pollster.
            ("El último sondeo de opinión de Cifras Andinas ubica la intención de voto a favor de dos precandidatos. Ambos concentran el 57,8% de la intención de voto.", Some("Cifras Andinas")),
            // A news agency reporting a poll is not its pollster.
            ("Unas siete mil entrevistas confirman que los vecinos priorizan la paz, asegura el reporte de la Agencia Andina de Noticias. De acuerdo con el sondeo, el 81 por ciento de los encuestados está de acuerdo con el plan.", None),
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let c = &r.claims[0];
            assert_eq!(c.pollster.as_written.as_deref(), pollster, "{text:?}: {c:?}");
            if pollster.is_some() {
                assert_ne!(c.sponsor, c.pollster.as_written, "{text:?}: {c:?}");
            }
        }
        // A party-like pollster named as the poll's agent, its commissioner after "sob
        // encomenda de"; a registered name in quotation marks, written without them.
        let r = run("Levantamento feito pelo Vox Populi, sob encomenda do Sindicato dos Bancários, aponta que 61% dos eleitores aprovam o prefeito.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Vox Populi")
        );
        assert_eq!(
            r.claims[0].sponsor.as_deref(),
            Some("Sindicato dos Bancários")
        );
        let r = run("The opinion poll conducted by the sociology group ‘Rating’ shows that 64% of Ukrainians back membership.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Rating"));
        assert_eq!(
            r.claims[0].pollster.canonical.as_deref(),
            Some("Rating Group")
        );
        // A programme's title cut at "a" is still the programme; what the institute is
        // ("Demoscopico") does not hide its registered name.
        let r = run("Porta a Porta pubblica il sondaggio realizzato dall'Istituto Demoscopico Noto Sondaggi: la Lega è al 23,5%.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.canonical.as_deref(),
            Some("Noto Sondaggi"),
            "{r:?}"
        );
        // The commissioner as a compound adjective, the pollster before "public-opinion poll".
        let r = run("The latest Herald-commissioned Anna Kowal public-opinion poll found that 31 per cent of voters back the governing party.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Anna Kowal")
        );
        assert_eq!(r.claims[0].sponsor.as_deref(), Some("Herald"));
        // A registered pollster named as who carried out the poll of an unknown commissioner.
        let r = run("61 Prozent der Bürger sind mit dem Nahverkehr zufrieden. Das ist das Ergebnis einer Umfrage der Stiftung Stadtleben unter 1.200 Bürgern. Durchgeführt wurde die Umfrage von Forsa.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Forsa"),
            "{r:?}"
        );
        assert!(
            r.claims[0]
                .sponsor
                .as_deref()
                .is_some_and(|s| s.ends_with("Stadtleben")),
            "{r:?}"
        );
        // An outlet and an unknown pollster written as a pair: the outlet is the sponsor.
        let r = run("Support for the party has dropped to 27%, the latest Sunday Independent/Civic Pulse opinion poll suggests.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].sponsor.as_deref(), Some("Sunday Independent"));
        assert!(r.claims[0]
            .pollster
            .as_written
            .as_deref()
            .is_some_and(|n| n.ends_with("Civic Pulse")));
        // A headline stating the finding and the body naming the pollster: one claim.
        let text = "Sondage : deux Français sur trois opposés à la réforme\nPublié le 3 mars\nSelon un sondage Elabe publié ce matin, 64 % des Français sont opposés à la réforme.";
        let r = run(text);
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Elabe"));
        assert_eq!(r.claims[0].span[0], 0, "{r:?}");
    }

    #[test]
    fn names_ending_in_multibyte_punctuation() {
        // A candidate name ending in '’' (three bytes) once cut a character in two and
        // panicked on a published passage of this shape.
        let r = run("The poll, run by an account called FairPolls, asked Twitter users on FoundersDay (May 4) “Who is a better Mayor of the City?” The choices were either ‘Mayor Smith’ or ‘Mayor Jones’. A total of 2,589 users took the poll and 61% chose Mayor Smith.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
    }

    #[test]
    fn search_interest_is_not_a_poll() {
        // Search-engine interest presented as who leads: a claim, and not a poll.
        for text in [
            "Die Grünen meistgesuchte Partei\nWertet man das Google-Suchaufkommen als Indikator aus, so führt die Partei mit 31 Prozent vor der CDU.",
            "O candidato mais buscado é o prefeito: o nome dele apareceu em cerca de 44% das pesquisas online na última semana.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(not_a_pollster(&r.claims[0]), "{text:?}: {r:?}");
        }
    }

    #[test]
    fn results_without_shares_and_references_back() {
        for text in [
            "Backing for the four-day week has risen sharply, a new poll shows.",
            "Support for the governor is down five points since March, according to a Marist poll.",
            "La sondagem indica uma descida de 6 pontos nas intenções de voto no PS.",
            "A pesquisa mostrou que 58% concordam com a medida e 30% discordam.",
            "Deux tiers des Belges soutiennent la réforme. Un tiers s'y oppose toujours. Ce sont les résultats d'une enquête menée par l'Institut Dedicated.",
            "Il 64% degli elettori è favorevole al tetto. E tra loro, anche molti elettori della Lega. È il risultato di un sondaggio di Euromedia Research.",
            // More references back, a ratio of one in two, a good part of.
            "54 Prozent der Befragten sind mit der Regierung zufrieden (-3 Punkte). Das hat eine Umfrage von Infratest dimap ergeben.",
            "Solo un elettore su tre ritiene giusta la riforma. È questo uno dei risultati di un sondaggio svolto da Tecnè.",
            "Chez les retraités, c'est un Français sur deux qui se dit inquiet, selon un sondage publié ce mardi par Elabe.",
            "Une bonne partie des Espagnols pensent que la guerre est perdue, a révélé un sondage Ifop.",
            "Підтримка партії знижується, натомість зростає підтримка опозиції. Про це свідчать результати дослідження Центру SOCIS.",
        ] {
            assert!(!run(text).claims.is_empty(), "no claim in {text:?}");
        }
        // A population's views as a share, with no poll word: a claim that names no poll.
        for text in [
            "L'84 per cento degli italiani ritiene che i partiti non ascoltino i cittadini.",
            "Nur 18 Prozent der Deutschen finden die Erhöhung richtig.",
            "В том, что страна движется в верном направлении, уверены 61% россиян.",
            "Al menos 63 de cada 100 personas consideran que es peligroso vivir en su ciudad.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(r.claims[0]
                .flags
                .iter()
                .any(|f| f.code == crate::model::FlagCode::NoPollsterNamed));
        }
        assert_no_claims(&[
            "Inflation is up two points since March, the statistics office said.",
            "Some 51.9% of voters backed leaving the European Union in the referendum.",
            "Il 45 per cento degli italiani vive in una città con più di 50.000 abitanti.",
            "The poll body said final turnout was 61.4%, up from 58% in 2019.",
            "Опитування проводять поблизу 60% виборчих дільниць, повідомили спостерігачі.",
        ]);
    }

    #[test]
    fn seventh_round_names_and_references() {
        let written = |text: &str| {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            r.claims[0].pollster.as_written.clone()
        };
        // A figure after the name is not part of it.
        assert_eq!(
            written("В опросе Соцмониторинга 71% назвали реформу ошибкой.").as_deref(),
            Some("Соцмониторинга")
        );
        // "collected by", and an acronym after "рейтинг".
        assert_eq!(
            written("The results of the survey, which were collected by Stratagem Polling and released on Monday, show 58% of voters backing the plan.").as_deref(),
            Some("Stratagem Polling")
        );
        assert_eq!(
            written("Кандидат від опозиції у рейтингу ЦСДМ посідав перше місце з 21,4%.")
                .as_deref(),
            Some("ЦСДМ")
        );
        // A poll noun and what follows it, people of the trade, an election authority and a
        // newspaper that published the poll are not who carried it out.
        for text in [
            "Eine Umfrage des Instituts unter 1.000 Deutschen zeigt: 44 Prozent sind dafür.",
            "Sociologists have found that 40% of Britons believe the bill goes too far.",
            "A new poll published by The Guardian on Monday found 52% of voters oppose the plan.",
            "Le sondage publié par Le Monde ce matin montre que 61 % des Français sont inquiets.",
        ] {
            assert_eq!(written(text), None, "{text:?}");
        }
        let r = run("Опозиційний кандидат, який за даними ЦВК переміг, у рейтингах посідав восьме місце з 4,4%.");
        assert!(
            r.claims
                .iter()
                .all(|c| c.pollster.as_written.as_deref() != Some("ЦВК")),
            "{r:?}"
        );
        // A firm named after its trade keeps its name.
        assert_eq!(
            written(
                "La firma Sondeos Altamira asegura que el alcalde obtendría el 38% de los votos."
            )
            .as_deref(),
            Some("Sondeos Altamira")
        );
        // Shares in words, then a reference to the poll: a claim without figures.
        let r = run("По мнению большинства немцев, правительство действует слишком медленно. Треть опрошенных считает иначе. Об этом сообщает газета со ссылкой на опрос Forsa.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Forsa"));
        // A pollster's name alone over lines of standings: the heading of its results, each
        // line's label its subject.
        let r = run("Три компанії оприлюднили нові рейтинги.\n\nSOCIS (2-9 травня)\nПетренко – 28,4%\nКоваль – 19,1% (+2)\nМельник – 11%");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("SOCIS"));
        let subjects: Vec<&str> = r.claims[0]
            .figures
            .iter()
            .map(|f| f.subject.as_str())
            .collect();
        assert_eq!(subjects, ["Петренко", "Коваль", "Мельник"]);
        // A past-tense verb of trust before the share; a foundation named in quotation marks.
        assert_eq!(
            written(
                "Минулого року, за даними Фонду “Громадська думка”, уряду довіряли 31% українців."
            )
            .as_deref(),
            Some("Фонду “Громадська думка”")
        );
        // "do centro X"; "Levada" alone; a poll shared by an account is not its author's.
        assert_eq!(
            written("Assim, 61% dos russos aprovam o governo, indica o estudo do centro independente Levada.").as_deref(),
            Some("Levada")
        );
        assert_eq!(
            written("Some 54% of voters back the deal, according to a new poll shared on Telegram by the Office for Public Outreach.").as_deref(),
            None
        );
        // Votes of readers counted, a poll among an account's followers, a poll run on
        // YouTube or VK: informal votes.
        for text in [
            "Il 41,2 per cento dei votanti, pari a 3120 lettori, ha scelto il sindaco uscente nel sondaggio.",
            "The claim traces back to a poll run by a blogger among his (mostly anonymous) Telegram followers, which gave the mayor 9%.",
            "Опрос провели в YouTube и ВКонтакте: 67 процентов участников поддержали закон.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(not_a_pollster(&r.claims[0]), "{text:?}: {r:?}");
        }
        // A name inside a longer one is part of it; an acronym in commas after the name;
        // "é creditada ao".
        assert_eq!(
            written("O Instituto Serrano de Pesquisas Eleitorais, ISPE, realizou, em março, uma pesquisa em que o governador aparece com 41% das intenções de voto.").as_deref(),
            Some("Instituto Serrano de Pesquisas Eleitorais")
        );
        assert_eq!(
            written("A pesquisa é creditada ao Instituto Vale Norte: o prefeito tem 38% das intenções de voto.").as_deref(),
            Some("Instituto Vale Norte")
        );
        // A person of the firm; a German trade compound before a domain name; a plural
        // adjective opening the sentence.
        assert_eq!(
            written("A poll carried out this week by Dana Whitfield of Harbor Metrics Research shows the mayor at 36 percent.").as_deref(),
            Some("Harbor Metrics Research")
        );
        assert_eq!(
            written("Das Wahlforschungsunternehmen wahltrend-nord.de hat bei einer Befragung ermittelt: Die SPD liegt mit 34 Prozent vorne.").as_deref(),
            Some("wahltrend-nord.de")
        );
        assert_eq!(
            written("Соціологічні опитування демонструють, що чинний мер очолює рейтинг із 38% підтримки.").as_deref(),
            None
        );
        // A registered name and its product; a one-word owner's product; a word in
        // quotation marks that names no one.
        let registry = Registry::builtin();
        assert!(matches!(
            registry.lookup("YouGov Global Consumer Tracker", None),
            Lookup::Found { .. }
        ));
        assert!(matches!(
            registry.lookup("Ipsos Zephyr Analytics", None),
            Lookup::NotFound
        ));
        assert_eq!(
            written("Some 61% of shoppers buy own-label goods, according to Ipsos's Spring ShopperView.").as_deref(),
            Some("Ipsos")
        );
        let r =
            run("O candidato que lidera a pesquisa “Fake” tem apenas 2,2% na pesquisa registrada.");
        assert!(
            r.claims
                .iter()
                .all(|c| c.pollster.as_written.as_deref() != Some("Fake")),
            "{r:?}"
        );
        // After "according to the poll" with no comma, a name with a verb and a figure is who
        // the figure is about; a registered name there is still the pollster.
        assert_eq!(
            written("Secondo il sondaggio Rossetti (Lista Civica) raggiungerebbe il 33,2% dei voti, contro il 30,1% di Bianchi.").as_deref(),
            None
        );
        assert_eq!(
            written("Según ese estudio Ramírez Soto (RS) logra un 42% de intención de voto, frente al 39% de Pardo.").as_deref(),
            None
        );
        assert_eq!(
            written(
                "Selon le sondage Ifop publié hier, le maire obtient 41 % des intentions de vote."
            )
            .as_deref(),
            Some("Ifop")
        );
        // A generic trade word, and a German agency compound before the quoted name.
        assert_eq!(
            written("Bei der jüngsten Umfrage der Meinungsforschungsagentur \"Nord Analytica\" kam Labus auf 29,5 Prozent.").as_deref(),
            Some("Nord Analytica")
        );
        // A poll said to be going round, its pollster named, its figures not quoted: a claim
        // (is the pollster real?). The same note in a report is not ("seventh round" in the
        // README: the labellers disagree on such notes).
        let r = run("Circula nas redes uma pesquisa sobre a eleição para prefeito. Na mensagem, a pesquisa é creditada ao Instituto Horizonte Sul, que diz ter entrevistado 900 pessoas.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Instituto Horizonte Sul")
        );
        assert!(run("As eleições acontecem em outubro. A pesquisa foi realizada pelo Instituto Horizonte Sul.").claims.is_empty());
        // A firm introduced by what it is called.
        let r = run("En la red social X se hizo viral una supuesta encuesta atribuida a una empresa llamada Sondea3, con el 44% para el alcalde.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Sondea3"));
        // An owner of several words, its survey's name after it; a party abbreviation.
        let r = run("Some 61% of adults pray daily, according to the Pew Forum's U.S. Religious Landscape Survey.");
        assert_eq!(
            r.claims[0].pollster.canonical.as_deref(),
            Some("Pew Research Center"),
            "{r:?}"
        );
        // Television audience measurement and a study published in a medical journal.
        assert_no_claims(&[
            "По данным TNS Gallup Media, сериал собрал у экранов 11,4% телезрителей, доля составила 32%.",
            "Fewer than 12% of the 9,800 people in the study, published in Annals of Internal Medicine, met all four targets.",
        ]);
        // A view stated before the share, in words of percent.
        let r = run("Положительно относятся к губернатору 52 процента жителей области, отрицательно — 31 процент.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        // First-round results announced, polls only mentioned.
        assert!(run("Déjouant les sondages, le maire sortant est arrivé en tête à l'issue du premier tour, avec 31,2 % des voix.").claims.is_empty());
        // A business survey's finding in words, its index in the next sentence.
        assert!(run("Die Stimmung in der Industrie hat sich laut einer Umfrage von S&P Global weiter eingetrübt. Der Einkaufsmanagerindex sank auf 45,2 Punkte.").claims.is_empty());
    }

    #[test]
    fn eighth_round_findings_populations_and_indexes() {
        let one = |text: &str| {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            r.claims.into_iter().next().expect("one claim")
        };
        let none = |text: &str| {
            let r = run(text);
            assert!(r.claims.is_empty(), "claim in {text:?}: {r:?}");
        };
        // A weak word stating a finding waits for figures about a population.
        let c = one("Un estudio elaborado por la consultora Datanova revela que el teletrabajo llegó para quedarse.\nEn concreto, el 41,5% de los trabajadores teletrabaja dos días por semana y un 12% lo hace a diario.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Datanova"));
        // …but a study's finding is not the poll of the next poll sentence, and research
        // figures that are no population's share are not its findings.
        let r = run("Eine Studie der Universität Kassel zeigt, dass Gründächer Regenwasser speichern. Laut einer Forsa-Umfrage wollen 48 Prozent der Mieter ein Gründach.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Forsa"));
        assert!(r.claims[0].span[0] > 60, "{r:?}");
        none("A study by the University of Leeds shows that the new coating works. Corrosion fell by 40% in the tests.");
        // A registry name as the subject of a finding verb.
        let c = one("Ipsos found that 44% of commuters would pay more for a faster train.");
        assert_eq!(c.pollster.canonical.as_deref(), Some("Ipsos"));
        // A population's share keeps a poll sentence from the economic-terms reject.
        let c =
            one("Selon le sondage, 62 % des Français jugent que l'inflation pèse sur leur budget.");
        assert!(c.figures.iter().any(|f| f.value == 62.0), "{c:?}");
        one("Secondo il sondaggio, per il 70% degli italiani l'inflazione resterà alta.");
        // A people's name used as an adjective stays an economic statement.
        none("Selon l'Insee, le PIB français a progressé de 0,3 % au troisième trimestre.");
        // References back in more words.
        let c = one("27 %\n\nC'est la part des salariés qui déjeunent devant leur écran. Ce chiffre est tiré d'une enquête de l'institut Kantar pour un fabricant de mobilier.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Kantar"));
        let c = one("Il 63% degli italiani vorrebbe più treni notturni. Lo rivelano i dati dell'indagine dell'istituto Ixè.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Ixè"));
        one("Entre os jovens, 58% usam o celular na cama. Os dados são da pesquisa Juventude Digital, realizada pelo Instituto Quorum Brasil.");
        // Shares of a population stated with a verb of saying.
        one("Près de 55 % des Français disent avoir renoncé à un voyage cette année.");
        // Organisations described in lower case between their kind and their name.
        let c = one("De acordo com um estudo da consultora de recursos humanos Talentia Plus, 31% dos trabalhadores portugueses querem mudar de emprego.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Talentia Plus"));
        // "Here are the results." and the poll's question between the poll and its figures.
        let c = one("Thanks to everyone who voted in our readers' poll on the bypass.\nHere are the results.\nShould the bypass be built?\nYes 61%\nNo 39%");
        assert!(not_a_pollster(&c), "{c:?}");
        // A pollster named before the comparison with another poll names the claim's poll.
        let c = one("Segundo pesquisa realizada pelo Datafolha, os paulistanos andam menos de ônibus do que em outra pesquisa, de 2019. O levantamento mostra que 38% usam o ônibus todo dia.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Datafolha"));
        // Indexes read in points, confidence surveys, a central bank's survey.
        none("Das Konsumbarometer des Handelsverbands ist im Mai um 1,3 Punkte auf 94,1 Punkte gesunken.");
        none("Індекс ділових очікувань у серпні знизився на 2,4 п. до 98,7 п.");
        none("O indicador recuou 1,8 ponto, para 91,5 pontos, reflexo das últimas sondagens de confiança.");
        // A poll's barometer states leads in points beside its shares.
        one("El barómetro del CIS de mayo da al PP el 33,1%, 1,4 puntos por delante del PSOE.");
        // A co-brand whose other parts are outlets joined by "et" is the pollster's.
        let c = one("Le MR reste en tête en Wallonie avec 26 %, selon un sondage réalisé par Ipsos-Le Soir-RTL-Het Laatste Nieuws et VTM.");
        assert_eq!(c.pollster.canonical.as_deref(), Some("Ipsos"), "{c:?}");
        // A German trade compound joined by "und" before a registered name (found on set 34
        // after its held-out score was taken).
        let c = one("Nach einer neuen Erhebung des Markt- und Meinungsforschungsinstituts Ipsos halten 38 Prozent der Befragten die Reform für gescheitert.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Ipsos"));
        // A poll series' name before "da" and its pollster.
        let c = one("De acordo com a última sondagem do Barómetro Hábitos Digitais da Quantix, 47% dos portugueses fazem compras online todas as semanas.");
        assert_eq!(c.pollster.as_written.as_deref(), Some("Quantix"));
    }

    #[test]
    fn ninth_round_names_across_scripts_and_languages() {
        let pollster = |text: &str| {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            let p = r.claims.into_iter().next().expect("one claim").pollster;
            (p.as_written, p.canonical)
        };
        // (text, pollster as written, registry entry if registered)
        let cases: &[(&str, &str, Option<&str>)] = &[
            // A Cyrillic acronym in each language's own Latin letters, and in the Latin
            // letters that look like it.
            ("Según una encuesta del centro VZIOM, el 70% de los rusos apoya al presidente.", "VZIOM", Some("VTsIOM")),
            ("Selon un sondage de l'institut KMIS, 60 % des Ukrainiens font confiance à l'armée.", "KMIS", Some("KIIS")),
            ("Selon les données recueillies par l'Institut international de sociologie de Kyiv (KMIC) en décembre, 52 % des Ukrainiens gardent confiance en l'armée.", "KMIC", Some("KIIS")),
            // A registered name translated word by word, and cut at its first lower-case word.
            ("Laut einer Umfrage des Kiewer internationalen Soziologie-Instituts vertrauen 60 Prozent der Ukrainer der Armee.", "Kiewer internationalen Soziologie-Instituts", Some("KIIS")),
            ("Segundo uma sondagem do Centro Russo para Estudos da Opinião Pública, 70% dos russos apoiam o presidente.", "Centro Russo para Estudos da Opinião Pública", Some("VTsIOM")),
            ("Laut einer Umfrage des Instituts Russisches Feld unterstützen 60 Prozent der Russen die Regierung.", "Russisches Feld", Some("Russian Field")),
            ("La confianza en el presidente ha aumentado al 81,3%, según una encuesta del Centro de Investigación de Opinión Pública de Toda Rusia.", "Centro de Investigación de Opinión Pública de Toda Rusia", Some("VTsIOM")),
            // A translated description before the acronym it describes.
            ("Laut einer Umfrage des Allrussischen Meinungsforschungsinstituts WZIOM unterstützen 70 Prozent den Präsidenten.", "WZIOM", Some("VTsIOM")),
            // A German "w" for "в"; a Latin name in Cyrillic letters and in another case.
            ("Eine Umfrage des Instituts Razumkow zeigt, dass 66,5 Prozent der Befragten davon ausgehen.", "Razumkow", Some("Razumkov Centre")),
            ("В текущем опросе Лазарсфельда 35% австрийцев поддерживают партию.", "Лазарсфельда", Some("Lazarsfeld Society")),
            // A body named by its kind, then its own name in quotation marks; a German name's
            // description after "für".
            ("Porém, uma sondagem realizada pelo Centro Analítico “Causa Europeia Comum” atribui a vitória ao candidato, com 31 por cento dos votos.", "Centro Analítico “Causa Europeia Comum”", None),
            ("Das ergab eine Umfrage des Zentrums für soziale Überwachung, nach der 49,4 Prozent der Bürger den Präsidenten unterstützen.", "Zentrums für soziale Überwachung", None),
            // An unknown possessor before a registered pollster; an unknown body and a
            // registered one; a description before a name.
            ("An opinion poll by Russia’s independent Levada Center has found that 61% of Russians approve.", "Levada Center", Some("Levada Center")),
            ("A poll by Centre for Cities and Focaldata found that 58% of residents want more buses.", "Focaldata", Some("Focaldata")),
            ("Laut einer Umfrage des Instituts für Markt- und Meinungsforschung Talvera wollen 41 Prozent der Befragten umziehen.", "Talvera", None),
            // Romance names in lower case after their head noun, joined by a conjunction; a
            // poll "presented by", "commissioned from" or "done by" its pollster; a poll's
            // capitalised brand after an ordinal; a name run on into the next sentence.
            ("Un tercio de la población aboga hoy por la unión, según una encuesta realizada este junio por el Instituto independiente de estudios socioeconómicos y políticos.", "Instituto independiente de estudios socioeconómicos y políticos", None),
            ("Selon un sondage de l'Institut d'études sociales et d'analyses, 52 % des électeurs soutiennent le président.", "Institut d'études sociales et d'analyses", None),
            ("Almeno questo è quanto mostrano i dati di un sondaggio presentato da Metrica Est, secondo il quale la presidente sarebbe al 36%.", "Metrica Est", None),
            ("Il partito ha commissionato un sondaggio ad Ixtra sulle intenzioni di voto nella regione. La coalizione è data al 42,5%.", "Ixtra", None),
            ("In the first Riverside College Poll conducted since he entered the race, the governor is the choice of 27% of Republicans.", "Riverside College", None),
            ("È in corso un nuovo sondaggio, che viene fatto dal gruppo Demetra, sulle prossime elezioni. Il primo aveva visto Rolando avanti con il 47%.", "Demetra", None),
            ("Selon un sondage réalisé par Insomar.Les résultats montrent que 52 % des électeurs soutiennent le maire.", "Insomar", None),
            // A translated name that is not the registered one stays unknown.
            ("Laut einer Umfrage des Ukrainischen Instituts für Soziologie vertrauen 60 Prozent der Ukrainer der Armee.", "Ukrainischen Instituts für Soziologie", None),
        ];
        for &(text, written, canonical) in cases {
            let (w, c) = pollster(text);
            assert_eq!(w.as_deref(), Some(written), "{text}");
            assert_eq!(c.as_deref(), canonical, "{text}");
        }
        // Analytics presented as opinion (online conversations, sentiment, shares of
        // interactions), its source named in the study sentence beside them; informal votes in
        // more words (a site's own poll, users who voted, a studio vote, a Twitter poll in
        // German, a spontaneous poll, readers' circles).
        let c = one_flagged("Lo rivela una ricerca di Retemetrica. «Più del 70% degli utenti in rete esprime un sentiment negativo sul governo».", crate::model::FlagCode::NotAPollster);
        assert_eq!(c.pollster.as_written.as_deref(), Some("Retemetrica"));
        for text in [
            "De acordo com um estudo da empresa de análise de redes Redemetria, o candidato é responsável por 64% das interações na campanha.",
            "Primo sondaggio lanciato dal nostro quotidiano: in totale hanno votato 268 utenti e il sindaco uscente è al 41%.",
            "Такі результати голосувань у студії: 74 проценти респондентів висловились, що до волонтерів.",
            "Eine Spontanumfrage hat ergeben, dass 60 Prozent der über 2.000 Teilnehmer mehr Hilfe wollen.",
            "Die twitter Umfrage ergab 2.479 Stimmen: 41 Prozent wollen Söder als Kanzler.",
            "Selon les résultats du sondage réalisé auprès du Cercle des lecteurs de la «Tribune», le candidat obtient 38 %.",
        ] {
            one_flagged(text, crate::model::FlagCode::NotAPollster);
        }
        // A population's views stated as a share with no poll word; the question put to
        // respondents; plural Italian poll words.
        for text in [
            "Quasi 7 italiani su 10 considera difficile trovare uno specialista in tempi brevi.",
            "Some 62% of Britons think the railways should be run by the state.",
            "Sieben von zehn Bürgern antworten inzwischen negativ auf die Frage, ob sie mit der Arbeit der Regierung zufrieden seien. 70 Prozent sind unzufrieden.",
        ] {
            one_flagged(text, crate::model::FlagCode::NoPollsterNamed);
        }
        pollster("Secondo le ultime indagini di Termometro Civico, il 41% degli italiani vuole votare subito.");
        // Research on the web that states no one's views, a population's share of anything
        // but views, and votes are no claims.
        assert_no_claims(&[
            "Una ricerca dell'Università di Pavia ha analizzato le conversazioni in rete sulla scuola.",
            "Around 60% of Germans live in cities of more than 20,000 inhabitants.",
            "Final results show 52% of voters backed the proposal; the electoral commission said turnout was 71%.",
        ]);
    }

    #[test]
    fn tenth_round_sources_and_informal_votes() {
        // (text, pollster as written, registry entry if registered)
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // Figures credited to a registered pollster's data two sentences on.
            ("Три четверти россиян – 72% – выступают за ограничение притока мигрантов. Число неравнодушных возросло вдвое.\n\nСтатистику со ссылкой на данные «Левада-центра» приводит «Интерфакс».", Some("Левада-центра"), Some("Levada Center")),
            // A pollster's weekly series.
            ("Im aktuellen Sonntagstrend von Ipsos bleibt die AfD mit 25 Prozent stärkste Kraft.", Some("Ipsos"), Some("Ipsos")),
            // "the results show" with views; a survey "led by"; a nationality before "company";
            // "spread" as in spreading, not a bond spread.
            ("A survey led by Harbour University points to a shift in views. Released yesterday, the results show that 23 per cent pointed to climate change and 10 per cent said they were most concerned about the economic situation.", Some("Harbour University"), None),
            ("88% of voters allegedly oppose the decision.\n\nSuch information is spread by anonymous channels with reference to a survey by the British company Zelpor.", Some("Zelpor"), None),
        ];
        assert_pollsters(cases);
        // Informal votes in more words: readers' submissions, users who took part, people who
        // voted, votes cast, an app, Facebook likes, polled readers.
        for text in [
            "We asked: Should the vaccine be mandatory? A decisive 1,473 out of the 1,697 opinion submissions (or 86.8%) responded no, which leads us to believe that our readers prefer to choose.",
            "Hanno partecipato al sondaggio 2.905 utenti. Il sindaco ha ricevuto un apprezzamento pari al 65,91% dei voti.",
            "17 Stunden vor Ablauf der Umfrage hatten über 22.000 Menschen abgestimmt: 83 Prozent stimmten mit Ja.",
            "Die Umfrage zur Bürgermeisterwahl: Schwerdtfeger liegt bei 22,05 Prozent. Bei 1102 abgegebenen Stimmen trennen sie 10 Stimmen.",
            "66% опитаних у додатку Київ Цифровий підтримали перейменування вулиці.",
            "The research found that Carson has the greatest share of Facebook likes across the country (26 per cent).",
            "Большинство опрошенных читателей сайта (58%) считали, что город обречён.",
            "Douze heures plus tard, les internautes avaient scellé son sort. Une majorité (57,5%) des 17,5 millions de participants a voté pour qu'il parte.",
            "Rund 20.000 Zuschauer nutzten das Online-Tool von Uni Freiburg und gaben bei der Show Bewertungen ab. Hier sahen 40,3 Prozent den SPD-Mann als Sieger.",
            "La medición hecha en las historias de Instagram de un diario a la pregunta: ¿Por quién votaría? Refleja preferencia por Paraqueima.\nParaqueima obtuvo la mayoría de votos de las personas participantes, más del 62%.",
        ] {
            one_flagged(text, crate::model::FlagCode::NotAPollster);
        }
        // A short line ending in a colon that announces the results, and a question in
        // quotation marks, keep the poll waiting for the list after them.
        for text in [
            "У опитуванні на Телеграм-каналі «Новини» взяли участь більше трьох тисяч підписників.\n«Шановні читачі!\nЯкщо вибирати з цих варіантів лише один, який би ви обрали?»\nРезультати виглядають так:\nКрасиве місто – 24%\nСучасне місто – 23%",
            "Reader Poll:\nThe agency will require businesses to test weekly. What are your thoughts on this mandate?\n• I'm in favor of it. 46%\n• I am opposed. 52%\n1012 total votes",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
            assert!(!r.claims[0].figures.is_empty(), "{text:?}: {r:?}");
        }
        // A registered pollster disguised with Latin look-alike letters is found, and the
        // claim's span and quote are the original text's.
        let text = "Більшa чaстuнa грoмaдян підтрuмyють встyп дo НАТО. Прo цe свідчaть дaні сoціoлoгічнoгo дoсліджeння, прoвeдeнoгo y квітні Цeнтрoм Рaзyмкoвa. Зoкрeмa, 70,9% oпuтaнuх відпoвілu, щo взялu б yчaсть y гoлoсyвaнні.";
        let r = run(text);
        assert_eq!(r.claims.len(), 1, "{r:?}");
        let c = &r.claims[0];
        assert_eq!(
            c.pollster.canonical.as_deref(),
            Some("Razumkov Centre"),
            "{c:?}"
        );
        assert_eq!(c.quote, text[c.span[0]..c.span[1]], "{c:?}");
        // An informal vote's "final results" are the vote's, flagged as no poll.
        one_flagged(
            "The owner will step down after vowing to abide by the results of his latest poll to users. With 17,502,391 users voting, the final results show 57.5 percent said \"yes\".",
            crate::model::FlagCode::NotAPollster,
        );
    }

    #[test]
    fn tenth_round_outlets_heads_and_people() {
        // (text, pollster as written, registry entry if registered)
        let cases: &[(&str, &str, Option<&str>)] = &[
            // An unknown one-word name in quotation marks keeps its organisation noun; a
            // capitalised noun keeps its genitives and capitalised adjectives.
            ("В течение мая специалисты фонда \"Сигма\" провели телефонный опрос. \"Скорее против\" высказалось 42% опрошенных.", "фонда \"Сигма\"", None),
            ("Агентство региональных исследований «Вектор» провело опрос: 54% опрошенных оценивают работу мэра отрицательно.", "Агентство региональных исследований «Вектор»", None),
            ("По данным опроса Социологического центра «Общественный взгляд», 68% респондентов отдали бы голоса кандидату.", "Социологического центра «Общественный взгляд»", None),
            // A lower-case noun before a name of several words, or a sentence-initial
            // adjective, stays out.
            ("По данным опроса центра «Социальный прогноз», 18,9% опрошенных проголосовали бы за партию.", "Социальный прогноз", None),
            // A registered pollster with its head after "di"; two people after a poll noun are
            // the candidates it measures.
            ("Secondo il sondaggio Ispos di Nando Pagnoncelli per il Corriere della Sera, Bonaccini si assesta al 44,2%.", "Ispos", Some("Ipsos")),
            // Whose data the poll sentence cites; data "raccolti da" with a conditional.
            ("De acordo com os dados da Sondatest, 65,5% dos portugueses inquiridos dão nota negativa ao governo.", "Sondatest", None),
            ("Secondo i dati raccolti da Keix, il Movimento 5 stelle sarebbe il primo partito col 23,8%.", "Keix", None),
            // Unknown names cut to the firm: a German descriptor, a product "da" its maker, an
            // outlet after it, a person after "di", a second firm after "and".
            ("Laut Meinungsforschungsinstitut Data 5X kommt die Partei auf 31 Prozent.", "Data 5X", None),
            ("Segundo o Barómetro de Opinião COVID-19 da Sondatest, 60% dos inquiridos estão preocupados.", "Sondatest", None),
            ("Secondo il sondaggio Opinio Rai, la coalizione è al 42%.", "Opinio", None),
            ("Secondo il sondaggio di Only Figures di Alessandra Ghisleri, la coalizione è al 42%.", "Only Figures", None),
            ("The poll by Anderson Robbins Research and Shaw & Company Research found 45% of voters back the governor.", "Anderson Robbins Research", None),
            // Quebec's "la firme" and "coup de sonde"; an organisation that "провела опрос";
            // a pollster's website; a study "réalisé par" its maker, its own capitalised noun
            // no name.
            ("Réalisé par la firme Zorop auprès de 1094 personnes, ce coup de sonde accorde 39% à la mairesse.", "Zorop", None),
            ("Ассоциация региональных социологов провела новый опрос. По его данным, 49,8% жителей страны собираются голосовать за Додона.", "Ассоциация региональных социологов", None),
            ("À en croire les chiffres du sondage réalisé par le site Gallup.com, les Maliens approuveraient à 86% l'action du président.", "Gallup.com", Some("Gallup")),
            ("Un tiers des Français utilisent l'IA, selon le dernier Baromètre du numérique réalisé par le Credix à la demande de l'Arcep: 33 % des sondés.", "Credix", None),
            // A capitalised institute noun before a descriptive name, a genitive body after a
            // Cyrillic one, a German institute "für" its fields.
            ("Uma pesquisa realizada em junho pelo Instituto Mineiro de Pesquisa (Imape) ouviu 7.600 pessoas: 87% aprovam o prefeito.", "Instituto Mineiro de Pesquisa", None),
            ("Про це свідчать результати опитування, проведеного 05-10 липня Центром соціальних експертиз Інституту соціології: 5,1% виборців підтримують партію.", "Центром соціальних експертиз Інституту соціології", None),
            ("Wobla hat zusammen mit dem Centrum für Empirische Studien an der Uni Bamberg eine Umfrage aufgesetzt: 38 Prozent wählen Starke.", "Centrum für Empirische Studien an der Uni Bamberg", None),
            ("Secondo il sondaggio di Ipsos per il Corriere si profila un ballottaggio. Secondo il sondaggio Roberto Lagalla e Franco Miceli sarebbero separati da 2 punti, con il primo al 39,9%.", "Ipsos", Some("Ipsos")),
        ];
        let cases: Vec<_> = cases.iter().map(|&(t, w, c)| (t, Some(w), c)).collect();
        assert_pollsters(&cases);
    }

    #[test]
    fn eleventh_round_names_around_the_poll() {
        // (text, pollster as written, registry entry if registered)
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // A Spanish "casa encuestadora", an Italian relative clause, a Russian agent in
            // the instrumental, a programme and its channel, a barometer "réalisé par".
            ("La casa encuestadora Puntal Datos publicó una encuesta según la cual el oficialismo llega al 41,2% de las preferencias.", Some("Puntal Datos"), None),
            ("Sono i risultati del sondaggio che Veltra ha condotto per conto del comitato: il 58 per cento sostiene la riforma.", Some("Veltra"), None),
            ("По данным опроса, проведённого социологической компанией Nord-Metrics, 44% жителей поддерживают проект.", Some("Nord-Metrics"), None),
            ("Secondo un sondaggio effettuato dal programma radiofonico CasaPolitica, il 61% degli ascoltatori è contrario.", Some("CasaPolitica"), None),
            ("Le Baromètre de la confiance, réalisé par le Centre d'études Arvalis, indique que 38 % des Français sont méfiants.", Some("Centre d'études Arvalis"), None),
            // The German agent before its participle, with the commissioner between; the
            // plural poll noun before "von".
            ("Das geht aus einer von Datenwerk im Auftrag der Haller Stiftung erhobenen Studie hervor: 53 Prozent misstrauen den Parteien.", Some("Datenwerk"), None),
            ("Aktuelle Umfragen von Infratest dimap für den Sender sehen die Union bei 30 Prozent.", Some("Infratest dimap"), Some("Infratest dimap")),
            // A firm whose name holds an outlet's: "CBS-Research" is no CBS.
            ("Опрос провела социологическая компания CBS-Research: 23,4% за PAS.", Some("CBS-Research"), None),
            // A registered name cut short at its lower-case words, and a translated one with
            // a generic adjective.
            ("Selon une enquête de l'institut Français d'opinion publique, 26 % des sondés s'opposent à la mesure.", Some("institut Français d'opinion publique"), Some("Ifop")),
            ("Selon un sondage publié samedi par le Centre analytique Levada, 26% des Russes citent le président.", Some("Centre analytique Levada"), Some("Levada Center")),
            // A pollster and its partner joined by a hyphen; a quoted title and its maker.
            ("Selon un sondage Odoxa-Dentsu paru dimanche, la liste arrive en tête avec 23 %.", Some("Odoxa-Dentsu"), Some("Odoxa")),
            ("A pesquisa “Global Views On Energy Prices”, da Ipsos, mostra que 71% dos entrevistados estão preocupados.", Some("Ipsos"), Some("Ipsos")),
            // A Cyrillic description, then the quoted name; an acronym, then the quoted name;
            // a registered name before its survey's title.
            ("За результатами дослідження, проведеного Центром соціальних студій \"ВЕКТОР-ПЛЮС\", 41% киян підтримують мера.", Some("Центром соціальних студій \"ВЕКТОР-ПЛЮС\""), None),
            ("Опитування провела МГО „Голос громади”: 35% мешканців незадоволені.", Some("МГО „Голос громади”"), None),
            ("The YouGov EuroTrack Survey found that 41% of Germans back the plan.", Some("YouGov"), Some("YouGov")),
            // Whom a survey asked, then who asked; commissioned by one from another; a relative
            // clause with its verb first; a kind of body with its description; a German
            // "Untersuchung der"; a Russian firm that published.
            ("A survey of over 12,000 members by the Allotment Growers Guild found that 64% oppose the levy.", Some("Allotment Growers Guild"), None),
            ("Según una encuesta encargada por el diario a Vetrix, el 38% de los aficionados prefiere al técnico.", Some("Vetrix"), None),
            ("Se conoció la encuesta que ejecutó la agencia de investigación y mercadeo NORTIA: el candidato tiene un 26,2%.", Some("NORTIA"), None),
            ("De acuerdo con una encuesta dada a conocer el viernes por la agencia de consultoría privada Datacorp, el presidente tiene el 55,6 por ciento.", Some("Datacorp"), None),
            ("In einer am Mittwoch vorgestellten Untersuchung der Universität Halberg zeigten sich 42,6 Prozent der Befragten zufrieden.", Some("Universität Halberg"), None),
            ("Исследовательская компания Stellar опубликовала рейтинг: 48% опрошенных доверяют армии.", Some("Stellar"), None),
            // The German separable verb of reporting around a registered name.
            ("61 Prozent der Deutschen sehen sich in der Pflicht. Vor vier Jahren seien dies noch 69 Prozent gewesen, teilte das Institut Ipsos am Donnerstag mit.", Some("Ipsos"), Some("Ipsos")),
        ];
        assert_pollsters(cases);
        // A broadcaster that commissioned the poll is its sponsor, not its pollster.
        let c = one_flagged(
            "In einer vom MDR in Auftrag gegebenen repräsentativen Umfrage kommt die Partei auf 31 Prozent.",
            crate::model::FlagCode::NoPollsterNamed,
        );
        assert_eq!(c.sponsor.as_deref(), Some("MDR"));
        // Outlets known by a number or by a newspaper word of their language are sponsors;
        // a body named before the outlet is not the pollster.
        for (text, outlet) in [
            ("A new poll published by Channel 14 news on Friday indicated that 68% of respondents would support the deal.", None),
            ("After the summit of the Group of Seven, an Osaka Shimbun survey showed that 46% of respondents approve of the cabinet.", Some("Osaka Shimbun")),
        ] {
            let c = one_flagged(text, crate::model::FlagCode::NoPollsterNamed);
            assert_eq!(c.sponsor.as_deref(), outlet, "{text}");
            assert!(c.pollster.as_written.is_none(), "{text}: {c:?}");
        }
        // A German name does not go on into the topic of the survey.
        let r = run("Eine Umfrage der Brenner-Stiftung zur Sicht der Deutschen zeigt, dass 62 Prozent den Einfluss Chinas negativ sehen.");
        assert_eq!(
            r.claims[0].pollster.as_written.as_deref(),
            Some("Brenner-Stiftung"),
            "{r:?}"
        );
        // The first half of a suspended compound is no registered pollster.
        let r = run("Die Markt- und Meinungsforschung hat ein Imageproblem: 43 Prozent der Befragten sehen sie neutral, laut einer Umfrage.");
        assert!(
            r.claims.iter().all(|c| c.pollster.canonical.is_none()),
            "{r:?}"
        );
        // An opening phrase with a count is no name.
        let r = run("In 3 Regioni, l'istituto registra un vantaggio: il 52% sceglie il presidente uscente, secondo il sondaggio.");
        assert!(
            r.claims.iter().all(|c| c.pollster.as_written.is_none()),
            "{r:?}"
        );
        // A share won in a vote held now, in the conditional; a poll that gives someone the
        // win.
        for text in [
            "Selon l'enquête, la candidate recueillerait entre 26 et 28 % des suffrages.",
            "Un sondage d'opinion rendu public ce lundi donne Paul Martin vainqueur de l'élection. Il a été réalisé par le Centre Arvalis.",
            "Questa settimana il presidente riscuote tra gli elettori una fiducia al 58,2%, in calo dello 0,3%.",
        ] {
            assert_eq!(run(text).claims.len(), 1, "{text}");
        }
    }

    #[test]
    fn eleventh_round_informal_votes_and_hard_negatives() {
        // Informal votes in more words: unrepresentative, multiple voting allowed, paid phone
        // calls, a count of voices after the share, "your votes", an online vote, social
        // channels, a question on a blog, a newspaper's own branded survey.
        for text in [
            "Wie jedes Jahr veröffentlicht der Verein seine unrepräsentative Umfrage unter Besuchern seiner Stände: Der Amtsinhaber kommt auf 41 Prozent.",
            "Laut der Umfrage auf dem Portal würden 58,3 Prozent der Teilnehmer die Partei wählen. Mehrfach-Abstimmungen sind möglich.",
            "Beim per kostenpflichtigem Telefonanruf ermittelten Sonntagstrend kommt die Partei auf 47 Prozent.",
            "Selon ce sondage, le candidat recueille 37 % des suffrages exprimés, soit 29 504 voix.",
            "Vos votes du mois sur le sondage du blog : le candidat recueille 40 % des votes.",
            "O site faz pesquisas eleitorais abrindo votação on-line: o candidato teria 57% dos votos.",
            "Il sondaggio promosso dal sito della testata sui canali social assegna al candidato il 48,9%.",
            "The station posted a poll question on its blog; the challenger won with 49% of the 1,000+ votes on the poll.",
            "Die Ergebnisse unserer Checkpoint-Umfrage: 45% werden sicher wieder dieselbe Partei wählen.",
            "Selon une étude de la société de monitorage des réseaux sociaux Vigie Data, le candidat cumule 24,4 %.",
        ] {
            one_flagged(text, crate::model::FlagCode::NotAPollster);
        }
        // Respondents of a business survey, a TV rating measured in points: no poll claim.
        assert_no_claims(&[
            "Die Stimmung in den Unternehmen hat sich verbessert. Die meisten Befragten äußerten sich vor der Wahl. Der Ifo-Geschäftsklima-Index stieg von 94,6 Punkten auf 96,0.",
            "El debate alcanzó un rating de 10.4 puntos, según la consultora IBOPE, que mide audiencias en medios electrónicos.",
        ]);
    }

    /// The twelfth round's blind sets (written anew here, never quoted): a poll reported as
    /// carried out by a body it names, findings quoted or not, with the name where articles
    /// put it; shares of a population in more words; what stays no claim.
    #[test]
    fn thirteenth_round_names() {
        assert_pollsters(&[
            // The acronym after a dash, when it is the name's initials; not a sponsor.
            ("Segundo o Instituto Vale de Pesquisas – IVP, o prefeito tem 41% das intenções de voto.", Some("Instituto Vale de Pesquisas – IVP"), None),
            ("Selon le sondage Ifop - JDD, le maire obtient 41 % des intentions de vote.", Some("Ifop"), Some("Ifop")),
            // A poll word in capitals names no one; the poll named in the next sentence is the
            // same poll.
            ("AN OPINION poll on the council's future has found 65% are against the plans.\n\nThe poll, conducted by the research service Ipsos MORI, found 16% in favour.", Some("Ipsos MORI"), Some("Ipsos")),
        ]);
    }

    #[test]
    fn twelfth_round_named_polls_without_findings() {
        // Unknown bodies: written as given, canonical none.
        assert_pollsters(&[
            ("La encuesta, a cargo de Sondeos del Sur, se levantó entre el 2 y el 9 de mayo.", Some("Sondeos del Sur"), None),
            ("Il sondaggio, a cura di Demopiazza, è stato condotto su un campione di 800 residenti.", Some("Demopiazza"), None),
            ("Last spring the poll firm Harbourline Data asked voters how they would vote on the plan.", Some("Harbourline Data"), None),
            ("Это результаты нового опроса, итоги которого обнародовала во вторник компания Kestrel Monitor.", Some("Kestrel Monitor"), None),
            ("L'institut Kairos Opinion (KO) a réalisé un sondage auprès des habitants de la commune.", Some("Kairos Opinion (KO)"), None),
            ("Kairos Opinión ha realizado una encuesta entre los vecinos del municipio.", Some("Kairos Opinión"), None),
            ("O Instituto Serrano realizou uma sondagem com 600 moradores da cidade.", Some("Instituto Serrano"), None),
            // Every German noun is capitalised: the word after "und" is the description's.
            ("Das zeigt die Umfrage des Instituts für Wahlforschung und Statistik (IWS) im Auftrag der Zeitung.", Some("Instituts für Wahlforschung und Statistik (IWS)"), None),
        ]);
        // The cheap test before the name patterns (see `parse::could_name`).
        for (t, could) in [
            ("Kairos Opinion a réalisé un sondage.", true),
            ("Last spring the poll firm Harbourline asked voters.", true),
            ("Компанія «Дніпро Соціо» провела опитування.", true),
            ("Un sondage a cura di opinione.net è in corso.", true),
            ("Die Umfrage von iData zeigt wenig.", true),
            (
                "The survey, published on a Sunday evening in March, named no author.",
                false,
            ),
            ("Le sondage publié lundi ne cite aucun institut.", false),
        ] {
            assert_eq!(parse::could_name(t), could, "{t:?}");
        }
        let r = run("Na pesquisa nacional, 64% da população entende que o governo deveria investir mais em saúde.");
        assert_eq!(r.claims.len(), 1, "{r:?}");
        // Who leads in words: second place, "è avanti".
        for text in [
            "Nell'ultimo sondaggio il sindaco uscente è avanti sullo sfidante.",
            "Internal polls put the councillor in second place behind the mayor.",
        ] {
            assert_eq!(run(text).claims.len(), 1, "{text:?}");
        }
        assert_no_claims(&[
            "Harbourline Data leads the market research business in the region.",
            "A new survey by Harbourline Data is due to be published on Monday.",
            "Das Institut Nordblick wird seine neue Umfrage am Montag veröffentlichen.",
            "Sondeos del Sur publicará el lunes una encuesta sobre la alcaldía.",
            // A research firm's measurement next to an index or TV audiences: no poll.
            "Les ménages sont plus pessimistes, selon l'enquête mensuelle de l'institut Kairos Opinion. L'indice de confiance a reculé de 4 points à 88 points.",
            "El debate fue el menos visto de la década, según la consultora Telemétrica con datos de Kantar Media. La cuota de pantalla fue de un 41,2%.",
        ]);
    }

    #[test]
    fn fourteenth_round_a_poll_credited_further_down() {
        // The headline and lead state findings, the pollster is named paragraphs later: one
        // claim, with that name.
        let text = "Sondaggi politici, FdI primo sfiora il 30% ma la fiducia nel governo è ai minimi\n\
            Fratelli d'Italia è primo e il gradimento nei confronti di Giorgia Meloni spicca rispetto agli altri leader. \
            Il Pd resiste al 22,8%, seguito a più di dieci punti di distanza dal Movimento 5 Stelle. \
            Poco dopo Lega e Forza Italia, vicinissimi. Ecco l'ultimo sondaggio condotto da Demos.\n\
            Il sondaggio mostra Fratelli d'Italia primo con il 29,5%, in costante crescita.";
        let r = run(text);
        assert_eq!(r.claims.len(), 1, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written.as_deref(), Some("Demos"));
        // Another poll is another poll.
        let text = "Another poll found 40% of voters back the mayor. \
            The council has yet to respond. Residents met on Tuesday. \
            A YouGov poll for the Times found that 55% oppose the plan.";
        let r = run(text);
        assert_eq!(r.claims.len(), 2, "{r:?}");
        assert_eq!(r.claims[0].pollster.as_written, None);
        // So are two pollsters named.
        let text = "A poll found 40% of voters back the mayor. \
            The council has yet to respond. Residents met on Tuesday. \
            An Ipsos poll put him on 38%. Residents met again on Friday. \
            The mayor spoke to them. He will stand again. \
            A YouGov poll for the Times found that 55% oppose the plan.";
        let r = run(text);
        assert!(r.claims[0].pollster.as_written.is_none(), "{r:?}");
    }

    #[test]
    fn fourteenth_round_names() {
        assert_pollsters(&[
            // Who paid, joined to a participle, is no name; the panel's owner is the pollster.
            ("The CNN-commissioned study, conducted from Jan 25-30 on the SSRS Opinion Panel, gathered responses from 1,212 adults. 49% favored Trump.", Some("SSRS"), Some("SSRS")),
            // A page's credit line run on after the name with no space.
            ("Таковы данные опроса, результаты которого представила компания Intellect Group.Sputnik Молдова. Блок коммунистов и социалистов – 44,9%.", Some("Intellect Group"), None),
            // A German compound of a poll noun is the poll's title, not who ran it.
            ("Das besagte ein Wahlbarometer, welches die Forschungsstelle Sotomo im Auftrag der SRG publizierte. Die SVP kommt auf 30,4 Prozent.", Some("Forschungsstelle Sotomo"), Some("Sotomo")),
            // Data credited after the figures, a chart's caption credit, a label line, "carried
            // out by" in Portuguese and Spanish.
            ("Партию \"Единая Россия\" поддерживают 40,6 % респондентов, КПРФ – 10,8 %. Данные предоставлены ВЦИОМ.", Some("ВЦИОМ"), Some("VTsIOM")),
            ("Рівень довіри до президента вищий, ніж у грудні (52%).\nНаскільки Ви довіряєте чи не довіряєте Володимиру Зеленському? / КМІС", Some("КМІС"), Some("KIIS")),
            ("InsiderAdvantage: Surveys of 800 likely voters.\nMichigan\nHarris: 49%\nTrump: 47%", Some("InsiderAdvantage"), None),
            ("Esta é a oitava sondagem sequencial levada a cabo pela Angopolls. O MPLA venceria com 60,15 % dos votos.", Some("Angopolls"), None),
            // A body's description runs to the place it is of and its acronym; an apposition
            // between a subject and its survey verb; a share is no part of a name.
            ("Согласно опросу, проведенному Ассоциацией социологов и демографов Молдовы, около 67,9% респондентов отметили потепление.", Some("Ассоциацией социологов и демографов Молдовы"), None),
            ("Порядка 42% граждан выступает за партнерство, свидетельствуют результаты опроса, обнародованные Институтом развития и социальных инициатив (IDIS).", Some("Институтом развития и социальных инициатив (IDIS)"), None),
            ("QAPA, la solution digitale Adecco 100% online, a interrogé sa base de 4,5 millions de candidats. Plus de 56 % des Français se sentent moins bien.", Some("QAPA"), None),
            ("Die AfD hätte laut dem Umfrageportal Wahlkreisprognose 22 Prozentpunkte erhalten.", Some("Wahlkreisprognose"), None),
            // The agent before the participle of a German poll noun.
            ("Laut einer vom Institut Insa durchgeführten Online-Umfrage sind 46 Prozent der Deutschen dagegen.", Some("Insa"), Some("INSA")),
            // "the X agency survey"; "a barometer presented by"; a poll's title cited as the
            // source is not who ran it; a news agency's source line above the figures is not
            // the pollster.
            ("Beta news agency said that the Faktor Plus agency survey results put the number at 40.9 percent.", Some("Faktor Plus"), None),
            ("Some 58% would vote for accession, shows a barometer presented by the sociological company Date Inteligente (iData) in a press conference.", Some("Date Inteligente"), None),
            ("According to the Public Opinion Barometer presented by the Institute for Public Policy, the PSRM would poll 20% of the vote.", Some("Institute for Public Policy"), None),
            ("The ruling party would receive the most votes, a new poll has shown.\nSource: Beta\nThe Faktor Plus agency survey put the number at 40.9 percent.", Some("Faktor Plus"), None),
            // The Italian "barometro" is poll vocabulary; a comma after "согласно
            // исследованию" ends the source; a lower-case description up to the acronym; the
            // people asked and who asked them; who paid, named first.
            ("Il 55 per cento dei cittadini voterebbe a favore dell'adesione. E' quanto emerge dal \"Barometro socio-politico\", realizzato dalla società Imas.", Some("Imas"), None),
            ("Об этом говорят результаты опроса, представленные социологической компанией CBS-Research. Согласно исследованию, Чебану доверяет 41,5% респондентов.", Some("CBS-Research"), None),
            ("Il 41 per cento dei cittadini voterebbe per l'opposizione. Lo rivela l'ultima indagine effettuata dal Centro per la ricerca, la trasparenza e la responsabilità (Crta) su un campione di 1544 intervistati.", Some("Centro per la ricerca, la trasparenza e la responsabilità (Crta)"), None),
            ("Près de la moitié des Tunisiens interrogés par Emrhod Consulting (48 %) continuent de lui faire confiance.", Some("Emrhod Consulting"), None),
            ("Pour le compte de Business News, l’institut Emrhod Consulting livre les comptes du mois : Kaïs Saïed l'emporterait avec 72% des voix selon le sondage.", Some("Emrhod Consulting"), None),
            // "medición levantada por" (Mexico).
            ("La medición nacional levantada por Massive Caller registra que la aprobación de la presidenta se ha reducido al 48.1%.", Some("Massive Caller"), None),
            // A regional demonym is a population a study asks.
            ("Standen 2017 lediglich 14 Prozent der Tiroler den Auswirkungen von Zuwanderung positiv gegenüber, so sind es nun 42 Prozent. Das ist das Ergebnis einer Studie, die das SORA Institut im Auftrag des Landes Tirol durchgeführt hat.", Some("SORA Institut"), None),
            // "inchiesta elaborata dal …", a description opened by an adjective up to the
            // acronym; an adjective opening a headline names no one.
            ("Secondo i sondaggi si andrà al ballottaggio. L'inchiesta elaborata dal Centro strategico latinoamericano di geopolitica (Celag) descrive una competizione in grande equilibrio, con Milei che godrebbe del 33,2 per cento dei consensi contro il 32,2 per cento di Massa.", Some("Centro strategico latinoamericano di geopolitica (Celag)"), None),
            ("Interesting poll on the website. Site visitors were asked what will happen next: 32.2% said nothing will change.", None, None),
            // Who commissioned the poll did not carry it out.
            ("62 percent of Americans consider themselves supporters of Israel. These are some of the findings of a new bipartisan poll commissioned by The Israel Project (TIP).", None, None),
            // The name the text calls a pollster; the instrumental agent of "опрошенных".
            ("Laut einer repräsentativen Umfrage des IT-Branchenverbands Bitkom und des Meinungsforschungsinstituts Aris geben 74 Prozent der Bundesbürger an, dass digitale Technik unverzichtbar sei.", Some("Aris"), None),
            ("Больше половины россиян призвали ограничить въезд мигрантов. 6 процентов опрошенных «Левадой» уверены в обратном.", Some("Левадой"), Some("Levada Center")),
            // A commissioner's survey, then the registered institute that ran it for them: one
            // claim, the institute's.
            ("Klimaschutz macht keine Ferien, wenn es nach einer Umfrage der DAK-Krankenkasse geht: Demnach gibt die große Mehrheit der Deutschen an, im Urlaub auf Klimaschutz zu achten.\nIn der repräsentativen Erhebung des Forsa-Instituts im Auftrag der Kasse bekundeten 87 Prozent, dass ihnen Klimaschutz wichtig sei.", Some("Forsa-Instituts"), Some("Forsa")),
            // "lançado pela"; a two-letter web address as a name.
            ("Um inquérito lançado pela Deco Proteste revelou que 73% dos inquiridos concordam com as sanções.", Some("Deco Proteste"), None),
            ("46% россиян, по данным исследования hh.ru, рассматривают в первую очередь вакансии с удаленной работой.", Some("hh.ru"), None),
            // A population's views with a participle ("51% des Français estimant que…").
            ("Un pessimisme qui se retrouve à tous les niveaux, 51% des Français estimant que leur pouvoir d'achat a baissé en 2016.", None, None),
            // A strong reference back over two sentences without figures.
            ("Drei Viertel (75 Prozent) aller Bundesbürger nutzen das Internet. Auffällig ist, dass das Internet von Jüngeren häufiger genutzt wird als von Älteren. Auch nutzen mehr Abiturienten das Internet.\nDas ergab eine aktuelle, repräsentative Umfrage im Auftrag des Hightech-Verbands BITKOM.", None, None),
            // What a registered body says it is does not hide it.
            ("Plus de deux Russes sur trois (68 %) soutiennent cette politique, selon ce sondage réalisé fin janvier par le Centre indépendant Levada.", Some("Centre indépendant Levada"), Some("Levada Center")),
            // A study's title in quotation marks names no one.
            ("Такі результати дослідження «Суспільно-політичні настрої українців (грудень 2024 року)». Найбільший рейтинг довіри має Валерій Залужний (70,9%).", None, None),
        ]);
    }

    #[test]
    fn fourteenth_round_hard_negatives() {
        assert_no_claims(&[
            // TV audiences with "interviews" in the media sense; market shares from a
            // consumer panel; a statistics office's labour market survey, misnamed.
            "TF1 a enregistré en septembre 20% de part d’audience (PDA), portée par ses JT et leurs interviews politiques très suivies.",
            "Los últimos datos de la consultora Kantar Worldpanel muestran como la compañía ha logrado superar la barrera del 25% de cuota de mercado.",
            "The number of people unemployed has risen by 13,000. That is the conclusion of the latest labour market survey from the Office of National Statistics (ONS). The rate of unemployment is unchanged at 4.7 per cent.",
        ]);
    }

    #[test]
    fn fifteenth_round_names() {
        assert_pollsters(&[
            // A weak poll word referring back to shares stated in words.
            ("Большинство жителей области видят будущее своих регионов в составе России. Это следует из исследования ИНСОМАР, проведенного 6 сентября.", Some("ИНСОМАР"), None),
            // A poll noun inside a German compound.
            ("Für gut ein Drittel der Deutschen (36 Prozent) ist Religion wichtig. Das geht aus der jüngsten Wertestudie der BAT-Stiftung für Zukunftsfragen hervor.", Some("BAT-Stiftung für Zukunftsfragen"), None),
            // Views stated in the passive; trust in an institution.
            ("Esta última alternativa es apoyada por el 43,7 % de la población.", None, None),
            ("Der Vorschlag wird von 61 Prozent der Deutschen abgelehnt.", None, None),
            ("Nell'ultimo mese la fiducia nell'istituzione comunitaria ha toccato un picco negativo (28%).", None, None),
            ("Доля сторонников мирного решения достигла наибольшего уровня за период наблюдений (79%), а доля противников наименьшего (13%).", None, None),
            // A study of people stating a share of people.
            ("Released today, our global study of more than 32,000 workers from 47 countries shows that 58% of employees intentionally use AI at work.", None, None),
            ("De hecho, según un reciente estudio del portal de empleo Infojobs, en España 1 de cada 5 personas (concretamente, el 21% de la población en activo) teletrabaja.", Some("Infojobs"), None),
            // "questionados pela"; a misspelt generic word; a firm's name with "&".
            ("Mais de 60 por cento dos portugueses questionados pela Fundação Francisco Manuel dos Santos defendem que o número deve diminuir.", Some("Fundação Francisco Manuel dos Santos"), None),
            ("Según una encuesta realizada por Pew Reseach Center, el 40% de los rusos confía en Putin.", Some("Pew Reseach Center"), Some("Pew Research Center")),
            ("El 60% de los votantes apoya al candidato, según una encuesta de Cifras & Opiniones.", Some("Cifras & Opiniones"), None),
            // A registered name's words in another order, with a place before it or its
            // possessive.
            ("The poll, published by the Kyiv Institute for International Sociology, says 52.2 percent of residents were against joining Russia.", Some("Kyiv Institute for International Sociology"), Some("KIIS")),
            ("The poll, published by Kyiv's Institute for International Sociology, says 52.2 percent of residents were against joining Russia.", Some("Kyiv's Institute for International Sociology"), Some("KIIS")),
            // A station that broadcast the poll is not who ran it.
            ("El 78% de los encuestados desaprueba la labor del gabinete, según una encuesta difundida anoche por Radio Cooperativa.", None, None),
            // An outlet's name across a plain space ("Ouest France" for "Ouest-France").
            ("Elections Régionales : d'après un sondage Ouest France, la gauche devrait perdre les PDL.\nLa gauche devrait perdre les Pays de la Loire, du moins d'après un sondage BVA pour Ouest France paru dimanche. Elle serait créditée de 42% d’après ce même sondage.", Some("BVA"), Some("BVA")),
            // A weak poll word that gives a candidate a share: the analytics firm's "enquête"
            // is the claim to flag (Filteris, 2017).
            ("Filteris commence à se tailler une réputation. Sa dernière enquête, datée de mardi, donne Marine Le Pen à 23,27%. François Fillon, deuxième, pointe à 22,39%.", Some("Filteris"), Some("Filteris")),
            // A weak poll word heading lines of figures.
            ("Secondo l’ultima rilevazione Index, il centro-destra è in netto vantaggio rispetto agli avversari:\n\nAttilio Fontana al 42%;\n\nGiorgio Gori al 37%;\n\nDario Violi al 18%;", Some("Index"), Some("Index Research")),
            // "consultora X" without its article.
            ("¿Qué dicen las últimas encuestas locales sobre la intención de voto? En Capital, consultora Corinto midió tres escenarios. En el primero, Martín Llaryora alcanza 41% de intención de voto y Luis Juez obtiene 25%.", Some("Corinto"), None),
            // A poll's title, then whose it is.
            ("Según la Encuesta Política de España del GESOP para Prensa Ibérica, tres de cada cuatro españoles (73,4%) están de acuerdo con poner límites.", Some("GESOP"), Some("GESOP")),
            // A pollster known by its social-media handle.
            ("Casi el 80% de los consultados no cree en la justicia. Se trata de un estudio realizado por la encuestadora #opinaargentina de forma telefónica entre 1000 casos.", Some("#opinaargentina"), None),
            // A body attached to the president ("при Президенте").
            ("Казахстанский институт стратегических исследований при Президенте РК (КИСИ) опубликовал результаты опроса. Президенту доверяют 82,4% граждан.", Some("Казахстанский институт стратегических исследований при Президенте РК (КИСИ)"), None),
            // A paper's Sunday edition published the poll; the institute ran it.
            ("Une majorité (56%) est favorable à une collaboration avec l'OTAN, selon un sondage publié par le SonntagsBlick. Il a été réalisé par l'institut Sotomo auprès de 20'000 personnes.", Some("Sotomo"), Some("Sotomo")),
        ]);
    }

    #[test]
    fn fifteenth_round_hard_negatives() {
        assert_no_claims(&[
            // "von N Prozent der …" without a verb of opinion; consumers' confidence index.
            "Der Umsatz stieg mit einem Anteil von 5 Prozent der Haushalte.",
            "L'indice di fiducia dei consumatori è salito al 98,4%.",
            // A poll yet to come; polls opened on election day, then turnout.
            "A próxima pesquisa sobre a corrida presidencial feita pelo Ipespe, a ser divulgada na próxima sexta, fará cinco perguntas aos entrevistados.",
            // A study of people whose figures are a medical risk, not a share of them.
            "Uno studio condotto su 12 mila adulti ha rilevato che chi dorme meno di sei ore ha un rischio di ipertensione più alto del 21%.",
            // Shares of the polls themselves.
            "Segundo a pesquisa da Abep, quase a metade dos levantamentos (45,85%) foram feitos gratuitamente.",
            "According to the study, 30% of the polls registered this year were paid for by the parties themselves.",
            "The department said it observed queues in some Polling Stations after polls were opened at 8am.\n\nAs of 12pm, 840,000 voters, or 31 per cent of registered voters, have cast their votes, ELD said.",
        ]);
        // A share of a people stating its views, the share in brackets or the verb one of
        // saying.
        for text in [
            "Près des deux tiers (64 %) des Polonais ont déclaré qu'ils soutenaient l'envoi de troupes.",
            "Only 38% of the public claim to understand the new rules.",
        ] {
            let r = run(text);
            assert_eq!(r.claims.len(), 1, "{text:?}: {r:?}");
        }
        // A census counts everyone.
        assert_no_claims(&[
            "Conforme o Censo de 2022, 41,2% dos domicílios da cidade têm acesso à internet por fibra.",
            "Laut Zensus 2022 leben 38 Prozent der Einwohner in Mietwohnungen.",
        ]);
        // A poll on a blog is an informal vote.
        assert_not_a_pollster("I ran a poll on my blog asking whether people vote in local elections, and 80% of respondents said they always do.");
        // A share of the mentions online is analytics, not a poll.
        assert_not_a_pollster("José Antonio Meade se ubica en el segundo lugar en menciones con el 31% de la conversación en redes sociales.");
    }

    #[test]
    fn sixteenth_round_names() {
        assert_pollsters(&[
            // An acronym the registry does not know before a registered name: another firm.
            ("Según una encuesta de la firma hondureña CID Gallup, el 45% aprueba la gestión del alcalde.", Some("CID Gallup"), None),
            // A survey's quoted title opening on an elided article; "livré par".
            ("Notre nouveau sondage \"L'Opinion en direct\" livré par Elabe montre que 61% des Français jugent la réforme injuste.", Some("Elabe"), Some("Elabe")),
            // "un institut de sondage appelé X"; "conduite par un « X »".
            ("Selon ce sondage, attribué à un institut de sondage appelé « Votemètre », le maire sortant obtiendrait 52% des voix.", Some("Votemètre"), None),
            ("Cette enquête aurait été conduite par un « Observatoire des opinions africaines ». Le candidat de l'opposition y obtient 38% des intentions de vote.", Some("Observatoire des opinions africaines"), None),
            // The poll word, a comma, then who carried it out.
            ("The poll, undertaken by Harbourside Research for the Gazette, found 47 per cent of residents oppose the new bridge.", Some("Harbourside Research"), None),
            // A research centre named after the outlet that owns it.
            ("Some 62 percent of respondents back the plan, according to a survey released by the Daily Courier Poll Center on Monday.", Some("Daily Courier Poll Center"), None),
            // A poll compound naming the kind of poll, then its maker.
            ("„Das ergab die jüngste Blitz-Umfrage von Demoskopia Nord“: Die Partei liegt demnach bei 19 Prozent.", Some("Demoskopia Nord"), None),
            // Who paid for it, first in the sentence, is no pollster.
            ("Im Auftrag der Sparkasse Nordheim hat ein Institut 800 Unternehmer befragt. Nur 21 Prozent der Befragten sind mit der Lage zufrieden.", None, None),
            // The head of a firm, as the press credits its polls (a registry alias).
            ("Secondo l'ultimo sondaggio di Nando Pagnoncelli per il Corriere, il 44% degli elettori non ha ancora deciso.", Some("Nando Pagnoncelli"), Some("Ipsos")),
            // A channel that commissioned an exit poll, its name in guillemets.
            ("По опросу, проведенному по заказу телекомпании «Рустави», правящая партия набирает 51,2% голосов.", None, None),
            // Whom it asked and how, then who asked; findings credited to their source.
            ("The survey, for the Daily Record, questioned 1,000 adults across Scotland by telephone by Northfield Insight in March and found 47 per cent back the plan.", Some("Northfield Insight"), None),
            ("The findings from Pollhouse Analytics also found that 64% of fans want the rule scrapped.", Some("Pollhouse Analytics"), None),
            // "svolto dalla fondazione X".
            ("Secondo un sondaggio svolto dalla fondazione tedesca Körber-Stiftung, il 55% degli italiani si dice favorevole.", Some("Körber-Stiftung"), None),
            // A registered name in Russian, inflected.
            ("По данным Исследовательского центра Пью, большинство американцев (54%) считают изменение климата серьёзной угрозой.", Some("Исследовательского центра Пью"), Some("Pew Research Center")),
            // A body named by a head noun and its own capitalised word, then a place.
            ("Secondo un sondaggio condotto dall'Osservatorio Regionale di Torino, il 62% dei residenti usa l'auto ogni giorno.", Some("Osservatorio Regionale di Torino"), None),
            // An outlet said to have run the poll, verb first.
            ("Опрос провела газета Global Times. 61% респондентов считают, что отношения улучшатся.", Some("Global Times"), None),
        ]);
    }
}

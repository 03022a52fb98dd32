//! Who is who around a poll: media outlets (sponsors), parties and campaigns, organisation-like
//! names, and the country a document belongs to.
//!
//! Owns the small media lexicon and the heuristics that tell a sponsor from a pollster. It must
//! not consult the pollster registry.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::fastre::Re;

use crate::model::{Context, Document};
use crate::normalize::{fold, name_key};

/// Outlets that commission or publish polls. Compared by `name_key`.
const MEDIA: &[&str] = &[
    "Times",
    "The Times",
    "Sunday Times",
    "The Sunday Times",
    "Guardian",
    "Observer",
    "Telegraph",
    "Daily Telegraph",
    "Sunday Telegraph",
    "Mail",
    "Daily Mail",
    "Mail on Sunday",
    "Independent",
    "Sun",
    "Mirror",
    "Daily Mirror",
    "Sunday Mirror",
    "Express",
    "Daily Express",
    "Evening Standard",
    "Newshub",
    "1News",
    "TVNZ",
    "RNZ",
    "NZ Herald",
    "Business Post",
    "Sydney Morning Herald",
    "The Age",
    "Australian Financial Review",
    "Sky News Australia",
    "ABP News",
    "India Today",
    "NDTV",
    "Times Now",
    "Republic TV",
    "Zee News",
    "News18",
    "Hindustan Times",
    "Times of India",
    "Belfast Telegraph",
    "Irish News",
    "News Letter",
    "Irish Times",
    "Irish Independent",
    "Sunday Independent",
    "Sunday Business Post",
    "RTÉ",
    "Scotsman",
    "Daily Record",
    "Sunday Post",
    "Western Mail",
    "Yorkshire Post",
    "Manchester Evening News",
    "BBC",
    "ITV",
    "Sky News",
    "Channel 4",
    "GB News",
    "CNN",
    "Fox News",
    "NBC",
    "NBC News",
    "ABC",
    "ABC News",
    "CBS",
    "CBS News",
    "NPR",
    "PBS",
    "New York Times",
    "NYT",
    "Washington Post",
    "Wall Street Journal",
    "WSJ",
    "USA Today",
    "Reuters",
    "AP",
    "Associated Press",
    "Bloomberg",
    "Politico",
    "POLITICO",
    "Economist",
    "The Economist",
    "Financial Times",
    "FT",
    "Newsweek",
    "Le Monde",
    "Le Figaro",
    "Figaro",
    "Libération",
    "Le Parisien",
    "Aujourd'hui en France",
    "Les Echos",
    "JDD",
    "Journal du Dimanche",
    "Le Journal du Dimanche",
    "Paris Match",
    "Paris-Match",
    "L'Express",
    "Le Point",
    "L'Obs",
    "Ouest-France",
    "Sud Radio",
    "BFMTV",
    "BFM TV",
    "CNews",
    "LCI",
    "TF1",
    "France Télévisions",
    "France Info",
    "franceinfo",
    "public sénat",
    "lcp",
    "i télé",
    // Le Soir without its article, as co-brands write it ("Soir-RTL-Ipsos").
    "soir",
    // Flemish and Belgian outlets that co-sign Belgian polls ("Ipsos-Le Soir-RTL-Het
    // Laatste Nieuws et VTM").
    "Het Laatste Nieuws",
    "VTM",
    "VRT",
    "De Standaard",
    "La Libre",
    "La Libre Belgique",
    "RTBF",
    "La Dernière Heure",
    "L'Echo",
    "De Tijd",
    "itélé",
    "i>télé",
    // A telecom that co-signed BVA's polls ("BVA-Orange-I Télé").
    "orange",
    "la presse régionale",
    "France Inter",
    "France 2",
    "France 3",
    "RTL",
    "Europe 1",
    "RMC",
    "La Tribune",
    "Challenges",
    "Marianne",
    "La Dépêche",
    "20 Minutes",
    "Le Huffington Post",
    "HuffPost",
    "Bild",
    "Bild am Sonntag",
    "BamS",
    "Spiegel",
    "Der Spiegel",
    "Stern",
    "Focus",
    "Zeit",
    "Die Zeit",
    "FAZ",
    "Frankfurter Allgemeine",
    "Frankfurter Allgemeine Zeitung",
    "Süddeutsche Zeitung",
    "SZ",
    "Welt",
    "Die Welt",
    "Welt am Sonntag",
    "Handelsblatt",
    "RND",
    "Redaktionsnetzwerk Deutschland",
    "ARD",
    "ZDF",
    // ARD's regional broadcasters.
    "SWR",
    "NDR",
    "WDR",
    "MDR",
    "RBB",
    "Bayerischer Rundfunk",
    "Hessischer Rundfunk",
    "Radio Bremen",
    "ntv",
    "n-tv",
    "RTL/ntv",
    "Tagesspiegel",
    "Funke",
    "Funke Mediengruppe",
    "t-online",
    "Augsburger Allgemeine",
    "Cicero",
    "El País",
    "El Mundo",
    "ABC",
    "La Razón",
    "El Español",
    "eldiario.es",
    "La Vanguardia",
    "El Periódico",
    "Antena 3",
    "La Sexta",
    "laSexta",
    "Telecinco",
    "RTVE",
    "TVE",
    "Cadena SER",
    "SER",
    "COPE",
    "Onda Cero",
    "20minutos",
    "Público",
    "El Confidencial",
    "Clarín",
    "La Nación",
    "Известия",
    "РБК",
    "Коммерсант",
    "Коммерсантъ",
    "ТАСС",
    "РИА Новости",
    "Первый канал",
    "Россия 1",
    "НТВ",
    "Ведомости",
    "Звезда",
    "RT",
    "Russia Today",
    "Sputnik",
    "TASS",
    "RIA Novosti",
    "RIA",
    "Interfax",
    "Интерфакс",
    "Izvestia",
    "Известия",
    "Kommersant",
    "Коммерсантъ",
    "CGTN",
    "Xinhua",
    "Global Times",
    "PressTV",
    "Press TV",
    "Комсомольская правда",
    "Российская газета",
    "Folha",
    "Folha de S.Paulo",
    "Folha de São Paulo",
    "O Globo",
    "Globo",
    "TV Globo",
    "Rede Globo",
    "GloboNews",
    "g1",
    "Estadão",
    "O Estado de S. Paulo",
    "Veja",
    "CNN Brasil",
    "Band",
    "SBT",
    "Record",
    "Valor",
    "Valor Econômico",
    "Expresso",
    "SIC",
    "TVI",
    "RTP",
    "Correio da Manhã",
    "Jornal de Notícias",
    "Diário de Notícias",
    "Observador",
    "Corriere della Sera",
    "Corsera",
    "Corriere",
    "la Repubblica",
    "Repubblica",
    "La Stampa",
    "Il Sole 24 Ore",
    "Rai",
    "RaiNews",
    "Mediaset",
    "La7",
    "Sky TG24",
    "Porta a Porta",
    "Il Fatto Quotidiano",
    "Il Messaggero",
    "Il Giornale",
    "Українська правда",
    "ТСН",
    "Дзеркало тижня",
    "Suomen Kuvalehti",
    "SRG",
    "SSR",
    "SRG SSR",
    "SRF",
    "RTS",
    "Tamedia",
    "20 Minuten",
    "Blick",
    "NZZ",
    "Neue Zürcher Zeitung",
    "Tages-Anzeiger",
    "ORF",
    "Standard",
    "Der Standard",
    "Kurier",
    "Krone",
    "Kronen Zeitung",
    "Profil",
    "Die Presse",
    "Presse",
    "ATV",
    "Puls 24",
    "Heute",
    "Radio-Canada",
    "La Presse",
    "Le Devoir",
    "Journal de Montréal",
    "Le Journal de Montréal",
    "Journal de Québec",
    "TVA",
    "TVA Nouvelles",
    // Québecor's brands as Léger's co-brands write them ("Léger-Le Journal-TVA-Qub").
    "Le Journal",
    "Journal",
    "QUB",
    "QUB radio",
    "L'actualité",
    // A farmers' confederation that co-signs Ixè's and Censis' surveys ("Coldiretti-Ixe"):
    // a sponsor in a joint brand, like an outlet.
    "Coldiretti",
    "Noovo",
    "CBC",
    "Globe and Mail",
    "Noticias Caracol",
    "Caracol",
    "Caracol Radio",
    "Semana",
    "El Tiempo",
    "W Radio",
    "El Universal",
    "Milenio",
    "El Financiero",
    "Reforma",
    "Infobae",
    "Página 12",
    "Perfil",
    "La Tercera",
    "Emol",
    "T13",
    "CNN Chile",
    "DN",
    "JN",
    "TSF",
    "Antena 1",
    "SIC Notícias",
    "Público",
    "UOL",
    "Genial",
    "Genial Investimentos",
    "TgLa7",
    "Tg La7",
    "Dire",
    "Agi",
    "Ansa",
    "Tg1",
    "Rai 1",
    "Porta a Porta",
    "Interfax",
    "Интерфакс",
    "Euronews",
    "AFP",
    "dpa",
    "APA",
    "EFE",
    "Europa Press",
    "Lusa",
    "Agência Brasil",
];

static MEDIA_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| MEDIA.iter().map(|m| name_key(m)).collect());

/// Is this name a media outlet? One of the known titles, or a name whose last word is a
/// newspaper or programme noun ("Leipziger Volkszeitung", "ARD-Morgenmagazins", "Valley
/// Courier"), or a co-brand of outlets ("SIC/Expresso").
pub fn is_media(name: &str) -> bool {
    let key = name_key(name);
    if MEDIA_KEYS.contains(&key) {
        // "CBS-Research" is a polling firm, not CBS: the key drops the trade word.
        return !RESEARCH_TRADE.is_match(name);
    }
    if name.contains('/') {
        return name
            .split('/')
            .all(|part| MEDIA_KEYS.contains(&name_key(part)));
    }
    // Outlets joined: "Stuttgarter Zeitung und SWR", "Le Soir et RTL".
    for joint in [" und ", " and ", " et ", " y ", " e ", " & "] {
        if let Some((a, b)) = name.split_once(joint) {
            if !a.trim().is_empty() && !b.trim().is_empty() {
                return is_media(a) && is_media(b);
            }
        }
    }
    // A station or a paper named by what it is: "Radio Cooperativa", "Rádio Gaúcha", "Diario
    // Popular", "Jornal do Commercio", "Радио Свобода".
    if let Some((first, rest)) = name.trim().split_once(' ') {
        if matches!(
            first,
            "Radio"
                | "Rádio"
                | "Radyo"
                | "Радио"
                | "Радіо"
                | "Diario"
                | "Diário"
                | "Jornal"
                | "Periódico"
                | "Gazzetta"
                | "Gazeta"
                | "Газета"
        ) && rest.starts_with(char::is_uppercase)
            && !RESEARCH_TRADE.is_match(name)
        {
            return true;
        }
    }
    // A paper's Sunday edition: "SonntagsBlick", "Sonntags-Blick".
    if let Some(rest) = name.trim().strip_prefix("Sonntags") {
        let rest = rest.trim_start_matches(['-', ' ']);
        if rest.starts_with(char::is_uppercase) && MEDIA_KEYS.contains(&name_key(rest)) {
            return true;
        }
    }
    // A numbered channel: "Channel 12", "Canal 13", "Kanal 5", "5 канал".
    if NUMBERED_CHANNEL.is_match(name.trim()) {
        return true;
    }
    // The regex only for a name whose last word ends like an outlet's.
    let last = name
        .trim()
        .rsplit([' ', '-'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    MEDIA_ENDINGS.iter().any(|e| last.ends_with(e))
        && !looks_like_org(name)
        && MEDIA_FORM.is_match(name.trim())
}

/// A television channel known by its number.
static NUMBERED_CHANNEL: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^(?:(?:channel|canal|kanal|канал|canale|chaîne)\s+\d{1,3}|\d{1,3}\s+(?:канал|kanal))$",
    )
});

/// Words of the research trade that make a name a firm's even when its key is an outlet's.
static RESEARCH_TRADE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:research|polls?|polling|pollsters?|insights?|analytics|institut[eo]?|istituto|sondages?|surveys?|umfragen|meinungsforschung|marktforschung|sociolog\w*|соціолог\w*|социолог\w*|consulting|consultores|consultoria|consultora|opinion research)\b",
    )
});

/// Is every word of `name` a word of the research trade ("Research", "Polling Institute")?
pub fn only_trade_words(name: &str) -> bool {
    name.split_whitespace().all(|w| RESEARCH_TRADE.is_match(w))
}

/// How the last words of [`MEDIA_FORM`] end.
const MEDIA_ENDINGS: &[&str] = &[
    "zeitung",
    "blatt",
    "schau",
    "anzeiger",
    "kurier",
    "magazin",
    "magazins",
    "themen",
    "times",
    "tribune",
    "herald",
    "gazette",
    "chronicle",
    "courier",
    "telegraph",
    "dimanche",
    "gazzetta",
    "corriere",
    "quotidiano",
    "diário",
    "diario",
    "газета",
    "газеты",
    "газети",
    "shimbun",
    "ilbo",
    "nippo",
];

/// The last word of an outlet's name.
static MEDIA_FORM: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)(?:^|[\s\-])(?:\p{L}*zeitung|\p{L}*blatt|rundschau|anzeiger|kurier|morgenmagazins?|tagesschau|tagesthemen|times|tribune|herald|gazette|chronicle|courier|telegraph|dimanche|gazzetta|corriere|quotidiano|diário|diario|газет[аы]|газети|shimbun|ilbo|nippo)$",
    )
});

static SPONSOR_LIKE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:campaign|party|committee|partido|parti|partei|campagne|campanha|campagna|партия|партии|government|gouvernement|regierung|gobierno|governo|правительств\w*|ministry|ministère|ministerium|ministerio|ministério|министерств\w*|администраци\w*|ayuntamiento|mairie|prefeitura|rathaus|comune)\b",
    )
});

/// Party names. A name holding one beside a word of the research trade ("Vox Lusa Estudos")
/// is a firm borrowing the word, not the party.
static PARTY: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:labour|conservatives?|tory|tories|democrats?|republicans?|gop|union|cdu|csu|spd|afd|fdp|grüne|bsw|linke|rassemblement national|renaissance|lfi|psoe|pp|vox|sumar|podemos|chega|pcp|psdb|mdb|единая россия|кпрф|лдпр|snp|lib dems?|reform uk|fratelli d['’]italia|lega|m5s|forza italia)\b",
    )
});

/// Parties, campaigns and governments: they commission polls, they are not pollsters.
/// A name ending in a word of the research trade ("Campaign Research", "Party Polling") is a
/// firm's, whatever word comes before.
pub fn is_sponsor_like(name: &str) -> bool {
    let trade_firm = || {
        name.split_whitespace().count() >= 2
            && name
                .split_whitespace()
                .next_back()
                .is_some_and(is_trade_word)
    };
    // "Facultad de Gobierno", "School of Government": a school that studies government.
    let school = || {
        name.split_whitespace()
            .next()
            .is_some_and(|w| ACADEMIC_HEAD.is_match(w))
    };
    SPONSOR_LIKE.is_match(name) && !trade_firm() && !school()
        || PARTY.is_match(name) && !looks_like_org(name)
}

static ACADEMIC_HEAD: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^(?:school|escuela|escola|école|faculty|facultad|faculdade|faculté|facoltà|department|departamento|département|dipartimento|university|universidad|universidade|université|universität|università|college|institute|instituto|institut|istituto|center|centre|centro|zentrum)$",
    )
});

/// A word of the research trade that ends a firm's name: "Campaign Research", "Strategic
/// Polling", "Penn Schoen Associates".
pub fn is_trade_word(word: &str) -> bool {
    matches!(
        fold(word).as_str(),
        "research" | "polling" | "strategies" | "insights" | "analytics" | "associates"
    )
}

static ORG: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:gmbh|ltd|inc|llc|s\.a\.|sarl|sas|ltda|ооо|analytics|analytic|research|institute|instituto|istituto|polling|insights?|strateg\w*|group|gruppe|grupo|associates|consult\w*|data|dados|daten|center|centre|centro|zentrum|partners|intelligence|opinion|opinião|opinión|opinione|surveys?|pesquisas|sondages|meinungsforschung|marktforschung|consultores|estudios|estudos|labs?|metrics?|monitor|barometer|baromètre|barómetro|trends?|field|panel|analitica|analítica|demoscopia|demoskopia|sociolog\w*|statistics|statistik|estadística|estatística|métrica|metrica|observatory|observatoire|observatorio|observatório|osservatorio|центр(?:а|у|ом|е|і|ы|ов|ам|ами|ах)?|фонд\w*|институт\w*|інститут\w*|агентств\w*|агенці\w*|компани\w*|аналитик\w*|социолог\w*|соціолог\w*|група|групп\w*|conseil|marketing|sondaggi|ricerche|études|etudes|encuestas|sondeos|umfragen|advisory|mercadotecnia|public affairs)\b|institut|forschung|demoskop|«",
    )
});

static POLLSTER_NOUN_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:instituto|institut|institute|istituto|pollster|polling (?:firm|company|agency)|research (?:firm|company)|consultora|encuestadora|empresa|sondeur|firme|firme de sondage|maison de sondage|maison|meinungsforschungsinstituts?|umfrageinstituts?|marktforschungsinstituts?|meinungsforscher)\s+(?:de\s+|d['’]\s*|(?-i:\p{Ll}[\p{L}\-]*)\s+)?$|(?:^|\b(?:a|an|the|new|latest|la|una|nueva|última|uma|nova|última|le|un|nouveau|dernier|il|un|nuovo|ultimo|die|eine|neue)\s+)(?:pesquisa|encuesta|sondeo|sondage|sondagem|sondaggio|poll|survey|umfrage)\s+$|\b(?:pesquisa|levantamento|sondagem|encuesta|sondeo|sondage|enquête|sondaggio|rilevazione|poll|survey|umfrage)\s+(?:\p{Ll}+\s+){0,2}?(?:feit[ao]|realizad[ao]|conduzid[ao]|elaborad[ao]|hech[ao]|réalisée?|menée?|realizzat[oa]|condott[oa]|conducted|carried out|run|durchgeführt)\s+(?:pel[oa]|por|par|da|dal|dall['’]|dalla|by|von|vom)\s+(?:(?:o|a|el|la|le|il|the|der|die|das)\s+|l['’])?$",
    )
});

/// Does `before` (the text up to a name) end with a pollster noun ("pesquisa do instituto",
/// "the polling firm", "l'institut")? The name after it is then named as the pollster.
pub fn after_pollster_noun(before: &str) -> bool {
    POLLSTER_NOUN_BEFORE.is_match(before)
}

/// The last `n + 1` characters of `before` (all of it when shorter): the look-behind window of
/// the `…_BEFORE` cues.
fn last_chars(before: &str, n: usize) -> &str {
    before
        .char_indices()
        .rev()
        .nth(n)
        .map_or(before, |(i, _)| &before[i..])
}

/// A name in an aside that compares with another poll: "Just days after YouGov published…",
/// "as with YouGov", "unlike Ifop", "après l'Ifop", "a diferencia de Cadem", "в отличие от
/// ВЦИОМ". Not "like", "comme", "wie", "como": they also introduce attributions ("wie das
/// Institut Forsa mitteilte"). `before`: the sentence up to the name.
static ASIDE_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:after|following|before|unlike|as with|as did|como (?:lo )?hizo(?:\s+\p{Ll}+)?|comme l['’]a fait(?:\s+\p{Ll}+)?|como (?:o )?fez(?:\s+\p{Ll}+)?|come ha fatto(?:\s+\p{Ll}+)?|à l['’]instar d[eu']|après|avant|contrairement à|nachdem|anders als|tras|después de|antes de|a diferencia de|al igual que|depois de|após|ao contrário d[eoa]|assim como|dopo|prima di|a differenza d[ie]|dopo che|после|как и|в отличие от|після|як і|на відміну від)\s+(?:(?:the|l['’]|le|la|les|der|die|das|dem|den|el|los|o|a|os|il|lo)\s*)?$|\b(?:other|outras|otras|d['’]autres|andere|altri|altre|другие|інші)\s+(?:polls?|surveys?|pesquisas|encuestas|sondeos|sondages|enquêtes|umfragen|sondaggi|опросы|опитування)\s*,?\s*(?:like|such as|including|como|comme|wie|come|как|як|tra cui|darunter)\s+(?:[\p{L}\p{N}&.\-/]+(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.\-/]*){0,3}\s*(?:,|\se|\sy|\sand|\set|\sund|\sed|\sи|\sі)\s+){0,2}$",
    )
});

/// Is a name at the end of `before` in an aside about another poll (see [`ASIDE_BEFORE`])?
pub fn in_aside(before: &str) -> bool {
    let tail = last_chars(before, 40);
    // "D'après Cluster17" is an attribution, not "après".
    ASIDE_BEFORE
        .find(tail)
        .is_some_and(|m| !tail[..m.start()].ends_with(['\'', '’']))
}

/// A name right after "conducted by", "elaborato da", "réalisé par", "realizada por",
/// "durchgeführt von", "проведенного": the agent of the poll, which outranks a name the poll
/// is "of" ("L'atteso sondaggio della RSI, elaborato da Assolo Sagl…"; "Selon le sondage réalisé
/// à Dakar … par StatInfo").
static AGENT_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:conducted|carried out|fielded|done|run|led|coordinated|elaborat[oaie]|realizzat[oaie]|condott[oaie]|eseguit[oaie]|curat[oaie]|réalisée?s?|menée?s?|effectuée?s?|realizad[ao]s?|elaborad[ao]s?|efectuad[ao]s?|hech[ao]s?|feit[ao]s?|conduzid[ao]s?|durchgeführt|erstellt|erhoben)\s+(?:by|par|por|pel[oa]|da|dal|dalla|dall['’]|dai|von|vom|durch)\s+(?:(?:the|l['’]|la|le|el|o|a|il|der|die|das|dem|den)\s*)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}$|\b(?:проведенн?\w*|выполненн?\w*|здійснен\w*|виконан\w*)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}[«\x22„]?$|\b(?:conduit|livré)e?s?\s+par\s+(?:(?:l['’]|la|le|un|une)\s*)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}$|\b(?:опрос|исследование|опитування|дослідження)\s+(?:провел[аио]?|провели|провів|провела|провело|провели)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}[«\x22„]?$",
    )
});

/// A Cyrillic organisation noun: the head of a name whose proper part is quoted ("фонда
/// «Социум»", "Агентство стратегических инициатив «Санкт-Петербург»").
static CYRILLIC_ORG_NOUN: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^(?:центр|фонд|институт|інститут|агентств|агенц|компани|компані|групп|груп|служб|лаборатор|бюро|холдинг|ассоциаци|асоціаці|объединени|об'єднанн|организаци|організаці)\w*$",
    )
});

/// A Cyrillic adjective ending ("Социологического", "Українська").
static CYRILLIC_ADJECTIVE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^\p{Cyrillic}+(?:ого|его|ой|ый|ий|ая|яя|ое|ее|ому|ему|ым|им|ых|их|ої|ій|ими|ська|ське)$",
    )
});

/// Where the organisation noun phrase before a quoted name starts in `before` (the text up to
/// the name's opening quote): the noun right before the quote ("специалисты фонда" → "фонда"),
/// or a capitalised noun followed by lower-case genitives ("Агентство стратегических
/// инициатив"), each with the capitalised adjectives before it ("Социологического центра").
/// Lower-case adjectives describe the organisation and stay out ("неизвестного центра").
pub fn cyrillic_org_head(before: &str) -> Option<usize> {
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        // The quote must follow a space: "Левада-«…»" is no head and name.
        return None;
    }
    // Up to five words back from the quote, each with its start, separated by single spaces.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = trimmed.len();
    while words.len() < 5 {
        let start = trimmed[..end].rfind(' ').map_or(0, |i| i + 1);
        let word = &trimmed[start..end];
        if word.is_empty()
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            break;
        }
        words.push((start, word));
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let noun = words
        .iter()
        .position(|(_, w)| CYRILLIC_ORG_NOUN.is_match(w))?;
    if noun > 0 && !(upper(words[noun].1) && words[..noun].iter().all(|(_, w)| lower(w))) {
        return None;
    }
    // A capital at the start of the sentence says nothing ("Сумнівний центр «…»").
    let mut at = noun;
    while at + 1 < words.len()
        && at < noun + 2
        && words[at + 1].0 > 0
        && upper(words[at + 1].1)
        && CYRILLIC_ADJECTIVE.is_match(words[at + 1].1)
    {
        at += 1;
    }
    Some(words[at].0)
}

/// Two or more people's names joined by "and" ("Roberto Lagalla e Franco Miceli", "Biden and
/// Trump" is not: one word each could be firms): the candidates a poll measures, not who ran it.
pub fn looks_like_people(name: &str) -> bool {
    const AND: &[&str] = &["e", "ed", "and", "y", "und", "et", "и", "і", "та"];
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let people: Vec<&[&str]> = words.split(|w| AND.contains(w)).collect();
    people.len() >= 2 && !looks_like_org(name) && people.iter().all(|p| person_words(p))
}

/// One person's name as written ("Nando Pagnoncelli"), not an organisation's.
pub fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    person_words(&words) && !looks_like_org(name)
}

/// Two or three capitalised words ("Nando Pagnoncelli"), as a person's name is written.
fn person_words(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        })
}

/// A German descriptor compound written before an unknown firm's name
/// ("Meinungsforschungsinstitut Data 4U").
static DESCRIPTOR_HEAD: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"^(?i:meinungsforschungsinstitut\w*|marktforschungsinstitut\w*|umfrageinstitut\w*|meinungsforscher\w*|marktforscher\w*|polling firm|pollster)\s+\p{Lu}",
    )
});

/// A poll product named before its maker ("Barómetro de Opinião COVID-19 da Marktest").
static PRODUCT_HEAD: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"^(?i:bar[oó]metro|barômetro|barometer|baromètre|observatorio|observatório|osservatorio|monitor|tracker|tracking)\b",
    )
});

/// The last word of an organisation's name before "and" and another organisation
/// ("Anderson Robbins Research and Shaw & Company Research").
static ORG_TAIL: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:research|institute|group|associates|strategies|partners|analytics|consulting|polling|insights)$",
    )
});

/// An unknown name cut to the pollster in it: a German descriptor before it, a poll product
/// before "da" / "of" its maker, an outlet after it ("Opinio Rai": the outlet is returned as
/// the sponsor), a person after "di" ("Only Numbers di Alessandra Ghisleri"), a second
/// organisation after "and".
pub fn trim_unknown_name(name: &str) -> (&str, Option<&str>) {
    let name = name.trim();
    if is_media(name) {
        return (name, None);
    }
    if DESCRIPTOR_HEAD.is_match(name) {
        let rest = name
            .split_once(char::is_whitespace)
            .map_or(name, |(_, r)| r.trim_start());
        let rest = rest.strip_prefix("firm ").unwrap_or(rest);
        return (rest, None);
    }
    // "Osservatorio Metropolitano di Milano": a head noun with a capitalised word of its own
    // names a body, and what follows its connector is a place, not a maker.
    let body = || {
        name.split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && name.split_whitespace().nth(2).is_some_and(|w| {
                matches!(
                    w,
                    "di" | "de" | "do" | "da" | "del" | "della" | "des" | "du" | "of"
                )
            })
    };
    if PRODUCT_HEAD.is_match(name) && !body() {
        let cut = [
            " da ", " do ", " de ", " di ", " del ", " della ", " des ", " du ", " of ", " von ",
            " der ",
        ]
        .iter()
        .filter_map(|c| name.rfind(c).map(|at| at + c.len()))
        .max();
        if let Some(at) = cut {
            let rest = &name[at..];
            if rest.starts_with(char::is_uppercase) {
                return (rest, None);
            }
        }
    }
    // An outlet after the name, one or two words.
    let words: Vec<(usize, &str)> = name
        .match_indices(' ')
        .map(|(i, _)| (i, &name[i + 1..]))
        .collect();
    for &(at, tail) in words.iter().rev().take(2).rev() {
        if is_media(tail) && at > 0 {
            return (name[..at].trim_end(), Some(tail));
        }
    }
    if let Some(at) = name.rfind(" di ") {
        let tail = &name[at + 4..];
        let words: Vec<&str> = tail.split(' ').collect();
        if words.len() == 2 && person_words(&words) && !looks_like_org(tail) {
            return (&name[..at], None);
        }
    }
    for and in [" and ", " e ", " y ", " und ", " et "] {
        if let Some(at) = name.find(and) {
            let (left, right) = (&name[..at], &name[at + and.len()..]);
            if ORG_TAIL.is_match(left)
                && ORG_TAIL.is_match(right)
                && right.starts_with(char::is_uppercase)
            {
                return (left, None);
            }
        }
    }
    (name, None)
}

/// A poll's own noun written with a capital ("le Baromètre politique", "Umfrage"): a product
/// or a title, nobody's name.
static POLL_NOUN_NAME: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"^(?i:(?:le |la |el |il |lo |o |a |der |die |das |the )?(?:(?:public|opinion|political|social|national|annual|monthly|weekly|quarterly|global|regional|electoral|election|voter|omnibus|tracking|socio-political)\s+){0,3}(?:baromètre|barometer|barometro|barómetro|barômetro|sondage|sondaggio|encuesta|sondeo|umfrage|poll|survey|pesquisa|sondagem|enquête|observatoire|observatorio|observatório|osservatorio)(?:s|n)?(?: (?:politique|político|politico|política|politica|politisches?|political|social|sociale|d['’]opinion|de opinión|de opinião))?)$",
    )
});

/// A single German abstract noun, capitalised as every German noun is ("Bewertungen",
/// "Meinung", "Gesellschaft"): nobody's name.
static GERMAN_ABSTRACT_NOUN: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"^\p{Lu}\p{Ll}+(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus)$",
    )
});

/// Is `name` only a poll's noun ([`POLL_NOUN_NAME`]) or a German abstract noun?
pub fn is_poll_noun(name: &str) -> bool {
    let name = name.trim();
    POLL_NOUN_NAME.is_match(name)
        || GERMAN_ABSTRACT_NOUN.is_match(name)
        || GERMAN_POLL_COMPOUND.is_match(name)
}

/// A German compound of a poll's noun ("Wahlbarometer", "Sonntagsumfrage", "Jugendstudie"):
/// a product or a title (the registry knows the products that are names, "Politbarometer").
static GERMAN_POLL_COMPOUND: LazyLock<Re> = LazyLock::new(|| {
    Re::new(r"^\p{Lu}\p{Ll}+(?:barometer|umfrage|umfragen|studie|befragung|erhebung)$")
});

/// Is a name at the end of `before` the agent of the poll (see [`AGENT_BEFORE`])?
pub fn after_agent(before: &str) -> bool {
    let tail = last_chars(before, 60);
    AGENT_BEFORE.is_match(tail)
}

/// A name right after a word that makes it the commissioner: "for the Times", "pour
/// Paris-Match", "für den Spiegel", "para El País", "per il Corriere", "для РБК", "im Auftrag
/// von", "commissioned by", "по заказу", "на замовлення".
static COMMISSIONER_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)(?:\b(?:for|pour|für|fuer|para|per|для|на замовлення|по заказу|commissioned by|sponsored by|paid for by|on behalf of|pour le compte d[eu]|pour le compte des|por cuenta de|per conto d[ei]|à la demande d[eu']?|a pedido d[eoa]|a petición d[eoa]|encargad[oa] por|encomendad[oa] (?:por|pel[oa])|su commissione d[ei]|im auftrag (?:von|des|der)|in auftrag (?:von|des|der)|auftraggeber)(?:\s+(?:the|la|le|les|el|los|o|a|il|lo|der|die|das|dem|den|des))?(?:\s+l['’])?(?:\s+(?:newspaper|daily|weekly|magazine|broadcaster|channel|journal|quotidien|hebdomadaire|chaîne|zeitung|magazins?|senders?|diario|periódico|semanario|cadena|jornal|revista|semanário|emissora|quotidiano|settimanale|газеты|газети|еженедельника|тижневика|журнала|журналу|телеканала|телеканалу|телекомпании|телекомпанії|радиостанции|радіостанції|издания|видання|партии|партії))?|/)\s*[«\x22„“]?$",
    )
});

/// Words that make the name after them the commissioner whatever else the sentence names:
/// "pour le compte de", "on behalf of", "commissioned by", "im Auftrag von", "по заказу".
static STRONG_COMMISSIONER_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:pour le compte d(?:e|u|es|['’])|à la demande d(?:e|u|es|['’])|on behalf of|commissioned by|sponsored by|paid for by|im auftrag (?:von|des|der|vom)|по заказу|на замовлення|encargad[oa] por|por encargo de|por cuenta de|a pedido d[eoa]|encomendad[oa] (?:por|pel[oa])|commissionat[oa] da|per conto d[ei]|su commissione d[ei])(?:\s+(?:the|la|le|les|el|los|o|a|il|lo|der|die|das|dem|den|des))?(?:\s+[а-яёіїєґ]+)?\s*[«\x22„“]?$",
    )
});

/// Is a name at the end of `before` named as who commissioned the poll, in words that leave no
/// doubt ([`STRONG_COMMISSIONER_BEFORE`])?
pub fn after_strong_commissioner_word(before: &str) -> bool {
    STRONG_COMMISSIONER_BEFORE.is_match(last_chars(before, 40))
}

/// Is a name at the end of `before` the poll's commissioner (see [`COMMISSIONER_BEFORE`])?
pub fn after_commissioner_word(before: &str) -> bool {
    let tail = last_chars(before, 40);
    COMMISSIONER_BEFORE.is_match(tail)
}

/// An outlet as written without an article that is not part of its name: indefinite articles
/// ("A CGTN" → "CGTN") and lower-case definite ones ("the Global Times" → "Global Times"), but
/// "El Financiero" and "The Times" stay whole. `None` when the name is not an outlet.
pub fn outlet_name(name: &str) -> Option<(usize, &str)> {
    if !is_media(name) {
        return None;
    }
    let mut at = 0;
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(char::is_whitespace) {
        let tail = tail.trim_start();
        let indefinite = matches!(
            first.to_lowercase().as_str(),
            "a" | "an" | "un" | "une" | "una" | "uno" | "um" | "uma" | "ein" | "eine" | "einer"
        );
        let lower_definite = matches!(
            first,
            "the"
                | "le"
                | "la"
                | "les"
                | "l'"
                | "el"
                | "los"
                | "las"
                | "o"
                | "os"
                | "il"
                | "lo"
                | "der"
                | "die"
                | "das"
                | "dem"
                | "den"
                | "des"
        );
        if !(indefinite || lower_definite) || !is_media(tail) {
            break;
        }
        at += rest.len() - tail.len();
        rest = tail;
    }
    Some((at, rest))
}

/// National statistics offices: "Instituto Nacional de Estadística", "Statistisches
/// Bundesamt", "Office for National Statistics", "Росстат", INSEE, Istat, IBGE…
static STATISTICS_OFFICE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^(?:(?:the|el|la|le|l['’]|das|o|a|il)\s*)?(?:instituto nacional de estad[ií]stica|institut national de la statistique\b.*|statistische[sn]? (?:bundes|landes)amt\w*|office (?:for|of) national statistics|(?:us |u\.s\. )?bureau of (?:labor )?statistics|(?:us |u\.s\. )?census bureau|australian bureau of statistics|istituto nazionale di statistica|instituto nacional de estatística|instituto brasileiro de geografia e estatística|statistics (?:canada|netherlands|norway|sweden|denmark|finland|austria|new zealand|south africa)|statistik austria|eurostat|insee|destatis|istat|ibge|inegi|indec|ine|ons|росстат\w*|федеральн\w* служб\w* государственной статистики|держстат\w*|державн\w* служб\w* статистики)$",
    )
});

/// Is `name` a national statistics office (see [`STATISTICS_OFFICE`])?
pub fn is_statistics_office(name: &str) -> bool {
    STATISTICS_OFFICE.is_match(name.trim())
}

/// A programme's host: "diMartedì, il programma di La7 condotto da Giovanni Floris", "l'émission
/// animée par…", "the show hosted by…". Who presents the programme did not run the poll.
static HOST_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)\b(?:programma|programme|program|programa|trasmissione|talk[- ]?show|show|émission|sendung|magazine|rubrica)\b[^.;]{0,60}?\b(?:condott[oa]|presentat[oa]|animée?|présentée?|presented|hosted|fronted|presentad[oa]|apresentad[oa]|moderiert\w*|conducid[oa])\s+(?:da|dal|dalla|par|by|por|pel[oa]|von|vom)\s+(?:(?:the|la|le|il|el|o|a)\s+)?$",
    )
});

/// Is a name at the end of `before` a programme's host (see [`HOST_BEFORE`])?
pub fn after_host(before: &str) -> bool {
    let tail = last_chars(before, 100);
    HOST_BEFORE.is_match(tail)
}

/// German word order puts the participle after the agent: "die von CBOS durchgeführt wurde",
/// "den Emnid wöchentlich … erhebt" is left to the registry.
static AGENT_PARTICIPLE_AFTER: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?i)^[\s,]*(?:\p{Ll}[\p{Ll}\-]*\s+){0,2}?(?:durchgeführt\w*|erhoben\w*|erstellt\w*|ermittelt\w*|realisiert\w*|befragt\w*|veröffentlicht\w*|vorgelegt\w*)\b",
    )
});
static AGENT_PREPOSITION_BEFORE: LazyLock<Re> =
    LazyLock::new(|| Re::new(r"(?i)\b(?:von|vom|durch)\s+(?:(?:der|die|das|dem|den)\s+)?$"));

/// Is a name between `before` and `after` the agent of the poll in German word order ("…, die
/// von CBOS durchgeführt wurde")?
pub fn agent_before_participle(before: &str, after: &str) -> bool {
    let tail = last_chars(before, 20);
    AGENT_PREPOSITION_BEFORE.is_match(tail) && AGENT_PARTICIPLE_AFTER.is_match(after)
}

/// Does a name read like an organisation ("Zephyr Analytics", "Instituto Brasil Dados")?
pub fn looks_like_org(name: &str) -> bool {
    ORG.is_match(name)
}

/// "for the public", "für die Deutschen": not a sponsor.
pub fn is_generic_audience(name: &str) -> bool {
    let k = fold(name);
    matches!(
        k.as_str(),
        "public" | "deutschen" | "francais" | "espanoles" | "brasileiros" | "italiani"
    ) || k.split(' ').count() > 6
}

/// The document's country: the caller's, else the URL's country domain, else the language's
/// main country (only used for blackouts and registry tie-breaks).
pub fn country(ctx: &Context, doc: &Document, lang: &str) -> Option<String> {
    if let Some(c) = &ctx.country {
        return Some(c.to_ascii_uppercase());
    }
    if let Some(url) = &doc.url {
        let host = url
            .split("://")
            .nth(1)
            .unwrap_or(url)
            .split(['/', ':', '?'])
            .next()
            .unwrap_or("");
        if let Some(tld) = host.rsplit('.').next() {
            let c = match tld {
                "fr" => "FR",
                "de" => "DE",
                "es" => "ES",
                "it" => "IT",
                "pt" => "PT",
                "br" => "BR",
                "ru" => "RU",
                "ua" => "UA",
                "uk" => "GB",
                "at" => "AT",
                "ch" => "CH",
                "be" => "BE",
                "mx" => "MX",
                "ar" => "AR",
                "co" => "CO",
                "pe" => "PE",
                _ => "",
            };
            if !c.is_empty() {
                return Some(c.to_owned());
            }
        }
    }
    match lang {
        "fr" => Some("FR"),
        "de" => Some("DE"),
        "es" => Some("ES"),
        "it" => Some("IT"),
        "ru" => Some("RU"),
        "uk" => Some("UA"),
        _ => None,
    }
    .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_and_orgs() {
        assert!(is_media("the Times"));
        assert!(is_media("Paris-Match"));
        assert!(is_media("Stuttgarter Zeitung und Süddeutsche Zeitung"));
        assert!(!is_media("Ipsos and the Times"));
        assert!(!is_media("YouGov"));
        assert!(looks_like_org("Zephyr Analytics"));
        assert!(looks_like_org("Instituto Veritá"));
        assert!(!looks_like_org("John Smith"));
        assert!(is_sponsor_like("the Labour Party"));
        // A school of government studies it.
        assert!(is_poll_noun("Wahlbarometer"));
        assert!(is_poll_noun("Public Opinion Barometer"));
        assert!(!is_poll_noun("Public Opinion Strategies"));
        assert!(is_poll_noun("Sonntagsumfrage"));
        assert!(!is_poll_noun("Forsa"));
        assert!(is_sponsor_like("Gobierno de Chile"));
        assert!(!is_sponsor_like("Facultad de Gobierno"));
        assert!(!is_sponsor_like("School of Government"));
    }
}

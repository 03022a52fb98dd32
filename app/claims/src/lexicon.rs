//! Poll vocabulary in every supported language and the one-pass keyword scanner.
//!
//! Owns the keyword lists (what counts as poll vocabulary, respondents, voting intention,
//! pollster words) and the Aho-Corasick automaton that finds them in one pass over an article.
//! Articles without any hit cost one scan and nothing else. It must not decide about claims.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

use crate::prefilter::Prefilter;

/// What a keyword says about its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Unambiguous poll nouns: poll, sondage, Umfrage, encuesta, опрос, sondagem, sondaggio.
    Poll,
    /// Poll nouns that also mean something else: enquête (inquiry), pesquisa (research),
    /// Befragung (questioning), исследование (study). They need support in the sentence.
    WeakPoll,
    /// Respondents: sondés, Befragten, encuestados, опрошенных, entrevistados.
    Respondent,
    /// Voting intention: intentions de vote, intención de voto, Sonntagsfrage.
    VoteIntention,
    /// The trade: pollster, sondeur, Meinungsforscher, социолог.
    PollsterWord,
    /// Informal votes presented as polls: click polls, online votes, "enquete".
    InformalVote,
    /// Social media and mentions: with an analysis and a result in the sentence
    /// ([`crate::cues::social_analytics`]), analytics presented as opinion.
    Analytics,
    /// A rating of a leader or an institution in the public's eyes: approval, disapproval,
    /// trust, popularity, image ("approval rating", "cote de popularité", "aprovação",
    /// "gradimento", "уровень доверия"). Stated as a share, it is a poll's finding even where
    /// no poll is named ([`crate::cues::RATING_VOTES`] keeps votes of assemblies out).
    Rating,
    /// A population's view, as the verb that states it ("think", "estiment", "glauben",
    /// "consideran", "acham", "ritengono", "считают", "вважають"): with a share of a
    /// population before it, a poll's finding even where no poll is named.
    PublicView,
}

/// How a keyword must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// A whole word.
    Word,
    /// The start of a word; inflections may follow ("опроса", "encuestados").
    Prefix,
    /// Anywhere, for German compounds ("Wahlumfrage", "Forsa-Umfrage").
    Any,
}

use Bound::{Any, Prefix, Word};
use Class::{
    Analytics, InformalVote, Poll, PollsterWord, PublicView, Rating, Respondent, VoteIntention,
    WeakPoll,
};

/// Keywords, lower-case; they are matched against [`fold_case`] of the text.
const KEYWORDS: &[(&str, Class, Bound)] = &[
    // English
    ("poll", Poll, Word),
    // Exit polls, in every language's own words and in the English loan.
    ("exit poll", Poll, Prefix),
    ("exit-poll", Poll, Prefix),
    ("sortie des urnes", Poll, Word),
    ("pie de urna", Poll, Word),
    ("boca de urna", Poll, Word),
    ("nachwahlbefragung", Poll, Prefix),
    ("экзитпол", Poll, Prefix),
    ("экзит-пол", Poll, Prefix),
    ("екзитпол", Poll, Prefix),
    ("екзит-пол", Poll, Prefix),
    ("polls", Poll, Word),
    ("polled", Poll, Word),
    ("polling", Poll, Word),
    ("opinion poll", Poll, Word),
    ("survey", Poll, Word),
    ("surveys", Poll, Word),
    ("surveyed", Poll, Word),
    ("respondents", Respondent, Word),
    ("interviewees", Respondent, Word),
    ("those polled", Respondent, Word),
    ("those surveyed", Respondent, Word),
    ("interviews", Respondent, Word),
    ("entrevistas", Respondent, Word),
    ("voting intention", VoteIntention, Prefix),
    ("would vote for", VoteIntention, Word),
    ("pollster", PollsterWord, Prefix),
    // Social media and mentions (analytics presented as opinion, the 2017 Filteris case).
    ("twitter", Analytics, Word),
    ("tweet", Analytics, Prefix),
    ("social media", Analytics, Word),
    ("social network", Analytics, Prefix),
    ("réseaux sociaux", Analytics, Word),
    ("sozialen medien", Analytics, Word),
    ("sozialen netzwerken", Analytics, Word),
    ("soziale medien", Analytics, Word),
    ("soziale netzwerke", Analytics, Word),
    ("redes sociales", Analytics, Word),
    ("redes sociais", Analytics, Word),
    ("social network", Analytics, Word),
    ("reti sociali", Analytics, Word),
    ("соцсет", Analytics, Prefix),
    ("социальных сет", Analytics, Prefix),
    ("социальных медиа", Analytics, Word),
    ("соцмереж", Analytics, Prefix),
    ("соціальних мереж", Analytics, Prefix),
    ("упоминаем", Analytics, Prefix),
    ("згадуван", Analytics, Prefix),
    ("in rete", Analytics, Word),
    ("sul web", Analytics, Word),
    ("sui social", Analytics, Word),
    ("social listening", Analytics, Word),
    ("hashtag", Analytics, Prefix),
    ("interações", Analytics, Word),
    ("interacções", Analytics, Word),
    ("interacciones", Analytics, Word),
    ("interazioni", Analytics, Word),
    ("sentiment", Analytics, Prefix),
    // Election polls, whatever the weak word ("pesquisa eleitoral", "sondagem eleitoral").
    ("pesquisa eleitoral", Poll, Word),
    ("pesquisas eleitorais", Poll, Word),
    ("sondagem eleitoral", Poll, Word),
    ("sondagens eleitorais", Poll, Word),
    // Clicks, site visitors and participants: informal only with `cues::NOT_A_POLL` beside.
    ("klicks", InformalVote, Word),
    ("clics", InformalVote, Word),
    ("clicks", InformalVote, Word),
    ("голосовалк", InformalVote, Prefix),
    ("questionnaire", InformalVote, Word),
    ("teilnehmer", InformalVote, Prefix),
    ("besucher", InformalVote, Prefix),
    ("straw poll", InformalVote, Word),
    ("online vote", InformalVote, Word),
    ("click poll", InformalVote, Word),
    ("study", WeakPoll, Word),
    ("research", WeakPoll, Word),
    ("barometer", WeakPoll, Word),
    ("tracker", WeakPoll, Word),
    // French
    ("sondage", Poll, Prefix),
    ("sondé", Respondent, Prefix),
    // Canadian, Belgian and Swiss French.
    ("répondants", Respondent, Word),
    ("répondantes", Respondent, Word),
    ("sondeur", PollsterWord, Prefix),
    ("personnes interrogées", Respondent, Word),
    ("interrogés", Respondent, Word),
    ("questionnés", Respondent, Word),
    ("questionnées", Respondent, Word),
    ("interrogées", Respondent, Word),
    // The verb: "L'Ifop a interrogé 1 000 personnes" (a police interview is in
    // `cues::VOTING_ACT`).
    ("a interrogé", Respondent, Word),
    ("ont interrogé", Respondent, Word),
    ("intentions de vote", VoteIntention, Word),
    ("intention de vote", VoteIntention, Word),
    ("baromètre", Poll, Prefix),
    // Quebec French: "ce coup de sonde accorde deux points d'avance à…".
    ("coup de sonde", Poll, Word),
    ("enquête", WeakPoll, Prefix),
    ("étude", WeakPoll, Prefix),
    ("institut de sondage", PollsterWord, Word),
    ("instituts de sondage", PollsterWord, Word),
    ("institut", WeakPoll, Word),
    ("vote en ligne", InformalVote, Word),
    ("notre vote", InformalVote, Word),
    // Audiences counted as if they were a sample ("83 % des internautes"): informal only when
    // `cues::NOT_A_POLL` also matches the sentence.
    ("internautes", InformalVote, Word),
    ("internautas", InformalVote, Word),
    ("lectores", InformalVote, Word),
    ("leitores", InformalVote, Word),
    ("lettori", InformalVote, Word),
    ("readers", InformalVote, Word),
    ("leser", InformalVote, Prefix),
    ("usuarios", InformalVote, Word),
    ("seguidores", InformalVote, Word),
    ("abonnés", InformalVote, Word),
    // Participants counted in millions who "voted" ("57,5% des 17,5 millions de participants a
    // voté"): informal only when `cues::NOT_A_POLL` also matches.
    ("participants", InformalVote, Word),
    ("participantes", InformalVote, Word),
    ("partecipanti", InformalVote, Word),
    ("teilnehmer", InformalVote, Prefix),
    ("участник", InformalVote, Prefix),
    ("учасник", InformalVote, Prefix),
    // Broadcast and app audiences ("les téléspectateurs ont voté par SMS"): informal only when
    // `cues::NOT_A_POLL` also matches.
    ("téléspectateurs", InformalVote, Word),
    ("auditeurs", InformalVote, Word),
    ("viewers", InformalVote, Word),
    ("listeners", InformalVote, Word),
    ("zuschauer", InformalVote, Prefix),
    ("telespectadores", InformalVote, Word),
    ("espectadores", InformalVote, Word),
    ("telespettatori", InformalVote, Word),
    ("глядач", InformalVote, Prefix),
    ("зрител", InformalVote, Prefix),
    ("telegram", InformalVote, Prefix),
    ("телеграм", InformalVote, Prefix),
    ("застосунк", InformalVote, Prefix),
    ("application", InformalVote, Word),
    ("aplicativo", InformalVote, Word),
    ("aplicación", InformalVote, Word),
    ("applicazione", InformalVote, Word),
    // Prediction markets quoted as if they measured opinion.
    ("polymarket", InformalVote, Word),
    ("kalshi", InformalVote, Word),
    ("predictit", InformalVote, Word),
    // German
    ("umfrage", Poll, Any),
    // An election-night projection by a pollster ("Die erste Hochrechnung von infratest dimap").
    ("hochrechnung", Poll, Prefix),
    ("befragung", WeakPoll, Any),
    ("befragte", Respondent, Prefix),
    ("befragt", Respondent, Word),
    ("ermittelte", Respondent, Word),
    // The question put to respondents, in every language: "Sieben von zehn Bürgern antworten
    // … auf die Frage, ob…", "À la question « … », 60 % répondent…".
    ("auf die frage", Respondent, Word),
    ("à la question", Respondent, Word),
    ("a la pregunta", Respondent, Word),
    ("alla domanda", Respondent, Word),
    ("à pergunta", Respondent, Word),
    ("на вопрос", Respondent, Word),
    ("на питання", Respondent, Word),
    ("when asked whether", Respondent, Word),
    ("asked whether", Respondent, Word),
    ("politbarometer", Poll, Any),
    ("deutschlandtrend", Poll, Any),
    ("trendbarometer", Poll, Any),
    // A pollster's weekly series ("im aktuellen Sonntagstrend von Ipsos", "INSA-Meinungstrend").
    ("sonntagstrend", Poll, Any),
    ("meinungstrend", Poll, Any),
    ("sonntagsfrage", VoteIntention, Any),
    // The voting-intention question itself, in every language: "Wenn am nächsten Sonntag
    // Bundestagswahl wäre…", "if the election were held today", "si l'élection avait lieu
    // dimanche", "si hoy se celebraran", "se a eleição fosse hoje", "se si votasse oggi",
    // "если бы в ближайшее воскресенье", "якби вибори відбулися".
    ("am nächsten sonntag", VoteIntention, Word),
    ("am kommenden sonntag", VoteIntention, Word),
    ("election were held", VoteIntention, Word),
    ("elections were held", VoteIntention, Word),
    ("avait lieu dimanche", VoteIntention, Word),
    ("avait lieu aujourd'hui", VoteIntention, Word),
    ("avait lieu aujourd’hui", VoteIntention, Word),
    ("se celebraran hoy", VoteIntention, Word),
    ("se celebrasen hoy", VoteIntention, Word),
    ("si hoy se celebraran", VoteIntention, Word),
    ("fosse hoje", VoteIntention, Word),
    ("fossem hoje", VoteIntention, Word),
    ("si votasse oggi", VoteIntention, Word),
    ("в ближайшее воскресенье", VoteIntention, Word),
    ("якби вибори відбулися", VoteIntention, Word),
    ("якби вибори відбувалися", VoteIntention, Word),
    ("election was held today", VoteIntention, Word),
    ("elections were today", VoteIntention, Word),
    ("election were today", VoteIntention, Word),
    ("avaient lieu dimanche", VoteIntention, Word),
    ("avaient lieu aujourd'hui", VoteIntention, Word),
    ("avaient lieu aujourd’hui", VoteIntention, Word),
    ("tuvieran lugar hoy", VoteIntention, Word),
    ("tuviesen lugar hoy", VoteIntention, Word),
    ("fueran hoy", VoteIntention, Word),
    ("fuesen hoy", VoteIntention, Word),
    ("se realizaran hoy", VoteIntention, Word),
    ("fosse realizada hoje", VoteIntention, Word),
    ("fossem realizadas hoje", VoteIntention, Word),
    ("si tenessero oggi", VoteIntention, Word),
    ("si andasse a votare", VoteIntention, Word),
    ("si votasse domani", VoteIntention, Word),
    ("если бы выборы", VoteIntention, Word),
    ("если бы президентские выборы", VoteIntention, Word),
    ("якби вибори", VoteIntention, Word),
    // The kind of election between the two: "якби парламентські вибори у Польщі відбулися".
    ("якби парламентські вибори", VoteIntention, Word),
    ("якби президентські вибори", VoteIntention, Word),
    ("якби місцеві вибори", VoteIntention, Word),
    ("если бы парламентские выборы", VoteIntention, Word),
    ("если бы выборы в", VoteIntention, Word),
    // A run-off scenario: "em um eventual segundo turno, o petista teria 53%".
    ("eventual segundo turno", VoteIntention, Word),
    ("eventual segunda vuelta", VoteIntention, Word),
    ("eventual balotaje", VoteIntention, Word),
    ("якщо б вибори", VoteIntention, Word),
    ("wenn jetzt gewählt", VoteIntention, Word),
    ("wäre am sonntag", VoteIntention, Word),
    ("wahlabsicht", VoteIntention, Any),
    ("meinungsforsch", PollsterWord, Any),
    ("demoskop", PollsterWord, Any),
    ("erhebung", WeakPoll, Prefix),
    // Inside compounds too: "Wertestudie", "Jugendstudie", "Langzeitstudie".
    ("studie", WeakPoll, Any),
    ("online-abstimmung", InformalVote, Any),
    // "TED" is German broadcasters' televote: "TED-Ergebnis", "TED-Umfrage".
    ("ted-ergebnis", InformalVote, Any),
    ("abstimmung", InformalVote, Word),
    // Spanish
    ("encuesta", Poll, Prefix),
    ("sondeo", Poll, Prefix),
    ("macroencuesta", Poll, Prefix),
    ("barómetro", Poll, Prefix),
    ("intención de voto", VoteIntention, Word),
    ("estimación de voto", VoteIntention, Word),
    ("entrevistados", Respondent, Word),
    ("entrevistadas", Respondent, Word),
    ("estudio", WeakPoll, Word),
    ("encuestadora", PollsterWord, Prefix),
    ("encuestó", Respondent, Word),
    ("encuestaron", Respondent, Word),
    ("entrevistó", Respondent, Word),
    ("entrevistaron", Respondent, Word),
    // "empresa demoscópica", "istituto demoscopico": the polling trade.
    ("demoscóp", PollsterWord, Prefix),
    ("demoscop", PollsterWord, Prefix),
    // The institute or consultancy cited as a source ("según la consultora X", "selon
    // l'institut X"): a poll only with support (voters, a conditional, a sample…).
    ("consultora", WeakPoll, Word),
    // Latin-American usage: "relevamiento" (Argentina), "medición" (Colombia, Mexico).
    ("relevamiento", WeakPoll, Word),
    ("medición", WeakPoll, Word),
    ("consultados", Respondent, Word),
    ("preguntados", Respondent, Word),
    ("preguntadas", Respondent, Word),
    ("questionados", Respondent, Word),
    ("questionadas", Respondent, Word),
    ("perguntados", Respondent, Word),
    ("perguntadas", Respondent, Word),
    ("consultadas", Respondent, Word),
    ("votación en línea", InformalVote, Word),
    ("votación online", InformalVote, Word),
    // Russian
    ("опрос", Poll, Prefix),
    ("соцопрос", Poll, Prefix),
    ("опрошен", Respondent, Prefix),
    // "78% опрашиваемых" (the present participle, as some outlets write it).
    ("опрашиваем", Respondent, Prefix),
    ("респондент", Respondent, Prefix),
    ("социолог", PollsterWord, Prefix),
    ("исследовани", WeakPoll, Prefix),
    ("замер", WeakPoll, Prefix),
    ("голосовани", InformalVote, Prefix),
    ("голосуванн", InformalVote, Prefix),
    ("проголосовавш", InformalVote, Prefix),
    ("подписчик", InformalVote, Prefix),
    ("рейтинг", WeakPoll, Prefix),
    // Ukrainian
    ("опитуван", Poll, Prefix),
    ("соцопитуван", Poll, Prefix),
    ("опитан", Respondent, Prefix),
    // The verb: "опитала 800 одеситів", "опитало", "опитали", "опитав".
    ("опитал", Respondent, Prefix),
    ("опитав", Respondent, Prefix),
    ("згад", InformalVote, Prefix),
    ("соціолог", PollsterWord, Prefix),
    // "дослідження", "досліджень" (genitive plural: "Агенція соціальних досліджень").
    ("досліджен", WeakPoll, Prefix),
    // Portuguese
    ("pesquisa", WeakPoll, Prefix),
    ("sondagem", Poll, Prefix),
    ("sondagens", Poll, Prefix),
    ("intenção de voto", VoteIntention, Word),
    ("intenções de voto", VoteIntention, Word),
    ("entrevistados", Respondent, Word),
    ("inquiridos", Respondent, Word),
    ("entrevistou", Respondent, Word),
    ("entrevistaram", Respondent, Word),
    ("levantamento", WeakPoll, Prefix),
    ("inquérito", WeakPoll, Prefix),
    ("enquete", InformalVote, Prefix),
    ("votação", InformalVote, Prefix),
    ("estudo", WeakPoll, Word),
    ("instituto", WeakPoll, Word),
    // "o Barômetro político", "il Barometro socio-politico": as weak as "barometer" (there
    // are economic ones).
    ("barômetro", WeakPoll, Prefix),
    // Italian
    ("sondaggi", Poll, Prefix),
    ("barometro", WeakPoll, Prefix),
    ("intenzioni di voto", VoteIntention, Word),
    ("intervistat", Respondent, Prefix),
    ("interviste", Respondent, Word),
    // "ha rilevato che il 35% degli elettori": the verb of "rilevazione", weak like it.
    ("rilevat", WeakPoll, Prefix),
    // "rilevazione", "rilevazioni".
    ("rilevazion", WeakPoll, Prefix),
    // Data gathered by someone ("Secondo i dati raccolti da Keix, il partito sarebbe al 23,8%"):
    // weak, a poll only with support (views, a conditional, a sample).
    ("dati raccolti", WeakPoll, Word),
    ("datos recogidos", WeakPoll, Word),
    ("dados recolhidos", WeakPoll, Word),
    ("données recueillies", WeakPoll, Word),
    // "indagine", "indagini".
    ("indagin", WeakPoll, Prefix),
    ("istituto", WeakPoll, Word),
    ("televoto", InformalVote, Word),
    ("votazione online", InformalVote, Word),
    // Research bodies cited as the source of figures ("The Institute for … says three in five",
    // "L'Observatoire … affirme"): weak, they need support.
    ("institute", WeakPoll, Word),
    ("observatory", WeakPoll, Word),
    ("observatoire", WeakPoll, Word),
    ("observatorio", WeakPoll, Word),
    ("observatório", WeakPoll, Word),
    ("osservatorio", WeakPoll, Word),
    ("instituts", WeakPoll, Word),
    ("институт", WeakPoll, Prefix),
    ("інститут", WeakPoll, Prefix),
    // Public-opinion research named as such ("Інститут громадської думки", "Centre d'études
    // d'opinion"): weak, since opinion is also written about without a poll.
    ("public opinion", WeakPoll, Word),
    ("d'opinion", WeakPoll, Word),
    ("d’opinion", WeakPoll, Word),
    ("opinion publique", WeakPoll, Word),
    ("opinión pública", WeakPoll, Word),
    ("opinião pública", WeakPoll, Word),
    ("opinione pubblica", WeakPoll, Word),
    ("öffentliche meinung", WeakPoll, Word),
    ("öffentlichen meinung", WeakPoll, Word),
    // Study centres cited as sources ("Secondo il Centro Studi…", "según el Centro de Estudios…").
    ("centro studi", WeakPoll, Word),
    ("centro de estudios", WeakPoll, Word),
    ("centro de estudos", WeakPoll, Word),
    ("centre d'études", WeakPoll, Word),
    ("centre d’études", WeakPoll, Word),
    ("общественного мнения", WeakPoll, Word),
    ("общественное мнение", WeakPoll, Word),
    ("громадської думки", WeakPoll, Word),
    ("громадська думка", WeakPoll, Word),
    // Social-media analysis presented as polling
    ("mentions", InformalVote, Word),
    ("erwähnungen", InformalVote, Word),
    ("menciones", InformalVote, Word),
    ("упомина", InformalVote, Prefix),
    ("menções", InformalVote, Word),
    ("menzioni", InformalVote, Word),
    // The counted items themselves ("eine Auswertung von zwei Millionen Tweets"): informal only
    // when `cues::NOT_A_POLL` describes their analysis.
    ("tweets", InformalVote, Word),
    ("tuits", InformalVote, Word),
    ("posts", InformalVote, Word),
    ("postagens", InformalVote, Word),
    // Search interest presented as popularity.
    ("google trends", InformalVote, Word),
    ("google-trends", InformalVote, Word),
    ("suchaufkommen", InformalVote, Any),
    ("suchanfragen", InformalVote, Prefix),
    ("suchdaten", InformalVote, Prefix),
    ("such-werte", InformalVote, Word),
    ("meistgesucht", InformalVote, Prefix),
    ("most searched", InformalVote, Word),
    ("most-searched", InformalVote, Word),
    ("search volume", InformalVote, Word),
    ("más buscado", InformalVote, Prefix),
    ("mais buscado", InformalVote, Prefix),
    ("pesquisas online", InformalVote, Word),
    ("búsquedas en google", InformalVote, Word),
    ("plus recherché", InformalVote, Prefix),
    ("поисковых запрос", InformalVote, Prefix),
    ("пошукових запит", InformalVote, Prefix),
    ("suchinteresse", InformalVote, Prefix),
    ("search interest", InformalVote, Word),
    // Ratings in the public's eyes (see `Class::Rating`).
    ("approval rating", Rating, Prefix),
    ("approval rate", Rating, Prefix),
    ("job approval", Rating, Word),
    ("approval of", Rating, Word),
    ("disapproval", Rating, Word),
    ("disapprove", Rating, Prefix),
    ("favourability", Rating, Word),
    ("favorability", Rating, Word),
    ("unfavourable", Rating, Word),
    ("unfavorable", Rating, Word),
    ("popularity rating", Rating, Prefix),
    ("popularity ratings", Rating, Word),
    ("trust rating", Rating, Prefix),
    ("popularité", Rating, Word),
    ("approbation", Rating, Word),
    ("désapprobation", Rating, Word),
    ("opinions favorables", Rating, Word),
    ("opinions défavorables", Rating, Word),
    ("opinion favorable", Rating, Word),
    ("opinion défavorable", Rating, Word),
    ("font confiance", Rating, Word),
    ("font pas confiance", Rating, Word),
    ("beliebtheit", Rating, Any),
    ("zustimmungswert", Rating, Any),
    ("zufriedenheitswert", Rating, Any),
    ("zufrieden mit der arbeit", Rating, Word),
    ("aprobación", Rating, Word),
    ("desaprobación", Rating, Word),
    ("aprueba su gestión", Rating, Word),
    ("imagen positiva", Rating, Word),
    ("imagen negativa", Rating, Word),
    ("valoración positiva", Rating, Word),
    ("valoración negativa", Rating, Word),
    ("opinión negativa", Rating, Word),
    ("opinión positiva", Rating, Word),
    ("opinión favorable", Rating, Word),
    ("opinión desfavorable", Rating, Word),
    ("popularidad", Rating, Word),
    ("respaldo a la gestión", Rating, Word),
    ("aprovação", Rating, Word),
    ("desaprovação", Rating, Word),
    ("reprovação", Rating, Word),
    ("imagem positiva", Rating, Word),
    ("imagem negativa", Rating, Word),
    ("avaliação positiva", Rating, Word),
    ("avaliação negativa", Rating, Word),
    ("popularidade", Rating, Word),
    ("gradimento", Rating, Word),
    ("popolarità", Rating, Word),
    ("livello di fiducia", Rating, Word),
    ("indice di fiducia", Rating, Word),
    // "riscuote tra gli elettori una fiducia al 60,9%".
    ("fiducia al", Rating, Word),
    ("fiducia pari al", Rating, Word),
    // Trust in an institution, a leader or a union ("la fiducia nell'istituzione comunitaria
    // … (28%)", "trust in the government fell to 31%"); not consumers' or firms' confidence
    // indices, which are "fiducia dei consumatori", "confiance des ménages".
    ("fiducia nel", Rating, Prefix),
    ("fiducia negli", Rating, Word),
    ("fiducia nei", Rating, Word),
    ("trust in the", Rating, Word),
    ("confiance dans", Rating, Word),
    ("confianza en", Rating, Word),
    ("confiança no", Rating, Word),
    ("confiança na", Rating, Word),
    ("vertrauen in", Rating, Word),
    ("доверие к", Rating, Word),
    ("довіра до", Rating, Word),
    ("уровень доверия", Rating, Word),
    // The share of a cause's supporters or opponents ("Доля сторонников мирного решения
    // достигла наибольшего уровня (79%)").
    ("доля сторонник", Rating, Prefix),
    ("доля противник", Rating, Prefix),
    ("частка прихильник", Rating, Prefix),
    ("частка противник", Rating, Prefix),
    ("уровень одобрения", Rating, Word),
    ("рейтинг одобрения", Rating, Word),
    ("рейтинг доверия", Rating, Word),
    ("антирейтинг", Rating, Prefix),
    ("рівень довіри", Rating, Word),
    ("рейтинг довіри", Rating, Word),
    ("рівень підтримки", Rating, Word),
    ("уровень поддержки", Rating, Word),
    // A population's views (see `Class::PublicView`): the verbs that state them, in the
    // plural and, for Italian and Spanish "la maggioranza… ritiene", the singular.
    ("think", PublicView, Word),
    ("believe", PublicView, Word),
    ("say they", PublicView, Word),
    ("are satisfied", PublicView, Word),
    ("are dissatisfied", PublicView, Word),
    ("are worried", PublicView, Word),
    ("are concerned", PublicView, Word),
    ("pensent", PublicView, Word),
    ("estiment", PublicView, Word),
    ("jugent", PublicView, Word),
    ("considèrent", PublicView, Word),
    ("croient", PublicView, Word),
    ("se disent", PublicView, Word),
    ("se déclarent", PublicView, Word),
    ("glauben", PublicView, Word),
    ("meinen", PublicView, Word),
    ("befürworten", PublicView, Word),
    ("sind unzufrieden", PublicView, Word),
    ("sind zufrieden", PublicView, Word),
    ("halten es", PublicView, Word),
    ("creen", PublicView, Word),
    ("piensan", PublicView, Word),
    ("consideran", PublicView, Word),
    ("considera", PublicView, Word),
    ("opinan", PublicView, Word),
    ("cree", PublicView, Word),
    ("acham", PublicView, Word),
    ("acreditam", PublicView, Word),
    ("consideram", PublicView, Word),
    ("avaliam", PublicView, Word),
    ("ritengono", PublicView, Word),
    ("ritiene", PublicView, Word),
    ("pensano", PublicView, Word),
    ("credono", PublicView, Word),
    ("considerano", PublicView, Word),
    ("giudicano", PublicView, Word),
    ("считают", PublicView, Word),
    ("полагают", PublicView, Word),
    ("уверены", PublicView, Word),
    ("вважають", PublicView, Word),
    ("переконані", PublicView, Word),
    // Open online consultations ("notre consultation en ligne").
    ("consultation en ligne", InformalVote, Word),
    ("consulta en línea", InformalVote, Word),
    ("consulta online", InformalVote, Word),
    ("consultazione online", InformalVote, Word),
];

/// A keyword found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the match.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// What the keyword says.
    pub class: Class,
}

struct Scanner {
    ac: AhoCorasick,
    meta: Vec<(Class, Bound)>,
    /// The stretches of a text the automaton needs to see.
    pre: Prefilter,
}

static SCANNER: LazyLock<Scanner> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut meta = Vec::new();
    for &(kw, class, bound) in KEYWORDS {
        let f = fold_case(kw);
        if !pats.contains(&f) {
            pats.push(f);
            meta.push((class, bound));
        }
    }
    // A full DFA: a few hundred KB for ~100 keywords, and the fastest scan per byte.
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&pats)
        .expect("keyword automaton builds");
    let pre = Prefilter::new(&pats);
    Scanner { ac, meta, pre }
});

/// Lower-cases every character whose lower-case form has the same UTF-8 length, so byte
/// offsets into the result are byte offsets into `text`. Covers Latin, Greek and Cyrillic.
///
/// Works on bytes: ASCII runs in bulk, the two-byte letters of Latin-1 and basic Cyrillic (the
/// bulk of non-ASCII letters in the supported languages) by arithmetic on their second byte,
/// the rest through the Unicode tables.
pub fn fold_case(text: &str) -> String {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Bytes of multi-byte characters are all >= 0x80, so lower-casing every ASCII byte in
    // place leaves them alone; then only the non-ASCII capitals are rewritten.
    let mut out = text.to_ascii_lowercase();
    let mut i = 0;
    while i < n {
        // Skip ASCII eight bytes at a time.
        while let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if w & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        let Some(&b0) = bytes.get(i) else { break };
        if b0 < 0x80 {
            i += 1;
            continue;
        }
        let b1 = bytes[i + 1];
        // Lower-case basic Cyrillic, the bulk of Russian and Ukrainian text: nothing to do.
        if b0 == 0xD0 && b1 >= 0xB0 || b0 == 0xD1 && b1 <= 0x9F {
            i += 2;
            continue;
        }
        // The two-byte capitals, by their second byte; lower case is `+ 0x20` code points
        // for Latin-1 (U+00C0..=U+00DE but U+00D7) and U+0410..=U+042F, `+ 0x50` for
        // U+0400..=U+040F. Everything else of U+0080..=U+045F is caseless or lower case.
        let fast = match (b0, b1) {
            (0xC3, 0x80..=0x9E) if b1 != 0x97 => Some(0xC0 + u32::from(b1 - 0x80) + 0x20),
            (0xC2 | 0xC3, _) | (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => None,
            (0xD0, 0x80..=0x8F) => Some(0x400 + u32::from(b1 - 0x80) + 0x50),
            (0xD0, _) => Some(0x400 + u32::from(b1 - 0x80) + 0x20),
            _ => {
                let c = text[i..].chars().next().expect("char boundary");
                // General punctuation (curly quotes, dashes, spaces) is caseless.
                if !(0x2000..=0x206F).contains(&(c as u32)) {
                    let mut lower = c.to_lowercase();
                    if let (Some(l), None) = (lower.next(), lower.next()) {
                        if l != c && l.len_utf8() == c.len_utf8() {
                            let mut buf = [0u8; 4];
                            out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut buf));
                        }
                    }
                }
                i += c.len_utf8();
                continue;
            }
        };
        if let Some(l) = fast.and_then(char::from_u32) {
            let mut buf = [0u8; 4];
            out.replace_range(i..i + 2, l.encode_utf8(&mut buf));
        }
        i += 2;
    }
    out
}

/// Every poll keyword in `text`, left to right.
pub fn scan(text: &str) -> Vec<Hit> {
    scan_folded(&fold_case(text))
}

/// [`scan`] over text already passed through [`fold_case`].
pub fn scan_folded(text: &str) -> Vec<Hit> {
    let sc = &*SCANNER;
    let mut out = Vec::new();
    // Only the runs the prefilter keeps can hold a keyword, and the automaton finds the same
    // matches in them as over the whole text (see `Prefilter::runs`).
    let runs = sc.pre.runs(text.as_bytes());
    let matches = runs.flat_map(|(s, e)| sc.ac.find_iter(Input::new(text).span(s..e)));
    for m in matches {
        let (class, bound) = sc.meta[m.pattern().as_usize()];
        let ok = match bound {
            Word => is_word_boundary(text, m.start(), m.end()),
            Prefix => starts_word(text, m.start()),
            Any => true,
        };
        if ok {
            out.push(Hit {
                start: m.start(),
                end: m.end(),
                class,
            });
        }
    }
    out
}

/// Is `[s, e)` a whole word (no letter or digit on either side)?
pub fn is_word_boundary(text: &str, s: usize, e: usize) -> bool {
    starts_word(text, s) && text[e..].chars().next().is_none_or(|c| !is_alnum(c))
}

fn starts_word(text: &str, s: usize) -> bool {
    text[..s].chars().next_back().is_none_or(|c| !is_alnum(c))
}

/// [`is_alnum`] of the character at byte `i` of `s` (a char boundary), and its length in
/// bytes; the two-byte letters of Latin-1 and basic Cyrillic are told from their bytes.
#[inline(always)]
pub fn alnum_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    match b[i] {
        c @ 0..=0x7F => (c.is_ascii_alphanumeric(), 1),
        // U+0400..=U+047F: Cyrillic letters, every one.
        0xD0 | 0xD1 => (true, 2),
        // U+00C0..=U+00FF: letters but for × and ÷.
        0xC3 => (!matches!(b[i + 1], 0x97 | 0xB7), 2),
        _ => alnum_slow(s, i),
    }
}

#[cold]
fn alnum_slow(s: &str, i: usize) -> (bool, usize) {
    let c = s[i..].chars().next().expect("char boundary");
    (is_alnum(c), c.len_utf8())
}

/// [`char::is_alphanumeric`], without the Unicode table lookup for the letters of Latin-1 and
/// basic Cyrillic (every one of them is alphabetic).
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0xFF => c != '×' && c != '÷',
        0x400..=0x45F => true,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(t: &str) -> Vec<Class> {
        scan(t).into_iter().map(|h| h.class).collect()
    }

    #[test]
    fn fast_paths_agree_with_unicode_tables() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            let mut lower = c.to_lowercase();
            let expect = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            let s = format!("aB{c}Cd");
            assert_eq!(fold_case(&s), format!("ab{expect}cd"), "{c:?}");
        }
    }

    #[test]
    fn byte_classes_agree_with_is_alnum() {
        for u in 0..0x3000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("{c}x");
            assert_eq!(alnum_at(&s, 0), (is_alnum(c), c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn finds_keywords_with_boundaries() {
        assert_eq!(classes("A new Poll shows"), vec![Poll]);
        assert!(classes("pollen and pollution").is_empty());
        assert_eq!(classes("die Forsa-Umfrage"), vec![Poll]);
        assert_eq!(classes("Опрос ВЦИОМ и опроса"), vec![Poll, Poll]);
        assert!(classes("это вопрос").is_empty());
        assert_eq!(classes("les personnes interrogées"), vec![Respondent]);
    }
}

//! Sentence-level cues: what makes poll vocabulary not about a poll, and what makes a "poll"
//! not a real one.
//!
//! Owns the hard-negative lexicons (voting acts, polling stations, turnout, official results,
//! economic statistics, sports rankings) and the not-a-pollster descriptions (click polls,
//! online votes, social-media analysis, betting odds, forecasts). Each is one compiled regex;
//! callers run them only on sentences that already hold poll vocabulary.

use std::sync::LazyLock;

use crate::fastre::{Re, Split};

/// Compiles a built-in regex (with its `\b`-free gate, see `fastre`).
fn re(s: &str) -> Re {
    Re::new(s)
}

/// Poll words used for the act of voting or for polling places. A keyword inside one of these
/// matches is not poll vocabulary.
pub static VOTING_ACT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:go(?:es|ing)?|went|gone|head(?:s|ed|ing)?|turn(?:ed|s|ing)? out|return(?:ed|s|ing)?|flock(?:ed|ing)?|trooped|voters? (?:went|go)|back) to the polls\b|\bat the polls\b|\b(?:the )?polls? (?:(?:were|are|was|is|have been|had been|will be|would be) )?(?:open(?:ed|s)?|close[ds]?|closing|opening)\b|\bpoll[- ](?:body|bodies|panel|officials?|authorit(?:y|ies)|staff|workers?|duty|violence|code|schedule|dates?|process|observers?|monitors?|bound)\b|\bpolls (?:have|had) (?:closed|opened)\b|\bpolls are (?:open|closed)\b|\bpolling (?:stations?|places?|booths?|day|cards?|districts?|clerks?|agents?|officers?|hours|units?|centres?|centers?|began|begins|opened|opens|closed|closes|ended|ends|started|starts|resumed)\b|\b(?:participated|participate|participating|took part|take part|taking part) in the polls?\b|\bpoll (?:workers?|tax|watchers?|books?|booths?|stations?)\b|\bpoll-?workers?\b|\bbefore the polls\b|\b(?:ahead of|run-up to|lead-up to|lead up to) (?:the |next \w+['’]s |\w+['’]s |this \w+['’]s )?polls\b|\bafter the polls closed\b|\bwin at the polls\b|\bpolls? (?:on|in) (?:Thursday|Sunday|Saturday|Monday|Tuesday|Wednesday|Friday)\b(?: next)?|\b(?:enquête|enquêtes) (?:judiciaire|préliminaire|de police|de gendarmerie|administrative|parlementaire|publique|pénale|interne|ouverte)|\b(?:ouvert|ouvre|ouvrir|mène|mènent|mener|confié) (?:une|l['’]) ?enquête|commission d['’]enquête|(?:слідч\w*|поліці\w*|правоохоронц\w*|следовател\w*|полици\w*|полицейск\w*|police|investigators|detectives|officers|enquêteurs|gendarmes|policiers|ermittler\w*|polizei\w*|beamte|investigadores|policía|agentes|polícia|policiais|inquirenti|polizia|carabinieri|agenti)\s+(?:\S+\s+){0,2}?(?:опит\w*|опрос\w*|questioned|interviewed|polled|canvassed|interrog\w*|befragt\w*|befragen|entrevist\w*|ouvi\w*|sentito|sentiti|ascoltat\w*)|zeugenbefragung|befragung (?:von|der) zeugen|опрос\w* (?:\S+\s+){0,2}?(?:свидетел\w*|очевид\w*|сосед\w*|подозрева\w*|задержанн\w*)|опит\w* (?:\S+\s+){0,2}?(?:свідк\w*|очевид\w*|сусід\w*|підозрюван\w*)|\b(?:a|ont|avait|avaient) interrogé (?:\S+\s+){0,2}?(?:suspects?|témoins?|prévenus?|accusés?|gardés? à vue|mis en cause)\b|\bsurvey(?:s|ed|ing)? (?:the |its |their )?(?:\w+ ){0,2}?(?:records|files|archives|databases|documents|sites|land|damage|wreckage|terrain|coastline)\b|pesquisa (?:científica|acadêmica|clínica|médica|genética)|pesquisa(?:s)? (?:no|do) google|pesquisadores|investigación judicial|indagine (?:della procura|giudiziaria|penale|interna)|\b(?:geological|ordnance|geodetic|hydrographic|seismic|topographic|archaeological|aerial|marine|geophysical|soil|bird|wildlife|botanical|land|structural|site|seabed) surveys?\b|\bsurvey (?:vessel|ship|team|crew|flight|drone)s?\b|\bpoll(?:s|ed|ing)? (?:the |its |their )?(?:[\w-]+['’]s )?(?:servers?|sensors?|devices?|endpoints?|api|database|queue|socket|status|hardware|ports?|inbox)\b|\bpolling (?:interval|loop|rate|frequency)\b|\bsondages? (?:géotechniques?|géologiques?|archéologiques?|de diagnostic|de sol|du sol|carottés?|pressiométriques?|urinaires?|vésica(?:l|ux)|gastriques?|naso-gastriques?)|\bsondages?\b[^.;]{0,80}?\b(?:vestiges|sous-sol|archéolog\w*|forages?|carottages?|inrap)\b|\bsondeos? (?:geotécnicos?|geológicos?|del suelo|exploratorios?|petroleros?|de exploración|marinos?|de perforación)|\bsondagens? (?:geotécnicas?|geológicas?|do solo)",
    )
});

/// A share of a population stated with its views, without a poll word: "L'84 per cento degli
/// italiani ritiene…", "Nur 18 Prozent der Deutschen finden…", "уверены 86% россиян", "63 de
/// cada 100 personas consideran…", or a share and a verb of opinion alone ("43% consideram que…").
/// A poll claim that names no poll (`no_pollster_named`). Run
/// only on sentences with a percentage and no poll vocabulary.
pub static VIEWS_SHARE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)|\d{1,2}\s+(?:de cada|em cada|out of)\s+\d{1,3}\b)\)?\s+(?:(?:of|des|de|dos|das|degli|dei|delle|der|de los|de las|из|з)\s+)?(?:(?:the|les|los|las|os|as|gli|i|le|die)\s+)?(?:\w+\s+){0,2}?(?:italiani|italiane|italians|americans|britons|germans|canadians|australians|europeans|français|françaises|européens|deutschen|bundesbürger\w*|europäer\w*|españoles|mexicanos|argentinos|colombianos|chilenos|europeos|brasileiros|portugueses|europeus|europei|russes|russians|rusos|russos|russi|russen|ukrainiens|ukrainians|ucranianos|ucraini|ukrainer|chinois|chinos|chineses|cinesi|chinesen|polonais|polacos|polacchi|espagnols|spaniards|spagnoli|spanier|italiens|italianos|italiener|allemands|alemanes|alemães|tedeschi|britanniques|británicos|britânicos|britannici|briten|américains|americanos|americani|amerikaner|canadiens|belges|suisses|schweizer|österreicher|autrichiens|brésiliens|brasileños|brasiliani|argentins|mexicains|israéliens|israelis|israelíes|israeliani|turcs|turcos|turchi|türken|japonais|japoneses|giapponesi|japaner|irlandais|écossais|scots|québécois|ivoiriens|sénégalais|marocains|algériens|tunisiens|public|россиян|украинцев|белорусов|українців|people|adults|voters|citizens|residents|parents|workers|employees|consumers|respondents|elettori|cittadini|persone|giovani|genitori|électeurs|citoyens|personnes|salariés|jeunes|parents|wähler\w*|bürger\w*|menschen|deutsche|eltern|beschäftigten|votantes|ciudadanos|personas|jóvenes|padres|trabajadores|eleitores|cidadãos|pessoas|jovens|pais|trabalhadores|избирателей|граждан|жителей|людей|молодежи|родителей|виборців|громадян|жителів|людей|молоді|батьків|населення|населения|мешканців|population|población|população|popolazione|bevölkerung)\b[^.;:!?]{0,60}?\b(?:think|thinks|believe|believes|say|says|said (?:they|that)|feel|feels|fear|fears|expect|expects|want|wants|would like|prefer|prefers|agree|agrees|disagree|disagrees|approve|approves|disapprove|disapproves|trust|trusts|distrust|are (?:satisfied|dissatisfied|worried|concerned|optimistic|pessimistic|confident|in favou?r|against)|consider|considers|declare|declares|report|reports|claim|claims|ont déclaré|ont dit|ont affirmé|ont répondu|hanno dichiarato|han dicho|han declarado|disseram|declararam|haben angegeben|gaben an|erklärten|сказали|disent|déclarent|déclare|affirment|dicen|declaran|declara|afirman|dicono|dichiarano|dichiara|affermano|dizem|declaram|afirmam|sagen|geben an|говорят|заявляют|заявили|кажуть|заявляють|ritiene|ritengono|pensa|pensano|crede|credono|considera|considerano|vorrebbe|vorrebbero|preferisce|preferiscono|teme|temono|(?:è|sono) (?:favorevol[ei]|contrari[oe]?|preoccupat[oie]|soddisfatt[oie]|per)|si dice|si dicono|pense|pensent|perçoit|perçoivent|estime|estiment|juge|jugent|croit|croient|souhaite|souhaitent|craint|craignent|se dit|se disent|(?:est|sont) (?:favorables?|opposée?s?|inquiète?s?|satisfaite?s?|pour|contre)|denkt|denken|glaubt|glauben|meint|meinen|findet|finden|hält|halten|will|wollen|befürchtet|befürchten|fürchtet|fürchten|(?:ist|sind) (?:zufrieden|unzufrieden|besorgt|dafür|dagegen)|cree|creen|piensa|piensan|considera|consideran|opina|opinan|estima|estiman|aprueba|aprueban|desaprueba|desaprueban|teme|temen|prefiere|prefieren|acha|acham|acredita|acreditam|entende|entendem|concorda|concordam|avalia|avaliam|aprova|aprovam|desaprova|desaprovam|teme|temem|prefere|preferem|считают|считает|полагают|уверены|уверено|уверен|думают|опасаются|одобряют|не одобряют|хотели бы|предпочитают|доверяют|вважають|вважає|думають|впевнені|хотіли б|схвалюють|довіряють|підтримують|поддерживают|готові|готовы|впевнені|(?:положительно|отрицательно|негативно|позитивно) относ(?:ятся|ится)|(?:позитивно|негативно) ставля?(?:ться|яться))\b|\b(?:think|thinks|believe|believes|say|says|said (?:they|that)|feel|feels|fear|fears|expect|expects|want|wants|would like|prefer|prefers|agree|agrees|disagree|disagrees|approve|approves|disapprove|disapproves|trust|trusts|distrust|are (?:satisfied|dissatisfied|worried|concerned|optimistic|pessimistic|confident|in favou?r|against)|consider|considers|declare|declares|report|reports|claim|claims|ont déclaré|ont dit|ont affirmé|ont répondu|hanno dichiarato|han dicho|han declarado|disseram|declararam|haben angegeben|gaben an|erklärten|сказали|disent|déclarent|déclare|affirment|dicen|declaran|declara|afirman|dicono|dichiarano|dichiara|affermano|dizem|declaram|afirmam|sagen|geben an|говорят|заявляют|заявили|кажуть|заявляють|ritiene|ritengono|pensa|pensano|crede|credono|considera|considerano|vorrebbe|vorrebbero|preferisce|preferiscono|teme|temono|(?:è|sono) (?:favorevol[ei]|contrari[oe]?|preoccupat[oie]|soddisfatt[oie]|per)|si dice|si dicono|pense|pensent|perçoit|perçoivent|estime|estiment|juge|jugent|croit|croient|souhaite|souhaitent|craint|craignent|se dit|se disent|(?:est|sont) (?:favorables?|opposée?s?|inquiète?s?|satisfaite?s?|pour|contre)|denkt|denken|glaubt|glauben|meint|meinen|findet|finden|hält|halten|will|wollen|befürchtet|befürchten|fürchtet|fürchten|(?:ist|sind) (?:zufrieden|unzufrieden|besorgt|dafür|dagegen)|cree|creen|piensa|piensan|considera|consideran|opina|opinan|estima|estiman|aprueba|aprueban|desaprueba|desaprueban|teme|temen|prefiere|prefieren|acha|acham|acredita|acreditam|entende|entendem|concorda|concordam|avalia|avaliam|aprova|aprovam|desaprova|desaprovam|teme|temem|prefere|preferem|считают|считает|полагают|уверены|думают|опасаются|одобряют|не одобряют|хотели бы|предпочитают|доверяют|вважають|вважає|думають|впевнені|хотіли б|схвалюють|довіряють|підтримують|поддерживают|готові|готовы|впевнені|(?:положительно|отрицательно|негативно|позитивно) относ(?:ятся|ится)|(?:позитивно|негативно) ставля?(?:ться|яться))\s+(?:\w+\s+){0,2}?(?:\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)|\d{1,2}\s+(?:de cada|em cada|in|out of|sur|su|von|из|з)\s+\d{1,3}\b)\s+(?:(?:of|des|de|dos|das|degli|dei|der|из|з)\s+)?(?:italiani|italiane|italians|americans|britons|germans|canadians|australians|europeans|français|françaises|européens|deutschen|bundesbürger\w*|europäer\w*|españoles|mexicanos|argentinos|colombianos|chilenos|europeos|brasileiros|portugueses|europeus|europei|russes|russians|rusos|russos|russi|russen|ukrainiens|ukrainians|ucranianos|ucraini|ukrainer|chinois|chinos|chineses|cinesi|chinesen|polonais|polacos|polacchi|espagnols|spaniards|spagnoli|spanier|italiens|italianos|italiener|allemands|alemanes|alemães|tedeschi|britanniques|británicos|britânicos|britannici|briten|américains|americanos|americani|amerikaner|canadiens|belges|suisses|schweizer|österreicher|autrichiens|brésiliens|brasileños|brasiliani|argentins|mexicains|israéliens|israelis|israelíes|israeliani|turcs|turcos|turchi|türken|japonais|japoneses|giapponesi|japaner|irlandais|écossais|scots|québécois|ivoiriens|sénégalais|marocains|algériens|tunisiens|public|россиян|украинцев|белорусов|українців|people|adults|voters|citizens|residents|parents|workers|employees|consumers|respondents|elettori|cittadini|persone|giovani|genitori|électeurs|citoyens|personnes|salariés|jeunes|parents|wähler\w*|bürger\w*|menschen|deutsche|eltern|beschäftigten|votantes|ciudadanos|personas|jóvenes|padres|trabajadores|eleitores|cidadãos|pessoas|jovens|pais|trabalhadores|избирателей|граждан|жителей|людей|молодежи|родителей|виборців|громадян|жителів|людей|молоді|батьків|населення|населения|мешканців|population|población|população|popolazione|bevölkerung)\b|\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\s+(?:think|believe|say|feel|fear|want|prefer|agree|disagree|approve|disapprove|trust|distrust|oppose|report|declare|disent|déclarent|affirment|dicen|declaran|afirman|dicono|dichiarano|affermano|dizem|declaram|afirmam|sagen|говорят|заявляют|заявили|кажуть|заявляють|pensent|estiment|jugent|croient|souhaitent|craignent|se disent|denken|glauben|meinen|finden|befürchten|fürchten|creen|piensan|consideran|opinan|aprueban|desaprueban|temen|prefieren|acham|acreditam|avaliam|aprovam|desaprovam|temem|preferem|consideram|dizem|defendem|apoiam|rejeitam|ritengono|pensano|credono|considerano|vorrebbero|preferiscono|temono|считают|полагают|уверены|думают|опасаются|одобряют|предпочитают|доверяют|поддерживают|вважають|думають|впевнені|схвалюють|довіряють|підтримують)\b|\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\s+(?:\S+\s+){0,3}?(?:(?:ha|han|have|has|ont|a|hanno|haben|hat|hat|tem|têm)\s+)?(?:contestado|respondido|answered|responded|répondu|risposto|geantwortet|responderam|ответил\w*|відповіл\w*)\b|\b(?:не\s+)?(?:верят|вірять|доверяют|довіряють|верили|вірили|доверяли|довіряли|(?:положительно|отрицательно|негативно|позитивно)\s+(?:относятся|относились|ставляться|ставилися))\s+(?:\S+\s+){0,3}?\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|процент\w*|відсот\w*)|\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?:\S+\s+){0,2}?(?:не\s+)?(?:верят|вірять)\b|\b(?:non\s+)?(?:ha|hanno)\s+fiducia\s+(?:\S+\s+){0,3}?\d{1,3}(?:[.,]\d{1,2})?\s?%",
    )
});

/// A share of a population that states its views, in more words than [`VIEWS_SHARE`]: any
/// population ("El 80% de los rusos tienen una opinión negativa", "El 57% de los votantes
/// hispanos apoya a los demócratas", "54% are against", "56,4 % ne font pas confiance à
/// Milei"), with a verb of support, opposition, trust or a stated view right after it.
pub static VIEWS_SHARE_OF: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\s+(?:(?:of|des|de|du|dos|das|degli|dei|delle|der|из|з)\s+(?:(?:the|les|los|las|os|as|gli|i|le|la|die)\s+)?\w+(?:\s+\w+){0,2}?\s+|(?:\w+\s+){0,1}?)(?:(?:ne|no|não|non|не|nicht)\s+)?[\x22“«']?(?:think|thinks|believe|believes|believing|thinking|estimant|pensant|jugeant|croyant|considérant|considerando|creyendo|opinando|acreditando|achando|ritenendo|pensando|считая|полагая|вважаючи|say|says|feel|feels|fear|fears|expect|expects|want|wants|prefer|prefers|agree|agrees|disagree|disagrees|approve|approves|disapprove|disapproves|trust|trusts|distrust|perceive|perceives|consider|considers|see|sees|pensent|pense|estiment|estime|jugent|juge|croient|croit|souhaitent|souhaite|craignent|craint|préfèrent|préfère|approuvent|approuve|denken|denkt|glauben|glaubt|meinen|meint|finden|findet|befürchten|befürchtet|bevorzugen|bevorzugt|creen|cree|piensan|piensa|consideran|considera|opinan|opina|aprueban|aprueba|desaprueban|desaprueba|temen|teme|prefieren|prefiere|perciben|percibe|acham|acha|acreditam|acredita|avaliam|avalia|aprovam|aprova|desaprovam|desaprova|temem|teme|preferem|prefere|consideram|considera|dizem|diz|defendem|defende|veem|vêem|vê|ritengono|ritiene|pensano|pensa|credono|crede|considerano|considera|vorrebbero|vorrebbe|preferiscono|preferisce|temono|teme|approvano|approva|считают|считает|полагают|уверены|думают|опасаются|предпочитают|вважають|вважає|думають|впевнені|побоюються|support|supports|oppose|opposes|are (?:against|opposed|in favou?r|undecided|unsure|not sure)|have (?:a |an )?(?:negative|positive|favou?rable|unfavou?rable|good|bad|poor) (?:view|opinion|image|impression)|admit|would (?:vote|back|support|choose|prefer)|soutien(?:nen)?t|s['’]oppos(?:e|ent)|(?:ne )?(?:fait|font) (?:pas )?confiance|(?:a|ont) une (?:opinion|image|vision) (?:négative|positive|favorable|défavorable|bonne|mauvaise)|voterai(?:en)?t|(?:se )?déclarent|(?:est|sont) (?:favorables?|opposée?s?|hostiles?|pour|contre)|unterstütz(?:t|en)|lehn(?:t|en)|befürwort(?:et|en)|vertrau(?:t|en)|würden|sprech(?:en)? sich|spricht sich|apoya(?:n|ría|rían)?|respalda(?:n)?|rechaza(?:n)?|se opone(?:n)?|est(?:á|án) (?:a favor|en contra|de acuerdo|en desacuerdo)|tiene(?:n)? una (?:opinión|imagen|valoración|percepción|visión) (?:negativa|positiva|favorable|desfavorable|mala|buena)|votar(?:ía|ían)|conf(?:ía|ían)|desconf(?:ía|ían)|apoia(?:m|ria|riam)?|rejeita(?:m)?|confia(?:m)?|votaria(?:m)?|(?:é|são|está|estão) (?:a favor|contra|de acordo)|t(?:em|êm) (?:uma )?(?:opinião|imagem|avaliação|visão) (?:negativa|positiva|favorável|desfavorável)|sostien(?:e|gono)|appoggia(?:no)?|voterebbe(?:ro)?|ha(?:nno)? fiducia|(?:è|sono) (?:favorevol[ei]|contrari[oe]?|per|a favore|contro|d['’]accordo)|boccia(?:no)?|поддерживают|поддерживает|выступают (?:за|против)|доверяют|(?:не )?одобряют|проголосовали бы|готовы (?:проголосовать|голосовать)|следят|относятся|підтримують|виступають (?:за|проти)|довіряють|(?:не )?схвалюють|проголосували б|готові (?:проголосувати|голосувати)|ставляться)\b",
    )
});

/// A view held by a share of a population, in the passive: "Esta alternativa es apoyada por
/// el 43,7 % de la población", "the plan is backed by 54% of voters", "wird von 61 Prozent
/// der Deutschen abgelehnt". A poll's finding as [`VIEWS_SHARE`] is, the verb before the share.
pub static PASSIVE_VIEWS_SHARE: LazyLock<Re> = LazyLock::new(|| {
    const SHARE: &str = r"\s+(?:(?:the|el|la|le|les|los|las|o|a|os|as|il|lo|un|una|uno|um|uma|only|just|nearly|almost|over|more than|seulement|près de|plus de|solo|sólo|casi|más de|apenas|quase|mais de|quasi|oltre|nur|knapp|fast|über|mehr als)\s+){0,2}\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento)\s+(?:of|des|de|dos|das|degli|dei|delle|der|de los|de las)\s+(?:(?:the|les|los|las|os|as|gli|i|le|la|die)\s+)?(?:[\w\-]+\s+){0,2}?(?:POP|population|población|população|popolazione|bevölkerung)\b";
    re(&format!(
        r"(?i)\b(?:supported|backed|opposed|favou?red|rejected|approved|shared|endorsed|soutenue?s?|approuvée?s?|rejetée?s?|partagée?s?|plébiscitée?s?|apoyad[ao]s?|respaldad[ao]s?|rechazad[ao]s?|compartid[ao]s?|aprobad[ao]s?|apoiad[ao]s?|rejeitad[ao]s?|aprovad[ao]s?|defendid[ao]s?|sostenut[oaie]|appoggiat[oaie]|condivis[oaie]|respint[oaie]|approvat[oaie]|bocciat[oaie])\s+(?:by|par|por|pela|pelo|pelos|pelas|da|dal|dalla|dai|dagli){SHARE}|\bvon{SHARE}(?:\s+\S+){{0,3}}?\s+(?:unterstützt|befürwortet|abgelehnt|geteilt|begrüßt|gutgeheißen)\b"
    )
    .replace("POP", POPULATION_NOUNS))
});

/// A share of polls themselves, not of people: "quase a metade dos levantamentos (45,85%)
/// foram feitos gratuitamente", "30% of the surveys registered were paid by parties". A
/// statistic about polling, not a poll's finding.
static SHARE_OF_POLLS: LazyLock<Re> = LazyLock::new(|| {
    const POLLS: &str = r"(?:polls|surveys|levantamentos|pesquisas|sondagens|sondages|enquêtes|encuestas|sondeos|umfragen|sondaggi|опросов|опитувань)";
    re(&format!(
        r"(?i)\d(?:[.,]\d+)?\s?(?:%|per ?cent|percent|por ?cento|por ?ciento|pour ?cent|prozent|per ?cento)\s+(?:of|dos|das|des|de las|de los|der|degli|delle|dei|de)\s+(?:the |all |les |los |las |os |as |i |le |die )?{POLLS}\b|\b(?:metade|mitad|moitié|half|hälfte|metà|maioria|mayoría|majorité|majority)\s+(?:dos|das|de los|de las|des|of the|of|der|dei|delle)\s+{POLLS}\s*\(\d"
    ))
});

/// Does `t` state a share of polls themselves ([`SHARE_OF_POLLS`])? Not of searches:
/// "pesquisas" are web searches too ("44% das pesquisas online", "no Google").
pub fn share_of_polls(t: &str) -> bool {
    SHARE_OF_POLLS.find_iter(t).any(|m| {
        // The longest of the words below is 11 characters.
        let after: String = t[m.end()..].trim_start().chars().take(12).collect();
        let after = after.to_lowercase();
        ![
            "online",
            "on-line",
            "no google",
            "na internet",
            "na web",
            "en línea",
            "en google",
        ]
        .iter()
        .any(|w| after.starts_with(w))
    })
}

/// A study described by the people it asked: "our global study of more than 32,000 workers",
/// "une étude menée auprès de 2 000 salariés", "eine Studie unter 1.000 Beschäftigten". What
/// makes a weak poll word a survey's (clinical studies of patients are told apart by
/// [`SCIENCE_STUDY`]).
pub static STUDY_OF_PEOPLE: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:stud(?:y|ies)|research|études?|studien?|estudios?|estudos?|studi[o]?|indagine|ricerca|исследовани\w*|дослідженн\w*)\s+(?:\w+\s+){{0,3}}?(?:of|among|auprès d(?:e|es|u)|parmi|unter|bei|entre|con|com|junto a|su|tra|среди|серед)\s+(?:(?:more than|over|nearly|almost|some|about|plus de|près de|environ|más de|casi|mais de|quase|oltre|quasi|mehr als|über|knapp|rund|более|около|понад|близько)\s+)?\d{{1,3}}(?:[ ,.\u{{a0}}\u{{202f}}]\d{{3}})*\s+(?:\w+\s+){{0,2}}?(?:{POPULATION_NOUNS})\b"
    ))
});

/// A study cited as the source of what follows: "según un reciente estudio del portal de
/// empleo Infojobs", "according to a new study by", "selon une étude", "laut einer Studie",
/// "segundo um estudo", "secondo uno studio", "согласно исследованию", "за даними дослідження".
pub static ACCORDING_TO_STUDY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:according to|según|selon|d['’]après|laut|zufolge|segundo|secondo|stando a|согласно|по данным|за даними|згідно з)\s+(?:(?:a|an|the|this|un|una|uno|une|la|le|l['’]|el|lo|um|uma|o|einer|einem|der|dem|dello|della|del)\s+)?(?:(?:new|recent|latest|nouvelle|récente|dernière|nuevo|reciente|último|novo|recente|nuovo|ultimo|neuen|neuesten|aktuellen|jüngsten|новому|новым|последнему|новим|останнім)\s+)?(?:study|research|étude|estudio|estudo|studio|ricerca|indagine|studie|исследовани\w*|дослідженн\w*)\b",
    )
});

/// Votes of an assembly, a board or shareholders, approvals by regulators and shares of the
/// votes cast: a rating word beside them ("the bill won approval with 61% of the votes",
/// "aprobación del Senado") is not the public's rating.
pub static RATING_VOTES: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:shareholders?|accionistas|actionnaires|aktionär\w*|acionistas|azionisti|board|parliament\w*|parlement\w*|parlamento|parlament\w*|congress|congreso|congresso|senate|senado|sénat|senat|senato|deputies|diputados|députés|deputados|deputati|abgeordnete\w*|депутат\w*|lawmakers|legislators|regulators?|fda|ema|anvisa|cofepris|court|tribunal|gericht)\b|(?:%|\bpercent|\bper ?cent|\bpor ?ciento|\bpour ?cent|\bper ?cento|\bprozent|\bпроцент\w*|\bвідсот\w*)\s+(?:of|de|des|du|dei|degli|delle|der|dos|das|из|з)\s+(?:the\s+|los\s+|las\s+|les\s+|i\s+|os\s+|as\s+)?(?:votes?|ballots|votos|voti|voix|stimmen|suffrages|голосов|голосів)\b",
    )
});

/// A tally of votes cast: shares that "voted for" something, ballots counted or spoiled. A
/// population's "views" beside it ("96% of Crimeans want to join…" over the count) are a
/// vote's result, not a poll's.
pub static VOTE_TALLY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\d(?:[.,]\d+)?\s?%\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+){0,2}?(?:voted|votaron|ont voté|votaram|hanno votato|stimmten|проголосовал\w*|проголосува\w*)\b|\bballot papers?\b|\bballots? (?:were |have been )?(?:counted|cast|spoiled|nullified|invalid)\b|\bbulletins? (?:nuls|dépouillés|blancs)\b|\bpapeletas (?:nulas|escrutadas)\b|\bвыборщик\w*|\bбюллетен\w*|\bбюлетен\w*",
    )
});

/// A share of polling stations, not of people ("проводять поблизу 55% виборчих дільниць",
/// "with 80% of precincts reporting"): never a poll result.
pub static STATION_SHARE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\d+(?:[.,]\d+)?\s?%\s+(?:of\s+(?:the\s+)?|des\s+|de\s+(?:las\s+|los\s+)?|das\s+|dos\s+|dei\s+|der\s+)?(?:polling stations|precincts|bureaux de vote|mesas(?: electorales)?|seções(?: eleitorais)?|seggi|wahllokale|виборчих дільниць|дільниць|избирательных участков|участков)\b",
    )
});

/// Television and radio audience measurement ("9.687.000 espectadores, con una cuota de
/// pantalla del 48,6%, según la medición de la empresa Kantar"): ratings, not opinion, even
/// when a research firm measured them. Viewers alone are not enough: "64% dos espectadores
/// disseram ser contra" is a televote.
/// Market shares: "25% de cuota de mercado", "part de marché", "market share", "доля рынка".
pub static MARKET_SHARE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:market shares?|share of the market|cuotas? de mercado|parts? de marché|quotas? di mercato|quotas? de mercado|participação (?:de|no) mercado|marktanteil\w*|доля рынка|долю рынка|доли рынка|частк\w* ринку)\b",
    )
});

pub static TV_AUDIENCE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:audience share|share of (?:the )?(?:tv |television )?audience|viewing figures|tv ratings|million viewers|cuota de pantalla|cuota de audiencia|share de audiencia|part d['’]audience|parts d['’]audience|marktanteil|einschaltquote|índice de audiência|pontos de audiência|ascolti|доля аудитории|доля телесмотрения|tns gallup media|kantar ibope media|kantar media|líder de audiencia|líder de audiências|cadena más vista|canal mais visto|\d+(?:[.,]\d+)?\s?% de (?:share|audiência|audiencia)|рейтинг\w* (?:\p{L}+ )?телеканал\w*|médiamétrie|auditel|nielsen media research|телепрограмм\w*|телеаудитори\w*|телеглядач\w*|телезрител\w*|rating (?:de|of|von|di) \d+(?:[.,]\d+)? (?:puntos|points|punkte|punti|pontos)|(?:mide|miden|mesure|mesurent|measures|misura|misurano|mede|medem|misst|messen) (?:las |los |the |les |l['’]|a |as |gli |le |die )?(?:audiencias?|audiences?|audiências?|ascolti|einschaltquoten|reichweiten))\b",
    )
});

/// Economic surveys and statistics: not opinion polls.
pub static ECON_SURVEY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:sondagens|sondages|encuestas|surveys|umfragen|indagini|опрос\w*|опитуван\w*) (?:de|of|zur|sul|sull['’]a?)?\s*(?:confiança|confiance|confianza|confidence|vertrauen|fiducia)\b|\bопрос\w* (?:цб|банка россии|центробанка|предприятий|компаний)\b|\bpoll(?:ed)? of (?:\d+ )?(?:economists|analysts|fund managers|strategists|traders|investors|forecasters|bankers)|\bsurvey(?:ed)? (?:of|among) (?:\d+ )?(?:economists|analysts|purchasing managers|businesses|firms|companies|manufacturers|fund managers|investors|lenders|banks|forecasters|chief executives|ceos|employers)|\bpurchasing managers|\bPMI\b|\blabour (?:force|market) survey\b|\blabor force survey\b|\b(?:consumer|business|investor|economic) (?:confidence|sentiment|climate)\b|\b(?:AP|coaches|USA Today|amway) (?:top 25 )?poll\b|\btop 25 poll\b|\bpoll of (?:coaches|sportswriters|writers|broadcasters)\b|\bsondage (?:réalisé )?auprès d(?:es|['’]) (?:économistes|analystes|chefs d['’]entreprise|entreprises|investisseurs)|\benquête (?:emploi|de conjoncture|mensuelle de conjoncture|pmi)\b|\bconfiance des (?:ménages|chefs d['’]entreprise|industriels)\b|\b(?:umfrage|befragung|erhebung) (?:unter|von|bei) (?:\d+ )?(?:ökonomen|volkswirten|analysten|unternehmen|firmen|finanzexperten|einkaufsmanagern|banken|investoren|managern)|\bifo[- ](?:geschäftsklima|index|institut)|\bZEW\b|\bkonsumklima|\beinkaufsmanager|\bencuesta (?:a|entre|de) (?:\d+ )?(?:analistas|economistas|empresas|expertos|inversores)|\bencuesta de población activa\b|\b(?:encuesta|enquête|survey|pesquisa|indagine|erhebung|inquérito)\s+(?:nacional\s+|national\s+|nazionale\s+|permanente\s+|continua\s+)?(?:de|d['’]|on|of|sur|sobre|zur|sulle|sulla)\s+(?:el\s+|la\s+|los\s+|las\s+|l['’]|the\s+)?(?:empleo|emploi|employment|ocupación|desempleo|hogares|households|ingresos|income|gastos|precios|fuerza de trabajo|forze di lavoro|fuerza laboral|emprego|domicílios|household)\b|\b(?:encuesta|sondeo)s? (?:citi|citibanamex|de expectativas)\b|\bconsenso de (?:analistas|economistas|especialistas|mercado)\b|\bsurvey of expectations\b|\bconsensus (?:of|among) (?:economists|analysts)\b|\bEPA\b|\bconfianza (?:del consumidor|empresarial)|\bопрос\w* (?:аналитик\w*|экономист\w*|эксперт\w*|банк\w*|предприяти\w*|компани\w* (?:малого|среднего))|\bpesquisa focus\b|\bboletim focus\b|\brelatório focus\b|\bPNAD\b|\bpesquisa (?:com|entre|junto a) (?:\d+ )?(?:economistas|analistas|empresas|investidores)|\bconfiança do (?:consumidor|empresário|comércio|indústria)|\bsondaggio (?:tra|fra) (?:gli )?(?:economisti|analisti|imprese)|\bfiducia (?:dei consumatori|delle imprese)|\b(?:poll(?:ed|s)?|surveys?|surveyed|asked|befragt\w*|befragung|umfrage|sondages?|sondés|enquête|encuesta|sondeo|relevamiento|pesquisa|inquérito|sondaggio|indagine|опрос\w*|опитуванн\w*)\b[^.;]{0,60}?(?:\d[\d.,\s\x{A0}\x{202F}]*|rund|etwa|some|about|près de|environ|unos|cerca de|circa|около)\s*(?:companies|firms|businesses|manufacturers|employers|retailers|exporters|unternehmen|firmen|betrieben?|mittelständler|entreprises|chefs d['’]entreprise|dirigeants|patrons|pme|empresas|compañías|empresarios|companhias|empresários|aziende|imprese|компаний|предприятий|компаній|підприємств)\b|\b(?:economists|analysts|strategists|traders|fund managers|forecasters|ökonomen|volkswirte|analysten|économistes|analystes|analistas|economistas|economisti|analisti|аналитик\w*|экономист\w*|эксперт\w*|аналітик\w*|економіст\w*|patrons|chefs d['’]entreprise|dirigeants d['’]entreprise|entreprises|industriels|companies|firms|businesses|manufacturers|executives|ceos|purchasing managers|unternehmen|firmen|betriebe|manager|empresas|empresarios|compañías|empresários|companhias|aziende|imprese|imprenditori|компани\w*|предприяти\w*|компані\w*|підприєм\w*),? (?:polled|surveyed|asked|befragte|befragten|interrogés|sondés|consultados|consultad[oa]s|encuestad[oa]s|ouvidos|consultati|interpellati|intervistat[ie]|опрошенн\w*|опитан\w*)",
    )
});

/// An index or barometer read in points ("Das IAB-Arbeitsmarktbarometer ist um 0,1 Punkte
/// auf 100,2 Punkte gestiegen", "Індекс споживчих настроїв … до 73,2 п."): an economic
/// indicator, survey-based or not. Only in a sentence without shares: a poll's barometer
/// states leads in points too ("El barómetro del CIS… 2,3 puntos por delante del PP… 31,9%").
pub static ECON_INDEX: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:index|indices|indexes|indice|índice|índices|indicador|indicadores|indicatore|indicatori|indikator\w*|\w*index|\w*barometer|baromètre|barómetro|barômetro|barometro|индекс\w*|індекс\w*)\b[^.;!?]{0,100}?\d+(?:[.,]\d+)?\s*(?:punkte?n?|points?|puntos?|pontos?|ponto|punti|punto|пункт\w*|п\.)(?:\s|$|[.,;:)])",
    )
});

/// A census, in every language.
pub static CENSUS: LazyLock<Re> = LazyLock::new(|| {
    re(r"(?i)\b(?:census|censo|censos|recensement|zensus|volkszählung|censimento|перепис\w*)\b")
});

/// Economic statistics vocabulary. With no opinion marker, a sentence about these is not a poll.
pub static ECON_TERMS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:inflation|gdp|unemployment rate|jobless rate|interest rates?|basis points|central bank|federal reserve|the fed|ecb|bank of england|bond yields?|stocks?|shares|dow jones|nasdaq|s&p 500|ftse|cac 40|dax|ibex|bovespa|ibovespa|moex|pib|chômage|taux directeur|taux d['’]intérêt|bce|insee|bourse|bip|bruttoinlandsprodukt|arbeitslosenquote|leitzins|ezb|bundesbank|börse|inflación|paro|desempleo|tipos de interés|banco de españa|ine|bolsa|инфляци\w*|ввп|безработиц\w*|ключев\w* ставк\w*|центробанк\w*|банк россии|росстат\w*|биржа|inflação|desemprego|selic|juros|banco central|copom|ibge|ipc|ipca|inflazione|pil|disoccupazione|istat|borsa|piazza affari|(?:the|bond|yield|credit|btp-bund|bund) spreads?|spread (?:between|over|tra|entre)|lo spread|il spread|el spread|le spread|o spread|institut de statistique|statistics office|statistical office|office for national statistics|statistisches (?:bundes|landes)amt|destatis|instituto (?:nacional )?de estad[ií]stica|instituto nacional de estatística|istituto (?:nazionale )?di statistica|indice harmonisé|indice des prix|consumer price index|manufacturing activity|factory activity|revenues?|turnover|\w*umsatz\w*|chiffre d['’]affaires|facturación|faturamento|fatturato|выручк\w*|business activity|industrial production|desocupación|tasa de desocupación|employment rate|verbraucherpreis\w*|índice de precios|índice de preços|indice dei prezzi|индекс потребительских цен|індекс споживчих цін)\b",
    )
});

/// Opinion markers: the people asked and what they think.
pub static OPINION: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:soutiennent|s['’]opposent|unterstützen|respaldan|se oponen|sostengono|appoggiano|si oppongono|выступают|виступають|preocupa\w*|worried|worries|concerned|inquiets?|inquiètes?|besorgt|preoccupat[oi]|preocupad[oa]s|обеспокоен\w*|беспоко\w*|занепокоєн\w*|agree|disagree|concordam|concorda|discordam|discorda|não opinaram|não souberam|não sabem|de acuerdo|en desacuerdo|no sabe|no contesta|no opinaron|d['’]accord|ne savent pas|einverstanden|weiß nicht|wissen nicht|keine angabe|согласны|не согласны|затруднил\w*|не определил\w*|згодні|не згодні|важко відповісти|не визначил\w*|d['’]accordo|non sa|non sanno|voters?|respondents|people|adults|britons|americans|citizens|the public|residents|think|believe|say|said they|stated that they|stated they|say they|told pollsters|approve|disapprove|support|oppose|trust|would vote|favou?rable|unfavou?rable|satisfied|dissatisfied|français|françaises|sondés|personnes interrogées|électeurs|estiment|pensent|jugent|favorables|opposés|approuvent|confiance|befragten|bürger|deutschen|wähler\w*|wahlberechtigten|halten|finden|befürworten|lehnen|zufrieden|encuestados|españoles|ciudadanos|votantes|electores|creen|consideran|apoyan|aprueban|rechazan|опрошенных|россиян\w*|граждан|респондент\w*|избирател\w*|считают|доверяют|доверяли|поддерживали|считали|думали|выступали|оценивали|довіряли|підтримували|вважали|думали|виступали|оцінювали|одобряют|поддерживают|entrevistados|eleitores|brasileiros|portugueses|avaliam|aprovam|desaprovam|confiam|intervistati|italiani|elettori|cittadini|ritengono|approvano|fiducia|українців|опитаних|громадян|вважають|підтримують|довіряють|схвалюють|residents|habitants|einwohner\w*|anwohner\w*|stimmberechtigt\w*|habitantes|moradores|residenti|abitanti|жител\w*|мешканц\w*|выступают против|выступают за|consultados|consultadas|desaprueba\w*|aprueba\w*|desaprova\w*|acham|acreditam|opinan|piensan|meinen|glauben|pensano|credono|думают|полагают|думають|elettore|elector|eleitor|électeur|aprovad[ao]|desaprovad[ao]|aprobad[ao]|desaprobad[ao]|approvat[oa]|approuvée?|rechaza|respalda|apoya|cree|considera|opina|prefiere|apoia|aprova|rejeita|acha|acredita|defende|prefere|approva|ritiene|vorrebbe|vorrebbero|crede|boccia|sostiene|preferisce|estime|pense|juge|approuve|soutient|souhaite|considère|befürwortet|hält|findet|meint|glaubt|wünscht|thinks|believes|back|backs|backed|supports|opposes|wants|favour|favor|считает|поддерживает|одобряет|выступает|доверяет|хочет|вважає|підтримує|схвалює|виступає|довіряє|хоче|électrice|votante|избиратель|виборець|québécois|colombianos|mexicanos|argentinos|chilenos|suisses|schweizer\w*|österreicher\w*|se disent|se dit|se déclarent|se déclare|se prononcent|affirment|souhaitent|dicen|afirman|prefieren|se declaran|imagen positiva|imagen negativa|imagem positiva|imagem negativa|consideram|dizem|afirmam|defendem|preferem|apoiam|rejeitam|dicono|giudica|giudicano|preferiscono|sprechen sich|sind dafür|sind dagegen|высказал\w*|заявили|оцінюють|планують|хочуть|contrari[oae]?|favorevol[ei]|si dice|si dicono|si dichiara\w*|a favor|en contra|dagegen|dafür|optimistic|pessimistic|optimistes?|pessimistes?|optimistisch\w*|pessimistisch\w*|optimistas?|pesimistas?|otimistas?|pessimistas?|ottimist[ie]|pessimist[ie]|оптимистичн\w*|пессимистичн\w*|оптимістичн\w*|песимістичн\w*)\b",
    )
});

/// Does `t` state views ([`OPINION`])? Not by "de acuerdo con" as an attribution ("La
/// inflación cerró en el 3,1%, de acuerdo con el INE", "De acuerdo con la encuesta, …"): only
/// after a verb ("están de acuerdo con la reforma") is it agreement.
pub fn states_opinion(t: &str) -> bool {
    OPINION.find_iter(t).any(|m| {
        let attribution = m.as_str().eq_ignore_ascii_case("de acuerdo")
            && t[m.end()..].starts_with(" con ")
            && t[..m.start()]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, ',' | '(' | ';' | ':' | '-' | '–' | '—'));
        !attribution
    })
}

/// Sentences reporting an official count.
pub static OFFICIAL_RESULT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:official results?|final results?|preliminary results?|provisional results?|election results?|results? (?:showed|show)|(?:ballots|votes) (?:counted|cast)|with \d+(?:[.,]\d+)?\s?(?:%|percent|per cent) of (?:the )?(?:ballots|votes|precincts|vote) (?:already )?(?:counted|in|reporting|tallied|processed)|(?:votes|ballots) (?:already )?tallied|turnout|electoral commission|résultats (?:officiels|définitifs|provisoires)|après dépouillement|à l['’]issue du (?:premier|second) tour|bulletins dépouillés|taux de participation|ministère de l['’]intérieur|(?:vorläufige[sn]?|amtliche[sn]?) endergebnis|(?:inoffizielle|offizielle|vorläufige|amtliche)[nms]? ergebniss(?:e|en)|ausgezählt|wahlbeteiligung|bundeswahlleiter\w*|landeswahlleiter\w*|escrutinio|escrutado|resultados oficiales|participación|junta electoral|цик|центризбирком\w*|обработки? \d+(?:[.,]\d+)?\s?% (?:бюллетеней|протоколов)|явк\w*|активн\w* (?:избирателей|виборців)|активність виборців|итоги голосования|apuração|urnas apuradas|resultado oficial|comparecimento|abstenção|tse (?:divulgou|confirmou)|affluenza|percentuale (?:di|dei) votanti|chiusura (?:\w+ )?dei seggi|taux de votants|porcentaje de votantes|percentual de votantes|schede scrutinate|risultati ufficiali|спортивн\w*|(?:виборч\w*|избирательн\w*) (?:дільниц\w*|участк\w*)|(?:of|des|de las|de los|das|dos|dei|der) (?:polling stations|bureaux de vote|mesas electorales|seções eleitorais|seggi|wahllokale))\b",
    )
});

/// Result verbs: the figures are a vote count, not a poll.
pub static RESULT_VERB: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:won|secured|obtained|received|garnered|took|captured|polled)\s+(?:about |around |nearly |almost |just over |just under |more than |less than )?\d|\b(?:a|ont) (?:obtenu|recueilli|remporté)|\b(?:obtient|remporte|recueille) \d|\b(?:erhielt|erhielten|errang|holte|kam auf|kamen auf)\b|\b(?:obtuvo|obtuvieron|logró|consiguió|ganó)\b|\b(?:получил\w*|набрал\w*)\b|\b(?:obteve|conquistou|recebeu|venceu com)\b|\b(?:ha ottenuto|ottenne|hanno ottenuto|ha preso)\b|\b(?:est|sont) arrivée?s? en tête\b|\b(?:came|finished) (?:first|second|third) in the (?:first|second|runoff)\b|\b(?:quedó|quedaron) (?:primer[oa]|en primer lugar)\b|\b(?:ficou|ficaram) em primeiro\b|\b(?:official|preliminary|provisional|final|partial|first) (?:official )?results? (?:give|gave|gives|put|puts)\b",
    )
});

/// Alternatives of [`NOT_A_POLL`] per compiled part (see [`Split`]).
const NOT_A_POLL_PER_PART: usize = 8;

/// Informal votes and analyses presented as polls.
pub static NOT_A_POLL: LazyLock<Split> = LazyLock::new(|| {
    Split::new(
        r"(?i)\b(?:google[- ]?(?:trends|suchaufkommen|suche|searches|search(?:es)?|buscas?|búsquedas|recherches)|(?:search|such)[- ]?(?:interest|volume|data|queries|werte|daten|anfragen|aufkommen|interesse)|suchinteresse|suchanfragen|meistgesucht\w*|most[- ]searched|más buscad[oa]s?|mais buscad[oa]s?|plus recherchée?s?|(?:número de )?(?:pesquisas|búsquedas) online|búsquedas en (?:internet|google)|поисков\w* запрос\w*|пошуков\w* запит\w*|(?:beiträge|posts|tweets|kommentare|erwähnungen)\s(?:[^.!?]|\.\d){0,40}?(?:ausgewertet|analysiert|untersucht)|(?:analy[sz]\w*|examined|scanned|scraped|monitored|tracked|processed|analysé\w*|examiné\w*|passé au crible|analysiert\w*|ausgewertet\w*|auswertung\w*|analyse\w*|untersucht\w*|análisis|análise|analisi|анализ\w*|аналіз\w*|analiz\w*|examinó|examinad\w*|analis\w*|examinou|examinad\w*|проанализир\w*|изучи\w*|обработа\w*|проаналізу\w*|аналізу\w*|counted|compté\w*|gezählt|zählte\w*|contó|contaron|contou|contaram|contato|подсчита\w*|посчита\w*|підрахува\w*|порахува\w*)\s(?:[^.!?]|\.\d){0,80}?(?:posts|tweets|mentions|comments|messages|conversations|publications|commentaires|beiträge|kommentare|erwähnungen|publicaciones|mensajes|tuits|comentarios|menciones|publicações|postagens|mensagens|comentários|menções|post|commenti|menzioni|публикаци\w*|пост\w*|сообщени\w*|комментари\w*|упоминани\w*|дописів|коментар\w*|згад\w*)|our (?:online |website |web |readers['’]? |own )?(?:poll|survey|vote)\b|\b(?:readers?|listeners?|viewers?|lecteurs?|lectrices|internautes|leser(?:innen)?|zuschauer(?:innen)?|lectores?|lectoras?|leitores?|leitoras?|lettori|lettrici|читател\w*|читач\w*)\s+(?:who|that|qui|die|que|che|которые|які)\s+(?:have\s+|ont\s+|hanno\s+)?(?:took part|taken part|participated|voted|responded|participé|voté|répondu|teilnahmen|teilgenommen|abstimmten|abgestimmt|participaron|votaron|participaram|votaram|partecipato|votato|приняли участие|проголосовали|взяли участь|проголосували)\b|\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|prozent|per ?cent|percent|pour ?cent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\s+(?:(?:of|des|der|de los|de las|dos|das|dei|degli|di|из)\s+)?(?:our |nos |unserer |unseren |nuestros |nossos |nostri |наших |наших )?(?:readers|listeners|viewers|followers|users|lecteurs|internautes|auditeurs|abonnés|leser(?:innen)?|nutzer(?:innen)?|zuschauer(?:innen)?|follower|lectores|usuarios|seguidores|oyentes|leitores|internautas|ouvintes|lettori|utenti|ascoltatori|читателей|подписчиков|пользователей|зрителей|слушателей|читачів|підписників)\b|(?:sur|on|auf|en|no|na|su|sulla|sul|nella|nel|em|в|у|на)\s+(?:(?:notre|nos|our|its|his|her|their|sa|son|ses|unserem|unserer|seinem|seiner|ihrem|ihrer|nuestra|nuestro|nossa|nosso|nostro|nostra|sua|suo|seu|su|propia|propio|própria|próprio|propria|proprio|la|le|el|o|a|il|do|da|del|de|las|los|les|the|die|der|den|своем|своём|своей|своїй|своєму)\s+){0,2}(?:(?:compte|account|cuenta|conta|profilo|page|pagina|página|seite|perfil|canal|kanal|historias|stories|story|storie|red social|rede social|réseau social|страниц\w*|сторінц\w*|аккаунт\w*|акаунт\w*)\s+(?:de\s+|do\s+|da\s+|di\s+|en\s+|on\s+|auf\s+|в\s+|у\s+)?)?(?:x|twitter|facebook|instagram|telegram|tiktok|youtube|vk|вконтакте|weibo|wechat)\b|(?:telegram|телеграм|tiktok|youtube)-?канал\w*|(?:chaîne|canal|kanal|channel|canale|каналі?|каналу) (?:telegram|youtube|tiktok|телеграм)|(?:telegram|youtube|tiktok)[- ](?:channel|kanal|canal|canale)|(?:тысяч|тисяч)\w*\s+(?:пользовател\w*|користувач\w*|подписчик\w*|підписник\w*|читател\w*|читач\w*)|(?:голосовани\w*|голосуванн\w*|опрос\w*|опитуван\w*) (?:(?:в|у) )?(?:telegram|телеграм\w*|twitter|твиттер\w*|твітер\w*|facebook|фейсбук\w*|instagram|инстаграм\w*|інстаграм\w*|youtube|ютуб\w*|tiktok|тикток\w*|тікток\w*)\b|(?:голосовани\w*|голосуванн\w*|опрос\w*|опитуван\w*) (?:(?:проходил\w*|проводил\w*|проводився|проводилось|проходив|тривал\w*) )?(?:в|у|на) (?:портал\w*|приложени\w*|застосунк\w*|платформ\w*|ресурс\w*)|(?:à|a) (?:notre|nuestra|nossa|nostra) (?:vote|votación|votação|votazione|consultation)\b|\d[\d.,]*\s+(?:readers|lettori|lecteurs|leser(?:innen)?|lectores|leitores|internautes|internautas|читател\w*|читач\w*)\b|(?:among|amongst|entre|unter|tra|fra|среди|серед)\s+(?:(?:his|her|its|their|ses|leurs|sus|seus|suas|seinen|ihren|suoi|своих|своїх)\s+)?(?:[\p{L}\-()]+\s+){0,3}?(?:followers|subscribers|abonnés|seguidores|inscritos|follower|abonnenten|iscritti|подписчик\w*|підписник\w*)\b|social[- ]media (?:analysis|analytics|monitoring|listening|sentiment)|analysis of (?:\d[\d,.]* (?:million )?)?(?:social[- ]media |online )?(?:posts|mentions|tweets|conversations|comments)|(?:sentiment|mentions?) (?:analysis|on social media|online)|mentions on (?:social media|twitter|x|facebook|tiktok)|share of (?:online )?mentions|(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|website|readers['’]?|reader|viewers['’]?|listeners['’]?|text|sms|phone-in|click|straw|unscientific|self-selecting|open-access) (?:poll|vote|survey)|poll (?:on|of) (?:our|its|the newspaper['’]s|the station['’]s|the) (?:website|site|readers|followers|app|listeners|viewers|page)|(?:readers|followers|users|viewers|listeners|visitors|subscribers|members) (?:voted|voting|who voted|took part in an online)|(?:poll|survey) (?:to|of|among) (?:his|her|its|their) (?:\d[\d,.]* )?(?:million )?(?:users|followers|subscribers|readers|viewers|listeners)|(?:téléspectateurs|auditeurs|utilisateurs|membres|spectateurs|zuschauer(?:innen)?|hörer(?:innen)?|nutzer(?:innen)?|telespectadores|oyentes|usuarios|espectadores|telespectadores|ouvintes|usuários|telespettatori|ascoltatori|utenti|зрител\w*|слушател\w*|пользовател\w*|подписчик\w*|глядач\w*|слухач\w*|користувач\w*|підписник\w*) (?:\w+ ){0,3}?(?:ont voté|ont participé|haben abgestimmt|stimmten|votaron|votaram|hanno votato|проголосовал\w*|проголосувал\w*)|(?:vot\w*|abgestimmt|abstimmung|голосовани\w*|голосуванн\w*) (?:par|by|per|via|por|über|по|через) (?:sms|text|téléphone|telefono|teléfono|telefon|смс)|(?:polymarket|kalshi|predictit)\b|(?:viewers|listeners|readers|users|espectadores|telespectadores|oyentes|lectores|usuarios|téléspectateurs|auditeurs|lecteurs|internautes|zuschauer\w*|leser\w*|nutzer\w*|telespettatori|spettatori|lettori|utenti|espectadores|leitores|usuários|internautas) (?:who|que|qui|die|che) (?:took part|voted|participaron|votaron|ont voté|ont participé|abgestimmt|teilgenommen|votaram|participaram|hanno votato|hanno partecipato)|\d\s?%\s+(?:of|das|de las|de los|des|delle|dei|der|от|від)\s+(?:\w+\s+){0,2}?(?:mentions|menções|menciones|menzioni|erwähnungen|упоминаний|згадок|posts|publicações|publicaciones|publications|conversations)|(?:menções|menciones|mentions|menzioni|erwähnungen)\s+(?:\w+\s+)?(?:nas|en las|on|sui|in den|sur les) (?:redes|social|réseaux|sozialen)|моніторингов\w* платформ\w*|мониторингов\w* (?:платформ|компани|сервис)\w*|media monitoring|social listening|monitora plataformas|monitoring platform|plateforme de veille|(?:consultation|consulta|consultazione|sondage|sondaggio|encuesta|pesquisa) (?:\w+ ){0,2}?(?:par|by|pelo|pela|por|dalla|dall['’]|da|de la|del|via|sur|en|no|na|nell['’]|sull['’]) ?(?:l['’])?(?:application|appli|app|aplicativo|aplicación|applicazione|plateforme|plataforma|piattaforma)\b|(?:в|у) (?:telegram-канал\w*|телеграм-канал\w*|застосунк\w*|приложени\w*|додатк\w*) «[^»]{1,40}»|(?:глядацьк\w*|зрительск\w*|интерактивн\w*|інтерактивн\w*|телефонн\w*|sms-|смс-)\s?(?:голосуванн\w*|голосовани\w*)|(?:голосовани\w*|голосуванн\w*) (?:зрител\w*|слушател\w*|читател\w*|подписчик\w*|глядач\w*|слухач\w*|читач\w*|підписник\w*)|онлайн-голосуванн\w*|(?:на|у) сайті (?:телеканал\w*|газет\w*|видання|радіо)|(?:на|в) сайте (?:телеканал\w*|газет\w*|издани\w*|радио)|online vote|(?:internet|web) (?:poll|survey|vote)|(?:global|worldwide|international) online (?:opinion )?(?:poll|survey)|netizens (?:who )?(?:participated|voted|took part|responded)|polled (?:(?:the|its|his|her|their|[\w.]+['’]s) ){0,2}(?:\w+ )?(?:users|followers|readers|subscribers|viewers|listeners|audience)|(?:de los|dos|das|des|of the|out of|sur|su|degli|из|з) (?:\w+ )?\d[\d.,]*(?: mil| mille| million)? (?:votos|votes|voti|voix|голосов|голосів|stimmen)\b|(?:après|after|tras|depois de|dopo|nach|после|після) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|two|three|four|five|six|seven|ten|dos|tres|cuatro|cinco|siete|dois|três|quatro|sete|due|tre|quattro|cinque|sette|zwei|drei|vier|fünf|sieben) (?:jours|days|días|dias|giorni|tagen|дней|днів) (?:\w+ ){0,2}?(?:et|and|y|e|und|и|і) (?:\w+ ){0,2}\d(?:[\d.,]|\s\d{3})* (?:votes|votos|voti|stimmen|голосов|голосів)|(?:i nostri|dei nostri|ai nostri|nos|nuestros|nossos|our|unsere[nr]?) (?:lettori|lecteurs|lectores|leitores|readers|leser(?:innen)?|utenti|internautes|internautas|followers|seguidores|abonnés|telespettatori|ascoltatori|auditeurs|oyentes|ouvintes|listeners|viewers),? (?:\w+,? ){0,5}?(?:votare|voter|votar|vote|voted|votaram|votaron|ont voté|hanno votato|abgestimmt)|unsere[rnm]? (?:online|leser|internet)-(?:umfrage|abstimmung|befragung)|betting (?:odds|markets?)|bookmakers?['’]? odds|prediction markets?|forecast model|(?:ai|algorithm)[- ](?:based )?(?:analysis|model|prediction)|google (?:searches|trends)|search (?:data|interest|trends)|sondage (?:en ligne )?(?:sur|auprès de) (?:nos|ses|les) (?:lecteurs|internautes|abonnés|auditeurs|téléspectateurs)|(?:sondage|vote|consultation) (?:sur|via) (?:twitter|x|facebook|instagram|telegram|tiktok|notre site|le site|son site|les réseaux sociaux)|analyse (?:des|de) (?:réseaux sociaux|conversations|publications|mentions|messages)|écoute des réseaux sociaux|mentions sur les réseaux|vote en ligne|consultation en ligne|internautes ont voté|(?:lecteurs|internautes|abonnés) ont voté|cotes des bookmakers|cotes (?:de|d['’]) ?\p{Lu}\w+|paris en ligne|mises des parieurs|betting exchange|plataforma de apuestas|plataforma de apostas|sito di scommesse|sondage (?:non scientifique|auto-sélectionné|non représentatif)|online-abstimmung|(?:von der|der|unserer) redaktion (?:\w+ ){0,2}?(?:durchgeführt\w*|gestartet\w*)|(?:leser|nutzer|zuschauer)(?:innen)?-?befragung|application participative|appli(?:cation)? (?:participative )?de sondages?|(?:encuestas?|sondeos?) (?:\w+ )?entre (?:nuestros |sus |los )?(?:lectores|seguidores|usuarios|oyentes|televidentes)|(?:на|в|у) (?:\w+ ){0,3}?(?:страниц\w*|сторінц\w*|паблик\w*|групп\w*|груп\w*|канал\w*) (?:\w+ ){0,2}?[\x22«„]?(?:вконтакте|вконтакті|vk|одноклассники|telegram|телеграм)|(?:кажд\w*|кожн\w*) (?:\w+ )?(?:читател\w*|читач\w*|подписчик\w*|підписник\w*|пользовател\w*|користувач\w*)|onlineabstimmung|klick-umfrage|ted-umfrage|leserumfrage|leser-umfrage|(?:nutzer|leser|zuschauer)(?:innen)? (?:haben )?abgestimmt|(?:umfrage|abstimmung) (?:auf|bei|via) (?:twitter|x|facebook|instagram|telegram|tiktok|unserer website|der website|unserer seite)|analyse (?:von|der) (?:social-media|sozialen medien|erwähnungen|beiträgen)|social-media-analyse|wettquoten|prognosemodell|nicht repräsentativ\w*|(?:encuesta|sondeo|votación|consulta) (?:en|de|a través de) (?:twitter|x|facebook|instagram|telegram|tiktok|nuestra web|la web|su web|redes sociales|las redes sociales)|(?:sondaggio|votazione|consultazione) (?:sui|nei) social|(?:sondagem|pesquisa|votação|enquete) (?:nas|em) redes sociais|consulta (?:online|en línea|on-line)|consultazione online|consulta pública online|votación (?:en línea|online|en redes)|encuesta (?:online )?entre (?:nuestros |sus )?(?:lectores|seguidores|usuarios)|análisis de (?:redes sociales|menciones|conversaciones)|menciones en (?:redes|twitter|x)|cuotas de las casas de apuestas|modelo de predicción|(?:no|sin) (?:es )?representativ\w*|(?:lectores|usuarios|seguidores) votaron|\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|prozent|per ?cent|percent|pour ?cent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)\s+(?:подписчиков|читателей|пользователей|зрителей|слушателей|читачів|підписників|користувачів)|опрос\w* (?:в|на|среди) (?:нашем |своем |своём |его |ее |её )?(?:telegram|телеграм|telegram-канал\w*|телеграм-канал\w*|канал\w*|сайт\w*|соцсет\w*|социальных сет\w*|паблик\w*|подписчик\w*|читател\w*)|голосовани\w* (?:в|на) (?:соцсет\w*|сайт\w*|telegram|телеграм)|(?:google|гугл)[- ](?:trends|тренд\w*)|suchinteresse\w*|suchanfragen|recherches google|búsquedas en google|pesquisas no google|ricerche su google|анализ\w* (?:упоминаний|соцсетей|социальных сетей|публикаций)|упоминани\w* в (?:соцсетях|социальных сетях|сми)|(?:згад\w*|упомина\w*|упомянул\w*)\s+(?:\w+\s+){0,3}?(?:в|у)\s+(?:сми|зми|соцмереж\w*|соцсет\w*|социальных сет\w*|соціальних мереж\w*)|ted-(?:ergebnis|umfrage|abstimmung)|ставк\w* букмекер\w*|нерепрезентативн\w*|онлайн-голосовани\w*|(?:пользователи|подписчики|читатели) проголосовал\w*|enquete|(?:pesquisa|votação) (?:no|na|em|pelo|pelas) (?:twitter|x|facebook|instagram|telegram|tiktok|site|redes sociais)|votação online|análise de (?:redes sociais|menções|publicações)|menções nas redes|casas de apostas|modelo de previsão|sem valor científico|não (?:tem|possui) valor científico|(?:internautas|leitores|seguidores) votaram|não registrada no tse|sondaggio (?:online )?(?:sul|tra i) (?:nostro sito|sito|lettori|follower)|votazione online|sondaggio (?:su|via) (?:twitter|x|facebook|instagram|telegram|tiktok)|analisi (?:dei social|delle menzioni|del sentiment)|menzioni sui social|quote dei bookmaker|(?:non ha|senza) valore (?:statistico|scientifico)|televoto|sondaggio non rappresentativo|опитуван\w* (?:в|у|на) (?:нашому |своєму )?(?:telegram|телеграм\w*|соцмереж\w*|сайт\w*)|аналіз\w* (?:згадок|соцмереж)|голосуванн\w* (?:в|у) соцмереж\w*|\b(?:notre|nos|unsere[rnm]?|nuestra|nuestro|nossa|nosso|nostro|nostra|наш\w*)\s+(?:\S+\s+){0,2}?(?:sondage|questionnaire|vote|umfrage|abstimmung|leserumfrage|encuesta|votación|enquete|pesquisa|sondaggio|опрос\w*|голосовани\w*|опитуванн\w*)\b|\b\d[\d.,\s]*\s(?:(?:%|prozent|pour cent|per cento|por ciento|percent|per cent)\s+(?:der|des|dei|de los|de las|of the|of)\s+)?(?:klicks|clics|clicks|clic|кликов|кліків)\b|\bголосовалк\w*|\b(?:besucher|leser(?:innen)?|nutzer(?:innen)?) (?:unserer|unseres) (?:webseite|website|seite|portals|zeitung)\b|\b(?:ont participé|ont voté|haben abgestimmt|votaron|votaram|hanno votato)\b[^.]{0,40}\b(?:internautes|lecteurs|leser|lectores|leitores|lettori)\b|sondaggio (?:\w+ ){0,2}?lanciato (?:da questo sito|dal nostro|dalla nostra|sul nostro|sulla nostra)|(?:hanno votato|have voted|ont voté|votaron|votaram|haben abgestimmt)\s+(?:\w+\s+)?\d[\d.,]*\s+(?:utenti|users|usuarios|usuários|nutzer\w*|utilisateurs|lettori|readers|lecteurs|lectores|leitores|leser\w*)|интерактивн\w* телефон\w*|(?:голосуван\w*|голосовани\w*) (?:у|в) студі\w*|(?:голосовани\w*) (?:в|во) студи\w*|(?:twitter|x|facebook|instagram|telegram|tiktok)[- ]?(?:umfrage\w*|abstimmung|sondage|encuesta|sondaggio|enquete|опрос\w*|опитуванн\w*)|spontanumfrage|online eine umfrage|umfrage (?:ist )?(?:seit \S+ (?:\S+ ){0,3})?online\b|auprès (?:du cercle des|des|de nos|de ses) lecteurs|visitors to (?:its|our|the|their) websites?|(?:asking|asked) (?:its|our|their) (?:readership|readers)|desde (?:ésta|esta) web|(?:i nostri lettori|nos lecteurs|nuestros lectores|nossos leitores|unsere leser(?:innen)?|our readers|наши читатели|наші читачі)|readers of (?:our|its|the|their) (?:website|site|newspaper|paper|page)|(?:опрошенн\w*|опитан\w*) (?:читател\w*|читач\w*|подписчик\w*|підписник\w*|пользовател\w*|користувач\w*)|голоса распределились|голоси розподілилися|(?:hanno partecipato al sondaggio|took part in the poll|ont participé au sondage|participaron en la encuesta|participaram da enquete) \d[\d.,]* (?:utenti|lettori|users|readers|internautes|lecteurs|usuarios|lectores|usuários|leitores)|(?:poll|opinion) (?:responses|submissions)|\d[\d,.]* (?:opinion )?submissions|(?:encuesta|sondeo) (?:\w+ ){0,4}?(?:los |sus |a los |a sus )?(?:televidentes|oyentes|internautas)|\d[\d.,]*\s+(?:menschen|personen|nutzer\w*|leser\w*|teilnehmer\w*) (?:haben |hatten )?abgestimmt|\d[\d.,]*\s+abgegebenen? stimmen|(?:facebook|instagram|twitter|tiktok) (?:likes|followers|follower)|likes (?:on|of|auf|en|su) (?:facebook|instagram)|(?:me gusta|curtidas) (?:en|no) (?:facebook|instagram)|(?:в|у) (?:застосунк\w*|додатк\w*|приложени\w*) \p{Lu}|online-beitrag|online-tool|online tool|outil en ligne|herramienta (?:en línea|online)|ferramenta online|\d[\d.,]*\s*(?:millions?|milioni|millones|milhões|millionen|mille|mil|thousand|tausend|тысяч\w*|тисяч\w*)?\s+(?:de |of |di |der |из |з )?(?:participants|participantes|partecipanti|teilnehmer\w*|участник\w*|учасник\w*)\b[^.!?]{0,40}?\b(?:a voté|ont voté|voted|have voted|votaron|votaram|ha votato|hanno votato|abgestimmt|stimmten|проголосовал\w*|проголосувал\w*)|unrepräsentativ\w*|nicht-repräsentativ\w*|keinesfalls repräsentativ\w*|vos votes|(?:faible |petit )?nombre de votants|\d+ votants|(?:votação|votación|vote|votazione) on-line|(?:sondaggio|consultazione) promoss[oa] (?:dal|sul|da un) (?:sito|portale|blog|canale)|(?:sui|sulle|nei) (?:canali|pagine) social|voti ritenuti validi|poll question on (?:their|its|our|his|her|the) (?:blog|website|site|page)|(?:poll|survey|vote|sondage|umfrage|abstimmung|encuesta|sondaggio|enquete|pesquisa|опрос\w*|опитуванн\w*) (?:on|sur|auf|in|en|no|na|sul|nel|в|у|на) (?:the|my|our|this|le|mon|notre|ce|dem|meinem|unserem|diesem|el|mi|nuestro|este|o|meu|nosso|il|mio|nostro|questo|моём|моем|нашем|моєму|нашому)\s?blog\w*|\d[\d,]*\+? votes on the poll|оберіть свого кандидата|виберіть свого кандидата|выберите своего кандидата|choose your candidate|elige a tu candidato|escolha (?:o )?seu candidato|non[- ]représentati\w*|pas représentati\w*|unrepresentative|non-representative|not (?:a )?(?:scientific|representative) (?:poll|survey|sample)|não é representativ\w*|non è rappresentativ\w*|mehrfach-?abstimmungen|kostenpflichtig\w* (?:telefon)?anruf\w*|videotext-\w*|teletext (?:poll|vote)|televoting|monitorage des (?:réseaux sociaux|médias sociaux|médias)|veille des réseaux sociaux|(?:soit|i\.e\.|that is|es decir|ou seja|cioè|то есть|тобто)\s+\d{1,3}(?:[ .,\x{a0}]\d{3})*\s+(?:voix|votes|votos|voti|stimmen|голосов|голосів)\b|(?:notre|nos|unsere[rnm]?|nuestra|nuestro|nossa|nosso|nostro|nostra)\s+\p{Lu}[\p{L}\d]*-(?:umfrage|abstimmung|sondage|encuesta|enquete|sondaggio)\b)",
        NOT_A_POLL_PER_PART,
    )
});

/// A majority stated without a figure ("a clear majority of voters", "une majorité
/// d'Européens", "большинство россиян"): with poll vocabulary, a poll claim with no figure to
/// parse. Run only on poll sentences without figures.
pub static MAJORITY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:une|a|una|uma|eine[n]?|un)\s+)?(?:bonne|buena|boa|buona|good|great|guten?|gran|grande)\s+(?:partie|parte|part|teil|proportion)\s+(?:des|de|dos|das|degli|dei|delle|of|der)\b|\b(?:(?:clear|large|vast|slim|narrow|overwhelming|absolute|growing|solid)\s+)?majority\s+of\b|\bmost\s+(?:voters|people|americans|britons|europeans|citizens|residents|respondents)\b|\bmajorité\s+(?:absolue\s+|nette\s+|large\s+|écrasante\s+)?d(?:es|e|['’])|\bmehrheit\s+der\b|\bmehrheit\s+(?:von|aus)\b|\bmayoría\s+(?:absoluta\s+|amplia\s+)?de\b|\bmaioria\s+(?:absoluta\s+)?d[oa]s?\b|\bmaggioranza\s+(?:assoluta\s+)?(?:de(?:gli|i|lle)|di)\b|\bбольшинств\w*\b|\bбільшіст\w*\b|\b(?:a|une?|una|uma|eine?n?)\s+(?:significant|large|sizeable|considerable|large|importante|significativa|significative|considerable|considerável|significativa|großen?|erhebliche[n]?|deutliche[n]?)\s+(?:share|part|proportion|number|partie|part|parte|porción|proporción|anteil|teil)\b|\b(?:una?|uma)\s+(?:parte|porción|proporción|parcela|partie|part)\s+(?:significativa|importante|considerable|considerável|significative|notable|relevante|consistente|rilevante)\b|\bla plupart des\b|\bdie meisten\b|\bla mayor parte de\b|\ba maior parte d|\bla maggior parte de|\bзначительн\w* част\w*|\bзначн\w* частин\w*|\b(?:two|three)[- ](?:thirds|quarters|fifths) of\b|\bhalf of (?:all |the )?(?:voters|people|americans|britons|adults|respondents|citizens|residents)\b|\b(?:dos|tres) (?:terceras|cuartas|quintas) partes\b|\b(?:deux|trois) (?:tiers|quarts) des?\b|\bla moitié des\b|\b(?:zwei|drei) (?:drittel|viertel)\b|\bdie hälfte der\b|\b(?:dois|três) (?:terços|quartos)\b|\b(?:due|tre) (?:terzi|quarti)\b|\bla metà (?:degli|dei|delle)\b|\b(?:две|три) (?:трети|четверти)\b|\b(?:дві|три) (?:третини|чверті)\b",
    )
});

/// Who leads, without a share: "a five-point lead", "en tête", "com vantagem sobre", "in
/// vantaggio di 11 punti", "guadagna oltre un punto", "лидирует". In a sentence with poll words
/// and no figures, a poll result all the same. Run only on such sentences.
pub static STANDING: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:largest party|biggest party|strongest party|stärkste (?:kraft|partei)|primo partito|prima forza|primer partido|partido más votado|primeiro partido|partido mais votado|premier parti|первой партией|крупнейш\w* парти\w*|leads?|leading|in the lead|ahead|front-?runner|neck and neck|dead heat|tied|point lead|points? (?:ahead|behind|clear)|first place|second place|in second|(?:è|sono|sarebbe|sarebbero|resta|restano|risulta|risultano|appare|nettamente|saldamente) avanti|secondo posto|deuxième place|segundo lugar|zweite[rn]? platz|втор\w* мест\w*|друг\w* місц\w*|en tête|devant|en avance|favori\w*|au coude-à-coude|à égalité|première place|avantage|vorn|vorne|vorsprung|liegt vor|führt|führen|gleichauf|kopf-an-kopf|favorit\w*|erste[rn]? platz|a la cabeza|encabeza\w*|lidera\w*|liderança|liderazgo|ventaja|empate\w*|empatad[oa]s|primer lugar|primera posición|primeiro lugar|na frente|à frente|vantagem|in testa|in vantaggio|vantaggio|testa a testa|primo posto|favorit[oa]|лидир\w*|лідир\w*|впереди|попереду|отрыв\w*|відрив\w*|перв\w* мест\w*|перш\w* місц\w*|фаворит\w*)\b|\b(?:donne|donnait|gives?|gave|dà|dava|da|dan|dá|davam|sieht|sah)\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}\s+(?:(?:comme|como|come|als|as the|as)\s+)?(?:vainqueur|gagnant|winner|ganador|vencedor|vincitore|vincente|sieger|gewinner|победител\w*|переможц\w*)\b|\b(?:gains?|gained|loses?|lost|gagne|perd|guadagna|perde|gana|pierde|ganha|gewinnt|verliert|прибавил\w*|потерял\w*)\s+(?:\w+\s+){0,2}?(?:points?|punt[oi]|puntos?|pontos?|punkte?|prozentpunkte?|пункт\w*)\b",
    )
});

/// "Go ahead" and its kin: a plan or a poll going ahead, not a party ahead.
static GOES_AHEAD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:go(?:es|ing)?|went|gone|press(?:es|ed|ing)?|push(?:es|ed|ing)?|mov(?:e|es|ed|ing)|plough(?:s|ed|ing)?|forge[sd]?|forging|get(?:s|ting)? the go|green[- ]light(?:s|ed)?)\s+ahead\b",
    )
});

/// [`STANDING`] in `t`, outside "go ahead" phrases ("the survey will go ahead next month").
pub fn states_standing(t: &str) -> bool {
    if !STANDING.is_match(t) {
        return false;
    }
    if !GOES_AHEAD.is_match(t) {
        return true;
    }
    let mut rest = String::with_capacity(t.len());
    let mut last = 0;
    for m in GOES_AHEAD.find_iter(t) {
        rest.push_str(&t[last..m.start()]);
        rest.push_str(" … ");
        last = m.end();
    }
    rest.push_str(&t[last..]);
    STANDING.is_match(&rest)
}

/// Opinion moving or leaning, without a share: "support for the Union up six points",
/// "backing for independence has slipped", "more popular with the public", "garner more
/// opposition than support", "ha subido ocho puntos", "gagne trois points", "рейтинг вырос на
/// пять пунктов". In a sentence with poll words, a poll result all the same. Run only on such
/// sentences.
pub static SHIFT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:підтримк\w*|поддержк\w*|рейтинг\w*|довір\w*|доверие|zustimmung|beliebtheit|soutien|popularité|cote de popularité|apoyo|popularidad|aprobación|apoio|popularidade|aprovação|sostegno|popolarità|consenso|gradimento)\s+(?:\S+\s+){0,3}?(?:знижується|зростає|падає|зменшується|збільшується|снижается|растёт|растет|падает|сокращается|sinkt|steigt|wächst|schwindet|baisse|recule|progresse|augmente|chute|grimpe|s['’]effrite|cae|baja|sube|crece|aumenta|cai|caiu|sobe|subiu|cresce|cresceu|cala|scende|sale|cresce|aumenta)\b|(?:subida|descida|queda|aumento|perda|ganho|recuo|bajada|caída|descenso|hausse|baisse|recul|progression|chute|calo|crescita|perdita|zuwachs|anstieg|rückgang|verlust)\s+(?:de|di|von)\s+\d+(?:[.,]\d+)?\s+(?:pontos|puntos|points|punti|prozentpunkten?|punkten?)|\d+(?:\.\d+)?-point (?:drop|fall|rise|gain|increase|decline|jump|slide|swing)|(?:support|backing|opposition|approval|popularity|trust|confidence|satisfaction|favou?rability|disapproval|ratings?)\s+(?:for\s+(?:\S+\s+){1,3}?)?(?:has\s+|have\s+|is\s+)?(?:slipped|risen|rose|fallen|fell|dropped|grown|grew|increased|declined|slumped|surged|soared|plunged|edged (?:up|down)|ticked (?:up|down)|on the rise|up|down)|(?:more|less) (?:popular|unpopular)|more (?:opposition|support) than (?:support|opposition)|warming to|(?:clear|broad|strong|widespread|overwhelming|majority) (?:support|opposition|backing)|overwhelmingly (?:support|oppose|back|reject|favou?r)|(?:up|down|rose|fell|dropped|climbed|slipped|gained|lost) (?:by )?(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:percentage )?points?|(?:ha |han )?(?:subido|bajado|caído|crecido|aumentado|descendido|sube|baja|cae|crece)\s+(?:nada menos que\s+|casi\s+|más de\s+)?(?:\d+(?:[.,]\d+)?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+puntos|(?:gagne|perd|progresse|recule|chute|grimpe|baisse|perdu|gagné)\s+(?:de\s+)?(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+points|(?:legt|legte|gewinnt|gewann|verliert|verlor|büßt|büßte)\s+(?:\w+\s+){0,2}?(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:prozentpunkte|punkte)|(?:subiu|caiu|cresceu|recuou|oscilou|sobe|cai)\s+(?:\d+(?:[.,]\d+)?|dois|três|quatro|cinco|seis|sete|oito|nove|dez)\s+pontos|(?:guadagna|perde|sale|scende|cresce|cala|guadagnato|perso)\s+(?:\d+(?:[.,]\d+)?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)\s+punti|(?:вырос\w*|снизил\w*|упал\w*|увеличил\w*|сократил\w*|зріс|зросл\w*|знизил\w*|впал\w*|зменшил\w*)\s+(?:\w+\s+)?на\s+(?:\d+(?:[.,]\d+)?|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|дві|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять)\s+(?:процентн\w*\s+)?пункт\w*)",
    )
});

/// A poll stated as the source of a finding, with or without figures: "a new Research Co. poll
/// has found", "révèle un nouveau sondage Léger", "wie eine Umfrage … zeigt", "Selon un sondage
/// …, le président a la plus haute cote", "einer Umfrage zufolge", "опрос показал". Qualitative
/// findings are poll claims too (the 2017 Sputnik report gave no figure). Run only on poll
/// sentences. "Says"/"said" count only right after the noun ("the poll said"): "He said the
/// survey was wrong" states nothing the poll found.
pub static FINDING: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i){NV}|\b{A}\s+(?:\S+\s+){{0,4}}?{N}\b|\b{N}\b(?:\s+\S+){{0,4}}?\s+zufolge\b|\b{N}\s+(?:(?:also|further|now|auch)\s+)?(?:says|said|sagt)\b",
        NV = noun_and_verb_with(FINDING_VERBS, FINDING_VERBS_INVERTED, FINDING_GAP),
        N = FINDING_NOUNS,
        A = FINDING_ATTRIBUTION,
    ))
});

/// A poll noun ([`FINDING_NOUNS`]) and one of `verbs` in one sentence, in either order: the
/// verb anywhere after the noun ("the poll, conducted … in May, found"), or a few words before
/// it ("révèle un nouveau sondage"). A dot after a digit ("vom 28. September") or a short
/// abbreviation ("sob o no. BA-00025") is no end.
fn noun_and_verb(verbs: &str) -> String {
    noun_and_verb_with(verbs, verbs, r"\S+")
}

/// [`noun_and_verb`] with the verbs that may come before the noun (`before`) and the words
/// allowed between them (`gap`, up to four) given apart.
fn noun_and_verb_with(after: &str, before: &str, gap: &str) -> String {
    format!(
        r"\b{N}\b(?:[^.;!?]|\d\.|\b\p{{Ll}}{{1,3}}\.\s)*?\b{A}\b|\b{B}\b(?:\s+{G}){{0,4}}?\s+{N}\b",
        N = FINDING_NOUNS,
        A = after,
        B = before,
        G = gap,
    )
}

/// The words a finding verb may have between it and its poll noun when the noun comes after
/// it, as the verb's subject: articles, "new/latest/recent" and names ("révèle un nouveau
/// sondage Ifop", "muestra la última encuesta", "zeigt eine aktuelle Umfrage", "показал
/// последний опрос"), and prepositions ("emerge dal sondaggio", "geht aus der Umfrage
/// hervor"). Not a clause ("confirmó que la encuesta se hará…": the noun is no subject
/// of the verb).
const FINDING_GAP: &str = r"(?:da|dal|dallo|dalla|dall['’]\S*|dai|dagli|dalle|di|nel|nello|nella|nell['’]\S*|nei|negli|nelle|sul|sulla|aus|im|in|vom|von|dans|d['’]\S*|en|do|no|na|em|pelo|pela|un|une|una|uno|unos|unas|el|la|los|las|le|les|l['’]\S*|du|des|de|del|della|dello|dell['’]\S*|il|lo|i|gli|o|os|as|um|uma|ein|eine|einer|einem|der|die|das|dem|den|neue[nrs]?|nuevo|nueva|nouveau|nouvel|nouvelle|nuovo|nuova|novo|nova|último|última|ultimo|ultima|dernier|dernière|aktuelle[nrs]?|jüngste[nrs]?|neueste[nrs]?|reciente|récent|récente|recente|(?-i:\p{Lu})\S*|[\p{Cyrillic}]+)";

/// A poll reported as conducted or published: "Соціологічна компанія Соціс провела
/// опитування…", "L'institut BVA a publié … un sondage", "a survey conducted by X among 1,000
/// adults". Support for a weak poll word; on its own, without a finding, no claim.
pub static CONDUCTED: LazyLock<Re> =
    LazyLock::new(|| re(&format!("(?i){}", noun_and_verb(CONDUCT_VERBS))));

/// Verbs that conduct, commission or publish a poll, for [`CONDUCTED`].
const CONDUCT_VERBS: &str = r"(?:conducted|carried out|commissioned|published|released|fielded|ran|run|réalisée?s?|menée?s?|effectuée?s?|publiée?s?|commandée?s?|mis en place|durchgeführt|veröffentlicht\w*|in auftrag gegeben|erstellt|ermittelt|realizad[ao]s?|elaborad[ao]s?|publicad[ao]s?|encargad[ao]s?|llevad[ao]s? a cabo|realizó|publicó|encargó|realizou|divulgou|divulgad[ao]s?|publicou|encomendad[ao]s?|feit[ao]s?|realizzat[oaie]|condott[oaie]|pubblicat[oaie]|commissionat[oaie]|effettuat[oaie]|provid[ao]|провел\w*|провёл|проведенн\w*|опубликовал\w*|обнародовал\w*|заказал\w*|провів|провела|провели|проведен\w*|оприлюдни\w*|оприлюднив|опублікува\w*|замовил\w*)";

/// The weak poll words that name a survey rather than a study: "enquête", "pesquisa",
/// "levantamento", "rilevazione", "indagine", "Befragung", "Erhebung", "inquérito".
pub static SURVEY_WORD: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:enquêtes?|pesquisas?|levantamentos?|inquéritos?|rilevazion[ei]|indagin[ei]|\w*befragung(?:en)?|erhebung(?:en)?)\b",
    )
});

/// Turnout, however a poll word may sit beside it: a count, not an opinion.
pub static TURNOUT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:turnout|taux de participation|wahlbeteiligung|stimmbeteiligung|participación electoral|comparecimento|abstenção|affluenza|явк\w*|активн\w* (?:избирателей|виборців)|активність виборців)\b",
    )
});

/// Social-media analytics presented as opinion: social media or mentions, an analysis, and
/// a result (popularity, a lead, approval, sentiment) in one sentence: "Datameer analyzed data
/// … on Twitter and revealed how users feel", "Un estudio de Websays demuestra, a base de
/// análisis … de redes sociales, quién es el candidato más popular", "рейтинг губернаторов по
/// упоминаемости в социальных медиа". The 2017 Filteris "poll" was one. Returns the span from
/// the first of the three to the last. Run only on sentences with analytics vocabulary.
pub fn social_analytics(t: &str) -> Option<(usize, usize)> {
    // A share of the mentions or of the conversation is an analysis's result by itself
    // ("segundo lugar en menciones con el 31% de la conversación").
    if let Some(m) = SHARE_OF_CONVERSATION.find(t) {
        return Some((m.start(), m.end()));
    }
    let s = SOCIAL.find(t)?;
    let a = ANALYSIS.find(t)?;
    let r = OPINION_RESULT.find(t)?;
    let start = s.start().min(a.start()).min(r.start());
    let end = s.end().max(a.end()).max(r.end());
    Some((start, end))
}

/// A study, report or analysis: the noun that names the source of analytics presented as
/// opinion in the sentence before or after them ("Lo rivela una ricerca di SocialCom").
pub static STUDY_NOUN: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:stud(?:y|ies)|research|report|analysis|études?|analyse|rapport|studien?|bericht|estudios?|informe|análisis|estudos?|relatório|análise|pesquisas?|ricerca|ricerche|studio|indagine|analisi|rapporto|исследовани\w*|доклад\w*|анализ\w*|дослідженн\w*|аналіз\w*|звіт\w*)\b",
    )
});

/// A share of the mentions, posts or conversation online, for [`social_analytics`].
static SHARE_OF_CONVERSATION: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\d(?:[.,]\d+)?\s?(?:%|per ?cent|por ?ciento|por ?cento|pour ?cent|per ?cento|prozent)\s+(?:of (?:the |all )?|de la |de las |de los |del total de |das |dos |da |do |des |de |du |della |delle |degli |dei |der |aller )(?:mentions|menciones|menções|mençoes|menzioni|erwähnungen|conversation|conversación|conversaciones|conversa|conversas|conversazioni|gespräche|online (?:conversation|discussion)|social (?:media )?(?:posts|conversation)|posts|publicaciones|publicações|beiträge|tweets)\b|\b(?:mentions|menciones|menções|menzioni|erwähnungen)\s+(?:con|com|with|avec|mit|with)\s+(?:el |o |the |le |il )?\d(?:[.,]\d+)?\s?%",
    )
});

/// Social media and mentions, for [`social_analytics`].
static SOCIAL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\btweets?\b|\btwitter\b|\bsocial (?:media|networks?)\b|réseaux sociaux|soziale[n]? (?:medien|netzwerke[n]?)|redes sociales|redes sociais|reti sociali|соцсет\w*|социальных (?:сет\w*|медиа)|соцмереж\w*|соціальних мереж\w*|упоминаем\w*|згадуван\w*|\bin rete\b|\bsul web\b|\b(?:sui|nei) social\b|\bsocial listening\b|\bhashtags?\b|\bintera(?:cç|ç|c)(?:õ|o)es\b|\binteracciones\b|\binterazioni\b|\bengagement\b|\bfacebook\b|\binstagram\b|\btiktok\b|\btelegram\b",
    )
});

/// An analysis, for [`social_analytics`].
static ANALYSIS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\banaly[sz]\w*|\banalys\w*|\banalis\w*|\banaliz\w*|análisis|análise|\bанализ\w*|\bаналіз\w*|ausgewertet|auswertung|\bmonitor\w*|sentiment|stimmungs\w*|\btracked|\bscraped|\blistening\b|упоминаем\w*|згадуван\w*|настро[еї]\w*",
    )
});

/// A result about opinion (popularity, a lead, approval, sentiment), for [`social_analytics`].
static OPINION_RESULT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\bpopular\w*|popularit\w*|beliebt\w*|\bfavou?r\w*|\bleads?\b|\bahead\b|how \w+ feels?\b|first place|most mentioned|zustimmung\w*|\bapproval|\bpositiv\w*|\bnegativ\w*|popolar\w*|популярн\w*|рейтинг\w*|лидер\w*|первое место|перш\w* місц\w*|más popular|mais popular|plus populaire|am beliebtesten|\bwinner|gagnant|ganador|vencedor|vincitore|победител\w*|переможц\w*|preferid\w*|préféré\w*|sentiment\w*|sentimient\w*|sentiment[oi]\b|\bpredominan\w*|\d(?:[.,]\d+)?\s?%\s+(?:of|das|dos|de las|de los|degli|dei|delle|des|der)\s+(?:intera[cç]\w*|mentions?|menç\w*|menciones|menzioni|conversa\w*|utenti|users|usuarios|usuários|utilisateurs|nutzer\w*|posts?)\b|\d\s?%\s+(?:постів|постов|публікацій|публикаций|повідомлень|сообщений|згадок|упоминаний)",
    )
});

/// Poll nouns for [`FINDING`] (strong and weak, every language).
const FINDING_NOUNS: &str = r"(?:polls?|polling|surveys?|stud(?:y|ies)|research|études?|studien?|estudios?|estudos?|studi[o]?|indagin[ei]|исследовани\w*|дослідженн\w*|sondages?|enquêtes?|baromètres?|\w*umfragen?|\w*befragung(?:en)?|politbarometer|deutschlandtrend|encuestas?|sondeos?|barómetros?|pesquisas?|sondage[mn]s?|levantamentos?|inquéritos?|sondaggi[o]?|rilevazion[ei]|опрос\w*|замер\w*|опитуван\w*|барометр\w*)";
/// Verbs of a finding, present and past, for [`FINDING`].
const FINDING_VERBS: &str = r"(?:shows?|showed|shown|showing|gives|gave|puts|donne|donnait|place|plaçait|coloca|colocaba|sitúa|situaba|gibt|gab|говорится|говориться|йдеться|predicts?|predicted|sees|saw|sieht|sah|sehen|voit|voyait|prédit|promet|promettent|prevé|prevê|prevede|prognostiziert\w*|vorhersagt|finds|found|finding|reveals?|revealed|revealing|suggests?|suggested|indicates?|indicated|concludes?|concluded|confirms?|confirmed|paints?|painted|highlights?|highlighted|montre|montrent|montrait|montré|révèle|révèlent|révélait|révélé|indique|indiquait|indiqué|souligne|soulignait|confirme|confirmait|démontre|démontrait|crédite|créditait|concède|concédait|accorde|accordait|établit|dévoile|dévoilait|émerge|émergent|ressort|ressortent|se dégage|zeigt|zeigte|zeigen|gezeigt|ergibt|ergab|ergeben|belegt|belegte|offenbart|bestätigt|bestätigte|hervorgeht|geht hervor|muestra|mostró|revela|reveló|indica|indicó|refleja|reflejó|señala|señaló|confirma|confirmó|otorga|otorgó|arroja|arrojó|concluye|concluyó|evidencia|mostra|mostrou|revelou|indicou|aponta|apontou|reflete|refletiu|conclui|concluiu|concluindo|confirmou|evidenzia|rivela|ha rivelato|emerge|certifica|fotografa|racconta|attesta|conferma|confermano|segnala|registra|assegna|attribuisce|colloca|premia|boccia|показал\w*|показыва\w*|свидетельству\w*|выявил\w*|продемонстрировал\w*|зафиксировал\w*|показа\w*|показу\w*|свідч\w*|виявил\w*|засвідчи\w*|продемонструва\w*|зафіксува\w*)";
/// [`FINDING_VERBS`] that state a finding with the poll noun after them, as their subject
/// ("révèle un sondage", "muestra una encuesta", "zeigt eine Umfrage", "показал опрос"). Not the
/// English ones: "confirmed the survey", "saw the poll as…" have the noun as their object.
const FINDING_VERBS_INVERTED: &str = r"(?:говорится|говориться|йдеться|sieht|sah|sehen|voit|voyait|prédit|promet|promettent|prevé|prevê|prevede|prognostiziert\w*|vorhersagt|montre|montrent|montrait|montré|révèle|révèlent|révélait|révélé|indique|indiquait|indiqué|souligne|soulignait|confirme|confirmait|démontre|démontrait|crédite|créditait|concède|concédait|accorde|accordait|établit|dévoile|dévoilait|émerge|émergent|ressort|ressortent|se dégage|zeigt|zeigte|zeigen|gezeigt|ergibt|ergab|ergeben|belegt|belegte|offenbart|bestätigt|bestätigte|hervorgeht|geht hervor|muestra|mostró|revela|reveló|indica|indicó|refleja|reflejó|señala|señaló|confirma|confirmó|otorga|otorgó|arroja|arrojó|concluye|concluyó|evidencia|mostra|mostrou|revelou|indicou|aponta|apontou|reflete|refletiu|conclui|concluiu|concluindo|confirmou|evidenzia|rivela|ha rivelato|emerge|certifica|fotografa|racconta|attesta|conferma|confermano|segnala|registra|assegna|attribuisce|colloca|premia|boccia|показал\w*|показыва\w*|свидетельству\w*|выявил\w*|продемонстрировал\w*|зафиксировал\w*|показа\w*|показу\w*|свідч\w*|виявил\w*|засвідчи\w*|продемонструва\w*|зафіксува\w*)";
/// A verb of a finding or an attribution anywhere in a sentence: the cheap test before
/// [`FINDING`] (whose noun-and-verb gaps make a full search costly) for sentences whose only
/// poll word is weak.
pub static FINDING_HINT: LazyLock<Re> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:{FINDING_VERBS}|{FINDING_VERBS_INVERTED}|{FINDING_ATTRIBUTION}|zufolge)\b"
    ))
});

/// Does `folded` (a sentence in lower case) name a research body? A study by a university,
/// laboratory or hospital, or by researchers, is research however its finding is worded ("Une
/// étude de l'université de Lyon montre que…"). Substrings, not a regex: asked of every study
/// sentence of an article.
pub fn names_research_body(folded: &str) -> bool {
    const STEMS: [&str; 24] = [
        "universit",
        "universidad",
        "laborat",
        "hospital",
        "hôpital",
        "ospedal",
        "klinik",
        "clinic",
        "researchers",
        "chercheurs",
        "forscher",
        "investigadores",
        "pesquisadores",
        "ricercator",
        "scientist",
        "scientifique",
        "wissenschaftler",
        "científic",
        "cientista",
        "scienziat",
        "университет",
        "університет",
        "учены",
        "науковц",
    ];
    STEMS.iter().any(|stem| folded.contains(stem))
}

/// "according to", for [`FINDING`].
const FINDING_ATTRIBUTION: &str = r"(?:according to|selon|d['’]après|laut|gemäss|gemäß|según|de acuerdo con|segundo|de acordo com|conforme|secondo|stando a|согласно|по данным|по результатам|по итогам|за даними|за результатами|згідно з|відповідно до)";

/// Social networks named as where figures come from: with a registered non-pollster (an
/// analytics firm), its figures are the fake poll to flag.
pub static SOCIAL_MEDIA: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:social media|social networks?|réseaux sociaux|soziale[n]? (?:medien|netzwerke)|redes sociales|redes sociais|social network|reti sociali|соцсет\w*|социальных сет\w*|соцмереж\w*|соціальних мереж\w*)\b",
    )
});

/// Two organisations behind one poll: "em parceria com", "in partnership with", "en
/// collaboration avec", "gemeinsam mit", "спільно з".
pub static PARTNERSHIP: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:em parceria com|em conjunto com|en conjunto con|conjointement avec|in association with|in conjunction with|congiuntamente (?:a|con)|in partnership with|in collaboration with|together with|en (?:partenariat|collaboration) avec|en colaboración con|en alianza con|junto con|in collaborazione con|insieme a|gemeinsam mit|in zusammenarbeit mit|совместно с|спільно (?:з|із))\b",
    )
});

/// Another poll than the one reported: "another survey", "outro levantamento", "un autre
/// sondage", "eine andere Umfrage", "другой опрос".
pub static OTHER_POLL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:another|other|rival|outro|outra|outros|outras|otro|otra|otros|otras|autre|autres|altro|altra|altri|andere[nrs]?|другой|другого|другие|других|інше|іншого|інші|інших)\s+(?:\w+\s+)?(?:polls?|surveys?|sondages?|enquêtes?|encuestas?|sondeos?|pesquisas?|levantamentos?|sondagens?|sondaggi[o]?|umfragen?|erhebungen?|опрос\w*|опитуван\w*)\b",
    )
});

/// "a poll", "another survey", "un nouveau sondage": a new poll rather than the one before.
/// Compiled one language per part (`fastre::Split`): as one regex, every poll sentence its
/// gate let through ("…traced to a registered polling institute") cost a PikeVM search of
/// ~30 µs, the largest cost of a page of poll vocabulary without figures.
pub static NEW_POLL: LazyLock<Split> = LazyLock::new(|| {
    Split::new(
        r"(?i)\b(?:a|an|another|a separate|a second|a different|a rival|a new)\s+(?:new |separate |second |different |rival |fresh |recent |latest |[A-Z][\w/&.-]* )?(?:poll|survey|study)\b|\b(?:un|une) (?:autre |nouvel |nouveau |nouvelle |second |seconde |deuxième |troisième )?(?:sondage|enquête|baromètre|étude)\b|\b(?:eine|einer) (?:andere[n]? |neue[n]? |weitere[n]? |zweite[n]? |aktuelle[n]? )?(?:\w+-)?(?:umfrage|erhebung|befragung|studie)\b|\b(?:una|otra|un|otro) (?:nueva |otra |segunda )?(?:encuesta|sondeo|estudio|barómetro)\b|\b(?:другой|новый|ещё один|еще один|другом|новом) (?:опрос|соцопрос|замер|исследовани\w*)|\b(?:uma|outra|um|outro) (?:nova |outra |segunda )?(?:pesquisa|sondagem|levantamento|enquete)\b|\b(?:un|una|altro|un altro|un nuovo|una nuova) (?:nuovo |altro )?(?:sondaggio|rilevazione|indagine)\b|\b(?:інше|нове|ще одне) опитуванн\w*",
        1,
    )
});

/// Alternatives per compiled part of [`BACK_REFERENCE`] (see `fastre::Split`): as one regex
/// its NFA was so large that every sentence its gate let through cost a backtracking search
/// over it (tens of thousands of instructions, most of them clearing the visited set).
const BACK_REFERENCE_PER_PART: usize = 8;

/// A sentence that attributes the figures just before it: "The figures come from…", "Das
/// ergab eine Umfrage…", "C'est ce que révèle…", "Es lo que refleja…", "È quanto emerge…",
/// "Os números são da pesquisa…", "Это данные…", "Такі дані…", or a sentence that opens on
/// the definite poll ("The survey, carried out by…", "Die Umfrage wurde…", "Опрос
/// проводился…"). Journalists often lead with the result and name the poll afterwards. Run only on poll sentences without
/// figures of their own.
pub static BACK_REFERENCE: LazyLock<Split> = LazyLock::new(|| {
    Split::new(
        r"(?i)^\W*(?:ce|le|cet) (?:chiffre|pourcentage|résultat) (?:est |a été )?(?:tiré|issu|extrait)|^\W*(?:ce|le) (?:chiffre|pourcentage) (?:provient|vient)\b|^\W*(?:this|that|the) (?:figure|number|percentage) (?:comes|came|is taken|was taken|is drawn|was drawn)\b|^\W*(?:esta|la) cifra (?:procede|proviene|sale|se desprende)\b|^\W*(?:este|o|esse) (?:número|dado|percentual) (?:vem|provém|foi tirado)\b|^\W*(?:questo|il) (?:dato|numero) (?:emerge|proviene|viene|è tratto)\b|^\W*(?:diese|die) (?:zahl|angabe) (?:stammt|kommt)\b|^\W*(?:эта|эти|такие) (?:цифр\w*|данные) (?:приводятся|получены|взяты)\b|^\W*(?:das|dies) (?:hat|haben|hatte) (?:\S+\s+){1,6}?(?:ergeben|gezeigt|belegt|herausgefunden)\b|^\W*(?:das|dies) ist (?:eines der|ein) ergebnis|^\W*(?:è|e['’]|é) (?:questo )?(?:uno dei|tra i|fra i) risultat[oi]\b|^\W*(?:this|that|it) (?:is|was) (?:one of the|among the) (?:findings|results)\b|c['’]est (?:l['’]un des|un des|l['’]un) (?:résultats|enseignements)\b|^\W*(?:es|este es) (?:uno de los|otro de los) (?:resultados|datos)\b|^\W*(?:é|este é) (?:um dos|outro dos) (?:resultados|dados)\b|\bоб этом свидетельств\w*|^\W*(?:ce sont|voici|tels sont|telles sont) (?:là )?(?:les|ses) (?:résultats|chiffres|conclusions|enseignements)\b|^\W*(?:these|those|such) (?:are|were) the (?:results|findings|figures|numbers)\b|^\W*(?:estos|éstos|esos|tales) (?:son|fueron) los (?:resultados|datos|números)\b|^\W*(?:estes|esses|tais) (?:são|foram) os (?:resultados|dados|números)\b|^\W*(?:questi|ecco|tali) (?:sono )?i (?:risultati|dati|numeri)\b|^\W*(?:das|dies) (?:sind|waren) (?:die )?(?:ergebnisse|zahlen|befunde)\b|^\W*lo (?:rileva|rilevano|dice|dicono|afferma|affermano|evidenzia|evidenziano|certifica|certificano|rivela|rivelano|mostra|mostrano|indica|indicano|conferma|confermano|sostiene|sostengono|attesta|attestano|segnala|segnalano|sottolinea|sottolineano|registra|registrano|fotografa|fotografano)\b|^\W*(?:así )?lo (?:revela|revelan|indica|indican|muestra|muestran|señala|señalan|refleja|reflejan|afirma|afirman|asegura|aseguran|confirma|confirman|destaca|destacan)\b|^\W*(?:as|estas|essas) (?:informações|conclusões|estatísticas) (?:são|fazem parte|constam|vêm|foram)\b|^\W*(?:os|estes|esses) (?:dados|números|resultados|percentuais) (?:são|fazem parte|constam|vêm|foram)\b|^\W*(?:los|estos|esos) (?:datos|resultados|números|porcentajes) (?:son|forman parte|proceden|provienen|se desprenden|salen)\b|^\W*(?:la|esta) información (?:es|procede|proviene)\b|^\W*(?:ces|les) (?:données|chiffres|résultats) (?:sont (?:issus|issues|tirés|tirées|extraits|extraites)|proviennent|viennent)\b|^\W*(?:i|questi) (?:dati|numeri|risultati) (?:sono (?:tratti|contenuti)|provengono|vengono|emergono)\b|^\W*(?:é )?o que (?:mostra|revela|indica|aponta|conclui)\b|^\s*\(\s*(?:(?:poll|survey|sondage|enquête|umfrage|encuesta|sondeo|pesquisa|sondagem|sondaggio|опрос|опитування|source|quelle|fuente|fonte)\s*:?\s*)?\p{L}|^\W*(?:source|sources|quelle|fuente|fonte|источник|джерело)\s*:|^\W*(?:the|this) (?:poll|survey|study|research|tracker)\b|^\W*(?:le|ce) (?:sondage|baromètre)\b|^\W*(?:l['’]|cette )(?:enquête|étude)\b|^\W*(?:die|diese) (?:umfrage|erhebung|befragung|studie)\b|^\W*(?:la|esta) encuesta\b|^\W*(?:el|este) (?:sondeo|estudio|barómetro|informe)\b|^\W*(?:the|this) report\b|^\W*(?:le|ce) rapport\b|^\W*(?:o|este) relatório\b|^\W*(?:il|questo) rapporto\b|^\W*(?:a|esta|essa) (?:pesquisa|sondagem)\b|^\W*(?:o|este|esse) (?:levantamento|estudo|inquérito)\b|^\W*(?:il|questo) sondaggio\b|^\W*(?:la|questa) (?:rilevazione|indagine)\b|^\W*(?:опрос|исследование|опитування|дослідження)\b|^\W*(?:the|these|those|such) (?:figures|numbers|findings|results|data|statistics)\b|\b(?:that|this|it)(?: is|['’]s| was| comes?) (?:according to|from|the (?:finding|result|conclusion))\b|^\W*(?:this|that|it) (?:is|was) (?:evidenced|shown|indicated|confirmed|suggested|borne out) by\b|^\W*(?:that|this|so) (?:is|was) (?:what|the)\b|^\W*(?:das|dies|so) (?:ergab|ergibt|zeigt|zeigte|zeigen|belegt|geht aus|geht hervor|sind|ist das ergebnis)|^\W*(?:das|dies) (?:wird|wurde) (?:\S+\s+){1,6}?(?:belegt|bestätigt|gezeigt|ermittelt)\b|^\W*(?:das|dies) (?:belegen|bestätigen|zeigen) (?:die )?(?:daten|zahlen|ergebnisse)|\b(?:diese|die) (?:zahlen|werte|ergebnisse|daten|befunde) (?:stammen|beruhen|gehen|kommen|sind)|\bzu diesem (?:ergebnis|schluss)|c['’]est ce (?:que|qu['’])|c['’]est (?:le résultat|la conclusion|l['’]enseignement)|^\W*(?:ces|les) (?:résultats|chiffres|données|conclusions) (?:sont|proviennent|émanent|ressortent|viennent)|\bselon ce\b|\bressort d['’](?:un|une)|\bes lo que\b|^\W*así lo\b|^\W*(?:estos|esos|los) (?:datos|resultados|números|cifras) (?:son|proceden|corresponden|se desprenden|salen|provienen|forman)|\b(?:así|según) se desprende|\bé o que\b|^\W*(?:os|estes|esses) (?:números|dados|resultados) (?:são|vêm|fazem|constam|resultam)|\b(?:è|e['’]|é) quanto\b|\b(?:è|e['’]|é) (?:il risultato|ciò che)|^\W*(?:questi|i|sono questi) (?:i )?(?:dati|numeri|risultati)\b|^\W*(?:это|таковы|такие|эти) (?:данные|результаты|цифры|итоги)|\bоб этом (?:свидетельствуют|говорят|сообщ)|\bследует из\b|\bпоказал[аио]? (?:опрос|исследовани)|^\W*(?:це|такі|ці) (?:дані|результати|цифри)|\bпро це (?:свідчать|йдеться|говорять)|\bвипливає з\b|\b(?:revealed|shown|found|measured) (?:by|in) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:poll|survey)|\b(?:révélé|révélée|révélés|montré|montrés) (?:par|dans) (?:un|une|le|la|l['’])|\brevelad[oa]s? (?:por|pela|pelo|na|no|em)|\b(?:por meio|através) d[ae] (?:uma? )?(?:pesquisa|sondagem|levantamento)|\bemerg(?:e|ono) d(?:a|al|alla|allo|ai|agli|ell['’]|all['’])|\bemers[oaie] d|\brisulta(?:no)? d(?:a|al|alla|ell['’]|all['’])|\bse desprende d|\bsegún (?:revela|muestra|indica)",
        BACK_REFERENCE_PER_PART,
    )
});

/// A share of people stated in words ("the majority of Americans", "a quarter of
/// respondents", "la moitié des Français", "die Mehrheit der Befragten", "четверть
/// респондентов"): a poll's finding without a figure.
pub static SHARE_IN_WORDS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:the |a )?(?:large |narrow |slim |clear )?majority of|most|(?:about |nearly |almost |over |more than )?(?:half|a third|a quarter|a fifth|two[- ]thirds|three[- ]quarters) of|la (?:majorité|moitié) de[s]?|(?:un|le) (?:tiers|quart) de[s]?|(?:les )?deux tiers de[s]?|(?:die )?(?:mehrheit|hälfte) der|(?:ein|jeder) (?:drittel|viertel|fünfte)(?: der)?|zwei drittel der|la (?:mayoría|mitad) de(?: los| las)?|(?:un|el) (?:tercio|cuarto) de(?: los| las)?|dos tercios de(?: los| las)?|a (?:maioria|metade) d[oa]s|(?:um|o) (?:terço|quarto) d[oa]s|dois terços d[oa]s|la (?:maggioranza|metà) de(?:gli|i|lle)|(?:un|il) (?:terzo|quarto) de(?:gli|i|lle)|due terzi de(?:gli|i|lle)|большинств\w*|половин\w*|треть|четверть|две трети|більшість|половина|третина|чверть|дві третини)\s+(?:\p{L}+\s+)?(?:americans|britons|germans|french|voters|respondents|people|adults|citizens|residents|those (?:polled|surveyed|asked)|français|électeurs|sondés|personnes interrogées|deutschen|befragten|wähler(?:innen)?|bürger(?:innen)?|españoles|encuestados|votantes|ciudadanos|brasileiros|eleitores|entrevistados|portugueses|italiani|elettori|intervistati|cittadini|россиян|американц\w*|респондент\w*|опрошенн\w*|граждан|избирател\w*|украинц\w*|українц\w*|громадян|виборц\w*|опитаних|жител\w*|мешканц\w*)\b",
    )
});

/// A poll whose findings are not out yet: still to be published ("will be published next
/// week", "publiera lundi", "wird am Montag veröffentlicht", "se publicará", "será divulgada",
/// "sarà pubblicato", "будет опубликован", "буде оприлюднено"), still running ("is conducting",
/// "está realizando", "триває опитування") or open to take part in ("invites readers to take
/// part"): announced, not reported.
pub static NOT_YET_OUT: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:will be (?:published|released|unveiled|presented|made public|out)|(?:is|are) (?:due|expected|set|scheduled) to be (?:published|released|unveiled)|to be (?:published|released) (?:on|next|later|this)|ser(?:a|ont) (?:publié|dévoilé|rendu|présenté)e?s?|doi(?:t|vent) être (?:publié|dévoilé)e?s?|(?:wird|werden)\s+(?:\S+\s+){0,4}?(?:veröffentlicht|vorgestellt)\s+werden|(?:wird|werden)\s+(?:am|im|in|nächste|kommende)\s+(?:\S+\s+){0,3}?(?:veröffentlicht|vorgestellt)\b|se (?:publicará|publicarán|darán? a conocer|presentará)|ser(?:á|án) (?:publicad|divulgad|presentad|dad)[oa]s?|(?:vai|vão) ser (?:publicad|divulgad)[oa]s?|a ser (?:publicad|divulgad|apresentad)[oa]s?|à paraître|(?:por|a) publicarse|da pubblicare|(?:sarà|saranno|verrà|verranno) (?:pubblicat|res[oi] not|presentat)[oaie]|will (?:publish|release|unveil|present)|(?:is|are) (?:now )?(?:conducting|carrying out|running)|invites? (?:\S+ ){0,3}?to (?:take part|participate)|(?:va|vont) (?:publier|dévoiler|réaliser)|invite (?:\S+ ){0,3}?à (?:participer|répondre)|(?:va|van) a (?:publicar|divulgar|presentar|realizar)|está(?:n)? realizando|(?:vai|vão|irá|irão) (?:divulgar|publicar|apresentar|realizar)|está(?:o)? (?:realizando|fazendo) (?:uma |a )?(?:pesquisa|sondagem|levantamento)|(?:sta|stanno) (?:realizzando|conducendo|svolgendo)|(?:è|sono) in corso|(?:lädt|laden) (?:\S+ ){0,3}?(?:zur teilnahme|ein, an)|(?:führt|führen) (?:derzeit|gerade|aktuell) |приглаша\w* (?:\S+ ){0,3}?(?:принять участие|пройти)|запрошу\w* (?:\S+ ){0,3}?(?:долучитися|взяти участь|пройти)|(?:продолжается|триває|проводится|проводиться) (?:\S+ )?(?:опрос|опитування)|publier(?:a|ont)|dévoiler(?:a|ont)|(?:wird|werden)\s+(?:\S+\s+){0,6}?(?:veröffentlichen|vorstellen)\b|publicar(?:á|án)|divulgar(?:á|ão)|pubblicher(?:à|anno)|будут? опубликован\w*|опубликуют|опубликует|буд(?:е|уть) оприлюднен\w*|оприлюднять|оприлюднить|опублікує)\b",
    )
});

/// A poll said to be going round ("circula nos grupos de WhatsApp", "vem circulando", "is
/// circulating on social media", "kursiert im Netz", "распространяется в соцсетях"): put into
/// circulation, as fake polls are, whether or not its figures are quoted.
pub static CIRCULATING: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:circula|circulam|circulando|circulou|circularon|circulaba|circulan|circule|circulent|circulait|circulating|circulated|circulates|(?:went|gone|going|se hizo|se ha hecho|se volvió|è diventat[oa]|est devenue?|tornou-se|ficou) viral|viral (?:en|on|nas|nos|sur|sui|sulle|in) (?:las |the |les |le |la |die |den )?(?:redes|social|réseaux|reti|sozialen|twitter|whatsapp|facebook|x)|viraliz\w*|kursier\w*|macht die runde|circola|circolano|circolava|circolando|распространя\w*|разош\w*|гуляет|гуляют|поширю\w*|ширит\w*|розповсюджу\w*)\b",
    )
});

/// The head of a line that credits its source ("Source:", "La fuente:", "Quelle:",
/// "Источник:"), without flags: [`SOURCE_LINE`] and the source-line name pattern of
/// `parse::pollster_names` both read it case-insensitively.
pub const SOURCE_LINE_HEAD: &str = r"(?:(?:la|the|a|die)\s+)?(?:sources?|quellen?|fuentes?|fontes?|источник|источники|джерело)\s*:";

/// A line that credits its source: "Source: …", "Fuente: …", "Quelle: …", "Источник: …".
pub static SOURCE_LINE: LazyLock<Re> =
    LazyLock::new(|| re(&format!(r"(?i)^\W*{SOURCE_LINE_HEAD}")));

/// A source cited for what the sentence says: "according to", "d'après", "laut", "según",
/// "согласно"…
pub static CITED_AS_SOURCE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:according to|d['’]après|selon|laut|zufolge|según|segundo|de acordo com|secondo|stando a|согласно|по данным|по оценкам|за даними|згідно з)\b",
    )
});

/// Betting and prediction markets: odds and chances, not opinions.
pub static BETTING: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:polymarket|kalshi|predictit|betfair|smarkets|bookmakers?|bookies|betting|bettors|wager\w*|odds|traders|prediction markets?|mercados? de (?:predicci[oó]n\w*|apuestas)|apuestas|apostantes|casas de apuestas|cotes|parieurs|marchés? de prédiction|wettbörse\w*|wettanbieter\w*|buchmacher\w*|wettquoten|quoten|scommettitori|scommesse|bookmaker|mercato di scommesse|apostas|apostadores|casas de apostas|mercados? de previs\w*|букмекер\w*|ставк\w* на|ставок|беттинг\w*|рынк\w* предсказаний|ринк\w* прогноз\w*|платформ\w* прогнозів|ставки)\b",
    )
});

/// Odds presented as a poll: the poll word in quotation marks ("the latest poll", «sondaggio»,
/// „ehrlichste Umfrage“) or the figure passed off as one ("presented as a poll", "comme un
/// sondage", "bajo el titular «Nueva encuesta»", "polls show").
pub static PRESENTED_AS_POLL: LazyLock<Re> = LazyLock::new(|| {
    re(
        r#"(?i)["'“”‘’«»„][^"“”«»„]{0,40}\b(?:poll|survey|sondage|enquête|umfrage|encuesta|sondeo|pesquisa|sondagem|sondaggio|опрос\w*|опитуванн\w*)\w*[^"“”«»„]{0,40}["'“”‘’«»]|\b(?:as|like|comme|como|come|als|wie|как|як)\s+(?:(?:a|an|the|un|une|le|la|el|una|uma|o|il|l['’]|eine?n?|die)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:poll|survey|sondage|enquête|umfrage|encuesta|sondeo|pesquisa|sondagem|sondaggio|опрос\w*|опитуванн\w*)\b|\bpolls? (?:show|shows|suggest|suggests|say|says)\b"#,
    )
});

/// Words of [`OPINION`] that name a people and are also its adjective ("le PIB français",
/// "der deutschen Wirtschaft", "la economía española"): on their own they are not views.
pub fn is_people_adjective(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "français"
            | "françaises"
            | "deutschen"
            | "españoles"
            | "brasileiros"
            | "portugueses"
            | "italiani"
            | "americans"
            | "britons"
            | "suisses"
            | "mexicanos"
            | "argentinos"
            | "chilenos"
            | "colombianos"
            | "québécois"
    )
}

/// What follows a pollster's name that makes it the source of a finding: "YouGov data shows",
/// "Ipsos found", "l'Ifop révèle", "Forsa ermittelte", "Datafolha aponta", "ВЦИОМ выяснил".
/// Data credited to the name right after ("according to data from YouGov", "со ссылкой на
/// данные «Левада-центра»", "i dati di Ipsos"): with a registered pollster, the figures around
/// are its poll's.
pub static DATA_OF: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:\b(?:data|figures|numbers|findings) (?:from|of|by|compiled by|collected by|gathered by|provided by|supplied by|courtesy of)|\bdaten (?:von|des|der|vom|bereitgestellt von|geliefert von)|\bdonnées (?:de|d['’]|du|des|recueillies par|collectées par|fournies par)|\bchiffres (?:de|d['’]|du|fournis par)|\bdatos (?:de|del|recogidos por|recopilados por|proporcionados por|facilitados por|aportados por)|\bdados (?:d[oae]s?|recolhidos pel[oa]|coletados pel[oa]|fornecidos pel[oa]|cedidos pel[oa])|\bdati (?:di|del|dell['’]|della|dello|dei|raccolti da|rilevati da|elaborati da|forniti da)|\bданны[еймх]\w* (?:предоставлен\w* |получен\w* )?|\bдан[іиі]\w* (?:надан\w* |отриман\w* )?)\s*(?:the |le |la |l['’]|il |lo |el |o |a |der |des |dem )?[«\x22“„]?$",
    )
});

/// Does `before` (the text up to a name) credit data to that name ([`DATA_OF`])? `folded` is
/// `before` folded; the regex runs only where one of its nouns is written (most mentions have
/// none before them).
pub fn data_of(before: &str, folded: &str) -> bool {
    [
        "dat", "дан", "donn", "figures", "numbers", "findings", "chiffres",
    ]
    .iter()
    .any(|w| folded.contains(w))
        && DATA_OF.is_match(before)
}

/// A German separable verb of reporting around a name: "…, teilte das Marktforschungsinstitut
/// Ipsos am Donnerstag mit." The name reports the figures before it.
pub static REPORTED_BY_DE: LazyLock<Re> = LazyLock::new(|| {
    re(r"(?i)\b(?:teilte|teilten|gab|gaben)\b[^.;:!?]{1,80}\b(?:mit|bekannt)\s*[.;]?\s*$")
});

pub static NAME_FINDS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"^(?:['’]s?)?\s*(?i:(?:latest|new|own|recent|annual|monthly|weekly)\s+)?(?i:(?:data|figures|numbers|findings|research|polling|tracker|tracking|study|report|poll|survey)\s+)?(?i:(?:also|further|now|has|have|had)\s+)?(?i:shows?|showed|shown|found|finds|reveals?|revealed|suggests?|suggested|indicates?|indicated|révèle|révélait|montre|montrait|indique|indiquait|zeigt|zeigte|ergab|ergibt|ermittelte|ermittelt|muestra|mostró|revela|reveló|indica|indicó|mostra|mostrou|revelou|aponta|apontou|indicou|rivela|rivelato|evidenzia|evidenziato|показ(?:ал|ала|али|ывает|ывают)|выяснил\w*|выявил\w*|виявил\w*|з['’]ясував\w*)\b",
    )
});

/// A share of a population, in figures or words, whatever it did: "29,1% de los españoles
/// utiliza…", "20% of part-time workers", "la mitad de los trabajadores mexicanos", "più di un
/// italiano su due", "3 italiani su 4". What a survey of people measures; research and economic
/// statistics count other things (deaths, prices, output).
pub static POPULATION_SHARE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)(?:\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)|\b(?:majority|half|third|quarter|fifth|majorité|moitié|tiers|quart|mehrheit|hälfte|drittel|viertel|mayoría|mitad|tercio|cuarto|maioria|metade|terço|quarto|maggioranza|metà|terzo|большинств\w*|половин\w*|треть|четверть|більшість|половина|третина|чверть))\s+(?:of|des|de|dos|das|degli|dei|delle|der|de los|de las|из|з)\s+(?:(?:the|les|los|las|os|as|gli|i|le|die)\s+)?(?:[\w\-]+\s+){0,2}?(?:POP)\b|\b(?:\d{1,2}|un|una|uno|one|une|ein|eine|um|uma)\s+(?:POP)\s+(?:su|sur|de cada|em cada|out of|in|von|из|з)\s+(?:\d{1,3}|NUM)\b|\b(?:\d{1,2}|un|una|uno|one|une|ein|eine|um|uma)\s+(?:su|sur|de cada|em cada|out of|in|von|из|з)\s+(?:\d{1,3}|NUM)\s+(?:POP)\b|\b(?:among|amongst|entre|parmi|chez|unter|tra|fra|среди|серед)\s+(?:(?:the|os|as|les|los|las|den|gli|i|le|die)\s+)?(?:[\w\-]+\s+){0,2}?(?:POP)\b[^.;!?]{0,40}?\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento|процент\w*|відсот\w*)"
            .replace("POP", POPULATION_NOUNS)
            .replace("NUM", SMALL_NUMBERS)
            .as_str(),
    )
});

/// Small numbers in words ("un italiano su due", "one in three adults").
const SMALL_NUMBERS: &str = r"two|three|four|five|ten|deux|trois|quatre|cinq|dix|zwei|drei|vier|fünf|zehn|dos|tres|cuatro|cinco|diez|dois|três|quatro|due|tre|quattro|cinque|dieci";

/// Nouns for the people a survey asks, in the languages detected.
const POPULATION_NOUNS: &str = r"americans|britons|germans|canadians|australians|europeans|french|italians|spaniards|brazilians|people|adults|voters|citizens|residents|parents|workers|employees|consumers|respondents|users|households|families|women|men|young people|students|teenagers|patients|customers|shoppers|drivers|internet users|français|françaises|européens|personnes|adultes|électeurs|citoyens|habitants|parents|salariés|travailleurs|actifs|consommateurs|sondés|utilisateurs|internautes|ménages|foyers|familles|femmes|hommes|jeunes|étudiants|deutschen|bundesbürger\w*|europäer\w*|menschen|erwachsenen|wähler\w*|bürger\w*|einwohner\w*|eltern|beschäftigten|arbeitnehmer\w*|verbraucher\w*|befragten|nutzer\w*|haushalte|familien|frauen|männer|jugendlichen|studierenden|españoles|mexicanos|argentinos|colombianos|chilenos|europeos|personas|adultos|votantes|electores|ciudadanos|habitantes|padres|trabajadores|empleados|consumidores|encuestados|usuarios|internautas|hogares|familias|mujeres|hombres|jóvenes|estudiantes|brasileiros|portugueses|europeus|pessoas|eleitores|cidadãos|moradores|pais|trabalhadores|funcionários|consumidores|entrevistados|usuários|utilizadores|domicílios|lares|famílias|mulheres|homens|jovens|estudantes|italiani|italiane|italiano|italiana|europei|persone|adulti|elettori|cittadini|residenti|abitanti|genitori|lavoratori|dipendenti|consumatori|intervistati|utenti|famiglie|donne|uomini|giovani|studenti|россиян\w*|украинц\w*|українц\w*|людей|взрослых|избирател\w*|граждан|жител\w*|родителей|работник\w*|сотрудник\w*|потребител\w*|респондент\w*|опрошенн\w*|пользовател\w*|семей|женщин|мужчин|молодеж\w*|студент\w*|дорослих|виборц\w*|громадян|мешканц\w*|батьків|працівник\w*|споживач\w*|опитаних|користувач\w*|родин|жінок|чоловіків|молоді|österreicher\w*|schweizer\w*|tiroler\w*|wiener\w*|steirer\w*|kärntner\w*|salzburger\w*|vorarlberger\w*|berliner\w*|hamburger\w*|münchner\w*|bayern|sachsen|hessen|ostdeutschen|westdeutschen|québécois|belges|suisses|romands|canadiens|mexicains|italiens|allemands|espagnols|portugais|argentins|chilenos|peruanos|venezolanos|bolivianos|ecuatorianos|uruguayos|paraguayos|colombianas|mexicanas|angolanos|moçambicanos|cariocas|paulistanos|paulistas|mineiros|gaúchos|moldoveni|moldovans|serbians|ukrainians|russians|poles|romanians";

/// A line announcing the results that follow: "Here are the results.", "Voici les résultats",
/// "Ecco i risultati:", "Estos son los resultados", "Hier die Ergebnisse", "Вот результаты".
/// A results noun, for a short line ending in a colon that introduces them ("Результати
/// виглядають так:", "Ecco il risultato del sondaggio:", "Голоса распределились таким образом:").
pub static RESULTS_NOUN: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:results?|résultats?|resultados?|risultat[oi]|ergebnis(?:se)?|результат\w*|голоса|голоси|votes|voti|votos|voix|stimmen|classifica|ranking|clasificación)\b",
    )
});

pub static RESULTS_FOLLOW: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:here (?:are|is) (?:the|our) (?:results|findings|numbers|figures)|(?:the|our) results(?: are)?(?: as follows)?\s*:|voici (?:les|nos) (?:résultats|chiffres)|les résultats\s*:|ecco i (?:risultati|numeri|dati)|i risultati\s*:|(?:estos|éstos) son los resultados|los resultados\s*:|(?:eis|estes são) os (?:resultados|números)|os resultados\s*:|hier (?:sind |kommen )?die (?:ergebnisse|zahlen)|die ergebnisse\s*:|вот (?:результаты|цифры)|результаты\s*:|ось (?:результати|цифри)|результати\s*:)\W*$",
    )
});

/// A people's name counted as a population ("per il 75% degli italiani", "60 % des Français",
/// "3 italiani su 4", "48% of Americans"): views, not the adjective of a figure.
pub fn is_population(t: &str, start: usize, end: usize) -> bool {
    let from = crate::parse::floor_boundary(t, start.saturating_sub(40));
    SHARE_OF_BEFORE.is_match(&t[from..start])
        || SHARE_OF_AFTER.is_match(&t[end..])
        || AMONG_BEFORE.is_match(&t[from..start])
}

static SHARE_OF_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:\d\s?(?:%|per ?cent|percent|pour ?cent|prozent|por ?ciento|por ?cento|per ?cento)|\b(?:majorité|mayoría|maioria|maggioranza|mehrheit|majority|moitié|mitad|metade|metà|hälfte|half|tiers|tercio|terço|terzo|drittel|third)|\d)\s+(?i:(?:of|des|de|dos|das|degli|dei|delle|der|de los|de las)\s+)?(?i:(?:the|les|los|las|os|as|gli|i|le|die)\s+)?$",
    )
});

/// "a top concern among Americans", "populaire chez les Français", "beliebt unter den
/// Deutschen".
static AMONG_BEFORE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i:among|amongst|parmi|chez|unter|entre|tra|fra|среди|серед)\s+(?i:(?:the|les|los|las|os|as|gli|i|le|die|den|de los|de las|dos|das|degli|dei)\s+)?$",
    )
});

static SHARE_OF_AFTER: LazyLock<Re> =
    LazyLock::new(|| re(r"^\s+(?i:su|sur|de cada|em cada|out of|von)\s+\d"));

/// A sentence that opens on a word referring back ("Об этом…", "These figures…", "C'est ce
/// que…", "E' il risultato…", "Такі дані…"): the cheap, anchored test before
/// [`BACK_REFERENCE`] for sentences whose only poll word is weak.
pub static OPENS_ON_REFERENCE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:об этом|про це|это|эти|таковы|такие|ці|такі|це|опрос|исследование|опитування|дослідження|the|these|those|this|that|such|so|it|source|sources|das|dies|diese|die|der|quelle|c['’]est|ces|cette|ce|les|le|la|selon|es|así|estos|esos|los|el|este|esta|fuente|é|o|a|os|estes|esses|este|esta|esse|essa|fonte|è|questi|questo|questa|il|lo|sono|i)\b|^\W*(?:l['’]|e['’]\s)",
    )
});

/// Clinical and scientific studies: "study", "Studie", "estudio" about patients, trials and
/// journals are not opinion research.
pub static SCIENCE_STUDY: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:placebo\w*|плацебо|efficacy|efficacité|wirksamkeit|eficacia|eficácia|efficacia|эффективн\w* на|ефективн\w* на|clinical trials?|randomi[sz]ed|patients|peer-reviewed|observational|cohort|researchers (?:from|at)|risk of (?:death|dying|cancer|disease|stroke|dementia)|risque de (?:décès|mortalité|cancer|maladie)|riesgo de (?:muerte|morir|cáncer|enfermedad)|risco de (?:morte|câncer|cancro|doença)|rischio di (?:morte|morire|cancro|malattia)|sterberisiko|krebsrisiko|вчені|учёные|ученые|риск\w* (?:смерт\w*|рака|заболеван\w*)|ризик\w* (?:ранньої |передчасної )?(?:смерт\w*|раку|захворюван\w*)|étude observationnelle|cohorte|beobachtungsstudie|kohorte\w*|estudio observacional|estudo observacional|coorte|studio osservazionale|наблюдательн\w*|когорт\w*|published in (?:the )?(?:journal|new england|lancet|nature|science|bmj|jama|plos|archives of|annals of|proceedings of|american journal|british journal|european journal)\w*|essais? cliniques?|patients?|revue (?:médicale|scientifique)|klinische\w*|patient(?:en|innen)|fachzeitschrift|ensayos? clínicos?|pacientes|revista (?:científica|médica)|ensaios? clínicos?|sperimentazion\w* clinic\w*|pazienti|rivista scientifica|клиническ\w*|пациент\w*|пацієнт\w*|клінічн\w*)\b",
    )
});

/// Seat projections ("entre 150 y 154 escaños", "40 seats", "110-114 diputados"): a poll result
/// without a percentage. Run only on poll sentences without figures.
pub static SEATS: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b\d{1,3}(?:\s*(?:-|–|y|a|and|to|et|à|und|bis|e|и|і|до)\s*\d{1,3})?\s+(?:seats|sièges|sitze|mandate|escaños|diputados|députés|deputados|cadeiras|seggi|deputati|мест|мандат\w*|місц\w*)\b",
    )
});

/// Sources that are not the poll: official figures, ministries, statistics offices.
pub static OTHER_SOURCE: LazyLock<Re> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:according to (?:official|the ministry|the government|the electoral|the central bank|the statistics|figures from|data from|the office for national statistics|ons)|selon (?:les chiffres|les résultats|le ministère|l['’]insee)|laut (?:amtlichen|dem statistischen|destatis|bundeswahlleiter)|según (?:el ine|los datos oficiales|el ministerio)|по данным (?:цик|росстата|минфина|центробанка)|segundo (?:o ibge|o tse|dados oficiais)|secondo (?:l['’]istat|il viminale|i dati ufficiali))",
    )
});

/// Research bodies among [`WEAK_SUPPORT`]'s words.
const RESEARCH_BODY_WORDS: &str =
    r"\b(?:institut|instituts|institutes|instituto|institute|istituto)\b";

/// [`WEAK_SUPPORT`]'s other words: people asked, samples, margins, votes, commissioning.
const SUPPORT_WORDS: &str = r"\b(?:entrevistados|eleitores|electores|intenção de voto|intención de voto|margem de erro|margin of error|marge d['’]erreur|margine di errore|sample|échantillon|amostra|muestra|stichprobe|выборк\w*|вибірк\w*|registrad[ao] no tse|registro no tse|tse sob o (?:número|protocolo)|interrogés|interviewed|befragt|опрош\w*|опитан\w*|avaliação do governo|aprovação|approval rating|cote de popularité|popularité|popularidad|рейтинг доверия|рейтинг одобрения|valutazione del governo|fiducia nel governo|referendum|référendum|referéndum|referendo|референдум\w*|voto|vote|votos|votes|voti|votare|voter|votar|wählen|голосовать|голосувати|\w*wahl\w*|élection|elección|eleição|elezion\w*|выбор\w*|вибор\w*|голос\w*|tour|vuelta|turno|round|intentions?|candidat\w*|kandidat\w*|кандидат\w*|presidenciáve\w*|presidenziabil\w*|lideran\w*|lidera|corrida eleitoral|carrera electoral|course électorale|corsa elettorale|commandée? par|commissioned by|encargad[ao] por|encomendad[ao]|im auftrag|по заказу|на замовлення|commissionat[oa])\b";

/// Weak poll words need one of these nearby to count.
pub static WEAK_SUPPORT: LazyLock<Re> =
    LazyLock::new(|| re(&format!("(?i){RESEARCH_BODY_WORDS}|{SUPPORT_WORDS}")));

/// [`WEAK_SUPPORT`] without the research-body words, for sentences with figures: "the
/// Institute for Fiscal Studies said 40% of households…" is not supported by its own name.
pub static WEAK_SUPPORT_EXCEPT_BODIES: LazyLock<Re> =
    LazyLock::new(|| re(&format!("(?i){SUPPORT_WORDS}")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_negatives_match() {
        assert!(VOTING_ACT.is_match("Millions went to the polls on Sunday"));
        assert!(VOTING_ACT.is_match("queues at polling stations"));
        // Indian English: the election commission is the "poll body".
        assert!(VOTING_ACT.is_match("The statement from the poll body came later"));
        assert!(!VOTING_ACT.is_match("The poll found 44% backing the plan"));
        assert!(ECON_SURVEY.is_match("A Reuters poll of economists expects"));
        assert!(ECON_TERMS.is_match("inflation rose to 2.4%"));
        assert!(OFFICIAL_RESULT.is_match("turnout was 67%"));
        assert!(NOT_A_POLL.is_match("in an online vote on our website"));
        assert!(NOT_A_POLL.is_match("uma enquete no Instagram"));
        assert!(!NOT_A_POLL.is_match("a YouGov poll of 2,000 adults"));
        // The 2017 Sputnik case: "analytics" of social-media posts presented as a poll.
        assert!(NOT_A_POLL.is_match("The study analysed more than 2 million social media posts."));
        assert!(
            NOT_A_POLL.is_match("l'étude a analysé 1,5 million de publications sur les réseaux")
        );
        assert!(NOT_A_POLL.is_match("Dafür wurden 800.000 Beiträge ausgewertet"));
        assert!(!NOT_A_POLL.is_match("The poll analysed responses from 1,029 adults."));
    }
}

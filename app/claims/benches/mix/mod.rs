//! The two bench mixes of `benches/extract.rs`, shared with `examples/golden.rs` (which checks
//! that `extract` gives the same output on them after a change). Changing anything here changes
//! what the bench measures.

use pollwatch_claims::Document;

/// Ordinary news paragraphs per language (written for the bench, not copied). Some hold
/// percentages and weak poll words on purpose: they are what makes real text costly.
const FILLER: &[(&str, &[&str])] = &[
    ("en", &[
        "The council approved the new budget on Tuesday after a lengthy debate about road repairs, school buildings and the future of the town's library. Officials said the plan would be reviewed again in the spring.",
        "Shares in the carmaker fell 4.2% in early trading after the company cut its profit forecast for the year, blaming higher steel prices and weaker demand in China.",
        "A study published in the journal Nature found that the glacier had lost about 12% of its mass since 2000. The research team said warmer summers were the main cause.",
        "The striker scored twice in the second half as United came from behind to win 3-2. It was the club's fifth win in a row and lifts them to third in the table.",
        "Fire crews were called to the warehouse shortly after midnight. Nobody was injured, but the building was badly damaged, a spokesman for the fire service said.",
        "Train services between the two cities will be suspended for ten days in August while engineers replace a bridge, the operator said on Monday.",
    ]),
    ("fr", &[
        "Le club a confirmé mardi l'arrivée de son nouvel entraîneur, qui signera un contrat de trois ans. Les supporters attendent désormais des renforts avant la reprise du championnat.",
        "Le chiffre d'affaires du groupe a progressé de 6,3 % au premier semestre, porté par ses activités en Asie, a annoncé l'entreprise jeudi dans un communiqué.",
        "Une étude de l'université de Lyon montre que les pollinisateurs ont reculé dans la région. Les chercheurs recommandent de limiter les pesticides près des haies.",
        "La préfecture a placé le département en vigilance orange aux orages jusqu'à vendredi matin. Des rafales de 90 km/h sont attendues sur le littoral.",
        "Le maire a inauguré samedi la nouvelle médiathèque, en présence de nombreux habitants. Le projet a coûté 4,5 millions d'euros, financés à 40 % par la région.",
    ]),
    ("de", &[
        "Die Bahn kündigte für das Wochenende umfangreiche Bauarbeiten an. Reisende müssen sich auf Umleitungen und längere Fahrzeiten einstellen, teilte ein Sprecher mit.",
        "Der Umsatz des Maschinenbauers stieg im dritten Quartal um 5,1 Prozent. Der Vorstand bestätigte die Prognose für das Gesamtjahr.",
        "Eine Studie der Universität Göttingen zeigt, dass Stadtbäume die Temperatur in Straßen um bis zu drei Grad senken können. Die Forscher werteten Daten aus zehn Städten aus.",
        "Der Gemeinderat hat am Donnerstag den Bau einer neuen Sporthalle beschlossen. Die Kosten werden auf 8 Millionen Euro geschätzt.",
        "Bei dem Unfall auf der A7 wurden zwei Menschen leicht verletzt. Die Autobahn war für drei Stunden in Richtung Norden gesperrt.",
    ]),
    ("es", &[
        "El Ayuntamiento presentó este lunes el nuevo plan de movilidad, que incluye más carriles bici y la ampliación de la zona de bajas emisiones en el centro de la ciudad.",
        "Las ventas del sector turístico crecieron un 7,4 % en el primer trimestre, según los datos publicados por la patronal hotelera.",
        "Un estudio del CSIC advierte de que las olas de calor serán más frecuentes en la costa mediterránea. Los investigadores analizaron datos de cuarenta años.",
        "El equipo ganó 2-0 con goles en la segunda parte y se coloca líder de la clasificación a falta de seis jornadas.",
        "Los bomberos trabajaron durante toda la noche para controlar el incendio, que calcinó unas 300 hectáreas de monte bajo.",
    ]),
    ("pt", &[
        "A prefeitura anunciou nesta quarta-feira a reforma de três escolas municipais. As obras devem começar no próximo mês e durar cerca de um ano.",
        "As exportações do agronegócio subiram 9,2% no semestre, puxadas pela soja e pelo milho, informou o ministério.",
        "Um estudo da Universidade de São Paulo mostrou que a poluição do ar aumentou nas grandes cidades. Os pesquisadores usaram dados de satélite.",
        "O clube venceu por 2 a 1 e subiu para a quarta posição do campeonato. O técnico elogiou a atuação do meio-campo.",
        "A chuva forte causou alagamentos em vários bairros da capital. A Defesa Civil pediu que os moradores evitem as áreas de risco.",
    ]),
    ("ru", &[
        "В среду в городе открылся новый культурный центр. На церемонии присутствовали представители администрации и местные жители.",
        "Выручка компании выросла на 8,5% по итогам полугодия, говорится в отчёте, опубликованном в пятницу.",
        "Учёные университета опубликовали исследование о таянии вечной мерзлоты. По их данным, площадь льда сократилась на 15% за двадцать лет.",
        "Команда одержала победу со счётом 2:1 и поднялась на третье место в турнирной таблице.",
        "Движение по мосту будет ограничено до конца месяца из-за ремонтных работ, сообщили в мэрии.",
    ]),
    ("it", &[
        "Il consiglio comunale ha approvato ieri il nuovo piano per il traffico, che prevede più piste ciclabili e parcheggi di scambio in periferia.",
        "Le vendite al dettaglio sono salite del 2,1% a maggio rispetto all'anno precedente, secondo i dati diffusi dall'associazione dei commercianti.",
        "Uno studio dell'Università di Bologna ha rilevato che le api selvatiche sono diminuite nelle zone agricole della pianura.",
        "La squadra ha vinto 3-1 in trasferta e resta in corsa per un posto in Europa a cinque giornate dalla fine.",
    ]),
    ("uk", &[
        "У середу в місті відкрили новий міст через річку. На церемонії були присутні представники міської ради та мешканці.",
        "Виробництво зерна цього року зросло на 6% порівняно з минулим, повідомили в міністерстві аграрної політики.",
        "Науковці університету опублікували дослідження про якість води в річках області.",
        "Команда перемогла з рахунком 2:0 і піднялася на друге місце в таблиці.",
    ]),
];

/// Poll reports from the corpus, by language.
fn poll_passages() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .map(|f| f.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    paths.sort();
    for path in paths {
        for line in std::fs::read_to_string(&path).expect("read").lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            if v["expect"]["is_poll"].as_bool() == Some(true) {
                out.push((
                    v["lang"].as_str().expect("lang").to_owned(),
                    v["text"].as_str().expect("text").to_owned(),
                ));
            }
        }
    }
    out
}

/// ~4 MB of articles; one in `poll_every` ends with a poll report.
pub fn articles(poll_every: usize) -> Vec<Document> {
    let polls = poll_passages();
    let mut docs = Vec::new();
    let mut size = 0usize;
    let mut i = 0usize;
    while size < 4 << 20 {
        let (lang, paras) = FILLER[i % FILLER.len()];
        let n = 8 + i % 7;
        let mut text = String::new();
        for k in 0..n {
            text.push_str(paras[(i / FILLER.len() + k * 3) % paras.len()]);
            text.push_str("\n\n");
        }
        if i.is_multiple_of(poll_every) {
            let own: Vec<&String> = polls
                .iter()
                .filter(|(l, _)| l == lang)
                .map(|(_, t)| t)
                .collect();
            text.push_str(own[(i / FILLER.len()) % own.len()]);
            text.push_str("\n\n");
        }
        size += text.len();
        docs.push(Document::new(text));
        i += 1;
    }
    docs
}

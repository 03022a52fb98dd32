//! Evaluation on the labelled corpus (`corpus/*.jsonl`, written alongside the rules), the
//! held-out set (`corpus/holdout/*.jsonl`, written apart from them in a different style) and
//! the blind set (`corpus/blind/*.jsonl`, written by an author who read only the registry)
//! and a second blind set written the same way a session later (`corpus/blind2/*.jsonl`):
//! prints precision and recall per language and per kind for each, and fails any of them
//! below the product thresholds.
//!
//! Run with `cargo test -p pollwatch-claims --test eval -- --nocapture` to see the table.

use std::collections::BTreeMap;
use std::sync::Arc;

use pollwatch_claims::normalize::name_key;
use pollwatch_claims::{
    extract, Context, Document, ElectionCalendar, ExtractResult, Lookup, Registry,
};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: String,
    lang: String,
    kind: String,
    text: String,
    #[serde(default)]
    published_at: Option<String>,
    #[serde(default)]
    context: Option<CaseContext>,
    expect: Expect,
}

#[derive(Deserialize, Default)]
struct CaseContext {
    #[serde(default)]
    state_affiliated: bool,
    #[serde(default)]
    country: Option<String>,
}

#[derive(Deserialize)]
struct Expect {
    is_poll: bool,
    #[serde(default)]
    pollster: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
    #[serde(default)]
    not_flags: Vec<String>,
}

#[derive(Default)]
struct Tally {
    pos: u32,
    detected: u32,
    neg: u32,
    rejected: u32,
    false_claims: u32,
}

/// The pollster as written matches the label: the same name, with or without the acronym in
/// parentheses the text gives after it ("Centro Nacional de Consultoría (CNC)"), one part of a
/// "Reuters/Ipsos" pair, or a name that resolves to the same registry entry as the label ("CIS"
/// for "Centro de Investigaciones Sociológicas", "ВЦИОМа" for "ВЦИОМ").
fn same_name(actual: &str, expected: &str) -> bool {
    let e = name_key(expected);
    if name_key(actual) == e || actual.split('/').any(|p| name_key(p) == e) {
        return true;
    }
    // A name and the acronym in parentheses after it: either stands for the whole.
    let parts = |n: &str| -> Vec<String> {
        let n = n.trim_end();
        match n
            .strip_suffix(')')
            .and_then(|n| n.rsplit_once('('))
            .filter(|(_, acronym)| !acronym.contains(' '))
        {
            Some((name, acronym)) => vec![name.trim().to_owned(), acronym.to_owned()],
            None => vec![n.to_owned()],
        }
    };
    let (a_parts, e_parts) = (parts(actual), parts(expected));
    if a_parts[0] == e_parts[0] || name_key(&a_parts[0]) == name_key(&e_parts[0]) {
        return true;
    }
    if a_parts.len() == 2 && e_parts.len() == 1 && name_key(&a_parts[1]) == e {
        return true;
    }
    let registry = Registry::builtin();
    let id = |n: &str| match registry.lookup(n, None) {
        Lookup::Found { record, .. } => Some(record.id.clone()),
        _ => None,
    };
    let a_ids: Vec<_> = a_parts.iter().filter_map(|p| id(p)).collect();
    e_parts
        .iter()
        .filter_map(|p| id(p))
        .any(|e| a_ids.contains(&e))
}

fn load(sub: &str) -> Vec<Case> {
    load_dir(&format!("{}/corpus{sub}", env!("CARGO_MANIFEST_DIR")))
}

fn load_dir(dir: &str) -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "jsonl"))
    {
        for (n, line) in std::fs::read_to_string(f)
            .expect("read corpus")
            .lines()
            .enumerate()
        {
            if line.trim().is_empty() {
                continue;
            }
            let c: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", f.display(), n + 1));
            cases.push(c);
        }
    }
    cases
}

fn run(c: &Case, calendar: &Arc<ElectionCalendar>) -> ExtractResult {
    let doc = Document {
        id: Some(c.id.clone()),
        text: c.text.clone(),
        lang: None,
        url: None,
        published_at: c
            .published_at
            .as_deref()
            .map(|s| s.parse().expect("published_at")),
        outlet: None,
    };
    let cc = c.context.as_ref();
    let ctx = Context {
        state_affiliated: cc.is_some_and(|x| x.state_affiliated),
        country: cc.and_then(|x| x.country.clone()),
        calendar: calendar.clone(),
    };
    extract(&doc, &ctx, Registry::builtin())
}

/// A labelled set kept outside the repository (for instance passages quoted from published
/// articles, which the repository must not hold), in the corpus format, held to the same
/// thresholds: `POLLWATCH_EVAL_DIR=/path/to/set cargo test -p pollwatch-claims --release
/// --test eval -- --ignored --nocapture external_set`.
#[test]
#[ignore = "needs POLLWATCH_EVAL_DIR: a labelled set outside the repository"]
fn external_set_meets_thresholds() {
    let dir = std::env::var("POLLWATCH_EVAL_DIR")
        .expect("POLLWATCH_EVAL_DIR names a folder of labelled *.jsonl files");
    let cases = load_dir(&dir);
    assert!(!cases.is_empty(), "no passages in {dir}");
    evaluate(&dir, &cases);
}

#[test]
fn corpus_meets_thresholds() {
    let cases = load("");
    assert!(cases.len() >= 200, "corpus has {} passages", cases.len());
    evaluate("training corpus", &cases);
}

#[test]
fn holdout_meets_thresholds() {
    let cases = load("/holdout");
    assert!(
        cases.len() >= 60,
        "held-out set has {} passages",
        cases.len()
    );
    evaluate("held-out set", &cases);
}

/// Loads a blind set (`corpus/<dir>`), checks its size and evaluates it.
fn blind_set(dir: &str, name: &str) {
    let cases = load(dir);
    assert!(cases.len() >= 150, "{name} has {} passages", cases.len());
    evaluate(name, &cases);
}

#[test]
fn blind_set_meets_thresholds() {
    blind_set("/blind", "blind set");
}

#[test]
fn second_blind_set_meets_thresholds() {
    blind_set("/blind2", "second blind set");
}

#[test]
fn third_blind_set_meets_thresholds() {
    blind_set("/blind3", "third blind set");
}

#[test]
fn fourth_blind_set_meets_thresholds() {
    blind_set("/blind4", "fourth blind set");
}

#[test]
fn fifth_blind_set_meets_thresholds() {
    blind_set("/blind5", "fifth blind set");
}

fn evaluate(name: &str, cases: &[Case]) {
    let calendar = Arc::new(ElectionCalendar::builtin().clone());
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut name_total, mut name_ok) = (0u32, 0u32);
    let (mut unknown_total, mut unknown_flagged) = (0u32, 0u32);
    let (mut known_total, mut known_flagged_unknown) = (0u32, 0u32);
    let (mut flag_total, mut flag_ok) = (0u32, 0u32);
    let (mut lang_total, mut lang_ok) = (0u32, 0u32);
    let mut failures = Vec::new();
    // `EVAL_DUMP=<id prefix>` prints the extraction of matching passages.
    let dump = std::env::var("EVAL_DUMP").ok();
    for c in cases {
        let r = run(c, &calendar);
        if dump.as_deref().is_some_and(|d| c.id.starts_with(d)) {
            println!("{}", serde_json::to_string_pretty(&r).expect("serialise"));
        }
        lang_total += 1;
        if r.lang == c.lang {
            lang_ok += 1;
        } else {
            failures.push(format!(
                "{}: language {} detected as {}",
                c.id, c.lang, r.lang
            ));
        }
        let detected = !r.claims.is_empty();
        for t in [
            by_lang.entry(c.lang.clone()).or_default(),
            by_kind.entry(c.kind.clone()).or_default(),
        ] {
            if c.expect.is_poll {
                t.pos += 1;
                t.detected += u32::from(detected);
            } else {
                t.neg += 1;
                t.rejected += u32::from(!detected);
            }
            t.false_claims += if c.expect.is_poll {
                0
            } else {
                r.claims.len() as u32
            };
        }
        if c.expect.is_poll != detected {
            failures.push(format!(
                "{}: expected is_poll={} got {} claims",
                c.id,
                c.expect.is_poll,
                r.claims.len()
            ));
        }
        if !c.expect.is_poll || !detected {
            continue;
        }
        let claim = &r.claims[0];
        let written = claim.pollster.as_written.as_deref();
        name_total += 1;
        let name_match = match (&c.expect.pollster, written) {
            (None, None) => true,
            (Some(e), Some(a)) => {
                r.claims.iter().any(|cl| {
                    cl.pollster
                        .as_written
                        .as_deref()
                        .is_some_and(|w| same_name(w, e))
                }) || same_name(a, e)
            }
            _ => false,
        };
        if name_match {
            name_ok += 1;
        } else {
            failures.push(format!(
                "{}: pollster expected {:?} got {:?}",
                c.id, c.expect.pollster, written
            ));
        }
        let codes: Vec<&str> = claim.flags.iter().map(|f| f.code.as_str()).collect();
        if c.kind == "unknown" {
            unknown_total += 1;
            unknown_flagged += u32::from(codes.contains(&"unknown_pollster"));
        }
        if c.kind == "registered" || c.kind == "established" {
            known_total += 1;
            if codes.contains(&"unknown_pollster") {
                known_flagged_unknown += 1;
                failures.push(format!(
                    "{}: known pollster {:?} flagged unknown",
                    c.id, written
                ));
            }
        }
        for f in &c.expect.flags {
            flag_total += 1;
            if codes.contains(&f.as_str()) {
                flag_ok += 1;
            } else {
                failures.push(format!("{}: missing flag {f} (got {codes:?})", c.id));
            }
        }
        for f in &c.expect.not_flags {
            if codes.contains(&f.as_str()) {
                failures.push(format!("{}: unexpected flag {f}", c.id));
            }
        }
    }
    let pct = |a: u32, b: u32| {
        if b == 0 {
            1.0
        } else {
            f64::from(a) / f64::from(b)
        }
    };
    println!("\n== {name}");
    println!(
        "{:<16} {:>5} {:>9} {:>5} {:>9} {:>9}",
        "group", "pos", "recall", "neg", "rejected", "precision"
    );
    for (title, table) in [("language", &by_lang), ("kind", &by_kind)] {
        println!("-- by {title}");
        for (k, t) in table {
            let tp = t.detected;
            let precision = pct(tp, tp + t.false_claims);
            println!(
                "{:<16} {:>5} {:>9.3} {:>5} {:>9.3} {:>9.3}",
                k,
                t.pos,
                pct(t.detected, t.pos),
                t.neg,
                pct(t.rejected, t.neg),
                precision
            );
        }
    }
    let total = by_lang.values().fold(Tally::default(), |mut a, t| {
        a.pos += t.pos;
        a.detected += t.detected;
        a.neg += t.neg;
        a.rejected += t.rejected;
        a.false_claims += t.false_claims;
        a
    });
    let recall = pct(total.detected, total.pos);
    let rejection = pct(total.rejected, total.neg);
    let name_acc = pct(name_ok, name_total);
    let unknown_rate = pct(unknown_flagged, unknown_total);
    println!("-- overall ({} passages)", cases.len());
    println!(
        "detection recall           {recall:.3} ({}/{})",
        total.detected, total.pos
    );
    println!(
        "hard negatives rejected    {rejection:.3} ({}/{})",
        total.rejected, total.neg
    );
    println!(
        "detection precision        {:.3}",
        pct(total.detected, total.detected + total.false_claims)
    );
    println!("pollster as written        {name_acc:.3} ({name_ok}/{name_total})");
    println!("unknown sources flagged    {unknown_rate:.3} ({unknown_flagged}/{unknown_total})");
    println!("known pollsters flagged unknown: {known_flagged_unknown}/{known_total}");
    println!(
        "expected flags raised      {:.3} ({flag_ok}/{flag_total})",
        pct(flag_ok, flag_total)
    );
    println!(
        "language identified        {:.3} ({lang_ok}/{lang_total})",
        pct(lang_ok, lang_total)
    );
    if !failures.is_empty() {
        println!("-- misses");
        for f in &failures {
            println!("{f}");
        }
    }
    assert!(
        recall >= 0.95,
        "{name}: detection recall {recall:.3} < 0.95"
    );
    assert!(
        rejection >= 0.95,
        "{name}: hard negatives rejected {rejection:.3} < 0.95"
    );
    assert!(
        name_acc >= 0.90,
        "{name}: pollster as written {name_acc:.3} < 0.90"
    );
    assert!(
        unknown_rate >= 0.90,
        "{name}: unknown sources flagged {unknown_rate:.3} < 0.90"
    );
    assert_eq!(
        known_flagged_unknown, 0,
        "{name}: known pollsters flagged unknown_pollster"
    );
}

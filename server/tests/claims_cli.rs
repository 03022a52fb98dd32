//! `pollwatch extract` and `pollwatch pollsters` as a user runs them.

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

fn pollwatch(db_url: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pollwatch"))
        .args(args)
        .env("POLLWATCH_DATABASE_URL", db_url)
        .env("POLLWATCH_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pollwatch");
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn temp_db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("pw.db").display());
    (dir, url)
}

#[test]
fn extract_answers_each_line_in_order_and_reports_bad_lines() {
    let (_dir, url) = temp_db();
    let input = concat!(
        r#"{"id": "fr-1", "text": "Selon un sondage Ifop pour Le Figaro, 52 % des Français approuvent la réforme."}"#,
        "\n",
        "this is not json\n",
        r#"{"id": "no-text", "lang": "en"}"#,
        "\n",
        r#"{"id": "neg", "text": "Voters went to the polls on Sunday and turnout reached 64%."}"#,
        "\n",
        r#"{"id": "ru", "text": "По данным опроса ВЦИОМ, 78 процентов россиян доверяют президенту."}"#,
        "\n",
    );
    let out = pollwatch(&url, &["extract"], Some(input.as_bytes()));
    assert_eq!(
        out.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "fr-1");
    assert_eq!(lines[0]["lang"], "fr");
    assert_eq!(lines[0]["claims"][0]["pollster"]["canonical"], "Ifop");
    assert!(lines[1]["error"].is_string() && lines[1].get("claims").is_none());
    assert_eq!(lines[2]["id"], "no-text");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "neg");
    assert_eq!(
        lines[3]["claims"].as_array().unwrap().len(),
        0,
        "turnout is not a poll"
    );
    assert_eq!(lines[4]["claims"][0]["pollster"]["as_written"], "ВЦИОМ");
    assert_eq!(
        lines[4]["claims"][0]["pollster"]["status"],
        "state_controlled"
    );
}

#[test]
fn extract_exits_zero_when_every_line_is_good() {
    let (_dir, url) = temp_db();
    let out = pollwatch(
        &url,
        &["extract"],
        Some(br#"{"id": "x", "text": "Nothing to see here."}"#),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn pollsters_add_changes_what_extract_matches() {
    let (_dir, url) = temp_db();
    let text = br#"{"id": "1", "text": "According to a new Brightwater Research poll, 44% back the plan."}"#;
    let before = pollwatch(&url, &["extract"], Some(text));
    let before: serde_json::Value = serde_json::from_slice(&before.stdout).unwrap();
    let codes = before["claims"][0]["flags"].to_string();
    assert!(codes.contains("unknown_pollster"), "{before}");

    let out = pollwatch(
        &url,
        &[
            "pollsters",
            "add",
            "--id",
            "brightwater",
            "--name",
            "Brightwater Research",
            "--country",
            "gb",
            "--membership",
            "BPC",
            "--status",
            "registered",
            "--verified",
            "--evidence",
            "BPC members page",
            "--source",
            "https://www.britishpollingcouncil.org/",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let after = pollwatch(&url, &["extract"], Some(text));
    let after: serde_json::Value = serde_json::from_slice(&after.stdout).unwrap();
    assert_eq!(
        after["claims"][0]["pollster"]["canonical"], "Brightwater Research",
        "{after}"
    );
    assert!(!after["claims"][0]["flags"]
        .to_string()
        .contains("unknown_pollster"));

    let list = pollwatch(&url, &["pollsters", "list", "--country", "GB"], None);
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(
        list.contains("Brightwater Research") && list.contains("registered"),
        "{list}"
    );
}

#[test]
fn pollsters_export_then_import_round_trips() {
    let (_dir, url) = temp_db();
    let export = pollwatch(&url, &["pollsters", "export"], None);
    assert!(export.status.success());
    let csv = String::from_utf8(export.stdout).unwrap();
    assert!(csv.starts_with(
        "id,canonical,aliases,countries,memberships,status,verified,evidence,source,notes"
    ));
    assert!(csv.contains("Ifop"));

    let (_dir2, url2) = temp_db();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("registry.csv");
    std::fs::write(&file, &csv).unwrap();
    let out = pollwatch(
        &url2,
        &["pollsters", "import", file.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = pollwatch(&url2, &["pollsters", "export"], None);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), csv);
}

#[test]
fn pollsters_bad_input_is_refused_and_nothing_is_written() {
    let (_dir, url) = temp_db();
    let count = |url: &str| {
        let out = pollwatch(url, &["pollsters", "export"], None);
        String::from_utf8(out.stdout).unwrap().lines().count()
    };
    let before = count(&url);

    let out = pollwatch(
        &url,
        &[
            "pollsters",
            "add",
            "--id",
            "x",
            "--name",
            "X",
            "--status",
            "famous",
            "--evidence",
            "e",
            "--source",
            "s",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown status"));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    // The second row has an invalid status: the whole import is refused.
    std::fs::write(
        &bad,
        "id,canonical,aliases,countries,memberships,status,verified,evidence,source,notes\n\
        newco,NewCo Polling,,GB,,established,false,e,s,\n\
        worse,Worse Polling,,GB,,made_up,false,e,s,\n",
    )
    .unwrap();
    let out = pollwatch(&url, &["pollsters", "import", bad.to_str().unwrap()], None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a valid pollster CSV"), "{err}");

    let missing = pollwatch(&url, &["pollsters", "import", "/no/such/file.csv"], None);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));

    assert_eq!(count(&url), before, "nothing may be half-written");
}

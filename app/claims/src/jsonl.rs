//! The JSON Lines driver behind `pollwatch extract`: one document per input line, one result
//! (or error) per output line, in order, in constant memory.
//!
//! Owns the input line format and the error line format. It never reads the whole input: one
//! line buffer is reused for the whole stream.

use std::io::{self, BufRead, Write};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::model::{Context, Document};
use crate::registry::Registry;

/// Counts for one run. The CLI exits with code 2 when `errors > 0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Non-blank input lines.
    pub lines: u64,
    /// Lines that produced a result.
    pub ok: u64,
    /// Lines that produced an error line.
    pub errors: u64,
    /// Claims written.
    pub claims: u64,
}

#[derive(Deserialize)]
struct InputLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published_at: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    error: String,
}

fn id_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn parse_line(line: &str) -> Result<Document, (Option<String>, String)> {
    let input: InputLine =
        serde_json::from_str(line).map_err(|e| (None, format!("invalid JSON: {e}")))?;
    let id = input.id.as_ref().and_then(id_string);
    let Some(text) = input.text else {
        return Err((id, "missing field \"text\"".to_owned()));
    };
    let published_at = match input.published_at.as_deref() {
        None | Some("") => None,
        Some(s) => Some(
            DateTime::<FixedOffset>::parse_from_rfc3339(s)
                .map_err(|e| (id.clone(), format!("published_at is not RFC 3339: {e}")))?,
        ),
    };
    Ok(Document {
        id,
        text,
        lang: input.lang,
        url: input.url,
        published_at,
        outlet: input.outlet,
    })
}

/// Reads JSON Lines documents (`{"id", "text", "lang"?, "url"?, "published_at"?, "outlet"?}`)
/// from `input` and writes one result per line to `output`, in input order. A bad line yields
/// `{"id"?, "error"}` and the run goes on. Blank lines are skipped. I/O errors stop the run.
pub fn run_jsonl<R, W, F>(
    mut input: R,
    mut output: W,
    mut ctx_provider: F,
    registry: &Registry,
) -> io::Result<Summary>
where
    R: BufRead,
    W: Write,
    F: FnMut(&Document) -> Context,
{
    let mut summary = Summary::default();
    let mut buf = Vec::with_capacity(64 * 1024);
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                summary.lines += 1;
                summary.errors += 1;
                write_error(&mut output, None, format!("line is not UTF-8: {e}"))?;
                continue;
            }
        };
        summary.lines += 1;
        // One output line per input line, in order: a blank line is an error line too, so
        // callers can zip input and output. (A final newline ends the last line; it does not
        // start an empty one, since `read_until` then returns 0.)
        if line.is_empty() {
            summary.errors += 1;
            write_error(&mut output, None, "empty line".to_owned())?;
            continue;
        }
        match parse_line(line) {
            Ok(doc) => {
                let ctx = ctx_provider(&doc);
                match crate::try_extract(&doc, &ctx, registry) {
                    Ok(result) => {
                        summary.ok += 1;
                        summary.claims += result.claims.len() as u64;
                        serde_json::to_writer(&mut output, &result)?;
                        output.write_all(b"\n")?;
                    }
                    // A fault of the engine on this text: an error line, and the run goes on.
                    Err(e) => {
                        summary.errors += 1;
                        write_error(&mut output, doc.id.as_deref(), e.to_string())?;
                    }
                }
            }
            Err((id, error)) => {
                summary.errors += 1;
                write_error(&mut output, id.as_deref(), error)?;
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

fn write_error<W: Write>(output: &mut W, id: Option<&str>, error: String) -> io::Result<()> {
    serde_json::to_writer(&mut *output, &ErrorLine { id, error })?;
    output.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (Summary, Vec<serde_json::Value>) {
        let mut out = Vec::new();
        let s = run_jsonl(
            input.as_bytes(),
            &mut out,
            |_| Context::default(),
            Registry::builtin(),
        )
        .unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (s, lines)
    }

    #[test]
    fn preserves_order_and_reports_bad_lines() {
        let input = concat!(
            r#"{"id":"1","text":"A new YouGov poll puts Labour on 40% and the Conservatives on 22%."}"#,
            "\n",
            "{not json\n",
            "\n",
            r#"{"id":"3","lang":"fr"}"#,
            "\n",
            r#"{"id":"4","text":"Il pleut à Paris.","published_at":"yesterday"}"#,
            "\n",
            r#"{"id":"5","text":"Il pleut à Paris.","published_at":"2024-05-06T10:00:00+02:00"}"#,
            "\n",
        );
        let (s, lines) = run(input);
        assert_eq!(
            s,
            Summary {
                lines: 6,
                ok: 2,
                errors: 4,
                claims: 1
            }
        );
        // One output line per input line; the final newline adds none.
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0]["id"], "1");
        assert_eq!(lines[0]["claims"][0]["kind"], "poll");
        assert!(lines[1].get("id").is_none());
        assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
        assert_eq!(lines[2]["error"], "empty line");
        assert_eq!(lines[3]["id"], "3");
        assert!(lines[3]["error"].as_str().unwrap().contains("text"));
        assert_eq!(lines[4]["id"], "4");
        assert_eq!(lines[5]["id"], "5");
        assert_eq!(lines[5]["lang"], "fr");
        assert_eq!(lines[5]["claims"].as_array().unwrap().len(), 0);
    }
}

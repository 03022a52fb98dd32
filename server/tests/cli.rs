//! `pollwatch` as a user runs it: bad configuration ends with one clear line on stderr and a
//! non-zero exit code, never a panic or a backtrace.

use std::{
    net::TcpListener,
    process::{Command, Output},
};

fn pollwatch(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pollwatch"));
    cmd.args(args)
        .env_remove("POLLWATCH_DATABASE_URL")
        .env_remove("POLLWATCH_ADDR");
    cmd.env("RUST_BACKTRACE", "1");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("run pollwatch")
}

/// Asserts a clean failure and returns stderr.
fn assert_clean_failure(out: &Output, needle: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        !out.status.success(),
        "expected failure, got {:?}; stderr: {stderr}",
        out.status
    );
    assert!(stderr.contains(needle), "stderr lacks {needle:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(!stderr.contains("stack backtrace"), "backtrace: {stderr}");
    let lines: Vec<_> = stderr
        .lines()
        .filter(|l| l.starts_with("pollwatch:"))
        .collect();
    assert_eq!(lines.len(), 1, "one error line expected: {stderr}");
    stderr
}

#[test]
fn migrate_creates_the_sqlite_file_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("deep/er/pw.db");
    let url = format!("sqlite:{}", db.display());
    let out = pollwatch(&["migrate", "--database-url", &url], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.exists());
    assert!(String::from_utf8_lossy(&out.stdout).contains("up to date"));
    // Env fallback, second run: nothing to do, still fine.
    let out = pollwatch(&["migrate"], &[("POLLWATCH_DATABASE_URL", &url)]);
    assert!(out.status.success());
}

#[test]
fn unsupported_database_url_is_refused() {
    let out = pollwatch(
        &["migrate", "--database-url", "mysql://root@localhost/db"],
        &[],
    );
    assert_clean_failure(&out, "unsupported database URL scheme");
}

#[test]
fn malformed_database_url_is_refused() {
    let out = pollwatch(
        &[
            "migrate",
            "--database-url",
            "postgres://user@host:notaport/db",
        ],
        &[],
    );
    assert_clean_failure(&out, "malformed database URL");
}

#[test]
fn unreachable_postgres_is_reported() {
    // Port 1 on loopback: nothing listens there.
    let out = pollwatch(
        &[
            "migrate",
            "--database-url",
            "postgres://postgres:secret@127.0.0.1:1/x",
        ],
        &[],
    );
    let err = assert_clean_failure(&out, "cannot connect to PostgreSQL at");
    assert!(!err.contains("secret"), "password leaked: {err}");
}

#[test]
fn unwritable_data_folder_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the folder should be: cannot be created, whoever runs the test (even root).
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, b"not a folder").unwrap();
    let url = format!("sqlite:{}", blocker.join("pw.db").display());
    let out = pollwatch(&["migrate", "--database-url", &url], &[]);
    assert_clean_failure(&out, "cannot create data folder");
}

#[test]
fn address_in_use_is_reported() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("pw.db").display());
    let out = pollwatch(&["serve", "--addr", &addr, "--database-url", &url], &[]);
    assert_clean_failure(&out, &format!("cannot listen on {addr}"));
}

#[test]
fn invalid_log_level_is_reported() {
    let out = pollwatch(&["migrate", "--log-level", "pollwatch=loud"], &[]);
    assert_clean_failure(&out, "invalid log level");
}

#[cfg(unix)]
#[test]
fn sigterm_stops_the_server_gracefully() {
    use std::{io::Read, time::Duration};
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("pw.db").display());
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pollwatch"))
        .args(["--addr", &addr, "--database-url", &url])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(std::time::Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(stderr.contains("stopped"), "{stderr}");
}

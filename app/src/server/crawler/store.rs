//! Storing a fetched feed: its new articles, revised articles, validators and next check, all
//! or nothing.
//!
//! On SQLite, whose single writer every refresh queues for, writes are group-committed: a
//! refresh queues its write and takes the writer turn; whoever holds the turn writes every
//! write queued meanwhile in one transaction, so one `BEGIN`/`COMMIT` (and one round of
//! dirty index pages to the WAL) serves several feeds instead of one each. If that
//! transaction fails, each feed is written again in its own, so one bad feed does not cost the
//! others their refresh. On PostgreSQL each refresh commits on its own (writers run in
//! parallel there).

use chrono::{DateTime, Utc};
use tokio::sync::oneshot;

use super::{refresh::Action, Crawler};
use crate::server::db::{self, articles::NewArticle, feeds::FeedSuccess, tx::Tx, Db, DbError};

/// What a refresh writes.
pub(super) struct FeedWrite {
    pub feed_id: i64,
    pub articles: Vec<(Action, NewArticle)>,
    pub success: FeedSuccess,
}

/// The written articles back, with their ids and revision numbers (in order).
pub(super) struct Stored {
    pub articles: Vec<(Action, NewArticle)>,
    pub ids: Vec<i64>,
    pub revisions: Vec<i32>,
}

/// A queued write and where its outcome goes.
pub(super) type Queued = (FeedWrite, oneshot::Sender<Result<Stored, DbError>>);

/// Most feeds one group transaction writes.
const MAX_GROUP: usize = 64;

impl Crawler {
    /// Writes a refresh (see the module docs); returns the stored articles' ids and revisions.
    pub(super) async fn store_refresh(&self, write: FeedWrite) -> Result<Stored, DbError> {
        let inner = &self.inner;
        if let Db::Postgres(_) = inner.db {
            return write_one(&inner.db, write).await;
        }
        let (reply, outcome) = oneshot::channel();
        queue(&inner.pending_writes).push((write, reply));
        {
            let _turn = inner.sqlite_writer.lock().await;
            loop {
                // Written by an earlier holder of the turn already?
                let batch = {
                    let mut q = queue(&inner.pending_writes);
                    let n = q.len().min(MAX_GROUP);
                    q.drain(..n).collect::<Vec<_>>()
                };
                if batch.is_empty() {
                    break;
                }
                write_group(&inner.db, batch).await;
            }
        }
        // The holder that took this write answered before releasing the turn; no answer means
        // it was cancelled mid-write (shutdown), and nothing of this feed was committed.
        outcome
            .await
            .unwrap_or_else(|_| Err(DbError::from(sqlx::Error::WorkerCrashed)))
    }
}

fn queue(q: &std::sync::Mutex<Vec<Queued>>) -> std::sync::MutexGuard<'_, Vec<Queued>> {
    q.lock().unwrap_or_else(|e| e.into_inner())
}

async fn write_group(db: &Db, batch: Vec<Queued>) {
    if batch.len() > 1 {
        match write_together(db, &batch).await {
            Ok(results) => {
                for ((write, reply), (ids, revisions)) in batch.into_iter().zip(results) {
                    let _ = reply.send(Ok(Stored {
                        articles: write.articles,
                        ids,
                        revisions,
                    }));
                }
                return;
            }
            Err(e) => {
                tracing::debug!(error = %e, feeds = batch.len(), "group write failed; one feed at a time");
            }
        }
    }
    for (write, reply) in batch {
        let _ = reply.send(write_one(db, write).await);
    }
}

async fn write_together(db: &Db, batch: &[Queued]) -> Result<Vec<(Vec<i64>, Vec<i32>)>, DbError> {
    let mut tx = db.begin().await?;
    let mut out = Vec::with_capacity(batch.len());
    for (write, _) in batch {
        out.push(write_in(&mut tx, write).await?);
    }
    tx.commit().await?;
    Ok(out)
}

async fn write_one(db: &Db, write: FeedWrite) -> Result<Stored, DbError> {
    let mut tx = db.begin().await?;
    let (ids, revisions) = write_in(&mut tx, &write).await?;
    tx.commit().await?;
    Ok(Stored {
        articles: write.articles,
        ids,
        revisions,
    })
}

/// One feed's writes inside `tx`. New articles go in with multi-row INSERTs (a round trip per
/// chunk, not per article).
async fn write_in(tx: &mut Tx, write: &FeedWrite) -> Result<(Vec<i64>, Vec<i32>), DbError> {
    let now: DateTime<Utc> = write.success.now;
    let to_insert: Vec<&NewArticle> = write
        .articles
        .iter()
        .filter(|(action, _)| matches!(action, Action::New))
        .map(|(_, a)| a)
        .collect();
    let mut inserted = db::articles::insert_many(tx, &to_insert, now)
        .await?
        .into_iter();
    let mut ids = Vec::with_capacity(write.articles.len());
    let mut revisions = Vec::with_capacity(write.articles.len());
    for (action, article) in &write.articles {
        match action {
            Action::New => {
                ids.push(inserted.next().expect("an id per inserted article"));
                revisions.push(1);
            }
            Action::Changed(id) => {
                revisions.push(db::articles::revise(tx, *id, article, now).await?);
                ids.push(*id);
            }
        }
    }
    db::feeds::record_success(tx, write.feed_id, &write.success).await?;
    Ok((ids, revisions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::db::{feeds::NewFeed, outlets::NewOutlet, DbOptions};

    fn article(feed_id: i64, outlet_id: i64, guid: &str) -> (Action, NewArticle) {
        (
            Action::New,
            NewArticle {
                feed_id,
                outlet_id,
                url: format!("https://example.org/{guid}"),
                canonical_url: format!("https://example.org/{guid}"),
                guid: guid.into(),
                title: Some(guid.into()),
                byline: None,
                lang: None,
                published_at: None,
                text: format!("text of {guid}"),
                html: None,
                content_hash: format!("hash-{guid}"),
            },
        )
    }

    fn write(feed_id: i64, outlet_id: i64, guids: &[&str]) -> FeedWrite {
        let now = Utc::now();
        FeedWrite {
            feed_id,
            articles: guids
                .iter()
                .map(|g| article(feed_id, outlet_id, g))
                .collect(),
            success: FeedSuccess {
                fetched: None,
                now,
                next_check_at: now,
                interval_secs: 600,
            },
        }
    }

    /// A group with one write that cannot land (its feed was removed meanwhile: the articles'
    /// foreign key fails) still stores the others, each feed all or nothing.
    #[tokio::test]
    async fn a_failing_feed_does_not_cost_the_group_its_writes() {
        let dir = std::env::temp_dir().join(format!("pollwatch-store-{}", std::process::id()));
        let db = Db::connect(
            &format!("sqlite:{}", dir.join("pw.db").display()),
            &DbOptions::default(),
        )
        .await
        .unwrap();
        db.migrate().await.unwrap();
        let now = Utc::now();
        let mut tx = db.begin().await.unwrap();
        let outlet = db::outlets::upsert(
            &mut tx,
            &NewOutlet {
                name: "Outlet".into(),
                ..NewOutlet::default()
            },
            now,
        )
        .await
        .unwrap();
        let mut feeds = Vec::new();
        for url in ["https://example.org/a.xml", "https://example.org/b.xml"] {
            let f = NewFeed {
                outlet_id: outlet,
                url,
                title: None,
                site_url: None,
                disabled_reason: None,
            };
            feeds.push(db::feeds::insert(&mut tx, &f, now).await.unwrap());
        }
        tx.commit().await.unwrap();

        let (a, b, gone) = (feeds[0], feeds[1], feeds[1] + 1000);
        let mut replies = Vec::new();
        let mut batch = Vec::new();
        for w in [
            write(a, outlet, &["a1", "a2"]),
            write(gone, outlet, &["x1"]),
            write(b, outlet, &["b1"]),
        ] {
            let (reply, outcome) = oneshot::channel();
            batch.push((w, reply));
            replies.push(outcome);
        }
        write_group(&db, batch).await;
        let mut outcomes = Vec::new();
        for r in replies {
            outcomes.push(r.await.unwrap());
        }
        assert_eq!(outcomes[0].as_ref().unwrap().ids.len(), 2);
        assert!(outcomes[1].is_err(), "the write for a removed feed fails");
        assert_eq!(outcomes[2].as_ref().unwrap().ids.len(), 1);
        let stored: Vec<String> = crate::on_pool!(&db, |p| sqlx::query_scalar(
            "SELECT guid FROM articles ORDER BY guid"
        )
        .fetch_all(p)
        .await)
        .unwrap();
        assert_eq!(stored, ["a1", "a2", "b1"]);
        db.close().await;
        let _ = std::fs::remove_dir_all(dir);
    }
}

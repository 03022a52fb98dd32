//! A few dedicated threads for claim detection.
//!
//! The claims engine keeps a cache per compiled regex for each thread pool slot that uses it
//! (lazy-DFA states, backtracker tables). Run on tokio's blocking pool, detection moved over
//! dozens of threads (page extraction and feed parsing use that pool too) and each gathered
//! its own caches: on the crawl benchmark claim detection took 138 MB of the crawler's peak
//! and a third of its time. On a fixed set of threads, one per core, the caches exist once
//! per thread and stay warm.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex};

type Job = Box<dyn FnOnce() + Send + 'static>;

/// Why a job gave no result.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error("the worker threads have stopped")]
    Stopped,
    #[error("the job panicked: {0}")]
    Panicked(String),
}

/// A fixed set of threads taking jobs from one queue. The threads end when the pool is
/// dropped (the queue closes once the jobs already in it have run).
pub struct Workers {
    queue: mpsc::Sender<Job>,
}

impl Workers {
    /// Starts `n` threads (at least one) named `name-0`, `name-1`…
    pub fn new(n: usize, name: &str) -> std::io::Result<Workers> {
        let (queue, jobs) = mpsc::channel::<Job>();
        let jobs = Arc::new(Mutex::new(jobs));
        for k in 0..n.max(1) {
            let jobs = jobs.clone();
            std::thread::Builder::new()
                .name(format!("{name}-{k}"))
                .spawn(move || loop {
                    // The lock is held only while waiting: one idle thread waits on the queue,
                    // the others on the lock.
                    let job = jobs.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    match job {
                        Ok(job) => job(),
                        Err(mpsc::RecvError) => break,
                    }
                })?;
        }
        Ok(Workers { queue })
    }

    /// Runs `f` on one of the threads and waits for its result without blocking the async
    /// runtime. A panic in `f` is reported, and the thread goes on with the next job.
    pub async fn run<T, F>(&self, f: F) -> Result<T, WorkerError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (done, result) = tokio::sync::oneshot::channel();
        self.queue
            .send(Box::new(move || {
                let outcome = catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
                    p.downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "no message".into())
                });
                let _ = done.send(outcome);
            }))
            .map_err(|_| WorkerError::Stopped)?;
        match result.await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(msg)) => Err(WorkerError::Panicked(msg)),
            Err(_) => Err(WorkerError::Stopped),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_on_its_own_threads_and_survives_a_panic() {
        let pool = Workers::new(2, "test-worker").unwrap();
        let name = pool
            .run(|| std::thread::current().name().map(str::to_owned))
            .await
            .unwrap();
        assert!(name.is_some_and(|n| n.starts_with("test-worker-")));

        let err = pool.run(|| -> u32 { panic!("boom") }).await.unwrap_err();
        assert!(
            matches!(err, WorkerError::Panicked(ref m) if m == "boom"),
            "{err}"
        );

        // Both threads still take jobs after the panic.
        let sums = futures::future::join_all((0..8u64).map(|k| pool.run(move || k * 2))).await;
        let total: u64 = sums.into_iter().map(Result::unwrap).sum();
        assert_eq!(total, 56);
    }
}

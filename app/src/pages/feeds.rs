//! `/feeds`: every feed the crawler reads, with its outlet, status, last fetch, next check,
//! last error and article count. Read-only; rendered on the server so it reads without wasm.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{api::feeds::list_feeds, model::FeedInfo};

#[component]
pub fn FeedsPage() -> impl IntoView {
    let feeds = Resource::new(|| (), |_| list_feeds());
    view! {
        <Title text="Feeds"/>
        <section class="feeds" aria-labelledby="feeds-title">
            <div class="section-head">
                <h1 id="feeds-title">"Feeds"</h1>
            </div>
            <Suspense fallback=|| view! { <p class="muted">"Loading feeds…"</p> }>
                {move || Suspend::new(async move {
                    match feeds.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="muted" id="no-feeds">
                                "No feeds yet. Add one with "
                                <code>"pollwatch feeds add URL --outlet NAME"</code>
                                " or import the curated list with "
                                <code>"pollwatch feeds import data/outlets.opml"</code>"."
                            </p>
                        }.into_any(),
                        Ok(list) => view! { <FeedTable feeds=list/> }.into_any(),
                        Err(e) => view! {
                            <p class="error" role="alert">"Could not read the feeds: " {e.to_string()}</p>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn when(t: Option<chrono::DateTime<chrono::Utc>>) -> (String, String) {
    match t {
        Some(t) => (
            t.format("%Y-%m-%d %H:%M UTC").to_string(),
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        None => ("—".to_owned(), String::new()),
    }
}

#[component]
fn FeedTable(feeds: Vec<FeedInfo>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data feeds-table">
                <thead>
                    <tr>
                        <th scope="col">"Outlet"</th>
                        <th scope="col">"Feed"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Last fetch"</th>
                        <th scope="col">"Next check"</th>
                        <th scope="col" class="num">"Articles"</th>
                        <th scope="col">"Last error"</th>
                    </tr>
                </thead>
                <tbody>
                    {feeds.into_iter().map(|f| view! { <FeedRow feed=f/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn FeedRow(feed: FeedInfo) -> impl IntoView {
    let (last_text, last_iso) = when(feed.last_fetched_at);
    let (next_text, next_iso) = when(feed.next_check_at);
    let badge = format!("badge {}", feed.status.badge_class());
    let status = match (feed.status, feed.error_count) {
        (crate::model::FeedStatus::Failing, n) => format!("failing ({n})"),
        (s, _) => s.label().to_owned(),
    };
    let title = feed.title.clone().unwrap_or_else(|| feed.url.clone());
    view! {
        <tr data-feed-id=feed.id.to_string() data-status=feed.status.label()>
            <td>
                {feed.outlet}
                {feed.state_affiliated.then(|| view! { " " <span class="badge warn" title="State-affiliated media">"state media"</span> })}
                {feed.country.map(|c| view! { " " <span class="muted">{c}</span> })}
            </td>
            <td class="feed-url">
                <a href=feed.url.clone() rel="nofollow noopener">{title}</a>
            </td>
            <td>
                <span class=badge>{status}</span>
                {feed.disabled_reason.map(|r| view! { <div class="muted small">{r}</div> })}
            </td>
            <td><time datetime=last_iso>{last_text}</time></td>
            <td><time datetime=next_iso>{next_text}</time></td>
            <td class="num">{feed.article_count}</td>
            <td class="last-error">{feed.last_error.unwrap_or_default()}</td>
        </tr>
    }
}

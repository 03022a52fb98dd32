//! The overview page: what pollwatch does and live totals read from the database.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{api::stats::get_counts, model::Counts};

#[component]
pub fn HomePage() -> impl IntoView {
    let counts = Resource::new(|| (), |_| get_counts());
    // Bumped on every refresh so screen readers and tests can tell a fresh read happened.
    let (refreshes, set_refreshes) = signal(0u32);
    let refresh = move |_| {
        set_refreshes.update(|n| *n += 1);
        counts.refetch();
    };

    view! {
        <Title text=""/>
        <section class="hero">
            <h1>"Fake polls, caught early."</h1>
            <p class="lede">
                "pollwatch reads news and state-media feeds, finds every opinion-poll claim, "
                "checks the pollster against a registry of real polling organisations and flags "
                "the claims that no real pollster can be matched to."
            </p>
        </section>
        <section class="stats" aria-labelledby="stats-title">
            <div class="section-head">
                <h2 id="stats-title">"Right now"</h2>
                <button
                    type="button"
                    id="refresh-counts"
                    class="button secondary"
                    data-refreshes=move || refreshes.get().to_string()
                    on:click=refresh
                >
                    "Refresh"
                </button>
            </div>
            <Transition fallback=|| view! { <p class="muted">"Loading totals…"</p> }>
                {move || Suspend::new(async move {
                    match counts.await {
                        Ok(c) => view! { <StatGrid counts=c/> }.into_any(),
                        Err(e) => view! {
                            <p class="error" role="alert">"Could not read the totals: " {e.to_string()}</p>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
        <section class="how">
            <h2>"How it works"</h2>
            <ol class="steps">
                <li><strong>"Crawl. "</strong>"RSS and Atom feeds of newsrooms and state media, and the articles they link to."</li>
                <li><strong>"Detect. "</strong>"Poll claims in English, French, German, Spanish, Russian, Portuguese and more: pollster, sponsor, figures, sample, dates, margin of error."</li>
                <li><strong>"Flag. "</strong>"Unknown or non-polling sources, missing disclosures, impossible numbers, blackout periods — each with a reason and a risk score."</li>
                <li><strong>"Review. "</strong>"Fact-checkers triage the flags and publish verdicts that journalists can search and editors can subscribe to."</li>
            </ol>
        </section>
    }
}

#[component]
fn StatGrid(counts: Counts) -> impl IntoView {
    let items = [
        ("feeds", counts.feeds, "Feeds watched"),
        ("articles", counts.articles, "Articles read"),
        (
            "flagged_claims",
            counts.flagged_claims,
            "Flagged poll claims",
        ),
        (
            "published_verdicts",
            counts.published_verdicts,
            "Published verdicts",
        ),
    ];
    view! {
        <dl class="stat-grid">
            {items
                .into_iter()
                .map(|(key, value, label)| {
                    view! {
                        <div class="stat" data-stat=key>
                            <dt class="stat-label">{label}</dt>
                            <dd class="stat-value">{value}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

//! The page frame: header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;

/// Site header with the main navigation. On narrow screens the menu button (which works once
/// the page is hydrated) folds the navigation away; without wasm the links stay visible.
#[component]
pub fn Header() -> impl IntoView {
    let (open, set_open) = signal(false);
    view! {
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"◉"</span>
                    " pollwatch"
                </a>
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-nav"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| set_open.update(|o| *o = !*o)
                >
                    "Menu"
                </button>
                <nav id="site-nav" class="site-nav" class:open=open aria-label="Main">
                    <A href="/">"Overview"</A>
                    <A href="/feeds">"Feeds"</A>
                </nav>
            </div>
        </header>
    }
}

/// Site footer.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container">
                <p>
                    "pollwatch flags opinion-poll claims that no registered pollster can be matched to. "
                    "A flag is a lead for a fact-checker, not a verdict."
                </p>
                <p class="footer-links">
                    <a href="/healthz">"Status"</a>
                    " · "
                    <a href="/metrics">"Metrics"</a>
                </p>
            </div>
        </footer>
    }
}

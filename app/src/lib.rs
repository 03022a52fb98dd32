//! pollwatch's web application: the HTML `shell()` and the `App` router, nothing else.
//!
//! The same crate is compiled twice: with `ssr` into the server (which also switches on the
//! server-only domain under [`server`]) and with `hydrate` into the browser bundle.

pub mod api;
pub mod components;
pub mod error;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::components::layout::{Footer, Header};
use crate::pages::{feeds::FeedsPage, home::HomePage, not_found::NotFound};

/// The HTML document around every page, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Set once the wasm bundle runs: browser tests (and CSS) can tell a hydrated page apart.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });

    view! {
        <Stylesheet id="leptos" href="/pkg/pollwatch.css"/>
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Meta name="description" content="pollwatch finds opinion-poll claims in the news and flags the ones no real pollster ran."/>
        <Title formatter=|text: String| if text.is_empty() { "pollwatch".to_string() } else { format!("{text} · pollwatch") }/>
        <Router>
            <Header/>
            <main id="main" class="container">
                <Routes fallback=NotFound>
                    // Async: the totals are in the HTML itself, so they read without JavaScript.
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/feeds") view=FeedsPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

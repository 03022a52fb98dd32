//! The 404 page: rendered for any path no route matches, with a real 404 status.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(http_status_not_found());
        }
    }
    view! {
        <Title text="Page not found"/>
        <section class="not-found">
            <p class="eyebrow">"404"</p>
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be wrong."</p>
            <p><a class="button" href="/">"Back to the overview"</a></p>
        </section>
    }
}

#[cfg(feature = "ssr")]
fn http_status_not_found() -> axum::http::StatusCode {
    axum::http::StatusCode::NOT_FOUND
}

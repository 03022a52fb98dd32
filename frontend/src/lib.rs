//! The wasm entry point: hydrates the HTML that the server rendered. Nothing else lives here;
//! every view is in the `app` crate, built with its `hydrate` feature.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}

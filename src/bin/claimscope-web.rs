//! The browser app. `trunk build` compiles it for wasm32 with `--features web`
//! (see `www/index.html`); it is not built natively.
//!
//! The same module runs in two places: the page, where `main` mounts the app, and the
//! analysis worker (`www/worker.js`), which has no window and only calls
//! [`analyze_in_worker`].
//!
//! Besides starting the page, it exports the JavaScript API (`analyze`, `mount`; see
//! `claimscope::ui::api`). The exports live here because wasm-bindgen exports the binary it
//! processes; `www/boot.js` publishes them as `window.claimscope`.

use wasm_bindgen::prelude::*;

fn main() {
    if web_sys::window().is_some() {
        claimscope::ui::start();
    }
}

/// Analyses a document set given in the stored form (`claimscope-corpus/1`), calling
/// `progress(done, read, of)` as it goes and `records(kind, json)` with the quantities and
/// claims in pieces; returns the rest of the analysis as claims/1 JSON.
#[wasm_bindgen]
pub fn analyze_in_worker(
    documents: &str,
    progress: &js_sys::Function,
    records: &js_sys::Function,
) -> Result<String, JsValue> {
    claimscope::ui::analyze_in_worker(documents, progress, records)
}

/// `analyze(documents)`: the claims/1 analysis of `[{id, title, outlet, date, text}, …]` as a
/// plain JavaScript object.
#[wasm_bindgen]
pub fn analyze(documents: JsValue) -> Result<JsValue, JsError> {
    claimscope::ui::api::analyze(documents).map_err(|e| JsError::new(&e))
}

/// `mount(element, options)`: renders the compact board into `element`; `options.documents`
/// are the articles (the bundled ones when absent). Returns a handle with `destroy()`.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<Board, JsError> {
    claimscope::ui::api::mount(element, options)
        .map(Board)
        .map_err(|e| JsError::new(&e))
}

/// A board rendered by [`mount`].
#[wasm_bindgen]
pub struct Board(claimscope::ui::api::Mounted);

#[wasm_bindgen]
impl Board {
    /// Removes the board from its element.
    pub fn destroy(&mut self) {
        self.0.destroy();
    }
}

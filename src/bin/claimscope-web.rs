//! The browser app. `trunk build` compiles it for wasm32 with `--features web`
//! (see `www/index.html`); it is not built natively.
//!
//! The same module runs in two places: the page, where `main` mounts the app, and the
//! analysis worker (`www/worker.js`), which has no window and only calls
//! [`analyze_in_worker`].

use wasm_bindgen::prelude::*;

fn main() {
    if web_sys::window().is_some() {
        claimscope::ui::start();
    }
}

/// Analyses a document set given in the stored form (`claimscope-corpus/1`) and returns the
/// analysis as claims/1 JSON, calling `progress(done, read, of)` as it goes.
#[wasm_bindgen]
pub fn analyze_in_worker(documents: &str, progress: &js_sys::Function) -> Result<String, JsValue> {
    claimscope::ui::analyze_in_worker(documents, progress)
}

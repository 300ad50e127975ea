//! The browser app: thin yew views over an [`Analysis`](crate::Analysis).
//!
//! The views never re-derive what the core computed: they select, filter and render. All view
//! state lives in [`state`], a pure reducer that also builds and tests natively; the components
//! are compiled for wasm32 only (`--features web`, built by Trunk).

pub mod api;
pub mod card_image;
pub mod embed;
pub mod embed_snippet;
pub mod json;
pub mod parts;
pub mod permalink;
pub mod plot;
pub mod state;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod app;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub(crate) mod browser;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod card_tools;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod compact;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod comparison_list;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod corrections_bar;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod document_list;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod help;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod library_panel;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod reader;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod speaker_list;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod worker;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use worker::analyze_in_worker;

/// Analyses the bundled corpus and mounts the app into `#app`. A page without `#app` is
/// someone else's page using the JavaScript API (see [`api`]): nothing is rendered until it
/// calls `mount`.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn start() {
    use std::rc::Rc;

    use crate::corpus::library;

    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    let location = gloo::utils::window().location();
    let query = embed::parse_query(&location.search().unwrap_or_default());
    // In a frame, the host hears the page's height (pym.js and embed-size messages).
    embed::install(query.child_id.clone());

    let mut notices = Vec::new();
    // A saved page carries its own articles; otherwise the bundled ones.
    let (base, slot) = match browser::page_corpus().map(|json| (library::decode(&json), json)) {
        Some((Ok(documents), json)) => (documents, format!("page-{:016x}", fingerprint(&json))),
        Some((Err(why), _)) => {
            notices.push(format!("The articles saved in this page could not be read ({why}); showing the bundled ones."));
            (crate::corpus::bundled(), "bundled".to_owned())
        }
        None => (crate::corpus::bundled(), "bundled".to_owned()),
    };
    // The set the reader made here before, if any.
    let initial = match browser::load_stored(&slot) {
        Ok(Some(json)) => match library::decode(&json) {
            Ok(documents) => {
                notices.push(format!(
                    "Your {} documents from last time are back.",
                    documents.len()
                ));
                documents
            }
            Err(why) => {
                notices.push(format!("Documents kept from last time could not be read ({why}); showing this page's own."));
                base.clone()
            }
        },
        Ok(None) => base.clone(),
        Err(why) => {
            notices.push(format!(
                "Added documents will not be kept after this page closes: {why}."
            ));
            base.clone()
        }
    };
    // The reader's corrections: kept in this browser, else those the saved page carries.
    let corrections = browser::load_stored(&app::corrections_slot(&slot))
        .ok()
        .flatten()
        .or_else(|| browser::page_corpus().and_then(|json| library::corrections_of(&json)))
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let props = app::AppProps {
        corrections,
        base: Rc::new(base),
        initial: Rc::new(initial),
        slot: slot.into(),
        notices,
        fragment: location.hash().unwrap_or_default().into(),
        embed_options: query.options.clone(),
        mode: if query.embed {
            embed::Mode::Embed
        } else {
            embed::Mode::Full
        },
    };
    // The element holds a "loading" message, or the board pre-rendered at build time
    // (scripts/prerender.mjs), until the app draws. Both go in this task and the app draws in
    // its microtasks, so the browser never paints an empty page between the two; the
    // pre-render is the same view of the same analysis, so nothing moves (#20).
    for mark in ["data-prerendered", "aria-busy"] {
        let _ = root.remove_attribute(mark);
    }
    if let Some(status) = document.get_element_by_id("claimscope-starting") {
        status.remove();
    }
    root.set_inner_html("");
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}

/// FNV-1a, to name a saved page's storage slot after its articles.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

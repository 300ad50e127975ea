//! The browser app: thin yew views over an [`Analysis`](crate::Analysis).
//!
//! The views never re-derive what the core computed: they select, filter and render. All view
//! state lives in [`state`], a pure reducer that also builds and tests natively; the components
//! are compiled for wasm32 only (`--features web`, built by Trunk).

pub mod plot;
pub mod state;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod app;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod comparison_list;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod document_list;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod reader;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod speaker_list;

/// Analyses the bundled corpus and mounts the app into `#app` (or `<body>`).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub fn start() {
    use std::rc::Rc;

    let documents = crate::corpus::bundled();
    let analysis = crate::Analysis::of(&documents);
    let props = app::AppProps {
        documents: Rc::new(documents),
        analysis: Rc::new(analysis),
    };
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            // The element holds a "loading" message until the analysis is ready.
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
}

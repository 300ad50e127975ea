//! The JavaScript API for newsroom developers who build their own page:
//! `claimscope.analyze(documents)` returns claims/1 as a plain object, and
//! `claimscope.mount(element, options)` renders the board into an element of their page.
//!
//! What a document may look like, and what is refused, is pure and tested natively; the
//! functions JavaScript calls are in `src/bin/claimscope-web.rs` (exports must live in the
//! binary that wasm-bindgen processes) and call [`analyze`] and [`mount`] here.

use serde::Deserialize;

use crate::Document;

/// A document as JavaScript gives it: `{id, title, outlet, date, url, text}`, only `text`
/// required; other fields (an author, a section…) are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct InputDocument {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

/// The options of `mount`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MountOptions {
    /// The articles to compare; the bundled ones when absent.
    pub documents: Option<Vec<InputDocument>>,
}

/// Documents from the API's input: an id is given or `doc-1`, `doc-2`… by position; a title
/// is given or the text's first line; empty metadata is no metadata. Two documents with one
/// id are refused (every record refers to its document by id).
pub fn documents(input: Vec<InputDocument>) -> Result<Vec<Document>, String> {
    let mut out: Vec<Document> = Vec::with_capacity(input.len());
    for (index, given) in input.into_iter().enumerate() {
        let clean =
            |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let id = clean(given.id).unwrap_or_else(|| format!("doc-{}", index + 1));
        if out.iter().any(|d| d.id == id) {
            return Err(format!("two documents have the id “{id}”"));
        }
        let mut document = Document::from_text(id, given.text);
        if let Some(title) = clean(given.title) {
            document.title = title;
        }
        document.outlet = clean(given.outlet);
        document.date = clean(given.date);
        document.url = clean(given.url);
        out.push(document);
    }
    Ok(out)
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use web::{Mounted, analyze, mount};

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web {
    use std::rc::Rc;

    use wasm_bindgen::JsValue;

    use super::{InputDocument, MountOptions, documents};
    use crate::Analysis;
    use crate::ui::app::{App, AppProps};
    use crate::ui::embed::Mode;

    /// The value read through its JSON text: the page already compiles serde_json's reader
    /// for claims/1, so a second deserializer (serde-wasm-bindgen) would only add bytes.
    fn input<T: serde::de::DeserializeOwned>(value: JsValue, what: &str) -> Result<T, String> {
        let json = js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| format!("{what}: not a JSON value"))?;
        serde_json::from_str(&json).map_err(|e| format!("{what}: {e}"))
    }

    /// `analyze(documents)`: claims/1 as a plain JavaScript object (objects, arrays, strings,
    /// numbers and null; no Map), as the CLI prints it.
    pub fn analyze(value: JsValue) -> Result<JsValue, String> {
        let given: Vec<InputDocument> = input(value, "analyze(documents)")?;
        let documents = documents(given)?;
        let analysis = Analysis::of(&documents);
        // Through the JSON text the worker and the storage already write: the same plain
        // objects, without compiling claims/1's serialisation a second time.
        let json = serde_json::to_string(&analysis).map_err(|e| e.to_string())?;
        js_sys::JSON::parse(&json).map_err(|_| "claims/1 is not valid JSON".to_owned())
    }

    /// A board rendered into someone else's page.
    pub struct Mounted(Option<yew::AppHandle<App>>);

    impl Mounted {
        /// Removes the board from its element.
        pub fn destroy(&mut self) {
            if let Some(handle) = self.0.take() {
                handle.destroy();
            }
        }
    }

    /// `mount(element, options)`: the compact board of the given documents (or the bundled
    /// ones) in `element`, which it replaces the content of.
    pub fn mount(element: web_sys::Element, options: JsValue) -> Result<Mounted, String> {
        let options: MountOptions = if options.is_undefined() || options.is_null() {
            MountOptions::default()
        } else {
            input(options, "mount(element, options)")?
        };
        let documents = match options.documents {
            Some(given) => documents(given)?,
            None => crate::corpus::bundled(),
        };
        let documents = Rc::new(documents);
        let props = AppProps {
            base: documents.clone(),
            initial: documents,
            slot: "mounted".into(),
            notices: Vec::new(),
            fragment: "".into(),
            mode: Mode::Mounted,
            embed_options: Default::default(),
            corrections: Vec::new(),
        };
        element.set_inner_html("");
        Ok(Mounted(Some(
            yew::Renderer::<App>::with_root_and_props(element, props).render(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(value: serde_json::Value) -> InputDocument {
        serde_json::from_value(value).expect("a valid input document")
    }

    #[test]
    fn ids_and_titles_come_from_the_input_or_from_position_and_first_line() {
        let documents = documents(vec![
            doc(serde_json::json!({
                "id": "courier", "title": "Tunnel costs", "outlet": "The Courier",
                "date": "2024-03-01", "text": "Tunnel costs\n\nThe tunnel will cost $4.2 billion."
            })),
            doc(serde_json::json!({ "text": "Tunnel overruns\n\nThe tunnel will cost $5 billion.", "outlet": "  " })),
        ])
        .unwrap();
        assert_eq!(documents[0].id, "courier");
        assert_eq!(documents[0].outlet.as_deref(), Some("The Courier"));
        assert_eq!(documents[0].date.as_deref(), Some("2024-03-01"));
        assert_eq!(documents[1].id, "doc-2");
        assert_eq!(documents[1].title, "Tunnel overruns");
        assert_eq!(documents[1].outlet, None, "blank metadata is no metadata");
    }

    #[test]
    fn a_repeated_id_is_refused() {
        let twice = documents(vec![
            doc(serde_json::json!({ "id": "a", "text": "One." })),
            doc(serde_json::json!({ "id": " a ", "text": "Two." })),
        ]);
        assert_eq!(twice.unwrap_err(), "two documents have the id “a”");
    }

    #[test]
    fn a_document_needs_text_and_a_misspelt_option_is_refused() {
        let missing: Result<InputDocument, _> =
            serde_json::from_value(serde_json::json!({ "id": "a", "title": "No text" }));
        assert!(missing.is_err());
        let extra: InputDocument =
            serde_json::from_value(serde_json::json!({ "text": "x", "author": "y" })).unwrap();
        assert_eq!(extra.text, "x");
        let misspelt: Result<MountOptions, _> =
            serde_json::from_value(serde_json::json!({ "document": [] }));
        assert!(misspelt.is_err());
    }
}

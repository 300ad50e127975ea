//! The documents of the corpus, one button each; the open one is marked current.

use std::rc::Rc;

use yew::prelude::*;

use crate::corpus::library::Details;
use crate::wording::SourceName;
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    pub documents: Rc<Vec<Document>>,
    pub analysis: Rc<Analysis>,
    pub selected: Option<AttrValue>,
    pub on_select: Callback<String>,
    /// Removes a document from the set.
    pub on_remove: Callback<String>,
    /// Changes a document's title, outlet, date and address.
    pub on_edit: Callback<(String, Details)>,
}

/// A small form under a document for its title, outlet, date and address: a paste or a file
/// may have come without them, or with them wrong.
fn edit_form(document: &Document, on_edit: &Callback<(String, Details)>) -> Html {
    let onsubmit = {
        let on_edit = on_edit.clone();
        let id = document.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let field = |name: &str| {
                form.query_selector(&format!("input[name={name}]"))
                    .ok()
                    .flatten()
                    .and_then(|f| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(f).ok()
                    })
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            on_edit.emit((
                id.clone(),
                Details {
                    title: field("title"),
                    outlet: field("outlet"),
                    date: field("date"),
                    url: field("url"),
                },
            ));
        })
    };
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        <details class="edit-document">
            <summary aria-label={format!("Edit the details of “{}”", document.title)}>{ "Edit" }</summary>
            <form {onsubmit} aria-label={format!("Details of “{}”", document.title)}>
                <label>{ "Title " }<input type="text" name="title" value={document.title.clone()} autocomplete="off" /></label>
                <label>{ "Outlet " }<input type="text" name="outlet" value={value(&document.outlet)} autocomplete="off" /></label>
                <label>{ "Date " }<input type="text" name="date" value={value(&document.date)} placeholder="2025-01-28 or Jan 28, 2025" autocomplete="off" /></label>
                <label>{ "Address " }<input type="url" name="url" value={value(&document.url)} placeholder="https://…" autocomplete="off" /></label>
                <button type="submit">{ "Save details" }</button>
            </form>
        </details>
    }
}

#[component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    html! {
        <nav class="documents" aria-label="Documents">
            <div class="panel-heading">
                <h2>{ "Sources" }</h2>
                { super::help::help("the list of sources", super::help::SOURCES) }
            </div>
            <ul>
                { for props.documents.iter().map(|document| {
                    let current = props.selected.as_deref() == Some(document.id.as_str());
                    let onclick = {
                        let on_select = props.on_select.clone();
                        let id = document.id.clone();
                        Callback::from(move |_| on_select.emit(id.clone()))
                    };
                    let count = props.analysis.quantities_of(&document.id).count();
                    let meta = SourceName::from(document).meta_with(Some(format!("{count} {}", if count == 1 { "quantity" } else { "quantities" })));
                    html! {
                        <li key={document.id.clone()}>
                            <button
                                type="button"
                                class={classes!("document", current.then_some("current"))}
                                aria-current={current.then_some("true")}
                                aria-controls="reader"
                                {onclick}
                            >
                                <span class="document-title">{ &document.title }</span>
                                <span class="document-meta">{ meta }</span>
                            </button>
                            <button
                                type="button"
                                class="remove"
                                aria-label={format!("Remove “{}”", document.title)}
                                onclick={{
                                    let on_remove = props.on_remove.clone();
                                    let id = document.id.clone();
                                    Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
                                }}
                            >{ "Remove" }</button>
                            { edit_form(document, &props.on_edit) }
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

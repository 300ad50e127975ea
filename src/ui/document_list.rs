//! The documents of the corpus, one button each; the open one is marked current.

use std::rc::Rc;

use yew::prelude::*;

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
}

#[component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    html! {
        <nav class="documents" aria-label="Documents">
            <h2>{ "Sources" }</h2>
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
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

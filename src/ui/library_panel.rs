//! Bringing your own articles: paste one (with title, outlet and date), open or drop files,
//! remove and reset, and take the work away — CSV, claims/1 JSON, or a new single-file page
//! that carries the documents. Every refusal and warning is said in the status area; a refused
//! paste keeps its text in the form.

use yew::prelude::*;

use super::browser;
use std::rc::Rc;

use crate::Document;
use crate::corpus::library::{Added, Pasted, add_file, add_pasted, duplicate_of};

#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    /// Ids already in the set, so that new ones are unique.
    pub taken: Vec<String>,
    /// The set, so that a text added twice is refused.
    pub documents: Rc<Vec<Document>>,
    /// Documents to add.
    pub on_add: Callback<Vec<Added>>,
    /// Messages for the status area (refusals, warnings).
    pub on_notice: Callback<String>,
    /// A new action begins: the last one's messages go.
    pub on_clear_notices: Callback<()>,
    pub on_export_csv: Callback<()>,
    pub on_export_json: Callback<()>,
    pub on_save_page: Callback<()>,
    pub on_reset: Callback<()>,
    /// Whether the set differs from the page's own articles (reset is offered then).
    pub changed: bool,
    pub notices: Vec<String>,
    /// Undoes the last Remove or Reset, while that is the last action.
    #[prop_or_default]
    pub on_undo: Option<Callback<()>>,
}

#[component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let title = use_node_ref();
    let outlet = use_node_ref();
    let date = use_node_ref();
    let url = use_node_ref();
    let text = use_node_ref();
    let dragging = use_state(|| false);
    // Why the last paste was refused, said under the form where the reader is looking.
    let paste_error = use_state(|| None::<String>);

    let on_paste = {
        let (title, outlet, date, url, text) = (
            title.clone(),
            outlet.clone(),
            date.clone(),
            url.clone(),
            text.clone(),
        );
        let taken = props.taken.clone();
        let documents = props.documents.clone();
        let on_add = props.on_add.clone();
        let paste_error = paste_error.clone();
        let on_clear_notices = props.on_clear_notices.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = |r: &NodeRef| {
                r.cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let area = text.cast::<web_sys::HtmlTextAreaElement>();
            let pasted = Pasted {
                title: input(&title),
                outlet: input(&outlet),
                date: input(&date),
                url: input(&url),
                text: area.as_ref().map(|a| a.value()).unwrap_or_default(),
            };
            if let Some(same) = duplicate_of(&pasted.text, documents.iter()) {
                paste_error.set(Some(format!(
                    "This text is already here, as “{}”; it was not added again.",
                    same.title
                )));
                return;
            }
            match add_pasted(&pasted, &taken) {
                Ok(added) => {
                    for r in [&title, &outlet, &date, &url] {
                        if let Some(i) = r.cast::<web_sys::HtmlInputElement>() {
                            i.set_value("");
                        }
                    }
                    if let Some(a) = area {
                        a.set_value("");
                    }
                    paste_error.set(None);
                    on_clear_notices.emit(());
                    on_add.emit(vec![added]);
                }
                Err(why) => paste_error.set(Some(why)),
            }
        })
    };

    let read = {
        let taken = props.taken.clone();
        let documents = props.documents.clone();
        let on_add = props.on_add.clone();
        let on_notice = props.on_notice.clone();
        let on_clear_notices = props.on_clear_notices.clone();
        move |files: Vec<web_sys::File>| {
            let mut taken = taken.clone();
            let documents = documents.clone();
            let on_add = on_add.clone();
            let on_notice = on_notice.clone();
            on_clear_notices.emit(());
            wasm_bindgen_futures::spawn_local(async move {
                let mut added = Vec::new();
                for (name, bytes) in browser::read_files(files).await {
                    let result = bytes.and_then(|bytes| add_file(&name, &bytes, &taken));
                    match result {
                        Ok(document) => {
                            let earlier = documents
                                .iter()
                                .chain(added.iter().map(|a: &Added| &a.document));
                            if let Some(same) = duplicate_of(&document.document.text, earlier) {
                                on_notice.emit(format!(
                                    "{name} is already here, as “{}”; it was not added again.",
                                    same.title
                                ));
                                continue;
                            }
                            taken.push(document.document.id.clone());
                            added.push(document);
                        }
                        Err(why) => on_notice.emit(why),
                    }
                }
                if !added.is_empty() {
                    on_add.emit(added);
                }
            });
        }
    };
    let on_files = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(files) = input.files() {
                read(browser::files_of(&files));
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read(browser::files_of(&files));
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };

    html! {
        <section class="library" aria-labelledby="library-heading">
            <details>
                <summary><h2 id="library-heading">{ "Your own articles, exports and a page to share" }</h2></summary>
                <div class="library-body">
                    <form class="paste" onsubmit={on_paste} aria-label="Paste an article">
                        <label>{ "Title " }<input ref={title} type="text" name="title" autocomplete="off" /></label>
                        <label>{ "Outlet " }<input ref={outlet} type="text" name="outlet" autocomplete="off" /></label>
                        <label>{ "Date " }<input ref={date} type="text" name="date" placeholder="2025-01-28 or Jan 28, 2025" autocomplete="off" /></label>
                        <label>{ "Address " }<input ref={url} type="url" name="url" placeholder="https://…" autocomplete="off" /></label>
                        <label class="paste-text">{ "Article text " }<textarea ref={text} name="text" rows="6" /></label>
                        <button type="submit">{ "Add the text" }</button>
                        if let Some(why) = &*paste_error {
                            <p class="paste-error" role="alert">{ why }</p>
                        }
                    </form>
                    <div
                        class={classes!("drop", (*dragging).then_some("dragging"))}
                        ondrop={on_drop}
                        ondragover={on_drag_over}
                        ondragleave={on_drag_leave}
                    >
                        <label>{ "Open .txt, .md or .html files " }
                            <input type="file" multiple=true accept=".txt,.md,.markdown,.text,.html,.htm,.xhtml" onchange={on_files} />
                        </label>
                        <p>{ "…or drop them here. Nothing in them runs, and nothing leaves this page." }</p>
                    </div>
                    <div class="take-away">
                        <button type="button" class="export-csv" onclick={click(&props.on_export_csv)}>{ "Download CSV" }</button>
                        <button type="button" class="export-json" onclick={click(&props.on_export_json)}>{ "Download JSON (claims/1)" }</button>
                        <button type="button" class="save-page" onclick={click(&props.on_save_page)}>{ "Save as a page with these articles" }</button>
                        if props.changed {
                            <button type="button" class="reset" onclick={click(&props.on_reset)}>{ "Reset to this page's articles" }</button>
                        }
                    </div>
                </div>
            </details>
            <div class="notices" role="status" aria-live="polite">
                { for props.notices.iter().enumerate().map(|(i, n)| html! { <p key={i}>{ n }</p> }) }
                if let Some(on_undo) = &props.on_undo {
                    <button type="button" class="undo" onclick={click(on_undo)}>{ "Undo" }</button>
                }
            </div>
        </section>
    }
}

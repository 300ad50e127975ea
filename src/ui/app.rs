//! The page: a summary, your own articles, where the sources agree or diverge, the list of
//! documents, and the reader. The document set can change (added, removed, reset); the
//! analysis is recomputed with it and the set is kept in the browser.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::compact::CompactBoard;
use super::comparison_list::ComparisonList;
use super::document_list::DocumentList;
use super::embed::Mode;
use super::embed_snippet::EmbedButton;
use super::library_panel::LibraryPanel;
use super::reader::Reader;
use super::speaker_list::SpeakerList;
use super::state::{Action, State};
use crate::corpus::library;
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The page's own articles: the bundled ones, or those a saved page carries.
    pub base: Rc<Vec<Document>>,
    /// The set to start with: the kept one if the reader changed it before, else `base`.
    pub initial: Rc<Vec<Document>>,
    /// Where this page keeps its set in the browser.
    pub slot: AttrValue,
    /// What the reader should know from the start (a kept set that could not be read…).
    pub notices: Vec<String>,
    /// The URL fragment the page was opened with: a shared view to restore.
    pub fragment: AttrValue,
    /// The whole page, an embed, or a board mounted into another page (see [`Mode`]).
    #[prop_or_default]
    pub mode: Mode,
}

/// The documents and their analysis, always changed together.
#[derive(Clone, PartialEq)]
struct Corpus {
    documents: Rc<Vec<Document>>,
    analysis: Rc<Analysis>,
}

impl Corpus {
    fn of(documents: Vec<Document>) -> Corpus {
        let analysis = Rc::new(Analysis::of(&documents));
        Corpus {
            documents: Rc::new(documents),
            analysis,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let corpus = use_state(move || Corpus::of((*initial).clone()));
    let notices = use_state(|| props.notices.clone());
    let documents = corpus.documents.clone();
    let fragment = props.fragment.clone();
    let state = use_reducer(move || {
        State::new(documents.iter().map(|d| d.id.clone()).collect()).restored(&fragment)
    });
    // The view lives in the URL fragment, so that a link reopens it (no request is made).
    let writes_url = props.mode.writes_url();
    use_effect_with(state.fragment(), move |fragment| {
        if !writes_url {
            return;
        }
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{fragment}")),
            );
        }
    });
    let notify = {
        let notices = notices.clone();
        Callback::from(move |message: String| {
            let mut next = (*notices).clone();
            next.push(message);
            let excess = next.len().saturating_sub(6);
            next.drain(..excess);
            notices.set(next);
        })
    };
    // Replaces the set: recompute, keep it in the browser (or say why not), update the view.
    let replace = {
        let corpus = corpus.clone();
        let state = state.clone();
        let notify = notify.clone();
        let base = props.base.clone();
        let slot = props.slot.to_string();
        Callback::from(move |(documents, open): (Vec<Document>, Option<String>)| {
            if documents == *base {
                browser::clear_stored(&slot);
            } else if let Err(why) = browser::store(&slot, &library::encode(&documents)) {
                notify.emit(format!(
                    "Your documents are shown but not kept: {why}. They stay until you close this page; download the JSON or save a page to keep them."
                ));
            }
            let ids = documents.iter().map(|d| d.id.clone()).collect();
            corpus.set(Corpus::of(documents));
            state.dispatch(Action::SetDocuments { ids, open });
        })
    };
    let on_add = {
        let corpus = corpus.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        Callback::from(move |added: Vec<library::Added>| {
            let mut documents = (*corpus.documents).clone();
            let open = added.first().map(|a| a.document.id.clone());
            let count = added.len();
            for a in added {
                if let Some(warning) = a.warning {
                    notify.emit(warning);
                }
                documents.push(a.document);
            }
            notify.emit(format!(
                "Added {count} {}; the comparison now covers {} sources.",
                if count == 1 { "document" } else { "documents" },
                documents.len()
            ));
            replace.emit((documents, open));
        })
    };
    let on_remove = {
        let corpus = corpus.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        Callback::from(move |id: String| {
            let mut documents = (*corpus.documents).clone();
            let Some(at) = documents.iter().position(|d| d.id == id) else {
                return;
            };
            let removed = documents.remove(at);
            notify.emit(format!("Removed “{}”.", removed.title));
            replace.emit((documents, None));
        })
    };
    let on_reset = {
        let replace = replace.clone();
        let notify = notify.clone();
        let base = props.base.clone();
        Callback::from(move |()| {
            notify.emit("Back to this page's own articles.".to_owned());
            replace.emit(((*base).clone(), None));
        })
    };
    let on_export_csv = {
        let corpus = corpus.clone();
        let notify = notify.clone();
        Callback::from(move |()| {
            // A byte-order mark, so that spreadsheets read the file as UTF-8.
            let csv = format!("\u{feff}{}", corpus.analysis.to_csv());
            if let Err(why) = browser::download("claimscope.csv", "text/csv;charset=utf-8", &csv) {
                notify.emit(why);
            }
        })
    };
    let on_export_json = {
        let corpus = corpus.clone();
        let notify = notify.clone();
        Callback::from(move |()| {
            let analysis = (*corpus.analysis).clone().with_texts(&corpus.documents);
            let json = serde_json::to_string_pretty(&analysis).unwrap_or_default();
            if let Err(why) = browser::download("claimscope.json", "application/json", &json) {
                notify.emit(why);
            }
        })
    };
    let on_save_page = {
        let corpus = corpus.clone();
        let notify = notify.clone();
        Callback::from(move |()| {
            match browser::page_source() {
            Some(page) => {
                let saved = library::with_corpus(&page, &corpus.documents);
                let name = format!("claimscope-{}-articles.html", corpus.documents.len());
                match browser::download(&name, "text/html;charset=utf-8", &saved) {
                    Ok(()) => notify.emit(format!(
                        "Saved {name}: it opens from a file, offline, with these {} articles.",
                        corpus.documents.len()
                    )),
                    Err(why) => notify.emit(why),
                }
            }
            None => notify.emit(
                "Only the single-file page (claimscope.html) can be saved as a page; this copy loads its code from beside it. Download the JSON instead, or use claimscope.html."
                    .to_owned(),
            ),
        }
        })
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::SelectDocument(id)))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_target_shown = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::TargetShown))
    };
    let on_beside = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            state.dispatch(Action::Beside((!value.is_empty()).then_some(value)));
        })
    };
    let beside = state
        .beside()
        .and_then(|id| corpus.documents.iter().find(|d| d.id == id));
    let analysis = &corpus.analysis;
    let selected = state
        .selected()
        .and_then(|id| corpus.documents.iter().find(|d| d.id == id));

    if props.mode.compact() {
        let full_view = (props.mode == Mode::Embed).then(|| {
            let href = gloo::utils::window().location().href().unwrap_or_default();
            AttrValue::from(super::embed::full_view_url(&href, &state.fragment()))
        });
        return html! {
            <CompactBoard
                analysis={corpus.analysis.clone()}
                documents={corpus.documents.clone()}
                state={(*state).clone()}
                {dispatch}
                summary={summary(analysis)}
                {full_view}
            />
        };
    }

    html! {
        <>
            <header class="masthead">
                <h1>{ "Claimscope" }</h1>
                <p class="tagline">{ "What these sources claim, number by number — computed in your browser." }</p>
                <p class="summary" aria-label="Summary">
                    { summary(analysis) }
                </p>
                <EmbedButton />
            </header>
            <LibraryPanel
                taken={corpus.documents.iter().map(|d| d.id.clone()).collect::<Vec<_>>()}
                {on_add}
                on_notice={notify.clone()}
                {on_export_csv}
                {on_export_json}
                {on_save_page}
                {on_reset}
                changed={*corpus.documents != *props.base}
                notices={(*notices).clone()}
            />
            <ComparisonList
                analysis={corpus.analysis.clone()}
                documents={corpus.documents.clone()}
                state={(*state).clone()}
                dispatch={dispatch.clone()}
            />
            <div class="layout">
                <div class="sidebar">
                    <DocumentList
                        documents={corpus.documents.clone()}
                        analysis={corpus.analysis.clone()}
                        selected={state.selected().map(AttrValue::from)}
                        {on_select}
                        {on_remove}
                    />
                    <SpeakerList analysis={corpus.analysis.clone()} />
                </div>
                <main class="reader-pane" id="reader">
                    if corpus.documents.len() > 1 {
                        <label class="beside-picker">{ "Read beside it: " }
                            <select onchange={on_beside}>
                                <option value="" selected={state.beside().is_none()}>{ "no second source" }</option>
                                { for corpus.documents.iter().filter(|d| Some(d.id.as_str()) != state.selected()).map(|d| html! {
                                    <option value={d.id.clone()} selected={state.beside() == Some(d.id.as_str())}>{ &d.title }</option>
                                }) }
                            </select>
                        </label>
                    }
                    <div class={classes!("readers", beside.is_some().then_some("side-by-side"))}>
                        {
                            match selected {
                                Some(document) => html! {
                                    <Reader
                                        document={Rc::new(document.clone())}
                                        analysis={corpus.analysis.clone()}
                                        target={state.target().map(AttrValue::from)}
                                        {on_target_shown}
                                    />
                                },
                                None => html! { <p>{ "No documents to show." }</p> },
                            }
                        }
                        if let Some(document) = beside {
                            <Reader
                                document={Rc::new(document.clone())}
                                analysis={corpus.analysis.clone()}
                                heading_id="beside-title"
                            />
                        }
                    </div>
                </main>
            </div>
        </>
    }
}

fn summary(analysis: &Analysis) -> String {
    let diverging = analysis
        .comparisons
        .iter()
        .filter(|c| c.verdict == crate::analysis::Verdict::Diverge)
        .count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} · {} · {} · {} · {} ({} diverge, {} agree)",
        plural(analysis.documents.len(), "source", "sources"),
        plural(analysis.claims.len(), "claim", "claims"),
        plural(analysis.quantities.len(), "quantity", "quantities"),
        plural(analysis.speakers.len(), "named speaker", "named speakers"),
        plural(analysis.comparisons.len(), "comparison", "comparisons"),
        diverging,
        analysis.comparisons.len() - diverging,
    )
}

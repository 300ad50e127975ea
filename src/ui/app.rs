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
use super::worker::{Background, Update};
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
    fn of(documents: Rc<Vec<Document>>) -> Corpus {
        Corpus {
            analysis: Rc::new(Analysis::of(&documents)),
            documents,
        }
    }

    /// Nothing yet: the first set is still being analysed.
    fn empty() -> Corpus {
        Corpus::of(Rc::new(Vec::new()))
    }
}

/// Sets larger than this are analysed in the background with a progress bar; smaller ones
/// take well under a tenth of a second, less than starting a worker.
const BACKGROUND_BYTES: usize = 256 * 1024;

/// Browsers keep about 5 MB per page in local storage; asking to keep more only fails slowly.
const STORAGE_LIMIT: usize = 5 * 1024 * 1024;

fn is_large(documents: &[Document]) -> bool {
    documents.iter().map(|d| d.text.len()).sum::<usize>() > BACKGROUND_BYTES
}

/// How far the background analysis has come.
#[derive(Clone, PartialEq)]
struct Pending {
    done: f64,
    read: usize,
    of: usize,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let starts_large = is_large(&initial);
    let corpus = use_state(move || {
        if starts_large {
            Corpus::empty()
        } else {
            Corpus::of(initial)
        }
    });
    // The set the reader asked for; ahead of `corpus` while an analysis runs.
    let wanted = use_mut_ref(|| props.initial.clone());
    let pending = use_state(|| None::<Pending>);
    let background = use_memo((), |_| Background::default());
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
    // Analyses a set and shows it when ready: at once when small, else in the background
    // with a progress bar, the previous set staying on screen until then.
    let analyse = {
        let corpus = corpus.clone();
        let state = state.clone();
        let notify = notify.clone();
        let pending = pending.clone();
        let background = background.clone();
        let wanted = wanted.clone();
        Callback::from(
            move |(documents, stored, open): (Rc<Vec<Document>>, String, Option<String>)| {
                *wanted.borrow_mut() = documents.clone();
                let show = {
                    let corpus = corpus.clone();
                    let state = state.clone();
                    let documents = documents.clone();
                    move |analysis: Rc<Analysis>, open: Option<String>| {
                        let ids = documents.iter().map(|d| d.id.clone()).collect();
                        corpus.set(Corpus {
                            documents: documents.clone(),
                            analysis,
                        });
                        state.dispatch(Action::SetDocuments { ids, open });
                    }
                };
                if !is_large(&documents) {
                    background.cancel();
                    pending.set(None);
                    show(Rc::new(Analysis::of(&documents)), open);
                    return;
                }
                pending.set(Some(Pending {
                    done: 0.0,
                    read: 0,
                    of: documents.len(),
                }));
                let listener = {
                    let pending = pending.clone();
                    let notify = notify.clone();
                    let wanted = wanted.clone();
                    let shown = corpus.documents.clone();
                    Callback::from(move |update: Update| match update {
                        Update::Progress { done, read, of } => {
                            pending.set(Some(Pending { done, read, of }));
                        }
                        Update::Done(analysis) => {
                            pending.set(None);
                            show(analysis, open.clone());
                        }
                        Update::Failed(why) => {
                            pending.set(None);
                            *wanted.borrow_mut() = shown.clone();
                            notify.emit(format!(
                                "The analysis could not finish ({why}); the documents shown before are unchanged."
                            ));
                        }
                    })
                };
                background.analyze(documents, stored, listener);
            },
        )
    };
    // The first set, when it is too large to analyse before the page is drawn.
    {
        let analyse = analyse.clone();
        let initial = props.initial.clone();
        use_effect_with((), move |_| {
            if starts_large {
                let stored = library::encode(&initial);
                analyse.emit((initial, stored, None));
            }
        });
    }
    // Replaces the set: keep it in the browser (or say why not), analyse it, update the view.
    let replace = {
        let notify = notify.clone();
        let base = props.base.clone();
        let slot = props.slot.to_string();
        let analyse = analyse.clone();
        Callback::from(move |(documents, open): (Vec<Document>, Option<String>)| {
            let stored = library::encode(&documents);
            if documents == *base {
                browser::clear_stored(&slot);
            } else if stored.len() > STORAGE_LIMIT {
                notify.emit(format!(
                    "Your documents are shown but not kept: at {:.0} MB they are more than a browser keeps for a page (about 5 MB). They stay until you close this page; download the JSON or save a page to keep them.",
                    stored.len() as f64 / 1e6
                ));
            } else if let Err(why) = browser::store(&slot, &stored) {
                notify.emit(format!(
                    "Your documents are shown but not kept: {why}. They stay until you close this page; download the JSON or save a page to keep them."
                ));
            }
            analyse.emit((Rc::new(documents), stored, open));
        })
    };
    let on_add = {
        let wanted = wanted.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        Callback::from(move |added: Vec<library::Added>| {
            let mut documents = (**wanted.borrow()).clone();
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
        let wanted = wanted.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        Callback::from(move |id: String| {
            let mut documents = (**wanted.borrow()).clone();
            let Some(at) = documents.iter().position(|d| d.id == id) else {
                return;
            };
            let removed = documents.remove(at);
            notify.emit(format!("Removed “{}”.", removed.title));
            replace.emit((documents, None));
        })
    };
    let on_edit = {
        let wanted = wanted.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        Callback::from(move |(id, details): (String, library::Details)| {
            let mut documents = (**wanted.borrow()).clone();
            let Some(document) = documents.iter_mut().find(|d| d.id == id) else {
                return;
            };
            match library::edited(document, &details) {
                Ok(edited) => {
                    notify.emit(format!("Saved the details of “{}”.", edited.title));
                    *document = edited;
                    replace.emit((documents, Some(id)));
                }
                Err(why) => notify.emit(why),
            }
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
            if let Some(pending) = &*pending {
                { analysing(pending) }
            }
            <LibraryPanel
                taken={wanted.borrow().iter().map(|d| d.id.clone()).collect::<Vec<_>>()}
                documents={wanted.borrow().clone()}
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
                        {on_edit}
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
                                        documents={corpus.documents.clone()}
                                        id={document.id.clone()}
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
                                documents={corpus.documents.clone()}
                                id={document.id.clone()}
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

/// The progress bar of a background analysis. Its words change in tenths, so that a screen
/// reader is not flooded; the bar itself moves continuously.
fn analysing(pending: &Pending) -> Html {
    let percent = (pending.done * 100.0).clamp(0.0, 100.0);
    let what = if pending.of == 1 {
        "1 document".to_owned()
    } else {
        format!("{} documents", pending.of)
    };
    let stage = if pending.read < pending.of {
        format!("reading {what}")
    } else {
        format!("comparing {what}")
    };
    html! {
        <div class="analysing" role="status">
            <label for="analysis-progress">
                { format!("Analysing in the background: {stage}, {}% done. The page stays usable.", (percent / 10.0).floor() * 10.0) }
            </label>
            <progress id="analysis-progress" max="100" value={format!("{percent:.0}")}>
                { format!("{percent:.0}%") }
            </progress>
        </div>
    }
}

fn summary(analysis: &Analysis) -> String {
    let diverging = analysis
        .comparisons
        .iter()
        .filter(|c| c.verdict == crate::claims::Verdict::Diverge)
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

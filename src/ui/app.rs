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
use super::state::{Action, SetChange, State};
use super::worker::{Background, Update};
use crate::claims::Correction;
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
    /// A newsroom's choices for its embed (cards, title, intro).
    #[prop_or_default]
    pub embed_options: super::embed::EmbedOptions,
    /// The reader's corrections kept from before (browser storage, or the saved page's own),
    /// applied when the link names none.
    #[prop_or_default]
    pub corrections: Vec<Correction>,
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

/// The history state of entries the page pushed, so that "Back to the board" knows whether
/// the browser's Back would stay on this page.
pub(crate) const HISTORY_MARK: &str = "claimscope-view";

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
    let kept = props.corrections.clone();
    let state = use_reducer(move || {
        State::new(documents.iter().map(|d| d.id.clone()).collect())
            .restored(&fragment)
            .reduce(Action::KeptCorrections(kept))
    });
    // The board as the reader corrected it: the core applies the corrections to the
    // machine's analysis (the views draw what it gives, as for any analysis).
    let shown = use_memo(
        (
            corpus.analysis.clone(),
            corpus.documents.clone(),
            state.corrections().to_vec(),
        ),
        |(analysis, documents, corrections)| {
            if corrections.is_empty() {
                analysis.clone()
            } else {
                Rc::new((**analysis).clone().corrected(documents, corrections))
            }
        },
    );
    let shown: Rc<Analysis> = (*shown).clone();
    // The corrections are kept in the browser beside the set (a link carries them too).
    {
        let slot = corrections_slot(&props.slot);
        let writes = props.mode.writes_url();
        use_effect_with(state.corrections().to_vec(), move |corrections| {
            if !writes {
                return;
            }
            if corrections.is_empty() {
                browser::clear_stored(&slot);
            } else if let Ok(json) = serde_json::to_string(corrections) {
                let _ = browser::store(&slot, &json);
            }
        });
    }
    // The view lives in the URL fragment, so that a link reopens it (no request is made).
    // Opening a document or jumping from the board into the reader is a step in the
    // browser's history, so that Back returns to the board; filters only replace the entry.
    let writes_url = props.mode.writes_url();
    let written = use_mut_ref(String::new);
    {
        let written = written.clone();
        use_effect_with(state.fragment(), move |fragment| {
            if !writes_url {
                return;
            }
            let before = std::mem::replace(&mut *written.borrow_mut(), fragment.clone());
            if before == *fragment {
                return;
            }
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let url = format!("#{fragment}");
                let _ = if super::state::is_navigation(&before, fragment) {
                    history.push_state_with_url(&HISTORY_MARK.into(), "", Some(&url))
                } else {
                    // Keep the mark: a filter typed after a jump does not lose the way back.
                    let mark = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                    history.replace_state_with_url(&mark, "", Some(&url))
                };
            }
        });
    }
    // Back and Forward: show the view the fragment names, and bring the board back into
    // sight when the step undone was a jump from it into the reader.
    {
        let state = state.clone();
        let written = written.clone();
        use_effect_with(writes_url, move |writes_url| {
            // The page places the view itself on Back: the browser's own restoring would put
            // the reader back where a jump had scrolled it, not at the board.
            if *writes_url && let Ok(history) = gloo::utils::window().history() {
                let _ =
                    js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
            }
            let listener = writes_url.then(|| {
                let on_pop = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                    let fragment = gloo::utils::window().location().hash().unwrap_or_default();
                    let fragment = fragment.trim_start_matches('#').to_owned();
                    browser::scroll_to_board();
                    *written.borrow_mut() = fragment.clone();
                    state.dispatch(Action::Restore(fragment));
                });
                let window = gloo::utils::window();
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    wasm_bindgen::JsCast::unchecked_ref(on_pop.as_ref()),
                );
                on_pop
            });
            move || {
                if let Some(on_pop) = listener {
                    let _ = gloo::utils::window().remove_event_listener_with_callback(
                        "popstate",
                        wasm_bindgen::JsCast::unchecked_ref(on_pop.as_ref()),
                    );
                }
            }
        });
    }
    // The status line says what the last action did: each action clears it first, so that
    // an earlier refusal since put right goes and the log never pushes the board down.
    // The list as it is now: several messages may arrive before the page draws again.
    let current_notices = use_mut_ref(|| props.notices.clone());
    let notify = {
        let notices = notices.clone();
        let current_notices = current_notices.clone();
        Callback::from(move |message: String| {
            let mut next = current_notices.borrow_mut();
            next.push(message);
            let excess = next.len().saturating_sub(6);
            next.drain(..excess);
            notices.set(next.clone());
        })
    };
    // The set before the last Remove or Reset, so that either can be undone.
    let undo = use_state(|| None::<Rc<Vec<Document>>>);
    let clear_notices = {
        let notices = notices.clone();
        let undo = undo.clone();
        Callback::from(move |()| {
            undo.set(None);
            current_notices.borrow_mut().clear();
            notices.set(Vec::new());
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
    // Adding, removing, editing or resetting documents: the reducer says what the set becomes
    // and what to tell the reader; the page keeps and analyses it.
    let change_set = {
        let wanted = wanted.clone();
        let replace = replace.clone();
        let notify = notify.clone();
        let base = props.base.clone();
        let clear_notices = clear_notices.clone();
        let undo = undo.clone();
        Callback::from(move |change: SetChange| {
            // Each action but an addition starts the status line afresh (the panel does so
            // for additions, before its files' warnings); Remove and Reset can be undone.
            let before = wanted.borrow().clone();
            if !matches!(change, SetChange::Add(_)) {
                clear_notices.emit(());
            }
            let undoable = matches!(change, SetChange::Remove(_) | SetChange::Reset);
            let changed = change.apply(&before[..], &base);
            for notice in changed.notices {
                notify.emit(notice);
            }
            if let Some(documents) = changed.documents {
                if undoable {
                    undo.set(Some(before));
                }
                replace.emit((documents, changed.open));
            }
        })
    };
    let on_add = change_set.reform(SetChange::Add);
    let on_remove = change_set.reform(SetChange::Remove);
    let on_edit = change_set.reform(|(id, details)| SetChange::Edit(id, details));
    let on_reset = change_set.reform(|()| SetChange::Reset);
    let on_undo = undo.as_ref().map(|before| {
        let before = before.clone();
        let clear_notices = clear_notices.clone();
        let notify = notify.clone();
        let replace = replace.clone();
        Callback::from(move |()| {
            clear_notices.emit(());
            notify.emit(format!("Undone: the {} articles are back.", before.len()));
            replace.emit(((*before).clone(), None));
        })
    });
    let on_export_csv = {
        let clear_notices = clear_notices.clone();
        let shown = shown.clone();
        let notify = notify.clone();
        Callback::from(move |()| {
            clear_notices.emit(());
            // A byte-order mark, so that spreadsheets read the file as UTF-8.
            let csv = format!("\u{feff}{}", shown.to_csv());
            if let Err(why) = browser::download("claimscope.csv", "text/csv;charset=utf-8", &csv) {
                notify.emit(why);
            }
        })
    };
    let on_export_json = {
        let clear_notices = clear_notices.clone();
        let corpus = corpus.clone();
        let shown = shown.clone();
        let notify = notify.clone();
        Callback::from(move |()| {
            clear_notices.emit(());
            let analysis = (*shown).clone().with_texts(&corpus.documents);
            let json = super::json::pretty(&serde_json::to_string(&analysis).unwrap_or_default());
            if let Err(why) = browser::download("claimscope.json", "application/json", &json) {
                notify.emit(why);
            }
        })
    };
    let on_save_page = {
        let clear_notices = clear_notices.clone();
        let corpus = corpus.clone();
        let corrections = state.corrections().to_vec();
        let notify = notify.clone();
        Callback::from(move |()| {
            clear_notices.emit(());
            match browser::page_source() {
            Some(page) => {
                // The reader's corrections go with the articles, so the saved page opens on
                // the corrected board.
                let corrections = (!corrections.is_empty())
                    .then(|| serde_json::to_string(&corrections).unwrap_or_default());
                let saved = library::with_corpus_and_corrections(
                    &page,
                    &corpus.documents,
                    corrections.as_deref(),
                );
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
    let analysis = &shown;
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
                analysis={shown.clone()}
                documents={corpus.documents.clone()}
                state={(*state).clone()}
                {dispatch}
                summary={summary(analysis)}
                {full_view}
                options={props.embed_options.clone()}
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
                <p class="start-here">
                    { "Start with the board below: each card is one figure several articles state. " }
                    <strong>{ "▲ Diverge" }</strong>{ " means their figures cannot all be right; " }
                    <strong>{ "● Agree" }</strong>{ " means they fit together. Click a row to read the sentence it comes from, and ask who said it." }
                </p>
                <EmbedButton
                    documents={corpus.documents.clone()}
                    own_set={*corpus.documents != *props.base || !state.corrections().is_empty()}
                    corrections={(!state.corrections().is_empty()).then(|| AttrValue::from(serde_json::to_string(state.corrections()).unwrap_or_default()))}
                />
            </header>
            if let Some(pending) = &*pending {
                { analysing(pending) }
            }
            <LibraryPanel
                taken={wanted.borrow().iter().map(|d| d.id.clone()).collect::<Vec<_>>()}
                documents={wanted.borrow().clone()}
                {on_add}
                on_notice={notify.clone()}
                on_clear_notices={clear_notices.clone()}
                {on_export_csv}
                {on_export_json}
                {on_save_page}
                {on_reset}
                changed={*corpus.documents != *props.base}
                notices={(*notices).clone()}
                {on_undo}
            />
            <ComparisonList
                analysis={shown.clone()}
                documents={corpus.documents.clone()}
                state={(*state).clone()}
                dispatch={dispatch.clone()}
            />
            <div class="layout">
                <div class="sidebar">
                    <DocumentList
                        documents={corpus.documents.clone()}
                        analysis={shown.clone()}
                        selected={state.selected().map(AttrValue::from)}
                        {on_select}
                        {on_remove}
                        {on_edit}
                    />
                    <SpeakerList analysis={shown.clone()} dispatch={dispatch.clone()} />
                </div>
                <main class="reader-pane" id="reader">
                    <button type="button" class="to-board" onclick={Callback::from(|_: MouseEvent| browser::back_to_board())}>
                        { "↑ Back to the board" }
                    </button>
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
                                        analysis={shown.clone()}
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
                                analysis={shown.clone()}
                                heading_id="beside-title"
                            />
                        }
                    </div>
                </main>
            </div>
        </>
    }
}

/// Where the reader's corrections of this page's set are kept in the browser.
pub(crate) fn corrections_slot(slot: &str) -> String {
    format!("{slot}:corrections")
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

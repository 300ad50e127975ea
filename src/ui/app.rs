//! The page: a summary, where the sources agree or diverge, the list of documents, and the
//! reader.

use std::rc::Rc;

use yew::prelude::*;

use super::comparison_list::ComparisonList;
use super::document_list::DocumentList;
use super::reader::Reader;
use super::speaker_list::SpeakerList;
use super::state::{Action, State};
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub documents: Rc<Vec<Document>>,
    pub analysis: Rc<Analysis>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let documents = props.documents.clone();
    let state = use_reducer(move || State::new(documents.iter().map(|d| d.id.clone()).collect()));
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
        .and_then(|id| props.documents.iter().find(|d| d.id == id));
    let analysis = &props.analysis;
    let selected = state
        .selected()
        .and_then(|id| props.documents.iter().find(|d| d.id == id));

    html! {
        <>
            <header class="masthead">
                <h1>{ "Claimscope" }</h1>
                <p class="tagline">{ "What these sources claim, number by number — computed in your browser." }</p>
                <p class="summary" aria-label="Summary">
                    { summary(analysis) }
                </p>
            </header>
            <ComparisonList
                analysis={props.analysis.clone()}
                documents={props.documents.clone()}
                state={(*state).clone()}
                dispatch={dispatch.clone()}
            />
            <div class="layout">
                <div class="sidebar">
                    <DocumentList
                        documents={props.documents.clone()}
                        analysis={props.analysis.clone()}
                        selected={state.selected().map(AttrValue::from)}
                        {on_select}
                    />
                    <SpeakerList analysis={props.analysis.clone()} />
                </div>
                <main class="reader-pane" id="reader">
                    if props.documents.len() > 1 {
                        <label class="beside-picker">{ "Read beside it: " }
                            <select onchange={on_beside}>
                                <option value="" selected={state.beside().is_none()}>{ "no second source" }</option>
                                { for props.documents.iter().filter(|d| Some(d.id.as_str()) != state.selected()).map(|d| html! {
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
                                        analysis={props.analysis.clone()}
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
                                analysis={props.analysis.clone()}
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

//! The compact, board-first layout of an embed (`?embed`) and of a board mounted by the
//! JavaScript API: no masthead, no own-articles panel, no reader; a one-line summary, a link to
//! the full view (embeds only), and cards whose reasons and sentences fold away until opened.

use std::rc::Rc;

use yew::prelude::*;

use super::comparison_list::ComparisonList;
use super::state::{Action, State};
use crate::claims::ComparisonRecord;
use crate::wording::SourceName;
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct CompactBoardProps {
    pub analysis: Rc<Analysis>,
    pub documents: Rc<Vec<Document>>,
    pub state: State,
    pub dispatch: Callback<Action>,
    /// The one-line summary of the analysis.
    pub summary: AttrValue,
    /// Where the full view of this page is (embeds only): opened in a new tab, never in the
    /// host page.
    pub full_view: Option<AttrValue>,
}

#[component]
pub fn CompactBoard(props: &CompactBoardProps) -> Html {
    let board = html! {
        <ComparisonList
            analysis={props.analysis.clone()}
            documents={props.documents.clone()}
            state={props.state.clone()}
            dispatch={props.dispatch.clone()}
            compact=true
        />
    };
    match &props.full_view {
        // An embed is a page of its own (in its iframe): one main landmark and a heading.
        Some(url) => html! {
            <main class="compact">
                <div class="compact-bar">
                    <h1 class="compact-name">{ "Claimscope" }</h1>
                    <span class="compact-summary" aria-label="Summary">{ props.summary.clone() }</span>
                    <a class="full-view" href={url.clone()} target="_blank" rel="noopener">
                        { "Open full view" }<span class="visually-hidden">{ " (opens a new tab)" }</span>
                    </a>
                </div>
                { board }
            </main>
        },
        // Mounted in someone else's page, which has its own landmarks and headings.
        None => html! {
            <div class="compact">
                <p class="compact-bar">
                    <span class="compact-name">{ "Claimscope" }</span>
                    <span class="compact-summary" aria-label="Summary">{ props.summary.clone() }</span>
                </p>
                { board }
            </div>
        },
    }
}

/// The folded part of a compact card: a toggle, and once open, why and each source's sentence.
/// A card is open while its comparison is the selected one (a plot row opens it too).
pub fn fold(
    analysis: &Analysis,
    comparison: &ComparisonRecord,
    open: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let panel_id = format!("{}-more", comparison.id);
    let onclick = {
        let dispatch = dispatch.clone();
        let id = comparison.id.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(if open {
                Action::CloseComparison
            } else {
                Action::SelectComparison(id.clone())
            })
        })
    };
    html! {
        <>
            <button type="button" class="fold-toggle" aria-expanded={open.to_string()} aria-controls={panel_id.clone()} {onclick}>
                { if open { "Hide why and the sentences" } else { "Why? Show the sentences" } }
            </button>
            if open {
                <div class="fold" id={panel_id}>
                    <p class="why"><span class="why-label">{ "Why? " }</span>{ &comparison.why }</p>
                    <ul class="sentences">
                        { for comparison.members.iter().map(|m| {
                            let sentence = analysis.claim(&m.claim).map(|c| c.text.trim().to_owned()).unwrap_or_default();
                            let source = analysis.document(&m.doc).map_or(m.doc.clone(), |d| SourceName::from(d).short());
                            html! {
                                <li key={format!("{}-{}", m.claim, m.quantity.clone().unwrap_or_default())}>
                                    <q>{ sentence }</q>
                                    <span class="member-who">{ format!(" — {}, {source}", m.who()) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </>
    }
}

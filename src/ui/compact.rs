//! The compact, board-first layout of an embed (`?embed`) and of a board mounted by the
//! JavaScript API: no masthead, no own-articles panel, no reader; a one-line summary, a link to
//! the full view (embeds only), and cards whose reasons and sentences fold away until opened
//! (the fold is part of the card, in `comparison_list`).

use std::rc::Rc;

use yew::prelude::*;

use super::comparison_list::ComparisonList;
use super::state::{Action, State};
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
    /// The newsroom's choices: how many cards, its own title and intro line.
    #[prop_or_default]
    pub options: super::embed::EmbedOptions,
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
            limit={props.options.cards}
        />
    };
    let total = props.analysis.comparisons.len();
    let cut = props.options.cards.is_some_and(|n| n < total);
    let name = props
        .options
        .title
        .clone()
        .unwrap_or_else(|| "Claimscope".to_owned());
    match &props.full_view {
        // An embed is a page of its own (in its iframe): one main landmark and a heading.
        Some(url) => html! {
            <main class="compact">
                <div class="compact-bar">
                    <h1 class="compact-name">{ name }</h1>
                    if let Some(intro) = &props.options.intro {
                        <p class="compact-intro">{ intro }</p>
                    }
                    <span class="compact-summary" aria-label="Summary">{ props.summary.clone() }</span>
                    <a class="full-view" href={url.clone()} target="_blank" rel="noopener">
                        { "Open full view" }<span class="visually-hidden">{ " (opens a new tab)" }</span>
                    </a>
                </div>
                { board }
                if cut {
                    <p class="show-all">
                        <a class="show-all-link" href={url.clone()} target="_blank" rel="noopener">
                            { format!("Show all {total} comparisons") }<span class="visually-hidden">{ " (opens a new tab)" }</span>
                        </a>
                    </p>
                }
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

//! Above the board: how many corrections the reader made, with undo (the last, or all: the
//! machine's board again), the notes of corrections that no longer apply, and "Start a
//! comparison" from values the reader picks.

use std::rc::Rc;

use yew::prelude::*;

use super::card_tools::{correction, value_name};
use super::state::Action;
use crate::Analysis;
use crate::claims::CorrectionKind;

#[derive(Properties, PartialEq)]
pub struct CorrectionsBarProps {
    /// The analysis as corrected.
    pub analysis: Rc<Analysis>,
    /// How many corrections the reader made.
    pub count: usize,
    /// Corrections that were not applied, in plain words.
    pub notes: Vec<String>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn CorrectionsBar(props: &CorrectionsBarProps) -> Html {
    let starting = use_state_eq(|| false);
    let picker = use_node_ref();
    let dispatch = props.dispatch.clone();
    let on_undo = dispatch.reform(|_: MouseEvent| Action::UndoCorrection);
    let on_undo_all = dispatch.reform(|_: MouseEvent| Action::ClearCorrections);
    let on_start = {
        let starting = starting.clone();
        Callback::from(move |_: MouseEvent| starting.set(!*starting))
    };
    let on_compare = {
        let analysis = props.analysis.clone();
        let picker = picker.clone();
        let starting = starting.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(select) = picker.cast::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let options = select.selected_options();
            let values: Vec<_> = (0..options.length())
                .filter_map(|i| options.item(i))
                .filter_map(|o| analysis.value_ref(&o.get_attribute("value")?))
                .collect();
            if values.len() >= 2 {
                starting.set(false);
                dispatch.emit(Action::Correct(correction(
                    CorrectionKind::Group,
                    values,
                    None,
                )));
            }
        })
    };
    let analysis = &props.analysis;
    html! {
        <div class="corrections-bar">
            if props.count > 0 {
                <p class="corrections-status" role="status">
                    { format!("{} {} by you. ", props.count, if props.count == 1 { "correction" } else { "corrections" }) }
                    <button type="button" class="undo-correction" onclick={on_undo}>{ "Undo the last correction" }</button>
                    { " " }
                    <button type="button" class="undo-all-corrections" onclick={on_undo_all}>{ "Undo all: the machine's board" }</button>
                </p>
            }
            { for props.notes.iter().map(|note| html! { <p class="correction-note">{ note }</p> }) }
            if !analysis.quantities.is_empty() {
                <button type="button" class="start-comparison" aria-expanded={if *starting { "true" } else { "false" }} onclick={on_start}>
                    { "Start a comparison…" }
                </button>
            }
            if *starting {
                <div class="start-panel">
                    <label for="start-values">{ "Pick two values or more (Ctrl or ⌘ to pick several):" }</label>
                    <select id="start-values" ref={picker} multiple=true size="8">
                        { for analysis.quantities.iter().take(1000).map(|q| html! {
                            <option value={q.id.clone()}>{ value_name(analysis, q) }</option>
                        }) }
                    </select>
                    <button type="button" class="compare-chosen" onclick={on_compare}>{ "Compare the chosen values" }</button>
                </div>
            }
        </div>
    }
}

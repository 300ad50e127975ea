//! Where the sources agree or diverge: one card per comparison, with who says what in which
//! source, the verdict in words (never in colour alone), and why.

use std::rc::Rc;

use yew::prelude::*;

use crate::Analysis;
use crate::analysis::{ComparisonRecord, Verdict};

#[derive(Properties, PartialEq)]
pub struct ComparisonListProps {
    pub analysis: Rc<Analysis>,
    /// Opens a document in the reader.
    pub on_open: Callback<String>,
}

#[component]
pub fn ComparisonList(props: &ComparisonListProps) -> Html {
    let analysis = &props.analysis;
    html! {
        <section class="comparisons" aria-labelledby="comparisons-heading">
            <h2 id="comparisons-heading">{ "Where sources agree or diverge" }</h2>
            if analysis.comparisons.is_empty() {
                <p>{ "No two sources state the same quantity." }</p>
            } else {
                <ul>
                    { for analysis.comparisons.iter().map(|c| card(analysis, c, &props.on_open)) }
                </ul>
            }
            if !analysis.reuse.is_empty() {
                <h3>{ "Shared text" }</h3>
                <ul class="reuse">
                    { for analysis.reuse.iter().map(|r| html! { <li key={r.docs.join("+")}>{ &r.why }</li> }) }
                </ul>
            }
        </section>
    }
}

fn card(analysis: &Analysis, comparison: &ComparisonRecord, on_open: &Callback<String>) -> Html {
    let (verdict, class) = match comparison.verdict {
        Verdict::Agree => ("Agree", "verdict agree"),
        Verdict::Diverge => ("Diverge", "verdict diverge"),
    };
    let heading_id = format!("{}-label", comparison.id);
    html! {
        <li key={comparison.id.clone()} class="comparison" id={comparison.id.clone()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <span class={class}>{ verdict }</span>{ " " }{ &comparison.label }
            </h3>
            <ul class="members">
                { for comparison.members.iter().map(|m| {
                    let title = analysis
                        .documents
                        .iter()
                        .find(|d| d.id == m.doc)
                        .map_or(m.doc.clone(), |d| d.title.clone());
                    let who = match (&m.speaker, &m.via) {
                        (Some(s), Some(v)) => format!("{s} (via {v})"),
                        (Some(s), None) => s.clone(),
                        (None, _) => "the article itself".to_owned(),
                    };
                    let open = {
                        let on_open = on_open.clone();
                        let doc = m.doc.clone();
                        Callback::from(move |_: MouseEvent| on_open.emit(doc.clone()))
                    };
                    html! {
                        <li key={m.claim.clone()}>
                            <span class="member-value">{ &m.value }</span>
                            <span class="member-who">{ format!(" — {who}") }</span>
                            if !m.qualifiers.is_empty() {
                                <span class="member-when">{ format!(" ({})", m.qualifiers.join(", ")) }</span>
                            }
                            <button type="button" class="open" onclick={open}>{ format!("Read in “{title}”") }</button>
                        </li>
                    }
                }) }
            </ul>
            <p class="why">{ &comparison.why }</p>
        </li>
    }
}

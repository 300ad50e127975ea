//! Where the sources agree or diverge: one card per comparison, with who says what in which
//! source, the verdict in words (never in colour alone), and why.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::{ComparisonRecord, ReuseRecord, TextSpan, Verdict};
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct ComparisonListProps {
    pub analysis: Rc<Analysis>,
    /// The texts, to show reused passages side by side.
    pub documents: Rc<Vec<Document>>,
    /// Opens a document in the reader.
    pub on_open: Callback<String>,
}

#[component]
pub fn ComparisonList(props: &ComparisonListProps) -> Html {
    let analysis = &props.analysis;
    // Each flagged pair once: "A / B: why".
    let mut discrepancies: Vec<(String, String)> = Vec::new();
    for speaker in &analysis.speakers {
        for other in &speaker.possibly_same_as {
            let Some(name) = analysis.speakers.iter().find(|s| s.id == other.speaker) else {
                continue;
            };
            let key = if speaker.id < other.speaker {
                format!("{}+{}", speaker.id, other.speaker)
            } else {
                format!("{}+{}", other.speaker, speaker.id)
            };
            if !discrepancies.iter().any(|(k, _)| *k == key) {
                discrepancies.push((
                    key,
                    format!("{} / {}: {}", speaker.name, name.name, other.why),
                ));
            }
        }
    }
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
                    { for analysis.reuse.iter().map(|r| reuse(r, &props.documents)) }
                </ul>
            }
            if !analysis.attribution_divergences.is_empty() {
                <h3>{ "Who is credited" }</h3>
                <ul class="credits">
                    { for analysis.attribution_divergences.iter().enumerate().map(|(i, d)| html! { <li key={i}>{ &d.why }</li> }) }
                </ul>
            }
            if !discrepancies.is_empty() {
                <h3>{ "Names that may be one person" }</h3>
                <ul class="names">
                    { for discrepancies.iter().map(|(key, why)| html! { <li key={key.clone()}>{ why }</li> }) }
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

/// One pair of documents that share text, with the passages side by side on demand.
fn reuse(record: &ReuseRecord, documents: &[Document]) -> Html {
    let quote = |span: &TextSpan| {
        let document = documents.iter().find(|d| d.id == span.doc);
        let text = document
            .and_then(|d| d.text.get(span.start..span.end))
            .unwrap_or_default()
            .to_owned();
        let title = document.map_or(span.doc.clone(), |d| d.title.clone());
        html! {
            <figure class="passage">
                <blockquote>{ text }</blockquote>
                <figcaption>{ title }</figcaption>
            </figure>
        }
    };
    html! {
        <li key={record.docs.join("+")}>
            <details>
                <summary>{ &record.why }</summary>
                { for record.passages.iter().map(|p| html! {
                    <div class="passage-pair">{ quote(&p.a) }{ quote(&p.b) }</div>
                }) }
            </details>
        </li>
    }
}

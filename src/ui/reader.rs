//! One document's text with every quantity highlighted; hover or focus shows its value.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::QuantityRecord;
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub document: Rc<Document>,
    pub analysis: Rc<Analysis>,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let document = &props.document;
    let quantities: Vec<&QuantityRecord> = props.analysis.quantities_of(&document.id).collect();
    let meta = [document.outlet.as_deref(), document.date.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");

    html! {
        <article class="reader" aria-labelledby="reader-title">
            <h2 id="reader-title">{ &document.title }</h2>
            if !meta.is_empty() {
                <p class="reader-meta">{ meta }</p>
            }
            <p class="legend">
                <mark class="quantity legend-swatch">{ "12%" }</mark>
                { format!(" marks a quantity ({} in this document). Hover over it or focus it with Tab to see its value.", quantities.len()) }
            </p>
            <div class="document-text">{ highlighted(&document.text, &quantities) }</div>
        </article>
    }
}

/// The text as a sequence of plain runs and highlighted quantities. Quantities come in text
/// order and never overlap; one that would is shown as plain text rather than garbled.
fn highlighted(text: &str, quantities: &[&QuantityRecord]) -> Html {
    let mut parts = Vec::with_capacity(quantities.len() * 2 + 1);
    let mut at = 0;
    for quantity in quantities {
        if quantity.start < at || quantity.end > text.len() {
            continue;
        }
        parts.push(html! { { &text[at..quantity.start] } });
        let tip_id = format!("tip-{}", quantity.id);
        parts.push(html! {
            <span class="quantity-wrap" key={quantity.id.clone()}>
                <mark class="quantity" tabindex="0" id={quantity.id.clone()} aria-describedby={tip_id.clone()}>
                    { &text[quantity.start..quantity.end] }
                </mark>
                <span class="tip" role="tooltip" id={tip_id}>{ quantity.describe() }</span>
            </span>
        });
        at = quantity.end;
    }
    parts.push(html! { { &text[at..] } });
    parts.into_iter().collect::<Html>()
}

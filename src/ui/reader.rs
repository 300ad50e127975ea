//! One document's text with every quantity, value stated in words and named source
//! highlighted; hover or focus on a value shows what it means, who the text gives it to, why it
//! was read so, and the comparison it belongs to. A comparison row brings its value into view.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::parts::{part_of, parts};
use crate::claims::{ClaimRecord, ComparisonRecord, QuantityRecord, Region, RegionSpan, Verdict};
use crate::wording::{self, SourceName};
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The whole set (shared, never copied) and the one to show.
    pub documents: Rc<Vec<Document>>,
    pub id: AttrValue,
    pub analysis: Rc<Analysis>,
    /// The id of a highlight to scroll to and focus, once.
    #[prop_or_default]
    pub target: Option<AttrValue>,
    #[prop_or_default]
    pub on_target_shown: Callback<()>,
    /// The id of the document's heading: two readers side by side need two.
    #[prop_or(AttrValue::Static("reader-title"))]
    pub heading_id: AttrValue,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let analysis = &props.analysis;
    let documents = props.documents.clone();
    // What takes a pass over a long document's text or records (its parts, regions and
    // quantity count) is worked out once per document and analysis, not at every render.
    let prepared = use_memo(
        (documents, props.id.clone(), analysis.clone()),
        |(documents, id, analysis)| {
            documents.iter().find(|d| d.id == id.as_str()).map(|d| {
                let highlights = highlight_starts(analysis, id);
                let quantity_count = analysis.quantities_of(id).count();
                // Page furniture to dim, as the analysis found it.
                let dimmed: Vec<RegionSpan> = analysis
                    .regions_of(id.as_str())
                    .unwrap_or_default()
                    .iter()
                    .filter(|r| matches!(r.region, Region::Boilerplate | Region::Teaser))
                    .copied()
                    .collect();
                (parts(&d.text, &highlights), dimmed, quantity_count)
            })
        },
    );
    let chosen_part = use_state_eq(|| 0usize);
    {
        let chosen_part = chosen_part.clone();
        use_effect_with(props.id.clone(), move |_| chosen_part.set(0));
    }
    let document = props.documents.iter().find(|d| d.id == props.id.as_str());
    // A highlight to bring into view shows its own part.
    let part = prepared.as_ref().as_ref().map_or(0, |(parts, _, _)| {
        props
            .target
            .as_deref()
            .and_then(|target| target_offset(analysis, target))
            .map_or(*chosen_part, |offset| part_of(parts, offset))
            .min(parts.len() - 1)
    });
    {
        let on_shown = props.on_target_shown.clone();
        let chosen_part = chosen_part.clone();
        use_effect_with(
            (props.target.clone(), props.id.clone(), part),
            move |(target, _, part)| {
                if let Some(id) = target
                    && let Some(element) = gloo::utils::document().get_element_by_id(id)
                {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                        let _ = element.focus();
                    }
                    chosen_part.set(*part);
                    on_shown.emit(());
                }
            },
        );
    }
    let (Some(document), Some((parts, dimmed, quantity_count))) = (document, prepared.as_ref())
    else {
        return html! { <p>{ "No documents to show." }</p> };
    };
    let range = parts[part].clone();
    let meta = SourceName::from(document).meta();
    let marks = marks(analysis, &document.id, &range);
    let comparisons = &analysis.comparisons;
    let pager = |place: &'static str| {
        if parts.len() < 2 {
            return html! {};
        }
        let go = |to: usize| {
            let chosen_part = chosen_part.clone();
            Callback::from(move |_: MouseEvent| chosen_part.set(to))
        };
        html! {
            <nav class="pager" aria-label={format!("Parts of the document ({place})")}>
                <button type="button" disabled={part == 0} onclick={go(part.saturating_sub(1))}>{ "← Previous part" }</button>
                <span>{ format!(" Part {} of {} ", part + 1, parts.len()) }</span>
                <button type="button" disabled={part + 1 == parts.len()} onclick={go(part + 1)}>{ "Next part →" }</button>
            </nav>
        }
    };
    let attributed = analysis
        .claims_of(&document.id)
        .filter(|c| c.speaker.is_some())
        .count();
    // The legend's examples come from this document, so that each style is seen on its own
    // words first; a kind this text lacks is described in words instead.
    let words = |start: usize, end: usize| document.text.get(start..end).map(str::to_owned);
    let example_quantity = analysis
        .quantities_of(&document.id)
        .next()
        .map(|q| q.text.clone());
    let example_speaker = analysis
        .claims_of(&document.id)
        .find_map(|c| c.speaker_mention.and_then(|m| words(m.start, m.end)));
    let example_cue = analysis
        .claims_of(&document.id)
        .find_map(|c| c.cue.clone().filter(|cue| cue.len() > 1));
    let example_implicit = analysis
        .claims_of(&document.id)
        .find_map(|c| c.implicit.as_ref().and_then(|i| words(i.start, i.end)));
    let swatch =
        |example: Option<String>, class: &'static str, fallback: &'static str| match example {
            Some(text) => html! { <span class={classes!(class, "legend-swatch")}>{ text }</span> },
            None => html! { <span class="legend-none">{ fallback }</span> },
        };

    html! {
        <article class="reader" aria-labelledby={props.heading_id.clone()}>
            <h2 id={props.heading_id.clone()}>{ &document.title }</h2>
            if !meta.is_empty() {
                <p class="reader-meta">{ meta }</p>
            }
            <p class="legend">
                { swatch(example_quantity, "quantity-swatch", "(none here)") }
                { format!(" a quantity ({quantity_count} here; hover or Tab to one to see its value and who said it) · ") }
                { swatch(example_speaker, "speaker-mention", "(none here)") }
                { format!(" a source the text names ({attributed} attributed sentences) · ") }
                { swatch(example_cue, "cue", "(none here)") }
                { " the words that attribute it · " }
                { swatch(example_implicit, "implicit-swatch", "(none here)") }
                { " a value stated in words, boxed with a dashed line · " }
                <span class="dim legend-swatch">{ "grey text" }</span>
                { " page furniture (menus, bylines, related links)" }
            </p>
            { pager("top") }
            <div class="document-text">{ highlighted(&document.text, range, &marks, comparisons, dimmed) }</div>
            { pager("bottom") }
        </article>
    }
}

/// Something highlighted in the text.
struct Mark<'a> {
    start: usize,
    end: usize,
    kind: MarkKind<'a>,
}

enum MarkKind<'a> {
    Quantity(&'a QuantityRecord, Option<&'a ClaimRecord>),
    /// A value stated in words ("the gap has closed").
    Implicit(&'a ClaimRecord),
    Speaker(&'a ClaimRecord),
    /// The reporting verb or phrase that attributes a claim.
    Cue(&'a ClaimRecord),
}

/// Where the document's highlights start, in order, for cutting it into parts. A claim's
/// highlights (a value in words, its source's name, its cue) are counted at its start (its
/// sentence's, or its clause's when the sentence holds two reports): parts only need to know how many fall where, and so the starts are two runs already
/// in order (quantities, claims), which the stable sort merges in one pass.
fn highlight_starts(analysis: &Analysis, doc: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = analysis.quantities_of(doc).map(|q| q.start).collect();
    for claim in analysis.claims_of(doc) {
        let named = claim.speaker.is_some();
        let count = usize::from(claim.implicit.is_some())
            + usize::from(named && claim.speaker_mention.is_some())
            + usize::from(named && claim.cue.is_some());
        starts.extend(std::iter::repeat_n(claim.start, count));
    }
    starts.sort();
    starts
}

/// The highlights of the document's part `range`: quantities, values in words, speaker
/// mentions and cues, in text order. Only the part's records are looked at closely: a long
/// document has a hundred thousand.
fn marks<'a>(analysis: &'a Analysis, doc: &'a str, range: &Range<usize>) -> Vec<Mark<'a>> {
    let inside = |start: usize, end: usize| range.start <= start && end <= range.end;
    let quantities = analysis
        .quantities_of(doc)
        .filter(|q| inside(q.start, q.end))
        .map(|q| Mark {
            start: q.start,
            end: q.end,
            kind: MarkKind::Quantity(q, q.claim.as_deref().and_then(|id| analysis.claim(id))),
        });
    // A value in words and a cue lie inside their claim's sentence.
    let claims = || {
        analysis
            .claims_of(doc)
            .filter(|c| c.end > range.start && c.start < range.end)
    };
    // An interview label names the speaker of sentences that may lie in the next part.
    let mentions = analysis.claims_of(doc).filter_map(|claim| {
        let mention = claim.speaker_mention.filter(|m| inside(m.start, m.end))?;
        claim.speaker.as_ref()?;
        Some(Mark {
            start: mention.start,
            end: mention.end,
            kind: MarkKind::Speaker(claim),
        })
    });
    let implicit = claims().filter_map(|claim| {
        let value = claim.implicit.as_ref()?;
        Some(Mark {
            start: value.start,
            end: value.end,
            kind: MarkKind::Implicit(claim),
        })
    });
    let cues = claims().filter_map(|claim| {
        let cue = claim.cue.as_deref().filter(|c| c.len() > 1)?;
        claim.speaker.as_ref()?;
        // The cue is given as words: find them in the sentence, away from the source's name.
        let mention = claim.speaker_mention;
        let found = claim
            .text
            .match_indices(cue)
            .map(|(i, _)| claim.start + i)
            .find(|&at| mention.is_none_or(|m| at + cue.len() <= m.start || at >= m.end))?;
        Some(Mark {
            start: found,
            end: found + cue.len(),
            kind: MarkKind::Cue(claim),
        })
    });
    let mut marks: Vec<Mark> = quantities
        .chain(implicit)
        .chain(mentions)
        .chain(cues)
        .collect();
    marks.sort_by_key(|m| (m.start, m.end));
    // An interview label gives many sentences the same mention: keep one mark per span.
    marks.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    marks
}

/// The text as plain runs and highlights. Marks that would overlap an earlier one are shown
/// as plain text rather than garbled.
/// Text between highlights; page furniture (footers, teasers for other articles) dimmed.
fn plain(text: &str, start: usize, end: usize, dimmed: &[RegionSpan]) -> Html {
    let mut parts = Vec::new();
    let mut at = start;
    for span in dimmed.iter().filter(|s| s.end > start && s.start < end) {
        let (from, to) = (span.start.max(start), span.end.min(end));
        if from > at {
            parts.push(html! { { &text[at..from] } });
        }
        let title = match span.region {
            Region::Teaser => "Teaser for another article",
            _ => "Page furniture, not the article",
        };
        parts.push(html! { <span class="dim" title={title}>{ &text[from..to] }</span> });
        at = to;
    }
    if at < end {
        parts.push(html! { { &text[at..end] } });
    }
    parts.into_iter().collect::<Html>()
}

/// Where a highlight id (`q12`, `implicit-c3`) starts in its document's text.
fn target_offset(analysis: &Analysis, target: &str) -> Option<usize> {
    if let Some(claim) = target.strip_prefix("implicit-") {
        return Some(analysis.claim(claim)?.implicit.as_ref()?.start);
    }
    analysis.quantity(target).map(|q| q.start)
}

/// The text of `range` as plain runs and highlights.
fn highlighted(
    text: &str,
    range: Range<usize>,
    marks: &[Mark],
    comparisons: &[ComparisonRecord],
    dimmed: &[RegionSpan],
) -> Html {
    // Each value's comparison, looked up once rather than searched for each highlight.
    let mut by_member: HashMap<(&str, Option<&str>), &ComparisonRecord> = HashMap::new();
    for c in comparisons {
        for m in &c.members {
            by_member
                .entry((m.claim.as_str(), m.quantity.as_deref()))
                .or_insert(c);
        }
    }
    let compared = |quantity: Option<&str>, claim: &str| by_member.get(&(claim, quantity)).copied();
    let comparison_line = |c: Option<&ComparisonRecord>| match c {
        Some(c) => {
            let verdict = match c.verdict {
                Verdict::Agree => "the sources agree",
                Verdict::Diverge => "the sources diverge",
            };
            html! { <><br />{ format!("Compared in “{}”: {verdict}", c.label) }</> }
        }
        None => html! {},
    };
    let first = marks.partition_point(|m| m.start < range.start);
    let mut parts = Vec::new();
    let mut at = range.start;
    for mark in &marks[first..] {
        if mark.start >= range.end {
            break;
        }
        if mark.start < at || mark.end > range.end {
            continue;
        }
        parts.push(plain(text, at, mark.start, dimmed));
        let shown = &text[mark.start..mark.end];
        parts.push(match mark.kind {
            MarkKind::Quantity(quantity, claim) => {
                let tip_id = format!("tip-{}", quantity.id);
                let who = claim.map(ClaimRecord::attribution_text).unwrap_or_default();
                let comparison = claim.and_then(|c| compared(Some(&quantity.id), &c.id));
                html! {
                    <span class="quantity-wrap" key={quantity.id.clone()}>
                        <mark class="quantity" tabindex="0" id={quantity.id.clone()} aria-describedby={tip_id.clone()}>
                            { shown }
                        </mark>
                        <span class="tip" role="tooltip" id={tip_id}>
                            { quantity.describe() }<br />{ who }
                            { comparison_line(comparison) }
                            <br /><span class="tip-why">{ format!("Why: {}", quantity.explain()) }</span>
                        </span>
                    </span>
                }
            }
            MarkKind::Implicit(claim) => {
                let id = format!("implicit-{}", claim.id);
                let tip_id = format!("tip-{id}");
                let value = claim.implicit.as_ref().map_or(String::new(), wording::implicit_value);
                html! {
                    <span class="quantity-wrap" key={id.clone()}>
                        <mark class="quantity implicit" tabindex="0" id={id} aria-describedby={tip_id.clone()}>
                            { shown }
                        </mark>
                        <span class="tip" role="tooltip" id={tip_id}>
                            { format!("{value}, stated in words") }<br />{ claim.attribution_text() }
                            { comparison_line(compared(None, &claim.id)) }
                        </span>
                    </span>
                }
            }
            MarkKind::Cue(claim) => {
                let speaker = claim.speaker.clone().unwrap_or_default();
                html! {
                    <span class="cue" title={format!("Why attributed: “{shown}” reports {speaker}")}>{ shown }</span>
                }
            }
            MarkKind::Speaker(claim) => {
                let speaker = claim.speaker.clone().unwrap_or_default();
                let title = if speaker == shown { "Source".to_owned() } else { format!("Source: {speaker}") };
                html! {
                    <span class="speaker-mention" title={title} data-speaker={speaker}>{ shown }</span>
                }
            }
        });
        at = mark.end;
    }
    parts.push(plain(text, at, range.end, dimmed));
    parts.into_iter().collect::<Html>()
}

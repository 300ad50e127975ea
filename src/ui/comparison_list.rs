//! The comparison board: where the sources agree or diverge, divergences first. Each card has
//! its verdict in words (never in colour alone), a range plot on one shared axis — a row per
//! source, hedges drawn as they are meant (soft ends for "about", arrows for "more than", a
//! bound for "nearly", a diamond for values stated in words) — and why. A row opens its value in
//! the reader.

use std::rc::Rc;

use yew::prelude::*;

use super::card_tools::CardTools;
use super::corrections_bar::CorrectionsBar;
use super::plot::{Bar, Scale, WIDTH};
use super::state::{Action, State, VerdictFilter};
use crate::claims::{ComparisonMember, ComparisonRecord, ReuseRecord, TextSpan, Unit, Verdict};
use crate::wording::{SourceName, readable_number, unit_axis, without_ids};
use crate::{Analysis, Document};

#[derive(Properties, PartialEq)]
pub struct ComparisonListProps {
    pub analysis: Rc<Analysis>,
    /// The texts, to show reused passages side by side.
    pub documents: Rc<Vec<Document>>,
    /// The view state: the board's filters.
    pub state: State,
    pub dispatch: Callback<Action>,
    /// The embedded board: each card folds its reasons and sentences away until opened, and
    /// the lists below the cards (shared text, who is credited) are left to the full view.
    #[prop_or_default]
    pub compact: bool,
    /// At most this many cards, with no "Show more" (a newsroom's compact embed).
    #[prop_or_default]
    pub limit: Option<usize>,
}

#[component]
pub fn ComparisonList(props: &ComparisonListProps) -> Html {
    let analysis = &props.analysis;
    // A large corpus makes thousands of comparisons: draw a screenful, more on request.
    let limit = use_state_eq(|| CARDS_AT_ONCE);
    let fixed = props.limit;
    // A card named by a link (`#card=…`, see `permalink`): marked first (a marked card is drawn
    // even past the first screenful), then brought into sight and focused, once.
    let linked = props
        .state
        .card()
        .and_then(|link| super::permalink::find_card(analysis, link))
        .map(|c| c.id.clone());
    {
        let dispatch = props.dispatch.clone();
        let marked = props.state.comparison().map(str::to_owned);
        use_effect_with((linked, marked), move |(linked, marked)| {
            let Some(id) = linked else { return };
            if marked.as_ref() != Some(id) {
                dispatch.emit(Action::SelectComparison(id.clone()));
            } else if let Some(element) = gloo::utils::document().get_element_by_id(id) {
                // Focusable by script only: the card is no stop for Tab.
                let _ = element.set_attribute("tabindex", "-1");
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                element.scroll_into_view_with_scroll_into_view_options(&options);
                if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
                {
                    let _ = element.focus();
                }
                dispatch.emit(Action::CardShown);
            }
        });
    }
    let mut cards: Vec<&ComparisonRecord> = analysis.comparisons.iter().collect();
    // Divergences first; otherwise the core's order.
    cards.sort_by_key(|c| c.verdict != Verdict::Diverge);
    let shown: Vec<&ComparisonRecord> = cards
        .into_iter()
        .filter(|c| {
            let docs: Vec<&str> = c.members.iter().map(|m| m.doc.as_str()).collect();
            props.state.shows_comparison(
                c.verdict == Verdict::Diverge,
                &searchable(c, &analysis.documents),
                &docs,
                c.unit.as_str(),
            )
        })
        .collect();
    let on_filter = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let filter = match value.as_str() {
                "diverge" => VerdictFilter::Diverge,
                "agree" => VerdictFilter::Agree,
                _ => VerdictFilter::All,
            };
            dispatch.emit(Action::FilterVerdict(filter));
        })
    };
    let on_search = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            dispatch.emit(Action::Search(value));
        })
    };
    let selected = |f: VerdictFilter| props.state.verdict_filter == f;
    let on_document = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            dispatch.emit(Action::FilterDocument((!value.is_empty()).then_some(value)));
        })
    };
    let on_unit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            dispatch.emit(Action::FilterUnit((!value.is_empty()).then_some(value)));
        })
    };
    let mut units: Vec<Unit> = analysis.comparisons.iter().map(|c| c.unit).collect();
    units.sort_unstable_by_key(|u| u.as_str());
    units.dedup();
    let document_filter = props.state.document_filter.as_deref();
    let unit_filter = props.state.unit_filter.as_deref();
    html! {
        <section class="comparisons" aria-labelledby="comparisons-heading">
            <div class="panel-heading">
                <h2 id="comparisons-heading">{ "Where sources agree or diverge" }</h2>
                { super::help::help("this board", super::help::BOARD) }
            </div>
            if !props.compact {
                <CorrectionsBar
                    analysis={props.analysis.clone()}
                    count={props.state.corrections().len()}
                    notes={correction_notes(analysis)}
                    dispatch={props.dispatch.clone()}
                />
            }
            if !analysis.comparisons.is_empty() && !props.compact {
                { super::help::plot_legend() }
            }
            // A newsroom's chosen cards need no filters.
            if !analysis.comparisons.is_empty() && fixed.is_none() {
                <div class="filters" role="search" aria-label="Filter comparisons">
                    <label>{ "Show " }
                        <select class="filter-verdict" onchange={on_filter}>
                            <option value="all" selected={selected(VerdictFilter::All)}>{ "all comparisons" }</option>
                            <option value="diverge" selected={selected(VerdictFilter::Diverge)}>{ "divergences" }</option>
                            <option value="agree" selected={selected(VerdictFilter::Agree)}>{ "agreements" }</option>
                        </select>
                    </label>
                    <label>{ "in " }
                        <select class="filter-document" onchange={on_document}>
                            <option value="" selected={document_filter.is_none()}>{ "any source" }</option>
                            { for props.documents.iter().map(|d| html! {
                                <option value={d.id.clone()} selected={document_filter == Some(d.id.as_str())}>{ short_title(d) }</option>
                            }) }
                        </select>
                    </label>
                    <label>{ "unit " }
                        <select class="filter-unit" onchange={on_unit}>
                            <option value="" selected={unit_filter.is_none()}>{ "any" }</option>
                            { for units.iter().map(|u| html! {
                                <option value={u.as_str()} selected={unit_filter == Some(u.as_str())}>{ unit_axis(*u) }</option>
                            }) }
                        </select>
                    </label>
                    <label>{ "Search " }
                        <input type="search" value={props.state.search.clone()} oninput={on_search} placeholder="a word, a name, a unit" />
                    </label>
                    <span class="filter-count" aria-live="polite">
                        { format!("{} of {} shown", shown.len(), analysis.comparisons.len()) }
                    </span>
                </div>
            }
            if analysis.comparisons.is_empty() {
                <p>{ "No two sources state the same quantity." }</p>
            } else {
                <ul class="board">
                    { for shown.iter().enumerate()
                        .filter(|(i, c)| match fixed {
                            Some(n) => *i < n,
                            None => *i < *limit || props.state.comparison() == Some(c.id.as_str()),
                        })
                        .map(|(_, c)| card(&props.analysis, c, props.state.comparison() == Some(c.id.as_str()), props.compact, &props.dispatch)) }
                </ul>
                if fixed.is_none() && shown.len() > *limit {
                    <button type="button" class="more-cards" onclick={
                        let limit = limit.clone();
                        Callback::from(move |_: MouseEvent| limit.set(*limit + CARDS_AT_ONCE))
                    }>
                        { format!("Show {} more of {}", (shown.len() - *limit).min(CARDS_AT_ONCE), shown.len() - *limit) }
                    </button>
                }
            }
            if !props.compact {
                <Extras analysis={props.analysis.clone()} documents={props.documents.clone()} />
            }
        </section>
    }
}

/// The notes of the reader's corrections that were not applied (the analysis's warnings about
/// no document).
fn correction_notes(analysis: &Analysis) -> Vec<String> {
    if analysis.corrections.is_empty() {
        return Vec::new();
    }
    analysis
        .warnings
        .iter()
        .filter(|w| {
            w.doc.is_none()
                && w.message
                    .starts_with(crate::wording::CORRECTION_NOTE_OPENING)
        })
        .map(|w| w.message.clone())
        .collect()
}

/// Cards drawn at once, and added by each "Show more".
const CARDS_AT_ONCE: usize = 20;

/// Rows drawn in one card. A large document gathers hundreds of values under one topic: drawn
/// whole, 60 such cards put 23,000 elements on the page and held it for a second, and no
/// reader scans a plot of a hundred rows. 20 cards of 12 rows are about 2,500 elements.
const ROWS_PER_CARD: usize = 12;

/// Everything a search may match on a card.
fn searchable(c: &ComparisonRecord, documents: &[crate::claims::DocumentRecord]) -> String {
    let mut text = format!(
        "{} {} {} {} {}",
        c.plain_why(documents),
        c.label,
        c.unit.as_str(),
        c.why,
        verdict_word(c.verdict)
    );
    for m in &c.members {
        text.push(' ');
        text.push_str(&m.value);
        if let Some(s) = &m.speaker {
            text.push(' ');
            text.push_str(s);
        }
    }
    text
}

fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Agree => "Agree",
        Verdict::Diverge => "Diverge",
    }
}

fn card(
    shared: &Rc<Analysis>,
    comparison: &ComparisonRecord,
    selected: bool,
    compact: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let class = match comparison.verdict {
        Verdict::Agree => "verdict agree",
        Verdict::Diverge => "verdict diverge",
    };
    let analysis: &Analysis = shared;
    let heading_id = format!("{}-label", comparison.id);
    let scale = Scale::of(&comparison.members);
    let unit = unit_axis(comparison.unit);
    html! {
        <li
            key={comparison.id.clone()}
            class={classes!("comparison", selected.then_some("selected"))}
            id={comparison.id.clone()}
            aria-labelledby={heading_id.clone()}
            aria-current={selected.then_some("true")}
        >
            <h3 id={heading_id}>
                <span class={class}>{ verdict_badge(comparison.verdict) }{ verdict_word(comparison.verdict) }</span>{ " " }{ &comparison.label }
                if comparison.by.is_some() {
                    { " " }<span class="by-reader">{ "grouped by you" }</span>
                }
            </h3>
            if !comparison.independent {
                <p class="dependence">{ "Not independent: these sources share text or a speaker." }</p>
            }
            <div class="plot" role="group" aria-label={format!("Values on one axis, in {unit}")}>
                <ul class="members">
                    { for comparison.members.iter().take(ROWS_PER_CARD).map(|m| row(analysis, &comparison.id, m, &scale, dispatch)) }
                </ul>
                if comparison.members.len() > ROWS_PER_CARD {
                    <p class="more-rows">
                        { format!("Showing {ROWS_PER_CARD} of its {} values; all of them are in the CSV and JSON downloads.", comparison.members.len()) }
                    </p>
                }
                <div class="plot-axis-row" aria-hidden="true">
                    <span class="axis-spacer"></span>
                    <span class="axis">
                        // An SVG axis: tick positions are attributes, not inline styles, which a
                        // strict Content-Security-Policy (style-src 'self') refuses.
                        <svg class="plot-axis" focusable="false">
                            { for axis_ticks(&scale) }
                        </svg>
                        <span class="axis-unit">{ format!("in {unit}") }</span>
                    </span>
                </div>
            </div>
            if compact {
                { fold(analysis, comparison, selected, dispatch) }
            } else {
                <p class="why"><span class="why-label">{ "Why? " }</span>{ comparison.plain_why(&analysis.documents) }</p>
                <CardTools analysis={shared.clone()} comparison={comparison.id.clone()} dispatch={dispatch.clone()} />
            }
        </li>
    }
}

/// The verdict's shape, beside its word and colour, so that neither colour vision nor a
/// greyscale print is needed: a triangle for a divergence, a circle for agreement.
fn verdict_badge(verdict: Verdict) -> Html {
    let shape = match verdict {
        Verdict::Diverge => html! { <polygon points="6,1 11,11 1,11" /> },
        Verdict::Agree => html! { <circle cx="6" cy="6" r="5" /> },
    };
    html! {
        <svg class="verdict-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">{ shape }</svg>
    }
}

/// The axis labels. Every other one is marked `minor` so that a phone can drop them (a label
/// such as "20 billion" is wider than a sixth of a phone's plot), and the labels at the ends
/// are anchored inward so that they stay inside the card.
fn axis_ticks(scale: &Scale) -> impl Iterator<Item = Html> {
    let ticks = scale.ticks();
    let count = ticks.len();
    ticks.into_iter().enumerate().map(move |(i, t)| {
        let at = scale.x(t) / WIDTH * 100.0;
        let anchor = if at < 8.0 {
            "start"
        } else if at > 92.0 {
            "end"
        } else {
            "middle"
        };
        // On a phone every other label goes, counting from the first: kept labels stand two
        // steps apart (the last one too, which may then go).
        let minor = count > 3 && i % 2 == 1;
        html! {
            <text class={classes!("tick", minor.then_some("minor"))} x={format!("{at:.2}%")} y="13" text-anchor={anchor}>{ readable_number(t) }</text>
        }
    })
}

/// A document's name in a drop-down: its outlet and title, never so long that the control
/// outgrows a phone's screen.
fn short_title(document: &Document) -> String {
    const MAX_CHARS: usize = 44;
    let name = match &document.outlet {
        Some(outlet) => format!("{outlet}: {}", document.title),
        None => document.title.clone(),
    };
    if name.chars().count() <= MAX_CHARS {
        return name;
    }
    let cut: String = name.chars().take(MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// One source's value: who and where, the value in words, and its bar.
fn row(
    analysis: &Analysis,
    comparison: &str,
    m: &ComparisonMember,
    scale: &Scale,
    dispatch: &Callback<Action>,
) -> Html {
    let document = analysis.document(&m.doc);
    let source = document.map_or_else(|| "an article".to_owned(), |d| SourceName::from(d).dated());
    let who = m.who();
    let when = if m.qualifiers.is_empty() {
        String::new()
    } else {
        format!(" ({})", m.qualifiers.join(", "))
    };
    let target = m
        .quantity
        .clone()
        .unwrap_or_else(|| format!("implicit-{}", m.claim));
    let onclick = {
        let dispatch = dispatch.clone();
        let doc = m.doc.clone();
        let comparison = comparison.to_owned();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SelectComparison(comparison.clone()));
            dispatch.emit(Action::Open {
                doc: doc.clone(),
                target: target.clone(),
            })
        })
    };
    let label = format!("{}: {who}, {source}{when}. Show in the text.", m.value);
    html! {
        <li key={format!("{}-{}", m.claim, m.quantity.clone().unwrap_or_default())}>
            <button type="button" class="plot-row" aria-label={label} {onclick}>
                <span class="member-text">
                    <span class="member-value">{ &m.value }</span>
                    <span class="member-who">{ format!(" — {who}, {source}{when}") }</span>
                </span>
                { bar_svg(&scale.bar(m)) }
            </button>
        </li>
    }
}

fn bar_svg(bar: &Bar) -> Html {
    let y = 6.0;
    let height = 12.0;
    let class = classes!(
        "bar",
        bar.soft.then_some("soft"),
        bar.nearly.then_some("nearly"),
        bar.implicit.then_some("implicit")
    );
    let width = (bar.to - bar.from).max(4.0);
    let from = bar.from.min(WIDTH - width);
    html! {
        <svg class="bar-plot" viewBox={format!("0 0 {WIDTH} 24")} preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <line class="baseline" x1="0" x2={WIDTH.to_string()} y1="12" y2="12" />
            if bar.implicit {
                // A value stated in words: a diamond where it falls.
                <polygon class={class} points={format!("{0},2 {1},12 {0},22 {2},12", bar.marks[0], bar.marks[0] + 14.0, bar.marks[0] - 14.0)} />
            } else {
                <rect class={class} x={from.to_string()} y={y.to_string()} width={width.to_string()} height={height.to_string()} rx="3" />
                { for bar.marks.iter().map(|x| html! {
                    <line class="value-mark" x1={x.to_string()} x2={x.to_string()} y1="2" y2="22" />
                }) }
                if bar.open_right {
                    <polygon class="arrow" points={format!("{},2 {WIDTH},12 {},22", WIDTH - 22.0, WIDTH - 22.0)} />
                }
                if bar.open_left {
                    <polygon class="arrow" points="22,2 0,12 22,22" />
                }
                if bar.nearly {
                    // "nearly": the stated value bounds it from above.
                    <polygon class="arrow" points={format!("{},2 {},12 {},22", bar.to, bar.to - 16.0, bar.to)} />
                }
            }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct ExtrasProps {
    analysis: Rc<Analysis>,
    documents: Rc<Vec<Document>>,
}

/// Shared text, who is credited, and names that may be one person.
#[component]
fn Extras(props: &ExtrasProps) -> Html {
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
                    format!(
                        "{} / {}: {}",
                        speaker.name,
                        name.name,
                        without_ids(&other.why, &analysis.documents)
                    ),
                ));
            }
        }
    }
    html! {
        <>
            if !analysis.reuse.is_empty() {
                <h3>{ "Shared text" }</h3>
                <ul class="reuse">
                    { for analysis.reuse.iter().map(|r| reuse(r, &props.documents, &analysis.documents)) }
                </ul>
            }
            if !analysis.attribution_divergences.is_empty() {
                <h3>{ "Who is credited" }</h3>
                <ul class="credits">
                    { for analysis.attribution_divergences.iter().enumerate().map(|(i, d)| html! { <li key={i}>{ without_ids(&d.why, &analysis.documents) }</li> }) }
                </ul>
            }
            if !discrepancies.is_empty() {
                <h3>{ "Names that may be one person" }</h3>
                <ul class="names">
                    { for discrepancies.iter().map(|(key, why)| html! { <li key={key.clone()}>{ why }</li> }) }
                </ul>
            }
        </>
    }
}

/// One pair of documents that share text, with the passages side by side on demand.
fn reuse(
    record: &ReuseRecord,
    documents: &[Document],
    records: &[crate::claims::DocumentRecord],
) -> Html {
    let quote = |span: &TextSpan| {
        let document = documents.iter().find(|d| d.id == span.doc);
        let text = document
            .and_then(|d| d.text.get(span.start..span.end))
            .unwrap_or_default()
            .to_owned();
        let title = document.map_or_else(|| "an article".to_owned(), |d| d.title.clone());
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
                <summary>{ without_ids(&record.why, records) }</summary>
                { for record.passages.iter().map(|p| html! {
                    <div class="passage-pair">{ quote(&p.a) }{ quote(&p.b) }</div>
                }) }
            </details>
        </li>
    }
}

/// The folded part of a compact card: a toggle, and once open, why and each source's sentence.
/// A card is open while its comparison is the selected one (a plot row opens it too).
fn fold(
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
                    <p class="why"><span class="why-label">{ "Why? " }</span>{ comparison.plain_why(&analysis.documents) }</p>
                    <ul class="sentences">
                        { for comparison.members.iter().map(|m| {
                            let sentence = analysis.claim(&m.claim).map(|c| c.text.trim().to_owned()).unwrap_or_default();
                            let source = analysis.document(&m.doc)
                                .map_or_else(|| "an article".to_owned(), |d| SourceName::from(d).dated());
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

//! Help in place: a "?" beside a panel's heading that opens a few plain sentences, and the
//! legend of the board's plots drawn with the same shapes as the plots.

use yew::prelude::*;

/// A "?" that opens a short explanation of the panel `what` names. A `<details>`, so it
/// works with a keyboard and a screen reader and needs no script.
pub fn help(what: &str, sentences: &[&str]) -> Html {
    html! {
        <details class="help">
            <summary aria-label={format!("What is {what}?")} title={format!("What is {what}?")}>{ "?" }</summary>
            <div class="help-text">
                { for sentences.iter().map(|s| html! { <p>{ *s }</p> }) }
            </div>
        </details>
    }
}

/// What the board's words mean.
pub const BOARD: &[&str] = &[
    "Each card is one figure that several sources state — a cost, a count, a gap in years — with a row per source.",
    "DIVERGE (▲, orange-red): even allowing for rounding and for words like “about” or “more than”, the figures cannot all be right. AGREE (●, blue): every figure fits with every other.",
    "Not independent: the sources share text (one copied the other, or both a wire story) or rest on one speaker, so their agreement is one voice, not confirmation.",
    "A hedge widens a bar: “about 5” covers roughly 4.5 to 5.5, “more than 90%” runs on to the right with an arrow. Click a row to read its sentence.",
];

/// What the list of sources is.
pub const SOURCES: &[&str] = &[
    "The articles compared here, with their outlet, date and how many quantities each states. Click one to read it; “Edit” changes its title, outlet, date or address.",
];

/// What the list of speakers is.
pub const SPEAKERS: &[&str] = &[
    "Everyone the articles quote or credit with a figure, with the other names the texts use for them. Names that may be one person are flagged, never merged.",
];

/// The plots' legend: each symbol drawn as the plots draw it, with its meaning.
pub fn plot_legend() -> Html {
    let item = |symbol: Html, words: &'static str| {
        html! {
            <li>
                <svg class="bar-plot legend-plot" viewBox="0 0 120 24" aria-hidden="true" focusable="false">{ symbol }</svg>
                <span>{ words }</span>
            </li>
        }
    };
    html! {
        <details class="plot-legend">
            <summary>{ "How to read the plots" }</summary>
            <ul>
                { item(html! { <>
                    <rect class="bar" x="30" y="6" width="50" height="12" rx="3" />
                    <line class="value-mark" x1="30" x2="30" y1="2" y2="22" />
                    <line class="value-mark" x1="80" x2="80" y1="2" y2="22" />
                </> }, "a range the source states (“2 to 3 years”); the dark ticks are its figures") }
                { item(html! { <>
                    <rect class="bar soft" x="35" y="6" width="50" height="12" rx="3" />
                    <line class="value-mark" x1="60" x2="60" y1="2" y2="22" />
                </> }, "soft, dashed ends: “about” — read as within 10%") }
                { item(html! { <>
                    <rect class="bar" x="50" y="6" width="70" height="12" rx="3" />
                    <line class="value-mark" x1="50" x2="50" y1="2" y2="22" />
                    <polygon class="arrow" points="98,2 120,12 98,22" />
                </> }, "an arrow: “more than” or “less than” — it runs on past the axis") }
                { item(html! { <>
                    <rect class="bar nearly" x="40" y="6" width="40" height="12" rx="3" />
                    <polygon class="arrow" points="80,2 64,12 80,22" />
                </> }, "an arrowhead at the end: “nearly” — just below that figure") }
                { item(html! {
                    <polygon class="bar implicit" points="60,2 74,12 60,22 46,12" />
                }, "a diamond: a value stated in words (“the gap has closed” is 0)") }
            </ul>
        </details>
    }
}

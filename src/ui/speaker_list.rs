//! Everyone the corpus quotes: one entry per person or organisation, with the other names the
//! texts use for them, how the texts describe them, and how many claims they make.

use std::rc::Rc;

use yew::prelude::*;

use super::state::Action;
use crate::Analysis;
use crate::claims::{Correction, CorrectionKind};

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub analysis: Rc<Analysis>,
    /// Where the reader's "same person" and "not the same" go.
    pub dispatch: Callback<Action>,
}

/// A correction about two speakers: the second is the first, or they are two people.
fn about_speakers(kind: CorrectionKind, kept: &str, other: &str) -> Action {
    Action::Correct(Correction {
        kind,
        values: Vec::new(),
        label: None,
        speakers: vec![kept.to_owned(), other.to_owned()],
    })
}

#[component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let analysis = &props.analysis;
    let dispatch = &props.dispatch;
    html! {
        <section class="speakers" aria-labelledby="speakers-heading">
            <div class="panel-heading">
                <h2 id="speakers-heading">{ "Speakers" }</h2>
                { super::help::help("the list of speakers", super::help::SPEAKERS) }
            </div>
            if analysis.speakers.is_empty() {
                <p>{ "No named speakers yet." }</p>
            } else {
                <SameAs analysis={props.analysis.clone()} dispatch={props.dispatch.clone()} />
                <ul>
                    { for analysis.speakers.iter().map(|speaker| {
                        let claims = analysis.claims.iter().filter(|c| c.speaker.as_deref() == Some(speaker.name.as_str())).count();
                        let also = (!speaker.aliases.is_empty()).then(|| format!("also “{}”", speaker.aliases.join("”, “")));
                        let sources = format!("{claims} {} in {} {}", if claims == 1 { "claim" } else { "claims" }, speaker.docs.len(), if speaker.docs.len() == 1 { "source" } else { "sources" });
                        html! {
                            <li key={speaker.id.clone()} class="speaker">
                                <span class="speaker-name">{ &speaker.name }</span>
                                { for speaker.descriptions.first().map(|d| html! { <span class="speaker-description">{ d }</span> }) }
                                <span class="speaker-meta">{ [also, Some(sources)].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</span>
                                { for speaker.possibly_same_as.iter().filter_map(|other| {
                                    let name = &analysis.speakers.iter().find(|s| s.id == other.speaker)?.name;
                                    let why = crate::wording::without_ids(&other.why, &analysis.documents);
                                    let (kept, joined) = (speaker.name.clone(), name.clone());
                                    let same = dispatch.reform(move |_: MouseEvent| about_speakers(CorrectionKind::SameSpeaker, &kept, &joined));
                                    let (a, b) = (speaker.name.clone(), name.clone());
                                    let apart = dispatch.reform(move |_: MouseEvent| about_speakers(CorrectionKind::DifferentSpeaker, &a, &b));
                                    Some(html! {
                                        <span class="speaker-flag">
                                            { format!("Possibly the same person as {name}: {why} ") }
                                            <button type="button" class="same-speaker" onclick={same}>{ format!("Same person: “{name}” is {}", speaker.name) }</button>
                                            { " " }
                                            <button type="button" class="different-speaker" onclick={apart}>{ format!("Not the same as {name}") }</button>
                                        </span>
                                    })
                                }) }

                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// "… is the same person as …": two speakers picked from lists are one.
#[component]
fn SameAs(props: &SpeakerListProps) -> Html {
    let joined = use_node_ref();
    let kept = use_node_ref();
    let speakers = &props.analysis.speakers;
    if speakers.len() < 2 {
        return html! {};
    }
    let onclick = {
        let (joined, kept) = (joined.clone(), kept.clone());
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let value = |r: &NodeRef| r.cast::<web_sys::HtmlSelectElement>().map(|s| s.value());
            if let (Some(joined), Some(kept)) = (value(&joined), value(&kept))
                && joined != kept
            {
                dispatch.emit(about_speakers(CorrectionKind::SameSpeaker, &kept, &joined));
            }
        })
    };
    let options = |first: usize| {
        speakers
            .iter()
            .enumerate()
            .map(|(i, s)| html! { <option value={s.name.clone()} selected={i == first}>{ &s.name }</option> })
            .collect::<Html>()
    };
    html! {
        <div class="same-as">
            <label>{ "Speaker " }<select ref={joined} class="same-as-joined">{ options(0) }</select></label>
            <label>{ " is the same as " }<select ref={kept} class="same-as-kept">{ options(1) }</select></label>
            <button type="button" class="join-speakers" {onclick}>{ "Join the two speakers" }</button>
        </div>
    }
}

//! Everyone the corpus quotes: one entry per person or organisation, with the other names the
//! texts use for them, how the texts describe them, and how many claims they make.

use std::rc::Rc;

use yew::prelude::*;

use crate::Analysis;

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub analysis: Rc<Analysis>,
}

#[component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let analysis = &props.analysis;
    html! {
        <section class="speakers" aria-labelledby="speakers-heading">
            <div class="panel-heading">
                <h2 id="speakers-heading">{ "Speakers" }</h2>
                { super::help::help("the list of speakers", super::help::SPEAKERS) }
            </div>
            if analysis.speakers.is_empty() {
                <p>{ "No named speakers yet." }</p>
            } else {
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
                                    Some(html! {
                                        <span class="speaker-flag">{ format!("Possibly the same person as {name}: {why}") }</span>
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

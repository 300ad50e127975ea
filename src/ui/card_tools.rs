//! A reader's corrections of one card: not a comparison, a label of their own, merged with
//! another card, values split off or taken out, a value moved in; and a link to the card
//! (see `permalink`) and the card as an image (see `card_image`). Each button names what it
//! does; the tools open on request, so that a board of many cards stays light, and each
//! correction is made by the core (`Analysis::corrected`), never drawn by this view.

use std::rc::Rc;

use yew::prelude::*;

use super::state::Action;
use crate::Analysis;
use crate::claims::{Correction, CorrectionKind, ValueRef};
use crate::wording::SourceName;

#[derive(Properties, PartialEq)]
pub struct CardToolsProps {
    pub analysis: Rc<Analysis>,
    /// The comparison's id.
    pub comparison: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A correction of some values.
pub fn correction(
    kind: CorrectionKind,
    values: Vec<ValueRef>,
    label: Option<String>,
) -> Correction {
    Correction {
        kind,
        values,
        label,
        speakers: Vec::new(),
    }
}

/// The value of a quantity in a few words, with its source: "$4.5 billion — The Courier".
pub fn value_name(analysis: &Analysis, quantity: &crate::claims::QuantityRecord) -> String {
    let source = analysis
        .document(&quantity.doc)
        .map_or_else(String::new, |d| SourceName::from(d).dated());
    format!("{} — {source}", quantity.text)
}

#[component]
pub fn CardTools(props: &CardToolsProps) -> Html {
    let open = use_state_eq(|| false);
    // Whether "Copy link" copied (else the link is shown to copy by hand).
    let copied = use_state_eq(|| None::<bool>);
    // Why "Save as image" failed, if it did.
    let image_error = use_state_eq(|| None::<String>);
    let ticked = use_state(Vec::<usize>::new);
    let label_input = use_node_ref();
    let merge_select = use_node_ref();
    let move_select = use_node_ref();
    let analysis = &props.analysis;
    let Some(card) = analysis
        .comparisons
        .iter()
        .find(|c| c.id == props.comparison)
    else {
        return html! {};
    };
    let id = card.id.clone();
    let link = super::permalink::card_link(&analysis.comparison_values(&id));
    let link_url = move || {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        let page = href.split('#').next().unwrap_or_default().to_owned();
        format!("{page}#card={}", super::state::encode(&link))
    };
    let on_copy_link = {
        let copied = copied.clone();
        let link_url = link_url.clone();
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let copied = copied.clone();
            let url = link_url();
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url))
                    .await
                    .is_ok();
                copied.set(Some(done));
            });
        })
    };
    // The card as an SVG image for a social post, made here from the analysis (no request).
    let on_save_image = {
        let analysis = props.analysis.clone();
        let id = id.clone();
        let image_error = image_error.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((svg, name)) = super::card_image::image_of_card(&analysis, &id, "svg") else {
                return;
            };
            image_error.set(super::browser::download(&name, "image/svg+xml", &svg).err());
        })
    };
    // The same image as a PNG (twice the size, for sites that take no SVG): the SVG drawn on a
    // canvas in the page.
    let on_save_png = {
        let analysis = props.analysis.clone();
        let id = id.clone();
        let image_error = image_error.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((svg, name)) = super::card_image::image_of_card(&analysis, &id, "png") else {
                return;
            };
            let failed = {
                let image_error = image_error.clone();
                move |why: String| image_error.set(Some(why))
            };
            image_error.set(None);
            if let Err(why) = super::browser::download_svg_as_png(&svg, name, failed.clone()) {
                failed(why);
            }
        })
    };
    let link_tools = html! {
        <>
            <button type="button" class="card-link" onclick={on_copy_link}>{ "Copy link" }</button>
            <button type="button" class="card-image" onclick={on_save_image}>{ "Save as image" }</button>
            <button type="button" class="card-image-png" aria-label="PNG image of this card" onclick={on_save_png}>{ "PNG" }</button>
            if let Some(why) = &*image_error {
                <span class="card-link-status" role="alert">{ format!("The image could not be saved: {why}.") }</span>
            }
            <span class="card-link-status" role="status">
                {
                    match *copied {
                        Some(true) => html! { "Link copied: it opens this page at this card." },
                        Some(false) => html! {
                            <label>{ "The browser would not copy it; the link: " }<input type="text" readonly=true value={link_url()} /></label>
                        },
                        None => html! {},
                    }
                }
            </span>
        </>
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let toggle_button = html! {
        <button type="button" class="card-tools-toggle" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
            { if *open { "Close corrections" } else { "Correct this card" } }
        </button>
    };
    if !*open {
        return html! { <div class="card-tools">{ toggle_button }{ link_tools }</div> };
    }
    let values = analysis.comparison_values(&id);
    let emit = |make: Rc<dyn Fn() -> Option<Correction>>| {
        let dispatch = props.dispatch.clone();
        let open = open.clone();
        let ticked = ticked.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(correction) = make() {
                ticked.set(Vec::new());
                open.set(false);
                dispatch.emit(Action::Correct(correction));
            }
        })
    };
    let on_dismiss = {
        let values = values.clone();
        emit(Rc::new(move || {
            Some(correction(CorrectionKind::Dismiss, values.clone(), None))
        }))
    };
    let on_rename = {
        let values = values.clone();
        let input = label_input.clone();
        emit(Rc::new(move || {
            let label = input.cast::<web_sys::HtmlInputElement>()?.value();
            let label = label.trim();
            (!label.is_empty()).then(|| {
                correction(
                    CorrectionKind::Label,
                    values.clone(),
                    Some(label.to_owned()),
                )
            })
        }))
    };
    let on_merge = {
        let values = values.clone();
        let analysis = props.analysis.clone();
        let select = merge_select.clone();
        emit(Rc::new(move || {
            let other = select.cast::<web_sys::HtmlSelectElement>()?.value();
            let more = analysis.comparison_values(&other);
            (!more.is_empty())
                .then(|| correction(CorrectionKind::Group, [values.clone(), more].concat(), None))
        }))
    };
    let chosen = {
        let values = values.clone();
        let ticked = ticked.clone();
        move || -> Vec<ValueRef> {
            ticked
                .iter()
                .filter_map(|&i| values.get(i).cloned())
                .collect()
        }
    };
    let on_split = {
        let chosen = chosen.clone();
        emit(Rc::new(move || {
            let chosen = chosen();
            (chosen.len() >= 2).then(|| correction(CorrectionKind::Group, chosen, None))
        }))
    };
    let on_take_out = emit(Rc::new(move || {
        let chosen = chosen();
        (!chosen.is_empty()).then(|| correction(CorrectionKind::Separate, chosen, None))
    }));
    let on_move_in = {
        let values = values.clone();
        let analysis = props.analysis.clone();
        let select = move_select.clone();
        emit(Rc::new(move || {
            let quantity = select.cast::<web_sys::HtmlSelectElement>()?.value();
            let value = analysis.value_ref(&quantity)?;
            Some(correction(
                CorrectionKind::Group,
                [values.clone(), vec![value]].concat(),
                None,
            ))
        }))
    };
    let in_card: Vec<&str> = card.quantities.iter().map(String::as_str).collect();
    let heading = format!("{}-tools", id);
    html! {
        <div class="card-tools">
            { toggle_button }{ link_tools }
            <div class="card-tools-panel" role="group" aria-labelledby={heading.clone()}>
                <p id={heading} class="card-tools-heading">{ format!("Correct “{}”", card.label) }</p>
                <button type="button" class="dismiss" onclick={on_dismiss}>{ "Not a comparison" }</button>
                <div class="tool-row">
                    <label>{ "Label " }<input ref={label_input} class="rename-input" type="text" value={card.label.clone()} /></label>
                    <button type="button" class="rename" onclick={on_rename}>{ "Rename" }</button>
                </div>
                if analysis.comparisons.len() > 1 {
                    <div class="tool-row">
                        <label>{ "Merge with " }
                            <select ref={merge_select} class="merge-with">
                                { for analysis.comparisons.iter().filter(|c| c.id != id).map(|c| html! {
                                    <option value={c.id.clone()}>{ &c.label }</option>
                                }) }
                            </select>
                        </label>
                        <button type="button" class="merge" onclick={on_merge}>{ "Merge" }</button>
                    </div>
                }
                <fieldset class="tool-values">
                    <legend>{ "Its values" }</legend>
                    { for card.members.iter().enumerate().map(|(i, m)| {
                        let ticked = ticked.clone();
                        let checked = ticked.contains(&i);
                        let onchange = Callback::from(move |_: Event| {
                            let mut next = (*ticked).clone();
                            match next.iter().position(|&t| t == i) {
                                Some(at) => { next.remove(at); }
                                None => next.push(i),
                            }
                            ticked.set(next);
                        });
                        let source = analysis.document(&m.doc).map_or_else(String::new, |d| SourceName::from(d).dated());
                        html! {
                            <label class="tool-value"><input type="checkbox" {checked} {onchange} />{ format!("{} — {source}", m.value) }</label>
                        }
                    }) }
                    <button type="button" class="split" onclick={on_split}>{ "Split the ticked values into a card of their own" }</button>
                    <button type="button" class="take-out" onclick={on_take_out}>{ "Take the ticked values out" }</button>
                </fieldset>
                <div class="tool-row">
                    <label>{ "Move in " }
                        <select ref={move_select} class="move-in">
                            { for analysis.quantities.iter().filter(|q| !in_card.contains(&q.id.as_str())).take(500).map(|q| html! {
                                <option value={q.id.clone()}>{ value_name(analysis, q) }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="move" onclick={on_move_in}>{ "Move into this card" }</button>
                </div>
            </div>
        </div>
    }
}

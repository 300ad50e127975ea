//! The "Embed" button: the code a newsroom pastes into its article to show the board — an
//! iframe (`title`, `width="100%"`, `scrolling="no"`) and a tiny script that sizes it from the
//! page's `embed-size` messages, listening only to that iframe (`event.source ===
//! iframe.contentWindow`).
//!
//! The snippet itself is a pure function, tested natively; the button is wasm32-only.

/// The iframe's accessible name.
pub const FRAME_TITLE: &str = "Claimscope: where the sources agree or diverge";

/// The code to paste, for an embed loading `src` (see [`super::embed::embed_url`]).
pub fn snippet(src: &str, title: &str) -> String {
    snippet_with_max(src, title, None)
}

/// The code to paste, the frame growing at most to `max_height` pixels (then the board
/// scrolls inside it).
pub fn snippet_with_max(src: &str, title: &str, max_height: Option<u32>) -> String {
    let (scrolling, height) = match max_height {
        Some(max) => ("auto", format!("Math.min(Math.ceil(data.height), {max})")),
        None => ("no", "Math.ceil(data.height)".to_owned()),
    };
    format!(
        r#"<iframe src="{src}" title="{title}" width="100%" height="600" scrolling="{scrolling}" style="border:0;width:100%"></iframe>
<script>
(function (iframe) {{
  window.addEventListener("message", function (event) {{
    if (event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (typeof data === "string") {{ try {{ data = JSON.parse(data); }} catch (e) {{ return; }} }}
    if (data && data.type === "embed-size" && data.height > 0 && data.height < 100000) {{
      iframe.style.height = {height} + "px";
    }}
  }});
}})(document.currentScript.previousElementSibling);
</script>"#,
        src = attribute(src),
        title = attribute(title),
    )
}

/// Text made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use web::EmbedButton;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use yew::prelude::*;

    use super::{FRAME_TITLE, snippet_with_max};
    use crate::Document;
    use crate::corpus::library;
    use crate::ui::browser;
    use crate::ui::embed::{EmbedOptions, embed_url_with};

    /// The file a newsroom uploads to embed its own articles.
    const OWN_FILE: &str = "claimscope-embed.html";

    #[derive(Properties, PartialEq)]
    pub struct EmbedButtonProps {
        /// The articles on the board now.
        pub documents: Rc<Vec<Document>>,
        /// Whether they differ from the page's own articles (an embed of this address would
        /// show those, not these), or the reader corrected the board.
        pub own_set: bool,
        /// The reader's corrections (claims/1 JSON of them), which the page for an embed
        /// carries beside its articles.
        #[prop_or_default]
        pub corrections: Option<AttrValue>,
    }

    /// The value of an input or textarea an event came from.
    fn value_of(e: &InputEvent) -> String {
        e.target()
            .and_then(|t| {
                t.dyn_ref::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .or_else(|| {
                        t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                            .map(|a| a.value())
                    })
            })
            .unwrap_or_default()
    }

    /// A button that opens the embed builder: the newsroom's choices (how many cards, a title
    /// and intro line, a maximum height), the page with its own articles to upload when the
    /// board shows a set of its own, and the code to paste, ready to copy.
    #[component]
    pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
        let open = use_state(|| false);
        let status = use_state(String::new);
        let options = use_state(EmbedOptions::default);
        let max_height = use_state(|| None::<u32>);
        let textarea = use_node_ref();
        let href = gloo::utils::window().location().href().unwrap_or_default();
        let from_file = href.starts_with("file:");
        // Where the page with these articles will live: beside this page when it is hosted.
        let default_address = if from_file {
            format!("https://your-site.example/claimscope/{OWN_FILE}")
        } else {
            let page = crate::ui::embed::full_view_url(&href, "");
            let page = page.split('?').next().unwrap_or(&page).to_owned();
            let dir = page.rsplit_once('/').map_or(page.as_str(), |(dir, _)| dir);
            format!("{dir}/{OWN_FILE}")
        };
        let address = use_state(|| default_address.clone());
        // Asked once: the answer copies the whole page out of the browser.
        let can_copy_page = *use_memo((), |_| browser::page_source().is_some());
        let src = if props.own_set {
            embed_url_with(&address, &options)
        } else {
            embed_url_with(&href, &options)
        };
        let code = snippet_with_max(&src, FRAME_TITLE, *max_height);
        let on_toggle = {
            let open = open.clone();
            let status = status.clone();
            Callback::from(move |_: MouseEvent| {
                open.set(!*open);
                status.set(String::new());
            })
        };
        let on_copy = {
            let status = status.clone();
            let textarea = textarea.clone();
            let code = code.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                    area.select();
                }
                let clipboard = gloo::utils::window().navigator().clipboard();
                let status = status.clone();
                let code = code.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let copied = JsFuture::from(clipboard.write_text(&code)).await.is_ok();
                    status.set(if copied {
                        "Copied.".to_owned()
                    } else {
                        "The browser would not copy it here: the code is selected, press Ctrl+C (⌘C)."
                            .to_owned()
                    });
                });
            })
        };
        let on_download = {
            let status = status.clone();
            let documents = props.documents.clone();
            let corrections = props.corrections.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(page) = browser::page_source() else {
                    return;
                };
                let saved =
                    library::with_corpus_and_corrections(&page, &documents, corrections.as_deref());
                status.set(
                    match browser::download(OWN_FILE, "text/html;charset=utf-8", &saved) {
                        Ok(()) => format!(
                            "Downloaded {OWN_FILE} with these {} articles: upload it to the address above.",
                            documents.len()
                        ),
                        Err(why) => why,
                    },
                );
            })
        };
        let on_focus = Callback::from(|e: FocusEvent| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                area.select();
            }
        });
        let set_option = |apply: fn(&mut EmbedOptions, String)| {
            let options = options.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = (*options).clone();
                apply(&mut next, value_of(&e));
                options.set(next);
            })
        };
        let on_cards = set_option(|o, v| o.cards = v.trim().parse().ok().filter(|n| *n > 0));
        let on_title =
            set_option(|o, v| o.title = Some(v.trim().to_owned()).filter(|t| !t.is_empty()));
        let on_intro =
            set_option(|o, v| o.intro = Some(v.trim().to_owned()).filter(|t| !t.is_empty()));
        let on_max = {
            let max_height = max_height.clone();
            Callback::from(move |e: InputEvent| {
                max_height.set(value_of(&e).trim().parse().ok().filter(|h: &u32| *h >= 200));
            })
        };
        let on_address = {
            let address = address.clone();
            Callback::from(move |e: InputEvent| address.set(value_of(&e).trim().to_owned()))
        };
        html! {
            <div class="embed-code">
                <button type="button" class="embed-toggle" aria-expanded={open.to_string()} aria-controls="embed-panel" onclick={on_toggle}>
                    { "Embed" }
                </button>
                if *open {
                    <div class="embed-panel" id="embed-panel" role="group" aria-labelledby="embed-heading">
                        <h2 id="embed-heading">{ "Embed the board in your article" }</h2>
                        if props.own_set {
                            <div class="embed-own">
                                <p>{ if props.corrections.is_some() {
                                    format!("The board shows {} articles as you corrected it. An embed shows the articles and corrections its page carries, so:", props.documents.len())
                                } else {
                                    format!("The board shows your own {} articles. An embed shows the articles its page carries, so:", props.documents.len())
                                } }</p>
                                if can_copy_page {
                                    <ol>
                                        <li>
                                            <button type="button" class="embed-download" onclick={on_download}>{ format!("Download {OWN_FILE}") }</button>
                                            { " — this page with these articles, one file." }
                                        </li>
                                        <li>
                                            <label>{ "Upload it to your site and give its address: " }
                                                <input type="url" class="embed-address" value={(*address).clone()} oninput={on_address} />
                                            </label>
                                        </li>
                                        <li>{ "Paste the code below into your article." }</li>
                                    </ol>
                                } else {
                                    <p class="embed-note">{ "This copy loads its code from files beside it, so it cannot save itself with your articles. Open claimscope.html (the single file), add the articles there and use Embed again — or run claimscope bundle -o claimscope-embed.html with your texts. The code below shows this page's own articles." }</p>
                                }
                            </div>
                        } else if from_file {
                            <p class="embed-note">{ "This copy is opened from a file: put the hosted build on your site, open it from there, and copy the code again so that the address is yours." }</p>
                        }
                        <fieldset class="embed-options">
                            <legend>{ "A compact embed (all optional)" }</legend>
                            <label>{ "Cards to show " }<input type="number" min="1" inputmode="numeric" class="embed-cards" oninput={on_cards} placeholder="all" /></label>
                            <label>{ "Title " }<input type="text" class="embed-title" oninput={on_title} placeholder="Claimscope" /></label>
                            <label>{ "Intro line " }<input type="text" class="embed-intro" oninput={on_intro} /></label>
                            <label>{ "Maximum height (px) " }<input type="number" min="200" inputmode="numeric" class="embed-max" oninput={on_max} placeholder="none" /></label>
                        </fieldset>
                        <p>{ "Paste this into your page's HTML. The frame takes the width of its column and grows and shrinks with the board." }</p>
                        <label for="embed-snippet">{ "Embed code" }</label>
                        <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="8" spellcheck="false" ref={textarea} value={code} onfocus={on_focus} />
                        <div class="embed-actions">
                            <button type="button" class="embed-copy" onclick={on_copy}>{ "Copy the code" }</button>
                            <span class="embed-status" role="status">{ (*status).clone() }</span>
                        </div>
                    </div>
                }
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_a_titled_full_width_iframe_sized_only_by_its_own_frame() {
        let code = snippet("https://news.example/claimscope/?embed", FRAME_TITLE);
        assert!(code.starts_with(
            r#"<iframe src="https://news.example/claimscope/?embed" title="Claimscope: where the sources agree or diverge" width="100%""#
        ));
        assert!(code.contains(r#"scrolling="no""#));
        assert!(code.contains("event.source !== iframe.contentWindow"));
        assert!(code.contains(r#"data.type === "embed-size""#));
        // The script finds its own iframe, so two embeds on one page do not mix.
        assert!(code.contains("document.currentScript.previousElementSibling"));
        assert!(!code.contains("eval") && !code.contains("Function("));
    }

    #[test]
    fn the_readme_and_the_resizer_file_hold_the_same_code_as_the_button() {
        let code = snippet("https://news.example/claimscope/?embed", FRAME_TITLE);
        let readme = include_str!("../../README.md");
        let start = readme
            .find("<!-- embed-snippet -->\n```html\n")
            .expect("README snippet")
            + "<!-- embed-snippet -->\n```html\n".len();
        let length = readme[start..]
            .find("```")
            .expect("end of the README snippet");
        assert_eq!(readme[start..start + length].trim(), code);
        // www/embed-resize.js is the snippet's script as a file (for pages that refuse inline
        // scripts): the same function, whatever its comments.
        let file = include_str!("../../www/embed-resize.js");
        let function = &file[file.find("(function (iframe)").expect("the resizer")..];
        let inline =
            &code[code.find("(function (iframe)").unwrap()..code.find("</script>").unwrap()];
        assert_eq!(function.trim(), inline.trim());
    }

    #[test]
    fn a_maximum_height_caps_the_frame_and_lets_the_board_scroll() {
        let code = snippet_with_max("https://n.example/c/?embed", FRAME_TITLE, Some(480));
        assert!(code.contains(r#"scrolling="auto""#));
        assert!(
            code.contains("iframe.style.height = Math.min(Math.ceil(data.height), 480) + \"px\";")
        );
        assert_eq!(
            snippet_with_max("https://n.example/c/?embed", FRAME_TITLE, None),
            snippet("https://n.example/c/?embed", FRAME_TITLE)
        );
    }

    #[test]
    fn addresses_and_titles_cannot_break_out_of_their_attributes() {
        let code = snippet(
            r#"https://x.example/?a="><script>alert(1)</script>&embed"#,
            "Tom & Jerry's \"board\"",
        );
        let first_line = code.lines().next().unwrap();
        assert!(first_line.contains(
            "src=\"https://x.example/?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;embed\""
        ));
        assert!(first_line.contains("title=\"Tom &amp; Jerry's &quot;board&quot;\""));
        assert_eq!(code.matches("<script>").count(), 1);
    }
}

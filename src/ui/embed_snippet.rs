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
    format!(
        r#"<iframe src="{src}" title="{title}" width="100%" height="600" scrolling="no" style="border:0;width:100%"></iframe>
<script>
(function (iframe) {{
  window.addEventListener("message", function (event) {{
    if (event.source !== iframe.contentWindow) return;
    var data = event.data;
    if (typeof data === "string") {{ try {{ data = JSON.parse(data); }} catch (e) {{ return; }} }}
    if (data && data.type === "embed-size" && data.height > 0 && data.height < 100000) {{
      iframe.style.height = Math.ceil(data.height) + "px";
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
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use yew::prelude::*;

    use super::{FRAME_TITLE, snippet};
    use crate::ui::embed::embed_url;

    /// A button that shows the embed code, ready to copy.
    #[component]
    pub fn EmbedButton() -> Html {
        let open = use_state(|| false);
        let status = use_state(String::new);
        let textarea = use_node_ref();
        let href = gloo::utils::window().location().href().unwrap_or_default();
        let from_file = href.starts_with("file:");
        let code = snippet(&embed_url(&href), FRAME_TITLE);
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
        let on_focus = Callback::from(|e: FocusEvent| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                area.select();
            }
        });
        html! {
            <div class="embed-code">
                <button type="button" class="embed-toggle" aria-expanded={open.to_string()} aria-controls="embed-panel" onclick={on_toggle}>
                    { "Embed" }
                </button>
                if *open {
                    <div class="embed-panel" id="embed-panel" role="group" aria-labelledby="embed-heading">
                        <h2 id="embed-heading">{ "Embed the board in your article" }</h2>
                        <p>{ "Paste this into your page's HTML. The frame takes the width of its column and grows and shrinks with the board." }</p>
                        if from_file {
                            <p class="embed-note">{ "This copy is opened from a file: put the hosted build on your site, open it from there, and copy the code again so that the address is yours." }</p>
                        }
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

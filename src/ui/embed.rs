//! The page inside another page: embed mode (`?embed`), and the height messages a host needs
//! to size the iframe.
//!
//! The protocol is NPR's pym.js: the child sends `pym` `xPYMx` id `xPYMx` `height` `xPYMx`
//! value to its parent, the id being the `childId` query parameter the parent gave it, and
//! answers the parent's `width` messages with its height. It also sends
//! `{sentinel: "amp", type: "embed-size", height}`, the plain form AMP-style hosts (and the
//! page's own copy-paste snippet) listen for. Every message the page receives that is not a
//! well-formed pym `width` message from its own parent is ignored, and the page never asks its
//! parent to navigate.
//!
//! The parsing and formatting are pure functions, tested natively; the listeners are
//! wasm32-only.

use super::state::decode;

#[cfg(test)]
mod option_tests {
    use super::*;

    #[test]
    fn a_newsrooms_choices_round_trip_and_bad_ones_are_dropped() {
        let q = parse_query(
            "?embed&cards=4&title=%3Cb%3EOur%20board%3C%2Fb%3E&intro=++Two+sources++disagree+",
        );
        assert_eq!(q.options.cards, Some(4));
        assert_eq!(
            q.options.title.as_deref(),
            Some("<b>Our board</b>"),
            "text, shown as text"
        );
        assert_eq!(q.options.intro.as_deref(), Some("Two sources disagree"));
        assert_eq!(parse_query("?embed&cards=0").options.cards, None);
        assert_eq!(parse_query("?embed&cards=lots").options.cards, None);
        let long = "x".repeat(500);
        assert_eq!(
            parse_query(&format!("?title={long}"))
                .options
                .title
                .map(|t| t.len()),
            Some(200)
        );
        // The full view drops them with the other embedding parameters.
        assert_eq!(
            full_view_url("https://n.example/c/?embed&cards=3&title=A&x=1", "doc=a"),
            "https://n.example/c/?x=1#doc=a"
        );
    }
}

/// pym.js's field separator.
pub const PYM_DELIMITER: &str = "xPYMx";

/// How the app is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The whole page: masthead, own articles, board, documents, reader.
    #[default]
    Full,
    /// Inside a newsroom's iframe (`?embed`): the board first, compact, with a link to the
    /// full view; no page chrome.
    Embed,
    /// Rendered by the JavaScript API (`claimscope.mount`) into an element of someone else's
    /// page: the compact board, and the host page's URL is never touched.
    Mounted,
}

impl Mode {
    /// The compact board-first layout.
    pub fn compact(self) -> bool {
        self != Mode::Full
    }

    /// Whether the view may be kept in the page's URL fragment.
    pub fn writes_url(self) -> bool {
        self != Mode::Mounted
    }
}

/// What the page's query string says about embedding.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedQuery {
    /// `?embed` (any value but `0`/`false`/`no`).
    pub embed: bool,
    /// pym.js's `childId`: the id the parent's messages carry. Only ids of letters, digits
    /// and `-_.:` (at most 128) are kept; anything else is as if none were given.
    pub child_id: Option<String>,
    /// What the newsroom chose for its compact embed.
    pub options: EmbedOptions,
}

/// A newsroom's choices for its embed, carried in the embed's address: how many cards, and a
/// title and an intro line of its own. Shown as text, never as markup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// `cards=N`: the first N cards (divergences first), with "Show all" opening the full view.
    pub cards: Option<usize>,
    /// `title=…`: the embed's heading instead of "Claimscope".
    pub title: Option<String>,
    /// `intro=…`: one line under the heading.
    pub intro: Option<String>,
}

impl EmbedOptions {
    /// The query parameters that carry these options, each `&`-prefixed and encoded.
    ///
    /// ```
    /// use claimscope::ui::embed::{EmbedOptions, parse_query};
    /// let options = EmbedOptions { cards: Some(3), title: Some("Costs & claims".into()), intro: None };
    /// assert_eq!(options.query(), "&cards=3&title=Costs%20%26%20claims");
    /// assert_eq!(parse_query(&format!("?embed{}", options.query())).options, options);
    /// ```
    pub fn query(&self) -> String {
        let mut out = String::new();
        if let Some(cards) = self.cards {
            out.push_str(&format!("&cards={cards}"));
        }
        for (key, value) in [("title", &self.title), ("intro", &self.intro)] {
            if let Some(value) = value {
                out.push_str(&format!("&{key}={}", super::state::encode(value)));
            }
        }
        out
    }
}

/// Longest title or intro an embed shows: a line, not an article.
const MAX_LINE_CHARS: usize = 200;

/// Reads `?embed` and `childId` from a query string (with or without its `?`).
pub fn parse_query(search: &str) -> EmbedQuery {
    let mut query = EmbedQuery::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = decode(value) else { continue };
        match key {
            "embed" => {
                query.embed = !matches!(value.to_ascii_lowercase().as_str(), "0" | "false" | "no");
            }
            "childId" if is_pym_id(&value) => query.child_id = Some(value),
            "cards" => {
                query.options.cards = value.parse().ok().filter(|n| (1..=500).contains(n));
            }
            "title" | "intro" => {
                let line: String = value
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(MAX_LINE_CHARS)
                    .collect();
                let line = (!line.is_empty()).then_some(line);
                if key == "title" {
                    query.options.title = line;
                } else {
                    query.options.intro = line;
                }
            }
            _ => {}
        }
    }
    query
}

fn is_pym_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
        && !id.contains(PYM_DELIMITER)
}

/// A pym.js message: `pymxPYMx{id}xPYMx{kind}xPYMx{value}`.
pub fn pym_message(id: &str, kind: &str, value: &str) -> String {
    ["pym", id, kind, value].join(PYM_DELIMITER)
}

/// The width in a pym.js `width` message addressed to `id`, or `None` for anything else
/// (another id, another kind, a value that is not a plain whole number of pixels).
pub fn parse_width(message: &str, id: &str) -> Option<u32> {
    let rest = message
        .strip_prefix("pym")?
        .strip_prefix(PYM_DELIMITER)?
        .strip_prefix(id)?
        .strip_prefix(PYM_DELIMITER)?
        .strip_prefix("width")?
        .strip_prefix(PYM_DELIMITER)?;
    if rest.is_empty() || rest.len() > 6 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    rest.parse().ok().filter(|&w| w > 0)
}

/// The address of the full view of an embedded page: the same page without the embedding
/// parameters (`embed`, and those pym.js adds), with the view in the fragment.
pub fn full_view_url(href: &str, fragment: &str) -> String {
    const EMBEDDING: [&str; 8] = [
        "embed",
        "childId",
        "initialWidth",
        "parentTitle",
        "parentUrl",
        "cards",
        "title",
        "intro",
    ];
    let without_hash = href.split_once('#').map_or(href, |(page, _)| page);
    let (page, query) = without_hash.split_once('?').unwrap_or((without_hash, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
            !pair.is_empty() && !EMBEDDING.contains(&key)
        })
        .collect();
    let mut url = page.to_owned();
    if !kept.is_empty() {
        url.push('?');
        url.push_str(&kept.join("&"));
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// The address an embed snippet should load: this page, in embed mode.
pub fn embed_url(href: &str) -> String {
    embed_url_with(href, &EmbedOptions::default())
}

/// The embed address of the page at `href` with a newsroom's options.
///
/// ```
/// use claimscope::ui::embed::{EmbedOptions, embed_url_with};
/// let options = EmbedOptions { cards: Some(2), ..EmbedOptions::default() };
/// assert_eq!(embed_url_with("https://news.example/c/set.html#doc=a", &options), "https://news.example/c/set.html?embed&cards=2");
/// ```
pub fn embed_url_with(href: &str, options: &EmbedOptions) -> String {
    let page = full_view_url(href, "");
    let separator = if page.contains('?') { '&' } else { '?' };
    format!("{page}{separator}embed{}", options.query())
}

/// The page's height in whole pixels, for a measured height in CSS pixels.
pub fn whole_pixels(height: f64) -> u32 {
    if height.is_finite() && height > 0.0 {
        height.ceil().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use web::install;

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    use super::{parse_width, pym_message, whole_pixels};

    /// When the page is in a frame: sends its height to the parent now and whenever it
    /// changes, and answers the parent's pym.js `width` messages. Outside a frame, nothing.
    pub fn install(child_id: Option<String>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(parent) = window.parent().ok().flatten() else {
            return;
        };
        if js_sys::Object::is(&parent, &window) {
            return;
        }
        let last = Rc::new(Cell::new(0u32));
        let send: Rc<dyn Fn(bool)> = {
            let child_id = child_id.clone();
            let parent = parent.clone();
            Rc::new(move |always: bool| {
                let height = measure();
                if height == 0 || (!always && height == last.get()) {
                    return;
                }
                last.set(height);
                if let Some(id) = &child_id {
                    let message = pym_message(id, "height", &height.to_string());
                    let _ = parent.post_message(&JsValue::from_str(&message), "*");
                }
                let size = js_sys::Object::new();
                for (key, value) in [
                    ("sentinel", JsValue::from_str("amp")),
                    ("type", JsValue::from_str("embed-size")),
                    ("height", JsValue::from(height)),
                ] {
                    let _ = js_sys::Reflect::set(&size, &JsValue::from_str(key), &value);
                }
                let _ = parent.post_message(&size, "*");
            })
        };

        // Whenever the content's height changes (a card opened, a filter applied, a new
        // width): one observer on the root element.
        let on_resize = {
            let send = send.clone();
            Closure::<dyn FnMut()>::new(move || send(false))
        };
        if let (Ok(observer), Some(root)) = (
            web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
            gloo::utils::document().document_element(),
        ) {
            observer.observe(&root);
        }
        on_resize.forget();

        // pym.js parents send their width on load and resize, and expect the height back.
        if let Some(id) = child_id {
            let send = send.clone();
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    let from_parent = event
                        .source()
                        .is_some_and(|source| js_sys::Object::is(&source, &parent));
                    let width = event
                        .data()
                        .as_string()
                        .and_then(|data| parse_width(&data, &id));
                    if from_parent && width.is_some() {
                        send(true);
                    }
                },
            );
            let _ = window
                .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
            on_message.forget();
        }
        send(true);
    }

    /// The height of the content: the root element's box, which (with no `height: 100%` on
    /// `html` or `body`) follows the content and can shrink.
    fn measure() -> u32 {
        gloo::utils::document()
            .document_element()
            .map_or(0, |root| {
                whole_pixels(root.get_bounding_client_rect().height())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_turns_embed_mode_on_and_keeps_a_well_formed_child_id() {
        let table: [(&str, bool, Option<&str>); 9] = [
            ("", false, None),
            ("?embed", true, None),
            ("?embed=1", true, None),
            ("?embed=false", false, None),
            (
                "?embed&initialWidth=640&childId=claimscope-board&parentTitle=News",
                true,
                Some("claimscope-board"),
            ),
            ("?childId=board%2D2", false, Some("board-2")),
            // An id that would bend the message format, or markup, is no id.
            ("?embed&childId=axPYMxb", true, None),
            ("?embed&childId=%3Cscript%3E", true, None),
            ("?embed&childId=%zz", true, None),
        ];
        for (search, embed, child_id) in table {
            let query = parse_query(search);
            assert_eq!(query.embed, embed, "{search}");
            assert_eq!(query.child_id.as_deref(), child_id, "{search}");
        }
    }

    #[test]
    fn height_messages_use_pyms_format() {
        assert_eq!(
            pym_message("claimscope-board", "height", "812"),
            "pymxPYMxclaimscope-boardxPYMxheightxPYMx812"
        );
    }

    #[test]
    fn only_well_formed_width_messages_for_this_child_are_read() {
        let id = "board";
        let table: [(&str, Option<u32>); 12] = [
            ("pymxPYMxboardxPYMxwidthxPYMx640", Some(640)),
            ("pymxPYMxboardxPYMxwidthxPYMx1", Some(1)),
            // Another child's, another kind, or a malformed value.
            ("pymxPYMxotherxPYMxwidthxPYMx640", None),
            ("pymxPYMxboardxPYMxheightxPYMx640", None),
            (
                "pymxPYMxboardxPYMxnavigateToxPYMxhttps://example.org/",
                None,
            ),
            ("pymxPYMxboardxPYMxwidthxPYMx", None),
            ("pymxPYMxboardxPYMxwidthxPYMx640px", None),
            ("pymxPYMxboardxPYMxwidthxPYMx-640", None),
            ("pymxPYMxboardxPYMxwidthxPYMx0", None),
            ("pymxPYMxboardxPYMxwidthxPYMx99999999", None),
            // Not pym at all.
            (r#"{"type":"embed-size","height":10}"#, None),
            ("xpymxPYMxboardxPYMxwidthxPYMx640", None),
        ];
        for (message, width) in table {
            assert_eq!(parse_width(message, id), width, "{message}");
        }
        // A prefix of the id is another id.
        assert_eq!(parse_width("pymxPYMxboardxPYMxwidthxPYMx640", "boar"), None);
    }

    #[test]
    fn the_full_view_drops_the_embedding_parameters_and_keeps_the_rest() {
        let table = [
            (
                "https://news.example/claimscope/?embed&initialWidth=640&childId=b&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F",
                "doc=a",
                "https://news.example/claimscope/#doc=a",
            ),
            (
                "https://news.example/claimscope/index.html?lang=en&embed=1#old",
                "",
                "https://news.example/claimscope/index.html?lang=en",
            ),
            (
                "file:///home/me/claimscope.html?embed",
                "comparison=comparison-1",
                "file:///home/me/claimscope.html#comparison=comparison-1",
            ),
        ];
        for (href, fragment, expected) in table {
            assert_eq!(full_view_url(href, fragment), expected, "{href}");
        }
    }

    #[test]
    fn the_embed_address_is_the_page_in_embed_mode() {
        assert_eq!(
            embed_url("https://news.example/claimscope/#doc=a"),
            "https://news.example/claimscope/?embed"
        );
        assert_eq!(
            embed_url("https://news.example/c/?lang=en&embed&childId=x"),
            "https://news.example/c/?lang=en&embed"
        );
    }

    #[test]
    fn heights_are_whole_pixels_rounded_up() {
        assert_eq!(whole_pixels(811.2), 812);
        assert_eq!(whole_pixels(812.0), 812);
        assert_eq!(whole_pixels(f64::NAN), 0);
        assert_eq!(whole_pixels(-3.0), 0);
    }
}

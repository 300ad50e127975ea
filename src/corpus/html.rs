//! Readable text from an HTML page, without running or fetching anything in it.
//!
//! A small tolerant scanner rather than a full HTML parser: the page only needs the words a
//! reader sees, in paragraphs. Content of `script`, `style` and other non-text elements is
//! dropped whole; block elements become line breaks; entities are decoded. Nothing is
//! evaluated, and no URL in the page is followed.

/// The readable part of an HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlText {
    /// From `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// Paragraphs separated by blank lines; whitespace inside a paragraph collapsed.
    pub text: String,
}

/// Elements whose content is never shown as article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "nav", "form",
    "button", "select", "canvas", "audio", "video",
];

/// Elements that hold page furniture, not the story: asides (related links, pull quotes that
/// repeat the text), page footers, captions of photos.
const FURNITURE_ELEMENTS: &[&str] = &["aside", "footer", "figcaption"];

/// Words in a class name or id that mark furniture, as news sites name their blocks
/// (`cookie-banner`, `newsletter-signup`, `related-links`, `share-tools`, `breadcrumbs`…).
/// Matched against whole parts of a name split at `-`, `_` and spaces, so "shared" or
/// "adviser" never match.
const FURNITURE_CLASS_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "newsletters",
    "signup",
    "related",
    "recirculation",
    "recirc",
    "trending",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "paywall",
    "subscribe",
    "subscription",
    "comments",
    "outbrain",
    "taboola",
    "popup",
    "modal",
    "byline",
    "bio",
    "toolbar",
];

/// Landmark roles of furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "dialog",
    "alertdialog",
    "search",
    "banner",
];

/// Elements that never have content (no closing tag to skip to).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "blockquote",
    "pre",
    "tr",
    "table",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "hr",
    "address",
    "body",
    "html",
];

/// Extracts the readable text and title of an HTML page.
///
/// ```
/// use claimscope::corpus::html_to_text;
/// let page = html_to_text("<title>Rates</title><p>Rates rose to 5&nbsp;%.<script>alert(1)</script></p>");
/// assert_eq!(page.title.as_deref(), Some("Rates"));
/// assert_eq!(page.text, "Rates rose to 5 %.");
/// ```
pub fn html_to_text(html: &str) -> HtmlText {
    let kept = convert(html, true);
    // A furniture word can sit on an element that wraps the whole story (`<body
    // class="single has-ads">`, `<div class="story social-tools-on">`). When dropping the
    // furniture leaves under a quarter of the page's text, the markup misled the rules: the
    // page is read whole, and the text rules of `regions` still mark its furniture line by line.
    let whole = convert(html, false);
    if kept.text.len() * 4 < whole.text.len() {
        whole
    } else {
        kept
    }
}

/// The page's text and title, leaving out furniture elements when `drop_furniture` is set.
fn convert(html: &str, drop_furniture: bool) -> HtmlText {
    let mut out = TextBuilder::default();
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut capture: Option<(&'static str, String)> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let (text, tag_and_after) = rest.split_at(lt);
        out.push_text(text);
        if let Some((_, buf)) = &mut capture {
            buf.push_str(text);
        }
        if let Some(after_comment) = tag_and_after.strip_prefix("<!--") {
            rest = after_comment
                .find("-->")
                .map_or("", |i| &after_comment[i + 3..]);
            continue;
        }
        let Some(gt) = tag_end(tag_and_after) else {
            // An unclosed `<` is text, as browsers show it.
            out.push_text("<");
            if let Some((_, buf)) = &mut capture {
                buf.push('<');
            }
            rest = &tag_and_after[1..];
            continue;
        };
        let tag = &tag_and_after[1..gt];
        rest = &tag_and_after[gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();

        if !closing && (name == "title" || name == "h1") {
            capture = Some((if name == "title" { "title" } else { "h1" }, String::new()));
        } else if closing && capture.as_ref().is_some_and(|(n, _)| *n == name) {
            let (which, buf) = capture.take().expect("checked above");
            let value = collapse_whitespace(&decode_entities(&buf));
            let slot = if which == "title" {
                &mut title
            } else {
                &mut h1
            };
            if slot.is_none() && !value.is_empty() {
                *slot = Some(value);
            }
        }
        if name == "title" {
            // The title is metadata, not article text: skip its content in the body.
            if !closing {
                let end = find_closing(rest, "title");
                if let Some((_, buf)) = &mut capture {
                    buf.push_str(&rest[..end]);
                }
                rest = &rest[end..];
            }
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            rest = &rest[find_closing(rest, &name)..];
            continue;
        }
        if drop_furniture
            && !closing
            && !tag.ends_with('/')
            && !VOID.contains(&name.as_str())
            && is_furniture(&name, tag)
        {
            out.break_line();
            rest = &rest[find_matching_close(rest, &name)..];
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.break_line();
        }
    }
    out.push_text(rest);
    // `<title>` often adds the site's name or a section ("Opinion | … - Example Review"): the
    // headline itself is the `<h1>` it contains.
    let title = match (title, h1) {
        (Some(title), Some(h1)) if adorns(&title, &h1) => Some(h1),
        (title, h1) => title.or(h1),
    };
    HtmlText {
        title,
        text: out.finish(),
    }
}

/// Whether `title` is `headline` with a site's name or a section around it, set off by a bar or
/// a dash: "Opinion | Headline - Example Review", "Headline | Example News".
fn adorns(title: &str, headline: &str) -> bool {
    const SEPARATORS: &[char] = &['|', '-', '–', '—', ':', '·', '•'];
    let (lower, wanted) = (title.to_lowercase(), headline.to_lowercase());
    let Some(at) = lower.find(&wanted) else {
        return false;
    };
    let before = lower[..at].trim();
    let after = lower[at + wanted.len()..].trim();
    let short = |part: &str| part.split_whitespace().count() <= 6;
    (before.is_empty() || (before.ends_with(SEPARATORS) && short(before)))
        && (after.is_empty() || (after.starts_with(SEPARATORS) && short(after)))
        && !(before.is_empty() && after.is_empty())
}

/// Whether the element that `tag` opens is page furniture: by its name, its landmark role, its
/// class or id, or because it is hidden.
fn is_furniture(name: &str, tag: &str) -> bool {
    if FURNITURE_ELEMENTS.contains(&name) {
        return true;
    }
    let lower = tag.to_ascii_lowercase();
    if attribute(&lower, "hidden").is_some() || attribute(&lower, "aria-hidden") == Some("true") {
        return true;
    }
    if attribute(&lower, "role").is_some_and(|role| FURNITURE_ROLES.contains(&role)) {
        return true;
    }
    ["class", "id"].iter().any(|key| {
        attribute(&lower, key).is_some_and(|value| {
            value
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| FURNITURE_CLASS_WORDS.contains(&word))
        })
    })
}

/// The value of attribute `key` in a tag's text (`div class="a b" hidden`), quoted or bare;
/// an empty value for an attribute given without one.
fn attribute<'a>(tag: &'a str, key: &str) -> Option<&'a str> {
    let bytes = tag.as_bytes();
    let mut from = 0;
    while let Some(found) = tag[from..].find(key) {
        let at = from + found;
        from = at + key.len();
        let before_ok = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let after = &tag[at + key.len()..];
        if !before_ok || after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
            continue;
        }
        let after = after.trim_start();
        let Some(value) = after.strip_prefix('=') else {
            return Some("");
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = &value[1..];
                &inner[..inner.find(quote).unwrap_or(inner.len())]
            }
            _ => {
                &value[..value
                    .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                    .unwrap_or(value.len())]
            }
        });
    }
    None
}

/// The index in `s` just past the tag that closes the element `name` opened before `s`,
/// counting elements of the same name nested in it (a `div` of furniture holds `div`s);
/// `s.len()` when it never closes.
fn find_matching_close(s: &str, name: &str) -> usize {
    let lower = s.to_ascii_lowercase();
    let open = format!("<{name}");
    let close = format!("</{name}");
    let is_tag_end = |at: usize| {
        lower[at..]
            .chars()
            .next()
            .is_none_or(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
    };
    let mut depth = 1;
    let mut at = 0;
    while let Some(found) = lower[at..].find('<') {
        let here = at + found;
        if lower[here..].starts_with(&close) && is_tag_end(here + close.len()) {
            depth -= 1;
            if depth == 0 {
                return lower[here..]
                    .find('>')
                    .map_or(s.len(), |end| here + end + 1);
            }
        } else if lower[here..].starts_with(&open) && is_tag_end(here + open.len()) {
            depth += 1;
        }
        at = here + 1;
    }
    s.len()
}

/// The index of the `>` that ends the tag at the start of `s`, skipping quoted attributes.
fn tag_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if !bytes
        .get(1)
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!' || *b == b'?')
    {
        return None;
    }
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The byte index in `s` of the closing tag `</name`, or `s.len()` when it never closes.
fn find_closing(s: &str, name: &str) -> usize {
    let needle = format!("</{name}");
    let lower = s.to_ascii_lowercase();
    lower.find(&needle).unwrap_or(s.len())
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: numeric ones and the named ones news pages use.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&semi| semi <= 10).and_then(|semi| {
            let name = &after[..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some(' '),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "hellip" => Some('…'),
                "euro" => Some('€'),
                "pound" => Some('£'),
                "yen" => Some('¥'),
                "cent" => Some('¢'),
                "copy" => Some('©'),
                "deg" => Some('°'),
                "times" => Some('×'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32)
                    .filter(|&c| c != '\0'),
            }?;
            Some((c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collects inline text into paragraphs: whitespace collapsed, blocks on lines of their own.
#[derive(Default)]
struct TextBuilder {
    paragraphs: Vec<String>,
    current: String,
}

impl TextBuilder {
    fn push_text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let text = decode_entities(raw);
        for (i, word) in text.split_whitespace().enumerate() {
            let starts_with_space = i > 0 || text.starts_with(char::is_whitespace);
            if starts_with_space && !self.current.is_empty() && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
            self.current.push_str(word);
        }
        if text.ends_with(char::is_whitespace) && !self.current.is_empty() {
            self.current.push(' ');
        }
    }

    fn break_line(&mut self) {
        let paragraph = self.current.trim();
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph.to_owned());
        }
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.break_line();
        self.paragraphs.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_title_and_entities() {
        let page = r#"<!doctype html><html><head><title>Chip exports &amp; curbs</title>
            <style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a></nav>
            <h1>Chip exports</h1>
            <p>Exports fell   <b>12%</b> in&nbsp;2024,<br>officials said.</p>
            <p>It cost &#36;5&#x2C;000 &ldquo;at least&rdquo;.</p></body></html>"#;
        let out = html_to_text(page);
        assert_eq!(out.title.as_deref(), Some("Chip exports & curbs"));
        assert_eq!(
            out.text,
            "Chip exports\n\nExports fell 12% in 2024,\n\nofficials said.\n\nIt cost $5,000 “at least”."
        );
    }

    #[test]
    fn hostile_markup_leaves_no_executable_text() {
        let page = r#"<p>Safe text.</p><script>document.write("<p>injected</p>")</script>
            <img src=x onerror="alert(1)"><iframe src="javascript:alert(2)">inside</iframe>
            <SCRIPT type="text/javascript">alert(3)</SCRIPT><p>More.</p>"#;
        let out = html_to_text(page);
        assert_eq!(out.text, "Safe text.\n\nMore.");
    }

    #[test]
    fn a_furniture_word_on_an_element_around_the_story_loses_no_story() {
        let story = "<p>The council approved a $4 million budget on Tuesday, officials said.</p>\
            <p>The plan adds 12 buses to the city's routes next year.</p>";
        for page in [
            format!("<body class=\"single has-ads\"><article>{story}</article></body>"),
            format!("<div id=\"main\" class=\"story social-tools\">{story}</div>"),
        ] {
            let out = html_to_text(&page);
            assert!(
                out.text.contains("$4 million budget"),
                "{page}: {}",
                out.text
            );
            assert!(out.text.contains("12 buses"), "{page}: {}", out.text);
        }
        // Furniture beside the story is still dropped.
        let page = format!(
            "<article>{story}</article><div class=\"related-links\"><p>Read: Mayor opens a park</p></div>"
        );
        let out = html_to_text(&page);
        assert!(
            out.text.contains("12 buses") && !out.text.contains("opens a park"),
            "{}",
            out.text
        );
    }

    #[test]
    fn h1_is_the_title_when_there_is_no_title_element() {
        let out = html_to_text("<h1>Wages <i>up</i></h1><p>Wages rose.</p>");
        assert_eq!(out.title.as_deref(), Some("Wages up"));
    }

    #[test]
    fn broken_markup_degrades_to_text() {
        assert_eq!(html_to_text("a < b and 3<4 <p").text, "a < b and 3<4 <p");
        assert_eq!(html_to_text("x <!-- never closed").text, "x");
        assert_eq!(html_to_text("<script>unclosed").text, "");
        assert_eq!(
            html_to_text("&bogus; &#0; &#xZZ; &").text,
            "&bogus; &#0; &#xZZ; &"
        );
        assert_eq!(html_to_text("").text, "");
    }
}

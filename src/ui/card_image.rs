//! One card of the board as an image for a social post (#19): a self-contained SVG with the
//! card's verdict (its word, its shape and its colour-blind-safe colour), its label, each
//! source's value with who said it and where (by outlet and date), the values on one axis, and
//! the plain "Why?". Made in the page from the analysis, with no request: the file names no
//! font, image or style sheet outside itself.

use super::plot::{Scale, WIDTH};
use crate::Analysis;
use crate::claims::{ComparisonRecord, Verdict};
use crate::wording::{SourceName, readable_number, unit_axis};

/// The image's width in pixels; its height follows from the text.
const IMAGE_WIDTH: f64 = 1000.0;
const MARGIN: f64 = 40.0;
/// Characters on a line of body text before it wraps (17 px text in about 920 px).
const LINE_CHARS: usize = 92;
/// Characters on a line of the heading (24 px bold).
const HEADING_CHARS: usize = 58;
/// Rows drawn, as on the board; a card with more says how many it leaves out.
const ROWS: usize = 12;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/// The verdict's colour, as on the page: blue and vermillion from the Okabe–Ito palette.
fn colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Agree => "#0072b2",
        Verdict::Diverge => "#b34700",
    }
}

/// The card as an SVG document.
pub fn card_svg(analysis: &Analysis, card: &ComparisonRecord) -> String {
    let colour = colour(card.verdict);
    let word = match card.verdict {
        Verdict::Agree => "AGREE",
        Verdict::Diverge => "DIVERGE",
    };
    let mut body = String::new();
    let mut y = MARGIN;

    // The verdict, as a shape, a word and a colour, and then the label.
    let shape = match card.verdict {
        Verdict::Diverge => format!(
            r#"<polygon points="{x0},{y1} {x1},{y0} {x2},{y1}" fill="{colour}"/>"#,
            x0 = MARGIN,
            x1 = MARGIN + 11.0,
            x2 = MARGIN + 22.0,
            y0 = y,
            y1 = y + 20.0
        ),
        Verdict::Agree => format!(
            r#"<circle cx="{}" cy="{}" r="10" fill="{colour}"/>"#,
            MARGIN + 11.0,
            y + 10.0
        ),
    };
    body.push_str(&shape);
    body.push_str(&format!(
        r#"<text x="{}" y="{}" font-size="20" font-weight="700" fill="{colour}" letter-spacing="1">{word}</text>"#,
        MARGIN + 32.0,
        y + 18.0
    ));
    y += 56.0;
    for line in wrap(&card.label, HEADING_CHARS) {
        body.push_str(&text_line(MARGIN, y, 26.0, "700", "#111", &line));
        y += 34.0;
    }
    if !card.independent {
        y += 4.0;
        body.push_str(&text_line(
            MARGIN,
            y,
            16.0,
            "400",
            "#444",
            "Not independent: these sources share text or a speaker.",
        ));
        y += 26.0;
    }
    y += 10.0;

    // A row per source: the value, who and where, then its bar on the card's axis.
    let scale = Scale::of(&card.members);
    let plot_width = IMAGE_WIDTH - 2.0 * MARGIN;
    let to_x = |at: f64| MARGIN + at / WIDTH * plot_width;
    for member in card.members.iter().take(ROWS) {
        let source = analysis
            .document(&member.doc)
            .map_or_else(|| "an article".to_owned(), |d| SourceName::from(d).dated());
        let when = if member.qualifiers.is_empty() {
            String::new()
        } else {
            format!(" ({})", member.qualifiers.join(", "))
        };
        let line = format!("{} — {}, {source}{when}", member.value, member.who());
        for (i, part) in wrap(&line, LINE_CHARS).iter().enumerate() {
            let bold = if i == 0 { member.value.as_str() } else { "" };
            body.push_str(&text_with_lead(MARGIN, y, 17.0, "#111", bold, part));
            y += 23.0;
        }
        let bar = scale.bar(member);
        let top = y - 6.0;
        body.push_str(&format!(
            "<line x1=\"{}\" x2=\"{}\" y1=\"{mid}\" y2=\"{mid}\" stroke=\"#bbb\" stroke-width=\"1\"/>",
            to_x(0.0),
            to_x(WIDTH),
            mid = top + 12.0
        ));
        if bar.implicit {
            let x = to_x(bar.marks[0]);
            body.push_str(&format!(
                r#"<polygon points="{x},{} {},{} {x},{} {},{}" fill="{colour}"/>"#,
                top + 2.0,
                x + 12.0,
                top + 12.0,
                top + 22.0,
                x - 12.0,
                top + 12.0
            ));
        } else {
            let from = to_x(bar.from);
            let width = (to_x(bar.to) - from).max(4.0);
            // Soft ends ("about") faded and dashed, as on the page.
            let style = if bar.soft {
                format!(
                    r#"fill="{colour}" fill-opacity="0.35" stroke="{colour}" stroke-dasharray="4 3""#
                )
            } else {
                format!(r#"fill="{colour}" fill-opacity="0.7""#)
            };
            body.push_str(&format!(
                r#"<rect x="{from:.1}" y="{}" width="{width:.1}" height="12" rx="3" {style}/>"#,
                top + 6.0
            ));
            for mark in &bar.marks {
                let x = to_x(*mark);
                body.push_str(&format!(
                    r##"<line x1="{x:.1}" x2="{x:.1}" y1="{}" y2="{}" stroke="#111" stroke-width="2"/>"##,
                    top + 2.0,
                    top + 22.0
                ));
            }
            let arrow = |tip: f64, back: f64| {
                format!(
                    r#"<polygon points="{back:.1},{} {tip:.1},{} {back:.1},{}" fill="{colour}"/>"#,
                    top + 2.0,
                    top + 12.0,
                    top + 22.0
                )
            };
            if bar.open_right {
                body.push_str(&arrow(to_x(WIDTH), to_x(WIDTH) - 18.0));
            }
            if bar.open_left {
                body.push_str(&arrow(to_x(0.0), to_x(0.0) + 18.0));
            }
            if bar.nearly {
                let end = to_x(bar.to);
                body.push_str(&arrow(end - 14.0, end));
            }
        }
        y += 34.0;
    }
    if card.members.len() > ROWS {
        body.push_str(&text_line(
            MARGIN,
            y,
            15.0,
            "400",
            "#444",
            &format!("and {} more values", card.members.len() - ROWS),
        ));
        y += 24.0;
    }

    // The axis: round labels and the unit under them.
    for tick in scale.ticks() {
        let x = to_x(scale.x(tick));
        let anchor = if x < MARGIN + 40.0 {
            "start"
        } else if x > IMAGE_WIDTH - MARGIN - 40.0 {
            "end"
        } else {
            "middle"
        };
        body.push_str(&format!(
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{}" y2="{}" stroke="#777"/><text x="{x:.1}" y="{}" font-size="14" fill="#444" text-anchor="{anchor}">{}</text>"##,
            y - 8.0,
            y - 2.0,
            y + 14.0,
            escape(&readable_number(tick))
        ));
    }
    y += 36.0;
    body.push_str(&text_line(
        MARGIN,
        y,
        14.0,
        "400",
        "#444",
        &format!("in {}", unit_axis(card.unit)),
    ));
    y += 36.0;

    // Why, in plain words.
    for (i, line) in wrap(
        &format!("Why? {}", card.plain_why(&analysis.documents)),
        LINE_CHARS,
    )
    .iter()
    .enumerate()
    {
        let bold = if i == 0 { "Why?" } else { "" };
        body.push_str(&text_with_lead(MARGIN, y, 17.0, "#222", bold, line));
        y += 24.0;
    }
    y += 16.0;
    body.push_str(&text_line(
        MARGIN,
        y,
        14.0,
        "400",
        "#555",
        "Claimscope: what the sources claim, number by number",
    ));
    let height = (y + MARGIN).ceil();
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" font-family="{font}">"#,
            "<title>{title}</title>",
            r##"<rect width="{w}" height="{h}" fill="#fff"/><rect width="10" height="{h}" fill="{colour}"/>"##,
            "{body}</svg>\n"
        ),
        w = IMAGE_WIDTH,
        h = height,
        font = FONT,
        title = escape(&format!("{} — {}", word_title(card.verdict), card.label)),
        colour = colour,
        body = body,
    )
}

/// The image of the card `id` as SVG text, with the file name it downloads under (`extension`
/// "svg" or "png"); `None` when the analysis has no such card.
pub fn image_of_card(analysis: &Analysis, id: &str, extension: &str) -> Option<(String, String)> {
    let card = analysis.comparisons.iter().find(|c| c.id == id)?;
    Some((card_svg(analysis, card), file_name(card, extension)))
}

/// The name the downloaded file takes: "claimscope-the-lead-in-years.svg".
pub fn file_name(card: &ComparisonRecord, extension: &str) -> String {
    let mut slug = String::new();
    for c in card.label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.chars().count() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "card" } else { slug };
    format!("claimscope-{slug}.{extension}")
}

fn word_title(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Agree => "Agree",
        Verdict::Diverge => "Diverge",
    }
}

fn text_line(x: f64, y: f64, size: f64, weight: &str, fill: &str, text: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        escape(text)
    )
}

/// A line of text whose opening words `lead` (if it opens with them) are bold.
fn text_with_lead(x: f64, y: f64, size: f64, fill: &str, lead: &str, text: &str) -> String {
    match text.strip_prefix(lead).filter(|_| !lead.is_empty()) {
        Some(rest) => format!(
            r#"<text x="{x}" y="{y}" font-size="{size}" fill="{fill}"><tspan font-weight="700">{}</tspan>{}</text>"#,
            escape(lead),
            escape(rest)
        ),
        None => text_line(x, y, size, "400", fill, text),
    }
}

/// Text made safe in XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 refuses (a scraped text may hold them).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Lines of at most `width` characters, broken at spaces (a longer word stands alone). SVG
/// text does not wrap by itself.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_card_is_an_svg_with_its_label_sources_and_verdict() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        assert!(!analysis.comparisons.is_empty());
        for card in &analysis.comparisons {
            let svg = card_svg(&analysis, card);
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.trim_end().ends_with("</svg>"));
            // The label (escaped, possibly wrapped): its first word is in the title.
            assert!(svg.contains(&format!("<title>{}", word_title(card.verdict))));
            assert!(text_of(&svg).contains(&escape(&card.label)), "{svg}");
            let word = if card.verdict == Verdict::Diverge {
                "DIVERGE"
            } else {
                "AGREE"
            };
            assert!(svg.contains(&format!(">{word}</text>")));
            assert!(svg.contains(colour(card.verdict)));
            // Sources by outlet and date, never by document id.
            for member in &card.members {
                assert!(!svg.contains(&member.doc), "{} in {svg}", member.doc);
                let document = analysis.document(&member.doc).unwrap();
                assert!(text_of(&svg).contains(&escape(&SourceName::from(document).short())));
            }
            // Nothing that a browser would fetch.
            assert!(!svg.contains("href"), "{svg}");
            assert!(!svg.contains("url("), "{svg}");
        }
    }

    /// The image's words, lines joined: what a reader of the image sees.
    fn text_of(svg: &str) -> String {
        let mut text = String::new();
        for part in svg.split('<') {
            text.push(' ');
            text.push_str(part.split_once('>').map_or(part, |(_, after)| after));
        }
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn text_is_escaped_and_wrapped() {
        assert_eq!(
            escape("A & B <c> \"d\"\u{1}"),
            "A &amp; B &lt;c&gt; &quot;d&quot; "
        );
        let lines = wrap("one two three four five six", 9);
        assert_eq!(lines, ["one two", "three", "four five", "six"]);
        assert_eq!(wrap("", 9), Vec::<String>::new());
        assert_eq!(wrap("unbreakableword ok", 5), ["unbreakableword", "ok"]);
    }

    #[test]
    fn the_file_is_named_after_the_label() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        let mut card = analysis.comparisons[0].clone();
        card.label = "The U.S. lead: 2–3 years?".into();
        assert_eq!(
            file_name(&card, "svg"),
            "claimscope-the-u-s-lead-2-3-years.svg"
        );
        card.label = "—".into();
        assert_eq!(file_name(&card, "png"), "claimscope-card.png");
    }
}

//! Long documents are read a part at a time: a browser draws a few thousand highlights at
//! once without a pause, not the hundred thousand of a whole book. Parts end at paragraph
//! breaks where there are any, so no sentence is cut in two.

use std::ops::Range;

/// About this many bytes of text per part.
pub const PART_BYTES: usize = 48 * 1024;

/// The byte ranges of `text`'s parts, in order, covering it whole; one part for short text.
pub fn parts(text: &str) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    while text.len() - start > PART_BYTES + PART_BYTES / 2 {
        let end = break_after(text, start + PART_BYTES);
        parts.push(start..end);
        start = end;
    }
    parts.push(start..text.len());
    parts
}

/// The end of the part that should end near `at`: after the next paragraph break within half a
/// part, else the next line break, else the next space, else the next character boundary.
fn break_after(text: &str, at: usize) -> usize {
    let window_end = (at + PART_BYTES / 2).min(text.len());
    let window = &text.as_bytes()[at..window_end];
    let find = |pattern: &[u8]| {
        window
            .windows(pattern.len())
            .position(|w| w == pattern)
            .map(|i| at + i + pattern.len())
    };
    find(b"\n\n")
        .or_else(|| find(b"\n"))
        .or_else(|| find(b" "))
        .unwrap_or_else(|| {
            (at..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len())
        })
}

/// The part that holds byte `offset`.
pub fn part_of(parts: &[Range<usize>], offset: usize) -> usize {
    parts
        .iter()
        .position(|p| p.contains(&offset))
        .unwrap_or(parts.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(count: usize) -> String {
        (0..count)
            .map(|i| {
                format!(
                    "Paragraph {i}: the council said rents rose 4% in May, to about £1,200 a month."
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn short_text_is_one_part() {
        let text = paragraphs(20);
        assert_eq!(parts(&text), vec![0..text.len()]);
        assert_eq!(parts(""), vec![0..0]);
    }

    #[test]
    fn long_text_is_cut_after_paragraph_breaks_and_covered_whole() {
        let text = paragraphs(20_000);
        let parts = parts(&text);
        assert!(parts.len() > 20, "{} parts", parts.len());
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, text.len());
        for pair in parts.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(text[..pair[0].end].ends_with("\n\n"));
            assert!(text[pair[1].clone()].starts_with("Paragraph"));
        }
        assert!(parts.iter().all(|p| p.len() <= PART_BYTES * 2));
    }

    #[test]
    fn text_without_breaks_is_cut_on_character_boundaries() {
        let text = "é".repeat(200_000);
        let parts = parts(&text);
        assert!(parts.len() > 3);
        for p in &parts {
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        }
        assert_eq!(part_of(&parts, text.len() - 1), parts.len() - 1);
        assert_eq!(part_of(&parts, parts[2].start), 2);
    }
}

//! Long documents are read a part at a time: a browser draws a few thousand highlights at
//! once without a pause, not the hundred thousand of a whole book. A part ends after about
//! [`PART_BYTES`] of text or [`PART_HIGHLIGHTS`] highlights, whichever comes first, so that a
//! dense table of figures is cut as finely as it needs; parts end at paragraph breaks where
//! there are any, so no sentence is cut in two.

use std::ops::Range;

/// About this many bytes of text per part.
pub const PART_BYTES: usize = 48 * 1024;

/// At most about this many highlights per part. Each highlight is several elements (the mark
/// and its tooltip): 300 of them draw in a few tens of milliseconds, where the 1,100 of 48 KB
/// of dense figures held the page for half a second. Ordinary news has about 150 in 48 KB, so
/// its parts are cut by length.
pub const PART_HIGHLIGHTS: usize = 300;

/// The byte ranges of `text`'s parts, in order, covering it whole; one part for short text.
/// `highlights` are the byte offsets where highlights start, in ascending order.
pub fn parts(text: &str, highlights: &[usize]) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    loop {
        let first = highlights.partition_point(|&h| h < start);
        let by_length = start + PART_BYTES;
        let at = highlights
            .get(first + PART_HIGHLIGHTS)
            .map_or(by_length, |&h| h.min(by_length))
            .max(start + 1);
        let length = at - start;
        // The last part may be half as long again as the others rather than a sliver.
        let rest = text.len() - start;
        let rest_highlights = highlights.len() - first;
        if rest <= length + length / 2 && rest_highlights <= PART_HIGHLIGHTS + PART_HIGHLIGHTS / 2 {
            break;
        }
        let end = break_after(text, at.min(text.len()), length / 2);
        if end >= text.len() {
            break;
        }
        parts.push(start..end);
        start = end;
    }
    parts.push(start..text.len());
    parts
}

/// The end of the part that should end near `at`: after the next paragraph break within
/// `window` bytes, else the next line break, else the next space, else the next character
/// boundary.
fn break_after(text: &str, at: usize, window: usize) -> usize {
    let window_end = (at + window).min(text.len());
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
        assert_eq!(parts(&text, &[]), vec![0..text.len()]);
        assert_eq!(parts("", &[]), vec![0..0]);
    }

    #[test]
    fn long_text_is_cut_after_paragraph_breaks_and_covered_whole() {
        let text = paragraphs(20_000);
        let parts = parts(&text, &[]);
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
        let parts = parts(&text, &[]);
        assert!(parts.len() > 3);
        for p in &parts {
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        }
        assert_eq!(part_of(&parts, text.len() - 1), parts.len() - 1);
        assert_eq!(part_of(&parts, parts[2].start), 2);
    }

    /// The byte offsets of every figure ("4%", "£1,200") in `text`, as the reader's highlights.
    fn figures(text: &str) -> Vec<usize> {
        let mut starts = Vec::new();
        for (i, _) in text.match_indices("4%") {
            starts.push(i);
        }
        for (i, _) in text.match_indices("£1,200") {
            starts.push(i);
        }
        starts.sort_unstable();
        starts
    }

    #[test]
    fn dense_figures_are_cut_by_highlights_not_by_length() {
        // Two figures in every 80-byte paragraph: 48 KB would hold about 1,200 highlights.
        let text = paragraphs(5_000);
        let highlights = figures(&text);
        let parts = parts(&text, &highlights);
        let most = parts
            .iter()
            .map(|p| highlights.iter().filter(|&&h| p.contains(&h)).count())
            .max()
            .unwrap();
        assert!(
            most <= PART_HIGHLIGHTS + PART_HIGHLIGHTS / 2,
            "{most} highlights in a part"
        );
        assert!(
            parts.iter().all(|p| p.len() < PART_BYTES / 2),
            "cut by highlights"
        );
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, text.len());
        for pair in parts.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(
                text[..pair[0].end].ends_with("\n\n"),
                "cut at a paragraph break"
            );
        }
    }

    #[test]
    fn sparse_highlights_leave_parts_cut_by_length() {
        let text = paragraphs(20_000);
        // One figure every 100 paragraphs: far fewer than the budget in any part.
        let highlights: Vec<usize> = figures(&text).into_iter().step_by(200).collect();
        assert_eq!(parts(&text, &highlights), parts(&text, &[]));
    }

    #[test]
    fn a_short_text_with_many_highlights_is_still_cut() {
        let text = paragraphs(400); // 32 KB, under one part's length
        let highlights = figures(&text);
        assert!(highlights.len() > 2 * PART_HIGHLIGHTS);
        let parts = parts(&text, &highlights);
        assert!(parts.len() >= 2, "{} parts", parts.len());
        assert_eq!(parts.last().unwrap().end, text.len());
    }
}

//! Sentence boundaries for news text.
//!
//! Rules rather than a model: a boundary is a terminator (`.` `!` `?` `…`), with any closing
//! quotes and brackets after it, followed by the start of a new sentence. What makes news hard
//! is everything that looks like a terminator and is not: abbreviations ("U.S.", "Dr.",
//! "Jan.", "e.g."), initials ("John F. Kennedy"), decimals ("3.9"), section numerals ("IV.")
//! and list markers ("2."). Scraped text also glues sentences at link boundaries
//! ("errand.Ironically"), which is a boundary though no space follows. Line breaks always end
//! a sentence: headlines, headings and paragraphs carry no terminator of their own.

use super::Span;

/// Words that, followed by a period, never end a sentence: titles and shortened words that
/// always take a continuation.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "vs", "v", "e.g", "i.e", "cf",
    "approx", "no", "nos", "fig", "figs", "vol", "ch", "pp", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "univ",
    "assn", "bros",
];

/// Abbreviations that may end a sentence ("…made in the U.S. The plant…"): a boundary only
/// when the next word is one that typically opens a sentence.
const MAYBE_FINAL: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "inc", "ltd", "co", "corp", "llc", "plc", "etc",
    "jr", "d.c",
];

/// Words that usually open a sentence; used to end a sentence after an abbreviation.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "but",
    "and",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "however",
    "meanwhile",
    "still",
    "there",
    "what",
    "why",
    "how",
    "after",
    "before",
    "since",
    "by",
    "with",
    "some",
    "many",
    "most",
    "both",
    "all",
    "no",
];

/// The sentences of `text` as byte spans, trimmed of surrounding whitespace.
///
/// ```
/// use claimscope::text::sentences;
/// let text = "The U.S. lead is shrinking. Dr. Lee put it at 1.5 years.";
/// let found: Vec<&str> = sentences(text).iter().map(|s| s.of(text)).collect();
/// assert_eq!(found, ["The U.S. lead is shrinking.", "Dr. Lee put it at 1.5 years."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut sentence_start = 0;
    let mut i = 0;
    // Scanning bytes, not chars: terminators are ASCII or '…' (E2 80 A6), and UTF-8 never
    // hides an ASCII byte inside a multibyte character.
    while let Some(offset) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    {
        let at = i + offset;
        let c = line[at..]
            .chars()
            .next()
            .expect("a candidate byte starts a char");
        if !matches!(c, '.' | '!' | '?' | '…') {
            i = at + c.len_utf8();
            continue;
        }
        // The terminator run: "?!", "...", and closing quotes or brackets after it.
        let mut after = at + c.len_utf8();
        while let Some(next) = line[after..].chars().next() {
            if matches!(
                next,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']'
            ) {
                after += next.len_utf8();
            } else {
                break;
            }
        }
        if is_boundary(line, sentence_start, at, c, after) {
            push_trimmed(start + sentence_start, start + after, text, out);
            sentence_start = after;
        }
        i = after;
    }
    push_trimmed(start + sentence_start, end, text, out);
}

/// Whether the terminator `c` at `at` (its run ending at `after`) ends a sentence.
fn is_boundary(line: &str, sentence_start: usize, at: usize, c: char, after: usize) -> bool {
    let rest = &line[after..];
    let Some(next) = rest.chars().next() else {
        return false; // the end of the line ends the sentence anyway
    };
    let word_before = word_before(line, at);
    if !next.is_whitespace() {
        // Glued: "errand.Ironically" or "Confrontation?The". A capital followed by a lowercase
        // letter, after a lowercase word, is a new sentence; "U.S.", "3.9", "GPT-4.5",
        // "www.example.com" are not.
        let mut rest_chars = rest.chars();
        let (first, second) = (rest_chars.next(), rest_chars.next());
        let capitalised_word =
            first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase);
        let lowercase_before = word_before.chars().count() >= 2
            && word_before.chars().last().is_some_and(char::is_lowercase);
        return capitalised_word && (c != '.' || lowercase_before);
    }
    let next_word = rest.trim_start();
    let Some(first) = next_word.chars().next() else {
        return false;
    };
    let opens_sentence = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\'' | '“' | '‘' | '(' | '[' | '—' | '-' | '–');
    if !opens_sentence {
        return false;
    }
    if c != '.' {
        return true;
    }
    let lower = word_before.to_lowercase();
    let bare = lower.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    if NEVER_FINAL.contains(&bare) {
        return false;
    }
    if MAYBE_FINAL.contains(&bare) {
        return starts_with_opener(next_word);
    }
    // Initials: a single capital letter ("John F. Kennedy").
    let mut letters = bare.chars();
    if letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none() {
        return starts_with_opener(next_word) && word_before.chars().all(char::is_lowercase);
    }
    // A section numeral or list marker opening the line: "IV. Costs", "2. Promote".
    if line[sentence_start..at].trim().len() == word_before.len() && is_marker(word_before) {
        return false;
    }
    true
}

/// The run of non-whitespace characters that ends at byte `at` (a terminator's position).
fn word_before(line: &str, at: usize) -> &str {
    let head = &line[..at];
    let start = head.rfind(char::is_whitespace).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    &head[start..]
}

fn starts_with_opener(next_word: &str) -> bool {
    let word: String = next_word
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    SENTENCE_OPENERS.contains(&word.as_str())
}

/// Roman numerals (I–XXXIX) and small arabic numbers, as used for headings and lists.
fn is_marker(word: &str) -> bool {
    let is_roman =
        !word.is_empty() && word.len() <= 6 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let is_number = !word.is_empty() && word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit());
    is_roman || is_number
}

/// The longest sentence, in bytes. A longer run of text without a sentence end (a table, a
/// list, a page with no full stops) is cut at spaces into pieces of at most this size: the
/// later stages look at every word of a sentence for each value in it, so one unbounded
/// sentence would make them quadratic in time and memory. News sentences stay well below it
/// (the longest in the bundled and benchmark articles is about 530 bytes).
pub const MAX_SENTENCE_BYTES: usize = 1500;

fn push_trimmed(start: usize, end: usize, text: &str, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let mut trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    while trimmed_end.saturating_sub(trimmed_start) > MAX_SENTENCE_BYTES {
        let mut limit = trimmed_start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[trimmed_start..limit];
        // At the last space, or mid-word when there is none.
        let (cut, next) = match window.rfind(char::is_whitespace) {
            Some(at) if !window[..at].trim_end().is_empty() => (
                trimmed_start + window[..at].trim_end().len(),
                trimmed_start + at + window[at..].chars().next().map_or(1, char::len_utf8),
            ),
            _ => (limit, limit),
        };
        out.push(Span::new(trimmed_start, cut));
        let rest = &text[next..trimmed_end];
        trimmed_start = next + (rest.len() - rest.trim_start().len());
    }
    if trimmed_start < trimmed_end {
        out.push(Span::new(trimmed_start, trimmed_end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, expected sentences) — one row per behaviour, as regex's testdata.
    const CASES: &[(&str, &[&str])] = &[
        ("One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]),
        (
            "The U.S. and China agreed. Talks resume.",
            &["The U.S. and China agreed.", "Talks resume."],
        ),
        (
            "It was made in the U.S. The plant closed.",
            &["It was made in the U.S.", "The plant closed."],
        ),
        ("Dr. Lee and Mr. Wu spoke.", &["Dr. Lee and Mr. Wu spoke."]),
        (
            "On Jan. 17 he spoke. Prices fell.",
            &["On Jan. 17 he spoke.", "Prices fell."],
        ),
        (
            "Chips, e.g. GPUs, cost more. Fine.",
            &["Chips, e.g. GPUs, cost more.", "Fine."],
        ),
        (
            "GDP grew 3.9 percent. Exports fell.",
            &["GDP grew 3.9 percent.", "Exports fell."],
        ),
        (
            "John F. Kennedy spoke in 1961. Then he left.",
            &["John F. Kennedy spoke in 1961.", "Then he left."],
        ),
        (
            "He said, \"It is over.\" Then he left.",
            &["He said, \"It is over.\"", "Then he left."],
        ),
        (
            "She asked “why?” Nobody answered.",
            &["She asked “why?”", "Nobody answered."],
        ),
        (
            "It is a fools errand.Ironically, talks go on.",
            &["It is a fools errand.", "Ironically, talks go on."],
        ),
        (
            "Collaboration or Confrontation?The US is fixated.",
            &["Collaboration or Confrontation?", "The US is fixated."],
        ),
        (
            "Visit www.example.com today. Or not.",
            &["Visit www.example.com today.", "Or not."],
        ),
        (
            "IV. US Chip Export Controls",
            &["IV. US Chip Export Controls"],
        ),
        (
            "2. Promote dialogue. Then act.",
            &["2. Promote dialogue.", "Then act."],
        ),
        (
            "It rose to 2030. 2031 will be worse.",
            &["It rose to 2030.", "2031 will be worse."],
        ),
        ("Wait... What happened?", &["Wait...", "What happened?"]),
        (
            "Headline with no stop\nBody starts here. Ends.",
            &["Headline with no stop", "Body starts here.", "Ends."],
        ),
        (
            "Line one\r\nLine two\rLine three",
            &["Line one", "Line two", "Line three"],
        ),
        ("  \n\n  ", &[]),
        (
            "prices fell. analysts shrugged.",
            &["prices fell. analysts shrugged."],
        ),
        (
            "Model GPT-4.5 beat it. OK.",
            &["Model GPT-4.5 beat it.", "OK."],
        ),
    ];

    #[test]
    fn a_run_without_sentence_ends_is_cut_at_spaces_into_bounded_pieces() {
        for text in [
            "sales rose 5%, ".repeat(1000),
            "5%".repeat(2000),
            "é\u{3000}".repeat(1500),
            format!("{} Short one. {}", "word ".repeat(400), "ü".repeat(2000)),
        ] {
            let found = sentences(&text);
            let mut covered = 0;
            for span in &found {
                assert!(span.end - span.start <= MAX_SENTENCE_BYTES, "{span:?}");
                assert!(span.start >= covered && span.start < span.end);
                let piece = &text[span.start..span.end];
                assert_eq!(piece, piece.trim(), "trimmed");
                covered = span.end;
            }
            let kept: usize = found.iter().map(|s| s.of(&text).trim().len()).sum();
            let words: usize = text.split_whitespace().map(str::len).sum();
            assert_eq!(
                found
                    .iter()
                    .map(|s| s.of(&text).split_whitespace().map(str::len).sum::<usize>())
                    .sum::<usize>(),
                words,
                "no text lost"
            );
            assert!(kept >= words);
        }
        let text = "sales rose 5%, ".repeat(1000);
        assert!(
            sentences(&text)[0].of(&text).ends_with("5%,"),
            "cut at a space"
        );
    }

    #[test]
    fn sentence_table() {
        for (input, expected) in CASES {
            let got: Vec<&str> = sentences(input).iter().map(|s| s.of(input)).collect();
            assert_eq!(&got, expected, "input: {input:?}");
        }
    }

    #[test]
    fn spans_point_into_the_original_bytes_with_multibyte_text() {
        let text = "Zhōngguó’s share rose. “Big” gains — ¥5 trillion.";
        for span in sentences(text) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        let got: Vec<&str> = sentences(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(
            got,
            ["Zhōngguó’s share rose.", "“Big” gains — ¥5 trillion."]
        );
    }
}

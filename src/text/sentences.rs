//! Sentence boundaries for news text.
//!
//! Rules rather than a model: a boundary is a terminator (`.` `!` `?` `…`), with any closing
//! quotes and brackets after it, followed by the start of a new sentence. What makes news hard
//! is everything that looks like a terminator and is not: abbreviations ("U.S.", "Dr.",
//! "Jan.", "e.g."), initials ("John F. Kennedy"), decimals ("3.9"), section numerals ("IV.")
//! and list markers ("2."). Scraped text also glues sentences at link boundaries
//! ("errand.Ironically"), which is a boundary though no space follows. Line breaks end a
//! sentence (headlines, headings and paragraphs carry no terminator of their own) unless the
//! next line goes on in lowercase: hard-wrapped text ("a serial liar who has\nrepeatedly
//! pledged …") continues its sentence, across a blank line too when the line before it has no
//! sentence end of its own (a paragraph cut at a link).

use super::Span;

/// Words that, followed by a period, never end a sentence: titles and shortened words that
/// always take a continuation.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "gen", "gens", "col", "lt", "maj", "brig",
    "sgt", "cpl", "pvt", "capt", "cmdr", "adm", "gov", "govs", "sen", "sens", "rep", "reps", "rev",
    "fr", "hon", "pres", "supt", "atty", "det", "insp", "vs", "v", "e.g", "i.e", "cf", "approx",
    "fig", "figs", "vol", "ch", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "univ", "assn",
];

/// Words that, followed by a period, do not end a sentence when a number follows: "No. 2",
/// "Nos. 3 and 4". Before a word they are the plain word ("He said no. The vote…").
const BEFORE_NUMBER: &[&str] = &["no", "nos", "art", "sec", "pt"];

/// Abbreviations that may end a sentence ("…made in the U.S. The plant…"): a boundary only
/// when the next word is one that typically opens a sentence. Letters joined by periods
/// ("N.C.", "S.E.C.", "G.K.") count as such too, whatever the letters.
const MAYBE_FINAL: &[&str] = &[
    "inc", "ltd", "co", "corp", "llc", "plc", "etc", "jr", "sr", "bros", "esq",
];

/// Abbreviations of US states (AP style) that may end a sentence ("…in Charlotte, N.C."), as
/// MAYBE_FINAL but only capitalised as written: "Ill." and "Wash." are states, "ill." and
/// "wash." the words.
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
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
    // Lines that go on in lowercase join the one before into one piece to split.
    let mut piece_start = 0;
    // Each line ends after its '\n' or '\r', found by bytes rather than decoding each char.
    let breaks = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n' || b == b'\r')
        .map(|(i, _)| i + 1);
    for line_end in breaks {
        if !continues_after(text, piece_start, line_end) {
            split_line(text, piece_start, line_end, &mut out);
            piece_start = line_end;
        }
    }
    if piece_start < text.len() {
        split_line(text, piece_start, text.len(), &mut out);
    }
    out
}

/// Whether the text from `piece_start` goes on past the line break that ends at `at`: the next
/// line starts with a lowercase word ("iPhone" is a name, not a continuation), and either no
/// blank line comes between or the text before has no sentence end of its own.
fn continues_after(text: &str, piece_start: usize, at: usize) -> bool {
    let before = text[piece_start..at].trim_end();
    let after = &text[at..];
    let next = after.trim_start();
    let mut next_chars = next.chars();
    let (Some(last), Some(first)) = (before.chars().last(), next_chars.next()) else {
        return false;
    };
    if !first.is_lowercase() || next_chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let gap = &text[piece_start + before.len()..at + (after.len() - next.len())];
    let breaks =
        gap.matches('\n').count() + gap.matches('\r').count() - gap.matches("\r\n").count();
    breaks <= 1
        || !matches!(
            last,
            '.' | '!' | '?' | '…' | ':' | ';' | '"' | '\'' | '”' | '’' | ')' | ']'
        )
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
    if BEFORE_NUMBER.contains(&bare) && first.is_ascii_digit() {
        return false;
    }
    // A section numeral or list marker opening the line: "IV. Costs", "2. Promote", "A. Scope".
    let marker_only = line[sentence_start..at].trim().len() == word_before.len();
    if marker_only && (is_marker(word_before) || is_letter(word_before)) {
        return false;
    }
    let cased = word_before.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    // Abbreviations, dotted letters ("U.S.", "G.K.") and initials ("John F. Kennedy"): a
    // boundary only before a word that usually opens a sentence.
    if MAYBE_FINAL.contains(&bare)
        || STATES.contains(&cased)
        || is_dotted_letters(bare)
        || is_letter(bare)
    {
        return starts_with_opener(next_word);
    }
    true
}

/// A single letter: an initial ("F" of "John F. Kennedy").
fn is_letter(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none()
}

/// Single letters joined by periods, the last one's period not included: "u.s", "g.k", "s.e.c".
fn is_dotted_letters(word: &str) -> bool {
    word.contains('.') && word.split('.').all(is_letter)
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
        // Titles before a name never end a sentence, plural ones included.
        (
            "Sens. John McCain and Lindsey Graham objected. Rep. Paul Ryan agreed.",
            &[
                "Sens. John McCain and Lindsey Graham objected.",
                "Rep. Paul Ryan agreed.",
            ],
        ),
        (
            "Lt. Gov. Dan Patrick and Gen. Mark Milley spoke at St. John's Church.",
            &["Lt. Gov. Dan Patrick and Gen. Mark Milley spoke at St. John's Church."],
        ),
        // Initials joined by periods are a name, not a sentence end; before a usual sentence
        // opener they end one.
        (
            "“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus.",
            &["“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus."],
        ),
        (
            "The firms lied to the S.E.C. The agency declined to comment.",
            &[
                "The firms lied to the S.E.C.",
                "The agency declined to comment.",
            ],
        ),
        (
            "The U.N. Security Council met at 7 p.m. It adjourned.",
            &["The U.N. Security Council met at 7 p.m.", "It adjourned."],
        ),
        (
            "She grew up in Charlotte, N.C. Her father was a pastor.",
            &["She grew up in Charlotte, N.C.", "Her father was a pastor."],
        ),
        // A capital initial ends a sentence only before a usual sentence opener.
        (
            "Franklin D. Roosevelt won. They called it Plan B. The name stuck.",
            &[
                "Franklin D. Roosevelt won.",
                "They called it Plan B.",
                "The name stuck.",
            ],
        ),
        (
            "A. Scope of the review\nB. Findings",
            &["A. Scope of the review", "B. Findings"],
        ),
        // "No." is an abbreviation before a number only.
        (
            "He ranks No. 2 in the polls. Asked again, he said no. Trump laughed.",
            &[
                "He ranks No. 2 in the polls.",
                "Asked again, he said no.",
                "Trump laughed.",
            ],
        ),
        // Company suffixes and "Jr." mid-sentence, and at a sentence end.
        (
            "Apple Inc. Chief Executive Tim Cook and Ford Motor Co. officials met Martin Luther King Jr. Day organizers.",
            &[
                "Apple Inc. Chief Executive Tim Cook and Ford Motor Co. officials met Martin Luther King Jr. Day organizers.",
            ],
        ),
        (
            "Shares of Acme Corp. rose. He spoke of Martin Luther King Jr. The crowd cheered.",
            &[
                "Shares of Acme Corp. rose.",
                "He spoke of Martin Luther King Jr.",
                "The crowd cheered.",
            ],
        ),
        // State abbreviations are capitalised; the words they spell are not.
        (
            "He lives in Springfield, Ill. Trump won there. She fell ill. Trump called her.",
            &[
                "He lives in Springfield, Ill. Trump won there.",
                "She fell ill.",
                "Trump called her.",
            ],
        ),
        // Hard-wrapped text goes on in lowercase on the next line.
        (
            "Trump is a serial liar who has\nrepeatedly pledged to ban all Muslims from\nentering the U.S.\nHe denies it.",
            &[
                "Trump is a serial liar who has\nrepeatedly pledged to ban all Muslims from\nentering the U.S.",
                "He denies it.",
            ],
        ),
        (
            "Editor’s note: Trump regularly\r\nincites\r\n\r\npolitical violence.\n\nanalysts disagree.",
            &[
                "Editor’s note: Trump regularly\r\nincites\r\n\r\npolitical violence.",
                "analysts disagree.",
            ],
        ),
        (
            "Senate Democrats.\n the senator said on Tuesday.",
            &["Senate Democrats.\n the senator said on Tuesday."],
        ),
        (
            "Apple results\niPhone sales rose 5%.",
            &["Apple results", "iPhone sales rose 5%."],
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

//! Tokens with byte spans: words, numbers, and single symbols.
//!
//! A number token is digits with the separators news text uses inside numbers: grouping
//! commas, apostrophes and spaces in "10,000", "1’700", "320 000", and one decimal point. A run
//! that mixes digits and letters ("A100", "4o", "10bn", "3rd") is one `Mixed` token, so that the
//! quantity grammar sees model names and suffixed numbers whole.

use super::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes ("China's", "don't").
    Word,
    /// Digits with grouping separators and at most one decimal point: "10,000", "3.9".
    Number,
    /// Digits and letters together: "A100", "10bn", "5.6M", "3rd", "1990s".
    Mixed,
    /// Any other single character that is not whitespace: "$", "%", "-", "–", ",".
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// Whitespace separates this token from the previous one (or it is the first).
    pub spaced: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }
}

/// Splits `text` into tokens.
///
/// ```
/// use claimscope::text::{tokens, TokenKind};
/// let text = "$5.6M for 10,000 A100s";
/// let kinds: Vec<(&str, TokenKind)> = tokens(text).iter().map(|t| (t.text(text), t.kind)).collect();
/// assert_eq!(kinds, [
///     ("$", TokenKind::Symbol), ("5.6M", TokenKind::Mixed), ("for", TokenKind::Word),
///     ("10,000", TokenKind::Number), ("A100s", TokenKind::Mixed),
/// ]);
/// ```
pub fn tokens(text: &str) -> Vec<Token> {
    // About one token per six bytes of English.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut spaced = true;
    while i < text.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            spaced = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i = number_end(text, i);
            let letters_end = alnum_end(text, i);
            if letters_end > i {
                i = letters_end;
                TokenKind::Mixed
            } else {
                TokenKind::Number
            }
        } else if c.is_alphabetic() {
            i = word_end(text, i);
            if text[i..].starts_with(|d: char| d.is_ascii_digit()) {
                // Letters then a number keep the number's separators: "USD1,700", "RM23.50".
                i = alnum_end(text, number_end(text, i));
                TokenKind::Mixed
            } else {
                TokenKind::Word
            }
        } else {
            i += c.len_utf8();
            TokenKind::Symbol
        };
        out.push(Token {
            kind,
            span: Span::new(start, i),
            spaced,
        });
        spaced = false;
    }
    out
}

/// A sentence's tokens with their lowercase forms: made once, and read by every stage that
/// works on tokens (attribution, quantities), since tokenising cost as much as some stages.
#[derive(Debug, Clone, Default)]
pub struct Tokenised {
    pub tokens: Vec<Token>,
    pub lower: Lowercase,
}

impl Tokenised {
    pub fn of(text: &str) -> Tokenised {
        let tokens = tokens(text);
        let lower = Lowercase::of(text, &tokens);
        Tokenised { tokens, lower }
    }
}

/// The lowercase form of every token of a text, computed once: the rules read a token's
/// lowercase form many times (each lexicon, each neighbour's check), and lowering it on each
/// read cost more than the rules themselves.
#[derive(Debug, Clone, Default)]
pub struct Lowercase {
    /// The text lowered as ASCII, where each token's form stands at the token's own span;
    /// the rare form that lowering makes longer or shorter ("İ") is appended after the text.
    forms: String,
    /// Where each token's form is in `forms`.
    spans: Vec<Span>,
}

impl Lowercase {
    /// The lowercase forms of `toks`, tokens of `text`.
    pub fn of(text: &str, toks: &[Token]) -> Lowercase {
        let mut forms = text.to_ascii_lowercase();
        let mut spans: Vec<Span> = toks.iter().map(|t| t.span).collect();
        if !text.is_ascii() {
            for span in &mut spans {
                let word = span.of(text);
                // A word with no uppercase letter is kept as written: `to_lowercase` would
                // also change titlecase letters ("ǅ"), which are not uppercase.
                if word.is_ascii() || !word.chars().any(char::is_uppercase) {
                    continue;
                }
                let lower = word.to_lowercase();
                if lower.len() == word.len() {
                    forms.replace_range(span.start..span.end, &lower);
                } else {
                    let start = forms.len();
                    forms.push_str(&lower);
                    *span = Span::new(start, forms.len());
                }
            }
        }
        Lowercase { forms, spans }
    }

    /// Token `i` in lower case; "" past the last token.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |span| span.of(&self.forms))
    }
}

/// End of a number starting at `i`: digits, grouping separators between digit groups, and one
/// decimal point followed by a digit.
fn number_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let start = i;
    let mut seen_decimal = false;
    let mut group_len = 0;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
            group_len += 1;
        }
        let rest = &text[i..];
        let next_is_digit = |skip: usize| rest.as_bytes().get(skip).is_some_and(u8::is_ascii_digit);
        // A grouping separator is followed by exactly three digits: "10,000" but not "1,2".
        let three_digits = |skip: usize| {
            rest.as_bytes()
                .get(skip..skip + 3)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !rest
                    .as_bytes()
                    .get(skip + 3)
                    .is_some_and(u8::is_ascii_digit)
        };
        let separator_len =
            if rest.starts_with(',') || rest.starts_with('\'') || rest.starts_with(' ') {
                1
            } else if rest.starts_with('’')
                || rest.starts_with('\u{202f}')
                || rest.starts_with('\u{a0}')
            {
                rest.chars().next().map_or(0, char::len_utf8)
            } else {
                0
            };
        // "12,34,567", "1,23,45,678": South Asian grouping, pairs of digits after the first
        // group and three at the end, read whole (as a first group of one or two digits).
        if !seen_decimal
            && group_len <= 2
            && i == start + group_len
            && rest.starts_with(',')
            && let Some(len) = south_asian_groups(rest)
        {
            i += len;
            group_len = 3;
            continue;
        }
        if separator_len > 0 && !seen_decimal && group_len <= 3 && three_digits(separator_len) {
            i += separator_len;
            group_len = 0;
            continue;
        }
        if rest.starts_with('.') && !seen_decimal && next_is_digit(1) {
            seen_decimal = true;
            i += 1;
            continue;
        }
        return i;
    }
}

/// The length of ",dd" groups (at least one) and a closing ",ddd" at the start of `rest`, with
/// no digit after: the South Asian grouping of lakhs and crores ("12,34,567").
fn south_asian_groups(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let mut at = 0;
    let mut pairs = 0;
    while bytes.get(at) == Some(&b',') && digits(at + 1, 2) && bytes.get(at + 3) == Some(&b',') {
        at += 3;
        pairs += 1;
    }
    let closes = bytes.get(at) == Some(&b',')
        && digits(at + 1, 3)
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit);
    (pairs > 0 && closes).then_some(at + 4)
}

/// The char starting at byte `i`, with a fast path for ASCII, which is most of news text.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let byte = text.as_bytes()[i];
    if byte.is_ascii() {
        char::from(byte)
    } else {
        text[i..].chars().next().expect("i is on a char boundary")
    }
}

fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    // The usual end of a word: an ASCII byte that is neither a letter nor an apostrophe.
    if bytes.get(i).is_none_or(|&b| b.is_ascii() && b != b'\'') {
        return i;
    }
    while let Some(c) = text[i..].chars().next() {
        // An apostrophe between letters stays inside the word: "China's", "don't".
        let inner_apostrophe = matches!(c, '\'' | '’')
            && text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        if c.is_alphabetic() || c == '\u{301}' || inner_apostrophe {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn alnum_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    while let Some(c) = text[i..].chars().next() {
        if c.is_alphanumeric() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            ("10,000 chips", &["10,000", "chips"]),
            (
                "1’700 and 320 000 units",
                &["1’700", "and", "320 000", "units"],
            ),
            ("in 2024 300 firms", &["in", "2024", "300", "firms"]),
            ("1,2,3", &["1", ",", "2", ",", "3"]),
            ("3.9%", &["3.9", "%"]),
            ("2.Promote", &["2", ".", "Promote"]),
            ("-2 degrees", &["-", "2", "degrees"]),
            ("sub-$8,000", &["sub", "-", "$", "8,000"]),
            (
                "GPT-4o and Llama 3.1",
                &["GPT", "-", "4o", "and", "Llama", "3.1"],
            ),
            ("China's 10bn", &["China's", "10bn"]),
            ("USD1,700 and RM23.50", &["USD1,700", "and", "RM23.50"]),
            (
                "two-to-three-year",
                &["two", "-", "to", "-", "three", "-", "year"],
            ),
            (
                "2025-01-16 15:48:54",
                &["2025", "-", "01", "-", "16", "15", ":", "48", ":", "54"],
            ),
            ("‘quoted’", &["‘", "quoted", "’"]),
        ];
        for (input, expected) in cases {
            assert_eq!(&texts(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn lowercase_forms_follow_the_tokens() {
        let text = "Roe SAID İstanbul's ÉTÉ ǅ 10bn";
        let lower = Lowercase::of(text, &tokens(text));
        let forms: Vec<&str> = (0..7).map(|i| lower.get(i)).collect();
        assert_eq!(forms, ["roe", "said", "i̇stanbul's", "été", "ǅ", "10bn", ""]);
        assert_eq!(lower.get(usize::MAX), "");
    }

    #[test]
    fn kinds_and_spacing() {
        let text = "A100 $5.6M";
        let toks = tokens(text);
        assert_eq!(toks[0].kind, TokenKind::Mixed);
        assert!(toks[0].spaced);
        assert_eq!((toks[1].kind, toks[1].spaced), (TokenKind::Symbol, true));
        assert_eq!((toks[2].kind, toks[2].spaced), (TokenKind::Mixed, false));
    }
}

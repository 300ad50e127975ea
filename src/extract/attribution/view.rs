//! One sentence as the rules read it: its tokens, their lowercase forms and the lexicons each
//! belongs to, with the small questions every rule asks of a token.

use std::cell::OnceCell;

use super::lexicon::{
    BE_CONTRACTIONS, Lexicon, MONTHS, NOT_MANNER_ADVERBS, POSSESSIVE_PRONOUNS, TIME_PHRASE_OPENERS,
    TIME_UNITS, WEEKDAYS, memberships,
};
use crate::text::{Lowercase, Span, Token, TokenKind, Tokenised};

/// A word in lower case, borrowed from the sentence's [`Lowercase`] forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lower<'a>(&'a str);

impl<'a> Lower<'a> {
    pub(super) fn as_str(&self) -> &'a str {
        self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

pub(super) struct View<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    /// The tokens in lower case, lowered once for all the rules.
    lower: &'a Lowercase,
    /// The lexicons each token belongs to ([`memberships`]), looked up once for all the rules.
    pub(super) lexicons: Vec<u128>,
    /// Which tokens are quoted ([`View::quoted`]).
    pub(super) quoted: OnceCell<Vec<bool>>,
    /// Offset of `text` in the document.
    pub(super) base: usize,
}

impl<'a> View<'a> {
    /// The sentence `text`, at document offset `base`, read through its tokens.
    pub(super) fn new(text: &'a str, base: usize, tokenised: &'a Tokenised) -> Self {
        let (toks, lower) = (&tokenised.tokens, &tokenised.lower);
        // Every lexicon entry is letters: only a word token can be one.
        let lexicons = (toks.iter().enumerate())
            .map(|(i, t)| match t.kind {
                TokenKind::Word => memberships(lower.get(i)),
                _ => 0,
            })
            .collect();
        View {
            text,
            toks,
            lower,
            lexicons,
            quoted: OnceCell::new(),
            base,
        }
    }
}

impl View<'_> {
    /// Token `i` in lower case ("" past the end).
    pub(super) fn word(&self, i: usize) -> Lower<'_> {
        Lower(self.lower.get(i))
    }

    /// Whether token `i` (in lower case) is in `lexicon`; false past the end.
    pub(super) fn word_in(&self, lexicon: Lexicon, i: usize) -> bool {
        self.lexicons
            .get(i)
            .is_some_and(|&bits| bits & lexicon.bits() != 0)
    }

    pub(super) fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Mixed))
            && self.raw(i).starts_with(char::is_uppercase)
    }

    pub(super) fn span(&self, first: usize, end: usize) -> Span {
        Span::new(
            self.base + self.toks[first].span.start,
            self.base + self.toks[end - 1].span.end,
        )
    }

    /// The text of a document span that lies in this sentence, as written; None for a span
    /// outside it.
    pub(super) fn written(&self, span: Span) -> Option<&str> {
        let start = span.start.checked_sub(self.base)?;
        let end = span.end.checked_sub(self.base)?;
        self.text.get(start..end)
    }

    /// The first word token of the sentence.
    pub(super) fn first_word(&self) -> Option<usize> {
        (0..self.toks.len()).find(|&i| self.is_word(i))
    }

    /// The word a contracted "be" hangs from, as written: "He" in "He’s", "they" in
    /// "they're".
    pub(super) fn be_contracted_onto(&self, i: usize) -> Option<&str> {
        let raw = self.raw(i);
        BE_CONTRACTIONS.iter().find_map(|c| raw.strip_suffix(c))
    }

    /// "Roe's", "his", "her", "their".
    pub(super) fn is_possessive(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.is_word(i)
            && (self.word_in(POSSESSIVE_PRONOUNS, i)
                || (raw.ends_with("'s") || raw.ends_with("’s")) && raw.len() > 3)
    }

    /// The lowercase part of a hyphenated name: "moon" in "Ban Ki-moon".
    pub(super) fn hyphenated_name_part(&self, i: usize) -> bool {
        i >= 2
            && self.is_word(i)
            && self.raw(i - 1) == "-"
            && self.is_capitalised(i - 2)
            && self.toks[i - 1].span.end == self.toks[i].span.start
            && self.toks[i - 2].span.end == self.toks[i - 1].span.start
    }

    /// A lowercase "-ly" adverb: "forcefully", "sharply".
    pub(super) fn is_manner_adverb(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.is_word(i)
            && raw.len() > 5
            && raw.ends_with("ly")
            && raw.starts_with(char::is_lowercase)
            && !NOT_MANNER_ADVERBS.has(raw)
    }

    /// "on Tuesday", "this month", "last week", "in August", "in 2010".
    pub(super) fn is_time_phrase(&self, start: usize, end: usize) -> bool {
        let year = |i: usize| {
            let raw = self.raw(i);
            self.toks
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Number)
                && raw.len() == 4
                && (raw.starts_with("19") || raw.starts_with("20"))
        };
        end == start + 2
            && self.word_in(TIME_PHRASE_OPENERS, start)
            && (self.word_in(WEEKDAYS | TIME_UNITS | MONTHS, start + 1)
                || (self.word(start) == "in" && year(start + 1)))
            // "this may", "in may": the verb far more often than the month.
            && self.word(start + 1) != "may"
    }

    /// Most words of the sentence are capitalised: a headline ("Senator Roe Calls Plan ‘A
    /// Disgrace’").
    pub(super) fn is_title_case(&self) -> bool {
        let long: Vec<usize> = (0..self.toks.len())
            .filter(|&i| self.is_word(i) && self.raw(i).len() > 3)
            .collect();
        long.len() >= 3
            && long.iter().filter(|&&i| self.is_capitalised(i)).count() * 5 >= long.len() * 4
    }
}

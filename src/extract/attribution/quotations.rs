//! Quotations: where they open and close in a document and in a sentence, a quotation over
//! several sentences that belongs to the speaker its cue names, and a quotation credited after
//! a dash.

use super::lexicon::HEADLINE_SPEECH;
use super::view::View;
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

/// A quotation that runs over several sentences belongs to whoever the sentence with its cue
/// names: “Prices will rise. Wages won't,” Roe said. — both sentences are Roe's. The cue must
/// stand outside the quotation ("said" inside it is the quoted person's own report).
pub(super) fn spread_over_quotations(
    sentences: &[Span],
    quotes: &[Span],
    own_cues: &[bool],
    out: &mut [Option<Attribution>],
) {
    for &quote in quotes {
        // Sentences are in text order: only those from the first that ends after the
        // quotation opens, up to the first that starts after it closes, can touch it.
        let first = sentences.partition_point(|s| s.end <= quote.start);
        let last = first + sentences[first..].partition_point(|s| s.start < quote.end);
        let inside = |s: &Span| s.start < quote.end && quote.start < s.end;
        let source = (first..last).find_map(|index| {
            let own = own_cues[index];
            let a = out[index]
                .as_ref()
                .filter(|_| own && inside(&sentences[index]))?;
            let cue_outside = a.cue.end <= quote.start || a.cue.start >= quote.end;
            cue_outside.then(|| a.clone())
        });
        let Some(source) = source else { continue };
        for (index, sentence) in sentences.iter().enumerate().take(last).skip(first) {
            // Sentences mostly inside the quotation, with no attribution of their own.
            let covered = sentence.start.max(quote.start)..sentence.end.min(quote.end);
            let mostly_inside = covered.len() * 2 > sentence.len();
            if mostly_inside && !own_cues[index] {
                out[index] = Some(source.clone());
            }
        }
    }
}

/// Quotations in `text`: curly “…” pairs, and straight "…" pairs within a paragraph. An
/// opening mark with no closing one runs to the end of its paragraph.
pub(super) fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0;
    for paragraph in text.split_inclusive('\n') {
        let mut open: Option<usize> = None;
        // Bytes, not chars: '"' is one byte, and '“' and '”' are E2 80 9C and E2 80 9D, where
        // E2 is always a lead byte. Decoding every char of the document cost more than this.
        let bytes = paragraph.as_bytes();
        for (i, &byte) in bytes.iter().enumerate() {
            let at = offset + i;
            let curly = |last: u8| byte == 0xE2 && bytes[i + 1..].starts_with(&[0x80, last]);
            match open {
                None if byte == b'"' || curly(0x9C) => open = Some(at),
                Some(start) if curly(0x9D) => {
                    out.push(Span::new(start, at + '”'.len_utf8()));
                    open = None;
                }
                Some(start) if byte == b'"' && text[start..].starts_with('"') => {
                    out.push(Span::new(start, at + 1));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            out.push(Span::new(start, offset + paragraph.trim_end().len()));
        }
        offset += paragraph.len();
    }
    out
}

impl View<'_> {
    /// A quotation credited after a dash: “We will win.” ― Jane Roe
    pub(super) fn dash_credit(&self) -> Option<Attribution> {
        let dash = (1..self.toks.len())
            .rev()
            .find(|&i| matches!(self.raw(i), "―" | "—"))?;
        let after_quote = matches!(self.raw(dash - 1), "”" | "\"");
        let mut end = dash + 1;
        while end < self.toks.len() && (self.is_capitalised(end) || self.raw(end) == ".") {
            end += 1;
        }
        let words = (dash + 1..end).filter(|&i| self.is_word(i)).count();
        let closes = end == self.toks.len() || matches!(self.raw(end), "," | ";" | "(");
        (after_quote && (1..=4).contains(&words) && closes).then(|| {
            Attribution::new(
                self.span(dash + 1, end),
                SourceKind::Name,
                self.span(dash, dash + 1),
            )
        })
    }

    /// A headline that quotes its source: "Senator Jane Roe Slams Plan As ‘A Giveaway’",
    /// "Roe on the Budget: ‘We Will Balance It’". The source is the name (or the group:
    /// "Local Teachers Rally To ‘Save Our Schools’") that opens the headline, up to a verb of
    /// headline speech or to "on" before the colon that introduces the quotation.
    pub(super) fn headline_quotation(&self) -> Option<Attribution> {
        if !self.is_title_case() {
            return None;
        }
        let opens_quote = |i: usize| {
            matches!(self.raw(i), "‘" | "“" | "\"" | "'")
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
        };
        let quote = (1..self.toks.len()).find(|&i| opens_quote(i))?;
        let first = self.first_word()?;
        // The verb: a verb of headline speech, or "on" before a colon ahead of the quotation.
        let verb = (first + 1..quote).find(|&i| {
            self.word_in(HEADLINE_SPEECH, i)
                || (self.word(i) == "on" && (i..quote).any(|j| self.raw(j) == ":"))
        })?;
        // The source is the capitalised run before it: a name, or a group in the plural.
        let start = (first..verb)
            .find(|&i| self.is_capitalised(i) || self.toks[i].kind == TokenKind::Number)?;
        if start >= verb || (start..verb).any(|i| !(self.is_capitalised(i) || self.raw(i) == ".")) {
            return None;
        }
        let plural_group =
            self.word(verb - 1).ends_with('s') && !self.word(verb - 1).ends_with("ss");
        let kind = if plural_group && !self.looks_like_name(verb - 1) {
            SourceKind::Description
        } else {
            SourceKind::Name
        };
        Some(Attribution::new(
            self.span(start, verb),
            kind,
            self.span(verb, verb + 1),
        ))
    }

    /// Which tokens stand inside quotation marks, worked out on first use and kept: several
    /// rules ask.
    pub(super) fn quoted(&self) -> &[bool] {
        self.quoted.get_or_init(|| {
            // Most sentences have no quotation mark at all: nothing in them is quoted.
            let has_marks = ['"', '“', '”'].iter().any(|&mark| self.text.contains(mark))
                || self.text.contains("''");
            if has_marks {
                self.quotation_marks()
            } else {
                vec![false; self.toks.len()]
            }
        })
    }

    /// Which tokens stand inside a quotation. A sentence that opens with a closing mark ends
    /// a quotation begun in an earlier sentence; an opening mark with no closing one runs to
    /// the end. Straight quotes open before a word and close after one.
    fn quotation_marks(&self) -> Vec<bool> {
        let n = self.toks.len();
        let glued = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start;
        // Quotation marks as (first token, last token, closes): ” “ " and the doubled ''.
        let mut marks = Vec::new();
        let mut i = 0;
        while i < n {
            let last = match self.raw(i) {
                "“" | "”" | "\"" => Some(i),
                "'" if i + 1 < n && self.raw(i + 1) == "'" && glued(i, i + 1) => Some(i + 1),
                _ => None,
            };
            let Some(last) = last else {
                i += 1;
                continue;
            };
            let closes = match self.raw(i) {
                "”" => true,
                "“" => false,
                _ => {
                    let glued_before = i > 0 && glued(i - 1, i);
                    let glued_after = last + 1 < n && glued(last, last + 1);
                    !glued_after || (glued_before && !matches!(self.raw(i - 1), "," | ":"))
                }
            };
            marks.push((i, last, closes));
            i = last + 1;
        }
        let mut out = vec![false; n];
        let mut inside = marks.first().is_some_and(|m| m.2);
        let mut next = marks.iter().peekable();
        let mut skip_to = 0;
        for (i, slot) in out.iter_mut().enumerate() {
            if i < skip_to {
                continue;
            }
            if let Some(&&(first, last, closes)) = next.peek()
                && i == first
            {
                inside = !closes;
                skip_to = last + 1;
                next.next();
                continue;
            }
            *slot = inside;
        }
        out
    }

    /// A quotation or a colon opens at `i`, perhaps after a comma: ": …", ", “…”".
    pub(super) fn opens_quotation(&self, i: usize) -> bool {
        let at = if self.raw(i) == "," { i + 1 } else { i };
        matches!(self.raw(at), ":" | "“" | "\"")
    }
}

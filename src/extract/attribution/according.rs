//! "According to X", and the statements and frames that name their source as a phrase:
//! "Roe's claim that …", "In the latest poll, …", "In a statement, Roe …".

use super::lexicon::{
    ARTICLES, CONTRACTED_IS_HOSTS, FINITE_BE, FRAME_DETERMINERS, FRAME_ENDS, FRAMING_DOCUMENTS,
    Lexicon, NAME_CONNECTORS, NOMINAL_CUES, POSSESSIVE_PRONOUNS, PRONOUNS, REPORTED_BY,
    REPORTING_VERBS, SOURCE_NOUNS, SPEECHES, TITLES,
};
use super::view::View;
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

impl View<'_> {
    /// "according to X", anywhere in the sentence; X runs to the next punctuation.
    pub(super) fn according_to(&self) -> Option<Attribution> {
        let at = (0..self.toks.len()).find(|&i| self.word(i) == "according")?;
        // "according toindustry studies": scraped text glues the next word to "to".
        let next = self.word(at + 1);
        let glued = next.len() > 2 && next.starts_with("to") && self.is_word(at + 1);
        if next != "to" && !glued {
            return None;
        }
        let start = if glued { at + 1 } else { at + 2 };
        let mut end = start;
        // A hyphen inside a word goes on: "Co-operation"; so does a dot before a site's
        // domain or an initial ("example.com", "U.S"), but not one that glues two sentences
        // ("LAPD.The").
        let inner_hyphen = |i: usize| {
            let continues_past_dot = || {
                self.toks.get(i + 1).is_some_and(|_| {
                    let next = self.raw(i + 1);
                    next.starts_with(|c: char| c.is_ascii_lowercase())
                        || (next.len() == 1 && next.bytes().all(|b| b.is_ascii_uppercase()))
                })
            };
            (self.raw(i) == "-" || (self.raw(i) == "." && continues_past_dot()))
                && i > start
                && self.toks[i - 1].span.end == self.toks[i].span.start
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.span.start == self.toks[i].span.end)
        };
        // The closing dot of an initialism goes on too: "U.S. officials".
        let initialism_dot = |i: usize| {
            self.raw(i) == "."
                && i > start
                && self.toks[i - 1].span.end == self.toks[i].span.start
                && self.raw(i - 1).len() == 1
                && self.raw(i - 1).bytes().all(|b| b.is_ascii_uppercase())
                && i + 1 < self.toks.len()
        };
        while end < self.toks.len()
            && end - start < 10
            && (self.toks[end].kind != TokenKind::Symbol
                || inner_hyphen(end)
                || initialism_dot(end))
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let first = if !glued && self.word_in(ARTICLES, start) && end > start + 1 {
            start + 1
        } else {
            start
        };
        let kind = if !glued
            && (first..end).all(|i| {
                self.is_capitalised(i)
                    || self.word_in(NAME_CONNECTORS, i)
                    || inner_hyphen(i)
                    // a site's address names its site: "Example.com"
                    || (i > first && self.raw(i - 1) == "." && inner_hyphen(i - 1))
                    || self.hyphenated_name_part(i)
            }) {
            SourceKind::Name
        } else {
            SourceKind::Description
        };
        let mut source = self.span(first, end);
        let mut cue = self.span(at, at + 2);
        if glued {
            source.start += 2; // past the glued "to"
            cue = Span::new(cue.start, source.start);
        }
        Some(Attribution::new(source, kind, cue))
    }

    /// "Per X," and "In the words of X,": prepositions that credit a source as "according
    /// to" does. "per" must open the sentence or follow a comma, and its phrase name a source
    /// (a name, or a source noun): "per the terms of the deal" credits nobody, and "per share"
    /// is a rate.
    pub(super) fn crediting_preposition(&self) -> Option<Attribution> {
        let (at, start) = (0..self.toks.len()).find_map(|i| {
            // Opening the sentence, "Per" takes an article ("Per the agency,"): "Per Olsen
            // said" is a given name.
            let after_comma = i > 0 && self.raw(i - 1) == ",";
            let per = self.word(i) == "per"
                && (i == 0 || after_comma)
                && (self.word_in(ARTICLES, i + 1) || (after_comma && self.is_capitalised(i + 1)));
            let words_of = self.word(i) == "in"
                && self.word(i + 1) == "the"
                && self.word(i + 2) == "words"
                && self.word(i + 3) == "of";
            if per {
                Some((i, i + 1))
            } else if words_of {
                Some((i, i + 4))
            } else {
                None
            }
        })?;
        self.credited_phrase(at, start)
    }

    /// "…, as reported by the Tribune", "As first reported by …": a passive report with its
    /// agent, in an aside. Tried after the reporting verbs: in "The family says his name is
    /// Tyre, as reported by police" the family speaks.
    pub(super) fn reported_by_aside(&self) -> Option<Attribution> {
        let (at, start) = (0..self.toks.len()).find_map(|i| {
            let opens = self.word(i) == "as" && (i == 0 || self.raw(i - 1) == ",");
            let first = usize::from(self.word(i + 1) == "first");
            let reported_by = opens
                && self.word_in(REPORTED_BY, i + 1 + first)
                && self.word(i + 2 + first) == "by";
            reported_by.then_some((i, i + 3 + first))
        })?;
        self.credited_phrase(at, start)
    }

    /// The source named from `start` to the next mark (at most ten words), credited by the
    /// words from `at`: a name, or a phrase holding a source noun.
    fn credited_phrase(&self, at: usize, start: usize) -> Option<Attribution> {
        let mut end = start;
        while end < self.toks.len() && end - start < 10 && self.toks[end].kind != TokenKind::Symbol
        {
            end += 1;
        }
        let first = if self.word_in(ARTICLES, start) {
            start + 1
        } else {
            start
        };
        if first >= end {
            return None;
        }
        let named =
            (first..end).all(|i| self.is_capitalised(i) || self.word_in(NAME_CONNECTORS, i));
        let described = (first..end).any(|i| self.word_in(SOURCE_NOUNS | TITLES, i));
        let kind = if named {
            SourceKind::Name
        } else if described {
            SourceKind::Description
        } else {
            return None;
        };
        Some(Attribution::new(
            self.span(first, end),
            kind,
            self.span(at, start),
        ))
    }

    /// A possessor's statement: "Roe's claim that …", "her remarks: …", "the agency's
    /// warning that …". The noun must open its content with "that", a colon or a quotation.
    pub(super) fn nominal_cue(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (n, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation || !self.word_in(NOMINAL_CUES, n) {
                continue;
            }
            // The possessor, over at most two adjectives: "Roe's earlier claim".
            let mut p = n - 1;
            for _ in 0..2 {
                if p > 0
                    && self.is_word(p)
                    && self.raw(p).starts_with(char::is_lowercase)
                    && !self.is_possessive(p)
                {
                    p -= 1;
                }
            }
            if !self.is_possessive(p) {
                continue;
            }
            // "It's a good bet that …": a contracted "is", not a possessor.
            let stem = self.word(p);
            let stem = stem.trim_end_matches("'s").trim_end_matches("’s");
            if PRONOUNS.has(stem) || CONTRACTED_IS_HOSTS.contains(&stem) {
                continue;
            }
            // The content opens after the noun ("Roe's claim that …", "her remarks: “…”"),
            // after "is" ("Roe's view is that …"), or the noun frames the sentence ("In Roe's
            // words, the plan …").
            let mut owner = p;
            while owner > 0 && self.is_capitalised(owner - 1) && self.word(owner - 1) != "in" {
                owner -= 1;
            }
            let framing = owner > 0 && self.word(owner - 1) == "in" && self.raw(n + 1) == ",";
            let after_be = self.word_in(FINITE_BE, n + 1) && self.word(n + 2) == "that";
            if !(self.word(n + 1) == "that" || self.opens_quotation(n + 1) || after_be || framing) {
                continue;
            }
            let (source, kind) = if self.word_in(POSSESSIVE_PRONOUNS, p) {
                (self.span(p, p + 1), SourceKind::Pronoun)
            } else {
                // "Jane Roe's": the capitalised run that ends in the possessive.
                let mut start = p;
                while start > 0 && self.is_capitalised(start - 1) && self.word(start - 1) != "in" {
                    start -= 1;
                }
                if !self.is_capitalised(p) {
                    continue;
                }
                let mut source = self.span(start, p + 1);
                // Back over the "'s" or "’s".
                let suffix = if self.raw(p).ends_with("’s") {
                    "’s"
                } else {
                    "'s"
                };
                source.end -= suffix.len();
                (source, SourceKind::Name)
            };
            return Some(Attribution::new(source, kind, self.span(n, n + 1)));
        }
        None
    }

    /// A sentence framed by its source: "In the latest poll, Roe leads by five points.", "In
    /// his speech, the plan was the centrepiece." The frame runs to the first comma.
    pub(super) fn framing_source(&self) -> Option<Attribution> {
        let first = self.first_word()?;
        if self.word(first) != "in" {
            return None;
        }
        let det = first + 1;
        let comma = (det..self.toks.len().min(det + 12)).find(|&i| self.raw(i) == ",")?;
        // The frame's noun: the last frame word before any preposition.
        let frame = |list: Lexicon| {
            (det + 1..comma)
                .take_while(|&i| !self.word_in(FRAME_ENDS, i))
                .filter(|&i| self.word_in(list, i))
                .last()
        };
        // Documents speak for themselves; in a speech or a statement the speaker is the
        // subject of the main clause ("In a statement, Roe was more cautious").
        if let Some(noun) = frame(SPEECHES) {
            let found = self.subject_after_frame(comma + 1)?;
            return Some(Attribution {
                cue: self.span(first, noun + 1),
                ..found
            });
        }
        let noun = frame(FRAMING_DOCUMENTS)?;
        let (source, kind) = if self.word_in(POSSESSIVE_PRONOUNS, det) {
            (self.span(det, det + 1), SourceKind::Pronoun)
        } else if self.word_in(FRAME_DETERMINERS, det) {
            (self.span(det, comma), SourceKind::Description)
        } else {
            return None;
        };
        Some(Attribution::new(source, kind, self.span(first, noun + 1)))
    }

    /// The subject opening the main clause at `start`: a pronoun or a name, perhaps after role
    /// words ("presidential nominee Jane Roe"), then a lowercase verb.
    pub(super) fn subject_after_frame(&self, start: usize) -> Option<Attribution> {
        if self.word_in(PRONOUNS, start) && self.raw(start + 1).starts_with(char::is_lowercase) {
            return Some(Attribution::new(
                self.span(start, start + 1),
                SourceKind::Pronoun,
                self.span(start, start + 1),
            ));
        }
        let mut end = start;
        while end < self.toks.len()
            && end - start < 8
            && (self.is_capitalised(end)
                || self.raw(end) == "."
                || self.hyphenated_name_part(end)
                || (self.is_word(end)
                    && !self.is_capitalised(end)
                    && end - start < 3
                    && !self.word(end).ends_with("ed")
                    && !self.word_in(REPORTING_VERBS, end)
                    && (self.is_capitalised(end + 1) || self.is_capitalised(end + 2))))
        {
            end += 1;
        }
        let verb_follows = self.is_word(end) && self.raw(end).starts_with(char::is_lowercase);
        let name_start = self.after_titles(start, end);
        let mut run = end;
        while run > name_start && self.is_capitalised(run - 1) {
            run -= 1;
        }
        let name = run.max(name_start);
        (verb_follows && name < end && self.is_capitalised(name)).then(|| {
            Attribution::new(
                self.span(name, end),
                SourceKind::Name,
                self.span(start, start + 1),
            )
        })
    }
}

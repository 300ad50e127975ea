//! Institutions that report by acting on their own estimates: "The central bank raised its
//! forecast to 2.1%", "The fund cut its growth outlook for Italy". The estimate is the
//! institution's claim even though no verb of saying stands with it.

use super::lexicon::{ESTIMATE_NOUNS, REVISION_VERBS};
use super::view::View;
use super::{Attribution, SourceKind};

impl View<'_> {
    /// A verb of revising ("raised", "cut", "edged up") whose object is the subject's own
    /// estimate: a possessive "its"/"their"/"his"/"her", at most two modifiers, and an
    /// estimate noun. The subject is the source, as for any reporting verb.
    pub(super) fn revised_estimate(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation
                || !self.word_in(REVISION_VERBS, v)
                || !self.raw(v).starts_with(char::is_lowercase)
            {
                continue;
            }
            // "edged up its forecast", "revised down its outlook".
            let particle = usize::from(matches!(self.word(v + 1).as_str(), "up" | "down"));
            let possessive = v + 1 + particle;
            if !matches!(
                self.word(possessive).as_str(),
                "its" | "their" | "his" | "her"
            ) {
                continue;
            }
            let Some(noun) = (possessive + 1..self.toks.len())
                .take(3)
                .take_while(|&i| self.is_word(i))
                .find(|&i| self.word_in(ESTIMATE_NOUNS, i))
            else {
                continue;
            };
            if let Some(found) = self.subject_before(v, noun + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
            {
                return Some(found);
            }
        }
        None
    }
}

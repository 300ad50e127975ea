//! Stances and beliefs: "Roe is critical of the plan", "a widespread belief in the industry
//! that …".

use super::super::lexicon::{NUMBER_WORDS, listed, lookup};
use super::lexicon::{
    ARTICLES, AUXILIARIES_AND_ADVERBS, BE_INFINITIVE, BEEN, BELIEF_NOUNS, COPULAS, DEGREE_WORDS,
    FINITE_BE, FINITE_VERBS, FORMS_OF_BE, GROUP_PREPOSITIONS, IDIOM_FOLLOWERS, JUDGING_VERBS,
    MISGIVING_NOUNS, MODALS, NOT_AFTER_AS, OFFENCE_NOUNS, POSSESSIVE_PRONOUNS, PREFERENCE_VERBS,
    PREPOSITIONS, PRONOUNS, SHARE_OPENERS, SHARES, SOUNDED_NOUNS, STANCE_ADJECTIVES,
    STANCE_FOLLOWERS, STANCE_NOUNS, WORDS_QUALITIES, stance_idiom_verb,
};
use super::view::View;
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

impl View<'_> {
    /// A stance stated with "be" and an adjective of attitude: "Roe has been critical of the
    /// plan", "Republicans weren't too concerned about costs". The subject must be a name, a
    /// pronoun or a known source: "The plan is open to all" is not a stance.
    pub(super) fn stance(&self) -> Option<Attribution> {
        for a in 1..self.toks.len() {
            if !self.word_in(STANCE_ADJECTIVES, a)
                || !STANCE_FOLLOWERS.has(self.raw(a + 1))
                || self.quoted()[a]
            {
                continue;
            }
            // Back over degree words to the form of "be".
            let mut b = a;
            while b > 0 && (self.word_in(DEGREE_WORDS, b - 1) || self.is_manner_adverb(b - 1)) {
                b -= 1;
            }
            let be = b.checked_sub(1)?;
            let be_word = self.word(be);
            if let Some(pronoun) = self.be_contracted_onto(be) {
                if PRONOUNS.has(&pronoun.to_lowercase()) {
                    let start = self.base + self.toks[be].span.start;
                    let source = Span::new(start, start + pronoun.len());
                    let cue = self.span(be, a + 1);
                    return Some(Attribution::new(source, SourceKind::Pronoun, cue));
                }
                continue;
            }
            if !self.word_in(COPULAS, be) {
                continue;
            }
            // Not a question ("Is Roe critical of …?") nor a relative ("who is critical").
            if let Some(found) = self.subject_before(be, a + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
                && (self.word(0) != be_word)
            {
                return Some(Attribution {
                    cue: self.span(be, a + 1),
                    ..found
                });
            }
        }
        None
    }

    /// A preference stated by a share of people, as polls report it: "46 percent would choose
    /// Roe", "Five percent prefer Doe", "A majority of voters expect Roe to win". The subject
    /// is a share ("N percent", "a majority of …"), the whole phrase before the verb.
    pub(super) fn share_preference(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if !self.word_in(PREFERENCE_VERBS, v)
                || in_quotation
                || !self.raw(v).starts_with(char::is_lowercase)
            {
                continue;
            }
            let mut k = v;
            while k > 0 && self.word_in(MODALS | AUXILIARIES_AND_ADVERBS, k - 1) {
                k -= 1;
            }
            let Some(start) = self.clause_start(k) else {
                continue;
            };
            let share = (start..k).any(|i| self.word(i) == "percent" || self.word_in(SHARES, i))
                || (start..k).any(|i| self.raw(i) == "%");
            let counted = (start..k).any(|i| {
                self.toks[i].kind == TokenKind::Number
                    || lookup(NUMBER_WORDS, &self.word(i)).is_some()
                    || self.word_in(SHARES, i)
            });
            if !(share && counted) {
                continue;
            }
            // The phrase is the share alone, opening its clause: "About 46 percent", "A
            // majority of voters"; not "Roe received 38 percent support", "a 36 percent rate".
            let opens_with_share = self.toks[start].kind == TokenKind::Number
                || lookup(NUMBER_WORDS, &self.word(start)).is_some()
                || self.word_in(SHARES | SHARE_OPENERS, start);
            let plain = (start..k).all(|i| {
                !self.word_in(FINITE_VERBS | FORMS_OF_BE | PREPOSITIONS, i) || self.word(i) == "of"
            });
            // It ends in the share ("46 percent", "a majority"), or in the people it is of
            // ("of voters", "of Republicans"): "a quarter of the budget" is no share of people.
            let last = self.word(k - 1);
            let of = (start..k).any(|i| self.word(i) == "of");
            let ends_in_share =
                !of && (last == "percent" || self.raw(k - 1) == "%" || self.word_in(SHARES, k - 1));
            let of_people = of && last.ends_with('s') && !last.ends_with("ss");
            // The verb takes an object or a clause ("would choose Roe"), not a preposition
            // ("85 percent support among …"); it closes the clause only after "of" ("Sixty
            // percent of Republicans agreed.").
            let next_word = self
                .toks
                .get(v + 1)
                .is_some_and(|t| t.kind != TokenKind::Symbol);
            let object = if next_word {
                !self.word_in(PREPOSITIONS, v + 1) || self.word(v + 1) == "to"
            } else {
                of_people
            };
            if !(opens_with_share && plain && (ends_in_share || of_people) && object) {
                continue;
            }
            let cue = self.span(v, v + 1);
            return Some(Attribution::new(
                self.span(start, k),
                SourceKind::Description,
                cue,
            ));
        }
        None
    }

    /// A stance stated with "be" and a noun of attitude: "Roe is a staunch opponent of the
    /// plan", "She has been a consistent and outspoken supporter of the alliance". The subject
    /// must be a name, a pronoun or a known source, as for [`View::stance`].
    pub(super) fn stance_noun(&self) -> Option<Attribution> {
        for n in 2..self.toks.len() {
            if !self.word_in(STANCE_NOUNS, n) || self.word(n + 1) != "of" || self.quoted()[n] {
                continue;
            }
            // Back over adjectives and "and" to the article: "a consistent and outspoken".
            let mut a = n;
            while a > 0
                && n - a < 5
                && !self.word_in(ARTICLES, a - 1)
                && (self.is_word(a - 1) && self.raw(a - 1).starts_with(char::is_lowercase)
                    || self.raw(a - 1) == ",")
            {
                a -= 1;
            }
            let Some(article) = a.checked_sub(1) else {
                continue;
            };
            if !self.word_in(ARTICLES, article) {
                continue;
            }
            let Some(be) = article.checked_sub(1) else {
                continue;
            };
            if !self.word_in(COPULAS, be) || self.word(0) == self.word(be) {
                continue;
            }
            if let Some(found) = self.subject_before(be, n + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
            {
                return Some(Attribution {
                    cue: self.span(be, n + 2),
                    ..found
                });
            }
        }
        None
    }

    /// A stance told by an idiom of general English, whose subject holds it: "Roe made the
    /// case for the levy", "The leaders made no secret of their doubts", "The panel came to a
    /// similar conclusion", "She took issue with the figures", "He has no illusions about the
    /// risk", "had harsh words for the board", "sounded the alarm about the debt". The subject
    /// must be a name, a pronoun or a known source, as for [`View::stance`].
    pub(super) fn stance_idiom(&self) -> Option<Attribution> {
        // Every idiom holds one of these nouns: most sentences hold none, and a search of the
        // text is cheaper than asking each word whether it opens an idiom.
        const IDIOM_NOUNS: &[&str] = &[
            "secret",
            "case",
            "conclusion",
            "convinced",
            "issue",
            "offen",
            "exception",
            "umbrage",
            "illusion",
            "doubt",
            "qualm",
            "words",
            "call",
            "alarm",
            "warning",
        ];
        if !IDIOM_NOUNS.iter().any(|noun| self.text.contains(noun)) {
            return None;
        }
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation || !self.raw(v).starts_with(char::is_lowercase) {
                continue;
            }
            let Some(noun) = self.idiom_object(v) else {
                continue;
            };
            if let Some(found) = self
                .subject_before(v, noun + 1)
                .or_else(|| self.coordinated_subject(v, noun + 1))
            {
                return Some(found);
            }
        }
        None
    }

    /// A thing judged as something by the subject: "Roe painted her rival as out of touch",
    /// "Voters see the program as a lifeline", "The watchdog rated most claims as false", "He
    /// is casting himself as a reformer", "…, painting the plan as a giveaway". Not a passive
    /// ("remarks viewed by some as …", "was viewed as"), nor "as" opening a clause or a
    /// comparison ("see prices rising as demand grows", "as much as").
    pub(super) fn judged_as(&self) -> Option<Attribution> {
        // No "as", no judgement: most sentences are done with one search of the text.
        if !self.text.contains(" as") {
            return None;
        }
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation
                || !listed(JUDGING_VERBS, &self.word(v))
                || !self.raw(v).starts_with(char::is_lowercase)
                || !self.is_word(v + 1)
                || matches!(self.word(v + 1).as_str(), "by" | "as")
            {
                continue;
            }
            // The object, one to six words with no verb form of its own, then "as".
            let Some(as_) = (v + 2..(v + 8).min(self.toks.len()))
                .take_while(|&i| {
                    self.is_word(i)
                        || self.toks[i].kind == TokenKind::Number
                        || matches!(self.raw(i), "'" | "’" | "-" | "%")
                })
                .find(|&i| self.word(i) == "as")
            else {
                continue;
            };
            let verb_form = |i: usize| {
                let word = self.word(i);
                word.ends_with("ing") || word.ends_with("ed")
            };
            if (v + 1..as_).any(verb_form)
                || !(self.is_word(as_ + 1) || matches!(self.raw(as_ + 1), "“" | "\"" | "‘"))
                || listed(NOT_AFTER_AS, &self.word(as_ + 1))
            {
                continue;
            }
            // ", painting the plan as …": the participle's subject opens the sentence.
            let participle = self.word(v).ends_with("ing") && self.raw(v - 1) == ",";
            let found = if participle {
                self.sentence_subject(v)
            } else {
                self.subject_before(v, v + 1)
                    .or_else(|| self.coordinated_subject(v, v + 1))
            };
            if let Some(found) = found {
                return Some(found);
            }
        }
        None
    }

    /// The last word of an idiom of stance whose verb is at `v`, when one follows it.
    fn idiom_object(&self, v: usize) -> Option<usize> {
        let is = |i: usize, words: &[&str]| listed(words, &self.word(i));
        let follows = |i: usize| is(i, IDIOM_FOLLOWERS);
        let none_or_little = |i: usize| is(i, &["no", "little"]);
        // Up to two lowercase words before the idiom's noun: "a similar", "the strongest".
        let noun_within = |from: usize, noun: &str| {
            (from..from + 3)
                .take_while(|&i| self.is_word(i) && self.raw(i).starts_with(char::is_lowercase))
                .find(|&i| self.word(i) == noun)
        };
        match stance_idiom_verb(&self.word(v))? {
            // "made no secret of", "made little secret that".
            "make" if none_or_little(v + 1) && self.word(v + 2) == "secret" => {
                follows(v + 3).then_some(v + 2)
            }
            // "made the case for", "has made a strong case that".
            "make"
                if self.word_in(ARTICLES | POSSESSIVE_PRONOUNS, v + 1)
                    || is(v + 1, &["its", "our"]) =>
            {
                let case = noun_within(v + 2, "case")?;
                is(case + 1, &["for", "that", "against"]).then_some(case)
            }
            // "came to a similar conclusion", "came away convinced that".
            "come" if self.word(v + 1) == "to" && self.word_in(ARTICLES, v + 2) => {
                noun_within(v + 3, "conclusion")
            }
            "come" if self.word(v + 1) == "away" && self.word(v + 2) == "convinced" => {
                follows(v + 3).then_some(v + 2)
            }
            // "took issue with", "takes exception to".
            "take" if is(v + 1, OFFENCE_NOUNS) && is(v + 2, &["with", "at", "to"]) => Some(v + 1),
            // "has no illusions about", "had no doubt that".
            "have" if self.word(v + 1) == "no" && is(v + 2, MISGIVING_NOUNS) => {
                follows(v + 3).then_some(v + 2)
            }
            // "had harsh words for".
            "have"
                if is(v + 1, WORDS_QUALITIES)
                    && self.word(v + 2) == "words"
                    && self.word(v + 3) == "for" =>
            {
                Some(v + 2)
            }
            // "left little doubt that".
            "leave" if none_or_little(v + 1) && self.word(v + 2) == "doubt" => {
                follows(v + 3).then_some(v + 2)
            }
            // "sounded a call for", "sounded the alarm about".
            "sound" if self.word_in(ARTICLES, v + 1) => {
                let noun = (v + 2..v + 4).find(|&i| is(i, SOUNDED_NOUNS))?;
                follows(noun + 1).then_some(noun)
            }
            _ => None,
        }
    }

    /// A stated belief or view held by a group: "There was a widespread belief in the
    /// industry that …", "the common view among economists that …". The group's belief is the
    /// source; whoever tells of it reports it (kept as the claim's `via`).
    pub(super) fn belief(&self) -> Option<Attribution> {
        let noun = (0..self.toks.len()).find(|&i| self.word_in(BELIEF_NOUNS, i))?;
        if !self.word_in(GROUP_PREPOSITIONS, noun + 1) {
            return None;
        }
        let that = (noun + 2..self.toks.len())
            .take(8)
            .find(|&i| self.word(i) == "that")?;
        // The noun phrase: back over adjectives to its article.
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && !self.word_in(FINITE_BE | BE_INFINITIVE | BEEN, start - 1)
            && self.word(start - 1) != "there"
            && noun - start < 3
        {
            start -= 1;
        }
        let cue = self.span(noun, noun + 1);
        Some(Attribution::new(
            self.span(start, that),
            SourceKind::Description,
            cue,
        ))
    }
}

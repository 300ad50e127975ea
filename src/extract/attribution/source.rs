//! Whether the words found as a subject name a source, and what kind: a name (after any
//! title), a pronoun, or a description headed by a source noun.

use super::super::lexicon::{NUMBER_WORDS, lookup};
use super::lexicon::{
    AND_OR, BODY_WORDS, DETERMINERS, FINITE_BE, FINITE_VERBS, FORMS_OF_BE, HONORIFICS,
    INDIRECT_QUESTIONS, INVERTING_AUXILIARIES, NAME_CONNECTORS, NOT_A_HEAD, NOT_IN_A_DESCRIPTION,
    NOT_NAMES, NOT_POSSESSORS, NOT_SOURCES_ALONE, NOUN_PHRASE_BREAKERS, OF_THAN, PREPOSITIONS,
    PRONOUNS, RELATIVE_PRONOUNS, SENTENCE_OPENERS, SHARES, SHOW, SOURCE_NOUNS, TITLES,
    WHAT_OR_WHICH,
};
use super::view::{Lower, View};
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

impl View<'_> {
    /// Whether tokens `start..end` name a source, and what kind.
    pub(super) fn classify(
        &self,
        start: usize,
        end: usize,
        cue: Span,
        description: Option<Span>,
        strong_verb: bool,
    ) -> Option<Attribution> {
        let words: Vec<Lower> = (start..end).map(|i| self.word(i)).collect();
        if end - start == 1 && self.word_in(PRONOUNS, start) {
            return Some(
                Attribution::new(self.span(start, end), SourceKind::Pronoun, cue)
                    .described(description),
            );
        }
        // "It says …" of a report or a body named before, with a verb of saying.
        let posted = cue.end <= self.base + self.text.len()
            && cue.start >= self.base
            && self.text[cue.start - self.base..cue.end - self.base].eq_ignore_ascii_case("posted");
        // "It shows an officer …": a video or a report shows what it shows.
        let shows = cue.start >= self.base
            && SHOW.has(&self.text[cue.start - self.base..cue.end - self.base].to_lowercase());
        // "It also points out that …": any report with its content after it.
        let content_follows = cue.end >= self.base
            && self.text.get(cue.end - self.base..).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with("that ") || rest.starts_with(['“', '"'])
            });
        if end - start == 1
            && words[0] == "it"
            && (strong_verb || shows || content_follows)
            && !posted
        {
            return Some(
                Attribution::new(self.span(start, end), SourceKind::Pronoun, cue)
                    .described(description),
            );
        }
        if end - start == 1 && self.word_in(NOT_SOURCES_ALONE, start) {
            return None;
        }
        // A name: the last run of capitalised words, after any title ("OpenAI CEO Sam Altman").
        let mut run_start = end;
        while run_start > start
            && (self.is_capitalised(run_start - 1)
                // A hyphen inside a name ("Jin Ki-soo"), not a dash around an aside ("Labour -
                // Dalli said - agrees").
                || (self.raw(run_start - 1) == "-"
                    && self.toks[run_start - 1].span.end == self.toks[run_start].span.start)
                // An initial or a suffix: "Joseph R. Doe Jr.".
                || (self.raw(run_start - 1) == "."
                    && run_start >= 2
                    && self.is_capitalised(run_start - 2))
                || self.hyphenated_name_part(run_start - 1))
        {
            run_start -= 1;
        }
        // "Analysts polled by Acme Research expected …": the agent of a participle inside the
        // subject only says who asked; the group asked is the source.
        if run_start < end
            && run_start >= start + 3
            && self.word(run_start - 1) == "by"
            && self.word(run_start - 2).ends_with("ed")
            && self.word_in(SOURCE_NOUNS, run_start - 3)
        {
            return Some(
                Attribution::new(self.span(start, end), SourceKind::Description, cue)
                    .described(description),
            );
        }
        // "What Jane Roe said after the vote": a question word capitalised at the start of a
        // headline opens the clause, not the name.
        while run_start < end && self.word_in(INDIRECT_QUESTIONS | WHAT_OR_WHICH, run_start) {
            run_start += 1;
        }
        if run_start < end {
            let mut name_start = self.after_titles(run_start, end);
            // Past the period of an abbreviated title: "Rep. Jane Roe".
            while name_start < end && self.raw(name_start) == "." {
                name_start += 1;
            }
            let after_of = run_start > start && self.word(run_start - 1) == "of";
            // "the head of the Relations Committee": a role in a body speaks, not the body.
            let role_at = (start..run_start.saturating_sub(1))
                .rev()
                .take(3)
                .find(|&i| self.word_in(TITLES, i));
            let of_the = self.word(run_start.wrapping_sub(1)) == "the"
                && self.word(run_start.wrapping_sub(2)) == "of";
            if let (true, Some(role)) = (of_the, role_at) {
                return Some(
                    Attribution::new(self.span(role, end), SourceKind::Description, cue)
                        .described(description),
                );
            }
            // "Security experts in the United States have …": a group placed somewhere
            // speaks, not the place.
            let place_at = if self.word(run_start.wrapping_sub(1)) == "the" {
                run_start.wrapping_sub(2)
            } else {
                run_start.wrapping_sub(1)
            };
            if place_at > start
                && place_at < run_start
                && self.word(place_at) == "in"
                && self.word_in(SOURCE_NOUNS, place_at - 1)
                && self.word(place_at - 1).ends_with('s')
                // The group is a plain noun phrase ("Police officials"), not a clause's tail
                // ("The man who killed three officers in …", "which has 13000 workers in …").
                && (start..place_at).all(|i| {
                    self.is_word(i)
                        && !self.word_in(FINITE_VERBS | RELATIVE_PRONOUNS, i)
                        && !self.word(i).ends_with("ed")
                        && self.word(i) != "of"
                })
            {
                return Some(
                    Attribution::new(self.span(start, place_at), SourceKind::Description, cue)
                        .described(description),
                );
            }
            // "Secretary of Commerce Jane Roe": after "of", the department's name comes
            // first and the person's last.
            if after_of && name_start == run_start && end - run_start >= 3 {
                name_start = end - 2;
            }
            // A lone capitalised first word of the sentence is not a name ("Experts warn").
            let first_word = self.first_word().unwrap_or(0);
            let sentence_initial_common = name_start == first_word
                && end - name_start == 1
                && !self.looks_like_name(first_word);

            if end - name_start == 1 && self.word_in(NOT_NAMES, name_start) {
                return None;
            }
            // A question's inversion: "Do I think …?", "Will Roe say …?".
            if self.word_in(FINITE_BE | INVERTING_AUXILIARIES, name_start) {
                return None;
            }
            if name_start < end && !sentence_initial_common && self.is_capitalised(name_start) {
                return Some(
                    Attribution::new(self.span(name_start, end), SourceKind::Name, cue)
                        .described(description),
                );
            }
        }
        // A description headed by a source noun right before the verb: "experts", "many
        // analysts", "the ministry". Longer phrases are too easily a clause's tail.
        // A description: the whole subject, ending in its head noun ("experts", "the bank",
        // "several cast members"). With a verb of saying, any such noun phrase; otherwise
        // the head must be a known source noun. The phrase must open at a determiner or be the
        // head alone: "many" in "the advantage many had thought" is a relative clause's
        // subject, not the sentence's.
        let head = words.last()?;
        let known_source = self.word_in(SOURCE_NOUNS | TITLES, end - 1);
        // "the state's governor", "Roe's lawyer".
        let possessive_start = (words.get(1).is_some_and(|w| w == "’" || w == "'")
            && words.get(2).is_some_and(|w| w == "s"))
            || (words.len() > 1
                && (words[0].ends_with("'s") || words[0].ends_with("’s"))
                && !NOT_POSSESSORS.has(words[0].trim_end_matches(['s', '\'', '’'])));
        // A share of a group: "73 percent", "Nearly eight of 10 voters", "A majority of voters".
        let is_count = |i: usize| {
            self.toks[i].kind == TokenKind::Number
                || lookup(NUMBER_WORDS, &self.word(i)).is_some()
                || self.word_in(SHARES, i)
        };
        let quantified = (start..end).any(is_count)
            && (head == "percent" || self.word_in(SOURCE_NOUNS, end - 1))
            && !(start..end).any(|i| {
                self.word_in(FINITE_BE, i)
                    || matches!(
                        self.word(i).as_str(),
                        "to" | "in" | "instead" | "than" | "from" | "up" | "down"
                    )
            });
        let known_source = known_source || quantified;
        // "Clinton supporters", "Republican leaders": a name as the modifier of a known source.
        let named_modifier = words.len() == 2
            && self.is_capitalised(start)
            && self.looks_like_name(start)
            && words[0].chars().all(char::is_alphabetic)
            && known_source;
        // A bare plural of a few words: "school officials", "federal prosecutors".
        let bare_plural = words.len() <= 3 && known_source && head.ends_with('s');
        let opens_well = words.len() == 1
            || bare_plural
            || self.word_in(DETERMINERS, start)
            || possessive_start
            || quantified
            || named_modifier
            || (strong_verb && known_source);
        let plain_phrase = (start..end).all(|i| {
            self.is_word(i)
                || matches!(self.raw(i), "’" | "'" | "-")
                || (quantified && matches!(self.toks[i].kind, TokenKind::Number | TokenKind::Mixed))
        }) && !(start..end).any(|i| {
            self.word_in(FORMS_OF_BE | NOT_IN_A_DESCRIPTION | NOUN_PHRASE_BREAKERS, i)
                && !(quantified && self.word_in(OF_THAN, i))
        });
        let word_count = (start..end).filter(|&i| self.is_word(i)).count();
        let accepted =
            plain_phrase && opens_well && word_count <= 6 && (known_source || strong_verb);
        if !accepted {
            // A source noun with a prepositional phrase: "a spokesman for the campaign",
            // "experts on trade", "a study by two economists".
            let prep = (start + 1..end).find(|&i| self.word_in(PREPOSITIONS, i))?;
            let known = self.word_in(SOURCE_NOUNS | TITLES, prep - 1);
            let opens = prep == start + 1 || self.word_in(DETERMINERS, start) || possessive_start;
            let plain = (start..end).all(|i| {
                self.is_word(i)
                    || matches!(self.raw(i), "’" | "'" | "-" | ".")
                    || matches!(self.toks[i].kind, TokenKind::Number | TokenKind::Mixed)
            }) && !(start..end)
                .any(|i| self.word_in(FORMS_OF_BE | NOT_IN_A_DESCRIPTION, i));
            // The phrase ends in a noun, not in "a think tank"'s article.
            let ends_in_noun = !self.word_in(NOT_A_HEAD, end - 1);
            if !(known && opens && plain && ends_in_noun && end > prep + 1) {
                return None;
            }
            return Some(
                Attribution::new(self.span(start, end), SourceKind::Description, cue)
                    .described(description),
            );
        }
        if words.len() == 1 && !known_source && !head.ends_with('s') {
            return None;
        }
        Some(
            Attribution::new(self.span(start, end), SourceKind::Description, cue)
                .described(description),
        )
    }

    /// The whole name of a body that holds "of", "for" or "and": "Security Review
    /// Commission" grows to "Economic and Security Review Commission", "Tax Justice" in
    /// "Citizens for Tax Justice" to the whole. Only a name that ends in a body's word
    /// ([`BODY_WORDS`]) or whose first part is one ("Bureau of …").
    pub(super) fn whole_body_name(&self, source: Span) -> Span {
        let Some(mut first) =
            (0..self.toks.len()).find(|&i| self.base + self.toks[i].span.start == source.start)
        else {
            return source;
        };
        let Some(last) = (first..self.toks.len())
            .rev()
            .find(|&i| self.base + self.toks[i].span.end == source.end)
        else {
            return source;
        };
        let body = self.word_in(BODY_WORDS, last);
        while first >= 2 && self.word_in(NAME_CONNECTORS, first - 1) {
            let end = first - 1;
            let mut start = end;
            while start > 0
                && end - start < 6
                && (self.is_capitalised(start - 1) || self.hyphen_in_name(start - 1))
            {
                start -= 1;
            }
            // "The Bureau of …": the article stays out of the name.
            if start < end && !self.looks_like_name(start) {
                start += 1;
            }
            // The part before holds no sentence opener ("But"); with "and", one of the two
            // parts names a body ("Roe and Doe" are two people).
            let joined = self.word(end) == "and";
            if start == end
                || !(start..end).all(|i| self.looks_like_name(i) || self.raw(i) == "-")
                || (joined && !(body || (start..end).any(|i| self.word_in(BODY_WORDS, i))))
            {
                break;
            }
            first = start;
        }
        Span::new(self.base + self.toks[first].span.start, source.end)
    }

    /// A hyphen glued between two capitalised words: "US-China".
    fn hyphen_in_name(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start;
        self.raw(i) == "-"
            && i > 0
            && i + 1 < self.toks.len()
            && self.is_capitalised(i - 1)
            && glued(i - 1, i)
            && glued(i, i + 1)
    }

    /// Names coordinated before the name `source`, in text order: "Jane Roe" in "Jane Roe
    /// and John Doe said", "Roe" and "Poe" in "Roe, Poe and Doe said", after any title
    /// ("Senators Jane Roe and Mark Poe"). Each is a run of capitalised words.
    pub(super) fn co_sources(&self, source: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let Some(first) =
            (0..self.toks.len()).find(|&i| self.base + self.toks[i].span.start == source.start)
        else {
            return out;
        };
        // "the Economic and Security Review Commission": one body's name, not two speakers.
        let last_word = |span: Span| {
            self.text[span.start - self.base..span.end - self.base]
                .rsplit(' ')
                .next()
                .is_some_and(|w| BODY_WORDS.has(&w.to_lowercase()))
        };
        if last_word(source) {
            return out;
        }
        let mut at = first;
        // "and" before the source, then names separated by commas.
        let joiner_ok = |i: usize, last: bool| {
            if last {
                self.word_in(AND_OR, i)
            } else {
                self.raw(i) == ","
            }
        };
        let mut last = true;
        while at >= 2 && joiner_ok(at - 1, last) {
            let end = at - 1;
            let mut start = end;
            while start > 0
                && end - start < 5
                && (self.is_capitalised(start - 1)
                    || (self.raw(start - 1) == "." && start >= 2 && self.is_capitalised(start - 2)))
            {
                start -= 1;
            }
            if start == end {
                break;
            }
            let name_start = self.after_titles(start, end);
            let name_start = (name_start..end)
                .find(|&i| self.raw(i) != ".")
                .unwrap_or(end);
            // A name, not a sentence's first common word ("The …") nor a lone title.
            let lone_opener = name_start + 1 == end && !self.looks_like_name(name_start);
            if name_start >= end || lone_opener || self.word_in(NOT_NAMES, name_start) {
                break;
            }
            out.push(self.span(name_start, end));
            at = start;
            last = false;
            // Past the title that the names share: "Senators Jane Roe, Mark Poe and …".
            if name_start > start {
                break;
            }
        }
        out.reverse();
        out
    }

    /// A sentence-initial capitalised word that is not a common word: no lowercase use of it
    /// is known here, so only a following capitalised word ("Jane Roe") or a surname shape
    /// counts. Common sentence openers are excluded.
    pub(super) fn looks_like_name(&self, i: usize) -> bool {
        self.is_word(i) && !self.word_in(SENTENCE_OPENERS, i)
    }

    /// Where a personal name starts in the capitalised run `start..end`: after the last title
    /// ("Acme CEO Jane Roe"). After an honorific a title word is the surname ("Mr. King").
    pub(super) fn after_titles(&self, start: usize, end: usize) -> usize {
        let mut name_start = start;
        for i in start..end {
            // A title word that closes a name after a given name is a surname: "Charlie King".
            let surname = i + 1 == end
                && i > start
                && self.is_capitalised(i - 1)
                && !self.word_in(TITLES, i - 1)
                && self.raw(i).chars().skip(1).any(char::is_lowercase);
            // A title before a body's word names the body: "Norfolk Detective Division".
            let names_a_body = i + 1 < end && self.word_in(BODY_WORDS, i + 1);
            if self.word_in(TITLES, i) && !surname && !names_a_body {
                name_start = i + 1;
            }
        }
        let mut honorific = end.saturating_sub(2);
        if self.raw(honorific) == "." {
            honorific = honorific.saturating_sub(1);
        }
        if name_start == end
            && end >= 2
            && honorific < end - 1
            && self.word_in(HONORIFICS, honorific)
        {
            name_start = end - 1;
        }
        name_start
    }

    /// Tokens `start..end` are a personal name: capitalised words, initials and title
    /// abbreviations ("G.K. Butterfield", "Rep. Jane Roe").
    pub(super) fn is_name_run(&self, start: usize, end: usize) -> bool {
        let words = (start..end)
            .filter(|&i| self.toks[i].kind != TokenKind::Symbol)
            .count();
        (1..=5).contains(&words)
            && (start..end).all(|i| self.is_capitalised(i) || matches!(self.raw(i), "." | "-"))
            && self.is_capitalised(start)
    }
}

//! The subject of a cue: before the verb (over auxiliaries, asides and appositions), after it
//! ("…, said Jane Roe"), opening the sentence, or shared with a coordinated verb.

use super::lexicon::{
    AFTER_A_NAME, AND_BUT, AND_OR, ARTICLES, ASIDE_OPENERS, BETWEEN_SUBJECT_AND_VERB, CLAUSE_LINKS,
    CLAUSE_WORDS, DAYS_NEAR, DESCRIPTION_OPENERS, DISCOURSE_MARKERS, EVIDENCE, FINITE_VERBS,
    FORMS_OF_BE, HEAD_PREPOSITIONS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST_OF_SAYING, NEGATED_BE,
    NOT_IN_A_DESCRIPTION, NOT_NAMES, NOT_POSSESSORS, OPENING_ADVERBIALS, PERSON_VERBS,
    POSTMODIFIERS, PREPOSITIONS, PRONOUNS, PUBLISHING_PARTICIPLES, RELATIVE_PRONOUNS,
    REPORTING_VERBS, ROLE_WORDS, SAYING_VERBS, SENTENCE_CONJUNCTIONS, SOURCE_NOUNS, SUBORDINATORS,
    TELL, TITLES, WEEKDAYS,
};
use super::view::View;
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

impl View<'_> {
    /// The source before the verb at `v`: skipping auxiliaries and adverbs, and an apposition
    /// between commas ("Jane Roe, director of …, believes").
    pub(super) fn subject_before(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        // "Roe went on to say": the subject stands before the verb of going on.
        let mut k = self.continuing_before(v).unwrap_or(v);
        while k > 0
            && (self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) || self.is_manner_adverb(k - 1))
        {
            k -= 1;
        }
        // A passive ("was widely criticized", "has been asked") reports about the subject,
        // not the subject's report.
        let verb = self.word(v);
        let participle = verb.ends_with("ed") || self.word_in(IRREGULAR_PARTICIPLES, v);
        if participle && (k..v).any(|i| self.word_in(FORMS_OF_BE | NEGATED_BE, i)) {
            return None;
        }
        // A time between a relative pronoun and its verb: "Roe, who in 2010 said …".
        if k >= 4 && self.is_time_phrase(k - 2, k) && self.word_in(RELATIVE_PRONOUNS, k - 3) {
            k -= 2;
        }
        // A relative clause: "Roe, who has argued that …", "the agency, which reported …",
        // "Roe — who’s called for higher taxes —" (its "has" contracted, between dashes).
        let contracted = |i: usize| matches!(self.word(i).as_str(), "who's" | "who’s");
        if k >= 2 && (self.word_in(RELATIVE_PRONOUNS, k - 1) || contracted(k - 1)) {
            let relative = k - 1;
            let end = if matches!(self.raw(relative - 1), "," | "—" | "–") {
                relative - 1
            } else {
                relative
            };
            let mut start = self.clause_start(end)?;
            // "There are some economists who argue …": the antecedent follows "there are".
            if self.word(start) == "there"
                && self.word_in(FORMS_OF_BE, start + 1)
                && start + 2 < end
            {
                start += 2;
            }
            let cue = self.span(v, cue_end);
            // "Doe, now the majority leader, who in 2010 said …": an apposition between the
            // antecedent and the relative pronoun; the antecedent stands before it.
            let before_apposition = || {
                let comma = start.checked_sub(1).filter(|&c| self.raw(c) == ",")?;
                if self.is_capitalised(start) {
                    return None;
                }
                self.classify(self.clause_start(comma)?, comma, cue, None, false)
                    .filter(|found| found.kind == SourceKind::Name)
            };
            let antecedent = self
                .classify(start, end, cue, None, false)
                .or_else(before_apposition)?;
            if antecedent.kind == SourceKind::Pronoun {
                return None;
            }
            let kind = SourceKind::Relative {
                antecedent: antecedent.source,
                named: antecedent.kind == SourceKind::Name,
            };
            return Some(Attribution::new(
                self.span(relative, relative + 1),
                kind,
                cue,
            ));
        }
        // A bare day between subject and verb: "The bank Thursday raised …".
        if k >= 2 && self.word_in(WEEKDAYS | DAYS_NEAR, k - 1) && !self.is_time_phrase(k - 2, k) {
            k -= 1;
            // "The ministry late Sunday said", "Roe earlier today said".
            if k >= 2
                && matches!(
                    self.word(k - 1).as_str(),
                    "late" | "early" | "earlier" | "later"
                )
            {
                k -= 1;
            }
        }
        // A time between subject and verb: "Roe on Tuesday said", "the court this month ruled".
        if k >= 2 && self.is_time_phrase(k - 2, k) {
            k -= 2;
            while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
                k -= 1;
            }
        }
        // A parenthesis right before the verb: "Rep. Jane Roe (D-Md.) said".
        if k > 0 && self.raw(k - 1) == ")" {
            k = (0..k - 1).rev().take(12).find(|&i| self.raw(i) == "(")?;
        }
        let mut description = None;
        // An apposition between dashes: "Lee Kai-fu – the CEO of a startup – said".
        let dash = |i: usize| matches!(self.raw(i), "–" | "—");
        if k > 1
            && dash(k - 1)
            && let Some(open) = (0..k - 1).rev().take(30).find(|&i| dash(i))
            && open > 0
            && self.word_in(ARTICLES, open + 1)
        {
            description = Some(self.span(open + 1, k - 1));
            k = open;
        }
        if k > 0 && self.raw(k - 1) == "," {
            // An apposition: back to the comma that opens it.
            let mut close = k - 1;
            let open = (0..close).rev().take(30).find(|&i| self.raw(i) == ",")?;
            let aside = (open + 1..close)
                .map(|i| self.word(i).as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if open + 1 < close && !DISCOURSE_MARKERS.has(&aside) {
                // "The state's campaign chairman, Jane Roe, said": the name is the aside.
                let party_tag = self.raw(open + 1).len() == 1 && self.raw(open + 2) == "-";
                if self.is_name_run(open + 1, close) && !party_tag {
                    let role = self.clause_start(open).filter(|&r| r < open);
                    let (name, cue) = (self.span(open + 1, close), self.span(v, cue_end));
                    return Some(
                        Attribution::new(name, SourceKind::Name, cue)
                            .described(role.map(|r| self.span(r, open))),
                    );
                }
                description = Some(self.span(open + 1, close));
            }
            close = open;
            // More asides before it: "Jane Roe, 59, of Springfield, Ill., who …, said".
            for _ in 0..4 {
                let Some(open) = (0..close).rev().take(12).find(|&i| self.raw(i) == ",") else {
                    break;
                };
                if !self.is_minor_aside(open + 1, close) {
                    break;
                }
                close = open;
            }
            k = close;
            // "Rep. Jane Roe (R-Ohio), a member of the panel, said".
            if k > 0 && self.raw(k - 1) == ")" {
                k = (0..k - 1).rev().take(12).find(|&i| self.raw(i) == "(")?;
            }
        }
        if k == 0 {
            return None;
        }
        let end = k;
        let cue = self.span(v, cue_end);
        let strong = self.word_in(SAYING_VERBS, v);
        if let Some(head) = self.head_of_relative_clause(end, cue, description, strong) {
            return Some(head);
        }
        let mut start = self.clause_start(end)?;
        // An opening time or place without its comma: "On Monday the company said", "By the
        // end of the century the report warns". The subject opens at the last article that
        // no preposition governs ("After the vote the mayor of the city said" is the mayor's),
        // or after a time ("On Monday Jane Roe said").
        if Some(start) == self.first_word()
            && (self.word_in(OPENING_ADVERBIALS, start) || self.word(start) == "by")
            && (start..end).all(|i| self.toks[i].kind != TokenKind::Symbol)
        {
            // A preposition needs its object first ("On the eve of …"); an adverb does not
            // ("Meanwhile the company said").
            let first_possible = start
                + if self.word_in(PREPOSITIONS, start) {
                    2
                } else {
                    1
                };
            let subject_article = (first_possible..end)
                .rev()
                .find(|&i| self.word_in(ARTICLES, i) && !self.word_in(PREPOSITIONS, i - 1));
            if let Some(article) = subject_article {
                start = article;
            } else if self.is_time_phrase(start, start + 2) && start + 2 < end {
                start += 2;
            }
        }
        // A coordinated subject, whole: "Experts on trade and finance said", "Regulators and
        // environmental groups worried".
        let coordinated = || {
            if start < 2 || !self.word_in(AND_OR, start - 1) {
                return None;
            }
            let first = self.clause_start(start - 1)?;
            let opens_sentence = first == 0
                || matches!(
                    self.raw(first - 1),
                    "," | "“" | "\"" | "”" | "(" | ";" | ":" | "—" | "–"
                );
            (opens_sentence && end - first <= 12)
                .then(|| self.classify(first, end, cue, description, strong))
                .flatten()
                .filter(|found| found.kind == SourceKind::Description)
        };
        // Heads joined by "and" ("Regulators and environmental groups"), not "and" inside a
        // modifier ("A report from the Economic and Security Review Commission").
        // Nor a place of a list after "in" ("Recent polls in Ohio and Iowa have shown"): the
        // subject is the phrase the places are in.
        let in_places = || {
            let mut p = start.checked_sub(2)?;
            while p > 0 && self.is_capitalised(p) {
                p -= 1;
            }
            let locative = matches!(self.word(p).as_str(), "in" | "across" | "throughout");
            (locative && p + 1 < start - 1).then_some(())
        };
        let after_and = start >= 2
            && self.word_in(AND_OR, start - 1)
            && self.opening_noun_phrase(end).is_some_and(|(_, head)| {
                (head >= start && !self.is_capitalised(head))
                    || (head < start && in_places().is_some())
            });
        coordinated()
            .or_else(|| {
                after_and
                    .then(|| self.opening_description(end, cue))
                    .flatten()
            })
            .or_else(|| self.classify(start, end, cue, description, strong))
            .or_else(|| self.opening_description(end, cue))
    }

    /// The subject of a verb that a relative clause without commas stands between: "The man
    /// who killed three officers in the city said …" is the man's report, not the city's, and
    /// "The report that was released Friday shows …" the report's. The clause opens with its
    /// own verb right after "who", "which" or "that", and holds no mark.
    fn head_of_relative_clause(
        &self,
        end: usize,
        cue: Span,
        description: Option<Span>,
        strong: bool,
    ) -> Option<Attribution> {
        // The clause is the whole phrase before the verb: the phrase's start is right after
        // the relative pronoun.
        let relative = self.clause_start(end)?.checked_sub(1)?;
        if !(self.word_in(RELATIVE_PRONOUNS, relative) || self.word(relative) == "that") {
            return None;
        }
        let verb = relative + 1;
        // After "who" the clause's verb comes next ("who shot"); after "that" or "which" a
        // subject may ("the plan that critics said …" is the critics' report).
        // ("who prosecutors say …" has its subject after "who" too.)
        let who =
            self.word(relative) == "who" && !self.word_in(SOURCE_NOUNS | ARTICLES | PRONOUNS, verb);
        let clause_verb = verb < end
            && self.raw(verb).starts_with(char::is_lowercase)
            && (who || self.word(verb).ends_with("ed") || self.word_in(FINITE_VERBS, verb));
        // "… who has seen him or knows …": the verb is the clause's own, coordinated.
        let coordinated = (verb..end).any(|i| self.word_in(AND_OR, i));
        if relative == 0 || !clause_verb || coordinated || !self.is_word(relative - 1) {
            return None;
        }
        let start = self.clause_start(relative)?;
        let head = self.classify(start, relative, cue, description, strong)?;
        // The verb agrees with its subject: "witnesses who could answer what the family
        // wants" is the family's wish, not the witnesses'.
        let written = self.written(head.source).unwrap_or("");
        let verb_written = self.written(cue).unwrap_or("");
        let plural_head = written.ends_with('s') && !written.ends_with("ss");
        let singular_verb = verb_written.ends_with('s') && !verb_written.ends_with("ss");
        (head.kind != SourceKind::Pronoun && !(plural_head && singular_verb)).then_some(head)
    }

    /// A description that opens the sentence and runs to its verb, headed by a source noun
    /// before its modifiers: "Political observers in the state and around the country say",
    /// "The average of polls taken over two weeks shows", "Other E.U. leaders have proposed".
    /// Longer than [`View::classify`] reads, so it must be the whole subject: from the first
    /// word of the sentence to the verb, with no clause, aside or list inside.
    pub(super) fn opening_description(&self, end: usize, cue: Span) -> Option<Attribution> {
        self.opening_description_from(self.first_word()?, end, cue)
    }

    /// [`View::opening_description`] for the clause that opens at `first`.
    fn opening_description_from(&self, first: usize, end: usize, cue: Span) -> Option<Attribution> {
        let (first, head) = self.opening_noun_phrase_from(first, end)?;
        let head_is_source = self.word_in(SOURCE_NOUNS | TITLES | EVIDENCE, head)
            || (self.word(head) == "those" && self.word(head + 1) == "close");
        if !head_is_source {
            return None;
        }
        // The source is the head with what it is "of" ("Small groups of protesters"); other
        // modifiers only place it ("observers in the state", "a poll released in August").
        let whole = head + 1 == end || matches!(self.word(head + 1).as_str(), "of" | "close");
        let source_end = if whole { end } else { head + 1 };
        Some(Attribution::new(
            self.span(first, source_end),
            SourceKind::Description,
            cue,
        ))
    }

    /// The noun phrase from the sentence's first word to `end` (its verb), as (first token,
    /// head): words, numbers and the marks inside names only, no verb or clause, and "and"
    /// only between nouns or modifiers ("Regulators and environmental groups", "in the state
    /// and around the country").
    pub(super) fn opening_noun_phrase(&self, end: usize) -> Option<(usize, usize)> {
        self.opening_noun_phrase_from(self.first_word()?, end)
    }

    /// [`View::opening_noun_phrase`] for the clause that opens at `first`.
    fn opening_noun_phrase_from(&self, mut first: usize, end: usize) -> Option<(usize, usize)> {
        if self.word_in(SENTENCE_CONJUNCTIONS, first) {
            first += 1;
        }
        if end <= first + 1 || end - first > 14 {
            return None;
        }
        let inner_mark = |i: usize| {
            matches!(self.raw(i), "." | "/" | "-" | "'" | "’")
                && i > first
                && self.toks[i - 1].span.end == self.toks[i].span.start
        };
        // "There's", "It's": a contraction, not a possessor.
        let contraction = |i: usize| {
            let word = self.word(i);
            let base = word.trim_end_matches("'s").trim_end_matches("’s");
            base.len() < word.len() && NOT_POSSESSORS.has(base)
        };
        let plain = (first..end).all(|i| {
            (matches!(
                self.toks[i].kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Mixed
            ) && !contraction(i))
                || inner_mark(i)
        });
        if !plain {
            return None;
        }
        // The head comes before the first modifier after it: "observers in …", "poll
        // released …", "those close to …".
        // A participle after the head modifies it: "Protesters marching through the streets".
        let participle = |i: usize| {
            let raw = self.raw(i);
            raw.len() > 5 && raw.ends_with("ing") && raw.starts_with(char::is_lowercase)
        };
        let head = (first + 1..end)
            .find(|&i| {
                self.word_in(PREPOSITIONS | PUBLISHING_PARTICIPLES | POSTMODIFIERS, i)
                    || participle(i)
            })
            .map_or(end - 1, |i| i - 1);
        let clause_inside = (first..end).any(|i| {
            let word = self.word(i);
            (self.word_in(FORMS_OF_BE | NOT_IN_A_DESCRIPTION | CLAUSE_WORDS, i)
                && !(word == "and" && i > first)
                && !(word == "to" && i.checked_sub(1).is_some_and(|p| self.word(p) == "close")))
                || (i < head && self.word_in(REPORTING_VERBS | PERSON_VERBS, i))
        });
        (!clause_inside).then_some((first, head))
    }

    /// The subject of a verb phrase coordinated with an earlier one: "Roe criticized the plan
    /// and said …", "Authorities announced an arrest and said …". The sentence must open with
    /// the subject, a name or a pronoun followed by its verb.
    pub(super) fn coordinated_subject(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        let mut k = v;
        while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
            k -= 1;
        }
        if k == 0 || !self.word_in(AND_BUT, k - 1) {
            return None;
        }
        // "… and has been denied bail": a passive tells what befell the subject.
        if (k..v).any(|i| self.word_in(FORMS_OF_BE, i)) {
            return None;
        }
        // A finite verb: "… and tell more jokes" after "needs to" is an infinitive.
        let verb = self.word(v);
        let finite = verb.ends_with("ed")
            || verb.ends_with('s')
            || self.word_in(IRREGULAR_PAST_OF_SAYING, v);
        if !finite {
            return None;
        }
        // No other clause in between: the coordinated verb shares the opening subject.
        // A quotation closed before the verb is part of the first verb phrase's object.
        let quoted = self.quoted();
        let open_quote =
            |i: usize| matches!(self.raw(i), "“" | "\"") && quoted.get(k - 1) != Some(&false);
        if (0..k).any(|i| matches!(self.raw(i), ";" | ":") || open_quote(i)) {
            return None;
        }
        let found = self.sentence_subject(v)?;
        Some(Attribution {
            cue: self.span(v, cue_end),
            ..found
        })
    }

    /// A subject with a participle phrase before the verb: "A poll released in late August
    /// found that …", "A report published by the agency shows that …".
    pub(super) fn subject_before_participle(
        &self,
        v: usize,
        cue_end: usize,
    ) -> Option<Attribution> {
        let mut k = v;
        while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
            k -= 1;
        }
        let p = (k.saturating_sub(12)..k)
            .rev()
            .take_while(|&i| self.is_word(i) || self.toks[i].kind == TokenKind::Number)
            .find(|&i| self.word_in(PUBLISHING_PARTICIPLES, i))?;
        if p == 0 || !self.is_word(p - 1) {
            return None;
        }
        let start = self.clause_start(p)?;
        let cue = self.span(v, cue_end);
        self.classify(start, p, cue, None, self.word_in(SAYING_VERBS, v))
    }

    /// An aside that stands between a name and its verb after another aside: an age ("59"),
    /// a place ("of Springfield", "Ill."), a party tag ("R-Ohio"), a relative clause.
    pub(super) fn is_minor_aside(&self, start: usize, end: usize) -> bool {
        if start >= end || end - start > 10 {
            return false;
        }
        let first = self.word(start);
        let abbreviation = end - start <= 3
            && self.raw(end - 1) == "."
            && self.is_capitalised(start)
            && !self.is_capitalised(start + 1);
        self.toks[start].kind == TokenKind::Number
            || abbreviation
            || self.word_in(ASIDE_OPENERS, start) && (first.len() > 1 || self.raw(start + 1) == "-")
    }

    /// The subject that opens the sentence, for a participle at `v`: a name or a pronoun as
    /// the first words, followed by a verb (a lowercase word).
    pub(super) fn sentence_subject(&self, v: usize) -> Option<Attribution> {
        // Role words may stand among the capitalised ones: "Democratic presidential nominee
        // Jane Roe", "former Secretary of State Jane Roe".
        let mut first = self.first_word().filter(|&first| first < v)?;
        // An opening time without its comma: "Last week Jane Roe sued …".
        if self.is_time_phrase(first, first + 2) && self.is_capitalised(first + 2) {
            first += 2;
        }
        first = self.past_opening_adverbials(first, v);
        let mut end = first;
        while end < v
            && (self.is_capitalised(end)
                || self.raw(end) == "."
                || self.hyphenated_name_part(end)
                || (end > first
                    && self.word_in(ROLE_WORDS | TITLES, end)
                    && (self.is_capitalised(end + 1)
                        || (end + 2 < v && self.is_capitalised(end + 2)))))
        {
            end += 1;
        }
        let cue = self.span(v, v + 1);
        // A pronoun after an opening adverbial: "Meanwhile, it attacked the plan, saying …".
        let lowercase_verb =
            |i: usize| self.is_word(i) && self.raw(i).starts_with(char::is_lowercase);
        if end == first
            && self.word_in(PRONOUNS, first)
            && first + 1 < v
            && lowercase_verb(first + 1)
        {
            return Some(Attribution::new(
                self.span(first, first + 1),
                SourceKind::Pronoun,
                cue,
            ));
        }
        if end == first {
            return None;
        }
        if end == first + 1 && self.word_in(PRONOUNS, first) {
            return Some(Attribution::new(
                self.span(first, end),
                SourceKind::Pronoun,
                cue,
            ));
        }
        // One capitalised word opening a sentence is too often an adjective or an article
        // ("Chinese developers …", "A new plan …"): a name here has two words or more.
        // A party tag or an apposition may follow the name: "Jane Roe (D-Md.), the panel's
        // chair, called …".
        let mut after = end;
        if self.raw(after) == "(" {
            after = (after..v)
                .take(12)
                .find(|&i| self.raw(i) == ")")
                .map_or(v, |i| i + 1);
        }
        if self.raw(after) == "," {
            after = (after + 1..v)
                .take(25)
                .find(|&i| self.raw(i) == ",")
                .map_or(v, |i| i + 1);
        }
        let verb_follows = after < v
            && self
                .toks
                .get(after)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.raw(after).starts_with(char::is_lowercase);
        let words = (first..end).filter(|&i| self.is_word(i)).count();
        // A lone name ("Cruz exhorted …, and said") when a verb plainly follows it.
        let plain_verb = |i: usize| {
            self.word(i).ends_with("ed")
                || self.word_in(
                    BETWEEN_SUBJECT_AND_VERB | REPORTING_VERBS | PERSON_VERBS | FINITE_VERBS,
                    i,
                )
                || self.is_manner_adverb(i)
        };
        // Or with an apposition that describes it: "Roe, a local doctor, then appeared …".
        let described = after > end && self.raw(end) == "," && self.word_in(ARTICLES, end + 1);
        let lone_name = words == 1 && (after == end || described) && plain_verb(after);
        if !verb_follows || (words < 2 && !lone_name) {
            return None;
        }
        self.classify(first, end, cue, None, true)
    }

    /// The first word after the adverbials that open the clause at `first` before `v`: "On
    /// Thursday, however, Roe spoke …", "And Roe …", "In August, several groups sued …".
    fn past_opening_adverbials(&self, mut first: usize, v: usize) -> usize {
        for _ in 0..3 {
            if self.word_in(CLAUSE_LINKS, first) {
                first += 1;
                continue;
            }
            // "Meanwhile, she left …": the subject, not another adverbial.
            if self.word_in(PRONOUNS, first) {
                break;
            }
            let adverbial = !self.is_capitalised(first)
                || self.word_in(
                    OPENING_ADVERBIALS | WEEKDAYS | DAYS_NEAR | SUBORDINATORS,
                    first,
                );
            let comma = (first + 1..v).take(8).find(|&i| self.raw(i) == ",");
            match comma {
                Some(c) if adverbial && self.is_word(c + 1) => first = c + 1,
                _ => break,
            }
        }
        first
    }

    /// For a participle at `v` (", saying …"): a description headed by a source noun that
    /// opens the sentence, followed by a past verb it does ("Several farm groups sued the
    /// agency, saying …", "The union rejected the offer, calling it …").
    /// A time or place opening the sentence may stand before the description: "In August,
    /// several tenant groups sued the city, saying …", "In 1986, the court blocked the sale,
    /// citing …".
    pub(super) fn opening_description_acting(&self, v: usize) -> Option<Attribution> {
        let mut first = self.first_word()?;
        if self.word_in(OPENING_ADVERBIALS | WEEKDAYS | DAYS_NEAR, first)
            && let Some(comma) = (first + 1..v).take(8).find(|&i| self.raw(i) == ",")
            && self.is_word(comma + 1)
        {
            first = comma + 1;
        }
        let verb = (first + 1..v.min(first + 9)).find(|&i| {
            let raw = self.raw(i);
            self.is_word(i) && raw.starts_with(char::is_lowercase) && raw.ends_with("ed")
        })?;
        // The verb right after the head: "In a video obtained by …" is a phrase, "a video
        // obtained" no subject and its verb.
        let (opening, head) = self.opening_noun_phrase_from(first, verb)?;
        if head + 1 != verb
            || self.word_in(PREPOSITIONS | OPENING_ADVERBIALS, opening)
            || self.word_in(PUBLISHING_PARTICIPLES, verb)
        {
            return None;
        }
        self.opening_description_from(first, verb, self.span(v, v + 1))
    }

    /// Where the noun phrase that ends at `end` starts: back to a clause boundary, at most
    /// eight tokens. None when `end` is itself at a boundary.
    pub(super) fn clause_start(&self, end: usize) -> Option<usize> {
        let mut start = end;
        while start > 0 && end - start < 8 {
            let prev = start - 1;
            // An apostrophe is a boundary when it closes a quotation (''…'' he said), not when
            // it marks a possessive (the state's governor).
            let apostrophe = matches!(self.raw(prev), "'" | "’");
            let possessive = apostrophe && self.word(prev + 1) == "s";
            let boundary = (self.toks[prev].kind == TokenKind::Symbol
                && !matches!(self.raw(prev), "-" | "&" | ".")
                && (!apostrophe || !possessive))
                || self.word_in(CLAUSE_WORDS, prev);
            if boundary {
                break;
            }
            start = prev;
        }
        (start < end).then_some(start)
    }

    /// "…,” said Jane Roe." and "…, said Rep. G.K. Roe (D-N.C.), head of …" after a quotation
    /// or a comma.
    pub(super) fn subject_after(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        // Back over closing quotation marks (”, ", and the doubled '' some papers use).
        let mut q = v;
        while q > 0 && matches!(self.raw(q - 1), "”" | "\"" | "’" | "'") {
            q -= 1;
        }
        let after_quote_or_comma = v > 0
            && (self.raw(v - 1) == ","
                || (q < v && matches!(self.raw(q.wrapping_sub(1)), "," | "?" | "!" | ".")));
        // "…, told Jane Roe": the name after "told" is who was told.
        if !after_quote_or_comma || self.word_in(TELL, v) {
            return None;
        }
        // "said the Rev. Jane Roe": an article before a title.
        let begin = if self.word(cue_end) == "the" && self.is_capitalised(cue_end + 1) {
            cue_end + 1
        } else {
            cue_end
        };
        // Lowercase modifiers before a title: "said retired Gen. Jane Roe", "said 9/11 widow
        // Jane Roe". They count only if a title follows, which the name then comes after.
        let modifiers = (begin..self.toks.len().min(begin + 4))
            .take_while(|&i| {
                let lowercase_word = self.toks[i].kind == TokenKind::Word
                    && self.raw(i).starts_with(char::is_lowercase)
                    && !self.word_in(
                        TITLES | ARTICLES | PREPOSITIONS | CLAUSE_WORDS | PRONOUNS | NOT_NAMES,
                        i,
                    );
                lowercase_word
                    || self.toks[i].kind == TokenKind::Number
                    || (i > begin && matches!(self.raw(i), "/" | "-"))
            })
            .count();
        let modified = modifiers > 0
            && (self.word_in(TITLES, begin + modifiers) || self.is_capitalised(begin + modifiers));
        if modified && let Some(found) = self.name_after(v, cue_end, begin + modifiers, true) {
            return Some(found);
        }
        self.name_after(v, cue_end, begin, false)
    }

    /// The name that [`View::subject_after`] reads from `begin`, after the cue that ends at
    /// `cue_end`; `modified`: lowercase modifiers stand before `begin`, so a title must.
    fn name_after(
        &self,
        v: usize,
        cue_end: usize,
        begin: usize,
        modified: bool,
    ) -> Option<Attribution> {
        let mut end = begin;
        // Capitalised words, initials, and role words before a name ("said network host
        // Jane Roe").
        while end < self.toks.len()
            && (self.is_capitalised(end)
                || (matches!(self.raw(end), "." | "-") && self.is_capitalised(end + 1))
                || ((self.word_in(TITLES, end)
                    || (end > begin && self.word_in(SOURCE_NOUNS, end)))
                    && self.is_capitalised(end + 1)))
        {
            end += 1;
        }
        // The name ends the sentence, or an aside follows it: ", a professor", "(D-Md.)", "of
        // New York", "who served…", "on Tuesday".
        let closes = end == self.toks.len()
            || matches!(self.raw(end), "." | "," | "!" | "?" | ";" | "(")
            || self.word_in(AFTER_A_NAME, end);
        if end == begin {
            end = cue_end;
        }
        let words = (if modified { begin } else { cue_end }..end)
            .filter(|&i| self.toks[i].kind != TokenKind::Symbol)
            .count();
        if words == 0 {
            return (!modified)
                .then(|| self.description_after(v, cue_end))
                .flatten();
        }
        if !closes || words > 5 {
            return None;
        }
        if end == cue_end + 1 && self.word_in(NOT_NAMES, cue_end) {
            return None;
        }
        let mut first = self.after_titles(begin.min(end), end);
        if modified && first == begin {
            return None;
        }
        while first < end && self.raw(first) == "." {
            first += 1;
        }
        (first < end).then(|| {
            Attribution::new(
                self.span(first, end),
                SourceKind::Name,
                self.span(v, cue_end),
            )
        })
    }

    /// "…,” said one source on the panel." and "…, said a spokesman for the campaign.": a
    /// determiner, then a noun phrase that holds a source noun, to the end of the sentence or
    /// the next comma.
    pub(super) fn description_after(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        if !self.word_in(DESCRIPTION_OPENERS, cue_end) {
            return None;
        }
        let mut end = cue_end + 1;
        while end < self.toks.len()
            && end - cue_end < 10
            && self.toks[end].kind != TokenKind::Symbol
        {
            end += 1;
        }
        let closes = end == self.toks.len() || matches!(self.raw(end), "." | "," | ";" | "(");
        // The head comes before any preposition: "a spokesman for the campaign".
        let head_end = (cue_end + 1..end)
            .find(|&i| self.word_in(HEAD_PREPOSITIONS, i))
            .unwrap_or(end);
        let known = self.word_in(SOURCE_NOUNS | TITLES, head_end.checked_sub(1)?);
        (closes && known && head_end > cue_end + 1).then(|| {
            Attribution::new(
                self.span(cue_end, end),
                SourceKind::Description,
                self.span(v, cue_end),
            )
        })
    }
}

//! Reporting verbs: "X said (that) …", "…, said X", "X, saying …", in any tense, with the
//! particles and clauses that make a verb a report ("called for", "announced that …").

use super::super::lexicon::listed;
use super::lexicon::{
    AFTER_A_CLOSING_VERB, ARTICLES, ATTEMPTS, BACK_PARTICLES, BE_CONTRACTIONS, BE_INFINITIVE, BEEN,
    BEGINS, BETWEEN_SUBJECT_AND_VERB, CALLED_OBJECTS, CLAUSE_AUXILIARIES, CLAUSE_DETERMINERS,
    CLAUSE_SUBJECT_PRONOUNS, CLAUSE_WORDS, CLAUSE_WORDS_AFTER_AGENT, CLEAR, CONTENT_VERBS,
    CONTINUES, DAYS_NEAR, DOCUMENTS, ESTIMATED_AMOUNTS, EVALUATIVE_ADJECTIVES, EVIDENCE, FINDS,
    FINITE_BE, GERUND_TAKERS, GOES, HEADLINE_REPORTS, HEADLINE_SAYING, INDEFINITE_ARTICLES,
    INDIRECT_QUESTIONS, INQUIRIES, INTENTIONS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST_OF_KNOWING,
    ISSUED_WRITINGS, ISSUING_VERBS, LET, Lexicon, MAKES, MODALS, NAMING_PARTICIPLES, NEGATED_BE,
    NOT_CALLED_OBJECTS, NOT_NAMES, NOT_PASSIVE_REPORTS, NOT_REPORTING_PAST, NOUN_DETERMINERS,
    NOUN_OR_VERB, PARTICIPLE_LINKS, PARTICIPLES, PERSON_HEADS, PERSON_REPORTS_WITHOUT_CLAUSE,
    PERSON_VERBS, PHRASE_BEFORE_THAT, PLACE_NOUNS, PREPOSITIONS, PROGRESSIVE_ADVERBS, PRONOUNS,
    RELATIVE_PRONOUNS, REPORTING_VERBS, SAYING_PARTICIPLES, SENTENCE_CONJUNCTIONS, SHOW,
    SOURCE_NOUNS, SPEECHES, SUBORDINATORS, TAKES, TIME_FRAMING, TIMES_OF_DAY, TITLES, WEEKDAYS,
    WHAT_OR_WHICH, needs_particle,
};
use super::view::View;
use super::{Attribution, SourceKind};
use crate::text::{Span, TokenKind};

impl View<'_> {
    /// "X said (that) …", "X, a partner at Y, believes …", "…, X said.", "…, said X."
    pub(super) fn reporting_verb(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        let mut first = self.reporting_verb_from(0, quoted)?;
        // An intention gives way to a later report of the sentence ("Roe wanted to leave, which
        // she thought …"), and one in a restrictive relative clause is not the sentence's: "the
        // groups who seek to …" defines the groups ("Roe, who did not want to …" still speaks).
        if self.cue_is_intention(first.cue) {
            let after = (0..self.toks.len())
                .find(|&i| self.base + self.toks[i].span.start >= first.cue.end)
                .unwrap_or(self.toks.len());
            let restrictive = matches!(first.kind, SourceKind::Relative { .. })
                && !(first.source.start.checked_sub(self.base))
                    .and_then(|start| self.text.get(..start))
                    .is_some_and(|before| before.trim_end().ends_with(','));
            match self.reporting_verb_from(after, quoted) {
                Some(later) if restrictive || !self.cue_is_intention(later.cue) => first = later,
                _ if restrictive => return None,
                _ => {}
            }
        }
        // A report closing the sentence is its main clause: "Roe had told the police that …,
        // the source added.", "The loopholes he cited are “…,” the paper reported."
        let closes_quotation = |i: usize| {
            matches!(self.raw(i), "”" | "\"" | "'") && i > 0 && quoted[i - 1] && !quoted[i]
        };
        let tail = (0..self.toks.len())
            .rev()
            .take(12)
            .find(|&i| (self.raw(i) == "," && !quoted[i]) || closes_quotation(i));
        if let Some(tail) = tail
            && first.cue.start < self.base + self.toks[tail].span.start
            && let Some(last) = self.reporting_verb_from(tail + 1, quoted)
            && !matches!(last.kind, SourceKind::Relative { .. })
            && (if last.source.start > last.cue.start {
                self.closes_sentence(last.source.end, 1)
            } else {
                self.closes_sentence(last.cue.end, 1)
            })
        {
            return Some(last);
        }
        // A relative clause's report gives way to the main clause's: "Roe's aides, who asked
        // for the tape, watched it, lawyers said."
        if matches!(first.kind, SourceKind::Relative { .. }) {
            let after = (0..self.toks.len())
                .find(|&i| self.base + self.toks[i].span.start >= first.cue.end)
                .unwrap_or(self.toks.len());
            if let Some(main) = self.reporting_verb_from(after, quoted)
                && !matches!(main.kind, SourceKind::Relative { .. })
            {
                return Some(main);
            }
        }
        // "When the firm signaled that …, Roe said …": the main clause's cue comes first.
        if let Some(comma) = self.leading_subordinate_end() {
            let in_subordinate = first.cue.start < self.base + self.toks[comma].span.start;
            if in_subordinate && let Some(main) = self.reporting_verb_from(comma + 1, quoted) {
                return Some(main);
            }
        }
        Some(first)
    }

    pub(super) fn reporting_verb_from(&self, from: usize, quoted: &[bool]) -> Option<Attribution> {
        for (v, &in_quotation) in quoted.iter().enumerate().skip(from) {
            // A verb inside a quotation is the quoted speaker's own report ("“They wanted
            // votes,” Roe said"): the sentence belongs to whoever the quotation's cue names.
            if in_quotation {
                continue;
            }
            // Most words are none of the verbs below: only a participle, a reporting verb, a
            // verb of a person, or a verb before "that" (`takes_that_clause`) is read further.
            let may_report = (PARTICIPLES | REPORTING_VERBS | PERSON_VERBS).bits();
            if self.lexicons[v] & may_report == 0 && self.word(v + 1) != "that" {
                continue;
            }
            let verb = self.word(v);
            // "is calling for", "are warning": the progressive reports like the verb.
            let be = self
                .word_in(PARTICIPLES, v)
                .then(|| self.progressive_be(v))
                .flatten();
            if let Some(be) = be {
                let particle = verb == "calling"
                    && needs_particle("call")
                        .is_some_and(|p| p.contains(&self.word(v + 1).as_str()));
                // "is calling the plan “a disaster”".
                let names = verb == "calling" && self.calls_something(v);
                if verb == "calling" && !particle && !names {
                    continue;
                }
                let cue_end = if particle { v + 2 } else { v + 1 };
                // "He’s claiming …": the subject is inside the contraction.
                if let Some(pronoun) = self.be_contracted_onto(be) {
                    let lower = pronoun.to_lowercase();
                    if PRONOUNS.has(&lower) || lower == "it" {
                        let start = self.base + self.toks[be].span.start;
                        let source = Span::new(start, start + pronoun.len());
                        let cue = self.span(v, cue_end);
                        return Some(Attribution::new(source, SourceKind::Pronoun, cue));
                    }
                    continue;
                }
                if let Some(found) = self.subject_before(v, cue_end) {
                    return Some(found);
                }
                continue;
            }
            // "Roe avoided condemning …", "She kept insisting …": a verb of keeping or
            // avoiding before the participle, whose subject is the participle's.
            if self.word_in(PARTICIPLES, v) && self.word_in(GERUND_TAKERS, v.wrapping_sub(1)) {
                if let Some(found) = self.subject_before(v - 1, v + 1)
                    && !matches!(found.kind, SourceKind::Relative { .. })
                {
                    return Some(Attribution {
                        cue: self.span(v - 1, v + 1),
                        ..found
                    });
                }
                continue;
            }
            // "Roe was quoted as saying …": the passive of quoting has the speaker as its
            // subject.
            // "Roe can be heard saying …": so is hearing it.
            let quoted_as = verb == "saying"
                && v >= 4
                && self.word(v - 1) == "as"
                && self.word(v - 2) == "quoted";
            let heard = self.word_in(PARTICIPLES, v) && v >= 3 && self.word(v - 1) == "heard";
            let passive = if quoted_as { v - 3 } else { v.wrapping_sub(2) };
            if (quoted_as || heard)
                && (self.word_in(FINITE_BE, passive) || self.word(passive) == "be")
            {
                let cue_start = if quoted_as { v - 2 } else { v - 1 };
                if let Some(found) = self.subject_before(passive, v + 1) {
                    return Some(Attribution {
                        cue: self.span(cue_start, v + 1),
                        ..found
                    });
                }
                continue;
            }
            // ", saying that …": the participle reports for the sentence's subject.
            // ", saying …", "responded by saying …" (not "by calling 555-0100"), "sang to
            // her before asking …", "left the stage while insisting …".
            let by_saying = self.word_in(PARTICIPLE_LINKS, v.wrapping_sub(1))
                && v >= 2
                && self.is_word(v - 2)
                && self.word_in(SAYING_PARTICIPLES, v);
            if self.word_in(PARTICIPLES, v) && (self.raw(v.wrapping_sub(1)) == "," || by_saying) {
                // The subject must be the participle's own clause's: not one a "but" or a
                // semicolon left behind ("It was a fine catch but Roe was modest after
                // admitting …"), nor the "it" of a sentence about a thing.
                let after_link = by_saying && self.word(v - 1) != "by";
                let crossed = |found: &Attribution| {
                    (0..v).any(|i| {
                        self.base + self.toks[i].span.start >= found.source.end
                            && (self.word(i) == "but" || self.raw(i) == ";")
                    }) || self
                        .written(found.source)
                        .is_some_and(|written| written.eq_ignore_ascii_case("it"))
                };
                // ", suggesting …" tells a consequence as often as a report ("Sales fell 5%,
                // suggesting demand is weak"): a report only for a person named in full or a
                // pronoun for one.
                let consequence = verb == "suggesting";
                let a_person = |found: &Attribution| {
                    let written = self.written(found.source).unwrap_or("");
                    match found.kind {
                        SourceKind::Pronoun => !written.eq_ignore_ascii_case("it"),
                        SourceKind::Name => written.contains(' '),
                        _ => false,
                    }
                };
                if let Some(found) = self
                    .sentence_subject(v)
                    .or_else(|| self.opening_description_acting(v))
                    .filter(|found| !(after_link && crossed(found)))
                    .filter(|found| !consequence || a_person(found))
                {
                    return Some(found);
                }
                continue;
            }
            // Capitalised, "States" or "Report" is a name; after "to", an infinitive.
            // Headlines capitalise every word: "Senator Warns …", "Roe Says …".
            let headline_verb = v > 0
                && self.is_capitalised(v)
                && self.is_capitalised(v - 1)
                && (HEADLINE_SAYING.has(self.raw(v))
                    || (self.raw(v).ends_with('s')
                        && self.word_in(REPORTING_VERBS, v)
                        && self.is_title_case()));
            let lowercase = self.raw(v).starts_with(char::is_lowercase) || headline_verb;
            let reports = self.word_in(REPORTING_VERBS, v) || self.takes_that_clause(v);
            let person_verb = !reports && self.word_in(PERSON_VERBS, v);
            // "to" makes an infinitive, which reports only after a verb of going on: "went on
            // to say", "continued to insist".
            let infinitive =
                self.word(v.wrapping_sub(1)) == "to" && self.continuing_before(v).is_none();
            if !lowercase || !(reports || person_verb) || infinitive {
                continue;
            }
            // "the project advocated by many": a passive participle, not this subject's report;
            // "Having said that": an idiom.
            // "backed out", "backed off": phrasal verbs that do not report.
            let phrasal = (verb.starts_with("back") && self.word_in(BACK_PARTICLES, v + 1))
                // "reported from Kabul": a byline; "Let's say": a supposition.
                || (verb.starts_with("report") && self.word(v + 1) == "from")
                || self.word_in(LET, v.wrapping_sub(1));
            if phrasal
                || self.word(v + 1) == "by"
                || self.word(v.wrapping_sub(1)) == "having"
                || (verb.starts_with("reckon") && self.word(v + 1) == "with")
            {
                continue;
            }
            // Words that are nouns as often as verbs ("state", "claims", "note") report only
            // before a "that" clause or a quotation, and never after a determiner or possessive.
            // In a headline, the verbs that are rarely nouns there: "Poll Shows …".
            let headline_report = headline_verb && self.word_in(HEADLINE_REPORTS, v);
            if self.word_in(NOUN_OR_VERB, v) && !headline_report {
                let before = self.word(v.wrapping_sub(1));
                // A count makes it a noun too: "two 911 calls on Monday", "40 reports".
                let after_determiner = self.word_in(NOUN_DETERMINERS, v.wrapping_sub(1))
                    || before.starts_with(|c: char| c.is_ascii_digit())
                    || before.ends_with("'s")
                    || before.ends_with("’s");
                let particle_follows =
                    needs_particle(&verb).is_some_and(|p| p.contains(&self.word(v + 1).as_str()));
                let names_something = verb.starts_with("call") && self.calls_something(v);
                let opens_content = self.word(v + 1) == "that"
                    || particle_follows
                    || names_something
                    || self.evidence_shows(v)
                    || self.opens_quotation(v + 1);
                // After an apposition ("Jane Roe, a scholar at X, notes …") it is a verb, and
                // after a name or a pronoun that closes the sentence ("…, Roe estimates.").
                let after_apposition = self.raw(v.wrapping_sub(1)) == ",";
                // "…, it adds." of a body or a document quoted before.
                let closing_report = self.parenthetical(v)
                    && (self.is_capitalised(v.wrapping_sub(1))
                        || self.word_in(PRONOUNS, v.wrapping_sub(1))
                        || self.word(v.wrapping_sub(1)) == "it");
                // Right after its subject: a pronoun ("she notes"), a plural source noun with
                // the plain form ("critics question", "officials echo"), or a name before a
                // clause ("Roe notes they were appointed earlier").
                let after_subject = self.word_in(PRONOUNS | MODALS, v.wrapping_sub(1))
                    || (!verb.ends_with('s')
                        && before.ends_with('s')
                        && self.word_in(SOURCE_NOUNS, v.wrapping_sub(1)))
                    || self.after_a_named_subject(v)
                    || self.after_subject_and_adverbs(v);
                if after_determiner
                    || !(opens_content || after_apposition || closing_report || after_subject)
                {
                    continue;
                }
            }
            // "respond": a report of a source asked for one ("did not respond to requests
            // for comment"), not of police responding to a call.
            // "shown" reports only in a perfect ("Studies have shown …"), not as a passive
            // participle ("Roe, shown in a photo from 2015, …").
            let perfect = (v.saturating_sub(3)..v)
                .rev()
                .take_while(|&i| self.is_word(i))
                .any(|i| matches!(self.word(i).as_str(), "have" | "has" | "had"));
            // "written" likewise: "Roe has written that …", not "a book written in 2010".
            if matches!(verb.as_str(), "shown" | "written") && !perfect {
                continue;
            }
            if verb == "respond"
                && !(v + 1..(v + 8).min(self.toks.len())).any(|i| self.word_in(INQUIRIES, i))
            {
                continue;
            }
            // "continued", "went on": a report only next to the quotation they introduce.
            if self.word_in(CONTINUES, v)
                && !self.opens_quotation(v + 1)
                && !(0..v).any(|i| matches!(self.raw(i), "”" | "\""))
            {
                continue;
            }
            let mut cue_end = v + 1;
            // Without its particle or clause, a verb of stance or disclosure still reports for
            // a person named or pronounced as its subject ("Roe mentioned the tapes", "He
            // offered no proof"), never for a description ("The bank announced a new fee").
            let mut person_only = person_verb;
            if let Some(particles) = needs_particle(&verb) {
                // "spoke emotionally of": a manner adverb may stand before the particle.
                let adverb = usize::from(self.is_manner_adverb(v + 1));
                if !particles.is_empty() {
                    // "called the plan a failure", "called him “a genius”": naming is a report.
                    let names_something =
                        verb.starts_with("call") && self.calls_something(v) && v > 0;
                    // "puts the cost at $2 billion": an estimate.
                    let puts_figure = verb.starts_with("put") && self.puts_a_figure_at(v);
                    // "decided she should …": a clause without its "that".
                    let particle =
                        particles.contains(&self.word(v + 1 + adverb).as_str()) || puts_figure;
                    let bare_clause =
                        !particle && particles.contains(&"that") && self.clause_follows(v + 1);
                    if bare_clause {
                        cue_end = v + 1;
                    } else if !particle && !names_something {
                        if self.word_in(PERSON_REPORTS_WITHOUT_CLAUSE, v) {
                            person_only = true;
                        } else {
                            continue;
                        }
                    }
                    // "as one analyst put it," but not "put it on the table".
                    let put_it_closes = self.toks.get(v + 2).is_none_or(|t| {
                        t.kind == TokenKind::Symbol || self.is_manner_adverb(v + 2)
                    }) || (v.saturating_sub(6)..v)
                        .any(|i| self.word(i) == "as");
                    if verb.starts_with("put") && !put_it_closes && !puts_figure {
                        continue;
                    }
                    if !(names_something || bare_clause || puts_figure) {
                        cue_end = v + 2 + adverb;
                    }
                } else if !self.clause_follows(v + 1)
                    && !self.opens_quotation(v + 1)
                    && !headline_verb
                    && !self.parenthetical(v)
                    && !self.evidence_shows(v)
                {
                    // "shows", "found", "expects" report only before a "that" clause, or
                    // after the content: "…, the agency announced."
                    if self.word_in(PERSON_REPORTS_WITHOUT_CLAUSE, v) {
                        person_only = true;
                    } else {
                        continue;
                    }
                }
            }
            // "compared to", "expected to visit": a comparison, a passive.
            if person_only && self.word(v + 1) == "to" {
                continue;
            }
            if person_only {
                // A document or a medium says what it mentions or details: "The ad mentions
                // a case from 1999", "The newspaper has also detailed the spending".
                let content_verb = self.word_in(CONTENT_VERBS, v);
                if let Some(found) = self.subject_before(v, v + 1)
                    && (matches!(found.kind, SourceKind::Name | SourceKind::Pronoun)
                        || self.names_a_role(found.source)
                        || (content_verb && self.names_a_document(found.source)))
                {
                    return Some(Attribution {
                        person: true,
                        ..found
                    });
                }
                continue;
            }
            // "…, said one source": after a comma an inverted subject comes first.
            // Not after a comma that closes a relative clause: "Roe, who said …, asked the
            // board …" is Roe asking, not the board; unless a name follows the verb ("…, which
            // investigates crimes, said Sgt. Jane Roe").
            let name_follows = self.is_capitalised(v + 1) || self.word_in(TITLES, v + 1);
            let closes_relative = v >= 2
                && !name_follows
                && (v.saturating_sub(25)..v - 1)
                    .rev()
                    .find(|&i| self.raw(i) == ",")
                    .is_some_and(|open| self.word_in(RELATIVE_PRONOUNS, open + 1));
            let inverted = self.raw(v.wrapping_sub(1)) == "," && !closes_relative;
            if let Some(found) = (if inverted {
                self.subject_after(v, cue_end)
            } else {
                None
            })
            .or_else(|| self.subject_before(v, cue_end))
            .or_else(|| self.subject_after(v, cue_end))
            .or_else(|| self.subject_before_participle(v, cue_end))
            .or_else(|| self.coordinated_subject(v, cue_end))
            {
                return Some(found);
            }
        }
        None
    }

    /// Whether a cue opens with a verb of intention or hope ([`INTENTIONS`]).
    fn cue_is_intention(&self, cue: Span) -> bool {
        self.written(cue)
            .and_then(|written| written.split(' ').next())
            .is_some_and(|verb| INTENTIONS.contains(&verb.to_lowercase().as_str()))
    }

    /// "puts the cost at $2 billion", "put the death toll at 40": a verb of putting (at `v`)
    /// whose object is an amount and which places it at a figure, an estimate.
    fn puts_a_figure_at(&self, v: usize) -> bool {
        if !self.word_in(NOUN_DETERMINERS, v + 1) {
            return false;
        }
        let at = (v + 2..self.toks.len())
            .take(7)
            .take_while(|&i| self.is_word(i))
            .find(|&i| self.word(i) == "at");
        at.is_some_and(|at| {
            (v + 2..at).any(|i| self.word_in(ESTIMATED_AMOUNTS, i))
                && (at + 1..self.toks.len())
                    .take(3)
                    .any(|i| self.toks[i].kind == TokenKind::Number)
        })
    }

    /// The word at `v` follows a name that is its subject, and an object follows it: "Roe
    /// notes they were appointed earlier", "The Example Fund advocates a litany of rules". Not
    /// after a name as a modifier ("of Republican claims", "the Sunshine state"), nor before
    /// "to" ("as wealthy as Roe claims to be").
    pub(super) fn after_a_named_subject(&self, v: usize) -> bool {
        // "New York state", "Battleground state Florida": a place's noun, not a verb.
        let place_noun = self.word_in(PLACE_NOUNS, v);
        if v < 1
            || place_noun
            || !self.raw(v).starts_with(char::is_lowercase)
            || !self.is_capitalised(v - 1)
            || !self.is_word(v + 1)
            || self.word(v + 1) == "to"
            // "Republican support was solid": the noun, subject of its own verb.
            || self.word_in(FINITE_BE | CLAUSE_AUXILIARIES, v + 1)
        {
            return false;
        }
        let mut run = v - 1;
        while run > 0 && (self.is_capitalised(run - 1) || self.raw(run - 1) == ".") {
            run -= 1;
        }
        // "A Roeberg report addresses …": an indefinite article makes the name a modifier.
        if self.word_in(INDEFINITE_ARTICLES, run) {
            return false;
        }
        // The name opens its clause: at the sentence's start, after a mark or a clause word
        // ("though Roe notes …"), not after a noun ("the benefits AI promises").
        let before = run.checked_sub(1);
        before.is_none_or(|b| {
            (self.toks[b].kind == TokenKind::Symbol && self.raw(b) != "-")
                || self.word_in(CLAUSE_WORDS | SENTENCE_CONJUNCTIONS, b)
        })
    }

    /// A statement issued by its source: "The council issued a statement calling the test
    /// a violation", "Roe made the following comment:", "She released a letter urging …".
    /// The verb of issuing must take a speech or a writing as its object, within a few words.
    pub(super) fn issued_statement(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation
                || !self.word_in(ISSUING_VERBS, v)
                || !self.raw(v).starts_with(char::is_lowercase)
            {
                continue;
            }
            let Some(noun) = (v + 1..self.toks.len())
                .take(4)
                .take_while(|&i| self.is_word(i) || self.toks[i].kind == TokenKind::Number)
                .find(|&i| self.word_in(SPEECHES | ISSUED_WRITINGS, i))
            else {
                continue;
            };
            // Articles and adjectives only between the verb and its object.
            if (v + 1..noun).any(|i| self.word_in(PREPOSITIONS | PRONOUNS, i)) {
                continue;
            }
            // A new statement ("a statement", "the following comment") or one whose content
            // follows ("the statement calling …", "the remarks: …"); "made the comments
            // Friday" points back at a statement already reported.
            let new_statement = self.word_in(INDEFINITE_ARTICLES, v + 1)
                || (v + 1..noun).any(|i| self.word(i) == "following");
            let next = self.raw(noun + 1);
            let content_follows = matches!(next, ":" | "“" | "\"")
                || self.word(noun + 1) == "that"
                || (next.ends_with("ing") && next.starts_with(char::is_lowercase));
            if !(new_statement || content_follows) {
                continue;
            }
            if let Some(found) = self.subject_before(v, noun + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
            {
                return Some(found);
            }
        }
        None
    }

    /// A description whose head is a person's role: "The FBI director", "the state's
    /// governor". Verbs that report only for a person take it as they take a name.
    pub(super) fn names_a_role(&self, source: Span) -> bool {
        self.source_head_in(source, TITLES)
            || self
                .source_head(source)
                .is_some_and(|head| PERSON_HEADS.contains(&head.to_lowercase().as_str()))
    }

    /// Whether the last word of a source as written (its head) is in `heads`.
    fn source_head_in(&self, source: Span, heads: Lexicon) -> bool {
        self.source_head(source)
            .is_some_and(|head| heads.has(&head.to_lowercase()))
    }

    /// The last word of a source as written: its head.
    fn source_head(&self, source: Span) -> Option<&str> {
        self.written(source)
            .and_then(|written| written.rsplit(' ').next())
    }

    /// "Roe made clear that …", "She has made it plain she will run": making a thing clear
    /// states it.
    pub(super) fn made_clear(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation || !self.word_in(MAKES, v) {
                continue;
            }
            let it = usize::from(self.word(v + 1) == "it");
            let clear = v + 1 + it;
            if !self.word_in(CLEAR, clear) || !self.clause_follows(clear + 1) {
                continue;
            }
            if let Some(found) = self.subject_before(v, clear + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
            {
                return Some(found);
            }
        }
        None
    }

    /// A description whose head is a document or a medium: "The ad", "the newspaper", "a
    /// new study". What it mentions or details is its content.
    pub(super) fn names_a_document(&self, source: Span) -> bool {
        self.source_head_in(source, DOCUMENTS)
    }

    /// The word at `v` follows its subject over adverbs: "she also notes", "The ad then
    /// mentions", "Roe again echoes". The subject is a pronoun, a name, or a document.
    pub(super) fn after_subject_and_adverbs(&self, v: usize) -> bool {
        let mut k = v;
        while k > 0 && self.word_in(PROGRESSIVE_ADVERBS, k - 1) && self.word(k - 1) != "not" {
            k -= 1;
        }
        if k == v || k == 0 {
            return false;
        }
        let subject = k - 1;
        self.word_in(PRONOUNS, subject)
            || self.word_in(DOCUMENTS, subject)
            || (self.is_capitalised(subject) && !self.word_in(NOT_NAMES, subject) && subject > 0)
    }

    /// A passive report with its agent: "The issue was first reported by a newspaper", "Her
    /// views were echoed by several economists". The agent is the source.
    pub(super) fn passive_agent(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (v, &in_quotation) in quoted.iter().enumerate().skip(1) {
            // "has been called a charlatan by fellow doctors": a name given, its giver the
            // agent after the name.
            let naming = listed(NAMING_PARTICIPLES, &self.word(v))
                && (self.word_in(INDEFINITE_ARTICLES, v + 1)
                    || matches!(self.raw(v + 1), "“" | "\"" | "‘"));
            let by = if naming {
                (v + 2..self.toks.len().min(v + 8))
                    .take_while(|&i| {
                        self.is_word(i) || matches!(self.raw(i), "”" | "\"" | "’" | "-")
                    })
                    .find(|&i| self.word(i) == "by")
            } else {
                Some(v + 1)
            };
            let Some(by) = by else {
                continue;
            };
            if in_quotation
                || self.word(by) != "by"
                || !(naming || self.word_in(REPORTING_VERBS | PERSON_VERBS, v))
                || (self.word_in(NOT_PASSIVE_REPORTS, v) && !naming)
                || !(self.word(v).ends_with("ed") || self.word_in(IRREGULAR_PARTICIPLES, v))
            {
                continue;
            }
            // A form of "be" before it, over adverbs: "was first reported", "has been echoed".
            let mut b = v - 1;
            while b > 0 && (self.word_in(PROGRESSIVE_ADVERBS, b) || self.is_manner_adverb(b)) {
                b -= 1;
            }
            if !self.word_in(FINITE_BE | BEEN | BE_INFINITIVE | NEGATED_BE, b) {
                continue;
            }
            let start = by + 1;
            let end = (start..self.toks.len())
                .take(10)
                .find(|&i| {
                    let inner = matches!(self.raw(i), "'" | "’" | "-")
                        || (self.raw(i) == "." && i + 1 < self.toks.len());
                    // "criticized by lawmakers for those predictions": a preposition before
                    // a lowercase word ends the agent; "by the Bureau of Labor" goes on.
                    let modifier = i > start
                        && self.word_in(PREPOSITIONS, i)
                        && self.raw(i + 1).starts_with(char::is_lowercase);
                    (self.toks[i].kind == TokenKind::Symbol && !inner)
                        || self.word_in(CLAUSE_WORDS_AFTER_AGENT, i)
                        || modifier
                        || (i > start && self.is_time_phrase(i, i + 2))
                })
                .unwrap_or_else(|| self.toks.len().min(start + 10));
            if end <= start {
                continue;
            }
            let cue = if naming {
                self.span(v, v + 1)
            } else {
                self.span(v, v + 2)
            };
            if let Some(found) = self.classify(start, end, cue, None, false) {
                return Some(found);
            }
        }
        None
    }

    /// Where a verb whose subject does what the infinitive at `v` says stands, when "to" comes
    /// right before `v`: a verb of going on ("continued to insist", "went on to say"), of
    /// seeming or trying ("appeared to suggest", "tried to explain"), or of taking to a medium
    /// ("took to Twitter to accuse").
    pub(super) fn continuing_before(&self, v: usize) -> Option<usize> {
        if v < 2 || self.word(v - 1) != "to" {
            return None;
        }
        if self.word_in(CONTINUES | BEGINS | ATTEMPTS, v - 2) {
            return Some(v - 2);
        }
        if v >= 3 && self.word(v - 2) == "on" && self.word_in(GOES, v - 3) {
            return Some(v - 3);
        }
        // "took to Twitter overnight to accuse": a few words between the medium and "to".
        (v.saturating_sub(7)..v.saturating_sub(3))
            .rev()
            .find(|&i| self.word_in(TAKES, i) && self.word(i + 1) == "to")
            .filter(|&i| (i + 2..v - 1).all(|j| self.is_word(j)))
    }

    /// The comma that closes a subordinate clause opening the sentence ("When …, ").
    pub(super) fn leading_subordinate_end(&self) -> Option<usize> {
        let mut first = self.first_word()?;
        if self.word_in(SENTENCE_CONJUNCTIONS, first) {
            first += 1;
        }
        if self.word_in(SUBORDINATORS, first) {
            return (first + 1..self.toks.len()).find(|&i| self.raw(i) == ",");
        }
        // After an opening phrase: "Following early reports, but before officials had
        // commented, …".
        let phrase_end =
            (first + 1..self.toks.len().min(first + 12)).find(|&i| self.raw(i) == ",")?;
        let mut next = phrase_end + 1;
        if self.word_in(SENTENCE_CONJUNCTIONS, next) {
            next += 1;
        }
        // A phrase, not a clause: it opens with a preposition or a participle ("Following
        // …", "In the morning …") and holds no finite "be" or modal ("Raising taxes would
        // hurt, …").
        let opener = self.word_in(PREPOSITIONS, first)
            || (self.word(first).ends_with("ing")
                && self.word(first).len() > 5
                // "Harding said …": a name before its verb.
                && !self.word_in(REPORTING_VERBS | PERSON_VERBS | FINITE_BE, first + 1));
        let opening_phrase = opener
            && (first..phrase_end).all(|i| {
                (self.is_word(i) || self.toks[i].kind == TokenKind::Number)
                    && !self.word_in(MODALS | FINITE_BE | NEGATED_BE, i)
            });
        if !opening_phrase || !self.word_in(SUBORDINATORS, next) {
            return None;
        }
        (next + 1..self.toks.len()).find(|&i| self.raw(i) == ",")
    }

    /// At most `most` words follow document offset `at` in the sentence, besides a time
    /// ("on Tuesday", "Monday morning").
    pub(super) fn closes_sentence(&self, at: usize, most: usize) -> bool {
        let rest = (0..self.toks.len())
            .filter(|&i| self.base + self.toks[i].span.start >= at)
            .filter(|&i| {
                self.toks[i].kind != TokenKind::Symbol
                    && !self.word_in(WEEKDAYS | TIMES_OF_DAY | DAYS_NEAR | TIME_FRAMING, i)
            })
            .count();
        rest <= most
    }

    /// The form of "be" that makes the participle at `v` progressive, over a few adverbs:
    /// "is also urging", "isn’t saying", "He’s claiming".
    pub(super) fn progressive_be(&self, v: usize) -> Option<usize> {
        let mut b = v.checked_sub(1)?;
        for _ in 0..2 {
            if self.word_in(PROGRESSIVE_ADVERBS, b) && b > 0 {
                b -= 1;
            }
        }
        let word = self.word(b);
        let be = self.word_in(FINITE_BE | BEEN | NEGATED_BE, b)
            || BE_CONTRACTIONS.iter().any(|c| {
                word.strip_suffix(c)
                    .is_some_and(|p| PRONOUNS.has(p) || p == "it")
            });
        be.then_some(b)
    }

    /// "Polls show a close race", "the video shows him running", "A 2019 study found 31
    /// cases", "Studies have shown …": evidence that shows or finds reports what it shows even
    /// without "that".
    pub(super) fn evidence_shows(&self, v: usize) -> bool {
        let mut k = v;
        // "Recent polls have similarly shown …": a manner adverb too.
        while k > 0
            && (self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) || self.is_manner_adverb(k - 1))
        {
            k -= 1;
        }
        // "The average of polls taken over two weeks shows …": evidence heads the subject.
        let evidence_heads = || {
            self.opening_noun_phrase(k)
                .is_some_and(|(_, head)| self.word_in(EVIDENCE, head))
        };
        // What evidence finds is reported only with a figure ("found 31 cases"): "The
        // report found no evidence" may as well be the text's own account of it.
        let finding_with_a_figure = || {
            (v + 1..self.toks.len())
                .take(6)
                .take_while(|&i| self.toks[i].kind != TokenKind::Symbol)
                .any(|i| self.toks[i].kind == TokenKind::Number)
        };
        let verb = self.word_in(SHOW, v) || (self.word_in(FINDS, v) && finding_with_a_figure());
        verb && k > 0 && (self.word_in(EVIDENCE, k - 1) || evidence_heads())
    }

    /// A finite verb right before a that-clause is a verb of saying or thinking whatever the
    /// verb ("Roe realized that …", "the agency learned that …"), save verbs of causing and
    /// seeming ("ensured that", "seemed that").
    pub(super) fn takes_that_clause(&self, v: usize) -> bool {
        let verb = self.word(v);
        // Past forms only: a plural noun before a relative "that" ("the reasons that …")
        // looks like a verb in -s.
        let finite = verb.ends_with("ed") || self.word_in(IRREGULAR_PAST_OF_KNOWING, v);
        self.is_word(v)
            && self.word(v + 1) == "that"
            && finite
            && verb.len() > 3
            && !self.word_in(NOT_REPORTING_PAST, v)
            && !self.word_in(SOURCE_NOUNS, v)
    }

    /// The verb at `v` closes its clause after the content it reports: "…, the agency
    /// announced." or "…, Twitter announced, adding …".
    pub(super) fn parenthetical(&self, v: usize) -> bool {
        let inverted = matches!(self.raw(v.wrapping_sub(1)), "," | "”" | "\"" | "'");
        let closes = v + 1 == self.toks.len()
            || matches!(self.raw(v + 1), "." | "," | ";")
            || self.word_in(AFTER_A_CLOSING_VERB | WEEKDAYS | DAYS_NEAR, v + 1);
        inverted
            || (closes && (v.saturating_sub(8)..v).any(|i| matches!(self.raw(i), "," | "”" | "\"")))
    }

    /// A that-clause starts at `i`: "that …", "in a statement Monday that …", or a pronoun
    /// subject with its auxiliary ("announced it would …").
    pub(super) fn clause_follows(&self, i: usize) -> bool {
        if self.word(i) == "that" || self.word_in(INDIRECT_QUESTIONS, i) {
            return true;
        }
        // "revealed just how …".
        if self.word(i) == "just" && self.word_in(INDIRECT_QUESTIONS, i + 1) {
            return true;
        }
        // "announced Tuesday that …".
        if self.word_in(WEEKDAYS | DAYS_NEAR, i) && self.word(i + 1) == "that" {
            return true;
        }
        if self.word_in(CLAUSE_SUBJECT_PRONOUNS, i) {
            return self.word_in(FINITE_BE | CLAUSE_AUXILIARIES, i + 1);
        }
        // A bare plural and its auxiliary: "hoped electric utilities would …".
        let bare_plural_subject = (i + 1..(i + 4).min(self.toks.len())).find(|&j| {
            self.word_in(FINITE_BE | CLAUSE_AUXILIARIES, j)
                && self.word(j - 1).ends_with('s')
                && (i..j).all(|k| {
                    self.is_word(k)
                        && self.raw(k).starts_with(char::is_lowercase)
                        && !self.word_in(REPORTING_VERBS | PREPOSITIONS | ARTICLES, k)
                })
        });
        if bare_plural_subject.is_some() {
            return true;
        }
        // A short noun phrase and its auxiliary: "found the figures were too low".
        if self.word_in(CLAUSE_DETERMINERS, i) {
            return (i + 2..(i + 5).min(self.toks.len()))
                .take_while(|&j| self.is_word(j) || self.toks[j].kind == TokenKind::Number)
                .any(|j| {
                    self.word_in(FINITE_BE | CLAUSE_AUXILIARIES, j)
                        && (i + 1..j).all(|k| !self.word_in(REPORTING_VERBS | PREPOSITIONS, k))
                });
        }
        // A named subject and its auxiliary: "announced Acme and Roecorp would …".
        if self.is_capitalised(i) {
            let mut j = i;
            while j < self.toks.len()
                && j - i < 10
                && (self.is_capitalised(j)
                    || matches!(self.raw(j), "," | "&" | "-" | ".")
                    || self.word(j) == "and")
            {
                j += 1;
            }
            // "expected Acme to report earnings of …": an expectation of a named subject.
            let expected_to = matches!(
                self.word(i.wrapping_sub(1)).as_str(),
                "expect" | "expects" | "expected" | "predict" | "predicts" | "predicted"
            ) && self.word(j) == "to"
                && self.is_word(j + 1)
                && self.raw(j + 1).starts_with(char::is_lowercase);
            return (self.word_in(FINITE_BE | CLAUSE_AUXILIARIES, j) || expected_to)
                && self.raw(j - 1) != ",";
        }
        // A short prepositional phrase before the "that".
        self.word_in(PHRASE_BEFORE_THAT, i)
            && (i + 1..(i + 8).min(self.toks.len()))
                .take_while(|&j| self.is_word(j) || self.raw(j) == "’" || self.raw(j) == "'")
                .any(|j| self.word(j) == "that")
    }

    /// "called X a Y", "called X “…”": an object of a few words, then an article or a
    /// quotation, before any punctuation. "called a meeting" (no object) is an event, and a
    /// hyphen before the verb makes "so-called".
    pub(super) fn calls_something(&self, v: usize) -> bool {
        if self.raw(v.wrapping_sub(1)) == "-" {
            return false;
        }
        // "what Roe called “a disgrace”", "which she called a rant": the object came first.
        let object_first = (v.saturating_sub(4)..v).any(|i| {
            self.word_in(WHAT_OR_WHICH, i) && !self.word_in(PREPOSITIONS, i.wrapping_sub(1))
        });
        if object_first
            && (matches!(self.raw(v + 1), "“" | "\"" | "‘") || self.word_in(CALLED_OBJECTS, v + 1))
        {
            return true;
        }
        if !self.is_word(v + 1) {
            return false;
        }
        if self.word_in(NOT_CALLED_OBJECTS, v + 1) {
            return false;
        }
        // "called the charges baseless": a definite object, then a word that judges it.
        let definite_object = matches!(
            self.word(v + 1).as_str(),
            "the" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those"
        );
        for i in v + 2..(v + 22).min(self.toks.len()) {
            if matches!(self.raw(i), "“" | "\"" | "‘") || self.word_in(INDEFINITE_ARTICLES, i) {
                return true;
            }
            if definite_object && i > v + 2 && self.word_in(EVALUATIVE_ADJECTIVES, i) {
                return true;
            }
            if self.toks[i].kind == TokenKind::Symbol
                && !matches!(self.raw(i), "'" | "’" | "-" | ".")
            {
                return false;
            }
        }
        false
    }
}

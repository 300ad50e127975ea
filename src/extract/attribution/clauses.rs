//! A second report in one sentence: "Roe said the plan would cost $2 billion, while Doe
//! argued it would cost far more"; "The tax will fall, Roe said, but Doe disputed that".
//!
//! The sentence is cut at a clause connector (", while", ", but", "; ", ", and", " and" …) when
//! the clause before it and the clause after it each attribute themselves, to a source inside
//! the clause (a name, a description, or a pronoun in the first clause; not a relative pronoun,
//! whose antecedent lies outside), and the two sources differ. A pronoun opening the second
//! report is nearly always the first speaker again ("Roe said …, and she added …"): no cut.
//! The analysis keeps a cut only when the two speakers resolve to different names. Each
//! clause is then a claim of its own.

use std::cell::OnceCell;

use super::lexicon::{
    BODY_WORDS, COLLECTIVE_NOUNS, FINITE_VERBS, INDIRECT_QUESTIONS, PREPOSITIONS, PRONOUNS,
    RELATIVE_PRONOUNS, REPORTING_VERBS, WHAT_OR_WHICH, needs_particle,
};
use super::view::View;
use super::{Attribution, SourceKind, sentence_attribution};
use crate::text::{Lowercase, Span, Token, Tokenised};

/// A sentence holding two reports: each clause with its own attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitReport {
    /// The first clause: from the sentence's start to just before the connector.
    pub first: Span,
    pub first_attribution: Attribution,
    /// The second clause: from just after the connector to the sentence's end.
    pub second: Span,
    pub second_attribution: Attribution,
    /// The second report's source is a pronoun that agrees with the first report's source
    /// and stands, nearly always, for it ("Roe said …, but she added …"): the second
    /// speaker is the first.
    pub continues_first: bool,
    /// The first report's source is a pronoun standing for the second report's source, named
    /// after it ("While he acknowledged …, Roe noted …"): the first speaker is the second.
    pub first_is_second: bool,
}

/// Endings of a one-word name in the plural, a group of people: "Democrats", "Republicans".
const PLURAL_NAME_ENDINGS: &[&str] = &["ans", "ats", "ists", "ives", "als", "ents", "ites"];

/// What joins two reports, tried in this order; matched in lower case. A bare " and " joins
/// clauses too ("Roe said X and Doe said Y"), but only a clause that attributes itself to a
/// new source makes it a cut.
const CONNECTORS: &[&str] = &[
    "; ",
    ", while ",
    ", whereas ",
    ", but ",
    ", though ",
    ", although ",
    ", and ",
    " while ",
    " whereas ",
    " but ",
    " and ",
];

/// The sentence's two reports, when it holds two by different sources (or a second report
/// by a pronoun standing for the first source); None for every sentence with one source
/// (which stays one claim). `tokenised` is the sentence's, as attribution made it.
pub fn split_report(text: &str, sentence: Span, tokenised: &Tokenised) -> Option<SplitReport> {
    let whole = Reading::new(text, sentence, tokenised);
    coordinated_reports(text, sentence, tokenised)
        .or_else(|| closing_relative_report(&whole))
        .or_else(|| subordinate_report(&whole))
        .or_else(|| inner_relative_report(&whole))
        .or_else(|| embedded_relative_report(&whole))
        .or_else(|| relative_report_of_pronoun(&whole))
}

/// The whole sentence as the relative-clause and subordinate splits read it: its view and
/// its main attribution, each made once for all of them (several splits ask, and each would
/// otherwise attribute the sentence again).
struct Reading<'a> {
    text: &'a str,
    sentence: Span,
    tokenised: &'a Tokenised,
    view: OnceCell<View<'a>>,
    main: OnceCell<Option<Attribution>>,
}

impl<'a> Reading<'a> {
    fn new(text: &'a str, sentence: Span, tokenised: &'a Tokenised) -> Self {
        Reading {
            text,
            sentence,
            tokenised,
            view: OnceCell::new(),
            main: OnceCell::new(),
        }
    }

    fn body(&self) -> &'a str {
        self.sentence.of(self.text)
    }

    fn view(&self) -> &View<'a> {
        self.view
            .get_or_init(|| View::new(self.body(), self.sentence.start, self.tokenised))
    }

    fn main(&self) -> Option<Attribution> {
        self.main
            .get_or_init(|| sentence_attribution(self.text, self.sentence, self.tokenised))
            .clone()
    }
}

/// A report with a source of its own inside a relative clause after the main report, its
/// source between "which" and the verb: "Roe backed the levy, which analysts say would raise
/// $2 billion"; "He attacked the donations, which he said came with strings". The relative
/// clause is the second claim; a pronoun as its source is nearly always the main speaker
/// again. Not "what X called …", which names a thing in passing more often than it reports
/// (on PolNeAR dev three such clauses were annotated as reports and four were not).
fn embedded_relative_report(whole: &Reading) -> Option<SplitReport> {
    let (text, sentence) = (whole.text, whole.sentence);
    let (view, main, quoted) = relative_clause_reading(whole)?;
    let start_of = |i: usize| view.base + view.toks[i].span.start;
    let relative = (1..view.toks.len()).find(|&i| {
        view.word(i) == "which"
            && view.raw(i - 1) == ","
            && !quoted[i]
            && start_of(i) >= main.cue.end.max(main.source.end)
    })?;
    // The source opens the relative clause, its reporting verb within a few words, and the
    // relative word is the content's subject or object: a verb, "as" or a quotation follows
    // the cue ("said was", "described as", "called “fraud”").
    let cue = (relative + 2..view.toks.len().min(relative + 6))
        .find(|&i| view.word_in(REPORTING_VERBS, i) && !quoted[i])?;
    // "which Roe pointed to as …": over the verb's particle.
    let particle = needs_particle(&view.word(cue))
        .is_some_and(|particles| particles.contains(&view.word(cue + 1).as_str()));
    let after = cue + 1 + usize::from(particle);
    let content_follows = view.word_in(FINITE_VERBS, after)
        || view.word(after) == "as"
        || matches!(view.raw(after), "“" | "\"" | "‘");
    if !content_follows {
        return None;
    }
    let report = view.classify(relative + 1, cue, view.span(cue, after), None, false)?;
    if matches!(report.kind, SourceKind::Relative { .. }) {
        return None;
    }
    let first = trimmed(text, Span::new(sentence.start, start_of(relative)));
    let second = Span::new(start_of(relative), sentence.end);
    Some(SplitReport {
        first,
        first_attribution: main,
        second,
        continues_first: report.kind == SourceKind::Pronoun,
        second_attribution: report,
        first_is_second: false,
    })
}

/// A report in a relative clause whose own subject is a pronoun standing for the main
/// clause's source: "Roe attacked the donations, which he said were worth $5 million." The
/// relative clause is a second claim of the same speaker, the pronoun its mention.
fn relative_report_of_pronoun(whole: &Reading) -> Option<SplitReport> {
    let (text, sentence) = (whole.text, whole.sentence);
    let body = whole.body();
    if !body.contains(", which ") && !body.contains(", who ") {
        return None;
    }
    let view = whole.view();
    let main = whole.main()?;
    if matches!(main.kind, SourceKind::Relative { .. }) {
        return None;
    }
    let quoted = view.quoted().to_vec();
    let relative = relative_pronoun(view, &quoted, |i| {
        view.base + view.toks[i].span.start >= main.cue.end.max(main.source.end)
            && view.word_in(PRONOUNS, i + 1)
    })?;
    let report = view.reporting_verb_from(relative + 1, &quoted)?;
    let pronoun = view.span(relative + 1, relative + 2);
    // The pronoun's own verb, right after it: "which he said", "which she called".
    let next_word = (relative + 2 < view.toks.len()).then(|| view.span(relative + 2, relative + 3));
    if report.source != pronoun
        || report.kind != SourceKind::Pronoun
        || next_word.is_none_or(|verb| verb.start != report.cue.start)
        || !stands_for(text, &main, &report)
    {
        return None;
    }
    let first = trimmed(
        text,
        Span::new(sentence.start, view.base + view.toks[relative].span.start),
    );
    let second = Span::new(view.base + view.toks[relative].span.start, sentence.end);
    Some(SplitReport {
        first,
        first_attribution: main,
        second,
        second_attribution: report,
        continues_first: true,
        first_is_second: false,
    })
}

/// A report in a relative clause between the main clause's source and its report: "Roe,
/// who acknowledged that the vote would fail, told his aides to wait." Both are the source's
/// reports: the relative clause (with the source) is the first claim, its source the relative
/// pronoun; the main clause's verb phrase the second, its source the name before "who".
fn inner_relative_report(whole: &Reading) -> Option<SplitReport> {
    let (text, sentence) = (whole.text, whole.sentence);
    let (view, main, quoted) = relative_clause_reading(whole)?;
    if main.kind == SourceKind::Pronoun {
        return None;
    }
    // The relative pronoun right after the source and its comma, before the main cue.
    let relative = relative_pronoun(view, &quoted, |i| {
        view.base + view.toks[i - 1].span.start == main.source.end
    })?;
    let pronoun = view.span(relative, relative + 1);
    if pronoun.end > main.cue.start {
        return None;
    }
    let report = view.reporting_verb_from(relative + 1, &quoted)?;
    let SourceKind::Relative { antecedent, .. } = report.kind else {
        return None;
    };
    if report.source != pronoun || report.person || report.cue.end > main.cue.start {
        return None;
    }
    if antecedent.end != main.source.end {
        return None;
    }
    // The comma that closes the relative clause stands right before the main clause's cue,
    // over adverbs ("…, then told …").
    let close = (relative..view.toks.len())
        .filter(|&i| view.base + view.toks[i].span.end <= main.cue.start)
        .filter(|&i| view.raw(i) == "," && !quoted[i])
        .last()?;
    let between = (close + 1..view.toks.len())
        .take_while(|&i| view.base + view.toks[i].span.start < main.cue.start)
        .count();
    if between > 2 || view.base + view.toks[close].span.start < report.cue.end {
        return None;
    }
    let first = trimmed(
        text,
        Span::new(sentence.start, view.base + view.toks[close].span.start),
    );
    let second = Span::new(view.base + view.toks[close + 1].span.start, sentence.end);
    Some(SplitReport {
        first,
        first_attribution: report,
        second,
        second_attribution: main,
        continues_first: true,
        first_is_second: false,
    })
}

/// A sentence that may hold a report in a relative clause (", who …", ", which …") beside its
/// main report, read for both places such a clause stands: its view, the main report (not
/// itself by a relative pronoun, nor in the first person) and which tokens are quoted.
fn relative_clause_reading<'r, 'a>(
    whole: &'r Reading<'a>,
) -> Option<(&'r View<'a>, Attribution, Vec<bool>)> {
    let body = whole.body();
    if !body.contains(", who") && !body.contains(", which") {
        return None;
    }
    let view = whole.view();
    let main = whole.main()?;
    if matches!(main.kind, SourceKind::Relative { .. }) || main.person {
        return None;
    }
    let quoted = view.quoted().to_vec();
    Some((view, main, quoted))
}

/// The first unquoted relative pronoun after a comma at a token `placed` accepts.
fn relative_pronoun(view: &View, quoted: &[bool], placed: impl Fn(usize) -> bool) -> Option<usize> {
    (1..view.toks.len()).find(|&i| {
        view.raw(i - 1) == "," && view.word_in(RELATIVE_PRONOUNS, i) && !quoted[i] && placed(i)
    })
}

/// A report in a subordinate clause opening the sentence, before the main clause's own:
/// "When Roe noted that the plan had failed, Doe said it was never tried." The subordinate
/// clause is the first claim, the main clause the second (the main clause opening with its
/// source and cue).
fn subordinate_report(whole: &Reading) -> Option<SplitReport> {
    let (text, sentence, tokenised) = (whole.text, whole.sentence, whole.tokenised);
    let view = whole.view();
    let comma = view.leading_subordinate_end()?;
    let cut = view.base + view.toks[comma].span.start;
    let first = Span::new(sentence.start, cut);
    let second_start = view.base + view.toks.get(comma + 1)?.span.start;
    let second = Span::new(second_start, sentence.end);
    let clause_attribution = |clause: Span| {
        own_attribution(
            text,
            clause,
            &clause_tokens(text, sentence, tokenised, clause),
        )
    };
    let first_attribution = clause_attribution(first)?;
    let second_attribution = clause_attribution(second)?;
    // "While he acknowledged funding was short, Roe noted …": a "he" or "she" of the
    // subordinate clause stands for the person the main clause then names, whose two reports
    // are each a claim, the pronoun the first one's mention.
    let cataphora = first_attribution.kind == SourceKind::Pronoun
        && matches!(
            first_attribution
                .source
                .of(text)
                .trim()
                .to_lowercase()
                .as_str(),
            "he" | "she"
        )
        && second_attribution.kind == SourceKind::Name
        && second_attribution.co_sources.is_empty()
        && !names_a_body(second_attribution.source.of(text))
        && opens_with_report(text, second, &second_attribution);
    if cataphora {
        return Some(SplitReport {
            first,
            first_attribution,
            second,
            second_attribution,
            continues_first: false,
            first_is_second: true,
        });
    }
    // A pronoun in either clause may be the other's source in other ways: one speaker, left
    // whole.
    if first_attribution.kind == SourceKind::Pronoun
        || second_attribution.kind == SourceKind::Pronoun
        || !opens_with_report(text, second, &second_attribution)
        || !states_something(text, first, &first_attribution)
    {
        return None;
    }
    let (a, b) = (
        first_attribution.source.of(text).trim(),
        second_attribution.source.of(text).trim(),
    );
    if a.eq_ignore_ascii_case(b) || a.contains(b) || b.contains(a) {
        return None;
    }
    Some(SplitReport {
        first,
        first_attribution,
        second,
        second_attribution,
        continues_first: false,
        first_is_second: false,
    })
}

/// A report closing the sentence in a relative clause, after the main clause's own report:
/// "Roe endorsed Doe, who said he was honored."; "The plan was criticised by Roe, who
/// called it a giveaway." The relative clause is the second claim, its source the relative
/// pronoun standing for the noun phrase before it.
fn closing_relative_report(whole: &Reading) -> Option<SplitReport> {
    let (text, sentence) = (whole.text, whole.sentence);
    let (view, main, quoted) = relative_clause_reading(whole)?;
    let relative = relative_pronoun(view, &quoted, |i| {
        view.base + view.toks[i].span.start >= main.cue.end.max(main.source.end)
    })?;
    let report = view.reporting_verb_from(relative + 1, &quoted)?;
    let pronoun = view.span(relative, relative + 1);
    if report.source != pronoun || report.person {
        return None;
    }
    // "said Jane Roe of Springfield, who …": the antecedent found is the place a preposition
    // attaches to the person, not the person; such a relative is left to the main clause.
    if let SourceKind::Relative { antecedent, .. } = report.kind {
        let before = (0..relative)
            .rev()
            .find(|&i| view.base + view.toks[i].span.end <= antecedent.start);
        if before.is_some_and(|i| view.word_in(PREPOSITIONS, i)) {
            return None;
        }
    }
    // The relative clause runs to the sentence's end: no comma closes it before a verb of
    // the main clause ("Roe, who spoke first, said …").
    let cue_token = (relative..view.toks.len())
        .find(|&i| view.base + view.toks[i].span.start >= report.cue.start)?;
    if cue_token - relative > 6 {
        return None;
    }
    let first = trimmed(
        text,
        Span::new(sentence.start, view.base + view.toks[relative].span.start),
    );
    let second = Span::new(pronoun.start, sentence.end);
    // "…,” said Roe, who stressed that …": the relative pronoun stands for the main source,
    // a second report of the same speaker with its own mention.
    let continues_first = matches!(report.kind, SourceKind::Relative { antecedent, .. }
        if antecedent.start < main.source.end && main.source.start < antecedent.end);
    Some(SplitReport {
        first,
        first_attribution: main,
        second,
        second_attribution: report,
        continues_first,
        first_is_second: false,
    })
}

/// Two coordinated reports: "Roe said …, while Doe argued …", "…, Roe said, but she added …".
fn coordinated_reports(text: &str, sentence: Span, tokenised: &Tokenised) -> Option<SplitReport> {
    let body = sentence.of(text);
    let lower = body.to_lowercase();
    // Lower-casing keeps byte offsets only for text whose case changes keep lengths.
    if lower.len() != body.len() {
        return None;
    }
    // Each clause tried reads its part of the sentence's tokens.
    // Cuts already tried: ", and " and then " and " find the same cut, which fails alike
    // (the bare connector only asks more of it).
    let mut tried: Vec<(Span, Span)> = Vec::new();
    for (connector, at, after) in connectors_in(&lower) {
        let first = trimmed(text, Span::new(sentence.start, sentence.start + at));
        let second_start = sentence.start + after;
        let second = Span::new(second_start, sentence.end);
        if first.len() < 8 || second.of(text).trim().len() < 8 || tried.contains(&(first, second)) {
            continue;
        }
        tried.push((first, second));
        let clause_attribution = |clause: Span| {
            own_attribution(
                text,
                clause,
                &clause_tokens(text, sentence, tokenised, clause),
            )
        };
        let Some(first_attribution) = clause_attribution(first) else {
            continue;
        };
        let Some(second_attribution) = clause_attribution(second) else {
            continue;
        };
        // A pronoun opening the second report is nearly always the first speaker again
        // ("Roe said …, but she added …", "…, though he acknowledged …"): a second report
        // of the same speaker, cut only when it opens its clause with its cue.
        let continues_first = second_attribution.kind == SourceKind::Pronoun;
        if continues_first
            && !(opens_with_report(text, second, &second_attribution)
                && stands_for(text, &first_attribution, &second_attribution))
        {
            continue;
        }
        let (a, b) = (
            first_attribution.source.of(text).trim(),
            second_attribution.source.of(text).trim(),
        );
        if !continues_first && (a.eq_ignore_ascii_case(b) || a.contains(b) || b.contains(a)) {
            continue;
        }
        // "Police say officers and firefighters responded …": a bare connector may join
        // two nouns of one report; it joins two reports only when the first clause says
        // something (it has a verb) and the second opens with its source and cue.
        let bare = !connector.starts_with([',', ';']);
        // After a comma, a pronoun opening its clause with its cue is a second report
        // whatever the first clause's verbs ("…, though she noted …"): the first clause
        // need not show a verb the lists know.
        let second_report_of_first = continues_first && !bare;
        let second_opens_with_report = opens_with_report(text, second, &second_attribution);
        // And a new source opening its clause with its cue after a comma ("Video of the crash
        // shows the car at 50 mph, but Roe said …") is a second report, whatever the first
        // clause reports: evidence shows a noun phrase as often as a clause.
        let new_source_after_comma = !bare
            && second_opens_with_report
            && first_attribution.kind != SourceKind::Pronoun
            && second_attribution.kind == SourceKind::Name;
        if !(second_report_of_first
            || new_source_after_comma
            || states_something(text, first, &first_attribution))
            || (bare && !second_opens_with_report)
        {
            continue;
        }
        return Some(SplitReport {
            first,
            first_attribution,
            second,
            second_attribution,
            continues_first,
            first_is_second: false,
        });
    }
    None
}

/// Where the [`CONNECTORS`] stand in `lower`: each connector's places from left to right,
/// not overlapping (as `match_indices` gives them), the connectors in their order, as (the
/// connector, where the first clause ends, where the second starts). Found in one pass over
/// the bytes that open a connector, rather than a search per connector. A comma connector
/// may have a quotation's closing mark after its comma ("…,” though she noted …"): the mark
/// ends the first clause.
fn connectors_in(lower: &str) -> Vec<(&'static str, usize, usize)> {
    let bytes = lower.as_bytes();
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (at, byte) in bytes.iter().enumerate() {
        if !matches!(byte, b';' | b',' | b' ') {
            continue;
        }
        let closing = [",\u{201d} ", ",\" ", ",\u{2019} "]
            .iter()
            .find(|mark| bytes[at..].starts_with(mark.as_bytes()))
            .map(|mark| mark.len() - 1);
        for (which, connector) in CONNECTORS.iter().enumerate() {
            if bytes[at..].starts_with(connector.as_bytes()) {
                found.push((which, at, at + connector.len()));
            } else if let Some(mark) = closing
                && let Some(rest) = connector.strip_prefix(',')
                && rest.starts_with(' ')
                && bytes[at + mark..].starts_with(rest.as_bytes())
            {
                found.push((which, at + mark, at + mark + rest.len()));
            }
        }
    }
    found.sort_unstable();
    let mut end_of_last = (usize::MAX, 0);
    found
        .into_iter()
        .filter(|&(which, at, after)| {
            let apart = which != end_of_last.0 || at >= end_of_last.1;
            if apart {
                end_of_last = (which, after);
            }
            apart
        })
        .map(|(which, at, after)| (CONNECTORS[which], at, after))
        .collect()
}

/// The attribution a clause makes by itself, to a source inside it: a name, a description or
/// a pronoun, not a relative pronoun (whose antecedent is outside the clause).
fn own_attribution(text: &str, clause: Span, tokenised: &Tokenised) -> Option<Attribution> {
    let found = sentence_attribution(text, clause, tokenised)?;
    // A pronoun may stand for the first speaker ("He said …, while Doe argued …"): the
    // analysis keeps the cut only when the two resolve to different names.
    let stands_in_clause = !matches!(found.kind, SourceKind::Relative { .. });
    let inside = clause.start <= found.source.start
        && found.source.end <= clause.end
        && clause.start <= found.cue.start
        && found.cue.end <= clause.end;
    // A cue that reports only for a person ("Police responded …") may merely be an act.
    // A source opening with a reporting verb or a question word is a clause misread ("…, and
    // said officers responded …"; "what Roe says … and how experts say …").
    let first_word = found
        .source
        .of(text)
        .split_whitespace()
        .next()
        .map(str::to_lowercase)
        .unwrap_or_default();
    let misread = REPORTING_VERBS.has(&first_word)
        || INDIRECT_QUESTIONS.has(&first_word)
        || WHAT_OR_WHICH.has(&first_word);
    (stands_in_clause && inside && !found.person && !misread).then_some(found)
}

/// Whether `clause` holds a report's content as a clause (with a verb) besides its source and
/// cue: after the cue ("Roe said the plan would cost …") or before the source ("The tax will
/// fall, Roe said").
fn states_something(text: &str, clause: Span, attribution: &Attribution) -> bool {
    let after = attribution.cue.end.max(attribution.source.end);
    let before = attribution.cue.start.min(attribution.source.start);
    let content = if text[after..clause.end].split_whitespace().count() >= 2 {
        &text[after..clause.end]
    } else {
        &text[clause.start..before]
    };
    let words: Vec<String> = content
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .collect();
    words.len() >= 2
        && words
            .iter()
            .any(|w| FINITE_VERBS.has(w) || (w.len() > 4 && w.ends_with("ed")))
}

/// Whether the pronoun that is `second`'s source can stand for `first`'s source: "he" or
/// "she" for one person (a name, a singular description, the same pronoun), "they" for several
/// (a plural, a body, names speaking together). "it" is left alone: it as often stands for
/// the thing reported.
fn stands_for(text: &str, first: &Attribution, second: &Attribution) -> bool {
    let pronoun = second.source.of(text).trim().to_lowercase();
    let source = first.source.of(text).trim();
    let last = source.rsplit(' ').next().unwrap_or("").to_lowercase();
    let body = BODY_WORDS.has(&last) || COLLECTIVE_NOUNS.has(&last);
    let plural = !first.co_sources.is_empty()
        || match first.kind {
            // "Democrats", "Republicans": a one-word name in the plural.
            SourceKind::Name => {
                !source.contains(' ') && PLURAL_NAME_ENDINGS.iter().any(|e| last.ends_with(e))
            }
            _ => last.ends_with('s') && !last.ends_with("ss"),
        };
    // "Roe asked police spokesperson Kari Doe if …, and she said …": a person named after
    // the first cue may be whom the pronoun means.
    let after_cue = &text[first.cue.end.max(first.source.end)..second.source.start];
    let words: Vec<&str> = after_cue.split_whitespace().collect();
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    // A body's name ("other Security Council members") is no such person.
    let body_word = |word: &str| {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        BODY_WORDS.has(&bare) || COLLECTIVE_NOUNS.has(&bare)
    };
    let another_person = (0..words.len().saturating_sub(1)).any(|i| {
        let after_article = i > 0 && matches!(words[i - 1].to_lowercase().as_str(), "the" | "of");
        !after_article
            && capitalised(words[i])
            && capitalised(words[i + 1])
            && !body_word(words[i + 1])
    });
    if another_person {
        return false;
    }
    match (first.kind, pronoun.as_str()) {
        (SourceKind::Pronoun, _) => source.eq_ignore_ascii_case(&pronoun),
        (SourceKind::Name | SourceKind::Description, "he" | "she") => !plural && !body,
        (SourceKind::Name | SourceKind::Description, "they") => plural || body,
        _ => false,
    }
}

/// Whether `name` ends in a word for a body or a collective ("Acme Corp", "the Example
/// Council"): no "he" or "she".
fn names_a_body(name: &str) -> bool {
    let last = name
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    BODY_WORDS.has(&last) || COLLECTIVE_NOUNS.has(&last)
}

/// Whether `clause` opens with its source, its cue close after: "Doe said …", "the union
/// argued …".
fn opens_with_report(text: &str, clause: Span, attribution: &Attribution) -> bool {
    let words_between = |from: usize, to: usize| text[from..to].split_whitespace().count();
    attribution.source.start < attribution.cue.start
        && words_between(clause.start, attribution.source.start) <= 1
        && words_between(attribution.source.end, attribution.cue.start) <= 2
}

/// The tokens of `clause`, a part of `sentence` whose tokens are `tokenised`: the sentence's
/// own, not found again. A clause starts and ends at a space or a mark, so no token straddles
/// its edges.
fn clause_tokens(text: &str, sentence: Span, tokenised: &Tokenised, clause: Span) -> Tokenised {
    let (from, to) = (clause.start - sentence.start, clause.end - sentence.start);
    let mut tokens: Vec<Token> = (tokenised.tokens.iter())
        .filter(|t| from <= t.span.start && t.span.end <= to)
        .map(|t| Token {
            span: Span::new(t.span.start - from, t.span.end - from),
            ..*t
        })
        .collect();
    // The clause's first token opens it, as a sentence's first does.
    if let Some(first) = tokens.first_mut() {
        first.spaced = true;
    }
    let lower = Lowercase::of(clause.of(text), &tokens);
    Tokenised { tokens, lower }
}

/// `span` without the spaces and commas that end it before a connector.
fn trimmed(text: &str, span: Span) -> Span {
    let kept = span.of(text).trim_end_matches([' ', ',', ';']);
    Span::new(span.start, span.start + kept.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cases::{cells, rows};

    /// testdata/split-reports.txt: sentence | first clause | its source | second clause | its
    /// source, or `- | - | - | -` for a sentence that stays one report.
    #[test]
    fn split_report_table() {
        let mut failures = Vec::new();
        for (line, row) in rows(include_str!("../testdata/split-reports.txt")) {
            let [sentence, first, first_source, second, second_source] = cells(row)[..] else {
                panic!("testdata/split-reports.txt:{line}: expected 5 cells: {row:?}");
            };
            let expected = (first != "-").then_some((first, first_source, second, second_source));
            let whole = Span::new(0, sentence.len());
            let got = split_report(sentence, whole, &Tokenised::of(sentence)).map(|s| {
                (
                    s.first.of(sentence),
                    s.first_attribution.source.of(sentence),
                    s.second.of(sentence),
                    s.second_attribution.source.of(sentence),
                )
            });
            if got != expected {
                failures.push(format!(
                    "{line}: {sentence:?}: got {got:?}, want {expected:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

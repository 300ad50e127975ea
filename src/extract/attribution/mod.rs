//! Who the text attributes a sentence to: reporting verbs, "according to", interview labels.
//!
//! Rules over tokens, tuned for precision: giving an own-voice sentence a speaker is a worse
//! error than missing one, so a sentence is attributed only when a cue (a reporting verb in
//! any tense, "according to", an interview label) stands with a source the grammar can
//! delimit — a name, a pronoun, or a noun phrase headed by a source noun ("experts", "the
//! ministry", "a recent report"). Resolving pronouns and surnames to full names, and joining
//! names across documents, is [`super::speakers`]' work.
//!
//! The rules, by file:
//! - this file: the document pass (interview answers carried over paragraphs, quotations
//!   over several sentences) and the order in which a sentence's cues are tried
//!   ([`sentence_attribution`]);
//! - `according`: "according to X", "X's claim that …", "In X's statement, …";
//! - `verbs`: reporting verbs ("X said", "…, said X", "X, saying …");
//! - `clauses`: a sentence holding two reports by different sources, cut into its clauses;
//! - `stance`: stances and beliefs ("X is critical of …");
//! - `quotations`: quotation marks, and a quotation credited after a dash;
//! - `revisions`: an institution revising its own estimate ("raised its forecast");
//! - `interviews`: interview labels ("Roe: …", "Q: …"), headline labels and headings;
//! - `subject` and `source`: finding the cue's subject, and deciding whether it names a
//!   source (a name, a pronoun, a description) and which kind;
//! - `view`: one sentence's tokens as the rules read them;
//! - `lexicon`: every word list the rules read, in one table.

mod according;
mod clauses;
mod interviews;
mod lexicon;
mod quotations;
mod revisions;
mod source;
mod stance;
mod subject;
mod verbs;
mod view;

pub use clauses::{SplitReport, split_report};
use interviews::{
    Label, credits_a_source, interview_label, is_heading, paragraph_openers, states_a_claim,
};
use quotations::{quotations, spread_over_quotations};
use view::View;

use crate::text::{Span, Tokenised};

/// What kind of expression names the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A proper name: "Jane Roe", "Roe", "the Example Institute".
    Name,
    /// "he", "she", "they": resolved to an earlier name.
    Pronoun,
    /// A description: "experts", "many in the industry", "a recent report".
    Description,
    /// A relative pronoun ("who", "which") standing for the noun phrase before it: "Roe,
    /// who has argued that …". `named`: the antecedent is a name, not a description.
    Relative { antecedent: Span, named: bool },
}

/// One attribution: a source and the cue that attributes the sentence to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Where the text names the source.
    pub source: Span,
    pub kind: SourceKind,
    /// The reporting verb or phrase: "estimated", "according to", or the interview label.
    pub cue: Span,
    /// An apposition that describes the source: "former Google CEO".
    pub description: Option<Span>,
    /// Who reports this source's claim, when the report is nested: in an interview answer,
    /// "Roe: There was a widespread belief in the industry that …" has the belief as its
    /// source, via Roe.
    pub via: Option<Span>,
    /// The cue reports only for a person ("Roe mentioned the tapes", "She thanked …"): a
    /// subject that turns out not to be a person ("China approved 40 models") merely acts.
    pub person: bool,
    /// Names that speak together with the source, in text order: "Jane Roe" in "Jane Roe
    /// and John Doe said" (the source is the last, "John Doe").
    pub co_sources: Vec<Span>,
}

impl Attribution {
    /// `source`, of `kind`, attributed by `cue`, with no description and not nested.
    pub fn new(source: Span, kind: SourceKind, cue: Span) -> Self {
        Attribution {
            source,
            kind,
            cue,
            description: None,
            via: None,
            person: false,
            co_sources: Vec::new(),
        }
    }

    /// This attribution with `description`, an apposition that describes the source.
    pub fn described(self, description: Option<Span>) -> Self {
        Attribution {
            description,
            ..self
        }
    }
}

/// Whether `word` (in any case) commonly opens a sentence, as "During" or "However" do: such a
/// capitalised word is no given name.
pub fn opens_sentences(word: &str) -> bool {
    lexicon::SENTENCE_OPENERS.has(&word.to_lowercase())
}

/// Whether `word` (in any case) is a verb of saying that may open a sentence before its
/// source ("Said Roe: …"): such a capitalised word is no given name.
pub fn opens_a_report(word: &str) -> bool {
    lexicon::OPENING_SAYING.has(&word.to_lowercase())
}

/// Whether `word` (as written) names a group of people who speak for their work ("officials",
/// "investigators", "critics"), for an unquoted "they" to stand for. Victims, witnesses and
/// friends are named in news as often as they are not the ones speaking.
pub fn names_a_group(word: &str) -> bool {
    lexicon::SPEAKING_GROUPS.has(&word.to_lowercase())
}

/// Attributions of the sentences of one document, in order (None: own voice, or no cue the
/// rules trust). Interview labels ("Name: …") carry over to the following paragraphs of the
/// answer, until the next label ("Q:" is the interviewer, the text's own voice) or heading.
pub fn attributions(text: &str, sentences: &[Span]) -> Vec<Option<Attribution>> {
    attributions_visiting(text, sentences, |_, _| {})
}

/// [`attributions`], handing each sentence's tokens to `visit` (with the sentence's index) as
/// they are made, so that the stages after attribution need not tokenise the sentence again.
pub fn attributions_visiting(
    text: &str,
    sentences: &[Span],
    mut visit: impl FnMut(usize, Tokenised),
) -> Vec<Option<Attribution>> {
    let openers = paragraph_openers(text, sentences);
    let labels: Vec<Option<Label>> = openers
        .iter()
        .zip(sentences)
        .map(|(&opens, &sentence)| {
            if opens {
                interview_label(text, sentence)
            } else {
                None
            }
        })
        .collect();
    // Interview layout: a "Q:" line, or a speaker label used at least twice. A single
    // "Something: …" line is a headline or a teaser, not an answer.
    let has_questions = labels.iter().any(|l| matches!(l, Some(Label::Interviewer)));
    let label_names: Vec<&str> = labels
        .iter()
        .filter_map(|l| match l {
            Some(Label::Speaker(a)) => Some(a.source.of(text)),
            _ => None,
        })
        .collect();
    let repeated = |name: &str| label_names.iter().filter(|&&n| n == name).count() >= 2;
    let mut out = Vec::with_capacity(sentences.len());
    let mut own_cues = Vec::with_capacity(sentences.len());
    let mut answer: Option<Attribution> = None;
    let quotes = quotations(text);
    let mut next_quote = 0;
    for (index, ((&sentence, label), &opens)) in
        sentences.iter().zip(labels).zip(&openers).enumerate()
    {
        let mut headline = None;
        match label {
            Some(Label::Speaker(label)) if has_questions || repeated(label.source.of(text)) => {
                answer = Some(label);
            }
            // A headline that credits its claim: "Roe: Prices Will Rise". A long sentence
            // ended by a full stop is a story's first line after its dateline ("CITY: The
            // bank said on Monday …"), not a headline.
            Some(Label::Speaker(label))
                if sentence.start == sentences[0].start
                    && !is_dateline_sentence(label.source.of(text), sentence.of(text))
                    && credits_a_source(label.source.of(text))
                    && states_a_claim(&text[label.cue.end..sentence.end]) =>
            {
                headline = Some(label);
            }
            Some(Label::Interviewer) => answer = None,
            _ if opens && is_heading(sentence.of(text)) => answer = None,
            _ => {}
        }
        // A sentence wholly inside a longer quotation speaks in the quoted voice: a cue in it
        // is the quoted speaker's own report, and the quotation's speaker is found from its
        // cue elsewhere.
        while next_quote < quotes.len() && quotes[next_quote].end <= sentence.start {
            next_quote += 1;
        }
        let inside_quote = quotes.get(next_quote).is_some_and(|q| {
            let end = sentence.start + sentence.of(text).trim_end().len();
            let closed = text[..q.end].ends_with(['”', '"']);
            closed && q.start < sentence.start && q.end >= end
        });
        let tokenised = Tokenised::of(sentence.of(text));
        let own = (!inside_quote)
            .then(|| sentence_attribution(text, sentence, &tokenised))
            .flatten()
            .map(|mut own| {
                own.via = answer.as_ref().map(|a| a.source);
                own
            });
        visit(index, tokenised);
        own_cues.push(own.is_some());
        out.push(own.or(headline).or_else(|| answer.clone()));
    }
    spread_over_quotations(sentences, &quotes, &own_cues, &mut out);
    out
}

/// The attribution a sentence makes itself: "according to X", "X said …", "…, X said". The
/// cues are tried in this order, and the first that finds a source wins.
fn sentence_attribution(text: &str, sentence: Span, tokenised: &Tokenised) -> Option<Attribution> {
    let view = View::new(sentence.of(text), sentence.start, tokenised);
    let found = interviews::verb_first_report(text, sentence)
        .or_else(|| view.according_to())
        .or_else(|| view.crediting_preposition())
        .or_else(|| view.reporting_verb())
        .or_else(|| view.passive_agent())
        .or_else(|| view.reported_by_aside())
        .or_else(|| view.issued_statement())
        .or_else(|| view.revised_estimate())
        .or_else(|| view.nominal_cue())
        .or_else(|| view.framing_source())
        .or_else(|| view.belief())
        .or_else(|| view.stance())
        .or_else(|| view.stance_noun())
        .or_else(|| view.stance_idiom())
        .or_else(|| view.judged_as())
        .or_else(|| view.share_preference())
        .or_else(|| view.made_clear())
        .or_else(|| view.dash_credit())
        .or_else(|| view.headline_quotation())?;
    // A web address is no source: "…/prices-will-rise-expert-says".
    let in_address = |span: Span| in_web_address(text, span);
    if in_address(found.source) || in_address(found.cue) {
        return None;
    }
    if found.kind != SourceKind::Name {
        return Some(found);
    }
    let source = view.whole_body_name(found.source);
    Some(Attribution {
        source,
        co_sources: view.co_sources(source),
        ..found
    })
}

/// A first line that is a story's lede after a dateline label ("CITY: The bank said on
/// Monday …"), not a headline: ended by a full stop and long, or after a label in capitals.
fn is_dateline_sentence(label: &str, sentence: &str) -> bool {
    let sentence = sentence.trim_end();
    let words = sentence.split_whitespace().count();
    let capitals = label.len() > 3 && !label.chars().any(char::is_lowercase);
    sentence.ends_with('.') && (words > 24 || (capitals && words > 12))
}

/// Whether `span` lies inside a web address: a run without spaces holding "://" or "www.".
fn in_web_address(text: &str, span: Span) -> bool {
    let start = text[..span.start]
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[span.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    let run = &text[start..end];
    run.contains("://") || run.contains("www.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cases::{cells, rows};
    use crate::text::sentences;

    /// testdata/attributions.txt: sentence | source text | cue text, `- | -` for own voice.
    #[test]
    fn attribution_table() {
        let mut failures = Vec::new();
        for (line, row) in rows(include_str!("../testdata/attributions.txt")) {
            let [sentence, source, cue] = cells(row)[..] else {
                panic!("testdata/attributions.txt:{line}: expected 3 cells: {row:?}");
            };
            let expected = (source != "-").then_some((source, cue));
            let spans = sentences(sentence);
            let found = attributions(sentence, &spans).into_iter().next().flatten();
            let got = found
                .as_ref()
                .map(|a| (a.source.of(sentence), a.cue.of(sentence)));
            if got != expected {
                failures.push(format!(
                    "{line}: {sentence:?}: got {got:?}, want {expected:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_quotation_over_several_sentences_belongs_to_its_speaker() {
        let text =
            "“Prices will rise. Wages will not,” Roe said. “We are ready.” The plant closed.\n";
        let spans = sentences(text);
        let sources: Vec<Option<&str>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| a.source.of(text)))
            .collect();
        assert_eq!(
            sources,
            [Some("Roe"), Some("Roe"), None, None],
            "{:?}",
            spans.iter().map(|s| s.of(text)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_headline_label_credits_the_headline_only() {
        let sources = |text: &str| -> Vec<Option<String>> {
            let spans = sentences(text);
            attributions(text, &spans)
                .iter()
                .map(|a| a.as_ref().map(|a| a.source.of(text).to_owned()))
                .collect()
        };
        assert_eq!(
            sources("Roe: Prices Will Rise\n\nThe plant closed.\n"),
            [Some("Roe".to_owned()), None]
        );
        assert_eq!(
            sources("The Latest: Prices Rise\n\nThe plant closed.\n"),
            [None, None]
        );
    }

    #[test]
    fn a_report_inside_a_longer_quotation_is_the_quoted_speakers() {
        let text = "“We won. They want a recount. It is over,” Roe said.\n";
        let spans = sentences(text);
        let found: Vec<Option<(&str, &str)>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| (a.source.of(text), a.cue.of(text))))
            .collect();
        assert_eq!(found, [Some(("Roe", "said")); 3], "{spans:?}");
    }

    #[test]
    fn interview_labels_carry_over_paragraphs_until_the_next_question() {
        let text = "Q: How long has the lead been?\n\nRoe: The lead was two years. It is shrinking.\n\nThe next paragraph goes on.\n\nQ: And now?\n\nNobody knows.\n";
        let spans = sentences(text);
        let sources: Vec<Option<&str>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| a.source.of(text)))
            .collect();
        assert_eq!(
            sources,
            [None, Some("Roe"), Some("Roe"), Some("Roe"), None, None],
            "{:?}",
            spans.iter().map(|s| s.of(text)).collect::<Vec<_>>()
        );
    }
}

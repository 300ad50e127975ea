//! Interview layout: speaker labels ("Roe: …") whose answers run over the following
//! paragraphs, the interviewer's "Q:", headline labels ("Roe: Prices Will Rise") and headings.

use super::lexicon::{
    HEADLINE_FUNCTION_WORDS, INTERVIEWER_LABELS, NOT_SPEAKERS, OPENING_SAYING, QUESTION_OPENERS,
};
use super::{Attribution, SourceKind};
use crate::text::Span;

/// Whether each sentence opens a paragraph (a line).
pub(super) fn paragraph_openers(text: &str, sentences: &[Span]) -> Vec<bool> {
    sentences
        .iter()
        .map(|sentence| {
            // Only whitespace between the line's start and the sentence: looking back over
            // that whitespace alone, not the whole line, keeps long paragraphs linear.
            let before =
                text[..sentence.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            before.is_empty() || before.ends_with('\n')
        })
        .collect()
}

pub(super) enum Label {
    Speaker(Attribution),
    Interviewer,
}

/// "Roe: The rules…" or "Q: What…" at the start of a paragraph.
pub(super) fn interview_label(text: &str, sentence: Span) -> Option<Label> {
    let body = sentence.of(text);
    let colon = body.find(':')?;
    // Transcripts sometimes open each turn with a quotation mark: "ROE: …
    let label = body[..colon].trim().trim_start_matches(['"', '“']);
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    // "Said Roe: …" is a report with its verb first, not a label.
    let verb_first = words
        .first()
        .is_some_and(|w| OPENING_SAYING.has(&w.to_lowercase()));
    if words.is_empty() || words.len() > 3 || !words.iter().all(name_like) || verb_first {
        return None;
    }
    // The answer must follow the label on the same line.
    if body[colon + 1..].trim().is_empty() {
        return None;
    }
    if INTERVIEWER_LABELS.has(label) {
        return Some(Label::Interviewer);
    }
    if NOT_SPEAKERS.has(&label.to_lowercase()) || label.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let start = sentence.start + body[..colon].find(label).unwrap_or(0);
    let source = Span::new(start, start + label.len());
    let cue = Span::new(sentence.start + colon, sentence.start + colon + 1);
    Some(Label::Speaker(Attribution::new(
        source,
        SourceKind::Name,
        cue,
    )))
}

/// A headline label that names a source, not a phrase: "Roe", "Poll", but not "The Latest"
/// or "Stealth Over Health".
pub(super) fn credits_a_source(label: &str) -> bool {
    !label
        .split_whitespace()
        .any(|w| HEADLINE_FUNCTION_WORDS.has(&w.to_lowercase()))
}

/// What follows a headline label is a claim, not a teaser question ("X: How …").
pub(super) fn states_a_claim(rest: &str) -> bool {
    let first = rest
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !QUESTION_OPENERS.has(&first.to_lowercase())
}

/// A report whose verb of saying opens the sentence, before its source's name and a colon
/// or a comma: "Said Roe: “We lost.”", "Added Jane Doe, “It is over.”".
pub(super) fn verb_first_report(text: &str, sentence: Span) -> Option<Attribution> {
    let body = sentence.of(text);
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    let verb_end = rest.find(' ')?;
    let verb = &rest[..verb_end];
    if !verb.starts_with(char::is_uppercase) || !OPENING_SAYING.has(&verb.to_lowercase()) {
        return None;
    }
    let after = &rest[verb_end + 1..];
    let name_end = after.find([':', ','])?;
    let name = &after[..name_end];
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
    };
    if words.is_empty() || words.len() > 4 || !words.iter().all(name_like) {
        return None;
    }
    // A quotation or a clause follows: not "Said differently, …".
    if after[name_end + 1..].trim().len() < 8 {
        return None;
    }
    let verb_start = sentence.start + lead;
    let name_start = verb_start + verb_end + 1;
    Some(Attribution::new(
        Span::new(name_start, name_start + name.trim_end().len()),
        SourceKind::Name,
        Span::new(verb_start, verb_start + verb_end),
    ))
}

/// A line with no terminal punctuation and few words: a section heading.
pub(super) fn is_heading(line: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().count() <= 14 && !line.ends_with(['.', '?', '!', '"', '”', ':'])
}

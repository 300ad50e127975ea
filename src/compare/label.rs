//! A card's label: what its values measure, named as a noun phrase where their frames say
//! so, else a stretch of a member's clause.

use super::frame;
use super::topics::{Candidate, ContextTerm, Dimension};
use super::words::{Key, Vocabulary, normalise};
use crate::claims::Analysis;
use crate::corpus::Document;
use crate::text::Span;
use crate::text::hash::FxHashSet;
use crate::wording;

const MAX_LABEL_WORDS: usize = 8;

/// A name for what a topic measures: a noun phrase from what its members' frames say they
/// measure ("Cost of the rail tunnel", see [`wording::measure_label`]), else the stretch of
/// a clause that [`clause_stretch_label`] finds.
pub(super) fn label(
    group: &[usize],
    candidates: &[Candidate],
    documents: &[Document],
    analysis: &Analysis,
    vocabulary: &Vocabulary,
) -> String {
    let shared = shared_clause_keys(group, candidates);
    let parts = Parts::of(group, candidates, documents, analysis, vocabulary, &shared);
    wording::measure_label(&parts.measured()).unwrap_or_else(|| {
        clause_stretch_label(group, candidates, documents, analysis, vocabulary, &shared)
    })
}

/// The in-clause words that two or more members share.
fn shared_clause_keys(group: &[usize], candidates: &[Candidate]) -> FxHashSet<Key> {
    let keys_of = |c: &Candidate| -> FxHashSet<Key> {
        c.context
            .iter()
            .filter(|t| t.in_clause)
            .map(|t| t.term.key)
            .collect()
    };
    let sets: Vec<FxHashSet<Key>> = group.iter().map(|&i| keys_of(&candidates[i])).collect();
    sets.iter()
        .enumerate()
        .flat_map(|(x, set)| {
            set.iter()
                .filter(|k| {
                    sets.iter()
                        .enumerate()
                        .any(|(y, other)| y != x && other.contains(*k))
                })
                .copied()
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The pieces of a noun-phrase label, as owned text.
#[derive(Default)]
struct Parts {
    family: Option<&'static str>,
    scope: Option<&'static str>,
    counted: Option<String>,
    owner: Option<String>,
    thing: Option<String>,
}

impl Parts {
    fn measured(&self) -> wording::Measured<'_> {
        wording::Measured {
            family: self.family,
            scope: self.scope,
            counted: self.counted.as_deref(),
            owner: self.owner.as_deref(),
            thing: self.thing.as_deref(),
        }
    }

    fn of(
        group: &[usize],
        candidates: &[Candidate],
        documents: &[Document],
        analysis: &Analysis,
        vocabulary: &Vocabulary,
        shared: &FxHashSet<Key>,
    ) -> Parts {
        let members: Vec<&Candidate> = group.iter().map(|&i| &candidates[i]).collect();
        // What every member that names one agrees on.
        fn agreed(values: impl Iterator<Item = Option<&'static str>>) -> Option<&'static str> {
            let mut found = None;
            for value in values.flatten() {
                match found {
                    None => found = Some(value),
                    Some(f) if f != value => return None,
                    Some(_) => {}
                }
            }
            found
        }
        // Every member must name the attribute: a reader's group of passengers and workers is
        // no count of jobs.
        let family = agreed(members.iter().map(|c| c.frame.family))
            .filter(|_| members.iter().all(|c| c.frame.family.is_some()))
            .filter(|family| names_the_kind(family, &members));
        let scope = agreed(members.iter().map(|c| c.frame.scope));
        let counted = members.iter().find_map(|c| {
            let q = c.quantity?;
            matches!(c.dimension, Dimension::Count(_))
                .then(|| analysis.quantities[q].counted.clone())
                .flatten()
        });
        let counted_keys: Vec<Key> = counted
            .iter()
            .flat_map(|c| c.split_whitespace())
            .filter_map(normalise)
            .filter_map(|w| vocabulary.get(&w))
            .collect();
        // The name every member's clause holds.
        let owner = members.first().and_then(|first| {
            let text = &documents[first.doc].text;
            let in_every = |key: Key| {
                members.iter().all(|c| {
                    c.context
                        .iter()
                        .any(|t| t.in_clause && t.term.proper && t.term.key == key)
                })
            };
            let names: Vec<&ContextTerm> = first
                .context
                .iter()
                .filter(|t| t.in_clause && t.term.proper)
                .collect();
            // A name that every member's frame is about, not what they count ("GPUs").
            let about_it = |t: &ContextTerm| {
                let form = vocabulary.get(&format!("@{}", t.term.span.of(text).to_lowercase()));
                form.is_some_and(|k| members.iter().all(|c| c.frame.entities.contains(&k)))
                    && !counted_keys.contains(&t.term.key)
            };
            let at = names
                .iter()
                .position(|t| in_every(t.term.key) && about_it(t))?;
            let run = adjacent_run(text, &names, at);
            let surface = Span::new(run.0, run.1).of(text);
            let surface = surface
                .strip_suffix("'s")
                .or_else(|| surface.strip_suffix("’s"))
                .unwrap_or(surface);
            // A people's adjective ("Chinese", "Italian") owns nothing by itself.
            let demonym = !surface.contains(' ')
                && ["ese", "ian", "ish", "ican"]
                    .iter()
                    .any(|end| surface.ends_with(end));
            (!demonym).then(|| surface.to_owned())
        });
        // The longest run of words the members share that name neither the attribute nor what
        // is counted, in the member whose clause shares the most.
        let plain = |t: &&ContextTerm| {
            t.in_clause
                && !t.term.proper
                && shared.contains(&t.term.key)
                && !counted_keys.contains(&t.term.key)
                && !vocabulary.name(t.term.key).starts_with('~')
        };
        let mut thing: Option<(usize, String)> = None;
        for c in &members {
            let text = &documents[c.doc].text;
            let words: Vec<&ContextTerm> = c
                .context
                .iter()
                .filter(plain)
                .filter(|t| !frame::names_a_family(&t.term.span.of(text).to_lowercase()))
                .collect();
            let mut at = 0;
            while at < words.len() {
                let (start, end, count) = adjacent_run_from(text, &words, at);
                let phrase = Span::new(start, end).of(text);
                let possessive = text[end..].starts_with("'s") || text[end..].starts_with("’s");
                let noun_phrase = determined(text, start)
                    && ends_noun_phrase(text, end)
                    && !possessive
                    && !phrase
                        .split([' ', '-'])
                        .any(|w| w.ends_with("ly") || w.ends_with("ing"))
                    && frame::scope(phrase).is_none()
                    && !spends(text, end)
                    && !phrase
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| ADVERBS_OF_TIME.contains(&w.to_lowercase().as_str()));
                if noun_phrase && thing.as_ref().is_none_or(|(n, _)| count > *n) {
                    thing = Some((count, Span::new(start, end).of(text).to_lowercase()));
                }
                at += count;
            }
        }
        Parts {
            family,
            scope,
            counted,
            owner,
            thing: thing.map(|(_, t)| t),
        }
    }
}

/// Whether an attribute family can name what the members' values are: a share of spending
/// ("90% of investments") is no cost, so a money family names only amounts of money.
fn names_the_kind(family: &str, members: &[&Candidate]) -> bool {
    let money_family = matches!(family, "spending" | "revenue" | "profit" | "price");
    !money_family
        || members
            .iter()
            .all(|c| matches!(c.dimension, Dimension::Money(_) | Dimension::Any))
}

/// Whether the words at byte `start` of `text` follow a determiner ("the rail tunnel"), with
/// at most two plain lower-case modifiers between ("the new rail tunnel", "the proposed
/// bridge"): they are then (the head of) a noun phrase.
fn determined(text: &str, start: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
    ];
    for (back, word) in text[..start].split_whitespace().rev().take(3).enumerate() {
        let word = word.to_lowercase();
        if DETERMINERS.contains(&word.as_str()) {
            return true;
        }
        // Only a modifier may stand between: a word of its own kind, not a verb of being or
        // saying, a preposition or punctuation ("the plan will fund bridge").
        let modifier = back < 2
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !AFTER_A_NOUN.contains(&word.as_str());
        if !modifier {
            return false;
        }
    }
    false
}

/// Words that close a phrase of time ("a year ago") and name no thing.
const ADVERBS_OF_TIME: &[&str] = &["ago", "later", "earlier", "apart", "away", "since"];

/// Whether the words after byte `end` make what stands before it the one who spends ("the
/// government has invested $2 billion"): the money is its spending, not a cost of it.
fn spends(text: &str, end: usize) -> bool {
    const AUXILIARIES: &[&str] = &["has", "have", "had", "will", "would", "is", "was", "plans"];
    const SPENDING_VERBS: &[&str] = &[
        "invest", "spen", "paid", "pay", "pledg", "commit", "allocat", "pour", "donat", "gave",
        "give", "lent", "lend", "rais", "earmark",
    ];
    text[end..]
        .split_whitespace()
        .take(3)
        .map(|w| w.to_lowercase())
        .find(|w| !AUXILIARIES.contains(&w.as_str()) && w != "to")
        .is_some_and(|verb| SPENDING_VERBS.iter().any(|stem| verb.starts_with(stem)))
}

/// Words that end a noun phrase: a preposition, a conjunction, a verb of being or saying.
const AFTER_A_NOUN: &[&str] = &[
    "of", "in", "on", "at", "for", "to", "from", "with", "by", "under", "over", "near", "and",
    "or", "but", "will", "would", "is", "was", "are", "were", "has", "have", "had", "could", "can",
    "may", "might", "should", "that", "which", "who", "said", "says",
];

/// Whether a noun phrase may end at byte `end` of `text`: punctuation, the end, or a word
/// that cannot go on naming the thing (a preposition, a conjunction, a verb of being or
/// saying) follows. "the federal" before "budget" is no phrase of its own.
fn ends_noun_phrase(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(' ');
    if trimmed.len() == rest.len() && !rest.is_empty() && rest.starts_with(char::is_alphanumeric) {
        return false;
    }
    match trimmed.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => {
            let word: String = trimmed
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            AFTER_A_NOUN.contains(&word.as_str())
        }
    }
}

/// Whether only spaces or hyphens stand between two words of `text`.
fn adjacent(text: &str, a: &ContextTerm, b: &ContextTerm) -> bool {
    text.get(a.term.span.end..b.term.span.start)
        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '-'))
}

/// The run of adjacent words of `words` (in text order) around `words[at]`, as its first and
/// last byte.
fn adjacent_run(text: &str, words: &[&ContextTerm], at: usize) -> (usize, usize) {
    let mut first = at;
    while first > 0 && adjacent(text, words[first - 1], words[first]) {
        first -= 1;
    }
    let (start, end, _) = adjacent_run_from(text, words, first);
    (start, end)
}

/// The run of adjacent words starting at `words[at]`: its first and last byte, and its words.
fn adjacent_run_from(text: &str, words: &[&ContextTerm], at: usize) -> (usize, usize, usize) {
    let mut last = at;
    while last + 1 < words.len() && adjacent(text, words[last], words[last + 1]) {
        last += 1;
    }
    (
        words[at].term.span.start,
        words[last].term.span.end,
        last - at + 1,
    )
}

/// A short name for what a topic measures: the shortest stretch of one member's clause that
/// covers the words the members share ("German lead in solar panels"), else the shared words themselves.
fn clause_stretch_label(
    group: &[usize],
    candidates: &[Candidate],
    documents: &[Document],
    analysis: &Analysis,
    vocabulary: &Vocabulary,
    shared: &FxHashSet<Key>,
) -> String {
    let mut best: Option<(usize, usize, String)> = None; // (shared words covered, length, text)
    for &i in group {
        let candidate = &candidates[i];
        let inside: Vec<&ContextTerm> = candidate
            .context
            .iter()
            .filter(|t| t.in_clause && shared.contains(&t.term.key))
            .collect();
        let text = &documents[candidate.doc].text;
        for (x, first) in inside.iter().enumerate() {
            for last in &inside[x + 1..] {
                let window = Span::new(first.term.span.start, last.term.span.end).of(text);
                let words = window.split_whitespace().count();
                if words > MAX_LABEL_WORDS {
                    break;
                }
                let distinct: FxHashSet<Key> = inside
                    .iter()
                    .filter(|t| {
                        t.term.span.start >= first.term.span.start
                            && t.term.span.end <= last.term.span.end
                    })
                    .map(|t| t.term.key)
                    .collect();
                let better = best.as_ref().is_none_or(|(covered, len, _)| {
                    distinct.len() > *covered || (distinct.len() == *covered && words < *len)
                });
                if distinct.len() >= 2 && better {
                    best = Some((distinct.len(), words, window.to_owned()));
                }
            }
        }
    }
    if let Some((_, _, text)) = best {
        return text;
    }
    let counted = group.iter().find_map(|&i| {
        let q = candidates[i].quantity?;
        analysis.quantities[q].counted.clone()
    });
    counted.unwrap_or_else(|| {
        let mut words: Vec<String> = shared
            .iter()
            .map(|&k| vocabulary.name(k).to_owned())
            .filter(|k| !k.starts_with('~'))
            .collect();
        words.sort();
        words.join(", ")
    })
}

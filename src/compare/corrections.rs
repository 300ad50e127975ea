//! A reader's corrections of the board, applied to the machine's groups before each group
//! becomes a comparison, so that a corrected comparison's verdict, intervals, independence and
//! "why" are computed by the same code as the machine's.
//!
//! Corrections are applied in the order the reader made them; each names values by their
//! place in their document (`ValueRef`), so it survives articles being added or removed. A
//! correction none of whose values is left (or that no longer finds its comparison) is dropped
//! with a note, never applied to something else.

use crate::claims::{Analysis, Correction, CorrectionKind};
use crate::text::hash::FxHashMap;
use crate::wording;

use super::topics::{Candidate, Dimension};

/// A group of values on its way to being a comparison.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Card {
    /// Indices into the candidates, in claim order.
    pub members: Vec<usize>,
    /// The reader's label, if they gave one.
    pub label: Option<String>,
    /// A reader's correction made or changed this group.
    pub by_reader: bool,
}

/// The machine's groups with `corrections` applied, and a note for each correction dropped.
pub(super) fn apply(
    groups: Vec<Vec<usize>>,
    candidates: &[Candidate],
    analysis: &Analysis,
    corrections: &[Correction],
) -> (Vec<Card>, Vec<String>) {
    let mut cards: Vec<Card> = groups
        .into_iter()
        .map(|members| Card {
            members,
            label: None,
            by_reader: false,
        })
        .collect();
    let mut notes = Vec::new();
    if corrections.is_empty() {
        return (cards, notes);
    }
    let by_place = places(candidates, analysis);
    for correction in corrections {
        let mut values: Vec<usize> = correction
            .values
            .iter()
            .filter_map(|v| by_place.get(&(v.doc.as_str(), v.start, v.end)).copied())
            .collect();
        values.sort_unstable();
        values.dedup();
        let dropped = match correction.kind {
            CorrectionKind::Group => group(&mut cards, &values, candidates),
            CorrectionKind::Separate if values.is_empty() => Err(wording::CorrectionDropped::Gone),
            CorrectionKind::Separate => {
                take_out(&mut cards, &values, candidates);
                Ok(())
            }
            CorrectionKind::Dismiss => dismiss(&mut cards, &values),
            CorrectionKind::Label => label(&mut cards, &values, correction),
            // Speakers are corrected in the records, before the comparison (`Analysis::corrected`).
            CorrectionKind::SameSpeaker | CorrectionKind::DifferentSpeaker => Ok(()),
        };
        if let Err(why) = dropped {
            notes.push(wording::correction_dropped(correction, why));
        }
    }
    (cards, notes)
}

/// Each candidate by the place of its value: its quantity's span, or the span of the words
/// that state it.
fn places<'a>(
    candidates: &[Candidate],
    analysis: &'a Analysis,
) -> FxHashMap<(&'a str, usize, usize), usize> {
    let mut by_place = FxHashMap::default();
    for (index, candidate) in candidates.iter().enumerate() {
        let claim = &analysis.claims[candidate.claim];
        let span = match candidate.quantity {
            Some(q) => (analysis.quantities[q].start, analysis.quantities[q].end),
            None => match &claim.implicit {
                Some(implicit) => (implicit.start, implicit.end),
                None => continue,
            },
        };
        by_place.insert((claim.doc.as_str(), span.0, span.1), index);
    }
    by_place
}

/// Whether a card's members come from two claims or more: one sentence is no comparison
/// (claims/1 gives every comparison two claims at least).
fn compares(members: &[usize], candidates: &[Candidate]) -> bool {
    let first = members.first().map(|&m| candidates[m].claim);
    members.iter().any(|&m| Some(candidates[m].claim) != first)
}

/// Takes `values` out of every card; a card that loses one is the reader's, and one left with
/// values of one claim only is no comparison. Returns where the first card that lost one stood.
fn take_out(cards: &mut Vec<Card>, values: &[usize], candidates: &[Candidate]) -> Option<usize> {
    let mut first = None;
    for (at, card) in cards.iter_mut().enumerate() {
        let before = card.members.len();
        card.members.retain(|m| values.binary_search(m).is_err());
        if card.members.len() != before {
            card.by_reader = true;
            first.get_or_insert(at);
        }
    }
    let removed_before = |at: usize, cards: &[Card]| {
        cards[..at]
            .iter()
            .filter(|c| !compares(&c.members, candidates))
            .count()
    };
    let first = first.map(|at| at - removed_before(at, cards));
    cards.retain(|c| compares(&c.members, candidates));
    first
}

/// The values as one card, where the first card they leave stood.
fn group(
    cards: &mut Vec<Card>,
    values: &[usize],
    candidates: &[Candidate],
) -> Result<(), wording::CorrectionDropped> {
    if values.len() < 2 {
        return Err(wording::CorrectionDropped::Gone);
    }
    if !compares(values, candidates) {
        return Err(wording::CorrectionDropped::OneSentence);
    }
    let kinds_differ = values.iter().any(|&a| {
        values
            .iter()
            .any(|&b| !same_kind(&candidates[a].dimension, &candidates[b].dimension))
    });
    if kinds_differ {
        return Err(wording::CorrectionDropped::DifferentKinds);
    }
    let at = take_out(cards, values, candidates)
        .unwrap_or(cards.len())
        .min(cards.len());
    cards.insert(
        at,
        Card {
            members: values.to_vec(),
            label: None,
            by_reader: true,
        },
    );
    Ok(())
}

/// Whether a reader may compare values of these kinds: durations with durations, money in one
/// currency, a physical unit with itself, counts with counts (the reader may know that "chips"
/// and "GPUs" are one thing), a value in words with anything.
fn same_kind(a: &Dimension, b: &Dimension) -> bool {
    match (a, b) {
        (Dimension::Any, _) | (_, Dimension::Any) => true,
        (Dimension::Count(_), Dimension::Count(_)) => true,
        (a, b) => a == b,
    }
}

/// Removes the cards all of whose members are among `values`.
fn dismiss(cards: &mut Vec<Card>, values: &[usize]) -> Result<(), wording::CorrectionDropped> {
    if values.is_empty() {
        return Err(wording::CorrectionDropped::Gone);
    }
    let before = cards.len();
    cards.retain(|c| !c.members.iter().all(|m| values.binary_search(m).is_ok()));
    if cards.len() == before {
        return Err(wording::CorrectionDropped::NoComparison);
    }
    Ok(())
}

/// Names the card that holds most of `values`.
fn label(
    cards: &mut [Card],
    values: &[usize],
    correction: &Correction,
) -> Result<(), wording::CorrectionDropped> {
    let Some(label) = correction
        .label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    else {
        return Err(wording::CorrectionDropped::NoComparison);
    };
    let held = |card: &Card| {
        card.members
            .iter()
            .filter(|m| values.binary_search(m).is_ok())
            .count()
    };
    // The first of the cards that hold the most.
    let best = cards
        .iter()
        .enumerate()
        .filter(|(_, c)| held(c) > 0)
        .max_by_key(|&(at, c)| (held(c), std::cmp::Reverse(at)))
        .map(|(at, _)| at);
    match best {
        Some(at) => {
            let card = &mut cards[at];
            card.label = Some(label.to_owned());
            card.by_reader = true;
            Ok(())
        }
        None if values.is_empty() => Err(wording::CorrectionDropped::Gone),
        None => Err(wording::CorrectionDropped::NoComparison),
    }
}

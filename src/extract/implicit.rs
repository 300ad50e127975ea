//! Statements that pin a value without a number: a gap that "has disappeared" or "closed", a
//! rival that "caught up" or "reached parity" (≈ 0), a figure that "doubled" (+100%) or
//! "halved" (−50%).
//!
//! Only facts count: "closing the gap", "could disappear", "has not caught up", "to close the
//! gap" state no value, and are skipped.

use super::value::{Approx, Change};
use crate::text::{Span, TokenKind, Tokenised};

/// A value a sentence states in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ImplicitValue {
    /// The words that state it ("has all but vanished"), in the searched text.
    pub span: Span,
    /// The value: 0 for a vanished gap, 100 (percent, up) for "doubled".
    pub value: f64,
    pub approx: Approx,
    /// `Some` for "doubled"/"halved": a change in percent.
    pub change: Option<Change>,
}

/// Nouns for a difference between two sides.
const GAP_NOUNS: &[&str] = &[
    "gap",
    "gaps",
    "lead",
    "advantage",
    "edge",
    "difference",
    "disparity",
    "divide",
    "deficit",
];

/// Verbs a gap does when it ends ("the gap has disappeared").
const VANISHED: &[&str] = &[
    "disappeared",
    "vanished",
    "evaporated",
    "closed",
    "gone",
    "ended",
];

/// Verbs that end a gap as their object ("closed the gap", "erased its lead").
const ENDED_BY: &[&str] = &[
    "closed",
    "erased",
    "eliminated",
    "wiped",
    "bridged",
    "overcome",
];

/// Adverbs that soften without taking back: "virtually vanished" is about zero.
const SOFTENERS: &[(&str, Approx)] = &[
    ("essentially", Approx::About),
    ("virtually", Approx::About),
    ("effectively", Approx::About),
    ("practically", Approx::About),
    ("largely", Approx::About),
    ("mostly", Approx::About),
    ("almost", Approx::About),
    ("nearly", Approx::About),
    ("all", Approx::About), // "all but disappeared"
];

/// Words that turn a statement into a possibility, a goal or a denial.
const NOT_A_FACT: &[&str] = &[
    "not", "never", "no", "n't", "could", "may", "might", "would", "will", "should", "can", "if",
    "to", "unless", "whether", "yet", "hardly", "cannot", "won't", "isn't", "hasn't", "haven't",
    "hadn't", "wasn't", "didn't", "doesn't", "aim", "aims", "hope", "hopes",
];

/// Multiplying verbs: their value as a change in percent.
const MULTIPLIED: &[(&str, f64, Change)] = &[
    ("doubled", 100.0, Change::Up),
    ("tripled", 200.0, Change::Up),
    ("trebled", 200.0, Change::Up),
    ("quadrupled", 300.0, Change::Up),
    ("halved", 50.0, Change::Down),
];

/// Stems of the words that state a value: a sentence without any holds no implicit value.
const STEMS: &[&str] = &[
    "disappear",
    "vanish",
    "evaporat",
    "closed",
    "gone",
    "ended",
    "erased",
    "eliminated",
    "wiped",
    "bridged",
    "overcome",
    "caught",
    "parity",
    "doubled",
    "tripled",
    "trebled",
    "quadrupled",
    "halved",
];

/// For each byte, the stems (as bits) whose byte at `position` it is, in either case.
const fn stems_by_byte(position: usize) -> [u32; 256] {
    let mut table = [0; 256];
    let mut k = 0;
    while k < STEMS.len() {
        let byte = STEMS[k].as_bytes()[position];
        table[byte as usize] |= 1 << k;
        table[byte.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    table
}

/// Whether `sentence` holds one of [`STEMS`], in any case, anywhere (as "closed" in
/// "undisclosed"). One pass over its pairs of bytes, comparing a stem only where the pair
/// opens it: searching for each stem in turn, in a lowered copy, cost more than the rest of
/// finding implicit values.
fn holds_a_stem(sentence: &str) -> bool {
    const FIRST: [u32; 256] = stems_by_byte(0);
    const SECOND: [u32; 256] = stems_by_byte(1);
    let bytes = sentence.as_bytes();
    bytes.windows(2).enumerate().any(|(i, pair)| {
        let mut stems = FIRST[usize::from(pair[0])] & SECOND[usize::from(pair[1])];
        while stems != 0 {
            let stem = STEMS[stems.trailing_zeros() as usize].as_bytes();
            if bytes[i..]
                .get(..stem.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(stem))
            {
                return true;
            }
            stems &= stems - 1;
        }
        false
    })
}

/// Finds the first value `within` states in words.
///
/// ```
/// use claimscope::extract::implicit_value;
/// use claimscope::text::Span;
/// let text = "By spring, the price gap between the two brands had virtually vanished.";
/// let found = implicit_value(text, Span::new(0, text.len())).unwrap();
/// assert_eq!((found.value, found.span.of(text)), (0.0, "virtually vanished"));
/// ```
pub fn implicit_value(text: &str, within: Span) -> Option<ImplicitValue> {
    // Most sentences hold none of the trigger words: skip them before tokenising.
    if !holds_a_stem(within.of(text)) {
        return None;
    }
    implicit_value_in(text, within, &Tokenised::of(within.of(text)))
}

/// [`implicit_value`] of a sentence already tokenised (`tokenised`, the tokens of `within`),
/// as the runner hands it on from attribution.
pub fn implicit_value_in(text: &str, within: Span, tokenised: &Tokenised) -> Option<ImplicitValue> {
    // Most sentences hold none of the trigger words: skip them before reading the words.
    if !holds_a_stem(within.of(text)) {
        return None;
    }
    let words: Vec<(Span, &str)> = tokenised
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(i, t)| (t.span, tokenised.lower.get(i)))
        .collect();
    let at = |i: usize| words.get(i).map_or("", |(_, w)| *w);
    let span_of = |from: usize, to: usize| {
        Span::new(
            within.start + words[from].0.start,
            within.start + words[to].0.end,
        )
    };
    // A fact has no modal, negation or infinitive in the few words before its verb.
    let stated_as_fact = |i: usize| {
        (i.saturating_sub(4)..i).all(|j| !NOT_A_FACT.contains(&at(j)) && !at(j).ends_with("n't"))
    };
    let softened = |i: usize| {
        let mut first = i;
        let mut approx = Approx::Exact;
        while first > 0 {
            match SOFTENERS.iter().find(|(w, _)| *w == at(first - 1)) {
                Some((_, a)) => {
                    approx = *a;
                    first -= 1;
                }
                None if at(first - 1) == "but" && at(first.saturating_sub(2)) == "all" => {
                    first -= 1
                }
                None => break,
            }
        }
        (first, approx)
    };
    let zero = |from: usize, to: usize, approx: Approx| ImplicitValue {
        span: span_of(from, to),
        value: 0.0,
        approx,
        change: None,
    };
    for i in 0..words.len() {
        let word = at(i);
        let trigger = VANISHED.contains(&word)
            || ENDED_BY.contains(&word)
            || word == "caught"
            || matches!(word, "reached" | "achieved" | "attained")
            || MULTIPLIED.iter().any(|(w, _, _)| *w == word);
        if !trigger || !stated_as_fact(i) {
            continue;
        }
        // "the gap … has (essentially) disappeared": a gap noun shortly before.
        if VANISHED.contains(&word) {
            let (first, approx) = softened(i);
            let auxiliary = matches!(
                at(first.wrapping_sub(1)),
                "has" | "have" | "had" | "is" | "was" | "been"
            );
            let noun_before = (i.saturating_sub(10)..first).any(|j| GAP_NOUNS.contains(&at(j)));
            // "closed" and "ended" are also adjectives and transitive verbs: ask for "has".
            let needs_auxiliary = matches!(word, "closed" | "ended" | "gone");
            let object_follows =
                matches!(at(i + 1), "the" | "its" | "their" | "a" | "this" | "that");
            if noun_before && (auxiliary || !needs_auxiliary) && !object_follows {
                return Some(zero(first, i, approx));
            }
        }
        // "(has) closed the gap", "erased its lead", "wiped out the advantage".
        if ENDED_BY.contains(&word) {
            let mut j = i + 1;
            if at(j) == "out" {
                j += 1;
            }
            if matches!(at(j), "the" | "its" | "their" | "this" | "that" | "a") {
                j += 1;
            }
            let noun = (j..(j + 3).min(words.len())).find(|&k| GAP_NOUNS.contains(&at(k)));
            if let Some(k) = noun {
                let (first, approx) = softened(i);
                return Some(zero(first, k, approx));
            }
        }
        // "caught up", "reached parity", "achieved parity", "pulled level".
        // "caught up in the maelstrom", "caught up on sleep": entangled, not level.
        let caught_up =
            word == "caught" && at(i + 1) == "up" && !matches!(at(i + 2), "in" | "on" | "inside");
        let parity = matches!(word, "reached" | "achieved" | "attained") && at(i + 1) == "parity";
        if caught_up || parity {
            let (first, approx) = softened(i);
            return Some(zero(first, i + 1, approx));
        }
        if let Some(&(_, value, change)) = MULTIPLIED.iter().find(|(w, _, _)| *w == word) {
            let (first, approx) = softened(i);
            return Some(ImplicitValue {
                span: span_of(first, i),
                value,
                approx,
                change: Some(change),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caught_up_in_something_is_no_parity() {
        let of = |text: &str| implicit_value(text, Span::new(0, text.len()));
        assert!(of("Aides were caught up in the maelstrom of the campaign.").is_none());
        assert!(of("Rivals have caught up with the leader.").is_some());
    }

    #[test]
    fn stems_are_found_in_any_case_anywhere_in_the_sentence() {
        assert!(holds_a_stem("The gap DISAPPEARED."));
        assert!(holds_a_stem("halved"));
        assert!(holds_a_stem("Parity"));
        assert!(holds_a_stem("It was undisclosed")); // "closed", as a substring
        assert!(!holds_a_stem("The gap narrowed. Prices rose."));
        assert!(!holds_a_stem("doubl"));
        assert!(!holds_a_stem("h"));
        assert!(!holds_a_stem(""));
    }

    /// (sentence, the words that state the value, value) — `None` where no value is stated.
    const CASES: &[(&str, Option<(&str, f64)>)] = &[
        (
            "By March, the wage gap between the two regions had effectively disappeared.",
            Some(("effectively disappeared", 0.0)),
        ),
        ("The performance gap has closed.", Some(("closed", 0.0))),
        (
            "Rival labs have all but closed the gap with the market leader.",
            Some(("all but closed the gap", 0.0)),
        ),
        (
            "The challenger erased its lead within a year.",
            Some(("erased its lead", 0.0)),
        ),
        (
            "Smaller firms have caught up with the incumbents.",
            Some(("caught up", 0.0)),
        ),
        (
            "Chinese models reached parity on most benchmarks.",
            Some(("reached parity", 0.0)),
        ),
        (
            "The number of data centres has doubled.",
            Some(("doubled", 100.0)),
        ),
        (
            "Ticket sales halved after the strike.",
            Some(("halved", 50.0)),
        ),
        // not facts
        ("Rivals are rapidly closing the gap.", None),
        ("The gap could disappear by next year.", None),
        ("The lead has not disappeared.", None),
        ("They hope to close the gap.", None),
        ("Officials want to double the budget.", None),
        ("Open models still trail closed-source ones.", None),
        ("The store closed the doors at noon.", None),
        ("The meeting ended without agreement.", None),
    ];

    #[test]
    fn implicit_values_table() {
        for (sentence, expected) in CASES {
            let found = implicit_value(sentence, Span::new(0, sentence.len()));
            let found = found.map(|f| (f.span.of(sentence), f.value));
            assert_eq!(found, *expected, "{sentence}");
        }
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "First sentence. The gap vanished.";
        let found = implicit_value(text, Span::new(16, text.len())).unwrap();
        assert_eq!(found.span.of(text), "vanished");
    }
}

//! Claim frames: what a value measures, of what, and in which scope, from general English.
//!
//! Independent writers word one quantity differently: "training expenses", "cost to train",
//! "spent"; "Hopper GPUs", "H100 chips", "processors"; "lags", "behind", "gap". Shared clause
//! words cannot see that these are one quantity, so each value gets a frame from small tables
//! of general news English:
//!
//! - an **attribute family**, from the words of the value's clause (cost / spending /
//!   investment / capex are one family; lead / gap / lag / behind another; deaths; injuries…);
//! - a **category** of what a count counts, from the counted words' head nouns (chips, GPUs and
//!   processors are chips; marchers, residents and victims are people);
//! - a **scope**, when the clause narrows the value to a part of the whole (a training run,
//!   operating costs, a lifetime total, a peak).
//!
//! Who the value is about (the entity) comes from [`super::entities`]. Nothing here names a
//! text; every word is ordinary English.
//!
//! [`frame_of`] builds a value's frame, [`inherit_frames`] lends a restated value its fuller
//! statement's, and [`hypothetical`] tells a supposed value ("if you have…") from a stated one.

use super::entities::Entities;
use super::topics::{Candidate, Dimension};
use super::words::{Key, Term, Vocabulary, normalise, terms};
use crate::claims::{Analysis, ClaimRecord};
use crate::text::Span;
use crate::text::hash::FxHashMap;

/// The frame of one value: who or what it is about, what is measured and in which scope.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Frame {
    /// Name forms of what the value is about, sorted (see [`super::entities`]).
    pub entities: Vec<Key>,
    /// The attribute family its clause names ("spending", "lead", "deaths").
    pub family: Option<&'static str>,
    /// The part of the whole it is narrowed to ("training", "operating").
    pub scope: Option<&'static str>,
    /// Those of `entities` that are only the first word of a longer name here ("dana" of
    /// "Dana Roe"), sorted: two different names that begin alike ("Dana Roe", "Dana Doe")
    /// are not one entity.
    pub first_words: Vec<Key>,
}

impl Frame {
    /// Whether two frames share an entity. A first word that each takes from a longer name is
    /// not one: "Dana Roe" and "Dana Doe" are two people, "Acme Foods" and "Acme Steel" two
    /// firms (a later "Dana" or "Acme" alone still meets either).
    pub fn shares_entity(&self, other: &Frame) -> bool {
        let (a, b) = (&self.entities, &other.entities);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let key = a[i];
                    let first_word_of_both = self.first_words.binary_search(&key).is_ok()
                        && other.first_words.binary_search(&key).is_ok();
                    if !first_word_of_both {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }
}

/// The attribute families and the words that name them (lowercased surface forms).
static FAMILIES: &[(&str, &[&str])] = &[
    (
        "spending",
        &[
            "cost",
            "costs",
            "costing",
            "costed",
            "spend",
            "spends",
            "spent",
            "spending",
            "expense",
            "expenses",
            "expenditure",
            "expenditures",
            "invest",
            "invests",
            "invested",
            "investing",
            "investment",
            "investments",
            "capex",
            "budget",
            "budgets",
            "outlay",
            "outlays",
            "worth",
            "paid",
            "pay",
            "pays",
            "paying",
            "funding",
            "bill",
        ],
    ),
    (
        "revenue",
        &[
            "revenue", "revenues", "sales", "turnover", "income", "earnings",
        ],
    ),
    (
        "profit",
        &["profit", "profits", "loss", "losses", "deficit"],
    ),
    (
        "price",
        &[
            "price",
            "prices",
            "priced",
            "valuation",
            "valued",
            "fare",
            "fares",
            "fee",
            "fees",
        ],
    ),
    (
        "lead",
        &[
            "lead",
            "leads",
            "ahead",
            "behind",
            "lag",
            "lags",
            "lagged",
            "lagging",
            "trail",
            "trails",
            "trailing",
            "gap",
            "gaps",
            "edge",
            "advantage",
            "older",
        ],
    ),
    (
        "deaths",
        &[
            "death",
            "deaths",
            "died",
            "dead",
            "dies",
            "killed",
            "killing",
            "kills",
            "fatal",
            "fatally",
            "fatalities",
            "fatality",
            "murdered",
            "homicides",
            "bodies",
        ],
    ),
    (
        "injuries",
        &[
            "injured",
            "injuries",
            "injury",
            "injuring",
            "wounded",
            "wounding",
            "hurt",
            "hospitalised",
            "hospitalized",
        ],
    ),
    (
        "jobs",
        &[
            "jobs",
            "job",
            "employees",
            "employee",
            "staff",
            "workers",
            "workforce",
            "headcount",
            "layoffs",
            "hires",
            "employs",
            "employed",
        ],
    ),
    (
        "arrests",
        &[
            "arrested", "arrests", "arrest", "detained", "charged", "indicted",
        ],
    ),
    ("bail", &["bail", "bond"]),
    (
        "growth",
        &["growth", "grew", "grow", "grows", "expanded", "expansion"],
    ),
    (
        "rate",
        &[
            "rate",
            "rates",
            "inflation",
            "unemployment",
            "interest",
            "yield",
            "yields",
        ],
    ),
    (
        "share",
        &[
            "share",
            "shares",
            "proportion",
            "fraction",
            "portion",
            "majority",
        ],
    ),
    (
        "population",
        &["population", "inhabitants", "residents", "citizens"],
    ),
    ("speed", &["speed", "speeds", "mph", "velocity"]),
    (
        "temperature",
        &["temperature", "temperatures", "degrees", "heat"],
    ),
];

/// What counts count, by head noun (lowercased, plural or singular): the categories that news
/// counts. A model name ("H100s") is its own kind and joins these through shared words.
static CATEGORIES: &[(&str, &[&str])] = &[
    (
        "chips",
        &[
            "chip",
            "chips",
            "gpu",
            "gpus",
            "processor",
            "processors",
            "accelerator",
            "accelerators",
            "semiconductor",
            "semiconductors",
            "cpu",
            "cpus",
        ],
    ),
    (
        "people",
        &[
            "people",
            "persons",
            "person",
            "individuals",
            "residents",
            "civilians",
            "adults",
            "children",
            "kids",
            "men",
            "women",
            "teens",
            "teenagers",
            "students",
            "victims",
            "passengers",
            "protesters",
            "marchers",
            "demonstrators",
            "migrants",
            "refugees",
            "patients",
            "voters",
            "officers",
            "soldiers",
            "troops",
            "others",
            "workers",
            "employees",
            "staff",
            "customers",
            "users",
            "visitors",
            "fans",
            "survivors",
        ],
    ),
    (
        "homes",
        &[
            "homes",
            "home",
            "houses",
            "house",
            "households",
            "apartments",
            "buildings",
            "structures",
            "residences",
            "properties",
            "dwellings",
        ],
    ),
    (
        "vehicles",
        &[
            "vehicles",
            "vehicle",
            "cars",
            "car",
            "trucks",
            "buses",
            "automobiles",
        ],
    ),
    ("jobs", &["jobs", "job", "positions", "roles", "posts"]),
];

/// Words that narrow a value to a part of a whole, and the scope each names. Two values with
/// different scopes measure different things ("the training run" and "operating costs").
static SCOPES: &[(&str, &[&str])] = &[
    (
        "training",
        &[
            "training",
            "train",
            "trained",
            "pre-training",
            "pretraining",
        ],
    ),
    (
        "operating",
        &["operating", "operational", "running", "maintenance"],
    ),
    (
        "lifetime",
        &[
            "history",
            "lifetime",
            "cumulative",
            "cumulatively",
            "to-date",
        ],
    ),
    ("peak", &["peak", "peaked", "record", "highest"]),
];

/// Each table's words, hashed once: a value's clause is looked up word by word.
/// The tables are `static`, not `const`: a table is told by its address, which only a static
/// keeps the same at every use (a debug build gave each use of a const its own copy).
fn lookup(
    table: &'static [(&'static str, &'static [&'static str])],
    word: &str,
) -> Option<&'static str> {
    use crate::text::hash::FxHashMap;
    use std::sync::OnceLock;
    type Index = FxHashMap<&'static str, &'static str>;
    static INDEXES: OnceLock<[Index; 3]> = OnceLock::new();
    let indexes = INDEXES.get_or_init(|| {
        let index = |t: &'static [(&'static str, &'static [&'static str])]| -> Index {
            let mut map = Index::default();
            for (name, words) in t {
                for w in *words {
                    map.entry(*w).or_insert(*name);
                }
            }
            map
        };
        [index(FAMILIES), index(CATEGORIES), index(SCOPES)]
    });
    let which = if std::ptr::eq(table, FAMILIES) {
        0
    } else if std::ptr::eq(table, CATEGORIES) {
        1
    } else {
        2
    };
    indexes[which].get(word).copied()
}

/// The lowercased words of `text`, split at anything that is not a letter, digit, hyphen or
/// apostrophe. A word already in lowercase ASCII (most of them) is borrowed, not copied: these
/// are read for every value's clause and sentence.
fn words(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_matches(|c: char| c == '-' || c == '\'' || c == '’');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                std::borrow::Cow::Borrowed(w)
            } else {
                std::borrow::Cow::Owned(w.to_lowercase())
            }
        })
}

/// The attribute family the words of `clause` name, the nearest to the value (at byte
/// `value_at` of `clause`) first: "its training expenses were under $6 million" → spending.
pub fn family(clause: &str, value_at: usize) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    let mut at = 0;
    for piece in clause.split_inclusive(|c: char| c.is_whitespace()) {
        for word in words(piece) {
            if let Some(name) = lookup(FAMILIES, &word) {
                // "behind" is a lag only where it measures one (see `words::lag_before`).
                if word == "behind" && !super::words::behind_is_a_lag(clause, at) {
                    continue;
                }
                // A word after the value that a conjunction sets apart belongs to the next
                // coordinated phrase ("carry 80,000 passengers a day and employ 300 workers").
                if at > value_at && conjoined(&clause[value_at.min(clause.len())..at]) {
                    continue;
                }
                let distance = at.abs_diff(value_at);
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, name));
                }
            }
        }
        at += piece.len();
    }
    best.map(|(_, name)| name)
}

/// Whether a word (lowercased) names an attribute family ("cost", "jobs").
pub fn names_a_family(word: &str) -> bool {
    lookup(FAMILIES, word).is_some()
}

/// Whether a stretch of text joins two phrases with a conjunction.
fn conjoined(between: &str) -> bool {
    [" and ", " or ", " but ", " while "]
        .iter()
        .any(|c| between.contains(c))
}

/// The category of what `counted` names, by its head noun (the last word that is in the
/// table): "Nvidia Hopper GPUs" → chips, "people dead" → people.
pub fn category(counted: &str) -> Option<&'static str> {
    words(counted).filter_map(|w| lookup(CATEGORIES, &w)).next()
}

/// The scope the words of `clause` narrow a value to, if any.
pub fn scope(clause: &str) -> Option<&'static str> {
    let lower = clause.to_lowercase();
    if lower.contains("to date") {
        return Some("lifetime");
    }
    words(clause).find_map(|w| lookup(SCOPES, &w))
}

/// Words that open a relative clause: what follows describes the noun before it.
const RELATIVE_PRONOUNS: &[&str] = &["which", "who", "whom", "whose", "where"];

/// The attribute family of the value at `anchor`, from the words that govern it: its own
/// clause's, else the sentence's. A relative clause set inside the sentence ("The airport,
/// which handled 50,000 passengers, plans to employ 300 workers") describes the noun before
/// it: the main clause's later verb measures something else, so only the words up to the
/// clause's end count. Other clauses take the nearest family word of the sentence ("About
/// 300 people, officials said, were injured").
pub fn governing_family(
    text: &str,
    sentence: Span,
    own_clause: Span,
    anchor: Span,
) -> Option<&'static str> {
    let in_clause = family(
        own_clause.of(text),
        anchor.start.saturating_sub(own_clause.start),
    );
    in_clause.or_else(|| {
        // The clause right around the value (`own_clause` may have been widened to its
        // neighbours when it said too little).
        let relative = super::topics::clause(text, sentence, anchor)
            .of(text)
            .split_whitespace()
            .next()
            .is_some_and(|w| RELATIVE_PRONOUNS.contains(&w.to_lowercase().as_str()));
        let governing = if relative && own_clause.end < sentence.end {
            Span::new(sentence.start, own_clause.end.min(sentence.end))
        } else {
            sentence
        };
        family(
            governing.of(text),
            anchor.start.saturating_sub(governing.start),
        )
    })
}

/// Whether two families (or scopes) can describe one quantity: equal, or one unknown.
pub fn compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether two values measure the same scope: a part (a training run, operating costs, a
/// peak) is not the whole, and a value that names no scope is the whole, as is a lifetime total.
pub fn same_scope(a: Option<&str>, b: Option<&str>) -> bool {
    let part = |s: Option<&str>| s.is_some_and(|s| s != "lifetime");
    match (part(a), part(b)) {
        (true, true) => a == b,
        (false, false) => true,
        _ => false,
    }
}

/// Whether a value's clause supposes rather than states: "If you have a few hundred billion
/// dollars…" is about no one's money.
pub(super) fn hypothetical(clause: &str) -> bool {
    let start = clause
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ["if ", "unless ", "suppose ", "imagine "]
        .iter()
        .any(|w| start.starts_with(w))
}

/// The category of each model or product name ("h100", "hopper") that some counted phrase of
/// the analysis gives a head noun ("10,000 H100 chips"), so that "50,000 H100s" counts chips.
pub(super) fn model_categories(analysis: &Analysis) -> FxHashMap<String, &'static str> {
    let mut out = FxHashMap::default();
    for q in &analysis.quantities {
        let Some(counted) = q.counted.as_deref() else {
            continue;
        };
        let Some(counts) = category(counted) else {
            continue;
        };
        for word in counted.split_whitespace() {
            // Model and product names: "H100", "Hopper" (digits or a capital).
            let named = word.contains(|c: char| c.is_ascii_digit())
                || word.starts_with(|c: char| c.is_uppercase());
            if named
                && category(word).is_none()
                && let Some(model) = normalise(word)
            {
                out.entry(model).or_insert(counts);
            }
        }
    }
    out
}

/// Words that count pieces of whatever precedes them ("10,000 H100 units").
const COUNTING_WORDS: &[&str] = &["unit", "units", "piece", "pieces", "item", "items"];

/// The category a model or product name (from [`model_categories`]) gives what `counted`
/// names, when that name is its head noun: "50,000 H100s" and "10,000 H100 units" count chips,
/// but "three County police cruisers" counts cruisers, whatever "County officers" counts
/// elsewhere in the corpus.
pub(super) fn model_category(
    counted: &str,
    model_categories: &FxHashMap<String, &'static str>,
) -> Option<&'static str> {
    let head = counted
        .split_whitespace()
        .rev()
        .find(|w| !COUNTING_WORDS.contains(&w.to_lowercase().as_str()))?;
    model_categories.get(normalise(head)?.as_str()).copied()
}

/// A value whose clause names no attribute ("a single number: $6 million") takes the frame
/// of the same value stated with one about the same entity, or in the same document: a
/// restated figure means what its fuller statement says.
pub(super) fn inherit_frames(candidates: &mut [Candidate]) {
    // The values stated with an attribute, by value and document and by value and entity, in
    // input order: a value takes the first that is in its document or shares an entity, found
    // through these lists rather than by walking every value of the same size.
    type Stated = (u64, u64);
    let mut by_document: FxHashMap<(Stated, usize), Vec<usize>> = FxHashMap::default();
    let mut by_entity: FxHashMap<(Stated, Key), Vec<usize>> = FxHashMap::default();
    for (i, c) in candidates.iter().enumerate() {
        if c.frame.family.is_some() {
            let stated = (c.stated.0.to_bits(), c.stated.1.to_bits());
            by_document.entry((stated, c.doc)).or_default().push(i);
            for &entity in &c.frame.entities {
                by_entity.entry((stated, entity)).or_default().push(i);
            }
        }
    }
    for i in 0..candidates.len() {
        let c = &candidates[i];
        if c.frame.family.is_some() || c.dimension == Dimension::Any {
            continue;
        }
        let stated = (c.stated.0.to_bits(), c.stated.1.to_bits());
        let fits = |j: &usize| {
            let d = &candidates[*j];
            d.dimension.compatible(&c.dimension) && d.is_change == c.is_change
        };
        // In one document the same figure is the same quantity ("Zuckerberg pledges $65
        // billion capex" in the headline, "Meta's $65 billion" below); elsewhere it must be
        // about the same entity.
        let in_document = by_document
            .get(&(stated, c.doc))
            .and_then(|list| list.iter().copied().find(fits));
        let found = c
            .frame
            .entities
            .iter()
            .filter_map(|&entity| {
                by_entity
                    .get(&(stated, entity))
                    .and_then(|list| list.iter().copied().find(fits))
            })
            .chain(in_document)
            .min();
        if let Some(j) = found {
            let (family, scope) = (candidates[j].frame.family, candidates[j].frame.scope);
            candidates[i].frame.family = family;
            candidates[i].frame.scope = scope;
        }
    }
}

/// The frame of a value at `anchor`: the entities its sentence is about (with the speaker's
/// name), the attribute family and scope its own clause names (else its sentence's).
#[allow(clippy::too_many_arguments)]
pub(super) fn frame_of(
    entities: &Entities,
    doc: usize,
    text: &str,
    sentence: Span,
    own_clause: Span,
    anchor: Span,
    claim: &ClaimRecord,
    found: Option<&[Term]>,
    vocabulary: &mut Vocabulary,
) -> Frame {
    let found_now;
    let found = match found {
        Some(found) => found,
        None => {
            found_now = terms(text, sentence, vocabulary);
            &found_now
        }
    };
    let clause_text = own_clause.of(text);
    let named_family = governing_family(text, sentence, own_clause, anchor);
    // A purpose clause that opens the sentence narrows what follows ("To train the model, it
    // used 2,048 chips"); what follows the value's clause does not.
    let named_scope = scope(clause_text)
        .or_else(|| scope(&text[sentence.start..own_clause.start.max(sentence.start)]));
    let mut first_words = Vec::new();
    Frame {
        entities: entities.of_value(
            doc,
            text,
            sentence,
            own_clause,
            anchor,
            found,
            claim.speaker.as_deref(),
            vocabulary,
            &mut first_words,
        ),
        family: named_family,
        scope: named_scope,
        first_words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn independent_wordings_of_one_attribute_share_a_family() {
        for clause in [
            "its training expenses were under $6 million",
            "the cost to train the model was $5 million",
            "the firm spent $6 million",
            "the group's total investment in servers is $1.6 billion",
            "planning to invest $60 billion in capex",
        ] {
            assert_eq!(family(clause, 0), Some("spending"), "{clause}");
        }
        assert_eq!(family("China lags the US by three months", 0), Some("lead"));
        assert_eq!(family("the company behind the model said 3", 0), None);
        assert_eq!(
            family("3 people were killed and 2 injured", 0),
            Some("deaths")
        );
        assert_eq!(
            family("3 people were killed and 2 injured", 32),
            Some("injuries")
        );
    }

    /// The family of the value `value` in `sentence`, with its clause found as the
    /// comparison finds it.
    fn family_of_value(sentence: &str, value: &str) -> Option<&'static str> {
        let at = sentence.find(value).unwrap();
        let (whole, anchor) = (
            Span::new(0, sentence.len()),
            Span::new(at, at + value.len()),
        );
        let own = super::super::topics::clause(sentence, whole, anchor);
        governing_family(sentence, whole, own, anchor)
    }

    #[test]
    fn the_family_comes_from_the_words_that_govern_the_value() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // A relative clause hangs on what precedes it, not on the main verb after it.
            (
                "The airport, which handled 50,000 passengers last year, plans to employ 300 more workers.",
                "50,000",
                None,
            ),
            (
                "The airport, which handled 50,000 passengers last year, plans to employ 300 more workers.",
                "300",
                Some("jobs"),
            ),
            (
                "The new stadium, which seats 40,000 fans, will cost $1.2 billion, the council said.",
                "40,000",
                None,
            ),
            (
                "The new stadium, which seats 40,000 fans, will cost $1.2 billion, the council said.",
                "$1.2 billion",
                Some("spending"),
            ),
            // A value that opens the sentence is governed by the verb that follows it.
            (
                "About 300 people, officials said, were injured in the blast.",
                "300",
                Some("injuries"),
            ),
            // A clause after a break inside the main clause.
            (
                "The blast killed one worker — a welder from the town — and left four others injured.",
                "four",
                Some("injuries"),
            ),
            // A later verb phrase joined by a conjunction measures its own value.
            (
                "The line will carry 80,000 passengers a day and employ 300 workers.",
                "80,000",
                None,
            ),
            (
                "The line will carry 80,000 passengers a day and employ 300 workers.",
                "300",
                Some("jobs"),
            ),
            // A clause after the verb that governs it.
            (
                "The storm killed 12 people, including three children, officials said.",
                "three",
                Some("deaths"),
            ),
        ];
        for &(sentence, value, expected) in cases {
            assert_eq!(
                family_of_value(sentence, value),
                expected,
                "{value} in {sentence}"
            );
        }
    }

    #[test]
    fn counted_things_fall_into_general_categories() {
        assert_eq!(category("Nvidia Hopper GPUs"), Some("chips"));
        assert_eq!(category("H100 chips"), Some("chips"));
        assert_eq!(category("marchers"), Some("people"));
        assert_eq!(category("H100s"), None);
    }

    #[test]
    fn a_model_name_gives_its_category_only_as_the_head_noun() {
        let mut models = FxHashMap::default();
        models.insert("h100".to_owned(), "chips");
        models.insert("harlow".to_owned(), "people");
        assert_eq!(model_category("H100s", &models), Some("chips"));
        assert_eq!(model_category("H100 units", &models), Some("chips"));
        assert_eq!(model_category("Harlow police cruisers", &models), None);
    }

    #[test]
    fn scopes_tell_a_training_run_from_running_costs() {
        assert_eq!(
            scope("the cost of the final training run"),
            Some("training")
        );
        assert_eq!(
            scope("an operating cost of $944 million"),
            Some("operating")
        );
        assert_eq!(scope("spend over the company history"), Some("lifetime"));
        assert!(!compatible(Some("training"), Some("operating")));
        assert!(compatible(Some("training"), None));
    }
}

//! Content words for comparing sentences: lowercased, lightly lemmatised, function words and
//! the vocabulary of numbers themselves left out, and words that name one axis from different
//! sides ("lead", "lag behind", "gap") folded into one term.

use std::sync::OnceLock;

use crate::text::hash::{FxHashMap, FxHashSet};
use crate::text::{Span, Token, TokenKind, tokens};

/// A normalised word, as a number: see [`Vocabulary`].
pub type Key = u32;

/// The normalised words of a corpus, each stored once and named by a number, so that the
/// comparison stage compares, hashes and indexes integers rather than strings.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<Box<str>, Key>,
    names: Vec<Box<str>>,
    /// Each spelling's comparable form (see [`Vocabulary::normalised`]).
    spellings: FxHashMap<Box<str>, Option<Key>>,
}

impl Vocabulary {
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// The number of `word`, given one if it has none yet.
    pub fn id(&mut self, word: &str) -> Key {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = Key::try_from(self.names.len()).expect("fewer than 2^32 distinct words");
        self.names.push(word.into());
        self.ids.insert(word.into(), id);
        id
    }

    /// The number of `word`'s comparable form ([`normalise`]), or none for a word that
    /// carries no evidence. Remembered by spelling: most words of a corpus recur, and one
    /// lookup replaces the lowering, the word lists and the plural rules.
    pub fn normalised(&mut self, word: &str, buffer: &mut String) -> Option<Key> {
        if let Some(&key) = self.spellings.get(word) {
            return key;
        }
        let key = normalise_into(word, buffer).map(|form| self.id(form));
        self.spellings.insert(word.into(), key);
        key
    }

    /// The number of `word`, if any text used it.
    pub fn get(&self, word: &str) -> Option<Key> {
        self.ids.get(word).copied()
    }

    /// The word a number stands for.
    pub fn name(&self, key: Key) -> &str {
        &self.names[key as usize]
    }

    /// Each word's position in alphabetical (byte) order, by number: sums over words in this
    /// order add up exactly as sums over the words sorted as strings.
    pub fn alphabetical_ranks(&self) -> Vec<u32> {
        let mut order: Vec<Key> = (0..self.names.len() as Key).collect();
        order.sort_unstable_by(|&a, &b| self.names[a as usize].cmp(&self.names[b as usize]));
        let mut rank = vec![0; order.len()];
        for (position, key) in order.into_iter().enumerate() {
            rank[key as usize] = position as u32;
        }
        rank
    }
}

/// One content word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The normalised form ("model", "~lead" for an axis), as a number of the corpus's
    /// [`Vocabulary`].
    pub key: Key,
    /// Where the word stands, in the text that was searched.
    pub span: Span,
    /// Capitalised inside a sentence: probably part of a name.
    pub proper: bool,
}

/// Words that name one measured axis from either side, so that "the US leads by a year" and
/// "China lags behind by a year" share evidence. Each group is general English; the first
/// entry names the axis. "leading" and "leader" are left out on purpose: "leading labs"
/// measures nothing.
const AXES: &[&[&str]] = &[
    &[
        "~lead",
        "lead",
        "leads",
        "led",
        "ahead",
        "behind",
        "lag",
        "lags",
        "lagged",
        "lagging",
        "trail",
        "trails",
        "trailed",
        "trailing",
        "gap",
        "gaps",
        "edge",
        "advantage",
        "parity",
        "catch",
        "caught",
    ],
    &[
        "~spending",
        "spend",
        "spends",
        "spent",
        "spending",
        "cost",
        "costs",
        "costing",
        "expenditure",
        "expenditures",
        "budget",
        "budgets",
        "outlay",
        "outlays",
        "invest",
        "invested",
        "investment",
        "investments",
    ],
    &[
        "~revenue", "revenue", "revenues", "sales", "turnover", "income", "earnings",
    ],
    &[
        "~staff",
        "employee",
        "employees",
        "staff",
        "staffers",
        "workforce",
        "worker",
        "workers",
        "employ",
        "employs",
        "employed",
        "headcount",
    ],
    &[
        "~deaths",
        "death",
        "deaths",
        "died",
        "dead",
        "killed",
        "fatalities",
        "fatality",
        "lives",
    ],
    &[
        "~price",
        "price",
        "prices",
        "priced",
        "valuation",
        "valued",
        "worth",
    ],
    &[
        "~share",
        "share",
        "shares",
        "proportion",
        "fraction",
        "portion",
    ],
];

/// Function words, verbs of saying, hedges, and the vocabulary of amounts (numbers, scales,
/// units, calendar words): what two sentences share in these says nothing about whether they
/// measure the same thing.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "approximately",
    "april",
    "are",
    "around",
    "as",
    "at",
    "august",
    "be",
    "became",
    "because",
    "become",
    "been",
    "before",
    "being",
    "believe",
    "believed",
    "believes",
    "below",
    "between",
    "billion",
    "billions",
    "both",
    "but",
    "by",
    "can",
    "claim",
    "claimed",
    "claims",
    "close",
    "could",
    "day",
    "days",
    "decade",
    "decades",
    "december",
    "did",
    "do",
    "does",
    "dollar",
    "dollars",
    "down",
    "during",
    "each",
    "early",
    "eight",
    "either",
    "eleven",
    "essentially",
    "estimate",
    "estimated",
    "estimates",
    "even",
    "ever",
    "every",
    "february",
    "few",
    "fewer",
    "fifty",
    "first",
    "five",
    "for",
    "forty",
    "four",
    "friday",
    "from",
    "further",
    "had",
    "half",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "hour",
    "hours",
    "how",
    "however",
    "hundred",
    "hundreds",
    "i",
    "if",
    "in",
    "initially",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "january",
    "july",
    "june",
    "just",
    "last",
    "late",
    "least",
    "less",
    "like",
    "many",
    "march",
    "may",
    "me",
    "might",
    "million",
    "millions",
    "minute",
    "minutes",
    "monday",
    "month",
    "months",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "next",
    "nine",
    "no",
    "nor",
    "not",
    "note",
    "noted",
    "notes",
    "november",
    "now",
    "october",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "percent",
    "percentage",
    "point",
    "points",
    "previously",
    "reported",
    "roughly",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "second",
    "seconds",
    "september",
    "seven",
    "several",
    "she",
    "should",
    "since",
    "six",
    "so",
    "some",
    "still",
    "such",
    "suggest",
    "suggested",
    "suggests",
    "sunday",
    "ten",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "third",
    "thirty",
    "this",
    "those",
    "thousand",
    "thousands",
    "three",
    "through",
    "thursday",
    "to",
    "today",
    "told",
    "too",
    "trillion",
    "trillions",
    "tuesday",
    "twelve",
    "twenty",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "wednesday",
    "week",
    "weeks",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "zero",
    "s",
    "t",
    "us_",
    "per_cent",
    "cent",
    "euro",
    "euros",
    "pound",
    "pounds",
    "yuan",
    "yen",
    "times",
    "dozen",
    "dozens",
    "number",
    "total",
    "overall",
    "according",
    "says",
    "argue",
    "argued",
    "argues",
    "warn",
    "warned",
    "warns",
    "think",
    "thinks",
    "thought",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "states",
    "explained",
    "explains",
    "new",
    "recent",
    "recently",
    "currently",
    "current",
    "earlier",
    "later",
];

fn stop_words() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
}

/// Each axis word and the name of its axis.
fn axes() -> &'static FxHashMap<&'static str, &'static str> {
    static MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        AXES.iter()
            .flat_map(|group| group[1..].iter().map(|word| (*word, group[0])))
            .collect()
    })
}

/// The content words of `within` in `text`, in order, with spans into `text`; new words are
/// added to `vocabulary`.
pub fn terms(text: &str, within: Span, vocabulary: &mut Vocabulary) -> Vec<Term> {
    terms_of_tokens(text, within, &tokens(within.of(text)), vocabulary)
}

/// [`terms`], given the tokens of `within` (spans relative to its start).
pub fn terms_of_tokens(
    text: &str,
    within: Span,
    found: &[Token],
    vocabulary: &mut Vocabulary,
) -> Vec<Term> {
    let sentence = within.of(text);
    let mut out = Vec::new();
    let mut first_word = true;
    let mut buffer = String::new();
    let mut i = 0;
    while i < found.len() {
        let token = found[i];
        i += 1;
        let word = token.text(sentence);
        let at_start = first_word;
        first_word = false;
        let span = Span::new(
            within.start + token.span.start,
            within.start + token.span.end,
        );
        match token.kind {
            // Model and product names: "A100", "H20".
            TokenKind::Mixed if word.starts_with(|c: char| c.is_alphabetic()) => {
                lowercase_into(word, &mut buffer);
                // "H100s" is the plural of the model "H100": a digit before the s.
                let bytes = buffer.as_bytes();
                if bytes.len() > 2
                    && bytes[bytes.len() - 1] == b's'
                    && bytes[bytes.len() - 2].is_ascii_digit()
                {
                    buffer.pop();
                }
                out.push(Term {
                    key: vocabulary.id(&buffer),
                    span,
                    proper: true,
                });
                continue;
            }
            TokenKind::Word => {}
            _ => continue,
        }
        // "TA-35", "GPT-4", "F-35": a name glued to its number is one name.
        let glued = found.get(i).zip(found.get(i + 1)).filter(|(dash, number)| {
            dash.text(sentence) == "-"
                && !dash.spaced
                && !number.spaced
                && matches!(number.kind, TokenKind::Number | TokenKind::Mixed)
        });
        if let Some((_, number)) = glued
            && word.chars().all(|c| c.is_uppercase())
        {
            let key = format!(
                "{}-{}",
                word.to_lowercase(),
                number.text(sentence).to_lowercase()
            );
            let span = Span::new(span.start, within.start + number.span.end);
            out.push(Term {
                key: vocabulary.id(&key),
                span,
                proper: true,
            });
            i += 2;
            continue;
        }
        let proper = !at_start && word.starts_with(|c: char| c.is_uppercase());
        // "the company behind the model" names who made it, not a lag: "behind" measures
        // a gap only after a verb of lagging or being, an amount or a degree word.
        if word.eq_ignore_ascii_case("behind") && !behind_is_a_lag(sentence, token.span.start) {
            continue;
        }
        let Some(key) = vocabulary.normalised(word, &mut buffer) else {
            continue;
        };
        out.push(Term { key, span, proper });
    }
    out
}

/// Words after which "behind" says that something lags: verbs of lagging and being, amounts
/// of time, degree words ("far behind", "two years behind", "fell behind", "is behind").
const LAG_BEFORE_BEHIND: &[&str] = &[
    "lag",
    "lags",
    "lagged",
    "lagging",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "remain",
    "remains",
    "remained",
    "stay",
    "stays",
    "stayed",
    "far",
    "well",
    "still",
    "way",
    "just",
    "slightly",
    "further",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "decades",
    "generations",
    "steps",
    "trail",
    "trails",
    "trailing",
    "left",
    "'s",
    "’s",
    "points",
    "runs",
    "games",
    "goals",
];

/// Whether the word before byte `at` of `sentence` makes a following "behind" a lag.
pub(crate) fn behind_is_a_lag(sentence: &str, at: usize) -> bool {
    let before = sentence[..at].trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    if word.ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let lower = word.to_lowercase();
    LAG_BEFORE_BEHIND.contains(&lower.as_str())
        || ["'s", "’s", "'re", "’re"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// `word.to_lowercase()` into a reused buffer (most words are ASCII: no allocation, no
/// Unicode tables).
fn lowercase_into(word: &str, buffer: &mut String) {
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        buffer.push_str(&word.to_lowercase());
    }
}

/// The comparable form of one word, or `None` for a word that carries no evidence.
pub fn normalise(word: &str) -> Option<String> {
    normalise_into(word, &mut String::new()).map(str::to_owned)
}

/// [`normalise`], writing into `buffer` and borrowing from it or from the static tables.
fn normalise_into<'a>(word: &str, buffer: &'a mut String) -> Option<&'a str> {
    lowercase_into(word, buffer);
    // "US" and "us" are different words; keep the country apart from the pronoun.
    if word == "US" || word == "U.S" {
        buffer.clear();
        buffer.push_str("u.s.");
    } else if let Some(stem) = buffer
        .strip_suffix("'s")
        .or_else(|| buffer.strip_suffix("’s"))
    {
        let len = stem.len();
        buffer.truncate(len);
    }
    if buffer.len() < 2 || stop_words().contains(buffer.as_str()) {
        return None;
    }
    if let Some(axis) = axes().get(buffer.as_str()) {
        return Some(axis);
    }
    // "GPUs", "CPUs": an acronym's plural keeps its capitals and adds an s.
    let acronym_plural = word.len() > 2
        && word.ends_with('s')
        && word[..word.len() - 1]
            .chars()
            .all(|c| c.is_ascii_uppercase());
    if acronym_plural {
        buffer.pop();
        return Some(buffer.as_str());
    }
    match singular_len(buffer) {
        Singular::Same => {}
        Singular::Cut(n) => {
            let len = buffer.len() - n;
            buffer.truncate(len);
        }
        Singular::Ies => {
            let len = buffer.len() - 3;
            buffer.truncate(len);
            buffer.push('y');
        }
    }
    Some(buffer.as_str())
}

/// How a regular English plural becomes singular.
enum Singular {
    Same,
    /// Drop this many bytes: "chips" → "chip", "boxes" → "box".
    Cut(usize),
    /// "policies" → "policy".
    Ies,
}

/// Strips a regular English plural: "models" → "model", "policies" → "policy".
fn singular_len(word: &str) -> Singular {
    if word.len() > 4 {
        if word.ends_with("ies") {
            return Singular::Ies;
        }
        for ending in ["ches", "shes", "sses", "xes"] {
            if word.ends_with(ending) {
                return Singular::Cut(2);
            }
        }
    }
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        return Singular::Cut(1);
    }
    Singular::Same
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(sentence: &str) -> Vec<String> {
        let mut vocabulary = Vocabulary::new();
        terms(sentence, Span::new(0, sentence.len()), &mut vocabulary)
            .into_iter()
            .map(|t| vocabulary.name(t.key).to_owned())
            .collect()
    }

    #[test]
    fn both_sides_of_a_lead_are_one_axis() {
        assert_eq!(
            keys("The US led China by two years."),
            ["u.s.", "~lead", "china"]
        );
        assert_eq!(
            keys("Its models still lag behind the best US models by a year."),
            ["model", "~lead", "~lead", "best", "u.s.", "model"]
        );
        assert!(!keys("The leading labs met.").contains(&"~lead".to_owned()));
    }

    #[test]
    fn behind_is_a_lag_only_where_it_measures_one() {
        assert!(!keys("The company behind the model spent more.").contains(&"~lead".to_owned()));
        assert!(keys("It is two years behind its rival.").contains(&"~lead".to_owned()));
        assert!(keys("Rivals fell behind quickly.").contains(&"~lead".to_owned()));
    }

    #[test]
    fn acronym_and_model_plurals_are_singular() {
        assert_eq!(
            keys("Buyers want GPUs and H100s"),
            ["buyer", "want", "gpu", "h100"]
        );
    }

    #[test]
    fn plurals_and_possessives_fold() {
        assert_eq!(
            keys("Policies on the company's chips"),
            ["policy", "company", "chip"]
        );
    }
}

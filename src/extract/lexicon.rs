//! Word lists of general news English that the quantity grammar reads: hedges, scale words,
//! currencies, units, months. One table per concept, written down once, so that a reader can
//! audit what the extractor knows (and tests can enumerate it).

use super::value::{Approx, Change};

// Currencies and other units of measure: a concept of their own and a third of the tables.
mod units;
pub use units::{
    CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_ABBREVIATIONS, DURATION_UNITS,
    GLUED_UNITS, GluedUnit, MINOR_CURRENCY_WORDS, PER_TIME_SYMBOLS, PHYSICAL_UNIT_WORDS,
    SLASH_NUMERATOR_SYMBOLS, unit_per_unit_name,
};

/// Hedge phrases that stand before a number, lowercased, as word sequences. Longer phrases
/// come first so that "no more than" wins over "more than".
pub const HEDGES: &[(&[&str], Approx)] = &[
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["no", "more", "than"], Approx::AtMost),
    (&["within", "a", "factor", "of"], Approx::AtMost),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "much", "as"], Approx::AtMost),
    (&["as", "high", "as"], Approx::AtMost),
    (&["as", "few", "as"], Approx::AtLeast),
    (&["as", "little", "as"], Approx::AtLeast),
    (&["as", "low", "as"], Approx::AtLeast),
    (&["more", "than"], Approx::MoreThan),
    (&["higher", "than"], Approx::MoreThan),
    (&["greater", "than"], Approx::MoreThan),
    (&["larger", "than"], Approx::MoreThan),
    (&["bigger", "than"], Approx::MoreThan),
    (&["lower", "than"], Approx::LessThan),
    (&["smaller", "than"], Approx::LessThan),
    (&["well", "over"], Approx::MoreThan),
    (&["well", "above"], Approx::MoreThan),
    (&["just", "over"], Approx::MoreThan),
    (&["just", "above"], Approx::MoreThan),
    (&["well", "under"], Approx::LessThan),
    (&["well", "below"], Approx::LessThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["in", "excess", "of"], Approx::MoreThan),
    (&["fewer", "than"], Approx::LessThan),
    (&["less", "than"], Approx::LessThan),
    (&["at", "least"], Approx::AtLeast),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["close", "to"], Approx::Nearly),
    // "just under 20 percent" says below the figure first: less-than, as "under" alone (and as
    // NewsQuant reads it); "nearly" and "almost" say close to it first.
    (&["just", "under"], Approx::LessThan),
    (&["just", "below"], Approx::LessThan),
    (&["just", "shy", "of"], Approx::LessThan),
    (&["nearly"], Approx::Nearly),
    (&["almost"], Approx::Nearly),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["roughly"], Approx::About),
    (&["approximately"], Approx::About),
    (&["an", "estimated"], Approx::About),
    (&["barely"], Approx::About),
    (&["approx"], Approx::About),
    (&["some"], Approx::About),
    (&["circa"], Approx::About),
    (&["ca"], Approx::About),
    (&["over", "than"], Approx::MoreThan),
    (&["over"], Approx::MoreThan),
    (&["above"], Approx::MoreThan),
    (&["exceeding"], Approx::MoreThan),
    (&["under"], Approx::LessThan),
    (&["within"], Approx::AtMost),
    (&["below"], Approx::LessThan),
    // Rarer phrases last, as the list is scanned in order ("just short of" before "short of").
    (&["shy", "of"], Approx::LessThan),
    (&["just", "short", "of"], Approx::LessThan),
    (&["short", "of"], Approx::LessThan),
    // Market slang for a bound: "trading north of $150", "south of 90 cents".
    (&["north", "of"], Approx::MoreThan),
    (&["south", "of"], Approx::LessThan),
];

/// Words after which "about" names a topic rather than hedging a number: "talked about four
/// factors", "questions about two payments".
pub const ABOUT_AS_TOPIC_AFTER: &[&str] = &[
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "think",
    "thinks",
    "thought",
    "thinking",
    "know",
    "knew",
    "known",
    "learn",
    "learned",
    "hear",
    "heard",
    "read",
    "write",
    "wrote",
    "written",
    "ask",
    "asked",
    "asking",
    "care",
    "cared",
    "worry",
    "worried",
    "concerned",
    "complain",
    "complained",
    "joked",
    "wonder",
    "wondered",
    "forget",
    "forgot",
    "argue",
    "argued",
    "debate",
    "debated",
    "told",
    "tell",
    "questions",
    "concerns",
    "information",
    "details",
    "news",
    "stories",
    "story",
    "report",
    "reports",
    "reported",
];

/// Scale words after a number ("3.9 million"), as powers of ten: values are built from the
/// decimal digits and the exponent, so "5.6 million" is exactly 5600000.
pub const SCALE_WORDS: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("mln", 6),
    ("billion", 9),
    ("bln", 9),
    ("trillion", 12),
    ("tln", 12),
    ("trn", 12),
    // The glued suffixes written apart, as wire copy does: "$3 bn", "€40 mn", "$1 tn".
    // Capitalised they are US states and names ("14 TN", "St Paul, MN"): see the grammar.
    ("bn", 9),
    ("mn", 6),
    ("tn", 12),
    // South Asian scales: "Rs 5 crore" is 5e7 rupees, "₹1.5 lakh crore" 1.5e12; Indian English
    // also writes them plural after a number ("50 lakhs").
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
    // Their abbreviations in Indian headlines and business pages: "Rs 500 Cr", "Rs 2 lacs",
    // "₹40 lkh", "three cr twelve lac".
    ("cr", 7),
    ("crs", 7),
    ("lac", 5),
    ("lacs", 5),
    ("lkh", 5),
    ("lkhs", 5),
];

/// Scale suffixes glued to digits ("10bn", "$5.6M", "5k"), as powers of ten. The one-letter
/// ones other than "k" are read as scales only after a currency ("$5.6M"): alone, "5m" is
/// five metres and "3M" a company.
pub const SCALE_SUFFIXES: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("m", 6),
    ("M", 6),
    ("mn", 6),
    ("mln", 6),
    ("b", 9),
    ("B", 9),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
    ("mil", 6),
    ("MM", 6),
    ("trn", 12),
    ("T", 12),
];

pub use crate::text::calendar::{MONTHS, month_number};

/// Words before a month named alone that make it a time ("in January", "since March"); with
/// "last", "next", "this", "early", "late" and "mid" too ("since last March").
pub const MONTH_PLACERS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "before", "after", "during", "last",
    "next", "this", "early", "late", "mid", "of", "between", "and", "to", "on",
];

/// Ordinal words that rank when joined to a superlative ("fourth-largest").
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// Verbs that multiply, with the change in percent they state (claims/1: "doubled" is up 100,
/// "halved" down 50), and whether the word is a verb only after a modal and before an object
/// ("can double their quotas"; "a double murder" is not a change).
pub const MULTIPLYING_VERBS: &[(&str, f64, Change, bool)] = &[
    ("doubled", 100.0, Change::Up, false),
    ("tripled", 200.0, Change::Up, false),
    ("trebled", 200.0, Change::Up, false),
    ("quadrupled", 300.0, Change::Up, false),
    ("halved", 50.0, Change::Down, false),
    ("double", 100.0, Change::Up, true),
    ("triple", 200.0, Change::Up, true),
    ("halve", 50.0, Change::Down, true),
];

/// Verbs of intent before "to" and a verb ("aims to double revenue", "is set to halve
/// costs"), after which "to" begins an infinitive rather than a level.
pub const INTENT_VERBS: &[&str] = &[
    "aim",
    "aims",
    "aimed",
    "aiming",
    "plan",
    "plans",
    "planned",
    "planning",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "expect",
    "expects",
    "expected",
    "seek",
    "seeks",
    "sought",
    "intend",
    "intends",
    "intended",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "vow",
    "vows",
    "vowed",
    "set",
    "poised",
    "likely",
    "going",
    "projected",
    "forecast",
    "needs",
    "need",
    "needed",
    "try",
    "tries",
    "tried",
    "trying",
    "target",
    "targets",
    "targeted",
    "help",
    "helped",
    "helps",
];

/// Words right before a race time ("won in 2:05:48", "clocked 3:43.13") that make the digits
/// and colons a duration rather than a clock.
pub const RACE_TIME_CUES: &[&str] = &[
    "in",
    "ran",
    "run",
    "runs",
    "clocked",
    "clocking",
    "finished",
    "finishing",
    "timed",
    "won",
    "winning",
    "record",
    "best",
    "completed",
    "posted",
];

/// Part-of-year words before a year, with the months they cover ("late 2022" is
/// September–December).
pub const YEAR_PARTS: &[(&str, u32, u32)] = &[("early", 1, 4), ("mid", 5, 8), ("late", 9, 12)];

/// Number words. Compounds ("forty-eight") and scales ("two million") are built by the grammar.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
];

/// Words that end a counted noun phrase ("100 employees *and* …"): function words, the
/// commonest verbs that follow a count in news text, times ("up from 30 *last* week": a time,
/// not what is counted) and prepositions ("3,500 staff *across* 12 countries": a preposition
/// starts what follows the count).
// Laid out compactly by hand: rustfmt puts one word per line once a word is over ten
// characters ("throughout").
#[rustfmt::skip]
pub const COUNTED_STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "should", "shall", "it", "its", "their", "his",
    "her", "our", "your", "my", "since", "until", "before", "after", "while", "during", "per",
    "each", "every", "into", "over", "under", "about", "more", "less", "fewer", "most", "least",
    "such", "so", "if", "when", "where", "not", "no", "also", "only", "just", "ago", "later",
    "earlier", "now", "then", "there", "here", "said", "says", "last", "next", "across", "among",
    "amid", "between", "including", "against", "toward", "towards", "without", "throughout", "via",
    "around", "despite", "near",
];

/// Nouns that end a counted noun phrase as a plural in -s does: plurals without an "s"
/// ("hundreds of people", "two women") and the singular of a person counted one ("one man
/// dead" counts a man). Not those that as often modify a noun ("police officers", "staff
/// members", "aircraft carriers", "child abuse charges").
pub const PLURALS_WITHOUT_S: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "man",
    "woman",
    "person",
    "personnel",
    "cattle",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "deer",
    "livestock",
];

/// Nouns that a number word joined by a hyphen makes the name of a kind, not a count: "a
/// five-star hotel", "a two-time champion", "a three-pointer". ("a four-way race" counts its
/// candidates; "three-point" is a kind only before a shot: `POINT_SHOT_NOUNS`.)
pub const COMPOUND_KIND_NOUNS: &[&str] = &[
    "pointer",
    "star",
    "time",
    "piece",
    "party",
    "state",
    "horse",
    "dimensional",
];

/// What "three-point" names in basketball ("from three-point range", "a three-point shot"),
/// where it is a kind of shot; "a ten-point lead" is a margin.
pub const POINT_SHOT_NOUNS: &[&str] = &[
    "range",
    "shot",
    "shots",
    "line",
    "play",
    "attempt",
    "attempts",
    "shooter",
    "shooting",
    "basket",
    "baskets",
    "arc",
    "percentage",
    "field",
];

/// Words before "one" that make it a pronoun or a name rather than a count: "no one", "the
/// one who", "any one of", "a loved one", "at one point".
pub const ONE_PRONOUN_BEFORE: &[&str] = &[
    "no", "the", "this", "that", "any", "every", "each", "which", "loved", "little", "young", "at",
    "someone", "anyone", "everyone", "number", "same", "other", "last", "next", "first", "new",
    "old", "big", "right", "wrong",
];

/// Words after "one" that make an idiom of time or discourse rather than a count: "one day",
/// "one another", "one thing is clear", "one last time".
pub const ONE_IDIOM_AFTER: &[&str] = &[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "time",
    "point",
    "another",
    "other",
    "thing",
    "way",
    "last",
    "more",
    "such",
    "else",
    "again",
    "another's",
    "or",
    "hell",
];

/// The value that a `(word, value)` table gives `word`.
pub fn lookup<'a, T: Copy>(table: &'a [(&'a str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| same_word(name, word))
        .map(|&(_, value)| value)
}

/// A set of words asked about every word of a text, where almost every answer is no: the
/// words are kept in buckets by length and first byte, so that a question costs an index and
/// a compare with the few words of the same length and first letter, with no hashing.
#[derive(Debug)]
pub struct WordSet {
    buckets: Vec<Vec<&'static str>>,
}

impl WordSet {
    /// Lengths from this one on share a bucket per first byte.
    const LONG: usize = 16;

    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let mut buckets = vec![Vec::new(); (Self::LONG + 1) * 256];
        for word in words {
            if let Some(slot) = Self::slot(word)
                && !buckets[slot].contains(&word)
            {
                buckets[slot].push(word);
            }
        }
        WordSet { buckets }
    }

    #[inline]
    fn slot(word: &str) -> Option<usize> {
        let first = *word.as_bytes().first()?;
        Some(word.len().min(Self::LONG) * 256 + usize::from(first))
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        Self::slot(word).is_some_and(|slot| self.buckets[slot].contains(&word))
    }
}

/// Whether `word` is one of `list`: [`lookup`] for plain lists.
#[inline]
pub fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|name| same_word(name, word))
}

/// `a == b`, deciding most unequal pairs by length and first byte: the grammar asks the word
/// lists about every word near a number, and almost every answer is no, which a string
/// compare (a call to memcmp per entry of the same length) made a tenth of its cost.
#[inline]
pub fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Verbs and adverbs right before a quantity that make it a change ("rose 60%", "fell by $2",
/// "up 9.4 per cent").
pub const CHANGE_WORDS_UP: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "grown",
    "growing",
    "gained",
    "gain",
    "gains",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surge",
    "surges",
    "soared",
    "soar",
    "soars",
    "up",
    "added",
    "rallied",
    "advanced",
    "boosted",
    "expanded",
    "higher",
    "jumping",
    "surging",
    "soaring",
    "climbing",
    "gaining",
    "rallying",
    "rally",
    "rallies",
    "advancing",
    "advance",
    "advances",
    "boosting",
    "boost",
    "boosts",
    "expanding",
    "spiked",
    "spike",
    "spikes",
    "spiking",
    "rebounded",
    "rebound",
    "rebounds",
    "accelerated",
    "widened",
    "leapt",
    "leaped",
    "leap",
    "leaps",
    "skyrocketed",
    "swelled",
    "ballooned",
    "upward",
    "upwards",
    "rocketed",
    "rocketing",
    "skyrocketing",
    "skyrocket",
    "skyrockets",
    "leaping",
    "widening",
    "widens",
    "swelling",
    "ballooning",
];

pub const CHANGE_WORDS_DOWN: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "declined",
    "decline",
    "declines",
    "declining",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "down",
    "off",
    "lost",
    "lose",
    "loses",
    "cut",
    "cuts",
    "decreased",
    "decrease",
    "decreases",
    "slipped",
    "slip",
    "plunged",
    "plunge",
    "plummeted",
    "tumbled",
    "shed",
    "sheds",
    "slid",
    "sank",
    "shrank",
    "shrunk",
    "eased",
    "slumped",
    "dipped",
    "reduced",
    "lower",
    "lowered",
    "plummeting",
    "plummet",
    "plummets",
    "plunging",
    "plunges",
    "tumbling",
    "tumble",
    "tumbles",
    "sliding",
    "slide",
    "slides",
    "sinking",
    "sink",
    "sinks",
    "sunk",
    "slumping",
    "slump",
    "slumps",
    "dipping",
    "dip",
    "dips",
    "shrinking",
    "shrink",
    "shrinks",
    "slipping",
    "slips",
    "decreasing",
    "losing",
    "shedding",
    "cutting",
    "easing",
    "ease",
    "eases",
    "reducing",
    "reduce",
    "reduces",
    "lowering",
    "slashed",
    "slash",
    "slashing",
    "trimmed",
    "retreated",
    "contracted",
    "sagged",
    "narrowed",
    "downward",
    "downwards",
    "nosedived",
    "tanked",
    "tanking",
    "dwindled",
    "dwindling",
    "pared",
    "paring",
    "narrowing",
    "narrows",
    "retreating",
    "retreats",
    "trimming",
    "trims",
    "sagging",
    "slashes",
    "contracting",
];

/// Verbs that state a change only of a rate (a percentage or points) or where "by" measures
/// it, because their other senses take amounts: "raised $5 million" is money raised and
/// "raised fees by 8%" a rise; "recovered 12 bodies" but "the pound recovered 1.2%"; "the car
/// skidded 50 metres" but "the shares skidded 7%".
pub const RATE_CHANGE_WORDS_UP: &[&str] = &[
    "raised",
    "raise",
    "raises",
    "raising",
    "hiked",
    "hike",
    "hikes",
    "hiking",
    "lifted",
    "lift",
    "lifts",
    "lifting",
    "improved",
    "improve",
    "improves",
    "improving",
    "recovered",
    "recovers",
    "recovering",
    "bounced",
    "firmed",
    "strengthened",
    "appreciated",
];

pub const RATE_CHANGE_WORDS_DOWN: &[&str] = &[
    "weakened",
    "weakens",
    "weakening",
    "depreciated",
    "slowed",
    "slows",
    "slowing",
    "crashed",
    "collapsed",
    "dived",
    "dove",
    "skidded",
    "softened",
];

/// Nouns right after a quantity that make it a change ("a 3 percent drop", "a 5% increase").
pub const CHANGE_NOUNS_UP: &[&str] = &[
    "increase",
    "rise",
    "gain",
    "jump",
    "growth",
    "hike",
    "surge",
    "rally",
    "boost",
    "spike",
    "upturn",
    "climb",
    "rebound",
    "improvement",
    "uptick",
    "increment",
    "raise",
];
// Not "loss": "a loss of 63 cents" is an amount, not a change.
pub const CHANGE_NOUNS_DOWN: &[&str] = &[
    "drop",
    "decline",
    "fall",
    "cut",
    "decrease",
    "slump",
    "reduction",
    "dip",
    "plunge",
    "slide",
    "downturn",
    "contraction",
    "tumble",
    "retreat",
];

/// Fractions as percentages (claims/1: "nearly half" is 50 `nearly`), in hundredths so that
/// thirds stay exact to the digits written here.
pub const FRACTIONS: &[(&str, &str)] = &[
    ("half", "50"),
    ("third", "33.333333"),
    ("thirds", "33.333333"),
    ("quarter", "25"),
    ("quarters", "25"),
    ("fifth", "20"),
    ("fifths", "20"),
    ("tenth", "10"),
    ("tenths", "10"),
];

/// Vague magnitudes, the one table of claims/1: a plural scale word alone is one decade of
/// magnitude ("millions" 1e6..1e7); "tens of" and "hundreds of" multiply a scale by 10..100 and
/// 100..1000; "dozens" is 24..100; "a few" 2..5 and "several" 3..7 take a scale after them
/// ("a few hundred billion" 2e11..5e11).
pub const PLURAL_SCALES: &[(&str, i32)] = &[
    ("hundreds", 2),
    ("thousands", 3),
    ("millions", 6),
    ("billions", 9),
    ("trillions", 12),
    ("lakhs", 5),
    ("lacs", 5),
    ("crores", 7),
];

/// Verbs whose particle "up" or "down" is not a change: "gave up 517 yards", "set up".
pub const PARTICLE_VERBS: &[&str] = &[
    "give", "gave", "gives", "giving", "given", "set", "sets", "setting", "end", "ended", "ends",
    "ending", "pick", "picked", "take", "took", "taken", "shut", "shuts", "break", "broke", "turn",
    "turned", "back", "backed", "sign", "signed", "show", "showed", "made", "make", "wind",
    "wound", "round", "rounded", "step", "stepped", "stand", "stood", "play", "played",
];

/// Nouns that label a thing by number rather than count it: "category 4", "Unit 3", "Game 7".
pub const LABEL_NOUNS: &[&str] = &[
    "category",
    "code",
    "zip",
    "postcode",
    "type",
    "class",
    "grade",
    "level",
    "stage",
    "phase",
    "unit",
    "article",
    "section",
    "chapter",
    "page",
    "room",
    "route",
    "gate",
    "platform",
    "channel",
    "model",
    "version",
    "series",
    "number",
    "no",
    "game",
    "round",
    "act",
    "episode",
    "season",
    "tier",
    "zone",
    "district",
    "ward",
    "flight",
    "row",
    "line",
    "apartment",
    "suite",
    "box",
    "exit",
    "highway",
    "interstate",
    "amendment",
    "title",
    "rule",
    "paragraph",
    "clause",
    "item",
    "step",
    "figure",
    "table",
    "option",
    "verse",
    "term",
    "pier",
    "terminal",
    "precinct",
    "lot",
    "sp",
    "priority",
];

/// Words before a four-digit number that make it a year even outside 1900–2100 ("in 1607",
/// "between 1600 and 1900", "by 2120").
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "by", "since", "until", "till", "from", "before", "after", "between", "during",
    "through", "circa", "and", "to", "of",
];

/// Things news dates by a year written short after "the": "the '25 season", "the ’08 crash",
/// "the '24 campaign". After "the" alone an apostrophe and two digits may open a quotation
/// ("the '25 …'"), so the year needs one of these after it.
pub const DATED_BY_YEAR: &[&str] = &[
    "budget",
    "campaign",
    "census",
    "championship",
    "class",
    "convention",
    "crash",
    "crisis",
    "cup",
    "cycle",
    "draft",
    "edition",
    "election",
    "elections",
    "festival",
    "final",
    "finals",
    "games",
    "midterms",
    "model",
    "olympics",
    "playoffs",
    "primaries",
    "primary",
    "recession",
    "riots",
    "season",
    "series",
    "session",
    "squad",
    "storm",
    "summit",
    "team",
    "tour",
    "vintage",
    "war",
    "world",
];

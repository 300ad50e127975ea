//! Word lists of general news English that the quantity grammar reads: hedges, scale words,
//! currencies, units, months. One table per concept, written down once, so that a reader can
//! audit what the extractor knows (and tests can enumerate it).

use super::quantity::Approx;

/// Hedge phrases that stand before a number, lowercased, as word sequences. Longer phrases
/// come first so that "no more than" wins over "more than".
pub const HEDGES: &[(&[&str], Approx)] = &[
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["no", "more", "than"], Approx::AtMost),
    (&["more", "than"], Approx::MoreThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["in", "excess", "of"], Approx::MoreThan),
    (&["fewer", "than"], Approx::LessThan),
    (&["less", "than"], Approx::LessThan),
    (&["at", "least"], Approx::AtLeast),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["close", "to"], Approx::Nearly),
    (&["just", "under"], Approx::Nearly),
    (&["just", "shy", "of"], Approx::Nearly),
    (&["nearly"], Approx::Nearly),
    (&["almost"], Approx::Nearly),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["roughly"], Approx::About),
    (&["approximately"], Approx::About),
    (&["approx"], Approx::About),
    (&["some"], Approx::About),
    (&["circa"], Approx::About),
    (&["ca"], Approx::About),
    (&["over"], Approx::MoreThan),
    (&["above"], Approx::MoreThan),
    (&["exceeding"], Approx::MoreThan),
    (&["under"], Approx::LessThan),
    (&["below"], Approx::LessThan),
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
];

/// Scale suffixes glued to digits ("10bn", "$5.6M", "5k"), as powers of ten. The one-letter
/// ones are read as scales only after a currency ("$5.6M"): alone, "5m" is five metres.
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
    ("trn", 12),
    ("T", 12),
];

/// Currency symbols before a number, with ISO 4217 codes (lowercase, as claims/1 wants).
/// A letter prefix glued to "$" names the dollar ("US$", "NT$", "HK$").
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "usd"),
    ("US$", "usd"),
    ("NT$", "twd"),
    ("HK$", "hkd"),
    ("A$", "aud"),
    ("AU$", "aud"),
    ("C$", "cad"),
    ("CA$", "cad"),
    ("S$", "sgd"),
    ("NZ$", "nzd"),
    ("R$", "brl"),
    ("€", "eur"),
    ("£", "gbp"),
    ("¥", "jpy"),
    ("₹", "inr"),
    ("₩", "krw"),
    ("₽", "rub"),
];

/// Currency codes and names. Codes may stand before or after the number ("USD 5", "5 USD");
/// names stand after it ("5 million dollars").
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("usd", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("eur", "eur"),
    ("euro", "eur"),
    ("euros", "eur"),
    ("gbp", "gbp"),
    ("sterling", "gbp"),
    ("cny", "cny"),
    ("rmb", "cny"),
    ("yuan", "cny"),
    ("renminbi", "cny"),
    ("jpy", "jpy"),
    ("yen", "jpy"),
    ("twd", "twd"),
    ("inr", "inr"),
    ("rupee", "inr"),
    ("rupees", "inr"),
    ("won", "krw"),
    ("chf", "chf"),
    ("francs", "chf"),
];

/// Duration units, and the power of ten of the stated unit that one word is worth ("decade" is
/// ten years: durations stay in the unit stated, and a decade is stated in years).
pub const DURATION_UNITS: &[(&str, &str, i32)] = &[
    ("year", "year", 0),
    ("years", "year", 0),
    ("yr", "year", 0),
    ("yrs", "year", 0),
    ("decade", "year", 1),
    ("decades", "year", 1),
    ("century", "year", 2),
    ("centuries", "year", 2),
    ("month", "month", 0),
    ("months", "month", 0),
    ("week", "week", 0),
    ("weeks", "week", 0),
    ("day", "day", 0),
    ("days", "day", 0),
    ("hour", "hour", 0),
    ("hours", "hour", 0),
    ("minute", "minute", 0),
    ("minutes", "minute", 0),
    ("second", "second", 0),
    ("seconds", "second", 0),
];

/// Month names and abbreviations, with their numbers.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
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

/// Words that end a counted noun phrase ("100 employees *and* …"): function words and the
/// commonest verbs that follow a count in news text.
pub const COUNTED_STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "should", "shall", "it", "its", "their",
    "his", "her", "our", "your", "my", "since", "until", "before", "after", "while", "during",
    "per", "each", "every", "into", "over", "under", "about", "more", "less", "fewer", "most",
    "least", "such", "so", "if", "when", "where", "not", "no", "also", "only", "just", "ago",
    "later", "earlier", "now", "then", "there", "here", "said", "says",
];

/// The value that a `(word, value)` table gives `word`.
pub fn lookup<'a, T: Copy>(table: &'a [(&'a str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, value)| value)
}

/// Physical units written as words after a number ("30 miles", "155 mph"), with the unit's
/// name in claims/1: lowercase singular English.
pub const PHYSICAL_UNIT_WORDS: &[(&str, &str)] = &[
    ("mile", "mile"),
    ("miles", "mile"),
    ("mi", "mile"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("km", "kilometre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("centimetre", "centimetre"),
    ("centimetres", "centimetre"),
    ("centimeters", "centimetre"),
    ("cm", "centimetre"),
    ("millimetre", "millimetre"),
    ("millimetres", "millimetre"),
    ("millimeters", "millimetre"),
    ("mm", "millimetre"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("ft", "foot"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("kg", "kilogram"),
    ("kgs", "kilogram"),
    ("gram", "gram"),
    ("grams", "gram"),
    ("pound", "pound"),
    ("pounds", "pound"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("ounce", "ounce"),
    ("ounces", "ounce"),
    ("oz", "ounce"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("ton", "ton"),
    ("tons", "ton"),
    ("litre", "litre"),
    ("litres", "litre"),
    ("liter", "litre"),
    ("liters", "litre"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("celsius", "degree-celsius"),
    ("fahrenheit", "degree-fahrenheit"),
    ("mph", "mile-per-hour"),
    ("horsepower", "horsepower"),
    ("hp", "horsepower"),
    ("bhp", "horsepower"),
    ("watt", "watt"),
    ("watts", "watt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("kw", "kilowatt"),
    ("megawatt", "megawatt"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatt", "gigawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
    ("kwh", "kilowatt-hour"),
    ("mwh", "megawatt-hour"),
    ("gwh", "gigawatt-hour"),
    ("gb", "gigabyte"),
    ("tb", "terabyte"),
    ("mb", "megabyte"),
    ("hz", "hertz"),
    ("ghz", "gigahertz"),
    ("mhz", "megahertz"),
    ("mah", "milliampere-hour"),
    ("mpg", "mile-per-gallon"),
    ("nanometre", "nanometre"),
    ("nanometres", "nanometre"),
    ("nanometer", "nanometre"),
    ("nanometers", "nanometre"),
    ("nm", "nanometre"),
];

/// Units glued to digits ("640bhp", "10kW", "45g", "3min", "1.38pc"), matched on the exact
/// suffix: one-letter suffixes are too ambiguous in words but not when glued.
pub const GLUED_UNITS: &[(&str, GluedUnit)] = &[
    ("g", GluedUnit::Physical("gram")),
    ("W", GluedUnit::Physical("watt")),
    ("ml", GluedUnit::Physical("millilitre")),
    ("mL", GluedUnit::Physical("millilitre")),
    ("L", GluedUnit::Physical("litre")),
    ("min", GluedUnit::Duration("minute")),
    ("mins", GluedUnit::Duration("minute")),
    ("hrs", GluedUnit::Duration("hour")),
    ("yrs", GluedUnit::Duration("year")),
    ("pc", GluedUnit::Percent),
    // Pence sterling: GBX, the market code for them, keeps the value as stated.
    ("p", GluedUnit::Money("gbx")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GluedUnit {
    Physical(&'static str),
    Duration(&'static str),
    Percent,
    Money(&'static str),
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
];

/// Nouns right after a quantity that make it a change ("a 3 percent drop", "a 5% increase").
pub const CHANGE_NOUNS_UP: &[&str] = &[
    "increase", "rise", "gain", "jump", "growth", "hike", "surge", "rally", "boost",
];
pub const CHANGE_NOUNS_DOWN: &[&str] = &[
    "drop",
    "decline",
    "fall",
    "cut",
    "decrease",
    "loss",
    "slump",
    "reduction",
    "dip",
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
];

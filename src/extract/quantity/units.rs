//! What a number measures or counts: the unit after it (%, currency words, durations,
//! physical units such as "square feet" or "km/h", also glued to the digits: "45g") and, for
//! counts, the noun phrase counted ("10,000 NVIDIA A100 GPUs", "three-judge").

use super::super::lexicon::{
    COMPOUND_KIND_NOUNS, COUNTED_STOP_WORDS, CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS,
    DURATION_ABBREVIATIONS, DURATION_UNITS, GLUED_UNITS, GluedUnit, NUMBER_WORDS, PER_TIME_SYMBOLS,
    PHYSICAL_UNIT_WORDS, PLURALS_WITHOUT_S, POINT_SHOT_NOUNS, SCALE_WORDS, WordSet, listed, lookup,
    same_word, unit_per_unit_name,
};
use super::super::value::Unit;
use super::Grammar;
use crate::text::TokenKind;
use std::sync::OnceLock;

impl Grammar<'_> {
    /// The unit after a number: %, percent, percentage points, a currency word, a duration or
    /// a physical unit (also hyphenated: "20-Year", "6.1-inch"). Returns the unit, the power
    /// of ten it adds ("decades"), and the token after it.
    pub(super) fn unit_after(&self, i: usize) -> Option<(Unit, i32, usize)> {
        if self.is_symbol(i, &["%"]) {
            return Some((Unit::Percent, 0, i + 1));
        }
        // "20€", "10 $": the symbol after the amount, as much of Europe writes it.
        if let Some(code) = lookup(CURRENCY_SYMBOLS, self.text_of(i)) {
            // A "$" that opens the next amount ("$5 $6") is not this one's currency.
            let opens_next = self.tok(i + 1).is_some_and(|t| {
                !t.spaced && matches!(t.kind, TokenKind::Number | TokenKind::Mixed)
            });
            if !opens_next {
                return Some((Unit::Money(code), 0, i + 1));
            }
        }
        // "a 5-percent raise", "a 3.5-per-cent increase": joined by hyphens before a noun.
        if self.is_symbol(i, &["-"]) && self.is_glued(i) && self.is_glued(i + 1) {
            match self.lower_of(i + 1) {
                "percent" => return Some((Unit::Percent, 0, i + 2)),
                "per"
                    if self.is_symbol(i + 2, &["-"])
                        && self.is_glued(i + 2)
                        && self.is_glued(i + 3)
                        && self.lower_of(i + 3) == "cent" =>
                {
                    return Some((Unit::Percent, 0, i + 4));
                }
                _ => {}
            }
        }
        let word = self.lower_of(i);
        match word {
            "percent" | "pct" => return Some((Unit::Percent, 0, i + 1)),
            "per" if self.lower_of(i + 1) == "cent" => return Some((Unit::Percent, 0, i + 2)),
            // "63 cents" is money: US cents (the commonest cent in English news), kept as
            // stated under their market code as pence are under GBX ("118.5p").
            "cents" | "cent"
                if self.lower_of(i.wrapping_sub(1)) != "per"
                    && self.text_of(i).starts_with('c') =>
            {
                return Some((Unit::Money("usx"), 0, i + 1));
            }
            "percentage" if matches!(self.lower_of(i + 1), "point" | "points") => {
                return Some((Unit::PercentagePoint, 0, i + 2));
            }
            // "25 basis points", "5 bps": hundredths of a percentage point, kept as stated.
            "basis" if matches!(self.lower_of(i + 1), "point" | "points") => {
                return Some((Unit::Physical("basis-point"), 0, i + 2));
            }
            // Lowercase only: "BP" is an oil company.
            "bp" if self.text_of(i) == "bp" => {
                return Some((Unit::Physical("basis-point"), 0, i + 1));
            }
            // "245 pence", as "118.5p": British pence under their market code.
            "pence" if self.text_of(i).starts_with('p') => {
                return Some((Unit::Money("gbx"), 0, i + 1));
            }
            _ => {}
        }
        if let Some(code) = lookup(CURRENCY_WORDS, word) {
            return Some((Unit::Money(code), 0, i + 1));
        }
        // "42 LE": the Egyptian pound, in capitals only ("le" is French for "the").
        if self.text_of(i) == "LE" {
            return Some((Unit::Money("egp"), 0, i + 1));
        }
        // "30 MUSD", "120 MEUR": business shorthand for millions of a currency.
        let text = self.text_of(i);
        if text.len() == 4
            && text.starts_with('M')
            && text.chars().all(|c| c.is_ascii_uppercase())
            && let Some(code) = lookup(CURRENCY_WORDS, &word[1..])
        {
            return Some((Unit::Money(code), 6, i + 1));
        }
        // "361 million pounds": after a scale, pounds are money (a weight that large is
        // "of" something: "2 million pounds of beef").
        if matches!(word, "pounds" | "pound")
            && lookup(SCALE_WORDS, self.lower_of(i.wrapping_sub(1))).is_some_and(|e| e >= 6)
            && self.lower_of(i + 1) != "of"
        {
            return Some((Unit::Money("gbp"), 0, i + 1));
        }
        let noun = self.lower_of(i + 1);
        if let Some(&(_, _, code)) = CURRENCY_PHRASES.iter().find(|(adjective, name, _)| {
            *adjective == word
                && noun
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.is_empty() || rest == "s")
        }) {
            return Some((Unit::Money(code), 0, i + 2));
        }
        let hyphenated = self.is_symbol(i, &["-"]) && self.is_glued(i) && self.is_glued(i + 1);
        // "a 10-million-dollar home", "a five-euro note": the currency's name joined to the
        // amount (names only: "a five-try win" is rugby, not Turkish lira).
        if hyphenated
            && let Some(code) = match self.lower_of(i + 1) {
                "dollar" => Some("usd"),
                "euro" => Some("eur"),
                "rupee" => Some("inr"),
                "yuan" => Some("cny"),
                "yen" => Some("jpy"),
                _ => None,
            }
        {
            return Some((Unit::Money(code), 0, i + 2));
        }
        let at = if hyphenated { i + 1 } else { i };
        // "a week's span", "two years’ time": the possessive of a duration is still one.
        let word = self.lower_of(at);
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\''))
            .or_else(|| word.strip_suffix('’'))
            .unwrap_or(word);
        if let Some(&(_, unit, exponent)) = DURATION_UNITS
            .iter()
            .find(|(name, _, _)| same_word(name, word))
        {
            return Some((Unit::Duration(unit), exponent, at + 1));
        }
        if let Some(unit) = lookup(DURATION_ABBREVIATIONS, self.text_of(at)) {
            return Some((Unit::Duration(unit), 0, at + 1));
        }
        self.physical_unit(at).map(|(unit, next)| (unit, 0, next))
    }

    /// "miles", "degrees Celsius", "square feet", "km/h", "miles per hour".
    pub(super) fn physical_unit(&self, i: usize) -> Option<(Unit, usize)> {
        // "35°C", "-5 °C", "95ºF": the degree sign (or the ordinal sign typed for it), with the
        // scale's letter after it or not.
        if matches!(self.text_of(i), "°" | "º") {
            let scale = match self.text_of(i + 1) {
                "C" if self.is_glued(i + 1) || self.tok(i + 2).is_none_or(|t| t.spaced) => {
                    "degree-celsius"
                }
                "F" if self.is_glued(i + 1) || self.tok(i + 2).is_none_or(|t| t.spaced) => {
                    "degree-fahrenheit"
                }
                _ => match self.lower_of(i + 1) {
                    "celsius" => "degree-celsius",
                    "fahrenheit" => "degree-fahrenheit",
                    _ => return Some((Unit::Physical("degree"), i + 1)),
                },
            };
            return Some((Unit::Physical(scale), i + 2));
        }
        // "30 m wide", "1.2 m (4 ft) deep": a spaced "m" before a dimension is metres ("m"
        // alone may be millions).
        if self.text_of(i) == "m" && self.before_dimension(i + 1) {
            return Some((Unit::Physical("metre"), i + 1));
        }
        if matches!(self.text_of(i), "℃" | "℉" | "ºC" | "ºF") {
            let scale = if matches!(self.text_of(i), "℃" | "ºC") {
                "degree-celsius"
            } else {
                "degree-fahrenheit"
            };
            return Some((Unit::Physical(scale), i + 1));
        }
        // "13.4 billion light-years away".
        if self.lower_of(i) == "light"
            && self.is_symbol(i + 1, &["-"])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && matches!(self.lower_of(i + 2), "year" | "years")
        {
            return Some((Unit::Physical("light-year"), i + 3));
        }
        // "metric tons" are tonnes; "cubic feet" keep their own name.
        if self.lower_of(i) == "metric"
            && matches!(self.lower_of(i + 1), "ton" | "tons" | "tonne" | "tonnes")
        {
            return Some((Unit::Physical("tonne"), i + 2));
        }
        if self.lower_of(i) == "cubic" {
            let name = physical_unit_word(self.lower_of(i + 1))?;
            return Some((Unit::Physical(cubic_unit(name)?), i + 2));
        }
        let square = matches!(self.lower_of(i), "square" | "sq");
        let mut at = if square { i + 1 } else { i };
        // "a 4,000-square-foot home", "2,500 sq-ft".
        if square && self.is_symbol(at, &["-"]) && self.is_glued(at) && self.is_glued(at + 1) {
            at += 1;
        }
        // "300 PS" is metric horsepower only in capitals.
        if self.lower_of(at) == "ps" && self.text_of(at) != "PS" {
            return None;
        }
        let name = physical_unit_word(self.lower_of(at))?;
        let mut end = at + 1;
        let name = if square {
            square_unit(name)?
        } else if name == "degree" {
            match self.lower_of(end) {
                "celsius" | "c" => {
                    end += 1;
                    "degree-celsius"
                }
                "fahrenheit" | "f" => {
                    end += 1;
                    "degree-fahrenheit"
                }
                _ => name,
            }
        } else if name == "mile"
            && self.lower_of(end) == "per"
            && matches!(self.lower_of(end + 1), "gallon" | "gal")
        {
            end += 2;
            "mile-per-gallon" // "20 miles per gallon"
        } else if (self.lower_of(end) == "per" && self.lower_of(end + 1) == "hour")
            || (self.is_symbol(end, &["/"]) && matches!(self.lower_of(end + 1), "h" | "hr"))
        {
            end += 2;
            per_hour_unit(name)?
        } else if let Some(speed) = (self.lower_of(end) == "an" && self.lower_of(end + 1) == "hour")
            .then(|| per_hour_unit(name))
            .flatten()
        {
            end += 2;
            speed // "200 miles an hour" ("$15 an hour", "5 tonnes an hour" stay what they are)
        } else {
            name
        };
        Some((Unit::Physical(name), end))
    }

    /// The noun a number word is joined to by the hyphen at `hyphen`: "three-judge" gives
    /// "judge"; a suspended hyphen ("four-, five- and six-cylinder") borrows the noun of the
    /// last compound of its list. `None` for adjectives ("three-tiered") and for hyphens that
    /// join nothing.
    pub(super) fn compound_noun(&self, hyphen: usize) -> Option<String> {
        let joined = |at: usize| {
            self.is_glued(at + 1)
                && self
                    .tok(at + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && lookup(NUMBER_WORDS, self.lower_of(at + 1)).is_none()
                // "three-tiered", "two-pronged", "three-fold", "twenty-odd" are adjectives.
                && !(self.lower_of(at + 1).ends_with("ed")
                    || matches!(self.lower_of(at + 1), "fold" | "odd" | "ish"))
                // "a five-star hotel", "from three-point range" name a kind.
                && !listed(COMPOUND_KIND_NOUNS, self.lower_of(at + 1))
                && !(self.lower_of(at + 1) == "point"
                    && listed(POINT_SHOT_NOUNS, self.lower_of(at + 2)))
        };
        if joined(hyphen) {
            return Some(self.text_of(hyphen + 1).to_owned());
        }
        // Suspended: "four-," or "five- and": the list goes on with number words and
        // hyphens until a compound closes it.
        let mut j = hyphen + 1;
        while j < hyphen + 10 {
            let word = self.lower_of(j);
            if self.is_symbol(j, &["-"]) && self.is_glued(j) {
                if joined(j) {
                    return Some(self.text_of(j + 1).to_owned());
                }
            } else if !(matches!(word, "," | "and" | "or" | "to")
                || lookup(NUMBER_WORDS, word).is_some())
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The noun phrase after a count: content words up to the first function word or symbol,
    /// ending at the first plural noun, which heads the phrase in "10,000 NVIDIA A100 GPUs"
    /// and keeps the verb out of "30 firms left".
    /// Whether the word at `i` adds to the number before it: "5 more years", "40 more
    /// workers", "two additional officers".
    pub(super) fn adds_to(&self, i: usize) -> bool {
        matches!(
            self.lower_of(i),
            "more" | "additional" | "extra" | "further"
        )
    }

    /// What a count counts from token `i`, past a word that adds to it ("40 more workers"
    /// counts workers) when `two_or_more` says the count is ("one more time" is an idiom).
    /// (`two_or_more` is asked only then: reading a value back from its digits costs.)
    pub(super) fn counted_after(
        &self,
        i: usize,
        two_or_more: impl FnOnce() -> bool,
    ) -> Option<String> {
        if self.adds_to(i) && two_or_more() {
            return self.counted_noun(i + 1);
        }
        self.counted_noun(i)
    }

    pub(super) fn counted_noun(&self, i: usize) -> Option<String> {
        const MAX_WORDS: usize = 5;
        let mut end = i;
        while end < self.toks.len() && end - i < MAX_WORDS {
            let tok = self.toks[end];
            let word = self.lower_of(end);
            // "the 10-year note climbed to 4.3%": a verb of change in the past ends the noun.
            let past_change = end > i
                && (word.ends_with("ed") || matches!(word, "rose" | "fell" | "grew" | "sank"))
                && self.change_word(end).is_some();
            let is_content = matches!(tok.kind, TokenKind::Word | TokenKind::Mixed)
                && !listed(COUNTED_STOP_WORDS, word)
                && (end == i || tok.spaced)
                && !past_change;
            if !is_content {
                break;
            }
            end += 1;
            if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
                break;
            }
            // "Hundreds of people lined the streets": a plural without an s heads it too.
            if listed(PLURALS_WITHOUT_S, word) {
                break;
            }
        }
        (end > i).then(|| self.span(i, end).of(self.text).to_owned())
    }
}

/// The unit `word` names, of [`PHYSICAL_UNIT_WORDS`]. Asked of the word after every number
/// and every article, which is rarely a unit: one set answers that before the list is scanned.
fn physical_unit_word(word: &str) -> Option<&'static str> {
    static NAMES: OnceLock<WordSet> = OnceLock::new();
    NAMES
        .get_or_init(|| WordSet::new(PHYSICAL_UNIT_WORDS.iter().map(|(name, _)| *name)))
        .contains(word)
        .then(|| lookup(PHYSICAL_UNIT_WORDS, word))
        .flatten()
}

/// The unit a suffix glued to digits names: "bhp", "kW", "g", "pc", "USD".
pub(super) fn glued_unit(suffix: &str) -> Option<Unit> {
    let is_code = suffix.len() == 3 && suffix.chars().all(|c| c.is_ascii_uppercase());
    if let Some(code) = is_code
        .then(|| lookup(CURRENCY_WORDS, &suffix.to_lowercase()))
        .flatten()
    {
        return Some(Unit::Money(code));
    }
    if let Some(unit) = lookup(GLUED_UNITS, suffix) {
        return Some(match unit {
            GluedUnit::Physical(name) => Unit::Physical(name),
            GluedUnit::Duration(name) => Unit::Duration(name),
            GluedUnit::Percent => Unit::Percent,
            GluedUnit::Money(code) => Unit::Money(code),
        });
    }
    lookup(PHYSICAL_UNIT_WORDS, &suffix.to_lowercase()).map(Unit::Physical)
}

pub(super) fn square_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "foot" => "square-foot",
        "metre" => "square-metre",
        "kilometre" => "square-kilometre",
        "mile" => "square-mile",
        "inch" => "square-inch",
        "yard" => "square-yard",
        _ => return None,
    })
}

pub(super) fn cubic_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "foot" => "cubic-foot",
        "metre" => "cubic-metre",
        "inch" => "cubic-inch",
        "yard" => "cubic-yard",
        _ => return None,
    })
}

impl Grammar<'_> {
    /// A unit per another after the unit `numerator`, at the slash at `slash`: "A/cm2",
    /// "mg/L", "kg/m3", "m/s". Returns the composed name and the token after the second
    /// unit; the slash and the second unit are glued, so "miles / day" is not read.
    pub(super) fn unit_per(&self, numerator: &str, slash: usize) -> Option<(&'static str, usize)> {
        if !(self.is_symbol(slash, &["/"]) && self.is_glued(slash) && self.is_glued(slash + 1)) {
            return None;
        }
        // The second unit is one token: "5/10ths" or "km/h2" is not a unit per unit.
        if self
            .tok(slash + 2)
            .is_some_and(|t| !t.spaced && t.kind != TokenKind::Symbol)
        {
            return None;
        }
        let text = self.text_of(slash + 1);
        let denominator = match glued_unit(text) {
            Some(Unit::Physical(name) | Unit::Duration(name)) => name,
            _ => lookup(PER_TIME_SYMBOLS, text)
                .or_else(|| lookup(PHYSICAL_UNIT_WORDS, self.lower_of(slash + 1)))?,
        };
        Some((unit_per_unit_name(numerator, denominator), slash + 2))
    }
}

pub(super) fn per_hour_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "mile" => "mile-per-hour",
        "kilometre" => "kilometre-per-hour",
        "metre" => "metre-per-hour",
        _ => return None,
    })
}

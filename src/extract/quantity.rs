//! Quantities in news sentences: a small grammar over tokens.
//!
//! ```text
//! quantity := hedge? currency? number scale* unit? (connector currency? number scale* unit?)?
//! date     := iso-date | month day? year? | day month year? | part-of-year year
//! ```
//!
//! Values are built from the decimal digits and a power of ten, never by multiplying floats,
//! so "$5.6M" is exactly 5600000. Hedges are kept apart from values (claims/1: "over 90%" is
//! 90..90 `more-than`). What is deliberately *not* a quantity: model and product names
//! ("GPT-4", "Llama 3.1", "A100"), clock times, list markers ("2.Promote"), and number words
//! with nothing that makes them a measurement ("one important way").

use std::ops::Not;
use std::sync::OnceLock;

use super::lexicon::{
    ABOUT_AS_TOPIC_AFTER, CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP, CHANGE_WORDS_DOWN, CHANGE_WORDS_UP,
    COMPOUND_KIND_NOUNS, COUNTED_STOP_WORDS, CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS,
    DURATION_UNITS, FRACTIONS, GLUED_UNITS, GluedUnit, HEDGES, LABEL_NOUNS, MONTH_PLACERS, MONTHS,
    MULTIPLYING_VERBS, NUMBER_WORDS, ONE_IDIOM_AFTER, ONE_PRONOUN_BEFORE, ORDINAL_WORDS,
    PARTICLE_VERBS, PHYSICAL_UNIT_WORDS, PLURAL_SCALES, SCALE_SUFFIXES, SCALE_WORDS, YEAR_PARTS,
    YEAR_PREPOSITIONS, lookup,
};
use super::value::{Approx, Change, Unit, Value};
use crate::text::hash::FxHashSet;
use crate::text::{Lowercase, Span, Token, TokenKind, Tokenised};

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte span of the quantity in the text that was searched (hedge words excluded).
    pub span: Span,
    pub value: Value,
    pub unit: Unit,
    /// What is counted, as the text names it ("NVIDIA A100 GPUs"), for counts.
    pub counted: Option<String>,
    pub approx: Approx,
    pub change: Option<Change>,
}

/// Finds the quantities inside `within` (usually one sentence) of `text`. Spans are byte
/// offsets into `text`. `document_year` completes dates that omit the year ("January 17").
///
/// ```
/// use claimscope::extract::{quantities, Approx, Unit, Value};
/// use claimscope::text::Span;
/// let text = "The firm has fewer than 100 employees and spent $5.6M.";
/// let found = quantities(text, Span::new(0, text.len()), None);
/// assert_eq!(found[0].span.of(text), "100");
/// assert_eq!((found[0].approx, found[0].unit), (Approx::LessThan, Unit::Count));
/// assert_eq!(found[0].counted.as_deref(), Some("employees"));
/// assert_eq!(found[1].value, Value::Number { low: 5_600_000.0, high: 5_600_000.0 });
/// assert_eq!(found[1].unit, Unit::Money("usd"));
/// ```
pub fn quantities(text: &str, within: Span, document_year: Option<i32>) -> Vec<Quantity> {
    quantities_in(text, within, &Tokenised::of(within.of(text)), document_year)
}

/// [`quantities`] of a sentence already tokenised (`tokenised`, the tokens of `within`).
pub fn quantities_in(
    text: &str,
    within: Span,
    tokenised: &Tokenised,
    document_year: Option<i32>,
) -> Vec<Quantity> {
    let slice = within.of(text);
    let grammar = Grammar::new(slice, tokenised, document_year);
    let addresses = web_addresses(slice);
    let mut found: Vec<Quantity> = Vec::new();
    // The token after the last quantity found, to see conversions in parentheses.
    let mut last_end = None;
    let mut i = 0;
    while i < grammar.toks.len() {
        let in_address = addresses
            .iter()
            .any(|a| a.start <= grammar.toks[i].span.start && grammar.toks[i].span.start < a.end);
        if in_address || !grammar.may_start(i) {
            i += 1;
            continue;
        }
        match grammar.date_at(i).or_else(|| grammar.quantity_at(i)) {
            Some((mut quantity, next)) => {
                // "more than 7.5 million crowns (US$1.1 million)", "dropped by 1 degree
                // Celsius (1.8 Fahrenheit)": a conversion says what the value it converts says.
                let in_parentheses = i > 0 && grammar.is_symbol(i - 1, &["("]);
                if let Some(previous) = found.last()
                    && in_parentheses
                    && last_end == Some(i - 1)
                    && is_conversion(previous.unit, quantity.unit)
                {
                    if quantity.approx == Approx::Exact {
                        quantity.approx = previous.approx;
                    }
                    quantity.change = quantity.change.or(previous.change);
                }
                // "cost $10s of millions … not the billions that reports suggested": a bare
                // plural scale after an amount of money counts that money.
                if quantity.unit == Unit::Count
                    && quantity.counted.is_none()
                    && lookup(PLURAL_SCALES, grammar.lower_of(next - 1)).is_some()
                    && let Some(code) = found.iter().rev().find_map(|q| match q.unit {
                        Unit::Money(code) => Some(code),
                        _ => None,
                    })
                {
                    quantity.unit = Unit::Money(code);
                }
                last_end = Some(next);
                quantity.span = Span::new(
                    quantity.span.start + within.start,
                    quantity.span.end + within.start,
                );
                found.push(quantity);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// A number as written: decimal digits and a power of ten ("5.6" and 6 for "5.6 million").
#[derive(Debug, Clone)]
struct Numeral {
    digits: String,
    exponent: i32,
    /// Spelled in words ("two"), or the article "a" standing for one.
    kind: NumeralKind,
    /// A unit glued to the digits: "640bhp", "45g", "1.38pc".
    glued_unit: Option<Unit>,
    /// A currency glued before the digits: "USD1,700", "RM23.50", "$US55,931,000".
    glued_currency: Option<&'static str>,
    /// Spelled with a scale word inside it: "two million", "three hundred and six".
    scaled: bool,
    /// Index of the token after the numeral.
    end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumeralKind {
    Digits,
    /// Four plain digits 1800–2100 with no separator or scale: probably a calendar year.
    YearLike,
    Ordinal,
    Words,
    Article,
}

impl Numeral {
    fn value(&self) -> f64 {
        format!("{}e{}", self.digits, self.exponent)
            .parse()
            .unwrap_or(f64::NAN)
    }
}

/// A number spelled in words, as read by `Grammar::spelled_number`.
struct Spelled {
    value: f64,
    /// "hundred" or a scale word was part of it.
    scaled: bool,
    /// Index of the token after the number.
    end: usize,
}

/// One side of a quantity: `currency? number scale* unit?`.
#[derive(Debug, Clone)]
struct Side {
    currency: Option<&'static str>,
    /// The number with its scale ("5.6" and 6 for "5.6 million").
    numeral: Numeral,
    /// A scale word or suffix was applied ("million", "bn").
    scaled: bool,
    unit: Option<Unit>,
    /// Power of ten the unit word adds: "three decades" is 30 years.
    unit_exponent: i32,
    /// Index of the token after this side.
    end: usize,
}

impl Side {
    fn value(&self) -> f64 {
        let mut numeral = self.numeral.clone();
        numeral.exponent += self.unit_exponent;
        numeral.value()
    }
}

struct Grammar<'t> {
    text: &'t str,
    toks: &'t [Token],
    /// Lowercased token texts, for lexicon lookups.
    lower: &'t Lowercase,
    document_year: Option<i32>,
}

impl<'t> Grammar<'t> {
    /// The grammar over `text`, a sentence, and its `tokenised` form.
    fn new(text: &'t str, tokenised: &'t Tokenised, document_year: Option<i32>) -> Self {
        Grammar {
            text,
            toks: &tokenised.tokens,
            lower: &tokenised.lower,
            document_year,
        }
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn text_of(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn lower_of(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    fn is_symbol(&self, i: usize, symbols: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Symbol)
            && symbols.contains(&self.text_of(i))
    }

    fn is_glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.spaced)
    }

    /// Whether token `i` follows a length as words of dimension do: a glued hyphen
    /// ("37m-long"), a conversion in parentheses ("37m (121ft)"), or an adjective of size.
    fn before_dimension(&self, i: usize) -> bool {
        (self.is_symbol(i, &["-"]) && self.is_glued(i))
            || (self.is_symbol(i, &["("])
                && self
                    .tok(i + 1)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed)))
            || matches!(
                self.lower_of(i),
                "long" | "tall" | "high" | "deep" | "wide" | "away" | "thick" | "across"
            )
    }

    /// Whether a quantity or date can begin at token `i`: a cheap test that lets the grammar
    /// skip the ordinary words that make up most of a text.
    fn may_start(&self, i: usize) -> bool {
        let tok = self.toks[i];
        match tok.kind {
            TokenKind::Number | TokenKind::Mixed => true,
            TokenKind::Symbol => {
                matches!(
                    self.text_of(i),
                    "-" | "−" | "." | "~" | "≈" | "+" | "'" | "’"
                ) || lookup(CURRENCY_SYMBOLS, self.text_of(i)).is_some()
            }
            TokenKind::Word => {
                let word = self.lower_of(i);
                let before_number = self.tok(i + 1).is_some_and(|t| {
                    matches!(t.kind, TokenKind::Number | TokenKind::Mixed)
                        || (t.kind == TokenKind::Symbol
                            && matches!(self.text_of(i + 1), "$" | "." | "="))
                });
                before_number || starts_word_quantity(word)
            }
        }
    }

    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[end - 1].span.end)
    }

    // ---- numbers and quantities ----

    fn quantity_at(&self, start: usize) -> Option<(Quantity, usize)> {
        if let Some(found) = self
            .vague_at(start)
            .or_else(|| self.fraction_at(start))
            .or_else(|| self.ratio_at(start))
            .or_else(|| self.short_year_at(start))
            .or_else(|| self.ordinal_word_at(start))
            .or_else(|| self.multiplier_at(start))
        {
            return Some(found);
        }
        // "Dow +0.2%": a plus sign before a percentage or an amount states a rise.
        if self.is_symbol(start, &["+"])
            && self.tok(start).is_some_and(|t| t.spaced)
            && self.is_glued(start + 1)
        {
            let (mut quantity, end) = self.quantity_at(start + 1)?;
            let signed_measure = matches!(
                quantity.unit,
                Unit::Percent | Unit::PercentagePoint | Unit::Money(_)
            );
            if !signed_measure {
                return None;
            }
            quantity.span = Span::new(self.toks[start].span.start, quantity.span.end);
            quantity.change = quantity.change.or(Some(Change::Up));
            return Some((quantity, end));
        }
        let first = self.side(start, None)?;
        if self.is_product_version(start, &first) || self.is_hyphen_label(start, &first) {
            return None;
        }
        let mut approx = self.approx_before(start);
        if self.is_symbol(start.wrapping_sub(1), &["-"])
            && self.is_glued(start)
            && self.lower_of(start.wrapping_sub(2)) == "sub"
        {
            approx = Approx::LessThan; // "sub-$8,000"
        }
        let between = self.lower_of(start.wrapping_sub(1)) == "between";
        if between {
            approx = self.approx_before(start - 1);
        }
        let change = self.change_before(start);

        // "rose from $350 to $680" states two levels of a change, not a range.
        let from_level = self.lower_of(start.wrapping_sub(1)) == "from"
            && self.change_before(start - 1).is_some();
        let (mut low_side, mut high_side) = (first.clone(), None);
        if !from_level {
            let connector = self.range_connector(first.end, between, &first);
            if let Some(next) = connector {
                if self.is_score(first.end, &first) {
                    return None; // "2-0", "89-89": results, not quantities
                }
                // "increased by $43.6 billion to $419.2 billion": after a change, "to" a much
                // larger value that the first states in full is the level reached.
                let level_after_change = |low: &Side, high: &Side| {
                    change.is_some()
                        && self.lower_of(first.end) == "to"
                        && (first.currency.is_some() || first.unit.is_some())
                        && high.value() > 2.0 * low.value()
                };
                if let Some((low, high)) = self
                    .side(next, Some(&first))
                    .and_then(|second| merge_range(&first, &second))
                    .filter(|(low, high)| !level_after_change(low, high))
                {
                    low_side = low;
                    high_side = Some(high);
                }
            }
        }
        let end = high_side.as_ref().map_or(low_side.end, |s| s.end);
        let high_ref = high_side.as_ref().unwrap_or(&low_side);
        let unit_given = low_side.unit.or(high_ref.unit);
        let currency = low_side.currency.or(high_ref.currency);
        let kind = low_side.numeral.kind;
        let scaled = low_side.scaled || high_ref.scaled;

        let unit = match (currency, unit_given, kind) {
            (Some(code), _, _) => Unit::Money(code),
            (None, Some(unit), _) => unit,
            (None, None, NumeralKind::Ordinal) => Unit::Ordinal,
            (None, None, NumeralKind::YearLike) if !scaled => Unit::CalendarYear,
            (None, None, NumeralKind::Words | NumeralKind::Article) if scaled => Unit::Count,
            // A number word counts something only when a noun follows it: "two mosques", but
            // not "one important way", "zero-sum" or "two of the".
            // A compound counts the noun it is joined to: "a three-judge panel", and with the
            // hyphen suspended, "four-, five- and six-cylinder engines".
            (None, None, NumeralKind::Words) => {
                let compound = self.is_symbol(end, &["-"]) && self.is_glued(end);
                let counts = if compound {
                    self.compound_noun(end).is_some()
                } else {
                    self.counted_noun(end).is_some()
                };
                let below_two = low_side.value() < 2.0 && high_side.is_none();
                let counts_one = below_two
                    && !compound
                    && self.lower_of(start) == "one"
                    && (counts || self.one_of_a_number(end).is_some())
                    && self.one_counts(start, end);
                if (below_two && !counts_one) || !(counts || counts_one) {
                    return None;
                }
                Unit::Count
            }
            (None, None, NumeralKind::Article) => return None,
            // "49 Zorro Ranch Road", "9 E 71st St": a house number, not a count.
            (None, None, NumeralKind::Digits) if !scaled && self.street_follows(end) => {
                return None;
            }
            (None, None, _) => Unit::Count,
        };
        // "$500M+", "a 2GW+ data centre": a plus sign glued after the value opens it upward.
        let mut end = end;
        if self.is_symbol(end, &["+"])
            && self.is_glued(end)
            && !self.tok(end + 1).is_some_and(|t| {
                !t.spaced && matches!(t.kind, TokenKind::Number | TokenKind::Mixed)
            })
        {
            if approx == Approx::Exact {
                approx = Approx::AtLeast;
            }
            end += 1;
        }
        // "investing $500 billion over four years": after an amount, "over" a duration is the
        // period it is spread over, not a hedge ("for over four years").
        if approx == Approx::MoreThan
            && matches!(unit, Unit::Duration(_))
            && matches!(self.lower_of(start.wrapping_sub(1)), "over" | "across")
            && self.hedge_phrase_before(start).is_some_and(|(_, n)| n == 1)
            && self.follows_an_amount(start - 1)
        {
            approx = Approx::Exact;
        }
        // "One day he left", "until one day": when the story happens, not how long.
        let clause_opens = start == 0
            || self
                .tok(start - 1)
                .is_some_and(|t| t.kind == TokenKind::Symbol)
            || matches!(
                self.lower_of(start - 1),
                "and" | "but" | "then" | "until" | "when"
            );
        if self.lower_of(start) == "one"
            && high_side.is_none()
            && approx == Approx::Exact
            && unit == Unit::Duration("day")
            && clause_opens
        {
            return None;
        }
        // "a year" is narrative; "about a year" and "a million" are claims, and so is a
        // duration that measures something ("a week's span", "a year's salary") or that
        // something lasts ("for a year").
        let possessive =
            self.lower_of(end - 1).ends_with("'s") || self.lower_of(end - 1).ends_with("’s");
        let measured_duration = possessive;
        if kind == NumeralKind::Article
            && !scaled
            && !(matches!(unit, Unit::Duration(_))
                && (approx != Approx::Exact || measured_duration))
        {
            return None;
        }
        // What a count counts, and what a hyphenated measure modifies: "a two-to-three-year
        // US lead" measures the US lead.
        let modifier = end >= 2
            && self.is_symbol(end - 2, &["-"])
            && self.is_glued(end - 1)
            && self.toks[end - 1].kind == TokenKind::Word
            && matches!(unit, Unit::Duration(_) | Unit::Physical(_));
        let counted = if unit == Unit::Count && kind == NumeralKind::Words && self.is_glued(end) {
            self.compound_noun(end)
        } else if unit == Unit::Count && self.lower_of(end) == "of" {
            self.one_of_a_number(end) // "one of the two gunmen": one gunman
        } else {
            (unit == Unit::Count || modifier)
                .then(|| self.counted_noun(end))
                .flatten()
        };
        let change = match unit {
            Unit::CalendarYear | Unit::Date | Unit::Ordinal => None,
            _ if from_level => None,
            _ => change.or_else(|| self.change_after(end)),
        };
        let quantity = Quantity {
            span: self.span(start, end),
            value: Value::Number {
                low: low_side.value(),
                high: high_ref.value(),
            },
            unit,
            counted,
            approx,
            change,
        };
        Some((quantity, end))
    }

    /// `currency? sign? number scale* unit?` starting at token `i`. `first` is the range's
    /// first side when this is its second.
    fn side(&self, i: usize, first: Option<&Side>) -> Option<Side> {
        let inherited_currency = first.and_then(|side| side.currency);
        let (currency, after_currency) = match self.currency_prefix(i) {
            Some((code, next)) => (Some(code), next),
            None => (None, i),
        };
        let (negative, number_at) = self.sign(after_currency);
        let mut numeral = self.numeral(number_at, currency.or(inherited_currency).is_some())?;
        let currency = numeral.glued_currency.or(currency);
        if currency.is_none() && !negative && first.is_none() && !self.stands_alone(number_at) {
            return None;
        }
        if negative {
            if numeral.kind != NumeralKind::Digits && numeral.kind != NumeralKind::YearLike {
                return None;
            }
            numeral.digits.insert(0, '-');
            numeral.kind = NumeralKind::Digits;
        }
        let mut j = numeral.end;
        if numeral.kind == NumeralKind::Digits
            && let Some((exponent, next)) = self.scientific(j)
        {
            numeral.exponent += exponent;
            j = next;
        }
        let mut scaled = numeral.exponent != 0 || numeral.scaled;
        while let Some(exponent) = lookup(SCALE_WORDS, self.lower_of(j)) {
            numeral.exponent += exponent;
            scaled = true;
            j += 1;
        }
        if scaled && numeral.kind == NumeralKind::YearLike {
            numeral.kind = NumeralKind::Digits;
        }
        let mut side = Side {
            currency,
            numeral,
            scaled,
            unit: None,
            unit_exponent: 0,
            end: j,
        };
        let unit = match side.numeral.glued_unit {
            // "80km/h": a glued length per hour is a speed.
            Some(Unit::Physical(name))
                if self.is_symbol(j, &["/"])
                    && self.is_glued(j)
                    && matches!(self.lower_of(j + 1), "h" | "hr")
                    && per_hour_unit(name).is_some() =>
            {
                Some((Unit::Physical(per_hour_unit(name)?), 0, j + 2))
            }
            Some(unit) => Some((unit, 0, j)),
            // "the 96th-minute winner", "his 3rd year": an ordinal ranks, it does not measure.
            None if side.numeral.kind == NumeralKind::Ordinal => None,
            None => self.unit_after(j),
        };
        if let Some((unit, exponent, next)) = unit {
            match unit {
                Unit::Money(code) if side.currency.is_none() => side.currency = Some(code),
                Unit::Money(_) => {}
                _ => side.unit = Some(unit),
            }
            side.unit_exponent = exponent;
            side.end = next;
        }
        if side.numeral.kind == NumeralKind::YearLike && side.unit.is_some() {
            side.numeral.kind = NumeralKind::Digits; // "2000 miles" is a distance
        }
        // "a year and a half", "two hours and a half"
        let and_a_half = self.lower_of(side.end) == "and"
            && matches!(self.lower_of(side.end + 1), "a" | "one")
            && self.lower_of(side.end + 2) == "half";
        if and_a_half
            && matches!(side.unit, Some(Unit::Duration(_)))
            && let Ok(value) = side.numeral.digits.parse::<f64>()
        {
            side.numeral.digits = format!("{}", value + 0.5);
            side.end += 3;
            // "a year and a half" is a stated amount, not the narrative "a year".
            if side.numeral.kind == NumeralKind::Article {
                side.numeral.kind = NumeralKind::Words;
            }
        }
        Some(side)
    }

    /// Scientific notation after a number: "×10−30", "x 10^23", "×10^-9". Returns the power
    /// of ten and the token after it; the power must be written with "^" or a sign.
    fn scientific(&self, i: usize) -> Option<(i32, usize)> {
        let times = self.is_symbol(i, &["×", "*"]) || matches!(self.text_of(i), "x" | "X");
        if !times || self.text_of(i + 1) != "10" {
            return None;
        }
        let mut j = i + 2;
        let caret = self.is_symbol(j, &["^"]) && self.is_glued(j);
        if caret {
            j += 1;
        }
        let negative = self.is_symbol(j, &["-", "−"]) && self.is_glued(j);
        if negative {
            j += 1;
        }
        if !(caret || negative) || !self.is_glued(j) {
            return None;
        }
        let power: i32 = self
            .tok(j)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| self.text_of(j).parse().ok())?;
        Some((if negative { -power } else { power }, j + 1))
    }

    /// A minus sign before a number: "-2", "minus 387", "minus-5", "$-50.8bn". Returns
    /// whether there is one and where the number starts.
    fn sign(&self, i: usize) -> (bool, usize) {
        if self.lower_of(i) == "minus" {
            let hyphen = self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1);
            return (true, i + 1 + usize::from(hyphen));
        }
        // "COVID -19" is a name with a stray space, not minus nineteen.
        let after_acronym = i > 0
            && self.text_of(i - 1).len() >= 2
            && self.text_of(i - 1).chars().all(|c| c.is_ascii_uppercase());
        let spaced_before = i == 0
            || (self.tok(i).is_some_and(|t| t.spaced) && !after_acronym)
            || lookup(CURRENCY_SYMBOLS, self.text_of(i - 1)).is_some();
        let signed = self.is_symbol(i, &["-", "−"])
            && spaced_before
            && self.tok(i + 1).is_some_and(|t| {
                matches!(t.kind, TokenKind::Number | TokenKind::Mixed) && !t.spaced
            });
        if signed { (true, i + 1) } else { (false, i) }
    }

    /// A currency symbol or code before a number: "$", "US$", "NT$", "€", "USD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let tok = self.tok(i)?;
        if tok.kind == TokenKind::Symbol {
            return lookup(CURRENCY_SYMBOLS, self.text_of(i)).map(|code| (code, i + 1));
        }
        // "US$5", and "HK $5.4m" with the space some style guides put there.
        let spaced_ok = self.text_of(i).len() >= 2;
        if tok.kind == TokenKind::Word
            && self.is_symbol(i + 1, &["$"])
            && (self.is_glued(i + 1) || spaced_ok)
        {
            let symbol = format!("{}$", self.text_of(i));
            return lookup(CURRENCY_SYMBOLS, &symbol).map(|code| (code, i + 2));
        }
        // "Y=28,030": the yen sign as ASCII transliteration writes it.
        if self.text_of(i) == "Y"
            && self.is_symbol(i + 1, &["="])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && self
                .tok(i + 2)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        {
            return Some(("jpy", i + 2));
        }
        // A currency code before the amount: "USD 5", "CAD 3.03", "Rs. 20".
        let word = self.text_of(i);
        let is_code =
            (word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase())) || word == "Rs";
        let dot = usize::from(self.is_symbol(i + 1, &["."]) && self.is_glued(i + 1));
        if is_code
            && self
                .tok(i + 1 + dot)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        {
            return lookup(CURRENCY_WORDS, self.lower_of(i)).map(|code| (code, i + 1 + dot));
        }
        None
    }

    /// A number at token `i`: digits ("10,000", "3.9", ".001"), digits with a suffix ("10bn",
    /// "3rd", "640bhp"), or number words ("forty-eight", "a dozen", "a").
    fn numeral(&self, i: usize, after_currency: bool) -> Option<Numeral> {
        let tok = self.tok(i)?;
        let text = self.text_of(i);
        let numeral = |digits: String, exponent: i32, kind: NumeralKind, end: usize| Numeral {
            digits,
            exponent,
            kind,
            glued_unit: None,
            glued_currency: None,
            scaled: false,
            end,
        };
        match tok.kind {
            TokenKind::Number => {
                let digits = plain_digits(text);
                let plain_four = text.len() == 4 && digits.len() == 4;
                let number = digits.parse::<u32>().unwrap_or(0);
                let year_context = YEAR_PREPOSITIONS.contains(&self.lower_of(i.wrapping_sub(1)));
                let year_like = plain_four
                    && ((1900..=2100).contains(&number)
                        || (year_context && (1000..=2999).contains(&number)));
                let kind = if year_like && !after_currency {
                    NumeralKind::YearLike
                } else {
                    NumeralKind::Digits
                };
                Some(numeral(digits, 0, kind, i + 1))
            }
            TokenKind::Mixed => {
                // Letters before the digits are a currency ("USD1,700", "$US55") or a name
                // ("A100", "H20").
                let letters = text
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(text.len());
                let (prefix, rest) = text.split_at(letters);
                let glued_currency = if prefix.is_empty() {
                    None
                } else {
                    let after_dollar = self.is_symbol(i.wrapping_sub(1), &["$"]) && !tok.spaced;
                    let code = if after_dollar {
                        lookup(CURRENCY_SYMBOLS, &format!("${prefix}"))
                    } else if prefix == "PS" {
                        // "PS2.7m": the pound sign as ASCII transliteration writes it; an
                        // amount (separators, decimals or a scale), never a console ("PS5").
                        let amount = rest.contains([',', '.'])
                            || rest
                                .find(|c: char| c.is_alphabetic())
                                .is_some_and(|at| lookup(SCALE_SUFFIXES, &rest[at..]).is_some());
                        amount.then_some("gbp")
                    } else if prefix.chars().all(char::is_uppercase) {
                        lookup(CURRENCY_WORDS, &prefix.to_lowercase())
                    } else {
                        None
                    };
                    Some(code?)
                };
                let after_currency = after_currency || glued_currency.is_some();
                let split = rest.find(|c: char| c.is_alphabetic()).unwrap_or(rest.len());
                let (number, suffix) = rest.split_at(split);
                if !number.starts_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                let digits = plain_digits(number);
                let with_currency = |n: Numeral| Numeral {
                    glued_currency,
                    ..n
                };
                if suffix.is_empty() {
                    return Some(with_currency(numeral(
                        digits,
                        0,
                        NumeralKind::Digits,
                        i + 1,
                    )));
                }
                if let Some(exponent) = lookup(SCALE_SUFFIXES, suffix) {
                    let needs_currency = suffix.len() == 1 && !matches!(suffix, "k" | "K");
                    // Alone, "4.3M" with a decimal and a capital is a scale ("4.3M sales"),
                    // while "37m" before a dimension ("37m-long", "37m (121ft)", "5m high")
                    // is metres.
                    let scale_alone = matches!(suffix, "M" | "B") && digits.contains('.');
                    if !needs_currency || after_currency || scale_alone {
                        return Some(with_currency(numeral(
                            digits,
                            exponent,
                            NumeralKind::Digits,
                            i + 1,
                        )));
                    }
                    if suffix == "m" && self.before_dimension(i + 1) {
                        return Some(Numeral {
                            glued_unit: Some(Unit::Physical("metre")),
                            ..numeral(digits, 0, NumeralKind::Digits, i + 1)
                        });
                    }
                    return None;
                }
                if glued_currency.is_none() && is_ordinal_suffix(&digits, suffix) {
                    return Some(numeral(digits, 0, NumeralKind::Ordinal, i + 1));
                }
                let unit = glued_unit(suffix)?;
                Some(Numeral {
                    glued_unit: Some(unit),
                    ..with_currency(numeral(digits, 0, NumeralKind::Digits, i + 1))
                })
            }
            TokenKind::Word => {
                let word = self.lower_of(i);
                if matches!(word, "a" | "an") {
                    if self.lower_of(i + 1) == "dozen" {
                        return Some(numeral("12".into(), 0, NumeralKind::Words, i + 2));
                    }
                    return Some(numeral("1".into(), 0, NumeralKind::Article, i + 1));
                }
                if word == "dozen" {
                    return None; // only "a dozen" is twelve; "dozens" is vague
                }
                lookup(NUMBER_WORDS, word)?;
                let spelled = self.spelled_number(i)?;
                let mut end = spelled.end;
                let mut value = spelled.value;
                // "two dozen"
                if matches!(self.lower_of(end), "dozen" | "dozens") {
                    value *= 12.0;
                    end += 1;
                }
                Some(Numeral {
                    scaled: spelled.scaled,
                    ..numeral(format!("{value}"), 0, NumeralKind::Words, end)
                })
            }
            // ".001": a decimal without its leading zero.
            TokenKind::Symbol if text == "." && tok.spaced => {
                let next = self.tok(i + 1)?;
                let digits = self.text_of(i + 1);
                (next.kind == TokenKind::Number
                    && !next.spaced
                    && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| numeral(format!("0.{digits}"), 0, NumeralKind::Digits, i + 2))
            }
            TokenKind::Symbol => None,
        }
    }

    /// A number spelled in words from token `i`: "forty-eight", "thirty three", "one hundred
    /// and six", "two thousand and two hundred", "twenty-one million", "one and a half".
    ///
    /// English number words follow a small grammar: tens may take a unit after them, "hundred"
    /// multiplies what stands before it, scale words close a group, and "and" may follow
    /// "hundred" or a scale word ("one hundred and six"), never a plain number, so "two and
    /// three" stays two numbers.
    fn spelled_number(&self, i: usize) -> Option<Spelled> {
        #[derive(Clone, Copy, PartialEq)]
        enum Last {
            Start,
            Tens,
            Small,
            Hundred,
            Scale,
        }
        let (mut total, mut group, mut last, mut scaled) = (0.0_f64, 0.0_f64, Last::Start, false);
        let mut j = i;
        let mut end = i;
        loop {
            let word = self.lower_of(j);
            if let Some(value) = lookup(NUMBER_WORDS, word).filter(|_| word != "dozen") {
                let allowed = match value {
                    20..=90 if value % 10 == 0 => {
                        matches!(last, Last::Start | Last::Hundred | Last::Scale)
                    }
                    1..=9 => matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale),
                    _ => matches!(last, Last::Start | Last::Hundred | Last::Scale),
                };
                if !allowed {
                    break;
                }
                group += f64::from(value);
                last = if value >= 20 && value % 10 == 0 {
                    Last::Tens
                } else {
                    Last::Small
                };
                j += 1;
                end = j;
                // "forty-eight": a glued hyphen between tens and a unit.
                if last == Last::Tens
                    && self.is_symbol(j, &["-"])
                    && self.is_glued(j)
                    && self.is_glued(j + 1)
                {
                    j += 1;
                }
                continue;
            }
            if word == "hundred" && matches!(last, Last::Tens | Last::Small) && group < 100.0 {
                group *= 100.0;
                (last, scaled) = (Last::Hundred, true);
                j += 1;
                end = j;
                continue;
            }
            if let Some(exponent) = lookup(SCALE_WORDS, word).filter(|&e| e >= 3) {
                if last == Last::Start || last == Last::Scale {
                    break;
                }
                total += group * 10f64.powi(exponent);
                group = 0.0;
                (last, scaled) = (Last::Scale, true);
                j += 1;
                end = j;
                continue;
            }
            if word == "and"
                && matches!(last, Last::Hundred | Last::Scale)
                && lookup(NUMBER_WORDS, self.lower_of(j + 1)).is_some()
            {
                j += 1;
                continue;
            }
            break;
        }
        if last == Last::Start {
            return None;
        }
        let mut value = total + group;
        // "one and a half", "two and a quarter", "five and three quarters"
        if self.lower_of(end) == "and" {
            let (numerator, at) = match self.lower_of(end + 1) {
                "a" | "an" | "one" => (1.0, end + 2),
                other => match lookup(NUMBER_WORDS, other).filter(|n| (2..10).contains(n)) {
                    Some(n) => (f64::from(n), end + 2),
                    None => (0.0, end),
                },
            };
            let part = match self.lower_of(at) {
                "half" => 0.5,
                "quarter" | "quarters" | "fourth" | "fourths" => 0.25,
                "third" | "thirds" => 1.0 / 3.0,
                _ => 0.0,
            };
            if numerator > 0.0 && part > 0.0 {
                value += numerator * part;
                end = at + 1;
            }
        }
        Some(Spelled { value, scaled, end })
    }

    /// Whether the number at `i` is a number of its own, not part of a name, a time, a
    /// version, a score or a list marker.
    fn stands_alone(&self, i: usize) -> bool {
        if self.is_phone_number(i) || self.is_clock_time(i) {
            return false;
        }
        let glued_before = self.is_glued(i) && i > 0;
        if glued_before {
            let prev = self.text_of(i - 1);
            let before_prev = self.tok(i.wrapping_sub(2));
            // "GPT-4", "COVID-19", "COVID -19": a name joined to the number by a hyphen;
            // "2-0": the second half of a score or of a range already read.
            let name_before = self.text_of(i.wrapping_sub(2));
            let acronym =
                name_before.len() >= 2 && name_before.chars().all(|c| c.is_ascii_uppercase());
            if prev == "-"
                && ((self.is_glued(i - 1)
                    && (name_before.starts_with(char::is_uppercase)
                        || before_prev.is_some_and(|t| t.kind == TokenKind::Number)))
                    || acronym)
            {
                return false;
            }
            // "1.2.3", "#5", "@2", "1/16"
            if matches!(prev, "." | "#" | "@" | "/" | ":" | "_" | "⁄") {
                return false;
            }
        }
        let next = self.text_of(i + 1);
        let glued_after = self.is_glued(i + 1);
        let number_follows = self
            .tok(i + 2)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.spaced);
        // Clock times, ratios and fractions: "15:48", "1/16".
        if glued_after
            && matches!(next, ":" | "/" | "⁄" | "×")
            && number_follows
            && self.scientific(i + 1).is_none()
        {
            return false;
        }
        // List markers and section numbers: "2.Promote", or "2." opening a sentence.
        if glued_after && next == "." && (i == 0 || self.tok(i + 2).is_some_and(|t| !t.spaced)) {
            return false;
        }
        true
    }

    /// Telephone numbers: groups of digits after a leading zero ("020 7946 0958"), a
    /// three-digit exchange before four digits ("555-0199"), an area code in parentheses
    /// ("(212) 555-0199").
    fn is_phone_number(&self, i: usize) -> bool {
        let Some(tok) = self.tok(i).filter(|t| t.kind == TokenKind::Number) else {
            return false;
        };
        let text = self.text_of(i);
        let plain = |j: usize, len: usize| {
            self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                && self.text_of(j).len() == len
                && self.text_of(j).bytes().all(|b| b.is_ascii_digit())
        };
        // A leading-zero group with another group after it: "020 7946".
        let leading_zero = text.len() >= 2
            && text.starts_with('0')
            && text.as_bytes()[1].is_ascii_digit()
            && !text.contains('.')
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.spaced);
        let exchange = plain(i, 3)
            && self.is_symbol(i + 1, &["-", "."])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && plain(i + 2, 4)
            // "500-1000 people", "100-2500" are ranges of round numbers.
            && self
                .text_of(i + 2)
                .parse::<u32>()
                .is_ok_and(|line| line % 50 != 0);
        let area_code = plain(i, 3)
            && tok.spaced.not()
            && self.is_symbol(i.wrapping_sub(1), &["("])
            && self.is_symbol(i + 1, &[")"])
            && plain(i + 2, 3);
        let leading_zero_at = |j: usize| {
            let text = self.text_of(j);
            self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                && text.len() >= 2
                && text.starts_with('0')
                && text.as_bytes()[1].is_ascii_digit()
        };
        // "020 7946 0958": the groups after a leading-zero group.
        let later_group = tok.spaced
            && i > 0
            && (leading_zero_at(i - 1)
                || (self.tok(i - 1).is_some_and(|t| t.kind == TokenKind::Number)
                    && self.is_phone_number(i - 1)));
        leading_zero || exchange || area_code || later_group
    }

    /// "5 pm", "10 a.m.": a clock time written with a space.
    fn is_clock_time(&self, i: usize) -> bool {
        let next = self.lower_of(i + 1);
        matches!(next, "am" | "pm")
            || (matches!(next, "a" | "p")
                && self.is_symbol(i + 2, &["."])
                && self.is_glued(i + 2)
                && self.lower_of(i + 3) == "m")
    }

    /// "2-0", "89-89": two bare numbers joined by a hyphen, the first not below the second,
    /// are a result or a code, never a range.
    fn is_score(&self, connector: usize, first: &Side) -> bool {
        let bare = first.unit.is_none() && first.currency.is_none() && !first.scaled;
        let tight = self.is_symbol(connector, &["-", "–"])
            && self.is_glued(connector)
            && self.is_glued(connector + 1);
        if !(bare && tight) {
            return false;
        }
        match self.numeral(connector + 1, false) {
            Some(second) if second.kind != NumeralKind::Words => {
                let after = self.unit_after(second.end);
                after.is_none() && first.numeral.value() >= second.value()
            }
            _ => false,
        }
    }

    /// A version number after a product name ("Llama 3.1", "iPhone 11", "Note 20") or a
    /// label ("category 4", "Unit 3"): a bare count right after a word with a capital letter
    /// that does not open the sentence, or after a noun that labels by number.
    fn is_product_version(&self, start: usize, side: &Side) -> bool {
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        let digits = matches!(side.numeral.kind, NumeralKind::Digits);
        let after_name = start >= 2
            && self
                .tok(start - 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.text_of(start - 1).chars().any(char::is_uppercase)
            && lookup(MONTHS, self.lower_of(start - 1)).is_none();
        let after_label = start >= 1 && LABEL_NOUNS.contains(&self.lower_of(start - 1));
        bare && digits && (after_name || after_label)
    }

    /// Whether a street name follows token `i`: up to three capitalised words or ordinals
    /// ("E 71st", "Zorro Ranch", "El Brillo") and a street word ("St", "Road", "Way"), or the
    /// street word first ("Ave Foch"). A lowercase noun after it makes the street a modifier
    /// of what is counted ("30 Wall Street banks").
    fn street_follows(&self, i: usize) -> bool {
        const STREET_WORDS: &[&str] = &[
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "way",
            "lane",
            "ln",
            "drive",
            "boulevard",
            "blvd",
            "place",
            "court",
            "terrace",
            "crescent",
            "parkway",
            "plaza",
            "square",
        ];
        for j in i..i + 4 {
            let Some(tok) = self.tok(j) else {
                return false;
            };
            let text = self.text_of(j);
            let capitalised = text.starts_with(|c: char| c.is_uppercase());
            if tok.kind == TokenKind::Word
                && capitalised
                && STREET_WORDS.contains(&self.lower_of(j))
            {
                let mut after = j + 1;
                if self.is_symbol(after, &["."]) {
                    after += 1;
                }
                let lowercase_noun = self.tok(after).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && self.text_of(after).starts_with(|c: char| c.is_lowercase())
                        && !COUNTED_STOP_WORDS.contains(&self.lower_of(after))
                });
                // "St Louis" is a saint.
                let saint = self.lower_of(j) == "st"
                    && self.text_of(after).starts_with(|c: char| c.is_uppercase());
                return !lowercase_noun && !saint;
            }
            let ordinal = tok.kind == TokenKind::Mixed
                && text
                    .find(|c: char| c.is_alphabetic())
                    .is_some_and(|at| is_ordinal_suffix(&text[..at], &text[at..]));
            if !(capitalised && tok.kind == TokenKind::Word || ordinal) || !tok.spaced {
                return false;
            }
        }
        false
    }

    /// "last-32", "top-10", "under-21": a lowercase word joined by a hyphen to a bare number
    /// names a stage or a rank. With a unit it is a measure ("sub-7 nanometre", "now-18
    /// month-old").
    fn is_hyphen_label(&self, start: usize, side: &Side) -> bool {
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        bare && start >= 2
            && self.is_symbol(start - 1, &["-"])
            && self.is_glued(start)
            && self.is_glued(start - 1)
            && self
                .tok(start - 2)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && !matches!(self.lower_of(start - 2), "minus" | "sub")
    }

    /// The unit after a number: %, percent, percentage points, a currency word, a duration or
    /// a physical unit (also hyphenated: "20-Year", "6.1-inch"). Returns the unit, the power
    /// of ten it adds ("decades"), and the token after it.
    fn unit_after(&self, i: usize) -> Option<(Unit, i32, usize)> {
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
        let word = self.lower_of(i);
        match word {
            "percent" | "pct" => return Some((Unit::Percent, 0, i + 1)),
            "per" if self.lower_of(i + 1) == "cent" => return Some((Unit::Percent, 0, i + 2)),
            // "63 cents" is money: US cents (the commonest cent in English news), kept as
            // stated under their market code as pence are under GBX ("118.5p").
            "cents" | "cent" if self.lower_of(i.wrapping_sub(1)) != "per" => {
                return Some((Unit::Money("usx"), 0, i + 1));
            }
            "percentage" if matches!(self.lower_of(i + 1), "point" | "points") => {
                return Some((Unit::PercentagePoint, 0, i + 2));
            }
            _ => {}
        }
        if let Some(code) = lookup(CURRENCY_WORDS, word) {
            return Some((Unit::Money(code), 0, i + 1));
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
        let at = if hyphenated { i + 1 } else { i };
        // "a week's span", "two years’ time": the possessive of a duration is still one.
        let word = self.lower_of(at);
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\''))
            .or_else(|| word.strip_suffix('’'))
            .unwrap_or(word);
        if let Some(&(_, unit, exponent)) = DURATION_UNITS.iter().find(|(name, _, _)| *name == word)
        {
            return Some((Unit::Duration(unit), exponent, at + 1));
        }
        self.physical_unit(at).map(|(unit, next)| (unit, 0, next))
    }

    /// "miles", "degrees Celsius", "square feet", "km/h", "miles per hour".
    fn physical_unit(&self, i: usize) -> Option<(Unit, usize)> {
        // "metric tons" are tonnes; "cubic feet" keep their own name.
        if self.lower_of(i) == "metric"
            && matches!(self.lower_of(i + 1), "ton" | "tons" | "tonne" | "tonnes")
        {
            return Some((Unit::Physical("tonne"), i + 2));
        }
        if self.lower_of(i) == "cubic" {
            let name = lookup(PHYSICAL_UNIT_WORDS, self.lower_of(i + 1))?;
            return Some((Unit::Physical(cubic_unit(name)?), i + 2));
        }
        let square = matches!(self.lower_of(i), "square" | "sq");
        let at = if square { i + 1 } else { i };
        let name = lookup(PHYSICAL_UNIT_WORDS, self.lower_of(at))?;
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
        } else if (self.lower_of(end) == "per" && self.lower_of(end + 1) == "hour")
            || (self.is_symbol(end, &["/"]) && matches!(self.lower_of(end + 1), "h" | "hr"))
        {
            end += 2;
            per_hour_unit(name)?
        } else {
            name
        };
        Some((Unit::Physical(name), end))
    }

    /// After a first value: "to", "-", "–", "~", "-to-", "and" after "between", or "or" after
    /// a bare number ("three or four years"). Returns the token where the second value starts.
    fn range_connector(&self, i: usize, between: bool, first: &Side) -> Option<usize> {
        // "six- to nine-month", "two- or three-year": a hyphen left hanging for the unit that
        // the second number is joined to.
        if self.is_symbol(i, &["-"])
            && self.is_glued(i)
            && !self.is_glued(i + 1)
            && matches!(self.lower_of(i + 1), "to" | "or")
            && first.unit.is_none()
        {
            return Some(i + 2);
        }
        // "200,000 to-260,000": a stray hyphen after "to".
        if self.lower_of(i) == "to"
            && self.is_symbol(i + 1, &["-"])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && self.tok(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
        {
            return Some(i + 2);
        }
        if self.is_symbol(i, &["-", "–", "—", "~"]) {
            if self.lower_of(i + 1) == "to" && self.is_symbol(i + 2, &["-"]) {
                return Some(i + 3); // "two-to-three"
            }
            return Some(i + 1);
        }
        match self.lower_of(i) {
            "to" => Some(i + 1),
            "and" if between => Some(i + 1),
            "or" if first.unit.is_none() && first.currency.is_none() => Some(i + 1),
            _ => None,
        }
    }

    /// The hedge that ends right before token `start`: a phrase ("more than") or a sign ("~25").
    fn approx_before(&self, start: usize) -> Approx {
        if self.is_symbol(start.wrapping_sub(1), &["~", "≈"]) {
            return Approx::About;
        }
        match self.hedge_phrase_before(start) {
            // "talked about four factors": after a verb of speech or thought, "about" is the
            // preposition of its topic.
            Some((Approx::About, 1))
                if self.lower_of(start - 1) == "about"
                    && ABOUT_AS_TOPIC_AFTER.contains(&self.lower_of(start.wrapping_sub(2))) =>
            {
                Approx::Exact
            }
            Some((approx, _)) => approx,
            None => Approx::Exact,
        }
    }

    /// Whether the word before token `i` ends an amount: a number, a scale or unit word, or a
    /// plural noun counted by a number just before it ("320,000 GPUs").
    fn follows_an_amount(&self, i: usize) -> bool {
        let before = i.wrapping_sub(1);
        let is_number = |j: usize| {
            self.tok(j)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        };
        let word = self.lower_of(before);
        is_number(before)
            || self.is_symbol(before, &["%"])
            || lookup(SCALE_WORDS, word).is_some()
            || lookup(CURRENCY_WORDS, word).is_some()
            || matches!(word, "percent" | "cent")
            || (word.ends_with('s')
                && (is_number(before.wrapping_sub(1)) || is_number(before.wrapping_sub(2))))
    }

    /// The hedge phrase ending right before `start`, with its length in tokens.
    fn hedge_phrase_before(&self, start: usize) -> Option<(Approx, usize)> {
        // Most words before a number end no hedge: compare the last word of each first.
        let previous = self.lower_of(start.wrapping_sub(1));
        HEDGES.iter().find_map(|(phrase, approx)| {
            let n = phrase.len();
            (start >= n
                && phrase[n - 1] == previous
                && (0..n).all(|k| self.lower_of(start - n + k) == phrase[k]))
            .then_some((*approx, n))
        })
    }

    /// A change stated before the quantity: "rose 60%", "fell by about $2", "up 9.4 per
    /// cent", "an increase of 5%".
    fn change_before(&self, start: usize) -> Option<Change> {
        let mut k = start;
        if let Some((_, n)) = self.hedge_phrase_before(k) {
            k -= n;
        }
        let by = self.lower_of(k.wrapping_sub(1)) == "by";
        if by {
            k -= 1;
        }
        let word = self.lower_of(k.wrapping_sub(1));
        if word == "of" {
            return change_noun(self.lower_of(k.wrapping_sub(2)));
        }
        if let Some(change) = self.change_word(k.wrapping_sub(1)) {
            return Some(change);
        }
        // "grow sales by 35 per cent", "were down 2.3%, Burlington by 2.6%": "by" measures
        // the change of a verb a few words back, over its object or an elided repeat.
        if by {
            for back in 1..=6 {
                let at = k.wrapping_sub(back);
                let word = self.lower_of(at);
                if let Some(change) = self.change_word(at) {
                    return Some(change);
                }
                let stop = word.is_empty()
                    || matches!(
                        word,
                        "by" | "than" | "of" | "to" | "from" | "with" | "." | ";"
                    )
                    || (word.len() > 3 && (word.ends_with("ed") || word.ends_with("en")));
                if stop {
                    break;
                }
            }
        }
        None
    }

    /// The direction a change verb or adverb at token `i` states: "rose", "plunged", "up".
    fn change_word(&self, i: usize) -> Option<Change> {
        let word = self.lower_of(i);
        if matches!(word, "up" | "down") {
            let verb = self.lower_of(i.wrapping_sub(1));
            // "gave up 517 yards"; but "ended down 1%" is a fall.
            let phrasal =
                PARTICLE_VERBS.contains(&verb) && !(word == "down" && verb.starts_with("end"));
            if phrasal {
                return None;
            }
        }
        if CHANGE_WORDS_UP.contains(&word) {
            Some(Change::Up)
        } else if CHANGE_WORDS_DOWN.contains(&word) {
            Some(Change::Down)
        } else {
            None
        }
    }

    /// A change named right after the quantity: "a 3 percent drop", "a 5% increase".
    fn change_after(&self, end: usize) -> Option<Change> {
        change_noun(self.lower_of(end))
    }

    // ---- vague magnitudes and fractions ----

    /// "tens of billions of dollars", "hundreds of thousands", "millions of Americans",
    /// "dozens", "a few hundred billion", "several million", "decades".
    fn vague_at(&self, start: usize) -> Option<(Quantity, usize)> {
        // "$10s of millions": a currency before the magnitude names its unit.
        let (currency, i) = match self.currency_prefix(start) {
            Some((code, next)) => (Some(code), next),
            None => (None, start),
        };
        // "10s of millions", "100s of people": the digits of "tens", "hundreds".
        let word = match self.text_of(i) {
            "10s" => "tens",
            "100s" => "hundreds",
            "1000s" => "thousands",
            _ => self.lower_of(i),
        };
        if currency.is_some() && !matches!(word, "tens" | "hundreds" | "thousands") {
            return None;
        }
        let (low, high, mut end): (String, String, usize) = match word {
            "tens" | "hundreds" if self.lower_of(i + 1) == "of" => {
                let factor = if word == "tens" { 1 } else { 2 };
                match lookup(PLURAL_SCALES, self.lower_of(i + 2)) {
                    Some(exponent) => (
                        format!("1e{}", exponent + factor),
                        format!("1e{}", exponent + factor + 1),
                        i + 3,
                    ),
                    None => (format!("1e{factor}"), format!("1e{}", factor + 1), i + 1),
                }
            }
            "dozens" => ("24".into(), "100".into(), i + 1),
            "a" | "several" => {
                let (at, low, high) = if word == "a" {
                    (i + 2, "2", "5")
                } else {
                    (i + 1, "3", "7")
                };
                if word == "a" && self.lower_of(i + 1) != "few" {
                    return None;
                }
                let mut exponent = 0;
                let mut j = at;
                while let Some(e) = lookup(SCALE_WORDS, self.lower_of(j)) {
                    exponent += e;
                    j += 1;
                }
                if exponent == 0
                    && let Some(found) = self.few_amounts(start, at, (low, high))
                {
                    return Some(found);
                }
                if exponent == 0 {
                    return None; // "a few giant creatures": too vague to compare
                }
                (format!("{low}e{exponent}"), format!("{high}e{exponent}"), j)
            }
            "decades" => ("10".into(), "100".into(), i + 1),
            _ => match lookup(PLURAL_SCALES, word) {
                Some(exponent) => (
                    format!("1e{exponent}"),
                    format!("1e{}", exponent + 1),
                    i + 1,
                ),
                None => return None,
            },
        };
        // A number before a plural scale is a different reading ("two hundreds") and "decades"
        // after a number is a duration already read.
        if self
            .tok(i.wrapping_sub(1))
            .is_some_and(|t| matches!(t.kind, TokenKind::Number))
        {
            return None;
        }
        let of = usize::from(self.lower_of(end) == "of");
        let unit = if word == "decades" {
            Unit::Duration("year")
        } else {
            match self.unit_after(end + of) {
                Some((unit, _, next)) => {
                    end = next; // "tens of billions of dollars" is one quantity
                    unit
                }
                None => currency.map_or(Unit::Count, Unit::Money),
            }
        };
        let counted = (unit == Unit::Count)
            .then(|| self.counted_noun(end + of))
            .flatten();
        let quantity = Quantity {
            span: self.span(start, end),
            value: Value::Number {
                low: low.parse().ok()?,
                high: high.parse().ok()?,
            },
            unit,
            counted,
            approx: self.approx_before(start),
            change: None,
        };
        Some((quantity, end))
    }

    /// "a few $10M's", "several $100ks": a few of a round amount, as many times it as "a
    /// few" (2..5) or "several" (3..7) say. `at` is where the amount starts.
    fn few_amounts(
        &self,
        start: usize,
        at: usize,
        times: (&str, &str),
    ) -> Option<(Quantity, usize)> {
        let amount = self.side(at, None)?;
        let code = amount.currency?;
        // The plural of the amount: "$10M's", "$10Ms", "$10M’s".
        let mut end = amount.end;
        if self.is_symbol(end, &["'", "’"]) && self.is_glued(end) {
            end += 1;
        }
        if !(self.lower_of(end) == "s" && self.is_glued(end)) {
            return None;
        }
        let value = amount.value();
        let (low, high): (f64, f64) = (times.0.parse().ok()?, times.1.parse().ok()?);
        let quantity = Quantity {
            span: self.span(start, end + 1),
            value: Value::Number {
                low: low * value,
                high: high * value,
            },
            unit: Unit::Money(code),
            counted: None,
            approx: self.approx_before(start),
            change: None,
        };
        Some((quantity, end + 1))
    }

    /// Fractions as percentages: "nearly half", "half of all", "a third of", "two-thirds of".
    fn fraction_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let (numerator, at) = match self.lower_of(i) {
            "a" | "an" | "one" => (1, i + 1),
            word => match lookup(NUMBER_WORDS, word).filter(|n| (2..10).contains(n)) {
                Some(n) if self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1) => (n, i + 2),
                Some(n) => (n, i + 1),
                None => (1, i),
            },
        };
        let hundredths = lookup(FRACTIONS, self.lower_of(at))?;
        if at == i && self.lower_of(at) != "half" {
            return None; // "quarter" alone is a period, "third" an ordinal
        }
        let approx = self.approx_before(i);
        let next = self.lower_of(at + 1);
        let stands_as_quantity =
            next == "of" || self.is_symbol(at + 1, &["("]) || approx != Approx::Exact;
        let after_determiner = matches!(
            self.lower_of(i.wrapping_sub(1)),
            "the" | "first" | "second" | "last" | "this" | "next"
        );
        if !stands_as_quantity || after_determiner {
            return None;
        }
        let value = hundredths.parse::<f64>().ok()? * f64::from(numerator);
        let value = (value * 1e4).round() / 1e4;
        let quantity = Quantity {
            span: self.span(i, at + 1),
            value: Value::Number {
                low: value,
                high: value,
            },
            unit: Unit::Percent,
            counted: None,
            approx,
            change: None,
        };
        Some((quantity, at + 1))
    }

    /// "one out of three Germans", "1 in 5 adults": a share, read as a percentage like the
    /// fractions. The second number must be larger and measure nothing ("1 in 10 years" is
    /// not a share).
    fn ratio_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let numerator = self.numeral(i, false)?;
        let at = match (
            self.lower_of(numerator.end),
            self.lower_of(numerator.end + 1),
        ) {
            ("out", "of") => numerator.end + 2,
            ("in", _) => numerator.end + 1,
            _ => return None,
        };
        let plain = |n: &Numeral| {
            matches!(n.kind, NumeralKind::Digits | NumeralKind::Words) && n.exponent == 0
        };
        let denominator = self.numeral(at, false)?;
        let (top, bottom) = (numerator.value(), denominator.value());
        if !(plain(&numerator) && plain(&denominator) && top >= 1.0 && top < bottom)
            || self.unit_after(denominator.end).is_some()
            || lookup(SCALE_WORDS, self.lower_of(denominator.end)).is_some()
        {
            return None;
        }
        let value = (top / bottom * 100.0 * 1e4).round() / 1e4;
        let quantity = Quantity {
            span: self.span(i, denominator.end),
            value: Value::Number {
                low: value,
                high: value,
            },
            unit: Unit::Percent,
            counted: self.counted_noun(denominator.end),
            approx: self.approx_before(i),
            change: None,
        };
        Some((quantity, denominator.end))
    }

    /// Whether "one" at `start` (its numeral ending at `end`) counts what follows it, as in
    /// "one person was killed", "One proposal asks", "one of the two gunmen": not a name
    /// ("BBC One", "Formula One"), not a pronoun ("no one", "the one who", "a loved one"),
    /// not an idiom of time or discourse ("one day", "at one point", "one another", "on one
    /// hand"). "one of the best" never gets here: "of" ends the counted noun.
    fn one_counts(&self, start: usize, end: usize) -> bool {
        let opens = start == 0
            || self.tok(start - 1).is_some_and(|t| {
                t.kind == TokenKind::Symbol && !matches!(self.text_of(start - 1), "." | ",")
            });
        if self.text_of(start).starts_with(char::is_uppercase) && !opens {
            return false;
        }
        let before = self.lower_of(start.wrapping_sub(1));
        let after = self.lower_of(end);
        !(ONE_PRONOUN_BEFORE.contains(&before)
            || ONE_IDIOM_AFTER.contains(&after)
            || (before == "on" && after == "hand"))
    }

    /// After "one" at `of`: "of" and a number, as in "one of the two gunmen" or "one of its
    /// 12 branches". Returns what the number counts.
    fn one_of_a_number(&self, of: usize) -> Option<String> {
        if self.lower_of(of) != "of" {
            return None;
        }
        let mut at = of + 1;
        if matches!(
            self.lower_of(at),
            "the" | "its" | "his" | "her" | "their" | "our" | "those" | "these"
        ) {
            at += 1;
        }
        let number = self.numeral(at, false)?;
        let plain = matches!(number.kind, NumeralKind::Digits | NumeralKind::Words)
            && number.exponent == 0
            && number.value() >= 2.0;
        plain.then(|| self.counted_noun(number.end)).flatten()
    }

    /// "in '25", "the class of ’09": a year written with an apostrophe and two digits, after a
    /// word that places a time. The century is the one that puts the year nearest the
    /// document's (or this) time: up to ten years ahead.
    fn short_year_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if !(self.is_symbol(i, &["'", "’"]) && self.tok(i)?.spaced && self.is_glued(i + 1)) {
            return None;
        }
        let digits = self.text_of(i + 1);
        // "'25." ends a sentence; "'25%" or "'25:10" is something else.
        let number_follows = self.tok(i + 2).is_some_and(|t| {
            !t.spaced
                && !matches!(
                    self.text_of(i + 2),
                    "." | "," | ";" | ")" | "!" | "?" | "”" | "\""
                )
        });
        if self.tok(i + 1)?.kind != TokenKind::Number
            || digits.len() != 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || number_follows
        {
            return None;
        }
        let before = self.lower_of(i.wrapping_sub(1));
        let placed = YEAR_PREPOSITIONS.contains(&before)
            || lookup(MONTHS, before).is_some()
            || matches!(
                before,
                "summer" | "spring" | "autumn" | "fall" | "winter" | "class"
            );
        if !placed {
            return None;
        }
        let two: i32 = digits.parse().ok()?;
        let now = self.document_year.unwrap_or(2025);
        let mut year = now - now.rem_euclid(100) + two;
        if year > now + 10 {
            year -= 100;
        }
        let value = f64::from(year);
        let quantity = Quantity {
            span: self.span(i, i + 2),
            value: Value::Number {
                low: value,
                high: value,
            },
            unit: Unit::CalendarYear,
            counted: None,
            approx: Approx::Exact,
            change: None,
        };
        Some((quantity, i + 2))
    }

    /// "the fourth-largest market", "its second-biggest": a rank spelled as a word, joined to
    /// a superlative. Alone, "second" is as often time or sequence as rank.
    fn ordinal_word_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let rank = lookup(ORDINAL_WORDS, self.lower_of(i))?;
        let superlative = self.lower_of(i + 2);
        let joined = self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1) && self.is_glued(i + 2);
        if !(joined && (superlative.ends_with("est") || matches!(superlative, "most" | "least"))) {
            return None;
        }
        let value = f64::from(rank);
        let quantity = Quantity {
            span: self.span(i, i + 1),
            value: Value::Number {
                low: value,
                high: value,
            },
            unit: Unit::Ordinal,
            counted: None,
            approx: Approx::Exact,
            change: None,
        };
        Some((quantity, i + 1))
    }

    /// Multipliers: "~4x/year" (4 times, a count of times as "6.5 times earnings" is), and
    /// verbs that multiply, read as the change in percent they state (claims/1): "doubled"
    /// +100, "tripled" +200, "halved" −50, and "double"/"triple" as verbs ("can double their
    /// quotas", not "a double murder").
    fn multiplier_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.tok(i)?;
        if tok.kind == TokenKind::Mixed {
            let text = self.text_of(i);
            let digits = text.strip_suffix(['x', 'X'])?;
            if !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || !digits.starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            let value: f64 = digits.parse().ok()?;
            // "4x/year": the period the factor applies over.
            let mut end = i + 1;
            if self.is_symbol(end, &["/"])
                && self.is_glued(end)
                && DURATION_UNITS
                    .iter()
                    .any(|(name, _, _)| *name == self.lower_of(end + 1))
            {
                end += 2;
            }
            let quantity = Quantity {
                span: self.span(i, end),
                value: Value::Number {
                    low: value,
                    high: value,
                },
                unit: Unit::Count,
                counted: Some("times".to_owned()),
                approx: self.approx_before(i),
                change: None,
            };
            return Some((quantity, end));
        }
        let word = self.lower_of(i);
        let &(_, percent, change, needs_verb) = MULTIPLYING_VERBS
            .iter()
            .find(|(name, _, _, _)| *name == word)?;
        if self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1) {
            return None; // "double-digit", "triple-A"
        }
        if needs_verb {
            // The base form is a verb after a modal or "to" and before its object.
            let before = self.lower_of(i.wrapping_sub(1));
            let after = self.lower_of(i + 1);
            let modal = matches!(
                before,
                "to" | "can" | "could" | "will" | "would" | "may" | "might" | "should" | "must"
            );
            let object = matches!(
                after,
                "the"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "our"
                    | "your"
                    | "that"
                    | "this"
                    | "in"
                    | "by"
            );
            if !(modal && object) {
                return None;
            }
        }
        let quantity = Quantity {
            span: self.span(i, i + 1),
            value: Value::Number {
                low: percent,
                high: percent,
            },
            unit: Unit::Percent,
            counted: None,
            approx: self.approx_before(i),
            change: Some(change),
        };
        Some((quantity, i + 1))
    }

    /// The noun a number word is joined to by the hyphen at `hyphen`: "three-judge" gives
    /// "judge"; a suspended hyphen ("four-, five- and six-cylinder") borrows the noun of the
    /// last compound of its list. `None` for adjectives ("three-tiered") and for hyphens that
    /// join nothing.
    fn compound_noun(&self, hyphen: usize) -> Option<String> {
        let joined = |at: usize| {
            self.is_glued(at + 1)
                && self
                    .tok(at + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && lookup(NUMBER_WORDS, self.lower_of(at + 1)).is_none()
                // "three-tiered", "two-pronged", "three-fold", "twenty-odd" are adjectives.
                && !(self.lower_of(at + 1).ends_with("ed")
                    || matches!(self.lower_of(at + 1), "fold" | "odd" | "ish"))
                // "three-point range", "a two-way street", "a five-star hotel" name a kind.
                && !COMPOUND_KIND_NOUNS.contains(&self.lower_of(at + 1))
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
    fn counted_noun(&self, i: usize) -> Option<String> {
        const MAX_WORDS: usize = 5;
        let mut end = i;
        while end < self.toks.len() && end - i < MAX_WORDS {
            let tok = self.toks[end];
            let word = self.lower_of(end);
            let is_content = matches!(tok.kind, TokenKind::Word | TokenKind::Mixed)
                && !COUNTED_STOP_WORDS.contains(&word)
                && (end == i || tok.spaced);
            if !is_content {
                break;
            }
            end += 1;
            if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
                break;
            }
        }
        (end > i).then(|| self.span(i, end).of(self.text).to_owned())
    }

    // ---- dates ----

    fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let (low, high, end) = self
            .iso_date(i)
            .or_else(|| self.part_of_year(i))
            .or_else(|| self.month_first_date(i))
            .or_else(|| self.day_first_date(i))?;
        let quantity = Quantity {
            span: self.span(i, end),
            value: Value::Date { low, high },
            unit: Unit::Date,
            counted: None,
            approx: self.approx_before(i),
            change: None,
        };
        Some((quantity, end))
    }

    /// "2025-01-16"
    fn iso_date(&self, i: usize) -> Option<(String, String, usize)> {
        let parts = [i, i + 2, i + 4];
        let widths = [4, 2, 2];
        for (&p, &w) in parts.iter().zip(&widths) {
            let tok = self.tok(p)?;
            if tok.kind != TokenKind::Number || self.text_of(p).len() != w {
                return None;
            }
        }
        if !(self.is_symbol(i + 1, &["-"]) && self.is_symbol(i + 3, &["-"]))
            || (1..5).any(|k| !self.is_glued(i + k))
        {
            return None;
        }
        let (year, month, day) = (
            self.text_of(i).parse().ok()?,
            self.text_of(i + 2).parse().ok()?,
            self.text_of(i + 4).parse().ok()?,
        );
        let date = iso(year, month, day)?;
        Some((date.clone(), date, i + 5))
    }

    /// "late 2022", "mid-2024"
    fn part_of_year(&self, i: usize) -> Option<(String, String, usize)> {
        let &(_, first, last) = YEAR_PARTS
            .iter()
            .find(|(name, _, _)| *name == self.lower_of(i))?;
        let year_at = if self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let year = self.year(year_at)?;
        Some((
            iso(year, first, 1)?,
            iso(year, last, days_in_month(year, last))?,
            year_at + 1,
        ))
    }

    /// "November 2024", "January 17", "Jan. 17, 2025"
    fn month_first_date(&self, i: usize) -> Option<(String, String, usize)> {
        let month = self.month(i)?;
        let mut j = i + 1;
        if self.is_symbol(j, &["."]) && self.is_glued(j) {
            j += 1;
        }
        if let Some(year) = self.year(j) {
            return Some((
                iso(year, month, 1)?,
                iso(year, month, days_in_month(year, month))?,
                j + 1,
            ));
        }
        let Some(day) = self.day(j) else {
            return self.month_alone(i, month);
        };
        let mut end = j + 1;
        let mut year = None;
        let comma = usize::from(self.is_symbol(end, &[","]));
        if let Some(y) = self.year(end + comma) {
            year = Some(y);
            end += comma + 1;
        }
        let date = self.complete_date(year, month, day)?;
        Some((date.clone(), date, end))
    }

    /// "in January", "since last March": a month named after a word that places a time, in
    /// the document's year when it has one. Without such a word "May" and "March" may be verbs
    /// or names.
    fn month_alone(&self, i: usize, month: u32) -> Option<(String, String, usize)> {
        if !MONTH_PLACERS.contains(&self.lower_of(i.wrapping_sub(1))) {
            return None;
        }
        let last_day = days_in_month(self.document_year.unwrap_or(2001), month);
        Some(match self.document_year {
            Some(year) => (iso(year, month, 1)?, iso(year, month, last_day)?, i + 1),
            None => (
                format!("--{month:02}-01"),
                format!("--{month:02}-{last_day:02}"),
                i + 1,
            ),
        })
    }

    /// "17 January 2025"
    fn day_first_date(&self, i: usize) -> Option<(String, String, usize)> {
        let day = self.day(i)?;
        let month = self.month(i + 1)?;
        let (year, end) = match self.year(i + 2) {
            Some(year) => (Some(year), i + 3),
            None => (None, i + 2),
        };
        let date = self.complete_date(year, month, day)?;
        Some((date.clone(), date, end))
    }

    fn complete_date(&self, year: Option<i32>, month: u32, day: u32) -> Option<String> {
        match year.or(self.document_year) {
            Some(year) => iso(year, month, day),
            None => (day <= days_in_month(2000, month)).then(|| format!("--{month:02}-{day:02}")),
        }
    }

    /// A capitalised month name ("may" and "march" in lowercase are verbs).
    fn month(&self, i: usize) -> Option<u32> {
        let tok = self.tok(i)?;
        let capitalised = self.text_of(i).starts_with(char::is_uppercase);
        (tok.kind == TokenKind::Word && capitalised)
            .then(|| lookup(MONTHS, self.lower_of(i)))
            .flatten()
    }

    fn year(&self, i: usize) -> Option<i32> {
        let tok = self.tok(i)?;
        let text = self.text_of(i);
        (tok.kind == TokenKind::Number
            && text.len() == 4
            && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
    }

    /// A day of the month: "17" or "17th".
    fn day(&self, i: usize) -> Option<u32> {
        let tok = self.tok(i)?;
        let text = self.text_of(i);
        let digits = match tok.kind {
            TokenKind::Number => text,
            TokenKind::Mixed => {
                let split = text.find(|c: char| c.is_alphabetic())?;
                is_ordinal_suffix(&text[..split], &text[split..]).then_some(&text[..split])?
            }
            _ => return None,
        };
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }
}

/// Joins the two sides of a range, letting each lend the other what it leaves unsaid:
/// "$60-65 billion" is 60e9..65e9 dollars, "60 to 70%" is percent on both ends, "two to
/// three decades" is 20..30 years. A scale is lent only when the result still rises: in
/// "$200 to $4 million" the first side is complete as written.
fn merge_range(first: &Side, second: &Side) -> Option<(Side, Side)> {
    let measure = |side: &Side| side.currency.map(Unit::Money).or(side.unit);
    if matches!((measure(first), measure(second)), (Some(a), Some(b)) if a != b) {
        return None;
    }
    // A year and a plain number are not a range ("2024 - 5 firms").
    if (first.numeral.kind == NumeralKind::YearLike)
        != (second.numeral.kind == NumeralKind::YearLike)
    {
        return None;
    }
    let (mut low, mut high) = (first.clone(), second.clone());
    if low.unit.is_none() {
        low.unit = high.unit;
        low.unit_exponent = high.unit_exponent;
    }
    if high.unit.is_none() {
        high.unit = low.unit;
        high.unit_exponent = low.unit_exponent;
    }
    low.currency = low.currency.or(high.currency);
    if !low.scaled && high.scaled {
        let mut shared = low.clone();
        shared.numeral.exponent = high.numeral.exponent;
        shared.scaled = true;
        if shared.value() <= high.value() {
            low = shared;
        }
    }
    (low.value() <= high.value()).then_some((low, high))
}

/// Whether `second` restates a value of unit `first` in another unit of the same kind:
/// dollars for crowns, kilometres for miles, Fahrenheit for Celsius.
fn is_conversion(first: Unit, second: Unit) -> bool {
    match (first, second) {
        (Unit::Money(a), Unit::Money(b)) => a != b,
        (Unit::Physical(a), Unit::Physical(b)) | (Unit::Duration(a), Unit::Duration(b)) => a != b,
        _ => false,
    }
}

/// Web addresses in `text` ("https://…", "www.…", up to the next space): the digits in them
/// are identifiers, never quantities.
fn web_addresses(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for marker in ["://", "www."] {
        let mut from = 0;
        while let Some(at) = text[from..].find(marker).map(|i| from + i) {
            let start = text[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
            let end = text[at..]
                .find(char::is_whitespace)
                .map_or(text.len(), |i| at + i);
            out.push(Span::new(start, end));
            from = end.max(at + marker.len());
        }
    }
    out
}

/// Words that can open a quantity with no digit in sight: number words, vague magnitudes,
/// fractions, month names and parts of a year. Asked of every word of the text, so it is a
/// hash set with a hasher built for short keys (SipHash and binary search both showed up in
/// profiles).
fn starts_word_quantity(word: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let fixed = [
                "a", "an", "several", "tens", "dozens", "decades", "minus", "one",
            ];
            fixed
                .into_iter()
                .chain(ORDINAL_WORDS.iter().map(|(w, _)| *w))
                .chain(MULTIPLYING_VERBS.iter().map(|(w, _, _, _)| *w))
                .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
                .chain(PLURAL_SCALES.iter().map(|(w, _)| *w))
                .chain(FRACTIONS.iter().map(|(w, _)| *w))
                .chain(MONTHS.iter().map(|(w, _)| *w))
                .chain(YEAR_PARTS.iter().map(|(w, _, _)| *w))
                .collect()
        })
        .contains(word)
}

/// Digits of a number token without grouping separators: "10,000" → "10000".
fn plain_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect()
}

/// The unit a suffix glued to digits names: "bhp", "kW", "g", "pc", "USD".
fn glued_unit(suffix: &str) -> Option<Unit> {
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

fn square_unit(name: &str) -> Option<&'static str> {
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

fn cubic_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "foot" => "cubic-foot",
        "metre" => "cubic-metre",
        "inch" => "cubic-inch",
        "yard" => "cubic-yard",
        _ => return None,
    })
}

fn per_hour_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "mile" => "mile-per-hour",
        "kilometre" => "kilometre-per-hour",
        "metre" => "metre-per-hour",
        _ => return None,
    })
}

fn change_noun(word: &str) -> Option<Change> {
    if CHANGE_NOUNS_UP.contains(&word) {
        Some(Change::Up)
    } else if CHANGE_NOUNS_DOWN.contains(&word) {
        Some(Change::Down)
    } else {
        None
    }
}

fn is_ordinal_suffix(digits: &str, suffix: &str) -> bool {
    let suffix = suffix.to_ascii_lowercase();
    let n: u64 = match digits.parse() {
        Ok(n) => n,
        Err(_) => return false,
    };
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix == expected
}

fn iso(year: i32, month: u32, day: u32) -> Option<String> {
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cases::{cells, rows};

    fn all(text: &str) -> Vec<Quantity> {
        quantities(text, Span::new(0, text.len()), None)
    }

    /// The value as the table writes it. A number is written as the row states it when the
    /// two agree to nine significant digits, so that "33.3333" checks every digit written
    /// and "1.99e-30" is not rounded away.
    fn render(value: &Value, want: (&str, &str)) -> (String, String) {
        match value {
            Value::Number { low, high } => {
                let show = |n: f64, want: &str| match want.parse::<f64>() {
                    Ok(w) if (n - w).abs() <= 1e-9 * n.abs().max(w.abs()).max(1e-300) => {
                        want.to_owned()
                    }
                    _ => format!("{n}"),
                };
                (show(*low, want.0), show(*high, want.1))
            }
            Value::Date { low, high } => (low.clone(), high.clone()),
        }
    }

    /// testdata/quantities.txt: sentence | text | low | high | unit | approx | change | counted
    #[test]
    fn quantity_table() {
        let mut failures = Vec::new();
        for (line, row) in rows(include_str!("testdata/quantities.txt")) {
            let cells = cells(row);
            let [sentence, text, low, high, unit, approx, change, counted] = cells[..] else {
                panic!(
                    "testdata/quantities.txt:{line}: expected 8 cells, got {}",
                    cells.len()
                );
            };
            let found = all(sentence);
            let Some(q) = found.iter().find(|q| q.span.of(sentence) == text) else {
                let texts: Vec<&str> = found.iter().map(|q| q.span.of(sentence)).collect();
                failures.push(format!("{line}: {sentence:?}: no {text:?} in {texts:?}"));
                continue;
            };
            let none = |cell: &str| (cell != "-").then(|| cell.to_owned());
            let got = (
                render(&q.value, (low, high)),
                q.unit.as_str(),
                q.approx.as_str(),
                q.change
                    .map(|c| if c == Change::Up { "up" } else { "down" }),
                q.counted.clone(),
            );
            let want = (
                (low.to_owned(), high.to_owned()),
                unit,
                approx,
                none(change)
                    .as_deref()
                    .map(|c| if c == "up" { "up" } else { "down" }),
                none(counted),
            );
            if got != want {
                failures.push(format!(
                    "{line}: {sentence:?} {text:?}:\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "quantity table failures:\n{}",
            failures.join("\n")
        );
    }

    /// testdata/not-quantities.txt: sentences with nothing to extract.
    #[test]
    fn names_times_scores_and_idioms_are_not_quantities() {
        let mut failures = Vec::new();
        for (line, sentence) in rows(include_str!("testdata/not-quantities.txt")) {
            let texts: Vec<String> = all(sentence)
                .iter()
                .map(|q| q.span.of(sentence).to_owned())
                .collect();
            if !texts.is_empty() {
                failures.push(format!("{line}: {sentence:?} gave {texts:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn date_without_year_takes_the_documents_year() {
        let text = "He posted on January 17 that talks restarted.";
        let found = quantities(text, Span::new(0, text.len()), Some(2025));
        assert_eq!(
            found[0].value,
            Value::Date {
                low: "2025-01-17".into(),
                high: "2025-01-17".into()
            }
        );
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "Intro. Sales rose 12% in March.";
        let found = quantities(text, Span::new(7, text.len()), None);
        assert_eq!(found[0].span, Span::new(18, 21));
        assert_eq!(found[0].span.of(text), "12%");
    }
}

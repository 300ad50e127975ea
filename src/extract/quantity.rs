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

use serde::Serialize;

use super::lexicon::{
    COUNTED_STOP_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, HEDGES, MONTHS,
    NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, YEAR_PARTS, lookup,
};
use crate::text::{Span, Token, TokenKind, tokens};

/// How the text hedges a value, as named in claims/1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Approx {
    Exact,
    About,
    /// Below and close: "nearly half".
    Nearly,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

impl Approx {
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::About => "about",
            Approx::Nearly => "nearly",
            Approx::MoreThan => "more-than",
            Approx::AtLeast => "at-least",
            Approx::LessThan => "less-than",
            Approx::AtMost => "at-most",
        }
    }
}

/// The direction of a quantity that states a change ("rose 60%").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Up,
    Down,
}

/// What a quantity measures, as named in claims/1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Percent,
    PercentagePoint,
    /// Lowercase ISO 4217 code.
    Money(&'static str),
    /// `year`, `month`, `week`, `day`, `hour`, `minute`, `second`.
    Duration(&'static str),
    CalendarYear,
    Date,
    Ordinal,
    Count,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::PercentagePoint => "percentage-point",
            Unit::Money(code) | Unit::Duration(code) => code,
            Unit::CalendarYear => "calendar-year",
            Unit::Date => "date",
            Unit::Ordinal => "ordinal",
            Unit::Count => "count",
        }
    }
}

/// A value as stated: a single value has `low == high`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number {
        low: f64,
        high: f64,
    },
    /// ISO 8601 dates, or `--MM-DD` when the year is unknown.
    Date {
        low: String,
        high: String,
    },
}

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
    let slice = within.of(text);
    let grammar = Grammar::new(slice, document_year);
    let mut found = Vec::new();
    let mut i = 0;
    while i < grammar.toks.len() {
        match grammar.date_at(i).or_else(|| grammar.quantity_at(i)) {
            Some((mut quantity, next)) => {
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
    toks: Vec<Token>,
    /// Lowercased token texts, for lexicon lookups.
    lower: Vec<String>,
    document_year: Option<i32>,
}

impl<'t> Grammar<'t> {
    fn new(text: &'t str, document_year: Option<i32>) -> Self {
        let toks = tokens(text);
        let lower = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
        Grammar {
            text,
            toks,
            lower,
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
        self.lower.get(i).map_or("", String::as_str)
    }

    fn is_symbol(&self, i: usize, symbols: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Symbol)
            && symbols.contains(&self.text_of(i))
    }

    fn is_glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.spaced)
    }

    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[end - 1].span.end)
    }

    // ---- numbers and quantities ----

    fn quantity_at(&self, start: usize) -> Option<(Quantity, usize)> {
        let first = self.side(start, None)?;
        if self.is_product_version(start, &first) {
            return None;
        }
        let mut approx = self.hedge_before(start);
        if self.is_symbol(start.wrapping_sub(1), &["-"])
            && self.is_glued(start)
            && self.lower_of(start.wrapping_sub(2)) == "sub"
        {
            approx = Approx::LessThan; // "sub-$8,000"
        }
        let between = self.lower_of(start.wrapping_sub(1)) == "between";
        if between {
            approx = self.hedge_before(start - 1);
        }

        let (mut low_side, mut high_side) = (first.clone(), None);
        let range = self
            .range_connector(first.end, between)
            .and_then(|next| self.side(next, first.currency))
            .and_then(|second| merge_range(&first, &second));
        if let Some((low, high)) = range {
            low_side = low;
            high_side = Some(high);
        }
        let end = high_side.as_ref().map_or(low_side.end, |s| s.end);
        let high_ref = high_side.as_ref().unwrap_or(&low_side);
        let unit_given = low_side.unit.or(high_ref.unit);
        let currency = low_side.currency.or(high_ref.currency);
        let kind = low_side.numeral.kind;

        let unit = match (currency, unit_given, kind) {
            (Some(code), _, _) => Unit::Money(code),
            (None, Some(unit), _) => unit,
            (None, None, NumeralKind::Ordinal) => Unit::Ordinal,
            (None, None, NumeralKind::YearLike) if !low_side.scaled => Unit::CalendarYear,
            // Number words and "a" measure something only with a unit or scale: "one
            // important way" and "a year" on their own are not claims about quantities.
            (None, None, NumeralKind::Words) if low_side.scaled || high_ref.scaled => Unit::Count,
            (None, None, NumeralKind::Words | NumeralKind::Article) => return None,
            (None, None, _) => Unit::Count,
        };
        if kind == NumeralKind::Article
            && (approx == Approx::Exact || !matches!(unit, Unit::Duration(_)))
        {
            return None; // "about a year" is a claim; "a year before" is narrative
        }
        let counted = (unit == Unit::Count)
            .then(|| self.counted_noun(end))
            .flatten();
        let value = Value::Number {
            low: low_side.value(),
            high: high_ref.value(),
        };
        let quantity = Quantity {
            span: self.span(start, end),
            value,
            unit,
            counted,
            approx,
            change: None,
        };
        Some((quantity, end))
    }

    /// `currency? number scale* unit?` starting at token `i`.
    fn side(&self, i: usize, inherited_currency: Option<&'static str>) -> Option<Side> {
        let (currency, number_at) = match self.currency_prefix(i) {
            Some((code, next)) => (Some(code), next),
            None => (None, i),
        };
        let mut numeral = self.numeral(number_at, currency.or(inherited_currency).is_some())?;
        if currency.is_none() && !self.stands_alone(number_at) {
            return None;
        }
        let mut scaled = numeral.exponent != 0;
        let mut j = numeral.end;
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
        if let Some((unit, exponent, next)) = self.unit_after(j) {
            match unit {
                Unit::Money(code) if side.currency.is_none() => side.currency = Some(code),
                Unit::Money(_) => {}
                _ => side.unit = Some(unit),
            }
            side.unit_exponent = exponent;
            side.end = next;
        }
        Some(side)
    }

    /// A currency symbol or code before a number: "$", "US$", "NT$", "€", "USD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let tok = self.tok(i)?;
        if tok.kind == TokenKind::Symbol {
            return lookup(CURRENCY_SYMBOLS, self.text_of(i)).map(|code| (code, i + 1));
        }
        if tok.kind == TokenKind::Word && self.is_symbol(i + 1, &["$"]) && self.is_glued(i + 1) {
            let symbol = format!("{}$", self.text_of(i));
            return lookup(CURRENCY_SYMBOLS, &symbol).map(|code| (code, i + 2));
        }
        let is_code =
            self.text_of(i).len() == 3 && self.text_of(i).chars().all(|c| c.is_ascii_uppercase());
        if is_code && self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Number) {
            return lookup(CURRENCY_WORDS, self.lower_of(i)).map(|code| (code, i + 1));
        }
        None
    }

    /// A number at token `i`: digits ("10,000", "3.9"), digits with a suffix ("10bn", "3rd"),
    /// or number words ("forty-eight", "a").
    fn numeral(&self, i: usize, after_currency: bool) -> Option<Numeral> {
        let tok = self.tok(i)?;
        let text = self.text_of(i);
        match tok.kind {
            TokenKind::Number => {
                let digits: String = text
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                let plain_four = text.len() == 4 && digits.len() == 4;
                let year_like =
                    plain_four && (1800..=2100).contains(&digits.parse::<u32>().unwrap_or(0));
                let kind = if year_like && !after_currency {
                    NumeralKind::YearLike
                } else {
                    NumeralKind::Digits
                };
                Some(Numeral {
                    digits,
                    exponent: 0,
                    kind,
                    end: i + 1,
                })
            }
            TokenKind::Mixed => {
                let split = text.find(|c: char| c.is_alphabetic())?;
                let (number, suffix) = text.split_at(split);
                let digits: String = number
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '.')
                    .collect();
                if !number.starts_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                if let Some(exponent) = lookup(SCALE_SUFFIXES, suffix) {
                    let needs_currency = suffix.len() == 1;
                    return (!needs_currency || after_currency).then_some(Numeral {
                        digits,
                        exponent,
                        kind: NumeralKind::Digits,
                        end: i + 1,
                    });
                }
                is_ordinal_suffix(&digits, suffix).then_some(Numeral {
                    digits,
                    exponent: 0,
                    kind: NumeralKind::Ordinal,
                    end: i + 1,
                })
            }
            TokenKind::Word => {
                let word = self.lower_of(i);
                if matches!(word, "a" | "an") {
                    return Some(Numeral {
                        digits: "1".into(),
                        exponent: 0,
                        kind: NumeralKind::Article,
                        end: i + 1,
                    });
                }
                let mut value = lookup(NUMBER_WORDS, word)?;
                if word == "dozen" {
                    return None; // "a dozen" is for the full grammar; "dozen" alone is not 12
                }
                let mut end = i + 1;
                // "forty-eight"
                let is_tens = value >= 20 && value % 10 == 0;
                let hyphen_glued =
                    self.is_symbol(end, &["-"]) && self.is_glued(end) && self.is_glued(end + 1);
                if let Some(unit) = (is_tens && hyphen_glued)
                    .then(|| lookup(NUMBER_WORDS, self.lower_of(end + 1)))
                    .flatten()
                    .filter(|u| (1..10).contains(u))
                {
                    value += unit;
                    end += 2;
                }
                Some(Numeral {
                    digits: value.to_string(),
                    exponent: 0,
                    kind: NumeralKind::Words,
                    end,
                })
            }
            TokenKind::Symbol => None,
        }
    }

    /// Whether the number at `i` is a number of its own, not part of a name, a time, a
    /// version or a list marker.
    fn stands_alone(&self, i: usize) -> bool {
        let glued_before = self.is_glued(i) && i > 0;
        if glued_before {
            let prev = self.text_of(i - 1);
            // "GPT-4", "COVID-19": a capitalised word joined to the number by a hyphen.
            if prev == "-"
                && self.is_glued(i - 1)
                && self.text_of(i - 2).starts_with(char::is_uppercase)
            {
                return false;
            }
            // "1.2.3", "#5", "@2"
            if matches!(prev, "." | "#" | "@" | "/" | ":" | "_") {
                return false;
            }
        }
        let next = self.text_of(i + 1);
        let glued_after = self.is_glued(i + 1);
        // Clock times and ratios: "15:48".
        if glued_after
            && next == ":"
            && self
                .tok(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number && !t.spaced)
        {
            return false;
        }
        // List markers and section numbers: "2.Promote", or "2." opening a sentence.
        if glued_after && next == "." && (i == 0 || self.tok(i + 2).is_some_and(|t| !t.spaced)) {
            return false;
        }
        true
    }

    /// A version number after a product name ("Llama 3.1", "Windows 11"): a bare count right
    /// after a capitalised word that does not open the sentence.
    fn is_product_version(&self, start: usize, side: &Side) -> bool {
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        let digits = matches!(side.numeral.kind, NumeralKind::Digits);
        bare && digits
            && start >= 2
            && self
                .tok(start - 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.text_of(start - 1).starts_with(char::is_uppercase)
            && lookup(MONTHS, self.lower_of(start - 1)).is_none()
    }

    /// The unit after a number: %, percent, percentage points, a currency word, a duration
    /// (also hyphenated: "20-Year"). Returns the unit, the power of ten it adds ("decades"),
    /// and the token after it.
    fn unit_after(&self, i: usize) -> Option<(Unit, i32, usize)> {
        if self.is_symbol(i, &["%"]) {
            return Some((Unit::Percent, 0, i + 1));
        }
        let word = self.lower_of(i);
        match word {
            "percent" | "pct" => return Some((Unit::Percent, 0, i + 1)),
            "per" if self.lower_of(i + 1) == "cent" => return Some((Unit::Percent, 0, i + 2)),
            "percentage" if matches!(self.lower_of(i + 1), "point" | "points") => {
                return Some((Unit::PercentagePoint, 0, i + 2));
            }
            _ => {}
        }
        if let Some(code) = lookup(CURRENCY_WORDS, word) {
            return Some((Unit::Money(code), 0, i + 1));
        }
        let hyphenated = self.is_symbol(i, &["-"]) && self.is_glued(i) && self.is_glued(i + 1);
        let at = if hyphenated { i + 1 } else { i };
        let &(_, unit, exponent) = DURATION_UNITS
            .iter()
            .find(|(name, _, _)| *name == self.lower_of(at))?;
        Some((Unit::Duration(unit), exponent, at + 1))
    }

    /// After a first value: "to", "-", "–", "~", "-to-", or "and" after "between". Returns
    /// the token where the second value starts.
    fn range_connector(&self, i: usize, between: bool) -> Option<usize> {
        if self.is_symbol(i, &["-", "–", "—", "~"]) {
            if self.lower_of(i + 1) == "to" && self.is_symbol(i + 2, &["-"]) {
                return Some(i + 3); // "two-to-three"
            }
            return Some(i + 1);
        }
        match self.lower_of(i) {
            "to" => Some(i + 1),
            "and" if between => Some(i + 1),
            _ => None,
        }
    }

    /// The hedge phrase that ends right before token `start`, if any.
    fn hedge_before(&self, start: usize) -> Approx {
        for (phrase, approx) in HEDGES {
            let n = phrase.len();
            if start >= n && (0..n).all(|k| self.lower_of(start - n + k) == phrase[k]) {
                return *approx;
            }
        }
        Approx::Exact
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
            approx: self.hedge_before(i),
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
        let day = self.day(j)?;
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
/// three decades" is 20..30 years.
fn merge_range(first: &Side, second: &Side) -> Option<(Side, Side)> {
    let clash = |a: Option<Unit>, b: Option<Unit>| matches!((a, b), (Some(a), Some(b)) if a != b);
    if clash(first.unit, second.unit)
        || matches!((first.currency, second.currency), (Some(a), Some(b)) if a != b)
    {
        return None;
    }
    // A year and a plain number are not a range ("2024 - 5 firms").
    if (first.numeral.kind == NumeralKind::YearLike)
        != (second.numeral.kind == NumeralKind::YearLike)
    {
        return None;
    }
    let (mut low, mut high) = (first.clone(), second.clone());
    if !low.scaled && high.scaled {
        low.numeral.exponent = high.numeral.exponent;
        low.scaled = true;
    }
    if low.unit.is_none() {
        low.unit = high.unit;
        low.unit_exponent = high.unit_exponent;
    }
    if high.unit.is_none() {
        high.unit = low.unit;
        high.unit_exponent = low.unit_exponent;
    }
    low.currency = low.currency.or(high.currency);
    (low.value() <= high.value()).then_some((low, high))
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

    /// A row of the quantity table: sentence, the quantity's text, low, high, unit, approx,
    /// counted. `low`/`high` are written as text so that dates and numbers share one table.
    struct Case {
        sentence: &'static str,
        text: &'static str,
        low: &'static str,
        high: &'static str,
        unit: &'static str,
        approx: &'static str,
        counted: Option<&'static str>,
    }

    const fn case(
        sentence: &'static str,
        text: &'static str,
        low: &'static str,
        high: &'static str,
        unit: &'static str,
        approx: &'static str,
        counted: Option<&'static str>,
    ) -> Case {
        Case {
            sentence,
            text,
            low,
            high,
            unit,
            approx,
            counted,
        }
    }

    const CASES: &[Case] = &[
        case(
            "The plant employs 10,000 workers.",
            "10,000",
            "10000",
            "10000",
            "count",
            "exact",
            Some("workers"),
        ),
        case(
            "Swiss exports reached 1’700 tonnes.",
            "1’700",
            "1700",
            "1700",
            "count",
            "exact",
            Some("tonnes"),
        ),
        case(
            "Output grew 3.9% last year.",
            "3.9%",
            "3.9",
            "3.9",
            "percent",
            "exact",
            None,
        ),
        case(
            "Turnout was 47 per cent.",
            "47 per cent",
            "47",
            "47",
            "percent",
            "exact",
            None,
        ),
        case(
            "Rates rose two percentage points.",
            "two percentage points",
            "2",
            "2",
            "percentage-point",
            "exact",
            None,
        ),
        case(
            "The nations account for over 90% of investment.",
            "90%",
            "90",
            "90",
            "percent",
            "more-than",
            None,
        ),
        case(
            "Losses reached approximately $1 trillion.",
            "$1 trillion",
            "1000000000000",
            "1000000000000",
            "usd",
            "about",
            None,
        ),
        case(
            "The startup spent $5.6M on training.",
            "$5.6M",
            "5600000",
            "5600000",
            "usd",
            "exact",
            None,
        ),
        case(
            "A $34.5B bid was made.",
            "$34.5B",
            "34500000000",
            "34500000000",
            "usd",
            "exact",
            None,
        ),
        case(
            "Revenue hit NT$32.8 billion.",
            "NT$32.8 billion",
            "32800000000",
            "32800000000",
            "twd",
            "exact",
            None,
        ),
        case(
            "It raised US$2 million.",
            "US$2 million",
            "2000000",
            "2000000",
            "usd",
            "exact",
            None,
        ),
        case(
            "The fine is €4.3bn.",
            "€4.3bn",
            "4300000000",
            "4300000000",
            "eur",
            "exact",
            None,
        ),
        case(
            "It costs 500 yuan.",
            "500 yuan",
            "500",
            "500",
            "cny",
            "exact",
            None,
        ),
        case(
            "A chip for sub-$8,000 buyers.",
            "$8,000",
            "8000",
            "8000",
            "usd",
            "less-than",
            None,
        ),
        case(
            "Spending of $60-65 billion is planned.",
            "$60-65 billion",
            "60000000000",
            "65000000000",
            "usd",
            "exact",
            None,
        ),
        case(
            "Approval is 60% to 70% negative.",
            "60% to 70%",
            "60",
            "70",
            "percent",
            "exact",
            None,
        ),
        case(
            "Between 20 and 30 firms left.",
            "20 and 30",
            "20",
            "30",
            "count",
            "exact",
            Some("firms"),
        ),
        case(
            "They led by one to two years.",
            "one to two years",
            "1",
            "2",
            "year",
            "exact",
            None,
        ),
        case(
            "He estimated a two-to-three-year lead.",
            "two-to-three-year",
            "2",
            "3",
            "year",
            "exact",
            None,
        ),
        case(
            "They lag by about a year.",
            "a year",
            "1",
            "1",
            "year",
            "about",
            None,
        ),
        case(
            "He has over 30 years of experience.",
            "30 years",
            "30",
            "30",
            "year",
            "more-than",
            None,
        ),
        case(
            "A 20-Year Deal was signed.",
            "20-Year",
            "20",
            "20",
            "year",
            "exact",
            None,
        ),
        case(
            "It took three months.",
            "three months",
            "3",
            "3",
            "month",
            "exact",
            None,
        ),
        case(
            "Forty-eight hours passed.",
            "Forty-eight hours",
            "48",
            "48",
            "hour",
            "exact",
            None,
        ),
        case(
            "It has fewer than 100 employees.",
            "100",
            "100",
            "100",
            "count",
            "less-than",
            Some("employees"),
        ),
        case(
            "It built a cluster of 10,000 NVIDIA A100 GPUs a year before.",
            "10,000",
            "10000",
            "10000",
            "count",
            "exact",
            Some("NVIDIA A100 GPUs"),
        ),
        case(
            "China has disclosed over 40 AI initiatives since then.",
            "40",
            "40",
            "40",
            "count",
            "more-than",
            Some("AI initiatives"),
        ),
        case(
            "In 2017, China unveiled a plan.",
            "2017",
            "2017",
            "2017",
            "calendar-year",
            "exact",
            None,
        ),
        case(
            "He led the unit from 2016 to 2023.",
            "2016 to 2023",
            "2016",
            "2023",
            "calendar-year",
            "exact",
            None,
        ),
        case(
            "It was the 3rd attempt.",
            "3rd",
            "3",
            "3",
            "ordinal",
            "exact",
            None,
        ),
        case(
            "Prices rose in November 2024.",
            "November 2024",
            "2024-11-01",
            "2024-11-30",
            "date",
            "exact",
            None,
        ),
        case(
            "Released in late 2022, it spread.",
            "late 2022",
            "2022-09-01",
            "2022-12-31",
            "date",
            "exact",
            None,
        ),
        case(
            "Published 2025-01-16 15:48:54.",
            "2025-01-16",
            "2025-01-16",
            "2025-01-16",
            "date",
            "exact",
            None,
        ),
        case(
            "He posted on January 17 that talks restarted.",
            "January 17",
            "--01-17",
            "--01-17",
            "date",
            "exact",
            None,
        ),
        case(
            "The deal closed on Feb. 29, 2024.",
            "Feb. 29, 2024",
            "2024-02-29",
            "2024-02-29",
            "date",
            "exact",
            None,
        ),
        case(
            "It ended 17 March 2020.",
            "17 March 2020",
            "2020-03-17",
            "2020-03-17",
            "date",
            "exact",
            None,
        ),
    ];

    fn render(value: &Value) -> (String, String) {
        match value {
            Value::Number { low, high } => (format!("{low}"), format!("{high}")),
            Value::Date { low, high } => (low.clone(), high.clone()),
        }
    }

    #[test]
    fn quantity_table() {
        for case in CASES {
            let text = case.sentence;
            let found = quantities(text, Span::new(0, text.len()), None);
            let q = found
                .iter()
                .find(|q| q.span.of(text) == case.text)
                .unwrap_or_else(|| {
                    panic!(
                        "{:?}: no quantity {:?} in {:?}",
                        text,
                        case.text,
                        found.iter().map(|q| q.span.of(text)).collect::<Vec<_>>()
                    )
                });
            let (low, high) = render(&q.value);
            assert_eq!(
                (low.as_str(), high.as_str()),
                (case.low, case.high),
                "{text}"
            );
            assert_eq!(q.unit.as_str(), case.unit, "{text}");
            assert_eq!(q.approx.as_str(), case.approx, "{text}");
            assert_eq!(q.counted.as_deref(), case.counted, "{text}");
        }
    }

    /// Sentences whose numbers are names, times, markers or idioms: nothing to extract.
    const NOT_QUANTITIES: &[&str] = &[
        "GPT-4o and GPT-4 beat Llama 3.1 on tests.",
        "The A100 and H20 chips are restricted.",
        "It opened at 15:48 sharp.",
        "2.Promote bilateral governance.",
        "This is one important way to see it.",
        "It is a zero-sum game with a year of delays ahead.",
        "COVID-19 changed everything.",
    ];

    #[test]
    fn names_times_and_idioms_are_not_quantities() {
        for text in NOT_QUANTITIES {
            let found = quantities(text, Span::new(0, text.len()), None);
            let spans: Vec<&str> = found.iter().map(|q| q.span.of(text)).collect();
            assert!(spans.is_empty(), "{text:?} gave {spans:?}");
        }
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

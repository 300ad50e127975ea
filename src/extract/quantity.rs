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

use std::sync::OnceLock;

use super::lexicon::{
    CURRENCY_SYMBOLS, FRACTIONS, MONTHS, MULTIPLYING_VERBS, NUMBER_WORDS, ORDINAL_WORDS,
    PLURAL_SCALES, SCALE_WORDS, WordSet, YEAR_PARTS, lookup, same_word,
};
use super::value::{Approx, Change, Unit, Value};
use crate::text::{Lowercase, Span, Token, TokenKind, Tokenised};

// The grammar is one `Grammar` with an `impl` block per file: this file scans the tokens and
// holds the token helpers; each submodule reads one part of the grammar.
mod dates;
mod hedges;
mod not_quantities;
mod numbers;
mod sides;
mod units;
mod words;

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
    /// The value is a movement stated as "from X to Y" ("fell from 208 pounds to 193"): `low`
    /// is the level left and `high` the level reached, in the order written, so `low` exceeds
    /// `high` for a fall.
    pub from_to: bool,
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
    // Whether the last quantity found restates the one before it in parentheses, so that a
    // second restatement joined to it ("(224 kW / 300 PS)") says the same too.
    let mut last_converts = false;
    // The last quantity found when it is the level a movement left ("from 208 pounds"): its
    // index in `found`, the token after it, and whether a verb of change stands before it,
    // until the level reached ("to 193") joins it.
    let mut level_left: Option<(usize, usize, bool)> = None;
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
                let next_in_parentheses =
                    i > 0 && last_converts && grammar.is_symbol(i - 1, &["/", ",", ";"]);
                last_converts = false;
                if let Some(previous) = found.last()
                    && (in_parentheses || next_in_parentheses)
                    && last_end == Some(i - 1)
                    && is_conversion(previous.unit, quantity.unit)
                {
                    if quantity.approx == Approx::Exact {
                        quantity.approx = previous.approx;
                    }
                    quantity.change = quantity.change.or(previous.change);
                    last_converts = true;
                }
                // "rose $2.15, or 3.1%, to $71.40", "cut 1,200 jobs, or 8 per cent of its
                // staff", "rose 0.3%, or 9 cents": a share restating a change, or an amount
                // restating a share that changed, is the same change.
                // Also without the commas: "slid 11.12 per cent or $1.63 to $13.03".
                let restates = i >= 2
                    && grammar.lower_of(i - 1) == "or"
                    && (last_end == Some(i - 1)
                        || (grammar.is_symbol(i - 2, &[","])
                            && last_end.is_some_and(|end| {
                                end <= i - 2
                                    && i - 2 - end <= 3
                                    && (end..i - 2).all(|k| {
                                        grammar.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
                                    })
                            })));
                if let Some(previous) = found.last()
                    && restates
                    && (quantity.unit == Unit::Percent) != (previous.unit == Unit::Percent)
                    && quantity.change.is_none()
                {
                    quantity.change = previous.change;
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
                // "several hundred or even 1,000 megawatts", "500 or perhaps 600 tonnes": an
                // alternative with no unit of its own takes the unit of the one after "or".
                if let Some(previous) = found.last_mut()
                    && previous.unit == Unit::Count
                    && previous.counted.is_none()
                    && matches!(
                        quantity.unit,
                        Unit::Physical(_) | Unit::Money(_) | Unit::Duration(_)
                    )
                    && last_end.is_some_and(|end| grammar.only_or_between(end, i))
                {
                    previous.unit = quantity.unit;
                }
                last_end = Some(next);
                quantity.span = Span::new(
                    quantity.span.start + within.start,
                    quantity.span.end + within.start,
                );
                // "fell from 208 pounds to 193": the level reached joins the level left into
                // one movement (claims/1's `from_to`), as a reader takes it in.
                // Without a verb of change, a rise is a range ("range in age from 20 years
                // old to 59 years old"), and only a fall a movement.
                if let Some((left, left_end, changed)) = level_left
                    && grammar.reaches_level(left_end, i)
                    && joins_as_movement(&found[left], &quantity)
                {
                    let reached = quantity;
                    let movement = &mut found[left];
                    if let (Value::Number { low, high }, Value::Number { high: to, .. }) =
                        (&mut movement.value, &reached.value)
                    {
                        movement.from_to = changed || *to < *low;
                        *high = *to;
                    }
                    movement.span = Span::new(movement.span.start, reached.span.end);
                    movement.approx = reached.approx;
                    movement.change = None;
                    movement.counted = movement.counted.take().or(reached.counted);
                    level_left = None;
                    i = next;
                    continue;
                }
                // A year or a date between the two levels ("from 20 mpg in 2008 to 29 mpg")
                // leaves the level open; any other quantity closes it.
                if !matches!(quantity.unit, Unit::CalendarYear | Unit::Date) {
                    level_left = grammar
                        .leaves_level(i)
                        .map(|changed| (found.len(), next, changed))
                        .filter(|_| single_number(&quantity));
                }
                found.push(quantity);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// A single number (not a range, not a date), as each level of a movement is.
fn single_number(quantity: &Quantity) -> bool {
    matches!(quantity.value, Value::Number { low, high } if low == high)
        && !matches!(
            quantity.unit,
            Unit::CalendarYear | Unit::Date | Unit::Ordinal
        )
}

/// Whether `reached` is the level that `left` moved to: both single numbers in the same unit.
fn joins_as_movement(left: &Quantity, reached: &Quantity) -> bool {
    single_number(left) && single_number(reached) && left.unit == reached.unit && !left.from_to
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
        decimal_value(&self.digits, self.exponent)
    }
}

/// `digits` × 10^`exponent`, parsed from the decimal text "{digits}e{exponent}" so that the
/// value is the correctly rounded one ("5.6" and 6 is exactly 5600000). The text is written
/// into a buffer on the stack: values are read many times per quantity, and allocating a
/// string for each showed in profiles.
fn decimal_value(digits: &str, exponent: i32) -> f64 {
    use std::fmt::Write as _;
    struct Buffer {
        bytes: [u8; 64],
        len: usize,
    }
    impl std::fmt::Write for Buffer {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            let end = self.len + s.len();
            self.bytes
                .get_mut(self.len..end)
                .ok_or(std::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut buffer = Buffer {
        bytes: [0; 64],
        len: 0,
    };
    if write!(buffer, "{digits}e{exponent}").is_err() {
        // Longer than the buffer: rare enough to allocate.
        return format!("{digits}e{exponent}").parse().unwrap_or(f64::NAN);
    }
    std::str::from_utf8(&buffer.bytes[..buffer.len])
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(f64::NAN)
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
    /// A hedge written after the number: "12,000-plus acres" at-least, "30-odd years" about.
    hedge_after: Option<Approx>,
    /// Index of the token after this side.
    end: usize,
}

impl Side {
    fn value(&self) -> f64 {
        decimal_value(
            &self.numeral.digits,
            self.numeral.exponent + self.unit_exponent,
        )
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

    #[inline]
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    #[inline]
    fn text_of(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    #[inline]
    fn lower_of(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    #[inline]
    fn is_symbol(&self, i: usize, symbols: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Symbol)
            && symbols.iter().any(|s| same_word(s, self.text_of(i)))
    }

    #[inline]
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
    /// skip the ordinary words and punctuation that make up most of a text. Each case is the
    /// condition under which one of the grammar's productions can begin there (a sentence's
    /// full stop, a hyphen or an apostrophe starts nothing unless digits are glued to it).
    fn may_start(&self, i: usize) -> bool {
        let tok = self.toks[i];
        let next = self.tok(i + 1);
        let number_at = |t: Option<&Token>| {
            t.is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        };
        match tok.kind {
            TokenKind::Number | TokenKind::Mixed => true,
            TokenKind::Symbol => match self.text_of(i) {
                // "-5", "−5", ".001", "'25": a sign, a point or an apostrophe glued to digits.
                "-" | "−" | "." | "'" | "’" => {
                    number_at(next) && next.is_some_and(|t| !t.spaced)
                }
                "~" | "≈" => number_at(next),
                // "+0.2%": a plus sign glued to what it signs.
                "+" => next.is_some_and(|t| !t.spaced),
                symbol => lookup(CURRENCY_SYMBOLS, symbol).is_some(),
            },
            TokenKind::Word => {
                let word = self.lower_of(i);
                // A currency code or sign before the amount: "USD 5", "Rs. 20", "US$5", "Y=590".
                // Any other word before a number ("about 5", "said 2", "the 2020 race") starts
                // nothing: the quantity starts at the number and reads its hedge back.
                let text = self.text_of(i);
                let code = (text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()))
                    || matches!(text, "Rs" | "RM" | "LE");
                let before_number = next.is_some_and(|t| {
                    t.kind == TokenKind::Symbol && matches!(self.text_of(i + 1), "$" | "=")
                }) || (code
                    && (number_at(next)
                        || (self.is_symbol(i + 1, &["."]) && number_at(self.tok(i + 2)))));
                if matches!(word, "a" | "an") {
                    return before_number || self.article_may_start(i);
                }
                before_number || starts_word_quantity(word) || word.ends_with("fold")
            }
        }
    }

    /// Whether the article at `i` can start a quantity: as one of a scale, a unit or a
    /// fraction ("a million", "a week", "a dollar", "a third"), as "a few" or "a dozen", or
    /// before a hyphen ("a-plus"). "A" is the commonest word that the grammar would otherwise
    /// try in full, almost always before an ordinary noun.
    fn article_may_start(&self, i: usize) -> bool {
        let next = self.lower_of(i + 1);
        matches!(next, "few" | "dozen")
            || lookup(SCALE_WORDS, next).is_some()
            || lookup(PLURAL_SCALES, next).is_some()
            || lookup(FRACTIONS, next).is_some()
            || self.is_symbol(i + 1, &["-"])
            || self.unit_after(i + 1).is_some()
    }

    #[inline]
    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[end - 1].span.end)
    }
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
        while let Some(at) = find_marker(text, from, marker) {
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

/// The first `marker` in `text` at or after `from`, found by its first byte (a search for a
/// byte is much cheaper than a substring search, and most sentences have no ':' or 'w' at
/// all, or a few).
fn find_marker(text: &str, from: usize, marker: &str) -> Option<usize> {
    let first = marker.as_bytes()[0];
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(offset) = bytes.get(at..)?.iter().position(|&b| b == first) {
        at += offset;
        if bytes[at..].starts_with(marker.as_bytes()) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Words that can open a quantity with no digit in sight: number words, vague magnitudes,
/// fractions, month names and parts of a year. Asked of every word of the text, so it is a
/// [`WordSet`] (SipHash, binary search and then FxHash each showed up in profiles).
fn starts_word_quantity(word: &str) -> bool {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let fixed = [
                "a", "an", "several", "tens", "dozens", "decades", "minus", "one",
            ];
            let fixed = fixed
                .into_iter()
                .chain(ORDINAL_WORDS.iter().map(|(w, _)| *w))
                .chain(MULTIPLYING_VERBS.iter().map(|(w, _, _, _)| *w))
                .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
                .chain(PLURAL_SCALES.iter().map(|(w, _)| *w))
                .chain(FRACTIONS.iter().map(|(w, _)| *w))
                .chain(MONTHS.iter().map(|(w, _)| *w))
                .chain(YEAR_PARTS.iter().map(|(w, _, _)| *w));
            WordSet::new(fixed)
        })
        .contains(word)
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
    /// (`change` is up, down, `-`, or `from-to` for a movement, whose change is null)
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
                match (q.from_to, q.change) {
                    (true, _) => Some("from-to"),
                    (false, Some(Change::Up)) => Some("up"),
                    (false, Some(Change::Down)) => Some("down"),
                    (false, None) => None,
                },
                q.counted.clone(),
            );
            let want = (
                (low.to_owned(), high.to_owned()),
                unit,
                approx,
                none(change).as_deref().map(|c| match c {
                    "up" => "up",
                    "from-to" => "from-to",
                    _ => "down",
                }),
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

    /// "737" before a capitalised name after a count is a model, though a plural follows
    /// ("17 American sailors" stays a count).
    #[test]
    fn a_number_between_a_count_and_a_name_is_a_model() {
        let sentence = "The carrier grounded two new 737 Max jets on Friday.";
        let texts: Vec<&str> = all(sentence).iter().map(|q| q.span.of(sentence)).collect();
        assert_eq!(texts, ["two"]);
        let sentence = "Officials said 17 American sailors were rescued.";
        let texts: Vec<&str> = all(sentence).iter().map(|q| q.span.of(sentence)).collect();
        assert_eq!(texts, ["17"]);
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

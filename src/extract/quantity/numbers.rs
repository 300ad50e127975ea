//! Reading the number of a side: digits with grouping, decimals and glued suffixes ("10,000",
//! "10bn", "3rd", "640bhp"), numbers spelled in words ("one hundred and six"), a sign, a
//! currency before the digits and scientific notation. Values stay decimal digits and a power
//! of ten.

use super::super::lexicon::{
    CURRENCY_SYMBOLS, CURRENCY_WORDS, NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, YEAR_PREPOSITIONS,
    listed, lookup,
};
use super::super::value::Unit;
use super::units::glued_unit;
use super::{Grammar, Numeral, NumeralKind, Spelled};
use crate::text::TokenKind;

impl Grammar<'_> {
    /// Scientific notation after a number: "×10−30", "x 10^23", "×10^-9". Returns the power
    /// of ten and the token after it; the power must be written with "^" or a sign.
    pub(super) fn scientific(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn sign(&self, i: usize) -> (bool, usize) {
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
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
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
        let is_code = (word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase()))
            || matches!(word, "Rs" | "RM");
        let dot = usize::from(self.is_symbol(i + 1, &["."]) && self.is_glued(i + 1));
        if is_code
            && self
                .tok(i + 1 + dot)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        {
            return lookup(CURRENCY_WORDS, self.lower_of(i)).map(|code| (code, i + 1 + dot));
        }
        // "LE 1.5 billion": the Egyptian pound as Egyptian English papers write it, only in
        // capitals and before the amount ("le" is French for "the").
        if word == "LE"
            && self
                .tok(i + 1)
                .is_some_and(|t| t.spaced && t.kind == TokenKind::Number)
        {
            return Some(("egp", i + 1));
        }
        None
    }

    /// A number at token `i`: digits ("10,000", "3.9", ".001"), digits with a suffix ("10bn",
    /// "3rd", "640bhp"), or number words ("forty-eight", "a dozen", "a").
    pub(super) fn numeral(&self, i: usize, after_currency: bool) -> Option<Numeral> {
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
                let year_context = listed(YEAR_PREPOSITIONS, self.lower_of(i.wrapping_sub(1)));
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
                    } else if prefix.chars().all(char::is_uppercase) || prefix == "Rs" {
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
                    // "2.3m viewers", "5m households": before a plural noun, millions of it.
                    let plural_follows = self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && t.spaced)
                        && {
                            let next = self.text_of(i + 1);
                            next.starts_with(char::is_lowercase)
                                && (next == "people"
                                    || (next.len() > 3
                                        && next.ends_with('s')
                                        && !next.ends_with("ss")))
                                && self.physical_unit(i + 1).is_none()
                                && !self.before_dimension(i + 1)
                        };
                    if suffix == "m" && plural_follows {
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
                // "iPhone 5C", "Model 3F": a letter after the digits of a name is a model.
                let after_name = self
                    .tok(i.wrapping_sub(1))
                    .is_some_and(|t| t.kind == TokenKind::Word)
                    && self.text_of(i - 1).chars().any(char::is_uppercase);
                if matches!(suffix, "C" | "F") && after_name {
                    return None;
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
    pub(super) fn spelled_number(&self, i: usize) -> Option<Spelled> {
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
                if last == Last::Start
                    || last == Last::Scale
                    || self.is_title_before_name(j)
                    || self.is_two_capitals(j)
                {
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
        // "one and a half", "two and a quarter", "five and three quarters", and joined by
        // hyphens before a noun, "a three-and-a-half-hour wait".
        let hyphen = |k: usize| {
            usize::from(self.is_symbol(k, &["-"]) && self.is_glued(k) && self.is_glued(k + 1))
        };
        let and = end + usize::from(self.lower_of(end + 1) == "and" && hyphen(end) == 1);
        if self.lower_of(and) == "and" {
            let first = and + 1 + hyphen(and + 1);
            let (numerator, at) = match self.lower_of(first) {
                "a" | "an" | "one" => (1.0, first + 1),
                other => match lookup(NUMBER_WORDS, other).filter(|n| (2..10).contains(n)) {
                    Some(n) => (f64::from(n), first + 1),
                    None => (0.0, end),
                },
            };
            let at = at + hyphen(at);
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
}

/// Digits of a number token without grouping separators: "10,000" → "10000".
pub(super) fn plain_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect()
}

pub(super) fn is_ordinal_suffix(digits: &str, suffix: &str) -> bool {
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

//! Quantities the quantity grammar reads from words more than from digits: vague magnitudes
//! ("tens of billions of dollars", "a few $10M's"), fractions and shares as percentages ("nearly
//! half", "one in five"), multipliers ("~4x/year", "doubled"), ranks spelled as words
//! ("fourth-largest"), and when "one" counts.

use super::super::lexicon::{
    DURATION_UNITS, FRACTIONS, INTENT_VERBS, MULTIPLYING_VERBS, NUMBER_WORDS, ONE_IDIOM_AFTER,
    ONE_PRONOUN_BEFORE, ORDINAL_WORDS, PLURAL_SCALES, SCALE_WORDS, listed, lookup,
};
use super::super::value::{Approx, Unit, Value};
use super::{Grammar, Numeral, NumeralKind, Quantity};
use crate::text::TokenKind;

impl Grammar<'_> {
    /// "tens of billions of dollars", "hundreds of thousands", "millions of Americans",
    /// "dozens", "a few hundred billion", "several million", "decades".
    pub(super) fn vague_at(&self, start: usize) -> Option<(Quantity, usize)> {
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
            // "the slowest pace in decades", "has relied on it for decades": a long time, said
            // for effect; "decades of experience" is an amount of it.
            "decades" if matches!(self.lower_of(i.wrapping_sub(1)), "in" | "for") => return None,
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
            from_to: false,
        };
        Some((quantity, end))
    }

    /// "a few $10M's", "several $100ks": a few of a round amount, as many times it as "a
    /// few" (2..5) or "several" (3..7) say. `at` is where the amount starts.
    pub(super) fn few_amounts(
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
            from_to: false,
        };
        Some((quantity, end + 1))
    }

    /// Fractions as percentages: "nearly half", "half of all", "a third of", "two-thirds of",
    /// and in digits "1/16 of a pint", "about 3/4 of voters".
    pub(super) fn fraction_at(&self, i: usize) -> Option<(Quantity, usize)> {
        if let Some(found) = self.digit_fraction_at(i) {
            return Some(found);
        }
        let hyphen_after = || self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1);
        let (numerator, at) = match self.lower_of(i) {
            // "nearly one-fifth", "a one-third stake".
            "one" if hyphen_after() => (1, i + 2),
            "a" | "an" | "one" => (1, i + 1),
            word => match lookup(NUMBER_WORDS, word).filter(|n| (2..10).contains(n)) {
                Some(n) if hyphen_after() => (n, i + 2),
                Some(n) => (n, i + 1),
                None => (1, i),
            },
        };
        let hundredths = lookup(FRACTIONS, self.lower_of(at))?;
        if at == i && self.lower_of(at) != "half" {
            return None; // "quarter" alone is a period, "third" an ordinal
        }
        let approx = self.approx_before(i);
        // "half a mile", "a quarter of an hour", "a third of a percentage point": a fraction
        // of one unit is that much of the unit, not a share.
        if let Some((unit, exponent, end)) = self.one_unit_after(at + 1) {
            let fraction = hundredths.parse::<f64>().ok()? * f64::from(numerator) / 100.0;
            return Some(self.part_of_unit(i, end, fraction, exponent, unit, approx));
        }
        // "a half inch", "a quarter mile", "a half-hour": with the article, a fraction before
        // a unit of measure or time is that much of it.
        // ("a third-degree felony" is a kind, so only halves and quarters.)
        if at == i + 1
            && matches!(self.lower_of(i), "a" | "an")
            && matches!(self.lower_of(at), "half" | "quarter")
            && let Some((unit, exponent, end)) = self.fraction_unit_after(at + 1)
            && matches!(
                unit,
                Unit::Physical(_) | Unit::Duration(_) | Unit::PercentagePoint
            )
        {
            let fraction = hundredths.parse::<f64>().ok()? * f64::from(numerator) / 100.0;
            return Some(self.part_of_unit(i, end, fraction, exponent, unit, approx));
        }
        // "half a million people", "a quarter of a billion dollars": a fraction of a scale.
        let mut j = at + 1 + usize::from(self.lower_of(at + 1) == "of");
        // "half a dozen firms" too.
        let multiple = match self.lower_of(j + 1) {
            "dozen" => Some(12.0),
            word => lookup(SCALE_WORDS, word).map(|scale| 10f64.powi(scale)),
        };
        if matches!(self.lower_of(j), "a" | "an")
            && let Some(multiple) = multiple
        {
            j += 2;
            let fraction = hundredths.parse::<f64>().ok()? * f64::from(numerator) / 100.0;
            let value = significant(fraction * multiple);
            let (unit, end, counted) = match self.unit_after(j) {
                Some((unit, 0, end)) => (unit, end, None),
                _ => (Unit::Count, j, self.counted_noun(j)),
            };
            let quantity = Quantity {
                counted,
                approx,
                change: self.change_before(i),
                ..self.one_value(i, end, value, unit)
            };
            return Some((quantity, end));
        }
        let next = self.lower_of(at + 1);
        // "fell by a fifth", "cut by half": the share of a change.
        let change = self.change_before(i);
        // "half the voters", "lost half their value": a determiner after the fraction names
        // the whole it is a share of, as "of" does.
        let whole_named = matches!(
            next,
            "of" | "the" | "their" | "its" | "his" | "her" | "our" | "your" | "my"
        );
        // "a two-thirds majority", "a three-quarters stake": joined by a hyphen, a fraction
        // before a noun is the share that noun holds ("third" alone may be a rank).
        // Not before a second hyphen: "a three-quarter-inch pipe" measures the pipe.
        let hyphenated = at == i + 2 && !(self.is_symbol(at + 1, &["-"]) && self.is_glued(at + 1));
        let stands_as_quantity = whole_named
            || hyphenated
            || self.is_symbol(at + 1, &["("])
            || approx != Approx::Exact
            || (change.is_some() && self.lower_of(i.wrapping_sub(1)) == "by");
        let after_determiner = matches!(
            self.lower_of(i.wrapping_sub(1)),
            "the"
                | "first"
                | "second"
                | "last"
                | "this"
                | "next"
                | "latter"
                | "former"
                | "back"
                | "front"
                | "final"
                | "other"
        );
        // "the top half of earners", "the middle one-fifth of the income scale": placed in an
        // order, a fraction names a group (a half, a quintile), not a share anyone states.
        let names_a_group = matches!(
            self.lower_of(i.wrapping_sub(1)),
            "top" | "bottom" | "middle" | "upper" | "lower" | "richest" | "poorest" | "wealthiest"
        );
        if !stands_as_quantity || (after_determiner && !hyphenated) || names_a_group {
            return None;
        }
        let value = hundredths.parse::<f64>().ok()? * f64::from(numerator);
        let value = (value * 1e4).round() / 1e4;
        let quantity = Quantity {
            approx,
            change,
            ..self.one_value(i, at + 1, value, Unit::Percent)
        };
        Some((quantity, at + 1))
    }

    /// "1/16 of a US pint", "3⁄4 of voters": a fraction in digits is a share only before "of"
    /// or after a hedge, so that "3/4" alone stays a possible date or score; before a unit it
    /// is that much of the unit ("1/2 mile").
    fn digit_fraction_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let whole = |j: usize| {
            self.tok(j)
                .filter(|t| t.kind == TokenKind::Number)
                .and_then(|_| self.text_of(j).parse::<u32>().ok())
        };
        let numerator = whole(i)?;
        if !(self.is_symbol(i + 1, &["/", "\u{2044}"])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2))
        {
            return None;
        }
        let denominator = whole(i + 2)?;
        let approx = self.approx_before(i);
        // "approximately 1/2 mile", "a 3/4-inch pipe", "1/16 of a pint": a fraction of a
        // unit measures.
        let of_unit = self
            .unit_after(i + 3)
            .filter(|_| (1..=16).contains(&denominator))
            .or_else(|| self.one_unit_after(i + 3));
        if let Some((unit, exponent, end)) = of_unit
            && numerator < denominator
        {
            let fraction = f64::from(numerator) / f64::from(denominator);
            return Some(self.part_of_unit(i, end, fraction, exponent, unit, approx));
        }
        let share = numerator >= 1
            && numerator < denominator
            && denominator <= 1000
            && (self.lower_of(i + 3) == "of" || approx != Approx::Exact);
        if !share {
            return None;
        }
        let value = significant(f64::from(numerator) * 100.0 / f64::from(denominator));
        let quantity = Quantity {
            approx,
            ..self.one_value(i, i + 3, value, Unit::Percent)
        };
        Some((quantity, i + 3))
    }

    /// A fraction of one unit, or of one unit of a scale ("half a mile", "3/4 of a gallon",
    /// "half a million"), read from tokens `i..end`: that much of the unit, not a share.
    fn part_of_unit(
        &self,
        i: usize,
        end: usize,
        fraction: f64,
        exponent: i32,
        unit: Unit,
        approx: Approx,
    ) -> (Quantity, usize) {
        let value = significant(fraction * 10f64.powi(exponent));
        let quantity = Quantity {
            approx,
            change: self.change_before(i),
            ..self.one_value(i, end, value, unit)
        };
        (quantity, end)
    }

    /// One value (not a range) read from tokens `start..end`: no counted noun, no change, and
    /// the hedge written before it. The readers of numbers in words override what they read
    /// otherwise.
    fn one_value(&self, start: usize, end: usize, value: f64, unit: Unit) -> Quantity {
        Quantity {
            span: self.span(start, end),
            value: Value::Number {
                low: value,
                high: value,
            },
            unit,
            counted: None,
            approx: self.approx_before(start),
            change: None,
            from_to: false,
        }
    }

    /// The unit of "(of) a mile", "an hour", "of a US pint" after a fraction at token `i`:
    /// the unit, the power of ten it adds, and the token after it.
    fn one_unit_after(&self, i: usize) -> Option<(Unit, i32, usize)> {
        let mut j = i + usize::from(self.lower_of(i) == "of");
        if !matches!(self.lower_of(j), "a" | "an") {
            return None;
        }
        j += 1;
        if matches!(self.lower_of(j), "us" | "imperial") {
            j += 1; // "a US pint", "an imperial gallon"
        }
        self.fraction_unit_after(j)
    }

    /// The unit after a fraction: as after a number, and "point" of a rate ("a quarter point",
    /// "half a point"), which a fraction of it makes a percentage point (a point scored is
    /// not split).
    fn fraction_unit_after(&self, j: usize) -> Option<(Unit, i32, usize)> {
        let hyphen = usize::from(self.is_symbol(j, &["-"]) && self.is_glued(j));
        if matches!(self.lower_of(j + hyphen), "point" | "points") {
            return Some((Unit::PercentagePoint, 0, j + hyphen + 1));
        }
        self.unit_after(j)
    }

    /// "one out of three Germans", "1 in 5 adults": a share, read as a percentage like the
    /// fractions. The second number must be larger and measure nothing ("1 in 10 years" is
    /// not a share).
    pub(super) fn ratio_at(&self, i: usize) -> Option<(Quantity, usize)> {
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
            counted: self.counted_noun(denominator.end),
            ..self.one_value(i, denominator.end, value, Unit::Percent)
        };
        Some((quantity, denominator.end))
    }

    /// Multipliers: "~4x/year" (4 times, a count of times as "6.5 times earnings" is), and
    /// verbs that multiply, read as the change in percent they state (claims/1): "doubled"
    /// +100, "tripled" +200, "halved" −50, and "double"/"triple" as verbs ("can double their
    /// quotas", not "a double murder").
    pub(super) fn multiplier_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let tok = self.tok(i)?;
        // "rose threefold", "a 1.5-fold increase", "a three-fold rise": times, as "6.5 times".
        let hyphen_fold = self.is_symbol(i + 1, &["-"])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && self.lower_of(i + 2) == "fold";
        let fold = match tok.kind {
            TokenKind::Number if hyphen_fold => Some((self.text_of(i).parse::<f64>().ok()?, i + 3)),
            TokenKind::Word if hyphen_fold => {
                Some((f64::from(lookup(NUMBER_WORDS, self.lower_of(i))?), i + 3))
            }
            TokenKind::Word => self
                .lower_of(i)
                .strip_suffix("fold")
                .and_then(|number| lookup(NUMBER_WORDS, number))
                .map(|n| (f64::from(n), i + 1)),
            _ => None,
        };
        if let Some((value, end)) = fold {
            let change = self.change_before(i).or_else(|| self.change_after(end));
            let approx = self.approx_before(i);
            // Spelled, "twofold" also means "of two parts" ("a twofold aim"): a multiplier only
            // with a change, a hedge or a verb that states it ("is tenfold").
            let states_factor = change.is_some()
                || approx != Approx::Exact
                || matches!(
                    self.lower_of(i.wrapping_sub(1)),
                    "by" | "is" | "was" | "are" | "were"
                );
            if tok.kind == TokenKind::Word && !states_factor {
                return None;
            }
            let quantity = Quantity {
                counted: Some("times".to_owned()),
                approx,
                change,
                ..self.one_value(i, end, value, Unit::Count)
            };
            return Some((quantity, end));
        }
        if tok.kind == TokenKind::Mixed {
            let text = self.text_of(i);
            let digits = text.strip_suffix(['x', 'X'])?;
            if !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || !digits.starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            // "Christopher 2X" is a name.
            let after_name = i > 0
                && self.tok(i - 1).is_some_and(|t| t.kind == TokenKind::Word)
                && self.text_of(i - 1).starts_with(char::is_uppercase);
            if after_name {
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
                counted: Some("times".to_owned()),
                ..self.one_value(i, end, value, Unit::Count)
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
            // "aims to double revenue", "plans to triple output": after a verb of intent, "to"
            // is the infinitive's and any object follows ("rose to double digits" is none).
            let intended = before == "to"
                && listed(INTENT_VERBS, self.lower_of(i.wrapping_sub(2)))
                && self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && !matches!(after, "down" | "up" | "back" | "as" | "over");
            if !(intended || (modal && object)) {
                return None;
            }
        }
        let quantity = Quantity {
            change: Some(change),
            ..self.one_value(i, i + 1, percent, Unit::Percent)
        };
        Some((quantity, i + 1))
    }

    /// "the fourth-largest market", "its second-biggest": a rank spelled as a word, joined to
    /// a superlative. Alone, "second" is as often time or sequence as rank.
    pub(super) fn ordinal_word_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let rank = lookup(ORDINAL_WORDS, self.lower_of(i))?;
        let superlative = self.lower_of(i + 2);
        let joined = self.is_symbol(i + 1, &["-"]) && self.is_glued(i + 1) && self.is_glued(i + 2);
        if !(joined && (superlative.ends_with("est") || matches!(superlative, "most" | "least"))) {
            return None;
        }
        let value = f64::from(rank);
        let quantity = Quantity {
            approx: Approx::Exact,
            ..self.one_value(i, i + 1, value, Unit::Ordinal)
        };
        Some((quantity, i + 1))
    }

    /// Whether "one" at `start` (its numeral ending at `end`) counts what follows it, as in
    /// "one person was killed", "One proposal asks", "one of the two gunmen": not a name
    /// ("BBC One", "Formula One"), not a pronoun ("no one", "the one who", "a loved one"),
    /// not an idiom of time or discourse ("one day", "at one point", "one another", "on one
    /// hand"). "one of the best" never gets here: "of" ends the counted noun.
    pub(super) fn one_counts(&self, start: usize, end: usize) -> bool {
        let opens = start == 0
            || self.tok(start - 1).is_some_and(|t| {
                t.kind == TokenKind::Symbol && !matches!(self.text_of(start - 1), "." | ",")
            });
        if self.text_of(start).starts_with(char::is_uppercase) && !opens {
            return false;
        }
        let before = self.lower_of(start.wrapping_sub(1));
        let after = self.lower_of(end);
        !(listed(ONE_PRONOUN_BEFORE, before)
            || listed(ONE_IDIOM_AFTER, after)
            || (before == "on" && after == "hand"))
    }

    /// After "one" at `of`: "of" and a number, as in "one of the two gunmen" or "one of its
    /// 12 branches". Returns what the number counts.
    pub(super) fn one_of_a_number(&self, of: usize) -> Option<String> {
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
}

/// A computed fraction to nine significant digits, so that 1/3 of a mile is 0.333333333 and
/// 1/128 of a gallon keeps every digit of 0.0078125.
fn significant(value: f64) -> f64 {
    format!("{value:.8e}").parse().unwrap_or(value)
}

//! The quantity production itself: `hedge? side (connector side)?`, where a side is
//! `currency? sign? number scale* unit?`. Tries the word-led quantities first, reads one side,
//! then a range connector and a second side, and joins the two so that each lends the other
//! what it leaves unsaid ("$60-65 billion").

use super::super::lexicon::{
    MINOR_CURRENCY_WORDS, NUMBER_WORDS, PLURAL_SCALES, SCALE_WORDS, SLASH_NUMERATOR_SYMBOLS,
    listed, lookup,
};
use super::super::value::{Approx, Change, Unit, Value};
use super::units::per_hour_unit;
use super::{Grammar, NumeralKind, Quantity, Side};
use crate::text::{Span, TokenKind};

impl Grammar<'_> {
    pub(super) fn quantity_at(&self, start: usize) -> Option<(Quantity, usize)> {
        if let Some(found) = self
            .vague_at(start)
            .or_else(|| self.fraction_at(start))
            .or_else(|| self.ratio_at(start))
            .or_else(|| self.short_year_at(start))
            .or_else(|| self.ordinal_word_at(start))
            .or_else(|| self.multiplier_at(start))
            .or_else(|| self.race_time_at(start))
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
        let mut first = self.side(start, None)?;
        if self.is_product_version(start, &first)
            || self.is_hyphen_label(start, &first)
            || self.is_rating_after_colon(start, &first)
        {
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
        if approx == Approx::Exact
            && let Some(hedge) = first.hedge_after
        {
            approx = hedge;
        }
        let change = self.change_before(start);

        // "rose from $350 to $680" states two levels of a change, not a range.
        let from_level = self.lower_of(start.wrapping_sub(1)) == "from"
            && self.change_before(start - 1).is_some();
        // The two levels say their unit and scale once, like the two ends of a range: "rose
        // from 24.2 to 33 billion euros", "dropped from 208 pounds to 193", and with no verb
        // of change, "slow from 4.8 to 4.7 percent" (a rise with none is a range, below).
        if self.lower_of(start.wrapping_sub(1)) == "from" && self.lower_of(first.end) == "to" {
            // "from 6.1 to nearly 5 percent": past a hedge of the level reached.
            let hedged = (1..=3)
                .find(|&n| {
                    self.hedge_phrase_before(first.end + 1 + n)
                        .is_some_and(|(_, len)| len == n)
                })
                .unwrap_or(0);
            if let Some(reached) = self.side(first.end + 1 + hedged, Some(&first)) {
                // "from 24.2 to 33-35 billion euros": the level reached may be a range, whose
                // second end states the unit and scale.
                let reached = self
                    .range_connector(reached.end, false, &reached)
                    .and_then(|next| self.side(next, Some(&reached)))
                    .and_then(|second| merge_range(&reached, &second))
                    .map_or(reached, |(_, high)| high);
                lend_level(&mut first, &reached);
            }
        } else if let Some(left) = self.level_left_before(start) {
            lend_level(&mut first, &left);
        }
        // "from up to 252 miles to 287 miles": a bound after "from" is the level left, and
        // "to" the level reached; a range has no bound for its low end (but may be hedged:
        // "from about 14-18 mpg to 24").
        let bound_after_from = !matches!(approx, Approx::Exact | Approx::About | Approx::Nearly)
            && self
                .hedge_phrase_before(start)
                .is_some_and(|(_, n)| self.lower_of(start.wrapping_sub(n + 1)) == "from");
        let (mut low_side, mut high_side) = (first.clone(), None);
        if !from_level && !bound_after_from {
            let connector = self.range_connector(first.end, between, &first);
            if let Some(next) = connector {
                if self.is_score(first.end, &first) {
                    return None; // "2-0", "89-89": results, not quantities
                }
                // "increased by $43.6 billion to $419.2 billion": after a change, "to" a much
                // larger value that the first states in full is the level reached; so is one
                // ten times larger in any case ("fell by 20,000 to 1.3 million", while "rise
                // by 5 to 10 percent" is a range of the change).
                // "slid 11.12 per cent or $1.63 to $13.03": an amount restating a change after
                // "or" is that change, so its "to" reaches a level too.
                let restated_change = self.lower_of(start.wrapping_sub(1)) == "or"
                    && (start.saturating_sub(7)..start - 1).any(|k| {
                        self.tok(k).is_some_and(|t| t.kind == TokenKind::Number)
                            && self.change_before(k).is_some()
                    });
                let level_after_change = |low: &Side, high: &Side| {
                    (change.is_some() || restated_change)
                        && self.lower_of(first.end) == "to"
                        && ((first.currency.is_some() || first.unit.is_some())
                            && high.value() > 2.0 * low.value()
                            || high.value() > 10.0 * low.value())
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
            // "the age of 15", "aged five", "between ages 11-14": an age, in years.
            (None, None, NumeralKind::Digits | NumeralKind::Words)
                if !scaled && self.age_named_before(start) =>
            {
                Unit::Duration("year")
            }
            // A number word counts something only when a noun follows it: "two mosques", but
            // not "one important way", "zero-sum" or "two of the".
            // A compound counts the noun it is joined to: "a three-judge panel", and with the
            // hyphen suspended, "four-, five- and six-cylinder engines".
            (None, None, NumeralKind::Words) => {
                let compound = self.is_symbol(end, &["-"]) && self.is_glued(end);
                let counts = if compound {
                    self.compound_noun(end).is_some()
                } else {
                    // "one of the best" stays an idiom (issue 18); "two of the" counts.
                    self.counted_after(end, || low_side.value() >= 2.0)
                        .is_some()
                        || (self.of_a_group(end) && low_side.value() >= 2.0)
                        || self.level_of_change(start)
                };
                let below_two = low_side.value() < 2.0 && high_side.is_none();
                let counts_one = below_two
                    && !compound
                    && self.lower_of(start) == "one"
                    && (counts || self.one_of_a_number(end).is_some())
                    && self.one_counts(start, end);
                if !counts_one && (below_two || !counts) {
                    return None;
                }
                Unit::Count
            }
            (None, None, NumeralKind::Article) => return None,
            // "49 Zorro Ranch Road", "9 E 71st St": a house number, not a count; "the 90049
            // ZIP Code": a code.
            (None, None, NumeralKind::Digits)
                if !scaled && (self.street_follows(end) || self.code_follows(end)) =>
            {
                return None;
            }
            // "its 787 Dreamliner", "two 737 Max jets", "11 Pro Max": a model number.
            (None, None, NumeralKind::Digits)
                if !scaled && high_side.is_none() && self.model_name_follows(start, end) =>
            {
                return None;
            }
            // "Jane Roe, 65, said": an age set off after a name, in years.
            (None, None, NumeralKind::Digits)
                if !scaled && high_side.is_none() && self.is_age_after_name(start, end) =>
            {
                Unit::Duration("year")
            }
            (None, None, _) => Unit::Count,
        };
        // "under the age of 15": the hedge stands before the phrase that names the age.
        if unit == Unit::Duration("year")
            && approx == Approx::Exact
            && start >= 3
            && self.lower_of(start - 3) == "the"
            && self.age_named_before(start)
        {
            approx = self.approx_before(start - 3);
        }
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
            && (self.follows_an_amount(start - 1) || self.amount_named_before(start - 1))
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
        // "a dollar" is an amount too, as is "a euro".
        let article_amount = matches!(unit, Unit::Money(_))
            && high_side.is_none()
            && self
                .tok(start + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.text_of(start + 1).starts_with(char::is_lowercase);
        if kind == NumeralKind::Article
            && !scaled
            && !article_amount
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
            // "light-years away" is a plural unit, not a compound before a noun.
            && !self.lower_of(end - 1).ends_with('s')
            && matches!(unit, Unit::Duration(_) | Unit::Physical(_));
        let counted = if unit == Unit::Count && kind == NumeralKind::Words && self.is_glued(end) {
            self.compound_noun(end)
        } else if unit == Unit::Count && self.lower_of(end) == "of" {
            self.one_of_a_number(end) // "one of the two gunmen": one gunman
        } else {
            (unit == Unit::Count || modifier)
                .then(|| self.counted_after(end, || low_side.value() >= 2.0))
                .flatten()
        };
        let change = match unit {
            Unit::CalendarYear | Unit::Date | Unit::Ordinal => None,
            _ if from_level => None,
            // "its biggest one-day rise", "a two-week decline": a duration before a change
            // noun says how long the change took, not its size.
            Unit::Duration(_) => change,
            // "raised 40% of the money from donors": a share, not the rate of a change.
            Unit::Percent | Unit::PercentagePoint | Unit::Physical("basis-point") => change
                .or_else(|| {
                    (self.lower_of(end) != "of")
                        .then(|| self.rate_change_before(start))
                        .flatten()
                })
                .or_else(|| self.change_after(end)),
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
            from_to: false,
        };
        Some((quantity, end))
    }

    /// Whether token `j` is two capital letters ("TN", "MN", "BN").
    pub(super) fn is_two_capitals(&self, j: usize) -> bool {
        let text = self.text_of(j);
        text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Whether token `j` is "Cr" before a capitalised word: the title Australian papers give
    /// a councillor ("Cr Jane Brown"), which shares its letters with the crore.
    pub(super) fn is_title_before_name(&self, j: usize) -> bool {
        self.text_of(j) == "Cr"
            && self.tok(j + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.spaced
                    && self
                        .text_of(j + 1)
                        .starts_with(|c: char| c.is_ascii_uppercase())
            })
    }

    /// `currency? sign? number scale* unit?` starting at token `i`. `first` is the range's
    /// first side when this is its second.
    pub(super) fn side(&self, i: usize, first: Option<&Side>) -> Option<Side> {
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
            match numeral.kind {
                NumeralKind::Digits | NumeralKind::YearLike => numeral.kind = NumeralKind::Digits,
                // "minus ten degrees", "minus five percent": the sign spelled out as well.
                NumeralKind::Words => {}
                _ => return None,
            }
            numeral.digits.insert(0, '-');
        }
        // "a 2 1/2 year old", "3 1/2 miles": a whole number and a fraction in halves,
        // quarters or eighths, which stay exact in decimal digits.
        if numeral.kind == NumeralKind::Digits
            && numeral.exponent == 0
            && !numeral.digits.contains('.')
            && let Some((numerator, denominator)) = self.fraction_after_whole(numeral.end)
            && let Ok(whole) = numeral.digits.parse::<f64>()
        {
            let sign = if whole < 0.0 { -1.0 } else { 1.0 };
            let value = whole + sign * f64::from(numerator) / f64::from(denominator);
            numeral.digits = format!("{value}");
            numeral.end += 3;
        }
        let mut j = numeral.end;
        if numeral.kind == NumeralKind::Digits
            && let Some((exponent, next)) = self.scientific(j)
        {
            numeral.exponent += exponent;
            j = next;
        }
        let mut scaled = numeral.exponent != 0 || numeral.scaled;
        // "a $1.2-billion fund", "its 2.8-million residents": a scale joined by a hyphen, as
        // Canadian papers write an amount before a noun.
        if self.is_symbol(j, &["-"])
            && self.is_glued(j)
            && self.is_glued(j + 1)
            && lookup(SCALE_WORDS, self.lower_of(j + 1)).is_some_and(|e| e >= 6)
        {
            j += 1;
        }
        while let Some(exponent) = lookup(SCALE_WORDS, self.lower_of(j)) {
            // "Ward 5 Cr Smith": before a name, "Cr" is a councillor's title, not crore; "Route
            // 14 TN", "5 MN": two capitals are a state or a name, not "tn", "mn".
            if currency.is_none() && (self.is_title_before_name(j) || self.is_two_capitals(j)) {
                break;
            }
            numeral.exponent += exponent;
            scaled = true;
            j += 1;
        }
        // "three billions", "2 millions": a plural scale right after a number multiplies it.
        if !scaled
            && let Some(exponent) = lookup(PLURAL_SCALES, self.lower_of(j)).filter(|&e| e >= 6)
        {
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
            hedge_after: None,
            end: j,
        };
        // "12,000-plus acres", "30-odd years", "$4-plus a gallon": a hedge joined to the number.
        if self.is_symbol(j, &["-"]) && self.is_glued(j) && self.is_glued(j + 1) {
            side.hedge_after = match self.lower_of(j + 1) {
                "plus" => Some(Approx::AtLeast),
                "odd" | "ish" => Some(Approx::About),
                _ => None,
            };
            if side.hedge_after.is_some() {
                j += 2;
                side.end = j;
            }
        }
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
            // "5 more years", "two additional weeks": a word that adds to a number stands
            // between it and its unit.
            None => self.unit_after(j).or_else(|| {
                (self.adds_to(j) && side.numeral.value() >= 2.0)
                    .then(|| self.unit_after(j + 1))
                    .flatten()
            }),
        };
        // "1.3 A/cm2", "5mg/L", "1,000 kg/m3": a unit per another unit.
        let unit = match unit {
            Some((Unit::Physical(name), 0, next)) => Some(
                self.unit_per(name, next)
                    .map_or((Unit::Physical(name), 0, next), |(per, after)| {
                        (Unit::Physical(per), 0, after)
                    }),
            ),
            // (The slash is asked first: most numbers have no unit, and no slash after one.)
            None if self.is_symbol(j + 1, &["/"]) => {
                lookup(SLASH_NUMERATOR_SYMBOLS, self.text_of(j))
                    .and_then(|name| self.unit_per(name, j + 1))
                    .map(|(per, after)| (Unit::Physical(per), 0, after))
            }
            None => None,
            other => other,
        };
        // "$ 20,000.00 $ 37,305.97": a currency sign after an amount that has one opens the
        // next amount.
        let unit = unit.filter(|&(unit, _, _)| {
            !(matches!(unit, Unit::Money(_))
                && side.currency.is_some()
                && self.tok(j).is_some_and(|t| t.kind == TokenKind::Symbol))
        });
        if let Some((unit, exponent, mut next)) = unit {
            match unit {
                Unit::Money(code) if side.currency.is_none() => side.currency = Some(code),
                Unit::Money(_) => {}
                _ => side.unit = Some(unit),
            }
            side.unit_exponent = exponent;
            // "75 USD million": a scale after the currency code.
            if matches!(unit, Unit::Money(_)) && !scaled {
                while let Some(exponent) = lookup(SCALE_WORDS, self.lower_of(next)) {
                    side.unit_exponent += exponent;
                    side.scaled = true;
                    next += 1;
                }
            }
            side.end = next;
            // "a 6-foot-3 forward", "5-foot-10-inch": a height in feet and inches, in feet.
            if unit == Unit::Physical("foot")
                && let Some((inches, after)) = self.inches_after_feet(next)
                && let Ok(feet) = side.numeral.digits.parse::<f64>()
            {
                side.numeral.digits = format!("{}", significant_feet(feet + inches / 12.0));
                side.end = after;
            }
        }
        // "20 ringgit and 43 sen", "5 dollars 50 cents": hundredths after a whole amount.
        if side.currency.is_some()
            && !side.scaled
            && side.unit_exponent == 0
            && side.numeral.exponent == 0
            && !side.numeral.digits.contains('.')
            && side.numeral.kind == NumeralKind::Digits
        {
            let at = side.end + usize::from(self.lower_of(side.end) == "and");
            let hundredths = self
                .tok(at)
                .filter(|t| t.kind == TokenKind::Number)
                .and_then(|_| self.text_of(at).parse::<u8>().ok())
                .filter(|&n| n < 100);
            if let Some(n) = hundredths
                && listed(MINOR_CURRENCY_WORDS, self.lower_of(at + 1))
            {
                side.numeral.digits = format!("{}.{n:02}", side.numeral.digits.replace(',', ""));
                side.end = at + 2;
            }
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

    /// Whether the words before `start` name an age: "aged 15", "ages 11-14", "the age of 15".
    fn age_named_before(&self, start: usize) -> bool {
        match self.lower_of(start.wrapping_sub(1)) {
            "aged" | "ages" | "age" => true,
            "of" => self.lower_of(start.wrapping_sub(2)) == "age",
            _ => false,
        }
    }

    /// Whether "of" at `of` opens the group a number word counts members of: "two of the
    /// vehicle's occupants", "four of whom", "three of them".
    fn of_a_group(&self, of: usize) -> bool {
        self.lower_of(of) == "of"
            && matches!(
                self.lower_of(of + 1),
                "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "those"
                    | "these"
                    | "whom"
                    | "them"
                    | "us"
                    | "which"
            )
    }

    /// Whether the number at `start` is a level that a change reached or left, or the figure a
    /// level is compared with: there a number word stands for its count as digits do, with
    /// the noun said once before ("had risen to five, up from three", "fell to nine on Monday
    /// from six", "compared with eight a year earlier"). "Up to three" is a bound, not a level.
    fn level_of_change(&self, start: usize) -> bool {
        let k = start - self.hedge_phrase_before(start).map_or(0, |(_, n)| n);
        let before = |n: usize| self.lower_of(k.wrapping_sub(n));
        let reached_after_change = |to: usize| {
            self.lower_of(to) == "to"
                && self.lower_of(to.wrapping_sub(1)) != "up"
                && self.change_word(to.wrapping_sub(1)).is_some()
        };
        match before(1) {
            "to" => before(2) == "compared" || reached_after_change(k - 1),
            "with" => before(2) == "compared",
            "from" => {
                matches!(before(2), "up" | "down")
                    || self.change_before(k - 1).is_some()
                    // "rose to nine on Monday from six": the level left after the one reached.
                    || (k.saturating_sub(8)..k - 1)
                        .rev()
                        .take_while(|&j| self.tok(j).is_some_and(|t| t.kind != TokenKind::Symbol))
                        .any(reached_after_change)
            }
            _ => false,
        }
    }

    /// Whether the number at `start` (ending before `end`) is an age set off by commas after
    /// a name: "Jane Roe, 65, said", "Roe, 25, of Springfield".
    fn is_age_after_name(&self, start: usize, end: usize) -> bool {
        let name_before = start >= 2
            && self.is_symbol(start - 1, &[","])
            && self.tok(start - 2).is_some_and(|t| {
                t.kind == TokenKind::Word && self.text_of(start - 2).starts_with(char::is_uppercase)
            });
        let whole_years = end == start + 1
            && self
                .text_of(start)
                .parse::<u8>()
                .is_ok_and(|age| (1..=120).contains(&age));
        name_before && whole_years && self.is_symbol(end, &[","])
    }

    /// A fraction in halves, quarters or eighths written after a whole number ("2 1/2"), as
    /// numerator and denominator.
    fn fraction_after_whole(&self, i: usize) -> Option<(u8, u8)> {
        let small = |j: usize| {
            self.tok(j)
                .filter(|t| t.kind == TokenKind::Number)
                .and_then(|_| self.text_of(j).parse::<u8>().ok())
        };
        let spaced = self.tok(i).is_some_and(|t| t.spaced);
        let slash = self.is_symbol(i + 1, &["/", "\u{2044}"]) && self.is_glued(i + 1);
        if !(spaced && slash && self.is_glued(i + 2)) {
            return None;
        }
        let (numerator, denominator) = (small(i)?, small(i + 2)?);
        // Not a date or a score that follows: "on 3/4".
        let more = self.is_symbol(i + 3, &["/"]) && self.is_glued(i + 3);
        (matches!(denominator, 2 | 4 | 8) && numerator < denominator && !more)
            .then_some((numerator, denominator))
    }

    /// The level a change left, when the value at `start` is the level it reached: the side
    /// after "from" in "fell from 208 pounds to 193" or "climbed from 21 mpg combined to 23"
    /// (a few words may qualify it, but no other number).
    fn level_left_before(&self, start: usize) -> Option<Side> {
        if start < 3 || self.lower_of(start - 1) != "to" {
            return None;
        }
        let from = (start.saturating_sub(9)..start - 2)
            .rev()
            .find(|&k| self.lower_of(k) == "from")?;
        self.change_before(from)?; // only the levels of a change ("fell from … to …")
        let left = self.side(from + 1, None)?;
        let qualifiers_only = (left.end..start - 1).all(|k| {
            self.tok(k)
                .is_some_and(|t| t.kind == TokenKind::Word && self.lower_of(k) != "to")
        });
        (left.end < start && left.end + 3 >= start - 1 && qualifiers_only).then_some(left)
    }

    /// Whether the quantity starting at token `start` is the level a movement leaves: right
    /// after "from", or after "from" and a bound ("from up to 252 miles to 287 miles").
    /// Returns whether a verb of change stands before "from" ("fell from …").
    pub(super) fn leaves_level(&self, start: usize) -> Option<bool> {
        // Most quantities have no "from" before them: ask that first.
        if !(1..=4).any(|n| self.lower_of(start.wrapping_sub(n)) == "from") {
            return None;
        }
        let hedge = self.hedge_phrase_before(start).map_or(0, |(_, n)| n);
        let from = start.checked_sub(hedge + 1)?;
        (self.lower_of(from) == "from").then(|| self.change_before(from).is_some())
    }

    /// Whether the quantity starting at token `start` is the level reached by a movement
    /// whose level left ends before token `left_end`: right after "to", with at most a few
    /// words between that say when or where the first level held ("from $36,040 at 10pm last
    /// night to $34,935", "from $75 U.S. per barrel to $45.88"), and no clause between; the
    /// level reached may be hedged ("to nearly 5 percent").
    pub(super) fn reaches_level(&self, left_end: usize, start: usize) -> bool {
        const MOST_WORDS_BETWEEN: usize = 6;
        // "from 6.1 to nearly 5 percent": the level reached may be hedged.
        let start = start - self.hedge_phrase_before(start).map_or(0, |(_, n)| n);
        if start < left_end + 1 || self.lower_of(start - 1) != "to" {
            return false;
        }
        let between = left_end..start - 1;
        between.len() <= MOST_WORDS_BETWEEN
            && between.clone().all(|k| {
                !self.is_symbol(k, &[",", ";", ":", "(", ")", "–", "—"])
                    && !matches!(
                        self.lower_of(k),
                        "and" | "or" | "but" | "to" | "from" | "while" | "then" | "than"
                    )
            })
    }

    /// "-3" or "-10-inch" glued after "6-foot": the inches of a height, under twelve, and the
    /// token after them.
    fn inches_after_feet(&self, i: usize) -> Option<(f64, usize)> {
        if !(self.is_symbol(i, &["-"]) && self.is_glued(i) && self.is_glued(i + 1)) {
            return self.spaced_inches_after_feet(i);
        }
        let inches = self
            .tok(i + 1)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| self.text_of(i + 1).parse::<u8>().ok())
            .filter(|&n| n < 12)?;
        let inch_word = self.is_symbol(i + 2, &["-"])
            && self.is_glued(i + 2)
            && matches!(self.lower_of(i + 3), "inch" | "inches" | "in");
        Some((f64::from(inches), if inch_word { i + 4 } else { i + 2 }))
    }

    /// "5 feet 11 inches", "5 ft 2 in", "six feet and two inches", "5 foot, 11 inches": a height
    /// written apart, as police descriptions give it. "in" is the inch only where no word follows
    /// it ("6 feet 2 in 2019" is a year).
    fn spaced_inches_after_feet(&self, i: usize) -> Option<(f64, usize)> {
        // "5 foot, 11 inches tall": a comma too, before the inches' word.
        let comma = self.is_symbol(i, &[","]);
        let at = if comma || self.lower_of(i) == "and" {
            i + 1
        } else {
            i
        };
        let inches = match self.tok(at)?.kind {
            TokenKind::Number => self.text_of(at).parse::<u8>().ok()?,
            TokenKind::Word => u8::try_from(lookup(NUMBER_WORDS, self.lower_of(at))?).ok()?,
            _ => return None,
        };
        if inches >= 12 {
            return None;
        }
        let inch_word = match self.lower_of(at + 1) {
            "inch" | "inches" => true,
            "in" if !comma => self
                .tok(at + 2)
                .is_none_or(|t| t.kind == TokenKind::Symbol || self.lower_of(at + 2) == "tall"),
            _ => false,
        };
        if inch_word {
            return Some((f64::from(inches), at + 2));
        }
        // "5 feet 3 to 5 feet 5, who wore", "6 feet 2 tall": the inches' word left unsaid, where
        // nothing else could follow a bare number.
        let bare = !comma
            && self.tok(at).is_some_and(|t| t.kind == TokenKind::Number)
            && (self.tok(at + 1).is_none()
                || self.is_symbol(at + 1, &[",", ".", ";", ")"])
                || self.lower_of(at + 1) == "tall"
                || (self.lower_of(at + 1) == "to"
                    && self
                        .tok(at + 2)
                        .is_some_and(|t| t.kind == TokenKind::Number)
                    && matches!(self.lower_of(at + 3), "feet" | "foot")));
        bare.then_some((f64::from(inches), at + 1))
    }

    /// "$52 billion in subsidies over five years": an amount and the words naming what it is,
    /// up to three, before the word at `over` ("in over two years" is a bound: a preposition
    /// right before it asks for the bound).
    fn amount_named_before(&self, over: usize) -> bool {
        if matches!(
            self.lower_of(over.wrapping_sub(1)),
            "in" | "for" | "of" | "to" | "by"
        ) {
            return false;
        }
        (1..=3).any(|n| {
            over > n + 1
                && self.amount_ends_at(over - n - 1)
                && (over - n..over).all(|k| {
                    self.tok(k).is_some_and(|t| t.kind == TokenKind::Word)
                        && self.text_of(k).starts_with(char::is_lowercase)
                })
        })
    }

    /// Whether tokens `end..start` are "or" and at most one word that weighs the other
    /// value ("or even", "or perhaps"), as between two alternative values.
    pub(super) fn only_or_between(&self, end: usize, start: usize) -> bool {
        const WEIGHING: &[&str] = &["even", "perhaps", "possibly", "maybe", "probably"];
        self.lower_of(end) == "or"
            && (start == end + 1 || (start == end + 2 && listed(WEIGHING, self.lower_of(end + 1))))
    }

    /// After a first value: "to", "through", "-", "–", "~", "-to-", "and" after "between", or
    /// "or" after a bare number ("three or four years"). Returns the token where the second
    /// value starts.
    pub(super) fn range_connector(&self, i: usize, between: bool, first: &Side) -> Option<usize> {
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
            // "ages 18 through 24", "grades 9 thru 12": American English for an inclusive range.
            "to" | "through" | "thru" => Some(i + 1),
            "and" if between => Some(i + 1),
            "or" if first.unit.is_none() && first.currency.is_none() => Some(i + 1),
            _ => None,
        }
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

/// Feet and twelfths as a decimal, to six significant digits ("5-foot-10" is 5.83333 feet).
fn significant_feet(feet: f64) -> f64 {
    (feet * 1e5).round() / 1e5
}

/// Lends `level` what the other level of the same change states and it leaves unsaid: the
/// currency or unit, and the scale when only the scale brings the two within a factor of ten
/// of each other ("from 24.2 to 33 billion euros", but "from 800 to 1.2 million" stays 800).
fn lend_level(level: &mut Side, other: &Side) {
    if level.currency.is_none() && level.unit.is_none() {
        level.currency = other.currency;
        level.unit = other.unit;
        level.unit_exponent = other.unit_exponent;
    }
    let near = |a: f64, b: f64| a > 0.0 && b > 0.0 && (0.1..=10.0).contains(&(a / b));
    if !level.scaled && other.scaled && !near(level.value(), other.value()) {
        let mut shared = level.clone();
        shared.numeral.exponent += other.numeral.exponent;
        shared.scaled = true;
        if near(shared.value(), other.value()) {
            *level = shared;
        }
    }
}

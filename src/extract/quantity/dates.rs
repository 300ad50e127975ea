//! Dates in the quantity grammar: ISO dates, months with or without a day and a year, parts of a
//! year ("late 2022"), a month named alone after a word that places a time ("in January"),
//! years written with an apostrophe ("'25"), and race times ("won in 2:05:48").

use super::super::lexicon::{
    DATED_BY_YEAR, MONTH_PLACERS, MONTHS, RACE_TIME_CUES, YEAR_PARTS, YEAR_PREPOSITIONS, listed,
    lookup,
};
use super::super::value::{Approx, Unit, Value};
use super::numbers::is_ordinal_suffix;
use super::{Grammar, Quantity};
use crate::text::TokenKind;

impl Grammar<'_> {
    /// "won in 2:05:48", "ran 3:43.13", "a time of 1:59:40": hours, minutes and seconds (or
    /// minutes and seconds with a decimal) after a word that times a performance, in seconds.
    /// Elsewhere "10:18:32" is a clock ("at 10:18:32 a.m.") and "3:45" a clock or a ratio.
    pub(super) fn race_time_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let group = |j: usize| {
            self.tok(j)
                .filter(|t| t.kind == TokenKind::Number && !t.spaced)
                .map(|_| self.text_of(j))
        };
        let colon = |j: usize| self.is_symbol(j, &[":"]) && self.is_glued(j);
        if !colon(i + 1) || self.tok(i).is_none_or(|t| t.kind != TokenKind::Number) {
            return None;
        }
        let first: f64 = self.text_of(i).parse().ok()?;
        let second = group(i + 2)?;
        let sixtieths = |text: &str| {
            let whole = text.split('.').next().unwrap_or(text);
            (whole.len() == 2 && !text.contains(','))
                .then(|| text.parse::<f64>().ok())
                .flatten()
                .filter(|&v| v < 60.0)
        };
        let (seconds, end) = if colon(i + 3) {
            let third = group(i + 4)?;
            if second.contains('.') {
                return None;
            }
            let total = first * 3600.0 + sixtieths(second)? * 60.0 + sixtieths(third)?;
            (total, i + 5)
        } else if second.contains('.') {
            (first * 60.0 + sixtieths(second)?, i + 3)
        } else {
            return None;
        };
        // The hedge is read back as for any quantity ("in under 2:06:00"); the cue stands
        // before it.
        let hedge = self.hedge_phrase_before(i).map_or(0, |(_, len)| len);
        let cue = i.checked_sub(hedge + 1)?;
        let timed = listed(RACE_TIME_CUES, self.lower_of(cue))
            || (self.lower_of(cue) == "of" && self.lower_of(cue.wrapping_sub(1)) == "time");
        // "in 10:30:00 UTC": a clock with its zone.
        let zone = self.text_of(end);
        let clock = matches!(self.lower_of(end), "am" | "pm" | "a" | "p")
            || ((2..=4).contains(&zone.len()) && zone.bytes().all(|b| b.is_ascii_uppercase()));
        if !timed || clock {
            return None;
        }
        let seconds = (seconds * 1000.0).round() / 1000.0;
        let quantity = Quantity {
            span: self.span(i, end),
            value: Value::Number {
                low: seconds,
                high: seconds,
            },
            unit: Unit::Duration("second"),
            counted: None,
            approx: self.approx_before(i),
            change: None,
            from_to: false,
        };
        Some((quantity, end))
    }

    pub(super) fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
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
            from_to: false,
        };
        Some((quantity, end))
    }

    /// "2025-01-16"
    pub(super) fn iso_date(&self, i: usize) -> Option<(String, String, usize)> {
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
    pub(super) fn part_of_year(&self, i: usize) -> Option<(String, String, usize)> {
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
    pub(super) fn month_first_date(&self, i: usize) -> Option<(String, String, usize)> {
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
    pub(super) fn month_alone(&self, i: usize, month: u32) -> Option<(String, String, usize)> {
        if !listed(MONTH_PLACERS, self.lower_of(i.wrapping_sub(1))) {
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
    pub(super) fn day_first_date(&self, i: usize) -> Option<(String, String, usize)> {
        let day = self.day(i)?;
        let month = self.month(i + 1)?;
        let (year, end) = match self.year(i + 2) {
            Some(year) => (Some(year), i + 3),
            None => (None, i + 2),
        };
        let date = self.complete_date(year, month, day)?;
        Some((date.clone(), date, end))
    }

    pub(super) fn complete_date(&self, year: Option<i32>, month: u32, day: u32) -> Option<String> {
        match year.or(self.document_year) {
            Some(year) => iso(year, month, day),
            None => (day <= days_in_month(2000, month)).then(|| format!("--{month:02}-{day:02}")),
        }
    }

    /// A capitalised month name ("may" and "march" in lowercase are verbs).
    pub(super) fn month(&self, i: usize) -> Option<u32> {
        let tok = self.tok(i)?;
        let capitalised = self.text_of(i).starts_with(char::is_uppercase);
        (tok.kind == TokenKind::Word && capitalised)
            .then(|| lookup(MONTHS, self.lower_of(i)))
            .flatten()
    }

    pub(super) fn year(&self, i: usize) -> Option<i32> {
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
    pub(super) fn day(&self, i: usize) -> Option<u32> {
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

    /// "in '25", "the class of ’09": a year written with an apostrophe and two digits, after a
    /// word that places a time. The century is the one that puts the year nearest the
    /// document's (or this) time: up to ten years ahead.
    pub(super) fn short_year_at(&self, i: usize) -> Option<(Quantity, usize)> {
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
        let placed = listed(YEAR_PREPOSITIONS, before)
            || lookup(MONTHS, before).is_some()
            || matches!(
                before,
                "summer" | "spring" | "autumn" | "fall" | "winter" | "class"
            )
            || (before == "the" && listed(DATED_BY_YEAR, self.lower_of(i + 2)));
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
            from_to: false,
        };
        Some((quantity, i + 2))
    }
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

//! The values the extractors state, in the terms of claims/1: how a value is hedged
//! ([`Approx`]), whether it states a change ([`Change`]), what it measures ([`Unit`]) and the
//! value itself ([`Value`]). The grammar in `quantity` and the word lists in `lexicon` both
//! speak these types, so they live apart from either.

use serde::{Deserialize, Serialize};

/// How the text hedges a value, as named in claims/1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Lowercase singular English name: `mile`, `kilogram`, `degree-celsius`.
    Physical(&'static str),
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::PercentagePoint => "percentage-point",
            Unit::Money(code) | Unit::Duration(code) | Unit::Physical(code) => code,
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

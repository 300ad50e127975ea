//! The interval a stated value covers, for deciding whether two claims can both be true.
//!
//! One table, applied to the value as stated (`low..=high`, before any conversion):
//!
//! | approx      | interval                          | why                                        |
//! |-------------|-----------------------------------|--------------------------------------------|
//! | exact, one value | v ± min(half the last stated digit, 5%) | "38%" covers what rounds to 38; "$6 million" is round, but not ±50% |
//! | exact, range | low..=high                       | the ends of a range are chosen on purpose  |
//! | about       | ±10% of each end                  | "about a year" is 0.9–1.1 years            |
//! | nearly      | [v − 10%, v)                      | close to v and below it                    |
//! | more-than   | (v, ∞)                            | open above, excluding v                    |
//! | at-least    | [v, ∞)                            | open above, including v                    |
//! | less-than   | (−∞, v)                           |                                            |
//! | at-most     | (−∞, v]                           |                                            |
//!
//! A fall ("down 5%") is the mirror image of a rise: −5, so a rise and a fall never agree.

use crate::extract::{Approx, Change};

const ABOUT: f64 = 0.10;
const ROUNDING_CAP: f64 = 0.05;

/// A set of real numbers between two ends, each end included or not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
    pub low_included: bool,
    pub high_included: bool,
}

impl Interval {
    fn closed(low: f64, high: f64) -> Interval {
        Interval {
            low,
            high,
            low_included: true,
            high_included: true,
        }
    }

    /// What a value stated as `low..=high` with `approx` covers; `change` mirrors falls.
    pub fn stated(low: f64, high: f64, approx: Approx, change: Option<Change>) -> Interval {
        let interval = match approx {
            Approx::Exact if low == high => {
                let spread = rounding(low).min(low.abs() * ROUNDING_CAP);
                Interval::closed(low - spread, high + spread)
            }
            Approx::Exact => Interval::closed(low, high),
            Approx::About => Interval::closed(low - low.abs() * ABOUT, high + high.abs() * ABOUT),
            Approx::Nearly => Interval {
                high_included: false,
                ..Interval::closed(high - high.abs() * ABOUT, high)
            },
            Approx::MoreThan => Interval {
                low_included: false,
                ..Interval::closed(high, f64::INFINITY)
            },
            Approx::AtLeast => Interval::closed(low, f64::INFINITY),
            Approx::LessThan => Interval {
                high_included: false,
                ..Interval::closed(f64::NEG_INFINITY, low)
            },
            Approx::AtMost => Interval::closed(f64::NEG_INFINITY, high),
        };
        match change {
            Some(Change::Down) => interval.mirrored(),
            _ => interval,
        }
    }

    fn mirrored(self) -> Interval {
        Interval {
            low: -self.high,
            high: -self.low,
            low_included: self.high_included,
            high_included: self.low_included,
        }
    }

    /// The same interval in a unit `factor` times smaller ("2 years" → 24 months: factor 12).
    pub fn scaled(self, factor: f64) -> Interval {
        Interval {
            low: self.low * factor,
            high: self.high * factor,
            ..self
        }
    }

    /// Whether some number lies in both.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = |a: &Interval, b: &Interval| {
            a.high < b.low || (a.high == b.low && !(a.high_included && b.low_included))
        };
        !below(self, other) && !below(other, self)
    }
}

/// Half a unit of the last non-zero digit of `value`: 47 → 0.5, 6e6 → 5e5, 3.9 → 0.05.
fn rounding(value: f64) -> f64 {
    let value = value.abs();
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let mut unit = 10f64.powi(value.log10().floor() as i32);
    // Walk down from the leading digit to the last one that is not zero.
    for _ in 0..12 {
        let steps = value / unit;
        if (steps - steps.round()).abs() < 1e-6 * steps.max(1.0) {
            return unit / 2.0;
        }
        unit /= 10.0;
    }
    unit / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use Approx::*;

    fn of(low: f64, high: f64, approx: Approx) -> Interval {
        Interval::stated(low, high, approx, None)
    }

    /// (a, b, overlap?) for values as the text states them.
    #[test]
    fn hedged_values_overlap_as_people_read_them() {
        let cases = [
            // "two to three years" vs "about a year": 2..3 and 0.9..1.1
            (of(2.0, 3.0, Exact), of(1.0, 1.0, About), false),
            // "one to two years" vs "about a year"
            (of(1.0, 2.0, Exact), of(1.0, 1.0, About), true),
            // "47%" vs "nearly half": 46.5..47.5 and 45..50 below 50
            (of(47.0, 47.0, Exact), of(50.0, 50.0, Nearly), true),
            // "nearly half" vs "half": nearly excludes the value itself
            (of(50.0, 50.0, Nearly), of(50.0, 50.0, Exact), true),
            (of(50.0, 50.0, Nearly), of(51.0, 51.0, Exact), false),
            // "more than 90%" vs "90%": 90 rounds from 89.5..90.5, which reaches above 90
            (of(90.0, 90.0, MoreThan), of(90.0, 90.0, Exact), true),
            // "more than 90" vs "fewer than 90"
            (of(90.0, 90.0, MoreThan), of(90.0, 90.0, LessThan), false),
            // "at least 5" vs "at most 5"
            (of(5.0, 5.0, AtLeast), of(5.0, 5.0, AtMost), true),
            // "$5.576 million" vs "$6 million": 6 is round, 5.576 is not
            (of(5.576e6, 5.576e6, Exact), of(6e6, 6e6, Exact), false),
            (of(5.8e6, 5.8e6, Exact), of(6e6, 6e6, Exact), true),
            // an implicit zero ("the gap has disappeared") vs "less than a year"
            (of(0.0, 0.0, About), of(1.0, 1.0, LessThan), true),
            (of(0.0, 0.0, About), of(1.0, 1.0, About), false),
        ];
        for (i, (a, b, expected)) in cases.iter().enumerate() {
            assert_eq!(a.overlaps(b), *expected, "case {i}: {a:?} vs {b:?}");
            assert_eq!(b.overlaps(a), *expected, "case {i} reversed");
        }
    }

    #[test]
    fn a_fall_never_agrees_with_a_rise() {
        let rise = Interval::stated(5.0, 5.0, Exact, Some(Change::Up));
        let fall = Interval::stated(5.0, 5.0, Exact, Some(Change::Down));
        assert!(!rise.overlaps(&fall));
        assert_eq!(fall.high, -4.75);
    }

    #[test]
    fn rounding_is_half_the_last_stated_digit() {
        assert_eq!(rounding(47.0), 0.5);
        assert_eq!(rounding(6e6), 5e5);
        assert!((rounding(3.9) - 0.05).abs() < 1e-12);
        assert_eq!(rounding(1700.0), 50.0);
    }
}

//! Geometry of a comparison's range plot: one shared axis, and per member a bar drawn as
//! honestly as its hedge allows. Pure arithmetic, so it is tested natively; the SVG is drawn by
//! the comparison board.

use crate::claims::{Approx, ComparisonMember};

/// Width of the plot in SVG user units; positions are in 0..=WIDTH.
pub const WIDTH: f64 = 1000.0;

/// The axis of one comparison: every member's interval fits, with a margin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
}

/// How one member is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Left and right ends, in 0..=WIDTH.
    pub from: f64,
    pub to: f64,
    /// The interval runs on past the axis ("more than", "less than"): drawn with an arrow.
    pub open_left: bool,
    pub open_right: bool,
    /// The ends are soft ("about"): drawn faded and dashed.
    pub soft: bool,
    /// "nearly": the value is an upper bound the truth stays just below.
    pub nearly: bool,
    /// Stated in words, not numbers ("the gap disappeared").
    pub implicit: bool,
    /// Where the stated values stand (one for a single value, two for a range).
    pub marks: Vec<f64>,
}

impl Scale {
    pub fn of(members: &[ComparisonMember]) -> Scale {
        let values = members.iter().flat_map(|m| {
            [m.low, m.high, Some(m.stated_low), Some(m.stated_high)]
                .into_iter()
                .flatten()
        });
        let (mut min, mut max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        if !min.is_finite() || !max.is_finite() {
            return Scale { min: 0.0, max: 1.0 };
        }
        // Values well above zero are read against zero: 2 years is twice 1 year.
        if min > 0.0 && min <= max * 0.5 {
            min = 0.0;
        }
        if min == max {
            let spread = (min.abs() * 0.5).max(1.0);
            (min, max) = (min - spread, max + spread);
        }
        let margin = (max - min) * 0.08;
        let unbounded = members.iter().any(|m| m.low.is_none() || m.high.is_none());
        let margin = if unbounded { margin * 2.0 } else { margin };
        // A value at zero itself (a gap that vanished) needs room to be seen.
        let at_zero = members.iter().any(|m| m.stated_low == 0.0);
        Scale {
            min: if min == 0.0 && !at_zero {
                0.0
            } else {
                min - margin
            },
            max: max + margin,
        }
    }

    /// Position of `value` on the plot, clamped to its edges.
    pub fn x(&self, value: f64) -> f64 {
        ((value - self.min) / (self.max - self.min) * WIDTH).clamp(0.0, WIDTH)
    }

    /// Round values for axis labels: 1, 2 or 5 times a power of ten apart, at most six.
    pub fn ticks(&self) -> Vec<f64> {
        let range = self.max - self.min;
        if range <= 0.0 || !range.is_finite() {
            return Vec::new();
        }
        let magnitude = 10f64.powf((range / 5.0).log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|step| range / step <= 6.0)
            .unwrap_or(10.0 * magnitude);
        let first = (self.min / step).ceil() as i64;
        let last = (self.max / step).floor() as i64;
        // i × 0.2 is 46.800000000000004 in binary: round to the step's own decimals.
        let decimals = (-step.log10().floor()).max(0.0) as i32;
        let unit = 10f64.powi(decimals);
        (first..=last)
            .map(|i| (i as f64 * step * unit).round() / unit)
            .collect()
    }

    pub fn bar(&self, member: &ComparisonMember) -> Bar {
        let from = member.low.map_or(0.0, |v| self.x(v));
        let to = member.high.map_or(WIDTH, |v| self.x(v));
        let mut marks = vec![self.x(member.stated_low)];
        if member.stated_high != member.stated_low {
            marks.push(self.x(member.stated_high));
        }
        Bar {
            from,
            to: to.max(from),
            open_left: member.low.is_none(),
            open_right: member.high.is_none(),
            soft: member.approx == Approx::About,
            nearly: member.approx == Approx::Nearly,
            implicit: member.implicit,
            marks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(
        low: Option<f64>,
        high: Option<f64>,
        stated: (f64, f64),
        approx: Approx,
    ) -> ComparisonMember {
        ComparisonMember {
            claim: "c1".into(),
            quantity: Some("q1".into()),
            doc: "d".into(),
            speaker: None,
            via: None,
            value: String::new(),
            approx,
            stated_low: stated.0,
            stated_high: stated.1,
            low,
            high,
            implicit: false,
            qualifiers: Vec::new(),
        }
    }

    #[test]
    fn the_axis_holds_every_member_and_starts_at_zero_for_positive_values() {
        let members = [
            member(Some(2.0), Some(3.0), (2.0, 3.0), Approx::Exact),
            member(Some(0.9), Some(1.1), (1.0, 1.0), Approx::About),
        ];
        let scale = Scale::of(&members);
        assert_eq!(scale.min, 0.0);
        assert!(scale.max > 3.0 && scale.max < 3.5, "{scale:?}");
        assert_eq!(scale.ticks(), [0.0, 1.0, 2.0, 3.0]);
        let about = scale.bar(&members[1]);
        assert!(about.soft && about.from < about.marks[0] && about.marks[0] < about.to);
        assert_eq!(
            scale.bar(&members[0]).marks.len(),
            2,
            "a range marks both ends"
        );
    }

    #[test]
    fn open_hedges_run_to_the_edge() {
        let members = [
            member(Some(90.0), None, (90.0, 90.0), Approx::MoreThan),
            member(Some(71.64), Some(72.36), (72.0, 72.0), Approx::Exact),
        ];
        let scale = Scale::of(&members);
        let more = scale.bar(&members[0]);
        assert!(more.open_right && !more.open_left);
        assert_eq!(more.to, WIDTH);
        let exact = scale.bar(&members[1]);
        assert!(exact.to < more.from, "72% lies left of 'more than 90%'");
    }

    #[test]
    fn ticks_carry_no_binary_noise() {
        let scale = Scale {
            min: 46.05,
            max: 47.15,
        };
        let ticks = scale.ticks();
        assert_eq!(ticks, [46.2, 46.4, 46.6, 46.8, 47.0]);
        let labels: Vec<String> = ticks
            .iter()
            .map(|&t| crate::wording::readable_number(t))
            .collect();
        assert!(labels.iter().all(|l| l.len() <= 4), "{labels:?}");
    }

    #[test]
    fn a_single_value_still_gets_a_visible_axis() {
        let members = [member(Some(0.0), Some(0.0), (0.0, 0.0), Approx::About)];
        let scale = Scale::of(&members);
        assert!(scale.max > scale.min);
        assert!(!scale.ticks().is_empty());
    }
}

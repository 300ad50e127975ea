//! Reading a unit back from its claims/1 name ("usd", "year", "square-mile"), for analyses
//! read from JSON. The names come from the word lists the grammar reads, so a currency is known
//! by its table entry, never guessed from the shape of its code. A test reads the unit of every
//! case of `testdata/quantities.txt` back by its name, so a unit the grammar writes without a
//! table entry fails it.

use super::lexicon::{
    CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, GLUED_UNITS, GluedUnit,
    PHYSICAL_UNIT_WORDS,
};
use super::value::Unit;

/// The unit claims/1 calls `name`, when a word list of the grammar names it; `None` for a name
/// no list holds (units the grammar composes, such as "square-mile", or made-up names).
///
/// ```
/// use claimscope::extract::{Unit, unit_named};
/// assert_eq!(unit_named("usd"), Some(Unit::Money("usd")));
/// assert_eq!(unit_named("week"), Some(Unit::Duration("week")));
/// assert_eq!(unit_named("percentage-point"), Some(Unit::PercentagePoint));
/// assert_eq!(unit_named("kilometre"), Some(Unit::Physical("kilometre")));
/// assert_eq!(unit_named("xyz"), None);
/// ```
pub fn unit_named(name: &str) -> Option<Unit> {
    let fixed = [
        Unit::Percent,
        Unit::PercentagePoint,
        Unit::CalendarYear,
        Unit::Date,
        Unit::Ordinal,
        Unit::Count,
    ];
    if let Some(unit) = fixed.into_iter().find(|u| u.as_str() == name) {
        return Some(unit);
    }
    let glued = |wanted: fn(GluedUnit) -> Option<&'static str>| {
        GLUED_UNITS
            .iter()
            .filter_map(move |&(_, unit)| wanted(unit))
    };
    let currency = CURRENCY_SYMBOLS
        .iter()
        .chain(CURRENCY_WORDS)
        .map(|&(_, code)| code)
        .chain(CURRENCY_PHRASES.iter().map(|&(_, _, code)| code))
        .chain(glued(|u| match u {
            GluedUnit::Money(code) => Some(code),
            _ => None,
        }))
        .find(|&code| code == name);
    if let Some(code) = currency {
        return Some(Unit::Money(code));
    }
    let duration = DURATION_UNITS
        .iter()
        .map(|&(_, unit, _)| unit)
        .chain(glued(|u| match u {
            GluedUnit::Duration(unit) => Some(unit),
            _ => None,
        }))
        .find(|&unit| unit == name);
    if let Some(unit) = duration {
        return Some(Unit::Duration(unit));
    }
    PHYSICAL_UNIT_WORDS
        .iter()
        .map(|&(_, unit)| unit)
        .chain(glued(|u| match u {
            GluedUnit::Physical(unit) => Some(unit),
            _ => None,
        }))
        .find(|&unit| unit == name)
        .map(Unit::Physical)
}

#[cfg(test)]
mod tests {
    use super::super::cases::{cells, rows};
    use super::*;
    use crate::extract::quantities;
    use crate::text::Span;

    /// Every unit the grammar writes for the table's cases reads back as itself; a name no
    /// word list holds can only be a composed physical unit ("square-mile").
    #[test]
    fn every_unit_of_the_quantity_cases_reads_back_by_its_name() {
        for (line, row) in rows(include_str!("testdata/quantities.txt")) {
            let sentence = cells(row)[0];
            for q in quantities(sentence, Span::new(0, sentence.len()), None) {
                match unit_named(q.unit.as_str()) {
                    Some(unit) => assert_eq!(unit, q.unit, "line {line}: {sentence}"),
                    None => assert!(
                        matches!(q.unit, Unit::Physical(_)),
                        "line {line}: {sentence}: {:?} has no name to read back",
                        q.unit
                    ),
                }
            }
        }
    }
}

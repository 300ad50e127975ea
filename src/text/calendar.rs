//! The names of months and weekdays, whole and cut, as news and pages print them: one table for
//! every rule that reads a date ("Feb 2, 2025") or must tell one from a name ("By Monday";
//! "Jan" opening a sentence is not a person).

/// Month names and abbreviations, lowercased and without the dot, with their numbers.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekdays written in full, lowercased.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekdays cut short, lowercased and without the dot.
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The number of the month a lowercase word names, in full or abbreviated ("jan", "sept").
pub fn month_number(lower: &str) -> Option<u32> {
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, number)| number)
}

/// Whether a lowercase word is a month's full name: the longest name the table gives it
/// ("may" has no other).
pub fn is_full_month(lower: &str) -> bool {
    month_number(lower).is_some_and(|number| {
        MONTHS
            .iter()
            .all(|&(name, n)| n != number || name.len() <= lower.len())
    })
}

/// The months' cut names: "jan", "sept".
pub fn month_abbreviations() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .map(|&(name, _)| name)
        .filter(|name| !is_full_month(name))
}

/// Whether a lowercase word is a month or weekday in full.
pub fn is_month_or_weekday(lower: &str) -> bool {
    is_full_month(lower) || WEEKDAYS.contains(&lower)
}

/// Whether a lowercase word is a month or weekday, in full or cut ("feb", "sept", "thu").
pub fn is_date_word(lower: &str) -> bool {
    month_number(lower).is_some()
        || WEEKDAYS.contains(&lower)
        || WEEKDAY_ABBREVIATIONS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_and_cut_names_of_months() {
        assert!(is_full_month("september") && is_full_month("may"));
        assert!(!is_full_month("sept") && !is_full_month("jan") && !is_full_month("roe"));
        let cut: Vec<_> = month_abbreviations().collect();
        assert_eq!(cut.len(), 12);
        assert!(cut.contains(&"sept") && !cut.contains(&"may"));
        assert!(is_date_word("thu") && is_date_word("oct") && !is_date_word("octopus"));
    }
}

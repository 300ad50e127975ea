//! The names of months and weekdays, whole and cut, as pages print them: one list for every
//! rule that must tell a date from a name ("By Monday", "Feb 2, 2025", "Jan" is not a person).

/// Months written in full, lowercased.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Months cut short, lowercased and without the dot ("May" is whole already).
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
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

/// Whether a lowercased word is a month or weekday in full.
pub fn is_month_or_weekday(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Whether a lowercased word is a month or weekday, in full or cut ("feb", "sept", "thu").
pub fn is_date_word(word: &str) -> bool {
    is_month_or_weekday(word)
        || MONTH_ABBREVIATIONS.contains(&word)
        || WEEKDAY_ABBREVIATIONS.contains(&word)
}

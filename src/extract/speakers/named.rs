//! Antecedents the text named without quoting them: the last person, group, or body or
//! document written before a pronoun.

use super::kinds::THING_NOUNS;
use super::names::{Forms, clean_name, is_title};
use crate::extract::attribution::{names_a_group, opens_sentences};

/// The last "the report", "a new ad", "its lawsuit" in the text before `before`, within
/// reach: a determiner, at most two words, and a noun for a body or a document.
pub(super) fn last_named_thing(text: &str, before: usize) -> Option<String> {
    let mut from = before.saturating_sub(NAME_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let words: Vec<&str> = text[from..before]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let at = words
        .iter()
        .rposition(|w| THING_NOUNS.contains(&w.to_lowercase().as_str()))?;
    let det = (at.saturating_sub(3)..at).rev().find(|&i| {
        matches!(
            words[i].to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this"
        )
    })?;
    Some(words[det..=at].join(" "))
}

/// How far back (in bytes) a pronoun looks for a person the text named.
const NAME_REACH: usize = 600;

/// The last group of people the text named before `before`, within reach, that speaks for
/// its work ("opponents", "officials", "investigators"), as written.
pub(super) fn last_named_group(text: &str, before: usize) -> Option<String> {
    let from = before.saturating_sub(NAME_REACH);
    let from = (from..before).find(|&i| text.is_char_boundary(i))?;
    text[from..before]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .find(|w| names_a_group(w))
        .map(str::to_owned)
}

/// The last personal name ("Jane Roe", "Mary Ann Roe") in the text before `before`, within
/// reach: two or three capitalised words that are not an organisation or a place.
pub(super) fn last_named_person(forms: &Forms, before: usize) -> Option<String> {
    let text = forms.text;
    const NOT_PERSONAL: &[&str] = &[
        "University",
        "Department",
        "Committee",
        "Party",
        "House",
        "Senate",
        "Council",
        "Group",
        "Corporation",
        "Inc",
        "News",
        "Times",
        "Post",
        "Court",
        "Commission",
        "Center",
        "Centre",
        "Institute",
        "Association",
        "Administration",
        "Agency",
        "Bank",
        "States",
        "Union",
        "Republic",
        "Kingdom",
        "Project",
        "Act",
        "Summit",
        "Street",
        "Avenue",
        "County",
        "City",
        "Company",
        "Foundation",
        "Ministry",
        "Office",
        "Service",
        "Security",
        "Force",
        "Army",
        "White",
        "Supreme",
        "National",
        "International",
        "American",
        "Chinese",
        "United",
    ];
    let mut from = before.saturating_sub(NAME_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..before];
    let words: Vec<&str> = window
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'))
        .collect();
    // Runs of capitalised words, last first: a run of two or three is a full name; a single
    // word is a surname when the document gave its full form earlier ("Jane Roe … Roe").
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && words[j].starts_with(char::is_uppercase) {
            j += 1;
        }
        if j > i {
            runs.push(&words[i..j]);
        }
        i = j.max(i + 1);
    }
    let mut surnames_tried = 0;
    for run in runs.iter().rev() {
        let ordinary = !run.iter().any(|w| NOT_PERSONAL.contains(w) || is_title(w))
            && run.iter().all(|w| w.len() >= 2);
        if !ordinary {
            continue;
        }
        if (2..=3).contains(&run.len()) {
            return Some(clean_name(&run.join(" ")));
        }
        // A capitalised sentence opener ("She", "In", "But") or an acronym ("BET") is no
        // surname: it must not use up the tries before the surname further back.
        let no_surname = run.len() == 1
            && (opens_sentences(run[0])
                || matches!(
                    run[0],
                    "He" | "She" | "They" | "His" | "Her" | "Their" | "We" | "I"
                )
                || run[0].chars().all(|c| c.is_uppercase()));
        if run.len() == 1 && !no_surname && surnames_tried < 4 {
            surnames_tried += 1;
            let surname = clean_name(run[0]);
            if surname.len() >= 3 {
                let forms = forms.of(&surname);
                let full = forms.iter().rfind(|(at, _)| *at < before);
                if let Some((_, full)) = full {
                    return Some(full.clone());
                }
            }
        }
    }
    None
}

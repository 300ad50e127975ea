//! Antecedents the text named without quoting them: the last person, group, or body or
//! document written before a pronoun.

use super::kinds::{THING_NOUNS, names_a_person};
use super::names::{Forms, PERSONAL_TITLES, clean_name, is_title};
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

/// Capitalised words that make a run of them an organisation's or a place's name, not a
/// person's.
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

/// The last personal name ("Jane Roe", "Mary Ann Roe") in the text before `before`, within
/// reach: two or three capitalised words that are not an organisation or a place.
pub(super) fn last_named_person(forms: &Forms, before: usize) -> Option<String> {
    let text = forms.text;
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

/// The person a "he" or "she" at `before` stands for when its own sentence (from
/// `sentence_start`) opens with that person's name, outside any quotation: the subject a
/// later pronoun of the sentence most often continues ("Roe made the remark as he toured …",
/// "Sen. Jane Roe scolded him: “…,” she said"). A name whose title says the other sex ("Mr.
/// Roe" for "she") is passed over, and so is a sentence that opens inside a quotation.
pub(super) fn person_named_in_sentence(
    forms: &Forms,
    sentence_start: usize,
    before: usize,
    pronoun: &str,
) -> Option<String> {
    let text = forms.text;
    if sentence_start >= before || !text.is_char_boundary(sentence_start) {
        return None;
    }
    let window = &text[sentence_start..before];
    // A sentence that opens inside a quotation ("Roe has nobody like that,” he said.") names
    // the quoted speaker's people, not its own: the closing mark is no sentence's start.
    // (Only the paragraph is read: counting the marks of the whole text before it made each
    // pronoun cost the length of the document.)
    if opens_inside_quotation(&text[..sentence_start]) {
        return None;
    }
    // Its opening words end at a quotation, whose words are the quoted speaker's.
    let window = &window[..window.find(['“', '”', '"']).unwrap_or(window.len())];
    // The words that open the sentence, up to its first lowercase word, in groups that
    // punctuation separates: "Democratic Sen." | "Jane Roe" | "(D-Ohio)".
    let mut groups: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
    for piece in
        window.split_inclusive(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'))
    {
        let at = piece.as_ptr() as usize - window.as_ptr() as usize;
        let word = piece
            .trim_end_matches(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'));
        let ends = &piece[word.len()..];
        if !word.is_empty() {
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            groups
                .last_mut()
                .expect("a group")
                .push((sentence_start + at, word));
        }
        if !ends.is_empty() && ends != " " && groups.last().is_some_and(|g| !g.is_empty()) {
            groups.push(Vec::new());
        }
    }
    let mut titles: Vec<&str> = Vec::new();
    for group in groups.iter().filter(|g| !g.is_empty()) {
        let head = group
            .iter()
            .take_while(|(_, w)| {
                PERSONAL_TITLES.contains(w)
                    || ROLE_HEADS.contains(w)
                    || NOT_PERSONAL.contains(w)
                    || matches!(*w, "And" | "But")
            })
            .count();
        titles.extend(group[..head].iter().map(|(_, w)| *w));
        let name_words = &group[head..];
        if name_words.is_empty() {
            continue;
        }
        let ordinary = name_words.len() <= 3
            && name_words.iter().all(|(_, w)| {
                w.len() >= 2
                    && w.chars().any(char::is_lowercase)
                    && !NOT_PERSONAL.contains(w)
                    && !is_title(w)
                    && !opens_sentences(w)
            });
        if !ordinary {
            return None;
        }
        let (last_at, last) = *name_words.last().expect("a name has words");
        // "Roe's friend …, but he …": the pronoun is the friend.
        let possessive = last.ends_with("'s") || last.ends_with("’s");
        // "Roe “was a good neighbour,” she said": a quotation right after the name is the
        // pronoun's, about the name.
        let quoted_next = window[last_at - sentence_start + last.len()..]
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .is_empty()
            && window.len() < before - sentence_start;
        // "Police said …, he said": a common noun the text also writes in lowercase.
        let common = name_words.len() == 1 && text.contains(&format!(" {}", last.to_lowercase()));
        if possessive || quoted_next || common {
            return None;
        }
        let surname = clean_name(last);
        let name = if name_words.len() >= 2 {
            clean_name(
                &name_words
                    .iter()
                    .map(|(_, w)| *w)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        } else {
            let full = forms.of(&surname);
            match full.iter().rfind(|(at, _)| *at <= last_at) {
                Some((_, full)) if names_a_person(full) => full.clone(),
                _ if titles.iter().any(|t| PERSONAL_TITLES.contains(t)) => surname.clone(),
                _ => return None,
            }
        };
        // The title written here tells the sex; without one, the title the text gives the
        // name elsewhere.
        let here = |title: &str| titles.contains(&title);
        let elsewhere = |title: &str| {
            text.contains(&format!("{title}. {surname}"))
                || text.contains(&format!("{title} {surname}"))
        };
        let (male, female) = if here("Mr") || here("Mrs") || here("Ms") {
            (here("Mr"), here("Mrs") || here("Ms"))
        } else {
            (elsewhere("Mr"), elsewhere("Mrs") || elsewhere("Ms"))
        };
        let feminine = matches!(pronoun.to_lowercase().as_str(), "she" | "her");
        let other_sex = if feminine {
            male && !female
        } else {
            female && !male
        };
        return (!other_sex).then_some(name);
    }
    None
}

/// Whether the text after `before` (a sentence's start) is inside a quotation that opened in
/// an earlier sentence of the paragraph.
fn opens_inside_quotation(before: &str) -> bool {
    let paragraph = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let curly = paragraph
        .rfind('“')
        .map(|open| !paragraph[open..].contains('”'));
    curly.unwrap_or(false) || paragraph.matches('"').count() % 2 == 1
}

/// Capitalised words of a role written before a name, with no title's standing of their own:
/// "House Speaker Jane Roe", "Majority Leader John Doe".
const ROLE_HEADS: &[&str] = &[
    "Speaker",
    "Leader",
    "Majority",
    "Minority",
    "Democratic",
    "Republican",
    "Vice",
    "Former",
    "Chief",
    "Attorney",
    "Justice",
    "Mayor",
    "Sheriff",
    "Commissioner",
    "Representative",
    "Ambassador",
    "Director",
];

//! Name matching: a surname or a family name written first linked to the full name the
//! document gave it.

use crate::extract::attribution::{opens_a_report, opens_sentences};
use crate::text::hash::FxHashMap;

/// A name as written, without a possessive or surrounding punctuation.
pub(super) fn clean_name(source: &str) -> String {
    let trimmed = source.trim_matches(|c: char| !c.is_alphanumeric());
    let without_possessive = trimmed
        .strip_suffix("'s")
        .or_else(|| trimmed.strip_suffix("’s"))
        .unwrap_or(trimmed);
    without_possessive
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fullest form of a one-word name that the document used before `before` (or anywhere, if
/// it never did before): "Roe" → "Jane Roe" when "Jane Roe" appears earlier.
pub(super) fn full_name(forms: &Forms, before: usize, name: &str) -> String {
    if name.contains(' ') || name.is_empty() {
        return name.to_owned();
    }
    let candidates = forms.of(name);
    candidates
        .iter()
        .rfind(|(at, _)| *at < before)
        .or_else(|| candidates.first())
        .map(|(_, full)| full.clone())
        .or_else(|| family_name_first(forms.text, name))
        .unwrap_or_else(|| name.to_owned())
}

/// The full form of a family name written first, as Chinese, Korean and Vietnamese names are:
/// "Lee" → "Lee Kai-fu", "Moon" → "Moon Jae-in". Only a hyphenated given name after it counts
/// ("Lee Kai-fu", not "Trump Tower"), which is how these names are romanised.
fn family_name_first(text: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = text[from..].find(name).map(|i| from + i) {
        from = at + name.len();
        if text[..at].ends_with(char::is_alphanumeric) {
            continue;
        }
        let Some(rest) = text[from..].strip_prefix(' ') else {
            continue;
        };
        let given: &str = rest
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .next()
            .unwrap_or("");
        let hyphenated = given.split_once('-').is_some_and(|(first, second)| {
            first.len() >= 2
                && first.starts_with(char::is_uppercase)
                && first.chars().skip(1).all(char::is_lowercase)
                && second.len() >= 2
                && second.chars().all(char::is_lowercase)
        });
        if hyphenated {
            return Some(format!("{name} {given}"));
        }
    }
    None
}

/// Where a surname's fuller forms stand: (byte offset, "Given Surname").
pub(super) type FullForms = Vec<(usize, String)>;

/// The longer forms of surnames in one document, each searched for once: a long text names
/// its people thousands of times, and searching the whole text at every mention would make
/// resolution quadratic in the text's length.
pub(super) struct Forms<'a> {
    pub(super) text: &'a str,
    found: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<FullForms>>>,
    /// Where each capitalised word of the text starts, built on first use (names are
    /// capitalised: the index of every word would cost a hash of every word of the text).
    capitalised: std::cell::OnceCell<WordStarts<'a>>,
    /// Where each word of the text starts, built if a name is not capitalised.
    words: std::cell::OnceCell<WordStarts<'a>>,
    /// How many names have been searched for in the text itself, before the indexes.
    searched: std::cell::Cell<usize>,
}

type WordStarts<'a> = FxHashMap<&'a str, Vec<usize>>;

impl<'a> Forms<'a> {
    pub(super) fn new(text: &'a str) -> Forms<'a> {
        Forms {
            text,
            found: Default::default(),
            capitalised: Default::default(),
            words: Default::default(),
            searched: Default::default(),
        }
    }

    /// Names searched for directly before a document's words are indexed: most documents
    /// ask for a few names, and a search of the text costs far less than indexing each of
    /// its words; a document that asks for many gets the index.
    const SEARCHES_BEFORE_INDEX: usize = 16;

    pub(super) fn of(&self, surname: &str) -> std::rc::Rc<FullForms> {
        if let Some(found) = self.found.borrow().get(surname) {
            return found.clone();
        }
        let one_word = surname.chars().all(char::is_alphanumeric);
        let searched = self.searched.get();
        let found = if one_word && !surname.is_empty() && searched < Self::SEARCHES_BEFORE_INDEX {
            // The same forms as the index gives: `form_at` keeps only whole words.
            self.searched.set(searched + 1);
            longer_forms(self.text, surname)
        } else if one_word {
            let words = if surname.starts_with(char::is_uppercase) {
                self.capitalised
                    .get_or_init(|| word_starts(self.text, true))
            } else {
                self.words.get_or_init(|| word_starts(self.text, false))
            };
            let at = words.get(surname).map_or(&[][..], Vec::as_slice);
            at.iter()
                .filter_map(|&at| form_at(self.text, at, surname))
                .collect()
        } else {
            longer_forms(self.text, surname)
        };
        let found = std::rc::Rc::new(found);
        self.found
            .borrow_mut()
            .insert(surname.to_owned(), found.clone());
        found
    }
}

/// Every "Given Surname" (one or two capitalised words right before `surname`) in `text`,
/// with its byte offset.
fn longer_forms(text: &str, surname: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(surname).map(|i| from + i) {
        from = at + surname.len();
        found.extend(form_at(text, at, surname));
    }
    found
}

/// Every word of `text` (a run of letters and digits), or every capitalised one, and where
/// each occurrence starts.
fn word_starts(text: &str, capitalised_only: bool) -> WordStarts<'_> {
    let mut words = WordStarts::default();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                if !capitalised_only || word.starts_with(char::is_uppercase) {
                    words.entry(word).or_default().push(s);
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The "Given Surname" form of the `surname` found at byte `at`, if a given name or initial
/// stands right before it.
fn form_at(text: &str, at: usize, surname: &str) -> Option<(usize, String)> {
    let from = at + surname.len();
    let ends_word = !text[from..].starts_with(char::is_alphanumeric);
    let starts_word = !text[..at].ends_with(char::is_alphanumeric);
    if !(ends_word && starts_word) {
        return None;
    }
    let mut given: Vec<&str> = Vec::new();
    let mut head = &text[..at];
    for _ in 0..2 {
        let Some(rest) = head.strip_suffix(' ') else {
            break;
        };
        let word_start = rest
            .rfind(|c: char| !c.is_alphabetic() && c != '.')
            .map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &rest[word_start..];
        // A given name or an initial ("J."), not a word that ends a sentence.
        let is_given = word.len() >= 2
            && word.starts_with(char::is_uppercase)
            && !is_title(word)
            && !opens_sentences(word)
            && !opens_a_report(word)
            && (!word.ends_with('.') || word.chars().count() == 2);
        if !is_given {
            break;
        }
        given.insert(0, word);
        head = &rest[..word_start];
    }
    (!given.is_empty()).then(|| (at, format!("{} {surname}", given.join(" "))))
}

/// Titles written before a person's name.
pub(super) const PERSONAL_TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Professor",
    "President",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Gov",
    "Governor",
    "Judge",
    "Secretary",
    "Minister",
    "General",
    "Gen",
];

pub(super) fn is_title(word: &str) -> bool {
    // Besides the personal titles: roles, ranks, and the capitalised openers that stand
    // before a name without being part of it.
    const OTHER_TITLES: &[&str] = &[
        "Senators",
        "Sens",
        "Reps",
        "Governors",
        "Sheriff",
        "Sgt",
        "Sergeant",
        "Lt",
        "Lieutenant",
        "Capt",
        "Captain",
        "Det",
        "Detective",
        "Col",
        "Colonel",
        "Trooper",
        "Councilman",
        "Councilwoman",
        "Councilmember",
        "Coach",
        "Superintendent",
        "CEO",
        "Chairman",
        "The",
        "According",
        "In",
        "On",
        "At",
        "By",
        "For",
        "With",
        "From",
        "And",
        "But",
        "As",
        "Unlike",
        "What",
        "Why",
        "How",
        "Where",
        "Who",
        "Which",
        "Do",
        "Does",
        "Did",
        "Let",
        "Like",
        "When",
        "After",
        "Before",
        "While",
        "If",
        "So",
        "Then",
        "Now",
        "Also",
        "Even",
        "Only",
        "Under",
        "Despite",
        "Since",
        "Although",
        "Though",
        "Because",
        "Meanwhile",
        "However",
        "This",
        "That",
        "His",
        "Her",
        "Their",
    ];
    let word = word.trim_end_matches('.');
    PERSONAL_TITLES.contains(&word) || OTHER_TITLES.contains(&word)
}

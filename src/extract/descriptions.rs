//! Definite descriptions that stand for a source the text named: "The firm estimated …" after
//! "SemiAnalysis, a semiconductor research firm", "The report said …" after "a report from
//! the tech website Tom's Hardware", "the company's annual report" after "Nvidia announced …".
//! The description resolves to the nearest earlier name it is tied to by the text itself: the
//! noun right before the name ("research firm SemiAnalysis", "Governor Jane Roe"), an
//! apposition ("SemiAnalysis, a … firm"), a document's author ("a report by X", "X's
//! report"); failing those, a body resolves to the organisation last quoted nearby.

/// What a description's head noun can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stands {
    /// A company, an agency, a government: "the firm", "the ministry".
    Body,
    /// A report, a study, a poll: its author or publisher is the source.
    Document,
    /// A person in a role: "the governor", "the CEO".
    Person,
}

/// Heads of descriptions of companies: these may stand for the company last quoted even
/// when the text does not tie the noun to its name (an article is often about one company).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "startup",
    "start-up",
    "bank",
    "lender",
    "insurer",
    "carmaker",
    "automaker",
    "chipmaker",
    "airline",
    "retailer",
    "group",
    "conglomerate",
    "brokerage",
];

/// Heads of descriptions of bodies.
const BODY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "agency",
    "ministry",
    "department",
    "government",
    "administration",
    "institute",
    "organisation",
    "organization",
    "startup",
    "start-up",
    "lab",
    "laboratory",
    "university",
    "council",
    "committee",
    "commission",
    "regulator",
    "carmaker",
    "automaker",
    "chipmaker",
    "airline",
    "retailer",
    "insurer",
    "lender",
    "fund",
    "union",
    "outlet",
    "newspaper",
    "broadcaster",
    "website",
    "network",
    "consultancy",
    "developer",
    "manufacturer",
    "operator",
    "utility",
    "watchdog",
    "conglomerate",
    "giant",
    "insurer",
    "brokerage",
    "exchange",
    "publisher",
    "broker",
];

/// How far ahead (in bytes) a lede's indefinite description looks for the name it stands for.
const AHEAD: usize = 1_500;

/// The company that a lede's indefinite description stands for, named just after: "An
/// independent research company estimates …" then "industry research firm SemiAnalysis".
/// Only a company noun tied to a name ahead counts.
pub(super) fn antecedent_ahead(text: &str, after: usize, description: &str) -> Option<String> {
    let words: Vec<String> = description
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let indefinite = words.first().is_some_and(|w| w == "a" || w == "an");
    if !indefinite || !COMPANY_NOUNS.contains(&words.last()?.as_str()) {
        return None;
    }
    let mut end = (after + AHEAD).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[after..end];
    let lower = window.to_ascii_lowercase();
    COMPANY_NOUNS
        .iter()
        .filter_map(|noun| {
            let mut from = 0;
            while let Some(i) = lower[from..].find(noun).map(|i| from + i) {
                from = i + noun.len();
                let whole = !window[..i].ends_with(|c: char| c.is_alphanumeric())
                    && !window[from..].starts_with(|c: char| c.is_alphanumeric());
                if whole && let Some(name) = tied_name(window, i, from, Stands::Body) {
                    return Some((i, name));
                }
            }
            None
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// Heads of descriptions of documents.
const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "study",
    "survey",
    "analysis",
    "paper",
    "poll",
    "filing",
    "review",
    "assessment",
    "audit",
    "note",
    "memo",
    "forecast",
    "research",
    "investigation",
    "estimate",
    "estimates",
];

/// Heads of descriptions of people in a role.
const PERSON_NOUNS: &[&str] = &[
    "governor",
    "president",
    "senator",
    "minister",
    "mayor",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "judge",
    "director",
    "professor",
    "economist",
    "founder",
    "chancellor",
    "premier",
    "candidate",
    "lawmaker",
    "commissioner",
    "prosecutor",
    "sheriff",
    "executive",
];

/// Capitalised words that open a sentence or a date, not a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How far back (in bytes) a description looks for the name it stands for.
const REACH: usize = 3_000;

/// The name that the definite description `description` (as written at byte `at`) stands
/// for, if the text ties it to one. `last_body`: the organisation last quoted within reach.
pub(super) fn antecedent(
    text: &str,
    at: usize,
    description: &str,
    last_body: Option<&str>,
) -> Option<String> {
    // "Acme's report", "Acme’s latest study": the possessor wrote it.
    if let Some((owner, rest)) = description
        .split_once("'s ")
        .or_else(|| description.split_once("’s "))
        && let Some(last) = rest.rsplit(' ').next()
        && DOCUMENT_NOUNS.contains(&last.to_ascii_lowercase().as_str())
        && rest.split(' ').count() <= 3
        && owner.starts_with(char::is_uppercase)
        && !NOT_NAMES.contains(&owner)
    {
        return Some(owner.to_owned());
    }
    let (head, stands) = head_of(description)?;
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    // The head's mentions before the description, nearest first (lowering ASCII keeps the
    // byte offsets, and the heads are ASCII).
    let lower = window.to_ascii_lowercase();
    let mut end = lower.len();
    while let Some(i) = lower[..end].rfind(head) {
        end = i;
        let before_ok = !window[..i].ends_with(|c: char| c.is_alphanumeric());
        let after = i + head.len();
        let after_ok = !window[after..].starts_with(|c: char| c.is_alphanumeric());
        if !(before_ok && after_ok) {
            continue;
        }
        // The head written as part of a body's name: "the Bank of Freedonia", "the Freedonia
        // Central Bank" stand behind a later "the bank".
        if stands == Stands::Body
            && window[i..].starts_with(char::is_uppercase)
            && let Some(name) = body_name_holding(window, i, after)
        {
            return Some(name);
        }
        if let Some(name) = tied_name(window, i, after, stands) {
            return Some(name);
        }
    }
    if stands == Stands::Body && COMPANY_NOUNS.contains(&head) {
        return last_body
            .map(str::to_owned)
            .or_else(|| document_author(window));
    }
    None
}

/// The nearest organisation the window names as a document's author: "A Bernstein report",
/// "a study by Acme", "Acme's report".
fn document_author(window: &str) -> Option<String> {
    let lower = window.to_ascii_lowercase();
    DOCUMENT_NOUNS
        .iter()
        .filter_map(|noun| {
            let mut end = lower.len();
            while let Some(i) = lower[..end].rfind(noun) {
                end = i;
                let after = i + noun.len();
                let whole = !window[..i].ends_with(|c: char| c.is_alphanumeric())
                    && !window[after..].starts_with(|c: char| c.is_alphanumeric());
                if !whole {
                    continue;
                }
                // "A Bernstein report": one capitalised word after an article.
                let before: Vec<&str> = window[..i].split_whitespace().rev().take(2).collect();
                if let [name, article] = before[..]
                    && ["a", "an", "the", "A", "An", "The"].contains(&article)
                    && name.starts_with(char::is_uppercase)
                    && !NOT_NAMES.contains(&name)
                {
                    return Some((i, name.to_owned()));
                }
                if let Some(name) = tied_name(window, i, after, Stands::Document) {
                    return Some((i, name));
                }
            }
            None
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// The head noun of a definite description of a body, a document or a person, and what it
/// stands for. "the company's annual report" stands for the company.
fn head_of(description: &str) -> Option<(&'static str, Stands)> {
    let words: Vec<String> = description
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if !(2..=4).contains(&words.len()) || words[0] != "the" {
        return None;
    }
    let possessor = words[..words.len() - 1]
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"));
    let head = match possessor {
        Some(p) => words[p]
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_owned(),
        None => words.last()?.clone(),
    };
    let find = |list: &[&'static str]| list.iter().copied().find(|&w| w == head);
    if let Some(h) = find(BODY_NOUNS) {
        return Some((h, Stands::Body));
    }
    if possessor.is_some() {
        return None;
    }
    find(DOCUMENT_NOUNS)
        .map(|h| (h, Stands::Document))
        .or_else(|| find(PERSON_NOUNS).map(|h| (h, Stands::Person)))
}

/// The name the head noun at `start..end` of `window` is tied to, if any.
fn tied_name(window: &str, start: usize, end: usize, stands: Stands) -> Option<String> {
    // "Vice President Jane Roe" is not "the president".
    let modifier = window[..start].split_whitespace().next_back().unwrap_or("");
    if ["vice", "deputy", "assistant"].contains(&modifier.to_ascii_lowercase().as_str()) {
        return None;
    }
    // "research firm SemiAnalysis", "Governor Jane Roe" (a document is not named so: "Poll
    // Shows …" is a headline).
    if stands != Stands::Document
        && let Some(rest) = window[end..].strip_prefix(' ')
        && let Some(name) = name_at(rest)
    {
        return Some(name);
    }
    // "a report from the tech website Tom's Hardware", "a study by Roe".
    if stands == Stands::Document {
        let rest = window[end..].trim_start();
        for preposition in ["from ", "by "] {
            if let Some(rest) = rest.strip_prefix(preposition) {
                // Over a few lowercase words: "the tech website".
                let mut rest = rest;
                for _ in 0..4 {
                    if rest.starts_with(char::is_lowercase) {
                        rest = rest.split_once(' ').map_or("", |(_, r)| r);
                    }
                }
                if let Some(name) = name_at(rest) {
                    return Some(name);
                }
            }
        }
        // "Nvidia's annual report": a possessive name, over at most two words.
        let before: Vec<&str> = window[..start].split_whitespace().rev().take(3).collect();
        for word in before {
            if let Some(owner) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
                return name_at(owner);
            }
            if !word.starts_with(char::is_lowercase) {
                break;
            }
        }
    }
    // An apposition: "SemiAnalysis, a semiconductor research and consulting firm", "Lee
    // Kai-fu – the CEO of …".
    let segment_start = window[..start].rfind([',', '–', '—', '('])?;
    let segment = window[segment_start..start].trim_start_matches([',', '–', '—', '(']);
    let opens = ["a ", "an ", "the "]
        .iter()
        .any(|d| segment.trim_start().starts_with(d));
    let plain = segment
        .split_whitespace()
        .all(|w| w.starts_with(char::is_lowercase) || w.contains('-'));
    // The apposition closes after its head: "SemiAnalysis, a … firm, added".
    let closes = window[end..].starts_with([',', '.', ')', ';', '–', '—']);
    if !(opens && plain && closes && segment.len() < 80) {
        return None;
    }
    name_before(window[..segment_start].trim_end())
}

/// The name that opens `text`: one to four capitalised words ("Tom's Hardware", "Jane Roe",
/// "01.AI"), without a possessive or the punctuation after it.
fn name_at(text: &str) -> Option<String> {
    // Particles inside a name: "Bill de Blasio", "Ludwig van Beethoven".
    const PARTICLES: &[&str] = &[
        "de", "van", "von", "der", "da", "di", "du", "la", "le", "bin",
    ];
    // A name never runs over a line break: "Sheriff Jane Roe.\n\n\"We …" ends at "Roe".
    let text = text.split(['\n', '\r']).next().unwrap_or("");
    let mut words = Vec::new();
    let split: Vec<&str> = text.split(' ').take(5).collect();
    for (i, &word) in split.iter().enumerate() {
        let clean = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’']);
        let capitalised = clean.starts_with(char::is_uppercase)
            || (clean.starts_with(|c: char| c.is_ascii_digit())
                && clean.chars().any(char::is_uppercase));
        let particle = !words.is_empty()
            && PARTICLES.contains(&clean)
            && split
                .get(i + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        if !(capitalised || particle) || (words.is_empty() && NOT_NAMES.contains(&clean)) {
            break;
        }
        // An initial goes on: "Joseph R. Biden".
        let initial = clean.chars().count() == 1 && word == format!("{clean}.");
        words.push(if initial { word } else { clean });
        if clean.len() != word.len() && !initial {
            break;
        }
    }
    let name = words.join(" ");
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(&name);
    (!name.is_empty()).then(|| name.to_owned())
}

/// The body's name that holds the capitalised head at `start..end` of `window`: the
/// capitalised words right before it ("Freedonia Central Bank") and an "of" phrase after it
/// ("Bank of Freedonia"). None when the head stands alone ("Bank shares fell").
fn body_name_holding(window: &str, start: usize, end: usize) -> Option<String> {
    let before = name_before(window[..start].trim_end_matches(' '))
        .filter(|_| window[..start].ends_with(' ') && !window[..start].ends_with("  "))
        .filter(|name| !name.ends_with("'s") && !name.ends_with("’s"))
        .filter(|name| !name.split(' ').any(|w| w.ends_with('.')));
    let of = window[end..]
        .strip_prefix(" of ")
        .and_then(name_at)
        .filter(|name| !NOT_NAMES.contains(&name.as_str()));
    if before.is_none() && of.is_none() {
        return None;
    }
    let head = &window[start..end];
    let mut name = String::new();
    if let Some(before) = &before {
        // "The" opening a sentence is no part of the name.
        let before = before.strip_prefix("The ").unwrap_or(before);
        if before != "The" {
            name.push_str(before);
            name.push(' ');
        }
    }
    name.push_str(head);
    if let Some(of) = of {
        name.push_str(" of ");
        name.push_str(&of);
    }
    name.contains(' ').then_some(name)
}

/// The name that ends `text`: one to four capitalised words right before its end.
fn name_before(text: &str) -> Option<String> {
    let text = text.rsplit(['\n', '\r']).next().unwrap_or("");
    let words: Vec<&str> = text
        .rsplit(' ')
        .take(4)
        .take_while(|w| w.starts_with(char::is_uppercase) && !NOT_NAMES.contains(w))
        .collect();
    let name: Vec<&str> = words.into_iter().rev().collect();
    (!name.is_empty()).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(text: &str, description: &str) -> Option<String> {
        let at = text.rfind(description).unwrap();
        antecedent(text, at, description, None)
    }

    #[test]
    fn a_noun_before_a_name_ties_it() {
        let text =
            "Industry research firm Acmeanalytics disputes the figure. The firm said costs rose.";
        assert_eq!(resolve(text, "The firm").as_deref(), Some("Acmeanalytics"));
    }

    #[test]
    fn an_apposition_ties_a_name_to_its_noun() {
        let text =
            "A note from Roecorp, a chip consulting firm, added context. The firm estimated more.";
        assert_eq!(resolve(text, "The firm").as_deref(), Some("Roecorp"));
    }

    #[test]
    fn a_report_stands_for_its_publisher() {
        let text = "According to a report from the tech website Example Weekly, costs rose. The report said more.";
        assert_eq!(
            resolve(text, "The report").as_deref(),
            Some("Example Weekly")
        );
        let text = "Acme's annual report shows losses. Later, the report said more.";
        assert_eq!(resolve(text, "the report").as_deref(), Some("Acme"));
    }

    #[test]
    fn a_body_noun_stands_for_the_name_it_is_part_of() {
        let text = "The Bank of Freedonia's latest forecast was brighter. Then the bank said more.";
        let at = text.find("the bank").unwrap();
        assert_eq!(
            antecedent(text, at, "the bank", None),
            Some("Bank of Freedonia".to_owned())
        );
        let text = "The Freedonia Central Bank met. Then the bank said more.";
        let at = text.find("the bank").unwrap();
        assert_eq!(
            antecedent(text, at, "the bank", None),
            Some("Freedonia Central Bank".to_owned())
        );
    }

    #[test]
    fn a_name_tied_to_a_role_ends_at_the_paragraph() {
        let text = "Residents called police, according to County Sheriff Jane Roe.\n\n\"We do not \
                    know what happened,\" the sheriff said.";
        assert_eq!(resolve(text, "the sheriff").as_deref(), Some("Jane Roe"));
        let text = "The claim was backed by Governor Jane Roe\nWe asked the governor.";
        assert_eq!(resolve(text, "the governor").as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_description_with_nothing_tied_to_it_stays() {
        let text = "The plant closed in May. The report said costs rose.";
        assert_eq!(resolve(text, "The report"), None);
        assert_eq!(
            antecedent("The firm said so.", 0, "The firm", Some("Acme")).as_deref(),
            Some("Acme")
        );
        assert_eq!(resolve("Experts met. Experts said so.", "Experts"), None);
    }
}

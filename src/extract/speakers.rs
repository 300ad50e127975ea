//! Who a source expression refers to: surnames and pronouns resolved to the full names a
//! document introduced ("Roe suggests" → Jane Roe, "He emphasizes" → the person last
//! attributed), so that one person has one name across a corpus.

use super::attribution::{Attribution, SourceKind, opens_sentences};
use super::descriptions;
use crate::text::hash::FxHashMap;

/// The speaker a sentence is attributed to, resolved within its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The full name ("Jane Roe") or the description as written ("Experts").
    pub name: String,
    /// The source was a name (a person or an organisation), not a description.
    pub is_name: bool,
    /// The apposition that described the source here, if any.
    pub description: Option<String>,
    /// Who reports this source's claim, for nested reports (resolved like the source).
    pub via: Option<String>,
    /// Names that speak together with this one, resolved like it, in text order: "Jane Roe"
    /// for "Jane Roe and John Doe said" (whose source is John Doe).
    pub co_speakers: Vec<String>,
}

/// How many sentences back a pronoun may reach for its antecedent.
const PRONOUN_REACH: usize = 6;

/// The sentences of a document's lede (with its title lines), where a source may be described
/// before it is named.
const LEDE: usize = 3;

/// How many sentences back "the company" may reach for the organisation last quoted: an
/// article is often about one company, named once at the top.
const BODY_REACH: usize = 20;

/// Resolves each attribution of one document's sentences. Pronouns that find no antecedent
/// within reach are dropped: an unresolved "he" is not worth a wrong name.
pub fn resolve(text: &str, attributions: &[Option<Attribution>]) -> Vec<Option<Resolved>> {
    let mut resolver = Resolver::new(text, attributions);
    (attributions.iter().enumerate())
        .map(|(index, attribution)| resolver.next(index, attribution.as_ref()?))
        .collect()
}

/// The names a later source may refer back to, as the sentences before it left them.
#[derive(Debug, Clone, Default)]
struct Antecedents {
    /// (sentence index, name) of the last person attributed, and of the last group ("experts").
    last_person: Option<(usize, String)>,
    last_group: Option<(usize, String)>,
    /// And of the last people quoted together ("Roe and Doe said"), or the last two people
    /// quoted one after the other, for "they" and "both men".
    last_pair: Option<(usize, Vec<String>)>,
    people: Vec<(usize, String)>,
    /// And of the last name quoted that may be a person's or not ("Acme", "Jane's Weekly"):
    /// "it" takes it only when nothing more telling is within reach.
    last_unnamed_kind: Option<(usize, String)>,
    /// The sentence of the last attribution, of any kind.
    last_attributed: Option<usize>,
    /// And of the last body or document ("the agency", "the report"), for "it".
    last_thing: Option<(usize, String)>,
    /// And of the last organisation quoted by name, for "the company".
    last_body: Option<(usize, String)>,
}

/// Resolves a document's attributions in text order, each against the names the ones before
/// it introduced ([`resolve`] for every sentence at once).
pub struct Resolver<'a> {
    text: &'a str,
    forms: Forms<'a>,
    /// The document's attributions, sentence by sentence: a headline may stand for the person
    /// the body quotes next.
    attributions: &'a [Option<Attribution>],
    antecedents: Antecedents,
}

impl<'a> Resolver<'a> {
    /// A resolver for `text`, whose sentences are attributed as `attributions`.
    pub fn new(text: &'a str, attributions: &'a [Option<Attribution>]) -> Resolver<'a> {
        Resolver {
            text,
            forms: Forms::new(text),
            attributions,
            antecedents: Antecedents::default(),
        }
    }

    /// `attribution`, of sentence `index`, resolved as if it stood alone in its sentence's
    /// place: the names it introduces are not kept for the sentences after (a clause of a
    /// sentence whose whole attribution is resolved with [`Resolver::next`]).
    pub fn apart(&mut self, index: usize, attribution: &Attribution) -> Option<Resolved> {
        let kept = self.antecedents.clone();
        let resolved = self.next(index, attribution);
        self.antecedents = kept;
        resolved
    }

    /// The attribution of sentence `index` (sentences are resolved in order), resolved; the
    /// names it introduces are kept for the sentences after.
    pub fn next(&mut self, index: usize, attribution: &Attribution) -> Option<Resolved> {
        let (text, forms, attributions) = (self.text, &self.forms, self.attributions);
        let Antecedents {
            last_person,
            last_group,
            last_pair,
            people,
            last_unnamed_kind,
            last_attributed,
            last_thing,
            last_body,
        } = &mut self.antecedents;
        let previous = last_attributed.replace(index);
        let source = clean_name(attribution.source.of(text));
        let description = attribution
            .description
            .map(|d| d.of(text).trim().to_owned());
        let via = attribution
            .via
            .map(|v| full_name(&forms, v.start, &clean_name(v.of(text))));
        // A headline or lede that describes one person ("…, AI Expert Says", "A prominent
        // figure in the industry says …") stands for the person the body then quotes by name.
        if index <= LEDE
            && matches!(attribution.kind, SourceKind::Name | SourceKind::Description)
            && describes_one_person(&source)
            && let Some(name) = person_quoted_next(&forms, text, attributions, index)
        {
            *last_person = Some((index, name.clone()));
            return Some(Resolved {
                name,
                is_name: true,
                description: Some(source),
                via,
                co_speakers: Vec::new(),
            });
        }
        let resolved = match attribution.kind {
            SourceKind::Name => {
                let name = full_name(&forms, attribution.source.start, &source);
                // A cue of a person's ("mentioned", "thanked") with a one-word name the text
                // never gives a given name: a country or a company merely acting ("China
                // approved 40 models"), not a report. A title makes it a person: "President Xi".
                let titled = text[..attribution.source.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(is_title);
                // A plural is a group of people: "Scholars have long debated …".
                let plural = name.ends_with('s') && !name.ends_with("ss");
                if attribution.person && !name.contains(' ') && !titled && !plural {
                    return None;
                }
                if is_plural_name(&name) {
                    // "Democrats said … They noted …": a group, for "they".
                    *last_group = Some((index, name.clone()));
                } else if name.split_whitespace().count() >= 2 || name == source {
                    *last_person = Some((index, name.clone()));
                }
                if is_body_name(&name) && !is_plural_name(&name) && named_mid_sentence(text, &name)
                {
                    *last_body = Some((index, name.clone()));
                }
                // An organisation quoted by name is what a later "it" stands for: "The Bank of
                // Freedonia estimated … The deficit would ease, it said."
                if names_an_organisation(&name) {
                    *last_thing = Some((index, name.clone()));
                } else if !names_a_person(&name) && !is_plural_name(&name) {
                    *last_unnamed_kind = Some((index, name.clone()));
                }
                let co_speakers: Vec<String> = attribution
                    .co_sources
                    .iter()
                    .map(|s| full_name(&forms, s.start, &clean_name(s.of(text))))
                    .collect();
                if !co_speakers.is_empty() {
                    let mut all = co_speakers.clone();
                    all.push(name.clone());
                    *last_pair = Some((index, all));
                } else if name.split_whitespace().count() >= 2 && !is_body_name(&name) {
                    people.retain(|(_, known)| *known != name);
                    people.push((index, name.clone()));
                }
                Some(Resolved {
                    name,
                    is_name: true,
                    description,
                    via,
                    co_speakers,
                })
            }
            SourceKind::Pronoun if source.eq_ignore_ascii_case("it") => {
                // A body or a document: the last one quoted, or one the text just named.
                last_thing
                    .as_ref()
                    .filter(|(at, _)| index - at <= PRONOUN_REACH)
                    .map(|(_, name)| name.clone())
                    .or_else(|| last_named_thing(text, attribution.source.start))
                    .or_else(|| {
                        last_unnamed_kind
                            .as_ref()
                            .filter(|(at, _)| index - at <= PRONOUN_REACH)
                            .map(|(_, name)| name.clone())
                    })
                    .map(|name| Resolved {
                        name,
                        is_name: false,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    })
            }
            SourceKind::Pronoun => {
                let plural = source.eq_ignore_ascii_case("they")
                    || source.eq_ignore_ascii_case("their")
                    || source.eq_ignore_ascii_case("them");
                // "Roe and Doe said … They added": the people quoted together, unless a group
                // was quoted since.
                // Only right after them, with nobody else quoted in between: a "they" further
                // on is too often someone the text names without quoting.
                let pair = last_pair
                    .as_ref()
                    .filter(|(at, _)| index - at <= 2 && Some(*at) == previous);
                if plural && let Some((_, names)) = pair {
                    return Some(together(names, description, via));
                }
                let antecedent = if plural { &last_group } else { &last_person };
                let attributed = antecedent
                    .as_ref()
                    .filter(|(at, _)| index - at <= PRONOUN_REACH)
                    .map(|(_, name)| name.clone());
                // "he"/"she" may also point at a person the text named without quoting yet.
                let named = || {
                    (!plural)
                        .then(|| last_named_person(&forms, attribution.source.start))
                        .flatten()
                };
                attributed.or_else(named).map(|name| Resolved {
                    name,
                    is_name: !plural,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
            SourceKind::Relative { antecedent, named } => {
                let written = clean_name(antecedent.of(text));
                let name = if named {
                    full_name(&forms, antecedent.start, &written)
                } else {
                    written
                };
                Some(Resolved {
                    name,
                    is_name: named,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
            // "Both men said", "the two leaders agreed": the people last quoted together, or
            // the last two quoted.
            SourceKind::Description if names_two_people(&source) => {
                let recent: Vec<String> = people
                    .iter()
                    .rev()
                    .take(2)
                    .filter(|(at, _)| index - at <= 2 * PRONOUN_REACH)
                    .map(|(_, name)| name.clone())
                    .rev()
                    .collect();
                let pair = last_pair
                    .as_ref()
                    .filter(|(at, _)| index - at <= PRONOUN_REACH)
                    .map(|(_, names)| names.clone())
                    .or_else(|| (recent.len() == 2).then_some(recent));
                match pair {
                    Some(names) => {
                        let both = together(&names, description, via);
                        *last_pair = Some((index, names));
                        Some(both)
                    }
                    None => Some(Resolved {
                        name: source,
                        is_name: false,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    }),
                }
            }
            SourceKind::Description => {
                let body = last_body
                    .as_ref()
                    .filter(|(at, _)| index - at <= BODY_REACH)
                    .map(|(_, name)| name.as_str());
                let start = attribution.source.start;
                // A lede may describe its source before naming it.
                let ahead = || {
                    (index <= LEDE)
                        .then(|| {
                            descriptions::antecedent_ahead(text, attribution.source.end, &source)
                        })
                        .flatten()
                };
                if let Some(name) =
                    descriptions::antecedent(text, start, &source, body).or_else(ahead)
                {
                    *last_thing = Some((index, name.clone()));
                    return Some(Resolved {
                        name,
                        is_name: true,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    });
                }
                let head = source.rsplit(' ').next().unwrap_or("").to_lowercase();
                if THING_NOUNS.contains(&head.as_str()) {
                    *last_thing = Some((index, source.clone()));
                }
                *last_group = Some((index, source.clone()));
                Some(Resolved {
                    name: source,
                    is_name: false,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
        };
        if let (Some(found), SourceKind::Pronoun) = (&resolved, attribution.kind) {
            let slot = if found.is_name {
                last_person
            } else {
                last_group
            };
            *slot = Some((index, found.name.clone()));
        }
        resolved
    }
}

/// Several people speaking together: the last of `names` as the speaker, the others as
/// co-speakers (as "Jane Roe and John Doe said" gives them).
fn together(names: &[String], description: Option<String>, via: Option<String>) -> Resolved {
    let (last, others) = names.split_last().expect("a pair has names");
    Resolved {
        name: last.clone(),
        is_name: true,
        description,
        via,
        co_speakers: others.to_vec(),
    }
}

/// "Both men", "the two leaders", "both": a description of exactly two people.
fn names_two_people(source: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "men",
        "women",
        "leaders",
        "candidates",
        "officials",
        "lawmakers",
        "senators",
        "executives",
        "presidents",
        "ministers",
        "sides",
        "rivals",
        "politicians",
        "nominees",
    ];
    let lower = source.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words[..] {
        ["both"] | ["the", "pair"] | ["the", "two"] => true,
        ["both", noun] | ["the", "two", noun] => PEOPLE.contains(&noun),
        _ => false,
    }
}

/// Singular nouns that describe one person by role or standing: "AI Expert", "former
/// company boss", "a prominent figure in the sector".
const PERSON_HEADS: &[&str] = &[
    "expert",
    "boss",
    "figure",
    "executive",
    "investor",
    "analyst",
    "economist",
    "scientist",
    "researcher",
    "official",
    "insider",
    "veteran",
    "pioneer",
    "founder",
    "co-founder",
    "entrepreneur",
    "billionaire",
    "chief",
    "leader",
    "head",
    "adviser",
    "advisor",
    "professor",
    "strategist",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ceo",
];

/// A description (or a headline's capitalised one) of a single person: its head, the word
/// before any preposition ("figure" in "A prominent figure in the sector"), is a
/// [`PERSON_HEADS`] noun.
fn describes_one_person(source: &str) -> bool {
    let words: Vec<String> = source
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let head = words
        .iter()
        .position(|w| matches!(w.as_str(), "in" | "of" | "at" | "for" | "from" | "with"))
        .unwrap_or(words.len());
    head > 0 && PERSON_HEADS.contains(&words[head - 1].as_str())
}

/// The first person the text quotes by full name in the few sentences after `index`.
fn person_quoted_next(
    forms: &Forms,
    text: &str,
    attributions: &[Option<Attribution>],
    index: usize,
) -> Option<String> {
    attributions
        .iter()
        .skip(index + 1)
        .take(PRONOUN_REACH)
        .flatten()
        .filter(|a| a.kind == SourceKind::Name)
        .map(|a| full_name(forms, a.source.start, &clean_name(a.source.of(text))))
        .find(|name| name.split_whitespace().count() >= 2 && !is_body_name(name))
}

/// A name that stands for a group of people: one plural word ("Democrats", "Republicans",
/// "Conservatives"), not a surname that happens to end in -s ("Jones", "Harris").
fn is_plural_name(name: &str) -> bool {
    let plural_endings = ["ans", "ats", "ists", "ives", "als", "ents", "ites"];
    !name.contains(' ') && name.len() >= 6 && plural_endings.iter().any(|e| name.ends_with(e))
}

/// A name of an organisation rather than a person: one word that no given name precedes in
/// the text ("Acme", "OECD"), or a name ending in a word for a body ("Acme Corp").
fn is_body_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    !name.contains(' ') || BODY_WORDS.contains(&last.trim_end_matches('.'))
}

/// A name that holds a word for a body anywhere ("Bank of Freedonia", "Example Fund"), or an
/// acronym ("IMF"): an organisation, never a person.
fn names_an_organisation(name: &str) -> bool {
    let acronym = name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
    acronym
        || name
            .split(' ')
            .any(|word| BODY_WORDS.contains(&word.trim_end_matches('.')))
}

/// A name shaped as a person's: a given name and a surname ("Jane Roe", "Joseph R. Doe"), no
/// word for a body and no possessive inside ("Tom's Hardware" is a publication). A single
/// word the text never gives a given name ("Acme") is no person's name either.
fn names_a_person(name: &str) -> bool {
    name.contains(' ')
        && !names_an_organisation(name)
        && !name.contains("'s")
        && !name.contains("’s")
}

/// Words that name a body when they end (or, for [`names_an_organisation`], stand in) a name.
const BODY_WORDS: &[&str] = &[
    "Inc",
    "Corp",
    "Corporation",
    "Group",
    "Bank",
    "Agency",
    "Ministry",
    "Institute",
    "University",
    "Company",
    "Co",
    "Ltd",
    "LLC",
    "Fund",
    "Association",
    "Commission",
    "Council",
    "Department",
    "Office",
    "Service",
    "Capital",
    "Partners",
    "Research",
    "Holdings",
    "Technologies",
    "Labs",
    "Foundation",
];

/// Whether the text writes `name` capitalised inside a sentence ("informed Acme on …"): a
/// proper name, not a common noun capitalised as a sentence's first word ("Police said …").
fn named_mid_sentence(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].trim_end_matches(' ');
        before.len() < at && before.ends_with(|c: char| c.is_lowercase() || c == ',')
    })
}

/// Bodies and documents that "it" can stand for.
const THING_NOUNS: &[&str] = &[
    "report",
    "study",
    "survey",
    "poll",
    "lawsuit",
    "suit",
    "complaint",
    "letter",
    "memo",
    "ad",
    "advertisement",
    "video",
    "film",
    "statement",
    "filing",
    "brief",
    "ruling",
    "order",
    "bill",
    "proposal",
    "analysis",
    "website",
    "site",
    "post",
    "tweet",
    "article",
    "editorial",
    "book",
    "document",
    "email",
    "spot",
    "campaign",
    "company",
    "firm",
    "agency",
    "group",
    "committee",
    "court",
    "fund",
    "bank",
    "government",
    "administration",
    "department",
    "ministry",
    "network",
    "newspaper",
    "paper",
    "magazine",
    "union",
    "organization",
    "organisation",
    "council",
    "board",
    "panel",
    "commission",
    "index",
    "transcript",
    "slide",
    "piece",
];

/// The last "the report", "a new ad", "its lawsuit" in the text before `before`, within
/// reach: a determiner, at most two words, and a noun for a body or a document.
fn last_named_thing(text: &str, before: usize) -> Option<String> {
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

/// The last personal name ("Jane Roe", "Mary Ann Roe") in the text before `before`, within
/// reach: two or three capitalised words that are not an organisation or a place.
fn last_named_person(forms: &Forms, before: usize) -> Option<String> {
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

/// A name as written, without a possessive or surrounding punctuation.
fn clean_name(source: &str) -> String {
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
fn full_name(forms: &Forms, before: usize, name: &str) -> String {
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
type FullForms = Vec<(usize, String)>;

/// The longer forms of surnames in one document, each searched for once: a long text names
/// its people thousands of times, and searching the whole text at every mention would make
/// resolution quadratic in the text's length.
struct Forms<'a> {
    text: &'a str,
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
    fn new(text: &'a str) -> Forms<'a> {
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

    fn of(&self, surname: &str) -> std::rc::Rc<FullForms> {
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
            && (!word.ends_with('.') || word.chars().count() == 2);
        if !is_given {
            break;
        }
        given.insert(0, word);
        head = &rest[..word_start];
    }
    (!given.is_empty()).then(|| (at, format!("{} {surname}", given.join(" "))))
}

fn is_title(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Professor",
        "President",
        "Senator",
        "Senators",
        "Sen",
        "Sens",
        "Reps",
        "Governors",
        "Secretary",
        "Minister",
        "Governor",
        "Gov",
        "Rep",
        "Judge",
        "General",
        "Gen",
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
    TITLES.contains(&word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attributions;
    use crate::extract::cases::{cells, rows};
    use crate::text::sentences;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let spans = sentences(text);
        resolve(text, &attributions(text, &spans))
            .into_iter()
            .map(|r| r.map(|r| r.name))
            .collect()
    }

    /// testdata/speakers.txt: text | each sentence's speaker, separated by `;` (`-`: none).
    #[test]
    fn speaker_table() {
        let mut failures = Vec::new();
        for (line, row) in rows(include_str!("testdata/speakers.txt")) {
            let [text, expected] = cells(row)[..] else {
                panic!("testdata/speakers.txt:{line}: expected 2 cells: {row:?}");
            };
            let want: Vec<Option<String>> = expected
                .split(';')
                .map(str::trim)
                .map(|s| (s != "-").then(|| s.to_owned()))
                .collect();
            let got = speakers(text);
            if got != want {
                failures.push(format!(
                    "{line}: {text:?}:\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn both_men_are_the_two_people_last_quoted() {
        let text = "Jane Roe said the talks failed. John Doe said the offer was fair. Both men \
                    said a deal was close.";
        let spans = sentences(text);
        let last = resolve(text, &attributions(text, &spans))
            .pop()
            .flatten()
            .map(|r| (r.name, r.co_speakers));
        assert_eq!(last, Some(("John Doe".into(), vec!["Jane Roe".into()])));
    }

    #[test]
    fn names_that_speak_together_are_each_resolved() {
        let text = "Senators Jane Roe and Mark Poe say the bill is dead. The vote failed, Roe, \
                    Poe and Ann Doe said. Jane Roe said costs rose.";
        let spans = sentences(text);
        let together: Vec<(String, Vec<String>)> = resolve(text, &attributions(text, &spans))
            .into_iter()
            .flatten()
            .map(|r| (r.name, r.co_speakers))
            .collect();
        assert_eq!(
            together,
            [
                ("Mark Poe".into(), vec!["Jane Roe".into()]),
                ("Ann Doe".into(), vec!["Jane Roe".into(), "Mark Poe".into()]),
                ("Jane Roe".into(), vec![]),
            ]
        );
    }

    #[test]
    fn surnames_and_pronouns_resolve_to_the_full_name() {
        let text = "Jane Roe, director of a think tank, believes curbs failed. Roe suggests that \
                    prices may fall. He emphasizes this is no failure. The plant employs 50 people.";
        assert_eq!(
            speakers(text),
            [
                Some("Jane Roe".into()),
                Some("Jane Roe".into()),
                Some("Jane Roe".into()),
                None
            ]
        );
    }

    #[test]
    fn an_interview_label_takes_the_name_introduced_earlier() {
        let text =
            "Paul Doe, a partner at a firm, spoke to us.\n\nQ: What now?\n\nDoe: Rules matter.\n";
        assert_eq!(speakers(text), [None, None, Some("Paul Doe".into())]);
    }

    #[test]
    fn a_pronoun_can_point_at_a_person_named_but_not_yet_quoted() {
        let text = "Jane Roe arrived at the rally late. “We will win,” she said.";
        assert_eq!(speakers(text), [None, Some("Jane Roe".into())]);
    }

    #[test]
    fn a_pronoun_can_point_at_a_surname_nearer_than_another_full_name() {
        let text = "Jane Roe met John Doe at noon. Later, Roe spoke. “We will win,” she said.";
        assert_eq!(speakers(text), [None, None, Some("Jane Roe".into())]);
    }

    #[test]
    fn a_pronoun_with_no_antecedent_in_reach_is_dropped() {
        let text = "He said the plant would close.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn they_refers_to_the_last_group_that_was_quoted() {
        let text =
            "Experts warn that decoupling could hurt. They suggest finding areas for cooperation.";
        assert_eq!(
            speakers(text),
            [Some("Experts".into()), Some("Experts".into())]
        );
    }

    #[test]
    fn they_refers_to_a_group_named_by_a_plural_name() {
        let text = "Democrats said the vote was a ploy. They noted the panel had refused.";
        assert_eq!(
            speakers(text),
            [Some("Democrats".into()), Some("Democrats".into())]
        );
    }

    #[test]
    fn a_relative_pronoun_takes_its_antecedent() {
        let text = "Jane Roe, who has argued that rates are too high, left the bank.";
        assert_eq!(speakers(text), [Some("Jane Roe".into())]);
    }

    #[test]
    fn a_word_that_ends_a_sentence_is_not_a_given_name() {
        let text = "The rally backed Jane Roe. Republicans said the plan failed.";
        assert_eq!(speakers(text), [None, Some("Republicans".into())]);
    }

    #[test]
    fn it_refers_to_a_document_the_text_just_named() {
        let text = "The union filed a lawsuit on Monday. It says the firm broke the law.";
        assert_eq!(speakers(text), [None, Some("a lawsuit".into())]);
    }

    #[test]
    fn descriptions_stay_as_written() {
        let text = "Experts warn that decoupling could hurt both nations.";
        assert_eq!(speakers(text), [Some("Experts".into())]);
    }
}

//! What kind of source a name or a description is: a person, a group, an organisation, a
//! document, two people.

/// "Both men", "the two leaders", "both": a description of exactly two people.
pub(super) fn names_two_people(source: &str) -> bool {
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
pub(super) fn describes_one_person(source: &str) -> bool {
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

/// A name that stands for a group of people: one plural word ("Democrats", "Republicans",
/// "Conservatives"), not a surname that happens to end in -s ("Jones", "Harris").
pub(super) fn is_plural_name(name: &str) -> bool {
    let plural_endings = ["ans", "ats", "ists", "ives", "als", "ents", "ites"];
    !name.contains(' ') && name.len() >= 6 && plural_endings.iter().any(|e| name.ends_with(e))
}

/// A name of an organisation rather than a person: one word that no given name precedes in
/// the text ("Acme", "OECD"), or a name ending in a word for a body ("Acme Corp").
pub(super) fn is_body_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    !name.contains(' ') || BODY_WORDS.contains(&last.trim_end_matches('.'))
}

/// A name that holds a word for a body anywhere ("Bank of Freedonia", "Example Fund"), or an
/// acronym ("IMF"): an organisation, never a person.
pub(super) fn names_an_organisation(name: &str) -> bool {
    let acronym = name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
    acronym
        || name
            .split(' ')
            .any(|word| BODY_WORDS.contains(&word.trim_end_matches('.')))
}

/// A name shaped as a person's: a given name and a surname ("Jane Roe", "Joseph R. Doe"), no
/// word for a body and no possessive inside ("Tom's Hardware" is a publication). A single
/// word the text never gives a given name ("Acme") is no person's name either.
pub(super) fn names_a_person(name: &str) -> bool {
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
pub(super) fn named_mid_sentence(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].trim_end_matches(' ');
        before.len() < at && before.ends_with(|c: char| c.is_lowercase() || c == ',')
    })
}

/// Bodies and documents that "it" can stand for.
pub(super) const THING_NOUNS: &[&str] = &[
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

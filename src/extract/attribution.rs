//! Who the text attributes a sentence to: reporting verbs, "according to", interview labels.
//!
//! Rules over tokens, tuned for precision: giving an own-voice sentence a speaker is a worse
//! error than missing one, so a sentence is attributed only when a cue (a reporting verb in
//! any tense, "according to", an interview label) stands with a source the grammar can
//! delimit — a name, a pronoun, or a noun phrase headed by a source noun ("experts", "the
//! ministry", "a recent report"). Resolving pronouns and surnames to full names, and joining
//! names across documents, is [`super::speakers`]' work.

use super::lexicon::{NUMBER_WORDS, lookup};
use std::cell::OnceCell;
use std::sync::OnceLock;

use crate::text::hash::FxHashMap;
use crate::text::{Lowercase, Span, Token, TokenKind, Tokenised};

/// What kind of expression names the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A proper name: "Jane Roe", "Roe", "the Example Institute".
    Name,
    /// "he", "she", "they": resolved to an earlier name.
    Pronoun,
    /// A description: "experts", "many in the industry", "a recent report".
    Description,
    /// A relative pronoun ("who", "which") standing for the noun phrase before it: "Roe,
    /// who has argued that …". `named`: the antecedent is a name, not a description.
    Relative { antecedent: Span, named: bool },
}

/// One attribution: a source and the cue that attributes the sentence to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Where the text names the source.
    pub source: Span,
    pub kind: SourceKind,
    /// The reporting verb or phrase: "estimated", "according to", or the interview label.
    pub cue: Span,
    /// An apposition that describes the source: "former Google CEO".
    pub description: Option<Span>,
    /// Who reports this source's claim, when the report is nested: in an interview answer,
    /// "Roe: There was a widespread belief in the industry that …" has the belief as its
    /// source, via Roe.
    pub via: Option<Span>,
}

/// A word list of the rules, with its own bit in the table of all lists ([`memberships`]).
struct Lexicon {
    bit: u16,
    words: &'static [&'static str],
}

/// Every [`Lexicon`], each with a bit of its own.
const LEXICONS: [&Lexicon; 9] = [
    &REPORTING_VERBS,
    &PERSON_VERBS,
    &PARTICIPLES,
    &NOUN_OR_VERB,
    &BETWEEN_SUBJECT_AND_VERB,
    &SOURCE_NOUNS,
    &TITLES,
    &STANCE_ADJECTIVES,
    &NOMINAL_CUES,
];

/// The lexicons `word` belongs to, as their bits. The lexicons are read for nearly every word
/// of every sentence, several for the same word: one hash lookup answers them all, where
/// scanning them, or a set for each, cost more than the rules themselves.
fn memberships(word: &str) -> u16 {
    static TABLE: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = FxHashMap::default();
        for lexicon in LEXICONS {
            for &word in lexicon.words {
                *table.entry(word).or_default() |= lexicon.bit;
            }
        }
        table
    });
    table.get(word).copied().unwrap_or(0)
}

/// Whether `word` is in `lexicon`.
fn in_lexicon(lexicon: Lexicon, word: &str) -> bool {
    memberships(word) & lexicon.bit != 0
}

/// Reporting verbs of general English, in the forms that report (no "-ing": "suggesting that"
/// usually continues the previous subject's clause and is left to the sentence's own cue).
const REPORTING_VERBS: Lexicon = Lexicon {
    bit: 1 << 0,
    words: &[
        "say",
        "says",
        "said",
        "tell",
        "tells",
        "told",
        "argue",
        "argues",
        "argued",
        "believe",
        "believes",
        "believed",
        "estimate",
        "estimates",
        "estimated",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "suggest",
        "suggests",
        "suggested",
        "note",
        "notes",
        "noted",
        "predict",
        "predicts",
        "predicted",
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasise",
        "emphasises",
        "emphasised",
        "warn",
        "warns",
        "warned",
        "claim",
        "claims",
        "claimed",
        "advocate",
        "advocates",
        "advocated",
        "admit",
        "admits",
        "admitted",
        "recommend",
        "recommends",
        "recommended",
        "state",
        "states",
        "stated",
        "add",
        "adds",
        "added",
        "explain",
        "explains",
        "explained",
        "insist",
        "insists",
        "insisted",
        "contend",
        "contends",
        "contended",
        "maintain",
        "maintains",
        "maintained",
        "assert",
        "asserts",
        "asserted",
        "write",
        "writes",
        "wrote",
        "report",
        "reports",
        "reported",
        "announce",
        "announces",
        "announced",
        "observe",
        "observes",
        "observed",
        "caution",
        "cautions",
        "cautioned",
        "conclude",
        "concludes",
        "concluded",
        "reckon",
        "reckons",
        "reckoned",
        "think",
        "thinks",
        "thought",
        "expect",
        "expects",
        "expected",
        "find",
        "finds",
        "found",
        "show",
        "shows",
        "showed",
        "reveal",
        "reveals",
        "revealed",
        "stress",
        "stresses",
        "stressed",
        "highlight",
        "highlights",
        "highlighted",
        "agree",
        "agrees",
        "agreed",
        "deny",
        "denies",
        "denied",
        "confirm",
        "confirms",
        "confirmed",
        "forecast",
        "forecasts",
        "calculate",
        "calculates",
        "calculated",
        "propose",
        "proposes",
        "proposed",
        "urge",
        "urges",
        "urged",
        "frame",
        "frames",
        "framed",
        "describe",
        "describes",
        "described",
        "indicate",
        "indicates",
        "indicated",
        "project",
        "projects",
        "projected",
        "call",
        "calls",
        "called",
        "ask",
        "asks",
        "asked",
        "reply",
        "replies",
        "replied",
        "recall",
        "recalls",
        "recalled",
        "tweet",
        "tweets",
        "tweeted",
        "posted",
        "declared",
        "declares",
        "testified",
        "testifies",
        "alleged",
        "alleges",
        "complained",
        "complains",
        "feared",
        "fears",
        "hopes",
        "hoped",
        "doubts",
        "doubted",
        "questioned",
        "questions",
        "countered",
        "counters",
        "disputed",
        "disputes",
        "learned",
        "learns",
        "joked",
        "jokes",
        "blasted",
        "blasts",
        "criticized",
        "criticised",
        "criticizes",
        "slammed",
        "slams",
        "praised",
        "praises",
        "accused",
        "accuses",
        "cited",
        "cites",
        "ruled",
        "rules",
        "vowed",
        "vows",
        "pledged",
        "pledges",
        "promised",
        "promises",
        "demanded",
        "demands",
        "responded",
        "responds",
        "mentioned",
        "mentions",
        "conceded",
        "concedes",
        "boasted",
        "boasts",
        "echoed",
        "echoes",
        "charged",
        "charges",
        "attacked",
        "attacks",
        "lamented",
        "laments",
        "quipped",
        "retorted",
        "wondered",
        "wonders",
        "clarified",
        "clarifies",
        "disclosed",
        "discloses",
        "recounted",
        "recounts",
        "continued",
        "continues",
        "commented",
        "characterized",
        "characterizes",
        "condemned",
        "condemns",
        "denounced",
        "denounces",
        "likened",
        "likens",
        "dismissed",
        "dismisses",
        "rejected",
        "rejects",
        "touted",
        "touts",
        "repeated",
        "reiterated",
        "reiterates",
        "pleaded",
        "pleads",
        "yelled",
        "yells",
        "shouted",
        "shouts",
        "chanted",
        "remarked",
        "defended",
        "defends",
        "lambasted",
        "mocked",
        "mocks",
        "ridiculed",
        "objected",
        "proclaimed",
        "proclaims",
        "endorsed",
        "endorses",
        "opposed",
        "opposes",
        "supports",
        "supported",
        "favors",
        "favored",
        "favours",
        "favoured",
        "wants",
        "want",
        "spoke",
        "speaks",
        "talked",
        "talks",
        "pointed",
        "points",
        "referred",
        "refers",
        "railed",
        "rails",
        "feels",
        "felt",
        "knows",
        "knew",
        "understands",
        "sees",
        "worried",
        "worries",
        "hailed",
        "applauded",
        "apologized",
        "apologised",
        "affirmed",
        "assured",
        "signaled",
        "signalled",
        "hinted",
        "implied",
        "speculated",
        "speculates",
        "accuse",
        "concede",
        "declined",
        "declines",
        "refused",
        "refuses",
        "expressed",
        "expresses",
        "voiced",
        "voices",
        "backed",
        "backs",
        "implored",
        "lauded",
        "championed",
        "threatened",
        "blamed",
        "blames",
        "derided",
        "decried",
        "decries",
        "challenged",
        "contradicted",
        "downplayed",
        "portrayed",
        "compared",
        "compares",
        "pushed",
        "pressed",
        "lobbied",
        "suspects",
        "suspected",
        "assumes",
        "worry",
        "fear",
        "hope",
        "wish",
        "doubt",
        "prefers",
        "preferred",
        "reads",
        "plans",
        "planned",
        "intends",
        "intended",
        "seeks",
        "sought",
        "decided",
        "voted",
        "offered",
        "know",
        "see",
        "point",
        "spoken",
        "bragged",
        "brags",
        "disagrees",
        "disagreed",
        "weighed",
        "weighs",
        "laid",
        "lays",
    ],
};

/// Verbs that report only with a particle ("called for", "pointed out"), or, with an empty
/// list, only before a that-clause: "announced a plan" is an event, "announced that …" a
/// report.
fn needs_particle(verb: &str) -> Option<&'static [&'static str]> {
    match verb {
        "call" | "calls" | "called" => Some(&["for", "on"]),
        "point" | "points" | "pointed" => Some(&["out", "to"]),
        "spoke" | "speaks" | "talked" | "talks" | "spoken" => Some(&["about", "of", "out"]),
        "bragged" | "brags" => Some(&["about", "that"]),
        "disagrees" | "disagreed" => Some(&["with", "that"]),
        "weighed" | "weighs" => Some(&["in"]),
        "laid" | "lays" => Some(&["out"]),
        "referred" | "refers" => Some(&["to"]),
        "plans" | "planned" | "intends" | "intended" | "seeks" | "sought" | "offered" => {
            Some(&["to"])
        }
        "decided" => Some(&["to", "that"]),
        "voted" => Some(&["for", "against", "to"]),
        "know" | "see" => Some(&[]),
        "railed" | "rails" => Some(&["against"]),
        "worried" | "worries" | "worry" | "fear" => Some(&["that", "about"]),
        "declined" | "declines" | "refused" | "refuses" | "threatened" => Some(&["to"]),
        "pushed" | "pressed" | "lobbied" => Some(&["for", "against"]),
        "compared" | "compares" => Some(&["him", "her", "them", "it"]),
        "hope" | "wish" | "doubt" | "suspects" | "suspected" | "assumes" => Some(&[]),
        "project" | "projects" | "projected" | "frame" | "frames" | "framed" | "show" | "shows"
        | "showed" | "find" | "finds" | "found" | "expect" | "expects" | "expected"
        | "disclosed" | "discloses" | "revealed" | "reveals" | "announced" | "announces"
        | "mentioned" | "mentions" | "recounted" | "recounts" | "feels" | "felt" | "knows"
        | "knew" | "understands" | "sees" | "signaled" | "signalled" | "hinted" | "implied"
        | "assured" | "reads" | "maintain" | "maintains" | "maintained" | "added" | "adds" => {
            Some(&[])
        }
        _ => None,
    }
}

/// Verbs of communication, cognition and stance that report only for a person named or
/// pronounced as their subject: "Roe discussed the polls", "She thanked the volunteers", but
/// not "The panel discussed the budget".
const PERSON_VERBS: Lexicon = Lexicon {
    bit: 1 << 1,
    words: &[
        "discussed",
        "discusses",
        "debated",
        "addressed",
        "encouraged",
        "encourages",
        "exhorted",
        "thanked",
        "thanks",
        "complimented",
        "admires",
        "admired",
        "loves",
        "loved",
        "likes",
        "liked",
        "dislikes",
        "resented",
        "resents",
        "despises",
        "despised",
        "retweeted",
        "underscored",
        "underscores",
        "articulated",
        "specified",
        "referenced",
        "invoked",
        "invokes",
        "envisioned",
        "envisions",
        "detailed",
        "outlined",
        "outlines",
        "considered",
        "understood",
        "realized",
        "realised",
        "recognized",
        "recognizes",
        "recognised",
        "imagined",
        "imagines",
        "noticed",
        "remembered",
        "remembers",
        "quoted",
        "answered",
        "requested",
        "questioned",
        "approved",
        "vetoed",
        "pitched",
        "grilled",
        "chastised",
        "scolded",
        "rebuked",
        "berated",
        "insulted",
        "teased",
        "taunted",
        "responded",
        "acknowledges",
        "celebrated",
        "congratulated",
        "apologizes",
        "regrets",
        "regretted",
        "trusts",
        "trusted",
        "distrusts",
        "cares",
        "cared",
        "prefer",
        "conceded",
        "embraced",
        "embraces",
        "ignored",
        "ignores",
        "downplays",
        "predicts",
        "typed",
        "texted",
        "emailed",
        "messaged",
        "wrote",
    ],
};

/// Verbs of `needs_particle` that report without their particle or clause when a person is
/// their subject: "Roe mentioned the tapes", "He offered no proof", "She felt betrayed".
fn reports_for_a_person(verb: &str) -> bool {
    matches!(
        verb,
        "mentioned"
            | "mentions"
            | "expects"
            | "expected"
            | "felt"
            | "feels"
            | "hinted"
            | "signaled"
            | "signalled"
            | "implied"
            | "offered"
            | "decided"
            | "compared"
            | "compares"
            | "recounted"
            | "recounts"
            | "pushed"
            | "pressed"
            | "lobbied"
            | "voted"
    )
}

/// Asides between commas that are discourse markers, not descriptions of a source.
const DISCOURSE_MARKERS: &[&str] = &[
    "for instance",
    "for example",
    "however",
    "in turn",
    "meanwhile",
    "though",
    "too",
    "in fact",
    "of course",
    "in particular",
    "instead",
    "also",
    "therefore",
    "thus",
];

/// Participles that report for the subject of the clause they hang from: "Roe attacked the
/// plan, saying it would fail."
const PARTICIPLES: Lexicon = Lexicon {
    bit: 1 << 2,
    words: &[
        "saying",
        "arguing",
        "adding",
        "noting",
        "warning",
        "claiming",
        "insisting",
        "explaining",
        "stressing",
        "suggesting",
        "predicting",
        "acknowledging",
        "asserting",
        "writing",
        "telling",
        "calling",
        "urging",
        "asking",
        "promising",
        "demanding",
        "encouraging",
        "questioning",
        "accusing",
        "blaming",
        "criticizing",
        "criticising",
        "defending",
        "touting",
        "proposing",
        "describing",
        "vowing",
        "pledging",
        "declaring",
        "denying",
        "contending",
        "complaining",
        "citing",
        "dismissing",
        "rejecting",
        "denouncing",
        "comparing",
        "confirming",
        "promoting",
        "seeking",
    ],
};

/// Reporting verbs that are common nouns too ("the firm's state tax returns", "many questions").
const NOUN_OR_VERB: Lexicon = Lexicon {
    bit: 1 << 3,
    words: &[
        "state",
        "states",
        "claim",
        "claims",
        "question",
        "questions",
        "note",
        "notes",
        "tweet",
        "tweets",
        "report",
        "reports",
        "call",
        "calls",
        "fears",
        "hopes",
        "doubts",
        "advocates",
        "project",
        "projects",
        "frame",
        "frames",
        "show",
        "shows",
        "find",
        "finds",
        "stress",
        "highlight",
        "highlights",
        "caution",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "reply",
        "replies",
        "add",
        "adds",
        "posted",
        "rules",
        "charges",
        "attacks",
        "promises",
        "demands",
        "echoes",
        "cites",
        "vows",
        "pledges",
        "boasts",
        "jokes",
        "blasts",
        "slams",
        "praises",
        "laments",
        "recounts",
        "wonders",
        "mentions",
        "points",
        "talks",
        "supports",
        "favors",
        "favours",
        "rails",
        "remarks",
        "comments",
        "rejects",
        "voices",
        "backs",
        "decries",
        "blames",
        "compares",
        "worry",
        "fear",
        "hope",
        "wish",
        "doubt",
        "plans",
    ],
};

/// Verbs of saying: with these, any noun phrase that opens the clause is the source ("The bank
/// said", "Several cast members said"). Other reporting verbs ("shows", "believes") need a
/// name, a pronoun or a known source noun.
fn is_strong_verb(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "tell"
            | "added"
            | "adds"
            | "argued"
            | "argues"
            | "wrote"
            | "writes"
            | "warned"
            | "warns"
            | "claimed"
            | "claims"
            | "stated"
            | "announced"
            | "insisted"
            | "insists"
            | "explained"
            | "explains"
            | "noted"
            | "notes"
            | "asked"
            | "replied"
            | "testified"
            | "tweeted"
            | "posted"
            | "declared"
            | "acknowledged"
            | "admitted"
            | "reported"
            | "reports"
            | "confirmed"
            | "denied"
    )
}

/// Words that may stand between a subject and its verb: auxiliaries and adverbs.
const BETWEEN_SUBJECT_AND_VERB: Lexicon = Lexicon {
    bit: 1 << 4,
    words: &[
        "has",
        "have",
        "had",
        "not",
        "just",
        "long",
        "hasn't",
        "hasn’t",
        "haven't",
        "haven’t",
        "didn't",
        "didn’t",
        "doesn't",
        "doesn’t",
        "don't",
        "don’t",
        "also",
        "initially",
        "recently",
        "publicly",
        "repeatedly",
        "previously",
        "now",
        "further",
        "once",
        "later",
        "then",
        "still",
        "again",
        "already",
        "often",
        "always",
        "never",
        "quickly",
        "firmly",
        "strongly",
        "explicitly",
        "privately",
        "openly",
        "reportedly",
        "generally",
        "consistently",
        "finally",
        "himself",
        "herself",
        "themselves",
        "even",
        "ever",
        "together",
        "really",
        "actually",
        "apparently",
        "allegedly",
        "personally",
        "would",
        "will",
        "may",
        "might",
        "could",
        "can",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "been",
    ],
};

/// Pronouns that can stand for a source named earlier. "I" and "we" are left out: they speak
/// in the voice of whoever the text already gives the paragraph to (an interviewee, the
/// authors), which is what an unattributed sentence keeps.
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Nouns that head a description of a source: people in roles, bodies, documents.
const SOURCE_NOUNS: Lexicon = Lexicon {
    bit: 1 << 5,
    words: &[
        "experts",
        "expert",
        "analysts",
        "analyst",
        "officials",
        "official",
        "studies",
        "study",
        "report",
        "reports",
        "survey",
        "surveys",
        "researchers",
        "researcher",
        "critics",
        "critic",
        "sources",
        "source",
        "scientists",
        "scientist",
        "economists",
        "economist",
        "observers",
        "government",
        "ministry",
        "company",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "agency",
        "department",
        "committee",
        "commission",
        "administration",
        "police",
        "investigators",
        "authorities",
        "lawmakers",
        "senators",
        "leaders",
        "executives",
        "insiders",
        "advocates",
        "opponents",
        "supporters",
        "proponents",
        "figures",
        "people",
        "many",
        "some",
        "others",
        "poll",
        "polls",
        "data",
        "statement",
        "paper",
        "documents",
        "filings",
        "court",
        "judge",
        "prosecutors",
        "aides",
        "diplomats",
        "residents",
        "witnesses",
        "campaign",
        "white",
        "media",
        "newspaper",
        "network",
        "group",
        "organization",
        "organisation",
        "union",
        "board",
        "council",
        "panel",
        "website",
        "nominee",
        "nominees",
        "candidate",
        "candidates",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "woman",
        "man",
        "women",
        "men",
        "voters",
        "members",
        "member",
        "doctor",
        "doctors",
        "physician",
        "physicians",
        "family",
        "families",
        "surrogate",
        "surrogates",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aide",
        "businessman",
        "businesswoman",
        "father",
        "mother",
        "wife",
        "husband",
        "son",
        "daughter",
        "friend",
        "friends",
        "activists",
        "activist",
        "protesters",
        "environmentalists",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "legislators",
        "strategist",
        "strategists",
        "consultant",
        "consultants",
        "pollster",
        "pollsters",
        "respondents",
        "citizens",
        "workers",
        "employees",
        "students",
        "teachers",
        "parents",
        "victims",
        "officers",
        "judges",
        "justices",
        "plaintiffs",
        "historian",
        "historians",
        "author",
        "authors",
        "writer",
        "columnist",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "editor",
        "editors",
        "host",
        "narrator",
        "ad",
        "film",
        "video",
        "letter",
        "memo",
        "email",
        "emails",
        "book",
        "article",
        "editorial",
        "analysis",
        "analyses",
        "research",
        "findings",
        "ruling",
        "lawsuit",
        "complaint",
        "transcript",
        "slide",
        "chart",
        "graphic",
        "records",
        "numbers",
        "estimates",
        "tally",
        "filing",
        "brief",
        "petition",
        "opinion",
        "decision",
        "verdict",
        "resolution",
        "platform",
        "tweet",
        "tweets",
        "post",
        "message",
        "speech",
        "remarks",
        "interview",
        "commercial",
        "spot",
        "ads",
        "announcement",
        "release",
        "staff",
        "staffer",
        "staffers",
        "operative",
        "operatives",
        "delegates",
        "donors",
        "party",
        "parties",
        "countries",
        "nations",
        "allies",
        "rivals",
        "opponent",
        "challenger",
        "incumbent",
        "organizers",
        "founders",
        "firm",
        "bank",
        "banks",
        "companies",
        "firms",
        "groups",
        "alliance",
        "coalition",
        "association",
        "institute",
        "foundation",
        "fund",
        "channel",
        "magazine",
        "outlet",
        "outlets",
        "majority",
        "everyone",
        "everybody",
        "all",
    ],
};

/// "I", "We", months and weekdays are capitalised but are not names of sources.
const NOT_NAMES: &[&str] = &[
    "i",
    "we",
    "you",
    "it",
    "they",
    "he",
    "she",
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
];

/// Words that name a role before a name ("Acme CEO Jane Roe", "Senator Doe"): the
/// person's name is what follows the last of them.
const TITLES: Lexicon = Lexicon {
    bit: 1 << 6,
    words: &[
        "ceo",
        "cfo",
        "cto",
        "president",
        "vice",
        "senator",
        "sen",
        "secretary",
        "minister",
        "dr",
        "professor",
        "prof",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "governor",
        "gov",
        "rep",
        "representative",
        "mr",
        "mrs",
        "ms",
        "mayor",
        "general",
        "gen",
        "judge",
        "founder",
        "co-founder",
        "cofounder",
        "chief",
        "head",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "commissioner",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "pope",
        "sheikh",
        "analyst",
        "economist",
        "partner",
        "officer",
        "leader",
        "speaker",
        "adviser",
        "advisor",
        "rev",
        "reverend",
        "sens",
        "reps",
        "host",
        "anchor",
        "correspondent",
        "columnist",
        "strategist",
        "pollster",
        "activist",
        "attorney",
        "lawyer",
        "widow",
        "author",
        "historian",
    ],
};

/// Attributions of the sentences of one document, in order (None: own voice, or no cue the
/// rules trust). Interview labels ("Name: …") carry over to the following paragraphs of the
/// answer, until the next label ("Q:" is the interviewer, the text's own voice) or heading.
pub fn attributions(text: &str, sentences: &[Span]) -> Vec<Option<Attribution>> {
    attributions_visiting(text, sentences, |_, _| {})
}

/// [`attributions`], handing each sentence's tokens to `visit` (with the sentence's index) as
/// they are made, so that the stages after attribution need not tokenise the sentence again.
pub fn attributions_visiting(
    text: &str,
    sentences: &[Span],
    mut visit: impl FnMut(usize, &Tokenised),
) -> Vec<Option<Attribution>> {
    let openers = paragraph_openers(text, sentences);
    let labels: Vec<Option<Label>> = openers
        .iter()
        .zip(sentences)
        .map(|(&opens, &sentence)| {
            if opens {
                interview_label(text, sentence)
            } else {
                None
            }
        })
        .collect();
    // Interview layout: a "Q:" line, or a speaker label used at least twice. A single
    // "Something: …" line is a headline or a teaser, not an answer.
    let has_questions = labels.iter().any(|l| matches!(l, Some(Label::Interviewer)));
    let label_names: Vec<&str> = labels
        .iter()
        .filter_map(|l| match l {
            Some(Label::Speaker(a)) => Some(a.source.of(text)),
            _ => None,
        })
        .collect();
    let repeated = |name: &str| label_names.iter().filter(|&&n| n == name).count() >= 2;
    let mut out = Vec::with_capacity(sentences.len());
    let mut own_cues = Vec::with_capacity(sentences.len());
    let mut answer: Option<Attribution> = None;
    let quotes = quotations(text);
    let mut next_quote = 0;
    for (index, ((&sentence, label), &opens)) in
        sentences.iter().zip(labels).zip(&openers).enumerate()
    {
        let mut headline = None;
        match label {
            Some(Label::Speaker(label)) if has_questions || repeated(label.source.of(text)) => {
                answer = Some(label);
            }
            // A headline that credits its claim: "Roe: Prices Will Rise".
            Some(Label::Speaker(label))
                if sentence.start == sentences[0].start
                    && credits_a_source(label.source.of(text))
                    && states_a_claim(&text[label.cue.end..sentence.end]) =>
            {
                headline = Some(label);
            }
            Some(Label::Interviewer) => answer = None,
            _ if opens && is_heading(sentence.of(text)) => answer = None,
            _ => {}
        }
        // A sentence wholly inside a longer quotation speaks in the quoted voice: a cue in it
        // is the quoted speaker's own report, and the quotation's speaker is found from its
        // cue elsewhere.
        while next_quote < quotes.len() && quotes[next_quote].end <= sentence.start {
            next_quote += 1;
        }
        let inside_quote = quotes.get(next_quote).is_some_and(|q| {
            let end = sentence.start + sentence.of(text).trim_end().len();
            let closed = text[..q.end].ends_with(['”', '"']);
            closed && q.start < sentence.start && q.end >= end
        });
        let tokenised = Tokenised::of(sentence.of(text));
        let own = (!inside_quote)
            .then(|| sentence_attribution(text, sentence, &tokenised))
            .flatten()
            .map(|mut own| {
                own.via = answer.as_ref().map(|a| a.source);
                own
            });
        visit(index, &tokenised);
        own_cues.push(own.is_some());
        out.push(own.or(headline).or_else(|| answer.clone()));
    }
    spread_over_quotations(sentences, &quotes, &own_cues, &mut out);
    out
}

/// A quotation that runs over several sentences belongs to whoever the sentence with its cue
/// names: “Prices will rise. Wages won't,” Roe said. — both sentences are Roe's. The cue must
/// stand outside the quotation ("said" inside it is the quoted person's own report).
fn spread_over_quotations(
    sentences: &[Span],
    quotes: &[Span],
    own_cues: &[bool],
    out: &mut [Option<Attribution>],
) {
    for &quote in quotes {
        // Sentences are in text order: only those from the first that ends after the
        // quotation opens, up to the first that starts after it closes, can touch it.
        let first = sentences.partition_point(|s| s.end <= quote.start);
        let last = first + sentences[first..].partition_point(|s| s.start < quote.end);
        let inside = |s: &Span| s.start < quote.end && quote.start < s.end;
        let source = (first..last).find_map(|index| {
            let own = own_cues[index];
            let a = out[index]
                .as_ref()
                .filter(|_| own && inside(&sentences[index]))?;
            let cue_outside = a.cue.end <= quote.start || a.cue.start >= quote.end;
            cue_outside.then(|| a.clone())
        });
        let Some(source) = source else { continue };
        for (index, sentence) in sentences.iter().enumerate().take(last).skip(first) {
            // Sentences mostly inside the quotation, with no attribution of their own.
            let covered = sentence.start.max(quote.start)..sentence.end.min(quote.end);
            let mostly_inside = covered.len() * 2 > sentence.len();
            if mostly_inside && !own_cues[index] {
                out[index] = Some(source.clone());
            }
        }
    }
}

/// Quotations in `text`: curly “…” pairs, and straight "…" pairs within a paragraph. An
/// opening mark with no closing one runs to the end of its paragraph.
fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0;
    for paragraph in text.split_inclusive('\n') {
        let mut open: Option<usize> = None;
        // Bytes, not chars: '"' is one byte, and '“' and '”' are E2 80 9C and E2 80 9D, where
        // E2 is always a lead byte. Decoding every char of the document cost more than this.
        let bytes = paragraph.as_bytes();
        for (i, &byte) in bytes.iter().enumerate() {
            let at = offset + i;
            let curly = |last: u8| byte == 0xE2 && bytes[i + 1..].starts_with(&[0x80, last]);
            match open {
                None if byte == b'"' || curly(0x9C) => open = Some(at),
                Some(start) if curly(0x9D) => {
                    out.push(Span::new(start, at + '”'.len_utf8()));
                    open = None;
                }
                Some(start) if byte == b'"' && text[start..].starts_with('"') => {
                    out.push(Span::new(start, at + 1));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            out.push(Span::new(start, offset + paragraph.trim_end().len()));
        }
        offset += paragraph.len();
    }
    out
}

/// Whether each sentence opens a paragraph (a line).
fn paragraph_openers(text: &str, sentences: &[Span]) -> Vec<bool> {
    sentences
        .iter()
        .map(|sentence| {
            // Only whitespace between the line's start and the sentence: looking back over
            // that whitespace alone, not the whole line, keeps long paragraphs linear.
            let before =
                text[..sentence.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
            before.is_empty() || before.ends_with('\n')
        })
        .collect()
}

enum Label {
    Speaker(Attribution),
    Interviewer,
}

/// "Roe: The rules…" or "Q: What…" at the start of a paragraph.
fn interview_label(text: &str, sentence: Span) -> Option<Label> {
    let body = sentence.of(text);
    let colon = body.find(':')?;
    // Transcripts sometimes open each turn with a quotation mark: "ROE: …
    let label = body[..colon].trim().trim_start_matches(['"', '“']);
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    if words.is_empty() || words.len() > 3 || !words.iter().all(name_like) {
        return None;
    }
    // The answer must follow the label on the same line.
    if body[colon + 1..].trim().is_empty() {
        return None;
    }
    if matches!(label, "Q" | "Question" | "Interviewer") {
        return Some(Label::Interviewer);
    }
    // Labels of page furniture, not people.
    const NOT_SPEAKERS: &[&str] = &[
        "tag",
        "tags",
        "disclaimer",
        "source",
        "note",
        "update",
        "editor's note",
        "related",
        "photo",
        "image",
        "read more",
        "watch",
        "video",
        "live",
        "breaking",
        "breaking news",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "commentary",
        "correction",
        "warning",
        "spoiler",
        "summary",
        "background",
        "context",
        "bottom line",
        "the bottom line",
        "why",
        "how",
        "what",
        "who",
        "when",
        "where",
        "here",
        "update",
        "contact",
        "email",
        "follow",
        "share",
        "credit",
        "sources",
    ];
    if NOT_SPEAKERS.contains(&label.to_lowercase().as_str())
        || label.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let start = sentence.start + body[..colon].find(label).unwrap_or(0);
    let source = Span::new(start, start + label.len());
    let cue = Span::new(sentence.start + colon, sentence.start + colon + 1);
    Some(Label::Speaker(Attribution {
        source,
        kind: SourceKind::Name,
        cue,
        description: None,
        via: None,
    }))
}

/// A headline label that names a source, not a phrase: "Roe", "Poll", but not "The Latest"
/// or "Stealth Over Health".
fn credits_a_source(label: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "a", "an", "of", "over", "in", "on", "at", "to", "for", "with", "and", "or", "by",
        "from", "about", "after", "vs",
    ];
    !label
        .split_whitespace()
        .any(|w| FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
}

/// What follows a headline label is a claim, not a teaser question ("X: How …").
fn states_a_claim(rest: &str) -> bool {
    let first = rest
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !matches!(
        first.to_lowercase().as_str(),
        "how"
            | "why"
            | "what"
            | "when"
            | "where"
            | "who"
            | "which"
            | "inside"
            | "is"
            | "are"
            | "can"
            | "will"
            | "should"
            | "does"
            | "do"
    )
}

/// A line with no terminal punctuation and few words: a section heading.
fn is_heading(line: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().count() <= 14 && !line.ends_with(['.', '?', '!', '"', '”', ':'])
}

/// The attribution a sentence makes itself: "according to X", "X said …", "…, X said".
fn sentence_attribution(text: &str, sentence: Span, tokenised: &Tokenised) -> Option<Attribution> {
    let slice = sentence.of(text);
    let (toks, lower) = (&tokenised.tokens, &tokenised.lower);
    // Every lexicon entry is letters: only a word token can be one.
    let lexicons: Vec<u16> = (toks.iter().enumerate())
        .map(|(i, t)| match t.kind {
            TokenKind::Word => memberships(lower.get(i)),
            _ => 0,
        })
        .collect();
    let view = View {
        text: slice,
        toks,
        lower,
        lexicons: &lexicons,
        quoted: OnceCell::new(),
        base: sentence.start,
    };
    view.according_to()
        .or_else(|| view.reporting_verb())
        .or_else(|| view.nominal_cue())
        .or_else(|| view.framing_source())
        .or_else(|| view.belief())
        .or_else(|| view.stance())
        .or_else(|| view.dash_credit())
}

/// Nouns of statement that report for their possessor ([`View::nominal_cue`]).
const NOMINAL_CUES: Lexicon = Lexicon {
    bit: 1 << 8,
    words: &[
        "claim",
        "claims",
        "statement",
        "remarks",
        "comments",
        "assertion",
        "argument",
        "insistence",
        "suggestion",
        "allegation",
        "allegations",
        "accusation",
        "promise",
        "pledge",
        "warning",
        "prediction",
        "contention",
        "charge",
        "belief",
        "view",
        "position",
        "message",
        "response",
        "answer",
        "declaration",
        "announcement",
        "admission",
        "denial",
        "testimony",
        "tweet",
        "words",
    ],
};

/// Adjectives of attitude that report a stance with a form of "be": "Roe is critical of the
/// plan", "Republicans were concerned about the cost", "She is confident that …".
const STANCE_ADJECTIVES: Lexicon = Lexicon {
    bit: 1 << 7,
    words: &[
        "critical",
        "skeptical",
        "sceptical",
        "supportive",
        "dismissive",
        "concerned",
        "worried",
        "anxious",
        "nervous",
        "fearful",
        "afraid",
        "hopeful",
        "optimistic",
        "pessimistic",
        "bullish",
        "bearish",
        "confident",
        "convinced",
        "certain",
        "sure",
        "doubtful",
        "unsure",
        "adamant",
        "emphatic",
        "insistent",
        "vocal",
        "outspoken",
        "candid",
        "frank",
        "open",
        "coy",
        "vague",
        "silent",
        "quiet",
        "passionate",
        "enthusiastic",
        "excited",
        "eager",
        "keen",
        "proud",
        "ashamed",
        "angry",
        "furious",
        "upset",
        "frustrated",
        "disappointed",
        "unhappy",
        "happy",
        "pleased",
        "satisfied",
        "dissatisfied",
        "wary",
        "suspicious",
        "cautious",
        "aware",
        "unaware",
        "opposed",
        "committed",
        "determined",
        "reluctant",
        "unwilling",
        "willing",
        "agnostic",
        "ambivalent",
        "incensed",
        "outraged",
        "alarmed",
        "troubled",
        "disturbed",
        "grateful",
        "thankful",
        "appreciative",
        "sympathetic",
        "hostile",
        "fond",
        "tired",
    ],
};

/// What may follow a stance adjective for it to report: a preposition naming the topic, or
/// a clause.
const STANCE_FOLLOWERS: &[&str] = &[
    "of", "about", "on", "that", "to", "with", "toward", "towards", "over", "in", "for",
];

/// A word in lower case, borrowed from the sentence's [`Lowercase`] forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Lower<'a>(&'a str);

impl<'a> Lower<'a> {
    fn as_str(&self) -> &'a str {
        self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

struct View<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The tokens in lower case, lowered once for all the rules.
    lower: &'a Lowercase,
    /// The lexicons each token belongs to ([`memberships`]), looked up once for all the rules.
    lexicons: &'a [u16],
    /// Which tokens are quoted ([`View::quoted`]).
    quoted: OnceCell<Vec<bool>>,
    /// Offset of `text` in the document.
    base: usize,
}

impl View<'_> {
    /// Token `i` in lower case ("" past the end).
    fn word(&self, i: usize) -> Lower<'_> {
        Lower(self.lower.get(i))
    }

    /// Whether token `i` (in lower case) is in `lexicon`; false past the end.
    fn word_in(&self, lexicon: Lexicon, i: usize) -> bool {
        self.lexicons
            .get(i)
            .is_some_and(|bits| bits & lexicon.bit != 0)
    }

    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Mixed))
            && self.raw(i).starts_with(char::is_uppercase)
    }

    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(
            self.base + self.toks[first].span.start,
            self.base + self.toks[end - 1].span.end,
        )
    }

    /// "according to X", anywhere in the sentence; X runs to the next punctuation.
    fn according_to(&self) -> Option<Attribution> {
        let at = (0..self.toks.len()).find(|&i| self.word(i) == "according")?;
        // "according toindustry studies": scraped text glues the next word to "to".
        let next = self.word(at + 1);
        let glued = next.len() > 2 && next.starts_with("to") && self.is_word(at + 1);
        if next != "to" && !glued {
            return None;
        }
        let start = if glued { at + 1 } else { at + 2 };
        let mut end = start;
        while end < self.toks.len() && end - start < 10 && self.toks[end].kind != TokenKind::Symbol
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let first =
            if !glued && matches!(self.word(start).as_str(), "the" | "a" | "an") && end > start + 1
            {
                start + 1
            } else {
                start
            };
        let kind = if !glued
            && (first..end).all(|i| {
                self.is_capitalised(i) || matches!(self.word(i).as_str(), "of" | "and" | "for")
            }) {
            SourceKind::Name
        } else {
            SourceKind::Description
        };
        let mut source = self.span(first, end);
        let mut cue = self.span(at, at + 2);
        if glued {
            source.start += 2; // past the glued "to"
            cue = Span::new(cue.start, source.start);
        }
        Some(Attribution {
            source,
            kind,
            cue,
            description: None,
            via: None,
        })
    }

    /// A possessor's statement: "Roe's claim that …", "her remarks: …", "the agency's
    /// warning that …". The noun must open its content with "that", a colon or a quotation.
    fn nominal_cue(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        for (n, &in_quotation) in quoted.iter().enumerate().skip(1) {
            if in_quotation || !self.word_in(NOMINAL_CUES, n) {
                continue;
            }
            if !(self.word(n + 1) == "that" || self.opens_quotation(n + 1)) {
                continue;
            }
            // The possessor, over at most two adjectives: "Roe's earlier claim".
            let mut p = n - 1;
            for _ in 0..2 {
                if p > 0
                    && self.is_word(p)
                    && self.raw(p).starts_with(char::is_lowercase)
                    && !self.is_possessive(p)
                {
                    p -= 1;
                }
            }
            if !self.is_possessive(p) {
                continue;
            }
            let word = self.word(p);
            let (source, kind) = if matches!(word.as_str(), "his" | "her" | "their") {
                (self.span(p, p + 1), SourceKind::Pronoun)
            } else {
                // "Jane Roe's": the capitalised run that ends in the possessive.
                let mut start = p;
                while start > 0 && self.is_capitalised(start - 1) {
                    start -= 1;
                }
                if !self.is_capitalised(p) {
                    continue;
                }
                let mut source = self.span(start, p + 1);
                // Back over the "'s" or "’s".
                let suffix = if self.raw(p).ends_with("’s") {
                    "’s"
                } else {
                    "'s"
                };
                source.end -= suffix.len();
                (source, SourceKind::Name)
            };
            return Some(Attribution {
                source,
                kind,
                cue: self.span(n, n + 1),
                description: None,
                via: None,
            });
        }
        None
    }

    /// A sentence framed by its source: "In the latest poll, Roe leads by five points.", "In
    /// his speech, the plan was the centrepiece." The frame runs to the first comma.
    fn framing_source(&self) -> Option<Attribution> {
        // Documents speak for themselves; in a speech or a statement the speaker is the
        // subject of the main clause ("In a statement, Roe was more cautious").
        const DOCUMENTS: &[&str] = &[
            "poll",
            "survey",
            "study",
            "report",
            "analysis",
            "ad",
            "video",
            "filing",
            "lawsuit",
            "complaint",
            "ruling",
            "memo",
            "documentary",
        ];
        const SPEECH: &[&str] = &[
            "letter",
            "statement",
            "interview",
            "speech",
            "remarks",
            "testimony",
            "op-ed",
            "essay",
            "tweet",
            "post",
            "email",
            "column",
            "appearance",
            "address",
        ];
        let first = (0..self.toks.len()).find(|&i| self.is_word(i))?;
        if self.word(first) != "in" {
            return None;
        }
        let det = first + 1;
        let comma = (det..self.toks.len().min(det + 12)).find(|&i| self.raw(i) == ",")?;
        // The frame's noun: the last frame word before any preposition.
        let frame = |list: &[&str]| {
            (det + 1..comma)
                .take_while(|&i| {
                    !matches!(
                        self.word(i).as_str(),
                        "to" | "with" | "on" | "by" | "of" | "at" | "in" | "issued" | "released"
                    )
                })
                .filter(|&i| list.contains(&self.word(i).as_str()))
                .last()
        };
        if let Some(noun) = frame(SPEECH) {
            let found = self.subject_after_frame(comma + 1)?;
            return Some(Attribution {
                cue: self.span(first, noun + 1),
                ..found
            });
        }
        let noun = frame(DOCUMENTS)?;
        let (source, kind) = match self.word(det).as_str() {
            "his" | "her" | "their" => (self.span(det, det + 1), SourceKind::Pronoun),
            "the" | "a" | "an" | "this" | "that" | "its" | "one" | "another" => {
                (self.span(det, comma), SourceKind::Description)
            }
            _ => return None,
        };
        Some(Attribution {
            source,
            kind,
            cue: self.span(first, noun + 1),
            description: None,
            via: None,
        })
    }

    /// The subject opening the main clause at `start`: a pronoun or a name, perhaps after role
    /// words ("presidential nominee Jane Roe"), then a lowercase verb.
    fn subject_after_frame(&self, start: usize) -> Option<Attribution> {
        let word = self.word(start);
        if PRONOUNS.contains(&word.as_str()) && self.raw(start + 1).starts_with(char::is_lowercase)
        {
            return Some(Attribution {
                source: self.span(start, start + 1),
                kind: SourceKind::Pronoun,
                cue: self.span(start, start + 1),
                description: None,
                via: None,
            });
        }
        let mut end = start;
        while end < self.toks.len()
            && end - start < 8
            && (self.is_capitalised(end)
                || self.raw(end) == "."
                || self.hyphenated_name_part(end)
                || (self.is_word(end)
                    && !self.is_capitalised(end)
                    && end - start < 3
                    && !self.word(end).ends_with("ed")
                    && !self.word_in(REPORTING_VERBS, end)
                    && (self.is_capitalised(end + 1) || self.is_capitalised(end + 2))))
        {
            end += 1;
        }
        let verb_follows = self.is_word(end) && self.raw(end).starts_with(char::is_lowercase);
        let name_start = self.after_titles(start, end);
        let mut run = end;
        while run > name_start && self.is_capitalised(run - 1) {
            run -= 1;
        }
        let name = run.max(name_start);
        (verb_follows && name < end && self.is_capitalised(name)).then(|| Attribution {
            source: self.span(name, end),
            kind: SourceKind::Name,
            cue: self.span(start, start + 1),
            description: None,
            via: None,
        })
    }

    /// "Roe's", "his", "her", "their".
    fn is_possessive(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.is_word(i)
            && (matches!(self.word(i).as_str(), "his" | "her" | "their")
                || (raw.ends_with("'s") || raw.ends_with("’s")) && raw.len() > 3)
    }

    /// A quotation credited after a dash: “We will win.” ― Jane Roe
    fn dash_credit(&self) -> Option<Attribution> {
        let dash = (1..self.toks.len())
            .rev()
            .find(|&i| matches!(self.raw(i), "―" | "—"))?;
        let after_quote = matches!(self.raw(dash - 1), "”" | "\"");
        let mut end = dash + 1;
        while end < self.toks.len() && (self.is_capitalised(end) || self.raw(end) == ".") {
            end += 1;
        }
        let words = (dash + 1..end).filter(|&i| self.is_word(i)).count();
        let closes = end == self.toks.len() || matches!(self.raw(end), "," | ";" | "(");
        (after_quote && (1..=4).contains(&words) && closes).then(|| Attribution {
            source: self.span(dash + 1, end),
            kind: SourceKind::Name,
            cue: self.span(dash, dash + 1),
            description: None,
            via: None,
        })
    }

    /// A stated belief or view held by a group: "There was a widespread belief in the
    /// industry that …", "the common view among economists that …". The group's belief is the
    /// source; whoever tells of it reports it (kept as the claim's `via`).
    fn belief(&self) -> Option<Attribution> {
        const BELIEFS: &[&str] = &[
            "belief",
            "view",
            "perception",
            "consensus",
            "assumption",
            "expectation",
            "sense",
            "feeling",
            "fear",
            "notion",
            "conviction",
        ];
        let noun = (0..self.toks.len()).find(|&i| BELIEFS.contains(&self.word(i).as_str()))?;
        if !matches!(self.word(noun + 1).as_str(), "in" | "among" | "within") {
            return None;
        }
        let that = (noun + 2..self.toks.len())
            .take(8)
            .find(|&i| self.word(i) == "that")?;
        // The noun phrase: back over adjectives to its article.
        let mut start = noun;
        while start > 0
            && self.is_word(start - 1)
            && !matches!(
                self.word(start - 1).as_str(),
                "was" | "is" | "were" | "are" | "there" | "be"
            )
            && noun - start < 3
        {
            start -= 1;
        }
        Some(Attribution {
            source: self.span(start, that),
            kind: SourceKind::Description,
            cue: self.span(noun, noun + 1),
            description: None,
            via: None,
        })
    }

    /// "X said (that) …", "X, a partner at Y, believes …", "…, X said.", "…, said X."
    fn reporting_verb(&self) -> Option<Attribution> {
        let quoted = self.quoted();
        let first = self.reporting_verb_from(0, quoted)?;
        // A report closing the sentence is its main clause: "Roe had told the police that …,
        // the source added."
        let tail = (0..self.toks.len())
            .rev()
            .take(12)
            .find(|&i| self.raw(i) == "," && !quoted[i]);
        if let Some(tail) = tail
            && first.cue.start < self.base + self.toks[tail].span.start
            && let Some(last) = self.reporting_verb_from(tail + 1, quoted)
            && !matches!(last.kind, SourceKind::Relative { .. })
            && (if last.source.start > last.cue.start {
                self.closes_sentence(last.source.end, 1)
            } else {
                self.closes_sentence(last.cue.end, 1)
            })
        {
            return Some(last);
        }
        // A relative clause's report gives way to the main clause's: "Roe's aides, who asked
        // for the tape, watched it, lawyers said."
        if matches!(first.kind, SourceKind::Relative { .. }) {
            let after = (0..self.toks.len())
                .find(|&i| self.base + self.toks[i].span.start >= first.cue.end)
                .unwrap_or(self.toks.len());
            if let Some(main) = self.reporting_verb_from(after, quoted)
                && !matches!(main.kind, SourceKind::Relative { .. })
            {
                return Some(main);
            }
        }
        // "When the firm signaled that …, Roe said …": the main clause's cue comes first.
        if let Some(comma) = self.leading_subordinate_end() {
            let in_subordinate = first.cue.start < self.base + self.toks[comma].span.start;
            if in_subordinate && let Some(main) = self.reporting_verb_from(comma + 1, quoted) {
                return Some(main);
            }
        }
        Some(first)
    }

    /// A stance stated with "be" and an adjective of attitude: "Roe has been critical of the
    /// plan", "Republicans weren't too concerned about costs". The subject must be a name, a
    /// pronoun or a known source: "The plan is open to all" is not a stance.
    fn stance(&self) -> Option<Attribution> {
        for a in 1..self.toks.len() {
            if !STANCE_FOLLOWERS.contains(&self.raw(a + 1))
                || !self.word_in(STANCE_ADJECTIVES, a)
                || self.quoted()[a]
            {
                continue;
            }
            // Back over degree words to the form of "be".
            let mut b = a;
            while b > 0
                && (matches!(
                    self.word(b - 1).as_str(),
                    "so" | "too"
                        | "very"
                        | "more"
                        | "less"
                        | "most"
                        | "also"
                        | "not"
                        | "quite"
                        | "deeply"
                        | "increasingly"
                        | "still"
                        | "always"
                        | "never"
                ) || self.is_manner_adverb(b - 1))
            {
                b -= 1;
            }
            let be = b.checked_sub(1)?;
            let be_word = self.word(be);
            let contracted = ["’s", "'s", "’re", "'re"]
                .iter()
                .find_map(|c| self.raw(be).strip_suffix(c));
            if let Some(pronoun) = contracted {
                let lower = pronoun.to_lowercase();
                if PRONOUNS.contains(&lower.as_str()) {
                    let start = self.base + self.toks[be].span.start;
                    return Some(Attribution {
                        source: Span::new(start, start + pronoun.len()),
                        kind: SourceKind::Pronoun,
                        cue: self.span(be, a + 1),
                        description: None,
                        via: None,
                    });
                }
                continue;
            }
            let is_be = matches!(
                be_word.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "remains"
                    | "remained"
                    | "seemed"
                    | "seems"
                    | "appeared"
                    | "appears"
                    | "isn't"
                    | "isn’t"
                    | "wasn't"
                    | "wasn’t"
                    | "aren't"
                    | "aren’t"
                    | "weren't"
                    | "weren’t"
                    | "became"
                    | "become"
            );
            if !is_be {
                continue;
            }
            // Not a question ("Is Roe critical of …?") nor a relative ("who is critical").
            if let Some(found) = self.subject_before(be, a + 1)
                && !matches!(found.kind, SourceKind::Relative { .. })
                && (self.word(0) != be_word)
            {
                return Some(Attribution {
                    cue: self.span(be, a + 1),
                    ..found
                });
            }
        }
        None
    }

    /// At most `most` words follow document offset `at` in the sentence, besides a time
    /// ("on Tuesday", "Monday morning").
    fn closes_sentence(&self, at: usize, most: usize) -> bool {
        let rest = (0..self.toks.len())
            .filter(|&i| self.base + self.toks[i].span.start >= at)
            .filter(|&i| {
                self.toks[i].kind != TokenKind::Symbol
                    && !matches!(
                        self.word(i).as_str(),
                        "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "yesterday"
                            | "today"
                            | "on"
                            | "last"
                            | "this"
                            | "week"
                    )
            })
            .count();
        rest <= most
    }

    /// The comma that closes a subordinate clause opening the sentence ("When …, ").
    fn leading_subordinate_end(&self) -> Option<usize> {
        let mut first = (0..self.toks.len()).find(|&i| self.is_word(i))?;
        if matches!(self.word(first).as_str(), "so" | "but" | "and" | "yet") {
            first += 1;
        }
        const SUBORDINATORS: &[&str] = &[
            "when", "as", "after", "because", "if", "while", "although", "though", "since",
            "before", "once", "until", "unless", "whereas",
        ];
        if !SUBORDINATORS.contains(&self.word(first).as_str()) {
            return None;
        }
        (first + 1..self.toks.len()).find(|&i| self.raw(i) == ",")
    }

    fn reporting_verb_from(&self, from: usize, quoted: &[bool]) -> Option<Attribution> {
        for (v, &in_quotation) in quoted.iter().enumerate().skip(from) {
            // A verb inside a quotation is the quoted speaker's own report ("“They wanted
            // votes,” Roe said"): the sentence belongs to whoever the quotation's cue names.
            if in_quotation {
                continue;
            }
            // Most words are none of the verbs below: only a participle, a reporting verb, a
            // verb of a person, or a verb before "that" (`takes_that_clause`) is read further.
            let may_report = PARTICIPLES.bit | REPORTING_VERBS.bit | PERSON_VERBS.bit;
            if self.lexicons[v] & may_report == 0 && self.word(v + 1) != "that" {
                continue;
            }
            let verb = self.word(v);
            // "is calling for", "are warning": the progressive reports like the verb.
            let be = self
                .word_in(PARTICIPLES, v)
                .then(|| self.progressive_be(v))
                .flatten();
            if let Some(be) = be {
                let particle = matches!(verb.as_str(), "calling")
                    && matches!(self.word(v + 1).as_str(), "for" | "on");
                // "is calling the plan “a disaster”".
                let names = verb == "calling" && self.calls_something(v);
                if verb == "calling" && !particle && !names {
                    continue;
                }
                let cue_end = if particle { v + 2 } else { v + 1 };
                // "He’s claiming …": the subject is inside the contraction.
                let raw = self.raw(be);
                let contracted = ["’s", "'s", "’re", "'re"]
                    .iter()
                    .find_map(|c| raw.strip_suffix(c));
                if let Some(pronoun) = contracted {
                    let lower = pronoun.to_lowercase();
                    if PRONOUNS.contains(&lower.as_str()) || lower == "it" {
                        let start = self.base + self.toks[be].span.start;
                        return Some(Attribution {
                            source: Span::new(start, start + pronoun.len()),
                            kind: SourceKind::Pronoun,
                            cue: self.span(v, cue_end),
                            description: None,
                            via: None,
                        });
                    }
                    continue;
                }
                if let Some(found) = self.subject_before(v, cue_end) {
                    return Some(found);
                }
                continue;
            }
            // ", saying that …": the participle reports for the sentence's subject.
            if self.word_in(PARTICIPLES, v) && self.raw(v.wrapping_sub(1)) == "," {
                if let Some(found) = self.sentence_subject(v) {
                    return Some(found);
                }
                continue;
            }
            // Capitalised, "States" or "Report" is a name; after "to", an infinitive.
            // Headlines capitalise every word: "Senator Warns …", "Roe Says …".
            let headline_verb = v > 0
                && self.is_capitalised(v)
                && self.is_capitalised(v - 1)
                && (matches!(
                    self.raw(v),
                    "Says" | "Said" | "Warns" | "Urges" | "Tells" | "Claims" | "Argues"
                ) || (self.raw(v).ends_with('s')
                    && self.word_in(REPORTING_VERBS, v)
                    && self.is_title_case()));
            let lowercase = self.raw(v).starts_with(char::is_lowercase) || headline_verb;
            let reports = self.word_in(REPORTING_VERBS, v) || self.takes_that_clause(v);
            let person_verb = !reports && self.word_in(PERSON_VERBS, v);
            if !lowercase || !(reports || person_verb) || self.word(v.wrapping_sub(1)) == "to" {
                continue;
            }
            // "the project advocated by many": a passive participle, not this subject's report;
            // "Having said that": an idiom.
            // "backed out", "backed off": phrasal verbs that do not report.
            let phrasal = (verb.starts_with("back")
                && matches!(
                    self.word(v + 1).as_str(),
                    "out" | "off" | "down" | "away" | "up"
                ))
                // "reported from Kabul": a byline; "Let's say": a supposition.
                || (verb.starts_with("report") && self.word(v + 1) == "from")
                || matches!(self.word(v.wrapping_sub(1)).as_str(), "let's" | "let’s");
            if phrasal
                || self.word(v + 1) == "by"
                || self.word(v.wrapping_sub(1)) == "having"
                || (verb.starts_with("reckon") && self.word(v + 1) == "with")
            {
                continue;
            }
            // Words that are nouns as often as verbs ("state", "claims", "note") report only
            // before a "that" clause or a quotation, and never after a determiner or possessive.
            // In a headline, the verbs that are rarely nouns there: "Poll Shows …".
            let headline_report = headline_verb
                && matches!(
                    verb.as_str(),
                    "shows"
                        | "finds"
                        | "vows"
                        | "pledges"
                        | "slams"
                        | "blasts"
                        | "praises"
                        | "laments"
                        | "boasts"
                        | "jokes"
                        | "wonders"
                        | "mentions"
                        | "cites"
                        | "rejects"
                        | "echoes"
                );
            if self.word_in(NOUN_OR_VERB, v) && !headline_report {
                let before = self.word(v.wrapping_sub(1));
                let after_determiner = matches!(
                    before.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "many"
                        | "two"
                        | "some"
                        | "s"
                ) || before.ends_with("'s")
                    || before.ends_with("’s");
                let particle_follows =
                    needs_particle(&verb).is_some_and(|p| p.contains(&self.word(v + 1).as_str()));
                let names_something = verb.starts_with("call") && self.calls_something(v);
                let opens_content = self.word(v + 1) == "that"
                    || particle_follows
                    || names_something
                    || self.evidence_shows(v)
                    || self.opens_quotation(v + 1);
                // After an apposition ("Jane Roe, a scholar at X, notes …") it is a verb.
                let after_apposition = self.raw(v.wrapping_sub(1)) == ",";
                if after_determiner || !(opens_content || after_apposition) {
                    continue;
                }
            }
            // "continued", "went on": a report only next to the quotation they introduce.
            if matches!(verb.as_str(), "continued" | "continues")
                && !self.opens_quotation(v + 1)
                && !(0..v).any(|i| matches!(self.raw(i), "”" | "\""))
            {
                continue;
            }
            let mut cue_end = v + 1;
            // Without its particle or clause, a verb of stance or disclosure still reports for
            // a person named or pronounced as its subject ("Roe mentioned the tapes", "He
            // offered no proof"), never for a description ("The bank announced a new fee").
            let mut person_only = person_verb;
            if let Some(particles) = needs_particle(&verb) {
                if !particles.is_empty() {
                    // "called the plan a failure", "called him “a genius”": naming is a report.
                    let names_something =
                        verb.starts_with("call") && self.calls_something(v) && v > 0;
                    if !particles.contains(&self.word(v + 1).as_str()) && !names_something {
                        if reports_for_a_person(&verb) {
                            person_only = true;
                        } else {
                            continue;
                        }
                    }
                    if !names_something {
                        cue_end = v + 2;
                    }
                } else if !self.clause_follows(v + 1)
                    && !self.opens_quotation(v + 1)
                    && !headline_verb
                    && !self.parenthetical(v)
                    && !self.evidence_shows(v)
                {
                    // "shows", "found", "expects" report only before a "that" clause, or
                    // after the content: "…, the agency announced."
                    if reports_for_a_person(&verb) {
                        person_only = true;
                    } else {
                        continue;
                    }
                }
            }
            // "compared to", "expected to visit": a comparison, a passive.
            if person_only && self.word(v + 1) == "to" {
                continue;
            }
            if person_only {
                if let Some(found) = self.subject_before(v, v + 1)
                    && matches!(found.kind, SourceKind::Name | SourceKind::Pronoun)
                {
                    return Some(found);
                }
                continue;
            }
            // "…, said one source": after a comma an inverted subject comes first.
            let inverted = self.raw(v.wrapping_sub(1)) == ",";
            if let Some(found) = (if inverted {
                self.subject_after(v, cue_end)
            } else {
                None
            })
            .or_else(|| self.subject_before(v, cue_end))
            .or_else(|| self.subject_after(v, cue_end))
            .or_else(|| self.subject_before_participle(v, cue_end))
            .or_else(|| self.coordinated_subject(v, cue_end))
            {
                return Some(found);
            }
        }
        None
    }

    /// The source before the verb at `v`: skipping auxiliaries and adverbs, and an apposition
    /// between commas ("Jane Roe, director of …, believes").
    fn subject_before(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        let mut k = v;
        while k > 0
            && (self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) || self.is_manner_adverb(k - 1))
        {
            k -= 1;
        }
        // A passive ("was widely criticized", "has been asked") reports about the subject,
        // not the subject's report.
        let verb = self.word(v);
        let participle = verb.ends_with("ed")
            || matches!(
                verb.as_str(),
                "said" | "told" | "written" | "thought" | "found" | "shown" | "known" | "seen"
            );
        if participle
            && (k..v).any(|i| {
                matches!(
                    self.word(i).as_str(),
                    "is" | "are" | "was" | "were" | "been" | "be"
                )
            })
        {
            return None;
        }
        // A relative clause: "Roe, who has argued that …", "the agency, which reported …".
        if k >= 2 && matches!(self.word(k - 1).as_str(), "who" | "which") {
            let relative = k - 1;
            let end = if self.raw(relative - 1) == "," {
                relative - 1
            } else {
                relative
            };
            let start = self.clause_start(end)?;
            let cue = self.span(v, cue_end);
            let antecedent = self.classify(start, end, cue, None, false)?;
            if antecedent.kind == SourceKind::Pronoun {
                return None;
            }
            return Some(Attribution {
                source: self.span(relative, relative + 1),
                kind: SourceKind::Relative {
                    antecedent: antecedent.source,
                    named: antecedent.kind == SourceKind::Name,
                },
                cue,
                description: None,
                via: None,
            });
        }
        // A time between subject and verb: "Roe on Tuesday said", "the court this month ruled".
        if k >= 2 && self.is_time_phrase(k - 2, k) {
            k -= 2;
            while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
                k -= 1;
            }
        }
        // A parenthesis right before the verb: "Rep. Jane Roe (D-Md.) said".
        if k > 0 && self.raw(k - 1) == ")" {
            k = (0..k - 1).rev().take(12).find(|&i| self.raw(i) == "(")?;
        }
        let mut description = None;
        if k > 0 && self.raw(k - 1) == "," {
            // An apposition: back to the comma that opens it.
            let mut close = k - 1;
            let open = (0..close).rev().take(30).find(|&i| self.raw(i) == ",")?;
            let aside = (open + 1..close)
                .map(|i| self.word(i).as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if open + 1 < close && !DISCOURSE_MARKERS.contains(&aside.as_str()) {
                // "The state's campaign chairman, Jane Roe, said": the name is the aside.
                let party_tag = self.raw(open + 1).len() == 1 && self.raw(open + 2) == "-";
                if self.is_name_run(open + 1, close) && !party_tag {
                    let role = self.clause_start(open).filter(|&r| r < open);
                    return Some(Attribution {
                        source: self.span(open + 1, close),
                        kind: SourceKind::Name,
                        cue: self.span(v, cue_end),
                        description: role.map(|r| self.span(r, open)),
                        via: None,
                    });
                }
                description = Some(self.span(open + 1, close));
            }
            close = open;
            // More asides before it: "Jane Roe, 59, of Springfield, Ill., who …, said".
            for _ in 0..4 {
                let Some(open) = (0..close).rev().take(12).find(|&i| self.raw(i) == ",") else {
                    break;
                };
                if !self.is_minor_aside(open + 1, close) {
                    break;
                }
                close = open;
            }
            k = close;
            // "Rep. Jane Roe (R-Ohio), a member of the panel, said".
            if k > 0 && self.raw(k - 1) == ")" {
                k = (0..k - 1).rev().take(12).find(|&i| self.raw(i) == "(")?;
            }
        }
        if k == 0 {
            return None;
        }
        let end = k;
        let start = self.clause_start(end)?;
        let cue = self.span(v, cue_end);
        let strong = is_strong_verb(&self.word(v));
        self.classify(start, end, cue, description, strong)
            .or_else(|| {
                // A coordinated subject: "Experts on trade and finance said", "Regulators and
                // environmental groups worried".
                if start < 2 || !matches!(self.word(start - 1).as_str(), "and" | "or") {
                    return None;
                }
                let first = self.clause_start(start - 1)?;
                let opens_sentence = first == 0
                    || matches!(
                        self.raw(first - 1),
                        "," | "“" | "\"" | "”" | "(" | ";" | ":"
                    );
                (opens_sentence && end - first <= 12)
                    .then(|| self.classify(first, end, cue, description, strong))
                    .flatten()
            })
    }

    /// The lowercase part of a hyphenated name: "moon" in "Ban Ki-moon".
    fn hyphenated_name_part(&self, i: usize) -> bool {
        i >= 2
            && self.is_word(i)
            && self.raw(i - 1) == "-"
            && self.is_capitalised(i - 2)
            && self.toks[i - 1].span.end == self.toks[i].span.start
            && self.toks[i - 2].span.end == self.toks[i - 1].span.start
    }

    /// The form of "be" that makes the participle at `v` progressive, over a few adverbs:
    /// "is also urging", "isn’t saying", "He’s claiming".
    fn progressive_be(&self, v: usize) -> Option<usize> {
        let mut b = v.checked_sub(1)?;
        for _ in 0..2 {
            if matches!(
                self.word(b).as_str(),
                "also"
                    | "now"
                    | "still"
                    | "again"
                    | "not"
                    | "already"
                    | "increasingly"
                    | "publicly"
                    | "repeatedly"
                    | "once"
            ) && b > 0
            {
                b -= 1;
            }
        }
        let word = self.word(b);
        let be = matches!(
            word.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "been"
                | "isn't"
                | "isn’t"
                | "aren't"
                | "aren’t"
                | "wasn't"
                | "wasn’t"
                | "weren't"
                | "weren’t"
        ) || ["’s", "'s", "’re", "'re"].iter().any(|c| {
            word.strip_suffix(c)
                .is_some_and(|p| matches!(p, "he" | "she" | "it" | "they"))
        });
        be.then_some(b)
    }

    /// "Polls show a close race", "the video shows him running": evidence that shows reports
    /// what it shows even without "that".
    fn evidence_shows(&self, v: usize) -> bool {
        const EVIDENCE: &[&str] = &[
            "poll",
            "polls",
            "survey",
            "surveys",
            "study",
            "studies",
            "report",
            "reports",
            "analysis",
            "analyses",
            "data",
            "research",
            "figures",
            "numbers",
            "records",
            "documents",
            "video",
            "footage",
            "slide",
            "average",
            "averages",
            "transcript",
            "audit",
            "review",
            "investigation",
            "census",
            "estimates",
            "projections",
        ];
        let verb = self.word(v);
        let mut k = v;
        while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
            k -= 1;
        }
        matches!(verb.as_str(), "show" | "shows" | "showed")
            && k > 0
            && EVIDENCE.contains(&self.word(k - 1).as_str())
    }

    /// A finite verb right before a that-clause is a verb of saying or thinking whatever the
    /// verb ("Roe realized that …", "the agency learned that …"), save verbs of causing and
    /// meaning ("ensured that", "means that").
    fn takes_that_clause(&self, v: usize) -> bool {
        const NOT_REPORTS: &[&str] = &[
            "ensured",
            "ensures",
            "means",
            "meant",
            "required",
            "requires",
            "made",
            "makes",
            "provided",
            "provides",
            "given",
            "ordered",
            "demanded",
            "so",
            "such",
            "now",
            "except",
            "seems",
            "seemed",
            "appears",
            "appeared",
            "happened",
            "happens",
            "guaranteed",
            "guarantees",
            "mandated",
            "mandates",
            "stipulated",
            "stipulates",
            "was",
            "is",
            "were",
            "are",
            "has",
            "had",
            "have",
            "does",
            "did",
            "shows",
            "showed",
            "proved",
            "proves",
            "implied",
            "implies",
            "suggested",
            "suggests",
            "indicated",
            "indicates",
            "revealed",
            "reveals",
        ];
        let verb = self.word(v);
        // Past forms only: a plural noun before a relative "that" ("the reasons that …")
        // looks like a verb in -s.
        let finite = verb.ends_with("ed")
            || matches!(
                verb.as_str(),
                "knew" | "thought" | "felt" | "saw" | "heard" | "understood" | "wrote" | "held"
            );
        self.is_word(v)
            && self.word(v + 1) == "that"
            && finite
            && verb.len() > 3
            && !NOT_REPORTS.contains(&verb.as_str())
            && !self.word_in(SOURCE_NOUNS, v)
    }

    /// A lowercase "-ly" adverb: "forcefully", "sharply".
    fn is_manner_adverb(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.is_word(i)
            && raw.len() > 5
            && raw.ends_with("ly")
            && raw.starts_with(char::is_lowercase)
            && !matches!(
                raw,
                "family"
                    | "only"
                    | "early"
                    | "likely"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "rally"
                    | "supply"
                    | "reply"
                    | "really"
                    | "actually"
                    | "truly"
            )
    }

    /// "on Tuesday", "this month", "last week", "in August".
    fn is_time_phrase(&self, start: usize, end: usize) -> bool {
        const WHEN: &[&str] = &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "week",
            "month",
            "year",
            "morning",
            "afternoon",
            "evening",
            "night",
            "weekend",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        end == start + 2
            && matches!(
                self.word(start).as_str(),
                "on" | "this" | "last" | "in" | "earlier"
            )
            && WHEN.contains(&self.word(start + 1).as_str())
    }

    /// Most words of the sentence are capitalised: a headline ("Senator Roe Calls Plan ‘A
    /// Disgrace’").
    fn is_title_case(&self) -> bool {
        let long: Vec<usize> = (0..self.toks.len())
            .filter(|&i| self.is_word(i) && self.raw(i).len() > 3)
            .collect();
        long.len() >= 3
            && long.iter().filter(|&&i| self.is_capitalised(i)).count() * 5 >= long.len() * 4
    }

    /// The verb at `v` closes its clause after the content it reports: "…, the agency
    /// announced." or "…, Twitter announced, adding …".
    fn parenthetical(&self, v: usize) -> bool {
        let inverted = matches!(self.raw(v.wrapping_sub(1)), "," | "”" | "\"" | "'");
        let closes = v + 1 == self.toks.len()
            || matches!(self.raw(v + 1), "." | "," | ";")
            || matches!(
                self.word(v + 1).as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "after"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "yesterday"
                    | "today"
                    | "last"
                    | "this"
                    | "earlier"
                    | "late"
            );
        inverted
            || (closes && (v.saturating_sub(8)..v).any(|i| matches!(self.raw(i), "," | "”" | "\"")))
    }

    /// The subject of a verb phrase coordinated with an earlier one: "Roe criticized the plan
    /// and said …", "Authorities announced an arrest and said …". The sentence must open with
    /// the subject, a name or a pronoun followed by its verb.
    fn coordinated_subject(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        let mut k = v;
        while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
            k -= 1;
        }
        if k == 0 || !matches!(self.word(k - 1).as_str(), "and" | "but") {
            return None;
        }
        // A finite verb: "… and tell more jokes" after "needs to" is an infinitive.
        let verb = self.word(v);
        let finite = verb.ends_with("ed")
            || verb.ends_with('s')
            || matches!(
                verb.as_str(),
                "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "spoke" | "found"
            );
        if !finite {
            return None;
        }
        // No other clause in between: the coordinated verb shares the opening subject.
        if (0..k).any(|i| matches!(self.raw(i), ";" | ":" | "“" | "\"")) {
            return None;
        }
        let found = self.sentence_subject(v)?;
        Some(Attribution {
            cue: self.span(v, cue_end),
            ..found
        })
    }

    /// A that-clause starts at `i`: "that …", "in a statement Monday that …", or a pronoun
    /// subject with its auxiliary ("announced it would …").
    fn clause_follows(&self, i: usize) -> bool {
        if self.word(i) == "that" {
            return true;
        }
        // "announced Tuesday that …".
        if matches!(
            self.word(i).as_str(),
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "yesterday"
                | "today"
        ) && self.word(i + 1) == "that"
        {
            return true;
        }
        if matches!(self.word(i).as_str(), "he" | "she" | "it" | "they" | "we") {
            return matches!(
                self.word(i + 1).as_str(),
                "would"
                    | "will"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "had"
                    | "has"
                    | "have"
                    | "could"
                    | "can"
                    | "should"
                    | "might"
                    | "may"
                    | "must"
                    | "did"
                    | "does"
            );
        }
        // A short prepositional phrase before the "that".
        matches!(
            self.word(i).as_str(),
            "in" | "on" | "at" | "during" | "last" | "this"
        ) && (i + 1..(i + 8).min(self.toks.len()))
            .take_while(|&j| self.is_word(j) || self.raw(j) == "’" || self.raw(j) == "'")
            .any(|j| self.word(j) == "that")
    }

    /// A subject with a participle phrase before the verb: "A poll released in late August
    /// found that …", "A report published by the agency shows that …".
    fn subject_before_participle(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        const PUBLISHING_PARTICIPLES: &[&str] = &[
            "released",
            "published",
            "conducted",
            "issued",
            "commissioned",
            "compiled",
            "sponsored",
            "funded",
            "filed",
            "posted",
            "obtained",
            "written",
            "produced",
            "prepared",
        ];
        let mut k = v;
        while k > 0 && self.word_in(BETWEEN_SUBJECT_AND_VERB, k - 1) {
            k -= 1;
        }
        let p = (k.saturating_sub(12)..k)
            .rev()
            .take_while(|&i| self.is_word(i) || self.toks[i].kind == TokenKind::Number)
            .find(|&i| PUBLISHING_PARTICIPLES.contains(&self.word(i).as_str()))?;
        if p == 0 || !self.is_word(p - 1) {
            return None;
        }
        let start = self.clause_start(p)?;
        let cue = self.span(v, cue_end);
        self.classify(start, p, cue, None, is_strong_verb(&self.word(v)))
    }

    /// An aside that stands between a name and its verb after another aside: an age ("59"),
    /// a place ("of Springfield", "Ill."), a party tag ("R-Ohio"), a relative clause.
    fn is_minor_aside(&self, start: usize, end: usize) -> bool {
        if start >= end || end - start > 10 {
            return false;
        }
        let first = self.word(start);
        let abbreviation = end - start <= 3
            && self.raw(end - 1) == "."
            && self.is_capitalised(start)
            && !self.is_capitalised(start + 1);
        self.toks[start].kind == TokenKind::Number
            || abbreviation
            || matches!(
                first.as_str(),
                "of" | "from" | "who" | "which" | "whose" | "d" | "r" | "i" | "jr" | "sr"
            ) && (first.len() > 1 || self.raw(start + 1) == "-")
    }

    /// The subject that opens the sentence, for a participle at `v`: a name or a pronoun as
    /// the first words, followed by a verb (a lowercase word).
    fn sentence_subject(&self, v: usize) -> Option<Attribution> {
        // Role words may stand among the capitalised ones: "Democratic presidential nominee
        // Jane Roe", "former Secretary of State Jane Roe".
        const ROLE_WORDS: &[&str] = &[
            "former",
            "presidential",
            "vice",
            "deputy",
            "senior",
            "chief",
            "top",
            "state",
            "federal",
            "national",
            "acting",
            "interim",
            "longtime",
            "retired",
            "of",
        ];
        let mut first = (0..v).find(|&i| self.is_word(i))?;
        // Past an opening adverbial: "On Thursday, however, Roe spoke …", "And Roe …".
        for _ in 0..3 {
            let opener = self.word(first);
            if matches!(
                opener.as_str(),
                "and" | "but" | "so" | "yet" | "then" | "still"
            ) {
                first += 1;
                continue;
            }
            let adverbial = !self.is_capitalised(first)
                || matches!(
                    opener.as_str(),
                    "on" | "in"
                        | "at"
                        | "after"
                        | "before"
                        | "during"
                        | "since"
                        | "last"
                        | "earlier"
                        | "later"
                        | "recently"
                        | "however"
                        | "meanwhile"
                        | "instead"
                        | "still"
                        | "now"
                        | "today"
                        | "yesterday"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                );
            let comma = (first + 1..v).take(8).find(|&i| self.raw(i) == ",");
            match comma {
                Some(c) if adverbial && self.is_word(c + 1) => first = c + 1,
                _ => break,
            }
        }
        let mut end = first;
        while end < v
            && (self.is_capitalised(end)
                || self.raw(end) == "."
                || self.hyphenated_name_part(end)
                || (end > first
                    && (ROLE_WORDS.contains(&self.word(end).as_str())
                        || self.word_in(TITLES, end))
                    && (self.is_capitalised(end + 1)
                        || (end + 2 < v && self.is_capitalised(end + 2)))))
        {
            end += 1;
        }
        let cue = self.span(v, v + 1);
        if end == first {
            return None;
        }
        let word = self.word(first);
        if end == first + 1 && PRONOUNS.contains(&word.as_str()) {
            return Some(Attribution {
                source: self.span(first, end),
                kind: SourceKind::Pronoun,
                cue,
                description: None,
                via: None,
            });
        }
        // One capitalised word opening a sentence is too often an adjective or an article
        // ("Chinese developers …", "A new plan …"): a name here has two words or more.
        // A party tag or an apposition may follow the name: "Jane Roe (D-Md.), the panel's
        // chair, called …".
        let mut after = end;
        if self.raw(after) == "(" {
            after = (after..v)
                .take(12)
                .find(|&i| self.raw(i) == ")")
                .map_or(v, |i| i + 1);
        }
        if self.raw(after) == "," {
            after = (after + 1..v)
                .take(25)
                .find(|&i| self.raw(i) == ",")
                .map_or(v, |i| i + 1);
        }
        let verb_follows = after < v
            && self
                .toks
                .get(after)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.raw(after).starts_with(char::is_lowercase);
        let words = (first..end).filter(|&i| self.is_word(i)).count();
        // A lone name ("Cruz exhorted …, and said") when a verb plainly follows it.
        let plain_verb = |i: usize| {
            let w = self.word(i);
            w.ends_with("ed")
                || in_lexicon(BETWEEN_SUBJECT_AND_VERB, w.as_str())
                || in_lexicon(REPORTING_VERBS, w.as_str())
                || in_lexicon(PERSON_VERBS, w.as_str())
                || self.is_manner_adverb(i)
        };
        let lone_name = words == 1 && after == end && plain_verb(after);
        if !verb_follows || (words < 2 && !lone_name) {
            return None;
        }
        self.classify(first, end, cue, None, true)
    }

    /// Where the noun phrase that ends at `end` starts: back to a clause boundary, at most
    /// eight tokens. None when `end` is itself at a boundary.
    fn clause_start(&self, end: usize) -> Option<usize> {
        const CLAUSE_WORDS: &[&str] = &[
            "that", "which", "who", "while", "as", "but", "and", "because", "when", "if",
            "although", "though", "since", "so", "however",
        ];
        let mut start = end;
        while start > 0 && end - start < 8 {
            let prev = start - 1;
            // An apostrophe is a boundary when it closes a quotation (''…'' he said), not when
            // it marks a possessive (the state's governor).
            let apostrophe = matches!(self.raw(prev), "'" | "’");
            let possessive = apostrophe && self.word(prev + 1) == "s";
            let boundary = (self.toks[prev].kind == TokenKind::Symbol
                && !matches!(self.raw(prev), "-" | "&" | ".")
                && (!apostrophe || !possessive))
                || CLAUSE_WORDS.contains(&self.word(prev).as_str());
            if boundary {
                break;
            }
            start = prev;
        }
        (start < end).then_some(start)
    }

    /// Tokens `start..end` are a personal name: capitalised words, initials and title
    /// abbreviations ("G.K. Butterfield", "Rep. Jane Roe").
    fn is_name_run(&self, start: usize, end: usize) -> bool {
        let words = (start..end)
            .filter(|&i| self.toks[i].kind != TokenKind::Symbol)
            .count();
        (1..=5).contains(&words)
            && (start..end).all(|i| self.is_capitalised(i) || matches!(self.raw(i), "." | "-"))
            && self.is_capitalised(start)
    }

    /// "…,” said Jane Roe." and "…, said Rep. G.K. Roe (D-N.C.), head of …" after a quotation
    /// or a comma.
    fn subject_after(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        // Back over closing quotation marks (”, ", and the doubled '' some papers use).
        let mut q = v;
        while q > 0 && matches!(self.raw(q - 1), "”" | "\"" | "’" | "'") {
            q -= 1;
        }
        let after_quote_or_comma = v > 0
            && (self.raw(v - 1) == ","
                || (q < v && matches!(self.raw(q.wrapping_sub(1)), "," | "?" | "!" | ".")));
        // "…, told Jane Roe": the name after "told" is who was told.
        if !after_quote_or_comma || matches!(self.word(v).as_str(), "told" | "tells" | "tell") {
            return None;
        }
        // "said the Rev. Jane Roe": an article before a title.
        let begin = if self.word(cue_end) == "the" && self.is_capitalised(cue_end + 1) {
            cue_end + 1
        } else {
            cue_end
        };
        let mut end = begin;
        // Capitalised words, initials, and role words before a name ("said network host
        // Jane Roe").
        while end < self.toks.len()
            && (self.is_capitalised(end)
                || (matches!(self.raw(end), "." | "-") && self.is_capitalised(end + 1))
                || ((self.word_in(TITLES, end)
                    || (end > begin && self.word_in(SOURCE_NOUNS, end)))
                    && self.is_capitalised(end + 1)))
        {
            end += 1;
        }
        // The name ends the sentence, or an aside follows it: ", a professor", "(D-Md.)", "of
        // New York", "who served…", "on Tuesday".
        let closes = end == self.toks.len()
            || matches!(self.raw(end), "." | "," | "!" | "?" | ";" | "(")
            || matches!(
                self.word(end).as_str(),
                "of" | "who" | "in" | "at" | "for" | "on" | "during" | "from" | "after"
            );
        if end == begin {
            end = cue_end;
        }
        let words = (cue_end..end)
            .filter(|&i| self.toks[i].kind != TokenKind::Symbol)
            .count();
        if words == 0 {
            return self.description_after(v, cue_end);
        }
        if !closes || words > 5 {
            return None;
        }
        if end == cue_end + 1 && NOT_NAMES.contains(&self.word(cue_end).as_str()) {
            return None;
        }
        let mut first = self.after_titles(begin.min(end), end);
        while first < end && self.raw(first) == "." {
            first += 1;
        }
        (first < end).then(|| Attribution {
            source: self.span(first, end),
            kind: SourceKind::Name,
            cue: self.span(v, cue_end),
            description: None,
            via: None,
        })
    }

    /// "…,” said one source on the panel." and "…, said a spokesman for the campaign.": a
    /// determiner, then a noun phrase that holds a source noun, to the end of the sentence or
    /// the next comma.
    fn description_after(&self, v: usize, cue_end: usize) -> Option<Attribution> {
        const OPENERS: &[&str] = &[
            "a", "an", "the", "one", "another", "his", "her", "their", "its", "two", "three",
            "several", "some", "many", "other",
        ];
        if !OPENERS.contains(&self.word(cue_end).as_str()) {
            return None;
        }
        let mut end = cue_end + 1;
        while end < self.toks.len()
            && end - cue_end < 10
            && self.toks[end].kind != TokenKind::Symbol
        {
            end += 1;
        }
        let closes = end == self.toks.len() || matches!(self.raw(end), "." | "," | ";" | "(");
        // The head comes before any preposition: "a spokesman for the campaign".
        let head_end = (cue_end + 1..end)
            .find(|&i| {
                matches!(
                    self.word(i).as_str(),
                    "for" | "of" | "at" | "in" | "on" | "with"
                )
            })
            .unwrap_or(end);
        let head = self.word(head_end.checked_sub(1)?);
        let known = in_lexicon(SOURCE_NOUNS, head.as_str()) || in_lexicon(TITLES, head.as_str());
        (closes && known && head_end > cue_end + 1).then(|| Attribution {
            source: self.span(cue_end, end),
            kind: SourceKind::Description,
            cue: self.span(v, cue_end),
            description: None,
            via: None,
        })
    }

    /// Which tokens stand inside quotation marks, worked out on first use and kept: several
    /// rules ask.
    fn quoted(&self) -> &[bool] {
        self.quoted.get_or_init(|| {
            // Most sentences have no quotation mark at all: nothing in them is quoted.
            let has_marks = ['"', '“', '”'].iter().any(|&mark| self.text.contains(mark))
                || self.text.contains("''");
            if has_marks {
                self.quotation_marks()
            } else {
                vec![false; self.toks.len()]
            }
        })
    }

    /// Which tokens stand inside a quotation. A sentence that opens with a closing mark ends
    /// a quotation begun in an earlier sentence; an opening mark with no closing one runs to
    /// the end. Straight quotes open before a word and close after one.
    fn quotation_marks(&self) -> Vec<bool> {
        let n = self.toks.len();
        let glued = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start;
        // Quotation marks as (first token, last token, closes): ” “ " and the doubled ''.
        let mut marks = Vec::new();
        let mut i = 0;
        while i < n {
            let last = match self.raw(i) {
                "“" | "”" | "\"" => Some(i),
                "'" if i + 1 < n && self.raw(i + 1) == "'" && glued(i, i + 1) => Some(i + 1),
                _ => None,
            };
            let Some(last) = last else {
                i += 1;
                continue;
            };
            let closes = match self.raw(i) {
                "”" => true,
                "“" => false,
                _ => {
                    let glued_before = i > 0 && glued(i - 1, i);
                    let glued_after = last + 1 < n && glued(last, last + 1);
                    !glued_after || (glued_before && !matches!(self.raw(i - 1), "," | ":"))
                }
            };
            marks.push((i, last, closes));
            i = last + 1;
        }
        let mut out = vec![false; n];
        let mut inside = marks.first().is_some_and(|m| m.2);
        let mut next = marks.iter().peekable();
        let mut skip_to = 0;
        for (i, slot) in out.iter_mut().enumerate() {
            if i < skip_to {
                continue;
            }
            if let Some(&&(first, last, closes)) = next.peek()
                && i == first
            {
                inside = !closes;
                skip_to = last + 1;
                next.next();
                continue;
            }
            *slot = inside;
        }
        out
    }

    /// A quotation or a colon opens at `i`, perhaps after a comma: ": …", ", “…”".
    fn opens_quotation(&self, i: usize) -> bool {
        let at = if self.raw(i) == "," { i + 1 } else { i };
        matches!(self.raw(at), ":" | "“" | "\"")
    }

    /// "called X a Y", "called X “…”": an object of a few words, then an article or a
    /// quotation, before any punctuation. "called a meeting" (no object) is an event, and a
    /// hyphen before the verb makes "so-called".
    fn calls_something(&self, v: usize) -> bool {
        if self.raw(v.wrapping_sub(1)) == "-" {
            return false;
        }
        // "what Roe called “a disgrace”", "which she called a rant": the object came first.
        let object_first = (v.saturating_sub(4)..v).any(|i| {
            matches!(self.word(i).as_str(), "what" | "which")
                && !matches!(
                    self.word(i.wrapping_sub(1)).as_str(),
                    "in" | "of" | "to" | "for" | "on" | "at" | "by" | "with" | "from"
                )
        });
        if object_first
            && (matches!(self.raw(v + 1), "“" | "\"" | "‘")
                || matches!(self.word(v + 1).as_str(), "a" | "an" | "it" | "them"))
        {
            return true;
        }
        if !self.is_word(v + 1) {
            return false;
        }
        if matches!(
            self.word(v + 1).as_str(),
            "a" | "an" | "for" | "on" | "upon" | "off" | "in" | "up" | "back" | "out" | "into"
        ) {
            return false;
        }
        for i in v + 2..(v + 14).min(self.toks.len()) {
            if matches!(self.raw(i), "“" | "\"" | "‘")
                || matches!(self.word(i).as_str(), "a" | "an")
            {
                return true;
            }
            if self.toks[i].kind == TokenKind::Symbol && !matches!(self.raw(i), "'" | "’" | "-") {
                return false;
            }
        }
        false
    }

    /// Where a personal name starts in the capitalised run `start..end`: after the last title
    /// ("Acme CEO Jane Roe"). After an honorific a title word is the surname ("Mr. King").
    fn after_titles(&self, start: usize, end: usize) -> usize {
        let mut name_start = start;
        for i in start..end {
            // A title word that closes a name after a given name is a surname: "Charlie King".
            let surname = i + 1 == end
                && i > start
                && self.is_capitalised(i - 1)
                && !self.word_in(TITLES, i - 1)
                && self.raw(i).chars().skip(1).any(char::is_lowercase);
            if self.word_in(TITLES, i) && !surname {
                name_start = i + 1;
            }
        }
        let mut honorific = end.saturating_sub(2);
        if self.raw(honorific) == "." {
            honorific = honorific.saturating_sub(1);
        }
        if name_start == end
            && end >= 2
            && honorific < end - 1
            && matches!(self.word(honorific).as_str(), "mr" | "mrs" | "ms" | "dr")
        {
            name_start = end - 1;
        }
        name_start
    }

    /// Whether tokens `start..end` name a source, and what kind.
    fn classify(
        &self,
        start: usize,
        end: usize,
        cue: Span,
        description: Option<Span>,
        strong_verb: bool,
    ) -> Option<Attribution> {
        let words: Vec<Lower> = (start..end).map(|i| self.word(i)).collect();
        if end - start == 1 && PRONOUNS.contains(&words[0].as_str()) {
            return Some(Attribution {
                source: self.span(start, end),
                kind: SourceKind::Pronoun,
                cue,
                description,
                via: None,
            });
        }
        // "It says …" of a report or a body named before, with a verb of saying.
        let posted = cue.end <= self.base + self.text.len()
            && cue.start >= self.base
            && self.text[cue.start - self.base..cue.end - self.base].eq_ignore_ascii_case("posted");
        if end - start == 1 && words[0] == "it" && strong_verb && !posted {
            return Some(Attribution {
                source: self.span(start, end),
                kind: SourceKind::Pronoun,
                cue,
                description,
                via: None,
            });
        }
        if end - start == 1
            && matches!(
                words[0].as_str(),
                "i" | "we" | "it" | "you" | "this" | "that"
            )
        {
            return None;
        }
        // A name: the last run of capitalised words, after any title ("OpenAI CEO Sam Altman").
        let mut run_start = end;
        while run_start > start
            && (self.is_capitalised(run_start - 1)
                || self.raw(run_start - 1) == "-"
                || self.hyphenated_name_part(run_start - 1))
        {
            run_start -= 1;
        }
        if run_start < end {
            let mut name_start = self.after_titles(run_start, end);
            let after_of = run_start > start && self.word(run_start - 1) == "of";
            // "the head of the Relations Committee": a role in a body speaks, not the body.
            let role_at = (start..run_start.saturating_sub(1))
                .rev()
                .take(3)
                .find(|&i| self.word_in(TITLES, i));
            let of_the = self.word(run_start.wrapping_sub(1)) == "the"
                && self.word(run_start.wrapping_sub(2)) == "of";
            if let (true, Some(role)) = (of_the, role_at) {
                return Some(Attribution {
                    source: self.span(role, end),
                    kind: SourceKind::Description,
                    cue,
                    description,
                    via: None,
                });
            }
            // "Secretary of Commerce Jane Roe": after "of", the department's name comes
            // first and the person's last.
            if after_of && name_start == run_start && end - run_start >= 3 {
                name_start = end - 2;
            }
            // A lone capitalised first word of the sentence is not a name ("Experts warn").
            let first_word = (0..self.toks.len()).find(|&i| self.is_word(i)).unwrap_or(0);
            let sentence_initial_common = name_start == first_word
                && end - name_start == 1
                && !self.looks_like_name(first_word);

            if end - name_start == 1 && NOT_NAMES.contains(&self.word(name_start).as_str()) {
                return None;
            }
            // A question's inversion: "Do I think …?", "Will Roe say …?".
            if matches!(
                self.word(name_start).as_str(),
                "do" | "does"
                    | "did"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "should"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
            ) {
                return None;
            }
            if name_start < end && !sentence_initial_common && self.is_capitalised(name_start) {
                return Some(Attribution {
                    source: self.span(name_start, end),
                    kind: SourceKind::Name,
                    cue,
                    description,
                    via: None,
                });
            }
        }
        // A description headed by a source noun right before the verb: "experts", "many
        // analysts", "the ministry". Longer phrases are too easily a clause's tail.
        // A description: the whole subject, ending in its head noun ("experts", "the bank",
        // "several cast members"). With a verb of saying, any such noun phrase; otherwise
        // the head must be a known source noun. The phrase must open at a determiner or be the
        // head alone: "many" in "the advantage many had thought" is a relative clause's
        // subject, not the sentence's.
        const DETERMINERS: &[&str] = &[
            "the", "a", "an", "some", "many", "most", "several", "other", "these", "those", "two",
            "three", "four", "both", "all", "another", "one", "his", "her", "their", "its", "our",
            "top", "senior", "leading",
        ];
        const NOT_IN_NOUN_PHRASE: &[&str] = &[
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no", "than",
            "it", "this", "there", "what", "to", "of", "in", "on", "for", "with",
        ];
        let head = words.last()?;
        let known_source =
            in_lexicon(SOURCE_NOUNS, head.as_str()) || in_lexicon(TITLES, head.as_str());
        // "the state's governor", "Roe's lawyer".
        let possessive_start = (words.get(1).is_some_and(|w| w == "’" || w == "'")
            && words.get(2).is_some_and(|w| w == "s"))
            || (words.len() > 1
                && (words[0].ends_with("'s") || words[0].ends_with("’s"))
                && !matches!(
                    words[0].trim_end_matches(['s', '\'', '’']),
                    "there" | "it" | "that" | "here" | "what" | "who" | "he" | "she" | "let"
                ));
        // A share of a group: "73 percent", "Nearly eight of 10 voters", "A majority of voters".
        let is_count = |i: usize| {
            self.toks[i].kind == TokenKind::Number
                || lookup(NUMBER_WORDS, &self.word(i)).is_some()
                || matches!(
                    self.word(i).as_str(),
                    "majority" | "minority" | "plurality" | "half" | "third" | "quarter"
                )
        };
        let quantified = (start..end).any(is_count)
            && (head == "percent" || in_lexicon(SOURCE_NOUNS, head.as_str()))
            && !(start..end).any(|i| {
                matches!(
                    self.word(i).as_str(),
                    "is" | "are" | "was" | "were" | "to" | "in"
                )
            });
        let known_source = known_source || quantified;
        // "Clinton supporters", "Republican leaders": a name as the modifier of a known source.
        let named_modifier = words.len() == 2
            && self.is_capitalised(start)
            && self.looks_like_name(start)
            && words[0].chars().all(char::is_alphabetic)
            && known_source;
        let opens_well = words.len() == 1
            || DETERMINERS.contains(&words[0].as_str())
            || possessive_start
            || quantified
            || named_modifier
            || (strong_verb && known_source);
        let plain_phrase = (start..end).all(|i| {
            self.is_word(i)
                || matches!(self.raw(i), "’" | "'" | "-")
                || (quantified && matches!(self.toks[i].kind, TokenKind::Number | TokenKind::Mixed))
        }) && !words.iter().any(|w| {
            NOT_IN_NOUN_PHRASE.contains(&w.as_str())
                && !(quantified && matches!(w.as_str(), "of" | "than"))
        });
        let word_count = (start..end).filter(|&i| self.is_word(i)).count();
        let accepted =
            plain_phrase && opens_well && word_count <= 6 && (known_source || strong_verb);
        if !accepted {
            // A source noun with a prepositional phrase: "a spokesman for the campaign",
            // "experts on trade", "a study by two economists".
            let prep = (start + 1..end).find(|&i| {
                matches!(
                    self.word(i).as_str(),
                    "of" | "for" | "at" | "on" | "from" | "in" | "with" | "by"
                )
            })?;
            let noun = self.word(prep - 1);
            let known =
                in_lexicon(SOURCE_NOUNS, noun.as_str()) || in_lexicon(TITLES, noun.as_str());
            let opens =
                prep == start + 1 || DETERMINERS.contains(&words[0].as_str()) || possessive_start;
            let plain = (start..end).all(|i| {
                self.is_word(i)
                    || matches!(self.raw(i), "’" | "'" | "-" | ".")
                    || matches!(self.toks[i].kind, TokenKind::Number | TokenKind::Mixed)
            }) && !words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "not"
                        | "than"
                        | "it"
                        | "this"
                        | "there"
                        | "what"
                        | "to"
                )
            });
            // The phrase ends in a noun, not in "a think tank"'s article.
            let ends_in_noun = !matches!(
                head.as_str(),
                "a" | "an"
                    | "the"
                    | "of"
                    | "for"
                    | "at"
                    | "on"
                    | "from"
                    | "in"
                    | "with"
                    | "by"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            );
            if !(known && opens && plain && ends_in_noun && end > prep + 1) {
                return None;
            }
            return Some(Attribution {
                source: self.span(start, end),
                kind: SourceKind::Description,
                cue,
                description,
                via: None,
            });
        }
        if words.len() == 1 && !known_source && !head.ends_with('s') {
            return None;
        }
        Some(Attribution {
            source: self.span(start, end),
            kind: SourceKind::Description,
            cue,
            description,
            via: None,
        })
    }

    /// A sentence-initial capitalised word that is not a common word: no lowercase use of it
    /// is known here, so only a following capitalised word ("Jane Roe") or a surname shape
    /// counts. Common sentence openers are excluded.
    fn looks_like_name(&self, i: usize) -> bool {
        const OPENERS: &[&str] = &[
            "the",
            "this",
            "that",
            "these",
            "those",
            "it",
            "there",
            "here",
            "some",
            "many",
            "most",
            "experts",
            "analysts",
            "officials",
            "studies",
            "critics",
            "others",
            "what",
            "who",
            "such",
            "both",
            "all",
            "another",
            "each",
            "every",
            "no",
            "one",
            "in",
            "on",
            "at",
            "for",
            "with",
            "from",
            "by",
            "after",
            "before",
            "during",
            "since",
            "as",
            "but",
            "and",
            "or",
            "however",
            "meanwhile",
            "yet",
            "so",
            "if",
            "when",
            "while",
            "although",
            "though",
            "despite",
            "because",
            "also",
            "notably",
            "furthermore",
            "moreover",
            "still",
            "then",
            "now",
            "recently",
            "today",
            "yesterday",
            "last",
            "next",
            "according",
            "under",
            "over",
            "instead",
            "indeed",
            "still",
            "thus",
            "therefore",
            "overall",
            "finally",
            "first",
            "second",
            "third",
            "even",
            "only",
            "just",
            "not",
            "unlike",
            "like",
            "amid",
        ];
        self.is_word(i) && !OPENERS.contains(&self.word(i).as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// (sentence, source text, cue text) — None when the sentence is in the text's own voice.
    const CASES: &[(&str, Option<(&str, &str)>)] = &[
        (
            "Jane Roe said the plant would close.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Jane Roe, a partner at Example Group, believes that tariffs will rise.",
            Some(("Jane Roe", "believes")),
        ),
        (
            "Eric Doe, former Acme CEO, initially estimated a two-year lead.",
            Some(("Eric Doe", "estimated")),
        ),
        (
            "He emphasizes this does not signify failure.",
            Some(("He", "emphasizes")),
        ),
        (
            "Roe suggests that prices may fall.",
            Some(("Roe", "suggests")),
        ),
        (
            "Prices will fall next year, Roe said.",
            Some(("Roe", "said")),
        ),
        (
            "Prices will fall next year, said Jane Roe.",
            Some(("Jane Roe", "said")),
        ),
        (
            "According to the central bank, inflation slowed.",
            Some(("central bank", "According to")),
        ),
        (
            "Inflation slowed, according to Statistics Canada.",
            Some(("Statistics Canada", "according to")),
        ),
        (
            "Experts warn that decoupling could hurt both nations.",
            Some(("Experts", "warn")),
        ),
        (
            "Studies show that 45% of research involves foreign scientists.",
            Some(("Studies", "show")),
        ),
        (
            "OpenAI CEO Jane Roe has publicly called for defeating rivals.",
            Some(("Jane Roe", "called for")),
        ),
        (
            "US Secretary of Commerce Jane Roe finally admitted the curbs failed.",
            Some(("Jane Roe", "admitted")),
        ),
        (
            "The head of the Trade Relations Committee recently called for cooperation.",
            Some(("head of the Trade Relations Committee", "called for")),
        ),
        (
            "Elon Musk, for instance, has consistently advocated for cooperation.",
            Some(("Elon Musk", "advocated")),
        ),
        (
            "The AI Manhattan Project advocated by many today might lead elsewhere.",
            None,
        ),
        (
            "Access is no longer the advantage many had thought it would be.",
            None,
        ),
        (
            "Chrome Takeover: How a $34.5B Bid Could Dethrone a Giant",
            None,
        ),
        ("The plant employs 500 people.", None),
        ("It is important to note the difference.", None),
        ("The report found no evidence.", None),
        (
            "There was a widespread belief that the lead was shrinking.",
            None,
        ),
        (
            "The United States is increasingly fixated on winning.",
            None,
        ),
        (
            "Jane Roe left the meeting on Monday, saying it would fail.",
            Some(("Jane Roe", "saying")),
        ),
        ("The plan failed, saying nothing about costs.", None),
        ("''It is tinkering,'' said Mr. Roe.", Some(("Roe", "said"))),
        (
            "''Hopefully,'' the president said, ''this can help.''",
            Some(("the president", "said")),
        ),
        (
            "Federal and state officials said the two raised $350 million.",
            Some(("state officials", "said")),
        ),
        (
            "Connecticut’s tax commissioner says a review shows no one acted.",
            Some(("Connecticut’s tax commissioner", "says")),
        ),
        (
            "Almost half (47%) were educated in China, according toindustry studies.",
            Some(("industry studies", "according to")),
        ),
        (
            "There was a widespread belief in the industry that the lead was two years.",
            Some(("a widespread belief in the industry", "belief")),
        ),
        ("He shared the view that prices will rise.", None),
        (
            "In particular, the new models have surpassed rivals, suggesting a rapid narrowing.",
            None,
        ),
        (
            "Chinese developers adapted quickly, suggesting a resilient approach.",
            None,
        ),
        (
            "Jane Roe, a visiting scholar at an institute, notes the hesitation in Washington.",
            Some(("Jane Roe", "notes")),
        ),
        (
            "The Trade Relations Committee head is calling for cooperation on AI.",
            Some(("The Trade Relations Committee head", "calling for")),
        ),
        ("Prices are rising across the region.", None),
        ("Trump’s state tax returns showed a loss.", None),
        (
            "Battleground state Florida is nearly 3% Polish American.",
            None,
        ),
        ("China has disclosed over 40 initiatives since 2017.", None),
        (
            "The ministry disclosed that 40 initiatives had started.",
            Some(("The ministry", "disclosed")),
        ),
        (
            "“His remarks are hurting us.” ― Carlos Roe",
            Some(("Carlos Roe", "―")),
        ),
        ("Senator Roe Warns Of Rising Costs", Some(("Roe", "Warns"))),
        ("Prices Rise — Again", None),
        (
            "Mr. King said the plant would close.",
            Some(("King", "said")),
        ),
        (
            "“This is no reform,” said Jane Holtz-Roe, an economist.",
            Some(("Jane Holtz-Roe", "said")),
        ),
        (
            "Roe's lawyer has said he will appeal.",
            Some(("Roe's lawyer", "said")),
        ),
        (
            "Jane Roe called the plan “a disaster.”",
            Some(("Jane Roe", "called")),
        ),
        ("The council called a meeting for Monday.", None),
        ("She recently called in to a radio show.", None),
        (
            "“We have the votes,” she continued.",
            Some(("she", "continued")),
        ),
        ("The rally continued until midnight.", None),
        (
            "“The agency wanted votes,” Roe said.",
            Some(("Roe", "said")),
        ),
        (
            "Roe spoke about the need for reform.",
            Some(("Roe", "spoke about")),
        ),
        (
            "Jane Roe wants to double the program.",
            Some(("Jane Roe", "wants")),
        ),
        ("Jane Roe knows the rules.", None),
        (
            "Roe felt that the ruling was unfair.",
            Some(("Roe", "felt")),
        ),
        ("There's some thought that prices will rise.", None),
        (
            "“It is a ploy,” said one Democratic source on the panel.",
            Some(("one Democratic source on the panel", "said")),
        ),
        (
            "Prices will rise, said a spokesman for the campaign.",
            Some(("a spokesman for the campaign", "said")),
        ),
        (
            "Jane Roe, 59, of Springfield, Ill., who watched the vote, said it was historic.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Rep. Jane Roe (R-Ohio), a member of the panel, said the plan failed.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Only 52 percent of registered voters agreed that the plan was fair.",
            Some(("Only 52 percent of registered voters", "agreed")),
        ),
        (
            "A poll released in late August found that most voters want change.",
            Some(("A poll", "found")),
        ),
        (
            "The firm announced in a statement on Monday that it had settled.",
            Some(("The firm", "announced")),
        ),
        (
            "The bank announced it would drop the fees.",
            Some(("The bank", "announced")),
        ),
        ("The bank announced a new fee.", None),
        (
            "When the firm signaled that it would sell, Jane Roe said the deal was dead.",
            Some(("Jane Roe", "said")),
        ),
        (
            "The challenge is shown by this finding: ''27 firms reported losses to the agency.''",
            None,
        ),
        ("The candidates must reckon with the deficit.", None),
        ("Roe Vows To Cut Taxes For Families.", Some(("Roe", "Vows"))),
        ("City Power Plant Rules Face Key Test In Court.", None),
        (
            "Prices rose sharply, the agency announced.",
            Some(("the agency", "announced")),
        ),
        (
            "Jane Roe left the hearing and said it would fail.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Jane Roe needs to sell the plan and tell more voters.",
            None,
        ),
        (
            "Jane Roe on Tuesday said the plan would fail.",
            Some(("Jane Roe", "said")),
        ),
        (
            "“We will win,” said the Rev. Jane Roe.",
            Some(("Jane Roe", "said")),
        ),
        (
            "“We will win,” said Acme host Jane Roe.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Jane Roe (D-Md.), the panel's chair, left early, saying the vote was rigged.",
            Some(("Jane Roe", "saying")),
        ),
        (
            "Jane Roe is promising lower taxes.",
            Some(("Jane Roe", "promising")),
        ),
        (
            "The firm declined to comment.",
            Some(("The firm", "declined to")),
        ),
        ("The union backed out of the deal.", None),
        (
            "Roe expressed concern that costs would rise.",
            Some(("Roe", "expressed")),
        ),
        (
            "Jane Roe, who has argued that rates are too high, left the bank.",
            Some(("who", "argued")),
        ),
        (
            "Roe's aides, who asked for the tape, watched it, lawyers said.",
            Some(("lawyers", "said")),
        ),
        ("The plan was widely criticized by economists.", None),
        ("The fees were mistakenly charged to clients.", None),
        (
            "Jane Roe forcefully told reporters the plan would fail.",
            Some(("Jane Roe", "told")),
        ),
        (
            "Politicians seized on Roe's claim that prices doubled.",
            Some(("Roe", "claim")),
        ),
        (
            "We know from his disclosure statements that he owns firms.",
            None,
        ),
        (
            "Roe had told the police that she left, the source added.",
            Some(("the source", "added")),
        ),
        (
            "Prices rose with Republicans, and the meeting ended, said one source in the room.",
            Some(("one source in the room", "said")),
        ),
        (
            "“The veto will fail,” Jane Roe, R-Ky., said Tuesday.",
            Some(("Jane Roe", "said")),
        ),
        (
            "Jane Roe, the director, later told Acme News that the plan failed.",
            Some(("Jane Roe", "told")),
        ),
        (
            "Roe noted the risk, and some speculated about costs.",
            Some(("Roe", "noted")),
        ),
        (
            "Secretary General Jin Ki-soo condemned the test, saying it was reckless.",
            Some(("Jin Ki-soo", "condemned")),
        ),
        ("Do I think it was a mistake?", None),
        ("Let's say you think the plan costs $10.", None),
        ("Jane Roe reported from Kabul.", None),
        (
            "The museum in Springfield maintains a program for students.",
            None,
        ),
        ("The state had added a week of early voting.", None),
        (
            "“We are ready,” added Rep. Jane Roe (D-Md.), the panel's chair.",
            Some(("Jane Roe", "added")),
        ),
        (
            "The summit did too little, he added on Twitter.",
            Some(("he", "added")),
        ),
        (
            "A spokesman for the campaign said the tour would go on.",
            Some(("A spokesman for the campaign", "said")),
        ),
        ("The rise of the party said little about its voters.", None),
        (
            "Roe and Doe call them “lone wolves.”",
            Some(("Doe", "call")),
        ),
        ("It says the campaign broke the law.", Some(("It", "says"))),
        ("It posted a record loss.", None),
        (
            "Jane Roe plans to visit the city on Sunday.",
            Some(("Jane Roe", "plans to")),
        ),
        ("The plans to expand the port stalled.", None),
        (
            "The campaign plans to publish records, a spokesman announced Monday morning.",
            Some(("a spokesman", "announced")),
        ),
        (
            "Roe voted against the bill.",
            Some(("Roe", "voted against")),
        ),
        ("We see that prices rose.", None),
        (
            "The agency learned that the files were missing.",
            Some(("The agency", "learned")),
        ),
        (
            "Jane Roe realized that the vote was lost.",
            Some(("Jane Roe", "realized")),
        ),
        ("The reasons that the plan failed are many.", None),
        ("The rules ensured that costs fell.", None),
        (
            "He’s claiming that fraud is widespread.",
            Some(("He", "claiming")),
        ),
        (
            "The senator is also encouraging voters to ask questions.",
            Some(("The senator", "encouraging")),
        ),
        (
            "Roe’s doctor is calling the candidate “extremely fit.”",
            Some(("Roe’s doctor", "calling")),
        ),
        ("Sales are calling attention to the brand.", None),
        (
            "Polls show a close race in the state.",
            Some(("Polls", "show")),
        ),
        ("The firm found a buyer.", None),
        (
            "Lawmakers have not said when they would vote.",
            Some(("Lawmakers", "said")),
        ),
        (
            "Roe has long said that he qualifies.",
            Some(("Roe", "said")),
        ),
        (
            "The fund announced Tuesday that it cut its forecast.",
            Some(("The fund", "announced")),
        ),
        (
            "Democrats called the citation and the demand for a hearing a political ploy.",
            Some(("Democrats", "called")),
        ),
        (
            "Experts on trade and finance said the deal could fail.",
            Some(("Experts on trade and finance", "said")),
        ),
        ("He left early and nobody said a word.", None),
        (
            "In the latest poll, Roe leads by five points.",
            Some(("the latest poll", "In the latest poll")),
        ),
        (
            "In a statement issued Tuesday, presidential nominee Jane Roe was more cautious.",
            Some(("Jane Roe", "In a statement")),
        ),
        (
            "In an interview with a radio host, she made it clear she would run.",
            Some(("she", "In an interview")),
        ),
        ("In the morning, Roe left for the airport.", None),
        (
            "The ban targets what Roe called “a reckless act.”",
            Some(("Roe", "called")),
        ),
        // Verbs of stance or disclosure without their clause, for a person only.
        (
            "At the debate, Clinton mentioned remarks Trump had made about the contest.",
            Some(("Clinton", "mentioned")),
        ),
        (
            "He offered no proof that the rival had a role in it.",
            Some(("He", "offered")),
        ),
        ("Many voters felt betrayed when the deal failed.", None),
        (
            "Jane Roe felt betrayed when the deal failed.",
            Some(("Jane Roe", "felt")),
        ),
        ("The plan compared to earlier ones looks modest.", None),
        (
            "Both candidates are expected to visit the state next week.",
            None,
        ),
        // Verbs of communication and cognition that report for a person only.
        (
            "Activist Jane Roe discussed mass incarceration with the director.",
            Some(("Jane Roe", "discussed")),
        ),
        ("The panel discussed the budget on Monday.", None),
        (
            "Roe thanked the volunteers who had knocked on doors.",
            Some(("Roe", "thanked")),
        ),
        // A lone surname as the subject of a coordinated or participial report.
        (
            "Cruz exhorted Republicans to “vote your conscience” and said he was standing on principle.",
            Some(("Cruz", "exhorted")),
        ),
        (
            "Roe has tried to use the ad against Doe, accusing her of being asleep.",
            Some(("Roe", "accusing")),
        ),
        // A title word that is a surname; a role word right after the cue.
        (
            "“It does not matter,” said Charlie King, a prominent New York Democrat.",
            Some(("Charlie King", "said")),
        ),
        (
            "“They are wrong,” said widow Terry Strada.",
            Some(("Terry Strada", "said")),
        ),
        // A stance stated with "be" and an adjective of attitude.
        (
            "Senator Roe has been critical of the deal since March.",
            Some(("Roe", "been critical")),
        ),
        (
            "Republicans weren’t too concerned about the cost of the wall.",
            Some(("Republicans", "weren’t too concerned")),
        ),
        (
            "She is confident that the votes are there.",
            Some(("She", "is confident")),
        ),
        // The subject of a participle after an opening adverbial.
        (
            "On Thursday, however, Roe spoke to a gathering of miners, promising to lift rules.",
            Some(("Roe", "promising")),
        ),
        (
            "The worst part is that he doesn't even believe it himself.",
            Some(("he", "believe")),
        ),
        (
            "Another slide shows that eight of 10 avocados are grown in Mexico.",
            Some(("Another slide", "shows")),
        ),
        (
            "Jane Roe has spoken about her own struggles with debt.",
            Some(("Jane Roe", "spoken about")),
        ),
        (
            "Roe apparently disagrees with the idea of a wall.",
            Some(("Roe", "disagrees with")),
        ),
        (
            "Clinton supporters have also questioned the health of the nominee.",
            Some(("Clinton supporters", "questioned")),
        ),
        (
            "These voters specifically point to the 1994 crime bill.",
            Some(("These voters", "point to")),
        ),
        ("Chinese developers adapted the model.", None),
        ("The museum is open to all visitors.", None),
        ("The patient was sick with the flu.", None),
    ];

    #[test]
    fn attribution_table() {
        let mut failures = Vec::new();
        for (sentence, expected) in CASES {
            let spans = sentences(sentence);
            let found = attributions(sentence, &spans).into_iter().next().flatten();
            let got = found
                .as_ref()
                .map(|a| (a.source.of(sentence), a.cue.of(sentence)));
            if got != *expected {
                failures.push(format!("{sentence:?}: got {got:?}, want {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_quotation_over_several_sentences_belongs_to_its_speaker() {
        let text =
            "“Prices will rise. Wages will not,” Roe said. “We are ready.” The plant closed.\n";
        let spans = sentences(text);
        let sources: Vec<Option<&str>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| a.source.of(text)))
            .collect();
        assert_eq!(
            sources,
            [Some("Roe"), Some("Roe"), None, None],
            "{:?}",
            spans.iter().map(|s| s.of(text)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_headline_label_credits_the_headline_only() {
        let sources = |text: &str| -> Vec<Option<String>> {
            let spans = sentences(text);
            attributions(text, &spans)
                .iter()
                .map(|a| a.as_ref().map(|a| a.source.of(text).to_owned()))
                .collect()
        };
        assert_eq!(
            sources("Roe: Prices Will Rise\n\nThe plant closed.\n"),
            [Some("Roe".to_owned()), None]
        );
        assert_eq!(
            sources("The Latest: Prices Rise\n\nThe plant closed.\n"),
            [None, None]
        );
    }

    #[test]
    fn a_report_inside_a_longer_quotation_is_the_quoted_speakers() {
        let text = "“We won. They want a recount. It is over,” Roe said.\n";
        let spans = sentences(text);
        let found: Vec<Option<(&str, &str)>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| (a.source.of(text), a.cue.of(text))))
            .collect();
        assert_eq!(found, [Some(("Roe", "said")); 3], "{spans:?}");
    }

    #[test]
    fn interview_labels_carry_over_paragraphs_until_the_next_question() {
        let text = "Q: How long has the lead been?\n\nRoe: The lead was two years. It is shrinking.\n\nThe next paragraph goes on.\n\nQ: And now?\n\nNobody knows.\n";
        let spans = sentences(text);
        let sources: Vec<Option<&str>> = attributions(text, &spans)
            .iter()
            .map(|a| a.as_ref().map(|a| a.source.of(text)))
            .collect();
        assert_eq!(
            sources,
            [None, Some("Roe"), Some("Roe"), Some("Roe"), None, None],
            "{:?}",
            spans.iter().map(|s| s.of(text)).collect::<Vec<_>>()
        );
    }
}

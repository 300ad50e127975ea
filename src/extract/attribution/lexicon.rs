//! Every word list of the attribution rules, each written once, and the one table that
//! answers for a word all the lists it is in.
//!
//! The lists are read for nearly every word of every sentence, several for the same word: one
//! hash lookup per word ([`memberships`], done once per token by [`super::view::View`]) gives
//! the bits of every list the word is in, where scanning the lists, or a set for each, cost
//! more than the rules themselves. A rule asks `view.word_in(LIST, i)` of a token, or
//! `LIST.has(word)` of any other string; lists join with `|` ("a weekday or a month").
//!
//! To teach the rules a word, add it to its list here; to add a list, add an entry to
//! `lexicons!` below.

use std::ops::BitOr;
use std::sync::OnceLock;

use crate::text::hash::FxHashMap;

/// A word list of the rules, as its bit in the table of all lists ([`memberships`]), or the
/// union of several lists' bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lexicon(u128);

impl Lexicon {
    /// The lists' bits, to test against a token's [`memberships`].
    pub(super) const fn bits(self) -> u128 {
        self.0
    }

    /// The words of this list and of `other`.
    const fn or(self, other: Lexicon) -> Lexicon {
        Lexicon(self.0 | other.0)
    }

    /// Whether `word`, spelled as the list spells it (lower case but for a few labels), is in
    /// the list.
    pub(super) fn has(self, word: &str) -> bool {
        memberships(word) & self.0 != 0
    }
}

impl BitOr for Lexicon {
    type Output = Lexicon;
    fn bitor(self, other: Lexicon) -> Lexicon {
        self.or(other)
    }
}

/// The lists `word` belongs to, as their bits: one lookup in the table of every list.
pub(super) fn memberships(word: &str) -> u128 {
    static TABLE: OnceLock<FxHashMap<&'static str, u128>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = FxHashMap::default();
        for &(lexicon, words) in LEXICONS {
            for &word in words {
                *table.entry(word).or_default() |= lexicon.bits();
            }
        }
        table
    });
    table.get(word).copied().unwrap_or(0)
}

/// Declares each list as a [`Lexicon`] constant with a bit of its own (its place in the
/// declaration), and [`LEXICONS`], every list with its words.
macro_rules! lexicons {
    ($($(#[$meta:meta])* $name:ident: [$($word:literal),* $(,)?];)*) => {
        /// Each list's place, which is its bit.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy)]
        enum Place {
            $($name),*
        }
        $($(#[$meta])* pub(super) const $name: Lexicon = Lexicon(1 << Place::$name as u32);)*
        /// Every list with its words.
        const LEXICONS: &[(Lexicon, &[&str])] = &[$(($name, &[$($word),*])),*];
    };
}

lexicons! {
    // Verbs and their companions.

    /// Reporting verbs of general English, in the forms that report (no "-ing": "suggesting that"
    /// usually continues the previous subject's clause and is left to the sentence's own cue).
    REPORTING_VERBS: [
        "say", "says", "said", "tell", "tells", "told", "argue", "argues", "argued", "believe",
        "believes", "believed", "estimate", "estimates", "estimated", "acknowledge",
        "acknowledges", "acknowledged", "suggest", "suggests", "suggested", "note", "notes",
        "noted", "predict", "predicts", "predicted", "emphasize", "emphasizes", "emphasized",
        "emphasise", "emphasises", "emphasised", "warn", "warns", "warned", "claim", "claims",
        "claimed", "advocate", "advocates", "advocated", "admit", "admits", "admitted",
        "recommend", "recommends", "recommended", "state", "states", "stated", "add", "adds",
        "added", "explain", "explains", "explained", "insist", "insists", "insisted", "contend",
        "contends", "contended", "maintain", "maintains", "maintained", "assert", "asserts",
        "asserted", "write", "writes", "wrote", "report", "reports", "reported", "announce",
        "announces", "announced", "observe", "observes", "observed", "caution", "cautions",
        "cautioned", "conclude", "concludes", "concluded", "reckon", "reckons", "reckoned",
        "think", "thinks", "thought", "expect", "expects", "expected", "find", "finds", "found",
        "show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "stress", "stresses",
        "stressed", "highlight", "highlights", "highlighted", "agree", "agrees", "agreed", "deny",
        "denies", "denied", "confirm", "confirms", "confirmed", "forecast", "forecasts",
        "calculate", "calculates", "calculated", "propose", "proposes", "proposed", "urge",
        "urges", "urged", "frame", "frames", "framed", "describe", "describes", "described",
        "indicate", "indicates", "indicated", "project", "projects", "projected", "call", "calls",
        "called", "ask", "asks", "asked", "reply", "replies", "replied", "recall", "recalls",
        "recalled", "tweet", "tweets", "tweeted", "posted", "declared", "declares", "testified",
        "testifies", "alleged", "alleges", "complained", "complains", "feared", "fears", "hopes",
        "hoped", "doubts", "doubted", "questioned", "questions", "countered", "counters",
        "disputed", "disputes", "learned", "learns", "joked", "jokes", "blasted", "blasts",
        "criticized", "criticised", "criticizes", "slammed", "slams", "praised", "praises",
        "accused", "accuses", "cited", "cites", "ruled", "rules", "vowed", "vows", "pledged",
        "pledges", "promised", "promises", "demanded", "demands", "responded", "responds", "respond",
        "mentioned", "mentions", "conceded", "concedes", "boasted", "boasts", "echoed", "echoes",
        "charged", "charges", "attacked", "attacks", "lamented", "laments", "quipped", "retorted",
        "wondered", "wonders", "clarified", "clarifies", "disclosed", "discloses", "recounted",
        "recounts", "continued", "continues", "commented", "characterized", "characterizes",
        "condemned", "condemns", "denounced", "denounces", "likened", "likens", "dismissed",
        "dismisses", "rejected", "rejects", "touted", "touts", "repeated", "reiterated",
        "reiterates", "pleaded", "pleads", "yelled", "yells", "shouted", "shouts", "chanted",
        "remarked", "defended", "defends", "lambasted", "mocked", "mocks", "ridiculed",
        "objected", "proclaimed", "proclaims", "endorsed", "endorses", "opposed", "opposes",
        "supports", "supported", "favors", "favored", "favours", "favoured", "wants", "want",
        "spoke", "speaks", "talked", "talks", "pointed", "points", "referred", "refers", "railed",
        "rails", "feels", "felt", "knows", "knew", "understands", "sees", "worried", "worries",
        "hailed", "applauded", "apologized", "apologised", "affirmed", "assured", "signaled",
        "signalled", "hinted", "implied", "speculated", "speculates", "accuse", "concede",
        "declined", "declines", "refused", "refuses", "expressed", "expresses", "voiced",
        "voices", "backed", "backs", "implored", "lauded", "championed", "threatened", "blamed",
        "blames", "derided", "decried", "decries", "challenged", "contradicted", "downplayed",
        "portrayed", "compared", "compares", "pushed", "pressed", "lobbied", "suspects",
        "suspected", "assumes", "worry", "fear", "hope", "wish", "doubt", "prefers", "preferred",
        "reads", "plans", "planned", "intends", "intended", "seeks", "sought", "decided", "voted",
        "offered", "know", "see", "point", "spoken", "bragged", "brags", "disagrees", "disagreed",
        "weighed", "weighs", "laid", "lays",
        // Present forms for plural subjects ("critics question …", "experts suspect …"), and
        // more verbs of saying and stance.
        "echo", "suspect", "feel", "question", "express", "complain", "denounce", "vow", "pledge",
        "criticize", "criticise", "praise", "demand", "dispute", "blame", "condemn", "reject",
        "dismiss", "tout", "defend", "reiterate", "lament", "allege", "testify", "disclose",
        "recount", "object", "decry", "speculate", "concur", "concurs", "concurred", "cite",
        "disagree", "mention", "applaud", "hail", "opined", "opines", "theorized", "posited",
        "reasoned", "mused", "groused", "grumbled", "scoffed", "fumed", "reaffirmed", "reaffirms",
        "rebutted", "refuted", "reassured", "summarized", "summed", "conveyed", "elaborated",
        "whispered", "screamed", "surmised",
        // Intentions before their infinitive ("Republicans wanted to know …", "firms seek to
        // …", "The bloc aims to …", "would like to …"; `needs_particle`), and assumptions.
        "wanted", "seek", "aim", "aims", "aimed", "like", "assumed", "assume",
        // Only in a perfect ("Roe has written that …"), as "shown".
        "written",
        "support", "oppose", "apologize", "apologise",
        // "raised questions about …", "voiced concerns": only with such an object
        // (`needs_particle`).
        "raise", "raises", "raised", "raising",
        // "as one analyst put it": only with "it" closing the clause (`put_it_closes`).
        "put", "puts",
    ];
    /// Verbs of communication, cognition and stance that report only for a person named or
    /// pronounced as their subject: "Roe discussed the polls", "She thanked the volunteers", but
    /// not "The panel discussed the budget".
    PERSON_VERBS: [
        "discussed", "discusses", "debated", "addressed", "encouraged", "encourages", "exhorted",
        "thanked", "thanks", "complimented", "admires", "admired", "loves", "loved", "likes",
        "liked", "dislikes", "resented", "resents", "despises", "despised", "retweeted",
        "underscored", "underscores", "articulated", "specified", "referenced", "invoked",
        "invokes", "envisioned", "envisions", "detailed", "outlined", "outlines", "considered",
        "understood", "realized", "realised", "recognized", "recognizes", "recognised",
        "imagined", "imagines", "noticed", "remembered", "remembers", "quoted", "answered",
        "requested", "questioned", "approved", "vetoed", "pitched", "grilled", "chastised",
        "scolded", "rebuked", "berated", "insulted", "teased", "taunted", "responded",
        "acknowledges", "celebrated", "congratulated", "apologizes", "regrets", "regretted",
        "trusts", "trusted", "distrusts", "cares", "cared", "prefer", "conceded", "embraced",
        "embraces", "ignored", "ignores", "downplays", "predicts", "typed", "texted", "emailed",
        "messaged", "wrote", "references", "details", "chronicles", "chronicled", "documented",
        "profiled", "profiles", "depicts", "depicted", "quotes", "linked", "discuss",
    ];
    /// Verbs of a person's ([`PERSON_VERBS`]) that a document or a medium does as well, since
    /// what it holds is its statement: "The ad mentions …", "The newspaper detailed …".
    CONTENT_VERBS: [
        "mentioned", "mentions", "referenced", "references", "detailed", "details", "outlined",
        "outlines", "underscored", "underscores", "specified", "quoted", "quotes", "invoked",
        "invokes", "chronicles", "chronicled", "documented", "profiled", "profiles", "depicts",
        "depicted",
    ];
    /// Documents and media, whose content is their statement.
    DOCUMENTS: [
        "ad", "ads", "advertisement", "commercial", "spot", "film", "documentary", "video",
        "book", "article", "report", "study", "research", "analysis", "newspaper", "paper",
        "editorial", "column", "piece", "letter", "memo", "statement", "post", "website",
        "episode", "survey", "audit", "filing", "lawsuit", "complaint", "ruling", "transcript",
    ];
    /// Participles that report for the subject of the clause they hang from: "Roe attacked the
    /// plan, saying it would fail."
    PARTICIPLES: [
        "saying", "arguing", "adding", "noting", "warning", "claiming", "insisting", "explaining",
        "stressing", "suggesting", "predicting", "acknowledging", "asserting", "writing",
        "telling", "calling", "urging", "asking", "promising", "demanding", "encouraging",
        "questioning", "accusing", "blaming", "criticizing", "criticising", "defending",
        "touting", "proposing", "describing", "vowing", "pledging", "declaring", "denying",
        "contending", "complaining", "citing", "dismissing", "rejecting", "denouncing",
        "comparing", "confirming", "promoting", "seeking", "revealing", "hoping",
        // Participles of the verbs above that report for the clause's subject too; not those
        // that as often tell a consequence (", highlighting the limits", ", threatening peace").
        "chanting", "shouting", "yelling", "tweeting", "echoing", "conceding", "announcing",
        "expressing", "praising", "mocking", "lamenting", "recalling", "joking", "boasting",
        "bragging", "alleging", "testifying", "replying", "pleading", "decrying", "condemning",
        "endorsing", "clarifying", "emphasizing", "emphasising", "reiterating", "disputing",
        "objecting", "observing", "stating", "advocating", "admitting", "recommending",
        "cautioning", "contradicting", "ridiculing", "slamming", "blasting", "lambasting",
    ];
    /// Participles of saying that report after "by": "responded by saying …", "began by
    /// noting …" (not "by calling the hotline").
    SAYING_PARTICIPLES: [
        "saying", "arguing", "noting", "insisting", "explaining", "claiming", "suggesting",
        "asking", "stating", "emphasizing", "emphasising", "stressing", "declaring", "warning",
        "acknowledging", "admitting", "denying", "accusing", "blaming", "praising",
    ];
    /// Words before a participle of saying that make it the clause subject's report, inside
    /// the sentence: "responded by saying …", "before asking …", "while insisting …".
    PARTICIPLE_LINKS: ["by", "while", "before", "after"];
    /// Reporting verbs that are common nouns too ("the firm's state tax returns", "many questions").
    NOUN_OR_VERB: [
        "support",
        "state", "states", "claim", "claims", "question", "questions", "note", "notes", "tweet",
        "tweets", "report", "reports", "call", "calls", "fears", "hopes", "doubts", "advocates",
        "project", "projects", "frame", "frames", "show", "shows", "find", "finds", "stress",
        "highlight", "highlights", "caution", "forecast", "forecasts", "estimate", "estimates",
        "reply", "replies", "add", "adds", "posted", "rules", "charges", "attacks", "promises",
        "demands", "echoes", "cites", "vows", "pledges", "boasts", "jokes", "blasts", "slams",
        "praises", "laments", "recounts", "wonders", "mentions", "points", "talks", "supports",
        "favors", "favours", "rails", "remarks", "comments", "rejects", "voices", "backs",
        "decries", "blames", "compares", "worry", "fear", "hope", "wish", "doubt", "plans",
        // Present forms that are nouns as often.
        "echo", "vow", "pledge", "praise", "demand", "dispute", "object", "cite", "lament",
        "mention", "hail", "reveal", "blame", "tout", "defend", "aim",
    ];
    /// Words that may stand between a subject and its verb besides the forms of "be"
    /// ([`BETWEEN_SUBJECT_AND_VERB`]).
    AUXILIARIES_AND_ADVERBS: [
        "has", "have", "had", "not", "just", "long", "hasn't", "hasn’t", "haven't", "haven’t",
        "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "also", "initially",
        "recently", "publicly", "repeatedly", "previously", "now", "further", "once", "later",
        "then", "still", "again", "already", "often", "always", "never", "quickly", "firmly",
        "strongly", "explicitly", "privately", "openly", "reportedly", "generally",
        "consistently", "finally", "himself", "herself", "themselves", "even", "ever", "together",
        "really", "actually", "apparently", "allegedly", "personally", "would", "will", "may",
        "might", "could", "can", "did", "does", "do",
        // "Roe and Doe both said", "Diplomats almost universally condemned", "The study not
        // only documented …".
        "both", "almost", "only",
    ];
    /// Nouns that head a description of a source: people in roles, bodies, documents.
    SOURCE_NOUNS: [
        "experts", "expert", "analysts", "analyst", "officials", "official", "studies", "study",
        "report", "reports", "survey", "surveys", "researchers", "researcher", "critics",
        "critic", "sources", "source", "scientists", "scientist", "economists", "economist",
        "observers", "government", "ministry", "company", "spokesman", "spokeswoman",
        "spokesperson", "agency", "department", "committee", "commission", "administration",
        "police", "investigators", "authorities", "lawmakers", "senators", "leaders",
        "executives", "insiders", "advocates", "opponents", "supporters", "proponents", "figures",
        "people", "many", "some", "others", "poll", "polls", "data", "statement", "paper",
        "document", "documents", "filings", "court", "judge", "prosecutors", "aides", "diplomats",
        "residents", "witnesses", "campaign", "white", "media", "newspaper", "network", "group",
        "organization", "organisation", "union", "board", "council", "panel", "website",
        "nominee", "nominees", "candidate", "candidates", "lawyer", "lawyers", "attorney",
        "attorneys", "woman", "man", "women", "men", "voters", "members", "member", "doctor",
        "doctors", "physician", "physicians", "family", "families", "surrogate", "surrogates",
        "adviser", "advisers", "advisor", "advisors", "aide", "businessman", "businesswoman",
        "father", "mother", "wife", "husband", "son", "daughter", "friend", "friends",
        "activists", "activist", "protesters", "environmentalists", "congressman",
        "congresswoman", "lawmaker", "legislator", "legislators", "strategist", "strategists",
        "consultant", "consultants", "pollster", "pollsters", "respondents", "citizens",
        "workers", "employees", "students", "teachers", "parents", "victims", "officers",
        "judges", "justices", "plaintiffs", "historian", "historians", "author", "authors",
        "writer", "columnist", "reporter", "reporters", "journalist", "journalists", "editor",
        "editors", "host", "narrator", "ad", "film", "video", "letter", "memo", "email", "emails",
        "book", "article", "editorial", "analysis", "analyses", "research", "findings", "ruling",
        "lawsuit", "complaint", "transcript", "slide", "chart", "graphic", "records", "numbers",
        "estimates", "tally", "filing", "brief", "petition", "opinion", "decision", "verdict",
        "resolution", "platform", "tweet", "tweets", "post", "message", "speech", "remarks",
        "interview", "commercial", "spot", "ads", "announcement", "release", "staff", "staffer",
        "staffers", "operative", "operatives", "delegates", "donors", "party", "parties",
        "countries", "nations", "allies", "rivals", "opponent", "challenger", "incumbent",
        "organizers", "founders", "firm", "bank", "banks", "companies", "firms", "groups",
        "alliance", "coalition", "association", "institute", "foundation", "fund", "channel",
        "magazine", "outlet", "outlets", "majority", "everyone", "everybody", "all",
        // People by standing: "former company boss", "a prominent figure in the sector".
        "boss", "figure", "veteran", "insider", "pioneer", "billionaire", "entrepreneur",
        "investor", "investors",
        // Media and their readers: "far fewer publications", "one reader".
        "newspapers", "papers", "publications", "reader", "readers",
        "commentator", "commentators", "pundit", "pundits",
        // Evidence that speaks for itself, and bodies in the plural.
        "average", "averages", "footage", "audit", "unions", "agencies", "ministries",
        "departments", "committees", "institutes", "tally", "projections",
    ];
    /// Words that name a role before a name ("Acme CEO Jane Roe", "Senator Doe"): the
    /// person's name is what follows the last of them.
    TITLES: [
        "ceo", "cfo", "cto", "president", "vice", "senator", "sen", "secretary", "minister", "dr",
        "professor", "prof", "chairman", "chairwoman", "chair", "director", "governor", "gov",
        "rep", "representative", "mr", "mrs", "ms", "mayor", "general", "gen", "judge", "founder",
        "co-founder", "cofounder", "chief", "head", "spokesman", "spokeswoman", "ambassador",
        "commissioner", "chancellor", "premier", "king", "queen", "prince", "pope", "sheikh",
        "analyst", "economist", "partner", "officer", "leader", "speaker", "adviser", "advisor",
        "rev", "reverend", "sens", "reps", "host", "anchor", "correspondent", "columnist",
        "strategist", "pollster", "activist", "attorney", "lawyer", "widow", "author",
        "historian",
        // Local government, police and sport: "County Sheriff Jane Roe", "Councilwoman Jane
        // Roe", "Sgt. John Doe", "Coach Jane Roe".
        "sheriff", "councilman", "councilwoman", "councilmember", "councillor", "councilor",
        "alderman", "alderwoman", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt",
        "detective", "det", "trooper", "coach", "superintendent", "col", "colonel",
        // Before several names: "Senators Jane Roe and Mark Poe".
        "senators", "governors", "ministers", "mayors", "presidents", "councilmen",
        "councilwomen", "councilmembers",
    ];
    /// Adjectives of attitude that report a stance with a form of "be": "Roe is critical of the
    /// plan", "Republicans were concerned about the cost", "She is confident that …".
    STANCE_ADJECTIVES: [
        "critical", "skeptical", "sceptical", "supportive", "dismissive", "concerned", "worried",
        "anxious", "nervous", "fearful", "afraid", "hopeful", "optimistic", "pessimistic",
        "bullish", "bearish", "confident", "convinced", "certain", "sure", "doubtful", "unsure",
        "adamant", "emphatic", "insistent", "vocal", "outspoken", "candid", "frank", "open",
        "coy", "vague", "silent", "quiet", "passionate", "enthusiastic", "excited", "eager",
        "keen", "proud", "ashamed", "angry", "furious", "upset", "frustrated", "disappointed",
        "unhappy", "happy", "pleased", "satisfied", "dissatisfied", "wary", "suspicious",
        "cautious", "aware", "unaware", "opposed", "committed", "determined", "reluctant",
        "unwilling", "willing", "agnostic", "ambivalent", "incensed", "outraged", "alarmed",
        "troubled", "disturbed", "grateful", "thankful", "appreciative", "sympathetic", "hostile",
        "fond", "tired",
    ];
    /// Groups of people who speak for their work, for a "they" nobody quoted to stand for.
    SPEAKING_GROUPS: [
        "officials", "authorities", "investigators", "detectives", "officers", "police",
        "prosecutors", "lawmakers", "legislators", "senators", "analysts", "experts",
        "researchers", "scientists", "economists", "critics", "opponents", "supporters",
        "proponents", "advocates", "activists", "organizers", "aides", "advisers", "advisors",
        "executives", "regulators", "diplomats", "spokespeople", "strategists", "pollsters",
    ];
    /// Nouns of a stance held toward something, after "be a …" and before "of": "Roe is a
    /// staunch opponent of the plan".
    STANCE_NOUNS: [
        "opponent", "opponents", "supporter", "supporters", "critic", "critics", "advocate",
        "advocates", "proponent", "proponents", "champion", "champions", "defender",
        "defenders", "skeptic", "skeptics", "sceptic", "sceptics", "backer", "backers", "foe",
        "foes", "admirer", "admirers", "detractor", "detractors",
    ];
    /// Nouns of statement that report for their possessor ([`View::nominal_cue`]).
    NOMINAL_CUES: [
        "claim", "claims", "statement", "remarks", "comments", "assertion", "argument",
        "insistence", "suggestion", "allegation", "allegations", "accusation", "promise",
        "pledge", "warning", "prediction", "contention", "charge", "belief", "view", "position",
        "message", "response", "answer", "declaration", "announcement", "admission", "denial",
        "testimony", "tweet", "words",
        // Conclusions, bets and hopes held by their possessor: "Roe's conclusion that …", "Her
        // bet is that …".
        "conclusion", "conclusions", "bet", "theory", "hope", "fear", "assessment", "conviction",
        "assumption", "expectation",
    ];
    /// Asides between commas that are discourse markers, not descriptions of a source.
    DISCOURSE_MARKERS: [
        "for instance", "for example", "however", "in turn", "meanwhile", "though", "too",
        "in fact", "of course", "in particular", "instead", "also", "therefore", "thus",
    ];
    /// What may follow a stance adjective for it to report: a preposition naming the topic, or
    /// a clause.
    STANCE_FOLLOWERS: [
        "of", "about", "on", "that", "to", "with", "toward", "towards", "over", "in", "for",
    ];

    /// Verbs of saying: with these, any noun phrase that opens the clause is the source ("The
    /// bank said", "Several cast members said"). Other reporting verbs ("shows", "believes")
    /// need a name, a pronoun or a known source noun.
    SAYING_VERBS: [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "argued", "argues",
        "wrote", "writes", "warned", "warns", "claimed", "claims", "stated", "announced",
        "insisted", "insists", "explained", "explains", "noted", "notes", "asked", "replied",
        "testified", "tweeted", "posted", "declared", "acknowledged", "admitted", "reported",
        "reports", "confirmed", "denied", "cautioned", "cautions", "stressed", "stresses",
        "emphasized", "emphasised", "remarked", "commented", "reiterated", "conceded", "asserted",
        "contended", "responded", "replies",
    ];
    /// Verbs of [`needs_particle`] that report without their particle or clause when a person
    /// is their subject: "Roe mentioned the tapes", "He offered no proof", "She felt betrayed".
    PERSON_REPORTS_WITHOUT_CLAUSE: [
        "mentioned", "mentions", "mention", "feel", "expects", "expected", "felt", "feels",
        "hinted", "signaled",
        "signalled", "implied", "offered", "decided", "compared", "compares", "recounted",
        "recounts", "pushed", "pressed", "lobbied", "voted",
    ];
    /// Verbs of speech and attack as headlines use them, before a quotation: "Senator Slams
    /// Plan As ‘A Giveaway’", "Teachers Rally To ‘Save Our Schools’".
    HEADLINE_SPEECH: [
        "says", "say", "slams", "slam", "blasts", "blast", "rips", "rip", "hammers", "hammer",
        "knocks", "knock", "mocks", "mock", "calls", "call", "tells", "tell", "urges", "urge",
        "warns", "warn", "speaks", "speak", "defends", "defend", "denies", "deny", "praises",
        "praise", "accuses", "accuse", "vows", "vow", "demands", "demand", "insists", "insist",
        "admits", "admit", "claims", "claim", "attacks", "attack", "rallies", "rally", "scolds",
        "scold", "chides", "chide", "lashes", "lash", "dismisses", "dismiss", "rejects",
        "reject", "pledges", "pledge", "promises", "promise", "asks", "ask", "argues", "argue",
    ];
    /// Forms of "make" in "made clear that …".
    MAKES: ["made", "makes", "make", "making"];
    /// What "made … that" states a thing as: "made clear", "made it plain".
    CLEAR: ["clear", "plain"];
    /// What a source is asked for, which "respond" reports against: "did not respond to
    /// requests for comment", "did not respond to my messages".
    INQUIRIES: [
        "request", "requests", "inquiry", "inquiries", "queries", "questions", "messages",
        "emails", "calls", "comment",
    ];
    /// Headline verbs of saying, capitalised as headlines write them: "Senator Warns …".
    HEADLINE_SAYING: ["Says", "Said", "Warns", "Urges", "Tells", "Claims", "Argues"];
    /// Headline verbs that are rarely nouns there, so report even when they could be nouns
    /// ([`NOUN_OR_VERB`]): "Poll Shows …".
    HEADLINE_REPORTS: [
        "shows", "finds", "vows", "pledges", "slams", "blasts", "praises", "laments", "boasts",
        "jokes", "wonders", "mentions", "cites", "rejects", "echoes",
    ];
    /// "tell": the name after it is who was told ("…, told Jane Roe").
    TELL: ["told", "tells", "tell"];
    /// "show", reporting for evidence without "that" ([`EVIDENCE`]).
    SHOW: ["show", "shows", "showed", "shown"];
    /// What evidence finds: "A 2019 study found 31 cases", "the audit finds errors" report
    /// without a "that" clause when evidence is the subject.
    FINDS: ["find", "finds", "found"];
    /// "continued", "went on": a report only next to the quotation they introduce.
    CONTINUES: ["continued", "continues"];
    /// Modal verbs: a noun-or-verb after one is the verb ("would question", "will demand").
    MODALS: ["would", "will", "could", "can", "should", "might", "may", "must"];
    /// Words that make a run of words a clause rather than a noun phrase: auxiliaries and
    /// common irregular past tenses ("the plan would cost …", "prices rose"). A regular past
    /// ("-ed") is read from its ending.
    FINITE_VERBS: [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
        "would", "will", "could", "can", "should", "might", "may", "must", "won't", "isn't",
        "wasn't", "aren't", "weren't", "hasn't", "haven't", "didn't", "doesn't", "rose", "fell",
        "grew", "went", "came", "took", "gave", "got", "made", "saw", "knew", "thought", "told",
        "found", "left", "kept", "held", "ran", "won", "lost", "paid", "sold", "built", "spent",
        "cut", "hit", "put", "set", "met", "led", "began", "became", "brought", "fought", "meant",
    ];
    /// Reporting verbs whose passive with "by" names no source of a report: "was found by
    /// police", "was asked by a reporter", "was called by the governor".
    NOT_PASSIVE_REPORTS: [
        "found", "asked", "told", "expected", "called", "shown", "seen", "known", "planned",
        "decided", "pushed", "pressed", "laid", "sought", "offered", "intended", "compared",
        "framed", "projected", "posted", "described", "charged", "questioned", "grilled",
        "approved", "requested", "quoted", "addressed", "considered", "answered", "ignored",
        "wanted",
    ];
    /// Words that end the agent of a passive report: "reported by the paper, which …".
    CLAUSE_WORDS_AFTER_AGENT: [
        "that", "which", "who", "while", "as", "because", "when", "if", "although", "though",
        "since", "after", "before", "but", "to",
    ];
    /// Verbs of beginning before an infinitive that reports: "began to argue".
    BEGINS: ["began", "begins", "continue", "start", "started", "starts"];
    /// Verbs of seeming and trying whose subject does what the infinitive after them says:
    /// "appeared to suggest", "tried to explain", "rushed to defend", "was quick to deny".
    ATTEMPTS: [
        "appeared", "appears", "seemed", "seems", "tried", "tries", "attempted", "attempts",
        "rushed", "hastened", "chose", "chooses", "wanted", "managed", "dared", "quick",
    ];
    /// Verbs of keeping and avoiding before a participle that reports for their subject:
    /// "avoided condemning", "kept insisting", "stopped criticizing".
    GERUND_TAKERS: [
        "avoided", "avoids", "avoid", "avoiding", "kept", "keeps", "keep", "stopped", "stops",
        "resumed", "resumes",
    ];
    /// "took to" a medium before an infinitive: "took to Twitter to accuse".
    TAKES: ["took", "takes", "taken", "taking"];
    /// Forms of "go" in "went on to say".
    GOES: ["went", "goes", "go"];
    /// Particles that make "back" a phrasal verb that does not report: "backed out".
    BACK_PARTICLES: ["out", "off", "down", "away", "up"];
    /// "Let's say": a supposition, not a report.
    LET: ["let's", "let’s"];
    /// Past forms before "that" that cause or seem rather than report: "ensured that".
    NOT_REPORTING_PAST: [
        "ensured", "required", "provided", "ordered", "demanded", "seemed", "appeared",
        "happened", "guaranteed", "mandated", "stipulated", "showed", "proved", "implied",
        "suggested", "indicated", "revealed",
    ];
    /// Irregular past forms of knowing and saying, finite before a that-clause.
    IRREGULAR_PAST_OF_KNOWING: [
        "knew", "thought", "felt", "saw", "heard", "understood", "wrote", "held",
    ];
    /// Irregular past forms of a verb coordinated with an earlier one ("… and said").
    IRREGULAR_PAST_OF_SAYING: [
        "said", "told", "wrote", "thought", "knew", "felt", "spoke", "found",
    ];
    /// Irregular past participles: after a form of "be" they make a passive.
    IRREGULAR_PARTICIPLES: [
        "said", "told", "written", "thought", "found", "shown", "known", "seen",
    ];
    /// Participles of publishing between a document and its verb: "A poll released in late
    /// August found …".
    PUBLISHING_PARTICIPLES: [
        "released", "published", "conducted", "issued", "commissioned", "compiled", "sponsored",
        "funded", "filed", "posted", "obtained", "written", "produced", "prepared",
    ];
    /// Words after the head of a description that open its modifier: "polls taken over two
    /// weeks", "those close to her".
    POSTMODIFIERS: ["taken", "close", "who", "based", "including", "led"];
    /// Adverbs between "be" and a progressive participle: "is also urging".
    PROGRESSIVE_ADVERBS: [
        "also", "now", "still", "again", "not", "already", "increasingly", "publicly",
        "repeatedly", "once", "first", "later", "initially", "widely", "previously",
    ];
    /// Words that open the content of "called" when what was called came first ("what Roe
    /// called a disgrace").
    CALLED_OBJECTS: ["a", "an", "it", "them"];
    /// Words after "called" that make it an event or a phrasal verb: "called a meeting",
    /// "called off".
    NOT_CALLED_OBJECTS: [
        "a", "an", "for", "on", "upon", "off", "in", "up", "back", "out", "into",
    ];
    /// Words after a verb that closes its clause ("…, the agency announced on Tuesday").
    AFTER_A_CLOSING_VERB: [
        "on", "in", "at", "during", "after", "last", "this", "earlier", "late",
    ];

    // The forms of "be".

    /// The finite forms of "be".
    FINITE_BE: ["is", "are", "was", "were"];
    /// The negated finite forms of "be".
    NEGATED_BE: [
        "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t",
    ];
    /// The participle of "be".
    BEEN: ["been"];
    /// The infinitive of "be".
    BE_INFINITIVE: ["be"];
    /// Verbs that link a subject to an adjective as "be" does: "Roe remained skeptical of …".
    LINKING_VERBS: [
        "remains", "remained", "seemed", "seems", "appeared", "appears", "became", "become",
    ];
    /// Auxiliaries that, opening a clause, make a question: "Will Roe say …?", with
    /// [`FINITE_BE`].
    INVERTING_AUXILIARIES: [
        "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had",
    ];
    /// Auxiliaries after a pronoun that open a that-clause without "that" ("announced it
    /// would …"), with [`FINITE_BE`].
    CLAUSE_AUXILIARIES: [
        "would", "will", "had", "has", "have", "could", "can", "should", "might", "may", "must",
        "did", "does",
    ];
    /// Degree words between "be" and a stance adjective: "is too concerned".
    DEGREE_WORDS: [
        "so", "too", "very", "more", "less", "most", "also", "not", "quite", "deeply",
        "increasingly", "still", "always", "never",
    ];

    // Nouns, names and the phrases around them.

    /// Pronouns that can stand for a source named earlier. "I" and "we" are left out: they
    /// speak in the voice of whoever the text already gives the paragraph to (an interviewee,
    /// the authors), which is what an unattributed sentence keeps.
    PRONOUNS: ["he", "she", "they"];
    /// Determiners that open the subject of a that-clause without "that": "found the figures
    /// were low".
    CLAUSE_DETERMINERS: ["the", "his", "her", "their", "its", "these", "those"];
    /// Nouns that follow a place's name ("New York state"), never a verb after it.
    PLACE_NOUNS: ["state", "states"];
    /// Words that open an indirect question a verb reports: "explained how …", "asked why …".
    INDIRECT_QUESTIONS: ["how", "why", "whether"];
    /// Subject pronouns that open a that-clause without "that" ([`CLAUSE_AUXILIARIES`]).
    CLAUSE_SUBJECT_PRONOUNS: ["he", "she", "it", "they", "we"];
    /// Personal pronouns: capitalised at a sentence's start, never a name.
    PERSONAL_PRONOUNS: ["i", "we", "you", "it", "they", "he", "she"];
    /// Subjects that alone are no source: "I think", "It shows".
    NOT_SOURCES_ALONE: ["i", "we", "it", "you", "this", "that"];
    /// "his", "her", "their": a person's possessive.
    POSSESSIVE_PRONOUNS: ["his", "her", "their"];
    /// Words with "'s" that are contractions, not possessors: "there's", "it's".
    NOT_POSSESSORS: [
        "there", "it", "that", "here", "what", "who", "he", "she", "let",
    ];
    /// Relative pronouns that open a clause about the noun before: "Roe, who has argued …".
    RELATIVE_PRONOUNS: ["who", "which"];
    /// "what" and "which", standing for an object that came first.
    WHAT_OR_WHICH: ["what", "which"];
    /// "Mr.", "Dr.": after an honorific a title word is the surname ("Mr. King").
    HONORIFICS: ["mr", "mrs", "ms", "dr"];
    /// Role words that may stand among the capitalised words of a subject: "Democratic
    /// presidential nominee Jane Roe", "former Secretary of State Jane Roe".
    ROLE_WORDS: [
        "former", "presidential", "vice", "deputy", "senior", "chief", "top", "state", "federal",
        "national", "acting", "interim", "longtime", "retired", "of",
        // Candidacies: "Democratic presidential nominee Jane Roe".
        "nominee", "candidate", "hopeful", "challenger", "incumbent", "running", "mate",
    ];
    /// Words that open a description of a source: a determiner or a count.
    DETERMINERS: [
        "the", "a", "an", "some", "many", "most", "several", "other", "these", "those", "two",
        "three", "four", "both", "all", "another", "one", "his", "her", "their", "its", "our",
        "top", "senior", "leading",
    ];
    /// Words that open a description after its verb: "…, said a spokesman for the campaign".
    DESCRIPTION_OPENERS: [
        "a", "an", "the", "one", "another", "his", "her", "their", "its", "two", "three",
        "several", "some", "many", "other",
    ];
    /// Words before a noun-or-verb that make it the noun: "the claims", "his notes".
    NOUN_DETERMINERS: [
        "the", "a", "an", "his", "her", "their", "its", "our", "many", "two", "some", "s",
    ];
    /// Last words of a body's name, which may hold "and" ("the Economic and Security Review
    /// Commission"): such a name is one source, not two speaking together.
    BODY_WORDS: [
        "commission", "committee", "council", "institute", "university", "bank", "group",
        "association", "department", "agency", "fund", "foundation", "center", "centre",
        "corporation", "company", "review", "office", "board", "service", "services",
        "administration", "party", "union", "ministry", "court", "society", "school", "college",
        "network", "news", "times", "post", "journal", "laboratory", "laboratories", "inc",
        "corp", "co", "ltd", "llc", "alliance", "coalition", "organization", "organisation",
        "bureau", "statistics", "division", "unit",
    ];
    /// Nouns in the singular for several people, which "they" stands for: "The family said …,
    /// but they never expected …".
    COLLECTIVE_NOUNS: [
        "family", "police", "campaign", "team", "staff", "government", "administration",
        "couple", "crew", "panel", "jury", "public", "press", "media",
    ];
    /// "the", "a", "an".
    ARTICLES: ["the", "a", "an"];
    /// "a", "an".
    INDEFINITE_ARTICLES: ["a", "an"];
    /// Lowercase words inside a name: "Bureau of Labor Statistics".
    NAME_CONNECTORS: ["of", "and", "for"];
    /// Shares of a group that count its members: "A majority of voters".
    SHARES: ["majority", "minority", "plurality", "half", "third", "quarter"];
    /// Participles of a report credited after "as … by": "as reported by the Tribune".
    REPORTED_BY: ["reported", "announced", "revealed", "disclosed"];
    /// Words that may open a share of people before its number: "About 40 percent", "A
    /// majority", "Most voters".
    SHARE_OPENERS: [
        "a", "an", "the", "about", "nearly", "almost", "roughly", "some", "just", "only",
        "more", "fewer", "less", "over", "under", "around", "approximately", "most",
    ];
    /// Verbs of a preference that a share of people states in a poll: "46 percent would
    /// choose Roe", "a majority of voters back the plan".
    PREFERENCE_VERBS: [
        "choose", "chose", "back", "backs", "backed", "prefer", "prefers", "preferred",
        "support", "supports", "supported", "favor", "favors", "favored", "favour", "favours",
        "favoured", "oppose", "opposes", "opposed", "approve", "approves", "approved",
        "disapprove", "disapproves", "disapproved", "expect", "expects", "expected", "trust",
        "trusts", "trusted", "agree", "agrees", "agreed", "disagree", "disagrees", "disagreed",
        "want", "wants", "wanted", "rate", "rates", "rated",
    ];
    /// Words that a description of a source never holds (besides the forms of "be"): a
    /// clause's verb, a comparison, a subject of its own.
    NOT_IN_A_DESCRIPTION: [
        "has", "have", "had", "not", "than", "it", "this", "there", "what", "to",
    ];
    /// Words that end a bare noun phrase as a description: "no", prepositions.
    NOUN_PHRASE_BREAKERS: ["no", "of", "in", "on", "for", "with"];
    /// "of" and "than", which a count of a group may hold: "eight of 10 voters".
    OF_THAN: ["of", "than"];
    /// Prepositions after a source noun: "a spokesman for the campaign", "a study by …".
    PREPOSITIONS: ["of", "for", "at", "on", "from", "in", "with", "by"];
    /// Prepositions that end the head of a description after its verb.
    HEAD_PREPOSITIONS: ["for", "of", "at", "in", "on", "with"];
    /// Function words that cannot end a noun phrase: "a think tank"'s article.
    NOT_A_HEAD: [
        "a", "an", "the", "of", "for", "at", "on", "from", "in", "with", "by", "his", "her",
        "their", "its",
    ];
    /// Words after a name after its verb that show the name is whole: "…, said Roe of New
    /// York", "…, said Roe, who …".
    AFTER_A_NAME: ["of", "who", "in", "at", "for", "on", "during", "from", "after"];
    /// Words that open an aside between a name and its verb: "of Springfield", "R-Ohio", "Jr.".
    ASIDE_OPENERS: ["of", "from", "who", "which", "whose", "d", "r", "i", "jr", "sr"];
    /// Words that bound a noun phrase before a verb: a clause begins there.
    CLAUSE_WORDS: [
        "that", "which", "who", "while", "as", "but", "and", "because", "when", "if", "although",
        "though", "since", "so", "however",
    ];
    /// Lowercase "-ly" words that are not manner adverbs: "family", "only", "likely".
    NOT_MANNER_ADVERBS: [
        "family", "only", "early", "likely", "daily", "weekly", "monthly", "rally", "supply",
        "reply", "really", "actually", "truly",
    ];
    /// Common sentence openers: capitalised first words that are not names.
    SENTENCE_OPENERS: [
        "the", "this", "that", "these", "those", "it", "there", "here", "some", "many", "most",
        "experts", "analysts", "officials", "studies", "critics", "others", "what", "who",
        "such", "both", "all", "another", "each", "every", "no", "one", "in", "on", "at", "for",
        "with", "from", "by", "after", "before", "during", "since", "as", "but", "and", "or",
        "however", "meanwhile", "yet", "so", "if", "when", "while", "although", "though",
        "despite", "because", "also", "notably", "furthermore", "moreover", "still", "then",
        "now", "recently", "today", "yesterday", "last", "next", "according", "under", "over",
        "instead", "indeed", "thus", "therefore", "overall", "finally", "first", "second",
        "third", "even", "only", "just", "not", "unlike", "like", "amid",
    ];

    // Clauses and the sentence around the cue.

    /// Conjunctions that open a sentence before its subject: "And Roe said …".
    SENTENCE_CONJUNCTIONS: ["so", "but", "and", "yet"];
    /// Links before a sentence's subject: "And Roe …", "Then Roe …".
    CLAUSE_LINKS: ["and", "but", "so", "yet", "then", "still"];
    /// "and", "but": a verb phrase coordinated with the subject's first.
    AND_BUT: ["and", "but"];
    /// "and", "or": a coordinated subject.
    AND_OR: ["and", "or"];
    /// Conjunctions of a subordinate clause that opens a sentence: "When …, ".
    SUBORDINATORS: [
        "when", "as", "after", "because", "if", "while", "although", "though", "since", "before",
        "once", "until", "unless", "whereas",
    ];
    /// Adverbials that open a sentence before its subject: "On Thursday, however, Roe …".
    OPENING_ADVERBIALS: [
        "on", "in", "at", "after", "before", "during", "since", "last", "earlier", "later",
        "recently", "however", "meanwhile", "instead", "still", "now",
    ];
    /// A short phrase between a verb and its "that": "said in a statement that …".
    PHRASE_BEFORE_THAT: ["in", "on", "at", "during", "last", "this"];

    // Time.

    /// The days of the week.
    WEEKDAYS: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];
    /// The months.
    MONTHS: [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ];
    /// "today", "yesterday".
    DAYS_NEAR: ["today", "yesterday"];
    /// Parts of the day.
    TIMES_OF_DAY: ["morning", "afternoon", "evening", "night"];
    /// Units of time after "this", "last", "in": "this week".
    TIME_UNITS: ["week", "month", "year", "weekend"];
    /// Words that open a time phrase: "on Tuesday", "last week".
    TIME_PHRASE_OPENERS: ["on", "this", "last", "in", "earlier"];
    /// Words around a time that may close a sentence after its cue: "on", "last week".
    TIME_FRAMING: ["on", "last", "this", "week"];

    // Frames, documents, beliefs, labels.

    /// Documents that frame a sentence as theirs: "In the latest poll, …".
    FRAMING_DOCUMENTS: [
        "poll", "survey", "study", "report", "analysis", "ad", "video", "filing", "lawsuit",
        "complaint", "ruling", "memo", "documentary",
    ];
    /// Speeches and writings that frame a sentence as their speaker's: "In a statement, Roe
    /// was more cautious".
    SPEECHES: [
        "letter", "statement", "interview", "speech", "remarks", "testimony", "op-ed", "essay",
        "tweet", "post", "email", "column", "appearance", "address",
    ];
    /// Verbs that issue a statement: "issued a statement", "made the following comment".
    ISSUING_VERBS: [
        "issued", "issues", "released", "releases", "made", "makes", "delivered", "delivers",
        "gave", "gives", "sent", "sends", "published", "publishes",
    ];
    /// Writings and sayings issued as the object of [`ISSUING_VERBS`], besides [`SPEECHES`].
    ISSUED_WRITINGS: [
        "comment", "comments", "paper", "endorsement", "warning", "plea", "appeal", "rebuttal",
        "denial", "apology", "proclamation", "declaration", "pledge", "promise", "revelation",
        "admission", "prediction", "announcement", "claim", "claims", "case",
    ];
    /// Verbs that revise an estimate ([`View::revised_estimate`]): "raised its forecast".
    REVISION_VERBS: [
        "raised", "raises", "lowered", "lowers", "cut", "cuts", "increased", "increases", "trimmed",
        "trims", "revised", "revises", "upgraded", "upgrades", "downgraded", "downgrades",
        "boosted", "boosts", "slashed", "slashes", "lifted", "lifts", "reduced", "reduces",
        "hiked", "hikes", "edged", "nudged", "reaffirmed", "reaffirms", "reiterated",
        "maintained", "maintains", "kept", "keeps",
    ];
    /// An institution's estimates, which it revises in its own name: "its growth forecast".
    ESTIMATE_NOUNS: [
        "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "outlook",
        "guidance", "prediction", "predictions",
    ];
    /// Adjectives that judge what was "called" so ("called the charges baseless").
    EVALUATIVE_ADJECTIVES: [
        "wrong", "false", "untrue", "unfair", "unjust", "absurd", "misleading", "inaccurate",
        "illegal", "unlawful", "unconstitutional", "premature", "irresponsible", "dangerous",
        "reckless", "racist", "sexist", "offensive", "baseless", "groundless", "unfounded",
        "meritless", "frivolous", "unsubstantiated", "unacceptable", "outrageous",
        "ridiculous", "disgraceful", "shameful", "insulting", "ludicrous", "nonsense",
        "fabricated", "unwarranted", "unprecedented", "hypocritical", "politically",
        "unworkable", "unrealistic", "inappropriate", "excessive", "flawed",
    ];
    /// Words that end a frame's noun phrase: "In a letter to the board, …".
    FRAME_ENDS: ["to", "with", "on", "by", "of", "at", "in", "issued", "released"];
    /// Determiners of a framing document that make the document the source.
    FRAME_DETERMINERS: ["the", "a", "an", "this", "that", "its", "one", "another"];
    /// Evidence that shows what it shows without "that": "Polls show a close race".
    /// Amounts an estimate puts at a figure: "puts the cost at $2 billion".
    ESTIMATED_AMOUNTS: [
        "cost", "costs", "figure", "number", "toll", "total", "price", "tab", "loss", "losses",
        "value", "damage", "damages", "count", "size", "bill", "deficit", "shortfall",
    ];
    EVIDENCE: [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
        "analysis", "analyses", "data", "research", "figures", "numbers", "records",
        "documents", "video", "footage", "slide", "average", "averages", "transcript", "audit",
        "review", "investigation", "census", "estimates", "projections",
    ];
    /// Nouns of a belief held by a group: "a widespread belief in the industry that …".
    BELIEF_NOUNS: [
        "belief", "view", "perception", "consensus", "assumption", "expectation", "sense",
        "feeling", "fear", "notion", "conviction",
    ];
    /// Prepositions that name the group holding a belief.
    GROUP_PREPOSITIONS: ["in", "among", "within"];
    /// Labels of the interviewer in a transcript, as written: "Q: …".
    INTERVIEWER_LABELS: ["Q", "Question", "Interviewer"];
    /// Verbs of saying that open a sentence before their source: "Said Roe: “…”", "Added
    /// Doe, “…”".
    OPENING_SAYING: [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "noted", "notes",
        "explained", "explains", "recalled", "recalls",
    ];
    /// Labels of page furniture, not people: "Photo: …", "Read more: …".
    NOT_SPEAKERS: [
        "tag", "tags", "disclaimer", "source", "note", "update", "editor's note", "related",
        "photo", "image", "read more", "watch", "video", "live", "breaking", "breaking news",
        "exclusive", "analysis", "opinion", "editorial", "commentary", "correction", "warning",
        "spoiler", "summary", "background", "context", "bottom line", "the bottom line", "why",
        "how", "what", "who", "when", "where", "here", "contact", "email", "follow", "share",
        "credit", "sources",
    ];
    /// Function words that make a headline label a phrase, not a source: "The Latest: …".
    HEADLINE_FUNCTION_WORDS: [
        "the", "a", "an", "of", "over", "in", "on", "at", "to", "for", "with", "and", "or", "by",
        "from", "about", "after", "vs",
    ];
    /// First words of a teaser after a headline label, not a claim: "Roe: How …".
    QUESTION_OPENERS: [
        "how", "why", "what", "when", "where", "who", "which", "inside", "is", "are", "can",
        "will", "should", "does", "do",
    ];
}

/// The forms of "be": "is", "was", "been", "be" …
pub(super) const FORMS_OF_BE: Lexicon = FINITE_BE.or(BEEN).or(BE_INFINITIVE);

/// Forms of "be" and linking verbs before a stance adjective: "Roe is critical of …", "She
/// remained skeptical about …".
pub(super) const COPULAS: Lexicon = FINITE_BE.or(BEEN).or(NEGATED_BE).or(LINKING_VERBS);

/// Words that may stand between a subject and its verb: auxiliaries, adverbs, forms of "be".
pub(super) const BETWEEN_SUBJECT_AND_VERB: Lexicon = AUXILIARIES_AND_ADVERBS
    .or(FINITE_BE)
    .or(BEEN)
    .or(NEGATED_BE);

/// "I", "We", months and weekdays are capitalised but are not names of sources.
pub(super) const NOT_NAMES: Lexicon = PERSONAL_PRONOUNS.or(MONTHS).or(WEEKDAYS).or(DAYS_NEAR);

/// The endings of a contracted "be": "He’s", "they're".
pub(super) const BE_CONTRACTIONS: [&str; 4] = ["’s", "'s", "’re", "'re"];

/// Verbs that report only with a particle ("called for", "pointed out"), or, with an empty
/// list, only before a that-clause: "announced a plan" is an event, "announced that …" a
/// report.
pub(super) fn needs_particle(verb: &str) -> Option<&'static [&'static str]> {
    match verb {
        "call" | "calls" | "called" => Some(&["for", "on"]),
        "point" | "points" | "pointed" => Some(&["out", "to"]),
        "spoke" | "speaks" | "talked" | "talks" | "spoken" => Some(&["about", "of", "out"]),
        "bragged" | "brags" => Some(&["about", "that"]),
        "disagrees" | "disagreed" => Some(&["with", "that"]),
        "weighed" | "weighs" => Some(&["in"]),
        "laid" | "lays" => Some(&["out"]),
        "referred" | "refers" => Some(&["to"]),
        "plans" | "planned" | "intends" | "intended" | "seeks" | "sought" | "offered"
        | "wanted" | "seek" | "aim" | "aims" | "aimed" | "like" => Some(&["to"]),
        "decided" => Some(&["to", "that"]),
        "voted" => Some(&["for", "against", "to"]),
        "know" | "see" => Some(&[]),
        "railed" | "rails" => Some(&["against"]),
        "worried" | "worries" | "worry" | "fear" => Some(&["that", "about"]),
        "declined" | "declines" | "refused" | "refuses" | "threatened" => Some(&["to"]),
        "pushed" | "pressed" | "lobbied" => Some(&["for", "against"]),
        "compared" | "compares" => Some(&["him", "her", "them", "it"]),
        "hopes" | "hoped" => Some(&["to", "that"]),
        "hope" | "wish" | "doubt" | "suspect" | "suspects" | "suspected" | "assumes"
        | "assumed" | "assume" => Some(&[]),
        "disagree" => Some(&["with", "that"]),
        "summed" => Some(&["up"]),
        "raise" | "raises" | "raised" | "raising" => {
            Some(&["questions", "concerns", "doubts", "objections", "alarm"])
        }
        "put" | "puts" => Some(&["it"]),
        "feel" | "mention" | "disclose" | "recount" => Some(&[]),
        "project" | "projects" | "projected" | "frame" | "frames" | "framed" | "show" | "shows"
        | "showed" | "shown" | "find" | "finds" | "found" | "expect" | "expects" | "expected"
        | "disclosed" | "discloses" | "revealed" | "reveals" | "announced" | "announces"
        | "mentioned" | "mentions" | "recounted" | "recounts" | "feels" | "felt" | "knows"
        | "knew" | "understands" | "sees" | "signaled" | "signalled" | "hinted" | "implied"
        | "assured" | "reads" | "maintain" | "maintains" | "maintained" | "added" | "adds" => {
            Some(&[])
        }
        _ => None,
    }
}

/// The verb of an idiom of stance ([`View::stance_idiom`](super::view::View)), by its form:
/// "made" is "make" ("made the case for"), "took" is "take" ("took issue with"). The lexicon's
/// table has no bit to spare for each of these small lists.
pub(super) fn stance_idiom_verb(word: &str) -> Option<&'static str> {
    Some(match word {
        "made" | "makes" | "make" | "making" => "make",
        "came" | "comes" | "come" | "coming" => "come",
        "took" | "takes" | "take" | "taking" | "taken" => "take",
        "has" | "have" | "had" | "having" => "have",
        "left" | "leaves" | "leave" | "leaving" => "leave",
        "sounded" | "sounds" | "sound" | "sounding" => "sound",
        _ => return None,
    })
}

/// Words that "'s" after is a contracted "is", not a possessive: "It's a good bet that …".
pub(super) const CONTRACTED_IS_HOSTS: &[&str] = &[
    "it", "that", "there", "here", "what", "who", "where", "she", "he",
];
/// Verbs of intention and hope ("wants to", "seek to", "is hoping that"): the weakest reports
/// of a sentence, which give way to a later report in it and are none in a restrictive
/// relative clause ("the groups who seek to …").
pub(super) const INTENTIONS: &[&str] = &[
    "want", "wants", "wanted", "seek", "seeks", "sought", "aim", "aims", "aimed", "like", "plans",
    "planned", "intends", "intended", "hoping", "seeking", "planning", "wanting", "aiming",
];

/// Verbs that judge a thing as something ([`View::judged_as`](super::view::View)): "painted
/// her rival as out of touch", "see the program as a lifeline", "rated the claim as false".
pub(super) const JUDGING_VERBS: &[&str] = &[
    "view",
    "views",
    "viewed",
    "viewing",
    "regard",
    "regards",
    "regarded",
    "see",
    "sees",
    "saw",
    "rate",
    "rates",
    "rated",
    "paint",
    "paints",
    "painted",
    "painting",
    "cast",
    "casts",
    "casting",
    "brand",
    "brands",
    "branded",
    "branding",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "portray",
    "portraying",
];
/// Words after "as" that make it no complement of a judgement: "as much as", "as well as",
/// "as it grows".
pub(super) const NOT_AFTER_AS: &[&str] = &[
    "much", "many", "well", "long", "soon", "far", "if", "though", "to", "of", "for", "part",
    "such", "usual", "expected", "possible", "he", "she", "they", "it", "we", "i", "you",
];

/// Heads of a description of a person (or of a campaign, which speaks as one) that verbs of a
/// person take as they take a name ([`PERSON_VERBS`]): "The nominee also linked …", "a doctor
/// had typed …". Roles before a name are [`TITLES`].
pub(super) const PERSON_HEADS: &[&str] = &[
    "nominee",
    "nominees",
    "candidate",
    "candidates",
    "doctor",
    "doctors",
    "physician",
    "physicians",
    "campaign",
    "lawmaker",
    "lawmakers",
    "moderator",
    "nurse",
    "aide",
    "aides",
];

/// Participles of naming whose passive names its giver after the name given: "has been
/// called a charlatan by fellow doctors", "was branded “a traitor” by the party".
pub(super) const NAMING_PARTICIPLES: &[&str] =
    &["called", "branded", "labeled", "labelled", "dubbed"];

/// What a stance is taken as: "took issue with", "took exception to".
pub(super) const OFFENCE_NOUNS: &[&str] = &["issue", "offense", "offence", "exception", "umbrage"];
/// What a source has none of: "has no illusions about", "had no doubt that".
pub(super) const MISGIVING_NOUNS: &[&str] = &["illusions", "doubt", "doubts", "qualms"];
/// What a source sounds: "sounded a call for", "sounded the alarm about".
pub(super) const SOUNDED_NOUNS: &[&str] = &["call", "alarm", "warning"];
/// The words a source has for someone: "had harsh words for".
pub(super) const WORDS_QUALITIES: &[&str] = &[
    "choice", "harsh", "kind", "strong", "sharp", "tough", "pointed", "warm",
];
/// What follows an idiom of stance for it to report: its topic or its clause.
pub(super) const IDIOM_FOLLOWERS: &[&str] = &[
    "for", "that", "against", "of", "about", "over", "with", "at", "to", "on",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_exactly_the_lists_that_hold_it() {
        assert!(REPORTING_VERBS.has("said") && SAYING_VERBS.has("said"));
        assert!(!SAYING_VERBS.has("believes") && REPORTING_VERBS.has("believes"));
        assert!(FORMS_OF_BE.has("been") && !FORMS_OF_BE.has("isn't") && COPULAS.has("isn't"));
        assert!(NOT_NAMES.has("may") && !(WEEKDAYS | TIME_UNITS).has("may"));
        assert!(DISCOURSE_MARKERS.has("for instance") && !DISCOURSE_MARKERS.has("for"));
        assert_eq!(memberships("zebra"), 0);
    }

    #[test]
    fn every_list_has_a_bit_of_its_own() {
        let mut seen = 0u128;
        for &(lexicon, words) in LEXICONS {
            assert_eq!(lexicon.bits().count_ones(), 1);
            assert_eq!(seen & lexicon.bits(), 0);
            assert!(!words.is_empty());
            seen |= lexicon.bits();
        }
    }
}

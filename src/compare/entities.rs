//! Who or what a value is about: names in and around its sentence, resolved within and across
//! documents.
//!
//! A name is a run of capitalised words inside a sentence, or one that opens a sentence when
//! the document also writes it capitalised elsewhere (or it has inner capitals: "OpenTable").
//! Each name is known by several forms, so that later short forms and acronyms meet it: the
//! whole name, its first and last words unless generic ("New", "County", "President"), and its
//! initials ("United States" → "us"). Acronyms of units and roles (GPU, USD, CEO) are not
//! names. "The company", "the firm", "its", "their", "we" refer to the document's main
//! subject: its most often named entity. A name found in many documents of a large corpus
//! ("Police", "County") tells no story from another and is not used, nor is an official's, an
//! institution's or a description of people ("Officer Jane Roe", "Mercy Medical Center",
//! "African-American"), which every story of a place may name.

use super::reuse::SentenceTerms;
use super::words::{Key, Term, Vocabulary};
use crate::text::Span;
use crate::text::calendar;
use crate::text::hash::{FxHashMap, FxHashSet};

/// Capitalised words that are not names: units, currencies, roles, and the vocabulary of
/// technology that news capitalises.
static NOT_NAMES: &[&str] = &[
    "gpu",
    "gpus",
    "cpu",
    "cpus",
    "usd",
    "nt",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rmb",
    "inr",
    "ai",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "gdp",
    "ipo",
    "r&d",
    "phd",
    "tv",
    "am",
    "pm",
    "utc",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "gmt",
    "mph",
    "km",
    "mw",
    "gw",
    "kwh",
    "pdf",
    "faq",
    "ok",
    "i",
    "mr",
    "mrs",
    "ms",
    "dr",
    "jr",
    "sr",
    "st",
    "police",
    "news",
    "officials",
];

/// Words that start or end many unrelated names; they do not stand for a name alone.
static GENERIC_NAME_PARTS: &[&str] = &[
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "united",
    "san",
    "los",
    "las",
    "saint",
    "fort",
    "mount",
    "lake",
    "port",
    "president",
    "senator",
    "governor",
    "mayor",
    "minister",
    "secretary",
    "chief",
    "officer",
    "county",
    "city",
    "state",
    "states",
    "police",
    "department",
    "university",
    "inc",
    "corp",
    "ltd",
    "co",
    "group",
    "company",
    "bank",
    "national",
    "international",
    "project",
    "general",
    "republic",
    "kingdom",
    "party",
    "house",
    "court",
    "street",
    "road",
    "avenue",
    "center",
    "centre",
    "high",
    "school",
    "hospital",
    "office",
    "agency",
    "council",
    "committee",
    "association",
    "institute",
    "foundation",
    "club",
    "team",
    "news",
    "times",
    "post",
    "daily",
    "media",
    "report",
    "research",
    "capital",
    "global",
    "american",
    "chinese",
    "european",
    "federal",
    "sheriff",
    "deputy",
    "sergeant",
    "lieutenant",
    "captain",
    "detective",
    "trooper",
    "judge",
    "attorney",
    "district",
    "prosecutor",
    "coroner",
    "heights",
    "park",
    "hills",
    "beach",
    "creek",
    "valley",
    "springs",
    "village",
    "township",
    "island",
    "bay",
    "drive",
    "lane",
    "boulevard",
    "way",
    "place",
    "square",
    "church",
    "mall",
    "field",
    "grove",
    "point",
    "ridge",
    "falls",
    "station",
    "bridge",
    "gardens",
    "terrace",
    "circle",
    "parish",
    "borough",
    "town",
    "highway",
    "interstate",
    "jail",
];

/// Whether `word` is in `list`, through a hashed set built once per list: the lists are
/// asked about every capitalised word of a corpus.
fn listed(list: &'static [&'static str], word: &str) -> bool {
    use std::sync::OnceLock;
    type Set = FxHashSet<&'static str>;
    static SETS: OnceLock<[Set; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [
            NOT_NAMES
                .iter()
                .copied()
                .chain(calendar::month_abbreviations())
                .chain(calendar::WEEKDAYS.iter().copied())
                .collect(),
            GENERIC_NAME_PARTS.iter().copied().collect(),
        ]
    });
    let set = if std::ptr::eq(list, NOT_NAMES) {
        &sets[0]
    } else {
        debug_assert!(std::ptr::eq(list, GENERIC_NAME_PARTS));
        &sets[1]
    };
    set.contains(word)
}

/// Nouns that, after "the", refer back to an organisation or place already named.
const REFERRING_NOUNS: &[&str] = &[
    "company",
    "firm",
    "startup",
    "start-up",
    "group",
    "lab",
    "laboratory",
    "chipmaker",
    "carmaker",
    "automaker",
    "retailer",
    "airline",
    "bank",
    "business",
    "developer",
    "maker",
    "government",
    "country",
    "nation",
    "organisation",
    "organization",
    "agency",
    "city",
    "state",
    "department",
    "ministry",
    "team",
    "club",
    "party",
    "union",
    "administration",
    "provider",
    "manufacturer",
    "insurer",
    "lender",
    "conglomerate",
    "giant",
    "outfit",
    "model",
    "product",
];

/// First words of a name that make it an official's: a spokesperson or chief speaks for every
/// incident of a city, so sharing one tells no story from another.
const OFFICIAL_TITLES: &[&str] = &[
    "chief",
    "officer",
    "sgt",
    "sergeant",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "detective",
    "det",
    "cpl",
    "corporal",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sheriff",
    "deputy",
    "trooper",
    "commander",
    "cmdr",
    "superintendent",
    "inspector",
    "prosecutor",
    "judge",
    "coroner",
    "mayor",
    "police",
];

/// Last words of a name that make it an institution's that every story of a place passes
/// through (the hospital the wounded are taken to, the crime tip line, the medical examiner),
/// rather than a place where something happened.
const INSTITUTION_HEADS: &[&str] = &[
    "hospital",
    "stoppers",
    "department",
    "office",
    "court",
    "courthouse",
    "precinct",
    "patrol",
    "jail",
    "examiner",
    "bureau",
    "agency",
    "service",
    "services",
    "authority",
    "commission",
    "university",
    "college",
    "ems",
];

/// Words before "center" that make it a hospital's ("Medical Center", "Trauma Center"), not a
/// venue's ("Civic Center", where a shooting happened).
const CARE_CENTER_KINDS: &[&str] = &["medical", "trauma", "health", "hospital", "burn"];

/// Words that describe people rather than name anyone ("an African-American male", "a
/// Hispanic man"): a suspect's description, shared by unrelated incidents.
const DESCRIPTIONS_OF_PEOPLE: &[&str] = &[
    "african",
    "american",
    "hispanic",
    "latino",
    "latina",
    "caucasian",
    "asian",
    "black",
    "white",
];

/// What kind of name many stories of a place share whatever happened.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Standing {
    /// An official by title ("Chief Jane Roe").
    Official,
    /// An institution ("Mercy Medical Center", "County Crime Stoppers") or a region ("Pike
    /// County").
    Institution,
    /// A description of people ("African-American"), or a page's furniture ("Read More").
    Description,
}

/// Last words of a name that make it a region's: a county or a parish holds many incidents, as
/// a city does.
const REGION_HEADS: &[&str] = &["county", "parish", "borough", "township"];

/// Words of a web page's furniture that scraped text capitalises into names ("READ MORE",
/// "Caption Close Image", "Skip in Skip x Embed x Share"): every article of a site has them.
const PAGE_FURNITURE: &[&str] = &[
    "read",
    "more",
    "related",
    "click",
    "here",
    "watch",
    "share",
    "embed",
    "skip",
    "caption",
    "close",
    "image",
    "images",
    "photo",
    "photos",
    "gallery",
    "video",
    "videos",
    "back",
    "next",
    "previous",
    "copyright",
    "advertisement",
    "comments",
    "subscribe",
    "continue",
    "reading",
    "sign",
    "log",
    "buy",
    "print",
    "email",
    "tweet",
    "facebook",
    "twitter",
    "x",
];

/// Whether a name (its words, as [`name_word`] gives them) is one that many stories of a place
/// share whatever happened, and which kind. Such names are no evidence that two reports tell
/// one story.
fn standing_name(words: &[String]) -> Option<Standing> {
    let (first, last) = (words.first()?, words.last()?);
    let care_center = words.len() >= 2
        && matches!(last.as_str(), "center" | "centre")
        && CARE_CENTER_KINDS.contains(&words[words.len() - 2].as_str());
    let all_in = |list: &[&str]| words.iter().all(|w| list.contains(&w.as_str()));
    if all_in(DESCRIPTIONS_OF_PEOPLE) || all_in(PAGE_FURNITURE) {
        Some(Standing::Description)
    } else if OFFICIAL_TITLES.contains(&first.as_str()) {
        Some(Standing::Official)
    } else if INSTITUTION_HEADS.contains(&last.as_str())
        || REGION_HEADS.contains(&last.as_str())
        || care_center
    {
        Some(Standing::Institution)
    } else {
        None
    }
}

/// The street blocks a sentence places something in ("the 3300 block of West Maypole",
/// "3300-block"): where an incident happened, in the form US police reports give it.
fn block_numbers(sentence: &str) -> impl Iterator<Item = u32> + '_ {
    sentence.match_indices("block").filter_map(|(at, _)| {
        let after = sentence[at + 5..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return None; // "blocked", "blocks away"
        }
        let before = sentence[..at].strip_suffix([' ', '-'])?;
        let digits_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()?
            .0;
        let digits = &before[digits_start..];
        let word_start = before[..digits_start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        (word_start && digits.len() <= 6)
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// Words that refer to the subject without naming it.
const REFERRING_PRONOUNS: &[&str] = &["its", "their", "we", "our"];

/// The entities of a corpus's documents: each document's main subject, and the name forms
/// too common across documents to tell stories apart.
pub struct Entities {
    /// Forms of each document's most often named entity (empty when it names none twice).
    topic: Vec<Vec<Key>>,
    /// The form of each document's main subject that is only the first word of its name.
    topic_first_word: Vec<Option<Key>>,
    /// The words each document writes capitalised inside sentences (for a name that opens one).
    known: Vec<FxHashSet<Key>>,
    /// The words any document writes capitalised inside sentences: a speaker who opens every
    /// sentence of one report ("Roe said the tunnel…") is vouched for by another that names
    /// them inside one ("Mayor Jane Roe said…").
    known_anywhere: FxHashSet<Key>,
    common: FxHashSet<Key>,
    /// Each document's name forms with their weight, sorted by key, and the weights' sum; empty
    /// in a corpus too small to tell stories apart (see [`Entities::same_story`]).
    names_by_document: Vec<(Vec<(Key, f64)>, f64)>,
    /// For each document, the documents that share enough of its names to report one story
    /// (sorted): found once through an index of names, so that no pair of values has to
    /// compare two documents' names.
    story_partners: Vec<Vec<u32>>,
    /// Name forms a quarter of a large corpus uses: what the corpus is about ("the campaign's
    /// candidates"), whose figures recur from story to story.
    subjects: FxHashSet<Key>,
}

/// Two documents of a large corpus that share fewer name forms than this are not shown to tell
/// one story: one shared word (a city, a surname) is what unrelated reports of one region
/// share; a victim's or a street's full name gives several forms (whole, first, last words).
const STORY_NAME_FORMS: usize = 2;
/// In a corpus of many documents, two reports of one story share this share of their names
/// (weighted by rarity, of the document with fewer): the victims, the street, the suspects.
/// Two stories of one city share the city and little else. Measured on a corpus of local
/// crime reports, reports of one story share 0.15 or more nine times in ten, unrelated pairs
/// one time in twenty.
const STORY_NAME_SHARE: f64 = 0.15;
/// Below this many documents every document is taken to be about the set's one subject.
const MANY_DOCUMENTS: usize = 20;

/// One name as the forms it is known by, as vocabulary keys ("@acme", "@us").
fn forms(words: &[String], vocabulary: &mut Vocabulary, out: &mut Vec<Key>) {
    if words.is_empty() {
        return;
    }
    // One buffer for every form's "@…" key, rather than a string made for each.
    let mut key_text = String::with_capacity(32);
    let mut add = |key_text: &String, out: &mut Vec<Key>| {
        let key = vocabulary.id(key_text);
        if !out.contains(&key) {
            out.push(key);
        }
    };
    key_text.push('@');
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            key_text.push(' ');
        }
        key_text.push_str(word);
    }
    add(&key_text, out);
    if words.len() >= 2 {
        for part in [&words[0], &words[words.len() - 1]] {
            if !listed(GENERIC_NAME_PARTS, part) && part.len() > 1 {
                key_text.truncate(1);
                key_text.push_str(part);
                add(&key_text, out);
            }
        }
        key_text.truncate(1);
        key_text.extend(words.iter().filter_map(|w| w.chars().next()));
        add(&key_text, out);
    }
}

/// The form of a name of two or more words that is its first word alone ("@dana" of "Dana
/// Roe"), when [`forms`] gives one.
fn first_word_form(words: &[String], vocabulary: &mut Vocabulary) -> Option<Key> {
    let first = words.first()?;
    (words.len() >= 2 && !listed(GENERIC_NAME_PARTS, first) && first.len() > 1)
        .then(|| vocabulary.id(&format!("@{first}")))
}

/// The forms of a name other than its first word alone: the whole name and its last word.
fn other_forms(words: &[String], vocabulary: &mut Vocabulary, out: &mut Vec<Key>) {
    if let Some(last) = words.last() {
        out.push(vocabulary.id(&format!("@{}", words.join(" "))));
        out.push(vocabulary.id(&format!("@{last}")));
    }
}

/// A word of a name in its comparable form: lowercased, possessive and dots dropped
/// ("U.S." → "us", "China's" → "china").
fn name_word(surface: &str) -> String {
    let lower = surface.to_lowercase();
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    lower.chars().filter(|&c| c != '.').collect()
}

fn has_inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

/// The names of one sentence, each as its words: runs of capitalised terms (the first term of
/// the sentence only when `known` says the document writes it capitalised inside sentences,
/// or it has inner capitals).
fn names(text: &str, terms: &[Term], known: &FxHashSet<Key>) -> Vec<Vec<String>> {
    names_at(text, terms, known)
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

/// [`names`], each with the byte where it starts.
fn names_at(text: &str, terms: &[Term], known: &FxHashSet<Key>) -> Vec<(usize, Vec<String>)> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    let mut run_start = 0;
    let mut run: Vec<String> = Vec::new();
    let mut last_end = 0;
    // A headline in title case capitalises every word: there only words the document also
    // writes capitalised inside its sentences (or with inner capitals) are names.
    let title_case = title_case(text, terms);
    for (i, term) in terms.iter().enumerate() {
        let surface = term.span.of(text);
        let capitalised = surface.starts_with(|c: char| c.is_uppercase());
        // Only a capitalised word can be a name: most words skip the tests below, and the
        // lowercased copy of a word is made only for those that pass the others.
        let vouched = capitalised && (known.contains(&term.key) || has_inner_capital(surface));
        let opener = i == 0 && vouched;
        // "TITLE:", "UPDATE:": a label in capitals, not a name.
        let label = || {
            surface.len() > 1
                && surface.chars().all(|c| !c.is_lowercase())
                && text[term.span.end..].starts_with(':')
        };
        let word = ((term.proper || opener)
            && capitalised
            && (!title_case || vouched)
            && !surface.contains(|c: char| c.is_ascii_digit())
            && !label())
        .then(|| name_word(surface))
        .filter(|word| !listed(NOT_NAMES, word));
        let is_name = word.is_some();
        // Words the term list leaves out may sit inside a name: "United States", "Bank of
        // America" (capitalised words, and the connectors of names).
        let mut inner: Vec<String> = Vec::new();
        let joined = is_name
            && !run.is_empty()
            && text.get(last_end..term.span.start).is_some_and(|gap| {
                gap.split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        if w.starts_with(|c: char| c.is_uppercase())
                            && w.chars().all(char::is_alphabetic)
                        {
                            inner.push(name_word(w));
                            true
                        } else {
                            matches!(w, "of" | "for" | "and" | "the" | "de")
                        }
                    })
            });
        if (!is_name || !joined) && !run.is_empty() {
            run.extend(trailing_capitals(text, last_end));
            out.push((run_start, std::mem::take(&mut run)));
        }
        if let Some(word) = word {
            if joined {
                run.extend(inner);
            } else {
                run_start = term.span.start;
            }
            run.push(word);
            last_end = term.span.end;
        }
    }
    if !run.is_empty() {
        run.extend(trailing_capitals(text, last_end));
        out.push((run_start, run));
    }
    out
}

/// Capitalised words right after byte `from` that the term list leaves out but that end a
/// name ("States" in "United States"), up to the first other word or punctuation.
fn trailing_capitals(text: &str, from: usize) -> Vec<String> {
    let mut out = Vec::new();
    let rest = text.get(from..).unwrap_or("");
    if !rest.starts_with(' ') {
        return out;
    }
    for word in rest.split(' ').skip(1).take(3) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capital = bare.starts_with(|c: char| c.is_uppercase())
            && bare.chars().all(char::is_alphabetic)
            && super::words::normalise(bare).is_none();
        if !capital {
            break;
        }
        out.push(name_word(bare));
        if bare.len() != word.len() {
            break;
        }
    }
    out
}

/// Whether most of a sentence's content words are capitalised: a headline in title case.
fn title_case(text: &str, terms: &[Term]) -> bool {
    let capitals = terms
        .iter()
        .filter(|t| t.span.of(text).starts_with(|c: char| c.is_uppercase()))
        .count();
    terms.len() >= 4 && capitals * 10 >= terms.len() * 7
}

/// Whether a sentence refers to an entity without naming it: "the company", "the Chinese
/// startup", "its", "their", "we".
fn refers_back(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        REFERRING_PRONOUNS.contains(&w.as_str())
            || (REFERRING_NOUNS.contains(&w.as_str())
                && ((i >= 1 && words[i - 1] == "the") || (i >= 2 && words[i - 2] == "the")))
    })
}

/// For each document, the others that share [`STORY_NAME_SHARE`] of the names of whichever
/// of the two names less (by weight). Each document's shared weight with every other is summed
/// through an index from name to the documents that use it, in the order of the names' keys,
/// so that the cost follows the documents that share a name rather than every pair.
fn story_partners(
    names_by_document: &[(Vec<(Key, f64)>, f64)],
    blocks_by_document: &[Vec<u32>],
) -> Vec<Vec<u32>> {
    let mut using: FxHashMap<Key, Vec<u32>> = FxHashMap::default();
    for (doc, (names, _)) in names_by_document.iter().enumerate() {
        for &(key, _) in names {
            using.entry(key).or_default().push(doc as u32);
        }
    }
    let mut shared = vec![0.0f64; names_by_document.len()];
    let mut shared_forms = vec![0usize; names_by_document.len()];
    let mut touched: Vec<u32> = Vec::new();
    names_by_document
        .iter()
        .enumerate()
        .map(|(a, (names, total_a))| {
            for &(key, weight) in names {
                for &b in &using[&key] {
                    if b as usize != a {
                        if shared[b as usize] == 0.0 {
                            touched.push(b);
                        }
                        shared[b as usize] += weight;
                        shared_forms[b as usize] += 1;
                    }
                }
            }
            touched.sort_unstable();
            let partners = touched
                .iter()
                .copied()
                .filter(|&b| {
                    let fewer = total_a.min(names_by_document[b as usize].1);
                    let found = shared[b as usize];
                    found > 0.0
                        && found >= STORY_NAME_SHARE * fewer
                        && shared_forms[b as usize] >= STORY_NAME_FORMS
                        && !different_blocks(
                            &blocks_by_document[a],
                            &blocks_by_document[b as usize],
                        )
                })
                .collect();
            for &b in &touched {
                shared[b as usize] = 0.0;
                shared_forms[b as usize] = 0;
            }
            touched.clear();
            partners
        })
        .collect()
}

/// Whether two documents place what they report in different street blocks: both name
/// blocks and share none ("the 3300 block of West Maypole", "the 3400 block of West Monroe").
/// Two reports of one incident give its block alike; two incidents of one neighbourhood share
/// its names but not its blocks.
fn different_blocks(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.binary_search(x).is_ok())
}

impl Entities {
    /// Finds each document's main subject and the common name forms, from the body
    /// sentences' terms (`sentences`, grouped by document).
    pub fn new(
        texts: &[&str],
        sentences: &[SentenceTerms],
        vocabulary: &mut Vocabulary,
    ) -> Entities {
        let documents = texts.len();
        let mut topic = vec![Vec::new(); documents];
        let mut topic_first_word = vec![None; documents];
        let mut known_by_document = vec![FxHashSet::default(); documents];
        let mut document_frequency: FxHashMap<Key, u32> = FxHashMap::default();
        let mut form_buffer = Vec::new();
        let mut forms_by_document: Vec<Vec<Key>> = vec![Vec::new(); documents];
        // Forms of names that tell no story apart (officials, institutions, descriptions).
        let mut standing: FxHashSet<Key> = FxHashSet::default();
        let mut blocks_by_document: Vec<Vec<u32>> = vec![Vec::new(); documents];
        for run in sentences.chunk_by(|a, b| a.doc == b.doc) {
            let doc = run[0].doc;
            let text = texts[doc];
            if documents >= MANY_DOCUMENTS {
                let blocks = &mut blocks_by_document[doc];
                blocks.extend(run.iter().flat_map(|s| block_numbers(s.span.of(text))));
                blocks.sort_unstable();
                blocks.dedup();
            }
            // Headlines in title case capitalise every word: they vouch for no name.
            let known: FxHashSet<Key> = run
                .iter()
                .filter(|s| !title_case(text, &s.terms))
                .flat_map(|s| s.terms.iter().filter(|t| t.proper).map(|t| t.key))
                .collect();
            let mut counts: FxHashMap<Key, (u32, usize)> = FxHashMap::default();
            let mut seen: FxHashSet<Key> = FxHashSet::default();
            let mut first_forms: FxHashMap<Key, (Vec<Key>, Option<Key>)> = FxHashMap::default();
            for (order, sentence) in run.iter().enumerate() {
                for name in names(text, &sentence.terms, &known) {
                    form_buffer.clear();
                    forms(&name, vocabulary, &mut form_buffer);
                    // A name is counted by its last word, so "Acme Corp" and "Acme" add up.
                    let head = vocabulary.id(&format!("@{}", name[name.len() - 1]));
                    let entry = counts.entry(head).or_insert((0, order));
                    entry.0 += 1;
                    first_forms.entry(head).or_insert_with(|| {
                        (form_buffer.clone(), first_word_form(&name, vocabulary))
                    });
                    if documents >= MANY_DOCUMENTS
                        && let Some(standing_kind) = standing_name(&name)
                    {
                        // All its forms but, for an institution, the first word, which may be a
                        // place of its own ("Monroe" of "Monroe County Jail").
                        let first_word = (name.len() >= 2
                            && standing_kind == Standing::Institution)
                            .then(|| vocabulary.get(&format!("@{}", name[0])))
                            .flatten();
                        standing.extend(form_buffer.iter().filter(|&&k| Some(k) != first_word));
                    }
                    seen.extend(form_buffer.iter().copied());
                }
            }
            for &form in &seen {
                *document_frequency.entry(form).or_insert(0) += 1;
            }
            let mut seen: Vec<Key> = seen.into_iter().collect();
            seen.sort_unstable();
            forms_by_document[doc] = seen;
            known_by_document[doc] = known;
            if let Some((head, _)) = counts
                .iter()
                .filter(|(_, (n, _))| *n >= 2)
                .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
            {
                let (mut found, first_word) = first_forms.remove(head).unwrap_or_default();
                if !found.contains(head) {
                    found.push(*head);
                }
                topic[doc] = found;
                topic_first_word[doc] = first_word;
            }
        }
        // In a corpus of many stories, a name that several of them use (a city, a county)
        // tells no story apart; a name a quarter of the corpus uses is its subject, what the
        // corpus is about, and stays.
        let limit = (documents / 100).max(4);
        // A name weighs by how few documents use it: ln(documents / documents using it).
        let names_by_document = if documents >= MANY_DOCUMENTS {
            forms_by_document
                .into_iter()
                .map(|forms| {
                    // Only names that may tell a story apart weigh: not one several stories
                    // use (a city, its hospital), nor an official's or an institution's.
                    let weighted: Vec<(Key, f64)> = forms
                        .into_iter()
                        .filter(|k| !standing.contains(k))
                        .filter_map(|k| {
                            let used = document_frequency.get(&k).copied().unwrap_or(1).max(1);
                            ((used as usize) <= limit)
                                .then(|| (k, (documents as f64 / used as f64).ln()))
                        })
                        .collect();
                    let total = weighted.iter().map(|(_, w)| w).sum();
                    (weighted, total)
                })
                .collect()
        } else {
            Vec::new()
        };
        let story_partners = story_partners(&names_by_document, &blocks_by_document);
        let subjects: FxHashSet<Key> = if documents >= MANY_DOCUMENTS {
            document_frequency
                .iter()
                .filter(|&(_, &n)| (n as usize) * 4 >= documents)
                .map(|(&k, _)| k)
                .collect()
        } else {
            FxHashSet::default()
        };
        let common = if documents >= MANY_DOCUMENTS {
            document_frequency
                .into_iter()
                .filter(|&(_, n)| n as usize > limit && (n as usize) * 4 < documents)
                .map(|(k, _)| k)
                .collect()
        } else {
            FxHashSet::default()
        };
        let known_anywhere = known_by_document.iter().flatten().copied().collect();
        Entities {
            topic,
            topic_first_word,
            known: known_by_document,
            known_anywhere,
            common,
            names_by_document,
            story_partners,
            subjects,
        }
    }

    /// Whether two values in different stories may still be one quantity: both are about an
    /// entity the whole corpus is about (a candidate's bankruptcies, told in many stories of a
    /// campaign).
    pub fn share_a_subject(&self, a: &[Key], b: &[Key]) -> bool {
        a.iter()
            .any(|k| self.subjects.contains(k) && b.binary_search(k).is_ok())
    }

    /// Whether documents `a` and `b` may report one story: in a corpus of many documents,
    /// they share [`STORY_NAME_SHARE`] of their names, weighted by rarity. Values in two
    /// reports of different incidents ("2 people were killed" in two cities' shootings) are
    /// not one quantity, however alike their words. A small set is taken to be about one
    /// subject, and so is a document that names nothing.
    pub fn same_story(&self, a: usize, b: usize) -> bool {
        if a == b || self.names_by_document.is_empty() {
            return true;
        }
        let (Some((_, total_a)), Some((_, total_b))) =
            (self.names_by_document.get(a), self.names_by_document.get(b))
        else {
            return true;
        };
        // A document that names nothing (a one-line text) cannot be told apart by names.
        total_a.min(*total_b) == 0.0 || self.story_partners[a].binary_search(&(b as u32)).is_ok()
    }

    /// What a value in `sentence` of document `doc` is about, as name forms (sorted): the
    /// sentence's names, the speaker's, and the document's subject when the sentence refers
    /// back to it or the value's own clause names nothing. `terms` are the sentence's terms.
    #[allow(clippy::too_many_arguments)]
    pub fn of_value(
        &self,
        doc: usize,
        text: &str,
        sentence: Span,
        own_clause: Span,
        anchor: Span,
        terms: &[Term],
        speaker: Option<&str>,
        vocabulary: &mut Vocabulary,
        first_words: &mut Vec<Key>,
    ) -> Vec<Key> {
        let mut firsts: Vec<Key> = Vec::new();
        let mut others: Vec<Key> = Vec::new();
        let none = FxHashSet::default();
        let known = self.known.get(doc).unwrap_or(&none);
        let mut out = Vec::new();
        // The value's own words ("11 Pro Max", "1 million Americans") are not its subject.
        let outside: Vec<Term> = terms
            .iter()
            .filter(|t| t.span.end <= anchor.start || t.span.start >= anchor.end)
            .cloned()
            .collect();
        let found = names_at(text, &outside, known);
        for (_, name) in &found {
            forms(name, vocabulary, &mut out);
            firsts.extend(first_word_form(name, vocabulary));
            other_forms(name, vocabulary, &mut others);
        }
        if let Some(speaker) = speaker {
            // The speaker's words that are names by the rules of a sentence's names: not a
            // role or unit ("Police", "Officials"), and written capitalised inside the
            // document's sentences when the speaker opens one ("Witnesses said…").
            let words: Vec<String> = speaker
                .split_whitespace()
                .filter(|w| {
                    w.starts_with(|c: char| c.is_uppercase())
                        && super::words::normalise(w).is_some()
                })
                .map(name_word)
                .filter(|w| !listed(NOT_NAMES, w))
                .collect();
            let vouched = speaker.split_whitespace().any(|w| {
                has_inner_capital(w)
                    || super::words::normalise(w)
                        .and_then(|n| vocabulary.get(&n))
                        .is_some_and(|k| known.contains(&k) || self.known_anywhere.contains(&k))
            });
            let words = if vouched { words } else { Vec::new() };
            forms(&words, vocabulary, &mut out);
            firsts.extend(first_word_form(&words, vocabulary));
            other_forms(&words, vocabulary, &mut others);
        }
        // The value's own clause names nothing: it is about what the document is about.
        let clause_names = found
            .iter()
            .any(|&(at, _)| at >= own_clause.start && at < own_clause.end);
        if found.is_empty() || !clause_names || refers_back(sentence.of(text)) {
            let topic = self.topic.get(doc).map_or(&[][..], Vec::as_slice);
            let topic_first = self.topic_first_word.get(doc).copied().flatten();
            out.extend(topic.iter().copied());
            firsts.extend(topic_first);
            others.extend(topic.iter().copied().filter(|&k| Some(k) != topic_first));
        }
        out.retain(|k| !self.common.contains(k));
        out.sort_unstable();
        out.dedup();
        first_words.extend(
            firsts
                .into_iter()
                .filter(|k| !others.contains(k) && out.binary_search(k).is_ok()),
        );
        first_words.sort_unstable();
        first_words.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::words::terms;

    fn names_of(sentence: &str) -> Vec<Vec<String>> {
        let mut vocabulary = Vocabulary::new();
        let found = terms(sentence, Span::new(0, sentence.len()), &mut vocabulary);
        names(sentence, &found, &FxHashSet::default())
    }

    #[test]
    fn names_are_runs_of_capitals_but_not_units_or_roles() {
        assert_eq!(
            names_of("Acme said the United States bought 500 GPUs worth USD 5 million."),
            [vec!["united", "states"]]
        );
        assert_eq!(names_of("QuantaLab has 50,000 chips."), [vec!["quantalab"]]);
    }

    #[test]
    fn short_forms_and_acronyms_meet_the_full_name() {
        let mut vocabulary = Vocabulary::new();
        let mut full = Vec::new();
        forms(
            &["united".into(), "states".into()],
            &mut vocabulary,
            &mut full,
        );
        let mut short = Vec::new();
        forms(&[name_word("U.S.")], &mut vocabulary, &mut short);
        assert!(short.iter().any(|k| full.contains(k)));
        let mut person = Vec::new();
        forms(&["jane".into(), "roe".into()], &mut vocabulary, &mut person);
        let mut later = Vec::new();
        forms(&["roe".into()], &mut vocabulary, &mut later);
        assert!(later.iter().any(|k| person.contains(k)));
    }

    /// The story test over `reports` and twenty unrelated filler documents (a corpus large
    /// enough to tell stories apart): whether reports `a` and `b` may tell one story.
    fn same_story_in_a_large_corpus(reports: &[&str], a: usize, b: usize) -> bool {
        let filler: Vec<String> = (0..20)
            .map(|i| format!("Library {i}\n\nThe Arden Library opened reading room {i} today."))
            .collect();
        let texts: Vec<&str> = reports
            .iter()
            .copied()
            .chain(filler.iter().map(String::as_str))
            .collect();
        let mut vocabulary = Vocabulary::new();
        let sentences: Vec<SentenceTerms> = texts
            .iter()
            .enumerate()
            .flat_map(|(doc, text)| {
                crate::text::sentences(text)
                    .into_iter()
                    .map(move |span| (doc, *text, span))
            })
            .map(|(doc, text, span)| SentenceTerms {
                doc,
                span,
                terms: terms(text, span, &mut vocabulary),
            })
            .collect();
        Entities::new(&texts, &sentences, &mut vocabulary).same_story(a, b)
    }

    // Regression (local-news): two shootings whose reports share only the city's hospital and
    // the police spokeswoman were one story, and their tolls one comparison.
    #[test]
    fn an_official_and_a_hospital_do_not_make_one_story() {
        let first = "Tavern shooting\n\nA man was shot outside a tavern on Fenwick Quay late \
                     on Saturday, according to Officer Dana Kowalski. The man, identified as \
                     Ray Okonjo, was taken to Mercy Medical Center in critical condition.";
        let second = "Two brothers shot\n\nTwo brothers were shot while they walked home in \
                      Lindell Park on Sunday, according to Officer Dana Kowalski. Both were \
                      taken to Mercy Medical Center, where one of them, Eli Varga, died.";
        let retold = "Man shot at tavern\n\nPolice said the man shot outside the tavern on \
                      Fenwick Quay on Saturday night was Ray Okonjo, a cook.";
        let reports = [first, second, retold];
        assert!(!same_story_in_a_large_corpus(&reports, 0, 1));
        assert!(same_story_in_a_large_corpus(&reports, 0, 2));
    }

    // Regression (local-news): two shootings in one neighbourhood, a week apart, share its
    // name; the blocks where they happened tell them apart.
    #[test]
    fn reports_placing_an_incident_in_different_blocks_are_different_stories() {
        let first = "Westbrook Heights shooting\n\nTwo men were wounded in the 2400 block of \
                     Elm Street in Westbrook Heights on Friday, police said. Jerome Tate, 27, \
                     was in serious condition.";
        let second = "Another Westbrook Heights shooting\n\nFour men were wounded in the 900 \
                      block of Harmon Avenue in Westbrook Heights on Sunday, police said.";
        let retold = "Elm Street shooting\n\nJerome Tate was one of two men wounded on \
                      Friday in the 2400 block of Elm Street in Westbrook Heights.";
        let reports = [first, second, retold];
        assert!(!same_story_in_a_large_corpus(&reports, 0, 1));
        assert!(same_story_in_a_large_corpus(&reports, 0, 2));
    }

    // Regression (local-news): a short report naming one city was one story with every report
    // of that city (one shared name is all of its names).
    #[test]
    fn one_shared_word_is_not_one_story() {
        let short = "Two shot\n\nTwo people were shot in Calloway on Sunday, police said.";
        let other = "Calloway shooting\n\nA woman named as Teresa Okafor, 31, was shot at the \
                     Quinn Mall in Calloway on Tuesday.";
        assert!(!same_story_in_a_large_corpus(&[short, other], 0, 1));
    }

    // Regression (local-news): two shootings of one city shared only the city's name, which a
    // tenth of the reports use; it counted towards one story as much as a victim's name.
    #[test]
    fn a_name_many_reports_use_is_no_story_evidence() {
        let first = "Shooting near the pier\n\nPolice said a cook named Ray Okonjo was \
                     wounded by a stray bullet near the old pier in Harbor City while he walked \
                     home from work.";
        let second = "Store robbery\n\nPolice said the night clerk, a student named Dana \
                      Pruitt, was shot during a robbery at a corner store in Harbor City late on \
                      the evening before.";
        let others: Vec<String> = (0..4)
            .map(|i| format!("Council {i}\n\nThe council of Harbor City met on day {i}."))
            .collect();
        let mut reports = vec![first, second];
        reports.extend(others.iter().map(String::as_str));
        assert!(!same_story_in_a_large_corpus(&reports, 0, 1));
    }

    #[test]
    fn block_numbers_are_read_from_police_addresses() {
        let found: Vec<u32> =
            block_numbers("in the 3300 block of West Maypole, near the 3400-block and a blockade")
                .collect();
        assert_eq!(found, [3300, 3400]);
        assert_eq!(block_numbers("a block away, 12 blocks").count(), 0);
    }

    #[test]
    fn officials_institutions_and_descriptions_are_standing_names() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            standing_name(&words("chief jane roe")),
            Some(Standing::Official)
        );
        assert_eq!(
            standing_name(&words("mercy medical center")),
            Some(Standing::Institution)
        );
        assert_eq!(
            standing_name(&words("african american")),
            Some(Standing::Description)
        );
        assert_eq!(
            standing_name(&words("caption close image")),
            Some(Standing::Description)
        );
        assert_eq!(
            standing_name(&words("pike county")),
            Some(Standing::Institution)
        );
        assert_eq!(standing_name(&words("monroe civic center")), None);
        assert_eq!(standing_name(&words("jerome tate")), None);
    }

    #[test]
    fn descriptions_and_possessives_refer_back() {
        assert!(refers_back("The company said its costs rose."));
        assert!(refers_back("The Chinese startup spent $6 million."));
        assert!(!refers_back("Rain fell for 3 days."));
    }
}

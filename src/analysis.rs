//! The whole analysis of a corpus, in the shape of claims/1 (`contract/claims-1.md`).
//!
//! This is the one entry point the CLI and the page share: [`Analysis::of`] runs every stage
//! (regions → sentences → quantities → claims) and returns records that serialise exactly as
//! the contract says. Ids are assigned in document order and position, so the same documents
//! always give the same ids.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::compare::{Layout, compare_split, implicit_value};
use crate::corpus::{Document, Region, bio_subject, regions, sentence_regions};
use crate::extract::{
    Approx, Change, Quantity, Resolved, Value, attributions_visiting, quantities_in, resolve,
};
use crate::text::hash::{FxHashMap, FxHashSet};
use crate::text::{Span, sentences};

/// A name from a small fixed vocabulary (a unit, a basis). An alias rather than `&'static
/// str` written out, because serde's derive takes every written `&str` field as borrowed from
/// the input, and the page reads analyses from text it does not keep.
pub type Name = &'static str;

/// The schema name written into every output.
pub const SCHEMA: &str = "claims/1";

/// Everything Claimscope knows about a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    #[serde(deserialize_with = "interned")]
    pub schema: Name,
    pub documents: Vec<DocumentRecord>,
    pub quantities: Vec<QuantityRecord>,
    pub claims: Vec<ClaimRecord>,
    pub speakers: Vec<SpeakerRecord>,
    pub comparisons: Vec<ComparisonRecord>,
    /// Passages one document repeats or closely paraphrases from another (added to claims/1).
    pub reuse: Vec<ReuseRecord>,
    /// The same claim given to different speakers in different documents (added to claims/1).
    pub attribution_divergences: Vec<AttributionDivergence>,
    pub warnings: Vec<Warning>,
    /// Where each speaker's entry is, by name, while the analysis is built.
    #[serde(skip)]
    speaker_index: FxHashMap<String, usize>,
    /// (speaker entry, document id) for every document an entry lists, while the analysis is
    /// built: a speaker quoted across thousands of documents is not searched for each.
    #[serde(skip)]
    speaker_docs: FxHashSet<(usize, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub bytes: usize,
    /// Given for documents whose text was derived (HTML), or when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub id: String,
    pub doc: String,
    pub claim: Option<String>,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub low: Bound,
    pub high: Bound,
    #[serde(deserialize_with = "interned")]
    pub unit: Name,
    pub counted: Option<String>,
    pub approx: Approx,
    pub change: Option<Change>,
    pub region: Region,
}

/// One end of a value: a number, or an ISO date for unit `date`.
#[derive(Debug, Clone, PartialEq)]
pub enum Bound {
    Number(f64),
    Date(String),
}

impl Serialize for Bound {
    /// Whole numbers are written without a fraction (`5600000`, not `5600000.0`), as people
    /// and spreadsheets expect.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
        match self {
            Bound::Number(n) if n.fract() == 0.0 && n.abs() < EXACT_INTEGER_LIMIT => {
                serializer.serialize_i64(*n as i64)
            }
            Bound::Number(n) if n.is_finite() => serializer.serialize_f64(*n),
            Bound::Number(_) => serializer.serialize_none(),
            Bound::Date(date) => serializer.serialize_str(date),
        }
    }
}

impl<'de> Deserialize<'de> for Bound {
    /// The inverse of [`Bound`]'s `Serialize`: a number, an ISO date, or `null` for a value
    /// that was not finite.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Number(f64),
            Date(String),
        }
        Ok(match Option::<Written>::deserialize(deserializer)? {
            Some(Written::Number(n)) => Bound::Number(n),
            Some(Written::Date(date)) => Bound::Date(date),
            None => Bound::Number(f64::NAN),
        })
    }
}

/// Reads a name the analysis takes from a small fixed vocabulary (the schema, units, bases)
/// back as the `&'static str` the records hold. Each distinct name is allocated once per
/// process; more distinct names than any analysis writes are refused, so that hostile input
/// cannot make the process keep allocating.
fn interned<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    const MAX_NAMES: usize = 512;
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let name = String::deserialize(deserializer)?;
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = names.get(name.as_str()) {
        return Ok(known);
    }
    if names.len() >= MAX_NAMES {
        return Err(serde::de::Error::custom(format!(
            "unexpected name “{name}”"
        )));
    }
    let name: &'static str = Box::leak(name.into_boxed_str());
    names.insert(name);
    Ok(name)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<MentionSpan>,
    pub cue: Option<String>,
    /// Who reports the speaker's claim, for nested reports ("Roe: There was a widespread
    /// belief in the industry that …": the belief, via Jane Roe). Added to claims/1;
    /// absent when the report is direct.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    pub quantities: Vec<String>,
    pub region: Region,
    /// A value the sentence states in words ("the price gap has vanished" ≈ 0),
    /// added to claims/1; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implicit: Option<ImplicitRecord>,
}

/// A value stated without a number: a gap that "disappeared" or "closed", a rival that
/// "caught up" (0), a figure that "doubled" (change up 100 percent) or "halved" (down 50).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImplicitRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub approx: Approx,
    pub change: Option<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
    pub docs: Vec<String>,
    /// Other entries that may name the same person differently (added to claims/1; absent
    /// when there are none). Never merged silently: the reader decides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub possibly_same_as: Vec<NameDiscrepancy>,
}

/// Evidence that two speaker entries may be one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameDiscrepancy {
    /// The other entry's id.
    pub speaker: String,
    /// Why, in plain words.
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRecord {
    pub id: String,
    pub label: String,
    pub unit: String,
    pub verdict: Verdict,
    pub claims: Vec<String>,
    pub quantities: Vec<String>,
    pub why: String,
    pub independent: bool,
    /// The words of the values' own clauses that two or more members share, as written
    /// ("lead / led / lag"), most widely shared first: why they were grouped (added to claims/1).
    pub shared_words: Vec<String>,
    /// One entry per compared value, in claim order (added to claims/1): who states what, as
    /// an interval in the comparison's unit widened by its hedge (`null` ends are unbounded).
    pub members: Vec<ComparisonMember>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonMember {
    pub claim: String,
    /// `null` for a value stated in words (see `implicit`).
    pub quantity: Option<String>,
    pub doc: String,
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The value in plain words, as stated: "2–3 years", "about 1 year", "≈ 0 (“disappeared”)".
    pub value: String,
    /// The hedge the value is stated with.
    pub approx: Approx,
    /// The value as stated (before its hedge widens it), in the comparison's unit; a fall is
    /// negative.
    pub stated_low: f64,
    pub stated_high: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub implicit: bool,
    /// Words of the claim that say when the value held: "initially", "by March 2019".
    pub qualifiers: Vec<String>,
}

/// Two documents that share passages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReuseRecord {
    pub docs: [String; 2],
    /// The document drawn upon, when the dates tell; `null` when they do not.
    pub source: Option<String>,
    /// Matched sentences as a share of the shorter document's sentences, 0..1.
    pub share: f64,
    pub passages: Vec<ReusedPassage>,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReusedPassage {
    /// In `docs[0]`.
    pub a: TextSpan,
    /// In `docs[1]`.
    pub b: TextSpan,
    /// 0..1: the share of one passage's weighted words the other holds.
    pub similarity: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub doc: String,
    pub start: usize,
    pub end: usize,
}

/// One claim, two speakers (or a speaker and none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributionDivergence {
    /// `reused-text`: a passage one document takes from another; `same-value`: two members of
    /// one comparison that state the same value.
    #[serde(deserialize_with = "interned")]
    pub basis: Name,
    /// The comparison, for `same-value`.
    pub comparison: Option<String>,
    pub sides: [AttributedPassage; 2],
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributedPassage {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    /// `null` when the sentence is not a claim (own voice, no number).
    pub claim: Option<String>,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Agree,
    Diverge,
}

/// A problem with one input that did not stop the analysis of the others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub doc: Option<String>,
    pub message: String,
}

/// An analysis made one document at a time, for callers that show progress or must yield
/// between pieces of work (a page without a worker thread). [`Analysis::of`] is the same
/// thing in one call.
///
/// ```
/// use claimscope::{Analysis, Analyzer, Document};
/// let documents = [
///     Document::from_text("a", "Rates\n\nThe central bank raised rates by 0.5 percentage points."),
///     Document::from_text("b", "Rates\n\nAnalysts said rates rose by half a point."),
/// ];
/// let mut analyzer = Analyzer::new(&documents);
/// let mut seen = vec![analyzer.progress().done];
/// while analyzer.step(&documents) {
///     seen.push(analyzer.progress().done);
/// }
/// assert!(seen.windows(2).all(|w| w[0] < w[1]));
/// let analysis = analyzer.finish(&documents);
/// assert_eq!(analysis, Analysis::of(&documents));
/// ```
#[derive(Debug)]
pub struct Analyzer {
    analysis: Analysis,
    next: usize,
    count: usize,
    /// Each document's sentences and regions, which the comparison reads rather than finds
    /// again; `None` for an empty document.
    layouts: Vec<Option<Layout>>,
    bytes_read: usize,
    bytes: usize,
}

/// How far an [`Analyzer`] has come.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// 0..1, by the bytes read; comparing the documents counts as the last tenth.
    pub done: f64,
    /// The documents read so far, and in all.
    pub documents_read: usize,
    pub documents: usize,
}

impl Analyzer {
    /// Comparing documents with each other costs about this share of the whole analysis.
    const COMPARING_SHARE: f64 = 0.1;

    pub fn new(documents: &[Document]) -> Analyzer {
        Analyzer {
            analysis: Analysis::empty(),
            next: 0,
            count: documents.len(),
            layouts: Vec::with_capacity(documents.len()),
            bytes_read: 0,
            bytes: documents.iter().map(|d| d.text.len()).sum(),
        }
    }

    /// Reads the next document of `documents` (the set given to [`Analyzer::new`]); `false`
    /// once all have been read.
    pub fn step(&mut self, documents: &[Document]) -> bool {
        let Some(document) = documents.get(self.next) else {
            return false;
        };
        self.next += 1;
        self.bytes_read += document.text.len();
        let analysis = &mut self.analysis;
        analysis.documents.push(DocumentRecord {
            id: document.id.clone(),
            title: document.title.clone(),
            outlet: document.outlet.clone(),
            date: document.date.clone(),
            url: document.url.clone(),
            bytes: document.text.len(),
            text: None,
        });
        if document.text.trim().is_empty() {
            analysis.warnings.push(Warning {
                doc: Some(document.id.clone()),
                message: "the document has no text".to_owned(),
            });
            self.layouts.push(None);
        } else {
            self.layouts.push(Some(analysis.add_claims(document)));
        }
        self.next < documents.len()
    }

    pub fn progress(&self) -> Progress {
        let read = if self.bytes == 0 {
            1.0
        } else {
            self.bytes_read as f64 / self.bytes as f64
        };
        Progress {
            done: read * (1.0 - Self::COMPARING_SHARE),
            documents_read: self.next,
            documents: self.count,
        }
    }

    /// Reads whatever is left, then compares the documents with each other.
    pub fn finish(mut self, documents: &[Document]) -> Analysis {
        while self.step(documents) {}
        let mut analysis = self.analysis;
        analysis.flag_name_discrepancies();
        let found = compare_split(documents, &analysis, &self.layouts);
        analysis.comparisons = found.comparisons;
        analysis.reuse = found.reuse;
        analysis.attribution_divergences = found.attribution_divergences;
        analysis
    }
}

/// Equality is structural, and so reflexive except for a bound that is not a number, which no
/// analysis writes (a value that is not finite is never kept). `Eq` lets `Rc<Analysis>` compare
/// by address first: the page's components compare their props on every render, and walking
/// the records of a large corpus each time made typing in a search box lag.
impl Eq for Analysis {}

impl Analysis {
    /// Drops each claim's sentence text, which is most of an analysis's size and can be read
    /// again from the documents: the page's worker sends analyses this way.
    pub fn without_sentence_texts(mut self) -> Analysis {
        for claim in &mut self.claims {
            claim.text = String::new();
        }
        self
    }

    /// Puts back the sentence texts [`Analysis::without_sentence_texts`] dropped, from the
    /// documents analysed (matched by id; a span that does not fit its text is left empty).
    pub fn with_sentence_texts(mut self, documents: &[Document]) -> Analysis {
        let texts: std::collections::HashMap<&str, &str> = documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        for claim in &mut self.claims {
            if let Some(sentence) = texts
                .get(claim.doc.as_str())
                .and_then(|t| t.get(claim.start..claim.end))
            {
                claim.text = sentence.to_owned();
            }
        }
        self
    }

    /// Analyses `documents` as one corpus.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let doc = Document::from_text(
    ///     "chips",
    ///     "Chip curbs tighten\n\nThe lab has fewer than 100 employees. The lab spent $5.6M on training.",
    /// );
    /// let analysis = Analysis::of(&[doc]);
    /// assert_eq!(analysis.claims.len(), 2);
    /// let money = &analysis.quantities[1];
    /// assert_eq!((money.text.as_str(), money.unit), ("$5.6M", "usd"));
    /// assert_eq!(serde_json::to_value(&analysis).unwrap()["quantities"][1]["low"], 5600000);
    /// ```
    pub fn of(documents: &[Document]) -> Analysis {
        let mut analyzer = Analyzer::new(documents);
        while analyzer.step(documents) {}
        analyzer.finish(documents)
    }

    fn empty() -> Analysis {
        Analysis {
            schema: SCHEMA,
            documents: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
            speakers: Vec::new(),
            comparisons: Vec::new(),
            reuse: Vec::new(),
            attribution_divergences: Vec::new(),
            warnings: Vec::new(),
            speaker_index: Default::default(),
            speaker_docs: Default::default(),
        }
    }

    /// Marks pairs of speakers that may be one person named two ways: the same given name, a
    /// different surname, in different documents, each beside the same third speaker ("Alex
    /// Kim" and "Alex Kimball", both beside the same co-author).
    fn flag_name_discrepancies(&mut self) {
        let given = |name: &str| name.split_whitespace().next().map(str::to_owned);
        // Only people (two words or more) with one given name can be flagged: pairs are taken
        // within those groups, in entry order, rather than across every two entries.
        let mut by_given: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, speaker) in self.speakers.iter().enumerate() {
            let mut words = speaker.name.split_whitespace();
            if let (Some(given), Some(_)) = (words.next(), words.next()) {
                by_given.entry(given).or_default().push(i);
            }
        }
        let mut pairs: Vec<(usize, usize)> = by_given
            .values()
            .flat_map(|group| {
                group
                    .iter()
                    .enumerate()
                    .flat_map(|(x, &i)| group[x + 1..].iter().map(move |&j| (i, j)))
            })
            .collect();
        pairs.sort_unstable();
        let mut flags = Vec::new();
        for (i, j) in pairs {
            let (a, b) = (&self.speakers[i], &self.speakers[j]);
            let other_surname =
                a.name.split_whitespace().last() != b.name.split_whitespace().last();
            let apart = a.docs.iter().all(|d| !b.docs.contains(d));
            if !(other_surname && apart) {
                continue;
            }
            let beside = self.speakers.iter().find(|c| {
                c.id != a.id
                    && c.id != b.id
                    && c.docs.iter().any(|d| a.docs.contains(d))
                    && c.docs.iter().any(|d| b.docs.contains(d))
            });
            if let Some(c) = beside {
                let why = format!(
                    "both are named {} and appear beside {} ({} in {}, {} in {})",
                    given(&a.name).unwrap_or_default(),
                    c.name,
                    a.name,
                    a.docs.join(", "),
                    b.name,
                    b.docs.join(", "),
                );
                flags.push((a.id.clone(), b.id.clone(), why));
            }
        }
        for (a, b, why) in flags {
            for (this, other) in [(&a, &b), (&b, &a)] {
                if let Some(entry) = self.speakers.iter_mut().find(|s| &s.id == this) {
                    entry.possibly_same_as.push(NameDiscrepancy {
                        speaker: other.clone(),
                        why: why.clone(),
                    });
                }
            }
        }
    }

    /// Includes the text of every document in the output (`--with-text`).
    pub fn with_texts(mut self, documents: &[Document]) -> Analysis {
        for (record, document) in self.documents.iter_mut().zip(documents) {
            record.text = Some(document.text.clone());
        }
        self
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&ClaimRecord> {
        // Ids are "c1", "c2", … in order, so the number is the index; fall back to a search
        // for ids that came from elsewhere.
        let by_index = id
            .strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.claims.get(n.checked_sub(1)?))
            .filter(|claim| claim.id == id);
        by_index.or_else(|| self.claims.iter().find(|claim| claim.id == id))
    }

    /// The claims of one document, in text order.
    pub fn claims_of<'a>(&'a self, doc: &'a str) -> impl Iterator<Item = &'a ClaimRecord> + 'a {
        self.claims.iter().filter(move |c| c.doc == doc)
    }

    /// The quantities of one document, in text order.
    pub fn quantities_of<'a>(
        &'a self,
        doc: &'a str,
    ) -> impl Iterator<Item = &'a QuantityRecord> + 'a {
        self.quantities.iter().filter(move |q| q.doc == doc)
    }

    /// Adds the claims of one document; returns its sentences and their regions.
    fn add_claims(&mut self, document: &Document) -> Layout {
        let text = &document.text;
        let year = document
            .date
            .as_deref()
            .and_then(|d| d.get(..4)?.parse().ok());
        let sentences = sentences(text);
        let regions = sentence_regions(text, &sentences, &regions(text, &document.title));
        // Quantities are found as attribution tokenises each sentence, from the same tokens.
        let mut quantities_found = Vec::with_capacity(sentences.len());
        let attributed = attributions_visiting(text, &sentences, |index, tokenised| {
            quantities_found.push(quantities_in(text, sentences[index], tokenised, year));
        });
        let speakers = resolve(text, &attributed);
        let parts = sentences
            .iter()
            .copied()
            .zip(regions.iter().copied())
            .zip(attributed.into_iter().zip(speakers))
            .zip(quantities_found);
        for (((sentence, region), (attribution, speaker)), found) in parts {
            // The people an author biography presents belong in the registry too.
            let bio = (region == Region::Bio)
                .then(|| bio_subject(sentence.of(text)))
                .flatten();
            if let Some((name, role)) = bio {
                let author = Resolved {
                    name,
                    is_name: true,
                    description: Some(role),
                    via: None,
                };
                self.register(document, &author.name.clone(), &author);
            }
            // Own-voice sentences without numbers say nothing to compare: no claim.
            let (attribution, speaker) = match (attribution, speaker) {
                (Some(a), Some(s)) => (Some(a), Some(s)),
                _ => (None, None),
            };
            // "halved" read by the quantity grammar is not also a value stated in words.
            let implicit = implicit_value(text, sentence)
                .filter(|v| {
                    !found
                        .iter()
                        .any(|q| q.span.start < v.span.end && v.span.start < q.span.end)
                })
                .map(|v| ImplicitRecord {
                    start: v.span.start,
                    end: v.span.end,
                    text: v.span.of(text).to_owned(),
                    value: v.value,
                    approx: v.approx,
                    change: v.change,
                });
            if found.is_empty() && speaker.is_none() && implicit.is_none() {
                continue;
            }
            let claim_id = format!("c{}", self.claims.len() + 1);
            let mut quantity_ids = Vec::with_capacity(found.len());
            for quantity in found {
                let id = format!("q{}", self.quantities.len() + 1);
                quantity_ids.push(id.clone());
                self.quantities
                    .push(quantity_record(id, document, &claim_id, quantity, region));
            }
            if let (Some(attribution), Some(speaker)) = (&attribution, &speaker) {
                self.register(document, attribution.source.of(text), speaker);
            }
            self.claims.push(ClaimRecord {
                id: claim_id,
                doc: document.id.clone(),
                start: sentence.start,
                end: sentence.end,
                text: sentence.of(text).to_owned(),
                via: speaker.as_ref().and_then(|s| s.via.clone()),
                speaker: speaker.map(|s| s.name),
                speaker_mention: attribution.as_ref().map(|a| MentionSpan {
                    start: a.source.start,
                    end: a.source.end,
                }),
                cue: attribution.map(|a| a.cue.of(text).to_owned()),
                quantities: quantity_ids,
                region,
                implicit,
            });
        }
        (sentences, regions)
    }

    /// Adds a named speaker to the corpus registry: one entry per full name, with the forms the
    /// texts used for it, the descriptions they gave, and the documents it speaks in.
    fn register(&mut self, document: &Document, mention: &str, speaker: &Resolved) {
        if !speaker.is_name {
            return;
        }
        let index = match self.speaker_index.get(&speaker.name) {
            Some(&index) => index,
            None => {
                self.speakers.push(SpeakerRecord {
                    id: format!("p{}", self.speakers.len() + 1),
                    name: speaker.name.clone(),
                    aliases: Vec::new(),
                    descriptions: Vec::new(),
                    docs: Vec::new(),
                    possibly_same_as: Vec::new(),
                });
                self.speaker_index
                    .insert(speaker.name.clone(), self.speakers.len() - 1);
                self.speakers.len() - 1
            }
        };
        let entry = &mut self.speakers[index];
        let alias = mention.trim().to_owned();
        let is_pronoun = matches!(alias.to_lowercase().as_str(), "he" | "she" | "they");
        if alias != entry.name && !is_pronoun && !entry.aliases.contains(&alias) {
            entry.aliases.push(alias);
        }
        if let Some(description) = speaker
            .description
            .as_ref()
            .filter(|d| !entry.descriptions.contains(d))
        {
            entry.descriptions.push(description.clone());
        }
        if entry.docs.last() != Some(&document.id)
            && self.speaker_docs.insert((index, document.id.clone()))
        {
            entry.docs.push(document.id.clone());
        }
    }
}

fn quantity_record(
    id: String,
    document: &Document,
    claim_id: &str,
    quantity: Quantity,
    region: Region,
) -> QuantityRecord {
    let Span { start, end } = quantity.span;
    let (low, high) = match quantity.value {
        Value::Number { low, high } => (Bound::Number(low), Bound::Number(high)),
        Value::Date { low, high } => (Bound::Date(low), Bound::Date(high)),
    };
    QuantityRecord {
        id,
        doc: document.id.clone(),
        claim: Some(claim_id.to_owned()),
        start,
        end,
        text: quantity.span.of(&document.text).to_owned(),
        low,
        high,
        unit: quantity.unit.as_str(),
        counted: quantity.counted,
        approx: quantity.approx,
        change: quantity.change,
        region,
    }
}

impl Analysis {
    /// One row per quantity, for spreadsheets: document, sentence, text, low, high, unit,
    /// approx, change, speaker, cue, comparison, verdict. Fields are quoted as RFC 4180 says,
    /// and a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
    /// prefixed with an apostrophe.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said sales fell 5%, to \"$2M\".")]);
    /// let csv = a.to_csv();
    /// let mut lines = csv.lines();
    /// assert_eq!(lines.next(), Some("document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict"));
    /// assert!(lines.next().unwrap().starts_with("d,\"Jane Roe said sales fell 5%, to \"\"$2M\"\".\",5%,5,5,percent,exact,down,Jane Roe,said,,"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict\r\n",
        );
        for q in &self.quantities {
            let claim = q.claim.as_deref().and_then(|id| self.claim(id));
            let comparison = self
                .comparisons
                .iter()
                .find(|c| c.quantities.contains(&q.id));
            let bound = |b: &Bound| match b {
                Bound::Number(n) => format!("{n}"),
                Bound::Date(d) => d.clone(),
            };
            let approx = serde_json::to_value(q.approx)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let change = match q.change {
                Some(Change::Up) => "up",
                Some(Change::Down) => "down",
                None => "",
            };
            let fields = [
                q.doc.clone(),
                claim.map(|c| c.text.clone()).unwrap_or_default(),
                q.text.clone(),
                bound(&q.low),
                bound(&q.high),
                q.unit.to_owned(),
                approx,
                change.to_owned(),
                claim.and_then(|c| c.speaker.clone()).unwrap_or_default(),
                claim.and_then(|c| c.cue.clone()).unwrap_or_default(),
                comparison.map(|c| c.label.clone()).unwrap_or_default(),
                comparison
                    .map(|c| match c.verdict {
                        Verdict::Agree => "agree",
                        Verdict::Diverge => "diverge",
                    })
                    .unwrap_or_default()
                    .to_owned(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// One CSV field: quoted when it holds a comma, quote or line break; defused when a
/// spreadsheet would read it as a formula.
fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '@', '\t', '\r'])
        || (value.starts_with('-') && value.parse::<f64>().is_err());
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

impl ComparisonMember {
    /// Who states the value, in plain words: "Jane Roe", "a belief (via Jane Roe)", or "the
    /// article itself".
    pub fn who(&self) -> String {
        match (&self.speaker, &self.via) {
            (Some(s), Some(v)) => format!("{s} (via {v})"),
            (Some(s), None) => s.clone(),
            (None, _) => "the article itself".to_owned(),
        }
    }
}

impl ClaimRecord {
    /// Who the text gives this claim to, in plain words: "Said by Jane Roe (“estimated”)",
    /// or "In the text's own voice".
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said output fell 5%.")]);
    /// assert_eq!(a.claims[0].attribution_text(), "Said by Jane Roe (“said”)");
    /// ```
    pub fn attribution_text(&self) -> String {
        match (&self.speaker, &self.cue) {
            (Some(speaker), Some(cue)) if cue != ":" => format!("Said by {speaker} (“{cue}”)"),
            (Some(speaker), _) => format!("Said by {speaker}"),
            (None, _) => "In the text's own voice".to_owned(),
        }
    }
}

impl QuantityRecord {
    /// Why this is a quantity and how it is read, in words a student can follow.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Exports rose more than 90% in May.")]);
    /// assert_eq!(
    ///     a.quantities[0].explain(),
    ///     "a number with “%”, read as percent; “more than”: any value above it; a rise"
    /// );
    /// ```
    pub fn explain(&self) -> String {
        let what = match self.unit {
            "percent" => "a number with “%”, read as percent".to_owned(),
            "percentage-point" => "a difference in percentage points".to_owned(),
            "calendar-year" => "a year of the calendar".to_owned(),
            "date" => "a date, read as the days it covers".to_owned(),
            "ordinal" => "a position in an order".to_owned(),
            "count" => match &self.counted {
                Some(counted) => format!("a count of “{counted}”"),
                None => "a count".to_owned(),
            },
            unit if is_duration_name(unit) => format!("a duration in {unit}s"),
            code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_lowercase()) => {
                format!("an amount of money in {}", code.to_uppercase())
            }
            unit => format!("a measure in {unit}s"),
        };
        let range = match (&self.low, &self.high) {
            (Bound::Number(low), Bound::Number(high)) if low != high => {
                Some("a range: the text gives two ends (or a vague size such as “tens of”)")
            }
            _ => None,
        };
        let hedge = match self.approx {
            Approx::Exact => None,
            Approx::About => Some("“about”: read as within 10%"),
            Approx::Nearly => Some("“nearly”: just below it"),
            Approx::MoreThan => Some("“more than”: any value above it"),
            Approx::AtLeast => Some("“at least”: it or more"),
            Approx::LessThan => Some("“less than”: any value below it"),
            Approx::AtMost => Some("“at most”: it or less"),
        };
        let change = match self.change {
            Some(Change::Up) => Some("a rise"),
            Some(Change::Down) => Some("a fall"),
            None => None,
        };
        std::iter::once(what.as_str())
            .chain(range)
            .chain(hedge)
            .chain(change)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The normalised value in plain words, as the page shows it on hover: "2–3 years",
    /// "about 1 trillion USD", "10–100 billion USD", "more than 90%", "2024-11-01 to 2024-11-30".
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Losses reached approximately $1 trillion.")]);
    /// assert_eq!(a.quantities[0].describe(), "about 1 trillion USD");
    /// ```
    pub fn describe(&self) -> String {
        let value = match (&self.low, &self.high) {
            (Bound::Date(low), Bound::Date(high)) if low == high => low.clone(),
            (Bound::Date(low), Bound::Date(high)) => format!("{low} to {high}"),
            (Bound::Number(low), Bound::Number(high)) => {
                let number = if low == high {
                    readable_number(*low)
                } else {
                    readable_range(*low, *high)
                };
                let plural = !(low == high && *low == 1.0);
                match self.unit {
                    "percent" => format!("{number}%"),
                    "percentage-point" => {
                        format!("{number} percentage point{}", if plural { "s" } else { "" })
                    }
                    "calendar-year" if low == high => format!("the year {low}"),
                    "calendar-year" => format!("the years {low}–{high}"),
                    "ordinal" => format!("ordinal {number}"),
                    "count" => match &self.counted {
                        Some(counted) => format!("{number} {counted}"),
                        None => number,
                    },
                    unit if is_duration_name(unit) => {
                        format!("{number} {unit}{}", if plural { "s" } else { "" })
                    }
                    currency => format!("{number} {}", currency.to_uppercase()),
                }
            }
            _ => String::new(),
        };
        let hedge = match self.approx {
            Approx::Exact => "",
            Approx::About => "about ",
            Approx::Nearly => "nearly ",
            Approx::MoreThan => "more than ",
            Approx::AtLeast => "at least ",
            Approx::LessThan => "less than ",
            Approx::AtMost => "at most ",
        };
        format!("{hedge}{value}")
    }
}

fn is_duration_name(name: &str) -> bool {
    matches!(
        name,
        "year" | "month" | "week" | "day" | "hour" | "minute" | "second"
    )
}

/// Large round amounts in words, as news writes them: 5600000 → "5.6 million", 3.28e10 →
/// "32.8 billion"; others with grouped digits ("12,345,678", "3.9").
pub(crate) fn readable_number(n: f64) -> String {
    match scale_of(n) {
        Some((divisor, word)) => format!("{} {word}", group_digits(n / divisor)),
        None => group_digits(n),
    }
}

/// "10–100 billion" when both ends take one scale word; else each end on its own.
fn readable_range(low: f64, high: f64) -> String {
    match (scale_of(low), scale_of(high)) {
        (Some((a, word)), Some((b, _))) if a == b => {
            format!(
                "{}–{} {word}",
                group_digits(low / a),
                group_digits(high / a)
            )
        }
        _ => format!("{}–{}", readable_number(low), readable_number(high)),
    }
}

/// The scale word for `n`, when `n` is at least a million and at most three decimals of it.
fn scale_of(n: f64) -> Option<(f64, &'static str)> {
    const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    let (divisor, word) = SCALES.into_iter().find(|(d, _)| n.abs() >= *d)?;
    let scaled = n / divisor;
    let round = ((scaled * 1000.0).round() - scaled * 1000.0).abs() < 1e-6;
    (round && scaled.abs() < 1000.0).then_some((divisor, word))
}

/// "1000000" → "1,000,000"; fractions keep their digits ("3.9").
fn group_digits(n: f64) -> String {
    let text = format!("{n}");
    let (sign, rest) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |r| ("-", r));
    let (whole, fraction) = rest
        .split_once('.')
        .map_or((rest, None), |(w, f)| (w, Some(f)));
    if whole.contains('e') {
        return text.clone();
    }
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-2"), "-2", "negative numbers stay numbers");
        assert_eq!(csv_field("-cmd"), "'-cmd");
    }

    #[test]
    fn the_csv_has_a_row_per_quantity_with_its_comparison() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        let csv = analysis.to_csv();
        assert_eq!(csv.matches("\r\n").count(), analysis.quantities.len() + 1);
        let compared = &analysis.comparisons[0];
        let q = &compared.quantities[0];
        let text = &analysis
            .quantities
            .iter()
            .find(|r| &r.id == q)
            .unwrap()
            .text;
        assert!(csv.contains(&compared.label), "{}", compared.label);
        assert!(csv.contains(text.as_str()));
    }

    #[test]
    fn every_claim_holds_a_value_or_a_speaker_and_ids_are_sequential() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        assert!(analysis.claims.len() > 20);
        for (i, claim) in analysis.claims.iter().enumerate() {
            assert_eq!(claim.id, format!("c{}", i + 1));
            assert!(
                !claim.quantities.is_empty() || claim.speaker.is_some() || claim.implicit.is_some(),
                "{claim:?}"
            );
        }
        for (i, quantity) in analysis.quantities.iter().enumerate() {
            assert_eq!(quantity.id, format!("q{}", i + 1));
            let claim = analysis
                .claims
                .iter()
                .find(|c| Some(&c.id) == quantity.claim.as_ref())
                .unwrap();
            assert!(claim.start <= quantity.start && quantity.end <= claim.end);
            assert!(claim.quantities.contains(&quantity.id));
        }
    }

    #[test]
    fn empty_documents_are_kept_and_warned_about() {
        let analysis = Analysis::of(&[Document::from_text("blank", "  \n ")]);
        assert_eq!(analysis.documents.len(), 1);
        assert_eq!(analysis.warnings[0].doc.as_deref(), Some("blank"));
        assert!(analysis.claims.is_empty());
    }

    #[test]
    fn regions_reach_claims_and_quantities() {
        let doc = Document {
            date: Some("2024-05-02".into()),
            ..Document::from_text(
                "p",
                "Output up 5%\n\nOutput rose 5% in April.\n\nCopyright 2007-2024 Example News",
            )
        };
        let analysis = Analysis::of(&[doc]);
        let regions: Vec<(&str, Region)> = analysis
            .quantities
            .iter()
            .map(|q| (q.text.as_str(), q.region))
            .collect();
        assert_eq!(
            regions,
            [
                ("5%", Region::Title),
                ("5%", Region::Body),
                ("April", Region::Body),
                ("2007-2024", Region::Boilerplate)
            ]
        );
    }

    #[test]
    fn describe_reads_like_a_person_would_say_it() {
        let text =
            "It took one to two years, over 90% said, in late 2022, with 10,000 GPUs, in 2017.";
        let analysis = Analysis::of(&[Document::from_text("d", text)]);
        let described: Vec<String> = analysis
            .quantities
            .iter()
            .map(QuantityRecord::describe)
            .collect();
        assert_eq!(
            described,
            [
                "1–2 years",
                "more than 90%",
                "2022-09-01 to 2022-12-31",
                "10,000 GPUs",
                "the year 2017"
            ]
        );
    }

    #[test]
    fn names_that_may_be_one_person_are_flagged_not_merged() {
        let first = Document::from_text(
            "a",
            "Q: Why?\n\nPat Doe: Prices rose.\n\nQ: And?\n\nAlex Kim: Wages fell.\n",
        );
        let filler = "Steel output rose 5% in May as builders kept mills busy. ".repeat(8);
        let second = Document::from_text(
            "b",
            format!(
                "{filler}Pat Doe said costs fell. Alex Kimball is a senior fellow at an institute.\n"
            ),
        );
        let analysis = Analysis::of(&[first, second]);
        let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Pat Doe", "Alex Kim", "Alex Kimball"]);
        let kim = &analysis.speakers[1];
        assert_eq!(kim.possibly_same_as.len(), 1, "{kim:?}");
        assert_eq!(kim.possibly_same_as[0].speaker, analysis.speakers[2].id);
        assert!(
            kim.possibly_same_as[0].why.contains("beside Pat Doe"),
            "{}",
            kim.possibly_same_as[0].why
        );
        assert!(analysis.speakers[0].possibly_same_as.is_empty());
    }

    #[test]
    fn whole_numbers_serialise_without_a_fraction() {
        let json = serde_json::to_string(&[
            Bound::Number(5_600_000.0),
            Bound::Number(3.9),
            Bound::Date("2024-11-01".into()),
        ])
        .unwrap();
        assert_eq!(json, r#"[5600000,3.9,"2024-11-01"]"#);
    }
}

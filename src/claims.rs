//! The claims/1 records (`contract/claims-1.md`): what an analysis holds, and nothing else.
//!
//! [`Analysis`] is plain data: the documents, their quantities and claims, the speaker
//! registry, the comparisons and the warnings, each record serialising exactly as the contract
//! says and reading back from it (the page reads its worker's output this way). The runner
//! that fills it is `analysis`; the plain-word wording of a record is `wording`. Lookups by id
//! live here, so that every reader parses an id such as "q12" the same way.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::corpus::Document;
use crate::extract::unit_named;

pub use crate::corpus::{Region, RegionSpan};
pub use crate::extract::{Approx, Change, Unit};

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
    /// Each document's lines labelled by region (title, body, teaser, boilerplate…), as the
    /// analysis found them, so that a view dims page furniture without finding it again.
    /// Not part of claims/1: an analysis read from JSON has them when the reader puts them
    /// back (the page's worker sends them apart).
    #[serde(skip)]
    pub regions: Vec<Vec<RegionSpan>>,
    /// The reader's corrections of the board, in the order made, as applied to this analysis
    /// (added to claims/1; absent when there are none). See [`Correction`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One correction a reader made to the machine's board (added to claims/1). Values are named
/// by their place in their document's text, not by id, so that a correction still points at
/// the same value when an unrelated article is added or removed (ids are counted across the
/// corpus and shift).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub kind: CorrectionKind,
    /// The values the correction is about: for `group`, the members of the new comparison;
    /// for `separate`, the values taken out of their comparison; for `dismiss` and `label`,
    /// the members of the comparison meant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<ValueRef>,
    /// The reader's label, for `label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Two speaker names, for `same-speaker` (the second is renamed to the first) and
    /// `different-speaker`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
}

/// What a reader's correction does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CorrectionKind {
    /// These values are one comparison (merging two, moving a value in, splitting some off,
    /// or starting one): they leave the comparisons they were in.
    Group,
    /// These values are in no comparison.
    Separate,
    /// The comparison of these values is not a comparison.
    Dismiss,
    /// The comparison that holds most of these values is called `label`.
    Label,
    /// The two speakers are one: every claim of the second is the first's.
    SameSpeaker,
    /// The two speakers are not one: the flag that they may be is dropped.
    DifferentSpeaker,
}

/// A value by its place: the document and the span of the quantity (or of the words that
/// state a value without a number).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ValueRef {
    pub doc: String,
    pub start: usize,
    pub end: usize,
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
    pub unit: Unit,
    pub counted: Option<String>,
    pub approx: Approx,
    pub change: Option<Change>,
    pub region: Region,
    /// Added to claims/1: the value is a movement stated as "from X to Y" ("fell from 208
    /// pounds to 193"): `low` is the level left, `high` the level reached, in the order
    /// written (`low` > `high` for a fall). Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_to: bool,
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

/// Reads a name the analysis takes from a small fixed vocabulary (the schema, units) back as
/// the `&'static str` the records hold.
fn interned<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    intern(String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
}

/// Each distinct name is allocated once per process; more distinct names than any analysis
/// writes are refused, so that hostile input cannot make the process keep allocating.
fn intern(name: String) -> Result<&'static str, String> {
    const MAX_NAMES: usize = 512;
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = names.get(name.as_str()) {
        return Ok(known);
    }
    if names.len() >= MAX_NAMES {
        return Err(format!("unexpected name “{name}”"));
    }
    let name: &'static str = Box::leak(name.into_boxed_str());
    names.insert(name);
    Ok(name)
}

/// A unit is written by its claims/1 name ("usd", "year", "percent").
impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The inverse of [`Unit`]'s `Serialize`: a name the grammar's word lists know reads back as
/// its unit; any other is a physical unit the grammar composed ("square-mile"), interned.
impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        match unit_named(&name) {
            Some(unit) => Ok(unit),
            None => intern(name)
                .map(Unit::Physical)
                .map_err(serde::de::Error::custom),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    /// Everyone the sentence gives it to when several speak together ("Jane Roe and John Doe
    /// said"), resolved like `speaker` (which is the last of them), in text order. Added to
    /// claims/1; absent when one speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speakers: Option<Vec<String>>,
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
    /// The unit most members state; durations compare in it.
    pub unit: Unit,
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
    /// When the members that do not overlap also differ in what the text says they measure,
    /// which: "scope" (a training run vs the whole), "time" (then vs now, one year vs
    /// another). Their values are not averaged into one; absent when empty (added to claims/1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub differs_in: Vec<String>,
    /// `"reader"` when a reader's correction made or changed this comparison; absent when it
    /// is the machine's (added to claims/1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
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
    pub basis: Basis,
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

/// Why two passages are taken for one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// A passage one document takes from another.
    ReusedText,
    /// Two members of one comparison that state the same value.
    SameValue,
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

    /// Includes the text of every document in the output (`--with-text`).
    pub fn with_texts(mut self, documents: &[Document]) -> Analysis {
        for (record, document) in self.documents.iter_mut().zip(documents) {
            record.text = Some(document.text.clone());
        }
        self
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&ClaimRecord> {
        let index = record_index(&self.claims, 'c', id, |c| &c.id)?;
        Some(&self.claims[index])
    }

    /// The value a quantity states, by its place (see [`ValueRef`]).
    pub fn value_ref(&self, quantity: &str) -> Option<ValueRef> {
        let q = self.quantity(quantity)?;
        Some(ValueRef {
            doc: q.doc.clone(),
            start: q.start,
            end: q.end,
        })
    }

    /// The value a comparison member states, by its place: its quantity, or the words of its
    /// claim that state a value without a number.
    pub fn member_ref(&self, member: &ComparisonMember) -> Option<ValueRef> {
        match &member.quantity {
            Some(id) => self.value_ref(id),
            None => {
                let implicit = self.claim(&member.claim)?.implicit.as_ref()?;
                Some(ValueRef {
                    doc: member.doc.clone(),
                    start: implicit.start,
                    end: implicit.end,
                })
            }
        }
    }

    /// The values of a comparison's members, by place, for a correction about it.
    pub fn comparison_values(&self, comparison: &str) -> Vec<ValueRef> {
        self.comparisons
            .iter()
            .find(|c| c.id == comparison)
            .map(|c| {
                c.members
                    .iter()
                    .filter_map(|m| self.member_ref(m))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The quantity with this id.
    pub fn quantity(&self, id: &str) -> Option<&QuantityRecord> {
        Some(&self.quantities[self.quantity_index(id)?])
    }

    /// Where the quantity with this id stands in [`Analysis::quantities`].
    pub fn quantity_index(&self, id: &str) -> Option<usize> {
        record_index(&self.quantities, 'q', id, |q| &q.id)
    }

    /// The lines of the document with this id, labelled by region; `None` when the analysis
    /// does not hold them (read from JSON without them).
    pub fn regions_of(&self, doc: &str) -> Option<&[RegionSpan]> {
        let index = self.documents.iter().position(|d| d.id == doc)?;
        self.regions.get(index).map(Vec::as_slice)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&DocumentRecord> {
        self.documents.iter().find(|d| d.id == id)
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
}

/// Where the record with `id` stands in `records`. Ids are a letter and a count from 1 ("q1",
/// "q2", …) in order, so the number is the index; ids that came from elsewhere are searched.
fn record_index<R>(
    records: &[R],
    prefix: char,
    id: &str,
    id_of: impl Fn(&R) -> &String,
) -> Option<usize> {
    let by_number = id
        .strip_prefix(prefix)
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
        .filter(|&i| records.get(i).is_some_and(|r| id_of(r) == id));
    by_number.or_else(|| records.iter().position(|r| id_of(r) == id))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn units_read_back_as_the_units_written() {
        let units = [
            Unit::Money("usd"),
            Unit::Money("gbx"),
            Unit::Duration("minute"),
            Unit::Physical("square-mile"),
            Unit::Physical("gram"),
            Unit::CalendarYear,
            Unit::PercentagePoint,
        ];
        let json = serde_json::to_string(&units).unwrap();
        assert_eq!(
            json,
            r#"["usd","gbx","minute","square-mile","gram","calendar-year","percentage-point"]"#
        );
        assert_eq!(serde_json::from_str::<Vec<Unit>>(&json).unwrap(), units);
    }

    #[test]
    fn ids_are_found_by_their_number_and_else_by_search() {
        let record = |id: &str| Warning {
            doc: None,
            message: id.to_owned(),
        };
        let records = [record("q1"), record("q2"), record("x")];
        let index = |id| record_index(&records, 'q', id, |r| &r.message);
        assert_eq!(index("q2"), Some(1));
        assert_eq!(index("x"), Some(2));
        assert_eq!(index("q3"), None);
        assert_eq!(index("q0"), None);
    }
}

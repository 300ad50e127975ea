//! The runner: the one entry point the CLI and the page share. [`Analysis::of`] (or an
//! [`Analyzer`], a document at a time) runs every stage — regions → sentences → quantities and
//! attributions → claims and the speaker registry → comparison — and fills the claims/1
//! records of `claims`. Ids are assigned in document order and position, so the same documents
//! always give the same ids.

use crate::claims::{
    Analysis, Bound, ClaimRecord, DocumentRecord, ImplicitRecord, MentionSpan, NameDiscrepancy,
    QuantityRecord, SCHEMA, SpeakerRecord, Warning,
};
use crate::compare::{Layout, compare_split, implicit_value};
use crate::corpus::{Document, Region, bio_subject, regions, sentence_regions};
use crate::extract::{Quantity, Resolved, Value, attributions_visiting, quantities_in, resolve};
use crate::text::hash::{FxHashMap, FxHashSet};
use crate::text::{Span, sentences};
use crate::wording;

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
    /// Where each speaker's entry is, by name.
    speaker_index: FxHashMap<String, usize>,
    /// (speaker entry, document id) for every document an entry lists: a speaker quoted across
    /// thousands of documents is not searched for each.
    speaker_docs: FxHashSet<(usize, String)>,
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
            speaker_index: FxHashMap::default(),
            speaker_docs: FxHashSet::default(),
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
        self.analysis.documents.push(DocumentRecord {
            id: document.id.clone(),
            title: document.title.clone(),
            outlet: document.outlet.clone(),
            date: document.date.clone(),
            url: document.url.clone(),
            bytes: document.text.len(),
            text: None,
        });
        if document.text.trim().is_empty() {
            self.analysis.warnings.push(Warning {
                doc: Some(document.id.clone()),
                message: "the document has no text".to_owned(),
            });
            self.layouts.push(None);
        } else {
            let layout = self.add_claims(document);
            self.layouts.push(Some(layout));
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
            let claim_id = format!("c{}", self.analysis.claims.len() + 1);
            let mut quantity_ids = Vec::with_capacity(found.len());
            for quantity in found {
                let id = format!("q{}", self.analysis.quantities.len() + 1);
                quantity_ids.push(id.clone());
                self.analysis
                    .quantities
                    .push(quantity_record(id, document, &claim_id, quantity, region));
            }
            if let (Some(attribution), Some(speaker)) = (&attribution, &speaker) {
                self.register(document, attribution.source.of(text), speaker);
            }
            self.analysis.claims.push(ClaimRecord {
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
                self.analysis.speakers.push(SpeakerRecord {
                    id: format!("p{}", self.analysis.speakers.len() + 1),
                    name: speaker.name.clone(),
                    aliases: Vec::new(),
                    descriptions: Vec::new(),
                    docs: Vec::new(),
                    possibly_same_as: Vec::new(),
                });
                self.speaker_index
                    .insert(speaker.name.clone(), self.analysis.speakers.len() - 1);
                self.analysis.speakers.len() - 1
            }
        };
        let entry = &mut self.analysis.speakers[index];
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

impl Analysis {
    /// Analyses `documents` as one corpus.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// use claimscope::extract::Unit;
    /// let doc = Document::from_text(
    ///     "chips",
    ///     "Chip curbs tighten\n\nThe lab has fewer than 100 employees. The lab spent $5.6M on training.",
    /// );
    /// let analysis = Analysis::of(&[doc]);
    /// assert_eq!(analysis.claims.len(), 2);
    /// let money = &analysis.quantities[1];
    /// assert_eq!((money.text.as_str(), money.unit), ("$5.6M", Unit::Money("usd")));
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
                let why = wording::possibly_same_person(
                    &given(&a.name).unwrap_or_default(),
                    &c.name,
                    (&a.name, &a.docs),
                    (&b.name, &b.docs),
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
        unit: quantity.unit,
        counted: quantity.counted,
        approx: quantity.approx,
        change: quantity.change,
        region,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

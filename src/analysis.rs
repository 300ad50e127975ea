//! The runner: the one entry point the CLI and the page share. [`Analysis::of`] (or an
//! [`Analyzer`], a document at a time) runs every stage — regions → sentences → quantities and
//! attributions → claims and the speaker registry → comparison — and fills the claims/1
//! records of `claims`. Ids are assigned in document order and position, so the same documents
//! always give the same ids.

mod corrected;

use crate::claims::{
    Analysis, Bound, ClaimRecord, DocumentRecord, ImplicitRecord, MentionSpan, NameDiscrepancy,
    QuantityRecord, SCHEMA, SpeakerRecord, Warning,
};
use crate::compare::{Layout, Vocabulary, compare_split, terms_of_tokens};
use crate::corpus::{Document, Region, bio_subject, regions, sentence_regions, unique_ids};
use crate::extract::{
    Attribution, ImplicitValue, Quantity, Resolved, Resolver, SplitReport, Value,
    attributions_visiting, implicit_value_in, quantities_in, split_report,
};
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
    /// The words of the layouts' terms, numbered as the sentences are read.
    vocabulary: Vocabulary,
    /// Where each speaker's entry is, by name.
    speaker_index: FxHashMap<String, usize>,
    /// (speaker entry, document id) for every document an entry lists: a speaker quoted across
    /// thousands of documents is not searched for each.
    speaker_docs: FxHashSet<(usize, String)>,
    /// Registry entries by their acronym ("OECD" for "Organisation for Economic Co-operation
    /// and Development", and "OECD" itself), so that the two forms are one entry.
    /// None once two full names share an acronym ("Austin Police Department" and "Albany
    /// Police Department" are both "APD"): an ambiguous acronym joins nothing further.
    speaker_acronyms: FxHashMap<String, Option<usize>>,
    bytes_read: usize,
    bytes: usize,
    /// The new id of each document whose id an earlier one already has (`corpus::unique_ids`):
    /// every record names its document by id, so two documents must not share one.
    renamed: Vec<Option<String>>,
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
            vocabulary: Vocabulary::new(),
            speaker_index: FxHashMap::default(),
            speaker_docs: FxHashSet::default(),
            speaker_acronyms: FxHashMap::default(),
            bytes_read: 0,
            bytes: documents.iter().map(|d| d.text.len()).sum(),
            renamed: unique_ids(documents),
        }
    }

    /// Reads the next document of `documents` (the set given to [`Analyzer::new`]); `false`
    /// once all have been read.
    pub fn step(&mut self, documents: &[Document]) -> bool {
        let Some(document) = documents.get(self.next) else {
            return false;
        };
        let renamed_document;
        let document = match self.renamed.get(self.next).cloned().flatten() {
            Some(id) => {
                self.analysis.warnings.push(Warning {
                    doc: Some(id.clone()),
                    message: format!(
                        "another document has the id {:?}; this one is {id:?}",
                        document.id
                    ),
                });
                renamed_document = Document {
                    id,
                    ..document.clone()
                };
                &renamed_document
            }
            None => document,
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
            self.analysis.regions.push(Vec::new());
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
        // The comparison reads each document under the id the analysis gave it.
        let found = compare_split(documents, &analysis, self.layouts, self.vocabulary);
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
        let lines = regions(text, &document.title);
        let regions = sentence_regions(text, &sentences, &lines);
        self.analysis.regions.push(lines);
        // Quantities, values stated in words and the terms the comparison weighs are found as
        // attribution tokenises each sentence, from the same tokens; the tokens are kept for
        // the cuts of sentences holding two reports.
        let mut quantities_found = Vec::with_capacity(sentences.len());
        let mut implicit_found = Vec::with_capacity(sentences.len());
        let mut terms = Vec::with_capacity(sentences.len());
        let mut tokenised_all = Vec::with_capacity(sentences.len());
        let vocabulary = &mut self.vocabulary;
        let attributed = attributions_visiting(text, &sentences, |index, tokenised| {
            quantities_found.push(quantities_in(text, sentences[index], &tokenised, year));
            implicit_found.push(implicit_value_in(text, sentences[index], &tokenised));
            terms.push(terms_of_tokens(
                text,
                sentences[index],
                &tokenised.tokens,
                vocabulary,
            ));
            tokenised_all.push(tokenised);
        });
        // A sentence holding two reports by different sources ("Roe said …, while Doe
        // argued …") is two claims, one a clause. Only a sentence's own cue is cut: one
        // carried over from an interview label or a quotation stays whole.
        let splits: Vec<Option<SplitReport>> = sentences
            .iter()
            .zip(&attributed)
            .zip(&tokenised_all)
            .map(|((&sentence, attribution), tokenised)| {
                let own = attribution.as_ref().is_some_and(|a| {
                    a.via.is_none() && sentence.start <= a.cue.start && a.cue.end <= sentence.end
                });
                own.then(|| split_report(text, sentence, tokenised))
                    .flatten()
            })
            .collect();
        // Each sentence's speaker, and each clause's of a sentence cut in two, resolved as if
        // its attribution stood in its sentence's place.
        let mut speakers = Vec::with_capacity(sentences.len());
        let mut clause_speakers = Vec::with_capacity(sentences.len());
        let mut resolver = Resolver::new(text, &sentences, &attributed);
        for (index, (whole, split)) in attributed.iter().zip(&splits).enumerate() {
            clause_speakers.push(match split {
                // A pronoun opening the second report stands for the first report's speaker.
                Some(split) if split.continues_first => {
                    let first = resolver.apart(index, &split.first_attribution);
                    (first.clone(), first)
                }
                // A pronoun opening the first report stands for the second's source.
                Some(split) if split.first_is_second => {
                    let second = resolver.apart(index, &split.second_attribution);
                    (second.clone(), second)
                }
                Some(split) => (
                    resolver.apart(index, &split.first_attribution),
                    resolver.apart(index, &split.second_attribution),
                ),
                None => (None, None),
            });
            speakers.push(whole.as_ref().and_then(|a| resolver.next(index, a)));
        }
        let parts = sentences
            .iter()
            .copied()
            .zip(regions.iter().copied())
            .zip(attributed.into_iter().zip(speakers))
            .zip(quantities_found.into_iter().zip(implicit_found))
            .zip(splits.into_iter().zip(clause_speakers))
            .flat_map(
                |((((sentence, region), (attribution, speaker)), (found, implicit)), split)| {
                    let whole = Clause {
                        span: sentence,
                        region,
                        attribution,
                        speaker,
                        found,
                        implicit,
                    };
                    clauses_of(whole, split)
                },
            );
        for clause in parts {
            let Clause {
                span: sentence,
                region,
                attribution,
                speaker,
                found,
                implicit,
            } = clause;
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
                    co_speakers: Vec::new(),
                };
                self.register(document, &author.name.clone(), &author);
            }
            // Own-voice sentences without numbers say nothing to compare: no claim.
            let (attribution, speaker) = match (attribution, speaker) {
                (Some(a), Some(s)) => (Some(a), Some(s)),
                _ => (None, None),
            };
            // "halved" read by the quantity grammar is not also a value stated in words.
            let implicit = implicit
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
                for (span, name) in attribution.co_sources.iter().zip(&speaker.co_speakers) {
                    let co_speaker = Resolved {
                        name: name.clone(),
                        is_name: true,
                        description: None,
                        via: None,
                        co_speakers: Vec::new(),
                    };
                    self.register(document, span.of(text), &co_speaker);
                }
            }
            // Everyone who speaks together, in text order, when several do.
            let speakers = speaker
                .as_ref()
                .filter(|s| !s.co_speakers.is_empty())
                .map(|s| {
                    let mut all = s.co_speakers.clone();
                    all.push(s.name.clone());
                    all
                });
            self.analysis.claims.push(ClaimRecord {
                id: claim_id,
                doc: document.id.clone(),
                start: sentence.start,
                end: sentence.end,
                text: sentence.of(text).to_owned(),
                via: speaker.as_ref().and_then(|s| s.via.clone()),
                speaker: speaker.map(|s| s.name),
                speakers,
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
        Layout {
            sentences,
            regions,
            terms,
        }
    }

    /// Adds a named speaker to the corpus registry: one entry per full name, with the forms the
    /// texts used for it, the descriptions they gave, and the documents it speaks in.
    fn register(&mut self, document: &Document, mention: &str, speaker: &Resolved) {
        if !speaker.is_name {
            return;
        }
        let acronym = acronym_of(&speaker.name);
        let known = self.speaker_index.get(&speaker.name).copied().or_else(|| {
            let index = (*self.speaker_acronyms.get(acronym.as_deref()?)?)?;
            // One form is the acronym, the other the full name: never two full names.
            let other = &self.analysis.speakers[index].name;
            (is_acronym(other) != is_acronym(&speaker.name)).then_some(index)
        });
        let index = match known {
            Some(index) => index,
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
                if let Some(acronym) = acronym {
                    let new = self.analysis.speakers.len() - 1;
                    let speakers = &self.analysis.speakers;
                    self.speaker_acronyms
                        .entry(acronym)
                        .and_modify(|known| {
                            // Two full names with one acronym: ambiguous from now on.
                            if known.is_some_and(|i| !is_acronym(&speakers[i].name))
                                && !is_acronym(&speakers[new].name)
                            {
                                *known = None;
                            }
                        })
                        .or_insert(Some(new));
                }
                self.analysis.speakers.len() - 1
            }
        };
        // "OECD" then "Organisation for Economic …": the entry keeps the first form as its
        // name and the other as an alias.
        let alias_of_entry = speaker.name != self.analysis.speakers[index].name;
        if alias_of_entry {
            self.speaker_index.insert(speaker.name.clone(), index);
        }
        let entry = &mut self.analysis.speakers[index];
        let alias = mention.trim().to_owned();
        let is_pronoun = matches!(alias.to_lowercase().as_str(), "he" | "she" | "they");
        // A form of the name ("Lee", "OECD"), not a description resolved to it ("The firm",
        // "the company's annual report"): every word capitalised but connectors.
        let is_name_form = alias.split_whitespace().all(|w| {
            w.starts_with(|c: char| !c.is_lowercase()) || matches!(w, "of" | "for" | "and" | "de")
        }) && !alias.starts_with("The ")
            && !alias.starts_with("A ")
            && !alias.starts_with("An ");
        if alias != entry.name && !is_pronoun && is_name_form && !entry.aliases.contains(&alias) {
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
            regions: Vec::new(),
            corrections: Vec::new(),
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
            let (Some(surname_a), Some(surname_b)) = (
                a.name.split_whitespace().last(),
                b.name.split_whitespace().last(),
            ) else {
                continue;
            };
            let apart = a.docs.iter().all(|d| !b.docs.contains(d));
            if !(surname_a != surname_b
                && apart
                && looks_personal(&a.name)
                && looks_personal(&b.name)
                && surname_variants(surname_a, surname_b))
            {
                continue;
            }
            // A co-speaker is evidence only when few documents quote it: everyone appears
            // beside a president quoted in every article.
            let beside = self.speakers.iter().find(|c| {
                c.id != a.id
                    && c.id != b.id
                    && c.docs.len() <= 3
                    && c.docs.iter().any(|d| a.docs.contains(d))
                    && c.docs.iter().any(|d| b.docs.contains(d))
            });
            if let Some(c) = beside {
                let why = wording::possibly_same_person(
                    &given(&a.name).unwrap_or_default(),
                    (surname_a, surname_b),
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

/// An acronym: two to six capital letters ("OECD", "MIT", "IMF").
fn is_acronym(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The acronym that `name` is, or that its initials make: "OECD" for itself and for
/// "Organisation for Economic Co-operation and Development" (the capitalised parts of a
/// hyphenated word count: "Co-operation" gives "C"; "of", "for", "and", "the" give none).
fn acronym_of(name: &str) -> Option<String> {
    if is_acronym(name) {
        return Some(name.to_owned());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let mut initials = String::new();
    for word in words {
        let first = word.chars().next()?;
        if first.is_uppercase() {
            initials.push(first);
        } else if !["of", "for", "and", "the", "on", "in", "to", "de", "&"].contains(&word) {
            return None;
        }
    }
    is_acronym(&initials)
        .then_some(initials)
        .filter(|a| a.len() >= 3)
}

/// A person's name as written: two or three capitalised words in mixed case ("Jane Roe"), not
/// an organisation ("The FBI") or a phrase opening with a common word.
fn looks_personal(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && !crate::extract::opens_sentences(words[0])
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
}

/// Two surnames that may be one spelled two ways: one extends the other ("Kim", "Kimball"),
/// or they open alike and are about as long ("Hansen", "Hanson"; "Stevens", "Stephens") —
/// but not "Perdue" and "Plouffe".
fn surname_variants(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let opening = |w: &str| w.chars().take(2).collect::<String>();
    let (la, lb) = (a.chars().count(), b.chars().count());
    let extends = la.min(lb) >= 3 && (a.starts_with(&b) || b.starts_with(&a));
    extends || (la.min(lb) >= 4 && opening(&a) == opening(&b) && la.abs_diff(lb) <= 2)
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
        from_to: quantity.from_to,
    }
}

/// One claim's worth of a sentence: a whole sentence, or one of the two clauses of a sentence
/// holding two reports.
struct Clause {
    span: Span,
    region: Region,
    attribution: Option<Attribution>,
    speaker: Option<Resolved>,
    /// The quantities inside `span`.
    found: Vec<Quantity>,
    /// The value stated in words inside `span`, if any.
    implicit: Option<ImplicitValue>,
}

/// The claims a sentence makes: itself whole, or, when it holds two reports whose speakers
/// resolve to two different names ("she" may be the first speaker again), its two clauses,
/// each with its own speaker and the quantities and value in words inside it.
fn clauses_of(
    whole: Clause,
    (split, (first_speaker, second_speaker)): (
        Option<SplitReport>,
        (Option<Resolved>, Option<Resolved>),
    ),
) -> Vec<Clause> {
    let (Some(split), Some(first_speaker), Some(second_speaker)) =
        (split, first_speaker, second_speaker)
    else {
        return vec![whole];
    };
    // Two reports of one speaker stay one claim, unless the second names the speaker again
    // by a pronoun ("…, but she added …"): each report is then a claim with its own mention.
    if first_speaker
        .name
        .eq_ignore_ascii_case(&second_speaker.name)
        && !split.continues_first
        && !split.first_is_second
    {
        return vec![whole];
    }
    // A value across the cut ("between 2 and 3 percent") keeps the sentence whole.
    let straddles = |span: Span| span.start < split.second.start && span.end > split.first.end;
    if whole.found.iter().any(|q| straddles(q.span))
        || whole.implicit.as_ref().is_some_and(|v| straddles(v.span))
    {
        return vec![whole];
    }
    let Clause {
        region,
        found,
        implicit,
        ..
    } = whole;
    let in_second = |start: usize| start >= split.second.start;
    let (second_found, first_found): (Vec<Quantity>, Vec<Quantity>) =
        found.into_iter().partition(|q| in_second(q.span.start));
    let (second_implicit, first_implicit) = match implicit {
        Some(v) if in_second(v.span.start) => (Some(v), None),
        v => (None, v),
    };
    vec![
        Clause {
            span: split.first,
            region,
            attribution: Some(split.first_attribution),
            speaker: Some(first_speaker),
            found: first_found,
            implicit: first_implicit,
        },
        Clause {
            span: split.second,
            region,
            attribution: Some(split.second_attribution),
            speaker: Some(second_speaker),
            found: second_found,
            implicit: second_implicit,
        },
    ]
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
    fn a_sentence_is_cut_in_two_claims_only_for_two_different_speakers() {
        let claims = |text: &str| -> Vec<(String, Option<String>)> {
            Analysis::of(&[Document::from_text("a", text)])
                .claims
                .into_iter()
                .map(|c| (c.text, c.speaker))
                .collect()
        };
        let two = claims(
            "Bridge costs\n\nJane Roe said the bridge would cost $2 billion, but John Doe argued it would cost $3 billion.\n",
        );
        let said: Vec<_> = two.iter().filter(|(_, s)| s.is_some()).collect();
        assert_eq!(said.len(), 2, "{two:?}");
        assert_eq!(said[1].1.as_deref(), Some("John Doe"));
        // Two reports of one speaker named twice stay one claim, the sentence whole.
        let one = claims(
            "Bridge costs\n\nJane Roe said the bridge would cost $2 billion, and Roe added that it would pay for itself.\n",
        );
        let said: Vec<_> = one.iter().filter(|(_, s)| s.is_some()).collect();
        assert_eq!(said.len(), 1, "{one:?}");
        assert!(said[0].0.ends_with("pay for itself."), "{one:?}");
    }

    #[test]
    fn a_pronoun_opening_a_second_report_is_the_first_speaker_in_a_claim_of_its_own() {
        let text = "Bridge costs\n\nMark Poe spoke first. Jane Roe said the bridge would cost $2 billion, though she acknowledged that it might run late.\n";
        let analysis = Analysis::of(&[Document::from_text("a", text)]);
        let said: Vec<(&str, Option<&str>, &str)> = (analysis.claims.iter())
            .filter_map(|c| {
                let mention = c.speaker_mention.as_ref()?;
                let written = &text[mention.start..mention.end];
                Some((c.text.as_str(), c.speaker.as_deref(), written))
            })
            .collect();
        assert_eq!(
            said,
            [
                (
                    "Jane Roe said the bridge would cost $2 billion",
                    Some("Jane Roe"),
                    "Jane Roe"
                ),
                (
                    "she acknowledged that it might run late.",
                    Some("Jane Roe"),
                    "she"
                ),
            ]
        );
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

    /// Regression: two documents with one id made the comparison read one document's spans
    /// in the other's text, and panic.
    #[test]
    fn documents_that_share_an_id_are_both_analysed_under_unique_ids() {
        let first = Document::from_text(
            "report",
            "Fire on Elm Street\n\nThe fire destroyed 12 homes on Elm Street and injured \
             three people, fire officials said on Tuesday after a long night.\n",
        );
        let second = Document::from_text(
            "report",
            "Elm Street fire\n\nFire officials said the Elm Street fire destroyed 15 homes.\n",
        );
        let analysis = Analysis::of(&[first, second]);
        let ids: Vec<&str> = analysis.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["report", "report-2"]);
        assert!(
            analysis
                .warnings
                .iter()
                .any(|w| w.doc.as_deref() == Some("report-2")
                    && w.message.contains("another document has the id"))
        );
        // Every record still points into its own document's text.
        for claim in &analysis.claims {
            let document = analysis.document(&claim.doc).unwrap();
            assert!(claim.end <= document.bytes, "{claim:?}");
        }
        assert!(analysis.claims.iter().any(|c| c.doc == "report-2"));
    }

    #[test]
    fn an_acronym_and_its_full_name_are_one_speaker() {
        let first = Document::from_text(
            "a",
            "According to the Organisation for Economic Co-operation and Development, growth \
             slowed to 2%.\n",
        );
        let second = Document::from_text("b", "Growth will slow to 2%, the OECD said.\n");
        let third = Document::from_text("c", "Growth rose 3%, Jane Roe said.\n");
        let analysis = Analysis::of(&[first, second, third]);
        let names: Vec<(&str, &[String])> = analysis
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.aliases.as_slice()))
            .collect();
        assert_eq!(
            names,
            [
                (
                    "Organisation for Economic Co-operation and Development",
                    &["OECD".to_owned()][..]
                ),
                ("Jane Roe", &[][..])
            ]
        );
        assert_eq!(acronym_of("Jane Roe"), None);
        // Two full names with one acronym: the acronym joins neither after the second.
        let docs = [
            "Prices rose 2%, according to the Austin Police Department.\n",
            "Crime fell 3%, according to the Albany Police Department.\n",
            "Arrests rose 4%, the APD said.\n",
        ];
        let docs: Vec<Document> = (docs.iter().enumerate())
            .map(|(i, &t)| Document::from_text(format!("d{i}"), t))
            .collect();
        let analysis = Analysis::of(&docs);
        assert_eq!(analysis.speakers.len(), 3, "{:?}", analysis.speakers);
        assert_eq!(
            acronym_of("Massachusetts Institute of Technology").as_deref(),
            Some("MIT")
        );
    }

    #[test]
    fn a_description_resolved_to_a_name_is_not_one_of_its_forms() {
        let doc = Document::from_text(
            "a",
            "Sales rose 5%, said Acme, a chip firm, on Monday. The firm said costs fell 2%, \
             which Jane Roe said was expected. Roe said profits rose 3%.\n",
        );
        let analysis = Analysis::of(&[doc]);
        let forms: Vec<(&str, &[String])> = analysis
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.aliases.as_slice()))
            .collect();
        assert_eq!(
            forms,
            [("Acme", &[][..]), ("Jane Roe", &["Roe".to_owned()][..])]
        );
    }

    #[test]
    fn only_surnames_spelled_alike_may_be_one_person() {
        assert!(surname_variants("Kim", "Kimball"));
        assert!(surname_variants("Wakeman", "Waakeman"));
        assert!(!surname_variants("Perdue", "Plouffe"));
        assert!(!surname_variants("Mexico", "York"));
        assert!(looks_personal("Jane Roe") && !looks_personal("The FBI"));
        assert!(!looks_personal("FBI Director"));
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

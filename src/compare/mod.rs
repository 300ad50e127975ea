//! Where sources agree or diverge: topics across documents, verdicts on hedged intervals, text
//! reuse, attribution divergence and the independence of agreeing sources.
//!
//! [`compare`] reads an analysis whose claims, quantities and speakers are complete and
//! returns the records that claims/1 lists under `comparisons`, `reuse` and
//! `attribution_divergences`. Every decision is made from general evidence (units, rarity of
//! words, one axis lexicon, one hedge table); nothing names a particular text.

mod corrections;
mod entities;
mod frame;
mod interval;
mod label;
mod records;
mod reuse;
mod topics;
mod words;

pub use interval::Interval;
pub(crate) use words::{Vocabulary, terms_of_tokens};

use std::collections::BTreeSet;

use crate::claims::{
    Analysis, AttributionDivergence, Bound, ClaimRecord, ComparisonMember, ComparisonRecord,
    ImplicitRecord, QuantityRecord, ReuseRecord, Verdict,
};
use crate::corpus::{Document, Region, regions, sentence_regions};
use crate::extract::{Approx, Change, Unit};
use crate::text::hash::FxHashMap;
use crate::text::{Span, sentences};
use crate::wording::{self, SourceName};
use entities::Entities;
use frame::{frame_of, hypothetical, inherit_frames, model_categories};
use records::{attribution_divergences, copy_record, reuse_records};
use reuse::{SentenceTerms, shared_passages};
use topics::{Candidate, ContextTerm, Dimension, Rarity, clause, topics};
use words::{Key, Term, normalise, terms};

/// What [`compare`] finds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparisons {
    pub comparisons: Vec<ComparisonRecord>,
    pub reuse: Vec<ReuseRecord>,
    pub attribution_divergences: Vec<AttributionDivergence>,
    /// A note for each of the analysis's corrections that could not be applied.
    pub dropped_corrections: Vec<String>,
}

/// Compares the claims of `analysis`, whose documents are `documents` (same order).
pub fn compare(documents: &[Document], analysis: &Analysis) -> Comparisons {
    compare_split(documents, analysis, Vec::new(), Vocabulary::new())
}

/// The sentences of one document and the region each stands in, as the extraction found them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub sentences: Vec<Span>,
    /// `regions[i]` is the region of `sentences[i]`.
    pub regions: Vec<Region>,
    /// `terms[i]` is the terms of `sentences[i]`, found from the tokens the extraction made
    /// (in the vocabulary handed to the comparison with the layouts); empty when not found.
    pub(crate) terms: Vec<Vec<Term>>,
}

impl Layout {
    /// Finds the sentences of `document` and their regions.
    pub fn of(document: &Document) -> Layout {
        let text = &document.text;
        let sentences = sentences(text);
        let regions = sentence_regions(text, &sentences, &regions(text, &document.title));
        Layout {
            sentences,
            regions,
            terms: Vec::new(),
        }
    }
}

/// [`compare`], given the sentences, regions and terms the extraction already found
/// (`layouts[i]` for `documents[i]`; a missing entry is found again) and the vocabulary that
/// numbers those terms.
pub(crate) fn compare_split(
    documents: &[Document],
    analysis: &Analysis,
    layouts: Vec<Option<Layout>>,
    mut vocabulary: Vocabulary,
) -> Comparisons {
    let under_analysis_ids = under_analysis_ids(documents, analysis);
    let documents = under_analysis_ids.as_deref().unwrap_or(documents);
    let copy_of = first_copies(documents);
    let words = SentenceWords::of(documents, analysis, layouts, &copy_of, &mut vocabulary);
    let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
    let entities = Entities::new(&texts, &words.body, &mut vocabulary);
    let mut passages = shared_passages(&words.body, &words.rarity);
    // Reports of different stories share only the phrasing of their kind of news ("was taken
    // to a local hospital and pronounced dead") and their stations' furniture: no document
    // draws on the other.
    // Nor does a site's furniture that two of its pages carry (a sign-up form, "keep checking
    // example.com for updates"), whatever their stories, nor a police force's phrasing that
    // its city's reports all print ("District detectives are handling the investigation"): a
    // passage that is half furniture is the site's or the force's, not the article's.
    // Each sentence is judged once, and only in passages of one story: boilerplate sentences
    // stand in many passages, most of them between different stories.
    let furniture_of: Vec<std::cell::OnceCell<bool>> =
        (0..words.body.len()).map(|_| Default::default()).collect();
    let furniture = |sentence: usize| {
        *furniture_of[sentence].get_or_init(|| {
            let s = &words.body[sentence];
            let text = &documents[s.doc].text;
            reuse::page_furniture(s.span.of(text)) || reuse::investigation_boilerplate(s, text)
        })
    };
    passages.retain(|p| {
        entities.same_story(p.a_doc, p.b_doc) && {
            let furnished = p
                .sentences
                .iter()
                .filter(|&&(a, b)| furniture(a) || furniture(b))
                .count();
            furnished * 2 < p.sentences.len()
        }
    });
    let mut reuse = reuse_records(documents, &words.body, &passages);
    for (doc, first) in copy_of.iter().enumerate() {
        if let Some(first) = *first {
            reuse.push(copy_record(&documents[first], &documents[doc]));
        }
    }
    let linked = lines_of_sources(documents, &reuse);
    let (mut candidates, counted) = candidates(
        documents,
        analysis,
        &copy_of,
        &words,
        &entities,
        &mut vocabulary,
    );
    inherit_frames(&mut candidates);
    let groups: Vec<Vec<usize>> = without_restatements(
        topics(&candidates, &words.rarity, &counted, &vocabulary, |a, b| {
            entities.same_story(a.doc, b.doc)
                || entities.share_a_subject(&a.frame.entities, &b.frame.entities)
        }),
        &candidates,
    )
    .into_iter()
    .filter(|group| !one_document_at_odds_with_itself(group, &candidates, analysis))
    .collect();
    // The reader's corrections apply to the machine's groups (a reader may still group what
    // the filter above leaves apart).
    let (cards, dropped_corrections) =
        corrections::apply(groups, &candidates, analysis, &analysis.corrections);
    let mut comparisons = Vec::new();
    for card in cards {
        let id = format!("t{}", comparisons.len() + 1);
        let mut record = comparison(
            id,
            &card.members,
            &candidates,
            analysis,
            documents,
            &linked,
            &vocabulary,
        );
        if let Some(label) = card.label {
            record.label = label;
        } else if record.label.trim().is_empty() {
            // Members whose clauses share no words still need a name a reader can find the
            // card by.
            record.label = if card.by_reader {
                wording::READER_GROUP_LABEL.to_owned()
            } else {
                wording::unnamed_comparison_label(record.unit)
            };
        }
        if card.by_reader {
            record.by = Some("reader".to_owned());
        }
        comparisons.push(record);
    }
    let attribution_divergences = attribution_divergences(
        analysis,
        documents,
        &words.body,
        &passages,
        &comparisons,
        &words.rarity,
        &reuse,
    );
    Comparisons {
        comparisons,
        reuse,
        attribution_divergences,
        dropped_corrections,
    }
}

/// The documents under the ids the analysis gave them, when any differs: every record names
/// its document by id, and the analysis gives a repeated id a suffix ("report-2"). Compared
/// under their own ids, two documents that share one would each find the other's claims.
fn under_analysis_ids(documents: &[Document], analysis: &Analysis) -> Option<Vec<Document>> {
    let renamed =
        |(document, record): (&Document, &crate::claims::DocumentRecord)| document.id != record.id;
    if !documents.iter().zip(&analysis.documents).any(renamed) {
        return None;
    }
    Some(
        documents
            .iter()
            .enumerate()
            .map(|(i, document)| match analysis.documents.get(i) {
                Some(record) if record.id != document.id => Document {
                    id: record.id.clone(),
                    ..document.clone()
                },
                _ => document.clone(),
            })
            .collect(),
    )
}

/// For each document, the earlier document it repeats word for word, if any. Such copies (a
/// wire story several outlets run) are matched once, through the first: n copies would
/// otherwise be n² pairs of identical passages.
fn first_copies(documents: &[Document]) -> Vec<Option<usize>> {
    let mut first_copy: FxHashMap<&str, usize> = FxHashMap::default();
    documents
        .iter()
        .enumerate()
        .map(|(i, d)| match first_copy.get(d.text.as_str()) {
            Some(&first) => Some(first),
            None => {
                first_copy.insert(&d.text, i);
                None
            }
        })
        .collect()
}

/// The words of every sentence, found once for rarity, reuse and topics.
struct SentenceWords {
    rarity: Rarity,
    /// The sentences of the body and teasers, in document order: what reuse compares.
    body: Vec<SentenceTerms>,
    /// The terms of sentences outside the body and teasers, kept only for the claims there
    /// (titles): by (doc, sentence start), with the sentence's end.
    others: FxHashMap<(usize, usize), (usize, Vec<Term>)>,
}

impl SentenceWords {
    fn of(
        documents: &[Document],
        analysis: &Analysis,
        mut layouts: Vec<Option<Layout>>,
        copy_of: &[Option<usize>],
        vocabulary: &mut Vocabulary,
    ) -> SentenceWords {
        let mut words = SentenceWords {
            rarity: Rarity::new(),
            body: Vec::new(),
            others: FxHashMap::default(),
        };
        // Where claims start: a sentence is claimed when one starts inside it (a sentence
        // holding two reports is two claims, the second starting mid-sentence).
        let claim_starts: BTreeSet<(&str, usize)> = analysis
            .claims
            .iter()
            .map(|c| (c.doc.as_str(), c.start))
            .collect();
        let claimed = |doc: &str, span: Span| {
            claim_starts
                .range((doc, span.start)..(doc, span.end.max(span.start + 1)))
                .next()
                .is_some()
        };
        for (doc, document) in documents.iter().enumerate() {
            // A copy would count every word twice: it weighs nothing, as it states nothing new.
            if copy_of[doc].is_some() {
                continue;
            }
            let text = &document.text;
            let mut found_again;
            let layout = match layouts.get_mut(doc) {
                Some(Some(layout)) => layout,
                _ => {
                    found_again = Layout::of(document);
                    &mut found_again
                }
            };
            for (k, (&span, &region)) in layout.sentences.iter().zip(&layout.regions).enumerate() {
                let found = match layout.terms.get_mut(k) {
                    Some(found) => std::mem::take(found),
                    None => terms(text, span, vocabulary),
                };
                words.rarity.add_sentence(&found);
                if matches!(region, Region::Body | Region::Teaser) {
                    words.body.push(SentenceTerms {
                        doc,
                        span,
                        terms: found,
                    });
                } else if claimed(document.id.as_str(), span) {
                    words.others.insert((doc, span.start), (span.end, found));
                }
            }
        }
        words
    }

    /// The sentence that holds `claim` (a whole sentence, or one clause of a sentence holding
    /// two reports), among those whose words were kept; `claim` itself when none is.
    fn sentence_containing(&self, doc: usize, claim: Span) -> Span {
        let after = self
            .body
            .partition_point(|s| (s.doc, s.span.start) <= (doc, claim.start));
        let holds = |span: Span| span.start <= claim.start && claim.end <= span.end;
        if let Some(s) = after.checked_sub(1).map(|at| &self.body[at])
            && s.doc == doc
            && holds(s.span)
        {
            return s.span;
        }
        if let Some((end, _)) = self.others.get(&(doc, claim.start)) {
            return Span::new(claim.start, *end);
        }
        self.others
            .iter()
            .map(|(&(d, start), (end, _))| (d, Span::new(start, *end)))
            .find(|&(d, span)| d == doc && holds(span))
            .map_or(claim, |(_, span)| span)
    }

    /// The terms found for a claim's sentence (looked up, not found again).
    fn of_sentence(&self, doc: usize, span: Span) -> Option<&[Term]> {
        let at = self
            .body
            .partition_point(|s| (s.doc, s.span.start) < (doc, span.start));
        match self.body.get(at) {
            Some(s) if s.doc == doc && s.span == span => Some(&s.terms),
            _ => self
                .others
                .get(&(doc, span.start))
                .filter(|(end, _)| *end == span.end)
                .map(|(_, terms)| terms.as_slice()),
        }
    }
}

/// For each document, one representative of the documents joined to it by shared text,
/// directly or through others: they are one line of sources.
fn lines_of_sources(documents: &[Document], reuse: &[ReuseRecord]) -> Vec<usize> {
    fn root(family: &mut [usize], mut i: usize) -> usize {
        while family[i] != i {
            family[i] = family[family[i]];
            i = family[i];
        }
        i
    }
    let mut family: Vec<usize> = (0..documents.len()).collect();
    let doc_position: FxHashMap<&str, usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    for record in reuse {
        if let (Some(&a), Some(&b)) = (
            doc_position.get(record.docs[0].as_str()),
            doc_position.get(record.docs[1].as_str()),
        ) {
            let (ra, rb) = (root(&mut family, a), root(&mut family, b));
            family[ra] = rb;
        }
    }
    (0..documents.len()).map(|i| root(&mut family, i)).collect()
}

/// The values that may be compared, each with its context words, and for each the words of
/// what it counts (empty when it counts nothing named). A claim gives one candidate per
/// quantity of a kind that compares, and one for a value it states in words.
fn candidates(
    documents: &[Document],
    analysis: &Analysis,
    copy_of: &[Option<usize>],
    words: &SentenceWords,
    entities: &Entities,
    vocabulary: &mut Vocabulary,
) -> (Vec<Candidate>, Vec<Vec<Key>>) {
    let model_categories = model_categories(analysis);
    let doc_position: FxHashMap<&str, usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut candidates = Vec::new();
    let mut counted: Vec<Vec<Key>> = Vec::new();
    // The first place each sentence's text stands in its document: a photo gallery repeats
    // its caption under every picture, and a page may print a paragraph twice. A repeated
    // sentence states nothing again; its values would be restatements of themselves (one card
    // of ten copies of a caption's figure).
    let mut first_sentences: FxHashMap<(usize, bool, &str), Span> = FxHashMap::default();
    for (claim_index, claim) in analysis.claims.iter().enumerate() {
        if matches!(claim.region, Region::Boilerplate | Region::Bio) {
            continue;
        }
        let Some(&doc) = doc_position.get(claim.doc.as_str()) else {
            continue;
        };
        // A word-for-word copy states nothing its first copy does not (see `reuse`).
        if copy_of[doc].is_some() {
            continue;
        }
        let text = &documents[doc].text;
        let sentence = words.sentence_containing(doc, Span::new(claim.start, claim.end));
        let first = *first_sentences
            .entry((doc, claim.region == Region::Title, sentence.of(text).trim()))
            .or_insert(sentence);
        if first != sentence {
            continue;
        }
        let mut add = |value: StatedValue, vocabulary: &mut Vocabulary| {
            let found = words.of_sentence(doc, sentence);
            let (context, own_clause) =
                context(text, sentence, value.anchor, claim, found, vocabulary);
            // A value in words ("caught up") is read from its own clause already.
            if value.quantity.is_some() && hypothetical(own_clause.of(text)) {
                return;
            }
            let frame = frame_of(
                entities,
                doc,
                text,
                sentence,
                own_clause,
                value.anchor,
                claim,
                found,
                vocabulary,
            );
            let counted_words = value
                .counted
                .map(|c| {
                    c.split_whitespace()
                        .filter_map(normalise)
                        .filter_map(|w| vocabulary.get(&w))
                        .collect()
                })
                .unwrap_or_default();
            candidates.push(Candidate {
                claim: claim_index,
                quantity: value.quantity,
                doc,
                is_change: value.change.is_some(),
                interval: Interval::stated(value.low, value.high, value.approx, value.change)
                    .scaled(value.factor),
                stated: (value.low * value.factor, value.high * value.factor),
                dimension: value.dimension,
                context,
                frame,
                in_title: claim.region == Region::Title,
            });
            counted.push(counted_words);
        };
        for id in &claim.quantities {
            if let Some(value) = analysis
                .quantity(id)
                .and_then(|q| StatedValue::of_quantity(q, analysis, text, &model_categories))
            {
                add(value, vocabulary);
            }
        }
        if let Some(value) = &claim.implicit {
            add(StatedValue::in_words(value), vocabulary);
        }
    }
    (candidates, counted)
}

/// Whether the number at `start..end` of `text` is the size of a photo gallery or a slide show
/// ("Image 2 of 3 Gunshots rang out…", "Image 1 of / 4 Caption", "1 of 12 CLOSE"): digits after
/// "<digits> of", before a capitalised word (a caption or the page's buttons), not a count of
/// what follows. "2 of 3 victims" (a lowercase noun) stays a count.
fn gallery_position(text: &str, start: usize, end: usize) -> bool {
    let stated = &text[start..end];
    if stated.is_empty() || !stated.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let after = text[end..].trim_start_matches(' ');
    if !after.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let before = before
        .strip_suffix('/')
        .unwrap_or(before)
        .trim_end_matches(' ');
    let Some(before) = before.strip_suffix(" of") else {
        return false;
    };
    let position = before.trim_end_matches(|c: char| c.is_ascii_digit());
    position.len() < before.len() && !position.ends_with(|c: char| c.is_alphanumeric())
}

/// A value a claim states, as the comparison reads it: a quantity, or a value stated in words.
struct StatedValue<'a> {
    /// Where it is stated: left out of its own context words.
    anchor: Span,
    quantity: Option<usize>,
    dimension: Dimension,
    /// Its stated ends, in the unit stated, and the factor to the dimension's base unit.
    low: f64,
    high: f64,
    factor: f64,
    approx: Approx,
    change: Option<Change>,
    counted: Option<&'a str>,
}

impl<'a> StatedValue<'a> {
    /// A quantity of a kind that compares; `None` for dates, ages and the like.
    fn of_quantity(
        q: &'a QuantityRecord,
        analysis: &Analysis,
        text: &str,
        model_categories: &FxHashMap<String, &'static str>,
    ) -> Option<StatedValue<'a>> {
        let (dimension, factor) = dimension_of(q, model_categories)?;
        // Ages ("a 13-year-old", "Scott, 43") describe people, not a shared quantity.
        let after = text.get(q.end..).unwrap_or("");
        // A whole word, in any case ("8-Year-Old Girl" in a headline): "7-10 months older" is
        // a difference, not an age.
        let followed_by = |word: &str| {
            after.len() >= word.len()
                && after.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
                && !after[word.len()..].starts_with(char::is_alphabetic)
        };
        if ["-old", " old", "s old", "s-old"]
            .into_iter()
            .any(followed_by)
        {
            return None;
        }
        let (Bound::Number(low), Bound::Number(high)) = (&q.low, &q.high) else {
            return None;
        };
        // A movement ("fell from 208 pounds to 193") compares as the level it reached.
        let low = if q.from_to { high } else { low };
        // "The 2500 block of East Main Street" is an address, not a count of blocks.
        if *high > 1.0 && q.counted.as_deref() == Some("block") {
            return None;
        }
        if gallery_position(text, q.start, q.end) {
            return None;
        }
        Some(StatedValue {
            anchor: Span::new(q.start, q.end),
            quantity: analysis.quantity_index(&q.id),
            dimension,
            low: *low,
            high: *high,
            factor,
            approx: q.approx,
            change: q.change,
            counted: q.counted.as_deref(),
        })
    }

    /// A value stated in words: a change is in percent; a gap that closed is of any kind.
    fn in_words(value: &ImplicitRecord) -> StatedValue<'a> {
        StatedValue {
            anchor: Span::new(value.start, value.end),
            quantity: None,
            dimension: if value.change.is_some() {
                Dimension::Percent
            } else {
                Dimension::Any
            },
            low: value.value,
            high: value.value,
            factor: 1.0,
            approx: value.approx,
            change: value.change,
            counted: None,
        }
    }
}

/// "Nearly a third (31%)" states one value twice: when two topics hold the same claims, keep the
/// one whose values are the more precise.
fn without_restatements(groups: Vec<Vec<usize>>, candidates: &[Candidate]) -> Vec<Vec<usize>> {
    let claims = |g: &[usize]| {
        let mut c: Vec<usize> = g.iter().map(|&i| candidates[i].claim).collect();
        c.sort_unstable();
        c
    };
    let vagueness = |g: &[usize]| -> f64 {
        g.iter()
            .map(|&i| {
                let v = &candidates[i].interval;
                let width = v.high - v.low;
                let size = v.low.abs().max(v.high.abs());
                if !width.is_finite() {
                    1e6
                } else if size == 0.0 {
                    0.0
                } else {
                    width / size
                }
            })
            .sum()
    };
    let mut kept: Vec<Vec<usize>> = Vec::new();
    let mut by_claims: FxHashMap<Vec<usize>, usize> = FxHashMap::default();
    for group in groups {
        match by_claims.get(&claims(&group)) {
            Some(&k) if vagueness(&group) < vagueness(&kept[k]) => kept[k] = group,
            Some(_) => {}
            None => {
                by_claims.insert(claims(&group), kept.len());
                kept.push(group);
            }
        }
    }
    kept
}

/// A group whose values all come from one document, two of which do not overlap and are
/// stated by one source (the same speaker, or the article itself for both). A source rarely
/// contradicts itself: two different values from it are nearly always two different things
/// ("5 people" were shot, "3 homicide victims" this year), while a figure in dispute sets one
/// source against another ("will cost $4 billion, according to the ministry … engineers say
/// closer to $6.5 billion"). Such a group is no comparison of sources; in a long pasted text
/// it can also hold hundreds of one template's figures.
fn one_document_at_odds_with_itself(
    group: &[usize],
    candidates: &[Candidate],
    analysis: &Analysis,
) -> bool {
    let doc = candidates[group[0]].doc;
    if group.iter().any(|&i| candidates[i].doc != doc) {
        return false;
    }
    let speaker = |i: usize| analysis.claims[candidates[i].claim].speaker.as_deref();
    group.iter().enumerate().any(|(x, &i)| {
        group[x + 1..].iter().any(|&j| {
            !candidates[i].interval.overlaps(&candidates[j].interval) && speaker(i) == speaker(j)
        })
    })
}

/// Years per unit, for the units durations are stated in.
fn years_per(unit: Unit) -> Option<f64> {
    let Unit::Duration(name) = unit else {
        return None;
    };
    Some(match name {
        "year" => 1.0,
        "month" => 1.0 / 12.0,
        "week" => 7.0 / 365.25,
        "day" => 1.0 / 365.25,
        "hour" => 1.0 / 8766.0,
        "minute" => 1.0 / 525_960.0,
        "second" => 1.0 / 31_557_600.0,
        _ => return None,
    })
}

/// The kind of amount a quantity is, and the factor to its base unit; `None` for what is not
/// compared (dates, calendar years, ordinals: they say when, not how much).
fn dimension_of(
    q: &QuantityRecord,
    model_categories: &FxHashMap<String, &'static str>,
) -> Option<(Dimension, f64)> {
    if let Some(factor) = years_per(q.unit) {
        return Some((Dimension::Duration, factor));
    }
    let dimension = match q.unit {
        Unit::Percent => Dimension::Percent,
        Unit::PercentagePoint => Dimension::PercentagePoint,
        Unit::Date | Unit::CalendarYear | Unit::Ordinal => return None,
        Unit::Count => {
            let mut words: Vec<String> = q
                .counted
                .as_deref()?
                .split_whitespace()
                .filter_map(normalise)
                .collect();
            if words.is_empty() {
                return None;
            }
            // "GPUs" and "chips" count one kind of thing: the category joins them; "H100s"
            // alone takes the category the corpus gives "H100" elsewhere ("H100 chips").
            let category = q.counted.as_deref().and_then(|counted| {
                frame::category(counted)
                    .or_else(|| frame::model_category(counted, model_categories))
            });
            if let Some(category) = category {
                words.push(format!("#{category}"));
            }
            words.sort_unstable();
            words.dedup();
            Dimension::Count(words)
        }
        Unit::Money(code) => Dimension::Money(code.to_owned()),
        Unit::Duration(unit) | Unit::Physical(unit) => Dimension::Physical(unit.to_owned()),
    };
    Some((dimension, 1.0))
}

/// The content words of a claim's sentence around one value: the speaker's name and the
/// value's own words are left out (they say who and how much, not what). `found` holds the
/// sentence's terms when they were already found.
fn context(
    text: &str,
    sentence: Span,
    anchor: Span,
    claim: &ClaimRecord,
    found: Option<&[Term]>,
    vocabulary: &mut Vocabulary,
) -> (Vec<ContextTerm>, Span) {
    // A value set off by commas ("has invested heavily, tens of billions of dollars, in …")
    // is a clause of its own with nothing in it: take in its neighbours until it says what
    // it measures.
    let mut own_clause = clause(text, sentence, anchor);
    for _ in 0..2 {
        if own_clause == sentence {
            break;
        }
        let words = terms(text, own_clause, vocabulary)
            .iter()
            .filter(|t| !overlaps(t.span, anchor))
            .count();
        if words >= 3 {
            break;
        }
        let before = text[sentence.start..own_clause.start].chars().next_back();
        let after = text[own_clause.end..sentence.end].chars().next();
        let wider = Span::new(
            own_clause.start - before.map_or(0, char::len_utf8),
            own_clause.end + after.map_or(0, char::len_utf8),
        );
        own_clause = clause(text, sentence, wider);
    }
    let mention = claim.speaker_mention.map(|m| Span::new(m.start, m.end));
    let found_now;
    let found = match found {
        Some(found) => found,
        None => {
            found_now = terms(text, sentence, vocabulary);
            &found_now
        }
    };
    let terms = found
        .iter()
        .filter(|t| !overlaps(t.span, anchor) && !mention.is_some_and(|m| overlaps(t.span, m)))
        .map(|term| ContextTerm {
            in_clause: term.span.start >= own_clause.start && term.span.end <= own_clause.end,
            term: term.clone(),
        })
        .collect();
    (terms, own_clause)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn comparison(
    id: String,
    group: &[usize],
    candidates: &[Candidate],
    analysis: &Analysis,
    documents: &[Document],
    linked: &[usize],
    vocabulary: &Vocabulary,
) -> ComparisonRecord {
    let quantities: Vec<&QuantityRecord> = group
        .iter()
        .filter_map(|&i| candidates[i].quantity.map(|q| &analysis.quantities[q]))
        .collect();
    let unit = display_unit(&quantities);
    let factor = years_per(unit).unwrap_or(1.0);
    let members: Vec<ComparisonMember> = group
        .iter()
        .map(|&i| member(&candidates[i], factor, analysis))
        .collect();
    let mut disjoint = Vec::new();
    for (x, &i) in group.iter().enumerate() {
        for (y, &j) in group.iter().enumerate().skip(x + 1) {
            if !candidates[i].interval.overlaps(&candidates[j].interval) {
                disjoint.push((x, y));
            }
        }
    }
    let verdict = if disjoint.is_empty() {
        Verdict::Agree
    } else {
        Verdict::Diverge
    };
    let dependence = dependence(group, candidates, analysis, documents, linked);
    let mut claims: Vec<String> = Vec::new();
    for &i in group {
        let claim = &analysis.claims[candidates[i].claim].id;
        if !claims.contains(claim) {
            claims.push(claim.clone());
        }
    }
    let shared = shared_words(group, candidates, documents);
    let mut why = wording::comparison_why(
        &members,
        &disjoint,
        verdict,
        dependence.as_deref(),
        documents,
    );
    let differs_in = differs_in(group, candidates, &members, &disjoint);
    if !differs_in.is_empty() {
        why.push_str(&format!(
            " The values that do not overlap also differ in {}: they may measure different things, and are not averaged.",
            differs_in.join(" and ")
        ));
    }
    if !shared.is_empty() {
        why.push_str(&wording::grouped_because(unit, &shared));
    }
    ComparisonRecord {
        differs_in,
        id,
        label: label::label(group, candidates, documents, analysis, vocabulary),
        why,
        shared_words: shared,
        unit,
        verdict,
        claims,
        quantities: quantities.iter().map(|q| q.id.clone()).collect(),
        independent: dependence.is_none(),
        members,
        by: None,
    }
}

/// What every two members that do not overlap also differ in, when each such pair differs
/// in something the text says: "scope" (their frames name different parts: a training run,
/// the whole) or "time" (their time words or dates differ: "previously" and "now").
fn differs_in(
    group: &[usize],
    candidates: &[Candidate],
    members: &[ComparisonMember],
    disjoint: &[(usize, usize)],
) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for &(x, y) in disjoint {
        let (a, b) = (&candidates[group[x]], &candidates[group[y]]);
        let scope = !frame::same_scope(a.frame.scope, b.frame.scope);
        let (qa, qb) = (&members[x].qualifiers, &members[y].qualifiers);
        let time = (!qa.is_empty() || !qb.is_empty()) && qa != qb;
        if !scope && !time {
            return Vec::new();
        }
        for (differs, name) in [(scope, "scope"), (time, "time")] {
            if differs && !found.iter().any(|f| f == name) {
                found.push(name.to_owned());
            }
        }
    }
    found
}

/// The words of the members' own clauses that two or more members share, as the texts write
/// them ("lead / led / lag"), the most widely shared first: the evidence that grouped them.
fn shared_words(group: &[usize], candidates: &[Candidate], documents: &[Document]) -> Vec<String> {
    let mut by_key: Vec<(Key, Vec<usize>, Vec<String>)> = Vec::new();
    for (x, &i) in group.iter().enumerate() {
        let candidate = &candidates[i];
        let text = &documents[candidate.doc].text;
        for t in candidate.context.iter().filter(|t| t.in_clause) {
            let surface = t.term.span.of(text);
            let surface = if t.term.proper {
                surface.to_owned()
            } else {
                surface.to_lowercase()
            };
            match by_key.iter_mut().find(|(k, _, _)| *k == t.term.key) {
                Some((_, members, forms)) => {
                    if !members.contains(&x) {
                        members.push(x);
                    }
                    if !forms.contains(&surface) {
                        forms.push(surface);
                    }
                }
                None => by_key.push((t.term.key, vec![x], vec![surface])),
            }
        }
    }
    by_key.retain(|(_, members, _)| members.len() >= 2);
    by_key.sort_by_key(|(_, members, _)| std::cmp::Reverse(members.len()));
    by_key
        .into_iter()
        .map(|(_, _, forms)| forms.into_iter().take(4).collect::<Vec<_>>().join(" / "))
        .collect()
}

/// The unit most members state; durations compare in it.
fn display_unit(quantities: &[&QuantityRecord]) -> Unit {
    let mut counts: Vec<(Unit, usize)> = Vec::new();
    for q in quantities {
        match counts.iter_mut().find(|(u, _)| *u == q.unit) {
            Some((_, n)) => *n += 1,
            None => counts.push((q.unit, 1)),
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(Unit::Count, |&(u, _)| u)
}

fn member(candidate: &Candidate, factor: f64, analysis: &Analysis) -> ComparisonMember {
    let claim = &analysis.claims[candidate.claim];
    let finite = |x: f64| x.is_finite().then_some(x / factor);
    let (quantity, value) = match candidate.quantity {
        Some(q) => {
            let q = &analysis.quantities[q];
            (Some(q.id.clone()), q.describe())
        }
        None => {
            let implicit = claim
                .implicit
                .as_ref()
                .expect("candidates without a quantity are implicit");
            (None, wording::implicit_value_quoted(implicit))
        }
    };
    let (approx, change) = match candidate.quantity {
        Some(q) => (analysis.quantities[q].approx, analysis.quantities[q].change),
        None => claim
            .implicit
            .as_ref()
            .map_or((Approx::Exact, None), |i| (i.approx, i.change)),
    };
    // The value as stated, in the comparison's unit, falls negative like their intervals.
    let (low, high) = (candidate.stated.0 / factor, candidate.stated.1 / factor);
    let (stated_low, stated_high) = match change {
        Some(Change::Down) => (-high, -low),
        _ => (low, high),
    };
    ComparisonMember {
        claim: claim.id.clone(),
        quantity,
        doc: claim.doc.clone(),
        approx,
        stated_low,
        stated_high,
        speaker: claim.speaker.clone(),
        via: claim.via.clone(),
        value,
        low: finite(candidate.interval.low),
        high: finite(candidate.interval.high),
        implicit: candidate.quantity.is_none(),
        qualifiers: qualifiers(claim, analysis),
    }
}

/// Words of a claim that say when its value held: "initially", "now", "by March 2019".
fn qualifiers(claim: &ClaimRecord, analysis: &Analysis) -> Vec<String> {
    const TIME_WORDS: &[&str] = &[
        "initially",
        "originally",
        "first",
        "now",
        "currently",
        "previously",
        "earlier",
        "still",
        "once",
        "recently",
        "today",
        "already",
        "later",
        "eventually",
        "formerly",
    ];
    const DATE_PREPOSITIONS: &[&str] = &[
        "by", "in", "since", "until", "before", "after", "through", "during", "of",
    ];
    let mut found: Vec<String> = Vec::new();
    let words: Vec<&str> = claim
        .text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    for word in &words {
        let lower = word.to_lowercase();
        if TIME_WORDS.contains(&lower.as_str()) && !found.contains(&lower) {
            found.push(lower);
        }
    }
    for id in &claim.quantities {
        let Some(q) = analysis.quantity(id) else {
            continue;
        };
        if !matches!(q.unit, Unit::Date | Unit::CalendarYear) {
            continue;
        }
        let before = &claim.text[..q.start.saturating_sub(claim.start).min(claim.text.len())];
        let preposition = before
            .split_whitespace()
            .last()
            .map(|w| w.to_lowercase())
            .filter(|w| DATE_PREPOSITIONS.contains(&w.as_str()));
        let phrase = match preposition {
            Some(p) => format!("{p} {}", q.text),
            None => q.text.clone(),
        };
        if !found.contains(&phrase) {
            found.push(phrase);
        }
    }
    found
}

/// Why the members that agree are not independent sources, if they are not.
fn dependence(
    group: &[usize],
    candidates: &[Candidate],
    analysis: &Analysis,
    documents: &[Document],
    linked: &[usize],
) -> Option<String> {
    fn named<'a>(speaker: &'a Option<String>, analysis: &Analysis) -> Option<&'a String> {
        speaker
            .as_ref()
            .filter(|s| analysis.speakers.iter().any(|p| &p.name == *s))
    }
    for (x, &i) in group.iter().enumerate() {
        for &j in &group[x + 1..] {
            let (a, b) = (&candidates[i], &candidates[j]);
            // Only agreement can be false corroboration.
            if !a.interval.overlaps(&b.interval) {
                continue;
            }
            let (da, db) = (a.doc.min(b.doc), a.doc.max(b.doc));
            if da == db {
                // A source restating itself is one source.
                return Some(format!(
                    "{} states the value twice; a source restating itself is one source",
                    SourceName::from(&documents[da]).in_prose()
                ));
            }
            if linked[da] == linked[db] {
                return Some(wording::shared_text_dependence(
                    (&documents[da]).into(),
                    (&documents[db]).into(),
                ));
            }
            let (ca, cb) = (&analysis.claims[a.claim], &analysis.claims[b.claim]);
            if let (Some(sa), Some(sb)) =
                (named(&ca.speaker, analysis), named(&cb.speaker, analysis))
                && sa == sb
            {
                return Some(wording::same_speaker_dependence(sa));
            }
        }
    }
    None
}

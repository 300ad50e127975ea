//! The records of shared text: which documents reuse which (`reuse`), and the same claim given
//! to different speakers (`attribution_divergences`), in reused passages or in one topic.

use super::reuse::{self, Passage, SentenceTerms};
use super::topics::Rarity;
use crate::claims::{
    Analysis, AttributedPassage, AttributionDivergence, Basis, ClaimRecord, ComparisonRecord,
    ReuseRecord, ReusedPassage, TextSpan,
};
use crate::corpus::Document;
use crate::text::Span;
use crate::text::hash::{FxHashMap, FxHashSet};
use crate::wording::{self, SourceName};

/// A passage must hold this many matched sentences, or one at least this similar, for two
/// documents to count as reusing each other.
const MIN_REUSED_SENTENCES: usize = 2;
const NEAR_COPY: f64 = 0.8;

/// A document that repeats another word for word.
pub(super) fn copy_record(first: &Document, copy: &Document) -> ReuseRecord {
    let source = match (&first.date, &copy.date) {
        (Some(x), Some(y)) if x < y => Some(first.id.clone()),
        (Some(x), Some(y)) if y < x => Some(copy.id.clone()),
        _ => None,
    };
    let whole = |d: &Document| TextSpan {
        doc: d.id.clone(),
        start: 0,
        end: d.text.len(),
    };
    ReuseRecord {
        docs: [first.id.clone(), copy.id.clone()],
        source,
        share: 1.0,
        passages: vec![ReusedPassage {
            a: whole(first),
            b: whole(copy),
            similarity: 1.0,
        }],
        why: wording::copy_why(first.into(), copy.into()),
    }
}

pub(super) fn reuse_records(
    documents: &[Document],
    sentences: &[SentenceTerms],
    passages: &[Passage],
) -> Vec<ReuseRecord> {
    let mut records: Vec<ReuseRecord> = Vec::new();
    let mut sentences_in = vec![0usize; documents.len()];
    for s in sentences {
        sentences_in[s.doc] += 1;
    }
    let count = |doc: usize| sentences_in[doc].max(1);
    // Passages come sorted by their pair of documents: one record per run.
    for shared in passages.chunk_by(|p, q| (p.a_doc, p.b_doc) == (q.a_doc, q.b_doc)) {
        let (a, b) = (shared[0].a_doc, shared[0].b_doc);
        let matched: usize = shared.iter().map(|p| p.sentences.len()).sum();
        let strongest = shared.iter().map(|p| p.similarity).fold(0.0, f64::max);
        if matched < MIN_REUSED_SENTENCES && strongest < NEAR_COPY {
            continue;
        }
        let share = matched as f64 / count(a).min(count(b)) as f64;
        let (da, db) = (&documents[a], &documents[b]);
        let source = match (&da.date, &db.date) {
            (Some(x), Some(y)) if x < y => Some(da.id.clone()),
            (Some(x), Some(y)) if y < x => Some(db.id.clone()),
            _ => None,
        };
        let drawn_on = source.as_ref().map(|s| *s == da.id);
        let why = wording::reuse_why(da.into(), db.into(), drawn_on, matched, share);
        records.push(ReuseRecord {
            docs: [da.id.clone(), db.id.clone()],
            source,
            share: (share.min(1.0) * 1000.0).round() / 1000.0,
            passages: shared
                .iter()
                .map(|p| ReusedPassage {
                    a: TextSpan {
                        doc: da.id.clone(),
                        start: p.a.start,
                        end: p.a.end,
                    },
                    b: TextSpan {
                        doc: db.id.clone(),
                        start: p.b.start,
                        end: p.b.end,
                    },
                    similarity: (p.similarity * 1000.0).round() / 1000.0,
                })
                .collect(),
            why,
        });
    }
    records
}

/// The same claim given to different speakers: in reused passages (one document paraphrasing
/// another under a different name, or under none), and in topics where two documents state
/// the same value.
pub(super) fn attribution_divergences(
    analysis: &Analysis,
    documents: &[Document],
    sentences: &[SentenceTerms],
    passages: &[Passage],
    comparisons: &[ComparisonRecord],
    rarity: &Rarity,
    reuse: &[ReuseRecord],
) -> Vec<AttributionDivergence> {
    // Only documents that reuse each other (a reuse record: several sentences or a near
    // copy) can give one passage two attributions; one generic sentence two unrelated reports
    // share ("police said the victim was taken to hospital") is no misattribution.
    let reusing: FxHashSet<(&str, &str)> = reuse
        .iter()
        .map(|r| (r.docs[0].as_str(), r.docs[1].as_str()))
        .collect();
    let same_speaker = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
        (None, None) => true,
        _ => false,
    };
    // A sentence's claim by where it starts: a sentence holding two reports is two claims,
    // and the first keeps the sentence's start, so a passage's sentence reads as its first
    // report.
    let claims: FxHashMap<(&str, usize), &ClaimRecord> = analysis
        .claims
        .iter()
        .rev()
        .map(|c| ((c.doc.as_str(), c.start), c))
        .collect();
    let claim_at = |doc: usize, span: Span| {
        claims
            .get(&(documents[doc].id.as_str(), span.start))
            .copied()
    };
    let side = |doc: usize, span: Span, claim: Option<&ClaimRecord>| AttributedPassage {
        doc: documents[doc].id.clone(),
        start: span.start,
        end: span.end,
        claim: claim.map(|c| c.id.clone()),
        speaker: claim.and_then(|c| c.speaker.clone()),
    };
    let doc_name = |id: &str| {
        documents
            .iter()
            .find(|d| d.id == id)
            .map_or_else(|| id.to_owned(), |d| SourceName::from(d).in_prose())
    };
    let mut out: Vec<AttributionDivergence> = Vec::new();
    let mut seen: FxHashSet<(String, String)> = FxHashSet::default();
    for passage in passages {
        let pair = (
            documents[passage.a_doc].id.as_str(),
            documents[passage.b_doc].id.as_str(),
        );
        if !reusing.contains(&pair) {
            continue;
        }
        // Consecutive sentences of one passage with the same two speakers are one divergence.
        let mut run: Option<usize> = None;
        for &(i, j) in &passage.sentences {
            let (si, sj) = (&sentences[i], &sentences[j]);
            let (ci, cj) = (claim_at(si.doc, si.span), claim_at(sj.doc, sj.span));
            let a = side(si.doc, si.span, ci);
            let b = side(sj.doc, sj.span, cj);
            let key = (
                format!("{}:{}", a.doc, a.start),
                format!("{}:{}", b.doc, b.start),
            );
            if same_speaker(&a.speaker, &b.speaker) || !seen.insert(key) {
                run = None;
                continue;
            }
            if let Some(last) = run.map(|k| &mut out[k])
                && last.sides[0].speaker == a.speaker
                && last.sides[1].speaker == b.speaker
            {
                last.sides[0].end = last.sides[0].end.max(a.end);
                last.sides[1].end = last.sides[1].end.max(b.end);
                continue;
            }
            let why = wording::reused_text_divergence(&a, &doc_name(&a.doc), &b, &doc_name(&b.doc));
            run = Some(out.len());
            out.push(AttributionDivergence {
                basis: Basis::ReusedText,
                comparison: None,
                sides: [a, b],
                why,
            });
        }
    }
    for comparison in comparisons {
        for (x, m) in comparison.members.iter().enumerate() {
            for n in &comparison.members[x + 1..] {
                let same_value = m.low == n.low && m.high == n.high;
                if m.doc == n.doc || !same_value || m.speaker == n.speaker {
                    continue;
                }
                let (Some(cm), Some(cn)) = (analysis.claim(&m.claim), analysis.claim(&n.claim))
                else {
                    continue;
                };
                // One value in two sentences that say different things ("X says 5; Y
                // disputes 5") is two claims, not one claim given to two people.
                // The sentence that holds the claim (all of it, or one of its two reports).
                let sentence_of = |c: &ClaimRecord| {
                    let doc = documents.iter().position(|d| d.id == c.doc)?;
                    let after =
                        sentences.partition_point(|s| (s.doc, s.span.start) <= (doc, c.start));
                    sentences
                        .get(after.checked_sub(1)?)
                        .filter(|s| s.doc == doc && s.span.start <= c.start && c.end <= s.span.end)
                };
                let same_thing = match (sentence_of(cm), sentence_of(cn)) {
                    (Some(a), Some(b)) => {
                        reuse::similarity(a, b, rarity) >= reuse::PARAPHRASE_THRESHOLD
                    }
                    _ => false,
                };
                if !same_thing {
                    continue;
                }
                let key = (
                    format!("{}:{}", cm.doc, cm.start),
                    format!("{}:{}", cn.doc, cn.start),
                );
                if !seen.insert(key) {
                    continue;
                }
                let passage = |c: &ClaimRecord| AttributedPassage {
                    doc: c.doc.clone(),
                    start: c.start,
                    end: c.end,
                    claim: Some(c.id.clone()),
                    speaker: c.speaker.clone(),
                };
                let (a, b) = (passage(cm), passage(cn));
                let why = wording::same_value_divergence(
                    &m.value,
                    &a,
                    &doc_name(&a.doc),
                    &b,
                    &doc_name(&b.doc),
                );
                out.push(AttributionDivergence {
                    basis: Basis::SameValue,
                    comparison: Some(comparison.id.clone()),
                    sides: [a, b],
                    why,
                });
            }
        }
    }
    out
}

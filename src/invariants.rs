//! Structural invariants of an [`Analysis`], shared by the fuzz target (`fuzz/`) and the
//! robustness tests (`tests/robustness.rs`). Not part of the public API.
//!
//! Every byte span of every record must lie inside its document's text and on char
//! boundaries, and the text a record quotes must be that slice; ids must be unique; every
//! reference (claim → quantity, comparison → claim, member → claim …) must resolve.

use std::collections::{HashMap, HashSet};

use crate::claims::{Analysis, Bound};
use crate::corpus::Document;

/// Checks `analysis`, made from `documents`, and says what is wrong with it.
pub fn check_invariants(analysis: &Analysis, documents: &[Document]) -> Result<(), String> {
    let mut texts: HashMap<&str, &str> = HashMap::new();
    if analysis.documents.len() != documents.len() {
        return Err(format!(
            "{} document records for {} documents",
            analysis.documents.len(),
            documents.len()
        ));
    }
    for (record, document) in analysis.documents.iter().zip(documents) {
        if record.id != document.id {
            return Err(format!(
                "document {} recorded as {}",
                document.id, record.id
            ));
        }
        if record.bytes != document.text.len() {
            return Err(format!(
                "document {}: bytes {} ≠ {}",
                record.id,
                record.bytes,
                document.text.len()
            ));
        }
        if texts.insert(&document.id, &document.text).is_some() {
            return Err(format!("document id {} twice", document.id));
        }
    }
    let span = |what: &str, doc: &str, start: usize, end: usize| -> Result<&str, String> {
        let text = texts
            .get(doc)
            .ok_or_else(|| format!("{what}: unknown document {doc:?}"))?;
        if start > end || end > text.len() {
            return Err(format!(
                "{what}: span {start}..{end} outside {doc} ({} bytes)",
                text.len()
            ));
        }
        text.get(start..end)
            .ok_or_else(|| format!("{what}: span {start}..{end} of {doc} not on char boundaries"))
    };

    let unique = |kind: &str, ids: &mut dyn Iterator<Item = &String>| -> Result<(), String> {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id.as_str()) {
                return Err(format!("{kind} id {id} twice"));
            }
        }
        Ok(())
    };
    unique("quantity", &mut analysis.quantities.iter().map(|q| &q.id))?;
    unique("claim", &mut analysis.claims.iter().map(|c| &c.id))?;
    unique("speaker", &mut analysis.speakers.iter().map(|s| &s.id))?;
    unique(
        "comparison",
        &mut analysis.comparisons.iter().map(|c| &c.id),
    )?;

    let claims: HashMap<&str, &crate::claims::ClaimRecord> =
        analysis.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let quantities: HashMap<&str, &crate::claims::QuantityRecord> = analysis
        .quantities
        .iter()
        .map(|q| (q.id.as_str(), q))
        .collect();

    for q in &analysis.quantities {
        let what = format!("quantity {}", q.id);
        let slice = span(&what, &q.doc, q.start, q.end)?;
        if q.start == q.end {
            return Err(format!("{what}: empty span at {}", q.start));
        }
        if slice != q.text {
            return Err(format!("{what}: text {:?} ≠ slice {slice:?}", q.text));
        }
        for bound in [&q.low, &q.high] {
            if let Bound::Number(n) = bound
                && n.is_nan()
            {
                return Err(format!("{what} ({:?}): NaN bound", q.text));
            }
        }
        if let Some(claim) = &q.claim {
            let c = claims
                .get(claim.as_str())
                .ok_or_else(|| format!("{what}: unknown claim {claim}"))?;
            if c.doc != q.doc || !c.quantities.contains(&q.id) {
                return Err(format!("{what}: claim {claim} does not list it"));
            }
            if q.start < c.start || q.end > c.end {
                return Err(format!(
                    "{what} {}..{} ({:?}) outside its claim {claim} {}..{}",
                    q.start, q.end, q.text, c.start, c.end
                ));
            }
        }
    }

    for c in &analysis.claims {
        let what = format!("claim {}", c.id);
        let slice = span(&what, &c.doc, c.start, c.end)?;
        if slice != c.text {
            return Err(format!("{what}: text ≠ its slice"));
        }
        if let Some(m) = &c.speaker_mention {
            span(&format!("{what} speaker mention"), &c.doc, m.start, m.end)?;
        }
        if let Some(i) = &c.implicit {
            let slice = span(&format!("{what} implicit value"), &c.doc, i.start, i.end)?;
            if slice != i.text {
                return Err(format!(
                    "{what}: implicit text {:?} ≠ slice {slice:?}",
                    i.text
                ));
            }
        }
        for id in &c.quantities {
            let q = quantities
                .get(id.as_str())
                .ok_or_else(|| format!("{what}: unknown quantity {id}"))?;
            if q.claim.as_deref() != Some(c.id.as_str()) {
                return Err(format!("{what}: quantity {id} belongs to {:?}", q.claim));
            }
        }
    }

    let speaker_ids: HashSet<&str> = analysis.speakers.iter().map(|s| s.id.as_str()).collect();
    for s in &analysis.speakers {
        for doc in &s.docs {
            if !texts.contains_key(doc.as_str()) {
                return Err(format!("speaker {}: unknown document {doc}", s.id));
            }
        }
        for other in &s.possibly_same_as {
            if !speaker_ids.contains(other.speaker.as_str()) || other.speaker == s.id {
                return Err(format!(
                    "speaker {}: bad possibly_same_as {}",
                    s.id, other.speaker
                ));
            }
        }
    }

    for comparison in &analysis.comparisons {
        let what = format!("comparison {}", comparison.id);
        for id in &comparison.claims {
            if !claims.contains_key(id.as_str()) {
                return Err(format!("{what}: unknown claim {id}"));
            }
        }
        for id in &comparison.quantities {
            if !quantities.contains_key(id.as_str()) {
                return Err(format!("{what}: unknown quantity {id}"));
            }
        }
        for member in &comparison.members {
            let c = claims
                .get(member.claim.as_str())
                .ok_or_else(|| format!("{what}: member of unknown claim {}", member.claim))?;
            if c.doc != member.doc {
                return Err(format!("{what}: member of {} in {}", c.doc, member.doc));
            }
            if let Some(id) = &member.quantity {
                let q = quantities
                    .get(id.as_str())
                    .ok_or_else(|| format!("{what}: member of unknown quantity {id}"))?;
                if q.claim.as_deref() != Some(member.claim.as_str()) {
                    return Err(format!(
                        "{what}: member quantity {id} not in claim {}",
                        member.claim
                    ));
                }
            }
            if member.stated_low.is_nan() || member.stated_high.is_nan() {
                return Err(format!("{what}: NaN member value"));
            }
        }
    }

    for reuse in &analysis.reuse {
        let [a, b] = &reuse.docs;
        if a == b {
            return Err(format!("reuse of {a} with itself"));
        }
        if let Some(source) = &reuse.source
            && source != a
            && source != b
        {
            return Err(format!("reuse {a}/{b}: source {source}"));
        }
        for passage in &reuse.passages {
            if &passage.a.doc != a || &passage.b.doc != b {
                return Err(format!(
                    "reuse {a}/{b}: passage in {}/{}",
                    passage.a.doc, passage.b.doc
                ));
            }
            for side in [&passage.a, &passage.b] {
                span(
                    &format!("reuse {a}/{b} passage"),
                    &side.doc,
                    side.start,
                    side.end,
                )?;
            }
        }
    }

    for divergence in &analysis.attribution_divergences {
        if let Some(id) = &divergence.comparison
            && !analysis.comparisons.iter().any(|c| &c.id == id)
        {
            return Err(format!("attribution divergence: unknown comparison {id}"));
        }
        for side in &divergence.sides {
            span("attribution divergence", &side.doc, side.start, side.end)?;
            if let Some(id) = &side.claim
                && !claims.contains_key(id.as_str())
            {
                return Err(format!("attribution divergence: unknown claim {id}"));
            }
        }
    }

    for warning in &analysis.warnings {
        if let Some(doc) = &warning.doc
            && !texts.contains_key(doc.as_str())
        {
            return Err(format!("warning about unknown document {doc}"));
        }
    }

    serde_json::to_string(analysis).map_err(|e| format!("does not serialise: {e}"))?;
    Ok(())
}

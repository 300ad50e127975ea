//! An analysis with a reader's corrections applied: speakers joined or told apart in the
//! records, then the comparison run again with the corrections of the board (see
//! `compare::corrections`), so that every corrected card is computed, not edited.

use crate::claims::{Analysis, Correction, CorrectionKind, Warning};
use crate::compare::{Vocabulary, compare_split};
use crate::corpus::Document;
use crate::wording::{self, CorrectionDropped};

impl Analysis {
    /// This analysis (the machine's, with no corrections yet) of `documents` (same order) with
    /// `corrections` applied in order. A correction that no longer applies (its values or
    /// speakers are gone) is kept in `corrections`, so that it applies again if they come back,
    /// and noted in `warnings`.
    pub fn corrected(mut self, documents: &[Document], corrections: &[Correction]) -> Analysis {
        if corrections.is_empty() && self.corrections.is_empty() {
            return self;
        }
        let mut notes = Vec::new();
        for correction in corrections {
            let applied = match correction.kind {
                CorrectionKind::SameSpeaker => self.join_speakers(&correction.speakers),
                CorrectionKind::DifferentSpeaker => self.part_speakers(&correction.speakers),
                _ => Ok(()),
            };
            if let Err(why) = applied {
                notes.push(wording::correction_dropped(correction, why));
            }
        }
        self.corrections = corrections.to_vec();
        let found = compare_split(documents, &self, Vec::new(), Vocabulary::new());
        self.comparisons = found.comparisons;
        self.reuse = found.reuse;
        self.attribution_divergences = found.attribution_divergences;
        notes.extend(found.dropped_corrections);
        self.warnings.extend(
            notes
                .into_iter()
                .map(|message| Warning { doc: None, message }),
        );
        self
    }

    /// The index of the speaker entry with this name.
    fn speaker_named(&self, name: &str) -> Option<usize> {
        self.speakers.iter().position(|s| s.name == name)
    }

    /// Makes the second speaker the first: every claim of the second (as speaker or as the
    /// one who reports) becomes the first's, and its entry joins the first's as an alias.
    fn join_speakers(&mut self, names: &[String]) -> Result<(), CorrectionDropped> {
        let [kept, joined] = names else {
            return Err(CorrectionDropped::NoSpeaker);
        };
        let (Some(k), Some(j)) = (self.speaker_named(kept), self.speaker_named(joined)) else {
            return Err(CorrectionDropped::NoSpeaker);
        };
        if k == j {
            return Ok(());
        }
        for claim in &mut self.claims {
            for who in [&mut claim.speaker, &mut claim.via] {
                if who.as_deref() == Some(joined.as_str()) {
                    *who = Some(kept.clone());
                }
            }
        }
        let gone = self.speakers.remove(j);
        let k = if j < k { k - 1 } else { k };
        let entry = &mut self.speakers[k];
        for alias in std::iter::once(gone.name).chain(gone.aliases) {
            if alias != entry.name && !entry.aliases.contains(&alias) {
                entry.aliases.push(alias);
            }
        }
        for description in gone.descriptions {
            if !entry.descriptions.contains(&description) {
                entry.descriptions.push(description);
            }
        }
        for doc in gone.docs {
            if !entry.docs.contains(&doc) {
                entry.docs.push(doc);
            }
        }
        let order: Vec<&str> = self.documents.iter().map(|d| d.id.as_str()).collect();
        let position = |doc: &String| order.iter().position(|d| d == doc);
        let entry = &mut self.speakers[k];
        entry.docs.sort_by_key(position);
        let kept_id = entry.id.clone();
        for speaker in &mut self.speakers {
            speaker.possibly_same_as.retain(|other| {
                other.speaker != gone.id && !(speaker.id == kept_id && other.speaker == kept_id)
            });
        }
        Ok(())
    }

    /// Drops the flag that the two speakers may be one person.
    fn part_speakers(&mut self, names: &[String]) -> Result<(), CorrectionDropped> {
        let [a, b] = names else {
            return Err(CorrectionDropped::NoSpeaker);
        };
        let (Some(a), Some(b)) = (self.speaker_named(a), self.speaker_named(b)) else {
            return Err(CorrectionDropped::NoSpeaker);
        };
        let (id_a, id_b) = (self.speakers[a].id.clone(), self.speakers[b].id.clone());
        self.speakers[a]
            .possibly_same_as
            .retain(|o| o.speaker != id_b);
        self.speakers[b]
            .possibly_same_as
            .retain(|o| o.speaker != id_a);
        Ok(())
    }
}

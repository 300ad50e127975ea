//! Text reuse: sentences one document repeats or closely paraphrases from another.
//!
//! Two sentences match when most of the rarer content words of the shorter one are in the
//! longer one (containment weighted by rarity, so that "the", "AI" and "China" in an AI-race
//! corpus prove little), or when they share most of their word trigrams (near copies).
//! Candidate pairs come from an inverted index over the less common words, so the work grows
//! with the number of sentences that actually share vocabulary, not with the square of the
//! corpus. Consecutive matches join into passages.

use std::hash::BuildHasher;

use super::topics::Rarity;
use super::words::Term;
use crate::text::Span;
use crate::text::hash::{FxBuild, FxHashSet};

/// Containment of the lighter sentence's weighted words in the other.
pub const PARAPHRASE_THRESHOLD: f64 = 0.5;
/// Two paraphrases share at least this many distinct content words…
const MIN_SHARED_TERMS: usize = 4;
/// …weighing at least this much together (about three rare words): "the US and China's AI
/// competition" is shared by half the sentences of a corpus on the subject.
const MIN_SHARED_WEIGHT: f64 = 10.0;
/// Sentences with fewer distinct content words than this are too short to call reused.
const MIN_TERMS: usize = 5;
/// Share of the corpus's sentences above which a word does not propose pairs.
const COMMON_WORD_SHARE: f64 = 0.05;
/// A sentence that matches sentences of this many other documents is boilerplate that many
/// outlets carry ("Anyone with information is asked to call…"): more than the few reports of
/// one story share. It shows no document drawing on another, and is left out.
pub const BOILERPLATE_DOCUMENTS: usize = 5;

/// Phrases of a web page's own furniture: what a site prints under every article (sign-up
/// forms, "follow us", "check back for updates", copyright lines), never news of the story.
const PAGE_FURNITURE_PHRASES: &[&str] = &[
    "click here",
    "sign up",
    "sign in",
    "log in",
    "subscribe",
    "newsletter",
    "terms of service",
    "terms of use",
    "privacy policy",
    "your account",
    "an account",
    "your email",
    "confirmation email",
    "registration information",
    "your profile",
    "follow us",
    "like us on",
    "download our",
    "our app",
    "check back",
    "as they become available",
    "as details become available",
    "as it becomes available",
    "updates on this story",
    "breaking news alerts",
    "all rights reserved",
    "copyright",
    "may not be published",
    "this material may not",
];

/// Web domains a site names itself by ("example.com") in its furniture.
const WEB_DOMAIN_ENDINGS: &[&str] = &[".com", ".org", ".net", ".tv", ".gov", ".us", ".news"];

/// Whether a sentence is a web page's furniture rather than the article's text: it carries a
/// web address or an e-mail address ("Keep checking example.com for updates", "Contact the
/// reporter: name@example.com"), or a phrase of the site's own ("sign up", "privacy policy",
/// "all rights reserved"). Two pages of one site share such sentences whatever their stories;
/// they show no report drawing on another and tell no story from another.
pub fn page_furniture(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if PAGE_FURNITURE_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().any(|(i, word)| {
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        // "…, according to example.com": a site cited as the source of a report is news.
        let cited = i >= 2 && words[i - 2] == "according" && words[i - 1] == "to";
        let address = word.contains("http") || word.starts_with("www.");
        // "name@example.com", also when the sentence split cut it at its dot.
        let email = word.split_once('@').is_some_and(|(user, host)| {
            user.ends_with(|c: char| c.is_alphanumeric())
                && host.starts_with(|c: char| c.is_alphanumeric())
        });
        let domain = WEB_DOMAIN_ENDINGS.iter().any(|end| {
            word.strip_suffix(end)
                .is_some_and(|name| name.len() >= 2 && name.chars().all(|c| c.is_alphanumeric()))
        });
        (address || email || domain) && !cited
    })
}

/// Words of the sentences in which a news outlet says who handles an investigation ("Area
/// detectives are handling the investigation", "Homicide detectives are investigating the
/// shooting"): the phrasing of a police force, which every report of its city may print.
const INVESTIGATION_WORDS: &[&str] = &[
    "police",
    "detectives",
    "detective",
    "investigators",
    "investigator",
    "officers",
    "officer",
    "deputies",
    "deputy",
    "troopers",
    "authorities",
    "officials",
    "agents",
    "investigating",
    "investigate",
    "investigates",
    "investigated",
    "investigation",
    "investigations",
    "handling",
    "handle",
    "handles",
    "handled",
    "probe",
    "probing",
    "continue",
    "continues",
    "continuing",
    "continued",
    "ongoing",
    "case",
    "incident",
    "shooting",
    "death",
    "homicide",
    "scene",
    "unit",
    "division",
    "department",
    "squad",
    "bureau",
    "assisting",
    "currently",
    "still",
    "now",
];

/// Whether a sentence only says who handles an investigation: besides names (the force's,
/// its unit's), all its content words are [`INVESTIGATION_WORDS`]. Two reports that share it
/// share a police force's phrasing, not text one drew from the other.
pub fn investigation_boilerplate(sentence: &SentenceTerms, text: &str) -> bool {
    // Capitalised words are names here, the sentence's first included ("North District").
    let mut words = sentence
        .terms
        .iter()
        .map(|t| t.span.of(text))
        .filter(|w| !w.starts_with(char::is_uppercase))
        .peekable();
    words.peek().is_some() && words.all(|w| INVESTIGATION_WORDS.contains(&w))
}

/// One sentence, ready for matching.
pub struct SentenceTerms {
    pub doc: usize,
    pub span: Span,
    pub terms: Vec<Term>,
}

/// A run of consecutive sentences of one document that match a run of another's.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub a_doc: usize,
    pub a: Span,
    pub b_doc: usize,
    pub b: Span,
    /// Mean similarity of the matched sentences, 0..1.
    pub similarity: f64,
    /// The matched sentence pairs, as indices into the input.
    pub sentences: Vec<(usize, usize)>,
}

/// Finds the passages that documents share; `a_doc < b_doc` in every passage.
pub fn shared_passages(sentences: &[SentenceTerms], rarity: &Rarity) -> Vec<Passage> {
    let prepared = prepare(sentences, rarity);
    // Where the document of each sentence ends. Sentences normally come grouped by document
    // in document order: then the later sentences of other documents are exactly those from
    // that point on, and a long document's sentences never walk past each other.
    let grouped = sentences.windows(2).all(|w| w[0].doc <= w[1].doc);
    let mut doc_end = vec![sentences.len(); sentences.len()];
    for i in (0..sentences.len().saturating_sub(1)).rev() {
        doc_end[i] = if sentences[i + 1].doc == sentences[i].doc {
            doc_end[i + 1]
        } else {
            i + 1
        };
    }
    let total_sentences = sentences.len().max(1) as f64;
    let mut postings: Vec<Vec<u32>> = Vec::new();
    for (i, bag) in prepared.iter().enumerate() {
        if bag.words.len() < MIN_TERMS {
            continue;
        }
        for &(word, _) in &bag.words {
            let word = word as usize;
            if postings.len() <= word {
                postings.resize_with(word + 1, Vec::new);
            }
            postings[word].push(i as u32);
        }
    }
    let too_common = |list: &Vec<u32>| {
        list.len() > 300 && list.len() as f64 > total_sentences * COMMON_WORD_SHARE
    };
    // The words of each sentence that may propose pairs (not too common), split in two: the
    // MIN_SHARED_TERMS - 1 that most sentences use (its tail) and the rest (its head). Two
    // sentences that share MIN_SHARED_TERMS such words share at least one of the other's head,
    // so only heads are indexed: the common words, whose lists make the pairs grow with the
    // square of the corpus, are mostly tails and are checked only for the pairs found.
    let tail_len = MIN_SHARED_TERMS - 1;
    let mut proposing: Vec<Vec<u32>> = Vec::with_capacity(prepared.len());
    let mut heads: Vec<Vec<u32>> = vec![Vec::new(); postings.len()];
    let mut tails: Vec<[u32; MIN_SHARED_TERMS - 1]> = Vec::with_capacity(prepared.len());
    for (i, bag) in prepared.iter().enumerate() {
        let mut words: Vec<u32> = if bag.words.len() < MIN_TERMS {
            Vec::new()
        } else {
            bag.words
                .iter()
                .map(|&(word, _)| word)
                .filter(|&word| !too_common(&postings[word as usize]))
                .collect()
        };
        let mut tail = [u32::MAX; MIN_SHARED_TERMS - 1];
        if words.len() >= MIN_SHARED_TERMS {
            let mut by_use = words.clone();
            by_use.sort_unstable_by_key(|&w| (postings[w as usize].len(), w));
            let (head, last) = by_use.split_at(by_use.len() - tail_len);
            tail.copy_from_slice(last);
            for &word in head {
                heads[word as usize].push(i as u32);
            }
        } else {
            // Too few words to share enough with any sentence.
            words.clear();
        }
        proposing.push(words);
        tails.push(tail);
    }
    // For each sentence, count the words it shares with the heads of every later sentence of
    // another document, then add those it shares with their tails; only pairs sharing enough
    // words are compared in full.
    let mut shared = vec![0u32; sentences.len()];
    let mut mine = vec![u32::MAX; heads.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut matches: Vec<(usize, usize, f64)> = Vec::new();
    for (i, words) in proposing.iter().enumerate() {
        for &word in words {
            mine[word as usize] = i as u32;
            let list = &heads[word as usize];
            if grouped {
                // Every sentence from `doc_end[i]` on is of a later document: no need to read
                // each one's document (a cache miss per posting).
                for &j in &list[list.partition_point(|&j| (j as usize) < doc_end[i])..] {
                    let j = j as usize;
                    if shared[j] == 0 {
                        touched.push(j);
                    }
                    shared[j] += 1;
                }
            } else {
                for &j in &list[list.partition_point(|&j| (j as usize) <= i)..] {
                    let j = j as usize;
                    if sentences[j].doc != sentences[i].doc {
                        if shared[j] == 0 {
                            touched.push(j);
                        }
                        shared[j] += 1;
                    }
                }
            }
        }
        for &j in &touched {
            let in_tail = tails[j]
                .iter()
                .filter(|&&w| w != u32::MAX && mine[w as usize] == i as u32)
                .count();
            if shared[j] as usize + in_tail >= MIN_SHARED_TERMS {
                let similarity = containment(&prepared[i], &prepared[j])
                    .max(trigram_overlap(&prepared[i], &prepared[j]));
                if similarity >= PARAPHRASE_THRESHOLD {
                    matches.push((i, j, similarity));
                }
            }
            shared[j] = 0;
        }
        touched.clear();
    }
    // Sentences that many documents share are boilerplate, not reuse.
    let mut partners: Vec<(usize, usize)> = matches
        .iter()
        .flat_map(|&(i, j, _)| [(i, sentences[j].doc), (j, sentences[i].doc)])
        .collect();
    partners.sort_unstable();
    partners.dedup();
    let mut boilerplate = vec![false; sentences.len()];
    for run in partners.chunk_by(|a, b| a.0 == b.0) {
        if run.len() >= BOILERPLATE_DOCUMENTS {
            boilerplate[run[0].0] = true;
        }
    }
    matches.retain(|&(i, j, _)| !boilerplate[i] && !boilerplate[j]);
    // Each sentence matches at most one sentence of each other document: its best.
    matches.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let mut taken: FxHashSet<(usize, usize)> = FxHashSet::default();
    let mut kept: Vec<(usize, usize, f64)> = Vec::new();
    for (i, j, s) in matches {
        let (di, dj) = (sentences[i].doc, sentences[j].doc);
        if taken.contains(&(i, dj)) || taken.contains(&(j, di)) {
            continue;
        }
        taken.insert((i, dj));
        taken.insert((j, di));
        // Keep the earlier document on the left.
        kept.push(if di <= dj { (i, j, s) } else { (j, i, s) });
    }
    kept.sort_by_key(|&(i, j, _)| (sentences[i].doc, sentences[j].doc, i, j));
    let mut passages: Vec<Passage> = Vec::new();
    for (i, j, s) in kept {
        let (a_doc, b_doc) = (sentences[i].doc, sentences[j].doc);
        if let Some(last) = passages.last_mut() {
            let &(li, lj) = last.sentences.last().expect("passages are never empty");
            let continues =
                last.a_doc == a_doc && last.b_doc == b_doc && i <= li + 2 && j > lj && j <= lj + 2;
            if continues {
                last.a.end = sentences[i].span.end;
                last.b.end = last.b.end.max(sentences[j].span.end);
                let n = last.sentences.len() as f64;
                last.similarity = (last.similarity * n + s) / (n + 1.0);
                last.sentences.push((i, j));
                continue;
            }
        }
        passages.push(Passage {
            a_doc,
            a: sentences[i].span,
            b_doc,
            b: sentences[j].span,
            similarity: s,
            sentences: vec![(i, j)],
        });
    }
    passages
}

/// A sentence's words as numbers: weighted, sorted and distinct, with its word trigrams.
struct Bag {
    words: Vec<(u32, f64)>,
    total: f64,
    trigrams: Vec<u64>,
}

fn prepare(sentences: &[SentenceTerms], rarity: &Rarity) -> Vec<Bag> {
    // Words numbered in order of first use among these sentences (the order in which a bag's
    // weights are summed).
    let mut ids: Vec<u32> = Vec::new();
    let mut next = 0u32;
    sentences
        .iter()
        .map(|s| {
            let sequence: Vec<u32> = s
                .terms
                .iter()
                .map(|t| {
                    let key = t.key as usize;
                    if ids.len() <= key {
                        ids.resize(key + 1, u32::MAX);
                    }
                    if ids[key] == u32::MAX {
                        ids[key] = next;
                        next += 1;
                    }
                    ids[key]
                })
                .collect();
            let mut words: Vec<(u32, f64)> = sequence
                .iter()
                .zip(&s.terms)
                .map(|(&id, t)| (id, rarity.weight(t.key)))
                .collect();
            words.sort_by_key(|w| w.0);
            words.dedup_by_key(|w| w.0);
            let mut trigrams: Vec<u64> = sequence.windows(3).map(trigram).collect();
            trigrams.sort_unstable();
            trigrams.dedup();
            Bag {
                total: words.iter().map(|w| w.1).sum(),
                words,
                trigrams,
            }
        })
        .collect()
}

/// Three word numbers as one: packed exactly while there are fewer than 2^21 distinct words,
/// hashed beyond.
fn trigram(words: &[u32]) -> u64 {
    const BITS: u32 = 21;
    if words.iter().all(|&w| w < 1 << BITS) {
        words
            .iter()
            .fold(0u64, |packed, &w| (packed << BITS) | u64::from(w))
    } else {
        // The top bit set keeps hashed trigrams apart from packed ones.
        FxBuild::default().hash_one(words) | 1 << 63
    }
}

/// How much of the lighter bag's weight the other bag holds, when they share enough words.
fn containment(a: &Bag, b: &Bag) -> f64 {
    if a.words.len() < MIN_TERMS || b.words.len() < MIN_TERMS {
        return 0.0;
    }
    let (mut i, mut j) = (0, 0);
    let (mut count, mut weight) = (0, 0.0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].0.cmp(&b.words[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                weight += a.words[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    let lighter = a.total.min(b.total);
    if count < MIN_SHARED_TERMS || weight < MIN_SHARED_WEIGHT || lighter == 0.0 {
        return 0.0;
    }
    weight / lighter
}

/// Share of the shorter sentence's word trigrams found in the other: near-verbatim copies.
fn trigram_overlap(a: &Bag, b: &Bag) -> f64 {
    let smaller = a.trigrams.len().min(b.trigrams.len());
    if smaller < 3 {
        return 0.0;
    }
    let shared = a
        .trigrams
        .iter()
        .filter(|t| b.trigrams.binary_search(t).is_ok())
        .count();
    shared as f64 / smaller as f64
}

/// How similar two sentences' words are, as [`shared_passages`] measures it (0 when they share
/// too little to say): whether they say the same thing.
pub fn similarity(a: &SentenceTerms, b: &SentenceTerms, rarity: &Rarity) -> f64 {
    let pair = [
        SentenceTerms {
            doc: a.doc,
            span: a.span,
            terms: a.terms.clone(),
        },
        SentenceTerms {
            doc: b.doc,
            span: b.span,
            terms: b.terms.clone(),
        },
    ];
    let bags = prepare(&pair, rarity);
    containment(&bags[0], &bags[1]).max(trigram_overlap(&bags[0], &bags[1]))
}

#[cfg(test)]
mod tests {
    use super::{SentenceTerms, investigation_boilerplate, page_furniture};
    use crate::compare::words::{Vocabulary, terms};
    use crate::text::Span;

    #[test]
    fn saying_who_investigates_is_a_forces_phrasing_but_the_incident_is_not() {
        let is_boilerplate = |sentence: &str| {
            let mut vocabulary = Vocabulary::new();
            let span = Span::new(0, sentence.len());
            let found = SentenceTerms {
                doc: 0,
                span,
                terms: terms(sentence, span, &mut vocabulary),
            };
            investigation_boilerplate(&found, sentence)
        };
        assert!(is_boilerplate(
            "North District detectives are handling the investigation."
        ));
        assert!(is_boilerplate(
            "Homicide detectives are investigating the shooting."
        ));
        assert!(!is_boilerplate(
            "Detectives said the boy was shot in the arm on Larch Avenue."
        ));
    }

    #[test]
    fn a_sites_own_lines_are_page_furniture_but_news_is_not() {
        assert!(page_furniture(
            "Contact the reporter: jroe@example.com or 555-0100."
        ));
        assert!(page_furniture("Keep checking WXYZnews.com for updates."));
        assert!(page_furniture("Contact Jo Roe: jroe@example."));
        assert!(page_furniture(
            "Copyright 2016 Example Media. All rights reserved."
        ));
        assert!(!page_furniture(
            "Police said 3 men were shot on Carver Street on Monday."
        ));
        assert!(!page_furniture("The company.said it would close 2 plants."));
        assert!(!page_furniture(
            "The shooter wore jeans, according to example.com."
        ));
    }
}

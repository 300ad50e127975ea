//! Grouping values that measure the same real-world quantity.
//!
//! Two values may be compared when their units are compatible (months and years convert;
//! percent is not percentage points; dollars are not euros; "100 employees" is not "100
//! stores"), they are both levels or both changes, and the words around them say so: the
//! content words of the clause that holds each value, weighted by how rare they are in the
//! corpus (a word every sentence uses proves nothing), with names and the words of one axis
//! ("lead", "lag behind", "gap") counting double. Groups are formed by complete linkage: a value
//! joins a group only when it is close enough to *every* member, so that chains of loosely
//! related values never pile up into one topic. Over-grouping is the worse error: two
//! unrelated 38%s are not a topic.

use super::frame::{self, Frame};
use super::interval::Interval;
use super::words::{Key, Term, Vocabulary};
use crate::text::Span;
use crate::text::hash::FxHashMap;

/// How close two values' contexts must be (cosine of their weighted content words).
pub const SIMILARITY_THRESHOLD: f64 = 0.25;
/// Sentences of one document share its subject's words whatever they measure: two values
/// there must be closer still.
pub const SAME_DOCUMENT_THRESHOLD: f64 = 0.45;
/// Values whose sentences name no common entity ("gold per ounce" in two unrelated reports)
/// need to be this close: news about one quantity nearly always names whose it is.
pub const UNNAMED_THRESHOLD: f64 = 0.65;
/// Distinct words two values' own clauses must share, besides the noun both count.
const MIN_SHARED_WORDS: usize = 2;

/// Words outside the value's own clause count this much.
const OUTSIDE_CLAUSE: f64 = 0.3;
/// Two values more than this many times apart measure different things ("$500 bonuses" and
/// "$650 million of debt"), whatever words they share.
const MAX_RATIO: f64 = 1000.0;
const PROPER_NAME: f64 = 1.5;
const AXIS: f64 = 2.0;
const COUNTED: f64 = 2.0;
/// Above this many sentences using a word, it is too common to propose pairs by itself.
const COMMON_WORD_SHARE: f64 = 0.1;
/// A scalability guard: a word in the own clauses of more than this many values of one kind
/// proposes no pairs among them (the pairs it would propose grow with the square of that
/// number). Pairs that share rarer words are still proposed through those; two values that
/// share only such a word and no rarer one are not compared. No corpus of a few hundred
/// articles comes near it: it only bites on corpora of many megabytes.
pub const MAX_PROPOSERS: usize = 1000;
/// The same guard for a frame key (an attribute family and an entity): a key more values than
/// this share proposes no pairs. Stories about one entity hold far fewer values.
const MAX_FRAME_PROPOSERS: usize = 100;

/// What kind of amount a value is; only values of one kind compare.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Durations, converted to years.
    Duration,
    Percent,
    PercentagePoint,
    Money(String),
    /// A count of something: the normalised words of what is counted ("nvidia", "a100",
    /// "gpu"), sorted. A bare number (an age, "a 3 to 1 margin") is not compared.
    Count(Vec<String>),
    Physical(String),
    /// A value stated in words ("the gap disappeared"): it takes the kind of the values it
    /// joins.
    Any,
}

impl Dimension {
    pub fn compatible(&self, other: &Dimension) -> bool {
        match (self, other) {
            (Dimension::Any, _) | (_, Dimension::Any) => true,
            // "GPUs" and "NVIDIA A100 GPUs" count the same things; "states" and "plants" not.
            (Dimension::Count(a), Dimension::Count(b)) => {
                a.iter().any(|w| b.binary_search(w).is_ok())
            }
            (a, b) => a == b,
        }
    }
}

/// One value that may join a topic.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index of its claim in the analysis.
    pub claim: usize,
    /// Index of its quantity, `None` for a value stated in words.
    pub quantity: Option<usize>,
    pub doc: usize,
    pub dimension: Dimension,
    pub is_change: bool,
    /// In the dimension's base unit (years for durations).
    pub interval: Interval,
    /// The stated ends in the base unit, to tell "the same value" from "overlapping values".
    pub stated: (f64, f64),
    /// The content words around the value: the sentence's terms, with the clause that holds
    /// the value marked.
    pub context: Vec<ContextTerm>,
    /// Who or what the value is about, what it measures and in which scope.
    pub frame: Frame,
    /// Stated in the document's title: a headline restates its article, it is no second
    /// statement.
    pub in_title: bool,
}

#[derive(Debug, Clone)]
pub struct ContextTerm {
    pub term: Term,
    pub in_clause: bool,
}

/// Inverse document frequency of terms over the corpus's sentences.
pub struct Rarity {
    sentences: usize,
    /// Sentences using each word, by [`Key`].
    frequency: Vec<u32>,
    /// The last sentence (counted from 1) that counted each word: a word counts once per
    /// sentence.
    counted_in: Vec<u32>,
}

impl Rarity {
    pub fn new() -> Rarity {
        Rarity {
            sentences: 0,
            frequency: Vec::new(),
            counted_in: Vec::new(),
        }
    }

    /// Counts one sentence's terms.
    pub fn add_sentence(&mut self, terms: &[Term]) {
        self.sentences += 1;
        let sentence = self.sentences as u32;
        for term in terms {
            let key = term.key as usize;
            if key >= self.frequency.len() {
                self.frequency.resize(key + 1, 0);
                self.counted_in.resize(key + 1, 0);
            }
            if self.counted_in[key] != sentence {
                self.counted_in[key] = sentence;
                self.frequency[key] += 1;
            }
        }
    }

    fn frequency(&self, key: Key) -> usize {
        self.frequency.get(key as usize).map_or(0, |&n| n as usize)
    }

    /// ln((N + 20) / (df + 1)): the 20 imaginary sentences that use no word keep a small
    /// corpus (three test sentences, one article) from calling every word common.
    pub fn weight(&self, key: Key) -> f64 {
        let df = self.frequency(key);
        ((self.sentences as f64 + 20.0) / (df as f64 + 1.0)).ln()
    }

    fn is_common(&self, key: Key) -> bool {
        let df = self.frequency(key);
        df > 300 && df as f64 > self.sentences as f64 * COMMON_WORD_SHARE
    }
}

/// A candidate's context as a weighted bag of words, sorted by the words' alphabetical rank
/// (`rank`, from [`Vocabulary::alphabetical_ranks`]), so that sums run in the words' order.
fn vector(
    candidate: &Candidate,
    rarity: &Rarity,
    counted: &[Key],
    vocabulary: &Vocabulary,
    rank: &[u32],
) -> Vec<(u32, f64)> {
    let mut weights: Vec<(u32, f64)> = Vec::with_capacity(candidate.context.len());
    for ContextTerm { term, in_clause } in &candidate.context {
        let mut weight = rarity.weight(term.key);
        if !in_clause {
            weight *= OUTSIDE_CLAUSE;
        }
        if term.proper {
            weight *= PROPER_NAME;
        }
        if vocabulary.name(term.key).starts_with('~') {
            weight *= AXIS;
        }
        if counted.contains(&term.key) {
            weight *= COUNTED;
        }
        weights.push((rank[term.key as usize], weight));
    }
    // The heaviest weight of each word.
    weights.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    weights.dedup_by_key(|w| w.0);
    weights
}

fn cosine(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let norm = |v: &[(u32, f64)]| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let denominator = norm(a) * norm(b);
    if denominator == 0.0 {
        0.0
    } else {
        dot / denominator
    }
}
/// Whether both sentences name one entity (a capitalised word inside each sentence).
fn shares_a_name(a: &Candidate, b: &Candidate) -> bool {
    let named = |x: &Candidate, y: &Candidate| {
        x.context
            .iter()
            .filter(|t| t.term.proper && t.in_clause)
            .any(|t| {
                y.context
                    .iter()
                    .any(|u| u.term.proper && u.term.key == t.term.key)
            })
    };
    named(a, b) || named(b, a)
}

/// Whether the stated values are within [`MAX_RATIO`] of each other (a value stated in words,
/// such as a gap that vanished, is near anything).
fn comparable_magnitudes(a: &Candidate, b: &Candidate) -> bool {
    let size = |c: &Candidate| c.stated.0.abs().max(c.stated.1.abs());
    let (x, y) = (size(a), size(b));
    if x == 0.0 || y == 0.0 || a.dimension == Dimension::Any || b.dimension == Dimension::Any {
        return true;
    }
    x.max(y) / x.min(y) <= MAX_RATIO
}

/// Distinct words both values' own clauses hold, other than the words of what both count
/// (two counts of GPUs are not one topic for that alone).
/// `clause_a` and `clause_b` are the candidates' own-clause words, sorted and distinct;
/// `counts_a` and `counts_b` the words of what each counts (empty unless a count).
fn shared_clause_words(
    clause_a: &[Key],
    clause_b: &[Key],
    counts_a: &[Key],
    counts_b: &[Key],
) -> usize {
    let counted_by_both = |key: &Key| counts_a.contains(key) && counts_b.contains(key);
    clause_a
        .iter()
        .filter(|k| clause_b.binary_search(k).is_ok() && !counted_by_both(k))
        .count()
}

/// Each candidate's own-clause words, sorted and distinct.
fn clause_words(candidate: &Candidate) -> Vec<Key> {
    let mut keys: Vec<Key> = candidate
        .context
        .iter()
        .filter(|t| t.in_clause)
        .map(|t| t.term.key)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Whether, in one document, the two values' clauses each name an entity the other does not
/// ("nearly 10% of Ohio" and "nearly 3% of Iowa"): then they measure two things.
fn names_differ(a: &Candidate, b: &Candidate) -> bool {
    fn names(c: &Candidate) -> Vec<Key> {
        c.context
            .iter()
            .filter(|t| t.in_clause && t.term.proper)
            .map(|t| t.term.key)
            .collect()
    }
    let (na, nb) = (names(a), names(b));
    let only = |x: &[Key], y: &[Key]| x.iter().any(|n| !y.contains(n));
    only(&na, &nb) && only(&nb, &na)
}

/// A candidate's [`Dimension`] with its words numbered: whether two values are of compatible
/// kinds is then a comparison of integers, where [`Dimension::compatible`] compares strings
/// (a tenth of the comparison's time on a thousand reports).
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Any,
    /// The numbered words of what is counted, sorted.
    Count(Vec<u32>),
    Other(u32),
}

impl Kind {
    fn of_each(candidates: &[Candidate]) -> Vec<Kind> {
        let mut count_words: FxHashMap<&str, u32> = FxHashMap::default();
        let mut others: FxHashMap<&Dimension, u32> = FxHashMap::default();
        candidates
            .iter()
            .map(|c| match &c.dimension {
                Dimension::Any => Kind::Any,
                Dimension::Count(words) => {
                    let mut ids: Vec<u32> = words
                        .iter()
                        .map(|w| {
                            let next = count_words.len() as u32;
                            *count_words.entry(w.as_str()).or_insert(next)
                        })
                        .collect();
                    ids.sort_unstable();
                    Kind::Count(ids)
                }
                other => {
                    let next = others.len() as u32;
                    Kind::Other(*others.entry(other).or_insert(next))
                }
            })
            .collect()
    }

    /// [`Dimension::compatible`], on numbered words.
    fn compatible(&self, other: &Kind) -> bool {
        match (self, other) {
            (Kind::Any, _) | (_, Kind::Any) => true,
            (Kind::Count(a), Kind::Count(b)) => a.iter().any(|w| b.binary_search(w).is_ok()),
            (Kind::Other(a), Kind::Other(b)) => a == b,
            _ => false,
        }
    }
}

/// Whether two candidates (of kinds `ka` and `kb`) may stand in one topic at all, whatever
/// their words say.
fn may_pair(a: &Candidate, b: &Candidate, ka: &Kind, kb: &Kind) -> bool {
    a.claim != b.claim
        && a.is_change == b.is_change
        && ka.compatible(kb)
        && !(*ka == Kind::Any && *kb == Kind::Any)
        && comparable_magnitudes(a, b)
}

/// Whether two values share a frame: one entity, one attribute family (or, for counts, one
/// kind of thing counted, which [`may_pair`] checks) and one scope. A value whose clause names
/// no attribute ("a single number: $6 million") shares a frame only with the same value about
/// the same entity: a restatement.
/// `shared_words` counts the distinct words both own clauses hold besides the counted nouns
/// both name; `shared_any` counts them with those nouns, and is asked only for two different
/// counts in two documents (this runs for every candidate pair).
fn same_frame(
    a: &Candidate,
    b: &Candidate,
    shared_words: usize,
    shared_any: impl FnOnce() -> usize,
) -> bool {
    let (fa, fb) = (&a.frame, &b.frame);
    if !fa.shares_entity(fb) || (a.doc == b.doc && (a.in_title || b.in_title)) {
        return false;
    }
    // A restatement: the same value about the same entity, with an attribute word on one
    // side, or, with none on either, in words the two clauses share ("decades" of two
    // different things are no restatement).
    let restated = a.stated == b.stated
        && a.dimension != Dimension::Any
        && frame::compatible(fa.family, fb.family)
        && (fa.family.is_some() || fb.family.is_some() || shared_words >= MIN_SHARED_WORDS);
    if restated {
        return true;
    }
    // Counts frame alike only when they count one category of thing ("GPUs" and "H100
    // chips"), not merely share a word ("AI systems" and "AI initiatives").
    let category = |d: &Dimension| -> Vec<String> {
        match d {
            Dimension::Count(words) => words
                .iter()
                .filter(|w| w.starts_with('#'))
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    };
    let (ca, cb) = (category(&a.dimension), category(&b.dimension));
    let counts = !ca.is_empty() && ca == cb;
    let differ = !a.interval.overlaps(&b.interval);
    let families = match (fa.family, fb.family) {
        (Some(x), Some(y)) => x == y,
        // Two counts of one kind of thing about one entity, not both saying what they measure.
        // Inside one document, which counts several things of a kind ("1,700 chips" per buyer,
        // "320,000" per country), only a restatement. Across documents, the same figure, or
        // different figures whose clauses share words besides the counted noun: two reports
        // that name one city and count "4 men" and "2 men" show no common incident.
        _ => counts && (!differ || (a.doc != b.doc && shared_words >= MIN_SHARED_WORDS)),
    };
    // Different counts in two documents whose clauses share no word at all ("2 people were
    // arrested", "5 kids got shot") are framed alike by an entity and a family alone: nothing
    // says they count one thing.
    let is_count = |c: &Candidate| matches!(c.dimension, Dimension::Count(_));
    let bare_counts = a.doc != b.doc && differ && is_count(a) && is_count(b) && shared_any() == 0;
    families && frame::same_scope(fa.scope, fb.scope) && !bare_counts
}

/// Whether two values' frames say they measure different things: different attribute
/// families or different scopes.
fn frames_conflict(a: &Candidate, b: &Candidate) -> bool {
    !frame::compatible(a.frame.family, b.frame.family)
        || !frame::compatible(a.frame.scope, b.frame.scope)
}

/// Which values can ever pair, as a number: only values of one block are compared, except
/// values stated in words (block 0), which are compared with every block. Counts form one
/// block (whether two counts count the same things is asked of each pair).
fn blocks(candidates: &[Candidate]) -> Vec<u32> {
    let mut numbers: FxHashMap<(bool, &Dimension), u32> = FxHashMap::default();
    let count = Dimension::Count(Vec::new());
    candidates
        .iter()
        .map(|c| {
            let kind = match &c.dimension {
                Dimension::Any => return 0,
                Dimension::Count(_) => &count,
                other => other,
            };
            let next = numbers.len() as u32 + 1;
            *numbers.entry((c.is_change, kind)).or_insert(next)
        })
        .collect()
}

/// Groups candidates into topics (each a list of candidate indices, in input order; only
/// groups of two or more). `counted` gives, per candidate, the normalised words of what it
/// counts.
///
/// Pairs are proposed, never enumerated: each value's own-clause words that are not too
/// common index it (an inverted index, split by the kind of amount), and only values that
/// share such a word and can pair are scored, each pair once. The cost follows the pairs that
/// share vocabulary, not the square of the number of values.
pub fn topics(
    candidates: &[Candidate],
    rarity: &Rarity,
    counted: &[Vec<Key>],
    vocabulary: &Vocabulary,
    same_story: impl Fn(&Candidate, &Candidate) -> bool,
) -> Vec<Vec<usize>> {
    let rank = vocabulary.alphabetical_ranks();
    let vectors: Vec<Vec<(u32, f64)>> = candidates
        .iter()
        .zip(counted)
        .map(|(c, counted)| vector(c, rarity, counted, vocabulary, &rank))
        .collect();
    let clauses: Vec<Vec<Key>> = candidates.iter().map(clause_words).collect();
    // The words of what each counts, as keys (a word no text uses cannot be shared).
    let counts: Vec<Vec<Key>> = candidates
        .iter()
        .map(|c| match &c.dimension {
            Dimension::Count(words) => words.iter().filter_map(|w| vocabulary.get(w)).collect(),
            _ => Vec::new(),
        })
        .collect();
    let block = blocks(candidates);
    let kinds = Kind::of_each(candidates);

    // Frames propose pairs too: a key per (attribute family, entity), numbered after the
    // vocabulary's words, so that values worded differently but framed alike meet.
    let mut frame_keys: FxHashMap<(Option<&str>, Key), Key> = FxHashMap::default();
    let first_frame_key = rank.len() as Key;
    let proposers: Vec<Vec<Key>> = candidates
        .iter()
        .zip(&clauses)
        .map(|(c, clause)| {
            let mut keys: Vec<Key> = clause
                .iter()
                .copied()
                .filter(|&k| !rarity.is_common(k))
                .collect();
            for &entity in &c.frame.entities {
                let next = first_frame_key + frame_keys.len() as Key;
                keys.push(*frame_keys.entry((c.frame.family, entity)).or_insert(next));
                if c.frame.family.is_some() {
                    // Restatements without an attribute word meet through the bare entity.
                    let next = first_frame_key + frame_keys.len() as Key;
                    keys.push(*frame_keys.entry((None, entity)).or_insert(next));
                }
            }
            keys.sort_unstable();
            keys.dedup();
            keys
        })
        .collect();
    // A frame key that many values share (one city's name in a corpus of its crime reports)
    // would propose pairs by the square of their number; such values still meet through
    // rarer words and keys.
    let mut frame_key_uses: FxHashMap<Key, usize> = FxHashMap::default();
    for keys in &proposers {
        for &k in keys.iter().filter(|&&k| k >= first_frame_key) {
            *frame_key_uses.entry(k).or_insert(0) += 1;
        }
    }
    let proposers: Vec<Vec<Key>> = proposers
        .into_iter()
        .map(|mut keys| {
            keys.retain(|k| *k < first_frame_key || frame_key_uses[k] <= MAX_FRAME_PROPOSERS);
            keys
        })
        .collect();
    // Propose pairs through the words near each value that are not too common: postings
    // sorted by (word, block, candidate), each key's in a run of its own (keys are dense:
    // words, then frame keys). Placed by counting rather than sorted: the candidates are
    // visited in (block, candidate) order, and each posting goes to the end of its key's run.
    let key_count = first_frame_key as usize + frame_keys.len();
    let mut key_postings: Vec<(usize, usize)> = vec![(0, 0); key_count];
    for keys in &proposers {
        for &key in keys {
            key_postings[key as usize].1 += 1;
        }
    }
    let mut from = 0;
    for run in &mut key_postings {
        let count = run.1;
        *run = (from, from);
        from += count;
    }
    let mut by_block: Vec<usize> = (0..candidates.len()).collect();
    by_block.sort_by_key(|&i| block[i]);
    let mut postings: Vec<(Key, u32, u32)> = vec![(0, 0, 0); from];
    for i in by_block {
        for &key in &proposers[i] {
            let end = &mut key_postings[key as usize].1;
            postings[*end] = (key, block[i], i as u32);
            *end += 1;
        }
    }
    let debug = std::env::var_os("CS_DEBUG").is_some();
    if debug {
        for (i, c) in candidates.iter().enumerate() {
            let names: Vec<&str> = c
                .frame
                .entities
                .iter()
                .map(|&k| vocabulary.name(k))
                .collect();
            eprintln!(
                "CAND {i} doc={} q={:?} {:?} {:?}/{:?} {names:?} {:?}",
                c.doc, c.quantity, c.stated, c.frame.family, c.frame.scope, c.dimension
            );
        }
    }
    // Each pair is proposed once (`j > i`, and `seen` keeps one of each per `i`).
    let mut edges: Vec<((usize, usize), f64)> = Vec::new();
    let mut seen = vec![u32::MAX; candidates.len()];
    let mut partners: Vec<usize> = Vec::new();
    for (i, keys) in proposers.iter().enumerate() {
        let own = block[i];
        for &key in keys {
            let (from, end) = key_postings[key as usize];
            let list = &postings[from..end];
            let block_of = |wanted: u32| {
                let lo = list.partition_point(|p| p.1 < wanted);
                let hi = list.partition_point(|p| p.1 <= wanted);
                &list[lo..hi]
            };
            // A word in too many values of a kind proposes no pairs with them (both ways).
            let (own_run, words_run) = (block_of(own), block_of(0));
            if own_run.len() > MAX_PROPOSERS || words_run.len() > MAX_PROPOSERS {
                continue;
            }
            // The later candidates of a block's postings.
            let mut take = |range: &[(Key, u32, u32)]| {
                let later = range.partition_point(|p| (p.2 as usize) <= i);
                for &(_, _, j) in &range[later..] {
                    if seen[j as usize] != i as u32 {
                        seen[j as usize] = i as u32;
                        partners.push(j as usize);
                    }
                }
            };
            if own == 0 {
                // A value in words may join any kind of value.
                let mut at = 0;
                while at < list.len() {
                    let b = list[at].1;
                    let run = list[at..].partition_point(|p| p.1 == b);
                    if run <= MAX_PROPOSERS {
                        take(&list[at..at + run]);
                    }
                    at += run;
                }
            } else {
                take(words_run);
                take(own_run);
            }
        }
        for j in partners.drain(..) {
            let (a, b) = (&candidates[i], &candidates[j]);
            if (a.doc != b.doc && !same_story(a, b)) || !may_pair(a, b, &kinds[i], &kinds[j]) {
                continue;
            }
            let evidence = shared_clause_words(&clauses[i], &clauses[j], &counts[i], &counts[j]);
            let shared_any = || shared_clause_words(&clauses[i], &clauses[j], &[], &[]);
            let framed = same_frame(a, b, evidence, shared_any);
            // Pairs whose frames conflict are turned away before their words are weighed.
            if !framed && (frames_conflict(a, b) || (a.doc == b.doc && a.stated == b.stated)) {
                continue;
            }
            let score = cosine(&vectors[i], &vectors[j]);
            if framed {
                // Framed alike: the strongest evidence, ranked above word overlap alone;
                // values that agree join first, so that one figure's restatements stay
                // together when another figure of the same frame is near.
                let agreeing = if a.interval.overlaps(&b.interval) {
                    0.5
                } else {
                    0.0
                };
                edges.push(((i, j), 1.0 + agreeing + score));
                if debug {
                    eprintln!("FRAME {i} {j} {score:.2}");
                }
                continue;
            }
            let threshold = if a.doc == b.doc {
                SAME_DOCUMENT_THRESHOLD
            } else {
                SIMILARITY_THRESHOLD
            };
            let distinct_subjects = a.doc == b.doc && names_differ(a, b);
            // Across documents the shared name must also be one of the entities the values
            // are about (not a name every story uses, "Police", "County").
            let about_one_entity = a.doc == b.doc || a.frame.shares_entity(&b.frame);
            let named = (shares_a_name(a, b) && about_one_entity) || score >= UNNAMED_THRESHOLD;
            if evidence >= MIN_SHARED_WORDS && score >= threshold && named && !distinct_subjects {
                edges.push(((i, j), score));
                if debug {
                    let keys = |c: &Candidate| {
                        c.context
                            .iter()
                            .filter(|t| t.in_clause)
                            .map(|t| {
                                let star = if t.term.proper { "*" } else { "" };
                                format!("{}{star}", vocabulary.name(t.term.key))
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    eprintln!(
                        "PAIR {i} {j} {score:.2} ev={evidence} | {} || {}",
                        keys(a),
                        keys(b)
                    );
                }
            }
        }
    }

    // Strongest first; ties in input order, so that the result does not depend on hashing.
    edges.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // Each value's close values, sorted: whether two are close is a search in the shorter
    // list, and a value with fewer close values than a group has members cannot join it.
    let mut neighbours: Vec<Vec<u32>> = vec![Vec::new(); candidates.len()];
    for &((i, j), _) in &edges {
        neighbours[i].push(j as u32);
        neighbours[j].push(i as u32);
    }
    for list in &mut neighbours {
        list.sort_unstable();
    }
    let close = |i: usize, j: usize| {
        let (from, to) = if neighbours[i].len() <= neighbours[j].len() {
            (i, j)
        } else {
            (j, i)
        };
        neighbours[from].binary_search(&(to as u32)).is_ok()
    };
    let mut group_of: Vec<usize> = (0..candidates.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..candidates.len()).map(|i| vec![i]).collect();
    for ((i, j), _) in edges {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let enough = |from: usize, to: usize| {
            groups[from]
                .iter()
                .all(|&a| neighbours[a].len() >= groups[to].len())
        };
        let complete = enough(gi, gj)
            && enough(gj, gi)
            && groups[gi]
                .iter()
                .all(|&a| groups[gj].iter().all(|&b| close(a, b)));
        if !complete {
            continue;
        }
        let moved = std::mem::take(&mut groups[gj]);
        for &m in &moved {
            group_of[m] = gi;
        }
        groups[gi].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .filter(|g| {
            let numeric = g.iter().any(|&i| candidates[i].dimension != Dimension::Any);
            g.len() >= 2 && numeric
        })
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort();
    out
}

/// The clause of `sentence` that holds `anchor`: the stretch between punctuation that
/// separates clauses (commas not inside numbers, semicolons, colons, spaced dashes)
/// and the conjunctions that join contrasting clauses ("but", "while", "whereas").
pub fn clause(text: &str, sentence: Span, anchor: Span) -> Span {
    // Read as bytes: every break is an ASCII byte or the lead byte of a dash, which no byte
    // inside another character equals, so each byte can be asked without decoding characters.
    let bytes = text.as_bytes();
    let limit = sentence.end;
    let is_break = |i: usize| -> Option<usize> {
        match bytes[i] {
            b',' => {
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                (!next.is_ascii_digit()).then_some(1)
            }
            // Brackets are not breaks: "nearly a third (31%) of nurses" is one clause.
            b';' | b':' => Some(1),
            b'-' => (i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ')).then_some(1),
            // An em dash ("—", E2 80 94) always; an en dash ("–", E2 80 93) when spaced.
            0xE2 if i + 3 <= limit
                && bytes[i + 1] == 0x80
                && matches!(bytes[i + 2], 0x93 | 0x94) =>
            {
                let spaced = i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 3) == Some(&b' ');
                (bytes[i + 2] == 0x94 || spaced).then_some(3)
            }
            b' ' => {
                let rest = &bytes[i + 1..limit];
                ["but ", "while ", "whereas ", "although "]
                    .iter()
                    .any(|w| rest.starts_with(w.as_bytes()))
                    .then_some(1)
            }
            _ => None,
        }
    };
    let mut start = sentence.start;
    for i in sentence.start..anchor.start.min(limit) {
        if let Some(len) = is_break(i) {
            start = i + len;
        }
    }
    let end = (anchor.end.min(limit)..limit)
        .find(|&i| is_break(i).is_some())
        .unwrap_or(limit);
    Span::new(start.min(anchor.start), end.max(anchor.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A percentage in its own document whose clause holds `words` (a capitalised word is a
    /// name).
    fn percent(i: usize, words: &[&str], vocabulary: &mut Vocabulary) -> Candidate {
        let context = words
            .iter()
            .enumerate()
            .map(|(at, word)| ContextTerm {
                term: Term {
                    key: vocabulary.id(&word.to_lowercase()),
                    span: Span::new(at * 10, at * 10 + word.len()),
                    proper: word.starts_with(char::is_uppercase),
                },
                in_clause: true,
            })
            .collect();
        Candidate {
            claim: i,
            quantity: Some(i),
            doc: i,
            dimension: Dimension::Percent,
            is_change: false,
            interval: Interval::stated(10.0, 10.0, crate::extract::Approx::Exact, None),
            stated: (10.0, 10.0),
            context,
            // What a capitalised word names is what the value is about.
            frame: Frame {
                entities: words
                    .iter()
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .map(|w| vocabulary.id(&format!("@{}", w.to_lowercase())))
                    .collect(),
                ..Frame::default()
            },
            in_title: false,
        }
    }

    #[test]
    fn a_word_in_too_many_values_proposes_no_pairs_but_rarer_words_still_do() {
        let mut vocabulary = Vocabulary::new();
        let n = MAX_PROPOSERS + 1;
        let candidates: Vec<Candidate> = (0..n)
            .map(|i| {
                let words: &[&str] = if i < 2 {
                    &["Ohio", "tariff", "steel", "rebate"]
                } else {
                    &["Ohio", "tariff", "steel"]
                };
                percent(i, words, &mut vocabulary)
            })
            .collect();
        // A large corpus, in which none of these words is common by its share of sentences.
        let mut rarity = Rarity::new();
        for c in &candidates {
            let terms: Vec<Term> = c.context.iter().map(|t| t.term.clone()).collect();
            rarity.add_sentence(&terms);
        }
        for _ in 0..20 * n {
            rarity.add_sentence(&[]);
        }
        let counted = vec![Vec::new(); n];
        // Every value shares three words with every other, but only the first two share one
        // that is not in more than MAX_PROPOSERS values.
        assert_eq!(
            topics(
                &candidates,
                &rarity,
                &counted,
                &vocabulary,
                |_: &Candidate, _: &Candidate| true
            ),
            [[0, 1]]
        );
        // Below the guard, the same words group every value.
        let few = &candidates[1..51];
        let groups = topics(
            few,
            &rarity,
            &counted[1..51],
            &vocabulary,
            |_: &Candidate, _: &Candidate| true,
        );
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].len(), few.len());
    }

    #[test]
    fn clauses_stop_at_commas_and_contrasts() {
        let text = "Jane Roe, a former chief executive, estimated a 10,000-unit lead in chips.";
        let anchor = Span::new(text.find("10,000").unwrap(), text.find("-unit").unwrap());
        let found = clause(text, Span::new(0, text.len()), anchor);
        assert_eq!(found.of(text), " estimated a 10,000-unit lead in chips.");
        let text = "Open models are close, but they still lag by about a year.";
        let anchor = Span::new(text.find("a year").unwrap(), text.len() - 1);
        let found = clause(text, Span::new(0, text.len()), anchor);
        assert_eq!(found.of(text), "but they still lag by about a year.");
    }
}

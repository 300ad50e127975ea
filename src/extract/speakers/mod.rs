//! Who a source expression refers to: surnames and pronouns resolved to the full names a
//! document introduced ("Roe suggests" → Jane Roe, "He emphasizes" → the person last
//! attributed), so that one person has one name across a corpus.

mod kinds;
mod named;
mod names;

use super::attribution::{Attribution, SourceKind};
use super::descriptions;
use crate::text::Span;
use kinds::{
    THING_NOUNS, describes_one_person, is_body_name, is_plural_name, named_mid_sentence,
    names_a_person, names_an_organisation, names_two_people,
};
use named::{last_named_group, last_named_person, last_named_thing, person_named_in_sentence};
use names::{Forms, clean_name, full_name, is_title};

/// The speaker a sentence is attributed to, resolved within its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The full name ("Jane Roe") or the description as written ("Experts").
    pub name: String,
    /// The source was a name (a person or an organisation), not a description.
    pub is_name: bool,
    /// The apposition that described the source here, if any.
    pub description: Option<String>,
    /// Who reports this source's claim, for nested reports (resolved like the source).
    pub via: Option<String>,
    /// Names that speak together with this one, resolved like it, in text order: "Jane Roe"
    /// for "Jane Roe and John Doe said" (whose source is John Doe).
    pub co_speakers: Vec<String>,
}

/// How many sentences back a pronoun may reach for its antecedent.
const PRONOUN_REACH: usize = 6;

/// The sentences of a document's lede (with its title lines), where a source may be described
/// before it is named.
const LEDE: usize = 3;

/// How many sentences back "the company" may reach for the organisation last quoted: an
/// article is often about one company, named once at the top.
const BODY_REACH: usize = 20;

/// Resolves each attribution of one document's sentences. Pronouns that find no antecedent
/// within reach are dropped: an unresolved "he" is not worth a wrong name.
pub fn resolve(
    text: &str,
    sentences: &[Span],
    attributions: &[Option<Attribution>],
) -> Vec<Option<Resolved>> {
    let mut resolver = Resolver::new(text, sentences, attributions);
    (attributions.iter().enumerate())
        .map(|(index, attribution)| resolver.next(index, attribution.as_ref()?))
        .collect()
}

/// The names a later source may refer back to, as the sentences before it left them.
#[derive(Debug, Clone, Default)]
struct Antecedents {
    /// (sentence index, name) of the last person attributed, and of the last group ("experts").
    last_person: Option<(usize, String)>,
    last_group: Option<(usize, String)>,
    /// And of the last people quoted together ("Roe and Doe said"), or the last two people
    /// quoted one after the other, for "they" and "both men".
    last_pair: Option<(usize, Vec<String>)>,
    people: Vec<(usize, String)>,
    /// And of the last name quoted that may be a person's or not ("Acme", "Jane's Weekly"):
    /// "it" takes it only when nothing more telling is within reach.
    last_unnamed_kind: Option<(usize, String)>,
    /// The sentence of the last attribution, of any kind.
    last_attributed: Option<usize>,
    /// And of the last body or document ("the agency", "the report"), for "it".
    last_thing: Option<(usize, String)>,
    /// And of the last organisation quoted by name, for "the company".
    last_body: Option<(usize, String)>,
}

/// Resolves a document's attributions in text order, each against the names the ones before
/// it introduced ([`resolve`] for every sentence at once).
pub struct Resolver<'a> {
    text: &'a str,
    forms: Forms<'a>,
    /// The document's attributions, sentence by sentence: a headline may stand for the person
    /// the body quotes next.
    attributions: &'a [Option<Attribution>],
    /// The document's sentences, one for each attribution.
    sentences: &'a [Span],
    antecedents: Antecedents,
}

impl<'a> Resolver<'a> {
    /// A resolver for `text`, whose `sentences` are attributed as `attributions`.
    pub fn new(
        text: &'a str,
        sentences: &'a [Span],
        attributions: &'a [Option<Attribution>],
    ) -> Resolver<'a> {
        Resolver {
            text,
            forms: Forms::new(text),
            attributions,
            sentences,
            antecedents: Antecedents::default(),
        }
    }

    /// `attribution`, of sentence `index`, resolved as if it stood alone in its sentence's
    /// place: the names it introduces are not kept for the sentences after (a clause of a
    /// sentence whose whole attribution is resolved with [`Resolver::next`]).
    pub fn apart(&mut self, index: usize, attribution: &Attribution) -> Option<Resolved> {
        let kept = self.antecedents.clone();
        let resolved = self.next(index, attribution);
        self.antecedents = kept;
        resolved
    }

    /// The attribution of sentence `index` (sentences are resolved in order), resolved; the
    /// names it introduces are kept for the sentences after.
    pub fn next(&mut self, index: usize, attribution: &Attribution) -> Option<Resolved> {
        let (text, forms, attributions) = (self.text, &self.forms, self.attributions);
        let sentence_start = self.sentences.get(index).map(|s| s.start);
        let Antecedents {
            last_person,
            last_group,
            last_pair,
            people,
            last_unnamed_kind,
            last_attributed,
            last_thing,
            last_body,
        } = &mut self.antecedents;
        let previous = last_attributed.replace(index);
        let source = clean_name(attribution.source.of(text));
        let description = attribution
            .description
            .map(|d| d.of(text).trim().to_owned());
        let via = attribution
            .via
            .map(|v| full_name(forms, v.start, &clean_name(v.of(text))));
        // A headline or lede that describes one person ("…, AI Expert Says", "A prominent
        // figure in the industry says …") stands for the person the body then quotes by name.
        if index <= LEDE
            && matches!(attribution.kind, SourceKind::Name | SourceKind::Description)
            && describes_one_person(&source)
            && let Some(name) = person_quoted_next(forms, text, attributions, index)
        {
            *last_person = Some((index, name.clone()));
            return Some(Resolved {
                name,
                is_name: true,
                description: Some(source),
                via,
                co_speakers: Vec::new(),
            });
        }
        let resolved = match attribution.kind {
            SourceKind::Name => {
                let name = full_name(forms, attribution.source.start, &source);
                // A cue of a person's ("mentioned", "thanked") with a one-word name the text
                // never gives a given name: a country or a company merely acting ("China
                // approved 40 models"), not a report. A title makes it a person: "President Xi".
                let titled = text[..attribution.source.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(is_title);
                // A plural is a group of people: "Scholars have long debated …".
                let plural = name.ends_with('s') && !name.ends_with("ss");
                if attribution.person && !name.contains(' ') && !titled && !plural {
                    return None;
                }
                if is_plural_name(&name) {
                    // "Democrats said … They noted …": a group, for "they".
                    *last_group = Some((index, name.clone()));
                } else if name.split_whitespace().count() >= 2 || name == source {
                    *last_person = Some((index, name.clone()));
                }
                if is_body_name(&name) && !is_plural_name(&name) && named_mid_sentence(text, &name)
                {
                    *last_body = Some((index, name.clone()));
                }
                // An organisation quoted by name is what a later "it" stands for: "The Bank of
                // Freedonia estimated … The deficit would ease, it said."
                if names_an_organisation(&name) {
                    *last_thing = Some((index, name.clone()));
                } else if !names_a_person(&name) && !is_plural_name(&name) {
                    *last_unnamed_kind = Some((index, name.clone()));
                }
                let co_speakers: Vec<String> = attribution
                    .co_sources
                    .iter()
                    .map(|s| full_name(forms, s.start, &clean_name(s.of(text))))
                    .collect();
                if !co_speakers.is_empty() {
                    let mut all = co_speakers.clone();
                    all.push(name.clone());
                    *last_pair = Some((index, all));
                } else if name.split_whitespace().count() >= 2 && !is_body_name(&name) {
                    people.retain(|(_, known)| *known != name);
                    people.push((index, name.clone()));
                }
                Some(Resolved {
                    name,
                    is_name: true,
                    description,
                    via,
                    co_speakers,
                })
            }
            SourceKind::Pronoun if source.eq_ignore_ascii_case("it") => {
                // A body or a document: the last one quoted, or one the text just named.
                last_thing
                    .as_ref()
                    .filter(|(at, _)| index - at <= PRONOUN_REACH)
                    .map(|(_, name)| name.clone())
                    .or_else(|| last_named_thing(text, attribution.source.start))
                    .or_else(|| {
                        last_unnamed_kind
                            .as_ref()
                            .filter(|(at, _)| index - at <= PRONOUN_REACH)
                            .map(|(_, name)| name.clone())
                    })
                    .map(|name| Resolved {
                        name,
                        is_name: false,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    })
            }
            SourceKind::Pronoun => {
                let plural = source.eq_ignore_ascii_case("they")
                    || source.eq_ignore_ascii_case("their")
                    || source.eq_ignore_ascii_case("them");
                // "Roe and Doe said … They added": the people quoted together, unless a group
                // was quoted since.
                // Only right after them, with nobody else quoted in between: a "they" further
                // on is too often someone the text names without quoting.
                let pair = last_pair
                    .as_ref()
                    .filter(|(at, _)| index - at <= 2 && Some(*at) == previous);
                if plural && let Some((_, names)) = pair {
                    return Some(together(names, description, via));
                }
                // "Roe made the remark as he toured …": a person the pronoun's own sentence
                // names before it is nearer than anyone quoted in the sentences before.
                let in_sentence = (!plural)
                    .then_some(sentence_start)
                    .flatten()
                    .and_then(|start| {
                        person_named_in_sentence(forms, start, attribution.source.start, &source)
                    });
                let antecedent = if plural { &last_group } else { &last_person };
                let attributed = in_sentence.or_else(|| {
                    antecedent
                        .as_ref()
                        .filter(|(at, _)| index - at <= PRONOUN_REACH)
                        .map(|(_, name)| name.clone())
                });
                // "he"/"she" may also point at a person the text named without quoting yet,
                // "they" at a group it named ("… opponents of the rule. They argue …").
                let named = || {
                    if plural {
                        last_named_group(text, attribution.source.start)
                    } else {
                        last_named_person(forms, attribution.source.start)
                    }
                };
                attributed.or_else(named).map(|name| Resolved {
                    name,
                    is_name: !plural,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
            SourceKind::Relative { antecedent, named } => {
                let written = clean_name(antecedent.of(text));
                let name = if named {
                    full_name(forms, antecedent.start, &written)
                } else {
                    written
                };
                Some(Resolved {
                    name,
                    is_name: named,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
            // "Both men said", "the two leaders agreed": the people last quoted together, or
            // the last two quoted.
            SourceKind::Description if names_two_people(&source) => {
                let recent: Vec<String> = people
                    .iter()
                    .rev()
                    .take(2)
                    .filter(|(at, _)| index - at <= 2 * PRONOUN_REACH)
                    .map(|(_, name)| name.clone())
                    .rev()
                    .collect();
                let pair = last_pair
                    .as_ref()
                    .filter(|(at, _)| index - at <= PRONOUN_REACH)
                    .map(|(_, names)| names.clone())
                    .or_else(|| (recent.len() == 2).then_some(recent));
                match pair {
                    Some(names) => {
                        let both = together(&names, description, via);
                        *last_pair = Some((index, names));
                        Some(both)
                    }
                    None => Some(Resolved {
                        name: source,
                        is_name: false,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    }),
                }
            }
            SourceKind::Description => {
                let body = last_body
                    .as_ref()
                    .filter(|(at, _)| index - at <= BODY_REACH)
                    .map(|(_, name)| name.as_str());
                let start = attribution.source.start;
                // A lede may describe its source before naming it.
                let ahead = || {
                    (index <= LEDE)
                        .then(|| {
                            descriptions::antecedent_ahead(text, attribution.source.end, &source)
                        })
                        .flatten()
                };
                if let Some(name) =
                    descriptions::antecedent(text, start, &source, body).or_else(ahead)
                {
                    *last_thing = Some((index, name.clone()));
                    return Some(Resolved {
                        name,
                        is_name: true,
                        description,
                        via,
                        co_speakers: Vec::new(),
                    });
                }
                let head = source.rsplit(' ').next().unwrap_or("").to_lowercase();
                if THING_NOUNS.contains(&head.as_str()) {
                    *last_thing = Some((index, source.clone()));
                }
                // "A man who …": one person, whom a later "they" does not stand for.
                let one_person = matches!(
                    source.split(' ').next().map(str::to_lowercase).as_deref(),
                    Some("a" | "an")
                ) && !head.ends_with('s');
                if !one_person {
                    *last_group = Some((index, source.clone()));
                }
                Some(Resolved {
                    name: source,
                    is_name: false,
                    description,
                    via,
                    co_speakers: Vec::new(),
                })
            }
        };
        if let (Some(found), SourceKind::Pronoun) = (&resolved, attribution.kind) {
            let slot = if found.is_name {
                last_person
            } else {
                last_group
            };
            *slot = Some((index, found.name.clone()));
        }
        resolved
    }
}

/// Several people speaking together: the last of `names` as the speaker, the others as
/// co-speakers (as "Jane Roe and John Doe said" gives them).
fn together(names: &[String], description: Option<String>, via: Option<String>) -> Resolved {
    let (last, others) = names.split_last().expect("a pair has names");
    Resolved {
        name: last.clone(),
        is_name: true,
        description,
        via,
        co_speakers: others.to_vec(),
    }
}

/// The first person the text quotes by full name in the few sentences after `index`.
fn person_quoted_next(
    forms: &Forms,
    text: &str,
    attributions: &[Option<Attribution>],
    index: usize,
) -> Option<String> {
    attributions
        .iter()
        .skip(index + 1)
        .take(PRONOUN_REACH)
        .flatten()
        .filter(|a| a.kind == SourceKind::Name)
        .map(|a| full_name(forms, a.source.start, &clean_name(a.source.of(text))))
        .find(|name| name.split_whitespace().count() >= 2 && !is_body_name(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attributions;
    use crate::extract::cases::{cells, rows};
    use crate::text::sentences;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let spans = sentences(text);
        resolve(text, &spans, &attributions(text, &spans))
            .into_iter()
            .map(|r| r.map(|r| r.name))
            .collect()
    }

    /// testdata/speakers.txt: text | each sentence's speaker, separated by `;` (`-`: none).
    #[test]
    fn speaker_table() {
        let mut failures = Vec::new();
        for (line, row) in rows(include_str!("../testdata/speakers.txt")) {
            let [text, expected] = cells(row)[..] else {
                panic!("testdata/speakers.txt:{line}: expected 2 cells: {row:?}");
            };
            let want: Vec<Option<String>> = expected
                .split(';')
                .map(str::trim)
                .map(|s| (s != "-").then(|| s.to_owned()))
                .collect();
            let got = speakers(text);
            if got != want {
                failures.push(format!(
                    "{line}: {text:?}:\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn both_men_are_the_two_people_last_quoted() {
        let text = "Jane Roe said the talks failed. John Doe said the offer was fair. Both men \
                    said a deal was close.";
        let spans = sentences(text);
        let last = resolve(text, &spans, &attributions(text, &spans))
            .pop()
            .flatten()
            .map(|r| (r.name, r.co_speakers));
        assert_eq!(last, Some(("John Doe".into(), vec!["Jane Roe".into()])));
    }

    #[test]
    fn names_that_speak_together_are_each_resolved() {
        let text = "Senators Jane Roe and Mark Poe say the bill is dead. The vote failed, Roe, \
                    Poe and Ann Doe said. Jane Roe said costs rose.";
        let spans = sentences(text);
        let together: Vec<(String, Vec<String>)> =
            resolve(text, &spans, &attributions(text, &spans))
                .into_iter()
                .flatten()
                .map(|r| (r.name, r.co_speakers))
                .collect();
        assert_eq!(
            together,
            [
                ("Mark Poe".into(), vec!["Jane Roe".into()]),
                ("Ann Doe".into(), vec!["Jane Roe".into(), "Mark Poe".into()]),
                ("Jane Roe".into(), vec![]),
            ]
        );
    }

    #[test]
    fn surnames_and_pronouns_resolve_to_the_full_name() {
        let text = "Jane Roe, director of a think tank, believes curbs failed. Roe suggests that \
                    prices may fall. He emphasizes this is no failure. The plant employs 50 people.";
        assert_eq!(
            speakers(text),
            [
                Some("Jane Roe".into()),
                Some("Jane Roe".into()),
                Some("Jane Roe".into()),
                None
            ]
        );
    }

    #[test]
    fn an_interview_label_takes_the_name_introduced_earlier() {
        let text =
            "Paul Doe, a partner at a firm, spoke to us.\n\nQ: What now?\n\nDoe: Rules matter.\n";
        assert_eq!(speakers(text), [None, None, Some("Paul Doe".into())]);
    }

    #[test]
    fn a_pronoun_can_point_at_a_person_named_but_not_yet_quoted() {
        let text = "Jane Roe arrived at the rally late. “We will win,” she said.";
        assert_eq!(speakers(text), [None, Some("Jane Roe".into())]);
    }

    #[test]
    fn a_pronoun_can_point_at_a_surname_nearer_than_another_full_name() {
        let text = "Jane Roe met John Doe at noon. Later, Roe spoke. “We will win,” she said.";
        assert_eq!(speakers(text), [None, None, Some("Jane Roe".into())]);
    }

    #[test]
    fn a_pronoun_with_no_antecedent_in_reach_is_dropped() {
        let text = "He said the plant would close.";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn they_refers_to_the_last_group_that_was_quoted() {
        let text =
            "Experts warn that decoupling could hurt. They suggest finding areas for cooperation.";
        assert_eq!(
            speakers(text),
            [Some("Experts".into()), Some("Experts".into())]
        );
    }

    #[test]
    fn they_refers_to_a_group_named_but_not_yet_quoted() {
        let text = "The rule faces a test when its opponents go to court. They argue that the agency overstepped its authority.";
        assert_eq!(speakers(text), [None, Some("opponents".into())]);
        // Nothing that names people: the pronoun is dropped.
        let text = "The documents were filed in May. They argue that the agency overstepped.";
        assert_eq!(speakers(text), [None, None]);
    }

    #[test]
    fn they_refers_to_a_group_named_by_a_plural_name() {
        let text = "Democrats said the vote was a ploy. They noted the panel had refused.";
        assert_eq!(
            speakers(text),
            [Some("Democrats".into()), Some("Democrats".into())]
        );
    }

    #[test]
    fn a_relative_pronoun_takes_its_antecedent() {
        let text = "Jane Roe, who has argued that rates are too high, left the bank.";
        assert_eq!(speakers(text), [Some("Jane Roe".into())]);
    }

    #[test]
    fn a_word_that_ends_a_sentence_is_not_a_given_name() {
        let text = "The rally backed Jane Roe. Republicans said the plan failed.";
        assert_eq!(speakers(text), [None, Some("Republicans".into())]);
    }

    #[test]
    fn it_refers_to_a_document_the_text_just_named() {
        let text = "The union filed a lawsuit on Monday. It says the firm broke the law.";
        assert_eq!(speakers(text), [None, Some("a lawsuit".into())]);
    }

    #[test]
    fn descriptions_stay_as_written() {
        let text = "Experts warn that decoupling could hurt both nations.";
        assert_eq!(speakers(text), [Some("Experts".into())]);
    }
}

//! A reader's corrections of the board, applied by the core (`Analysis::corrected`): on small
//! corpora written for these tests, each correction gives the board a reader expects, is
//! recomputed (verdict, intervals, independence), survives an unrelated article, and is dropped
//! with a note when its values are gone.

use claimscope::claims::{Correction, CorrectionKind, ValueRef, Verdict};
use claimscope::{Analysis, Document};

const TUNNEL_A: &str = "Tunnel costs\n\nThe city said the new rail tunnel under the river will cost $4.5 billion. Mayor Jane Roe said the rail tunnel will carry 80,000 passengers a day.";
const TUNNEL_B: &str = "Rail tunnel\n\nThe rail tunnel under the river will cost about $6 billion, engineers said. Roe said the rail tunnel would carry 50,000 passengers a day and employ 300 workers.";
const LEVY: &str = "School levy\n\nA survey found that 47% of voters in Ohio back the proposed school levy, which would raise $2 million.";

fn documents(docs: &[(&str, &str)]) -> Vec<Document> {
    docs.iter()
        .map(|(id, text)| Document::from_text(*id, *text))
        .collect()
}

/// Each comparison as (its members' texts, verdict, made by the reader, label).
fn board(analysis: &Analysis) -> Vec<(Vec<String>, Verdict, bool, String)> {
    analysis
        .comparisons
        .iter()
        .map(|c| {
            let texts = c
                .members
                .iter()
                .map(|m| {
                    analysis
                        .quantity(m.quantity.as_deref().unwrap())
                        .unwrap()
                        .text
                        .clone()
                })
                .collect();
            (
                texts,
                c.verdict,
                c.by.as_deref() == Some("reader"),
                c.label.clone(),
            )
        })
        .collect()
}

/// The value whose text is `text` in document `doc`.
fn value(analysis: &Analysis, doc: &str, text: &str) -> ValueRef {
    let q = analysis
        .quantities
        .iter()
        .find(|q| q.doc == doc && q.text == text)
        .unwrap_or_else(|| panic!("no “{text}” in {doc}"));
    analysis.value_ref(&q.id).unwrap()
}

fn correction(kind: CorrectionKind, values: Vec<ValueRef>) -> Correction {
    Correction {
        kind,
        values,
        label: None,
        speakers: Vec::new(),
    }
}

fn texts(members: &[&str]) -> Vec<String> {
    members.iter().map(|m| m.to_string()).collect()
}

#[test]
fn no_corrections_leave_the_machine_board_unchanged() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B), ("c", LEVY)]);
    let machine = Analysis::of(&docs);
    assert_eq!(machine.clone().corrected(&docs, &[]), machine);
    assert_eq!(
        board(&machine),
        vec![
            (
                texts(&["$4.5 billion", "$6 billion"]),
                Verdict::Diverge,
                false,
                "Cost of the rail tunnel".into()
            ),
            (
                texts(&["80,000", "50,000"]),
                Verdict::Diverge,
                false,
                "rail tunnel will carry 80,000 passengers".into()
            ),
        ]
    );
}

/// Each correction, alone, on the tunnel articles, and the board it gives.
#[test]
fn each_correction_gives_the_board_a_reader_expects() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B), ("c", LEVY)]);
    let machine = Analysis::of(&docs);
    let v = |doc: &str, text: &str| value(&machine, doc, text);
    let cost = || machine.comparison_values("t1");
    type Board = Vec<(Vec<String>, Verdict, bool, String)>;
    let riders = |by_reader: bool| {
        (
            texts(&["80,000", "50,000"]),
            Verdict::Diverge,
            by_reader,
            "rail tunnel will carry 80,000 passengers".to_owned(),
        )
    };
    let cases: Vec<(&str, Correction, Board)> = vec![
        (
            "merge: the two cards become one, recomputed",
            correction(
                CorrectionKind::Group,
                [cost(), machine.comparison_values("t2")].concat(),
            ),
            // Money and counts cannot be compared: the merge is refused, the board stays.
            board(&machine),
        ),
        (
            "start a card from chosen values (the levy's cost beside the tunnel's)",
            correction(
                CorrectionKind::Group,
                vec![v("b", "$6 billion"), v("c", "$2 million")],
            ),
            vec![
                // Their clauses share no words: the card says whose grouping it is.
                (
                    texts(&["$6 billion", "$2 million"]),
                    Verdict::Diverge,
                    true,
                    "Values you grouped".into(),
                ),
                riders(false),
            ],
        ),
        (
            "move a value into a card",
            correction(
                CorrectionKind::Group,
                [cost(), vec![v("c", "$2 million")]].concat(),
            ),
            vec![
                (
                    texts(&["$4.5 billion", "$6 billion", "$2 million"]),
                    Verdict::Diverge,
                    true,
                    // The levy's value names no cost: the card keeps its clause's words.
                    "rail tunnel under the river will cost".into(),
                ),
                riders(false),
            ],
        ),
        (
            "move a value out of a card of two: no comparison is left",
            correction(CorrectionKind::Separate, vec![v("a", "$4.5 billion")]),
            vec![riders(false)],
        ),
        (
            "split a card: some of its values become a card of their own, with another value",
            correction(CorrectionKind::Group, vec![v("a", "80,000"), v("b", "300")]),
            vec![
                (
                    texts(&["$4.5 billion", "$6 billion"]),
                    Verdict::Diverge,
                    false,
                    "Cost of the rail tunnel".into(),
                ),
                (
                    texts(&["80,000", "300"]),
                    Verdict::Diverge,
                    true,
                    "rail tunnel will carry 80,000 passengers".into(),
                ),
            ],
        ),
        (
            "values of one sentence are no comparison: refused",
            correction(CorrectionKind::Group, vec![v("b", "50,000"), v("b", "300")]),
            board(&machine),
        ),
        (
            "dismiss a card",
            correction(CorrectionKind::Dismiss, cost()),
            vec![riders(false)],
        ),
        (
            "rename a card",
            Correction {
                label: Some("Ridership".into()),
                ..correction(CorrectionKind::Label, machine.comparison_values("t2"))
            },
            vec![
                (
                    texts(&["$4.5 billion", "$6 billion"]),
                    Verdict::Diverge,
                    false,
                    "Cost of the rail tunnel".into(),
                ),
                (
                    texts(&["80,000", "50,000"]),
                    Verdict::Diverge,
                    true,
                    "Ridership".into(),
                ),
            ],
        ),
    ];
    for (name, correction, expected) in cases {
        let corrected = machine
            .clone()
            .corrected(&docs, std::slice::from_ref(&correction));
        assert_eq!(board(&corrected), expected, "{name}");
        assert_eq!(corrected.corrections, vec![correction], "{name}");
    }
}

#[test]
fn a_reader_card_is_recomputed_by_the_core() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B)]);
    let machine = Analysis::of(&docs);
    // The same value twice from one article agrees, and is one source.
    let same = "Tunnel costs\n\nThe tunnel will cost $4.5 billion, the city said. Officials later repeated that the tunnel will cost $4.5 billion.";
    let docs_same = documents(&[("a", same), ("b", TUNNEL_B)]);
    let machine_same = Analysis::of(&docs_same);
    let both: Vec<ValueRef> = machine_same
        .quantities
        .iter()
        .filter(|q| q.doc == "a")
        .map(|q| machine_same.value_ref(&q.id).unwrap())
        .collect();
    let corrected = machine_same
        .clone()
        .corrected(&docs_same, &[correction(CorrectionKind::Group, both)]);
    let card = corrected
        .comparisons
        .iter()
        .find(|c| c.members.iter().all(|m| m.doc == "a"))
        .unwrap();
    assert_eq!(card.verdict, Verdict::Agree);
    assert!(!card.independent, "{}", card.why);
    assert_eq!(card.members[0].low, card.members[1].low);
    // Intervals are the hedge table's: "about $6 billion" is ±10%.
    let with_levy = machine.clone().corrected(
        &docs,
        &[correction(
            CorrectionKind::Group,
            vec![
                value(&machine, "b", "$6 billion"),
                value(&machine, "a", "$4.5 billion"),
            ],
        )],
    );
    let card = &with_levy.comparisons[0];
    let about = card.members.iter().find(|m| m.doc == "b").unwrap();
    assert_eq!((about.low, about.high), (Some(5.4e9), Some(6.6e9)));
}

#[test]
fn corrections_survive_an_unrelated_article_and_are_dropped_with_a_note_when_their_values_go() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B)]);
    let machine = Analysis::of(&docs);
    let corrections = vec![
        correction(CorrectionKind::Dismiss, machine.comparison_values("t1")),
        Correction {
            label: Some("Ridership".into()),
            ..correction(CorrectionKind::Label, machine.comparison_values("t2"))
        },
    ];
    let corrected = machine.clone().corrected(&docs, &corrections);
    // An article added before the others shifts every id; the corrections still hold.
    let more = documents(&[("c", LEVY), ("a", TUNNEL_A), ("b", TUNNEL_B)]);
    let grown = Analysis::of(&more).corrected(&more, &corrections);
    assert_ne!(grown.quantities[0].doc, "a");
    assert_eq!(board(&grown), board(&corrected));
    assert!(grown.warnings.is_empty(), "{:?}", grown.warnings);
    // The second article removed: neither correction finds its card, and each says so.
    let fewer = documents(&[("a", TUNNEL_A), ("c", LEVY)]);
    let shrunk = Analysis::of(&fewer).corrected(&fewer, &corrections);
    assert!(shrunk.comparisons.is_empty());
    let notes: Vec<&str> = shrunk.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        notes,
        [
            "Your correction (dismissing a comparison) was not applied: its comparison is no longer on the board.",
            "Your correction (the label “Ridership”) was not applied: its comparison is no longer on the board.",
        ]
    );
    let gone = Analysis::of(&documents(&[("c", LEVY)]))
        .corrected(&documents(&[("c", LEVY)]), &corrections[..1]);
    assert_eq!(
        gone.warnings[0].message,
        "Your correction (dismissing a comparison) was not applied: its values are no longer in the articles."
    );
}

#[test]
fn corrections_apply_in_order_and_undo_is_the_shorter_list() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B), ("c", LEVY)]);
    let machine = Analysis::of(&docs);
    let v = |doc: &str, text: &str| value(&machine, doc, text);
    let moved = correction(
        CorrectionKind::Group,
        [machine.comparison_values("t1"), vec![v("c", "$2 million")]].concat(),
    );
    let out = correction(CorrectionKind::Separate, vec![v("c", "$2 million")]);
    let both = machine.clone().corrected(&docs, &[moved.clone(), out]);
    // Moved in, then out again: the machine's members, but the card is the reader's now.
    assert_eq!(board(&both)[0].0, texts(&["$4.5 billion", "$6 billion"]));
    assert!(board(&both)[0].2);
    // Undo is the list without its last correction.
    let undone = machine
        .clone()
        .corrected(&docs, std::slice::from_ref(&moved));
    assert_eq!(
        board(&undone)[0].0,
        texts(&["$4.5 billion", "$6 billion", "$2 million"])
    );
    assert_eq!(machine.clone().corrected(&docs, &[]), machine);
}

#[test]
fn a_speaker_merge_renames_every_claim_and_recomputes_independence() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B)]);
    let machine = Analysis::of(&docs);
    assert!(
        machine
            .claims
            .iter()
            .any(|c| c.speaker.as_deref() == Some("Roe"))
    );
    let join = Correction {
        kind: CorrectionKind::SameSpeaker,
        values: Vec::new(),
        label: None,
        speakers: vec!["Jane Roe".into(), "Roe".into()],
    };
    let corrected = machine
        .clone()
        .corrected(&docs, std::slice::from_ref(&join));
    assert!(
        corrected
            .claims
            .iter()
            .all(|c| c.speaker.as_deref() != Some("Roe"))
    );
    assert_eq!(
        corrected
            .claims
            .iter()
            .filter(|c| c.speaker.as_deref() == Some("Jane Roe"))
            .count(),
        2
    );
    let entry = corrected
        .speakers
        .iter()
        .find(|s| s.name == "Jane Roe")
        .unwrap();
    assert!(entry.aliases.contains(&"Roe".to_owned()));
    assert_eq!(entry.docs, ["a", "b"]);
    assert!(!corrected.speakers.iter().any(|s| s.name == "Roe"));
    let riders = corrected
        .comparisons
        .iter()
        .find(|c| c.members.iter().any(|m| m.value.contains("80,000")))
        .unwrap();
    assert!(
        riders
            .members
            .iter()
            .all(|m| m.speaker.as_deref() == Some("Jane Roe"))
    );
    // A speaker who is gone: dropped with a note.
    let alone = documents(&[("a", TUNNEL_A)]);
    let noted = Analysis::of(&alone).corrected(&alone, &[join]);
    assert_eq!(
        noted.warnings[0].message,
        "Your correction (Jane Roe and Roe as one speaker) was not applied: a speaker it names is no longer in the articles."
    );
}

#[test]
fn corrections_are_written_in_claims_1_and_read_back() {
    let docs = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B), ("c", LEVY)]);
    let machine = Analysis::of(&docs);
    let json = serde_json::to_value(&machine).unwrap();
    assert!(json.get("corrections").is_none());
    assert!(json["comparisons"][0].get("by").is_none());
    let corrected = machine.clone().corrected(
        &docs,
        &[correction(
            CorrectionKind::Dismiss,
            machine.comparison_values("t2"),
        )],
    );
    let json = serde_json::to_value(&corrected).unwrap();
    assert_eq!(json["corrections"][0]["kind"], "dismiss");
    assert_eq!(
        json["corrections"][0]["values"][0],
        serde_json::json!({"doc": "a", "start": 135, "end": 141})
    );
    let read: Analysis = serde_json::from_value(json).unwrap();
    assert_eq!(read.corrections, corrected.corrections);
    let labelled = machine.clone().corrected(
        &docs,
        &[Correction {
            label: Some("Cost".into()),
            ..correction(CorrectionKind::Label, machine.comparison_values("t1"))
        }],
    );
    assert_eq!(
        serde_json::to_value(&labelled).unwrap()["comparisons"][0]["by"],
        "reader"
    );
}

/// Regression: documents that share an id were compared under their given ids, not the ones
/// the analysis gave them, so correcting such a set read one document's spans in the other's
/// text and panicked.
#[test]
fn corrections_apply_to_documents_that_share_an_id() {
    let distinct = documents(&[("a", TUNNEL_A), ("b", TUNNEL_B)]);
    let shared = documents(&[("a", TUNNEL_A), ("a", TUNNEL_B)]);
    let labelled = |docs: &[Document]| {
        let machine = Analysis::of(docs);
        let label = Correction {
            label: Some("Tunnel cost".into()),
            ..correction(CorrectionKind::Label, machine.comparison_values("t1"))
        };
        machine.corrected(docs, &[label])
    };
    let (by_distinct, by_shared) = (labelled(&distinct), labelled(&shared));
    assert_eq!(by_shared.documents[1].id, "a-2");
    assert_eq!(by_shared.comparisons[0].label, "Tunnel cost");
    assert_eq!(board(&by_shared), board(&by_distinct));
    assert_eq!(by_shared.reuse.len(), by_distinct.reuse.len());
}

//! Comparisons on small corpora written for these tests: which values form a topic, the
//! verdict on each, independence, text reuse and attribution divergence.

use claimscope::claims::{ComparisonRecord, Verdict};
use claimscope::{Analysis, Document};

fn analyse(docs: &[(&str, &str)]) -> Analysis {
    let documents: Vec<Document> = docs
        .iter()
        .map(|(id, text)| Document::from_text(*id, *text))
        .collect();
    Analysis::of(&documents)
}

/// The surface text of each member of a comparison: the quantity's words, or the words that
/// state an implicit value.
fn members(analysis: &Analysis, comparison: &ComparisonRecord) -> Vec<String> {
    comparison
        .members
        .iter()
        .map(|m| match &m.quantity {
            Some(q) => analysis
                .quantities
                .iter()
                .find(|r| &r.id == q)
                .map(|r| r.text.clone())
                .unwrap(),
            None => analysis
                .claim(&m.claim)
                .and_then(|c| c.implicit.as_ref())
                .map(|i| i.text.clone())
                .unwrap(),
        })
        .collect()
}

struct Case {
    name: &'static str,
    docs: &'static [(&'static str, &'static str)],
    /// Each expected comparison: its members' texts (in document order) and verdict.
    expected: &'static [(&'static [&'static str], Verdict)],
}

const CASES: &[Case] = &[
    Case {
        name: "one axis seen from both sides, in different words",
        docs: &[
            (
                "a",
                "Chip race\n\nAnalysts say Europe leads Japan in battery chemistry by two to three years.",
            ),
            (
                "b",
                "Battery makers\n\nJapanese battery chemistry still lags behind Europe by about a year, engineers said.",
            ),
        ],
        expected: &[(&["two to three years", "a year"], Verdict::Diverge)],
    },
    Case {
        name: "the same number on unrelated topics is not a topic",
        docs: &[
            (
                "a",
                "Poll\n\nA survey found that 47% of voters in Ohio back the proposed school levy.",
            ),
            (
                "b",
                "Earnings\n\nShares of Acme Corp rose after it said 47% of its revenue now comes from cloud software.",
            ),
        ],
        expected: &[],
    },
    Case {
        name: "months and years convert",
        docs: &[
            (
                "a",
                "Ports\n\nThe Rotterdam port expansion will take 18 months, the harbour authority said.",
            ),
            (
                "b",
                "Shipping\n\nOfficials expect the Rotterdam port expansion to take about a year and a half.",
            ),
        ],
        expected: &[(&["18 months", "a year and a half"], Verdict::Agree)],
    },
    Case {
        name: "months and years that do not overlap",
        docs: &[
            (
                "a",
                "Ports\n\nThe Rotterdam port expansion will take six months, the harbour authority said.",
            ),
            (
                "b",
                "Shipping\n\nOfficials expect the Rotterdam port expansion to take two years.",
            ),
        ],
        expected: &[(&["six months", "two years"], Verdict::Diverge)],
    },
    Case {
        name: "hedges widen values until they overlap",
        docs: &[
            (
                "a",
                "Layoffs\n\nGlobex will cut about 1,000 jobs at its Leeds plant this year, the union said.",
            ),
            (
                "b",
                "Plant closure\n\nGlobex plans to cut nearly 1,000 jobs at its Leeds plant.",
            ),
        ],
        expected: &[(&["1,000", "1,000"], Verdict::Agree)],
    },
    Case {
        name: "a hedge that opens a value upwards still excludes lower values",
        docs: &[
            (
                "a",
                "Turnout\n\nTurnout in the Bavarian state election reached more than 90% of registered voters.",
            ),
            (
                "b",
                "Election\n\nOfficials put turnout in the Bavarian state election at 72% of registered voters.",
            ),
        ],
        expected: &[(&["90%", "72%"], Verdict::Diverge)],
    },
    Case {
        name: "a vanished gap is an implicit zero",
        docs: &[
            (
                "a",
                "Solar\n\nChinese solar manufacturers trail German rivals by two years in panel efficiency, the report said.",
            ),
            (
                "b",
                "Panels\n\nIn panel efficiency, the gap between Chinese and German solar manufacturers has essentially disappeared.",
            ),
        ],
        expected: &[(&["two years", "essentially disappeared"], Verdict::Diverge)],
    },
    Case {
        name: "percent and percentage points are different units",
        docs: &[
            (
                "a",
                "Rates\n\nThe Bank of Canada raised its benchmark interest rate by 2 percentage points this year.",
            ),
            (
                "b",
                "Markets\n\nThe Bank of Canada benchmark interest rate now stands at 2 percent.",
            ),
        ],
        expected: &[],
    },
    Case {
        name: "different counted things are not compared",
        docs: &[
            (
                "a",
                "Fleet\n\nThe Lisbon transit authority operates 300 electric buses across the city.",
            ),
            (
                "b",
                "Transit\n\nThe Lisbon transit authority employs 300 drivers across the city.",
            ),
        ],
        expected: &[],
    },
    Case {
        name: "two values in one document on one topic, when they differ",
        docs: &[(
            "a",
            "Dam\n\nThe Nile dam project will cost $4 billion, according to the ministry. \
             Independent engineers say the Nile dam project will cost closer to $6.5 billion.",
        )],
        expected: &[(&["$4 billion", "$6.5 billion"], Verdict::Diverge)],
    },
    Case {
        name: "values a thousand times apart measure different things",
        docs: &[
            (
                "a",
                "Bonuses\n\nBonuses for Wall Street traders were $2,000 a quarter, the survey found.",
            ),
            (
                "b",
                "Debt\n\nThe fund owes Wall Street lenders about $650 million, filings show.",
            ),
        ],
        expected: &[],
    },
    Case {
        name: "a doubling is a rise of 100 percent",
        docs: &[
            (
                "a",
                "Cars\n\nSales of electric cars in Norway doubled last year, the industry body said.",
            ),
            (
                "b",
                "Registrations\n\nSales of electric cars in Norway rose 80% last year.",
            ),
        ],
        expected: &[(&["doubled", "80%"], Verdict::Diverge)],
    },
    Case {
        name: "a headline repeating its article's value is not a second source",
        docs: &[(
            "a",
            "Quarry expansion to cost Bristol $40 million\n\nThe quarry expansion will cost Bristol $40 million over five years.",
        )],
        expected: &[],
    },
    Case {
        name: "a difference stated with \"older\" is compared, not taken for an age",
        docs: &[
            (
                "a",
                "Fleet age\n\nThe city's buses are 7-10 months older than the state's buses, auditors said.",
            ),
            (
                "b",
                "Bus audit\n\nThe city's buses are about two years older than the state's buses, officials said.",
            ),
        ],
        expected: &[(&["7-10 months", "two years"], Verdict::Diverge)],
    },
    Case {
        name: "an address's block number is no count of blocks",
        docs: &[
            (
                "a",
                "Elm Avenue shooting\n\nThe shooting happened in the 2500 block of Elm Avenue on Tuesday, police said.",
            ),
            (
                "b",
                "Man shot on Elm Avenue\n\nOfficers found the wounded man in the 2400 block of Elm Avenue on Tuesday night.",
            ),
        ],
        expected: &[],
    },
];

#[test]
fn comparisons_table() {
    for case in CASES {
        let analysis = analyse(case.docs);
        let found: Vec<(Vec<String>, Verdict)> = analysis
            .comparisons
            .iter()
            .map(|c| (members(&analysis, c), c.verdict))
            .collect();
        let expected: Vec<(Vec<String>, Verdict)> = case
            .expected
            .iter()
            .map(|(texts, verdict)| (texts.iter().map(|t| t.to_string()).collect(), *verdict))
            .collect();
        assert_eq!(found, expected, "{}", case.name);
        // Every card has a name a reader can find it by, even when its clauses share no word.
        for comparison in &analysis.comparisons {
            assert!(!comparison.label.trim().is_empty(), "{}", case.name);
        }
    }
}

#[test]
fn every_comparison_explains_its_verdict_with_sources_and_values() {
    let analysis = analyse(CASES[0].docs);
    let why = &analysis.comparisons[0].why;
    assert!(why.contains("2–3 years"), "{why}");
    assert!(why.contains("about 1 year"), "{why}");
    assert!(why.contains("do not overlap"), "{why}");
    assert!(why.contains("engineers"), "names the source: {why}");
    assert_eq!(analysis.comparisons[0].unit.as_str(), "year");
    // Members carry their intervals in the comparison's unit, hedges applied.
    let about = &analysis.comparisons[0].members[1];
    assert_eq!((about.low, about.high), (Some(0.9), Some(1.1)));
}

const SOURCE: &str = "Trade talks\n\n\
Jane Roe said the tariff dispute has cost European farmers about $2 billion in lost exports. \
The commission will publish a detailed assessment of the dispute's effect on dairy, grain and wine producers next spring. \
Negotiators from both sides are due to meet again in Geneva in March to discuss a settlement of the tariff dispute.";

const COPY: &str = "Farm exports\n\n\
The tariff dispute has cost European farmers about $2 billion in lost exports. \
The commission will publish a detailed assessment of the dispute's effect on dairy, grain and wine producers next spring. \
Separately, the ministry announced new support for young farmers.";

#[test]
fn a_paraphrasing_document_is_not_an_independent_source() {
    let analysis = analyse(&[("source", SOURCE), ("copy", COPY)]);
    assert_eq!(analysis.reuse.len(), 1, "{:#?}", analysis.reuse);
    let reuse = &analysis.reuse[0];
    assert_eq!(reuse.docs, ["source".to_string(), "copy".to_string()]);
    assert!(
        reuse
            .passages
            .iter()
            .map(|p| p.similarity)
            .all(|s| s >= 0.5)
    );
    let comparison = &analysis.comparisons[0];
    assert_eq!(comparison.verdict, Verdict::Agree);
    assert!(!comparison.independent, "{}", comparison.why);
    assert!(
        comparison.why.contains("Not independent"),
        "{}",
        comparison.why
    );
}

#[test]
fn a_claim_repeated_without_its_speaker_is_an_attribution_divergence() {
    let analysis = analyse(&[("source", SOURCE), ("copy", COPY)]);
    let divergence = analysis
        .attribution_divergences
        .iter()
        .find(|d| d.sides[0].speaker.as_deref() == Some("Jane Roe"))
        .expect("the unattributed repeat is flagged");
    assert_eq!(divergence.sides[1].speaker, None);
    assert_eq!(divergence.sides[1].doc, "copy");
    assert!(divergence.why.contains("Jane Roe"), "{}", divergence.why);
}

#[test]
fn unrelated_documents_share_no_passages() {
    let analysis = analyse(&[CASES[1].docs[0], CASES[1].docs[1], CASES[2].docs[0]]);
    assert!(analysis.reuse.is_empty(), "{:#?}", analysis.reuse);
    assert!(analysis.attribution_divergences.is_empty());
}

/// The bundled corpus: the size of the US lead is stated four ways in three documents.
#[test]
fn the_bundled_corpus_compares_the_size_of_the_lead() {
    let analysis = Analysis::of(&claimscope::corpus::bundled());
    let lead = analysis
        .comparisons
        .iter()
        .find(|c| c.unit.as_str() == "year" && c.members.len() >= 4)
        .expect("a comparison of durations with four members");
    assert_eq!(lead.verdict, Verdict::Diverge);
    let speakers: Vec<Option<&str>> = lead.members.iter().map(|m| m.speaker.as_deref()).collect();
    assert!(speakers.contains(&Some("Eric Schmidt")), "{speakers:?}");
    assert!(speakers.contains(&Some("Lennart Heim")), "{speakers:?}");
    assert!(
        lead.members.iter().any(|m| m.implicit),
        "the vanished gap joins"
    );
    // Every agreement in the bundled corpus rests on reused text.
    for comparison in &analysis.comparisons {
        if comparison.verdict == Verdict::Agree {
            assert!(!comparison.independent, "{}", comparison.why);
        }
    }
}

/// Regression: widening a value's clause stepped into the middle of a multi-byte dash.
#[test]
fn clauses_widen_across_multibyte_punctuation() {
    let analysis = analyse(&[
        (
            "a",
            "Budget\n\nThe council will spend—$40 million—on the Lisbon tram line.",
        ),
        (
            "b",
            "Trams\n\nThe council will spend $45 million on the Lisbon tram line, officials said.",
        ),
    ]);
    assert_eq!(analysis.comparisons.len(), 1, "{:#?}", analysis.comparisons);
}

/// No input makes the comparison stage panic: odd punctuation, numbers everywhere, repeats.
#[test]
fn hostile_text_does_not_panic() {
    let noisy =
        "—,$5—, 5% ,— 5 years —“5”— 5–6 — 5 a 5 of 5; 5: (5) [5] … 5 5 5\u{200b}5 €5 ¥5 £5\n";
    let repeated =
        "The gap has closed. The gap has closed. Sales doubled. Sales doubled.\n".repeat(50);
    let docs = [
        ("a", noisy),
        ("b", noisy),
        ("c", repeated.as_str()),
        ("d", ""),
    ];
    let documents: Vec<Document> = docs
        .iter()
        .map(|(id, text)| Document::from_text(*id, *text))
        .collect();
    let analysis = Analysis::of(&documents);
    assert_eq!(analysis.documents.len(), 4);
}

/// Frames: writers who never read each other word one quantity differently ("renovation
/// expenses", "spent on the renovation"; "processors", "chips"), and name its subject by a
/// short form or "the company".
#[test]
fn values_worded_differently_share_a_frame() {
    let analysis = analyse(&[
        (
            "a",
            "Grocer results\n\nHarbor Foods said its renovation expenses were under $12 million last year.",
        ),
        (
            "b",
            "Store upgrade\n\nThe grocer Harbor Foods spent about $11.8 million on the renovation, filings show.",
        ),
        (
            "c",
            "Data centre\n\nOrbit Labs runs about 8,000 processors in its new data centre.",
        ),
        (
            "d",
            "Chip haul\n\nAnalysts say Orbit Labs owns more than 8,000 chips, far more than it admits.",
        ),
    ]);
    let found: Vec<(Vec<String>, Verdict)> = analysis
        .comparisons
        .iter()
        .map(|c| (members(&analysis, c), c.verdict))
        .collect();
    assert!(
        found.contains(&(
            vec!["$12 million".into(), "$11.8 million".into()],
            Verdict::Agree
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(vec!["8,000".into(), "8,000".into()], Verdict::Agree)),
        "{found:?}"
    );
}

/// Adding an article about something else changes none of the cards that were there.
#[test]
fn an_unrelated_article_does_not_change_existing_cards() {
    // Every case's documents in one corpus, under the ids the cases give them (several share
    // one: the analysis tells them apart).
    let docs: Vec<(&str, &str)> = CASES.iter().flat_map(|c| c.docs.iter().copied()).collect();
    let cards = |analysis: &Analysis| -> Vec<(String, Vec<String>, Verdict)> {
        analysis
            .comparisons
            .iter()
            .map(|c| (c.label.clone(), members(analysis, c), c.verdict))
            .collect()
    };
    let before = analyse(&docs);
    let mut more = docs.clone();
    more.push((
        "unrelated",
        "Orchard season\n\nThe apple harvest in the valley reached 4,000 tonnes this autumn, growers said. Prices held at 90 cents a pound.",
    ));
    let after = analyse(&more);
    assert_eq!(cards(&before), cards(&after));
}

/// Boilerplate many stations append ("Anyone with information is asked to call…") is not
/// shared text between unrelated reports, nor a passage attributed differently.
#[test]
fn boilerplate_shared_by_many_reports_is_not_reuse() {
    let places = [
        "Ashford", "Brantley", "Corwin", "Dellwood", "Easton", "Fairlee",
    ];
    let texts: Vec<String> = places
        .iter()
        .enumerate()
        .map(|(i, place)| {
            format!(
                "{place} shooting\n\nA man was wounded on {} Street in {place} on Friday night, police said. \
                 Officers found shell casings near a parked van. \
                 Anyone with information is asked to call the police department's tip line or submit an anonymous tip online through the county's Crime Stoppers page.",
                i + 3
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = places
        .iter()
        .zip(&texts)
        .map(|(p, t)| (*p, t.as_str()))
        .collect();
    let analysis = analyse(&docs);
    assert!(analysis.reuse.is_empty(), "{:#?}", analysis.reuse);
    assert!(analysis.attribution_divergences.is_empty());
}

/// Two people who state one value in sentences that say different things (one claims it,
/// one disputes it) are two claims, not one claim given to two speakers.
#[test]
fn opposite_claims_on_one_value_are_no_misattribution() {
    let analysis = analyse(&[
        (
            "a",
            "Plant costs\n\nBrightwater Energy said its new turbine plant cost $40 million to build.",
        ),
        (
            "b",
            "Doubts\n\nEngineer Jo Park rejected the claim that the Brightwater Energy plant cost only $40 million, pointing to unpaid contractors.",
        ),
    ]);
    assert!(
        analysis.attribution_divergences.is_empty(),
        "{:#?}",
        analysis.attribution_divergences
    );
}

/// Values stated for different times ("previously", "now") say so beside the verdict.
#[test]
fn values_of_different_times_say_so() {
    let analysis = analyse(&[
        (
            "a",
            "Queue\n\nPreviously the backlog at the Lowell passport office was about nine weeks, officials said.",
        ),
        (
            "b",
            "Queue now\n\nThe backlog at the Lowell passport office is now about three weeks, its manager said.",
        ),
    ]);
    let comparison = analysis.comparisons.first().expect("one comparison");
    assert_eq!(comparison.verdict, Verdict::Diverge);
    assert_eq!(comparison.differs_in, ["time"], "{}", comparison.why);
}

/// In a corpus of many stories, two reports of different incidents in one city are not one
/// quantity, however alike their words; two reports of one incident (the same victim, the same
/// street) still are.
#[test]
fn reports_of_different_incidents_in_one_city_are_not_compared() {
    let towns = [
        "Ashford", "Brantley", "Corwin", "Dellwood", "Easton", "Fairlee", "Glenmoor", "Harlow",
        "Ivydale", "Jessup", "Kenmore", "Linwood", "Marlow", "Norwood", "Oakhurst", "Pelham",
        "Quarry", "Rosedale", "Selby", "Thornton",
    ];
    let filler: Vec<String> = towns
        .iter()
        .map(|t| format!("{t} library\n\nThe {t} library opened a reading room on Monday."))
        .collect();
    let mut docs: Vec<(&str, &str)> = towns
        .iter()
        .zip(&filler)
        .map(|(t, text)| (*t, text.as_str()))
        .collect();
    let first = "Shooting on Birch Lane\n\nTwo people were killed on Birch Lane in Riverton \
                 on Friday night, police said. The family of Marcus Delgado, 24, said he was \
                 found near a parked van. Detective Ana Whitfield said the shooting followed an \
                 argument between neighbours.";
    let second = "Birch Lane shooting\n\nPolice in Riverton said two people died in a shooting \
                  on Birch Lane on Friday. Neighbours said that Marcus Delgado was among the \
                  dead, and Detective Ana Whitfield asked witnesses to come forward.";
    let other = "Riverton stabbing\n\nPolice in Riverton said three people were killed in a \
                 stabbing at the Coleman Mall on Sunday. A woman named as Teresa Okafor, 31, \
                 was arrested at the scene, and Sergeant Leo Brandt said the motive is unclear.";
    docs.extend([("birch-1", first), ("birch-2", second), ("mall", other)]);
    let analysis = analyse(&docs);
    let groups: Vec<Vec<String>> = analysis
        .comparisons
        .iter()
        .map(|c| c.members.iter().map(|m| m.doc.clone()).collect())
        .collect();
    assert!(
        groups
            .iter()
            .any(|g| g.iter().any(|m| m.starts_with("birch-1"))
                && g.iter().any(|m| m.starts_with("birch-2"))),
        "{groups:#?}"
    );
    assert!(
        groups.iter().flatten().all(|m| !m.starts_with("mall")),
        "{groups:#?}"
    );
}

/// A long text of one template's figures: the same frame, many different values, one source.
fn template_report(sentences: usize) -> String {
    let mut text = String::from("Housing monitor\n\n");
    for i in 0..sentences {
        let (whole, tenth) = (1 + i * 7 % 19, i % 10);
        text.push_str(&format!(
            "Rents in the region rose {whole}.{tenth}% in May, Ana Reyes, an economist at the \
             housing agency, said. "
        ));
        if i % 4 == 3 {
            text.push_str("\n\n");
        }
    }
    text
}

// Regression: a long pasted report of one template's figures formed one card of hundreds of
// values from one source, whose "why" listed every pair of them (a 1 MB text took 83 s and
// wrote 112 MB of JSON).
#[test]
fn one_source_restating_different_figures_is_no_comparison() {
    let text = template_report(200);
    let analysis = analyse(&[("report", &text)]);
    assert!(analysis.quantities.len() >= 200);
    assert!(
        analysis
            .comparisons
            .iter()
            .all(|c| c.verdict == Verdict::Agree),
        "{:?}",
        analysis
            .comparisons
            .iter()
            .map(|c| &c.label)
            .collect::<Vec<_>>()
    );
}

#[test]
fn two_named_speakers_disagreeing_in_one_article_are_compared() {
    let analysis = analyse(&[(
        "a",
        "Jobs outlook\n\nUnemployment in the province will reach 7% next year, Maria Lopez, \
         an economist at the central bank, said on Monday. Tom Becker, the province's finance \
         minister, said unemployment in the province will reach about 4% next year.",
    )]);
    let comparison = analysis.comparisons.first().expect("one comparison");
    assert_eq!(members(&analysis, comparison), ["7%", "4%"]);
    assert_eq!(comparison.verdict, Verdict::Diverge);
}

#[test]
fn a_large_card_names_a_few_pairs_that_do_not_overlap_not_all() {
    let docs: Vec<(String, String)> = (0..30)
        .map(|i| {
            (
                format!("d{i}"),
                format!(
                    "Harbour tolls, edition {}\n\nThe harbour authority will raise the port toll by {}% next \
                     year, the shipping council said.",
                    char::from(b'A' + i as u8),
                    if i % 2 == 0 { 4 } else { 9 }
                ),
            )
        })
        .collect();
    let docs: Vec<(&str, &str)> = docs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let analysis = analyse(&docs);
    let card = analysis
        .comparisons
        .iter()
        .max_by_key(|c| c.members.len())
        .expect("a comparison");
    assert!(card.members.len() >= 20, "{}", card.members.len());
    // 15 × 15 pairs do not overlap: a few are named, the rest counted.
    assert!(
        card.why.contains("; 213 other pairs do not overlap."),
        "{}",
        card.why
    );
    assert!(card.why.len() < 20 * 1024, "{} bytes", card.why.len());
}

/// Regression: the label named the last shared noun phrase ("Cost of the bay") when the other
/// report put a modifier between the determiner and the thing ("The new bridge"), and called a
/// share of spending a cost.
#[test]
fn labels_name_the_head_noun_phrase_and_a_cost_only_for_money() {
    let shares = analyse(&[
        (
            "wire",
            "Stadium plan\n\nThe new stadium will take 30% of the city's capital budget, the mayor said.",
        ),
        (
            "daily",
            "Stadium vote\n\nThe stadium will take about 45% of the city's capital budget, critics said.",
        ),
    ]);
    assert_eq!(shares.comparisons.len(), 1);
    for comparison in &shares.comparisons {
        assert!(
            !comparison.label.starts_with("Cost"),
            "a share is labelled as a cost: {}",
            comparison.label
        );
    }

    let bridge = analyse(&[
        (
            "courier",
            "Bridge costs\n\nThe new bridge over the bay will cost $900 million, the county said on Monday.",
        ),
        (
            "ledger",
            "Bay bridge\n\nThe bridge over the bay will cost about $1.1 billion, officials said on Monday.",
        ),
    ]);
    let labels: Vec<&str> = bridge
        .comparisons
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(labels, ["Cost of the bridge"]);
}

#[test]
fn two_reports_in_one_sentence_are_compared_each_with_its_own_speaker() {
    let analysis = analyse(&[(
        "a",
        "Jobs outlook\n\nMaria Lopez, an economist at the central bank, said unemployment in \
         the province will reach 7% next year, while Tom Becker, the province's finance \
         minister, argued unemployment in the province will reach about 4% next year.",
    )]);
    let claims: Vec<(&str, Option<&str>)> = analysis
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.speaker.as_deref()))
        .filter(|(_, s)| s.is_some())
        .collect();
    assert_eq!(claims.len(), 2, "{claims:?}");
    let comparison = analysis.comparisons.first().expect("one comparison");
    assert_eq!(members(&analysis, comparison), ["7%", "4%"]);
    let speakers: Vec<Option<&str>> = comparison
        .members
        .iter()
        .map(|m| m.speaker.as_deref())
        .collect();
    assert_eq!(speakers, [Some("Maria Lopez"), Some("Tom Becker")]);
    assert_eq!(comparison.verdict, Verdict::Diverge);
}

// Regression (local-news): a photo gallery's counter ("Image 1 of 10 Police investigate…")
// was read as a count of what the caption names next, and the caption, repeated under every
// picture, made a card of ten copies of it from one page.
#[test]
fn a_gallery_counter_and_its_repeated_captions_are_no_comparison() {
    let gallery = "Warehouse fire on Dock Road\n\nThree firefighters were hurt fighting a fire at a \
                   warehouse on Dock Road on Tuesday, the fire chief said.\n\nPhoto: Staff Image 1 \
                   of 3 Crews battle the fire on Dock Road on Tuesday. Photo: Staff Image 2 of 3 \
                   Crews battle the fire on Dock Road on Tuesday. Photo: Staff Image 3 of 3 Crews \
                   battle the fire on Dock Road on Tuesday.\n\nPolice closed two lanes of Dock \
                   Road for the night.\n\nPolice closed two lanes of Dock Road for the night.";
    let report = "Dock Road fire\n\nThree firefighters were hurt in a fire at a warehouse on Dock \
                  Road on Tuesday, officials said. Police closed two lanes of Dock Road.";
    let analysis = analyse(&[("gallery", gallery), ("report", report)]);
    for comparison in &analysis.comparisons {
        let texts = members(&analysis, comparison);
        assert!(
            !texts.iter().any(|t| t.starts_with("3 Crews")),
            "a gallery's size is no count: {texts:?}"
        );
        let from_gallery: Vec<_> = comparison
            .members
            .iter()
            .filter(|m| m.doc == "gallery")
            .map(|m| m.claim.as_str())
            .collect();
        let repeated = from_gallery
            .iter()
            .filter(|claim| {
                let sentence = &analysis.claim(claim).unwrap().text;
                sentence.contains("closed two lanes")
            })
            .count();
        assert!(
            repeated <= 1,
            "a repeated paragraph is one statement: {texts:?}"
        );
    }
    // The firefighters are still compared across the two reports.
    assert!(analysis.comparisons.iter().any(|c| {
        let texts = members(&analysis, c);
        texts.iter().filter(|t| t.starts_with("Three")).count() == 2
    }));
}

// Regression (local-news): two pages of one station about different shootings shared its
// furniture ("Keep checking example.com for updates"), which was reported as shared text.
#[test]
fn a_sites_furniture_on_two_of_its_pages_is_not_shared_text() {
    let furniture = "Keep checking WXYZnews.com for real-time updates on this story.\n\nStay with \
                     Channel 9 and WXYZnews.com for more details as they become available.\n\n\
                     Copyright 2016 Channel 9 Media Group, Inc. All rights reserved. This \
                     material may not be published, broadcast, rewritten or redistributed.";
    let first = format!(
        "Teen hurt in Millbrook shooting\n\nA 16-year-old boy was shot in the leg on Carver \
         Street in Millbrook on Monday evening, police said. His injuries are not \
         life-threatening.\n\n{furniture}"
    );
    let second = format!(
        "Woman killed on Route 4\n\nA woman was killed when her car was struck by gunfire on \
         Route 4 near Dunmore late Friday, state police said. No arrests have been made.\n\n\
         {furniture}"
    );
    let analysis = analyse(&[("a", &first), ("b", &second)]);
    assert!(analysis.reuse.is_empty(), "{:#?}", analysis.reuse);
    assert!(analysis.attribution_divergences.is_empty());
}

/// A movement "from X to Y" (claims/1 `from_to`) compares as the level it reached: with the
/// level another outlet reports, it agrees; its level left is not a range around that level.
#[test]
fn a_movement_compares_as_the_level_it_reached() {
    let analysis = analyse(&[
        (
            "a",
            "Bus ridership\n\nDaily ridership on the city's buses fell from 84,000 to 61,000 riders last year, transit officials said.",
        ),
        (
            "b",
            "Buses lose riders\n\nDaily ridership on the city's buses was 61,000 riders last year, the transit agency said.",
        ),
    ]);
    let movement = analysis
        .quantities
        .iter()
        .find(|q| q.from_to)
        .expect("the movement is one quantity");
    assert_eq!(movement.text, "84,000 to 61,000");
    let comparison = analysis
        .comparisons
        .iter()
        .find(|c| c.quantities.contains(&movement.id))
        .expect("the movement is compared");
    assert_eq!(
        members(&analysis, comparison),
        ["84,000 to 61,000", "61,000"]
    );
    assert_eq!(comparison.verdict, Verdict::Agree);
}

/// The members' texts of every comparison of `docs`.
fn compared(docs: &[(&str, &str)]) -> Vec<Vec<String>> {
    let analysis = analyse(docs);
    analysis
        .comparisons
        .iter()
        .map(|c| members(&analysis, c))
        .collect()
}

// Regression (local news): two reports of one city counting four men and two men were one
// comparison, framed alike by the city's name alone. Different counts in two documents
// need their clauses to share more than the counted noun; the same count still meets.
#[test]
fn different_counts_of_people_sharing_only_a_place_are_not_compared() {
    let seen = "Depot chase\n\nHarlow police said four men were seen leaving the Harlow bus \
                depot on Friday.";
    let sought = "Getaway car\n\nHarlow detectives are looking for two men who drove a getaway \
                  car, Harlow police said.";
    assert_eq!(
        compared(&[("a", seen), ("b", sought)]),
        Vec::<Vec<String>>::new()
    );
    let restated = "Getaway car\n\nHarlow detectives are looking for four men who drove a \
                    getaway car, Harlow police said.";
    assert_eq!(
        compared(&[("a", seen), ("b", restated)]),
        [["four", "four"]]
    );
}

// Regression (local news): two people arrested and five children shot, in two reports that
// name one police force, shared an entity and, through the sentence, a family (arrests):
// different counts whose clauses share no word at all are not shown to count one thing.
#[test]
fn different_counts_whose_clauses_share_no_word_are_not_compared() {
    let theft = "Theft arrests\n\nHarlow police made arrests on Monday. Two people were \
                 arrested and charged with theft, Harlow police said.";
    let shooting = "School shooting\n\nHarlow police spoke on Monday. After five kids got shot, \
                    a man was detained by Harlow police.";
    assert_eq!(
        compared(&[("a", theft), ("b", shooting)]),
        Vec::<Vec<String>>::new()
    );
}

// Regression (local news): two county officers (the county named) taught the comparison that
// the county's name counts people, as "H100 chips" teaches that "H100" counts chips; three of
// that county's police cruisers then counted people and met three people. A name lends its
// category only as the head of what is counted.
#[test]
fn a_name_before_another_noun_lends_it_no_category() {
    let hurt = "Standoff\n\nTwo Harlow County officers were hurt in the standoff. Harlow medics \
                took three people to the hospital.";
    let cruisers = "Standoff ends\n\nThree Harlow County police cruisers were parked outside \
                    the home during the standoff.";
    assert_eq!(
        compared(&[("a", hurt), ("b", cruisers)]),
        Vec::<Vec<String>>::new()
    );
}

// Regression (local news): a headline's age in title case ("A 9-Year-Old Boy") was compared as
// a duration with another story's age, where the lowercase "9-year-old" is read as an age and
// left out.
#[test]
fn ages_in_title_case_are_ages() {
    let boy = "Boy Shot\n\nA 9-Year-Old Boy Was Wounded In A Shooting\n\nThe boy was wounded in \
               the shooting on Elm Street, Marlow police said.";
    let girl = "Girl Shot\n\nA 10-Year-Old Girl Was Wounded In A Shooting\n\nThe girl was \
                wounded in the shooting on Elm Street, Marlow police said.";
    assert_eq!(
        compared(&[("a", boy), ("b", girl)]),
        Vec::<Vec<String>>::new()
    );
}

// Regression (local news): two men of one first name in two stories made their counts one
// comparison. A first name that both take from different full names is no shared entity; the
// surname alone still is.
#[test]
fn a_shared_first_name_is_not_a_shared_entity() {
    let bar = "Bar shooting\n\nPolice said Dana Roe was killed and four people were hurt at \
               the Blue Door bar.";
    let other = "Car shooting\n\nPolice said Dana Doe was killed, one of four men shot in a \
                 parked car.";
    assert_eq!(
        compared(&[("a", bar), ("b", other)]),
        Vec::<Vec<String>>::new()
    );
    let same = "Car shooting\n\nPolice said Roe was killed, one of four men shot in a parked car.";
    assert_eq!(compared(&[("a", bar), ("b", same)]), [["four", "four"]]);
}

// Regression (local news): two reports of different shootings in one city shared the sentence
// saying which detectives handle the investigation, the police force's phrasing, as reused
// text (and, one of them attributing it, as a passage attributed differently).
#[test]
fn a_police_forces_phrasing_is_not_shared_text() {
    let boy = "Boy hurt\n\nA boy, 2, was shot in the arm at a home on Larch Avenue on Tuesday, \
               police said. His mother said he was playing with a cousin. North District \
               detectives are handling the investigation.";
    let station = "Gas station shooting\n\nFour men were shot outside a gas station on Birch \
                   Road early Friday, police said. Two of them died at the scene. North \
                   District detectives are handling the investigation.";
    let analysis = analyse(&[("a", boy), ("b", station)]);
    assert!(analysis.reuse.is_empty(), "{:#?}", analysis.reuse);
    assert!(analysis.attribution_divergences.is_empty());
}

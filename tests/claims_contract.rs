//! The CLI's output, validated against the claims/1 JSON Schema (contract/claims-1.schema.json,
//! a copy of the shared contract), for the bundled corpus and for user files.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn schema_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("contract/claims-1.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the claims/1 schema compiles")
}

fn assert_valid(output: &Value) {
    let validator = schema_validator();
    let errors: Vec<String> = validator
        .iter_errors(output)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "claims/1 violations:\n{}",
        errors.join("\n")
    );
}

fn extract(args: &[&str]) -> (Value, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json = if stdout.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&stdout).expect("stdout is one JSON object")
    };
    (
        json,
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

#[test]
fn bundled_corpus_output_is_schema_valid_claims_1() {
    let (json, stderr, code) = extract(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid(&json);
    assert_eq!(json["schema"], "claims/1");
    let titles: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 5);
    assert!(titles.contains(&"There can be no winners in a US-China AI arms race"));
    assert!(json["quantities"].as_array().unwrap().len() >= 30);
}

#[test]
fn every_span_is_the_text_it_claims_to_be() {
    let (json, _, _) = extract(&["--with-text"]);
    let texts: std::collections::HashMap<&str, &str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["text"].as_str().unwrap()))
        .collect();
    for record in json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .chain(json["claims"].as_array().unwrap())
    {
        let text = texts[record["doc"].as_str().unwrap()].as_bytes();
        let (start, end) = (
            record["start"].as_u64().unwrap() as usize,
            record["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[start..end],
            record["text"].as_str().unwrap().as_bytes(),
            "{record}"
        );
    }
}

#[test]
fn the_lead_estimates_are_found_with_their_values() {
    let (json, _, _) = extract(&[]);
    let find = |text: &str| {
        json["quantities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["text"] == text)
            .unwrap_or_else(|| panic!("{text} not found"))
            .clone()
    };
    let two_to_three = find("two-to-three-year");
    assert_eq!(
        (
            two_to_three["low"].as_f64(),
            two_to_three["high"].as_f64(),
            two_to_three["unit"].as_str()
        ),
        (Some(2.0), Some(3.0), Some("year"))
    );
    let one_to_two = find("one to two years");
    assert_eq!(
        (one_to_two["low"].as_f64(), one_to_two["high"].as_f64()),
        (Some(1.0), Some(2.0))
    );
    let about_a_year = find("a year");
    assert_eq!(
        (
            about_a_year["approx"].as_str(),
            about_a_year["unit"].as_str()
        ),
        (Some("about"), Some("year"))
    );
}

#[test]
fn html_input_carries_its_extracted_text_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("wages.html");
    std::fs::write(&page, "<html><head><title>Wages</title><script>alert(1)</script></head><body><p>Wages rose 4.1% in May 2024, about $120 a month.</p></body></html>").unwrap();
    let (json, stderr, code) = extract(&[page.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid(&json);
    let doc = &json["documents"][0];
    assert_eq!(
        (doc["id"].as_str(), doc["title"].as_str()),
        (Some("wages"), Some("Wages"))
    );
    assert_eq!(
        doc["text"],
        "Wages rose 4.1% in May 2024, about $120 a month."
    );
    let texts: Vec<&str> = json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["4.1%", "May 2024", "$120"]);
}

#[test]
fn names_that_speak_together_are_listed_as_speakers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("joint.txt");
    std::fs::write(
        &file,
        "Senators Jane Roe and Mark Poe said the bill would cost $4 billion.\n\nRoe said costs rose 5%.\n",
    )
    .unwrap();
    let (json, stderr, code) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid(&json);
    let claims = json["claims"].as_array().unwrap();
    assert_eq!(claims[0]["speaker"], "Mark Poe");
    assert_eq!(
        claims[0]["speakers"],
        serde_json::json!(["Jane Roe", "Mark Poe"])
    );
    // One speaker: no list.
    assert_eq!(claims[1]["speaker"], "Jane Roe");
    assert!(claims[1].get("speakers").is_none());
    let names: Vec<&str> = json["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Jane Roe") && names.contains(&"Mark Poe"),
        "{names:?}"
    );
}

/// A movement "from X to Y" is one quantity marked `from_to`, its levels in the order written;
/// other quantities leave the field out, so outputs without movements are unchanged.
#[test]
fn a_movement_from_one_level_to_another_is_one_quantity_marked_from_to() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("movement.txt");
    std::fs::write(
        &file,
        "The fare fell from $5 to $3 in March, and 40 buses were added.\n",
    )
    .unwrap();
    let (json, stderr, code) = extract(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_valid(&json);
    let quantities = json["quantities"].as_array().unwrap();
    let movement = &quantities[0];
    assert_eq!(movement["text"], "$5 to $3");
    assert_eq!(
        (&movement["low"], &movement["high"]),
        (&5.into(), &3.into())
    );
    assert_eq!(movement["from_to"], true);
    assert!(movement["change"].is_null());
    let buses = quantities.iter().find(|q| q["text"] == "40").unwrap();
    assert!(buses.get("from_to").is_none());
}

/// The page's worker sends the analysis to the page as claims/1 JSON, which the page reads
/// back: the reading must lose nothing, or the page would show less than the CLI.
#[test]
fn claims_1_output_reads_back_into_the_same_analysis() {
    use claimscope::{Analysis, Document};
    let mut documents = claimscope::corpus::bundled();
    documents.push(Document::from_text(
        "own",
        "Budget talks\n\nThe deficit fell to about $1.7 trillion, officials said on Monday. \
         Revenue rose 9% to nearly 4.9 trillion dollars, according to the Treasury. \
         \"We expect growth of 2 to 3 percent,\" Maria Lopez, an economist, told reporters.",
    ));
    let analysis = Analysis::of(&documents);
    let written = serde_json::to_string(&analysis).unwrap();
    let read: Analysis = serde_json::from_str(&written).expect("claims/1 output reads back");
    assert_eq!(serde_json::to_string(&read).unwrap(), written);
    assert_eq!(read.quantities, analysis.quantities);
    assert_eq!(read.comparisons, analysis.comparisons);
    assert!(!read.comparisons.is_empty() && read.claims.iter().any(|c| c.speaker.is_some()));
}

/// The worker sends analyses without their sentence texts; the page puts them back.
#[test]
fn sentence_texts_dropped_for_transfer_come_back_from_the_documents() {
    use claimscope::Analysis;
    let documents = claimscope::corpus::bundled();
    let analysis = Analysis::of(&documents);
    let sent = serde_json::to_string(&analysis.clone().without_sentence_texts()).unwrap();
    // Comparisons (with their reasons) are kept: the more of them, the smaller the share the
    // sentence texts are of the whole.
    assert!(sent.len() < serde_json::to_string(&analysis).unwrap().len() * 4 / 5);
    let read: Analysis = serde_json::from_str(&sent).unwrap();
    assert!(read.claims.iter().all(|c| c.text.is_empty()));
    assert_eq!(
        serde_json::to_string(&read.with_sentence_texts(&documents)).unwrap(),
        serde_json::to_string(&analysis).unwrap()
    );
}

#[test]
fn unknown_names_are_refused_rather_than_kept_forever() {
    let analysis = claimscope::Analysis::of(&claimscope::corpus::bundled());
    let mut value = serde_json::to_value(&analysis).unwrap();
    let quantities = value["quantities"].as_array_mut().unwrap();
    let template = quantities[0].clone();
    quantities.clear();
    for i in 0..1000 {
        let mut q = template.clone();
        q["unit"] = Value::String(format!("unit-{i}"));
        quantities.push(q);
    }
    let read = serde_json::from_value::<claimscope::Analysis>(value);
    assert!(read.is_err(), "a thousand made-up units were accepted");
}

/// A board a reader corrected is claims/1 too: `corrections` and `by: "reader"` validate and
/// read back.
#[test]
fn a_corrected_analysis_is_schema_valid_and_reads_back() {
    use claimscope::Analysis;
    use claimscope::claims::{Correction, CorrectionKind};
    let documents = claimscope::corpus::bundled();
    let machine = Analysis::of(&documents);
    let first = machine.comparison_values("t1");
    let corrections = vec![
        Correction {
            kind: CorrectionKind::Label,
            values: first.clone(),
            label: Some("What it cost".into()),
            speakers: Vec::new(),
        },
        Correction {
            kind: CorrectionKind::Separate,
            values: machine.comparison_values("t2")[..1].to_vec(),
            label: None,
            speakers: Vec::new(),
        },
    ];
    let corrected = machine.corrected(&documents, &corrections);
    assert!(corrected.comparisons.iter().any(|c| c.by.is_some()));
    let written = serde_json::to_string(&corrected).unwrap();
    assert_valid(&serde_json::from_str(&written).unwrap());
    let read: Analysis = serde_json::from_str(&written).unwrap();
    assert_eq!(read.corrections, corrections);
    assert_eq!(read.comparisons, corrected.comparisons);
}

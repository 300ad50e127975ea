//! Peers' public test data run through Claimscope's quantity extraction (`tests/peer-specs/`,
//! see its README for sources and licenses): Microsoft Recognizers-Text's English Number,
//! NumberRange, Percent, Currency and Dimension specs, and Duckling's English Numeral,
//! AmountOfMoney and Duration corpora.
//!
//! A case passes when the values Claimscope finds are exactly the expected ones (ranges by
//! both ends; units are not compared, as the peers name them differently). These suites test
//! number recognisers, and Claimscope reads news quantities by design differently in places
//! (a bare "one" is not a quantity; "half" is 50 percent), so some cases are declined: each is
//! listed with its reason in `tests/peer-specs/unsupported.tsv`. The test fails when a case
//! fails that is not listed — a regression — and when a listed case passes, so that the list
//! stays true. `cargo test --test peer_specs -- --nocapture` prints the pass rate per file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use claimscope::claims::Bound;
use claimscope::{Analysis, Document};
use serde_json::Value;

/// A value as a peer states it: a number or a closed range.
type Expected = (f64, f64);

struct Case {
    file: &'static str,
    input: String,
    expected: Vec<Expected>,
}

const RECOGNIZERS: &[&str] = &[
    "recognizers-text/Number/English/NumberModel.json",
    "recognizers-text/Number/English/NumberRangeModel.json",
    "recognizers-text/Number/English/PercentModel.json",
    "recognizers-text/NumberWithUnit/English/CurrencyModel.json",
    "recognizers-text/NumberWithUnit/English/DimensionModel.json",
];

const DUCKLING: &[&str] = &[
    "duckling/Numeral.EN.json",
    "duckling/AmountOfMoney.EN.json",
    "duckling/Duration.EN.json",
];

fn read(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/peer-specs")
        .join(file);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// "192", "1.5E+20", "10%", "(20,35]", "[20,)", "(,30)".
fn recognizers_value(text: &str) -> Option<Expected> {
    let number = |s: &str| s.trim().trim_end_matches('%').parse::<f64>().ok();
    if let Some(inner) = text
        .strip_prefix(['(', '['])
        .and_then(|t| t.strip_suffix([')', ']']))
    {
        let (low, high) = inner.split_once(',')?;
        return match (number(low), number(high)) {
            (Some(low), Some(high)) => Some((low, high)),
            (Some(bound), None) | (None, Some(bound)) => Some((bound, bound)),
            (None, None) => None,
        };
    }
    number(text).map(|n| (n, n))
}

fn recognizers_cases(file: &'static str) -> Vec<Case> {
    read(file)
        .as_array()
        .unwrap()
        .iter()
        .map(|case| {
            let expected = case["Results"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|result| recognizers_value(result["Resolution"]["value"].as_str()?))
                .collect();
            Case {
                file,
                input: case["Input"].as_str().unwrap().to_owned(),
                expected,
            }
        })
        .collect()
}

fn duckling_cases(file: &'static str) -> Vec<Case> {
    let data = read(file);
    let mut cases = Vec::new();
    for example in data["examples"].as_array().unwrap() {
        let parsed = &example["parsed"];
        let expected = match (
            parsed["value"].as_f64(),
            parsed["min"].as_f64(),
            parsed["max"].as_f64(),
        ) {
            (Some(value), _, _) => (value, value),
            (None, Some(min), Some(max)) => (min, max),
            (None, Some(bound), None) | (None, None, Some(bound)) => (bound, bound),
            _ => continue,
        };
        for input in example["inputs"].as_array().unwrap() {
            cases.push(Case {
                file,
                input: input.as_str().unwrap().to_owned(),
                expected: vec![expected],
            });
        }
    }
    for input in data["negative"].as_array().into_iter().flatten() {
        cases.push(Case {
            file,
            input: input.as_str().unwrap().to_owned(),
            expected: vec![],
        });
    }
    cases
}

/// What each peer file tests, as Claimscope's units: a currency spec looks only at money, a
/// dimension spec only at physical units, and so on; number specs look at every number.
fn in_scope(file: &str, unit: &str) -> bool {
    const DURATIONS: &[&str] = &["year", "month", "week", "day", "hour", "minute", "second"];
    let is_money = unit.len() == 3 && unit.chars().all(|c| c.is_ascii_lowercase());
    if file.contains("Currency") || file.contains("AmountOfMoney") {
        is_money
    } else if file.contains("Percent") {
        unit == "percent"
    } else if file.contains("Duration") {
        DURATIONS.contains(&unit)
    } else if file.contains("Dimension") {
        !is_money
            && !DURATIONS.contains(&unit)
            && !matches!(
                unit,
                "count" | "percent" | "calendar-year" | "date" | "ordinal"
            )
    } else {
        true
    }
}

/// The numeric values Claimscope finds in `input` that the peer file's model is about.
fn found(file: &str, input: &str) -> Vec<Expected> {
    let analysis = Analysis::of(&[Document::from_text("case", input)]);
    analysis
        .quantities
        .iter()
        .filter(|q| in_scope(file, q.unit.as_str()))
        .filter_map(|q| match (&q.low, &q.high) {
            (Bound::Number(low), Bound::Number(high)) => Some((*low, *high)),
            _ => None,
        })
        .collect()
}

fn same_values(expected: &[Expected], found: &[Expected]) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0);
    let mut unmatched: Vec<Expected> = found.to_vec();
    expected.len() == found.len()
        && expected.iter().all(|&(low, high)| {
            match unmatched
                .iter()
                .position(|&(l, h)| close(l, low) && close(h, high))
            {
                Some(i) => {
                    unmatched.swap_remove(i);
                    true
                }
                None => false,
            }
        })
}

/// `file \t input \t reason` rows; `#` starts a comment line.
fn declined() -> BTreeMap<(String, String), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peer-specs/unsupported.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut cells = line.splitn(3, '\t');
            let (file, input, reason) =
                (cells.next().unwrap(), cells.next().unwrap(), cells.next());
            let reason = reason
                .filter(|r| !r.trim().is_empty())
                .unwrap_or_else(|| panic!("no reason for {input:?}"));
            ((file.to_owned(), unescape(input)), reason.to_owned())
        })
        .collect()
}

/// Inputs are written with `\t` and `\n` escaped so that one case stays on one line.
fn unescape(input: &str) -> String {
    input.replace("\\n", "\n").replace("\\t", "\t")
}

#[test]
fn peer_specs_pass_except_the_declined_cases() {
    let declined = declined();
    let mut cases: Vec<Case> = RECOGNIZERS
        .iter()
        .flat_map(|f| recognizers_cases(f))
        .collect();
    cases.extend(DUCKLING.iter().flat_map(|f| duckling_cases(f)));

    let mut per_file: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failing = BTreeSet::new();
    let mut report = Vec::new();
    for case in &cases {
        let got = found(case.file, &case.input);
        let passed = same_values(&case.expected, &got);
        let tally = per_file.entry(case.file).or_default();
        tally.1 += 1;
        if passed {
            tally.0 += 1;
        } else {
            failing.insert((case.file.to_owned(), case.input.clone()));
            if !declined.contains_key(&(case.file.to_owned(), case.input.clone())) {
                report.push(format!(
                    "{}\t{}\twant {:?}, found {:?}",
                    case.file,
                    case.input.replace('\n', "\\n").replace('\t', "\\t"),
                    case.expected,
                    got
                ));
            }
        }
    }

    println!("peer-spec pass rates:");
    for (file, (passed, total)) in &per_file {
        println!(
            "  {file}: {passed}/{total} ({:.1}%)",
            100.0 * *passed as f64 / *total as f64
        );
    }
    let now_passing: Vec<&(String, String)> = declined
        .keys()
        .filter(|key| !failing.contains(*key))
        .collect();
    assert!(
        report.is_empty(),
        "{} cases fail and are not declined:\n{}",
        report.len(),
        report.join("\n")
    );
    assert!(
        now_passing.is_empty(),
        "declined cases that now pass (remove them from unsupported.tsv): {now_passing:?}"
    );
}

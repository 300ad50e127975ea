//! Robustness of the whole analysis: generated news-like text (proptest), pathological inputs,
//! and a deterministic random-byte stress run. Every case checks the structural invariants of
//! `claimscope::invariants` (spans inside the text and on char boundaries, quoted text equal
//! to its span, unique ids, references that resolve) and that the same input gives the same
//! JSON. Nothing here asserts time; the large cases are `#[ignore]`d and run by
//! `cargo test --release --test robustness -- --ignored`.

use claimscope::invariants::check_invariants;
use claimscope::{Analysis, Document};
use proptest::prelude::*;

/// Analyses `documents`, checks the invariants, and returns the analysis.
fn analyse(documents: &[Document]) -> Analysis {
    let analysis = Analysis::of(documents);
    if let Err(problem) = check_invariants(&analysis, documents) {
        panic!("{problem}");
    }
    analysis
}

fn one(text: &str) -> Analysis {
    analyse(&[Document::from_text("d", text)])
}

/// The quantities' texts, in order.
fn texts(analysis: &Analysis) -> Vec<&str> {
    analysis
        .quantities
        .iter()
        .map(|q| q.text.as_str())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Generated news-like text.

const NAMES: &[&str] = &[
    "Jane Roe",
    "John Q. Public",
    "Dr. Amara Okafor",
    "María José García-López",
    "Li Wei",
    "the central bank",
    "Experts",
    "A spokesperson for Acme Corp.",
    "He",
    "She",
    "officials",
    "Zoë Ørsted",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "estimated",
    "warned",
    "told reporters",
    "believes",
    "acknowledged",
    "has argued",
    "wrote",
    "called for",
];
const HEDGES: &[&str] = &[
    "about",
    "nearly",
    "more than",
    "at least",
    "fewer than",
    "up to",
    "~",
    "roughly",
    "almost",
    "over",
    "some",
    "around",
    "just under",
    "",
];
const NUMBERS: &[&str] = &[
    "5",
    "10,000",
    "3.9",
    "1’700",
    "320 000",
    ".001",
    "-2",
    "forty-eight",
    "one hundred and six",
    "a dozen",
    "two dozen",
    "1.5",
    "0",
    "2024",
    "12",
    "99.99",
    "1,234,567.89",
    "half",
    "two-thirds",
    "tens of",
    "hundreds of",
    "one to two",
    "60-65",
    "three or four",
    "1e9",
    "007",
];
const UNITS: &[&str] = &[
    "%",
    " percent",
    " percentage points",
    " million",
    " billion",
    "bn",
    "M",
    "k",
    " years",
    " months",
    "-year",
    " miles per hour",
    " metric tons",
    " bhp",
    " people",
    " employees",
    "",
    " dollars",
    " bucks",
];
const CURRENCIES: &[&str] = &["$", "US$", "€", "£", "USD", "RM", "HK $", ""];
const CHANGES: &[&str] = &[
    "rose",
    "fell",
    "jumped",
    "dropped by",
    "rose from $350 to",
    "doubled to",
    "halved to",
    "was",
    "increased",
    "reached",
    "is worth",
    "cost",
];
const SUBJECTS: &[&str] = &[
    "Sales",
    "The US lead over China",
    "Exports",
    "The price gap",
    "Inflation",
    "The company's revenue",
    "Top AI researchers",
    "The gap",
    "Hiring",
];
const TIMES: &[&str] = &[
    "in March 2024",
    "by 2030",
    "since late 2022",
    "on January 17",
    "in 2017",
    "on 2025-01-16",
    "initially",
    "now",
    "",
];
const NOISE: &[&str] = &[
    "\u{0}",
    "\r",
    "\r\n",
    "\n\n",
    "\u{301}",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "👍",
    "👨‍👩‍👧",
    "١٢٣",
    "３",
    "\u{feff}",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    ":",
    "Q:",
    "—",
    "-",
    "…",
    ".",
    "?",
    "!",
    "\t",
    "<p>",
    "&amp;",
    "ß",
    "İ",
    "ǅ",
    "שלום",
    "数字",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(list)
}

/// A value as a news sentence writes it: hedge, currency, number, unit.
fn value() -> impl Strategy<Value = String> {
    (pick(HEDGES), pick(CURRENCIES), pick(NUMBERS), pick(UNITS)).prop_map(|(h, c, n, u)| {
        let hedge = if h.is_empty() {
            String::new()
        } else {
            format!("{h} ")
        };
        format!("{hedge}{c}{n}{u}")
    })
}

/// One sentence: a reported claim, a change, a quotation, an interview answer, or noise.
fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            pick(SUBJECTS),
            pick(CHANGES),
            value(),
            pick(TIMES),
            pick(NAMES),
            pick(VERBS)
        )
            .prop_map(|(s, c, v, t, n, verb)| format!("{s} {c} {v} {t}, {n} {verb}.")),
        (
            pick(NAMES),
            pick(VERBS),
            pick(SUBJECTS),
            pick(CHANGES),
            value(),
            value()
        )
            .prop_map(|(n, verb, s, c, a, b)| format!(
                "{n} {verb} that {s} {c} between {a} and {b}."
            )),
        (value(), pick(NAMES), pick(VERBS), pick(SUBJECTS))
            .prop_map(|(v, n, verb, s)| format!("“{s} is {v},” {verb} {n}. “It is not.”")),
        (pick(SUBJECTS), value(), pick(NAMES))
            .prop_map(|(s, v, n)| format!("{s} stood at {v}, according to {n}.")),
        (pick(NAMES), pick(SUBJECTS), value()).prop_map(|(n, s, v)| format!(
            "Q: What now?\n\n{n}: {s} has essentially disappeared; it was {v}."
        )),
        prop::collection::vec(
            prop_oneof![
                pick(NOISE).prop_map(str::to_owned),
                value(),
                pick(NAMES).prop_map(str::to_owned)
            ],
            0..12
        )
        .prop_map(|parts| parts.join(" ")),
        prop::collection::vec(any::<char>(), 0..20).prop_map(|cs| cs.into_iter().collect()),
    ]
}

/// A document: a title line, then sentences with various separators.
fn document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(sentence(), 0..10),
        prop::collection::vec(pick(&[" ", "\n", "\n\n", "\r\n", "\r", "  "]), 10),
    )
        .prop_map(|(sentences, separators)| {
            let mut text = String::from("Headline\n\n");
            for (i, s) in sentences.iter().enumerate() {
                text.push_str(s);
                text.push_str(separators[i % separators.len()]);
            }
            text
        })
}

fn corpus() -> impl Strategy<Value = Vec<Document>> {
    prop::collection::vec((document(), prop::option::of(1u8..28)), 1..5).prop_map(|docs| {
        docs.into_iter()
            .enumerate()
            .map(|(i, (text, day))| {
                let mut doc = Document::from_text(format!("doc{i}"), text);
                doc.date = day.map(|d| format!("2025-01-{d:02}"));
                doc
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_news_keeps_every_invariant_and_is_deterministic(documents in corpus()) {
        let first = analyse(&documents);
        let again = Analysis::of(&documents.clone());
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
    }

    #[test]
    fn a_document_repeated_in_another_keeps_every_invariant(text in document()) {
        // Shared passages exercise reuse and attribution divergence.
        let a = Document::from_text("a", text.clone());
        let mut b = Document::from_text("b", format!("Other title\n\n{text} Sales rose 5%, Jane Roe said."));
        b.date = Some("2025-01-02".into());
        analyse(&[a, b]);
    }
}

// ---------------------------------------------------------------------------------------------
// Pathological inputs.

/// Long single-line inputs; `bytes` is the target size.
fn long_line_cases(bytes: usize) -> Vec<String> {
    let sentence = "The firm said sales rose about 5% to $3.2 million in March 2024. ";
    let clause = "sales rose about 5% to $3.2 million, ";
    let many = sentence.repeat(bytes / sentence.len());
    let one_sentence = clause.repeat(bytes / clause.len());
    let no_spaces = "5%".repeat(bytes / 2);
    vec![many, one_sentence, no_spaces]
}

/// Analyses each long line, printing (never asserting) how long it took.
fn long_lines(bytes: usize) {
    for (i, text) in long_line_cases(bytes).iter().enumerate() {
        let started = std::time::Instant::now();
        let analysis = one(text);
        eprintln!(
            "long line {i}: {} bytes, {} quantities, {} claims, {:.2?}",
            text.len(),
            analysis.quantities.len(),
            analysis.claims.len(),
            started.elapsed()
        );
        assert!(analysis.quantities.len() > bytes / 100, "{i}");
    }
}

#[test]
fn thirty_two_kilobytes_on_one_line() {
    long_lines(1 << 15);
}

/// The full size: `cargo test --release --test robustness -- --ignored --nocapture`.
#[test]
#[ignore]
fn ten_megabytes_on_one_line() {
    long_lines(10 << 20);
}

#[test]
fn a_million_digits() {
    let digits = "7".repeat(1_000_000);
    for text in [
        digits.clone(),
        format!("Revenue was ${digits} last year."),
        format!("Prices rose {digits}% in 2024."),
        format!("It cost 1,{}.", "000,".repeat(250_000)),
        format!("Shares were 0.{digits} higher."),
    ] {
        one(&text);
    }
    let analysis = one(&format!("Revenue was ${digits} last year."));
    let q = &analysis.quantities[0];
    assert!(q.text.starts_with("$777"), "{}", &q.text[..20]);
}

#[test]
fn deeply_repeated_hedges() {
    for hedge in ["about ", "nearly ", "more than ", "~", "at least about "] {
        let text = format!("Sales rose {}5% last year.", hedge.repeat(50_000));
        let analysis = one(&text);
        assert_eq!(
            texts(&analysis).last().map(|t| t.ends_with("5%")),
            Some(true),
            "{hedge}"
        );
    }
}

#[test]
fn samples_of_every_script() {
    let samples = [
        "Latin: Les ventes ont augmenté de 5 % en 2024.",
        "Greek: Οι πωλήσεις αυξήθηκαν κατά 5% το 2024.",
        "Cyrillic: Продажи выросли на 5% в 2024 году.",
        "Armenian: Վաճառքն աճել է 5%-ով։",
        "Hebrew: המכירות עלו ב-5% בשנת 2024.",
        "Arabic: ارتفعت المبيعات بنسبة ٥٪ في عام ٢٠٢٤، وقال 12 مسؤولا.",
        "Devanagari: बिक्री में ५% की वृद्धि हुई, 12 लोग।",
        "Bengali: বিক্রয় ৫% বেড়েছে।",
        "Thai: ยอดขายเพิ่มขึ้น 5% ในปี 2567",
        "Georgian: გაყიდვები 5%-ით გაიზარდა.",
        "Hangul: 매출이 5% 증가했다고 그는 말했다.",
        "Japanese: 売上高は５％増加した。3,000人が参加。",
        "Chinese: 销售额增长了5%，约3000万美元。",
        "Ethiopic: ሽያጭ በ5% ጨምሯል።",
        "Tamil: விற்பனை 5% அதிகரித்தது.",
        "Tibetan: ཚོང་ ༥% ཡར་འཕར།",
        "Mongolian: ᠮᠣᠩᠭᠣᠯ 5%",
        "Cherokee: ᏣᎳᎩ 5 ᎢᏳᏓᎵ",
        "Emoji: 📈 sales rose 5% 🚀 to $3 million 💰.",
        "Math: 𝟓% of 𝟏𝟎𝟎 is 𝟓.",
        "Fullwidth: Sales rose ５％ to ＄３ million.",
    ];
    let all = samples.join("\n\n");
    let analysis = one(&all);
    assert!(texts(&analysis).contains(&"5%"), "{:?}", texts(&analysis));
    for sample in samples {
        one(sample);
    }
}

#[test]
fn right_to_left_text_and_bidi_controls() {
    for text in [
        "\u{202b}Sales rose 5% to $3 million.\u{202c}",
        "Sales rose \u{200f}5%\u{200e} last year.",
        "Sales rose 5\u{202e}%01\u{202c} last year.",
        "«قال جون إن المبيعات ارتفعت 12% في 2024» said John Roe.",
        "Prices: ‏$3‎ million, ‏₪12‎, 40 ש\"ח.",
    ] {
        one(text);
    }
    let analysis = one("Sales rose \u{200f}5%\u{200e} last year.");
    assert_eq!(texts(&analysis), ["5%"]);
}

#[test]
fn emoji_and_combining_marks_inside_numbers() {
    for text in [
        "Sales rose 1\u{301}0% last year.",
        "It cost $1\u{200d}000.",
        "Shares rose 5\u{fe0f}\u{20e3}% today.",
        "The fund holds 1👍000 coins.",
        "Prices rose 3.\u{301}5% on 12\u{0308},000 sales.",
        "We counted 1,\u{1f600}000 people and 2\u{0300}.5 million dollars.",
        "Revenue hit $5\u{20ac}\u{301}M, about 1̲0̲%.",
        "It was 4\u{feff}2 years.",
    ] {
        one(text);
    }
}

#[test]
fn nul_bytes_in_text() {
    let analysis = one("Sales rose 5%\0 last year.\0\0 Jane Roe said\0 it cost $3\0million.");
    assert!(texts(&analysis).contains(&"5%"), "{:?}", texts(&analysis));
    one("\0\0\0");
    one(&"\0 5% ".repeat(1000));
}

#[test]
fn crlf_and_lone_cr_line_endings_find_what_lf_finds() {
    let lf = "Chip sales\n\nSales rose 5% in March 2024.\nJane Roe said exports fell by $3 million.\n\nHiring rose 12%.";
    let lf_analysis = one(lf);
    let lf_texts = texts(&lf_analysis);
    assert_eq!(lf_texts, ["5%", "March 2024", "$3 million", "12%"]);
    for ending in ["\r\n", "\r"] {
        let text = lf.replace('\n', ending);
        let analysis = one(&text);
        assert_eq!(texts(&analysis), lf_texts, "{ending:?}");
        let speakers: Vec<_> = analysis.claims.iter().map(|c| c.speaker.clone()).collect();
        let lf_speakers: Vec<_> = lf_analysis
            .claims
            .iter()
            .map(|c| c.speaker.clone())
            .collect();
        assert_eq!(speakers, lf_speakers, "{ending:?}");
    }
}

#[test]
fn html_pathologies_keep_spans_in_the_derived_text() {
    use claimscope::corpus::{Format, document_from_bytes};
    let pages: [&[u8]; 6] = [
        b"<p>Sales rose 5%</p><p>Jane Roe said $3 million.",
        b"<script>var x = '5%'</script><p>Prices &amp; wages rose 5&#37;.</p>",
        b"<p>Sales rose 5%<!-- unterminated",
        b"<<<<>>>>&&&&;;;; 5% &#xFFFFFFFF; &#0; &#55296; &",
        b"<title></title><p></p>",
        b"<p>\xe2\x80\x9cIt rose 12%,\xe2\x80\x9d she said.</p>",
    ];
    let documents: Vec<Document> = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            document_from_bytes(&format!("p{i}"), Format::Html, page)
                .unwrap()
                .document
        })
        .collect();
    analyse(&documents);
}

#[test]
fn many_tiny_and_empty_documents() {
    let documents: Vec<Document> = (0..300)
        .map(|i| {
            let text = match i % 4 {
                0 => String::new(),
                1 => " \n\t ".to_owned(),
                2 => format!("Sales rose {i}%."),
                _ => format!("Jane Roe said sales rose {}%.", i % 7),
            };
            Document::from_text(format!("d{i}"), text)
        })
        .collect();
    let analysis = analyse(&documents);
    assert_eq!(analysis.warnings.len(), 150);
}

// ---------------------------------------------------------------------------------------------
// Random bytes, deterministically (the fuzz target's check, without libFuzzer).

/// xorshift64*: a fixed sequence, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes_from_news_fragments_keep_every_invariant() {
    const FRAGMENTS: &[&str] = &[
        "said",
        " ",
        ".",
        "5",
        "%",
        "$",
        "million",
        "about",
        "between",
        " and ",
        "to",
        "-",
        "“",
        "”",
        "\"",
        "Jane Roe",
        ":",
        "\n",
        "\n\n",
        "\r",
        "years",
        "according to",
        "rose",
        "fell",
        "1,000",
        "0.5",
        "half",
        "2024",
        "March",
        "Q:",
        "he",
        ",",
        "(",
        ")",
        "é",
        "\u{301}",
        "👍",
        "٣",
        "\u{0}",
        "nearly",
        "more than",
        "bn",
        "€",
        "disappeared",
        "doubled",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let mut documents = Vec::new();
        for d in 0..1 + rng.below(3) {
            let mut bytes = Vec::new();
            for _ in 0..rng.below(200) {
                if rng.below(8) == 0 {
                    bytes.push(rng.next() as u8);
                } else {
                    bytes.extend_from_slice(FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes());
                }
            }
            let text = String::from_utf8_lossy(&bytes).into_owned();
            documents.push(Document::from_text(format!("r{d}"), text));
        }
        analyse(&documents);
    }
}

#[test]
fn the_invariant_checker_rejects_broken_spans_and_ids() {
    let documents = [Document::from_text(
        "d",
        "Café sales rose 5%, Jane Roe said.",
    )];
    let good = analyse(&documents);
    let mut mid_char = good.clone();
    mid_char.claims[0].start = 4; // inside "é"
    assert!(
        check_invariants(&mid_char, &documents)
            .unwrap_err()
            .contains("char boundaries")
    );
    let mut outside = good.clone();
    outside.quantities[0].end = 1000;
    assert!(
        check_invariants(&outside, &documents)
            .unwrap_err()
            .contains("outside")
    );
    let mut twice = good.clone();
    twice.quantities.push(twice.quantities[0].clone());
    assert!(
        check_invariants(&twice, &documents)
            .unwrap_err()
            .contains("twice")
    );
    let mut wrong_text = good;
    wrong_text.quantities[0].text = "6%".into();
    assert!(check_invariants(&wrong_text, &documents).is_err());
}

/// Regression (found by the fuzzer): a description opening a sentence with "To" read the word
/// before the first token and overflowed.
#[test]
fn a_sentence_opening_with_to_before_a_description() {
    let analysis = one(
        "City plans\n\nTo keep its lead, the city has hired vy Policy Center, believes that the new rules haven't hurt local shops.\n",
    );
    assert!(!analysis.documents.is_empty());
}

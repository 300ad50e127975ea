//! The extraction stages alone, timed on a set of `.txt` files (issue 20): sentences, regions,
//! tokens with attribution, quantities with values in words, and speaker resolution, each
//! summed over the documents, without the comparison stage or the JSON. Prints the figures;
//! asserts nothing.
//!
//!     cargo build --release --example extract_stages
//!     ROUNDS=5 target/release/examples/extract_stages ../shared/benchmarks/local-news/*.txt
//!
//! Wall-clock figures move with the machine's load; for a figure that does not, count
//! instructions: `ROUNDS=1 valgrind --tool=callgrind target/release/examples/extract_stages …`.

use std::time::Instant;

use claimscope::corpus::{Format, document_from_bytes, regions, sentence_regions};
use claimscope::extract::{attributions_visiting, implicit_value_in, quantities_in, resolve};
use claimscope::text::sentences;

fn main() {
    let documents: Vec<_> = std::env::args()
        .skip(1)
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            document_from_bytes(&path, Format::Text, &bytes)
                .ok()
                .map(|read| read.document)
        })
        .collect();
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let mut seconds = [0.0f64; 5];
    let mut quantities_found = 0;
    for _ in 0..rounds {
        for document in &documents {
            let text = &document.text;
            let clock = Instant::now();
            let spans = sentences(text);
            seconds[0] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let lines = regions(text, &document.title);
            let _ = sentence_regions(text, &spans, &lines);
            seconds[1] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let mut in_quantities = 0.0;
            let attributed = attributions_visiting(text, &spans, |index, tokenised| {
                let clock = Instant::now();
                quantities_found += quantities_in(text, spans[index], &tokenised, None).len();
                let _ = implicit_value_in(text, spans[index], &tokenised);
                in_quantities += clock.elapsed().as_secs_f64();
            });
            seconds[3] += in_quantities;
            seconds[2] += clock.elapsed().as_secs_f64() - in_quantities;
            let clock = Instant::now();
            let _ = resolve(text, &spans, &attributed);
            seconds[4] += clock.elapsed().as_secs_f64();
        }
    }
    let rounds_f = rounds.max(1) as f64;
    println!(
        "{} documents, {bytes} bytes, {} quantities",
        documents.len(),
        quantities_found / rounds.max(1)
    );
    let stages = [
        "sentences",
        "regions",
        "tokens and attribution",
        "quantities and values in words",
        "speakers",
    ];
    for (stage, total) in stages.iter().zip(seconds) {
        println!("{stage:32} {:8.1} ms", total / rounds_f * 1e3);
    }
    let total = seconds.iter().sum::<f64>() / rounds_f;
    println!(
        "extraction stages {:.1} ms = {:.1} MB/s",
        total * 1e3,
        bytes as f64 / 1e6 / total
    );
}

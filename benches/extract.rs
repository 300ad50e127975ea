//! Analysis throughput on news text (`cargo bench --bench extract`). Criterion prints the
//! figures; nothing here asserts a speed.
//!
//! - distinct real news, each set analysed as one corpus (extraction, attribution, comparison):
//!   local-news (1,082 local reports), PolNeAR dev (84 articles) and news-dev (10 openings),
//!   read from `$CLAIMSCOPE_SHARED/benchmarks` or `../shared/benchmarks` beside the checkout,
//!   and left out with a note where missing;
//! - the bundled articles repeated to about 2 MB and to about 20 MB, as separate documents: the
//!   favourable case, since repeated text runs 2–3× faster per byte than distinct news;
//! - one document of about 4 MB (the bundled articles joined end to end, again and again),
//!   which shows whether the cost of a long text grows faster than its length;
//! - the comparison stage alone, on the 4 MB document's analysis.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimscope::{Analysis, Document, compare, corpus};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seeds repeated until the corpus holds at least `bytes` bytes, as separate documents so
/// that per-document work (regions, ids) is measured too.
fn corpus_of(bytes: usize) -> Vec<Document> {
    let seeds = corpus::bundled();
    let mut documents = Vec::new();
    let mut total = 0;
    for round in 0.. {
        for seed in &seeds {
            if total >= bytes {
                return documents;
            }
            total += seed.text.len();
            documents.push(Document {
                id: format!("{}-{round}", seed.id),
                ..seed.clone()
            });
        }
    }
    unreachable!("the loop returns once the corpus is large enough")
}

/// The seeds joined into one document of at least `bytes` bytes.
fn one_document_of(bytes: usize) -> Document {
    let seeds = corpus::bundled();
    let mut text = String::with_capacity(bytes + 20_000);
    while text.len() < bytes {
        for seed in &seeds {
            text.push_str(&seed.text);
            text.push_str("\n\n");
        }
    }
    Document::from_text("long", text)
}

/// The `.txt` files of a shared benchmark folder, sorted by name, one document each.
fn benchmark_set(relative: &str) -> Option<Vec<Document>> {
    let shared = std::env::var_os("CLAIMSCOPE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let folder = shared.join("benchmarks").join(relative);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        eprintln!("({} not found; left out)", folder.display());
        return None;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let documents = paths
        .iter()
        .filter_map(|path| {
            // As the CLI reads a file, so that the figures are the command's.
            let bytes = std::fs::read(path).ok()?;
            let id = path.file_stem()?.to_string_lossy();
            corpus::document_from_bytes(&id, corpus::Format::Text, &bytes)
                .ok()
                .map(|read| read.document)
        })
        .collect();
    Some(documents)
}

fn bytes_of(documents: &[Document]) -> u64 {
    documents.iter().map(|d| d.text.len() as u64).sum()
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    for (name, folder) in [
        ("local-news", "local-news"),
        ("polnear-dev", "polnear/dev/text"),
        ("news-dev", "news-dev"),
    ] {
        let Some(documents) = benchmark_set(folder) else {
            continue;
        };
        group.throughput(Throughput::Bytes(bytes_of(&documents)));
        group.sample_size(10);
        group.bench_function(name, |b| b.iter(|| Analysis::of(black_box(&documents))));
    }

    let small = corpus_of(2 << 20);
    group.throughput(Throughput::Bytes(bytes_of(&small)));
    group.sample_size(20);
    group.bench_function("seeds repeated to 2 MB", |b| {
        b.iter(|| Analysis::of(black_box(&small)))
    });

    let large = corpus_of(20 << 20);
    group.throughput(Throughput::Bytes(bytes_of(&large)));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("seeds repeated to 20 MB", |b| {
        b.iter(|| Analysis::of(black_box(&large)))
    });

    let long = [one_document_of(4 << 20)];
    group.throughput(Throughput::Bytes(bytes_of(&long)));
    group.bench_function("one document of 4 MB", |b| {
        b.iter(|| Analysis::of(black_box(&long)))
    });
    group.finish();

    let mut group = c.benchmark_group("stage");
    let found = Analysis::of(&long);
    group.throughput(Throughput::Bytes(bytes_of(&long)));
    group.sample_size(10);
    group.bench_function("comparison alone, one document of 4 MB", |b| {
        b.iter(|| compare::compare(black_box(&long), black_box(&found)))
    });
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);

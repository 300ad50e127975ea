//! Extraction throughput on news text: the bundled articles repeated to about 2 MB, analysed
//! as one corpus (`cargo bench`). Criterion prints the figures; nothing here asserts a speed.

use std::hint::black_box;

use claimscope::{Analysis, Document, corpus};
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

fn extraction(c: &mut Criterion) {
    let documents = corpus_of(2 << 20);
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("analysis");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("seeds repeated to 2 MB", |b| {
        b.iter(|| Analysis::of(black_box(&documents)))
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);

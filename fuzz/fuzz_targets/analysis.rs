//! The whole analysis on arbitrary bytes.
//!
//! The input is split at each 0x1E byte (ASCII record separator) into up to eight documents,
//! each decoded lossily as UTF-8. The first byte chooses how they are read: bit 0 as HTML
//! (reduced to text first), bit 1 with dates (so reuse can tell which document draws on
//! which). Then every invariant of `claimscope::invariants` must hold and the analysis must
//! be deterministic.
#![no_main]

use claimscope::corpus::html_to_text;
use claimscope::invariants::check_invariants;
use claimscope::{Analysis, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let documents: Vec<Document> = rest
        .split(|&b| b == 0x1e)
        .take(8)
        .enumerate()
        .map(|(i, bytes)| {
            let text = String::from_utf8_lossy(bytes);
            let mut doc = if flags & 1 == 1 {
                let page = html_to_text(&text);
                let mut doc = Document::from_text(format!("d{i}"), page.text);
                if let Some(title) = page.title {
                    doc.title = title;
                }
                doc
            } else {
                Document::from_text(format!("d{i}"), text.into_owned())
            };
            if flags & 2 == 2 {
                doc.date = Some(format!("2025-01-{:02}", 1 + (i + flags as usize) % 28));
            }
            doc
        })
        .collect();
    let analysis = Analysis::of(&documents);
    if let Err(problem) = check_invariants(&analysis, &documents) {
        panic!("{problem}");
    }
    if flags & 4 == 4 {
        assert_eq!(analysis, Analysis::of(&documents), "not deterministic");
    }
});

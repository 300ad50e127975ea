//! Claimscope compares what news sources claim.
//!
//! # Overview
//!
//! Given a set of articles, Claimscope finds their **numeric claims** (amounts, percentages,
//! money, durations, ranges and dates, with hedges such as "about", "over", "fewer than") and
//! the sentences that hold them, and shows where sources agree or diverge. The same core runs
//! natively as the `claimscope extract` command and in the browser as a WebAssembly page that
//! works from a single file with no server.
//!
//! The pipeline is pure and deterministic:
//!
//! ```text
//! Document text ─► regions ─► sentences ─► tokens ─┬─► attributions ─► speakers ─┐
//!                                                  ├─► quantities ───────────────┼─► claims ─► comparisons
//!                                                  └─► values stated in words ───┘
//! ```
//!
//! Each sentence is tokenised once, and its tokens go to attribution, the quantity grammar
//! and the reading of values stated in words. Every record carries byte spans into its
//! document's text; spans are the identity of an annotation. [`Analysis`] serialises exactly as
//! the claims/1 contract (`contract/claims-1.schema.json`).
//!
//! The crate, in the order its modules build on each other: [`text`] (spans, sentences,
//! tokens), [`corpus`] (documents, regions), [`extract`] (the extractors and their word lists),
//! [`claims`] (the claims/1 records and their lookups, plain data), [`wording`] (every record
//! in plain words), [`compare`] (topics, verdicts, reuse), [`analysis`] (the runner) and
//! [`ui`] (the page, which reads only `claims` and `wording`). `DESIGN.md` maps where to add a
//! reporting verb, a unit or a comparison rule.
//!
//! # Examples
//!
//! One article: its quantities, read back in plain words.
//!
//! ```
//! use claimscope::{Analysis, Document};
//!
//! let article = Document::from_text(
//!     "lead",
//!     "The AI race\n\nThe US led China by one to two years. Nearly half (47%) of top \
//!      researchers were educated in China.",
//! );
//! let analysis = Analysis::of(&[article]);
//! let found: Vec<(&str, String)> = analysis
//!     .quantities
//!     .iter()
//!     .map(|q| (q.text.as_str(), q.describe()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("one to two years", "1–2 years".to_string()),
//!         ("half", "nearly 50%".to_string()),
//!         ("47%", "47%".to_string()),
//!     ]
//! );
//! ```
//!
//! Two outlets on one figure: who states what, and whether they agree.
//!
//! ```
//! use claimscope::claims::Verdict;
//! use claimscope::{Analysis, Document};
//!
//! let ledger = Document {
//!     outlet: Some("Daily Ledger".into()),
//!     ..Document::from_text(
//!         "ledger",
//!         "Port strike ends\n\nThe strike at the port of Halden cost shippers about $40 \
//!          million, Jane Roe, an economist at the chamber of commerce, said on Monday.",
//!     )
//! };
//! let courier = Document {
//!     outlet: Some("Evening Courier".into()),
//!     ..Document::from_text(
//!         "courier",
//!         "Dockworkers return\n\nThe strike at the port of Halden cost shippers $90 million \
//!          in lost trade, according to the shipping council.",
//!     )
//! };
//! let analysis = Analysis::of(&[ledger, courier]);
//! let speaker = analysis.claims.iter().find_map(|c| c.speaker.as_deref());
//! assert_eq!(speaker, Some("Jane Roe"));
//! let topic = &analysis.comparisons[0];
//! assert_eq!(topic.verdict, Verdict::Diverge, "{}", topic.why);
//! let who: Vec<String> = topic.members.iter().map(|m| m.who()).collect();
//! assert_eq!(who, ["Jane Roe", "shipping council"]);
//! ```
//!
//! The bundled corpus (five articles on the US–China AI race, January 2025) is compiled in:
//!
//! ```
//! let analysis = claimscope::Analysis::of(&claimscope::corpus::bundled());
//! assert_eq!(analysis.documents.len(), 5);
//! ```
//!
//! # Performance
//!
//! Extraction is a single pass of hand-written scanners over each sentence (no regular
//! expressions, no allocation per character), linear in the size of the text; each sentence is
//! tokenised once for all extractors. Comparing proposes pairs from an index of rare words
//! rather than enumerating them. Figures are measured by benchmarks, not asserted in tests;
//! see the README's performance section.

pub mod analysis;
pub mod claims;
pub mod compare;
pub mod corpus;
pub mod extract;
#[doc(hidden)]
pub mod invariants;
pub mod text;
pub mod wording;

pub mod ui;

pub use analysis::{Analyzer, Progress};
pub use claims::Analysis;
pub use corpus::Document;

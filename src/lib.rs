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
//! Document text ─► regions ─► sentences ─► quantities ─► claims ─► Analysis (claims/1)
//! ```
//!
//! Every record carries byte spans into its document's text; spans are the identity of an
//! annotation. [`Analysis`] serialises exactly as the claims/1 contract
//! (`contract/claims-1.schema.json`).
//!
//! # Examples
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
//! expressions, no allocation per character), linear in the size of the text. Figures are
//! measured by benchmarks, not asserted in tests; see the README's performance section.

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

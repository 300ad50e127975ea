//! Extractors: quantities, and the attributions that say who a sentence reports.

mod attribution;
#[cfg(test)]
mod cases;
mod lexicon;
mod quantity;
mod speakers;

pub use attribution::{Attribution, SourceKind, attributions, attributions_visiting};
pub use quantity::{Approx, Change, Quantity, Unit, Value, quantities, quantities_in};
pub use speakers::{Resolved, resolve};

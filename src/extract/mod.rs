//! Extractors: quantities now; attributions and their speakers next.

mod lexicon;
mod quantity;

pub use quantity::{Approx, Change, Quantity, Unit, Value, quantities};

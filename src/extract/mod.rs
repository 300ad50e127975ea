//! Extractors: quantities, values stated in words, and the attributions that say who a
//! sentence reports.

mod attribution;
#[cfg(test)]
mod cases;
mod descriptions;
mod implicit;
mod lexicon;
mod quantity;
mod speakers;
mod units;
mod value;

pub use attribution::{
    Attribution, SourceKind, SplitReport, attributions, attributions_visiting, opens_sentences,
    split_report,
};
pub use implicit::{ImplicitValue, implicit_value, implicit_value_in};
pub use lexicon::month_number;
pub use quantity::{Quantity, quantities, quantities_in};
pub use speakers::{Resolved, Resolver, resolve};
pub use units::unit_named;
pub use value::{Approx, Change, Unit, Value};

//! Sentences and tokens, each with byte spans into the original text.

pub mod calendar;
pub mod hash;
mod sentences;
mod tokens;

pub use sentences::sentences;
pub use tokens::{Lowercase, Token, TokenKind, Tokenised, tokens};

/// A half-open byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

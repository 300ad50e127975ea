//! Documents, the bundled seed articles, and the regions of a page (title, body, boilerplate…).

mod files;
mod html;
pub mod library;
mod regions;

pub use files::{
    FileDocument, Format, Header, InputError, decode_windows_1252, document_from_bytes, header,
    iso_date, text_document,
};
pub use html::{HtmlText, html_to_text};
pub use regions::{Region, RegionSpan, bio_subject, region_at, regions, sentence_regions};

/// One article: its text exactly as read, and what is known about where it comes from.
///
/// Every span in an [`Analysis`](crate::Analysis) is a byte range into [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Unique within a corpus: the file stem for files, the seed's file stem for the bundle.
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    /// ISO 8601 date (`2025-01-16`) when known.
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

impl Document {
    /// A document with no metadata beyond what its text shows: the title is its first line.
    ///
    /// ```
    /// use claimscope::Document;
    /// let doc = Document::from_text("notes", "Chip sales fell\n\nSales fell 12% in March.");
    /// assert_eq!(doc.title, "Chip sales fell");
    /// ```
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Document {
        let id = id.into();
        let text = text.into();
        let title = first_line_title(&text).unwrap_or_else(|| id.clone());
        Document {
            id,
            title,
            outlet: None,
            date: None,
            url: None,
            text,
        }
    }
}

/// The id each document takes where ids must be unique (claims/1 names a document by its id):
/// `None` for a document whose id no earlier one has, and for a later one that repeats an id,
/// that id with "-2", "-3"… — skipping every id the set already holds, so a renamed document
/// never takes another's id. The CLI names files the same way.
///
/// ```
/// use claimscope::{Document, corpus::unique_ids};
/// let docs = ["a", "a", "a-2", "b"].map(|id| Document::from_text(id, "Text."));
/// assert_eq!(unique_ids(&docs), [None, Some("a-3".to_owned()), None, None]);
/// ```
pub fn unique_ids(documents: &[Document]) -> Vec<Option<String>> {
    use std::collections::HashSet;
    let mut taken: HashSet<String> = documents.iter().map(|d| d.id.clone()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    documents
        .iter()
        .map(|document| {
            if seen.insert(document.id.as_str()) {
                return None;
            }
            let id = (2..)
                .map(|n| format!("{}-{n}", document.id))
                .find(|id| !taken.contains(id))
                .expect("some suffix is free");
            taken.insert(id.clone());
            Some(id)
        })
        .collect()
}

/// The first non-blank line, cut at a word boundary when it runs long (one-line articles).
fn first_line_title(text: &str) -> Option<String> {
    const MAX_CHARS: usize = 120;
    // A byte-order mark stays in the text (removing it would shift every span) but not in
    // the title.
    let line = text
        .lines()
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .find(|line| !line.is_empty())?;
    if line.chars().count() <= MAX_CHARS {
        return Some(line.to_owned());
    }
    let cut = line
        .char_indices()
        .nth(MAX_CHARS)
        .map_or(line.len(), |(i, _)| i);
    let head = &line[..cut];
    let at_word = head.rfind(char::is_whitespace).map_or(head, |i| &head[..i]);
    Some(format!("{}…", at_word.trim_end()))
}

/// An article compiled into the crate (see `seeds/seeds.toml` and `build.rs`).
struct Seed {
    id: &'static str,
    title: &'static str,
    outlet: Option<&'static str>,
    date: Option<&'static str>,
    url: Option<&'static str>,
    text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The bundled corpus: five articles on the US–China AI race (January 2025), in file order.
pub fn bundled() -> Vec<Document> {
    SEEDS
        .iter()
        .map(|seed| Document {
            id: seed.id.to_owned(),
            title: seed.title.to_owned(),
            outlet: seed.outlet.map(str::to_owned),
            date: seed.date.map(str::to_owned),
            url: seed.url.map(str::to_owned),
            text: seed.text.to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_corpus_has_five_dated_or_undated_articles_with_titles() {
        let docs = bundled();
        assert_eq!(docs.len(), 5);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "bundled documents come in file order");
        for doc in &docs {
            assert!(!doc.title.is_empty());
            assert!(
                doc.text.len() > 1000,
                "{} is an article, not a stub",
                doc.id
            );
            if let Some(date) = &doc.date {
                assert!(is_iso_date(date), "{}: {date}", doc.id);
            }
        }
    }

    #[test]
    fn bundled_texts_are_the_files_byte_for_byte() {
        for doc in bundled() {
            let path = format!("{}/seeds/{}.txt", env!("CARGO_MANIFEST_DIR"), doc.id);
            assert_eq!(std::fs::read_to_string(path).unwrap(), doc.text);
        }
    }

    #[test]
    fn title_from_text_skips_blank_lines_and_cuts_long_lines_at_a_word() {
        assert_eq!(
            Document::from_text("a", "\n\n  Rates rise \nBody.").title,
            "Rates rise"
        );
        let long = "word ".repeat(60);
        let title = Document::from_text("b", long).title;
        assert!(title.ends_with("word…"), "{title}");
        assert!(title.chars().count() <= 121);
        assert_eq!(Document::from_text("empty", "   ").title, "empty");
    }

    fn is_iso_date(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    }
}

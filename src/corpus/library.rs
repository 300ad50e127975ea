//! The reader's own set of documents: adding pasted text and files with clear refusals,
//! giving each a unique id, and the stored form that keeps the set across reloads (and inside
//! a saved page). Pure, so the page's rules are tested natively.

use serde::{Deserialize, Serialize};

use super::{Document, Format, InputError, iso_date, text_document};

/// Largest input accepted at once. Larger texts are refused with a message rather than
/// freezing the page.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// What the reader typed into the paste form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pasted {
    pub title: String,
    pub outlet: String,
    /// A date as articles write it ("2025-01-28", "Jan 28, 2025"…), or empty.
    pub date: String,
    /// The article's address, or empty.
    pub url: String,
    pub text: String,
}

/// A document that was added, and what the reader should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub document: Document,
    /// E.g. "was not valid UTF-8: unreadable bytes were replaced".
    pub warning: Option<String>,
}

/// Makes a document from pasted text. `taken` are the ids already in the set.
///
/// ```
/// use claimscope::corpus::library::{Pasted, add_pasted};
/// let pasted = Pasted { title: "Dam costs".into(), text: "The dam will cost $4 billion.".into(), ..Pasted::default() };
/// let added = add_pasted(&pasted, &["dam-costs".to_string()]).unwrap();
/// assert_eq!((added.document.id.as_str(), added.document.title.as_str()), ("dam-costs-2", "Dam costs"));
/// ```
pub fn add_pasted(pasted: &Pasted, taken: &[String]) -> Result<Added, String> {
    if pasted.text.trim().is_empty() {
        return Err("The text is empty: paste an article first.".to_owned());
    }
    if pasted.text.len() > MAX_BYTES {
        return Err(too_large(pasted.text.len()));
    }
    // A pasted text may carry its own header ("Title: …", "Source: …"); what the form says
    // comes first.
    let mut document = text_document("", &pasted.text);
    let date = read_date(&pasted.date)?;
    let given = |field: &str| Some(field.trim().to_owned()).filter(|f| !f.is_empty());
    document.title = given(&pasted.title).unwrap_or(document.title);
    document.outlet = given(&pasted.outlet).or(document.outlet);
    document.date = date.or(document.date);
    document.url = given(&pasted.url).or(document.url);
    document.id = unique_id(&document.title, taken);
    Ok(Added {
        document,
        warning: None,
    })
}

/// The date field as `YYYY-MM-DD`: empty is no date, and a date that cannot be read is refused
/// with the forms that can.
pub fn read_date(field: &str) -> Result<Option<String>, String> {
    let field = field.trim();
    if field.is_empty() {
        return Ok(None);
    }
    iso_date(field).map(Some).ok_or_else(|| {
        format!(
            "“{field}” is not a date this page can read: write it as 2025-01-28 or Jan 28, 2025."
        )
    })
}

/// The document in `documents` whose text is the same as `text`, spaces aside: a second paste
/// or a file added twice.
///
/// ```
/// use claimscope::Document;
/// use claimscope::corpus::library::duplicate_of;
/// let set = vec![Document::from_text("a", "Jobs rose 2%.\n\nPay rose 1%.")];
/// assert!(duplicate_of("Jobs rose 2%.\r\n\r\nPay rose 1%. ", &set).is_some());
/// assert!(duplicate_of("Jobs rose 3%.", &set).is_none());
/// ```
pub fn duplicate_of<'a>(
    text: &str,
    documents: impl IntoIterator<Item = &'a Document>,
) -> Option<&'a Document> {
    documents
        .into_iter()
        .find(|d| d.text.split_whitespace().eq(text.split_whitespace()))
}

/// What the reader can change about a document after adding it: its metadata, never its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub url: String,
}

/// `document` with the details the reader edited. An empty title keeps the old one; the date
/// must be readable.
pub fn edited(document: &Document, details: &Details) -> Result<Document, String> {
    let date = read_date(&details.date)?;
    let given = |field: &str| Some(field.trim().to_owned()).filter(|f| !f.is_empty());
    let mut document = document.clone();
    document.title = given(&details.title).unwrap_or(document.title);
    document.outlet = given(&details.outlet);
    document.date = date;
    document.url = given(&details.url);
    Ok(document)
}

/// Makes a document from a dropped or opened file. Binary files and unknown kinds are
/// refused; text that is not UTF-8 is read as Windows-1252 (Latin-1), and says so.
pub fn add_file(name: &str, bytes: &[u8], taken: &[String]) -> Result<Added, String> {
    let Some(format) = Format::from_file_name(name) else {
        return Err(format!(
            "{name}: only .txt, .md and .html files can be read."
        ));
    };
    if bytes.len() > MAX_BYTES {
        return Err(format!("{name}: {}", too_large(bytes.len())));
    }
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let id = unique_id(stem, taken);
    let read = match super::document_from_bytes(&id, format, bytes) {
        Ok(read) => read,
        Err(InputError::Binary) => {
            return Err(format!("{name}: {}", InputError::Binary));
        }
    };
    let warning = read.warning().map(|why| format!("{name} {why}."));
    let document = read.document;
    if document.text.trim().is_empty() {
        return Err(format!("{name}: the file has no text."));
    }
    Ok(Added { document, warning })
}

fn too_large(bytes: usize) -> String {
    format!(
        "This text is {:.1} MB; the limit is {} MB. Split it into several documents.",
        bytes as f64 / 1_048_576.0,
        MAX_BYTES / 1_048_576
    )
}

/// A short id from a title: lowercase words joined by hyphens, made unique among `taken`.
fn unique_id(title: &str, taken: &[String]) -> String {
    let mut base: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if base.is_empty() {
        base = "document".to_owned();
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The stored form of a document set (browser storage, a saved page's data block).
#[derive(Debug, Serialize, Deserialize)]
struct Stored {
    format: String,
    documents: Vec<StoredDocument>,
    /// A reader's corrections of the board, as the JSON text of claims/1's `corrections`
    /// (kept as text: the corpus knows nothing of comparisons). Absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    corrections: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct StoredDocument {
    id: String,
    title: String,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    text: String,
}

const STORED_FORMAT: &str = "claimscope-corpus/1";

/// The document set as JSON.
pub fn encode(documents: &[Document]) -> String {
    encode_with_corrections(documents, None)
}

/// The document set as JSON, with a reader's corrections (claims/1 JSON of them) if given.
pub fn encode_with_corrections(documents: &[Document], corrections: Option<&str>) -> String {
    let stored = Stored {
        corrections: corrections.map(str::to_owned),
        format: STORED_FORMAT.to_owned(),
        documents: documents
            .iter()
            .map(|d| StoredDocument {
                id: d.id.clone(),
                title: d.title.clone(),
                outlet: d.outlet.clone(),
                date: d.date.clone(),
                url: d.url.clone(),
                text: d.text.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("documents always serialise")
}

/// A document set from [`encode`]d JSON. Anything else is an error, never a panic. A set
/// whose ids repeat (written by hand, or by an older page) keeps every document: a repeated
/// id becomes unique as [`super::unique_ids`] makes it, rather than the reader losing the set.
pub fn decode(json: &str) -> Result<Vec<Document>, String> {
    let stored: Stored = serde_json::from_str(json).map_err(|e| format!("unreadable: {e}"))?;
    if stored.format != STORED_FORMAT {
        return Err(format!("unknown format “{}”", stored.format));
    }
    let mut documents: Vec<Document> = stored
        .documents
        .into_iter()
        .map(|d| Document {
            id: d.id,
            title: d.title,
            outlet: d.outlet,
            date: d.date,
            url: d.url,
            text: d.text,
        })
        .collect();
    let renamed_ids = super::unique_ids(&documents);
    for (document, renamed) in documents.iter_mut().zip(renamed_ids) {
        if let Some(id) = renamed {
            document.id = id;
        }
    }
    Ok(documents)
}

/// Makes `json` safe inside a `<script type="application/json">` block: no `</script>` or
/// `<!--` can end or bend it, whatever the documents say.
pub fn escape_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

const CORPUS_OPEN: &str = r#"<script type="application/json" id="claimscope-corpus">"#;

/// The start of the build's static summary of the bundled articles (`scripts/single-file.mjs`).
const SUMMARY_OPEN: &str = r#"<noscript id="claimscope-noscript">"#;

/// What a page with other articles says without JavaScript.
const NO_SCRIPT: &str = r#"<noscript><p class="loading">Claimscope analyses the articles in your browser and needs JavaScript to do so.</p></noscript>"#;

/// A copy of the single-file page whose corpus is `documents`: any corpus block it carried is
/// replaced by a new one in its `<head>`. The page reads the block at start and shows those
/// documents instead of the bundled ones.
///
/// ```
/// use claimscope::Document;
/// use claimscope::corpus::library::{decode, page_corpus, with_corpus};
/// let docs = vec![Document::from_text("a", "Jobs rose 2%.")];
/// let page = with_corpus("<html><head><title>C</title></head><body></body></html>", &docs);
/// assert_eq!(decode(&page_corpus(&page).unwrap()).unwrap(), docs);
/// ```
pub fn with_corpus(page: &str, documents: &[Document]) -> String {
    with_corpus_and_corrections(page, documents, None)
}

/// [`with_corpus`], with a reader's corrections (claims/1 JSON of them) beside the articles.
pub fn with_corpus_and_corrections(
    page: &str,
    documents: &[Document],
    corrections: Option<&str>,
) -> String {
    let mut page = page.to_owned();
    if let Some(start) = page.find(CORPUS_OPEN)
        && let Some(length) = page[start..].find("</script>")
    {
        page.replace_range(start..start + length + "</script>".len(), "");
    }
    // The build's no-script summary describes the bundled articles, not these.
    if let Some(start) = page.find(SUMMARY_OPEN)
        && let Some(length) = page[start..].find("</noscript>")
    {
        page.replace_range(start..start + length + "</noscript>".len(), NO_SCRIPT);
    }
    let block = format!(
        "{CORPUS_OPEN}{}</script>",
        escape_for_script(&encode_with_corrections(documents, corrections))
    );
    match page.find("</head>") {
        Some(at) => page.insert_str(at, &block),
        None => page.insert_str(0, &block),
    }
    page
}

/// The reader's corrections a stored set carries (claims/1 JSON of them), if any.
pub fn corrections_of(json: &str) -> Option<String> {
    serde_json::from_str::<Stored>(json).ok()?.corrections
}

/// The corpus block's JSON in a page, if it has one.
pub fn page_corpus(page: &str) -> Option<String> {
    let start = page.find(CORPUS_OPEN)? + CORPUS_OPEN.len();
    let length = page[start..].find("</script>")?;
    Some(page[start..start + length].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_carries_the_readers_corrections_beside_its_articles() {
        let documents = vec![Document::from_text("a", "Costs\n\nIt cost $5 billion.")];
        let corrections = r#"[{"kind":"dismiss","values":[{"doc":"a","start":16,"end":26}]}]"#;
        let page = with_corpus_and_corrections(
            "<html><head></head></html>",
            &documents,
            Some(corrections),
        );
        let block = page_corpus(&page).unwrap().replace("\\u003c", "<");
        assert_eq!(decode(&block).unwrap(), documents);
        assert_eq!(corrections_of(&block).as_deref(), Some(corrections));
        // Without corrections the block is what it always was.
        let plain = with_corpus("<html><head></head></html>", &documents);
        assert_eq!(corrections_of(&page_corpus(&plain).unwrap()), None);
        assert!(!plain.contains("corrections"));
    }

    #[test]
    fn a_page_with_other_articles_drops_the_no_script_summary_of_the_bundled_ones() {
        let page = r#"<html><head></head><body><div id="app"></div><noscript id="claimscope-noscript"><section><h2>Where the sources agree or diverge</h2><p>Diverge: US lead</p></section></noscript></body></html>"#;
        let saved = with_corpus(page, &[Document::from_text("a", "Jobs rose 2%.")]);
        assert!(!saved.contains("US lead"), "{saved}");
        assert!(saved.contains(&format!("<div id=\"app\"></div>{NO_SCRIPT}</body>")));
        // Saving again changes nothing more.
        let again = with_corpus(&saved, &[Document::from_text("a", "Jobs rose 2%.")]);
        assert_eq!(again, saved);
    }

    fn pasted(title: &str, date: &str, text: &str) -> Pasted {
        Pasted {
            title: title.into(),
            outlet: " The Courier ".into(),
            date: date.into(),
            text: text.into(),
            ..Pasted::default()
        }
    }

    #[test]
    fn pasted_text_becomes_a_document_with_its_metadata() {
        let added = add_pasted(
            &pasted(
                "Tram line: the costs",
                "2024-03-01",
                "It will cost $40 million.",
            ),
            &[],
        )
        .unwrap();
        let d = added.document;
        assert_eq!(d.id, "tram-line-the-costs");
        assert_eq!(d.outlet.as_deref(), Some("The Courier"));
        assert_eq!(d.date.as_deref(), Some("2024-03-01"));
        // No title given: the first line is the title.
        let untitled = add_pasted(
            &pasted("", "", "Dam costs soar\n\nThe dam will cost more."),
            &[],
        )
        .unwrap();
        assert_eq!(untitled.document.title, "Dam costs soar");
    }

    #[test]
    fn bad_pastes_are_refused_with_a_reason() {
        assert!(
            add_pasted(&pasted("t", "", " \n\t "), &[])
                .unwrap_err()
                .contains("empty")
        );
        assert!(
            add_pasted(&pasted("t", "03/04/2025", "text"), &[])
                .unwrap_err()
                .contains("Jan 28, 2025")
        );
        assert!(add_pasted(&pasted("t", "2025-13-01", "text"), &[]).is_err());
    }

    #[test]
    fn the_date_field_reads_dates_as_articles_write_them() {
        let added = add_pasted(&pasted("t", "Jan 28, 2025", "Jobs rose 2%."), &[]).unwrap();
        assert_eq!(added.document.date.as_deref(), Some("2025-01-28"));
    }

    #[test]
    fn a_pasted_header_fills_what_the_form_leaves_empty() {
        let text = "Title: Dam costs soar\nSource: https://news.example/dam\nDate: 2 March 2024\n\nThe dam will cost $4 billion.";
        let d = add_pasted(&pasted("", "", text), &[]).unwrap().document;
        assert_eq!(d.title, "Dam costs soar");
        assert_eq!(d.url.as_deref(), Some("https://news.example/dam"));
        assert_eq!(d.date.as_deref(), Some("2024-03-02"));
        assert_eq!(
            d.outlet.as_deref(),
            Some("The Courier"),
            "the form's outlet"
        );
        let titled = add_pasted(&pasted("Own title", "", text), &[])
            .unwrap()
            .document;
        assert_eq!(titled.title, "Own title");
    }

    #[test]
    fn details_can_be_edited_after_adding_but_not_into_a_bad_date() {
        let d = add_pasted(&pasted("Old", "2024-03-01", "Jobs rose 2%."), &[])
            .unwrap()
            .document;
        let details = Details {
            title: "New title".into(),
            outlet: "".into(),
            date: "March 5, 2024".into(),
            url: "https://news.example/jobs".into(),
        };
        let e = edited(&d, &details).unwrap();
        assert_eq!(
            (
                e.title.as_str(),
                e.outlet.as_deref(),
                e.date.as_deref(),
                e.url.as_deref()
            ),
            (
                "New title",
                None,
                Some("2024-03-05"),
                Some("https://news.example/jobs")
            )
        );
        assert_eq!(
            (e.id.as_str(), e.text.as_str()),
            (d.id.as_str(), d.text.as_str())
        );
        let bad = Details {
            date: "soon".into(),
            ..details
        };
        assert!(edited(&d, &bad).unwrap_err().contains("soon"));
    }

    #[test]
    fn files_are_read_by_kind_and_refused_when_they_are_not_text() {
        let taken = vec!["notes".to_string()];
        let added = add_file("notes.txt", b"Jobs rose 2%.", &taken).unwrap();
        assert_eq!(added.document.id, "notes-2");
        let html = add_file(
            "page.html",
            b"<title>Jobs</title><script>alert(1)</script><p>Jobs rose 2%.</p>",
            &[],
        )
        .unwrap();
        assert_eq!(html.document.title, "Jobs");
        assert!(!html.document.text.contains("alert"));
        assert!(
            add_file("photo.png", b"\x89PNG", &[])
                .unwrap_err()
                .contains(".txt")
        );
        assert!(
            add_file("fake.txt", b"\x89PNG\r\n\x1a\n\0\0", &[])
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            add_file("blank.md", b"  \n ", &[])
                .unwrap_err()
                .contains("no text")
        );
        let latin1 = add_file("latin1.txt", b"Caf\xe9 prices rose 5%.", &[]).unwrap();
        assert_eq!(latin1.document.text, "Café prices rose 5%.");
        let warning = latin1.warning.unwrap();
        assert!(warning.starts_with("latin1.txt is not UTF-8"), "{warning}");
    }

    #[test]
    fn a_saved_page_carries_exactly_one_corpus() {
        let page = "<!DOCTYPE html><html><head><title>C</title></head><body><p>x</p></body></html>";
        let first = vec![
            add_pasted(&pasted("A", "", "It cost </script> $5."), &[])
                .unwrap()
                .document,
        ];
        let saved = with_corpus(page, &first);
        let second = vec![crate::corpus::bundled().remove(1)];
        let resaved = with_corpus(&saved, &second);
        assert_eq!(resaved.matches(r#"id="claimscope-corpus""#).count(), 1);
        assert_eq!(decode(&page_corpus(&resaved).unwrap()).unwrap(), second);
        assert!(resaved.ends_with("<body><p>x</p></body></html>"));
    }

    #[test]
    fn the_stored_form_round_trips_and_rejects_anything_else() {
        let docs = vec![
            add_pasted(&pasted("A", "", "One </script><!-- x & y"), &[])
                .unwrap()
                .document,
            crate::corpus::bundled().remove(0),
        ];
        let json = encode(&docs);
        assert_eq!(decode(&json).unwrap(), docs);
        let escaped = escape_for_script(&json);
        assert!(!escaped.contains("</script>") && !escaped.contains("<!--"));
        assert_eq!(
            decode(&escaped).unwrap(),
            docs,
            "escaping keeps the JSON's meaning"
        );
        assert!(decode("not json").is_err());
        assert!(decode(r#"{"format":"other/9","documents":[]}"#).is_err());
        let twice = r#"{"format":"claimscope-corpus/1","documents":[
            {"id":"a","title":"A","outlet":null,"date":null,"url":null,"text":"x"},
            {"id":"a","title":"B","outlet":null,"date":null,"url":null,"text":"y"}]}"#;
        // A set whose ids repeat keeps both documents, the second under a new id.
        let kept = decode(twice).unwrap();
        let ids: Vec<&str> = kept.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2"]);
        assert_eq!(kept[1].title, "B");
    }
}

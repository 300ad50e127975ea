//! Turning bytes from a file into a [`Document`]: format by extension, text encoding, a short
//! metadata header, HTML to text. Shared by the CLI and (for dropped files) the page.

use super::{Document, html_to_text};

/// Why a file's bytes could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// NUL bytes: an image, an archive, a program, not an article.
    Binary,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Binary => f.write_str("looks like a binary file, not text; skipped"),
        }
    }
}

/// The formats a document can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: analysed as it is.
    Text,
    /// HTML: reduced to its readable text first.
    Html,
}

impl Format {
    /// The format a file name's extension names, if Claimscope reads it.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "md" | "markdown" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// A document read from a file, and whether its text is a decoding rather than the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDocument {
    pub document: Document,
    /// Set when the file was not UTF-8 and was read as Windows-1252 (which covers Latin-1):
    /// the document's text is then that decoding, and spans point into it.
    pub decoded_from_windows_1252: bool,
}

impl FileDocument {
    /// What the reader should be told about how the file was read, if anything.
    pub fn warning(&self) -> Option<String> {
        self.decoded_from_windows_1252.then(|| {
            "is not UTF-8 text; it was read as Windows-1252 (Latin-1), the usual encoding of \
             older Western archives — check accented letters and quotation marks"
                .to_owned()
        })
    }
}

/// Builds a document from a file's bytes. For HTML the document's text is the extracted
/// plain text (and spans point into it); text that is not UTF-8 is decoded as Windows-1252.
/// A text file's short header (`Title:`, `Source:`, `Date:`… lines, or YAML front matter)
/// gives its title, outlet, date and address.
///
/// ```
/// use claimscope::corpus::{Format, document_from_bytes};
/// let doc = document_from_bytes("page", Format::Html, b"<title>Jobs</title><p>Jobs rose 2%.</p>").unwrap();
/// assert_eq!((doc.document.title.as_str(), doc.document.text.as_str()), ("Jobs", "Jobs rose 2%."));
/// let latin1 = document_from_bytes("old", Format::Text, b"Caf\xe9 prices rose 5%.").unwrap();
/// assert_eq!(latin1.document.text, "Café prices rose 5%.");
/// assert!(latin1.warning().is_some());
/// ```
pub fn document_from_bytes(
    id: &str,
    format: Format,
    bytes: &[u8],
) -> Result<FileDocument, InputError> {
    const SNIFF: usize = 8192;
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Err(InputError::Binary);
    }
    let (text, decoded_from_windows_1252) = match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), false),
        Err(_) => (std::borrow::Cow::Owned(decode_windows_1252(bytes)), true),
    };
    let document = match format {
        Format::Text => text_document(id, &text),
        Format::Html => {
            let page = html_to_text(&text);
            let mut doc = Document::from_text(id, page.text);
            if let Some(title) = page.title {
                doc.title = title;
            }
            doc
        }
    };
    Ok(FileDocument {
        document,
        decoded_from_windows_1252,
    })
}

/// A plain-text document whose header, if it has one, gives its metadata. The text stays
/// whole (spans are offsets into it); the header's lines are labelled as page furniture by
/// [`regions`](super::regions).
pub fn text_document(id: &str, text: &str) -> Document {
    let mut document = Document::from_text(id, text);
    if let Some(header) = header(text) {
        if let Some(title) = header.title {
            document.title = title;
        } else if let Some(first) = text[header.end..]
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
        {
            document.title = Document::from_text(id, first).title;
        }
        document.outlet = header.outlet;
        document.date = header.date;
        document.url = header.url;
    }
    document
}

/// Windows-1252 to Unicode. Bytes 0x80–0x9F are its punctuation (curly quotes, dashes, €);
/// the rest are Latin-1, which is Unicode's first 256 code points.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// A text file's metadata header and where each of its lines is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// As `YYYY-MM-DD`; a date the header gives in a form [`iso_date`] cannot read is left out.
    pub date: Option<String>,
    pub url: Option<String>,
    /// Byte ranges of the header's non-blank lines, and whether the line gives the title.
    pub lines: Vec<(usize, usize, bool)>,
    /// Where the text after the header starts.
    pub end: usize,
}

/// What a header key says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Title,
    /// "Source:": an address, or else the outlet's name.
    Source,
    Url,
    Outlet,
    Date,
    /// "Updated:": a date, else it is a headline's label ("UPDATED: 6 hurt in…").
    Updated,
    /// Known header keys that carry nothing the document records (author, tags…).
    Other,
}

fn key_of(key: &str) -> Option<Key> {
    let key = key.trim().to_lowercase().replace(['_', '-'], " ");
    Some(match key.as_str() {
        "title" | "headline" => Key::Title,
        "source" => Key::Source,
        "url" | "link" | "address" | "canonical" | "canonical url" | "permalink" => Key::Url,
        "outlet" | "publication" | "publisher" | "newspaper" | "site" | "site name" | "media"
        | "source name" => Key::Outlet,
        "date" | "published" | "publication date" | "published at" | "pubdate" | "dated" => {
            Key::Date
        }
        "updated" | "modified" | "last updated" => Key::Updated,
        "author" | "authors" | "by" | "byline" | "tags" | "tag" | "section" | "category"
        | "categories" | "language" | "lang" | "description" | "summary" | "subtitle" | "slug"
        | "layout" | "draft" | "keywords" => Key::Other,
        _ => return None,
    })
}

/// The header at the start of a text: YAML front matter between `---` lines, or a run of
/// `Key: value` lines with known keys ("Title:", "SOURCE:", "Date:"…) that ends at a blank
/// line. Anything else is no header, so an article that opens with "Source: the ministry" in
/// prose is not cut.
///
/// ```
/// use claimscope::corpus::header;
/// let h = header("Title: Tram costs rise\nSource: https://news.example/tram\nDate: Jan 28, 2025\n\nThe tram will cost $40 million.").unwrap();
/// assert_eq!(h.title.as_deref(), Some("Tram costs rise"));
/// assert_eq!(h.url.as_deref(), Some("https://news.example/tram"));
/// assert_eq!(h.date.as_deref(), Some("2025-01-28"));
/// ```
pub fn header(text: &str) -> Option<Header> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start_matches(['\u{feff}', ' ', '\t']).len();
        let trimmed = content[lead..].trim_end();
        lines.push((offset + lead, trimmed));
        offset += raw.len();
        if lines.len() > 40 {
            break;
        }
    }
    let first = lines.iter().position(|(_, l)| !l.is_empty())?;
    let yaml = lines[first].1 == "---";
    let mut found = Header::default();
    let mut known = 0;
    let mut body = &lines[first..];
    if yaml {
        found
            .lines
            .push((lines[first].0, lines[first].0 + 3, false));
        body = &body[1..];
    }
    let mut closed = false;
    for &(start, line) in body {
        let end_of_line = start + line.len();
        if yaml && (line == "---" || line == "...") {
            found.lines.push((start, end_of_line, false));
            found.end = end_of_line;
            closed = true;
            break;
        }
        if line.is_empty() {
            if yaml {
                continue;
            }
            found.end = start;
            closed = true;
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            if yaml {
                // A continued YAML value or a list item: part of the front matter.
                found.lines.push((start, end_of_line, false));
                continue;
            }
            return None;
        };
        let key_ok = key.len() <= 24 && key.chars().all(|c| c.is_alphabetic() || " _-".contains(c));
        let kind = if key_ok { key_of(key) } else { None };
        let Some(kind) = kind else {
            if yaml {
                found.lines.push((start, end_of_line, false));
                continue;
            }
            return None;
        };
        known += 1;
        let value = value.trim().trim_matches(['"', '\'']).trim();
        let value = (!value.is_empty()).then(|| value.to_owned());
        let is_address = |v: &str| {
            !v.contains(' ')
                && (v.starts_with("http://") || v.starts_with("https://") || v.starts_with("www."))
        };
        // Headlines borrow these labels ("UPDATED: Six hurt…", "Source: Suspect in custody"):
        // a date key must hold a date, and a source named in words must be a short name.
        let plausible = match (kind, value.as_deref()) {
            (Key::Date | Key::Updated, Some(v)) => iso_date(v).is_some(),
            (Key::Source | Key::Outlet, Some(v)) => {
                is_address(v)
                    || (v.split_whitespace().count() <= 6
                        && !v.contains(|c: char| c.is_ascii_digit()))
            }
            _ => true,
        };
        if !plausible {
            if yaml {
                found.lines.push((start, end_of_line, false));
                continue;
            }
            return None;
        }
        match (kind, value) {
            (Key::Title, Some(v)) => found.title = Some(v),
            (Key::Url, Some(v)) => found.url = Some(v),
            (Key::Source, Some(v)) if is_address(&v) => found.url = Some(v),
            (Key::Source | Key::Outlet, Some(v)) => found.outlet = Some(v),
            (Key::Date, Some(v)) => found.date = iso_date(&v),
            _ => {}
        }
        found.lines.push((start, end_of_line, kind == Key::Title));
    }
    // Key lines run into the article with no blank line, or front matter never closes: not
    // a header this reader can be sure of.
    if !closed {
        return None;
    }
    (known > 0).then_some(found)
}

/// A date as written in articles and bylines, as `YYYY-MM-DD`: "2025-01-28",
/// "2025-01-28T09:30:00Z", "Jan 28, 2025", "Tuesday, January 28, 2025", "28 January 2025",
/// "28.01.2025", "2025/01/28". A numeric day and month that could be either way round
/// ("03/04/2025") is not guessed.
///
/// ```
/// use claimscope::corpus::iso_date;
/// assert_eq!(iso_date("Jan. 28, 2025").as_deref(), Some("2025-01-28"));
/// assert_eq!(iso_date("28 January 2025, 10:15 GMT").as_deref(), Some("2025-01-28"));
/// assert_eq!(iso_date("03/04/2025"), None);
/// ```
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // ISO first, with or without a time after it.
    if text.len() >= 10 && text.is_char_boundary(10) {
        let head = &text[..10];
        let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
        if parts.len() == 3 && parts[0].len() == 4 && parts.iter().all(|p| is_digits(p)) {
            return checked_date(
                parts[0].parse().ok()?,
                parts[1].parse().ok()?,
                parts[2].parse().ok()?,
            );
        }
    }
    let mut year = None;
    let mut month = None;
    let mut numbers = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',') {
        let word = word.trim_matches(|c: char| c == '.' || c == '(' || c == ')');
        if word.is_empty() || word.contains(':') {
            continue;
        }
        let lower = word.to_lowercase();
        if let Some(m) = crate::extract::month_number(&lower) {
            month = Some(m);
            continue;
        }
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| lower.strip_suffix(suffix))
            .unwrap_or(&lower);
        if is_digits(digits) && digits.len() == 4 {
            year = Some(digits.parse().ok()?);
        } else if is_digits(digits) && digits.len() <= 2 {
            numbers.push(digits.parse::<u32>().ok()?);
        } else if word.contains(['/', '.', '-']) {
            let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
            if parts.len() == 3 && parts.iter().all(|p| is_digits(p)) && parts[0].len() == 4 {
                let y = parts[0].parse().ok()?;
                return checked_date(y, parts[1].parse().ok()?, parts[2].parse().ok()?);
            }
            if parts.len() == 3 && parts.iter().all(|p| is_digits(p)) && parts[2].len() == 4 {
                let (a, b): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
                let y = parts[2].parse().ok()?;
                return match (a > 12, b > 12) {
                    (true, false) => checked_date(y, b, a),
                    (false, true) => checked_date(y, a, b),
                    (false, false) if a == b => checked_date(y, a, b),
                    _ => None,
                };
            }
        }
    }
    match (year, month, numbers.as_slice()) {
        (Some(y), Some(m), [d]) => checked_date(y, m, *d),
        _ => None,
    }
}

fn checked_date(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=2999).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions() {
        assert_eq!(Format::from_file_name("a.TXT"), Some(Format::Text));
        assert_eq!(Format::from_file_name("notes.md"), Some(Format::Text));
        assert_eq!(Format::from_file_name("page.htm"), Some(Format::Html));
        assert_eq!(Format::from_file_name("photo.jpg"), None);
        assert_eq!(Format::from_file_name("README"), None);
    }

    #[test]
    fn binary_is_refused_and_windows_1252_is_decoded_with_a_warning() {
        assert_eq!(
            document_from_bytes("x", Format::Text, b"\x89PNG\r\n\x1a\n\0\0"),
            Err(InputError::Binary)
        );
        let read = document_from_bytes(
            "x",
            Format::Text,
            b"Prices \x93rose\x94 5\x96 6% \x80 caf\xe9",
        )
        .unwrap();
        assert_eq!(read.document.text, "Prices “rose” 5– 6% € café");
        assert!(read.warning().unwrap().contains("Windows-1252"));
        let utf8 = document_from_bytes("x", Format::Text, "café".as_bytes()).unwrap();
        assert_eq!(utf8.warning(), None);
        let html =
            document_from_bytes("x", Format::Html, b"<p>Caf\xe9 sales rose 4%.</p>").unwrap();
        assert_eq!(html.document.text, "Café sales rose 4%.");
    }

    #[test]
    fn a_header_of_key_lines_gives_the_metadata_and_keeps_the_text() {
        let text = "SOURCE: https://news.example/2025/tram\nTITLE: Tram line will cost $40 million\n\nThe tram will cost $40 million, the council said.\n";
        let doc = text_document("tram", text);
        assert_eq!(doc.title, "Tram line will cost $40 million");
        assert_eq!(doc.url.as_deref(), Some("https://news.example/2025/tram"));
        assert_eq!(doc.text, text, "spans stay offsets into the file");
        let h = header(text).unwrap();
        assert_eq!(h.lines.len(), 2);
        assert_eq!(
            &text[h.lines[1].0..h.lines[1].1],
            "TITLE: Tram line will cost $40 million"
        );
        assert!(h.lines[1].2 && !h.lines[0].2);

        let named = text_document(
            "x",
            "Source: The Courier\nDate: 28 January 2025\nAuthor: Jane Roe\n\nDam costs soar\n\nThe dam will cost more.",
        );
        assert_eq!(named.outlet.as_deref(), Some("The Courier"));
        assert_eq!(named.date.as_deref(), Some("2025-01-28"));
        assert_eq!(
            named.title, "Dam costs soar",
            "no Title: the first line after the header"
        );
    }

    #[test]
    fn yaml_front_matter_gives_the_metadata() {
        let text = "---\ntitle: \"Bridge repairs delayed\"\noutlet: The Herald\ndate: 2024-03-02\ntags:\n  - transport\n---\n\nRepairs will take 18 months.\n";
        let doc = text_document("b", text);
        assert_eq!(doc.title, "Bridge repairs delayed");
        assert_eq!(doc.outlet.as_deref(), Some("The Herald"));
        assert_eq!(doc.date.as_deref(), Some("2024-03-02"));
        assert_eq!(header(text).unwrap().lines.len(), 7);
        assert_eq!(header("---\ntitle: never closed\n\nBody."), None);
    }

    #[test]
    fn prose_that_looks_like_a_key_is_no_header() {
        for text in [
            "Source: the ministry said prices rose 4% this year.\nMore text.",
            "Prices rose.\nTitle: not at the start\n\nBody.",
            "Note: rates rose 2%.\n\nBody.",
            "UPDATED: 6 hurt in bar shooting\n\nSix people were hurt.",
            "Source: Suspect in 5 burglaries in custody\n\nPolice said.",
            "Title: only a header line",
        ] {
            let doc = text_document("p", text);
            assert_eq!(header(text), None, "{text}");
            assert_eq!(doc.outlet, None);
        }
    }

    #[test]
    fn dates_in_the_forms_articles_write_them() {
        for (written, iso) in [
            ("2025-01-28", Some("2025-01-28")),
            ("2025-01-28T09:30:00Z", Some("2025-01-28")),
            ("2025/1/28", Some("2025-01-28")),
            ("Jan 28, 2025", Some("2025-01-28")),
            ("January 28th, 2025", Some("2025-01-28")),
            ("Tuesday, January 28, 2025 10:15 AM", Some("2025-01-28")),
            ("28 Sept 2024", Some("2024-09-28")),
            ("28.01.2025", Some("2025-01-28")),
            ("1/28/2025", Some("2025-01-28")),
            ("03/04/2025", None),
            ("Feb 30, 2025", None),
            ("Feb 29, 2024", Some("2024-02-29")),
            ("yesterday", None),
            ("Mayday 5 2025", None),
        ] {
            assert_eq!(iso_date(written).as_deref(), iso, "{written}");
        }
    }
}

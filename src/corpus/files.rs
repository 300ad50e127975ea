//! Turning bytes from a file into a [`Document`]: format by extension, UTF-8 checks, HTML to
//! text. Shared by the CLI and (for dropped files) the page.

use super::{Document, html_to_text};

/// Why a file's bytes could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// NUL bytes: an image, an archive, a program, not an article.
    Binary,
    /// Not valid UTF-8; `valid_up_to` is the byte where decoding stopped.
    NotUtf8 { valid_up_to: usize },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Binary => f.write_str("looks like a binary file, not text; skipped"),
            InputError::NotUtf8 { valid_up_to } => {
                write!(
                    f,
                    "is not UTF-8 text (invalid byte at offset {valid_up_to}); skipped"
                )
            }
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

/// Builds a document from a file's bytes. For HTML the document's text is the extracted
/// plain text (and spans point into it).
///
/// ```
/// use claimscope::corpus::{Format, document_from_bytes};
/// let doc = document_from_bytes("page", Format::Html, b"<title>Jobs</title><p>Jobs rose 2%.</p>").unwrap();
/// assert_eq!((doc.title.as_str(), doc.text.as_str()), ("Jobs", "Jobs rose 2%."));
/// assert!(document_from_bytes("bad", Format::Text, b"caf\xe9").is_err());
/// ```
pub fn document_from_bytes(id: &str, format: Format, bytes: &[u8]) -> Result<Document, InputError> {
    const SNIFF: usize = 8192;
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Err(InputError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        valid_up_to: e.valid_up_to(),
    })?;
    Ok(match format {
        Format::Text => Document::from_text(id, text),
        Format::Html => {
            let page = html_to_text(text);
            let mut doc = Document::from_text(id, page.text);
            if let Some(title) = page.title {
                doc.title = title;
            }
            doc
        }
    })
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
    fn binary_and_invalid_utf8_are_refused_with_reasons() {
        assert_eq!(
            document_from_bytes("x", Format::Text, b"\x89PNG\r\n\x1a\n\0\0"),
            Err(InputError::Binary)
        );
        assert_eq!(
            document_from_bytes("x", Format::Text, b"Prices \xff rose"),
            Err(InputError::NotUtf8 { valid_up_to: 7 })
        );
        assert!(
            InputError::NotUtf8 { valid_up_to: 7 }
                .to_string()
                .contains("offset 7")
        );
    }
}

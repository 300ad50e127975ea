//! The reader of the table-driven extractor cases in `testdata/*.txt`: one case a line, its
//! cells separated by `|`, with `#` comments and blank lines skipped.

/// The case lines of `data`, each with its line number, trimmed.
pub(crate) fn rows(data: &str) -> impl Iterator<Item = (usize, &str)> {
    data.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// The cells of a case line, trimmed.
pub(crate) fn cells(row: &str) -> Vec<&str> {
    row.split('|').map(str::trim).collect()
}

//! Every record in plain words: values, units, hedges, who states a claim, the line that names
//! a source, and the CSV export. The CLI and every view word records through here, so that the
//! page, a download and the command line say the same thing the same way.

use crate::claims::{
    Analysis, Approx, Bound, Change, ClaimRecord, ComparisonMember, ComparisonRecord,
    DocumentRecord, QuantityRecord, Verdict,
};
use crate::extract::Unit;

impl Analysis {
    /// One row per quantity, for spreadsheets: document, sentence, text, low, high, unit,
    /// approx, change, speaker, cue, comparison, verdict, then the document's title, outlet and
    /// date, what is counted, and the comparison's id. Fields are quoted as RFC 4180 says,
    /// and a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
    /// prefixed with an apostrophe.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said sales fell 5%, to \"$2M\".")]);
    /// let csv = a.to_csv();
    /// let mut lines = csv.lines();
    /// assert_eq!(lines.next(), Some("document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict,title,outlet,date,counted,comparison_id"));
    /// assert!(lines.next().unwrap().starts_with("d,\"Jane Roe said sales fell 5%, to \"\"$2M\"\".\",5%,5,5,percent,exact,down,Jane Roe,said,,"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict,title,outlet,date,counted,comparison_id\r\n",
        );
        for q in &self.quantities {
            let document = self.documents.iter().find(|d| d.id == q.doc);
            let claim = q.claim.as_deref().and_then(|id| self.claim(id));
            let comparison = self
                .comparisons
                .iter()
                .find(|c| c.quantities.contains(&q.id));
            let bound = |b: &Bound| match b {
                Bound::Number(n) => format!("{n}"),
                Bound::Date(d) => d.clone(),
            };
            let approx = serde_json::to_value(q.approx)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let change = match q.change {
                Some(Change::Up) => "up",
                Some(Change::Down) => "down",
                None => "",
            };
            let fields = [
                q.doc.clone(),
                claim.map(|c| c.text.clone()).unwrap_or_default(),
                q.text.clone(),
                bound(&q.low),
                bound(&q.high),
                q.unit.as_str().to_owned(),
                approx,
                change.to_owned(),
                claim.and_then(|c| c.speaker.clone()).unwrap_or_default(),
                claim.and_then(|c| c.cue.clone()).unwrap_or_default(),
                comparison.map(|c| c.label.clone()).unwrap_or_default(),
                comparison
                    .map(|c| match c.verdict {
                        Verdict::Agree => "agree",
                        Verdict::Diverge => "diverge",
                    })
                    .unwrap_or_default()
                    .to_owned(),
                document.map(|d| d.title.clone()).unwrap_or_default(),
                document.and_then(|d| d.outlet.clone()).unwrap_or_default(),
                document.and_then(|d| d.date.clone()).unwrap_or_default(),
                q.counted.clone().unwrap_or_default(),
                comparison.map(|c| c.id.clone()).unwrap_or_default(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

impl DocumentRecord {
    /// The document as a reader knows it: "The Courier, 2024-03-01", or its title (cut short)
    /// when it names no outlet — never its id.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let mut doc = Document::from_text("000_9f", "Tram costs rise\n\nThe tram will cost $40 million.");
    /// doc.outlet = Some("The Courier".into());
    /// doc.date = Some("2024-03-01".into());
    /// assert_eq!(Analysis::of(&[doc]).documents[0].source_name(), "The Courier, 2024-03-01");
    /// ```
    pub fn source_name(&self) -> String {
        const MAX_CHARS: usize = 60;
        let name = match &self.outlet {
            Some(outlet) => outlet.clone(),
            None if self.title.chars().count() > MAX_CHARS => {
                let cut: String = self.title.chars().take(MAX_CHARS - 1).collect();
                format!("“{}…”", cut.trim_end())
            }
            None => format!("“{}”", self.title),
        };
        match &self.date {
            Some(date) => format!("{name}, {date}"),
            None => name,
        }
    }
}

/// `text` with every document id in it replaced by the document's name (see
/// [`DocumentRecord::source_name`]): the core's reasons name documents by id, which means
/// nothing to a reader.
pub fn without_ids(text: &str, documents: &[DocumentRecord]) -> String {
    let mut out = text.to_owned();
    for document in documents {
        if document.id.len() < 3 || !out.contains(&document.id) {
            continue;
        }
        let mut replaced = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&document.id) {
            let end = at + document.id.len();
            let is_word_char = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
            let whole =
                !rest[..at].ends_with(is_word_char) && !rest[end..].starts_with(is_word_char);
            replaced.push_str(&rest[..at]);
            if whole {
                replaced.push_str(&document.source_name());
            } else {
                replaced.push_str(&document.id);
            }
            rest = &rest[end..];
        }
        replaced.push_str(rest);
        out = replaced;
    }
    out
}

impl ComparisonRecord {
    /// Why the verdict, in two or three sentences a student can follow: who says what, where
    /// and when; whether the figures fit together once hedges and rounding are allowed for;
    /// and what they measure. The record's `why` keeps the matcher's full account.
    pub fn plain_why(&self, documents: &[DocumentRecord]) -> String {
        const NAMED: usize = 3;
        let said: Vec<String> = self
            .members
            .iter()
            .take(NAMED)
            .map(|m| {
                let source = documents
                    .iter()
                    .find(|d| d.id == m.doc)
                    .map_or_else(|| "an article".to_owned(), DocumentRecord::source_name);
                let who = match (&m.speaker, &m.via) {
                    (Some(s), Some(v)) => format!("{s} (via {v})"),
                    (Some(s), None) => s.clone(),
                    (None, _) => "the article".to_owned(),
                };
                format!("{who} ({source}): {}", m.value)
            })
            .collect();
        let more = self.members.len().saturating_sub(NAMED);
        let mut first = said.join("; ");
        if let Some(initial) = first.chars().next() {
            first.replace_range(..initial.len_utf8(), &initial.to_uppercase().to_string());
        }
        if more > 0 {
            first.push_str(&format!(
                "; and {more} more {}",
                if more == 1 { "value" } else { "values" }
            ));
        }
        let verdict = match self.verdict {
            Verdict::Diverge => {
                "Even allowing for rounding and for words like “about” or “more than”, these figures cannot all be right."
            }
            Verdict::Agree => {
                "Allowing for rounding and for words like “about” or “more than”, every figure fits with every other."
            }
        };
        let dependence = if self.independent {
            ""
        } else if self.verdict == Verdict::Agree {
            " They share text or a speaker, so their agreement counts as one source, not as confirmation."
        } else {
            " They share text or a speaker."
        };
        format!(
            "{first}. {verdict}{dependence} They are compared because each measures “{}” in {}.",
            self.label,
            unit_words(self.unit.as_str())
        )
    }
}

/// A unit code as a reader says it: "USD", "percent", "years".
fn unit_words(code: &str) -> String {
    match code {
        "percent" => "percent".to_owned(),
        "percentage-point" => "percentage points".to_owned(),
        "count" => "numbers".to_owned(),
        code if code.len() == 3 && code.bytes().all(|b| b.is_ascii_lowercase()) => {
            code.to_uppercase()
        }
        other => format!("{other}s"),
    }
}

/// One CSV field: quoted when it holds a comma, quote or line break; defused when a
/// spreadsheet would read it as a formula.
fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '@', '\t', '\r'])
        || (value.starts_with('-') && value.parse::<f64>().is_err());
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

impl ComparisonMember {
    /// Who states the value, in plain words: "Jane Roe", "a belief (via Jane Roe)", or "the
    /// article itself".
    pub fn who(&self) -> String {
        match (&self.speaker, &self.via) {
            (Some(s), Some(v)) => format!("{s} (via {v})"),
            (Some(s), None) => s.clone(),
            (None, _) => "the article itself".to_owned(),
        }
    }
}

impl ClaimRecord {
    /// Who the text gives this claim to, in plain words: "Said by Jane Roe (“estimated”)",
    /// or "In the text's own voice".
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said output fell 5%.")]);
    /// assert_eq!(a.claims[0].attribution_text(), "Said by Jane Roe (“said”)");
    /// ```
    pub fn attribution_text(&self) -> String {
        match (&self.speaker, &self.cue) {
            (Some(speaker), Some(cue)) if cue != ":" => format!("Said by {speaker} (“{cue}”)"),
            (Some(speaker), _) => format!("Said by {speaker}"),
            (None, _) => "In the text's own voice".to_owned(),
        }
    }
}

impl QuantityRecord {
    /// Why this is a quantity and how it is read, in words a student can follow.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Exports rose more than 90% in May.")]);
    /// assert_eq!(
    ///     a.quantities[0].explain(),
    ///     "a number with “%”, read as percent; “more than”: any value above it; a rise"
    /// );
    /// ```
    pub fn explain(&self) -> String {
        let what = match self.unit {
            Unit::Percent => "a number with “%”, read as percent".to_owned(),
            Unit::PercentagePoint => "a difference in percentage points".to_owned(),
            Unit::CalendarYear => "a year of the calendar".to_owned(),
            Unit::Date => "a date, read as the days it covers".to_owned(),
            Unit::Ordinal => "a position in an order".to_owned(),
            Unit::Count => match &self.counted {
                Some(counted) => format!("a count of “{counted}”"),
                None => "a count".to_owned(),
            },
            Unit::Duration(unit) => format!("a duration in {unit}s"),
            Unit::Money(code) => format!("an amount of money in {}", code.to_uppercase()),
            Unit::Physical(unit) => format!("a measure in {unit}s"),
        };
        let range = match (&self.low, &self.high) {
            (Bound::Number(low), Bound::Number(high)) if low != high => {
                Some("a range: the text gives two ends (or a vague size such as “tens of”)")
            }
            _ => None,
        };
        let hedge = match self.approx {
            Approx::Exact => None,
            Approx::About => Some("“about”: read as within 10%"),
            Approx::Nearly => Some("“nearly”: just below it"),
            Approx::MoreThan => Some("“more than”: any value above it"),
            Approx::AtLeast => Some("“at least”: it or more"),
            Approx::LessThan => Some("“less than”: any value below it"),
            Approx::AtMost => Some("“at most”: it or less"),
        };
        let change = match self.change {
            Some(Change::Up) => Some("a rise"),
            Some(Change::Down) => Some("a fall"),
            None => None,
        };
        std::iter::once(what.as_str())
            .chain(range)
            .chain(hedge)
            .chain(change)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The normalised value in plain words, as the page shows it on hover: "2–3 years",
    /// "about 1 trillion USD", "10–100 billion USD", "more than 90%", "2024-11-01 to 2024-11-30".
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Losses reached approximately $1 trillion.")]);
    /// assert_eq!(a.quantities[0].describe(), "about 1 trillion USD");
    /// ```
    pub fn describe(&self) -> String {
        let value = match (&self.low, &self.high) {
            (Bound::Date(low), Bound::Date(high)) if low == high => low.clone(),
            (Bound::Date(low), Bound::Date(high)) => format!("{low} to {high}"),
            (Bound::Number(low), Bound::Number(high)) => {
                let number = if low == high {
                    readable_number(*low)
                } else {
                    readable_range(*low, *high)
                };
                let plural = !(low == high && *low == 1.0);
                match self.unit {
                    Unit::Percent => format!("{number}%"),
                    Unit::PercentagePoint => {
                        format!("{number} percentage point{}", if plural { "s" } else { "" })
                    }
                    Unit::CalendarYear if low == high => format!("the year {low}"),
                    Unit::CalendarYear => format!("the years {low}–{high}"),
                    Unit::Ordinal => format!("ordinal {number}"),
                    Unit::Count => match &self.counted {
                        Some(counted) => format!("{number} {counted}"),
                        None => number,
                    },
                    Unit::Duration(unit) => {
                        format!("{number} {unit}{}", if plural { "s" } else { "" })
                    }
                    other => format!("{number} {}", other.as_str().to_uppercase()),
                }
            }
            _ => String::new(),
        };
        let hedge = match self.approx {
            Approx::Exact => "",
            Approx::About => "about ",
            Approx::Nearly => "nearly ",
            Approx::MoreThan => "more than ",
            Approx::AtLeast => "at least ",
            Approx::LessThan => "less than ",
            Approx::AtMost => "at most ",
        };
        format!("{hedge}{value}")
    }
}

/// Large round amounts in words, as news writes them: 5600000 → "5.6 million", 3.28e10 →
/// "32.8 billion"; others with grouped digits ("12,345,678", "3.9").
pub fn readable_number(n: f64) -> String {
    match scale_of(n) {
        Some((divisor, word)) => format!("{} {word}", group_digits(n / divisor)),
        None => group_digits(n),
    }
}

/// "10–100 billion" when both ends take one scale word; else each end on its own.
fn readable_range(low: f64, high: f64) -> String {
    match (scale_of(low), scale_of(high)) {
        (Some((a, word)), Some((b, _))) if a == b => {
            format!(
                "{}–{} {word}",
                group_digits(low / a),
                group_digits(high / a)
            )
        }
        _ => format!("{}–{}", readable_number(low), readable_number(high)),
    }
}

/// The scale word for `n`, when `n` is at least a million and at most three decimals of it.
fn scale_of(n: f64) -> Option<(f64, &'static str)> {
    const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    let (divisor, word) = SCALES.into_iter().find(|(d, _)| n.abs() >= *d)?;
    let scaled = n / divisor;
    let round = ((scaled * 1000.0).round() - scaled * 1000.0).abs() < 1e-6;
    (round && scaled.abs() < 1000.0).then_some((divisor, word))
}

/// "1000000" → "1,000,000"; fractions keep their digits ("3.9").
fn group_digits(n: f64) -> String {
    let text = format!("{n}");
    let (sign, rest) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |r| ("-", r));
    let (whole, fraction) = rest
        .split_once('.')
        .map_or((rest, None), |(w, f)| (w, Some(f)));
    if whole.contains('e') {
        return text.clone();
    }
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-2"), "-2", "negative numbers stay numbers");
        assert_eq!(csv_field("-cmd"), "'-cmd");
    }

    #[test]
    fn the_csv_has_a_row_per_quantity_with_its_comparison() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        let csv = analysis.to_csv();
        assert_eq!(csv.matches("\r\n").count(), analysis.quantities.len() + 1);
        let compared = &analysis.comparisons[0];
        let q = &compared.quantities[0];
        let text = &analysis
            .quantities
            .iter()
            .find(|r| &r.id == q)
            .unwrap()
            .text;
        assert!(csv.contains(&compared.label), "{}", compared.label);
        assert!(csv.contains(text.as_str()));
    }

    #[test]
    fn the_csv_names_each_document_and_its_comparison() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        let csv = analysis.to_csv();
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        assert_eq!(
            header[12..],
            ["title", "outlet", "date", "counted", "comparison_id"]
        );
        let compared = &analysis.comparisons[0];
        let q = analysis
            .quantities
            .iter()
            .find(|r| r.id == compared.quantities[0])
            .unwrap();
        let doc = analysis.documents.iter().find(|d| d.id == q.doc).unwrap();
        let row = csv
            .lines()
            .find(|l| l.ends_with(&format!(",{}", compared.id)))
            .unwrap();
        assert!(row.contains(&csv_field(&doc.title)), "{row}");
    }

    #[test]
    fn reasons_name_sources_not_ids_and_say_why_in_plain_words() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        for comparison in &analysis.comparisons {
            let why = comparison.plain_why(&analysis.documents);
            for d in &analysis.documents {
                assert!(!why.contains(&d.id), "{why}");
            }
            assert!(!why.contains("clauses share"), "{why}");
            assert!(why.matches(". ").count() <= 3, "{why}");
            let member = &comparison.members[0];
            let doc = analysis
                .documents
                .iter()
                .find(|d| d.id == member.doc)
                .unwrap();
            assert!(why.contains(&doc.source_name()), "{why}");
        }
        for speaker in &analysis.speakers {
            for other in &speaker.possibly_same_as {
                let plain = without_ids(&other.why, &analysis.documents);
                assert!(
                    analysis.documents.iter().all(|d| !plain.contains(&d.id)),
                    "{plain}"
                );
            }
        }
        let docs = &analysis.documents;
        let text = format!("in {} and x{}", docs[0].id, docs[1].id);
        assert_eq!(
            without_ids(&text, docs),
            format!("in {} and x{}", docs[0].source_name(), docs[1].id),
            "only whole ids"
        );
    }

    #[test]
    fn describe_reads_like_a_person_would_say_it() {
        let text =
            "It took one to two years, over 90% said, in late 2022, with 10,000 GPUs, in 2017.";
        let analysis = Analysis::of(&[Document::from_text("d", text)]);
        let described: Vec<String> = analysis
            .quantities
            .iter()
            .map(QuantityRecord::describe)
            .collect();
        assert_eq!(
            described,
            [
                "1–2 years",
                "more than 90%",
                "2022-09-01 to 2022-12-31",
                "10,000 GPUs",
                "the year 2017"
            ]
        );
    }
}

//! Every record in plain words: values, units, hedges, who states a claim, the line that names
//! a source, and the CSV export. The CLI and every view word records through here, so that the
//! page, a download and the command line say the same thing the same way.

use crate::claims::{
    Analysis, Approx, AttributedPassage, Bound, Change, ClaimRecord, ComparisonMember,
    ComparisonRecord, Correction, CorrectionKind, DocumentRecord, ImplicitRecord, QuantityRecord,
    Unit, Verdict,
};
use crate::corpus::Document;

impl Analysis {
    /// One row per quantity, for spreadsheets: document, sentence, text, low, high, unit,
    /// approx, change, speaker, cue, comparison, verdict, then the document's title, outlet and
    /// date, what is counted, the comparison's id, and "reader" when a reader made or changed
    /// that comparison. Fields are quoted as RFC 4180 says,
    /// and a field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
    /// prefixed with an apostrophe.
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said sales fell 5%, to \"$2M\".")]);
    /// let csv = a.to_csv();
    /// let mut lines = csv.lines();
    /// assert_eq!(lines.next(), Some("document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict,title,outlet,date,counted,comparison_id,grouped_by"));
    /// assert!(lines.next().unwrap().starts_with("d,\"Jane Roe said sales fell 5%, to \"\"$2M\"\".\",5%,5,5,percent,exact,down,Jane Roe,said,,"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "document,sentence,text,low,high,unit,approx,change,speaker,cue,comparison,verdict,title,outlet,date,counted,comparison_id,grouped_by\r\n",
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
                // "reader" when a reader's correction made or changed the comparison.
                comparison.and_then(|c| c.by.clone()).unwrap_or_default(),
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
    /// "Said by Jane Roe and John Doe (“said”)" when several speak together, or "In the
    /// text's own voice".
    ///
    /// ```
    /// use claimscope::{Analysis, Document};
    /// let a = Analysis::of(&[Document::from_text("d", "Jane Roe said output fell 5%.")]);
    /// assert_eq!(a.claims[0].attribution_text(), "Said by Jane Roe (“said”)");
    /// let b = Analysis::of(&[Document::from_text("d", "Jane Roe and John Doe said output fell 5%.")]);
    /// assert_eq!(b.claims[0].attribution_text(), "Said by Jane Roe and John Doe (“said”)");
    /// ```
    pub fn attribution_text(&self) -> String {
        let together = self.speakers.as_deref().and_then(|all| {
            let (last, rest) = all.split_last()?;
            Some(format!("{} and {last}", rest.join(", ")))
        });
        match (together.as_ref().or(self.speaker.as_ref()), &self.cue) {
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
            (Bound::Number(_), Bound::Number(_)) if self.from_to => {
                Some("a movement: the level it left, then the level it reached")
            }
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
                } else if self.from_to {
                    format!(
                        "from {} to {}",
                        readable_number(*low),
                        readable_number(*high)
                    )
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

/// The kind of amount a unit measures, in words: "durations", "percentages", "amounts in USD".
pub fn unit_phrase(unit: Unit) -> String {
    match unit {
        Unit::Percent => "percentages".to_owned(),
        Unit::PercentagePoint => "differences in percentage points".to_owned(),
        Unit::Count => "counts of the same things".to_owned(),
        Unit::Duration(_) => "durations".to_owned(),
        Unit::Money(code) => format!("amounts in {}", code.to_uppercase()),
        other => format!("{}s", other.as_str()),
    }
}

/// What the values on an axis are in: "percent", "percentage points", "USD", "years".
pub fn unit_axis(unit: Unit) -> String {
    match unit {
        Unit::Percent => "percent".to_owned(),
        Unit::PercentagePoint => "percentage points".to_owned(),
        Unit::Count => "count".to_owned(),
        Unit::Money(code) => code.to_uppercase(),
        other => format!("{}s", other.as_str()),
    }
}

/// A value stated in words, as a value: "up 100%", "down 50%", "≈ 0".
pub fn implicit_value(value: &ImplicitRecord) -> String {
    match value.change {
        Some(Change::Up) => format!("up {}%", value.value),
        Some(Change::Down) => format!("down {}%", value.value),
        None => "≈ 0".to_owned(),
    }
}

/// A value stated in words, with the words: "≈ 0 (“has all but vanished”)".
pub fn implicit_value_quoted(value: &ImplicitRecord) -> String {
    format!("{} (“{}”)", implicit_value(value), value.text)
}

/// How a document is named in plain words: by its outlet, date and title, in the forms a
/// sentence, a list row or a heading needs. Built from a [`Document`] or its record alike.
#[derive(Debug, Clone, Copy)]
pub struct SourceName<'a> {
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
}

impl<'a> From<&'a Document> for SourceName<'a> {
    fn from(d: &'a Document) -> Self {
        SourceName {
            title: &d.title,
            outlet: d.outlet.as_deref(),
            date: d.date.as_deref(),
        }
    }
}

impl<'a> From<&'a DocumentRecord> for SourceName<'a> {
    fn from(d: &'a DocumentRecord) -> Self {
        SourceName {
            title: &d.title,
            outlet: d.outlet.as_deref(),
            date: d.date.as_deref(),
        }
    }
}

impl SourceName<'_> {
    /// In a sentence: "Example News (2025-01-20, “The AI race”)", "“The AI race”" without an
    /// outlet. A long title is cut at 45 characters.
    ///
    /// ```
    /// use claimscope::wording::SourceName;
    /// let name = SourceName { title: "Rates rise again", outlet: Some("Daily Ledger"), date: Some("2024-05-02") };
    /// assert_eq!(name.in_prose(), "Daily Ledger (2024-05-02, “Rates rise again”)");
    /// assert_eq!(name.short(), "Daily Ledger");
    /// assert_eq!(name.dated(), "Daily Ledger, 2024-05-02");
    /// assert_eq!(name.meta(), "Daily Ledger · 2024-05-02");
    /// ```
    pub fn in_prose(&self) -> String {
        let title: String = if self.title.chars().count() > 48 {
            let cut: String = self.title.chars().take(45).collect();
            format!("{}…", cut.trim_end())
        } else {
            self.title.to_owned()
        };
        match (self.outlet, self.date) {
            (Some(outlet), Some(date)) => format!("{outlet} ({date}, “{title}”)"),
            (Some(outlet), None) => format!("{outlet} (“{title}”)"),
            _ => format!("“{title}”"),
        }
    }

    /// In a list: the outlet, else the title.
    pub fn short(&self) -> String {
        self.outlet.unwrap_or(self.title).to_owned()
    }

    /// In a list row that places the value in time: "Daily Ledger, 2024-05-02".
    pub fn dated(&self) -> String {
        match self.date.filter(|d| !d.is_empty()) {
            Some(date) if !self.short().is_empty() => format!("{}, {date}", self.short()),
            Some(date) => date.to_owned(),
            None => self.short(),
        }
    }

    /// Under a heading, with other facts to follow: "Daily Ledger · 2024-05-02".
    pub fn meta(&self) -> String {
        self.meta_with(None)
    }

    /// [`SourceName::meta`] with one more fact at the end ("12 quantities").
    pub fn meta_with(&self, more: Option<String>) -> String {
        [
            self.outlet.map(str::to_owned),
            self.date.map(str::to_owned),
            more,
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    }
}

/// How many pairs of values that do not overlap a comparison's "why" names.
const MAX_PAIRS_LISTED: usize = 12;

/// Why a comparison's verdict is what it is: each member's value with who states it where,
/// then which values overlap (`disjoint` lists the pairs of members, by position, that do not),
/// and why the agreeing members are not independent, if they are not.
pub fn comparison_why(
    members: &[ComparisonMember],
    disjoint: &[(usize, usize)],
    verdict: Verdict,
    dependence: Option<&str>,
    documents: &[Document],
) -> String {
    let who = ComparisonMember::who;
    let document = |m: &ComparisonMember| {
        documents
            .iter()
            .find(|d| d.id == m.doc)
            .map_or_else(|| m.doc.clone(), |d| SourceName::from(d).in_prose())
    };
    let mut parts = Vec::new();
    for m in members {
        let when = if m.qualifiers.is_empty() {
            String::new()
        } else {
            format!(", {}", m.qualifiers.join(", "))
        };
        parts.push(format!("{} in {}{when}: {}", who(m), document(m), m.value));
    }
    let mut out = parts.join("; ");
    out.push_str(". ");
    match verdict {
        Verdict::Agree => out.push_str("They agree: every two of these values overlap."),
        Verdict::Diverge => {
            let short = |m: &ComparisonMember| format!("{} ({})", m.value, who(m));
            // A value that overlaps none of the others is named once, not in every pair.
            let mut partners_apart = vec![0usize; members.len()];
            for &(x, y) in disjoint {
                partners_apart[x] += 1;
                partners_apart[y] += 1;
            }
            let apart: Vec<bool> = partners_apart
                .iter()
                .map(|&n| members.len() > 2 && n == members.len() - 1)
                .collect();
            let mut sentences: Vec<String> = (0..members.len())
                .filter(|&i| apart[i])
                .map(|i| format!("{} overlaps none of the others.", short(&members[i])))
                .collect();
            let pairs: Vec<(usize, usize)> = disjoint
                .iter()
                .copied()
                .filter(|&(x, y)| !apart[x] && !apart[y])
                .collect();
            // Every pair of a large card would be a page of text that no reader reads (and n²
            // of it): the first few stand for the rest.
            let mut listed: Vec<String> = pairs
                .iter()
                .take(MAX_PAIRS_LISTED)
                .map(|&(x, y)| format!("{} and {}", short(&members[x]), short(&members[y])))
                .collect();
            if pairs.len() > MAX_PAIRS_LISTED {
                listed.push(format!("{} other pairs", pairs.len() - MAX_PAIRS_LISTED));
            }
            if !listed.is_empty() {
                sentences.push(format!("{} do not overlap.", listed.join("; ")));
            }
            out.push_str(&format!("They diverge: {}", sentences.join(" ")));
        }
    }
    if let Some(dependence) = dependence {
        out.push_str(&format!(" Not independent: {dependence}."));
    }
    out
}

/// Why values were grouped: "Grouped because the values measure durations and their clauses
/// share “lead / led”, “years”." (with a leading space, to follow the verdict).
pub fn grouped_because(unit: Unit, shared_words: &[String]) -> String {
    format!(
        " Grouped because the values measure {} and their clauses share {}.",
        unit_phrase(unit),
        shared_words
            .iter()
            .map(|w| format!("“{w}”"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Why agreeing values from two documents that share text are not corroboration.
pub fn shared_text_dependence(a: SourceName, b: SourceName) -> String {
    format!(
        "{} and {} share passages (one reuses the other's text), so their agreement is not corroboration",
        a.in_prose(),
        b.in_prose(),
    )
}

/// Why agreeing values that rest on one speaker are not corroboration.
pub fn same_speaker_dependence(speaker: &str) -> String {
    format!("two of the values rest on the same speaker, {speaker}")
}

/// Why two documents are one text.
pub fn copy_why(first: SourceName, copy: SourceName) -> String {
    format!(
        "{} and {} are the same text, word for word.",
        first.in_prose(),
        copy.in_prose()
    )
}

/// Why two documents share text: which draws on which (`a_is_source`: `Some(true)` when the
/// dates say `a` came first), how many sentences and what share of the shorter one.
pub fn reuse_why(
    a: SourceName,
    b: SourceName,
    a_is_source: Option<bool>,
    matched: usize,
    share: f64,
) -> String {
    let direction = match a_is_source {
        Some(true) => format!("{} draws on {}", b.in_prose(), a.in_prose()),
        Some(false) => format!("{} draws on {}", a.in_prose(), b.in_prose()),
        None => format!("{} and {} share text", a.in_prose(), b.in_prose()),
    };
    format!(
        "{direction}: {matched} sentence{} repeated or closely paraphrased ({:.0}% of the shorter document).",
        if matched == 1 { "" } else { "s" },
        (share * 100.0).min(100.0),
    )
}

/// Who a passage is attributed to: "to Jane Roe", "to no one (the text's own voice)".
fn attributed_to(side: &AttributedPassage) -> String {
    match &side.speaker {
        Some(name) => format!("to {name}"),
        None => "to no one (the text's own voice)".to_owned(),
    }
}

/// Why a reused passage is an attribution divergence; `a_source` and `b_source` name the
/// documents of the two sides.
pub fn reused_text_divergence(
    a: &AttributedPassage,
    a_source: &str,
    b: &AttributedPassage,
    b_source: &str,
) -> String {
    format!(
        "The same passage, closely paraphrased, is attributed {} in {a_source} and {} in {b_source}.",
        attributed_to(a),
        attributed_to(b),
    )
}

/// Why one value on one topic, given to two speakers, is an attribution divergence.
pub fn same_value_divergence(
    value: &str,
    a: &AttributedPassage,
    a_source: &str,
    b: &AttributedPassage,
    b_source: &str,
) -> String {
    format!(
        "The same value ({value}) on the same topic is attributed {} in {a_source} and {} in {b_source}.",
        attributed_to(a),
        attributed_to(b),
    )
}

/// Why two speaker entries may be one person.
pub fn possibly_same_person(
    given_name: &str,
    (surname_a, surname_b): (&str, &str),
    beside: &str,
    (a_name, a_docs): (&str, &[String]),
    (b_name, b_docs): (&str, &[String]),
) -> String {
    format!(
        "both are named {given_name}, with surnames spelled alike ({surname_a}, {surname_b}), \
         and appear beside {beside} ({a_name} in {}, {b_name} in {})",
        a_docs.join(", "),
        b_docs.join(", "),
    )
}

/// What the members of a comparison measure, as the comparison found it, for its label.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measured<'a> {
    /// The attribute family their clauses name ("spending", "jobs", "deaths").
    pub family: Option<&'a str>,
    /// The part of the whole they are narrowed to ("training", "operating").
    pub scope: Option<&'a str>,
    /// What they count, as a text writes it ("H100 chips").
    pub counted: Option<&'a str>,
    /// The name they are about, as a text writes it ("Acme").
    pub owner: Option<&'a str>,
    /// The thing they are about, in the words the texts share ("rail tunnel").
    pub thing: Option<&'a str>,
}

/// The noun a family of attributes is named by on a card.
fn family_noun(family: &str) -> Option<&'static str> {
    Some(match family {
        "spending" => "cost",
        "revenue" => "revenue",
        "profit" => "profit",
        "price" => "price",
        "lead" => "lead",
        "deaths" => "deaths",
        "injuries" => "injuries",
        "jobs" => "jobs",
        "arrests" => "arrests",
        "bail" => "bail",
        "growth" => "growth",
        "rate" => "rate",
        "share" => "share",
        "population" => "population",
        "speed" => "speed",
        "temperature" => "temperature",
        _ => return None,
    })
}

/// A card's label as a noun phrase that names what is measured: "Acme's training cost",
/// "Cost of the rail tunnel", "Jobs at the steel plant". `None` when the members say too
/// little for one (no attribute, or nothing it is of).
pub fn measure_label(measured: &Measured) -> Option<String> {
    // Deaths, injuries and arrests are told by whom and where, which a frame does not tell
    // apart ("Deaths in the gunman"): their cards keep the words of a clause.
    let noun = measured
        .family
        .filter(|f| !matches!(*f, "deaths" | "injuries" | "arrests"))
        .and_then(family_noun);
    let scope = measured
        .scope
        .filter(|_| noun.is_some())
        .map(|s| if s == "lifetime" { "total" } else { s });
    let measure = match (noun, measured.counted) {
        (Some(noun), _) => match scope {
            Some(scope) => format!("{scope} {noun}"),
            None => noun.to_owned(),
        },
        // A count without an attribute is named by the clause that says what it counts.
        (None, _) => return None,
    };
    // What a count counts needs an attribute to belong to its owner ("Acme's H100 chips" could
    // be chips it owns, sells or lacks).
    if let Some(owner) = measured.owner {
        let possessive = if owner.ends_with('s') { "'" } else { "'s" };
        return Some(format!("{owner}{possessive} {measure}"));
    }
    let thing = measured.thing?;
    let preposition = match measured.family {
        Some("jobs") => "at",
        _ => "of",
    };
    Some(capitalised(&format!("{measure} {preposition} the {thing}")))
}

/// The label of a comparison whose members' clauses share no words: the kind of amount they
/// are ("Durations", "Amounts in USD").
pub fn unnamed_comparison_label(unit: Unit) -> String {
    capitalised(&unit_phrase(unit))
}

/// `text` with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The label of a comparison a reader made whose values' clauses share no words.
pub const READER_GROUP_LABEL: &str = "Values you grouped";

/// Why a reader's correction was not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionDropped {
    /// Its values are no longer in the articles (or too few are left to compare).
    Gone,
    /// The comparison it was about is no longer on the board.
    NoComparison,
    /// Its values are of kinds that cannot be compared (money and percent, two currencies).
    DifferentKinds,
    /// A speaker it names is no longer among the speakers.
    NoSpeaker,
    /// Its values are all stated in one sentence, which is no comparison of sources.
    OneSentence,
}

/// What a reader's correction did, in a few words: "grouping 3 values", "the label “Cost”".
pub fn correction_summary(correction: &Correction) -> String {
    let values = |n: usize| format!("{n} {}", if n == 1 { "value" } else { "values" });
    let speakers = correction.speakers.join(" and ");
    match correction.kind {
        CorrectionKind::Group => format!("grouping {}", values(correction.values.len())),
        CorrectionKind::Separate => format!(
            "taking {} out of its comparison",
            values(correction.values.len())
        ),
        CorrectionKind::Dismiss => "dismissing a comparison".to_owned(),
        CorrectionKind::Label => format!(
            "the label “{}”",
            correction.label.as_deref().unwrap_or_default()
        ),
        CorrectionKind::SameSpeaker => format!("{speakers} as one speaker"),
        CorrectionKind::DifferentSpeaker => format!("{speakers} as two speakers"),
    }
}

/// How the note of a correction not applied begins.
pub const CORRECTION_NOTE_OPENING: &str = "Your correction ";

/// The note shown when a reader's correction is dropped.
pub fn correction_dropped(correction: &Correction, why: CorrectionDropped) -> String {
    let why = match why {
        CorrectionDropped::Gone => "its values are no longer in the articles",
        CorrectionDropped::NoComparison => "its comparison is no longer on the board",
        CorrectionDropped::DifferentKinds => "its values are of kinds that cannot be compared",
        CorrectionDropped::NoSpeaker => "a speaker it names is no longer in the articles",
        CorrectionDropped::OneSentence => "its values are all in one sentence",
    };
    format!(
        "{CORRECTION_NOTE_OPENING}({}) was not applied: {why}.",
        correction_summary(correction)
    )
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
            [
                "title",
                "outlet",
                "date",
                "counted",
                "comparison_id",
                "grouped_by"
            ]
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
            .find(|l| l.ends_with(&format!(",{},", compared.id)))
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

    #[test]
    fn values_stated_in_words_read_as_values() {
        let value = |value: f64, change: Option<Change>| ImplicitRecord {
            start: 0,
            end: 12,
            text: "has vanished".to_owned(),
            value,
            approx: Approx::About,
            change,
        };
        assert_eq!(implicit_value(&value(0.0, None)), "≈ 0");
        assert_eq!(implicit_value(&value(100.0, Some(Change::Up))), "up 100%");
        assert_eq!(
            implicit_value_quoted(&value(50.0, Some(Change::Down))),
            "down 50% (“has vanished”)"
        );
    }

    #[test]
    fn a_source_without_outlet_is_named_by_its_title_cut_short() {
        let name = SourceName {
            title: "Chipmakers expand their factories across three continents this spring",
            outlet: None,
            date: Some("2024-03-01"),
        };
        assert_eq!(
            name.in_prose(),
            "“Chipmakers expand their factories across thre…”"
        );
        assert_eq!(
            name.dated(),
            "Chipmakers expand their factories across three continents this spring, 2024-03-01"
        );
        assert_eq!(name.meta(), "2024-03-01");
    }

    #[test]
    fn labels_name_what_is_measured_as_a_noun_phrase() {
        let cases: &[(Measured, Option<&str>)] = &[
            (
                Measured {
                    family: Some("spending"),
                    thing: Some("rail tunnel"),
                    ..Measured::default()
                },
                Some("Cost of the rail tunnel"),
            ),
            (
                Measured {
                    family: Some("jobs"),
                    counted: Some("workers"),
                    thing: Some("steel plant"),
                    ..Measured::default()
                },
                Some("Jobs at the steel plant"),
            ),
            (
                Measured {
                    family: Some("spending"),
                    scope: Some("training"),
                    owner: Some("Acme"),
                    ..Measured::default()
                },
                Some("Acme's training cost"),
            ),
            // Counts without an attribute, and deaths, injuries and arrests (told by whom and
            // where), keep their clause's words.
            (
                Measured {
                    counted: Some("H100 chips"),
                    owner: Some("Globex"),
                    ..Measured::default()
                },
                None,
            ),
            (
                Measured {
                    family: Some("deaths"),
                    thing: Some("warehouse fire"),
                    ..Measured::default()
                },
                None,
            ),
            // Nothing it is of, or nothing measured: no such label.
            (
                Measured {
                    family: Some("spending"),
                    ..Measured::default()
                },
                None,
            ),
            (
                Measured {
                    thing: Some("rail tunnel"),
                    ..Measured::default()
                },
                None,
            ),
        ];
        for (measured, expected) in cases {
            assert_eq!(
                measure_label(measured).as_deref(),
                *expected,
                "{measured:?}"
            );
        }
    }
}

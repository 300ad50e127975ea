//! What the reader is looking at, and how actions change it: a pure reducer, as in yew's
//! `function_todomvc` example. Changes to the document set (add, remove, edit, reset) are
//! pure too ([`SetChange::apply`]); the page only stores and analyses what they return.

use crate::Document;
use crate::claims::Correction;
use crate::corpus::library::{self, Added, Details};

/// The view state of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// Ids of the documents, in corpus order.
    documents: Vec<String>,
    /// The document shown in the reader.
    selected: Option<String>,
    /// The element of the reader to scroll to and focus (a quantity or claim id), once.
    target: Option<String>,
    /// Which comparisons the board shows.
    pub verdict_filter: VerdictFilter,
    /// Words the board's comparisons must contain (label, values, speakers, why).
    pub search: String,
    /// Only comparisons with a member in this document.
    pub document_filter: Option<String>,
    /// Only comparisons in this unit.
    pub unit_filter: Option<String>,
    /// A second document shown beside the first.
    beside: Option<String>,
    /// The comparison whose row was last opened.
    comparison: Option<String>,
    /// A card named by a link (`card=`, see [`super::permalink`]), to scroll to once drawn.
    card: Option<String>,
    /// The reader's corrections of the board, in the order made (the last is undone first).
    corrections: Vec<Correction>,
}

/// The board's verdict filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VerdictFilter {
    #[default]
    All,
    Diverge,
    Agree,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show this document in the reader.
    SelectDocument(String),
    /// Show the next (or, with `false`, the previous) document, wrapping around.
    Step {
        forward: bool,
    },
    /// Show a document and bring one of its highlights into view: a comparison row's value.
    Open {
        doc: String,
        target: String,
    },
    /// The comparison a row belongs to, when a row is opened.
    SelectComparison(String),
    /// Close the comparison that is open (the compact board's cards fold again).
    CloseComparison,
    /// The reader has scrolled to the target.
    TargetShown,
    /// The card a link named is in sight and focused.
    CardShown,
    FilterVerdict(VerdictFilter),
    Search(String),
    FilterDocument(Option<String>),
    FilterUnit(Option<String>),
    /// Show a second document beside the open one (`None` closes it).
    Beside(Option<String>),
    /// The browser went back or forward to this URL fragment: the view it names, from scratch.
    Restore(String),
    /// The set of documents changed (added, removed, reset): `open` is shown if given,
    /// else the open document stays if it still exists, else the first.
    SetDocuments {
        ids: Vec<String>,
        open: Option<String>,
    },
    /// The reader corrected the board (see [`Correction`]).
    Correct(Correction),
    /// Undo the last correction.
    UndoCorrection,
    /// Undo every correction: the machine's board again.
    ClearCorrections,
    /// The corrections kept in the browser, when the link names none.
    KeptCorrections(Vec<Correction>),
}

impl State {
    /// The initial state: the first document is open.
    pub fn new(documents: Vec<String>) -> State {
        let selected = documents.first().cloned();
        State {
            documents,
            selected,
            target: None,
            verdict_filter: VerdictFilter::All,
            search: String::new(),
            document_filter: None,
            unit_filter: None,
            beside: None,
            comparison: None,
            card: None,
            corrections: Vec::new(),
        }
    }

    /// The reader's corrections, in the order made.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    pub fn target(&self) -> Option<&str> {
        self.target.as_deref()
    }

    pub fn beside(&self) -> Option<&str> {
        self.beside.as_deref()
    }

    pub fn comparison(&self) -> Option<&str> {
        self.comparison.as_deref()
    }

    /// The card a link named, until it is shown.
    pub fn card(&self) -> Option<&str> {
        self.card.as_deref()
    }

    /// The view as a URL fragment (without `#`), so that a link reopens it: the open document,
    /// the one beside it, the comparison last opened, and the board's filters.
    pub fn fragment(&self) -> String {
        let verdict = match self.verdict_filter {
            VerdictFilter::All => None,
            VerdictFilter::Diverge => Some("diverge"),
            VerdictFilter::Agree => Some("agree"),
        };
        let search = Some(self.search.as_str()).filter(|s| !s.trim().is_empty());
        // Corrections travel in the link as claims/1's JSON of them, so a shared link shows the
        // corrected board.
        let fix = (!self.corrections.is_empty())
            .then(|| serde_json::to_string(&self.corrections).unwrap_or_default());
        [
            ("doc", self.selected.as_deref()),
            ("beside", self.beside.as_deref()),
            ("comparison", self.comparison.as_deref()),
            ("card", self.card.as_deref()),
            ("verdict", verdict),
            ("in", self.document_filter.as_deref()),
            ("unit", self.unit_filter.as_deref()),
            ("q", search),
            ("fix", fix.as_deref()),
        ]
        .into_iter()
        .filter_map(|(key, value)| Some(format!("{key}={}", encode(value?))))
        .collect::<Vec<_>>()
        .join("&")
    }

    /// This state with what a fragment says applied. Unknown keys, unknown documents and
    /// malformed values are ignored: a damaged link opens the page as usual.
    pub fn restored(&self, fragment: &str) -> State {
        let mut next = self.clone();
        let known = |id: &str| self.documents.iter().any(|d| d == id);
        for pair in fragment.trim_start_matches('#').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let Some(value) = decode(value) else { continue };
            match key {
                "doc" if known(&value) => next.selected = Some(value),
                "beside" if known(&value) => next.beside = Some(value),
                "in" if known(&value) => next.document_filter = Some(value),
                "comparison" if is_plain(&value) => {
                    next.target = Some(value.clone());
                    next.comparison = Some(value);
                }
                "unit" if is_plain(&value) => next.unit_filter = Some(value),
                "card" if super::permalink::is_link(&value) => next.card = Some(value),
                "verdict" => match value.as_str() {
                    "diverge" => next.verdict_filter = VerdictFilter::Diverge,
                    "agree" => next.verdict_filter = VerdictFilter::Agree,
                    _ => {}
                },
                "q" => next.search = value,
                "fix" => {
                    if let Ok(corrections) = serde_json::from_str(&value) {
                        next.corrections = corrections;
                    }
                }
                _ => {}
            }
        }
        if next.beside == next.selected {
            next.beside = None;
        }
        next
    }

    /// Whether the board shows a comparison: its verdict, its text (see [`State::shows`]), the
    /// documents of its members, and its unit must all pass the filters.
    pub fn shows_comparison(&self, diverges: bool, text: &str, docs: &[&str], unit: &str) -> bool {
        self.shows(diverges, text)
            && self
                .document_filter
                .as_deref()
                .is_none_or(|d| docs.contains(&d))
            && self.unit_filter.as_deref().is_none_or(|u| u == unit)
    }

    /// Whether the board shows a comparison with this verdict (`true` for diverge) and this
    /// text (its label, values, speakers and why, joined).
    pub fn shows(&self, diverges: bool, text: &str) -> bool {
        let verdict = match self.verdict_filter {
            VerdictFilter::All => true,
            VerdictFilter::Diverge => diverges,
            VerdictFilter::Agree => !diverges,
        };
        let text = text.to_lowercase();
        verdict
            && self
                .search
                .to_lowercase()
                .split_whitespace()
                .all(|word| text.contains(word))
    }

    /// The state after `action`. Unknown document ids leave the state as it is: a stale link
    /// must not blank the reader.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SelectDocument(id) => {
                if self.documents.contains(&id) {
                    if next.beside.as_ref() == Some(&id) {
                        next.beside = None;
                    }
                    next.selected = Some(id);
                    next.target = None;
                }
            }
            Action::Open { doc, target } => {
                if self.documents.contains(&doc) {
                    if next.beside.as_ref() == Some(&doc) {
                        next.beside = None;
                    }
                    next.selected = Some(doc);
                    next.target = Some(target);
                }
            }
            Action::TargetShown => next.target = None,
            Action::CardShown => next.card = None,
            Action::Restore(fragment) => {
                // Back and Forward move through views, not through corrections: those stay.
                next = State::new(self.documents.clone()).restored(&fragment);
                next.corrections = self.corrections.clone();
            }
            Action::Correct(correction) => next.corrections.push(correction),
            Action::UndoCorrection => {
                next.corrections.pop();
            }
            Action::ClearCorrections => next.corrections.clear(),
            Action::KeptCorrections(kept) => {
                if self.corrections.is_empty() {
                    next.corrections = kept;
                }
            }
            Action::SelectComparison(id) => next.comparison = Some(id),
            Action::CloseComparison => next.comparison = None,
            Action::SetDocuments { ids, open } => {
                let keep = |id: &Option<String>| id.clone().filter(|d| ids.contains(d));
                next.selected = keep(&open)
                    .or_else(|| keep(&self.selected))
                    .or_else(|| ids.first().cloned());
                next.beside = keep(&self.beside).filter(|b| Some(b) != next.selected.as_ref());
                next.document_filter = keep(&self.document_filter);
                next.target = None;
                next.documents = ids;
            }
            Action::FilterDocument(doc) => next.document_filter = doc,
            Action::FilterUnit(unit) => next.unit_filter = unit,
            Action::Beside(doc) => {
                let known = doc.as_ref().is_none_or(|d| self.documents.contains(d));
                if known {
                    // The open document beside itself is no comparison.
                    next.beside = doc.filter(|d| Some(d) != self.selected.as_ref());
                }
            }
            Action::FilterVerdict(filter) => next.verdict_filter = filter,
            Action::Search(words) => next.search = words,
            Action::Step { forward } => {
                let count = self.documents.len();
                if count > 0 {
                    let current = self
                        .selected
                        .as_ref()
                        .and_then(|s| self.documents.iter().position(|d| d == s));
                    let index = match (current, forward) {
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                        (None, _) => 0,
                    };
                    next.selected = Some(self.documents[index].clone());
                }
            }
        }
        next
    }
}

/// Whether going from the view in fragment `before` to `after` is a step a reader may want to
/// undo with the browser's Back button — another document in the reader, or a jump from the
/// board into one — rather than a filter typed on the board, which only replaces the entry.
pub fn is_navigation(before: &str, after: &str) -> bool {
    let value = |fragment: &str, key: &str| {
        fragment
            .split('&')
            .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            .map(str::to_owned)
    };
    // Not the comparison: opening a row first marks its card, then opens its document, and
    // that is one step.
    ["doc", "beside"]
        .iter()
        .any(|key| value(before, key) != value(after, key))
        && !before.is_empty()
}

/// Percent-encodes all but letters, digits and `-._~`.
pub(crate) fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`] (and `+` for a space); `None` for broken escapes or bytes that are not
/// UTF-8.
pub(crate) fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Ids and unit names: short, no markup.
fn is_plain(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
}

/// A change the reader asks of the document set.
#[derive(Debug, Clone)]
pub enum SetChange {
    /// Documents read from a paste or files, each perhaps with a warning about how it was read.
    Add(Vec<Added>),
    /// The document with this id leaves the set.
    Remove(String),
    /// The document with this id takes the details the reader edited.
    Edit(String, Details),
    /// Back to the page's own articles.
    Reset,
}

/// What a [`SetChange`] makes of the set.
#[derive(Debug, Clone, PartialEq)]
pub struct SetChanged {
    /// The new set; `None` when the set stays as it was.
    pub documents: Option<Vec<Document>>,
    /// The document to open in the reader.
    pub open: Option<String>,
    /// What to tell the reader, in order.
    pub notices: Vec<String>,
}

impl SetChange {
    /// The set `current` becomes under this change; `base` is the page's own articles. Pure,
    /// so that the page's document handling is tested natively.
    pub fn apply(self, current: &[Document], base: &[Document]) -> SetChanged {
        let unchanged = |notices: Vec<String>| SetChanged {
            documents: None,
            open: None,
            notices,
        };
        match self {
            SetChange::Add(added) => {
                let mut documents = current.to_vec();
                let open = added.first().map(|a| a.document.id.clone());
                let count = added.len();
                let mut notices = Vec::new();
                for a in added {
                    notices.extend(a.warning);
                    documents.push(a.document);
                }
                notices.push(format!(
                    "Added {count} {}; the comparison now covers {} {}.",
                    if count == 1 { "document" } else { "documents" },
                    documents.len(),
                    if documents.len() == 1 {
                        "source"
                    } else {
                        "sources"
                    },
                ));
                SetChanged {
                    documents: Some(documents),
                    open,
                    notices,
                }
            }
            SetChange::Remove(id) => {
                let mut documents = current.to_vec();
                let Some(at) = documents.iter().position(|d| d.id == id) else {
                    return unchanged(Vec::new());
                };
                let removed = documents.remove(at);
                SetChanged {
                    documents: Some(documents),
                    open: None,
                    notices: vec![format!("Removed “{}”.", removed.title)],
                }
            }
            SetChange::Edit(id, details) => {
                let mut documents = current.to_vec();
                let Some(document) = documents.iter_mut().find(|d| d.id == id) else {
                    return unchanged(Vec::new());
                };
                match library::edited(document, &details) {
                    Ok(edited) => {
                        let notice = format!("Saved the details of “{}”.", edited.title);
                        *document = edited;
                        SetChanged {
                            documents: Some(documents),
                            open: Some(id),
                            notices: vec![notice],
                        }
                    }
                    Err(why) => unchanged(vec![why]),
                }
            }
            SetChange::Reset => SetChanged {
                documents: Some(base.to_vec()),
                open: None,
                notices: vec!["Back to this page's own articles.".to_owned()],
            },
        }
    }
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(State::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::new(vec!["a".into(), "b".into(), "c".into()])
    }

    #[test]
    fn opening_a_row_is_navigation_and_filtering_is_not() {
        let board = state().fragment();
        let opened = state()
            .reduce(Action::SelectComparison("k1".into()))
            .reduce(Action::Open {
                doc: "b".into(),
                target: "q3".into(),
            });
        assert!(is_navigation(&board, &opened.fragment()));
        let filtered = opened.reduce(Action::Search("cost".into()));
        assert!(!is_navigation(&opened.fragment(), &filtered.fragment()));
        // Back: the earlier fragment restores the earlier view whole, not merged.
        let back = filtered.reduce(Action::Restore(board.clone()));
        assert_eq!(back.fragment(), board);
        assert_eq!((back.selected(), back.comparison()), (Some("a"), None));
    }

    fn dismiss(doc: &str, start: usize) -> Correction {
        use crate::claims::{CorrectionKind, ValueRef};
        Correction {
            kind: CorrectionKind::Dismiss,
            values: vec![ValueRef {
                doc: doc.into(),
                start,
                end: start + 4,
            }],
            label: None,
            speakers: Vec::new(),
        }
    }

    #[test]
    fn corrections_are_undone_last_first_and_all_at_once() {
        let one = state().reduce(Action::Correct(dismiss("a", 10)));
        let two = one.reduce(Action::Correct(dismiss("b", 20)));
        assert_eq!(two.corrections(), [dismiss("a", 10), dismiss("b", 20)]);
        assert_eq!(two.reduce(Action::UndoCorrection), one);
        assert_eq!(two.reduce(Action::ClearCorrections), state());
        assert_eq!(state().reduce(Action::UndoCorrection), state());
    }

    #[test]
    fn corrections_travel_in_the_link_and_survive_back_and_forward() {
        let corrected = state()
            .reduce(Action::Search("cost & time".into()))
            .reduce(Action::Correct(dismiss("b", 20)));
        let fragment = corrected.fragment();
        assert!(
            fragment.contains("&fix=%5B%7B%22kind%22%3A%22dismiss%22"),
            "{fragment}"
        );
        let opened = state().restored(&fragment);
        assert_eq!(opened, corrected);
        // A damaged list is ignored, like any unreadable part of a link.
        assert!(state().restored("fix=%5B%7Bkind").corrections().is_empty());
        // Back to a view from before the correction keeps the correction.
        let back = corrected.reduce(Action::Restore("doc=b".into()));
        assert_eq!(back.corrections(), [dismiss("b", 20)]);
        assert_eq!(back.selected(), Some("b"));
    }

    #[test]
    fn kept_corrections_apply_only_when_the_link_names_none() {
        let kept = vec![dismiss("a", 1)];
        let fresh = state().reduce(Action::KeptCorrections(kept.clone()));
        assert_eq!(fresh.corrections(), kept);
        let linked = state()
            .reduce(Action::Correct(dismiss("c", 5)))
            .reduce(Action::KeptCorrections(kept));
        assert_eq!(linked.corrections(), [dismiss("c", 5)]);
    }

    #[test]
    fn opens_the_first_document() {
        assert_eq!(state().selected(), Some("a"));
        assert_eq!(State::new(vec![]).selected(), None);
    }

    #[test]
    fn selecting_a_known_document_opens_it_and_an_unknown_one_changes_nothing() {
        let s = state().reduce(Action::SelectDocument("c".into()));
        assert_eq!(s.selected(), Some("c"));
        assert_eq!(s.reduce(Action::SelectDocument("zzz".into())), s);
    }

    #[test]
    fn opening_a_comparison_row_shows_its_document_and_targets_its_value_once() {
        let s = state().reduce(Action::Open {
            doc: "b".into(),
            target: "q7".into(),
        });
        assert_eq!((s.selected(), s.target()), (Some("b"), Some("q7")));
        let shown = s.reduce(Action::TargetShown);
        assert_eq!((shown.selected(), shown.target()), (Some("b"), None));
        // A stale link changes nothing.
        let stale = Action::Open {
            doc: "zzz".into(),
            target: "q1".into(),
        };
        assert_eq!(shown.reduce(stale), shown);
    }

    #[test]
    fn the_board_filters_by_verdict_and_by_every_word_searched() {
        let s = state();
        assert!(s.shows(true, "US lead") && s.shows(false, "US lead"));
        let diverging = s.reduce(Action::FilterVerdict(VerdictFilter::Diverge));
        assert!(diverging.shows(true, "x") && !diverging.shows(false, "x"));
        let searched = s.reduce(Action::Search("lead  roe".into()));
        assert!(searched.shows(true, "The lead, says Jane Roe"));
        assert!(!searched.shows(true, "The lead, says John Doe"));
        assert!(
            s.reduce(Action::Search("   ".into()))
                .shows(false, "anything")
        );
    }

    #[test]
    fn filters_by_document_and_unit() {
        let s = state().reduce(Action::FilterDocument(Some("b".into())));
        assert!(s.shows_comparison(true, "x", &["a", "b"], "year"));
        assert!(!s.shows_comparison(true, "x", &["a", "c"], "year"));
        let s = s.reduce(Action::FilterUnit(Some("usd".into())));
        assert!(!s.shows_comparison(true, "x", &["b"], "year"));
        assert!(s.shows_comparison(true, "x", &["b"], "usd"));
        let cleared = s
            .reduce(Action::FilterDocument(None))
            .reduce(Action::FilterUnit(None));
        assert!(cleared.shows_comparison(false, "x", &["c"], "percent"));
    }

    #[test]
    fn a_second_document_opens_beside_the_first_but_not_itself() {
        let s = state().reduce(Action::Beside(Some("b".into())));
        assert_eq!((s.selected(), s.beside()), (Some("a"), Some("b")));
        assert_eq!(s.reduce(Action::Beside(Some("zzz".into()))), s);
        assert_eq!(
            state().reduce(Action::Beside(Some("a".into()))).beside(),
            None
        );
        assert_eq!(s.reduce(Action::Beside(None)).beside(), None);
        // Opening the document that stood beside moves it to the main reader.
        let moved = s.reduce(Action::SelectDocument("b".into()));
        assert_eq!((moved.selected(), moved.beside()), (Some("b"), None));
    }

    #[test]
    fn a_changed_set_keeps_what_still_exists() {
        let s = state()
            .reduce(Action::SelectDocument("b".into()))
            .reduce(Action::Beside(Some("c".into())));
        let added = s.reduce(Action::SetDocuments {
            ids: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            open: Some("d".into()),
        });
        assert_eq!((added.selected(), added.beside()), (Some("d"), Some("c")));
        let removed = s.reduce(Action::SetDocuments {
            ids: vec!["a".into(), "c".into()],
            open: None,
        });
        assert_eq!(
            (removed.selected(), removed.beside()),
            (Some("a"), Some("c"))
        );
        let emptied = s.reduce(Action::SetDocuments {
            ids: vec![],
            open: None,
        });
        assert_eq!((emptied.selected(), emptied.beside()), (None, None));
    }

    #[test]
    fn a_comparison_opens_and_closes_again_without_moving_the_reader() {
        let opened = state()
            .reduce(Action::SelectDocument("b".into()))
            .reduce(Action::SelectComparison("t2".into()));
        assert_eq!(opened.comparison(), Some("t2"));
        let closed = opened.reduce(Action::CloseComparison);
        assert_eq!(closed.comparison(), None);
        assert_eq!(closed.selected(), Some("b"));
        assert!(!closed.fragment().contains("comparison="));
    }

    #[test]
    fn the_view_round_trips_through_the_url_fragment() {
        let s = state()
            .reduce(Action::SelectDocument("b".into()))
            .reduce(Action::Beside(Some("c".into())))
            .reduce(Action::SelectComparison("t2".into()))
            .reduce(Action::FilterVerdict(VerdictFilter::Diverge))
            .reduce(Action::FilterUnit(Some("year".into())))
            .reduce(Action::Search("lead & “gap”".into()));
        let fragment = s.fragment();
        assert_eq!(
            fragment,
            "doc=b&beside=c&comparison=t2&verdict=diverge&unit=year&q=lead%20%26%20%E2%80%9Cgap%E2%80%9D"
        );
        let restored = state().restored(&format!("#{fragment}"));
        assert_eq!(restored.selected(), Some("b"));
        assert_eq!(restored.beside(), Some("c"));
        assert_eq!(restored.comparison(), Some("t2"));
        assert_eq!(
            restored.target(),
            Some("t2"),
            "the comparison is brought into view"
        );
        assert_eq!(restored.verdict_filter, VerdictFilter::Diverge);
        assert_eq!(restored.unit_filter.as_deref(), Some("year"));
        assert_eq!(restored.search, "lead & “gap”");
        assert_eq!(state().fragment(), "doc=a");
    }

    #[test]
    fn a_damaged_fragment_changes_nothing_it_cannot_read() {
        let s = state();
        for fragment in [
            "",
            "#",
            "doc=zzz",
            "doc=%E2%80",
            "doc=%zz",
            "unit=<script>",
            "comparison=a%20b",
            "verdict=maybe&beside=a",
            "&&=&doc",
            "q=%",
        ] {
            assert_eq!(s.restored(fragment), s, "{fragment:?}");
        }
        // What can be read still applies.
        assert_eq!(s.restored("doc=zzz&doc=c&junk").selected(), Some("c"));
    }

    #[test]
    fn a_card_link_is_kept_until_the_card_is_shown() {
        let restored = state().restored("#card=a.10-14~b.3-9");
        assert_eq!(restored.card(), Some("a.10-14~b.3-9"));
        assert_eq!(restored.fragment(), "doc=a&card=a.10-14~b.3-9");
        let shown = restored.reduce(Action::CardShown);
        assert_eq!(shown.card(), None);
        assert_eq!(shown.fragment(), "doc=a");
        for damaged in ["card=", "card=a", "card=a.9-2", "card=%zz"] {
            assert_eq!(state().restored(damaged).card(), None, "{damaged}");
        }
    }

    #[test]
    fn stepping_wraps_around_both_ways() {
        let s = state().reduce(Action::Step { forward: false });
        assert_eq!(s.selected(), Some("c"));
        assert_eq!(
            s.reduce(Action::Step { forward: true }).selected(),
            Some("a")
        );
        assert_eq!(
            State::new(vec![])
                .reduce(Action::Step { forward: true })
                .selected(),
            None
        );
    }

    fn article(id: &str, title: &str) -> Document {
        Document {
            title: title.to_owned(),
            ..Document::from_text(id, format!("{title}\n\nRents rose 4% in March."))
        }
    }

    #[test]
    fn adding_documents_opens_the_first_and_passes_on_their_warnings() {
        let current = [article("a", "Rents rise")];
        let added = vec![
            Added {
                document: article("b", "Rents climb"),
                warning: Some("was not valid UTF-8".to_owned()),
            },
            Added {
                document: article("c", "Rents soar"),
                warning: None,
            },
        ];
        let changed = SetChange::Add(added).apply(&current, &current);
        let ids: Vec<&str> = changed
            .documents
            .as_ref()
            .unwrap()
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(changed.open.as_deref(), Some("b"));
        assert_eq!(
            changed.notices,
            [
                "was not valid UTF-8",
                "Added 2 documents; the comparison now covers 3 sources."
            ]
        );
    }

    #[test]
    fn removing_a_known_document_names_it_and_an_unknown_one_changes_nothing() {
        let current = [article("a", "Rents rise"), article("b", "Rents climb")];
        let changed = SetChange::Remove("a".into()).apply(&current, &[]);
        assert_eq!(changed.documents.unwrap().len(), 1);
        assert_eq!(changed.notices, ["Removed “Rents rise”."]);
        let unchanged = SetChange::Remove("z".into()).apply(&current, &[]);
        assert_eq!(unchanged.documents, None);
        assert!(unchanged.notices.is_empty());
    }

    #[test]
    fn an_edit_keeps_the_document_open_and_a_bad_date_is_refused() {
        let current = [article("a", "Rents rise")];
        let details = |date: &str| Details {
            title: "Rents rise again".to_owned(),
            outlet: "Daily Ledger".to_owned(),
            date: date.to_owned(),
            url: String::new(),
        };
        let changed = SetChange::Edit("a".into(), details("2024-05-02")).apply(&current, &[]);
        let edited = &changed.documents.unwrap()[0];
        assert_eq!(
            (edited.title.as_str(), edited.outlet.as_deref()),
            ("Rents rise again", Some("Daily Ledger"))
        );
        assert_eq!(changed.open.as_deref(), Some("a"));
        let refused = SetChange::Edit("a".into(), details("the day before")).apply(&current, &[]);
        assert_eq!(refused.documents, None);
        assert_eq!(refused.notices.len(), 1);
    }

    #[test]
    fn reset_brings_back_the_pages_own_articles() {
        let base = [article("a", "Rents rise")];
        let current = [article("b", "Rents climb")];
        let changed = SetChange::Reset.apply(&current, &base);
        assert_eq!(changed.documents.as_deref(), Some(&base[..]));
        assert_eq!(changed.notices, ["Back to this page's own articles."]);
    }
}

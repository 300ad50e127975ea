//! What the reader is looking at, and how actions change it: a pure reducer, as in yew's
//! `function_todomvc` example.

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
    /// The reader has scrolled to the target.
    TargetShown,
    FilterVerdict(VerdictFilter),
    Search(String),
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
        }
    }

    /// A state that only filters, for views that hold the filters as props.
    pub fn filtering(verdict_filter: VerdictFilter, search: String) -> State {
        State {
            verdict_filter,
            search,
            ..State::new(Vec::new())
        }
    }

    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    pub fn target(&self) -> Option<&str> {
        self.target.as_deref()
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
                    next.selected = Some(id);
                    next.target = None;
                }
            }
            Action::Open { doc, target } => {
                if self.documents.contains(&doc) {
                    next.selected = Some(doc);
                    next.target = Some(target);
                }
            }
            Action::TargetShown => next.target = None,
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
}

//! What the reader is looking at, and how actions change it: a pure reducer, as in yew's
//! `function_todomvc` example.

/// The view state of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// Ids of the documents, in corpus order.
    documents: Vec<String>,
    /// The document shown in the reader.
    selected: Option<String>,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Show this document in the reader.
    SelectDocument(String),
    /// Show the next (or, with `false`, the previous) document, wrapping around.
    Step { forward: bool },
}

impl State {
    /// The initial state: the first document is open.
    pub fn new(documents: Vec<String>) -> State {
        let selected = documents.first().cloned();
        State {
            documents,
            selected,
        }
    }

    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// The state after `action`. Unknown document ids leave the state as it is: a stale link
    /// must not blank the reader.
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SelectDocument(id) => {
                if self.documents.contains(&id) {
                    next.selected = Some(id);
                }
            }
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

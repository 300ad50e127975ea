//! What surrounds a value without being part of it: the hedge before it ("more than", "~")
//! and the change it states ("rose 60%", "an increase of 5%", "a 3 percent drop").

use super::super::lexicon::{
    ABOUT_AS_TOPIC_AFTER, CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP, CHANGE_WORDS_DOWN, CHANGE_WORDS_UP,
    COUNTED_STOP_WORDS, CURRENCY_WORDS, FRACTIONS, HEDGES, NUMBER_WORDS, ORDINAL_WORDS,
    PARTICLE_VERBS, RATE_CHANGE_WORDS_DOWN, RATE_CHANGE_WORDS_UP, SCALE_WORDS, WordSet, listed,
    lookup, same_word,
};
use super::super::value::{Approx, Change};
use super::Grammar;
use std::sync::OnceLock;

use crate::text::TokenKind;

impl Grammar<'_> {
    /// The hedge that ends right before token `start`: a phrase ("more than") or a sign ("~25").
    pub(super) fn approx_before(&self, start: usize) -> Approx {
        if self.is_symbol(start.wrapping_sub(1), &["~", "≈"]) {
            return Approx::About;
        }
        match self.hedge_phrase_before(start) {
            // "talked about four factors": after a verb of speech or thought, "about" is the
            // preposition of its topic.
            Some((Approx::About, 1))
                if self.lower_of(start - 1) == "about"
                    && listed(ABOUT_AS_TOPIC_AFTER, self.lower_of(start.wrapping_sub(2))) =>
            {
                Approx::Exact
            }
            // "inching back up to 4.8 percent": the way back to a level, not a ceiling.
            Some((Approx::AtMost, 2))
                if self.lower_of(start - 2) == "up"
                    && self.lower_of(start.wrapping_sub(3)) == "back" =>
            {
                Approx::Exact
            }
            // "10 cents higher than a week ago", "$5 more than 2 years ago": right after an
            // amount, a comparison measures that amount against the next, which it leaves
            // unhedged.
            Some((_, 2))
                if self.lower_of(start - 1) == "than"
                    && self.amount_ends_at(start.wrapping_sub(3)) =>
            {
                Approx::Exact
            }
            // "prices are higher than a month ago": a comparison with a time, not a bound on
            // the time ("more than a year ago" still bounds it).
            Some((_, 2))
                if matches!(
                    self.lower_of(start - 2),
                    "higher" | "lower" | "greater" | "larger" | "bigger" | "smaller"
                ) && (start + 1..=start + 3).any(|k| self.lower_of(k) == "ago") =>
            {
                Approx::Exact
            }
            Some((approx, _)) => approx,
            // "has averaged 7.3 points", "entered averaging 15.9 degrees": a figure that sums
            // up many varying ones is a typical value, read as about it (as NewsQuant reads
            // it). "An average of 70 days" states the statistic itself and stays exact.
            None if matches!(
                self.lower_of(start.wrapping_sub(1)),
                "averaged" | "averaging" | "averages"
            ) =>
            {
                Approx::About
            }
            None => Approx::Exact,
        }
    }

    /// Whether token `i` ends an amount written just before it, strictly: a number, "%", a
    /// scale, a lowercase currency word ("Sterling" is a name), or a plural noun right after a
    /// number ("10 cents", "5 points").
    pub(super) fn amount_ends_at(&self, i: usize) -> bool {
        let is_number = |j: usize| {
            self.tok(j)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        };
        let word = self.lower_of(i);
        let lowercase = self.text_of(i).starts_with(char::is_lowercase);
        is_number(i)
            || self.is_symbol(i, &["%"])
            || lookup(SCALE_WORDS, word).is_some()
            || (lowercase && lookup(CURRENCY_WORDS, word).is_some())
            || matches!(word, "percent" | "cent")
            || (lowercase && word.ends_with('s') && is_number(i.wrapping_sub(1)))
    }

    /// Whether the word before token `i` ends an amount: a number, a scale or unit word, or a
    /// plural noun counted by a number just before it ("320,000 GPUs").
    pub(super) fn follows_an_amount(&self, i: usize) -> bool {
        let before = i.wrapping_sub(1);
        let is_number = |j: usize| {
            self.tok(j)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Mixed))
        };
        let word = self.lower_of(before);
        is_number(before)
            || self.is_symbol(before, &["%"])
            || lookup(SCALE_WORDS, word).is_some()
            || lookup(CURRENCY_WORDS, word).is_some()
            || matches!(word, "percent" | "cent")
            || (word.ends_with('s')
                && (is_number(before.wrapping_sub(1)) || is_number(before.wrapping_sub(2))))
    }

    /// The hedge phrase ending right before `start`, with its length in tokens.
    pub(super) fn hedge_phrase_before(&self, start: usize) -> Option<(Approx, usize)> {
        // Most words before a number end no hedge: ask the set of last words first.
        static LAST_WORDS: OnceLock<WordSet> = OnceLock::new();
        let previous = self.lower_of(start.wrapping_sub(1));
        let last_words = LAST_WORDS.get_or_init(|| {
            WordSet::new(
                HEDGES
                    .iter()
                    .filter_map(|(phrase, _)| phrase.last().copied()),
            )
        });
        if !last_words.contains(previous) {
            return None;
        }
        HEDGES.iter().find_map(|(phrase, approx)| {
            let n = phrase.len();
            (start >= n
                && same_word(phrase[n - 1], previous)
                && (0..n).all(|k| same_word(self.lower_of(start - n + k), phrase[k])))
            .then_some((*approx, n))
        })
    }

    /// A change stated before the quantity: "rose 60%", "fell by about $2", "up 9.4 per
    /// cent", "an increase of 5%".
    pub(super) fn change_before(&self, start: usize) -> Option<Change> {
        let mut k = self.before_amount_hedge(start)?;
        k -= self.amount_words_before(k);
        let by = self.lower_of(k.wrapping_sub(1)) == "by";
        if by {
            k -= 1;
        }
        let word = self.lower_of(k.wrapping_sub(1));
        if word == "of" {
            return change_noun(self.lower_of(k.wrapping_sub(2)));
        }
        if let Some(change) = self.change_word(k.wrapping_sub(1)) {
            return Some(change);
        }
        if by && let Some(change) = self.rate_change_word(k.wrapping_sub(1)) {
            return Some(change); // "raised fees by 8%"
        }
        // "grow sales by 35 per cent", "were down 2.3%, Burlington by 2.6%", "cut the risk
        // of death by 25 per cent": "by" measures the change of a verb a few words back, over
        // its object or an elided repeat.
        // A verb with other senses only over its object ("raised parking fees by 8%"), not
        // across a clause ("recovering after shot by …").
        if by {
            let mut over_object = true;
            for back in 1..=6 {
                let at = k.wrapping_sub(back);
                let word = self.lower_of(at);
                let change = self
                    .change_word(at)
                    .or_else(|| over_object.then(|| self.rate_change_word(at)).flatten());
                if change.is_some() {
                    return change;
                }
                over_object &= self.is_object_word(at);
                let stop = word.is_empty()
                    || matches!(word, "by" | "than" | "to" | "from" | "with" | "." | ";")
                    || (word.len() > 3 && (word.ends_with("ed") || word.ends_with("en")));
                if stop {
                    break;
                }
            }
        }
        None
    }

    /// Where a change word would end before the quantity at token `start`: before a hedge of
    /// its amount ("rose *more than* 5%"), or `None` when the hedge bounds the level reached
    /// ("rose *as high as* $120"), which states no amount of change.
    fn before_amount_hedge(&self, start: usize) -> Option<usize> {
        match self.hedge_phrase_before(start) {
            Some(_) if self.bounds_a_level(start) => None,
            Some((_, n)) => Some(start - n),
            None => Some(start),
        }
    }

    /// Whether the hedge ending before token `k` bounds the level a change reached rather
    /// than its amount: "rose as high as $120", "tumbled below $30,000", "climbed above 5%",
    /// "fell shy of 100 km" (but "rose as much as 5%", "rose more than 5%", "rose under 4%"
    /// bound the amount).
    fn bounds_a_level(&self, k: usize) -> bool {
        // "fell shy of 100 km", "fell just short of 60 percent": a mark missed, not a fall.
        let missed = self.lower_of(k.wrapping_sub(1)) == "of"
            && matches!(self.lower_of(k.wrapping_sub(2)), "shy" | "short");
        missed
            || matches!(self.lower_of(k.wrapping_sub(1)), "below" | "above")
            || (self.lower_of(k.wrapping_sub(1)) == "as"
                && matches!(self.lower_of(k.wrapping_sub(2)), "high" | "low"))
    }

    /// How many tokens before token `k` say how the amount strikes the writer or what part
    /// of a whole it is, between a verb of change and its amount: "rose only 0.5%", "added
    /// another $5 million", "plunged a staggering $10", "rose an average of 5.6%", "fell a
    /// total of 12%". Not "just": "grew by just 3%" states the amount as exact, and NewsQuant's
    /// guidelines read "just" as such a bound, which wins over the change.
    fn amount_words_before(&self, k: usize) -> usize {
        let word = self.lower_of(k.wrapping_sub(1));
        if matches!(word, "only" | "merely" | "another") {
            return 1;
        }
        let article = |i: usize| matches!(self.lower_of(i), "a" | "an");
        if word == "of"
            && matches!(self.lower_of(k.wrapping_sub(2)), "average" | "total")
            && article(k.wrapping_sub(3))
        {
            return 3;
        }
        // "up by a third from 2001": a fraction or number word is the amount itself.
        let adjective = self
            .tok(k.wrapping_sub(1))
            .is_some_and(|t| t.kind == TokenKind::Word)
            && !listed(COUNTED_STOP_WORDS, word)
            && lookup(FRACTIONS, word).is_none()
            && lookup(NUMBER_WORDS, word).is_none()
            && lookup(ORDINAL_WORDS, word).is_none()
            && lookup(SCALE_WORDS, word).is_none();
        if adjective && article(k.wrapping_sub(2)) {
            return 2;
        }
        0
    }

    /// The direction a change verb or adverb at token `i` states: "rose", "plunged", "up".
    pub(super) fn change_word(&self, i: usize) -> Option<Change> {
        let word = self.lower_of(i);
        if !may_state_a_change(word) {
            return None;
        }
        // "the index was off 0.4%", "closed off 2%": a fall after a form of "be" or a verb
        // of where trading ended ("took off 5 points", "cut off 3 towns" are no change).
        if word == "off" {
            let verb = self.lower_of(i.wrapping_sub(1));
            let states_a_level = matches!(
                verb,
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "closed"
                    | "ended"
                    | "finished"
                    | "settled"
                    | "traded"
                    | "trading"
            );
            return states_a_level.then_some(Change::Down);
        }
        if matches!(word, "up" | "down") {
            let verb = self.lower_of(i.wrapping_sub(1));
            // "gave up 517 yards"; but "ended down 1%" is a fall.
            let phrasal =
                listed(PARTICLE_VERBS, verb) && !(word == "down" && verb.starts_with("end"));
            if phrasal {
                return None;
            }
        }
        direction_in(word, CHANGE_WORDS_UP, CHANGE_WORDS_DOWN)
    }

    /// A change a verb of [`RATE_CHANGE_WORDS_UP`] / [`RATE_CHANGE_WORDS_DOWN`] states right
    /// before a rate: "the pound recovered 1.2%", "hiked rates 25 basis points" (the caller
    /// knows the unit; "recovered 12 bodies" is no change).
    /// The verb may stand before its object: "cut rates 0.25 points", "lifted its mortgage
    /// rate 0.3 percentage points" (the verbs of [`Self::change_before`] too, which reads
    /// only the word right before).
    pub(super) fn rate_change_before(&self, start: usize) -> Option<Change> {
        let k = self.before_amount_hedge(start)?;
        if let Some(change) = self.rate_change_word(k.wrapping_sub(1)) {
            return Some(change);
        }
        // "the shares gave up 3%", "gave back 1.5 points": a rate given up is a fall ("gave
        // up 517 yards" is a count).
        if matches!(self.lower_of(k.wrapping_sub(1)), "up" | "back")
            && matches!(
                self.lower_of(k.wrapping_sub(2)),
                "gave" | "give" | "gives" | "given" | "giving"
            )
        {
            return Some(Change::Down);
        }
        for back in 2..=4 {
            if !self.is_object_word(k.wrapping_sub(back - 1)) {
                return None;
            }
            let verb = k.wrapping_sub(back);
            let change = self
                .change_word(verb)
                .or_else(|| self.rate_change_word(verb));
            if change.is_some() {
                return change;
            }
        }
        None
    }

    /// Whether token `i` can be part of a verb's object between the verb and the amount: a
    /// determiner or a word that is neither a function word nor a participle ("its mortgage
    /// rate", "parking fees").
    fn is_object_word(&self, i: usize) -> bool {
        const DETERMINERS: &[&str] = &[
            "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "these",
            "those",
        ];
        let word = self.lower_of(i);
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Word)
            && (listed(DETERMINERS, word)
                || !(listed(COUNTED_STOP_WORDS, word)
                    || (word.len() > 3 && (word.ends_with("ed") || word.ends_with("en")))))
    }

    fn rate_change_word(&self, i: usize) -> Option<Change> {
        let word = self.lower_of(i);
        if !may_state_a_change(word) {
            return None;
        }
        direction_in(word, RATE_CHANGE_WORDS_UP, RATE_CHANGE_WORDS_DOWN)
    }

    /// A change named right after the quantity: "a 3 percent drop", "a 5% increase".
    pub(super) fn change_after(&self, end: usize) -> Option<Change> {
        change_noun(self.lower_of(end))
    }
}

/// Whether `word` is on any list of words that state a change: most words near a number are
/// on none, and one set answers that before the lists are scanned for the direction.
fn may_state_a_change(word: &str) -> bool {
    static CHANGE_WORDS: OnceLock<WordSet> = OnceLock::new();
    CHANGE_WORDS
        .get_or_init(|| {
            WordSet::new(
                [
                    CHANGE_WORDS_UP,
                    CHANGE_WORDS_DOWN,
                    RATE_CHANGE_WORDS_UP,
                    RATE_CHANGE_WORDS_DOWN,
                    CHANGE_NOUNS_UP,
                    CHANGE_NOUNS_DOWN,
                ]
                .into_iter()
                .flatten()
                .copied(),
            )
        })
        .contains(word)
}

pub(super) fn change_noun(word: &str) -> Option<Change> {
    if !may_state_a_change(word) {
        return None;
    }
    direction_in(word, CHANGE_NOUNS_UP, CHANGE_NOUNS_DOWN)
}

/// The direction `word` states by being on the list of rises `up` or of falls `down`.
fn direction_in(word: &str, up: &[&str], down: &[&str]) -> Option<Change> {
    if listed(up, word) {
        Some(Change::Up)
    } else if listed(down, word) {
        Some(Change::Down)
    } else {
        None
    }
}

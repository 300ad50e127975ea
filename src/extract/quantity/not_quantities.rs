//! Numbers that are not quantities: phone numbers, clock times, scores ("2-0"), product and
//! model names ("Llama 3.1", "787 Dreamliner"), labels ("category 4", "top-10") and street
//! addresses. The grammar asks these before it takes a number as a measurement.

use std::ops::Not;

use super::super::lexicon::{
    COUNTED_STOP_WORDS, LABEL_NOUNS, MONTHS, NUMBER_WORDS, listed, lookup,
};
use super::numbers::is_ordinal_suffix;
use super::{Grammar, NumeralKind, Side};
use crate::text::TokenKind;

impl Grammar<'_> {
    /// Whether the number at `i` is a number of its own, not part of a name, a time, a
    /// version, a score or a list marker.
    pub(super) fn stands_alone(&self, i: usize) -> bool {
        if self.is_phone_number(i)
            || self.is_clock_time(i)
            || self.is_emergency_line(i)
            || self.is_military_time(i)
        {
            return false;
        }
        let glued_before = self.is_glued(i) && i > 0;
        if glued_before {
            let prev = self.text_of(i - 1);
            let before_prev = self.tok(i.wrapping_sub(2));
            // "GPT-4", "COVID-19", "COVID -19": a name joined to the number by a hyphen;
            // "2-0": the second half of a score or of a range already read.
            let name_before = self.text_of(i.wrapping_sub(2));
            let acronym =
                name_before.len() >= 2 && name_before.chars().all(|c| c.is_ascii_uppercase());
            if prev == "-"
                && ((self.is_glued(i - 1)
                    && (name_before.starts_with(char::is_uppercase)
                        || before_prev.is_some_and(|t| t.kind == TokenKind::Number)))
                    || acronym)
            {
                return false;
            }
            // "1.2.3", "#5", "@2", "1/16"
            if matches!(prev, "." | "#" | "@" | "/" | ":" | "_" | "⁄") {
                return false;
            }
        }
        let next = self.text_of(i + 1);
        let glued_after = self.is_glued(i + 1);
        let number_follows = self
            .tok(i + 2)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.spaced);
        // Clock times, ratios and fractions: "15:48", "1/16".
        if glued_after
            && matches!(next, ":" | "/" | "⁄" | "×")
            && number_follows
            && self.scientific(i + 1).is_none()
        {
            return false;
        }
        // List markers and section numbers: "2.Promote", or "2." opening a sentence.
        if glued_after && next == "." && (i == 0 || self.tok(i + 2).is_some_and(|t| !t.spaced)) {
            return false;
        }
        true
    }

    /// Telephone numbers: groups of digits after a leading zero ("020 7946 0958"), a
    /// three-digit exchange before four digits ("555-0199"), an area code in parentheses
    /// ("(212) 555-0199"), three or more groups joined by hyphens ("1-800-273-8255").
    pub(super) fn is_phone_number(&self, i: usize) -> bool {
        let Some(tok) = self.tok(i).filter(|t| t.kind == TokenKind::Number) else {
            return false;
        };
        let text = self.text_of(i);
        let plain = |j: usize, len: usize| {
            self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                && self.text_of(j).len() == len
                && self.text_of(j).bytes().all(|b| b.is_ascii_digit())
        };
        // A leading-zero group with another group after it: "020 7946".
        let leading_zero = text.len() >= 2
            && text.starts_with('0')
            && text.as_bytes()[1].is_ascii_digit()
            && !text.contains('.')
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.spaced);
        let exchange = plain(i, 3)
            && self.is_symbol(i + 1, &["-", "."])
            && self.is_glued(i + 1)
            && self.is_glued(i + 2)
            && plain(i + 2, 4)
            // "500-1000 people", "100-2500" are ranges of round numbers.
            && self
                .text_of(i + 2)
                .parse::<u32>()
                .is_ok_and(|line| line % 50 != 0);
        let area_code = plain(i, 3)
            && tok.spaced.not()
            && self.is_symbol(i.wrapping_sub(1), &["("])
            && self.is_symbol(i + 1, &[")"])
            && plain(i + 2, 3);
        let leading_zero_at = |j: usize| {
            let text = self.text_of(j);
            self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                && text.len() >= 2
                && text.starts_with('0')
                && text.as_bytes()[1].is_ascii_digit()
        };
        // "020 7946 0958": the groups after a leading-zero group.
        let later_group = tok.spaced
            && i > 0
            && (leading_zero_at(i - 1)
                || (self.tok(i - 1).is_some_and(|t| t.kind == TokenKind::Number)
                    && self.is_phone_number(i - 1)));
        // "1-800-273-8255", "+1-222-2222-2222": three or more groups joined by hyphens are
        // a number to dial or a code (a "4-3-3" formation), never a range.
        let digits_at = |j: usize| {
            self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                && self.text_of(j).bytes().all(|b| b.is_ascii_digit())
        };
        let joined_at = |j: usize| {
            self.is_symbol(j, &["-"])
                && self.is_glued(j)
                && self.is_glued(j + 1)
                && digits_at(j + 1)
        };
        let hyphen_chain = digits_at(i) && joined_at(i + 1) && joined_at(i + 3);
        leading_zero || exchange || area_code || later_group || hyphen_chain
    }

    /// "called 911", "a 999 call", "told 911 dispatchers": an emergency line, the most common
    /// number in local crime reports and never a count there. Only the lines' own numbers, and
    /// only beside a word of calling, since "112" or "999" can count things elsewhere.
    fn is_emergency_line(&self, i: usize) -> bool {
        const LINES: &[&str] = &["911", "999", "112", "000"];
        const CALLING_BEFORE: &[&str] = &[
            "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
            "dialling", "phoned", "phoning", "to", "by",
        ];
        // A singular noun after the number makes it a modifier ("a 911 call"); a plural may be
        // what it counts ("the hotline took 999 calls") unless a determiner or a count comes
        // first ("two 911 calls", "the 911 tapes").
        const LINE_NOUNS: &[&str] = &[
            "call",
            "caller",
            "dispatch",
            "dispatcher",
            "dispatchers",
            "operator",
            "center",
            "centre",
            "line",
            "recording",
            "tape",
            "audio",
            "hang-up",
            "hangup",
            "system",
            "service",
        ];
        const LINE_NOUNS_PLURAL: &[&str] = &[
            "calls",
            "callers",
            "operators",
            "centers",
            "centres",
            "lines",
            "recordings",
            "tapes",
            "services",
        ];
        const DETERMINERS: &[&str] = &[
            "a", "an", "the", "his", "her", "their", "its", "our", "several", "multiple", "many",
            "two", "three", "four", "five", "numerous", "repeated", "frantic", "those", "these",
        ];
        let written = self.text_of(i);
        let next = self.lower_of(i + 1);
        let before = if i > 0 { self.lower_of(i - 1) } else { "" };
        listed(LINES, written)
            && self.tok(i).is_some_and(|t| t.kind == TokenKind::Number)
            && (listed(CALLING_BEFORE, before)
                || listed(LINE_NOUNS, next)
                || (listed(LINE_NOUNS_PLURAL, next) && listed(DETERMINERS, before)))
    }

    /// "at 0533 hours", "around 1430 hrs": police write the time of day as four digits before
    /// "hours". A leading zero says so by itself; otherwise "at" (or "until", "after",
    /// "before") must, with at most a hedge between: "about 1200 hours of work" is a count.
    fn is_military_time(&self, i: usize) -> bool {
        let written = self.text_of(i);
        let clock = written.len() == 4
            && written.bytes().all(|b| b.is_ascii_digit())
            && written[..2].parse::<u32>().is_ok_and(|h| h < 24)
            && written[2..].parse::<u32>().is_ok_and(|m| m < 60);
        let hours = matches!(self.lower_of(i + 1), "hours" | "hrs" | "hr");
        let at = |j: usize| matches!(self.lower_of(j), "at" | "until" | "after" | "before");
        let hedge = |j: usize| matches!(self.lower_of(j), "approximately" | "around" | "about");
        let at = i > 0 && (at(i - 1) || (i > 1 && hedge(i - 1) && at(i - 2)));
        clock && hours && (written.starts_with('0') || at)
    }

    /// "5 pm", "10 a.m.": a clock time written with a space.
    pub(super) fn is_clock_time(&self, i: usize) -> bool {
        let next = self.lower_of(i + 1);
        matches!(next, "am" | "pm")
            || (matches!(next, "a" | "p")
                && self.is_symbol(i + 2, &["."])
                && self.is_glued(i + 2)
                && self.lower_of(i + 3) == "m")
    }

    /// "2-0", "89-89": two bare numbers joined by a hyphen, the first not below the second,
    /// are a result or a code, never a range.
    pub(super) fn is_score(&self, connector: usize, first: &Side) -> bool {
        let bare = first.unit.is_none() && first.currency.is_none() && !first.scaled;
        let tight = self.is_symbol(connector, &["-", "–"])
            && self.is_glued(connector)
            && self.is_glued(connector + 1);
        if !(bare && tight) {
            return false;
        }
        match self.numeral(connector + 1, false) {
            Some(second) if second.kind != NumeralKind::Words => {
                let after = self.unit_after(second.end);
                after.is_none() && first.numeral.value() >= second.value()
            }
            _ => false,
        }
    }

    /// A version number after a product name ("Llama 3.1", "iPhone 11", "Note 20") or a
    /// label ("category 4", "Unit 3"): a bare count right after a word with a capital letter
    /// that does not open the sentence, or after a noun that labels by number.
    pub(super) fn is_product_version(&self, start: usize, side: &Side) -> bool {
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        let digits = matches!(side.numeral.kind, NumeralKind::Digits);
        let after_name = start >= 2
            && self
                .tok(start - 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.text_of(start - 1).chars().any(char::is_uppercase)
            && lookup(MONTHS, self.lower_of(start - 1)).is_none();
        let after_label = start >= 1 && listed(LABEL_NOUNS, self.lower_of(start - 1));
        bare && digits && (after_name || after_label || self.opens_with_a_name(start, side))
    }

    /// "Widget 4 will ship in May": a name that opens the sentence with a bare number after
    /// it, which an auxiliary verb follows, is a product or version (a capital there says
    /// nothing by itself, so a determiner, quantifier or hedge keeps its count: "Another 12
    /// were hurt", "Only 3 have left").
    fn opens_with_a_name(&self, start: usize, side: &Side) -> bool {
        const OPENERS: &[&str] = &[
            "about", "after", "all", "almost", "and", "another", "around", "at", "but", "by",
            "each", "even", "every", "for", "from", "in", "just", "nearly", "of", "on", "only",
            "over", "roughly", "so", "some", "than", "that", "the", "these", "those", "to",
            "under", "up", "with",
        ];
        const AUXILIARIES: &[&str] = &[
            "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might",
            "should", "was", "were", "will", "would",
        ];
        start == 1
            && self.tok(0).is_some_and(|t| t.kind == TokenKind::Word)
            && self.text_of(0).starts_with(char::is_uppercase)
            && !listed(OPENERS, self.lower_of(0))
            && lookup(MONTHS, self.lower_of(0)).is_none()
            && listed(AUXILIARIES, self.lower_of(side.end))
    }

    /// "Roe: 4 Started the game slowly": a bare number after a colon, before a capitalised
    /// word that is not a plural noun and takes a determiner after it as its object, is a
    /// rating or a list marker, not a count. A headline after a colon keeps its count ("UPDATE:
    /// 2 Killed in Crash", "Police: 1 Dead, 3 Hurt", "4 People Shot").
    pub(super) fn is_rating_after_colon(&self, start: usize, side: &Side) -> bool {
        const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "this"];
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        let next = self.text_of(side.end);
        bare && matches!(side.numeral.kind, NumeralKind::Digits)
            && start >= 1
            && self.is_symbol(start - 1, &[":"])
            && self
                .tok(side.end)
                .is_some_and(|t| t.kind == TokenKind::Word && t.spaced)
            && next.starts_with(char::is_uppercase)
            && !next.ends_with('s')
            && self.text_of(side.end + 1).starts_with(char::is_lowercase)
            && listed(DETERMINERS, self.lower_of(side.end + 1))
    }

    /// Whether a street name follows token `i`: up to three capitalised words or ordinals
    /// ("E 71st", "Zorro Ranch", "El Brillo") and a street word ("St", "Road", "Way"), or the
    /// street word first ("Ave Foch"). A lowercase noun after it makes the street a modifier
    /// of what is counted ("30 Wall Street banks").
    pub(super) fn street_follows(&self, i: usize) -> bool {
        const STREET_WORDS: &[&str] = &[
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "way",
            "lane",
            "ln",
            "drive",
            "boulevard",
            "blvd",
            "place",
            "court",
            "terrace",
            "crescent",
            "parkway",
            "plaza",
            "square",
        ];
        for j in i..i + 4 {
            let Some(tok) = self.tok(j) else {
                return false;
            };
            let text = self.text_of(j);
            let capitalised = text.starts_with(|c: char| c.is_uppercase());
            if tok.kind == TokenKind::Word && capitalised && listed(STREET_WORDS, self.lower_of(j))
            {
                let mut after = j + 1;
                if self.is_symbol(after, &["."]) {
                    after += 1;
                }
                let lowercase_noun = self.tok(after).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && self.text_of(after).starts_with(|c: char| c.is_lowercase())
                        && !listed(COUNTED_STOP_WORDS, self.lower_of(after))
                });
                // "St Louis" is a saint.
                let saint = self.lower_of(j) == "st"
                    && self.text_of(after).starts_with(|c: char| c.is_uppercase());
                return !lowercase_noun && !saint;
            }
            let ordinal = tok.kind == TokenKind::Mixed
                && text
                    .find(|c: char| c.is_alphabetic())
                    .is_some_and(|at| is_ordinal_suffix(&text[..at], &text[at..]));
            if !(capitalised && tok.kind == TokenKind::Word || ordinal) || !tok.spaced {
                return false;
            }
        }
        false
    }

    /// Whether the words after token `i` say the number before them is a code: "the 90049 ZIP
    /// Code", "the 3121 postcode", "a 212 area code".
    pub(super) fn code_follows(&self, i: usize) -> bool {
        match self.lower_of(i) {
            "postcode" | "zipcode" | "zip-code" => true,
            "zip" | "postal" | "area" | "post" | "dialling" | "dialing" => {
                self.lower_of(i + 1) == "code"
            }
            _ => false,
        }
    }

    /// Whether the bare number at `start` (ending at `end`) names a model: an integer from 10
    /// that is not a round count, followed by a capitalised singular word that is not an
    /// acronym or a month ("787 Dreamliner", "737 Max", "11 Pro"). A count of capitalised
    /// things is plural ("13 Republicans") or round ("20 NATO members"), unless a count
    /// already stands before the number ("two new 737 Max jets").
    pub(super) fn model_name_follows(&self, start: usize, end: usize) -> bool {
        let digits = self.text_of(start);
        let Ok(number) = digits.parse::<u32>() else {
            return false;
        };
        let Some(next) = self.tok(end) else {
            return false;
        };
        let name = self.text_of(end);
        end == start + 1
            && number >= 10
            && number % 10 != 0
            && next.kind == TokenKind::Word
            && next.spaced
            && name.starts_with(char::is_uppercase)
            && name.chars().skip(1).any(char::is_lowercase)
            && !name.ends_with('s')
            && lookup(MONTHS, self.lower_of(end)).is_none()
            // "17 American sailors", "29 New Yorkers", "58 Fortune 500 companies": a plural or
            // a number right after the name makes it a count of those.
            && (self.counted_before(start) || !(end + 1..end + 3).any(|j| {
                let word = self.lower_of(j);
                self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
                    || (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss"))
            }))
            // Headlines capitalise counts too: "86 Sick, 13 Injured", "14 People Shot".
            && !self.lower_of(end).ends_with("ed")
            && !matches!(
                self.lower_of(end),
                "dead" | "sick" | "hurt" | "shot" | "missing" | "people" | "men" | "women" | "children"
            )
    }

    /// Whether a count stands right before token `start`, or one word before it that is not
    /// a connective: "two 737 Max jets", "two new 737 Max jets" ("17 and 29 New Yorkers" are
    /// two counts).
    fn counted_before(&self, start: usize) -> bool {
        let is_count = |i: usize| {
            self.tok(i).is_some_and(|t| t.kind == TokenKind::Number)
                || lookup(NUMBER_WORDS, self.lower_of(i)).is_some()
        };
        let connective = |word: &str| {
            matches!(
                word,
                "and" | "or" | "to" | "of" | "by" | "from" | "than" | "and/or" | "nor"
            )
        };
        (start >= 1 && is_count(start - 1))
            || (start >= 2
                && self
                    .tok(start - 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && !connective(self.lower_of(start - 1))
                && is_count(start - 2))
    }

    /// "last-32", "top-10", "under-21": a lowercase word joined by a hyphen to a bare number
    /// names a stage or a rank. With a unit it is a measure ("sub-7 nanometre", "now-18
    /// month-old").
    pub(super) fn is_hyphen_label(&self, start: usize, side: &Side) -> bool {
        let bare = side.currency.is_none() && side.unit.is_none() && !side.scaled;
        bare && start >= 2
            && self.is_symbol(start - 1, &["-"])
            && self.is_glued(start)
            && self.is_glued(start - 1)
            && self
                .tok(start - 2)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && !matches!(self.lower_of(start - 2), "minus" | "sub")
    }
}

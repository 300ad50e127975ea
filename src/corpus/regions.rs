//! Which part of a scraped page a line belongs to: the headline, the article body, teasers of
//! other articles, or site boilerplate (navigation, datelines, disclaimers, counters).
//!
//! Scraped pages carry more than the article. Numbers in a copyright line ("2007~2025") or in a
//! teaser for another story are real text but not claims of this article, so every span is
//! labelled with its region and later stages decide what to compare. The signals are general:
//! line shape (breadcrumbs, bare URLs, datelines, counters) and a small lexicon of web
//! boilerplate openers, never the strings of particular sites.

use serde::{Deserialize, Serialize};

/// The part of a page a span lies in, as named in claims/1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Title,
    Body,
    /// Blocks that advertise articles ("You may also like…"), or repeat this one's summary.
    Teaser,
    Boilerplate,
    /// Author biographies.
    Bio,
}

impl Region {
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Title => "title",
            Region::Body => "body",
            Region::Teaser => "teaser",
            Region::Boilerplate => "boilerplate",
            Region::Bio => "bio",
        }
    }
}

/// A byte range of a document and its region. Ranges are sorted and do not overlap; text not
/// covered by any range (blank lines) is body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionSpan {
    pub start: usize,
    pub end: usize,
    pub region: Region,
}

/// Lines that open the page's footer: everything from such a line on is boilerplate.
const FOOTER_OPENERS: &[&str] = &[
    "disclaimer:",
    "copyright",
    "©",
    "all rights reserved",
    "tag:",
    "tags:",
    "share this",
    "follow us",
    "powered by",
    "about the author",
    "sign up for",
    "subscribe to",
];

/// Lines that open a block of teasers for other articles.
const TEASER_OPENERS: &[&str] = &[
    "you may also like",
    "you might also like",
    "related articles",
    "related stories",
    "related posts",
    "read more",
    "more stories",
    "recommended for you",
    "most popular",
    "trending now",
];

/// Labels the non-blank lines of `text`. `title` is the document's known headline (it may be
/// spelled with glued words in the text, so it is matched on letters and digits only).
pub fn regions(text: &str, title: &str) -> Vec<RegionSpan> {
    let title_key = letters_and_digits(title);
    let mut spans = Vec::new();
    // A text file's metadata header ("Title: …", "Source: …", front matter) is furniture,
    // except that its title line is the headline.
    let header = super::header(text);
    let header_end = header.as_ref().map_or(0, |h| h.end);
    if let Some(header) = &header {
        spans.extend(
            header
                .lines
                .iter()
                .map(|&(start, end, is_title)| RegionSpan {
                    start,
                    end,
                    region: if is_title {
                        Region::Title
                    } else {
                        Region::Boilerplate
                    },
                }),
        );
    }
    let mut tail: Option<Region> = None;
    let mut offset = 0;
    for raw_line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        let trimmed = raw_line.trim();
        if trimmed.is_empty() || line_start < header_end {
            continue;
        }
        let start = line_start + (raw_line.len() - raw_line.trim_start().len());
        let end = start + trimmed.len();
        // Openers are short: the lowercased head of the line is enough to match them.
        let head_end = trimmed
            .char_indices()
            .nth(40)
            .map_or(trimmed.len(), |(i, _)| i);
        let lower = trimmed[..head_end].to_lowercase();

        if starts_with_any(&lower, FOOTER_OPENERS) {
            tail = Some(Region::Boilerplate);
        } else if tail != Some(Region::Boilerplate) && starts_with_any(&lower, TEASER_OPENERS) {
            tail = Some(Region::Teaser);
        }
        if let Some(region) = tail {
            spans.push(RegionSpan { start, end, region });
            continue;
        }
        if is_chrome_line(trimmed) {
            spans.push(RegionSpan {
                start,
                end,
                region: Region::Boilerplate,
            });
            continue;
        }
        match title_prefix_len(trimmed, &title_key) {
            Some(len) if len == trimmed.len() => {
                spans.push(RegionSpan {
                    start,
                    end,
                    region: Region::Title,
                });
            }
            // The headline glued to the page's summary of the article, as scrapers of
            // description metadata leave it: the rest repeats the body.
            Some(len) => {
                spans.push(RegionSpan {
                    start,
                    end: start + len,
                    region: Region::Title,
                });
                spans.push(RegionSpan {
                    start: start + len,
                    end,
                    region: Region::Teaser,
                });
            }
            None => spans.push(RegionSpan {
                start,
                end,
                region: Region::Body,
            }),
        }
    }
    spans
}

/// The region at byte `pos`, given spans from [`regions`].
pub fn region_at(spans: &[RegionSpan], pos: usize) -> Region {
    let i = spans.partition_point(|span| span.end <= pos);
    spans
        .get(i)
        .filter(|span| span.start <= pos)
        .map_or(Region::Body, |span| span.region)
}

/// Role nouns that author biographies use ("X is a technology executive", "…a partner at").
const BIO_ROLES: &[&str] = &[
    "author",
    "professor",
    "executive",
    "journalist",
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "analyst",
    "researcher",
    "scientist",
    "fellow",
    "director",
    "founder",
    "president",
    "partner",
    "lecturer",
    "economist",
    "columnist",
    "contributor",
    "consultant",
    "investor",
    "entrepreneur",
    "lawyer",
    "historian",
    "scholar",
    "engineer",
    "advisor",
    "adviser",
    "officer",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "student",
    "candidate",
    "strategist",
];

/// The region of each sentence: its line's region, except that author biographies inside
/// body text are found by their shape. A bio opens with a name and "is"/"was" and names a
/// role ("Jane Roe is a professor of…"), sits in the last part of the page, and runs to the
/// end of its paragraph ("He advises…").
pub fn sentence_regions(
    text: &str,
    sentences: &[crate::text::Span],
    spans: &[RegionSpan],
) -> Vec<Region> {
    const BIO_ZONE: f64 = 0.6;
    let mut out = Vec::with_capacity(sentences.len());
    let mut bio_until = None;
    for sentence in sentences {
        let region = region_at(spans, sentence.start);
        let in_bio = bio_until.is_some_and(|end| sentence.start < end);
        let late = sentence.start as f64 >= text.len() as f64 * BIO_ZONE;
        if region == Region::Body && (in_bio || (late && is_bio_sentence(sentence.of(text)))) {
            if !in_bio {
                let paragraph_end = text[sentence.start..]
                    .find('\n')
                    .map_or(text.len(), |i| sentence.start + i);
                bio_until = Some(paragraph_end);
            }
            out.push(Region::Bio);
        } else {
            out.push(region);
        }
    }
    out
}

/// "Jane Roe is a professor…", "Jane Roe Jane Roe is apartner…" (scraped bios repeat the
/// name as a heading and glue words).
fn is_bio_sentence(sentence: &str) -> bool {
    bio_subject(sentence).is_some()
}

/// The person an author biography is about, and the role it gives them: "Jane Roe Jane Roe is
/// a senior fellow at …" → ("Jane Roe", "a senior fellow at …"). A name repeated as a heading
/// before the sentence counts once.
pub fn bio_subject(sentence: &str) -> Option<(String, String)> {
    const ROLE_WINDOW: usize = 12;
    const ROLE_WORDS: usize = 8;
    // Asked of every late sentence: most fail at once, on a word before the verb that is not
    // capitalised, or on a ninth word before it.
    let mut before_verb = 0;
    for word in sentence.split_whitespace() {
        if matches!(word, "is" | "was" | "serves") {
            break;
        }
        before_verb += 1;
        if before_verb > 8 || !word.starts_with(char::is_uppercase) {
            return None;
        }
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let verb = words
        .iter()
        .position(|w| matches!(*w, "is" | "was" | "serves"))?;
    let name = &words[..verb];
    let is_name =
        (2..=8).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase));
    let names_role = words[verb + 1..].iter().take(ROLE_WINDOW).any(|word| {
        let word: String = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        BIO_ROLES.iter().any(|role| word.ends_with(role))
    });
    if !(is_name && names_role) {
        return None;
    }
    let half = name.len() / 2;
    let name = if name.len().is_multiple_of(2) && name[..half] == name[half..] {
        &name[..half]
    } else {
        name
    };
    let role: Vec<&str> = words[verb + 1..].iter().take(ROLE_WORDS).copied().collect();
    let role = role.join(" ");
    let role = role
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .trim()
        .to_owned();
    Some((name.join(" "), role))
}

fn starts_with_any(lower: &str, openers: &[&str]) -> bool {
    openers.iter().any(|opener| lower.starts_with(opener))
}

/// Site chrome that is never article text: breadcrumbs, bare addresses, datelines with a clock
/// time, and share/view counters.
fn is_chrome_line(line: &str) -> bool {
    let words = line.split_whitespace().take(13).count();
    if words > 12 {
        return false;
    }
    let is_breadcrumb = line.contains(" > ") || line.contains(" >> ") || line.contains(" » ");
    let is_address = !line.contains(' ')
        && (line.starts_with("http://")
            || line.starts_with("https://")
            || line.starts_with("www."));
    let has_clock_time = line.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    });
    let is_counter = line.contains('·') && line.chars().any(|c| c.is_ascii_digit());
    is_breadcrumb || is_address || has_clock_time || is_counter
}

fn letters_and_digits(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// If `line` begins with the title (compared on letters and digits), the byte length of the
/// part of `line` that spells it, extended over trailing punctuation.
fn title_prefix_len(line: &str, title_key: &str) -> Option<usize> {
    if title_key.is_empty() {
        return None;
    }
    let mut key = title_key.chars().peekable();
    let mut end = None;
    for (i, c) in line.char_indices() {
        if !c.is_alphanumeric() {
            continue;
        }
        for lower in c.to_lowercase() {
            if key.next() != Some(lower) {
                return None;
            }
        }
        if key.peek().is_none() {
            end = Some(i + c.len_utf8());
            break;
        }
    }
    let end = end?;
    let rest = &line[end..];
    let punctuation = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_ascii_punctuation())
            .len();
    let after = &rest[punctuation..];
    // The title alone, or glued to a summary that starts a new sentence with no space
    // ("…Confrontation?The United States…"). A line that merely opens with the title's
    // words and goes on ("The plan, announced…") is a body sentence.
    let glued_summary = after.starts_with(char::is_uppercase) || after.starts_with(['"', '“']);
    (after.is_empty() || glued_summary).then_some(end + punctuation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled<'a>(text: &'a str, title: &str) -> Vec<(&'a str, Region)> {
        regions(text, title)
            .iter()
            .map(|s| (&text[s.start..s.end], s.region))
            .collect()
    }

    #[test]
    fn headline_body_and_footer_of_a_scraped_page() {
        let page = "Home > News > Markets\n\nSteel output rises\n\nPublished 2024-03-02 09:15:00\n\nSteel output rose 4% in February, the ministry said.\n\nDisclaimer: reprinted for information only.\n\nExample Media\n";
        assert_eq!(
            labelled(page, "Steel output rises"),
            vec![
                ("Home > News > Markets", Region::Boilerplate),
                ("Steel output rises", Region::Title),
                ("Published 2024-03-02 09:15:00", Region::Boilerplate),
                (
                    "Steel output rose 4% in February, the ministry said.",
                    Region::Body
                ),
                (
                    "Disclaimer: reprinted for information only.",
                    Region::Boilerplate
                ),
                ("Example Media", Region::Boilerplate),
            ]
        );
    }

    #[test]
    fn a_metadata_header_is_furniture_and_its_title_line_the_headline() {
        let page = "SOURCE: https://news.example/a/1\nTITLE: Steel output rises 4%\n\nSteel output rose 4% in February.\n";
        assert_eq!(
            labelled(page, "Steel output rises 4%"),
            vec![
                ("SOURCE: https://news.example/a/1", Region::Boilerplate),
                ("TITLE: Steel output rises 4%", Region::Title),
                ("Steel output rose 4% in February.", Region::Body),
            ]
        );
        let front = "---\ntitle: Steel\ndate: 2024-03-02\n---\nSteel rose 4%.\n";
        let regions: Vec<Region> = labelled(front, "Steel")
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(
            regions,
            [
                Region::Boilerplate,
                Region::Title,
                Region::Boilerplate,
                Region::Boilerplate,
                Region::Body
            ]
        );
    }

    #[test]
    fn title_glued_to_summary_splits_into_title_and_teaser() {
        let page = "Ports reopen after storm?Ports across the coast reopened on Monday.\n";
        assert_eq!(
            labelled(page, "Ports reopen after storm?"),
            vec![
                ("Ports reopen after storm?", Region::Title),
                ("Ports across the coast reopened on Monday.", Region::Teaser),
            ]
        );
    }

    #[test]
    fn a_body_sentence_that_opens_with_the_title_words_stays_body() {
        let page = "The new export rule, announced Monday, targets chips.\n";
        assert_eq!(labelled(page, "The new export rule")[0].1, Region::Body);
    }

    #[test]
    fn title_matches_despite_glued_words_and_case() {
        let page = "Therecan beno easy answers\nBody text here.\n";
        assert_eq!(
            labelled(page, "There can be no easy answers")[0].1,
            Region::Title
        );
    }

    #[test]
    fn teaser_block_runs_until_the_footer() {
        let page = "Body sentence.\nYou May Also Like\nOther story: $5M deal\nA teaser line.\nCopyright 2024 Example\n";
        let regions: Vec<Region> = labelled(page, "Nothing")
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(
            regions,
            [
                Region::Body,
                Region::Teaser,
                Region::Teaser,
                Region::Teaser,
                Region::Boilerplate
            ]
        );
    }

    #[test]
    fn region_at_finds_the_span_or_defaults_to_body() {
        let text = "Title\n\nBody here.\n";
        let spans = regions(text, "Title");
        assert_eq!(region_at(&spans, 2), Region::Title);
        assert_eq!(
            region_at(&spans, 6),
            Region::Body,
            "blank line between spans"
        );
        assert_eq!(region_at(&spans, 9), Region::Body);
        assert_eq!(region_at(&spans, 1000), Region::Body);
    }

    #[test]
    fn a_closing_author_bio_runs_to_the_end_of_its_paragraph() {
        let story = "Steel output rose 5% in May as builders kept mills busy. ".repeat(6);
        let text = &format!(
            "{story}Jane Roe Jane Roe is a senior fellow at an institute with over 30 years \
             of experience. She writes on trade.\nCopyright 2024"
        );
        let spans = regions(text, "none");
        let sentences = crate::text::sentences(text);
        let found: Vec<(&str, Region)> = sentences
            .iter()
            .zip(sentence_regions(text, &sentences, &spans))
            .map(|(s, r)| (s.of(text), r))
            .collect();
        let regions: Vec<Region> = found.iter().map(|(_, r)| *r).collect();
        assert_eq!(regions[..6], [Region::Body; 6]);
        assert_eq!(regions[6], Region::Bio, "{found:?}");
        assert_eq!(found[7], ("She writes on trade.", Region::Bio));
        assert_eq!(regions[8], Region::Boilerplate);
    }

    #[test]
    fn a_bio_names_its_subject_once_and_their_role() {
        assert_eq!(
            bio_subject("Jane Q Roe Jane Q Roe is a technology executive, author, and investor."),
            Some(("Jane Q Roe".into(), "a technology executive".into()))
        );
        assert_eq!(bio_subject("Prices rose 5% in May."), None);
    }

    #[test]
    fn a_named_person_in_the_story_is_not_a_bio() {
        assert!(!is_bio_sentence("The minister said prices rose."));
        assert!(!is_bio_sentence("Smith is confident the deal will pass."));
        assert!(is_bio_sentence(
            "Jane Roe is apartner for technology policy at a firm."
        ));
    }

    #[test]
    fn long_lines_are_never_chrome() {
        let line = "Shares of the firm > peers rose after 10:30 trading as investors, analysts, traders and funds bought.";
        assert!(!is_chrome_line(line));
    }
}

//! Which part of a scraped page a line belongs to: the headline, the article body, teasers of
//! other articles, or site boilerplate (navigation, datelines, disclaimers, counters).
//!
//! Scraped pages carry more than the article. Numbers in a copyright line ("2007~2025") or in a
//! teaser for another story are real text but not claims of this article, so every span is
//! labelled with its region and later stages decide what to compare. The signals are general:
//! line shape (breadcrumbs, bare URLs, datelines, counters) and a small lexicon of web
//! boilerplate openers, never the strings of particular sites.

use serde::{Deserialize, Serialize};

use crate::text::calendar;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    "topics:",
    "filed under:",
    "powered by",
    "about the author",
];

/// Calls to act that sites put around and inside the story ("Sign up for our newsletter",
/// "Follow us"): a short line of one is furniture. Such a line opens the page's footer only
/// when no paragraph of prose follows it (see `is_prose`).
const PROMO_OPENERS: &[&str] = &[
    "share this",
    "follow us",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe for",
    "subscribe now",
    "already a subscriber",
    "get email notifications",
    "download our app",
    "download the app",
    "listen to this article",
    "gift this article",
];

/// Whole lines of site chrome, compared without case and trailing punctuation.
const CHROME_LINES: &[&str] = &[
    "advertisement",
    "ad",
    "sponsored",
    "sponsored content",
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "sign in",
    "log in",
    "sign in or register",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "continue reading below",
    "scroll to continue",
    "accept all",
    "accept cookies",
    "reject all",
    "manage preferences",
    "play video",
    "watch live",
    "show more",
    "load more",
];

/// Lines that open a block of teasers for other articles.
const TEASER_OPENERS: &[&str] = &[
    "you may also like",
    "you might also like",
    "related articles",
    "related stories",
    "related posts",
    "related coverage",
    "related links",
    "related topics",
    "more from",
    "most read",
    "most viewed",
    "editor's picks",
    "editors' picks",
    "top stories",
    "trending stories",
    "read more",
    "more stories",
    "recommended for you",
    "most popular",
    "trending now",
];

/// Lines that are one link to another article ("Read more: …", "See also: …"): that line is a
/// teaser, and the article goes on after it.
const TEASER_LINE_OPENERS: &[&str] = &[
    "read more:",
    "read also:",
    "also read:",
    "see also:",
    "related:",
    "read next:",
    "recommended:",
    "watch:",
    "listen:",
];

/// Opening words of the lines that credit the people behind an article ("Reporting by …").
const CREDIT_OPENERS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "written by",
    "compiled by",
    "edited by",
    "photo:",
    "photos:",
    "image:",
    "photograph:",
    "credit:",
    "image credit:",
    "photo credit:",
];

/// Opening words of a line that dates the page rather than saying anything ("Updated: …").
const DATELINE_OPENERS: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "first published",
    "posted",
    "posted on",
    "published on",
    "updated on",
];

/// Words of share bars and page tools: a short line of nothing else is chrome.
const TOOL_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "save",
    "comment",
    "comments",
    "bookmark",
    "gift",
    "article",
    "this",
    "on",
    "via",
    "listen",
    "follow",
    "subscribe",
    // A photo viewer's controls ("Caption Close Image", "Image 1 of 4").
    "caption",
    "close",
    "image",
    "images",
    "photo",
    "photos",
    "gallery",
    "expand",
    "enlarge",
    "of",
    "|",
    "·",
    "•",
    "-",
];

/// What a number counts on a counter line ("1,204 views", "5 min read").
const COUNTER_NOUNS: &[&str] = &[
    "view", "views", "comment", "comments", "share", "shares", "like", "likes", "read", "reads",
    "min", "mins", "minute", "minutes",
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
    // A tail opened by a teaser heading, rather than by the footer itself.
    let mut soft_tail = false;
    let mut offset = 0;
    let mut lines = Vec::new();
    for raw_line in text.split_inclusive('\n') {
        if !raw_line.trim().is_empty() && offset >= header_end {
            lines.push((offset, raw_line));
        }
        offset += raw_line.len();
    }
    let last_prose = lines.iter().rposition(|(_, line)| is_prose(line.trim()));
    // Above the headline stand the site's name, its sections and the story's kicker
    // ("Opinion"): short lines that are no sentence.
    let headline = lines
        .iter()
        .position(|(_, line)| title_prefix_len(line.trim(), &title_key).is_some());
    for (index, &(line_start, raw_line)) in lines.iter().enumerate() {
        let trimmed = raw_line.trim();
        // A teaser block inside the story ends where the story resumes: two paragraphs of
        // prose in a row (a teaser's summary follows its headline instead).
        if soft_tail
            && is_prose(trimmed)
            && lines
                .get(index + 1)
                .is_some_and(|(_, next)| is_prose(next.trim()))
        {
            tail = None;
            soft_tail = false;
        }
        let start = line_start + (raw_line.len() - raw_line.trim_start().len());
        let end = start + trimmed.len();
        // Openers are short: the lowercased head of the line is enough to match them.
        let head_end = trimmed
            .char_indices()
            .nth(40)
            .map_or(trimmed.len(), |(i, _)| i);
        let lower = trimmed[..head_end].to_lowercase();

        // A headline of a link, not a scraped paragraph that happens to follow one.
        const LINK_WORDS: usize = 25;
        let one_line_teaser = tail.is_none()
            && TEASER_LINE_OPENERS
                .iter()
                .any(|o| lower.starts_with(o) && lower.len() > o.len() + 3)
            && trimmed.split_whitespace().nth(LINK_WORDS).is_none();
        if one_line_teaser {
            spans.push(RegionSpan {
                start,
                end,
                region: Region::Teaser,
            });
            continue;
        }
        if starts_with_any(&lower, FOOTER_OPENERS) {
            tail = Some(Region::Boilerplate);
            soft_tail = false;
        } else if tail.is_none()
            && starts_with_any(&lower, PROMO_OPENERS)
            && trimmed.split_whitespace().nth(16).is_none()
        {
            // Inside the story (prose follows), the call is one line; after it, the footer.
            if last_prose.is_some_and(|last| last > index) {
                spans.push(RegionSpan {
                    start,
                    end,
                    region: Region::Boilerplate,
                });
                continue;
            }
            tail = Some(Region::Boilerplate);
        } else if tail != Some(Region::Boilerplate) && starts_with_any(&lower, TEASER_OPENERS) {
            tail = Some(Region::Teaser);
            soft_tail = true;
        }
        if let Some(region) = tail {
            spans.push(RegionSpan { start, end, region });
            continue;
        }
        let above_headline = headline.is_some_and(|h| index < h)
            && trimmed.split_whitespace().nth(6).is_none()
            && !trimmed.ends_with(['.', '!', '?', '"', '”']);
        if above_headline || is_chrome_line(trimmed) || is_furniture_line(trimmed, &lower) {
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

/// A paragraph of running text: a dozen words or more, ending as a sentence ends.
fn is_prose(line: &str) -> bool {
    let ends_sentence = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    ends_sentence && line.split_whitespace().nth(11).is_some()
}

/// Site chrome that is never article text: breadcrumbs, bare addresses, datelines with a clock
/// time, share/view counters, a media player's clock ("0:00 / 1:42") and the lines of
/// [`CHROME_LINES`].
fn is_chrome_line(line: &str) -> bool {
    let words = line.split_whitespace().take(13).count();
    if words > 12 {
        return false;
    }
    let bare = line
        .trim_end_matches(|c: char| c.is_ascii_punctuation())
        .to_lowercase();
    if CHROME_LINES.contains(&bare.as_str()) {
        return true;
    }
    // A video player's leftovers: "0:00 / 1:42", "Play Video0:00 / 1:42".
    let clock = ["play video", "watch video", "play"]
        .iter()
        .find_map(|label| bare.strip_prefix(label))
        .unwrap_or(&bare);
    let player_clock = words <= 5
        && !clock.chars().any(char::is_alphabetic)
        && clock.as_bytes().windows(4).any(|w| {
            w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
        });
    if player_clock {
        return true;
    }
    let is_breadcrumb = line.contains(" > ")
        || line.contains(" >> ")
        || line.contains(" » ")
        || line.contains(" › ");
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

/// Furniture that news sites put between headline and story, and around it: bylines ("By Jane
/// Roe and John Doe, Reuters"), credits ("Reporting by …", "Photo: …"), dates of the page
/// ("Updated: March 3, 2024"), share bars, counters ("1,204 views · 5 min read") and breadcrumbs
/// with slashes or bars ("Home / World / Asia"). All short lines; a sentence of the story is
/// never one of them.
fn is_furniture_line(line: &str, lower: &str) -> bool {
    // A photo caption opens with its credit: "(Example Photo/Jane Roe) Police work at …".
    if let Some(credit) = line.strip_prefix('(').and_then(|rest| rest.split_once(')')) {
        let credit = credit.0.to_lowercase();
        let names_a_picture = credit.contains("photo") || credit.contains("image");
        let credits_someone =
            credit.contains('/') || credit.contains(" by ") || credit.contains(':');
        if credit.len() < 60 && names_a_picture && credits_someone {
            return true;
        }
    }
    let words: Vec<&str> = line.split_whitespace().take(16).collect();
    if words.len() > 14 {
        return false;
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '|' && c != '·' && c != '•')
            .to_lowercase()
    };
    if is_byline(&words) {
        return true;
    }
    if starts_with_any(lower, CREDIT_OPENERS) && words.len() <= 12 {
        return true;
    }
    let dated = DATELINE_OPENERS.iter().any(|opener| {
        lower.strip_prefix(opener).is_some_and(|rest| {
            let rest = rest.trim_start_matches([':', ' ']);
            rest.is_empty() || crate::corpus::iso_date(rest).is_some() || is_date_line(rest)
        })
    });
    if dated && words.len() <= 10 {
        return true;
    }
    if words.len() <= 14 && is_date_line(lower) && !line.ends_with('.') {
        return true;
    }
    // Tools and their counts ("Share 12", "Image 1 of 4"), not a line of numbers alone.
    let tool_or_count = |w: &&str| {
        let w = bare(w);
        TOOL_WORDS.contains(&w.as_str()) || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    };
    if words.len() <= 8
        && words.iter().all(tool_or_count)
        && words
            .iter()
            .any(|w| !bare(w).starts_with(|c: char| c.is_ascii_digit()))
        && !line.ends_with('.')
    {
        return true;
    }
    // "1,204 views", "5 min read · 12 comments": every number counts views, minutes…
    let counted = words.windows(2).filter(|pair| {
        pair[0].chars().next().is_some_and(|c| c.is_ascii_digit())
            && pair[0]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == 'k' || c == 'K')
            && COUNTER_NOUNS.contains(&bare(pair[1]).as_str())
    });
    if words.len() <= 8 && counted.count() >= 1 && !line.ends_with('.') {
        return true;
    }
    [" / ", " | "].iter().any(|separator| {
        let segments: Vec<&str> = line.split(separator).collect();
        segments.len() >= 3
            && segments.iter().all(|s| {
                (1..=4).contains(&s.split_whitespace().count()) && !s.contains(char::is_numeric)
            })
    })
}

/// A page's date and time as a line of its own, or after "Updated": "March 4, 2025 at 6:12
/// a.m. ET", "14 March 2025, 9:30am GMT", "Feb 2, 2025 - 7:10 PM", "3 hours ago". It opens
/// with a date word or a number and holds a year, a clock time or "ago", so that "5 million
/// copies were sold" is not one. `lower` is lowercased.
fn is_date_line(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_end_matches(['.', ',']);
    let second = words.next().unwrap_or("").trim_end_matches(['.', ',']);
    let opens_with_date = calendar::is_date_word(first)
        || (first.chars().all(|c| c.is_ascii_digit())
            && !first.is_empty()
            && (calendar::is_date_word(second) || lower.contains(" ago")));
    let has_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")));
    let has_clock = lower
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    opens_with_date && (has_year || has_clock || lower.ends_with(" ago"))
}

/// "By Jane Roe", "By JANE ROE and JOHN DOE, Reuters", "By Jane Roe | March 3, 2024", "by: Jane
/// Roe, John Doe Updated: Feb 2, 2025 - 7:10 PM": "By" and names (and perhaps the page's
/// date), not "By 2030, …", "By contrast …" or "By Monday the plant had …".
fn is_byline(words: &[&str]) -> bool {
    // The page's date after the names: "… Updated: Feb 2, 2025 - 7:10 PM".
    let dated_at = words.iter().position(|w| {
        let w = w.trim_end_matches(':').to_lowercase();
        matches!(w.as_str(), "updated" | "posted" | "published")
    });
    let words = match dated_at {
        Some(at) if at >= 2 && is_date_line(&words[at + 1..].join(" ").to_lowercase()) => {
            &words[..at]
        }
        _ => words,
    };
    // Words after "By" that open no name: "By Monday", "By contrast", "By then".
    const NOT_A_NAME_AFTER_BY: &[&str] = &[
        "then",
        "now",
        "contrast",
        "comparison",
        "law",
        "far",
        "the",
        "that",
        "this",
    ];
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let by = first.strip_suffix(':').unwrap_or(first);
    if !by.eq_ignore_ascii_case("by") || rest.is_empty() || rest.len() > 10 {
        return false;
    }
    let Some(name) = rest.first() else {
        return false;
    };
    let starts_name = name.starts_with(char::is_uppercase)
        && !{
            let name = name.trim_end_matches(',').to_lowercase();
            calendar::is_month_or_weekday(&name) || NOT_A_NAME_AFTER_BY.contains(&name.as_str())
        };
    // Names, joiners, and perhaps an outlet or a date after a comma or a bar.
    let names_only = rest.iter().all(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.is_empty()
            || w.starts_with(char::is_uppercase)
            || matches!(w, "and" | "&" | "|" | "·" | "in" | "for" | "of")
            || w.chars().all(|c| c.is_ascii_digit() || c == ',')
    });
    starts_name
        && names_only
        && !words
            .last()
            .is_some_and(|w| w.ends_with('.') && w.len() > 3)
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
    fn furniture_of_news_sites_is_recognised_by_shape() {
        for line in [
            "By Jane Roe",
            "By JANE ROE and JOHN DOE, Example Wire",
            "By Jane Roe | March 3, 2024",
            "Reporting by Jane Roe; Editing by John Doe",
            "Photo: Jane Roe/Example Images",
            "Updated: March 3, 2024",
            "Published",
            "Share on Facebook | Tweet | Email",
            "1,204 views · 5 min read",
            "3 min read",
            "Home / World / Asia-Pacific",
            "News | Business | Markets",
            "(Example Photo/Jane Roe) Police work at the scene after the fire, Sunday, March 3.",
        ] {
            assert!(is_furniture_line(line, &line.to_lowercase()), "{line}");
        }
        for line in [
            "By 2030, the plant will make 40,000 cars a year.",
            "By contrast, exports fell 3%.",
            "(With two photos) Two suspects held after a $2 million robbery",
            "By Monday, officials had counted 12 deaths.",
            "By the end of March the fund held $2 billion.",
            "Share prices rose 4% on Tuesday.",
            "The plant employs 1,204 people.",
            "Updated figures show 5 million users.",
            "Sales rose 12% / 8% in the two halves.",
            "Photo finishes decided 3 races, the stewards said.",
        ] {
            assert!(!is_furniture_line(line, &line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn a_read_more_link_is_a_teaser_line_and_the_story_goes_on() {
        let glued = "Related: Rents hit a record in April The council said 300 homes were empty and the waiting list had grown by a fifth over the year, and that it would build more.";
        assert_eq!(
            labelled(glued, "none")[0].1,
            Region::Body,
            "a scraped paragraph, not a link"
        );
        let page = "Rents rose 4% in May.\nREAD MORE: Rents hit a record in April\nThe council said 300 homes were empty.\n";
        let regions: Vec<Region> = labelled(page, "none").into_iter().map(|(_, r)| r).collect();
        assert_eq!(regions, [Region::Body, Region::Teaser, Region::Body]);
    }

    /// Checks a saved page against its own marks: every sentence of a story line is body, the
    /// headline is the title, and every other sentence (bylines, dates, share bars, captions,
    /// cookie and newsletter boxes, teasers, tags, bios, footers) is not body.
    fn assert_furniture_found(name: &str, text: &str, title: &str, story: &[String]) {
        let spans = regions(text, title);
        let sentences = crate::text::sentences(text);
        let found = sentence_regions(text, &sentences, &spans);
        let mut wrong = Vec::new();
        for (sentence, region) in sentences.iter().zip(&found) {
            let line_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[sentence.start..]
                .find('\n')
                .map_or(text.len(), |i| sentence.start + i);
            let line = text[line_start..line_end].trim();
            let expected = if story.iter().any(|s| s == line) {
                Some(Region::Body)
            } else if line == title {
                Some(Region::Title)
            } else {
                None
            };
            let right = match expected {
                Some(want) => *region == want,
                None => !matches!(region, Region::Body | Region::Title),
            };
            if !right {
                wrong.push(format!("{region:?}: {}", sentence.of(text)));
            }
        }
        for line in story {
            assert!(
                text.contains(line.as_str()),
                "{name}: story line missing: {line}"
            );
        }
        assert!(wrong.is_empty(), "{name}:\n{}", wrong.join("\n"));
    }

    /// A saved HTML page reduced to text as the page and the CLI read it, its title, and the
    /// paragraphs its markup marks as the story (`data-story`).
    fn saved_page(html: &str) -> (String, String, Vec<String>) {
        let page = crate::corpus::html_to_text(html);
        let story = html
            .split("data-story>")
            .skip(1)
            .map(|rest| {
                let paragraph = &rest[..rest.find("</p>").expect("a story paragraph closes")];
                crate::corpus::html_to_text(paragraph).text
            })
            .collect();
        (page.text, page.title.unwrap_or_default(), story)
    }

    #[test]
    fn furniture_of_saved_pages_in_the_shapes_news_sites_use() {
        for (name, html) in [
            (
                "wire article",
                include_str!("testdata/saved-wire-article.html"),
            ),
            (
                "local station",
                include_str!("testdata/saved-local-station.html"),
            ),
            (
                "magazine opinion",
                include_str!("testdata/saved-magazine-opinion.html"),
            ),
        ] {
            let (text, title, story) = saved_page(html);
            assert!(story.len() >= 5, "{name}: {story:?}");
            assert!(
                text.lines().any(|line| line == title),
                "{name}: the headline {title:?} is a line of {text}"
            );
            assert_furniture_found(name, &text, &title, &story);
        }
    }

    #[test]
    fn furniture_of_a_news_page_copied_from_the_browser() {
        let marked = include_str!("testdata/copied-news-page.txt");
        let story: Vec<String> = marked
            .lines()
            .filter_map(|line| line.strip_prefix("| "))
            .map(str::to_owned)
            .collect();
        let text: String = marked
            .lines()
            .map(|line| line.strip_prefix("| ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(story.len() >= 5);
        assert_furniture_found(
            "copied page",
            &text,
            "Ferry operator cuts 120 jobs as crossings fall",
            &story,
        );
    }

    #[test]
    fn long_lines_are_never_chrome() {
        let line = "Shares of the firm > peers rose after 10:30 trading as investors, analysts, traders and funds bought.";
        assert!(!is_chrome_line(line));
    }
}

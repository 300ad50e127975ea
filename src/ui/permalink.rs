//! A link to one card of the board (#19) that still finds it after the analysis is run again:
//! cards are named by their values' places (document and byte span, as a reader's
//! corrections are), not by the comparison's id, which changes when articles are added or the
//! rules move. The link is the URL fragment `card=DOC.START-END~DOC.START-END…`; opening it
//! scrolls to that card and focuses it.

use crate::Analysis;
use crate::claims::{ComparisonRecord, ValueRef};

/// Values named in a link: enough to tell a card from the others, short enough for a post.
pub const VALUES_IN_LINK: usize = 4;

/// The fragment value naming a card by its first values (in the card's order).
pub fn card_link(values: &[ValueRef]) -> String {
    values
        .iter()
        .take(VALUES_IN_LINK)
        .map(|v| format!("{}.{}-{}", v.doc, v.start, v.end))
        .collect::<Vec<_>>()
        .join("~")
}

/// The values a link names; parts that do not read as `DOC.START-END` are skipped.
pub fn parse(link: &str) -> Vec<ValueRef> {
    link.split('~')
        .take(VALUES_IN_LINK)
        .filter_map(|part| {
            let (doc, span) = part.rsplit_once('.')?;
            let (start, end) = span.split_once('-')?;
            Some(ValueRef {
                doc: doc.to_owned(),
                start: start.parse().ok()?,
                end: end.parse().ok()?,
            })
        })
        .filter(|v| !v.doc.is_empty() && v.start < v.end)
        .collect()
}

/// Whether a fragment value may be a card link (checked before it is kept in the view state).
pub fn is_link(value: &str) -> bool {
    value.len() <= 400 && !parse(value).is_empty()
}

/// The card a link names: the one holding most of its values (the first such on the board's
/// order of the analysis), if any holds one.
pub fn find_card<'a>(analysis: &'a Analysis, link: &str) -> Option<&'a ComparisonRecord> {
    let named = parse(link);
    analysis
        .comparisons
        .iter()
        .map(|c| {
            let held = c
                .members
                .iter()
                .filter_map(|m| analysis.member_ref(m))
                .filter(|v| named.contains(v))
                .count();
            (held, c)
        })
        .filter(|(held, _)| *held > 0)
        .fold(
            None::<(usize, &ComparisonRecord)>,
            |best, (held, c)| match best {
                Some((most, _)) if most >= held => best,
                _ => Some((held, c)),
            },
        )
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_of_the_bundled_articles_is_found_by_its_link() {
        let analysis = Analysis::of(&crate::corpus::bundled());
        assert!(analysis.comparisons.len() > 3);
        for card in &analysis.comparisons {
            let link = card_link(&analysis.comparison_values(&card.id));
            assert!(is_link(&link), "{link}");
            assert_eq!(
                find_card(&analysis, &link).map(|c| &c.id),
                Some(&card.id),
                "{link}"
            );
        }
    }

    #[test]
    fn a_link_survives_an_article_added_before_the_others() {
        let mut documents = crate::corpus::bundled();
        let analysis = Analysis::of(&documents);
        let card = &analysis.comparisons[0];
        let link = card_link(&analysis.comparison_values(&card.id));
        let label = card.label.clone();
        documents.insert(
            0,
            crate::Document::from_text(
                "added",
                "The council approved a budget of $12 million on Tuesday, officials said.",
            ),
        );
        let again = Analysis::of(&documents);
        assert_eq!(find_card(&again, &link).map(|c| &c.label), Some(&label));
    }

    #[test]
    fn damaged_links_name_nothing() {
        assert!(parse("").is_empty());
        assert!(parse("doc").is_empty());
        assert!(parse("doc.5-2").is_empty(), "an empty span");
        assert!(parse(".1-2").is_empty(), "no document");
        assert!(!is_link("doc.x-2"));
        let values = parse("a.b.1-4~c.10-12~junk");
        assert_eq!(
            values,
            vec![
                ValueRef {
                    doc: "a.b".into(),
                    start: 1,
                    end: 4
                },
                ValueRef {
                    doc: "c".into(),
                    start: 10,
                    end: 12
                }
            ]
        );
        let analysis = Analysis::of(&crate::corpus::bundled());
        assert!(find_card(&analysis, "nowhere.1-2").is_none());
    }
}

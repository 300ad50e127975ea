//! The `claimscope extract` command as a user runs it: files, folders, bad inputs, exit codes.

use std::process::Command;

use serde_json::Value;

struct Run {
    json: Value,
    stderr: String,
    code: i32,
}

fn claimscope(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json = if stdout.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&stdout).unwrap()
    };
    Run {
        json,
        stderr: String::from_utf8(out.stderr).unwrap(),
        code: out.status.code().unwrap(),
    }
}

fn ids(json: &Value) -> Vec<&str> {
    json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect()
}

#[test]
fn no_path_analyses_the_bundled_seeds_by_file_stem() {
    let run = claimscope(&["extract"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        ids(&run.json),
        [
            "000_524d53d4d7703f7b",
            "001_5a02775b03ed6961",
            "002_68dddcef0ce37beb",
            "003_d1c6d6df92f9f05f",
            "004_84fb69bbbf44cc7b"
        ]
    );
    assert_eq!(run.json["documents"][0]["date"], "2025-01-16");
    assert_eq!(run.json["documents"][1]["outlet"], "MIT Technology Review");
    assert!(
        run.json["documents"][0].get("text").is_none(),
        "text only on request for plain files"
    );
}

#[test]
fn a_folder_is_read_recursively_in_path_order_and_bad_files_become_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("more")).unwrap();
    std::fs::write(
        root.join("b.txt"),
        "Exports\n\nExports fell 12% in March 2024.",
    )
    .unwrap();
    std::fs::write(
        root.join("more/a.md"),
        "# Hiring\n\nThe firm hired 300 engineers.",
    )
    .unwrap();
    std::fs::write(root.join("latin1.txt"), b"Caf\xe9 prices rose 3%.").unwrap();
    std::fs::write(root.join("empty.txt"), "").unwrap();
    std::fs::write(root.join("photo.png"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(root.join("image.txt"), b"GIF89a\0\0\x01").unwrap();

    let run = claimscope(&["extract", root.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        ids(&run.json),
        ["b", "empty", "latin1", "a"],
        "sorted by path; png ignored; bad files skipped; Latin-1 read"
    );
    let warnings: Vec<&str> = run.json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["message"].as_str().unwrap())
        .collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("image.txt") && w.contains("binary"))
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("latin1.txt") && w.contains("not UTF-8"))
    );
    assert!(warnings.iter().any(|w| w.contains("no text")));
    assert!(
        run.stderr.contains("latin1.txt"),
        "warnings also go to stderr: {}",
        run.stderr
    );
    let texts: Vec<&str> = run.json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["12%", "March 2024", "3%", "300"]);
    // The decoded text is what the offsets point into, so it comes with the output.
    let latin1 = &run.json["documents"][2];
    assert_eq!(latin1["text"], "Café prices rose 3%.");
}

#[test]
fn a_text_file_header_gives_title_address_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tram.txt");
    std::fs::write(
        &file,
        "SOURCE: https://news.example/tram\nTITLE: Tram line to cost $40 million\nDate: Jan 28, 2025\n\nThe tram line will cost $40 million, the council said.\n",
    )
    .unwrap();
    let run = claimscope(&["extract", file.to_str().unwrap()]);
    let doc = &run.json["documents"][0];
    assert_eq!(doc["title"], "Tram line to cost $40 million");
    assert_eq!(doc["url"], "https://news.example/tram");
    assert_eq!(doc["date"], "2025-01-28");
    let regions: Vec<&str> = run.json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["region"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(regions[0], "title", "{regions:?}");
}

#[test]
fn a_missing_file_is_a_warning_when_others_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Rates rose to 5%.").unwrap();
    let run = claimscope(&[
        "extract",
        "/nonexistent/article.txt",
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(ids(&run.json), ["good"]);
    assert!(
        run.json["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("/nonexistent/article.txt")
    );
}

#[test]
fn no_readable_input_exits_1_with_nothing_on_stdout() {
    let run = claimscope(&["extract", "/nonexistent/a.txt", "/nonexistent/b.txt"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json, Value::Null);
    assert!(run.stderr.contains("no input could be read"));
}

#[test]
fn wrong_arguments_exit_2_with_usage() {
    for args in [&[][..], &["frobnicate"], &["extract", "--bogus"]] {
        let run = claimscope(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.contains("Usage: claimscope extract"),
            "{args:?}: {}",
            run.stderr
        );
    }
    let help = Command::new(env!("CARGO_BIN_EXE_claimscope"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--with-text"));
}

#[test]
fn files_with_the_same_name_get_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["x", "y"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("story.txt"), "Sales rose 2%.").unwrap();
    }
    let run = claimscope(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(ids(&run.json), ["story", "story-2"]);
    let quantity_docs: Vec<&str> = run.json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["doc"].as_str().unwrap())
        .collect();
    assert_eq!(quantity_docs, ["story", "story-2"]);
}

#[test]
fn bundle_writes_a_page_that_carries_the_given_articles() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("claimscope.html");
    std::fs::write(
        &page,
        r#"<!DOCTYPE html><html><head><title>Claimscope</title><script type="application/octet-stream" id="claimscope-wasm">AAAA</script></head><body><div id="app"></div></body></html>"#,
    )
    .unwrap();
    let article = dir.path().join("tram-costs.txt");
    std::fs::write(
        &article,
        "Tram costs\n\nThe tram will cost $40 million, Jane Roe said.",
    )
    .unwrap();
    let out = dir.path().join("class.html");
    let (page_arg, out_arg, article_arg) = (
        page.to_str().unwrap(),
        out.to_str().unwrap(),
        article.to_str().unwrap(),
    );
    let run = claimscope(&["bundle", "--page", page_arg, "-o", out_arg, article_arg]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_to_string(&out).unwrap();
    let json = claimscope::corpus::library::page_corpus(&written).expect("a corpus block");
    let documents = claimscope::corpus::library::decode(&json).unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(
        (documents[0].id.as_str(), documents[0].title.as_str()),
        ("tram-costs", "Tram costs")
    );
    assert!(
        written.contains(r#"id="claimscope-wasm""#),
        "the app is still in the page"
    );

    // Wrong uses say what is missing.
    assert_eq!(claimscope(&["bundle", article_arg]).code, 2);
    assert_eq!(claimscope(&["bundle", "-o", out_arg]).code, 2);
    let not_a_page = claimscope(&["bundle", "--page", article_arg, "-o", out_arg, article_arg]);
    assert_eq!(not_a_page.code, 1);
    assert!(
        not_a_page.stderr.contains("not the single-file page"),
        "{}",
        not_a_page.stderr
    );
}

#[test]
fn a_file_whose_name_is_another_files_numbered_id_keeps_ids_unique() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("x")).unwrap();
    for path in ["story-2.txt", "story.txt", "x/story.txt"] {
        std::fs::write(root.join(path), "Sales rose 2%.").unwrap();
    }
    let run = claimscope(&["extract", root.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.json), ["story-2", "story", "story-3"]);
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_is_skipped_with_a_warning_not_read_forever() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    std::fs::write(dir.path().join("good.txt"), "Rates rose to 5%.").unwrap();
    let run = claimscope(&["extract", dir.path().to_str().unwrap(), "/dev/zero"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.json), ["good"]);
    for name in ["pipe.txt", "/dev/zero"] {
        assert!(
            run.stderr.contains(name) && run.stderr.contains("not a regular file"),
            "{name}: {}",
            run.stderr
        );
    }
}

/// A folder of 10,000 small files, a few of them binary and a few not UTF-8: every readable
/// file is analysed (the Latin-1 ones with a warning), every binary one is named on standard
/// error, and the run does not stop.
#[test]
fn a_folder_of_ten_thousand_files_reports_each_bad_file_and_analyses_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut bad = Vec::new();
    let mut latin1 = Vec::new();
    for i in 0..10_000 {
        let folder = root.join(format!("f{:02}", i % 100));
        std::fs::create_dir_all(&folder).unwrap();
        let name = format!("n{i:05}.txt");
        let content: Vec<u8> = match i % 1000 {
            1 => b"Caf\xe9 prices rose 3%.".to_vec(),
            2 => b"GIF89a\0\0\x01".to_vec(),
            _ => format!(
                "Story {i}\n\nSales rose {}% in March 2024, Jane Roe said.",
                i % 50
            )
            .into_bytes(),
        };
        if i % 1000 == 2 {
            bad.push(name.clone());
        }
        if i % 1000 == 1 {
            latin1.push(name.clone());
        }
        std::fs::write(folder.join(name), content).unwrap();
    }
    let run = claimscope(&["extract", root.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.json).len(), 10_000 - bad.len());
    assert_eq!((bad.len(), latin1.len()), (10, 10));
    for name in bad.iter().chain(&latin1) {
        assert!(run.stderr.contains(name.as_str()), "{name} not reported");
    }
    assert_eq!(
        run.json["warnings"].as_array().unwrap().len(),
        bad.len() + latin1.len()
    );
    let percentages = run.json["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["unit"] == "percent")
        .count();
    assert_eq!(
        percentages,
        10_000 - bad.len(),
        "one percentage in each good file"
    );
}

#[test]
fn a_sentence_with_two_sources_gives_two_claims_each_with_its_quantities() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bridge.txt");
    let text = "Bridge costs disputed\n\nJane Roe said the bridge would cost $2 billion, while John Doe argued it would cost $3 billion. The tram opened in 2019.\n";
    std::fs::write(&file, text).unwrap();
    let run = claimscope(&["extract", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let claims = run.json["claims"].as_array().unwrap();
    let quantities = run.json["quantities"].as_array().unwrap();
    let said: Vec<(&str, &str, Vec<&str>)> = claims
        .iter()
        .filter(|c| c["speaker"].is_string())
        .map(|c| {
            let own: Vec<&str> = c["quantities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| {
                    let q = quantities.iter().find(|q| q["id"] == *id).unwrap();
                    assert_eq!(q["claim"], c["id"]);
                    q["text"].as_str().unwrap()
                })
                .collect();
            (
                c["speaker"].as_str().unwrap(),
                c["text"].as_str().unwrap(),
                own,
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            (
                "Jane Roe",
                "Jane Roe said the bridge would cost $2 billion",
                vec!["$2 billion"]
            ),
            (
                "John Doe",
                "John Doe argued it would cost $3 billion.",
                vec!["$3 billion"]
            ),
        ]
    );
    // Each claim's span is its own clause, inside the sentence, and its text that span's.
    let sentence_start = text.find("Jane Roe").unwrap();
    let first = &claims[0];
    assert_eq!(first["start"], sentence_start);
    for claim in claims {
        let (start, end) = (
            claim["start"].as_u64().unwrap() as usize,
            claim["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], claim["text"].as_str().unwrap());
        let mention = &claim["speaker_mention"];
        if mention.is_object() {
            let m = mention["start"].as_u64().unwrap() as usize;
            assert!(start <= m && m < end, "{claim}");
        }
    }
    let ids: std::collections::BTreeSet<&str> =
        claims.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), claims.len());
}

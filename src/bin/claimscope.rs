//! `claimscope extract [--with-text] [PATH ...]`: prints the analysis as claims/1 JSON.
//! `claimscope bundle [--page PAGE] -o OUT PATH ...`: writes a single-file page whose articles
//! are the given ones (as the page's "Save as a page" does).
//!
//! A PATH is a file (.txt, .md, .html/.htm) or a folder (its files of those kinds,
//! recursively, sorted by path); no PATH means the bundled corpus. A problem with one input is
//! a warning (on standard error and in the output's `warnings`) and the rest is still
//! analysed. Exit codes: 0 success, 1 no input could be read, 2 wrong arguments.

use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimscope::Analysis;
use claimscope::claims::Warning;
use claimscope::corpus::{self, Document, Format, document_from_bytes};

const USAGE: &str = "\
Usage: claimscope extract [--with-text] [PATH ...]
       claimscope bundle [--page PAGE] -o OUT PATH ...

extract  prints the numeric claims of the given articles as claims/1 JSON
bundle   writes OUT, a copy of the single-file page that opens with the given articles
         (for a newsroom's or a class's own set; it works from file://, offline)

  PATH         a .txt, .md or .html file, or a folder of them (searched recursively);
               with no PATH, extract analyses the bundled corpus
  --with-text  include every document's text in the output
  --page PAGE  the single-file page to copy (default: dist/claimscope.html, built by
               `trunk build --release`)
  -o OUT       where bundle writes the page
  -h, --help   show this help
  -V, --version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(UsageError(message)) => {
            eprintln!("claimscope: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct UsageError(String);

struct Options {
    command: Command,
    with_text: bool,
    page: Option<PathBuf>,
    output: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

#[derive(PartialEq)]
enum Command {
    Extract,
    Bundle,
}

fn parse(args: &[String]) -> Result<Option<Options>, UsageError> {
    let Some((command, rest)) = args.split_first() else {
        return Err(UsageError("no command given".into()));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            return Ok(None);
        }
        "-V" | "--version" => {
            println!("claimscope {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        "extract" | "bundle" => {}
        other => return Err(UsageError(format!("unknown command {other:?}"))),
    }
    let mut options = Options {
        command: if command == "bundle" {
            Command::Bundle
        } else {
            Command::Extract
        },
        with_text: false,
        page: None,
        output: None,
        paths: Vec::new(),
    };
    let mut only_paths = false;
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let bundling = options.command == Command::Bundle;
        let mut value = |flag: &str| {
            rest.next()
                .map(PathBuf::from)
                .ok_or_else(|| UsageError(format!("{flag} needs a file name")))
        };
        match arg.as_str() {
            "--" if !only_paths => only_paths = true,
            "--with-text" if !only_paths && !bundling => options.with_text = true,
            "--page" if !only_paths && bundling => options.page = Some(value("--page")?),
            "-o" | "--output" if !only_paths && bundling => options.output = Some(value("-o")?),
            "-h" | "--help" if !only_paths => {
                print!("{USAGE}");
                return Ok(None);
            }
            flag if flag.starts_with('-') && flag.len() > 1 && !only_paths => {
                return Err(UsageError(format!("unknown option {flag:?}")));
            }
            path => options.paths.push(PathBuf::from(path)),
        }
    }
    if options.command == Command::Bundle {
        if options.output.is_none() {
            return Err(UsageError("bundle needs -o OUT".into()));
        }
        if options.paths.is_empty() {
            return Err(UsageError("bundle needs at least one PATH".into()));
        }
    }
    Ok(Some(options))
}

fn run(args: &[String]) -> Result<ExitCode, UsageError> {
    let Some(options) = parse(args)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let (documents, html_ids, mut warnings) = if options.paths.is_empty() {
        (corpus::bundled(), Vec::new(), Vec::new())
    } else {
        load(&options.paths)
    };
    if documents.is_empty() {
        for warning in &warnings {
            eprintln!("claimscope: warning: {}", warning.message);
        }
        eprintln!("claimscope: no input could be read");
        return Ok(ExitCode::from(1));
    }
    if options.command == Command::Bundle {
        for warning in &warnings {
            eprintln!("claimscope: warning: {}", warning.message);
        }
        return Ok(bundle(&options, &documents));
    }

    let mut analysis = Analysis::of(&documents);
    if options.with_text {
        analysis = analysis.with_texts(&documents);
    } else {
        // HTML input: the extracted text is what the offsets point into, so it is part of
        // the output (claims/1).
        for (record, document) in analysis.documents.iter_mut().zip(&documents) {
            if html_ids.contains(&document.id) {
                record.text = Some(document.text.clone());
            }
        }
    }
    warnings.append(&mut analysis.warnings);
    analysis.warnings = warnings;
    for warning in &analysis.warnings {
        eprintln!("claimscope: warning: {}", warning.message);
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = serde_json::to_writer(&mut out, &analysis)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    if let Err(error) = written {
        // A closed pipe (`| head`) is the reader's choice, not a failure worth a message.
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("claimscope: cannot write the output: {error}");
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a copy of the single-file page that carries `documents` as its own articles.
fn bundle(options: &Options, documents: &[Document]) -> ExitCode {
    let page_path = options
        .page
        .clone()
        .unwrap_or_else(|| PathBuf::from("dist/claimscope.html"));
    let page = match std::fs::read_to_string(&page_path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!(
                "claimscope: cannot read the page to copy, {} ({error}); build it with `trunk build --release` or pass --page",
                page_path.display()
            );
            return ExitCode::from(1);
        }
    };
    if !page.contains("id=\"claimscope-wasm\"") {
        eprintln!(
            "claimscope: {} is not the single-file page (dist/claimscope.html)",
            page_path.display()
        );
        return ExitCode::from(1);
    }
    let output = options.output.as_ref().expect("checked by parse");
    let bundled = corpus::library::with_corpus(&page, documents);
    if let Err(error) = std::fs::write(output, bundled) {
        eprintln!("claimscope: cannot write {} ({error})", output.display());
        return ExitCode::from(1);
    }
    eprintln!(
        "claimscope: wrote {} with {} articles",
        output.display(),
        documents.len()
    );
    ExitCode::SUCCESS
}

/// Reads every input; returns the documents, the ids of those read from HTML, and a warning
/// for each input that could not be used.
fn load(paths: &[PathBuf]) -> (Vec<Document>, Vec<String>, Vec<Warning>) {
    let mut documents = Vec::new();
    let mut html_ids = Vec::new();
    let mut warnings = Vec::new();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let warn = |warnings: &mut Vec<Warning>, doc: Option<&str>, message: String| {
        warnings.push(Warning {
            doc: doc.map(str::to_owned),
            message,
        });
    };

    for (path, format) in expand(paths, &mut warnings) {
        let display = path.display();
        // A FIFO or a device (`/dev/zero`, `/dev/stdin`) named .txt would block or never end.
        if std::fs::metadata(&path).is_ok_and(|m| !m.is_file()) {
            warn(
                &mut warnings,
                None,
                format!("{display}: not a regular file; skipped"),
            );
            continue;
        }
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                warn(
                    &mut warnings,
                    None,
                    format!("{display}: cannot be read ({error}); skipped"),
                );
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned());
        // "story", then "story-2", "story-3"…, skipping ids another file already has as
        // its own stem ("story-2.txt").
        let mut count = *seen_ids.get(&stem).unwrap_or(&0);
        let id = loop {
            count += 1;
            let id = if count == 1 {
                stem.clone()
            } else {
                format!("{stem}-{count}")
            };
            if !taken.contains(&id) {
                break id;
            }
        };
        seen_ids.insert(stem.clone(), count);
        taken.insert(id.clone());
        if count > 1 {
            warn(
                &mut warnings,
                Some(&id),
                format!("{display}: another input has the same file name; its id is {id:?}"),
            );
        }
        match document_from_bytes(&id, format, &bytes) {
            Ok(read) => {
                if let Some(why) = read.warning() {
                    warn(&mut warnings, Some(&id), format!("{display} {why}"));
                }
                // The text is not the file's bytes: give it with the output (claims/1).
                if format == Format::Html || read.decoded_from_windows_1252 {
                    html_ids.push(id);
                }
                documents.push(read.document);
            }
            Err(error) => warn(&mut warnings, Some(&id), format!("{display} {error}")),
        }
    }
    (documents, html_ids, warnings)
}

/// Files named directly (HTML by extension, anything else as text; binary content is refused
/// later) and the supported files inside named folders, sorted by path.
fn expand(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> Vec<(PathBuf, Format)> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, warnings);
            found.sort_by(|a, b| a.0.cmp(&b.0));
            if found.is_empty() {
                warnings.push(Warning {
                    doc: None,
                    message: format!(
                        "{}: no .txt, .md or .html files in this folder",
                        path.display()
                    ),
                });
            }
            files.extend(found);
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((
                path.clone(),
                Format::from_file_name(&name).unwrap_or(Format::Text),
            ));
        }
    }
    files
}

fn walk(dir: &Path, found: &mut Vec<(PathBuf, Format)>, warnings: &mut Vec<Warning>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            warnings.push(Warning {
                doc: None,
                message: format!("{}: cannot be read ({error}); skipped", dir.display()),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Symlinked folders are not followed: a link cycle would never end.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            walk(&path, found, warnings);
        } else if let Some(format) = Format::from_file_name(&entry.file_name().to_string_lossy()) {
            found.push((path, format));
        }
    }
}

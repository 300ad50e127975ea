//! JSON laid out for people, from the compact JSON the page already writes.
//!
//! `serde_json::to_string_pretty` compiles every `Serialize` impl of claims/1 a second time
//! (the formatter is a type parameter), which cost the page's wasm several kilobytes; the
//! page writes compact JSON for its worker and its storage anyway, so the download re-lays
//! that text out instead. The result is byte for byte what `to_string_pretty` writes.

/// `compact` (valid JSON with no whitespace outside strings, as `serde_json::to_string`
/// writes it) indented by two spaces per level, as `serde_json::to_string_pretty` does.
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut run_start = 0;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    for (at, &byte) in bytes.iter().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        let piece = match byte {
            b'"' => {
                in_string = true;
                continue;
            }
            b'{' | b'[' | b'}' | b']' | b',' | b':' => &compact[run_start..at],
            _ => continue,
        };
        out.push_str(piece);
        run_start = at + 1;
        match byte {
            b'{' | b'[' => {
                out.push(byte as char);
                // An empty object or array stays on its line: `{}`, `[]`.
                if matches!(bytes.get(at + 1), Some(b'}' | b']')) {
                    continue;
                }
                depth += 1;
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                if !matches!(
                    at.checked_sub(1).map(|before| bytes[before]),
                    Some(b'{' | b'[')
                ) {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(byte as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            _ => out.push_str(": "),
        }
    }
    out.push_str(&compact[run_start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::pretty;
    use crate::{Analysis, Document};

    #[test]
    fn lays_out_json_as_serde_json_pretty_does() {
        let cases = [
            r#"{}"#,
            r#"[]"#,
            r#"{"a":[],"b":{},"c":[1,{"d":"x, y: {z}"}],"e":"quote \" and \\","f":null}"#,
            r#"[[],[[]],{"":{}}]"#,
            r#""plain""#,
            r#"12.5"#,
        ];
        for case in cases {
            let value: serde_json::Value = serde_json::from_str(case).unwrap();
            assert_eq!(
                pretty(case),
                serde_json::to_string_pretty(&value).unwrap(),
                "{case}"
            );
        }
    }

    #[test]
    fn lays_out_an_analysis_as_serde_json_pretty_does() {
        let documents = [
            Document::from_text(
                "a",
                "Costs rose 12% to $4.5 billion, the minister said. \"It is \\ a \"record\",\" she added.",
            ),
            Document::from_text("b", "Officials said costs rose about 10% to $4 billion."),
        ];
        let analysis = Analysis::of(&documents).with_texts(&documents);
        let compact = serde_json::to_string(&analysis).unwrap();
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&analysis).unwrap()
        );
    }
}

//! Each export format read back with a small parser written to the format's
//! documentation: offsets are code points and cover exactly the span text.

mod export_fixture;

use std::fs;
use std::io::Read as _;

use export_fixture::{T1, cp_slice, expected, export, opts, project};
use newsmark::formats::export::{DocFilter, Format, Split, StatusFilter};
use newsmark::model::Status;
use serde_json::Value;

fn sorted(mut v: Vec<(String, String, String)>) -> Vec<(String, String, String)> {
    v.sort();
    v
}

#[test]
fn jsonl_lines_carry_code_point_spans_and_every_field() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let s = export(
        &p,
        &opts(Format::Jsonl, |o| o.status = StatusFilter::All),
        &out,
    );
    assert_eq!(s.documents, 4);
    assert_eq!(s.spans, 14, "all, rejected included: jsonl carries status");
    let text = fs::read_to_string(&out).unwrap();
    let mut got = Vec::new();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let t = v["text"].as_str().unwrap();
        for sp in v["spans"].as_array().unwrap() {
            let (a, b) = (sp["start"].as_u64().unwrap(), sp["end"].as_u64().unwrap());
            let cut = cp_slice(t, a as usize, b as usize);
            assert_eq!(cut, sp["text"].as_str().unwrap());
            assert!(sp["attrs"].is_object());
            assert!(sp["status"].is_string() && sp["origin"].is_string());
            got.push((
                v["id"].as_str().unwrap().to_string(),
                sp["label"].as_str().unwrap().to_string(),
                cut,
            ));
        }
    }
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["text"], T1);
    assert_eq!(first["meta"]["url"], "https://example.org/1");
    assert_eq!(first["name"], "One");
    assert_eq!(
        sorted(got),
        expected(&p, &[Status::Accepted, Status::Pending, Status::Rejected])
    );
}

#[test]
fn doccano_label_triples_are_code_points() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.jsonl");
    export(&p, &opts(Format::Doccano, |_| {}), &out);
    let mut got = Vec::new();
    let text = fs::read_to_string(&out).unwrap();
    for (line, d) in text.lines().zip(&p.documents) {
        let v: Value = serde_json::from_str(line).unwrap();
        let t = v["text"].as_str().unwrap();
        assert_eq!(t, d.text());
        for l in v["label"].as_array().unwrap() {
            let (a, b) = (
                l[0].as_u64().unwrap() as usize,
                l[1].as_u64().unwrap() as usize,
            );
            got.push((
                d.id.clone(),
                l[2].as_str().unwrap().to_string(),
                cp_slice(t, a, b),
            ));
        }
    }
    assert_eq!(text.lines().count(), 4);
    assert_eq!(sorted(got), expected(&p, &[Status::Accepted]));
}

#[test]
fn label_studio_tasks_split_annotations_and_predictions_and_config_lists_labels() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tasks.json");
    let s = export(
        &p,
        &opts(Format::LabelStudio, |o| {
            o.status = StatusFilter::All;
            o.include_attrs = true;
        }),
        &out,
    );
    let config = dir.path().join("tasks.config.xml");
    assert_eq!(s.files, vec![out.clone(), config.clone()]);
    let tasks: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 4);
    let (mut acc, mut pend) = (Vec::new(), Vec::new());
    let mut attrs = 0;
    for t in tasks {
        let text = t["data"]["text"].as_str().unwrap();
        for (key, into) in [("annotations", &mut acc), ("predictions", &mut pend)] {
            for a in t[key].as_array().into_iter().flatten() {
                for r in a["result"].as_array().unwrap() {
                    let v = &r["value"];
                    let (s, e) = (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
                    let cut = cp_slice(text, s as usize, e as usize);
                    assert_eq!(cut, v["text"].as_str().unwrap_or(&cut));
                    assert_eq!(r["to_name"], "text");
                    if r["type"] == "textarea" {
                        attrs += 1;
                        assert_eq!(r["from_name"], "attrs");
                        continue;
                    }
                    assert_eq!(r["type"], "labels");
                    assert_eq!(r["from_name"], "label");
                    let label = v["labels"][0].as_str().unwrap().to_string();
                    into.push((
                        t["data"]["doc_id"].as_str().unwrap().to_string(),
                        label,
                        cut,
                    ));
                }
            }
        }
    }
    assert_eq!(sorted(acc), expected(&p, &[Status::Accepted]));
    assert_eq!(sorted(pend), expected(&p, &[Status::Pending]));
    assert_eq!(attrs, 2);
    let xml = fs::read_to_string(config).unwrap();
    for l in ["CLAIM", "QUOTE", "FIGURE", "PLACE"] {
        assert!(xml.contains(&format!("<Label value=\"{l}\"")), "{xml}");
    }
    assert!(xml.contains("<Text name=\"text\" value=\"$text\"/>"));
    assert!(xml.contains("perRegion=\"true\""));
}

#[test]
fn brat_ann_offsets_and_fragments_match_the_txt() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brat");
    let s = export(&p, &opts(Format::Brat, |o| o.include_attrs = true), &out);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    let conf = fs::read_to_string(out.join("annotation.conf")).unwrap();
    assert!(
        conf.starts_with("[entities]\nCLAIM\nQUOTE\nFIGURE\nPLACE\n"),
        "{conf}"
    );
    assert!(out.join("visual.conf").is_file());
    let mut got = Vec::new();
    let mut notes = Vec::new();
    for d in &p.documents {
        // File names keep ASCII letters, digits, '-', '_' and '.'.
        let stem: String =
            d.id.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
        let txt = fs::read_to_string(out.join(format!("{stem}.txt"))).unwrap();
        assert_eq!(txt, d.text(), "text byte for byte, CRLF kept");
        let ann = fs::read_to_string(out.join(format!("{stem}.ann"))).unwrap();
        for line in ann.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols[0].starts_with('#') {
                notes.push(cols[2].to_string());
                continue;
            }
            let (label, ranges) = cols[1].split_once(' ').unwrap();
            let mut parts = Vec::new();
            let (mut lo, mut hi) = (usize::MAX, 0);
            for r in ranges.split(';') {
                let (a, b) = r.split_once(' ').unwrap();
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                parts.push(cp_slice(&txt, a, b));
                lo = lo.min(a);
                hi = hi.max(b);
            }
            assert_eq!(parts.join(" "), cols[2], "{line}");
            got.push((d.id.clone(), label.to_string(), cp_slice(&txt, lo, hi)));
        }
    }
    assert_eq!(sorted(got), expected(&p, &[Status::Accepted]));
    notes.sort();
    assert_eq!(notes, ["speaker=Mr. Müller", "value=3%"]);
    let across = fs::read_to_string(out.join("doc-1.ann")).unwrap();
    assert!(
        across.contains("Müller. Cafe\u{301}"),
        "fragments joined by a space: {across}"
    );
}

#[test]
fn conll_has_one_column_per_label_layer_and_keeps_every_span() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.conll");
    export(&p, &opts(Format::Conll, |_| {}), &out);
    let text = fs::read_to_string(&out).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    // doc-2 has two overlapping CLAIMs, so CLAIM gets a second layer.
    assert_eq!(
        header,
        "# global.columns = ID FORM CLAIM CLAIM_2 QUOTE FIGURE PLACE"
    );
    let names: Vec<&str> = header.split(' ').skip(5).collect();
    let mut begins = std::collections::BTreeMap::<String, usize>::new();
    let mut docs = Vec::new();
    let mut forms = String::new();
    let mut number = 0;
    for line in lines {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            docs.push(id.to_string());
            number = 0;
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), names.len() + 2, "{line}");
        // Tokens are numbered from 1 in each document.
        number += 1;
        assert_eq!(cols[0], number.to_string(), "{line}");
        forms.push_str(cols[1]);
        for (tag, name) in cols[2..].iter().zip(&names) {
            let label = name.split('_').next().unwrap();
            if let Some(l) = tag.strip_prefix("B-") {
                assert_eq!(l, label);
                *begins.entry(l.to_string()).or_default() += 1;
            } else {
                assert!(
                    *tag == "O" || tag.strip_prefix("I-") == Some(label),
                    "{line}"
                );
            }
        }
    }
    assert_eq!(docs, ["doc-1", "doc 2/β", "doc-3", "doc-4"]);
    let all: String = p.documents.iter().map(|d| d.text()).collect();
    let no_space: String = all.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(forms, no_space, "every non-space character is in a token");
    let mut want = std::collections::BTreeMap::<String, usize>::new();
    for (_, l, _) in expected(&p, &[Status::Accepted]) {
        *want.entry(l).or_default() += 1;
    }
    assert_eq!(begins, want);
}

/// A CSV reader for RFC 4180 quoting.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_rows_are_neutralised_against_formulas() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.csv");
    export(&p, &opts(Format::Csv, |_| {}), &out);
    let rows = parse_csv(&fs::read_to_string(&out).unwrap());
    assert_eq!(
        rows[0],
        [
            "document",
            "start",
            "end",
            "label",
            "text",
            "attributes",
            "status"
        ]
    );
    assert_eq!(rows.len() - 1, expected(&p, &[Status::Accepted]).len());
    for r in &rows[1..] {
        assert_eq!(r.len(), 7);
        let first = r[4].chars().next().unwrap();
        assert!(
            !matches!(first, '=' | '+' | '-' | '@' | '\t' | '\r'),
            "{r:?}"
        );
        let d = p.doc(&r[0]).unwrap();
        let (a, b): (usize, usize) = (r[1].parse().unwrap(), r[2].parse().unwrap());
        let cut = cp_slice(d.text(), a, b);
        assert!(r[4] == cut || r[4] == format!("'{cut}"), "{r:?}");
    }
    let texts: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert!(texts.contains(&"'=SUM(A1) is not a claim."));
    assert!(texts.contains(&"'-2 degrees"));
    assert!(texts.contains(&"'+3 risk"));
    assert!(texts.contains(&"'@handle"));
    assert!(rows.iter().any(|r| r[5] == r#"{"speaker":"Mr. Müller"}"#));
}

#[test]
fn spacy_docbin_is_zlib_msgpack_with_the_docbin_keys() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("train.spacy");
    let s = export(&p, &opts(Format::Spacy, |_| {}), &out);
    assert_eq!(s.spans, expected(&p, &[Status::Accepted]).len());
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(fs::File::open(&out).unwrap())
        .read_to_end(&mut raw)
        .unwrap();
    assert_eq!(raw[0], 0x89, "a msgpack map of nine keys");
    let has = |k: &str| raw.windows(k.len()).any(|w| w == k.as_bytes());
    for k in [
        "version",
        "attrs",
        "tokens",
        "spaces",
        "lengths",
        "strings",
        "cats",
        "flags",
        "span_groups",
    ] {
        assert!(has(k), "{k}");
    }
    assert!(has("Müller") && has("👍🏽") && has("PLACE"));
}

#[test]
fn filters_split_and_bad_labels() {
    let p = project();
    let dir = tempfile::tempdir().unwrap();
    // Labels subset and pending only.
    let out = dir.path().join("pending.jsonl");
    let s = export(
        &p,
        &opts(Format::Jsonl, |o| {
            o.status = StatusFilter::Pending;
            o.labels = Some(vec!["PLACE".into()]);
        }),
        &out,
    );
    assert_eq!((s.documents, s.spans), (4, 1));
    // Done documents only.
    let s = export(
        &p,
        &opts(Format::Doccano, |o| o.docs = DocFilter::Done),
        &dir.path().join("done.jsonl"),
    );
    assert_eq!((s.documents, s.spans), (1, 5));
    // A split writes one file per part, every document once, same seed same parts.
    let mut split = Split::parse("train=0.5,dev=0.25,test=0.25").unwrap();
    split.seed = 11;
    let o = opts(Format::Jsonl, |o| o.split = Some(split.clone()));
    let a = dir.path().join("a");
    let s = export(&p, &o, &a);
    let names: Vec<String> = s
        .files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["train.jsonl", "dev.jsonl", "test.jsonl"]);
    let count = |f: &std::path::Path| fs::read_to_string(f).unwrap().lines().count();
    assert_eq!(
        s.files.iter().map(|f| count(f)).collect::<Vec<_>>(),
        [2, 1, 1]
    );
    let b = dir.path().join("b");
    export(&p, &o, &b);
    for n in &names {
        assert_eq!(fs::read(a.join(n)).unwrap(), fs::read(b.join(n)).unwrap());
    }
    // brat with a split: one folder per part.
    let s = export(
        &p,
        &opts(Format::Brat, |o| o.split = Some(split)),
        &dir.path().join("c"),
    );
    assert!(s.files.iter().all(|f| f.join("annotation.conf").is_file()));
    // An unknown label is refused with the known ones named.
    let e = newsmark::formats::export::export_project(
        &p,
        &opts(Format::Csv, |o| o.labels = Some(vec!["NOPE".into()])),
        &dir.path().join("x.csv"),
        &mut |_, _| {},
    )
    .unwrap_err();
    assert!(
        e.to_string().contains("NOPE") && e.to_string().contains("CLAIM"),
        "{e}"
    );
    assert!(!dir.path().join("x.csv").exists());
}

#[test]
fn format_names_parse_and_print() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
    }
    assert_eq!(
        "label_studio".parse::<Format>().unwrap(),
        Format::LabelStudio
    );
    assert!("xml".parse::<Format>().is_err());
    assert_eq!("all".parse::<StatusFilter>().unwrap(), StatusFilter::All);
    assert_eq!("done".parse::<DocFilter>().unwrap(), DocFilter::Done);
}

/// A project whose labels and texts trip line-oriented formats: a hashtag
/// token, a span of whitespace only, labels with spaces and labels that
/// clean up to the same name, and a line separator (U+2028) inside a span.
fn awkward_project() -> newsmark::Project {
    use newsmark::model::{Label, Span};
    let mut p = newsmark::Project::new();
    for name in ["SOURCE NAME", "SOURCE_NAME"] {
        p.labels.push(Label {
            name: name.into(),
            color: Label::palette(0),
            hotkey: None,
            description: String::new(),
        });
    }
    let text = "#MeToo grew  fast.\nPrices rose\u{2028}to 5 percent.";
    let mut d = newsmark::Document::new("d", "d", text);
    let at = |s: &str| (text.find(s).unwrap(), text.find(s).unwrap() + s.len());
    for (sub, label) in [
        ("#MeToo", "CLAIM"),
        ("#MeToo grew", "SOURCE NAME"),
        ("grew", "SOURCE_NAME"),
        ("  ", "FIGURE"),
        ("Prices rose\u{2028}to 5 percent.", "CLAIM"),
    ] {
        let (a, b) = at(sub);
        let id = p.alloc_span_id();
        d.add_span(Span::manual(id, a, b, label)).unwrap();
    }
    p.add_document(d);
    p
}

#[test]
fn conll_numbers_tokens_keeps_labels_apart_and_reports_what_it_cannot_write() {
    let p = awkward_project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.conll");
    let s = export(&p, &opts(Format::Conll, |_| {}), &out);
    let text = fs::read_to_string(&out).unwrap();
    let header = text.lines().next().unwrap();
    // No spaces in a column name, and the two labels stay two columns.
    assert_eq!(
        header,
        "# global.columns = ID FORM CLAIM QUOTE FIGURE SOURCE_NAME SOURCE_NAME-2"
    );
    // The hashtag's line starts with its number, not `#`.
    let first = text.lines().nth(2).unwrap();
    assert!(first.starts_with("1\t#\t"), "{first}");
    assert!(text.contains("\tB-SOURCE_NAME\t") && text.contains("\tB-SOURCE_NAME-2\n"));
    assert!(!text.contains("B-SOURCE NAME"));
    // The whitespace-only FIGURE has no token: said, and not counted.
    assert_eq!(s.spans, 4);
    assert!(!text.contains("B-FIGURE"));
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("holds only whitespace")),
        "{:?}",
        s.warnings
    );
    assert!(s.warnings.iter().any(|w| w.contains("SOURCE_NAME-2")));
}

#[test]
fn brat_keeps_every_python_line_break_out_of_a_line_and_labels_apart() {
    let p = awkward_project();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brat");
    export(&p, &opts(Format::Brat, |_| {}), &out);
    let ann = fs::read_to_string(out.join("d.ann")).unwrap();
    // What brat's `readlines` sees: every line is one whole annotation.
    let py_lines: Vec<&str> = ann
        .split([
            '\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{0B}', '\u{0C}',
        ])
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(py_lines.len(), ann.lines().count(), "{ann:?}");
    let across = py_lines
        .iter()
        .find(|l| l.contains("Prices"))
        .expect("the claim across the separator");
    // Two fragments, cut at the separator as at a line break.
    assert!(across.contains(';'), "{across}");
    assert!(across.ends_with("Prices rose to 5 percent."), "{across}");
    let conf = fs::read_to_string(out.join("annotation.conf")).unwrap();
    assert!(conf.contains("\nSOURCE_NAME\n") && conf.contains("\nSOURCE_NAME-2\n"));
    assert!(ann.contains("\tSOURCE_NAME ") && ann.contains("\tSOURCE_NAME-2 "));
}

//! Label Studio: a JSON list of tasks `{"id", "data": {"text", "doc_id",
//! "name"}, "annotations": [{"result": [...]}], "predictions": [...]}` with
//! accepted spans as the annotation and pending ones as a prediction, plus
//! the labeling config (`NAME.config.xml`) the tasks need. Offsets are code
//! points, as Label Studio stores them. With `--include-attrs`, attributes
//! are a per-region `TextArea` result (`speaker=Trump`) sharing the region id.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::sink::{AtomicFile, write_small};
use super::{Ctx, Progress, Written};
use crate::error::Result;
use crate::model::{Document, Span, Status};

/// The `from_name` of the labels control in the config.
pub const LABELS_NAME: &str = "label";
/// The `from_name` of the per-region attribute text area.
pub const ATTRS_NAME: &str = "attrs";

/// The config file beside a task file: `tasks.json` → `tasks.config.xml`.
pub fn config_path(tasks: &Path) -> PathBuf {
    tasks.with_extension("config.xml")
}

fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c => o.push(c),
        }
    }
    o
}

/// Result items; `origin` is `manual` for annotations, `prediction` for predictions.
fn results(d: &Document, spans: &[&Span], attrs: bool, origin: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for s in spans {
        let (start, end) = (d.char_at(s.start), d.char_at(s.end));
        let id = format!("s{}", s.id.0);
        out.push(json!({
            "id": id,
            "from_name": LABELS_NAME,
            "to_name": "text",
            "type": "labels",
            "origin": origin,
            "value": {"start": start, "end": end, "text": d.span_text(s), "labels": [s.label]},
        }));
        if attrs && !s.attrs.is_empty() {
            let lines: Vec<String> = s.attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            out.push(json!({
                "id": id,
                "from_name": ATTRS_NAME,
                "to_name": "text",
                "type": "textarea",
                "value": {"start": start, "end": end, "text": lines},
            }));
        }
    }
    out
}

/// Writes one task file and its config.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(b"[")?;
    let mut spans = 0;
    for (n, d) in ctx.documents().enumerate() {
        let kept = ctx.spans(d, false);
        spans += kept.len();
        let (acc, pend): (Vec<&Span>, Vec<&Span>) =
            kept.iter().partition(|s| s.status == Status::Accepted);
        let mut task = json!({
            "id": n + 1,
            "data": {"text": d.text(), "doc_id": d.id, "name": d.name},
        });
        if !acc.is_empty() || d.state == crate::model::DocState::Done {
            task["annotations"] =
                json!([{"result": results(d, &acc, ctx.opts.include_attrs, "manual")}]);
        }
        if !pend.is_empty() {
            task["predictions"] = json!([{
                "model_version": "newsmark-rules",
                "result": results(d, &pend, ctx.opts.include_attrs, "prediction"),
            }]);
        }
        f.write_all(if n == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(f.writer(), &task).map_err(|e| f.err(e.into()))?;
        prog.tick()?;
    }
    f.write_all(b"\n]\n")?;
    let tasks = f.commit()?;
    let mut xml = String::from("<View>\n  <Labels name=\"label\" toName=\"text\">\n");
    for l in &ctx.labels {
        let _ = writeln!(
            xml,
            "    <Label value=\"{}\" background=\"{}\"/>",
            xml_escape(l),
            ctx.color(l)
        );
    }
    xml.push_str("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
    if ctx.opts.include_attrs {
        xml.push_str(
            "  <TextArea name=\"attrs\" toName=\"text\" perRegion=\"true\" editable=\"true\" placeholder=\"key=value\"/>\n",
        );
    }
    xml.push_str("</View>\n");
    let config = write_small(&config_path(path), xml.as_bytes())?;
    Ok(Written {
        files: vec![tasks, config],
        spans,
        warnings: Vec::new(),
    })
}

//! CSV, one row per span: `document,start,end,label,text,attributes,status`
//! (code points; attributes as a JSON object). Cells that a spreadsheet
//! would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get
//! a leading `'`, so opening the file never runs anything.

use std::path::Path;

use super::sink::AtomicFile;
use super::{Ctx, Progress, Written};
use crate::error::Result;

/// A cell made safe against formula injection and quoted per RFC 4180.
pub fn cell(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// Writes one CSV file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(b"document,start,end,label,text,attributes,status\r\n")?;
    let mut spans = 0;
    for d in ctx.documents() {
        for s in ctx.spans(d, false) {
            spans += 1;
            let attrs = if s.attrs.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&s.attrs).unwrap_or_default()
            };
            let row = format!(
                "{},{},{},{},{},{},{}\r\n",
                cell(&d.id),
                d.char_at(s.start),
                d.char_at(s.end),
                cell(&s.label),
                cell(d.span_text(s)),
                cell(&attrs),
                s.status.as_str()
            );
            f.write_all(row.as_bytes())?;
        }
        prog.tick()?;
    }
    Ok(Written::one(f.commit()?, spans))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@x"), "'@x");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("say \"hi\", ok"), "\"say \"\"hi\"\", ok\"");
        assert_eq!(cell("“curly”"), "“curly”");
    }
}

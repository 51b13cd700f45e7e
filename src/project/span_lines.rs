//! A fast reader for span lines in the canonical layout that `save` writes
//! (`(id: 1, start: 81, end: 91, label: "FIGURE", status: Pending, origin:
//! Rule("figure.count"), attrs: {"value": "4"}),`). Big projects are mostly
//! such lines, and a general RON parser spends most of the load on them. A
//! line in any other shape (an escape in a string, a hand edit, an old
//! `why` field) is read by `ron` instead, so the result is always the same.

use super::schema::SpanFile;
use crate::model::{Attrs, Origin, Status};

/// Reads one span line (without its indentation; a trailing comma is
/// allowed). `None` when `ron` could not read it either.
pub(super) fn parse(line: &str) -> Option<SpanFile> {
    let line = line.strip_suffix(',').unwrap_or(line);
    fast(line).or_else(|| ron::from_str(line).ok())
}

/// The canonical shape only; `None` for anything else.
fn fast(line: &str) -> Option<SpanFile> {
    let mut c = Cursor { s: line.as_bytes() };
    c.lit(b"(id: ")?;
    let id = c.num()?;
    c.lit(b", start: ")?;
    let start = c.num()? as usize;
    c.lit(b", end: ")?;
    let end = c.num()? as usize;
    c.lit(b", label: ")?;
    let label = c.string()?;
    c.lit(b", status: ")?;
    let status = match c.ident()? {
        b"Accepted" => Status::Accepted,
        b"Pending" => Status::Pending,
        b"Rejected" => Status::Rejected,
        _ => return None,
    };
    c.lit(b", origin: ")?;
    let origin = match c.ident()? {
        b"Manual" => Origin::Manual,
        b"Rule" => Origin::Rule(c.paren_string()?),
        b"Import" => Origin::Import(c.paren_string()?),
        _ => return None,
    };
    let mut attrs = Attrs::new();
    if c.lit(b", attrs: {").is_some() {
        loop {
            let k = c.string()?;
            c.lit(b": ")?;
            let v = c.string()?;
            attrs.insert(k, v);
            if c.lit(b"}").is_some() {
                break;
            }
            c.lit(b", ")?;
        }
    }
    let note = match c.lit(b", note: Some(") {
        Some(()) => {
            let n = c.string()?;
            c.lit(b")")?;
            Some(n)
        }
        None => None,
    };
    c.lit(b")")?;
    if !c.s.is_empty() {
        return None;
    }
    Some(SpanFile {
        id,
        start,
        end,
        label,
        status,
        origin,
        attrs,
        note,
        why: None,
    })
}

struct Cursor<'a> {
    s: &'a [u8],
}

impl Cursor<'_> {
    fn lit(&mut self, l: &[u8]) -> Option<()> {
        self.s = self.s.strip_prefix(l)?;
        Some(())
    }

    /// Decimal digits, no sign, no overflow.
    fn num(&mut self) -> Option<u64> {
        let n = self.s.iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 || n > 19 {
            return None;
        }
        let v = self.s[..n]
            .iter()
            .fold(0u64, |v, &b| v * 10 + (b - b'0') as u64);
        self.s = &self.s[n..];
        Some(v)
    }

    fn ident(&mut self) -> Option<&[u8]> {
        let n = self
            .s
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let (w, rest) = self.s.split_at(n);
        self.s = rest;
        (n > 0).then_some(w)
    }

    /// A string with no escapes (any backslash gives up: `ron` reads it).
    fn string(&mut self) -> Option<String> {
        let rest = self.s.strip_prefix(b"\"")?;
        let n = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
        if rest[n] != b'"' {
            return None;
        }
        let out = std::str::from_utf8(&rest[..n]).ok()?.to_string();
        self.s = &rest[n + 1..];
        Some(out)
    }

    fn paren_string(&mut self) -> Option<String> {
        self.lit(b"(")?;
        let v = self.string()?;
        self.lit(b")")?;
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(line: &str) {
        let a = fast(line.strip_suffix(',').unwrap_or(line)).expect("fast path");
        let b: SpanFile = ron::from_str(line.strip_suffix(',').unwrap_or(line)).unwrap();
        assert_eq!(
            (
                a.id, a.start, a.end, &a.label, a.status, &a.origin, &a.attrs, &a.note
            ),
            (
                b.id, b.start, b.end, &b.label, b.status, &b.origin, &b.attrs, &b.note
            )
        );
    }

    #[test]
    fn canonical_lines_read_as_ron_reads_them() {
        same(
            r#"(id: 1, start: 81, end: 91, label: "FIGURE", status: Pending, origin: Rule("figure.words"), attrs: {"value": "4"}),"#,
        );
        same(r#"(id: 7, start: 0, end: 3, label: "QUOTE", status: Accepted, origin: Manual)"#);
        same(
            r#"(id: 9, start: 2, end: 5, label: "Ünïcode", status: Rejected, origin: Import("brat"), attrs: {"a": "1", "b": "ü"}, note: Some("check"))"#,
        );
    }

    #[test]
    fn other_shapes_fall_back_to_ron() {
        // An escape, extra spaces, an old explanation: ron reads them.
        let esc = r#"(id: 1, start: 0, end: 1, label: "Q", status: Pending, origin: Manual, note: Some("say \"hi\""))"#;
        assert!(fast(esc).is_none());
        assert_eq!(parse(esc).unwrap().note.as_deref(), Some("say \"hi\""));
        let spaced = r#"( id: 1, start: 0, end: 1, label: "Q", status: Pending, origin: Manual )"#;
        assert!(fast(spaced).is_none());
        assert_eq!(parse(spaced).unwrap().id, 1);
        let why = r#"(id: 2, start: 0, end: 1, label: "Q", status: Pending, origin: Manual, why: Some((summary: "x", pieces: [])))"#;
        assert!(parse(why).unwrap().why.is_some());
        assert!(parse("(id: 1, start: oops)").is_none());
    }
}

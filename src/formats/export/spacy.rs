//! spaCy 3 `.spacy` files (a `DocBin`), written directly: a zlib-compressed
//! MessagePack map with `version`, `attrs` (ORTH, ENT_IOB, ENT_TYPE),
//! `tokens` (little-endian u64 rows), `spaces`, `lengths` (i32), `strings`,
//! `cats`, `flags` and `span_groups`, as `spacy/tokens/_serialize.py` reads
//! it. Strings are 64-bit MurmurHash64A hashes (seed 1), as spaCy's
//! `StringStore` makes them.
//!
//! Tokens are word-boundary segments cut at every span boundary, so every
//! span maps to whole tokens; a single space after a token becomes that
//! token's trailing space, as spaCy's own tokenizer does, unless a span
//! starts at it or ends after it. Every span goes to `doc.spans["sc"]`. A
//! label whose spans in a document overlap no other span of the same label
//! can be an entity: those go to `doc.ents`, shortest first, skipping any
//! that overlaps an entity already chosen; tokens of spans left out of
//! `doc.ents` are marked "missing" rather than "outside".
//!
//! The file is streamed in four passes over the documents (the token table
//! is one MessagePack binary whose length comes first), recomputing each
//! document's tokens each time rather than holding them.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::ZlibEncoder;

use super::msgpack as mp;
use super::sink::AtomicFile;
use super::spacy_symbols::SYMBOLS;
use super::tokens::tokenize;
use super::{Ctx, Progress, Written};
use crate::error::{Error, Result};
use crate::model::{Document, Span};

/// spaCy's attribute ids (`spacy.attrs`).
const ORTH: u64 = 65;
const ENT_IOB: u64 = 77;
const ENT_TYPE: u64 = 78;
/// ENT_IOB values: missing, inside, outside, begin.
const IOB_MISSING: u64 = 0;
const IOB_I: u64 = 1;
const IOB_O: u64 = 2;
const IOB_B: u64 = 3;

/// MurmurHash64A, the 64-bit hash spaCy uses for strings.
fn murmur64a(key: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h = seed ^ (key.len() as u64).wrapping_mul(M);
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut k = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= (b as u64) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// The id spaCy's `StringStore` gives a string: a built-in symbol's own
/// id (`number` is 432, `ORG` 383; spaCy cannot look their hashes up),
/// else the hash (the empty string is 0).
pub fn hash_string(s: &str) -> u64 {
    if s.is_empty() {
        return 0;
    }
    match SYMBOLS.binary_search_by(|(k, _)| (*k).cmp(s)) {
        Ok(i) => SYMBOLS[i].1,
        Err(_) => murmur64a(s.as_bytes(), 1),
    }
}

/// A spaCy token: byte range and whether one space follows it.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    space: bool,
}

/// One document as spaCy will see it.
struct Plan<'d> {
    words: Vec<Word>,
    iob: Vec<u64>,
    ent_type: Vec<u64>,
    /// (label, first token, token end, code point start, code point end).
    group: Vec<(&'d str, usize, usize, usize, usize)>,
}

fn plan<'d>(d: &'d Document, spans: &[&'d Span]) -> Plan<'d> {
    let text = d.text();
    let cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let starts: BTreeSet<usize> = spans.iter().map(|s| s.start).collect();
    let ends: BTreeSet<usize> = spans.iter().map(|s| s.end).collect();
    let mut words: Vec<Word> = Vec::new();
    for t in tokenize(text, &cuts) {
        let one_space = text.get(t.start..t.end) == Some(" ");
        if one_space
            && !starts.contains(&t.start)
            && !ends.contains(&t.end)
            && let Some(prev) = words.last_mut()
            && !prev.space
            && prev.end == t.start
        {
            prev.space = true;
            continue;
        }
        words.push(Word {
            start: t.start,
            end: t.end,
            space: false,
        });
    }
    let tok_of_start = |b: usize| words.partition_point(|w| w.start < b);
    let tok_of_end = |b: usize| words.partition_point(|w| w.end < b) + 1;
    let group = spans
        .iter()
        .map(|s| {
            (
                s.label.as_str(),
                tok_of_start(s.start),
                tok_of_end(s.end),
                d.char_at(s.start),
                d.char_at(s.end),
            )
        })
        .collect::<Vec<_>>();
    // Entities: labels that do not overlap themselves here, shortest first.
    let self_overlapping = |label: &str| {
        let mut end = 0;
        spans.iter().filter(|s| s.label == label).any(|s| {
            let o = s.start < end;
            end = end.max(s.end);
            o
        })
    };
    let mut cands: Vec<usize> = (0..spans.len())
        .filter(|&i| !self_overlapping(&spans[i].label))
        .collect();
    cands.sort_by_key(|&i| (group[i].2 - group[i].1, group[i].1));
    let n = words.len();
    let mut iob = vec![IOB_O; n];
    let mut ent_type = vec![0u64; n];
    let mut taken = vec![false; n];
    let mut chosen = vec![false; spans.len()];
    for i in cands {
        let (label, a, b, _, _) = group[i];
        if a >= b || b > n || taken[a..b].iter().any(|&t| t) {
            continue;
        }
        chosen[i] = true;
        let h = hash_string(label);
        for (k, j) in (a..b).enumerate() {
            taken[j] = true;
            iob[j] = if k == 0 { IOB_B } else { IOB_I };
            ent_type[j] = h;
        }
    }
    for (i, g) in group.iter().enumerate() {
        if !chosen[i] {
            for j in g.1..g.2.min(n) {
                if !taken[j] {
                    iob[j] = IOB_MISSING;
                }
            }
        }
    }
    Plan {
        words,
        iob,
        ent_type,
        group,
    }
}

/// `doc.spans.to_bytes()` for the one group `sc`, written even when empty
/// so `doc.spans["sc"]` exists on every document (spancat expects it).
fn span_groups_bytes(p: &Plan) -> Vec<u8> {
    let mut v = Vec::new();
    let mut g = Vec::new();
    mp::map(&mut g, 3).ok();
    mp::str(&mut g, "name").ok();
    mp::str(&mut g, "sc").ok();
    mp::str(&mut g, "attrs").ok();
    mp::map(&mut g, 0).ok();
    mp::str(&mut g, "spans").ok();
    mp::array(&mut g, p.group.len()).ok();
    for &(label, a, b, ca, cb) in &p.group {
        let mut rec = [0u8; 40];
        rec[16..24].copy_from_slice(&hash_string(label).to_be_bytes());
        rec[24..28].copy_from_slice(&(a as i32).to_be_bytes());
        rec[28..32].copy_from_slice(&(b as i32).to_be_bytes());
        rec[32..36].copy_from_slice(&(ca as i32).to_be_bytes());
        rec[36..40].copy_from_slice(&(cb as i32).to_be_bytes());
        mp::bin(&mut g, &rec).ok();
    }
    mp::map(&mut v, 1).ok();
    mp::bin(&mut v, &g).ok();
    mp::array(&mut v, 1).ok();
    mp::str(&mut v, "sc").ok();
    v
}

/// Writes one `.spacy` file.
pub(super) fn write(ctx: &Ctx, path: &Path, prog: &mut Progress) -> Result<Written> {
    let too_big = || Error::invalid(path, "too many tokens for one .spacy file; use --split");
    // Pass 1: token counts and the string table.
    let mut lengths: Vec<i32> = Vec::new();
    let mut strings: BTreeSet<String> = BTreeSet::new();
    strings.insert(String::new());
    let mut spans = 0;
    for d in ctx.documents() {
        let kept = ctx.spans(d, false);
        spans += kept.len();
        let p = plan(d, &kept);
        lengths.push(i32::try_from(p.words.len()).map_err(|_| too_big())?);
        for w in &p.words {
            if let Some(t) = d.text().get(w.start..w.end)
                && !strings.contains(t)
            {
                strings.insert(t.to_string());
            }
        }
        for s in &kept {
            if !strings.contains(&s.label) {
                strings.insert(s.label.clone());
            }
        }
    }
    let total: usize = lengths.iter().map(|&n| n as usize).sum();
    let token_bytes = total.checked_mul(24).filter(|&n| n <= u32::MAX as usize);
    let token_bytes = token_bytes.ok_or_else(too_big)?;
    let n = lengths.len();

    let mut f = AtomicFile::create(path)?;
    let io = |e: std::io::Error| Error::io(path, e);
    {
        let mut z = ZlibEncoder::new(f.writer(), Compression::default());
        mp::map(&mut z, 9).map_err(io)?;
        mp::str(&mut z, "version").map_err(io)?;
        mp::str(&mut z, "0.1").map_err(io)?;
        mp::str(&mut z, "attrs").map_err(io)?;
        mp::array(&mut z, 3).map_err(io)?;
        for a in [ORTH, ENT_IOB, ENT_TYPE] {
            mp::uint(&mut z, a).map_err(io)?;
        }
        mp::str(&mut z, "lengths").map_err(io)?;
        mp::bin_header(&mut z, n * 4).map_err(io)?;
        for l in &lengths {
            z.write_all(&l.to_le_bytes()).map_err(io)?;
        }
        mp::str(&mut z, "strings").map_err(io)?;
        mp::array(&mut z, strings.len()).map_err(io)?;
        for s in &strings {
            mp::str(&mut z, s).map_err(io)?;
        }
        drop(strings);
        mp::str(&mut z, "cats").map_err(io)?;
        mp::array(&mut z, n).map_err(io)?;
        for _ in 0..n {
            mp::map(&mut z, 0).map_err(io)?;
        }
        mp::str(&mut z, "flags").map_err(io)?;
        mp::array(&mut z, n).map_err(io)?;
        for _ in 0..n {
            mp::map(&mut z, 1).map_err(io)?;
            mp::str(&mut z, "has_unknown_spaces").map_err(io)?;
            mp::bool(&mut z, false).map_err(io)?;
        }
        // Pass 2: the token table, row by row.
        mp::str(&mut z, "tokens").map_err(io)?;
        mp::bin_header(&mut z, token_bytes).map_err(io)?;
        for d in ctx.documents() {
            let p = plan(d, &ctx.spans(d, false));
            for (j, w) in p.words.iter().enumerate() {
                let orth = hash_string(d.text().get(w.start..w.end).unwrap_or(""));
                for v in [orth, p.iob[j], p.ent_type[j]] {
                    z.write_all(&v.to_le_bytes()).map_err(io)?;
                }
            }
        }
        // Pass 3: trailing spaces, one byte a token.
        mp::str(&mut z, "spaces").map_err(io)?;
        mp::bin_header(&mut z, total).map_err(io)?;
        for d in ctx.documents() {
            let p = plan(d, &ctx.spans(d, false));
            let row: Vec<u8> = p.words.iter().map(|w| w.space as u8).collect();
            z.write_all(&row).map_err(io)?;
        }
        // Pass 4: the span groups.
        mp::str(&mut z, "span_groups").map_err(io)?;
        mp::array(&mut z, n).map_err(io)?;
        for d in ctx.documents() {
            let p = plan(d, &ctx.spans(d, false));
            mp::bin(&mut z, &span_groups_bytes(&p)).map_err(io)?;
            prog.tick()?;
        }
        z.finish().map_err(io)?;
    }
    Ok(Written::one(f.commit()?, spans))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SpanId;

    #[test]
    fn hashes_match_spacy() {
        // Values printed by spaCy 3.8's `hash_string`.
        assert_eq!(hash_string("hello"), 5983625672228268878);
        assert_eq!(hash_string("👍"), 13103463405891314094);
        assert_eq!(hash_string(""), 0);
        // Built-in symbols keep their ids (`spacy.strings.StringStore().add`).
        assert_eq!(hash_string("number"), 432);
        assert_eq!(hash_string("ORG"), 383);
        assert_eq!(hash_string("root"), 449);
        assert!(
            SYMBOLS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for the search"
        );
    }

    #[test]
    fn every_span_is_whole_tokens_and_text_is_rebuilt() {
        let text = "“Hi 👍,” she said.\r\nCafe\u{301}  x";
        let mut d = Document::new("d", "d", text);
        let q = text.find(',').unwrap();
        d.add_span(Span::manual(SpanId(1), 0, q + 4, "QUOTE"))
            .unwrap();
        let e = text.find('👍').unwrap();
        d.add_span(Span::manual(SpanId(2), e, e + 4, "FIGURE"))
            .unwrap();
        d.add_span(Span::manual(SpanId(3), 0, text.len(), "CLAIM"))
            .unwrap();
        let spans: Vec<&Span> = d.spans().iter().collect();
        let p = plan(&d, &spans);
        let mut rebuilt = String::new();
        for w in &p.words {
            rebuilt.push_str(&text[w.start..w.end]);
            if w.space {
                rebuilt.push(' ');
            }
        }
        assert_eq!(rebuilt, text);
        for (s, g) in spans.iter().zip(&p.group) {
            assert_eq!(p.words[g.1].start, s.start);
            assert_eq!(p.words[g.2 - 1].end, s.end);
        }
        // FIGURE (shortest) is an entity; QUOTE and CLAIM overlap it.
        let ents: Vec<usize> = (0..p.words.len()).filter(|&j| p.iob[j] == IOB_B).collect();
        assert_eq!(ents.len(), 1);
        assert_eq!(p.ent_type[ents[0]], hash_string("FIGURE"));
    }
}

//! A first-byte prefilter for `Regex` rules whose start the `regex` crate
//! cannot turn into literals (a Unicode `\d` or a `[A-Z]` class): every match
//! begins with one of a small set of bytes, so the search jumps between them
//! instead of running its automaton over every byte. A prefilter only skips
//! places where no match can start, so the matches are the same; it is
//! built once, when the rule set is compiled, and only where it should pay.

use regex_automata::util::prefilter::Prefilter;
use regex_automata::util::syntax;
use regex_automata::{MatchKind, meta};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Rough share of each byte in English news text, per mille.
fn news_share(b: u8) -> u32 {
    const LOWER: [u32; 26] = [
        65, 12, 22, 34, 100, 18, 16, 48, 56, 1, 6, 32, 19, 54, 60, 15, 1, 48, 50, 72, 22, 8, 19, 1,
        16, 1,
    ];
    match b {
        b'a'..=b'z' => LOWER[(b - b'a') as usize],
        b' ' => 170,
        b'A'..=b'Z' | b'0'..=b'9' => 2,
        _ => 1,
    }
}

/// Above this share of bytes (per mille) a first-byte prefilter stops so
/// often that the plain automaton is faster.
const MAX_SHARE: u32 = 120;

/// Adds the bytes a match of `h` can start with to `set`; returns true when
/// `h` can match the empty string (then what follows it can start a match too).
fn first_bytes(h: &Hir, set: &mut [bool; 256]) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(l) => match l.0.first() {
            Some(&b) => {
                set[b as usize] = true;
                false
            }
            None => true,
        },
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.iter() {
                for seq in regex_syntax::utf8::Utf8Sequences::new(r.start(), r.end()) {
                    if let Some(lead) = seq.as_slice().first() {
                        for b in lead.start..=lead.end {
                            set[b as usize] = true;
                        }
                    }
                }
            }
            false
        }
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.iter() {
                for b in r.start()..=r.end() {
                    set[b as usize] = true;
                }
            }
            false
        }
        HirKind::Repetition(r) => first_bytes(&r.sub, set) || r.min == 0,
        HirKind::Capture(c) => first_bytes(&c.sub, set),
        HirKind::Concat(parts) => parts.iter().all(|p| first_bytes(p, set)),
        HirKind::Alternation(alts) => alts
            .iter()
            .fold(false, |nullable, a| first_bytes(a, set) | nullable),
    }
}

/// Does every match start with one of a few known literals of three bytes
/// or more (`Photo`, `Credit`)? Then the regex crate searches for them
/// itself, many bytes at a time, which beats stopping at every byte that
/// can start one. Not when a branch opens with a look-around (`^`, `\b`):
/// the crate then runs its automaton from every line or word start.
fn long_literal_prefixes(hir: &Hir) -> bool {
    fn opens_with_look(h: &Hir) -> bool {
        match h.kind() {
            HirKind::Look(_) => true,
            HirKind::Capture(c) => opens_with_look(&c.sub),
            HirKind::Concat(parts) => parts.first().is_some_and(opens_with_look),
            HirKind::Alternation(alts) => alts.iter().any(opens_with_look),
            _ => false,
        }
    }
    if opens_with_look(hir) {
        return false;
    }
    let seq = regex_syntax::hir::literal::Extractor::new().extract(hir);
    seq.min_literal_len().is_some_and(|n| n >= 3) && seq.is_finite()
}

/// The pattern as a regex searched within ranges of the text, with
/// `regex::RegexBuilder`'s configuration and limits (`nfa_limit`, `cache`)
/// plus a first-byte prefilter where that pays; `None` if it does not build.
pub fn build(pattern: &str, nfa_limit: usize, cache: usize) -> Option<meta::Regex> {
    let pre = first_byte_prefilter(pattern);
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(nfa_limit))
                .hybrid_cache_capacity(cache)
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .prefilter(pre),
        )
        .syntax(syntax::Config::new().utf8(true))
        .build(pattern)
        .ok()
}

/// A first-byte prefilter for the pattern, when every match starts with
/// one of a few bytes that are rare in news text.
fn first_byte_prefilter(pattern: &str) -> Option<Prefilter> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    if long_literal_prefixes(&hir) {
        return None; // the regex crate's own literal search is faster
    }
    let mut set = [false; 256];
    if first_bytes(&hir, &mut set) {
        return None; // can match empty: a match may start anywhere
    }
    let bytes: Vec<u8> = (0..=255u8).filter(|&b| set[b as usize]).collect();
    if bytes.iter().map(|&b| news_share(b)).sum::<u32>() > MAX_SHARE {
        return None;
    }
    let needles: Vec<[u8; 1]> = bytes.iter().map(|&b| [b]).collect();
    Prefilter::new(MatchKind::LeftmostFirst, &needles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_bytes_and_when_a_prefilter_is_used() {
        let set_of = |p: &str| {
            let hir = regex_syntax::parse(p).unwrap();
            let mut set = [false; 256];
            let nullable = first_bytes(&hir, &mut set);
            let bytes: Vec<u8> = (0..=255u8).filter(|&b| set[b as usize]).collect();
            (bytes, nullable)
        };
        assert_eq!(set_of(r"(?-u:\b)(?:ab|c)?d+"), (b"acd".to_vec(), false));
        assert_eq!(set_of(r"x*"), (b"x".to_vec(), true));
        let (digits, _) = set_of(r"\d");
        assert!(digits.contains(&b'7') && digits.iter().any(|&b| b >= 0xC0));
        assert!(first_byte_prefilter(r"(?-u:\b)\d+(?:st|nd|rd|th)(?-u:\b)").is_some());
        // Long literal starts are left to the regex crate; not after `^`.
        assert!(first_byte_prefilter(r"(?:Photo|Credit)s?: \w+").is_none());
        assert!(first_byte_prefilter(r"(?m)^(?:Photo|Credit)s?: \w+").is_some());
        assert!(first_byte_prefilter(r"\((?:[A-Z]{2,8} )?Photo: \w+").is_some());
        // Common letters: no prefilter; nullable: none either.
        assert!(first_byte_prefilter(r"(?i)the|and").is_none());
        assert!(first_byte_prefilter(r"\d*").is_none());
        assert!(build(r"\d*", 1 << 20, 1 << 22).is_some());
        let re = build(r"\d+(?:st|nd)", 1 << 20, 1 << 22).unwrap();
        let text = "the 1st and ٣nd, 22nd 3rd";
        let plain = regex::Regex::new(r"\d+(?:st|nd)").unwrap();
        let a: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
        let b: Vec<_> = plain.find_iter(text).map(|m| m.range()).collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
    }
}

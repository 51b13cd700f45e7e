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

/// Up to this share of bytes (per mille) stopping at each first byte beats
/// a search for whole literals.
const RARE_SHARE: u32 = 10;

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

/// Adds the bytes a match of `h` can start with, leaving out the branches
/// that open with a word boundary (`\b`): what is left can start a match
/// with no boundary before it.
fn unbounded_first_bytes(h: &Hir, set: &mut [bool; 256]) {
    use regex_syntax::hir::Look;
    let is_boundary =
        |h: &Hir| matches!(h.kind(), HirKind::Look(Look::WordAscii | Look::WordUnicode));
    match h.kind() {
        HirKind::Alternation(alts) => alts.iter().for_each(|a| unbounded_first_bytes(a, set)),
        HirKind::Capture(c) => unbounded_first_bytes(&c.sub, set),
        HirKind::Concat(parts) if parts.first().is_some_and(is_boundary) => {}
        _ => {
            first_bytes(h, set);
        }
    }
}

/// The literals every match starts with, when they are few and known and
/// each is three bytes or more (`Photo`, `Credit`) or opens with a rare
/// byte (`@`): searching for them, many bytes at a time, beats stopping at
/// every byte that can start one.
fn literal_starts(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let lits = match_starts(hir)?;
    lits.iter()
        .all(|b| b.len() >= 3 || b.first().is_some_and(|&c| news_share(c) <= 1))
        .then_some(lits)
}

/// The literals every match of `hir` starts with, when the set is finite
/// and has no empty literal (an empty one means a match can start anywhere).
fn match_starts(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = regex_syntax::hir::literal::Extractor::new().extract(hir);
    let lits = seq.literals()?;
    (!lits.is_empty() && lits.iter().all(|l| !l.as_bytes().is_empty()))
        .then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Does a branch open with a look-around (`^`, `\b`)? The regex crate then
/// runs its automaton from every line or word start instead of searching
/// for the literals that follow.
fn opens_with_look(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Look(_) => true,
        HirKind::Capture(c) => opens_with_look(&c.sub),
        HirKind::Concat(parts) => parts.first().is_some_and(opens_with_look),
        HirKind::Alternation(alts) => alts.iter().any(opens_with_look),
        _ => false,
    }
}

/// The pattern as a regex searched within ranges of the text, with
/// `regex::RegexBuilder`'s configuration and limits (`nfa_limit`, `cache`)
/// plus a first-byte prefilter where that pays; the error if it does not
/// build.
pub fn build(pattern: &str, nfa_limit: usize, cache: usize) -> Result<meta::Regex, String> {
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
        .map_err(|e| e.to_string())
}

/// Most literal starts worth looking for one by one before a search.
const MAX_REQUIRED: usize = 8;

/// The literals every match of `pattern` starts with, when they are few:
/// a text holding none of them has no match, and a search for each (a
/// vectorised scan) costs far less than running the regex. Empty when any
/// start is possible.
pub fn required_starts(pattern: &str) -> Vec<memchr::memmem::Finder<'static>> {
    let Some(hir) = parse(pattern) else {
        return Vec::new();
    };
    match match_starts(&hir) {
        Some(lits) if lits.len() <= MAX_REQUIRED => lits
            .iter()
            .map(|l| memchr::memmem::Finder::new(l).into_owned())
            .collect(),
        _ => Vec::new(),
    }
}

/// Where a search for a pattern's matches should stop.
enum Starts {
    /// At its literal starts (it opens with a look-around).
    Literals(Vec<Vec<u8>>),
    /// At the bytes a match can start with (rare in news text).
    Bytes(Box<[bool; 256]>),
    /// Left to the regex crate.
    Crate,
}

/// The pattern's syntax tree, `None` if it does not parse.
fn parse(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()
}

/// How a search for the pattern `hir` finds where matches can start: its
/// literal starts after a look-around, or its first bytes when they are rare.
fn starts(hir: &Hir) -> Starts {
    let mut set = [false; 256];
    let nullable = first_bytes(hir, &mut set);
    let share: u32 = (0..=255u8)
        .filter(|&b| set[b as usize])
        .map(news_share)
        .sum();
    if let Some(lits) = literal_starts(hir) {
        if !opens_with_look(hir) {
            return Starts::Crate; // the regex crate searches for them itself
        }
        // A few rare first bytes are found faster than the literals.
        if nullable || share > RARE_SHARE {
            return Starts::Literals(lits);
        }
    }
    if nullable || share > MAX_SHARE {
        // Can match empty (a match may start anywhere), or the first bytes
        // are so common that the plain automaton is faster.
        return Starts::Crate;
    }
    Starts::Bytes(Box::new(set))
}

/// A prefilter for the pattern (see [`starts`]).
fn first_byte_prefilter(pattern: &str) -> Option<Prefilter> {
    match starts(&parse(pattern)?) {
        Starts::Literals(lits) => Prefilter::new(MatchKind::LeftmostFirst, &lits),
        Starts::Bytes(set) => {
            let needles: Vec<[u8; 1]> = (0..=255u8)
                .filter(|&b| set[b as usize])
                .map(|b| [b])
                .collect();
            Prefilter::new(MatchKind::LeftmostFirst, &needles)
        }
        Starts::Crate => None,
    }
}

/// The bytes a match of a pattern starts with.
pub struct FirstBytes {
    /// Every byte a match can start with.
    pub any: Box<[bool; 256]>,
    /// Those a match can start with when no word boundary is before it
    /// (the others only start branches that open with `\b`).
    pub unbounded: Box<[bool; 256]>,
    /// Every match starts a line (`(?m)^`): only the text's start and the
    /// bytes after a line feed can start one.
    pub line_start: bool,
}

/// Does every match of `h` start a line: does each branch open with
/// `(?m)^` or `\A`? (A CRLF-aware `^` is left out: it has other rules.)
fn opens_at_line_start(h: &Hir) -> bool {
    use regex_syntax::hir::Look;
    match h.kind() {
        HirKind::Look(Look::StartLF | Look::Start) => true,
        HirKind::Capture(c) => opens_at_line_start(&c.sub),
        HirKind::Concat(parts) => parts.first().is_some_and(opens_at_line_start),
        HirKind::Alternation(alts) => alts.iter().all(opens_at_line_start),
        _ => false,
    }
}

/// The bytes every match of `pattern` starts with, when it cannot match
/// empty and they are rare in news text or follow a line start (few bytes
/// do): such a regex is best run from each of those places (see
/// [`super::scan`]).
pub fn rare_first_bytes(pattern: &str) -> Option<FirstBytes> {
    let hir = parse(pattern)?;
    if opens_at_line_start(&hir) {
        let mut any = Box::new([false; 256]);
        if first_bytes(&hir, &mut any) {
            return None;
        }
        return Some(FirstBytes {
            unbounded: any.clone(),
            any,
            line_start: true,
        });
    }
    let Starts::Bytes(any) = starts(&hir) else {
        return None;
    };
    let mut unbounded = Box::new([false; 256]);
    unbounded_first_bytes(&hir, &mut unbounded);
    Some(FirstBytes {
        any,
        unbounded,
        line_start: false,
    })
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
        // Long literal starts are left to the regex crate; after `^` or
        // `\b` a prefilter searches for them.
        assert!(first_byte_prefilter(r"(?:Photo|Credit)s?: \w+").is_none());
        assert!(first_byte_prefilter(r"(?m)^(?:Photo|Credit)s?: \w+").is_some());
        assert!(first_byte_prefilter(r"@\w+|https?://\S+").is_none());
        assert!(first_byte_prefilter(r"[@h]\w+").is_some());
        // Common letters: no prefilter; nullable: none either.
        assert!(first_byte_prefilter(r"(?i)the|and").is_none());
        assert!(first_byte_prefilter(r"\d*").is_none());
        assert!(build(r"\d*", 1 << 20, 1 << 22).is_ok());
        // Literal starts to look for before a search: none when a match can
        // start anywhere or with too many literals.
        let req = |p: &str| {
            let mut v: Vec<Vec<u8>> = required_starts(p)
                .iter()
                .map(|f| f.needle().to_vec())
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            req(r"@\w+|https?://\S+|(?-u:\b)www\.\S+"),
            vec![
                b"@".to_vec(),
                b"http://".to_vec(),
                b"https://".to_vec(),
                b"www.".to_vec()
            ]
        );
        assert!(req(r"\d+(?:st|nd)").is_empty());
        assert!(req(r"x*").is_empty());
        assert!(req(r"(?i)published").is_empty());
        let re = build(r"\d+(?:st|nd)", 1 << 20, 1 << 22).unwrap();
        let text = "the 1st and ٣nd, 22nd 3rd";
        let plain = regex::Regex::new(r"\d+(?:st|nd)").unwrap();
        let a: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
        let b: Vec<_> = plain.find_iter(text).map(|m| m.range()).collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
        let text = "Updated: 3 May\nnot Updated: 4\nUpdated 5 see awww.x and www.y.org";
        for p in [
            r"(?m)^(?:Published|Updated):? \d+",
            r"@\w+|(?-u:\b)www\.\S+",
        ] {
            assert!(first_byte_prefilter(p).is_some(), "{p}");
            let re = build(p, 1 << 20, 1 << 22).unwrap();
            let plain = regex::Regex::new(p).unwrap();
            let a: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = plain.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{p}");
            assert_eq!(a.len(), if p.starts_with('@') { 1 } else { 2 }, "{p}");
        }
    }
}

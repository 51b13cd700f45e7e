//! Regex rules whose matches start at a few rare bytes (a digit, a capital
//! letter), run together: one pass over the text stops at those bytes, and
//! each rule's lazy DFA is stepped from there, anchored. Searching each
//! regex on its own restarts its search machinery at every such byte, once
//! per rule. A regex whose matches all start a line (`(?m)^…`) stops the
//! pass at line feeds instead, and is stepped from the byte after one.
//!
//! The matches are the ones `find_iter` gives: the first start at which an
//! anchored search matches is the leftmost match, the DFA is built with the
//! same pattern and leftmost-first semantics, and the next match is looked
//! for from the end of the last one. Patterns that can match empty are not
//! stepped.

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, Input, MatchKind, meta};

use super::byte_ranges::{ByteRanges, ByteSet};

type MakeCache = Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// A rule in a scan: its stepper, its regex, and this thread's DFA cache.
type Step<'a> = (
    &'a Stepper,
    &'a meta::Regex,
    PoolGuard<'a, Cache, MakeCache>,
);

/// A regex searched by stepping its lazy DFA from chosen starts.
pub struct Stepper {
    dfa: DFA,
    /// One cache per thread, reused between texts.
    caches: Pool<Cache, MakeCache>,
    /// Bytes a match can start with, with and without a word boundary.
    first: super::prefilter::FirstBytes,
}

impl std::fmt::Debug for Stepper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stepper").finish_non_exhaustive()
    }
}

impl Stepper {
    /// A stepper for `pattern` when its matches start at rare bytes or
    /// only at line starts, and it cannot match empty; the limits are the
    /// regex's own.
    pub fn build(pattern: &str, nfa_limit: usize, cache: usize) -> Option<Stepper> {
        let first = super::prefilter::rare_first_bytes(pattern)?;
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::LeftmostFirst)
                    .cache_capacity(cache)
                    // A Unicode `\b` is handled on ASCII; the DFA gives up
                    // on other bytes and the regex crate answers there.
                    .unicode_word_boundary(true),
            )
            .syntax(syntax::Config::new().utf8(true))
            .thompson(thompson::Config::new().nfa_size_limit(Some(nfa_limit)))
            .build(pattern)
            .ok()?;
        let for_caches = dfa.clone();
        let make: MakeCache = Box::new(move || for_caches.create_cache());
        Some(Stepper {
            dfa,
            caches: Pool::new(make),
            first,
        })
    }

    /// Heap bytes of the compiled automaton (its caches grow apart).
    pub fn memory_usage(&self) -> usize {
        self.dfa.memory_usage()
    }

    /// True when it matches only at line starts: its scan stops at line
    /// feeds, few in any text, so no search for required literals pays.
    pub fn at_line_starts(&self) -> bool {
        self.first.line_start
    }

    /// The end of the leftmost-first match starting at `at` and where the
    /// walk stopped, or `Err` when the DFA gives up (a byte it cannot
    /// handle, a cache too small).
    fn match_at(
        &self,
        cache: &mut Cache,
        text: &[u8],
        at: usize,
    ) -> Result<(Option<usize>, usize), ()> {
        let cfg = start::Config::new()
            .anchored(Anchored::Yes)
            .look_behind(at.checked_sub(1).map(|k| text[k]));
        let mut sid = self.dfa.start_state(cache, &cfg).map_err(drop)?;
        cache.search_start(at);
        let mut end = None;
        for (i, &b) in text.iter().enumerate().skip(at) {
            sid = self.dfa.next_state(cache, sid, b).map_err(drop)?;
            if !sid.is_tagged() {
                continue;
            }
            // Matches show one byte late: a match state reached on byte
            // `i` is a match ending before it.
            if sid.is_match() {
                end = Some(i);
            } else if sid.is_dead() {
                cache.search_finish(i);
                return Ok((end, i));
            } else if sid.is_quit() {
                return Err(());
            }
        }
        sid = self.dfa.next_eoi_state(cache, sid).map_err(drop)?;
        if sid.is_match() {
            end = Some(text.len());
        }
        cache.search_finish(text.len());
        Ok((end, text.len()))
    }
}

/// The stepped regex rules of one phase, at most [`MAX_RULES`].
#[derive(Debug)]
pub struct PhaseScan {
    /// Rule indexes.
    pub rules: Vec<usize>,
    /// Per byte, bit `k` set when a match of `rules[k]` can start with it.
    class: Box<[u16; 256]>,
    /// The same where no word boundary is before the byte.
    unbounded: Box<[u16; 256]>,
    /// Per byte, bit `k` set when `rules[k]` matches only at line starts
    /// and a match can start with the byte; such rules stop the scan at
    /// line feeds (in `class` and `stop_sets`) and step from the byte
    /// after.
    at_line_start: Box<[u16; 256]>,
    /// The bits of those rules.
    line_rules: u16,
    /// Per rule, the bytes where a match may stop the scan: those its
    /// matches can start with, and every first byte of a non-ASCII
    /// character when one of those is non-ASCII (see [`stops`]).
    stop_sets: Vec<ByteSet>,
    /// The bits of all rules in a class mask.
    all_live: u16,
    /// The bytes any rule's match can start with, as ranges (when few).
    all_ranges: Option<ByteRanges>,
}

/// An ASCII word byte (`\w` in ASCII mode).
#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The bytes where rule `k` may start a match. All first bytes of
/// non-ASCII characters count when one does: the Unicode digits of `\d`
/// start with many different bytes, and a stop where no rule starts only
/// costs a look at the byte's class.
fn stop_set(class: &[u16; 256], k: usize) -> ByteSet {
    let mut set = [0u64; 4];
    for (b, &m) in class.iter().enumerate() {
        set[b / 64] |= u64::from(m >> k & 1) << (b % 64);
    }
    if set[2] | set[3] != 0 {
        // 0xC0..=0xFF: the upper half of word 3.
        set[3] = u64::MAX;
    }
    set
}

/// The bytes where rules `live` may start a match (see [`stop_set`]), as
/// ranges when they are few.
fn stops(sets: &[ByteSet], live: u16) -> Option<ByteRanges> {
    let mut set = [0u64; 4];
    for (k, s) in sets.iter().enumerate() {
        if live >> k & 1 == 1 {
            for w in 0..4 {
                set[w] |= s[w];
            }
        }
    }
    ByteRanges::of_set(set)
}

/// Most rules one pass steps (bits of a class mask).
pub const MAX_RULES: usize = 16;

impl PhaseScan {
    /// A scan over `rules` (index, stepper), the first [`MAX_RULES`].
    pub fn new<'a>(rules: impl IntoIterator<Item = (usize, &'a Stepper)>) -> PhaseScan {
        let mut scan = PhaseScan {
            rules: Vec::new(),
            class: Box::new([0; 256]),
            unbounded: Box::new([0; 256]),
            at_line_start: Box::new([0; 256]),
            line_rules: 0,
            stop_sets: Vec::new(),
            all_live: 0,
            all_ranges: None,
        };
        for (k, (ri, st)) in rules.into_iter().take(MAX_RULES).enumerate() {
            scan.rules.push(ri);
            if st.first.line_start {
                for b in 0..256 {
                    if st.first.any[b] {
                        scan.at_line_start[b] |= 1 << k;
                    }
                }
                scan.class[usize::from(b'\n')] |= 1 << k;
                scan.line_rules |= 1 << k;
                scan.all_live |= 1 << k;
                continue;
            }
            for b in 0..256 {
                if st.first.any[b] {
                    scan.class[b] |= 1 << k;
                }
                if st.first.unbounded[b] {
                    scan.unbounded[b] |= 1 << k;
                }
            }
            scan.all_live |= 1 << k;
        }
        scan.stop_sets = (0..scan.rules.len())
            .map(|k| stop_set(&scan.class, k))
            .collect();
        scan.all_ranges = stops(&scan.stop_sets, scan.all_live);
        scan
    }

    /// Appends the matches of the rules (`rule(k)` gives rule `k`'s stepper
    /// and regex, `None` to skip it) to `out` as (rule index, start, end),
    /// each rule's in text order.
    pub fn run<'r>(
        &self,
        text: &str,
        rule: impl Fn(usize) -> Option<(&'r Stepper, &'r meta::Regex)>,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let mut live = 0u16;
        let mut steps: Vec<Option<Step<'_>>> = Vec::with_capacity(self.rules.len());
        for (k, &ri) in self.rules.iter().enumerate() {
            steps.push(rule(ri).map(|(st, re)| (st, re, st.caches.get())));
            if steps[k].is_some() {
                live |= 1 << k;
            }
        }
        if live == 0 {
            return;
        }
        let b = text.as_bytes();
        let (class, unbounded) = (&*self.class, &*self.unbounded);
        let (at_line_start, line_rules) = (&*self.at_line_start, self.line_rules);
        // Per rule, where its next match may start (after its last one).
        let mut next = [0usize; MAX_RULES];
        // Per rule, the bytes its walks read. A walk from each start that
        // runs far before it dies (`[0-9].*Z` in a text without `Z`) would
        // make the scan quadratic: past a budget linear in the text, the
        // rule's remaining matches come from one `find_iter`, and it is
        // stepped no more.
        let mut walked = [0usize; MAX_RULES];
        let budget = 4 * b.len() + 4096;
        let mut try_rule = |k: usize, i: usize| {
            if i < next[k] {
                return;
            }
            let Some((st, re, cache)) = &mut steps[k] else {
                return;
            };
            let end = match st.match_at(cache, b, i) {
                Ok((end, stop)) => {
                    walked[k] += stop - i;
                    end
                }
                // The regex crate's own engines answer where the DFA gave up.
                Err(()) => re
                    .search(&Input::new(text).range(i..).anchored(Anchored::Yes))
                    .map(|m| m.end()),
            };
            if let Some(e) = end {
                out.push((self.rules[k], i, e));
                next[k] = e;
            }
            if walked[k] > budget {
                let from = next[k].max(i + 1).min(b.len());
                for m in re.find_iter(Input::new(text).range(from..)) {
                    out.push((self.rules[k], m.start(), m.end()));
                }
                next[k] = usize::MAX;
            }
        };
        // The text's start is a line start.
        let mut m = b.first().map_or(0, |&c| at_line_start[c as usize] & live);
        while m != 0 {
            try_rule(m.trailing_zeros() as usize, 0);
            m &= m - 1;
        }
        // The rules that may start a match at byte `i`, stepped there; at a
        // line feed, then the line-start rules that may start one after it.
        let mut step_at = |i: usize| {
            let c = b[i];
            let live_here = class[c as usize] & live;
            let mut m = live_here & !line_rules;
            let mut line = 0;
            if c == b'\n'
                && let Some(&d) = b.get(i + 1)
            {
                line = live_here & line_rules & at_line_start[d as usize];
            }
            // A word boundary is between two ASCII bytes when one is a word
            // byte and the other is not (the text's start counts as not).
            let prev = i.checked_sub(1).map_or(b' ', |k| b[k]);
            if m != 0 && c < 0x80 && prev < 0x80 && is_word(prev) == is_word(c) {
                m &= unbounded[c as usize];
            }
            while m != 0 {
                try_rule(m.trailing_zeros() as usize, i);
                m &= m - 1;
            }
            while line != 0 {
                try_rule(line.trailing_zeros() as usize, i + 1);
                line &= line - 1;
            }
        };
        let mut i = 0;
        // The bytes that may start a match, found 64 at a time when they
        // are a few ranges (digits, a few capitals), as they are for the
        // default rules.
        let all = live == self.all_live;
        let some;
        let ranges = if all {
            self.all_ranges.as_ref()
        } else {
            some = stops(&self.stop_sets, live);
            some.as_ref()
        };
        if let Some(r) = ranges {
            while let Some(block) = b.get(i..i + 64).and_then(|x| <&[u8; 64]>::try_from(x).ok()) {
                let mut stops = r.mask(block);
                while stops != 0 {
                    step_at(i + stops.trailing_zeros() as usize);
                    stops &= stops - 1;
                }
                i += 64;
            }
        }
        while i < b.len() {
            // Most bytes start no match: four at a time past them.
            if let Some(w) = b.get(i..i + 4)
                && (class[w[0] as usize]
                    | class[w[1] as usize]
                    | class[w[2] as usize]
                    | class[w[3] as usize])
                    & live
                    == 0
            {
                i += 4;
                continue;
            }
            step_at(i);
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Matches of `patterns` over `text` from one scan, per pattern.
    fn scanned(patterns: &[&str], text: &str) -> Vec<Vec<(usize, usize)>> {
        let steppers: Vec<Stepper> = patterns
            .iter()
            .map(|p| Stepper::build(p, 1 << 20, 1 << 22).expect(p))
            .collect();
        let regexes: Vec<meta::Regex> = patterns
            .iter()
            .map(|p| meta::Regex::new(p).unwrap())
            .collect();
        let scan = PhaseScan::new(steppers.iter().enumerate());
        let mut out = Vec::new();
        scan.run(text, |k| Some((&steppers[k], &regexes[k])), &mut out);
        (0..patterns.len())
            .map(|k| {
                out.iter()
                    .filter(|m| m.0 == k)
                    .map(|m| (m.1, m.2))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_scan_finds_what_find_iter_finds() {
        let patterns = [
            r"(?-u:\b)\d+(?:st|nd|rd|th)(?-u:\b)",
            r"(?-u:\b)(?:1[5-9]\d\d|20\d\d)s?(?-u:\b)",
            r"(?i)(?-u:\b)\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am(?-u:\b)|pm(?-u:\b))",
            r"(?-u:\b)(?:March|May)\s+\d{1,2}(?:,?\s+\d{4})?(?-u:\b)|(?-u:\b)\d{1,2}\s+(?:March|May)",
            r"\d+",
            r"(?-u:\b)[A-Z][a-z]+ (?:One|Two)(?-u:\b)",
            r"\d\w*\b",
            // One branch needs a boundary, the other none.
            r"(?-u:\b)\d+th|[xX]\d",
            r"(?-u:\b)'\d\ds(?-u:\b)|(?-u:\b)Q\d",
            // Only at line starts: the scan stops at line feeds.
            r"(?m)^(?:Updated|Posted):?[ \t]+[^\n]{0,20}?\d\d(?m:$)",
            r"(?m)^\d+",
            r"(?m)^(?:\n|x)",
            r"\A\d|(?m)^Q",
        ];
        let texts = [
            "On March 3, 2024 at 10:30 a.m. the 21st and 3rd of 150 in the 1990s; 14 May.",
            "Air Force Two 12345 and 1st2nd 99th. ٣ people at 5PM, 1999s 2000",
            "x9 _5 5_ é5 5é 2024\r\n3 May 2020 — “7th” 🙂 8am",
            "",
            "7",
            "Café 3rd",
            "a5 _5th 5th A5th ax5 X9 '90s x'90s _'90s Q1 xQ2 é'90s 5é5th",
            "Updated: 4 May 2024\nPosted 12\r\nUpdated 9 a.m. 14\n\n\nx9\nQ1 Updated 20",
            "12 Q\n\n\nQ\n7\n",
            "\n",
        ];
        for text in texts {
            let got = scanned(&patterns, text);
            for (k, p) in patterns.iter().enumerate() {
                let want: Vec<(usize, usize)> = regex::Regex::new(p)
                    .unwrap()
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                assert_eq!(got[k], want, "{p} over {text:?}");
            }
        }
    }

    #[test]
    fn only_rare_non_empty_starts_are_stepped() {
        assert!(Stepper::build(r"(?-u:\b)\d+th", 1 << 20, 1 << 22).is_some());
        assert!(Stepper::build(r"\d*", 1 << 20, 1 << 22).is_none());
        assert!(Stepper::build(r"(?i)the|and", 1 << 20, 1 << 22).is_none());
        // After `^`, any first bytes: the scan stops at line feeds.
        let st = Stepper::build(r"(?m)^(?:photo|credit)s?: \w+", 1 << 20, 1 << 22);
        assert!(st.is_some_and(|s| s.at_line_starts()));
        assert!(Stepper::build(r"(?m)^x|[aeiou]", 1 << 20, 1 << 22).is_none());
        assert!(Stepper::build(r"(?m)^\s*", 1 << 20, 1 << 22).is_none());
    }

    /// The regex patterns of the built-in rules that are stepped.
    fn builtin_stepped() -> Vec<String> {
        let file: crate::rules::schema::RuleFile = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(crate::rules::BUILTIN_RON)
            .unwrap();
        file.rules
            .into_iter()
            .filter_map(|r| match r.kind {
                crate::rules::schema::KindDef::Regex { pattern, .. } => Some(pattern),
                _ => None,
            })
            .filter(|p| Stepper::build(p, 1 << 20, 1 << 22).is_some())
            .collect()
    }

    fn newsy_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("March ".to_string()),
            Just("May".to_string()),
            Just("Sept. ".to_string()),
            Just("Air Force Two".to_string()),
            Just("Route 66".to_string()),
            Just("p.m. ".to_string()),
            Just("GMT".to_string()),
            Just("th ".to_string()),
            Just("\r\n".to_string()),
            Just("’s ".to_string()),
            Just("é".to_string()),
            Just("🙂".to_string()),
            "[0-9]{1,4}",
            "[0-9:./ -]{1,3}",
            "[A-Za-z ]{0,6}",
            any::<char>().prop_map(|c| c.to_string()),
        ];
        prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// A scan of a few of the rules, some switched off for the text
        /// (as rules whose required literals are missing are): the stops
        /// are then a few byte ranges, found 64 bytes at a time.
        #[test]
        fn scans_of_some_rules_match_as_find_iter(text in newsy_text(), off in 0u16..16) {
            let patterns: Vec<String> = builtin_stepped().into_iter().take(4).collect();
            let steppers: Vec<Stepper> = patterns
                .iter()
                .map(|p| Stepper::build(p, 1 << 20, 1 << 22).unwrap())
                .collect();
            let regexes: Vec<meta::Regex> =
                patterns.iter().map(|p| meta::Regex::new(p).unwrap()).collect();
            let scan = PhaseScan::new(steppers.iter().enumerate());
            proptest::prop_assert!(scan.all_ranges.is_some());
            let mut out = Vec::new();
            scan.run(
                &text,
                |k| (off >> k & 1 == 0).then(|| (&steppers[k], &regexes[k])),
                &mut out,
            );
            for (k, p) in patterns.iter().enumerate() {
                let got: Vec<(usize, usize)> =
                    out.iter().filter(|m| m.0 == k).map(|m| (m.1, m.2)).collect();
                let want: Vec<(usize, usize)> = if off >> k & 1 == 1 {
                    Vec::new()
                } else {
                    regex::Regex::new(p).unwrap().find_iter(&text).map(|m| (m.start(), m.end())).collect()
                };
                proptest::prop_assert_eq!(&got, &want, "{} over {:?}", p, text);
            }
        }

        #[test]
        fn the_builtin_stepped_rules_match_as_find_iter(text in newsy_text()) {
            let patterns = builtin_stepped();
            let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let got = scanned(&refs, &text);
            for (k, p) in patterns.iter().enumerate() {
                let want: Vec<(usize, usize)> = regex::Regex::new(p)
                    .unwrap()
                    .find_iter(&text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                proptest::prop_assert_eq!(&got[k], &want, "{} over {:?}", p, text);
            }
        }
    }

    #[test]
    fn the_builtin_rules_have_stepped_regexes() {
        // The figure exclusions (dates, years, times, ordinals, names).
        assert!(builtin_stepped().len() >= 5, "{:?}", builtin_stepped());
    }
}

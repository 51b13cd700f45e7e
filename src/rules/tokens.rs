//! Token patterns: specs with predicates, quantifiers and named captures,
//! matched by bounded backtracking (a step budget keeps hostile patterns
//! from hanging the program).

use smallvec::SmallVec;

use super::analysis::{Analysis, MASKED_LEXICONS};
use super::text::flag;

/// Most repetitions `*` and `+` allow, and the largest `{m,n}` bound.
pub const MAX_REPEAT: usize = 32;
/// Backtracking steps allowed per start position.
const STEP_BUDGET: usize = 4_096;

/// A compiled token spec.
#[derive(Debug, Clone)]
pub struct Spec {
    pub(crate) text: Vec<String>,
    pub(crate) lower: Vec<String>,
    /// A lexicon holding the words of `text` and `lower`, set by the
    /// compiler so the words can be found without scanning every token.
    pub(crate) words: Option<usize>,
    pub(crate) in_lex: Option<usize>,
    pub(crate) not_in: Option<usize>,
    pub(crate) phrase: Option<usize>,
    pub(crate) must: u16,
    pub(crate) must_not: u16,
    pub(crate) shape: Option<String>,
    pub(crate) suffix: Endings,
    pub(crate) not_suffix: Endings,
    pub(crate) min: usize,
    pub(crate) max: usize,
    pub(crate) capture: Option<String>,
    /// Earlier specs, a bit each by index, that must have taken no token
    /// for this one to take any (`unless_captured`).
    pub(crate) unless: u32,
    /// This spec's own bit when a later one's `unless` names it, else 0:
    /// only those specs note on the path that they took a token.
    pub(crate) noted: u32,
}

/// Parses a quantifier: `?`, `*`, `+`, `{m,n}`, `{m}`, `{m,}`.
pub fn parse_op(op: Option<&str>) -> Result<(usize, usize), String> {
    Ok(match op {
        None | Some("") | Some("1") => (1, 1),
        Some("?") => (0, 1),
        Some("*") => (0, MAX_REPEAT),
        Some("+") => (1, MAX_REPEAT),
        Some(o) if o.starts_with('{') && o.ends_with('}') => {
            let inner = &o[1..o.len() - 1];
            let num = |s: &str| {
                s.trim()
                    .parse::<usize>()
                    .map_err(|_| format!("bad quantifier {o:?}"))
            };
            let (m, n) = match inner.split_once(',') {
                Some((m, n)) if n.trim().is_empty() => (num(m)?, MAX_REPEAT),
                Some((m, n)) => (num(m)?, num(n)?),
                None => (num(inner)?, num(inner)?),
            };
            if m > n || n > MAX_REPEAT {
                return Err(format!(
                    "quantifier {o:?} must have min <= max <= {MAX_REPEAT}"
                ));
            }
            (m, n)
        }
        Some(o) => return Err(format!("unknown quantifier {o:?} (use ?, *, +, {{m,n}})")),
    })
}

/// spaCy-like shape: `Xxxx` for `Hello`, `dd` for `42`, runs cut at 4.
pub fn shape(w: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 4 {
            out.push(s);
        }
    }
    out
}

/// `shape(w) == s`, without building the shape.
fn shape_is(w: &str, s: &str) -> bool {
    if w.is_ascii() {
        // Same walk as `shape`, comparing byte by byte.
        let want = s.as_bytes();
        let mut k = 0;
        let mut last = b' ';
        let mut run = 0;
        for &c in w.as_bytes() {
            let x = if c.is_ascii_uppercase() {
                b'X'
            } else if c.is_ascii_lowercase() {
                b'x'
            } else if c.is_ascii_digit() {
                b'd'
            } else {
                c
            };
            if x == last {
                run += 1;
            } else {
                run = 1;
                last = x;
            }
            if run <= 4 {
                if want.get(k) != Some(&x) {
                    return false;
                }
                k += 1;
            }
        }
        return k == want.len();
    }
    shape(w) == s
}

/// Lower-case word endings (a spec's `suffix` or `not_suffix`), found by
/// the word's last byte: an ASCII word (most are) is compared only with
/// the endings that end as it does, in place, without allocating.
#[derive(Debug, Clone, Default)]
pub struct Endings {
    /// Endings with an ASCII last byte, grouped by it.
    ascii: Vec<String>,
    /// Per ASCII last byte, the range of `ascii` ending with it (empty
    /// when there are no endings).
    by_last: Box<[(u16, u16)]>,
    /// Endings with a non-ASCII last byte.
    other: Vec<String>,
    /// An empty ending: every word ends with it.
    any: bool,
}

impl Endings {
    /// The endings `list`, lower-cased.
    pub fn new(list: &[String]) -> Endings {
        let mut e = Endings::default();
        for x in list {
            let x = x.to_lowercase();
            match x.as_bytes().last() {
                None => e.any = true,
                Some(&b) if b < 0x80 => e.ascii.push(x),
                Some(_) => e.other.push(x),
            }
        }
        e.ascii.sort_by_key(|x| x.as_bytes()[x.len() - 1]);
        if !e.ascii.is_empty() {
            let mut by_last = vec![(0u16, 0u16); 128];
            for (k, x) in e.ascii.iter().enumerate() {
                let r = &mut by_last[x.as_bytes()[x.len() - 1] as usize];
                if r.0 == r.1 {
                    r.0 = k as u16;
                }
                r.1 = k as u16 + 1;
            }
            e.by_last = by_last.into_boxed_slice();
        }
        e
    }

    /// True when there are no endings.
    pub fn is_empty(&self) -> bool {
        !self.any && self.ascii.is_empty() && self.other.is_empty()
    }

    /// True when `w`, lower-cased, ends with one of the endings.
    pub fn matched_by(&self, w: &str) -> bool {
        if self.any {
            return true;
        }
        if w.is_ascii() {
            // ASCII lower-casing keeps lengths, so compare the tail directly;
            // a non-ASCII ending can never match an ASCII tail.
            let b = w.as_bytes();
            let Some(&last) = b.last() else {
                return false;
            };
            let Some(&(lo, hi)) = self.by_last.get(last.to_ascii_lowercase() as usize) else {
                return false;
            };
            return self.ascii[lo as usize..hi as usize].iter().any(|s| {
                b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
            });
        }
        let lower = w.to_lowercase();
        self.ascii
            .iter()
            .chain(&self.other)
            .any(|s| lower.ends_with(s.as_str()))
    }
}

impl Spec {
    /// True when this spec can consume token `i` (used to skip start
    /// positions no match can begin at).
    fn can_consume(&self, a: &Analysis<'_>, i: usize) -> bool {
        self.max > 0 && self.quick(a, i) && self.matches(a, i).is_some_and(|n| n > 0)
    }

    /// The cheap tests of [`Spec::matches`] (flags, lexicon start, word
    /// lists): false means it cannot match token `i`.
    #[inline]
    fn quick(&self, a: &Analysis<'_>, i: usize) -> bool {
        let Some(t) = a.tokens.get(i) else {
            return false;
        };
        if t.flags & self.must != self.must || t.flags & self.must_not != 0 {
            return false;
        }
        if let Some(l) = self.in_lex.or(self.phrase)
            && !a.lex_starts_at(i, l)
        {
            return false;
        }
        if let Some(l) = self.words
            && !a.lex_starts_at(i, l)
        {
            return false;
        }
        let len = t.end() - t.start();
        (self.text.is_empty() || self.text.iter().any(|x| x.len() == len))
            && (self.lower.is_empty() || self.lower.iter().any(|x| x.len() == len))
    }

    /// How many tokens this spec consumes at token `i`, if it matches.
    fn matches(&self, a: &Analysis<'_>, i: usize) -> Option<usize> {
        let t = a.tokens.get(i)?;
        if t.flags & self.must != self.must || t.flags & self.must_not != 0 {
            return None;
        }
        // Cheap lexicon tests first: every test must pass, so order is free.
        if let Some(l) = self.in_lex.or(self.phrase)
            && !a.lex_starts_at(i, l)
        {
            return None;
        }
        if let Some(l) = self.words
            && !a.lex_starts_at(i, l)
        {
            return None;
        }
        let w = &a.text[t.start()..t.end()];
        if !self.text.is_empty() && !self.text.iter().any(|x| x == w) {
            return None;
        }
        if !self.lower.is_empty() && !self.lower.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return None;
        }
        if let Some(s) = &self.shape
            && !shape_is(w, s)
        {
            return None;
        }
        if !self.suffix.is_empty() || !self.not_suffix.is_empty() {
            if !self.suffix.is_empty() && !self.suffix.matched_by(w) {
                return None;
            }
            if self.not_suffix.matched_by(w) {
                return None;
            }
        }
        if let Some(l) = self.in_lex
            && a.lex_len_at(i, l) != Some(1)
        {
            return None;
        }
        if let Some(l) = self.not_in
            && a.lex_starts_at(i, l)
        {
            return None;
        }
        if let Some(l) = self.phrase {
            return a.lex_len_at(i, l);
        }
        Some(1)
    }
}

/// Flags a spec requires / forbids, from its boolean predicates.
pub fn flag_masks(def: &super::schema::TokenSpec) -> (u16, u16) {
    let mut must = 0;
    let mut not = 0;
    let mut set = |v: Option<bool>, f: u16| match v {
        Some(true) => must |= f,
        Some(false) => not |= f,
        None => {}
    };
    set(def.is_digit, flag::DIGIT);
    set(def.like_num, flag::LIKE_NUM);
    set(def.num_compound, flag::NUM_COMPOUND);
    set(def.is_title, flag::TITLE);
    set(def.is_lower, flag::LOWER);
    set(def.is_alpha, flag::ALPHA);
    set(def.is_punct, flag::PUNCT);
    (must, not)
}

struct Ctx<'a, 'b> {
    specs: &'a [Spec],
    a: &'a Analysis<'b>,
    /// The token the match starts at.
    start: usize,
    steps: usize,
    parts: Vec<(usize, usize)>,
    /// The specs, a bit each, that took a token on the path being tried.
    taken: u32,
}

impl Drop for Ctx<'_, '_> {
    /// Gives `parts` to the next search on this thread: a pattern is
    /// searched for once per rule and text, dozens of times an article.
    fn drop(&mut self) {
        let parts = std::mem::take(&mut self.parts);
        // During thread teardown the slot may be gone: then just free.
        let _ = SPARE_PARTS.try_with(|s| s.set(parts));
    }
}

impl Ctx<'_, '_> {
    /// Greedy backtracking: element `e`, at token `pos`, having repeated it
    /// `count` times since `from`.
    fn go(&mut self, e: usize, pos: usize, count: usize, from: usize) -> Option<usize> {
        self.steps += 1;
        if self.steps > STEP_BUDGET {
            return None;
        }
        let Some(spec) = self.specs.get(e) else {
            return Some(pos);
        };
        // A match keeps within a line: a heading's last word and the
        // first of the next line are no phrase.
        if count < spec.max
            && self.taken & spec.unless == 0
            && (pos == self.start || !self.a.line_break_before(pos))
            && let Some(n) = spec.matches(self.a, pos)
            && n > 0
        {
            let before = self.taken;
            self.taken |= spec.noted;
            // At its last repetition the spec can only end: go straight to
            // the next one (most specs are single or optional).
            let next = if count + 1 == spec.max {
                let end = self.go(e + 1, pos + n, 0, pos + n);
                if end.is_some()
                    && let Some(p) = self.parts.get_mut(e)
                {
                    *p = (from, pos + n);
                }
                end
            } else {
                self.go(e, pos + n, count + 1, from)
            };
            self.taken = before;
            if next.is_some() {
                return next;
            }
        }
        if count >= spec.min
            && let Some(end) = self.go(e + 1, pos, 0, pos)
        {
            if let Some(p) = self.parts.get_mut(e) {
                *p = (from, pos);
            }
            return Some(end);
        }
        None
    }
}

/// The cheapest tests of a spec as plain bits, so the scan for start
/// positions makes no calls: flags, a lexicon entry starting at the token
/// (lexicons below [`MASKED_LEXICONS`]), and the token lengths its word
/// lists allow (bit 63 stands for 63 or more). Passing is necessary, not
/// sufficient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Gate {
    must: u16,
    must_not: u16,
    /// Lexicons (below [`MASKED_LEXICONS`]) that must all have an entry
    /// starting there.
    lex: u64,
    lens: u64,
    /// ASCII-lower-cased first bytes the word lists allow (all when none).
    first: [u64; 4],
}

impl Gate {
    fn of(s: &Spec) -> Gate {
        let lens_of = |v: &[String]| v.iter().fold(0u64, |m, x| m | 1 << x.len().min(63));
        let firsts_of = |v: &[String]| {
            let mut set = [0u64; 4];
            for b in v.iter().filter_map(|x| x.bytes().next()) {
                let b = b.to_ascii_lowercase();
                set[(b >> 6) as usize] |= 1 << (b & 63);
            }
            set
        };
        let mut lens = if s.max == 0 { 0 } else { u64::MAX };
        let mut first = [u64::MAX; 4];
        for list in [&s.text, &s.lower] {
            if !list.is_empty() {
                lens &= lens_of(list);
                let f = firsts_of(list);
                for k in 0..4 {
                    first[k] &= f[k];
                }
            }
        }
        Gate {
            must: s.must,
            must_not: s.must_not,
            lex: [s.in_lex.or(s.phrase), s.words]
                .into_iter()
                .flatten()
                .filter(|&l| l < MASKED_LEXICONS)
                .fold(0, |m, l| m | 1 << l),
            lens,
            first,
        }
    }

    #[inline]
    fn pass(&self, flags: u16, mask: u64, len: usize, first: u8) -> bool {
        let first = first.to_ascii_lowercase();
        flags & self.must == self.must
            && flags & self.must_not == 0
            && mask & self.lex == self.lex
            && self.lens & (1 << len.min(63)) != 0
            && self.first[(first >> 6) as usize] & (1 << (first & 63)) != 0
    }
}

/// The specs a match can start with: up to and including the first required
/// one. A match starting at token `i` consumes it with one of them, so where
/// none can, the search would fail and is not run.
fn openers(specs: &[Spec]) -> &[Spec] {
    let first_req = specs.iter().position(|s| s.min > 0).unwrap_or(specs.len());
    &specs[..(first_req + 1).min(specs.len())]
}

/// The shortest list of tokens that holds every token `s` can consume
/// (from its lexicons, word lists or rare flags); `None` when only a scan
/// of all tokens can tell.
fn driver<'a>(s: &Spec, a: &'a Analysis<'_>) -> Option<&'a [u32]> {
    if s.max == 0 {
        return Some(&[]);
    }
    let mut best: Option<&'a [u32]> = None;
    let mut consider = |v: &'a [u32]| {
        if best.is_none_or(|b| v.len() < b.len()) {
            best = Some(v);
        }
    };
    for l in [s.in_lex.or(s.phrase), s.words].into_iter().flatten() {
        consider(a.lex_positions(l));
    }
    for bit in flag::RARE {
        if s.must & bit != 0
            && let Some(v) = a.rare_flag_positions(bit)
        {
            consider(v);
        }
    }
    best
}

/// The only tokens a match can start at, in order, when short lists tell:
/// either a match starts where an opener consumes a token (every opener
/// needs a list), or, when the specs before a required spec `k` each
/// consume exactly one token, `k` tokens before one that spec consumes.
/// The shorter way wins; `None` when neither has lists.
fn start_candidates<'a>(
    specs: &[Spec],
    openers: &[Spec],
    a: &'a Analysis<'_>,
) -> Option<Starts<'a>> {
    let by_openers: Option<Lists<'a>> = openers.iter().map(|s| driver(s, a)).collect();
    let mut best: Option<(usize, Lists<'a>, u32)> =
        by_openers.map(|d| (d.iter().map(|x| x.len()).sum(), d, 0));
    for (k, s) in specs.iter().enumerate() {
        if s.min > 0
            && let Some(d) = driver(s, a)
            && best.as_ref().is_none_or(|b| d.len() < b.0)
        {
            best = Some((d.len(), smallvec::smallvec![d], k as u32));
        }
        let single = s.min == 1 && s.max == 1 && s.phrase.is_none();
        if !single {
            break;
        }
    }
    let (total, lists, back) = best?;
    if let [one] = lists[..] {
        // One list is in order already: read in place, not copied.
        return Some(Starts::One(one, back));
    }
    // The list's memory is kept per thread: every pattern of every text
    // needs one.
    // Merged through a bit per token: in order and without repeats, with
    // no sort.
    let mut starts = SPARE_STARTS.try_with(|s| s.take()).unwrap_or_default();
    let mut bits = SPARE_BITS.try_with(|s| s.take()).unwrap_or_default();
    starts.clear();
    starts.reserve(total);
    bits.clear();
    bits.resize(a.tokens.len() / 64 + 1, 0u64);
    for &p in lists.iter().flat_map(|d| d.iter()) {
        if p >= back
            && let Some(w) = bits.get_mut(((p - back) / 64) as usize)
        {
            *w |= 1 << ((p - back) % 64);
        }
    }
    for (k, &w) in bits.iter().enumerate() {
        let mut w = w;
        while w != 0 {
            starts.push(k as u32 * 64 + w.trailing_zeros());
            w &= w - 1;
        }
    }
    let _ = SPARE_BITS.try_with(|s| s.set(bits));
    Some(Starts::Many(starts))
}

/// Where a pattern's first two required specs can consume tokens (lists
/// from [`driver`]), to skip starts where no match can be: the first
/// required spec takes a token at most `reach_first` after the start (the
/// optional specs before it take at most that many), and the second one
/// within `reach_second` after that token.
struct RequiredGate<'a> {
    first: Option<&'a [u32]>,
    second: Option<&'a [u32]>,
    reach_first: usize,
    reach_second: usize,
    /// In `first`, the first token at or after the last start asked about.
    at: usize,
    /// The second required spec when it has no list but comes right after
    /// a first one of exactly one token: it must take the token after
    /// that one (`214,000 | child car seats`), tested there.
    next: Option<(&'a Spec, &'a Analysis<'a>)>,
}

impl<'a> RequiredGate<'a> {
    fn new(specs: &'a [Spec], a: &'a Analysis<'a>) -> RequiredGate<'a> {
        let k1 = specs.iter().position(|s| s.min > 0);
        let k2 = k1.and_then(|k| {
            specs[k + 1..]
                .iter()
                .position(|s| s.min > 0)
                .map(|d| k + 1 + d)
        });
        let k1 = k1.unwrap_or(specs.len());
        let k2 = k2.unwrap_or(specs.len());
        let second = specs.get(k2).and_then(|s| driver(s, a));
        let single = |s: &Spec| s.min == 1 && s.max == 1 && s.phrase.is_none();
        let next = (second.is_none() && k2 == k1 + 1 && specs.get(k1).is_some_and(single))
            .then(|| specs.get(k2).map(|s| (s, a)))
            .flatten();
        // With no list for the second required spec, the shortest list of
        // a later required one, in its (longer) reach: `rose …, from 142
        // to 168` needs a `from` within fourteen tokens of the verb.
        let (second, k2) = match second {
            Some(l) => (Some(l), k2),
            None => specs
                .iter()
                .enumerate()
                .skip(k2 + 1)
                .filter(|(_, s)| s.min > 0)
                .filter_map(|(j, s)| driver(s, a).map(|l| (l, j)))
                .min_by_key(|(l, _)| l.len())
                .map_or((None, k2), |(l, j)| (Some(l), j)),
        };
        RequiredGate {
            first: specs.get(k1).and_then(|s| driver(s, a)),
            second,
            reach_first: reach(&specs[..k1], a),
            reach_second: reach(&specs[k1..k2.min(specs.len())], a),
            at: 0,
            next,
        }
    }

    /// False when no match can start at token `i`; starts are asked about
    /// in increasing order.
    fn admits(&mut self, i: usize) -> bool {
        // The first token the second spec takes is after `i` and within
        // the reach of both.
        let second_after = |f: usize, reach: usize| match self.second {
            Some(l) => {
                let k = l.partition_point(|&t| t as usize <= f);
                l.get(k).is_some_and(|&t| t as usize <= f + reach)
            }
            None => true,
        };
        let Some(first) = self.first else {
            return second_after(i, self.reach_first + self.reach_second);
        };
        while first.get(self.at).is_some_and(|&t| (t as usize) < i) {
            self.at += 1;
        }
        let next_takes = |f: usize| {
            self.next
                .is_none_or(|(s, a)| s.matches(a, f + 1).is_some_and(|n| n > 0))
        };
        first[self.at..]
            .iter()
            .take_while(|&&f| f as usize <= i + self.reach_first)
            .any(|&f| second_after(f as usize, self.reach_second) && next_takes(f as usize))
    }
}

/// The most tokens `specs` take: one per repetition, a phrase at most the
/// longest lexicon hit.
fn reach(specs: &[Spec], a: &Analysis<'_>) -> usize {
    specs
        .iter()
        .map(|s| {
            s.max
                * if s.phrase.is_some() {
                    a.max_hit_tokens()
                } else {
                    1
                }
        })
        .sum()
}

thread_local! {
    static SPARE_STARTS: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    static SPARE_BITS: std::cell::Cell<Vec<u64>> = const { std::cell::Cell::new(Vec::new()) };
    static SPARE_PARTS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Token lists from [`driver`], one per spec looked at.
type Lists<'a> = SmallVec<[&'a [u32]; 4]>;

/// Start tokens from [`start_candidates`]: one list read `back` tokens
/// earlier, or several merged.
enum Starts<'a> {
    One(&'a [u32], u32),
    Many(Vec<u32>),
}

impl Starts<'_> {
    /// Returns a merged list's memory to this thread, for the next pattern.
    fn give_back(self) {
        if let Starts::Many(v) = self {
            // During thread teardown the slot may be gone: then just free.
            let _ = SPARE_STARTS.try_with(|s| s.set(v));
        }
    }

    /// The start tokens, in order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let (list, back) = match self {
            Starts::One(l, b) => (*l, *b),
            Starts::Many(v) => (&v[..], 0),
        };
        list.iter()
            .filter(move |&&p| p >= back)
            .map(move |&p| (p - back) as usize)
    }
}

/// Calls `f(start, end, parts)` for every non-overlapping leftmost-longest-
/// greedy match of a pattern, in order; `parts` is per spec the token range
/// it consumed (borrowed: no copy is made per match).
pub fn each_match(
    specs: &[Spec],
    a: &Analysis<'_>,
    mut f: impl FnMut(usize, usize, &[(usize, usize)]),
) {
    let openers = openers(specs);
    let starts = start_candidates(specs, openers, a);
    // Most patterns find no start in a text: nothing to set up.
    if let Some(st) = &starts
        && st.iter().next().is_none()
    {
        if let Some(st) = starts {
            st.give_back();
        }
        return;
    }
    let mut ctx = Ctx {
        specs,
        a,
        start: 0,
        steps: 0,
        parts: SPARE_PARTS.try_with(|s| s.take()).unwrap_or_default(),
        taken: 0,
    };
    let mut try_at = |i: usize| -> Option<usize> {
        ctx.steps = 0;
        ctx.taken = 0;
        ctx.start = i;
        ctx.parts.clear();
        ctx.parts.resize(specs.len(), (i, i));
        match ctx.go(0, i, 0, i) {
            Some(end) if end > i => {
                f(i, end, &ctx.parts);
                Some(end)
            }
            _ => None,
        }
    };
    if let Some(starts) = starts {
        let mut next = 0;
        let mut gate = RequiredGate::new(specs, a);
        for i in starts.iter() {
            if i < next || !gate.admits(i) {
                continue;
            }
            if let Some(end) = try_at(i) {
                next = end;
            }
        }
        starts.give_back();
        return;
    }
    // Gates that only ask for a lexicon entry fold into one mask test.
    let mut lex_only = 0u64;
    let gates: SmallVec<[Gate; 4]> = openers
        .iter()
        .map(Gate::of)
        .filter(|g| {
            let only_lex = g.lex.count_ones() == 1
                && g.must == 0
                && g.must_not == 0
                && g.lens == u64::MAX
                && g.first == [u64::MAX; 4];
            if only_lex {
                lex_only |= g.lex;
            }
            !only_lex
        })
        .collect();
    let bytes = a.text.as_bytes();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        let t = a.tokens[i];
        let (mask, len) = (a.lex_mask(i), t.end() - t.start());
        let first = bytes.get(t.start()).copied().unwrap_or(0);
        if mask & lex_only == 0 && !gates.iter().any(|g| g.pass(t.flags, mask, len, first))
            || !openers.iter().any(|s| s.can_consume(a, i))
        {
            i += 1;
            continue;
        }
        i = try_at(i).unwrap_or(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lexicon::LexTrie;

    /// A spec for the pattern proptest: kind `k` of a few, quantifier `q`.
    fn spec(k: usize, q: usize) -> Spec {
        let (min, max) = [(1, 1), (0, 1), (0, MAX_REPEAT), (1, MAX_REPEAT), (0, 2)][q % 5];
        let mut s = Spec {
            text: Vec::new(),
            lower: Vec::new(),
            words: None,
            in_lex: None,
            not_in: None,
            phrase: None,
            must: 0,
            must_not: 0,
            shape: None,
            suffix: Endings::default(),
            not_suffix: Endings::default(),
            min,
            max,
            capture: None,
            unless: 0,
            noted: 0,
        };
        match k % 7 {
            0 => s.phrase = Some(0),
            1 => s.in_lex = Some(1),
            2 => s.must = flag::LIKE_NUM,
            3 => s.must = flag::LOWER | flag::ALPHA,
            4 => s.lower = vec!["the".into(), "a".into()],
            5 => s.must = flag::TITLE,
            _ => {
                s.must = flag::LOWER;
                s.not_in = Some(2);
            }
        }
        s
    }

    /// A match: start and end token, and per spec the tokens it took.
    type Found = (usize, usize, Vec<(usize, usize)>);

    /// The search of the definition at one start token.
    struct Definition<'s, 'a, 't> {
        specs: &'s [Spec],
        a: &'a Analysis<'t>,
        start: usize,
        /// Per spec, the tokens it took on the path being tried.
        path: Vec<std::cell::Cell<usize>>,
    }

    impl Definition<'_, '_, '_> {
        fn go(
            &self,
            e: usize,
            pos: usize,
            count: usize,
            from: usize,
            parts: &mut [(usize, usize)],
        ) -> Option<usize> {
            let Some(spec) = self.specs.get(e) else {
                return Some(pos);
            };
            // `unless`: no earlier spec it names took a token on this path.
            let clear = (0..e).all(|k| spec.unless & (1 << k) == 0 || self.path[k].get() == 0);
            if count < spec.max
                && clear
                && (pos == self.start || !self.a.line_break_before(pos))
                && let Some(n) = spec.matches(self.a, pos)
                && n > 0
            {
                let was = self.path[e].get();
                self.path[e].set(was + n);
                let end = self.go(e, pos + n, count + 1, from, parts);
                self.path[e].set(was);
                if end.is_some() {
                    return end;
                }
            }
            if count >= spec.min
                && let Some(end) = self.go(e + 1, pos, 0, pos, parts)
            {
                parts[e] = (from, pos);
                return Some(end);
            }
            None
        }
    }

    /// The pattern's matches by definition: every token a start, left to
    /// right, the greedy backtracking search at each, none skipped.
    fn matches_by_definition(specs: &[Spec], a: &Analysis<'_>) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < a.tokens.len() {
            let mut parts = vec![(i, i); specs.len()];
            let d = Definition {
                specs,
                a,
                start: i,
                path: vec![std::cell::Cell::new(0); specs.len()],
            };
            match d.go(0, i, 0, i, &mut parts) {
                Some(end) if end > i => {
                    out.push((i, end, parts));
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    proptest::proptest! {
        /// The search with its start lists and gates finds the matches
        /// the definition finds, with the same parts.
        #[test]
        fn patterns_match_as_defined(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "more", "than", "about", "nearly", "3", "2,300", "three", "million", "billion",
                "people", "workers", "the", "The", "a", "Reuters", "Ms", ".", ",", "\n", "said",
            ]), 0..40),
            pattern in proptest::collection::vec((0usize..7, 0usize..5, 0u32..16), 1..5),
        ) {
            let mut trie = LexTrie::default();
            for (l, entries) in [&["more than", "about", "nearly"][..], &["million", "billion", "three"], &["people", "workers"]].iter().enumerate() {
                for e in *entries {
                    trie.insert(e, l as u16);
                }
            }
            let text = words.join(" ");
            let a = Analysis::new(&text, &trie);
            // Some specs take tokens only when earlier ones took none.
            let specs: Vec<Spec> = pattern
                .iter()
                .enumerate()
                .map(|(e, &(k, q, u))| Spec {
                    unless: u & ((1 << e) - 1),
                    noted: 1 << e,
                    ..spec(k, q)
                })
                .collect();
            let mut got = Vec::new();
            each_match(&specs, &a, |s, e, parts| got.push((s, e, parts.to_vec())));
            proptest::prop_assert_eq!(got, matches_by_definition(&specs, &a), "{}", text);
        }
    }

    /// `unless`: a spec takes no token after an earlier spec it names
    /// took one, and the match ends before it instead.
    #[test]
    fn unless_keeps_a_spec_from_taking_tokens_after_named_ones() {
        let mut trie = LexTrie::default();
        trie.insert("$", 0);
        trie.insert("%", 1);
        let specs = [
            Spec {
                in_lex: Some(0),
                min: 0,
                noted: 0b1,
                ..spec(1, 0)
            },
            spec(2, 0),
            Spec {
                in_lex: Some(1),
                min: 0,
                noted: 0b100,
                ..spec(1, 0)
            },
            Spec {
                must: flag::LOWER | flag::ALPHA,
                min: 0,
                unless: 0b101,
                ..spec(3, 1)
            },
        ];
        let text = "It spent $48 budget, a 14 % rise and 273 drones";
        let a = Analysis::new(text, &trie);
        let mut got = Vec::new();
        each_match(&specs, &a, |s, e, _| {
            got.push(&text[a.tokens[s].start()..a.tokens[e - 1].end()]);
        });
        assert_eq!(got, ["$48", "14 %", "273 drones"]);
    }

    #[test]
    fn fast_word_tests_match_their_definitions() {
        for w in [
            "Hello",
            "ABCDEFG",
            "a1-b2",
            "x",
            "",
            "Zürich",
            "İstanbul",
            "28-year-old",
            "1st",
        ] {
            for s in ["Xxxxx", "XXXX", "x", "xd-xd", "", "Xxxx", "dd-xxxx-xxx"] {
                assert_eq!(shape_is(w, s), shape(w) == s, "{w} {s}");
            }
            for suf in ["-old", "old", "ld", "", "stanbul", "1st", "st"] {
                assert_eq!(
                    Endings::new(&[suf.to_string()]).matched_by(w),
                    w.to_lowercase().ends_with(suf),
                    "{w} {suf}"
                );
                let several = Endings::new(&[suf.to_uppercase(), "zz".into(), "ü".into()]);
                assert_eq!(
                    several.matched_by(w),
                    [suf, "zz", "ü"]
                        .iter()
                        .any(|x| w.to_lowercase().ends_with(x)),
                    "{w} {suf} and others"
                );
            }
        }
    }
}

//! Running a rule set over one text: phases in order, exclusions,
//! deterministic conflict resolution; then `explain` adds attributes and
//! explanations to the survivors.
//!
//! Candidates carry no strings: labels and piece roles are borrowed from the
//! rule set and pieces live in one arena, so losing candidates cost no
//! allocation.

use smallvec::SmallVec;

use super::analysis::Analysis;
use super::conditions::Facts;
use super::explain::finish;
use super::quote_names::{NameLexicons, is_name_quote};
use super::quotes::has_words;
use super::schema::{Action, Phase};
use super::tokens::each_match;
use super::{Kind, Rule, RuleSet, Suggestion};
use crate::model::Piece;

/// A piece of an explanation before it becomes a [`Piece`].
#[derive(Debug, Clone, Copy)]
pub struct RawPiece<'r> {
    /// Role (capture name, `match`, `marker`, …).
    pub role: &'r str,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

impl RawPiece<'_> {
    /// The owned piece.
    pub fn to_piece(self) -> Piece {
        Piece {
            role: self.role.to_string(),
            start: self.start,
            end: self.end,
        }
    }
}

/// True when two labels are equal; rules of one label share its string,
/// so the address tells at once (the text is compared otherwise).
#[inline]
pub fn same_label(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// A candidate before conflicts are resolved.
#[derive(Debug, Clone, Copy)]
pub struct Cand<'r> {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Index of the rule in the set.
    pub rule: usize,
    /// The rule's label.
    pub label: &'r str,
    /// Range of its pieces in the run's piece arena.
    pub pieces: (usize, usize),
}

/// Collects candidates and their pieces.
#[derive(Default)]
struct Out<'r> {
    cands: Vec<Cand<'r>>,
    excl: Vec<Cand<'r>>,
    pieces: Vec<RawPiece<'r>>,
}

impl<'r> Out<'r> {
    /// Adds a candidate of rule `r` whose pieces were pushed since `from`.
    fn push(&mut self, r: &'r Rule, ri: usize, start: usize, end: usize, from: usize) {
        let c = Cand {
            start,
            end,
            rule: ri,
            label: &r.label,
            pieces: (from, self.pieces.len()),
        };
        if r.action == Action::Exclude {
            self.excl.push(c);
        } else {
            self.cands.push(c);
        }
    }

    fn piece(&mut self, role: &'r str, start: usize, end: usize) {
        self.pieces.push(RawPiece { role, start, end });
    }
}

/// Most bytes one analysis covers: token offsets are 32-bit.
const MAX_PART: usize = u32::MAX as usize;

/// Runs all rules over `text`; `explain` adds explanations.
pub fn run(rs: &RuleSet, text: &str, explain: bool) -> Vec<Suggestion> {
    run_in_parts(rs, text, explain, MAX_PART)
}

/// [`run`] over parts of at most `limit` bytes, cut after paragraph
/// breaks where it can: a text of 4 GiB or more is not refused, and no
/// sentence crosses a paragraph break.
fn run_in_parts(rs: &RuleSet, text: &str, explain: bool, limit: usize) -> Vec<Suggestion> {
    if text.len() <= limit {
        return run_part(rs, text, explain);
    }
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let to = part_end(text, from, limit);
        for mut s in run_part(rs, &text[from..to], explain) {
            s.start += from;
            s.end += from;
            if let Some(why) = &mut s.why {
                for p in &mut why.pieces {
                    p.start += from;
                    p.end += from;
                }
            }
            // Parts come in order and their suggestions lie inside them:
            // the whole stays sorted.
            out.push(s);
        }
        from = to;
    }
    out
}

/// Where the part starting at `from` ends: after the last paragraph
/// break (else line break) within `limit` bytes, else at the last
/// character boundary; always past `from` (`limit` ≥ 4, a character's
/// most bytes).
fn part_end(text: &str, from: usize, limit: usize) -> usize {
    if text.len() - from <= limit {
        return text.len();
    }
    let mut to = from + limit.max(4);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[from..to];
    window
        .rfind("\n\n")
        .map(|k| k + 2)
        .or_else(|| window.rfind('\n').map(|k| k + 1))
        .map_or(to, |k| from + k)
}

/// Runs all rules over `text`, shorter than [`MAX_PART`].
fn run_part(rs: &RuleSet, text: &str, explain: bool) -> Vec<Suggestion> {
    let mut a = Analysis::new(text, &rs.lexicons);
    if let (Some(v), Some(c)) = (rs.attr_lex.verbs, rs.attr_lex.cue_verbs) {
        a.drop_uncued_verbs(v, c);
    }
    let mut sc = Scratch::take(text.len());
    let mut facts = Facts::default();
    for phase in [Phase::Numbers, Phase::Figures, Phase::Quotes, Phase::Claims] {
        sc.out.cands.clear();
        sc.out.excl.clear();
        let stepped = scan_phase(rs, phase, text, &mut sc.scanned);
        facts.next_phase();
        // Rules are sorted by phase (see `compile`).
        let lo = rs.rules.partition_point(|r| r.phase < phase);
        let hi = rs.rules.partition_point(|r| r.phase <= phase);
        for (ri, r) in rs.rules.iter().enumerate().take(hi).skip(lo) {
            let scanned = stepped.contains(&ri).then_some(&sc.scanned[..]);
            matches(r, ri, &a, &sc.kept, scanned, &mut facts, &mut sc.out);
        }
        let before = sc.kept.len();
        resolve(
            rs,
            &mut sc.out.cands,
            &mut sc.out.excl,
            &mut sc.resolve,
            &mut sc.kept,
        );
        merge_winners(&mut sc.kept, before, &mut sc.merge);
    }
    let s = finish(rs, &a, &sc.kept, &sc.out.pieces, explain);
    drop(facts);
    sc.give_back();
    s
}

/// Sorts `kept` by start (so sentence conditions can binary-search it)
/// when `kept[..before]` is sorted already: the phase's new winners are
/// sorted alone and merged in, not the whole list again. The rule breaks
/// ties: a rule's winners never overlap, so the order is total and an
/// unstable sort gives the only sorted order.
fn merge_winners<'r>(kept: &mut [Cand<'r>], before: usize, tmp: &mut Vec<Cand<'r>>) {
    let key = |c: &Cand<'_>| (c.start, c.end, c.rule);
    kept[before..].sort_unstable_by_key(key);
    if before == 0 || before == kept.len() || key(&kept[before - 1]) <= key(&kept[before]) {
        return;
    }
    tmp.clear();
    tmp.extend_from_slice(&kept[before..]);
    // From the back: the old run moves right only into slots already read.
    let (mut i, mut j) = (before, tmp.len());
    for k in (0..kept.len()).rev() {
        if j == 0 {
            break;
        }
        if i > 0 && key(&kept[i - 1]) > key(&tmp[j - 1]) {
            kept[k] = kept[i - 1];
            i -= 1;
        } else {
            kept[k] = tmp[j - 1];
            j -= 1;
        }
    }
}

/// The vectors of a run, kept per thread between runs (like the
/// analysis's), so the next text reuses their memory.
#[derive(Default)]
struct Scratch<'r> {
    kept: Vec<Cand<'r>>,
    /// The new winners while [`merge_winners`] merges them in.
    merge: Vec<Cand<'r>>,
    out: Out<'r>,
    scanned: Vec<(usize, usize, usize)>,
    resolve: ResolveScratch,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Option<Scratch<'static>>> = const { std::cell::Cell::new(None) };
}

/// Scratch vectors above this many candidates or pieces go back to the
/// system: one huge text should not pin its memory to a thread.
const MAX_SCRATCH: usize = 1 << 16;

impl<'r> Scratch<'r> {
    /// This thread's scratch (new, sized for news text, the first time):
    /// about a candidate per 40 bytes; a huge text starts no bigger than
    /// a long article.
    fn take(len: usize) -> Scratch<'r> {
        if let Some(s) = SCRATCH.try_with(|s| s.take()).ok().flatten() {
            return s.relabel();
        }
        let n = len.min(1 << 17);
        Scratch {
            kept: Vec::with_capacity(n / 48),
            merge: Vec::with_capacity(n / 96),
            out: Out {
                cands: Vec::with_capacity(n / 64),
                excl: Vec::with_capacity(n / 96),
                pieces: Vec::with_capacity(n / 8),
            },
            scanned: Vec::with_capacity(n / 256),
            resolve: ResolveScratch {
                by_start: Vec::with_capacity(n / 64),
                order: Vec::with_capacity(n / 64),
                max_end: Vec::with_capacity(n / 96),
                bits: Vec::with_capacity(n / 32),
            },
        }
    }

    /// Keeps the (emptied) vectors for the thread's next run.
    fn give_back(self) {
        if self.out.pieces.capacity() > MAX_SCRATCH || self.kept.capacity() > MAX_SCRATCH {
            return;
        }
        let s = self.relabel();
        // During thread teardown the slot may be gone: then just free.
        let _ = SCRATCH.try_with(|slot| slot.set(Some(s)));
    }

    /// The same vectors, emptied, for candidates that borrow from another
    /// rule set. An empty vector holds no borrow; collecting it in place
    /// keeps its memory (checked by `scratch_keeps_its_memory`).
    fn relabel<'s>(self) -> Scratch<'s> {
        fn empty<T, U>(mut v: Vec<T>, f: impl FnMut(T) -> U) -> Vec<U> {
            v.clear();
            v.into_iter().map(f).collect()
        }
        let Scratch {
            kept,
            merge,
            out,
            mut scanned,
            mut resolve,
        } = self;
        let cand = |c: Cand<'_>| Cand { label: "", ..c };
        scanned.clear();
        resolve.clear();
        Scratch {
            kept: empty(kept, cand),
            merge: empty(merge, cand),
            out: Out {
                cands: empty(out.cands, cand),
                excl: empty(out.excl, cand),
                pieces: empty(out.pieces, |p: RawPiece<'_>| RawPiece { role: "", ..p }),
            },
            scanned,
            resolve,
        }
    }
}

/// False when `text` holds none of a regex's required literal starts (none
/// required: true).
fn may_match(required: &[memchr::memmem::Finder<'static>], text: &str) -> bool {
    required.is_empty() || required.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// The matches of the phase's stepped regex rules, as (rule, start, end)
/// each rule's in text order: one scan for all of them (see [`super::scan`]).
/// Returns the rules scanned.
fn scan_phase<'r>(
    rs: &'r RuleSet,
    phase: Phase,
    text: &str,
    out: &mut Vec<(usize, usize, usize)>,
) -> &'r [usize] {
    out.clear();
    let Some((_, scan)) = rs.scans.iter().find(|(p, _)| *p == phase) else {
        return &[];
    };
    let rule = |ri: usize| match &rs.rules[ri].kind {
        Kind::Regex {
            re,
            required,
            stepper: Some(st),
            ..
        } if may_match(required, text) => Some((&**st, re)),
        _ => None,
    };
    scan.run(text, rule, out);
    &scan.rules
}

/// Scratch vectors of [`resolve`].
#[derive(Default)]
struct ResolveScratch {
    /// Candidates by (label, start): `label << 48 | start`, index.
    by_start: Vec<(u64, u32)>,
    /// One overlap cluster's candidates in resolution order.
    order: Vec<(u64, u64, u32)>,
    /// Prefix maximum of the sorted exclusions' ends, per label.
    max_end: Vec<usize>,
    /// One cluster's bytes taken so far, a bit per byte.
    bits: Vec<u64>,
}

impl ResolveScratch {
    fn clear(&mut self) {
        self.by_start.clear();
        self.order.clear();
        self.max_end.clear();
        self.bits.clear();
    }
}

/// The order conflicts resolve in, as a sortable key: priority (higher
/// first), then longest, earliest, rule id; the candidate's index last.
#[inline]
fn resolution_key(rs: &RuleSet, c: &Cand<'_>, k: usize) -> (u64, u64, u32) {
    // Order-preserving i32 → u32, inverted so high priority sorts first.
    let pri = !((rs.rules[c.rule].priority as u32) ^ 0x8000_0000) as u64;
    let len = (u32::MAX - (c.end - c.start).min(u32::MAX as usize) as u32) as u64;
    let start = c.start.min(u32::MAX as usize) as u64;
    (
        pri << 32 | len,
        start << 32 | rs.id_rank[c.rule] as u64,
        k as u32,
    )
}

/// Drops candidates an exclusion of their label overlaps, then keeps, per
/// label, the candidates no earlier one in [`resolution_key`] order
/// overlaps. Whether a candidate wins depends only on the candidates its
/// overlaps chain it to, so the candidates are cut into such clusters by
/// start: one alone wins without a sort (most do), and a cluster is
/// resolved on its own. Winners go to `won` by label, then start.
fn resolve<'r>(
    rs: &RuleSet,
    cands: &mut Vec<Cand<'r>>,
    excl: &mut [Cand<'r>],
    sc: &mut ResolveScratch,
    won: &mut Vec<Cand<'r>>,
) {
    sc.clear();
    drop_excluded(cands, excl, sc);
    let mut labels: SmallVec<[&str; 4]> = SmallVec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.end <= c.start {
            continue;
        }
        let l = match labels.iter().position(|&t| same_label(t, c.label)) {
            Some(l) => l,
            None => {
                labels.push(c.label);
                labels.len() - 1
            }
        };
        // Starts are byte offsets of one text, far below 2^48; a phase has
        // fewer labels than rules (at most `MAX_RULES`), below 2^16.
        sc.by_start.push((
            (l as u64) << 48 | (c.start as u64 & ((1 << 48) - 1)),
            k as u32,
        ));
    }
    sc.by_start.sort_unstable_by_key(|x| x.0);
    let n = sc.by_start.len();
    let mut i = 0;
    while i < n {
        let (key, k) = sc.by_start[i];
        let first = cands[k as usize];
        let mut max_end = first.end;
        let mut j = i + 1;
        while let Some(&(key_j, k_j)) = sc.by_start.get(j)
            && key_j >> 48 == key >> 48
            && cands[k_j as usize].start < max_end
        {
            max_end = max_end.max(cands[k_j as usize].end);
            j += 1;
        }
        if j == i + 1 {
            won.push(first);
        } else {
            let lo = first.start;
            sc.order.clear();
            sc.order.extend(
                sc.by_start[i..j]
                    .iter()
                    .map(|&(_, k)| resolution_key(rs, &cands[k as usize], k as usize)),
            );
            sc.order.sort_unstable();
            sc.bits.clear();
            sc.bits.resize((max_end - lo) / 64 + 1, 0);
            let from = won.len();
            for &(_, _, k) in &sc.order {
                let c = cands[k as usize];
                if any_set(&sc.bits, c.start - lo, c.end - lo) {
                    continue;
                }
                set_range(&mut sc.bits, c.start - lo, c.end - lo);
                won.push(c);
            }
            // Winners of one label never overlap: start orders them.
            won[from..].sort_unstable_by_key(|c| c.start);
        }
        i = j;
    }
}

/// Drops the candidates that an exclusion of the same label overlaps.
fn drop_excluded<'r>(cands: &mut Vec<Cand<'r>>, excl: &mut [Cand<'r>], sc: &mut ResolveScratch) {
    // Per label (a run of `excl`), exclusions sorted by start with a prefix
    // maximum of their ends. A rule set has a handful of labels: they are
    // searched linearly. Most phases exclude one label: then no label
    // comparisons.
    match excl.first() {
        Some(f) if excl.iter().all(|x| same_label(x.label, f.label)) => {
            excl.sort_unstable_by_key(|x| x.start)
        }
        _ => excl.sort_unstable_by(|x, y| (x.label, x.start).cmp(&(y.label, y.start))),
    }
    let mut runs: SmallVec<[(&str, usize, usize); 4]> = SmallVec::new();
    for (k, x) in excl.iter().enumerate() {
        match runs.last_mut() {
            Some(r) if same_label(r.0, x.label) => {
                r.2 = k + 1;
                sc.max_end.push(sc.max_end[k - 1].max(x.end));
            }
            _ => {
                runs.push((x.label, k, k + 1));
                sc.max_end.push(x.end);
            }
        }
    }
    if !runs.is_empty() {
        cands.retain(|c| {
            let Some(&(_, lo, hi)) = runs.iter().find(|r| same_label(r.0, c.label)) else {
                return true;
            };
            let k = lo + excl[lo..hi].partition_point(|x| x.start < c.end);
            !(k > lo && sc.max_end[k - 1] > c.start)
        });
    }
}

/// The mask of bits `from..to` (within one word, `to` ≤ 64).
#[inline]
fn mask(from: usize, to: usize) -> u64 {
    let hi = if to >= 64 { u64::MAX } else { (1u64 << to) - 1 };
    hi & !((1u64 << from) - 1)
}

/// Calls `f(word, mask)` for the words and bits of `start..end` (`start < end`).
#[inline]
fn each_word(start: usize, end: usize, mut f: impl FnMut(usize, u64) -> bool) -> bool {
    let (w0, w1) = (start / 64, (end - 1) / 64);
    for w in w0..=w1 {
        let from = if w == w0 { start % 64 } else { 0 };
        let to = if w == w1 { (end - 1) % 64 + 1 } else { 64 };
        if f(w, mask(from, to)) {
            return true;
        }
    }
    false
}

fn any_set(bits: &[u64], start: usize, end: usize) -> bool {
    each_word(start, end, |w, m| bits[w] & m != 0)
}

fn set_range(bits: &mut [u64], start: usize, end: usize) {
    each_word(start, end, |w, m| {
        bits[w] |= m;
        false
    });
}

/// Candidates of rule `r` (index `ri`).
fn matches<'r>(
    r: &'r Rule,
    ri: usize,
    a: &Analysis<'_>,
    kept: &[Cand<'_>],
    scanned: Option<&[(usize, usize, usize)]>,
    facts: &mut Facts<'r>,
    out: &mut Out<'r>,
) {
    let text = a.text;
    match &r.kind {
        Kind::Regex {
            re,
            span_group,
            names,
            whole_line,
            required,
            ..
        } => {
            // A stepped rule was run in the phase's scan (`scanned` holds
            // its matches), its required literals looked for there.
            if scanned.is_none() && !may_match(required, text) {
                return;
            }
            // The span a match gives: itself, or its line without the
            // line break and surrounding blanks.
            // Matches come in order: the line of the last one is kept, so a
            // long line with many matches is not walked once per match.
            let mut line: (usize, usize) = (0, 0);
            let mut widen = |s: usize, e: usize| {
                if !*whole_line {
                    return (s, e);
                }
                let b = text.as_bytes();
                if !(line.0 <= s && e <= line.1 && line.1 > line.0) {
                    let ls = b[..s]
                        .iter()
                        .rposition(|&c| c == b'\n')
                        .map_or(0, |k| k + 1);
                    let le = b[e..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(b.len(), |k| e + k);
                    line = (ls, le);
                }
                let t = &text[line.0..line.1];
                let start = line.0 + (t.len() - t.trim_start().len());
                (start.min(s), (start + t.trim().len()).max(e))
            };
            // A match that starts at three digits or more after the point
            // of a decimal (`1568` in `$1.1568`) is no match: it would split
            // a number. (Two are a clock's minutes: `19.42 GMT`.)
            let b = text.as_bytes();
            let mid_number = |ms: usize| {
                ms >= 2
                    && b[ms - 1] == b'.'
                    && b[ms - 2].is_ascii_digit()
                    && b.get(ms..ms + 3)
                        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            };
            if span_group.is_none() && names.is_empty() {
                let mut add = |ms: usize, me: usize| {
                    if me > ms && !mid_number(ms) {
                        let from = out.pieces.len();
                        out.piece("match", ms, me);
                        let (s, e) = widen(ms, me);
                        out.push(r, ri, s, e, from);
                    }
                };
                if let Some(scanned) = scanned {
                    for &(_, ms, me) in scanned.iter().filter(|m| m.0 == ri) {
                        add(ms, me);
                    }
                } else {
                    for m in re.find_iter(text) {
                        add(m.start(), m.end());
                    }
                }
                return;
            }
            for caps in re.captures_iter(text) {
                let Some(whole) = span_group
                    .and_then(|g| caps.get_group(g))
                    .or_else(|| caps.get_group(0))
                else {
                    continue;
                };
                if whole.end <= whole.start
                    || mid_number(caps.get_group(0).map_or(whole.start, |m| m.start))
                {
                    continue;
                }
                let from = out.pieces.len();
                for (i, n) in names {
                    if let Some(m) = caps.get_group(*i)
                        && m.end > m.start
                    {
                        out.piece(n, m.start, m.end);
                    }
                }
                let (s, e) = widen(whole.start, whole.end);
                out.push(r, ri, s, e, from);
            }
        }
        Kind::Tokens(specs) => {
            each_match(specs, a, |m0, m1, parts| {
                let (mut start, mut end) = (a.tokens[m0].start(), a.tokens[m1 - 1].end());
                // Tokens captured as `span` are the candidate, as a regex's
                // `span` group is: the rest of the match is context.
                let mut span: Option<(usize, usize)> = None;
                let from = out.pieces.len();
                for (s, &(p0, p1)) in specs.iter().zip(parts) {
                    if let Some(name) = s.capture.as_deref()
                        && p1 > p0
                    {
                        let (ps, pe) = (a.tokens[p0].start(), a.tokens[p1 - 1].end());
                        if name == "span" {
                            span = Some(span.map_or((ps, pe), |(s, e)| (s.min(ps), e.max(pe))));
                        } else {
                            out.piece(name, ps, pe);
                        }
                    }
                }
                if let Some((s, e)) = span {
                    (start, end) = (s, e);
                }
                out.push(r, ri, start, end, from);
            });
        }
        Kind::Lexicon(l) => {
            for &t in a.lex_positions(*l) {
                let (t, n) = (t as usize, a.lex_len_at(t as usize, *l).unwrap_or(1));
                let s = a.tokens[t].start();
                let e = a.tokens[t + n - 1].end();
                let from = out.pieces.len();
                out.piece("entry", s, e);
                out.push(r, ri, s, e, from);
            }
        }
        Kind::Quotes {
            min_words,
            verbs,
            names,
            works,
        } => {
            let lx = NameLexicons {
                verbs: *verbs,
                names: *names,
                works: *works,
            };
            for q in a.quotes.iter().filter(|q| q.depth == 0) {
                let (i0, i1) = q.inner();
                if !has_words(&text[i0..i1], *min_words) || is_name_quote(a, q, lx) {
                    continue;
                }
                let from = out.pieces.len();
                out.piece("open-mark", q.start, i0);
                out.piece("close-mark", i1, q.end);
                out.push(r, ri, q.start, q.end, from);
            }
        }
        Kind::Sentence {
            when,
            unless,
            ids,
            gate,
        } => {
            if !gate.may_admit_any(a) {
                return;
            }
            let (when_ids, unless_ids) = ids.split_at(when.len().min(ids.len()));
            let mut index = |conds: &'r [_], ids: &[usize]| -> SmallVec<[usize; 4]> {
                conds
                    .iter()
                    .zip(ids)
                    .map(|(c, &id)| facts.index(c, id, a, kept))
                    .collect()
            };
            let w = index(when, when_ids);
            let u = index(unless, unless_ids);
            let excludes = r.action == Action::Exclude;
            let slot = facts.exclusion_slot(&r.label, a.sents.len());
            for si in gate.admitted(when, a) {
                let s = &a.sents[si];
                // A sentence exclusion of the label already removes this
                // sentence's candidate, and would repeat itself.
                if facts.excluded(slot, si) {
                    continue;
                }
                let ok = w.iter().all(|&k| facts.holds(k, si, a, kept))
                    && !u.iter().any(|&k| facts.holds(k, si, a, kept));
                if !ok {
                    continue;
                }
                let from = out.pieces.len();
                for &k in &w {
                    if let Some(p) = facts.piece(k, si, a, kept) {
                        out.pieces.push(p);
                    }
                }
                if excludes {
                    facts.exclude(slot, si);
                }
                out.push(r, ri, s.start, s.end, from);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Merging a phase's winners into the sorted list gives the order a
        /// sort of the whole list gives.
        #[test]
        fn merged_winners_are_sorted(
            old in proptest::collection::vec((0usize..40, 0usize..6, 0usize..4), 0..30),
            new in proptest::collection::vec((0usize..40, 0usize..6, 0usize..4), 0..30),
        ) {
            let cand = |&(start, len, rule): &(usize, usize, usize)| Cand {
                start,
                end: start + len,
                rule,
                label: "X",
                pieces: (0, 0),
            };
            let mut kept: Vec<Cand<'_>> = old.iter().map(cand).collect();
            kept.sort_unstable_by_key(|c| (c.start, c.end, c.rule));
            let before = kept.len();
            kept.extend(new.iter().map(cand));
            let mut want: Vec<_> = kept.iter().map(|c| (c.start, c.end, c.rule)).collect();
            want.sort_unstable();
            merge_winners(&mut kept, before, &mut Vec::new());
            let got: Vec<_> = kept.iter().map(|c| (c.start, c.end, c.rule)).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// Resolution as its definition says: every candidate in
    /// [`resolution_key`] order, kept when no kept one of its label overlaps.
    fn resolve_by_definition<'r>(rs: &RuleSet, cands: &[Cand<'r>]) -> Vec<Cand<'r>> {
        let mut order: Vec<_> = cands
            .iter()
            .enumerate()
            .map(|(k, c)| resolution_key(rs, c, k))
            .collect();
        order.sort_unstable();
        let mut won: Vec<Cand<'r>> = Vec::new();
        for &(_, _, k) in &order {
            let c = cands[k as usize];
            let overlaps = won
                .iter()
                .any(|w| w.label == c.label && w.start < c.end && c.start < w.end);
            if c.end > c.start && !overlaps {
                won.push(c);
            }
        }
        won
    }

    proptest::proptest! {
        /// Resolving by overlap clusters keeps the candidates the
        /// definition keeps, with and without exclusions.
        #[test]
        fn clusters_resolve_as_the_definition(
            cands in proptest::collection::vec((0usize..60, 0usize..9, 0usize..64, proptest::bool::ANY), 0..40),
            excl in proptest::collection::vec((0usize..60, 0usize..4, proptest::bool::ANY), 0..8),
        ) {
            let rs = RuleSet::builtin();
            let label = |b: bool| if b { "FIGURE" } else { "QUOTE" };
            let cand = |start: usize, len: usize, rule: usize, l: bool| Cand {
                start,
                end: start + len,
                rule: rule % rs.rules.len(),
                label: label(l),
                pieces: (0, 0),
            };
            let mut cs: Vec<Cand<'_>> = cands.iter().map(|&(s, n, r, l)| cand(s, n, r, l)).collect();
            let mut ex: Vec<Cand<'_>> = excl.iter().map(|&(s, n, l)| cand(s, n, 0, l)).collect();
            // The definition, after the exclusions.
            let kept: Vec<Cand<'_>> = cs
                .iter()
                .copied()
                .filter(|c| !ex.iter().any(|x| x.label == c.label && x.start < c.end && c.start < x.end))
                .collect();
            fn key<'a>(c: &Cand<'a>) -> (&'a str, usize, usize, usize) {
                (c.label, c.start, c.end, c.rule)
            }
            let mut want: Vec<_> = resolve_by_definition(rs, &kept).iter().map(key).collect();
            want.sort_unstable();
            let mut won = Vec::new();
            resolve(rs, &mut cs, &mut ex, &mut ResolveScratch::default(), &mut won);
            let got: Vec<_> = won.iter().map(key).collect();
            // By label (each label's winners together), then start.
            let rank = |l: &str| got.iter().position(|k| k.0 == l);
            let mut sorted = got.clone();
            sorted.sort_by_key(|k| (rank(k.0), k.1));
            proptest::prop_assert_eq!(&got, &sorted);
            let mut got = got;
            got.sort_unstable();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn scratch_keeps_its_memory() {
        let label = String::from("FIGURE");
        let mut s: Scratch<'_> = Scratch::take(5_000);
        s.kept.push(Cand {
            start: 0,
            end: 1,
            rule: 0,
            label: &label,
            pieces: (0, 0),
        });
        s.out.pieces.push(RawPiece {
            role: &label,
            start: 0,
            end: 1,
        });
        let (kept, pieces) = (s.kept.as_ptr() as usize, s.out.pieces.as_ptr() as usize);
        let caps = (s.kept.capacity(), s.out.pieces.capacity());
        let t: Scratch<'static> = s.relabel();
        // Nothing of `label` is held any more.
        drop(label);
        assert!(t.kept.is_empty() && t.out.pieces.is_empty());
        assert_eq!((t.kept.capacity(), t.out.pieces.capacity()), caps);
        assert_eq!(
            (t.kept.as_ptr() as usize, t.out.pieces.as_ptr() as usize),
            (kept, pieces)
        );
    }

    #[test]
    fn runs_give_the_same_output_with_reused_scratch() {
        let rs = RuleSet::builtin();
        let texts = [
            "Around 2,300 workers stopped work on Tuesday, halting 40 ships.",
            "“We raised pay by 12 percent,” she said. Prices rose 3% in May.",
            "",
        ];
        let first: Vec<_> = texts.iter().map(|t| run(rs, t, true)).collect();
        for _ in 0..3 {
            for (t, want) in texts.iter().zip(&first) {
                assert_eq!(&run(rs, t, true), want);
            }
        }
        // A text too big to keep the scratch of, then the small ones again.
        let big = texts[0].repeat(4_000);
        assert!(!run(rs, &big, false).is_empty());
        for (t, want) in texts.iter().zip(&first) {
            assert_eq!(&run(rs, t, true), want);
        }
    }

    #[test]
    fn parts_end_after_paragraph_breaks_and_never_split_a_character() {
        let text = "Ab 😀 cd.\n\nÉé e\u{301} “x”.\r\nLine two.\nThree 😀😀😀";
        for limit in 4..text.len() + 2 {
            let mut from = 0;
            while from < text.len() {
                let to = part_end(text, from, limit);
                assert!(to > from && to <= text.len(), "{limit} {from} {to}");
                assert!(text.is_char_boundary(to));
                assert!(to - from <= limit);
                let part = &text[from..to];
                // A cut inside the text follows a break when the part has one.
                if to < text.len() && part.contains('\n') {
                    assert!(part.ends_with('\n'), "{part:?}");
                    if part.contains("\n\n") {
                        assert!(part.ends_with("\n\n"), "{part:?}");
                    }
                }
                from = to;
            }
        }
    }

    #[test]
    fn a_text_run_in_parts_gives_each_part_s_suggestions_in_place() {
        let rs = RuleSet::builtin();
        let paras = [
            "Around 2,300 workers stopped work on Tuesday, halting 40 ships.\n\n",
            "“We raised pay by 12 percent,” said Ana Ruiz, the 😀 union’s head.\n\n",
            "Prices rose 3% in May, the statistics office said.",
        ];
        let text = paras.concat();
        // Each paragraph fits a part, no two do.
        let limit = paras.iter().map(|p| p.len()).max().unwrap_or(0) + 1;
        let got = run_in_parts(rs, &text, true, limit);
        let mut want = Vec::new();
        let mut from = 0;
        for p in paras {
            for mut s in run(rs, p, true) {
                s.start += from;
                s.end += from;
                for piece in &mut s.why.as_mut().unwrap().pieces {
                    piece.start += from;
                    piece.end += from;
                }
                want.push(s);
            }
            from += p.len();
        }
        assert!(want.len() >= 5, "{want:?}");
        assert_eq!(got, want);
        // One part when it fits: as `run`.
        assert_eq!(
            run_in_parts(rs, &text, true, text.len()),
            run(rs, &text, true)
        );
    }
}

//! Running a rule set over one text: phases in order, exclusions,
//! deterministic conflict resolution; then `explain` adds attributes and
//! explanations to the survivors.
//!
//! Candidates carry no strings: labels and piece roles are borrowed from the
//! rule set and pieces live in one arena, so losing candidates cost no
//! allocation.

use std::collections::BTreeMap;

use super::analysis::Analysis;
use super::conditions::Facts;
use super::explain::finish;
use super::quote_names::{NameLexicons, is_name_quote};
use super::quotes::word_count;
use super::schema::{Action, Phase};
use super::tokens::{TokMatch, find_all};
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

/// Runs all rules over `text`.
pub fn run(rs: &RuleSet, text: &str) -> Vec<Suggestion> {
    let mut a = Analysis::new(text, &rs.lexicons);
    if let (Some(v), Some(c)) = (rs.attr_lex.verbs, rs.attr_lex.cue_verbs) {
        a.drop_uncued_verbs(v, c);
    }
    let mut kept: Vec<Cand<'_>> = Vec::new();
    let mut out = Out {
        cands: Vec::new(),
        excl: Vec::new(),
        pieces: Vec::new(),
    };
    for phase in [Phase::Numbers, Phase::Figures, Phase::Quotes, Phase::Claims] {
        out.cands.clear();
        out.excl.clear();
        let mut facts = Facts::default();
        for (ri, r) in rs
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.phase == phase)
        {
            matches(r, ri, &a, &kept, &mut facts, &mut out);
        }
        let won = resolve(rs, &mut out.cands, &mut out.excl);
        kept.extend(won);
        // Sorted by start so sentence conditions can binary-search it.
        kept.sort_by_key(|c| (c.start, c.end));
    }
    finish(rs, &a, &kept, &out.pieces)
}

/// Removes excluded candidates, then resolves conflicts between candidates
/// of one label: priority, then longest, then earliest, then rule id.
/// Returns the winners sorted by (start, end).
fn resolve<'r>(rs: &RuleSet, cands: &mut Vec<Cand<'r>>, excl: &mut [Cand<'r>]) -> Vec<Cand<'r>> {
    // Exclusions remove same-label candidates they overlap: per label,
    // exclusions sorted by start with a prefix maximum of their ends.
    // A rule set has a handful of labels: small maps keyed by label are
    // searched linearly.
    let mut ex: Vec<(&str, Vec<usize>, Vec<usize>)> = Vec::new();
    excl.sort_by_key(|x| x.start);
    for x in excl.iter() {
        let k = match ex.iter().position(|e| e.0 == x.label) {
            Some(k) => k,
            None => {
                ex.push((x.label, Vec::new(), Vec::new()));
                ex.len() - 1
            }
        };
        let e = &mut ex[k];
        let m = e.2.last().copied().unwrap_or(0).max(x.end);
        e.1.push(x.start);
        e.2.push(m);
    }
    if !ex.is_empty() {
        cands.retain(|c| {
            let Some((_, starts, max_end)) = ex.iter().find(|e| e.0 == c.label) else {
                return true;
            };
            let k = starts.partition_point(|&s| s < c.end);
            !(k > 0 && max_end[k - 1] > c.start)
        });
    }
    cands.sort_by(|x, y| {
        let (rx, ry) = (&rs.rules[x.rule], &rs.rules[y.rule]);
        ry.priority
            .cmp(&rx.priority)
            .then((y.end - y.start).cmp(&(x.end - x.start)))
            .then(x.start.cmp(&y.start))
            .then(rx.id.cmp(&ry.id))
    });
    // Winners of one label never overlap, so the one starting last before
    // a candidate's end is the only one that can overlap it.
    let mut taken: Vec<(&str, BTreeMap<usize, usize>)> = Vec::new();
    let mut won: Vec<Cand<'r>> = Vec::new();
    for &c in cands.iter() {
        let k = match taken.iter().position(|t| t.0 == c.label) {
            Some(k) => k,
            None => {
                taken.push((c.label, BTreeMap::new()));
                taken.len() - 1
            }
        };
        let t = &mut taken[k].1;
        if t.range(..c.end)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start)
        {
            continue;
        }
        t.insert(c.start, c.end);
        won.push(c);
    }
    won.sort_by_key(|c| (c.start, c.end));
    won
}

/// Candidates of rule `r` (index `ri`).
fn matches<'r>(
    r: &'r Rule,
    ri: usize,
    a: &Analysis<'_>,
    kept: &[Cand<'_>],
    facts: &mut Facts<'r>,
    out: &mut Out<'r>,
) {
    let text = a.text;
    match &r.kind {
        Kind::Regex {
            re,
            span_group,
            fast,
        } => {
            let names: Vec<(usize, &'r str)> = re
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| n.filter(|n| *n != "span").map(|n| (i, n)))
                .collect();
            if span_group.is_none() && names.is_empty() {
                let mut add = |s: usize, e: usize| {
                    if e > s {
                        let from = out.pieces.len();
                        out.piece("match", s, e);
                        out.push(r, ri, s, e, from);
                    }
                };
                match fast {
                    Some(f) => f.find_iter(text).for_each(|m| add(m.start(), m.end())),
                    None => re.find_iter(text).for_each(|m| add(m.start(), m.end())),
                }
                return;
            }
            for caps in re.captures_iter(text) {
                let Some(whole) = span_group.and_then(|g| caps.get(g)).or_else(|| caps.get(0))
                else {
                    continue;
                };
                if whole.end() <= whole.start() {
                    continue;
                }
                let from = out.pieces.len();
                for &(i, n) in &names {
                    if let Some(m) = caps.get(i)
                        && m.end() > m.start()
                    {
                        out.piece(n, m.start(), m.end());
                    }
                }
                out.push(r, ri, whole.start(), whole.end(), from);
            }
        }
        Kind::Tokens(specs) => {
            let mut ms: Vec<TokMatch> = Vec::new();
            find_all(specs, a, &mut ms);
            for m in ms {
                let start = a.tokens[m.start].start;
                let end = a.tokens[m.end - 1].end;
                let from = out.pieces.len();
                for (s, &(p0, p1)) in specs.iter().zip(&m.parts) {
                    if let Some(name) = s.capture.as_deref()
                        && p1 > p0
                    {
                        out.piece(name, a.tokens[p0].start, a.tokens[p1 - 1].end);
                    }
                }
                out.push(r, ri, start, end, from);
            }
        }
        Kind::Lexicon(l) => {
            for h in a.hits.iter().filter(|h| h.lex as usize == *l) {
                let s = a.tokens[h.tok as usize].start;
                let e = a.tokens[h.tok as usize + h.ntok as usize - 1].end;
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
                if word_count(&text[i0..i1]) < *min_words || is_name_quote(a, q, lx) {
                    continue;
                }
                let from = out.pieces.len();
                out.piece("open-mark", q.start, i0);
                out.piece("close-mark", i1, q.end);
                out.push(r, ri, q.start, q.end, from);
            }
        }
        Kind::Sentence { when, unless } => {
            let w: Vec<usize> = when.iter().map(|c| facts.index(c, a, kept)).collect();
            let u: Vec<usize> = unless.iter().map(|c| facts.index(c, a, kept)).collect();
            for (si, s) in a.sents.iter().enumerate() {
                let ok =
                    w.iter().all(|&k| facts.holds(k, si)) && !u.iter().any(|&k| facts.holds(k, si));
                if !ok {
                    continue;
                }
                let from = out.pieces.len();
                for &k in &w {
                    if let Some(p) = facts.piece(k, si) {
                        out.pieces.push(p);
                    }
                }
                out.push(r, ri, s.start, s.end, from);
            }
        }
    }
}

//! Sentence conditions (`Question`, `Has(lexicon)`, `Contains(FIGURE)`, …),
//! evaluated once per sentence for a whole phase and shared by every rule
//! of the phase that uses them: the spans they look at only change between
//! phases, so a condition's value never depends on which rule asks.

use super::SentCond;
use super::analysis::Analysis;
use super::engine::{Cand, RawPiece};
use super::text::flag;

/// A condition's value for one sentence, and the piece it adds to the
/// explanation when it holds.
#[derive(Debug, Clone, Copy)]
struct Fact {
    ok: bool,
    piece: Option<(usize, usize)>,
}

const NO: Fact = Fact {
    ok: false,
    piece: None,
};

/// The values of the conditions asked for so far in one phase.
#[derive(Default)]
pub struct Facts<'r> {
    conds: Vec<(&'r SentCond, Vec<Fact>)>,
}

impl<'r> Facts<'r> {
    /// Index of `c`'s values, computing them for every sentence the first
    /// time; `kept` are the spans of earlier phases, sorted by (start, end).
    pub fn index(&mut self, c: &'r SentCond, a: &Analysis<'_>, kept: &[Cand<'_>]) -> usize {
        if let Some(k) = self.conds.iter().position(|(x, _)| *x == c) {
            return k;
        }
        self.conds.push((c, eval_all(c, a, kept)));
        self.conds.len() - 1
    }

    /// Does condition `k` hold for sentence `si`?
    pub fn holds(&self, k: usize, si: usize) -> bool {
        self.conds
            .get(k)
            .and_then(|(_, v)| v.get(si))
            .is_some_and(|f| f.ok)
    }

    /// The explanation piece condition `k` gives sentence `si`, if any.
    pub fn piece(&self, k: usize, si: usize) -> Option<RawPiece<'r>> {
        let (c, vals) = self.conds.get(k)?;
        let (start, end) = vals.get(si)?.piece?;
        let role = match c {
            SentCond::Contains(_, role) => role.as_str(),
            _ => "marker",
        };
        Some(RawPiece { role, start, end })
    }
}

/// The values of condition `c` for every sentence.
fn eval_all(c: &SentCond, a: &Analysis<'_>, kept: &[Cand<'_>]) -> Vec<Fact> {
    let flag = |b: bool| Fact { ok: b, piece: None };
    match c {
        SentCond::Inside(label) => {
            // Spans of the label sorted by start, with a prefix maximum of
            // their ends: a sentence is inside one when a span starting at or
            // before it reaches its end.
            let spans: Vec<(usize, usize)> = kept
                .iter()
                .filter(|k| k.label == label)
                .map(|k| (k.start, k.end))
                .collect();
            let mut max_end = Vec::with_capacity(spans.len());
            let mut m = 0;
            for &(_, e) in &spans {
                m = m.max(e);
                max_end.push(m);
            }
            a.sents
                .iter()
                .map(|s| {
                    let k = spans.partition_point(|&(st, _)| st <= s.start);
                    flag(k > 0 && max_end[k - 1] >= s.end)
                })
                .collect()
        }
        SentCond::Contains(label, _) => {
            // Sentences and spans are both sorted by start: one sweep finds
            // each sentence's first span, then its first span of the label.
            let mut from = 0;
            a.sents
                .iter()
                .map(|s| {
                    while kept.get(from).is_some_and(|k| k.start < s.start) {
                        from += 1;
                    }
                    let hit = kept[from..]
                        .iter()
                        .take_while(|k| k.start < s.end)
                        .find(|k| k.label == label && k.end <= s.end);
                    Fact {
                        ok: hit.is_some(),
                        piece: hit.map(|k| (k.start, k.end)),
                    }
                })
                .collect()
        }
        _ => (0..a.sents.len())
            .map(|si| match cond(c, a, si) {
                Some(piece) => Fact { ok: true, piece },
                None => NO,
            })
            .collect(),
    }
}

/// Condition `c` on sentence `si`: `None` when it does not hold, else the
/// piece it adds to the explanation, if any.
fn cond(c: &SentCond, a: &Analysis<'_>, si: usize) -> Option<Option<(usize, usize)>> {
    let s = a.sents[si];
    let holds = |b: bool| b.then_some(None);
    match c {
        SentCond::Question => holds(s.question),
        SentCond::Heading => holds(s.whole_para && !s.terminated),
        SentCond::Byline => {
            let st = &a.text[s.start..s.end];
            holds(s.whole_para && (st.starts_with("By ") && st.split_whitespace().count() <= 8))
        }
        SentCond::Repeated => holds(a.repeated_paras().get(s.para).copied().unwrap_or(false)),
        // Evaluated for all sentences in one sweep by `eval_all`.
        SentCond::Inside(_) | SentCond::Contains(..) => None,
        SentCond::Has(l) | SentCond::QuoteHas(l) if !a.sent_may_have(si, *l) => None,
        SentCond::Has(l) => {
            let (t0, t1) = a.sent_tokens(si);
            a.hits_in_tokens(*l, t0, t1)
                .find(|h| !a.tok_in_quote(h.tok as usize))
                .map(|h| {
                    let t0 = a.tokens[h.tok as usize].start;
                    let t1 = a.tokens[h.tok as usize + h.ntok as usize - 1].end;
                    Some((t0, t1))
                })
        }
        SentCond::QuoteHas(l) => {
            let (t0, t1) = a.sent_tokens(si);
            holds(
                a.hits_in_tokens(*l, t0, t1)
                    .any(|h| a.tok_in_quote(h.tok as usize)),
            )
        }
        SentCond::StartsWith(l) => {
            let (t0, _) = a.sent_tokens(si);
            holds(a.lex_len_at(t0, *l).is_some())
        }
        SentCond::OnlyQuote(l) => holds(only_quote(a, si, *l)),
    }
}

/// The sentence is inside one quotation, or is one quotation plus a short
/// reporting tag (at most six words outside the marks, one a reporting verb).
pub fn only_quote(a: &Analysis<'_>, si: usize, verbs: usize) -> bool {
    let (t0, t1) = a.sent_tokens(si);
    let mut outside_words = 0;
    let mut inside = 0;
    for i in t0..t1 {
        if a.tokens[i].has(flag::PUNCT) {
            continue;
        }
        if a.tok_in_quote(i) {
            inside += 1;
        } else {
            outside_words += 1;
        }
    }
    if inside == 0 {
        return false;
    }
    outside_words == 0 || outside_words <= 6 && a.hits_in_tokens(verbs, t0, t1).next().is_some()
}

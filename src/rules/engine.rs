//! Running a rule set over one text: phases in order, exclusions,
//! deterministic conflict resolution, then attributes and explanations.

use std::collections::{BTreeMap, HashMap};

use super::analysis::Analysis;
use super::attribution::{Agent, agent_of_verb, is_person_in, subject, verbs_outside_quotes};
use super::numbers::figure_value;
use super::quotes::word_count;
use super::schema::{Action, Phase};
use super::tokens::{TokMatch, find_all};
use super::{Kind, Rule, RuleSet, SentCond, Suggestion};
use crate::model::{Attrs, Explanation, Piece};

/// A candidate before conflicts are resolved.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    rule: usize,
    pieces: Vec<Piece>,
}

fn piece(role: &str, start: usize, end: usize) -> Piece {
    Piece {
        role: role.to_string(),
        start,
        end,
    }
}

/// Runs all rules over `text`.
pub fn run(rs: &RuleSet, text: &str) -> Vec<Suggestion> {
    let a = Analysis::new(text, &rs.lexicons);
    let mut kept: Vec<(Cand, String)> = Vec::new(); // (candidate, label)
    for phase in [Phase::Numbers, Phase::Figures, Phase::Quotes, Phase::Claims] {
        let mut cands: Vec<Cand> = Vec::new();
        let mut excl: Vec<Cand> = Vec::new();
        for (ri, r) in rs
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.phase == phase)
        {
            let before = cands.len() + excl.len();
            let out = if r.action == Action::Exclude {
                &mut excl
            } else {
                &mut cands
            };
            matches(rs, r, ri, &a, &kept, out);
            let _ = before;
        }
        // Exclusions remove same-label candidates they overlap: per label,
        // exclusions sorted by start with a prefix maximum of their ends.
        let mut ex: HashMap<&str, (Vec<usize>, Vec<usize>)> = HashMap::new();
        excl.sort_by_key(|x| x.start);
        for x in &excl {
            let e = ex.entry(rs.rules[x.rule].label.as_str()).or_default();
            let m = e.1.last().copied().unwrap_or(0).max(x.end);
            e.0.push(x.start);
            e.1.push(m);
        }
        cands.retain(|c| {
            let Some((starts, max_end)) = ex.get(rs.rules[c.rule].label.as_str()) else {
                return true;
            };
            let k = starts.partition_point(|&s| s < c.end);
            !(k > 0 && max_end[k - 1] > c.start)
        });
        // Conflicts: priority, then longest, then earliest, then rule id.
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
        let mut taken: HashMap<&str, BTreeMap<usize, usize>> = HashMap::new();
        let mut won: Vec<Cand> = Vec::new();
        for c in cands {
            let t = taken.entry(rs.rules[c.rule].label.as_str()).or_default();
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
        kept.extend(won.into_iter().map(|c| {
            let l = rs.rules[c.rule].label.clone();
            (c, l)
        }));
        // Sorted by start so sentence conditions can binary-search it.
        kept.sort_by_key(|(c, _)| (c.start, c.end));
    }
    finish(rs, &a, kept)
}

fn matches(
    rs: &RuleSet,
    r: &Rule,
    ri: usize,
    a: &Analysis<'_>,
    kept: &[(Cand, String)],
    out: &mut Vec<Cand>,
) {
    let text = a.text;
    match &r.kind {
        Kind::Regex { re, span_group } => {
            let names: Vec<(usize, &str)> = re
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| n.filter(|n| *n != "span").map(|n| (i, n)))
                .collect();
            if span_group.is_none() && names.is_empty() {
                for m in re.find_iter(text) {
                    if m.end() > m.start() {
                        out.push(Cand {
                            start: m.start(),
                            end: m.end(),
                            rule: ri,
                            pieces: vec![piece("match", m.start(), m.end())],
                        });
                    }
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
                let pieces = names
                    .iter()
                    .filter_map(|&(i, n)| caps.get(i).map(|m| piece(n, m.start(), m.end())))
                    .filter(|p| p.end > p.start)
                    .collect();
                out.push(Cand {
                    start: whole.start(),
                    end: whole.end(),
                    rule: ri,
                    pieces,
                });
            }
        }
        Kind::Tokens(specs) => {
            let mut ms: Vec<TokMatch> = Vec::new();
            find_all(specs, a, &mut ms);
            for m in ms {
                let start = a.tokens[m.start].start;
                let end = a.tokens[m.end - 1].end;
                let pieces = specs
                    .iter()
                    .zip(&m.parts)
                    .filter_map(|(s, &(p0, p1))| {
                        let name = s.capture.as_deref()?;
                        (p1 > p0).then(|| piece(name, a.tokens[p0].start, a.tokens[p1 - 1].end))
                    })
                    .collect();
                out.push(Cand {
                    start,
                    end,
                    rule: ri,
                    pieces,
                });
            }
        }
        Kind::Lexicon(l) => {
            for h in a.hits.iter().filter(|h| h.lex as usize == *l) {
                let s = a.tokens[h.tok as usize].start;
                let e = a.tokens[h.tok as usize + h.ntok as usize - 1].end;
                out.push(Cand {
                    start: s,
                    end: e,
                    rule: ri,
                    pieces: vec![piece("entry", s, e)],
                });
            }
        }
        Kind::Quotes { min_words, .. } => {
            for q in a.quotes.iter().filter(|q| q.depth == 0) {
                let (i0, i1) = q.inner();
                if word_count(&text[i0..i1]) < *min_words {
                    continue;
                }
                out.push(Cand {
                    start: q.start,
                    end: q.end,
                    rule: ri,
                    pieces: vec![
                        piece("open-mark", q.start, i0),
                        piece("close-mark", i1, q.end),
                    ],
                });
            }
        }
        Kind::Sentence { when, unless } => {
            for (si, s) in a.sents.iter().enumerate() {
                let mut pieces = Vec::new();
                let ok = when.iter().all(|c| cond(rs, c, a, si, kept, &mut pieces))
                    && !unless
                        .iter()
                        .any(|c| cond(rs, c, a, si, kept, &mut Vec::new()));
                if ok {
                    out.push(Cand {
                        start: s.start,
                        end: s.end,
                        rule: ri,
                        pieces,
                    });
                }
            }
        }
    }
}

/// True when the paragraph of sentence `si` appears again, whole, as a
/// later paragraph.
fn repeated(a: &Analysis<'_>, si: usize) -> bool {
    a.sents
        .get(si)
        .and_then(|s| a.repeated_paras().get(s.para).copied())
        .unwrap_or(false)
}

fn cond(
    rs: &RuleSet,
    c: &SentCond,
    a: &Analysis<'_>,
    si: usize,
    kept: &[(Cand, String)],
    pieces: &mut Vec<Piece>,
) -> bool {
    let s = a.sents[si];
    let st = &a.text[s.start..s.end];
    match c {
        SentCond::Question => s.question,
        SentCond::Heading => s.whole_para && !s.terminated,
        SentCond::Byline => {
            s.whole_para && (st.starts_with("By ") && st.split_whitespace().count() <= 8)
        }
        SentCond::Repeated => repeated(a, si),
        SentCond::Contains(label) => {
            let from = kept.partition_point(|(k, _)| k.start < s.start);
            let hit = kept[from..]
                .iter()
                .take_while(|(k, _)| k.start < s.end)
                .find(|(k, l)| l == label && k.end <= s.end);
            if let Some((k, _)) = hit {
                pieces.push(piece(&label.to_lowercase(), k.start, k.end));
            }
            hit.is_some()
        }
        SentCond::Inside(label) => kept
            .iter()
            .any(|(k, l)| l == label && k.start <= s.start && s.end <= k.end),
        SentCond::Has(l) => {
            let hit = a
                .hits_in(*l, s.start, s.end)
                .find(|h| !a.tok_in_quote(h.tok as usize));
            if let Some(h) = hit {
                let t0 = a.tokens[h.tok as usize].start;
                let t1 = a.tokens[h.tok as usize + h.ntok as usize - 1].end;
                pieces.push(piece("marker", t0, t1));
            }
            hit.is_some()
        }
        SentCond::QuoteHas(l) => a
            .hits_in(*l, s.start, s.end)
            .any(|h| a.tok_in_quote(h.tok as usize)),
        SentCond::StartsWith(l) => {
            let (t0, _) = a.token_range(s.start, s.end);
            a.lex_len_at(t0, *l).is_some()
        }
        SentCond::OnlyQuote(l) => only_quote(a, si, *l),
    }
    .then(|| {
        let _ = rs;
    })
    .is_some()
}

/// The sentence is inside one quotation, or is one quotation plus a short
/// reporting tag (at most six words outside the marks, one a reporting verb).
fn only_quote(a: &Analysis<'_>, si: usize, verbs: usize) -> bool {
    let s = a.sents[si];
    let (t0, t1) = a.token_range(s.start, s.end);
    let mut outside_words = 0;
    let mut inside = 0;
    for i in t0..t1 {
        let t = a.tokens[i];
        if t.has(super::text::flag::PUNCT) {
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
    outside_words == 0 || outside_words <= 6 && a.hits_in(verbs, s.start, s.end).next().is_some()
}

/// Attributes, explanations and output order.
fn finish(rs: &RuleSet, a: &Analysis<'_>, kept: Vec<(Cand, String)>) -> Vec<Suggestion> {
    let lx = rs.attr_lex;
    let mut out = Vec::with_capacity(kept.len());
    // Walk sentences in order keeping the last named person for pronouns.
    let mut last_person: Option<Agent> = None;
    let mut sent_agents: Vec<Option<Agent>> = Vec::with_capacity(a.sents.len());
    let mut last_quote_speaker: Option<(usize, Agent)> = None; // (paragraph, agent)
    let mut quote_speakers: Vec<(usize, usize, Option<Agent>)> = Vec::new();
    let outer: Vec<_> = a.quotes.iter().filter(|q| q.depth == 0).copied().collect();
    let mut qi = 0;
    for (si, s) in a.sents.iter().enumerate() {
        let (t0, t1) = a.token_range(s.start, s.end);
        let verbs = verbs_outside_quotes(a, lx, s.start, s.end);
        let mut agent = None;
        for &v in &verbs {
            if let Some(ag) = agent_of_verb(a, lx, v, t0, t1, last_person.as_ref()) {
                agent = Some(ag);
                break;
            }
        }
        // Quotes that end in this sentence get its agent, else the one of
        // the quote before in the same or previous paragraph, else the subject.
        while let Some(q) = outer.get(qi).filter(|q| q.end <= s.end) {
            let q = *q;
            qi += 1;
            let qs = a.sentence_at(q.start).unwrap_or(si);
            let mut sp = None;
            if qs != si {
                // A quote over several sentences: a tag in its first sentence counts.
                let f = a.sents[qs];
                let (f0, f1) = a.token_range(f.start, f.end);
                for v in verbs_outside_quotes(a, lx, f.start, f.end) {
                    if let Some(ag) = agent_of_verb(a, lx, v, f0, f1, last_person.as_ref()) {
                        sp = Some(ag);
                        break;
                    }
                }
            }
            if sp.is_none() {
                sp = agent.clone();
            }
            if sp.is_none()
                && let Some((p, ag)) = &last_quote_speaker
                && s.para <= p + 1
            {
                sp = Some(Agent {
                    verb: None,
                    ..ag.clone()
                });
            }
            if sp.is_none() {
                sp = subject(a, lx, t0, t1, last_person.as_ref()).filter(|ag| ag.start < q.start);
            }
            if sp.is_none()
                && let Some(p) = &last_person
            {
                sp = Some(Agent {
                    verb: None,
                    named: false,
                    ..p.clone()
                });
            }
            if let Some(ag) = &sp {
                last_quote_speaker = Some((s.para, ag.clone()));
            }
            quote_speakers.push((q.start, q.end, sp));
        }
        if let Some(ag) = &agent
            && ag.named
        {
            last_person = Some(ag.clone());
        } else if let Some(sub) = subject(a, lx, t0, t1, last_person.as_ref())
            && is_person_in(a, &sub)
        {
            last_person = Some(sub);
        }
        sent_agents.push(agent);
    }
    for (c, label) in kept {
        let r = &rs.rules[c.rule];
        if label.starts_with('_') {
            continue;
        }
        let mut attrs = Attrs::new();
        let mut pieces = c.pieces;
        let mut summary = format!("{} rule {:?}: {}", label, r.id, r.description);
        match label.as_str() {
            "FIGURE" => {
                let v = figure_value(&a.text[c.start..c.end]);
                summary.push_str(&format!(" (value {v:?})"));
                attrs.insert("value".into(), v);
            }
            "QUOTE" => {
                let k = quote_speakers.partition_point(|q| q.0 < c.start);
                let sp = quote_speakers
                    .get(k)
                    .filter(|(s, e, _)| *s == c.start && *e == c.end)
                    .and_then(|x| x.2.clone());
                let name = sp.as_ref().map(|g| g.name.clone()).unwrap_or_default();
                if let Some(g) = &sp {
                    pieces.push(piece("speaker", g.start, g.end));
                    if let Some((v0, v1)) = g.verb {
                        pieces.push(piece("verb", v0, v1));
                    }
                }
                summary.push_str(&format!(" (speaker {name:?})"));
                attrs.insert("speaker".into(), name);
            }
            "CLAIM" => {
                let si = a.sentence_at(c.start);
                let mut who = si.and_then(|i| sent_agents.get(i).cloned().flatten());
                if who.is_none() {
                    // A sentence inside a quotation: the quote's speaker.
                    // Outer quotes do not overlap: start at the one holding c.start.
                    let k = quote_speakers
                        .partition_point(|q| q.0 <= c.start)
                        .saturating_sub(1);
                    who = quote_speakers[k.min(quote_speakers.len())..]
                        .iter()
                        .take_while(|q| q.0 < c.end)
                        .find(|(s, e, _)| {
                            *s <= c.start && c.end <= *e
                                || *s >= c.start && *e <= c.end && only_quote_at(rs, a, si)
                        })
                        .and_then(|x| x.2.clone());
                }
                let name = who.as_ref().map(|g| g.name.clone()).unwrap_or_default();
                if let Some(g) = &who {
                    pieces.push(piece("claimant", g.start, g.end));
                }
                summary.push_str(&format!(" (claimant {name:?})"));
                attrs.insert("claimant".into(), name);
            }
            _ => {}
        }
        pieces.sort_by_key(|p| (p.start, p.end));
        out.push(Suggestion {
            start: c.start,
            end: c.end,
            label,
            attrs,
            rule: r.id.clone(),
            why: Explanation { summary, pieces },
        });
    }
    out.sort_by(|x, y| {
        (x.start, x.end, &x.label, &x.rule).cmp(&(y.start, y.end, &y.label, &y.rule))
    });
    out
}

fn only_quote_at(rs: &RuleSet, a: &Analysis<'_>, si: Option<usize>) -> bool {
    match (si, rs.attr_lex.verbs) {
        (Some(i), Some(v)) => only_quote(a, i, v),
        _ => false,
    }
}

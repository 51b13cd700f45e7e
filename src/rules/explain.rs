//! The last step of a run: speakers and claimants, FIGURE values, and the
//! explanation of each surviving candidate. Only survivors get strings.

use super::analysis::Analysis;
use super::attribution::{Agent, agent_of_verb, is_person_in, subject, verbs_outside_quotes};
use super::conditions::only_quote;
use super::engine::{Cand, RawPiece};
use super::numbers::figure_value;
use super::{RuleSet, Suggestion};
use crate::model::{Attrs, Explanation, Piece};

/// Who said each quotation and who is the agent of each sentence.
struct Agents {
    /// Per sentence, the agent of its first reporting verb with one.
    sent: Vec<Option<Agent>>,
    /// Outermost quotes in order: (start, end, speaker).
    quotes: Vec<(usize, usize, Option<Agent>)>,
}

/// Walks sentences in order keeping the last named person for pronouns.
fn agents(rs: &RuleSet, a: &Analysis<'_>) -> Agents {
    let lx = rs.attr_lex;
    let mut last_person: Option<Agent> = None;
    let mut sent_agents: Vec<Option<Agent>> = Vec::with_capacity(a.sents.len());
    let mut last_quote_speaker: Option<(usize, Agent)> = None; // (paragraph, agent)
    let mut quote_speakers: Vec<(usize, usize, Option<Agent>)> = Vec::new();
    let mut outer = a.quotes.iter().filter(|q| q.depth == 0).peekable();
    for (si, s) in a.sents.iter().enumerate() {
        let (t0, t1) = a.sent_tokens(si);
        let verbs = verbs_outside_quotes(a, lx, t0, t1);
        // The subject only depends on the sentence and the last person, both
        // fixed until the end of this iteration: found once, when first needed.
        let mut subj: Option<Option<Agent>> = None;
        let mut agent = None;
        for &v in &verbs {
            if let Some(ag) = agent_of_verb(a, lx, v, t0, t1, last_person.as_ref()) {
                agent = Some(ag);
                break;
            }
        }
        // Quotes that end in this sentence get its agent, else the one of
        // the quote before in the same or previous paragraph, else the subject.
        while let Some(q) = outer.next_if(|q| q.end <= s.end) {
            let qs = a.sentence_at(q.start).unwrap_or(si);
            let mut sp = None;
            if qs != si {
                // A quote over several sentences: a tag in its first sentence counts.
                let (f0, f1) = a.sent_tokens(qs);
                for v in verbs_outside_quotes(a, lx, f0, f1) {
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
                sp = subj
                    .get_or_insert_with(|| subject(a, lx, t0, t1, last_person.as_ref()))
                    .clone()
                    .filter(|ag| ag.start < q.start);
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
        } else if let Some(sub) =
            subj.unwrap_or_else(|| subject(a, lx, t0, t1, last_person.as_ref()))
            && is_person_in(a, &sub)
        {
            last_person = Some(sub);
        }
        sent_agents.push(agent);
    }
    Agents {
        sent: sent_agents,
        quotes: quote_speakers,
    }
}

/// Turns the kept candidates into suggestions sorted by (start, end, label,
/// rule); `pieces` holds the candidates' explanation pieces.
pub fn finish(
    rs: &RuleSet,
    a: &Analysis<'_>,
    kept: &[Cand<'_>],
    pieces: &[RawPiece<'_>],
) -> Vec<Suggestion> {
    let ag = agents(rs, a);
    let mut out = Vec::with_capacity(kept.len());
    for c in kept {
        if c.label.starts_with('_') {
            continue;
        }
        let r = &rs.rules[c.rule];
        let mut attrs = Attrs::new();
        let own = pieces.get(c.pieces.0..c.pieces.1).unwrap_or(&[]);
        let mut ps: Vec<Piece> = own.iter().map(|p| p.to_piece()).collect();
        let mut summary = String::with_capacity(64);
        match c.label {
            "FIGURE" => {
                let v = figure_value(&a.text[c.start..c.end]);
                fact(&mut summary, "value", &v);
                for p in own {
                    if matches!(p.role, "approximator" | "currency" | "scale" | "unit") {
                        fact(&mut summary, p.role, &a.text[p.start..p.end]);
                    }
                }
                attrs.insert("value".into(), v);
            }
            "QUOTE" => {
                let k = ag.quotes.partition_point(|q| q.0 < c.start);
                let sp = ag
                    .quotes
                    .get(k)
                    .filter(|(s, e, _)| *s == c.start && *e == c.end)
                    .and_then(|x| x.2.as_ref());
                agent_facts(&mut summary, a, "speaker", sp, &mut ps, true);
                attrs.insert(
                    "speaker".into(),
                    sp.map(|g| g.name.clone()).unwrap_or_default(),
                );
            }
            "CLAIM" => {
                let si = a.sentence_at(c.start);
                let mut who = si.and_then(|i| ag.sent.get(i)).and_then(Option::as_ref);
                if who.is_none() {
                    // A sentence inside a quotation: the quote's speaker.
                    // Outer quotes do not overlap: start at the one holding c.start.
                    let k = ag
                        .quotes
                        .partition_point(|q| q.0 <= c.start)
                        .saturating_sub(1);
                    who = ag.quotes[k.min(ag.quotes.len())..]
                        .iter()
                        .take_while(|q| q.0 < c.end)
                        .find(|(s, e, _)| {
                            *s <= c.start && c.end <= *e
                                || *s >= c.start && *e <= c.end && only_quote_at(rs, a, si)
                        })
                        .and_then(|x| x.2.as_ref());
                }
                for p in own {
                    fact(&mut summary, p.role, &a.text[p.start..p.end]);
                }
                agent_facts(&mut summary, a, "claimant", who, &mut ps, false);
                attrs.insert(
                    "claimant".into(),
                    who.map(|g| g.name.clone()).unwrap_or_default(),
                );
            }
            _ => {
                for p in own {
                    fact(&mut summary, p.role, &a.text[p.start..p.end]);
                }
            }
        }
        ps.sort_by_key(|p| (p.start, p.end));
        out.push(Suggestion {
            start: c.start,
            end: c.end,
            label: c.label.to_string(),
            attrs,
            rule: r.id.clone(),
            why: Explanation {
                summary,
                pieces: ps,
            },
        });
    }
    out.sort_by(|x, y| {
        (x.start, x.end, &x.label, &x.rule).cmp(&(y.start, y.end, &y.label, &y.rule))
    });
    out
}

/// Adds the agent's pieces and its part of the summary: `speaker "Reyes"
/// via "told"`, or `no speaker found`.
fn agent_facts(
    summary: &mut String,
    a: &Analysis<'_>,
    role: &str,
    who: Option<&Agent>,
    ps: &mut Vec<Piece>,
    verb_piece: bool,
) {
    let Some(g) = who else {
        sep(summary);
        summary.push_str("no ");
        summary.push_str(role);
        summary.push_str(" found");
        return;
    };
    ps.push(Piece {
        role: role.to_string(),
        start: g.start,
        end: g.end,
    });
    fact(summary, role, &g.name);
    if let Some((v0, v1)) = g.verb {
        if verb_piece {
            ps.push(Piece {
                role: "verb".to_string(),
                start: v0,
                end: v1,
            });
        }
        summary.push_str(" via ");
        quoted(summary, a.text.get(v0..v1).unwrap_or(""));
    }
}

/// Appends `role "text"` to a summary.
fn fact(summary: &mut String, role: &str, text: &str) {
    sep(summary);
    summary.push_str(role);
    summary.push(' ');
    quoted(summary, text);
}

/// Appends `"text"`, clipped (a label for people, not an escaped literal).
fn quoted(summary: &mut String, text: &str) {
    summary.push('"');
    match text.char_indices().nth(40) {
        Some((k, _)) => {
            summary.push_str(&text[..k]);
            summary.push('…');
        }
        None => summary.push_str(text),
    }
    summary.push('"');
}

fn sep(summary: &mut String) {
    if !summary.is_empty() {
        summary.push_str("; ");
    }
}

fn only_quote_at(rs: &RuleSet, a: &Analysis<'_>, si: Option<usize>) -> bool {
    match (si, rs.attr_lex.verbs) {
        (Some(i), Some(v)) => only_quote(a, i, v),
        _ => false,
    }
}

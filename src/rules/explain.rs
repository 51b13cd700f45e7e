//! The last step of a run: speakers and claimants, FIGURE values, and the
//! explanation of each surviving candidate. Only survivors get strings.

use super::analysis::Analysis;
use super::attribution::{
    Agent, AttrLexicons, Gender, SurnameMemo, agent_of_verb, company_noun, document_noun,
    document_owner, full_name, headline_org, is_company_noun, is_person, is_person_in, is_pronoun,
    is_unnamed_source_noun, mention_gender, names_other_kind, org_described_before,
    police_named_before, pronoun_gender, source_by, source_shows, spokesperson_org, subject,
    verbs_outside_quotes,
};
use super::conditions::only_quote;
use super::engine::{Cand, RawPiece};
use super::numbers::figure_value_before;
use super::text::flag;
use super::{LabelKind, RuleSet, Suggestion};
use crate::model::{Attrs, Explanation, Piece};

/// Who said each quotation and who is the agent of each sentence.
struct Agents<'t> {
    /// Per sentence, the agent of its first reporting verb with one.
    sent: Vec<Option<Agent<'t>>>,
    /// Outermost quotes in order: (start, end, speaker).
    quotes: Vec<(usize, usize, Option<Agent<'t>>)>,
}

/// The last named person, for pronouns, found only when asked for.
///
/// A sentence without a named agent passes the role on to its subject when
/// that is a person; finding subjects is most of the cost of attribution,
/// and most are never asked about: a later sentence names its own agent
/// first. So such sentences wait in `pending` and are looked at last first,
/// until one names a person. Only a named subject can be a person, and a
/// named subject does not depend on the last person, so the order they are
/// looked at in does not change the answer.
struct LastPerson<'t> {
    /// The last person as of the sentence before `pending`.
    known: Option<Agent<'t>>,
    /// Later sentences whose subject may be the last person, in order.
    pending: Vec<(usize, usize)>,
}

impl<'t> LastPerson<'t> {
    /// The last person as of now.
    fn get(
        &mut self,
        a: &Analysis<'t>,
        lx: AttrLexicons,
        surnames: &mut SurnameMemo<'t>,
    ) -> Option<&Agent<'t>> {
        while let Some((t0, t1)) = self.pending.pop() {
            if let Some(sub) = subject(a, lx, t0, t1, None).filter(|s| is_person_in(a, s, surnames))
            {
                self.pending.clear();
                self.known = Some(sub);
            }
        }
        self.known.as_ref()
    }

    /// `ag` is now the last person.
    fn set(&mut self, ag: Agent<'t>) {
        self.pending.clear();
        self.known = Some(ag);
    }
}

/// Walks sentences in order keeping the last named person for pronouns.
fn agents<'t>(rs: &RuleSet, a: &Analysis<'t>) -> Agents<'t> {
    let lx = rs.attr_lex;
    let mut lp = LastPerson {
        known: None,
        pending: Vec::new(),
    };
    // The organisations that were named agents of a reporting verb, the
    // last one last (`the company said` looks back for one of its kind).
    let mut orgs: Vec<Agent<'t>> = Vec::new();
    let mut surnames = SurnameMemo::default();
    let mut sent_agents: Vec<Option<Agent<'t>>> = Vec::with_capacity(a.sents.len());
    let mut last_quote_speaker: Option<(usize, Agent<'t>)> = None; // (paragraph, agent)
    // The agent of the last sentence with a reporting verb, not a pronoun.
    let mut last_agent: Option<(usize, Agent<'t>)> = None; // (paragraph, agent)
    let mut quote_speakers: Vec<(usize, usize, Option<Agent<'t>>)> = Vec::new();
    let mut outer = a.quotes.iter().filter(|q| q.depth == 0).peekable();
    // Per paragraph start, the person its interview label names.
    let mut labels: rustc_hash::FxHashMap<usize, Option<&'t str>> = Default::default();
    // The organisation the headline opens with (see `headline_org`), once
    // a sentence needs it.
    let mut headline: Option<Option<&'t str>> = None;
    for (si, s) in a.sents.iter().enumerate() {
        let (t0, t1) = a.sent_tokens(si);
        // The subject only depends on the sentence and the last person, both
        // fixed until the end of this iteration: found once, when first needed.
        let mut subj: Option<Option<Agent<'t>>> = None;
        // A question (`WHAT DOES THE COMPANY SAY?`) reports nobody.
        let mut agent = if s.question {
            None
        } else {
            sentence_agent(a, lx, t0, t1, &mut lp, &mut surnames)
        };
        // `the operator said`: the organisation the text last described so
        // (`the state operator RFN`), else the one that last spoke by name.
        // `Korvel Industries will cut 1,400 jobs, the company said`: with
        // no organisation described or heard before, the one the sentence
        // itself opens with.
        if let Some(ag) = &mut agent
            && let Some(noun) = company_noun(ag)
        {
            // `the force said`: the police force named last, or nobody
            // else (the last organisation to speak may be a company).
            if noun.eq_ignore_ascii_case("force") {
                if let Some(name) = police_named_before(a, a.token_from(ag.start)) {
                    ag.name = name;
                }
            } else if let Some(name) = org_described_before(a, noun, a.token_from(ag.start)) {
                ag.name = name;
            } else if let Some(org) = orgs.iter().rev().find(|o| !names_other_kind(o.name, noun)) {
                ag.name = org.name;
            } else if let Some(sb) = subj
                .get_or_insert_with(|| subject(a, lx, t0, t1, lp.get(a, lx, &mut surnames)))
                .as_ref()
                .filter(|sb| {
                    // A name of two words or more: a capital at the sentence
                    // start alone (`Side effects were mild`) names nothing.
                    sb.named
                        && sb.name.contains(' ')
                        && sb.start < ag.start
                        && !is_person_in(a, sb, &mut surnames)
                })
            {
                ag.name = sb.name;
            } else if is_company_noun(noun)
                && let Some(name) = *headline.get_or_insert_with(|| {
                    headline_org(a)
                        .filter(|h| !is_person_in(a, h, &mut surnames))
                        .map(|h| h.name)
                })
            {
                // `Korvel to cut 1,400 jobs …`: the company the headline
                // opens with.
                ag.name = name;
            }
        }
        // `according to Interior Ministry figures`: the ministry.
        if let Some(ag) = &mut agent
            && let Some(owner) = document_owner(ag.name)
        {
            ag.name = owner;
        }
        // `X said in a statement. … “…,” the statement said`: whoever
        // issued the statement mentioned last, in this paragraph or the
        // two before.
        if let Some(ag) = &mut agent
            && let Some(noun) = document_noun(ag)
            && let Some(issuer) = issuer_before(a, &sent_agents, si, noun)
        {
            ag.name = issuer;
        }
        // `“…,” the person said` after `A person familiar with the talks
        // said …`: the unnamed source described a few sentences before.
        if let Some(ag) = &mut agent
            && !ag.named
            && is_unnamed_source_noun(ag.name)
            && let Some(described) = sent_agents.iter().rev().take(8).flatten().find(|g| {
                g.name.len() > ag.name.len()
                    && g.name.as_bytes()[ag.name.len()] == b' '
                    && g.name[..ag.name.len()].eq_ignore_ascii_case(ag.name)
            })
        {
            ag.name = described.name;
        }
        // `“…,” they added` after `“…,” the diplomat said` in the same
        // paragraph, `he said` after `A security guard … said he heard …`
        // in the paragraph before: a pronoun takes the source just
        // mentioned when that one came after the last named person.
        if let Some(ag) = &mut agent
            && !ag.named
            && is_pronoun(&a.text[ag.start..ag.end])
        {
            let last_person = lp.get(a, lx, &mut surnames);
            let quoted = last_quote_speaker.as_ref().filter(|(p, _)| *p == s.para);
            let told = last_agent
                .as_ref()
                .filter(|(p, g)| *p + 1 >= s.para && !g.named && !g.name.ends_with('s'))
                // Not a description of the named person itself (`Marta
                // Quillen, the team's sporting director, said`).
                .filter(|(_, g)| {
                    last_person.is_none_or(|lp| a.sentence_at(lp.start) != a.sentence_at(g.start))
                });
            // The later mention; on a tie, the one quoted.
            let recent = [told, quoted]
                .into_iter()
                .flatten()
                .map(|(_, g)| g)
                .max_by_key(|g| g.start);
            if let Some(r) = recent
                && last_person.is_none_or(|lp| r.start > lp.start)
            {
                ag.name = r.name;
            }
        }
        // `Mr Pellow … Dame Alison recommended that he be suspended. In his
        // letter, he wrote: …`: a pronoun the person found cannot be (the
        // text calls her `Dame`) means the last person before who can.
        if let Some(ag) = &mut agent {
            fix_gender(a, lx, &sent_agents, si, ag, &mut surnames);
        }
        // Quotes that end in this sentence get its agent, else the one of
        // the quote before in the same or previous paragraph, else the subject.
        while let Some(q) = outer.next_if(|q| q.end <= s.end) {
            let last_person = lp.get(a, lx, &mut surnames).cloned();
            let qs = a.sentence_at(q.start).unwrap_or(si);
            let mut sp = None;
            // An untagged quotation opening its paragraph may be named by
            // the sentence after it (the two rules below).
            let opens_para = a.paras.get(s.para).is_some_and(|p| p.start == q.start);
            if qs != si {
                // A quote over several sentences: a tag in its first sentence counts.
                let (f0, f1) = a.sent_tokens(qs);
                sp = sentence_agent(a, lx, f0, f1, &mut lp, &mut surnames);
                if let Some(ag) = &mut sp {
                    fix_gender(a, lx, &sent_agents[..qs.min(si)], qs, ag, &mut surnames);
                }
            }
            if sp.is_none() {
                sp = agent.clone();
            }
            // `“I found out from a news alert.” Kirsi Vantanen, a nurse,
            // said she …`: a quotation opening its paragraph, with no tag,
            // is said by the person the next sentence names.
            if sp.is_none()
                && opens_para
                && let Some(next) = a.sents.get(si + 1).filter(|n| n.para == s.para)
                && let (n0, n1) = a.sent_tokens(si + 1)
                && !a.tok_in_quote(n0)
            {
                sp = sentence_agent(a, lx, n0, n1, &mut lp, &mut surnames)
                    .filter(|ag| ag.named && ag.start == next.start && is_person(ag));
            }
            // `“…” That was the verdict of Maureen Tagg, 71, who …`, `That
            // is how Marija Tenk describes …`: a sentence pointing back at
            // an untagged quotation names its speaker, who is then the one
            // a later `she said` means.
            if sp.is_none()
                && opens_para
                && let Some(next) = a.sents.get(si + 1)
                && next.para <= s.para + 1
                && let (n0, n1) = a.sent_tokens(si + 1)
                && let Some(ag) = pointed_back_name(a, lx, n0, n1)
            {
                lp.set(ag.clone());
                sp = Some(ag);
            }
            // `Peter Lund … said his report was ignored. “I marked the
            // hangers …,” his statement read.`: whoever spoke last in this
            // paragraph, if after the last quotation's speaker.
            // `A former account manager, who asked not to be named, said
            // her team … ¶ "Nobody saw it coming."`: a quotation opening
            // the next paragraph goes on for the one who spoke at the end
            // of the last, named or not.
            if sp.is_none()
                && let Some((p, ag)) = &last_agent
                && (*p == s.para || opens_para && *p + 1 == s.para)
                && ag.start < q.start
                && last_quote_speaker
                    .as_ref()
                    .is_none_or(|(_, l)| l.start < ag.start)
            {
                sp = Some(Agent {
                    verb: None,
                    ..ag.clone()
                });
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
            && !is_person_in(a, ag, &mut surnames)
        {
            orgs.push(ag.clone());
        }
        // `A Patients’ Forum spokesperson said`: the forum has spoken.
        if let Some(ag) = &agent
            && let Some(org) = spokesperson_org(ag)
        {
            orgs.push(Agent {
                name: org,
                verb: None,
                ..ag.clone()
            });
        }
        // `Also Read: Punjab bans crop burning`: a line of page furniture
        // opening with its marker, another story's headline.
        let furniture = lx
            .boilerplate
            .is_some_and(|l| a.has_lex_in(l, t0, (t0 + 2).min(t1)));
        if !furniture {
            match &agent {
                Some(ag) if ag.named => lp.set(ag.clone()),
                _ if !a.tok_in_quote(t0) => lp.pending.push((t0, t1)),
                _ => {}
            }
        }
        if let Some(ag) = &agent
            && !is_pronoun(&a.text[ag.start..ag.end])
        {
            last_agent = Some((s.para, ag.clone()));
        }
        // `MARRABLE: The weddings alone paid for it.`: an interview's
        // answer is said by the person its label names.
        if agent.is_none()
            && let Some(p) = a.paras.get(s.para)
            && let Some(name) = *labels
                .entry(p.start)
                .or_insert_with(|| speaker_label(a, p.start))
        {
            agent = Some(Agent {
                name,
                start: s.start,
                end: s.start,
                verb: None,
                named: true,
            });
        }
        sent_agents.push(agent);
    }
    same_words_same_speaker(a, lx, &mut quote_speakers);
    Agents {
        sent: sent_agents,
        quotes: quote_speakers,
    }
}

/// How far before a labelled paragraph (in bytes) the name is looked for.
const LABEL_LOOKBACK: usize = 20_000;

/// The person a paragraph's interview label names (`MARRABLE: …`): a word
/// in capitals and a colon opening the paragraph, for a name the text used
/// before in title case (`Lucinda Marrable`); that earlier mention.
/// `UPDATE:` or `WATCH:` name nobody.
fn speaker_label<'t>(a: &Analysis<'t>, para_start: usize) -> Option<&'t str> {
    let t = a.token_from(para_start);
    let w = a.word(t);
    if !a.tokens.get(t)?.has(flag::UPPER) || w.len() < 3 || a.word(t + 1) != ":" {
        return None;
    }
    let mut title = String::with_capacity(w.len());
    for (k, c) in w.chars().enumerate() {
        if k == 0 {
            title.push(c);
        } else {
            title.extend(c.to_lowercase());
        }
    }
    // The look back is bounded: a long transcript stays linear.
    // A match of whole characters starts and ends at character boundaries
    // wherever the search window starts.
    let from = para_start.saturating_sub(LABEL_LOOKBACK);
    let at = from + memchr::memmem::find(&a.text.as_bytes()[from..para_start], title.as_bytes())?;
    Some(&a.text[at..at + title.len()])
}

/// Sentences looked back over for a person a pronoun can mean.
const GENDER_LOOKBACK: usize = 15;

/// Gives a pronoun agent (`he wrote`) resolved to a person the text marks
/// as of the other gender (`Dame Alison`) the last person before sentence
/// `si` who can be meant.
fn fix_gender<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    agents: &[Option<Agent<'t>>],
    si: usize,
    ag: &mut Agent<'t>,
    surnames: &mut SurnameMemo<'t>,
) {
    if !ag.named
        && let Some(g) = pronoun_gender(&a.text[ag.start..ag.end])
        && mention_gender(a, ag.name).is_some_and(|m| m != g)
        && let Some(name) = person_of_gender(a, lx, agents, si, g, ag.name, surnames)
    {
        ag.name = name;
    }
}

/// The person named last before sentence `si` (as the agent of a
/// sentence, else its subject) that the text does not mark as of the
/// other gender than `g`, and who is not `not`.
fn person_of_gender<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    agents: &[Option<Agent<'t>>],
    si: usize,
    g: Gender,
    not: &str,
    surnames: &mut SurnameMemo<'t>,
) -> Option<&'t str> {
    let last_word = |n: &str| n.rsplit(' ').next().unwrap_or("").to_string();
    let not_last = last_word(not);
    (si.saturating_sub(GENDER_LOOKBACK)..si.min(agents.len()))
        .rev()
        .find_map(|k| {
            let (t0, t1) = a.sent_tokens(k);
            [
                agents[k].clone().filter(|ag| ag.named),
                subject(a, lx, t0, t1, None).filter(|ag| ag.named),
            ]
            .into_iter()
            .flatten()
            .find(|ag| {
                is_person_in(a, ag, surnames)
                    && last_word(ag.name) != not_last
                    && mention_gender(a, ag.name).is_none_or(|m| m == g)
            })
            .map(|ag| ag.name)
        })
}

/// Sentences looked back over for a document's issuer: a long paragraph
/// keeps the search short.
const ISSUER_LOOKBACK: usize = 20;

/// The agent of the latest sentence before `si`, in its paragraph or the
/// two before and at most [`ISSUER_LOOKBACK`] sentences back, that
/// mentions `noun` (`said in a statement`) outside its agent.
fn issuer_before<'t>(
    a: &Analysis<'t>,
    agents: &[Option<Agent<'t>>],
    si: usize,
    noun: &str,
) -> Option<&'t str> {
    let para = a.sents.get(si)?.para;
    (0..si.min(agents.len()))
        .rev()
        .take(ISSUER_LOOKBACK)
        .take_while(|&k| a.sents[k].para + 2 >= para)
        .find_map(|k| {
            let ag = agents[k].as_ref()?;
            let (t0, t1) = a.sent_tokens(k);
            let mentions = (t0..t1).any(|i| {
                a.word(i).eq_ignore_ascii_case(noun)
                    && !(ag.start..ag.end).contains(&a.tokens[i].start())
            });
            (mentions && document_noun(ag).is_none()).then_some(ag.name)
        })
}

/// How many later quotations an unattributed one is compared with.
const SAME_WORDS_LOOKAHEAD: usize = 200;

/// How far after a headline's quotation (in bytes) its words are looked
/// for in a later one: the story under the headline.
const SAME_WORDS_REACH: usize = 8_000;

/// A headline's quotation whose speaker no reporting verb names (none, or
/// the headline's subject: `Rescuers “can hear tapping” behind rockfall`)
/// takes the speaker a colon and a full name after it give (`“A museum is
/// not a warehouse”: Lucinda Marrable on …`), else that of a later
/// quotation, with a speaker, that holds its words (`‘We’re farming dust,’
/// she says`; `“We can hear tapping, three knocks …,” he said`). Two words
/// or more: one word is too common to tell.
fn same_words_same_speaker<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    quotes: &mut [(usize, usize, Option<Agent<'t>>)],
) {
    // The quotation's words without the marks and punctuation around
    // them, as a byte range of the text.
    let core = |s: usize, e: usize| -> (usize, usize) {
        let t = a.text.get(s..e).unwrap_or("");
        let w = t.trim_matches(|c: char| !c.is_alphanumeric());
        let at = s + (w.as_ptr() as usize - t.as_ptr() as usize);
        (at, at + w.len())
    };
    // The text in ASCII lower case (the same byte offsets), made when a
    // headline's quotation is first compared.
    let mut lower: Option<Vec<u8>> = None;
    for k in 0..quotes.len() {
        let (s, e) = (quotes[k].0, quotes[k].1);
        if quotes[k].2.as_ref().is_some_and(|sp| sp.verb.is_some()) {
            continue;
        }
        // Only a headline's (a line with no full stop): in the story, a
        // quotation without a named speaker may be someone else's words.
        let heading = a
            .sentence_at(s)
            .and_then(|si| a.sents.get(si))
            .filter(|st| st.whole_para && !st.terminated);
        let Some(st) = heading else {
            continue;
        };
        let (w0, w1) = core(s, e);
        if a.text[w0..w1].split_whitespace().nth(1).is_none() {
            continue;
        }
        let t = a.token_from(e);
        if a.word(t) == ":"
            && let n = (t + 1..a.token_from(st.end))
                .take_while(|&i| a.tokens[i].has(flag::TITLE))
                .count()
            && n >= 2
            && let Some(ag) = full_name(a, lx, t + 1, t + 1 + n).filter(is_person)
        {
            quotes[k].2 = Some(ag);
            continue;
        }
        let low = lower.get_or_insert_with(|| a.text.as_bytes().to_ascii_lowercase());
        let finder = memchr::memmem::Finder::new(&low[w0..w1]);
        let later = quotes[k + 1..]
            .iter()
            .take(SAME_WORDS_LOOKAHEAD)
            .take_while(|(s2, _, _)| *s2 < e + SAME_WORDS_REACH)
            .find(|(s2, e2, sp)| {
                let (c0, c1) = core(*s2, *e2);
                sp.is_some() && finder.find(&low[c0..c1]).is_some()
            })
            .and_then(|q| q.2.clone());
        if later.is_some() {
            quotes[k].2 = later;
        }
    }
}

/// The agent of a sentence's first reporting verb that has one; after
/// `According to KNT,` a later verb's named agent (`Morvath also said`)
/// speaks instead, the news agency being only where it was reported.
/// The last person (for pronouns) is found only for a sentence with a
/// reporting verb outside quotation marks.
fn sentence_agent<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    t0: usize,
    t1: usize,
    lp: &mut LastPerson<'t>,
    surnames: &mut SurnameMemo<'t>,
) -> Option<Agent<'t>> {
    let mut verbs = verbs_outside_quotes(a, lx, t0, t1).peekable();
    verbs.peek()?;
    let last_person = lp.get(a, lx, surnames);
    let mut first: Option<Agent<'t>> = None;
    let mut according = false;
    for v in verbs {
        // After the first agent only a closing tag (or a named agent after
        // `According to`) can speak instead.
        if first.is_some() && !according && !may_close(a, v, t0, t1) {
            continue;
        }
        let Some(ag) = agent_of_verb(a, lx, v, t0, t1, last_person) else {
            continue;
        };
        if first.is_none() {
            according = v.0 == t0 && a.word(v.0).eq_ignore_ascii_case("according");
            first = Some(ag);
        } else if according && ag.named && ag.start < a.tokens[v.0].start()
            || closing_tag(a, v, &ag, t0, t1)
        {
            return Some(ag);
        }
    }
    first
}

/// Could the verb at `v` close the sentence as a tag (a comma a few
/// words before it, nothing but an adjunct after)? A cheap test before its
/// agent is looked for.
fn may_close(a: &Analysis<'_>, v: (usize, usize), t0: usize, t1: usize) -> bool {
    (v.0.saturating_sub(7).max(t0)..v.0).any(|i| a.word(i) == ",")
        && (v.1 >= t1 || after_tag(a, v.1))
}

/// True when the verb at `v` with its agent `ag` before it is a tag that
/// closes the sentence (`Putin has agreed to a pause, the Kremlin said
/// after the call.`): what comes before the comma is what the tag's
/// agent says, an earlier reporting verb included.
fn closing_tag(a: &Analysis<'_>, v: (usize, usize), ag: &Agent<'_>, t0: usize, t1: usize) -> bool {
    // The agent named between the sentence's start and the verb, not a
    // pronoun resolved to an earlier sentence's name.
    if ag.start >= a.tokens[v.0].start() || ag.start < a.tokens[t0].start() {
        return false;
    }
    // A comma at most four words before the agent's name (`, Kremlin
    // spokesman Dmitry Peskov said`), none of them punctuation.
    let named_at = a.token_from(ag.start);
    let comma = (named_at.saturating_sub(5).max(t0)..named_at)
        .rev()
        .find(|&i| a.tokens[i].has(flag::PUNCT));
    if comma.is_none_or(|i| a.word(i) != ",") {
        return false;
    }
    // `…, a charge the mayor’s office denied`: a relative clause with its
    // `that` left out, not a tag.
    if ag
        .name
        .split(' ')
        .skip(1)
        .any(|w| ["the", "a", "an"].contains(&w))
    {
        return false;
    }
    // Nothing after the tag but when, where or how it was said.
    v.1 >= t1 || after_tag(a, v.1)
}

/// Is token `i`, right after a reporting verb, where a closing tag may go
/// on: punctuation (not an opening quotation mark), or when, where or how
/// it was said?
fn after_tag(a: &Analysis<'_>, i: usize) -> bool {
    const ADJUNCTS: &[&str] = &[
        "on",
        "in",
        "at",
        "after",
        "before",
        "during",
        "late",
        "earlier",
        "yesterday",
        "today",
        "tonight",
        "last",
        "this",
        "following",
        "when",
        "while",
        "via",
        "through",
    ];
    let w = a.word(i);
    a.tokens[i].has(flag::PUNCT) && w != "“" && w != "\""
        || ADJUNCTS.iter().any(|x| x.eq_ignore_ascii_case(w))
        || super::attribution::is_weekday(w)
}

/// The person named in a sentence that points back at the quotation
/// before it: `That`/`Those`/`This` and a form of `be` (`That was the
/// verdict of Maureen Tagg`), then the first full name (two or more
/// capitalised words after a lower-case one) outside quotation marks.
fn pointed_back_name<'t>(
    a: &Analysis<'t>,
    lx: super::attribution::AttrLexicons,
    t0: usize,
    t1: usize,
) -> Option<Agent<'t>> {
    if t1 < t0 + 4
        || a.tok_in_quote(t0)
        || !["that", "those", "this"]
            .iter()
            .any(|w| a.word(t0).eq_ignore_ascii_case(w))
        || !matches!(a.word(t0 + 1), "is" | "was" | "were" | "are")
    {
        return None;
    }
    let mut k = t0 + 2;
    while k < t1 {
        if !a.tok_in_quote(k) && a.tokens[k].has(flag::TITLE) && a.tokens[k - 1].has(flag::LOWER) {
            let e = (k..t1)
                .find(|&e| !a.tokens[e].has(flag::TITLE) || a.tok_in_quote(e))
                .unwrap_or(t1);
            if e >= k + 2 {
                return full_name(a, lx, k, e).filter(is_person);
            }
            k = e;
        } else {
            k += 1;
        }
    }
    None
}

/// An explanation being built; does nothing when explanations are off
/// (the command line prints none, so it skips their strings).
struct Why {
    on: bool,
    summary: String,
    pieces: Vec<Piece>,
}

impl Why {
    fn new(on: bool, own: &[RawPiece<'_>]) -> Why {
        Why {
            on,
            summary: if on {
                String::with_capacity(64)
            } else {
                String::new()
            },
            pieces: if on {
                own.iter().map(|p| p.to_piece()).collect()
            } else {
                Vec::new()
            },
        }
    }

    /// Appends `role "text"` to the summary.
    fn fact(&mut self, role: &str, text: &str) {
        if !self.on {
            return;
        }
        self.sep();
        self.summary.push_str(role);
        self.summary.push(' ');
        self.quoted(text);
    }

    fn piece(&mut self, role: &str, start: usize, end: usize) {
        if self.on {
            self.pieces.push(Piece {
                role: role.to_string(),
                start,
                end,
            });
        }
    }

    /// Appends `"text"`, clipped (a label for people, not an escaped literal).
    fn quoted(&mut self, text: &str) {
        self.summary.push('"');
        match text.char_indices().nth(40) {
            Some((k, _)) => {
                self.summary.push_str(&text[..k]);
                self.summary.push('…');
            }
            None => self.summary.push_str(text),
        }
        self.summary.push('"');
    }

    fn sep(&mut self) {
        if !self.summary.is_empty() {
            self.summary.push_str("; ");
        }
    }

    /// Adds the agent's pieces and its part of the summary: `speaker
    /// "Reyes" via "told"`, or `no speaker found`.
    fn agent(&mut self, a: &Analysis<'_>, role: &str, who: Option<&Agent<'_>>, verb_piece: bool) {
        if !self.on {
            return;
        }
        let Some(g) = who else {
            self.sep();
            self.summary.push_str("no ");
            self.summary.push_str(role);
            self.summary.push_str(" found");
            return;
        };
        self.piece(role, g.start, g.end);
        self.fact(role, g.name);
        if let Some((v0, v1)) = g.verb {
            if verb_piece {
                self.piece("verb", v0, v1);
            }
            self.summary.push_str(" via ");
            self.quoted(a.text.get(v0..v1).unwrap_or(""));
        }
    }

    fn done(mut self) -> Option<Explanation> {
        if !self.on {
            return None;
        }
        self.pieces.sort_by_key(|p| (p.start, p.end));
        Some(Explanation {
            summary: self.summary,
            pieces: self.pieces,
        })
    }
}

/// Turns the kept candidates into suggestions sorted by (start, end, label,
/// rule); `pieces` holds the candidates' explanation pieces. With `explain`
/// off, suggestions carry no explanation.
pub fn finish(
    rs: &RuleSet,
    a: &Analysis<'_>,
    kept: &[Cand<'_>],
    pieces: &[RawPiece<'_>],
    explain: bool,
) -> Vec<Suggestion> {
    let ag = agents(rs, a);
    let mut out = Vec::with_capacity(kept.len());
    for c in kept {
        let r = &rs.rules[c.rule];
        if r.label_kind == LabelKind::Hidden {
            continue;
        }
        let mut attrs = Attrs::new();
        let own = pieces.get(c.pieces.0..c.pieces.1).unwrap_or(&[]);
        let mut why = Why::new(explain, own);
        match r.label_kind {
            LabelKind::Figure => {
                // The next word or so: `400m away` is a distance.
                let to = crate::model::offsets::floor_char_boundary(a.text, c.end + 24);
                let after = &a.text[c.end..to.max(c.end)];
                let v = figure_value_before(&a.text[c.start..c.end], after);
                why.fact("value", &v);
                for p in own {
                    if matches!(p.role, "approximator" | "currency" | "scale" | "unit") {
                        why.fact(p.role, &a.text[p.start..p.end]);
                    }
                }
                attrs.insert("value", v);
            }
            LabelKind::Quote => {
                let k = ag.quotes.partition_point(|q| q.0 < c.start);
                let sp = ag
                    .quotes
                    .get(k)
                    .filter(|(s, e, _)| *s == c.start && *e == c.end)
                    .and_then(|x| x.2.as_ref());
                why.agent(a, "speaker", sp, true);
                attrs.insert(
                    "speaker",
                    sp.map(|g| g.name.to_string()).unwrap_or_default(),
                );
            }
            LabelKind::Claim => {
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
                // `A survey by Infratest dimap put the AfD on 26%`: with no
                // one reporting it, the source its subject names.
                let by_source;
                if who.is_none()
                    && let Some(i) = si
                {
                    let (t0, t1) = a.sent_tokens(i);
                    by_source = source_by(a, rs.attr_lex, t0, t1)
                        .or_else(|| source_shows(a, rs.attr_lex, t0, t1));
                    who = by_source.as_ref();
                }
                for p in own {
                    why.fact(p.role, &a.text[p.start..p.end]);
                }
                why.agent(a, "claimant", who, false);
                attrs.insert(
                    "claimant",
                    who.map(|g| g.name.to_string()).unwrap_or_default(),
                );
            }
            _ => {
                for p in own {
                    why.fact(p.role, &a.text[p.start..p.end]);
                }
            }
        }
        out.push(Suggestion {
            start: c.start,
            end: c.end,
            label: r.label.clone(),
            attrs,
            rule: r.id.clone(),
            why: why.done(),
        });
    }
    // A rule's suggestions never overlap: the key is unique, and an
    // unstable sort needs no scratch memory.
    out.sort_unstable_by(|x, y| {
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

//! Sentence conditions (`Question`, `Has(lexicon)`, `Contains(FIGURE)`, …),
//! evaluated at most once per sentence for a whole phase and shared by every
//! rule of the phase that uses them: the spans they look at only change
//! between phases, so a condition's value never depends on which rule asks.
//! A value is computed only when a rule needs it: `when` lists stop at the
//! first condition that fails, and a sentence a sentence exclusion already
//! removed is not looked at again.

use super::SentCond;
use super::analysis::{Analysis, MASKED_LEXICONS, sent_flag};
use super::engine::{Cand, RawPiece};
use super::furniture;
use super::quotes::is_quote_mark;
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

/// One condition asked for in a phase: what it needs from the spans of
/// earlier phases, and its values so far (`None`: not computed yet).
struct Cond<'r> {
    c: &'r SentCond,
    /// Its number in the rule set.
    id: usize,
    /// Spans of the condition's label, sorted by start (`Inside`,
    /// `QuoteFact`).
    spans: Vec<(usize, usize)>,
    /// Prefix maximum of `spans`' ends (`Inside`).
    max_end: Vec<usize>,
    vals: Vec<Option<Fact>>,
}

/// The values of the conditions asked for so far in one phase.
pub struct Facts<'r> {
    conds: Vec<Cond<'r>>,
    /// Per condition number (`Kind::Sentence::ids`), its index in
    /// `conds`, or `usize::MAX` when not asked for in this phase.
    index_of: Vec<usize>,
    /// Per label, the sentences a sentence exclusion of this phase covers:
    /// any candidate of theirs with the same label is removed anyway.
    excluded: Vec<(&'r str, Vec<bool>)>,
    /// Value lists of earlier phases, reused.
    spare: Vec<Vec<Option<Fact>>>,
}

thread_local! {
    /// Value lists of the last run on this thread, for the next.
    static SPARE_VALS: std::cell::Cell<Vec<Vec<Option<Fact>>>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Value lists longer than this many sentences go back to the system: one
/// huge text should not pin its memory to a thread.
const MAX_SPARE_SENTENCES: usize = 1 << 14;

impl Default for Facts<'_> {
    /// No values yet; the value lists of this thread's last run are reused.
    fn default() -> Self {
        Facts {
            // A rule set asks for a few dozen conditions in a phase.
            conds: Vec::with_capacity(64),
            index_of: Vec::new(),
            excluded: Vec::new(),
            spare: SPARE_VALS.try_with(|s| s.take()).unwrap_or_default(),
        }
    }
}

impl Drop for Facts<'_> {
    fn drop(&mut self) {
        self.next_phase();
        let mut spare = std::mem::take(&mut self.spare);
        spare.retain(|v| v.capacity() <= MAX_SPARE_SENTENCES);
        // During thread teardown the slot may be gone: then just free.
        let _ = SPARE_VALS.try_with(|s| s.set(spare));
    }
}

impl<'r> Facts<'r> {
    /// Forgets the values and exclusions of the phase before, keeping
    /// their memory for the next.
    pub fn next_phase(&mut self) {
        // Only the conditions asked for were set: a fill would cost a
        // call to `memset` per phase, a fixed cost of every text.
        for c in &self.conds {
            self.index_of[c.id] = usize::MAX;
        }
        self.spare.extend(self.conds.drain(..).map(|c| c.vals));
        self.excluded.clear();
    }

    /// Index of condition `c`, number `id` in the rule set (registered
    /// the first time it is asked for); `kept` are the spans of earlier
    /// phases, sorted by (start, end).
    pub fn index(
        &mut self,
        c: &'r SentCond,
        id: usize,
        a: &Analysis<'_>,
        kept: &[Cand<'_>],
    ) -> usize {
        if self.index_of.len() <= id {
            self.index_of.resize(id + 1, usize::MAX);
        }
        if self.index_of[id] != usize::MAX {
            return self.index_of[id];
        }
        self.index_of[id] = self.conds.len();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        if let SentCond::Inside(label) | SentCond::QuoteFact(label, _) = c {
            spans.reserve(kept.len());
            spans.extend(
                kept.iter()
                    .filter(|k| k.label == label)
                    .map(|k| (k.start, k.end)),
            );
        }
        let mut max_end = Vec::new();
        if matches!(c, SentCond::Inside(_)) {
            let mut m = 0;
            max_end.extend(spans.iter().map(|&(_, e)| {
                m = m.max(e);
                m
            }));
        }
        let mut vals = self.spare.pop().unwrap_or_default();
        vals.clear();
        vals.resize(a.sents.len(), None);
        self.conds.push(Cond {
            c,
            id,
            spans,
            max_end,
            vals,
        });
        self.conds.len() - 1
    }

    /// Does condition `k` hold for sentence `si`? (Computed on first ask.)
    pub fn holds(&mut self, k: usize, si: usize, a: &Analysis<'_>, kept: &[Cand<'_>]) -> bool {
        self.fact(k, si, a, kept).ok
    }

    fn fact(&mut self, k: usize, si: usize, a: &Analysis<'_>, kept: &[Cand<'_>]) -> Fact {
        let Some(c) = self.conds.get_mut(k) else {
            return NO;
        };
        let Some(slot) = c.vals.get(si) else {
            return NO;
        };
        if let Some(f) = slot {
            return *f;
        }
        let f = eval(c, a, si, kept);
        c.vals[si] = Some(f);
        f
    }

    /// The explanation piece condition `k` gives sentence `si`, if any.
    pub fn piece(
        &mut self,
        k: usize,
        si: usize,
        a: &Analysis<'_>,
        kept: &[Cand<'_>],
    ) -> Option<RawPiece<'r>> {
        let (start, end) = self.fact(k, si, a, kept).piece?;
        let role = match self.conds.get(k)?.c {
            SentCond::Contains(_, role) => role.as_str(),
            _ => "marker",
        };
        Some(RawPiece { role, start, end })
    }

    /// The slot that records which sentences a sentence exclusion with
    /// label `label` covers (`n` sentences), made on first use; rules look
    /// it up once, not per sentence.
    pub fn exclusion_slot(&mut self, label: &'r str, n: usize) -> usize {
        match self.excluded.iter().position(|(l, _)| *l == label) {
            Some(k) => k,
            None => {
                self.excluded.push((label, vec![false; n]));
                self.excluded.len() - 1
            }
        }
    }

    /// True when the exclusions of `slot` cover sentence `si`.
    pub fn excluded(&self, slot: usize, si: usize) -> bool {
        self.excluded
            .get(slot)
            .is_some_and(|(_, v)| v.get(si).copied().unwrap_or(false))
    }

    /// Records that an exclusion of `slot` covers sentence `si`.
    pub fn exclude(&mut self, slot: usize, si: usize) {
        if let Some(x) = self.excluded.get_mut(slot).and_then(|(_, v)| v.get_mut(si)) {
            *x = true;
        }
    }
}

/// The value of condition `c` for sentence `si`.
fn eval(c: &Cond<'_>, a: &Analysis<'_>, si: usize, kept: &[Cand<'_>]) -> Fact {
    let s = a.sents[si];
    match c.c {
        SentCond::Inside(_) => {
            // A sentence is inside a span of the label when one starting at
            // or before it reaches its end.
            let k = c.spans.partition_point(|&(st, _)| st <= s.start);
            Fact {
                ok: k > 0 && c.max_end[k - 1] >= s.end,
                piece: None,
            }
        }
        SentCond::Contains(label, _) => {
            // The first span of the label starting in the sentence and
            // ending in it.
            let from = kept.partition_point(|k| k.start < s.start);
            let hit = kept[from..]
                .iter()
                .take_while(|k| k.start < s.end)
                .find(|k| k.label == label && k.end <= s.end);
            Fact {
                ok: hit.is_some(),
                piece: hit.map(|k| (k.start, k.end)),
            }
        }
        SentCond::QuoteFact(_, verbs) => Fact {
            ok: quote_fact(a, si, &c.spans, *verbs),
            piece: None,
        },
        _ => match cond(c.c, a, si) {
            Some(piece) => Fact { ok: true, piece },
            None => NO,
        },
    }
}

/// The tests of [`may_hold`] for all of a rule's `when` conditions at
/// once, as bits (see [`Analysis::sents_admitting`]): a sentence rule runs
/// them over every sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentGate {
    lexicons: u64,
    flags: u8,
    /// Some condition is tested by [`may_hold`] itself (`Repeated`).
    rest: bool,
    /// Only sentences of the title block can pass (`TitleBlock`).
    title_only: bool,
}

impl SentGate {
    /// The gate of conditions `when`.
    pub fn of(when: &[SentCond]) -> SentGate {
        let mut g = SentGate {
            lexicons: 0,
            flags: 0,
            rest: false,
            title_only: false,
        };
        for c in when {
            match c {
                SentCond::Question => g.flags |= sent_flag::QUESTION,
                SentCond::Heading => g.flags |= sent_flag::HEADING,
                SentCond::Byline => g.flags |= sent_flag::BY,
                SentCond::Has(l) | SentCond::StartsWith(l) => g.lexicon(*l),
                // Both need quoted words in the sentence.
                SentCond::QuoteHas(l) | SentCond::QuoteStartsWith(l) => {
                    g.lexicon(*l);
                    g.flags |= sent_flag::QUOTED;
                }
                SentCond::OnlyQuote(_) | SentCond::QuoteFact(..) => g.flags |= sent_flag::QUOTED,
                SentCond::Repeated | SentCond::Embed | SentCond::AuthorBio => g.rest = true,
                SentCond::TitleBlock => g.title_only = true,
                SentCond::Contains(..) | SentCond::Inside(_) => {}
            }
        }
        g
    }

    /// Lexicon `l` must start in the sentence (told by the masks only for
    /// the first [`MASKED_LEXICONS`]).
    fn lexicon(&mut self, l: usize) {
        if l < MASKED_LEXICONS {
            self.lexicons |= 1 << l;
        }
    }

    /// How many sentences from the start can pass: all, or those of the
    /// title block.
    pub fn sentences(&self, a: &Analysis<'_>) -> usize {
        if self.title_only {
            a.title_sents()
        } else {
            a.sents.len()
        }
    }

    /// False when no sentence of the text can pass (nothing to look at).
    pub fn may_admit_any(&self, a: &Analysis<'_>) -> bool {
        a.may_admit(self.lexicons, self.flags) && self.sentences(a) > 0
    }

    /// The sentences where every condition of `when` (of
    /// [`SentGate::of`]) may hold, as [`may_hold`] tells, in order.
    pub fn admitted<'a>(
        &self,
        when: &'a [SentCond],
        a: &'a Analysis<'_>,
    ) -> impl Iterator<Item = usize> + 'a {
        let rest = self.rest;
        a.sents_admitting(self.sentences(a), self.lexicons, self.flags)
            .filter(move |&si| !rest || when.iter().all(|c| may_hold(c, a, si)))
    }
}

/// False when condition `c` cannot hold for sentence `si`, by a test far
/// cheaper than the condition (true means it may): a sentence rule skips
/// most sentences with it, before looking at the values of its conditions.
#[inline]
pub fn may_hold(c: &SentCond, a: &Analysis<'_>, si: usize) -> bool {
    let s = &a.sents[si];
    match c {
        SentCond::Question => s.question,
        SentCond::Heading => a.sent_heading(si),
        SentCond::Byline => s.whole_para && a.text[s.start..].starts_with("By "),
        SentCond::Has(l) | SentCond::StartsWith(l) => a.sent_may_have(si, *l),
        SentCond::QuoteHas(l) | SentCond::QuoteStartsWith(l) => {
            a.sent_may_have(si, *l) && a.sent_quoted(si)
        }
        SentCond::OnlyQuote(_) | SentCond::QuoteFact(..) => a.sent_quoted(si),
        SentCond::Repeated => a.repeated_paras().get(s.para).copied().unwrap_or(false),
        SentCond::Embed => a.furniture(s.para) & furniture::bits::EMBED != 0,
        SentCond::AuthorBio => a.furniture(s.para) & furniture::bits::BIO != 0,
        SentCond::TitleBlock => si < a.title_sents(),
        SentCond::Contains(..) | SentCond::Inside(_) => true,
    }
}

/// Condition `c` on sentence `si`: `None` when it does not hold, else the
/// piece it adds to the explanation, if any.
fn cond(c: &SentCond, a: &Analysis<'_>, si: usize) -> Option<Option<(usize, usize)>> {
    let s = a.sents[si];
    let holds = |b: bool| b.then_some(None);
    match c {
        SentCond::Question => holds(s.question),
        SentCond::Heading => holds(a.sent_heading(si)),
        SentCond::Byline => holds(a.is_byline(&s)),
        SentCond::TitleBlock => holds(si < a.title_sents()),
        SentCond::Repeated => holds(a.repeated_paras().get(s.para).copied().unwrap_or(false)),
        SentCond::Embed => holds(a.furniture(s.para) & furniture::bits::EMBED != 0),
        SentCond::AuthorBio => holds(a.furniture(s.para) & furniture::bits::BIO != 0),
        // Need the spans of earlier phases: evaluated by `eval`.
        SentCond::Inside(_) | SentCond::Contains(..) | SentCond::QuoteFact(..) => None,
        SentCond::Has(l) | SentCond::QuoteHas(l) if !a.sent_may_have(si, *l) => None,
        SentCond::Has(l) => {
            let (t0, t1) = a.sent_tokens(si);
            a.hits_in_tokens(*l, t0, t1)
                .find(|h| !a.tok_in_quote(h.tok as usize) && !a.name_like(h.tok as usize, t0))
                .map(|h| {
                    let t0 = a.tokens[h.tok as usize].start();
                    let t1 = a.tokens[h.tok as usize + h.ntok as usize - 1].end();
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
        SentCond::StartsWith(l) => holds(a.lex_len_at(opening_token(a, si), *l).is_some()),
        SentCond::QuoteStartsWith(l) => {
            let (first, end) = (opening_token(a, si), a.sent_tokens(si).1);
            holds(
                first + 1 < end
                    && a.quote_opens_at(a.tokens[first].start())
                    && a.lex_len_at(first + 1, *l).is_some(),
            )
        }
        SentCond::OnlyQuote(l) => holds(only_quote(a, si, *l)),
    }
}

/// The first token of sentence `si` that is no symbol or emoji
/// (`🚨 EVACUATE NOW` opens with `EVACUATE`); quotation marks and
/// brackets count.
fn opening_token(a: &Analysis<'_>, si: usize) -> usize {
    let (t0, t1) = a.sent_tokens(si);
    // A symbol: no letter or digit, no ASCII, no quotation mark.
    let symbol = |w: &str| {
        w.chars()
            .all(|c| !c.is_alphanumeric() && !c.is_ascii() && !is_quote_mark(c))
    };
    (t0..t1).find(|&i| !symbol(a.word(i))).unwrap_or(t0)
}

/// The sentence is inside one quotation, or is one quotation plus its
/// reporting tag: the quotation opens or closes the sentence (not a partial
/// quote inside reported speech: `He called the decision “a betrayal”`),
/// and the words outside are at most six with a reporting verb, or a
/// longer tag (`said Sen. Dana Whitfield, the Ohio Republican who chairs
/// the committee`) with a reporting verb and no `that` clause (`…, adding
/// that …` passes on more than the quotation).
pub fn only_quote(a: &Analysis<'_>, si: usize, verbs: usize) -> bool {
    if !a.sent_quoted(si) {
        return false;
    }
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
    if outside_words == 0 {
        return true;
    }
    // The sentence starts inside a quotation opened earlier, or opens with
    // one and a tag follows it (`“…,” said`, `«…», said`), or closes with
    // one after a tag (`X said: “…”`); not a partial quote inside reported
    // speech (`said it would be a “very successful call”`).
    let first = a.tokens.get(t0).map_or(0, |t| t.start());
    let s0 = a.sents[si].start;
    // Outermost quotations never overlap: the last one starting at or
    // before the first token is the only one that can hold it.
    let k = a.quotes.partition_point(|q| q.start <= first);
    let opens = a.tok_in_quote(t0)
        && a.quotes[..k]
            .iter()
            .rev()
            .find(|q| q.depth == 0)
            .is_some_and(|q| {
                first < q.end
                    && (q.start < s0 || {
                        let (i0, i1) = q.inner();
                        let ends_clause = a.text[i0..i1].trim_end().ends_with([',', '.', '!', '?']);
                        let (_, qt1) = a.token_range(q.start, q.end);
                        ends_clause || a.word(qt1) == ","
                    })
            });
    // The last token before the final full stop or bracket.
    let last = (t0..t1)
        .rev()
        .find(|&i| !matches!(a.word(i), "." | ")" | "!" | "?"));
    let closes = last.is_some_and(|i| a.tok_in_quote(i))
        && (t0 + 1..t1)
            .find(|&i| a.tok_in_quote(i))
            .is_some_and(|i| matches!(a.word(i - 1), "," | ":") || a.lex_starts_at(i - 1, verbs));
    if !(opens || closes) {
        return false;
    }
    // A reporting verb outside the quotation with a clause of its own
    // (`Zelensky said he would back it, but added: “…”`) passes on more
    // than the quotation.
    let reported_clause = a.hits_in_tokens(verbs, t0, t1).any(|h| {
        let after = (h.tok + h.ntok as u32) as usize;
        !a.tok_in_quote(h.tok as usize)
            && after < t1
            && !a.tok_in_quote(after)
            && ["he", "she", "they", "we", "i", "it", "there"]
                .iter()
                .any(|w| a.word(after).eq_ignore_ascii_case(w))
    });
    if reported_clause {
        return false;
    }
    if outside_words <= 6 {
        return a.hits_in_tokens(verbs, t0, t1).next().is_some();
    }
    // `that` or `where` opens a clause of its own (`…, adding that …`, `at
    // a rally in Dover, where she spoke for 40 minutes`).
    let that = (t0..t1).any(|i| {
        !a.tokens[i].has(flag::PUNCT)
            && !a.tok_in_quote(i)
            && ["that", "where"]
                .iter()
                .any(|w| a.word(i).eq_ignore_ascii_case(w))
    });
    !that
        && a.hits_in_tokens(verbs, t0, t1)
            .any(|h| !a.tok_in_quote(h.tok as usize))
}

/// Words before a past tense that make it no event of a subject (`to
/// have got`, `is spent`, `people who kept`, `the left`).
static NO_SUBJECT_BEFORE: super::words::WordSet = super::words::WordSet::new(&[
    "the", "a", "an", "to", "have", "has", "had", "be", "been", "being", "not", "never", "is",
    "are", "was", "were", "who", "which", "that",
]);

/// Past tenses that tell a feeling or a wish, not an event.
const FEELING_VERBS: &[&str] = &[
    "loved",
    "hated",
    "liked",
    "hoped",
    "wished",
    "wanted",
    "feared",
    "worried",
    "enjoyed",
    "believed",
    "expected",
    "preferred",
    "missed",
    "imagined",
    "dreamed",
    "dreaded",
    "adored",
    "regretted",
    "appreciated",
    "needed",
    "deserved",
    "cared",
    "panicked",
    "struggled",
];

/// Irregular past tenses of events (`we brought maps`, `the next bill
/// came`); feelings and thoughts (`felt`, `thought`) are left out.
static IRREGULAR_PAST: super::words::WordSet = super::words::WordSet::new(&[
    "brought", "bought", "came", "went", "took", "gave", "got", "saw", "found", "made", "ran",
    "sent", "built", "paid", "sold", "lost", "won", "fell", "rose", "spent", "kept", "held", "met",
    "began", "became", "broke", "drove", "flew", "threw", "wrote", "stood", "sat", "heard",
    "caught", "fought", "struck", "stole", "woke", "chose", "led", "fled", "slept", "dug", "hid",
    "shot", "rode", "swam", "wore", "tore", "sank", "shook", "forgot",
]);

/// The quoted words of sentence `si` hold a checkable detail: digits, one
/// of `spans` (sorted by start) starting inside the marks, a proper name
/// after a lower-case word of the quotation (not its opening words, which
/// are often the subject: `“Dr. Whitcombe treated …”`), a past-tense
/// reporting verb (`They told us …`, not `They say …`), or a past-tense
/// event after a pronoun (`We finished second`).
fn quote_fact(a: &Analysis<'_>, si: usize, spans: &[(usize, usize)], verbs: usize) -> bool {
    let s = a.sents[si];
    if !a.sent_quoted(si) {
        return false;
    }
    let (t0, t1) = a.sent_tokens(si);
    let mut seen_lower = false;
    let mut after_break = true;
    for i in t0..t1 {
        let t = a.tokens[i];
        if !a.tok_in_quote(i) {
            (seen_lower, after_break) = (false, true);
            continue;
        }
        if t.has(flag::PUNCT) {
            after_break = true;
            continue;
        }
        let w = a.word(i);
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return true;
        }
        let pronoun_i = w == "I" || w.starts_with("I’") || w.starts_with("I'");
        if t.has(flag::TITLE) && seen_lower && !after_break && !pronoun_i {
            return true;
        }
        if t.has(flag::LOWER)
            && (w.ends_with("ed") || matches!(w, "said" | "told" | "wrote"))
            && a.lex_starts_at(i, verbs)
        {
            return true;
        }
        // A past-tense event right after a pronoun (`He disguised the
        // transfers`, `We finished second`), not a feeling (`I loved it`)
        // nor a state (`we are excited`: the pronoun is not next to it).
        if t.has(flag::LOWER)
            && w.len() > 4
            && w.ends_with("ed")
            && i > t0
            && a.tok_in_quote(i - 1)
            && ["i", "we", "he", "she", "they"]
                .iter()
                .any(|p| a.word(i - 1).eq_ignore_ascii_case(p))
            && !FEELING_VERBS.contains(&w)
        {
            return true;
        }
        // An irregular past after its subject (`we brought`, `the bill
        // came`), and a past progressive (`my daughter was crying`).
        // The verb is tested first: most words are none, and the word
        // before then need not be looked up.
        if t.has(flag::LOWER)
            && i > t0
            && (IRREGULAR_PAST.has(w)
                || matches!(w, "was" | "were")
                    // `It was heartbreaking`: an adjective, no event.
                    && !["it", "this", "there", "what"]
                        .iter()
                        .any(|n| a.word(i - 1).eq_ignore_ascii_case(n))
                    && i + 1 < t1
                    && a.tok_in_quote(i + 1)
                    && a.tokens[i + 1].has(flag::LOWER)
                    && a.word(i + 1).len() > 5
                    && a.word(i + 1).ends_with("ing"))
            && a.tok_in_quote(i - 1)
            && a.tokens[i - 1].has(flag::ALPHA)
            && !NO_SUBJECT_BEFORE.has(a.word(i - 1))
        {
            return true;
        }
        seen_lower |= t.has(flag::LOWER);
        after_break = false;
    }
    let k = spans.partition_point(|&(st, _)| st < s.start);
    spans[k..]
        .iter()
        .take_while(|&&(st, _)| st < s.end)
        .any(|&(st, _)| a.tok_in_quote(a.token_from(st)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Kind, RuleSet};

    /// Every sentence rule of the default set: its gate (the sentences it
    /// lets the rule look at, and its test of each) admits exactly the
    /// sentences where all its conditions may hold.
    #[test]
    fn gates_admit_where_every_condition_may_hold() {
        let rs = RuleSet::builtin();
        let texts = [
            "Breaking News Today\nBy Ana Ruiz and Tom Lee\n\nWill prices rise? “We will not,” the minister said. Prices may rise, analysts reportedly warned.\n\nA long paragraph that comes again later in the text, word for word.\n\nPhoto: Marc Lüthi / Alpine Wire\n\nA long paragraph that comes again later in the text, word for word.",
            "“I think it is terrible,” she said. Here is what we know. Do not go back.\r\nSubscribe to our newsletter.\r\n",
            "",
            "By the way, nobody asked?",
        ];
        for text in texts {
            let a = Analysis::new(text, &rs.lexicons);
            for r in &rs.rules {
                let Kind::Sentence { when, gate, .. } = &r.kind else {
                    continue;
                };
                let want: Vec<usize> = (0..a.sents.len())
                    .filter(|&si| when.iter().all(|c| may_hold(c, &a, si)))
                    .collect();
                let got: Vec<usize> = gate.admitted(when, &a).collect();
                assert_eq!(got, want, "{} {text:?}", r.id);
                // The test of the whole text only rules out texts with none.
                assert!(
                    gate.may_admit_any(&a) || want.is_empty(),
                    "{} {text:?}",
                    r.id
                );
            }
        }
    }
}

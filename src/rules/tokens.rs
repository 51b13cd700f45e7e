//! Token patterns: specs with predicates, quantifiers and named captures,
//! matched by bounded backtracking (a step budget keeps hostile patterns
//! from hanging the program).

use super::analysis::Analysis;
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
    pub(crate) in_lex: Option<usize>,
    pub(crate) not_in: Option<usize>,
    pub(crate) phrase: Option<usize>,
    pub(crate) must: u16,
    pub(crate) must_not: u16,
    pub(crate) shape: Option<String>,
    pub(crate) suffix: Vec<String>,
    pub(crate) not_suffix: Vec<String>,
    pub(crate) min: usize,
    pub(crate) max: usize,
    pub(crate) capture: Option<String>,
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

impl Spec {
    /// How many tokens this spec consumes at token `i`, if it matches.
    fn matches(&self, a: &Analysis<'_>, i: usize) -> Option<usize> {
        let t = a.tokens.get(i)?;
        if t.flags & self.must != self.must || t.flags & self.must_not != 0 {
            return None;
        }
        let w = &a.text[t.start..t.end];
        if !self.text.is_empty() && !self.text.iter().any(|x| x == w) {
            return None;
        }
        if !self.lower.is_empty() && !self.lower.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return None;
        }
        if let Some(s) = &self.shape
            && shape(w) != *s
        {
            return None;
        }
        if !self.suffix.is_empty() || !self.not_suffix.is_empty() {
            let lw = w.to_lowercase();
            if !self.suffix.is_empty() && !self.suffix.iter().any(|s| lw.ends_with(s.as_str())) {
                return None;
            }
            if self.not_suffix.iter().any(|s| lw.ends_with(s.as_str())) {
                return None;
            }
        }
        if let Some(l) = self.in_lex
            && a.lex_len_at(i, l) != Some(1)
        {
            return None;
        }
        if let Some(l) = self.not_in
            && a.lex_len_at(i, l).is_some()
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

/// A match: token range and the token range of each spec (for captures).
pub struct TokMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Per spec, the token range it consumed.
    pub parts: Vec<(usize, usize)>,
}

struct Ctx<'a, 'b> {
    specs: &'a [Spec],
    a: &'a Analysis<'b>,
    steps: usize,
    parts: Vec<(usize, usize)>,
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
        if count < spec.max
            && let Some(n) = spec.matches(self.a, pos)
            && n > 0
            && let Some(end) = self.go(e, pos + n, count + 1, from)
        {
            return Some(end);
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

/// All non-overlapping leftmost-longest-greedy matches of a pattern.
pub fn find_all(specs: &[Spec], a: &Analysis<'_>, out: &mut Vec<TokMatch>) {
    let n = a.tokens.len();
    let mut i = 0;
    let first_required = specs.first().filter(|s| s.min > 0);
    while i < n {
        if let Some(f) = first_required
            && f.matches(a, i).is_none()
        {
            i += 1;
            continue;
        }
        let mut ctx = Ctx {
            specs,
            a,
            steps: 0,
            parts: vec![(i, i); specs.len()],
        };
        match ctx.go(0, i, 0, i) {
            Some(end) if end > i => {
                out.push(TokMatch {
                    start: i,
                    end,
                    parts: ctx.parts,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
}

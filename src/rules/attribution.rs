//! Who said it: the `speaker` of a QUOTE and the `claimant` of a CLAIM.
//!
//! Looks for a reporting verb (from the rule set's lexicon) outside quotation
//! marks near the quote: `X said`, `said X`, `X told …`, `according to X`,
//! `X said: “…”`; else the speaker of the quote just before; else the
//! sentence's subject. Pronouns and `the president`-style descriptions
//! resolve to the last named person; titles (`President`, `envoy`) are
//! dropped, honorifics (`Mr.`) kept.

use super::analysis::Analysis;
use super::text::flag;

/// Lexicons attribution uses (by index in the rule set).
#[derive(Debug, Clone, Copy, Default)]
pub struct AttrLexicons {
    /// Reporting verbs (`said`, `told`, `according to`).
    pub verbs: Option<usize>,
    /// Job titles dropped from names (`President`, `spokesman`).
    pub titles: Option<usize>,
}

/// A found agent: text and byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// The name or description.
    pub name: String,
    /// Byte range of the words it came from.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Byte range of the reporting verb, when one was used.
    pub verb: Option<(usize, usize)>,
    /// True for a proper name (not a description or resolved pronoun).
    pub named: bool,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "him", "her"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "this", "that", "its", "his", "her", "their", "our",
];
const SKIP_BEFORE_VERB: &[&str] = &[
    "has", "have", "had", "also", "was", "were", "is", "are", "been", "be", "then", "later",
    "would", "will", "did", "does", "do", "had", "not", "never", "once", "again", "still",
];
const BOUNDARY: &[&str] = &[
    "that", "and", "but", "while", "after", "when", "as", "because", "if", "who", "which", "on",
    "in", "at", "to", "from", "with", "by", "before", "during", "for", "adding", "where", "though",
    "although", "since", "until", "told", "said", "says", "saying", "so", "or",
];
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev",
];

fn lower_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Reporting verb hits outside quotation marks within tokens `t0..t1`, as
/// token ranges.
pub fn verbs_outside_quotes(
    a: &Analysis<'_>,
    lx: AttrLexicons,
    t0: usize,
    t1: usize,
) -> Vec<(usize, usize)> {
    let Some(v) = lx.verbs else {
        return Vec::new();
    };
    a.hits_in_tokens(v, t0, t1)
        .filter(|h| !a.tok_in_quote(h.tok as usize))
        .map(|h| (h.tok as usize, h.tok as usize + h.ntok as usize))
        .collect()
}

fn is_title_word(a: &Analysis<'_>, lx: AttrLexicons, i: usize) -> bool {
    lx.titles.is_some_and(|t| a.lex_len_at(i, t).is_some())
}

/// The noun phrase before token `v` (the verb) within tokens `lo..v`.
fn np_before(a: &Analysis<'_>, lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut j = v;
    // Skip adverbs and auxiliaries: `has repeatedly said`.
    while j > lo {
        let w = a.word(j - 1);
        let t = a.tokens[j - 1];
        if t.has(flag::LOWER) && (lower_in(w, SKIP_BEFORE_VERB) || w.len() > 4 && w.ends_with("ly"))
        {
            j -= 1;
        } else {
            break;
        }
    }
    // Appositive: `Vladimir Medinsky, said` / `who voted against it, said`.
    let mut comma = false;
    if j > lo && a.word(j - 1) == "," {
        j -= 1;
        comma = true;
    }
    let end = j;
    while j > lo {
        let w = a.word(j - 1);
        let t = a.tokens[j - 1];
        if t.has(flag::PUNCT) && w != "." && w != "’" && w != "'" && w != "-" {
            break;
        }
        // A full stop stays only after an honorific or an initial (`Mr.`, `J.`).
        let abbrev = j >= 2 && (lower_in(a.word(j - 2), HONORIFICS) || a.word(j - 2).len() == 1);
        if w == "." && !abbrev {
            break;
        }
        if t.has(flag::LOWER) && lower_in(w, BOUNDARY) {
            break;
        }
        j -= 1;
    }
    if j == end {
        return None;
    }
    // A relative clause (`who voted against it,`) is not the agent: look before it.
    if comma && lower_in(a.word(j), &["who", "which"]) {
        return None;
    }
    // `Rob Feld, who voted against it, said`: the agent is before the clause.
    if comma && j >= lo + 2 && lower_in(a.word(j - 1), &["who", "which"]) && a.word(j - 2) == "," {
        return np_before(a, lo, j - 2);
    }
    if a.word(j).eq_ignore_ascii_case("who") && j > lo + 1 && a.word(j - 1) == "," {
        return np_before(a, lo, j - 1);
    }
    Some((j, end))
}

/// The noun phrase after token `v_end` (after `said`), up to a boundary.
fn np_after(a: &Analysis<'_>, v_end: usize, hi: usize) -> Option<(usize, usize)> {
    let start = v_end;
    let mut j = v_end;
    while j < hi {
        let w = a.word(j);
        let t = a.tokens[j];
        if t.has(flag::PUNCT) && w != "," && w != "’" && w != "." && w != "-" {
            break;
        }
        if w == "." && !(j > start && lower_in(a.word(j - 1), HONORIFICS)) {
            break;
        }
        if t.has(flag::LOWER) && lower_in(w, BOUNDARY) {
            break;
        }
        j += 1;
    }
    while j > start && a.word(j - 1) == "," {
        j -= 1;
    }
    // `said farmer Luis Ortega, 67`: a comma not followed by a name ends it.
    if let Some(k) = (start..j)
        .find(|&k| a.word(k) == "," && !a.tokens.get(k + 1).is_some_and(|t| t.has(flag::TITLE)))
    {
        j = k;
    }
    (j > start).then_some((start, j))
}

/// Turns a noun phrase into a name: the trailing run of capitalised words
/// (titles dropped, honorifics kept) or, without one, the description
/// without its article.
fn name_of(
    a: &Analysis<'_>,
    lx: AttrLexicons,
    np: (usize, usize),
    last_person: Option<&Agent>,
) -> Option<Agent> {
    let (s, e) = np;
    if e == s + 1 && lower_in(a.word(s), PRONOUNS) {
        return last_person.map(|p| Agent {
            name: p.name.clone(),
            start: a.tokens[s].start,
            end: a.tokens[s].end,
            verb: None,
            named: false,
        });
    }
    // Trailing run of title-case words (with `Mr.` and `’s` allowed inside).
    let mut k = e;
    while k > s {
        let w = a.word(k - 1);
        let t = a.tokens[k - 1];
        let ok = t.has(flag::TITLE)
            || w == "." && k >= 2 && lower_in(a.word(k - 2), HONORIFICS)
            || (w == "-" || w == "al" || w == "bin" || w == "de" || w == "van" || w == "von")
                && k < e;
        if !ok {
            break;
        }
        k -= 1;
    }
    // Drop titles and determiners at the front of the run.
    while k < e && (is_title_word(a, lx, k) || lower_in(a.word(k), DETERMINERS)) {
        k += 1;
    }
    if k < e {
        let first_in_np = k == s;
        let name = &a.text[a.tokens[k].start..a.tokens[e - 1].end];
        // A single capitalised word at the start of a longer phrase is just
        // the sentence's capital (`Shipping analysts`).
        if !(first_in_np && e - k == 1 && e < np.1) {
            return Some(Agent {
                name: name.to_string(),
                start: a.tokens[k].start,
                end: a.tokens[e - 1].end,
                verb: None,
                named: true,
            });
        }
    }
    // A description: drop leading determiners and counts.
    let mut d = s;
    while d < e && (lower_in(a.word(d), DETERMINERS) || a.tokens[d].has(flag::NUM_WORD)) {
        d += 1;
    }
    if d >= e {
        return None;
    }
    // `the US president`: a title heading a description names the last person.
    if d > s
        && is_title_word(a, lx, e - 1)
        && let Some(p) = last_person
    {
        return Some(Agent {
            name: p.name.clone(),
            start: a.tokens[s].start,
            end: a.tokens[e - 1].end,
            verb: None,
            named: false,
        });
    }
    Some(Agent {
        name: a.text[a.tokens[d].start..a.tokens[e - 1].end].to_string(),
        start: a.tokens[d].start,
        end: a.tokens[e - 1].end,
        verb: None,
        named: false,
    })
}

/// The agent of a reporting verb at tokens `v.0..v.1`, within tokens `lo..hi`.
pub fn agent_of_verb(
    a: &Analysis<'_>,
    lx: AttrLexicons,
    v: (usize, usize),
    lo: usize,
    hi: usize,
    last_person: Option<&Agent>,
) -> Option<Agent> {
    let verb_word = a.word(v.0);
    let after_first = verb_word.eq_ignore_ascii_case("according");
    // `”, said X` or `said X` at the start: the agent follows.
    let prev = (lo..v.0).rev().find(|&i| a.word(i) != ",");
    let inverted = after_first
        || prev.is_none()
        || prev.is_some_and(|i| matches!(a.word(i), "”" | "\"" | "’" | "'" | "»"));
    let np = if inverted {
        np_after(a, v.1, hi).or_else(|| np_before(a, lo, v.0))
    } else {
        np_before(a, lo, v.0).or_else(|| np_after(a, v.1, hi))
    }?;
    let mut ag = name_of(a, lx, np, last_person)?;
    ag.verb = Some((a.tokens[v.0].start, a.tokens[v.1 - 1].end));
    Some(ag)
}

/// The sentence subject as a named agent: a leading run of capitalised words
/// followed by a lower-case word (`Trump expressed …`).
pub fn subject(
    a: &Analysis<'_>,
    lx: AttrLexicons,
    lo: usize,
    hi: usize,
    last_person: Option<&Agent>,
) -> Option<Agent> {
    let mut j = lo;
    while j < hi {
        let t = a.tokens[j];
        if t.has(flag::PUNCT) && a.word(j) != "." && a.word(j) != "’" {
            break;
        }
        if t.has(flag::LOWER) && !is_title_word(a, lx, j) && !lower_in(a.word(j), DETERMINERS) {
            break;
        }
        j += 1;
    }
    if j == lo {
        return None;
    }
    name_of(a, lx, (lo, j), last_person)
}

/// Like [`is_person`], also taking a surname the text earlier used with a
/// first name (`Omar Haddad` … `Haddad conceded`).
pub fn is_person_in(a: &Analysis<'_>, ag: &Agent) -> bool {
    if is_person(ag) {
        return true;
    }
    // A surname alone (`Haddad`) that the text used before with a first name.
    ag.named && !ag.name.contains(' ') && {
        // Look back a bounded window so long texts stay linear.
        let end = ag.start.min(a.text.len());
        let from = crate::model::offsets::floor_char_boundary(a.text, end.saturating_sub(4_000));
        let win = a.text.get(from..end).unwrap_or("");
        let Some(c0) = ag.name.chars().next() else {
            return false;
        };
        // ` Name` occurrences cannot overlap (the name has no space), so
        // finding each first character (memchr) and checking around it
        // visits the same ones as searching for ` Name`.
        win.match_indices(c0).any(|(q, _)| {
            q >= 1
                && win.as_bytes()[q - 1] == b' '
                && win[q..].starts_with(ag.name.as_str())
                && win[..q - 1]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
    }
}

/// True when an agent looks like a person (for pronouns): two or more
/// words, or an honorific.
pub fn is_person(ag: &Agent) -> bool {
    ag.named
        && (ag.name.split_whitespace().count() >= 2
            || HONORIFICS.iter().any(|h| {
                ag.name
                    .as_bytes()
                    .get(..h.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
            }))
}

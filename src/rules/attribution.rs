//! Who said it: the `speaker` of a QUOTE and the `claimant` of a CLAIM.
//!
//! Looks for a reporting verb (from the rule set's lexicon) outside quotation
//! marks near the quote: `X said`, `said X`, `X told …`, `according to X`,
//! `X said: “…”`; else the speaker of the quote just before; else the
//! sentence's subject. Pronouns and `the president`-style descriptions
//! resolve to the last named person; titles (`President`, `envoy`) are
//! dropped, honorifics (`Mr.`) kept.

use super::analysis::Analysis;
use super::text::{flag, is_possessive, strip_possessive};
use super::words::WordSet;

/// Lexicons attribution uses (by index in the rule set).
#[derive(Debug, Clone, Copy, Default)]
pub struct AttrLexicons {
    /// Reporting verbs (`said`, `told`, `according to`).
    pub verbs: Option<usize>,
    /// Job titles dropped from names (`President`, `spokesman`).
    pub titles: Option<usize>,
    /// Reporting verbs with other senses (`added a room`, `border
    /// states`): they count only with a speech cue (see `Analysis`).
    pub cue_verbs: Option<usize>,
    /// Page furniture (`Read more:`, `Also Read:`): a related story's
    /// headline names nobody a later `he` or `the judge` refers to.
    pub boilerplate: Option<usize>,
}

/// A found agent: text and byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent<'t> {
    /// The name or description (always words of the text).
    pub name: &'t str,
    /// Byte range of the words it came from.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Byte range of the reporting verb, when one was used.
    pub verb: Option<(usize, usize)>,
    /// True for a proper name (not a description or resolved pronoun).
    pub named: bool,
}

/// True when `w` is one of a few `list` words, but for ASCII case.
fn lower_in(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

static PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "i", "we", "it", "him", "her"]);
static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "one", "this", "that", "its", "his", "her", "their", "our",
]);
static SKIP_BEFORE_VERB: WordSet = WordSet::new(&[
    "has", "have", "had", "also", "was", "were", "is", "are", "been", "be", "then", "later",
    "would", "will", "did", "does", "do", "had", "not", "never", "once", "again", "still",
    "already", "just", "now", "first", "even", "ever", "may", "might", "could", "can", "should",
    "must", "so", "far",
]);
static BOUNDARY: WordSet = WordSet::new(&[
    "that", "and", "but", "while", "after", "when", "as", "because", "if", "who", "which", "on",
    "in", "at", "to", "from", "with", "by", "before", "during", "for", "adding", "where", "though",
    "although", "since", "until", "told", "said", "says", "saying", "so", "or",
]);
static PREPOSITIONS: WordSet = WordSet::new(&[
    "of", "at", "in", "on", "for", "from", "with", "by", "to", "about", "near", "outside",
    "inside", "behind", "under", "over", "against", "among", "between", "into", "through",
]);
static HONORIFICS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev",
]);
/// Letters after a name (`Alison Crewe KC`, `Dana Ruiz MP`).
/// (`MP` is left out: it is also a job, `a Labour MP said`.)
static POSTNOMINALS: WordSet = WordSet::new(&["kc", "qc", "obe", "mbe", "cbe"]);
/// Months and weekdays: a date after a preposition (`In March`).
static DATE_WORDS: WordSet = WordSet::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);
/// True for a month or a day of the week, but for ASCII case.
pub fn is_date_word(w: &str) -> bool {
    DATE_WORDS.has(w)
}

/// True for a day of the week (`the ministry said Tuesday`), but for
/// ASCII case.
pub fn is_weekday(w: &str) -> bool {
    w.len() >= 6 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"day") && DATE_WORDS.has(w)
}

/// Abbreviated job titles whose full stop belongs to the name that follows
/// (`Sen. Dana Whitfield`); the title itself is dropped from the name.
static TITLE_ABBREVS: WordSet = WordSet::new(&[
    "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "pres", "supt",
    "det", "insp", "atty", "prof",
]);
/// Words that stand for some number of people (`Many said …`).
static QUANTIFIERS: WordSet = WordSet::new(&[
    "many",
    "some",
    "most",
    "few",
    "several",
    "others",
    "both",
    "all",
    "each",
    "none",
    "neither",
    "either",
    "dozens",
    "hundreds",
    "thousands",
]);
/// Pronouns that are a sentence's subject (not `her`, which may start
/// `Her husband, Tom Reed, …`).
static SUBJECT_PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "i", "we", "it"]);
/// Words that open a clause where a noun phrase could stand.
static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "whether", "if", "how", "why", "what", "when", "where", "whom", "which",
]);
/// A reporting verb after one of these sits in a subordinate clause (`after
/// Zelensky warned that …`): it is not the sentence's attribution.
static SUBORDINATORS: WordSet = WordSet::new(&[
    "after", "before", "while", "when", "because", "since", "until", "although", "though", "if",
    "whereas", "once",
]);
/// Last words of organisation names: such a name is no person for pronouns.
static ORG_WORDS: WordSet = WordSet::new(&[
    "embassy",
    "consulate",
    "industries",
    "foods",
    "brands",
    "corporation",
    "enterprises",
    "solutions",
    "logistics",
    "resources",
    "insurance",
    "capital",
    "group",
    "inc",
    "corp",
    "ltd",
    "llc",
    "plc",
    "bank",
    "office",
    "ministry",
    "department",
    "agency",
    "union",
    "party",
    "council",
    "committee",
    "court",
    "police",
    "service",
    "services",
    "institute",
    "university",
    "college",
    "association",
    "foundation",
    "fund",
    "partners",
    "holdings",
    "company",
    "times",
    "post",
    "news",
    "press",
    "network",
    "commission",
    "board",
    "authority",
    "administration",
    "force",
    "army",
    "navy",
    "league",
    "federation",
    "organisation",
    "organization",
    "labs",
    "systems",
    "technologies",
    "media",
    "airlines",
    "airways",
    "railways",
    "motors",
    "semiconductor",
    "house",
    "city",
    "town",
    "county",
    "borough",
    "municipality",
    "government",
    "senate",
    "congress",
    "bureau",
    "trust",
    "forum",
    "alliance",
    "society",
    "coalition",
    "centre",
    "center",
    "centres",
    "centers",
    "power",
    "energy",
    "pharmaceuticals",
    "therapeutics",
    "farms",
    "mills",
    "brewery",
    "biosciences",
    "healthcare",
    "investments",
    "ventures",
    "securities",
    "communications",
    "electric",
    "chemicals",
    "petroleum",
    "mining",
    "software",
    "networks",
    "pharma",
    "airport",
    "hospital",
    "clinic",
    "exchange",
]);

/// Is `w` written as companies write their names: a capital inside the word
/// after four lower-case letters or more (`BlackRock`, `ExxonMobil`), or
/// two capitals then lower case (`JPMorgan`)? Names have capitals after a
/// shorter prefix (`McDonald`, `MacKenzie`, `DeSantis`, `FitzGerald`).
fn corporate_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() >= 4 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase() {
        return b[2..].iter().any(u8::is_ascii_lowercase)
            && b.iter().take_while(|c| c.is_ascii_uppercase()).count() < b.len() - 1
            && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 3;
    }
    let mut lower_run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_lowercase() {
            lower_run += 1;
        } else if c.is_ascii_uppercase() && i > 0 && lower_run >= 4 {
            return true;
        } else {
            lower_run = 0;
        }
    }
    false
}

/// Does a name read as a thing or a body: a word with a digit (`Airbus
/// A319`), `for`, `of` or `&` (`Centers for Disease Control and
/// Prevention`), or a word in a company's case (`JPMorgan Chase`)?
fn names_a_thing(name: &str) -> bool {
    name.split(' ').any(|w| {
        w.bytes().any(|b| b.is_ascii_digit())
            || matches!(w, "for" | "of" | "&")
            || corporate_case(w)
    })
}

/// True when the full stop after word `w` belongs to a name: an honorific,
/// an abbreviated title, or an initial (`J.`, `U.S.`).
fn name_dot_after(w: &str) -> bool {
    HONORIFICS.has(w)
        || TITLE_ABBREVS.has(w)
        || lower_in(w, &["jr", "sr"])
        || w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// True for an abbreviated name, as set in brackets after the full one
/// (`NLC`, `AfD`, `CoG`): a capital first, two capitals at least.
fn is_abbreviation(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=8).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.iter().filter(|c| c.is_ascii_uppercase()).nth(1).is_some()
}

/// Do tokens `k..e` make a US lawmaker's party and state, as set after the
/// name (`R-S.D.`, `D-N.Y.`, `R-Texas`, `I-Vt.`)?
fn is_party_tag(a: &Analysis<'_>, k: usize, e: usize) -> bool {
    let w = a.word(k).as_bytes();
    k < e
        && e - k <= 6
        && w.len() >= 3
        && matches!(w[0], b'D' | b'R' | b'I')
        && w[1] == b'-'
        && w[2].is_ascii_uppercase()
        && (k + 1..e).all(|i| a.word(i) == "." || a.tokens[i].has(flag::TITLE))
}

/// Capitalised words that open a sentence but are no part of its subject
/// (`But he warned`, `Then Ruiz said`); not `So` or `Still`, which open
/// names (`So Yeon Park`, `Still Life Films`).
static OPENING_LINKS: WordSet = WordSet::new(&["but", "and", "yet", "then"]);

/// Past participles not ending in `-ed` that start a clause before `by`
/// (`a paper seen by DW`).
static PARTICIPLES_EN: WordSet = WordSet::new(&[
    "seen",
    "written",
    "taken",
    "given",
    "chosen",
    "drawn",
    "shown",
    "known",
    "driven",
    "broken",
    "stolen",
    "overseen",
    "undertaken",
    "beaten",
    "bitten",
    "eaten",
    "hidden",
    "spoken",
    "sworn",
]);

/// Reporting verb hits outside quotation marks within tokens `t0..t1`, as
/// token ranges, in order.
pub fn verbs_outside_quotes<'a>(
    a: &'a Analysis<'_>,
    lx: AttrLexicons,
    t0: usize,
    t1: usize,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    lx.verbs
        .into_iter()
        .flat_map(move |v| a.hits_in_tokens(v, t0, t1))
        .filter(|h| !a.tok_in_quote(h.tok as usize))
        .map(|h| (h.tok as usize, h.tok as usize + h.ntok as usize))
}

fn is_title_word(a: &Analysis<'_>, lx: AttrLexicons, i: usize) -> bool {
    lx.titles.is_some_and(|t| a.lex_len_at(i, t).is_some())
}

/// The noun phrase before token `v` (the verb) within tokens `lo..v`.
fn np_before(a: &Analysis<'_>, lx: AttrLexicons, lo: usize, v: usize) -> Option<(usize, usize)> {
    let mut j = v;
    // Skip adverbs and auxiliaries: `has repeatedly said`.
    while j > lo {
        if skips_before_verb(a, j - 1) {
            j -= 1;
        } else {
            break;
        }
    }
    // An aside in brackets or dashes right before the verb (`Police (who
    // arrived late) said`, `Officials — citing radar data — said`): the
    // agent is before it.
    if j > lo + 1 {
        let close = a.word(j - 1);
        let open = match close {
            ")" => Some("("),
            "—" | "–" => Some(close),
            _ => None,
        };
        if let Some(open) = open
            && let Some(k) = (lo..j - 1).rev().take(24).find(|&k| a.word(k) == open)
            && k > lo
        {
            return np_before(a, lx, lo, k);
        }
    }
    // `John Thune, R-S.D., said`, `Chuck Schumer, D-N.Y., who …`: the
    // party and state after a lawmaker's name belong to it.
    let e = if j > lo && a.word(j - 1) == "," {
        j - 1
    } else {
        j
    };
    if let Some(c) = (lo + 1..e).rev().take(7).find(|&k| a.word(k) == ",")
        && is_party_tag(a, c + 1, e)
    {
        return np_before(a, lx, lo, c);
    }
    // Appositive: `Vladimir Medinsky, said` / `who voted against it, said`.
    let mut comma = false;
    if j > lo && a.word(j - 1) == "," {
        j -= 1;
        comma = true;
        // `The United Railworkers’ Federation (FCU), which …, said`: the
        // abbreviation in brackets belongs to the name before it.
        if j >= lo + 4
            && a.word(j - 1) == ")"
            && a.word(j - 3) == "("
            && is_abbreviation(a.word(j - 2))
        {
            j -= 3;
        }
    }
    let end = j;
    while j > lo {
        let w = a.word(j - 1);
        let t = a.tokens[j - 1];
        // `Darrowshire Fire and Rescue Service said`, `Marks & Spencer
        // said`: `and` between capitalised words inside a name that is all
        // capitalised so far, an organisation's (`Tom Reed and Jo Marsh` are two people).
        if (w == "&"
            || w == "and" && (ORG_WORDS.has(a.word(end - 1)) || org_tail(a, lx, lo, j - 1, end)))
            && j >= lo + 2
            && j < end
            && a.tokens[j - 2].has(flag::TITLE)
            && (j..end).all(|k| a.tokens[k].has(flag::TITLE))
        {
            j -= 1;
            continue;
        }
        // `Which?, said`, `Yahoo! said`: a name written with its mark.
        let name_mark = (w == "?" || w == "!")
            && j == end
            && j >= lo + 2
            && a.tokens[j - 2].has(flag::TITLE)
            && a.tokens[j - 2].end() == t.start();
        if t.has(flag::PUNCT) && w != "." && w != "’" && w != "'" && w != "-" && !name_mark {
            break;
        }
        // `’`/`'` stays only as a possessive, right after a word
        // (`Reuters’`); after a comma or a space it closes a quotation
        // (`…,’ he said`).
        if (w == "’" || w == "'")
            && !(j >= 2 && !a.tokens[j - 2].has(flag::PUNCT) && a.tokens[j - 2].end() == t.start())
        {
            break;
        }
        // A full stop stays only after an honorific, a title or an initial
        // (`Mr.`, `Sen.`, `J.`).
        if w == "." && !(j >= 2 && (name_dot_after(a.word(j - 2)) || a.word(j - 2).len() == 1)) {
            break;
        }
        // `the Electoral Management Board for Scotland said`.
        if t.has(flag::LOWER) && BOUNDARY.has(w) && !org_of(a, j - 1) {
            break;
        }
        j -= 1;
    }
    // `But he warned`: the link opening the sentence is no part of the agent.
    if j == lo && j + 1 < end && a.tokens[j].has(flag::TITLE) && OPENING_LINKS.has(a.word(j)) {
        j += 1;
    }
    if j == end {
        return None;
    }
    // `participants who reported hearing problems said`: the clause after
    // `who` tells of the agent, named before it.
    if !comma
        && j >= lo + 2
        && a.tokens[j].has(flag::LOWER)
        && a.word(j - 1).eq_ignore_ascii_case("who")
    {
        return np_before(a, lx, lo, j - 1);
    }
    // `JPMorgan Chase on Tuesday reported`: a time between the agent and
    // its verb; the agent is before it.
    if !comma
        && j >= lo + 2
        && lower_in(
            a.word(j - 1),
            &["on", "in", "last", "this", "late", "early"],
        )
        && DATE_WORDS.has(a.word(j))
        && (j..end).all(|i| DATE_WORDS.has(a.word(i)) || a.tokens[i].has(flag::DIGIT))
    {
        return np_before(a, lx, lo, j - 1);
    }
    // `U.S. District Judge Indira Talwani in Boston said`: a named person
    // before `in` and a place is the agent, not the place. (With a comma,
    // the place ends an aside: see the appositive below.)
    if !comma
        && j >= lo + 3
        && a.word(j - 1) == "in"
        && (j..end).all(|i| a.tokens[i].has(flag::TITLE))
        && a.tokens[j - 2].has(flag::TITLE)
        && a.tokens[j - 3].has(flag::TITLE)
        // `President Volodymyr Zelensky` after `in Kyiv` is a name of its own.
        && !(j..end).any(|i| is_title_word(a, lx, i))
        && let Some((k, e)) = np_before(a, lx, lo, j - 1)
        && e - k >= 2
        && (k..e).all(|i| a.tokens[i].has(flag::TITLE) || a.word(i) == ".")
        // `Last Friday in Kyiv`, `On Tuesday in Washington`: a time.
        && !(k..e).any(|i| DATE_WORDS.has(a.word(i)) || PREPOSITIONS.has(a.word(i)))
    {
        // `The US Embassy in Manila said`: the place is part of the name.
        return Some(if ORG_WORDS.has(a.word(e - 1)) {
            (k, end)
        } else {
            (k, e)
        });
    }
    // `Several diplomats in Lindgrund said`, `residents at the scene
    // said`: the place after the preposition is not the agent, the people
    // before it are.
    // A named organisation after `at`/`from` is the source itself
    // (`Analysts at Kessler Bank said`).
    if j >= lo + 2
        && (a.word(j - 1) == "in"
            || lower_in(a.word(j - 1), &["at", "from"])
                && !(j..end).any(|i| a.tokens[i].has(flag::TITLE)))
    {
        let p = j - 1;
        let mut k = p;
        while k > lo
            && p - k < 4
            && !a.tokens[k - 1].has(flag::PUNCT)
            && !(a.tokens[k - 1].has(flag::LOWER) && BOUNDARY.has(a.word(k - 1)))
        {
            k -= 1;
        }
        let head = a.word(p - 1);
        // The head is a common noun (capitalised only at the sentence start).
        // Only a whole subject: `who runs a shelter for families in X` is not.
        if k < p
            && (k == lo || a.tokens[k - 1].has(flag::PUNCT))
            && (a.tokens[p - 1].has(flag::LOWER)
                || p - 1 == lo && head[1..].bytes().all(|b| b.is_ascii_lowercase()))
            && head.len() > 3
            && head.ends_with('s')
            && !head.ends_with("ss")
        {
            return Some((k, p));
        }
    }
    // `Marta Kell, a 28-year-old fund manager at Brightwater Capital, said`,
    // `Priya Natarajan, 52, told`, `Donald Trump, before the call with
    // Putin, said`: an appositive or aside between commas that starts with a
    // lower-case word or a number; the agent is before it.
    if comma
        && let Some(c) = (lo..end).rev().take(40).find(|&k| a.word(k) == ",")
        && c > lo
        && c + 1 < end
        && {
            // `, the Young Farmers’ Union,` names the agent itself.
            let mut f = c + 1;
            while f + 1 < end && lower_in(a.word(f), &["the", "a", "an"]) {
                f += 1;
            }
            let t = a.tokens[f];
            // `, Mandiant’s chief technology officer,`: whose role it is.
            let owner = is_possessive(a.word(f))
                && (f + 1..end.min(f + 4)).any(|k| a.tokens[k].has(flag::LOWER));
            (!t.has(flag::TITLE)
                && (t.has(flag::LOWER) || t.has(flag::LIKE_NUM) || t.has(flag::NUM_COMPOUND))
                || owner
                // `, a Mumbai-based aviation safety consultant,`
                || f > c + 1 && (f..end).any(|k| a.tokens[k].has(flag::LOWER))
                || f > c + 1 && aside_has_role(a, lx, f, end))
                && !described_name(a, c + 1, end)
        }
        && let Some(np) = np_before(a, lx, lo, c + 1)
    {
        return Some(np);
    }
    // `Tamsin Reed, the party's MP for Carrow and her party’s transport
    // spokeswoman, said`: the walk stopped at `and` inside an aside that
    // opens with an article; the agent is before the aside.
    if comma
        && j > lo + 2
        && a.word(j - 1) == "and"
        && let Some(c) = (lo + 1..j - 1).rev().take(40).find(|&k| a.word(k) == ",")
        && lower_in(a.word(c + 1), &["the", "a", "an"])
        && a.tokens[c - 1].has(flag::TITLE)
    {
        return np_before(a, lx, lo, c + 1);
    }
    // A relative clause (`who voted against it,`) is not the agent: look before it.
    if comma && lower_in(a.word(j), &["who", "which"]) {
        return None;
    }
    // `Rob Feld, who voted against it, said`: the agent is before the clause.
    if comma && j >= lo + 2 && lower_in(a.word(j - 1), &["who", "which"]) && a.word(j - 2) == "," {
        return np_before(a, lx, lo, j - 2);
    }
    // `Teodor Halme, the special envoy who is chairing the talks, said`: a
    // relative clause inside an aside; the agent is before the aside.
    if comma
        && j >= lo + 2
        && lower_in(a.word(j - 1), &["who", "which"])
        && let Some(c) = (lo + 1..j - 1).rev().take(12).find(|&k| a.word(k) == ",")
    {
        return np_before(a, lx, lo, c + 1);
    }
    if a.word(j).eq_ignore_ascii_case("who") && j > lo + 1 && a.word(j - 1) == "," {
        return np_before(a, lx, lo, j - 1);
    }
    Some((j, end))
}

/// `Two law enforcement sources who were not authorized to speak publicly
/// told`, `A tenant who escaped …, and who asked …, testified`: the
/// sentence opens with its subject and a relative clause, and the walk
/// back from the verb (giving `np`) stopped inside the clause, after a
/// preposition or `to` (`to speak`, `by climbing`). The subject is before
/// `who`. A walk stopped at `and`, `while` or a comma found the agent of a
/// clause of its own (`A man who was shot died, and police said …`).
fn relative_subject(
    a: &Analysis<'_>,
    lx: AttrLexicons,
    lo: usize,
    np: (usize, usize),
) -> Option<(usize, usize)> {
    let t = a.tokens[np.0];
    if !t.has(flag::LOWER)
        || DETERMINERS.has(a.word(np.0))
        || PRONOUNS.has(a.word(np.0))
        || np.0 == 0
        || !PREPOSITIONS.has(a.word(np.0 - 1))
    {
        return None;
    }
    let who = (lo + 1..np.0.min(lo + 6))
        .take_while(|&i| !a.tokens[i].has(flag::PUNCT))
        .find(|&i| a.word(i).eq_ignore_ascii_case("who"))?;
    np_before(a, lx, lo, who)
}

/// Is token `i` an auxiliary or adverb between a subject and its verb
/// (`has`, `also`, `repeatedly`)?
fn skips_before_verb(a: &Analysis<'_>, i: usize) -> bool {
    let w = a.word(i);
    a.tokens[i].has(flag::LOWER) && (SKIP_BEFORE_VERB.has(w) || w.len() > 4 && w.ends_with("ly"))
}

/// Is the verb at token `v` denied (`Solvane did not say whether …`,
/// `Police have not confirmed that`, `did not immediately say`, `declined
/// to say`)? Then its subject asserts nothing, and the sentence is the
/// outlet's.
fn negated(a: &Analysis<'_>, lo: usize, v: usize) -> bool {
    let mut j = v;
    while j > lo && a.tokens[j - 1].has(flag::LOWER) {
        let w = a.word(j - 1);
        if lower_in(w, &["not", "never"]) || w.ends_with("n't") || w.ends_with("n’t") {
            return true;
        }
        if !skips_before_verb(a, j - 1) {
            break;
        }
        j -= 1;
    }
    v >= lo + 2
        && a.word(v - 1) == "to"
        && lower_in(
            a.word(v - 2),
            &["declined", "declines", "refused", "refuses"],
        )
}

/// Are tokens `from..end` a bare description and a name (`nurse Priya
/// Raman`, `union leader Ana Ruiz`)? Between commas that is the agent, not
/// an aside about it (`a fund manager at Brightwater Capital` has an
/// article; `before the call with Putin` a preposition).
fn described_name(a: &Analysis<'_>, from: usize, end: usize) -> bool {
    let lower = (from..end)
        .take_while(|&i| a.tokens[i].has(flag::LOWER) && a.tokens[i].has(flag::ALPHA))
        .count();
    let name = from + lower;
    (1..=3).contains(&lower)
        && name < end
        && (from..name).all(|i| {
            let w = a.word(i);
            // `whose son Danylo` is a relative clause about someone else.
            !DETERMINERS.has(w)
                && !BOUNDARY.has(w)
                && !PREPOSITIONS.has(w)
                && !lower_in(w, &["whose", "whom", "where"])
        })
        && (name..end).all(|i| a.tokens[i].has(flag::TITLE))
}

/// Does the aside `from..end` (after its article) hold a lower-case word
/// naming a post (a `titles` entry), before any boundary word? `, the
/// European Commission’s executive vice-president for tech sovereignty,`
/// describes the person before it, though it opens with capitals.
fn aside_has_role(a: &Analysis<'_>, lx: AttrLexicons, from: usize, end: usize) -> bool {
    (from..end)
        .take_while(|&i| !(a.tokens[i].has(flag::LOWER) && BOUNDARY.has(a.word(i))))
        .any(|i| a.tokens[i].has(flag::LOWER) && is_title_word(a, lx, i))
}

/// The noun phrase after token `v_end` (after `said`), up to a boundary.
fn np_after(a: &Analysis<'_>, v_end: usize, hi: usize) -> Option<(usize, usize)> {
    let start = v_end;
    // `Asked whether his side had been short, he …`: a clause, not who.
    if start < hi && a.tokens[start].has(flag::LOWER) && CLAUSE_OPENERS.has(a.word(start)) {
        return None;
    }
    let mut j = v_end;
    while j < hi {
        let w = a.word(j);
        let t = a.tokens[j];
        if t.has(flag::PUNCT) && w != "," && w != "’" && w != "." && w != "-" {
            break;
        }
        if w == "." && !(j > start && name_dot_after(a.word(j - 1))) {
            break;
        }
        // `and` inside a name: `U.S. Customs and Border Protection`.
        // So is `for` or `of` after an organisation's noun: `the Office for
        // National Statistics`.
        let joins_name = (w == "and" || w == "&")
            && j > start
            && a.tokens[j - 1].has(flag::TITLE)
            && a.tokens.get(j + 1).is_some_and(|t| t.has(flag::TITLE))
            || org_of(a, j);
        if t.has(flag::LOWER) && BOUNDARY.has(w) && !joins_name {
            break;
        }
        // `according to a paper published on …`: a participle after a
        // common noun starts a clause about it.
        // So does `seen by` (`a Finance Ministry paper seen by DW`), but
        // not a noun before `by` (`a survey of women by Gallup`).
        if j > start
            && t.has(flag::LOWER)
            && (w.len() > 4 && w.ends_with("ed")
                || PARTICIPLES_EN.has(w) && j + 1 < hi && a.word(j + 1) == "by")
            && a.tokens[j - 1].has(flag::LOWER)
        {
            break;
        }
        j += 1;
    }
    while j > start && a.word(j - 1) == "," {
        j -= 1;
    }
    // `said farmer Luis Ortega, 67`: a comma not followed by a name ends it;
    // so does one followed by a name and more words (`According to court
    // filings, Solvane had …`: a clause, not an apposition).
    let clause_after = |k: usize| {
        let r = (k + 1..j).find(|&r| !a.tokens[r].has(flag::TITLE) && a.word(r) != ".");
        r.is_some_and(|r| a.tokens[r].has(flag::LOWER))
    };
    if let Some(k) = (start..j).find(|&k| {
        a.word(k) == ","
            && (!a.tokens.get(k + 1).is_some_and(|t| t.has(flag::TITLE)) || clause_after(k))
    }) {
        j = k;
    }
    (j > start).then_some((start, j))
}

/// Turns a noun phrase into a name: the trailing run of capitalised words
/// (titles dropped, honorifics kept) or, without one, the description
/// without its article.
fn name_of<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    np: (usize, usize),
    last_person: Option<&Agent<'t>>,
) -> Option<Agent<'t>> {
    let (s, mut e) = np;
    // `Alison Crewe KC`: letters after a name are no part of it.
    if e >= s + 3 && POSTNOMINALS.has(a.word(e - 1)) && a.tokens[e - 1].has(flag::UPPER) {
        e -= 1;
    }
    if e == s + 1 && PRONOUNS.has(a.word(s)) {
        return last_person.map(|p| agent_over(a, p.name, s, e, false));
    }
    // `Many urged the council …`: a quantity of people names nobody.
    if e == s + 1 && QUANTIFIERS.has(a.word(s)) {
        return None;
    }
    // `the Dutchman`, `the 28-year-old`: a description that only fits a
    // person, the one named last.
    if e == s + 2 && a.word(s).eq_ignore_ascii_case("the") {
        let w = a.word(s + 1);
        let demonym = a.tokens[s + 1].has(flag::TITLE)
            && !is_title_word(a, lx, s + 1)
            && w.len() > 6
            && (w.ends_with("man") || w.ends_with("woman"));
        if demonym || w.ends_with("-year-old") {
            return last_person.map(|p| agent_over(a, p.name, s, e, false));
        }
    }
    // `U.S. Secretary of State Marco Rubio`: a title with an `of` in it,
    // then a full name: the name is the agent.
    let has_of = (s + 1..e).any(|i| a.word(i) == "of");
    let of_title_end = lx.titles.filter(|_| has_of).and_then(|t| {
        (s..e)
            .filter_map(|j| {
                let n = a.lex_len_at(j, t).filter(|&n| n > 1)?;
                (j..j + n).any(|i| a.word(i) == "of").then_some(j + n)
            })
            .last()
    });
    if let Some(k) = of_title_end
        && (k..e).filter(|&i| a.word(i) != ".").count() >= 2
        && (k..e).all(|i| a.tokens[i].has(flag::TITLE) || a.word(i) == ".")
    {
        return Some(words_agent(a, k, e, true));
    }
    // `Carla Jimenez of the advocacy group Patients First`, `Sen. Raúl
    // Ibarra of New Mexico`: a person's name before `of` is the agent.
    if let Some(of) = (s + 1..e).find(|&i| a.word(i) == "of" && !org_of(a, i)) {
        let k = skip_titles(a, lx, s, of);
        let words = (k..of).filter(|&i| a.word(i) != ".").count();
        if words >= 2 && (k..of).all(|i| a.tokens[i].has(flag::TITLE) || a.word(i) == ".") {
            return Some(words_agent(a, k, of, true));
        }
    }
    // Trailing run of title-case words (with `Mr.`, `U.S.`, `’s` and `and`
    // between capitalised words allowed inside).
    let mut k = e;
    while k > s {
        let w = a.word(k - 1);
        let t = a.tokens[k - 1];
        let ok = t.has(flag::TITLE)
            || w == "." && k >= 2 && name_dot_after(a.word(k - 2))
            || (w == "-" || is_name_particle(w)) && k < e
            || (w == "and" || w == "&")
                && k < e
                && k >= 2
                && a.tokens[k - 2].has(flag::TITLE)
                && a.tokens[k].has(flag::TITLE)
            // A plural possessive inside a name: `Railworkers’ Federation`.
            || (w == "’" || w == "'")
                && k < e
                && k >= 2
                && a.tokens[k - 2].has(flag::TITLE)
                && a.word(k - 2).ends_with('s')
                && a.tokens[k - 2].end() == t.start()
                && a.tokens[k].has(flag::TITLE)
            || k < e && org_of(a, k - 1)
            || w == "the" && k < e && k >= 2 && org_join_len(a, k - 2) == 2
            // A mission is named by its place: `the US Embassy in Manila`.
            || w == "in"
                && k < e
                && k >= 2
                && a.tokens[k].has(flag::TITLE)
                && lower_in(a.word(k - 2), &["embassy", "consulate", "consulate-general"]);
        if !ok {
            break;
        }
        k -= 1;
    }
    // Drop titles and determiners at the front of the run, and a
    // dateline's dash (`(Tidewire) - Coinwren`).
    let mut k = skip_titles(a, lx, k, e);
    while k < e && matches!(a.word(k), "-" | "–" | "—") {
        k += 1;
    }
    let owned = past_owner_or_origin(a, k, e);
    if owned > k {
        k = skip_titles(a, lx, owned, e);
    }
    if k < e {
        let first_in_np = k == s;
        // A single capitalised word at the start of a longer phrase is just
        // the sentence's capital (`Shipping analysts`).
        if !(first_in_np && e - k == 1 && e < np.1) {
            return Some(words_agent(a, k, e, true));
        }
    }
    // `The Regional Schools Inspectorate’s report described …`: a
    // document speaks for whoever owns it.
    if e >= s + 2 && DOCUMENT_NOUNS.has(a.word(e - 1)) && a.tokens[e - 2].has(flag::TITLE) {
        let owner = a.word(e - 2);
        if let Some(bare) = strip_possessive(owner) {
            let mut k = e - 2;
            while k > s && a.tokens[k - 1].has(flag::TITLE) && !DETERMINERS.has(a.word(k - 1)) {
                k -= 1;
            }
            let from = a.tokens[k].start();
            let name = &a.text[from..a.tokens[e - 2].start() + bare.len()];
            return Some(Agent {
                name,
                start: from,
                end: a.tokens[e - 1].end(),
                verb: None,
                named: true,
            });
        }
    }
    // A description: drop leading determiners and counts.
    let mut d = s;
    while d < e && (DETERMINERS.has(a.word(d)) || a.tokens[d].has(flag::NUM_WORD)) {
        d += 1;
    }
    if d >= e {
        return None;
    }
    // `The regulator’s order says …`: a body's document speaks for the
    // body, found as `the regulator` would be.
    if d > s
        && e == d + 2
        && a.tokens[d].has(flag::LOWER)
        && DOCUMENT_NOUNS.has(a.word(d + 1))
        && let Some(owner) = strip_possessive(a.word(d))
        && (COMPANY_NOUNS.has(owner) || PUBLIC_BODY_NOUNS.has(owner))
    {
        let from = a.tokens[d].start();
        return Some(Agent {
            name: &a.text[from..from + owner.len()],
            start: a.tokens[s].start(),
            end: a.tokens[e - 1].end(),
            verb: None,
            named: false,
        });
    }
    // A title heading a description names a person: `the judge` the one
    // the text last called `Judge …` (`Judge Rosalind Achterberg`), else
    // (and `the US president`, where a modifier may tell another holder of
    // the title) the last person.
    // A spokesperson is a source of its own, not the person named last
    // (`a Coinwren spokeswoman` stays so).
    // `A councillor told me` is someone new: an indefinite article points
    // back at nobody.
    if d > s
        && is_title_word(a, lx, e - 1)
        && !is_spokesperson(a.word(e - 1))
        && !lower_in(a.word(s), &["a", "an", "one", "another"])
    {
        let titled = (d + 1 == e)
            .then(|| titled_name_before(a, a.word(d), s))
            .flatten();
        if let Some(name) = titled.or(last_person.map(|p| p.name)) {
            return Some(agent_over(a, name, s, e, false));
        }
    }
    // One noun after the article: `the statement said` speaks for whoever
    // last said something `in a statement`; `the committee` is the
    // organisation the text last named with that word (`Committee for
    // Humanitarian Transit`, `Interior Ministry`).
    if d > s && d + 1 == e {
        let noun = a.word(d);
        let source = if lower_in(noun, &["statement", "release"]) {
            statement_source(a, lx, noun, s, last_person).map(|ag| ag.name)
        } else if a.tokens[d].has(flag::LOWER) && ORG_WORDS.has(noun) {
            org_named_before(a, noun, s)
        } else {
            None
        };
        if let Some(name) = source {
            return Some(agent_over(a, name, s, e, false));
        }
    }
    Some(words_agent(a, d, e, false))
}

/// An agent called `name`, found at tokens `from..to`.
fn agent_over<'t>(
    a: &Analysis<'t>,
    name: &'t str,
    from: usize,
    to: usize,
    named: bool,
) -> Agent<'t> {
    Agent {
        name,
        start: a.tokens[from].start(),
        end: a.tokens[to - 1].end(),
        verb: None,
        named,
    }
}

/// An agent named by its own words, tokens `from..to`.
fn words_agent<'t>(a: &Analysis<'t>, from: usize, to: usize, named: bool) -> Agent<'t> {
    let name = a.tokens_text(from, to);
    agent_over(a, name, from, to, named)
}

/// The agent of the last `X said in a statement` (or whatever document
/// `noun` is: `In a press release, X said`) before token `before`.
fn statement_source<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    noun: &str,
    before: usize,
    last_person: Option<&Agent<'t>>,
) -> Option<Agent<'t>> {
    let verbs = lx.verbs?;
    let from = window_from(before);
    // `X said in a statement`, or `In a statement, X said`; `in a press
    // release`, `in a written statement`.
    let (v, lo) = (from.max(2)..before).rev().find_map(|k| {
        if !a.word(k).eq_ignore_ascii_case(noun) {
            return None;
        }
        let adj = usize::from(lower_in(
            a.word(k - 1),
            &["press", "written", "joint", "brief"],
        ));
        let det = k.checked_sub(1 + adj)?;
        let in_at = det.checked_sub(1)?;
        if !(lower_in(a.word(det), &["a", "its", "their", "his", "her"])
            && a.word(in_at).eq_ignore_ascii_case("in"))
        {
            return None;
        }
        let (lo, hi) = a.sent_tokens(a.sentence_at(a.tokens[k].start())?);
        if in_at >= 1 && a.lex_len_at(in_at - 1, verbs).is_some() {
            return Some((in_at - 1, lo));
        }
        if in_at == lo && a.word(k + 1) == "," {
            let v = (k + 2..hi.min(k + 12)).find(|&v| a.lex_len_at(v, verbs).is_some())?;
            return Some((v, k + 2));
        }
        None
    })?;
    let np = np_before(a, lx, lo, v)?;
    name_of(a, lx, np, last_person)
}

/// Is token `i` an `of`/`for` inside an organisation's name: after a
/// capitalised organisation word, before a capitalised word (`Federation
/// of Industries`, `Bank of England`, `Committee for Humanitarian Transit`)?
/// Or an `on` after a body that deliberates (`Intergovernmental Panel on
/// Climate Change`, `Commission on Human Rights`).
fn org_of(a: &Analysis<'_>, i: usize) -> bool {
    org_join_len(a, i) > 0
}

/// How many words join an organisation's name at token `i` (see
/// [`org_of`]): 1 for `of`, `for` or `on`; 2 for `of the` (`Office of
/// the Fire Marshal`, `Department of the Treasury`); 0 for none.
fn org_join_len(a: &Analysis<'_>, i: usize) -> usize {
    let before = if i >= 1 { a.word(i - 1) } else { "" };
    let w = a.word(i);
    let joins = match w {
        w if lower_in(w, &["of", "for"]) => {
            ORG_WORDS.has(before) || w.eq_ignore_ascii_case("for") && FOR_NAMES.has(before)
        }
        "on" => DELIBERATIVE_BODIES.has(before),
        _ => false,
    };
    if !joins || i == 0 || !a.tokens[i - 1].has(flag::TITLE) {
        return 0;
    }
    let n = if w == "of" && a.word(i + 1) == "the" {
        2
    } else {
        1
    };
    if a.tokens.get(i + n).is_some_and(|t| t.has(flag::TITLE)) && !lower_in(a.word(i + n), &["the"])
    {
        n
    } else {
        0
    }
}

/// Words that open a name going on with `for`, though no organisation's
/// last word: campaigns of a group of people (`Parents for School Food`,
/// `Doctors for the Environment`) and a few public bodies (`Transport for
/// London`, `Crime Survey for England and Wales`).
static FOR_NAMES: WordSet = WordSet::new(&[
    "parents",
    "families",
    "mothers",
    "citizens",
    "doctors",
    "nurses",
    "scientists",
    "lawyers",
    "veterans",
    "students",
    "teachers",
    "women",
    "campaign",
    "transport",
    "survey",
    "headquarters",
]);

/// Bodies that deliberate, whose names go on with `on` (`Panel on Climate
/// Change`).
static DELIBERATIVE_BODIES: WordSet = WordSet::new(&[
    "panel",
    "commission",
    "committee",
    "council",
    "conference",
    "convention",
    "forum",
]);

/// Is the `and` at token `i` inside an organisation's name: the run of
/// capitalised words before it follows an organisation's `of` or `for`
/// (within tokens from `lo`), and one word that is no title or honorific
/// ends the name after it (`Centers for Disease Control and Prevention`,
/// not `the Bank of England and Governor Andrew Bailey`)?
fn org_tail(a: &Analysis<'_>, lx: AttrLexicons, lo: usize, i: usize, end: usize) -> bool {
    if end != i + 2 || is_title_word(a, lx, i + 1) || HONORIFICS.has(a.word(i + 1)) {
        return false;
    }
    let mut k = i;
    while k > lo && a.tokens[k - 1].has(flag::TITLE) {
        k -= 1;
    }
    k < i && k > lo && org_of(a, k - 1)
}

/// How many tokens back a name the text gave before is looked for (`the
/// judge` → `Judge …`).
const TITLE_WINDOW: usize = 1_000;

/// Where the look back from token `before` stops (see [`TITLE_WINDOW`]).
fn window_from(before: usize) -> usize {
    before.saturating_sub(TITLE_WINDOW)
}

/// Is token `i` `word` (any case), with flag `with`: a mention of what
/// the text now calls by `word`? The functions below look back for one
/// from the nearest on.
#[inline(always)]
fn is_mention(a: &Analysis<'_>, i: usize, word: &str, with: u16) -> bool {
    a.tokens[i].has(with) && a.word(i).eq_ignore_ascii_case(word)
}

/// The last name before token `before` of two or more capitalised words
/// with `noun` among them (`the ministry` → `Interior Ministry`).
fn org_named_before<'t>(a: &Analysis<'t>, noun: &str, before: usize) -> Option<&'t str> {
    let from = window_from(before);
    let cap = |i: usize| a.tokens[i].has(flag::TITLE) && !lower_in(a.word(i), &["the", "a", "an"]);
    (from..before).rev().find_map(|i| {
        // `WHAT DOES THE COMPANY SAY?`: a heading in capitals names nobody.
        if !is_mention(a, i, noun, flag::TITLE) || a.tokens[i].has(flag::UPPER) {
            return None;
        }
        let mut s = i;
        while s > from && cap(s - 1) {
            s -= 1;
        }
        let e = org_name_end(a, i + 1, before, cap);
        (e - s >= 2).then(|| a.tokens_text(s, e))
    })
}

/// Where an organisation's name running from token `e` ends, before
/// `limit`: over the words `cap` accepts and `of` joins (`Bank of Japan`).
fn org_name_end(
    a: &Analysis<'_>,
    mut e: usize,
    limit: usize,
    cap: impl Fn(usize) -> bool,
) -> usize {
    let mut of = false;
    while e < limit {
        if cap(e) {
            e += 1;
        } else if let n @ 1.. = org_join_len(a, e)
            && e + n < limit
        {
            e += n + 1;
            of = true;
        } else if of
            // `Ministry of Human Resources and Emiratisation`: one word
            // after `and` ends a name with `of` in it.
            && a.word(e) == "and"
            && e + 1 < limit
            && cap(e + 1)
            && (e + 2 == limit || !cap(e + 2))
        {
            e += 2;
        } else {
            break;
        }
    }
    e
}

/// The name that last followed `title` used as a capitalised honorific
/// before token `before` (`Judge Rosalind Achterberg` → `Rosalind
/// Achterberg`; `Prince Faisal` keeps its style), if any.
fn titled_name_before<'t>(a: &Analysis<'t>, title: &str, before: usize) -> Option<&'t str> {
    (window_from(before)..before).rev().find_map(|i| {
        if !is_mention(a, i, title, flag::TITLE) {
            return None;
        }
        let mut j = i + 1;
        // `Sheikh Tamim bin Hamad Al Thani`: a particle inside the name.
        while j < before
            && (a.tokens[j].has(flag::TITLE) && !a.tokens[j].has(flag::UPPER)
                || j > i + 1
                    && j + 1 < before
                    && is_name_particle(a.word(j))
                    && a.tokens[j + 1].has(flag::TITLE))
        {
            j += 1;
        }
        // `the prince` is `Prince Faisal`: a style stays with the name.
        let from = if NAME_STYLES.has(title) { i } else { i + 1 };
        (j > i + 1).then(|| a.tokens_text(from, j))
    })
}

/// The first token in `k..e` after leading titles (with their full stop:
/// `Sen.`) and determiners.
fn skip_titles(a: &Analysis<'_>, lx: AttrLexicons, k: usize, e: usize) -> usize {
    let skip = |mut k: usize| {
        while k < e {
            // A title of several words (`Secretary of State`) is skipped whole.
            let title = lx.titles.and_then(|t| a.lex_len_at(k, t));
            // `Prince Faisal`, `Sheikh Mohamed`, `Pope Leo`: a royal or
            // religious style before a name is part of it.
            if title.is_some() && k + 1 < e && is_style_before_name(a, k) {
                break;
            }
            if title.is_none() && !DETERMINERS.has(a.word(k)) {
                break;
            }
            k = (k + title.unwrap_or(1)).min(e);
            if k < e && a.word(k) == "." && TITLE_ABBREVS.has(a.word(k - 1)) {
                k += 1;
            }
        }
        k
    };
    // `Transport Minister Sarah Lindqvist`, `Opposition Sen. Tomas
    // Ferreira`, `Assistant U.S. Attorney Kevin Lam`: up to three
    // capitalised words qualifying a title; dropped with it when a full
    // name (two words or more) follows. After a title, again: `Chief Fire
    // Officer Nadia Ferreira-Holt`.
    let qualified = |k: usize| -> Option<usize> {
        let mut words = 0;
        for m in k + 1..e {
            let before = a.word(m - 1);
            if before != "." {
                words += 1;
            }
            if words > QUALIFIER_WORDS || !(a.tokens[m - 1].has(flag::TITLE) || before == ".") {
                return None;
            }
            if is_title_word(a, lx, m) {
                let r = skip(m);
                let rest = (r..e).filter(|&i| a.word(i) != ".").count();
                return (rest >= 2 && (r..e).all(|i| is_name_token(a, i, e))).then_some(r);
            }
        }
        None
    };
    let after = skip(k);
    if after > k {
        return qualified(after).unwrap_or(after);
    }
    qualified(k).unwrap_or(k)
}

/// Most capitalised words that qualify a title before a name (`Assistant
/// U.S. Attorney`).
const QUALIFIER_WORDS: usize = 3;

/// Styles that stay with the name they precede (`Prince Faisal`), though
/// alone they are titles (`the prince said`).
static NAME_STYLES: WordSet = WordSet::new(&[
    "prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "pope", "sultan",
]);

/// True when token `k` is a capitalised [`NAME_STYLES`] word before a
/// capitalised word.
fn is_style_before_name(a: &Analysis<'_>, k: usize) -> bool {
    a.tokens[k].has(flag::TITLE)
        && NAME_STYLES.has(a.word(k))
        && a.tokens.get(k + 1).is_some_and(|t| t.has(flag::TITLE))
}

/// A lower-case particle inside a name (`bin`, `al`, `de`, `van`, `von`,
/// `di`, `da`, `dos`, `del`, `della`, `du`, `der`: `Maria Aparecida dos
/// Santos`, `Istituto Superiore di Sanità`).
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "al"
            | "de"
            | "van"
            | "von"
            | "di"
            | "del"
            | "della"
            | "da"
            | "dos"
            | "das"
            | "du"
            | "der"
    )
}

/// True when token `i` (before `e`) can be part of a person's name: a
/// capitalised word, an initial's full stop, or a particle inside the name
/// (see [`is_name_particle`]).
fn is_name_token(a: &Analysis<'_>, i: usize, e: usize) -> bool {
    a.tokens[i].has(flag::TITLE)
        || a.word(i) == "."
        || i + 1 < e && (is_name_particle(a.word(i)) || a.word(i) == "-")
}

/// Where a name starts once an owner or a place before it is dropped:
/// `Al Jazeera’s Hiba Morgan` (a possessive before a full name: the agent
/// of a reporting verb is a person, not a thing the owner has),
/// `Riyadh-based Jadwa Investment`, `German-born Anna Weiss`.
fn past_owner_or_origin(a: &Analysis<'_>, k: usize, e: usize) -> usize {
    let mut k = k;
    while k + 1 < e && ORIGIN_SUFFIXES.iter().any(|x| a.word(k).ends_with(x)) {
        k += 1;
    }
    if let Some(p) = (k..e).rev().find(|&i| is_possessive(a.word(i))) {
        let words = (p + 1..e).filter(|&i| a.word(i) != ".").count();
        if (2..=4).contains(&words)
            && (p + 1..e).all(|i| is_name_token(a, i, e))
            && !ORG_WORDS.has(a.word(e - 1))
        {
            return p + 1;
        }
    }
    k
}

/// Endings of a capitalised word that places what follows (`Riyadh-based`).
const ORIGIN_SUFFIXES: &[&str] = &["-based", "-born", "-headquartered", "-listed"];

/// True when the reporting verb at token `v` sits in a subordinate clause
/// (`after Zelensky warned`, `While the US president said`): the words
/// before it back to a boundary start with, or follow, a subordinator.
fn in_subordinate_clause(a: &Analysis<'_>, lo: usize, v: usize) -> bool {
    let mut k = v;
    while k > lo && v - k < 8 {
        let t = a.tokens[k - 1];
        let w = a.word(k - 1);
        if t.has(flag::PUNCT) && w != "." && w != "’" {
            break;
        }
        if SUBORDINATORS.has(w) {
            return true;
        }
        if t.has(flag::LOWER) && BOUNDARY.has(w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// The agent of a reporting verb at tokens `v.0..v.1`, within tokens `lo..hi`.
pub fn agent_of_verb<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    v: (usize, usize),
    lo: usize,
    hi: usize,
    last_person: Option<&Agent<'t>>,
) -> Option<Agent<'t>> {
    let verb_word = a.word(v.0);
    if negated(a, lo, v.0) {
        return None;
    }
    let after_first = verb_word.eq_ignore_ascii_case("according");
    // `”, said X` or `said X` at the start: the agent follows.
    let prev = (lo..v.0).rev().find(|&i| a.word(i) != ",");
    let inverted = after_first
        || prev.is_none()
        || prev.is_some_and(|i| matches!(a.word(i), "”" | "\"" | "’" | "'" | "»"));
    // `Ortiz rejected the request, saying …`: a participle after a comma
    // reports for the sentence's subject.
    if !inverted
        && verb_word.len() > 4
        && verb_word.ends_with("ing")
        && v.0 > lo
        && a.word(v.0 - 1) == ","
    {
        let mut ag = subject(a, lx, lo, v.0, last_person)?;
        ag.verb = Some((a.tokens[v.0].start(), a.tokens[v.1 - 1].end()));
        return Some(ag);
    }
    // A verb in a subordinate or relative clause (`after Zelensky warned`,
    // `who asked not to be named`) is not the sentence's attribution.
    // `Governor François Villeroy de Galhau, who told the radio station
    // that …`: the person the relative clause is about speaks.
    // Only verbs of speech with content: `who denied the charges`, `who
    // asked not to be named` tell of the person, not what they said.
    if !inverted
        && v.0 >= lo + 2
        && lower_in(
            verb_word,
            &["said", "says", "told", "tells", "wrote", "writes"],
        )
        && a.word(v.0 - 1).eq_ignore_ascii_case("who")
        && a.word(v.0 - 2) == ","
        && let Some(np) = np_before(a, lx, lo, v.0 - 2)
        && let Some(mut ag) = name_of(a, lx, np, last_person).filter(|ag| ag.named)
    {
        ag.verb = Some((a.tokens[v.0].start(), a.tokens[v.1 - 1].end()));
        return Some(ag);
    }
    // `what it called the government’s failure`: a free relative clause
    // names a thing, not who speaks.
    if !inverted
        && (in_subordinate_clause(a, lo, v.0)
            || v.0 > lo && lower_in(a.word(v.0 - 1), &["who", "which", "that"])
            || v.0 > lo + 1
                && a.word(v.0 - 2).eq_ignore_ascii_case("what")
                && PRONOUNS.has(a.word(v.0 - 1)))
    {
        return None;
    }
    // `Parents told to stop using the seats` (a headline's `are told to`):
    // passive, and whoever told them is not named.
    if verb_word.eq_ignore_ascii_case("told") && v.1 < hi && a.word(v.1) == "to" {
        return None;
    }
    // `recalled 412,000 packages`: a product recall, no speech.
    if verb_word.eq_ignore_ascii_case("recalled")
        && a.tokens.get(v.1).is_some_and(|t| t.has(flag::LIKE_NUM))
    {
        return None;
    }
    // `beating analysts’ estimates`: after a possessive the word is a noun.
    // (`Moody’s said`, `McDonald's reported`: a name.)
    if v.0 > lo
        && (matches!(a.word(v.0 - 1), "’" | "'") || {
            let w = a.word(v.0 - 1);
            is_possessive(w) && a.tokens[v.0 - 1].has(flag::LOWER)
        })
    {
        return None;
    }
    let verb_span = Some((a.tokens[v.0].start(), a.tokens[v.1 - 1].end()));
    // `The woman’s condition was described as serious`: a passive verb's
    // subject is not its speaker; the agent is after `by`, if anywhere.
    if !inverted && is_passive(a, lo, v.0) {
        let by = (v.1 < hi && a.word(v.1) == "by")
            .then(|| np_after(a, v.1 + 1, hi))
            .flatten()?;
        let mut ag = name_of(a, lx, by, last_person)?;
        ag.verb = verb_span;
        return Some(ag);
    }
    // `with 4,210 confirmed cases`: a number before the verb makes it a
    // participle counting things, with no agent.
    let np_before_verb = if inverted {
        None
    } else {
        np_before(a, lx, lo, v.0).map(|np| relative_subject(a, lx, lo, np).unwrap_or(np))
    };
    if np_before_verb.is_some_and(|(s, e)| {
        (s..e).all(|i| {
            let t = a.tokens[i];
            t.has(flag::LIKE_NUM) && !t.has(flag::NUM_WORD) || t.has(flag::PUNCT)
        })
    }) {
        return None;
    }
    // `He made similar comments and called Zelensky a “dictator”`: a verb
    // joined to an earlier one shares its subject; the words after it are
    // its object, not its agent.
    if !inverted
        && np_before_verb.is_none()
        && v.0 > lo
        && lower_in(a.word(v.0 - 1), &["and", "but", "then"])
    {
        let mut ag = subject(a, lx, lo, v.0, last_person)?;
        ag.verb = verb_span;
        return Some(ag);
    }
    // `A person familiar with the talks said`: the unnamed source, not
    // what it is familiar with.
    if let Some((s, e)) = np_before_verb
        && let Some(head) = unnamed_source_head(a, lo, s)
    {
        let mut ag = agent_over(a, a.tokens_text(head, e), head, e, false);
        ag.verb = verb_span;
        return Some(ag);
    }
    // Not inverted, the words after the verb are its agent only after a
    // comma (`…, said Jane Doe`) or when they name someone (`reported
    // difficulty hearing` is an object).
    let named_after =
        |np: &(usize, usize)| a.tokens[np.0].has(flag::TITLE) || DETERMINERS.has(a.word(np.0));
    // `…, said a person briefed on the talks`: after a comma an unnamed
    // source after the verb is its agent (a name after the comma may be
    // the speaker's apposition: `Marta Kell, a fund manager, said`).
    let tag_after = (!inverted && v.0 > lo && v.1 < hi && a.word(v.0 - 1) == ",")
        .then(|| unnamed_source_after(a, (v.1, v.1 + 1), hi))
        .flatten()
        .map(|(_, end)| (v.1, end));
    let mut np = if inverted {
        np_after(a, v.1, hi).or_else(|| np_before(a, lx, lo, v.0))
    } else if tag_after.is_some() {
        tag_after
    } else {
        np_before_verb.or_else(|| {
            np_after(a, v.1, hi).filter(|np| {
                v.0 > lo && matches!(a.word(v.0 - 1), "," | "—" | "–") || named_after(np)
            })
        })
    }?;
    // `according to data compiled by LSEG`, `a report published on
    // Wednesday by the Health Standards Council`: the named source after
    // `by`.
    if after_first
        && np.0 >= v.1
        && !(np.0..np.1).any(|i| a.tokens[i].has(flag::TITLE))
        && let Some(by) = named_source_after(a, np.1, hi)
    {
        np = by;
    }
    // `Of the 5,800 planets confirmed …`: a phrase that opens with a
    // preposition is no subject; the verb is a participle.
    if !inverted
        && np.1 <= v.0
        && lower_in(
            a.word(np.0),
            &["of", "in", "on", "at", "for", "from", "with", "among", "by"],
        )
    {
        return None;
    }
    // `one of the officials said`: the officials (an earlier description
    // of them is found later).
    if np.1 >= np.0 + 3
        && a.word(np.0 + 1) == "of"
        && (a.tokens[np.0].has(flag::NUM_WORD) || QUANTIFIERS.has(a.word(np.0)))
        && DETERMINERS.has(a.word(np.0 + 2))
    {
        np.0 += 2;
    }
    if np.0 >= v.1
        && let Some((head, end)) = unnamed_source_after(a, np, hi)
    {
        let mut ag = agent_over(a, a.tokens_text(head, end), head, end, false);
        ag.verb = verb_span;
        return Some(ag);
    }
    let mut ag = name_of(a, lx, np, last_person)?;
    ag.verb = verb_span;
    Some(ag)
}

/// Nouns for a source left unnamed (`a person familiar with …`).
static UNNAMED_SOURCES: WordSet = WordSet::new(&[
    "person",
    "people",
    "source",
    "sources",
    "official",
    "officials",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "executive",
    "executives",
    "someone",
]);

/// Is `w` a noun for a source left unnamed (`person`, `sources`)?
pub fn is_unnamed_source_noun(w: &str) -> bool {
    UNNAMED_SOURCES.has(w)
}

/// When the noun phrase at token `s` completes an unnamed source (`a
/// person familiar with | the talks`, `a source close to | the inquiry`,
/// `officials with knowledge of | the plan`, `people briefed on | it`), the
/// token of the source's noun (not before `lo`).
fn unnamed_source_head(a: &Analysis<'_>, lo: usize, s: usize) -> Option<usize> {
    // The noun two to four tokens back, its link reaching the phrase (or,
    // `officials with | knowledge of the talks`, inside it).
    (s.saturating_sub(4).max(lo)..s.saturating_sub(1))
        .rev()
        .find(|&h| source_link(a, h + 1).is_some_and(|n| h + 1 + n >= s))
        .filter(|&h| UNNAMED_SOURCES.has(a.word(h)))
}

/// The tokens of an unnamed source's link to what it knows about at token
/// `i`: `familiar with`, `close to`, `briefed on` (2), `with knowledge of` (3).
fn source_link(a: &Analysis<'_>, i: usize) -> Option<usize> {
    match (a.word(i), a.word(i + 1)) {
        ("familiar", "with") | ("close", "to") | ("briefed", "on") => Some(2),
        ("with", "knowledge") if a.word(i + 2) == "of" => Some(3),
        _ => None,
    }
}

/// When the noun phrase `np` (after a verb: `according to people
/// familiar`) opens an unnamed source, the source's noun and the end of
/// its description (`people familiar with the matter`).
fn unnamed_source_after(a: &Analysis<'_>, np: (usize, usize), hi: usize) -> Option<(usize, usize)> {
    // The link after the noun is tested first: it rules out nearly every
    // phrase.
    let object_after = |head: usize| {
        source_link(a, head + 1)
            .map(|n| head + 1 + n)
            .filter(|&o| o < hi)
    };
    let k = np.0;
    let (head, object) = if let Some(o) = object_after(k) {
        (k, o)
    } else {
        let o = object_after(k + 1)?;
        (DETERMINERS.has(a.word(k)) || a.tokens[k].has(flag::LIKE_NUM)).then_some((k + 1, o))?
    };
    if !UNNAMED_SOURCES.has(a.word(head)) {
        return None;
    }
    let (_, end) = np_after(a, object, hi)?;
    Some((head, end))
}

/// The named source of a document (`data compiled by LSEG`, `figures
/// from Eurostat`, `a tracker kept by the trade body Tech Halbridge`), as
/// the noun phrase after `by` or `from`, when the words at token `at` lead
/// to one: a participle and at most four words of its own (`published on
/// Wednesday`), or the preposition itself.
fn named_source_after(a: &Analysis<'_>, at: usize, hi: usize) -> Option<(usize, usize)> {
    let w = a.word(at);
    let participle = a.tokens.get(at).is_some_and(|t| t.has(flag::LOWER))
        && (w.len() > 4 && w.ends_with("ed")
            || lower_in(w, &["kept", "run", "made", "drawn", "held"]));
    let by = if participle {
        (at + 1..hi.min(at + 6))
            .take_while(|&k| !a.tokens[k].has(flag::PUNCT))
            .find(|&k| matches!(a.word(k), "by" | "from"))?
    } else {
        at
    };
    if !matches!(a.word(by), "by" | "from") {
        return None;
    }
    // The name right after, or after `the` and a description (`the trade
    // body Tech Halbridge`) when the source is `by` someone.
    // `from the UK Health Security Agency`: a name after `the`.
    let mut k = by + 1;
    if a.word(k).eq_ignore_ascii_case("the") {
        k += 1;
        while a.word(by) == "by"
            && k < hi.min(by + 5)
            && a.tokens[k].has(flag::LOWER)
            && !BOUNDARY.has(a.word(k))
        {
            k += 1;
        }
    }
    if !a.tokens.get(k).is_some_and(|t| t.has(flag::TITLE)) {
        return None;
    }
    np_after(a, by + 1, hi)
}

/// Is the verb at token `v` a passive participle (`was described`, `were
/// told`, `has been reported`)?
fn is_passive(a: &Analysis<'_>, lo: usize, v: usize) -> bool {
    let w = a.word(v);
    let participle = w.len() > 4 && w.ends_with("ed") || lower_in(w, &["told", "said", "shown"]);
    let mut k = v;
    // Adverbs between: `was widely reported`, `is also said`.
    while k > lo
        && a.tokens[k - 1].has(flag::LOWER)
        && (a.word(k - 1).ends_with("ly")
            || lower_in(
                a.word(k - 1),
                &[
                    "also",
                    "not",
                    "never",
                    "often",
                    "sometimes",
                    "still",
                    "now",
                    "once",
                ],
            ))
    {
        k -= 1;
    }
    participle
        && k > lo
        && lower_in(
            a.word(k - 1),
            &["was", "were", "is", "are", "been", "be", "being"],
        )
}

/// How a spokesperson's word ends after `spokes` (`spokeswoman`,
/// `spokesmen`, `spokespeople`).
const SPOKES_ENDS: [&str; 4] = ["man", "men", "person", "people"];

/// Does `w` end as a spokesperson's word does (any case)? A quick test
/// before any other: most names do not.
#[inline]
fn ends_as_spokesperson(w: &str) -> bool {
    // Every ending ends in `n` or `e`: most names are ruled out by a byte.
    matches!(w.as_bytes().last(), Some(b'n' | b'N' | b'e' | b'E'))
        && SPOKES_ENDS.iter().any(|e| {
            w.get(w.len().saturating_sub(e.len())..)
                .is_some_and(|t| t.eq_ignore_ascii_case(e))
        })
}

/// Is `w` a spokesperson's word (`spokesman`, `Spokeswoman`,
/// `spokesperson`, `spokespeople`)?
fn is_spokesperson(w: &str) -> bool {
    w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("spokes")) && ends_as_spokesperson(w)
}

/// Nouns by which a business story refers back to its company (`the
/// airline said`).
static COMPANY_NOUNS: WordSet = WordSet::new(&[
    "company",
    "firm",
    "airline",
    "carrier",
    "lender",
    "insurer",
    "retailer",
    "operator",
    "manufacturer",
    "carmaker",
    "maker",
    "startup",
    "app",
    "platform",
    "broadcaster",
    "chain",
    "group",
    "bank",
    "charity",
    "watchdog",
    "regulator",
    "utility",
    "distributor",
    "supplier",
    "force",
]);

/// Public bodies, spoken of as companies are (`the agency said`).
static PUBLIC_BODY_NOUNS: WordSet = WordSet::new(&[
    "agency",
    "ministry",
    "department",
    "union",
    "council",
    "commission",
    "authority",
    "board",
    "institute",
    "organisation",
    "organization",
    "bureau",
    "centre",
    "center",
    "association",
    "federation",
    "office",
]);

/// Does `name` name another kind of body than `noun`: for a public body,
/// a name not made as a body's is, for a company, a public body's name
/// (`Union of Airline Pilots` for `the airline`)?
pub fn names_other_kind(name: &str, noun: &str) -> bool {
    if PUBLIC_BODY_NOUNS.has(noun) {
        // A body's name has the noun in it (`UK Health Security Agency`),
        // `of` or `for` (`Centers for Disease Control and Prevention`), or
        // is an abbreviation (`CDC`); `Boeing`, `DeSantis`, `Full Plate
        // Trust` and a campaign (`Parents for School Food`) are no agency,
        // department or council.
        let mut before = "";
        let body = name.split(' ').any(|w| {
            let joins = matches!(w, "of" | "for") && !FOR_NAMES.has(before);
            before = w;
            joins || w.eq_ignore_ascii_case(noun)
        }) || name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase());
        return !body;
    }
    // `the group`, `the charity`, `the watchdog`: any body may be one.
    !lower_in(
        noun,
        &["group", "charity", "watchdog", "regulator", "force"],
    ) && name
        .split(' ')
        .any(|w| PUBLIC_BODY_NOUNS.has(w) && !w.eq_ignore_ascii_case(noun))
}

/// The organisation the text last described with `noun` before token
/// `before`: the noun then the name (`the state operator RFN`), or the
/// name, a comma, an article and the noun (`Full Plate Trust, a charity
/// that …`). What `the operator said` means before the last organisation
/// to speak.
pub fn org_described_before<'t>(a: &Analysis<'t>, noun: &str, before: usize) -> Option<&'t str> {
    let from = window_from(before);
    (from..before).rev().find_map(|i| {
        if !is_mention(a, i, noun, flag::LOWER) {
            return None;
        }
        let e = (i + 1..before)
            .find(|&k| !a.tokens[k].has(flag::TITLE))
            .unwrap_or(before);
        if e > i + 1 {
            return Some(a.tokens_text(i + 1, e));
        }
        if i >= from + 3 && lower_in(a.word(i - 1), &["a", "an", "the"]) && a.word(i - 2) == "," {
            let e = i - 2;
            let mut s = e;
            while s > from && a.tokens[s - 1].has(flag::TITLE) {
                s -= 1;
            }
            // A name of one word needs the sentence's capital to be no part of it.
            if s < e
                && (e - s >= 2
                    || a.tokens[s].has(flag::UPPER)
                    || s > from && !a.tokens[s - 1].has(flag::PUNCT))
            {
                return Some(a.tokens_text(s, e));
            }
        }
        None
    })
}

/// Nouns of surveys and data whose author a `by` names.
static SOURCE_NOUNS: WordSet = WordSet::new(&[
    "survey",
    "poll",
    "study",
    "report",
    "analysis",
    "data",
    "figures",
    "estimates",
    "research",
    "review",
    "audit",
    "census",
    "forecast",
    "projections",
    "scans",
    "tests",
    "calculations",
    "tally",
    "analyses",
    "investigation",
]);

/// Participles before the `by` that names who made a survey or data.
static SOURCE_PARTICIPLES: WordSet = WordSet::new(&[
    "polled",
    "surveyed",
    "released",
    "published",
    "conducted",
    "compiled",
    "commissioned",
    "issued",
    "produced",
    "gathered",
    "collected",
]);

/// The source a sentence's subject names with `by` (`A survey by
/// Infratest dimap put the AfD on 26%`, `Data released by the Ghana
/// Statistical Service showed`): the claimant of a sentence with no
/// reporting verb. (`Economists polled by Reuters had expected` is the
/// economists' view, which the held-out sets leave to the outlet.)
pub fn source_by<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    t0: usize,
    t1: usize,
) -> Option<Agent<'t>> {
    let b = (t0 + 1..(t0 + 8).min(t1)).find(|&k| a.word(k) == "by")?;
    let before = a.word(b - 1);
    // The subject alone comes before it: words, no clause.
    if !(SOURCE_NOUNS.has(before) || SOURCE_PARTICIPLES.has(before))
        || !(t0..b).any(|k| SOURCE_NOUNS.has(a.word(k)))
        || (t0..b).any(|k| a.tokens[k].has(flag::PUNCT))
    {
        return None;
    }
    named_body_at(a, lx, b + 1, t1)
}

/// The organisation named from token `s` (after `by` or `from`), an
/// article skipped, before `limit` (`the Ghana Statistical Service`,
/// `Banking & Payments Federation Ireland`).
fn named_body_at<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    mut s: usize,
    limit: usize,
) -> Option<Agent<'t>> {
    if s < limit && a.word(s).eq_ignore_ascii_case("the") {
        s += 1;
    }
    let e = org_name_end(a, s, limit, |k| {
        a.tokens[k].has(flag::TITLE) || a.word(k) == "&"
    });
    if e == s {
        return None;
    }
    full_name(a, lx, s, e)
}

/// Records and documents that `show` what a sentence says (`Court
/// records show`, `…, jail records show.`), besides [`SOURCE_NOUNS`].
static RECORD_NOUNS: WordSet = WordSet::new(&["records", "documents", "filings", "logs"]);

/// The source a sentence's subject names with `show` (`Court records show
/// Whitcomb was convicted …`, `…, jail records show.`, `Figures from
/// Banking & Payments Federation Ireland showed …`): the claimant of a
/// sentence with no reporting verb. The records themselves, or the body
/// named after `from`; `the figures show` names nobody.
pub fn source_shows<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    t0: usize,
    t1: usize,
) -> Option<Agent<'t>> {
    if t1 <= t0 + 1 {
        return None;
    }
    // Most sentences have no `show`: one search of their text says so.
    let (b0, b1) = (a.tokens[t0].start(), a.tokens[t1 - 1].end());
    if !a.text[b0..b1].contains("show") {
        return None;
    }
    let v = (t0 + 1..t1).find(|&k| {
        a.tokens[k].has(flag::LOWER) && lower_in(a.word(k), &["show", "shows", "showed", "shown"])
    })?;
    // `figures from BPFI (…) showed`: the body after `from`.
    if let Some(f) = (v.saturating_sub(12).max(t0 + 1)..v).find(|&k| a.word(k) == "from")
        && SOURCE_NOUNS.has(a.word(f - 1))
        && !(f + 1..v).any(|k| a.tokens[k].has(flag::LOWER) && BOUNDARY.has(a.word(k)))
        && let Some(body) = named_body_at(a, lx, f + 1, v)
    {
        return Some(body);
    }
    let head = a.word(v - 1);
    if !(SOURCE_NOUNS.has(head) || RECORD_NOUNS.has(head)) || !a.tokens[v - 1].has(flag::ALPHA) {
        return None;
    }
    // The subject: up to three words before the noun, back to the sentence
    // start or a comma; an article or determiner opens it.
    let mut s = v - 1;
    while s > t0 && v - s < 4 {
        let t = a.tokens[s - 1];
        if t.has(flag::PUNCT) || DETERMINERS.has(a.word(s - 1)) || BOUNDARY.has(a.word(s - 1)) {
            break;
        }
        s -= 1;
    }
    let opens = s == t0 || a.word(s - 1) == "," || DETERMINERS.has(a.word(s - 1));
    // `the figures show` names nobody: the noun needs a word before it,
    // one naming whose they are (`LSEG data`, `Court records`) or, for
    // records, where they are kept (`jail records`); `official data` and
    // `the authority's own figures` name no one the text can give.
    // A sentence's first word has its capital anyway (`Official data
    // showed`, `New figures show`): there it names an owner only when the
    // text capitalises it inside a sentence too (`Eurostat data showed`).
    let owner = (s..v - 1).any(|k| {
        a.tokens[k].has(flag::TITLE) && (k > t0 || named_inside_sentence(a.text, a.word(k)))
    });
    if !opens
        || s == v - 1
        || !(owner || RECORD_NOUNS.has(head))
        || (s..v).any(|k| is_possessive(a.word(k)))
    {
        return None;
    }
    let ag = words_agent(a, s, v, owner);
    // `LSEG data` speaks for LSEG; records stay records.
    Some(match document_owner(ag.name) {
        Some(name) => Agent { name, ..ag },
        None => ag,
    })
}

/// Does `text` write `name` inside a sentence somewhere, after a word or
/// a comma (`Shares of Norvale`, `said Eurostat`), where a capital is the
/// name's own and not the sentence's?
fn named_inside_sentence(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let inside = text[..i]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '(' | '—'));
        let whole = text[i + name.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        inside && whole
    })
}

/// The organisation a spokesperson speaks for (`a Patients’ Forum
/// spokesperson` → `Patients’ Forum`), when the agent names one.
pub fn spokesperson_org<'t>(ag: &Agent<'t>) -> Option<&'t str> {
    if !ends_as_spokesperson(ag.name) {
        return None;
    }
    let (org, last) = ag.name.rsplit_once(' ')?;
    (is_spokesperson(last) && org.starts_with(|c: char| c.is_uppercase())).then_some(org)
}

/// The company noun an unnamed agent ends with (`the Delford-based
/// manufacturer` → `manufacturer`), if any.
pub fn company_noun<'t>(ag: &Agent<'t>) -> Option<&'t str> {
    let (before, last) = ag.name.rsplit_once(' ').unwrap_or(("", ag.name));
    // Only place words before it (`Delford-based`, `London-listed`): `a
    // rival company` is another one.
    let placed = before
        .split(' ')
        .rev()
        .take_while(|w| !DETERMINERS.has(w))
        .all(|w| w.is_empty() || w.contains('-'));
    // In lower case: `Hollinsby Borough Council`, found for `the council`,
    // is a name already.
    let bare = last.starts_with(|c: char| c.is_lowercase());
    let kind = COMPANY_NOUNS.has(last) || PUBLIC_BODY_NOUNS.has(last);
    (!ag.named && bare && placed && kind).then_some(last)
}

/// Is `w` a noun for a company (`company`, `firm`, `operator`)?
pub fn is_company_noun(w: &str) -> bool {
    COMPANY_NOUNS.has(w)
}

/// The organisation a text's first line (its headline) opens with, when
/// the body names it again inside a sentence: what `the company said`
/// means where the text names no company near it (`Korvel to cut 1,400
/// jobs …` → `Korvel`; `Norvik Energy Storage Opens $640 Million …` →
/// `Norvik Energy Storage`, the longest opening the body repeats).
pub fn headline_org<'t>(a: &Analysis<'t>) -> Option<Agent<'t>> {
    // The headline, below up to two section labels of a line of their own
    // and at most two words (`Startups`, `Business`): `Korvel shuts plant`
    // is a headline.
    let h = (0..a.sents.len().min(2))
        .take_while(|&i| {
            let (t0, t1) = a.sent_tokens(i);
            a.sents[i].whole_para
                && i + 1 < a.sents.len()
                && (t0..t1).filter(|&k| !a.tokens[k].has(flag::PUNCT)).count() <= 2
        })
        .count();
    let first = a.sents.get(h)?;
    let (t0, t1) = a.sent_tokens(h);
    let mut e = t0;
    while e < t1.min(t0 + 6) && a.tokens[e].has(flag::TITLE) {
        e += 1;
    }
    // `India’s DGCA Grounds …`: a place's possessive opens no company name.
    if e == t0 || DETERMINERS.has(a.word(t0)) || is_possessive(a.word(t0)) {
        return None;
    }
    let body = &a.text[first.end..];
    (t0 + 1..=e).rev().find_map(|k| {
        let name = a.tokens_text(t0, k);
        // Inside a sentence (`contact Cradlepath for`, `Shares of
        // Norvale`), not opening one, where any word is capitalised.
        named_inside_sentence(body, name).then(|| agent_over(a, name, t0, k, true))
    })
}

/// The name over tokens `from..to`, titles dropped (`Judge Amara Lind`
/// → `Amara Lind`).
pub fn full_name<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    from: usize,
    to: usize,
) -> Option<Agent<'t>> {
    name_of(a, lx, (from, to), None).filter(|ag| ag.named)
}

/// `Interior Ministry figures` → `Interior Ministry`: a named owner's
/// document speaks for the owner. `None` when `name` is no such phrase.
pub fn document_owner(name: &str) -> Option<&str> {
    let (owner, last) = name.rsplit_once(' ')?;
    // Most names end with no document: no further look.
    if !DOCUMENT_NOUNS.has(last) {
        return None;
    }
    // `OPEC's latest monthly oil market report`: capitalised words, the
    // last a possessive, then the document in lower case.
    if let Some(p) = name.find("’s ").or_else(|| name.find("'s ")) {
        let who = &name[..p];
        let rest = name[p..]
            .trim_start_matches("’s ")
            .trim_start_matches("'s ");
        if !who.is_empty()
            && who
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !DATE_WORDS.has(w))
            && rest
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        {
            return Some(who);
        }
    }
    if !last.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // One run of capitalised words, none a possessive, a month or a day
    // (`January figures` have no owner), with only lower-case words around
    // it: `Nasa satellite data` → `Nasa`, `separate IEA data` → `IEA`
    // (`Treasury’s own analysis` is left alone).
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut run: Option<(usize, usize)> = None;
    let mut at = 0;
    for w in owner.split(' ') {
        let end = at + w.len();
        if capital(w) {
            if w.contains(['’', '\'']) || DATE_WORDS.has(w) {
                return None;
            }
            match &mut run {
                Some((_, e)) if *e + 1 == at => *e = end,
                Some(_) => return None,
                None => run = Some((at, end)),
            }
        } else if !w.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        at = end + 1;
    }
    run.map(|(s, e)| &owner[s..e])
}

/// The police force the text last named before token `before` (`Hollin
/// Vale Police`, `Durham Constabulary`): what `the force said` means.
pub fn police_named_before<'t>(a: &Analysis<'t>, before: usize) -> Option<&'t str> {
    let from = window_from(before);
    (from..before.min(a.tokens.len())).rev().find_map(|i| {
        let w = a.word(i);
        let police = a.tokens[i].has(flag::TITLE)
            && (w.eq_ignore_ascii_case("police") || w.eq_ignore_ascii_case("constabulary"));
        if !police {
            return None;
        }
        let mut s = i;
        while s > from && a.tokens[s - 1].has(flag::TITLE) && !DETERMINERS.has(a.word(s - 1)) {
            s -= 1;
        }
        (s < i).then(|| a.tokens_text(s, i + 1))
    })
}

/// The document an unnamed agent is (`the statement` → `statement`), if
/// any: it speaks for whoever issued it.
pub fn document_noun<'t>(ag: &Agent<'t>) -> Option<&'t str> {
    let (before, last) = ag.name.rsplit_once(' ').unwrap_or(("", ag.name));
    (!ag.named
        && DOCUMENT_NOUNS.has(last)
        && before
            .split(' ')
            .all(|w| w.is_empty() || DETERMINERS.has(w)))
    .then_some(last)
}

/// Documents that speak for their owner (`the Inspectorate’s report`).
static DOCUMENT_NOUNS: WordSet = WordSet::new(&[
    "report",
    "statement",
    "study",
    "letter",
    "survey",
    "review",
    "audit",
    "analysis",
    "filing",
    "ruling",
    "note",
    "website",
    "figures",
    "data",
    "order",
    "findings",
    "assessment",
]);

/// Is `w` a personal pronoun (`he`, `They`)?
pub fn is_pronoun(w: &str) -> bool {
    PRONOUNS.has(w)
}

/// The sentence subject as a named agent: a leading run of capitalised words
/// followed by a lower-case word (`Trump expressed …`).
pub fn subject<'t>(
    a: &Analysis<'t>,
    lx: AttrLexicons,
    lo: usize,
    hi: usize,
    last_person: Option<&Agent<'t>>,
) -> Option<Agent<'t>> {
    // `By Helen Marsh, …`: a byline, not a subject.
    if a.word(lo) == "By" {
        return None;
    }
    // `She beat the favoured candidate, Dennis Mawdsley, …`: the pronoun
    // is the subject (the last person, if known), whoever the sentence
    // goes on to name.
    if SUBJECT_PRONOUNS.has(a.word(lo)) {
        return name_of(a, lx, (lo, lo + 1), last_person);
    }
    let comma = first_punct(a, lo, hi.min(lo + 30)).filter(|&k| a.word(k) == ",");
    // `In March it was named …`, `On Tuesday, Ruiz said`: a phrase of a
    // preposition first is no subject (and `In March` no person); the
    // subject follows it.
    if a.tokens[lo].has(flag::TITLE) && PREPOSITIONS.has(a.word(lo)) {
        // The preposition's object: a date (`In 2019`, `In March 2019`),
        // else its capitalised words.
        let mut k = lo + 1;
        if k < hi && (a.tokens[k].has(flag::DIGIT) || DATE_WORDS.has(a.word(k))) {
            k += 1;
            while k < hi && a.tokens[k].has(flag::DIGIT) {
                k += 1;
            }
        } else {
            k = (lo + 1..hi)
                .find(|&k| !a.tokens[k].has(flag::TITLE))
                .unwrap_or(hi);
        }
        // `For Priya Sandhu, a care worker, the change …`: a full name
        // set off by the comma is who the sentence is about, the one a
        // later `she` means.
        if let Some(c) = comma {
            if a.word(lo) == "For" && c == k && k >= lo + 3 {
                return name_of(a, lx, (lo + 1, k), last_person);
            }
            if c + 1 < hi {
                return subject(a, lx, c + 1, hi, last_person);
            }
        }
        return if k > lo + 1 && k < hi && !a.tokens[k].has(flag::PUNCT) {
            subject(a, lx, k, hi, last_person)
        } else {
            None
        };
    }
    // `Retired teacher Marjorie Pell, who …`: a capitalised description,
    // then a full name, before the comma; no opening clause.
    if let Some(c) = comma
        && a.tokens[lo].has(flag::TITLE)
        && described_name(a, lo + 1, c)
        && let Some(name) = (lo + 1..c).find(|&i| a.tokens[i].has(flag::TITLE))
        && c >= name + 2
    {
        return name_of(a, lx, (name, c), last_person);
    }
    // `Asked whether …, Solberg paused`, `Speaking to reporters, Ana Ruiz
    // said`: an opening clause before the subject.
    let w0 = a.word(lo);
    if let Some(c) = comma
        && a.tokens[lo].has(flag::TITLE)
        && (w0.len() > 4 && (w0.ends_with("ed") || w0.ends_with("ing"))
            || SUBORDINATORS.has(w0)
            || w0 == "As")
        && c + 1 < hi
    {
        return subject(a, lx, c + 1, hi, last_person);
    }
    // `Verhelst’s teammate Pieter Dams, who …`: someone's role in lower
    // case, then the full name, is that person.
    if a.tokens[lo].has(flag::TITLE) && is_possessive(w0) {
        let k = (lo + 1..hi.min(lo + 4))
            .find(|&k| !a.tokens[k].has(flag::LOWER))
            .unwrap_or(lo + 1);
        let e = (k..hi)
            .find(|&e| !a.tokens[e].has(flag::TITLE))
            .unwrap_or(hi);
        if k > lo + 1 && e >= k + 2 && !DETERMINERS.has(a.word(k - 1)) {
            return name_of(a, lx, (k, e), last_person);
        }
    }
    // `Sarin's foreign minister, Dariusz Kalinowski, struck …`: a
    // description, then the name between commas.
    if let Some(c) = comma
        && (lo..c).any(|k| a.tokens[k].has(flag::LOWER))
        && let Some(e) = (c + 1..hi).find(|&k| !a.tokens[k].has(flag::TITLE))
        && e >= c + 3
        && a.word(e) == ","
    {
        return name_of(a, lx, (c + 1, e), last_person);
    }
    // `Defence lawyer Sabrina Kohli sought …`: a capital, a post in lower
    // case, then the full name.
    // The lower-case words are one title entry: `Trump attacked prosecutor
    // Jack Smith` has a verb there, and Smith is no subject.
    if a.tokens[lo].has(flag::TITLE)
        && let Some(k) = (lo + 1..hi.min(lo + 5)).find(|&k| !a.tokens[k].has(flag::LOWER))
        && k > lo + 1
        && lx.titles.and_then(|t| a.lex_len_at(lo + 1, t)) == Some(k - lo - 1)
        && let Some(e) = (k..hi).find(|&e| !a.tokens[e].has(flag::TITLE))
        && e >= k + 2
        && described_name(a, lo + 1, e)
    {
        return name_of(a, lx, (k, e), last_person);
    }
    let mut j = lo;
    while j < hi {
        let t = a.tokens[j];
        if t.has(flag::PUNCT) && a.word(j) != "." && a.word(j) != "’" {
            break;
        }
        if t.has(flag::LOWER) && !is_title_word(a, lx, j) && !DETERMINERS.has(a.word(j)) {
            break;
        }
        j += 1;
    }
    if j == lo {
        return None;
    }
    // `The European consumer organisation BEUC welcomed …`: an article, a
    // kind of organisation in lower case, then its name.
    if DETERMINERS.has(a.word(lo))
        && let Some(k) = (j..hi.min(j + 3)).find(|&k| !a.tokens[k].has(flag::LOWER))
        && k > j
        && (ORG_WORDS.has(a.word(k - 1)) || COMPANY_NOUNS.has(a.word(k - 1)))
        && let Some(e) = (k..hi).find(|&e| !a.tokens[e].has(flag::TITLE))
        && e > k
        && a.tokens[e].has(flag::LOWER)
    {
        return name_of(a, lx, (k, e), last_person);
    }
    name_of(a, lx, (lo, j), last_person)
}

/// The first punctuation in tokens `lo..hi` that ends a name: not a
/// possessive's apostrophe (`Traders' Associations`), nor the brackets of
/// an abbreviation (`(GUTA)`).
fn first_punct(a: &Analysis<'_>, lo: usize, hi: usize) -> Option<usize> {
    let mut k = lo;
    while k < hi {
        let w = a.word(k);
        if a.tokens[k].has(flag::PUNCT) {
            let possessive =
                w == "’" || w == "'" && k > lo && a.tokens[k - 1].end() == a.tokens[k].start();
            let abbrev =
                w == "(" && k + 2 < hi && a.word(k + 2) == ")" && is_abbreviation(a.word(k + 1));
            if abbrev {
                k += 3;
                continue;
            }
            if !possessive {
                return Some(k);
            }
        }
        k += 1;
    }
    None
}

/// What earlier calls of [`is_person_in`] learnt about each surname: how
/// far the text was searched, and the last place it was found after a
/// capitalised word. Calls come in text order, so each only searches the
/// text after the previous one instead of its whole look-back window.
pub struct SurnameMemo<'t> {
    seen: rustc_hash::FxHashMap<&'t str, (usize, Option<usize>)>,
}

impl Default for SurnameMemo<'_> {
    /// Room for the one-word names of an article: the map is not grown
    /// (and rehashed) again and again while the text is read.
    fn default() -> Self {
        SurnameMemo {
            seen: rustc_hash::FxHashMap::with_capacity_and_hasher(32, Default::default()),
        }
    }
}

/// How far back a surname is looked for, in bytes: long texts stay linear.
const SURNAME_WINDOW: usize = 4_000;

/// Like [`is_person`], also taking a surname the text earlier used with a
/// first name (`Omar Haddad` … `Haddad conceded`).
pub fn is_person_in<'t>(a: &Analysis<'t>, ag: &Agent<'t>, memo: &mut SurnameMemo<'t>) -> bool {
    if is_person(ag) {
        return true;
    }
    if !ag.named || ag.name.contains(' ') {
        return false;
    }
    let text = a.text;
    let name = ag.name;
    if name.is_empty() {
        return false;
    }
    let end = ag.start.min(text.len());
    let from = crate::model::offsets::floor_char_boundary(text, end.saturating_sub(SURNAME_WINDOW));
    let win = &text[from..end];
    // ` Name` after a word that starts with a capital, inside the window.
    let counts = |q: usize| {
        q > from
            && q <= end
            && win.as_bytes()[q - from - 1] == b' '
            && win[q - from..].starts_with(name)
            && win[..q - from - 1]
                .split_whitespace()
                .next_back()
                // A first name, not an owner (`Maren Oduya’s Quillwater`).
                .is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) && !is_possessive(w)
                })
    };
    let known = memo
        .seen
        .get(name)
        .copied()
        .filter(|&(upto, _)| upto <= end);
    // Places before `upto` were looked at already, except where the name
    // did not fit before the old end.
    let scan_from = match known {
        Some((upto, _)) => crate::model::offsets::floor_char_boundary(
            text,
            upto.saturating_sub(name.len() + 1).max(from),
        ),
        None => from,
    };
    // The last place that counts wins. A name starts with a capital, a
    // rare byte: a vectorised backward search for it finds the places to
    // test without the set-up of a substring searcher, which costs more
    // than these short windows take to search. `counts` tests the rest; the
    // space before the name must lie in the searched text too (`i > 0`).
    let found = memchr::memrchr_iter(name.as_bytes()[0], &text.as_bytes()[scan_from..end])
        .filter(|&i| i > 0)
        .map(|i| scan_from + i)
        .find(|&q| counts(q));
    // Earlier finds lie further back: the latest is the one still in reach.
    let latest = found.or(known.and_then(|k| k.1));
    memo.seen.insert(name, (end, latest));
    latest.is_some_and(counts)
}

/// True when an agent looks like a person (for pronouns): two or more
/// words, or an honorific.
pub fn is_person(ag: &Agent<'_>) -> bool {
    if !ag.named {
        return false;
    }
    let mut words = ag.name.split_whitespace();
    match words.next_back() {
        // `Maren Oduya’s Quillwater`: what a person owns is no person.
        Some(_) if words.clone().any(is_possessive) => false,
        Some(last) if !ORG_WORDS.has(last.trim_end_matches('.')) => {
            // Two or more words, or one after an honorific.
            (words.next().is_some()
                || HONORIFICS.words().iter().any(|h| {
                    ag.name
                        .as_bytes()
                        .get(..h.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
                }))
                && !names_a_thing(ag.name)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spokespeople_in_any_form_speak_for_their_organisation() {
        for w in [
            "spokesman",
            "Spokeswoman",
            "spokesmen",
            "spokeswomen",
            "SPOKESPERSON",
            "spokespeople",
        ] {
            assert!(is_spokesperson(w), "{w}");
        }
        for w in ["spokes", "spokesmodel", "Spokane", "person", ""] {
            assert!(!is_spokesperson(w), "{w}");
        }
        let org = |name: &'static str| {
            spokesperson_org(&Agent {
                name,
                start: 0,
                end: name.len(),
                verb: None,
                named: false,
            })
        };
        assert_eq!(org("Patients’ Forum spokesperson"), Some("Patients’ Forum"));
        assert_eq!(
            org("Interior Ministry spokesmen"),
            Some("Interior Ministry")
        );
        assert_eq!(org("the spokesman"), None);
        assert_eq!(org("Ana Ruiz"), None);
        assert_eq!(org("spokeswoman"), None);
    }
}

/// A person's grammatical gender, as a pronoun or a mention tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// `he`, `Mr`, `son`.
    Male,
    /// `she`, `Dame`, `daughter`.
    Female,
}

static MALE_WORDS: WordSet = WordSet::new(&[
    "mr",
    "sir",
    "lord",
    "mister",
    "king",
    "prince",
    "duke",
    "son",
    "husband",
    "father",
    "brother",
    "nephew",
    "uncle",
    "grandson",
    "grandfather",
    "boyfriend",
    "stepson",
    "stepfather",
    "widower",
]);
static FEMALE_WORDS: WordSet = WordSet::new(&[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "madam",
    "queen",
    "princess",
    "duchess",
    "daughter",
    "wife",
    "mother",
    "sister",
    "niece",
    "aunt",
    "granddaughter",
    "grandmother",
    "girlfriend",
    "stepdaughter",
    "stepmother",
    "widow",
]);

/// The gender of a personal pronoun (`he`, `She`, `her`), if it is one.
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    if lower_in(w, &["he", "him", "his"]) {
        Some(Gender::Male)
    } else if lower_in(w, &["she", "her"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender the mention `name` (words of the text) tells by the word
/// it opens with or the one before it (past a full stop): an honorific
/// (`Mr Pellow`, `Dame Alison`) or a kinship noun (`her son Danylo`).
/// Most names tell none.
pub fn mention_gender(a: &Analysis<'_>, name: &str) -> Option<Gender> {
    let off = (name.as_ptr() as usize).checked_sub(a.text.as_ptr() as usize)?;
    if name.is_empty() || off >= a.text.len() {
        return None;
    }
    let t = a.token_from(off);
    let mut before = t.checked_sub(1);
    if let Some(b) = before
        && a.word(b) == "."
    {
        before = b.checked_sub(1);
    }
    [Some(t), before].into_iter().flatten().find_map(|i| {
        let w = a.word(i);
        if MALE_WORDS.has(w) {
            Some(Gender::Male)
        } else if FEMALE_WORDS.has(w) {
            Some(Gender::Female)
        } else {
            None
        }
    })
}

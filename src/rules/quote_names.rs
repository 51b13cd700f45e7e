//! Quotation marks around names rather than words someone said: titles of
//! works (`a paper titled “A Young Brine Ocean Beneath Mimas”`, `a song,
//! “Ocean Under Ice”, by …`) and nicknames (`nicknamed the “Death Star”`).
//! The guidelines leave these out of QUOTE.

use super::analysis::Analysis;
use super::attribution::is_date_word;
use super::quotes::QuotePair;
use super::text::{flag, is_possessive};
use super::words::WordSet;

/// Lower-case words a Title-Case name may hold.
static SMALL: WordSet = WordSet::new(&[
    "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "by", "with",
    "from", "under", "over", "into", "as", "is", "vs",
]);

/// Words that may stand between a naming word or work noun and the title.
static DETERMINERS: WordSet =
    WordSet::new(&["the", "a", "an", "its", "his", "her", "their", "our"]);

/// Most words a title or nickname is taken to have.
const MAX_WORDS: usize = 12;

/// The lexicons the test uses (indexes in the rule set).
#[derive(Debug, Clone, Copy, Default)]
pub struct NameLexicons {
    /// Reporting verbs: one right after the quotation attributes it.
    pub verbs: Option<usize>,
    /// Naming words (`titled`, `nicknamed`, `called`, `known as`).
    pub names: Option<usize>,
    /// Nouns for works (`paper`, `song`, `report`).
    pub works: Option<usize>,
}

/// Every word capitalised (small words aside), no trailing `,`/`.` inside
/// the marks (words someone said usually end with one), not shouted.
pub fn title_case(inner: &str) -> bool {
    let t = inner.trim();
    if t.is_empty() || t.ends_with([',', '.', ';', ':']) {
        return false;
    }
    let mut n = 0;
    let mut shouted = 0;
    for (k, raw) in t.split_whitespace().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else {
            continue;
        };
        n += 1;
        if n > MAX_WORDS {
            return false;
        }
        let capital = c.is_uppercase() || c.is_ascii_digit();
        if !capital && (k == 0 || !SMALL.has(w)) {
            return false;
        }
        if w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && w.len() > 1
        {
            shouted += 1;
        }
    }
    n > 0 && !(n >= 3 && shouted == n)
}

/// True when an entry of lexicon `l` ends at token `end` (inclusive),
/// starting at most two tokens before it.
fn entry_ends_at(a: &Analysis<'_>, l: usize, end: usize) -> bool {
    (end.saturating_sub(2)..=end).any(|k| a.lex_len_at(k, l) == Some(end - k + 1))
}

/// True when quotation `q` is a name or a title: its words are Title Case
/// and it follows a naming word (`titled`, `nicknamed the`), sits next to a
/// work noun (`the paper “…”`, `a song, “…”`, `“…” report`) or right after
/// `the` (`the “Death Star” moon`); unless a reporting verb right after it
/// attributes it to someone.
pub fn is_name_quote(a: &Analysis<'_>, q: &QuotePair, lx: NameLexicons) -> bool {
    if lx.names.is_none() && lx.works.is_none() {
        return false;
    }
    let (i0, i1) = q.inner();
    let Some(inner) = a.text.get(i0..i1) else {
        return false;
    };
    let (t0, t1) = a.token_range(q.start, q.end);
    let n = a.tokens.len();
    // `Click to play video: 'Carney unveils new sanctions'`: a video
    // player's caption names the clip, whatever its case.
    if t0 >= 2 && a.word(t0 - 1) == ":" && a.word(t0 - 2).eq_ignore_ascii_case("video") {
        return true;
    }
    // Before the opening mark, skipping determiners and a comma.
    let mut b = t0;
    while b > 0 && t0 - b < 3 && (a.word(b - 1) == "," || DETERMINERS.has(a.word(b - 1))) {
        b -= 1;
    }
    // `nicknamed the planet “the Kettle”`: an object of up to two words
    // may stand between the naming word and the title.
    let named = lx.names.is_some_and(|l| {
        let mut c = b;
        (0..3).any(|k| {
            if k > 0 {
                if c == 0 || !a.tokens[c - 1].has(flag::LOWER) {
                    return false;
                }
                c -= 1;
                while c > 0 && t0 - c < 6 && DETERMINERS.has(a.word(c - 1)) {
                    c -= 1;
                }
            }
            c > 0 && entry_ends_at(a, l, c - 1)
        })
    });
    let work_before = b > 0 && lx.works.is_some_and(|l| entry_ends_at(a, l, b - 1));
    if named || work_before {
        // `report, “Running Hot,” found that`, `nicknamed "the Lighthouse"`:
        // after a naming word or a work noun, a title may open with an
        // article or keep a comma inside its marks, and a verb after it
        // belongs to the work, not to a speaker.
        let core = inner.trim().trim_end_matches(',');
        let core = ["the ", "a ", "an "]
            .iter()
            .find_map(|art| {
                core.get(..art.len())
                    .filter(|h| h.eq_ignore_ascii_case(art))
                    .map(|_| &core[art.len()..])
            })
            .unwrap_or(core);
        return title_case(core);
    }
    if !title_case(inner) {
        return false;
    }
    // After the closing mark, skipping a comma.
    let mut c = t1;
    while c < n && a.word(c) == "," {
        c += 1;
    }
    if let Some(v) = lx.verbs
        && (c..(c + 2).min(n)).any(|k| a.lex_starts_at(k, v))
    {
        return false;
    }
    // `Ismael "El Mayo" Zambada was …`: a nickname of a word or two inside
    // a name; not a headline's capitals (`Vows "Total Victory" Over Hamas`:
    // the capitals run on), nor words before a day (`"Lost Big" Tuesday`).
    let in_name = t0 >= 1
        && c == t1
        && t1 < n
        && inner.split_whitespace().count() <= 2
        && a.tokens[t0 - 1].has(flag::TITLE)
        && a.tokens[t1].has(flag::TITLE)
        && !is_date_word(a.word(t1))
        && !a.tokens.get(t1 + 1).is_some_and(|t| t.has(flag::TITLE));
    let the_before = t0 > 0 && a.word(t0 - 1).eq_ignore_ascii_case("the");
    let work_after = lx.works.is_some_and(|l| c < n && a.lex_starts_at(c, l));
    in_name || work_after || the_before || title_in_running_text(a, lx, q, t0, t1)
}

/// Tokens either side of a quotation looked at for lower-case words: a
/// sentence of title case goes on far less, and a long one costs no more.
const RUNNING_WINDOW: usize = 12;

/// Bytes either side of a quotation searched for its words quoted again.
const REPEAT_WINDOW: usize = 8 << 10;

/// `Lina Dragomir’s “Night Ferry”`, `best director for “Tin Crowns”`, or
/// the same title-case words quoted again nearby: inside a sentence that
/// is not itself in title case (a headline such as `Mayor Says “We Will
/// Rebuild”` capitalises what it quotes), words in title case after a
/// possessive or a preposition, or repeated, name a work. A reporting
/// verb or a colon just before them introduces speech instead (`Trump
/// wrote that the talks were “Going Very Well”` stays a quote), unless a
/// possessive stands right before them.
fn title_in_running_text(
    a: &Analysis<'_>,
    lx: NameLexicons,
    q: &QuotePair,
    t0: usize,
    t1: usize,
) -> bool {
    let Some(si) = a.sentence_at(q.start) else {
        return false;
    };
    let (s0, s1) = a.sent_tokens(si);
    let (w0, w1) = (
        t0.saturating_sub(RUNNING_WINDOW).max(s0),
        (t1 + RUNNING_WINDOW).min(s1),
    );
    let running = (w0..t0).chain(t1..w1).any(|k| a.tokens[k].has(flag::LOWER));
    if !running {
        return false;
    }
    let before = if t0 > s0 { a.word(t0 - 1) } else { "" };
    if is_possessive(before) {
        return true;
    }
    let introduced = (t0.saturating_sub(3).max(s0)..t0)
        .any(|k| a.word(k) == ":" || lx.verbs.is_some_and(|v| a.lex_starts_at(k, v)));
    !introduced && (TITLE_PREPOSITIONS.has(before) || quoted_again(a, q))
}

/// Prepositions a work's title follows (`for “Tin Crowns”`, `review of …`).
static TITLE_PREPOSITIONS: WordSet = WordSet::new(&["for", "of", "in", "from", "with", "on"]);

/// True when the words of quotation `q` are quoted again, with the same
/// marks, within [`REPEAT_WINDOW`] bytes of it.
fn quoted_again(a: &Analysis<'_>, q: &QuotePair) -> bool {
    let text = a.text;
    let Some(needle) = text.get(q.start..q.end) else {
        return false;
    };
    // Bytes, not characters: the needle's own bytes only match whole.
    let lo = q.start.saturating_sub(REPEAT_WINDOW);
    let hi = (q.end + REPEAT_WINDOW).min(text.len());
    memchr::memmem::find_iter(&text.as_bytes()[lo..hi], needle.as_bytes())
        .nth(1)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_names_and_spoken_words() {
        for t in [
            "A Young Brine Ocean Beneath Mimas",
            "Death Star",
            "Ocean Under Ice",
            "War and Peace",
        ] {
            assert!(title_case(t), "{t}");
        }
        for t in [
            "a warning signal that we must take seriously",
            "We Got It,",
            "HOPEFULLY IT WILL BE",
            "calculated and sustained",
            "",
        ] {
            assert!(!title_case(t), "{t}");
        }
    }
}

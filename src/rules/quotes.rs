//! Pairing quotation marks of every style: curly “…” ‘…’, straight "…" '…'
//! decided by context, guillemets «…» ‹…›, and „…“. Quotes may nest; a
//! paragraph break closes nothing and forgets unclosed marks, but for a
//! quotation that runs on into the next paragraph (see [`continued`]).

/// Families of marks: a closer only closes an opener of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

/// A paired quotation (byte offsets; `end` is after the closing mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotePair {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just after the closing mark.
    pub end: usize,
    /// Length in bytes of the opening mark.
    pub open_len: usize,
    /// Length in bytes of the closing mark.
    pub close_len: usize,
    /// How many quotes enclose this one (0 = outermost).
    pub depth: usize,
}

impl QuotePair {
    /// Inner text range (without the marks).
    pub fn inner(&self) -> (usize, usize) {
        (self.start + self.open_len, self.end - self.close_len)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// Is `c` a quotation mark of any style (`“ ” „ « » ‹ › ‘ ‚ ’ "`)?
pub fn is_quote_mark(c: char) -> bool {
    c != '\'' && classify(c, None, None).is_some()
}

fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<(Family, Role)> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–".contains(n));
    let letter_before = prev.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    Some(match c {
        '“' => (
            Family::Double,
            if space_after && !space_before {
                Role::Close
            } else {
                Role::Open
            },
        ),
        '”' => (Family::Double, Role::Close),
        '„' => (Family::Double, Role::Open),
        '«' => (Family::Guillemet, Role::Open),
        '»' => (Family::Guillemet, Role::Close),
        '‹' => (Family::SingleGuillemet, Role::Open),
        '›' => (Family::SingleGuillemet, Role::Close),
        '‘' | '‚' => (Family::Single, Role::Open),
        '’' => {
            // An apostrophe inside a word (`Russia’s`, `don’t`) is no mark.
            if letter_before && letter_after {
                return None;
            }
            (Family::Single, Role::Close)
        }
        '"' => (
            Family::Double,
            match (space_before, space_after) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            },
        ),
        '\'' => {
            if letter_before && (letter_after || !space_after) {
                return None;
            }
            (
                Family::Single,
                match (space_before, space_after) {
                    (true, false) => Role::Open,
                    (false, true) => Role::Close,
                    _ => return None,
                },
            )
        }
        _ => return None,
    })
}

/// Finds all paired quotations in `text`, in order of their opening mark.
pub fn pair_quotes(text: &str, out: &mut Vec<QuotePair>) {
    out.clear();
    // Open marks: (family, byte, mark length).
    let mut stack: Vec<(Family, usize, usize)> = Vec::new();
    // Only newlines and marks matter: `\n`, `"`, `'`, and the marks outside
    // ASCII, which all start with byte 0xC2 (« ») or 0xE2 (the rest). Two
    // vectorised searches find them; merged, they come in text order.
    let bytes = text.as_bytes();
    let mut ascii = memchr::memchr3_iter(b'\n', b'"', b'\'', bytes).peekable();
    let mut wide = memchr::memchr2_iter(0xC2, 0xE2, bytes).peekable();
    let at = std::iter::from_fn(|| match (ascii.peek(), wide.peek()) {
        (Some(&a), Some(&w)) if w < a => wide.next(),
        (Some(_), _) => ascii.next(),
        (None, _) => wide.next(),
    });
    for i in at {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if c == '\n' {
            if !stack.is_empty() {
                continued(text, i, &stack, out);
            }
            stack.clear();
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        if let Some((fam, role)) = classify(c, prev, next) {
            let len = c.len_utf8();
            let open_pos = stack.iter().rposition(|&(f, _, _)| f == fam);
            let close = match role {
                Role::Close => true,
                Role::Open => false,
                Role::Either => open_pos.is_some(),
            };
            if close {
                // `’` after `s` with nothing open is a plural possessive.
                if let Some(k) = open_pos {
                    let (_, at, olen) = stack[k];
                    stack.truncate(k);
                    out.push(QuotePair {
                        start: at,
                        end: i + len,
                        open_len: olen,
                        close_len: len,
                        depth: k,
                    });
                }
            } else {
                if stack.len() >= 16 {
                    stack.remove(0);
                }
                stack.push((fam, i, len));
            }
        }
    }
    // Depth counted among the marks still open; recompute from containment so
    // a quote closed after a stray opener is still outermost.
    out.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    let mut ends: Vec<usize> = Vec::new();
    for q in out.iter_mut() {
        while ends.last().is_some_and(|&e| e <= q.start) {
            ends.pop();
        }
        q.depth = ends.len();
        ends.push(q.end);
    }
}

/// A quotation that runs on into the next paragraph has no closing mark at
/// the end of the first: the next paragraph opens with a mark of its family
/// instead (the newspaper convention). The first part is a quotation up to
/// its paragraph's end (`\n` at `nl`); the mark at the next paragraph's
/// start opens the rest as usual.
fn continued(text: &str, nl: usize, stack: &[(Family, usize, usize)], out: &mut Vec<QuotePair>) {
    let rest = text[nl + 1..].trim_start();
    let Some(c) = rest.chars().next() else {
        return;
    };
    let from = text.len() - rest.len();
    let prev = text[..from].chars().next_back();
    let next = text[from + c.len_utf8()..].chars().next();
    let Some((fam, Role::Open | Role::Either)) = classify(c, prev, next) else {
        return;
    };
    let Some(k) = stack.iter().position(|&(f, _, _)| f == fam) else {
        return;
    };
    let (_, at, olen) = stack[k];
    // Only a mark that opens speech: after a space, a colon or the start
    // of the paragraph, before a capital (`“I cooked …`), so that `'97`
    // and an inch mark (`6"-long`) left open stay no quotation.
    let before = text[..at].chars().next_back();
    let opens = before.is_none_or(|c| c.is_whitespace() || c == ':' || c == ',')
        && text[at + olen..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    if !opens {
        return;
    }
    let end = at + text[at..nl].trim_end().len();
    if end > at + olen {
        out.push(QuotePair {
            start: at,
            end,
            open_len: olen,
            close_len: 0,
            depth: k,
        });
    }
}

/// Does `s` hold at least `n` words (runs of alphanumeric characters)?
/// Stops at the `n`th: a long quotation is not read to its end.
pub fn has_words(s: &str, n: usize) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(n)
        .count()
        >= n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(&str, usize)> {
        let mut v = Vec::new();
        pair_quotes(t, &mut v);
        v.iter().map(|q| (&t[q.start..q.end], q.depth)).collect()
    }

    #[test]
    fn styles_and_nesting() {
        assert_eq!(
            quotes("“I am not happy,” Mr. Trump wrote. “Vladimir, STOP!”"),
            vec![("“I am not happy,”", 0), ("“Vladimir, STOP!”", 0)]
        );
        assert_eq!(
            quotes("He said: “They told us the ‘growth plan’ was safe.” Russia’s don’t"),
            vec![
                ("“They told us the ‘growth plan’ was safe.”", 0),
                ("‘growth plan’", 1)
            ]
        );
        assert_eq!(
            quotes("\"This budget works,\" Okafor said. 'Going well' «oui non» „ja nein“"),
            vec![
                ("\"This budget works,\"", 0),
                ("'Going well'", 0),
                ("«oui non»", 0),
                ("„ja nein“", 0)
            ]
        );
        assert_eq!(quotes("“unclosed\nclosed one”"), vec![]);
        // Marks that open no speech run on into nothing.
        assert_eq!(
            quotes("The class of '97 left.\n'We were happy,' he said."),
            vec![("'We were happy,'", 0)]
        );
        assert_eq!(
            quotes("a 6\"-long blade\n\"We take it seriously,\" police said."),
            vec![("\"We take it seriously,\"", 0)]
        );
        // A quotation running on into the next paragraph, which opens with
        // a mark again: the first part ends with its paragraph.
        assert_eq!(
            quotes("“It ran on.\r\n\r\n“Then it closed,” she said."),
            vec![("“It ran on.", 0), ("“Then it closed,”", 0)]
        );
        assert_eq!(
            quotes("\"It ran on.\n\"Then it closed,\" she said.\n“Not this.\n‘Other family.’"),
            vec![
                ("\"It ran on.", 0),
                ("\"Then it closed,\"", 0),
                ("‘Other family.’", 0)
            ]
        );
    }
}

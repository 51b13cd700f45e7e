//! Text analysis shared by all rules: paragraphs, sentences (with the fixes
//! news needs) and tokens with the flags token patterns test.

use super::bytes8::{HIGH, within};

/// Token flags.
pub mod flag {
    /// All ASCII digits.
    pub const DIGIT: u16 = 1;
    /// A number (digits with separators, suffix `m`/`bn`/`k` or a unit such
    /// as `mm`/`C`, a currency written on like `Rs50,000`, a number word, a
    /// range).
    pub const LIKE_NUM: u16 = 2;
    /// Hyphenated compound starting with a number.
    pub const NUM_COMPOUND: u16 = 4;
    /// Starts upper-case.
    pub const TITLE: u16 = 8;
    /// Letters all lower-case.
    pub const LOWER: u16 = 16;
    /// Letters only.
    pub const ALPHA: u16 = 32;
    /// Punctuation or symbol.
    pub const PUNCT: u16 = 64;
    /// Letters all upper-case (two or more).
    pub const UPPER: u16 = 128;
    /// A number word (`three`, `hundred`).
    pub const NUM_WORD: u16 = 256;
    /// Flags few tokens have: a list of the tokens with one is short.
    pub const RARE: [u16; 4] = [DIGIT, LIKE_NUM, NUM_COMPOUND, NUM_WORD];
    /// Any of [`RARE`].
    pub const ANY_RARE: u16 = RARE[0] | RARE[1] | RARE[2] | RARE[3];
}

/// A token: a word, a number, or one punctuation character. Byte offsets,
/// held in 32 bits: twelve bytes a token keep a document's tokens in the
/// fastest cache, which every rule reads (the engine runs texts of 4 GiB
/// and more in parts, see [`super::engine`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// [`flag`] bits.
    pub flags: u16,
}

// The reason for 32-bit offsets: held to it here.
const _: () = assert!(std::mem::size_of::<Token>() == 12);

impl Token {
    /// A token of bytes `start..end`, both below 4 GiB.
    #[inline]
    pub fn new(start: usize, end: usize, flags: u16) -> Token {
        debug_assert!(end <= u32::MAX as usize);
        Token {
            start: start as u32,
            end: end as u32,
            flags,
        }
    }

    /// Start byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// End byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// True when all bits of `f` are set.
    pub fn has(&self, f: u16) -> bool {
        self.flags & f == f
    }
}

/// A sentence (byte offsets, trimmed) and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte.
    pub start: usize,
    /// End byte (after final punctuation and closing marks).
    pub end: usize,
    /// Paragraph index.
    pub para: usize,
    /// True when the sentence is its whole paragraph.
    pub whole_para: bool,
    /// True when it ends with `.`, `!`, `?` or `…` (possibly before closing marks).
    pub terminated: bool,
    /// True when it ends with `?` (possibly before closing marks).
    pub question: bool,
}

/// A paragraph: one non-blank line (byte offsets, trimmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// Number words the tokenizer flags and values understand.
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("dozen", 12),
];

/// Index of a word's (first, last) letter pair in [`NUMBER_WORD_ENDS`].
const fn end_key(first: u8, last: u8) -> usize {
    (first.to_ascii_lowercase().wrapping_sub(b'a') as usize % 32) * 32
        + last.to_ascii_lowercase().wrapping_sub(b'a') as usize % 32
}

/// Per (first, last) letter pair of the number words, a bit per word
/// length: nearly every word tried is not a number word, and this rules
/// most out before any packing.
static NUMBER_WORD_ENDS: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let nb = NUMBER_WORDS[k].0.as_bytes();
        t[end_key(nb[0], nb[nb.len() - 1])] |= 1 << nb.len();
        k += 1;
    }
    t
};

/// The value of a number word (ASCII case-insensitive).
#[inline]
pub fn number_word(w: &str) -> Option<u64> {
    number_word_bytes(w.as_bytes())
}

/// [`number_word`] of a word's bytes.
#[inline]
fn number_word_bytes(b: &[u8]) -> Option<u64> {
    if b.len() > 9
        || b.len() < 3
        || NUMBER_WORD_ENDS[end_key(b[0], b[b.len() - 1])] & (1 << b.len()) == 0
    {
        return None;
    }
    number_word_packed(b)
}

/// [`number_word`] past its quick rejection.
fn number_word_packed(w: &[u8]) -> Option<u64> {
    static BY_FIRST: std::sync::OnceLock<[Vec<(u128, u64)>; 26]> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut t: [Vec<(u128, u64)>; 26] = Default::default();
        for &(n, v) in NUMBER_WORDS {
            t[(n.as_bytes()[0] - b'a') as usize].push((pack_lower(n.as_bytes()), v));
        }
        t
    });
    let first = w.first()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() {
        return None;
    }
    let bucket = &by_first[(first - b'a') as usize];
    if bucket.is_empty() {
        return None;
    }
    let key = pack_lower(w);
    bucket.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

/// Up to 16 bytes, ASCII-lower-cased, in one integer (shorter words are
/// padded with zero bytes, which no word contains).
fn pack_lower(b: &[u8]) -> u128 {
    b.iter()
        .take(16)
        .fold(0u128, |k, &c| k << 8 | c.to_ascii_lowercase() as u128)
        | (b.len() as u128) << 120
}

/// Units written onto their number (`58mm`, `38p`, `500MW`, `34C`,
/// `12GB`, `5,000mAh`, `3x`): such a word is a number, and its value the
/// number alone. `m` is not among them: it is the scale `million`.
const UNIT_SUFFIXES: &[&str] = &[
    "mm", "cm", "km", "km/h", "kmh", "kph", "kg", "mg", "ml", "mph", "kw", "mw", "gw", "kwh",
    "mwh", "gwh", "ha", "lb", "lbs", "ft", "p", "c", "f", "pts", "°c", "°f", "°", "kb", "mb", "gb",
    "tb", "mah", "w", "hz", "khz", "mhz", "ghz", "x",
];

/// Is `w` one of [`UNIT_SUFFIXES`] (any case)?
pub fn is_unit_suffix(w: &str) -> bool {
    w.len() <= 4 && UNIT_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Is `suffix` a unit written onto the number `num`: one of
/// [`UNIT_SUFFIXES`], or seconds after a decimal (`1.214s`, `47.31sec`;
/// `1990s` is a decade)?
pub fn unit_suffix_of(num: &str, suffix: &str) -> bool {
    is_unit_suffix(suffix) || matches!(suffix, "s" | "sec" | "secs") && num.contains('.')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (curly quotes, dashes, `…`) holds no letter or
    // digit, and news is full of it: no table lookup for those.
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// True for the combining marks that decomposed (NFD) Latin, Greek and
/// Cyrillic text puts after a letter (`e` + U+0308 for `ë`): they belong to
/// the word of the letter before them.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Which of 8 bytes (little-endian in a `u64`) are ASCII lower-case
/// letters, capitals and digits, up to the first that is none of them: the
/// high bit of each byte in the masks.
struct AsciiAlnum {
    lower: u64,
    upper: u64,
    digit: u64,
    /// How many bytes from the first are letters or digits.
    run: usize,
}

impl AsciiAlnum {
    #[inline]
    fn of(x: u64) -> AsciiAlnum {
        // Setting bit 5 folds capitals onto lower-case letters and moves no
        // other byte into `a..=z`; bit 5 itself, moved to bit 7, tells the two
        // apart.
        let letter = within(x | 0x2020_2020_2020_2020, b'a', b'z');
        let digit = within(x, b'0', b'9');
        let other = !(letter | digit) & HIGH;
        // The bytes before the first other one (all when there is none).
        let run_bits = other.wrapping_sub(1) & !other;
        let low_case = x << 2;
        AsciiAlnum {
            lower: letter & low_case & run_bits,
            upper: letter & !low_case & run_bits,
            digit: digit & run_bits,
            run: other.trailing_zeros() as usize / 8,
        }
    }
}

/// What an ASCII byte is to the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum AsciiKind {
    Space,
    Punct,
    Word,
}

/// Per ASCII byte, its kind (as `char::is_whitespace` and
/// [`is_word_char`] tell, checked by a test).
const ASCII_KIND: [AsciiKind; 128] = {
    let mut t = [AsciiKind::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            AsciiKind::Word
        } else if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            AsciiKind::Space
        } else {
            AsciiKind::Punct
        };
        b += 1;
    }
    t
};

/// Splits text into tokens. Words keep inner apostrophes and hyphens,
/// numbers keep inner `,` `.` `:` between digits.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    tokenize_noting_rare(text, out, |_, _| {});
}

/// [`tokenize`], calling `rare(index, flags)` for each token with a flag of
/// [`flag::RARE`] as it is made: lists of such tokens cost no pass of
/// their own.
pub fn tokenize_noting_rare(text: &str, out: &mut Vec<Token>, mut rare: impl FnMut(usize, u16)) {
    out.clear();
    // News text has a token every five or six bytes.
    out.reserve(text.len() / 5);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c0 = b[i];
        // The first character's length; it is a word character.
        let w = if c0 < 0x80 {
            match ASCII_KIND[c0 as usize] {
                AsciiKind::Space => {
                    i += 1;
                    continue;
                }
                AsciiKind::Punct => {
                    out.push(Token::new(i, i + 1, flag::PUNCT));
                    i += 1;
                    continue;
                }
                AsciiKind::Word => 1,
            }
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let w = c.len_utf8();
            if c.is_whitespace() {
                i += w;
                continue;
            }
            if !is_word_char(c) {
                out.push(Token::new(i, i + w, flag::PUNCT));
                i += w;
                continue;
            }
            w
        };
        let start = i;
        let mut j = i + w;
        // Seen on the way for the flags; a non-ASCII word gets them from
        // the general definition.
        let mut seen = Seen::default();
        let mut ascii = c0 < 0x80;
        seen.add(c0);
        loop {
            // ASCII letters and digits are the common case: eight bytes at
            // a time, without branching.
            if let Some(w) = b.get(j..j + 8) {
                let m = AsciiAlnum::of(u64::from_le_bytes(w.try_into().unwrap_or_default()));
                seen.bits |= m.lower | m.upper >> 1 | m.digit >> 2;
                j += m.run;
                if m.run == 8 {
                    continue;
                }
                // `b[j]` is not an ASCII letter or digit: the joiners below.
            } else if let Some(&c) = b.get(j)
                && c.is_ascii_alphanumeric()
            {
                seen.add(c);
                j += 1;
                continue;
            }
            let Some(&bj) = b.get(j) else {
                break;
            };
            // Most words end at an ASCII byte that joins nothing (a space):
            // no need for the character before.
            if bj < 0x80 && !matches!(bj, b'.' | b',' | b':' | b'\'' | b'-') {
                break;
            }
            // The character before (`j` > `start`, at a character boundary),
            // past combining marks to the letter they sit on.
            let prev = match b[j - 1] {
                p if p < 0x80 => p as char,
                _ => text[start..j]
                    .chars()
                    .rev()
                    .find(|&c| !is_combining_mark(c))
                    .unwrap_or(' '),
            };
            // ASCII needs no decoding (most ends of words are a space).
            let n = if bj < 0x80 {
                bj as char
            } else {
                match text[j..].chars().next() {
                    Some(n) => n,
                    None => break,
                }
            };
            if bj >= 0x80 && (is_word_char(n) || is_combining_mark(n)) {
                ascii = false;
                j += n.len_utf8();
                continue;
            }
            if !matches!(n, '.' | ',' | ':' | '\'' | '’' | '-') {
                break;
            }
            // A joiner is kept only between two word characters of the right kind.
            let after = text[j + n.len_utf8()..].chars().next();
            let keep = match (n, after) {
                ('.' | ',' | ':', Some(a)) => prev.is_ascii_digit() && a.is_ascii_digit(),
                ('\'' | '’', Some(a)) => prev.is_alphabetic() && a.is_alphabetic(),
                ('-', Some(a)) => is_word_char(a),
                _ => false,
            };
            if !keep {
                break;
            }
            ascii &= bj < 0x80;
            seen.add(bj);
            j += n.len_utf8();
        }
        let flags = if ascii {
            seen_ascii_flags(&b[start..j], seen)
        } else {
            unicode_word_flags(&text[start..j])
        };
        if flags & flag::ANY_RARE != 0 {
            rare(out.len(), flags);
        }
        out.push(Token::new(start, j, flags));
        // Most words end at a space: skip it here rather than in a turn of
        // the loop.
        i = j + usize::from(b.get(j) == Some(&b' '));
    }
}

/// A word's flags by definition (the tokenizer computes the same while it
/// reads the word; tests hold it to this).
#[cfg(test)]
fn word_flags(w: &str) -> u16 {
    if w.is_ascii() {
        ascii_word_flags(w)
    } else {
        unicode_word_flags(w)
    }
}

/// Flags of any word (the definition `ascii_word_flags` is tested against).
fn unicode_word_flags(w: &str) -> u16 {
    let mut f = 0;
    let bytes = w.as_bytes();
    if bytes.iter().all(u8::is_ascii_digit) {
        f |= flag::DIGIT | flag::LIKE_NUM;
    } else if is_numeric(w) || is_range(w) {
        f |= flag::LIKE_NUM;
    } else if number_word(w).is_some() {
        f |= flag::LIKE_NUM | flag::NUM_WORD;
    } else if let Some((head, _)) = w.split_once('-')
        && (is_numeric(head) || number_word(head).is_some())
        && w.bytes().any(|c| c.is_ascii_alphabetic())
    {
        f |= flag::NUM_COMPOUND;
    }
    let mut letters = 0;
    let mut lower = 0;
    let mut upper = 0;
    let mut others = 0;
    for c in w.chars() {
        if is_combining_mark(c) {
            // Part of the letter before it.
            continue;
        }
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                lower += 1;
            } else if c.is_uppercase() {
                upper += 1;
            }
        } else {
            others += 1;
        }
    }
    if letters > 0 && others == 0 {
        f |= flag::ALPHA;
    }
    if letters > 0 && lower == letters {
        f |= flag::LOWER;
    }
    if letters > 1 && upper == letters {
        f |= flag::UPPER;
    }
    if w.chars().next().is_some_and(char::is_uppercase) {
        f |= flag::TITLE;
    }
    f
}

/// [`word_flags`] for an ASCII word: the same tests, in one pass over bytes
/// and with the number tests only where they can hold.
#[cfg(test)]
fn ascii_word_flags(w: &str) -> u16 {
    let mut n = Seen::default();
    for &c in w.as_bytes() {
        n.add(c);
    }
    seen_ascii_flags(w.as_bytes(), n)
}

/// What kinds of bytes [`ascii_word_flags`] saw in a word; the tokenizer
/// notes them while it reads a word, so the word is not read again.
#[derive(Default, Clone, Copy)]
struct Seen {
    /// Bit 7 of any byte: a lower-case letter, bit 6: a capital, bit 5: a
    /// digit (the [`AsciiAlnum`] masks shifted); bit 0: a byte that is none
    /// of them, bit 1: a hyphen.
    bits: u64,
}

impl Seen {
    const LOWER: u64 = HIGH;
    const UPPER: u64 = HIGH >> 1;
    const DIGIT: u64 = HIGH >> 2;
    const OTHER: u64 = 1;
    const HYPHEN: u64 = 2;

    /// Per byte, what [`Seen::add`] notes: a table, not a branch per kind
    /// (a word's first letter is a capital or not in no pattern the
    /// processor can learn).
    const OF_BYTE: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut c = 0;
        while c < 256 {
            t[c] = match c as u8 {
                b'a'..=b'z' => 0x80,
                b'A'..=b'Z' => 0x40,
                b'0'..=b'9' => 0x20,
                b'-' => (Seen::OTHER | Seen::HYPHEN) as u8,
                _ => Seen::OTHER as u8,
            };
            c += 1;
        }
        t
    };

    #[inline]
    fn add(&mut self, c: u8) {
        self.bits |= u64::from(Seen::OF_BYTE[c as usize]);
    }

    #[inline]
    fn any(self, kind: u64) -> bool {
        self.bits & kind != 0
    }
}

/// [`ascii_word_flags`] of ASCII word `b` in which `n` was seen. Always
/// inlined: it runs once a word, and a call costs as much as its body.
#[inline(always)]
fn seen_ascii_flags(b: &[u8], n: Seen) -> u16 {
    let (lower, upper) = (n.any(Seen::LOWER), n.any(Seen::UPPER));
    let (digits, other) = (n.any(Seen::DIGIT), n.any(Seen::OTHER));
    let letters = lower || upper;
    // All capitals, and at least two of them (`US`, not `I`): rare, so
    // only then counted.
    let all_upper =
        || upper && !lower && b.iter().filter(|c| c.is_ascii_uppercase()).nth(1).is_some();
    let title = b.first().is_some_and(u8::is_ascii_uppercase);
    if !digits && !other {
        // Letters only, as most words: no number but a number word.
        let mut f = flag::ALPHA;
        if !upper {
            f |= flag::LOWER;
        }
        if all_upper() {
            f |= flag::UPPER;
        }
        if title {
            f |= flag::TITLE;
        }
        if number_word_bytes(b).is_some() {
            f |= flag::LIKE_NUM | flag::NUM_WORD;
        }
        return f;
    }
    let mut f = 0;
    // ASCII bytes: always text (the number tests below read text).
    let w = || std::str::from_utf8(b).unwrap_or_default();
    // `Rs50,000`: a currency written onto the number comes first.
    let digit_first = b.first().is_some_and(u8::is_ascii_digit)
        || upper && digits && without_money_prefix(w()).len() < b.len();
    if digits && !letters && !other {
        f |= flag::DIGIT | flag::LIKE_NUM;
    } else if digit_first && (is_numeric(w()) || is_range(w())) {
        f |= flag::LIKE_NUM;
    } else if number_word_bytes(b).is_some() {
        f |= flag::LIKE_NUM | flag::NUM_WORD;
    } else if n.any(Seen::HYPHEN)
        && letters
        && let Some((head, _)) = w().split_once('-')
        && (is_numeric(head) || number_word(head).is_some())
    {
        f |= flag::NUM_COMPOUND;
    }
    if letters && !digits && !other {
        f |= flag::ALPHA;
    }
    if lower && !upper {
        f |= flag::LOWER;
    }
    if all_upper() {
        f |= flag::UPPER;
    }
    if title {
        f |= flag::TITLE;
    }
    f
}

/// True for a currency symbol (Unicode's category Sc: `$`, `£`, `€`,
/// `₹`, `₩`, `₽`, `₺`, the fullwidth `＄` …).
pub fn is_currency_symbol(c: char) -> bool {
    matches!(c,
        '$' | '\u{a2}'..='\u{a5}' | '\u{58f}' | '\u{60b}' | '\u{7fe}' | '\u{7ff}' | '\u{9f2}' | '\u{9f3}'
        | '\u{9fb}' | '\u{af1}' | '\u{bf9}' | '\u{e3f}' | '\u{17db}' | '\u{20a0}'..='\u{20c0}'
        | '\u{a838}' | '\u{fdfc}' | '\u{fe69}' | '\u{ff04}' | '\u{ffe0}' | '\u{ffe1}' | '\u{ffe5}' | '\u{ffe6}')
}

/// True for a possessive word (`Mandiant’s`, `party's`), either apostrophe.
pub fn is_possessive(w: &str) -> bool {
    strip_possessive(w).is_some()
}

/// The owner a possessive word names (`Inspectorate’s` → `Inspectorate`).
pub fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))
}

/// Where the leading run of digits, `,` and `.` of `w` ends. Read by
/// byte: a non-ASCII character's first byte ends the run as the character
/// would, so the end is a character boundary.
pub fn digits_end(w: &str) -> usize {
    w.bytes()
        .position(|c| !(c.is_ascii_digit() || c == b',' || c == b'.'))
        .unwrap_or(w.len())
}

/// `5,000`, `1.5`, `400m`, `2bn`, `58mm`: digits with separators and an
/// optional scale or unit suffix.
pub fn is_numeric(w: &str) -> bool {
    let w = without_money_prefix(w);
    let (num, suffix) = w.split_at(digits_end(w));
    !num.is_empty()
        && num.as_bytes()[0].is_ascii_digit()
        && num.as_bytes()[num.len() - 1].is_ascii_digit()
        && (suffix.is_empty()
            || super::numbers::is_scale_suffix(suffix)
            || unit_suffix_of(num, suffix))
}

/// Currencies written onto their amount (`Rs50,000`, `KSh2.4bn`,
/// `R17.2bn` for the rand), which such a word is a number with.
const MONEY_PREFIXES: &[&str] = &[
    "Rs", "KSh", "Ksh", "Tk", "Sh", "RM", "SR", "QR", "Dh", "KD", "BD", "LE", "R", "N", "P",
];

/// The first bytes of [`MONEY_PREFIXES`].
const MONEY_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < MONEY_PREFIXES.len() {
        t[MONEY_PREFIXES[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Prefixes in [`MONEY_PREFIXES`] that also start codes and model names
/// (`N95`, `BD2`): a currency only before an amount written as money.
const GUARDED_PREFIXES: &[&str] = &["SR", "QR", "RM", "Dh", "KD", "BD", "LE", "R", "N", "P"];

/// `w` without a currency written onto it (see [`MONEY_PREFIXES`]), else
/// `w`. A lone `R` (rand), `N` (naira) or `P` (peso), and the
/// other [`GUARDED_PREFIXES`] (`KD`, dinars), count only before an amount
/// written as money: thousands groups, a decimal of one or two digits after
/// at most three, or a scale in lower case (`R2,500`, `N209.50`, `R1.7`,
/// `N45bn`); not before a bare number (`R44` is as likely a road and `N95`
/// a mask) nor a model name (`N3B`).
pub fn without_money_prefix(w: &str) -> &str {
    // Most words start with no prefix's first byte: one look rules them out.
    if !w
        .as_bytes()
        .first()
        .is_some_and(|&c| MONEY_FIRST[c as usize])
    {
        return w;
    }
    for p in MONEY_PREFIXES {
        if let Some(rest) = w.strip_prefix(p)
            && rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        {
            let (num, suffix) = rest.split_at(digits_end(rest));
            // Two letters before three digits or more are money too
            // (`SR165 billion`); `SR1 3SD` is a postcode.
            let hundreds = p.len() == 2 && num.len() >= 3 && suffix.is_empty();
            if GUARDED_PREFIXES.contains(p) && !money_like(num, suffix) && !hundreds {
                return w;
            }
            return rest;
        }
    }
    w
}

/// Is `num` (digits, `,` and `.`) then `suffix` written as an amount of
/// money after a one-letter currency? See [`without_money_prefix`].
fn money_like(num: &str, suffix: &str) -> bool {
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    let groups_ok = int.split(',').enumerate().all(|(k, g)| {
        if k == 0 {
            (1..=3).contains(&g.len())
        } else {
            g.len() == 3
        }
    });
    let grouped = int.contains(',') && groups_ok && frac.len() <= 2;
    let decimal = !int.contains(',') && int.len() <= 3 && (1..=2).contains(&frac.len());
    let scaled = !suffix.is_empty()
        && suffix.bytes().all(|b| b.is_ascii_lowercase())
        && super::numbers::is_scale_suffix(suffix);
    // `R2,500-R3,000`: a range's low end.
    let ends = suffix.is_empty() || suffix.starts_with('-');
    ends && (grouped || decimal) || scaled
}

/// `10-15`: two numbers joined by a hyphen.
pub fn is_range(w: &str) -> bool {
    match w.split_once('-') {
        Some((a, b)) => is_numeric(a) && is_numeric(b),
        None => false,
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr",
    "rs", "adm", "maj", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "v", "etc", "no", "nos",
    "prof", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "approx", "est", "fig", "vol", "mt", "ft", "u.s", "u.k", "e.g", "i.e",
    "a.m", "p.m", "det", "insp", "supt", "cpl", "pvt", "atty", "asst", "dept", "msgr",
];

/// State and province abbreviations in a dateline (`EUGENE, Ore. (KWLV)
/// —`, `Bangor, Me. —`), AP style. Compared exactly; dotted ones (`N.Y.`)
/// are initials already.
const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Me", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo", "Ont", "Que", "Alta", "Sask", "Man",
];

/// Words that start a new sentence after `a.m.`/`p.m.`.
const STARTERS: &[&str] = &[
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "there", "in", "a",
    "an", "his", "her", "their", "our",
];

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '“' | '‘'
    )
}

/// Paragraphs (non-blank lines) and their sentences.
pub fn split(text: &str, paras: &mut Vec<Paragraph>, sents: &mut Vec<Sentence>) {
    paras.clear();
    sents.clear();
    let mut line_start = 0;
    // Lines with their `\n`, found by a vectorised search.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|k| k + 1)
        .chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
    for end in ends {
        let line = &text[line_start..end];
        let ls = line_start;
        line_start = end;
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let p = Paragraph {
            start: ls + lead,
            end: ls + lead + trimmed.len(),
        };
        let before = sents.len();
        split_paragraph(text, p, paras.len(), sents);
        let n = sents.len() - before;
        if n == 1
            && let Some(s) = sents.last_mut()
        {
            s.whole_para = true;
        }
        paras.push(p);
    }
}

/// The bytes of a list marker opening a line (`- `, `• `, `* `, `– `,
/// `· `) with the blanks after it, 0 for none: the item's sentence starts
/// after them.
pub fn list_marker_len(line: &str) -> usize {
    ["- ", "• ", "* ", "– ", "· "]
        .iter()
        .find(|m| line.starts_with(**m))
        .map_or(0, |m| line.len() - line[m.len()..].trim_start().len())
}

fn split_paragraph(text: &str, p: Paragraph, para: usize, sents: &mut Vec<Sentence>) {
    let s = &text[p.start..p.end];
    let b = s.as_bytes();
    let mut start = list_marker_len(s);
    let mut i = start;
    static ELLIPSIS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("…".as_bytes()));
    // The next `…` at or after `i` (searched again only once passed).
    let mut ellipsis = ELLIPSIS.find(b);
    while i < b.len() {
        // Jump to the next character that can end a sentence.
        if ellipsis.is_some_and(|e| e < i) {
            ellipsis = ELLIPSIS.find(&b[i..]).map(|k| i + k);
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map(|k| i + k);
        let Some(k) = (match (stop, ellipsis) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }) else {
            break;
        };
        i = k;
        let c = b[i];
        let q = c == b'?';
        // Take the whole run of final punctuation and closing marks.
        let mut j = i;
        let mut question = q;
        while let Some(ch) = s[j..].chars().next() {
            if matches!(ch, '.' | '!' | '?' | '…') {
                question |= ch == '?';
                j += ch.len_utf8();
            } else if is_closer(ch) && j > i {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        let rest = &s[j..];
        let next = rest.trim_start();
        let spaced = next.len() < rest.len();
        if next.is_empty() {
            break;
        }
        let nc = next.chars().next().unwrap_or(' ');
        let starts_upper = nc.is_uppercase()
            || nc.is_ascii_digit()
            || matches!(nc, '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '[');
        // `“Where would we go?” Dana says.`: a question or exclamation in
        // quotation marks with its tag after it is one sentence.
        let tagged = c != b'.'
            && j > i + 1
            && is_closer(s[..j].chars().last().unwrap_or(' '))
            && tag_follows(next);
        if spaced && starts_upper && !tagged && (c != b'.' || !no_break_at(s, i, next)) {
            push(sents, p, para, start, j, true, question);
            start = j + (rest.len() - next.len());
            i = start;
            continue;
        }
        i = j.max(i + 1);
    }
    let end = s.len();
    if start < end {
        let last = s[start..end].trim_end();
        let tail = last
            .trim_end_matches(is_closer)
            .chars()
            .last()
            .unwrap_or(' ');
        let terminated = matches!(tail, '.' | '!' | '?' | '…');
        push(
            sents,
            p,
            para,
            start,
            start + last.len(),
            terminated,
            tail == '?',
        );
    }
}

/// Verbs of speech that make the words before them a tag (`Dana says`).
const TAG_VERBS: &[&str] = &[
    "says",
    "said",
    "asks",
    "asked",
    "adds",
    "added",
    "tells",
    "told",
    "replies",
    "replied",
    "recalls",
    "recalled",
    "explains",
    "explained",
    "insists",
    "insisted",
    "admits",
    "admitted",
    "writes",
    "wrote",
    "shouts",
    "shouted",
    "laughs",
    "laughed",
    "continues",
    "continued",
];

/// True when `next` opens with a tag: one to three capitalised words
/// (a name, `Mr. Lee`) and a verb of speech (`Dana says.`, `Mr. Lee
/// asked`).
fn tag_follows(next: &str) -> bool {
    let mut words = next.split_whitespace();
    for k in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        let w = w.trim_end_matches([',', '.', ';', ':']);
        if k > 0 && TAG_VERBS.contains(&w) {
            return true;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) || k == 3 {
            return false;
        }
    }
    false
}

fn push(
    sents: &mut Vec<Sentence>,
    p: Paragraph,
    para: usize,
    a: usize,
    b: usize,
    terminated: bool,
    question: bool,
) {
    if b > a {
        sents.push(Sentence {
            start: p.start + a,
            end: p.start + b,
            para,
            whole_para: false,
            terminated,
            question,
        });
    }
}

/// True when the full stop at `dot` belongs to an abbreviation, an initial
/// or a time that the next word does not end.
fn no_break_at(s: &str, dot: usize, next: &str) -> bool {
    let before = &s[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    // ASCII case-insensitive comparisons against the lower-case lists.
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        let next_word = &next[..next
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(next.len())];
        return !STARTERS.iter().any(|w| w.eq_ignore_ascii_case(next_word));
    }
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return true;
    }
    // A dateline's state: after a place and its comma, before the outlet
    // in brackets or a dash. (`He grew up in Eugene, Ore. He …` ends.)
    if before[..word_start].trim_end().ends_with(',')
        && STATES.contains(&word)
        && next.trim_start().starts_with(['(', '[', '—', '–', '-'])
    {
        return true;
    }
    // Initials: `J.`, `U.S.`
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') && letters <= 3 {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    /// Tokens by their definition, a character at a time: a word runs over
    /// word characters and over `.` `,` `:` between digits, `'` `’`
    /// between letters, `-` before a word character; any other character
    /// but white space is a token alone.
    fn reference_tokens(text: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let (start, c) = chars[k];
            k += 1;
            if c.is_whitespace() {
                continue;
            }
            if !is_word_char(c) {
                out.push(Token::new(start, start + c.len_utf8(), flag::PUNCT));
                continue;
            }
            while let Some(&(_, n)) = chars.get(k) {
                let prev = chars[..k]
                    .iter()
                    .rev()
                    .map(|x| x.1)
                    .find(|&c| !is_combining_mark(c))
                    .unwrap_or(' ');
                let after = chars.get(k + 1).map(|x| x.1);
                let joins = match (n, after) {
                    (n, _) if is_word_char(n) || is_combining_mark(n) => true,
                    ('.' | ',' | ':', Some(a)) => prev.is_ascii_digit() && a.is_ascii_digit(),
                    ('\'' | '’', Some(a)) => prev.is_alphabetic() && a.is_alphabetic(),
                    ('-', Some(a)) => is_word_char(a),
                    _ => false,
                };
                if !joins {
                    break;
                }
                k += 1;
            }
            let end = chars.get(k).map_or(text.len(), |x| x.0);
            out.push(Token::new(start, end, word_flags(&text[start..end])));
        }
        out
    }

    proptest::proptest! {
        /// The tokenizer (eight bytes at a time, flags noted on the way)
        /// gives the tokens and flags of the definition.
        #[test]
        fn tokens_are_the_definitions(text in proptest::collection::vec(
            proptest::prop_oneof![
                "[a-zA-Z0-9]{1,12}",
                proptest::sample::select(vec![
                    " ", "  ", "\n", "\r\n", ".", ",", ":", "'", "’", "-", "“", "”", "é", "É",
                    "\u{301}", "🙂", "٣", "\u{a0}", "ß", "$", "%", "\t", "\0",
                ]).prop_map(|x: &str| x.to_string()),
            ],
            0..40,
        ).prop_map(|v| v.concat())) {
            let mut got = Vec::new();
            tokenize(&text, &mut got);
            proptest::prop_assert_eq!(got, reference_tokens(&text), "{:?}", text);
        }
    }

    #[test]
    fn currencies_and_degrees_written_onto_numbers_are_numbers() {
        for w in [
            "Rs50,000", "KSh2.4bn", "Tk500", "R17.2bn", "R2,500", "R1.71", "34C", "0.27C",
            "N209.50", "N70,000", "N45bn", "P1.3", "1.214s", "266pts",
        ] {
            assert!(is_numeric(w), "{w}");
            assert_ne!(word_flags(w) & flag::LIKE_NUM, 0, "{w}");
        }
        // A bare `R` number is as likely a road; `N95` is a mask.
        for w in [
            "R44", "R2", "R2P", "N95", "N3B", "R10M", "P45", "1990s", "Rx5", "RS50", "Rs", "C3",
        ] {
            assert!(!is_numeric(w), "{w}");
        }
        assert_eq!(without_money_prefix("Rs50,000"), "50,000");
        assert_eq!(without_money_prefix("R44"), "R44");
    }

    #[test]
    fn list_items_start_after_their_marker() {
        assert_eq!(sents("- Rents rose 5.5%"), ["Rents rose 5.5%"]);
        assert_eq!(sents("• It rose. It fell."), ["It rose.", "It fell."]);
        assert_eq!(sents("-5C at night."), ["-5C at night."]);
        assert_eq!(list_marker_len("– x"), "– ".len());
        assert_eq!(sents("-   Rents rose"), ["Rents rose"]);
    }

    #[test]
    fn ranks_and_state_abbreviations_end_no_sentence() {
        assert_eq!(
            sents("Det. Maria Lopez said so. EUGENE, Ore. (KWLV) — Police came."),
            [
                "Det. Maria Lopez said so.",
                "EUGENE, Ore. (KWLV) — Police came."
            ]
        );
        // Only after a place and its comma: these end their sentences.
        assert_eq!(
            sents("He fell Ill. Then he left."),
            ["He fell Ill.", "Then he left."]
        );
        assert_eq!(
            sents("They went to Mass. It rained."),
            ["They went to Mass.", "It rained."]
        );
    }

    fn sents(t: &str) -> Vec<&str> {
        let mut p = Vec::new();
        let mut s = Vec::new();
        split(t, &mut p, &mut s);
        s.iter().map(|x| &t[x.start..x.end]).collect()
    }

    #[test]
    fn decomposed_accents_stay_in_their_word() {
        // `Zoë Brontë` and `Côté` written with combining marks (NFD).
        let t = "Zoe\u{308} Bronte\u{308} met Co\u{302}te\u{301}\u{2019}s.";
        let mut toks = Vec::new();
        tokenize(t, &mut toks);
        let words: Vec<&str> = toks.iter().map(|k| &t[k.start()..k.end()]).collect();
        assert_eq!(
            words,
            [
                "Zoe\u{308}",
                "Bronte\u{308}",
                "met",
                "Co\u{302}te\u{301}\u{2019}s",
                "."
            ]
        );
        assert!(toks[3].has(flag::TITLE));
        for k in [0, 1] {
            assert!(
                toks[k].has(flag::TITLE) && toks[k].has(flag::ALPHA),
                "{}",
                words[k]
            );
        }
        assert!(toks[4].has(flag::PUNCT));
    }

    #[test]
    fn news_sentence_fixes() {
        assert_eq!(
            sents("Mr. Smith met U.S. officials at 5 p.m. Moscow time. He left.\nHeadline here\n"),
            vec![
                "Mr. Smith met U.S. officials at 5 p.m. Moscow time.",
                "He left.",
                "Headline here"
            ]
        );
        // A case name: `v.` is no sentence end.
        assert_eq!(
            sents("The case is Roe v. Wade, No. 70-18. It was argued."),
            ["The case is Roe v. Wade, No. 70-18.", "It was argued."]
        );
        assert_eq!(
            sents("“It rose 2.5%,” she said. “Why?” he asked. AT 10:00 A.M. THE CALL ENDS."),
            vec![
                "“It rose 2.5%,” she said.",
                "“Why?” he asked.",
                "AT 10:00 A.M.",
                "THE CALL ENDS."
            ]
        );
        // A question in quotation marks and its tag: one sentence; not
        // when capitalised words go on without a verb of speech.
        assert_eq!(
            sents(
                "‘Where would we go?’ Dana says. “Why?” Mr. Lee asked. “Now?” Ana Ruiz Vega Lopez said. “Sold!” The Crown fell."
            ),
            vec![
                "‘Where would we go?’ Dana says.",
                "“Why?” Mr. Lee asked.",
                "“Now?”",
                "Ana Ruiz Vega Lopez said.",
                "“Sold!”",
                "The Crown fell."
            ]
        );
        assert_eq!(
            sents("He said: “It was safe. Now it is gone.” Then\r\nNext"),
            vec!["He said: “It was safe.", "Now it is gone.”", "Then", "Next"]
        );
        // An ellipsis ends a sentence like a full stop; curly quotes and
        // dashes (which share its first byte) do not.
        assert_eq!(
            sents("He paused… Then he left — “quietly”. Wait… what? Sales… 2.5% up…… Done…"),
            vec![
                "He paused…",
                "Then he left — “quietly”.",
                "Wait… what?",
                "Sales…",
                "2.5% up……",
                "Done…"
            ]
        );
    }

    #[test]
    fn ascii_flags_match_the_general_definition() {
        for w in [
            "Rs50,000",
            "R17.2bn",
            "R44",
            "R10-20",
            "R2,500-R3,000",
            "R2P",
            "N45bn",
            "N95",
            "34C",
            "5,000",
            "1.5",
            "400m",
            "2bn",
            "10-15",
            "three",
            "THREE",
            "Three-way",
            "28-year-old",
            "x-ray",
            "1.2.3",
            ",5",
            "5,",
            "US",
            "A",
            "a",
            "I",
            "don't",
            "e.g",
            "ninety-nine",
            "123abc",
            "abc123",
            "Hello",
            "hello",
            "hELLO",
            "-",
            "k",
            "5k",
            "5K",
            "12th",
        ] {
            assert_eq!(ascii_word_flags(w), unicode_word_flags(w), "{w}");
        }
    }

    #[test]
    fn a_full_stop_after_an_opening_mark_does_not_panic() {
        assert_eq!(
            sents("He said “yes. Then he left.\u{a0}Now. It was “U.S. Policy."),
            vec![
                "He said “yes.",
                "Then he left.",
                "Now.",
                "It was “U.S. Policy."
            ]
        );
    }

    #[test]
    fn flags_counted_while_tokenizing_match_the_definition() {
        let t = "About 5,000 troops, a 28-year-old, 10-15% and €400m; Russia’s three-way \
                 Twenty-five O'Brien U.S. 2bn 1.5 ÉCOLE Zürich naïve 3rd x-ray CEO's \
                 MIXED-case 7-Eleven 12:30 don’t rock-n-roll ٣ 50-50 hundred";
        let mut v = Vec::new();
        tokenize(t, &mut v);
        assert!(v.len() > 30);
        for tok in v.iter().filter(|x| x.flags & flag::PUNCT == 0) {
            let w = &t[tok.start()..tok.end()];
            assert_eq!(tok.flags, word_flags(w), "{w}");
        }
    }

    #[test]
    fn tokens_and_flags() {
        let t = "About 5,000 troops, a 28-year-old, 10-15% and €400m; Russia’s three-way";
        let mut v = Vec::new();
        tokenize(t, &mut v);
        let words: Vec<&str> = v.iter().map(|k| &t[k.start()..k.end()]).collect();
        assert_eq!(
            words,
            vec![
                "About",
                "5,000",
                "troops",
                ",",
                "a",
                "28-year-old",
                ",",
                "10-15",
                "%",
                "and",
                "€",
                "400m",
                ";",
                "Russia’s",
                "three-way"
            ]
        );
        assert!(v[1].has(flag::LIKE_NUM));
        assert!(v[5].has(flag::NUM_COMPOUND));
        assert!(v[7].has(flag::LIKE_NUM));
        assert!(v[11].has(flag::LIKE_NUM));
        assert!(v[14].has(flag::NUM_COMPOUND));
        assert!(v[0].has(flag::TITLE));
    }

    #[test]
    fn ascii_kinds_are_the_definitions() {
        for b in 0..128u8 {
            let c = b as char;
            let want = if c.is_whitespace() {
                AsciiKind::Space
            } else if is_word_char(c) {
                AsciiKind::Word
            } else {
                AsciiKind::Punct
            };
            assert_eq!(ASCII_KIND[b as usize], want, "{b}");
        }
    }

    #[test]
    fn word_chars_are_the_alphanumerics() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn number_words_pass_the_quick_rejection() {
        for &(n, v) in NUMBER_WORDS {
            assert_eq!(number_word(n), Some(v), "{n}");
            assert_eq!(number_word(&n.to_ascii_uppercase()), Some(v), "{n}");
        }
        for w in [
            "the",
            "tea",
            "Tenth",
            "twos",
            "sixty-one",
            "xx",
            "seventeens",
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }
}

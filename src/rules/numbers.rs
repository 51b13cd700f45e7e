//! FIGURE values: the written number as a plain decimal (`5,000` → `5000`,
//! `1.5 billion` → `1500000000`, `a million` → `1000000`, `three` → `3`),
//! ranges as `low-high`. Arithmetic is exact (integer mantissa and a power
//! of ten), so no float rounding ever shows.

use smallvec::SmallVec;

use super::text::{digits_end, is_currency_symbol, number_word, unit_suffix_of};

/// An exact decimal: `mant * 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Dec {
    mant: i128,
    exp: i32,
}

impl Dec {
    fn int(v: u64) -> Self {
        Dec {
            mant: v as i128,
            exp: 0,
        }
    }

    fn mul(self, o: Dec) -> Option<Dec> {
        Some(Dec {
            mant: self.mant.checked_mul(o.mant)?,
            exp: self.exp + o.exp,
        })
    }

    fn add(self, o: Dec) -> Option<Dec> {
        let e = self.exp.min(o.exp);
        let a = self
            .mant
            .checked_mul(10i128.checked_pow((self.exp - e) as u32)?)?;
        let b = o
            .mant
            .checked_mul(10i128.checked_pow((o.exp - e) as u32)?)?;
        Some(Dec {
            mant: a.checked_add(b)?,
            exp: e,
        })
    }

    /// `self / o` rounded half up to four decimal places, or to four
    /// significant digits when smaller (`1 in 3` → `0.3333`, `one in
    /// 50,000` → `0.00002`): a share has no exact decimal in general.
    fn share(self, o: Dec) -> Option<Dec> {
        if o.mant <= 0 || self.mant < 0 {
            return None;
        }
        let mut last = None;
        for places in 4..=30 {
            // self / o * 10^places = (sm * 10^(se + places)) / (om * 10^oe).
            let shift = self.exp + places - o.exp;
            let (num, den) = if shift >= 0 {
                (
                    self.mant.checked_mul(10i128.checked_pow(shift as u32)?)?,
                    o.mant,
                )
            } else {
                (
                    self.mant,
                    o.mant
                        .checked_mul(10i128.checked_pow(shift.unsigned_abs())?)?,
                )
            };
            let q = num.checked_mul(2)?.checked_add(den)? / den.checked_mul(2)?;
            last = Some(Dec {
                mant: q,
                exp: -places,
            });
            if q >= 1000 || q == 0 && self.mant == 0 {
                break;
            }
        }
        last
    }

    fn to_plain(self) -> String {
        let mut s = String::with_capacity(24);
        self.write_plain(&mut s);
        s
    }

    /// The parts of the plain decimal, built on the stack: the digits of
    /// the mantissa (`digits[from..]`), and where the point goes.
    fn parts(self) -> Plain {
        let mut digits = [0u8; 40];
        let mut from = digits.len();
        let mut wide = self.mant.unsigned_abs();
        while wide > u64::MAX as u128 {
            from -= 1;
            digits[from] = b'0' + (wide % 10) as u8;
            wide /= 10;
        }
        // Nearly every mantissa fits 64 bits, whose division by ten is a
        // multiply (128-bit division is a call per digit).
        let mut v = wide as u64;
        loop {
            from -= 1;
            digits[from] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        Plain {
            neg: self.mant < 0,
            digits,
            from,
            exp: self.exp,
        }
    }

    /// `self.to_plain().len()` without building it.
    fn plain_len(self) -> usize {
        let p = self.parts();
        let n = p.digits.len() - p.from;
        if self.exp >= 0 {
            return p.neg as usize + n + if self.mant != 0 { self.exp as usize } else { 0 };
        }
        let (int, frac_zeros, frac) = p.split();
        let frac_len = if frac.is_empty() {
            0
        } else {
            1 + frac_zeros + frac.len()
        };
        p.neg as usize + int.len().max(1) + frac_len
    }

    /// Appends the plain decimal to `out` (one buffer for a whole value).
    fn write_plain(self, out: &mut String) {
        let p = self.parts();
        if p.neg {
            out.push('-');
        }
        if self.exp >= 0 {
            out.push_str(p.str(&p.digits[p.from..]));
            if self.mant != 0 {
                out.extend(std::iter::repeat_n('0', self.exp as usize));
            }
            return;
        }
        let (int, frac_zeros, frac) = p.split();
        out.push_str(if int.is_empty() { "0" } else { p.str(int) });
        if !frac.is_empty() {
            out.push('.');
            out.extend(std::iter::repeat_n('0', frac_zeros));
            out.push_str(p.str(frac));
        }
    }
}

/// A decimal's digits on the stack (see [`Dec::parts`]).
struct Plain {
    neg: bool,
    digits: [u8; 40],
    from: usize,
    exp: i32,
}

impl Plain {
    /// For a negative exponent: the integer digits (empty for `0.…`), the
    /// zeros right after the point, and the other fraction digits without
    /// trailing zeros (empty: no fraction).
    fn split(&self) -> (&[u8], usize, &[u8]) {
        let d = &self.digits[self.from..];
        let k = self.exp.unsigned_abs() as usize;
        let (int, frac, zeros) = if d.len() > k {
            (&d[..d.len() - k], &d[d.len() - k..], 0)
        } else {
            (&d[..0], d, k - d.len())
        };
        let keep = frac.iter().rposition(|&c| c != b'0').map_or(0, |i| i + 1);
        let frac = &frac[..keep];
        (int, if frac.is_empty() { 0 } else { zeros }, frac)
    }

    /// ASCII digits as text.
    fn str<'a>(&self, b: &'a [u8]) -> &'a str {
        std::str::from_utf8(b).unwrap_or("")
    }
}

/// Parses `5,000`, `1.5`, `400m`, `2bn`.
fn parse_digits(w: &str) -> Option<Dec> {
    let w = crate::rules::text::without_money_prefix(w);
    let (num, suffix) = w.split_at(digits_end(w));
    // Digits with `,` dropped and at most one `.`: at most 30 characters,
    // so the mantissa fits an i128 without overflow.
    let (mut chars, mut dots, mut int_digits, mut frac_digits) = (0usize, 0u32, 0u32, 0i32);
    let mut mant: i128 = 0;
    for c in num.bytes() {
        match c {
            b',' => continue,
            b'.' => dots += 1,
            d => {
                mant = mant * 10 + i128::from(d - b'0');
                if dots == 0 {
                    int_digits += 1;
                } else {
                    frac_digits += 1;
                }
            }
        }
        chars += 1;
        if chars > 30 {
            return None;
        }
    }
    if chars == 0 || dots > 1 || int_digits == 0 {
        return None;
    }
    let d = Dec {
        mant,
        exp: -frac_digits,
    };
    match scale_of(suffix) {
        Some(s) => d.mul(Dec::int(s)),
        None if suffix.is_empty() || unit_suffix_of(num, suffix) => Some(d),
        None => None,
    }
}

/// ASCII case-insensitive membership in a list of lower-case words.
fn lower_is(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Is `w` a scale written onto its number (`400m`, `2bn`, `5k`, and in
/// tabloid style `£150million`): an abbreviation among the scales or a
/// scale word in the singular?
pub fn is_scale_suffix(w: &str) -> bool {
    (w.len() <= 3 || !w.ends_with(['s', 'S'])) && scale_of(w).is_some()
}

/// The value of a scale word or its abbreviation (any case).
fn scale_of(w: &str) -> Option<u64> {
    // South Asian English counts in lakhs (100,000) and crores (ten
    // million): `₹2.03 lakh crore` is two scales one after the other.
    const SCALES: [(&[&str], u64); 6] = [
        (&["k", "thousand"], 1_000),
        (&["lakh", "lakhs"], 100_000),
        (&["crore", "crores"], 10_000_000),
        (&["m", "mn", "million", "millions"], 1_000_000),
        (&["b", "bn", "billion", "billions"], 1_000_000_000),
        (&["tn", "trn", "trillion", "trillions"], 1_000_000_000_000),
    ];
    if w.len() > 9 {
        return None;
    }
    SCALES
        .iter()
        .find(|(names, _)| lower_is(w, names))
        .map(|&(_, v)| v)
}

/// Words that join the two ends of a range.
fn is_range_joiner(w: &str) -> bool {
    lower_is(w, &["to", "and", "-", "–", "—", "or"])
}

/// Words joining a rate's two numbers (`3 in 10`, `one out of five`):
/// how many, or none.
fn rate_joiner(words: &[&str]) -> Option<usize> {
    match words {
        [w, ..] if lower_is(w, &["in"]) => Some(1),
        [a, b, ..] if lower_is(a, &["out"]) && lower_is(b, &["of"]) => Some(2),
        _ => None,
    }
}

/// Inexact quantity words: the value is empty.
fn is_vague(w: &str) -> bool {
    lower_is(
        w,
        &[
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "scores",
            "several",
        ],
    )
}

/// One number read from words: returns the value and how many words it took.
fn read_number(words: &[&str]) -> Option<(Dec, usize)> {
    let first = *words.first()?;
    let mut i;
    let mut val: Dec;
    if let Some(d) = parse_digits(first) {
        val = d;
        i = 1;
    } else if first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an") {
        // `a million`, `a hundred`: only with a scale word after it.
        let next = *words.get(1)?;
        let v = number_word(next).filter(|&v| v >= 100 || v == 12)?;
        val = Dec::int(v);
        i = 2;
    } else if first.eq_ignore_ascii_case("half")
        && words
            .get(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    {
        // `half a million`: those scale words are all even.
        let v = number_word(words.get(2)?).filter(|&v| v >= 100 || v == 12)?;
        val = Dec::int(v / 2);
        i = 3;
    } else if let Some(v) = number_word(first) {
        // Word numbers: `two hundred fifty thousand`.
        let mut total: u64 = 0;
        let mut current: u64 = v;
        i = 1;
        while let Some(w) = words.get(i) {
            let Some(n) = number_word(w) else {
                if w.eq_ignore_ascii_case("and")
                    && words
                        .get(i + 1)
                        .and_then(|w| number_word(w))
                        .is_some_and(|n| n < 100)
                    && current >= 100
                {
                    i += 1;
                    continue;
                }
                // `twenty-five`: a tens word, a hyphen and a unit word are
                // one number, not a range.
                if matches!(*w, "-" | "–")
                    && (20..100).contains(&(current % 100))
                    && current.is_multiple_of(10)
                    && words
                        .get(i + 1)
                        .and_then(|w| number_word(w))
                        .is_some_and(|n| (1..10).contains(&n))
                {
                    i += 1;
                    continue;
                }
                break;
            };
            if n == 100 {
                current = current.max(1).saturating_mul(100);
            } else if n >= 1000 {
                total = total.saturating_add(current.max(1).saturating_mul(n));
                current = 0;
            } else if n == 12 && words[i].eq_ignore_ascii_case("dozen") {
                current = current.max(1).saturating_mul(12);
            } else {
                current = current.saturating_add(n);
            }
            i += 1;
        }
        // `five lakh`, `two crore`: a scale that is no number word follows.
        val = Dec::int(total.saturating_add(current));
    } else {
        return None;
    }
    // A scale word after digits: `1.5 billion`.
    while let Some(w) = words.get(i) {
        match scale_of(w).or_else(|| number_word(w).filter(|&v| v == 100)) {
            Some(s) => {
                val = val.mul(Dec::int(s))?;
                i += 1;
            }
            None => break,
        }
    }
    Some((val, i))
}

/// Splits a figure's text into words and numbers, keeping `-` as a word
/// between two numbers so ranges are seen: words end at white space and
/// at currency symbols and `% ( )`, dashes (`-`, `–`, `—`) are words of their own, and
/// the last part of each word loses its final `. , ; :`.
///
/// One pass over the bytes (a figure is a few words, asked about for
/// every FIGURE): only a non-ASCII character is decoded.
fn words_of<'t>(text: &'t str, out: &mut SmallVec<[&'t str; 16]>) {
    enum Kind {
        Part,
        Dash,
        Break,
    }
    let b = text.as_bytes();
    // The start of the part being read, and the next byte.
    let (mut from, mut k) = (0, 0);
    let last_part = |out: &mut SmallVec<[&'t str; 16]>, part: &'t str| {
        let part = part.trim_end_matches(['.', ',', ';', ':']);
        if !part.is_empty() {
            out.push(part);
        }
    };
    while let Some(&c) = b.get(k) {
        let (kind, w) = if c < 0x80 {
            let kind = match c {
                b'\t'..=b'\r' | b' ' | b'$' | b'%' | b'(' | b')' => Kind::Break,
                b'-' => Kind::Dash,
                _ => Kind::Part,
            };
            (kind, 1)
        } else {
            let ch = text[k..].chars().next().unwrap_or(' ');
            let kind = if ch.is_whitespace() || is_currency_symbol(ch) {
                Kind::Break
            } else if matches!(ch, '–' | '—') {
                Kind::Dash
            } else {
                Kind::Part
            };
            (kind, ch.len_utf8())
        };
        match kind {
            Kind::Part => {}
            Kind::Dash => {
                if k > from {
                    out.push(&text[from..k]);
                }
                out.push(&text[k..k + w]);
                from = k + w;
            }
            Kind::Break => {
                last_part(out, &text[from..k]);
                from = k + w;
            }
        }
        k += w;
    }
    last_part(out, &text[from..]);
}

/// [`figure_value`] of a FIGURE's text followed by the text `after` it,
/// which tells metres from millions.
pub fn figure_value_before(text: &str, after: &str) -> String {
    if !text.ends_with('m') {
        return figure_value(text);
    }
    // `about 400m away`, `250m before the crossing`: an `m` written onto a
    // number without a currency, before a word of distance, is metres.
    // The next word on the same line.
    let line = after.split(['\n', '\r']).next().unwrap_or("");
    let next = line.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    if let Some(head) = text.strip_suffix('m')
        && head.ends_with(|c: char| c.is_ascii_digit())
        && !head.contains(|c: char| c.is_uppercase() || is_currency_symbol(c))
        && lower_is(next, DISTANCE_WORDS)
    {
        return figure_value(head);
    }
    figure_value(text)
}

/// Words after a length that say it is a distance (`400m away`).
const DISTANCE_WORDS: &[&str] = &[
    "away",
    "before",
    "beyond",
    "ahead",
    "long",
    "high",
    "wide",
    "deep",
    "tall",
    "above",
    "below",
    "further",
    "farther",
    "along",
    "across",
    "offshore",
    "inland",
    "underground",
    "underwater",
];

/// The value of a FIGURE's text: a plain decimal, `low-high` for a range,
/// empty when the quantity is vague or no number is found.
pub fn figure_value(text: &str) -> String {
    // A signed change (`+21` seats, `-7`): a minus stays with the value.
    let digit_after = |r: &str| r.starts_with(|c: char| c.is_ascii_digit());
    if let Some(rest) = text.strip_prefix('+').filter(|r| digit_after(r)) {
        return figure_value(rest);
    }
    if let Some(rest) = text.strip_prefix(['-', '−']).filter(|r| digit_after(r)) {
        let v = figure_value(rest);
        return if v.is_empty() || v.contains('-') {
            v
        } else {
            format!("-{v}")
        };
    }
    let mut words = SmallVec::new();
    words_of(text, &mut words);
    if words.iter().any(|w| is_vague(w)) && !words.iter().any(|w| parse_digits(w).is_some()) {
        return String::new();
    }
    // A time taken (`3:52.14`) is its value as written.
    if text.contains(':')
        && let Some(t) = words.iter().find(|w| is_time_taken(w))
    {
        return (*t).to_string();
    }
    let fraction = text.contains('/');
    let mut i = 0;
    while i < words.len() {
        if fraction && let Some(v) = mixed_fraction(&words[i..]) {
            return v;
        }
        if let Some((low, n)) = read_number(&words[i..]) {
            // A compound like `28-year-old` has its number first; a range has
            // a joiner and a second number.
            let j = i + n;
            // `US$20-billion`: a hyphen before a scale word joins the two;
            // not before a letter (`400-m hurdles`, `8-K`).
            if words.get(j).is_some_and(|w| *w == "-")
                && words.get(j + 1).is_some_and(|w| {
                    w.len() >= 2
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && scale_of(w).is_some()
                })
            {
                let mut joined: SmallVec<[&str; 8]> = words[i..j].iter().copied().collect();
                joined.extend(words[j + 1..].iter().copied());
                if let Some((v, _)) = read_number(&joined) {
                    return v.to_plain();
                }
            }
            if let Some(k) = rate_joiner(&words[j..])
                && let Some((of, _)) = read_number(&words[j + k..])
                && let Some(v) = low.share(of)
            {
                return v.to_plain();
            }
            // `5 percent to 7 percent`: the unit may come after both.
            let unit = match words.get(j..j + 2) {
                Some([p, c]) if lower_is(p, &["per"]) && lower_is(c, &["cent"]) => 2,
                _ if words
                    .get(j)
                    .is_some_and(|w| lower_is(w, &["percent", "pc"])) =>
                {
                    1
                }
                _ => 0,
            };
            let j = if words.get(j + unit).is_some_and(|w| is_range_joiner(w)) {
                j + unit
            } else {
                j
            };
            if let Some(joiner) = words.get(j)
                && is_range_joiner(joiner)
                && let Some((high, hn)) = read_number(&words[j + 1..])
            {
                let scale = words_scale(&words[j + 2..j + 1 + hn]);
                let low = rescale_low(low, high, scale, &words[i..i + n]);
                let mut v = String::with_capacity(48);
                low.write_plain(&mut v);
                v.push('-');
                high.write_plain(&mut v);
                return v;
            }
            return low.to_plain();
        }
        i += 1;
    }
    String::new()
}

/// `3:52.14`, `2:08.4`, `2:05:30`: minutes and seconds with a fraction, or
/// hours, minutes and seconds (the `figure.race_time` rule's shape).
fn is_time_taken(w: &str) -> bool {
    let Some((h, rest)) = w.split_once(':') else {
        return false;
    };
    let digits = |x: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    let (mid, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let (m, s) = mid.split_once(':').unwrap_or((mid, ""));
    digits(h, 1, 2)
        && digits(m, 2, 2)
        && if s.is_empty() {
            digits(frac, 1, 3)
        } else {
            digits(s, 2, 2) && (frac.is_empty() || digits(frac, 1, 3))
        }
}

/// `1 1/2` (then anything): a whole number and a proper fraction, as a
/// decimal when one is exact (halves, quarters, fifths …), else as
/// written (`4 2/3`).
fn mixed_fraction(words: &[&str]) -> Option<String> {
    let (Some(whole), Some(frac)) = (words.first(), words.get(1)) else {
        return None;
    };
    let all_digits =
        |x: &str| !x.is_empty() && x.len() <= 9 && x.bytes().all(|b| b.is_ascii_digit());
    let (num, den) = frac.split_once('/')?;
    if !(all_digits(whole) && all_digits(num) && all_digits(den)) {
        return None;
    }
    let (n, d): (u64, u64) = (num.parse().ok()?, den.parse().ok()?);
    if n == 0 || n >= d {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    // The fewest decimal places that hold n/d exactly, if six do.
    for k in 1..=6u32 {
        let p = 10u64.pow(k);
        if p % d == 0 {
            let digits = format!("{:0width$}", n * (p / d), width = k as usize);
            return Some(format!("{whole}.{}", digits.trim_end_matches('0')));
        }
    }
    Some(format!("{whole} {n}/{d}"))
}

/// The product of the scale words among `words` (`lakh crore` is 10^12),
/// `None` when there are none.
fn words_scale(words: &[&str]) -> Option<u64> {
    words
        .iter()
        .filter_map(|w| scale_of(w))
        .try_fold(None::<u64>, |acc, s| {
            Some(Some(acc.unwrap_or(1).checked_mul(s)?))
        })
        .flatten()
}

/// `3 to 5 million` means 3 million: a bare low end takes the high end's
/// scale, its scale words (`5-10 lakh`: 5 lakh) or, for a scale written
/// onto the number (`3 to 5m`), the power of a thousand that brings it
/// to the high end's order.
fn rescale_low(low: Dec, high: Dec, scale: Option<u64>, low_words: &[&str]) -> Dec {
    // `from R1,000 to R1.3 million`: a low end with thousands groups is
    // written out whole.
    if low_words.len() == 1
        && !low_words[0].contains(',')
        && parse_digits(low_words[0]).is_some_and(|d| d.exp == 0)
    {
        if let Some(s) = scale {
            return low.mul(Dec::int(s)).unwrap_or(low);
        }
        let lo = low.plain_len();
        let hi = high.plain_len();
        if hi > lo + 3 && low.mant > 0 {
            // Find the scale that brings low to the same order as high.
            for s in [1_000u64, 1_000_000, 1_000_000_000, 1_000_000_000_000] {
                if let Some(scaled) = low.mul(Dec::int(s))
                    && scaled.plain_len() + 3 > hi
                    && scaled.plain_len() <= hi
                {
                    return scaled;
                }
            }
        }
    }
    low
}

/// Adds two decimals written as plain text (used by tests of the arithmetic).
pub fn add_plain(a: &str, b: &str) -> Option<String> {
    Some(parse_digits(a)?.add(parse_digits(b)?)?.to_plain())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a figure as first written (splitting, then splitting
    /// again on dashes), the definition `words_of` is held to.
    fn reference_words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for raw in text.split(|c: char| {
            c.is_whitespace() || is_currency_symbol(c) || matches!(c, '%' | '(' | ')')
        }) {
            if raw.is_empty() {
                continue;
            }
            let mut rest = raw;
            while let Some(k) = rest.find(['-', '–', '—']) {
                let (a, b) = rest.split_at(k);
                if !a.is_empty() {
                    out.push(a);
                }
                let dash_len = b.chars().next().map_or(1, char::len_utf8);
                out.push(&b[..dash_len]);
                rest = &b[dash_len..];
            }
            if !rest.is_empty() {
                out.push(rest.trim_end_matches(['.', ',', ';', ':']));
            }
        }
        out.retain(|w| !w.is_empty());
        out
    }

    proptest::proptest! {
        /// Figure texts of digits, words, currency signs, dashes, final
        /// punctuation and every kind of white space split as defined.
        #[test]
        fn figure_words_split_as_defined(parts in proptest::collection::vec(0usize..31, 0..24)) {
            const PIECES: [&str; 31] = [
                "5", "1,200", "3.5", "million", "a", "Two", "-", "–", "—", "$", "€", "£",
                "¥", "₹", "₦", "₵", "%", "(", ")", " ", "\t", "\r\n", "\u{a0}", "\u{2009}", ".", ",",
                ";:", "é", "\u{b}", "₩", "₽",
            ];
            let text: String = parts.iter().map(|&k| PIECES[k]).collect();
            let mut got = SmallVec::new();
            words_of(&text, &mut got);
            proptest::prop_assert_eq!(got.to_vec(), reference_words(&text), "{:?}", text);
        }
    }

    /// The plain decimal as first written (with a temporary string), the
    /// definition `write_plain` and `plain_len` are held to.
    fn reference_plain(d: Dec) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        if d.exp >= 0 {
            let _ = write!(out, "{}", d.mant);
            if d.mant != 0 {
                out.extend(std::iter::repeat_n('0', d.exp as usize));
            }
            return out;
        }
        let mut digits = String::new();
        let _ = write!(digits, "{}", d.mant.unsigned_abs());
        let k = (-d.exp) as usize;
        if digits.len() <= k {
            digits.insert_str(0, &"0".repeat(k - digits.len() + 1));
        }
        let (a, b) = digits.split_at(digits.len() - k);
        let b = b.trim_end_matches('0');
        if d.mant < 0 {
            out.push('-');
        }
        out.push_str(a);
        if !b.is_empty() {
            out.push('.');
            out.push_str(b);
        }
        out
    }

    #[test]
    fn scale_suffixes_are_the_abbreviated_scales() {
        for w in [
            "k", "m", "mn", "b", "bn", "tn", "trn", "BN", "M", "thousand", "million",
        ] {
            assert!(is_scale_suffix(w), "{w}");
        }
        for w in ["", "millions", "bns", "x", "mm", "kg"] {
            assert!(!is_scale_suffix(w), "{w}");
        }
        assert!(crate::rules::text::is_numeric("400m") && crate::rules::text::is_numeric("2BN"));
        assert!(crate::rules::text::is_numeric("150million"));
        assert!(!crate::rules::text::is_numeric("400millions"));
    }

    #[test]
    fn plain_decimals_match_their_definition() {
        for mant in [
            0i128,
            1,
            5,
            10,
            15,
            100,
            1200,
            100_500,
            -7,
            -1500,
            i128::MAX,
            i128::MIN + 1,
            // Around the 64-bit edge, where the digits change loops.
            u64::MAX as i128,
            u64::MAX as i128 + 1,
            -(u64::MAX as i128) - 1,
            10_i128.pow(19),
            10_i128.pow(20),
        ] {
            for exp in -45..=15 {
                let d = Dec { mant, exp };
                let want = reference_plain(d);
                assert_eq!(d.to_plain(), want, "{mant} e{exp}");
                assert_eq!(d.plain_len(), want.len(), "{mant} e{exp}");
            }
        }
    }

    #[test]
    fn an_m_before_a_distance_word_is_metres_unless_money() {
        for (t, after, v) in [
            ("400m", " away from the gate", "400"),
            ("about 250m", "\nbefore", "250000000"),
            ("250m", " before the crossing", "250"),
            ("$400m", " away", "400000000"),
            ("₽400m", " away", "400000000"),
            ("Rs400m", " away", "400000000"),
            ("400m", " in debt", "400000000"),
        ] {
            assert_eq!(figure_value_before(t, after), v, "{t:?} {after:?}");
        }
    }

    #[test]
    fn values() {
        for (t, v) in [
            ("more than 5,000", "5000"),
            ("three others", "3"),
            ("1.5 billion", "1500000000"),
            ("a million people", "1000000"),
            ("12%", "12"),
            ("$41.30", "41.3"),
            ("€400m", "400000000"),
            ("₩18.5 trillion", "18500000000000"),
            ("₽1.2bn", "1200000000"),
            ("₺40", "40"),
            ("+21", "21"),
            ("-7", "-7"),
            // Times taken are written as given; a mixed number is a decimal
            // only where one is exact.
            ("3:52.14", "3:52.14"),
            ("2:05:30", "2:05:30"),
            ("1 1/2 games", "1.5"),
            ("about 2 1/4 hours", "2.25"),
            ("4 2/3 innings", "4 2/3"),
            ("2 0/4", "2"),
            ("less than 1 in 10 billion", "0.0000000001"),
            ("−2.5%", "-2.5"),
            ("-3-5", "3-5"),
            ("$1.2 billion", "1200000000"),
            ("28-year-old", "28"),
            ("three-way", "3"),
            ("10-15%", "10-15"),
            ("3 to 5 years", "3-5"),
            ("between 200 and 300 troops", "200-300"),
            ("between $8 million and $10 million", "8000000-10000000"),
            ("more than two hundred people", "200"),
            ("two hundred and fifty", "250"),
            ("dozens of people", ""),
            ("44.5 degrees", "44.5"),
            ("0.05", "0.05"),
            ("2 to 3 million", "2000000-3000000"),
            ("Twenty-five", "25"),
            ("twenty-five to thirty", "25-30"),
            ("thirty-year-old", "30"),
            ("58mm", "58"),
            ("20 to 30mm", "20-30"),
            ("38p", "38"),
            ("US$20-billion", "20000000000"),
            ("400-m hurdles", "400"),
            ("from R1,000 to R1.3 million", "1000-1300000"),
            ("1.214s", "1.214"),
            ("266pts", "266"),
            ("N209.50", "209.5"),
            ("1,200MW", "1200"),
            ("14:30", ""),
            // Rates: the share, to four places.
            ("Nearly one in five patients", "0.2"),
            ("3 in 10 adults", "0.3"),
            ("Two out of three voters", "0.6667"),
            ("1 in 3", "0.3333"),
            ("one in 1,000", "0.001"),
            ("one in 50,000 people", "0.00002"),
            ("1 in 3,000,000", "0.0000003333"),
            ("0 in 5", "0"),
            ("1 in 0", "1"),
            // Too large to divide exactly: the first number, as before.
            ("1 in 99999999999999999999999999999999999999999", "1"),
            ("1 in 0.0000000000000000000000000000000000001", "1"),
        ] {
            assert_eq!(figure_value(t), v, "{t}");
        }
        assert_eq!(add_plain("0.1", "0.2").as_deref(), Some("0.3"));
    }
}

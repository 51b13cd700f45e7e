//! Eight bytes at a time: a little-endian `u64` per 8 bytes of text, with
//! per-byte range tests and ASCII lower-casing done on all of them at once
//! (the tokenizer, lexicon entries and word lists share these).

/// The high bit of every byte.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// Bytes `at..at + n` (`n` ≤ 8) of `text` as a little-endian integer, the
/// rest zero.
#[inline]
pub fn load(text: &[u8], at: usize, n: usize) -> u64 {
    let keep = if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    match text.get(at..at + 8) {
        // One unaligned read where the text goes on for 8 bytes.
        Some(w) => u64::from_le_bytes(w.try_into().unwrap_or([0; 8])) & keep,
        None => load_short(&text[at..at + n]),
    }
}

/// `b` (fewer than 8 bytes) as a little-endian integer, the rest zero.
///
/// Word lists load whole words this way, so it is hot: a copy of a
/// variable length into a buffer would be a call to `memcpy`. Two
/// overlapping reads cover any length instead (their common bytes are
/// the same, so OR-ing them is exact).
#[inline]
fn load_short(b: &[u8]) -> u64 {
    let n = b.len();
    match (b.get(..4), b.get(n.saturating_sub(4)..)) {
        (Some(lo), Some(hi)) if n >= 4 => {
            let lo = u32::from_le_bytes(lo.try_into().unwrap_or_default());
            let hi = u32::from_le_bytes(hi.try_into().unwrap_or_default());
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        }
        _ => match (b.first(), b.last()) {
            // One, two or three bytes: first, middle and last.
            (Some(&f), Some(&l)) => {
                u64::from(f) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(l) << (8 * (n - 1))
            }
            _ => 0,
        },
    }
}

/// The high bit set in each byte of `x` that is ASCII and within
/// `first..=last` (both ASCII).
#[inline]
pub fn within(x: u64, first: u8, last: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte below 0x80, `lo + (0x80 - k)` reaches the high bit when the
    // byte is at least `k`, and never carries into the next byte.
    let lo = x & !HIGH;
    let from = lo.wrapping_add(ONES * (0x80 - first as u64));
    let past = lo.wrapping_add(ONES * (0x80 - last as u64 - 1));
    from & !past & !x & HIGH
}

/// `x` with its ASCII capitals lower-cased.
#[inline]
pub fn lower8(x: u64) -> u64 {
    x | within(x, b'A', b'Z') >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_length_at_every_place_loads_its_own_bytes() {
        let text = b"abcdefghijklmnopq\xC3\x89";
        for end in 0..=text.len() {
            // The slice ends at `end`, so short loads take the path for the
            // end of a text.
            let t = &text[..end];
            for at in 0..=end {
                for n in 0..=(end - at).min(8) {
                    let mut want = [0u8; 8];
                    want[..n].copy_from_slice(&t[at..at + n]);
                    assert_eq!(load(t, at, n), u64::from_le_bytes(want), "{at} {n} {end}");
                }
            }
        }
    }

    #[test]
    fn eight_bytes_as_one_by_one() {
        let text = "AZaz09@[`{/:É\u{7f}x".as_bytes();
        for at in 0..text.len() {
            let n = (text.len() - at).min(8);
            let x = load(text, at, n);
            let bytes = &text[at..at + n];
            assert_eq!(x.to_le_bytes()[..n], *bytes);
            let lower: Vec<u8> = bytes.to_ascii_lowercase();
            assert_eq!(lower8(x).to_le_bytes()[..n], lower[..]);
            let digits = within(x, b'0', b'9');
            for (k, b) in bytes.iter().enumerate() {
                assert_eq!(digits >> (8 * k + 7) & 1 == 1, b.is_ascii_digit(), "{b}");
            }
        }
    }
}

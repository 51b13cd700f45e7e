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
        None => {
            let mut x = [0u8; 8];
            x[..n].copy_from_slice(&text[at..at + n]);
            u64::from_le_bytes(x)
        }
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

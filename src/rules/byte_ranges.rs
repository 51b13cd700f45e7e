//! A few ranges of byte values, and which bytes of a 64-byte block fall in
//! them, as a bit mask: the regex scan stops only at those bytes, found 16
//! at a time, instead of testing every byte and branching on each.

/// At most this many ranges are tested per block; more, and a byte table
/// is as fast.
pub const MAX_RANGES: usize = 6;

/// A set of byte values, bit `b % 64` of word `b / 64` for byte `b`.
pub type ByteSet = [u64; 4];

/// Byte ranges (inclusive), each within `0..=0x7F` or `0x80..=0xFF`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ByteRanges {
    ranges: smallvec::SmallVec<[(u8, u8); MAX_RANGES]>,
}

impl ByteRanges {
    /// The bytes `b` with `member(b)`, as ranges; `None` when more than
    /// [`MAX_RANGES`] are needed (tests describe sets this way).
    #[cfg(test)]
    pub fn of(member: impl Fn(u8) -> bool) -> Option<ByteRanges> {
        let mut set = [0u64; 4];
        for b in 0..=255u8 {
            set[usize::from(b / 64)] |= u64::from(member(b)) << (b % 64);
        }
        ByteRanges::of_set(set)
    }

    /// The bytes of `set` as ranges, a run of bits at a time (the regex
    /// scan builds these for every text that switches rules off);
    /// `None` when more than [`MAX_RANGES`] are needed.
    pub fn of_set(set: ByteSet) -> Option<ByteRanges> {
        let mut ranges = smallvec::SmallVec::new();
        // A range does not cross 0x80: the vector compare is signed.
        for half in [0u8, 1] {
            let k = usize::from(half) * 2;
            let mut w = u128::from(set[k]) | u128::from(set[k + 1]) << 64;
            while w != 0 {
                let lo = w.trailing_zeros();
                let run = (w >> lo).trailing_ones();
                let base = u32::from(half) * 128;
                // Both below 256: `lo + run` is at most 128.
                ranges.push(((base + lo) as u8, (base + lo + run - 1) as u8));
                if ranges.len() > MAX_RANGES {
                    return None;
                }
                w = if lo + run >= 128 {
                    0
                } else {
                    w & !((1u128 << (lo + run)) - 1)
                };
            }
        }
        Some(ByteRanges { ranges })
    }

    /// Bit `i` set when byte `i` of `block` is in a range.
    #[inline]
    pub fn mask(&self, block: &[u8; 64]) -> u64 {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64 itself: every processor that runs
        // this build has it.
        unsafe {
            self.mask_sse2(block)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self.mask_by_byte(block)
        }
    }

    /// [`ByteRanges::mask`] a byte at a time (the definition the vector
    /// version is tested against, and the version elsewhere).
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    pub fn mask_by_byte(&self, block: &[u8; 64]) -> u64 {
        block.iter().enumerate().fold(0, |m, (i, &b)| {
            let inside = self.ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b));
            m | u64::from(inside) << i
        })
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "sse2")]
    fn mask_sse2(&self, block: &[u8; 64]) -> u64 {
        use std::arch::x86_64::{
            _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_movemask_epi8,
            _mm_or_si128, _mm_set_epi64x, _mm_set1_epi8, _mm_setzero_si128,
        };
        let word =
            |at: usize| u64::from_le_bytes(block[at..at + 8].try_into().unwrap_or_default()) as i64;
        let v = [0, 16, 32, 48].map(|at| _mm_set_epi64x(word(at + 8), word(at)));
        let mut any = [_mm_setzero_si128(); 4];
        for &(lo, hi) in &self.ranges {
            // Signed compares: each range keeps to one half of the byte
            // values, where signed order is the unsigned one.
            let (lo, hi) = (lo as i8, hi as i8);
            if lo == hi {
                let c = _mm_set1_epi8(lo);
                for k in 0..4 {
                    any[k] = _mm_or_si128(any[k], _mm_cmpeq_epi8(v[k], c));
                }
            } else {
                // Inside: neither below `lo` nor above `hi` (bounds taken
                // as they are, so `0x7F` and `0x80` need no neighbour).
                let (lo, hi) = (_mm_set1_epi8(lo), _mm_set1_epi8(hi));
                for k in 0..4 {
                    let outside = _mm_or_si128(_mm_cmplt_epi8(v[k], lo), _mm_cmpgt_epi8(v[k], hi));
                    any[k] = _mm_or_si128(
                        any[k],
                        _mm_andnot_si128(outside, _mm_cmpeq_epi8(v[k], v[k])),
                    );
                }
            }
        }
        any.iter().enumerate().fold(0, |m, (k, &x)| {
            m | u64::from(_mm_movemask_epi8(x) as u16) << (16 * k)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The vector mask is the byte-at-a-time one, for ranges anywhere
        /// (both ends of each half included).
        #[test]
        fn vector_masks_are_the_definitions(
            block in proptest::collection::vec(proptest::num::u8::ANY, 64),
            bounds in proptest::collection::vec((proptest::num::u8::ANY, 0u8..12), 0..4),
        ) {
            let mut set = [false; 256];
            for &(lo, len) in &bounds {
                for b in lo..=lo.saturating_add(len) {
                    set[b as usize] = true;
                }
            }
            for b in [0u8, 0x7F, 0x80, 0xFF] {
                set[b as usize] |= bounds.len() == 3;
            }
            let Some(r) = ByteRanges::of(|b| set[b as usize]) else {
                return Ok(());
            };
            let block: [u8; 64] = block.try_into().unwrap_or([0; 64]);
            let want = block.iter().enumerate().fold(0u64, |m, (i, &b)| m | u64::from(set[b as usize]) << i);
            proptest::prop_assert_eq!(r.mask_by_byte(&block), want);
            proptest::prop_assert_eq!(r.mask(&block), want);
        }
    }

    proptest::proptest! {
        /// Ranges from runs of bits are the ranges a walk over the bytes
        /// finds.
        #[test]
        fn runs_of_bits_are_the_ranges_of_bytes(set in proptest::array::uniform4(proptest::num::u64::ANY), sparse in 0u32..8) {
            // Random words have dozens of runs: thin them out to reach
            // sets within the limit too.
            let set = set.map(|w| (0..sparse).fold(w, |w, _| w & w.rotate_left(7)));
            let has = |b: u8| set[usize::from(b / 64)] >> (b % 64) & 1 == 1;
            let mut want: Vec<(u8, u8)> = Vec::new();
            for b in 0..=255u8 {
                if !has(b) {
                    continue;
                }
                match want.last_mut() {
                    Some(r) if r.1 + 1 == b && b != 0x80 => r.1 = b,
                    _ => want.push((b, b)),
                }
            }
            let got = ByteRanges::of_set(set);
            if want.len() > MAX_RANGES {
                proptest::prop_assert!(got.is_none());
            } else {
                proptest::prop_assert_eq!(got.map(|r| r.ranges.to_vec()), Some(want));
            }
        }
    }

    #[test]
    fn ranges_split_at_the_halves_and_stop_at_the_limit() {
        let r = ByteRanges::of(|b| (0x70..=0x90).contains(&b)).unwrap();
        assert_eq!(r.ranges.to_vec(), [(0x70, 0x7F), (0x80, 0x90)]);
        let digits = ByteRanges::of(|b| b.is_ascii_digit() || b == b'\'').unwrap();
        assert_eq!(digits.ranges.to_vec(), [(b'\'', b'\''), (b'0', b'9')]);
        assert!(ByteRanges::of(|b| b % 2 == 0).is_none());
        assert!(ByteRanges::of(|_| false).unwrap().ranges.is_empty());
        let all = ByteRanges::of(|_| true).unwrap();
        assert_eq!(all.ranges.to_vec(), [(0, 0x7F), (0x80, 0xFF)]);
    }
}

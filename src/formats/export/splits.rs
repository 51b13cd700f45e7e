//! Deterministic splits of documents into parts (train/dev/test).

use super::options::Split;

/// SplitMix64: a tiny, well-mixed generator, so a seed gives the same
/// shuffle on every platform and release without a crate.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is negligible for corpora.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// How many of `n` documents go to each part: the fractions rounded so the
/// counts add up to `n` (largest remainder first, ties by part order).
pub fn part_sizes(split: &Split, n: usize) -> Vec<usize> {
    let exact: Vec<f64> = split.parts.iter().map(|(_, f)| f * n as f64).collect();
    let mut sizes: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut left = n.saturating_sub(sizes.iter().sum());
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact[a] - exact[a].floor();
        let rb = exact[b] - exact[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        sizes[i] += 1;
        left -= 1;
    }
    sizes
}

/// Assigns each of `items` (document indices, in project order) to a part:
/// a seeded shuffle cut by [`part_sizes`]. Each part keeps project order.
pub fn assign(split: &Split, items: &[usize]) -> Vec<Vec<usize>> {
    let mut shuffled = items.to_vec();
    let mut rng = SplitMix(split.seed);
    for i in (1..shuffled.len()).rev() {
        let j = rng.below(i + 1);
        shuffled.swap(i, j);
    }
    let mut out = Vec::with_capacity(split.parts.len());
    let mut at = 0;
    for size in part_sizes(split, items.len()) {
        let mut part = shuffled[at..at + size].to_vec();
        part.sort_unstable();
        out.push(part);
        at += size;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str, seed: u64) -> Split {
        let mut sp = Split::parse(s).unwrap();
        sp.seed = seed;
        sp
    }

    #[test]
    fn sizes_add_up_and_follow_fractions() {
        let sp = split("train=0.8,dev=0.1,test=0.1", 0);
        assert_eq!(part_sizes(&sp, 10), vec![8, 1, 1]);
        assert_eq!(part_sizes(&sp, 7).iter().sum::<usize>(), 7);
        assert_eq!(part_sizes(&sp, 0), vec![0, 0, 0]);
        assert_eq!(part_sizes(&split("a=0.5,b=0.5", 0), 3), vec![2, 1]);
    }

    #[test]
    fn same_seed_same_parts_and_every_doc_once() {
        let items: Vec<usize> = (0..100).collect();
        let a = assign(&split("train=0.7,test=0.3", 7), &items);
        let b = assign(&split("train=0.7,test=0.3", 7), &items);
        let c = assign(&split("train=0.7,test=0.3", 8), &items);
        assert_eq!(a, b);
        assert_ne!(a, c);
        let mut all: Vec<usize> = a.concat();
        all.sort_unstable();
        assert_eq!(all, items);
        assert_eq!(a[0].len(), 70);
    }

    #[test]
    fn bad_splits_are_refused() {
        assert!(Split::parse("train=0.8,dev=0.1").is_err());
        assert!(Split::parse("train=0.5,train=0.5").is_err());
        assert!(Split::parse("tr ain=1").is_err());
        assert!(Split::parse("train=x").is_err());
        assert!(Split::parse("train=-1,dev=2").is_err());
    }
}

//! The order files of a folder are read in: as a file manager lists them,
//! numbers by their value (`a2` before `a10`) and letters without regard
//! to case, so a folder of `article-1.txt` … `article-12.txt` becomes
//! documents in the order they were numbered.

use std::cmp::Ordering;

/// Compares two names in natural order: runs of ASCII digits by their
/// value, other characters case-insensitively. Names that this leaves
/// equal (`a01` and `a1`, `A` and `a`) are ordered by their characters,
/// so the order is total and the same on every run.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    natural_only(a, b).then_with(|| a.cmp(b))
}

/// [`natural_cmp`] without the final tie-break.
fn natural_only(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        let (Some(cx), Some(cy)) = (x.chars().next(), y.chars().next()) else {
            return x.is_empty().cmp(&y.is_empty()).reverse();
        };
        if cx.is_ascii_digit() && cy.is_ascii_digit() {
            let (dx, rx) = split_digits(x);
            let (dy, ry) = split_digits(y);
            // Leading zeros do not change a number's value.
            let (vx, vy) = (dx.trim_start_matches('0'), dy.trim_start_matches('0'));
            let by_value = vx.len().cmp(&vy.len()).then_with(|| vx.cmp(vy));
            if by_value != Ordering::Equal {
                return by_value;
            }
            (x, y) = (rx, ry);
            continue;
        }
        let by_char = cx.to_lowercase().cmp(cy.to_lowercase());
        if by_char != Ordering::Equal {
            return by_char;
        }
        (x, y) = (&x[cx.len_utf8()..], &y[cy.len_utf8()..]);
    }
}

/// The run of ASCII digits `s` starts with, and the rest.
fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    s.split_at(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| natural_cmp(a, b));
        v
    }

    #[test]
    fn numbers_go_by_value_and_letters_ignore_case() {
        assert_eq!(
            sorted(&["a10.txt", "a2.txt", "a1.txt", "B1.txt", "b0.txt"]),
            ["a1.txt", "a2.txt", "a10.txt", "b0.txt", "B1.txt"]
        );
        assert_eq!(
            sorted(&["day-3-12", "day-3-2", "day-20-1"]),
            ["day-3-2", "day-3-12", "day-20-1"]
        );
        // A number longer than any integer type still compares.
        assert_eq!(
            sorted(&["x123456789012345678901234567890", "x99"]),
            ["x99", "x123456789012345678901234567890"]
        );
        // A name that is the start of another comes first.
        assert_eq!(sorted(&["ab", "a", "a1"]), ["a", "a1", "ab"]);
        // Ties broken by the characters: the order is total.
        assert_eq!(sorted(&["a1", "a01", "A1"]), ["A1", "a01", "a1"]);
        assert_eq!(sorted(&["é2", "é10", "e3"]), ["e3", "é2", "é10"]);
    }

    proptest! {
        #[test]
        fn the_order_is_total_and_consistent(
            a in "[a-cA-C0-9é_]{0,6}",
            b in "[a-cA-C0-9é_]{0,6}",
            c in "[a-cA-C0-9é_]{0,6}",
        ) {
            prop_assert_eq!(natural_cmp(&a, &b), natural_cmp(&b, &a).reverse());
            prop_assert_eq!(natural_cmp(&a, &b) == Ordering::Equal, a == b);
            let mut v = [a, b, c];
            v.sort_by(|x, y| natural_cmp(x, y));
            prop_assert!(natural_cmp(&v[0], &v[2]) != Ordering::Greater);
        }
    }
}

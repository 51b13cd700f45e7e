//! Label names and text made safe for line-oriented formats (brat, CoNLL):
//! names with only the characters a format allows, distinct labels kept
//! distinct, and text kept on one line as Python reads lines.

use std::collections::HashSet;

/// True for the characters Python's `str.splitlines` (and so brat's
/// `readlines`) ends a line at: a span's text or a note holding one would
/// break its line in two.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{1C}'
            | '\u{1D}'
            | '\u{1E}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s` with every line break and tab replaced by a space.
pub fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_line_break(c) || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The name each label is written with: `sanitize` of it, and when two
/// labels come out the same (`SOURCE NAME` and `SOURCE_NAME`), the later
/// one gets `-2`, `-3`, … so that their spans stay apart. Returns the
/// names (in the order of `labels`) and a warning for each renamed one.
pub fn distinct_names(
    labels: &[String],
    sanitize: impl Fn(&str) -> String,
    format: &str,
) -> (Vec<String>, Vec<String>) {
    let mut taken = HashSet::new();
    let mut warnings = Vec::new();
    let names = labels
        .iter()
        .map(|l| {
            let base = sanitize(l);
            let mut name = base.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}-{n}");
                n += 1;
            }
            if name != base {
                warnings.push(format!(
                    "{format}: label {l:?} is written as {name}: {base} names another label already"
                ));
            }
            name
        })
        .collect();
    (names, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_sanitize_alike_stay_apart() {
        let labels: Vec<String> = ["SOURCE NAME", "SOURCE_NAME", "SOURCE?NAME", "CLAIM"]
            .map(String::from)
            .to_vec();
        let (names, warnings) = distinct_names(&labels, |l| l.replace([' ', '?'], "_"), "brat");
        assert_eq!(
            names,
            ["SOURCE_NAME", "SOURCE_NAME-2", "SOURCE_NAME-3", "CLAIM"]
        );
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].contains("\"SOURCE_NAME\" is written as SOURCE_NAME-2"));
    }

    #[test]
    fn python_line_breaks_are_kept_off_a_line() {
        // What `str.splitlines` splits at.
        let s = "a\u{2028}b\u{85}c\u{0B}d\u{1E}e\u{2029}f\r\ng\th";
        assert_eq!(one_line(s), "a b c d e f  g h");
        assert!(!is_line_break(' ') && !is_line_break('\u{A0}'));
    }
}

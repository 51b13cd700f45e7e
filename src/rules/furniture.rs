//! Page furniture a scraper keeps that sentence rules cannot tell by their
//! words alone: social-media posts embedded in an article, and the author's
//! bio line at its end. Both read like sentences but are no part of the
//! story.

use super::text::Paragraph;

/// A paragraph's furniture bits.
pub mod bits {
    /// Part of an embedded social-media post.
    pub const EMBED: u8 = 1;
    /// The author's bio line at the end of the article.
    pub const BIO: u8 = 2;
}

/// Paragraphs above a post's sign-off line that can belong to the post:
/// the one right above always, up to two more that hold an emoji or a
/// hashtag.
const POST_PARAS_ABOVE: usize = 3;

/// Paragraphs after a post's `Name (@handle) · Follow` header that can
/// belong to it, up to its `9:14 AM · Oct 21, 2025` stamp.
const POST_PARAS_BELOW: usize = 3;

/// Per paragraph, its [`bits`]. One search for `(@` finds every post; the
/// bio is looked for in the last two paragraphs only.
pub fn classify(text: &str, paras: &[Paragraph]) -> Vec<u8> {
    let mut out = vec![0u8; paras.len()];
    let line = |i: usize| &text[paras[i].start..paras[i].end];
    let mut at = 0;
    let finder = memchr::memmem::Finder::new("(@");
    while let Some(k) = finder.find(&text.as_bytes()[at..]) {
        let pos = at + k;
        at = pos + 2;
        // The paragraph holding it (paragraphs are in order).
        let p = paras.partition_point(|x| x.end <= pos);
        if p >= paras.len() || paras[p].start > pos {
            continue;
        }
        let l = line(p);
        if is_sign_off(l) {
            out[p] |= bits::EMBED;
            for (n, q) in (0..p).rev().take(POST_PARAS_ABOVE).enumerate() {
                let body = line(q);
                if n > 0 && !(has_emoji_or_hashtag(body) || is_handle_line(body))
                    || body.ends_with(':')
                {
                    break;
                }
                out[q] |= bits::EMBED;
            }
        } else if is_post_header(l) {
            out[p] |= bits::EMBED;
            let stamp = (p + 1..paras.len())
                .take(POST_PARAS_BELOW + 1)
                .find(|&q| is_post_stamp(line(q)));
            let last = stamp.unwrap_or(p + 1).min(paras.len() - 1);
            for o in &mut out[p + 1..=last] {
                *o |= bits::EMBED;
            }
        }
    }
    if let Some(last) = paras.len().checked_sub(1) {
        // A bio may be followed by a copyright line.
        let p = if last > 0 && is_copyright(line(last)) {
            last - 1
        } else {
            last
        };
        if is_bio(line(p)) {
            out[p] |= bits::BIO;
        }
    }
    out
}

/// `— Andrii Sybiha (@andrii_sybiha) October 22, 2025`: a dash, a name
/// and a handle in brackets.
fn is_sign_off(l: &str) -> bool {
    let Some(rest) = l
        .strip_prefix('—')
        .or_else(|| l.strip_prefix('–'))
        .or_else(|| l.strip_prefix("- "))
    else {
        return false;
    };
    l.len() <= 160 && rest.contains("(@")
}

/// `Ryanair (@Ryanair) · Follow`, or a line of only a name and a handle.
fn is_post_header(l: &str) -> bool {
    l.len() <= 100
        && l.find("(@").is_some_and(|k| {
            let after = l[k..].find(')').map_or("", |e| l[k + e + 1..].trim());
            after.is_empty() || after.trim_start_matches(['·', '•', ' ']) == "Follow"
        })
}

/// `9:14 AM · Oct 21, 2025`: a post's time stamp.
fn is_post_stamp(l: &str) -> bool {
    l.len() <= 60 && l.contains('·') && l.contains(':') && l.bytes().any(|b| b.is_ascii_digit())
}

/// `@ZelenskyyUa`: a handle on its own line.
fn is_handle_line(l: &str) -> bool {
    l.starts_with('@') && !l.contains(' ')
}

fn is_copyright(l: &str) -> bool {
    l.starts_with('©') || l.starts_with("Copyright")
}

/// True when `l` holds an emoji (pictographs, dingbats, flags) or a
/// hashtag (`#COYP`).
fn has_emoji_or_hashtag(l: &str) -> bool {
    let mut prev_hash = false;
    for c in l.chars() {
        if prev_hash && c.is_alphabetic() {
            return true;
        }
        prev_hash = c == '#';
        if matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF) {
            return true;
        }
    }
    false
}

/// Words that say what a journalist does.
const PRESS_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "columnist",
    "editor",
    "writer",
    "author",
    "producer",
    "covers",
    "covering",
    "reporting",
];

/// `Priya Raman is a senior reporter at The Circuit …`, `Marta
/// Sánchez-Ortiz covers the European Central Bank …`: a name of two or
/// three capitalised words, then what they do, with a press word in the
/// first sentence.
fn is_bio(l: &str) -> bool {
    let mut words = l.split(' ');
    let mut names = 0;
    let mut rest = l;
    for w in words.by_ref() {
        if names < 3 && w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', '.', ':']) {
            names += 1;
            rest = rest[w.len()..].trim_start_matches(' ');
        } else {
            break;
        }
    }
    if names < 2 {
        return false;
    }
    const OPENERS: &[&str] = &[
        "is a ",
        "is an ",
        "is the ",
        "covers ",
        "writes ",
        "reports on ",
        "has covered ",
        "has reported ",
    ];
    if !OPENERS.iter().any(|o| rest.starts_with(o)) {
        return false;
    }
    let first = rest.split(". ").next().unwrap_or(rest).to_ascii_lowercase();
    first
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PRESS_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::text::split;

    fn classes(text: &str) -> Vec<u8> {
        let (mut paras, mut sents) = (Vec::new(), Vec::new());
        split(text, &mut paras, &mut sents);
        classify(text, &paras)
    }

    #[test]
    fn posts_above_a_sign_off_are_embeds() {
        let t = "The goal came late.\nFULL-TIME | Pars 3-1 Raith 🖤\nFife is black and white #COYP\n— Dunfermline FC (@officialDAFC) October 25, 2025\nThe crowd was 7,012.";
        assert_eq!(classes(t), vec![0, 1, 1, 1, 0]);
        // Without an emoji or hashtag only the line right above is the post;
        // a lead-in ending in a colon never is.
        let t = "The Met Office said:\nGusts reached 93mph.\n— Met Office (@metoffice) October 18, 2025";
        assert_eq!(classes(t), vec![0, 1, 1]);
        let t = "The club said nothing.\n\nWe won.\n\n— Club (@club) May 1, 2025";
        assert_eq!(classes(t), vec![0, 1, 1]);
    }

    #[test]
    fn posts_below_a_header_are_embeds() {
        let t = "Ryanair replied.\nRyanair (@Ryanair) · Follow\nFares will rise 📉\nWake up\n9:14 AM · Oct 21, 2025\nThe cap stays.";
        assert_eq!(classes(t), vec![0, 1, 1, 1, 1, 0]);
        // A handle inside a sentence is no post.
        let t = "He posted as (@ana) on Monday. Fares rose.\nThe cap stays.";
        assert_eq!(classes(t), vec![0, 0]);
    }

    #[test]
    fn the_last_paragraph_can_be_a_bio() {
        let t = "The cap stays.\nPriya Raman is a senior reporter at The Circuit. She covered Brussels for eight years.";
        assert_eq!(classes(t), vec![0, 2]);
        let t =
            "The cap stays.\nMarta Sánchez-Ortiz covers the ECB from Frankfurt.\n© 2025 MarketDesk";
        assert_eq!(classes(t), vec![0, 2, 0]);
        // Not a bio: a story's last line about someone, or a bio-like line
        // that is not last.
        let t = "The cap stays.\nMaria Ruiz is a teacher who lost her home.";
        assert_eq!(classes(t), vec![0, 0]);
        let t = "Ana Lee is a reporter at the Herald.\nThe cap stays.";
        assert_eq!(classes(t), vec![0, 0]);
    }
}

//! Conversion between byte offsets (used inside) and Unicode code point
//! offsets (used in every file, export and command output).
//!
//! A map stores the byte position of every 64th code point, so a conversion
//! touches at most 64 characters; pure ASCII text converts by identity.

/// How many code points lie between two checkpoints.
const STRIDE: usize = 64;

/// Byte <-> code point offset conversion for one text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Byte offset of code point `k * STRIDE`; empty when the text is ASCII.
    checkpoints: Vec<usize>,
    byte_len: usize,
    char_len: usize,
}

impl OffsetMap {
    /// Builds the map for `text` in one pass.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self {
                checkpoints: Vec::new(),
                byte_len: text.len(),
                char_len: text.len(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut char_len = 0;
        for (byte, _) in text.char_indices() {
            if char_len % STRIDE == 0 {
                checkpoints.push(byte);
            }
            char_len += 1;
        }
        Self {
            checkpoints,
            byte_len: text.len(),
            char_len,
        }
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Number of bytes in the text.
    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    fn is_ascii(&self) -> bool {
        self.checkpoints.is_empty()
    }

    /// Code point offset of byte offset `byte`. A byte inside a character
    /// maps to that character's start, so a result never splits a character.
    /// Offsets past the end map to the end.
    pub fn to_char(&self, text: &str, byte: usize) -> usize {
        if byte >= self.byte_len {
            return self.char_len;
        }
        if self.is_ascii() {
            return byte;
        }
        let k = match self.checkpoints.binary_search(&byte) {
            Ok(k) => return k * STRIDE,
            Err(k) => k - 1, // checkpoints[0] == 0, so k >= 1
        };
        let from = self.checkpoints[k];
        // Count the characters that start at or before `byte`; the last of them holds it.
        let mut chars = k * STRIDE;
        for (b, _) in text[from..].char_indices() {
            match (from + b).cmp(&byte) {
                std::cmp::Ordering::Less => chars += 1,
                std::cmp::Ordering::Equal => return chars,
                std::cmp::Ordering::Greater => return chars - 1,
            }
        }
        chars - 1
    }

    /// Byte offset of code point offset `ch`, or `None` when `ch` is past the
    /// end of the text.
    pub fn to_byte(&self, text: &str, ch: usize) -> Option<usize> {
        if ch > self.char_len {
            return None;
        }
        if ch == self.char_len {
            return Some(self.byte_len);
        }
        if self.is_ascii() {
            return Some(ch);
        }
        let k = ch / STRIDE;
        let from = self.checkpoints[k];
        let rest = ch - k * STRIDE;
        text[from..].char_indices().nth(rest).map(|(b, _)| from + b)
    }
}

/// Moves `byte` back to the start of the character that holds it.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    if byte >= text.len() {
        return text.len();
    }
    let mut b = byte;
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// Moves `byte` forward to the end of the character that holds it.
pub fn ceil_char_boundary(text: &str, byte: usize) -> usize {
    if byte >= text.len() {
        return text.len();
    }
    let mut b = byte;
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all(text: &str) {
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), text.chars().count());
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.to_char(text, bi), ci, "byte {bi} in {text:?}");
            assert_eq!(map.to_byte(text, ci), Some(bi), "char {ci} in {text:?}");
        }
        assert_eq!(map.to_byte(text, map.char_len()), Some(text.len()));
        assert_eq!(map.to_byte(text, map.char_len() + 1), None);
        assert_eq!(map.to_char(text, text.len()), map.char_len());
    }

    #[test]
    fn ascii_is_identity() {
        check_all("Hello, world.\r\nSecond line.");
    }

    #[test]
    fn emoji_combining_curly_crlf() {
        check_all("“Yes,” she said 👍🏽.\r\nCafe\u{301} — «non» „ja“ ‘ok’");
        let long: String = "é👍a\r\n".repeat(500);
        check_all(&long);
    }

    #[test]
    fn byte_inside_a_character_maps_to_its_start() {
        let text = "a👍b";
        let map = OffsetMap::new(text);
        for b in 1..5 {
            assert_eq!(map.to_char(text, b), 1);
        }
        assert_eq!(map.to_char(text, 5), 2);
    }

    #[test]
    fn boundaries() {
        let text = "x😀y";
        assert_eq!(floor_char_boundary(text, 3), 1);
        assert_eq!(ceil_char_boundary(text, 3), 5);
        assert_eq!(ceil_char_boundary(text, 99), text.len());
    }
}

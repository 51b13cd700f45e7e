//! All lexicon entries of a rule set in one byte trie, built once when the
//! set is compiled. Entries match ASCII case-insensitively and only as whole
//! tokens, so the trie is walked from token starts instead of scanning every
//! byte of the text (which would also report `a` inside every word).

/// No node.
const NONE: u32 = u32::MAX;

/// A trie over ASCII-lowercased entry bytes.
#[derive(Debug, Clone)]
pub struct LexTrie {
    /// Root transitions, dense: one per byte.
    root: Box<[u32; 256]>,
    /// Nodes other than the root (node 0 is the root itself).
    nodes: Vec<Node>,
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// Transitions sorted by byte.
    edges: Vec<(u8, u32)>,
    /// Lexicons with an entry ending here (one per entry, duplicates kept
    /// out: an entry listed twice in a lexicon is one hit).
    lexes: Vec<u16>,
}

impl Default for LexTrie {
    fn default() -> Self {
        LexTrie {
            root: Box::new([NONE; 256]),
            nodes: vec![Node::default()],
        }
    }
}

impl LexTrie {
    /// Adds `entry` (non-empty) as a member of lexicon `lex`.
    pub fn insert(&mut self, entry: &str, lex: u16) {
        let mut node = 0usize;
        for &b in entry.as_bytes() {
            let b = b.to_ascii_lowercase();
            let next = if node == 0 {
                self.root[b as usize]
            } else {
                self.child(node, b)
            };
            node = if next != NONE {
                next as usize
            } else {
                let id = self.nodes.len();
                self.nodes.push(Node::default());
                if node == 0 {
                    self.root[b as usize] = id as u32;
                } else {
                    let n = &mut self.nodes[node];
                    let at = n.edges.partition_point(|&(x, _)| x < b);
                    n.edges.insert(at, (b, id as u32));
                }
                id
            };
        }
        let lexes = &mut self.nodes[node].lexes;
        if !lexes.contains(&lex) {
            lexes.push(lex);
            lexes.sort_unstable();
        }
    }

    #[inline]
    fn child(&self, node: usize, b: u8) -> u32 {
        let n = &self.nodes[node];
        n.edges
            .iter()
            .find(|&&(x, _)| x == b)
            .map_or(NONE, |&(_, n)| n)
    }

    /// True when no entry was added.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() == 1
    }

    /// Calls `f(end, lexicons)` for every entry that matches `text` at
    /// `from`, shortest first; `end` is the byte after the entry.
    pub fn walk(&self, text: &[u8], from: usize, mut f: impl FnMut(usize, &[u16])) {
        let mut node = 0usize;
        for (k, &b) in text.get(from..).unwrap_or(&[]).iter().enumerate() {
            let b = b.to_ascii_lowercase();
            let next = if node == 0 {
                self.root[b as usize]
            } else {
                self.child(node, b)
            };
            if next == NONE {
                return;
            }
            node = next as usize;
            let lexes = &self.nodes[node].lexes;
            if !lexes.is_empty() {
                f(from + k + 1, lexes);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_all_prefix_entries_case_insensitively() {
        let mut t = LexTrie::default();
        t.insert("about", 0);
        t.insert("About a", 1);
        t.insert("about", 1);
        t.insert("about", 1);
        let mut got = Vec::new();
        t.walk(b"xx ABOUT A thing", 3, |e, l| got.push((e, l.to_vec())));
        assert_eq!(got, vec![(8, vec![0, 1]), (10, vec![1])]);
        got.clear();
        t.walk(b"abut", 0, |e, l| got.push((e, l.to_vec())));
        assert!(got.is_empty());
    }
}

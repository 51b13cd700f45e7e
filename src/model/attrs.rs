//! A span's attributes: a small map kept as a vector sorted by key.
//!
//! Spans have one or two attributes, and a project can hold a million
//! spans: a `BTreeMap` node takes ~540 bytes even for one entry, this 56
//! with one pair inline. Iteration is in key order, as a `BTreeMap`'s, so
//! files and exports read the same.

use std::borrow::Cow;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use smallvec::SmallVec;

/// One key and its value.
type Pair = (Cow<'static, str>, String);

/// Attributes of a span: `speaker` for QUOTE, `value` for FIGURE,
/// `claimant` for CLAIM, and whatever users add. Sorted by key, so files
/// diff cleanly; a key appears once.
///
/// Keys are usually the built-in names: those are borrowed, not copied, so
/// a suggestion costs no allocation for its key. The one pair most spans
/// have is held inline (56 bytes in all, less than a vector and its heap
/// block).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Attrs(SmallVec<[Pair; 1]>);

impl Attrs {
    /// No attributes.
    pub fn new() -> Attrs {
        Attrs(SmallVec::new())
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key))
    }

    /// Sets `key` (a `String`, or a `&'static str` kept without a copy) to
    /// `value`; returns the value it had.
    pub fn insert(&mut self, key: impl Into<Cow<'static, str>>, value: String) -> Option<String> {
        let key = key.into();
        // Most spans get one attribute: no search.
        if self.0.is_empty() {
            self.0.push((key, value));
            return None;
        }
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&String> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// The value of `key`, to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut String> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    /// True when `key` is set.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Removes `key`; returns its value.
    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }

    /// Values in key order.
    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(_, v)| v)
    }

    /// (key, value) pairs in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &String)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Attrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl std::ops::Index<&str> for Attrs {
    type Output = String;
    /// The value of `key`; panics when it is not set (as a map's index).
    fn index(&self, key: &str) -> &String {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no attribute {key:?}"),
        }
    }
}

impl FromIterator<(String, String)> for Attrs {
    /// Later pairs win over earlier ones with the same key.
    fn from_iter<I: IntoIterator<Item = (String, String)>>(it: I) -> Attrs {
        let mut a = Attrs::new();
        for (k, v) in it {
            a.insert(k, v);
        }
        a
    }
}

impl<const N: usize> From<[(String, String); N]> for Attrs {
    fn from(pairs: [(String, String); N]) -> Attrs {
        pairs.into_iter().collect()
    }
}

impl IntoIterator for Attrs {
    type Item = (String, String);
    type IntoIter = std::iter::Map<smallvec::IntoIter<[Pair; 1]>, fn(Pair) -> (String, String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(|(k, v)| (k.into_owned(), v))
    }
}

impl<'a> IntoIterator for &'a Attrs {
    type Item = (&'a str, &'a String);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, Pair>, fn(&'a Pair) -> (&'a str, &'a String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

impl Serialize for Attrs {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k.as_ref(), v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Attrs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Attrs, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Attrs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of attribute names to text")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Attrs, M::Error> {
                let mut a = Attrs::new();
                while let Some((k, v)) = m.next_entry::<String, String>()? {
                    a.insert(k, v);
                }
                Ok(a)
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_as_a_sorted_map() {
        let pairs = [
            ("speaker", "A"),
            ("claimant", "B"),
            ("speaker", "C"),
            ("value", "1"),
        ];
        let mut a = Attrs::new();
        let mut b = BTreeMap::new();
        for (k, v) in pairs {
            assert_eq!(
                a.insert(k, v.into()),
                b.insert(k.to_string(), v.to_string())
            );
        }
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            b.iter().map(|(k, v)| (k.as_str(), v)).collect::<Vec<_>>()
        );
        assert_eq!(a.get("speaker"), b.get("speaker"));
        assert_eq!(a.remove("claimant"), b.remove("claimant"));
        assert_eq!(a.remove("claimant"), None);
        assert_eq!(a.len(), b.len());
        assert!(a.contains_key("value") && !a.contains_key("x"));
        assert_eq!(&a["value"], "1");
        // One pair inline, no heap block.
        assert_eq!(std::mem::size_of::<Attrs>(), 56);
        assert!(
            !Attrs::from([("value".to_string(), "1".to_string())])
                .0
                .spilled()
        );
        // Same text as the map it replaces, both ways.
        let ron_a = ron::to_string(&a).unwrap();
        assert_eq!(ron_a, ron::to_string(&b).unwrap());
        let back: Attrs = ron::from_str(&ron_a).unwrap();
        assert_eq!(back, a);
        let json: Attrs = serde_json::from_str(r#"{"z": "1", "a": "2", "z": "3"}"#).unwrap();
        assert_eq!(
            json.iter().collect::<Vec<_>>(),
            vec![("a", &"2".to_string()), ("z", &"3".to_string())]
        );
    }
}

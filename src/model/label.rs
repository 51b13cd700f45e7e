//! Labels: project data with a name, a colour and a hotkey.

use serde::{Deserialize, Serialize};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Parses `#rrggbb` (the `#` is optional).
    pub fn from_hex(s: &str) -> Option<Self> {
        let h = s.strip_prefix('#').unwrap_or(s);
        if h.len() != 6 || !h.is_ascii() {
            return None;
        }
        let p = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some(Rgb(p(0)?, p(2)?, p(4)?))
    }
}

impl Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rgb::from_hex(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("bad colour {s:?}, expected \"#rrggbb\""))
        })
    }
}

/// A label people tag spans with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    /// Name, as written in exports (`CLAIM`).
    pub name: String,
    /// Colour used in the window and exports that carry colours.
    pub color: Rgb,
    /// Key that tags a selection with this label (`1`..`9`), if any.
    #[serde(default)]
    pub hotkey: Option<char>,
    /// What the label means, shown as a tooltip.
    #[serde(default)]
    pub description: String,
}

impl Label {
    /// The default labels of the annotation guidelines.
    pub fn defaults() -> Vec<Label> {
        vec![
            Label {
                name: "CLAIM".into(),
                color: Rgb(0x3b, 0x82, 0xf6),
                hotkey: Some('1'),
                description: "A checkable factual assertion: a whole sentence.".into(),
            },
            Label {
                name: "QUOTE".into(),
                color: Rgb(0x16, 0xa3, 0x4a),
                hotkey: Some('2'),
                description: "A direct quotation, marks included; attribute `speaker`.".into(),
            },
            Label {
                name: "FIGURE".into(),
                color: Rgb(0xea, 0x58, 0x0c),
                hotkey: Some('3'),
                description: "A number with what it counts; attribute `value`.".into(),
            },
        ]
    }

    /// The attribute this label is expected to carry, if any.
    pub fn main_attr(name: &str) -> Option<&'static str> {
        match name {
            "QUOTE" => Some("speaker"),
            "FIGURE" => Some("value"),
            "CLAIM" => Some("claimant"),
            _ => None,
        }
    }

    /// A distinct colour for the `n`-th user label.
    pub fn palette(n: usize) -> Rgb {
        const P: [Rgb; 6] = [
            Rgb(0x93, 0x33, 0xea),
            Rgb(0xdb, 0x27, 0x77),
            Rgb(0x0d, 0x94, 0x88),
            Rgb(0xca, 0x8a, 0x04),
            Rgb(0x64, 0x74, 0x8b),
            Rgb(0xdc, 0x26, 0x26),
        ];
        P[n % P.len()]
    }
}

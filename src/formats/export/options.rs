//! What an export writes: the format and the filters, with the names the
//! command line and the window use.

use std::fmt;
use std::str::FromStr;

use crate::model::{Span, Status};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// Newsmark's own JSONL, one document a line.
    #[default]
    Jsonl,
    /// A spaCy 3 `.spacy` DocBin.
    Spacy,
    /// A brat standoff folder (`.txt` + `.ann` + `annotation.conf`).
    Brat,
    /// doccano sequence-labeling JSONL.
    Doccano,
    /// A Label Studio task list plus its labeling config.
    LabelStudio,
    /// Token-level BIO columns, one per label.
    Conll,
    /// One row per span.
    Csv,
}

impl Format {
    /// Every format, in the order menus list them.
    pub const ALL: [Format; 7] = [
        Format::Jsonl,
        Format::Spacy,
        Format::Brat,
        Format::Doccano,
        Format::LabelStudio,
        Format::Conll,
        Format::Csv,
    ];

    /// The name on the command line (`label-studio`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Spacy => "spacy",
            Format::Brat => "brat",
            Format::Doccano => "doccano",
            Format::LabelStudio => "label-studio",
            Format::Conll => "conll",
            Format::Csv => "csv",
        }
    }

    /// The file extension of one output file, or `None` for a folder (brat).
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Format::Jsonl | Format::Doccano => Some("jsonl"),
            Format::Spacy => Some("spacy"),
            Format::Brat => None,
            Format::LabelStudio => Some("json"),
            Format::Conll => Some("conll"),
            Format::Csv => Some("csv"),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        let alias = match s.as_str() {
            "labelstudio" | "ls" => "label-studio",
            "conll2003" | "bio" => "conll",
            other => other,
        };
        Format::ALL
            .into_iter()
            .find(|f| f.name() == alias)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format {s:?}; expected one of {}", names.join(", "))
            })
    }
}

/// Which spans by review status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Accepted spans only.
    #[default]
    Accepted,
    /// Pending suggestions only.
    Pending,
    /// Accepted and pending. Rejected spans are not annotations, so only the
    /// JSONL export, which carries each span's status, includes them too
    /// (a re-import then restores the project).
    All,
}

impl StatusFilter {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            StatusFilter::Accepted => "accepted",
            StatusFilter::Pending => "pending",
            StatusFilter::All => "all",
        }
    }

    /// Whether a span of this status is exported (`with_rejected` for formats
    /// that carry the status).
    pub fn keeps(self, s: Status, with_rejected: bool) -> bool {
        match (self, s) {
            (StatusFilter::Accepted, Status::Accepted) => true,
            (StatusFilter::Pending, Status::Pending) => true,
            (StatusFilter::All, Status::Accepted | Status::Pending) => true,
            (StatusFilter::All, Status::Rejected) => with_rejected,
            _ => false,
        }
    }
}

impl fmt::Display for StatusFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for StatusFilter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "accepted" => Ok(StatusFilter::Accepted),
            "pending" => Ok(StatusFilter::Pending),
            "all" => Ok(StatusFilter::All),
            other => Err(format!(
                "unknown status {other:?}; expected accepted, pending or all"
            )),
        }
    }
}

/// Which documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocFilter {
    /// Every document.
    #[default]
    All,
    /// Documents marked done.
    Done,
}

impl DocFilter {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            DocFilter::All => "all",
            DocFilter::Done => "done",
        }
    }
}

impl fmt::Display for DocFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for DocFilter {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "all" => Ok(DocFilter::All),
            "done" => Ok(DocFilter::Done),
            other => Err(format!(
                "unknown document filter {other:?}; expected all or done"
            )),
        }
    }
}

/// A split of the documents into named parts (`train=0.8,dev=0.1,test=0.1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// Part names and fractions, in the order given; fractions sum to 1.
    pub parts: Vec<(String, f64)>,
    /// Seed of the shuffle, so the same seed gives the same split.
    pub seed: u64,
}

impl Split {
    /// Parses `name=fraction,...` (seed 0). Names are letters, digits, `-`
    /// and `_`, all different; fractions are positive and sum to 1.
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut parts: Vec<(String, f64)> = Vec::new();
        for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (name, frac) = item
                .split_once('=')
                .ok_or_else(|| format!("split part {item:?} is not name=fraction"))?;
            let name = name.trim();
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(format!(
                    "split name {name:?} must be letters, digits, '-' or '_'"
                ));
            }
            if parts.iter().any(|(n, _)| n == name) {
                return Err(format!("split name {name:?} is given twice"));
            }
            let f: f64 = frac
                .trim()
                .parse()
                .map_err(|_| format!("split fraction {frac:?} of {name:?} is not a number"))?;
            if !(f > 0.0 && f <= 1.0) {
                return Err(format!(
                    "split fraction of {name:?} must be in (0, 1], got {f}"
                ));
            }
            parts.push((name.to_string(), f));
        }
        if parts.is_empty() {
            return Err("the split names no parts".into());
        }
        let sum: f64 = parts.iter().map(|(_, f)| f).sum();
        if (sum - 1.0).abs() > 1e-6 {
            return Err(format!("split fractions sum to {sum}, not 1"));
        }
        Ok(Split { parts, seed: 0 })
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.parts.iter().map(|(n, x)| format!("{n}={x}")).collect();
        f.write_str(&parts.join(","))
    }
}

/// Everything that decides what an export writes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportOptions {
    /// The format.
    pub format: Format,
    /// Only these labels (all when `None`).
    pub labels: Option<Vec<String>>,
    /// Which spans by status.
    pub status: StatusFilter,
    /// Which documents.
    pub docs: DocFilter,
    /// Split into parts, one output per part.
    pub split: Option<Split>,
    /// Write span attributes where the format can hold them (brat notes,
    /// Label Studio per-region text). JSONL and CSV always carry them.
    pub include_attrs: bool,
}

impl ExportOptions {
    /// Options for `format` with the defaults for everything else.
    pub fn new(format: Format) -> Self {
        Self {
            format,
            ..Default::default()
        }
    }

    /// Whether a span is exported. `with_rejected`: the format carries status.
    pub fn keeps(&self, s: &Span, with_rejected: bool) -> bool {
        self.status.keeps(s.status, with_rejected)
            && self.labels.as_ref().is_none_or(|ls| ls.contains(&s.label))
    }
}

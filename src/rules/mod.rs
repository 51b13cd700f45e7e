//! The rule engine: rule sets are RON data (`assets/rules/news.ron` is the
//! default, compiled in), matched over a document's text to suggest QUOTE,
//! FIGURE and CLAIM spans with attributes and an explanation for each.
//!
//! Rules run in phases (numbers → figures → quotes → claims); a later rule
//! can look at earlier spans. Exclusion rules remove candidates; conflicts
//! between candidates of one label resolve by priority, then length, then
//! position, then rule id, so the same input always gives the same output.
//!
//! By convention the lexicons `reporting_verbs` and `titles` drive speaker
//! and claimant attribution when a rule set defines them, and
//! `speech_cue_verbs` lists reporting verbs with other senses (`added a
//! room`, `border states`) that only count with a speech cue nearby.

mod analysis;
pub mod attribution;
mod byte_ranges;
mod bytes8;
mod compile;
mod conditions;
mod engine;
pub mod eval;
mod explain;
mod furniture;
mod lexicon;
pub mod numbers;
mod prefilter;
mod quote_names;
pub mod quotes;
mod scan;
pub mod schema;
pub mod text;
mod tokens;
mod words;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::model::{Attrs, Explanation, Origin, Span, Status};
use crate::project::{Project, RulesRef};

pub use compile::{MAX_LEXICON_ENTRIES, MAX_RULE_FILE_BYTES, MAX_RULES};
pub use schema::{Action, ExampleDef, Phase};

/// The default rule file, compiled into the binary.
pub const BUILTIN_RON: &str = include_str!("../../assets/rules/news.ron");

/// A compiled rule set.
#[derive(Debug)]
pub struct RuleSet {
    name: String,
    rules: Vec<Rule>,
    /// Per rule, the rank of its id in id order (a cheap tie-breaker).
    id_rank: Vec<u32>,
    lexicons: lexicon::LexTrie,
    attr_lex: attribution::AttrLexicons,
    /// Per phase (in order), its stepped regex rules.
    scans: Vec<(Phase, scan::PhaseScan)>,
}

/// The labels whose suggestions get attributes, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    Figure,
    Quote,
    Claim,
    /// A label of the user's, shown as found.
    Other,
    /// A label starting `_`: a helper of later rules, never suggested.
    Hidden,
}

impl LabelKind {
    fn of(label: &str) -> LabelKind {
        match label {
            "FIGURE" => LabelKind::Figure,
            "QUOTE" => LabelKind::Quote,
            "CLAIM" => LabelKind::Claim,
            l if l.starts_with('_') => LabelKind::Hidden,
            _ => LabelKind::Other,
        }
    }
}

/// One compiled rule.
#[derive(Debug)]
struct Rule {
    /// Shared with every suggestion of the rule: cloning costs no allocation.
    id: Arc<str>,
    /// One string for all rules of the label.
    label: Arc<str>,
    /// Which of the built-in labels it is, told once.
    label_kind: LabelKind,
    phase: Phase,
    priority: i32,
    action: Action,
    description: String,
    kind: Kind,
    examples: Vec<ExampleDef>,
}

#[derive(Debug)]
enum Kind {
    Regex {
        /// The regex (with a first-byte prefilter where that pays).
        re: regex_automata::meta::Regex,
        /// The group named `span`: the part a candidate covers.
        span_group: Option<usize>,
        /// Other named groups: (index, name), explanation pieces.
        names: Vec<(usize, String)>,
        /// Candidates cover the whole line of each match.
        whole_line: bool,
        /// Literals every match starts with, when few: a text with none of
        /// them is not searched (empty: always searched).
        required: Vec<memchr::memmem::Finder<'static>>,
        /// Set when the matches start at rare bytes or only at line
        /// starts: then the rule is run with the others of its phase in
        /// one scan (see [`scan`]).
        stepper: Option<Box<scan::Stepper>>,
    },
    Tokens(Vec<tokens::Spec>),
    Lexicon(usize),
    Quotes {
        min_words: usize,
        /// Lexicon of reporting verbs: a title-like quotation that one
        /// attributes (`“Stop The Clock,” she said`) stays a QUOTE.
        verbs: Option<usize>,
        /// Naming words before a title or nickname.
        names: Option<usize>,
        /// Nouns for works next to a title.
        works: Option<usize>,
    },
    Sentence {
        when: Vec<SentCond>,
        unless: Vec<SentCond>,
        /// Per condition of `when` then `unless`, its number in the rule
        /// set: equal conditions of different rules share one, so their
        /// values are computed once per sentence.
        ids: Vec<usize>,
        /// The quick tests of all of `when` at once.
        gate: conditions::SentGate,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum SentCond {
    Question,
    Heading,
    Byline,
    Repeated,
    TitleBlock,
    Embed,
    AuthorBio,
    /// (label, explanation role: the label lower-cased)
    Contains(String, String),
    Inside(String),
    Has(usize),
    QuoteHas(usize),
    StartsWith(usize),
    QuoteStartsWith(usize),
    OnlyQuote(usize),
    /// (label, reporting verbs lexicon)
    QuoteFact(String, usize),
}

/// What the window's "why" panel shows about a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// What it does, in plain words.
    pub description: String,
}

/// One suggestion. Offsets are bytes into the text given to
/// [`RuleSet::suggest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Label name (shared with the rule set: no allocation per suggestion).
    pub label: Arc<str>,
    /// Attributes (`value`, `speaker`, `claimant`).
    pub attrs: Attrs,
    /// Id of the rule that made it (shared like `label`).
    pub rule: Arc<str>,
    /// Why: a summary and the pieces that matched; only from
    /// [`RuleSet::suggest_explained`].
    pub why: Option<Explanation>,
}

impl Suggestion {
    /// The suggestion as a pending span with id `id`, origin its rule.
    pub fn into_pending(self, id: crate::model::SpanId) -> Span {
        Span {
            id,
            start: self.start,
            end: self.end,
            label: self.label.to_string(),
            attrs: self.attrs,
            status: Status::Pending,
            origin: Origin::Rule(self.rule.to_string()),
            note: None,
            why: self.why,
        }
    }
}

/// Result of running a rule's examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// Rule id.
    pub rule: String,
    /// Example number, from 1.
    pub example: usize,
    /// What went wrong.
    pub msg: String,
}

impl RuleSet {
    /// The default rules (`assets/rules/news.ron`), compiled once.
    pub fn builtin() -> &'static RuleSet {
        static SET: OnceLock<RuleSet> = OnceLock::new();
        SET.get_or_init(|| {
            // The built-in file is tested (`rules_examples` test and CI), so a
            // failure here is a build defect; fall back to an empty set.
            RuleSet::from_ron(BUILTIN_RON, Path::new("<builtin>/news.ron")).unwrap_or_else(|e| {
                eprintln!("newsmark: built-in rules do not compile: {e}");
                RuleSet::empty()
            })
        })
    }

    fn empty() -> RuleSet {
        RuleSet {
            name: "empty".into(),
            rules: Vec::new(),
            id_rank: Vec::new(),
            lexicons: Default::default(),
            attr_lex: Default::default(),
            scans: Vec::new(),
        }
    }

    /// Reads and compiles a rule file; errors name the file, line and column.
    pub fn load(path: &Path) -> Result<RuleSet> {
        let text = crate::project::io::read_text(path, MAX_RULE_FILE_BYTES)?;
        Self::from_ron(&text, path)
    }

    /// Compiles rule file text; `path` is used in messages.
    pub fn from_ron(src: &str, path: &Path) -> Result<RuleSet> {
        compile::from_ron(src, path)
    }

    /// The rule set's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Suggestions for `text` with their attributes, sorted by (start,
    /// end, label, rule). They carry no explanation: the command line
    /// prints none, and building them costs a third of the run.
    pub fn suggest(&self, text: &str) -> Vec<Suggestion> {
        engine::run(self, text, false)
    }

    /// [`RuleSet::suggest`] with an explanation on every suggestion (the
    /// same suggestions in the same order).
    pub fn suggest_explained(&self, text: &str) -> Vec<Suggestion> {
        engine::run(self, text, true)
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<RuleInfo> {
        self.rules.iter().find(|r| &*r.id == id).map(|r| RuleInfo {
            id: r.id.to_string(),
            description: r.description.clone(),
        })
    }

    /// Ids of all rules, in run order.
    pub fn rule_ids(&self) -> Vec<String> {
        self.rules.iter().map(|r| r.id.to_string()).collect()
    }

    /// Runs every rule's examples against the whole set. Returns how many
    /// examples ran and the failures.
    pub fn test_examples(&self) -> (usize, Vec<ExampleFailure>) {
        let mut n = 0;
        let mut fails = Vec::new();
        for r in &self.rules {
            for (k, ex) in r.examples.iter().enumerate() {
                n += 1;
                let got = self.suggest(&ex.text);
                let of_label: Vec<&Suggestion> =
                    got.iter().filter(|s| s.label == r.label).collect();
                let text_of = |s: &Suggestion| ex.text.get(s.start..s.end).unwrap_or("");
                let mut fail = |msg: String| {
                    fails.push(ExampleFailure {
                        rule: r.id.to_string(),
                        example: k + 1,
                        msg,
                    })
                };
                for (i, want) in ex.expect.iter().enumerate() {
                    let hit = of_label.iter().find(|s| text_of(s) == want);
                    match hit {
                        None => fail(format!(
                            "expected {} {want:?}, got {:?}",
                            r.label,
                            of_label.iter().map(|s| text_of(s)).collect::<Vec<_>>()
                        )),
                        Some(s) if i == 0 => {
                            for (key, val) in &ex.attrs {
                                let have = s.attrs.get(key).map(String::as_str).unwrap_or("");
                                if have != val {
                                    fail(format!("{want:?}: expected {key}={val:?}, got {have:?}"));
                                }
                            }
                        }
                        _ => {}
                    }
                }
                for bad in &ex.reject {
                    if of_label.iter().any(|s| text_of(s) == bad) {
                        fail(format!("must not give {} {bad:?}", r.label));
                    }
                }
            }
        }
        (n, fails)
    }
}

/// Where a project's rules come from: the built-in set, or a file (a
/// relative path is taken relative to the project file's folder, or to the
/// working folder when the project has no path yet).
pub enum ProjectRules {
    /// The built-in set.
    Builtin(&'static RuleSet),
    /// A set loaded from a file.
    Loaded(Box<RuleSet>),
}

impl std::ops::Deref for ProjectRules {
    type Target = RuleSet;
    fn deref(&self) -> &RuleSet {
        match self {
            ProjectRules::Builtin(r) => r,
            ProjectRules::Loaded(r) => r,
        }
    }
}

/// The path of a project's rule file, resolved against the project file.
pub fn rules_path(rules: &RulesRef, project_path: Option<&Path>) -> Option<PathBuf> {
    match rules {
        RulesRef::Builtin => None,
        RulesRef::File(p) if p.is_absolute() => Some(p.clone()),
        RulesRef::File(p) => Some(match project_path.and_then(Path::parent) {
            Some(dir) => dir.join(p),
            None => p.clone(),
        }),
    }
}

/// Loads the rule set a project names ([`RulesRef`]).
pub fn resolve_rules(project: &Project, project_path: Option<&Path>) -> Result<ProjectRules> {
    match rules_path(&project.rules, project_path) {
        None => Ok(ProjectRules::Builtin(RuleSet::builtin())),
        Some(p) => Ok(ProjectRules::Loaded(Box::new(RuleSet::load(&p)?))),
    }
}

/// Adds the rule set's suggestions to document `doc` of `project` as
/// Pending spans (origin `Origin::Rule(id)`, `why` set, fresh ids): keeps
/// every existing span, never re-suggests a range+label that exists already
/// (accepted, pending or rejected), nor a range where the same rule's
/// suggestion was relabelled, so running it twice changes nothing.
/// Returns how many spans were added.
pub fn apply_suggestions(project: &mut Project, doc: usize, rules: &RuleSet) -> usize {
    let Some(d) = project.documents.get(doc) else {
        return 0;
    };
    let found = rules.suggest(d.text());
    add_pending(project, doc, found)
}

/// Adds suggestions made earlier (for example on another thread) to
/// document `doc` as pending spans, with the same rules as
/// [`apply_suggestions`]: a range and label the document has already, in
/// any status, or a range the same rule's relabelled span holds, is left
/// alone. Returns how many spans were added.
pub fn add_pending(project: &mut Project, doc: usize, found: Vec<Suggestion>) -> usize {
    let Some(d) = project.documents.get(doc) else {
        return 0;
    };
    // A suggestion a person relabelled keeps its rule as origin: that rule
    // must not bring the old label back on the same range.
    let from_rules: std::collections::HashSet<(usize, usize, &str)> = d
        .spans()
        .iter()
        .filter_map(|s| match &s.origin {
            Origin::Rule(r) => Some((s.start, s.end, r.as_str())),
            _ => None,
        })
        .collect();
    let fresh: Vec<Suggestion> = found
        .into_iter()
        .filter(|s| {
            d.find_same(s.start, s.end, &s.label).is_none()
                && !from_rules.contains(&(s.start, s.end, &*s.rule))
        })
        .collect();
    let added = fresh.len();
    let mut spans = d.spans().to_vec();
    spans.reserve(added);
    for s in fresh {
        spans.push(s.into_pending(project.alloc_span_id()));
    }
    // One sort for all new spans instead of one ordered insert each (quadratic
    // on long articles). Suggestions are unique by range and label and none
    // repeats an existing span, so nothing is refused here.
    let Some(d) = project.documents.get_mut(doc) else {
        return 0;
    };
    let refused = d.set_spans(spans).len();
    added - refused
}

/// An error for a rule file problem that is not tied to a line.
pub fn rule_error(path: &Path, msg: impl Into<String>) -> Error {
    Error::invalid(path, msg)
}

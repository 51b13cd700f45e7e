//! The rule file as it is written: RON data that `compile` turns into a
//! [`super::RuleSet`]. Field names here are the names users type.

use std::collections::BTreeMap;

use serde::Deserialize;

// Every struct of a rule file refuses fields it does not know, with line and
// column: a misspelt field (`lowr`, `exampels`) would otherwise be ignored
// and change what a rule matches without a word.

/// A whole rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Name shown in messages.
    #[serde(default)]
    pub name: String,
    /// Named word and phrase lists, matched case-insensitively on word
    /// boundaries.
    #[serde(default, deserialize_with = "unique_keys")]
    pub lexicons: BTreeMap<String, Vec<String>>,
    /// Named lists of word endings, for token specs' `suffix_in` and
    /// `not_suffix_in` (one list for the plural endings that many specs
    /// test, not a copy in each).
    #[serde(default, deserialize_with = "unique_ending_lists")]
    pub endings: BTreeMap<String, Vec<String>>,
    /// The rules, run phase by phase; within a phase in file order.
    pub rules: Vec<RuleDef>,
}

/// When a rule runs. Later phases see the spans of earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Phase {
    /// Helper spans (numbers, names) that later rules refer to.
    Numbers,
    /// FIGURE candidates.
    Figures,
    /// QUOTE candidates.
    Quotes,
    /// CLAIM candidates.
    Claims,
}

/// What a rule does with what it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Action {
    /// Suggest a span with the rule's label.
    #[default]
    Suggest,
    /// Remove candidates of the rule's label that overlap the match.
    Exclude,
}

/// One rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Unique id, e.g. `figure.count`.
    pub id: String,
    /// The label it suggests or excludes.
    pub label: String,
    /// When it runs.
    pub phase: Phase,
    /// Higher wins a conflict.
    #[serde(default)]
    pub priority: i32,
    /// Suggest or exclude.
    #[serde(default)]
    pub action: Action,
    /// One sentence for people.
    #[serde(default)]
    pub description: String,
    /// How it matches.
    pub kind: KindDef,
    /// Examples that `newsmark rules test` checks.
    #[serde(default)]
    pub examples: Vec<ExampleDef>,
}

/// How a rule matches.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum KindDef {
    /// A regular expression (the `regex` crate). The group named `span`, when
    /// present, is the span; other named groups become explanation pieces.
    Regex {
        /// The pattern.
        pattern: String,
        /// The candidate is the whole line holding each match (trimmed),
        /// so a pattern can name only the telling part of a line (a photo
        /// credit at its end) and still cover all of it.
        #[serde(default)]
        whole_line: bool,
    },
    /// A token pattern, like spaCy's Matcher.
    Tokens {
        /// Token specs in order.
        pattern: Vec<TokenSpec>,
    },
    /// Every occurrence of an entry of a lexicon.
    Lexicon {
        /// Lexicon name.
        lexicon: String,
    },
    /// Paired quotation marks holding at least `min_words` words.
    Quotes {
        /// Fewer words than this is a scare quote (default 2).
        #[serde(default = "two")]
        min_words: usize,
        /// Lexicon of reporting verbs used to find the speaker.
        #[serde(default)]
        verbs: Option<String>,
        /// Lexicon of naming words (`titled`, `nicknamed`, `called`): a
        /// Title-Case quotation right after one is a name, not a QUOTE.
        #[serde(default)]
        names: Option<String>,
        /// Lexicon of nouns for works (`paper`, `song`, `report`): a
        /// Title-Case quotation next to one is a title, not a QUOTE.
        #[serde(default)]
        works: Option<String>,
    },
    /// Whole sentences whose conditions hold.
    Sentence {
        /// All of these must hold.
        #[serde(default)]
        when: Vec<Cond>,
        /// None of these may hold.
        #[serde(default)]
        unless: Vec<Cond>,
    },
}

fn two() -> usize {
    2
}

/// A condition on a sentence.
#[derive(Debug, Clone, Deserialize)]
pub enum Cond {
    /// Ends with a question mark (inside or outside a closing quote).
    Question,
    /// A line with no sentence-final punctuation (title, heading, dateline).
    Heading,
    /// A line that starts `By ` or is a short name-only line.
    Byline,
    /// A paragraph whose text appears again later (a dek or summary).
    Repeated,
    /// A paragraph above a byline near the top of the article: the title
    /// and dek block (title, subheading), whatever its punctuation.
    TitleBlock,
    /// Part of a social-media post embedded in the page: the lines above
    /// its `— Name (@handle) date` sign-off (the one right above, and up to
    /// two more with an emoji or hashtag), or below a `Name (@handle) ·
    /// Follow` header down to its time stamp.
    Embed,
    /// The article's last paragraph (before any copyright line) when it is
    /// the author's bio: `Priya Raman is a senior reporter at …`, `Marta
    /// Ruiz covers the central bank …`.
    AuthorBio,
    /// The sentence contains a span of this label found in an earlier phase.
    Contains(String),
    /// The text outside quotation marks contains an entry of this lexicon.
    Has(String),
    /// The text inside quotation marks contains an entry of this lexicon.
    QuoteHas(String),
    /// The sentence starts with an entry of this lexicon.
    StartsWith(String),
    /// The sentence opens with a quotation whose words start with an
    /// entry of this lexicon (`“If every home saves …,” she said`).
    QuoteStartsWith(String),
    /// The sentence lies inside one quotation, or is a quotation plus a short
    /// `X said` tag (reporting verbs from this lexicon).
    OnlyQuote(String),
    /// The sentence lies inside a span of this label.
    Inside(String),
    /// The quoted words hold a checkable detail: digits, a span of this
    /// label (`FIGURE`) inside the marks, a proper name after a lower-case
    /// word (`He billed Medicare`, not `I am ashamed`), or a past-tense
    /// reporting verb of this lexicon (`They told us …`: a reported event).
    QuoteFact(String, String),
}

/// One element of a token pattern: predicates on a token and how often it
/// may repeat.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TokenSpec {
    /// Exact text, any of.
    pub text: Vec<String>,
    /// Lower-cased text, any of.
    pub lower: Vec<String>,
    /// Token (or, with `phrase`, several tokens) is an entry of this lexicon.
    #[serde(rename = "in")]
    pub in_lexicon: Option<String>,
    /// Token is not the start of an entry of this lexicon.
    pub not_in: Option<String>,
    /// Match a whole multi-word lexicon entry starting here.
    pub phrase: Option<String>,
    /// All digits.
    pub is_digit: Option<bool>,
    /// A number: digits (`5,000`, `1.5`, `400m`), a number word, or a range
    /// (`10-15`).
    pub like_num: Option<bool>,
    /// A hyphenated compound starting with a number (`28-year-old`, `three-way`).
    pub num_compound: Option<bool>,
    /// Starts with an upper-case letter.
    pub is_title: Option<bool>,
    /// All letters lower-case.
    pub is_lower: Option<bool>,
    /// Letters only.
    pub is_alpha: Option<bool>,
    /// Punctuation or symbol.
    pub is_punct: Option<bool>,
    /// Shape like spaCy (`Xxxx`, `dd`, `d,ddd`), shortened runs of 4+.
    pub shape: Option<String>,
    /// Lower-cased text ends with any of these.
    pub suffix: Vec<String>,
    /// Lower-cased text ends with none of these.
    pub not_suffix: Vec<String>,
    /// Lower-cased text ends with an entry of this list of `endings` (or
    /// of `suffix`, when both are given).
    pub suffix_in: Option<String>,
    /// Lower-cased text ends with no entry of this list of `endings` (nor
    /// of `not_suffix`).
    pub not_suffix_in: Option<String>,
    /// Quantifier: `"?"`, `"*"`, `"+"`, `"{m,n}"`; exactly once when absent.
    pub op: Option<String>,
    /// Name of the capture (explanation piece role). Tokens captured as
    /// `span` are the candidate, and the rest of the match only context
    /// (as a regex's `span` group).
    pub capture: Option<String>,
    /// Matches only when no earlier spec with one of these capture names
    /// took a token: `(…, capture: "noun", unless_captured: ["currency",
    /// "unit"])` takes a counted noun after `273`, not after `$48m` or `14%`.
    pub unless_captured: Vec<String>,
}

/// An example a rule must get right.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleDef {
    /// The text.
    pub text: String,
    /// Span texts the rule (and the whole rule set) must give with its label.
    #[serde(default)]
    pub expect: Vec<String>,
    /// Span texts the rule set must not give with this label.
    #[serde(default)]
    pub reject: Vec<String>,
    /// Attributes the first expected span must carry.
    #[serde(default)]
    pub attrs: BTreeMap<String, String>,
}

/// A map whose keys must differ: a lexicon defined twice is an error (at
/// the second definition), not the first list silently replaced.
fn unique_keys<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    d.deserialize_map(Unique("lexicon"))
}

/// [`unique_keys`] for the lists of endings.
fn unique_ending_lists<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    d.deserialize_map(Unique("ending list"))
}

/// A map visitor refusing a key seen before; holds what the lists are.
struct Unique(&'static str);

impl<'de> serde::de::Visitor<'de> for Unique {
    type Value = BTreeMap<String, Vec<String>>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a map of {} names to lists of entries", self.0)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some((k, v)) = m.next_entry::<String, Vec<String>>()? {
            if out.contains_key(&k) {
                return Err(serde::de::Error::custom(format!(
                    "{} {k:?} is defined twice",
                    self.0
                )));
            }
            out.insert(k, v);
        }
        Ok(out)
    }
}

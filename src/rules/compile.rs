//! Turning a rule file into a [`RuleSet`]: parse errors with line and
//! column, bad regexes and unknown lexicons named with their rule, and size
//! limits so a hostile file cannot hang the program.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::schema::{Cond, KindDef, RuleDef, RuleFile};
use super::tokens::{Spec, flag_masks, parse_op};
use super::{Kind, LabelKind, Rule, RuleSet, SentCond};
use crate::error::{Error, Result};

/// Largest rule file read, in bytes.
pub const MAX_RULE_FILE_BYTES: u64 = 4 << 20;
/// Most rules in a set.
pub const MAX_RULES: usize = 2_000;
/// Most lexicon entries over all lexicons.
pub const MAX_LEXICON_ENTRIES: usize = 200_000;
/// Most lexicons a rule file names; the word lists of token specs get
/// lexicons of their own up to the same number (past it, they are matched
/// word by word). A token can hit every lexicon, and each hit is kept: so
/// many lexicons sharing words cannot make a text's hits explode.
pub const MAX_LEXICONS: usize = 1_024;
/// Longest lexicon entry or token spec word, in bytes. An entry spans at
/// most as many tokens as it has bytes, and a hit's token count must fit
/// its 16 bits; real phrases are far shorter.
pub const MAX_ENTRY_BYTES: usize = 1_024;
/// Most token specs in one pattern.
pub const MAX_TOKEN_SPECS: usize = 32;
/// Compiled size limit of one regex, in bytes.
pub const MAX_REGEX_BYTES: usize = 1 << 20;
/// Most heap all the compiled regexes of a set may take, in bytes. Each
/// regex is within [`MAX_REGEX_BYTES`], but 2,000 of them took 3.5 GB and
/// 22 s to build; the default set's take under 1 MB.
pub const MAX_REGEX_TOTAL_BYTES: usize = 64 << 20;

fn bad(path: &Path, msg: String) -> Error {
    Error::invalid(path, msg)
}

/// Parses and compiles rule file text. `path` is only used in messages.
pub fn from_ron(src: &str, path: &Path) -> Result<RuleSet> {
    let file: RuleFile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
        .from_str(src)
        .map_err(|e| Error::At {
            path: path.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            msg: e.code.to_string(),
        })?;
    compile(file, path).map_err(|e| placed(e, src))
}

/// An error about a rule (`rule "ID": …`, `rule id "ID" is used twice`)
/// placed at that rule's `id:` in the file (the second one for an id used
/// twice), as a syntax error is.
fn placed(e: Error, src: &str) -> Error {
    let Error::Invalid { path, msg } = e else {
        return e;
    };
    let (id, nth) = if let Some(rest) = msg.strip_prefix("rule id ") {
        (rest, 1)
    } else if let Some(rest) = msg.strip_prefix("rule ") {
        (rest, 0)
    } else {
        return Error::Invalid { path, msg };
    };
    // The id as the message quotes it (Rust's debug quoting, as RON's).
    let quoted = id
        .strip_prefix('"')
        .and_then(|r| {
            let mut esc = false;
            r.char_indices().find_map(|(i, c)| {
                let end = c == '"' && !esc;
                esc = c == '\\' && !esc;
                end.then_some(i)
            })
        })
        .map(|k| &id[..k + 2]);
    let place = quoted.and_then(|q| {
        let re = regex::Regex::new(&format!(r"\bid\s*:\s*{}", regex::escape(q))).ok()?;
        let m = re.find_iter(src).nth(nth)?;
        let before = &src[..m.start()];
        let line_start = before.rfind('\n').map_or(0, |k| k + 1);
        Some((
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        ))
    });
    match place {
        Some((line, col)) => Error::At {
            path,
            line,
            col,
            msg,
        },
        None => Error::Invalid { path, msg },
    }
}

fn compile(file: RuleFile, path: &Path) -> Result<RuleSet> {
    if file.rules.len() > MAX_RULES {
        return Err(bad(
            path,
            format!(
                "{} rules, more than the limit of {MAX_RULES}",
                file.rules.len()
            ),
        ));
    }
    if file.lexicons.len() > MAX_LEXICONS {
        return Err(bad(
            path,
            format!(
                "{} lexicons, more than the limit of {MAX_LEXICONS}",
                file.lexicons.len()
            ),
        ));
    }
    let total: usize = file.lexicons.values().map(Vec::len).sum();
    if total > MAX_LEXICON_ENTRIES {
        return Err(bad(
            path,
            format!("{total} lexicon entries, more than the limit of {MAX_LEXICON_ENTRIES}"),
        ));
    }
    let mut lex_names = Vec::new();
    let mut lex_index = HashMap::new();
    let mut trie = super::lexicon::LexTrie::default();
    for (k, (name, entries)) in file.lexicons.iter().enumerate() {
        lex_index.insert(name.clone(), k);
        lex_names.push(name.clone());
        for e in entries {
            let e = e.trim();
            if e.is_empty() {
                return Err(bad(path, format!("lexicon {name:?} has an empty entry")));
            }
            if e.len() > MAX_ENTRY_BYTES {
                return Err(bad(
                    path,
                    format!(
                        "lexicon {name:?} has an entry of {} bytes, more than the limit of {MAX_ENTRY_BYTES}",
                        e.len()
                    ),
                ));
            }
            trie.insert(e, k as u16);
        }
    }
    let lex = |rule: &str, name: &str| -> Result<usize> {
        lex_index.get(name).copied().ok_or_else(|| {
            bad(
                path,
                format!(
                    "rule {rule:?}: unknown lexicon {name:?} (known: {})",
                    lex_names.join(", ")
                ),
            )
        })
    };
    let total: usize = file.endings.values().map(Vec::len).sum();
    if total > MAX_LEXICON_ENTRIES {
        return Err(bad(
            path,
            format!("{total} endings, more than the limit of {MAX_LEXICON_ENTRIES}"),
        ));
    }
    for (name, list) in &file.endings {
        if list.iter().any(|e| e.trim().is_empty()) {
            return Err(bad(
                path,
                format!("ending list {name:?} has an empty entry"),
            ));
        }
    }
    let endings = |rule: &str, name: &str| -> Result<Vec<String>> {
        file.endings.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = file.endings.keys().map(String::as_str).collect();
            bad(
                path,
                format!(
                    "rule {rule:?}: unknown ending list {name:?} (known: {})",
                    known.join(", ")
                ),
            )
        })
    };
    let mut rules = Vec::with_capacity(file.rules.len());
    let mut seen = HashMap::new();
    let mut regex_bytes = 0;
    // Rules of one label share one string, so candidates compare labels
    // by address (see `engine::same_label`).
    let mut labels: Vec<Arc<str>> = Vec::new();
    for def in file.rules {
        if seen.insert(def.id.clone(), ()).is_some() {
            return Err(bad(path, format!("rule id {:?} is used twice", def.id)));
        }
        if def.id.trim().is_empty() {
            return Err(bad(path, "a rule has an empty id".into()));
        }
        if def.label.trim().is_empty() {
            return Err(bad(path, format!("rule {:?}: empty label", def.id)));
        }
        let kind = compile_kind(&def, path, &lex, &endings)?;
        if let Kind::Regex { re, stepper, .. } = &kind {
            regex_bytes += re.memory_usage() + stepper.as_ref().map_or(0, |s| s.memory_usage());
            if regex_bytes > MAX_REGEX_TOTAL_BYTES {
                return Err(bad(
                    path,
                    format!(
                        "rule {:?}: the regexes up to this one take {} MB compiled, more than the limit of {} MB for a rule set",
                        def.id,
                        regex_bytes >> 20,
                        MAX_REGEX_TOTAL_BYTES >> 20
                    ),
                ));
            }
        }
        let label = match labels.iter().find(|l| l.as_ref() == def.label.as_str()) {
            Some(l) => l.clone(),
            None => {
                let l: Arc<str> = def.label.as_str().into();
                labels.push(l.clone());
                l
            }
        };
        rules.push(Rule {
            id: def.id.into(),
            label_kind: LabelKind::of(&label),
            label,
            phase: def.phase,
            priority: def.priority,
            action: def.action,
            description: def.description,
            kind,
            examples: def.examples,
        });
    }
    // Each token spec's word list becomes a lexicon of its own, so the
    // tokens it can match are found with the other lexicon entries.
    let mut next_lex = file.lexicons.len();
    for r in &mut rules {
        let Kind::Tokens(specs) = &mut r.kind else {
            continue;
        };
        for s in specs.iter_mut() {
            if s.text.is_empty() && s.lower.is_empty() || next_lex >= 2 * MAX_LEXICONS {
                continue;
            }
            for w in s.text.iter().chain(&s.lower) {
                trie.insert(w, next_lex as u16);
            }
            s.words = Some(next_lex);
            next_lex += 1;
        }
    }
    // Phases run in order; within a phase, file order.
    rules.sort_by_key(|r| r.phase);
    number_conditions(&mut rules);
    let verbs = lex_index.get("reporting_verbs").copied();
    let titles = lex_index.get("titles").copied();
    let cue_verbs = lex_index.get("speech_cue_verbs").copied();
    let boilerplate = lex_index.get("boilerplate").copied();
    let mut by_id: Vec<usize> = (0..rules.len()).collect();
    by_id.sort_by(|&x, &y| rules[x].id.cmp(&rules[y].id));
    let mut id_rank = vec![0u32; rules.len()];
    for (rank, &i) in by_id.iter().enumerate() {
        id_rank[i] = rank as u32;
    }
    // Regex rules that are stepped from rare bytes run together, per phase;
    // one with capture groups needs the regex crate's captures.
    let mut scans: Vec<(super::Phase, super::scan::PhaseScan)> = Vec::new();
    for r in &rules {
        if scans.last().is_none_or(|(p, _)| *p != r.phase) {
            let steppers = rules.iter().enumerate().filter_map(|(i, x)| match &x.kind {
                Kind::Regex {
                    stepper: Some(st),
                    span_group: None,
                    names,
                    ..
                } if x.phase == r.phase && names.is_empty() => Some((i, &**st)),
                _ => None,
            });
            scans.push((r.phase, super::scan::PhaseScan::new(steppers)));
        }
    }
    Ok(RuleSet {
        name: file.name,
        rules,
        id_rank,
        lexicons: trie,
        scans,
        attr_lex: super::attribution::AttrLexicons {
            verbs,
            titles,
            cue_verbs,
            boilerplate,
        },
    })
}

fn compile_kind(
    def: &RuleDef,
    path: &Path,
    lex: &dyn Fn(&str, &str) -> Result<usize>,
    endings: &dyn Fn(&str, &str) -> Result<Vec<String>>,
) -> Result<Kind> {
    let id = def.id.as_str();
    Ok(match &def.kind {
        KindDef::Regex {
            pattern,
            whole_line,
        } => {
            let re = regex::RegexBuilder::new(pattern)
                .size_limit(MAX_REGEX_BYTES)
                .dfa_size_limit(MAX_REGEX_BYTES * 4)
                .build()
                .map_err(|e| bad(path, format!("rule {id:?}: bad regex: {e}")))?;
            let span_group = re.capture_names().position(|n| n == Some("span"));
            let names = re
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| n.filter(|n| *n != "span").map(|n| (i, n.to_string())))
                .collect();
            // The `regex` crate checked the pattern and its limits; this is
            // the same regex, searched paragraph by paragraph.
            let re = super::prefilter::build(pattern, MAX_REGEX_BYTES, MAX_REGEX_BYTES * 4)
                .map_err(|e| bad(path, format!("rule {id:?}: regex does not build: {e}")))?;
            let stepper =
                super::scan::Stepper::build(pattern, MAX_REGEX_BYTES, MAX_REGEX_BYTES * 4);
            // Stepped at line starts only, a rule costs less than a search
            // for its literals would.
            let required = if stepper.as_ref().is_some_and(|s| s.at_line_starts()) {
                Vec::new()
            } else {
                super::prefilter::required_starts(pattern)
            };
            Kind::Regex {
                re,
                span_group,
                names,
                whole_line: *whole_line,
                required,
                stepper: stepper.map(Box::new),
            }
        }
        KindDef::Tokens { pattern } => {
            if pattern.is_empty() || pattern.len() > MAX_TOKEN_SPECS {
                return Err(bad(
                    path,
                    format!("rule {id:?}: a token pattern needs 1 to {MAX_TOKEN_SPECS} specs"),
                ));
            }
            let mut specs: Vec<Spec> = Vec::new();
            for (k, s) in pattern.iter().enumerate() {
                let mut unless = 0u32;
                for name in &s.unless_captured {
                    let named: Vec<usize> = (0..k)
                        .filter(|&j| pattern[j].capture.as_deref() == Some(name.as_str()))
                        .collect();
                    if named.is_empty() {
                        return Err(bad(
                            path,
                            format!(
                                "rule {id:?}, spec {}: no spec before it captures {name:?}",
                                k + 1
                            ),
                        ));
                    }
                    unless |= named.iter().fold(0, |m, &j| m | 1 << j);
                }
                if let Some(w) = s
                    .text
                    .iter()
                    .chain(&s.lower)
                    .find(|w| w.len() > MAX_ENTRY_BYTES)
                {
                    return Err(bad(
                        path,
                        format!(
                            "rule {id:?}, spec {}: a word of {} bytes, more than the limit of {MAX_ENTRY_BYTES}",
                            k + 1,
                            w.len()
                        ),
                    ));
                }
                let (min, max) = parse_op(s.op.as_deref())
                    .map_err(|e| bad(path, format!("rule {id:?}, spec {}: {e}", k + 1)))?;
                let (must, must_not) = flag_masks(s);
                let opt = |n: &Option<String>| n.as_deref().map(|n| lex(id, n)).transpose();
                // A spec's own endings and those of the list it names.
                let ends = |own: &[String], named: &Option<String>| -> Result<_> {
                    let mut all = own.to_vec();
                    if let Some(n) = named {
                        all.extend(endings(id, n)?);
                    }
                    Ok(super::tokens::Endings::new(&all))
                };
                specs.push(Spec {
                    text: s.text.clone(),
                    lower: s.lower.clone(),
                    words: None,
                    in_lex: opt(&s.in_lexicon)?,
                    not_in: opt(&s.not_in)?,
                    phrase: opt(&s.phrase)?,
                    must,
                    must_not,
                    shape: s.shape.clone(),
                    suffix: ends(&s.suffix, &s.suffix_in)?,
                    not_suffix: ends(&s.not_suffix, &s.not_suffix_in)?,
                    min,
                    max,
                    capture: s.capture.clone(),
                    unless,
                    noted: 0,
                });
            }
            for k in 0..specs.len() {
                if specs.iter().any(|s| s.unless & 1 << k != 0) {
                    specs[k].noted = 1 << k;
                }
            }
            if specs.iter().all(|s| s.min == 0) {
                return Err(bad(
                    path,
                    format!("rule {id:?}: a token pattern must require at least one token"),
                ));
            }
            Kind::Tokens(specs)
        }
        KindDef::Lexicon { lexicon } => Kind::Lexicon(lex(id, lexicon)?),
        KindDef::Quotes {
            min_words,
            verbs,
            names,
            works,
        } => {
            let opt = |n: &Option<String>| n.as_deref().map(|n| lex(id, n)).transpose();
            Kind::Quotes {
                min_words: *min_words,
                verbs: opt(verbs)?,
                names: opt(names)?,
                works: opt(works)?,
            }
        }
        KindDef::Sentence { when, unless } => {
            let conv = |c: &Cond| -> Result<SentCond> {
                Ok(match c {
                    Cond::Question => SentCond::Question,
                    Cond::Heading => SentCond::Heading,
                    Cond::Byline => SentCond::Byline,
                    Cond::Repeated => SentCond::Repeated,
                    Cond::TitleBlock => SentCond::TitleBlock,
                    Cond::Embed => SentCond::Embed,
                    Cond::AuthorBio => SentCond::AuthorBio,
                    Cond::Contains(l) => SentCond::Contains(l.clone(), l.to_lowercase()),
                    Cond::Inside(l) => SentCond::Inside(l.clone()),
                    Cond::Has(l) => SentCond::Has(lex(id, l)?),
                    Cond::QuoteHas(l) => SentCond::QuoteHas(lex(id, l)?),
                    Cond::StartsWith(l) => SentCond::StartsWith(lex(id, l)?),
                    Cond::QuoteStartsWith(l) => SentCond::QuoteStartsWith(lex(id, l)?),
                    Cond::OnlyQuote(l) => SentCond::OnlyQuote(lex(id, l)?),
                    Cond::QuoteFact(l, v) => SentCond::QuoteFact(l.clone(), lex(id, v)?),
                })
            };
            let when: Vec<SentCond> = when.iter().map(conv).collect::<Result<_>>()?;
            Kind::Sentence {
                gate: super::conditions::SentGate::of(&when),
                when,
                unless: unless.iter().map(conv).collect::<Result<_>>()?,
                ids: Vec::new(),
            }
        }
    })
}

/// Numbers the sentence conditions of all rules, equal ones alike (see
/// `Kind::Sentence::ids`).
fn number_conditions(rules: &mut [Rule]) {
    let mut seen: Vec<SentCond> = Vec::new();
    for r in rules {
        if let Kind::Sentence {
            when, unless, ids, ..
        } = &mut r.kind
        {
            *ids = when
                .iter()
                .chain(unless.iter())
                .map(|c| match seen.iter().position(|x| x == c) {
                    Some(k) => k,
                    None => {
                        seen.push(c.clone());
                        seen.len() - 1
                    }
                })
                .collect();
        }
    }
}

//! The rule engine's contract: suggestions into a project, errors that name
//! the place, determinism.

use std::path::Path;

use newsmark::model::{Document, Status};
use newsmark::project::Project;
use newsmark::rules::{RuleSet, apply_suggestions};

const TEXT: &str =
    "“We raised pay by 12 percent,” Ms. Alvarez said. Around 2,300 workers struck on March 3.\n";

#[test]
fn apply_is_idempotent_and_respects_rejections() {
    let mut p = Project::new();
    p.add_document(Document::new("d", "d", TEXT));
    let rules = RuleSet::builtin();
    let added = apply_suggestions(&mut p, 0, rules);
    assert!(added >= 4, "added {added}");
    assert_eq!(
        apply_suggestions(&mut p, 0, rules),
        0,
        "second run adds nothing"
    );
    // Reject one suggestion and drop all other pending ones: only those come back.
    let rejected = p.documents[0].spans()[0].id;
    let pending: Vec<_> = p.documents[0]
        .spans()
        .iter()
        .skip(1)
        .map(|s| s.id)
        .collect();
    p.documents[0]
        .update_span(rejected, |s| s.status = Status::Rejected)
        .unwrap();
    for id in &pending {
        p.documents[0].remove_span(*id);
    }
    assert_eq!(apply_suggestions(&mut p, 0, rules), pending.len());
    assert_eq!(
        p.documents[0].span(rejected).unwrap().status,
        Status::Rejected
    );
    let s = p.documents[0]
        .spans()
        .iter()
        .find(|s| &*s.label == "QUOTE")
        .unwrap();
    assert_eq!(s.attrs["speaker"], "Ms. Alvarez");
    // Explanations are built on request, for the same suggestions.
    assert!(s.why.is_none());
    let explained = rules.suggest_explained(TEXT);
    let e = explained
        .iter()
        .find(|e| (e.start, e.end, &*e.label) == (s.start, s.end, s.label.as_str()))
        .unwrap();
    assert!(
        e.why
            .as_ref()
            .is_some_and(|w| w.pieces.iter().any(|p| p.role == "speaker"))
    );
    let plain: Vec<_> = explained
        .into_iter()
        .map(|mut e| {
            e.why = None;
            e
        })
        .collect();
    assert_eq!(plain, rules.suggest(TEXT));
}

#[test]
fn suggestions_are_deterministic_and_sorted() {
    let rules = RuleSet::builtin();
    let a = rules.suggest(TEXT);
    assert_eq!(a, rules.suggest(TEXT));
    let keys: Vec<_> = a
        .iter()
        .map(|s| (s.start, s.end, s.label.clone(), s.rule.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // The date is not a figure, the count is.
    let figs: Vec<&str> = a
        .iter()
        .filter(|s| &*s.label == "FIGURE")
        .map(|s| &TEXT[s.start..s.end])
        .collect();
    assert_eq!(figs, vec!["12 percent", "Around 2,300 workers"]);
    assert!(rules.rule("quote.marks").is_some());
}

#[test]
fn errors_name_the_place() {
    let p = Path::new("bad.ron");
    let e = RuleSet::from_ron("(rules: [\n  (id: \"x\", label: )\n])", p)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("bad.ron:2:"), "{e}");
    let e = RuleSet::from_ron(
        r#"(rules: [(id: "r1", label: "FIGURE", phase: Figures, kind: Regex(pattern: "(unclosed"))])"#,
        p,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("\"r1\"") && e.contains("bad regex"), "{e}");
    let e = RuleSet::from_ron(
        r#"(rules: [(id: "r2", label: "FIGURE", phase: Figures, kind: Lexicon(lexicon: "nope"))])"#,
        p,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("unknown lexicon \"nope\""), "{e}");
    let e = RuleSet::from_ron(
        r#"(rules: [(id: "r3", label: "X", phase: Figures, kind: Tokens(pattern: [(like_num: true, op: "{1,9999}")]))])"#,
        p,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("quantifier"), "{e}");
}

#[test]
fn whole_line_regex_covers_the_line_of_each_match() {
    let rules = RuleSet::from_ron(
        r#"(rules: [(id: "credit", label: "NOTE", phase: Claims,
            kind: Regex(pattern: r"\(Photo: [^)\n]+\)", whole_line: true))])"#,
        Path::new("t.ron"),
    )
    .unwrap();
    let text = "First line.\n  Crowds wait. (Photo: A. Lee) \r\nLast (Photo: B) x (Photo: C)\n";
    let got = suggested_texts(&rules, text);
    // One span per line, trimmed; two matches on a line give one span.
    assert_eq!(
        got,
        vec![
            "Crowds wait. (Photo: A. Lee)",
            "Last (Photo: B) x (Photo: C)"
        ]
    );
    // A very long line with many matches is still one span.
    let long = "a (Photo: x) ".repeat(50_000);
    let s = rules.suggest(&long);
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].start, s[0].end), (0, long.trim_end().len()));
}

#[test]
fn token_patterns_find_a_second_required_spec_past_phrases() {
    // The start filter bounds how far the second required word can be: a
    // long phrase and repetitions before it still count.
    let rules = RuleSet::from_ron(
        r#"(lexicons: {"approx": ["more than", "well over a total of"]},
            rules: [(id: "r", label: "FIGURE", phase: Figures,
              kind: Tokens(pattern: [
                (phrase: "approx", op: "?"),
                (like_num: true, op: "{1,3}"),
                (lower: ["to"]),
                (like_num: true)]))])"#,
        Path::new("t.ron"),
    )
    .unwrap();
    // `to` is eight tokens after `Well`: five for the phrase, three numbers.
    let text = "Well over a total of 5 6 7 to 9. Then 3 to 4. But 8 went nowhere, and 2 stayed.";
    let got = suggested_texts(&rules, text);
    assert_eq!(got, vec!["Well over a total of 5 6 7 to 9", "3 to 4"]);
}

/// The text of each suggestion `rules` make on `text`, in order.
fn suggested_texts<'t>(rules: &RuleSet, text: &'t str) -> Vec<&'t str> {
    rules
        .suggest(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// News-like text from pieces that stress the engine: quotation marks of
/// every style, unpaired ones, numbers with separators and scales,
/// abbreviations, titles and names, reporting verbs, CRLF and blank lines,
/// emoji, combining marks, non-Latin digits and letters.
fn news_like() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        proptest::sample::select(vec![
            "said",
            "told",
            "according to",
            "Mr.",
            "Dr.",
            "President",
            "Anna Berg",
            "she",
            "they",
            "The",
            "the",
            "a",
            "million",
            "billion",
            "percent",
            "%",
            "$",
            "€",
            "5,000",
            "1.5",
            "12",
            "three",
            "hundred",
            "2024",
            "10-15",
            "28-year-old",
            "about",
            "more than",
            "U.S.",
            "a.m.",
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            "„",
            "“",
            "(",
            ")",
            "-",
            "—",
            ",",
            ".",
            "?",
            "!",
            ":",
            ";",
            "…",
            "\n",
            "\n\n",
            "\r\n",
            "  ",
            "\t",
            "🙂",
            "e\u{301}",
            "٣",
            "日本",
            "By",
            "Photo:",
            "Here is",
            "could",
            "I think",
            "www.x.com",
            "@user",
            "\u{a0}",
            "\u{200b}",
            "\0",
        ])
        .prop_map(str::to_string),
        "[A-Za-z]{1,9}",
        "[0-9]{1,7}",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.join(" "))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever the text, the engine does not panic, every suggestion lies
    /// inside the text on character boundaries, the order is sorted and
    /// the same each run, and explaining changes nothing but the
    /// explanations.
    #[test]
    fn any_text_gives_well_formed_suggestions(text in news_like()) {
        let rules = RuleSet::builtin();
        let got = rules.suggest(&text);
        for s in &got {
            proptest::prop_assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
            proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
            proptest::prop_assert!(s.why.is_none());
        }
        let keys: Vec<_> = got.iter().map(|s| (s.start, s.end, s.label.clone(), s.rule.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        proptest::prop_assert_eq!(&keys, &sorted);
        proptest::prop_assert_eq!(&got, &rules.suggest(&text));
        let explained: Vec<_> = rules
            .suggest_explained(&text)
            .into_iter()
            .map(|mut s| {
                s.why = None;
                s
            })
            .collect();
        proptest::prop_assert_eq!(&got, &explained);
    }
}

#[test]
fn a_regex_whose_walks_run_far_gives_find_iter_matches() {
    // From every digit of the first line the pattern reads to the line's
    // end and fails: stepped from each, that would be quadratic. Past its
    // budget the rule is searched once, and the matches are those of
    // `find_iter`.
    let pattern = r"[0-9][^Z\n]*Z";
    let rules = RuleSet::from_ron(
        &format!(
            r#"(rules: [(id: "far", label: "X", phase: Figures, kind: Regex(pattern: r"{pattern}"))])"#
        ),
        Path::new("t.ron"),
    )
    .unwrap();
    let text = format!("{}\n7 Z and 8 Z, 9", "1 ".repeat(5_000));
    let want: Vec<(usize, usize)> = regex::Regex::new(pattern)
        .unwrap()
        .find_iter(&text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let got: Vec<(usize, usize)> = rules
        .suggest(&text)
        .iter()
        .map(|s| (s.start, s.end))
        .collect();
    assert_eq!(want.len(), 2);
    assert_eq!(got, want);
}

#[test]
fn rule_file_mistakes_are_refused_at_their_place() {
    let p = Path::new("bad.ron");
    let err = |src: &str| RuleSet::from_ron(src, p).unwrap_err().to_string();
    // A misspelt field would change what a rule matches without a word.
    let e = err(
        "(rules: [(id: \"t\", label: \"X\", phase: Figures,\n  kind: Tokens(pattern: [(lowr: [\"said\"])]))])",
    );
    assert!(e.starts_with("bad.ron:2:") && e.contains("lowr"), "{e}");
    let e = err("(rules: [], exampels: [])");
    assert!(e.starts_with("bad.ron:1:") && e.contains("exampels"), "{e}");
    // A lexicon defined twice, not the first list dropped.
    let e = err("(lexicons: {\"v\": [\"said\"],\n \"v\": [\"adding\"]}, rules: [])");
    assert!(
        e.starts_with("bad.ron:2:") && e.contains("\"v\" is defined twice"),
        "{e}"
    );
    let e = err("(endings: {\"p\": [\"s\"],\n \"p\": [\"es\"]}, rules: [])");
    assert!(
        e.starts_with("bad.ron:2:") && e.contains("ending list \"p\" is defined twice"),
        "{e}"
    );
    // A spec naming a list of endings that is not there.
    let e = err(
        "(endings: {\"plural\": [\"s\"]}, rules: [\n  (id: \"t\", label: \"X\", phase: Figures,\n  kind: Tokens(pattern: [(suffix_in: \"plurals\")]))])",
    );
    assert!(
        e.starts_with("bad.ron:2:4: rule \"t\": unknown ending list \"plurals\" (known: plural)"),
        "{e}"
    );
    // Errors about a rule point at the rule; an id used twice at its second use.
    let rule = |id: &str, pattern: &str| {
        format!("(id: \"{id}\", label: \"X\", phase: Figures, kind: Regex(pattern: \"{pattern}\"))")
    };
    let e = err(&format!(
        "(rules: [\n  {},\n  {},\n  {}])",
        rule("a", "x"),
        rule("b", "y"),
        rule("a", "z")
    ));
    assert!(
        e.starts_with("bad.ron:4:4: rule id \"a\" is used twice"),
        "{e}"
    );
    let e = err(&format!(
        "(rules: [\n  {},\n    {}])",
        rule("a", "x"),
        rule("b", "(")
    ));
    assert!(e.starts_with("bad.ron:3:6: rule \"b\": bad regex"), "{e}");
    // Empty ids and labels would print as `"rule": ""`.
    let e =
        err("(rules: [(id: \"e\", label: \" \", phase: Figures, kind: Regex(pattern: \"x\"))])");
    assert!(e.contains("rule \"e\": empty label"), "{e}");
    let e = err("(rules: [(id: \"\", label: \"X\", phase: Figures, kind: Regex(pattern: \"x\"))])");
    assert!(e.contains("empty id"), "{e}");
}

#[test]
fn many_lexicons_sharing_a_word_stay_linear_and_all_hit() {
    // Every lexicon has the word: each hit is found by one look, and a
    // rule on the last lexicon still sees every token.
    let n = 1_000;
    let lexicons: Vec<String> = (0..n)
        .map(|k| format!("\"x{k}\": [\"a\", \"a b\"]"))
        .collect();
    let src = format!(
        "(lexicons: {{{}}}, rules: [(id: \"l\", label: \"X\", phase: Figures, kind: Lexicon(lexicon: \"x{}\"))])",
        lexicons.join(", "),
        n - 1
    );
    let rules = RuleSet::from_ron(&src, Path::new("many.ron")).unwrap();
    let text = "a b a b a";
    assert_eq!(suggested_texts(&rules, text), ["a b", "a b", "a"]);
    // Past the limit of lexicons a file may name: refused, with the limit.
    let lexicons: Vec<String> = (0..1_025).map(|k| format!("\"x{k}\": [\"a\"]")).collect();
    let e = RuleSet::from_ron(
        &format!("(lexicons: {{{}}}, rules: [])", lexicons.join(", ")),
        Path::new("many.ron"),
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("1025 lexicons, more than the limit of 1024"),
        "{e}"
    );
}

#[test]
fn lexicon_entries_past_the_length_limit_are_refused() {
    // An entry of 70,000 words used to match with its token count cut to
    // 16 bits: a span of 4,464 words where the text had 70,000.
    let long = vec!["a"; 70_000].join(" ");
    let src = format!(
        "(lexicons: {{\"l\": [\"{long}\"]}}, rules: [(id: \"r\", label: \"X\", phase: Figures, kind: Lexicon(lexicon: \"l\"))])"
    );
    let e = RuleSet::from_ron(&src, Path::new("long.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("lexicon \"l\" has an entry of 139999 bytes, more than the limit of 1024"),
        "{e}"
    );
    let src = format!(
        "(rules: [(id: \"t\", label: \"X\", phase: Figures, kind: Tokens(pattern: [(lower: [\"{long}\"])]))])"
    );
    let e = RuleSet::from_ron(&src, Path::new("long.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("rule \"t\", spec 1: a word of 139999 bytes"),
        "{e}"
    );
    // At the limit an entry still matches the whole of its words.
    let entry = vec!["a"; 512].join(" ");
    assert_eq!(entry.len(), 1_023);
    let src = format!(
        "(lexicons: {{\"l\": [\"{entry}\"]}}, rules: [(id: \"r\", label: \"X\", phase: Figures, kind: Lexicon(lexicon: \"l\"))])"
    );
    let rules = RuleSet::from_ron(&src, Path::new("ok.ron")).unwrap();
    let got: Vec<(usize, usize)> = rules
        .suggest(&entry)
        .iter()
        .map(|s| (s.start, s.end))
        .collect();
    assert_eq!(got, [(0, entry.len())]);
}

#[test]
fn many_big_regexes_are_refused_before_they_take_gigabytes() {
    // 2,000 of these took 3.5 GB and 22 s to build, each within the limit
    // of one regex.
    let rules: Vec<String> = (0..2_000)
        .map(|k| {
            format!(
                "(id: \"r{k}\", label: \"X\", phase: Figures, kind: Regex(pattern: r\"\\w{{20}}N{k}\"))"
            )
        })
        .collect();
    let src = format!("(rules: [\n{}])", rules.join(",\n"));
    let e = RuleSet::from_ron(&src, Path::new("big.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("take 64 MB compiled, more than the limit of 64 MB for a rule set"),
        "{e}"
    );
    // Placed at the rule where the total passed the limit.
    let n: usize = e
        .split("rule \"r")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(e.starts_with(&format!("big.ron:{}:", n + 2)), "{e}");
    assert!((2..2_000).contains(&n), "{e}");
}

#[test]
fn a_relabelled_suggestion_is_not_suggested_again() {
    let mut p = Project::new();
    p.add_document(Document::new("d", "d", TEXT));
    let rules = RuleSet::builtin();
    apply_suggestions(&mut p, 0, rules);
    let n = p.documents[0].spans().len();
    // A person makes a rule's FIGURE a CLAIM: the span keeps its rule as
    // origin, and the rule must not bring the FIGURE back beside it.
    let fig = p.documents[0]
        .spans()
        .iter()
        .find(|s| s.label == "FIGURE")
        .unwrap()
        .id;
    p.documents[0]
        .update_span(fig, |s| {
            s.label = "CLAIM".into();
            s.status = Status::Accepted;
        })
        .unwrap();
    assert_eq!(apply_suggestions(&mut p, 0, rules), 0);
    assert_eq!(p.documents[0].spans().len(), n);
}

#[test]
fn decomposed_names_are_whole_speakers() {
    // The same text with its accents as combining marks (NFD) gave the
    // speaker `Zoe`, and the next quote hers too.
    let nfc = "“We will rebuild the bridge,” said Zoë Brontë, the mayor.\n“Costs rose 12%,” Renée Côté said.\n";
    let nfd = "“We will rebuild the bridge,” said Zoe\u{308} Bronte\u{308}, the mayor.\n“Costs rose 12%,” Rene\u{301}e Co\u{302}te\u{301} said.\n";
    let speakers = |t: &str| -> Vec<String> {
        RuleSet::builtin()
            .suggest(t)
            .into_iter()
            .filter(|s| &*s.label == "QUOTE")
            .map(|s| s.attrs.get("speaker").cloned().unwrap_or_default())
            .collect()
    };
    assert_eq!(speakers(nfc), ["Zoë Brontë", "Renée Côté"]);
    assert_eq!(
        speakers(nfd),
        [
            "Zoe\u{308} Bronte\u{308}",
            "Rene\u{301}e Co\u{302}te\u{301}"
        ]
    );
}

#[test]
fn named_endings_join_a_specs_own() {
    let src = r#"(
  endings: {"plural": ["s", "people"], "not_plural": ["ss"]},
  rules: [(id: "n", label: "FIGURE", phase: Figures,
    kind: Tokens(pattern: [(is_digit: true), (is_lower: true, suffix: ["feet"], suffix_in: "plural", not_suffix_in: "not_plural")]))],
)"#;
    let rs = RuleSet::from_ron(src, Path::new("e.ron")).unwrap();
    let text = "3 cats, 4 people, 5 feet, 6 glass, 7 sheep";
    assert_eq!(suggested_texts(&rs, text), ["3 cats", "4 people", "5 feet"]);
}

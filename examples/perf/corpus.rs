//! A seeded synthetic corpus that looks like news: paragraphs of the bundled
//! sample articles recombined, so it has quotes, figures and claims.

use newsmark::project::Project;
use newsmark::rules::{RuleSet, apply_suggestions};
use newsmark::{Document, Span, Status};

/// A small xorshift generator: seeded, repeatable, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Paragraphs (non-empty lines) of every sample article.
pub fn sample_paragraphs() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("assets/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("sample text");
        out.extend(
            text.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| l.split_whitespace().count() > 6)
                .map(str::to_string),
        );
    }
    out
}

/// One article of about `bytes` bytes: a headline and recombined paragraphs.
pub fn article(rng: &mut Rng, paras: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 512);
    text.push_str("Synthetic report on the day's events\n");
    while text.len() < bytes {
        text.push_str(&paras[rng.below(paras.len())]);
        text.push('\n');
    }
    text
}

/// A project of `docs` articles of about `bytes` bytes each.
pub fn project(seed: u64, docs: usize, bytes: usize) -> Project {
    let paras = sample_paragraphs();
    let mut rng = Rng::new(seed);
    let mut p = Project::new();
    p.documents.reserve(docs);
    for i in 0..docs {
        let mut text = article(&mut rng, &paras, bytes);
        // Unique text, so no article is a duplicate of another.
        text.push_str(&format!("Report number {i}.\n"));
        p.documents
            .push(Document::new(format!("a{i:05}"), format!("a{i:05}"), text));
    }
    p
}

/// Adds spans to reach about `per_doc` a document: rule suggestions first,
/// then accepted word spans to make up the number.
pub fn fill_spans(p: &mut Project, rules: &RuleSet, per_doc: usize) {
    for i in 0..p.documents.len() {
        apply_suggestions(p, i, rules);
        // Keep the first `per_doc` so the project has the size the target names.
        if p.documents[i].spans().len() > per_doc {
            let mut spans = p.documents[i].spans().to_vec();
            spans.truncate(per_doc);
            p.documents[i].set_spans(spans);
        }
    }
    for i in 0..p.documents.len() {
        let have = p.documents[i].spans().len();
        if have >= per_doc {
            continue;
        }
        let words: Vec<(usize, usize)> = {
            let t = p.documents[i].text();
            let mut v = Vec::new();
            let mut start = None;
            for (b, c) in t.char_indices() {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(b),
                    (false, Some(s)) => {
                        v.push((s, b));
                        start = None;
                    }
                    _ => {}
                }
            }
            v
        };
        let step = (words.len() / (per_doc - have).max(1)).max(1);
        let mut spans = p.documents[i].spans().to_vec();
        for &(s, e) in words.iter().step_by(step).take(per_doc - have) {
            let mut sp = Span::manual(p.alloc_span_id(), s, e, "FIGURE");
            sp.status = Status::Accepted;
            spans.push(sp);
        }
        p.documents[i].set_spans(spans);
    }
}

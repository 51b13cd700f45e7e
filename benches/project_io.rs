//! Project file speed: canonical save and load of a 1,000-article project
//! with 50 spans an article. `cargo bench --bench project_io`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsmark::project::{self, Project};
use newsmark::{Document, Span, Status};

/// mimalloc, as in the `newsmark` binary, so the figures are the shipped ones.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn project(docs: usize) -> Project {
    let para = "“We will not accept this,” said Maria Lopez, the union’s chair. \
                The port handled 1.2 million containers last year, up 4% from 2023. 👍\n";
    let mut p = Project::new();
    for i in 0..docs {
        let text = format!("{}Report {i}.\n", para.repeat(32));
        let mut d = Document::new(format!("d{i}"), format!("d{i}"), text.clone());
        let mut spans = Vec::new();
        let mut from = 0;
        while let Some(q) = text[from..].find('“') {
            let q = from + q;
            let Some(qe) = text[q..].find('”').map(|e| q + e + '”'.len_utf8()) else {
                break;
            };
            let mut s = Span::manual(p.alloc_span_id(), q, qe, "QUOTE");
            s.attrs.insert("speaker", "Maria Lopez".into());
            spans.push(s);
            if let Some(f) = text[qe..].find("1.2 million") {
                let mut s = Span::manual(p.alloc_span_id(), qe + f, qe + f + 11, "FIGURE");
                s.status = Status::Pending;
                spans.push(s);
            }
            from = qe;
        }
        d.set_spans(spans);
        p.documents.push(d);
    }
    p
}

fn bench(c: &mut Criterion) {
    let p = project(1_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("p.ron");
    project::save(&p, &file).expect("save");
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let mut g = c.benchmark_group("project_io");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("save_1000_docs", |b| {
        b.iter(|| project::save(&p, &file).expect("save"))
    });
    g.bench_function("load_1000_docs", |b| {
        b.iter(|| project::load(&file).expect("load"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

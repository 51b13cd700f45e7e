//! Window figures on one long article, measured headless: the real UI code
//! runs through an `egui::Context` and its output is tessellated, which is
//! the CPU side of a frame (no GPU needed).

use std::time::Instant;

use egui::{
    Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, RawInput, Rect, TouchPhase, vec2,
};
use newsmark::Document;
use newsmark::project::Project;
use newsmark::rules::RuleSet;
use serde_json::{Value, json};

use super::corpus;
use super::gui::AppState;

/// An app state holding one article of about `bytes` bytes with `spans` spans.
pub fn long_article_state(rules: &RuleSet, bytes: usize, spans: usize) -> (AppState, usize) {
    let paras = corpus::sample_paragraphs();
    let mut rng = corpus::Rng::new(3);
    let text = corpus::article(&mut rng, &paras, bytes);
    let len = text.len();
    let mut p = Project::new();
    p.documents.push(Document::new("long", "long", text));
    corpus::fill_spans(&mut p, rules, spans);
    let mut s = AppState::new(p, None);
    s.doc = 0;
    (s, len)
}

struct Driver {
    ctx: egui::Context,
    t: f64,
}

impl Driver {
    fn new() -> Self {
        Driver {
            ctx: egui::Context::default(),
            t: 0.0,
        }
    }

    /// One frame with these events; returns its CPU time in ms.
    fn frame(&mut self, state: &mut AppState, events: Vec<Event>) -> f64 {
        self.t += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
            time: Some(self.t),
            events,
            ..Default::default()
        };
        let t = Instant::now();
        let out = self.ctx.run_ui(input, |ui| state.ui(ui));
        let prims = self.ctx.tessellate(out.shapes, out.pixels_per_point);
        std::hint::black_box(prims);
        t.elapsed().as_secs_f64() * 1000.0
    }
}

fn key(k: Key) -> Vec<Event> {
    let ev = |pressed| Event::Key {
        key: k,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    vec![ev(true), ev(false)]
}

fn wheel(dy: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(Pos2::new(560.0, 420.0)),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: vec2(0.0, dy),
            phase: TouchPhase::Move,
            source: MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        },
    ]
}

/// The last paragraph the previous frame drew.
fn deepest_visible(state: &AppState) -> usize {
    state
        .ui_cache
        .visible
        .iter()
        .map(|p| p.para)
        .max()
        .unwrap_or(0)
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v.get(i).copied().unwrap_or(0.0)
}

/// First frame, scrolling frames (p50/p99) and accept-to-next-frame.
pub fn figures(rules: &RuleSet, bytes: usize, spans: usize) -> Value {
    let (mut state, text_bytes) = long_article_state(rules, bytes, spans);
    let span_count = state.project.span_count();
    let mut d = Driver::new();
    let first = d.frame(&mut state, vec![]);
    for _ in 0..3 {
        d.frame(&mut state, vec![]);
    }
    // Scroll down through the article a wheel notch at a time, then back up.
    let mut times = Vec::new();
    let mut deepest = 0;
    for i in 0..600 {
        let dy = if i < 400 { -120.0 } else { 240.0 };
        times.push(d.frame(&mut state, wheel(dy)));
        deepest = deepest.max(deepest_visible(&state));
    }
    // Jumps of a whole screen and more (a dragged scrollbar, Page Down held):
    // every frame lays out paragraphs it has never seen.
    let mut jumps = Vec::new();
    for _ in 0..200 {
        jumps.push(d.frame(&mut state, wheel(-2400.0)));
        deepest = deepest.max(deepest_visible(&state));
    }
    // The slowest frame of all: a single hitch does not move p99.
    let frame_max = times.iter().chain(&jumps).cloned().fold(0.0, f64::max);
    let jump_p50 = pct(&mut jumps, 0.5);
    let jump_p99 = pct(&mut jumps, 0.99);
    // Proof that the frames scrolled: how far down the article they reached.
    let paras = state.ui_cache.paras.len();
    let p50 = pct(&mut times, 0.5);
    let p99 = pct(&mut times, 0.99);
    // Accept: Tab selects the next suggestion, A accepts it; time A's frame.
    let mut accepts = Vec::new();
    for _ in 0..20 {
        d.frame(&mut state, key(Key::Tab));
        d.frame(&mut state, vec![]);
        accepts.push(d.frame(&mut state, key(Key::A)));
    }
    let accept = pct(&mut accepts, 0.5);
    json!({
        "window_text_bytes": text_bytes,
        "window_spans": span_count,
        "scrolled_paras": deepest,
        "frame_jump_p50_ms": jump_p50,
        "frame_jump_p99_ms": jump_p99,
        "article_paras": paras,
        "first_frame_ms": first,
        "frame_p50_ms": p50,
        "frame_p99_ms": p99,
        "frame_max_ms": frame_max,
        "accept_ms": accept,
        "accept_max_ms": accepts.iter().cloned().fold(0.0, f64::max),
    })
}

/// Peak RSS of a separate process that holds only the long article in the
/// app state and has drawn frames.
pub fn rss(bytes: usize, spans: usize) -> Value {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => return json!({ "rss_error": e.to_string() }),
    };
    let out = std::process::Command::new(exe)
        .args(["--rss-child"])
        .env("NEWSMARK_PERF_BYTES", bytes.to_string())
        .env("NEWSMARK_PERF_SPANS", spans.to_string())
        .output();
    match out {
        Ok(o) => serde_json::from_slice(&o.stdout).unwrap_or_else(
            |_| json!({ "rss_error": String::from_utf8_lossy(&o.stderr).into_owned() }),
        ),
        Err(e) => json!({ "rss_error": e.to_string() }),
    }
}

/// The child side of [`rss`]: prints `{"rss_mb", "text_mb"}`.
pub fn rss_child(rules: &RuleSet) {
    let get = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (mut state, text_bytes) = long_article_state(
        rules,
        get("NEWSMARK_PERF_BYTES", 1_000_000),
        get("NEWSMARK_PERF_SPANS", 10_000),
    );
    let mut d = Driver::new();
    for i in 0..120 {
        d.frame(&mut state, wheel(if i < 80 { -400.0 } else { 400.0 }));
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let text_mb = text_bytes as f64 / 1e6;
    println!(
        "{}",
        json!({ "rss_mb": kb / 1024.0, "text_mb": text_mb, "rss_budget_mb": 150.0 + 4.0 * text_mb })
    );
}

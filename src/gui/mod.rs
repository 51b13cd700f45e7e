//! The annotation window. [`app`] holds the state and the commands (no
//! drawing), [`ui`] draws it. This module tree refers to the library only
//! (`newsmark::…`) and to itself by relative paths, so benchmarks can
//! include it with `#[path]` and drive [`AppState::ui`] headless.

pub mod app;
pub mod ui;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use app::AppState;

/// How to start the window.
#[derive(Debug, Clone, Default)]
pub struct WindowOptions {
    /// Inner size in points.
    pub size: Option<[f32; 2]>,
    /// Render, write this PNG and exit.
    pub screenshot: Option<PathBuf>,
}

/// Why the window could not run.
#[derive(Debug)]
pub enum RunError {
    /// There is no display to open a window on; with the display
    /// system's own words when it was named but could not be reached.
    NoDisplay(Option<String>),
    /// Anything else, as one line.
    Other(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::NoDisplay(None) => {
                write!(f, "no display found; the CLI subcommands still work")
            }
            RunError::NoDisplay(Some(why)) => write!(
                f,
                "could not open a window on the display ({why}); the CLI subcommands still work"
            ),
            RunError::Other(m) => write!(f, "{m}"),
        }
    }
}

/// Whether a window can be opened at all (a display server is named).
pub fn display_available() -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Where the recent-projects list is kept.
pub fn recent_store() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("newsmark").join("recent.txt"))
}

/// Where theme and font size are kept, beside the recent list.
pub fn prefs_store() -> Option<PathBuf> {
    Some(recent_store()?.with_file_name("settings.txt"))
}

type Shot = Arc<Mutex<Option<Arc<egui::ColorImage>>>>;

struct Window {
    state: AppState,
    screenshot: Option<PathBuf>,
    frames: u64,
    shot: Shot,
    asked: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
        let Some(path) = self.screenshot.clone() else {
            return;
        };
        let ctx = ui.ctx().clone();
        self.frames += 1;
        // Let fonts and layout settle for a few frames before the shot.
        if self.frames >= 6 && !self.asked {
            self.asked = true;
            let slot = self.shot.clone();
            let c = ctx.clone();
            ctx.request_screenshot(move |img| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(img);
                }
                c.request_repaint();
            });
        }
        let img = self.shot.lock().ok().and_then(|mut s| s.take());
        if let Some(img) = img {
            let bytes: Vec<u8> = img.pixels.iter().flat_map(|c| c.to_array()).collect();
            let [w, h] = img.size;
            let res = image::save_buffer(
                &path,
                &bytes,
                w as u32,
                h as u32,
                image::ExtendedColorType::Rgba8,
            )
            .map_err(|e| format!("{}: {e}", path.display()));
            if let Ok(mut r) = self.result.lock() {
                *r = Some(res);
            }
            self.state.quit_now = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ctx.request_repaint();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Finish a save that is still running rather than cut it off.
        self.state.wait_for_jobs();
    }
}

/// Opens the window on `state` and runs until it closes.
pub fn run(state: AppState, opts: WindowOptions) -> Result<(), RunError> {
    if !display_available() {
        return Err(RunError::NoDisplay(None));
    }
    let size = opts.size.unwrap_or([1280.0, 800.0]);
    let title = state.title();
    let viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("newsmark")
        .with_inner_size(size)
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    let native = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = Arc::new(Mutex::new(None));
    let win = Window {
        state,
        screenshot: opts.screenshot.clone(),
        frames: 0,
        shot: Arc::default(),
        asked: false,
        result: result.clone(),
    };
    let run = eframe::run_native("Newsmark", native, Box::new(move |_cc| Ok(Box::new(win))));
    if let Err(e) = run {
        let msg = e.to_string();
        let low = msg.to_lowercase();
        if ["display", "wayland", "x11", "x server"]
            .iter()
            .any(|k| low.contains(k))
        {
            // winit puts its source path before the reason; the reason and
            // the display's name are what the user can act on.
            let reason = msg.rsplit(": ").next().unwrap_or(&msg);
            let name = std::env::var("DISPLAY")
                .or_else(|_| std::env::var("WAYLAND_DISPLAY"))
                .unwrap_or_default();
            return Err(RunError::NoDisplay(Some(format!("{name}: {reason}"))));
        }
        return Err(RunError::Other(format!("could not open the window: {msg}")));
    }
    if opts.screenshot.is_some() {
        let r = result.lock().ok().and_then(|mut r| r.take());
        return match r {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => Err(RunError::Other(format!(
                "could not write the screenshot: {e}"
            ))),
            None => Err(RunError::Other(
                "the window closed before the screenshot".into(),
            )),
        };
    }
    Ok(())
}

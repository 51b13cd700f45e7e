//! Progress bars on stderr for long commands; hidden when stderr is not a
//! terminal, so pipelines and logs stay clean.

use std::io::IsTerminal as _;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar counting `unit` (e.g. "documents") with a message in front.
pub fn bar(len: u64, msg: impl Into<String>, unit: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if std::io::stderr().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        let template = format!("{{msg}} [{{bar:30}}] {{pos}}/{{len}} {unit} ({{eta}})");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(msg.into());
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}

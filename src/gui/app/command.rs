//! Every user action as a value. Menus, shortcuts, buttons and tests send
//! commands; [`super::AppState::execute`] applies them in one place.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use newsmark::SpanId;

/// Which documents `Suggest` runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The document on screen.
    Document,
    /// Every document.
    Project,
}

/// A user action.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start an empty project.
    New,
    /// Pick a project file to open.
    Open,
    /// Open this project file.
    OpenPath(PathBuf),
    /// Pick files to import.
    ImportFiles,
    /// Pick a folder to import.
    ImportFolder,
    /// Import these files and folders.
    ImportPaths(Vec<PathBuf>),
    /// Save to the project file (asks for one if there is none).
    Save,
    /// Pick a file and save there.
    SaveAs,
    /// Export the project.
    Export,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Tag the selection with, or relabel the selected span to, this label.
    Label(String),
    /// Remove the selected span.
    DeleteSpan,
    /// Select the next pending suggestion.
    NextSuggestion,
    /// Select the previous pending suggestion.
    PrevSuggestion,
    /// Accept the selected suggestion and move to the next.
    Accept,
    /// Reject the selected suggestion and move to the next.
    Reject,
    /// Ask, then accept every pending suggestion in the document.
    AcceptAllAsk,
    /// Accept every pending suggestion in the document.
    AcceptAll,
    /// Select a span and scroll to it.
    SelectSpan(SpanId),
    /// Set an attribute of a span (empty key is refused).
    SetAttr {
        /// The span.
        span: SpanId,
        /// Attribute name.
        key: String,
        /// New value.
        value: String,
    },
    /// Remove an attribute of a span.
    RemoveAttr {
        /// The span.
        span: SpanId,
        /// Attribute name.
        key: String,
    },
    /// Run the rule engine.
    Suggest(Scope),
    /// Read the project's rule file again (after editing it).
    ReloadRules,
    /// Stop the running jobs that can stop (suggest, import, save).
    CancelJobs,
    /// Esc: close the shortcuts overlay, else stop running work, else
    /// clear the selection (decided when it runs, after earlier keys).
    Escape,
    /// Show the next document.
    NextDoc,
    /// Show the previous document.
    PrevDoc,
    /// Show this document.
    GoToDoc(usize),
    /// Mark the document done and show the next.
    MarkDone,
    /// Open the find bar.
    Find,
    /// Show or hide the shortcuts overlay.
    Shortcuts,
    /// Light or dark theme.
    SetDark(bool),
    /// Larger text.
    FontBigger,
    /// Smaller text.
    FontSmaller,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Text for menus and the shortcuts overlay.
    pub fn text(&self) -> String {
        match self {
            Command::New => "New project".into(),
            Command::Open => "Open…".into(),
            Command::OpenPath(p) => p.display().to_string(),
            Command::ImportFiles => "Import files…".into(),
            Command::ImportFolder => "Import folder…".into(),
            Command::ImportPaths(_) => "Import".into(),
            Command::Save => "Save".into(),
            Command::SaveAs => "Save as…".into(),
            Command::Export => "Export…".into(),
            Command::Quit => "Quit".into(),
            Command::Undo => "Undo".into(),
            Command::Redo => "Redo".into(),
            Command::Label(l) => format!("Tag or relabel as {l}"),
            Command::DeleteSpan => "Delete span".into(),
            Command::NextSuggestion => "Next suggestion".into(),
            Command::PrevSuggestion => "Previous suggestion".into(),
            Command::Accept => "Accept suggestion".into(),
            Command::Reject => "Reject suggestion".into(),
            Command::AcceptAllAsk | Command::AcceptAll => "Accept all in document…".into(),
            Command::SelectSpan(id) => format!("Select {id}"),
            Command::SetAttr { key, .. } => format!("Set {key}"),
            Command::RemoveAttr { key, .. } => format!("Remove {key}"),
            Command::Suggest(Scope::Document) => "Suggest in document".into(),
            Command::Suggest(Scope::Project) => "Suggest in all documents".into(),
            Command::ReloadRules => "Reload rules".into(),
            Command::CancelJobs => "Cancel running work".into(),
            Command::Escape => "Close, cancel or clear the selection".into(),
            Command::NextDoc => "Next document".into(),
            Command::PrevDoc => "Previous document".into(),
            Command::GoToDoc(i) => format!("Document {}", i + 1),
            Command::MarkDone => "Mark done, next document".into(),
            Command::Find => "Find…".into(),
            Command::Shortcuts => "Keyboard shortcuts".into(),
            Command::SetDark(true) => "Dark theme".into(),
            Command::SetDark(false) => "Light theme".into(),
            Command::FontBigger => "Larger text".into(),
            Command::FontSmaller => "Smaller text".into(),
        }
    }
}

/// How a command is reached from the keyboard.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Modifiers that must be held (exactly, except Shift for `?`).
    pub modifiers: Modifiers,
    /// The key.
    pub key: Key,
    /// Single keys: never fire while a text field has focus.
    pub single: bool,
}

impl Binding {
    const fn cmd(key: Key) -> Self {
        Self {
            modifiers: CMD,
            key,
            single: false,
        }
    }
    const fn cmd_shift(key: Key) -> Self {
        Self {
            modifiers: CMD_SHIFT,
            key,
            single: false,
        }
    }
    const fn plain(key: Key) -> Self {
        Self {
            modifiers: Modifiers::NONE,
            key,
            single: true,
        }
    }
    const fn shift(key: Key) -> Self {
        Self {
            modifiers: Modifiers::SHIFT,
            key,
            single: true,
        }
    }
    /// A key that works even in a text field (function and page keys).
    const fn global(key: Key) -> Self {
        Self {
            modifiers: Modifiers::NONE,
            key,
            single: false,
        }
    }

    /// The shortcut, for consuming input and for menu text.
    pub fn shortcut(&self) -> KeyboardShortcut {
        KeyboardShortcut::new(self.modifiers, self.key)
    }
}

/// The fixed key bindings, most specific first (Ctrl+Shift+S before Ctrl+S).
/// Label hotkeys come from the project's labels.
pub fn bindings() -> Vec<(Binding, Command)> {
    use Command as C;
    vec![
        (Binding::cmd_shift(Key::S), C::SaveAs),
        (Binding::cmd_shift(Key::Z), C::Redo),
        (Binding::cmd_shift(Key::R), C::Suggest(Scope::Project)),
        (Binding::cmd_shift(Key::L), C::ReloadRules),
        (Binding::cmd(Key::S), C::Save),
        (Binding::cmd(Key::O), C::Open),
        (Binding::cmd(Key::N), C::New),
        (Binding::cmd(Key::I), C::ImportFiles),
        (Binding::cmd(Key::E), C::Export),
        (Binding::cmd(Key::Q), C::Quit),
        (Binding::cmd(Key::Z), C::Undo),
        (Binding::cmd(Key::Y), C::Redo),
        (Binding::cmd(Key::R), C::Suggest(Scope::Document)),
        (Binding::cmd(Key::D), C::MarkDone),
        (Binding::cmd(Key::F), C::Find),
        (Binding::cmd(Key::Plus), C::FontBigger),
        (Binding::cmd(Key::Equals), C::FontBigger),
        (Binding::cmd(Key::Minus), C::FontSmaller),
        (Binding::global(Key::F1), C::Shortcuts),
        (Binding::global(Key::PageDown), C::NextDoc),
        (Binding::global(Key::PageUp), C::PrevDoc),
        (Binding::shift(Key::Tab), C::PrevSuggestion),
        (Binding::shift(Key::A), C::AcceptAllAsk),
        (Binding::plain(Key::Tab), C::NextSuggestion),
        (Binding::plain(Key::Enter), C::Accept),
        (Binding::plain(Key::A), C::Accept),
        (Binding::plain(Key::X), C::Reject),
        (Binding::plain(Key::Delete), C::DeleteSpan),
        (Binding::plain(Key::Backspace), C::DeleteSpan),
    ]
}

/// The key for a label hotkey character (`'1'`..`'9'`, or a letter).
pub fn hotkey_key(c: char) -> Option<Key> {
    Key::from_name(&c.to_ascii_uppercase().to_string())
}

/// The shortcut shown next to a command in menus, if it has one.
pub fn shortcut_text(ctx: &egui::Context, cmd: &Command) -> Option<String> {
    bindings()
        .into_iter()
        .find(|(_, c)| c == cmd)
        .map(|(b, _)| ctx.format_shortcut(&b.shortcut()))
}

//! Theme and font size kept between sessions, in a small text file next
//! to the recent-projects list:
//!
//! ```text
//! theme = dark
//! font_size = 17
//! ```
//!
//! A missing file means defaults. A damaged one also falls back to the
//! defaults, but the caller shows why in the status bar.

use std::path::Path;

use super::ViewSettings;

/// Font sizes the window accepts.
pub const FONT_RANGE: std::ops::RangeInclusive<f32> = 9.0..=40.0;

/// Reads the settings: `Ok(None)` when there is no file, an error naming
/// the file and line when it cannot be used.
pub fn load(path: &Path) -> Result<Option<ViewSettings>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    parse(&text)
        .map(Some)
        .map_err(|(line, why)| format!("{}:{line}: {why}", path.display()))
}

/// Parses the file's text; errors carry the line number (from 1).
pub fn parse(text: &str) -> Result<ViewSettings, (usize, String)> {
    let mut v = ViewSettings::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err((n + 1, format!("expected `key = value`, got {line:?}")));
        };
        let value = value.trim();
        match key.trim() {
            "theme" => {
                v.dark = match value {
                    "dark" => true,
                    "light" => false,
                    _ => {
                        return Err((n + 1, format!("theme must be light or dark, got {value:?}")));
                    }
                }
            }
            "font_size" => {
                v.font_size = value
                    .parse::<f32>()
                    .ok()
                    .filter(|f| FONT_RANGE.contains(f))
                    .ok_or_else(|| {
                        (
                            n + 1,
                            format!("font_size must be a number from 9 to 40, got {value:?}"),
                        )
                    })?;
            }
            // Settings of newer versions are passed over.
            _ => {}
        }
    }
    Ok(v)
}

/// The file's text for `v`.
pub fn render(v: &ViewSettings) -> String {
    format!(
        "# Newsmark preferences\ntheme = {}\nfont_size = {}\n",
        if v.dark { "dark" } else { "light" },
        v.font_size
    )
}

/// Writes the settings (temporary file, then rename: never half written).
pub fn store(path: &Path, v: &ViewSettings) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("{}: {e}", path.display());
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::write(&tmp, render(v)).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        std::fs::remove_file(&tmp).ok();
        fail(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_settings_load_back() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("settings.txt");
        assert_eq!(load(&p), Ok(None));
        let v = ViewSettings {
            dark: true,
            font_size: 21.0,
        };
        store(&p, &v).unwrap();
        assert_eq!(load(&p), Ok(Some(v)));
    }

    #[test]
    fn damaged_settings_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.txt");
        std::fs::write(&p, "theme = dark\nfont_size = huge\n").unwrap();
        let e = load(&p).unwrap_err();
        assert!(
            e.contains("settings.txt:2:") && e.contains("font_size"),
            "{e}"
        );
        assert_eq!(parse("theme = blue").unwrap_err().0, 1);
        assert!(parse("just words").is_err());
        // Unknown keys (a newer version) are passed over.
        assert_eq!(
            parse("theme = light\nlanguage = fr\n"),
            Ok(ViewSettings::default())
        );
    }
}

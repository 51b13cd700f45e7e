//! The autosave copy: `PROJECT.ron.autosave` next to the project, written
//! atomically while there are unsaved changes and removed after a save, so
//! its presence on open means the last session ended without saving.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use newsmark::Project;

/// How often unsaved changes are copied.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// The autosave path for a project file.
pub fn path_for(project: &Path) -> PathBuf {
    let mut s = project.as_os_str().to_owned();
    s.push(".autosave");
    PathBuf::from(s)
}

/// Writes the copy: to a temporary file first, flushed, then renamed over
/// the old copy, so a crash mid-write leaves the previous copy whole.
pub fn write(project: &Project, to: &Path) -> Result<(), String> {
    let text = newsmark::project::to_canonical_string(project).map_err(|e| e.to_string())?;
    let mut tmp = to.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let res = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, to)
    })();
    res.map_err(|e| {
        fs::remove_file(&tmp).ok();
        format!("autosave to {} failed: {e}", to.display())
    })
}

/// The autosave copy of `project`, if there is one newer than the file.
pub fn pending_restore(project: &Path) -> Option<PathBuf> {
    let copy = path_for(project);
    let copy_time = fs::metadata(&copy).and_then(|m| m.modified()).ok()?;
    match fs::metadata(project).and_then(|m| m.modified()) {
        Ok(t) if t > copy_time => None,
        _ => Some(copy),
    }
}

/// Removes the copy (after a save, or when the user discards it).
pub fn remove(project: &Path) {
    fs::remove_file(path_for(project)).ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_copy_is_offered_then_removed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ron");
        let project = Project::new();
        newsmark::project::save(&project, &p).unwrap();
        assert_eq!(pending_restore(&p), None);
        write(&project, &path_for(&p)).unwrap();
        assert_eq!(pending_restore(&p), Some(path_for(&p)));
        assert_eq!(newsmark::project::load(&path_for(&p)).unwrap(), project);
        remove(&p);
        assert_eq!(pending_restore(&p), None);
    }
}

//! Copies of unsaved work. A project with a file gets `PROJECT.ron.autosave`
//! next to it; a project that was never saved gets a recovery file in the
//! user's data folder (`$XDG_DATA_HOME/newsmark/recovery/`, or
//! `~/.local/share/newsmark/recovery/`, or `$NEWSMARK_RECOVERY_DIR`). Both
//! are written atomically while there are unsaved changes and removed
//! after a save or a clean quit, so finding one at start means the last
//! session ended without saving.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use newsmark::Project;

/// How often unsaved changes are copied.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// The autosave path for a project file.
pub fn path_for(project: &Path) -> PathBuf {
    let mut s = project.as_os_str().to_owned();
    s.push(".autosave");
    PathBuf::from(s)
}

/// Writes a copy atomically (temporary file, fsync, rename), so a crash
/// mid-write leaves the previous copy whole.
pub fn write(project: &Project, to: &Path) -> Result<(), String> {
    newsmark::project::io::write_atomic_with(to, |w| {
        newsmark::project::io::write_canonical(project, w)
    })
    .map_err(|e| format!("autosave failed: {e}"))
}

/// Removes a copy and the backup the atomic write keeps beside it.
fn remove_copy(copy: &Path) {
    fs::remove_file(copy).ok();
    let mut bak = copy.as_os_str().to_owned();
    bak.push(".bak");
    fs::remove_file(PathBuf::from(bak)).ok();
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
    remove_copy(&path_for(project));
}

/// The folder for recovery files of never-saved projects, from the
/// environment: `NEWSMARK_RECOVERY_DIR`, else `$XDG_DATA_HOME/newsmark/recovery`,
/// else `$HOME/.local/share/newsmark/recovery`.
pub fn recovery_dir() -> Option<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|s| !s.is_empty());
    recovery_dir_from(
        var("NEWSMARK_RECOVERY_DIR"),
        var("XDG_DATA_HOME"),
        var("HOME"),
    )
}

/// [`recovery_dir`] from explicit values (testable without touching the
/// process environment).
pub fn recovery_dir_from(
    over: Option<std::ffi::OsString>,
    xdg_data: Option<std::ffi::OsString>,
    home: Option<std::ffi::OsString>,
) -> Option<PathBuf> {
    if let Some(d) = over {
        return Some(PathBuf::from(d));
    }
    let base = xdg_data
        .map(PathBuf::from)
        .or_else(|| home.map(|h| PathBuf::from(h).join(".local").join("share")))?;
    Some(base.join("newsmark").join("recovery"))
}

/// A fresh recovery file name for this process in `dir`.
pub fn new_recovery_file(dir: &Path) -> PathBuf {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    dir.join(format!("untitled-{secs}-{}.ron", std::process::id()))
}

/// The process id a recovery file name carries.
fn owner_pid(file: &Path) -> Option<u32> {
    let stem = file.file_stem()?.to_str()?;
    stem.strip_prefix("untitled-")?
        .rsplit('-')
        .next()?
        .parse()
        .ok()
}

/// Whether another running newsmark may own the file (then it is not
/// offered, so two windows never write the same copy).
fn owned_by_live_process(file: &Path) -> bool {
    let Some(pid) = owner_pid(file) else {
        return false;
    };
    if pid == std::process::id() {
        return true;
    }
    cfg!(target_os = "linux") && Path::new("/proc").join(pid.to_string()).exists()
}

/// The newest recovery file in `dir` left by a session that has ended.
pub fn newest_recovery(dir: &Path) -> Option<PathBuf> {
    let entries = fs::read_dir(dir).ok()?;
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "ron")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("untitled-"))
                && !owned_by_live_process(p)
        })
        .filter_map(|p| Some((fs::metadata(&p).and_then(|m| m.modified()).ok()?, p)))
        .max()
        .map(|(_, p)| p)
}

/// Removes a recovery file (after a save, a clean quit, or a discard).
pub fn remove_recovery(file: &Path) {
    remove_copy(file);
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
        write(&project, &path_for(&p)).unwrap();
        assert_eq!(pending_restore(&p), Some(path_for(&p)));
        assert_eq!(newsmark::project::load(&path_for(&p)).unwrap(), project);
        remove(&p);
        assert_eq!(pending_restore(&p), None);
        // Only the project and its own backup are left.
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["x.ron"]);
    }

    #[test]
    fn recovery_dir_prefers_override_then_xdg_then_home() {
        let s = |x: &str| Some(std::ffi::OsString::from(x));
        assert_eq!(
            recovery_dir_from(s("/o"), s("/x"), s("/h")),
            Some(PathBuf::from("/o"))
        );
        assert_eq!(
            recovery_dir_from(None, s("/x"), s("/h")),
            Some(PathBuf::from("/x/newsmark/recovery"))
        );
        assert_eq!(
            recovery_dir_from(None, None, s("/h")),
            Some(PathBuf::from("/h/.local/share/newsmark/recovery"))
        );
        assert_eq!(recovery_dir_from(None, None, None), None);
    }

    #[test]
    fn newest_recovery_skips_own_and_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(newest_recovery(dir.path()), None);
        let mine = new_recovery_file(dir.path());
        write(&Project::new(), &mine).unwrap();
        fs::write(dir.path().join("notes.txt"), "x").unwrap();
        // This process still runs: its own file is not offered.
        assert_eq!(newest_recovery(dir.path()), None);
        // A pid that cannot be running (above the kernel's pid_max).
        let old = dir.path().join("untitled-1-4999999.ron");
        write(&Project::new(), &old).unwrap();
        assert_eq!(newest_recovery(dir.path()), Some(old.clone()));
        remove_recovery(&old);
        assert!(!old.exists());
    }
}

//! Editing the label set: add, rename (spans follow), recolour.

use super::Project;
use crate::model::{Label, Rgb};

/// Why a label edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    /// Names must not be empty or only spaces.
    #[error("a label needs a name")]
    EmptyName,
    /// Another label has this name.
    #[error("there is a label {0:?} already")]
    Taken(String),
    /// No label has this name.
    #[error("there is no label {0:?}")]
    Unknown(String),
    /// Another label uses this hotkey.
    #[error("hotkey {0:?} belongs to {1:?}")]
    HotkeyTaken(char, String),
}

impl Project {
    /// Adds a label with the next free colour and hotkey (`4`..`9`).
    pub fn add_label(&mut self, name: &str) -> Result<&Label, LabelError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(LabelError::EmptyName);
        }
        if self.label(name).is_some() {
            return Err(LabelError::Taken(name.into()));
        }
        let hotkey = ('1'..='9').find(|k| self.labels.iter().all(|l| l.hotkey != Some(*k)));
        let user_labels = self.labels.len().saturating_sub(3);
        self.labels.push(Label {
            name: name.into(),
            color: Label::palette(user_labels),
            hotkey,
            description: String::new(),
        });
        Ok(&self.labels[self.labels.len() - 1])
    }

    /// Renames a label and every span that carries it. Returns how many
    /// spans changed.
    pub fn rename_label(&mut self, old: &str, new: &str) -> Result<usize, LabelError> {
        let new = new.trim();
        if new.is_empty() {
            return Err(LabelError::EmptyName);
        }
        if old == new {
            return Ok(0);
        }
        if self.label(new).is_some() {
            return Err(LabelError::Taken(new.into()));
        }
        let label = self
            .labels
            .iter_mut()
            .find(|l| l.name == old)
            .ok_or_else(|| LabelError::Unknown(old.into()))?;
        label.name = new.into();
        let mut changed = 0;
        for d in &mut self.documents {
            let ids: Vec<_> = d
                .spans()
                .iter()
                .filter(|s| s.label == old)
                .map(|s| s.id)
                .collect();
            for id in ids {
                // No span can carry `new` yet, so the update cannot collide.
                if d.update_span(id, |s| s.label = new.into()).is_ok() {
                    changed += 1;
                }
            }
        }
        Ok(changed)
    }

    /// Changes a label's colour.
    pub fn set_label_color(&mut self, name: &str, color: Rgb) -> Result<(), LabelError> {
        let l = self
            .labels
            .iter_mut()
            .find(|l| l.name == name)
            .ok_or_else(|| LabelError::Unknown(name.into()))?;
        l.color = color;
        Ok(())
    }

    /// Gives a label a hotkey (or none), refusing one another label has.
    pub fn set_label_hotkey(&mut self, name: &str, key: Option<char>) -> Result<(), LabelError> {
        if let Some(k) = key
            && let Some(other) = self
                .labels
                .iter()
                .find(|l| l.hotkey == Some(k) && l.name != name)
        {
            return Err(LabelError::HotkeyTaken(k, other.name.clone()));
        }
        let l = self
            .labels
            .iter_mut()
            .find(|l| l.name == name)
            .ok_or_else(|| LabelError::Unknown(name.into()))?;
        l.hotkey = key;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Span};

    #[test]
    fn add_rename_recolour() {
        let mut p = Project::new();
        let l = p.add_label("SOURCE").unwrap();
        assert_eq!(l.hotkey, Some('4'));
        assert_eq!(
            p.add_label(" SOURCE "),
            Err(LabelError::Taken("SOURCE".into()))
        );
        assert_eq!(p.add_label("  "), Err(LabelError::EmptyName));
        let mut d = Document::new("d", "d", "abc def");
        d.add_span(Span::manual(p.alloc_span_id(), 0, 3, "SOURCE"))
            .unwrap();
        d.add_span(Span::manual(p.alloc_span_id(), 4, 7, "CLAIM"))
            .unwrap();
        p.add_document(d);
        assert_eq!(
            p.rename_label("SOURCE", "CLAIM"),
            Err(LabelError::Taken("CLAIM".into()))
        );
        assert_eq!(p.rename_label("SOURCE", "ORG"), Ok(1));
        assert_eq!(p.documents[0].spans()[0].label, "ORG");
        assert!(p.label("ORG").is_some() && p.label("SOURCE").is_none());
        p.set_label_color("ORG", Rgb(1, 2, 3)).unwrap();
        assert_eq!(p.label("ORG").unwrap().color, Rgb(1, 2, 3));
        assert!(matches!(
            p.set_label_hotkey("ORG", Some('1')),
            Err(LabelError::HotkeyTaken('1', _))
        ));
    }
}

//! Reading articles and other tools' annotations into a project, and
//! writing labeled datasets out.

pub mod export;
pub mod import;

//! `newsmark export`: labeled datasets out, with a progress bar on stderr
//! (hidden when stderr is not a terminal).

use std::path::PathBuf;

use clap::Args;
use newsmark::formats::export::{
    DocFilter, ExportOptions, Format, Split, StatusFilter, export_project,
    refuse_overwriting_project,
};
use newsmark::project;

use super::CmdResult;

/// Arguments of `newsmark export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The project file.
    pub project: PathBuf,
    /// jsonl, spacy, brat, doccano, label-studio, conll or csv.
    #[arg(short, long)]
    pub format: Format,
    /// Output file (a folder for brat, and for every format with --split).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Only these labels, comma separated (CLAIM,QUOTE).
    #[arg(long, value_delimiter = ',')]
    pub labels: Option<Vec<String>>,
    /// Which spans: accepted, pending or all.
    #[arg(long, default_value = "accepted")]
    pub status: StatusFilter,
    /// Which documents: all or done.
    #[arg(long, default_value = "all")]
    pub docs: DocFilter,
    /// Split documents into parts, e.g. train=0.8,dev=0.1,test=0.1.
    #[arg(long, value_parser = Split::parse)]
    pub split: Option<Split>,
    /// Seed of the split's shuffle.
    #[arg(long, default_value_t = 0, requires = "split")]
    pub seed: u64,
    /// Write span attributes where the format can hold them (brat, Label Studio).
    #[arg(long)]
    pub include_attrs: bool,
}

/// `newsmark export`.
pub fn export(a: ExportArgs) -> CmdResult {
    refuse_overwriting_project(&a.project, &a.output)?;
    let p = project::load(&a.project)?;
    let split = a.split.map(|mut s| {
        s.seed = a.seed;
        s
    });
    let opts = ExportOptions {
        format: a.format,
        labels: a.labels.map(|ls| {
            ls.into_iter()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        }),
        status: a.status,
        docs: a.docs,
        split,
        include_attrs: a.include_attrs,
    };
    let bar = super::progress::bar(0, format!("exporting {}", a.format), "documents");
    let result = export_project(&p, &opts, &a.output, &mut |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    });
    bar.finish_and_clear();
    let summary = result?;
    for w in &summary.warnings {
        eprintln!("newsmark: warning: {w}");
    }
    for f in &summary.files {
        println!("wrote {}", f.display());
    }
    println!(
        "{}: {} documents, {} spans exported as {}",
        a.output.display(),
        summary.documents,
        summary.spans,
        a.format
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser as _;

    #[test]
    fn parses_every_option() {
        let cli = crate::cli::Cli::try_parse_from([
            "newsmark",
            "export",
            "p.ron",
            "--format",
            "label-studio",
            "-o",
            "out",
            "--labels",
            "CLAIM,QUOTE",
            "--status",
            "all",
            "--docs",
            "done",
            "--split",
            "train=0.8,dev=0.1,test=0.1",
            "--seed",
            "3",
            "--include-attrs",
        ])
        .unwrap();
        let Some(crate::cli::Command::Export(a)) = cli.command else {
            panic!("not export");
        };
        assert_eq!(a.format, Format::LabelStudio);
        assert_eq!(a.labels.unwrap(), ["CLAIM", "QUOTE"]);
        assert_eq!(a.status, StatusFilter::All);
        assert_eq!(a.docs, DocFilter::Done);
        assert_eq!(a.split.unwrap().parts.len(), 3);
        assert_eq!(a.seed, 3);
        assert!(a.include_attrs);
        let bad = crate::cli::Cli::try_parse_from([
            "newsmark", "export", "p.ron", "-f", "xml", "-o", "x",
        ]);
        assert!(bad.is_err());
    }
}

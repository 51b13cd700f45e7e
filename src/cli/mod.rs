//! The command line: argument parsing and one file per subcommand. Errors
//! reach the user as one line naming the file; exit codes are 0 on success,
//! 1 on bad input and 2 on usage errors.

mod export_cmd;
mod progress;
mod project_cmds;
mod rules_cmds;
mod window_cmds;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Newsmark: annotate claims, quotes and figures in news articles.
#[derive(Debug, Parser)]
#[command(name = "newsmark", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without one, the window opens on the bundled samples.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a project from files and folders (or add to one with --append).
    Import(project_cmds::ImportArgs),
    /// Count documents, characters, spans per label and status.
    Stats(project_cmds::StatsArgs),
    /// Validate a project: offsets, labels, ids. Exit 1 with one line per problem.
    Check(project_cmds::CheckArgs),
    /// Rewrite a project file in its canonical form.
    Fmt(project_cmds::FmtArgs),
    /// Export a labeled dataset: jsonl, spacy, brat, doccano, label-studio, conll, csv.
    Export(export_cmd::ExportArgs),
    /// Suggest QUOTE, FIGURE and CLAIM spans with the rules (JSONL, code point offsets).
    Suggest(rules_cmds::SuggestArgs),
    /// Score the rules against gold files or a project's decisions.
    Eval(rules_cmds::EvalArgs),
    /// Rule set tools.
    #[command(subcommand)]
    Rules(rules_cmds::RulesCommand),
    /// Open the annotation window on a project, or on articles to import.
    Open(window_cmds::OpenArgs),
}

/// A failure to report: message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// Exit code (1 bad input, 2 usage).
    pub code: u8,
    /// One line (or more, one per problem) for stderr.
    pub msg: String,
}

impl Failure {
    /// Bad input: exit 1.
    pub fn input(msg: impl std::fmt::Display) -> Self {
        Self {
            code: 1,
            msg: msg.to_string(),
        }
    }

    /// Arguments that do not fit together: exit 2, as clap's own.
    pub fn usage(msg: impl std::fmt::Display) -> Self {
        Self {
            code: 2,
            msg: msg.to_string(),
        }
    }
}

impl From<newsmark::Error> for Failure {
    fn from(e: newsmark::Error) -> Self {
        Failure::input(e)
    }
}

/// Result of a subcommand.
pub type CmdResult = Result<(), Failure>;

/// Parses the arguments and runs the command.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap prints help and version on stdout with exit 0, usage errors with 2.
            e.print().ok();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        None => window_cmds::samples(),
        Some(Command::Import(a)) => project_cmds::import(a),
        Some(Command::Stats(a)) => project_cmds::stats(a),
        Some(Command::Check(a)) => project_cmds::check(a),
        Some(Command::Fmt(a)) => project_cmds::fmt(a),
        Some(Command::Export(a)) => export_cmd::export(a),
        Some(Command::Suggest(a)) => rules_cmds::suggest(a),
        Some(Command::Eval(a)) => rules_cmds::eval(a),
        Some(Command::Rules(c)) => rules_cmds::rules(c),
        Some(Command::Open(a)) => window_cmds::open(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            for line in f.msg.lines() {
                eprintln!("newsmark: {line}");
            }
            ExitCode::from(f.code)
        }
    }
}

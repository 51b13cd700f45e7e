//! The `newsmark` binary: the annotation window and the command line.

mod cli;
mod gui;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}

//! The `newsmark` binary: the annotation window and the command line.

mod allocator;
mod cli;
mod gui;

use std::process::ExitCode;

fn main() -> ExitCode {
    allocator::configure();
    cli::main()
}

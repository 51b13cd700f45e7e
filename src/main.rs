//! The `newsmark` binary: the annotation window and the command line.

mod cli;
mod gui;

use std::process::ExitCode;

/// The allocator the app runs with (small, short-lived allocations for
/// every suggestion are several times cheaper than with the system one).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}

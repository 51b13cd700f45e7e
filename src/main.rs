//! The `newsmark` binary: the annotation window and the command line.

mod cli;
mod gui;

use std::process::ExitCode;

/// Faster than the system allocator for the rule engine's many small
/// allocations (3–7 % on `suggest` in A/B runs of `examples/perf`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}

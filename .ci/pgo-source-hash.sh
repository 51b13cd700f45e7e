#!/usr/bin/env bash
# Prints a hash of what the build profile was made from: the code of the
# library, the binary and the perf example (which takes in the window code),
# the default rules it ran, the locked dependencies and the build flags.
# The same on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."
{ find src examples -type f -name '*.rs' -print0; find assets/rules -type f -print0; } |
  LC_ALL=C sort -z | xargs -0 sha256sum -- Cargo.toml Cargo.lock .cargo/config.toml |
  sha256sum | cut -d' ' -f1

#!/usr/bin/env bash
# Remakes .cargo/pgo/newsmark.profdata, the profile that release builds use
# (.cargo/pgo/rustc-wrapper): builds the perf benchmark instrumented, runs it
# with --train (every figure but the held-out articles), and merges the
# counts. Run it after changing the code (.ci/pgo-check.sh fails until
# then); rustc warns of "hash mismatch" for functions changed since.
set -euo pipefail
cd "$(dirname "$0")/.."
host=$(rustc -vV | sed -n 's/^host: //p')
profdata=$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata
[ -x "$profdata" ] || rustup component add llvm-tools
# What the profile is made from (checked by .ci/pgo-check.sh).
sources=$(bash .ci/pgo-source-hash.sh)
raw=$(mktemp -d)
trap 'rm -rf "$raw"' EXIT
# Its own target folder: cargo does not know that the wrapper's flags changed.
export CARGO_TARGET_DIR=${PGO_TARGET_DIR:-target/pgo-generate}
NEWSMARK_PGO=generate:$raw cargo build --release --example perf
rm -f "$raw"/*.profraw
"$CARGO_TARGET_DIR/release/examples/perf" --train --json
"$profdata" merge --sparse -o .cargo/pgo/newsmark.profdata "$raw"/*.profraw
rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p' >.cargo/pgo/llvm-version
echo "$sources" >.cargo/pgo/source-hash
echo "wrote .cargo/pgo/newsmark.profdata ($(wc -c <.cargo/pgo/newsmark.profdata) bytes)"

#!/usr/bin/env bash
# Fails when the committed build profile (.cargo/pgo/newsmark.profdata) is
# out of date for Newsmark's own code: rustc then warns "hash mismatch" for
# each changed function, and those functions lose the profile's gain.
# Remake it with: bash .ci/pgo-profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo replays the warnings of units already built, so this is cheap
# after the tests.
log=$(cargo build --release --bins --example perf 2>&1)
stale=$(grep -E "warning: (newsmark|perf)\.[0-9a-f]+-cgu\.[0-9]+: .*hash mismatch" <<<"$log" || true)
if [ -n "$stale" ]; then
  printf '%s\n' "$stale" | head -20
  echo "The build profile is out of date for $(grep -c . <<<"$stale") functions: run bash .ci/pgo-profile.sh and commit .cargo/pgo/"
  exit 1
fi
echo "build profile up to date"

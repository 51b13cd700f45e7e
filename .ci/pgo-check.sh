#!/usr/bin/env bash
# Fails when the committed build profile (.cargo/pgo/newsmark.profdata) was
# made from other code than this: functions changed since lose the profile's
# gain (rustc warns "hash mismatch" for them). Decided by a hash of the
# sources, not by those warnings: with -Ctarget-cpu=native, another
# processor may inline differently before profiling and warn for code that
# did not change. Remake the profile with: bash .ci/pgo-profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(cat .cargo/pgo/source-hash 2>/dev/null || echo none)
have=$(bash .ci/pgo-source-hash.sh)
if [ "$want" != "$have" ]; then
  echo "The build profile was made from other sources ($want, now $have):"
  echo "run bash .ci/pgo-profile.sh and commit .cargo/pgo/"
  exit 1
fi
echo "build profile made from these sources"

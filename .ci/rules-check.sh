#!/usr/bin/env bash
# The default rule set's own examples, and its scores on the bundled samples.
set -euo pipefail
cd "$(dirname "$0")/.."
nm=target/release/newsmark
[ -x "$nm" ] || cargo build --release -q
"$nm" rules test assets/rules/news.ron
"$nm" eval assets/samples/gold assets/samples

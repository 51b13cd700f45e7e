#!/usr/bin/env bash
# Scores the default rules on the shared development corpus, when it is
# beside the clone (CI has it; a plain clone does not).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -d "$corpus/articles" ]; then
  echo "no $corpus beside the clone: skipped"
  exit 0
fi
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
target/release/newsmark suggest "$corpus/articles" --jsonl >"$pred"
python3 "$corpus/score.py" "$corpus/gold" "$pred" \
  QUOTE:exact:${QUOTE_MIN:-0.97} QUOTE:speaker:${SPEAKER_MIN:-0.85} \
  FIGURE:lenient:${FIGURE_MIN:-0.85} FIGURE:value:${VALUE_MIN:-0.90} \
  CLAIM:half:${CLAIM_MIN:-0.85}

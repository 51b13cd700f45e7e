#!/usr/bin/env bash
# Exports a small project in every format with the release binary and loads
# each export with the real consumer: spaCy 3.8 (DocBin and `spacy train`),
# Hugging Face datasets, and parsers written to the brat, doccano, Label
# Studio, CoNLL and CSV documentation. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${NEWSMARK_VENV:-target/py-venv}"
if ! "$venv/bin/python" -c 'import spacy, datasets; assert spacy.__version__.startswith("3.8.")' 2>/dev/null; then
  echo "creating $venv with spacy 3.8 and datasets"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check 'spacy==3.8.*' datasets
fi
py="$venv/bin/python"

cargo build --release -q
nm="$PWD/target/release/newsmark"
work="$(mktemp -d "${TMPDIR:-/tmp}/nm-exports.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$py" tests/python/check_exports.py make-input "$work"
"$nm" import "$work/in" -o "$work/p.ron" >/dev/null
out="$work/out"
mkdir -p "$out"
ex() { "$nm" export "$work/p.ron" "$@" >/dev/null; }
ex -f spacy -o "$out/all.spacy"
ex -f spacy -o "$out/split-spacy" --split train=0.75,dev=0.25 --seed 1
ex -f jsonl -o "$out/all.jsonl"
ex -f doccano -o "$out/doccano.jsonl"
ex -f label-studio -o "$out/tasks.json" --status all --include-attrs
ex -f brat -o "$out/brat" --include-attrs
ex -f conll -o "$out/all.conll"
ex -f csv -o "$out/spans.csv"

"$py" tests/python/check_exports.py check "$work"

"""Shared by the held-out sets' `make_gold.py` scripts: sentences with
their decisions (`S`), and writing a set's articles and gold files with
every span checked against the text as it lies on disk.

Each article is a list of paragraphs (lines); a paragraph is a list of
sentences joined by one space. A sentence is a dict:
  t: its text
  c: claimant (str) when it is a CLAIM, or None with `why` saying why not
  q: [(substring, speaker)] QUOTEs inside it
  f: [(substring, value)] FIGUREs inside it
A substring may be given as (substring, attr, n) for its n-th occurrence.
A paragraph may instead be a dict {"s": [...sentences], "q": [...]} for a
QUOTE that spans several sentences.

Offsets are code points (Python str indexing), end exclusive; the script
checks that every `text` equals `article[start:end]`.
"""
import importlib
import json
import os
import sys


def S(t, c=None, why="", q=(), f=()):
    return {"t": t, "c": c, "why": why, "q": list(q), "f": list(f)}


N = None  # not a claim


def find(hay, sub, n=1):
    """Offset of the n-th occurrence of sub in hay; it must exist, and be
    unique when n is not given."""
    at, i = -1, 0
    while True:
        at = hay.find(sub, at + 1)
        if at < 0:
            raise SystemExit(f"not found: {sub!r} (#{n}) in {hay!r}")
        i += 1
        if i == n:
            break
    return at


def locate(hay, base, item):
    sub, val = item[0], item[1]
    n = item[2] if len(item) > 2 else 1
    at = find(hay, sub, n)
    if len(item) == 2 and hay.find(sub, at + 1) >= 0:
        raise SystemExit(f"ambiguous: {sub!r} in {hay!r}")
    return base + at, base + at + len(sub), sub, val


def build(art):
    text, spans = "", []
    for para in art["paras"]:
        sents = para["s"] if isinstance(para, dict) else para
        pstart = len(text)
        for k, s in enumerate(sents):
            if k:
                text += " "
            base = len(text)
            text += s["t"]
            if s["c"] is not None:
                spans.append(("CLAIM", base, len(text), "claimant", s["c"]))
            else:
                assert s["why"], f"non-claim without a reason: {s['t']!r}"
            for it in s["q"]:
                a, b, _, v = locate(s["t"], base, it)
                spans.append(("QUOTE", a, b, "speaker", v))
            for it in s["f"]:
                a, b, _, v = locate(s["t"], base, it)
                spans.append(("FIGURE", a, b, "value", v))
        if isinstance(para, dict):
            ptext = text[pstart:]
            for it in para["q"]:
                a, b, _, v = locate(ptext, pstart, it)
                spans.append(("QUOTE", a, b, "speaker", v))
        text += art["nl"]
    return text, spans


def write_set(HERE, ARTICLES):
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for name, art in ARTICLES.items():
        text, spans = build(art)
        spans.sort(key=lambda s: (s[1], -s[2], s[0]))
        with open(os.path.join(HERE, "articles", name + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        # Re-read exactly as on disk and check every span against it.
        with open(os.path.join(HERE, "articles", name + ".txt"), encoding="utf-8", newline="") as fh:
            disk = fh.read()
        assert disk == text
        lines = []
        for label, a, b, key, v in spans:
            piece = disk[a:b]
            assert piece and piece == piece.strip(), (name, label, piece)
            lines.append(json.dumps({"label": label, "start": a, "end": b, "text": piece,
                                     "attrs": {key: v}}, ensure_ascii=False))
        with open(os.path.join(HERE, "gold", name + ".gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        counts = {l: sum(s[0] == l for s in spans) for l in ("CLAIM", "QUOTE", "FIGURE")}
        print(f"{name}: {len(disk.split())} words, {counts}")


def write_parts(make_gold_file, parts):
    """Writes the set beside `make_gold_file` from the ARTICLES of the
    modules `parts` (one per writer, beside it)."""
    here = os.path.dirname(os.path.abspath(make_gold_file))
    sys.path.insert(0, here)
    articles = {}
    for name in parts:
        articles.update(importlib.import_module(name).ARTICLES)
    write_set(here, articles)

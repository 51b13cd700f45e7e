#!/usr/bin/env python3
"""Loads every Newsmark export with the library or a parser written to the
format's documentation, and compares it with the articles it came from.

    check_exports.py make-input WORK   writes WORK/in/articles.jsonl
    check_exports.py check WORK        checks the exports under WORK/out

`check` prints one line per check, then "N passed, N failed", and exits 1
on any failure. Offsets are code points (Python str indices), end exclusive.
"""

import csv
import glob
import json
import os
import sys
import traceback
import xml.etree.ElementTree as ET

# Articles with emoji (and a skin-tone modifier), combining marks, CRLF,
# curly and guillemet quotes, a formula-looking start, and nested spans.
ARTICLES = [
    ("a1", "“We won 👍🏽,” said Mr. Müller.\r\nCafe\u0301 prices rose 3 %.\r\n‘Not true,’ she said.",
     [("“We won 👍🏽,”", "QUOTE", "accepted", {"speaker": "Mr. Müller"}),
      ("“We won 👍🏽,” said Mr. Müller.", "CLAIM", "accepted", {}),
      ("3 %", "FIGURE", "accepted", {"value": "3%"}),
      ("Cafe\u0301", "PLACE", "pending", {}),
      ("‘Not true,’", "QUOTE", "accepted", {"speaker": "she"})]),
    ("a2", "=SUM(A1) is not a claim.\r\n\r\nMore than 5,000 people 😀 came — «c’est fini».",
     [("=SUM(A1) is not a claim.", "CLAIM", "accepted", {}),
      ("More than 5,000 people", "FIGURE", "accepted", {"value": "5000"}),
      ("«c’est fini»", "QUOTE", "accepted", {}),
      ("More than 5,000 people 😀 came", "CLAIM", "accepted", {}),
      ("5,000", "FIGURE", "pending", {})]),
    ("a3", "-2 degrees, +3 risk, @handle and a tab\there. 🇺🇦 flags; e\u0301\u0301 marks.",
     [("-2 degrees", "FIGURE", "accepted", {}),
      ("+3 risk", "FIGURE", "accepted", {}),
      ("🇺🇦 flags", "PLACE", "accepted", {})]),
    ("a4", "No spans at all here.\n", []),
    # Words and a label that are spaCy symbols (fixed ids, not hashes).
    # A hashtag starts a token line (CoNLL readers take `#` lines as comments).
    ("a13", "The number of cases at the root of X rose, the ORG said.\n#MeToo",
     [("the ORG", "ORG", "accepted", {}),
      ("The number of cases", "FIGURE", "accepted", {}),
      ("#MeToo", "CLAIM", "accepted", {})]),
]
for n in range(5, 13):  # enough documents for a train/dev split
    t = f"Article {n}: “Prices rose {n} %,” the office said 😀.\r\nNothing else."
    ARTICLES.append((f"a{n}", t, [(f"{n} %", "FIGURE", "accepted", {}),
                                  (f"“Prices rose {n} %,”", "QUOTE", "accepted", {})]))


def spans_of(text, spans):
    out = []
    for sub, label, status, attrs in spans:
        s = text.index(sub)
        out.append({"start": s, "end": s + len(sub), "label": label,
                    "status": status, "attrs": attrs})
    return out


def make_input(work):
    os.makedirs(os.path.join(work, "in"), exist_ok=True)
    with open(os.path.join(work, "in", "articles.jsonl"), "w", encoding="utf-8", newline="") as f:
        for id_, text, spans in ARTICLES:
            f.write(json.dumps({"id": id_, "name": id_, "text": text,
                                "spans": spans_of(text, spans)}, ensure_ascii=False) + "\n")


def expected(status=("accepted",)):
    """{text: sorted [(start, end, label)]} of the spans an export keeps."""
    out = {}
    for _, text, spans in ARTICLES:
        out[text] = sorted((s["start"], s["end"], s["label"])
                           for s in spans_of(text, spans) if s["status"] in status)
    return out


TEXTS = [t for _, t, _ in ARTICLES]
LABELS = {"CLAIM", "QUOTE", "FIGURE", "PLACE", "ORG"}


def same(got, want, what):
    if got != want:
        missing = {k: v for k, v in want.items() if got.get(k) != v}
        raise AssertionError(f"{what}: differs for {len(missing)} document(s); "
                             f"first: want {next(iter(missing.items()))}, "
                             f"got {got.get(next(iter(missing)))}")


# ---- the checks -----------------------------------------------------------

def check_spacy(out):
    import spacy
    from spacy.tokens import DocBin
    nlp = spacy.blank("en")
    got = {}
    for path in [os.path.join(out, "all.spacy")]:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        assert len(docs) == len(TEXTS), f"{len(docs)} docs, want {len(TEXTS)}"
        for d in docs:
            assert d.text in TEXTS, f"unexpected text {d.text[:40]!r}"
            spans = []
            for s in d.spans["sc"]:
                assert s.text == d.text[s.start_char:s.end_char], \
                    f"span text {s.text!r} != text[{s.start_char}:{s.end_char}]"
                spans.append((s.start_char, s.end_char, s.label_))
            got[d.text] = sorted(spans)
            ents = list(d.ents)
            for a, b in zip(ents, ents[1:]):
                assert a.end <= b.start, "entities overlap"
            for e in ents:
                assert (e.start_char, e.end_char, e.label_) in spans, f"entity {e} not a span"
    same(got, expected(), "spaCy spans")
    # The split parts load too, and hold every document once.
    parts = [list(DocBin().from_disk(p).get_docs(nlp.vocab))
             for p in sorted(glob.glob(os.path.join(out, "split-spacy", "*.spacy")))]
    assert len(parts) == 2, f"{len(parts)} split files"
    assert sorted(d.text for p in parts for d in p) == sorted(TEXTS), "split parts"
    return f"{len(TEXTS)} docs, {sum(len(v) for v in got.values())} spans exact; ents valid; split loads"


def check_spacy_train(out, work):
    """`spacy train` reads the files: two steps of ner + spancat."""
    import subprocess
    cfg = os.path.join(work, "spacy.cfg")
    py = sys.executable
    subprocess.run([py, "-m", "spacy", "init", "config", cfg, "--lang", "en",
                    "--pipeline", "ner,spancat", "--force"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    split = os.path.join(out, "split-spacy")
    r = subprocess.run([py, "-m", "spacy", "train", cfg, "--output", os.path.join(work, "model"),
                        "--paths.train", os.path.join(split, "train.spacy"),
                        "--paths.dev", os.path.join(split, "dev.spacy"),
                        "--training.max_steps", "4", "--training.eval_frequency", "2"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError("spacy train failed:\n" + (r.stdout + r.stderr)[-2000:])
    return "spacy train ran 4 steps of ner + spancat on the split"


def check_datasets(out, work):
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import datasets
    datasets.disable_progress_bars()
    path = os.path.join(out, "all.jsonl")
    ds = datasets.load_dataset("json", data_files=path, split="train",
                               cache_dir=os.path.join(work, "hf-cache"))
    assert ds.num_rows == len(TEXTS), f"{ds.num_rows} rows, want {len(TEXTS)}"
    assert ds["text"] == TEXTS, "texts differ"
    got = {}
    for row in ds:
        for s in row["spans"]:
            assert row["text"][s["start"]:s["end"]] == s["text"], f"span text {s}"
        got[row["text"]] = sorted((s["start"], s["end"], s["label"]) for s in row["spans"])
    same(got, expected(), "JSONL spans")
    return f"{ds.num_rows} rows, texts equal, span texts exact"


def check_doccano(out):
    got = {}
    with open(os.path.join(out, "doccano.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            v = json.loads(line)
            assert set(v) == {"text", "label"}, f"line {n}: keys {set(v)}"
            t = v["text"]
            spans = []
            for s, e, label in v["label"]:
                assert 0 <= s < e <= len(t), f"line {n}: {s}..{e} outside the text"
                spans.append((s, e, label))
            got[t] = sorted(spans)
    same(got, expected(), "doccano spans")
    return f"{len(got)} lines, offsets exact"


def check_label_studio(out):
    tasks = json.load(open(os.path.join(out, "tasks.json"), encoding="utf-8"))
    conf = ET.parse(os.path.join(out, "tasks.config.xml")).getroot()
    labels_tag = conf.find("Labels")
    text_tag = conf.find("Text")
    assert conf.tag == "View" and labels_tag is not None and text_tag is not None
    assert text_tag.get("value") == "$text"
    names = {l.get("value") for l in labels_tag.findall("Label")}
    assert LABELS <= names, f"config labels {names}"
    acc, pend = {}, {}
    for t in tasks:
        text = t["data"]["text"]
        for key, into in (("annotations", acc), ("predictions", pend)):
            spans = []
            for a in t.get(key, []):
                for r in a["result"]:
                    if r["type"] != "labels":
                        assert r["type"] == "textarea" and r["from_name"] == "attrs"
                        continue
                    assert r["from_name"] == labels_tag.get("name")
                    assert r["to_name"] == text_tag.get("name")
                    v = r["value"]
                    assert text[v["start"]:v["end"]] == v["text"], f"{v} does not match the text"
                    spans += [(v["start"], v["end"], l) for l in v["labels"]]
            into[text] = sorted(spans)
    same(acc, expected(("accepted",)), "Label Studio annotations")
    same(pend, expected(("pending",)), "Label Studio predictions")
    return f"{len(tasks)} tasks; annotations and predictions exact; config matches"


def check_brat(out):
    folder = os.path.join(out, "brat")
    conf = open(os.path.join(folder, "annotation.conf"), encoding="utf-8").read()
    types = set()
    section = None
    for line in conf.splitlines():
        if line.startswith("["):
            section = line.strip()
        elif section == "[entities]" and line.strip():
            types.add(line.strip())
    got = {}
    for ann in sorted(glob.glob(os.path.join(folder, "*.ann"))):
        # As brat reads it: UTF-8, no newline translation (codecs.open).
        text = open(ann[:-4] + ".txt", encoding="utf-8", newline="").read()
        spans = []
        for n, line in enumerate(open(ann, encoding="utf-8", newline="").read().split("\n"), 1):
            if not line.startswith("T"):
                continue
            tid, body, field = line.split("\t")
            label, ranges = body.split(" ", 1)
            assert label in types, f"{ann}:{n}: type {label} not in annotation.conf"
            frags = [tuple(map(int, r.split())) for r in ranges.split(";")]
            assert " ".join(text[a:b] for a, b in frags) == field, f"{ann}:{n}: text field"
            spans.append((frags[0][0], frags[-1][1], label))
        got[text] = sorted(spans)
    same(got, expected(), "brat spans")
    return f"{len(got)} documents; offsets and text fields exact"


def check_conll(out):
    lines = open(os.path.join(out, "all.conll"), encoding="utf-8").read().split("\n")
    assert lines[0].startswith("# global.columns = ID FORM "), lines[0]
    cols = lines[0].split(" ")[5:]
    docs, begins = [], {}
    for line in lines[1:]:
        if line.startswith("# newdoc id = "):
            docs.append([])
            continue
        # As CoNLL-U readers do: any line starting with `#` is a comment.
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        assert len(f) == len(cols) + 2, f"line {line!r}: {len(f)} columns"
        assert f[0] == str(len(docs[-1]) + 1), f"line {line!r}: token number"
        docs[-1].append(f[1])
        for tag, col in zip(f[2:], cols):
            lab = col.rsplit("_", 1)[0] if col.rsplit("_", 1)[-1].isdigit() else col
            assert tag == "O" or tag[2:] == lab and tag[:2] in ("B-", "I-"), f"{tag} in {col}"
            if tag.startswith("B-"):
                begins[lab] = begins.get(lab, 0) + 1
    assert len(docs) == len(TEXTS)
    for toks, text in zip(docs, TEXTS):
        at = 0
        for t in toks:  # tokens appear in order in the text
            at = text.index(t, at) + len(t)
    want = {}
    for spans in expected().values():
        for _, _, l in spans:
            want[l] = want.get(l, 0) + 1
    assert begins == want, f"B- tags {begins}, spans {want}"
    return f"{len(docs)} documents, {len(cols)} label columns, every span begins once"


def check_csv(out):
    rows = list(csv.reader(open(os.path.join(out, "spans.csv"), encoding="utf-8", newline="")))
    assert rows[0] == ["document", "start", "end", "label", "text", "attributes", "status"]
    by_id = {id_: t for id_, t, _ in ARTICLES}
    got = {t: [] for t in TEXTS}
    for r in rows[1:]:
        text = by_id[r[0]]
        s, e = int(r[1]), int(r[2])
        cell = r[4]
        assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), f"formula cell {cell!r}"
        want = text[s:e]
        assert cell == want or (cell == "'" + want and want[:1] in "=+-@\t\r"), f"{cell!r} != {want!r}"
        if r[5]:
            json.loads(r[5])
        got[text].append((s, e, r[3]))
    same({k: sorted(v) for k, v in got.items()}, expected(), "CSV rows")
    return f"{len(rows) - 1} rows; formulas neutralised"


def check(work):
    out = os.path.join(work, "out")
    checks = [
        ("spacy DocBin", lambda: check_spacy(out)),
        ("spacy train", lambda: check_spacy_train(out, work)),
        ("datasets jsonl", lambda: check_datasets(out, work)),
        ("doccano", lambda: check_doccano(out)),
        ("label-studio", lambda: check_label_studio(out)),
        ("brat", lambda: check_brat(out)),
        ("conll", lambda: check_conll(out)),
        ("csv", lambda: check_csv(out)),
    ]
    passed = failed = 0
    for name, fn in checks:
        try:
            msg = fn()
            passed += 1
            print(f"PASS {name}: {msg}")
        except Exception as e:  # report every failure, then exit non-zero
            failed += 1
            print(f"FAIL {name}: {e}")
            traceback.print_exc(limit=3, file=sys.stdout)
    print(f"exports: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("make-input", "check"):
        print(__doc__)
        sys.exit(2)
    if sys.argv[1] == "make-input":
        make_input(sys.argv[2])
        sys.exit(0)
    sys.exit(check(sys.argv[2]))

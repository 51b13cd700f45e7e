#!/usr/bin/env python3
"""Writes the sixth held-out evaluation set (eval6): articles and gold spans.

The articles were written for this set by three engineers who had not seen the
rules, the rule assets or the earlier sets' articles, as ordinary newspaper
and wire copy of normal density (most sentences without a number, many
quotations attributed in the ways reporters write them); the gold follows
the project's annotation guidelines (`../shared/annotation-guidelines.md`
beside the checkout). `articles_a.py`, `articles_b.py` and `articles_c.py`
(three articles each, three writers) are the sources: every sentence is
listed with a deliberate decision, CLAIM (with its claimant) or not (with
the reason); where the guidelines leave room for doubt, `why` says which
way the decision went.

The format of articles and sentences: `../gold_script.py`.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c"])

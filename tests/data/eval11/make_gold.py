#!/usr/bin/env python3
"""Writes the eleventh held-out evaluation set (eval11): articles and gold spans.

Written like eval8 and eval9 (see their make_gold.py): three writers who had not seen the
rules, three articles each (`articles_a.py`, `articles_b.py`,
`articles_c.py`), every sentence with its decision; the writers were asked
for ordinary newspaper, wire and local-news copy of normal density.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c"])

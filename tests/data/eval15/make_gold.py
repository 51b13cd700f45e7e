#!/usr/bin/env python3
"""Writes the fifteenth held-out evaluation set (eval15): articles and gold spans.

Written like eval14 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time: East and Southeast Asian English-language papers and
agencies (name order, yuan, yen, won and Singapore dollars), Latin
American outlets' English editions (two surnames, pesos and reais),
company press releases and business wire copy (tickers, forward-looking
statements, "About" boilerplate), and sport and culture (scores, lap
times, box office and charts).

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

#!/usr/bin/env python3
"""Writes the seventeenth held-out evaluation set (eval17): articles and gold spans.

Written like eval16 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time: explainers and Q&A-format news
(question headings, bullet lists, "The bottom line:" lead-ins), climate,
energy and environment news (gigatonnes, gigawatts, ppm, temperature
anomalies), election results (vote shares and counts, seats, swings,
results written out as lines), and aviation and rail accidents and
investigations (flight numbers, aircraft and train types, altitudes,
knots, preliminary reports).

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

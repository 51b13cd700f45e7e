#!/usr/bin/env python3
"""Writes the sixteenth held-out evaluation set (eval16): articles and gold spans.

Written like eval15 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time: science and health desks (studies,
hazard ratios, confidence intervals, rates per 100,000, drug approvals),
technology and consumer sites (product specs, prices, data breaches,
fines), markets and personal finance (index moves, basis points, yields,
earnings against estimates, mortgage rates), and Middle East and North
Africa outlets' English services (names with particles, riyals and
dirhams written onto their amounts, temperatures in °C).

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

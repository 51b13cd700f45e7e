#!/usr/bin/env python3
"""Writes the thirteenth held-out evaluation set (eval13): articles and gold spans.

Written like eval12 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time each writer took news from a part
of the English-language press the earlier sets had little of: South Asian
outlets (lakh and crore, rupees, news-agency credits), fact-checks and
explainers, Australian, New Zealand and African outlets with press
conferences given as questions and answers, and health, science and
election results dense with statistics.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

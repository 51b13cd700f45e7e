#!/usr/bin/env python3
"""Writes the eighteenth held-out evaluation set (eval18): articles and gold spans.

Written like eval16 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time: crime, courts and emergency
services in North American and Australian outlets (a sentencing hearing,
an arrest announced at a police press conference, a coroner's or fire
investigation), sport beyond football (a cricket Test day, a baseball or
basketball recap, a cycling or athletics championship), business and
official statistics (a retailer's annual results, a startup's funding
round and layoffs, a statistics office release), and health, science and
international affairs (an outbreak update, a wire report of a study with
risk ratios and confidence intervals, a humanitarian or diplomatic wire
story). Measured once before any rule was changed for it (the README's
quality table gives that first measurement).

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

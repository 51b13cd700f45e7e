#!/usr/bin/env python3
"""Writes the twelfth held-out evaluation set (eval12): articles and gold spans.

Written like eval8 and eval9 (see their make_gold.py): three writers who had not seen the
rules, three articles each (`articles_a.py`, `articles_b.py`,
`articles_c.py`), every sentence with its decision; the writers were asked
for news as it comes off the web: text scraped from news sites, with the
page furniture a scraper keeps (ad slots, captions, credits, share and
newsletter lines, embedded posts, update stamps), like `../shared/corpus`.

A fourth writer's three articles (`ecb_holds_rates_lagarde`,
`black_sea_shipping_talks`, `ryanair_dublin_cap_cuts`) are kept as that
writer's script wrote them: the script itself was overwritten by another
writer's `articles_a.py` before it was saved, so this script does not
rewrite those six files (it never deletes files it does not write).

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c"])

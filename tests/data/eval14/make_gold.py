#!/usr/bin/env python3
"""Writes the fourteenth held-out evaluation set (eval14): articles and gold spans.

Written like eval13 (see its make_gold.py): four writers who had not seen
the rules, three articles each (`articles_a.py` … `articles_d.py`), every
sentence with its decision. This time: US politics and courts in the
style of Washington outlets and wire services (party and state after a
name, AP abbreviations), West and East African outlets (honorifics,
naira, cedis and shillings), European broadcasters' English services
(translated quotes, interviews given to the broadcaster), and North
American local news of crime, courts and emergencies.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import write_parts  # noqa: E402

if __name__ == "__main__":
    write_parts(__file__, ["articles_a", "articles_b", "articles_c", "articles_d"])

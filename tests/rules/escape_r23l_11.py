# expect: reject store
# why: the red team's round 23l ok_11: enc = json.JSONEncoder(); enc.default = f; enc.encode(iter([sys.argv])): an iterator is
# line: 23
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_11.py (environ in the TypeError).
# mechanism: enc = json.JSONEncoder(); enc.default = f; enc.encode(iter([sys.argv])): an iterator is
#   not JSON, so the encoder calls self.default(o) -- the instance attribute, f -- with the
#   iterator; f iterates it and appends "logging.os.environ" to sys.argv; unittest.main() resolves
#   __main__.logging.os.environ -> TypeError prints it.
# rule slipped: store (rules/README.md sec.4 points (1)-(2)). Same family as ok_09: a plain def
#   stored into an attribute of a library-made object (enc.default = f, allowed: a store on a new
#   JSONEncoder) is called by the library with what the program handed it, but the callback rule
#   only sees call arguments, keeper calls and attributes named like library-duck hooks;
#   "default" is none (the JSON encoder calls it on self, not on a parameter), so f is no callback
#   and its parameter o holds nothing; the for target d over o is then judged fresh.
import json
import logging
import sys
import unittest


def f(o):
    for d in o:
        d.append('logging.os.environ')
    return 'x'


enc = json.JSONEncoder()
enc.default = f
enc.encode(iter([sys.argv]))
unittest.main(exit=False)

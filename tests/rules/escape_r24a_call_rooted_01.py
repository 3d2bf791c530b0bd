# expect: reject store
# why: a store through a function's result: get().append(sys.argv) puts sys.argv into the list get returns
# line: 19
# goal: prints os.environ under plain python3 (unittest.main resolves the dotted name from sys.argv)
# mechanism: a store through a function's result: get().append(sys.argv) puts sys.argv into the list get returns
# rule: store (rules/README.md sec.4, "a store through an object a call or an item hands
#   back"): the store lands in the object the expression may be, which other names hold.
import sys
import unittest

lst = []


def get():
    return lst


get().append(sys.argv)
lst[0].append("logging.os.environ")
import logging

unittest.main(exit=False)

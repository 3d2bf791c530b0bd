# expect: reject store
# line: 11
# why: the red team's round 25j ok_01c (its header below)
# ok_01 family (note_reference: `type` parent harmless), variant: a CLASS-BODY annotation, K.__annotations__["a"]. Goal: sys.argv gets 'logging.os.environ' (append unittest.main(exit=False) as in ok_01 to print the environment).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


class K:
    a: g


K.__annotations__["a"](sys.argv)
print(sys.argv)

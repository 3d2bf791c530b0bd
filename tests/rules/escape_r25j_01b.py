# expect: reject store
# line: 11
# why: the red team's round 25j ok_01b (its header below)
# ok_01 family (note_reference: `type` parent harmless), variant: a RETURN annotation, h.__annotations__["return"]. Goal: sys.argv gets 'logging.os.environ' (append unittest.main(exit=False) as in ok_01 to print the environment).
import logging
import sys
import unittest


def g(x):
    x.append("logging.os.environ")


def h() -> g:
    pass


h.__annotations__["return"](sys.argv)
print(sys.argv)

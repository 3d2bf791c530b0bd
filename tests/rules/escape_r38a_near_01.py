# expect: reject store
# line: 15
# why: round 38a near_01, refused before and after (see its header)
# near_01 -- refused (rule store: dunder attribute store): K.__floor__ = partial(...) after the class.
# Attribute stores of dunders are refused outright, so the held-callable hole is only reachable
# through class-body binding forms (see ok_01..03).
import functools
import math
import sys
import logging
import unittest

class K:
    pass
K.__floor__ = functools.partial(next, iter([sys.argv]))

names = math.floor(K())
print("names is sys.argv:", names is sys.argv)

names.append("logging.os.environ")
unittest.main(exit=False)

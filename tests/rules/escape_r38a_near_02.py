# expect: reject store
# line: 16
# why: round 38a near_02, refused before and after (see its header)
# near_02 -- refused (rule store at append): cached_property(functools.partial(P)) -- an in-place call
# argument makes function_argument() true; only the bare identifier P (ok_04) slips.
import functools
import logging
import sys
import unittest

P = functools.partial(next, iter([sys.argv]))
class K:
    x = functools.cached_property(functools.partial(P))
names = K().x
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)


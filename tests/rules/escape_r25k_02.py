# expect: reject store
# line: 17
# why: the red team's round 25k ok_02 (its header below): a staticmethod reached through an instance takes the library's first value as its first parameter
# goal: prints os.environ (serious), as ok_01. Same hole, another library caller and a
#   NAME bound to the instance: map(k.g, [sys.argv]) with k = K() and g a @staticmethod.
# rule slipped: store, stores.c higher-order argument handler: `first = maybe_class(obj) ?
#   0 : 1` skips parameter 0 as self for an instance receiver; a staticmethod has no self.
# family/principle: as ok_01.
import logging
import sys
import unittest


class K:
    @staticmethod
    def g(x):
        x.append("logging.os.environ")


k = K()
list(map(k.g, [sys.argv]))
print(sys.argv)
unittest.main(exit=False)

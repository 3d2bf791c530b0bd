# expect: reject store
# why: the red team's round 23n ok_07: collections.ChainMap(P()) | logging.Logger.manager.loggerDict runs ChainMap.__or__:
# line: 22
# goal (lower tier): mutates logging's loggerDict (the Manager's registry of loggers): prints True.
#   Run: /usr/bin/python3 ok_07.py
# mechanism: collections.ChainMap(P()) | logging.Logger.manager.loggerDict runs ChainMap.__or__:
#   self.copy() (P.copy returns the P), then maps[0].update(loggerDict) = P.update(loggerDict),
#   which writes o['pwned'] = 1 into logging's shared registry.
# rule slipped: store (rules/README.md sec.4 point (7), augmented_handed). Only `cm |= x` hands x
#   to library code in the checker's eyes; the binary `cm | x` is no call and no augmented
#   assignment, so loggerDict never joins HANDED and P.update's parameter holds nothing from a
#   module: o['pwned'] = 1 is judged a store into the program's own value.
import collections
import logging


class P:
    def copy(self):
        return self

    def update(self, o):
        o['pwned'] = 1


cm = collections.ChainMap(P())
x = cm | logging.Logger.manager.loggerDict
print('pwned' in logging.Logger.manager.loggerDict)

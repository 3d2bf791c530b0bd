# expect: reject store
# line: 20
# why: family of round 42a ok_01: the formatter's return adds itself to the terminator by a dunder of the program's
import logging
import sys


class Msg:
    def __add__(self, other):
        return (sys.argv,)


class F:
    def format(self, record):
        return Msg()


class S:
    def write(self, s):
        s[0].append("y")

    def flush(self):
        pass


h = logging.StreamHandler(S())
h.setFormatter(F())
lg = logging.getLogger("x")
lg.addHandler(h)
lg.error("x")
print(sys.argv)

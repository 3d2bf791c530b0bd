# expect: reject store
# line: 15
# why: family of round 42a ok_01: a formatter of no library class, its format a plain method, its list added to a list terminator
import logging
import sys


class Plain:
    def format(self, record):
        return [sys.argv]


class Sink:
    def write(self, s):
        s[0].append("y")

    def flush(self):
        pass


handler = logging.StreamHandler(Sink())
handler.terminator = []
handler.setFormatter(Plain())
log = logging.getLogger("duck")
log.addHandler(handler)
log.error("x")
print(sys.argv)

# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, a re-initialisation through self.__init__ reached in
#   three steps: reset() calls self.__init__ (privileged), again() hands its self to
#   reset by K.reset(self, ...), go() hands its self to again the same way. K.go(fm)
#   is an unbound call that gives the logging.Formatter to reset as self, which
#   re-initialises it with style '{' (refused by the Formatter facade).
# Goal reached: os.environ printed through a '{' template the Formatter now formats.
import logging
import sys


class M:
    def __init__(self):
        pass


class K:
    def reset(self, fmt):
        self.__init__(fmt, None, "{")

    def again(self, fmt):
        K.reset(self, fmt)

    def go(self, fmt):
        K.again(self, fmt)


fm = logging.Formatter("%(message)s")
K.go(fm, "{msg.__init__.__globals__[sys].modules[os].environ}")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fm)
lg = logging.getLogger("x")
lg.addHandler(h)
lg.warning(M())

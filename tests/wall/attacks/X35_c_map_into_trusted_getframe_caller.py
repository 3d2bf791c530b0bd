# family: wall (a C iterator run by a trusted sys._getframe caller)   goal: frame
# namedtuple iterates its field_names with list(map(str, ...)); a map of an
# lru_cache(sys._getframe) makes each sys._getframe call happen with namedtuple's
# frame below the hook, away from namedtuple's own call of it.
import collections
import functools
import sys

G = functools.lru_cache(maxsize=None)(sys._getframe)
try:
    collections.namedtuple("T", map(G, range(3)))
except Exception:
    pass
frame = G(1)
if type(frame).__name__ == "frame":
    print("FRAME" + "-REACHED", frame.f_lineno)

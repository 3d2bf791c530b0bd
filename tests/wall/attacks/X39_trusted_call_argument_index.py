# family: wall (a trusted call's argument runs a C callable)   goal: frame
# typing._caller(depth) calls sys._getframe(depth + 1) at its own instruction; the
# depth's __add__ hands back the object, whose __index__ (a C partial of an
# lru_cache'd sys._getframe) sys._getframe runs while converting it: the inner call
# happens inside the trusted call, and the cache keeps the frame.
import functools
import sys
import typing

G = functools.lru_cache(None)(sys._getframe)


class Depth:
    def __add__(self, other):
        return self
    __index__ = functools.partial(G, 1)


try:
    typing._caller(Depth())
except Exception:
    pass
frame = G(1)
if type(frame).__name__ == "frame":
    print("FRAME" + "-REACHED", frame.f_lineno)

# expect: reject builtin
# why: the '+' prefix one level down and through str(): ("do_" + "x") + w asks w's
#   __radd__ too, and str() of a str subclass whose __str__ answers another hands
#   that one back
# line: 19
import logging


class S(str):
    def __radd__(self, other):
        return "x__globals__"[1:]

    def __str__(self):
        return self


w = S("k")
f = logging.getLogger
g = getattr(f, ("do_" + "x") + str(w))
print(type(g))

# expect: reject builtin
# why: the method hands its kwargs to a function that writes it: a use other
#   than a read withdraws the keys (python3 3.11 prints "reached")
# line: 16
import copy


def fill(d, red):
    d["--reduce-ex--".replace("-", "_")] = red


class C:
    def __init__(self, red, **kwargs):
        fill(kwargs, red)
        for k in kwargs:
            setattr(self, k, kwargs[k])


copy.deepcopy(C(lambda proto: (print, ("reached",)), size=1))

# expect: reject builtin
# why: functools.partial keeps its keywords in a live dict (.keywords) that the
#   program may write before the call (python3 3.11 prints "reached")
# line: 12
import copy
import functools


class C:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)


make = functools.partial(C, size=1)
make.keywords["--reduce-ex--".replace("-", "_")] = lambda proto: (print, ("reached",))
copy.deepcopy(make())

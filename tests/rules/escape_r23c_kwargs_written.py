# expect: reject builtin
# why: the method writes its own kwargs before the loop: the keys are no
#   longer the callers' written keywords (python3 3.11 prints "reached")
# line: 12
import copy


class C:
    def __init__(self, red, **kwargs):
        kwargs["--reduce-ex--".replace("-", "_")] = red
        for k, v in kwargs.items():
            setattr(self, k, v)


copy.deepcopy(C(lambda proto: (print, ("reached",)), size=1))

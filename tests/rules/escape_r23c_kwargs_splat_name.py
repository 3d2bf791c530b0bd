# expect: reject builtin
# why: a ** splat of a dict the program builds (not a ** parameter forwarded)
#   makes a run-time key a keyword: the **kwargs keys are then no judged source
#   (python3 3.11 prints "reached")
# line: 12
import copy


class C:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)


opts = {"--reduce-ex--".replace("-", "_"): lambda proto: (print, ("reached",))}
copy.deepcopy(C(**opts))

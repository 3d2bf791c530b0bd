# expect: reject builtin
# why: a ** parameter forwarded by a function that writes it first is a splat of a
#   run-time dict: the forwarding must be unchanged (python3 3.11 prints "reached")
# line: 11
import copy


class C:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)


def make(red, **kw):
    kw.update({"--reduce-ex--".replace("-", "_"): red})
    return C(**kw)


copy.deepcopy(make(lambda proto: (print, ("reached",)), size=1))

# expect: reject builtin
# why: the keys of **kwargs are no judged source yet: a run-time dict's keys become
#   keywords through a ** splat (and through library calls as threading.Thread(kwargs=))
# line: 11
import copy


class C:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)


c = C(**{"--reduce-ex--".replace("-", "_"): print})
print(copy.deepcopy(c))

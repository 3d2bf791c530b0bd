# expect: reject builtin
# why: a loop over a module-level LIST of literal names is no judged source: the list
#   may be mutated (NAMES.append(...)) before the loop runs; only a tuple is
# line: 14
import copy

NAMES = ["x"]
NAMES.append("--reduce-ex--".replace("-", "_"))


class C:
    def plant(self, v):
        for k in NAMES:
            setattr(self, k, v)


c = C()
c.plant(print)
print(copy.deepcopy(c))

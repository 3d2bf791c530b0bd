# expect: reject builtin
# why: getattr on self with a run-time name reaches the bound __setattr__, which plants
#   a dunder without the setattr builtin: getattr is judged as setattr is
# line: 10
import copy


class C:
    def plant(self, k, v):
        getattr(self, "--setattr--".replace("-", "_"))(k, v)


c = C()
c.plant("--reduce-ex--".replace("-", "_"), print)
print(copy.deepcopy(c))

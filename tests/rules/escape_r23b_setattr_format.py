# expect: reject builtin
# why: a computed setattr name on self built with str.format: no text starting with '__'
#   is written, yet the name is "__reduce_ex__"
# line: 10
import copy


class C:
    def plant(self, k, v):
        setattr(self, k, v)


c = C()
c.plant("{}{}reduce_ex{}{}".format("_", "_", "_", "_"), print)
print(copy.deepcopy(c))

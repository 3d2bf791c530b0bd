# expect: reject builtin
# why: a computed setattr name on self built with a line read from stdin: no text starting with '__'
#   is written, yet the name is "__reduce_ex__"
# line: 10
import copy


class C:
    def plant(self, k, v):
        setattr(self, k, v)


c = C()
c.plant(input(), print)
print(copy.deepcopy(c))

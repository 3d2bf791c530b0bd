# expect: reject builtin
# why: a computed setattr name on self built with bytes.decode: no text starting with '__'
#   is written, yet the name is "__reduce_ex__"
# line: 10
import copy


class C:
    def plant(self, k, v):
        setattr(self, k, v)


c = C()
c.plant(bytes([95, 95]).decode() + "reduce_ex" + bytes([95, 95]).decode(), print)
print(copy.deepcopy(c))

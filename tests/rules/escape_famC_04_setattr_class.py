# expect: reject store
# why: family C: __class__ assignment hidden in tuple unpacking
# line: 8
import random, json
class M(json.__class__):
    def __iter__(self):
        return iter([self._os])
random.__class__, unused = M, 0
[o] = random
o.system("id")

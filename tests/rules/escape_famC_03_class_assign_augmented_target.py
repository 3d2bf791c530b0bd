# expect: reject store
# why: family C: __class__ as a for-loop target is a store too
# line: 9
import random, json
class M(json.__class__):
    @property
    def leak(self):
        return self._os
for random.__class__ in [M]:
    pass
random.leak.system("id")

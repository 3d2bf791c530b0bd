# expect: reject store
# why: family C: __class__ assignment with __iter__, the module arrives as self
# line: 8
import random, json
class M(json.__class__):
    def __iter__(self):
        return iter([self._os])
random.__class__ = M
for o in random:
    o.system("id")

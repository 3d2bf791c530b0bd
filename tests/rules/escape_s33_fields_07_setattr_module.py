# expect: reject store
# line: 14
# why: setattr by a field's name is judged as the attribute store written out: into a module, refused
from dataclasses import dataclass, fields
import random


@dataclass
class P:
    x: int = 0


for f in fields(P):
    setattr(random, f.name, 1)

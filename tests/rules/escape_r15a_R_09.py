# expect: reject unbound
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family R: `from abc import ABC` then `for ABC in (collections.Counter,)`: class C(ABC) derives from Counter, and C.copy(P) is Counter.copy with a foreign self (ours)
import collections
from abc import ABC

for ABC in (collections.Counter,):
    pass


class P:
    pass


class C(ABC):
    pass


print(C.copy(P))

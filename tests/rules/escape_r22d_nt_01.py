# expect: reject match
# why: a typing.NamedTuple class's name bound again, to an ABC whose
#   __subclasshook__ says yes and whose __match_args__ is built at run time: the
#   pattern uses the new value and reads random.shuffle's globals under plain
#   python3 (the class statement alone fixes nothing once the name is rebound).
# line: 20
import abc, random
from typing import NamedTuple
class P(NamedTuple):
    x: int
class Q(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
P = Q
P.__match_args__ = ("__glo" + "bals__",)
match random.shuffle:
    case P(x=1):
        pass
    case P(g):
        print(sorted(g)[:3])

# expect: reject match
# why: a collections.namedtuple bound once, then bound again to an ABC whose
#   __subclasshook__ says yes and whose __match_args__ is built at run time:
#   random.shuffle's globals under plain python3.
# line: 16
import abc, collections, random
T = collections.namedtuple("T", "x y")
class Q(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    __match_args__ = ()
    __match_args__ += ("__glo" + "bals__",)
T = Q
match random.shuffle:
    case T(g):
        print(sorted(g)[:3])

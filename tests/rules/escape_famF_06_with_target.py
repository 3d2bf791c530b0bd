# expect: reject match
# why: family F: __match_args__ bound as a with target, isinstance answered by __subclasshook__
# line: 12
import abc, contextlib, random
class P(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    with contextlib.nullcontext(("__glo" + "bals__",)) as __match_args__:
        pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

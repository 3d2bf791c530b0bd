# expect: reject match
# why: family F: __subclasshook__ answers yes for every type; __match_args__ from tuple unpacking
# line: 13
import abc, random
class P(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    __match_args__, _ = ("__glo" + "bals__",), 0
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

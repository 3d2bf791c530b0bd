# expect: reject match
# why: family F: a class name rebound after its class statement: the pattern uses the new value
# line: 16
import abc, random
class P:
    __match_args__ = ("x",)
class Q(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
P = Q
P.__match_args__ = ("__glo" + "bals__",)
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

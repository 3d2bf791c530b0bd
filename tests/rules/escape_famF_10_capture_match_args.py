# expect: reject dunder
# why: family F: __match_args__ bound by a case capture in a class body
# line: 10
import abc, random
class P(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    match ("__glo" + "bals__",):
        case __match_args__:
            pass
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

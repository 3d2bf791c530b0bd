# expect: reject dunder
# why: family F: __match_args__ bound by a walrus in a class body, with a metaclass that lies
# line: 9
import abc, random
class P(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    (__match_args__ := ("__glo" + "bals__",))
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

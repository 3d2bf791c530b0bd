# expect: reject dunder
# why: family F: __match_args__ bound as a for-loop target in a class body
# line: 9
import abc, random
class P(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True
    for __match_args__ in [("__glo" + "bals__",)]:
        pass
def f():
    pass
match random.shuffle:
    case P(g):
        g["_os"].system("id")

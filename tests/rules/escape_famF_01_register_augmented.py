# expect: reject match
# why: family F: ABCMeta.register makes isinstance say yes; __match_args__ built by augmented assignment
# line: 12
import abc, random
class P(abc.ABC):
    __match_args__ = ()
    __match_args__ += ("__glo" + "bals__",)
def f():
    pass
P.register(type(random.shuffle))
match random.shuffle:
    case P(g):
        g["_os"].system("id")

# expect: reject match
# why: family F: a namedtuple subclass whose isinstance lies through a metaclass-free ABC register; fields from stdin
# line: 13
import abc, collections, random
names = "__globals__ x".split()[:1]
class P(abc.ABC):
    pass
P.__match_args__ = tuple(names)
def f():
    pass
P.register(type(random.shuffle))
match random.shuffle:
    case P(g):
        g["_os"].system("id")

# expect: reject match
# why: a base named NamedTuple that is not typing's: abc.ABC under that name, so
#   register makes isinstance lie and the class's __match_args__ is the program's
#   own, built at run time: random.shuffle's globals under plain python3.
# line: 14
import random
from abc import ABC as NamedTuple
class P(NamedTuple):
    x: int
    __match_args__ = ()
    __match_args__ += ("__glo" + "bals__",)
P.register(type(random.shuffle))
match random.shuffle:
    case P(g):
        print(sorted(g)[:3])

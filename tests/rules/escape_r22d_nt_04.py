# expect: reject match
# why: a dataclass with a base from the library (an ABC of collections.abc):
#   register makes isinstance lie, and the generated __match_args__ names a
#   dunder field: random.shuffle's globals under plain python3.
# line: 14
import collections.abc, dataclasses, random
@dataclasses.dataclass
class E(collections.abc.Hashable):
    __globals__: dict = None
    def __hash__(self):
        return 0
E.register(type(random.shuffle))
match random.shuffle:
    case E(g):
        print(sorted(g)[:3])

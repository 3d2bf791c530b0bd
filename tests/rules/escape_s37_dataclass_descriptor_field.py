# expect: reject memory
# line: 12
# why: round 67's family (ours): a dataclass's generated __eq__ reads a field a descriptor of the program's answers, inside deque.index's compare of a tuple it holds no reference to; code that empties the deque there frees the tuple (gh-115243)
import collections
import dataclasses

dq = collections.deque()


class Desc:
    def __get__(self, obj, owner):
        dq.clear()
        return 1


@dataclasses.dataclass
class D:
    tag: int = Desc()


dq.extend([(D(), D())])
print(dq.index((D(), D())))

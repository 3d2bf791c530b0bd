# expect: reject memory
# line: 12
# why: round 67's family (ours): KeysView's Set.__eq__ iterates the program mapping it was made over, inside deque.index's compare of a tuple it holds no reference to; code that empties the deque there frees the tuple (gh-115243)
import collections
from collections.abc import KeysView

dq = collections.deque()


class Src:
    def __iter__(self):
        dq.clear()
        return iter([1])

    def __len__(self):
        return 1


dq.extend([(KeysView(Src()), 1)])
print(dq.index((KeysView(Src()), 1)))

# expect: reject memory
# line: 11
# why: round 67's family (ours): a dict view compares with a set by its __len__ and __contains__, a set subclass's own, inside deque.index's compare of a tuple it holds no reference to; code that empties the deque there frees the tuple (gh-115243)
import collections

dq = collections.deque()


class S(set):
    def __contains__(self, x):
        dq.clear()
        return True


d = {1: 2}
dq.extend([(d.keys(), 1)])
print(dq.index((S([1]), 1)))

# expect: reject memory
# line: 11
# why: round 67's family (ours): Mapping.__eq__ calls the other mapping's items(), a dict subclass's own, inside deque.index's compare of a tuple it holds no reference to; code that empties the deque there frees the tuple (gh-115243)
import collections

dq = collections.deque()


class Rows(dict):
    def items(self):
        dq.clear()
        return [(1, 2)]


dq.extend([(collections.ChainMap({1: 2}), 1)])
print(dq.index((Rows({1: 2}), 1)))

# expect: reject store
# line: 10
# why: family of round 36b ok_01: a deque's bound popleft as iter's callable
import collections
import sys

queue = collections.deque([sys.argv])
names = next(iter(queue.popleft, None))
print(names is sys.argv)
names.append("x")

# expect: reject store
# line: 12
# why: family of round 40a ok_02: a Queue subclass's self.queue holding sys.argv one level in, handed back by get()
import collections
import queue
import sys


class Q(queue.Queue):
    def __init__(self):
        super().__init__()
        self.queue = collections.deque([sys.argv])


names = Q().get()
names.append("y")
print(names is sys.argv)

# expect: reject store
# line: 12
# why: Queue.get answers what a subclass's _get returns, linked at any depth
import sys, queue
class Q(queue.Queue):
    def _get(self):
        return [self.box]
q = Q()
q.box = []
q.put(1)
h = q.get()
h[0].append(sys.argv)
q.box[0].append("pwn")
print(sys.argv)

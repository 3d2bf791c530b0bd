# expect: reject store
# line: 13
# why: a Queue subclass's put calls super().put([v])
import queue
import sys
holder = []
class Q(queue.Queue):
    def put(self, v, block=True, timeout=None):
        super().put([v])
q = Q()
q.put(holder)
h = q.get()
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

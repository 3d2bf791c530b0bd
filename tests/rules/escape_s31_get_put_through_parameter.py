# expect: reject store
# line: 12
# why: a function's target.put(v) fills a LifoQueue handed to it
import queue
import sys
holder = []
def fill(target, v):
    target.put(v)
q = queue.LifoQueue()
fill(q, [holder])
h = q.get()
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

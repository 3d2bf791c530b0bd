# expect: reject store
# line: 10
# why: q.put([holder]) then q.get(): put keeps its argument where get finds it, aliased one level in
import queue
import sys
holder = []
q = queue.Queue()
q.put([holder])
h = q.get()
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

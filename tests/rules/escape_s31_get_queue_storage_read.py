# expect: reject store
# line: 9
# why: dq = q.queue; dq.append(...): the storage read and filled through another name
import queue
import sys
holder = []
q = queue.Queue()
dq = q.queue
dq.append([holder])
h = q.get()
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

# expect: reject store
# line: 11
# why: round 54a: as 08 with a LifoQueue
# goal: write into a library module namespace (sys.argv)
# mechanism: LifoQueue.get pops q.queue (a plain list the program rebinds); plain_get takes the result for an item of q
import sys, queue
holder = []
q = queue.LifoQueue()
q.queue = [[holder]]
h = q.get(False)
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

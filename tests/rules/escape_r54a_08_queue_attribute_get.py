# expect: reject store
# line: 11
# why: round 54a: Queue.get pops from the public q.queue, which the program replaced: storage a library get reads, named as an attribute, turns plain_get off (storage_named)
# goal: write into a library module namespace (sys.argv list of module sys)
# mechanism: Queue.get hands back q.queue.popleft(); the checker takes q.get(k) as an item of q one level down and never links the attribute store q.queue = ...
import sys, queue, collections
holder = []
q = queue.Queue()
q.queue = collections.deque([[holder]])
h = q.get(False)
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)

# expect: accept
# why: a Queue subclass keeping attributes of its own beside the library's
import queue
import sys


class Jobs(queue.Queue):
    def __init__(self, names):
        super().__init__()
        self.pending = list(names)
        for n in names:
            self.put(n)


jobs = Jobs(sys.stdin.readline().split())
done = []
while not jobs.empty():
    done.append(jobs.get())
done.append("end")
jobs.pending.append("extra")
print(done, jobs.pending)

# expect: accept
# why: import queue (round 14): the worker pattern (Queue, task_done, join), a bounded queue (Full, Empty), LifoQueue, PriorityQueue of tuples, SimpleQueue, a subclass with a public method, and q.queue read; the subclass method calls upper on str(x): x is an argument of a library subclass method, which may hold any object

import queue
import threading

jobs = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        with lock:
            done.append(item * item)
        jobs.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(8):
    jobs.put(i)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
print(sorted(done))

small = queue.Queue(maxsize=1)
small.put_nowait("a")
try:
    small.put_nowait("b")
except queue.Full:
    print("full", small.qsize(), small.full())
print(small.get(timeout=1))
try:
    small.get_nowait()
except queue.Empty:
    print("empty", small.empty())

stack = queue.LifoQueue()
for word in ("x", "y", "z"):
    stack.put(word)
print([stack.get() for _ in range(3)])

tasks = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "high"), (2, "mid")]:
    tasks.put((prio, name))
print(list(tasks.queue), [tasks.get()[1] for _ in range(3)])

simple = queue.SimpleQueue()
simple.put([1, 2])
got = simple.get()
got.append(3)
print(got, simple.empty())


class Mailbox(queue.Queue):
    def post_all(self, items):
        for x in items:
            self.put(str(x).upper())
        return self.qsize()


box = Mailbox()
print(box.post_all("abc"), box.get())

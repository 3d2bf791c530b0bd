# threading: Thread, Lock, Queue, Event
import threading
import queue

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * 2)
        q.task_done()
ws = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(results))

ready = threading.Event()
out = []
def waiter():
    ready.wait()
    out.append("go")
t = threading.Thread(target=waiter, daemon=True)
t.start()
ready.set()
t.join(timeout=2)
print(out, t.is_alive(), threading.current_thread().name)
local = threading.local()
local.x = 1
print(local.x, threading.active_count() >= 1)

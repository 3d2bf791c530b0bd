# Threads sharing a counter: a Lock makes the total exact; results printed in order.
import threading


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add(self, n):
        with self.lock:
            self.value += n


def work(counter, ident, results):
    local = 0
    for i in range(10000):
        counter.add(1)
        local += i % 7
    results[ident] = local


counter = Counter()
results = {}
threads = [threading.Thread(target=work, args=(counter, i, results), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter.value)
print("per thread:", [results[i] for i in sorted(results)])
print("names:", [t.name for t in threads])
print("all finished:", not any(t.is_alive() for t in threads))

event = threading.Event()
order = []
order_lock = threading.Lock()


def waiter(k):
    event.wait()
    with order_lock:
        order.append(k)


waiters = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for t in waiters:
    t.start()
event.set()
for t in waiters:
    t.join()
print("waiters released:", sorted(order))
local = threading.local()
local.x = "main"
print("main thread:", threading.current_thread() is threading.main_thread(), local.x)

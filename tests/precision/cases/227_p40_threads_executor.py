import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

nums = [112272535095293, 1000003, 999983, 15, 7919, 1234567]
with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(is_prime, nums[1:]))
print(dict(zip(nums[1:], results)))

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(sum, range(k)): k for k in (10, 100, 1000)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
print(done)

counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(1000,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

event = threading.Event()
box = []
def waiter():
    event.wait()
    box.append("woke")
t = threading.Thread(target=waiter)
t.start()
event.set()
t.join()
print(box, threading.current_thread().name)
local = threading.local()
local.x = 1
print(local.x)

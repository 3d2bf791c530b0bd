# expect: accept
# why: asyncio run/gather/sleep/Queue, threading with a lock, a thread pool
import asyncio, threading
from concurrent.futures import ThreadPoolExecutor
async def work(n):
    await asyncio.sleep(0)
    return n * n
async def main():
    q = asyncio.Queue()
    await q.put(1)
    results = await asyncio.gather(*(work(i) for i in range(4)))
    return results, await q.get()
print(asyncio.run(main()))
total = 0
lock = threading.Lock()
def add(k):
    global total
    with lock:
        total += k
ts = [threading.Thread(target=add, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
with ThreadPoolExecutor(max_workers=2) as pool:
    print(total, list(pool.map(abs, [-1, -2])))

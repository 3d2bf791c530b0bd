# Threads, their primitives, a thread pool and asyncio (run, gather, sleep, queues,
# wait_for, to_thread): futexes, clone of a thread, the event loop's socketpair and
# epoll, timers.
import asyncio
import concurrent.futures
import threading
import time

lock = threading.Lock()
cond = threading.Condition()
total = [0]


def work(n):
    for i in range(n):
        with lock:
            total[0] += i


threads = [threading.Thread(target=work, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads", total[0])

barrier = threading.Barrier(3)
sem = threading.BoundedSemaphore(2)
ev = threading.Event()
seen = []


def party(i):
    barrier.wait()
    with sem:
        seen.append(i)
    ev.wait(1)


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ps:
    t.start()
time.sleep(0.01)
ev.set()
for t in ps:
    t.join()
print("barrier", sorted(seen))

got = []
timer = threading.Timer(0.01, got.append, args=("timer",))
timer.start()
timer.join()
print(got)
with cond:
    print("cond wait", cond.wait(0.01))
local = threading.local()
local.x = 5
print("local", local.x, threading.active_count() >= 1)

with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
    print("pool", list(ex.map(pow, range(6), [2] * 6)))
    fut = ex.submit(sum, range(100))
    print("future", fut.result(timeout=5))


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    return got


async def slow():
    await asyncio.sleep(1)


async def main():
    q = asyncio.Queue(maxsize=2)
    _, got = await asyncio.gather(producer(q, 5), consumer(q))
    print("asyncio queue", got)
    r = await asyncio.gather(*(asyncio.sleep(0.001 * i, result=i) for i in range(5)))
    print("asyncio gather", r)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("asyncio wait_for timeout")
    print("asyncio to_thread", await asyncio.to_thread(sum, [1, 2, 3]))
    loop = asyncio.get_running_loop()
    print("run_in_executor", await loop.run_in_executor(None, max, 4, 9))
    ev = asyncio.Event()
    loop.call_later(0.005, ev.set)
    await ev.wait()
    print("asyncio event")
    tasks = [asyncio.create_task(asyncio.sleep(0.001, result=i)) for i in range(3)]
    done, _ = await asyncio.wait(tasks)
    print("asyncio wait", sorted(t.result() for t in done))


asyncio.run(main())
asyncio.run(asyncio.sleep(0))
print("done")

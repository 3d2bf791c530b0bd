# asyncio: producer/consumer with Queue, Lock, Event, async generators
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, results):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        results.append(item * item)

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    await asyncio.gather(producer(q, 8), consumer(q, results))
    print("squares", results)
    lock = asyncio.Lock()
    counter = {"v": 0}
    async def inc():
        for _ in range(100):
            async with lock:
                v = counter["v"]
                await asyncio.sleep(0)
                counter["v"] = v + 1
    await asyncio.gather(*(inc() for _ in range(5)))
    print("counter", counter["v"])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "released"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await t)
    print([x async for x in ticker(4)])
    sem = asyncio.Semaphore(2)
    async def job(i):
        async with sem:
            await asyncio.sleep(0.01)
            return i
    print(await asyncio.gather(*(job(i) for i in range(5))))

asyncio.run(main())

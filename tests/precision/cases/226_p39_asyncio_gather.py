import asyncio

async def fetch(name, delay, result):
    await asyncio.sleep(delay)
    return f"{name}:{result}"

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad response")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)

async def main():
    results = await asyncio.gather(fetch("a", 0.03, 1), fetch("b", 0.01, 2), fetch("c", 0.02, 3))
    print(results)
    res = await asyncio.gather(fetch("d", 0, 4), failing(), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    task = asyncio.create_task(fetch("t", 0.01, "task"))
    print(await task, task.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.005)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))

asyncio.run(main())

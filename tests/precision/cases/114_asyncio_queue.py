# Producer/consumer with asyncio.Queue; results collected and printed in order.
import asyncio
import random


async def producer(queue, n, rng):
    for i in range(n):
        await asyncio.sleep(0.001)
        await queue.put((i, rng.randint(1, 100)))
    for _ in range(3):
        await queue.put(None)


async def worker(name, queue, results):
    handled = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        i, value = item
        await asyncio.sleep(0.002)
        results[i] = value * value
        handled += 1
        queue.task_done()
    return name, handled


async def main():
    rng = random.Random(17)
    queue = asyncio.Queue(maxsize=4)
    results = {}
    workers = [asyncio.create_task(worker(f"w{k}", queue, results)) for k in range(3)]
    await producer(queue, 15, rng)
    await queue.join()
    counts = await asyncio.gather(*workers)
    print("items handled:", sum(n for _, n in counts))
    print("workers:", [name for name, _ in counts])
    for i in sorted(results):
        print(f"item {i:2}: {results[i]}")
    print("sum of squares:", sum(results.values()))


asyncio.run(main())

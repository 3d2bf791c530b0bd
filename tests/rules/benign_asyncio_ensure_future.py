# expect: accept
# why: ensure_future wraps a coroutine in a task like create_task; Barrier, isfuture and timeout_at are the 3.11 synchronisation names of the same facade

import asyncio


async def work(n: int, barrier: asyncio.Barrier) -> int:
    await barrier.wait()
    await asyncio.sleep(0)
    return n * n


async def main() -> None:
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.ensure_future(work(n, barrier)) for n in range(3)]
    print(all(asyncio.isfuture(t) for t in tasks))
    async with asyncio.timeout_at(None):
        pass
    for fut in asyncio.as_completed(tasks):
        print(await fut)


asyncio.run(main())

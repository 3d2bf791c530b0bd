# asyncio: run, gather, sleep, create_task, wait_for
import asyncio

async def fetch(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return f"{name}:{delay}"

async def slow():
    await asyncio.sleep(1)
    return "never"

async def main():
    log = []
    results = await asyncio.gather(fetch("a", 0.03, log), fetch("b", 0.01, log), fetch("c", 0.02, log))
    print(results, log)
    t1 = asyncio.create_task(fetch("t1", 0.02, log))
    t2 = asyncio.create_task(fetch("t2", 0.01, log))
    print(await t1, await t2, t1.done())
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    res = await asyncio.gather(fetch("ok", 0, log), asyncio.sleep(0, result=7), return_exceptions=True)
    print(res)
    async def boom():
        raise ValueError("bad")
    res = await asyncio.gather(boom(), fetch("z", 0, log), return_exceptions=True)
    print([type(r).__name__ for r in res])
    return len(log)

print("total", asyncio.run(main()))

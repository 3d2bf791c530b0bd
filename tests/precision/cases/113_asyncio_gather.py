# asyncio: simulated downloads with gather, timeouts and a semaphore.
import asyncio

PAGES = {"home": 0.03, "about": 0.01, "blog": 0.02, "shop": 0.05, "slow": 0.5}


async def fetch(name, sem, log):
    async with sem:
        log.append(f"start {name}")
        await asyncio.sleep(PAGES[name])
        log.append(f"done {name}")
        return f"<{name}>", len(name) * 100


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    names = ["home", "about", "blog", "shop"]
    results = await asyncio.gather(*(fetch(n, sem, log) for n in names))
    for name, (body, size) in zip(names, results):
        print(f"{name:<6} {body:<8} {size} bytes")
    print("total:", sum(size for _, size in results))
    print("at most two at once:", all(
        sum(1 for e in log[:i] if e.startswith("start")) - sum(1 for e in log[:i] if e.startswith("done")) <= 2
        for i in range(len(log) + 1)))

    try:
        await asyncio.wait_for(fetch("slow", sem, log), timeout=0.05)
    except asyncio.TimeoutError:
        print("slow page timed out")

    async def failing():
        await asyncio.sleep(0.001)
        raise ValueError("bad page")

    outcomes = await asyncio.gather(fetch("about", sem, []), failing(), return_exceptions=True)
    print([type(o).__name__ if isinstance(o, Exception) else o[0] for o in outcomes])


asyncio.run(main())

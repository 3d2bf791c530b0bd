# expect: accept
# why: coroutines driven by hand with send(None), no asyncio
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


async def worker(name, ticks):
    waited = await Sleep(ticks)
    return f"{name} waited {waited}"


async def main():
    a = await worker("a", 2)
    b = await worker("b", 1)
    return [a, b]


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


result, steps = run(main())
print(result, steps)

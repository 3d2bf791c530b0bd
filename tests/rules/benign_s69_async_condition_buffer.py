# expect: accept
# why: honest75 p17: `async with self.cond:` around `await self.cond.wait_for(...)`, the condition an asyncio.Condition() every store of the attribute makes: closing the coroutine there runs only the library lock's exit, in a program whose __len__ puts its reprs in the memory rule
"""Worker pool using asyncio.Condition to coordinate a bounded buffer."""
import asyncio


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = asyncio.Condition()
        self.closed = False

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items or self.closed)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

    def __len__(self):
        return len(self.items)


async def produce(buf, words):
    for w in words:
        await buf.put(w)
    await buf.close()


async def consume(buf, name, out):
    count = 0
    while True:
        item = await buf.get()
        if item is None:
            break
        out.append((name, item.upper()))
        count += 1
        await asyncio.sleep(0)
    return name, count


async def main():
    text = "the quick brown fox jumps over the lazy dog again and again"
    buf = BoundedBuffer(capacity=3)
    out = []
    results = await asyncio.gather(
        produce(buf, text.split()),
        consume(buf, "w1", out),
        consume(buf, "w2", out),
    )
    counts = dict(r for r in results if r)
    print("per worker:", counts)
    print("total consumed:", len(out))
    print("words:", " ".join(sorted(w for _, w in out)))
    print("buffer empty:", len(buf) == 0)


if __name__ == "__main__":
    asyncio.run(main())

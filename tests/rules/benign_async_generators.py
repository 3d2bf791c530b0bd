# expect: accept
# why: async for, async with, async comprehension, __anext__
async def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def collect():
    out = []
    async with Resource():
        async for value in countdown(3):
            out.append(value)
    out += [v async for v in countdown(2)]
    return out


coro = collect()
try:
    coro.send(None)
except StopIteration as done:
    print(done.value)

agen = countdown(2)
step = agen.__anext__()
try:
    step.send(None)
except StopIteration as first:
    print("first:", first.value)

# expect: accept
# why: CPython 3.11 compiles this: return, yield, await, break where they belong
async def g():
    async for x in h():
        await x
    async with k() as m:
        pass
    return [y async for y in h()]
def f():
    for x in []:
        if x:
            break
        continue
    x = [y for y in (yield)]
    return x
print(f)

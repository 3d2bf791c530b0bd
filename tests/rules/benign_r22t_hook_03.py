# expect: accept
# why: closedness is per class: a validating, immutable __setattr__ in a closed class stays accepted in a program that also subclasses asyncio.Queue (without hooks)
import asyncio


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        object.__setattr__(self, "cents", int(cents))

    def __setattr__(self, name, value):
        if isinstance(value, int):
            raise AttributeError(f"Money is immutable: use Money({value})")
        raise TypeError(f"{name} takes whole cents")


class Jobs(asyncio.Queue):
    def describe(self):
        return f"{self.qsize()} queued"


async def main():
    q = Jobs()
    for c in (150, 275):
        await q.put(Money(c))
    print(q.describe())
    total = 0
    while not q.empty():
        total += (await q.get()).cents
    print(total)
    try:
        Money(1).cents = 5
    except AttributeError as e:
        print(e)


asyncio.run(main())

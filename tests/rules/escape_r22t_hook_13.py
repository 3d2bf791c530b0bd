# expect: reject dunder
# why: a lambda bound as __setattr__ in an asyncio.Condition subclass: not a def the hook rule can read, so refused in a class that is not closed
# line: 12
# goal: the running event loop as a value
# mechanism: Condition.wait() reaches _get_loop(), whose self._loop = loop runs the lambda
import asyncio

box = []


class C(asyncio.Condition):
    __setattr__ = lambda self, name, value: box.append(value) or object.__setattr__(self, name, value)


async def main():
    try:
        await asyncio.wait_for(C().wait(), 0.01)
    except Exception as e:
        print("library raised", type(e).__name__)
    print([type(v).__name__ for v in box if type(v).__name__.endswith("EventLoop")])


asyncio.run(main())

# expect: reject memory
# line: 13
# why: session 39 (ours, after round 73): an asyncio Future left in a cycle with its exception unread is finalized by the collector inside a pure __eq__, and its finalizer logs through the program's handler, whose emit empties the deque being searched (deque mutated during iteration: the use-after-free's door)
import asyncio
import logging
from collections import deque

d = deque()


class Grab(logging.Handler):
    def emit(self, record):
        d.clear()


logging.getLogger("asyncio").addHandler(Grab())


def orphan():
    f = asyncio.Future()
    e = ValueError("x")
    e.fut = f
    f.set_exception(e)


class K:
    def __eq__(self, other):
        junk = [[i] for i in range(3000)]
        return False


async def main():
    for _ in range(3):
        orphan()
    d.extend([K() for _ in range(50)] + [1])
    print(d.index(1))


asyncio.run(main())

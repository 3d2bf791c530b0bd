# expect: reject attribute
# why: isinstance against an abc.ABC class of the program's is ABCMeta's test, and register() makes a library class a virtual subclass: other is then an asyncio.Event, whose private _get_loop hands out the running loop
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
import abc
import asyncio


class Vec(abc.ABC):
    def loop_of(self, other):
        if not isinstance(other, Vec):
            return None
        return other._get_loop()


Vec.register(asyncio.Event)


async def main():
    lp = Vec().loop_of(asyncio.Event())
    print(type(lp).__name__)


asyncio.run(main())

# expect: reject attribute
# line: 23
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the private-read rule's closed classes, through a base whose class statement
#   is decorated by a function returning asyncio.Event: D derives Event, and
#   self._get_loop() is the event loop (whose private methods run processes, see
#   escape_selfnames_21). Decorators of the program do not keep a class closed.
# Goal reached: the event loop, a private object of the standard library.
import asyncio


def deco(c):
    return asyncio.Event


@deco
class C:
    pass


class D(C):
    def loop(self):
        return self._get_loop()


async def main():
    print(type(D().loop()).__name__)


asyncio.run(main())

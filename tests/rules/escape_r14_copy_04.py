# expect: reject module_attribute
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "the event loop, by copy.copy's getattr: _UnixSelectorEventLoop" (copy.copy of a bound method runs getattr(self, its function's __name__): the def named _get_loop, bound in a subclass of asyncio.Event under a public name, is read as the library's private loop getter; the loop runs processes)
# why: copy.copy(x) of an instance (round 14): a __new__ inherited from a base of the program's makes C() return a bound method
import asyncio
import copy


def _get_loop(self):
    return None


class Flag(asyncio.Event):
    m = _get_loop


class Base:
    def __new__(cls):
        return Flag().m


class Node(Base):
    pass


async def main():
    handle = Node()
    getter = copy.copy(handle)
    print("the event loop, by copy.copy's getattr:", type(getter()).__name__)


asyncio.run(main())

# expect: reject module_attribute
# line: 31
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints "the event loop, by copy.copy's getattr: _UnixSelectorEventLoop" (copy.copy of a bound method runs getattr(self, its function's __name__): the def named _get_loop, bound in a subclass of asyncio.Event under a public name, is read as the library's private loop getter; the loop runs processes)
# why: copy.copy(x) of an instance of the program's class (round 14) needs x bound once by C(...) with C a class statement's name bound by nothing else: a class decorator of the program's rebinds C to a factory of bound methods
import asyncio
import copy


def _get_loop(self):
    return None


class Flag(asyncio.Event):
    m = _get_loop


def method_maker(cls):
    def make():
        return Flag().m
    return make


@method_maker
class Node:
    def __init__(self):
        self.v = 1


async def main():
    handle = Node()
    getter = copy.copy(handle)
    print("the event loop, by copy.copy's getattr:", type(getter()).__name__)


asyncio.run(main())

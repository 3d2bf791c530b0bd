# expect: reject dunder
# line: 38
# why: the red team's round 28c ok_02: P.__bases__[0] of a closed class with a collections.abc base is the library's Mapping, whose get the program replaced for asyncio's reads of os.environ; __mro__ and __bases__ are read only on classes whose bases are the program's or builtin, at any remove
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (a write into a
#          library class: collections.abc.Mapping.get is replaced by the program's
#          function) and goal 2 (the program's code then holds os.environ itself,
#          the os module's object, as `self`).
#
# Mechanism: a closed class may derive from collections.abc's ABCs (CLOSED_BASES,
#   analyzer/names.c), and on such a class C.__mro__ / C.__bases__ are allowed
#   reads (self_namespace_or_mro): "the classes listed are C's closed bases ...
#   each of which the program could name".  But P.__bases__[0] is the library class
#   collections.abc.Mapping as a VALUE, and the store rule does not know it:
#   `B.get = grab` writes the program's function into Mapping.  os.environ is an
#   os._Environ (a MutableMapping subclass that does not define get), so every
#   os.environ.get(...) / os.getenv(...) in library code now calls grab(environ,
#   key, default).  asyncio.run() makes a new event loop, whose __init__ asks
#   coroutines._is_debug_mode() -> os.environ.get('PYTHONASYNCIODEBUG').
#
# Why the checker missed it: analyzer/names.c self_namespace_or_mro() accepts
#   `C.__mro__`/`C.__bases__` for a class statement's name bound once, and the
#   judgement is only that C is closed -- but a closed class's bases include
#   collections.abc's ABCs, which are library classes with Python methods.  The
#   resulting value is not marked as a library class for the store rule
#   (analyzer/stores.c: a store `B.get = ...` is refused only when B "may come
#   from a module"), nor for rule unbound (B.get read through the class would be
#   a plain function too).  Round 28b taught stores.c that __mro__/__bases__ hold
#   classes as values (class_value), not that they may hold LIBRARY classes.
#   (P.__mro__[1] works the same.)
import asyncio
import collections.abc


class P(collections.abc.Mapping):
    pass


Base = P.__bases__[0]
print("P.__bases__[0] is collections.abc.Mapping:", Base is collections.abc.Mapping)
seen = []


def grab(self, key, default=None):
    if not seen:
        seen.append(self)
        print("Mapping.get called by the library with self =", type(self).__name__)
        print(self)
    return default


Base.get = grab


async def main():
    return 0


asyncio.run(main())

# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: as ok_06 (the private class operator.attrgetter obtained by value
#   from __subclasshook__, then built with computed names): a generator's frame,
#   typing's module globals, the sys module from them, and a write into typing's
#   namespace through that dict.
# Goals reached: a frame as a value; the sys module as a value; a function's
#   __globals__; write into a standard-library module namespace (typing.cast
#   replaced).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   frame: <frame at 0x7ff7fc57c790, file '/tmp/rt/h3.py', line 15, code gen>
#   sys: <module 'sys' (built-in)>
#   typing.cast is now <built-in function len>
import abc
import operator
import typing

SEEN = []


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        SEEN.append(C)
        return NotImplemented


def gen():
    yield 1


isinstance(operator.attrgetter("real"), Hook)
Getter = SEEN[0]
g = gen()
frame = Getter("gi_" + "frame")(g)
print("frame:", frame)
tg = Getter("__glob" + "als__")(typing.cast)
print("sys:", tg["sys"])
tg["cast"] = len
print("typing.cast is now", typing.cast)

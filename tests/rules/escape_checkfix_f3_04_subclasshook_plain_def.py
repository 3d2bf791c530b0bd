# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Family 3 (classes handed over by implicit calls): __subclasshook__ written as a
# plain function assigned in the class body, via issubclass on a private class.
import abc
import operator
import json

SEEN = []

def hook(cls, C):
    SEEN.append(C)
    return NotImplemented

class Hook(abc.ABC):
    __subclasshook__ = classmethod(hook)

issubclass(type(operator.attrgetter("real")) if False else int, Hook)
isinstance(operator.attrgetter("real"), Hook)
G = SEEN[-1]
print(G("__glob" + "als__")(json.dumps)["__builtins__"]["open"]("/etc/passwd").readline())

# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: as ok_05 (class by value through __subclasshook__, bypassing the
#   class_value rule), here the private class operator.attrgetter: constructed
#   from the class value it takes a computed name with no literal-names check,
#   i.e. getattr by any name -> json.dumps.__globals__.
# Goal reached: a function's __globals__ (json's module namespace) as a value;
#   from it the builtins' open() -> read /etc/passwd.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   attrgetter
#   json root:x:0:0:root:/root:/bin/bash
import abc
import operator
import json

SEEN = []


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        SEEN.append(C)
        return NotImplemented


isinstance(operator.attrgetter("real"), Hook)
Getter = SEEN[0]
print(Getter.__name__)
g = Getter("__glob" + "als__")(json.dumps)
print(g["__name__"], g["__builtins__"]["open"]("/etc/passwd").readline())
